"""summarize.lexicon answers as lemminflect does, from a data file that is current."""

from __future__ import annotations

import importlib.util

import lemminflect
import pytest
from conftest import ROOT

from summarize import lexicon

TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
#: Irregular, doubled, overridden, auxiliary, modal, noun-only, capitalised and unknown words.
WORDS = ("be", "was", "is", "have", "had", "will", "would", "can", "must", "run", "ran",
         "axing", "ax", "axe", "agreed", "facing", "faces", "sign", "terminate", "stop",
         "bankrol", "blog", "broadcast", "burn", "dream", "lie", "lay", "say", "said",
         "table", "news", "biden", "Biden", "Kadhimi", "IRAQ", "Agreed", "WILL", "purée",
         "'s", "'d", "zorbify", "x")


def _sample() -> list[str]:
    keys = [line.split("\t", 1)[0]
            for line in lexicon.PATH.read_text(encoding="utf-8").splitlines()]
    return [*WORDS, *keys[::251]]


@pytest.mark.parametrize("case", [str, str.upper, str.capitalize])
def test_lemmas_and_inflections_equal_lemminflect(case):
    for word in map(case, _sample()):
        assert lexicon.lemmas(word) == lemminflect.getAllLemmas(word), word
        assert list(lexicon.lemmas(word)) == list(lemminflect.getAllLemmas(word)), word
        for tag in TAGS:
            assert lexicon.inflection(word, tag) == lemminflect.getInflection(word, tag), (
                word, tag)


def test_lookup_finds_first_last_and_missing_keys():
    lines = lexicon.PATH.read_text(encoding="utf-8").splitlines()
    for line in (lines[0], lines[1], lines[len(lines) // 2], lines[-2], lines[-1]):
        word, lemma_field, _ = line.split("\t")
        assert lexicon.fields(word)[0] == lemma_field
    assert lexicon.fields("zzzzzzzzzz") == ["", ""]
    assert lexicon.fields("!") == ["", ""]


def test_only_verb_tags_are_answered():
    with pytest.raises(ValueError):
        lexicon.inflection("table", "NNS")


def test_data_file_is_the_build_scripts_output():
    spec = importlib.util.spec_from_file_location("build_lexicon",
                                                  ROOT / "bench" / "build_lexicon.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert "".join(build.lines()) == lexicon.PATH.read_text(encoding="utf-8"), (
        "run python bench/build_lexicon.py")
