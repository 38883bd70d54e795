"""Fuse events from many articles into incidents (see docs/fusion.md).

``fuse(events, existing=(), settings=None) -> FusionResult`` is the one entry point;
the CLI, the store and Spark call it unchanged.
"""
from polybius.fuse.config import FuseConfig
from polybius.fuse.fusion import FusionResult, MergeReason, fuse

__all__ = ["fuse", "FusionResult", "MergeReason", "FuseConfig"]
