from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def small_ledger(tmp_path: Path) -> Path:
    """A writable copy of the small real ledger."""
    target = tmp_path / "ledger"
    shutil.copytree(FIXTURES / "ledger_small", target)
    return target
