"""Shared helpers for extraction tests."""
from dagster_project.extraction import extract_document


def extract(text: str, name: str = "sample.txt"):
    return extract_document(name, text)


def by_text(rows, key):
    """Rows indexed by their written text (amount_text / quantity_text)."""
    return {r[key]: r for r in rows}
