"""A deed in the passive that the narrator negates, with no doer named, did not happen;
a negation naming the doer is a denial, and an arrest told plainly stays.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, etype", [
    ("The gunmen have reportedly not been arrested.", "COERCE"),
    ("It is not known whether or not the attackers have been detained.", "COERCE"),
    ("The three hostages were not killed, the army said on Monday.", "ASSAULT"),
])
def test_a_negated_deed_is_no_event(run, text, etype):
    assert not [e for e in run(text) if e.event_type == etype]


def test_a_plain_arrest_stays(run):
    events = run("Police said the suspects had been arrested on Monday.")
    assert [e.event_type for e in events] == ["COERCE"]
