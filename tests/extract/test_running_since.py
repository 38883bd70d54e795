"""An event told as running since a month, a year, a decade or a war's start is a running
total, history to the news; one running since a day is the news still going on.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Rebel attacks since April have killed more than 370 civilians in the province, the UN said.",
    "Since 1991, the group has carried out bombings and kidnappings across the south.",
    "Insurgents have been waging attacks against soldiers in the southern provinces since 2004.",
    "The two rebel armies have fought the government since the 1960s, a war that has killed 200,000.",
    "Police in both countries have arrested dozens of suspected recruiters in recent years.",
])
def test_a_running_total_is_background(run, text):
    events = [e for e in run(text) if e.event_type in ("ASSAULT", "COERCE")]
    assert events and all(e.background for e in events)


@pytest.mark.parametrize("text", [
    "Fighting since Sunday has killed 30 people in the town of Bol, officials said.",
    "Gunmen killed six farmers near the village of Kuda on Monday, police said.",
])
def test_news_running_since_a_day_is_not_background(run, text):
    events = [e for e in run(text) if e.event_type == "ASSAULT"]
    assert events and not any(e.background for e in events)
