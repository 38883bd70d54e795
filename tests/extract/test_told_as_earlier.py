"""History told by its wording, not its date: an earlier or recent deed named beside the
news, a stance held for long, a run of deeds over recent weeks (sentences written for
these tests)."""
from __future__ import annotations

import pytest


def _of(events, event_type: str, word: str):
    return next(e for e in events if e.event_type == event_type and word in e.evidence.sentence)


@pytest.mark.parametrize("published", ["2025-04-16", None])
def test_an_earlier_attack_beside_the_news_is_history(run, published):
    events = run("Gunmen stormed a police post in Bannu on Sunday, killing two officers. In an earlier "
                 "attack, six guards died when a truck bomb hit their barracks.", published)
    assert _of(events, "ASSAULT", "earlier").background is True
    assert _of(events, "ASSAULT", "Sunday").background is False


def test_a_recent_attack_named_in_passing_is_history(run):
    events = run("Police arrested two men in Leeds on Monday. The minister spoke of a recent attack on a "
                 "concert hall in Manchester.")
    assert _of(events, "ASSAULT", "concert").background is True


def test_the_recent_attack_is_the_news_itself(run):
    events = run("The recent rebel raid on a market in Ituri killed nine traders, officials said.")
    assert _of(events, "ASSAULT", "Ituri").background is False


@pytest.mark.parametrize("text, event_type", [
    ("Chad has long accused Sudan of arming the rebels in the east.", "ACCUSE"),
    ("The militia has generally denied any part in the killings of herders.", "REJECT"),
])
def test_a_stance_held_for_long_is_history(run, text, event_type):
    assert _of(run(text, None), event_type, "").background is True


def test_deeds_run_over_recent_weeks_are_a_trend(run):
    events = run("Bandits killed four farmers in Zamfara on Friday. Nine herders have been killed in raids "
                 "across the state in recent weeks.")
    assert _of(events, "ASSAULT", "herders").background is True
    assert _of(events, "ASSAULT", "Friday").background is False


def test_a_calm_district_in_recent_months_leaves_the_news_alone(run):
    events = run("A car bomb killed eleven people in Kirkuk on Saturday. The blast hit the old market, "
                 "which has been calm in recent months.")
    assert all(not e.background for e in events if e.event_type == "ASSAULT")


def test_the_time_of_publication_is_no_past_time(run):
    events = run("On Sunday an armed drone let a bomb fall onto a police post in Cauca, wounding three officers. "
                 "No group had claimed the attack at the time of publication.", None)
    assert all(not e.background for e in events if e.event_type == "ASSAULT")


def test_deaths_told_in_a_relative_clause_of_an_earlier_raid_are_history(run):
    """"weeks after the raid on X village of Y district, in which eight died": the
    relative clause tells the raid the weeks go back to, so its deaths are history too."""
    found = run("Gunmen attacked Tudun village in Bokkos district on Sunday night, killing nine people, "
                "police said.\n"
                "It happened several weeks after a raid on the Maiwa settlement of Riyom council area in "
                "which eight farmers were killed.\n")
    earlier = [e for e in found if e.counts.killed and e.counts.killed.value == 8]
    assert earlier and all(e.background for e in earlier)


def test_the_place_of_what_the_news_came_weeks_after_is_not_the_news(run):
    """"That attack came three weeks after the burning of X hamlet in Y district": the
    town in the phrase of the earlier deed is that deed's, so the retold attack is the
    lead, not an attack of its own in Y."""
    found = run("Gunmen attacked Tudun village in Bokkos district on Sunday night, killing nine people, "
                "police said.\n"
                "That attack came three weeks after the burning of Maiwa hamlet in Riyom district.\n")
    news = [e for e in found if e.event_type == "ASSAULT" and not e.background]
    assert [e.location.name for e in news] == ["Tudun"]
