"""The HTTP API and dashboard: ``create_app(store)``; run it with ``polybius serve``."""
from polybius.api.app import create_app

__all__ = ["create_app"]
