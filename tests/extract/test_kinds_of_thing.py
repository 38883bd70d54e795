"""A noun trigger that modifies another noun names a kind of that thing ("a protest vote",
"attack helicopters"), not a happening, unless that noun is a happening too ("a protest
march", "a bomb blast") or the gear of one ("riot gear"). Texts written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Forty senators in Nairobi signed a protest list sent to the speaker on Friday.",
    "Voters in Nairobi cast a protest vote against the ruling party on Friday.",
    "The army bought two attack helicopters in Nairobi on Friday.",
    "Kano has one of the highest murder rates in the region, police figures show.",
    "The governor met relatives of a kidnapping suspect in Kano on Friday.",
])
def test_a_trigger_naming_a_kind_of_thing_is_no_event(run, text):
    assert run(text) == [], [(e.event_type, e.evidence.sentence) for e in run(text)]


@pytest.mark.parametrize("text, event_type", [
    ("Thousands joined a protest march in Nairobi on Friday against the tax bill.", "PROTEST"),
    ("Thousands held a protest rally in Nairobi on Friday.", "PROTEST"),
    ("A bomb blast killed three people in Nairobi on Friday.", "ASSAULT"),
    ("A suicide car bomb attack killed three people in Nairobi on Friday.", "ASSAULT"),
    ("Gunmen carrying assault rifles opened up on a police patrol near Gao on Friday, the army said.", "ASSAULT"),
    ("Officers in riot gear faced crowds hurling stones outside the town hall in Leeds on Friday.", "PROTEST"),
])
def test_a_trigger_on_a_happening_or_its_weapon_stays(run, text, event_type):
    assert [e.event_type for e in run(text)].count(event_type) == 1
