"""`make faults`: run every fault scenario against a temporary copy of the
project and print a table (scenario, expected, observed, pass/fail).

    python -m tools.faults [--only SUBSTRING]

The copy is the tracked files of this checkout (`git ls-files`), so the
scenarios run what is committed plus local edits, never the developer's
warehouse, seeds folder or Dagster instance. Exit 1 if any scenario fails.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the checkout: tools/faults/__main__.py


def copy_project(dest: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, files.decode().split("\0")):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    shutil.copytree(ROOT / "dbt_models" / "target", dest / "dbt_models" / "target",
                    ignore=shutil.ignore_patterns("last_run", "run_results.json"), dirs_exist_ok=True)


def run_all(only: str | None) -> list[tuple[str, object]]:
    from tools.faults import scenarios

    rows = []
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp:
        tmp = Path(tmp)
        wanted = lambda name: only is None or only.lower() in name.lower()  # noqa: E731
        if any(wanted(n) for n in scenarios.BAD_INPUT_SCENARIOS):
            build = scenarios.BadInputBuild(tmp / "bad_inputs")
            rows += [(n, check(build)) for n, check in scenarios.BAD_INPUT_SCENARIOS.items() if wanted(n)]
        for i, (name, scenario) in enumerate(scenarios.WORKSPACE_SCENARIOS.items()):
            if wanted(name):
                rows.append((name, scenario(tmp / f"scenario_{i}")))
                print(f"  done: {name}", file=sys.stderr)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--in-copy", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.in_copy:
        with tempfile.TemporaryDirectory(prefix="project-copy-") as copy:
            copy_project(Path(copy))
            cmd = [sys.executable, "-m", "tools.faults", "--in-copy"] + (["--only", args.only] if args.only else [])
            return subprocess.run(cmd, cwd=copy, env={**os.environ, "PYTHONPATH": copy}).returncode
    rows = run_all(args.only)
    print("\n| scenario | expected | observed | result |\n|---|---|---|---|")
    from tools.faults.scenarios import KNOWN_GAPS

    def verdict(name, outcome) -> str:
        if outcome.passed:
            return "pass"
        return f"known gap: {KNOWN_GAPS[name]}" if name in KNOWN_GAPS else "FAIL"

    for name, outcome in rows:
        print(f"| {name} | {outcome.expected} | {outcome.observed} | {verdict(name, outcome)} |")
    passed = sum(o.passed for _, o in rows)
    gaps = sum(not o.passed and name in KNOWN_GAPS for name, o in rows)
    failed = len(rows) - passed - gaps
    print(f"\n{passed} passed, {failed} failed" + (f", {gaps} known gap(s) (see the table)" if gaps else ""))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
