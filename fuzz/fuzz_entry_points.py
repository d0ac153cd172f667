"""Coverage-guided fuzzing (atheris) of the entry points that meet untrusted text.

One harness, several targets chosen by the first input byte:

0. the CLI's path: bytes -> ``reading.decode`` -> ``cleaning.clean`` -> ``segmenting.segment``;
1. ``cleaning.clean`` on the bytes decoded leniently (any Unicode, furniture on or off);
2. HTML: the text wrapped in a page and cleaned (trafilatura's extraction);
3. ``segmenting.paragraphs`` / ``split_sentences`` / ``words`` directly.

Beyond "no exception escapes" it checks: decoded text is never empty or binary; cleaning is
idempotent on plain text; every sentence is verbatim (whitespace-normalised) input text.
Inputs that take over ``SLOW_SECONDS`` of CPU are saved to ``$FUZZ_SLOW_DIR`` (a hang that is
not yet a libFuzzer timeout). Run it as fuzz/README.md says; it is not part of the test suite.
"""

from __future__ import annotations

import os
import sys
import time

import atheris

with atheris.instrument_imports(include=["summarize"]):
    from summarize import cleaning, reading, segmenting
    from summarize.errors import InputError

SLOW_SECONDS = float(os.environ.get("FUZZ_SLOW_SECONDS", "2"))
SLOW_DIR = os.environ.get("FUZZ_SLOW_DIR", "/tmp/fuzz-slow")
LANGUAGES = ("english", "auto", "french", "german", "russian")
#: FUZZ_IDEMPOTENCE=0 skips the idempotence check (to look past an open finding of it).
IDEMPOTENCE = os.environ.get("FUZZ_IDEMPOTENCE", "1") != "0"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _check_clean(text: str, language: str, furniture: bool) -> None:
    article = cleaning.clean(text, language=language, furniture=furniture)
    assert isinstance(article.text, str)
    if (IDEMPOTENCE and furniture and not reading.looks_like_html(text)
            and not reading.looks_like_html(article.text)):
        again = cleaning.clean(article.text, language=article.language)
        assert again.text == article.text, ("cleaning is not idempotent", text, article.text, again.text)
    _check_segment(article.text, article.language)


def _check_segment(text: str, language: str) -> None:
    document = segmenting.segment(text, language)
    source = _norm(segmenting.normalize_newlines(text))
    for sentence in document.sentences:
        assert sentence.text and sentence.text in source, ("sentence not verbatim", text, sentence.text)
        assert all(word in sentence.text for word in sentence.words)


def _target(data: bytes) -> None:
    if not data:
        return
    selector, rest = data[0] % 4, data[1:]
    fdp = atheris.FuzzedDataProvider(rest)
    language = LANGUAGES[fdp.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    if selector == 0:
        try:
            text = reading.decode(fdp.ConsumeBytes(fdp.remaining_bytes()), name="fuzz")
        except InputError as error:
            assert str(error).startswith("fuzz: ")
            return
        assert text.strip() and "\x00" not in text
        _check_clean(text, language, True)
    elif selector == 1:
        furniture = fdp.ConsumeBool()
        _check_clean(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()), language, furniture)
    elif selector == 2:
        body = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        _check_clean(f"<!doctype html><html><head><title>T</title></head><body>{body}</body></html>",
                     language, True)
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        lang = "english" if language == "auto" else language
        for paragraph in segmenting.paragraphs(text):
            for sentence in segmenting.split_sentences(paragraph, lang):
                segmenting.words(sentence)
        _check_segment(text, lang)


def test_one_input(data: bytes) -> None:
    start = time.process_time()
    _target(data)
    spent = time.process_time() - start
    if spent > SLOW_SECONDS:
        os.makedirs(SLOW_DIR, exist_ok=True)
        name = os.path.join(SLOW_DIR, f"slow-{spent:.1f}s-{abs(hash(data)):x}")
        with open(name, "wb") as handle:
            handle.write(data)
        print(f"SLOW INPUT {spent:.2f}s CPU saved to {name}", file=sys.stderr, flush=True)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
