"""The publish stage: tables to a Frictionless data package, its formats, and its checks.

:mod:`~kzvotes.publish.package` writes the package and its formats
(:mod:`~kzvotes.publish.formats`), :mod:`~kzvotes.publish.publication` swaps it into place
atomically, :mod:`~kzvotes.publish.validate` checks everything published and
:mod:`~kzvotes.publish.diff` compares two packages.
"""
