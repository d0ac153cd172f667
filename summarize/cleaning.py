"""Cleaning: from pasted or dumped web text (or HTML) to the article's title and body.

HTML input is first reduced to its main text and title by trafilatura (:mod:`summarize.html`).
"""

from __future__ import annotations

from . import languages
from .reading import looks_like_html
from .results import CleanedArticle


def clean(
    text: str, *, language: str = "auto", furniture: bool = True, source: str | None = None
) -> CleanedArticle:
    """Clean one article.

    ``language`` is a name, an ISO code or 'auto' (detected on the extracted text).
    ``furniture=False`` keeps every line (HTML is still reduced to its main text).
    """
    title = None
    if looks_like_html(text):
        from .html import extract_html

        title, text = extract_html(text)
    lang = languages.detect(text) if language == "auto" else languages.resolve(language)
    return CleanedArticle(title=title, text=text, language=lang, removed=[], source=source)
