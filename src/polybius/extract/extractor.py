"""Placeholder replaced by the real extractor (in progress)."""
from __future__ import annotations


class Extractor:
    def __init__(self, settings):
        self.settings = settings

    def extract(self, article, doc):
        return []
