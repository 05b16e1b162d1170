"""A window's public documents are anonymized ahead of their turn (``pipeline.anonymize_ahead``)
so that their verification rescans go through spaCy in one batch: an optimisation that must change
no output, must be used only for the document and the findings it was made for, and leaves every
failure to the document's own turn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiguillage import pipeline
from aiguillage.anonymize.keys import KeyRing
from aiguillage.anonymize.publication import first_round, publish
from aiguillage.batch import plan, shard_documents
from aiguillage.detect.nlp import FrSpacyNlpEngine
from aiguillage.pipeline import Context, process_shard
from aiguillage.records import Extraction, Finding, Part


def _planned(src: Path, work: Path) -> list[Any]:
    plan(src, work, "b", max_shards=1)
    return shard_documents(work, "b", 0)


def _outputs(work: Path) -> dict[str, bytes]:
    """Every output file but the per-output key and the re-identification tables sealed with it."""
    return {str(p.relative_to(work)): p.read_bytes() for area in ("public", "sovereign", "quarantine")
            for p in sorted((work / area).rglob("*"))
            if p.is_file() and ".keys" not in p.parts and ".reid" not in p.parts}


def test_outputs_are_those_of_documents_anonymized_at_their_turn(sample_corpus: Path, tmp_path: Path,
                                                                  detector: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    real = pipeline.anonymize_ahead

    def counted(*a: Any) -> int:
        made.append(real(*a))
        return made[-1]

    results = {}
    for ahead in (False, True):
        monkeypatch.setattr(pipeline, "anonymize_ahead", counted if ahead else (lambda *a: 0))
        work = tmp_path / f"ahead-{ahead}"
        outcomes = process_shard(Context.create(work), _planned(sample_corpus / "batch", work), lookahead=16)
        results[ahead] = (sorted((o.doc_id, o.route.value, o.verification) for o in outcomes), _outputs(work))
    assert sum(made) >= 5, "the sample batch has public documents"
    assert results[True][0] == results[False][0]
    assert set(results[True][1]) == set(results[False][1])
    assert [k for k, v in results[False][1].items() if results[True][1][k] != v] == []


def test_rescans_find_their_lines_analysed_ahead(sample_corpus: Path, tmp_path: Path, detector: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside the verification of a first-round anonymized text, spaCy is not run again: its new
    lines were piped with the window's. (A later round's text, after a residual, cannot be foreseen.)"""
    import aiguillage.anonymize.publication as publication
    import aiguillage.verify as verify

    piped: list[int] = []
    inside = {"rescan": False, "later": False}
    real_docs, real_verify = FrSpacyNlpEngine.piece_docs, verify.verify_text
    real_residual = publication.residual_in_original

    def piece_docs(self: FrSpacyNlpEngine, pieces: set[str], language: str, cache: Any = None) -> Any:
        if inside["rescan"] and not inside["later"]:
            piped.append(len(pieces) if cache is None else sum(1 for p in pieces if p not in cache))
        return real_docs(self, pieces, language, cache)

    def verify_text(*a: Any, **k: Any) -> Any:
        inside["rescan"] = True
        try:
            result = real_verify(*a, **k)
        finally:
            inside["rescan"] = False
        if result.passed:
            inside["later"] = False  # the next verification opens another document's first round
        return result

    def residual_in_original(*a: Any, **k: Any) -> Any:
        more = real_residual(*a, **k)
        inside["later"] = bool(more)  # the next verification is a later round's
        return more

    monkeypatch.setattr(FrSpacyNlpEngine, "piece_docs", piece_docs)
    monkeypatch.setattr(verify, "verify_text", verify_text)
    monkeypatch.setattr(publication, "residual_in_original", residual_in_original)
    work = tmp_path / "w"
    process_shard(Context.create(work), _planned(sample_corpus / "batch", work), lookahead=16)
    assert len(piped) >= 5 and sum(piped) == 0


def _keys() -> KeyRing:
    return KeyRing(b"k" * 32, "test")


def test_publish_uses_a_first_round_only_for_its_document_and_findings(
        tmp_path: Path, detector: Any, policy: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import aiguillage.verify as verify

    rounds: list[str] = []
    real_verify = verify.verify_text

    def counted(text: str, *a: Any, **k: Any) -> Any:
        rounds.append(text)
        return real_verify(text, *a, **k)

    monkeypatch.setattr(verify, "verify_text", counted)
    text = "Monsieur Jean Dupont, demeurant 4 rue des Lilas 75011 Paris, tél. 06 12 34 56 78.\n"
    ext = Extraction("txt", (Part(text),))
    findings = [f for f in detector.analyze(text) if f.entity_type in policy.personal_entities]

    def run(first: Any, doc_id: str = "d1") -> Any:
        return publish(doc_id=doc_id, doc_format="txt", original=lambda: text.encode(), extraction=ext,
                       findings=findings, operator_for=policy.operator_for, analyze=detector.analyze,
                       personal_entities=policy.personal_entities, min_score=policy.min_score,
                       key_loader=_keys, sovereign_area=tmp_path / "sov", policy_data=policy.data,
                       first=first)

    plain = run(None)
    assert plain.files is not None and len(rounds) == 1  # one round passed
    public = plain.files["text.txt"].decode()
    same = first_round("d1", ext, findings, policy.operator_for, _keys)
    assert run(same).files == plain.files
    # made for other findings (a name less) or another document: not used, the text is made again
    # (used, the name would be left in round 1 and a second round would be needed)
    fewer = first_round("d1", ext, findings[1:], policy.operator_for, _keys)
    assert fewer.public_text != public
    rounds.clear()
    assert run(fewer).files == plain.files and rounds == [public]
    other = first_round("d2", ext, findings, policy.operator_for, _keys)
    rounds.clear()
    assert run(other).files == plain.files and rounds == [public] and run(other).meta == plain.meta
    assert all(isinstance(f, Finding) for f in same.findings)
