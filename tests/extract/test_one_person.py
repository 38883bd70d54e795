"""One person told in the singular counts one, whatever the noun: a person named by age
("a 19-year-old"), a person named through a possessor ("the movement's leader"), and
"another" standing alone for one more person. Texts written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event_type, role", [
    ("Gunmen killed a 19-year-old outside a mosque in Liege on Monday.", "ASSAULT", "killed"),
    ("Police arrested a 15-year-old in Leeds on Friday over the stabbing at the station.", "COERCE", "arrested"),
    ("Last spring the movement's leader was killed in a drone strike near Marib.", "ASSAULT", "killed"),
])
def test_one_person_in_the_singular_counts_one(counts_of, text, event_type, role):
    assert counts_of(text, event_type)[role] == (1, "exact")


def test_another_alone_is_one_more_person(run):
    events = run("Militants attacked a post in Swat on Monday. Another died in a clash with police in Dir "
                 "on Tuesday.")
    clash = next(e for e in events if e.event_type == "ASSAULT" and e.mode == "armed_clash")
    assert clash.counts.killed.value == 1
