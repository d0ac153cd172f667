"""The vectorised rankers choose what sumy's choose, read each document's terms once, and the
quadratic ones warn on long documents. Full comparisons and timings: bench/bench_speed.py."""

from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pytest
from conftest import SAMPLES, read_jsonl, shared_path

from summarize import languages, ranking, segmenting
from summarize import words as word_tokens
from summarize.ranking import graph, lsa, sumy_rankers
from summarize.segmenting import segment
from summarize.selecting import best_first
from summarize.words import letter_runs

PAIRS = [
    (graph.rank_lexrank, sumy_rankers.rank_lexrank),
    (graph.rank_textrank, sumy_rankers.rank_textrank),
    (graph.rank_reduction, sumy_rankers.rank_reduction),
]

# Written for these tests (not from ../shared): repeated sentences, one-letter words, a
# one-word sentence, a sentence of stop words only, and close near-duplicates.
OWN_TEXT = """\
The U.S. Senate passed the bill on Tuesday. The bill funds roads, bridges and rail lines.
Critics said the bill was too expensive. Supporters said the U.S. needed new roads.

Yes. It is what it is. The House will vote on the bill next week.
The House vote is expected to be close. The House vote is expected to be close.

Plan B, officials said, is a smaller bill for roads only. Rail lines would wait a year.
"""

FRENCH_TEXT = """\
Le gouvernement a présenté mercredi un projet de loi sur les transports. Le texte prévoit
des fonds pour les routes et les ponts. Les critiques jugent le projet trop coûteux.
Les partisans estiment que le pays a besoin de nouvelles routes. Le vote aura lieu la semaine
prochaine à l'Assemblée nationale. Il s'annonce serré.
"""


def _documents():
    yield segment((SAMPLES / "biden-kadhimi.txt").read_text(encoding="utf-8"), "english",
                  title="Biden meets Kadhimi")
    yield segment(OWN_TEXT, "english", title="Senate passes the U.S. bill")
    yield segment(FRENCH_TEXT, "french")


def _same_choices(fast, slow, document):
    a, b = fast(document), slow(document)
    assert len(a) == len(b) == len(document.sentences)
    assert best_first(a) == best_first(b), (fast.__name__, document.sentences[0].text)


@pytest.mark.parametrize("fast, slow", PAIRS, ids=["lexrank", "textrank", "reduction"])
def test_graph_rankers_rank_samples_exactly_as_sumy(fast, slow):
    for document in _documents():
        _same_choices(fast, slow, document)


def test_lsa_gives_sumy_ratings_without_an_svd():
    for document in _documents():
        fast, slow = np.array(lsa.rank_lsa(document)), np.array(sumy_rankers.rank_lsa(document))
        np.testing.assert_allclose(fast, slow, rtol=1e-9, atol=1e-9 * slow.max())


@pytest.mark.parametrize("name, language, limit", [
    ("cnndm_dev.jsonl", "english", 40), ("orangesum_fr_dev.jsonl", "french", 25),
    ("bbc_dev.jsonl", "english", 25),
])
def test_same_choices_as_sumy_on_dev_articles(name, language, limit):
    for row in read_jsonl(shared_path("data", "summaries", name), limit=limit):
        document = segment(row["text"], language, title=row.get("title"))
        for fast, slow in PAIRS:
            # the 3-sentence summary, and the order of the first ten (word budgets go deeper)
            assert best_first(fast(document))[:10] == best_first(slow(document))[:10], row["id"]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # sumy divides by zero (NaN scores)
@pytest.mark.parametrize("text", ["0\n", "42.", "It is. It was.", "Yes.", "A b. C d. E f.",
                                  "Rain fell. Rain fell. Rain fell."])
def test_degenerate_documents_rank_as_sumy_without_errors(text):
    document = segment(text, "english", title="0")
    for fast, slow in PAIRS:
        _same_choices(fast, slow, document)
    scores = lsa.rank_lsa(document)
    assert len(scores) == len(document.sentences) and all(np.isfinite(scores))


def _long_document():
    text = (SAMPLES / "biden-kadhimi.txt").read_text(encoding="utf-8") + "\n\n" + OWN_TEXT
    return segment(text, "english")


@pytest.mark.parametrize("ranker", [graph.rank_lexrank, graph.rank_textrank,
                                    graph.rank_reduction])
def test_sparse_path_for_long_documents_agrees_with_the_dense_one(ranker, monkeypatch):
    document = _long_document()
    dense = ranker(document)
    monkeypatch.setattr(graph, "DENSE_LIMIT", 0)
    monkeypatch.setattr(graph, "_BLOCK_ENTRIES", 7 * len(document.sentences))  # many blocks
    sparse = ranker(document)
    np.testing.assert_allclose(sparse, dense, rtol=1e-9, atol=1e-12)


def test_lexrank_collapses_copies_in_long_documents(monkeypatch):
    """Copies of a sentence share one graph node: the same scores as the full sparse graph,
    and 4,000 copies of one line make a graph of one edge, not 16 million."""
    base = _long_document().sentences
    text = " ".join(s.text for s in base[:60] for _ in range(3))
    document = segment(text, "english")
    monkeypatch.setattr(graph, "DENSE_LIMIT", 0)
    collapsed = graph.rank_lexrank(document)
    monkeypatch.setattr(graph, "_distinct_rows",
                        lambda rows: (rows, np.arange(rows.shape[0])))  # every copy a node
    full = graph.rank_lexrank(document)
    np.testing.assert_allclose(collapsed, full, rtol=1e-9, atol=1e-12)
    monkeypatch.undo()

    edges = []
    similarity = graph.similarity_graph
    monkeypatch.setattr(
        graph, "similarity_graph",
        lambda rows, t: edges.append(similarity(rows, t).nnz) or similarity(rows, t))
    scores = graph.rank_lexrank(segment("The footer repeats here. " * 4000, "english"))
    assert edges == [1] and len(set(scores)) == 1


def test_rankers_never_tokenise_or_stem_the_document_again(monkeypatch):
    document = segment(OWN_TEXT, "english")  # no title: LSA reads a title's words once
    one_letter = sum(len(w) == 1 for s in document.sentences for w in s.words)
    for name in ("lexrank", "textrank", "reduction", "lsa", ranking.DEFAULT_ALGORITHM):
        ranking.score(document, name)  # warm the per-language tables (stop words, stems)

    def forbidden(*args, **kwargs):
        raise AssertionError("a ranker tokenised the document again")

    for attr in ("words", "terms", "split_sentences", "paragraphs", "segment"):
        monkeypatch.setattr(segmenting, attr, forbidden)
    for module, attr in ((word_tokens, "words"), (lsa, "words"), (lsa, "terms")):
        monkeypatch.setattr(module, attr, forbidden)  # the names modules imported too
    stemmed = []
    stem = languages.stemmer("english")
    monkeypatch.setattr(languages, "stemmer",
                        lambda language: lambda w: stemmed.append(w) or stem(w))
    for name in ("lexrank", "textrank", "reduction", "lsa"):
        stemmed.clear()
        ranking.score(document, name)
        assert len(stemmed) <= one_letter, name  # sumy's one-letter words only
    stemmed.clear()
    ranking.score(document, ranking.DEFAULT_ALGORITHM)
    assert stemmed == []


def test_quadratic_rankers_warn_with_the_cost_and_a_faster_choice():
    with pytest.warns(ranking.SlowAlgorithmWarning) as caught:
        ranking.warn_if_slow("sumy-lexrank", 5000)
    message = str(caught[0].message)
    assert "5,000 sentences" in message and "min" in message and "--algorithm lexrank" in message
    with pytest.warns(ranking.SlowAlgorithmWarning, match="--algorithm default"):
        ranking.warn_if_slow("kl", 1000)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ranking.warn_if_slow("sumy-lexrank", 100)  # a news article: no warning
        for name in ("lexrank", "textrank", "lsa", "reduction", ranking.DEFAULT_ALGORITHM):
            ranking.warn_if_slow(name, 1_000_000)


@pytest.mark.slow
def test_cli_shows_the_slow_algorithm_warning_as_one_line():
    code = ("import sys, summarize.ranking as r; r.SLOW_SECONDS = 0; "
            "from summarize.cli import main; sys.argv = ['summarize', '-a', 'sumbasic', "
            f"'--headlines', '0', {str(SAMPLES / 'biden-kadhimi.txt')!r}]; main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarize: warning: sumbasic on ")


@pytest.mark.slow
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["algorithms"]])
def test_light_commands_import_no_heavy_module(args):
    code = ("import sys; from summarize.cli import main; sys.argv = ['summarize', *%r]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy = ('numpy', 'scipy', 'nltk', 'sumy', 'trafilatura', 'py3langid', 'lemminflect',"
            " 'punkt')\n"
            "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)" % (args,))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr


@pytest.mark.slow
def test_a_summary_of_an_english_article_imports_only_what_it_uses():
    """The sample's cold start: no scipy (the default ranker works on numpy arrays), no
    pydantic (typer 0.29 builds a pydantic adapter per option: 0.15 s per start), no nltk,
    sumy's summarizers (only its stop-word files are read), trafilatura or py3langid, and
    the French headline rules (their verb forms take 40 ms to build) stay unbuilt."""
    code = ("import sys; from summarize.__main__ import main\n"
            f"sys.argv = ['summarize', {str(SAMPLES / 'biden-kadhimi.txt')!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "unused = ('scipy', 'pydantic', 'nltk', 'sumy.nlp', 'sumy.summarizers', "
            "'trafilatura', 'py3langid')\n"
            "built = ['french rules'] if 'summarize.headlining.lang.fr' in sys.modules else []\n"
            "print(sorted(m for m in unused if m in sys.modules) + built, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr


def test_language_detection_decides_news_by_stop_words_without_py3langid():
    samples = [(OWN_TEXT * 3, "english"), (FRENCH_TEXT * 2, "french"),
               ((SAMPLES / "biden-kadhimi.txt").read_text(encoding="utf-8"), "english")]
    for text, expected in samples:
        words = [w.lower() for w in letter_runs(text)][:400]
        assert languages.by_stop_words(words) == expected
        assert languages.detect(text) == expected
    # Danish and Norwegian share most stop words: the vote abstains and py3langid decides
    danish = ("Regeringen fremlagde onsdag et lovforslag om transport. Forslaget giver penge "
              "til veje og broer, og det skal til afstemning i Folketinget i næste uge. "
              "Kritikerne mener, at det er for dyrt, mens tilhængerne siger, at landet har "
              "brug for nye veje, og at der ikke er tid at spilde. ") * 2
    assert languages.detect(danish) == "danish"


def test_language_vote_ignores_one_letter_elisions():
    """French elisions ("l'", "n'", "qu'") split off one-letter tokens that only English's
    stop-word list holds; counted, they would make this quote-heavy French text undecided."""
    text = ("« L'eau est montée d'un coup, on n'a rien pu faire », raconte Paul, qui habite "
            "l'immeuble depuis vingt ans. « On m'a dit qu'il n'y avait plus d'espoir, qu'il "
            "fallait partir. Je n'oublierai jamais. » Sa voisine, qu'on a jointe lundi, n'a pas "
            "voulu s'exprimer. « C'est l'État qui doit m'aider, s'il le veut », dit-elle "
            "seulement. L'enquête n'a pas encore établi l'origine de l'inondation, qu'elle "
            "attribue d'abord à l'orage.")
    words = [w.lower() for w in letter_runs(text)]
    assert sum(len(w) == 1 for w in words) >= 15
    assert languages.by_stop_words(words) == "french"


def test_language_detection_is_right_on_french_and_english_dev_articles():
    for name, expected in (("orangesum_fr_dev.jsonl", "french"), ("cnndm_dev.jsonl", "english")):
        rows = read_jsonl(shared_path("data", "summaries", name), limit=60)
        assert all(languages.detect(row["text"]) == expected for row in rows), name
