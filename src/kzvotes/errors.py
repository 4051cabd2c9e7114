"""The project's named errors; the CLI maps each to an exit code and a message, once.

Hierarchy::

    KzvotesError                 anything kzvotes reports to a user
    ├── ConfigError              a bad option, catalog entry or path (exit code 2: usage)
    ├── ExtractError             a file given to `extract` is not a text document (exit code 2)
    ├── LedgerError              a ledger file or row that cannot be read (file, line, column)
    ├── ArchiveError             the raw archive is missing, corrupt or inconsistent
    │   └── IntegrityError       stored bytes no longer match their sha256
    ├── FetchError               a document could not be fetched (url, reason)
    ├── PackageError             a package or release zip cannot be read, or may not be replaced
    │   └── BuildLocked          another build holds the package's lock
    ├── ValidationFailed         schema or hard election-arithmetic failures
    └── ReleaseError             a release was refused

Exit codes: 2 when the command line is wrong (an option, or a path that is not what the
command takes), 1 when the data is (every other error). Every error carries its context as
attributes and renders it in ``str()``, so a message always names the file, URL or row that
caused it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


class KzvotesError(Exception):
    """Base class: an error kzvotes reports to its user without a traceback."""

    exit_code = 1


class ConfigError(KzvotesError):
    """A bad option, catalog entry or path."""

    exit_code = 2


@dataclass(frozen=True)
class LedgerProblem:
    """One thing wrong with one ledger row."""

    path: Path
    row: int  # 1-based line number in the file, the header being line 1
    column: str
    message: str
    contest_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.row}"
        if self.column:
            where += f" [{self.column}]"
        contest = f" (contest {self.contest_id})" if self.contest_id else ""
        return f"{where}{contest}: {self.message}"


class LedgerError(KzvotesError):
    """One or more ledger rows cannot be read; ``problems`` lists every one."""

    def __init__(self, problems: Sequence[LedgerProblem]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the ledger:\n{lines}")


class ArchiveError(KzvotesError):
    """The raw archive is missing, corrupt or inconsistent."""


class IntegrityError(ArchiveError):
    """Stored bytes no longer match the sha256 they are named by."""

    def __init__(self, path: Path, expected: str, actual: str) -> None:
        self.path, self.expected, self.actual = path, expected, actual
        super().__init__(f"{path}: sha256 is {actual}, expected {expected}")


class FetchError(KzvotesError):
    """A document could not be fetched."""

    def __init__(self, url: str, reason: str) -> None:
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")


class ExtractError(KzvotesError):
    """A document could not be parsed into text."""

    exit_code = 2


class PackageError(KzvotesError):
    """A package folder or release zip cannot be read, or may not be replaced."""


class BuildLocked(PackageError):
    """Another build or release holds the package's lock past the bounded wait."""


@dataclass(frozen=True)
class Failure:
    """One failed check: which table and row, which rule, and why."""

    table: str
    rule: str
    detail: str
    row_key: str = ""
    origin: str = ""  # ledger file and row, or source document, where known

    def __str__(self) -> str:
        key = f" {self.row_key}" if self.row_key else ""
        origin = f" [{self.origin}]" if self.origin else ""
        return f"{self.table}{key}: {self.rule}: {self.detail}{origin}"


class ValidationFailed(KzvotesError):
    """Schema or hard election-arithmetic failures; ``failures`` lists them all."""

    def __init__(self, failures: Sequence[Failure], where: str = "") -> None:
        self.failures = list(failures)
        head = f"{len(self.failures)} validation failure(s)" + (f" in {where}" if where else "")
        lines = "\n".join(f"  {f}" for f in self.failures[:200])
        more = "" if len(self.failures) <= 200 else f"\n  ... and {len(self.failures) - 200} more"
        super().__init__(f"{head}:\n{lines}{more}")


class ReleaseError(KzvotesError):
    """A release was refused."""
