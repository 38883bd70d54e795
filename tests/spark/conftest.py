"""Fixtures of the Spark tests: a local[2] session (skipped, with the reason, when
pyspark or Java is missing) and the article generator shared with bench/."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))


@pytest.fixture(scope="session")
def spark():
    from polybius.spark.session import have_spark

    missing = have_spark()
    if missing:
        pytest.skip(f"Spark tests need pyspark and Java: {missing}")
    from polybius.spark.session import spark_session

    session = spark_session("local[2]", app_name="polybius-tests",
                            conf={"spark.sql.shuffle.partitions": "4"})
    yield session
    session.stop()
