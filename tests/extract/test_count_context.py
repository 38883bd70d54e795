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
