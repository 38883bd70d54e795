"""Listings never stop silently: a shared ``--limit``/``--offset``/``--all`` and one line
on stderr saying how much of how much was shown ("50 of 7,320 events shown; --limit N
or --all")."""
from __future__ import annotations

from typing import Callable

import click


def limit_options(fn: Callable) -> Callable:
    """``--limit`` (default 50), ``--offset`` and ``--all`` for a listing command."""
    for option in reversed([
        click.option("--limit", default=50, show_default=True, type=click.IntRange(1),
                     help="Show at most N rows."),
        click.option("--offset", default=0, type=click.IntRange(0), help="Skip the first N rows."),
        click.option("--all", "show_all", is_flag=True, help="Show every matching row (no limit)."),
    ]):
        fn = option(fn)
    return fn


def page_limit(limit: int, show_all: bool) -> int | None:
    return None if show_all else limit


def announce(shown: int, total: int, offset: int, what: str) -> None:
    """Say on stderr when the listing is not everything that matched (stdout stays data)."""
    if shown + offset >= total and offset == 0:
        return
    first = f"{offset + 1:,}-{offset + shown:,}" if offset else f"{shown:,}"
    click.echo(f"{first} of {total:,} {what} shown; --limit N or --all", err=True)
