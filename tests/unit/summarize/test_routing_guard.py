"""The boundary: a sovereign document cannot reach the public summarizer or connection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aiguillage.records import Route
from aiguillage.routing_guard import (
    PublicDocument,
    PublicSummarizer,
    RoutingViolation,
    SovereignDocument,
    SovereignSummarizer,
    UnverifiedDocument,
    assert_distinct,
    load_public,
    load_sovereign,
)
from aiguillage.summarize.base import Summary
from aiguillage.summarize.extractive import ExtractiveSummarizer
from aiguillage.summarize.openai_chat import Endpoint, OpenAIChatSummarizer
from aiguillage.verify import strict_sweep

PUBLIC_TEXT = (
    "Délibération du conseil municipal portant sur la rénovation de l'école. "
    "Le conseil approuve le plan de financement. Les travaux commenceront en juillet."
)
SOVEREIGN_TEXT = (
    "Arrêté portant placement en congé de longue maladie de Mme Claire Fontaine, née le 3 mai 1971."
)


def verify(text: str) -> list[object]:
    return list(strict_sweep(text))  # the identifier sweep of verify.py: real, and fast


@pytest.fixture
def out(tmp_path: Path) -> Path:
    pub = tmp_path / "public" / "dpub0000000000000001"
    pub.mkdir(parents=True)
    (pub / "text.txt").write_text(PUBLIC_TEXT, "utf-8")
    (pub / "meta.json").write_text(json.dumps({"verification": "passed"}), "utf-8")
    sov = tmp_path / "sovereign" / "dsov0000000000000001"
    sov.mkdir(parents=True)
    (sov / "text.txt").write_text(SOVEREIGN_TEXT, "utf-8")
    return tmp_path


def _ep(route: Route, url: str = "http://127.0.0.1:1/v1") -> Endpoint:
    return Endpoint(route=route, conn_id=f"aiguillage_{route.value}_llm", base_url=url, model="m")


def test_documents_are_sealed() -> None:
    with pytest.raises(RoutingViolation):
        PublicDocument("d1", SOVEREIGN_TEXT, "x")
    with pytest.raises(RoutingViolation):
        SovereignDocument("d1", SOVEREIGN_TEXT, "x")


def test_load_public_reads_only_verified_public_documents(out: Path) -> None:
    doc = load_public(out, "dpub0000000000000001", verify)
    assert doc.text == PUBLIC_TEXT and "text" not in repr(doc).replace("text_sha256", "")
    with pytest.raises(RoutingViolation):
        load_public(out, "dsov0000000000000001", verify)  # a sovereign document
    with pytest.raises(RoutingViolation):
        load_public(out, "../sovereign/dsov0000000000000001", verify)
    # present in two routes (an interrupted move): refused
    (out / "sovereign" / "dpub0000000000000001").mkdir()
    with pytest.raises(RoutingViolation):
        load_public(out, "dpub0000000000000001", verify)


def test_load_public_reverifies(out: Path) -> None:
    folder = out / "public" / "dpub0000000000000001"
    (folder / "text.txt").write_text(PUBLIC_TEXT + " Contact : claire.fontaine@exemple.fr", "utf-8")
    with pytest.raises(UnverifiedDocument):
        load_public(out, "dpub0000000000000001", verify)
    (folder / "text.txt").write_text(PUBLIC_TEXT, "utf-8")
    (folder / "meta.json").write_text(json.dumps({"verification": "failed:1"}), "utf-8")
    with pytest.raises(UnverifiedDocument):
        load_public(out, "dpub0000000000000001", verify)


def test_summarizers_accept_only_their_route(out: Path) -> None:
    pub = load_public(out, "dpub0000000000000001", verify)
    sov = load_sovereign(out, "dsov0000000000000001")
    public, sovereign = PublicSummarizer(ExtractiveSummarizer()), SovereignSummarizer(ExtractiveSummarizer())
    assert public.summarize(pub).text
    assert sovereign.summarize(sov).text
    with pytest.raises(RoutingViolation):
        public.summarize(sov)  # type: ignore[arg-type]
    with pytest.raises(RoutingViolation):
        sovereign.summarize(pub)  # type: ignore[arg-type]


def test_endpoints_are_bound_to_their_route() -> None:
    with pytest.raises(RoutingViolation):
        SovereignSummarizer(OpenAIChatSummarizer(_ep(Route.PUBLIC)))
    with pytest.raises(RoutingViolation):
        PublicSummarizer(OpenAIChatSummarizer(_ep(Route.SOVEREIGN)))
    SovereignSummarizer(OpenAIChatSummarizer(_ep(Route.SOVEREIGN)))
    PublicSummarizer(OpenAIChatSummarizer(_ep(Route.PUBLIC)))


def test_unbound_generative_backends_are_refused() -> None:
    class Rogue:
        model, model_class, generative = "rogue", "large", True

        def summarize(self, text: str) -> Summary:
            raise AssertionError("must never be called")

    with pytest.raises(RoutingViolation):
        SovereignSummarizer(Rogue())
    with pytest.raises(RoutingViolation):
        PublicSummarizer(Rogue())


def test_sovereign_connection_must_not_point_at_the_public_service() -> None:
    with pytest.raises(RoutingViolation):
        assert_distinct(
            _ep(Route.PUBLIC, "https://api.example.com/v1"),
            _ep(Route.SOVEREIGN, "https://api.example.com:443/other"),
        )
    assert_distinct(
        _ep(Route.PUBLIC, "https://api.example.com/v1"),
        _ep(Route.SOVEREIGN, "https://albert.api.etalab.gouv.fr/v1"),
    )
    assert_distinct(None, _ep(Route.SOVEREIGN))
