"""Alert rules: ``--alert 'country=NGA killed>=10'`` matches new or updated incidents
and appends one JSON line per match to a file (no network side effects).

A rule is conditions separated by spaces, all of which must hold: ``FIELD OP VALUE``.
Text fields (``country type mode status actor recipient place admin1``) take ``=``,
``!=`` (case-insensitive) and ``~`` (contains); number fields (``killed injured
arrested sources articles``) take ``= != > >= < <=``. Anything else is refused with
the reason, before polling starts. Each incident alerts once per rule (the file is
read back on start, so a restart does not repeat alerts); background incidents (history
an article recalls) never alert.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from polybius.records import Incident

_CONDITION = re.compile(r"([a-z0-9_]+)(>=|<=|!=|=|>|<|~)([^<>=!~].*)")


def _count(name: str) -> Callable[[Incident], float | None]:
    def get(inc: Incident) -> float | None:
        c = inc.counts.get(name)
        return None if c is None else c.value
    return get


TEXT_FIELDS: dict[str, Callable[[Incident], str | None]] = {
    "country": lambda i: i.location.country if i.location else None,
    "type": lambda i: i.event_type,
    "mode": lambda i: i.mode,
    "status": lambda i: i.status,
    "actor": lambda i: (i.actor.name or i.actor.text) if i.actor else None,
    "recipient": lambda i: (i.recipient.name or i.recipient.text) if i.recipient else None,
    "place": lambda i: (i.location.name or i.location.text) if i.location else None,
    "admin1": lambda i: i.location.admin1 if i.location else None,
}
NUMBER_FIELDS: dict[str, Callable[[Incident], float | None]] = {
    "killed": _count("killed"), "injured": _count("injured"), "arrested": _count("arrested"),
    "sources": lambda i: i.n_sources, "articles": lambda i: i.n_articles,
}
_NUMBER_OPS = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a > b,
               ">=": lambda a, b: a >= b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b}
_TEXT_OPS = {"=": lambda a, b: a.lower() == b.lower(), "!=": lambda a, b: a.lower() != b.lower(),
             "~": lambda a, b: b.lower() in a.lower()}


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: str | float

    def holds(self, inc: Incident) -> bool:
        if self.field in NUMBER_FIELDS:
            got = NUMBER_FIELDS[self.field](inc)
            return got is not None and _NUMBER_OPS[self.op](got, self.value)
        got = TEXT_FIELDS[self.field](inc)
        if got is None:
            return self.op == "!="
        return _TEXT_OPS[self.op](got, str(self.value))


@dataclass(frozen=True)
class AlertRule:
    text: str
    conditions: tuple[Condition, ...]

    def matches(self, inc: Incident) -> bool:
        return all(c.holds(inc) for c in self.conditions)


def parse_rule(text: str) -> AlertRule:
    """``"country=NGA killed>=10"`` -> a rule; ``ValueError`` with the reason otherwise."""
    parts = text.split()
    if not parts:
        raise ValueError("empty alert rule: write conditions like 'country=NGA killed>=10'")
    conditions = []
    for part in parts:
        got = _CONDITION.fullmatch(part)
        if not got:
            raise ValueError(f"alert {text!r}: {part!r} is not FIELD OP VALUE (e.g. killed>=10)")
        name, op, value = got[1], got[2], got[3]
        if name in NUMBER_FIELDS:
            if op not in _NUMBER_OPS:
                raise ValueError(f"alert {text!r}: {name} is a number: use = != > >= < <=")
            try:
                number: float = float(value)
            except ValueError:
                raise ValueError(f"alert {text!r}: {name} needs a number, not {value!r}") from None
            conditions.append(Condition(name, op, number))
        elif name in TEXT_FIELDS:
            if op not in _TEXT_OPS:
                raise ValueError(f"alert {text!r}: {name} is text: use =, != or ~ (contains)")
            conditions.append(Condition(name, op, value))
        else:
            raise ValueError(f"alert {text!r}: unknown field {name!r} (one of "
                             f"{', '.join([*TEXT_FIELDS, *NUMBER_FIELDS])})")
    return AlertRule(text, tuple(conditions))


def alert_record(rule: AlertRule, inc: Incident, at: datetime) -> dict[str, Any]:
    loc = inc.location
    killed = inc.counts.get("killed")
    return {"at": at.isoformat(timespec="seconds"), "rule": rule.text, "incident_id": inc.incident_id,
            "event_type": inc.event_type, "mode": inc.mode, "status": inc.status,
            "date": inc.date.value if inc.date else None,
            "country": loc.country if loc else None, "place": (loc.name or loc.text) if loc else None,
            "actor": (inc.actor.name or inc.actor.text) if inc.actor else None,
            "killed": killed.value if killed else None,
            "n_articles": inc.n_articles, "n_sources": inc.n_sources}


class AlertLog:
    """The rules, the JSONL file they write to, and which (rule, incident) pairs have
    already alerted (read back from the file)."""

    def __init__(self, rules: list[AlertRule], path: Path | None, keep: int = 50):
        self.rules, self.path, self.keep = rules, path, keep
        self.recent: list[dict[str, Any]] = []
        self.done: set[tuple[str, str]] = set()
        if path is not None and path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    rec = json.loads(line)
                    self.done.add((rec["rule"], rec["incident_id"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a line someone edited: not ours to judge
                self.recent = (self.recent + [rec])[-keep:]

    def check(self, incidents: list[Incident], at: datetime | None = None) -> list[dict[str, Any]]:
        """Alerts for incidents matching a rule for the first time; appended to the file."""
        at = at or datetime.now(timezone.utc)
        fired = []
        for inc in incidents:
            if inc.background:  # history an article recalls is not news to alert on
                continue
            for rule in self.rules:
                if (rule.text, inc.incident_id) not in self.done and rule.matches(inc):
                    self.done.add((rule.text, inc.incident_id))
                    fired.append(alert_record(rule, inc, at))
        if fired and self.path is not None:
            with self.path.open("a", encoding="utf-8") as fh:
                for rec in fired:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self.recent = (self.recent + fired)[-self.keep:]
        return fired
