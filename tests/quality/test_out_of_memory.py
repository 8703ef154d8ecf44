"""A validation frame over DuckDB's memory limit fails naming the files and the settings."""
import duckdb
import pytest

from dagster_project.lib import quality


def test_a_frame_over_the_memory_limit_names_its_files_and_the_settings_to_change():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA raw")
    con.execute("CREATE TABLE raw.stories AS SELECT 'a' || i AS article_id, 'huge.txt' AS source_file, "
                "i AS story_index, repeat('民政', 10000) AS title, repeat('民政', 100000) AS body, "
                "NULL::VARCHAR AS province, NULL::VARCHAR AS city FROM range(200) t(i)")
    con.execute("CREATE TABLE raw.article_files AS SELECT 'huge.txt' AS source_file, 'parsed' AS status")
    con.execute("SET memory_limit = '3MB'")
    with pytest.raises(RuntimeError) as failure:
        quality._frame(con, "stories", ["huge.txt"])
    message = str(failure.value)
    assert "huge.txt" in message and "DUCKDB_MEMORY_LIMIT" in message and "MAX_STORY_CHARS" in message
