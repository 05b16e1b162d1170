"""Ages that are someone's only as a value of their record ("Georges Faure, 81 ans", "Marie-Thérèse
Issert, septuagénaire", "Mme Hoang Thi Mai, dans sa 80e année")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.age import _AGE

_S = r"[ \u00a0]"
LOW = 0.4  # under the policy's 0.5: "un septuagénaire", "dans sa 80e année" alone name no one


class FrRecordAgeRecognizer(FrPatternRecognizer):
    """An age in any of its shapes: "N ans" (digits or words), "septuagénaire" and the other
    decades, "dans sa 80e année". Alone it scores under the policy's threshold (a duration, a
    generation); the detector raises it when it is a value of a person's record, written right
    after their name with only separators between
    (:func:`aiguillage.detect.engine.chained_places`). No context word raises it.

    Legal basis: RGPD art. 4(1): with a name, an age singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("AGE", rf"(?<![\w]){_AGE}", LOW),
        Pattern("DECADE", r"(?<![\w])(?i:quadra|quinqua|sexa|septua|octo|nona)g[ée]naires?(?![\w])", LOW),
        Pattern("YEAR_OF_LIFE",
                rf"(?<![\w])(?i:dans{_S}+(?:sa|son)){_S}+\d{{1,3}}{_S}*(?:e|[èe]me){_S}+(?i:ann[ée]e)(?![\w])",
                LOW),
    ]
    CONTEXT: ClassVar[list[str]] = []
