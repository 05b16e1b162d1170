"""French number plates."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_L = "A-HJ-NP-TV-Z"  # SIV letters: no I, O, U
# two-letter French words a capitalised title may put around a number
_WORD = r"(?:DE|LE|LA|EN|ET|CE|SE|NE|ME|TE|SA|MA|TA|ES|AS|NA|VA|LES|DES)"


_VEHICLE = (r"(?:voiture|v[ée]hicule|auto|automobile|camping-car|fourgon|fourgonnette|camion|camionnette|moto"
            r"|scooter|remorque|utilitaire|minibus|caravane|car|bus|tracteur|poids[ \u00a0-]lourd)s?")
_NATION = (r"(?:allemand|belge|suisse|espagnol|italien|luxembourgeois|n[ée]erlandais|hollandais|britannique"
           r"|anglais|portugais|polonais|andorran|mon[ée]gasque|autrichien|roumain|bulgare|tch[èe]que"
           r"|slovaque|hongrois|lituanien|irlandais|danois|su[ée]dois|norv[ée]gien|finlandais|croate"
           r"|slov[èe]ne|grec|marocain|alg[ée]rien|tunisien|[ée]tranger)(?:ne)?e?s?")


class FrLicensePlateRecognizer(FrPatternRecognizer):
    """Immatriculation: SIV (since 2009, "AB-123-CD", no I/O/U, SS excluded; dashes of any kind,
    dots, lower case; the temporary WW series, spaced or not) and FNI (before 2009, "123 ABC 75",
    "1234 AB 2A"); any plate, foreign ones too, right after "plaque" or "immatriculation". Context words raise the score; a spaced SIV
    ("AB 123 CD") whose letters are no French words, or an FNI plate alone in a table cell or a
    list item ("• 9921 YL 74 (vieux Trafic) ;"), scores without them. A plate is written on one
    line: its groups never run across a line break ("9,80⏎PB-02" ends a row and opens the next).

    Legal basis: RGPD art. 4(1): a plate leads to the registered keeper (CJUE, C-582/14 logic).
    """  # noqa: E501

    ENTITY = "FR_LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("SIV", rf"(?<![\w-])(?!SS|WW)[{_L}]{{2}}-\d{{3}}-(?!SS)[{_L}]{{2}}(?![\w-])", 0.65),
        Pattern("SIV_SPACED", rf"(?<![\w-])(?!SS|WW)[{_L}]{{2}}[ \t\u00a0]\d{{3}}[ \t\u00a0](?!SS)[{_L}]{{2}}(?![\w-])", 0.35),  # noqa: E501
        # spaced SIV whose letters are not two French words ("DE 300 EN" in a capitalised title)
        Pattern("SIV_SPACED_LETTERS",
                rf"(?<![\w-])(?!SS|WW)(?!{_WORD}[ \u00a0]\d{{3}}[ \u00a0]{_WORD}(?![\w-]))"
                rf"[{_L}]{{2}}[ \u00a0]\d{{3}}[ \u00a0](?!SS)[{_L}]{{2}}(?![\w-])", 0.5),
        # an old FNI plate alone in a table cell or a field of a list ("| 1287 ZV 86", "<TAB>312 ABC
        # 15", "— 8421 WC 35⏎")
        # (or between a table's gaps of three spaces or more: "…  n° 880744300217      6214 VS 44")
        Pattern("FNI_CELL",
                r"(?<=(?:^|[|\t]|[ \u00a0][—–][ \u00a0]|[ \u00a0]{3})[ \u00a0]*(?:[•·▪◦*–-][ \u00a0]*)?)\d{1,4}[ \u00a0-][A-Z]{1,3}[ \u00a0-](?:\d{2}|2[AB]|97[1-6])"  # noqa: E501
                r"(?=[ \u00a0]*(?:$|[|\t(]|[ \u00a0][—–][ \u00a0])|[ \u00a0]{3})", 0.5),
        # a Spanish plate, 4 digits and 3 consonants ("1234 BCD"), alone in a field
        Pattern("ES_CELL",
                r"(?<=(?:^|[|\t]|[ \u00a0][—–][ \u00a0]|[ \u00a0]{3})[ \u00a0]*)\d{4}[ \u00a0-]?[BCDFGHJKLMNPRSTVWXYZ]{3}"  # noqa: E501
                r"(?=[ \u00a0]*(?:$|[|\t(]|[ \u00a0][—–][ \u00a0])|[ \u00a0]{3})", 0.5),
        # one separator of two ("AB 123CD", "AB123-CD"): the SIV shape is distinctive enough
        Pattern("SIV_HALF_SPACED",
                rf"(?<![\w-])(?!SS|WW)[{_L}]{{2}}(?:[ \u00a0-]\d{{3}}|\d{{3}}[ \u00a0-])(?!SS)[{_L}]{{2}}(?![\w-])", 0.5),  # noqa: E501
        # two different separators ("EF 789-LM", "AB-123 CD"): the SIV shape is distinctive enough
        Pattern("SIV_MIXED_SEPARATORS",
                rf"(?<![\w-])(?!SS|WW)[{_L}]{{2}}(?:[ \u00a0]\d{{3}}-|-\d{{3}}[ \u00a0])"
                rf"(?!SS)[{_L}]{{2}}(?![\w-])", 0.5),
        # written without separators ("EF789LM"): the SIV shape is distinctive enough alone
        Pattern("SIV_COMPACT", rf"(?<![\w-])(?!SS|WW)[{_L}]{{2}}\d{{3}}(?!SS)[{_L}]{{2}}(?![\w-])", 0.5),
        # FNI whose département is Corsica or overseas ("1234 AB 2A"): no date or reference looks so
        Pattern("FNI_CORSICA_DOM", r"(?<![\w-])\d{1,4}[ \t\u00a0-][A-Z]{1,3}[ \t\u00a0-](?:2[AB]|97[1-6])(?![\w-])", 0.5),  # noqa: E501
        # SIV written with dashes of any kind or dots, in any case ("GH–482–KL", "ga.118.lm"); the
        # temporary WW series too
        Pattern("SIV_ANY_SEPARATOR",
                rf"(?<![\w-])(?!(?i:SS))(?i:[{_L}]{{2}})(?P<sep>[-‐‑‒−–—.]|[ \u00a0]-[ \u00a0])\d{{3}}(?P=sep)(?!(?i:SS))(?i:[{_L}]{{2}})(?![\w-])",  # noqa: E501
                0.6),
        # the temporary WW series with spaces or none ("WW 418 HN", "WW418HN"): no word reads so
        Pattern("WW_TEMPORARY", rf"(?<![\w-])WW[ \u00a0]?\d{{3}}[ \u00a0]?[{_L}]{{2}}(?![\w-])", 0.6),
        Pattern("SIV_COMPACT_LOWER", r"(?<![\w-])(?!ss)[a-hj-np-tv-z]{2}\d{3}(?!ss)[a-hj-np-tv-z]{2}(?![\w-])", 0.5),  # noqa: E501
        # any plate, French or foreign, right after the word that names it: "plaque belge
        # 1-ABC-123", "immatriculation : M-AB 1234", "plaque italienne AB 123CD"
        Pattern("AFTER_PLATE_WORD",
                r"(?<=(?i:plaques?|immatricul[ée]e?s?|immatriculation|immat\.?)(?:[ \u00a0]+\p{Ll}{3,})?"
                r"[ \u00a0]*(?:n[°o][ \u00a0]*)?:?[ \u00a0]*)"
                # (a French SIV shape is the SIV patterns' to judge: "AI-123-CD" has an I)
                r"(?!(?!WW)[A-Z]{2}[ \u00a0-]\d{3}[ \u00a0-][A-Z]{2}(?![\w-]))"
                r"(?=[A-Z0-9 \u00a0-]*\d)(?=[A-Z0-9 \u00a0-]*[A-Z])[A-Z0-9]{1,5}(?:[ \u00a0-][A-Z0-9]{1,5}){1,3}(?![\w-])",  # noqa: E501
                0.6),
        # a foreign plate after its vehicle and nationality ("voiture suisse GE 123456", "camping-car
        # allemand M-XY 4821", "fourgon immatriculé en Belgique 1-KLM-234", "immatriculé au
        # Luxembourg (LK 4521)"): letters and digits in one to four groups, some of each
        Pattern("AFTER_VEHICLE_NATIONALITY",
                rf"(?<=(?:(?i:{_VEHICLE})[ \u00a0]+(?i:{_NATION})"
                rf"|(?i:immatricul[ée]e?s?)[ \u00a0]+(?i:en|au|aux|à)[ \u00a0]+\p{{Lu}}[\p{{L}}-]+)"
                r"[ \u00a0]*[(:]?[ \u00a0]*)"
                r"(?![A-Z]{2}[ \u00a0-]\d{3}[ \u00a0-][A-Z]{2}(?![\w-]))"
                # three digits at least: a model ("BMW X5", "Golf GTI 2") is no plate
                r"(?=(?:[A-Z \u00a0-]*\d){3})(?=[A-Z0-9 \u00a0-]*[A-Z])[A-Z0-9]{1,6}(?:[ \u00a0-][A-Z0-9]{1,6}){1,3}(?![\w-])",  # noqa: E501
                0.6),
        # a Belgian plate since 2010: a digit, three letters, three digits, dashes ("2-CVB-118")
        Pattern("BELGIAN", r"(?<![\w-])[1-9]-[A-Z]{3}-\d{3}(?![\w-])", 0.6),
        Pattern("FNI", r"(?<![\w-])\d{1,4}[ \t\u00a0-]?[A-Z]{1,3}[ \t\u00a0-]?(?:\d{2}|2[AB]|97[1-6])(?![\w-])", 0.2),  # noqa: E501
    ]
    CONTEXT: ClassVar[list[str]] = ["immatriculation", "immatriculé", "véhicule", "plaque", "voiture",
                                    "immat", "camion", "camionnette", "fourgon", "remorque", "moto",
                                    "scooter", "camping-car", "utilitaire",
                                    # makes and models a plate is written after ("la Clio 2345 TX 44");
                                    # no number ("308", "2008": years) nor ordinary word ("golf")
                                    "renault", "peugeot", "citroën", "citroen", "dacia", "clio", "twingo",
                                    "mégane", "kangoo", "scénic", "berlingo", "sandero", "duster",
                                    "volkswagen", "toyota", "yaris", "fiat", "opel", "corsa", "audi",
                                    "bmw", "mercedes", "skoda", "nissan", "hyundai", "tesla", "rover", "jeep",
                                    "ford", "kia", "volvo", "honda", "mazda", "suzuki", "mitsubishi",
                                    "porsche", "lada", "subaru", "iveco", "chevrolet", "jaguar", "lancia",
                                    "4x4", "pick-up", "quad", "tracteur", "saleuse"]
