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
