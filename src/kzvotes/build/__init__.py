"""The build stage: ledger and archived facts to tidy, checked tables.

In flow order: :mod:`~kzvotes.build.ledger` and :mod:`~kzvotes.build.archive_facts` give
claims (:mod:`~kzvotes.build.claims`), :mod:`~kzvotes.build.reconcile` picks one value per
field, :mod:`~kzvotes.build.gate` lets through what is checked or corroborated,
:mod:`~kzvotes.build.normalize` shapes the tables and :mod:`~kzvotes.build.arithmetic`
checks them. Only :mod:`kzvotes.pipeline` knows the order.
"""
