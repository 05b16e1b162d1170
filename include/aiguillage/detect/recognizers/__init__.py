"""French recognizers, one small class per identifier or name pattern."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from aiguillage.detect.recognizers.basic import (
    FrEmailRecognizer,
    FrIbanRecognizer,
    FrNirRecognizer,
    FrPhoneRecognizer,
)


def french_recognizers() -> list[EntityRecognizer]:
    return [FrNirRecognizer(), FrIbanRecognizer(), FrPhoneRecognizer(), FrEmailRecognizer()]
