"""When to poll: the ``--every`` interval and the back-off of a failing source.

Intervals are written ``30s``, ``10m``, ``1h`` or ``1d`` (a whole number and one unit);
anything else is refused with a one-line reason rather than guessed at.
"""
from __future__ import annotations

import re

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"(\d+)([smhd])")
MIN_SECONDS = 1
MAX_SECONDS = 7 * 86400
#: A failing source waits at most this long between attempts (or ``every`` if longer).
MAX_BACKOFF = 6 * 3600


def parse_every(text: str) -> int:
    """``"10m"`` -> 600 seconds; ``ValueError`` with the reason for anything else."""
    got = _EVERY.fullmatch(text.strip().lower())
    if not got:
        raise ValueError(f"{text!r} is not an interval: write a whole number and a unit, "
                         f"e.g. 30s, 10m, 1h or 1d")
    seconds = int(got[1]) * _UNITS[got[2]]
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise ValueError(f"{text!r} is out of range: between 1s and 7d")
    return seconds


def backoff(every: float, failures: int) -> float:
    """Seconds until the next attempt after ``failures`` consecutive failures: the
    interval doubled per failure (2x, 4x, 8x ...), capped at ``MAX_BACKOFF`` (or at
    ``every`` when that is longer); zero failures is the plain interval."""
    if failures <= 0:
        return float(every)
    return float(min(every * 2 ** min(failures, 30), max(MAX_BACKOFF, every)))


def human(seconds: float) -> str:
    """600 -> "10m", 90 -> "1m30s", 7200 -> "2h"."""
    seconds = int(round(seconds))
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size or (unit == "s" and not parts):
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts[:2])
