"""Build summarize/data/english_lexicon.tsv from lemminflect's own lexicon.

The headline grammar (summarize/headlining/lang/en.py) asks lemminflect two questions: the
lemmas of a word by UPOS (getAllLemmas) and the verb forms of a lemma (getInflection with a
VB* tag). Loading lemminflect's two gzipped tables costs about 0.3 s of CPU per process; this
script stores lemminflect's answers for every lower-case word of its tables (overrides
included) in one sorted text file that summarize/lexicon.py binary-searches in place.

Run after upgrading lemminflect: `python bench/build_lexicon.py` (tests/test_lexicon.py
checks that the file is current).

Line format: ``word<TAB>UPOS:lemma/lemma|UPOS:lemma<TAB>TAG:form/form|TAG:form``, lines
sorted by the word's UTF-8 bytes. The first field is getAllLemmas(word); the second, for a
word with verb forms in the table or a verb lemma, is getInflection(word, tag) for the six
verb tags, so lemminflect's alternative tags and its rule-made forms for gaps ("will" ->
"willing") are stored too. Only lower-case keys are stored: lemminflect lower-cases the
word before its lookup, so a capitalised key (a proper noun) can only be reached with an
explicit PROPN, which the headline grammar never asks for. The word list comes from
lemminflect's loaders (private methods: pinned by the lemminflect version).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import lemminflect
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer

OUTPUT = Path(__file__).resolve().parent.parent / "summarize" / "data" / "english_lexicon.tsv"
#: The tags of lemminflect's verb forms (tagToUPos maps them all to VERB).
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
_SEPARATORS = ("\t", "\n", "|", ":", "/")


def _field(entries: dict[str, tuple[str, ...]]) -> str:
    for key, spellings in entries.items():
        for text in (key, *spellings):
            if not text or any(sep in text for sep in _SEPARATORS):
                raise ValueError(f"cannot store {text!r} of {entries!r}")
    return "|".join(f"{key}:{'/'.join(spellings)}" for key, spellings in entries.items())


def lines() -> list[str]:
    """One line per lower-case word that lemminflect's tables or overrides know."""
    lemmatizer, inflections = Lemmatizer(), Inflections()
    words = {word for word in (*lemmatizer._getLemmaDict(), *lemmatizer._getOverridesDict(),
                               *inflections._getInflDict(), *inflections._getOverridesDict())
             if word == word.lower()}
    verbs = {word for word in words
             if not set(VERB_TAGS).isdisjoint(lemminflect.getAllInflections(word))}
    verbs.update(lemma for word in words
                 for lemma in lemminflect.getAllLemmas(word).get("VERB", ()))
    out = []
    for word in words | verbs:
        if not word.isprintable() or any(sep in word for sep in _SEPARATORS):
            raise ValueError(f"cannot store {word!r}")
        lemmas = lemminflect.getAllLemmas(word)
        forms = {}
        if word in verbs:
            forms = {tag: spellings for tag in VERB_TAGS
                     if (spellings := lemminflect.getInflection(word, tag))}
        if lemmas or forms:
            out.append((word.encode(), f"{word}\t{_field(lemmas)}\t{_field(forms)}\n"))
    return [line for _, line in sorted(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    text = "".join(lines())
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {text.count(chr(10))} words, {len(text.encode())} bytes "
          f"(lemminflect {lemminflect.__version__})")


if __name__ == "__main__":
    main()
