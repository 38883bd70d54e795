"""A land region of several countries ("the Sahel", "East Africa") named in an article about
one country is not where its events happened: they fall back as if told with no place.
A sea is a place of its own. Texts written for these tests."""
from __future__ import annotations


def attacks(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_a_region_named_with_an_attack_gives_the_articles_country(run):
    events = run("Gunmen attacked a bus near the border on Monday, killing 12 passengers, in what officials "
                 "called the worst attack in East Africa this year. Kenya's police chief said the attackers "
                 "fled toward Somalia.")
    found = attacks(events)
    assert found and found[0].location is not None and found[0].location.country == "KEN", \
        [(e.location and (e.location.name, e.location.country), e.evidence.sentence) for e in found]


def test_a_sea_stays_the_place_of_an_attack_on_a_ship(run):
    events = run("Houthi rebels fired two missiles at a cargo ship in the Red Sea on Tuesday, Yemeni "
                 "officials said, damaging its hull.")
    found = attacks(events)
    assert found and found[0].location is not None and found[0].location.name == "Red Sea", \
        [(e.location and (e.location.name, e.location.country), e.evidence.sentence) for e in found]
