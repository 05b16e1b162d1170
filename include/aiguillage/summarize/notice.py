"""The transparency notice every summary carries.

The French public-sector guidance on generative AI asks that a text produced with AI says so,
names the tool, is dated, and is checked by a person before use. The notice is data (for the
audit and the UI) and one French sentence (for whoever reads the summary).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiguillage.summarize.base import Summary

ROUTE_LABEL = {
    "public": "service d'IA choisi pour les documents publics",
    "sovereign": "outil souverain (documents sensibles)",
}


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def transparency_notice(summary: Summary, route: str, generated_at: str | None = None) -> dict[str, Any]:
    """Structured notice plus its French text. No document value: model, date, method, route."""
    when = generated_at or utc_now()
    if summary.method == "generative":
        how = f"avec l'aide d'un système d'intelligence artificielle générative (modèle : {summary.model})"
    elif summary.method == "extractive":
        how = (
            f"automatiquement par un algorithme d'intelligence artificielle qui sélectionne des phrases du "
            f"document, sans IA générative (modèle : {summary.model})"
        )
    else:
        how = "automatiquement : le document est assez court pour tenir lieu de résumé"
    text = (
        f"Ce résumé a été produit {how}, le {when[:10]}, via le {ROUTE_LABEL.get(route, route)}. "
        "Il peut contenir des erreurs ou des omissions et doit être vérifié par une personne avant "
        "tout usage. Les passages du document dont il est tiré sont référencés."
    )
    return {
        "produced_with_ai": True,
        "generative": summary.method == "generative",
        "method": summary.method,
        "model": summary.model,
        "route": route,
        "generated_at": when,
        "human_review_required": True,
        "passages_referenced": len(summary.references),
        "text_fr": text,
    }
