"""--every is parsed strictly; a failing source waits twice as long per failure."""
from __future__ import annotations

import pytest

from polybius.watch.schedule import MAX_BACKOFF, backoff, human, parse_every


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("10m", 600), ("1h", 3600), ("1d", 86400),
                                           (" 2H ", 7200), ("7d", 7 * 86400)])
def test_intervals(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["10", "m", "10x", "1.5m", "-1m", "10 m", "", "0s", "8d", "10mins", "1h30m"])
def test_bad_intervals_are_refused_with_the_reason(text):
    with pytest.raises(ValueError) as err:
        parse_every(text)
    message = str(err.value)
    assert "\n" not in message and repr(text) in message
    assert "30s, 10m, 1h" in message or "between 1s and 7d" in message


def test_backoff_doubles_per_failure_up_to_a_cap():
    assert [backoff(60, n) for n in range(4)] == [60, 120, 240, 480]
    assert backoff(600, 20) == MAX_BACKOFF == 6 * 3600
    assert backoff(86400, 3) == 86400  # an interval longer than the cap is never shortened


def test_human_durations():
    assert [human(s) for s in (0, 59, 90, 600, 7200, 7260, 90061)] == [
        "0s", "59s", "1m30s", "10m", "2h", "2h1m", "1d1h"]
