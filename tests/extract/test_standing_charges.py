"""A standing charge told with no accuser ("he is accused of ...", "attacks blamed on the
rebels") is no accusation that happened; an accusation someone
makes stays one. Texts written for these tests."""
from __future__ import annotations

import pytest


def accusations(events):
    return [e for e in events if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The young man is accused of planning an attack on a shopping centre in Leeds.",
    "Car bombings in the capital were blamed on the rebels.",
    "The accused was brought before the court in Leeds on Monday.",
])
def test_a_charge_with_no_accuser_makes_no_accusation(run, text):
    assert accusations(run(text)) == []


@pytest.mark.parametrize("text", [
    "The army accused the rebels of killing 12 villagers in Kidal on Monday.",
    "The bombing was blamed by the government on the rebels on Monday.",
])
def test_an_accusation_someone_makes_stays(run, text):
    assert len(accusations(run(text))) == 1
