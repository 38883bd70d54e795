"""One "under attack for" a deed or a word is criticised, not assaulted; "under attack"
with no such reason stays an attack. Texts written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two senators came under attack for skipping the caucus meeting in Nairobi on Friday.",
    "Two senators came under attack for their remarks in Nairobi on Friday.",
    "The minister has been under attack from his own party for backing the tax bill in Nairobi.",
])
def test_under_attack_for_a_deed_or_a_word_is_criticism(run, text):
    assert [e for e in run(text) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "The convoy came under attack near Gao on Friday, the army said.",
    "The base came under attack for the second time this week near Gao on Friday, the army said.",
])
def test_under_attack_with_no_reason_stays_an_attack(run, text):
    assert [e.event_type for e in run(text)].count("ASSAULT") == 1
