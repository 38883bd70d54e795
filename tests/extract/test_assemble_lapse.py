"""What a sentence tells after "a day after" or "hours after" happened before the
sentence's news: another happening, never joined to it (nor, when the sentence tells no
event of its own, to the article's main happening). Texts written for these tests."""
from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT" and not e.background]


def test_a_riot_a_day_after_an_attack_elsewhere_is_not_that_attack(run):
    events = run("A mob set fire to three shops in Dimapur on Friday, a day after gunmen killed six villagers "
                 "in an attack on a nearby hamlet, officials said.")
    found = assaults(events)
    assert len(found) == 2, [(e.mode, e.counts, e.evidence.sentence) for e in found]
    assert sorted(e.counts.killed.value if e.counts.killed else 0 for e in found) == [0, 6]


def test_an_earlier_blast_told_after_the_news_is_its_own_happening(run):
    events = run("A truck packed with explosives blew up near the central square of Herat on Monday, "
                 "killing 31 people, officials said. Monday's carnage came a day after two suspected suicide "
                 "bombers were killed in an explosion near a checkpoint in the city.")
    found = assaults(events)
    assert len(found) == 2, [(e.mode, e.counts, e.evidence.sentence) for e in found]
    assert {e.counts.killed.value for e in found} == {31, 2}


def test_every_trigger_of_the_earlier_clause_stays_with_it(run):
    events = run("Youths set fire to a police post in Bauchi on Sunday, hours after a woman was killed as "
                 "attackers hurled a grenade into a bakery in the town.")
    found = assaults(events)
    assert sorted(e.mode for e in found) == ["explosives", "primitive_weapon"], \
        [(e.mode, e.counts, e.evidence.sentence) for e in found]
    blast = next(e for e in found if e.mode == "explosives")
    assert blast.counts.killed is not None and blast.counts.killed.value == 1


@pytest.mark.parametrize("text", [
    # "after hours of fighting" is how long the news lasted, not a lapse before it
    "Raiders killed nine herders at a cattle camp near Bor on Tuesday. Local youths got the cattle back "
    "after hours of heavy gunfire, the commissioner said.",
])
def test_a_length_after_after_is_not_a_lapse(run, text):
    found = assaults(run(text))
    assert len(found) == 1, [(e.mode, e.evidence.sentence) for e in found]
