"""The report says why, in the reader's language: a message for every reason (the policy's rules give
none), quarantine's own message, the verification outcome, statuses and formats translated, the
decimal comma, one duration explained, rows sorted by route, the history linking each report."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from aiguillage.audit.i18n import (
    _REASONS,
    format_label,
    reason_message,
    status_label,
    verification_label,
)
from aiguillage.audit.report import ROUTES, render_batch, write_reports

SECRET_NAMES = ("Jeanne Dubois-Secret", "Marc Lefebvre-Intime")  # as in conftest.make_outcomes
B2 = "manual__2026-11-02T10_00_00"


def _table(html: str, table_id: str) -> str:
    m = re.search(rf'<table id="{table_id}">(.*?)</table>', html, re.S)
    assert m, table_id
    return m.group(1)


def _rows(table: str) -> list[str]:
    return re.findall(r"<tr data-route=.*?</tr>", table, re.S)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_reason_of_every_document_has_a_message(pristine_store: Path, lang: str) -> None:
    html = unescape(render_batch(pristine_store, B2, lang))
    rows = _rows(_table(html, "decisions"))
    assert len(rows) == 13
    for row in rows:
        reasons = re.findall(
            r'<div class="reason"><span class="mono">(\w+)</span> — <span class="msg">([^<]*)<', row)
        assert reasons, row
        for code, message in reasons:
            assert message.strip() == reason_message(code, lang) and len(message) > 15, (code, message)
    # the rule that fired is named beside the message
    assert "health.person" in html
    expected = {"fr": "Donnée sensible (santé", "en": "Sensitive data (health"}[lang]
    assert expected in html


def test_quarantine_keeps_its_own_message_scrubbed(pristine_store: Path) -> None:
    q = unescape(_table(unescape(render_batch(pristine_store, B2, "fr")), "quarantined"))
    assert "Fichier endommagé ou illisible" in q
    # conftest's extractor message "cannot open '<path>'": kept, with the quoted path scrubbed
    assert "cannot open '…'" in q
    assert "Extraction impossible en sécurité" in q  # the legal basis column, beside it
    for name in SECRET_NAMES:
        assert name not in q


def test_french_throughout_and_english_throughout(pristine_store: Path) -> None:
    fr = unescape(render_batch(pristine_store, B2, "fr"))
    en = unescape(render_batch(pristine_store, B2, "en"))
    fr_table, en_table = _table(fr, "decisions"), _table(en, "decisions")
    for english in ("published", "queued", "quarantined", "passed", "not applicable"):
        assert english not in fr_table, english
    for french in ("publié", "en file souveraine", "réussie", "sans objet"):
        assert french in fr_table and french not in en_table, french
    assert "published" in en_table and "passed" in en_table
    # numbers: decimal comma in French, point in English; dates as each reader writes them
    fr_rate = re.search(r'<div class="v">([\d\u202f]+,\d\d)</div>\s*<div class="k">Débit', fr)
    en_rate = re.search(r'<div class="v">([\d,]+\.\d\d)</div>\s*<div class="k">Throughput', en)
    assert fr_rate and en_rate, "throughput card"
    assert fr_rate.group(1).replace(",", ".") == en_rate.group(1)
    assert re.search(r"\d\d/\d\d/20\d\d \d\d:\d\d:\d\d UTC", fr)
    assert re.search(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d UTC", en)
    values = re.findall(r'<div class="v[^"]*">([^<]*)</div>', fr)
    assert len(values) >= 8 and not any(re.search(r"\d\.\d", v) for v in values), values


def test_one_duration_with_its_meaning(pristine_store: Path) -> None:
    fr = unescape(render_batch(pristine_store, B2, "fr"))
    assert fr.count('id="duration"') == 1 and "Durée du lot" in fr
    assert "temps écoulé (horloge) entre le début de la planification et la fin de l'audit" in fr
    assert "Temps de traitement cumulé" not in fr  # the second, unexplained duration is gone


def test_table_sorted_by_route(pristine_store: Path) -> None:
    html = render_batch(pristine_store, B2, "fr")
    routes = re.findall(r'<tr data-route="(\w+)">', _table(html, "decisions"))
    order = [ROUTES.index(r) for r in routes]
    assert order == sorted(order) and len(set(routes)) == 3


def test_history_links_each_batch_report_and_summaries_are_linked(store: Path) -> None:
    from aiguillage.audit.history import list_batches

    # a summary written for one public document: the report links it, relative to where it is
    decisions = unescape(render_batch(store, B2, "fr"))
    public = re.findall(r'<tr data-route="public"><td class="mono">(\w+)</td>', decisions)
    assert public
    (store / "public" / public[0]).mkdir(parents=True, exist_ok=True)
    (store / "public" / public[0] / "summary.json").write_text("{}", "utf-8")
    paths = write_reports(store, "fr")
    history = (store / "audit" / "history.html").read_text("utf-8")
    links = re.findall(r'href="(batches/[^"]+/report\.html)"', history)
    assert len(links) == len(list_batches(store)) == 2
    for link in links:
        assert (store / "audit" / link).is_file(), link
    top = (store / "audit" / "report.html").read_text("utf-8")
    assert f'href="../public/{public[0]}/summary.json"' in top
    archived = next(p for p in paths if p.parent.name == B2 and p.name == "report.html")
    href = re.search(rf'href="([^"]*{public[0]}/summary.json)"', archived.read_text("utf-8"))
    assert href and (archived.parent / href.group(1)).resolve() == (
        store / "public" / public[0] / "summary.json").resolve()


def test_labels() -> None:
    assert verification_label("passed", "fr") == "réussie"
    assert verification_label("failed:2+1", "fr") == (
        "échouée — 2 reste(s) détecté(s) — 1 autre(s) problème(s)")
    assert verification_label("release failed:1", "en") == "release copy: failed — 1 residual(s) found"
    assert verification_label("", "en") == "not applicable"
    assert status_label("quarantined", "fr") == "en quarantaine"
    assert status_label("new_state", "fr") == "new_state"
    assert format_label("pdf", "fr") == "PDF" and format_label("txt", "fr") == "texte"
    assert reason_message("SOME_NEW_CODE", "fr") == "Motif SOME_NEW_CODE (voir la politique en vigueur)"


def test_every_code_of_the_default_policy_has_both_messages() -> None:
    from aiguillage.policy import load_policy

    codes = set(load_policy().data["reasons"])
    assert codes <= set(_REASONS), codes - set(_REASONS)
    for code in _REASONS:
        assert reason_message(code, "fr") != reason_message(code, "en")


def test_french_charts_use_the_decimal_comma(pristine_store: Path) -> None:
    from aiguillage.audit.report import localize_chart, render_history

    svg = '<svg><text>0.5</text><title>lot-1.2 — public: 53.85</title><title>2–89.67: 8</title></svg>'
    assert localize_chart(svg, "fr") == ('<svg><text>0,5</text><title>lot-1.2 — public: 53,85</title>'
                                         '<title>2–89,67: 8</title></svg>')
    assert localize_chart(svg, "en") == svg
    for html in (render_batch(pristine_store, B2, "fr"), render_history(pristine_store, "fr")):
        charts = "".join(re.findall(r"<svg.*?</svg>", html, re.S))
        assert charts and not re.search(r">-?\d+\.\d+<|: -?\d+\.\d+</title>", charts)


def test_sovereign_documents_show_that_their_summary_waits(store: Path) -> None:
    import json

    html = unescape(render_batch(store, B2, "fr"))
    sovereign = re.findall(r'<tr data-route="sovereign"><td class="mono">(\w+)</td>', html)
    assert sovereign
    docs = [{"doc_id": d, "batch": B2, "route": "sovereign", "state": "pending"} for d in sovereign]
    (store / "audit" / "summaries.json").write_text(json.dumps({"documents": docs}), "utf-8")
    html = unescape(render_batch(store, B2, "fr"))
    card = rf'<div class="v">{len(sovereign)}</div><div class="k">Résumés souverains en attente'
    assert re.search(card, html)
    rows = re.findall(r'<tr data-route="sovereign">.*?</tr>', html, re.S)
    assert rows and all(row.removesuffix("</tr>").endswith("<td>en attente</td>") for row in rows), rows[:1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_reasons_summary_table_says_each_code_in_words(pristine_store: Path, lang: str) -> None:
    table = unescape(_table(unescape(render_batch(pristine_store, B2, lang)), "reasons"))
    found = re.findall(r'<td><span class="mono">(\w+)</span><div class="msg">([^<]+)</div>', table)
    assert {c for c, _ in found} == {"RGPD_PERSONAL", "RGPD_SPECIAL_CATEGORY", "CORRUPT"}
    assert all(msg == reason_message(code, lang) for code, msg in found)
