"""Fold repeated mentions of one happening within an article into its first mention.

"The clashes also left six dead", "the church shooting", "the March attack": a definite
mention of an event type already reported earlier in the article is the same event
unless its place or date says otherwise. New facts (counts, an actor) move to the first
mention; nothing else is emitted twice.
"""
from __future__ import annotations

from polybius.extract.draft import Draft
from polybius.records import COUNT_ROLES

_WEAK_ACTOR = {"it", "its", "they", "their", "them", "he", "she", "the group", "the attackers",
               "the assailants", "the gunmen", "the perpetrators"}


def _compatible_mode(a: str, b: str) -> bool:
    if a == b or "unspecified" in (a, b):
        return True
    return {a, b} <= {"firearms", "armed_clash"}


def _same_place(a: Draft, b: Draft) -> bool | None:
    """True/False when both name places, None when one does not."""
    if not a.places or not b.places:
        return None
    words_a = {w.lower() for p in a.places for w in p.split()}
    words_b = {w.lower() for p in b.places for w in p.split()}
    return bool(words_a & words_b)


def _fits(a: Draft, d: Draft, max_gap: int) -> bool:
    """Could ``d`` be a later mention of ``a``?"""
    if a.event_type != d.event_type or not _compatible_mode(a.mode, d.mode):
        return False
    if a.status != d.status:  # "the plot" is not "the attack"
        return False
    same = _same_place(a, d)
    if same is False:
        return False
    if d.date_text and a.date_text and d.date_text.lower() != a.date_text.lower():
        # "the March attack" may still be the attack "on March 22"
        if not any(w in a.date_text.lower() for w in d.date_text.lower().split() if len(w) > 3):
            return False
    if same is None and not d.definite and not (d.also and d.sent_index - a.sent_index <= 1):
        return False
    return not (same is None and d.sent_index - a.sent_index > max_gap and not d.definite)


def _antecedent(d: Draft, earlier: list[Draft], max_gap: int) -> Draft | None:
    """The latest earlier event ``d`` fits; within that sentence, its main event ("the
    assault" is the militants' attack, not the troops' return fire told after it)."""
    found = next((a for a in reversed(earlier) if _fits(a, d, max_gap)), None)
    if found is None or found.main:
        return found
    return next((a for a in earlier if a.sent_index == found.sent_index and a.main and _fits(a, d, max_gap)),
                found)


def _merge_into(a: Draft, d: Draft) -> None:
    for role in COUNT_ROLES:
        ca, cd = getattr(a.counts, role), getattr(d.counts, role)
        if cd is None:
            continue
        if ca is None:
            setattr(a.counts, role, cd)
        elif d.also:
            ca.value += cd.value
            ca.text = f"{ca.text} + {cd.text}"
    if (a.actor_text is None or a.actor_text.lower() in _WEAK_ACTOR) and d.actor_text:
        a.actor_text, a.actor_hint = d.actor_text, d.actor_hint
    if a.recipient_text is None and d.recipient_text:
        a.recipient_text = d.recipient_text
    if a.mode == "unspecified" and d.mode != "unspecified":
        a.mode = d.mode
    elif a.mode == "firearms" and d.mode == "armed_clash":
        a.mode = d.mode
    if not a.places and d.places:
        a.places = d.places


def fold_mentions(drafts: list[Draft], max_gap: int = 3) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        if d.definite or d.places or d.also:
            a = _antecedent(d, out, max_gap)
            if a is not None and (d.definite or d.also or _same_place(a, d)) and not (
                    d.date_text and not a.date_text and not d.definite):
                _merge_into(a, d)
                continue
        out.append(d)
    return out
