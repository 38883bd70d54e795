"""How a toll is written: plain rules of English grammar about where a figure sits and what
it counts. An adverb of manner between a figure and its role word ("seven seriously
wounded") leaves the figure that role's; a court that "sentenced two men to death" killed no
one; a time told between the auxiliary and the participle ("were on Thursday killed") leaves
the people the participle's; a toll noun with no figure of its own takes none from a clause
of its own ("deaths were feared because ..."). Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("A bomb exploded at a bus station in Jos on Friday, leaving six dead and twelve critically injured.",
     {"killed": (6, "exact"), "injured": (12, "exact")}),
    ("A blast hit a market in Bannu on Sunday, leaving seven dead and ten seriously wounded.",
     {"killed": (7, "exact"), "injured": (10, "exact")}),
    ("Rebels shelled a camp near Goma on Tuesday. There are about 20 dead and eight seriously wounded, "
     "a nurse said.", {"killed": (20, "about"), "injured": (8, "exact")}),
])
def test_a_figure_told_how_badly_hurt(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a death sentence is no death: the bombing's dead are the toll
    ("A court in Quetta sentenced two men to death on Tuesday for a bombing in which 14 people were "
     "killed.", {"killed": (14, "exact")}),
    ("Judges in Lahore condemned four militants to death over an attack on a school in which nine "
     "pupils were killed.", {"killed": (9, "exact")}),
    # a killing "to death" stays a killing
    ("A mob beat three traders to death at a market in Jos on Monday.", {"killed": (3, "exact")}),
])
def test_a_death_sentence_is_no_death(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three soldiers were on Friday killed by militants near Gao.", {"killed": (3, "exact")}),
    ("Nine traders were on Tuesday evening killed by bandits on a road near Gusau.",
     {"killed": (9, "exact")}),
    ("Two soldiers were on Monday killed and five others wounded when militants ambushed a convoy near "
     "Gao.", {"killed": (2, "exact"), "injured": (5, "exact")}),
])
def test_a_time_between_were_and_the_participle(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the figure of the "because" clause is its wounded, not the feared deaths
    ("Gunmen fired on a bus in Kaduna on Monday and the death toll could rise because 30 passengers "
     "were seriously wounded.", {"injured": (30, "exact")}),
])
def test_a_toll_noun_takes_no_figure_from_another_clause(counts_of, text, expected):
    assert counts_of(text) == expected
