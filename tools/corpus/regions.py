"""Administrative regions for the synthetic corpus, taken from jionlp's gazetteer.

Gold province/city values must be right by construction, so places are never
hand-typed: every province, prefecture-level city and county-level place comes
from ``jionlp.china_location_loader()`` and keeps a link to its parents.  The
rule from the annotation guidelines is encoded here once:

* a county-level place (县, 区, 县级市, 旗) reports its prefecture as ``city``;
* a district of 北京/上海/天津/重庆 reports the municipality as ``province`` and
  ``city`` None.
"""
from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from functools import lru_cache

MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
# Not civil-affairs (民政) reporting regions of the mainland ministry.
EXCLUDED_PROVINCES = ("香港特别行政区", "澳门特别行政区", "台湾省")
# Development zones and parks are in the gazetteer but are not places a news
# story would name as an administrative area; skip them.
_BAD_PARTS = ("开发区", "园区", "示范区", "产业", "管理区", "工业", "直辖", "林区")


@dataclass(frozen=True)
class County:
    """A county-level place: its own name plus the prefecture it reports to."""

    name: str
    city: str | None      # prefecture full name; None under a municipality
    province: str
    unique: bool = True   # name not shared by another place in the province

    @property
    def scope(self) -> str:
        """The 全X word a story about this place uses (全县, 全市, 全区, 全旗)."""
        return "全" + ("县" if self.name.endswith("县") else self.name[-1])


@dataclass(frozen=True)
class City:
    """A prefecture-level city (市, 自治州, 地区, 盟)."""

    name: str
    alias: str
    province: str
    counties: tuple[County, ...]

    @property
    def scope(self) -> str:
        for suffix, word in (("自治州", "全州"), ("地区", "全地区"), ("盟", "全盟")):
            if self.name.endswith(suffix):
                return word
        return "全市"


@dataclass(frozen=True)
class Province:
    """A province-level region; ``districts`` is only filled for municipalities."""

    name: str
    alias: str
    cities: tuple[City, ...]
    districts: tuple[County, ...]

    @property
    def is_municipality(self) -> bool:
        return self.name in MUNICIPALITIES

    @property
    def is_autonomous(self) -> bool:
        return self.name.endswith("自治区")

    @property
    def scope(self) -> str:
        if self.is_municipality:
            return "全市"
        return "全区" if self.is_autonomous else "全省"

    @property
    def short_org_prefix(self) -> str:
        """What a second mention of the provincial body looks like (省/区/市)."""
        if self.is_municipality:
            return "市"
        return "自治区" if self.is_autonomous else "省"

    @property
    def affairs_bureau(self) -> str:
        """The provincial civil-affairs body: 民政厅, or 民政局 for municipalities."""
        return self.name + ("民政局" if self.is_municipality else "民政厅")


def _alias(node: dict, fallback: str) -> str:
    a = node.get("_alias") or fallback
    if isinstance(a, list):
        a = a[0] if a else fallback
    return a


def _good_county(name: str, code: str) -> bool:
    if not name.endswith(("县", "区", "市", "旗")):
        return False
    if any(p in name for p in _BAD_PARTS):
        return False
    # Codes ending 70–79 are functional zones (81–99 are county-level cities).
    return not (code and code[-2:].isdigit() and 70 <= int(code[-2:]) <= 79)


@lru_cache(maxsize=1)
def load() -> tuple[Province, ...]:
    """All mainland provinces with their cities and counties, sorted by name.

    Sorting keeps the generator deterministic regardless of dict order in
    the gazetteer file.  jionlp prints a banner on import; it is swallowed so
    the CLI's stdout stays clean.
    """
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp as jio

        raw = jio.china_location_loader()
    provinces = []
    for pname in sorted(raw):
        if pname.startswith("_") or pname in EXCLUDED_PROVINCES:
            continue
        pnode = raw[pname]
        palias = _alias(pnode, pname)
        # Count names inside the province so a bare county name is only used
        # when a reader could resolve it.
        names: dict[str, int] = {}
        for cname, cnode in pnode.items():
            if cname.startswith("_") or not isinstance(cnode, dict):
                continue
            names[cname] = names.get(cname, 0) + 1
            for kname in cnode:
                if not kname.startswith("_"):
                    names[kname] = names.get(kname, 0) + 1
        cities, districts = [], []
        for cname in sorted(pnode):
            cnode = pnode[cname]
            if cname.startswith("_") or not isinstance(cnode, dict) or "直辖" in cname:
                continue
            kids = []
            for kname in sorted(cnode):
                knode = cnode[kname]
                if kname.startswith("_") or not isinstance(knode, dict):
                    continue
                if not _good_county(kname, str(knode.get("_admin_code", ""))):
                    continue
                city = None if pname in MUNICIPALITIES else cname
                kids.append(County(kname, city, pname, names.get(kname, 0) == 1))
            if pname in MUNICIPALITIES:
                districts.extend(kids)
            else:
                cities.append(City(cname, _alias(cnode, cname), pname, tuple(kids)))
        provinces.append(Province(pname, palias, tuple(cities), tuple(districts)))
    return tuple(provinces)


def province_named(name: str) -> Province:
    """Look a province up by full name (used by tests)."""
    for p in load():
        if p.name == name:
            return p
    raise KeyError(name)
