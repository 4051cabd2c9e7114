"""Where things live: the repository's data folders and the user's archive.

Paths are computed on demand, never at import time, and every one can be overridden by an
argument or an environment variable so tests run in temporary folders.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_NAME = "kz-akim-elections"
HOME_PAGE = "https://github.com/kzvotes/kzvotes"

# `kzvotes extract` refuses bigger inputs before reading them: a commission message is a
# few KB of text, and extraction of a pasted dump would take minutes.
MAX_EXTRACT_INPUT_BYTES = 4 * 1024 * 1024

_HERE = Path(__file__).resolve().parent


def package_data_dir() -> Path:
    """The folder of data shipped inside the Python package (ledger, gazetteer, catalog)."""
    return _HERE / "data"


def ledger_dir() -> Path:
    """The embedded, hand-checked ledger (``KZVOTES_LEDGER`` overrides it)."""
    override = os.environ.get("KZVOTES_LEDGER")
    return Path(override) if override else package_data_dir() / "ledger"


def schemas_dir() -> Path:
    """The Frictionless Table Schemas: ``schemas/`` in a source tree, or the copy in a wheel."""
    bundled = _HERE / "schemas"
    if bundled.is_dir():
        return bundled
    return _HERE.parents[1] / "schemas"


def repo_root() -> Path:
    """The source tree's root (where ``pyproject.toml`` is), or the working directory."""
    candidate = _HERE.parents[1]
    return candidate if (candidate / "pyproject.toml").is_file() else Path.cwd()


def default_output_dir() -> Path:
    """``datapackages/`` in the source tree (``KZVOTES_OUTPUT`` overrides it)."""
    override = os.environ.get("KZVOTES_OUTPUT")
    return Path(override) if override else repo_root() / "datapackages"


def default_archive_dir() -> Path:
    """The raw archive: ``KZVOTES_ARCHIVE``, else the user data folder (never the repo)."""
    override = os.environ.get("KZVOTES_ARCHIVE")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("kzvotes")) / "archive"


def lock_timeout() -> float:
    """Seconds a build or release waits for another one on the same package
    (``KZVOTES_LOCK_TIMEOUT`` overrides the default of 120)."""
    raw = os.environ.get("KZVOTES_LOCK_TIMEOUT", "")
    try:
        return max(0.0, float(raw)) if raw else 120.0
    except ValueError:
        from kzvotes.errors import ConfigError

        raise ConfigError(f"KZVOTES_LOCK_TIMEOUT={raw!r} is not a number of seconds") from None
