"""The HTML report and the history: content, languages, token figures, and no personal value."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any

from aiguillage.audit.history import list_batches, load_summaries
from aiguillage.audit.report import render_batch
from aiguillage.cli import main

SECRET_NAMES = ("Jeanne Dubois-Secret", "Marc Lefebvre-Intime")  # as in conftest.make_outcomes

B1, B2 = "manual__2026-11-01T10_00_00", "manual__2026-11-02T10_00_00"


def _audit_texts(out: Path) -> dict[str, str]:
    """Every audit file except the manifests (sovereign-grade by contract) and binary copies."""
    return {str(p.relative_to(out)): p.read_text("utf-8") for p in (out / "audit").rglob("*")
            if p.is_file() and not p.name.startswith("manifest.") and p.suffix != ".parquet"}


def test_report_files_and_sections(pristine_store: Path) -> None:
    audit = pristine_store / "audit"
    html = unescape((audit / "report.html").read_text("utf-8"))
    assert html == unescape((audit / "batches" / B2 / "report.html").read_text("utf-8"))
    assert (audit / "batches" / B1 / "report.html").exists() and (audit / "history.html").exists()
    assert '<html lang="fr">' in html and "Rapport d'audit du lot" in html and B2 in html
    for section in ("Documents par route", "Motifs", "Fichiers en quarantaine", "Débit", "Jetons et énergie",
                    "Politique en vigueur", "Intégrité", "Décisions par document"):
        assert section in html, section
    assert html.count("<svg") >= 5  # charts are inline SVG, no external resource
    assert not re.search(r'(src|href)="(https?:)?//', html)
    summary = json.loads((audit / "summary.json").read_text("utf-8"))
    assert summary["chain_head"] in html and summary["policy"]["sha256"] in html
    assert "chaîne intacte" in html and "le fichier archivé correspond" in html
    # quarantined files are listed by doc_id with their reason, never by name
    quarantined = re.search(r'<table id="quarantined">(.*?)</table>', html, re.S)
    assert quarantined and "CORRUPT" in quarantined.group(1)


def test_history_lists_every_batch(pristine_store: Path) -> None:
    html = (pristine_store / "audit" / "history.html").read_text("utf-8")
    assert B1 in html and B2 in html and html.count("<svg") >= 3
    assert [s["batch"] for s in list_batches(pristine_store)] == [B1, B2]


def test_english_report_on_demand(store: Path, capsys: Any) -> None:
    assert main(["audit", "report", str(store), "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    en = unescape((store / "audit" / "report.en.html").read_text("utf-8"))
    assert "report.en.html" in printed and '<html lang="en">' in en
    assert "Batch audit report" in en and "Quarantined files" in en and "Policy in force" in en
    assert "Batch history" in (store / "audit" / "history.en.html").read_text("utf-8")
    assert (store / "audit" / "batches" / B1 / "report.en.html").exists()


def test_no_secret_in_audit_outputs(pristine_store: Path) -> None:
    texts = _audit_texts(pristine_store)
    assert any(n.endswith("decisions.jsonl") for n in texts)
    assert any(n.endswith("ledger.jsonl") for n in texts)
    for name, text in texts.items():
        for secret in (*SECRET_NAMES, "dossiers/", "piece_"):
            assert secret not in text, f"{secret!r} in {name}"
    # the control: the manifest does name the inputs (sovereign-grade data, by contract)
    assert SECRET_NAMES[0] in (pristine_store / "audit" / "manifest.csv").read_text("utf-8")


def _write_summaries(out: Path, data: object) -> None:
    (out / "audit" / "summaries.json").write_text(json.dumps(data), "utf-8")


def test_token_figures_from_the_summaries_stage(store: Path) -> None:
    assert load_summaries(store, B2) is None
    assert "Pas encore de chiffres" in unescape(render_batch(store, B2))
    _write_summaries(store, {
        "version": 1, "energy_method": "Estimation : 0,3 Wh pour 1000 jetons.",
        "models": {"public:extractive-fr": {"calls": 99, "prompt_tokens": 5, "completion_tokens": 5}},
        "batches": {B2: {"documents": 3, "calls": 2, "prompt_tokens": 1200, "completion_tokens": 300,
                         "energy_wh": 0.45}},
        "documents": [
            {"batch": B2, "route": "public", "model": "gpt-x", "prompt_tokens": 1000,
             "completion_tokens": 200, "calls": 1, "energy_wh": 0.4, "kind": "summary", "doc_id": "d1"},
            {"batch": B2, "route": "sovereign", "model": "albert-large", "prompt_tokens": 200,
             "completion_tokens": 100, "calls": 1, "energy_wh": 0.05, "kind": "summary", "doc_id": "d2"},
            {"batch": B2, "route": "public", "model": "", "kind": "duplicate", "doc_id": "d3"},
            {"batch": B1, "route": "public", "model": "gpt-x", "prompt_tokens": 7, "doc_id": "d4"},
        ],
    })
    s = load_summaries(store, B2)
    assert s is not None
    assert (s["tokens_in"], s["tokens_out"], s["energy_wh"], s["calls"]) == (1200, 300, 0.45, 2)
    assert [m["model"] for m in s["models"]] == ["public:gpt-x", "sovereign:albert-large"]
    assert s["avoided"] == 1 and "0,3 Wh" in s["energy_method"]
    html = unescape(render_batch(store, B2, "en"))
    assert "sovereign:albert-large" in html and "Tokens sent" in html and "0,3 Wh" in html
    b1 = load_summaries(store, B1)
    assert b1 is not None and b1["tokens_in"] == 7  # no batch total: summed from its documents


def test_summaries_of_another_batch_or_odd_shapes_are_tolerated(store: Path) -> None:
    _write_summaries(store, {"batch": "someone-else", "tokens_in": 5})
    assert load_summaries(store, B2) is None
    _write_summaries(store, {"batch": B2, "models": [{"model": "m", "tokens": {"in": 3, "out": 4}}],
                             "energy_kwh": 0.002})
    s = load_summaries(store, B2)
    assert s is not None and (s["tokens_in"], s["tokens_out"], s["energy_wh"]) == (3, 4, 2.0)
    for junk in ("[1, 2]", '"text"', "{not json", '{"batches": 3}', "[]"):
        (store / "audit" / "summaries.json").write_text(junk, "utf-8")
        assert load_summaries(store, B2) is None, junk
    assert "<svg" in render_batch(store, B2)
