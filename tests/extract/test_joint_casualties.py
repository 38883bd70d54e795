"""One figure told for two roles at once ("were killed or injured", "left 30 dead or
wounded", "killed and wounded 40 fighters") counts the casualties together: it is neither
the dead nor the wounded. Each case is a sentence of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Eleven villagers were killed and injured on Monday when a drone struck a market in Taiz, officials said.",
    "A rocket attack on a camp in Marib on Monday left 30 people dead or wounded, officials said.",
    "The militants killed and wounded 40 soldiers in an ambush near Gao on Monday.",
    "Dozens were killed or injured when a bomb exploded at a mosque in Kunduz on Friday.",
])
def test_a_figure_shared_by_both_roles_is_neither(counts_of, text):
    assert counts_of(text) == {}


@pytest.mark.parametrize("text, expected", [
    # each role word with a figure of its own: two figures
    ("A bomb at a bus station in Gao on Monday left four people dead and wounded 12 others.",
     {"killed": (4, "exact"), "injured": (12, "exact")}),
    ("Five soldiers were killed and four injured when gunmen attacked a base near Gao on Monday.",
     {"killed": (5, "exact"), "injured": (4, "exact")}),
])
def test_role_words_with_figures_of_their_own_keep_them(counts_of, text, expected):
    assert counts_of(text) == expected
