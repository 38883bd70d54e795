"""A deed named as a charge ("charged with attempted murder") is no happening of its own,
and an article that tells an accident with no violent word anywhere is all accident.
Texts written for these tests."""
from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The suspect has been charged with attempted murder.",
    "Prosecutors say they are investigating the matter for attempted murder.",
    "He is facing charges for an attempted terrorist attack.",
])
def test_a_charge_names_an_offence_not_a_happening(run, text):
    assert assaults(run(text)) == []


@pytest.mark.parametrize("text", [
    "Police charged him with the murder of a shopkeeper in Kano on Monday.",
    "Gunmen killed five soldiers in an ambush near Gao on Monday, the army said.",
])
def test_a_deed_told_with_its_own_article_stays(run, text):
    assert len(assaults(run(text))) == 1


@pytest.mark.parametrize("text", [
    "A gas explosion destroyed a three-storey building in Kano on Monday, killing four residents, "
    "officials said. Something blew up in the basement, a neighbour said.",
    "A building collapsed in Kano on Monday, killing four residents. Disaster struck in the "
    "Sabon Gari district at dawn.",
])
def test_an_accident_article_with_no_violent_word_gives_no_attack(run, text):
    assert assaults(run(text)) == []


def test_a_violent_word_keeps_the_article_coded(run):
    text = ("A building collapsed in Kano on Monday, killing four residents. Separately, gunmen "
            "shot dead three farmers near Gao on Sunday.")
    assert len(assaults(run(text))) >= 1


@pytest.mark.parametrize("text", [
    "The gunman was arrested on Sunday after a two-day manhunt near Leeds, police said.",
    "Police shot the suspect in Leeds on Monday after he was cornered following a long overnight manhunt.",
])
def test_a_manhunt_that_led_to_the_deed_is_not_a_record(run, text):
    assert [e for e in run(text) if e.mode == "raid"] == []


def test_a_manhunt_under_way_is_a_raid(run):
    found = run("Security forces were continuing the manhunt for the attackers near Leeds on Monday, police said.")
    assert [e.mode for e in found] == ["raid"]


@pytest.mark.parametrize("text", [
    "A powerful blast killed five people including two guards on Bello Road in Kano on Friday "
    "evening. The police chief said the bomber targeted a crowd.",
    "A powerful blast killed five people including two guards in the city's Zaria road on Friday "
    "evening. The police chief said the bomber targeted a crowd.",
])
def test_a_road_named_as_the_place_is_no_accident(run, text):
    """A word of accident copy that is part of a place's name ("Bello Road") says where it
    happened, not what caused it: the sentence telling the blast stays its report."""
    found = assaults(run(text))
    assert found and found[0].date is not None and found[0].counts.killed.value == 5


@pytest.mark.parametrize("text", [
    "A truck skidded off the road near Kano on Friday, killing five people.",
    "A gas cylinder exploded at a restaurant on Bello Road in Kano on Friday, killing five people.",
])
def test_an_accident_on_a_named_road_stays_an_accident(run, text):
    # guard: the accident is still told by its other words (the truck, the gas cylinder)
    assert assaults(run(text)) == []


def test_rescue_and_debris_follow_a_bombing_too(run):
    """The response and the aftermath (rescuers, debris) follow any blast: they do not
    make the sentence telling it an accident."""
    text = ("A powerful blast tore through a crowded market in Kano on Friday, killing five people, "
            "and rescue workers pulled the wounded from the debris. The police chief said the "
            "bomber targeted shoppers.")
    found = assaults(run(text))
    assert found and found[0].counts.killed.value == 5


@pytest.mark.parametrize("text", [
    "Riot officers used rubber bullets and tear gas against marchers in Dushanbe on Tuesday, and two of them died.",
    "Soldiers fired tear gas and live ammunition into the crowd in Accra on Friday, killing four people.",
])
def test_tear_gas_with_bullets_is_a_crackdown_not_a_gas_leak(run, text):
    """Tear gas names gas, an accident's word; the bullets and ammunition fired beside it are
    weapons, so deaths told with them are a crackdown, not an accident."""
    assert assaults(run(text))
