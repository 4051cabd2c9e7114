"""``kzvotes report``: a static site a journalist can read, written from a built package.

Modules, one job each: :mod:`~kzvotes.report.data` reads the package and joins the measures
of :mod:`kzvotes.build.measures`; :mod:`~kzvotes.report.labels` holds the words (``labels.csv``);
:mod:`~kzvotes.report.views` decides what each page shows; :mod:`~kzvotes.report.charts`
draws Vega-Lite charts rendered to SVG offline; :mod:`~kzvotes.report.site` renders the
templates and writes the folder. No page needs a server, a script or the network.

>>> from kzvotes.report.site import write_site
>>> write_site(Path("datapackages/kz-akim-elections"), Path("site"))  # doctest: +SKIP
"""
