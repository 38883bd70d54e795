"""Figures the tagger or the phrase hides: a number word the small tagger calls a date, a
number the parser hangs on a nationality, "a minimum of", an appositive that restates the
people, and a tally given "as of" a time. Each case is a sentence of our own and the
figure a reader takes from it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a sentence's first number word, which the tagger may call a DATE by itself
    ("Forty villagers were killed by gunmen in Benue on Monday.", {"killed": (40, "exact")}),
    # the figure hung on the nationality before the people ("Nine Nigerien soldiers")
    ("Nine Nigerien soldiers were shot dead on Friday near the border, a source said.",
     {"killed": (9, "exact")}),
    # "a minimum of" / "a maximum of": the people are after "of", hedged
    ("Gunmen killed a minimum of 13 guards at a mine in Sinaloa on Monday.",
     {"killed": (13, "at_least")}),
])
def test_hidden_figures(counts_of, text, expected):
    assert counts_of(text) == expected


def test_a_figure_after_the_day_counts_the_arrested(counts_of):
    # the day told between the verb and its people: the parser hangs the figure on the day
    got = counts_of("Police arrested on Wednesday three suspected members of a cell plotting attacks, "
                    "prosecutors said.", "COERCE")
    assert got == {"arrested": (3, "exact")}


def test_a_maximum_of_is_an_upper_bound(counts_of):
    got = counts_of("Police arrested a maximum of 30 protesters in Lagos on Monday.", "COERCE")
    assert got == {"arrested": (30, "up_to")}


def test_an_appositive_restates_the_people(counts_of):
    # "the victims, four farmers": the figure is on the appositive
    got = counts_of("Police said the victims, four farmers, were killed by gunmen in Zamfara on Monday.")
    assert got == {"killed": (4, "exact")}


def test_a_tally_as_of_a_time_updates_the_toll(counts_of):
    text = ("A bomb exploded at a market in Kano on Monday, wounding at least 40 people. "
            "As of noon, officials said 50 people were injured.")
    assert counts_of(text) == {"injured": (50, "exact")}


def test_the_wounded_a_speaker_adds_are_the_attacks(counts_of):
    """"..., police said, adding that two guards were wounded": the casualty clause hangs on
    the verb of saying, whose report is the attack."""
    text = ("A roadside bomb killed a district governor near the town of Dogo on Monday, police said, "
            "adding that two of his guards were wounded.")
    assert counts_of(text) == {"killed": (1, "exact"), "injured": (2, "exact")}
