"""The result of an article that was not parsed because it cannot hold an event.

The pipeline's screen (``extract.prefilter``) turns such articles away before the
parser; they have no events, and users are told how many there were and why. A light
module of its own, so readers of results need not import the pipeline (and spaCy).
"""
from __future__ import annotations

from collections import Counter
from typing import Any


class ScreenedOut(list):
    """The events of an article not parsed: none, and ``reason`` why (a topic name, "no
    conflict words", "no trigger word"), so reports can count them. Pickles as it is, so
    it travels back from worker processes."""

    def __init__(self, reason: str):
        super().__init__()
        self.reason = reason


def screened_out(result: Any) -> str | None:
    """Why an article's result is empty without a parse, or None."""
    return result.reason if isinstance(result, ScreenedOut) else None


def describe_screened(reasons: Counter) -> str | None:
    """"1,234 articles screened out before parsing (sport 400, no conflict words 700)"."""
    total = sum(reasons.values())
    if not total:
        return None
    noun = "article" if total == 1 else "articles"
    return (f"{total:,} {noun} screened out before parsing, no events possible ("
            + ", ".join(f"{why} {n:,}" for why, n in reasons.most_common()) + ")")
