"""Placeholder replaced by the real resolver (in progress)."""
from __future__ import annotations


class Resolver:
    def __init__(self, settings):
        self.settings = settings

    def resolve(self, article, doc, events):
        return events
