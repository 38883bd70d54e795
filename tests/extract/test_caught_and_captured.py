"""People caught or captured by force are arrested: "was caught near the station", "the
capture of a rebel commander", "killed three gunmen and captured two" (sentences written
for these tests)."""
from __future__ import annotations

import pytest


def arrests(events):
    return [e for e in events if (e.event_type, e.mode) == ("COERCE", "arrest")]


@pytest.mark.parametrize("text", [
    "One of the robbers ran off across the fields but was caught near the station in Kano on Friday, "
    "police said.",
    "The army said a tip from villagers led to the capture of a rebel commander near Arauca on Monday.",
])
def test_people_caught_or_captured_are_arrested(run, text):
    assert len(arrests(run(text))) == 1


def test_people_wounded_and_caught_are_counted(run):
    found = arrests(run("Five of the raiders were shot dead near Garissa on Monday and two were wounded "
                        "and caught, the police said."))
    assert len(found) == 1 and found[0].counts.arrested.value == 2


def test_a_bare_figure_captured_after_a_killing_counts_people(run):
    found = arrests(run("Soldiers stormed the compound in Kismayo on Sunday, killed four gunmen and "
                        "captured three, an officer said."))
    assert len(found) == 1 and found[0].counts.arrested.value == 3


@pytest.mark.parametrize("text", [
    "The army announced the capture of the town of Bakhmut on Monday.",
    "A lorry caught fire on the highway near Kano on Friday, police said.",
    "Several shoppers were caught in the crossfire in Kano on Friday, police said.",
    "The attack on the police station in Kano was caught on camera on Friday.",
    # what someone got away from did not happen
    "The gunmen fled into the forest near Kano on Friday to avoid being caught by the soldiers.",
])
def test_other_catches_and_captures_are_no_arrest(run, text):
    assert arrests(run(text)) == []
