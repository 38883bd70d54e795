"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def counts_of(run):
    """The figures (value, qualifier) per role of the first event of a type in a text."""
    def _counts(text: str, event_type: str = "ASSAULT") -> dict[str, tuple[int, str]]:
        events = run(text)
        found = [e for e in events if e.event_type == event_type]
        assert found, f"no {event_type} event in {text!r}"
        c = found[0].counts
        return {role: (getattr(c, role).value, getattr(c, role).qualifier)
                for role in ("killed", "injured", "arrested") if getattr(c, role) is not None}
    return _counts


@pytest.fixture(scope="module")
def kinds():
    """The (type, mode) pairs of the attacks and coercions among events, sorted."""
    def _kinds(events) -> list[tuple[str, str]]:
        return sorted((e.event_type, e.mode) for e in events if e.event_type in ("ASSAULT", "COERCE"))
    return _kinds
