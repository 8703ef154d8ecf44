"""`make bench`: speed and memory of the warehouse, printed as one table.

    python benchmarks/bench.py [--sizes 1000,10000] [--workdir DIR]

1. extraction throughput of the library alone, on one core (MB of text/s, stories/s);
2. `make run` end to end (ingest → extraction → dbt → checks → publish) on N
   generated files: seconds and peak memory of the run's process;
3. refresh after adding one file to that built warehouse, as the sensor runs it
   (`--files NEW`): seconds and how many files were parsed;
4. the published warehouse's size.

Each run is a separate process started the way `make run` starts it, so the
figures include Python start-up and imports; peak memory is the child's
maximum resident set size (os.wait4).
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dagster_project.extraction import extract_document  # noqa: E402


def extraction_throughput(corpus: Path, min_seconds: float = 10.0) -> tuple[float, float]:
    """MB/s and stories/s of extract_document over the corpus, repeated for at least `min_seconds`."""
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})  # one core; restored below for the runs
    try:
        return _throughput(corpus, min_seconds)
    finally:
        os.sched_setaffinity(0, cores)


def _throughput(corpus: Path, min_seconds: float) -> tuple[float, float]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    done_bytes = stories = 0
    started = time.perf_counter()
    while time.perf_counter() - started < min_seconds:
        for name, text in texts:
            stories += len(extract_document(name, text).stories)
        done_bytes += size
    elapsed = time.perf_counter() - started
    return done_bytes / 1e6 / elapsed, stories / elapsed


def generate(out: Path, files: int, seed: int = 7) -> None:
    subprocess.run([sys.executable, "-m", "tools.corpus", "--out", str(out), "--files", str(files),
                    "--seed", str(seed)], cwd=ROOT, check=True, stderr=subprocess.DEVNULL)


def timed_run(env: dict, *extra: str) -> tuple[float, float, str]:
    """Seconds, peak RSS in MB, and stdout of one `python -m dagster_project.cli run`."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "dagster_project.cli", "run", *extra], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"run failed:\n{out}")
    return elapsed, usage.ru_maxrss / 1024, out


def build_and_refresh(workdir: Path, n: int) -> dict:
    corpus = workdir / f"corpus_{n}"
    generate(corpus, n + 1)
    gold = corpus / "gold"
    newest = sorted(corpus.glob("*.txt"))[-1]
    held_back = workdir / f"held_back_{n}"
    held_back.mkdir()
    shutil.move(str(newest), held_back / newest.name)
    home = workdir / f"dagster_home_{n}"
    home.mkdir()
    shutil.copy(ROOT / "config" / "dagster.yaml", home / "dagster.yaml")
    env = {**os.environ, "SEEDS_DIR": str(corpus), "WAREHOUSE_PATH": str(workdir / f"warehouse_{n}" / "warehouse.duckdb"),
           "DAGSTER_HOME": str(home), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "GX_ANALYTICS_ENABLED": "false",
           "DAGSTER_DISABLE_TELEMETRY": "true"}
    # as `make` does: parse dbt once with the runs' profile, so each run reuses the parse
    build_file = Path(env["WAREHOUSE_PATH"]).parent / ".build" / "warehouse.duckdb"
    subprocess.run([str(Path(sys.executable).with_name("dbt")), "parse", "--profiles-dir", ".", "--quiet"],
                   cwd=ROOT / "dbt_models", env={**env, "DBT_DUCKDB_PATH": str(build_file)}, check=True)
    build_s, build_mb, _ = timed_run(env)
    shutil.move(str(held_back / newest.name), corpus / newest.name)
    refresh_s, refresh_mb, out = timed_run(env, "--files", newest.name)
    parsed = int(re.search(r"(\d+) extracted in this run", out).group(1))
    size = Path(env["WAREHOUSE_PATH"]).stat().st_size
    lookup_ms, indexed = dedupe_lookup(build_file, corpus / newest.name)
    shutil.rmtree(gold, ignore_errors=True)
    return {"n": n, "build_s": build_s, "build_mb": build_mb, "refresh_s": refresh_s, "refresh_mb": refresh_mb,
            "parsed": parsed, "size_mb": size / 1e6, "lookup_ms": lookup_ms, "indexed": indexed}


def dedupe_lookup(build_file: Path, article: Path, repeat: int = 20) -> tuple[float, int]:
    """Milliseconds to look one new file's stories up in the near-duplicate index
    (LSH bands of every landed story), as a refresh does; and the index's size."""
    import copy

    import duckdb

    from dagster_project.extraction import extract_document
    from dagster_project.lib import dedupe
    from dagster_project.settings import duckdb_config

    facts = extract_document(article.name, article.read_text(encoding="utf-8"))
    found = {"stories": facts.stories, "fund_mentions": facts.funds, "beneficiary_mentions": facts.beneficiaries}
    con = duckdb.connect(str(build_file), read_only=True, config=duckdb_config())
    try:
        indexed = con.execute("SELECT count(DISTINCT article_id) FROM raw.story_bands").fetchone()[0]
        started = time.perf_counter()
        for _ in range(repeat):
            dedupe.mark_duplicates(con, copy.deepcopy(found), [article.name])
        return (time.perf_counter() - started) / repeat * 1000, indexed
    finally:
        con.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="minzheng-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    sample = workdir / "throughput_corpus"
    generate(sample, 300)
    mb_s, stories_s = extraction_throughput(sample)
    seeds_mb_s, seeds_stories_s = extraction_throughput(ROOT / "seeds")
    rows = [build_and_refresh(workdir, int(n)) for n in args.sizes.split(",")]

    print(f"\nmachine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print("| measure | value |")
    print("|---|---|")
    print(f"| extraction, one core, generated corpus | {mb_s:.2f} MB/s, {stories_s:.0f} stories/s |")
    print(f"| extraction, one core, seeds/ repeated | {seeds_mb_s:.2f} MB/s, {seeds_stories_s:.0f} stories/s |")
    for r in rows:
        n = f"{r['n']:,}"
        print(f"| `make run`, {n} files | {r['build_s']:.1f} s, peak {r['build_mb']:.0f} MB |")
        print(f"| refresh after 1 new file into {n} | {r['refresh_s']:.1f} s, peak {r['refresh_mb']:.0f} MB, "
              f"{r['parsed']} file(s) parsed |")
        print(f"| warehouse file, {n} files | {r['size_mb']:.1f} MB |")
        print(f"| near-duplicate lookup of 1 new file among {r['indexed']:,} stories | {r['lookup_ms']:.1f} ms |")
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
