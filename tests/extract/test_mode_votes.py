"""The weapon of a happening whose lead names none: the weapon the story tells most
often, and on a tie the one told with the dead and wounded, not the first one named in
passing (a district "that has seen clashes", a blade used on two of the victims).
Texts written for these tests."""
from __future__ import annotations


def attack_modes(events):
    return [e.mode for e in events if e.event_type == "ASSAULT" and not e.background]


def test_the_weapon_told_twice_outweighs_a_passing_one(run):
    text = ("Suspected rebels killed at least 14 villagers in an attack on Monday night in Tiko, officials said. "
            "The village lies in a district that has seen deadly clashes between rebels and troops for years. "
            "Witnesses said the attackers opened fire on homes as families slept. "
            "The gunmen also fired on a truck parked at the edge of the village.")
    modes = attack_modes(run(text))
    assert modes == ["firearms"], modes


def test_on_a_tie_the_weapon_told_with_the_toll_wins(run):
    text = ("Police and residents killed 19 suspected gang members in an overnight operation in Carrefour, "
            "officials said on Wednesday. "
            "Residents attacked two suspects with machetes near the market, a witness said. "
            "Officers opened fire on a van at a checkpoint, killing nine of the suspects.")
    modes = attack_modes(run(text))
    assert modes == ["firearms"], modes
