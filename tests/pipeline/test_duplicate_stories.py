"""One story counted once: the seeds plus each seed re-encoded (GBK, UTF-16, UTF-8
with BOM) and republished by another site (its own chrome, other line breaks) give
the same countable totals as the seeds alone; every copy points at the story kept."""
import duckdb
import pytest

from tests.conftest import PROJECT_ROOT, make_settings, materialize, score

SEEDS = PROJECT_ROOT / "seeds"
TOTALS = """
    select 'funds' as kind, coalesce(province, '-') as grp, round(sum(amount_yuan)) as total
    from main.fct_funds where countable group by all
    union all
    select 'people', coalesce(province, '-') || '/' || unit, sum(quantity)
    from main.fct_beneficiaries where countable group by all
    order by all
"""


def _republished(text: str) -> str:
    """Another site's copy: its own header and footer chrome, paragraphs split by blank lines."""
    body = "\n\n".join(line for line in text.splitlines() if line.strip())
    return ("某某新闻网\n首页 | 新闻 | 民生 | 图片\n当前位置：首页 > 民生 > 正文\n\n" + body
            + "\n\n责任编辑：王某\n上一篇：某县召开会议\n下一篇：某市举行活动\n")


@pytest.fixture(scope="module")
def builds(tmp_path_factory, seed_build):
    root = tmp_path_factory.mktemp("copies")
    folder = root / "articles"
    folder.mkdir()
    for src in sorted(SEEDS.glob("*.txt")):
        text = src.read_text(encoding="utf-8-sig")
        (folder / src.name).write_text(text, encoding="utf-8")
        (folder / f"{src.stem}_gbk.txt").write_bytes(text.encode("gb18030"))
        (folder / f"{src.stem}_utf16.txt").write_bytes(text.encode("utf-16"))
        (folder / f"{src.stem}_bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
        (folder / f"{src.stem}_z_republished.txt").write_text(_republished(text), encoding="utf-8")
    settings = make_settings(root, seeds=folder)
    materialize(settings)
    return seed_build[0].warehouse_path, settings.warehouse_path


def _query(path, sql):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_copies_add_nothing_to_the_totals(builds):
    seeds_only, with_copies = builds
    assert _query(with_copies, TOTALS) == _query(seeds_only, TOTALS)


def test_every_copy_points_at_a_kept_story_of_the_original_file(builds):
    _, with_copies = builds
    rows = _query(with_copies, """
        select c.source_file, k.source_file from main.dim_articles c
        join main.dim_articles k on c.duplicate_of = k.article_id""")
    kept_files = {k for _, k in rows}
    assert kept_files <= {p.name for p in SEEDS.glob("*.txt")}
    # 15 seed stories, each with four copies (GBK, UTF-16, BOM, republished)
    assert len(rows) == 4 * 15
    assert all(k.split(".")[0] in c for c, k in rows)


def test_the_facts_of_copies_are_not_countable_with_reason_duplicate(builds):
    _, with_copies = builds
    reasons = _query(with_copies, """
        select distinct f.not_countable_reason from main.fct_funds f
        join main.dim_articles a using (article_id) where a.duplicate_of is not null""")
    assert reasons == [("duplicate",)]


def test_republished_copies_of_a_generated_corpus_are_counted_once(tmp_path):
    """`make corpus` with --republished: half the pages also appear as another site's
    copy; the gold marks the copies' facts not countable, and so does the warehouse,
    while no original is taken for a copy."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, "-m", "tools.corpus", "--out", str(corpus), "--files", "30",
                    "--seed", "5", "--republished", "0.5", "--quiet"], cwd=PROJECT_ROOT, check=True)
    copies = sorted(p.name for p in corpus.glob("*_copy.txt"))
    assert len(copies) >= 10
    settings = make_settings(tmp_path, seeds=corpus)
    materialize(settings)
    scores = score(settings.warehouse_path, corpus / "gold", tmp_path / "score.json")
    assert scores["attributes"]["funds.countable"] == 1.0
    assert scores["attributes"]["beneficiaries.countable"] == 1.0
    marked = _query(settings.warehouse_path, """
        select source_file like '%\\_copy.txt' escape '\\' as is_copy, count(*) from main.dim_articles
        where duplicate_of is not null group by 1""")
    assert dict(marked).get(False, 0) == 0 and dict(marked).get(True, 0) > 0
