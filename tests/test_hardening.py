"""Hardening: hostile input at every entry point, resource bounds, and the CLI's behaviour.

- Hypothesis properties for ``clean``, ``summarize``, ``headlines`` and ``batch.run`` over text
  that mixes article sentences, furniture, random Unicode (every category, RTL, combining
  marks, emoji, zero-width, NUL and control characters) and odd line ends.
- Hostile inputs by class (broken encodings, binary junk, pathological lengths, HTML built to
  hurt parsers, unknown scripts, control characters), each through the reading -> clean ->
  summarize path.
- Regular expressions: every compiled pattern of the package against long runs of the
  characters it repeats (in a subprocess with a time limit, so a catastrophic pattern fails
  the test instead of hanging it).
- CLI behaviours in real processes: Ctrl-C, a full disk, a closed stdout, a vanished pipe
  reader, no escape codes, one-line errors naming the file.

Long fuzzing runs live in fuzz/ (see fuzz/README.md), not here.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from summarize import clean, summarize
from summarize.errors import InputError
from summarize.languages import LANGUAGES
from summarize.reading import decode, looks_like_html
from summarize.segmenting import normalize_newlines
from summarize.words import composed

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ARTICLE = [
    "Prime Minister Mustafa al-Kadhimi met President Joe Biden at the White House on Monday.",
    "The council approved the 9.8 million pound renovation after a two-year campaign.",
    "\"People told us they wanted a place to stay, not just a place to borrow books,\" he said.",
    "Officials said the cost would be 4.2 million euros, according to the agency.",
    "The U.S. and the E.U. signed the deal at 5 p.m. on Friday in Brussels.",
    "Les syndicats ont appelé à une nouvelle journée de grève jeudi à Lyon.",
    "Die Regierung hat am Montag einen neuen Plan für die Wasserversorgung vorgestellt.",
    "Правительство представило новый план в понедельник.",
]
FURNITURE = [
    "Share", "Print +A -A", "Advertisement", "Read more: Floods in the north",
    "© 2024 Example News. All rights reserved.", "Facebook Twitter Email",
    "By Jane Doe, Nov 19, 2019 9:02 AM", "(Photo: AP)", "12 Comments",
    "Sign up for our newsletter", "- Home", "1. Politics",
]
#: Characters that break naive text handling: NUL and C0/C1 controls, escape, zero-width and
#: bidi controls, BOM, separators, combining marks, RTL and CJK letters, emoji and flags.
ODD = ("\x00\x01\x07\x08\x0b\x0c\x1b\x1c\x7f\x85\x9b\u00a0\u00ad\u200b\u200c\u200d\u200e"
       "\u200f\u202a\u202e\u2028\u2029\u2066\ufeff\ufffd\u0301\u0327\u20dd\u05d0\u05e9"
       "\u0627\u0644\u0e01\u0e33\u4e2d\u6587\u3042\uac00\u1200\U0001f600\U0001f1eb\U0001f1f7"
       "\U0001f468\u200d\U0001f469\U00010348\U000e0001\ue000.!?;:,'\"()[]<>&#-/\\|*\t ")
LINE_ENDS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\n\n", "\r\n\r\n", " ", "\x0b",
             "\x0c"]

piece = st.one_of(
    st.sampled_from(ARTICLE),
    st.sampled_from(FURNITURE),
    st.text(max_size=80),  # every Unicode category but surrogates
    st.text(alphabet=st.sampled_from(ODD), max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0x590, max_codepoint=0x6FF), max_size=40),
    st.text(alphabet=st.characters(categories=("Mn", "Me", "Cf", "Cc", "Zl", "Zp", "Co")),
            max_size=20),
)
hostile_text = st.lists(st.tuples(piece, st.sampled_from(LINE_ENDS)), max_size=30).map(
    lambda parts: "".join(p + end for p, end in parts))


def _norm(text: str) -> str:
    """The input as summaries quote it: composed (NFC), whitespace runs as one space."""
    return " ".join(normalize_newlines(composed(text)).split())


def _plain(text: str) -> bool:
    return not looks_like_html(text)


# --- properties ------------------------------------------------------------------------------

@PROPERTY
@given(hostile_text, st.sampled_from(["auto", "english", "fr"]))
def test_clean_never_raises_keeps_input_text_and_is_idempotent(text, language):
    article = clean(text, language=language)
    if not _plain(text) or not _plain(article.text):
        return
    # soft wraps are joined: a kept line is a run of input lines, composed (NFC) as read
    flat = " ".join(composed(text).split())
    assert all(" ".join(line.split()) in flat for line in article.text.splitlines() if line)
    again = clean(article.text, language=article.language)
    assert again.text == article.text


@PROPERTY
@given(hostile_text, st.integers(1, 6), st.sampled_from(["default", "lexrank", "textrank", "lsa"]),
       st.booleans())
def test_summary_is_verbatim_bounded_and_deterministic(text, n, algorithm, cleaning):
    assume(text.strip())  # blank input is an InputError (tests/test_library.py)
    result = summarize(text, sentences=n, algorithm=algorithm, keep_furniture=not cleaning,
                       headlines=2)
    assert len(result.sentences) <= n
    assert len(result.sentences) == min(n, result.article_sentences)
    if _plain(text):
        source = _norm(text)
        assert all(sentence and sentence in source for sentence in result.sentences)
    again = summarize(text, sentences=n, algorithm=algorithm, keep_furniture=not cleaning,
                      headlines=2)
    assert json.dumps(again.to_dict(explain=True)) == json.dumps(result.to_dict(explain=True))


def _headline_words(headline: str) -> int:
    return sum(1 for token in headline.split() if re.search(r"[^\W_]", token))


@PROPERTY
@given(hostile_text, st.integers(1, 5), st.integers(2, 12), st.sampled_from(["sentence", "title"]))
def test_headlines_never_exceed_their_count_or_word_limit(text, count, words, case):
    assume(text.strip())
    headlines = importlib.import_module("summarize").headlines
    found = headlines(text, count, "auto", headline_words=words, headline_case=case)
    assert len(found) <= count
    for headline in found:
        assert headline.strip() and "\n" not in headline
        assert _headline_words(headline) <= words, headline


ids = st.one_of(st.integers(), st.text(max_size=12), st.none(),
                st.lists(st.integers(), max_size=2))


@settings(PROPERTY, max_examples=25)
@given(st.lists(st.tuples(ids, hostile_text), max_size=8))
def test_batch_yields_one_result_per_record_in_order(pairs):
    batch = pytest.importorskip("summarize.batch")
    records = [batch.Record(record_id, text) for record_id, text in pairs]
    results = list(batch.run(records, workers=1, sentences=2, headlines=1))
    assert [r.id for r in results] == [record_id for record_id, _ in pairs]
    for result, (_, text) in zip(results, pairs, strict=True):
        assert (result.summary is None) != (result.error is None)
        if result.ok:
            expected = summarize(text, sentences=2, headlines=1)
            assert result.summary.sentences == expected.sentences
        else:
            assert text.strip() == "" or result.error  # only empty text may fail quietly
        json.dumps(result.to_dict())


# --- hostile inputs by class -----------------------------------------------------------------

_ARTICLE_TEXT = "\n\n".join(ARTICLE)
_P = "<p>The council approved the plan on Monday after a long debate about the new bridge.</p>"
_HEAD = "<!doctype html><html><head><title>Deep</title></head><body>"


def hostile_inputs(size: int = 200_000) -> dict[str, list[tuple[str, bytes]]]:
    """Class -> [(name, bytes)]: what a user can pipe in; ``size`` is the length of the long
    runs (fuzz/worst_cases.py runs them at 1 MB and 10 MB). Every case either decodes and is
    cleaned, segmented and summarised without an exception, or is refused with an InputError
    naming it."""
    return {
        "broken encodings": [
            ("invalid utf-8", b"The plan \xff\xfe was approved \xc3 on Monday. " * 20),
            ("truncated multibyte", _ARTICLE_TEXT.encode()[:-1] + b"\xe2\x82"),
            ("utf-16 without bom", _ARTICLE_TEXT.encode("utf-16-le")),
            ("utf-16 bom, odd length", b"\xff\xfe" + _ARTICLE_TEXT.encode("utf-16-le") + b"\x00"),
            ("utf-8 bom then latin-1",
             b"\xef\xbb\xbf" + "Café crème à Paris. ".encode("latin-1") * 10),
            ("cp1252 quotes",
             "\u201cWe will act,\u201d she said \u2013 today. ".encode("cp1252") * 10),
            ("shift-jis", ("東京都は月曜日に新しい計画を発表した。" * 10).encode("shift_jis")),
            ("koi8-r", ("Правительство представило новый план. " * 10).encode("koi8_r")),
            ("utf-32 with bom", _ARTICLE_TEXT.encode("utf-32")),
            ("mixed utf-8 and latin-1", _ARTICLE_TEXT.encode() + "é à ü".encode("latin-1")),
            ("lone surrogates (cesu)", b"The plan \xed\xa0\x80 was approved. " * 10),
            ("overlong encoding", b"The plan \xc0\xaf was approved. " * 10),
        ],
        "binary junk": [
            ("nul bytes", b"\x00" * 100),
            ("png header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
            ("gzip", b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4),
            ("elf", b"\x7fELF\x02\x01\x01" + bytes(64)),
            ("random bytes", bytes((i * 7919 + 13) % 256 for i in range(4096))),
            ("control characters", bytes(range(1, 32)) * 50),
            ("pdf",
             b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01"),
        ],
        "pathological lengths": [
            ("empty", b""),
            ("one character", b"x"),
            ("whitespace only", " \t\r\n\u2028\u3000".encode() * 1000),
            ("one long token", b"a" * size),
            ("a run of dots", b"." * size),
            ("a run of brackets", b"[" * size),
            ("a run of dashes", b"The plan -" + b"-" * size + b" x."),
            ("one line of sentences", b"The cat sat on the mat. " * (size // 24)),
            ("one-character lines", b"x\n" * (size // 2)),
            ("blank lines, then a sentence",
             b"\n" * (size // 2) + b"The plan was approved on Monday after a long debate."),
            ("one sentence of size/13 words",
             b"The plan " + b"and the cost " * (size // 40) + b"was approved."),
            ("repeated furniture line", b"Share\n" * (size // 10)),
            ("a run of spaces then a word", b" " * size + b"x"),
            ("a run of spaces inside a line",
             b"The plan was approved" + b" " * size + b"on Monday."),
            ("a run of spaces before a separator", b"The plan" + b" " * size + b"| on Monday."),
            ("a run of nbsp inside a sentence",
             "The plan was\u00a0".encode() + "\u00a0".encode() * size
             + b"approved - on Monday (really)."),
            ("a run of commas", b"The plan was " + b"," * size + b"x."),
            ("a run of opening parentheses", b"The plan (" + b"(" * size + b" x."),
            ("a run of closing quotes",
             b"The plan was x" + "\u201d".encode() * (size // 3) + b" x."),
        ],
        "hostile html": [
            ("nested divs, depth size/2",
             (_HEAD + "<div>" * (size // 2) + _P + "</div>" * (size // 2)).encode()),
            ("nested divs 255", (_HEAD + "<div>" * 255 + _P + "</div>" * 255).encode()),
            ("unclosed tags", (_HEAD + "<div><span><b>" * (size // 20) + _P).encode()),
            ("unclosed comment", (_HEAD + "<!--" + _P * 100).encode()),
            ("a long attribute",
             (_HEAD + '<div class="' + "a" * size + '">' + _P + "</div>").encode()),
            ("unclosed attribute quote", (_HEAD + '<div class="' + _P * 1000).encode()),
            ("entity flood", (_HEAD + "<p>" + "&amp;" * (size // 2) + "</p>" + _P).encode()),
            ("numeric entities out of range", (_HEAD + "<p>&#0;&#xD800;&#x110000;&#99999999999;</p>"
                                               + _P).encode()),
            ("xml entity bomb", ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa">'
                                 '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;'
                                 '&b;&b;&b;&b;&b;&b;&b;">]><html><body><p>&c;</p>' + _P
                                 + "</body></html>").encode()),
            ("script only",
             (_HEAD + "<script>" + "var a = 1;" * (size // 20)
              + "</script></body></html>").encode()),
            ("unclosed script", (_HEAD + "<script>" + _P * 100).encode()),
            ("tags without >", (_HEAD + "<a" * (size // 2)).encode()),
            ("many < ", (_HEAD + "< " * (size // 4) + _P).encode()),
            ("cdata and pi", (_HEAD + "<![CDATA[" + _P + "<?php echo 1 ?>" + _P).encode()),
            ("doctype then binary-ish", _HEAD.encode() + bytes(range(32, 256)) * 10),
            ("empty page", b"<!doctype html><html></html>"),
            ("many tables",
             (_HEAD + "<table><tr><td>x</td></tr></table>" * (size // 100) + _P).encode()),
        ],
        "unknown scripts": [
            ("thai", ("รัฐบาลประกาศแผนใหม่เมื่อวันจันทร์ " * 30).encode()),
            ("japanese", ("東京都は月曜日に新しい計画を発表した。" * 30).encode()),
            ("chinese", ("政府星期一宣布了新计划。" * 30).encode()),
            ("arabic (rtl)", ("أعلنت الحكومة خطة جديدة يوم الاثنين. " * 30).encode()),
            ("hebrew (rtl)", ("הממשלה הודיעה על תוכנית חדשה ביום שני. " * 30).encode()),
            ("hindi", ("सरकार ने सोमवार को एक नई योजना की घोषणा की। " * 30).encode()),
            ("korean", ("정부는 월요일에 새로운 계획을 발표했다. " * 30).encode()),
            ("amharic", ("መንግስት አዲስ እቅድ አስታወቀ። " * 30).encode()),
            ("emoji only",
             ("\U0001f600\U0001f1eb\U0001f1f7\U0001f468\u200d\U0001f469 " * 100).encode()),
            ("zalgo", ("T\u0301\u0327\u20dde\u0301x\u0327t " * 300).encode()),
            ("math alphanumerics", ("\U0001d413\U0001d421\U0001d41e \U0001d429\U0001d425\U0001d41a "
                                    "\U0001d427. " * 100).encode()),
            ("private use", ("\ue000\ue001\ue002 " * 300).encode()),
            ("bidi overrides", ("\u202eThe plan was approved on Monday.\u202c " * 50).encode()),
        ],
        "odd line ends and controls": [
            ("cr only", "\r".join(ARTICLE).encode()),
            ("crlf", "\r\n\r\n".join(ARTICLE).encode()),
            ("u+2028 / u+2029",
             "\u2029".join("\u2028".join(ARTICLE[i:i + 2]) for i in (0, 2, 4)).encode()),
            ("nel", "\x85".join(ARTICLE).encode()),
            ("vt and ff", "\x0b\x0c".join(ARTICLE).encode()),
            ("mixed", "\r\n\n\r\u2028\x85".join(ARTICLE).encode()),
            ("a few escape sequences",
             ("\x1b[31m" + _ARTICLE_TEXT + "\x1b[0m\x1b]0;title\x07").encode()),
            ("zero-width everywhere", "\u200b".join(_ARTICLE_TEXT).encode()),
            ("bom in the middle", _ARTICLE_TEXT.replace(" ", " \ufeff").encode()),
            ("nbsp only spacing", _ARTICLE_TEXT.replace(" ", "\u00a0").encode()),
        ],
    }
_CASES = [(kind, name, data) for kind, cases in hostile_inputs().items() for name, data in cases]
#: CPU seconds one hostile case may take end to end (the largest are 1 MB).
CASE_SECONDS = 20


@pytest.mark.parametrize("kind,name,data", _CASES, ids=[f"{k}: {n}" for k, n, _ in _CASES])
def test_hostile_input_is_summarized_or_refused_by_name(kind, name, data):
    start = time.process_time()
    try:
        text = decode(data, name="case.txt")
    except InputError as error:
        assert str(error).startswith("case.txt: ") and "\n" not in str(error)
        return
    result = summarize(text, sentences=3, headlines=2)
    assert len(result.sentences) <= 3
    if _plain(text):
        source = _norm(text)
        assert all(sentence in source for sentence in result.sentences)
    assert time.process_time() - start < CASE_SECONDS
    json.dumps(result.to_dict(explain=True))


#: Findings not fixed yet (``open-*``): cleaning is not idempotent on them because the
#: document-level signals (stop-word applicability, the title, the first body line) are
#: recomputed on the cleaned text. Strict: a fix makes them pass, and then the mark must go.
_OPEN_FINDING = pytest.mark.xfail(strict=True, raises=AssertionError,
                                  reason="cleaning not idempotent (open fuzz finding)")


@pytest.mark.parametrize("path", [
    pytest.param(path, marks=_OPEN_FINDING if path.name.startswith("open-") else ())
    for path in sorted((ROOT / "tests" / "fuzz_regressions").glob("*.bin"))
], ids=lambda path: path.name)
def test_fuzz_findings_stay_fixed(path):
    """Inputs the atheris harness (fuzz/fuzz_entry_points.py) failed on, replayed through it."""
    pytest.importorskip("atheris")
    sys.path.insert(0, str(ROOT / "fuzz"))
    try:
        harness = importlib.import_module("fuzz_entry_points")
    finally:
        sys.path.pop(0)
    harness.test_one_input(path.read_bytes())


@pytest.mark.parametrize("text", ["0\n", ".", "12 34", "\u4e2d", "a", "\U0001f600 \U0001f600"])
def test_every_algorithm_survives_a_document_without_terms(text):
    from summarize.ranking import ALGORITHMS

    for algorithm in ["default", *ALGORITHMS]:
        result = summarize(text, algorithm=algorithm, keep_furniture=True, headlines=1)
        assert len(result.sentences) <= 3


def test_deeply_nested_html_keeps_its_text():
    for depth in (255, 300, 1000, 100_000):
        page = _HEAD + "<div>" * depth + _P + "</div>" * depth + "</body></html>"
        result = summarize(page, sentences=1, headlines=0)
        assert result.sentences == [re.sub("<.*?>", "", _P)], depth


def test_html_extraction_has_a_wall_clock_guard(monkeypatch):
    import trafilatura

    from summarize import html

    def stuck(*args, **kwargs):
        time.sleep(30)

    monkeypatch.setattr(trafilatura, "bare_extraction", stuck)
    start = time.monotonic()
    title, text = html.extract_html(_HEAD + _P + "</body></html>", timeout=0.3)
    assert time.monotonic() - start < 5
    assert text == re.sub("<.*?>", "", _P)
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_html_extraction_guard_works_outside_the_main_thread(monkeypatch):
    """Dask runs tasks in worker threads, where no signal can reach: the guard still fires."""
    import threading

    import trafilatura

    from summarize import html

    def busy(*args, **kwargs):
        end = time.monotonic() + 30
        while time.monotonic() < end:
            time.sleep(0.01)

    monkeypatch.setattr(trafilatura, "bare_extraction", busy)
    outcome = {}

    def extract():
        start = time.monotonic()
        outcome["result"] = html.extract_html(_HEAD + _P + "</body></html>", timeout=0.3)
        outcome["seconds"] = time.monotonic() - start
        time.sleep(0.5)  # a withdrawn or late exception would land here
        outcome["after"] = "clean"

    worker = threading.Thread(target=extract)
    worker.start()
    worker.join(20)
    assert outcome["seconds"] < 5 and outcome["after"] == "clean"
    assert outcome["result"][1] == re.sub("<.*?>", "", _P)


@pytest.mark.parametrize("repeat", [True, False])
def test_memory_stays_proportional_to_the_input(repeat):
    """The default ranker on 5,000 sentences: all alike (every pair similar: a dense graph
    would be 25 million entries), or all different."""
    if repeat:
        big = "The council approved the plan for the old harbour bridge on Monday. " * 5000
    else:
        words = (SAMPLES / "drought-water-plan.txt").read_text(encoding="utf-8").split()
        big = " ".join(" ".join(words[i:i + 9 + i % 13]) + "." for i in range(5000))
    summarize(ARTICLE[0], headlines=1, keep_furniture=True)  # models load once, outside the measure
    tracemalloc.start()
    try:
        summarize(big, headlines=1, keep_furniture=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 * len(big.encode("utf-8")), peak


@pytest.mark.parametrize("text", ["a" * 200_000, "a-" * 100_000, "a1" * 100_000,
                                  "The council approved the plan on Monday. " * 5_000],
                         ids=["one token", "hyphenated token", "letters and digits", "prose"])
def test_memory_on_long_tokens_is_a_small_multiple_of_the_input(text):
    """Regression: the word regex kept 120 bytes of backtracking state per character."""
    summarize(ARTICLE[0], headlines=1)
    tracemalloc.start()
    try:
        summarize(text, headlines=2)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * len(text), peak


# --- regular expressions: worst cases --------------------------------------------------------

_PATTERN_MODULES = ["reading", "segmenting", "cleaning.lines", "cleaning.signals",
                    "cleaning.context", "cleaning.regions", "cleaning.title", "cleaning.vocabulary",
                    "html",
                    "headlining.tokens", "headlining.compression", "headlining.generation",
                    "headlining.scoring", "headlining.lang.en", "languages", "batch_io"]
#: Length of the runs each pattern is searched in: a linear pattern takes milliseconds, a
#: quadratic one many seconds, a catastrophic one forever.
RUN = 10_000
#: Seconds one pattern may take on one run.
REGEX_SECONDS = 1.0
#: Patterns only ever used with ``.match`` (anchored at the start): only that is tested.
ANCHORED = {"cleaning.vocabulary.LEAD", "cleaning.vocabulary._CAPTION_START",
            "cleaning.vocabulary.AGENCY_CREDIT",
            "segmenting._BULLET", "reading._HTML_START", "reading._RARE_CODEPAGES"}
#: Patterns quadratic on some runs that their callers never pass them: sentences are
#: whitespace-normalised before headlines see them, so no run of spaces reaches these. The
#: hostile inputs below (1 MB runs of spaces, commas, brackets, dashes) check the entry points.
CALLER_BOUNDED = {
    "headlining.compression._CLAUSE_MARK":
        "\\s* prefix: quadratic on runs of spaces; sentences are normalised",
    "headlining.compression._BRACKETS":
        "\\s* prefix: quadratic on runs of spaces; sentences are normalised",
    "cleaning.signals.TRAILING_URL":
        "\\s+ prefix: only ever applied to a line's last 80 characters",
}


def _patterns() -> dict[str, re.Pattern]:
    """Every compiled pattern of the package's text modules, and the headline rules'."""
    found = {}
    for name in _PATTERN_MODULES:
        module = importlib.import_module(f"summarize.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and value not in found.values():  # not imported
                found[f"{name}.{attr}"] = value
    rules = importlib.import_module("summarize.headlining.rules")
    for language, code in LANGUAGES.items():
        if code in rules.listed():
            for field, value in vars(rules.rules_for(language)).items():
                if isinstance(value, str) and value:
                    found[f"headlining.lang.{code}.{field}"] = rules.pattern(value)
    return found


def _worst_cases(pattern: re.Pattern) -> list[str]:
    """Long runs of each character the pattern names, and of pairs of them, ending in a
    character that makes the match fail late."""
    chars = {c for c in pattern.pattern if c.isprintable()} | set(" a1.\n\t\u00a0\u65e5")
    runs = []
    for c in sorted(chars):
        runs += [c * RUN + "\x00", "a" + c * RUN + "x", (c + " ") * (RUN // 2) + "\x00"]
    return runs


def _regex_battery() -> list[str]:
    slow = []
    for name, pattern in _patterns().items():
        if name in CALLER_BOUNDED:
            continue
        for text in _worst_cases(pattern):
            start = time.process_time()
            pattern.match(text)
            if name not in ANCHORED:
                pattern.findall(text)
            spent = time.process_time() - start
            if spent > REGEX_SECONDS:
                slow.append(f"{name} {spent:.1f}s on {text[:3]!r}... ({len(text)} chars)")
                break  # one worst case is enough to name the pattern
    return slow


@pytest.mark.slow
def test_every_regular_expression_is_linear_on_long_runs():
    try:
        run = subprocess.run([sys.executable, __file__, "regex-battery"], capture_output=True,
                             text=True, timeout=600)
    except subprocess.TimeoutExpired:
        pytest.fail("a regular expression did not finish on a 10,000-character run")
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout.splitlines()[-1]) == []


# --- the command line, in real processes -----------------------------------------------------

SAMPLE = str(SAMPLES / "drought-water-plan.txt")
_ESCAPE = re.compile(r"\x1b[\[\]()#;?]*[0-9;]*[A-Za-z@]|\x1b")


def _cli(*args: str, env: dict | None = None,
         stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "summarize", *args], stdout=stdout,
                          stderr=subprocess.PIPE, env={**os.environ, **(env or {})}, timeout=120)


def _one_line_error(stderr: bytes) -> str:
    text = stderr.decode()
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarize: error: "), text
    return lines[0]


def _corpus(tmp_path: Path, copies: int) -> Path:
    """JSONL of hostile (one in three) and ordinary articles, with ids of several types."""
    hostile = [data for cases in hostile_inputs(2_000).values() for _, data in cases][::3]
    texts = [data.decode("utf-8", "replace") for data in hostile]
    texts += [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.*"))]
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(copies):
            for j, text in enumerate(texts):
                record_id = [i, j] if j % 3 == 0 else f"r{i}-{j}" if j % 3 == 1 else i * 1000 + j
                out.write(json.dumps({"id": record_id, "text": text}) + "\n")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("command", [[], ["batch", "-j", "2", "-q", "CORPUS", "-o", "OUT"]])
def test_ctrl_c_exits_130_without_a_traceback(command, tmp_path):
    if command:
        command = [str(_corpus(tmp_path, 100)) if a == "CORPUS" else str(tmp_path / "out.jsonl")
                   if a == "OUT" else a for a in command]
    process = subprocess.Popen([sys.executable, "-m", "summarize", *command],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    time.sleep(3.0)  # started: waiting for standard input, or summarising with two workers
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in err and out == b"", err.decode()[-2000:]


_INTERRUPT_ON_IMPORT = """
import os, signal, sys

class Interrupt:  # Ctrl-C arrives while the named module is being imported
    def find_spec(self, name, path=None, target=None):
        if name == MODULE:
            os.kill(os.getpid(), signal.SIGINT)
        return None

MODULE = sys.argv.pop(1)
sys.meta_path.insert(0, Interrupt())
from summarize.__main__ import main
main()
"""


@pytest.mark.slow
@pytest.mark.parametrize("module", ["typer", "summarize.cli", "summarize.cleaning", "numpy"])
def test_ctrl_c_while_loading_exits_130_without_a_traceback(module):
    run = subprocess.run([sys.executable, "-c", _INTERRUPT_ON_IMPORT, module, SAMPLE],
                         capture_output=True, timeout=120, cwd=ROOT)
    assert run.returncode == 130
    assert run.stdout == b"" and b"Traceback" not in run.stderr, run.stderr.decode()[-2000:]


@pytest.mark.slow
def test_batch_output_is_the_same_bytes_across_workers_and_hash_seeds(tmp_path):
    corpus = _corpus(tmp_path, 1)
    outputs = []
    for workers, seed in (("1", "1"), ("2", "2")):
        out = tmp_path / f"out-{workers}.jsonl"
        run = subprocess.run([sys.executable, "-m", "summarize", "batch", str(corpus), "-q",
                              "-j", workers, "-o", str(out)], stderr=subprocess.PIPE,
                             env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        assert b"Traceback" not in run.stderr
        outputs.append(out.read_bytes())
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    lines = outputs[0].decode("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in records]
    assert outputs[0] == outputs[1]


@pytest.mark.slow
@pytest.mark.parametrize("command", [[SAMPLE], ["clean", "--format", "json", SAMPLE]])
def test_a_full_disk_is_a_one_line_error(command):
    with open("/dev/full", "wb") as full:
        run = _cli(*command, stdout=full)
    assert run.returncode == 1
    assert "No space left on device" in _one_line_error(run.stderr)


@pytest.mark.slow
def test_a_closed_stdout_is_a_one_line_error():
    run = subprocess.run([sys.executable, "-m", "summarize", SAMPLE], stderr=subprocess.PIPE,
                         timeout=120, preexec_fn=lambda: os.close(1))
    assert run.returncode == 1
    assert "standard output" in _one_line_error(run.stderr)


@pytest.mark.slow
def test_a_vanished_pipe_reader_ends_quietly():
    big = "\n\n".join([(SAMPLES / "drought-water-plan.txt").read_text(encoding="utf-8")] * 40)
    process = subprocess.Popen([sys.executable, "-m", "summarize", "clean"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.close()  # the reader goes away before the output is written
    _, err = process.communicate(big.encode(), timeout=120)
    assert process.returncode in (0, 141)  # 141: 128 + SIGPIPE, as a shell reports it
    assert err == b""


@pytest.mark.slow
def test_no_escape_codes_in_output_even_from_escape_codes_in_input(tmp_path):
    article = tmp_path / "escapes.txt"
    sample = (SAMPLES / "drought-water-plan.txt").read_text(encoding="utf-8").split("\n\n")
    text = "\n\n".join(f"\x1b[31m{p}\x1b[0m" if i % 4 == 1 else p for i, p in enumerate(sample))
    article.write_text(text + "\x1b]0;pwned\x07\n", encoding="utf-8")
    for args in (["--explain", str(article)], ["clean", str(article), str(article)]):
        run = _cli(*args, env={"NO_COLOR": "1", "TERM": "xterm-256color"})
        assert run.returncode == 0, run.stderr
        assert not _ESCAPE.search(run.stdout.decode()), args
        assert not _ESCAPE.search(run.stderr.decode()), args


def _on_a_terminal(*args: str, env: dict) -> tuple[int, bytes]:
    """Run the CLI with a pseudo-terminal as stdin, stdout and stderr; its exit code and output."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: never returns
        os.environ.update(env)
        os.execv(sys.executable, [sys.executable, "-m", "summarize", *args])
    output = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(fd)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), output


def test_no_color_on_a_terminal_means_no_colour_codes(tmp_path):
    corpus = tmp_path / "two.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                              for i, t in enumerate(ARTICLE)))
    env = {"NO_COLOR": "1", "TERM": "xterm-256color"}
    code, output = _on_a_terminal(SAMPLE, env=env)
    assert code == 0 and output.strip() and b"\x1b" not in output
    code, output = _on_a_terminal("batch", "-j", "1", str(corpus), "-o", str(tmp_path / "o.jsonl"),
                                  env=env)
    assert code == 0 and f"{len(ARTICLE)} summarized".encode() in output
    assert not re.search(rb"\x1b\[[0-9;]*m", output)  # the progress bar may move the cursor


@pytest.mark.slow
def test_error_messages_name_the_file_and_the_problem(tmp_path):
    cases = {
        "missing.txt": ("no such file", None),
        "folder": ("is a directory", "dir"),
        "empty.txt": ("is empty", b""),
        "blank.txt": ("only whitespace", b"  \n\t\n"),
        "binary.bin": ("binary", b"\x00\x01\x02" * 100),
        "big.txt": ("larger than the limit", b"word " * 100),
    }
    for name, (_, content) in cases.items():
        if content == "dir":
            (tmp_path / name).mkdir()
        elif content is not None:
            (tmp_path / name).write_bytes(content)
    run = _cli(*(str(tmp_path / name) for name in cases), "--max-bytes", "100")
    assert run.returncode == 1
    lines = run.stderr.decode().strip().splitlines()
    assert "Traceback" not in run.stderr.decode() and len(lines) == len(cases)
    for line, (name, (problem, _)) in zip(lines, cases.items(), strict=True):
        assert line.startswith(f"summarize: error: {tmp_path / name}: ") and problem in line, line


if __name__ == "__main__" and sys.argv[1:] == ["regex-battery"]:
    print(json.dumps(_regex_battery()))
