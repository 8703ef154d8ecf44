"""The size bound of one story (lib/bounds.py): what is quarantined and why."""
from dagster_project.extraction import extract_document
from dagster_project.lib import bounds

SENTENCE = "全省发放救助资金100万元，慰问困难群众200户。"


def test_a_line_longer_than_a_story_can_be_is_refused_with_its_length_and_the_fix():
    assert bounds.line_too_long((SENTENCE + "\n") * 100, limit=1000) is None
    reason = bounds.line_too_long(SENTENCE * 100, limit=1000)
    assert reason.startswith("a line of 2,500 characters") and "MAX_STORY_CHARS" in reason


def test_a_story_over_the_limit_names_its_index_and_length():
    assert bounds.story_too_long(None, limit=5000) is None
    assert bounds.story_too_long((1, 1250), limit=1000).startswith("story 1 has 1,250 characters")


def test_the_extractor_reads_no_facts_of_a_file_whose_story_is_over_the_bound():
    # 27,000 short lines are one story of 701,999 characters: reading it for facts took minutes
    # (time grows faster than the story), so the bound is checked right after the split
    repeated = (SENTENCE + "\n") * 27_000
    facts = extract_document("repeated.txt", repeated, max_story_chars=100_000)
    assert facts.oversized_story == (0, 701_999)
    assert (facts.stories, facts.funds, facts.beneficiaries, facts.campaigns) == ([], [], [], [])
    within = extract_document("short.txt", (SENTENCE + "\n") * 3, max_story_chars=100_000)
    assert within.oversized_story is None and len(within.funds) == 3
