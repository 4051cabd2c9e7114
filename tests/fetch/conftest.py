"""Fixtures of the fetch tests; they live in fetch_helpers (a module name no other test
folder uses, so `from fetch_helpers import ...` is never shadowed by another conftest)."""

from fetch_helpers import archive, client, fetch, site, sleeper

__all__ = ["archive", "client", "fetch", "site", "sleeper"]
