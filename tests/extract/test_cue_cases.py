"""Status and attribution read off one sentence, as a reader of the record expects."""
from __future__ import annotations

import pytest

from polybius.records import Article


@pytest.fixture(scope="module")
def events_of(pipeline):
    def _events(text: str, event_type: str):
        found = [e for e in pipeline.process(Article(id="t", text=text, published="2025-04-16",
                                                     published_from="metadata"))
                 if e.event_type == event_type]
        assert found, f"no {event_type} event in {text!r}"
        return found
    return _events


@pytest.mark.parametrize("text, status", [
    ("Militants will attack the base in Kidal, a spokesman warned.", "planned"),
    ("Police foiled a plot to bomb a synagogue in Vienna on Monday.", "thwarted"),
    # claiming responsibility is not an allegation: the attack happened
    ("Islamic State claimed responsibility for the attack on a mosque in Kabul on Friday.", "occurred"),
    ("The suspects are accused of attacking a checkpoint in Peshawar last month.", "alleged"),
    ("Hamas did not attack the convoy in Gaza, a spokesman said.", "denied"),
    ("Soldiers arrested the men who planned the attack on a bank in Lagos.", "planned"),
])
def test_status_of_the_attack(events_of, text, status):
    assert events_of(text, "ASSAULT")[0].status == status


def test_the_arrest_of_plotters_happened(events_of):
    text = "Soldiers arrested the men who planned the attack on a bank in Lagos."
    assert events_of(text, "COERCE")[0].status == "occurred"


@pytest.mark.parametrize("text, by, claim", [
    ("Police said gunmen killed five villagers in Zamfara on Monday.", "Police", "Police said"),
    ("Gunmen killed five villagers in Zamfara on Monday, the governor told reporters.",
     "the governor", "the governor told"),
    ("A bomb exploded in a market in Kano on Monday, police spokesman Abdullahi Haruna said.",
     "police spokesman Abdullahi Haruna", "police spokesman Abdullahi Haruna said"),
    ("Gunmen killed five villagers in Zamfara on Monday, citing local officials, Reuters reported.",
     "local officials", "citing local officials"),
])
def test_who_reported_it(events_of, text, by, claim):
    ev = events_of(text, "ASSAULT")[0]
    assert (ev.source_claim.by, ev.source_claim.text) == (by, claim)


def test_the_perpetrator_is_not_the_source(events_of):
    ev = events_of("Gunmen killed five villagers in Zamfara on Monday.", "ASSAULT")[0]
    assert ev.source_claim is None
