"""The gazetteer cache folder is shared by every checkout and version of polybius on a
machine: saving one index removes only the caches nobody has used for a month."""
from __future__ import annotations

import os
import time
from pathlib import Path

from polybius.resolve import gazetteer
from polybius.resolve.gazetteer import UNUSED_DAYS, _save, cache_path, cached_file

DATA = Path(gazetteer.__file__).resolve().parents[1] / "data"


def test_saving_keeps_caches_in_use_elsewhere_and_removes_forgotten_ones(tmp_path):
    other = tmp_path / "gazetteer-v2-0123456789ab.pkl"       # another checkout's, used today
    forgotten = tmp_path / "gazetteer-v1-ba9876543210.pkl"   # an old version's, unused
    for path in (other, forgotten):
        path.write_bytes(b"x")
    month_ago = time.time() - (UNUSED_DAYS + 1) * 86400
    os.utime(forgotten, (month_ago, month_ago))

    saved = _save({"tiny": "state"}, tmp_path, DATA)
    assert saved == cache_path(tmp_path, DATA) and saved.exists()
    assert other.exists() and not forgotten.exists()


def test_using_a_cache_marks_it_used(tmp_path):
    path = cache_path(tmp_path, DATA)
    path.write_bytes(b"x")
    month_ago = time.time() - (UNUSED_DAYS + 1) * 86400
    os.utime(path, (month_ago, month_ago))
    assert cached_file(tmp_path, DATA) == path
    assert time.time() - path.stat().st_mtime < 60  # so another checkout's save keeps it
