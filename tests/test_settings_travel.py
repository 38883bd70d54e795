"""Settings pickled on one machine (a Spark driver) and opened on another (an executor
whose packages are installed elsewhere) point at the opening machine's data files.

The "other machine" is a Python process that imports polybius from a zip, as an
executor does under ``spark-submit --py-files polybius.zip``.
"""
from __future__ import annotations

import pickle
import subprocess
import sys
import zipfile
from pathlib import Path

import polybius
from polybius.settings import DATA_DIR, Settings, default_cache_dir

PACKAGE = Path(polybius.__file__).resolve().parent

OPEN_ELSEWHERE = r"""
import pickle, sys
settings = pickle.loads(sys.stdin.buffer.read())
import polybius
from polybius.extract.lexicon import load_lexicon
print(polybius.__file__)
print(settings.data_dir)
print(settings.cache_dir)
print((settings.data_dir / "triggers.yaml").is_file())
print(len(load_lexicon(settings.data_dir).triggers) > 0)
"""


def _zip_package(target: Path) -> Path:
    archive = target / "polybius.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(PACKAGE.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, Path("polybius") / path.relative_to(PACKAGE))
    return archive


def test_pickled_settings_carry_no_path_of_this_machine():
    blob = pickle.dumps(Settings(batch_size=7))
    assert str(DATA_DIR).encode() not in blob
    assert str(default_cache_dir()).encode() not in blob
    opened = pickle.loads(blob)
    assert opened.data_dir == DATA_DIR and opened.batch_size == 7


def test_an_executor_reads_its_own_installed_data_files(tmp_path):
    archive = _zip_package(tmp_path)
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-c", OPEN_ELSEWHERE], input=pickle.dumps(Settings()),
        capture_output=True, env={"PYTHONPATH": str(archive), "HOME": str(home),
                                   "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    module, data_dir, cache_dir, has_triggers, lexicon_loaded = done.stdout.decode().splitlines()
    assert module.startswith(str(archive))          # polybius came from the zip
    # the zip's data files, copied out for that process (removed when it ends)
    assert Path(data_dir) != DATA_DIR and has_triggers == "True"
    assert cache_dir == str(home / ".cache" / "polybius")   # that machine's home
    assert lexicon_loaded == "True"


def test_a_folder_the_user_chose_travels_as_given(tmp_path):
    chosen = Settings(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    opened = pickle.loads(pickle.dumps(chosen))
    assert opened.data_dir == tmp_path / "data" and opened.cache_dir == tmp_path / "cache"
