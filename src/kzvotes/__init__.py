"""kzvotes: open data on Kazakhstan's direct akim elections.

Stages flow one way (see README): catalog -> fetch -> archive -> parse -> extract ->
ledger -> reconcile -> normalize -> validate -> package -> release. Only
:mod:`kzvotes.pipeline` knows their order.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kzvotes")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
