"""The package's own sources come from the reviewed data file, not from code."""

from __future__ import annotations

import json
from pathlib import Path

from kzvotes.pipeline import package_sources

DESCRIPTOR = Path(__file__).parents[2] / "datapackages" / "kz-akim-elections" / "datapackage.json"


def test_the_descriptors_sources_are_the_data_files() -> None:
    sources = package_sources()
    assert sources and all(source["title"] for source in sources)
    assert json.loads(DESCRIPTOR.read_text(encoding="utf-8"))["sources"] == sources
