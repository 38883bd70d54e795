"""One armed group is never both the doer and the target of a one-sided attack.

Assembly takes a happening's doer and whom it hit from different sentences, and the
resolver reads a bare description ("militants", "the group") as the article's armed
group on either side; so an attack can end with the same party as its actor and its
recipient ("the group stormed the ministry ... four militants were killed"). The doer
is then the better read (it is what the article is about); whom the attack hit is not
known, so the recipient is dropped.

A fight of two armed sides (``armed_clash``) is left alone: the group's men die in it
as often as they kill, and the other side's name is better left to what the sentences
say. So is an arrest whose arrester is read as the arrested group ("its units detained
two IS suspects"). docs/extraction.md (Actors) has the measurements.
"""

from __future__ import annotations

from dataclasses import replace

from polybius.records import Event


def settle_sides(events: list[Event]) -> list[Event]:
    """The happenings, no one-sided attack with its doer as its target (see the module)."""
    return [_settled(e) for e in events]


def _same_group(e: Event) -> bool:
    """Actor and recipient are one armed group (a state on both sides comes from forces
    read in the event's country, "border guards fired at Iranian positions", where the
    target's nationality is the better read: left alone)."""
    return bool(e.actor is not None and e.recipient is not None and e.actor.name
                and e.actor.kind == "armed_group" and e.actor.name == e.recipient.name)


def _settled(e: Event) -> Event:
    if _same_group(e) and e.event_type == "ASSAULT" and e.mode != "armed_clash":
        return replace(e, recipient=None)
    return e
