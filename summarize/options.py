"""The summary options: declared, defaulted and validated in one place.

:class:`Options` is what :func:`summarize.summarize` takes (as keywords or as one object), what
the CLI's summary and batch commands build from their flags, and what every batch worker
receives. Building one validates it, so a bad value is a usage error before any input is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .errors import OptionError
from .fetching import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT
from .reading import DEFAULT_MAX_BYTES

if TYPE_CHECKING:  # imported when an Options is built: `summarize --help` builds none
    from .selecting import Budget, Order

DEFAULT_HEADLINES = 3
#: How many key phrases a summary carries (``keywords``).
DEFAULT_KEYWORDS = 8

DEFAULT_HEADLINE_WORDS = 10
#: How many candidate headlines ``summarize headlines`` and :func:`summarize.headlines` give.
DEFAULT_HEADLINE_COUNT = 5
HEADLINE_CASES = ("sentence", "title")
ORDERS = ("document", "rank")
#: Who decides the lines of plain text (:func:`summarize.clean`'s ``method``).
CLEANINGS = ("rules", "learned")

HeadlineCase = Literal["sentence", "title"]
Cleaning = Literal["rules", "learned"]


@dataclass(frozen=True)
class Options:
    """How to summarize an article.

    - ``sentences`` (default 3), ``ratio`` (0 < r <= 1 of the article's sentences) or ``words``
      (a word budget): at most one of the three;
    - ``algorithm``: 'default' or a name from :data:`summarize.ALGORITHMS` (stored resolved);
    - ``language``: a name, an ISO code or 'auto' (detected);
    - ``order``: 'document' (article order) or 'rank' (best first);
    - ``keep_furniture``: keep page furniture (share bars, captions, menus) instead of removing it;
    - ``cleaning``: who removes it from plain text, 'rules' (the default) or 'learned' (the
      rules and then the line classifier: :func:`summarize.clean`'s ``method``);
    - ``headlines``: how many candidate headlines to add, each of at most ``headline_words``
      words, in ``headline_case`` ('sentence' or 'title');
    - ``keywords``: how many key phrases to add, best first;
    - ``max_bytes``: the size limit of an article read from a path, a file or a URL;
    - ``connect_timeout``, ``read_timeout``: seconds to wait for a URL's server to accept the
      connection and for each read of its response.

    Raises :class:`~summarize.errors.OptionError` for an invalid value.
    """

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    algorithm: str = "default"
    language: str = "auto"
    order: Order = "document"
    keep_furniture: bool = False
    cleaning: Cleaning = "rules"
    headlines: int = DEFAULT_HEADLINES
    headline_words: int = DEFAULT_HEADLINE_WORDS
    headline_case: HeadlineCase = "sentence"
    keywords: int = DEFAULT_KEYWORDS
    max_bytes: int = DEFAULT_MAX_BYTES
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT

    def __post_init__(self) -> None:
        from . import languages, ranking

        self.budget  # noqa: B018 (validates the three length options)
        object.__setattr__(self, "algorithm", ranking.resolve(self.algorithm))
        if self.language != "auto":
            languages.resolve(self.language)
        if self.order not in ORDERS:
            raise OptionError(f"order must be 'document' or 'rank', not {self.order!r}",
                              options=("order",))
        if self.cleaning not in CLEANINGS:
            raise OptionError(f"cleaning must be 'rules' or 'learned', not {self.cleaning!r}",
                              options=("cleaning",))
        check_headline_options(count=self.headlines, words=self.headline_words,
                               case=self.headline_case)
        if self.keywords < 0:
            raise OptionError(f"keywords must be 0 or more, not {self.keywords}",
                              options=("keywords",))
        if self.max_bytes < 1:
            raise OptionError(f"max_bytes must be at least 1, not {self.max_bytes}",
                              options=("max_bytes",))
        for name in ("connect_timeout", "read_timeout"):
            if not getattr(self, name) > 0:
                raise OptionError(f"{name} must be more than 0 seconds, not "
                                  f"{getattr(self, name)}", options=(name,))

    @property
    def reading(self) -> dict[str, Any]:
        """The keywords of :func:`summarize.read_source`: size limit and URL timeouts."""
        return {"max_bytes": self.max_bytes, "connect_timeout": self.connect_timeout,
                "read_timeout": self.read_timeout}

    @property
    def budget(self) -> Budget:
        """The summary's length budget (three sentences when no length is given)."""
        from .selecting import Budget

        return Budget.from_options(self.sentences, self.ratio, self.words)


def merged(options: Options | None, keywords: dict[str, Any]) -> Options:
    """``options`` with ``keywords`` (fields of :class:`Options`) overriding its values; the
    defaults where ``options`` is None."""
    if options is None:
        return Options(**keywords)
    if not isinstance(options, Options):
        raise TypeError(f"options must be a summarize.Options, not {type(options).__name__}")
    return Options(**{**vars(options), **keywords}) if keywords else options


def check_headline_options(*, count: int, words: int, case: str) -> None:
    """Raise :class:`OptionError` unless ``count`` >= 0, ``words`` >= 2 and ``case`` is known."""
    if count < 0:
        raise OptionError(f"headlines must be 0 or more, not {count}", options=("headlines",))
    if words < 2:
        raise OptionError(f"headline_words must be at least 2, not {words}",
                          options=("headline_words",))
    if case not in HEADLINE_CASES:
        raise OptionError(
            f"headline_case must be one of {', '.join(HEADLINE_CASES)}, not {case!r}",
            options=("headline_case",))
