"""Row-level differences between two kz-akim-elections packages (folders or release zips).

Rows are matched by each table's primary key and compared as published CSV text, so the
diff shows exactly what a reader of the CSVs would see change. Schema changes are read
from the descriptors, check changes from the ``checks`` tables. :func:`propose_bump` turns
a diff into a semantic version bump:

- **major**: a schema change that breaks readers (a table or field removed, a type or a
  primary key changed);
- **minor**: new rows, or a schema change that adds (a table, a field, a constraint);
- **patch**: corrections (rows changed or withdrawn), check results, documentation.

>>> with open_package(Path("releases/kz-akim-elections-1.0.0.zip")) as old:  # doctest: +SKIP
...     print(render_diff(diff_packages(old, Path("datapackages/kz-akim-elections"))))
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzvotes.errors import ConfigError, PackageError

Row = dict[str, str]
Key = tuple[str, ...]

BUMPS = ("major", "minor", "patch")
MAX_LISTED = 200  # rows listed per table and kind before "... and N more"
EMPTY = "(empty)"


@dataclass
class RowChange:
    """One row present in both packages with different values: ``(field, old, new)``."""

    key: Key
    changes: list[tuple[str, str, str]]


@dataclass
class TableDiff:
    """Rows added, removed and changed in one table, matched by primary key."""

    table: str
    key_fields: list[str]
    added: list[tuple[Key, Row]] = field(default_factory=list)
    removed: list[tuple[Key, Row]] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass(frozen=True)
class SchemaChange:
    """One change of a table's schema; ``breaking`` when readers of the old one break."""

    table: str
    detail: str
    breaking: bool


@dataclass(frozen=True)
class CheckChange:
    """A check that is new, or that fails now and did not before."""

    kind: str  # "new check" or "newly failing"
    check_id: str
    severity: str
    contest_id: str
    detail: str


@dataclass
class PackageDiff:
    """Everything that differs between an old and a new package."""

    old_version: str
    new_version: str
    tables: list[TableDiff]
    schema: list[SchemaChange]
    checks: list[CheckChange]
    metadata: list[str]  # files or descriptor parts that changed besides rows and schemas
    row_counts: dict[str, int]

    def is_empty(self) -> bool:
        return (
            all(t.is_empty() for t in self.tables)
            and not self.schema
            and not self.checks
            and not self.metadata
        )


@contextmanager
def open_package(path: Path) -> Iterator[Path]:
    """The package folder at ``path``; a release zip is unpacked into a temporary folder.

    The zip is checked before anything is extracted (:mod:`kzvotes.publish.zipsafe`).
    """
    from kzvotes.publish.zipsafe import extract_bounded

    if not path.exists():
        raise ConfigError(f"{path}: no such file or folder")
    if path.is_dir():
        if not (path / "datapackage.json").is_file():
            raise ConfigError(f"{path}: no datapackage.json (not a data package folder)")
        yield path
        return
    if not zipfile.is_zipfile(path):
        raise ConfigError(f"{path}: neither a data package folder nor a release zip")
    with tempfile.TemporaryDirectory(prefix="kzvotes-diff-") as tmp:
        try:
            with zipfile.ZipFile(path) as archive:
                extract_bounded(path, archive, Path(tmp))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
                NotImplementedError, RuntimeError) as err:  # fmt: skip
            raise PackageError(f"{path}: cannot read the zip: {err}") from None
        found = sorted(Path(tmp).rglob("datapackage.json"), key=lambda p: len(p.parts))
        if not found:
            raise PackageError(f"{path}: the zip holds no datapackage.json")
        yield found[0].parent


def _descriptor_problems(desc: Any) -> list[str]:
    """What keeps a parsed ``datapackage.json`` from being read as a package of tables."""
    if not isinstance(desc, dict):
        return ["not a JSON object"]
    resources = desc.get("resources")
    if not isinstance(resources, list) or not resources:
        return ["no resources"]
    problems = []
    for number, resource in enumerate(resources, start=1):
        where = f"resource {number}"
        if not isinstance(resource, dict):
            problems.append(f"{where}: not an object")
            continue
        name, path, schema = resource.get("name"), resource.get("path"), resource.get("schema")
        if not isinstance(name, str) or not name:
            problems.append(f"{where}: no name")
        if not isinstance(path, str) or not _inside(path):
            problems.append(f"{where}: path {path!r} is not a relative path inside the package")
        if not isinstance(schema, dict):
            problems.append(f"{where}: no schema")
            continue
        fields = schema.get("fields")
        if not isinstance(fields, list) or not all(
            isinstance(f, dict)
            and isinstance(f.get("name"), str)
            and isinstance(f.get("type"), str)
            for f in fields
        ):
            problems.append(f"{where}: schema fields must each have a name and a type")
        key = schema.get("primaryKey")
        if not isinstance(key, list) or not key or not all(isinstance(k, str) for k in key):
            problems.append(f"{where}: schema has no primaryKey")
    return problems


def _inside(relative: str) -> bool:
    path = Path(relative)
    return bool(relative) and not path.is_absolute() and ".." not in path.parts


def read_descriptor(package: Path) -> dict[str, Any]:
    """The ``datapackage.json`` of a package folder, checked enough to be read safely."""
    path = package / "datapackage.json"
    try:
        desc = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise PackageError(f"{path}: not found") from None
    except UnicodeDecodeError as err:
        raise PackageError(
            f"{path}: not UTF-8 (an invalid or truncated character at byte {err.start})"
        ) from None
    except json.JSONDecodeError as err:
        raise PackageError(f"{path}:{err.lineno}: not valid JSON ({err.msg})") from None
    except RecursionError:
        raise PackageError(f"{path}: nested too deeply") from None
    problems = _descriptor_problems(desc)
    if problems:
        raise PackageError(f"{path}: not a data package descriptor: " + "; ".join(problems))
    result: dict[str, Any] = desc
    return result


def read_rows(package: Path, resource: dict[str, Any]) -> list[Row]:
    """A table's CSV rows as text, exactly as published (empty cells are ``""``)."""
    path = package / resource["path"]
    try:
        text = path.read_text(encoding="utf-8")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except FileNotFoundError:
        raise PackageError(f"{path}: missing (the descriptor lists it)") from None
    except UnicodeDecodeError as err:
        raise PackageError(
            f"{path}: not UTF-8 (an invalid or truncated character at byte {err.start})"
        ) from None
    except (OSError, csv.Error) as err:
        raise PackageError(f"{path}: cannot read: {err}") from None
    return [{k or "": v if isinstance(v, str) else "" for k, v in row.items()} for row in rows]


def diff_rows(table: str, key_fields: list[str], old: list[Row], new: list[Row]) -> TableDiff:
    """Added, removed and changed rows, by ``key_fields``; only shared columns are compared."""
    result = TableDiff(table, key_fields)
    old_by = {tuple(r.get(k, "") for k in key_fields): r for r in old}
    new_by = {tuple(r.get(k, "") for k in key_fields): r for r in new}
    shared = [c for c in (new[0] if new else {}) if old and c in old[0]]
    for key in sorted(new_by.keys() - old_by.keys()):
        result.added.append((key, new_by[key]))
    for key in sorted(old_by.keys() - new_by.keys()):
        result.removed.append((key, old_by[key]))
    for key in sorted(old_by.keys() & new_by.keys()):
        before, after = old_by[key], new_by[key]
        changes = [(c, before[c], after[c]) for c in shared if before[c] != after[c]]
        if changes:
            result.changed.append(RowChange(key, changes))
    return result


def diff_schemas(old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    """Changes between two descriptors' table schemas, each marked breaking or not."""
    old_res = {r["name"]: r["schema"] for r in old["resources"]}
    new_res = {r["name"]: r["schema"] for r in new["resources"]}
    changes = [
        SchemaChange(t, "table removed", True) for t in sorted(old_res.keys() - new_res.keys())
    ]
    changes += [
        SchemaChange(t, "table added", False) for t in sorted(new_res.keys() - old_res.keys())
    ]
    for table in [t for t in new_res if t in old_res]:
        before, after = old_res[table], new_res[table]
        old_fields = {f["name"]: f for f in before["fields"]}
        new_fields = {f["name"]: f for f in after["fields"]}
        for name in old_fields:
            if name not in new_fields:
                changes.append(SchemaChange(table, f"field `{name}` removed", True))
        for name, new_field in new_fields.items():
            old_field = old_fields.get(name)
            if old_field is None:
                changes.append(SchemaChange(table, f"field `{name}` added", False))
            elif old_field["type"] != new_field["type"]:
                changes.append(SchemaChange(
                    table, f"field `{name}` type {old_field['type']} -> {new_field['type']}", True
                ))  # fmt: skip
            elif old_field.get("constraints", {}) != new_field.get("constraints", {}):
                changes.append(SchemaChange(table, f"field `{name}` constraints changed", False))
            elif old_field != new_field:
                changes.append(SchemaChange(table, f"field `{name}` documentation changed", False))
        kept_old = [n for n in old_fields if n in new_fields]
        kept_new = [n for n in new_fields if n in old_fields]
        if kept_old != kept_new:
            changes.append(SchemaChange(table, "columns reordered", True))
        if before.get("primaryKey") != after.get("primaryKey"):
            changes.append(SchemaChange(
                table, f"primary key {before.get('primaryKey')} -> {after.get('primaryKey')}", True
            ))  # fmt: skip
        if before.get("foreignKeys") != after.get("foreignKeys"):
            changes.append(SchemaChange(table, "foreign keys changed", False))
    return changes


def diff_checks(old: list[Row], new: list[Row]) -> list[CheckChange]:
    """Checks that did not exist before, and check rows that fail now but did not."""
    old_ids = {r.get("check_id", "") for r in old}
    old_passed = {(r.get("check_id", ""), r.get("contest_id", "")): r.get("passed") for r in old}
    changes = []
    for check_id in sorted({r.get("check_id", "") for r in new} - old_ids):
        rows = [r for r in new if r.get("check_id", "") == check_id]
        failing = sum(r.get("passed") == "false" for r in rows)
        changes.append(CheckChange("new check", check_id, rows[0].get("severity", ""), "",
                                   f"{len(rows)} row(s), {failing} failing"))  # fmt: skip
    for row in sorted(new, key=lambda r: (r.get("check_id", ""), r.get("contest_id", ""))):
        key = (row.get("check_id", ""), row.get("contest_id", ""))
        if row.get("passed") == "false" and old_passed.get(key) != "false" and key[0] in old_ids:
            changes.append(
                CheckChange(
                    "newly failing", key[0], row.get("severity", ""), key[1], row.get("detail", "")
                )
            )
    return changes


def _without_version(text: str, version: str) -> str:
    return text.replace(version, "{version}") if version else text


def _descriptor_metadata(desc: dict[str, Any]) -> dict[str, Any]:
    """The descriptor without its version and without what the row and schema diffs cover."""
    skip_package = {"version", "resources", "kzvotes:formats"}
    skip_resource = {"bytes", "hash", "schema", "kzvotes:parquet"}
    meta = {k: v for k, v in desc.items() if k not in skip_package}
    meta["resources"] = [
        {k: v for k, v in r.items() if k not in skip_resource} for r in desc["resources"]
    ]
    return meta


def diff_packages(old: Path, new: Path) -> PackageDiff:
    """The diff between two package folders (see :func:`open_package` for zips)."""
    old_desc, new_desc = read_descriptor(old), read_descriptor(new)
    old_res = {r["name"]: r for r in old_desc["resources"]}
    tables, counts = [], {}
    old_checks: list[Row] = []
    new_checks: list[Row] = []
    for resource in new_desc["resources"]:
        name = resource["name"]
        new_rows = read_rows(new, resource)
        counts[name] = len(new_rows)
        old_rows = read_rows(old, old_res[name]) if name in old_res else []
        key = list(resource["schema"]["primaryKey"])
        if old_rows and not all(k in old_rows[0] for k in key):
            old_rows = []  # the key changed: every row counts as new (and the change as major)
        tables.append(diff_rows(name, key, old_rows, new_rows))
        if name == "checks":
            old_checks, new_checks = old_rows, new_rows
    for name in old_res.keys() - {r["name"] for r in new_desc["resources"]}:
        key = list(old_res[name]["schema"]["primaryKey"])
        tables.append(diff_rows(name, key, read_rows(old, old_res[name]), []))
    metadata = []
    if _descriptor_metadata(old_desc) != _descriptor_metadata(new_desc):
        metadata.append("datapackage.json (package metadata)")
    old_readme, new_readme = _readme(old), _readme(new)
    if _without_version(old_readme, str(old_desc.get("version", ""))) != _without_version(
        new_readme, str(new_desc.get("version", ""))
    ):
        metadata.append("README.md (data dictionary)")
    return PackageDiff(
        old_version=str(old_desc.get("version", "")),
        new_version=str(new_desc.get("version", "")),
        tables=tables,
        schema=diff_schemas(old_desc, new_desc),
        checks=diff_checks(old_checks, new_checks),
        metadata=metadata,
        row_counts=counts,
    )


def _readme(package: Path) -> str:
    path = package / "README.md"
    try:
        return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    except OSError as err:
        raise PackageError(f"{path}: cannot read: {err.strerror or err}") from None


def diff_paths(old: Path, new: Path) -> PackageDiff:
    """The diff between two packages, each a folder or a release zip."""
    with open_package(old) as old_dir, open_package(new) as new_dir:
        return diff_packages(old_dir, new_dir)


def propose_bump(diff: PackageDiff) -> tuple[str, str] | None:
    """``(bump, why)`` for a diff, or ``None`` when nothing changed."""
    breaking = [f"{c.table}: {c.detail}" for c in diff.schema if c.breaking]
    if breaking:
        return "major", "schema changes that break readers: " + "; ".join(breaking)
    additive = [f"{c.table}: {c.detail}" for c in diff.schema if not c.breaking]
    added = {t.table: len(t.added) for t in diff.tables if t.added}
    if additive or added:
        parts = []
        if added:
            parts.append("new rows (" + ", ".join(f"{t} +{n}" for t, n in added.items()) + ")")
        if additive:
            parts.append("schema additions (" + "; ".join(additive) + ")")
        return "minor", " and ".join(parts)
    corrected = {
        t.table: (len(t.changed), len(t.removed)) for t in diff.tables if t.changed or t.removed
    }
    if corrected or diff.checks or diff.metadata:
        parts = [
            f"{t} {c} changed" + (f", {r} removed" if r else "") for t, (c, r) in corrected.items()
        ]
        if diff.checks:
            parts.append(f"{len(diff.checks)} check change(s)")
        parts += [f"{m} changed" for m in diff.metadata]
        return "patch", "corrections only: " + "; ".join(parts)
    return None


def bump_version(version: str, bump: str) -> str:
    """``1.2.3`` bumped by ``major``, ``minor`` or ``patch``."""
    major, minor, patch = parse_version(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ConfigError(f"unknown bump {bump!r}: use one of {', '.join(BUMPS)}")


def parse_version(version: str) -> tuple[int, int, int]:
    """``"1.2.3"`` as ``(1, 2, 3)``; anything else is a :class:`ConfigError`."""
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ConfigError(f"{version!r} is not a version like 1.2.3")
    return int(parts[0]), int(parts[1]), int(parts[2])


def _cell(value: str) -> str:
    text = value if value != "" else EMPTY
    return text.replace("|", "/").replace("\n", " ")


def _key(key: Key) -> str:
    return "`" + " | ".join(key) + "`"


def _row_summary(row: Row, key_fields: list[str]) -> str:
    values = [f"{k}={_cell(v)}" for k, v in row.items() if v != "" and k not in key_fields]
    return ", ".join(values)


def _listed(lines: list[str], total: int) -> list[str]:
    return lines[:MAX_LISTED] + (
        [f"- ... and {total - MAX_LISTED} more"] if total > MAX_LISTED else []
    )


def render_diff(diff: PackageDiff, *, heading: str = "###", rows: bool = True) -> str:
    """Markdown: schema changes, check changes, then row-level changes per table."""
    out = [f"{heading} Schema changes", ""]
    out += [
        f"- `{c.table}`: {c.detail}{' (breaking)' if c.breaking else ''}" for c in diff.schema
    ] or ["None."]
    out += ["", f"{heading} Checks", ""]
    check_lines = [
        f"- {c.kind}: `{c.check_id}` ({c.severity})"
        + (f" on `{c.contest_id}`" if c.contest_id else "")
        + (f": {c.detail}" if c.detail else "")
        for c in diff.checks
    ]
    out += _listed(check_lines, len(check_lines)) or ["No new or newly failing checks."]
    if diff.metadata:
        out += ["", f"{heading} Other changes", ""] + [f"- {m}" for m in diff.metadata]
    out += ["", f"{heading} Rows", ""]
    changed_tables = [t for t in diff.tables if not t.is_empty()]
    if not changed_tables:
        out += ["No row changed.", ""]
    for table in changed_tables:
        out += [f"{heading}# `{table.table}`: {len(table.added)} added, {len(table.removed)} removed, "
                f"{len(table.changed)} changed", ""]  # fmt: skip
        if not rows:
            continue
        out += _listed([f"- added {_key(k)}: {_row_summary(r, table.key_fields)}" for k, r in table.added],
                       len(table.added))  # fmt: skip
        out += _listed([f"- removed {_key(k)}" for k, _ in table.removed], len(table.removed))
        out += _listed([
            f"- changed {_key(c.key)}: " + "; ".join(f"`{f}` {_cell(a)} -> {_cell(b)}" for f, a, b in c.changes)
            for c in table.changed
        ], len(table.changed))  # fmt: skip
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
