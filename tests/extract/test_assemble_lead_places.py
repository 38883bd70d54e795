"""A lead told with no town and no day is placed and dated further down the story: the
later sentence that tells where and when joins it. Texts written for these tests."""
from __future__ import annotations


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_a_later_sentence_places_and_dates_the_undetailed_lead(run):
    events = run("Suicide bombers struck a mosque in northeast Nigeria, killing nine worshippers, police said. "
                 "The dead included an imam and four children. Residents said the mosque was full for evening "
                 "prayers. Two female bombers blew themselves up at the gate of a mosque in Konduga on Friday, "
                 "a police spokesman told reporters.")
    found = assaults(events)
    assert len(found) == 1, [(e.location and e.location.name, e.evidence.sentence) for e in found]
    assert found[0].location.name == "Konduga"
