"""A happening told with no place of its own is placed at the article's town; a later
sentence telling a deed at that very town ties to it. Texts written for these tests."""
from __future__ import annotations


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_a_deed_at_the_story_town_joins_its_unplaced_happening(run):
    events = run("Residents of Maiduguri were burying their dead on Saturday. Four loud explosions shook "
                 "the town late on Friday, sending traders running from a market, police said. Two bombers "
                 "blew themselves up near a bus garage in Maiduguri, a police spokesman told reporters.")
    found = assaults(events)
    assert len(found) == 1, [(e.location and e.location.name, e.evidence.sentence) for e in found]

