"""The auditors' web view: batches of the configured output stores, their reports, their chain status.

A FastAPI app without Airflow imports; the Airflow plugin (``plugins/aiguillage_audit``) mounts it
and adds Airflow's authentication as a dependency. Stores are named by their index in
``AIGUILLAGE_OUTPUT_DIRS`` (``os.pathsep``-separated) and batches by their archive folder: a request
can only reach what is listed. It serves reports and statuses, never the manifests (input paths).
Links are relative, so the app works under any prefix and behind a proxy.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse, JSONResponse

ENV_DIRS = "AIGUILLAGE_OUTPUT_DIRS"
ROUTES = ("public", "sovereign", "quarantine")


def configured_dirs() -> list[Path]:
    raw = os.environ.get(ENV_DIRS, "")
    return [Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip()]


def _lang(lang: str) -> str:
    from aiguillage.audit.i18n import lang_of

    return lang_of(lang)


def _other(lang: str) -> str:
    return "en" if _lang(lang) == "fr" else "fr"


def create_app(dirs: Callable[[], list[Path]] = configured_dirs, dependencies: Sequence[Any] = ()) -> FastAPI:
    """The app; ``dependencies`` guard every route (the plugin passes Airflow's auth check)."""
    app = FastAPI(title="Aiguillage — audit", dependencies=list(dependencies), docs_url=None, redoc_url=None,
                  openapi_url=None)

    def store(i: int) -> Path:
        stores = dirs()
        if not 0 <= i < len(stores) or not (stores[i] / "audit").is_dir():
            raise HTTPException(status_code=404, detail="unknown output store")
        return stores[i]

    def known_batch(root: Path, dirname: str) -> str:
        from aiguillage.audit.history import list_batches

        if dirname not in {s["_dir"] for s in list_batches(root)}:
            raise HTTPException(status_code=404, detail="unknown batch")
        return dirname

    @app.get("/", response_class=HTMLResponse)
    def index(lang: str = Query("fr")) -> HTMLResponse:
        from aiguillage.audit.history import list_batches, verify_store
        from aiguillage.audit.i18n import translator
        from aiguillage.audit.report import environment

        lg = _lang(lang)
        stores: list[dict[str, Any]] = []
        for i, root in enumerate(dirs()):
            entry: dict[str, Any] = {"index": i, "path": str(root), "missing": not (root / "audit").is_dir()}
            if not entry["missing"]:
                st = verify_store(root)
                entry["status"] = st
                entry["history"] = f"stores/{i}/history?lang={lg}"
                entry["rows"] = [{
                    "batch": str(s.get("batch", s["_dir"])), "dir": s["_dir"], "finished": s.get("finished"),
                    "documents": int(s.get("documents", 0)),
                    "routes": {r: int(s.get("routes", {}).get(r, 0)) for r in ROUTES},
                    "status": st.batch(s["_dir"]), "report": f"stores/{i}/batches/{s['_dir']}?lang={lg}",
                } for s in reversed(list_batches(root))]
            stores.append(entry)
        import time

        html = environment().get_template("index.html.j2").render(
            t=translator(lg), lang=lg, stores=stores, generated=time.time(),
            links={"lang": f"?lang={_other(lg)}"})
        return HTMLResponse(html)

    @app.get("/stores/{i}/batches/{dirname}", response_class=HTMLResponse)
    def batch_report(i: int, dirname: str, lang: str = Query("fr")) -> HTMLResponse:
        from aiguillage.audit.report import render_batch

        root = store(i)
        d = known_batch(root, dirname)
        lg = _lang(lang)
        html = render_batch(root, d, lg, links={"back": f"../../../?lang={lg}",
                                                "history": f"../history?lang={lg}",
                                                "lang": f"?lang={_other(lg)}"})
        return HTMLResponse(html)

    @app.get("/stores/{i}/history", response_class=HTMLResponse)
    def history(i: int, lang: str = Query("fr")) -> HTMLResponse:
        from aiguillage.audit.report import render_history

        root = store(i)
        lg = _lang(lang)
        html = render_history(root, lg, links={"back": f"../../?lang={lg}", "lang": f"?lang={_other(lg)}",
                                               "batch": "batches/{dir}?lang=" + lg})
        return HTMLResponse(html)

    @app.get("/api/stores")
    def api_stores() -> JSONResponse:
        from aiguillage.audit.history import verify_store

        out = []
        for i, root in enumerate(dirs()):
            if (root / "audit").is_dir():
                out.append({"index": i, **verify_store(root).to_dict()})
            else:
                out.append({"index": i, "output_dir": str(root), "ok": False, "problems": ["missing"],
                            "batches": []})
        return JSONResponse(out)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
