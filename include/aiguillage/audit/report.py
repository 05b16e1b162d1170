"""The HTML audit report of a batch (Jinja2 + hand-drawn inline SVG charts), French by default.

Built from the batch's summary and its decision records (doc_id, hashes, codes, counts): the same
records as ``decisions.jsonl``, never the manifest, so no input path and no personal value can
reach it. ``write_report`` is called by ``batch.finalize``; ``render_batch`` rebuilds a report from
the archive (CLI ``aiguillage audit report``, the Airflow plugin) in either language.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup

from aiguillage.audit import charts
from aiguillage.audit.decisions import decision_record
from aiguillage.audit.history import (
    BatchStatus,
    StoreStatus,
    audit_dir,
    batch_dir,
    batch_dirname,
    list_batches,
    load_batch_records,
    load_summaries,
    read_summaries,
    summaries_of,
    verify_store,
)
from aiguillage.audit.i18n import (
    format_label,
    lang_of,
    reason_message,
    status_label,
    translator,
    verification_label,
)
from aiguillage.records import Outcome
from aiguillage.store import atomic_write_text

ROUTES = ("public", "sovereign", "quarantine")
TABLE_MAX = 1000
TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["ts"] = _ts_filter
    env.filters["num"] = _num_filter
    return env


@pass_context
def _ts_filter(ctx: Context, t: Any) -> str:
    return fmt_time(t, str(ctx.get("lang", "fr")))


@pass_context
def _num_filter(ctx: Context, v: Any, digits: int = 0) -> str:
    return fmt_num(v, digits, str(ctx.get("lang", "fr")))


def fmt_time(t: Any, lang: str = "fr") -> str:
    """A date as a reader of ``lang`` writes it: 06/12/2026 00:35:15 UTC, or 2026-12-06 00:35:15 UTC."""
    try:
        tm = time.gmtime(float(t))
    except (TypeError, ValueError, OverflowError, OSError):
        return "—"
    return time.strftime("%d/%m/%Y %H:%M:%S UTC" if lang_of(lang) == "fr" else "%Y-%m-%d %H:%M:%S UTC", tm)


def fmt_num(v: Any, digits: int = 0, lang: str = "fr") -> str:
    """French: narrow no-break space for thousands, decimal comma (1 234,5); English: 1,234.5."""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return "—"
    s = f"{f:,.{digits}f}"
    if lang_of(lang) != "fr":
        return s
    return s.replace(",", "\u202f").replace(".", ",")


ROUTE_ORDER = {r: i for i, r in enumerate(ROUTES)}

# Numbers drawn by the charts module, which writes them the English way: a whole text node that is
# a number (an axis tick), a value after ": " at the end of a tooltip, a histogram bin "a–b".
_SVG_NUMBER = re.compile(r"(?<=>)(-?\d+)\.(\d+)(?=<)|(?<=: )(-?\d+)\.(\d+)(?=</title>|<)")
_SVG_BIN = re.compile(r"(?<=[>–])(-?\d+)\.(\d+)(?=–|: )")


def localize_chart(svg: Any, lang: str) -> Any:
    """The decimal comma in a French chart (labels such as batch keys are left as they are); the
    chart stays markup (it was built escaped by the charts module)."""
    if not svg or lang_of(lang) != "fr":
        return svg

    def comma(m: re.Match[str]) -> str:
        whole, frac = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        return f"{whole},{frac}"

    text = _SVG_BIN.sub(lambda m: f"{m.group(1)},{m.group(2)}", _SVG_NUMBER.sub(comma, str(svg)))
    return Markup(text)  # the charts module's own escaped SVG, digits changed only


def _rules(reason: dict[str, Any]) -> list[str]:
    """The policy rules (and stage checks) that gave a reason, from its evidence; findings are
    counted in the entity column instead, an extraction check is its code."""
    ids = (str(e.get("rule", "")) for e in reason.get("evidence", []) if isinstance(e, dict))
    said = f"extract.{reason.get('code', '')}"  # the extraction check named by the code itself
    return [r for r in dict.fromkeys(ids) if r and r not in ("finding", said)]


def explain_reasons(record: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Each reason of a decision record with its human message (from its code: the records of
    the policy's rules carry none) and rules; a quarantine keeps its specific message (already
    scrubbed of quoted content and names by ``decision_record``) as the technical detail."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for x in record.get("reasons", []):
        code = str(x.get("code", ""))
        if code in seen:
            continue
        seen.add(code)
        detail = str(x.get("message", "")).strip() if x.get("route") == "quarantine" else ""
        out.append({"code": code, "route": str(x.get("route", "")), "message": reason_message(code, lang),
                    "rules": _rules(x), "detail": detail, "legal_basis": str(x.get("legal_basis", ""))})
    return out


def _policy_view(summary: dict[str, Any], policy_raw: bytes | None) -> dict[str, Any]:
    pol = dict(summary.get("policy", {}))
    view: dict[str, Any] = {"name": pol.get("name", ""), "version": pol.get("version", ""),
                            "sha256": pol.get("sha256", ""), "file": "missing", "reasons": [], "rules": [],
                            "personal_entities": [], "min_score": None, "force_sovereign": None}
    if policy_raw is None:
        return view
    import hashlib

    view["file"] = "ok" if hashlib.sha256(policy_raw).hexdigest() == view["sha256"] else "bad"
    try:
        # the C loader when built (a tenth of the time), with the same safe constructors
        data = yaml.load(policy_raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    except yaml.YAMLError:
        return view
    if not isinstance(data, dict):
        return view
    view["min_score"] = data.get("min_score")
    view["force_sovereign"] = bool(data.get("force_sovereign", False))
    view["personal_entities"] = [str(e) for e in data.get("personal_entities", [])]
    view["reasons"] = [{"code": str(code), "route": str(spec.get("route", "")),
                        "legal_basis": str(spec.get("legal_basis", ""))}
                       for code, spec in dict(data.get("reasons", {})).items() if isinstance(spec, dict)]
    view["rules"] = [{"id": str(r.get("id", "")), "reason": str(r.get("reason", "")),
                      "scope": str(r.get("scope", "text")), "requires_person": bool(r.get("requires_person"))}
                     for r in data.get("rules", []) if isinstance(r, dict)]
    return view


def build_context(summary: dict[str, Any], records: list[dict[str, Any]], lang: str = "fr", *,
                  status: BatchStatus | None = None, store: StoreStatus | None = None,
                  policy_raw: bytes | None = None, summaries: dict[str, Any] | None = None,
                  summarized: set[str] | None = None, summary_href: str | None = None,
                  queue: dict[str, str] | None = None) -> dict[str, Any]:
    """Everything the template shows, from codes, counts and hashes. ``summarized``: doc_ids
    whose summary exists; ``summary_href``: the link to one (``{doc_id}`` filled in); ``queue``:
    the summaries queue's state per doc_id."""
    t = translator(lang)
    summarized = summarized or set()
    queue = queue or {}
    route_label = {r: t[r] for r in ROUTES}
    route_colours = {t[r]: c for r, c in charts.ROUTE_COLOURS.items()}
    rows = [{
        "doc_id": r.get("doc_id", ""), "format": r.get("format", ""), "size": int(r.get("size", 0) or 0),
        "pages": int(r.get("pages", 0) or 0), "route": r.get("route", ""), "status": r.get("status", ""),
        "verification": r.get("verification", ""), "duration_ms": int(r.get("duration_ms", 0) or 0),
        "codes": ";".join(dict.fromkeys(str(x.get("code", "")) for x in r.get("reasons", []))),
        "entities": dict(r.get("entities", {})), "explained": explain_reasons(r, lang),
    } for r in records]

    routes = {r: int(summary.get("routes", {}).get(r, 0)) for r in ROUTES}
    reason_docs: Counter[str] = Counter()
    reason_info: dict[str, dict[str, str]] = {}
    for r in records:
        for x in r.get("reasons", []):
            code = str(x.get("code", ""))
            reason_info.setdefault(code, {"route": str(x.get("route", "")),
                                          "legal_basis": str(x.get("legal_basis", ""))})
        for code in dict.fromkeys(str(x.get("code", "")) for x in r.get("reasons", [])):
            reason_docs[code] += 1
    entities = {str(k): int(v) for k, v in dict(summary.get("entities", {})).items()}
    if not entities and records:
        ent: Counter[str] = Counter()
        for r in records:
            ent.update({str(k): int(v) for k, v in dict(r.get("entities", {})).items()})
        entities = dict(ent)

    formats_chart = None
    if rows:
        # documents per (format, route): formats by total, the largest drawn at the top
        per_format: dict[str, Counter[str]] = {f: Counter() for f in sorted({str(x["format"]) for x in rows})}
        for x in rows:
            per_format[str(x["format"])][str(x["route"])] += 1
        fmts = sorted(per_format, key=lambda f: sum(per_format[f][r] for r in ROUTES))
        formats_chart = charts.stacked_bars(
            [format_label(f, lang) for f in fmts],
            {route_label[c]: [per_format[f][c] for f in fmts] for c in ROUTES},
            t["formats_chart"], colours=route_colours, ylabel=t["documents"], horizontal=True)

    started = summary.get("started")
    finished = summary.get("finished")
    elapsed = float(finished) - float(started) if started and finished else None
    docs = int(summary.get("documents", len(records)))
    throughput = {
        "elapsed_s": elapsed,
        "docs_per_s": docs / elapsed if elapsed else None,
        "pages_per_s": int(summary.get("pages", 0)) / elapsed if elapsed else None,
        "processing_s": sum(x["duration_ms"] for x in rows) / 1000.0,
    }
    processed = [x for x in rows if x["status"] != "duplicate"]
    durations = [x["duration_ms"] for x in processed]
    ms_by_format: dict[str, list[int]] = {}
    for x in processed:
        ms_by_format.setdefault(str(x["format"]), []).append(x["duration_ms"])
    by_format = {format_label(f, lang): float(round(sum(v) / len(v)))
                 for f, v in sorted(ms_by_format.items())}

    quarantined = [
        {"doc_id": r.get("doc_id", ""), "format": r.get("format", ""),
         "format_label": format_label(str(r.get("format", "")), lang), "size": r.get("size", 0),
         "status": status_label(str(r.get("status", "")), lang), "reasons": explain_reasons(r, lang)}
        for r in records if r.get("route") == "quarantine"
    ]
    ordered = sorted(rows, key=lambda x: (ROUTE_ORDER.get(str(x["route"]), len(ROUTES)), str(x["doc_id"])))
    table = [
        {**{k: row[k] for k in ("doc_id", "format", "pages", "duration_ms", "codes")},
         "format_label": format_label(str(row["format"]), lang),
         "status": status_label(str(row["status"]), lang),
         "verification": verification_label(str(row["verification"]), lang),
         "reasons": row["explained"],
         "route": row["route"], "route_label": route_label.get(row["route"], row["route"]),
         "summary": (summary_href or "").format(doc_id=row["doc_id"]) if row["doc_id"] in summarized
         and row["route"] == "public" else None,
         "summarized": row["doc_id"] in summarized,
         "queue": t.get(f"queue_{queue.get(str(row['doc_id']), '')}", "")
         if row["route"] != "quarantine" else "",
         "entities": ", ".join(f"{k}\u00a0×{v}" for k, v in sorted(row["entities"].items()))}
        for row in ordered[:TABLE_MAX]
    ]
    skipped = [(t.get(f"skipped_{k}", k), int(v)) for k, v in dict(summary.get("skipped") or {}).items()
               if int(v)]
    tokens_chart = None
    if summaries and summaries.get("models"):
        tokens_chart = charts.stacked_bars(
            [m["model"] for m in summaries["models"]],
            {t["tokens_in"]: [m["tokens_in"] for m in summaries["models"]],
             t["tokens_out"]: [m["tokens_out"] for m in summaries["models"]]},
            t["tokens_chart"], horizontal=True)

    return {
        "t": t, "lang": lang_of(lang), "summary": summary, "batch": summary.get("batch", ""),
        "routes": routes, "route_label": route_label, "docs": docs, "throughput": throughput,
        "reasons": [{"code": c, "count": n, "message": reason_message(c, lang), **reason_info.get(c, {})}
                    for c, n in reason_docs.most_common()],
        "entities": sorted(entities.items(), key=lambda kv: -kv[1]),
        "formats": sorted(dict(summary.get("formats", {})).items(), key=lambda kv: -int(kv[1])),
        "quarantined": quarantined, "table": table, "table_truncated": len(records) > TABLE_MAX,
        "table_max": TABLE_MAX, "summaries": summaries, "policy": _policy_view(summary, policy_raw),
        "skipped": skipped, "summarized": len(summarized),
        "waiting": sum(1 for r in records if r.get("route") == "sovereign"
                       and queue.get(str(r.get("doc_id", ""))) in ("pending", "processing")),
        "format_labels": {f: format_label(str(f), lang) for f in dict(summary.get("formats", {}))},
        "status": status, "store": store, "generated": time.time(), "links": {},
        "charts": {
            "routes": charts.barh({route_label[r]: routes[r] for r in ROUTES}, t["docs_per_route"],
                                  colours=route_colours, xlabel=t["documents"]),
            "reasons": charts.barh(dict(reason_docs), t["reasons_chart"], xlabel=t["documents"]),
            "entities": charts.barh(entities, t["entities_chart"]),
            "formats": formats_chart,
            "durations": charts.histogram(durations, t["duration_hist"], xlabel="ms"),
            "by_format": charts.barh(by_format, t["duration_by_format"], xlabel="ms"),
            "tokens": tokens_chart,
        },
    }


def _localized(ctx: dict[str, Any]) -> dict[str, Any]:
    ctx["charts"] = {k: localize_chart(v, ctx["lang"]) for k, v in ctx["charts"].items()}
    return ctx


def render_report(summary: dict[str, Any], records: list[dict[str, Any]], lang: str = "fr",
                  links: dict[str, str] | None = None, **kwargs: Any) -> str:
    ctx = _localized(build_context(summary, records, lang, **kwargs))
    ctx["links"] = links or {}
    return environment().get_template("report.html.j2").render(**ctx)


def _status_of(store: StoreStatus, dirname: str) -> BatchStatus | None:
    return store.batch(dirname)


def summary_states(output_dir: str | Path) -> dict[str, str]:
    """``doc_id → state`` of the summaries queue (pending, done, withheld…), from
    ``audit/summaries.json``: codes only."""
    data = read_summaries(output_dir)
    docs = data.get("documents") if isinstance(data, dict) else None
    return {str(d["doc_id"]): str(d.get("state", "")) for d in docs or []
            if isinstance(d, dict) and isinstance(d.get("doc_id"), str)}


def summarized_docs(output_dir: str | Path) -> set[str]:
    """Doc ids of ``public/`` whose ``summary.json`` is written (local outputs; none otherwise)."""
    from aiguillage.records import Route
    from aiguillage.storage import is_remote
    from aiguillage.store import Store

    if is_remote(output_dir):
        return set()
    try:
        root = Store(output_dir).route_dir(Route.PUBLIC)
        return {p.parent.name for p in root.glob("*/summary.json")}
    except (OSError, ValueError):
        return set()


def _summary_href(output_dir: str | Path, depth: int) -> str | None:
    """The link from a report ``depth`` folders below ``OUT`` to a public summary, when the
    public area is ``OUT/public`` (an area elsewhere is not linked)."""
    from aiguillage.records import Route
    from aiguillage.store import Store

    try:
        if Store(output_dir).route_dir(Route.PUBLIC) != Path(output_dir) / "public":
            return None
    except (OSError, ValueError):
        return None
    return "../" * depth + "public/{doc_id}/summary.json"


def write_report(output_dir: str | Path, summary: dict[str, Any], outcomes: list[Outcome],
                 lang: str = "fr") -> Path:
    """Write ``audit/report.html`` (and its archived copy) for a finished batch, then the history.
    Called by ``batch.finalize`` under the audit lock, after the ledger entry."""
    batch = str(summary["batch"])
    bd = batch_dir(output_dir, batch)
    p = bd / "decisions.jsonl"
    records = load_batch_records(output_dir, bd.name) if p.exists() else [
        decision_record(o, batch) for o in sorted(outcomes, key=lambda o: o.source)]
    store = verify_store(output_dir)
    policy_raw = (bd / "policy.yaml").read_bytes() if (bd / "policy.yaml").exists() else None
    summarized = summarized_docs(output_dir)
    kwargs: dict[str, Any] = {"status": _status_of(store, bd.name), "store": store, "policy_raw": policy_raw,
                              "summaries": load_summaries(output_dir, batch), "summarized": summarized,
                              "queue": summary_states(output_dir)}
    name = report_name(lang)
    html = render_report(summary, records, lang, summary_href=_summary_href(output_dir, 1), **kwargs)
    atomic_write_text(audit_dir(output_dir) / name, html)
    if bd.is_dir():  # two folders deeper: the same page, its links to summaries moved (one render)
        atomic_write_text(bd / name, html.replace('href="../public/', 'href="../../../public/'))
    write_history(output_dir, lang, store=store)
    return audit_dir(output_dir) / name


def report_name(lang: str) -> str:
    return "report.html" if lang_of(lang) == "fr" else f"report.{lang_of(lang)}.html"


def history_name(lang: str) -> str:
    return "history.html" if lang_of(lang) == "fr" else f"history.{lang_of(lang)}.html"


def render_batch(output_dir: str | Path, batch: str, lang: str = "fr", store: StoreStatus | None = None,
                 links: dict[str, str] | None = None, depth: int | None = None) -> str:
    """Rebuild the report of an archived batch (by key or folder name) in ``lang``. ``depth``:
    folders between ``OUT`` and where the report is written, for the links to public summaries
    (None: not written under ``OUT``, no links)."""
    import json

    dirname = batch_dirname(batch)
    bd = audit_dir(output_dir) / "batches" / dirname
    summary = json.loads((bd / "summary.json").read_text("utf-8"))
    store = store or verify_store(output_dir)
    policy_raw = (bd / "policy.yaml").read_bytes() if (bd / "policy.yaml").exists() else None
    ctx = build_context(summary, load_batch_records(output_dir, dirname), lang,
                        status=_status_of(store, dirname), store=store, policy_raw=policy_raw,
                        summaries=load_summaries(output_dir, str(summary.get("batch", batch))),
                        summarized=summarized_docs(output_dir), queue=summary_states(output_dir),
                        summary_href=_summary_href(output_dir, depth) if depth is not None else None)
    ctx = _localized(ctx)
    ctx["links"] = links or {}
    return environment().get_template("report.html.j2").render(**ctx)


def history_context(output_dir: str | Path, lang: str = "fr",
                    store: StoreStatus | None = None) -> dict[str, Any]:
    """Trends across the store's batches: routes, shares, throughput, reasons, tokens, energy."""
    t = translator(lang)
    store = store or verify_store(output_dir)
    batches = list_batches(output_dir)
    summaries_data = read_summaries(output_dir)  # parsed once, not once per batch
    rows: list[dict[str, Any]] = []
    top_reasons: Counter[str] = Counter()
    for s in batches:
        routes = {r: int(s.get("routes", {}).get(r, 0)) for r in ROUTES}
        docs = int(s.get("documents", 0)) or sum(routes.values())
        started, finished = s.get("started"), s.get("finished")
        elapsed = float(finished) - float(started) if started and finished else None
        sm = summaries_of(summaries_data, str(s.get("batch", "")))
        st = store.batch(s["_dir"])
        rows.append({
            "batch": str(s.get("batch", s["_dir"])), "dir": s["_dir"], "finished": finished,
            "documents": docs,
            "routes": routes, "share": {r: (100.0 * routes[r] / docs if docs else 0.0) for r in ROUTES},
            "docs_per_s": docs / elapsed if elapsed else None, "reasons": dict(s.get("reasons", {})),
            "tokens_in": sm["tokens_in"] if sm else None, "tokens_out": sm["tokens_out"] if sm else None,
            "energy_wh": sm["energy_wh"] if sm else None, "ok": st.ok if st else False,
            "policy": dict(s.get("policy", {})).get("version", ""),
        })
        top_reasons.update(dict(s.get("reasons", {})))
    labels = [r["batch"][-24:] for r in rows]
    route_colours = {t[r]: c for r, c in charts.ROUTE_COLOURS.items()}
    codes = [c for c, _ in top_reasons.most_common(6)]
    return {
        "t": t, "lang": lang_of(lang), "rows": rows, "store": store, "generated": time.time(),
        "output_dir": str(output_dir), "links": {},
        "charts": {
            "routes": charts.stacked_bars(labels, {t[r]: [row["routes"][r] for row in rows] for r in ROUTES},
                                          t["history_routes"], colours=route_colours, ylabel=t["documents"]),
            "share": charts.lines(labels, {t[r]: [row["share"][r] for row in rows] for r in ROUTES},
                                  t["history_share"], ylabel="%", colours=route_colours),
            "throughput": charts.lines(labels, {t["docs_per_s"]: [row["docs_per_s"] for row in rows]},
                                       t["history_throughput"], ylabel=t["docs_per_s"]),
            "reasons": charts.lines(labels,
                                    {c: [float(row["reasons"].get(c, 0)) for row in rows] for c in codes},
                                    t["history_reasons"], ylabel=t["documents"]),
            "tokens": charts.lines(labels, {t["tokens_in"]: [row["tokens_in"] for row in rows],
                                            t["tokens_out"]: [row["tokens_out"] for row in rows]},
                                   t["history_tokens"]),
            "energy": charts.lines(labels, {t["energy"]: [row["energy_wh"] for row in rows]},
                                   t["history_energy"], ylabel="Wh"),
        },
    }


def render_history(output_dir: str | Path, lang: str = "fr", store: StoreStatus | None = None,
                   links: dict[str, str] | None = None) -> str:
    """The history page; written as ``audit/history.html`` it links each batch to its archived
    report (``batches/<dir>/report.html``) unless ``links`` says otherwise (the Airflow plugin)."""
    ctx = _localized(history_context(output_dir, lang, store))
    ctx["links"] = links if links is not None else {"batch": "batches/{dir}/" + report_name(lang)}
    return environment().get_template("history.html.j2").render(**ctx)


def write_history(output_dir: str | Path, lang: str = "fr", store: StoreStatus | None = None) -> Path:
    p = audit_dir(output_dir) / history_name(lang)
    atomic_write_text(p, render_history(output_dir, lang, store))
    return p


def write_reports(output_dir: str | Path, lang: str = "fr", batch: str | None = None) -> list[Path]:
    """Regenerate reports from the archive (``aiguillage audit report``): one batch, or all of them,
    plus the history; the latest batch's report is also written as ``audit/report[.<lang>].html``."""
    store = verify_store(output_dir)
    batches = list_batches(output_dir)
    every = list(batches)
    if batch is not None:
        batches = [s for s in batches if s["_dir"] == batch_dirname(batch) or s.get("batch") == batch]
        if not batches:
            raise FileNotFoundError(f"batch {batch!r} not found in {output_dir}")
    out: list[Path] = []
    name = report_name(lang)
    latest = every[-1]["_dir"] if every else None
    for s in batches:
        html = render_batch(output_dir, s["_dir"], lang, store, depth=3)
        p = audit_dir(output_dir) / "batches" / s["_dir"] / name
        atomic_write_text(p, html)
        out.append(p)
        if s["_dir"] == latest:
            top = html.replace('href="../../../public/', 'href="../public/')
            atomic_write_text(audit_dir(output_dir) / name, top)
            out.append(audit_dir(output_dir) / name)
    out.append(write_history(output_dir, lang, store))
    return out

