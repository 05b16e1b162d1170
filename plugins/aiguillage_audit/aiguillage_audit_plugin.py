"""Aiguillage — audit: the auditors' entry in the Airflow 3 UI.

Registers the FastAPI app of :mod:`aiguillage.audit.web` under ``/aiguillage-audit`` and an external
view that shows it in the UI (menu "Browse"). Every route requires an Airflow user allowed to see
the custom view "Aiguillage audit" (the auth manager decides; the simple auth manager lets viewers
in). The output stores come from ``AIGUILLAGE_OUTPUT_DIRS`` (``os.pathsep``-separated).

Airflow imports each ``.py`` file of the plugins folder as a top-level module named after the file,
hence one uniquely named file here. Heavy modules (pyarrow, the report code) load on first request.
"""

from __future__ import annotations

from typing import Any

from aiguillage.audit.web import create_app
from airflow.plugins_manager import AirflowPlugin
from fastapi import Depends, HTTPException, Request, status

URL_PREFIX = "/aiguillage-audit"
VIEW_NAME = "Aiguillage audit"


async def require_auditor(request: Request) -> None:
    """An Airflow session (UI cookie) or bearer token whose user may read this custom view."""
    from airflow.api_fastapi.app import get_auth_manager
    from airflow.api_fastapi.auth.managers.base_auth_manager import COOKIE_NAME_JWT_TOKEN
    from airflow.api_fastapi.core_api.security import resolve_user_from_token

    auth = request.headers.get("authorization", "")
    token = auth[7:] if auth.lower().startswith("bearer ") else request.cookies.get(COOKIE_NAME_JWT_TOKEN)
    user: Any = await resolve_user_from_token(token)  # 401 without a credential, 403 for a bad one
    if not get_auth_manager().is_authorized_custom_view(method="GET", resource_name=VIEW_NAME, user=user):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Forbidden")


class AiguillageAuditPlugin(AirflowPlugin):
    name = "aiguillage_audit"
    fastapi_apps = [  # noqa: RUF012 — the AirflowPlugin interface is class attributes
        {"app": create_app(dependencies=[Depends(require_auditor)]), "url_prefix": URL_PREFIX,
         "name": "Aiguillage — audit"},
    ]
    external_views = [  # noqa: RUF012
        {"name": "Aiguillage — audit", "href": "aiguillage-audit/", "url_route": "aiguillage-audit",
         "destination": "nav", "category": "browse"},
    ]
