"""Who did it, when a phrase names a group only as a link ("an al-Qaeda-linked group"),
and other doer rules of issue 14. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from polybius.records import Article

PUB = "2025-04-16"  # a Wednesday


@pytest.fixture(scope="module")
def run(pipeline):
    def _run(text: str):
        return pipeline.process(Article(id="t", text=text, published=PUB, published_from="metadata"))
    return _run


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT" and not e.background]


@pytest.mark.parametrize("text", [
    "An al-Qaeda-linked militant group killed three soldiers in an ambush in Sulu province on Tuesday.",
    "Four soldiers died after a long firefight with the al-Qaeda-linked rebels near Jolo on Tuesday.",
    "An ISIS-affiliated gang shot dead two farmers in Borno State on Monday, police said.",
])
def test_a_group_named_only_as_a_link_is_not_the_doer(run, text):
    found = assaults(run(text))
    assert found
    assert all(e.actor is None or e.actor.name not in ("al-Qaeda", "Islamic State") for e in found)


def test_a_linked_group_that_names_its_own_group_is_that_group(run):
    found = assaults(run("The al-Qaeda-linked al-Shabaab fighters stormed a hotel in Mogadishu on "
                         "Tuesday, killing nine guests."))
    assert found and found[0].actor.name == "al-Shabaab"


def test_people_arrested_as_linked_to_a_group_are_still_that_group_s(run):
    arrests = [e for e in run("Police arrested five al-Qaeda-linked suspects in Jakarta on Tuesday.")
               if e.event_type == "COERCE"]
    assert arrests and arrests[0].recipient is not None and arrests[0].recipient.name == "al-Qaeda"
