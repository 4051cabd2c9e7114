"""The contest figures are read from the schemas, once (issue 11)."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import kzvotes.build
from kzvotes.build.fields import (
    CONTEST_COUNTS,
    CONTEST_FIGURES,
    LEDGER_COUNTS,
    RESULT_COLUMNS,
    TURNOUT,
    counts_of,
    figures_of,
)
from kzvotes.config import schemas_dir
from kzvotes.schema import field_types


def test_figures_are_the_numeric_contest_fields_the_ledger_gives() -> None:
    types = field_types("contests")
    numeric = {name for name, kind in types.items() if kind in ("integer", "number")}
    assert set(CONTEST_FIGURES) == numeric & set(RESULT_COLUMNS)
    assert set(CONTEST_COUNTS) == {f for f in CONTEST_FIGURES if types[f] == "integer"}
    assert set(LEDGER_COUNTS) == set(CONTEST_COUNTS) | {"votes"}


def test_a_figure_added_to_the_schema_and_the_ledger_is_picked_up(tmp_path: Path) -> None:
    # SYNTHETIC: a made-up figure, in a copy of the schemas
    schemas = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), schemas)
    contests = json.loads((schemas / "contests.json").read_text(encoding="utf-8"))
    contests["fields"].insert(
        [f["name"] for f in contests["fields"]].index("turnout_pct"),
        {"name": "spoiled_envelopes", "type": "integer", "title": "Spoiled envelopes"},
    )
    (schemas / "contests.json").write_text(json.dumps(contests), encoding="utf-8")
    columns = (*RESULT_COLUMNS, "spoiled_envelopes")

    assert figures_of("contests", columns, schemas) == (*CONTEST_FIGURES, "spoiled_envelopes")
    assert counts_of("contests", columns, schemas) == (*CONTEST_COUNTS, "spoiled_envelopes")
    # a schema field no ledger column gives is not a figure: no claim can reach it
    assert figures_of("contests", RESULT_COLUMNS, schemas) == CONTEST_FIGURES


def _spelled_out(tree: ast.AST) -> list[int]:
    """Lines of literal collections naming four or more contest figures."""
    lines = []
    for node in ast.walk(tree):
        items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
        if not isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)) or items is None:
            continue
        named = {i.value for i in items if isinstance(i, ast.Constant)} & set(CONTEST_FIGURES)
        if len(named) >= 4:
            lines.append(node.lineno)
    return lines


def test_no_build_module_spells_the_figures_out() -> None:
    found = {}
    for path in sorted(Path(kzvotes.build.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lines = _spelled_out(tree)
        if path.name == "fields.py":
            # the ledger's own header names them: that is where the figures are read from
            lines = [n for n in lines if n != _assignment_line(tree, "RESULT_COLUMNS")]
        if lines:
            found[path.name] = lines
    assert found == {}


def test_the_derived_turnout_is_a_share_of_two_contest_counts() -> None:
    types = field_types("contests")
    assert types[TURNOUT.field] == "number"
    assert {TURNOUT.part, TURNOUT.whole} <= set(CONTEST_COUNTS)
    assert TURNOUT.field in CONTEST_FIGURES  # a source may state it; derived only when none does


def test_the_check_finds_a_spelled_out_list() -> None:
    listed = "FIGURES = ('registered_voters', 'ballots_cast', 'against_all', 'turnout_pct')"
    assert _spelled_out(ast.parse(listed)) == [1]


def _assignment_line(tree: ast.AST, name: str) -> int:
    return next(
        node.value.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
    )
