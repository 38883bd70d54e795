"""Arrests told of one person without a figure, and lists whose parse hides a member:
the shapes a report uses for a single suspect held ("remains in custody", "an arrest has
been made", "one detained suspect", "was jailed after being detained"), a person's age set
off after a name (no figure), and "and another" hung on the verb. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Police said the gunman, who is in his 30s, opened fire at a market in Lyon on Monday and has been arrested.",
    "A 17-year-old suspect remains in custody after the stabbing at a church in Leeds on Monday.",
    "A 16-year-old boy who is currently in police custody was charged over the stabbing in Leeds on Monday.",
    "An arrest has been made after a police officer was shot in Belfast on Monday.",
    "According to the minister, the attack in Lyon on Monday has one detained suspect so far.",
    "A party chief went to jail on Monday after being detained over the attack on the court.",
    "Officials said the capture of rebel commander Juan Perez overnight followed the bombing in Cali.",
    "Another cadre of the rebel front, Musa Bello alias Bobo, 45, was arrested in Gao on Monday.",
])
def test_one_person_arrested(counts_of, text):
    assert counts_of(text, "COERCE")["arrested"] == (1, "exact")


def test_another_hung_on_the_verb_is_one_more(counts_of):
    text = ("In Gao district, soldiers captured a senior member of the Patriotic Front of Azawad (PFA) "
            "and another from the Liberation Movement of the North (LMN), identified as Musa Bello, 31.")
    assert counts_of(text, "COERCE")["arrested"] == (2, "exact")


def test_a_breakdown_in_parentheses_still_adds_no_one(counts_of):
    assert counts_of("Gunmen wounded 25 people (four officers and seven traders) in Gao on Monday.")[
        "injured"] == (25, "exact")


@pytest.mark.parametrize("text, expected", [
    ("During the raid, the troops managed to arrest a cell of Islamic State of 5 fighters in the Gao region.",
     (5, "exact")),
    ("Police arrested a gang of four robbers in Kano on Monday.", (4, "exact")),
    ("The government placed at least 12 activists under house arrest in Gao on Monday.", (12, "at_least")),
    ("Two men, namely, Ali Musa and Bala Idris, were arrested for holding bomb parts in Kano on Monday; "
     "9-volt batteries, wires, clips and 200 grams of nails.", (2, "exact")),
])
def test_people_of_a_group_house_arrest_and_misparsed_lists(counts_of, text, expected):
    assert counts_of(text, "COERCE")["arrested"] == expected


def test_a_group_noun_with_its_own_figure_keeps_it(counts_of):
    assert counts_of("Militants attacked a post in Gao on Monday, killing 11 security personnel.")[
        "killed"] == (11, "exact")


def test_a_name_told_after_a_word_for_a_person_is_one(counts_of):
    text = "Prosecutors said phone taps led to the capture of FARC rebel Andres Felipe Mora Quintero overnight."
    assert counts_of(text, "COERCE")["arrested"] == (1, "exact")


@pytest.mark.parametrize("text", [
    "Troops stormed the camp near Tubas on Tuesday and detained a number of young men, residents said.",
    "Police launched raids in Gao on Monday, during which a number of suspects were arrested.",
])
def test_a_number_of_people_held_is_no_one_person(counts_of, text):
    assert "arrested" not in counts_of(text, "COERCE")


@pytest.mark.parametrize("text", [
    "Reporters later went to the barracks where the migrants were detained by police in Zawiya on Monday.",
    "The police said it had arrested those accused of planning bombings in the cities of Gao and Mopti, "
    "as well as the old city of Kidal, adding that some had confessed.",
])
def test_a_place_or_a_time_is_no_one_person_arrested(counts_of, text):
    """"The barracks where they were held", a town the parse hangs on the verb: no figure
    of one."""
    assert counts_of(text, "COERCE").get("arrested") != (1, "exact")
