"""The type table loads, validates, and answers the lookups the export relies on."""
from __future__ import annotations

import pytest

from polybius.export.mappings import MappingError, load, parse
from polybius.records import EVENT_TYPES

HEADER = "event_type,mode,target,cameo_root,cameo_code,cameo_label,acled_event_type,acled_sub_event_type,gtd_attack_type\n"
DEFAULTS = "".join(f"{t},*,*,01,010,x,,,\n" for t in EVENT_TYPES)


def test_bundled_table_is_valid_and_covers_every_type():
    table = load()
    for event_type in EVENT_TYPES:
        assert table.lookup(event_type, "some_new_mode") is not None


@pytest.mark.parametrize("event_type, mode, kind, expected", [
    ("ASSAULT", "suicide_bomb", None, ("18", "Explosions/Remote violence", "Suicide bomb", "Bombing/Explosion")),
    ("ASSAULT", "firearms", "civilians", ("18", "Violence against civilians", "Attack", "Armed Assault")),
    ("ASSAULT", "firearms", "security_forces", ("19", "Battles", "Armed clash", "Armed Assault")),
    ("ASSAULT", "abduct", None, ("18", "Violence against civilians", "Abduction/forced disappearance",
                                 "Hostage Taking (Kidnapping)")),
    ("ASSAULT", "drone", None, ("19", "Explosions/Remote violence", "Air/drone strike", "")),
    ("COERCE", "arrest", None, ("17", "Strategic developments", "Arrests", "")),
    ("PROTEST", "riot", None, ("14", "Riots", "Violent demonstration", "")),
    ("REJECT", "deny", None, ("01", "", "", "")),
    ("ACCUSE", "blame", None, ("11", "", "", "")),
])
def test_lookups(event_type, mode, kind, expected):
    row = load().lookup(event_type, mode, kind)
    assert (row.cameo_root, row.acled_event_type, row.acled_sub_event_type, row.gtd_attack_type) == expected


@pytest.mark.parametrize("extra, message", [
    ("BOMBING,*,*,18,180,x,,,\n", "unknown PLOVER event type"),
    ("ASSAULT,*,*,18,180,x,,,\n", "duplicate"),
    ("ASSAULT,drone,*,18,190,x,,,\n", "not under root"),
    ("ASSAULT,drone,*,18,180,x,Battles,,\n", "go together"),
    ("ASSAULT,drone,*,18,180,x,Wars,Big,\n", "unknown ACLED"),
    ("ASSAULT,drone,*,18,180,x,,,Sabotage\n", "unknown GTD"),
    ("ASSAULT,Drone,*,18,180,x,,,\n", "lower case"),
])
def test_schema_errors_are_caught(extra, message):
    text = "# provenance header\n" + HEADER + DEFAULTS.replace("ASSAULT,*,*,01,010", "ASSAULT,*,*,18,180") + extra
    with pytest.raises(MappingError, match=message):
        parse(text)


def test_a_type_without_default_row_is_an_error():
    text = HEADER + "".join(f"{t},*,*,01,010,x,,,\n" for t in EVENT_TYPES if t != "AID")
    with pytest.raises(MappingError, match="AID"):
        parse(text)


def test_acled_columns_follow_status():
    from polybius.export.mappings import load
    from polybius.export.tables import event_row
    from polybius.records import ArticleRef, Event, Evidence

    ev = Event(event_id="e" * 40, article=ArticleRef(id="a"), event_type="ASSAULT", mode="explosives",
               evidence=Evidence(sentence="Police foiled a bomb plot.", start=0, end=26), status="thwarted")
    row = event_row(ev, load())
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Disrupted weapons use")
    assert row["gtd_attack_type"] is None and row["plover_event_type"] == "ASSAULT"
    ev.status = "occurred"
    assert event_row(ev, load())["event_type"] != "Strategic developments"
