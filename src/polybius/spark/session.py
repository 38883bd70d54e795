"""Start a SparkSession the way polybius needs it.

Python workers must run the interpreter that has polybius and spaCy installed
(``PYSPARK_PYTHON``), and on a single machine Spark should bind to loopback
(``SPARK_LOCAL_IP``) instead of guessing a network interface. Both are only defaulted
when unset, so a cluster's own settings win.
"""
from __future__ import annotations

import os
import sys
import warnings
from typing import Mapping

# PySpark 4.3 warns that pandas >= 3 is not fully supported. polybius uses no
# pandas-backed Spark feature (no pandas UDFs, no Arrow conversion), so it is noise.
_PANDAS_WARNING = "PySpark does not yet fully support pandas"


def have_spark() -> str | None:
    """None when pyspark and Java are available, else the reason they are not."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'polybius[spark]')"
    import shutil

    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        return "Java (17) is not installed or JAVA_HOME is unset"
    return None


def prepare_environment(master: str) -> None:
    """Default the worker interpreter and, for local masters, the bind address."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    warnings.filterwarnings("ignore", message=_PANDAS_WARNING, category=FutureWarning)


def spark_session(master: str | None = None, app_name: str = "polybius",
                  conf: Mapping[str, str] | None = None):
    """A SparkSession; ``master=None`` keeps what spark-submit configured."""
    prepare_environment(master or os.environ.get("MASTER", ""))
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    defaults = {
        "spark.ui.showConsoleProgress": "false",
        "spark.ui.enabled": "false" if (master or "").startswith("local") else "true",
        "spark.sql.sources.partitionOverwriteMode": "dynamic",
        # Keep one Python worker per core alive across tasks, so the spaCy pipeline
        # cached in it (polybius.pipeline.get_pipeline) is loaded once per worker.
        "spark.python.worker.reuse": "true",
    }
    if (master or "").startswith("local"):
        # The JVM only moves rows here (spaCy runs in Python workers), so its C2 JIT
        # compiler costs more CPU than it saves on short local jobs (~20% less CPU).
        defaults["spark.driver.extraJavaOptions"] = "-XX:TieredStopAtLevel=1"
    for key, value in {**defaults, **(conf or {})}.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("POLYBIUS_SPARK_LOG", "ERROR"))
    return spark


def spark_errors() -> tuple[type[BaseException], ...]:
    """Exception types of a failed Spark job or query (imported lazily)."""
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    return PySparkException, Py4JError


def one_line(exc: BaseException) -> str:
    """The first line of a Spark error (a Java stack trace follows it), at most 500
    characters: what a user needs, without the trace."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    line = lines[0] if lines else type(exc).__name__
    if line.startswith("An error occurred while calling") and len(lines) > 1:
        line = lines[1]   # Py4JJavaError: the Java exception is on the next line
    return line.lstrip(": ")[:500]
