"""A verb of aiming names its target with "at" ("fired across the border at X"), and what
it sends ("fired shots at X") is never the target. Texts written for these tests."""
from __future__ import annotations


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_fired_at_names_the_side_aimed_at(run):
    found = assaults(run("Border guards fired across the frontier at Iranian positions late on Monday, "
                         "the ministry said."))
    assert [e.recipient.name if e.recipient else None for e in found] == ["Iran"]


def test_the_shots_fired_are_not_the_target(run):
    found = assaults(run("Unknown men fired several shots at Kenyan police near the market in Garissa on Sunday."))
    assert found and found[0].recipient is not None
    assert "shots" not in (found[0].recipient.text or "")
    assert found[0].recipient.name == "Kenya"
