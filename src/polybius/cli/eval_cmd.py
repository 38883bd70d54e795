"""Placeholder: `polybius extract` (in progress)."""
import click


@click.command("eval")
def command() -> None:
    """Extract events (in progress)."""
