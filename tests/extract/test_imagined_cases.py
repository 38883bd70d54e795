"""An indefinite happening that a verb of coping takes as its object ("trained the guards
in handling a terror attack") is a case a drill or a plan imagines, not news
(cues.yaml readiness_verbs); the same words telling a real happening still make a record."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The university ran an exercise to see whether its guards knew the procedure when handling a "
    "terror attack on the campus.",
    "Officers spent the week learning to manage a hostage taking in a crowded mall.",
    "The volunteers will rehearse a bombing at the stadium before the final.",
])
def test_a_case_a_drill_imagines_makes_no_record(run, text):
    assert [e for e in run(text) if e.event_type == "ASSAULT"] == []


def test_the_happening_itself_still_makes_a_record(run):
    events = run("Gunmen attacked the campus gate on Tuesday, killing two guards, police said. "
                 "The guards had trained for months before the attack.")
    assert any(e.event_type == "ASSAULT" and not e.background for e in events)


def test_a_definite_happening_handled_is_news(run):
    events = run("Police said they handled the bombing of the market in Kano on Monday badly; "
                 "the blast killed nine traders.")
    assert any(e.event_type == "ASSAULT" for e in events)
