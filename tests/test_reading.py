"""Reading files: encodings, BOMs, binary and size checks, HTML detection."""

from __future__ import annotations

import codecs

import pytest

from summarize import InputError, read_source
from summarize.reading import looks_like_html

TEXT = "Café owners in Zürich said the new rules were “unfair”. Prices rose 5 % in a year.\n"


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b""),
])
def test_encodings_are_detected(tmp_path, encoding, bom):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    assert read_source(path).text.lstrip("\ufeff") == TEXT


def test_latin1_text(tmp_path):
    text = "Les élèves ont reçu leurs résultats à la fin de l'année scolaire, très tôt.\n" * 3
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("latin-1"))
    assert read_source(path).text == text


def test_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="missing.txt: no such file"):
        read_source(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)
    (tmp_path / "nul.bin").write_bytes(b"abc\x00def" * 10)
    with pytest.raises(InputError, match="binary"):
        read_source(tmp_path / "nul.bin")
    (tmp_path / "big.txt").write_text("word " * 100)
    with pytest.raises(InputError, match="larger than the limit"):
        read_source(tmp_path / "big.txt", max_bytes=50)


def test_html_detection_by_content():
    assert looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    assert looks_like_html("  <html lang='en'><head></head><body></body></html>")
    assert looks_like_html("<div><p>One</p><p>Two</p><p>Three</p><a href=x>Four</a></div>")
    assert not looks_like_html("Prices rose <5% this year> and x<y in most cases.")
    assert not looks_like_html(TEXT * 20)
