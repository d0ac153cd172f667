"""lemminflect's English lexicon, read from one sorted file instead of its gzipped tables.

lemminflect parses both of its tables (120,000 lines) on first use, about 0.3 s of CPU per
process, while an article needs a few hundred words. data/english_lexicon.tsv holds
lemminflect's own answers for every lower-case word it knows (bench/build_lexicon.py writes
it); a lookup binary-searches the file's bytes. The answers equal lemminflect's
``getAllLemmas(word)`` and ``getInflection(lemma, tag)`` for verb tags; lemminflect itself
is imported only to inflect a word that is no verb in its lexicon (by its rules, as
getInflection does), which the headline grammar never asks.
"""

from __future__ import annotations

import functools
from pathlib import Path

PATH = Path(__file__).resolve().parent / "data" / "english_lexicon.tsv"
_VERB_TAGS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))


@functools.cache
def _data() -> bytes:
    return PATH.read_bytes()


def fields(word: str) -> list[str]:
    """The lemma and verb-form fields of a lower-case word, or empty ones when unknown."""
    data, key = _data(), word.encode(errors="surrogatepass") + b"\t"
    lo, hi = 0, len(data)
    while lo < hi:  # lo and hi are line starts; the line for ``word``, if any, is between
        start = data.rfind(b"\n", 0, (lo + hi) // 2) + 1
        end = data.index(b"\n", start)
        if data.startswith(key, start):
            return data[start + len(key):end].decode().split("\t")
        if data[start:end] < key:
            lo = end + 1
        else:
            hi = start
    return ["", ""]


def _parse(field: str) -> dict[str, tuple[str, ...]]:
    return {key: tuple(spellings.split("/"))
            for key, spellings in (entry.split(":") for entry in field.split("|") if entry)}


def _caps(words: tuple[str, ...], like: str) -> tuple[str, ...]:
    """lemminflect's capitalisation: the spellings take the caps style of ``like``."""
    if like.isupper():
        return tuple(w.upper() for w in words)
    if like and like[0].isupper():
        return tuple(w.capitalize() for w in words)
    return words


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """All lemmas of ``word`` by UPOS, as ``lemminflect.getAllLemmas(word)``."""
    return {upos: _caps(spellings, word)
            for upos, spellings in _parse(fields(word.lower())[0]).items()}


def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """The ``tag`` forms (VB, VBD, VBG, VBN, VBP, VBZ) of ``lemma``, as lemminflect's
    ``getInflection(lemma, tag)``.

    The file holds lemminflect's answers, alternative tags and rule-made forms included, for
    every lemma with a verb form in its table and every verb lemma of ``lemmas``; any other
    lemma is inflected by lemminflect's rules, as getInflection would.
    """
    if tag not in _VERB_TAGS:
        raise ValueError(f"only verb tags are stored, not {tag!r}")
    forms = _parse(fields(lemma.lower())[1])
    if not forms:
        from lemminflect import getAllInflectionsOOV

        return getAllInflectionsOOV(lemma, "VERB").get(tag, ())
    return _caps(forms.get(tag, ()), lemma)
