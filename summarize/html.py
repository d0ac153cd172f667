"""HTML input: the main text and title of a page, extracted by trafilatura.

When trafilatura finds no text (lxml gives up on pages nested deeper than 256 elements) or runs
past :data:`EXTRACTION_SECONDS`, the page's text is read with one linear scan of its tags instead
(no recursion, no tree): every text node outside scripts and styles.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
from html import unescape

#: Wall-clock seconds trafilatura may spend on one page (a guard against pathological pages).
EXTRACTION_SECONDS = 20.0


def extract_html(html: str, *, timeout: float = EXTRACTION_SECONDS) -> tuple[str | None, str]:
    """Return ``(title, text)`` of an HTML page; paragraphs are separated by blank lines."""
    import trafilatura

    try:
        with _deadline(timeout):
            document = trafilatura.bare_extraction(
                html, include_comments=False, include_tables=True, favor_precision=True,
                with_metadata=True,
            )
    except _Timeout:
        document = None
    data = ({} if document is None else document if isinstance(document, dict)
            else document.as_dict())
    text = data.get("text") or ""
    if not text.strip():
        text = _page_text(html)
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return data.get("title") or None, "\n\n".join(paragraphs)


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: float):
    """Raise :class:`_Timeout` in the block after ``seconds``.

    In the main thread a SIGALRM timer does it (it also interrupts a blocking call). Other
    threads (a Dask worker runs tasks in one) cannot take signals, and a caller may have a
    timer of its own: there a timer thread raises the exception in this thread with
    ``PyThreadState_SetAsyncExc``, which lands at the next Python instruction.
    """
    if threading.current_thread() is threading.main_thread() and not signal.getitimer(
            signal.ITIMER_REAL)[0]:
        with _alarm(seconds):
            yield
    else:
        with _async_raise(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds: float):
    def expire(_signum, _frame):
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _async_raise(seconds: float):
    import ctypes

    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"open": True, "fired": False}

    def expire() -> None:
        with lock:
            if state["open"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_Timeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["open"] = False
            if state["fired"]:  # not yet delivered if the block ended just then: withdraw it
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
        timer.cancel()


#: A tag (its name stops where its attributes start, so a long unclosed tag is scanned once),
#: or a comment, doctype or processing instruction; none spans a "<".
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s<>/]*)(?:[\s/][^<>]*)?>|<[!?][^<>]*>")
_HIDDEN = frozenset(("script", "style", "noscript", "template", "head", "title"))


def _page_text(html: str) -> str:
    """Every text node of the page outside scripts and styles, one line per element."""
    parts: list[str] = []
    hidden, last = None, 0
    for match in _TAG.finditer(html):
        if hidden is None:
            parts.append(html[last:match.start()])
        closing, name = match.group(1), (match.group(2) or "").lower()
        if hidden is None and not closing and name in _HIDDEN:
            hidden = name
        elif closing and name == hidden:
            hidden = None
        parts.append("\n")
        last = match.end()
    if hidden is None:
        parts.append(html[last:])
    text = unescape("".join(parts))
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))
