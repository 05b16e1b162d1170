"""The abstract operator: a presidio-anonymizer ``Operator`` that knows its policy name.

Presidio instantiates operators without arguments and hands them ``params``; the policy's spec
(``{operator: hash, salt: ...}``) and the shared :class:`Session` travel in those params. Every
replacement is recorded in the session, so release copies and the re-identification table see
exactly what the text saw.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from presidio_anonymizer.operators import Operator as PresidioOperator
from presidio_anonymizer.operators import OperatorType

from aiguillage.anonymize.session import Session

PREFIX = "aiguillage_"


class OperatorError(ValueError):
    """A policy names an unknown operator or gives it bad parameters (fails closed)."""


class Operator(PresidioOperator, ABC):
    """One anonymization operator. Subclasses set :attr:`name` and implement :meth:`apply`."""

    name: ClassVar[str] = ""
    #: parameters the policy may give; anything else is refused
    params: ClassVar[frozenset[str]] = frozenset()

    @abstractmethod
    def apply(self, value: str, entity_type: str, spec: dict[str, Any], session: Session) -> str:
        """The replacement of ``value``."""

    def check(self, spec: dict[str, Any]) -> None:
        unknown = set(spec) - set(self.params) - {"operator"}
        if unknown:
            raise OperatorError(f"operator {self.name!r}: unknown parameter(s) {sorted(unknown)}")

    # presidio's interface
    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        p = params or {}
        session: Session = p["session"]
        value = text or ""
        out = self.apply(value, str(p["entity_type"]), dict(p.get("spec", {})), session)
        session.record(str(p["entity_type"]), value, out, self.name)
        return out

    def validate(self, params: dict[str, Any] | None = None) -> None:
        p = params or {}
        if not isinstance(p.get("session"), Session):
            raise OperatorError(f"operator {self.name!r} needs an anonymization session")
        self.check(dict(p.get("spec", {})))

    def operator_name(self) -> str:
        return PREFIX + self.name

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize
