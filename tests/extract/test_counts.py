"""Casualty and arrest counts read from one sentence, as a reader of the report expects."""
from __future__ import annotations

import pytest

from polybius.records import Article

PUB = "2025-04-16"


@pytest.fixture(scope="module")
def counts_of(pipeline):
    def _counts(text: str, event_type: str = "ASSAULT") -> dict[str, tuple[int, str]]:
        events = pipeline.process(Article(id="t", text=text, published=PUB, published_from="metadata"))
        found = [e for e in events if e.event_type == event_type]
        assert found, f"no {event_type} event in {text!r}"
        c = found[0].counts
        return {role: (getattr(c, role).value, getattr(c, role).qualifier)
                for role in ("killed", "injured", "arrested") if getattr(c, role) is not None}
    return _counts


def test_the_first_figure_of_a_role_is_the_event_s(counts_of):
    # the attack killed 5 soldiers; the 2 civilians come later in the sentence
    got = counts_of("Gunmen killed 5 soldiers in Kidal on Monday, and 2 civilians were killed in the crossfire.")
    assert got["killed"] == (5, "exact")
