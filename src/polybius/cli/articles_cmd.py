"""`polybius articles` (defined with `polybius events` in query_cmd; one command per
module is what cli.main registers)."""
from polybius.cli.query_cmd import articles as command

__all__ = ["command"]
