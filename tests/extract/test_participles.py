"""Words that say who or what, not what happened: a past participle that says who a deed's
people were ("the kidnapped group", "the injured") is no deed of its own, and "unrest" named
as a state ("years of unrest") is no riot (sentences written for these tests)."""
from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # before its noun, with no figure
    "A bomb exploded at a bus park in Jos on Sunday. Critically wounded people were flown to Abuja.",
    # standing for its people
    "A bomb exploded at a market in Jos on Sunday, killing six. "
    "The injured were taken to hospitals in Abuja.",
])
def test_the_people_of_a_deed_told_again_make_no_second_attack(run, text):
    events = assaults(run(text))
    assert len(events) == 1, [(e.trigger, e.evidence.sentence) for e in events]


def test_the_arrested_men_are_the_arrest_told_again(run):
    events = [e for e in run("Police arrested five men in Kano on Sunday. The arrested men were flown to Abuja.")
              if e.event_type == "COERCE"]
    assert len(events) == 1 and events[0].counts.arrested.value == 5


@pytest.mark.parametrize("text", [
    # guards: a participle after its noun still tells the deed, and so does a figure
    "The civilians killed in the raid near Jos on Sunday were farmers.",
    "Gunmen opened fire on a bus near Jos on Sunday. Two wounded passengers died on the way to Abuja.",
])
def test_a_participle_after_its_noun_or_with_a_figure_still_tells(run, text):
    assert assaults(run(text))


@pytest.mark.parametrize("text", [
    "Only 300 soldiers will stay in the unrest-plagued north of Chad, the ministry said.",
    "The charity's staff left the island for nine months in 2020 due to political unrest, its report said.",
    "Raiders shot six herders near Gao in Mali, a land of ten years of unrest, officials said on Monday.",
])
def test_unrest_named_as_a_state_is_no_riot(run, text):
    assert not [e for e in run(text) if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text", [
    # guards: unrest told as happening, as a subject or with a day
    "Unrest erupted in the city of Lyon and in Nantes, police said.",
    "The island saw a third day of heavy unrest on Friday.",
])
def test_unrest_told_as_happening_is_a_riot(run, text):
    assert [e.mode for e in run(text) if e.event_type == "PROTEST"] == ["riot"]
