"""What `make run` prints around a run (lib/console.py)."""
import io

from dagster_project.lib import console

DBT_LOG = """\x1b[0m02:37:11  Running with dbt=1.11.16
1 of 79 START sql view model staging.stg_article_files ......................... [RUN]
12 of 79 FAIL 3 not_null_fct_funds_amount_yuan ................................. [\x1b[31mFAIL 3\x1b[0m in 0.05s]
Done. PASS=78 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=79
"""


def test_dbt_log_becomes_its_result_line_and_its_failures_without_colour_codes(tmp_path):
    log = tmp_path / "last_run_stdout.log"
    log.write_text(DBT_LOG, encoding="utf-8")
    lines = console.dbt_summary(log)
    assert lines[0] == f"dbt: PASS=78 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=79 (whole log: {log})"
    assert lines[1].startswith("  12 of 79 FAIL 3 not_null_fct_funds_amount_yuan")
    assert len(lines) == 2 and not any("\x1b" in line for line in lines)
    assert console.dbt_summary(tmp_path / "missing.log") == []


def test_after_an_interrupt_the_rest_of_dagsters_output_is_dropped():
    sink = io.StringIO()
    quiet = console.InterruptQuiet(sink)
    quiet.write("INFO - scanned 5 file(s)\n")
    quiet.write("ERROR - RUN_FAILURE - Execution was interrupted unexpectedly.\nTraceback …\n")
    quiet.write("  File …\n")
    assert quiet.interrupted and sink.getvalue() == "INFO - scanned 5 file(s)\n"
