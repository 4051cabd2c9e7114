"""Extract one saved file (HTML or plain text) into the JSON shape of ``kzvotes extract``."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from kzvotes.errors import ConfigError, ExtractError


def extract_file(path: Path) -> dict[str, Any]:
    """Parse and extract ``path``; every error names the file.

    ``.txt`` files are plain text; anything else is HTML when its bytes look like markup.
    """
    from kzvotes.extract import extract_document
    from kzvotes.parse import document_text

    try:
        data = path.read_bytes()
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror or err}") from err
    content_type = "text/plain" if path.suffix.lower() in (".txt", ".text") else None
    try:
        doc = document_text(data, content_type=content_type)
    except ExtractError as err:
        raise ExtractError(f"{path}: {err}") from err
    found = extract_document(doc, sha256=hashlib.sha256(data).hexdigest())
    return found.to_json(str(path))
