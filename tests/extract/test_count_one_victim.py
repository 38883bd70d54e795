"""The one person a killing or wounding takes: only the living are killed or wounded, so
the patient of the verb told with "a", "an" or "another" is one person, whatever its noun.
Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Gunmen opened fire on a ferry near Port Harcourt on Monday, wounding a deckhand.",
     {"injured": (1, "exact")}),
    ("In a separate incident, a cyclist was shot dead in Beni on Monday.", {"killed": (1, "exact")}),
    ("A bailiff was injured when militants threw a grenade at a court in Dhaka on Monday.",
     {"injured": (1, "exact")}),
    ("Rebels ambushed a patrol near Bamenda on Tuesday, killing three soldiers and wounding another.",
     {"killed": (3, "exact"), "injured": (1, "exact")}),
])
def test_one_victim_whatever_the_noun(counts_of, text, expected):
    assert counts_of(text) == expected

