"""A deed that is violence only in armed hands or a crowd's: a storming, a break-in or an
invasion by armed men (told by what they are: "gunmen", "masked men", "a group of hooded
men") is an attack, whatever place they entered; a crowd's storming, or a crowd's missiles
thrown at someone, is a riot. Men who storm a place carry their bombs: a bomb the sentence
names is no bombing. "She stormed out", "burst into tears" are nothing. Texts written for
these tests."""
from __future__ import annotations

import pytest


def kinds(events):
    return sorted((e.event_type, e.mode) for e in events)


@pytest.mark.parametrize("text, mode", [
    ("Armed men stormed a radio station in the port city on Tuesday, waving rifles at the staff.", "firearms"),
    ("A group of hooded men broke into the newsroom of a regional television channel on Monday night.",
     "unspecified"),
    ("Masked men burst onto the stage of the concert hall on Saturday waving pistols and grenades.", "firearms"),
])
def test_an_entry_by_armed_men_is_an_attack(run, text, mode):
    assert kinds(run(text)) == [("ASSAULT", mode)]


def test_people_taken_away_by_invaders_are_abducted(run):
    events = run("Gunmen invaded a boarding school in the northern town on Friday and took away 40 pupils.")
    assert kinds(events) == [("ASSAULT", "abduct")]


@pytest.mark.parametrize("text", [
    "Hundreds of supporters of the opposition leader stormed the parliament building in the capital on Sunday.",
    "Protesters broke into the regional governor's office on Monday and smashed its windows.",
])
def test_a_crowds_storming_is_a_riot(run, text):
    assert kinds(run(text)) == [("PROTEST", "riot")]


def test_a_crowds_storming_told_with_its_attack_is_that_attack(run):
    events = run("A mob stormed the police station on Monday, took hostages and attacked the guards with axes.")
    assert {e.event_type for e in events} == {"ASSAULT"}


LEAD = "Gunmen shot dead two policemen at a checkpoint in the city on Sunday. "


@pytest.mark.parametrize("text", [
    "Hours later the mayor stormed out of the council meeting.",
    "The home side stormed to a three-goal victory on Saturday.",
    "The widow of one officer burst into tears at the funeral on Monday.",
])
def test_no_armed_men_and_no_crowd_no_storming(run, text):
    told = [m.sentence for e in run(LEAD + text) for m in (e.mentions or [e.evidence])]
    assert text not in told


@pytest.mark.parametrize("text", [
    "Youths hurled stones and bottles at the police outside the town hall on Friday night.",
    "Officers were attacked with bricks and fence palings outside the mosque on Monday night.",
    "Protesters attacked police officers guarding the governor's office on Monday.",
])
def test_a_crowds_missiles_and_attack_are_a_riot(run, text):
    assert kinds(run(text)) == [("PROTEST", "riot")]


def test_a_strike_by_armed_men_is_an_attack(run):
    events = run("The jihadist strike in the northern province killed 11 soldiers on Monday, officials said.")
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_a_strike_by_workers_is_no_attack(run):
    assert not [e for e in run("A nationwide strike by teachers shut schools in the province on Monday.")
                if e.event_type == "ASSAULT"]


def test_return_fire_is_a_shooting(run):
    events = run("Two militants would not give up and were killed by return fire in the district on Sunday, "
                 "the committee said.")
    assert kinds(events) == [("ASSAULT", "firearms")]


@pytest.mark.parametrize("text", [
    "The group has no role in the bombing of the market on Sunday, its spokesman said.",
    "A spokesman said the movement's fighters had no hand in the attack on the hotel on Friday.",
])
def test_no_part_in_a_deed_is_a_denial(run, text):
    assert "REJECT" in {e.event_type for e in run(text)}


def test_no_part_in_anything_else_is_no_denial(run):
    assert "REJECT" not in {e.event_type for e in run(
        "Women have no role in the planning of the festival on Sunday, the organisers said.")}


def test_an_attack_on_a_different_convoy_is_another_attack(run):
    events = run("Gunmen attacked a supply convoy near the border on Monday, killing six soldiers. "
                 "Security sources said an attack on a different convoy in the east left four wounded.")
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 2
