"""A synthetic but realistic batch of French administrative documents, with its truth.

Each document comes with the route it must take and the personal values it contains, so that
``aiguillage eval`` can count leaks (a truth value found under ``public/``), sensitive documents
sent public and over-routing. Values come from Faker ``fr_FR``; identifiers carry valid checksums.

The truth labels every value with its entity type (``entities``), so that ``aiguillage eval`` can
also score detection span by span over the extracted text. Realism: names in tables, UPPER-CASE
surnames, agents in footers and signature blocks, the mayor signing (a public official, kept in
clear by the default policy), organisations, markings in headers, FAQs that merely talk about
sensitive topics.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faker import Faker

from aiguillage.store import atomic_write_bytes, atomic_write_text


@dataclass
class Person:
    civility: str
    first: str
    last: str
    street: str
    postcode: str
    city: str
    phone: str
    email: str
    nir: str
    iban: str
    birth: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def values(self) -> list[str]:
        return [self.full, self.last, self.street, self.phone, self.email, self.nir, self.iban, self.birth]


def nir_for(rng: random.Random, sex: int, birth_year: int, birth_month: int) -> str:
    dept = rng.choice([f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B"])
    commune = f"{rng.randint(1, 899):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = f"{sex}{birth_year % 100:02d}{birth_month:02d}{dept}{commune}{order}"
    num = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - num % 97
    s = f"{body}{key:02d}"
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:15]}"


def iban_fr(rng: random.Random) -> str:
    bban = f"{rng.randint(10000, 99999)}{rng.randint(10000, 99999)}{rng.randint(10**10, 10**11 - 1)}{rng.randint(10, 99)}"  # noqa: E501
    num = int(bban + "152700")  # F=15 R=27 + "00"
    check = 98 - num % 97
    raw = f"FR{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def phone_fr(rng: random.Random) -> str:
    first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "09"])
    groups = [f"{rng.randint(0, 99):02d}" for _ in range(4)]
    style = rng.choice(["space", "dot", "intl", "plain"])
    if style == "dot":
        return ".".join([first, *groups])
    if style == "intl":
        return "+33 " + first[1] + " " + " ".join(groups)
    if style == "plain":
        return first + "".join(groups)
    return " ".join([first, *groups])


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def make_person(fake: Faker, rng: random.Random) -> Person:
    sex = rng.choice([1, 2])
    first = fake.first_name_male() if sex == 1 else fake.first_name_female()
    last = fake.last_name()
    y, m, d = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
    email_user = f"{first}.{last}".lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("ç", "c"), (" ", ""), ("'", "")):
        email_user = email_user.replace(a, b)
    return Person(
        civility="M." if sex == 1 else "Mme", first=first, last=last,
        street=f"{rng.randint(1, 120)} {rng.choice(['rue', 'avenue', 'boulevard', 'impasse', 'chemin'])} "
               f"{fake.last_name()}",
        postcode=fake.postcode(), city=fake.city(), phone=phone_fr(rng),
        email=f"{email_user}@{rng.choice(['gmail.com', 'orange.fr', 'laposte.net', 'free.fr'])}",
        nir=nir_for(rng, sex, y, m), iban=iban_fr(rng), birth=f"{d:02d}/{m:02d}/{y}",
    )


@dataclass
class SampleDoc:
    """One synthetic document: its content, where it must go, and every labelled value in it.

    ``entities`` lists (type, value) for every personal value *and* for the names the policy
    keeps in clear (PUBLIC_OFFICIAL, ORGANIZATION) and plain places (LOCATION); ``pii`` is the
    subset that must never appear under ``public/``."""

    kind: str
    route: str
    title: str
    paragraphs: list[str]
    table: list[list[str]] = field(default_factory=list)
    header: str = ""
    footer: str = ""
    pii: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    entities: list[tuple[str, str]] = field(default_factory=list)


# Dates of letters and opinions: a fixed year, so that a seed gives the same documents any day
# (the sensitivity model is trained on some of them: bench/sensitivity/train_model.py --check).
YEAR_START, YEAR_END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


def _day(fake: Faker) -> str:
    return fake.date_between(YEAR_START, YEAR_END).strftime("%d/%m/%Y")


NOT_PII_TYPES = frozenset({"PUBLIC_OFFICIAL", "ORGANIZATION", "LOCATION"})


class Labels:
    """Collects labelled values while a document is written: ``lab("PERSON", name)`` returns
    the name and remembers it."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def __call__(self, etype: str, value: str) -> str:
        self.items.append((etype, value))
        return value

    def person(self, p: Person, *, upper: bool = False, reverse: bool = False) -> str:
        last = p.last.upper() if upper else p.last
        return self("PERSON", f"{last} {p.first}" if reverse else f"{p.first} {last}")

    def finish(self, doc: SampleDoc) -> SampleDoc:
        doc.entities = list(dict.fromkeys(self.items))
        doc.pii = sorted({v for t, v in doc.entities if t not in NOT_PII_TYPES})
        return doc


ORGANISATIONS = ["Association Les Jardins Partagés", "Comité des fêtes", "Office de tourisme intercommunal",
                 "Centre communal d'action sociale", "Syndicat mixte des eaux", "Société Hydro Services SAS",
                 "Régie des transports urbains", "Association sportive de la vallée"]


def official(fake: Faker) -> str:
    return f"{fake.first_name()} {fake.last_name().upper()}"


def _letter(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    p = make_person(fake, rng)
    agent = make_person(fake, rng)
    city = fake.city()
    paras = [
        f"Mairie de {lab('LOCATION', city)}",
        f"{p.civility} {lab.person(p, upper=rng.random() < 0.5)}\n{lab('FR_ADDRESS', p.street)}\n"
        f"{lab('FR_ADDRESS', f'{p.postcode} {p.city}')}",
        "Objet : votre demande d'inscription sur les listes électorales",
        f"{'Monsieur' if p.civility == 'M.' else 'Madame'},",
        f"Nous accusons réception de votre demande déposée le {_day(fake)}. "
        f"Votre dossier, enregistré sous votre numéro de sécurité sociale {lab('FR_NIR', p.nir)}, est complet.",  # noqa: E501
        f"Pour toute question, le service reste joignable ; vous nous avez indiqué pouvoir être contacté "
        f"au {lab('PHONE_NUMBER', p.phone)} ou par courriel à l'adresse {lab('EMAIL_ADDRESS', p.email)}.",
        f"Le remboursement des frais de dossier sera effectué sur le compte IBAN {lab('IBAN_CODE', p.iban)}.",
        "Nous vous prions d'agréer l'expression de nos salutations distinguées.",
        f"La gestionnaire du service de l'état civil,\n{lab.person(agent)}",
    ]
    footer = (f"Affaire suivie par {agent.civility} {lab('PERSON', agent.last.upper())} — "
              f"tél. {lab('PHONE_NUMBER', agent.phone)}")
    return lab.finish(SampleDoc("letter", "public", "Courrier à un administré", paras, footer=footer,
                                reasons=["RGPD_PERSONAL"]))


def _deliberation(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    p = make_person(fake, rng)
    mayor = official(fake)
    n = rng.randint(100, 999)
    amount = rng.randint(10, 500) * 1000
    paras = [
        f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL — Délibération n° 2024-{n}",
        "Séance du conseil municipal. Le quorum étant atteint, la séance est ouverte.",
        f"Objet : cession d'une parcelle communale cadastrée section AB n° {rng.randint(10, 400)}.",
        f"Le conseil municipal, après en avoir délibéré, approuve la cession de la parcelle à "
        f"{p.civility} {lab.person(p, upper=rng.random() < 0.3)}, demeurant "
        f"{lab('FR_ADDRESS', f'{p.street}, {p.postcode} {p.city}')}, pour un montant de {amount} euros.",
        "Adopté à l'unanimité des membres présents et représentés.",
        f"Fait et délibéré les jour, mois et an susdits.\nLe Maire,\n{lab('PUBLIC_OFFICIAL', mayor)}",
    ]
    return lab.finish(SampleDoc("deliberation", "public", "Délibération", paras, reasons=["RGPD_PERSONAL"]))


def _minutes(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    mayor, deputy = official(fake), official(fake)
    citizen = make_person(fake, rng)
    org = rng.choice(ORGANISATIONS)
    paras = [
        "Compte rendu sommaire de la séance du conseil municipal",
        f"Présidence : {lab('PUBLIC_OFFICIAL', mayor)}, Maire. Secrétaire de séance : "
        f"Mme {lab('PUBLIC_OFFICIAL', deputy)}, adjointe au maire.",
        f"Subvention de {rng.randint(1, 20) * 500} euros à l'{lab('ORGANIZATION', org)}"
        if org[0] in "AEIOU" else f"Subvention de {rng.randint(1, 20) * 500} euros au {lab('ORGANIZATION', org)}",  # noqa: E501
        f"Question du public : {citizen.civility} {lab.person(citizen)}, riverain, signale l'état de la chaussée "  # noqa: E501
        f"devant le {lab('FR_ADDRESS', citizen.street)}. Il peut être recontacté au {lab('PHONE_NUMBER', citizen.phone)}.",  # noqa: E501
        "La séance est levée à 21 h 30.",
    ]
    return lab.finish(SampleDoc("minutes", "public", "Compte rendu", paras, reasons=["RGPD_PERSONAL"]))


def _hr_health(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    p = make_person(fake, rng)
    paras = [
        "ARRÊTÉ PORTANT PLACEMENT EN CONGÉ DE LONGUE MALADIE",
        f"Le Maire, vu le dossier de {p.civility} {lab.person(p)}, adjoint technique territorial, "
        f"né le {lab('DATE_OF_BIRTH', p.birth)},",
        f"Vu l'avis du conseil médical en date du {_day(fake)} constatant "
        "une pathologie nécessitant un traitement médical prolongé,",
        f"Article 1 : {p.civility} {lab('PERSON', p.last)} est placé en congé de longue maladie pour une durée "  # noqa: E501
        "de six mois.",
        "Article 2 : l'intéressé percevra son plein traitement.",
    ]
    return lab.finish(SampleDoc("hr_health", "sovereign", "Arrêté RH (santé)", paras,
                                reasons=["RGPD_SPECIAL_CATEGORY"]))


def _restricted(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    marking = rng.choice(["DIFFUSION RESTREINTE", "CONFIDENTIEL", "Diffusion Restreinte"])
    paras = [
        "Note à l'attention du directeur général des services",
        "Objet : dispositif de sécurité des bâtiments communaux pendant les festivités.",
        f"Les accès techniques du bâtiment {fake.last_name()} seront fermés de 22 h à 6 h. Les codes des "
        "portes seront modifiés la veille et communiqués aux seuls agents d'astreinte.",
        "Les rondes seront assurées par la police municipale selon le plan joint.",
    ]
    return lab.finish(SampleDoc("restricted", "sovereign", "Note", paras, header=marking,
                                footer=f"{marking} — ne pas diffuser", reasons=["PROTECTION_MARKING"]))


def _beneficiaries(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    people = [make_person(fake, rng) for _ in range(rng.randint(3, 6))]
    table = [["Nom", "Prénom", "Adresse", "Téléphone", "Montant"]]
    table += [[lab("PERSON", q.last.upper()), lab("PERSON", q.first),
               lab("FR_ADDRESS", f"{q.street} {q.postcode} {q.city}"), lab("PHONE_NUMBER", q.phone),
               f"{rng.randint(50, 900)} €"] for q in people]
    paras = ["État des bénéficiaires de l'aide municipale aux fournitures scolaires",
             "Liste arrêtée par le centre communal d'action sociale."]
    return lab.finish(SampleDoc("beneficiaries", "public", "Tableau des bénéficiaires", paras, table=table,
                                reasons=["RGPD_PERSONAL"]))


def _supplier(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    contact = make_person(fake, rng)
    siren = siren_for(rng)
    siret = siret_for(rng, siren)
    plate = plate_for(rng)
    paras = [
        "Bon de commande — service des moyens généraux",
        f"Fournisseur : {lab('ORGANIZATION', rng.choice(ORGANISATIONS[5:6]))}, SIRET "
        f"{lab('FR_SIRET', siret)}, TVA intracommunautaire {lab('EU_VAT', vat_for(siren))}.",
        f"Interlocuteur : {contact.civility} {lab.person(contact, upper=True, reverse=rng.random() < 0.5)}, "
        f"{lab('EMAIL_ADDRESS', contact.email)}.",
        f"Livraison par le véhicule immatriculé {lab('FR_LICENSE_PLATE', plate)} au centre technique municipal.",  # noqa: E501
        f"Règlement par virement sur le compte {lab('IBAN_CODE', iban_fr(rng))} à 30 jours.",
    ]
    return lab.finish(SampleDoc("supplier", "public", "Bon de commande", paras, reasons=["RGPD_PERSONAL"]))


def _tax_certificate(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    p = make_person(fake, rng)
    mayor = official(fake)
    paras = [
        "ATTESTATION DE DOMICILE",
        f"Je soussigné, {lab('PUBLIC_OFFICIAL', mayor)}, Maire de {lab('LOCATION', fake.city())}, atteste que "  # noqa: E501
        f"{p.civility} {lab.person(p, upper=True)}, né(e) le {lab('DATE_OF_BIRTH', long_date(p.birth))}, "
        f"réside au {lab('FR_ADDRESS', f'{p.street}, {p.postcode} {p.city}')}.",
        f"Numéro fiscal de l'intéressé(e) : {lab('FR_TAX_ID', tax_id_for(rng))}.",
        "Attestation délivrée pour servir et valoir ce que de droit.",
    ]
    return lab.finish(SampleDoc("certificate", "public", "Attestation", paras, reasons=["RGPD_PERSONAL"]))


def _faq(fake: Faker, rng: random.Random) -> SampleDoc:
    paras = [
        "Foire aux questions : l'usage de l'intelligence artificielle dans les services",
        "Que signifie la mention « Diffusion Restreinte » ? Il s'agit d'une mention de protection qui interdit "  # noqa: E501
        "la diffusion d'un document hors du cercle des personnes qui ont besoin d'en connaître.",
        "Peut-on confier des données de santé à un service d'IA générative ? Non : les données de santé sont "
        "des données sensibles au sens de l'article 9 du RGPD et ne peuvent être traitées que par des outils "
        "souverains.",
        "Et un extrait de casier judiciaire ou un document « Confidentiel » ? Ils restent eux aussi sur "
        "l'infrastructure souveraine : les condamnations pénales relèvent de l'article 10 du RGPD.",
        "Comment signaler qu'un texte a été produit avec l'aide d'une IA ? Une mention explicite doit figurer "  # noqa: E501
        "sur le document.",
    ]
    return SampleDoc("faq", "public", "FAQ", paras)


def _report(fake: Faker, rng: random.Random) -> SampleDoc:
    paras = [
        f"Rapport d'activité {rng.randint(2019, 2024)} du service des espaces verts",
        f"Le service a entretenu {rng.randint(50, 300)} hectares d'espaces verts et planté "
        f"{rng.randint(200, 2000)} arbres. Les effectifs comptent {rng.randint(20, 80)} agents.",
        "La gestion différenciée a permis de réduire de moitié la consommation d'eau d'arrosage.",
        "Les priorités de l'année prochaine portent sur la désimperméabilisation des cours d'école.",
    ]
    table = [["Indicateur", "Valeur"], ["Arbres plantés", str(rng.randint(200, 2000))],
             ["Interventions", str(rng.randint(500, 3000))]]
    return SampleDoc("report", "public", "Rapport d'activité", paras, table=table)


def _criminal(fake: Faker, rng: random.Random) -> SampleDoc:
    lab = Labels()
    p = make_person(fake, rng)
    paras = [
        "Service des ressources humaines — vérification préalable au recrutement",
        f"Le bulletin n° 2 du casier judiciaire de {p.civility} {lab.person(p)} mentionne une condamnation "
        f"prononcée par le tribunal correctionnel de {lab('LOCATION', fake.city())} pour un délit routier.",
        "Le jury est invité à se prononcer sur la compatibilité avec les fonctions envisagées.",
    ]
    return lab.finish(SampleDoc("criminal", "sovereign", "Vérification casier", paras, reasons=["CRIMINAL"]))


def long_date(ddmmyyyy: str) -> str:
    d, m, y = (int(x) for x in ddmmyyyy.split("/"))
    return f"{'1er' if d == 1 else d} {MONTHS[m - 1]} {y}"


def luhn_complete(body: str) -> str:
    """``body`` plus the Luhn digit that makes it valid."""
    for c in "0123456789":
        total = 0
        for i, ch in enumerate(reversed(body + c)):
            v = int(ch) * (2 if i % 2 else 1)
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return body + c
    raise AssertionError("unreachable")


def siren_for(rng: random.Random) -> str:
    return luhn_complete(f"{rng.randint(10_000_000, 99_999_999)}")


def siret_for(rng: random.Random, siren: str) -> str:
    s = luhn_complete(f"{siren}{rng.randint(1, 9999):04d}")
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def vat_for(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def tax_id_for(rng: random.Random) -> str:
    head = f"{rng.randint(0, 3)}{rng.randint(0, 999_999_999):09d}"
    v = f"{head}{int(head) % 511:03d}"
    return f"{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}"


_SIV = "ABCDEFGHJKLMNPQRSTVWXYZ"


def plate_for(rng: random.Random) -> str:
    first = "".join(rng.choice(_SIV) for _ in range(2))
    while first in ("SS", "WW"):
        first = "".join(rng.choice(_SIV) for _ in range(2))
    return f"{first}-{rng.randint(1, 999):03d}-{''.join(rng.choice(_SIV) for _ in range(2))}"


KINDS: list[tuple[Callable[[Faker, random.Random], SampleDoc], int]] = [
    (_letter, 4), (_deliberation, 3), (_hr_health, 2), (_restricted, 1), (_beneficiaries, 2), (_faq, 2),
    (_report, 2), (_criminal, 1), (_minutes, 2), (_supplier, 1), (_tax_certificate, 1),
]


def render_pdf(doc: SampleDoc) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    buf = io.BytesIO()
    styles = getSampleStyleSheet()

    def decorate(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if doc.header:
            canvas.drawString(72, A4[1] - 40, doc.header)
        if doc.footer:
            canvas.drawString(72, 30, doc.footer)
        canvas.restoreState()

    story: list[Any] = []
    for para in doc.paragraphs:
        story.append(Paragraph(para.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"),
                               styles["Normal"]))
        story.append(Spacer(1, 8))
    if doc.table:
        story.append(Table(doc.table))
    SimpleDocTemplate(buf, pagesize=A4, title=doc.title, author="Collectivité", invariant=1).build(
        story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


def render_docx(doc: SampleDoc) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.core_properties.title = doc.title
    d.core_properties.author = "Collectivité"
    for para in doc.paragraphs:
        d.add_paragraph(para)
    if doc.table:
        t = d.add_table(rows=len(doc.table), cols=len(doc.table[0]))
        for i, row in enumerate(doc.table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def generate(out_dir: str | Path, n: int = 40, seed: int = 42) -> list[dict[str, Any]]:
    """Write ``n`` documents plus a few broken files under ``<out_dir>/batch/`` and their truth in
    ``<out_dir>/truth.jsonl`` (beside the batch, not in it: the truth is not a document)."""
    root = Path(out_dir)
    out = root / "batch"
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    population = [k for k, w in KINDS for _ in range(w)]
    truth: list[dict[str, Any]] = []
    for i in range(n):
        kind = population[i % len(population)] if i < len(population) else rng.choice(population)
        sd = kind(fake, rng)
        fmt = "pdf" if rng.random() < 0.55 else "docx"
        sub = "courriers" if sd.kind == "letter" else "divers"
        rel = f"{sub}/doc_{i:04d}.{fmt}"
        data = render_pdf(sd) if fmt == "pdf" else render_docx(sd)
        atomic_write_bytes(out / rel, data)
        truth.append({"source": rel, "kind": sd.kind, "format": fmt, "expected_route": sd.route,
                      "expected_reasons": sd.reasons, "pii": sorted(set(sd.pii)),
                      "entities": [{"type": t, "value": v} for t, v in sd.entities]})
    broken = [
        ("broken/tronque.pdf", render_pdf(_report(fake, rng))[:400]),
        ("broken/aleatoire.docx", bytes(rng.getrandbits(8) for _ in range(2048))),
        ("broken/vide.pdf", b""),
    ]
    for rel, data in broken:
        atomic_write_bytes(out / rel, data)
        truth.append({"source": rel, "kind": "broken", "format": "broken", "expected_route": "quarantine",
                      "expected_reasons": [], "pii": [], "entities": []})
    atomic_write_text(root / "truth.jsonl", "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth))
    return truth
