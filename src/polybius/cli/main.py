"""The ``polybius`` command: a thin shell over the Python API.

Each command group lives in its own module under ``polybius.cli`` and exposes a click
command (or group) named ``command``; ``COMMANDS`` lists them, so adding a command is one
line here.
"""
from __future__ import annotations

import importlib
import os

import click

COMMANDS = [
    "polybius.cli.extract_cmd",
    "polybius.cli.eval_cmd",
    "polybius.cli.fuse_cmd",
    "polybius.cli.spark_cmd",
    "polybius.cli.load_cmd",
    "polybius.cli.ingest_cmd",
    "polybius.cli.query_cmd",
    "polybius.cli.incidents_cmd",
    "polybius.cli.articles_cmd",
    "polybius.cli.errors_cmd",
    "polybius.cli.export_cmd",
    "polybius.cli.serve_cmd",
    "polybius.cli.reindex_cmd",
    "polybius.cli.watch_cmd",
]


def one_line(exc: Exception) -> str:
    """What the user reads instead of a traceback."""
    from polybius.store import StoreError

    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot use{where}: {exc.strerror}"
    first = (str(exc).strip().splitlines() or [""])[0]
    return (f"unexpected {type(exc).__name__}: {first} "
            f"(set POLYBIUS_DEBUG=1 to see the traceback, and please report it)")


class Polybius(click.Group):
    """The command group; any error a command did not turn into a message becomes one
    line on stderr and exit status 1, never a traceback (unless POLYBIUS_DEBUG is set)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - the one place errors reach the user
            if os.environ.get("POLYBIUS_DEBUG"):
                raise
            raise click.ClickException(one_line(exc)) from exc


@click.group(cls=Polybius, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polybius")
def cli() -> None:
    """polybius: political-violence event data from news text."""


for _module in COMMANDS:
    cli.add_command(importlib.import_module(_module).command)


def main() -> None:
    cli()
