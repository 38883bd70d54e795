"""A real Spark standalone cluster on 127.0.0.1 and a packed environment for it.

The master and two one-core workers are the JVM daemons of pyspark's own Spark
(``bin/spark-class org.apache.spark.deploy.master.Master`` / ``...worker.Worker``),
as on a cluster; jobs go in through ``bin/spark-submit``. The executors get their
Python from an archive made with venv-pack (``--archives env.tar.gz#environment``) and
polybius from a zip (``--py-files``), so they run nothing from the driver's paths.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

#: Left out of the pack: polybius (it goes in as a zip), pyspark (a cluster has its own
#: Spark; the workers put its pyspark.zip on the Python workers' path), test tools, and
#: what the extract job never imports on an executor (the store, the API, fusion's
#: scipy/scikit-learn, pandas/pyarrow): half the archive, which the driver and each
#: executor unpack on every submit. A production pack keeps them (docs/spark.md).
_LEAVE_OUT = ("polybius", "__editable__", "pyspark", "py4j", "playwright", "pytest",
              "_pytest", "hypothesis", "geopandas", "pyogrio", "pyproj", "shapely",
              "venv_pack", "pip", "setuptools", "_distutils_hack", "distutils-precedence",
              "pyarrow", "pandas", "scipy", "sklearn", "scikit_learn", "duckdb", "_duckdb",
              "psycopg", "fastapi", "starlette", "uvicorn")


def spark_home() -> Path:
    import pyspark

    return Path(pyspark.__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pack_environment(work: Path) -> Path:
    """A venv-pack archive of this test environment's packages, without polybius.

    A fresh venv (same base interpreter) gets this environment's site-packages
    (hard links where possible), less ``_LEAVE_OUT``; venv-pack makes it relocatable.
    The archive holds no Python installation: ``bin/python`` runs the base Python's
    library, which must exist at the same path on every node (it does here;
    docs/spark.md).
    """
    env = work / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    target = Path(sysconfig.get_paths(vars={"base": str(env), "platbase": str(env)})["purelib"])
    source = Path(sysconfig.get_paths()["purelib"])

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    for entry in source.iterdir():
        if entry.name.startswith(_LEAVE_OUT) or entry.name.endswith(".pth"):
            continue
        if entry.is_dir():
            shutil.copytree(entry, target / entry.name, copy_function=link, symlinks=True)
        else:
            link(str(entry), str(target / entry.name))
    # .tar.gz, not .tar or .zip: Spark unpacks those two in Java, dropping the
    # executable bits and mangling links; a .tar.gz goes through the shell's tar.
    archive = work / "env.tar.gz"
    venv_pack = Path(sys.executable).parent / "venv-pack"
    subprocess.run([str(venv_pack), "-p", str(env), "-o", str(archive), "--compress-level",
                    "1", "--quiet"], check=True)
    shutil.rmtree(env)
    return archive


def zip_package(work: Path) -> Path:
    """polybius (code and data files) as a zip for ``--py-files``."""
    import polybius

    root = Path(polybius.__file__).resolve().parent
    archive = work / "polybius.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            if "__pycache__" in path.parts or path.is_dir():
                continue
            zf.write(path, Path("polybius") / path.relative_to(root))
    return archive


@dataclass
class Cluster:
    """A standalone master and its workers, each a JVM started by ``spark-class``."""
    work: Path
    workers: int = 2
    master_port: int = field(default_factory=free_port)
    ui_port: int = field(default_factory=free_port)
    processes: list[subprocess.Popen] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"spark://127.0.0.1:{self.master_port}"

    def _env(self) -> dict[str, str]:
        env = dict(os.environ, SPARK_HOME=str(spark_home()), SPARK_LOCAL_IP="127.0.0.1",
                   SPARK_LOG_DIR=str(self.work / "logs"))
        env.pop("PYSPARK_PYTHON", None)
        return env

    def _start(self, name: str, *args: str) -> None:
        log = open(self.work / f"{name}.log", "wb")
        self.processes.append(subprocess.Popen(
            [str(spark_home() / "bin" / "spark-class"), *args], env=self._env(),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))
        log.close()

    def status(self) -> dict:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.ui_port}/json/", timeout=5) as r:
            return json.load(r)

    def start(self, timeout: float = 120) -> None:
        self._start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", str(self.master_port), "--webui-port", str(self.ui_port))
        for i in range(self.workers):
            folder = self.work / f"worker{i}"
            folder.mkdir()
            self._start(f"worker{i}", "org.apache.spark.deploy.worker.Worker", self.url,
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "2g",
                        "--work-dir", str(folder), "--webui-port", str(free_port()))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(p.poll() is not None for p in self.processes):
                raise RuntimeError(f"a Spark daemon exited: {self.logs()}")
            try:
                if self.status().get("aliveworkers") == self.workers:
                    return
            except OSError:
                pass
            time.sleep(1)
        raise RuntimeError(f"no {self.workers} live workers after {timeout} s: {self.logs()}")

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-2000:]}"
                         for p in sorted(self.work.glob("*.log")))

    def stop(self) -> None:
        for proc in reversed(self.processes):
            proc.terminate()
        for proc in self.processes:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def submit(self, *args: str, conf: dict[str, str] | None = None,
               env: dict[str, str] | None = None,
               timeout: float = 300) -> subprocess.CompletedProcess:
        command = [str(spark_home() / "bin" / "spark-submit"), "--master", self.url,
                   "--deploy-mode", "client"]
        for key, value in (conf or {}).items():
            command += ["--conf", f"{key}={value}"]
        return subprocess.run([*command, *args], env={**self._env(), **(env or {})},
                              capture_output=True, text=True, timeout=timeout)
