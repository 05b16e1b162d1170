"""Matplotlib charts as inline SVG: self-contained reports, crisp at any zoom, text kept as text.

Inline SVG rather than base64 PNG: a report stays greppable (a leak test can read every byte of it)
and needs no external resource. Labels are codes, types, formats, routes, batch keys: never content.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup

ROUTE_COLOURS = {"public": "#2e7d32", "sovereign": "#1f4e9c", "quarantine": "#c62828"}
PALETTE = ["#1f4e9c", "#2e7d32", "#c62828", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037",
           "#455a64", "#ad1457"]

_MPL: Any = None


def _plt() -> Any:
    """Import pyplot once, headless and deterministic (no random ids, no timestamps in the SVG)."""
    global _MPL
    if _MPL is None:
        import matplotlib

        matplotlib.use("Agg", force=True)
        import matplotlib.pyplot as plt

        matplotlib.rcParams.update({
            "svg.fonttype": "none", "svg.hashsalt": "aiguillage", "font.size": 9,
            "axes.spines.top": False, "axes.spines.right": False, "figure.dpi": 96,
            "font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"],  # no long fallback list
        })
        _MPL = plt
    return _MPL


def to_svg(fig: Any) -> Markup:
    plt = _plt()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 class="chart"', svg, count=1)
    return Markup(svg)


def _integer_axis(axis: Any, values: Sequence[float]) -> None:
    """Counts get integer ticks (no "0.25 document")."""
    if all(float(v).is_integer() for v in values):
        from matplotlib.ticker import MaxNLocator

        axis.set_major_locator(MaxNLocator(integer=True))


def barh(counts: Mapping[str, float], title: str, colours: Mapping[str, str] | None = None,
         xlabel: str = "") -> Markup | None:
    """Horizontal bars, largest first; None when there is nothing to draw."""
    items = [(str(k), float(v)) for k, v in counts.items() if v]
    if not items:
        return None
    items.sort(key=lambda kv: kv[1])
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.4, 0.35 * len(items) + 0.9))
    labels = [k for k, _ in items]
    values = [v for _, v in items]
    cols = [(colours or {}).get(k, PALETTE[0]) for k in labels]
    bars = ax.barh(labels, values, color=cols)
    ax.bar_label(bars, labels=[f"{v:g}" for v in values], padding=3, fontsize=8)
    _integer_axis(ax.xaxis, values)
    ax.set_title(title, loc="left", fontsize=10)
    ax.set_xlabel(xlabel)
    ax.margins(x=0.12)
    return to_svg(fig)


def stacked_bars(index: Sequence[str], series: Mapping[str, Sequence[float]], title: str,
                 colours: Mapping[str, str] | None = None, ylabel: str = "",
                 horizontal: bool = False) -> Markup | None:
    """Stacked bars (one bar per index label, one layer per series)."""
    if not index or not any(any(v for v in vals) for vals in series.values()):
        return None
    plt = _plt()
    n = len(index)
    if horizontal:
        fig, ax = plt.subplots(figsize=(6.4, 0.35 * n + 1.1))
    else:
        fig, ax = plt.subplots(figsize=(max(6.4, 0.5 * n + 2), 3.2))
    base = [0.0] * n
    for i, (name, vals) in enumerate(series.items()):
        colour = (colours or {}).get(name, PALETTE[i % len(PALETTE)])
        if horizontal:
            ax.barh(list(index), list(vals), left=base, label=name, color=colour)
        else:
            ax.bar(list(index), list(vals), bottom=base, label=name, color=colour)
        base = [b + float(v) for b, v in zip(base, vals, strict=True)]
    ax.set_title(title, loc="left", fontsize=10)
    if horizontal:
        ax.set_xlabel(ylabel)
    else:
        ax.set_ylabel(ylabel)
        if n > 6:
            ax.tick_params(axis="x", labelrotation=45)
            plt.setp(ax.get_xticklabels(), ha="right")
    _integer_axis(ax.xaxis if horizontal else ax.yaxis, base)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return to_svg(fig)


def lines(index: Sequence[str], series: Mapping[str, Sequence[float | None]], title: str,
          ylabel: str = "", colours: Mapping[str, str] | None = None) -> Markup | None:
    """One line per series over ordered labels (batches)."""
    if not index or not any(any(v for v in vals if v) for vals in series.values()):
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(max(6.4, 0.5 * len(index) + 2), 3.0))
    x = list(range(len(index)))
    for i, (name, vals) in enumerate(series.items()):
        colour = (colours or {}).get(name, PALETTE[i % len(PALETTE)])
        pts = [(xi, float(v)) for xi, v in zip(x, vals, strict=True) if v is not None]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=name, color=colour)
    ax.set_xticks(x, list(index))
    if len(index) > 6:
        ax.tick_params(axis="x", labelrotation=45)
        plt.setp(ax.get_xticklabels(), ha="right")
    ax.set_title(title, loc="left", fontsize=10)
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=0)
    if len(series) > 1:
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return to_svg(fig)


def histogram(values: Sequence[float], title: str, xlabel: str = "", bins: int = 20) -> Markup | None:
    vals = [float(v) for v in values]
    if len(vals) < 2:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.4, 2.8))
    ax.hist(vals, bins=min(bins, max(5, len(vals) // 2)), color=PALETTE[0])
    ax.set_title(title, loc="left", fontsize=10)
    ax.set_xlabel(xlabel)
    return to_svg(fig)
