"""Where the package's own data files are, found through the installed package.

``importlib.resources`` asks the import system, not a path fixed at build time, so the
folder is right wherever the package was installed or unpacked (a Spark executor's
copy of a packed environment, a node image) and also when polybius is imported from a
zip (``spark-submit --py-files polybius.zip``): then the files are copied once per
process into a temporary folder, since the readers (YAML, CSV) open real files.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def _copy_tree(source: Traversable, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for child in source.iterdir():
        if child.is_dir():
            _copy_tree(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())


def package_data_dir() -> Path:
    """The ``polybius/data`` folder of the imported package, as a real directory."""
    data = resources.files("polybius") / "data"
    if isinstance(data, Path) and data.is_dir():
        return data
    copy = Path(tempfile.mkdtemp(prefix="polybius-data-"))
    atexit.register(shutil.rmtree, copy, True)
    _copy_tree(data, copy)
    return copy
