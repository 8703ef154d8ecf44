"""The landing lookup of copies (lib/dedupe.mark_duplicates) against stories landed in
earlier batches: a copy with a figure more or fewer is found, a template filled in with
other figures is not."""
from dagster_project.extraction import extract_document
from dagster_project.lib import dedupe, store

STORY = ("某县开展“暖冬送温暖”走访慰问活动\n"
         "1月12日，某县民政局启动“暖冬送温暖”走访慰问活动，组织干部深入各乡镇看望困难群众。"
         "活动共筹集慰问资金86.4万元，走访慰问困难家庭2160户，为每户送去米面油和慰问金。\n"
         "县民政局负责人介绍，今年还将对分散供养特困人员开展入户探访，确保他们温暖过冬，"
         "各乡镇要建立台账，做到应访尽访、不漏一户。\n")
ADDED_LINE = "另有重病家庭120户获额外救助。\n"


def _land(con, name: str, text: str) -> list[dict]:
    """Extract `text` as file `name`, look its stories up, land them; the stories as landed."""
    facts = extract_document(name, text)
    found = {"stories": facts.stories, "fund_mentions": facts.funds,
             "beneficiary_mentions": facts.beneficiaries, "campaign_mentions": facts.campaigns}
    dedupe.mark_duplicates(con, found, [])
    frames = {table: store.frame(table, rows) for table, rows in found.items()}
    store.replace_file_rows(con, frames, [name], "test", {name: name})
    return facts.stories


def test_a_copy_with_a_line_and_a_figure_more_points_at_the_story_landed_before(tmp_path):
    with store.connect(tmp_path / "warehouse.duckdb") as con:
        (kept,) = _land(con, "a.txt", STORY)
        (copy,) = _land(con, "b.txt", "某某新闻网\n\n" + STORY + ADDED_LINE)
        # one figure more than the story kept
        assert set(copy["figures"].split(",")) == set(kept["figures"].split(",")) | {"120"}
        assert copy["duplicate_of"] == kept["article_id"]


def test_a_copy_with_a_figure_fewer_points_at_the_longer_story_landed_before(tmp_path):
    with store.connect(tmp_path / "warehouse.duckdb") as con:
        (kept,) = _land(con, "a.txt", STORY + ADDED_LINE)
        (copy,) = _land(con, "b.txt", STORY)
        assert copy["duplicate_of"] == kept["article_id"]


def test_the_same_template_with_other_figures_is_another_story(tmp_path):
    with store.connect(tmp_path / "warehouse.duckdb") as con:
        _land(con, "a.txt", STORY)
        (other,) = _land(con, "b.txt", STORY.replace("86.4万元", "52.8万元").replace("2160户", "1320户"))
        assert other["duplicate_of"] is None
