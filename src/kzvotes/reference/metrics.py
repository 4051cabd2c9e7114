"""The controlled vocabulary of summary figures: a printed metric label -> a metric code.

``data/metrics.csv`` is reviewed like the gazetteer: every label the ledger's
``summaries.csv`` uses has one row, its code and, where the mapping needs it, a note.

>>> metric_codes()["contests (districts)"]
'contests_held_district'
"""

from __future__ import annotations

import csv
from functools import cache

from kzvotes.config import package_data_dir

METRICS_FILE = "metrics.csv"


@cache
def metric_codes() -> dict[str, str]:
    """Every known printed label with its metric code."""
    with (package_data_dir() / METRICS_FILE).open(encoding="utf-8", newline="") as handle:
        return {row["metric"]: row["metric_code"] for row in csv.DictReader(handle)}
