from __future__ import annotations

import json

import polars as pl
import pytest

from kzvotes.config import schemas_dir
from kzvotes.publish.table_gate import schema_failures
from kzvotes.schema import TABLE_NAMES, load_table_schema, pandera_schema


def test_one_schema_per_published_table() -> None:
    assert {p.stem for p in schemas_dir().glob("*.json")} == set(TABLE_NAMES)


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_schema_is_complete(table: str) -> None:
    schema = load_table_schema(table)
    names = [f["name"] for f in schema["fields"]]
    assert set(schema["primaryKey"]) <= set(names)
    for field in schema["fields"]:
        assert field["title"] and field["kzvotes:title_ru"] and field["kzvotes:title_kk"], field[
            "name"
        ]
    for fk in schema.get("foreignKeys", []):
        target = load_table_schema(fk["reference"]["resource"])
        assert set(fk["reference"]["fields"]) <= {f["name"] for f in target["fields"]}
    pandera_schema(table)  # the adapter understands every type and constraint
    json.dumps(schema)


def test_adapter_reports_every_failure_with_the_row_key() -> None:
    df = pl.DataFrame({
        "contest_id": ["kz-akim-district-2023-11-05/KZ-27/bokeyorda"] * 3,
        "option_id": ["a", "a", "b"],
        "option_type": ["candidate", "candidate", "spoilt"],
        "votes": [1, 2, -3],
    })  # fmt: skip
    failures = schema_failures("results", df)
    rules = sorted({f.rule for f in failures})
    assert any("isin" in r for r in rules) and any("greater_than_or_equal" in r for r in rules)
    assert any("uniqueness" in r for r in rules)
    assert any(f.row_key.endswith("|b") for f in failures)


def test_pattern_is_anchored() -> None:
    df = pl.DataFrame({"place_id": ["xxKZ-27"], "parent_place_id": [None], "place_type": ["region"],
                       "iso_3166_2": ["KZ-27"], "kato_code": [None], "name_kk": [None],
                       "name_kk_latn": [None], "name_ru": [None], "name_en": ["X"],
                       "valid_from": [None], "valid_to": [None], "note": [None]},
                      schema_overrides={"valid_from": pl.Date, "valid_to": pl.Date,
                                        "parent_place_id": pl.String, "kato_code": pl.String,
                                        "name_kk": pl.String, "name_kk_latn": pl.String,
                                        "name_ru": pl.String, "note": pl.String})  # fmt: skip
    assert any(f.detail.startswith("column place_id") for f in schema_failures("places", df))
