"""Figures a reader takes from the way a page and its sentences are laid out: the page's
own date heading the lead, the toll told in the sentence beside the trigger, the dead told
as nouns. Each case is a sentence of our own and the figure a reader takes from it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("date 2025-04-14 At least six people — including two traffic wardens — were killed and 19 others "
     "sustained injuries in a blast outside a bank in Peshawar on Monday, police said.",
     {"killed": (6, "at_least"), "injured": (19, "exact")}),
    ("date 2025-04-14 One Afghan border guard was killed and three were hurt in a firefight with Iranian "
     "border guards on Monday, two security sources said.",
     {"killed": (1, "exact"), "injured": (3, "exact")}),
])
def test_the_page_s_date_heading_does_not_hide_the_lead_s_toll(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the casualty clause hangs under the verb whose object is the attack
    ("The police suffered another attack late on Monday when three constables were martyred, and two "
     "others were hurt in a shooting near a market in Quetta.",
     {"killed": (3, "exact"), "injured": (2, "exact")}),
    # ... or under a verb of a clause the attack opens
    ("A suicide bomber blew himself up outside a hotel in Mogadishu, sparking a siege by gunmen that "
     "left dozens dead on Monday.", {"killed": (24, "at_least")}),
    # ... with "dead" tagged as an adverb
    ("A gunman opened fire inside a mall in Nairobi, sparking a three-hour standoff with police that "
     "left dozens dead late Sunday, a local newspaper reported.", {"killed": (24, "at_least")}),
])
def test_a_casualty_clause_no_trigger_owns_is_the_attack_s_toll(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person told by age or by nationality
    ("Troops stormed a village near Nablus on Monday, sparking a clash that killed a 16-year-old "
     "Palestinian, medics said.", {"killed": (1, "exact")}),
    # the figure hung on a name before the noun
    ("At least one Assam Rifles jawan was shot dead when rebels ambushed a convoy in Ukhrul on Monday.",
     {"killed": (1, "at_least")}),
    # the dead told as bodies of people
    ("Police found the bodies of five men kidnapped by a gang in Guerrero, the prosecutor said on Monday.",
     {"killed": (5, "exact")}),
])
def test_the_dead_told_by_age_name_or_bodies(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the parser hangs the subject on "were"
    ("Gunmen stormed a police camp in Wajir on Sunday, killing six officers. Two guards were "
     "critically injured and are still receiving treatment.", {"killed": (6, "exact"), "injured": (2, "exact")}),
    # a casualty word told as what was reported
    ("Two soldiers were killed in a clash with rebels in Gao on Thursday. One soldier was also reported "
     "wounded in the fighting.", {"killed": (2, "exact"), "injured": (1, "exact")}),
])
def test_the_toll_of_a_casualty_sentence_after_the_lead(counts_of, text, expected):
    assert counts_of(text) == expected


def test_the_figure_right_after_an_active_casualty_verb(counts_of):
    # the parser lost the object of "wounded" (it made "others" the subject of "were")
    got = counts_of("A rocket hit a fuel depot in Aden on Monday. the strike killed 14 people, including a "
                    "six-year-old boy and wounded at least four others and all victims were workers.")
    assert got == {"killed": (14, "exact"), "injured": (4, "at_least")}
