from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzvotes.pipeline import build

LEDGER_SMALL = Path(__file__).parents[1] / "build" / "fixtures" / "ledger_small"


@pytest.fixture(scope="session")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package built from the small real ledger, with release files beside it (read only)."""
    package = build(LEDGER_SMALL, None, tmp_path_factory.mktemp("built")).package_dir
    (package / "releases").mkdir()
    (package / "releases" / "kz-akim-elections-1.0.0.zip").write_bytes(b"a release zip")
    (package / "releases.json").write_text(
        '{"releases": [{"version": "1.0.0"}]}\n', encoding="utf-8"
    )
    (package / "CHANGELOG.md").write_text("# Changelog\n\n## 1.0.0\n", encoding="utf-8")
    return package


@pytest.fixture
def output(tmp_path: Path, built_once: Path) -> Path:
    """A writable folder holding a copy of the package, as `kzvotes build --output` takes."""
    folder = tmp_path / "out"
    shutil.copytree(built_once, folder / "kz-akim-elections")
    return folder


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    """A writable copy of the small real ledger."""
    target = tmp_path / "ledger"
    shutil.copytree(LEDGER_SMALL, target)
    return target
