"""Evaluate a finished batch against the truth of a sample corpus.

Leaks: any truth value found anywhere under ``OUT/public`` (content or path). Sensitive documents
sent public. Over-routing: public-eligible documents not sent public. Accounting: each input once.
Routing confusion matrix (expected → got).

Detection, when the batch sits beside the truth (``<dir>/batch`` + ``<dir>/truth.jsonl``): the
documents are extracted again and analysed, the labelled values are located in the extracted text,
and precision, recall and F2 are computed per entity type on word tokens (as presidio-evaluator
does), with the document-level "fully redacted" rate (no missed personal token, as eds-pseudo
reports it).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _norm(s: str) -> str:
    return re.sub(r"[\s\u00a0\u202f.\-]+", "", s).casefold()


@dataclass
class Evaluation:
    documents: int = 0
    accounted_once: bool = True
    unaccounted: int = 0
    leaks: int = 0
    name_word_leaks: int = 0
    leaked_docs: list[str] = field(default_factory=list)
    sensitive_public: int = 0
    public_eligible: int = 0
    over_routed: int = 0
    routes: dict[str, int] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    detection: DetectionScores | None = None

    @property
    def over_routing_pct(self) -> float:
        return 100.0 * self.over_routed / self.public_eligible if self.public_eligible else 0.0

    @property
    def ok(self) -> bool:
        return (self.accounted_once and self.leaks == 0 and self.name_word_leaks == 0
                and self.sensitive_public == 0)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "accounted_once": self.accounted_once,
                "unaccounted": self.unaccounted, "leaks": self.leaks,
                "name_word_leaks": self.name_word_leaks, "leaked_docs": self.leaked_docs,
                "sensitive_public": self.sensitive_public, "public_eligible": self.public_eligible,
                "over_routed": self.over_routed, "over_routing_pct": round(self.over_routing_pct, 2),
                "routes": self.routes, "confusion": self.confusion, "ok": self.ok,
                "detection": self.detection.to_dict() if self.detection else None}


def _leaked(nv: str, own: str, all_public: str) -> bool:
    """A value leaks when it is in its own document's public output; a distinctive value (an
    identifier, a full name, an address) leaks wherever it appears under public/. A lone first name
    of one document found in another's public text ("Antoine" in "rue Antoine") is no leak."""
    if len(nv) < 4:
        return False
    if nv in own:
        return True
    distinctive = len(nv) >= 10 or any(c.isdigit() for c in nv)
    return distinctive and nv in all_public


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def name_words_leaked(value: str, own_text: str) -> list[str]:
    """The words of a person's name (3 letters or more, not an ordinary French word) that are
    still in the document's own public output, whole words in any case: a surname left alone
    ("GALLET" after "Daniel Gallet" was replaced) is a leak that whole-value matching misses."""
    from aiguillage.detect.recognizers.names import common_words

    lexicon = common_words()
    found = []
    for w in _NAME_WORD.findall(value):
        if len(w) >= 3 and w.casefold() not in lexicon and re.search(
                r"(?<![\w])" + re.escape(w) + r"(?![\w])", own_text, re.IGNORECASE):
            found.append(w)
    return found


def public_corpus(out_dir: Path) -> dict[str, str]:
    """doc_id → all text readable under public/<doc_id> (file contents and relative paths)."""
    from aiguillage.evaluate_readers import readable_text

    corpus: dict[str, str] = {}
    pub = out_dir / "public"
    if not pub.is_dir():
        return corpus
    for d in sorted(pub.iterdir()):
        chunks = [d.name]
        for f in sorted(d.rglob("*")):
            chunks.append(f.relative_to(pub).as_posix())
            if f.is_file():
                chunks.append(readable_text(f))
        corpus[d.name] = "\n".join(chunks)
    return corpus


def evaluate(out_dir: str | Path, truth_file: str | Path, detection: bool = True) -> Evaluation:
    """Routing, leaks and accounting of the batch in ``out_dir``; detection scores too when
    ``detection`` and the batch folder sits beside ``truth_file``."""
    out = Path(out_dir)
    truth = [json.loads(ln) for ln in Path(truth_file).read_text("utf-8").splitlines() if ln.strip()]
    with (out / "audit" / "manifest.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ev = Evaluation(documents=len(truth))
    by_source: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_source.setdefault(r["source"], []).append(r)
    ev.unaccounted = sum(1 for t in truth if len(by_source.get(t["source"], [])) != 1)
    ev.accounted_once = ev.unaccounted == 0 and len(rows) == len(truth)
    # every doc_id in exactly one route folder
    for r in rows:
        places = [x for x in ("public", "sovereign", "quarantine") if (out / x / r["doc_id"]).is_dir()]
        if places != [r["route"]]:
            ev.accounted_once = False
    corpus = public_corpus(out)
    norm_corpus = {k: _norm(v) for k, v in corpus.items()}
    all_public = "\n".join(norm_corpus.values())
    doc_ids = {src: rs[0].get("doc_id", "") for src, rs in by_source.items() if rs}
    for t in truth:
        got = by_source.get(t["source"], [{}])[0].get("route", "missing")
        exp = t["expected_route"]
        ev.routes[got] = ev.routes.get(got, 0) + 1
        ev.confusion.setdefault(exp, {}).setdefault(got, 0)
        ev.confusion[exp][got] += 1
        if exp != "public" and got == "public":
            ev.sensitive_public += 1
        if exp == "public":
            ev.public_eligible += 1
            if got != "public":
                ev.over_routed += 1
        own = norm_corpus.get(doc_ids.get(t["source"], ""), "")
        for value in t.get("pii", []):
            if _leaked(_norm(value), own, all_public):
                ev.leaks += 1
                ev.leaked_docs.append(t["source"])
        own_text = corpus.get(doc_ids.get(t["source"], ""), "")
        for ent in t.get("entities", []):
            if ent.get("type") == "PERSON" and own_text and name_words_leaked(str(ent["value"]), own_text):
                ev.name_word_leaks += 1
                ev.leaked_docs.append(t["source"])
    ev.leaked_docs = sorted(set(ev.leaked_docs))
    batch = Path(truth_file).parent / "batch"
    if detection and batch.is_dir() and any(t.get("entities") for t in truth):
        ev.detection = score_detection(batch, truth)
    return ev


# ---------------------------------------------------------------------------------------------
# Detection scores
# ---------------------------------------------------------------------------------------------

# Types the policy keeps in clear or that are not personal: scored, but not "personal tokens".
NOT_PERSONAL = frozenset({"PUBLIC_OFFICIAL", "ORGANIZATION", "LOCATION"})
CHECKSUMMED = frozenset({"FR_NIR", "IBAN_CODE", "FR_SIREN", "FR_SIRET", "FR_TAX_ID", "EU_VAT", "CREDIT_CARD"})
# A predicted type that counts for a gold type (the city of an address found as a place is found).
COMPATIBLE: dict[str, frozenset[str]] = {
    "FR_ADDRESS": frozenset({"FR_ADDRESS", "LOCATION"}),
    "LOCATION": frozenset({"LOCATION", "FR_ADDRESS"}),
    "FR_SIREN": frozenset({"FR_SIREN", "FR_SIRET"}),
    "FR_SIRET": frozenset({"FR_SIRET", "FR_SIREN"}),
}
_TOKEN = re.compile(r"\w+")


@dataclass
class TypeScore:
    """Token counts for one entity type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f2": round(self.f2, 4),  # noqa: E501
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class DetectionScores:
    """Per-type token scores, checksummed identifiers pooled, and the fully-redacted rate."""

    per_type: dict[str, TypeScore] = field(default_factory=dict)
    documents: int = 0
    fully_redacted: int = 0
    values_not_located: int = 0
    missed: list[dict[str, str]] = field(default_factory=list)

    @property
    def fully_redacted_pct(self) -> float:
        return 100.0 * self.fully_redacted / self.documents if self.documents else 100.0

    def pooled(self, types: frozenset[str]) -> TypeScore:
        out = TypeScore()
        for t in types:
            sc = self.per_type.get(t)
            if sc:
                out.tp, out.fp, out.fn = out.tp + sc.tp, out.fp + sc.fp, out.fn + sc.fn
        return out

    def to_dict(self) -> dict[str, Any]:
        personal = frozenset(t for t in self.per_type if t not in NOT_PERSONAL)
        return {"per_type": {k: v.to_dict() for k, v in sorted(self.per_type.items())},
                "checksummed_ids": self.pooled(CHECKSUMMED).to_dict(),
                "all_personal": self.pooled(personal).to_dict(),
                "documents": self.documents, "fully_redacted": self.fully_redacted,
                "fully_redacted_pct": round(self.fully_redacted_pct, 2),
                "values_not_located": self.values_not_located, "missed": self.missed[:50]}


def locate(text: str, value: str) -> list[tuple[int, int]]:
    """Every occurrence of ``value`` in ``text``, whitespace-flexible (a PDF may wrap a value)."""
    parts = [re.escape(p) for p in value.split()]
    if not parts:
        return []
    rx = re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")
    return [(m.start(), m.end()) for m in rx.finditer(text)]


def score_document(text: str, entities: list[dict[str, str]], findings: list[Any],
                   scores: DetectionScores, source: str = "") -> None:
    """Add one document's token counts to ``scores``."""
    gold: dict[int, str] = {}
    for ent in sorted(entities, key=lambda e: -len(e["value"])):
        spans = locate(text, ent["value"])
        if not spans:
            scores.values_not_located += 1
        for s, e in spans:
            for i in range(s, e):
                gold.setdefault(i, ent["type"])
    pred: dict[int, str] = {}
    for f in findings:
        for i in range(f.start, f.end):
            pred.setdefault(i, f.entity_type)
    complete = True
    for m in _TOKEN.finditer(text):
        g, p = gold.get(m.start()), pred.get(m.start())
        if g is None and p is None:
            continue
        if g is not None:
            ok = p is not None and p in COMPATIBLE.get(g, frozenset({g}))
            sc = scores.per_type.setdefault(g, TypeScore())
            if ok:
                sc.tp += 1
            else:
                sc.fn += 1
                scores.missed.append({"source": source, "type": g, "predicted": p or "", "offset": str(m.start())})  # noqa: E501
            if g not in NOT_PERSONAL and (p is None or p in ("PUBLIC_OFFICIAL", "ORGANIZATION")):
                complete = False
        if p is not None and (g is None or p not in COMPATIBLE.get(g, frozenset({g}))):
            scores.per_type.setdefault(p, TypeScore()).fp += 1
    if any(e["type"] not in NOT_PERSONAL for e in entities):
        scores.documents += 1
        scores.fully_redacted += int(complete)


def score_detection(batch_dir: Path, truth: list[dict[str, Any]]) -> DetectionScores:
    """Extract and analyse every labelled document of the batch; token scores per type."""
    from aiguillage.detect.engine import Detector
    from aiguillage.extract import extract
    from aiguillage.formats import sniff_format
    from aiguillage.records import QuarantineError

    docs: list[tuple[str, str, list[dict[str, str]]]] = []
    for t in truth:
        if not t.get("entities"):
            continue
        path = batch_dir / t["source"]
        try:
            text = extract(path, sniff_format(path)).text
        except QuarantineError:
            continue
        docs.append((t["source"], text, t["entities"]))
    scores = DetectionScores()
    results = Detector.get().analyze_many([d[1] for d in docs])
    for (source, text, ents), findings in zip(docs, results, strict=True):
        score_document(text, ents, findings, scores, source)
    return scores
