"""The package README: a data dictionary generated from the descriptor and ``schemas/``."""

from __future__ import annotations

from typing import Any

CAVEATS = """\
## Read this before you quote a figure

- **How far to trust a figure.** Every row of `contests`, `candidates` and `results`, and
  every row of `facts`, has a `trust` column:
  - `checked`: a person read the figure in the cited source and wrote it into the project's
    ledger. This is the strongest level.
  - `corroborated`: the software read the figure from published pages, and at least two
    pages of **different publishers** gave exactly the same value, no source contradicts
    it, and it passes every arithmetic check (votes within ballots, one winner...).
  - A row is only as trusted as its weakest figure.
  Figures the software read from **one page only**, figures where pages disagree, and
  figures that break an arithmetic check are **not** in these tables. They are listed in
  `pending` (with the page and the place in its text) so that a maintainer can check them;
  do not quote them as results.
- **Against all is not invalid.** Ballots marked "against all" are an option of their own
  (`results.option_id = against_all`, `contests.against_all`); invalid ballots are counted
  separately (`contests.invalid_ballots`).
- **Counts, not percentages.** Counts are stored as published. `turnout_pct` is either
  published or derived from the counts (see `facts.method`). Published candidates' shares
  are not stored because sources use different bases (valid ballots with or without
  against all, or everyone who took part); see **Shares** for the one computed share.
- **Empty means unknown**, never zero: no source gave that number.
- **Undated contests.** Some sources do not give the election date. Their contests belong to
  a `kz-akim-<kind>-undated` election with `status = date_unknown`; no date is guessed.
  One date was inferred by the transcriber from the article's context; the ledger note says so.
- **Sources disagree.** Every value has its lineage in `facts`; disagreements are rows of
  `conflicts`, with the value kept and why. Nothing is resolved silently.
- **Voter lists.** `registered_voters` is sometimes a voting-day figure ("have the right to
  vote"); `facts.locator` points to the ledger row whose note says so.
- **What is missing.** No polling-station results exist in any source found. Of the 45
  contests of the 5 November 2023 pilot only some have figures; the 25 July 2021 round
  (730 rural contests) has national and regional summaries only.
- **Indirect elections** (regional akims chosen by maslikhat deputies) are not popular
  votes and are not in these tables.
- **CSV and spreadsheets.** A text cell whose first character is `=`, `+`, `-` or `@`
  would run as a formula when a spreadsheet opens the CSV (CSV injection). In the CSVs such
  a cell is written with a leading apostrophe (`'=...`), which spreadsheets take as "text"
  and do not show; strip one leading `'` from text cells starting `'=`, `'+`, `'-` or `'@`
  to get the value back. Only text columns are touched: a number is never prefixed. The
  Parquet files and the database hold the values themselves, and the XLSX workbook stores
  them as text with Excel's quote prefix, so they can never run there either.
- **Shares.** The `share_pct` column of the workbook's flat `results` sheet is an option's
  votes over the sum of all options' votes (candidates and against all) in that contest;
  it is empty when any option's votes, or the against-all count, are unknown. It is not a
  published figure. The database view `results_flat` has the same rows.
- **Place ids** carry the region of the time: districts moved to the Abai, Zhetysu and
  Ulytau regions in June 2022 have one id before and one after (`valid_from`/`valid_to`).
"""


def _formats_lines(descriptor: dict[str, Any]) -> list[str]:
    formats = descriptor.get("kzvotes:formats", [])
    if not formats:
        return []
    lines = ["## Other formats", ""]
    lines += [f"- `{f['path']}`: {f['title']}." for f in formats]
    lines += [
        "- The SQLite database has every table with its primary and foreign keys; open it with"
        " `sqlite3 data/kz-akim-elections.sqlite` and run `PRAGMA foreign_keys = ON;`. Dates"
        " are ISO text, booleans 0/1; `_tables` and `_fields` hold the titles and descriptions"
        " (English, Russian, Kazakh).",
        "- The workbook's first sheet, `results`, is flat: one row per candidate (and against"
        " all) with election, region, district, names, party, votes, share and elected; then"
        " one sheet each for contests, candidates, elections, places, parties, summaries and"
        " sources. The lineage (`facts`), `checks`, `conflicts`, `source_revisions` and the"
        " long `results` table are in the CSV, Parquet and SQLite files only (the workbook's"
        " `about` sheet says so).",
        "- Explore everything in a browser with Datasette: `pip install 'kzvotes[serve]'`, then"
        " `kzvotes serve` (facets on region, election and party).",
        "",
    ]
    return lines


def _licence_lines(descriptor: dict[str, Any]) -> list[str]:
    attribution = descriptor.get("kzvotes:attribution")
    if not attribution:
        return []
    return [
        "## Licence and attribution",
        "",
        f'{attribution} Attribute as: "Kazakhstan akim elections (kz-akim-elections'
        f" {descriptor['version']}), kzvotes contributors, from the CEC of Kazakhstan,"
        " territorial election commissions and the news outlets listed in `sources`,"
        ' CC BY 4.0". Code: MIT. See `CITATION.cff` to cite the project.',
        "",
    ]


def render_readme(descriptor: dict[str, Any]) -> str:
    """Markdown: title, how to cite, caveats, then every table's fields with kk/ru titles."""
    lines = [
        f"# {descriptor['title']} (`{descriptor['name']}` {descriptor['version']})",
        "",
        descriptor["description"],
        "",
        f"Created: {descriptor['created']}. Licence: {descriptor['licenses'][0]['title']}"
        f" ({descriptor['licenses'][0]['name']}); cite the original publishers listed in"
        ' `sources` and "kzvotes contributors".',
        "",
        "Every table is in `data/` as CSV (UTF-8, comma, LF, header, sorted by primary key)"
        " and as Parquet with the same content. Generated by kzvotes from `schemas/`:"
        " do not edit by hand.",
        "",
        *_formats_lines(descriptor),
        *_licence_lines(descriptor),
        CAVEATS,
        "## Tables",
        "",
    ]
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        lines += [
            f"### `{resource['name']}`: {resource['title']}",
            "",
            resource["description"],
            "",
            f"Primary key: {', '.join(f'`{k}`' for k in schema['primaryKey'])}. "
            f"Files: `{resource['path']}`, `{resource['kzvotes:parquet']['path']}`; "
            f"in the database, table `{resource['name']}`.",
            "",
            "| field | type | meaning | Русский | Қазақша |",
            "|---|---|---|---|---|",
        ]
        for field in schema["fields"]:
            required = " (required)" if field.get("constraints", {}).get("required") else ""
            meaning = f"{field['title']}{required}. {field.get('description', '')}".strip()
            lines.append(
                f"| `{field['name']}` | {field['type']} | {meaning.replace('|', '/')} "
                f"| {field['kzvotes:title_ru']} | {field['kzvotes:title_kk']} |"
            )
        lines.append("")
    return "\n".join(lines)
