"""Build the .docx and .html documents of the holdout3 sensitivity set.

The texts are written here in a light markup (``# `` heading, ``## `` sub-heading,
``- `` bullet, ``| `` table row with cells separated by `` | ``, other lines are
paragraphs). The script writes the same bytes on every run: the docx core
properties carry a fixed date and the zip members a fixed timestamp.
"""

import datetime
import io
import zipfile
from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent / "corpus" / "holdout3"
FIXED_DATE = datetime.datetime(2024, 1, 2, 9, 0, 0)
ZIP_DATE = (2024, 1, 2, 9, 0, 0)

DOCX: dict[str, str] = {}
HTML: dict[str, tuple[str, str]] = {}


def _blocks(text: str):
    """Yield (kind, content) blocks from the light markup."""
    table: list[list[str]] = []
    for raw in text.strip("\n").splitlines():
        line = raw.rstrip()
        if line.startswith("| "):
            table.append([c.strip() for c in line[2:].split(" | ")])
            continue
        if table:
            yield "table", table
            table = []
        if not line:
            continue
        if line.startswith("## "):
            yield "h2", line[3:]
        elif line.startswith("# "):
            yield "h1", line[2:]
        elif line.startswith("- "):
            yield "li", line[2:]
        else:
            yield "p", line
    if table:
        yield "table", table


def write_docx(name: str, text: str) -> None:
    document = docx.Document()
    props = document.core_properties
    props.author = "Aiguillage"
    props.last_modified_by = "Aiguillage"
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_printed = FIXED_DATE
    props.revision = 1
    props.title = ""
    for kind, content in _blocks(text):
        if kind == "h1":
            document.add_heading(content, level=1)
        elif kind == "h2":
            document.add_heading(content, level=2)
        elif kind == "li":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            width = max(len(row) for row in content)
            table = document.add_table(rows=len(content), cols=width)
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            document.add_paragraph(content)
    raw = io.BytesIO()
    document.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    (OUT / name).write_bytes(out.getvalue())


def write_html(name: str, title: str, body: str) -> None:
    page = (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )
    (OUT / name).write_text(page, encoding="utf-8")

# ---------------------------------------------------------------- sovereign docx

DOCX["s009_analyse_offres_marche.docx"] = """
# COMMUNE DE PONTIVY – Rapport d'analyse des offres
Marché n° 2024-017 – Restauration scolaire : fourniture et livraison de repas en liaison froide (3 ans)
Procédure adaptée ouverte – Date limite de remise des offres : 15 mars 2024
Document interne destiné à la commission d'appel d'offres – contient des informations couvertes par le secret des affaires des candidats ; ne pas communiquer en l'état.
## 1. Offres reçues
Trois offres ont été déposées sur la plateforme Mégalis Bretagne : Armor Restauration SAS (Loudéac), Saveurs de l'Argoat SARL (Guingamp), Convivio Ouest (Vannes). Toutes sont recevables.
## 2. Critères (règlement de consultation)
- Prix : 40 %
- Valeur technique : 50 % (qualité des produits, part de produits durables et bio, organisation logistique)
- Performance environnementale : 10 %
## 3. Détail des prix unitaires proposés (HT, par repas élémentaire)
| Candidat | Repas maternelle | Repas élémentaire | Repas adulte | Coût matière déclaré | Marge brute déclarée
| Armor Restauration | 2,71 € | 2,94 € | 3,62 € | 1,38 € | 22 %
| Saveurs de l'Argoat | 2,58 € | 2,79 € | 3,41 € | 1,51 € | 14 %
| Convivio Ouest | 2,89 € | 3,12 € | 3,88 € | 1,44 € | 27 %
## 4. Valeur technique – éléments relevés dans les mémoires
Armor Restauration : la cuisine centrale fonctionne avec un effectif de 11 ETP ; le candidat indique avoir négocié avec la coopérative Le Gouessant un prix de 4,10 €/kg pour la volaille Label Rouge, garanti trois ans, et détaille dans son mémoire sa méthode de refroidissement rapide brevetée (cellule à injection d'azote), qu'il demande expressément de ne pas divulguer.
Saveurs de l'Argoat : prix bas obtenu grâce à la sous-traitance de la production des desserts à un atelier d'insertion ; 32 % de produits bio (au-delà du minimum de 20 %). Plan de tournée avec un seul véhicule frigorifique : risque en cas de panne.
Convivio Ouest : dossier très complet, 45 % de produits bio, nutritionniste dédiée ; politique tarifaire la plus élevée, la marge affichée intégrant des frais de siège à 9 %.
## 5. Classement proposé
| Rang | Candidat | Note prix /40 | Note technique /50 | Note environnement /10 | Total /100
| 1 | Armor Restauration | 37,6 | 44 | 8 | 89,6
| 2 | Saveurs de l'Argoat | 40 | 38 | 7 | 85,0
| 3 | Convivio Ouest | 35,8 | 46 | 9 | 90,8 → à vérifier
Une erreur de report est possible sur la note prix de Convivio Ouest ; le service demande une relecture avant la CAO du 4 avril.
Rédacteur : service de la commande publique – 27 mars 2024
"""

DOCX["s025_decision_placement_ase.docx"] = """
# DÉPARTEMENT DE L'ORNE – Direction de l'enfance et de la famille
Aide sociale à l'enfance – Circonscription d'Alençon
## DÉCISION D'ACCUEIL PROVISOIRE
(article L. 222-5 du code de l'action sociale et des familles)
Le Président du Conseil départemental de l'Orne,
Vu le code de l'action sociale et des familles, notamment ses articles L. 221-1, L. 222-5 et L. 223-2 ;
Vu la demande écrite de Mme Jennifer LEBRETON, née le 14 février 1995, mère de l'enfant, en date du 9 octobre 2024 ;
Vu l'évaluation de la situation réalisée par Mme Aurore Hamel, assistante sociale de secteur, et Mme Coralie Dufay, éducatrice ;
Considérant que Mme Lebreton doit être hospitalisée à compter du 14 octobre 2024 au centre psychothérapique de l'Orne pour une durée estimée de six à huit semaines, à la suite d'une décompensation dépressive sévère ;
Considérant que le père de l'enfant, M. Anthony Grosclaude, dont la mère est séparée depuis 2021, réside en Belgique et a fait savoir qu'il n'était pas en mesure d'accueillir l'enfant ; que la grand-mère maternelle, âgée et elle-même malade, ne peut l'héberger ;
Considérant qu'aucune solution d'accueil dans l'entourage n'a pu être trouvée ;
DÉCIDE
Article 1er – L'enfant Kenzo LEBRETON, né le 2 mai 2017, est confié au service de l'aide sociale à l'enfance au titre d'un accueil provisoire, du 14 octobre 2024 au 13 janvier 2025.
Article 2 – L'enfant est accueilli chez Mme Brigitte Leroy, assistante familiale agréée, domiciliée à Sées. Il poursuivra sa scolarité à l'école élémentaire de Sées ; le transport vers l'école Point-du-Jour d'Alençon n'est pas possible.
Article 3 – La mère conserve l'exercice de l'autorité parentale. Des visites médiatisées seront organisées dès que son état de santé le permettra, en lien avec l'équipe soignante. Des appels téléphoniques hebdomadaires seront proposés.
Article 4 – Un projet pour l'enfant sera élaboré avec Mme Lebreton dans un délai de deux mois. La situation sera réexaminée au terme de la mesure ; un renouvellement pourra être décidé à la demande de la mère.
Article 5 – La présente décision peut faire l'objet d'un recours devant le tribunal administratif de Caen dans un délai de deux mois.
Fait à Alençon, le 11 octobre 2024
Pour le Président du Conseil départemental et par délégation, la responsable de circonscription
Signature de la mère, valant accord : J. Lebreton
"""

DOCX["s036_equipe_pluridisciplinaire_rsa.docx"] = """
# DÉPARTEMENT DE LA SOMME – Direction de l'insertion
## Équipe pluridisciplinaire RSA du territoire Picardie maritime – Séance du 21 mai 2024
Ordre du jour : examen des situations de non-respect des engagements du contrat d'engagements réciproques (CER) et des demandes de réorientation.
Présents : Mme Caron (conseillère départementale, présidente) ; M. Duflos (France Travail) ; Mme Ledoux (CAF) ; M. Benali (représentant des allocataires) ; Mme Sueur (travailleuse sociale) ; Mme Poiret (chargée d'insertion, rapporteure).
| N° | Allocataire | Situation présentée | Avis de l'équipe
| 1 | M. Jordan DECAYEUX, 29 ans, Abbeville | Absent à 3 convocations successives depuis janvier ; CER échu ; pas de démarches vers la formation cariste prévue. A indiqué par téléphone avoir des problèmes de santé (« le dos »), sans justificatif. | Réduction de 50 % du RSA pendant 1 mois ; nouvelle convocation avec possibilité de présenter un certificat.
| 2 | Mme Nathalie BOUCHER, 52 ans, Saint-Valery | Suivie par le service social depuis le décès de son conjoint ; reconnaissance de travailleur handicapé obtenue en avril (polyarthrite). Ne peut plus exercer son métier d'agent d'entretien. | Pas de sanction ; réorientation vers un accompagnement social renforcé et demande d'AAH à instruire.
| 3 | M. Aziz HAMDANI, 41 ans, Friville-Escarbotin | CER respecté (chantier d'insertion) ; dette de trop-perçu CAF de 2 380 € liée à une déclaration tardive de ressources de son épouse. | Demande de remise de dette à la CAF ; avis favorable à une remise partielle.
| 4 | Mme Océane VASSEUR, 23 ans, Abbeville | Mère isolée de deux enfants, sans mode de garde ; absence à l'atelier collectif du 14 mai. | Pas de sanction ; orientation vers le dispositif crèche à vocation d'insertion professionnelle.
| 5 | M. Christophe LEFEBVRE, 47 ans, Rue | Incarcéré à la maison d'arrêt d'Amiens depuis le 2 avril 2024 ; signalé par le SPIP. | Suspension du droit au RSA à compter du 61e jour de détention (information CAF).
Observations de M. Benali (représentant des allocataires) : il s'oppose à la sanction de M. Decayeux tant que son état de santé n'a pas été évalué par un médecin.
Décisions notifiées par la Présidente du Conseil départemental après avis. Les allocataires concernés disposent d'un délai d'un mois pour présenter leurs observations.
Rapporteure : C. Poiret – Document à usage exclusif des membres de l'équipe pluridisciplinaire.
"""

DOCX["s053_offre_technique_candidat.docx"] = """
# MÉMOIRE TECHNIQUE – OFFRE CONFIDENTIELLE
Candidat : GÉOTHERMA INGÉNIERIE SAS – 12, rue de l'Industrie, 67 400 Illkirch-Graffenstaden
Consultation : Université de Strasbourg – Marché global de performance pour la rénovation énergétique du bâtiment Le Bel (lot unique)
Les éléments ci-dessous constituent un savoir-faire propre au candidat et sont couverts par le secret des affaires. Ils ne doivent pas être communiqués aux autres candidats ni publiés.
## 1. Solution technique proposée
Notre solution repose sur un champ de 42 sondes géothermiques verticales de 180 m, couplé à une pompe à chaleur réversible de 620 kW et à un stockage intersaisonnier en nappe (aquifère rhénan). Le dimensionnement a été réalisé avec notre outil interne GT-Sizer v5, développé depuis 2016 et calibré sur 37 opérations réalisées en Alsace et dans le Bade-Wurtemberg.
## 2. Méthode propriétaire de forage
Nous mettons en œuvre une technique de forage à double tube avec injection d'un coulis de cimentation à base de graphite expansé (formulation Géotherma G-12 : 68 % ciment, 22 % bentonite, 10 % graphite), qui améliore la conductivité thermique du remplissage de 35 % par rapport aux coulis standards. Cette formulation n'a fait l'objet d'aucune publication.
## 3. Engagements de performance et hypothèses économiques
| Poste | Valeur garantie | Hypothèse interne
| Économie d'énergie primaire | 61 % | Taux de couverture géothermique 88 %
| Coefficient de performance saisonnier | 5,2 | Température de départ 45 °C
| Coût global d'investissement | 4 870 000 € HT | Prix d'achat PAC : 182 000 € (remise fournisseur 31 %)
| Coût de maintenance annuel | 38 500 € HT | Taux horaire technicien 54 €
| Pénalité en cas de non-atteinte | 1,5 € par MWh manquant | Provision interne 3 % du marché
## 4. Organisation du chantier
Phasage en site occupé sur 14 mois ; forages concentrés pendant les vacances universitaires d'été ; une seule foreuse de notre parc (Comacchio MC 28) mobilisée sur 9 semaines.
## 5. Références confidentielles
Deux références citées (hôpital de Colmar, lycée de Haguenau) comportent des clauses de confidentialité ; les coûts réels communiqués à titre d'illustration ne doivent pas être divulgués.
Signé : le Président, M. Olivier Schaeffer
"""

DOCX["s065_liste_colis_noel.docx"] = """
# CCAS DE SAINT-AMAND-MONTROND
## Distribution des colis de Noël 2024 – Liste des bénéficiaires (quartier du Vernet)
Liste établie par le service d'action sociale à partir des dossiers d'aide facultative et des signalements des partenaires. Usage interne : à remettre uniquement aux bénévoles chargés de la distribution ; ne pas laisser sur place ; à détruire après le 31 décembre.
| Nom – prénom | Adresse | Composition | Motif d'inscription | Type de colis | Observations
| BERNARDIN Lucienne | 4, rue des Acacias | Seule, 84 ans | Minimum vieillesse (ASPA) | Colis senior | Ne se déplace plus : livrer au domicile, sonner fort
| COQUILLAT Jérémy | 12, rue du Vernet, 2e | Couple + 3 enfants | RSA, dette de loyer en cours | Colis famille + jouets 3 enfants (2, 5, 9 ans) | Père sorti de détention en octobre
| DIALLO Aminata | 7, allée des Tilleuls | Seule + 1 enfant | Demandeuse d'asile hébergée en CADA diffus | Colis famille, sans porc | Ne lit pas le français
| FAUCHEUX Roger | 18, rue Lafayette | Seul, 67 ans | Sortie d'hospitalisation (AVC), sans mutuelle | Colis senior | Livraison ; aide-ménagère présente le mardi
| MOREL-PIRES Sandra | 3, impasse du Cher | Seule + 2 enfants | Séparation récente, hébergée chez sa mère | Colis famille + jouets (6 et 11 ans) | Ne pas mentionner le CCAS devant la grand-mère
| NOËL Gisèle | 22, rue du Vernet | Seule, 79 ans | Veuve depuis mars, petite retraite agricole | Colis senior | Très isolée, proposer visite bénévole
| OUEDRAOGO Issa | 9, rue des Acacias | Couple + 4 enfants | Surendettement (plan Banque de France) | Colis famille + jouets 4 enfants | Halal si possible
| TISSIER Kévin | 15, allée des Tilleuls | Seul, 34 ans | Allocation adulte handicapé, troubles psychiques | Colis adulte | Prévenir par téléphone avant de passer
Total : 8 foyers – 27 personnes – 12 enfants.
Distribution prévue le samedi 21 décembre de 9 h à 12 h ; point de départ : local du CCAS. Référente : Mme Catherine Pelletier (06 ** ** ** 18).
"""

DOCX["s070_arrete_blame.docx"] = """
# CENTRE HOSPITALIER DE DOUARNENEZ
## DÉCISION N° 2024-DRH-118 portant sanction disciplinaire (blâme)
Le Directeur du centre hospitalier de Douarnenez,
Vu le code général de la fonction publique, notamment ses articles L. 530-1, L. 532-1 à L. 533-6 ;
Vu le décret n° 89-822 du 7 novembre 1989 relatif à la procédure disciplinaire applicable aux fonctionnaires relevant de la fonction publique hospitalière ;
Vu le rapport de la cadre de santé du service de médecine polyvalente en date du 12 juillet 2024 ;
Vu le compte rendu de l'entretien du 30 juillet 2024, au cours duquel l'agent, assisté de la représentante de son choix, a présenté ses observations ;
Considérant que Mme Gaëlle LE CORRE, infirmière en soins généraux de classe normale, affectée au service de médecine polyvalente, a, dans la nuit du 8 au 9 juillet 2024, omis d'administrer à un patient le traitement anticoagulant prescrit à 22 heures et a néanmoins tracé l'administration dans le dossier de soins informatisé ;
Considérant que cette omission, découverte lors de la relève du matin, n'a pas eu de conséquence pour le patient, mais que la traçabilité erronée d'un soin non réalisé constitue un manquement grave aux obligations professionnelles de l'infirmière et à la sécurité des soins ;
Considérant que Mme Le Corre a reconnu les faits, en invoquant une charge de travail exceptionnelle cette nuit-là (deux entrées tardives et un décès), et qu'elle n'a jamais fait l'objet d'une sanction disciplinaire depuis son recrutement en 2016 ;
Considérant qu'il y a lieu, dans ces conditions, de prononcer une sanction du premier groupe ;
DÉCIDE
Article 1er – Un blâme est infligé à Mme Gaëlle Le Corre, infirmière en soins généraux.
Article 2 – Cette sanction sera inscrite au dossier individuel de l'agent. Elle sera effacée automatiquement au bout de trois ans si aucune autre sanction n'est intervenue pendant cette période.
Article 3 – Mme Le Corre suivra la formation interne « Sécurisation du circuit du médicament » lors de la prochaine session.
Article 4 – La présente décision peut faire l'objet d'un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa notification.
Fait à Douarnenez, le 6 août 2024
Le Directeur
Notifiée à l'agent le : .................. Signature de l'agent :
"""

DOCX["s079_cellule_ethique.docx"] = """
# CENTRE HOSPITALIER UNIVERSITAIRE DE NANCY
## Cellule de soutien éthique – Compte rendu de saisine n° 2024-09
Confidentiel – Secret médical partagé – diffusion limitée aux participants et au dossier patient
Date de la réunion : 12 septembre 2024
Demandeur : Dr Julien Thiriet, réanimation médicale
Participants : deux médecins de la cellule (dont un extérieur au service), une infirmière, une psychologue, un représentant des usagers, l'aumônière de l'hôpital (à la demande de la famille), la cadre de santé du service.
## 1. Situation
M. Bernard COLLIGNON, 74 ans, est hospitalisé en réanimation depuis le 22 août après un arrêt cardiaque survenu à domicile (no-flow estimé à 12 minutes). Il présente une encéphalopathie post-anoxique sévère ; l'IRM et l'EEG sont en faveur d'un pronostic neurologique très défavorable. Il est sous ventilation mécanique.
Le patient n'a pas rédigé de directives anticipées. Il n'a pas désigné de personne de confiance.
## 2. Positions des proches
Son épouse, Mme Monique Collignon, rapporte qu'il avait dit à plusieurs reprises, après le décès de son propre frère, qu'il « ne voudrait jamais finir branché ». Elle est favorable à une limitation des traitements.
Sa fille aînée, Mme Sandrine Collignon-Weber, s'oppose à tout arrêt : elle invoque les convictions catholiques de son père, qui était diacre dans sa paroisse, et estime que « la vie ne nous appartient pas ». Elle demande un délai supplémentaire et l'avis d'un autre neurologue.
Le fils cadet, M. Pierre Collignon, est brouillé avec sa sœur depuis la succession de leur grand-mère et soutient sa mère. Les échanges au sein de la famille sont très tendus ; un incident verbal a eu lieu dans le couloir du service le 9 septembre.
## 3. Éléments de réflexion
- la décision de limitation relève du médecin, après procédure collégiale (article R. 4127-37-2 du code de la santé publique), en recherchant la volonté présumée du patient ;
- les propos rapportés par l'épouse sont précis et cohérents ;
- les convictions religieuses du patient doivent être prises en compte, sans qu'elles s'opposent nécessairement à une limitation (l'aumônière rappelle que l'Église catholique ne condamne pas l'arrêt de l'acharnement thérapeutique).
## 4. Avis de la cellule
La cellule recommande : un second avis neurologique extérieur, sous huit jours ; une réunion familiale conjointe avec médiation de la psychologue ; puis la tenue de la procédure collégiale. Elle ne se prononce pas sur la décision elle-même.
"""

# ---------------------------------------------------------------- sovereign html

HTML["s006_mail_arret_maladie.html"] = ("RE: planning semaine 47 – Kevin", """
<div class="mail-header">
<p><b>De :</b> Stéphanie Roux &lt;s.roux@ville-lannion.fr&gt;<br>
<b>À :</b> Équipe Accueil Population &lt;accueil.population@ville-lannion.fr&gt;<br>
<b>Cc :</b> Laurence Morvan (RH)<br>
<b>Date :</b> lundi 18 novembre 2024 08:52<br>
<b>Objet :</b> RE: planning semaine 47 – Kevin</p>
</div>
<div class="mail-body">
<p>Bonjour à toutes et tous,</p>
<p>Petit message rapide avant l'ouverture : Kevin ne sera pas là cette semaine ni probablement les suivantes. Il m'a appelée hier soir, il a fait un malaise vendredi en rentrant et il a été hospitalisé à Saint-Brieuc. On lui a trouvé un problème au cœur (une valve, d'après ce que j'ai compris), il doit être opéré dans les prochains jours. Il m'a dit que l'arrêt serait au minimum de deux mois, peut-être plus avec la rééducation cardiaque.</p>
<p>Il m'a demandé de vous dire qu'il allait « plutôt bien vu les circonstances » et qu'il est d'accord pour que je vous en parle, mais merci de ne pas en faire le tour de la mairie. Pour ceux qui veulent lui écrire, passez par moi.</p>
<p>Du coup, planning :</p>
<ul>
<li>lundi-mardi : Océane prend l'accueil état civil le matin, Yannick l'après-midi ;</li>
<li>mercredi : je tiens l'accueil moi-même de 8 h 30 à 12 h ;</li>
<li>jeudi-vendredi : renfort de Morgane (service élections) confirmé par Laurence.</li>
</ul>
<p>Les rendez-vous passeports de Kevin de jeudi (6 RDV) sont à redispatcher ; je m'en occupe ce matin.</p>
<p>Laurence, je te laisse voir pour l'arrêt : il envoie le volet 3 par la poste, il me demande aussi si son CLM de 2021 (la dépression) compte dans les droits à plein traitement, il a peur de passer à demi-traitement. Tu peux le rappeler directement ?</p>
<p>Merci à tous pour votre souplesse,<br>Stéphanie</p>
<p>--<br>Stéphanie Roux<br>Responsable du service Accueil Population – Ville de Lannion<br>Tél. 02 96 ** ** 40</p>
</div>
""")

HTML["s013_aumonerie_patient.html"] = ("Demande d'aumônier – chambre 412", """
<table class="entete">
<tr><td><b>De :</b></td><td>Cadre de santé – Oncologie médicale, 4e étage (Hôpital Pasteur)</td></tr>
<tr><td><b>À :</b></td><td>Service d'aumônerie – aumonerie@chu-colmar.example</td></tr>
<tr><td><b>Date :</b></td><td>mardi 21 mai 2024, 14:18</td></tr>
<tr><td><b>Objet :</b></td><td>Demande de visite – M. HADDAD, chambre 412</td></tr>
</table>
<hr>
<p>Bonjour,</p>
<p>Je vous sollicite pour un patient du service, M. Elias HADDAD, 68 ans, hospitalisé chez nous depuis le 13 mai pour une progression de son cancer du pancréas. Il est désormais en soins palliatifs dans le service, en attente d'une place à l'USP, et son état se dégrade rapidement (il dort beaucoup, l'équipe estime qu'il lui reste quelques jours).</p>
<p>M. Haddad est de confession chrétienne orthodoxe (Église grecque-orthodoxe d'Antioche, il est d'origine libanaise). Il a demandé ce matin, par l'intermédiaire de sa femme, à recevoir l'onction des malades et la communion. Son prêtre habituel, le père Georges, est à Beyrouth jusqu'au mois prochain. La famille ne connaît pas de prêtre orthodoxe dans la région.</p>
<p>Pourriez-vous :</p>
<ol>
<li>contacter un prêtre orthodoxe (je crois qu'il y en a un à Strasbourg) pour une visite cette semaine, si possible avant jeudi ;</li>
<li>passer voir Mme Haddad, qui reste dans la chambre jour et nuit et qui est épuisée ; elle est catholique maronite et apprécierait une visite de votre part ;</li>
<li>nous dire s'il y a des éléments à respecter pour la toilette mortuaire et le délai avant le transfert vers le funérarium (la famille souhaite une veillée dans la chambre).</li>
</ol>
<p>Le patient a aussi dit à l'infirmière qu'il ne voulait pas de la sonde d'alimentation ; nous en avons pris note dans le dossier et l'équipe médicale a validé l'arrêt.</p>
<p>Merci beaucoup,</p>
<p>Hélène Stoffel<br>Cadre de santé, oncologie médicale<br>Poste 5412</p>
""")

HTML["s021_enrolement_biometrique.html"] = ("Enrôlement biométrique – contrôle d'accès", """
<h1>Conseil départemental de la Vienne – Direction de l'immobilier et de la logistique</h1>
<h2>Contrôle d'accès biométrique des locaux d'archives et de la salle des coffres (bâtiment Carnot)</h2>
<p><b>Document interne – Ne pas transmettre</b> – Liste d'enrôlement arrêtée au 3 juin 2024, après autorisation de traitement et avis du délégué à la protection des données.</p>
<p>Les gabarits des empreintes digitales sont stockés sur le badge individuel de chaque agent (carte à puce) et non dans une base centrale. Le tableau ci-dessous recense les agents enrôlés et les incidents constatés lors de l'enrôlement.</p>
<table border="1">
<thead><tr><th>Agent</th><th>Service</th><th>Doigts enrôlés</th><th>Qualité</th><th>Zones autorisées</th><th>Observations</th></tr></thead>
<tbody>
<tr><td>AUBINEAU Philippe</td><td>Archives départementales</td><td>index D, index G</td><td>bonne</td><td>Magasins 1 à 4, coffres</td><td>–</td></tr>
<tr><td>BRISSET Hélène</td><td>Archives départementales</td><td>majeur D, index G</td><td>moyenne</td><td>Magasins 1 à 4</td><td>Index droit non enrôlable (cicatrice)</td></tr>
<tr><td>CHARRIER Mathis</td><td>Régie des recettes</td><td>index D, pouce D</td><td>bonne</td><td>Salle des coffres</td><td>Code de secours : 5519</td></tr>
<tr><td>DOS SANTOS Irène</td><td>Archives départementales</td><td>–</td><td>échec</td><td>Magasins 1 à 4 (badge + code)</td><td>Dermatose des mains ; dérogation accordée (code 7702)</td></tr>
<tr><td>GIRAUD Laurent</td><td>Sécurité bâtiments</td><td>index D, index G</td><td>bonne</td><td>Toutes zones</td><td>Détenteur de la clé mécanique de secours</td></tr>
<tr><td>NGUYEN Van Thanh</td><td>Régie des recettes</td><td>index G, majeur G</td><td>moyenne</td><td>Salle des coffres</td><td>Gaucher ; réenrôlement à prévoir</td></tr>
</tbody>
</table>
<p>Rappel de sécurité : la porte de la salle des coffres reste en mode « badge seul » les samedis de 8 h à 12 h pour l'intervention du transporteur de fonds ; la caméra du couloir C2 ne couvre pas l'angle de la porte de service.</p>
<p>Référent : M. Laurent Giraud, responsable sécurité des bâtiments.</p>
""")

HTML["s043_liste_grevistes.html"] = ("Service fait – grève du 5 décembre", """
<h1>Mairie de Saint-Herblain – Direction de l'éducation</h1>
<h2>Relevé des agents grévistes – journée du jeudi 5 décembre 2024</h2>
<p>À transmettre au service paie pour la retenue sur traitement (trentième indivisible). Relevé établi par les responsables de site à partir des déclarations préalables (loi du 20 août 2008 sur le service minimum d'accueil) et des présences constatées.</p>
<table border="1">
<thead><tr><th>Site</th><th>Agent</th><th>Fonction</th><th>Déclaration 48 h</th><th>Durée de grève</th><th>Organisation ayant déposé le préavis (déclarée par l'agent)</th></tr></thead>
<tbody>
<tr><td>École Jean-Zay</td><td>Mme Karine PAPIN</td><td>ATSEM</td><td>oui</td><td>journée</td><td>CGT</td></tr>
<tr><td>École Jean-Zay</td><td>Mme Fatima OUALI</td><td>Agent de restauration</td><td>oui</td><td>journée</td><td>CGT</td></tr>
<tr><td>École du Bourg</td><td>M. Thierry LE GUEN</td><td>Animateur périscolaire</td><td>oui</td><td>matin</td><td>SUD Collectivités territoriales</td></tr>
<tr><td>École du Bourg</td><td>Mme Anaïs BRIAND</td><td>ATSEM</td><td>non</td><td>journée</td><td>–</td></tr>
<tr><td>École de la Bernardière</td><td>Mme Sylvie MÉNAGER</td><td>Agent d'entretien</td><td>oui</td><td>journée</td><td>FO</td></tr>
<tr><td>École de la Bernardière</td><td>M. Jordan BARREAU</td><td>Animateur périscolaire</td><td>oui</td><td>pause méridienne</td><td>SUD Collectivités territoriales</td></tr>
<tr><td>Cuisine centrale</td><td>M. Patrick HALGAND</td><td>Cuisinier</td><td>oui</td><td>journée</td><td>CGT</td></tr>
</tbody>
</table>
<p>Observation : Mme Briand n'a pas déposé de déclaration préalable ; son responsable de site propose un rappel à la règle (déclaration individuelle obligatoire au plus tard 48 heures avant). Elle indique avoir rejoint le piquet de grève devant l'hôtel de ville à l'appel de sa collègue.</p>
<p>Ce relevé est strictement réservé au service paie ; il ne doit pas être diffusé aux responsables d'équipe ni conservé dans les dossiers individuels.</p>
<p>Établi le 6 décembre 2024 par la cellule administrative de la direction de l'éducation.</p>
""")

HTML["s083_amenagement_examen.html"] = ("Décision d'aménagement des épreuves", """
<header>
<p><b>Académie de Montpellier</b> – Division des examens et concours (DEC)<br>Bureau des candidats en situation de handicap</p>
</header>
<h1>Décision d'aménagement des conditions de passation des épreuves</h1>
<p>Session 2025 – Baccalauréat général – Épreuves anticipées de français et épreuves terminales</p>
<p><b>Candidate :</b> Mlle Clémence VIDAL-ESTRADE, née le 29/01/2008<br>
<b>Établissement :</b> Lycée Joffre, Montpellier – classe de 1re générale<br>
<b>N° candidat :</b> 0342********</p>
<p>Le recteur de l'académie,</p>
<p>Vu le code de l'éducation, notamment ses articles L. 112-4 et D. 351-27 à D. 351-32 ;<br>
Vu l'avis du médecin désigné par la commission des droits et de l'autonomie des personnes handicapées, en date du 14 novembre 2024, établi au vu du dossier médical de la candidate (trouble spécifique du langage écrit sévère – dyslexie-dysorthographie – et trouble du déficit de l'attention avec hyperactivité, traité) ;</p>
<p><b>Décide</b> d'accorder à la candidate les aménagements suivants :</p>
<ul>
<li>majoration d'un tiers du temps de composition pour l'ensemble des épreuves écrites et de préparation des épreuves orales ;</li>
<li>utilisation d'un ordinateur fourni par le centre d'examen, sans correcteur orthographique ;</li>
<li>lecture à voix haute des sujets par un secrétaire lecteur ;</li>
<li>composition dans une salle à effectif réduit ;</li>
<li>pauses non décomptées de 5 minutes par heure, la candidate pouvant sortir accompagnée.</li>
</ul>
<p>Le refus de l'aménagement « dispense de l'épreuve de langue vivante B » est motivé par l'absence d'éléments médicaux justifiant une impossibilité de composer.</p>
<p>La présente décision est notifiée à la famille et au chef d'établissement. Les informations médicales ayant motivé l'avis ne sont pas communiquées au centre d'examen.</p>
<p>Fait à Montpellier, le 2 décembre 2024<br>Pour le recteur et par délégation, la cheffe de la DEC</p>
""")

# ---------------------------------------------------------------- public docx

DOCX["p001_deliberation_tarifs_cantine.docx"] = """
# COMMUNE DE PLOËRMEL
## Extrait du registre des délibérations du conseil municipal – Séance du 27 juin 2024
Conseillers en exercice : 29 – Présents : 23 – Pouvoirs : 4 – Votants : 27
Délibération n° 2024-06-52 – Éducation – Tarifs de la restauration scolaire et de l'accueil périscolaire pour l'année 2024-2025
Rapporteur : Mme l'adjointe à l'éducation et à la jeunesse
La commune assure la restauration scolaire dans ses quatre écoles publiques (environ 620 repas par jour), en régie, avec une cuisine centrale qui respecte les objectifs de la loi EGalim (52 % de produits durables, dont 27 % de produits bio en 2023). Le coût de revient d'un repas s'établit à 9,84 € (denrées 2,61 €, personnel 5,47 €, fluides et amortissements 1,76 €).
Afin de maintenir l'accessibilité du service, il est proposé de maintenir une tarification sociale en fonction du quotient familial et de ne revaloriser les tarifs que de 2 %, la commune bénéficiant par ailleurs de l'aide de l'État pour le repas à 1 € pour les tranches les plus basses.
| Tranche | Quotient familial CAF | Repas enfant | Accueil périscolaire (1/2 h)
| A | inférieur à 500 € | 1,00 € | 0,40 €
| B | de 500 à 800 € | 2,10 € | 0,60 €
| C | de 801 à 1 100 € | 3,05 € | 0,75 €
| D | de 1 101 à 1 500 € | 3,70 € | 0,90 €
| E | supérieur à 1 500 € ou non communiqué | 4,25 € | 1,05 €
| Adultes | – | 6,20 € | –
Un repas sans viande est proposé chaque jour en alternative au plat principal. Les enfants bénéficiant d'un projet d'accueil individualisé pour allergie alimentaire et apportant leur panier-repas se voient appliquer un tarif de 0,90 € (surveillance et mise à disposition des locaux).
Le conseil municipal, après en avoir délibéré, par 24 voix pour et 3 abstentions :
- FIXE les tarifs ci-dessus à compter du 2 septembre 2024 ;
- AUTORISE le Maire à solliciter l'aide de l'État au titre de la tarification sociale des cantines ;
- DIT que les recettes seront inscrites au budget principal.
Pour extrait conforme, le Maire. Transmis au contrôle de légalité le 1er juillet 2024.
"""

DOCX["p008_formulaire_aide_logement.docx"] = """
# FONDS DE SOLIDARITÉ POUR LE LOGEMENT DE LA LOIRE
## Demande d'aide – Accès ou maintien dans le logement – Énergie – Eau
Formulaire à compléter par le demandeur avec l'aide d'un travailleur social. Tout dossier incomplet sera retourné.
## 1. Le demandeur
| Nom : | ........................................
| Prénom : | ........................................
| Date de naissance : | ..... / ..... / ..........
| Adresse : | ........................................
| Téléphone / courriel : | ........................................
| N° d'allocataire CAF ou MSA : | ........................................
| Situation familiale : | ☐ célibataire ☐ marié(e) ☐ pacsé(e) ☐ concubinage ☐ séparé(e) ☐ divorcé(e) ☐ veuf(ve)
## 2. Les personnes vivant au foyer
| Nom – prénom | Lien de parenté | Date de naissance | Situation (scolaire, emploi, etc.)
| | | |
| | | |
| | | |
## 3. Ressources mensuelles du foyer (3 derniers mois)
| Nature | Demandeur | Conjoint | Autres
| Salaires, indemnités chômage | | |
| RSA, prime d'activité | | |
| Prestations familiales, AAH, pensions | | |
| Pensions alimentaires reçues | | |
## 4. Nature de l'aide demandée
- ☐ Accès : dépôt de garantie, premier loyer, assurance, frais d'agence
- ☐ Maintien : dette de loyer (joindre le décompte du bailleur)
- ☐ Énergie : facture d'électricité, de gaz, de fioul ou de bois
- ☐ Eau
## 5. Situation ayant conduit à la demande
(perte d'emploi, maladie, séparation, décès, baisse des ressources…)
...........................................................................................
...........................................................................................
## 6. Engagements et signature
Je certifie sur l'honneur l'exactitude des renseignements fournis. J'autorise le FSL à vérifier ma situation auprès de la CAF, de mon bailleur et de mes fournisseurs d'énergie.
Fait à ...................., le ....................   Signature du demandeur :
Cadre réservé au travailleur social : nom, organisme, avis motivé, date.
Les informations recueillies font l'objet d'un traitement informatique destiné à l'instruction de votre demande. Vous disposez d'un droit d'accès et de rectification auprès du Département de la Loire.
"""

DOCX["p020_rapport_orientation_budgetaire.docx"] = """
# COMMUNAUTÉ DE COMMUNES DU PAYS DE MORMAL
## Rapport d'orientation budgétaire 2025
Présenté au conseil communautaire du 10 février 2025 (article L. 2312-1 du CGCT)
## 1. Contexte économique et financier
La loi de finances pour 2025 prévoit une contribution des collectivités au redressement des comptes publics. L'inflation se stabilise autour de 1,8 %. La revalorisation des bases fiscales est fixée à 1,7 %. Le gel de la dotation globale de fonctionnement se traduirait pour la communauté par une perte de recettes estimée à 160 000 €.
## 2. Situation financière de la communauté
| Indicateur | 2022 | 2023 | 2024 (estimé)
| Recettes réelles de fonctionnement | 14,2 M€ | 14,9 M€ | 15,3 M€
| Dépenses réelles de fonctionnement | 12,6 M€ | 13,4 M€ | 14,0 M€
| Épargne brute | 1,6 M€ | 1,5 M€ | 1,3 M€
| Encours de dette au 31/12 | 9,8 M€ | 9,1 M€ | 10,4 M€
| Capacité de désendettement | 6,1 ans | 6,1 ans | 8,0 ans
## 3. Orientations pour 2025
- Fiscalité : maintien des taux ; aucune hausse de la taxe d'enlèvement des ordures ménagères.
- Personnel : la masse salariale progresserait de 2,9 % (glissement vieillesse-technicité, hausse de la cotisation CNRACL), avec la création de deux postes (animateur France Services, technicien GEMAPI).
- Solidarité : maintien de la participation au CIAS et soutien renforcé à la mission locale.
- Investissement : 6,8 M€, dont la rénovation du centre aquatique (2,9 M€), la voie verte de la vallée de la Sambre (1,1 M€), la maison de santé pluriprofessionnelle de Landrecies (1,4 M€).
## 4. Engagements pluriannuels
Le plan pluriannuel d'investissement 2025-2028 s'élève à 21 M€. Il sera financé à 45 % par des subventions, à 30 % par l'emprunt et à 25 % par l'autofinancement.
Le débat d'orientation budgétaire donne lieu à une délibération spécifique. Le présent rapport est mis en ligne sur le site internet de la communauté.
"""

DOCX["p036_convention_caf.docx"] = """
# CONVENTION TERRITORIALE GLOBALE 2024-2028
## entre la Caisse d'allocations familiales du Calvados et la Communauté urbaine Caen la mer
Entre la Caisse d'allocations familiales du Calvados, représentée par son directeur, et la Communauté urbaine Caen la mer, représentée par son président, ainsi que les communes signataires listées en annexe,
Il est convenu ce qui suit :
## Article 1 – Objet
La présente convention territoriale globale (CTG) définit le projet social partagé du territoire et les engagements des partenaires dans les champs de la petite enfance, de l'enfance, de la jeunesse, de la parentalité, de l'animation de la vie sociale, du logement et de l'accès aux droits.
## Article 2 – Diagnostic partagé
Le territoire compte 270 000 habitants, dont 52 000 foyers allocataires. 18 % des enfants de moins de 3 ans vivent dans une famille à bas revenus. Le taux de couverture en accueil du jeune enfant atteint 64 places pour 100 enfants, avec de fortes disparités entre les communes. 14 % des familles allocataires sont monoparentales.
## Article 3 – Orientations
- développer l'offre d'accueil du jeune enfant dans les secteurs déficitaires, notamment en horaires atypiques ;
- favoriser l'accueil des enfants en situation de handicap dans les structures de droit commun ;
- renforcer les actions de soutien à la parentalité (lieux d'accueil enfants-parents, médiation familiale) ;
- soutenir les centres sociaux et les espaces de vie sociale ;
- lutter contre le non-recours aux droits, en lien avec les France Services.
## Article 4 – Engagements financiers
| Champ | Financement CAF annuel estimé | Financement collectivités annuel estimé
| Petite enfance | 9,4 M€ | 11,2 M€
| Enfance-jeunesse | 3,1 M€ | 4,6 M€
| Parentalité | 0,6 M€ | 0,3 M€
| Animation de la vie sociale | 1,8 M€ | 1,5 M€
## Article 5 – Gouvernance
Un comité de pilotage se réunit au moins une fois par an ; un comité technique, deux fois par an.
## Article 6 – Durée
La convention est conclue du 1er janvier 2024 au 31 décembre 2028.
Fait à Caen, le 15 mars 2024.
"""

DOCX["p039_rapport_jury_concours.docx"] = """
# CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA GIRONDE
## Concours externe d'attaché territorial – Session 2024
Rapport du président du jury (document public)
## 1. Données générales
| | Inscrits | Présents aux écrits | Admissibles | Admis
| Spécialité administration générale | 1 412 | 687 | 98 | 41
| Spécialité gestion du secteur sanitaire et social | 402 | 211 | 31 | 13
| Spécialité urbanisme et développement des territoires | 318 | 164 | 26 | 11
| Total | 2 132 | 1 062 | 155 | 65
Seuil d'admissibilité : 11,25/20 (administration générale). Seuil d'admission : 12,10/20.
## 2. Épreuve de note
Le sujet portait sur la prévention des expulsions locatives. Les meilleures copies se sont distinguées par un plan opérationnel et une bonne exploitation du dossier. Le jury regrette que de nombreux candidats se soient limités à une paraphrase des documents, sans proposer de solutions adaptées au contexte de la collectivité décrite.
## 3. Épreuve de composition
Le sujet, « La laïcité dans les services publics locaux », a donné lieu à des copies inégales. Trop de candidats confondent la neutralité des agents et la liberté religieuse des usagers ; certains ont illustré leur propos par des exemples juridiquement erronés (interdiction des repas de substitution, obligation de neutralité des usagers des bibliothèques).
## 4. Épreuve orale
L'entretien avec le jury a permis d'apprécier la motivation et la capacité des candidats à se projeter dans des fonctions d'encadrement. Le jury a valorisé les candidats capables de présenter un exemple concret de conduite de projet. Il rappelle que la connaissance du statut et des institutions territoriales est un prérequis.
## 5. Conseils aux futurs candidats
- s'entraîner aux épreuves en temps limité ;
- actualiser ses connaissances (réformes récentes, finances locales) ;
- préparer l'oral en s'informant sur les collectivités et leurs compétences.
La présidente du jury
"""

# ---------------------------------------------------------------- public html

HTML["p004_communique_depistage.html"] = ("Octobre rose : dépistage du cancer du sein", """
<header><p>Centre régional de coordination des dépistages des cancers – Bourgogne-Franche-Comté</p></header>
<main>
<h1>Octobre rose 2024 : « Le dépistage, c'est maintenant »</h1>
<p class="chapo">Chaque année en France, près de 61 000 nouveaux cas de cancer du sein sont diagnostiqués. Détecté tôt, ce cancer se guérit dans 9 cas sur 10.</p>
<h2>Qui est concerné ?</h2>
<p>Toutes les femmes de 50 à 74 ans, sans symptôme ni facteur de risque particulier, sont invitées tous les deux ans à réaliser une mammographie de dépistage, prise en charge à 100 % par l'Assurance maladie, sans avance de frais. Les femmes qui présentent un risque élevé (antécédents familiaux, prédisposition génétique) relèvent d'un suivi spécifique avec leur médecin.</p>
<h2>Un taux de participation encore insuffisant</h2>
<p>Dans la région, seules 47 % des femmes concernées ont participé au dépistage organisé en 2022-2023, loin de l'objectif européen de 70 %. La participation est plus faible dans les zones rurales et dans les quartiers prioritaires.</p>
<h2>Les rendez-vous du mois</h2>
<ul>
<li>Besançon, 5 octobre : course et marche solidaires « Les Foulées roses », avec le comité du Doubs de la Ligue contre le cancer ;</li>
<li>Dijon, 12 octobre : stand d'information au marché des Halles ;</li>
<li>Nevers, 17 octobre : conférence « Cancer du sein : idées reçues » avec un radiologue et une sage-femme ;</li>
<li>dans toute la région : passage du mammobile dans 24 communes rurales.</li>
</ul>
<p>Vous n'avez pas reçu votre invitation ou l'avez égarée ? Appelez le 03 81 ** ** 30 ou parlez-en à votre médecin, votre gynécologue ou votre sage-femme.</p>
</main>
<footer><p>Contact presse : CRCDC BFC – communication@depistage-bfc.example</p></footer>
""")

HTML["p009_menu_cantine.html"] = ("Menus de la restauration scolaire – semaine du 18 novembre", """
<h1>Ville de Roubaix – Restauration scolaire</h1>
<h2>Menus de la semaine du 18 au 22 novembre 2024</h2>
<p>Les repas sont élaborés par la diététicienne de la cuisine centrale. Un plat sans porc est servi systématiquement lorsque le menu en comporte. Un repas végétarien est proposé chaque jour sur inscription et chaque jeudi pour tous.</p>
<table border="1">
<thead><tr><th>Jour</th><th>Entrée</th><th>Plat</th><th>Substitution sans porc / sans viande</th><th>Produit laitier</th><th>Dessert</th></tr></thead>
<tbody>
<tr><td>Lundi</td><td>Carottes râpées bio</td><td>Sauté de porc au caramel, riz</td><td>Sauté de dinde / Boulettes de pois chiches</td><td>Yaourt nature</td><td>Pomme locale</td></tr>
<tr><td>Mardi</td><td>Potage de potiron</td><td>Poisson pané, purée de brocolis</td><td>– / Omelette</td><td>Fromage blanc</td><td>Compote maison</td></tr>
<tr><td>Mercredi</td><td>Salade de lentilles</td><td>Bœuf bourguignon (viande française), pâtes</td><td>– / Lasagnes aux légumes</td><td>Emmental</td><td>Poire</td></tr>
<tr><td>Jeudi (végétarien)</td><td>Betteraves vinaigrette</td><td>Chili sin carne, riz complet</td><td>–</td><td>Maroilles AOP</td><td>Gâteau au chocolat</td></tr>
<tr><td>Vendredi</td><td>Céleri rémoulade</td><td>Filet de colin sauce citron, pommes vapeur</td><td>–</td><td>Petit-suisse</td><td>Clémentines</td></tr>
</tbody>
</table>
<p><b>Allergènes :</b> la liste des 14 allergènes majeurs présents dans chaque plat est affichée dans les restaurants scolaires et disponible sur demande. Les enfants bénéficiant d'un projet d'accueil individualisé (PAI) sont pris en charge selon les modalités définies avec la famille et le médecin scolaire.</p>
<p>Produits bio ou durables cette semaine : 54 %. Menus susceptibles de modifications en fonction des approvisionnements.</p>
""")

HTML["p015_faq_inscription_scolaire.html"] = ("Inscriptions scolaires 2025 : vos questions", """
<h1>Inscriptions scolaires pour la rentrée 2025 – Questions fréquentes</h1>
<p>Ville d'Aix-en-Provence – Direction de l'éducation</p>
<h2>Qui doit inscrire son enfant ?</h2>
<p>Les familles dont l'enfant est né en 2022 (entrée en petite section de maternelle), les familles qui emménagent à Aix-en-Provence et celles dont l'enfant entre au CP dans une école différente de son école maternelle.</p>
<h2>Quand et comment ?</h2>
<p>Du 3 février au 28 mars 2025, en ligne sur l'Espace Famille, ou sur rendez-vous à la Maison de l'éducation et dans les mairies annexes.</p>
<h2>Quelles pièces fournir ?</h2>
<ul>
<li>le livret de famille ou un acte de naissance de l'enfant ;</li>
<li>un justificatif de domicile de moins de trois mois ;</li>
<li>le carnet de santé (pages des vaccinations obligatoires) ;</li>
<li>en cas de séparation des parents, le jugement fixant la résidence de l'enfant ou l'accord écrit de l'autre parent.</li>
</ul>
<h2>Ma famille est hébergée ou n'a pas de domicile stable : puis-je inscrire mon enfant ?</h2>
<p>Oui. L'instruction est obligatoire dès 3 ans et l'inscription ne peut être refusée au motif de l'absence de justificatif de domicile ou de la situation administrative des parents. Une attestation d'hébergement ou d'élection de domicile auprès du CCAS suffit.</p>
<h2>Mon enfant a une allergie ou une maladie chronique</h2>
<p>Signalez-le lors de l'inscription à la restauration scolaire ; un projet d'accueil individualisé (PAI) sera établi avec le médecin scolaire.</p>
<h2>Mon enfant est en situation de handicap</h2>
<p>Il est inscrit dans l'école de son secteur. Les aménagements (AESH, matériel adapté) relèvent de la MDPH ; l'enseignant référent de la circonscription vous accompagne.</p>
<h2>Puis-je demander une dérogation de secteur ?</h2>
<p>Oui, sur formulaire motivé, avant le 28 mars. Les demandes sont examinées par une commission en mai.</p>
""")

HTML["p016_bulletin_municipal.html"] = ("Le Fil – magazine municipal de Rezé – décembre 2024", """
<h1>Le Fil – Le magazine de Rezé – n° 187 – Décembre 2024</h1>
<article>
<h2>Édito</h2>
<p>Chères Rezéennes, chers Rezéens, la fin d'année approche et avec elle nos traditionnelles festivités. Cette année encore, la ville a fait le choix de la sobriété énergétique pour ses illuminations, sans renoncer à la convivialité. Je vous souhaite, au nom du conseil municipal, de belles fêtes. – La Maire</p>
</article>
<article>
<h2>Solidarité : la collecte de la Banque alimentaire a battu des records</h2>
<p>Les 29 et 30 novembre, 180 bénévoles ont collecté 14,2 tonnes de denrées dans les supermarchés de la commune. Elles seront redistribuées par l'épicerie solidaire et les associations caritatives. Merci à tous les donateurs !</p>
</article>
<article>
<h2>Seniors : le repas des aînés fait son retour</h2>
<p>Le CCAS invite les Rezéens de plus de 70 ans au repas dansant du 18 janvier à la Halle de la Trocardière. Inscriptions avant le 6 janvier. Pour les personnes qui ne peuvent pas se déplacer, un colis gourmand est livré à domicile sur demande.</p>
</article>
<article>
<h2>Santé : le centre municipal de santé accueille deux nouvelles médecins</h2>
<p>Depuis le 2 décembre, deux médecins généralistes salariées renforcent l'équipe du centre municipal de santé du quartier Château. Les habitants sans médecin traitant peuvent s'inscrire sur liste d'attente à l'accueil.</p>
</article>
<article>
<h2>Travaux : la rue Alsace-Lorraine en zone 30</h2>
<p>Les travaux d'aménagement cyclable s'achèveront fin janvier. La circulation est alternée pendant la durée du chantier.</p>
</article>
<article>
<h2>Agenda</h2>
<ul>
<li>14 décembre : marché de Noël place Sémard ;</li>
<li>20 décembre : spectacle jeune public au théâtre Municipal ;</li>
<li>11 janvier : vœux de la Maire à la population.</li>
</ul>
</article>
""")

HTML["p026_programme_sante_mentale.html"] = ("Semaines d'information sur la santé mentale 2025", """
<h1>Semaines d'information sur la santé mentale – du 10 au 23 mars 2025</h1>
<p><b>Conseil local de santé mentale de Saint-Étienne Métropole</b></p>
<p>Thème national 2025 : « Pour notre santé mentale, réparons le lien social ». Une personne sur cinq sera concernée par un trouble psychique au cours de sa vie. Parler de santé mentale, c'est lutter contre les préjugés et faciliter l'accès aux soins.</p>
<h2>Programme</h2>
<table border="1">
<tr><th>Date</th><th>Événement</th><th>Lieu</th></tr>
<tr><td>Lundi 10 mars, 18 h</td><td>Conférence inaugurale « Solitude et santé psychique » avec un psychiatre du CHU et l'association UNAFAM</td><td>Médiathèque de Tarentaize</td></tr>
<tr><td>Mercredi 12 mars, 14 h</td><td>Ciné-débat pour les adolescents, en présence de la Maison des adolescents</td><td>Cinéma Le Méliès</td></tr>
<tr><td>Samedi 15 mars, 10 h – 17 h</td><td>Forum des acteurs de la santé mentale : CMP, groupes d'entraide mutuelle, associations d'usagers et de familles, addictologie</td><td>Halle Mimard</td></tr>
<tr><td>Mardi 18 mars, 9 h</td><td>Formation « Premiers secours en santé mentale » (sur inscription, 16 places)</td><td>Maison des associations</td></tr>
<tr><td>Jeudi 20 mars, 19 h</td><td>Théâtre-forum « Et si on en parlait ? » par la compagnie Les Urgences</td><td>Salle Jeanne-d'Arc</td></tr>
</table>
<h2>Besoin d'aide ?</h2>
<ul>
<li>3114 : numéro national de prévention du suicide, gratuit, 24 h/24 ;</li>
<li>Centre médico-psychologique : consultations gratuites, sur rendez-vous ;</li>
<li>Psy Enfant Ado et Mon soutien psy : séances remboursées sur orientation de votre médecin.</li>
</ul>
<p>Toutes les manifestations sont gratuites et ouvertes à tous.</p>
""")

HTML["p042_affiche_don_du_sang.html"] = ("Collecte de sang – 14 mars 2025", """
<h1>Donnez votre sang, sauvez des vies</h1>
<p><b>Établissement français du sang – Auvergne-Rhône-Alpes</b>, en partenariat avec la Ville de Vichy et l'Amicale des donneurs de sang bénévoles de Vichy</p>
<h2>Vendredi 14 mars 2025 – de 8 h 30 à 12 h 30 et de 15 h à 19 h</h2>
<p>Centre omnisports, salle polyvalente, 2 avenue de la Croix-Saint-Martin, Vichy</p>
<p>Chaque jour, 10 000 dons de sang sont nécessaires en France pour soigner les malades et les blessés. Les réserves sont actuellement fragiles.</p>
<h2>Qui peut donner ?</h2>
<ul>
<li>toute personne de 18 à 70 ans, pesant au moins 50 kg, en bonne santé ;</li>
<li>depuis mars 2022, les critères sont les mêmes pour tous les donneurs, quelle que soit leur orientation sexuelle ;</li>
<li>certaines situations imposent un délai avant de donner (tatouage récent, voyage dans certains pays, soins dentaires, traitement en cours) : l'entretien préalable avec un médecin permet de vérifier votre aptitude.</li>
</ul>
<h2>Comment se préparer ?</h2>
<p>Ne venez pas à jeun, hydratez-vous bien et munissez-vous d'une pièce d'identité. Le don dure 10 minutes ; comptez 45 minutes au total avec l'entretien et la collation.</p>
<p>Prenez rendez-vous sur <a href="https://mon-rdv-dondesang.efs.sante.fr">mon-rdv-dondesang.efs.sante.fr</a> ou sur l'application « Don de sang ».</p>
""")

HTML["p047_communique_syndicat_eau.html"] = ("Prix de l'eau 2025 – communiqué", """
<h1>Syndicat intercommunal d'eau potable de la vallée de l'Hérault</h1>
<h2>Communiqué – Prix de l'eau 2025 : une hausse limitée pour financer le renouvellement des réseaux</h2>
<p>Gignac, le 18 décembre 2024</p>
<p>Réuni le 16 décembre, le comité syndical a voté les tarifs 2025 du service public de l'eau potable. Pour une consommation de référence de 120 m³ par an, la facture annuelle d'un ménage passera de 312,40 € à 324,80 € TTC, soit une hausse de 4 %, ou environ 1 € par mois.</p>
<p>Cette évolution permettra de porter le programme de renouvellement des canalisations à 2,4 M€ par an, contre 1,6 M€ aujourd'hui. Le rendement du réseau, de 71 % en 2023, reste insuffisant : près de 30 % de l'eau produite est perdue dans des fuites. L'objectif est d'atteindre 80 % en 2030.</p>
<h3>Une tarification plus juste</h3>
<ul>
<li>première tranche de consommation (0 à 30 m³) maintenue au tarif actuel de 0,98 € HT/m³ ;</li>
<li>tranche de 31 à 150 m³ : 1,42 € HT/m³ ;</li>
<li>au-delà de 150 m³ (piscines, arrosage) : 2,10 € HT/m³ ;</li>
<li>chèque eau de 50 € pour les ménages bénéficiaires de la complémentaire santé solidaire, sur demande.</li>
</ul>
<h3>Sécheresse : restez vigilants</h3>
<p>Les nappes restent à un niveau bas. Le syndicat rappelle les gestes simples : récupérer l'eau de pluie, arroser le soir, vérifier l'absence de fuite sur le compteur.</p>
<p>Contact : accueil du syndicat, 04 67 ** ** 12 – www.siaep-valleeherault.example</p>
""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in DOCX.items():
        write_docx(name, text)
    for name, (title, body) in HTML.items():
        write_html(name, title, body)
    print(f"wrote {len(DOCX)} docx and {len(HTML)} html files to {OUT}")


if __name__ == "__main__":
    main()
