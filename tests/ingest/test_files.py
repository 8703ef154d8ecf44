"""Reading article files: encodings, bad input, the folder diff the sensor uses."""
import codecs
import os

import pytest

from dagster_project.lib import files

TEXT = "湖南省民政厅筹集资金7.48亿元，慰问困难群众50万户。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_decodes_utf8_bom_gb18030_and_utf16_to_the_same_text(data, encoding):
    assert files.decode_article(data) == (TEXT, encoding)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (" \n\t\u3000\n".encode(), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        (TEXT.encode("utf-8")[:7] + b"\xff\xfe\x80" + TEXT.encode("utf-8"), "neither UTF-8 nor GB18030"),
    ],
)
def test_unreadable_input_raises_with_a_reason_a_person_understands(data, reason):
    with pytest.raises(files.UnreadableFile, match=reason):
        files.decode_article(data)


def test_listing_takes_txt_files_only_and_skips_links_leading_outside(tmp_path):
    inbox, outside = tmp_path / "inbox", tmp_path / "outside"
    inbox.mkdir(), outside.mkdir()
    (inbox / "a 新闻.txt").write_text(TEXT, encoding="utf-8")
    (inbox / "notes.md").write_text("x")
    (inbox / "sub").mkdir()
    (inbox / "sub" / "nested.txt").write_text(TEXT)
    (outside / "secret.txt").write_text("secret")
    os.symlink(outside / "secret.txt", inbox / "link.txt")
    assert list(files.list_article_files(inbox)) == ["a 新闻.txt"]


def test_read_article_hashes_the_raw_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    stat = files.list_article_files(tmp_path)["a.txt"]
    decoded = files.read_article(stat)
    assert decoded.text == TEXT
    assert decoded.content_hash == files.content_hash(TEXT.encode("gb18030"))


def _stat(name, size, mtime_ns):
    return files.FileStat(name, None, size, mtime_ns)


def test_folder_diff_reports_new_changed_and_removed_files_and_waits_for_files_being_written():
    now = 100 * 10**9
    previous = {"kept.txt": [10, 1], "edited.txt": [10, 1], "deleted.txt": [5, 1]}
    current = {
        "kept.txt": _stat("kept.txt", 10, 1),
        "edited.txt": _stat("edited.txt", 12, 2),
        "new.txt": _stat("new.txt", 7, 3),
        "writing.txt": _stat("writing.txt", 3, now - 10**8),  # modified 0.1 s ago
    }
    changes = files.diff_folder(previous, current, now_ns=now)
    assert changes.changed == ["edited.txt", "new.txt"]
    assert changes.removed == ["deleted.txt"]
    assert "writing.txt" not in changes.cursor
    assert changes.cursor["new.txt"] == [7, 3, 0]
    later = files.diff_folder(changes.cursor, current, now_ns=now + 5 * 10**9)
    assert later.changed == ["writing.txt"] and later.removed == []


def test_an_edit_that_keeps_size_and_mtime_is_seen_by_its_ctime_and_an_older_cursor_is_not_redone():
    now = 100 * 10**9
    before = {"a.txt": files.FileStat("a.txt", None, 10, 1, None, 5)}
    after_cp_p = {"a.txt": files.FileStat("a.txt", None, 10, 1, None, 9)}  # same size and mtime, new ctime
    cursor = files.diff_folder({}, before, now_ns=now).cursor
    assert files.diff_folder(cursor, after_cp_p, now_ns=now).changed == ["a.txt"]
    # a cursor written before the ctime was recorded: [size, mtime] still match
    assert files.diff_folder({"a.txt": [10, 1]}, after_cp_p, now_ns=now).changed == []


def test_an_upper_case_extension_is_an_article_file(tmp_path):
    (tmp_path / "ARTICLE.TXT").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.Txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    assert sorted(files.list_article_files(tmp_path)) == ["ARTICLE.TXT", "notes.Txt"]


def test_a_few_corrupt_bytes_in_utf8_keep_the_text_instead_of_a_wrong_encoding():
    data = TEXT.encode("utf-8") * 50
    damaged = data[:300] + b"\xff" + data[300:]
    text, encoding = files.decode_article(damaged)
    assert encoding == "utf-8+replaced"
    assert text.replace("\ufffd", "") == TEXT * 50


def test_an_html_page_saved_as_txt_is_reduced_to_its_visible_text():
    page = (
        "<!DOCTYPE html><html><head><title>站点</title><script>var x = 1;</script></head>"
        f"<body><div class='nav'>首页</div><p>{TEXT}</p><p>第二段&nbsp;内容</p></body></html>"
    )
    text, encoding = files.decode_article(page.encode("utf-8"))
    assert encoding == "utf-8+html"
    assert text.split("\n\n") == ["首页", TEXT, "第二段\xa0内容"]


def test_a_file_over_the_size_limit_is_refused_with_its_size(tmp_path):
    (tmp_path / "big.txt").write_bytes(TEXT.encode() * 1000)
    stat = files.list_article_files(tmp_path)["big.txt"]
    with pytest.raises(files.UnreadableFile, match=r"file too large: 0.1 MB, over the 0.05 MB limit"):
        files.read_article(stat, max_bytes=50_000)


def test_a_file_dated_in_the_future_is_taken_at_once_but_one_just_written_waits():
    now = 100 * 10**9
    current = {
        "ahead.txt": _stat("ahead.txt", 7, now + 86_400 * 10**9),  # copied with a time a day ahead
        "writing.txt": _stat("writing.txt", 3, now + 10**8),  # clock jitter while being written
    }
    changes = files.diff_folder({}, current, now_ns=now)
    assert changes.changed == ["ahead.txt"]


def test_listing_named_files_looks_at_those_only(tmp_path):
    for name in ("a.txt", "b.txt", "c.TXT", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    named = files.list_article_files(tmp_path, only={"b.txt", "c.TXT", "gone.txt", "notes.md", "sub"})
    assert sorted(named) == ["b.txt", "c.TXT"]  # a named file gone, not an article or a folder: not there
    assert sorted(files.list_article_files(tmp_path)) == ["a.txt", "b.txt", "c.TXT"]
