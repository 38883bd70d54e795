"""People taken by armed men are abducted, not arrested: an arrest verb whose doer is
armed men ("militants captured", "the gunmen rounded up") is an abduction, and an arrest
verb joined by "and" to a kidnapping is that kidnapping; an arrest by the police, or soldiers
taken in a war, stay an arrest. Texts written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Militants captured three aid workers near the frontier on Monday.",
    "The gunmen rounded up a dozen farmers at the market and marched them into the bush.",
])
def test_a_taking_by_armed_men_is_an_abduction(run, text, kinds):
    events = run(text)
    assert kinds(events) == [("ASSAULT", "abduct")]
    assert events[0].counts.arrested is None


def test_an_arrest_verb_joined_to_a_kidnapping_is_that_kidnapping(run, kinds):
    events = run("More than forty pupils were rounded up and kidnapped by the bandits at dawn on Friday.")
    assert kinds(events) == [("ASSAULT", "abduct")]


@pytest.mark.parametrize("text", [
    "Police captured three gunmen near the frontier on Monday.",
    "Insurgents captured four soldiers after a firefight near the frontier on Monday.",
])
def test_an_arrest_by_the_police_or_a_capture_of_soldiers_stays_an_arrest(run, text, kinds):
    assert kinds(run(text))[-1] == ("COERCE", "arrest")
