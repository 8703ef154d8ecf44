"""Extraction in worker processes gives exactly what one process gives, in order."""
from dagster_project.lib.extract_pool import MIN_PARALLEL_FILES, ExtractionPool
from tests.conftest import PROJECT_ROOT


def _items():
    seeds = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    return [(f"{i:03d}_{seeds[i % len(seeds)].name}", texts[i % len(texts)]) for i in range(MIN_PARALLEL_FILES + 6)]


def test_two_workers_return_the_facts_of_one_process_in_order():
    items = _items()
    with ExtractionPool(workers=1) as one:
        inline = one.map(items)
    with ExtractionPool(workers=2) as two:
        pending = two.submit(items)  # extraction runs while this process does other work
        parallel = pending()
        assert two._pool is not None  # the batch was large enough for the workers
    assert [f.stories[0]["source_file"] for f in parallel] == [name for name, _ in items]
    assert parallel == inline


def test_a_small_batch_is_extracted_in_this_process():
    with ExtractionPool(workers=2) as pool:
        facts = pool.map(_items()[:3])
        assert pool._pool is None
    assert len(facts) == 3 and all(f.funds for f in facts)


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_workers_leave_when_the_run_that_started_them_is_killed():
    import os
    import signal
    import subprocess
    import sys
    import time

    import pytest

    if not os.path.isdir("/proc"):
        pytest.skip("reads process states from /proc")
    run = subprocess.Popen([sys.executable, "-c", (
        "import os, signal\n"
        "from tests.ingest.test_extract_pool import _items\n"
        "from dagster_project.lib.extract_pool import ExtractionPool\n"
        "pool = ExtractionPool(workers=2)\n"
        "pool.map(_items())\n"
        "print('workers', *pool._pool._processes, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)  # as a run killed mid-batch: no finally, no close\n")],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    line = next(line for line in run.stdout if line.startswith("workers"))  # past any banner a library prints
    workers = [int(pid) for pid in line.split()[1:]]
    run.wait(timeout=60)
    assert len(workers) == 2 and run.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_running(pid) for pid in workers)
