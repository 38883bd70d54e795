"""A speaker pointing at a named party as the doer, or telling a deed as its work, charges
it (ACCUSE); the same words with no name, with praise, or negated do not (texts written for
these tests)."""
from __future__ import annotations

import pytest


def _accusations(events):
    return [e for e in events if e.event_type == "ACCUSE"]


LEAD = "Gunmen killed six soldiers at a checkpoint near Kirkuk on Monday. "
BOMB = "A car bomb killed nine people at a market in Mogadishu on Sunday. "


@pytest.mark.parametrize("text, party", [
    (LEAD + "The defence minister pointed to the Islamic State as the likely culprit, officials said.",
     "Islamic State"),
    (LEAD + '"Our early findings point towards the Islamic State," the interior minister added.', "Islamic State"),
    (BOMB + '"This bombing is the cowardly work of al-Shabaab," the police chief told reporters.', "al-Shabaab"),
])
def test_pointing_at_a_named_party_is_an_accusation(run, text, party):
    found = _accusations(run(text))
    assert len(found) == 1, text
    assert found[0].recipient is not None and found[0].recipient.name == party


def test_pointing_at_a_named_party_as_no_doer_is_no_accusation(run):
    events = run(LEAD + "The president pointed to Jordan as an example of security cooperation, officials said.")
    assert not _accusations(events)
