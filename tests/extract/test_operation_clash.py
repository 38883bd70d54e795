"""Deaths told in a police or security forces' operation or raid ("killed during a
security operation", "killed in a police raid on a hideout") are a fight of two armed
sides: with no weapon named, the mode is `armed_clash`, not `unspecified`. Texts
written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two militants and a soldier were killed during a security operation in Khyber district on Sunday.",
    "Four suspects were killed in a police raid on a hideout in the town of Kano on Monday.",
    "A constable and three bandits were killed in a counter-terrorism operation near Gwoza on Friday.",
])
def test_deaths_in_a_security_operation_are_a_clash(run, text):
    found = [e for e in run(text) if e.event_type == "ASSAULT"]
    assert len(found) == 1
    assert found[0].mode == "armed_clash"


def test_a_named_weapon_still_wins(run):
    found = [e for e in run("Two soldiers were killed by a roadside bomb during a search operation "
                            "near Gwoza on Friday.") if e.event_type == "ASSAULT"]
    assert found and found[0].mode == "explosives"
