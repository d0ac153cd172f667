"""LEAD: the first sentences first, the classic news baseline."""

from __future__ import annotations

from ..segmenting import Document


def rank_lead(document: Document) -> list[float]:
    n = len(document.sentences)
    return [float(n - i) for i in range(n)]
