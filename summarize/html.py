"""HTML input: the main text and title of a page, extracted by trafilatura."""

from __future__ import annotations


def extract_html(html: str) -> tuple[str | None, str]:
    """Return ``(title, text)`` of an HTML page; paragraphs are separated by blank lines."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, favor_precision=True, with_metadata=True
    )
    if document is None:
        return None, ""
    data = document if isinstance(document, dict) else document.as_dict()
    text = data.get("text") or ""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return data.get("title") or None, "\n\n".join(paragraphs)
