"""A happening whose lead names its weapon takes no later mention of another weapon
family just because one of its mentions named none: "gunmen shot ... the killings ... a
roadside bomb wounded" tells two attacks. Texts written for these tests."""
from __future__ import annotations

SHOOTING = ("Gunmen shot dead three guards at a checkpoint in Kumba on Saturday, officials said. "
            "Separatist fighters were blamed for the killings in Kumba, the governor said. ")


def attacks(events):
    return sorted((e.mode, e.counts.killed.value if e.counts.killed else None,
                   e.counts.injured.value if e.counts.injured else None)
                  for e in events if e.event_type == "ASSAULT" and not e.background)


def test_a_bomb_after_a_shooting_is_another_attack(run):
    found = attacks(run(SHOOTING + "A roadside bomb wounded five soldiers on a highway outside the town, "
                                   "the army said."))
    assert found == [("explosives", None, 5), ("firearms", 3, None)], found
    # the attackers' own second weapon, told of them, stays with their attack
    found = attacks(run(SHOOTING + "The gunmen also threw a grenade at the checkpoint, the army said."))
    assert found == [("firearms", 3, None)], found


def test_a_sentence_naming_the_attacks_weapon_tells_that_attack(run):
    # a gunfire mention with a figure of its own joins the suicide bombing its sentence names
    found = attacks(run("A suicide bomber blew himself up at the gate of a police compound in Bannu on Monday, "
                        "killing four officers, police said. The killings drew condemnation from the governor. "
                        "Two gunmen opened fire on the guards as the suicide bomber ran toward the gate, "
                        "wounding three of them, a police officer said."))
    assert found == [("suicide_bomb", 4, 3)], found
    # words of the captives name no weapon: the rescue's shooting is not the kidnapping
    found = attacks(run("Gunmen kidnapped two engineers from a road camp in Kilo on Tuesday, police said. "
                        "The abduction was condemned by the company. Police shot dead three of the kidnappers "
                        "as they freed the hostages near the camp, officials said."))
    assert found == [("abduct", None, None), ("firearms", 3, None)], found
