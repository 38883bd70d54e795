"""Arson with no toll, done by no one named or by the crowd, told beside a protest of its
sentence is the crowd's doing: the protest is a riot, and the arson is no attack beside
it. Gunmen's arson, or arson that kills, stays an attack. Texts written for these tests."""
from __future__ import annotations

import pytest


def types(events):
    return sorted(e.event_type for e in events)


@pytest.mark.parametrize("text", [
    "Demonstrators torched two buses in Lagos on Tuesday as the protests spread, police said.",
    "Protesters set fire to a police station during riots in Dhaka on Monday.",
    "Shops were torched during a night of rioting in Leeds on Friday, police said.",
])
def test_a_crowds_arson_beside_its_protest_is_the_riot(run, text):
    events = run(text)
    assert types(events) == ["PROTEST"], [(e.event_type, e.mode) for e in events]
    assert events[0].mode == "riot"


@pytest.mark.parametrize("text", [
    "Gunmen set fire to a church during protests in Kano on Monday, police said.",
    "Rioters set fire to a mosque in Kano on Monday, killing three worshippers.",
])
def test_gunmens_or_deadly_arson_stays_an_attack(run, text):
    assert "ASSAULT" in types(run(text))
