"""Postal addresses."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import NAME_SEQ

WAYS = (r"(?:rue|avenue|av\.|bd|boulevard|place|pl\.|impasse|imp\.|chemin|ch\.|all[ée]e|route|rte|quai|cours|square"  # noqa: E501
        r"|voie|passage|sentier|cit[ée]|r[ée]sidence|lotissement|hameau|lieu-dit|lieu[ \u00a0]dit|lieudit|rond-point|esplanade"  # noqa: E501
        r"|promenade|parvis|faubourg|fg|mont[ée]e|traverse|villa|domaine|clos|mail|chauss[ée]e|ruelle|venelle"
        r"|sente|carrefour|rocade|zac|za|zi|parc|c[ôo]te|descente|rampe|grand['’]rue|grande[ \u00a0]rue"
        # Breton: "8 hent Sant-Yann", "straed ar Vro"
        r"|hent|straed"
        # farms named as addresses: "ferme du Bois Joli", "la Bastide Neuve" ("mas" also names
        # public quarters: it counts after a verb of residence, see RESIDENCE_PLACE)
        r"|bastide|ferme|m[ée]tairie|bergerie"
        # abbreviations: "12, r. de la République", "14 chem. des Vignes"
        r"|r\.|chem\.|che\.|all\.|sq\.|r[ée]s\.|lot\.|fbg\.|bld\.?|blvd\.?|ave\.?|av)")
_UP = r"A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LO = r"a-zàâäçéèêëîïôöùûüÿœæ"
# a word of a place's name; a civility starts a person, not the rest of a street ("rue X et Mme Y")
# (a word glued to digits is a code: "FR76" opens an IBAN, not a place's word)
_WORD = rf"(?:(?!(?:M|MM|Mme|Mmes|Mlle|Me)\.?[ \u00a0])[{_UP}][{_UP}{_LO}]*(?:[-'’][{_UP}{_LO}]+)*(?![{_UP}{_LO}\d])|\d{{1,4}}(?!\d))"  # noqa: E501
# (Breton names take their own articles: "4 hent ar Porzh", "straed an Iliz", "hent al Lann")
_LINK = rf"(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de|d['’]|la|le|les|l['’]|et|sur|sous|aux|au|en|ar|an|al|[{_LO}]+-)"  # noqa: E501
# (the words of a name are one or two spaces apart: three and more are a column's gap in a table
# aligned with spaces, "14 r. Conti      CNI n° …")
_NAME = rf"(?:(?:{_LINK}[ \u00a0]*)?{_WORD})(?:[ \u00a0]{{1,2}}(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,5}}"
# a number, a range of numbers ("118-120 avenue de Grammont", "12-14 allée Frida-Kahlo"), bis/ter
_NUM = r"\d{1,4}(?:[-–]\d{1,4})?(?:\s?(?:bis|ter|quater|[A-D])\b)?"
_NOT_CEDEX = r"(?!(?i:cedex)(?![\p{L}]))"
_CITY = (rf"(?:\d{{5}}|\d{{2}}[ \u00a0]\d{{3}})[ \u00a0]+{_NOT_CEDEX}[{_UP}][{_UP}{_LO}'’\-]+"
         # (the words of a town are one space or a hyphen apart: three spaces and more are a
         # column's gap in a table aligned with spaces, "44110 Rougé      CNI n° …")
         rf"(?:(?:[ \u00a0]{{0,2}}-[ \u00a0\-]{{0,2}}|[ \u00a0]{{1,2}})(?:(?:sur|sous|en|lès|les|le|la|de|du|d['’])[ \u00a0\-]{{1,2}})?{_NOT_CEDEX}[{_UP}][{_UP}{_LO}'’\-]+){{0,4}}"  # noqa: E501
         rf"(?:[ \u00a0]+(?i:cedex)(?:[ \u00a0]+\d{{1,2}})?)?")

# Buildings that carry a name of their own ("la maison dite …").
_HOUSES = (r"maison|propri[ée]t[ée]|ferme|mas|bastide|chalet|villa|moulin|manoir|grange|bergerie|m[ée]tairie"
           r"|cabanon|pavillon|g[îi]te|demeure|ch[âa]teau|domaine|b[âa]timent|immeuble|r[ée]sidence")
# the dwellings a private person lives in (not the public buildings: "maison de la Culture" is the
# commune's, and a dwelling alone scores low, see HOUSE_OF)
_DWELLING = (r"maison|long[èe]re|ferme|grange|moulin|manoir|mas|chalet|villa|cabanon|pavillon|g[îi]te|demeure"
             r"|closerie|m[ée]tairie|bergerie|bastide|chaumi[èe]re|fermette")
# words that end a description of a dwelling ("habite la maison depuis 1990")
_STOP = (r"(?i:depuis|avec|pour|et|ou|mais|car|donc|quand|où|que|qui|dont|sans|de|du|des|à|au|aux|en"
         r"|le|la|les|un|une)")
# Verbs and participles of residence; "mise en demeure" is not one.
_RESIDES = (r"(?i:demeurant|demeurent|demeure|domicili[ée]e?s?|r[ée]sidant|r[ée]sident|r[ée]side|habitant"
            r"|habitent|habite|vivant|vivent|vit|install[ée]e?s?)")
_AT = r"(?i:au|aux|à[ \u00a0]+la|à[ \u00a0]+l['’]|à|en|sur|dans[ \u00a0]+la|dans[ \u00a0]+le)"
_CIVILITY = r"(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr|Monsieur|Madame|Mademoiselle|Maître|Docteur)(?![\p{L}])"
# ways whose type is their whole name: "12 Grand'Rue", "27 Grand Rue", "3 Grand-Place"
_SELF_WAY = r"(?:grand(?:e)?['’ \u00a0-]?rue|grand(?:e)?[ \u00a0-]place)(?![\w])"
# ways that are no common noun after a number ("3 cours de danse", "2 places"): they may carry a
# name in lower case ("5 allée des pins", "2 ruelle du lavoir")
# (and a road, written short too: "20 rte de lalbenque")
_STREET = r"(?:rue|ruelle|all[ée]e|impasse|avenue|boulevard|chemin|venelle|sente|quai|hent|route|rte)"
# (or "de" and a word, its apostrophe lost: "rte de lalbenque")
_LOWER_NAME = (rf"(?:du|de[ \u00a0]+la|de[ \u00a0]+l['’]|des|d['’]|de(?=[ \u00a0]+[{_LO}]{{4,}}(?![\w'’])))"
               rf"[ \u00a0]*[{_LO}][{_LO}'’-]{{2,}}(?![\w])")
# a country road given after the place: ", RD 982", ", D 125", ", CR 14", ", VC 3"
_ROAD = r"(?:[ \u00a0]*,[ \u00a0]*(?:RD|RN|CD|CR|VC|D|N|C)[ \u00a0]?\d{1,4}(?![\w]))?"
# a place named with its article ("La Métairie Neuve", "Les Écuries du Plessis", "L'Ormeau")
_ARTICLE_PLACE = rf"(?:Le|La|Les|L['’])[ \u00a0]*{_WORD}(?:[ \u00a0]{{1,2}}(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,3}}"  # noqa: E501
# a dwelling or place word that opens an address without a number
_PLACE_WORD = (rf"(?i:lieu[- \u00a0]?dit|lieudit|l\.?d\.|hameau|quartier|{_HOUSES}|bastide|bergerie|long[èe]re"  # noqa: E501
               r"|closerie|[ée]curies?|ferme|moulin|manoir)")
# a lieu-dit's word, then its name: one space or a colon after the word (a table's header "Lieu-dit
# Emprise" is a column's gap), the name's words one space apart
_LIEU_DIT = r"(?<![\w])(?i:lieu[- \u00a0]?dit|lieudit|l\.[ \u00a0]?d\.)(?:[ \u00a0]?:)?[ \u00a0]"
_LIEU_DIT_NAME = (rf"(?:{_LINK}[ \u00a0])?(?=[{_UP}]){_WORD}"
                  rf"(?:[ \u00a0](?:{_LINK}[ \u00a0])?{_WORD}){{0,4}}")
# what a land document places at a lieu-dit: a parcel (its word or its reference), land, a property
_LAND = (r"(?:(?i:parcelles?|cadastr[ée]e?s?|cadastre|section|terrains?|terres?|pr[ée]s?|bois|champs?|vignes?"
         r"|vergers?|landes?|granges?|pigeonniers?|propri[ée]t[ée]s?|hangars?|b[âa]timents?\s+agricoles?"
         r"|unit[ée]\s+fonci[èe]re)"
         # (a parcel's reference, not a road's, a box's or a class's: "RD 980", "BP 27", "CE 2")
         r"|(?!(?:RD|RN|CD|VC|CR|GR|BP|CS|TA|CE|CM)[ \u00a0]?\d)[A-Z]{2}[ \u00a0]?\d{1,4})")
# a private person just named: "M. Ghislain Poulain, …", "Mme Froger — …" (what follows the
# separator is where they live when it has the shape of a place)
_AFTER_PERSON = rf"(?:{_CIVILITY}\.?)[ \u00a0]+{NAME_SEQ}[ \u00a0]*(?:,|—|–|-|\(|:)[ \u00a0]*"
# a foreign postcode and city after a foreign street: "9000 Gent", "L-4011 Esch-sur-Alzette",
# "4050-262 Porto", "1015 CJ Amsterdam", "79098 Freiburg im Breisgau"
# (a Spanish or Portuguese floor and door: "3º izda.", "2.º esq.", and "3o izda." once the text is
# normalised, its "º" read as "o")
_FOREIGN_CITY = (r"(?:[ \u00a0]*,?[ \u00a0]*(?:\d{1,2}\.?[ºª°o][ \u00a0]*(?:izda|dcha|izq|der|esq|dto|[A-Z])?\.?,[ \u00a0]*)?"  # noqa: E501
                 r"(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?(?:[ \u00a0][A-Z]{2}(?![\w]))?[ \u00a0]+\p{Lu}[\p{L}'’-]+"  # noqa: E501
                 r"(?:(?:[ \u00a0]{1,2}|[ \u00a0]?/[ \u00a0]?)(?:(?:im|am|an|der|bei|de|del|di|da)[ \u00a0]+)?\p{Lu}[\p{L}'’-]+){0,2})?")  # noqa: E501
# "en place", "sur place" are idioms ("la mise en place de la ZAC"), not a square
_NOT_IDIOM_PLACE = r"(?!(?<=(?<![\w])(?i:en|sur)[ \u00a0]+)(?i:place)(?![\w]))"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}(?![\w])"


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
        # ("R. Chevalier": a capital R. before a capitalised word is an initial, not a street;
        # "mise en place de la ZAC", "sur place": a place set up or visited, not a square)
        Pattern("ADDRESS_WAY", rf"(?<![\w])(?!R\.[ \u00a0]+\p{{Lu}}){_NOT_IDIOM_PLACE}(?i:{WAYS})[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_WORD}(?:[ \u00a0]{{1,2}}(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,4}}"  # noqa: E501
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
        # a room of a hall of residence or a home: "chambre B 214", "chambre 1107", "studio A12"
        # (a letter before the number, or three digits or more: not "la chambre 2" of a court)
        Pattern("ADDRESS_ROOM",
                r"(?i)(?<![\w])(?:chambre|studio|ch\.)[ \u00a0]+(?:n[°o][ \u00a0]*)?"
                r"(?-i:[A-Z][ \u00a0-]?\d{1,4}|\d{3,4})(?![\w-]|[.,]\d)", 0.6),
        # a building's or a letter box's number inside an address: "Résidence Al Andalous, imm. 4,
        # appt 12", "4, place du Grand-Sablon, boîte 12, 1000 Bruxelles" (a box before a postcode:
        # an archive's "boîte 12" is none)
        Pattern("ADDRESS_BUILDING_NUMBER",
                r"(?<![\w])(?i:imm(?:euble|\.))[ \u00a0]*(?:n[°o][ \u00a0]*)?\d{1,3}(?![\w])", 0.6),
        Pattern("ADDRESS_BOX",
                r"(?<![\w])(?i:bo[îi]te|bte\.?)[ \u00a0]*(?:n[°o][ \u00a0]*)?\d{1,4}(?![\w])"
                r"(?=[ \u00a0]*,[ \u00a0]*(?:[A-Z]{1,2}-)?\d{4,5}[ \u00a0]+\p{Lu})", 0.6),
        # a village, a hamlet or a quarter named before the street of the home: "village de Saillé, 3
        # rue des Prés-Garnier"
        Pattern("PLACE_BEFORE_STREET",
                rf"(?<![\w])(?i:village|hameau|quartier|lieu[- \u00a0]?dit|cit[ée]|domaine|bourg)[ \u00a0]+"
                rf"(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_NAME}"
                rf"(?=[ \u00a0]*,[ \u00a0]*{_NUM}[ \u00a0]*,?[ \u00a0]*(?i:{WAYS})(?![\w]))", 0.6),
        # a hamlet, a lieu-dit or a quarter named right after the town, on a person's line: "Mme
        # Rolande Arnaud (91 ans), Villard-Saint-Pancrace, hameau des Villards", "Mme X, retraitée,
        # de Cazères (hameau de Coulomié)" (not "La commune de Cazères (hameau de Coulomié)": no one's)
        Pattern("PLACE_AFTER_TOWN",
                rf"(?<![\w])(?=(?i:hameau|lieu[- \u00a0]?dit|quartier)[ \u00a0])"
                rf"(?<=(?:^|\n)[^\n]{{0,160}}?(?<![\w]){_CIVILITY}\.?[ \u00a0][^\n]{{0,160}}?"
                rf"(?<![\w'’-])\p{{Lu}}[\p{{L}}'’-]+[ \u00a0]*(?:,|\()[ \u00a0]*)"
                rf"(?i:hameau|lieu[- \u00a0]?dit|quartier)[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_NAME}", 0.6),  # noqa: E501
        # the old address of a renumbered home, before the new one: "(ancien Kervihan 4, nouveau 5
        # impasse des Goélands)", "ancienne adresse : La Croix Blanche ; nouvelle : 12 rue …" (not
        # "l'ancien Maire, nouveau conseiller": no address after "nouveau")
        Pattern("OLD_ADDRESS",
                rf"(?<=(?<![\w])(?i:ancien(?:ne)?(?:[ \u00a0]+adresse)?)[ \u00a0]*:?[ \u00a0]+)"
                rf"(?:{_NUM}[ \u00a0]*,?[ \u00a0]*(?i:{WAYS})[ \u00a0]+)?(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_NAME}"  # noqa: E501
                rf"(?:[ \u00a0]+\d{{1,4}}(?:[ \u00a0]?(?i:bis|ter))?)?"
                rf"(?=[ \u00a0]*[,;][ \u00a0]*(?i:nouveau|nouvelle)(?:[ \u00a0]+adresse)?[ \u00a0]*:?[ \u00a0]*(?:\d|(?i:{WAYS})(?![\w])))",  # noqa: E501
                0.6),
        Pattern("ADDRESS_FLOOR",
                r"(?i)(?<![\w])\d{1,2}[ \u00a0]*(?:e|er|[èe]me|è)[ \u00a0]+[ée]tage[ \u00a0]*,?[ \u00a0]*(?:escalier|esc\.)"  # noqa: E501
                r"[ \u00a0]*[A-Z0-9]{1,2}\b", 0.6),
        # foreign streets and postcodes: "Hauptstraße 12", "ul. Marszałkowska 12", "Via Roma 5", "00-950 Warszawa"  # noqa: E501
        # (the Greek, Balkan, Romanian and Portuguese ways written in Latin letters: "Odos Ermou 31",
        # "Leoforos Kifisias 44", "Rruga Myslym Shyri 12", "Calea Victoriei 15", "Travessa do Carmo 8")
        Pattern("FOREIGN_STREET",
                r"(?<![\w])\p{Lu}[\p{L}-]*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|straat|laan|gracht|vej|gatan"
                r"|dreef|kaai|markt|plein|gade)"
                rf"[ \u00a0]+\d{{1,4}}[a-z]?(?![\w]){_FOREIGN_CITY}", 0.7),
        Pattern("FOREIGN_STREET_BEFORE",
                r"(?<![\w])(?i:ul\.|ulica|via|viale|piazza|calle|avenida|rua|plaza|carrer|strada|odos|od[oó]s|odou|leoforos|leof\.|plateia"
                r"|ulitsa|aleja|travessa|pra[çc]a|rruga|calea)[ \u00a0]+"
                r"(?:(?:das|dos|da|do|de|del|della|di)[ \u00a0]+)?\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+(?:(?:das|dos|da|do|de|del|della|di)[ \u00a0]+)?\p{Lu}[\p{L}'’-]+){0,3},?[ \u00a0]+"  # noqa: E501
                rf"\d{{1,4}}[a-z]?(?![\w]){_FOREIGN_CITY}", 0.6),
        Pattern("FOREIGN_POSTCODE", r"(?<![\w-])\d{2}-\d{3}[ \u00a0]+\p{Lu}\p{Ll}+(?:[ \u00a0-]\p{Lu}\p{Ll}+)?", 0.5),  # noqa: E501
        # the end of a city name wrapped alone onto the next line of an address block
        # ("38393 Blondel⏎Robindan⏎"): one word, alone on its line, right under a postcode line
        Pattern("CITY_WRAPPED",
                r"(?<=(?:^|\n)[ \u00a0]*\d{5}[ \u00a0]+\p{Lu}[^\n\d]{1,40}\n[ \u00a0]*)"
                r"\p{Lu}[\p{L}'’-]{2,}(?=[ \u00a0]*(?:\n|$))", 0.55),
        # a building named in an address line, before its floor, flat or street:
        # "Immeuble Le Belvédère, 3e étage, 6 rue Foch", "Résidence Les Pins – 12 allée des Cèdres"
        Pattern("BUILDING",
                rf"(?<![\w])(?i:immeuble|b[âa]timent|b[âa]t\.|r[ée]sidence|tour|villa|pavillon)[ \u00a0]+(?:{_LINK}[ \u00a0]*)?"  # noqa: E501
                rf"(?=[{_UP}]){_NAME}(?=[ \u00a0]*[,–-]?[ \u00a0]*(?i:{_NUM}[ \u00a0]*,?[ \u00a0]*{WAYS}(?![\w])"  # noqa: E501
                r"|\d{1,2}[ \u00a0]*(?:e|er|[èe]me)[ \u00a0]*(?:[ée]tage|[ée]t\.)|escalier|esc\.|appartement|appt|porte))", 0.65),  # noqa: E501
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
                rf"(?:[ \u00a0]{{1,2}}(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,4}}", 0.6),
        # a lieu-dit named where a land document places a parcel or a property: "parcelle ZD 58
        # (74 a), lieu-dit Les Gariottes", "Terrain : lieu-dit Les Peyrières — ZC 208", "une terre
        # labourable, lieu-dit Les Fargues, cadastrée ZE 101", "le pigeonnier du lieudit Le Pech" —
        # where a person's land or house is. A lieu-dit alone names no one ("La fête a lieu au
        # lieu-dit Kerveur Vihan": engine.owned_places raises it beside a person's cue)
        Pattern("LIEU_DIT_OF_LAND_BEFORE",
                rf"(?={_LIEU_DIT})(?<=(?<![\w]){_LAND}(?![\w])[^\n]{{0,80}}){_LIEU_DIT}{_LIEU_DIT_NAME}",
                0.6),
        Pattern("LIEU_DIT_OF_LAND_AFTER",
                rf"{_LIEU_DIT}{_LIEU_DIT_NAME}(?=[^\n]{{0,60}}?(?<![\w]){_LAND}(?![\w]))", 0.6),
        # a parcel's lieu-dit in brackets after its reference: "la parcelle ZE 101 (Les Fargues)",
        # "cadastrée ZB 12 (La Combe)"
        Pattern("LIEU_DIT_OF_A_PARCEL",
                # (not its public owner: "(la Commune)", "(le Département)")
                rf"(?=(?:Le|La|Les|L['’])[ \u00a0]*[{_UP}])"
                rf"(?!(?:Le|La|L['’])[ \u00a0]*(?i:commune|ville|mairie|d[ée]partement|r[ée]gion|[ée]tat"
                rf"|communaut[ée]|m[ée]tropole|collectivit[ée]|safer|sncf)(?![\w]))"
                rf"(?<=(?<![\w])(?i:parcelles?|cadastr[ée]e?s?)(?:[ \u00a0]+(?i:section))?[ \u00a0]+"
                rf"[A-Z0-9]{{1,2}}[ \u00a0]?(?:n°[ \u00a0]*)?\d{{1,5}}p?[ \u00a0]*\([ \u00a0]*)"
                rf"{_ARTICLE_PLACE}(?=[ \u00a0]*[),])", 0.6),
        # where one person lives, said by their neighbours or their being a resident, without a
        # number: "ses voisins de la rue Voltaire", "mon voisin du chemin des Aulnes", "résidente de
        # la résidence autonomie Les Saules", "habitant du lotissement Les Charmes" (one resident, or
        # someone's neighbours: "les habitants de la rue Voltaire" of a notice are anyone)
        Pattern("WAY_OF_A_RESIDENT",
                rf"(?=(?i:{WAYS}|foyer|ehpad|maison|immeuble|b[âa]timent|tour)[ \u00a0])"
                rf"(?<=(?<![\w])(?:(?i:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs)"
                rf"[ \u00a0]+(?i:voisine?s?|voisinage)|(?i:r[ée]sidente?|habitante?|locataire|occupante?))"
                rf"[ \u00a0]+(?i:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de|d['’]|à[ \u00a0]+la|au|à)"
                rf"[ \u00a0]*){_NOT_IDIOM_PLACE}(?i:{WAYS}|foyer|ehpad|maison|immeuble|b[âa]timent|tour)"
                rf"(?:[ \u00a0]+(?i:autonomie|services|seniors?|s[ée]niors?|universitaire|[ée]tudiante"
                rf"|sociale|de[ \u00a0]+retraite))?"
                rf"[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_WORD}"
                rf"(?:[ \u00a0]{{1,2}}(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,4}}", 0.7),
        # a dwelling named in quotes right before its number and street: "Gîte « Le Clos des
        # Noyers », 6 impasse des Noyers", "villa \"Les Mimosas\", 3 chemin du Phare"
        Pattern("QUOTED_HOUSE_BEFORE_NUMBER",
                rf"(?<![\w])(?i:{_HOUSES}|chambre[ \u00a0]+d['’]h[ôo]tes?)[ \u00a0]*[«“\"][ \u00a0]*{_NAME}"
                rf"[ \u00a0]*[»”\"]"
                rf"(?=[ \u00a0]*[,–-]?[ \u00a0]*{_NUM}[ \u00a0]*,?[ \u00a0]*(?i:{WAYS})(?![\w]))", 0.7),
        # a named house on the line of an address block, before its number and street: "Les
        # Genêts, 74 chemin du Grand Fief"
        Pattern("HOUSE_BEFORE_NUMBER",
                rf"(?<=(?:^|\n)[ \u00a0]*){_ARTICLE_PLACE}(?=[ \u00a0]*,[ \u00a0]*{_NUM}[ \u00a0]*,?[ \u00a0]*(?i:{WAYS})(?![\w]))",  # noqa: E501
                0.6),
        # where someone lives, said by what the place is rather than its address: "qui habite la
        # maison éclusière", "vit dans la longère du bas"
        Pattern("RESIDENCE_DWELLING",
                rf"(?<=(?<![\w]){_RESIDES}[ \u00a0]+(?:(?i:dans)[ \u00a0]+)?)(?i:la|le|l['’])[ \u00a0]*"
                rf"(?i:{_DWELLING})"
                rf"(?:[ \u00a0]+(?!{_STOP}(?![\w]))[\p{{Ll}}'’-]+){{1,3}}(?![\w])", 0.6),
        Pattern("PO_BOX", r"(?i)\b(?:BP|B\.P\.|CS|TSA)\s?\d{2,6}\b", 0.4),
        # a box with its postcode and town is a whole postal address ("BP 27, 56340 Carnac"): as
        # sure as the postcode and town alone, and the box's number goes with them
        Pattern("PO_BOX_CITY",
                rf"(?<![\w])(?:BP|B\.P\.|CS|TSA|(?i:bp|b\.p\.))[ \u00a0]?\d{{1,6}}(?![\w])[ \u00a0]*[,–-]?[ \u00a0]*{_CITY}",  # noqa: E501
                0.6),
        # a box written in words is a box of somebody: "Boîte postale 112", "Case postale 123,
        # 1211 Genève 3", "Postfach 1234", "PO Box 57"
        Pattern("PO_BOX_WORDS",
                r"(?i:bo[îi]te[ \u00a0]+postale|case[ \u00a0]+postale|postfach|p\.?[ \u00a0]?o\.?[ \u00a0]+box)"  # noqa: E501
                r"[ \u00a0]*(?:n[°o][ \u00a0]*)?\d{1,6}(?![\w])"
                r"(?:[ \u00a0]*,[ \u00a0]*(?:[A-Z]{1,2}-)?\d{4,5}[ \u00a0]+\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\d{1,2}(?![\w]))?)?",  # noqa: E501
                0.7),
        # a number, then the way whose type is its name: "12 Grand'Rue", "27 Grand Rue"
        Pattern("SELF_NAMED_WAY", rf"(?<![\w]){_NUM}[ \u00a0]*,?[ \u00a0]*(?i:{_SELF_WAY})(?:[ \u00a0]*,?[ \u00a0]*{_CITY})?",  # noqa: E501
                0.75),
        # "au 3 de l'impasse des Tilleuls", "au n° 14 de la Grande Rue", "au numéro 7 de l'avenue Foch"
        Pattern("NUMBER_OF_THE_WAY",
                rf"(?<=(?<![\w])(?i:au)[ \u00a0]+)(?:(?i:n[°o]|num[ée]ro)[ \u00a0]*)?{_NUM}[ \u00a0]+"
                rf"(?i:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de)[ \u00a0]*"
                rf"(?:(?i:{_SELF_WAY})|(?i:{WAYS})[ \u00a0]+{_NAME}|(?i:{_STREET})[ \u00a0]+{_LOWER_NAME}"
                # the same street as a neighbour's just named: "au 9 de la même allée"
                rf"|(?i:m[êe]me)[ \u00a0]+(?i:{_STREET}|route|place|r[ée]sidence|cit[ée]))", 0.75),
        # the same with the numbering word after "le" or "du": "devant le n° 3 de la rue du Pont",
        # "les occupants du numéro 12 de l'avenue Foch"
        Pattern("NUMBERED_OF_THE_WAY",
                rf"(?<=(?<![\w])(?i:le|du)[ \u00a0]+)(?i:n[°o]|num[ée]ro)[ \u00a0]*{_NUM}[ \u00a0]+"
                rf"(?i:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de)[ \u00a0]*"
                rf"(?:(?i:{_SELF_WAY})|(?i:{WAYS})[ \u00a0]+{_NAME}"
                rf"|(?i:{_STREET})[ \u00a0]+{_LOWER_NAME})", 0.7),
        # a house number after a verb of residence: "(Mme X,) qui habite au 1140", "elle vit au 12 bis"
        Pattern("RESIDES_AT_NUMBER",
                r"(?<=(?<![\w])(?i:habite|habitent|habitait|demeure|demeurent|r[ée]side|r[ée]sident|vit|vivent"
                r"|loge|logent)[ \u00a0]+(?i:au|le)[ \u00a0]+)(?:(?i:n[°o])[ \u00a0]*)?\d{1,4}"
                r"(?:[ \u00a0]?(?i:bis|ter))?(?![\w]|[.,]\d|[ \u00a0]*(?i:e|[èe]me|er)(?![\w]))", 0.6),
        # a street and the numbers of its houses in brackets: "la rue du Pont (n° 1 à 17)"
        Pattern("WAY_WITH_NUMBERS",
                rf"(?<![\w]){_NOT_IDIOM_PLACE}(?i:{WAYS})[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_WORD}"
                rf"(?:[ \u00a0]{{1,2}}(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,4}}[ \u00a0]*\([ \u00a0]*"
                rf"(?i:n[°o]s?|num[ée]ros?)[ \u00a0]*\d{{1,4}}"
                rf"(?:[ \u00a0]*(?:à|au|-|–|et)[ \u00a0]*\d{{1,4}})?"
                rf"(?:[ \u00a0]*(?i:pairs?|impairs?))?[ \u00a0]*\)", 0.6),
        # a number and a street named in lower case: "5 allée des pins", "2 ruelle du lavoir"
        Pattern("ADDRESS_LOWER_NAME",
                rf"(?<![\w])(?i:{_NUM}[ \u00a0]*,?[ \u00a0]*{_STREET})[ \u00a0]+{_LOWER_NAME}", 0.7),
        # where a named person lives, written right after the name, without a number: "M. Ghislain
        # Poulain, rue du Moulin", "Mme Froger — La Métairie Neuve", "M. Vidal — Lieu dit Les
        # Cabanes, D 125"; an article-led place must end its segment
        Pattern("PLACE_AFTER_PERSON",
                rf"(?<={_AFTER_PERSON})(?:(?:(?i:{WAYS})|{_PLACE_WORD})[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_NAME}"  # noqa: E501
                rf"|{_ARTICLE_PLACE}(?=[ \u00a0]*(?:[,;—–()\n\t]|$))){_ROAD}(?:[ \u00a0]*,?[ \u00a0]*{_CITY})?", 0.6),  # noqa: E501
        # a place named with its article right before a postcode and city: "La Croix-Verte, 37210
        # Vernon-sur-Brenne", "Le Haut-Bois, 35520 Melesse"
        Pattern("ARTICLE_PLACE_CITY",
                rf"(?<![\w'’-]){_ARTICLE_PLACE}[ \u00a0]*,?[ \u00a0]*{_CITY}", 0.6),
        # a dwelling or a lieu-dit with a country road: "Domaine de la Bastide, RD 982", "Lieu dit
        # Les Cabanes, D 125"
        Pattern("PLACE_ON_ROAD",
                rf"(?<![\w]){_PLACE_WORD}[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_NAME}"
                r"[ \u00a0]*,[ \u00a0]*(?:RD|RN|CD|CR|VC|D|N|C)[ \u00a0]?\d{1,4}(?![\w])", 0.6),
        # an address in the United Kingdom: "Flat 3, 27 Baker Street, London NW1 6XE"
        Pattern("UK_ADDRESS",
                r"(?<![\w])(?:(?i:flat|apartment|unit)[ \u00a0]+\w{1,4},[ \u00a0]*)?\d{1,4}[a-z]?[ \u00a0]+"
                r"\p{Lu}\p{L}+(?:[ \u00a0]+\p{Lu}\p{L}+){0,2}[ \u00a0]+(?:Street|Road|Lane|Avenue|Drive|Close|Way"  # noqa: E501
                r"|Crescent|Gardens|Terrace|Place|Square|Court|Row|Hill|Grove|Walk|Mews)(?![\w])"
                r"(?:,[ \u00a0]*\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}+)?)?"
                rf"(?:,?[ \u00a0]*{_UK_POSTCODE})?", 0.7),
        # a French-speaking foreign address, the number after the street, then a 4-digit postcode
        # (Belgium, Switzerland, Luxembourg): "Rue de la Station 12, 4900 Spa"
        Pattern("WAY_NUMBER_AFTER",
                rf"(?<![\w])(?i:{WAYS})[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_NAME}[ \u00a0]+\d{{1,4}}[a-z]?"  # noqa: E501
                r"[ \u00a0]*,[ \u00a0]*(?:[A-Z]{1,2}-)?\d{4}(?!\d)[ \u00a0]+\p{Lu}[\p{L}'’-]+", 0.7),
        # the door of a flat: "Entrée B, 2e ét. dte", "RDC droite", "3e étage, porte gauche"
        Pattern("ADDRESS_DOOR",
                r"(?<![\w])(?:(?i:entr[ée]e|escalier|esc\.)[ \u00a0]+(?-i:[A-Z0-9]{1,3})(?![\w])"
                r"|(?i:rdc|rez-de-chauss[ée]e)|\d{1,2}[ \u00a0]*(?:e|er|[èe]me)[ \u00a0]*(?i:[ée]tage|[ée]t\.))"  # noqa: E501
                r"(?:[ \u00a0]*,?[ \u00a0]*(?:\d{1,2}[ \u00a0]*(?:e|er|[èe]me)[ \u00a0]*(?i:[ée]tage|[ée]t\.)"
                r"|(?i:porte[ \u00a0]+)?(?i:gauche|droite|dte|gche)(?![\w])|(?i:porte)[ \u00a0]+\w{1,4}(?![\w])))+", 0.6),  # noqa: E501
    ]
    CONTEXT: ClassVar[list[str]] = ["demeurant", "domicilié", "domiciliée", "adresse", "résidant", "habitant", "sis", "situé",  # noqa: E501
                                    "habite", "habitent", "réside", "résident", "demeure", "vit", "vivent"]
