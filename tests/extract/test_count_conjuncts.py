"""Two casualty verbs joined by "and", each with people of its own ("nine were killed and
many others wounded"): the second verb counts its own subject and never borrows the
first verb's figure. Each case is a sentence of our own and the figures a reader takes."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the wounded have no figure: no injured figure, not the dead's
    ("Gunmen opened fire on a bus near Kaduna on Monday; eleven passengers were killed and many others "
     "wounded, police said.", {"killed": (11, "exact")}),
    ("In the raid on a police post in Zinder on Monday, seven officers were killed, and others were "
     "injured, the governor said.", {"killed": (7, "exact")}),
    # the wounded's own figure, written with "more"
    ("Twelve soldiers have been killed and four more wounded in an ambush in Gao on Monday.",
     {"killed": (12, "exact"), "injured": (4, "exact")}),
])
def test_a_conjunct_verb_counts_its_own_subject(counts_of, text, expected):
    assert counts_of(text) == expected

