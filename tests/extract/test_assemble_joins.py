"""Assembly rules found by reading the corpus's unmatched records: "the raid" named after
an attack is that attack, whatever word the attack was told with; a month named on an
undated page is not the day of its undated lead. Texts written for these tests."""
from __future__ import annotations

import pytest


def news(events, kind):
    return [e for e in events if e.event_type == kind and not e.background]


RAID_RETOLD = [
    "Armed men stormed a road builders' camp in central Mali on Saturday and took five "
    "workers away, the army said. The raid took place 50 kilometres from the town of Djenne.",
    "Jihadists killed 25 villagers when they stormed a hamlet near Fada N'Gourma on Monday. "
    "The raid was one of the deadliest in the region this year, officials said.",
]


@pytest.mark.parametrize("text", RAID_RETOLD)
def test_the_raid_named_after_an_attack_is_that_attack(run, text):
    events = run(text)
    assert news(events, "COERCE") == [], [(e.mode, e.evidence.sentence) for e in events]
    assert len(news(events, "ASSAULT")) == 1


def test_a_month_is_not_the_day_of_an_undated_lead(run):
    events = run("Gunmen attacked a police station in Rask, killing 11 officers, an official said. "
                 "In May, five frontier guards were shot dead by an armed band in the same province.",
                 published=None)
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert len(assaults) == 2, [(e.mode, e.evidence.sentence) for e in assaults]


def test_the_manhunt_after_an_attack_is_not_the_attack(run):
    events = run("Separatist gunmen killed five police officers at a checkpoint in Kidal on Monday. "
                 "The manhunt for the attackers went on through the night, the army said.")
    assert [e.mode for e in news(events, "COERCE")] == ["raid"]


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a police patrol in Bannu on Monday, killing four officers. The attack on the "
    "patrol was the deadliest so far this year, officials said.",
    "Militants stormed a border post in Kidal on Friday, killing six soldiers. The region has seen a string "
    "of attacks in recent months, including the assault on the post.",
])
def test_a_time_that_names_no_day_does_not_set_a_mention_apart(run, text):
    found = [e for e in run(text, published=None) if e.event_type == "ASSAULT" and not e.background]
    assert len(found) == 1, [(e.date, e.evidence.sentence) for e in found]
