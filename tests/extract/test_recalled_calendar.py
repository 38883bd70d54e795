"""On an undated page whose main happening is told with a calendar day and no year, another
happening told with a month more than a few days before it (or months after it, so the
year before) is history. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

LEAD = "Gunmen killed nine farmers in the village of Kuda in Borno State on Tuesday March 18, police said. "


@pytest.mark.parametrize("later", [
    "On March 2, rebels killed 25 traders at a market in Bama in Borno State.",
    "In January, 28 soldiers died in a similar attack near Bama in Borno State.",
    "On November 6, rebels killed 25 traders at a market in Bama in Borno State.",
])
def test_a_happening_told_with_an_earlier_month_is_history(run, later):
    events = [e for e in run(LEAD + later, published=None) if e.event_type == "ASSAULT"]
    assert len(events) == 2
    assert not events[0].background and events[1].background


@pytest.mark.parametrize("later", [
    "On March 17, rebels killed 25 traders at a market in Bama in Borno State.",
    "On March 20, rebels killed 25 traders at a market in Bama in Borno State.",
])
def test_a_happening_of_the_same_days_is_not_history(run, later):
    events = [e for e in run(LEAD + later, published=None) if e.event_type == "ASSAULT"]
    assert events and not any(e.background for e in events)
