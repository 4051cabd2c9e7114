"""The raw archive: write-once, content-addressed bytes and their manifest.

:mod:`kzvotes.archive.store` keeps the bytes; :mod:`kzvotes.archive.sources` reads the
stored documents back as the build's :class:`~kzvotes.archive.sources.ArchivedSource` list.
"""
