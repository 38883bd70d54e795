"""Alert rules: strict parsing, matching on incidents built here by hand, one alert per
rule and incident even across restarts (the JSONL file is read back)."""
from __future__ import annotations

import json

import pytest

from polybius.records import Actor, DateValue, Incident, IncidentCount, Place
from polybius.watch.alerts import AlertLog, parse_rule


def incident(iid="inc-1", country="NGA", killed=14, place="Maiduguri", background=False,
             etype="ASSAULT", sources=2) -> Incident:
    return Incident(incident_id=iid, event_type=etype, mode="firearms", status="occurred",
                    date=DateValue(text="Tuesday", value="2026-11-24", precision="day"),
                    location=Place(text=place, name=place, country=country, admin1="Borno"),
                    actor=Actor(text="gunmen", name="Gunmen"),
                    counts={"killed": IncidentCount(killed, killed - 2, killed, "at_least")} if killed else {},
                    n_articles=sources, n_sources=sources, background=background)


@pytest.mark.parametrize("rule, expected", [
    ("country=NGA killed>=10", True), ("country=nga", True), ("country=SOM", False),
    ("killed>14", False), ("killed<=14", True), ("killed!=14", False), ("killed=14", True),
    ("place~maidu", True), ("place~kano", False), ("actor=gunmen", True), ("type=ASSAULT sources>=2", True),
    ("type=ASSAULT sources>=3", False), ("recipient=police", False), ("recipient!=police", True),
    ("admin1=Borno", True), ("injured>=1", False), ("mode=firearms status=occurred", True),
])
def test_rules_match_what_they_say(rule, expected):
    assert parse_rule(rule).matches(incident()) is expected


@pytest.mark.parametrize("rule, says", [
    ("", "empty alert rule"), ("killed", "not FIELD OP VALUE"), ("deaths>=10", "unknown field 'deaths'"),
    ("killed>=ten", "needs a number"), ("country>NGA", "country is text"), ("killed~1", "killed is a number"),
    ("country=NGA killed>=", "not FIELD OP VALUE"), ("country==NGA", "not FIELD OP VALUE"),
])
def test_bad_rules_are_refused_in_one_line(rule, says):
    with pytest.raises(ValueError) as err:
        parse_rule(rule)
    assert says in str(err.value) and "\n" not in str(err.value)


def test_each_incident_alerts_once_per_rule_and_a_restart_remembers(tmp_path):
    path = tmp_path / "alerts.jsonl"
    rules = [parse_rule("country=NGA killed>=10"), parse_rule("sources>=2")]
    log = AlertLog(rules, path)
    fired = log.check([incident(), incident("inc-2", country="SOM", killed=5, sources=1)])
    assert [(a["rule"], a["incident_id"]) for a in fired] == [
        ("country=NGA killed>=10", "inc-1"), ("sources>=2", "inc-1")]
    assert fired[0]["killed"] == 14 and fired[0]["place"] == "Maiduguri" and fired[0]["country"] == "NGA"
    assert log.check([incident(killed=20)]) == []  # updated, still matching: said already
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [(a["rule"], a["incident_id"]) for a in lines] == [(a["rule"], a["incident_id"]) for a in fired]

    again = AlertLog(rules, path)
    assert len(again.recent) == 2
    assert again.check([incident(), incident("inc-3", killed=30, sources=1)]) == [
        {**again.recent[-1]}]  # only the new incident
    assert again.recent[-1]["incident_id"] == "inc-3" and again.recent[-1]["rule"] == "country=NGA killed>=10"


def test_background_history_never_alerts(tmp_path):
    log = AlertLog([parse_rule("country=NGA")], tmp_path / "a.jsonl")
    assert log.check([incident(background=True)]) == []
    assert not (tmp_path / "a.jsonl").exists()
