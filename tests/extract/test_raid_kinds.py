"""A raid is a police search of premises or an attack on people. A raid that is the
circumstance of a killing is that killing's attack, also when the killing is a verb its
hit absorbed ("struck and killed ... in a raid") or one of verbs joined by "and"
("killed 20 and injured ten in a raid"); a raid on a settlement or a post (a village, a
camp, army bases, "cross-border raids") is an attack, a raid on a house or a hideout stays
the police's. Texts written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Armed men struck and killed a village guard in a raid near Wajir on Sunday.",
    "Separatist fighters killed six farmers and wounded four more in a night raid in the west of the country.",
])
def test_a_raid_in_which_people_were_killed_is_the_attack(run, text, kinds):
    assert [k[0] for k in kinds(run(text))] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Rebel fighters took two army outposts during raids on three bases near the border on Tuesday.",
    "Soldiers pulled out of the district on Sunday after raiding four villages, residents said.",
    "Cross-border raids into the southern province have left local officials alarmed.",
])
def test_a_raid_on_a_settlement_or_a_post_is_an_attack(run, text, kinds):
    assert kinds(run(text)) == [("ASSAULT", "unspecified")]


@pytest.mark.parametrize("text", [
    "Police raided a flat in the old town on Friday, the prosecutor said.",
    "Detectives raided a suspected hideout of the cell on the outskirts of the city on Monday.",
])
def test_a_raid_on_premises_stays_a_police_search(run, text, kinds):
    assert kinds(run(text)) == [("COERCE", "raid")]
