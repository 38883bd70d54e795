"""The read endpoints' JSON writer: records in, the same JSON as ``to_dict`` out, and
strings orjson refuses still written (a read never becomes a 500)."""
from __future__ import annotations

import json
from datetime import datetime

from api_records import KABUL, sample_events
from polybius.api.encode import dumps


def test_records_are_written_as_their_dicts():
    events = [e for evs in sample_events().values() for e in evs]
    got = json.loads(dumps({"items": events + [KABUL], "next_cursor": None}))
    assert got == {"items": [e.to_dict() for e in events] + [KABUL.to_dict()], "next_cursor": None}
    assert list(got["items"][0]) == list(events[0].to_dict())  # same keys, same order


def test_a_lone_surrogate_or_a_huge_number_is_written_in_ascii():
    for value in ("Kabul \ud800 market", 2**70):
        raw = dumps({"items": [{"place": value, "at": datetime(2024, 5, 6, 7, 8)}]})
        raw.decode("ascii")
        assert json.loads(raw) == {"items": [{"place": value, "at": "2024-05-06T07:08:00"}]}
