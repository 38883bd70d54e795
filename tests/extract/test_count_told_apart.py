"""Tolls whose people the parse tells apart from their figure: the deed that "left" the
dead, the wounded who died, more victims told with no figure in a sentence of their own,
a dateline's places hanging the people and their breakdown. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the parser may make the people the subject of "dead" itself: they are the toll, and
    # the raid that "left" them is none of its own dead
    ("A dawn raid by rebels on an army camp near Beni has left at least 23 people dead, a spokesman said "
     "on Sunday.", {"killed": (23, "at_least")}),
    ("A fresh attack by gunmen on a farming village near Makurdi has left many feared dead, police said on Monday.",
     {}),
])
def test_the_deed_that_left_the_dead_is_not_one_of_them(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The toll from a bus bombing in Kohat rose to nine on Friday, following the deaths of two critically "
     "wounded boys.", {"killed": (9, "exact")}),
    ("Gunmen killed five wounded soldiers in a field hospital near Kohat on Monday.", {"killed": (5, "exact")}),
])
def test_wounded_who_died_are_no_count_of_the_wounded(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead the mayor of Tula in the main square on Saturday night. A city councillor and a "
     "bodyguard were also wounded.", {"killed": (1, "exact"), "injured": (2, "exact")}),
    ("Gunmen shot dead the mayor of Tula in the main square on Saturday night. A bodyguard was also wounded.",
     {"killed": (1, "exact"), "injured": (1, "exact")}),
])
def test_more_victims_told_without_a_figure_join_the_toll(run, counts_of, text, expected):
    assert counts_of(text) == expected
    assert run(text.split(". ", 1)[1]) == []   # alone, such a report makes no record


@pytest.mark.parametrize("text", [
    "KANO CITY, Kano, Nigeria — Twenty-one people, nine of them troops, were injured by several "
    "blasts that shook Kano on Sunday.",
    "LAGOS CITY, Lagos, Nigeria — Twenty-one people, nine of them troops, were injured by several "
    "explosions that shook Lagos City and the town of Ikeja nearby on Sunday while residents got ready for the "
    "festival.",
])
def test_a_dateline_of_places_keeps_the_first_figure(counts_of, text):
    assert counts_of(text) == {"injured": (21, "exact")}


def test_a_role_word_closing_the_first_member_keeps_the_rest_out(counts_of):
    text = ("Locals say the assault by gunmen left at least six farmers dead and about 150 others abducted "
            "from the village.")
    assert counts_of(text)["killed"] == (6, "at_least")



@pytest.mark.parametrize("text, injured", [
    ("A man rammed his car into a crowd in Essen on Monday. Two people were killed and four seriously injured, "
     "and six others suffered minor injuries, police said.", (10, "exact")),
    ("Rebels detonated a truck bomb at an army base in Arauca on Tuesday. The ministry said that two soldiers "
     "died, four others were seriously injured and 19 were hurt, although their lives were not in danger.",
     (23, "exact")),
    ("An attacker knifed five people in a park in Graz on Saturday, killing a teenage girl. Two were badly "
     "injured in the attack, with the remaining two having received minor injuries.", (4, "exact")),
    # a part told "of them", a vague part, two reports told with no word of how badly: no sum
    ("A bomb hit a bus in Kano on Monday, injuring 20 people, five of them seriously.", (20, "exact")),
    ("A bomb ripped through a station in Quetta on Saturday, killing 17. The attack also wounded 30 others, "
     "with several critically injured.", (30, "exact")),
    ("A suicide bomber struck near a ministry in Kabul on Monday. Early reports said one person was killed and "
     "three others were wounded; the clinic later reported one death and six injuries, with four of those "
     "hurt listed as critically injured.", (3, "exact")),
])
def test_the_wounded_told_by_how_badly_add_up(counts_of, text, injured):
    assert counts_of(text)["injured"] == injured
