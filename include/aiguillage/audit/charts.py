"""Small charts as hand-written inline SVG: self-contained reports, crisp at any zoom, text kept as text.

Inline SVG rather than base64 PNG: a report stays greppable (a leak test can read every byte of it)
and needs no external resource. Labels are codes, types, formats, routes, batch keys: never content;
they are escaped all the same. No script, no link, no id, no random or time-dependent value: the same
input gives the same bytes. Every chart has a ``<title>`` (its accessible name) and every bar or point
a ``<title>`` with its label and value (a tooltip). Text widths are estimated from character classes
(no font is read): layout is approximate, never clipped (the view box grows to fit).

Written by hand (about 1 ms a chart) instead of matplotlib (about 0.2 s a chart plus 1 s of import),
which was most of the fixed cost of ``batch.finalize``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape

from markupsafe import Markup

ROUTE_COLOURS = {"public": "#2e7d32", "sovereign": "#1f4e9c", "quarantine": "#c62828"}
PALETTE = ["#1f4e9c", "#2e7d32", "#c62828", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037",
           "#455a64", "#ad1457"]

WIDTH = 560.0           # view-box units (≈ CSS px at 1:1)
FONT = 11.0             # tick labels, legends
TITLE_FONT = 13.0
SMALL_FONT = 10.0       # value labels
LABEL_MAX = 40          # longer category labels are shortened on the axis (the full label is in <title>)
INK, MUTED, GRID = "#1b1f24", "#5b6470", "#d8dde3"

_NARROW = set("iljtfrI.,:;!|'()[] ")
_WIDE = set("mwMW%@")


def text_width(s: str, size: float = FONT) -> float:
    """An estimate of the rendered width of ``s`` in DejaVu Sans (slightly generous)."""
    w = 0.0
    for ch in s:
        if ch in _NARROW:
            w += 0.34
        elif ch in _WIDE:
            w += 0.9
        elif ch.isupper() or ch.isdigit() or ch in "_-#&":
            w += 0.68
        else:
            w += 0.6
    return w * size


def _n(x: float) -> str:
    """A coordinate, deterministic and short."""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def fmt_value(v: float) -> str:
    """A value label: integers in full, others with 4 significant digits."""
    if math.isfinite(v) and float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    if abs(v) >= 1e4:
        return f"{v:.0f}"
    return f"{v:.4g}"


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX else label[:LABEL_MAX - 1] + "…"


def nice_ticks(vmax: float, integer: bool, vmin: float = 0.0, target: int = 5) -> list[float]:
    """Ticks from ``vmin`` (rounded down) to at least ``vmax`` with a 1-2-2.5-5 step; counts get
    integer steps (no "0.25 document")."""
    span = vmax - vmin
    if not math.isfinite(span) or span <= 0:
        span = abs(vmax) or 1.0
    raw = span / target
    mag = 10 ** math.floor(math.log10(raw))
    steps = (1.0, 2.0, 5.0, 10.0) if integer else (1.0, 2.0, 2.5, 5.0, 10.0)
    step = next((m * mag for m in steps if m * mag >= raw), 10 * mag)
    if integer:
        step = max(1.0, round(step))
    start = math.floor(vmin / step + 1e-9) * step
    stop = math.ceil(vmax / step - 1e-9) * step
    if stop <= start:
        stop = start + step
    n = round((stop - start) / step)
    decimals = max(0, -math.floor(math.log10(step)) + 1) if not integer else 0
    return [round(start + i * step, decimals) for i in range(n + 1)]


def _is_integer(values: Sequence[float]) -> bool:
    return all(float(v).is_integer() for v in values)


class Figure:
    """An SVG drawing in view-box units: elements in drawing order, serialised by :func:`to_svg`."""

    def __init__(self, width: float, height: float, title: str) -> None:
        self.width, self.height, self.title = width, height, title
        self.parts: list[str] = []

    def rect(self, x: float, y: float, w: float, h: float, fill: str, tip: str = "") -> None:
        body = f"<title>{escape(tip)}</title>" if tip else ""
        end = f">{body}</rect>" if body else "/>"
        self.parts.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(w, 0.0))}" '
                          f'height="{_n(max(h, 0.0))}" fill="{escape(fill)}"{end}')

    def line(self, x1: float, y1: float, x2: float, y2: float, stroke: str = GRID,
             width: float = 1.0) -> None:
        self.parts.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" '
                          f'stroke="{escape(stroke)}" stroke-width="{_n(width)}"/>')

    def polyline(self, points: Sequence[tuple[float, float]], stroke: str) -> None:
        pts = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        self.parts.append(f'<polyline points="{pts}" fill="none" stroke="{escape(stroke)}" '
                          'stroke-width="2"/>')

    def circle(self, x: float, y: float, fill: str, tip: str = "") -> None:
        body = f"<title>{escape(tip)}</title>" if tip else ""
        end = f">{body}</circle>" if body else "/>"
        self.parts.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="3.5" fill="{escape(fill)}"{end}')

    def text(self, x: float, y: float, s: str, size: float = FONT, anchor: str = "start", fill: str = INK,
             rotate: float = 0.0, bold: bool = False, tip: str = "") -> None:
        attrs = f'x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" fill="{escape(fill)}"'
        if anchor != "start":
            attrs += f' text-anchor="{anchor}"'
        if bold:
            attrs += ' font-weight="600"'
        if rotate:
            attrs += f' transform="rotate({_n(rotate)} {_n(x)} {_n(y)})"'
        body = escape(s) + (f"<title>{escape(tip)}</title>" if tip and tip != s else "")
        self.parts.append(f"<text {attrs}>{body}</text>")

    def legend(self, names: Sequence[str], colours: Sequence[str], y: float, x0: float = 8.0) -> float:
        """One row (wrapped) of swatches and names from ``y``; returns the y below it."""
        x = x0
        for name, colour in zip(names, colours, strict=True):
            w = 16 + text_width(name) + 14
            if x > x0 and x + w > self.width - 8:
                x, y = x0, y + 16
            self.rect(x, y - 9, 10, 10, colour)
            self.text(x + 14, y, name)
            x += w
        return y + 10


def to_svg(fig: Figure) -> Markup:
    """The figure as one ``<svg class="chart">`` element, its title first (the accessible name)."""
    title = escape(fig.title)
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" '
            f'viewBox="0 0 {_n(fig.width)} {_n(fig.height)}" role="img" aria-label="{title}" '
            'font-family="DejaVu Sans, sans-serif">'
            f"<title>{title}</title>")
    return Markup(head + "".join(fig.parts) + "</svg>")


def _title(fig: Figure, title: str) -> float:
    fig.text(8, 18, title, size=TITLE_FONT, bold=True)
    return 30.0


def _legend_height(names: Sequence[str], width: float) -> float:
    x, rows = 8.0, 1
    for name in names:
        w = 16 + text_width(name) + 14
        if x > 8 and x + w > width - 8:
            x, rows = 8.0, rows + 1
        x += w
    return 16.0 * rows + 4


def _hbars(title: str, labels: Sequence[str], stacks: Sequence[Sequence[tuple[str, float, str]]],
           xlabel: str, legend: Sequence[tuple[str, str]], value_labels: bool) -> Markup:
    """Horizontal bars, one row per label from the top, each a stack of (series, value, colour)."""
    totals = [sum(v for _, v, _ in st) for st in stacks]
    shown = [_short(lab) for lab in labels]
    left = 8 + min(max(text_width(s) for s in shown), WIDTH * 0.45) + 8
    right = 8 + (max(text_width(fmt_value(t), SMALL_FONT) for t in totals) + 6 if value_labels else 12)
    top = 30.0
    if legend:
        top += _legend_height([n for n, _ in legend], WIDTH)
    row, bar = 24.0, 16.0
    plot_h = row * len(labels)
    bottom = top + plot_h
    height = bottom + 22 + (18 if xlabel else 0) + 4
    fig = Figure(WIDTH, height, title)
    _title(fig, title)
    if legend:
        fig.legend([n for n, _ in legend], [c for _, c in legend], 30.0 + 12)
    vmax = max([*totals, 0.0])
    ticks = nice_ticks(vmax, _is_integer([v for st in stacks for _, v, _ in st]))
    span = ticks[-1] - ticks[0] or 1.0
    plot_w = WIDTH - left - right

    def sx(v: float) -> float:
        return left + plot_w * (v - ticks[0]) / span

    for tk in ticks:
        fig.line(sx(tk), top, sx(tk), bottom)
        fig.text(sx(tk), bottom + 14, fmt_value(tk), anchor="middle", fill=MUTED)
    for i, (lab, short, st, total) in enumerate(zip(labels, shown, stacks, totals, strict=True)):
        y = top + i * row + (row - bar) / 2
        fig.text(left - 6, y + bar / 2 + 4, short, anchor="end", tip=lab)
        acc = 0.0
        for name, v, colour in st:
            if v:
                tip = f"{lab} — {name}: {fmt_value(v)}" if name else f"{lab}: {fmt_value(v)}"
                fig.rect(sx(acc), y, sx(acc + v) - sx(acc), bar, colour, tip)
            acc += v
        if value_labels:
            fig.text(sx(total) + 4, y + bar / 2 + 4, fmt_value(total), size=SMALL_FONT, fill=MUTED)
    fig.line(left, top, left, bottom, stroke=MUTED)
    fig.line(left, bottom, WIDTH - right, bottom, stroke=MUTED)
    if xlabel:
        fig.text(left + plot_w / 2, bottom + 32, xlabel, anchor="middle")
    return to_svg(fig)


class _Columns:
    """The frame of a vertical chart over ordered labels: y axis from 0, x labels rotated when many."""

    def __init__(self, title: str, index: Sequence[str], ymax: float, integer: bool, ylabel: str,
                 legend: Sequence[tuple[str, str]]) -> None:
        self.index = [str(i) for i in index]
        n = len(self.index)
        self.rotated = n > 6
        shown = [_short(s) for s in self.index]
        self.ticks = nice_ticks(ymax, integer)
        tick_w = max(text_width(fmt_value(t)) for t in self.ticks)
        self.left = 8 + (18 if ylabel else 0) + tick_w + 8
        if self.rotated:  # the first label, rotated, reaches left of its bar
            self.left = max(self.left, text_width(shown[0]) * 0.71 - 6)
        self.pitch = 34.0
        width = max(WIDTH, self.left + n * self.pitch + 16)
        label_h = max(text_width(s) for s in shown) * 0.71 + 12 if self.rotated else 18.0
        self.top = 30.0 + (_legend_height([nm for nm, _ in legend], width) if legend else 0.0)
        self.plot_h = 170.0
        self.bottom = self.top + self.plot_h
        self.fig = Figure(width, self.bottom + label_h + 8, title)
        _title(self.fig, title)
        if legend:
            self.fig.legend([nm for nm, _ in legend], [c for _, c in legend], 30.0 + 12)
        self.plot_w = width - self.left - 16
        self.pitch = self.plot_w / max(n, 1)
        for tk in self.ticks:
            self.fig.line(self.left, self.y(tk), self.left + self.plot_w, self.y(tk))
            self.fig.text(self.left - 5, self.y(tk) + 4, fmt_value(tk), anchor="end", fill=MUTED)
        for i, (lab, short) in enumerate(zip(self.index, shown, strict=True)):
            x = self.x(i)
            if self.rotated:
                self.fig.text(x + 3, self.bottom + 12, short, anchor="end", rotate=-45, tip=lab)
            else:
                self.fig.text(x, self.bottom + 14, short, anchor="middle", tip=lab)
        if ylabel:
            ymid = self.top + self.plot_h / 2
            self.fig.text(14, ymid, ylabel, anchor="middle", rotate=-90)

    def x(self, i: int) -> float:
        return self.left + self.pitch * (i + 0.5)

    def y(self, v: float) -> float:
        span = self.ticks[-1] - self.ticks[0] or 1.0
        return self.bottom - self.plot_h * (v - self.ticks[0]) / span

    def done(self) -> Markup:
        self.fig.line(self.left, self.top, self.left, self.bottom, stroke=MUTED)
        self.fig.line(self.left, self.bottom, self.left + self.plot_w, self.bottom, stroke=MUTED)
        return to_svg(self.fig)


def barh(counts: Mapping[str, float], title: str, colours: Mapping[str, str] | None = None,
         xlabel: str = "") -> Markup | None:
    """Horizontal bars, largest first (at the top); None when there is nothing to draw."""
    items = [(str(k), float(v)) for k, v in counts.items() if v]
    if not items:
        return None
    items.sort(key=lambda kv: -kv[1])  # stable: equal values keep their input order
    cols = colours or {}
    return _hbars(title, [k for k, _ in items], [[("", v, cols.get(k, PALETTE[0]))] for k, v in items],
                  xlabel, legend=[], value_labels=True)


def _series_colours(series: Mapping[str, Sequence[float | None]],
                    colours: Mapping[str, str] | None) -> list[tuple[str, str]]:
    cols = colours or {}
    return [(str(name), cols.get(name, PALETTE[i % len(PALETTE)])) for i, name in enumerate(series)]


def stacked_bars(index: Sequence[str], series: Mapping[str, Sequence[float]], title: str,
                 colours: Mapping[str, str] | None = None, ylabel: str = "",
                 horizontal: bool = False) -> Markup | None:
    """Stacked bars (one bar per index label, one layer per series, in order, with a legend).
    Horizontal: the first label at the bottom, as an axis counts upwards."""
    if not index or not any(any(v for v in vals) for vals in series.values()):
        return None
    legend = _series_colours(series, colours)
    layers = [[float(v or 0) for v in vals] for vals in series.values()]
    n = len(index)
    stacks = [[(name, layer[i], colour) for (name, colour), layer in zip(legend, layers, strict=True)]
              for i in range(n)]
    if horizontal:
        order = list(range(n))[::-1]
        return _hbars(title, [str(index[i]) for i in order], [stacks[i] for i in order], ylabel, legend,
                      value_labels=False)
    totals = [sum(v for _, v, _ in st) for st in stacks]
    frame = _Columns(title, index, max(totals), _is_integer([v for layer in layers for v in layer]), ylabel,
                     legend)
    w = min(frame.pitch * 0.7, 40.0)
    for i, st in enumerate(stacks):
        acc = 0.0
        for name, v, colour in st:
            if v:
                y0, y1 = frame.y(acc), frame.y(acc + v)
                tip = f"{frame.index[i]} — {name}: {fmt_value(v)}"
                frame.fig.rect(frame.x(i) - w / 2, y1, w, y0 - y1, colour, tip)
            acc += v
    return frame.done()


def lines(index: Sequence[str], series: Mapping[str, Sequence[float | None]], title: str,
          ylabel: str = "", colours: Mapping[str, str] | None = None) -> Markup | None:
    """One line per series over ordered labels (batches); missing values (None) are skipped."""
    if not index or not any(any(v for v in vals if v) for vals in series.values()):
        return None
    legend = _series_colours(series, colours)
    values = [float(v) for vals in series.values() for v in vals if v is not None]
    frame = _Columns(title, index, max([*values, 0.0]), _is_integer(values), ylabel,
                     legend if len(series) > 1 else [])
    for (name, colour), vals in zip(legend, series.values(), strict=True):
        pts = [(i, float(v)) for i, v in enumerate(vals) if v is not None]
        if len(pts) > 1:
            frame.fig.polyline([(frame.x(i), frame.y(v)) for i, v in pts], colour)
        for i, v in pts:
            frame.fig.circle(frame.x(i), frame.y(v), colour, f"{frame.index[i]} — {name}: {fmt_value(v)}")
    return frame.done()


def histogram(values: Sequence[float], title: str, xlabel: str = "", bins: int = 20) -> Markup | None:
    """Counts of ``values`` in equal-width bins (integer count axis)."""
    vals = [float(v) for v in values]
    if len(vals) < 2:
        return None
    nb = min(bins, max(5, len(vals) // 2))
    lo, hi = min(vals), max(vals)
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    width = (hi - lo) / nb
    counts = [0] * nb
    for v in vals:
        counts[min(int((v - lo) / width), nb - 1)] += 1
    yt = nice_ticks(float(max(counts)), True)
    xt = [t for t in nice_ticks(hi, _is_integer(vals), vmin=lo) if lo <= t <= hi] or [lo, hi]
    tick_w = max(text_width(fmt_value(t)) for t in yt)
    left, right, top, plot_h = 8 + tick_w + 8, 16.0, 30.0, 150.0
    bottom = top + plot_h
    fig = Figure(WIDTH, bottom + 22 + (18 if xlabel else 0) + 4, title)
    _title(fig, title)
    plot_w = WIDTH - left - right

    def sx(v: float) -> float:
        return left + plot_w * (v - lo) / (hi - lo)

    def sy(c: float) -> float:
        return bottom - plot_h * c / (yt[-1] or 1)

    for tk in yt:
        fig.line(left, sy(tk), left + plot_w, sy(tk))
        fig.text(left - 5, sy(tk) + 4, fmt_value(tk), anchor="end", fill=MUTED)
    for i, c in enumerate(counts):
        if c:
            a, b = lo + i * width, lo + (i + 1) * width
            fig.rect(sx(a) + 0.5, sy(c), sx(b) - sx(a) - 1, sy(0) - sy(c), PALETTE[0],
                     f"{fmt_value(round(a, 2))}–{fmt_value(round(b, 2))}: {c}")
    for tk in xt:
        fig.line(sx(tk), bottom, sx(tk), bottom + 4, stroke=MUTED)
        fig.text(sx(tk), bottom + 15, fmt_value(tk), anchor="middle", fill=MUTED)
    fig.line(left, top, left, bottom, stroke=MUTED)
    fig.line(left, bottom, left + plot_w, bottom, stroke=MUTED)
    if xlabel:
        fig.text(left + plot_w / 2, bottom + 33, xlabel, anchor="middle")
    return to_svg(fig)
