"""A deed told as a habit (lasting "for years", after "tend to", "are known to", "used
to") or as a trend (a bare plural that has soared or waned, with the trend's toll) is no
happening; the same deeds told with a day, a number or in the simple past still are.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The militia has for years attacked police posts along the river.",
    "Farmers in the area have been kidnapped by bandits for years.",
    "The separatists have been known to bomb railway lines in the north.",
    "The rebels tend to ambush army convoys on the mountain road.",
    "The gang used to kidnap traders on the highway.",
])
def test_a_habit_is_no_event(run, text):
    assert not [e for e in run(text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Kidnappings have soared in the region this year.",
    "Bombings have escalated in the capital.",
    "Abductions on the highway have multiplied.",
    "Attacks by jihadists have surged since then, killing hundreds of civilians and soldiers.",
])
def test_a_trend_is_no_event(run, text):
    assert not [e for e in run(text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Rebels used machetes to kill at least nine villagers on Monday, officials said.",
    "Clashes intensified on Monday in the northern town, killing four soldiers.",
    "The gunman, who had been jailed for two years, attacked a police post in the town on Monday.",
])
def test_a_told_happening_stays(run, text):
    assert [e for e in run(text) if e.event_type == "ASSAULT"]
