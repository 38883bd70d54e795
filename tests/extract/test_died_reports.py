""""Six people died": a casualty report told with "die" gives the dead to the happening it
fits, and never makes a record by itself (people die of many things). Its subject is who
died, not a doer. Sentences of our own."""
from __future__ import annotations


def test_a_died_report_gives_the_attack_its_dead(counts_of):
    text = ("Rebels attacked the village of Dogo in Kano State on Sunday. Six people died, a police "
            "spokesman said.")
    assert counts_of(text)["killed"] == (6, "exact")


def test_a_death_with_a_place_and_a_day_of_its_own_makes_no_record(run):
    # guard: the report only joins; told alone, with a town and a day, it is no news of violence
    assert [e for e in run("The former governor of the state died in a hospital in Kano on Monday.")
            if e.event_type == "ASSAULT"] == []


def test_the_wounded_whose_deaths_are_told_are_no_figure_of_the_wounded(counts_of):
    """"After the deaths of two badly wounded passengers": they died; the participle
    tells how they had been hurt, not a new toll of the wounded."""
    text = ("A bomb tore through a bus near Gao on Monday, wounding 30 people. The death toll from "
            "the bus bombing increased to six, following the deaths of two badly wounded passengers.")
    counts = counts_of(text)
    assert counts["killed"] == (6, "exact") and counts["injured"] == (30, "exact")


def test_the_held_who_were_killed_are_no_figure_of_the_arrested(run):
    """"Guards killed two detained suspects": the participle tells who the dead were, as
    "wounded" does for the wounded who died; no count of arrests."""
    events = run("Guards killed two detained suspects during an escape attempt at a prison in Kano "
                 "on Monday.")
    assert [e.counts.killed.value for e in events if e.event_type == "ASSAULT"] == [2]
    assert all(e.counts.arrested is None for e in events)
