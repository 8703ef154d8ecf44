"""Orchestration: one source file -> rows for the landed tables.

Each story is cleaned (``stories.py``), simplified char-for-char for
extraction (offsets stay valid in the stored body), and scanned for funds,
beneficiaries and campaigns.  Story years fall back to the year of the other
stories of the same file (a newspaper page is printed on one day).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .breakdowns import (mark_area_parts, mark_drive_items_of_raised_total, mark_giver_parts, mark_listed_project_parts, mark_own_level_parts,
                         mark_pledges_in_drive_total,
                         mark_department_total_parts, mark_every_kind_closing_total, mark_every_kind_total_parts,
                         mark_programme_parts,
                         mark_project_subsection_parts, mark_section_parts, mark_section_total_parts, mark_told_before_its_whole,
                         mark_topic_parts)
from .adding_up import (group_head, is_multi_year, mark_listed_components, not_countable_reason,
                        refers_back)
from .campaign_links import CampaignLinker, CampaignSpan
from .periods import mark_last_year_columns, mark_month_within_year_to_date, mark_other_period
from .wholes import Whole
from .sums import (floored_as, is_bare_figure, is_round, mark_batches_before_running_total, mark_household_or_person_pieces,
                   mark_batches_before_total_so_far, mark_closing_total_parts, mark_gifts_after_running_total,
                   mark_paid_out_of_raised,
                   mark_items_of_named_total, mark_rate_times_count, mark_several_campaigns_totals, mark_spent_of_income,
                   mark_summed_parts,
                   mark_this_event_in_total, mark_handed_on_of_raised, mark_rate_given_elsewhere, mark_used_of_received, rounded_as, significant_digits, ROUNDED_DIGITS)
from .beneficiaries import extract_beneficiaries
from .campaigns import described_in_headline, extract_campaigns
from .duplicates import Fingerprint, fingerprint, repeats_on_page
from .context import StoryContext
from .funds import extract_funds
from .lexicon import BALANCE_RE, MONEY_NAMED_ABOVE_IN_RE, OPENING_PART_RE
from .ids import article_id, campaign_id, fact_id
from .stories import split_stories
from .text import bars_as_tabs, clause_before, in_quotation, to_simplified
from .years import anniversary_year, reference_year, story_year
from ..vocabulary import flow_of, unit_kind, unit_kind_of



@dataclass
class DocumentFacts:
    """Rows of one source file for the landed tables; every dict has exactly the
    columns of ``tables.columns(<table>)``, in order."""

    stories: list[dict] = field(default_factory=list)
    funds: list[dict] = field(default_factory=list)
    beneficiaries: list[dict] = field(default_factory=list)
    campaigns: list[dict] = field(default_factory=list)
    # (story_index, characters) of a story longer than the caller's bound: the file was split
    # into stories but not read for facts (extraction time grows faster than a story's length)
    oversized_story: tuple[int, int] | None = None


# the unit kinds of the wholes a count can be part of: its own, and people picked out of
# visits ("救助1536人次，其中护送返乡427人"); households under a total of visits, or
# visits under a total of people, are other figures, summed apart
# (the 其中 picks the people out directly: no households of its own come between, "其中…老年人8.9万户，对…
# 2,146名…纳入低保" has moved on)
PICKED_OUT_OF_RE = re.compile(r"[^。；;！？!?]*其中(?:(?!\d[\d,.]*万?[余多]?户)[^。；;！？!?])*")
PEOPLE_OF_HOUSEHOLDS_AFTER_RE = re.compile(r"[、，,]\s*[\d.,]+万?[余多]?(?:人|名)")
# (or by the 其中 opening the next sentence: "…惠及困难群众3.2万人。其中，为1.28万户城乡低保家庭…")
PICKED_OUT_NEXT_RE = re.compile(r"[^。；;！？!?]*。\s*其中[，,：:]?[^。；;！？!?\d]*")
# a sentence telling this event again: "此次中远佐敦公司出资5000万元…"
THIS_EVENT_AGAIN_RE = re.compile(r"\s*(?:此次|本次|这次)")
WHOLE_KINDS_OF = {"people": ("people", "visits"), "households": ("households",), "visits": ("visits",)}


# the earlier figures a figure is weighed against (its wholes, the same sum given before): a story's own are far fewer;
# a page of tens of thousands of repeated lines is read in linear time, not quadratic
EARLIER_FIGURES = 400


def _contexts(prepared: list) -> list[StoryContext]:
    """Each story's context. A story whose places could be in several provinces (an e-paper's "普陀区慈善超市…":
    上海 or 舟山) is read again with the provinces its page's other stories name (长宁区: 上海) as the page's hint:
    one paper's page, and the hint only picks among the story's own places."""
    ctxs = [StoryContext(st.title or "", st.body, b, t, to_simplified(st.place_hint)) for _, st, b, t, _ in prepared]
    for k, ctx in enumerate(ctxs):
        if ctx.province is None and ctx.mentions:
            others = sorted({c.province for j, c in enumerate(ctxs) if j != k and c.province})
            if others:
                _, st, b, t, _ = prepared[k]
                ctxs[k] = StoryContext(st.title or "", st.body, b, t, to_simplified(st.place_hint) + "\n" + "\n".join(others))
    return ctxs


def extract_document(source_file: str, text: str, max_story_chars: int | None = None) -> DocumentFacts:
    """All rows extracted from one decoded source file (see tables.py for columns).
    A file with a story over `max_story_chars` yields no rows, only `oversized_story`:
    a million-character story of one sentence repeated would take an hour to read."""
    stories, _meta = split_stories(text)
    if max_story_chars is not None:
        longest, index = max(((len(st.body), i) for i, st in enumerate(stories)), default=(0, 0))
        if longest > max_story_chars:
            return DocumentFacts(oversized_story=(index, longest))
    # story years first: a story without one takes the page's (same print date)
    prepared = []
    for idx, st in enumerate(stories):
        simp_body = bars_as_tabs(to_simplified(st.body))
        simp_title = to_simplified(st.title or "")
        year = story_year(simp_title, simp_body, st.published_date)
        prepared.append((idx, st, simp_body, simp_title, year))
    years = Counter(y for *_, y in prepared if y is not None)
    file_year = years.most_common(1)[0][0] if years else None
    if file_year is None:
        file_year = next((anniversary_year(s) for _, _, s, _, _ in prepared if anniversary_year(s)), None)

    # a page printed the year after the year one of its stories tells as over: so are its other stories
    # (one report cut by its subheadings, "5.4亿元怎么来的？" under "截至2013年12月31日，…")
    told_over = {y for _, st, b, t, y in prepared
                 if y is not None and not st.published_date and reference_year(t, b, None, y) == y + 1}
    out = DocumentFacts()
    page_prints: list[Fingerprint] = []
    for (idx, st, simp_body, simp_title, year), ctx in zip(prepared, _contexts(prepared)):
        year = year if year is not None else file_year
        aid = article_id(source_file, idx)
        ctx.reference_year = reference_year(simp_title, simp_body, st.published_date, year)
        if not st.published_date and year in told_over:
            ctx.reference_year = year + 1
        out.stories.append({
            "article_id": aid, "source_file": source_file, "story_index": idx,
            "title": st.title, "body": st.body, "source": st.source, "byline": st.byline,
            "published_date": st.published_date, "year": year, "province": ctx.province,
            "city": ctx.city, "county": ctx.county,
        })
        funds_before, counts_before = len(out.funds), len(out.beneficiaries)
        camps = extract_campaigns(ctx, year, simp_title)
        camp_spans = []
        for c in camps:
            cid = campaign_id(c.name, c.year, ctx.province)
            for s, e in c.mentions:
                camp_spans.append(CampaignSpan(s, e, cid, c.kind))
            out.campaigns.append({
                "mention_id": fact_id(aid, "campaign", c.start, c.end, c.name), "campaign_id": cid,
                "article_id": aid, "source_file": source_file, "name": c.name, "kind": c.kind,
                "year": c.year, "province": ctx.province, "organizers": c.organizers,
                # a campaign named only in the headline has no span in the body
                "evidence": ctx.evidence(c.start), "span_start": c.start if c.end > c.start else None,
                "span_end": c.end if c.end > c.start else None,
            })
        headline = re.sub(r"\s", "", simp_title)
        title_ids = {campaign_id(c.name, c.year, ctx.province) for c in camps if to_simplified(c.name) in headline}
        described = described_in_headline(ctx.text, camps, headline) if not title_ids else []
        if len(described) == 1:
            title_ids = {campaign_id(described[0].name, described[0].year, ctx.province)}
        linker = CampaignLinker(ctx, camp_spans, title_ids)
        multi_year = is_multi_year(simp_title, ctx.text)
        # (amount, per) -> (flow, sentence start) of each time it was given
        seen_money: dict[tuple, list[tuple[str | None, int]]] = {}
        fund_starts: list[Whole] = []
        for f in extract_funds(ctx):
            key = (round(f.amount, 2), f.per)
            fyear = ctx.year_at(f.start, year)
            # the same sum again is the same money, whichever verb moves it this time;
            # round sums ("近6000万元") recur for different money
            # (but a round sum again in the same sentence is another gift of a list: "A集团捐款400万元，
            # B集团捐款400万元")
            sentence = ctx.seg.sentence(f.start)[0]
            given = seen_money.get(key, [])
            # (or in a sentence telling this event again, by any verb: "…出资5000万元设立慈善基金" …
            # "此次…公司出资5000万元与…签订…协议")
            again = bool(given) and (not is_round(f.amount) or (
                (any(flow == f.flow for flow, _ in given) or THIS_EVENT_AGAIN_RE.match(ctx.text, sentence))
                and all(at != sentence for _, at in given)))
            restated = again \
                or (f.per is None and refers_back(ctx, f.start, f.amount, seen_money)) \
                or (f.per is None and is_bare_figure(f.text)
                    and any(per is None and rounded_as(f.amount, value) for value, per in seen_money)) \
                or (f.per is None and significant_digits(f.amount) >= ROUNDED_DIGITS  # (a round sum rounds nothing)
                    and any(per is None and rounded_as(value, f.amount)
                            and any(flow == f.flow for flow, _ in seen_money[(value, per)])
                            for value, per in seen_money)) \
                or (f.per is None and f.qualifier == "at_least"
                    and any(per is None and floored_as(f.amount, value) for value, per in seen_money)) \
                or (f.per is None and in_quotation(ctx.text, f.start)
                    and any(per is not None and value == key[0] for value, per in seen_money))
            # (the third: the text rounding an exact figure of the same flow given before, "2.69亿元" after a table's
            # "26,934.2" in 万元; not money given out beside that received, "接收物资价值9862.35万元，发放物资价值9862万元")
            # (the last: one of those helped quoted on the share each got, "“拿到4,000元助学金，…”" after
            # "每人资助4,000元": that rate again)
            reason = f.table_reason or not_countable_reason(
                ctx, f.start, f.per, restated, fund_starts[-EARLIER_FIGURES:], year, multi_year, end=f.end, value=f.amount,
                flow=f.flow,
                in_kind=f.in_kind)
            named_back = _sum_before(ctx, f.start, out.funds[funds_before:], MONEY_NAMED_ABOVE_IN_RE)
            whole = _sum_before(ctx, f.start, out.funds[funds_before:], OPENING_PART_RE) if reason == "part" else None
            out.funds.append({
                "fund_id": fact_id(aid, "fund", f.start, f.end, f.text), "article_id": aid,
                "source_file": source_file, "amount_yuan": float(f.amount), "amount_text": f.text,
                "qualifier": f.qualifier, "per_unit": f.per, "flow": f.flow, "in_kind": f.in_kind,
                "province": f.region.province, "city": f.region.city, "county": f.region.county,
                "year": fyear,
                "campaign_id": named_back["campaign_id"] if named_back is not None
                and not linker.names_one_in_sentence(f.start)
                else linker.at(f.start, cell=_is_cell(ctx.text, f.text, f.end)) or (whole and whole["campaign_id"]),
                "countable": reason is None, "not_countable_reason": reason, "evidence": ctx.evidence(f.start),
                "span_start": f.start, "span_end": f.end,
            })
            given_at = seen_money.setdefault(key, [])
            if len(given_at) < EARLIER_FIGURES:  # (a page repeating one sum thousands of times needs no more of them)
                given_at.append((f.flow, sentence))
            # (a balance is the stock of the years, but what it holds is told as its parts: "结余1.26亿元，其中留本冠名
            # 基金8,640万元")
            fund_starts.append(Whole(f.start, value=f.amount, rate=f.per is not None, flow=f.flow, in_kind=f.in_kind,
                                     years=reason == "cumulative"
                                     and not BALANCE_RE.search(clause_before(ctx.text, f.start))))
        seen_exact: set[tuple] = set()
        seen_counts: dict[tuple, int] = {}  # (count, unit kind, category) -> where it was first given
        seen_groupless: set[tuple] = set()  # (count, unit kind) given with no group named
        count_starts: list[tuple[str, Whole]] = []  # (unit kind, where)
        for b in extract_beneficiaries(ctx):
            kind = unit_kind(b.unit)
            key = (b.count, kind, b.category)
            wholes = [w if k == kind else replace(w, other_unit=True)
                      for k, w in count_starts[-EARLIER_FIGURES:] if k in WHOLE_KINDS_OF.get(kind, (kind,))]
            if kind == "people":
                # people picked out of the households of the same sentence by its 其中 ("走访慰问困难群众
                # 4,862户，…其中慰问分散供养特困人员1,036人"): some of those visited, named by person
                wholes += [w for k, w in count_starts if k == "households"
                           and PICKED_OUT_OF_RE.fullmatch(ctx.text, w.start, b.chain_start)]
            elif kind == "households" and not PEOPLE_OF_HOUSEHOLDS_AFTER_RE.match(ctx.text, b.end):
                # and households picked out of the people of the sentence ("惠及…3.2万人。其中，为1.28万户
                # 低保家庭…"): some of them, named by household (not a group counted both ways, "城市低保对象
                # 661.8万户、1084.5万人": its people are the part)
                wholes += [w for k, w in count_starts if k == "people"
                           and (PICKED_OUT_OF_RE.fullmatch(ctx.text, w.start, b.chain_start)
                                or PICKED_OUT_NEXT_RE.fullmatch(ctx.text, w.start, b.chain_start))]
            # the same count again is a restatement; a round one ("20户") in another paragraph
            # is as likely another group of the same size (two townships visited in turn)
            restated = key in seen_counts and (not is_round(b.count) or ctx.seg.paragraph(seen_counts[key])
                                               == ctx.seg.paragraph(b.start))
            # a count exact to three digits or more given again ("5.35万户" … "合计：…53500户") is the
            # same count, whatever the group is called the second time
            restated = restated or (significant_digits(b.count) >= 3 and (b.count, kind) in seen_exact)
            # (a count given again where one of the two names no group, its category only guessed: "今年累计提供助餐服务
            # 9.6万人次" … "今年以来，全县助餐服务已达9.6万人次")
            restated = restated or (not is_round(b.count) and (
                (b.count, kind) in seen_groupless or (not b.group and (b.count, kind) in seen_exact)))
            # (a table's cell giving exactly a count the text gave rounded: "6.84万户" … "68,412", or the
            # same: "4.2万人次" … "合计 42,000"; and the text rounding a cell it follows: "18,620" … "1.86万人次")
            # (or a table's 人数 column holding the 人次 the text gave: "临时救助 … 1,036" after "实施临时救助1,036人次")
            restated = restated or (is_bare_figure(b.text) and any(
                (k == kind or {k, kind} == CELL_COUNT_KINDS) and (rounded_as(b.count, c)
                                                                   or (b.count == c and significant_digits(c) >= 2))
                for c, k in seen_exact)) \
                or any(k == kind and rounded_as(c, b.count) for c, k in seen_exact)
            reason = b.table_reason or not_countable_reason(
                ctx, b.chain_start, None, restated, wholes, year, multi_year, head=group_head(b.group), end=b.end,
                value=b.count)
            # (a part opening a sentence on 其中 takes the campaign of the count it breaks down, as money does)
            whole = _sum_before(ctx, b.start, out.beneficiaries[counts_before:], OPENING_PART_RE) if reason == "part" else None
            out.beneficiaries.append({
                "beneficiary_id": fact_id(aid, "beneficiary", b.start, b.end, b.text),
                "article_id": aid, "source_file": source_file, "quantity": b.count,
                "quantity_text": b.text, "unit": b.unit, "qualifier": b.qualifier,
                "group_text": b.group, "category": b.category, "province": b.region.province,
                "city": b.region.city, "county": b.region.county, "year": ctx.year_at(b.start, year),
                "campaign_id": linker.at(b.start, cell=_is_cell(ctx.text, b.text, b.end)) or (whole and whole["campaign_id"]),
                "countable": reason is None, "not_countable_reason": reason, "evidence": ctx.evidence(b.start),
                "span_start": b.start, "span_end": b.end,
            })
            seen_counts.setdefault(key, b.start)
            seen_exact.add((b.count, kind))
            if not b.group:
                seen_groupless.add((b.count, kind))
            count_starts.append((kind, Whole(b.start, group_head(b.group), b.count, part=reason == "part")))
        mark_rate_times_count(ctx, out.funds[funds_before:], out.beneficiaries[counts_before:])
        mark_rate_given_elsewhere(ctx, out.funds[funds_before:])
        mark_other_period(ctx, out.funds[funds_before:] + out.beneficiaries[counts_before:], year)
        mark_month_within_year_to_date(ctx, out.funds[funds_before:] + out.beneficiaries[counts_before:])
        mark_last_year_columns(ctx, out.funds[funds_before:] + out.beneficiaries[counts_before:])
        mark_several_campaigns_totals(ctx, out.funds[funds_before:], "amount_yuan")
        mark_several_campaigns_totals(ctx, out.beneficiaries[counts_before:], "quantity", unit_kind_of)
        mark_listed_components(ctx, out.funds[funds_before:], "amount_yuan")
        mark_programme_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_summed_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_closing_total_parts(ctx, out.funds[funds_before:], "amount_yuan", flow_of)
        mark_gifts_after_running_total(ctx, out.funds[funds_before:], "amount_yuan", flow_of)
        mark_batches_before_running_total(ctx, out.funds[funds_before:], "amount_yuan", flow_of)
        mark_items_of_named_total(ctx, out.funds[funds_before:], "amount_yuan")
        mark_batches_before_total_so_far(ctx, out.funds[funds_before:], out.beneficiaries[counts_before:], unit_kind_of)
        mark_used_of_received(ctx, out.funds[funds_before:], "amount_yuan", flow_of)
        mark_handed_on_of_raised(ctx, out.funds[funds_before:], "amount_yuan", flow_of)
        mark_spent_of_income(ctx, out.funds[funds_before:], "amount_yuan", flow_of)
        mark_paid_out_of_raised(ctx, out.funds[funds_before:], "amount_yuan", flow_of)
        mark_this_event_in_total(ctx, out.funds[funds_before:], "amount_yuan", flow_of)
        mark_summed_parts(ctx, out.beneficiaries[counts_before:], "quantity", unit_kind_of)
        mark_household_or_person_pieces(ctx, out.beneficiaries[counts_before:], unit_kind_of)
        mark_closing_total_parts(ctx, out.beneficiaries[counts_before:], "quantity", unit_kind_of)
        mark_area_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_section_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_department_total_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_every_kind_total_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_drive_items_of_raised_total(ctx, out.funds[funds_before:], "amount_yuan")
        mark_project_subsection_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_section_total_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_giver_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_pledges_in_drive_total(ctx, out.funds[funds_before:], "amount_yuan")
        mark_topic_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_listed_project_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_area_parts(ctx, out.beneficiaries[counts_before:], "quantity", unit_kind_of)
        mark_own_level_parts(ctx, out.funds[funds_before:], "amount_yuan")
        mark_own_level_parts(ctx, out.beneficiaries[counts_before:], "quantity", unit_kind_of)
        mark_told_before_its_whole(ctx, out.funds[funds_before:], "amount_yuan")
        mark_told_before_its_whole(ctx, out.beneficiaries[counts_before:], "quantity", unit_kind_of)
        # (last: the marks above read it as the whole it holds)
        mark_every_kind_closing_total(ctx, out.funds[funds_before:], "amount_yuan", out.beneficiaries[counts_before:])
        figures = [float(r["amount_yuan"]) for r in out.funds[funds_before:]]
        figures += [float(r["quantity"]) for r in out.beneficiaries[counts_before:]]
        fp = fingerprint(simp_body, figures)
        page_prints.append(fp)
        out.stories[-1].update({"duplicate_of": None, "text_hash": fp.text_hash, "figures": fp.figures,
                                "minhash": fp.minhash, "lsh_bands": fp.bands})
    _mark_repeats_on_page(out, page_prints)
    return out


def _sum_before(ctx: StoryContext, start: int, funds: list[dict], opening: re.Pattern) -> dict | None:
    """The last sum told before the sentence of ``start`` when that sentence opens on ``opening``: the sum it
    names back ("这笔资金中，自治区和柳州市下拨1082万元…", MONEY_NAMED_ABOVE_IN_RE), whose parts take its campaign or
    none unless the sentence names one itself ("上述款物中，包括…“情暖陇原”…募集的款物618万元"); or the sum a sentence
    opening on 其中 breaks down ("…共筹集善款和物资368.5万元。其中，爱心企业捐赠现金206万元…", OPENING_PART_RE), whose
    campaign a part the linker links to none takes."""
    ss = ctx.seg.sentence(start)[0]
    if not opening.match(ctx.text, ss):
        return None
    told = [r for r in funds if r["span_start"] < ss and r.get("per_unit") is None]
    return told[-1] if told else None


RANGE_ON_RE = re.compile(r"(?:—|-|－|–|~|～|至|到)")  # (right after: "…\t-2.1" is a cell's change column)


CELL_COUNT_KINDS = {"people", "visits"}  # a table's 人数 column may count 人次


def _is_cell(text: str, figure: str, end: int) -> bool:
    """A table's cell: a figure written bare, not the low end of a range ("1300—3300元")."""
    return is_bare_figure(figure) and not RANGE_ON_RE.match(text, end)


def _mark_repeats_on_page(out: DocumentFacts, prints: list[Fingerprint]) -> None:
    """A story the page carries twice (a listing page's republished copy) is counted once:
    the copy names the first one in ``duplicate_of`` and its facts are not countable."""
    if len(prints) < 2:
        return
    copies = {}
    for story, first in zip(out.stories, repeats_on_page(prints)):
        if first is not None:
            story["duplicate_of"] = copies[story["article_id"]] = out.stories[first]["article_id"]
    for row in out.funds + out.beneficiaries if copies else ():
        if row["article_id"] in copies:
            row["countable"], row["not_countable_reason"] = False, "duplicate"
