"""End to end: the DAG (dag.test) and the CLI on a generated batch, checked against the output contract."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROUTES = ("public", "sovereign", "quarantine")


@pytest.fixture(scope="module")
def messy_batch(sample_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample batch plus what real folders contain: sub-folders, a duplicate, non-documents."""
    d = tmp_path_factory.mktemp("messy") / "batch"
    shutil.copytree(sample_corpus / "batch", d)
    first = sorted(d.rglob("*.pdf"))[0]
    (d / "copie" / "encore").mkdir(parents=True)
    shutil.copy(first, d / "copie" / "encore" / "meme_contenu.pdf")
    (d / "images").mkdir()
    (d / "images" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (d / "notes.txt").write_text("Compte rendu de la réunion du service des sports : rien à signaler.\n",
                                 "utf-8")
    (d / "_READY").write_text("")  # bookkeeping marker, not a document
    return d


def _files(batch: Path) -> list[str]:
    return sorted(p.relative_to(batch).as_posix() for p in batch.rglob("*")
                  if p.is_file() and p.name != "_READY")


def _manifest(out: Path) -> list[dict[str, str]]:
    with (out / "audit" / "manifest.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def check_contract(batch: Path, out: Path) -> list[dict[str, str]]:
    rows = _manifest(out)
    assert sorted(r["source"] for r in rows) == _files(batch), "manifest rows must be exactly the input files"
    for r in rows:
        places = [x for x in ROUTES if (out / x / r["doc_id"]).is_dir()]
        assert places == [r["route"]], f"{r['doc_id']} is in {places}, manifest says {r['route']}"
        assert r["sha256"] and r["format"] and r["status"]
    # every route folder holds only documents of the manifest
    ids = {r["doc_id"] for r in rows}
    for x in ROUTES:
        if (out / x).is_dir():
            assert {p.name for p in (out / x).iterdir() if p.is_dir() and not p.name.startswith(".")} <= ids
    # nothing under public/ is named after an input file
    stems = {Path(s).stem for s in _files(batch)}
    for p in (out / "public").rglob("*"):
        assert p.stem not in stems, f"public name derived from an input name: {p}"
    for r in rows:
        if r["route"] == "public":
            assert r["verification"] == "passed"
            assert (out / "public" / r["doc_id"] / "text.txt").is_file()
        if r["route"] == "quarantine":
            reason = json.loads((out / "quarantine" / r["doc_id"] / "reason.json").read_text("utf-8"))
            assert reason["code"] and reason["code"] in r["reasons"]
    assert (out / "audit" / "manifest.parquet").is_file()
    assert (out / "audit" / "decisions.jsonl").is_file()
    return rows


@pytest.mark.slow
def test_dag_routes_every_file_once_and_is_idempotent(messy_batch: Path, tmp_path: Path) -> None:
    from airflow.dag_processing.dagbag import DagBag
    from airflow.utils.state import DagRunState

    dag = DagBag(dag_folder=str(ROOT / "dags")).dags["aiguillage_batch"]
    out = tmp_path / "out"
    conf = {"input_dir": str(messy_batch), "output_dir": str(out), "policy": None, "max_shards": 3}
    run = dag.test(run_conf=conf)
    assert run.state == DagRunState.SUCCESS
    rows = check_contract(messy_batch, out)
    by_source = {r["source"]: r for r in rows}
    assert by_source["images/logo.png"]["route"] == "quarantine"
    assert by_source["copie/encore/meme_contenu.pdf"]["status"] == "duplicate"
    dup = by_source["copie/encore/meme_contenu.pdf"]
    assert by_source[dup["duplicate_of"]]["doc_id"] == dup["doc_id"]
    assert by_source["notes.txt"]["route"] == "public"
    for broken in ("broken/tronque.pdf", "broken/aleatoire.docx", "broken/vide.pdf"):
        assert by_source[broken]["route"] == "quarantine"

    first = (out / "audit" / "manifest.csv").read_bytes()
    listing = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if ".work" not in p.parts)
    run2 = dag.test(run_conf=conf)
    assert run2.state == DagRunState.SUCCESS
    check_contract(messy_batch, out)
    assert (out / "audit" / "manifest.csv").read_bytes() == first, "re-run must give the same manifest"
    listing2 = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if ".work" not in p.parts)
    assert [p for p in listing2 if p not in listing and not p.startswith("audit/")] == []


@pytest.mark.slow
def test_cli_run_and_eval(messy_batch: Path, sample_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cli = [sys.executable, "-m", "aiguillage.cli"]
    res = subprocess.run([*cli, "run", str(messy_batch), "-o", str(out), "--workers", "2", "--quiet"],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "public" in res.stdout and "sovereign" in res.stdout
    rows = check_contract(messy_batch, out)
    assert len(rows) == len(_files(messy_batch))
    # the evaluation on the pure sample batch
    out2 = tmp_path / "out2"
    res = subprocess.run([*cli, "run", str(sample_corpus / "batch"), "-o", str(out2), "-w", "2", "-q"],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    ev = subprocess.run([*cli, "eval", str(out2), "--truth", str(sample_corpus / "truth.jsonl"), "--json"],
                        capture_output=True, text=True, timeout=300)
    report = json.loads(ev.stdout)
    assert report["accounted_once"] is True
    assert report["sensitive_public"] == 0
    assert report["leaks"] == 0, report["leaked_docs"]
    assert ev.returncode == 0
