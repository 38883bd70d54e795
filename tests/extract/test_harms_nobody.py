"""Violence done to no person: a killing or shooting whose only victim is an animal, or
whose only aim is the empty air, is not political violence; a person among its victims
or aims keeps it. Texts written for these tests."""
from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Wildlife officers shot dead a rogue elephant near Kasese on Monday after it trampled crops.",
    "The leopard was shot dead by park rangers outside Nakuru on Friday, police said.",
    "Police shot the stray dog that had bitten three children in Kano on Monday.",
    "Soldiers fired shots into the air at the market in Kano on Monday to scatter the crowd.",
    "Soldiers fired in the air in Kano on Monday, police said.",
    "Dancers crossed the hills near Adwa, beating drums and firing shots into the evening sky.",
])
def test_violence_done_to_no_person_is_no_attack(run, text):
    assert assaults(run(text)) == [], [e.evidence.sentence for e in run(text)]


@pytest.mark.parametrize("text", [
    "Gunmen fired into the air and then at the crowd in Kano on Monday, police said.",
    "Police fired live rounds into the air and at protesters in Kano on Monday.",
    "Gunmen killed two herders and their dogs near Kano on Monday, police said.",
    "Troops fired into the crowd in Kano on Monday, police said.",
])
def test_a_person_among_the_victims_or_aims_keeps_the_attack(run, text):
    assert len(assaults(run(text))) == 1
