"""Fact extraction for Chinese civil-affairs (民政) news — a plain Python library.

Public API (called by the Dagster assets)::

    from dagster_project.extraction import extract_document, DocumentFacts, campaign_id
    facts = extract_document(source_file, text)   # text: already decoded str
    facts.stories / facts.funds / facts.beneficiaries / facts.campaigns
    # lists of dicts whose keys are tables.columns("stories" | "fund_mentions" |
    # "beneficiary_mentions" | "campaign_mentions"), in that order

A source file may hold several stories (newspaper page, web page with chrome,
OCR column text with titles after the body, traditional characters).  Bodies
are stored as written (lines joined, chrome removed); extraction runs on a
same-length simplified copy, so ``body[span_start:span_end] == amount_text``.
Ids are deterministic; ``campaign_id(name, year, province)`` is shared by every
mention of the same campaign x year x province.  No Dagster import here.

Modules, one concern each:
  text.py          traditional->simplified (length preserving), spaces, sentences
  chrome.py        web-page chrome, page headers, injected site names
  stories.py       story split, titles (before or after the body), source, byline
  years.py         dates, story year, year of a mention
  amounts.py       Chinese/arabic numbers, 万/亿, qualifiers (jionlp, cn2an)
  regions.py       jionlp admin-region gazetteer, place resolution
  context.py       per-story context: sentences, places, region of an offset
  lexicon.py       the word lists every rule reads
  funds.py         money amounts
  beneficiaries.py counts of people/households helped
  unit_tables.py   statistics tables whose unit is a column of its own
  campaigns.py     named campaigns
  campaign_links.py  which campaign a fact belongs to
  adding_up.py     countable or not: rates, parts, periods, restatements
  sums.py          parts found by their sum; breakdowns.py: parts by place, section, giver
  duplicates.py    the same story published twice
  ids.py           deterministic ids
  document.py      orchestration
"""
from .document import DocumentFacts, extract_document
from .ids import article_id, campaign_id

__all__ = ["DocumentFacts", "extract_document", "campaign_id", "article_id"]
