"""Mutation testing of the core modules with mutmut, one module at a time.

    .venv/bin/pip install -e ".[test,mutation]"
    bash bench/mutation.sh                       # every module below (~1.5 h on a busy 2-core machine)
    bash bench/mutation.sh fuse.cluster store.sql    # some modules
    bash bench/mutation.sh --list                # the modules and their tests

Each module runs in its own copy of the repo (``bench/results/mutation/work/<module>``)
with only that source file mutated and only the tests that exercise it, so a run is
tractable on two cores; mutmut then runs, per mutant, just the tests that call the
mutated function. The raw score is killed (or timed out) / all mutants checked; the
adjusted score leaves out the survivors listed in ``bench/mutation_equivalent.yaml``
(mutants no test can tell from the original, each with the reason).
``bench/results/mutation/<module>.json`` lists every survivor with its diff and
``report.md`` sums the modules. Not part of CI: it takes too long.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "results" / "mutation"
EQUIVALENT = REPO / "bench" / "mutation_equivalent.yaml"
# the tests a module is measured against: the suites that exercise it (not the
# browser, Spark or slow tests, and the store on DuckDB only: a fresh PostgreSQL
# cluster per mutant would triple the run time; the CI suite runs both backends).
# The extraction modules get the sentence tests of their own concern plus the general
# cases, not all of tests/extract: every pipeline test calls every extraction function,
# so a surviving mutant would otherwise rerun ~200 parses.
MODULES: dict[str, tuple[str, list[str]]] = {
    "extract.counts": ("src/polybius/extract/mentions/counts.py",
                       ["tests/extract/test_count_figures.py", "tests/extract/test_count_shapes.py",
                        "tests/extract/test_extract_cases.py"]),
    "extract.cues": ("src/polybius/extract/mentions/cues.py",
                     ["tests/extract/test_cue_cases.py", "tests/extract/test_cue_shapes.py",
                      "tests/extract/test_extract_cases.py"]),
    "extract.assemble": ("src/polybius/extract/assemble.py",
                         ["tests/extract/test_assemble.py", "tests/extract/test_assemble_record.py",
                          "tests/extract/test_extract_cases.py"]),
    "resolve.dates": ("src/polybius/resolve/dates.py",
                      ["tests/resolve/test_dates.py", "tests/resolve/test_date_words.py"]),
    "resolve.places": ("src/polybius/resolve/places.py",
                       ["tests/resolve/test_places.py", "tests/resolve/test_place_reasons.py",
                        "tests/resolve/test_place_readings.py"]),
    "evaluate.events": ("src/polybius/evaluate/events.py", ["tests/evaluate"]),
    "fuse.scoring": ("src/polybius/fuse/scoring.py", ["tests/fuse"]),
    "fuse.cluster": ("src/polybius/fuse/cluster.py", ["tests/fuse"]),
    "fuse.counts": ("src/polybius/fuse/counts.py", ["tests/fuse"]),
    "store.sql": ("src/polybius/store/sql.py", ["tests/store", "tests/api/test_write.py"]),
    "api.auth": ("src/polybius/api/auth.py", ["tests/api/test_write.py", "tests/api/test_read.py"]),
    "api.query": ("src/polybius/api/query.py", ["tests/api/test_read.py", "tests/api/test_write.py"]),
}
MARKERS = "not browser and not spark and not slow and not postgres"
# objects built once and cached (the date resolver compiles its rules in a constructor
# behind lru_cache): mutmut maps each function to the tests that call it during one
# stats run, so the constructor would belong to the first test only, and each mutant
# process would inherit the unmutated resolver. In the work copy, an autouse fixture
# clears the cache: before every test for the date resolver (cheap to build), once per
# mutant process for the gazetteer (the tests hold it in a module fixture).
FRESH = {"resolve.dates": ("polybius.resolve.dates:default_resolver", "function"),
         "resolve.places": ("polybius.resolve.places:_load_cached", "session")}
COPY = ["src", "tests", "samples", "eval", "docs", "README.md", "pyproject.toml"]
# mutmut's exit-code verdicts (mutmut.stats.status_by_exit_code)
KILLED = {"killed", "timeout", "caught by type check"}
COUNTED = KILLED | {"survived", "no tests", "suspicious", "segfault"}


def _workdir(module: str) -> Path:
    """A fresh copy of the repo with a [tool.mutmut] section for ``module``."""
    src, tests = MODULES[module]
    work = OUT / "work" / module
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "texts", "*.egg-info")
    for name in COPY:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, work / name, ignore=ignore)
        elif path.exists():
            shutil.copy2(path, work / name)
    quoted = lambda items: "[" + ", ".join(json.dumps(i) for i in items) + "]"  # noqa: E731
    with open(work / "pyproject.toml", "a", encoding="utf-8") as f:
        f.write(
            "\n[tool.mutmut]\n"
            'source_paths = ["src"]\n'
            f"only_mutate = {quoted([src])}\n"
            f"also_copy = {quoted([c for c in COPY if c not in ('src', 'tests', 'pyproject.toml')])}\n"
            f"pytest_add_cli_args_test_selection = {quoted(tests)}\n"
            f"pytest_add_cli_args = {quoted(['-p', 'no:cacheprovider', '-m', MARKERS])}\n"
            "use_git_change_detection = false\n"
            # a mutant that only runs slowly on a busy machine is not killed: time out
            # only when a run takes far longer than its tests did (mutmut's default is 15x)
            "timeout_multiplier = 60.0\n"
        )
    if module in FRESH:
        target, scope = FRESH[module]
        mod, func = target.split(":")
        with open(work / "tests" / "conftest.py", "a", encoding="utf-8") as f:
            f.write(f"\n\n@pytest.fixture(autouse=True, scope={scope!r})\ndef _mutation_fresh_cache():\n"
                    f"    import {mod}\n    {mod}.{func}.cache_clear()\n")
    return work


def _verdicts(work: Path, src: str) -> dict[str, str]:
    from mutmut.stats import status_by_exit_code

    meta = json.loads((work / "mutants" / (src + ".meta")).read_text(encoding="utf-8"))
    return {name: status_by_exit_code[code] for name, code in meta["exit_code_by_key"].items()}


def _diffs(work: Path, src: str, names: list[str]) -> dict[str, str]:
    """mutmut's diff of each mutant (one process for all: ``mutmut show`` takes ~1 s each)."""
    code = ("import json, sys\n"
            "from mutmut.mutation.diff_apply import get_diff_for_mutant\n"
            "names, path = json.load(sys.stdin)\n"
            "print(json.dumps({n: get_diff_for_mutant(n, path=path) for n in names}))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=work, input=json.dumps([names, src]),
                         capture_output=True, text=True)
    if out.returncode != 0:
        return {n: f"(no diff: {out.stderr.strip().splitlines()[-1:]})" for n in names}
    return json.loads(out.stdout)


def _source_sha(src: str) -> str:
    return hashlib.sha256((REPO / src).read_bytes()).hexdigest()


def _unchanged_since(module: str, previous: dict) -> str | None:
    """Why the previous run of ``module`` cannot be reused, or None when its source is
    the one measured (same hash; for runs without one: no commit and no edit since)."""
    src = MODULES[module][0]
    if "source_sha256" in previous:
        return None if previous["source_sha256"] == _source_sha(src) else f"{src} changed since"
    measured = dt.datetime.strptime(previous["measured"], "%Y-%m-%d %H:%M UTC").replace(
        tzinfo=dt.timezone.utc)
    git = ["git", "-C", str(REPO)]
    dirty = subprocess.run([*git, "diff", "--quiet", "HEAD", "--", src]).returncode != 0
    last = subprocess.run([*git, "log", "-1", "--format=%ct", "--", src], capture_output=True, text=True)
    if dirty or not last.stdout.strip():
        return f"{src} has uncommitted edits or no history"
    committed = dt.datetime.fromtimestamp(int(last.stdout), dt.timezone.utc)
    return None if committed <= measured else f"{src} committed at {committed:%H:%M}, after the run"


def rerun_survivors(module: str, max_children: int) -> dict:
    """Check only the last run's survivors against the tests as they are now: a source
    that has not changed keeps its killed mutants killed (tests were only added), so the
    score is the old kills plus the survivors killed now."""
    path = OUT / f"{module}.json"
    if not path.exists():
        return {"module": module, "error": "no previous run to reuse"}
    previous = json.loads(path.read_text(encoding="utf-8"))
    if "error" in previous:
        return {"module": module, "error": "the previous run failed"}
    why = _unchanged_since(module, previous)
    if why:
        return {"module": module, "error": f"cannot reuse the previous run: {why}"}
    names = [s["mutant"] for s in previous["survivors"]]
    result = run_module(module, max_children, names)
    if "error" in result:
        return result
    unchecked = set(names) - set(result.pop("checked"))
    if unchecked:
        return {"module": module, "error": f"{len(unchecked)} survivors were not checked again, "
                                           f"e.g. {sorted(unchecked)[0]}"}
    now = {s["mutant"]: s for s in result["survivors"]}
    still = [now.get(s["mutant"], s) for s in previous["survivors"] if s["mutant"] in now]
    killed = previous["killed"] + len(names) - len(still)
    result.update({
        "mutants": previous["mutants"], "killed": killed,
        "score": round(killed / previous["mutants"], 3) if previous["mutants"] else None,
        "survivors": still, "seconds": previous["seconds"] + result["seconds"],
        "rerun": {"of": previous["measured"], "survivors_before": len(names),
                  "killed_now": len(names) - len(still), "seconds": result["seconds"]},
    })
    return result


def run_module(module: str, max_children: int, only: list[str] | None = None) -> dict:
    src, tests = MODULES[module]
    sha = _source_sha(src)   # of the file copied into the work copy, not of a later edit
    work = _workdir(module)
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    started = dt.datetime.now(dt.timezone.utc)
    log = OUT / f"{module}.log"
    with open(log, "w", encoding="utf-8") as f:
        proc = subprocess.run([mutmut, "run", "--max-children", str(max_children), *(only or [])], cwd=work,
                              stdout=f, stderr=subprocess.STDOUT,
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    seconds = (dt.datetime.now(dt.timezone.utc) - started).total_seconds()
    if proc.returncode != 0 or not (work / "mutants" / (src + ".meta")).exists():
        return {"module": module, "error": f"mutmut exited {proc.returncode}; see {log}"}
    verdicts = _verdicts(work, src)
    if only is not None:
        verdicts = {k: v for k, v in verdicts.items() if k in set(only)}
    counted = {k: v for k, v in verdicts.items() if v in COUNTED}
    killed = sum(v in KILLED for v in counted.values())
    survivors = {k: v for k, v in counted.items() if v not in KILLED}
    diffs = _diffs(work, src, sorted(survivors))
    checked = {"checked": sorted(counted)} if only is not None else {}
    return {**checked,
        "module": module, "file": src, "source_sha256": sha, "tests": tests,
        "seconds": round(seconds),
        "mutants": len(counted), "killed": killed,
        "score": round(killed / len(counted), 3) if counted else None,
        "by_status": {s: sum(v == s for v in verdicts.values()) for s in sorted(set(verdicts.values()))},
        "survivors": [{"mutant": k, "status": v, "diff": diffs.get(k, "")}
                      for k, v in sorted(survivors.items())],
    }


def equivalent() -> dict[str, dict[str, str]]:
    """module -> {mutant name (without the module path): why it is equivalent}."""
    data = yaml.safe_load(EQUIVALENT.read_text(encoding="utf-8")) if EQUIVALENT.exists() else None
    return data or {}


def write_report() -> Path:
    """``report.md``: one row per module measured so far (from the per-module JSON), the
    equivalent survivors counted from bench/mutation_equivalent.yaml as it is now."""
    rows, known = [], equivalent()
    for module in MODULES:
        path = OUT / f"{module}.json"
        if not path.exists():
            continue
        r = json.loads(path.read_text(encoding="utf-8"))
        if "error" not in r:
            reasons = known.get(module, {})
            for s in r["survivors"]:
                s["equivalent"] = reasons.get(s["mutant"].rsplit(".", 1)[-1])
            r["equivalent"] = sum(s["equivalent"] is not None for s in r["survivors"])
            rest = r["mutants"] - r["equivalent"]
            r["adjusted_score"] = round(r["killed"] / rest, 3) if rest else None
            path.write_text(json.dumps(r, indent=1) + "\n", encoding="utf-8")
        rows.append(r)
    lines = ["# Mutation scores", "",
             "`bash bench/mutation.sh` (mutmut, one module at a time, the tests listed).", "",
             "| module | mutants | killed | survived | equivalent | score | adjusted | tests | run (s) | measured |",
             "|---|---:|---:|---:|---:|---:|---:|---|---:|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['module']} | | | | | error: {r['error']} | | | | |")
            continue
        lines.append(f"| {r['module']} | {r['mutants']} | {r['killed']} | {len(r['survivors'])} | "
                     f"{r['equivalent']} | {r['score']:.2f} | {r['adjusted_score']:.2f} | "
                     f"{' '.join(r['tests'])} | {r['seconds']} | {r['measured']} |")
    lines += ["", "score: killed / mutants; adjusted: killed / (mutants - equivalent), the equivalent "
              "survivors being those in bench/mutation_equivalent.yaml with the reason. Survivors per "
              "module (mutmut's diff) are in `<module>.json`."]
    report = OUT / "report.md"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=f"default: all of {', '.join(MODULES)}")
    parser.add_argument("--max-children", type=int, default=1, help="parallel mutant runs (default 1)")
    parser.add_argument("--list", action="store_true", help="print the modules and their tests")
    parser.add_argument("--keep", action="store_true", help="keep the work copies (for mutmut browse)")
    parser.add_argument("--survivors", action="store_true",
                        help="recheck only the last run's survivors (its source must be unchanged)")
    parser.add_argument("--report", action="store_true",
                        help="only rewrite report.md from the results so far")
    args = parser.parse_args(argv)
    if args.report:
        print(f"report: {write_report()}")
        return 0
    if args.list:
        for name, (src, tests) in MODULES.items():
            print(f"{name:18} {src:40} {' '.join(tests)}")
        return 0
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        print(f"unknown module(s): {', '.join(unknown)}; see --list", file=sys.stderr)
        return 2
    if shutil.which("mutmut", path=str(Path(sys.executable).parent)) is None:
        print('mutmut is not installed: pip install -e ".[mutation]"', file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    status = 0
    for module in args.modules or list(MODULES):
        print(f"{module}: running mutmut ...", flush=True)
        result = (rerun_survivors if args.survivors else run_module)(module, args.max_children)
        result["measured"] = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        (OUT / f"{module}.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        if "error" in result:
            print(f"{module}: {result['error']}", file=sys.stderr)
            status = 1
        else:
            print(f"{module}: {result['killed']}/{result['mutants']} killed, score {result['score']}",
                  flush=True)
        if not args.keep:
            shutil.rmtree(OUT / "work" / module, ignore_errors=True)
    print(f"report: {write_report()}")
    return status


if __name__ == "__main__":
    sys.exit(main())
