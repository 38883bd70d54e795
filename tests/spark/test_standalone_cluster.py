"""``spark-submit`` to a real standalone cluster (master + 2 workers on 127.0.0.1).

The executors run a venv-pack archive of the dependencies and polybius from a zip, with
a cache folder they cannot create: they must find the data files through the package
and use the gazetteer index the driver shipped. The events must be those of
``polybius extract`` on the same input; a job whose every article fails exits 1 with
one line. Slow (~1-2 min): the cluster, two executors and their Python workers start
for real.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.records import Event
from polybius.spark.rows import row_to_event

from standalone import Cluster, pack_environment, zip_package

pytestmark = [pytest.mark.spark, pytest.mark.slow]

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"
#: A folder no process can create, even as root: the executors' gazetteer cache.
UNWRITABLE = "/proc/polybius-cache"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    from polybius.spark.session import have_spark

    missing = have_spark()
    if missing:
        pytest.skip(f"the cluster test needs pyspark and Java: {missing}")
    work = tmp_path_factory.mktemp("cluster")
    env_archive = pack_environment(work)
    code = zip_package(work)
    cluster = Cluster(work)
    try:
        cluster.start()
    except Exception:
        cluster.stop()
        raise
    cluster.env_archive, cluster.code = env_archive, code
    yield cluster
    cluster.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from newsgen import generate

    records = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    records += list(generate(36, seed=5))
    path = tmp_path_factory.mktemp("in") / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _submit(cluster: Cluster, *args: str, env: dict[str, str] | None = None,
            packed: bool = True):
    """spark-submit of polybius/spark/submit.py; ``packed``: the executors run the
    packed environment and the zipped package, else this test's own interpreter."""
    import polybius.spark.submit as entry

    executor_tmp = cluster.work / "executor-tmp"
    executor_tmp.mkdir(exist_ok=True)
    conf = {
        "spark.archives": f"{cluster.env_archive}#environment",
        "spark.submit.pyFiles": str(cluster.code),
        "spark.pyspark.python": "./environment/bin/python",
    } if packed else {"spark.pyspark.python": sys.executable}
    conf |= {
        "spark.pyspark.driver.python": sys.executable,
        "spark.executor.cores": "1",
        "spark.cores.max": "2",
        "spark.executor.memory": "1g",
        "spark.ui.enabled": "false",
        "spark.executorEnv.POLYBIUS_CACHE": UNWRITABLE,
        "spark.executorEnv.TMPDIR": str(executor_tmp),
    }
    return cluster.submit(entry.__file__, *args, conf=conf, env=env)


def test_cluster_job_gives_the_events_of_polybius_extract(cluster, corpus, tmp_path):
    out = tmp_path / "out"
    done = _submit(cluster, "extract", str(corpus), str(out), "--partitions", "4")
    assert done.returncode == 0, done.stderr[-4000:] + cluster.logs()
    stats = json.loads(done.stdout.strip().splitlines()[-1])
    n_articles = len(corpus.read_text().splitlines())
    assert stats["articles"] == n_articles and stats["errors"] == 0

    reference = tmp_path / "reference.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(corpus), "-o", str(reference)])
    assert result.exit_code == 0, result.output
    want = {e["event_id"]: Event.from_dict(e).to_dict()
            for e in map(json.loads, reference.read_text().splitlines())}
    rows = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table().to_pylist()
    got = {r["event_id"]: row_to_event(r).to_dict() for r in rows}
    assert len(want) > 20 and len(got) == len(rows) == stats["events"]
    assert set(got) == set(want)
    assert got == want
    # Both executors took part, with the archive's Python.
    executors = {p.parent for p in cluster.work.glob("worker*/app-*/*/stderr")}
    assert len({p.parts[-3] for p in executors}) == 2, cluster.logs()
    # The executors' cache could not be created and the gazetteer was not rebuilt in
    # the temporary-folder fallback: they opened the index the driver shipped.
    assert not list((cluster.work / "executor-tmp").rglob("gazetteer-*.pkl"))


def test_a_job_whose_every_article_fails_exits_1_with_one_line(cluster, corpus, tmp_path):
    # A spaCy model no environment has: no executor can build the pipeline, so every
    # article fails. (The executors run this test's interpreter: no archive to unpack.)
    done = _submit(cluster, "extract", str(corpus), str(tmp_path / "out"), "--no-articles",
                   "--partitions", "2",
                   env={"POLYBIUS_SPACY_MODEL": "en_core_web_nonexistent"}, packed=False)
    # spark-submit passes the Python driver's standard error on to its standard output
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-3000:]
    lines = [line for line in output.splitlines() if line.startswith("polybius-spark")]
    assert len(lines) == 1, output[-3000:]
    assert "every article failed" in lines[0] and "setup" in lines[0]
    assert "en_core_web_nonexistent" in lines[0]
    assert "Traceback" not in output
    assert not any(line.startswith("{") for line in done.stdout.splitlines())   # no stats
