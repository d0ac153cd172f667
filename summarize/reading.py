"""Reading: files and standard input into text, with encoding and HTML detection.

Gzip files are decompressed first (within the size limit). Encodings: a byte-order mark
decides first (UTF-8, UTF-16, UTF-32); then the charset a web page declares; then strict UTF-8;
then charset-normalizer's best guess (cp1252, latin-1, ...). Binary input (many NUL bytes or
other control characters) is refused rather than summarised as garbage; a few stray control
bytes in text are stripped (``Source.stripped`` counts them). An ``http://`` or ``https://``
name is fetched (:mod:`summarize.fetching`).

Every text is composed to Unicode's NFC, which displays the same: decomposed text (accents as
separate marks, as from some PDF extractors and macOS tools) otherwise escapes the stop-word
lists, the furniture vocabulary and the stemmers, which are all composed ("für", "Über den
Autor"); on page dumps made decomposed, cleaning lost 3.6 points of must-not-contain snippets
avoided.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Union

from .errors import InputError
from .words import composed

#: Inputs above this many bytes are refused unless ``max_bytes`` says otherwise (50 MB).
DEFAULT_MAX_BYTES = 50_000_000
STDIN = "-"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|article|section|h[1-6]|br|meta|script|ul|li|table)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_GZIP = b"\x1f\x8b"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Source:
    """One input: where it came from (a path or '-' for stdin) and its decoded text."""

    name: str
    text: str
    #: How many stray control characters were removed from the text.
    stripped: int = 0


#: What the library functions accept as an article.
Article = Union[str, bytes, bytearray, "os.PathLike[str]", Source]


def read_source(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
    connect_timeout: float | None = None, read_timeout: float | None = None,
) -> Source:
    """Read and decode one input: a file, ``'-'`` (standard input) or an http(s) URL, fetched
    with the timeouts given (in seconds; None: those of :class:`~summarize.Options`).
    Raises :class:`InputError`."""
    name = os.fspath(path)
    if name == STDIN:
        data = _read_limited(sys.stdin.buffer, max_bytes, "standard input")
        return _source(name, data, "standard input")
    if isinstance(path, str) and not os.path.exists(name):
        from . import fetching

        if fetching.is_url(name):
            timeouts = {k: v for k, v in (("connect_timeout", connect_timeout),
                                          ("read_timeout", read_timeout)) if v is not None}
            data, charset = fetching.fetch(name, max_bytes=max_bytes, **timeouts)
            return _source(name, data, name, charset)
    return _source(name, _read_file(Path(name), max_bytes), name)


def _source(name: str, data: bytes, label: str, charset: str | None = None) -> Source:
    text, stripped = _decoded(data, label, charset)
    return Source(name, text, stripped)


def as_text(article: Article, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of an article given to a library function as a str, bytes, a path or a Source.

    Bytes are decoded as a file's would be, a path is read like a file on the command line (both
    raise :class:`InputError` when empty or binary); anything else is a :class:`TypeError`.
    """
    return composed(_text_of(article, max_bytes))


def _text_of(article: Article, max_bytes: int) -> str:
    if isinstance(article, str):
        return article
    if isinstance(article, Source):
        return article.text
    if isinstance(article, (bytes, bytearray)):
        name = "the bytes given"
        return decode(gunzipped(bytes(article), max_bytes=max_bytes, name=name), name=name)
    if isinstance(article, os.PathLike):
        return read_source(article, max_bytes=max_bytes).text
    raise TypeError("the article must be text (str), bytes, a path (pathlib.Path) or a "
                    f"summarize.reading.Source, not {type(article).__name__}")


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        with path.open("rb") as handle:
            return _read_limited(handle, max_bytes, str(path))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def _read_limited(handle: BinaryIO, max_bytes: int, name: str) -> bytes:
    data = handle.read(max_bytes + 1)
    _check_size(data, max_bytes, name)
    return gunzipped(data, max_bytes=max_bytes, name=name)


def _check_size(data: bytes, max_bytes: int, name: str) -> None:
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
        )


def gunzipped(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "input") -> bytes:
    """``data`` decompressed when it is gzip (``article.txt.gz``), at most ``max_bytes`` of
    it (a small file can inflate enormously); other data as it is."""
    if not data.startswith(_GZIP):
        return data
    import zlib

    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise InputError(f"{name}: a damaged gzip file") from None
    _check_size(out, max_bytes, f"{name} (decompressed)")
    if not inflater.eof:
        raise InputError(f"{name}: a damaged gzip file (it ends too soon)")
    return out


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode bytes to text, refusing empty and binary input; stray control bytes are dropped."""
    return _decoded(data, name)[0]


def _decoded(data: bytes, name: str, charset: str | None = None) -> tuple[str, int]:
    """The text and how many stray control characters were stripped from it."""
    text = _decode(data, charset)
    if text is None or _is_binary(text):
        raise InputError(f"{name}: looks like a binary file, not text")
    text, stripped = _CONTROL.subn("", text)
    if not text.strip():
        raise InputError(f"{name}: is empty" if not data else f"{name}: contains only whitespace")
    return text, stripped


def _decode(data: bytes, charset: str | None = None) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    if _too_many_controls(data[:65536].count(0), min(len(data), 65536)):
        return None  # UTF-16 without a byte-order mark, or binary
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):  # unknown or wrong: detect instead
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


#: Code pages of DOS and old Macs: charset-normalizer often picks them for short Western text.
_RARE_CODEPAGES = re.compile(r"^(cp437|cp7\d\d|cp8\d\d|mac_.*|hp_roman8|iso8859_10)$")
_CP1252_PUNCTUATION = set("\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u20ac\u00ab\u00bb"
                          "\u00b0\u00a7\u00a9\u00ae\u2122\u00b7\u2022\u00a0\u00a3")


def _decode_legacy(data: bytes) -> str:
    """Text that is not UTF-8: charset-normalizer's guess, with a bias to cp1252 on ties.

    charset-normalizer scores short Western European text as well in cp775 or cp1250 as in
    cp1252; we prefer cp1252 (by far the most common legacy encoding of web text) when it is
    among the equally good candidates, or when the guess is a DOS/Mac code page and cp1252
    decodes to plain letters and common punctuation.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return data.decode("cp1252", errors="replace")
    best = matches[0]
    tied = {m.encoding for m in matches if m.chaos <= best.chaos}
    if "cp1252" in tied or (_RARE_CODEPAGES.match(best.encoding) and _plausible_cp1252(data)):
        return data.decode("cp1252", errors="replace")
    return str(best)


def _plausible_cp1252(data: bytes) -> bool:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    odd = [c for c in text if ord(c) > 127]
    letters = sum(c.isalpha() for c in text)
    return all(c.isalpha() or c in _CP1252_PUNCTUATION for c in odd) and len(odd) < 0.3 * letters


#: Text with more control characters than this share, and more than eight of them (or a
#: tenth of a short text), is binary.
_MAX_CONTROL_SHARE = 0.01


def _is_binary(text: str) -> bool:
    sample = text[:65536]
    return _too_many_controls(len(_CONTROL.findall(sample)), len(sample))


def _too_many_controls(count: int, size: int) -> bool:
    return count > size * _MAX_CONTROL_SHARE and (count > 8 or count > size / 10)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document: a doctype/<html> start or dense markup."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    tags = len(_HTML_TAG.findall(text[:50000]))
    return tags >= 5 and tags * 40 >= min(len(text), 50000) / 10
