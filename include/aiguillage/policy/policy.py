"""Load a YAML policy, hash it, and decide a route for one document.

The policy is data: reason codes with their legal basis and route, contextual rules, and the
anonymization operator per entity type. Its version and sha256 go into every audit record.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from aiguillage.records import Decision, Evidence, Extraction, Finding, Reason, Route, strictest

PERSON_TYPES = {"PERSON"}
# Categories found by rules that are not vocabularies (markings, titles) and their reasons.
CATEGORY_REASONS = {"marking": "PROTECTION_MARKING"}
# What a document says of itself is never weighed away by the statistical reading.
NEVER_CLEARED = ("marking", "ip", "business_secret")
CATEGORY_LABELS = {"marking": "mention de protection"}
MARKING_KINDS = {"header", "footer", "metadata", "title"}
# A marking stands on its own line: the line holds little more than the marking itself.
MARKING_LINE_SLACK = 30
DEFAULT_EXPLAIN_CUES = r"(que\s+signifie|qu.est-ce|la\s+mention|\?|«|»)"


@dataclass(frozen=True)
class Rule:
    id: str
    reason: str
    regex: re.Pattern[str]
    scope: str = "text"
    requires_person: bool = False
    window: int = 400


@dataclass(frozen=True)
class Policy:
    version: str
    sha256: str
    name: str
    data: dict[str, Any]
    rules: tuple[Rule, ...] = field(default=())

    @property
    def force_sovereign(self) -> bool:
        return bool(self.data.get("force_sovereign", False))

    @property
    def min_score(self) -> float:
        return float(self.data.get("min_score", 0.5))

    @property
    def personal_entities(self) -> frozenset[str]:
        """Types anonymized before publication: personal data, plus the non-personal types
        the policy chooses to anonymize anyway."""
        extra = {t for t, spec in self.non_personal.items() if spec.get("action", "keep") != "keep"}
        return frozenset(self.data.get("personal_entities", [])) | extra

    @property
    def non_personal(self) -> dict[str, dict[str, Any]]:
        """Officials and organisations: what to do with them and which reason says so."""
        return {str(k): dict(v or {}) for k, v in (self.data.get("non_personal") or {}).items()}

    @property
    def explain_cues(self) -> re.Pattern[str]:
        return re.compile(str(self.data.get("explain_cues") or DEFAULT_EXPLAIN_CUES), re.I)

    @property
    def unreadable_flags(self) -> frozenset[str]:
        return frozenset(self.data.get("unreadable_flags", ["unreadable"]))

    def reason(self, code: str, evidence: tuple[Evidence, ...] = (), message: str = "") -> Reason:
        spec = self.data.get("reasons", {}).get(code)
        if spec is None:  # an unknown code is never public
            return Reason(code, Route.SOVEREIGN, "", evidence, message)
        return Reason(code, Route(spec["route"]), str(spec.get("legal_basis", "")), evidence, message)

    def operator_for(self, entity_type: str) -> dict[str, Any]:
        anon = self.data.get("anonymization", {})
        spec = anon.get("entities", {}).get(entity_type) or anon.get("default") or {"operator": "pseudonym"}
        return dict(spec)

    def decide(self, extraction: Extraction, findings: list[Finding]) -> Decision:
        """Route one document. Sensitive reasons are sovereign; personal data alone is public
        after anonymization (the verify stage may still send it sovereign)."""
        text = extraction.text
        kept = [f for f in findings if f.score >= self.min_score]
        reasons: list[Reason] = []
        persons = [f for f in kept if f.entity_type in PERSON_TYPES]
        cues = self.explain_cues
        for rule in self.rules:
            ev = self._fire(rule, extraction, text, persons, cues)
            if ev:
                reasons.append(self.reason(rule.reason, tuple(ev[:10])))
        reasons += self._sensitivity(extraction, kept)
        personal = [f for f in kept if f.entity_type in self.personal_entities]
        if personal:
            kinds = ", ".join(sorted({f.entity_type for f in personal}))
            reasons.append(self.reason("RGPD_PERSONAL", tuple(
                Evidence("finding", f.start, f.end, page=_page(extraction, f.start), entity_type=f.entity_type)  # noqa: E501
                for f in personal[:10]), f"{len(personal)} donnée(s) personnelle(s) à anonymiser ({kinds})"))
        for etype, spec in self.non_personal.items():
            if spec.get("action", "keep") != "keep":
                continue
            found = [f for f in findings if f.entity_type == etype and f.score >= float(spec.get("min_score", 0.5))]  # noqa: E501
            if found:
                reasons.append(self.reason(str(spec.get("reason", "PUBLIC_FUNCTION")), tuple(
                    Evidence(f"non_personal.{etype.lower()}.kept", f.start, f.end, page=_page(extraction, f.start),  # noqa: E501
                             entity_type=etype) for f in found[:10]),
                    f"{len(found)} {etype} kept in clear by policy (not a citizen's personal data)"))
        bad_flags = sorted(self.unreadable_flags & (extraction.flags | {
            fl for p in extraction.parts for fl in p.flags}))
        if bad_flags:
            reasons.append(self.reason("UNREADABLE", tuple(Evidence(f"extraction.{fl}") for fl in bad_flags),
                                       "une partie du contenu n'a pas pu être lue : " + ", ".join(bad_flags)))
        if self.force_sovereign:
            reasons.append(self.reason("FORCED_SOVEREIGN", (Evidence("policy.force_sovereign"),),
                                       "la politique envoie tout document lisible au souverain"))
        reasons = _merge(reasons)
        route = strictest(*(r.route for r in reasons)) if reasons else Route.PUBLIC
        return Decision(route, tuple(reasons), self.version, self.sha256)

    @property
    def sensitivity_enabled(self) -> bool:
        return bool((self.data.get("sensitivity") or {}).get("enabled", True))

    @property
    def disabled_categories(self) -> frozenset[str]:
        return frozenset((self.data.get("sensitivity") or {}).get("disabled_categories") or ())

    def _sensitivity(self, extraction: Extraction, findings: list[Finding]) -> list[Reason]:
        """One reason per sensitive category found (:mod:`aiguillage.sensitivity`), with its evidence
        and a message; a classifier failure is a reason too (fail closed)."""
        if not self.sensitivity_enabled:
            return []
        from aiguillage.sensitivity import default_classifier

        try:
            classifier = default_classifier()
            facts = classifier.classify(extraction, findings)
        except Exception as exc:  # a bug or a missing resource never means "not sensitive"
            return [self.reason("SENSITIVITY_FAILED", (Evidence("sensitivity.error"),), type(exc).__name__)]
        by_category: dict[str, list[Evidence]] = {}
        for f in facts:
            if f.category in self.disabled_categories:
                continue
            by_category.setdefault(f.category, []).append(Evidence(
                f.rule, f.start, f.end, page=_page(extraction, f.start), category=f.category,
                subject=f.subject))
        reasons: list[Reason] = []
        for category, evidence in by_category.items():
            spec = classifier.vocabulary.categories.get(category)
            code = spec.reason if spec else CATEGORY_REASONS.get(category, "CRPA_L311_6")
            label = spec.label.get("fr", category) if spec else CATEGORY_LABELS.get(category, category)
            about = sorted({e.subject for e in evidence if e.subject and e.subject != "none"})
            message = f"{label} : {len(evidence)} indice(s)"
            if about:
                message += f", au sujet de {', '.join(about)}"
            reasons.append(self.reason(code, tuple(evidence), message))
        if not reasons and self.model_enabled:
            reasons += self._model_reading(extraction, findings)
        elif reasons and self.model_enabled:
            reasons = self._model_clearance(extraction, reasons)
        return reasons

    @property
    def model_enabled(self) -> bool:
        """Whether the statistical reading runs (``sensitivity.model.enabled``, on by default)."""
        return bool(((self.data.get("sensitivity") or {}).get("model") or {}).get("enabled", True))

    @property
    def model_threshold(self) -> float | None:
        """The probability from which the statistical reading sends a document sovereign, or None
        when the policy switched it off (``sensitivity.model``)."""
        if not self.model_enabled:
            return None
        threshold = ((self.data.get("sensitivity") or {}).get("model") or {}).get("threshold")
        if threshold is None:
            from aiguillage.sensitivity.model import default_model

            return default_model().threshold
        return float(threshold)

    @property
    def model_anchor_step(self) -> float:
        """How much higher the threshold is for each anchor a document lacks, a named person and a
        sensitive term (``sensitivity.model.anchor_step``, null: the model's own)."""
        value = ((self.data.get("sensitivity") or {}).get("model") or {}).get("anchor_step")
        if value is None:
            from aiguillage.sensitivity.model import default_model

            return default_model().anchor_step
        return float(value)

    @property
    def model_clear_below(self) -> float:
        """The probability under which the statistical reading clears the rules' findings (0: never;
        ``sensitivity.model.clear_below``, null: the model's own)."""
        if not self.model_enabled:
            return 0.0
        value = ((self.data.get("sensitivity") or {}).get("model") or {}).get("clear_below")
        if value is None:
            from aiguillage.sensitivity.model import default_model

            return default_model().clear_below
        return float(value)

    @property
    def never_cleared(self) -> frozenset[str]:
        """Categories the statistical reading never clears: statements of the document itself."""
        spec = ((self.data.get("sensitivity") or {}).get("model") or {}).get("never_cleared")
        return frozenset(NEVER_CLEARED if spec is None else spec)

    def _model_clearance(self, extraction: Extraction, reasons: list[Reason]) -> list[Reason]:
        """The rules' reasons, or one public reason that keeps their evidence when the whole document
        reads like the published ones (probability under ``clear_below``). Why: a term the rules
        found in a general statement ("la lutte contre le cancer", "l'accueil des demandeurs
        d'asile") sends published délibérations sovereign; across the benchmark's authors, no
        sensitive document read that far from the sensitive ones. Any doubt keeps the rules' route:
        a marking, a third-party work or a business secret found, or a model that fails to read."""
        evidence = tuple(e for r in reasons for e in r.evidence)
        if any(e.category in self.never_cleared for e in evidence):
            return reasons
        try:
            clear_below = self.model_clear_below
            if clear_below <= 0:
                return reasons
            from aiguillage.sensitivity.model import default_model

            probability = default_model().probability(extraction.text)
        except Exception:  # without the model the rules' route stands (fail closed)
            return reasons
        if probability >= clear_below:
            return reasons
        categories = ", ".join(sorted({e.category for e in evidence if e.category}))
        message = (f"{len(evidence)} indice(s) des règles ({categories}) levé(s) : lecture statistique "
                   f"{_fr(probability)} < {_fr(clear_below)}, le document se lit comme les documents publiés")
        return [self.reason("SENSITIVITY_CLEARED", evidence, message)]

    def _model_reading(self, extraction: Extraction, findings: list[Finding]) -> list[Reason]:
        """The model's reading of a document the rules found nothing in (it only adds protection;
        the message names the category and the probability, never the document's words). A
        document that names no one or uses no sensitive term needs a higher probability
        (``anchor_step`` for each): its words alone, a colleague's note in the style of the
        sensitive ones, sent published documents sovereign."""
        from aiguillage.sensitivity import default_classifier
        from aiguillage.sensitivity.model import default_model

        try:  # the model's own threshold needs the model: loading it may fail too
            base = self.model_threshold
            assert base is not None
            model = default_model()
            reading = model.read(extraction.text)
            threshold = base
            if reading.probability >= base:  # (the anchors are looked for only where they matter)
                person, term = default_classifier().anchors(extraction.text, findings)
                threshold = model.threshold_for(base, self.model_anchor_step, person, term)
        except Exception as exc:  # a missing or corrupt model never means "not sensitive"
            error = (Evidence("sensitivity.model.error"),)
            return [self.reason("SENSITIVITY_FAILED", error, type(exc).__name__)]
        if reading.probability < threshold or reading.category in self.disabled_categories:
            return []
        from aiguillage.sensitivity.subjects import (
            declared_fiction,
            declared_pseudonymised,
            declared_template,
        )

        if declared_fiction(extraction.text) or declared_pseudonymised(extraction.text):
            return []  # a contest's short story, a training's made-up case: their persons are characters
        if declared_template(extraction.text) and not any(f.entity_type in PERSON_TYPES for f in findings):
            return []  # a model letter to fill in ("[Lieu], le [date]"), naming no one: its "je" is anyone's
        evidence = tuple(
            Evidence("sensitivity.model", c.start, c.end, page=_page(extraction, c.start),
                     category=reading.category)
            for c in reading.cues
        )
        spec = default_classifier().vocabulary.categories.get(reading.category or "")
        label = spec.label.get("fr", reading.category) if spec else (reading.category or "indéterminée")
        message = (f"lecture statistique : probabilité {_fr(reading.probability)} ≥ {_fr(threshold)} "
                   f"d'un document sensible (catégorie probable : {label}) ; {len(evidence)} indice(s)")
        return [self.reason("SENSITIVITY_MODEL", evidence, message)]

    def _fire(self, rule: Rule, extraction: Extraction, text: str, persons: list[Finding],
              cues: re.Pattern[str]) -> list[Evidence]:
        evidence: list[Evidence] = []
        spans = extraction.part_spans()
        for m in rule.regex.finditer(text):
            part = next((p for s, e, p in spans if s <= m.start() <= e), None)
            if rule.scope == "marking" and not _is_marking(text, m, part, cues):
                continue
            if rule.requires_person and not any(
                abs(p.start - m.start()) <= rule.window for p in persons
            ):
                continue
            evidence.append(Evidence(rule.id, m.start(), m.end(), page=part.page if part else None))
        return evidence


def _is_marking(text: str, m: re.Match[str], part: Any, cues: re.Pattern[str]) -> bool:
    """A marking counts where markings are put (header, footer, title, metadata, a line of its
    own, a line in capitals), not when a text talks about it (a FAQ explaining "Diffusion
    Restreinte", a sentence quoting « Confidentiel »)."""
    if part is not None and part.kind in MARKING_KINDS:
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    if cues.search(line):
        return False
    if len(line.strip()) <= len(m.group()) + MARKING_LINE_SLACK:
        return True
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _fr(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _page(extraction: Extraction, offset: int) -> int | None:
    part = extraction.locate(offset)
    return part.page if part else None


def _merge(reasons: list[Reason]) -> list[Reason]:
    by_code: dict[str, Reason] = {}
    for r in reasons:
        if r.code in by_code:
            prev = by_code[r.code]
            message = " ; ".join(m for m in (prev.message, r.message) if m)
            evidence = (prev.evidence + r.evidence)[:15]
            by_code[r.code] = Reason(r.code, r.route, r.legal_basis, evidence, message)
        else:
            by_code[r.code] = r
    return list(by_code.values())


def load_policy(path: str | Path | None = None) -> Policy:
    """Load ``path`` or the policy shipped with the package."""
    if path:
        raw = Path(path).read_bytes()
    else:
        raw = resources.files("aiguillage.policy").joinpath("default.yaml").read_bytes()
    data = yaml.safe_load(raw) or {}
    rules = tuple(
        Rule(id=r["id"], reason=r["reason"], regex=re.compile(r["pattern"], re.I),
             scope=r.get("scope", "text"), requires_person=bool(r.get("requires_person", False)),
             window=int(r.get("window", 400)))
        for r in data.get("rules", [])
    )
    return Policy(version=str(data.get("version", "unversioned")), sha256=hashlib.sha256(raw).hexdigest(),
                  name=str(data.get("name", "")), data=data, rules=rules)
