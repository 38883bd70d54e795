"""A joint operation of one state's forces is not security cooperation; one done "with"
someone, or whose sentence names two countries, is. Texts written for these tests."""
from __future__ import annotations

import pytest


def cooperation(events):
    return [e for e in events if e.event_type == "COOPERATE"]


@pytest.mark.parametrize("text", [
    "A joint operation was launched by the army and the state police at a hamlet near Kulgam on Thursday.",
    "The troops were returning from a joint operation involving three districts when the bomb went off near Bijapur.",
])
def test_one_states_joint_operation_is_not_cooperation(run, text):
    assert cooperation(run(text)) == []


@pytest.mark.parametrize("text", [
    "The army launched a joint operation with troops from neighbouring Niger against the jihadists near Gao.",
    "Malian and French troops launched a joint operation against the jihadists near Gao on Monday.",
])
def test_a_joint_operation_of_two_states_is_cooperation(run, text):
    assert len(cooperation(run(text))) == 1


@pytest.mark.parametrize("text", [
    "The candidate was shot dead in Quito on Wednesday moments after leaving a campaign rally.",
    "The shooting took place some 50 metres from the gate of the rally venue in Quito on Wednesday.",
])
def test_an_election_rally_is_no_protest(run, text):
    assert [e for e in run(text) if e.event_type == "PROTEST"] == []


def test_a_rally_against_a_law_is_a_protest(run):
    found = run("Thousands of opposition supporters held a rally in Quito on Wednesday against the new tax law.")
    assert [e.event_type for e in found] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "The elite unit was tipped off about the hideout in Rajshahi by a group of local men on Monday.",
    "Police in Nairobi said they had been tipped off about the gang's hideout on Monday.",
])
def test_a_tip_to_the_police_is_no_intelligence_sharing(run, text):
    assert cooperation(run(text)) == []


def test_an_intelligence_service_tipping_off_police_is_sharing(run):
    found = run("Kenyan intelligence tipped off Ugandan police about the bomb plot in Kampala on Monday.")
    assert [e.mode for e in cooperation(found)] == ["intelligence_sharing"]
