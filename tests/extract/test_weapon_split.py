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
