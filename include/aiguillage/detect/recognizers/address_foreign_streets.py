"""Addresses of other countries, by the street words of their languages: a type word before the
name ("Rua da Boavista, 1187, 3.º Esq., 4050-110 Porto", "2 carrer de la Font, 66200 Elne", "str.
Ștefan cel Mare nr. 41, bl. B2, sc. 1, ap. 9, MD-2001 Chișinău", "Odos Ermou 31", "douar Ouled
Sghir", "Hay Mohammadi, rue 12, n° 7, Casablanca", "вул. Сумська, буд. 71, кв. 18") or after it
("Whitefield Main Road, Bengaluru 560048", "İncilipınar Mah. 3. Cad. No: 18, 27090 Gaziantep"),
with the parts that follow: numbers, block, staircase, flat, postcode and town."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
_CAP = r"\p{Lu}[\p{L}'’.-]*\p{L}"
# the type words written before the street's name: Portuguese, Spanish, Catalan, Italian, Romanian,
# Polish, Hungarian, Russian and Ukrainian (in both alphabets), Greek, the Maghreb's quarters and
# villages
_PREFIX = (r"(?:rua|avenida|travessa|largo|pra[çc]a|estrada|carrer|calle|avinguda|avda\.|pla[çc]a|paseo"
           r"|passeig|camino|strada|str\.|bulevardul|calea|aleea|[șş]oseaua|ulica|ul\."
           r"|utca|ulitsa|vul\.|вул\.|вулиця|улица|ул\.|проспект|пр\.|odos|οδός|οδ\.|douar"
           # capitalised only: French "via Neussargues", English "hay fever" are none
           r"|(?-i:Via|Viale|Piazza|Corso|Hay|Derb))")
# the type words written after it: English, Indian, Turkish
_SUFFIX = (r"(?:Road|Street|Lane|Avenue|Nagar|Marg|Layout|Caddesi|Cad\.|Sokak|Sokağı|Sok\.|Mahallesi|Mah\."
           r"|Bulvarı|Blvd\.)")
_LINK = r"(?:de|da|do|dos|das|del|dels|de{_S}+la|d['’]|la|el|al|cel|lui|lu|e|i)".replace("{_S}", _S)
_NAME = rf"(?:{_CAP}|\d{{1,3}}\.?)(?:{_S}+(?:{_LINK}{_S}+)?(?:{_CAP}|\d{{1,3}}\.))*"
# (not a postcode before its town: "2 carrer de la Font, 66200 Elne")
_NUMBER = (rf"(?:,?{_S}*(?:(?i:nr\.?|n[°o]\.?|no\.?|no:|№|буд\.){_S}*)?\d{{1,5}}[a-zA-Z]?(?![\w])"
           rf"(?!{_S}+\p{{Lu}}\p{{Ll}}))")
# a part of an address after a comma: a short word (perhaps abbreviated) and a number ("bl. B2",
# "sc. 1", "ap. 9", "3.º Esq.", "кв. 18", "rue 12", "n° 7"), or a postcode and its town
_PART = (r"(?=(?:(?i:no|nr|n°):)?[^,\n:;]{0,14}\d)(?:(?:(?i:no|nr|n°):|[\p{L}°º]{1,6}\.?)" + _S + r"*)?[\p{L}\d.°º-]{1,6}(?:" + _S  # noqa: E501
         + r"+[\p{L}\d.°º]{1,6}\.?){0,2}")
_POSTCODE_TOWN = (rf"(?:(?:[A-Z]{{1,2}}-)?\d{{4,6}}(?:-\d{{3}})?{_S}+{_CAP}(?:[ \u00a0-]{_CAP}){{0,2}}"
                  rf"|{_CAP}(?:[ \u00a0-]{_CAP}){{0,2}}{_S}+\d{{5,6}}(?![\w]))")
# the administrative divisions an address of a village or a quarter names after it ("douar Ouled Sghir,
# commune d'Aklim, province de Berkane", "cercle de Ksar El Kébir", "quartier Les Vignères")
_ADMIN = (rf"(?i:commune|cercle|province|wilaya|da[iï]ra|ca[iï]dat|gouvernorat|district|oblast|raion"
          rf"|quartier|secteur|arrondissement)(?:{_S}+(?i:de|du|des)|{_S}*(?i:d['’]))?{_S}*"
          rf"(?:(?:Les|Le|La|L['’]){_S}*)?{_CAP}(?:[ \u00a0-]+(?:{_CAP}|el|al|El|Al))*")
_TAIL = rf"(?:{_S}*,{_S}*(?:{_POSTCODE_TOWN}|{_ADMIN}|{_PART}))*"
# a last town on its own after the parts, closing the clause ("…, n° 7, Casablanca.")
# (not the country: "…, Bristol BS8 1TH, Royaume-Uni" ends with the postcode, as the address
# recognizers have it)
_COUNTRY = (r"(?i:royaume-uni|united\s+kingdom|france|espagne|spain|portugal|italie|italy|allemagne|germany"
            r"|belgique|suisse|maroc|alg[ée]rie|tunisie|turquie|inde|india|chine|china|usa|[ée]tats-unis"
            r"|roumanie|moldavie|ukraine|russie|pologne|gr[èe]ce|greece|s[ée]n[ée]gal|mali)(?![\p{L}-])")
_LAST_TOWN = rf"(?:{_S}*,{_S}*(?!{_COUNTRY}){_CAP}(?={_S}*(?:[.;()|\n]|$)))?"
# a French street with the quarter or the division it lies in, then perhaps its town ("chemin des
# Puits, quartier Les Vignères, Cavaillon")
_FR_STREET = (rf"(?i:rue|chemin|avenue|route|impasse|all[ée]e|boulevard|place|sentier|quai)"
              rf"{_S}+(?:(?i:de{_S}+la|de{_S}+l['’]|des|du|de|d['’]){_S}*)?{_CAP}(?:[ \u00a0-]+{_CAP}){{0,3}}")  # noqa: E501


class FrForeignStreetAddressRecognizer(FrPatternRecognizer):
    """A street of another country by its type word and the parts after it (module docstring).
    The type word alone or before a word of lower case is none ("la via ferrata", "une calle").

    Legal basis: RGPD art. 4(1): where a named person lives locates them.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("FOREIGN_TYPE_BEFORE",
                rf"(?<![\w])(?:\d{{1,4}}[a-zA-Z]?,?{_S}+)?(?i:{_PREFIX}){_S}+(?:(?:{_LINK}){_S}+)?{_NAME}"
                rf"{_NUMBER}?{_TAIL}{_LAST_TOWN}", 0.6),
        Pattern("FOREIGN_TYPE_AFTER",
                rf"(?<![\w])(?:(?i:flat|apartment|apt\.?|house|unit){_S}+\w{{1,5}},{_S}*)?"
                rf"(?:{_CAP}(?:{_S}+{_CAP}){{0,2}},{_S}*){{0,2}}{_CAP}(?:{_S}+{_CAP}){{0,3}}{_S}+{_SUFFIX}"
                rf"(?:{_S}+\d{{1,3}}\.{_S}+{_SUFFIX})?"
                # a number or a part after it: a street named alone is a title ("Abbey Road")
                rf"(?:{_NUMBER}{_TAIL}|(?:{_S}*,{_S}*(?:{_POSTCODE_TOWN}|{_PART}))+){_LAST_TOWN}", 0.6),
        Pattern("STREET_IN_QUARTER",
                rf"(?<![\w])(?:\d{{1,4}}{_S}*(?:bis|ter)?,?{_S}+)?{_FR_STREET}(?:{_S}*,{_S}*{_ADMIN})+{_LAST_TOWN}", 0.6),  # noqa: E501
    ]
    CONTEXT: ClassVar[list[str]] = []
