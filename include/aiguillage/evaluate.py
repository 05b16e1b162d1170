"""Evaluate a finished batch against the truth of a sample corpus.

Leaks: any truth value found anywhere under ``OUT/public`` (content or path). Sensitive documents
sent public. Over-routing: public-eligible documents not sent public. Accounting: each input once.
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
    leaked_docs: list[str] = field(default_factory=list)
    sensitive_public: int = 0
    public_eligible: int = 0
    over_routed: int = 0
    routes: dict[str, int] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def over_routing_pct(self) -> float:
        return 100.0 * self.over_routed / self.public_eligible if self.public_eligible else 0.0

    @property
    def ok(self) -> bool:
        return self.accounted_once and self.leaks == 0 and self.sensitive_public == 0

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "accounted_once": self.accounted_once,
                "unaccounted": self.unaccounted, "leaks": self.leaks, "leaked_docs": self.leaked_docs,
                "sensitive_public": self.sensitive_public, "public_eligible": self.public_eligible,
                "over_routed": self.over_routed, "over_routing_pct": round(self.over_routing_pct, 2),
                "routes": self.routes, "confusion": self.confusion, "ok": self.ok}


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


def evaluate(out_dir: str | Path, truth_file: str | Path) -> Evaluation:
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
        for value in t.get("pii", []):
            nv = _norm(value)
            if len(nv) >= 4 and nv in all_public:
                ev.leaks += 1
                ev.leaked_docs.append(t["source"])
    ev.leaked_docs = sorted(set(ev.leaked_docs))
    return ev
