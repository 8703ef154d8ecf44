"""Markdown for asset metadata: a table preview of a frame, an inline PNG.

The Dagster UI renders markdown metadata; an image as a `data:` URI shows in
place, with nothing to serve or store beside the run."""
from __future__ import annotations

import base64

import polars as pl


def markdown_table(df: pl.DataFrame, rows: int = 10, width: int = 60) -> str:
    """The first `rows` rows of `df` as a markdown table, cells cut to `width` characters."""
    if df.is_empty():
        return "_no rows_"
    head = df.head(rows)
    cells = [[("" if v is None else str(v)).replace("|", "\\|").replace("\n", " ")[:width] for v in row]
             for row in head.iter_rows()]
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(c) + " |" for c in cells]
    return "\n".join(lines)


def markdown_png(png: bytes, alt: str) -> str:
    return f"![{alt}](data:image/png;base64,{base64.b64encode(png).decode('ascii')})"
