"""A local test site on 127.0.0.1: the synthetic pages of ``site/`` and generated faults.

A threaded ``http.server`` that answers conditional requests (ETag, Last-Modified), counts
requests and body bytes per path, and can be changed while it runs (``set_page``). Slow
handlers wait on an event that ``stop()`` sets, so no thread outlives a test.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

SITE_DIR = Path(__file__).parent / "site"
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)

# URL (path and query) -> file under site/
PAGES = {
    "/rus/news/releases/": "rus/list1.html",
    "/rus/news/releases/?PAGEN_1=1": "rus/list1.html",
    "/rus/news/releases/?PAGEN_1=2": "rus/list2.html",
    "/rus/news/releases/?PAGEN_1=3": "rus/list3.html",
    **{
        f"/rus/news/releases/index.php?ID={n}": f"rus/{n}.html"
        for n in (101, 102, 103, 95, 94, 50, 49)
    },
    "/kaz/news/releases/": "kaz/list1.html",
    "/kaz/news/releases/index.php?ID=101": "kaz/101.html",
    "/kaz/news/releases/index.php?ID=103": "kaz/103.html",
    "/eng/news/releases/": "eng/list1.html",
    "/eng/news/releases/index.php?ID=101": "eng/101.html",
    "/eng/news/releases/index.php?ID=103": "eng/103.html",
    "/memleket/entities/test-akimat/press/news?lang=ru": "portal/news.html",
    "/memleket/entities/test-akimat/press/news/details/5001?lang=ru": "portal/5001.html",
    "/memleket/entities/test-akimat/press/news/details/5002?lang=ru": "portal/5002.html",
    "/private/secret.html": "misc/private.html",
}

ROBOTS_DISALLOW_PRIVATE = b"User-agent: *\nDisallow: /private/\n"

# What a listing crawl of the whole site keeps (titles about akim election results).
WANTED_DOCUMENTS = (
    "/rus/news/releases/index.php?ID=101",
    "/rus/news/releases/index.php?ID=95",
    "/rus/news/releases/index.php?ID=50",
    "/rus/news/releases/index.php?ID=49",
    "/kaz/news/releases/index.php?ID=101",
    "/eng/news/releases/index.php?ID=101",
    "/memleket/entities/test-akimat/press/news/details/5001?lang=ru",
)


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    etag: bool = True
    last_modified: bool = True


Handler = Callable[["_RequestHandler"], None]


class LocalSite:
    """Serve the synthetic site on 127.0.0.1; use as a context manager."""

    def __init__(self, robots: bytes | None = ROBOTS_DISALLOW_PRIVATE) -> None:
        self.pages: dict[str, Page] = {
            url: Page((SITE_DIR / name).read_bytes()) for url, name in PAGES.items()
        }
        if robots is not None:
            self.pages["/robots.txt"] = Page(robots, "text/plain", etag=False)
        self.pages["/misc/cp1251.html"] = Page(
            (SITE_DIR / "misc/cp1251.html").read_bytes(), content_type="text/html"
        )
        self.handlers: dict[str, Handler] = {}
        self.prefixes: dict[str, Handler] = {}  # path prefix -> handler (an API, a feed)
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []  # method, path, ...
        self.hits: Counter[str] = Counter()
        self.body_bytes: Counter[str] = Counter()
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _RequestHandler)
        self._server.daemon_threads = True
        self._server.site = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def set_page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8"):
        with self._lock:
            self.pages[path] = Page(body, content_type)

    def add_handler(self, path: str, handler: Handler) -> None:
        self.handlers[path] = handler

    def add_prefix(self, prefix: str, handler: Handler) -> None:
        """Serve every path (and query) that starts with ``prefix`` by ``handler``."""
        self.prefixes[prefix] = handler

    def count(self, path: str, nbytes: int) -> None:
        with self._lock:
            self.body_bytes[path] += nbytes

    def document_bytes_sent(self) -> int:
        """Body bytes sent for everything but robots.txt."""
        return sum(n for path, n in self.body_bytes.items() if path != "/robots.txt")

    def reset_counters(self) -> None:
        with self._lock:
            self.hits.clear()
            self.body_bytes.clear()

    def start(self) -> LocalSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> LocalSite:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kzvotes-test-site"

    @property
    def site(self) -> LocalSite:
        return self.server.site  # type: ignore[attr-defined,no-any-return]

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet

    def do_POST(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        site = self.site
        length = int(self.headers.get("Content-Length") or 0)
        self.request_body = self.rfile.read(length) if length else b""
        with site._lock:
            site.hits[self.path] += 1
            site.requests.append(
                (self.command, self.path, dict(self.headers.items()), self.request_body)
            )
        try:
            handler = site.handlers.get(self.path) or next(
                (h for prefix, h in site.prefixes.items() if self.path.startswith(prefix)), None
            )
            if handler is not None:
                handler(self)
                return
            page = site.pages.get(self.path)
            if page is None:
                self.send_body(404, b"<html><head><title>404 Not Found</title></head></html>")
                return
            self.send_page(page)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True

    def send_page(self, page: Page) -> None:
        etag = '"' + hashlib.sha256(page.body).hexdigest()[:16] + '"'
        if page.etag and self.headers.get("If-None-Match") == etag:
            self.send_empty(304, {"ETag": etag})
            return
        if (
            page.last_modified
            and not page.etag
            and self.headers.get("If-Modified-Since") == LAST_MODIFIED
        ):
            self.send_empty(304, {"Last-Modified": LAST_MODIFIED})
            return
        headers = {}
        if page.etag:
            headers["ETag"] = etag
        if page.last_modified:
            headers["Last-Modified"] = LAST_MODIFIED
        self.send_body(200, page.body, page.content_type, headers)

    def send_empty(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if status != 304:
            self.send_header("Content-Length", "0")
        self.end_headers()

    def send_body(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
        self.site.count(self.path, len(body))

    def stream(
        self,
        total: int,
        *,
        chunk: int = 65536,
        content_length: int | None = None,
        delay: float = 0.0,
        on_chunk: Callable[[int], None] | None = None,
    ) -> None:
        """Send ``total`` bytes of filler in chunks, generated, never held in memory."""
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if content_length is not None:
            self.send_header("Content-Length", str(content_length))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        block = b"x" * chunk
        sent = 0
        while sent < total and not self.site.stopping.is_set():
            piece = block[: min(chunk, total - sent)]
            if content_length is None:
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            else:
                self.wfile.write(piece)
            sent += len(piece)
            self.site.count(self.path, len(piece))
            if on_chunk is not None:
                on_chunk(sent)
            if delay:
                self.site.stopping.wait(delay)
        if content_length is None and sent >= total:
            self.wfile.write(b"0\r\n\r\n")
        self.close_connection = True


# -- faults ---------------------------------------------------------------------------------


def flaky(failures: int, body: bytes = b"<html><body>recovered</body></html>") -> Handler:
    """503 ``failures`` times, then 200."""
    state = {"calls": 0}

    def handle(h: _RequestHandler) -> None:
        state["calls"] += 1
        if state["calls"] <= failures:
            h.send_body(503, b"<html><title>503 Service Unavailable</title></html>")
        else:
            h.send_body(200, body)

    return handle


def retry_after(seconds: int, status: int = 429) -> Handler:
    """``status`` with ``Retry-After: seconds`` once, then 200."""
    state = {"calls": 0}

    def handle(h: _RequestHandler) -> None:
        state["calls"] += 1
        if state["calls"] == 1:
            h.send_body(status, b"slow down", "text/plain", {"Retry-After": str(seconds)})
        else:
            h.send_body(200, b"<html><body>after waiting</body></html>")

    return handle


def stall(seconds: float) -> Handler:
    """Say nothing for ``seconds`` (the client's timeout should fire first)."""

    def handle(h: _RequestHandler) -> None:
        h.site.stopping.wait(seconds)
        h.close_connection = True

    return handle


def truncated(declared: int = 1000, sent: int = 400) -> Handler:
    """Promise ``declared`` bytes, send ``sent``, hang up."""

    def handle(h: _RequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(declared))
        h.end_headers()
        h.wfile.write(b"<html>" + b"x" * (sent - 6))
        h.site.count(h.path, sent)
        h.close_connection = True

    return handle


def redirect_to(location: str) -> Handler:
    def handle(h: _RequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


def big(total: int, declare_length: bool) -> Handler:
    """A body of ``total`` bytes, streamed; with or without a Content-Length."""

    def handle(h: _RequestHandler) -> None:
        h.stream(total, content_length=total if declare_length else None)

    return handle


def slow_body(total: int, delay: float, started: threading.Event, after: int) -> Handler:
    """A body trickling out; ``started`` is set once ``after`` bytes are sent."""

    def handle(h: _RequestHandler) -> None:
        def note(sent: int) -> None:
            if sent >= after:
                started.set()

        h.stream(total, chunk=16384, content_length=total, delay=delay, on_chunk=note)

    return handle


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
