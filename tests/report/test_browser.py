"""The site in a real browser: Debian's Chromium, driven by Playwright, headless.

Screenshots of the overview and a contest page are kept in pytest's temporary folder and
checked to show something (size and pixel spread); the pages must log no console error
and every image must load.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from report_helpers import BOKEYORDA

from kzvotes.report.views import contest_slug

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium on this machine (`make browser` installs Debian's package)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        # root in a container: Chromium's sandbox needs user namespaces it may not have
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def open_page(browser: Any, url: str, screenshot: Path) -> tuple[list[str], Any]:
    """Open ``url``, wait for it, take a full-page screenshot; return the errors logged and the page."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: errors.append(f"failed: {request.url}"))
    page.goto(url, wait_until="load")
    page.screenshot(path=str(screenshot), full_page=True)
    return errors, page


def assert_not_blank(screenshot: Path) -> None:
    from PIL import Image, ImageStat

    with Image.open(screenshot) as image:
        width, height = image.size
        assert width >= 1000 and height >= 900, image.size
        grey = image.convert("L")
        assert ImageStat.Stat(grey).stddev[0] > 20, "the page is (almost) one colour"
        assert len(grey.getcolors(maxcolors=256) or range(256)) > 20, (
            "too few shades for text and charts"
        )


def images_loaded(page: Any) -> bool:
    return bool(
        page.evaluate("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
    )


def test_overview_renders_with_charts_and_no_console_error(
    browser: Any, site_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    screenshot = tmp_path_factory.mktemp("screenshots") / "overview-ru.png"
    errors, page = open_page(browser, (site_dir / "ru" / "index.html").as_uri(), screenshot)
    assert errors == []
    assert page.title().endswith("Выборы акимов в Казахстане")
    assert page.locator("figure.chart img").count() >= 4
    assert images_loaded(page)
    assert_not_blank(screenshot)
    page.close()


def test_contest_page_renders_its_candidates_and_sources(
    browser: Any, site_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    screenshot = tmp_path_factory.mktemp("screenshots") / "contest-en.png"
    url = (site_dir / "en" / "contests" / f"{contest_slug(BOKEYORDA)}.html").as_uri()
    errors, page = open_page(browser, url, screenshot)
    assert errors == []
    assert page.locator("#candidates tbody tr").count() == 4  # three candidates and against all
    assert page.locator("#sources li a[href^='https://']").count() >= 1
    assert images_loaded(page)
    assert_not_blank(screenshot)
    # the language switch leads to the same contest in Kazakh
    page.click("a[hreflang=kk]")
    assert page.url.endswith(f"/kk/contests/{contest_slug(BOKEYORDA)}.html")
    page.close()
