"""The size bound of one story (lib/bounds.py): what is quarantined and why."""
from dagster_project.lib import bounds

SENTENCE = "全省发放救助资金100万元，慰问困难群众200户。"


def test_a_line_longer_than_a_story_can_be_is_refused_with_its_length_and_the_fix():
    assert bounds.line_too_long((SENTENCE + "\n") * 100, limit=1000) is None
    reason = bounds.line_too_long(SENTENCE * 100, limit=1000)
    assert reason.startswith("a line of 2,500 characters") and "MAX_STORY_CHARS" in reason


def test_a_story_over_the_limit_names_its_index_and_length():
    stories = [{"story_index": 0, "body": SENTENCE}, {"story_index": 1, "body": SENTENCE * 50}]
    assert bounds.story_too_long(stories, limit=5000) is None
    assert bounds.story_too_long(stories, limit=1000).startswith("story 1 has 1,250 characters")
    assert bounds.story_too_long([], limit=10) is None
