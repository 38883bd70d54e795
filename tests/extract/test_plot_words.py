"""The words of a plot besides "plot": plans or projects called terrorist, and planting a
bomb (sentences written for these tests)."""
from __future__ import annotations

import pytest


def plots(events):
    return [(e.event_type, e.mode, e.status) for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, mode", [
    ("Agents in Tangier said the three men meant to flee abroad after carrying out their terrorist "
     "plans, according to the statement.", "unspecified"),
    ("Police in Oran said the suspects had drawn up terror plans against a barracks and a court.",
     "unspecified"),
    ("Security officers in Quetta detained two men trying to plant an explosive device under a rail "
     "bridge on Friday.", "explosives"),
])
def test_the_words_of_a_plot_make_an_attack_record(run, text, mode):
    found = plots(run(text))
    assert len(found) == 1, found
    assert found[0][1] == mode and found[0][2] != "occurred"


def test_a_bomb_planted_and_set_off_is_one_attack(run):
    found = plots(run("Rebels planted a bomb under a bridge near Kidal, which went off as an army "
                      "truck crossed it on Monday, killing two soldiers."))
    assert len(found) == 1, found


@pytest.mark.parametrize("text", [
    "The city council unveiled its plans for a new park in Oran on Monday.",
    "Volunteers planted trees near the old mine outside Quetta on Friday.",
    "The ministry presented a project to train teachers in Tangier on Monday.",
    # a plan against terror is a government's, no plot
    "The cabinet in Rabat approved a new anti-terror plan for the airports on Monday.",
    "The minister presented a counter-terrorist action plan to parliament in Oran on Monday.",
])
def test_their_everyday_senses_make_none(run, text):
    assert plots(run(text)) == []
