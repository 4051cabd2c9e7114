from __future__ import annotations

from pathlib import Path

import pytest
from report_helpers import PACKAGE


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the committed package, written once for the session."""
    pytest.importorskip(
        "vl_convert", reason="the report extra is not installed: pip install 'kzvotes[report]'"
    )
    from kzvotes.report.site import write_site

    target = tmp_path_factory.mktemp("report") / "site"
    write_site(PACKAGE, target)
    return target
