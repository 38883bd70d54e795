"""Checked values for the shared filter options: a filter the store cannot apply is a
usage error (exit 2, one line), never a silent empty or unfiltered answer."""
from __future__ import annotations

import calendar
import re
from datetime import date

import click

_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def iso_day(value: str, *, end: bool = False) -> str:
    """'2025', '2025-03' or '2025-03-14' -> an ISO day: the first day of the period, or
    its last with ``end`` (so ``--until 2025`` includes December). ValueError if not a date."""
    m = _DAY.match(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    try:
        if day is None:
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return date(year, month, last if end else 1).isoformat()
        return date(year, month, int(day)).isoformat()
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date ({exc})") from exc


def country_alpha3(value: str) -> str:
    """An ISO alpha-3 code from an alpha-3 or alpha-2 code or an English name ('NG',
    'NGA', 'Nigeria' -> 'NGA'). ValueError if no country is known by it."""
    import pycountry

    from polybius.resolve.countries import country_code, country_name

    text = value.strip()
    if len(text) == 3 and text.isalpha() and country_name(text.upper()):
        return text.upper()
    if len(text) == 2 and text.isalpha():
        found = pycountry.countries.get(alpha_2=text.upper())
        if found is not None:
            return found.alpha_3
    code = country_code(text)
    if code:
        return code
    raise ValueError(f"unknown country {value!r}: give an ISO alpha-3 or alpha-2 code or an English name")


def since_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    return _checked(param, value, lambda v: iso_day(v))


def until_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    return _checked(param, value, lambda v: iso_day(v, end=True))


def country_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    return _checked(param, value, country_alpha3)


def _checked(param: click.Parameter, value: str | None, check) -> str | None:
    if value is None or value == "":
        return None
    try:
        return check(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param=param) from exc
