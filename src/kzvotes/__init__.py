"""kzvotes: open data on Kazakhstan's direct akim elections.

Stages flow one way (see README), one package each: :mod:`~kzvotes.fetch` ->
:mod:`~kzvotes.archive` -> :mod:`~kzvotes.parse` -> :mod:`~kzvotes.extract` ->
:mod:`~kzvotes.build` -> :mod:`~kzvotes.publish`, then :mod:`kzvotes.release`. Only
:mod:`kzvotes.pipeline` knows their order.
"""

# Static, so `kzvotes --help` and `--version` need no importlib.metadata (tens of ms);
# tests/hardening/test_startup.py keeps it equal to pyproject.toml's version.
__version__ = "0.1.0"
