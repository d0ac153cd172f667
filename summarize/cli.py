"""The `summarize` command: a thin layer over the library.

`summarize FILE...` runs the default command (the summary); `clean`, `headlines`, `eval`,
`batch`, `algorithms` and `languages` are subcommands. Every option maps to a keyword of a
library function. Results go to stdout, diagnostics to stderr as one line each; exit codes:
0 success, 1 an input could not be processed, 2 a usage error, 130 interrupted.
Heavy modules are imported inside the commands so that `--help` starts fast.
"""

from __future__ import annotations

import dataclasses
import difflib
import errno
import functools
import inspect
import io
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from types import SimpleNamespace
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from . import __version__
from .errors import InputError, OptionError, SummarizeError
from .options import DEFAULT_HEADLINE_COUNT, Options
from .reading import STDIN, Source

if TYPE_CHECKING:
    # the click that typer 0.28 vendors: the type its command classes' methods take
    from typer._click import Context as ClickContext
    from typer._click import HelpFormatter

PROG = "summarize"
DEFAULT_COMMAND = "summary"


#: Options of the group itself, not of the default command: the version and shell completion.
_GROUP_OPTIONS = frozenset(("--version", "--install-completion", "--show-completion"))


class DefaultCommandGroup(TyperGroup):
    """Like sqlite-utils' default group: arguments that name no subcommand go to `summary`."""

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        if not args and ctx.resilient_parsing:  # shell completion of the first word
            return super().parse_args(ctx, args)
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names
                        and args[0] not in _GROUP_OPTIONS):
            if args:
                self._refuse_misspelt_command(args[0])
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def _refuse_misspelt_command(self, word: str) -> None:
        """`summarize clen a.txt`: a word close to a subcommand that is no file is a typo."""
        if word == STDIN or word.startswith("-") or os.path.lexists(word):
            return
        close = difflib.get_close_matches(word, [c for c in self.commands if c != DEFAULT_COMMAND],
                                          n=1, cutoff=0.75)
        if close:
            raise OptionError(f"{word}: no such file or command; did you mean "
                              f"'{PROG} {close[0]}'?")

    def format_options(self, ctx: ClickContext, formatter: HelpFormatter) -> None:
        """Top-level help shows the default command's options first: what most users came for."""
        command = self.commands[DEFAULT_COMMAND]
        with ctx.scope(cleanup=False):
            sub_ctx = command.make_context(DEFAULT_COMMAND, [], parent=ctx, resilient_parsing=True)
        records = [r for r in (p.get_help_record(sub_ctx) for p in command.get_params(sub_ctx)
                               if p.name not in ("help", "files")) if r]
        with formatter.section("Summary options (`summarize FILE... [OPTIONS]`)"):
            formatter.write_dl(records)
        super().format_options(ctx, formatter)

    def list_commands(self, ctx: ClickContext) -> list[str]:
        return list(self.commands)  # definition order, the default command first

    def invoke(self, ctx: ClickContext) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError as error:  # typer would exit 1 on EPIPE; _guarded exits 141
            raise _PipeClosed from error

    def main(
        self, args: Sequence[str] | None = None, prog_name: str | None = None,
        complete_var: str | None = None, standalone_mode: bool = True,
        windows_expand_args: bool = True, **extra: Any,
    ) -> Any:
        """Run with one-line errors, quiet SIGPIPE and Ctrl-C, and meaningful exit codes.

        Handling this here rather than in the entry point lets typer's CliRunner see
        exactly what a user sees.
        """
        code = _guarded(lambda: super(DefaultCommandGroup, self).main(
            args, prog_name, complete_var, standalone_mode=False,
            windows_expand_args=windows_expand_args, **extra))
        if standalone_mode:
            sys.exit(code)
        return code


class CleaningMethod(str, Enum):
    rules = "rules"
    learned = "learned"


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    html = "html"


class SentenceOrder(str, Enum):
    document = "document"
    rank = "rank"


class HeadlineCase(str, Enum):
    sentence = "sentence"
    title = "title"  # type: ignore[assignment]  # a member, shadowing str.title on purpose


def _examples(*lines: str) -> str:
    """A help epilog of example command lines, kept as written (click's \\b marker)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


app = typer.Typer(
    cls=DefaultCommandGroup,
    add_completion=True,
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Extractive summaries and candidate headlines for news articles, offline.\n\n"
    "Run `summarize FILE...` (or pipe text in) for a summary; the subcommands below do the "
    "rest. A file named like a subcommand can be given as ./NAME.",
    epilog=_examples(
        "summarize article.txt --sentences 3", "summarize page.html --words 80 --format json",
        "cat article.txt | summarize --ratio 0.2 --algorithm lexrank",
        "summarize https://example.org/story --highlight",
        "summarize article.txt --format html > view.html",
        "summarize clean --explain page.txt", "summarize headlines --count 5 article.txt",
        "summarize keywords --count 8 article.txt",
        "summarize batch articles.jsonl -o summaries.jsonl"),
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Extractive summaries and candidate headlines for news articles, offline."""


# Options shared by several commands ---------------------------------------------------------
Files = Annotated[Optional[list[str]], typer.Argument(
    help="Article files (text or HTML) or http(s) URLs; '-' or none reads standard input.",
    show_default=False)]
Language = Annotated[str, typer.Option("--language", "-l",
                                       help="Language name or ISO code, or 'auto' to detect.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", min=1,
                                       help="Refuse inputs larger than this many bytes.")]
ConnectTimeout = Annotated[float, typer.Option(
    "--connect-timeout", min=0.001, help="Seconds to wait for a URL's server to answer.")]
ReadTimeout = Annotated[float, typer.Option(
    "--read-timeout", min=0.001, help="Seconds to wait for each read of a URL's response.")]
KeepFurniture = Annotated[bool, typer.Option(
    "--keep-furniture", "--no-clean", help="Keep page furniture (no boilerplate removal).")]
Cleaning = Annotated[CleaningMethod, typer.Option(
    "--cleaning", help="Who removes the furniture of plain text: the rules alone, or the rules "
    "and then the line classifier (see `summarize clean --help`).")]
Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
Sentences = Annotated[Optional[int], typer.Option(
    "--sentences", "-n", help="Number of sentences [default: 3].", show_default=False)]
Ratio = Annotated[Optional[float], typer.Option(
    "--ratio", "-r", help="Share of the article's sentences, 0 < R <= 1.")]
Words = Annotated[Optional[int], typer.Option(
    "--words", "-w", help="Word budget: the best sentences that fit in W words.")]
Algorithm = Annotated[str, typer.Option(
    "--algorithm", "-a", help="Ranking algorithm (see `summarize algorithms`).")]
Order = Annotated[SentenceOrder, typer.Option(
    "--order", help="Sentence order: as in the article, or best first.")]
ExplainScores = Annotated[bool, typer.Option(
    "--explain", help="Show each summary sentence's score and rank.")]
Headlines = Annotated[int, typer.Option(
    "--headlines", help="How many candidate headlines to add (0: none).")]
HeadlineWords = Annotated[int, typer.Option(
    "--headline-words", help="At most this many words per headline.")]
HeadlineCaseOption = Annotated[HeadlineCase, typer.Option(
    "--headline-case", help="Capitalisation of headlines.")]
Keywords = Annotated[int, typer.Option(
    "--keywords", help="How many key phrases to add, best first (0: none).")]

#: The defaults of every summary option (read off the dataclass: no Options is built, so
#: `summarize --help` imports none of the steps that validate one).
_DEFAULTS = SimpleNamespace(**{f.name: f.default for f in dataclasses.fields(Options)})
_DEFAULT_HEADLINE_CASE = HeadlineCase(_DEFAULTS.headline_case)
_DEFAULT_CLEANING = CleaningMethod(_DEFAULTS.cleaning)
#: The flags of every :class:`Options` field: (name, annotation, default).
_SUMMARY_FLAGS = (
    ("sentences", Sentences, _DEFAULTS.sentences),
    ("ratio", Ratio, _DEFAULTS.ratio),
    ("words", Words, _DEFAULTS.words),
    ("algorithm", Algorithm, _DEFAULTS.algorithm),
    ("order", Order, SentenceOrder(_DEFAULTS.order)),
    ("language", Language, _DEFAULTS.language),
    ("keep_furniture", KeepFurniture, _DEFAULTS.keep_furniture),
    ("cleaning", Cleaning, _DEFAULT_CLEANING),
    ("headlines", Headlines, _DEFAULTS.headlines),
    ("headline_words", HeadlineWords, _DEFAULTS.headline_words),
    ("headline_case", HeadlineCaseOption, _DEFAULT_HEADLINE_CASE),
    ("keywords", Keywords, _DEFAULTS.keywords),
    ("max_bytes", MaxBytes, _DEFAULTS.max_bytes),
    ("connect_timeout", ConnectTimeout, _DEFAULTS.connect_timeout),
    ("read_timeout", ReadTimeout, _DEFAULTS.read_timeout),
)


#: The flags of the options that read an input (a file's size limit, a URL's timeouts).
_READING_FLAGS = _SUMMARY_FLAGS[-3:]


def _options_from(
    flags: tuple[tuple[str, Any, Any], ...], command: Callable[..., int], *, first: bool,
) -> Callable[..., int]:
    """``command`` with the given :class:`Options` flags; it receives them built and checked
    as one :class:`Options` (its ``options`` keyword), so a bad value is a usage error before
    any input is read. The flags come right after the command's argument (``first``) or after
    all its own options."""
    own = inspect.signature(command, eval_str=True)
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default,
                               annotation=annotation) for name, annotation, default in flags]

    @functools.wraps(command)
    def with_options(**values: Any) -> int:
        chosen = {name: values.pop(name) for name, _, _ in flags}
        plain = {k: v.value if isinstance(v, Enum) else v for k, v in chosen.items()}
        return command(options=Options(**plain), **values)

    kept = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY)  # typer passes them by name
            for p in own.parameters.values() if p.name != "options"]
    at = 1 if first else len(kept)
    with_options.__signature__ = own.replace(  # type: ignore[attr-defined]
        parameters=[*kept[:at], *added, *kept[at:]])
    return with_options


def summary_options(command: Callable[..., int], *, first: bool = True) -> Callable[..., int]:
    """A command with the flags of every summary option (see :func:`_options_from`)."""
    return _options_from(_SUMMARY_FLAGS, command, first=first)


def reading_options(command: Callable[..., int]) -> Callable[..., int]:
    """A command with the reading flags, after its own (see :func:`_options_from`)."""
    return _options_from(_READING_FLAGS, command, first=False)


def _error(message: str) -> None:
    typer.echo(f"{PROG}: error: {message}", err=True)


def _sources(files: list[str] | None, options: Options) -> Iterator[Source | SummarizeError]:
    """Each input's :class:`Source`, or the :class:`SummarizeError` that reading it raised."""
    from .reading import read_source

    if not files and sys.stdin.isatty():
        raise OptionError("no input: give FILE arguments or pipe text in (see --help)")
    for name in files or [STDIN]:
        try:
            yield read_source(name, **options.reading)
        except SummarizeError as error:
            yield error


def _run_each(files, options: Options, fmt: OutputFormat, explain: bool, work: Callable,
              *, highlight: bool = False) -> int:
    """Apply ``work(source)`` to every input, print results as they come, report failures.

    A bad input is reported on stderr and skipped; the exit code is 1 if any input failed.
    JSON collects every result into one document (an object for one input, else a list), HTML
    into one page. ``highlight`` prints each article view (:func:`viewing.terminal`).
    """
    from . import rendering, viewing

    failed, printed, collected = 0, 0, []
    names = files or [STDIN]
    width = min(os.get_terminal_size().columns, 100) if sys.stdout.isatty() else None
    for item in _sources(files, options):
        try:
            if isinstance(item, SummarizeError):
                raise item
            if explain and item.stripped:
                typer.echo(f"{PROG}: note: {item.name}: {item.stripped} stray control "
                           "character(s) stripped", err=True)
            result = work(item)
        except SummarizeError as error:
            if error.exit_code == 2:
                raise
            _error(str(error))
            failed += 1
            continue
        if fmt in (OutputFormat.json, OutputFormat.html):
            collected.append(result)
            continue
        if printed and fmt is not OutputFormat.jsonl:
            typer.echo("")
        if highlight:
            typer.echo(rendering.header(result.source) if len(names) > 1 else "", nl=False)
            typer.echo(viewing.terminal(result, styled=sys.stdout.isatty(), width=width))
        else:
            typer.echo(rendering.render(result, fmt.value, explain=explain, width=width,
                                        header=len(names) > 1))
        sys.stdout.flush()
        printed += 1
    if collected and fmt is OutputFormat.html:
        typer.echo(viewing.page(collected))
    elif collected:
        data = [rendering.as_dict(r, explain=explain) for r in collected]
        typer.echo(rendering.dumps(data[0] if len(names) == 1 else data, pretty=True))
    return 1 if failed else 0


@app.command(DEFAULT_COMMAND, epilog=_examples(
    "summarize article.txt --sentences 3",
    "summarize a.txt b.html --words 80 --format jsonl",
    "summarize https://example.org/story --format html > story.html",
    "summarize article.txt --highlight --keywords 5",
    "cat article.txt | summarize --ratio 0.2 --explain"))
@summary_options
def summary_command(
    files: Files = None,
    fmt: Format = OutputFormat.text,
    explain: ExplainScores = False,
    highlight: Annotated[bool, typer.Option(
        "--highlight", help="Show the whole article with the summary sentences highlighted "
        "(marked >>[rank] ...<< when not on a terminal).")] = False,
    *,
    options: Options,
) -> int:
    """Summarize articles (the default command: `summarize FILE...`)."""
    if highlight and fmt is not OutputFormat.text:
        raise OptionError(f"--highlight shows text; it cannot be combined with --format "
                          f"{fmt.value}")
    whole = highlight or fmt is OutputFormat.html
    return _run_each(files, options, fmt, explain,
                     lambda source: _summary_with_sentences(source, options, whole=whole),
                     highlight=highlight)


def _summary_with_sentences(source, options: Options, *, whole: bool = False):
    """The summary of one input (``whole``: its article view); an input without article text
    is an error, so that a page of furniture, a template or a file of symbols is reported
    instead of an empty result."""
    from .pipeline import view

    result = view(source.text, options, source=source.name, require_article=True)
    return result if whole else result.summary


@app.command("clean", epilog=_examples(
    "summarize clean page.txt",
    "summarize clean --explain --format json page.html"))
@reading_options
def clean_command(
    files: Files = None,
    language: Language = "auto",
    fmt: Format = OutputFormat.text,
    explain: Annotated[bool, typer.Option(
        "--explain", help="List every removed line with the reason.")] = False,
    method: Annotated[CleaningMethod, typer.Option(
        "--method", "--cleaning", help="Who decides the lines of plain text: the rules alone "
        "(rules), or the rules and then the line classifier, removing kept lines it finds very "
        "unlikely to be article, bringing back lines removed for their position it finds "
        "likely to be, and cutting what it finds below the article's end (learned; not the "
        "default, see docs/cleaning.md).")
    ] = _DEFAULT_CLEANING,
    *,
    options: Options,
) -> int:
    """Print the cleaned article: title, blank line, body paragraphs."""
    from .cleaning import clean
    from .pipeline import check_article

    options = dataclasses.replace(options, language=language)

    def work(source):
        article = clean(source.text, language=language, source=source.name,
                        method=method.value)
        check_article(article)
        return article

    return _run_each(files, options, fmt, explain, work)


@app.command("batch", epilog=_examples(
    "summarize batch articles.jsonl -o summaries.jsonl",
    "summarize batch 'news/*.txt' -j 2 -o out.jsonl --resume"))
@functools.partial(summary_options, first=False)
def batch_command(
    inputs: Annotated[Optional[list[str]], typer.Argument(
        help="JSONL files, '-' for JSONL on standard input, or folders or globs of .txt/.html "
        "articles.", show_default=False)] = None,
    output: Annotated[str, typer.Option(
        "--output", "-o", help="Write JSON lines here ('-': standard output).")] = "-",
    text_field: Annotated[str, typer.Option(
        "--text-field", help="JSONL field holding the article.")] = "text",
    id_field: Annotated[str, typer.Option(
        "--id-field", help="JSONL field holding the id (absent: the line number).")] = "id",
    resume: Annotated[bool, typer.Option(
        "--resume", help="Keep what OUT holds and skip the ids already there.")] = False,
    fail_fast: Annotated[bool, typer.Option(
        "--fail-fast", help="Stop at the first record that fails.")] = False,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", "-j", min=1, help="Worker processes [default: all cores].",
        show_default=False)] = None,
    engine: Annotated[str, typer.Option(
        "--engine", help="'local' (a process pool) or 'dask'.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Dask scheduler address [default: start a LocalCluster].",
        show_default=False)] = None,
    chunk_size: Annotated[Optional[int], typer.Option(
        "--chunk-size", min=1,
        help="Records per task sent to a worker [default: 16; 64 with --engine dask].",
        show_default=False)] = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar, and no tally unless a record failed.")] = False,
    explain: ExplainScores = False,
    *,
    options: Options,
) -> int:
    """Summarize a corpus: JSONL, folders or globs in, one JSON line per record out, in order.

    Runs on all cores (or a Dask cluster with --engine dask); a record that fails gets
    {"id", "error"} and the run goes on; the exit code is 1 if any record failed.
    """
    from .batch import Batch
    from .batch_io import ProgressBar

    if not inputs and sys.stdin.isatty():
        raise OptionError("no input: give INPUT arguments or pipe JSON lines in (see --help)")
    job = Batch(inputs or [], output, resume=resume, text_field=text_field, id_field=id_field)
    run: dict[str, Any] = dict(
        options=options, fail_fast=fail_fast, explain=explain, workers=workers, engine=engine,
        scheduler=scheduler, chunk_size=chunk_size)
    if quiet or not sys.stderr.isatty():
        tally = job.run(**run)
    else:
        with ProgressBar(job.total(), job.done_before) as bar:
            tally = job.run(on_result=bar, **run)
    if fail_fast and tally.failed:
        _error(f"stopped at the first failed record (--fail-fast); see {output}")
    if tally.failed or not quiet:
        typer.echo(f"{PROG}: batch: {tally.line()}", err=True)
    return 1 if tally.failed else 0


@app.command("headlines", epilog=_examples(
    "summarize headlines article.txt",
    "summarize headlines --count 5 --headline-case title article.txt"))
@reading_options
def headlines_command(
    files: Files = None,
    count: Annotated[int, typer.Option(
        "--count", "-k", help="How many candidate headlines, best first.")] =
        DEFAULT_HEADLINE_COUNT,
    headline_words: HeadlineWords = _DEFAULTS.headline_words,
    headline_case: HeadlineCaseOption = _DEFAULT_HEADLINE_CASE,
    language: Language = _DEFAULTS.language,
    fmt: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="Output format (text: one headline per line).")] =
        OutputFormat.text,
    *,
    options: Options,
) -> int:
    """Print only candidate headlines, best first, one per line (never the article's title)."""
    from .results import HeadlineCandidates

    options = dataclasses.replace(options, language=language, headlines=count, keywords=0,
                                  headline_words=headline_words,
                                  headline_case=headline_case.value)

    def work(source):
        found = _summary_with_sentences(source, options).headlines
        return HeadlineCandidates(found, source=source.name)

    return _run_each(files, options, fmt, False, work)


@app.command("keywords", epilog=_examples(
    "summarize keywords article.txt",
    "summarize keywords --count 5 --format json https://example.org/story"))
@reading_options
def keywords_command(
    files: Files = None,
    count: Annotated[int, typer.Option(
        "--count", "-k", min=0, help="How many key phrases, best first.")] = _DEFAULTS.keywords,
    language: Language = _DEFAULTS.language,
    keep_furniture: KeepFurniture = _DEFAULTS.keep_furniture,
    cleaning: Cleaning = _DEFAULT_CLEANING,
    fmt: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="Output format (text: one phrase per line).")] =
        OutputFormat.text,
    *,
    options: Options,
) -> int:
    """Print the article's key phrases, best first, one per line, as written in the article."""
    from .pipeline import keywords
    from .results import Keywords as KeywordList

    options = dataclasses.replace(options, language=language, keep_furniture=keep_furniture,
                                  cleaning=cleaning.value, keywords=count)

    def work(source):
        found = keywords(source.text, count, language, keep_furniture=keep_furniture,
                         cleaning=cleaning.value)
        if count and not found:
            raise InputError(f"{source.name}: no word found in the text, no key phrase")
        return KeywordList(found, source=source.name)

    return _run_each(files, options, fmt, False, work)


@app.command("eval", epilog=_examples(
    "summarize eval dev.jsonl --algorithm lead,default,lexrank",
    "summarize eval dev.jsonl -a all --words 80 --format markdown"))
def eval_command(
    data: Annotated[list[str], typer.Argument(
        help="JSONL files of articles with reference summaries ('text', 'summary', 'lang').")],
    algorithm: Annotated[str, typer.Option(
        "--algorithm", "-a", help="Comma-separated algorithms, or 'all'.")] = "default",
    sentences: Annotated[Optional[int], typer.Option(
        "--sentences", "-n", help="Summary length in sentences (default 3).")] = None,
    words: Annotated[Optional[int], typer.Option(
        "--words", "-w", help="Summary length in words, instead of sentences.")] = None,
    limit: Annotated[Optional[int], typer.Option(
        "--limit", help="Only the first N articles of each file.")] = None,
    fmt: Format = OutputFormat.text,
) -> None:
    """ROUGE-1/2/Lsum F1 of algorithms against reference summaries (needs summarize[eval])."""
    from .evaluation import evaluate, render_rows

    rows = evaluate(data, [a for a in algorithm.split(",") if a.strip()], sentences=sentences,
                    words=words, limit=limit)
    typer.echo(render_rows(rows, fmt.value))


@app.command("algorithms", epilog=_examples("summarize algorithms"))
def algorithms_command() -> None:
    """List the ranking algorithms, one per line."""
    from .ranking import ALGORITHMS, DEFAULT_ALGORITHM

    width = max(len(name) for name in ALGORITHMS)
    for name, algorithm in ALGORITHMS.items():
        mark = " (default)" if name == DEFAULT_ALGORITHM else ""
        typer.echo(f"{name:<{width}}  {algorithm.description}{mark}")


@app.command("languages", epilog=_examples("summarize languages"))
def languages_command() -> None:
    """List the supported languages: ISO code, name, what each has, and whether its output was
    measured."""
    import snowballstemmer

    from .headlining.rules import listed
    from .languages import LANGUAGES, MEASURED, stop_words

    typer.echo("code  language    stop words  stemmer  headline rules  measured on")
    for name, code in LANGUAGES.items():
        stemmed = "yes" if name in snowballstemmer.algorithms() else "no"
        rules = "own" if code in listed() else "generic"
        typer.echo(f"{code:<4}  {name:<10}  {len(stop_words(name)):>10}  {stemmed:<7}  "
                   f"{rules:<14}  {MEASURED.get(name, 'not measured')}")
    typer.echo("\nEvery language has a Punkt sentence model. Text in another language is "
               "detected (among every language py3langid knows) and processed as the nearest "
               "supported one or as english, with a warning on stderr and no headlines.")


def main() -> None:
    """Console entry point (`summarize`, `python -m summarize`)."""
    warnings.showwarning = _warning_line
    app(prog_name=PROG)


def _warning_line(message, category, filename, lineno, file=None, line=None) -> None:
    """Library warnings (such as a slow algorithm on a long document) as one stderr line."""
    typer.echo(f"{PROG}: warning: {message}", err=True)


def _guarded(run: Callable[[], object]) -> int:
    """Call ``run`` and turn what it raises into a one-line message and an exit code."""
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        sys.stdout = _ClosedOutput()
    try:
        code = run()
        sys.stdout.flush()
    except typer.TyperException as error:  # click's usage errors, as typer vendors click
        _error(error.format_message())
        return error.exit_code
    except SummarizeError as error:  # an OptionError names the flags, not the keywords
        _error(error.for_command_line() if isinstance(error, OptionError) else str(error))
        return error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        return 130
    except (BrokenPipeError, _PipeClosed):
        _silence_stdout()
        return 141
    except OSError as error:  # output to a full disk, a closed or failing descriptor
        _error(f"{error.filename or 'standard output'}: {error.strerror or error}")
        _silence_stdout()
        return 1
    return code if isinstance(code, int) else 0


class _PipeClosed(Exception):
    """The reader of standard output went away (carried past typer, which exits 1 on EPIPE)."""


class _ClosedOutput(io.TextIOBase):
    """Stands in for a closed standard output, so that writing results is an error."""

    def write(self, text: str) -> int:
        if text:
            raise OSError(errno.EBADF, "cannot write, it is closed")
        return 0


def _silence_stdout() -> None:
    """After output failed (a pipe's reader went away, a full disk), stop Python from
    reporting it again when it flushes at exit."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # closed, or not a real file (tests)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
