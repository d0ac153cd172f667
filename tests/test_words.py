"""The shared tokenizers: a word keeps its combining marks, decomposed text gives the composed
words, and invisible format characters inside a word do not split it."""

from __future__ import annotations

import unicodedata

import pytest

from summarize.words import alphanumeric, composed, letter_runs, words

TOKENIZERS = (words, letter_runs, alphanumeric)


@pytest.mark.parametrize("tokenize", TOKENIZERS)
@pytest.mark.parametrize("text, expected", [
    ("മലയാളം ഭാഷ", ["മലയാളം", "ഭാഷ"]),  # Malayalam: vowel signs are marks
    ("हिन्दी भाषा", ["हिन्दी", "भाषा"]),  # Devanagari: virama and vowel signs
    ("เด็ก\u200bนักเรียน", ["เด็ก", "นักเรียน"]),  # Thai: a zero-width space between words
])
def test_a_word_keeps_its_marks(tokenize, text, expected):
    assert list(tokenize(text)) == expected


@pytest.mark.parametrize("tokenize", TOKENIZERS)
def test_decomposed_text_gives_the_composed_words(tokenize):
    text = "Über den Autor: geprüft für die Straße, ἀρχή"
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert list(tokenize(decomposed)) == list(tokenize(text))
    assert "für" in tokenize(decomposed)


@pytest.mark.parametrize("tokenize", TOKENIZERS)
def test_soft_hyphens_and_word_joiners_do_not_split_a_word(tokenize):
    text = "Mag\u00adda\u00adle\u00adner auto\u2060nome"
    assert list(tokenize(text)) == ["Magdalener", "autonome"]


def test_composed_leaves_composed_text_as_it_is():
    text = "déjà vu"
    assert composed(text) is text
    assert composed(unicodedata.normalize("NFD", text)) == text
