"""GX Data Docs rewritten to open offline (report/offline_docs.py)."""
from dagster_project.report import offline_docs

PAGE = """<html><head><title>x</title>
<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>
<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>
<style>.logo { background: url('https://example.org/logo.png') 0 0 no-repeat; }</style>
</head><body><img class="x" src="https://example.org/logo.png?id=42" alt="GX"/>
<a href="https://greatexpectations.io">read on</a>
<script>$('#t').bootstrapTable({columns: [], data: []});</script></body></html>"""


def test_remote_assets_go_and_the_local_stand_in_is_linked_relative_to_each_page(tmp_path):
    (tmp_path / "validations" / "suite").mkdir(parents=True)
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "validations" / "suite" / "run.html").write_text(PAGE, encoding="utf-8")
    assert len(offline_docs.remote_assets(tmp_path)) == 8
    assert offline_docs.make_offline(tmp_path) == 2
    assert offline_docs.remote_assets(tmp_path) == []
    nested = (tmp_path / "validations" / "suite" / "run.html").read_text(encoding="utf-8")
    assert '<script src="../../static/offline/offline.js"></script>' in nested
    assert 'href="https://greatexpectations.io"' in nested  # a link to read on is no asset
    assert (tmp_path / "static" / "offline" / "offline.js").is_file()
    assert offline_docs.make_offline(tmp_path) == 0  # a rewritten site stays as it is
