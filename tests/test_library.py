"""The library API: same behaviour as the CLI, typed results."""

from __future__ import annotations

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

import summarize as package
from summarize import OptionError, Summary, summarize
from summarize.cli import app
from summarize.ranking import ALGORITHMS
from summarize.segmenting import paragraphs


def test_summarize_returns_a_typed_result(biden_text):
    result = summarize(biden_text, sentences=2)
    assert isinstance(result, Summary)
    assert len(result.sentences) == 2 and result.language == "english"
    data = result.to_dict()
    assert data["summary"] == result.sentences
    assert {"source", "language", "algorithm", "summary", "title", "headlines"} <= set(data)


@pytest.mark.parametrize("algorithm", ["default", *ALGORITHMS])
def test_every_algorithm_scores_every_sentence_and_is_deterministic(algorithm, biden_text):
    first = summarize(biden_text, algorithm=algorithm, sentences=3, headlines=0)
    again = summarize(biden_text, algorithm=algorithm, sentences=3, headlines=0)
    assert first.sentences == again.sentences
    assert len(first.sentences) == 3
    assert all(isinstance(s.score, float) for s in first.selected)


def test_lead_takes_the_first_sentences():
    text = "First sentence here. Second one follows. Third is next. Fourth ends it."
    assert summarize(text, algorithm="lead", sentences=2, keep_furniture=True,
                     headlines=0).sentences == ["First sentence here.", "Second one follows."]


def test_ratio_rounds_up_and_keeps_at_least_one():
    text = " ".join(f"Sentence number {i} talks about topic {i}." for i in range(10))
    assert len(summarize(text, ratio=0.01, headlines=0, keep_furniture=True).sentences) == 1
    assert len(summarize(text, ratio=0.25, headlines=0, keep_furniture=True).sentences) == 3
    assert len(summarize(text, ratio=1.0, headlines=0, keep_furniture=True).sentences) == 10


def test_order_rank_and_document(biden_text):
    by_rank = summarize(biden_text, algorithm="lexrank", order="rank", headlines=0)
    by_doc = summarize(biden_text, algorithm="lexrank", headlines=0)
    assert sorted(by_rank.sentences) == sorted(by_doc.sentences)
    assert [s.rank for s in by_rank.selected] == sorted(s.rank for s in by_rank.selected)
    assert [s.index for s in by_doc.selected] == sorted(s.index for s in by_doc.selected)


@pytest.mark.parametrize("kwargs", [
    {"sentences": 0}, {"ratio": 0}, {"ratio": 1.2}, {"words": 0}, {"sentences": 2, "ratio": 0.5},
    {"algorithm": "nope"}, {"language": "xx"}, {"headlines": -1}, {"cleaning": "trees"},
])
def test_invalid_options_raise_option_error(kwargs, biden_text):
    with pytest.raises(OptionError):
        summarize(biden_text, **kwargs)


def test_language_detection_and_explicit_language():
    french = (SAMPLES / "greve-transports-lyon.txt").read_text(encoding="utf-8")
    assert summarize(french, headlines=0).language == "french"
    assert summarize(french, language="fr", headlines=0).language == "french"


def test_public_api_exports():
    for name in ("summarize", "clean", "headlines", "Summary", "CleanedArticle",
                 "ScoredSentence", "RemovedLine", "OptionError", "InputError"):
        assert hasattr(package, name)


def test_soft_wraps_are_joined_and_short_lines_stand_alone():
    text = ("The council met on Tuesday to discuss the budget for the coming\n"
            "year and approved it after a long debate.\n"
            "Next steps\n"
            "The budget now goes to the regional authority for a final check\n"
            "before it takes effect.")
    assert paragraphs(text) == [
        "The council met on Tuesday to discuss the budget for the coming year and approved "
        "it after a long debate.",
        "Next steps",
        "The budget now goes to the regional authority for a final check before it takes "
        "effect.",
    ]


def test_long_unwrapped_lines_are_paragraphs():
    line = "This line is long enough that nobody would have hard-wrapped it at this width. " * 2
    assert len(paragraphs(f"{line}\n{line}")) == 2


def test_crlf_and_unicode_separators():
    assert paragraphs("One.\r\n\r\nTwo.\u2029Three.") == ["One.", "Two.", "Three."]


def test_every_supported_language_summarizes():
    """Each language has a sentence model, a stemmer that works, and stop words or none."""
    from summarize.languages import LANGUAGES

    text = "Alpha beta gamma delta. Epsilon zeta eta theta. Iota kappa lambda mu."
    for name in LANGUAGES:
        result = summarize(text, language=name, sentences=2, headlines=0, keep_furniture=True)
        assert result.language == name and len(result.sentences) == 2


@pytest.mark.parametrize("blank", ["", "  \n\t\n "])
def test_blank_text_is_an_input_error_not_an_empty_result(blank):
    with pytest.raises(package.InputError, match="empty|whitespace"):
        summarize(blank)
    with pytest.raises(package.InputError):
        package.headlines(blank)


@pytest.mark.parametrize("value", [None, 42, ["a list of lines."], {"text": "a dict"}])
def test_a_value_that_is_not_an_article_is_a_type_error_that_names_what_is_accepted(value):
    for function in (summarize, package.clean, package.headlines):
        with pytest.raises(TypeError, match=r"str.*bytes.*path") as caught:
            function(value)
        assert type(value).__name__ in str(caught.value)


def test_a_path_bytes_and_a_source_give_the_same_summary_as_the_text(biden_text):
    path = SAMPLES / "biden-kadhimi.txt"
    expected = summarize(biden_text, sentences=2, headlines=1)
    for article in (path, path.read_bytes(), package.read_source(path)):
        got = summarize(article, sentences=2, headlines=1)
        assert (got.sentences, got.title, got.headlines) == (
            expected.sentences, expected.title, expected.headlines)
    assert package.clean(path).text == package.clean(biden_text).text


def test_a_missing_path_and_binary_bytes_are_input_errors(tmp_path):
    with pytest.raises(package.InputError, match="no such file|not found|does not exist"):
        summarize(tmp_path / "missing.txt")
    with pytest.raises(package.InputError, match="binary"):
        summarize(b"\x00\x01\x02\x03 binary \x00\x00")


@pytest.mark.parametrize("keywords, named", [
    ({"sentences": 0}, "sentences must be"),
    ({"sentences": 2, "ratio": 0.5}, "give only one of sentences, ratio and words"),
    ({"headline_words": 1}, "headline_words must be"),
    ({"order": "random"}, "order must be"),
])
def test_library_errors_name_keyword_arguments_and_the_cli_its_flags(keywords, named):
    with pytest.raises(OptionError) as raised:
        summarize("A short article. It has two sentences.", **keywords)
    assert str(raised.value).startswith(named) and "--" not in str(raised.value)
    flags = [f"--{k.replace('_', '-')}" for k in keywords]
    args = [a for k, v in zip(flags, keywords.values(), strict=True) for a in (k, str(v))]
    result = CliRunner().invoke(app, ["-", *args], input="A short article. It has two sentences.")
    assert result.exit_code == 2 and all(flag in result.stderr for flag in flags)


def test_a_line_that_goes_on_in_lower_case_joins_the_one_before_in_unwrapped_text():
    text = ("The harbour bridge will cost 40 million euros and open in 2027. Work on the bridge "
            "starts\nin spring, the council said.\nThe old ferry will run until it opens.\n"
            "Ingredients:\nflour, sugar and salt.")
    assert paragraphs(text) == [
        "The harbour bridge will cost 40 million euros and open in 2027. Work on the bridge "
        "starts in spring, the council said.",
        "The old ferry will run until it opens.", "Ingredients:", "flour, sugar and salt."]
