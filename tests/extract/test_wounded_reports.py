""""Eleven others sustained injuries", "nine were hospitalised": reports of the wounded
told in a sentence of their own, with no deed, give the wounded to the happening they fit
and never make a record by themselves. Sentences of our own."""
from __future__ import annotations


def test_sustained_injuries_on_their_own_give_the_attack_its_wounded(counts_of):
    text = ("Gunmen opened fire on a cattle market in the town of Dogo on Sunday, killing four "
            "traders. Eleven others sustained serious injuries, a police spokesman said.")
    assert counts_of(text) == {"killed": (4, "exact"), "injured": (11, "exact")}


def test_the_hospitalised_give_the_attack_its_wounded(counts_of):
    text = ("Gunmen opened fire on a cattle market in the town of Dogo on Sunday, killing four "
            "traders. More than nine people are hospitalised, the council chairman said.")
    assert counts_of(text)["injured"] == (9, "more_than")


def test_the_dead_and_the_injured_told_together_keep_both(counts_of):
    """Two bare reports in one sentence ("died ... sustained injuries"): the first is the
    sentence's mention and reads both figures."""
    text = ("Gunmen opened fire on a mosque in the town of Dogo on Friday. Seven worshippers died "
            "while twenty others sustained injuries, the police said.")
    assert counts_of(text) == {"killed": (7, "exact"), "injured": (20, "exact")}


def test_a_report_of_the_wounded_alone_makes_no_record(run):
    # guard: with no deed told anywhere, injuries are no news of violence
    assert [e for e in run("Twelve pupils sustained injuries at a school in Dogo on Monday, the "
                           "police said.") if e.event_type == "ASSAULT"] == []


def test_escaping_injury_reports_no_wounded(counts_of):
    # guard: injuries only as what someone suffered
    text = ("Gunmen opened fire on the convoy of the governor near the town of Dogo on Sunday. "
            "The governor escaped injury, his spokesman said.")
    assert "injured" not in counts_of(text)
