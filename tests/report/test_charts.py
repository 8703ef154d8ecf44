"""PNG charts for the marts' metadata."""
from __future__ import annotations

import pytest

from dagster_project.report import charts

PNG = b"\x89PNG\r\n\x1a\n"

FUNDS = [
    {"province": "湖南省", "year": 2022, "total_yuan": 7.48e8},
    {"province": "湖南省", "year": 2021, "total_yuan": 9.3e9},
    {"province": "江苏省", "year": 2023, "total_yuan": 2.0e7},
    {"province": None, "year": None, "total_yuan": 5.0e6},
]
BENEFICIARIES = [
    {"category": "needy_general", "people": 120000, "households": 46000},
    {"category": "elderly", "people": 3000, "households": 0},
]


def test_funds_chart_is_a_png():
    assert charts.funds_by_province_year_png(FUNDS).startswith(PNG)


def test_beneficiaries_chart_is_a_png_also_with_no_rows():
    assert charts.beneficiaries_by_category_png(BENEFICIARIES).startswith(PNG)
    assert charts.beneficiaries_by_category_png([]).startswith(PNG)
    assert charts.funds_by_province_year_png([]).startswith(PNG)


def test_provinces_are_labelled_in_pinyin_without_a_cjk_font(monkeypatch):
    monkeypatch.setattr(charts, "cjk_font", lambda: None)
    assert charts.place_label("湖南省") == "Hunan"
    assert charts.place_label("广西壮族自治区") == "Guangxi"
    assert charts.place_label(None) == "—"


@pytest.mark.skipif(charts.cjk_font() is None, reason="no CJK font installed (make browser installs one)")
def test_provinces_keep_their_chinese_names_with_a_cjk_font():
    assert charts.place_label("湖南省") == "湖南省"
