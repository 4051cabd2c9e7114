"""kzvotes: open data on Kazakhstan's direct akim elections.

Stages flow one way (see README): catalog -> fetch -> archive -> parse -> extract ->
ledger -> reconcile -> normalize -> validate -> package -> release. Only
:mod:`kzvotes.pipeline` knows their order.
"""

# Static, so `kzvotes --help` and `--version` need no importlib.metadata (tens of ms);
# tests/hardening/test_cli_errors.py keeps it equal to pyproject.toml's version.
__version__ = "0.1.0"
