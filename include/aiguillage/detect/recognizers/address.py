"""Postal addresses."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

WAYS = (r"(?:rue|avenue|av\.|bd|boulevard|place|pl\.|impasse|imp\.|chemin|ch\.|all[ée]e|route|rte|quai|cours|square"  # noqa: E501
        r"|voie|passage|sentier|cit[ée]|r[ée]sidence|lotissement|hameau|lieu-dit|lieu[ \u00a0]dit|lieudit|rond-point|esplanade"  # noqa: E501
        r"|promenade|parvis|faubourg|fg|mont[ée]e|traverse|villa|domaine|clos|mail|chauss[ée]e|ruelle|venelle"
        r"|sente|carrefour|rocade|zac|za|zi|parc"
        # farms named as addresses: "ferme du Bois Joli", "la Bastide Neuve" ("mas" also names
        # public quarters: it counts after a verb of residence, see RESIDENCE_PLACE)
        r"|bastide|ferme|m[ée]tairie|bergerie"
        # abbreviations: "12, r. de la République", "14 chem. des Vignes"
        r"|r\.|chem\.|che\.|all\.|sq\.|r[ée]s\.|lot\.|fbg\.|bld\.?|blvd\.?|ave\.?|av)")
_UP = r"A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LO = r"a-zàâäçéèêëîïôöùûüÿœæ"
_WORD = rf"(?:[{_UP}][{_UP}{_LO}]*(?:[-'’][{_UP}{_LO}]+)*|\d{{1,4}}(?!\d))"
_LINK = rf"(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de|d['’]|la|le|les|l['’]|et|sur|sous|aux|au|en|[{_LO}]+-)"  # noqa: E501
_NAME = rf"(?:(?:{_LINK}[ \u00a0]*)?{_WORD})(?:[ \u00a0]+(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,5}}"
_NUM = r"\d{1,4}(?:\s?(?:bis|ter|quater|[A-D])\b)?"
_NOT_CEDEX = r"(?!(?i:cedex)(?![\p{L}]))"
_CITY = (rf"(?:\d{{5}}|\d{{2}}[ \u00a0]\d{{3}})[ \u00a0]+{_NOT_CEDEX}[{_UP}][{_UP}{_LO}'’\-]+"
         rf"(?:[ \u00a0\-]+(?:(?:sur|sous|en|lès|les|le|la|de|du|d['’])[ \u00a0\-]*)?{_NOT_CEDEX}[{_UP}][{_UP}{_LO}'’\-]+){{0,4}}"  # noqa: E501
         rf"(?:[ \u00a0]+(?i:cedex)(?:[ \u00a0]+\d{{1,2}})?)?")

# Buildings that carry a name of their own ("la maison dite …").
_HOUSES = (r"maison|propri[ée]t[ée]|ferme|mas|bastide|chalet|villa|moulin|manoir|grange|bergerie|m[ée]tairie"
           r"|cabanon|pavillon|g[îi]te|demeure|ch[âa]teau|domaine|b[âa]timent|immeuble|r[ée]sidence")
# Verbs and participles of residence; "mise en demeure" is not one.
_RESIDES = (r"(?i:demeurant|demeurent|demeure|domicili[ée]e?s?|r[ée]sidant|r[ée]sident|r[ée]side|habitant"
            r"|habitent|habite|vivant|vivent|vit|install[ée]e?s?)")
_AT = r"(?i:au|aux|à[ \u00a0]+la|à[ \u00a0]+l['’]|à|en|sur|dans[ \u00a0]+la|dans[ \u00a0]+le)"
_CIVILITY = r"(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr|Monsieur|Madame|Mademoiselle|Maître|Docteur)(?![\p{L}])"


class FrAddressRecognizer(FrPatternRecognizer):
    """Postal address: number (bis/ter), type of way, name, then optionally postcode and city;
    a postcode followed by a city; a way without a number ("avenue Émile Zola"); BP/CS boxes.

    Legal basis: RGPD art. 4(1): a home address identifies and locates a person.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("ADDRESS_FULL",
                rf"(?i:\b{_NUM}[ \u00a0]*,?(?:[ \u00a0]*\n)?[ \u00a0]*{WAYS})(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*){_NAME}"  # noqa: E501
                rf"(?:[ \u00a0]*[,\n–-]?[ \u00a0]*{_CITY})?", 0.75),
        Pattern("ADDRESS_WAY", rf"(?<![\w])(?i:{WAYS})[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_WORD}(?:[ \u00a0]+(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,4}}"  # noqa: E501
                rf"(?:[ \u00a0]*,?[ \u00a0]*{_CITY})?", 0.45),
        Pattern("POSTCODE_CITY", rf"(?<![\w.,])(?<!\d\s){_CITY}", 0.55),
        # the flat within a building: "Appartement 52, 9e étage, escalier D", "Bât. B, porte 12"
        Pattern("ADDRESS_UNIT",
                r"(?i)(?<![\w])(?:appartement|appart\.?|appt\.?|apt\.?|logement|lgt\.?|b[âa]t(?:iment|\.)?)"
                # the unit's number or letter stands apart or is a capital/digit: not the rest of a
                # word ("appartient", "apte", "bâtir", "bateau")
                r"(?:[ \u00a0]*n[°o][ \u00a0]*|[ \u00a0]+|(?=[\d\-]|(?-i:[A-Z])))-?[A-Z0-9]{1,4}\b"
                r"(?:[ \u00a0]*,?[ \u00a0]*(?:\d{1,2}[ \u00a0]*(?:e|er|[èe]me|[èe]re|è)[ \u00a0]+[ée]tage|[ée]tage[ \u00a0]+\d{1,2}"  # noqa: E501
                r"|escalier[ \u00a0]+[A-Z0-9]{1,2}|esc\.[ \u00a0]*[A-Z0-9]{1,2}|porte[ \u00a0]+\d{1,4}))*", 0.6),  # noqa: E501
        Pattern("ADDRESS_FLOOR",
                r"(?i)(?<![\w])\d{1,2}[ \u00a0]*(?:e|er|[èe]me|è)[ \u00a0]+[ée]tage[ \u00a0]*,?[ \u00a0]*(?:escalier|esc\.)"  # noqa: E501
                r"[ \u00a0]*[A-Z0-9]{1,2}\b", 0.6),
        # foreign streets and postcodes: "Hauptstraße 12", "ul. Marszałkowska 12", "Via Roma 5", "00-950 Warszawa"  # noqa: E501
        Pattern("FOREIGN_STREET",
                r"(?<![\w])\p{Lu}[\p{L}-]*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|straat|laan|gracht|vej|gatan)"
                r"[ \u00a0]+\d{1,4}[a-z]?(?![\w])", 0.7),
        Pattern("FOREIGN_STREET_BEFORE",
                r"(?<![\w])(?i:ul\.|ulica|via|viale|piazza|calle|avenida|rua|plaza|carrer|strada)[ \u00a0]+"
                r"\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+){0,3},?[ \u00a0]+\d{1,4}[a-z]?(?![\w])", 0.6),  # noqa: E501
        Pattern("FOREIGN_POSTCODE", r"(?<![\w-])\d{2}-\d{3}[ \u00a0]+\p{Lu}\p{Ll}+(?:[ \u00a0-]\p{Lu}\p{Ll}+)?", 0.5),  # noqa: E501
        # the end of a city name wrapped alone onto the next line of an address block
        # ("38393 Blondel⏎Robindan⏎"): one word, alone on its line, right under a postcode line
        Pattern("CITY_WRAPPED",
                r"(?<=(?:^|\n)[ \u00a0]*\d{5}[ \u00a0]+\p{Lu}[^\n\d]{1,40}\n[ \u00a0]*)"
                r"\p{Lu}[\p{L}'’-]{2,}(?=[ \u00a0]*(?:\n|$))", 0.55),
        # a building named in an address line, before its floor, flat or street:
        # "Immeuble Le Belvédère, 3e étage, 6 rue Foch", "Résidence Les Pins – 12 allée des Cèdres"
        Pattern("BUILDING",
                rf"(?<![\w])(?i:immeuble|b[âa]timent|r[ée]sidence|tour|villa|pavillon)[ \u00a0]+(?:{_LINK}[ \u00a0]*)?"  # noqa: E501
                rf"(?=[{_UP}]){_NAME}(?=[ \u00a0]*[,–-]?[ \u00a0]*(?i:{_NUM}[ \u00a0]*,?[ \u00a0]*{WAYS}(?![\w])"  # noqa: E501
                r"|\d{1,2}[ \u00a0]*(?:e|er|[èe]me)[ \u00a0]+[ée]tage|escalier|esc\.|appartement|appt|porte))", 0.65),  # noqa: E501
        # a named house or farm: "la maison dite La Grange du Pré", "propriété appelée « Les Tilleuls »"
        Pattern("NAMED_HOUSE",
                rf"(?<![\w])(?i:{_HOUSES})[ \u00a0]+(?i:dite?s?|appel[ée]e?s?|nomm[ée]e?s?|baptis[ée]e?s?)"
                rf"[ \u00a0]+(?:[«“\"][ \u00a0]*)?{_NAME}", 0.7),
        # where a person lives, said with a verb of residence, written without a number:
        # "demeurant Les Hauts de Bellevue", "il demeure Quartier Les Plans", "domicilié au Mas
        # Blanc", "habite à La Roche-Vineuse"
        Pattern("RESIDENCE_PLACE",
                rf"(?<=(?<![\w]|en[ \u00a0]){_RESIDES}[ \u00a0]+(?:{_AT}[ \u00a0]*)?)"
                rf"(?!{_CIVILITY})(?:(?i:quartier|lieu[- \u00a0]?dit|hameau|r[ée]sidence|cit[ée]|domaine|mas|ferme"  # noqa: E501
                rf"|ch[âa]teau|villa|immeuble|maison)[ \u00a0]+(?:{_LINK}[ \u00a0]*)?)?(?=[{_UP}]){_WORD}"
                rf"(?:[ \u00a0]+(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,4}}", 0.6),
        Pattern("PO_BOX", r"(?i)\b(?:BP|B\.P\.|CS|TSA)\s?\d{2,6}\b", 0.4),
    ]
    CONTEXT: ClassVar[list[str]] = ["demeurant", "domicilié", "domiciliée", "adresse", "résidant", "habitant", "sis", "situé",  # noqa: E501
                                    "habite", "habitent", "réside", "résident", "demeure", "vit", "vivent"]
