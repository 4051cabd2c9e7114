"""The report's charts: Vega-Lite specifications made with Altair, rendered to SVG offline.

vl-convert renders each specification with its embedded Vega engine, so a page needs no
JavaScript and no network. Each function takes a frame whose label columns are already in
the page's language and returns a chart; :func:`render_svg` turns it into SVG text.

>>> render_svg(bar_chart(frame, category="place", value="margin_pct", title="Margin"))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

WIDTH = 520
ROW_HEIGHT = 22
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
# A palette readable in print and by most colour-blind readers (Okabe–Ito).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]
# Completeness from full to none: dark to pale, "no votes" grey.
COMPLETENESS_COLORS = ["#0072B2", "#56B4E9", "#E69F00", "#C8C8C8"]


def _config(chart: Any) -> Any:
    return (
        chart.configure(font=FONT, background="white")
        .configure_axis(
            labelLimit=280, labelFontSize=12, titleFontSize=12, titleFontWeight="normal"
        )
        .configure_title(anchor="start", fontSize=14, fontWeight="bold")
        .configure_legend(orient="bottom", columns=2, labelLimit=320, labelFontSize=12, title=None)
        .configure_view(stroke=None)
    )


def bar_chart(
    frame: pl.DataFrame,
    *,
    category: str,
    value: str,
    title: str,
    value_title: str,
    color: str | None = None,
    color_order: list[str] | None = None,
    category_order: list[str] | None = None,
    color_range: list[str] | None = None,
    decimals: int = 0,
) -> Any:
    """Horizontal bars of ``value`` per ``category`` (stacked by ``color``): largest first,
    or in ``category_order``."""
    import altair as alt

    categories = frame.get_column(category).unique(maintain_order=True).len()
    encoding: dict[str, Any] = {
        "y": alt.Y(f"{category}:N", title=None, sort=category_order or "-x"),
        "x": alt.X(
            f"sum({value}):Q",
            title=value_title,
            # ticks no finer than the labels show: a count's axis never reads "0 1 1 2"
            axis=alt.Axis(format=f",.{decimals}f", tickMinStep=10.0**-decimals),
        ),
        "tooltip": [
            alt.Tooltip(f"{category}:N"),
            alt.Tooltip(f"sum({value}):Q", format=f",.{decimals}f"),
        ],
    }
    if color:
        domain = color_order or sorted(frame.get_column(color).unique().drop_nulls().to_list())
        encoding["color"] = alt.Color(
            f"{color}:N",
            scale=alt.Scale(domain=domain, range=(color_range or PALETTE)[: len(domain)]),
        )
        encoding["order"] = alt.Order(f"{color}_rank:Q")
        frame = frame.with_columns(
            frame.get_column(color)
            .replace_strict(domain, list(range(len(domain))), default=len(domain))
            .alias(f"{color}_rank")
        )
    else:
        encoding["color"] = alt.value(PALETTE[0])
    chart = (
        alt.Chart(alt.Data(values=frame.to_dicts()))
        .mark_bar()
        .encode(**encoding)
        .properties(title=title, width=WIDTH, height=max(ROW_HEIGHT * categories, ROW_HEIGHT))
    )
    return _config(chart)


def render_svg(chart: Any) -> str:
    """The chart as a standalone SVG document (no script, no network)."""
    import vl_convert

    svg: str = vl_convert.vegalite_to_svg(chart.to_json())
    return svg
