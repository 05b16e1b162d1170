"""A synthetic but realistic batch of French administrative documents, with its truth.

Each document comes with the route it must take and the personal values it contains, so that
``aiguillage eval`` can count leaks (a truth value found under ``public/``), sensitive documents
sent public and over-routing. Values come from Faker ``fr_FR``; identifiers carry valid checksums.
"""

from __future__ import annotations

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
    bban = f"{rng.randint(10000, 99999)}{rng.randint(10000, 99999)}{rng.randint(10**10, 10**11 - 1)}{rng.randint(10, 99)}"
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
    kind: str
    route: str
    title: str
    paragraphs: list[str]
    table: list[list[str]] = field(default_factory=list)
    header: str = ""
    footer: str = ""
    pii: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def _letter(fake: Faker, rng: random.Random) -> SampleDoc:
    p = make_person(fake, rng)
    city = fake.city()
    paras = [
        f"Mairie de {city}",
        f"{p.civility} {p.full}\n{p.street}\n{p.postcode} {p.city}",
        f"Objet : votre demande d'inscription sur les listes électorales",
        f"{'Monsieur' if p.civility == 'M.' else 'Madame'},",
        f"Nous accusons réception de votre demande déposée le {fake.date_this_year().strftime('%d/%m/%Y')}. "
        f"Votre dossier, enregistré sous votre numéro de sécurité sociale {p.nir}, est complet.",
        f"Pour toute question, le service reste joignable ; vous nous avez indiqué pouvoir être contacté "
        f"au {p.phone} ou par courriel à l'adresse {p.email}.",
        f"Le remboursement des frais de dossier sera effectué sur le compte IBAN {p.iban}.",
        "Nous vous prions d'agréer l'expression de nos salutations distinguées.",
        "Le service de l'état civil",
    ]
    return SampleDoc("letter", "public", "Courrier à un administré", paras,
                     pii=[p.full, p.nir, p.phone, p.email, p.iban, p.street], reasons=["RGPD_PERSONAL"])


def _deliberation(fake: Faker, rng: random.Random) -> SampleDoc:
    p = make_person(fake, rng)
    n = rng.randint(100, 999)
    amount = rng.randint(10, 500) * 1000
    paras = [
        f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL — Délibération n° 2024-{n}",
        "Séance du conseil municipal. Le quorum étant atteint, la séance est ouverte.",
        f"Objet : cession d'une parcelle communale cadastrée section AB n° {rng.randint(10, 400)}.",
        f"Le conseil municipal, après en avoir délibéré, approuve la cession de la parcelle à "
        f"{p.civility} {p.full}, demeurant {p.street}, {p.postcode} {p.city}, pour un montant de {amount} euros.",
        "Adopté à l'unanimité des membres présents et représentés.",
    ]
    return SampleDoc("deliberation", "public", "Délibération", paras, pii=[p.full, p.street],
                     reasons=["RGPD_PERSONAL"])


def _hr_health(fake: Faker, rng: random.Random) -> SampleDoc:
    p = make_person(fake, rng)
    paras = [
        "ARRÊTÉ PORTANT PLACEMENT EN CONGÉ DE LONGUE MALADIE",
        f"Le Maire, vu le dossier de {p.civility} {p.full}, adjoint technique territorial, né le {p.birth},",
        f"Vu l'avis du conseil médical en date du {fake.date_this_year().strftime('%d/%m/%Y')} constatant "
        "une pathologie nécessitant un traitement médical prolongé,",
        f"Article 1 : {p.civility} {p.last} est placé en congé de longue maladie pour une durée de six mois.",
        "Article 2 : l'intéressé percevra son plein traitement.",
    ]
    return SampleDoc("hr_health", "sovereign", "Arrêté RH (santé)", paras, pii=[p.full, p.birth],
                     reasons=["RGPD_SPECIAL_CATEGORY"])


def _restricted(fake: Faker, rng: random.Random) -> SampleDoc:
    paras = [
        "Note à l'attention du directeur général des services",
        "Objet : dispositif de sécurité des bâtiments communaux pendant les festivités.",
        f"Les accès techniques du bâtiment {fake.last_name()} seront fermés de 22 h à 6 h. Les codes des "
        "portes seront modifiés la veille et communiqués aux seuls agents d'astreinte.",
        "Les rondes seront assurées par la police municipale selon le plan joint.",
    ]
    return SampleDoc("restricted", "sovereign", "Note DR", paras, header="DIFFUSION RESTREINTE",
                     footer="DIFFUSION RESTREINTE — ne pas diffuser", reasons=["PROTECTION_MARKING"])


def _beneficiaries(fake: Faker, rng: random.Random) -> SampleDoc:
    people = [make_person(fake, rng) for _ in range(rng.randint(3, 6))]
    table = [["Nom", "Prénom", "Adresse", "Téléphone", "Montant"]]
    table += [[q.last.upper(), q.first, f"{q.street} {q.postcode} {q.city}", q.phone, f"{rng.randint(50, 900)} €"]
              for q in people]
    paras = ["État des bénéficiaires de l'aide municipale aux fournitures scolaires",
             "Liste arrêtée par le centre communal d'action sociale."]
    pii = [v for q in people for v in (q.last, q.street, q.phone)]
    return SampleDoc("beneficiaries", "public", "Tableau des bénéficiaires", paras, table=table, pii=pii,
                     reasons=["RGPD_PERSONAL"])


def _faq(fake: Faker, rng: random.Random) -> SampleDoc:
    paras = [
        "Foire aux questions : l'usage de l'intelligence artificielle dans les services",
        "Que signifie la mention « Diffusion Restreinte » ? Il s'agit d'une mention de protection qui interdit "
        "la diffusion d'un document hors du cercle des personnes qui ont besoin d'en connaître.",
        "Peut-on confier des données de santé à un service d'IA générative ? Non : les données de santé sont "
        "des données sensibles au sens de l'article 9 du RGPD et ne peuvent être traitées que par des outils "
        "souverains.",
        "Comment signaler qu'un texte a été produit avec l'aide d'une IA ? Une mention explicite doit figurer "
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
    p = make_person(fake, rng)
    paras = [
        "Service des ressources humaines — vérification préalable au recrutement",
        f"Le bulletin n° 2 du casier judiciaire de {p.civility} {p.full} mentionne une condamnation "
        f"prononcée par le tribunal correctionnel de {fake.city()} pour un délit routier.",
        "Le jury est invité à se prononcer sur la compatibilité avec les fonctions envisagées.",
    ]
    return SampleDoc("criminal", "sovereign", "Vérification casier", paras, pii=[p.full],
                     reasons=["CRIMINAL"])


KINDS: list[tuple[Callable[[Faker, random.Random], SampleDoc], int]] = [
    (_letter, 5), (_deliberation, 4), (_hr_health, 2), (_restricted, 1), (_beneficiaries, 2), (_faq, 2),
    (_report, 3), (_criminal, 1),
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
    SimpleDocTemplate(buf, pagesize=A4, title=doc.title, author="Collectivité").build(
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
                      "expected_reasons": sd.reasons, "pii": sorted(set(sd.pii))})
    broken = [
        ("broken/tronque.pdf", render_pdf(_report(fake, rng))[:400]),
        ("broken/aleatoire.docx", bytes(rng.getrandbits(8) for _ in range(2048))),
        ("broken/vide.pdf", b""),
    ]
    for rel, data in broken:
        atomic_write_bytes(out / rel, data)
        truth.append({"source": rel, "kind": "broken", "format": "broken", "expected_route": "quarantine",
                      "expected_reasons": [], "pii": []})
    atomic_write_text(root / "truth.jsonl", "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth))
    return truth
