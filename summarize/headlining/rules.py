"""What headline compression knows of a language: word lists, patterns and grammar hooks.

Each :class:`Rules` holds what a Hedge-Trimmer-style compressor removes without a parser:
articles, time expressions, attributions, clause openers, and the function words a headline
may not end with, plus optional hooks for a language with a lexicon (English: headline verb
forms, short names). A language's rules live in its own module, ``lang/<ISO code>.py``, as
``RULES``: adding a language means adding that module. Languages without one fall back to
:func:`generic` (their stop words as function words, nothing language-specific removed).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .. import languages


@dataclass(frozen=True)
class Rules:
    """Compression rules of one language; every pattern is a case-insensitive regex source."""

    #: Words dropped anywhere (articles, and fillers such as "also").
    droppable: frozenset[str]
    #: Words a headline may not end with.
    function_words: frozenset[str]
    #: Articles and determiners: a word after one is a noun (for key phrases), and they
    #: take lower case after the colon of a topic-led form.
    articles: frozenset[str] = frozenset()
    #: Time expressions, removed wherever they occur.
    time: str = ""
    #: Attribution ("..., officials said"; "according to ...") at the end of a clause.
    trailing_attribution: str = ""
    #: An attribution phrase ("according to X"), dropped at the start of a sentence or between
    #: commas.
    attribution: str = ""
    #: Attribution words: a name just after one is a source ("selon Le Parisien"), not a topic.
    sources: frozenset[str] = frozenset()
    #: Words opening a leading subordinate or prepositional clause ended by a comma.
    openers: frozenset[str] = frozenset()
    #: Endings of participles: a sentence opening with one opens with a clause ("Following
    #: talks, ..."; "Cantonné à Meaux, ...").
    participles: tuple[str, ...] = ()
    #: Words after a comma that start a trailing clause to cut.
    clause_cuts: frozenset[str] = frozenset()
    #: Words starting a long prepositional tail (cut points when a candidate is too long).
    prepositions: frozenset[str] = frozenset()
    #: Whether articles go everywhere (English headline style) or only at the start (French,
    #: German and Spanish headlines keep them after prepositions: "à l'aéroport").
    articles_anywhere: bool = False
    #: Connectives dropped at the start of a sentence ("But", "Mais").
    connectives: frozenset[str] = frozenset()
    #: Subordinating words: a candidate never starts with one, nor with a connective.
    subordinators: frozenset[str] = frozenset()
    #: Auxiliaries and modals: a candidate that opens with one before a lower-case word has
    #: no subject ("Will be make or break", "Wird vor allem").
    auxiliaries: frozenset[str] = frozenset()
    #: Pronouns: a candidate that starts with one refers to something it does not name.
    pronouns: frozenset[str] = frozenset()
    #: Verb rewrites as (pattern, replacement): passive auxiliaries go ("a été interpellé" ->
    #: "interpellé"), the perfect of regular verbs becomes the headline present ("a annoncé"
    #: -> "annonce"; Spanish "ha aprobado" -> "aprueba" changes the stem, so it stays).
    verbs: tuple[tuple[str, str], ...] = ()
    #: Day and month names (and time units): never a key phrase.
    calendar: frozenset[str] = frozenset()
    #: First-person words: a sentence with one is a quote, not a lead to compress.
    first_person: frozenset[str] = frozenset()
    #: The usual headline length, in words: the candidate ranker measures length against it
    #: (English news headlines run about 5 words, as on bbc_dev; French ones about 12, as on
    #: orangesum_fr_dev, which a 10-word limit cuts to 10).
    target_words: int = 5
    #: Verb forms a candidate must hold one of (unless it has a colon), for languages without
    #: a lexicon: see :func:`french_verb_forms`. Empty: no verb check (English has its own).
    verb_forms: frozenset[str] = frozenset()
    #: Endings that may mark a verb form whatever the verb ("-ent", "-ée"), unless an article
    #: comes before the word ("l'argent"); the check is permissive, as the English lexicon's
    #: ("faces" can be a verb).
    verb_endings: str = ""
    #: Endings only verbs have ("-aient"): a verb even after "l'", which is then a pronoun.
    finite_endings: tuple[str, ...] = ()
    #: The colon of the topic-led form: French typography spaces it ("Écoles : le plan...").
    colon: str = ": "
    #: Whether title case puts all the function words in lower case, or only the short
    #: words every language shares ("a", "of", "vs": English, "Talks With Iraq").
    title_lower_function_words: bool = True
    #: Headline grammar applied to a compressed sentence's tokens, given the surnames the
    #: article uses alone (English: present tense, passive auxiliaries dropped, short names).
    rewrite: Callable[[list[str], frozenset[str]], list[str]] | None = None
    #: More places to cut a long candidate, at or after a first index (English: participles).
    cut_points: Callable[[list[str], int], Iterable[int]] | None = None
    #: Whether a shortened candidate ends in a phrase cut short ("cars equipped").
    dangles: Callable[[list[str]], bool] | None = None
    #: The surnames an article uses alone, from its sentences' words.
    surnames: Callable[[list[tuple[str, ...]]], frozenset[str]] | None = None
    #: Whether a word is a noun, by a lexicon (without one: an article came before it).
    is_noun: Callable[[str], bool] | None = None
    #: Whether a word can be a verb, by a lexicon (without one: ``verb_forms``, ``verb_endings``).
    is_verb: Callable[[str], bool] | None = None


def alternatives(words: str) -> str:
    return "|".join(sorted((re.escape(w) for w in words.split("|")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def generic(language: str) -> Rules:
    """Rules for a language without a module: its stop words are the function words, and the
    places where a candidate may be cut short."""
    stop = languages.stop_words(language)
    return Rules(droppable=frozenset(), function_words=stop, prepositions=stop)


@functools.lru_cache(maxsize=None)
def rules_for(language: str) -> Rules:
    """The rules of ``language`` (a canonical name): its module's, imported on first use."""
    code = languages.LANGUAGES.get(language)
    if code in listed():
        return importlib.import_module(f"{__package__}.lang.{code}").RULES
    return generic(language)


@functools.lru_cache(maxsize=1)
def listed() -> frozenset[str]:
    """The ISO codes of the languages with a module of their own."""
    from . import lang

    return frozenset(m.name for m in pkgutil.iter_modules(lang.__path__))


@functools.lru_cache(maxsize=None)
def pattern(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)
