"""`make bench`: speed and memory of the warehouse, printed as one table.

    python benchmarks/bench.py [--sizes 1000,10000] [--steps extraction,workers,sizes,arrival]
                               [--compare REV] [--workdir DIR]

Steps (all by default):

extraction  the extractor beside a naive script (jionlp's extract_money plus one
            count regex over each file's text), on one core (sched_setaffinity),
            interleaved in this process on the same texts: several rounds, the
            order alternating, medians; MB/s of each and their ratio.
workers     the extraction phase of a run (batches of 200 files handed to
            lib/extract_pool.ExtractionPool, the next batch submitted before the
            last is collected) with every worker (WORKERS, default every core) and
            with one, alternating on the same texts; the speed-up.
sizes       `make run` end to end on N generated files (--sizes; 100000 is
            accepted: `make bench SIZES=1000,10000,100000`), each build a separate
            process started as `make run` starts it: seconds and peak memory; a
            refresh after one new file, as the sensor runs it (`--files NEW`); the
            near-duplicate lookup of that file; the warehouse's size.
arrival     a file dropped into the folder watched by a real `dg dev`, until its
            facts are queryable in the published warehouse (benchmarks/arrival.py);
            `--compare REV` runs the same step on commit REV first (before/after).

Every process the bench starts runs from a copy of the project in the work
folder (benchmarks/project.py): nothing is written into the checkout.
Peak memory: the largest single process of the run (os.wait4: the run process or
its dbt child) and the sampled sum over the run's whole process tree (extraction
workers included; benchmarks/memory.py).
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import arrival  # noqa: E402
from benchmarks.memory import TreePeak  # noqa: E402
from benchmarks.project import BIN, Project, copy_checkout, describe, export_commit  # noqa: E402
from dagster_project.extraction import extract_document  # noqa: E402

STEPS = ("extraction", "workers", "sizes", "arrival")
# the naive script of issue 14: jionlp's money finder plus one count regex
COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万)?\s*(户|人次|名|人|位|家)")
LARGE = 50_000  # sizes from here on take many minutes and several GB of disk


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def generate(out: Path, files: int, seed: int = 7) -> Path:
    subprocess.run([str(BIN / "python"), "-m", "tools.corpus", "--out", str(out), "--files", str(files),
                    "--seed", str(seed), "--quiet"], cwd=ROOT, check=True)
    shutil.rmtree(out / "gold", ignore_errors=True)
    return out


def read_texts(folder: Path, limit: int | None = None) -> list[tuple[str, str]]:
    paths = sorted(folder.glob("*.txt"))[:limit]
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def megabytes(texts: list[tuple[str, str]]) -> float:
    return sum(len(t.encode("utf-8")) for _, t in texts) / 1e6


# --- extraction per core, beside the naive script -----------------------------------


def naive(text: str) -> int:
    import jionlp

    return len(jionlp.ner.extract_money(text)) + len(COUNT.findall(text))


def clear_extraction_caches() -> None:
    """Empty the extractor's memo caches (numbers, money spans, years of a sentence),
    keeping its loaded tables (the caches of size 1): each round then costs what
    one pass of a run over these files costs, not a second pass over the same texts."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("dagster_project.extraction"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name and info().maxsize != 1:
                value.cache_clear()


def _time_extractor(texts: list[tuple[str, str]], passes: int = 1) -> tuple[float, int]:
    """Seconds of `passes` passes over the texts, each from empty caches; stories of one pass."""
    seconds, stories = 0.0, 0
    for _ in range(passes):
        clear_extraction_caches()
        started, stories = time.perf_counter(), 0
        for name, text in texts:
            stories += len(extract_document(name, text).stories)
        seconds += time.perf_counter() - started
    return seconds, stories


def _time_naive(texts: list[tuple[str, str]], passes: int = 1) -> float:
    started = time.perf_counter()
    for _ in range(passes):
        for _, text in texts:
            naive(text)
    return time.perf_counter() - started


def extractor_vs_naive(texts: list[tuple[str, str]], rounds: int) -> dict:
    """Both on one core, interleaved: extractor then naive in even rounds, naive then
    extractor in odd ones; medians of the rounds. A small set (seeds/) is passed over
    several times a round, so that a round reads about 1 MB."""
    mb = megabytes(texts)
    passes = max(1, round(1.0 / mb))
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        _time_extractor(texts[:5]), _time_naive(texts[:5])  # word tables, gazetteers, regexes loaded
        ext, nai, stories = [], [], 0
        for r in range(rounds):
            if r % 2:
                nai.append(_time_naive(texts, passes))
            seconds, stories = _time_extractor(texts, passes)
            ext.append(seconds)
            if not r % 2:
                nai.append(_time_naive(texts, passes))
    finally:
        os.sched_setaffinity(0, cores)
    mb_round = mb * passes
    return {"files": len(texts), "mb": mb, "passes": passes, "rounds": rounds,
            "ext_mb_s": mb_round / statistics.median(ext), "naive_mb_s": mb_round / statistics.median(nai),
            "stories_s": stories * passes / statistics.median(ext),
            "ratio": statistics.median(n / e for n, e in zip(nai, ext))}


# --- extraction phase: every worker vs one --------------------------------------------


def extraction_phase(pool, texts: list[tuple[str, str]], batch: int = 200) -> float:
    """Seconds to extract `texts` as a run does: batches handed to the pool, the
    next one submitted before the last one's results are collected."""
    batches = [texts[i:i + batch] for i in range(0, len(texts), batch)]
    started = time.perf_counter()
    pending = pool.submit(batches[0])
    for k in range(len(batches)):
        collect = pending
        pending = pool.submit(batches[k + 1]) if k + 1 < len(batches) else None
        collect()
    return time.perf_counter() - started


def _phase_with_workers(workers: int, texts: list[tuple[str, str]]) -> tuple[float, float]:
    """Seconds of the workers' start (spawn, imports, warm-up), and of the phase after
    it. A new pool each time: its workers' caches start empty, as in a run."""
    from dagster_project.lib.extract_pool import MIN_PARALLEL_FILES, ExtractionPool

    with ExtractionPool(workers=workers) as pool:
        started = time.perf_counter()
        # the pool starts on its first batch (one task per worker: every worker spawns)
        pool.map([("warm-up.txt", "湖南省民政厅。\n")] * max(MIN_PARALLEL_FILES, 4 * workers))
        start_s = time.perf_counter() - started
        return start_s, extraction_phase(pool, texts)


def _phase_in_process(texts: list[tuple[str, str]]) -> float:
    from dagster_project.lib.extract_pool import ExtractionPool

    clear_extraction_caches()
    with ExtractionPool(workers=1) as pool:  # WORKERS=1: extracted in the run process
        return extraction_phase(pool, texts)


def workers_vs_one(texts: list[tuple[str, str]], rounds: int) -> dict:
    from dagster_project.lib.extract_pool import default_workers

    workers = default_workers()
    _phase_in_process(texts[:5])  # this process's tables loaded, as the workers' warm-up does
    all_s, one_s, starts = [], [], []
    for r in range(rounds):
        for many in ((True, False) if r % 2 == 0 else (False, True)):
            if many:
                start_s, seconds = _phase_with_workers(workers, texts)
                starts.append(start_s)
                all_s.append(seconds)
            else:
                one_s.append(_phase_in_process(texts))
    start_s = statistics.median(starts)
    mb = megabytes(texts)
    return {"workers": workers, "files": len(texts), "mb": mb, "rounds": rounds, "start_s": start_s,
            "all_s": statistics.median(all_s), "one_s": statistics.median(one_s),
            "speedup": statistics.median(o / a for o, a in zip(one_s, all_s))}


# --- sizes: build, refresh, near-duplicate lookup -------------------------------------


def timed_run(project: Project, env: dict, *extra: str) -> tuple[float, float, float, str]:
    """Seconds, peak RSS of the largest process (MB), peak RSS of the whole process
    tree (MB), and stdout of one `python -m dagster_project.cli run`."""
    started = time.perf_counter()
    proc = subprocess.Popen([str(BIN / "python"), "-m", "dagster_project.cli", "run", "--no-progress", *extra],
                            cwd=project.path, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    with TreePeak(proc.pid) as tree:
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"run failed ({project.label}, {env['SEEDS_DIR']}):\n{out[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024, tree.mb, out


def build_and_refresh(project: Project, workdir: Path, n: int) -> dict:
    corpus = generate(workdir / f"corpus_{n}", n + 1)
    newest = sorted(corpus.glob("*.txt"))[-1]
    held_back = workdir / f"held_back_{n}"
    held_back.mkdir()
    shutil.move(str(newest), held_back / newest.name)
    warehouse = workdir / f"warehouse_{n}" / "warehouse.duckdb"
    env = project.env(corpus, warehouse, workdir / f"dagster_home_{n}")
    project.dbt_parse(warehouse)
    log(f"sizes: building {n:,} files")
    build_s, build_mb, build_tree_mb, _ = timed_run(project, env)
    shutil.move(str(held_back / newest.name), corpus / newest.name)
    log(f"sizes: refresh after 1 new file into {n:,}")
    refresh_s, refresh_mb, refresh_tree_mb, out = timed_run(project, env, "--files", newest.name)
    parsed = int(re.search(r"(\d+) extracted in this run", out).group(1))
    size = warehouse.stat().st_size
    lookup_ms, indexed = dedupe_lookup(warehouse.parent / ".build" / warehouse.name, corpus / newest.name)
    shutil.rmtree(corpus, ignore_errors=True)  # the disk of a 100,000-file run
    return {"n": n, "build_s": build_s, "build_mb": build_mb, "build_tree_mb": build_tree_mb,
            "refresh_s": refresh_s, "refresh_mb": refresh_mb, "refresh_tree_mb": refresh_tree_mb,
            "parsed": parsed, "size_mb": size / 1e6, "lookup_ms": lookup_ms, "indexed": indexed}


def dedupe_lookup(build_file: Path, article: Path, repeat: int = 20) -> tuple[float, int]:
    """Milliseconds to look one new file's stories up in the near-duplicate index
    (LSH bands of every landed story), as a refresh does; and the index's size."""
    import copy

    import duckdb

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


def check_disk(workdir: Path, sizes: list[int]) -> None:
    """A generated file, its rows in the build and the published warehouse, dbt's and
    DuckDB's temporary files: about 60 KB a file at the largest size, measured at 10,000."""
    need = max(sizes) * 60_000
    free = shutil.disk_usage(workdir).free
    if free < need:
        raise SystemExit(f"{max(sizes):,} files need about {need / 1e9:.0f} GB free in {workdir}; "
                         f"{free / 1e9:.0f} GB are (choose another --workdir)")


# --- arrival to answer ----------------------------------------------------------------


def arrival_step(workdir: Path, checkout: Project, base_files: int, drops: int, compare: str | None) -> list:
    corpus = generate(workdir / "arrival_corpus", base_files + drops, seed=11)
    names = sorted(corpus.glob("*.txt"))
    held_dir = workdir / "arrival_held"
    held_dir.mkdir()
    held = []
    for path in names[-drops:]:
        held.append(Path(shutil.move(str(path), held_dir / path.name)))
    projects = []
    if compare:
        projects.append(Project(export_commit(compare, workdir / "project_before"), "before"))
    projects.append(checkout)
    log(f"arrival ({', '.join(p.label for p in projects)}): build of {base_files:,} files, dev, {drops} drops")
    return arrival.measure(projects, workdir, corpus, held)


# --- the table --------------------------------------------------------------------------


def _s(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def report(args, found: dict, load_before: tuple, load_after: tuple) -> None:
    cores = len(os.sched_getaffinity(0))
    print(f"\nmachine: {platform.processor() or platform.machine()}, {cores} cores, Python "
          f"{platform.python_version()}; load average (1 min) {load_before[0]:.2f} at the start, "
          f"{load_after[0]:.2f} at the end (a shared machine: absolute figures vary, ratios hold better)")
    print("| measure | value |")
    print("|---|---|")
    for label, r in found.get("extraction", []):
        times = f" × {r['passes']} passes" if r["passes"] > 1 else ""
        print(f"| extraction, one core, {label} ({r['files']} files, {r['mb']:.2f} MB{times}, {r['rounds']} rounds) | "
              f"extractor {r['ext_mb_s']:.2f} MB/s ({r['stories_s']:.0f} stories/s), naive script "
              f"{r['naive_mb_s']:.2f} MB/s: the extractor is {r['ratio']:.2f}× the naive script |")
    if "workers" in found:
        w = found["workers"]
        print(f"| extraction phase, {w['files']:,} files ({w['mb']:.1f} MB), {w['rounds']} rounds | "
              f"{w['workers']} workers {w['all_s']:.1f} s ({w['mb'] / w['all_s']:.2f} MB/s), one worker "
              f"{w['one_s']:.1f} s ({w['mb'] / w['one_s']:.2f} MB/s): {w['speedup']:.2f}× "
              f"(after a {w['start_s']:.1f} s start of the workers) |")
    rows = found.get("sizes", [])
    for r in rows:
        n = f"{r['n']:,}"
        print(f"| `make run`, {n} files | {r['build_s']:.1f} s, peak {r['build_mb']:.0f} MB "
              f"(process tree {r['build_tree_mb']:.0f} MB) |")
        print(f"| refresh after 1 new file into {n} | {r['refresh_s']:.1f} s, peak {r['refresh_mb']:.0f} MB "
              f"(tree {r['refresh_tree_mb']:.0f} MB), {r['parsed']} file(s) parsed |")
        print(f"| warehouse file, {n} files | {r['size_mb']:.1f} MB |")
        print(f"| near-duplicate lookup of 1 new file among {r['indexed']:,} stories | {r['lookup_ms']:.1f} ms |")
    for small, big in zip(rows, rows[1:]):
        factor = big["n"] / small["n"]
        print(f"| {big['n']:,} vs {small['n']:,} files ({factor:g}× the files) | build "
              f"{big['build_s'] / small['build_s']:.2f}×, refresh {big['refresh_s'] / small['refresh_s']:.2f}× |")
    results = found.get("arrival", [])
    for res in results:
        print(f"| file dropped → facts queryable, `dg dev`, {res.files:,} files, {res.label} | median of "
              f"{len(res.drops)}: {res.median_s:.1f} s ({', '.join(f'{d.latency_s:.1f}' for d in res.drops)}); "
              f"parts (medians): sensor tick {_s(res.part_median('tick_s'))} s, queued "
              f"{_s(res.part_median('queue_s'))} s, run start {_s(res.part_median('start_s'))} s, "
              f"run to publication {_s(res.part_median('run_s'))} s |")
    if results:
        print("\narrival to answer, each drop (s): tick = drop → run requested, queue = → launched, "
              "start = → run process executing, run = → facts queryable")
        print("| project | file | total | tick | queue | start | run |")
        print("|---|---|---|---|---|---|---|")
        for res in results:
            for d in res.drops:
                print(f"| {res.label} | {d.name} | {d.latency_s:.1f} | {_s(d.tick_s)} | {_s(d.queue_s)} | "
                      f"{_s(d.start_s)} | {_s(d.run_s)} |")
        if args.compare:
            print(f"\nbefore = {describe(args.compare)}; after = this checkout (working tree)")


def parse_sizes(text: str) -> list[int]:
    sizes = [int(s.replace("_", "")) for s in text.split(",") if s.strip()]
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"--sizes wants file counts like 1000,10000,100000, not {text!r}")
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=parse_sizes, default=[1000, 10000],
                        help="corpus sizes of the sizes step, e.g. 1000,10000,100000 (default 1000,10000)")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"which steps, of {','.join(STEPS)}")
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds of the extraction steps")
    parser.add_argument("--workers-files", type=int, default=1000, help="files of the workers step")
    parser.add_argument("--arrival-files", type=int, default=1000, help="files in the warehouse the drops go into")
    parser.add_argument("--drops", type=int, default=5, help="files dropped, one at a time, in the arrival step")
    parser.add_argument("--compare", metavar="REV", help="also run the arrival step on commit REV, first")
    parser.add_argument("--workdir", type=Path, help="keep the corpora, warehouses and logs here")
    args = parser.parse_args()
    steps = [s for s in args.steps.split(",") if s]
    unknown = sorted(set(steps) - set(STEPS))
    if unknown:
        parser.error(f"unknown step(s) {','.join(unknown)}: choose from {','.join(STEPS)}")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="minzheng-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if "sizes" in steps:
        check_disk(workdir, args.sizes)
    load_before = os.getloadavg()
    found: dict = {}
    checkout = None
    if {"sizes", "arrival"} & set(steps):
        checkout = Project(copy_checkout(workdir / "project"), "after" if args.compare else "checkout")
    if "extraction" in steps:
        log(f"extraction: extractor and naive script, one core, {args.rounds} rounds")
        generated = read_texts(generate(workdir / "throughput_corpus", 300))
        seeds = read_texts(ROOT / "seeds")
        found["extraction"] = [("generated corpus", extractor_vs_naive(generated, args.rounds)),
                               ("seeds/", extractor_vs_naive(seeds, args.rounds))]
    if "workers" in steps:
        log(f"workers: extraction phase of {args.workers_files:,} files, every worker vs one, "
            f"{max(4, args.rounds // 2)} rounds")
        texts = read_texts(generate(workdir / "workers_corpus", args.workers_files, seed=9))
        found["workers"] = workers_vs_one(texts, max(4, args.rounds // 2))
    if "sizes" in steps:
        if max(args.sizes) >= LARGE:
            log(f"sizes: {max(args.sizes):,} files take long (about 11× the 10,000-file build, plus generating)")
        found["sizes"] = [build_and_refresh(checkout, workdir, n) for n in args.sizes]
    if "arrival" in steps:
        found["arrival"] = arrival_step(workdir, checkout, args.arrival_files, args.drops, args.compare)
    report(args, found, load_before, os.getloadavg())
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
