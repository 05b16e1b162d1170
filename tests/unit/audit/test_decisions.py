"""Decision records hold doc_ids, hashes, codes and counts: input paths and free text stay out."""

from __future__ import annotations

from aiguillage.audit.decisions import decision_record, scrub_text
from aiguillage.records import Evidence, Outcome, Reason, Route


def _outcome(**kw: object) -> Outcome:
    base: dict[str, object] = dict(
        doc_id="abc", source="RH/Arrêt maladie Jeanne Dupont.pdf", sha256="f" * 64, format="pdf", size=10,
        route=Route.QUARANTINE,
        reasons=[Reason("CORRUPT", Route.QUARANTINE, "Extraction impossible",
                        (Evidence("extract.CORRUPT", 1, 2),),
                        "cannot open 'RH/Arrêt maladie Jeanne Dupont.pdf' at /srv/in/RH/x.pdf")],
        duplicate_of="RH/Arrêt maladie Jeanne Dupont.pdf", status="duplicate",
        extra={"software_version": "0.1.0", "model_version": "fr_core_news_md-3.8.0",
               "title": "Jeanne Dupont",
               "timings": {"extract_ms": 12, "Jeanne Dupont": 3}, "tokens": {"in": 10, "out": 2}},
    )
    base.update(kw)
    return Outcome(**base)  # type: ignore[arg-type]


def test_record_has_no_path_and_no_value() -> None:
    rec = decision_record(_outcome(), "b1")
    text = repr(rec)
    assert "Dupont" not in text and "RH/" not in text and "/srv" not in text
    assert "source" not in rec and "duplicate_of" not in rec and rec["duplicate"] is True
    assert rec["doc_id"] == "abc" and rec["sha256"] == "f" * 64 and rec["batch"] == "b1"
    assert rec["software_version"] == "0.1.0" and rec["model_version"] == "fr_core_news_md-3.8.0"
    assert rec["title"].startswith("sha256:")  # an unknown string field is kept as a hash only
    assert rec["timings"]["extract_ms"] == 12 and rec["tokens"] == {"in": 10, "out": 2}
    reason = rec["reasons"][0]
    assert reason["code"] == "CORRUPT" and reason["legal_basis"] == "Extraction impossible"
    assert reason["evidence"] == [{"rule": "extract.CORRUPT", "start": 1, "end": 2}]
    assert reason["message"].startswith("cannot open")


def test_scrub_keeps_diagnostics_and_drops_quoted_content() -> None:
    kept = "pdf could not be parsed (PdfminerException)"
    assert scrub_text(kept) == kept
    assert scrub_text("format 'unknown' is not supported") == "format '…' is not supported"
    for raw in ("member CV_Jean_Martin.docx is encrypted", "mail from jean.martin@example.fr",
                "call 06 12 34 56 78", "path /home/agent/Dupont/x"):
        out = scrub_text(raw)
        assert not any(tok in out for tok in ("Martin", "martin", "06 12", "Dupont")), out


def test_original_record_is_not_a_duplicate() -> None:
    rec = decision_record(_outcome(duplicate_of=None, status="ok"), "b1")
    assert rec["duplicate"] is False
