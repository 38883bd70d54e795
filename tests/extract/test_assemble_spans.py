"""A stated time that names no day ("so far this year", "in recent months") sets no
mention apart, on either side: the happening told with one is compared as an undated one.
Texts written for these tests."""
from __future__ import annotations


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_a_day_joins_a_happening_told_so_far_this_year(run):
    # on an undated page "so far this year" stays unread: the Sunday of the next sentence
    # is the ambush's own day, not another one
    events = run("Militants ambushed a convoy near Kidal, killing six soldiers in the deadliest attack "
                 "on the army so far this year. The soldiers were attacked on Sunday as they returned to "
                 "their base, the army said.", published=None)
    found = assaults(events)
    assert len(found) == 1, [(e.date, e.evidence.sentence) for e in found]
    assert found[0].counts.killed.value == 6


def test_the_worst_attack_in_years_takes_the_day_told_next(run):
    events = run("Gunmen killed nine villagers near Kidal in the region's deadliest attack in years. "
                 "The village was attacked on Sunday night, residents said.", published=None)
    found = assaults(events)
    assert len(found) == 1, [(e.date, e.evidence.sentence) for e in found]
