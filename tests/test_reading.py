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


def test_stray_control_bytes_are_stripped_and_said_with_explain(tmp_path):
    from typer.testing import CliRunner

    from summarize.cli import app

    text = ("The council approved the budget on Monday.\x00 Spending on schools rises by a "
            "tenth.\x1b The vote was close, with\x07 five members against it.\n"
            + "The mayor said the plan would be reviewed next year by an outside panel.\n" * 3)
    path = tmp_path / "stray.txt"
    path.write_bytes(text.encode("utf-8"))
    source = read_source(path)
    assert source.stripped == 3 and "\x00" not in source.text and "\x1b" not in source.text
    result = CliRunner().invoke(app, [str(path), "--explain", "-n", "1"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"summarize: note: {path}: 3 stray control character(s) stripped\n"
    assert CliRunner().invoke(app, [str(path), "-n", "1"]).stderr == ""


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,  # an image
    b"%PDF-1.7\n" + bytes(range(256)) * 40,  # a PDF's compressed streams
    b"\x7fELF\x02\x01\x01" + b"\x00" * 300 + b"some symbol names",  # an executable
])
def test_real_binary_is_still_refused(tmp_path, data):
    (tmp_path / "blob").write_bytes(data)
    with pytest.raises(InputError, match="looks like a binary file"):
        read_source(tmp_path / "blob")
