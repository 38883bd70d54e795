"""The ``polybius`` command: a thin shell over the Python API.

Each command group lives in its own module under ``polybius.cli`` and exposes a click
command (or group) named ``command``; ``COMMANDS`` lists them, so adding a command is one
line here.
"""
from __future__ import annotations

import importlib

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
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polybius")
def cli() -> None:
    """polybius: political-violence event data from news text."""


for _module in COMMANDS:
    cli.add_command(importlib.import_module(_module).command)


def main() -> None:
    cli()
