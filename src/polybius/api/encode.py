"""JSON bytes for the read endpoints, written by orjson straight from the records.

A page of 500 events took ~30 ms of Python to turn typed records into dicts
(``dataclasses.asdict``), validate them against the response model and write them with
``json``; orjson serialises the dataclasses themselves in about half a millisecond, with
the same keys in the same order. The answers' shapes are the response models' (the
models stay on the routes for ``/docs``; tests compare the two paths).

Anything orjson refuses (a lone surrogate in an old stored record, an integer beyond 64
bits) is written by the standard library in ASCII instead, so a record that is odd
never turns a read into a 500.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Any, Sequence

import orjson
from starlette.responses import Response


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(content: Any) -> bytes:
    """``content`` (dicts, lists, records, datetimes) as compact JSON bytes."""
    try:
        return orjson.dumps(content)
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(content, ensure_ascii=True, default=_plain,
                          separators=(",", ":")).encode("ascii")


def encoded(fragments: Sequence[bytes]) -> list[orjson.Fragment]:
    """Rows already written by ``dumps`` (``record_cache``), to put in an answer as they
    are: the page's bytes are those of ``dumps`` of the rows themselves, made by joining
    instead of encoding every row again. (Only orjson writes fragments: the rest of such
    an answer must be plain values it takes, as a cursor and a limit are.)"""
    return [orjson.Fragment(b) for b in fragments]


class FastJSON(Response):
    """A JSON answer encoded by ``dumps`` (no response-model round trip)."""
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)


class FastGeoJSON(FastJSON):
    media_type = "application/geo+json"
