"""Fetching: an article from an http or https URL, with urllib3.

urllib3 is already installed (trafilatura fetches with it) and, unlike trafilatura's
``fetch_url``, which returns None on any failure, it tells why a fetch failed (the status, a
timeout, a refused connection), which is what a user needs to read on stderr. The body is
streamed and cut at ``max_bytes`` (after decompression, so a small gzip bomb is refused too),
then decoded with the charset the server or the page declares, else detected as a file's is.
"""

from __future__ import annotations

import re

from . import __version__
from .errors import InputError

#: Seconds to wait for a connection to a URL's server, and for each read of its response.
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 30.0
#: Redirects followed before giving up.
MAX_REDIRECTS = 5
USER_AGENT = f"summarize/{__version__} (offline news summarizer; urllib3)"

_URL = re.compile(r"\A[a-zA-Z][a-zA-Z0-9+.-]*://")
_SCHEMES = ("http", "https")
#: Content types read as text; a missing type is sniffed like a file's bytes.
_TEXT_TYPES = re.compile(r"\A(?:text/|application/(?:[\w.+-]*\+)?(?:xml|xhtml|json)\b)")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([\w.:-]{1,40})""", re.IGNORECASE)
_CHUNK = 65536


def is_url(name: str) -> bool:
    """True when ``name`` has a URL scheme (``https://...``); whether it is one we fetch is
    :func:`fetch`'s to say."""
    return bool(_URL.match(name))


def fetch(
    url: str, *, max_bytes: int, connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
) -> tuple[bytes, str | None]:
    """The body of ``url`` (at most ``max_bytes``) and the charset it declares, if any.

    Raises :class:`InputError` naming the URL and the problem: another scheme, a name that
    does not resolve, a refused connection, a timeout, too many redirects, an HTTP error
    status, a body that is not text or HTML, or one larger than ``max_bytes``.
    """
    import urllib3

    scheme = url.split(":", 1)[0].lower()
    if scheme not in _SCHEMES:
        raise InputError(f"{url}: only http and https URLs can be fetched, not {scheme}")
    retries = urllib3.Retry(total=None, connect=0, read=0, status=0, other=0,
                            redirect=MAX_REDIRECTS, raise_on_status=False)
    timeout = urllib3.Timeout(connect=connect_timeout, read=read_timeout)
    try:
        response = urllib3.request("GET", url, headers={"User-Agent": USER_AGENT},
                                   retries=retries, timeout=timeout, preload_content=False)
    except urllib3.exceptions.HTTPError as error:
        raise InputError(f"{url}: {_reason(error)}") from None
    try:
        _check_response(url, response, max_bytes)
        body = _read_capped(url, response, max_bytes)
    finally:
        response.release_conn()
    return body, _declared_charset(response.headers.get("Content-Type", ""), body)


def _check_response(url: str, response, max_bytes: int) -> None:
    if response.status >= 400:
        raise InputError(f"{url}: HTTP {response.status} {response.reason or ''}".rstrip())
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if kind and not _TEXT_TYPES.match(kind):
        raise InputError(f"{url}: the server sent {kind}, not text or HTML")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputError(f"{url}: larger than the limit of {max_bytes:,} bytes "
                         f"({int(length):,}; raise it with --max-bytes)")


def _read_capped(url: str, response, max_bytes: int) -> bytes:
    """The body, streamed, stopping as soon as it passes ``max_bytes``."""
    import urllib3

    chunks, size = [], 0
    try:
        for chunk in response.stream(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise InputError(f"{url}: larger than the limit of {max_bytes:,} bytes "
                                 "(raise it with --max-bytes)")
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as error:
        raise InputError(f"{url}: {_reason(error)}") from None
    return b"".join(chunks)


def _reason(error: Exception) -> str:
    """What went wrong, in a few words, from urllib3's exception (often wrapped in a retry)."""
    import urllib3.exceptions as e

    cause = getattr(error, "reason", None) or error
    if isinstance(error, e.MaxRetryError) and isinstance(cause, e.ResponseError):
        return f"too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(cause, e.NameResolutionError):  # before its base classes below
        return "the host name does not resolve (DNS lookup failed)"
    if isinstance(cause, e.NewConnectionError):  # a ConnectTimeoutError in urllib3 2
        return "the connection was refused" if "refused" in str(cause).lower() else \
            f"cannot connect ({str(cause).split(': ', 1)[-1]})"
    if isinstance(cause, e.ConnectTimeoutError):
        return "timed out while connecting"
    if isinstance(cause, (e.ReadTimeoutError, TimeoutError)):
        return "timed out while reading the response"
    if isinstance(cause, e.LocationParseError):
        return "not a valid URL"
    return f"cannot fetch ({cause})"


def _declared_charset(content_type: str, body: bytes) -> str | None:
    """The charset the Content-Type header declares, else a ``<meta>`` near the page's top."""
    found = _CHARSET.search(content_type.encode("latin-1", "replace"))
    if found is None and b"<meta" in body[:4096].lower():
        found = _CHARSET.search(body[:4096])
    return found.group(1).decode("ascii").lower() if found else None
