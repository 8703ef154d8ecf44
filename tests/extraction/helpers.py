"""Shared helpers for extraction tests."""
from dagster_project.extraction import extract_document


def extract(text: str, name: str = "sample.txt"):
    return extract_document(name, text)


def by_text(rows, key):
    """Rows indexed by their written text (amount_text / quantity_text)."""
    return {r[key]: r for r in rows}


def fund_campaigns(facts):
    """Each fund's written amount and the name of the campaign it is linked to (None: none)."""
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    return {r["amount_text"]: names.get(r["campaign_id"]) for r in facts.funds}


def fact_campaigns(facts):
    """Each fund's and count's written text and the name of the campaign it is linked to (None: none)."""
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    return {r.get("amount_text") or r.get("quantity_text"): names.get(r["campaign_id"])
            for r in facts.funds + facts.beneficiaries}
