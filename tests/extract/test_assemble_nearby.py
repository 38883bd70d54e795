""""The attack on X", told after an attack at a town a short way from X (a suburb beside
its city, a village beside the district seat), is that attack: a town the gazetteer
places within ``assembly.nearby_km`` of the happening's town does not set a mention that
refers back apart. Texts written for these tests."""
from __future__ import annotations

import pytest


def attacks(events):
    return [e for e in events if e.event_type == "ASSAULT" and not e.background]


@pytest.mark.parametrize("text, town", [
    ("Armed men killed five residents in Port-au-Prince on Tuesday, the police said. "
     "The attack on Petionville was led by a former police officer.", "Port-au-Prince"),
    ("A bomb killed six people at a crowded bus stop in Islamabad on Monday, officials said. "
     "The attack in Rawalpindi was carried out by two men on a motorcycle.", "Islamabad"),
])
def test_the_attack_told_at_a_nearby_town_is_the_attack(run, text, town):
    found = attacks(run(text))
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]
    assert found[0].location.name == town


def test_the_nearby_attack_names_its_author(run):
    found = attacks(run("A bomb killed six people at a crowded bus stop in Islamabad on Monday, officials said. "
                        "The Pakistani Taliban said they had carried out the attack in Rawalpindi."))
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]
    assert found[0].actor is not None and found[0].actor.name == "Tehrik-i-Taliban Pakistan"
