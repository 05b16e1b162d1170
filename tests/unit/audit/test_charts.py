"""The hand-written SVG charts: what they show, escaping, accessibility, determinism, no resource."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from aiguillage.audit import charts
from markupsafe import Markup

SVG = "{http://www.w3.org/2000/svg}"


def _tree(svg: Markup | None) -> ET.Element:
    assert svg is not None
    return ET.fromstring(str(svg))  # well-formed XML, or this raises


def _texts(svg: Markup | None) -> list[str]:
    return [t.text or "" for t in _tree(svg).iter(f"{SVG}text")]


def _all_charts() -> list[Markup | None]:
    return [
        charts.barh({"public": 165, "sovereign": 35, "quarantine": 3}, "Documents par route",
                    colours=charts.ROUTE_COLOURS, xlabel="Documents"),
        charts.stacked_bars(["pdf", "docx"], {"public": [10, 5], "quarantine": [1, 0]}, "Formats",
                            colours=charts.ROUTE_COLOURS, ylabel="Documents", horizontal=True),
        charts.stacked_bars([f"lot-{i}" for i in range(9)], {"a": list(range(9)), "b": [1] * 9}, "Lots"),
        charts.lines(["b1", "b2", "b3"], {"x": [1.5, None, 2.0], "y": [0.2, 0.4, 0.1]}, "Parts", ylabel="%"),
        charts.histogram([20, 40, 900, 300, 301, 120, 50], "Durées", xlabel="ms"),
    ]


def test_charts_are_self_contained_accessible_svg() -> None:
    for svg in _all_charts():
        root = _tree(svg)
        assert root.tag == f"{SVG}svg" and root.get("class") == "chart" and root.get("role") == "img"
        assert root.get("viewBox") and root.get("width") is None  # scales with its container
        first = root[0]
        assert first.tag == f"{SVG}title" and first.text == root.get("aria-label")
        text = str(svg)
        assert "<script" not in text and "href" not in text and "url(" not in text and " id=" not in text
        assert not re.search(r"\bon[a-z]+=", text)  # no event handler attribute


def test_same_input_same_bytes() -> None:
    assert [str(s) for s in _all_charts()] == [str(s) for s in _all_charts()]


def test_labels_and_titles_are_escaped() -> None:
    evil = '<script>alert("x")</script>&'
    svgs = [charts.barh({evil: 2}, evil, xlabel=evil),
            charts.stacked_bars([evil], {evil: [1]}, evil, ylabel=evil),
            charts.lines([evil, "b"], {evil: [1, 2], "o": [2, 1]}, evil, ylabel=evil),
            charts.histogram([1, 2, 3], evil, xlabel=evil)]
    for svg in svgs:
        text = str(svg)
        assert "<script" not in text and "&lt;script&gt;" in text
        assert evil in _texts(svg) or any(evil == t.text for t in _tree(svg).iter(f"{SVG}title"))


def test_barh_shows_values_largest_first_with_integer_ticks() -> None:
    svg = charts.barh({"quarantine": 3, "public": 165, "sovereign": 35, "none": 0}, "Routes",
                      colours=charts.ROUTE_COLOURS, xlabel="Documents")
    texts = _texts(svg)
    assert texts[0] == "Routes" and "Documents" in texts and "none" not in texts
    labels = [t for t in texts if t in {"public", "sovereign", "quarantine"}]
    assert labels == ["public", "sovereign", "quarantine"]
    assert {"165", "35", "3"} <= set(texts)  # value labels
    ticks = [t for t in texts if re.fullmatch(r"[\d.]+", t) and t not in {"165", "35", "3"}]
    assert ticks and all("." not in t for t in ticks)  # counts: integer ticks only
    fills = [r.get("fill") for r in _tree(svg).iter(f"{SVG}rect")]
    assert fills == [charts.ROUTE_COLOURS[r] for r in ("public", "sovereign", "quarantine")]
    tips = [t.text for r in _tree(svg).iter(f"{SVG}rect") for t in r.iter(f"{SVG}title")]
    assert tips == ["public: 165", "sovereign: 35", "quarantine: 3"]


def test_small_counts_never_get_fractional_ticks() -> None:
    for top in (1, 2, 3, 7):
        ticks = charts.nice_ticks(top, integer=True)
        assert all(float(t).is_integer() for t in ticks) and ticks[0] == 0 and ticks[-1] >= top
    assert charts.nice_ticks(1.0, integer=False)[1] < 1  # measures may have fractional ticks


def test_stacked_bars_have_a_legend_and_one_rect_per_value() -> None:
    svg = charts.stacked_bars(["pdf", "docx"], {"public": [10, 5], "sovereign": [0, 2], "quarantine": [1, 0]},
                              "Formats", colours=charts.ROUTE_COLOURS, ylabel="Documents", horizontal=True)
    texts = _texts(svg)
    assert {"public", "sovereign", "quarantine", "pdf", "docx", "Documents"} <= set(texts)
    tips = {t.text for r in _tree(svg).iter(f"{SVG}rect") for t in r.iter(f"{SVG}title")}
    assert tips == {"pdf — public: 10", "pdf — quarantine: 1", "docx — public: 5", "docx — sovereign: 2"}


def test_many_batches_rotate_their_labels() -> None:
    svg = charts.stacked_bars([f"manual__2026-11-{i:02d}" for i in range(1, 10)], {"a": [1] * 9}, "t")
    assert str(svg).count("rotate(-45") == 9
    few = charts.stacked_bars(["a", "b"], {"a": [1, 2]}, "t")
    assert "rotate(-45" not in str(few)


def test_lines_skip_missing_values() -> None:
    svg = charts.lines(["b1", "b2", "b3"], {"x": [1.0, None, 3.0]}, "t")
    root = _tree(svg)
    assert len(list(root.iter(f"{SVG}circle"))) == 2
    (poly,) = root.iter(f"{SVG}polyline")
    assert len(poly.get("points", "").split()) == 2
    assert "x" not in _texts(svg)  # one series: no legend


def test_histogram_counts_every_value() -> None:
    values = [20, 40, 900, 300, 301, 120, 50, 55]
    svg = charts.histogram(values, "Durées", xlabel="ms")
    tips = [t.text or "" for r in _tree(svg).iter(f"{SVG}rect") for t in r.iter(f"{SVG}title")]
    assert sum(int(t.rsplit(": ", 1)[1]) for t in tips) == len(values)
    same = charts.histogram([5, 5, 5], "t")  # one distinct value: still a bar
    assert same is not None and "<rect" in str(same)


@pytest.mark.parametrize("empty", [
    lambda: charts.barh({}, "t"), lambda: charts.barh({"a": 0}, "t"),
    lambda: charts.stacked_bars([], {"a": []}, "t"), lambda: charts.stacked_bars(["x"], {"a": [0]}, "t"),
    lambda: charts.lines(["x"], {"a": [None]}, "t"), lambda: charts.histogram([1.0], "t"),
])
def test_nothing_to_draw_is_none(empty: object) -> None:
    assert empty() is None  # type: ignore[operator]
