"""Fact extraction for Chinese civil-affairs (民政) news — a plain Python library.

``extract_document(source_file, text)`` splits a decoded source file into
stories and returns the rows for the landed tables ``stories``,
``fund_mentions``, ``beneficiary_mentions`` and ``campaign_mentions``
(columns: ``dagster_project/tables.py``).  No Dagster import here.

Modules, one concern each:
  text.py          traditional->simplified (length preserving), spaces, sentences
  chrome.py        web-page chrome lines and injected site names
  stories.py       story split, titles (before or after the body), source, byline
  years.py         dates, story year, year of a mention
  amounts.py       Chinese/arabic numbers, 万/亿, qualifiers
  regions.py       jionlp admin-region gazetteer, place resolution
  context.py       per-story context: sentences, places, region of an offset
  funds.py         money amounts
  beneficiaries.py counts of people/households helped
  campaigns.py     named campaigns
  ids.py           deterministic ids
  document.py      orchestration
"""
from .document import DocumentFacts, extract_document
from .ids import article_id, campaign_id

__all__ = ["DocumentFacts", "extract_document", "campaign_id", "article_id"]
