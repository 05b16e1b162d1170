"""The whole job without a scheduler, as a person sees it: a small sample batch routed by the CLI,
summarized by ``aiguillage summarize`` (the embedded summarizer; no sovereign endpoint, so the
sovereign documents wait), then the report opened in Debian's headless Chromium at 1,280 px:
reasons have messages, the decisions table fits, public documents link their summaries. The
screenshot is saved under ``tests/artifacts/`` (gitignored) for people to look at."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
N_DOCS = 10


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW_CONN_AIGUILLAGE")}
    env["PYTHONPATH"] = str(ROOT / "include")
    res = subprocess.run([sys.executable, "-m", "aiguillage.cli", *args], capture_output=True, text=True,
                         timeout=480, env=env, check=False)
    assert res.returncode == 0, res.stderr[-3000:]
    return res


@pytest.fixture(scope="module")
def summarized(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    base = tmp_path_factory.mktemp("whole-job")
    _cli("samples", str(base), "--n", str(N_DOCS), "--seed", "7")
    (base / "batch" / "a-link").symlink_to(base / "truth.jsonl")  # skipped, and said so
    run = _cli("run", str(base / "batch"), "-o", str(base / "out"), "--workers", "1")
    assert "loading models…" in run.stderr
    assert run.stdout.rstrip().splitlines()[-1] == f"report: {base / 'out' / 'audit' / 'report.html'}"
    assert "skipped (not documents of the batch): 1 symbolic links" in run.stdout
    res = _cli("summarize", str(base / "out"))
    return base / "out", res.stdout


def test_summarize_writes_a_summary_with_its_notice_for_every_public_document(
        summarized: tuple[Path, str]) -> None:
    out, stdout = summarized
    public = sorted(p for p in (out / "public").iterdir() if p.is_dir() and not p.name.startswith("."))
    assert public, "the sample batch has public documents"
    for doc in public:
        rec = json.loads((doc / "summary.json").read_text("utf-8"))
        assert rec["doc_id"] == doc.name and rec["route"] == "public" and rec["summary"].strip()
        notice = rec["notice"]
        assert notice["produced_with_ai"] is True and notice["human_review_required"] is True
        assert "intelligence artificielle" in notice["text_fr"]
    # no sovereign endpoint: the sovereign documents wait, none is summarized, nothing public touched them
    sovereign = [p for p in (out / "sovereign").iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert sovereign and not any((p / "summary.json").exists() for p in sovereign)
    # the human summary: routes, summaries written, what waits, tokens/energy, the report's path
    lines = stdout.splitlines()
    audit = json.loads((out / "audit" / "summary.json").read_text("utf-8"))
    r = audit["routes"]
    assert lines[0] == (f"batch {audit['batch']}: {audit['documents']} documents — public {r['public']}, "
                        f"sovereign {r['sovereign']}, quarantine {r['quarantine']}"), lines
    assert any(ln.startswith(f"public summaries: {len(public)} summary.json written") for ln in lines), lines
    assert any(ln.startswith(f"sovereign queue: 0 summarized, {len(sovereign)} waiting") for ln in lines)
    assert any(ln.startswith("tokens: ") and " Wh" in ln for ln in lines)
    assert lines[-1] == f"report: {out / 'audit' / 'report.html'}"
    accounting = json.loads((out / "audit" / "summaries.json").read_text("utf-8"))
    assert accounting["routes"]["public"]["states"]["done"] == len(public)
    assert accounting["routes"]["sovereign"]["states"]["pending"] == len(sovereign)


def test_summarize_again_changes_nothing(summarized: tuple[Path, str]) -> None:
    out, _ = summarized
    before = {p: p.read_bytes() for p in (out / "public").rglob("summary.json")}
    _cli("summarize", str(out), "--route", "public")
    assert {p: p.read_bytes() for p in (out / "public").rglob("summary.json")} == before


def _chromium(profile: Path, *args: str) -> str:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--allow-file-access-from-files", f"--user-data-dir={profile}", *args]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


# Appended to a copy of the report (the report itself holds no script): measures the page as laid out.
PROBE = """<script>
const t = document.getElementById('decisions');
const r = t.getBoundingClientRect();
document.body.setAttribute('data-probe', JSON.stringify({
  page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth,
  right: r.right, table: t.scrollWidth, box: t.clientWidth,
  empty: [...t.querySelectorAll('.msg')].filter(m => !m.textContent.trim()).length,
  messages: t.querySelectorAll('.msg').length,
  summary: [...document.querySelectorAll('#reasons .msg, #quarantined .msg')]
    .map(m => m.textContent.trim())}));
</script>"""


@pytest.mark.integration
def test_report_in_chromium_explains_and_fits_1280(summarized: tuple[Path, str], tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium not installed (make sysdeps)")
    out, _ = summarized
    report = out / "audit" / "report.html"
    probe = report.with_name("report.probe.html")
    probe.write_text(report.read_text("utf-8").replace("</body>", PROBE + "</body>"), "utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report_1280.png"
    shot.unlink(missing_ok=True)
    try:
        raw = _chromium(tmp_path / "profile", "--window-size=1280,10000", f"--screenshot={shot}",
                        "--dump-dom", probe.as_uri())
    finally:
        probe.unlink()
    m = re.search(r'data-probe="([^"]*)"', raw)
    assert m, "the probe did not run"
    dom = unescape(raw)
    got = json.loads(unescape(m.group(1)))
    # nothing overflows the 1,280 px window: no horizontal scroll, the table inside its box
    assert got["page"] <= got["viewport"] <= 1280, got
    assert got["right"] <= got["viewport"] and got["table"] <= got["box"], got
    # every reason shown with its message, in French
    assert got["messages"] >= N_DOCS and got["empty"] == 0, got
    assert len(got["summary"]) >= 3 and all(len(m) > 10 for m in got["summary"]), got["summary"]
    assert "Décisions par document" in dom and "Données personnelles détectées" in dom
    assert "Ce qui empêche une lecture sûre" in dom and "détail technique" in dom
    # public documents link their summary; the link resolves to the file
    links = re.findall(r'href="(\.\./public/\w+/summary\.json)"', dom)
    assert links and all((report.parent / ln).resolve().is_file() for ln in links)
    # the summaries' figures are in the report, and no file name of the batch is
    assert "Résumés écrits" in dom and "Pas encore de chiffres" not in dom
    names = [p.name for p in (out.parent / "batch").iterdir()]
    assert names and not any(n in dom for n in names)
    assert shot.stat().st_size > 20_000
