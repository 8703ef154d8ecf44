"""A damaged Dagster instance database is found by path, with the fix."""
import sqlite3

from dagster_project.lib import instance_files


def test_the_garbled_database_is_named_and_a_sound_one_is_not(tmp_path):
    sound = tmp_path / "history" / "runs" / "index.db"
    sound.parent.mkdir(parents=True)
    sqlite3.connect(sound).execute("CREATE TABLE t (x)").connection.close()
    garbled = tmp_path / "history" / "runs.db"
    garbled.write_bytes(b"\x00garbage" * 500)
    assert instance_files.damaged_databases(tmp_path) == [garbled]
    advice = instance_files.explain(tmp_path, Exception("(sqlite3.DatabaseError) file is not a database"))
    assert str(garbled) in advice and f"mv '{garbled}'" in advice and str(sound) not in advice


def test_other_errors_get_no_advice(tmp_path):
    (tmp_path / "runs.db").write_bytes(b"garbage")
    assert instance_files.explain(tmp_path, Exception("disk full")) is None
