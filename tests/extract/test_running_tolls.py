"""A toll whose verb runs over a span ("have been killed in dozens of raids since 2014",
"have died in recent years in attacks") is a running total told through the noun of its
phrase, not a happening. Texts written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Hundreds of farmers have been killed in dozens of raids across the border region since 2016, officials say.",
    "Scores of people have died over recent years in attacks by separatists in the hills.",
])
def test_a_running_toll_told_through_its_noun_is_no_happening(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Six soldiers were killed in attacks on two army posts near Gao on Monday.",
    "Police have arrested 40 people in raids across Kano since Monday.",
])
def test_one_happening_told_through_its_noun_stays(run, text):
    assert len(run(text)) == 1


@pytest.mark.parametrize("text", [
    "The bombing in Mogadishu on Sunday proved the militants were still capable of carrying out deadly raids in the capital.",
    "The group has the ability to strike anywhere in the region, officials in Gao said.",
])
def test_a_deed_told_as_a_capacity_is_no_happening(run, text):
    assert [e for e in run(text) if e.mode == "raid" or e.evidence.sentence.startswith("The group")] == []
