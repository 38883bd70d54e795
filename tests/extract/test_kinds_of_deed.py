"""A bare plural noun for a deed, with no figure, day or place of its own and not the
subject of its clause, told in the present or the present perfect, names a kind of deed
("the country has faced attacks from rebels"), not a happening (in the past, simple or
perfect, it narrates: "caused chaos with shootings", "had joined street protests"); a
subject ("protests broke out") and a deed told with its place, day or toll stay. Texts
written for these tests."""
from __future__ import annotations

import pytest


def assaults(events, kind="ASSAULT"):
    return [e for e in events if e.event_type == kind]


@pytest.mark.parametrize("text", [
    "Over the years the country has faced attacks from separatist rebels and jihadist cells.",
    "Her brother has taken part in anti-war protests, the court heard.",
    "The militia has long been blamed for committing bombings and shootings.",
    "The word is used by the army to refer to raids by rebels based across the river.",
])
def test_a_kind_of_deed_told_in_the_present_is_no_happening(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Protests broke out in the capital after the vote.", "PROTEST"),
    ("Militants carried out attacks on two army posts in Borno on Monday.", "ASSAULT"),
    ("Soldiers repelled attacks that killed three guards at the camp.", "ASSAULT"),
    ("Gang members caused chaos in the city with shootings and blockades.", "ASSAULT"),
    ("Rallies first started in the oil town, then escalated into mass protests.", "PROTEST"),
    ("The driver had joined street protests against fuel prices before he moved abroad.", "PROTEST"),
])
def test_a_told_happening_stays(run, text, kind):
    assert len(assaults(run(text), kind)) == 1
