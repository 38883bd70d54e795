"""A deed named again as what someone reacts to ("X condemned the attack") is the deed the
article told: where the one reacting is (a summit abroad, a capital) is not its place and
does not set it apart. Texts written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Gunmen killed six people at a market in Kano on Monday. The president, at a summit in the "
    "Ghanaian city of Accra, condemned the attack and promised help.",
    "A car bomb killed nine soldiers at a base near Gao on Sunday. France, Germany and the United "
    "States also condemned the attack.",
])
def test_a_reaction_elsewhere_is_no_second_attack(run, text):
    found = [e for e in run(text) if e.event_type == "ASSAULT"]
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]


def test_an_attack_abroad_with_its_own_place_stays_apart(run):
    found = [e for e in run("Gunmen killed six people at a market in Kano on Monday. In Accra, gunmen "
                            "shot dead two guards at a bank on Monday.") if e.event_type == "ASSAULT"]
    assert len(found) == 2


def test_what_attackers_take_is_part_of_their_attack(run):
    events = run("Gunmen stormed a police post near Gao on Monday, killing two officers. The attackers "
                 "also seized the officers' rifles and a pickup truck.")
    assert [e.event_type for e in events] == ["ASSAULT"], [(e.event_type, e.mode, e.evidence.sentence) for e in events]


def test_what_police_take_is_a_seizure(run):
    events = run("Police seized 40 rifles and two tonnes of explosives in a raid on a warehouse in Gao on Monday.")
    assert ("COERCE", "seize") in [(e.event_type, e.mode) for e in events]


@pytest.mark.parametrize("text", [
    "A knife attack killed three people at a street festival in Leeds on Friday. The group later claimed "
    "they carried out the attack as revenge for Muslims in Syria.",
    "A knife attack killed three people at a street festival in Leeds on Friday. A group based in Syria "
    "claimed responsibility for Friday's attack.",
])
def test_a_claim_of_the_attack_is_the_attack(run, text):
    found = [e for e in run(text) if e.event_type == "ASSAULT"]
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]
