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


def test_a_run_of_deeds_as_subject_is_no_doer(run):
    """"A series of blasts killed ...": the subject is the deeds, so the record has no actor
    (before, the phrase itself was kept as the actor's text)."""
    for text in ("A series of blasts killed three people in Kisumu, Kenya, on Sunday.",
                 "A string of explosions hit Kisumu, Kenya, on Sunday, leaving three people dead."):
        found = assaults(run(text))
        assert found and all(e.actor is None for e in found), text


def test_a_run_of_people_as_subject_stays_the_doer(run):
    found = assaults(run("A group of gunmen killed three people in Kisumu, Kenya, on Sunday."))
    assert found and found[0].actor is not None and found[0].actor.text
