"""`make docs`: render the dbt docs and the Great Expectations Data Docs, print where each opens.

    python -m dagster_project.report.docs [--warehouse-build PATH] [--target-path DIR] [--no-gx]

dbt: `dbt docs generate --static` in dbt_models/ (`--profiles-dir .`, the target
of DBT_TARGET, default `local`), with the var duckdb_path pointing at the private
build file `warehouse/.build/warehouse.duckdb` (the file dbt builds; its catalog
is read from it), or the path given. The run holds the build file's writer lock
(`lib/store.writer_lock`), so it waits for a running build step instead of
colliding with it. The docs are written to `dbt_models/target/docs/` (not to
`dbt_models/target/`, whose manifest.json the Dagster runs read): `static_index.html`
is one self-contained page (manifest and catalog inside) that opens from disk;
`index.html` needs `dbt docs serve` (it fetches manifest.json / catalog.json).

GX: `dagster_project.lib.quality.build_data_docs()` renders the suites and the
newest stored validation results (those of the last `make run`).

No network: dbt usage stats and GX analytics are switched off here as in the Makefile.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from dagster_project.settings import DBT_PROJECT_DIR, PROJECT_ROOT, build_path_for, dbt_vars_for, load_settings

DEFAULT_TARGET_PATH = "target/docs"  # relative to dbt_models/


def dbt_docs(build_file: Path, target_path: str = DEFAULT_TARGET_PATH, dbt_target: str | None = None,
             lock_timeout_s: float = 600) -> Path:
    """Run `dbt docs generate --static` against `build_file`; returns the page to open."""
    from dagster_project.lib import store

    if not build_file.exists():
        raise FileNotFoundError(f"no warehouse build file at {build_file}: run `make run` first")
    dbt = Path(sys.executable).with_name("dbt")
    env = dict(os.environ)
    env.update({
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
    })
    # dbt's log goes beside the docs, not into dbt_models/logs
    cmd = [str(dbt), "docs", "generate", "--static", "--profiles-dir", ".", "--vars", dbt_vars_for(build_file),
           "--target", dbt_target or env.get("DBT_TARGET", "local"), "--target-path", target_path,
           "--log-path", target_path, "--quiet"]
    with store.writer_lock(build_file, timeout_s=lock_timeout_s):
        proc = subprocess.run(cmd, cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"dbt docs generate failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    out = (DBT_PROJECT_DIR / target_path).resolve()
    static = out / "static_index.html"
    return static if static.exists() else out / "index.html"


def gx_docs() -> Path:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    from dagster_project.lib import quality

    return quality.build_data_docs()


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dagster_project.report.docs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--warehouse-build", type=Path, default=None,
                        help="the DuckDB file dbt reads its catalog from (default: the build file of "
                        "WAREHOUSE_PATH, warehouse/.build/warehouse.duckdb)")
    parser.add_argument("--target-path", default=DEFAULT_TARGET_PATH,
                        help=f"dbt target path, relative to dbt_models/ (default: {DEFAULT_TARGET_PATH})")
    parser.add_argument("--no-dbt", action="store_true", help="skip the dbt docs")
    parser.add_argument("--no-gx", action="store_true", help="skip the GX Data Docs")
    args = parser.parse_args(argv)

    build_file = args.warehouse_build or build_path_for(load_settings().warehouse_path)
    build_file = build_file if build_file.is_absolute() else (Path.cwd() / build_file)
    status = 0
    if not args.no_dbt:
        try:
            page = dbt_docs(build_file.resolve(), args.target_path)
            print(f"dbt docs:     {_rel(page)}")
            if page.name == "static_index.html":
                print("              (one self-contained page; or `cd dbt_models && ../.venv/bin/dbt docs serve "
                      f"--target-path {args.target_path} --profiles-dir .` for index.html)")
        except (FileNotFoundError, RuntimeError, TimeoutError) as exc:
            print(f"dbt docs:     FAILED: {exc}", file=sys.stderr)
            status = 1
    if not args.no_gx:
        try:
            print(f"GX data docs: {_rel(gx_docs())}")
        except Exception as exc:  # GX raises many kinds; report, don't hide the dbt result
            print(f"GX data docs: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
