"""One document, one URL: a conditional GET streamed into the archive, or a failure.

A body is stored only when it is whole and real: not empty, not shorter than its
Content-Length, not past the size cap, not an HTML error page served with 200, not an
application shell, and received within the deadline (a server dripping bytes cannot hold a
run). Redirects are followed here, one hop at a time, so that every hop is checked (the
catalog's hosts, private addresses, robots.txt) and counted against the request budget.
Whatever fails leaves the archive's stored versions as they were.

Example::

    >>> # download(client, "https://example.org/x", archive=arc, limiter=HostLimiter(),
    >>> #          policy=RetryPolicy(), max_bytes=20_000_000, previous=None, sleep=time.sleep)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

import httpx

from kzvotes.archive.store import Archive
from kzvotes.fetch.budget import BudgetExhausted, RequestBudget
from kzvotes.fetch.politeness import HostLimiter
from kzvotes.fetch.retry import (
    RETRYABLE_ERRORS,
    RetryableStatus,
    RetryPolicy,
    call_with_retries,
    parse_retry_after,
)
from kzvotes.parse.charset import document_charset
from kzvotes.parse.shell import SHELL_HINT, is_app_shell

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_DEADLINE = 120.0  # seconds for one whole response, body included
MAX_REDIRECTS = 5
_HEAD_BYTES = 65536  # kept in memory for charset sniffing and the error-page check
_ERROR_HEAD_BYTES = 4096  # read from a refusal's body (the portal names its reason there)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

# Titles of error pages that some servers send with status 200.
_ERROR_TITLE = re.compile(
    r"\b(?:40[0-9]|50[0-9])\b.*(?:error|not found|ошибка|не найден|forbidden)"
    r"|(?:error|ошибка|қате)\s*40[0-9]"
    r"|page not found|not found|страница не найдена|страница не существует|файл не найден"
    r"|бет табылмады|парақ табылмады|беттер табылмады"
    r"|internal server error|service unavailable|bad gateway|access denied|доступ запрещ",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Previous:
    """The stored version of a URL that a conditional request checks against."""

    sha256: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Request:
    """What to send: a URL, and for the portal's API a method, headers and a body."""

    url: str
    method: str = "GET"
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None


HopCheck = Callable[[str], str | None]  # a redirect target -> why it is refused, or None


@dataclass(frozen=True)
class Download:
    """What one URL gave: a stored sha256, an unchanged 304, or an ``error``."""

    url: str
    final_url: str | None = None
    status: int | None = None
    sha256: str | None = None
    size: int = 0
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    not_modified: bool = False
    transferred: int = 0  # body bytes over the wire, across attempts
    unreachable: bool = False
    shell: bool = False  # an application shell: not stored, not a document
    refused: bool = False  # a redirect hop was refused (catalog hosts, private, robots)
    budget_exhausted: bool = False
    error_head: bytes = b""  # the first bytes of a refusal's body


class _Failed(Exception):
    def __init__(
        self,
        reason: str,
        response: httpx.Response | None = None,
        size: int = 0,
        *,
        shell: bool = False,
        refused: bool = False,
        error_head: bytes = b"",
    ):
        super().__init__(reason)
        self.reason, self.response, self.size = reason, response, size
        self.shell, self.refused, self.error_head = shell, refused, error_head


def download(
    client: httpx.Client,
    url: str | Request,
    *,
    archive: Archive,
    limiter: HostLimiter,
    policy: RetryPolicy,
    max_bytes: int,
    previous: Previous | None,
    sleep: Callable[[float], None],
    hop_check: HopCheck | None = None,
    budget: RequestBudget | None = None,
    deadline: float = DEFAULT_DEADLINE,
    store: bool = True,
) -> Download:
    """Send ``url`` (conditionally when ``previous`` is known) and store a good body.

    ``hop_check`` vets every redirect target; ``budget`` is charged once per request sent
    (each hop is one); ``deadline`` bounds one whole response, body included; with
    ``store`` False the body is checked but not kept (the portal's session step).
    """
    request = url if isinstance(url, Request) else Request(url)
    headers: dict[str, str] = dict(request.headers)
    if previous is not None:
        if previous.etag:
            headers["If-None-Match"] = previous.etag
        if previous.last_modified:
            headers["If-Modified-Since"] = previous.last_modified
    transferred = 0

    def attempt() -> Download:
        nonlocal transferred
        current = replace(request, headers=tuple(headers.items()))
        for _ in range(MAX_REDIRECTS + 1):
            if budget is not None and not budget.take():
                raise BudgetExhausted
            host = urlsplit(current.url).hostname or ""
            due = time.monotonic() + deadline
            with (
                limiter.slot(host),
                client.stream(
                    current.method,
                    current.url,
                    headers=dict(current.headers),
                    content=current.body,
                    follow_redirects=False,
                ) as response,
            ):
                try:
                    location = response.headers.get("Location")
                    if response.status_code in _REDIRECTS and location:
                        current = _next_hop(current, response.status_code, location, hop_check)
                        continue
                    return _receive(
                        response, request.url, archive, max_bytes, previous, due, deadline, store
                    )
                finally:
                    transferred += response.num_bytes_downloaded
        raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects from {request.url}")

    url = request.url
    try:
        result = call_with_retries(attempt, policy, sleep=sleep)
    except BudgetExhausted:
        return Download(url, error="not sent: the request budget is used up", budget_exhausted=True)
    except RetryableStatus as err:
        return Download(
            url,
            status=err.status,
            error=f"HTTP {err.status} (gave up retrying)",
            transferred=transferred,
        )
    except _Failed as err:
        response = err.response
        return Download(
            url,
            final_url=str(response.url) if response is not None else None,
            status=response.status_code if response is not None else None,
            size=err.size,
            content_type=response.headers.get("Content-Type") if response is not None else None,
            error=err.reason,
            transferred=transferred,
            shell=err.shell,
            refused=err.refused,
            error_head=err.error_head,
        )
    except RETRYABLE_ERRORS as err:
        reachable = not isinstance(err, httpx.ConnectError | httpx.ConnectTimeout)
        return Download(
            url, error=_describe(err), transferred=transferred, unreachable=not reachable
        )
    except httpx.TooManyRedirects as err:
        return Download(
            url, error=f"redirect loop or too many redirects: {err}", transferred=transferred
        )
    except httpx.RemoteProtocolError as err:
        return Download(
            url, error=f"truncated or malformed response: {err}", transferred=transferred
        )
    except httpx.HTTPError as err:
        return Download(url, error=_describe(err), transferred=transferred)
    return replace(result, transferred=transferred)


def _next_hop(current: Request, status: int, location: str, hop_check: HopCheck | None) -> Request:
    target = urljoin(current.url, location.strip())
    refusal = hop_check(target) if hop_check is not None else None
    if refusal is not None:
        raise _Failed(f"redirect to {target} refused: {refusal}", refused=True)
    if status == 303 or (status in (301, 302) and current.method == "POST"):
        return Request(target, "GET", current.headers)  # the body is not sent again
    return replace(current, url=target)


def _chunks(response: httpx.Response, due: float, deadline: float) -> Iterator[bytes]:
    """The body's chunks, failing once the whole response takes longer than ``deadline``."""
    for chunk in response.iter_bytes():
        if time.monotonic() > due:
            raise _Failed(
                f"too slow: the response did not arrive whole within {deadline:g} s", response
            )
        yield chunk


def _receive(
    response: httpx.Response,
    url: str,
    archive: Archive,
    max_bytes: int,
    previous: Previous | None,
    due: float,
    deadline: float,
    store: bool,
) -> Download:
    status = response.status_code
    if status == 304 and previous is not None:
        return Download(
            url,
            final_url=str(response.url),
            status=304,
            sha256=previous.sha256,
            etag=response.headers.get("ETag") or previous.etag,
            last_modified=response.headers.get("Last-Modified") or previous.last_modified,
            not_modified=True,
        )
    if status == 429 or 500 <= status <= 599:
        raise RetryableStatus(status, parse_retry_after(response.headers.get("Retry-After")))
    if status != 200:
        head = bytearray()
        for chunk in _chunks(response, due, deadline):
            head += chunk
            if len(head) >= _ERROR_HEAD_BYTES:
                break
        raise _Failed(f"HTTP {status}", response, error_head=bytes(head[:_ERROR_HEAD_BYTES]))
    declared = _content_length(response)
    if declared is not None and declared > max_bytes:
        raise _Failed(
            f"too large: Content-Length {declared} exceeds the cap of {max_bytes}", response
        )
    content_type = response.headers.get("Content-Type")
    with archive.incoming() as incoming:
        head = bytearray()
        for chunk in _chunks(response, due, deadline):
            incoming.write(chunk)
            if len(head) < _HEAD_BYTES:
                head += chunk[: _HEAD_BYTES - len(head)]
            if incoming.size > max_bytes:
                raise _Failed(
                    f"too large: more than the cap of {max_bytes} bytes", response, incoming.size
                )
        encoded = bool(response.headers.get("Content-Encoding", "identity") != "identity")
        if declared is not None and not encoded and response.num_bytes_downloaded < declared:
            raise _Failed(
                f"truncated: {response.num_bytes_downloaded} of {declared} bytes",
                response,
                incoming.size,
            )
        if incoming.size == 0:
            raise _Failed("empty body", response)
        charset = document_charset(content_type, bytes(head))
        if _is_error_page(content_type, bytes(head), charset):
            raise _Failed("an error page served with status 200", response, incoming.size)
        if incoming.size <= _HEAD_BYTES and _is_shell(content_type, bytes(head), charset):
            raise _Failed(SHELL_HINT, response, incoming.size, shell=True)
        if not store:
            return Download(url, final_url=str(response.url), status=status, size=incoming.size)
        sha = incoming.commit()
        size = incoming.size
    return Download(
        url,
        final_url=str(response.url),
        status=status,
        sha256=sha,
        size=size,
        content_type=content_type,
        charset=charset,
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
    )


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length")
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


def _is_error_page(content_type: str | None, head: bytes, charset: str | None) -> bool:
    mime = (content_type or "").split(";")[0].strip().lower()
    sniffed_html = head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))
    if "html" not in mime and not (not mime and sniffed_html):
        return False
    from selectolax.lexbor import LexborHTMLParser

    text = head.decode(charset or "utf-8", "replace")
    tree = LexborHTMLParser(text)
    title = tree.css_first("title")
    heading = tree.css_first("h1")
    for node in (title, heading if title is None else None):
        if node is not None and _ERROR_TITLE.search(node.text(strip=True)):
            return True
    return False


def _is_shell(content_type: str | None, head: bytes, charset: str | None) -> bool:
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and "html" not in mime:
        return False
    text = head.decode(charset or "utf-8", "replace")
    return "<" in text[:1000] and is_app_shell(text)


def _describe(err: Exception) -> str:
    text = str(err)
    return f"{type(err).__name__}: {text}" if text else type(err).__name__
