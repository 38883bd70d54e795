"""A toll told only by a figure of deaths ("40 deaths have been confirmed") is a casualty
report: it tells the happening its sentence names (a crackdown), joins the deed told
beside it, and is no event when the deaths are a sentence, a rate or one person's death.
Texts written for these tests."""
from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_a_crackdown_told_by_its_deaths_is_a_record(run):
    found = assaults(run("Police in Recife launched a crackdown on gangs on Monday, and 40 deaths "
                         "have been confirmed so far."))
    assert len(found) == 1
    assert found[0].counts.killed.value == 40


def test_deaths_told_beside_a_blast_are_the_blast_toll(run):
    found = assaults(run("Three more deaths were reported on Monday after a car bomb exploded in a "
                         "village near Jamundi."))
    assert [e.mode for e in found] == ["explosives"]
    assert found[0].counts.killed.value == 3


@pytest.mark.parametrize("text", [
    "The court sentenced three men to death in Lahore on Monday.",
    "The country recorded 40 violent deaths per 100,000 people in Quito last year, police said.",
    "Protesters in Khorog on Monday demanded an inquiry into the death of a suspect in custody.",
])
def test_deaths_that_tell_no_attack(run, text):
    assert assaults(run(text)) == []
