from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzvotes.pipeline import build

LEDGER_SMALL = Path(__file__).parents[1] / "build" / "fixtures" / "ledger_small"


@pytest.fixture
def ledger_copy(tmp_path: Path) -> Path:
    """A writable copy of the small real ledger."""
    target = tmp_path / "ledger"
    shutil.copytree(LEDGER_SMALL, target)
    return target


@pytest.fixture(scope="module")
def small_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package built once from the small ledger (read only)."""
    return build(LEDGER_SMALL, None, tmp_path_factory.mktemp("pkg")).package_dir
