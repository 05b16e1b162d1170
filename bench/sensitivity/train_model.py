"""Train the sensitivity model shipped in ``aiguillage/sensitivity/data/model.json.gz``.

The model is a logistic regression over TF-IDF word and word-pair features (scikit-learn), fitted
on every hand-written tuning set of ``bench/sensitivity/corpus`` (``eval_sensitivity.TUNING``: each
document's extracted text and its labelled route), on the personal-data benchmark's development
sets (public documents dense in personal data) and on generated samples, plus one small model
per category that names the category an alert most likely belongs to. The held-out sets are never
read. scikit-learn is a development dependency only: the package ships the weights as data and
scores them itself (:mod:`aiguillage.sensitivity.model`), so that no pickled object ties a release
to a library version.

    .venv/bin/python bench/sensitivity/train_model.py [--out PATH] [--check]

``--check`` retrains and compares with the shipped file (exit 1 when they differ). Hyperparameters
and threshold were chosen on dev11 and dev12 before they were trained on (docs/sensitivity.md).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "include"))
OUT = ROOT / "include" / "aiguillage" / "sensitivity" / "data" / "model.json.gz"

MAX_FEATURES = 50_000  # C and features by cross-validation on 21 sets (sixth session; 20,000 and C=3 before)
C = 10.0
# C, MAX_FEATURES, THRESHOLD and CLEAR_BELOW chosen by leave-one-set-out cross-validation on the 21
# tuning sets (each set scored by a model trained without it: a new author each time; `crossval.py`,
# docs/sensitivity.md, sixth session). C=10 with 50,000 features left 24 sensitive documents of the
# 1,526 public where C=3 with 20,000 left 29, for as many public ones kept (108 of 1,454).
# THRESHOLD: from this probability a document the rules would publish goes sovereign (0.70 until
# the sixth session). CLEAR_BELOW: under it, a document the rules flagged reads like the published
# ones (the policy's clearance; never markings, third-party works, business secrets): at 0.05 no
# left-out sensitive document was cleared (the lowest scored 0.09).
# Seventh session, on 24 sets (1,751 sensitive, 1,679 public; rules alone 220 / 91): left-out errors at
# 0.60 were 38 / 134 (sensitive public / public kept), at 0.55 32 / 153, at 0.50 26 / 179; the three
# new sets by fresh authors (implicit facts, other languages, published records that cross the line)
# leaked more than the earlier ones, and a leak is the failure the product may not have: 0.55.
# Twelfth session: a third of the public documents kept sovereign on held-out sets were the model's
# alone (notes and e-mails between colleagues). Among the documents the rules would publish, those
# the model rightly sent sovereign nearly all name a person and use a term of the vocabularies; its
# wrong ones often lack one of the two. Threshold 0.50 for a document with both, ANCHOR_STEP higher
# for each one missing (0.60, 0.70). Left-out on 36 sets (2,636 sensitive, 2,564 public; rules alone
# 269 / 98): flat 0.55 36 / 180; 0.50 and 0.10 31 / 165; 0.50 and 0.15 37 / 143 (fewer leaks first).
THRESHOLD = 0.50
ANCHOR_STEP = 0.10
CLEAR_BELOW = 0.05
CATEGORY_WEIGHTS = 200  # positive weights kept per category (the category only explains an alert)
MIN_CATEGORY_DOCUMENTS = 5
# bench/pii/corpus, not its holdout
PII_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")
SAMPLES, SAMPLES_SEED = 300, 2026  # generated documents (eval_sensitivity measures seed 7)
DIGITS = 6


def _eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_sensitivity", ROOT / "bench" / "eval_sensitivity.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents() -> list[tuple[str, str, list[str]]]:
    """(text, route, categories) of every tuning document, in set and file order."""
    from aiguillage.extract import extract
    from aiguillage.formats import sniff_format

    ev = _eval_module()
    out = []
    for name in ev.TUNING:
        for row in ev.labelled(name):
            text = extract(row["path"], sniff_format(row["path"])).text
            out.append((text, row["route"], row["categories"]))
    return out + generated() + personal_data_letters()


def personal_data_letters() -> list[tuple[str, str, list[str]]]:
    """The personal-data leak benchmark's development sets (``bench/pii/corpus``, its held-out set
    excepted): public documents dense in citizens' names, addresses and numbers. Without them, a
    page full of personal data looked sensitive by itself; personal data are anonymised, not
    sensitive."""
    from aiguillage.extract import extract
    from aiguillage.formats import sniff_format

    out = []
    for name in PII_SETS:
        folder = ROOT / "bench" / "pii" / "corpus" / name
        for line in (folder / "labels.jsonl").read_text("utf-8").splitlines():
            row = json.loads(line)
            path = str(folder / row["file"])
            out.append((extract(path, sniff_format(path)).text, row["route"], []))
    return out


def generated() -> list[tuple[str, str, list[str]]]:
    """Documents of the sample generator (another seed than the evaluation's): the ordinary letters
    to citizens about their file that the hand-written sets hold few of (without them, a letter
    saying "votre dossier" to "Madame" looked sensitive)."""
    from aiguillage.extract import extract
    from aiguillage.formats import sniff_format
    from aiguillage.records import QuarantineError
    from aiguillage.samples import generate

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for t in generate(Path(tmp), n=SAMPLES, seed=SAMPLES_SEED):
            if t["expected_route"] not in ("public", "sovereign"):
                continue
            path = str(Path(tmp) / "batch" / t["source"])
            try:
                text = extract(path, sniff_format(path)).text
            except QuarantineError:
                continue
            out.append((text, t["expected_route"], []))
    return out


def _round(x: float) -> float:
    return float(f"{x:.{DIGITS}g}")


def fit(texts: list[str], routes: list[str]) -> tuple[TfidfVectorizer, LogisticRegression]:
    """The vectorizer and the sensitive-or-not regression, fitted (also what ``crossval.py`` fits
    once per left-out set)."""
    y = np.array([1 if route == "sovereign" else 0 for route in routes])
    vectorizer = TfidfVectorizer(lowercase=True, ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                 max_features=MAX_FEATURES)
    x = vectorizer.fit_transform(texts)
    return vectorizer, LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, y)


def train(docs: list[tuple[str, str, list[str]]]) -> dict[str, object]:
    texts = [t for t, _, _ in docs]
    y = np.array([1 if route == "sovereign" else 0 for _, route, _ in docs])
    vectorizer, model = fit(texts, [route for _, route, _ in docs])
    x = vectorizer.transform(texts)
    terms = vectorizer.get_feature_names_out()
    features = {
        str(t): [_round(float(idf)), _round(float(w))]
        for t, idf, w in zip(terms, vectorizer.idf_, model.coef_[0], strict=True)
    }
    categories: dict[str, object] = {}
    for category in sorted({c for _, _, cats in docs for c in cats}):
        yc = np.array([1 if category in cats else 0 for _, _, cats in docs])
        if yc.sum() < MIN_CATEGORY_DOCUMENTS:
            continue
        m = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, yc)
        top = np.argsort(-m.coef_[0])[:CATEGORY_WEIGHTS]
        categories[category] = {
            "intercept": _round(float(m.intercept_[0])),
            "weights": {
            str(terms[i]): _round(float(m.coef_[0][i])) for i in sorted(top) if m.coef_[0][i] > 0
        },
        }
    return {
        "kind": "tfidf-logistic",
        "trained_on": {"sets": [*_eval_module().TUNING, *(f"pii/{s}" for s in PII_SETS),
                                f"samples(n={SAMPLES}, seed={SAMPLES_SEED})"],
                       "documents": len(docs),
                       "sovereign": int(y.sum()), "scikit_learn": sklearn.__version__},
        "tokens": r"(?u)\b\w\w+\b",
        "ngrams": [1, 2],
        "sublinear_tf": True,
        "threshold": THRESHOLD,
        "anchor_step": ANCHOR_STEP,
        "clear_below": CLEAR_BELOW,
        "intercept": _round(float(model.intercept_[0])),
        "features": features,
        "categories": categories,
    }


def dump(model: dict[str, object]) -> bytes:
    raw = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with the shipped model instead of writing")
    ns = ap.parse_args(argv)
    data = dump(train(documents()))
    if ns.check:
        same = ns.out.is_file() and ns.out.read_bytes() == data
        print("model up to date" if same else f"{ns.out} differs from a fresh training")
        return 0 if same else 1
    ns.out.write_bytes(data)
    print(f"wrote {ns.out} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
