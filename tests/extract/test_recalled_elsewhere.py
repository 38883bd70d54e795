"""On a dated page, a happening told with the days before the current week's ("last
weekend", "last Thursday") in another town than the main happening's, before its day, is
one the writer recalls beside the news. Sentences written for these tests."""
from __future__ import annotations


def _attacks(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_last_weekends_killing_in_another_town_is_recalled(run):
    found = _attacks(run("Gunmen shot three farmers dead in Tulum on Monday night, police said. The region "
                         "has seen a wave of gang killings this year. Last weekend, nine people were killed "
                         "in a bar in Cancun."))
    lead = next(e for e in found if "Tulum" in e.evidence.sentence)
    recalled = next(e for e in found if "Cancun" in e.evidence.sentence)
    assert not lead.background
    assert recalled.background


def test_last_thursdays_ambush_in_another_town_is_recalled(run):
    found = _attacks(run("Militants killed six soldiers in an ambush near Gao on Monday, the army said on "
                         "Tuesday. Last Thursday, four guards were killed in Mopti, in the centre of the "
                         "country."))
    recalled = next(e for e in found if "Mopti" in e.evidence.sentence)
    assert recalled.background


def test_last_weekends_killing_in_the_same_town_stays_news(run):
    found = _attacks(run("Gunmen shot three farmers dead in Tulum on Monday night, police said. "
                         "Last weekend, nine people were killed in a bar in Tulum."))
    assert not any(e.background for e in found)
