"""The earlier figures a later one may be a part of, and whether one may hold it: shared by the
readers of parts (``adding_up.py`` by words, ``listed_parts.py`` by a list or table under a whole)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Whole:
    """An earlier fact a later one may be a part of: where it stands and, for a
    count, the head noun of its group (城乡低保对象 -> 对象)."""
    start: int
    head: str | None = None
    value: float | None = None  # a part is smaller than its whole
    rate: bool = False  # a rate or standard: no period's figure
    flow: str | None = None  # of an amount: raised, allocated, disbursed, other
    in_kind: bool = False  # of an amount: the value of goods, which holds no cash
    part: bool = False  # itself read as a part of a whole before it
    years: bool = False  # of an amount: summed over several years (a pledge over five years holds no year's batch)
    other_unit: bool = False  # of a count: in another unit kind than the count weighed (visits over people), which
    # holds it only when its sentence picks it out ("救助1536人次，其中护送返乡427人"), not as a list's item


def larger(whole: Whole, value: float | None) -> bool:
    """Whether a whole may hold the figure (an unknown size may hold anything)."""
    return whole.value is None or value is None or whole.value > value


def stated_larger(whole: Whole, value: float | None) -> bool:
    """A total the text states, larger than the figure: what a part told without 其中 needs
    (a rate is no total)."""
    return whole.value is not None and not whole.rate and larger(whole, value)
