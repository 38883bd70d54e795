""""..., leaving 19 people dead": the dead were left by whoever did what the participle
follows; a "left" with a subject of its own ("the onslaught has left 80 dead") is told by
the deed, which names no doer. Texts written for these tests."""
from __future__ import annotations


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_a_participle_leaving_people_dead_takes_the_clause_s_doer(run):
    found = assaults(run("On Sunday, riot police fired rubber bullets to scatter marchers in "
                         "Mombasa, Kenya, leaving four people dead."))
    assert found and found[0].actor is not None and found[0].actor.name == "Kenya"


def test_a_deed_that_left_people_dead_names_no_doer(run):
    found = assaults(run("A wave of shootings in Mombasa, Kenya, has left four people dead "
                         "since Friday."))
    assert all(e.actor is None or e.actor.name is None for e in found)
