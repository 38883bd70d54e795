"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import pytest

from polybius.records import Article

PUB = "2025-04-16"   # a Wednesday


@pytest.fixture(scope="module")
def run(pipeline):
    """The pipeline's records for a text of our own, published on ``PUB`` (or undated)."""
    def _run(text: str, published: str | None = PUB):
        return pipeline.process(Article(id="t", text=text, published=published,
                                        published_from="metadata" if published else None))
    return _run


@pytest.fixture(scope="module")
def counts_of(pipeline):
    """The figures (value, qualifier) per role of the first event of a type in a text."""
    def _counts(text: str, event_type: str = "ASSAULT") -> dict[str, tuple[int, str]]:
        events = pipeline.process(Article(id="t", text=text, published=PUB, published_from="metadata"))
        found = [e for e in events if e.event_type == event_type]
        assert found, f"no {event_type} event in {text!r}"
        c = found[0].counts
        return {role: (getattr(c, role).value, getattr(c, role).qualifier)
                for role in ("killed", "injured", "arrested") if getattr(c, role) is not None}
    return _counts
