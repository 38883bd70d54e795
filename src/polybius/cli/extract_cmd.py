"""Placeholder: `polybius extract` (in progress)."""
import click


@click.command("extract")
def command() -> None:
    """Extract events (in progress)."""
