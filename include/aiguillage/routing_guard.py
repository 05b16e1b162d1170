"""The boundary between routes for summaries: a sovereign document cannot reach a public endpoint.

Three locks, each enough on its own:

1. Types. The public summarizer takes a :class:`PublicDocument`, the sovereign one a
   :class:`SovereignDocument` (mypy rejects a mix-up). Both are sealed: only the loaders of this
   module can make one, and the summarizers check the exact type at run time too.
2. Provenance. :func:`load_public` reads only ``OUT/public/<doc_id>/`` of a document that lives
   nowhere else, whose meta says "verification passed", and re-verifies the text before handing
   it out. :func:`load_sovereign` reads only ``OUT/sovereign/<doc_id>/``.
3. Endpoints. An endpoint carries the route of the connection it was built from; the public
   summarizer refuses a sovereign endpoint and the sovereign summarizer refuses anything that is not
   a sovereign endpoint or the embedded summarizer. :func:`assert_distinct` refuses a sovereign
   connection that points at the public service.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aiguillage.records import Finding, Route
from aiguillage.store import Store
from aiguillage.summarize.base import Summarizer, Summary, text_sha256
from aiguillage.summarize.openai_chat import Endpoint, OpenAIChatSummarizer

_DOC_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_PUBLIC_SEAL = object()
_SOVEREIGN_SEAL = object()

Verifier = Callable[[str], Sequence[Finding]]


class RoutingViolation(RuntimeError):
    """A document, or an endpoint, was offered to the wrong route. Never caught to continue."""


class UnverifiedDocument(RoutingViolation):
    """A public document whose text no longer passes verification: it is not summarized."""


@dataclass(frozen=True)
class PublicDocument:
    """Verified, anonymized text from ``public/``. Only :func:`load_public` makes one."""

    doc_id: str
    text: str = field(repr=False)
    text_sha256: str
    _seal: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._seal is not _PUBLIC_SEAL:
            raise RoutingViolation("a PublicDocument can only come from load_public()")


@dataclass(frozen=True)
class SovereignDocument:
    """Raw text from ``sovereign/``. Only :func:`load_sovereign` makes one."""

    doc_id: str
    text: str = field(repr=False)
    text_sha256: str
    _seal: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._seal is not _SOVEREIGN_SEAL:
            raise RoutingViolation("a SovereignDocument can only come from load_sovereign()")


def _check_id(doc_id: str) -> str:
    if not _DOC_ID.match(doc_id):
        raise RoutingViolation("malformed doc_id")
    return doc_id


def load_public(output_dir: str | Path, doc_id: str, verify: Verifier) -> PublicDocument:
    """The public text of ``doc_id``, re-verified. Raises if the document is not (only) public."""
    store = Store(output_dir)
    where = store.where(_check_id(doc_id))
    if where != [Route.PUBLIC]:
        raise RoutingViolation(f"document {doc_id} is not a public document ({[r.value for r in where]})")
    folder = store.doc_dir(Route.PUBLIC, doc_id)
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    if meta.get("verification") != "passed":
        raise UnverifiedDocument(f"document {doc_id}: verification is not 'passed'")
    text = (folder / "text.txt").read_text("utf-8")
    if verify(text):
        raise UnverifiedDocument(f"document {doc_id}: residual personal data on re-verification")
    return PublicDocument(doc_id, text, text_sha256(text), _PUBLIC_SEAL)


def load_sovereign(output_dir: str | Path, doc_id: str) -> SovereignDocument:
    """The extracted text of a sovereign document."""
    store = Store(output_dir)
    folder = store.doc_dir(Route.SOVEREIGN, _check_id(doc_id))
    text = (folder / "text.txt").read_text("utf-8")
    return SovereignDocument(doc_id, text, text_sha256(text), _SOVEREIGN_SEAL)


def _endpoint_of(backend: Summarizer) -> Endpoint | None:
    return backend.endpoint if isinstance(backend, OpenAIChatSummarizer) else None


def assert_distinct(public: Endpoint | None, sovereign: Endpoint | None) -> None:
    """A sovereign connection that points at the public service is a configuration error."""
    if public is None or sovereign is None:
        return
    if public.host == sovereign.host or public.base_url == sovereign.base_url:
        raise RoutingViolation("the sovereign LLM connection points at the public LLM service")


class PublicSummarizer:
    """Summaries of public documents: the embedded summarizer or the public endpoint."""

    route = Route.PUBLIC

    def __init__(self, backend: Summarizer) -> None:
        ep = _endpoint_of(backend)
        if ep is not None and ep.route is not Route.PUBLIC:
            raise RoutingViolation("the public summarizer only uses the public connection")
        if ep is None and backend.generative:
            raise RoutingViolation("unknown generative backend: bind it through an Endpoint")
        self.backend = backend

    def summarize(self, doc: PublicDocument) -> Summary:
        if type(doc) is not PublicDocument or doc._seal is not _PUBLIC_SEAL:
            raise RoutingViolation("only a PublicDocument loaded from public/ may be summarized here")
        return self.backend.summarize(doc.text)


class SovereignSummarizer:
    """Summaries of sovereign documents: only the sovereign endpoint (or the embedded summarizer)."""

    route = Route.SOVEREIGN

    def __init__(self, backend: Summarizer) -> None:
        ep = _endpoint_of(backend)
        if ep is not None and ep.route is not Route.SOVEREIGN:
            raise RoutingViolation("a sovereign document may only reach the sovereign connection")
        if ep is None and backend.generative:
            raise RoutingViolation("unknown generative backend: bind it through an Endpoint")
        self.backend = backend

    def summarize(self, doc: SovereignDocument) -> Summary:
        if type(doc) is not SovereignDocument or doc._seal is not _SOVEREIGN_SEAL:
            raise RoutingViolation("only a SovereignDocument may be summarized here")
        return self.backend.summarize(doc.text)
