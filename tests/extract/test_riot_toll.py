"""The toll of a riot: deaths and injuries a sentence tells of rioting belong to the riot,
even when the sentence also names the weapons of its sides, the deaths are only reported,
or the rioting verb goes on to tell them. Texts written for these tests."""
from __future__ import annotations

import pytest


def protest(events):
    (ev,) = [e for e in events if e.event_type == "PROTEST"]
    return ev


@pytest.mark.parametrize("text, killed", [
    # the weapons of the police answering the crowd
    ("Three people were killed and 60 injured in clashes in Kinshasa on Friday as officers shot "
     "rubber bullets and tear gas at crowds of protesters.", 3),
    # the deaths only reported
    ("Two people were reportedly killed during protests in Lusaka on Monday, with dozens more hurt "
     "by rubber bullets.", 2),
    # the crowd's own deeds beside the toll
    ("One man was killed, scores were injured, banks were looted and a police station torched "
     "during a third night of rioting in Bamako.", 1),
])
def test_a_toll_told_beside_weapons_is_the_riot_s(run, text, killed):
    assert protest(run(text)).counts.killed.value == killed


def test_rioting_that_kills_is_one_riot(run):
    events = run("In March 2015, youths rioted against migrants in Durban, killing at least 7 people, "
                 "officials said.")
    assert protest(events).counts.killed.value == 7
    assert not [e for e in events if e.event_type == "ASSAULT"]



def test_riots_that_kill_are_one_riot(run):
    # the killing told as a clause of the riot noun: the riots did it
    events = run("Extra gendarmes were sent to the island after a second night of riots that have killed "
                 "three people in the capital on Thursday.")
    assert protest(events).counts.killed.value == 3
    assert not [e for e in events if e.event_type == "ASSAULT"]
