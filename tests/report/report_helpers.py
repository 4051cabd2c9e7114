"""Paths and ids the report's tests share."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "datapackages" / "kz-akim-elections"
BOKEYORDA = "kz-akim-district-2023-11-05/KZ-27/bokeyorda"
