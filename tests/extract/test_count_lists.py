"""Tolls told as lists of people: every member counts once, a breakdown after a dash, a
parenthesis or a plain "two people," adds no one, and a role word after the last member
is the whole list's. Each case is a sentence of our own and the figure a reader takes."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a comma list the small parser strings as appositions
    ("An air strike killed a militia commander, two guards, and five farmers in the town of Tyre on "
     "Monday, a security source said.", {"killed": (8, "exact")}),
    # the first members of a listed subject parsed as subjects of their own
    ("A farmer, his three sons, a vigilante and two suicide bombers were killed when a bomb went off at "
     "a market in Maiduguri on Monday.", {"killed": (7, "exact")}),
    # "another civilian" is one person
    ("A retired judge and another civilian were killed by a drone strike on Falam on Monday, residents said.",
     {"killed": (2, "exact")}),
    # "along with" after the object, hung on the verb
    ("Troops said they had shot dead a wanted rebel commander, along with his bodyguard, near Beni on Monday.",
     {"killed": (2, "exact")}),
    # the role word after the last member counts the whole list
    ("A roadside bomb attack left four policemen and three civilians dead in Gao on Monday, officials said.",
     {"killed": (7, "exact")}),
    # a later member told with "a" is one person, whatever its noun
    ("A trader, his two daughters, a Civilian JTF and two bombers died when a bomb went off at a market in "
     "Maiduguri on Monday.", {"killed": (6, "exact")}),
])
def test_every_member_of_a_list_counts(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed three people, two herders and a boy, in Gao on Monday.", {"killed": (3, "exact")}),
    ("A truck bomb exploded near the base in Gao, killing two and wounding 25 (three officers, eight "
     "sergeants and fourteen soldiers).", {"killed": (2, "exact"), "injured": (25, "exact")}),
    # the breakdown after a colon that follows the verb
    ("A bomb exploded in a church in Jolo on Sunday. At least 40 people were injured: 30 worshippers, eight "
     "soldiers and two police officers.", {"injured": (40, "at_least")}),
    # ... and after a dash further on, however the parser strings its members
    ("A rocket exploded near a hotel in Haifa on Monday, leaving at least 14 people wounded — three badly, "
     "one moderately, and the others lightly.", {"injured": (14, "at_least")}),
])
def test_a_breakdown_of_a_figure_adds_no_one(counts_of, text, expected):
    assert counts_of(text) == expected


def test_another_person_is_one_and_is_not_added_to_the_toll(run, counts_of):
    assert counts_of("Gunmen shot dead another trader at the market in Gao on Monday.") == {"killed": (1, "exact")}
    events = run("Police arrested five suspects over the bombing of a market in Kano on Monday. "
                 "Another suspect was also arrested with detonators, police said.")
    # the other suspect's arrest is a record of its own (one arrested), never added to the five
    assert [e.counts.arrested.value for e in events if e.event_type == "COERCE"] == [5, 1]


@pytest.mark.parametrize("text, expected", [
    # after a toll of victims, "also" retells some of them
    ("Gunmen killed seven villagers in Konduga on Monday, police said. A teacher and his son were also "
     "killed.", {"killed": (7, "exact")}),
    ("An air strike on a market in Sagaing on Monday killed at least nine people, residents said. Two "
     "monks were also killed.", {"killed": (9, "at_least")}),
])
def test_also_after_a_toll_of_victims_adds_no_one(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a toll noun of another role after "and" is that role's figure, not more dead
    ("Gunmen stormed a hotel in Mogadishu on Friday, resulting in at least 20 civilian deaths and 40 "
     "injuries, officials said.", {"killed": (20, "at_least"), "injured": (40, "exact")}),
    ("The bombing of a market in Kano on Monday caused 12 deaths and 30 injuries.",
     {"killed": (12, "exact"), "injured": (30, "exact")}),
    ("The ministry reported two more fatalities and four injuries in air strikes on Khiam on Friday.",
     {"killed": (2, "exact"), "injured": (4, "exact")}),
])
def test_deaths_and_injuries_are_two_figures(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure joined to more people by "and" lists them too
    ("Gunmen shot dead a trader at a market in Kirkuk on Thursday, injuring one of his sons and a guard.",
     {"killed": (1, "exact"), "injured": (2, "exact")}),
    ("A gunman killed two of his neighbours and three passers-by in a shooting in Djerba on Tuesday.",
     {"killed": (5, "exact")}),
])
def test_a_figure_joined_to_more_people_counts_them(counts_of, text, expected):
    assert counts_of(text) == expected
