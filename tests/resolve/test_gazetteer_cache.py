"""Where the gazetteer index is cached when the cache folder cannot be made (a Spark
executor's home, a read-only image): a folder of the temporary directory, built once.

``build_state`` (parsing GeoNames, ~10 s) is replaced by a counter here: these tests
are about where the result goes and when it is built again, not about its content.
"""
from __future__ import annotations

import pickle
import tempfile
from pathlib import Path

import pytest

from polybius.resolve import gazetteer
from polybius.settings import DATA_DIR

UNWRITABLE = Path("/proc/polybius-cache")   # not even root can create it


@pytest.fixture
def builds(monkeypatch, tmp_path):
    calls = []

    def build_state(data_dir):
        calls.append(data_dir)
        return {"built": len(calls)}

    monkeypatch.setattr(gazetteer, "build_state", build_state)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    return calls


def test_an_unwritable_cache_folder_falls_back_to_the_temporary_directory(builds, tmp_path):
    path = gazetteer.cached_file(UNWRITABLE, DATA_DIR)
    assert path is not None and path.parent.parent == tmp_path / "tmp"
    assert pickle.loads(path.read_bytes()) == {"built": 1}
    # the next process finds it there instead of building again
    assert gazetteer.cached_file(UNWRITABLE, DATA_DIR) == path
    assert len(builds) == 1


def test_a_writable_cache_folder_is_used_first(builds, tmp_path):
    path = gazetteer.cached_file(tmp_path / "cache", DATA_DIR)
    assert path.parent == tmp_path / "cache"
    assert not list((tmp_path / "tmp").iterdir())


def test_with_no_writable_folder_at_all_the_index_is_still_built(builds, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(UNWRITABLE))
    assert gazetteer.cached_file(UNWRITABLE, DATA_DIR) is None
    assert builds == [DATA_DIR]
