"""Airflow connections written as ``AIRFLOW_CONN_*`` values, read without importing Airflow.

The summarizers and the sovereign second opinion read the same values the same way.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit


def connection_fields(value: str) -> dict[str, Any]:
    """The fields of an ``AIRFLOW_CONN_*`` value (JSON or URI form), as Airflow reads them."""
    value = value.strip()
    if value.startswith("{"):
        data = json.loads(value)
        extra = data.get("extra") or {}
        if isinstance(extra, str):
            extra = json.loads(extra) if extra.strip() else {}
        return {"conn_type": data.get("conn_type"), "host": data.get("host"), "schema": data.get("schema"),
                "login": data.get("login"), "password": data.get("password"), "port": data.get("port"),
                "extra": extra}
    parts = urlsplit(value)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    extra = json.loads(query.pop("__extra__")) if "__extra__" in query else query
    return {"conn_type": parts.scheme.replace("-", "_"), "host": unquote(parts.hostname or ""),
            "schema": unquote(parts.path.lstrip("/")) or None,
            "login": unquote(parts.username) if parts.username else None,
            "password": unquote(parts.password) if parts.password else None,
            "port": parts.port, "extra": extra}
