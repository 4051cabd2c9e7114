"""Which addresses a run may reach: the catalog's hosts only, and no private network.

Every request, and every hop of a redirect, is checked: a host the catalog does not name
is refused, and so is a host that resolves to a loopback, link-local, private or otherwise
non-public address, unless a catalog entry for that host says ``allow_private = true``
(a test site on 127.0.0.1, a mirror on the local network).

Example::

    >>> guard = HostGuard(frozenset({"example.org"}), frozenset())
    >>> guard.refusal("https://elsewhere.net/a")
    'host elsewhere.net is not in the catalog'
    >>> HostGuard(frozenset({"127.0.0.1"}), frozenset()).refusal("http://127.0.0.1:8080/")
    'host 127.0.0.1 is a private or loopback address (allow_private = true in the catalog allows it)'
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from kzvotes.fetch.catalog import host_key

Resolver = Callable[[str], list[str]]


def resolve_addresses(host: str) -> list[str]:
    """The IP addresses ``host`` resolves to (empty when it does not resolve)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet.

    >>> is_public("8.8.8.8"), is_public("10.1.2.3"), is_public("169.254.1.1"), is_public("::1")
    (True, False, False, False)
    """
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class HostGuard:
    """Refuses URLs outside the catalog's hosts or on private addresses (cached per host)."""

    def __init__(
        self,
        hosts: frozenset[str],
        private_hosts: frozenset[str],
        resolve: Resolver = resolve_addresses,
    ) -> None:
        self._hosts, self._private_hosts, self._resolve = hosts, private_hosts, resolve
        self._verdicts: dict[str, str | None] = {}
        self._lock = threading.Lock()

    def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be requested, or None when it may."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host:
            return f"not an http(s) address: {url}"
        if host_key(url) not in self._hosts:
            return f"host {host} is not in the catalog"
        if host_key(url) in self._private_hosts:
            return None
        with self._lock:
            if host in self._verdicts:
                return self._verdicts[host]
        verdict = self._check_addresses(host)  # resolved outside the lock: hosts in parallel
        with self._lock:
            return self._verdicts.setdefault(host, verdict)

    def _check_addresses(self, host: str) -> str | None:
        try:
            addresses = [str(ipaddress.ip_address(host.strip("[]")))]
        except ValueError:
            addresses = self._resolve(host)  # a name that does not resolve fails later, as usual
        if any(not is_public(a) for a in addresses):
            return (
                f"host {host} is a private or loopback address "
                "(allow_private = true in the catalog allows it)"
            )
        return None
