"""Under ``CI=true`` a skipped PostgreSQL, browser or Spark test fails, with the reason.

Locally these tests skip, saying why, when Debian's postgresql/chromium or Java are
missing; in CI (.ci/run installs them) a skip means an install step failed, and a green
run would hide it. A skip in a fixture (the PostgreSQL cluster, the Spark session) or a
``skipif`` becomes an error, one in the test body a failure: either fails the run.
Loaded by tests/conftest.py as a plugin.
"""
from __future__ import annotations

import os

import pytest

REAL_COMPONENTS = ("postgres", "browser", "spark")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or os.environ.get("CI", "").lower() != "true":
        return
    needs = [m for m in REAL_COMPONENTS if item.get_closest_marker(m)]
    if not needs:
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    reason = reason.removeprefix("Skipped: ")
    report.outcome = "failed"
    report.longrepr = f"CI=true and this {'/'.join(needs)} test could not run: {reason}"
