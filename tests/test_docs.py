"""The README documents every command, and its Quick start holds exactly two commands,
the second being what CI runs."""
from __future__ import annotations

import re
from pathlib import Path

from polybius.cli.main import cli

REPO = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"polybius {name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_quick_start_has_two_commands_and_ci_runs_the_second():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Quick start$(.*?)^## ", readme, re.S | re.M).group(1)
    commands = [line.strip() for block in re.findall(r"```[a-z]*\n(.*?)```", section, re.S)
                for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2
    assert commands[1] in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "samples/" in commands[0]


def test_readme_python_example_prints_what_it_shows(pipeline, capsys):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Python\s+```python\n(.*?)```", readme, re.S).group(1)
    code = "\n".join(line for line in block.splitlines() if not line.startswith("# "))
    shown = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.splitlines() == shown


def test_readme_to_frame_example_prints_what_it_shows(pipeline, capsys):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first, second = re.findall(r"```python\n(.*?)```", readme.split("## Python", 1)[1].split("\n## ", 1)[0], re.S)[:2]
    run = lambda block: "\n".join(line for line in block.splitlines() if not line.startswith("# "))  # noqa: E731
    namespace: dict = {}
    exec(compile(run(first), "README.md", "exec"), namespace)
    capsys.readouterr()
    exec(compile(run(second), "README.md", "exec"), namespace)
    shown = [line[2:] for line in second.splitlines() if line.startswith("# ")]
    assert capsys.readouterr().out.splitlines() == shown
