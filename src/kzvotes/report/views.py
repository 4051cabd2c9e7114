"""What each page shows, as plain data for the templates, in one language.

A view is a dict of strings, numbers and lists that a template lays out; every figure is a
:class:`Cell` carrying its formatted text and where it comes from: the numbers of the
page's sources (from the ``facts`` and ``sources`` tables) or a link to the page that has
them. Nothing here writes files or knows HTML.

>>> views = Views(read_package(Path("datapackages/kz-akim-elections")), "ru")  # doctest: +SKIP
>>> views.contest("kz-akim-district-2023-11-05/KZ-27/bokeyorda")["title"]  # doctest: +SKIP
'Бокейординский район'
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from kzvotes.build.measures import COMPLETENESS_LEVELS, CONTEST_MEASURE_COLUMNS, SELF_NOMINATED
from kzvotes.report.data import Package, party_names, person_name, place_names
from kzvotes.report.labels import Labels

ID_COLUMNS = ("contest_id", "election_id", "place_id", "region_id")
# Facts name some fields of a row differently from its columns.
FACT_FIELDS = {
    "name_as_printed": "name_as_printed",
    "nominator_type": "nominator",
    "party_id": "nominator",
    "name_ru": "name",
    "name_kk": "name",
    "name_kk_latn": "name",
    "name_en": "name",
}
TOP_ROWS = 15


def contest_slug(contest_id: str) -> str:
    """A file name for a contest page: the id with its slashes doubled into underscores."""
    return contest_id.replace("/", "__")


@dataclass
class Cell:
    """One figure: its text, the page's source numbers, and a link when the sources are elsewhere."""

    text: str
    refs: list[int] = field(default_factory=list)
    href: str | None = None
    derived: bool = False


@dataclass
class SourceList:
    """The sources cited on one page, numbered in the order of first use."""

    numbers: dict[str, int] = field(default_factory=dict)

    def number(self, source_id: str) -> int:
        return self.numbers.setdefault(source_id, len(self.numbers) + 1)


class Views:
    """The views of every page of one language."""

    def __init__(self, package: Package, language: str) -> None:
        self.package = package
        self.language = language
        self.t = Labels(language)
        self.places = place_names(package.table("places"), language)
        self.parents = dict(
            package.table("places").select("place_id", "parent_place_id").iter_rows()
        )
        self.parties = party_names(package.table("parties"), language)
        candidates = package.table("candidates")
        self.candidates = candidates.with_columns(display=person_name(candidates, language))
        self.candidate_names = dict(self.candidates.select("candidate_id", "display").iter_rows())
        self.shares = dict(self.candidates.select("candidate_id", "vote_share_pct").iter_rows())
        self.contests = package.table("contests")
        self.elections = package.table("elections").sort(
            "election_date", "election_type", "election_id", nulls_last=True
        )
        self.facts = self._facts_by_field()
        self.sources = {
            row["source_id"]: row for row in package.table("sources").iter_rows(named=True)
        }

    # -- formatting -------------------------------------------------------------------

    def number(self, value: Any, decimals: int = 0) -> str:
        if value is None:
            return "—"
        text = f"{value:,.{decimals}f}"
        return (
            text.replace(",", "\x00")
            .replace(".", self.t("format.decimal"))
            .replace("\x00", self.t("format.thousands"))
        )

    def value(self, value: Any) -> str:
        """Any cell of a table, in this language: counts grouped, booleans yes/no, dates ISO."""
        if value is None:
            return "—"
        if isinstance(value, bool):
            return self.t("yes") if value else self.t("no")
        if isinstance(value, int):
            return self.number(value)
        if isinstance(value, float):
            return self.number(value, 2)
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M UTC")
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    def place(self, place_id: str | None) -> str:
        if not place_id:
            return "—"
        return self.places.get(place_id, place_id)

    def place_context(self, place_id: str) -> str:
        """The units above a place, nearest first: 'Kurmangazy District, Atyrau Region'."""
        names = []
        parent = self.parents.get(place_id)
        while parent:
            names.append(self.place(parent))
            parent = self.parents.get(parent)
        return ", ".join(names)

    def election_title(self, election: dict[str, Any]) -> str:
        kind = self.t(f"type.{election['election_type']}")
        when = (
            election["election_date"].isoformat()
            if election.get("election_date")
            else self.t("date_unknown")
        )
        return f"{kind}, {when}"

    def nominator(self, nominator_id: str | None) -> str:
        if nominator_id is None:
            return self.t("nominator.unknown")
        if nominator_id == SELF_NOMINATED:
            return self.t("nominator.self")
        return self.parties.get(nominator_id, nominator_id)

    def candidate_nominator(self, candidate: dict[str, Any]) -> str:
        if candidate.get("nominator_type") == SELF_NOMINATED:
            return self.nominator(SELF_NOMINATED)
        return self.nominator(candidate.get("party_id"))

    def completeness(self, level: str | None) -> str:
        return self.t(f"completeness.{level or 'none'}")

    def share_base(self, base: str | None) -> str:
        return self.t(f"share_base.{base}") if base else "—"

    def field(self, table: str, name: str) -> str:
        return self.t.field(self.package.fields(table), name)

    # -- sources ------------------------------------------------------------------------

    def _facts_by_field(self) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
        by_field: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
        facts = self.package.table("facts")
        if facts.is_empty():
            return by_field
        ordered = facts.sort("table", "row_key", "field", "source_id", "locator")
        for table, row_key, fact_field, source_id, method in ordered.select(
            "table", "row_key", "field", "source_id", "method"
        ).iter_rows():
            by_field[(table, row_key, fact_field)].append((source_id, method))
        return by_field

    def cited(self, sources: SourceList, table: str, row_key: str, column: str, text: str) -> Cell:
        """``text`` with the numbers of the sources of ``table``/``row_key``/``column``."""
        facts = self.facts.get((table, row_key, FACT_FIELDS.get(column, column)), [])
        refs = sorted({sources.number(source_id) for source_id, _ in facts})
        derived = bool(facts) and all(method == "derived" for _, method in facts)
        return Cell(text, refs, derived=derived)

    def source_rows(self, sources: SourceList) -> list[dict[str, Any]]:
        rows = []
        for source_id, number in sorted(sources.numbers.items(), key=lambda item: item[1]):
            source = self.sources.get(source_id, {})
            rows.append({
                "number": number,
                "url": source.get("url"),
                "publisher": source.get("publisher", source_id),
                "kind": source.get("publisher_kind", ""),
                "published": self.value(source.get("published_date")) if source.get("published_date") else "",
            })  # fmt: skip
        return rows

    # -- pages --------------------------------------------------------------------------

    def election_rows(self) -> list[dict[str, Any]]:
        """Every election with its title and every column of the elections table."""
        hidden = {"election_id", "election_date", "election_type"}
        rows = []
        for election in self.elections.iter_rows(named=True):
            extra = [
                (
                    self.field("elections", name),
                    Cell(self.t.get(f"{name}.{value}", self.value(value))),
                )
                for name, value in election.items()
                if name not in hidden
            ]
            rows.append(
                {
                    "id": election["election_id"],
                    "title": self.election_title(election),
                    "columns": extra,
                }
            )
        return rows

    def contest_rows(self, contests: pl.DataFrame) -> list[dict[str, Any]]:
        """One summary row per contest of ``contests``: place, measures, winner, linking to its page."""
        rows = []
        for contest in contests.iter_rows(named=True):
            page = f"contests/{contest_slug(contest['contest_id'])}.html"
            winner = contest.get("winner_candidate_id")
            rows.append({
                "href": page,
                "place": self.place(contest["place_id"]),
                "context": self.place_context(contest["place_id"]),
                "election": contest["election_id"],
                "candidates": Cell(self.number(contest.get("candidate_count")), href=page),
                "completeness": self.completeness(contest.get("completeness")),
                "winner": self.candidate_names.get(winner) or "—" if winner else "—",
                "nominator": self.nominator(contest.get("winner_nominator")) if winner else "—",
                "winner_share": Cell(self.number(self.shares.get(winner), 2), href=page),
                "margin": Cell(self.number(contest.get("margin_pct"), 2), href=page),
                "against_all": Cell(self.number(contest.get("against_all_pct"), 2), href=page),
                "turnout": Cell(self.number(contest.get("turnout_pct"), 2), href=page),
            })  # fmt: skip
        return rows

    def contest_headers(self) -> dict[str, str]:
        return {
            "place": self.t("place"),
            "candidates": self.field("contests", "candidate_count"),
            "completeness": self.t("field.completeness"),
            "winner": self.t("field.winner_candidate_id"),
            "nominator": self.t("field.winner_nominator"),
            "winner_share": self.t("field.vote_share_pct"),
            "margin": self.t("field.margin_pct"),
            "against_all": self.t("field.against_all_pct"),
            "turnout": self.field("contests", "turnout_pct"),
        }

    def coverage(self) -> list[dict[str, Any]]:
        """Contests per election and region, with how many have each level of completeness."""
        counts = (
            self.contests.group_by("election_id", "region_id")
            .agg(
                [
                    (pl.col("completeness") == level).sum().alias(level)
                    for level in COMPLETENESS_LEVELS
                ]
            )
            .with_columns(total=pl.sum_horizontal(COMPLETENESS_LEVELS))
        )
        order = {e: i for i, e in enumerate(self.elections["election_id"].to_list())}
        titles = {
            e["election_id"]: self.election_title(e) for e in self.elections.iter_rows(named=True)
        }
        rows = [
            {
                "election": titles.get(row["election_id"], row["election_id"]),
                "href": f"elections/{row['election_id']}.html",
                "region": self.place(row["region_id"]),
                "total": Cell(
                    self.number(row["total"]), href=f"elections/{row['election_id']}.html"
                ),
                "levels": [self.number(row[level]) for level in COMPLETENESS_LEVELS],
                "_order": (order.get(row["election_id"], len(order)), self.place(row["region_id"])),
            }
            for row in counts.iter_rows(named=True)
        ]
        rows.sort(key=lambda row: row["_order"])
        # The election's title once per group, spanning its regions' rows.
        for index, row in enumerate(rows):
            first = index == 0 or rows[index - 1]["election"] != row["election"]
            row["span"] = (
                sum(1 for other in rows if other["election"] == row["election"]) if first else 0
            )
        return rows

    def overview(self) -> dict[str, Any]:
        contests = self.contests
        by_margin = contests.filter(pl.col("margin_pct").is_not_null()).sort(
            "margin_pct", "contest_id"
        )
        by_against = contests.filter(pl.col("against_all_pct").is_not_null()).sort(
            "against_all_pct", "contest_id", descending=[True, False]
        )
        by_turnout = contests.filter(pl.col("turnout_pct").is_not_null()).sort(
            "turnout_pct", "contest_id", descending=[True, False]
        )
        winners = contests.filter(pl.col("winner_candidate_id").is_not_null())
        nominators = (
            winners.group_by("winner_nominator")
            .len()
            .sort(["len", "winner_nominator"], descending=[True, False], nulls_last=True)
        )
        incumbents = None
        if "winner_incumbent" in contests.columns:
            known = winners.filter(pl.col("winner_incumbent").is_not_null())
            incumbents = {
                "label": self.field("contests", "winner_incumbent"),
                "kept": self.number(known.filter(pl.col("winner_incumbent")).height),
                "known": self.number(known.height),
            }
        return {
            "totals": [
                (self.t("elections"), Cell(self.number(self.elections.height), href="#elections")),
                (
                    self.t("field.contests_in_data"),
                    Cell(self.number(contests.height), href="#coverage"),
                ),
                (
                    self.t("field.candidates_in_data"),
                    Cell(self.number(self.candidates.height), href="#coverage"),
                ),
                (self.t("field.winners"), Cell(self.number(winners.height), href="#winners")),
            ],
            "elections": self.election_rows(),
            "election_headers": [
                self.field("elections", name)
                for name in self.elections.columns
                if name not in {"election_id", "election_date", "election_type"}
            ],
            "coverage": self.coverage(),
            "levels": [self.completeness(level) for level in COMPLETENESS_LEVELS],
            "closest": self.contest_rows(by_margin.head(TOP_ROWS)),
            "against_all": self.contest_rows(by_against.head(TOP_ROWS)),
            "turnout": self.contest_rows(by_turnout.head(TOP_ROWS)),
            "nominators": [
                (self.nominator(nominator), self.number(count))
                for nominator, count in nominators.iter_rows()
            ],
            "incumbents": incumbents,
            "headers": self.contest_headers(),
        }

    def election(self, election_id: str) -> dict[str, Any]:
        election = self.elections.filter(pl.col("election_id") == election_id).row(0, named=True)
        contests = self.contests.filter(pl.col("election_id") == election_id).sort(
            "region_id", "contest_id"
        )
        return {
            "title": self.election_title(election),
            "election": election,
            "facts": [
                (self.field("elections", name), self.t.get(f"{name}.{value}", self.value(value)))
                for name, value in election.items()
                if name != "election_id"
            ],
            "contests": self.contest_rows(contests),
            "headers": self.contest_headers(),
        }

    def contest(self, contest_id: str) -> dict[str, Any]:
        contest = self.contests.filter(pl.col("contest_id") == contest_id).row(0, named=True)
        sources = SourceList()
        measures = set(CONTEST_MEASURE_COLUMNS)
        candidates = self.candidates.filter(pl.col("contest_id") == contest_id).sort(
            "votes", "display", descending=[True, False], nulls_last=True
        )
        # Each option's bar is its votes over the most votes of any option, in percent.
        most = max(
            [*candidates["votes"].drop_nulls().to_list(), contest.get("against_all") or 0, 1]
        )
        candidate_rows = [
            {
                "name": self.cited(
                    sources, "candidates", c["candidate_id"], "name_ru", c["display"] or "—"
                ),
                "as_printed": c.get("name_as_printed")
                if c.get("name_as_printed") != c["display"]
                else None,
                "nominator": self.cited(
                    sources,
                    "candidates",
                    c["candidate_id"],
                    "nominator_type",
                    self.candidate_nominator(c),
                ),
                "votes": self.cited(
                    sources, "candidates", c["candidate_id"], "votes", self.number(c["votes"])
                ),
                "share": Cell(
                    self.number(c.get("vote_share_pct"), 2), href="index.html#method", derived=True
                ),
                "elected": self.cited(
                    sources, "candidates", c["candidate_id"], "elected", self.value(c["elected"])
                ),
                "bar": None if c["votes"] is None else round(100 * c["votes"] / most, 1),
            }
            for c in candidates.iter_rows(named=True)
        ]
        against_all = {
            "name": self.t("against_all"),
            "votes": self.cited(
                sources,
                "contests",
                contest_id,
                "against_all",
                self.number(contest.get("against_all")),
            ),
            "share": Cell(
                self.number(contest.get("against_all_pct"), 2),
                href="index.html#method",
                derived=True,
            ),
            "bar": None
            if contest.get("against_all") is None
            else round(100 * contest["against_all"] / most, 1),
        }
        figures = [
            (
                self.field("contests", name),
                self.cited(sources, "contests", contest_id, name, self.value(value)),
            )
            for name, value in contest.items()
            if name not in ID_COLUMNS and name not in measures
        ]
        winner, runner_up = (
            contest.get("winner_candidate_id"),
            contest.get("runner_up_candidate_id"),
        )
        derived = [
            (self.t("field.winner_candidate_id"), self.candidate_names.get(winner) or "—" if winner else "—"),
            (self.t("field.runner_up_candidate_id"), self.candidate_names.get(runner_up) or "—" if runner_up else "—"),
            (self.t("field.margin_pct"), self.number(contest.get("margin_pct"), 2)),
            (self.t("field.effective_number_of_candidates"), self.number(contest.get("effective_number_of_candidates"), 2)),
            (self.t("field.against_all_pct"), self.number(contest.get("against_all_pct"), 2)),
            (self.t("field.share_base"), self.share_base(contest.get("share_base"))),
            (self.t("field.contested"), self.value(contest.get("contested"))),
            (self.t("field.winner_nominator"), self.nominator(contest.get("winner_nominator")) if winner else "—"),
            (self.t("field.completeness"), self.completeness(contest.get("completeness"))),
        ]  # fmt: skip
        election = self.elections.filter(pl.col("election_id") == contest["election_id"]).row(
            0, named=True
        )
        return {
            "title": self.place(contest["place_id"]),
            "context": self.place_context(contest["place_id"]),
            "contest_id": contest_id,
            "election_id": contest["election_id"],
            "election_title": self.election_title(election),
            "figures": figures,
            "derived": derived,
            "candidates": candidate_rows,
            "against_all": against_all,
            "has_votes": any(c["votes"] is not None for c in candidates.iter_rows(named=True))
            or contest.get("against_all") is not None,
            "checks": self.checks(contest_id),
            "conflicts": self.conflicts(contest_id, sources),
            "sources": self.source_rows(sources),
            "candidate_headers": {
                "name": self.t("candidate"),
                "nominator": self.t("field.nominator"),
                "votes": self.field("candidates", "votes"),
                "share": self.t("field.vote_share_pct"),
                "elected": self.field("candidates", "elected"),
            },
        }

    def checks(self, contest_id: str) -> list[dict[str, str]]:
        checks = self.package.table("checks")
        if checks.is_empty():
            return []
        rows = checks.filter(pl.col("contest_id") == contest_id).sort("severity", "check_id")
        return [
            {
                "check": row["check_id"],
                "severity": self.t(f"severity.{row['severity']}"),
                "passed": self.t(
                    f"passed.{str(row['passed']).lower() if row['passed'] is not None else 'null'}"
                ),
                "status": "null" if row["passed"] is None else str(row["passed"]).lower(),
                "detail": row["detail"],
            }
            for row in rows.iter_rows(named=True)
        ]

    def conflicts(self, contest_id: str, sources: SourceList) -> list[dict[str, Any]]:
        conflicts = self.package.table("conflicts")
        if conflicts.is_empty():
            return []
        rows = conflicts.filter(pl.col("contest_id") == contest_id).sort(
            "row_key", "field", "other_source_id"
        )
        return [
            {
                "field": row["field"],
                "kept": Cell(row["kept_value"] or "—", [sources.number(row["kept_source_id"])]),
                "other": Cell(row["other_value"] or "—", [sources.number(row["other_source_id"])]),
                "reason": row["reason"],
            }
            for row in rows.iter_rows(named=True)
        ]
