"""A deed told only as an aim (after a verb of design in the passive or with a deed as
its subject, an adjective of will, or a noun of aim as subject of "be") is no happening;
a person's own plan in the active stays a plot, and a told deed stays.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The army says its operations are intended to neutralise the rebel threat.",
    "The rebels are ready to attack the town, a spokesman said.",
    "His aim was to kill as many people as possible at the stadium, the prosecutor said.",
    "Their goal was to bomb the embassy during the holiday.",
])
def test_an_aim_is_no_event(run, text):
    assert not [e for e in run(text) if e.event_type == "ASSAULT"]


def test_a_deeds_own_aim_adds_no_record(run):
    events = run("Jets bombed the market in Sola on Monday, killing nine people. \"No rebels were there, "
                 "the jets hit civilians. The bombing intended to kill. It is a crime,\" a spokesman said.")
    assert events and not [e for e in events if e.status == "planned"]


@pytest.mark.parametrize("text, status", [
    ("The men planned to bomb a concert in the capital, prosecutors said.", "planned"),
    ("Gunmen killed four soldiers at a checkpoint on Monday, the army said.", "occurred"),
])
def test_a_plan_or_a_deed_stays(run, text, status):
    assert [e.status for e in run(text) if e.event_type == "ASSAULT"] == [status]
