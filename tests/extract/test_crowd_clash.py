"""A clash with a crowd is not a fight of two armed sides: police clashing with protesters
use force on a crowd (``ASSAULT`` with the weapon its sentence names, else unspecified),
while troops clashing with militants stay an ``armed_clash``. Texts written for these tests."""
from __future__ import annotations

import pytest


def assault_modes(events):
    return [e.mode for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, mode", [
    ("Police clashed with protesters in the capital on Saturday, leaving one officer dead.", "unspecified"),
    ("Clashes broke out between police and crowds blocking the main roads on Saturday.", "unspecified"),
    ("Officers clashed with demonstrators and shot dead two of them outside the ministry on Monday.",
     "firearms"),
])
def test_a_clash_with_a_crowd_is_force_on_the_crowd(run, text, mode):
    assert assault_modes(run(text)) == [mode]


def test_a_clash_with_militants_stays_a_clash(run):
    assert assault_modes(run("Troops clashed with militants near the border on Saturday, killing six.")) \
        == ["armed_clash"]
