"""English headline rules, and headline grammar from lemminflect's lexicon (no POS model, no
parser).

Headline grammar turns "will sign" into "to sign", "has agreed" into "agrees", "is facing"
into "faces", drops passive auxiliaries ("was arrested" -> "arrested") and shortens
"US President Joe Biden" to "Biden". The lexicon is lemminflect's, read through
summarize.lexicon (a sorted file derived from it, searched in place: no table loading).
"""

from __future__ import annotations

import functools
import re

from ...lexicon import inflection, lemmas
from ..rules import Rules
from ..tokens import tokenize

_BE = {"is": "VBZ", "are": "VBP", "was": "VBZ", "were": "VBP"}


_HAVE = {"has": "VBZ", "have": "VBP", "had": None}


_TO_ADJECTIVES = {"set", "due", "poised", "going", "about", "likely", "expected", "planning"}


_REPORTING = frozenset(
    "say tell think believe expect hope warn claim fear argue insist predict suggest admit "
    "deny announce reveal confirm report show know add state".split())


_DESCRIPTOR = re.compile(r"[^\W\d_][\w'\u2019-]*")  # a word: not "&", "," or a number


_AUXILIARIES = frozenset("is are was were has have had will would could can may might should "
                         "must".split())


#: Descriptors after which a run of names is an organisation, kept whole.
_ORGANISATIONS = frozenset(
    "firm group company giant maker bank carrier airline band network operator retailer "
    "chain club team agency body party union charity newspaper channel broadcaster studio "
    "label brand supplier provider manufacturer producer developer site service "
    "organisation organization association council commission board court".split())


#: Words that cannot end a headline: they need what follows ("unlikely to", "vows to").
_NEEDS_COMPLEMENT = frozenset(
    "unlikely likely able unable due poised ready willing going trying vows refuses "
    "threatens".split())


#: Adverbs that change the meaning, kept when the others go ("treated badly").
_KEPT_ADVERBS = frozenset("only nearly barely hardly narrowly likely early badly poorly "
                          "wrongly unfairly unlawfully illegally seriously fatally".split())


#: Titles and roles before a name: "Prime Minister Tony Blair" becomes "Blair".
_ROLES = frozenset(
    "president minister secretary chancellor senator governor mayor chairman chairwoman "
    "chief executive director judge king queen prince princess pope leader "
    "mr mrs ms dr sir lord lady boss coach manager spokesman spokeswoman ambassador "
    "commissioner premier attorney rep sen gov".split())


@functools.lru_cache(maxsize=20000)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    return lemmas(word)


def is_noun_only(word: str) -> bool:
    """Whether the lexicon knows ``word`` only as a noun, or not at all (a rare term)."""
    lemmas = _lemmas(word.lower())
    return not lemmas or set(lemmas) == {"NOUN"}


def is_verb(word: str) -> bool:
    """Whether a lower-case word can be a verb form (lexicon lookup, so nouns like "faces" pass)."""
    lemmas = _lemmas(word)
    return "VERB" in lemmas or "AUX" in lemmas


def _has_form(word: str, tag: str) -> str | None:
    """The verb's lemma when ``word`` is its ``tag`` form (VBN, VBG, ...), else None.

    Of several lemmas the longest wins ("axing" is "axe", not "ax").
    """
    found = [lemma for lemma in _lemmas(word).get("VERB", ()) if word in inflection(lemma, tag)]
    return max(found, key=len) if found else None


def _gerund(word: str) -> str | None:
    """The -ing form of a bare verb ("end" -> "ending"), or None when ``word`` is no verb."""
    if word not in _lemmas(word).get("VERB", ()):
        return None
    forms = inflection(word, "VBG")
    return forms[0] if forms else None


def _present(lemma: str, tag: str) -> str | None:
    """The present form of ``lemma`` for ``tag`` (VBZ, VBP); "be" is "are" in the plural,
    never the first person "am" a headline's subject cannot take."""
    if lemma == "be":
        return "is" if tag == "VBZ" else "are"
    forms = inflection(lemma, tag)
    return forms[0] if forms else None


def _reporting(word: str) -> bool:
    return bool(_REPORTING.intersection(_lemmas(word).get("VERB", ())))


def _inflected(word: str) -> bool:
    """A verb form other than the bare lemma ("agreed", "faces"), lower-case words only."""
    return word.islower() and any(word != lemma for lemma in _lemmas(word).get("VERB", ()))


def is_participle(word: str) -> bool:
    return word.islower() and bool(_has_form(word, "VBG") or _has_form(word, "VBN"))


def _own_intention(tokens: list[str], start: int) -> int | None:
    """Where the verb is in "(that) it/they/he/she would|will VERB" from ``start``, else None."""
    k = start + (start < len(tokens) and tokens[start].lower() == "that")
    if (k + 2 < len(tokens) and tokens[k].lower() in ("it", "they", "he", "she")
            and tokens[k + 1].lower() in ("would", "will") and tokens[k + 2].islower()
            and is_verb(tokens[k + 2])):
        return k + 2
    return None


def dangles(tokens: list[str]) -> bool:
    """Whether the last word opens a phrase cut short: a participle ("cars equipped"), a verb
    after "and" ("cut jobs and close"), an adjective after a preposition ("fears of new"), a
    word that needs its complement ("is unlikely"), or
    a reporting verb's clause without its verb ("Researchers say daily dose")."""
    last = tokens[-1]
    if last.lower() in _NEEDS_COMPLEMENT or _reported_without_verb(tokens):
        return True
    if len(tokens) > 2 and tokens[-2].lower() in RULES.prepositions and last.islower() and (
            set(_lemmas(last)) == {"ADJ"}):
        return True  # an adjective without its noun: "... after fresh", "hopes of new"
    if len(tokens) > 2 and tokens[-2].lower() in ("and", "or") and last.islower() and (
            last in _lemmas(last).get("VERB", ())):
        return True
    if not is_participle(last):
        return False
    earlier = tokens[:-1]
    return any(_inflected(t) or (k and earlier[k - 1] == "to") for k, t in enumerate(earlier))


#: Reporting verbs that take a clause, not an object ("reports a rise" is whole).
_CLAUSE_VERBS = frozenset("say think believe".split())


def _reported_without_verb(tokens: list[str]) -> bool:
    """ "Researchers say daily dose": what "say" (or "think", "believe") introduces has no
    verb form (an auxiliary, an inflected verb or "to") in a candidate."""
    k = next((k for k, t in enumerate(tokens[:-1]) if k and t.islower()
              and _CLAUSE_VERBS.intersection(_lemmas(t).get("VERB", ()))), None)
    if k is None:
        return False
    return not any(t == "to" or t in _AUXILIARIES or _inflected(t) for t in tokens[k + 1:])


def _plural(subject: list[str]) -> bool:
    """A guess at the subject's number: its head (the word before any preposition) is a
    plural noun, or it joins two names ("Shares in Acme", "Biden and Kadhimi")."""
    if "and" in subject or "," in subject:
        return True
    cut = next((k for k, t in enumerate(subject) if k and t.lower() in RULES.prepositions),
               len(subject))
    head = subject[cut - 1]
    if not (head.islower() or cut == 1):  # a name, unless it opens the sentence ("Shares")
        return False
    low = head.lower()
    return any(lemma != low for lemma in _lemmas(low).get("NOUN", ()))


def present_tense(tokens: list[str]) -> list[str]:
    """The main verb in the headline present: "Martinez won her first title" -> "Martinez
    wins ...". The main verb is the first auxiliary or past-tense form that follows a word
    other than a function word ("of embattled" is no verb); nothing changes after an
    auxiliary, which :func:`rewrite` handles."""
    for k in range(1, min(len(tokens), 14)):
        word, before = tokens[k], tokens[k - 1]
        if word.lower() in _AUXILIARIES:
            return tokens
        if (word.islower() and before.lower() not in RULES.function_words
                and (lemma := _has_form(word, "VBD"))):
            form = _present(lemma, "VBP" if _plural(tokens[:k]) else "VBZ")
            return tokens[:k] + [form or word] + tokens[k + 1:]
    return tokens


def _droppable_adverb(word: str) -> bool:
    """ "-ly" adverbs other than those that change the meaning: "formally terminate"."""
    return word.endswith("ly") and set(_lemmas(word)) == {"ADV"} and word not in _KEPT_ADVERBS


def rewrite(tokens: list[str]) -> list[str]:
    """Apply the headline verb rewrites to a token list (case of the verb kept lower).

    Auxiliaries are rewritten only before a reporting verb ("police say the army will
    seize" keeps "will"), except for the subject's own intention: "Tesco says it will cut"
    becomes "Tesco to cut".
    """
    tokens = [t for t in tokens if not _droppable_adverb(t.lower())]
    out: list[str] = []
    i = 0
    reported = False
    while i < len(tokens):
        word, low = tokens[i], tokens[i].lower()
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        after = tokens[i + 2].lower() if i + 2 < len(tokens) else ""
        if reported and low not in ("that",):
            out.append(word)
        elif low == "will" and nxt.isalpha() and nxt not in ("not", "be") and is_verb(nxt):
            out.append("to")
        elif low == "will" and nxt == "be" and after.isalpha() and _has_form(after, "VBN"):
            out.append("to be")
            i += 1
        elif low in _BE and nxt == "to":
            pass  # "is to ask" -> "to ask"
        elif low in _BE and nxt in _TO_ADJECTIVES and after == "to":
            i += 1  # "is set to" -> "to"; the "to" follows
            if nxt in ("likely", "expected", "planning"):
                out.append(nxt)
        elif low in _BE and nxt == "being" and after.isalpha() and _has_form(after, "VBN"):
            i += 1  # passive progressive: "are being treated" -> "treated"
        elif low in _BE and nxt == "being":
            out.append(word)  # "is being honest": kept
        elif low in _BE and nxt.isalpha() and (lemma := _has_form(nxt, "VBG")):
            out.append(_present(lemma, _BE[low]) or tokens[i + 1])
            i += 1
        elif low in _BE and nxt.isalpha() and _has_form(nxt, "VBN") and nxt != "being":
            pass  # passive: "was arrested" -> "arrested"
        elif low in _HAVE and nxt == "been":
            i += 1  # "has been named" -> "named"
        elif low in _HAVE and nxt.isalpha() and (lemma := _has_form(nxt, "VBN")):
            tag = _HAVE[low]
            out.append((tag and _present(lemma, tag)) or tokens[i + 1])
            i += 1
        elif low in ("that", "which") and nxt in ("would", "will") and (
                gerund := _gerund(after)):
            out.append(gerund)  # "deal that would end the war" -> "deal ending the war"
            i += 2
        elif low == "that" and out and out[-1].isalpha() and out[-1].islower() and _reporting(
                out[-1]):
            pass  # complementizer: "said that" -> "said" (not "bridge that carries")
        else:
            out.append(word)
        if not reported and out and out[-1].islower() and _reporting(out[-1]):
            verb = _own_intention(tokens, i + 1)
            if verb:
                out[-1] = "to"  # "Tesco says it would cut jobs" -> "Tesco to cut jobs"
                i = verb
                continue
            reported = True
        i += 1
    return out


def _verbish(word: str) -> bool:
    """An auxiliary or an inflected verb form ("slumped", "has", "leads")."""
    return word in _AUXILIARIES or _inflected(word)


def shorten_subject(tokens: list[str]) -> list[str]:
    """Drop the descriptors of a named subject: "Third seed Tim Henman slumped" -> "Henman
    slumped"; "US aircraft firm Boeing unveils" -> "Boeing unveils". A person (two or more
    names after descriptors) keeps the surname, an organisation ("firm Deutsche Telekom")
    its whole name."""
    v = next((k for k in range(1, min(len(tokens), 14)) if _verbish(tokens[k])), 0)
    if v < 2 or not _is_name(tokens[v - 1]):
        return tokens
    start = v - 1
    while start > 0 and _is_name(tokens[start - 1]) and tokens[start - 1].lower() not in _ROLES:
        start -= 1
    descriptors = tokens[:start]
    if not descriptors or any(not _DESCRIPTOR.fullmatch(t) or t.lower() in RULES.function_words
                              for t in descriptors):
        return tokens
    name = tokens[start:v]
    if len(name) >= 2 and descriptors[-1].lower().rstrip("s") not in _ORGANISATIONS:
        name = name[-1:]
    return name + tokens[v:]


def _is_name(token: str) -> bool:
    last = token.rsplit("-", 1)[-1]
    return (token[:1].isupper() or last[:1].isupper()) and token.lower() not in ("the", "a", "an")


def surnames(sentences: list[tuple[str, ...]]) -> frozenset[str]:
    """Capitalised words the article also uses alone, as news does with a person's surname
    on second mention ("Tony Blair ... Blair said"); companies rarely lose a word that way."""
    alone = set()
    for words in sentences:
        for k, word in enumerate(words):
            before = words[k - 1] if k else ""
            after = words[k + 1] if k + 1 < len(words) else ""
            if (k and word[:1].isupper() and word[1:].islower() and not before[:1].isupper()
                    and not after[:1].isupper()):
                alone.add(word)
    return frozenset(alone)


def shorten_names(tokens: list[str], known: frozenset[str] = frozenset()) -> list[str]:
    """Keep only the surname of a capitalised run that holds a role ("Iraqi Prime Minister
    Mustafa al-Kadhimi" -> "al-Kadhimi") or whose last word the article uses alone
    (``known``, see :func:`surnames`), and join two leading names with a comma."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and _is_name(tokens[j]):
            j += 1
        run = tokens[i:j]
        if (len(run) >= 2 and (any(t.lower() in _ROLES for t in run[:-1])
                               or len(run) <= 3 and run[-1] in known)
                and run[-1].lower() not in _ROLES):
            out.append(run[-1])
            i = j
        else:
            out.extend(run or tokens[i:i + 1])
            i = max(j, i + 1)
    if len(out) > 3 and _is_name(out[0]) and out[1] == "and" and _is_name(out[2]):
        out[1:2] = [","]
    return out


def headline_grammar(tokens: list[str], names: frozenset[str]) -> list[str]:
    """A compressed sentence in headline grammar: a short subject and short names (``names``:
    the surnames the article uses alone), the present tense, the headline verb forms."""
    tokens = shorten_names(shorten_subject(tokens), names)
    return tokenize(" ".join(rewrite(present_tense(tokens))))


def participle_cuts(tokens: list[str], first: int) -> list[int]:
    """Where a long candidate may also be cut: before a participle ("cars equipped with...")."""
    return [i for i in range(first, len(tokens)) if is_participle(tokens[i])]


_EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"


_EN_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
              "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")


_EN_PARTS = "morning|afternoon|evening|night"


_EN_UNITS = "week|weekend|month|year|season|quarter|decade|spring|summer|autumn|winter|fall"


_EN_ATTRIB = ("said|says|say|told|tells|announced|announces|reported|reports|added|adds|"
              "stated|states|claimed|claims|warned|warns|insisted|insists|argued|argues|"
              "explained|explains|revealed|reveals|confirmed|confirms|show|shows|showed|"
              "suggest|suggests|suggested|indicate|indicates|indicated|believe|believes|"
              "estimated|estimates|predicted|predicts|wrote|writes")


RULES = Rules(
    droppable=frozenset("a an the its their also now already currently reportedly just".split()),
    function_words=frozenset(
        "a an the of to and or but nor for with without by at in on from into onto as than "
        "that which who whom whose this these those its his her their our my your is are was "
        "were be been being has have had will would can could should may might must shall do "
        "does did not no so if about after before over under between against during amid "
        "via per up off out while when where because since until through toward towards "
        "across among around behind beyond despite within upon such very more most some any "
        "each every both either neither he she it they we you i".split()),
    time=(
        rf"\b(?:(?:on|by|from|since|until|till|through|this|last|next|earlier|later|late|early)"
        rf"\s+)*(?:(?:{_EN_DAYS})(?:\s+(?:{_EN_PARTS}))?(?!\s+(?-i:[A-Z]))"
        rf"|(?:(?:{_EN_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
        rf"|(?:(?:in|since|until|by|from|during)\s+(?:early\s+|late\s+|mid-)?"
        rf"(?=(?-i:[A-Z]))(?:{_EN_MONTHS})(?:\s+\d{{4}})?)"
        rf"|(?:(?:this|last|next|earlier\s+this|later\s+this|so\s+far\s+this|over\s+the|"
        rf"in\s+the\s+(?:past|last|coming|next))\s+(?:few\s+)?(?:{_EN_UNITS})s?)"
        rf"|(?:in\s+recent\s+(?:{_EN_UNITS}|days|hours)s?)|yesterday|today|tonight|tomorrow)\b"
    ),
    trailing_attribution=(
        rf"(?:,\s*(?:according\s+to|citing)\b[^,;]*"
        rf"|,\s*(?:[^,;]{{0,60}}?\s)?(?:{_EN_ATTRIB})(?:\s+(?:on|in|at|to|by)\b[^,;]{{0,40}})?"
        rf"|,\s*(?:says|said)\s+(?:a|an|the)\s[^,;]{{0,60}})"
        rf"\s*(?=[.!?]?\s*$)"
    ),
    attribution=r"(?:according\s+to|as\s+reported\s+by|citing)\b[^,]{0,80}",
    openers=frozenset(
        "after although as because before despite following if in on since while when with "
        "amid ahead unlike like once until though for by under at over during earlier last "
        "this having speaking following given whether even from".split()),
    participles=("ing",),
    clause_cuts=frozenset(
        "which who whom whose where while but and as after before with following because "
        "although though since despite amid when including saying adding according even "
        "prompting sending making leaving bringing raising so until unless".split()),
    prepositions=frozenset(
        "of in on at for from with by to into over after before during amid against about "
        "under between than as since through across around near because while until "
        "following despite including".split()),
    connectives=frozenset("but and so then however meanwhile yet still instead".split()),
    subordinators=frozenset(
        "that which who whom whose if when while because although though as whether".split()),
    auxiliaries=_AUXILIARIES | frozenset("do does did".split()),
    pronouns=frozenset("he she it they we i you this these those his her its their there".split()),
    calendar=frozenset(f"{_EN_DAYS}|{_EN_MONTHS}|{_EN_UNITS}|day|days|years|months|weeks"
                       .split("|")),
    first_person=frozenset("i we my our me us".split()),
    articles_anywhere=True,
    title_lower_function_words=False,
    rewrite=headline_grammar,
    cut_points=participle_cuts,
    dangles=dangles,
    surnames=surnames,
    is_noun=is_noun_only,
    is_verb=is_verb,
)
