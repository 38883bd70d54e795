"""A one-sided attack never has its doer as its target (``resolve.sides``); a clash, which
has two armed sides, and other deeds are left as assembly made them."""
from __future__ import annotations

from polybius.records import Actor, Event, Evidence
from polybius.resolve.sides import settle_sides

GROUP = Actor(text="the militants", name="al-Shabaab", kind="armed_group")
STATE = Actor(text="troops", name="Somalia", country="SOM", kind="security_forces")


def event(mode: str, actor: Actor, recipient: Actor | None, event_type: str = "ASSAULT") -> Event:
    sentence = "The militants stormed a hotel; four militants were killed."
    return Event(event_id="e1", article=None, event_type=event_type, mode=mode,
                 evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
                 actor=actor, recipient=recipient)


def test_an_attack_whose_target_is_its_doer_hit_no_one_named():
    [e] = settle_sides([event("firearms", GROUP, GROUP)])
    assert e.actor == GROUP and e.recipient is None


def test_a_clash_keeps_the_group_on_both_sides():
    [e] = settle_sides([event("armed_clash", GROUP, GROUP)])
    assert e.recipient == GROUP


def test_an_arrest_is_left_alone():
    [e] = settle_sides([event("arrest", GROUP, GROUP, event_type="COERCE")])
    assert e.actor == GROUP and e.recipient == GROUP


def test_another_target_is_kept():
    [e] = settle_sides([event("firearms", GROUP, STATE)])
    assert e.recipient == STATE


def test_a_state_on_both_sides_is_left_alone():
    # forces read in the event's country against a target named by its nationality
    [e] = settle_sides([event("firearms", STATE, STATE)])
    assert e.recipient == STATE
