"""A blow at the attackers told as the answer to their attack ("troops later caught up
with the gunmen", "in retaliation ...") is a happening of its own, not the attack; the
attackers killed in the attack's own shootout are part of it. Texts written for these
tests."""
from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT" and not e.background]


def _killed(events):
    return sorted(e.counts.killed.value if e.counts.killed else 0 for e in events)


@pytest.mark.parametrize("text, killed", [
    ("Gunmen killed three policemen at a checkpoint in Kaduna on Monday. Soldiers later caught up with the "
     "attackers in a forest nearby and engaged them in a brief gunbattle, the army said.", [0, 3]),
    ("Militants stormed a village near Bunia on Friday, killing seven farmers. In retaliation, troops shot "
     "dead five militants in the hills above the village, a spokesman said.", [5, 7]),
])
def test_the_answer_to_an_attack_is_its_own_happening(run, text, killed):
    found = assaults(run(text))
    assert _killed(found) == killed, [(e.mode, e.counts, e.evidence.sentence) for e in found]


def test_attackers_killed_in_the_attack_itself_are_part_of_it(run):
    found = assaults(run("Gunmen attacked a police station in Zahedan on Tuesday, killing nine officers. "
                         "Several of the assailants were also killed in the shootout, the governor said."))
    assert len(found) == 1, [(e.mode, e.counts, e.evidence.sentence) for e in found]
