"""Extra formats of the package, written from the same frames as the CSV and Parquet files.

:mod:`kzvotes.publish.formats.sqlite` writes one SQLite database (keys, indexes, column
descriptions); :mod:`kzvotes.publish.formats.xlsx` one workbook for spreadsheet users. Both are
deterministic: the same frames give the same bytes.
"""
