"""Shared fixtures: one loaded pipeline per test session (spaCy loads in ~1 s)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from polybius.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold" / "seeds.gold.jsonl").exists():
        pytest.skip(f"the shared gold set is not next to the repo ({SHARED})")
    return SHARED
