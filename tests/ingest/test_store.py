"""Landing rows per file, the processing ledger, and atomic publication."""
import duckdb

from dagster_project.lib import publication, store


def _story(name, index, title):
    return {"article_id": f"{name}-{index}", "source_file": name, "story_index": index, "title": title, "body": title}


def test_replacing_a_files_rows_leaves_other_files_alone_and_records_the_ledger(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    with store.connect(db) as con:
        rows = [_story("a.txt", 0, "甲"), _story("a.txt", 1, "乙"), _story("b.txt", 0, "丙")]
        store.replace_file_rows(con, {"stories": store.frame("stories", rows)}, ["a.txt", "b.txt"],
                                "stories", {"a.txt": "h1", "b.txt": "h2"})
        store.replace_file_rows(con, {"stories": store.frame("stories", [_story("a.txt", 0, "丁")])}, ["a.txt"],
                                "stories", {"a.txt": "h3"})
        titles = con.execute("SELECT source_file, title FROM raw.stories ORDER BY 1, 2").fetchall()
        assert titles == [("a.txt", "丁"), ("b.txt", "丙")]
        assert store.ledger(con, "stories") == {"a.txt": "h3", "b.txt": "h2"}
        store.replace_file_rows(con, {"stories": store.frame("stories", [])}, ["b.txt"], "stories", {"b.txt": None})
        assert store.ledger(con, "stories") == {"a.txt": "h3"}
        assert con.execute("SELECT count(*) FROM raw.stories").fetchone()[0] == 1


def test_rows_changed_outside_a_run_are_found_per_file_and_untouched_tables_cost_two_counts(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    with store.connect(db) as con:
        rows = [_story("a.txt", 0, "甲"), _story("a.txt", 1, "乙"), _story("b.txt", 0, "丙")]
        store.replace_file_rows(con, {"stories": store.frame("stories", rows)}, ["a.txt", "b.txt"],
                                "extraction", {"a.txt": "h1", "b.txt": "h2"})
        assert store.files_with_changed_rows(con, "extraction") == []
        con.execute("DELETE FROM raw.stories WHERE source_file = 'a.txt' AND story_index = 1")
        assert store.files_with_changed_rows(con, "extraction") == ["a.txt"]
        con.execute("INSERT INTO raw.stories (article_id, source_file, story_index, title, body) "
                    "VALUES ('b.txt-9', 'b.txt', 9, '丁', '丁')")
        assert store.files_with_changed_rows(con, "extraction") == ["a.txt", "b.txt"]


def test_a_failed_batch_rolls_back_rows_and_ledger(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    with store.connect(db) as con:
        store.replace_file_rows(con, {"stories": store.frame("stories", [_story("a.txt", 0, "甲")])}, ["a.txt"],
                                "stories", {"a.txt": "h1"})
        bad = store.frame("stories", [_story("a.txt", 0, "乙")]).rename({"title": "headline"})
        try:
            store.replace_file_rows(con, {"stories": bad}, ["a.txt"], "stories", {"a.txt": "h2"})
        except duckdb.Error:
            pass
        assert con.execute("SELECT title FROM raw.stories").fetchall() == [("甲",)]
        assert store.ledger(con, "stories") == {"a.txt": "h1"}


def test_pending_lists_new_and_changed_files_and_files_gone():
    todo, gone = store.pending({"a": "1", "b": "2", "c": "3"}, {"a": "1", "b": "old", "d": "4"})
    assert todo == ["b", "c"] and gone == ["d"]


def test_publish_replaces_the_file_while_an_open_reader_keeps_its_old_view(tmp_path):
    build, published = tmp_path / ".build" / "warehouse.duckdb", tmp_path / "warehouse.duckdb"
    with store.connect(build) as con:
        con.execute("CREATE TABLE main.t AS SELECT 1 AS v")
    publication.publish(build, published)
    reader = duckdb.connect(str(published), read_only=True)
    with store.connect(build) as con:
        con.execute("INSERT INTO main.t VALUES (2)")
    publication.publish(build, published)
    assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    reader.close()
    with duckdb.connect(str(published), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    # the file published before is kept, hidden, to be brought up to date next time
    assert sorted(p.name for p in tmp_path.iterdir()) == [".build", ".warehouse.duckdb.standby", "warehouse.duckdb"]


def _build_with_rows(build, *values):
    with store.connect(build) as con:
        con.execute("CREATE OR REPLACE TABLE main.t (v INTEGER)")
        con.execute("INSERT INTO main.t SELECT unnest($v::INTEGER[])", {"v": list(values)})


def _count(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM t").fetchone()[0]


def test_publish_brings_the_standby_up_to_date_instead_of_copying_when_no_reader_holds_it(tmp_path):
    build, published = tmp_path / ".build" / "warehouse.duckdb", tmp_path / "warehouse.duckdb"
    _build_with_rows(build, 1)
    publication.publish(build, published)
    first = published.stat().st_ino
    assert publication.standby_path_for(published).read_bytes() == published.read_bytes()  # a copy
    _build_with_rows(build, 1, 2)
    publication.publish(build, published)  # the copy is brought up; the first file becomes the standby
    assert published.read_bytes() == build.read_bytes()
    assert publication.standby_path_for(published).stat().st_ino == first
    _build_with_rows(build, *range(5000))
    publication.publish(build, published)
    assert published.stat().st_ino == first  # the same file, rewritten where it differed
    assert published.read_bytes() == build.read_bytes()
    assert _count(published) == 5000


def test_publish_copies_afresh_when_a_reader_of_another_process_holds_the_standby(tmp_path):
    import subprocess
    import sys

    build, published = tmp_path / ".build" / "warehouse.duckdb", tmp_path / "warehouse.duckdb"
    _build_with_rows(build, 1)
    publication.publish(build, published)
    first = published.stat().st_ino
    reader = subprocess.Popen(  # like `make sql` left open: a read-only DuckDB session
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print(c.execute('SELECT count(*) FROM t').fetchone()[0], flush=True); sys.stdin.read(); "
         "print(c.execute('SELECT count(*) FROM t').fetchone()[0], flush=True)", str(published)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "1"
        for n in (2, 3):
            _build_with_rows(build, *range(n))
            publication.publish(build, published)
        assert published.stat().st_ino != first  # the reader's file was not rewritten
        out, _ = reader.communicate("", timeout=60)
    finally:
        reader.kill()
    assert out.strip() == "1"  # its view is the one it opened
    assert _count(published) == 3


def test_publish_leaves_the_standby_alone_while_this_process_reads_it(tmp_path):
    build, published = tmp_path / ".build" / "warehouse.duckdb", tmp_path / "warehouse.duckdb"
    _build_with_rows(build, 1)
    publication.publish(build, published)
    first = published.stat().st_ino
    reader = duckdb.connect(str(published), read_only=True)
    try:
        for n in (2, 3):
            _build_with_rows(build, *range(n))
            publication.publish(build, published)
        assert published.stat().st_ino != first  # the reader's file was not rewritten
        assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    finally:
        reader.close()
    assert _count(published) == 3


def test_identical_files_are_extracted_once_and_the_next_takes_over_when_the_first_goes():
    versions = store.extraction_versions({"b.txt": "h1", "a.txt": "h1", "c.txt": "h2"}, "v9")
    assert versions == {"a.txt": "h1:v9", "b.txt": "copy-of:a.txt:h1", "c.txt": "h2:v9"}
    after = store.extraction_versions({"b.txt": "h1", "c.txt": "h2"}, "v9")
    todo, gone = store.pending(after, versions)
    assert todo == ["b.txt"] and gone == ["a.txt"]


def test_the_writer_lock_of_a_killed_process_is_released(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    build = tmp_path / ".build" / "warehouse.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from dagster_project.lib import store\n"
        f"with store.writer_lock(Path({str(build)!r})):\n    print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    try:
        with store.writer_lock(build, timeout_s=1):
            raise AssertionError("lock taken while another process holds it")
    except TimeoutError:
        pass
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with store.writer_lock(build, timeout_s=5):
        with store.writer_lock(build, timeout_s=1):  # re-entrant in one process
            pass
    assert time.monotonic() - started < 10


def test_a_build_file_found_damaged_mid_run_is_named_with_the_fix_and_set_aside_by_the_next_run(tmp_path):
    import duckdb
    import pytest

    from dagster_project.lib import build_repair

    build = tmp_path / ".build" / "warehouse.duckdb"
    with store.connect(build) as con:
        con.execute("SELECT 1")
    with pytest.raises(build_repair.BuildFileDamaged) as caught:
        with build_repair.noting_damage(build):
            raise duckdb.IOException("IO Error: Corrupt database file: computed checksum 1 does not match stored checksum 2")
    assert str(build) in str(caught.value) and "delete" in str(caught.value)
    warnings: list[str] = []
    aside = build_repair.set_aside_if_damaged(build, warnings.append)
    assert aside is not None and aside.exists() and not build.exists()
    assert str(aside) in warnings[0]
    assert build_repair.set_aside_if_damaged(build, warnings.append) is None  # nothing left to set aside


def test_an_unrelated_duckdb_error_is_not_taken_for_damage(tmp_path):
    import duckdb
    import pytest

    from dagster_project.lib import build_repair

    build = tmp_path / ".build" / "warehouse.duckdb"
    with pytest.raises(duckdb.CatalogException):
        with build_repair.noting_damage(build):
            raise duckdb.CatalogException("Catalog Error: Table with name nope does not exist!")
    assert build_repair.set_aside_if_damaged(build, print) is None
