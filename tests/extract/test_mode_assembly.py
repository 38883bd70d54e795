"""Which happening a weapon told in a sentence of its own belongs to: a mention that
names a weapon and no place or day of its own tells the happening told just before it
when that one's weapon is not yet told, not an earlier one told with another weapon.
Texts written for these tests."""
from __future__ import annotations


def attacks(events):
    return {(e.date.value if e.date else None): e.mode for e in events if e.event_type == "ASSAULT"}


def test_a_weapon_told_after_the_second_killing_is_its_weapon(run):
    text = ("Militants beheaded three farmers near Mueda on Tuesday, the district administrator said. "
            "On Friday, militants killed two traders in Ancuabe. "
            "They were shot dead on their way home from the market.")
    found = attacks(run(text))
    assert found == {"2025-04-15": "primitive_weapon", "2025-04-11": "firearms"}, found


def test_an_ambush_told_apart_takes_the_gunfire_told_after_it(run):
    text = ("A roadside bomb wounded four soldiers at a checkpoint in Yala on Monday, the army said. "
            "Four soldiers were taken to hospital in the city. "
            "Separately, a village headman was ambushed in Narathiwat on Tuesday. "
            "Assailants hiding in a rubber plantation fired several shots at him, but he escaped.")
    found = attacks(run(text))
    assert found == {"2025-04-14": "explosives", "2025-04-15": "firearms"}, found


def test_an_abduction_told_in_the_leads_sentence_is_what_the_attack_did(run):
    text = ("By the time the dawn attack was over, more than 150 pupils had been rounded up and kidnapped by "
            "the armed group in the largest mass abduction in the state this year. Then the bandits began "
            "firing into the air while they stormed the school.")
    assert [e.mode for e in run(text) if e.event_type == "ASSAULT"] == ["abduct"]


def test_a_kidnapping_told_after_the_attack_is_not_its_weapon(run):
    text = ("Gunmen attacked a police post in the village on Monday, killing two officers. "
            "The attackers also kidnapped a trader before fleeing into the forest.")
    assert [e.mode for e in run(text) if e.event_type == "ASSAULT"][0] != "abduct"
