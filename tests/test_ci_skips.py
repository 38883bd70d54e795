"""CI=true turns the skip of a real-component test into a failure that says why."""
from __future__ import annotations

pytest_plugins = ["pytester"]

SUITE = '''
import pytest

@pytest.mark.postgres
def test_needs_postgres():
    pytest.skip("PostgreSQL binary 'initdb' not found")

@pytest.mark.browser
@pytest.mark.skipif(True, reason="/usr/bin/chromium not found")
def test_needs_a_browser():
    pass

def test_other_skip():
    pytest.skip("the shared gold set is not next to the repo")

def test_passes():
    pass
'''


def run(pytester, monkeypatch, ci):
    pytester.makeini("[pytest]\nmarkers =\n  postgres: x\n  browser: x\n  spark: x\n")
    pytester.makepyfile(SUITE)
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    return pytester.runpytest_inprocess("-p", "ci_skips", "-rA")


def test_under_ci_a_skipped_postgres_or_browser_test_fails_with_its_reason(pytester, monkeypatch):
    result = run(pytester, monkeypatch, "true")
    assert result.ret != 0
    result.assert_outcomes(passed=1, failed=1, errors=1, skipped=1)  # skipif fails at setup
    out = result.stdout.str()
    assert "this postgres test could not run: PostgreSQL binary 'initdb' not found" in out
    assert "this browser test could not run: /usr/bin/chromium not found" in out


def test_outside_ci_they_skip_with_the_reason(pytester, monkeypatch):
    run(pytester, monkeypatch, None).assert_outcomes(passed=1, skipped=3)
    run(pytester, monkeypatch, "false").assert_outcomes(passed=1, skipped=3)
