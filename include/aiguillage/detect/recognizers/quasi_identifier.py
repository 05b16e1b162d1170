"""Roles that single a person out in a small place ("la seule pharmacienne du village", "l'ancien
patron du café du port"): quasi-identifiers, generalised by the policy rather than masked."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

ENTITY = "QUASI_IDENTIFIER"
_S = r"[ \u00a0]"
_OF = rf"(?:du|de{_S}+la|de{_S}+l['’]|des|d['’]|de{_S}+notre|de{_S}+ce|de{_S}+cette)"
# a small place where one role names one person
_SMALL_PLACE = (r"(?:village|bourg|hameau|quartier|commune|canton|[îi]le|vall[ée]e|rue|immeuble|r[ée]sidence"
                r"|lotissement|march[ée]|club|[ée]cole|coll[èe]ge|secteur|cit[ée]|paroisse|port|plage|station"
                r"|coin|patelin|bled|lieu-dit|val|plateau|massif|littoral"
                r"|presqu['’][îi]le)s?")
# a role held in a business or a public place ("le patron du café", "la gérante du camping")
_ROLE = (r"(?:patron(?:ne)?|g[ée]rante?|propri[ée]taire|tenanci[eè]re?|exploitante?|responsable"
         r"|cuisini[eè]re?|serveu(?:r|se)|barman|boulang[eè]re?|bouch[eè]re?|[ée]pici[eè]re?|pharmacienne?|buraliste"
         r"|coiffeu(?:r|se)|fleuriste|garagiste|m[ée]canicien(?:ne)?|gardienne?|concierge|aubergiste"
         r"|h[ôo]teli[eè]re?)")
_BUSINESS = (r"(?:caf[ée]|bar|bistrot|restaurant|auberge|h[ôo]tel|boulangerie|boucherie|[ée]picerie|pharmacie"
             r"|tabac|bureau{_S}+de{_S}+tabac|camping|garage|station-service|salon|moulin|ferme|cabinet"
             r"|sup[ée]rette|bazar|boutique|magasin|librairie|cin[ée]ma)"
             ).replace("{_S}", _S)
# a person named by what they do or are ("pharmacienne", "médecin généraliste", "habitante"): an
# agent's suffix or a word of the list, then up to two lower-case words; "la seule solution", "le
# seul accès" name no one
_PERSON_NOUN = (r"(?:\p{Ll}[\p{Ll}'’-]*(?:ien|ienne|ier|i[èe]re|eur|euse|rice|iste|aire|ante?|é|ée)"
                r"|m[ée]decin|notaire|cur[ée]|pr[êe]tre|[ée]lue?|femme|homme|enfant|fille|gar[çc]on|famille"
                r"|artisane?|sage-femme|kin[ée]|v[ée]t[ée]rinaire|anglaise?|[ée]trang[èe]re?)s?")
_NOUNS = rf"(?:{_PERSON_NOUN}|taxi|primeur|kin[ée])(?:[ \u00a0]\p{{Ll}}[\p{{Ll}}'’-]+){{0,4}}?"
# a trade a person exercises in one place ("la fleuriste de la rue Centrale", "la fromagère du
# hameau", "le taxi du village"): singular only ("les commerçants du quartier" name no one)
_TRADE = (r"(?:fleuriste|fromag[eè]re?|boulang[eè]re?|bouch[eè]re?|charcuti[eè]re?|poissonni[eè]re?"
          r"|[ée]pici[eè]re?"
          r"|mara[îi]ch[eè]re?|primeur|cafeti[eè]re?|buraliste|coiffeu(?:r|se)|garagiste|m[ée]canicien(?:ne)?"
          r"|plombi[eè]re?|[ée]lectricien(?:ne)?|menuisi[eè]re?|ma[çc]on(?:ne)?|couvreu(?:r|se)|forgeron(?:ne)?"
          r"|cordonni[eè]re?|couturi[eè]re|taxi|ambulanci[eè]re?|factri(?:ce)|facteur|postier|postière"
          r"|pharmacien(?:ne)?|m[ée]decin|dentiste|kin[ée]|v[ée]t[ée]rinaire|notaire|infirmi[eè]re?"
          r"|institut(?:eur|rice)|ma[îi]tresse|cur[ée]|apicult(?:eur|rice)|viticult(?:eur|rice)|vigneronn?e?"
          r"|[ée]leveu(?:r|se)|berg[eè]re?|agricult(?:eur|rice)|aubergiste|h[ôo]teli[eè]re?|concierge|gardienne?"
          r"|patron(?:ne)?|g[ée]rante?|tenanci[eè]re?)")


class FrUniqueRoleRecognizer(FrPatternRecognizer):
    """A role only one person holds in a small place: "(la) seule pharmacienne du village", "le
    seul médecin de la commune", "l'ancien patron du café du port", "la gérante du camping de la
    plage". With a pseudonymised name beside it, such a phrase still names its holder to every
    neighbour (CNIL, anonymisation: singling out). The policy generalises it (operator
    ``generalize``: the role without its uniqueness or its place) rather than masking it, so the
    public text still says what the person does.

    Legal basis: RGPD art. 4(1) and recital 26: a person is identifiable by "one or more factors
    specific to [their] economic or social identity".
    """

    ENTITY = ENTITY
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("UNIQUE_ROLE",
                rf"(?<![\w])(?:(?i:la|le|l['’]){_S}*)?(?i:seule?s?|unique){_S}+{_NOUNS}{_S}+{_OF}{_S}*"
                rf"(?i:{_SMALL_PLACE})(?![\w])", 0.6),
        Pattern("ROLE_OF_BUSINESS",
                rf"(?<![\w])(?i:l['’]ancien(?:ne)?{_S}+|l['’]ex-|la{_S}+|le{_S}+|l['’]){_S}*(?i:{_ROLE})"
                rf"{_S}+{_OF}{_S}*(?i:{_BUSINESS}){_S}+{_OF}{_S}*"
                rf"(?:\p{{Lu}}[\p{{L}}'’-]+|(?i:{_SMALL_PLACE}))(?![\w])", 0.6),
        Pattern("TRADE_OF_PLACE",
                rf"(?<![\w])(?i:la|le|l['’]){_S}*(?i:{_TRADE}){_S}+{_OF}{_S}*"
                rf"(?:(?i:rue|place|avenue|route|grand['’]rue){_S}+(?:(?:de|du|des|de{_S}+la|d['’]){_S}*)?\p{{Lu}}[\p{{L}}'’-]+"
                rf"|(?i:village|bourg|hameau|quartier|commune|canton|lotissement|immeuble|r[ée]sidence|cit[ée]"
                rf"|march[ée]|rue|place|port|plage|lieu-dit|coin|patelin))(?![\w'’-])", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []
