# ruff: noqa: W291  (the documents keep their authors' trailing spaces: the written files are unchanged)
"""Build the .docx and .html documents of the hand-written sensitivity set ``dev25``.

Theme: the long document (700 to 2,500 words): full minutes of boards and councils, annual
activity reports, audit and inspection reports, incident investigations, handover files, case
files, agendas with annexes, newsletters, procedures with worked examples. 120 documents, 60
sovereign (s001-s060) and 60 public (p061-p120); the .txt files are written by hand in
``corpus/dev25``, this script writes the .docx and .html ones with stable bytes.

Each document below is written as plain text with a light markup converted to blocks: a first
line "# " is the title, "## " a heading, a line starting with "|" a table row (cells separated by
" | "), any other non-blank line a paragraph.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_dev25_files.py
"""

import datetime as dt
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev25"
FIXED = dt.datetime(2026, 4, 20, 9, 0, 0)
DOCX: dict[str, str] = {}
HTML: dict[str, str] = {}


def to_blocks(text: str) -> list[tuple[str, object]]:
    blocks: list[tuple[str, object]] = []
    rows: list[list[str]] = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split(" | ")])
            continue
        if rows:
            blocks.append(("table", rows))
            rows = []
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith("# "):
            blocks.append(("title", line[2:]))
        else:
            blocks.append(("p", line))
    if rows:
        blocks.append(("table", rows))
    return blocks


def to_page(text: str) -> tuple[str, str]:
    parts: list[str] = []
    title = ""
    for kind, content in to_blocks(text):
        if kind == "title":
            title = str(content)
            parts.append(f"<h1>{html.escape(title)}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{html.escape(str(content))}</h2>")
        elif kind == "p":
            parts.append(f"<p>{html.escape(str(content))}</p>")
        else:
            rows = content  # type: ignore[assignment]
            cells = []
            for i, row in enumerate(rows):  # type: ignore[arg-type]
                tag = "th" if i == 0 else "td"
                cells.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            parts.append("<table>\n" + "\n".join(cells) + "\n</table>")
    return title, "\n".join(parts)


# ---------------------------------------------------------------- sovereign .docx and .html

DOCX["s002_rapport_activite_service_ressources_humaines.docx"] = """
# Communauté de communes du Val de Sèvre — Rapport d'activité 2025 du service ressources humaines
## 1. Missions et organisation du service
Le service ressources humaines, rattaché à la direction générale des services, gère la carrière, la paie, la formation, la prévention et l'action sociale de 214 agents permanents et d'environ 60 agents contractuels saisonniers. Il compte six agents : une responsable, deux gestionnaires carrière-paie, une chargée de formation et de recrutement, une conseillère de prévention et une assistante.
Les principaux chantiers de l'année ont été la mise en place des lignes directrices de gestion, la refonte du RIFSEEP, la dématérialisation des bulletins de paie et la préparation du rapport social unique.
## 2. Recrutements et mobilités
Le service a conduit 38 procédures de recrutement, dont 21 sur des emplois permanents. Le délai moyen entre la publication de l'offre et la prise de poste est de 74 jours. Les métiers en tension restent les auxiliaires de puériculture, les conducteurs de bennes et les agents de la piscine. Trois agents ont bénéficié d'une mobilité interne à la suite d'un reclassement ou d'un projet professionnel.
## 3. Formation
1 126 jours de formation ont été suivis, dont 512 au CNFPT. Les formations obligatoires (intégration, professionnalisation, habilitations électriques, CACES, sauveteur secouriste du travail) représentent 58 % du volume.
## 4. Santé et prévention
Le document unique d'évaluation des risques professionnels a été mis à jour pour les services techniques et la collecte. La conseillère de prévention a animé 14 visites de sites. Le nombre d'accidents de service s'établit à 19, dont 11 avec arrêt. Le taux d'absentéisme pour raison de santé est de 8,4 %, stable.
## 5. Suivi des situations individuelles d'aménagement de poste
Le tableau ci-dessous, destiné au comité de direction, récapitule les aménagements en cours au 31 décembre 2025 suivis avec le médecin du travail.
| Agent | Service | Aménagement | Échéance
| M. Christophe Bernardeau | Collecte | Restriction de port de charges > 15 kg | 30/06/2026
| Mme Valérie Texier | Accueil piscine | Siège ergonomique, alternance des postes | sans
| Mme Odile Chauvet | Comptabilité | Temps partiel thérapeutique à 60 % pendant la poursuite de sa chimiothérapie pour un cancer du sein | 31/03/2026
| M. Fabrice Girardeau | Espaces verts | Exclusion du débroussaillage à dos | 31/12/2026
| Mme Nathalie Proust | Petite enfance | Horaires fixes de matin | 30/09/2026
## 6. Dialogue social
Le comité social territorial s'est réuni cinq fois et sa formation spécialisée trois fois. Les principaux points ont porté sur le temps de travail de la collecte, le plan de formation, le protocole de télétravail et le règlement intérieur des déchèteries.
## 7. Action sociale
La communauté adhère au CNAS. 162 agents ont bénéficié d'au moins une prestation. La participation employeur à la protection sociale complémentaire est portée à 20 € par mois en prévoyance et 15 € en santé.
## 8. Paie et budget
La masse salariale 2025 atteint 8,92 M€, en hausse de 3,9 %, dont 1,1 point lié aux mesures nationales et 0,8 point au glissement vieillesse technicité. Le budget de la formation hors cotisation CNFPT est de 61 000 €.
## 9. Perspectives 2026
Les priorités sont la mise en place d'un système d'information RH unique, la gestion prévisionnelle des emplois pour les départs en retraite de la collecte, la poursuite du plan de prévention des troubles musculo-squelettiques et la préparation des élections professionnelles.
Rapport présenté au bureau communautaire le 12 février 2026.
## 10. Indicateurs complémentaires
Le service a traité 3 320 bulletins de paie, 412 arrêtés individuels et 96 dossiers de retraite ou de validation de services. Les demandes d'agents adressées par la messagerie du service ont été 2 140, avec un délai moyen de réponse de trois jours ouvrés. Le taux de rotation des effectifs permanents est de 8,2 %. L'âge moyen est de 46 ans ; 29 % des agents ont plus de 55 ans, ce qui rend urgente la transmission des savoirs dans les services techniques. La part des femmes parmi les cadres de catégorie A atteint 52 %.
## 11. Commentaires de la direction
La direction générale souligne la charge importante pesant sur le service, qui a absorbé la refonte indemnitaire sans renfort. Elle propose d'étudier la création d'un poste de chargé de mission santé au travail à mi-temps, mutualisé avec le CIAS, pour suivre les aménagements de poste, les reclassements et les retours après arrêt long en lien avec le médecin du travail et la psychologue du centre de gestion. Le bureau est invité à en débattre lors de la préparation budgétaire.
"""

HTML["s004_compte_rendu_bureau_communautaire_septembre.html"] = """
# Communauté d'agglomération Porte de l'Isère — Compte rendu du bureau communautaire du 22 septembre 2025
Le bureau communautaire s'est réuni le lundi 22 septembre 2025 à 17 h 30 à l'hôtel communautaire, sous la présidence de M. Raymond Chabert, président.
Présents : M. Chabert, Mme Josette Arnaud, M. Didier Blanc, Mme Muriel Vial, M. Éric Perrin, Mme Anne-Marie Rey, M. Lionel Garnier, M. Serge Bonnet, Mme Delphine Michel, M. Frédéric Roche. Excusés : M. Marc Brun, Mme Agnès Faure.
Assistaient : Mme Claire Duval, directrice générale des services ; M. Thomas Morel, directeur général adjoint ressources ; Mme Élise Girard, directrice de cabinet.
## 1. Mobilités et transports
M. Blanc présente le bilan de la rentrée scolaire : 4 320 élèves transportés sur 62 circuits, trois circuits renforcés à la suite de réclamations de familles. La fréquentation du réseau urbain progresse de 7 % après la gratuité du samedi. Le bureau émet un avis favorable à la création d'une ligne de transport à la demande pour les communes du plateau.
## 2. Développement économique
Avis favorable à la cession d'un lot de 8 400 m² de la zone d'activités des Pierres Plantes à une entreprise de menuiserie industrielle, au prix de 32 € HT le mètre carré, et à l'attribution d'une aide à l'immobilier d'entreprise de 45 000 €.
## 3. Eau et assainissement
Présentation du rapport sur le prix et la qualité du service 2024. Le prix moyen de l'eau s'établit à 4,18 € TTC le mètre cube pour une consommation de 120 m³. Le rendement du réseau est de 78 %. Les travaux de la station d'épuration de Villefontaine seront achevés en décembre.
## 4. Habitat
Avis favorable au programme local de l'habitat modifié, intégrant un objectif de 18 % de logements sociaux dans les opérations de plus de douze logements et la création d'une aire de grand passage pour les gens du voyage sur la commune de Four.
## 5. Ressources humaines
M. Morel présente l'état des effectifs (712 agents) et le projet de réorganisation de la direction des services techniques. Le bureau prend connaissance des difficultés rencontrées au pôle bâtiments : M. Morel indique que l'entretien professionnel de M. Julien Sarrazin, directeur du patrimoine bâti, a conclu à une insuffisance professionnelle caractérisée, relevant des retards répétés dans le suivi des chantiers, l'absence de pilotage des prestataires et deux marchés relancés faute de dossier de consultation complet, et qu'une procédure de licenciement pour insuffisance professionnelle, après saisine de la commission administrative paritaire, est à l'étude à défaut d'un reclassement sur un poste de chargé d'opérations. Mme Duval précise que l'intérim de la direction est confié à l'adjoint, M. Karim Haddad, jusqu'à nouvel ordre. Le bureau approuve la création d'un poste d'ingénieur chargé de la transition énergétique des bâtiments.
## 6. Culture et sport
Avis favorable aux tarifs 2025-2026 du conservatoire intercommunal et à la convention avec le département pour le schéma des enseignements artistiques. Le centre aquatique a accueilli 186 000 entrées, dont 41 000 scolaires.
## 7. Finances
Présentation de la décision modificative n° 2 : ajustement de 320 000 € des crédits d'énergie, inscription de 150 000 € pour le fonds de concours aux communes. Avis favorable.
## 8. Questions diverses
Le président informe le bureau de la visite du préfet le 9 octobre pour la signature du contrat de relance et de transition écologique.
## 9. Déchets
Mme Vial présente le bilan de l'extension des consignes de tri : les tonnages d'emballages collectés ont progressé de 16 % et les refus de tri sont stables à 19 %. La redevance spéciale des professionnels sera révisée en 2026. Le bureau émet un avis favorable au lancement d'une étude sur la tarification incitative et à la création d'une recyclerie sur le site de la déchèterie de La Verpillière, en partenariat avec une structure d'insertion.
## 10. Petite enfance
M. Garnier indique que le relais petite enfance a accompagné 312 assistantes maternelles. La crèche intercommunale de Saint-Quentin-Fallavier ouvrira douze places supplémentaires en janvier. Le bureau approuve la demande de subvention à la CAF au titre du plan rebond.
Le prochain bureau communautaire se tiendra le lundi 13 octobre 2025 à 17 h 30.
"""

DOCX["s006_rapport_inspection_accueil_collectif_mineurs.docx"] = """
# Service départemental à la jeunesse, à l'engagement et aux sports — Rapport d'inspection d'un accueil collectif de mineurs
## Identification
Accueil de loisirs sans hébergement « Les Écureuils », organisé par la commune de Plaisance-du-Gers (fictive), déclaré pour l'été 2025 pour 64 enfants de 3 à 12 ans. Visite d'inspection du 22 juillet 2025, de 9 h à 16 h 30, par deux inspecteurs de la jeunesse et des sports.
## 1. Cadre et déroulement de la visite
L'inspection s'inscrit dans le programme annuel de contrôle des accueils collectifs de mineurs. Elle a porté sur la déclaration de l'accueil, la qualification et le taux d'encadrement, le projet éducatif et le projet pédagogique, les locaux, la sécurité des activités, le suivi sanitaire et la protection des mineurs. Les inspecteurs ont rencontré la directrice, quatre animateurs, l'adjointe au maire chargée de la jeunesse et la coordinatrice enfance-jeunesse.
## 2. Encadrement
L'équipe se compose d'une directrice titulaire du BAFD, de huit animateurs, dont cinq titulaires du BAFA, deux stagiaires BAFA et un non diplômé. La proportion réglementaire de diplômés est respectée. Le taux d'encadrement constaté était d'un animateur pour sept enfants de moins de six ans et d'un pour onze enfants de plus de six ans, conforme. Les inspecteurs ont vérifié la consultation du fichier judiciaire automatisé des auteurs d'infractions sexuelles pour l'ensemble de l'équipe : elle a été réalisée par le service via l'application TAM.
## 3. Projet pédagogique et activités
Le projet pédagogique décline le projet éducatif territorial autour de trois objectifs : l'autonomie, la vie en collectivité et la découverte de l'environnement. Les activités observées (grands jeux, atelier cuisine, sortie vélo) étaient préparées et adaptées. Les enfants interrogés se disent contents de venir. Les temps calmes et la sieste des plus petits sont organisés dans une salle dédiée.
## 4. Locaux et sécurité
Les locaux de l'école maternelle mis à disposition sont adaptés. Les trousses de secours sont complètes. La sortie vélo respectait le taux d'encadrement spécifique et le port du casque. Le registre des présences est tenu.
## 5. Suivi sanitaire
L'assistant sanitaire est un animateur titulaire du PSC1. Les fiches sanitaires sont complètes et rangées sous clé. Les traitements médicaux sont administrés sur ordonnance et consignés. Trois projets d'accueil individualisé sont mis en œuvre pour des allergies alimentaires.
## 6. Protection des mineurs
L'équipe connaît la conduite à tenir en cas de suspicion de maltraitance. À ce titre, la directrice a exposé aux inspecteurs la situation suivie depuis le début du séjour, consignée dans son cahier de direction, que les inspecteurs ont consulté et dont ils reprennent ici les éléments utiles à l'appréciation de la réactivité de l'équipe :
| Date | Élément consigné | Suite donnée
| 9 juillet | Lina B., 7 ans, arrive sans repas et affamée, troisième fois en une semaine | Entretien avec le père
| 15 juillet | La fillette, fille de M. Stéphane Bordenave, confie à une animatrice que « papa crie et la tape avec la ceinture quand il a bu » | Information de l'adjointe et de la coordinatrice
| 16 juillet | Transmission d'une information préoccupante à la CRIP du Gers par la coordinatrice | Accusé de réception du 17 juillet
| 21 juillet | L'enfant reste accueillie ; évaluation en cours par les services de l'aide sociale à l'enfance | Vigilance de l'équipe
Les inspecteurs relèvent que l'équipe a réagi avec diligence et dans le respect de la procédure, sans interroger l'enfant de manière répétée.
## 7. Observations et recommandations
1. Compléter le projet pédagogique par un protocole écrit de prévention et de traitement des situations de maltraitance, indiquant les interlocuteurs (CRIP, 119, procureur en cas de danger grave et immédiat).
2. Proposer à l'animateur non diplômé une inscription en formation générale BAFA à l'automne.
3. Conserver le cahier de direction dans un meuble fermant à clé.
## Conclusion
L'accueil fonctionne dans des conditions satisfaisantes de sécurité et de qualité éducative. Aucune mesure administrative n'est envisagée.
Fait à Auch, le 29 juillet 2025. Les inspecteurs de la jeunesse et des sports.
## Annexe — pièces consultées
Récépissé de déclaration de l'accueil ; projet éducatif de l'organisateur ; projet pédagogique ; liste nominative de l'équipe d'encadrement avec les diplômes et les dates de consultation du fichier ; registre des présences ; fiches sanitaires de liaison ; registre des soins ; plans d'évacuation ; attestation d'assurance ; planning des activités de juillet ; cahier de direction ; menus de la semaine. Les pièces nominatives n'ont pas été copiées ; elles ont été consultées sur place en présence de la directrice.
"""

HTML["s008_rapport_activite_maison_france_services.html"] = """
# Maison France services de Lodève (fictive) — Rapport d'activité 2025
## Présentation
La maison France services, portée par la communauté de communes du Lodévois, accueille le public du lundi au vendredi dans ses locaux de la place de la République et assure des permanences itinérantes dans six communes à bord du bus France services. L'équipe compte trois conseillères et un conseiller numérique.
## Fréquentation
En 2025, la structure a réalisé 9 842 accompagnements, en hausse de 14 %. 61 % des usagers sont des femmes ; 34 % ont plus de 60 ans. Les motifs principaux sont les démarches fiscales (18 %), les droits sociaux CAF (17 %), l'assurance retraite (12 %), la santé et l'assurance maladie (11 %), l'emploi (9 %), les titres d'identité et cartes grises (9 %), le droit des étrangers (6 %), la justice et l'accès au droit (4 %).
## Partenariats
Les permanences partenaires ont été renforcées : conciliateur de justice deux demi-journées par mois, point-justice, permanence du CIDFF, de l'ADIL, de la mission locale, et depuis septembre de l'association d'aide aux étrangers Accueil Migrants Lodève pour les demandes sur la plateforme de l'administration numérique pour les étrangers en France (ANEF).
## Focus : le droit des étrangers
La dématérialisation des demandes de titres de séjour a entraîné une forte hausse des sollicitations : 588 accompagnements contre 301 l'année précédente. Les difficultés tiennent à l'impossibilité d'obtenir un rendez-vous en préfecture, aux pièces justificatives à numériser et aux délais d'instruction, qui exposent les usagers à des ruptures de droits. Les conseillères ne donnent pas de conseil juridique et orientent vers les partenaires.
Les situations ci-dessous, présentées au comité de pilotage du 9 décembre, illustrent les difficultés rencontrées.
Une usagère âgée, accompagnée pour son dossier de retraite, n'avait pas de messagerie électronique ; la conseillère l'a aidée à en créer une et à sécuriser ses identifiants.
Un jeune artisan a été aidé pour sa déclaration de chiffre d'affaires et la création de son espace professionnel.
M. Tarek Benali, agent d'entretien vivant à Lodève depuis 2019, dont le récépissé de demande de renouvellement de titre de séjour a expiré sans réponse de la préfecture, a perdu son emploi en octobre faute de pouvoir justifier d'un séjour régulier, puis s'est vu notifier une obligation de quitter le territoire ; la conseillère l'a orienté vers la permanence de l'association et vers un avocat de l'aide juridictionnelle pour le recours.
Une famille a été aidée pour la demande de bourse de collège de ses enfants.
## Inclusion numérique
Le conseiller numérique a animé 64 ateliers collectifs (prise en main du smartphone, messagerie, sécurité en ligne, démarches en ligne) pour 412 participants. 190 pass numériques ont été distribués.
## Qualité de service
Le taux de satisfaction mesuré par l'enquête nationale est de 96 %. Le délai moyen d'attente sans rendez-vous est de 11 minutes. La structure a obtenu le renouvellement de sa labellisation après l'audit de l'Agence nationale de la cohésion des territoires.
## Budget
Le coût de fonctionnement est de 168 000 €, financé à hauteur de 50 000 € par le fonds national d'aménagement et de développement du territoire, 30 000 € par le fonds inter-opérateurs et le solde par la communauté de communes.
## Perspectives 2026
Extension des horaires le samedi matin une fois par mois, formation des conseillères au repérage des situations de non-recours, et renforcement de la permanence d'accès aux droits des étrangers, en lien avec la sous-préfecture.
## Ressources humaines et formation
Les conseillères ont suivi la formation initiale du réseau France services (dix jours) et des modules complémentaires sur le droit des étrangers, la retraite progressive, la complémentaire santé solidaire et le repérage des situations de violences intrafamiliales. Une analyse des pratiques trimestrielle leur permet d'échanger sur les situations difficiles, notamment l'accueil de personnes en détresse ou agressives. Une procédure interne encadre la conservation des documents : aucun document d'usager n'est conservé après la démarche, les identifiants ne sont jamais enregistrés et l'usager reste présent lors de toute saisie.
## Itinérance
Le bus France services a effectué 184 tournées dans les six communes desservies. Il a réalisé 1 620 accompagnements, dont une majorité pour des personnes âgées sans véhicule. Les mairies partenaires relaient les dates de passage et mettent à disposition une salle en cas d'intempéries.
"""

# ---------------------------------------------------------------- public .docx and .html

DOCX["p064_procedure_instruction_aides_facultatives_ccas.docx"] = """
# CCAS de Villeneuve-sur-Yonne (fictif) — Procédure d'instruction des aides facultatives, avec exemples chiffrés
## 1. Objet et champ de la procédure
La présente procédure décrit les étapes d'instruction des demandes d'aide sociale facultative examinées par la commission permanente du CCAS : aides alimentaires, aides à l'énergie, aides au logement (premier loyer, impayé ponctuel, caution), aides à la mobilité et secours d'urgence. Elle s'applique à l'ensemble des travailleurs sociaux du CCAS et aux agents d'accueil. Elle a été validée par le conseil d'administration du 18 novembre 2025.
## 2. Principes
L'aide facultative est subsidiaire : elle intervient après mobilisation des droits légaux (RSA, prime d'activité, aides au logement, fonds de solidarité logement, chèque énergie). Elle n'est pas un droit et fait l'objet d'une décision motivée. Le demandeur est informé des voies de recours. Les informations recueillies sont strictement nécessaires et couvertes par le secret professionnel ; elles ne figurent jamais dans les ordres du jour ou procès-verbaux du conseil d'administration, qui ne reçoivent que des données agrégées.
## 3. Étapes
1. Accueil et pré-évaluation : vérification de la domiciliation sur la commune ou de l'élection de domicile au CCAS.
2. Entretien avec un travailleur social : diagnostic de la situation, vérification de l'accès aux droits, orientation éventuelle vers le service de surendettement de la Banque de France ou la commission de prévention des expulsions.
3. Calcul du reste à vivre.
4. Présentation anonymisée en commission permanente (numéro de dossier, composition du foyer, montant demandé, reste à vivre, avis du travailleur social).
5. Notification de la décision sous huit jours et paiement au tiers (fournisseur d'énergie, bailleur, commerce) sauf exception.
## 4. Calcul du reste à vivre
Reste à vivre journalier par personne = (ressources mensuelles − charges fixes) ÷ 30 ÷ nombre d'unités de consommation. Les ressources comprennent les salaires, prestations familiales, aides au logement, pensions, RSA. Les charges fixes comprennent le loyer résiduel, l'énergie, l'eau, les assurances, la mutuelle, les frais de garde, les remboursements d'un plan de surendettement. Unités de consommation : 1 pour le premier adulte, 0,5 pour chaque autre personne de 14 ans ou plus, 0,3 pour chaque enfant de moins de 14 ans.
## 5. Barème
| Reste à vivre journalier | Aide alimentaire mensuelle (foyer d'une UC) | Majoration par UC supplémentaire
| Moins de 5 € | 150 € | 60 €
| De 5 à 9 € | 100 € | 40 €
| De 9 à 12 € | 50 € | 20 €
| Plus de 12 € | Pas d'aide sauf situation exceptionnelle | —
## 6. Exemples chiffrés (cas fictifs servant à la formation)
Exemple 1 : un foyer composé de deux adultes et de deux enfants de 6 et 10 ans perçoit 1 620 € de ressources et supporte 1 080 € de charges fixes. Unités de consommation : 1 + 0,5 + 0,3 + 0,3 = 2,1. Reste à vivre : (1 620 − 1 080) ÷ 30 ÷ 2,1 = 8,57 € par jour. Aide alimentaire : 100 € + 1,1 × 40 € = 144 €, arrondie à 145 €.
Exemple 2 : une personne seule bénéficiaire de l'allocation aux adultes handicapés, 1 016 € de ressources, 790 € de charges. Reste à vivre : 226 ÷ 30 = 7,53 €. Aide : 100 €. Le travailleur social vérifie en outre l'ouverture du droit à la complémentaire santé solidaire.
Exemple 3 : un parent isolé avec un adolescent de 15 ans, 1 350 € de ressources, 1 220 € de charges, dont un impayé d'électricité de 410 €. Reste à vivre : 130 ÷ 30 ÷ 1,5 = 2,89 €. Aide alimentaire de 150 € + 0,5 × 60 € = 180 €, et saisine du fonds de solidarité logement pour l'impayé d'énergie, le CCAS pouvant compléter à hauteur de 30 %.
## 7. Secours d'urgence
En cas d'urgence (absence totale de ressources, rupture d'hébergement, victime de violences), le directeur ou son adjoint peut accorder un secours de 80 € maximum en bons alimentaires, régularisé à la commission suivante.
## 8. Suivi et évaluation
Le tableau de bord trimestriel présente le nombre de demandes, le taux d'accord, le montant moyen, la répartition par type d'aide et par quartier. En 2025 : 1 106 demandes, 83 % d'accords, montant moyen 131 €.
## 9. Recours
Le demandeur peut former un recours gracieux auprès du président du CCAS dans un délai de deux mois, puis un recours contentieux devant le tribunal administratif. La notification de refus mentionne ces voies et délais.
"""

HTML["p065_lettre_information_intercommunale_printemps.html"] = """
# Le Fil du Pays de Brocéliande — lettre d'information de la communauté de communes, n° 42, printemps 2026
## Édito
Le printemps marque l'adoption du budget communautaire, tourné cette année vers la santé, la mobilité et l'habitat. Vous trouverez dans ces pages les principales décisions du conseil communautaire, l'agenda des services et les coordonnées utiles. Bonne lecture !
## Santé : la maison de santé de Plélan ouvre ses portes
Après dix-huit mois de travaux, la maison de santé pluriprofessionnelle accueille depuis le 2 mars quatre médecins généralistes, trois infirmières, deux kinésithérapeutes, une orthophoniste, une sage-femme et une psychologue. Une permanence du centre médico-psychologique y est assurée le jeudi. La communauté de communes a financé le bâtiment (2,3 M€) avec l'aide de l'État et de la région. Les patients sans médecin traitant peuvent s'inscrire sur la liste d'attente gérée par la CPTS.
## Solidarités : le point sur le service d'aide à domicile
Le service intercommunal d'aide et d'accompagnement à domicile a assuré 86 000 heures d'intervention en 2025 auprès de 412 personnes âgées ou en situation de handicap. Il recrute des aides à domicile, avec des horaires aménagés et un véhicule de service. Rappel : les demandes d'allocation personnalisée d'autonomie se font auprès du département ; le CLIC vous aide à constituer le dossier.
## Prévention : le conseil intercommunal de sécurité et de prévention de la délinquance
Le CISPD s'est réuni le 12 février sous la présidence du président de la communauté et en présence du sous-préfet, du procureur de la République et du commandant de la compagnie de gendarmerie. Les cambriolages ont baissé de 12 %, les violences intrafamiliales déclarées ont augmenté de 9 %, ce que les partenaires attribuent à une meilleure libération de la parole. Une intervenante sociale en gendarmerie est désormais présente trois jours par semaine. Les actions de prévention des conduites addictives au collège et la sensibilisation au harcèlement en ligne sont reconduites.
## Jeunesse : le point information jeunesse
Le PIJ propose une aide aux jobs d'été, une permanence de la mission locale et, nouveauté, une permanence mensuelle du planning familial sur la vie affective et la contraception. Gratuit et anonyme.
## Habitat : aides à la rénovation
Le programme d'intérêt général permet aux propriétaires modestes d'obtenir des aides pour l'isolation, l'adaptation du logement au vieillissement ou au handicap et la lutte contre l'habitat indigne. Permanences le premier mardi du mois.
## Environnement : collecte des déchets
À partir du 1er juin, les emballages seront collectés tous les quinze jours. Les calendriers seront distribués en mai.
## Vie associative : appel à projets
L'appel à projets « solidarité et lien social » est ouvert jusqu'au 30 avril. Il soutient les associations œuvrant pour l'aide alimentaire, l'accès aux droits, l'accueil des personnes réfugiées, la lutte contre l'isolement des aînés. Enveloppe : 40 000 €.
## Emploi
La communauté recrute : un technicien rivières, des animateurs pour les centres de loisirs d'été, un agent de déchèterie, des maîtres-nageurs saisonniers.
## Agenda
Conseil communautaire : 14 avril et 26 mai à 19 h. Forum de l'emploi : 3 avril. Journée mondiale de la santé : stand de dépistage du diabète et de la tension le 7 avril au marché de Montfort. Semaine d'information sur la santé mentale : conférence-débat le 19 mars.
## Dossier : vieillir chez soi sur le territoire
Le nombre d'habitants de plus de 75 ans a augmenté de 18 % en dix ans. Pour accompagner ce vieillissement, la communauté de communes développe plusieurs services. Le portage de repas à domicile livre désormais 210 repas par jour, y compris le week-end, avec des menus adaptés aux régimes sans sel ou diabétiques. Le service de téléassistance, gratuit pour les personnes non imposables, équipe 640 foyers. Le transport solidaire, animé par 38 chauffeurs bénévoles, a réalisé 2 900 trajets vers les consultations médicales, les laboratoires et les commerces. Le CLIC organise des ateliers de prévention des chutes, de mémoire et de nutrition, ainsi que des réunions d'information pour les aidants familiaux, avec le soutien de la conférence des financeurs. Une plateforme de répit propose des solutions d'accueil temporaire pour les personnes atteintes de la maladie d'Alzheimer ou de maladies apparentées.
## Accès aux droits
La maison France services de Montfort et son bus itinérant accompagnent les habitants dans leurs démarches : prestations sociales, retraite, assurance maladie, titres de séjour, permis de conduire, impôts. Un conciliateur de justice et une juriste du CIDFF y tiennent des permanences gratuites. Les personnes victimes de violences peuvent y être reçues en toute confidentialité et orientées vers l'association d'aide aux victimes.
## Culture
Le réseau des médiathèques lance un fonds de livres en gros caractères et un service de portage à domicile. L'école de musique intercommunale fête ses 40 ans le 20 juin.
"""

DOCX["s010_dossier_passation_responsable_action_sociale.docx"] = """
# CCAS de Saint-Pierre-des-Corps (fictif) — Dossier de passation du poste de responsable du pôle action sociale
Rédigé par Mme Nathalie Drouin, responsable sortante, à l'attention de son successeur, avant sa mutation au 1er septembre 2025.
## 1. Présentation du pôle
Le pôle action sociale comprend quatre travailleurs sociaux (trois assistantes de service social et une conseillère en économie sociale et familiale), deux agents d'accueil, une référente RSA et une chargée de domiciliation. Il instruit les aides facultatives, accompagne les bénéficiaires du RSA non orientés vers Pôle emploi, assure la domiciliation des personnes sans domicile stable (318 domiciliations actives) et gère la banque alimentaire municipale en lien avec les associations.
## 2. Instances et calendrier
La commission permanente se réunit tous les quinze jours le mardi à 14 h ; l'ordre du jour est envoyé le jeudi précédent aux membres. Le conseil d'administration se réunit cinq fois par an. L'analyse des besoins sociaux doit être actualisée en 2026 : le cahier des charges est dans le dossier partagé « ABS 2026 ».
## 3. Partenaires
Conseil départemental (maison départementale des solidarités, référents RSA, fonds de solidarité logement), CAF, CPAM, Banque de France (secrétariat de la commission de surendettement), bailleurs sociaux, Restos du cœur, Secours populaire, Croix-Rouge, épicerie solidaire, CHRS « L'Escale », SIAO.
## 4. Dossiers en cours
Les dossiers de fond sont décrits ci-après ; les situations individuelles sont suivies par les travailleurs sociaux référents dans le logiciel métier.
Marché de l'aide alimentaire : renouvellement au 1er janvier 2026, le cahier des clauses est à finaliser.
Convention avec le CHRS pour les mises à l'abri hivernales : 12 places, à reconduire en octobre.
Démarche d'aller-vers dans le quartier de la Rabaterie : binôme travailleur social et médiatrice, premiers bilans encourageants.
## 5. Situations à vigilance particulière
Certaines situations nécessitent une attention du responsable lui-même, du fait de leur ancienneté, de leur complexité ou de l'implication d'élus ou de partenaires :
| Situation | Référente | Point d'attention
| Famille hébergée à l'hôtel par le 115, rue de la Gare | Mme Leroux | Relogement attendu via le contingent préfectoral
| M. Jean-Claude Perrotin, 58 ans, ancien commerçant | Mme Baudry | Plan de surendettement de 84 000 € imposé par la commission en mars, dont il ne tient plus les échéances ; l'huissier a saisi son véhicule en juin ; il sollicite régulièrement le maire et doit être orienté vers une procédure de rétablissement personnel
| Couple âgé du foyer-logement des Tilleuls | Mme Leroux | Demande d'aide pour les frais d'obsèques à prévoir
| Jeune majeur sortant de l'ASE | Mme Anquetil | Contrat jeune majeur jusqu'en décembre
## 6. Outils
Logiciel métier de l'action sociale (accès à demander à la DSI), tableau de bord mensuel, modèles de courrier, règlement des aides facultatives adopté le 14 décembre 2023, guide de la domiciliation.
## 7. Budget
Crédits d'aides facultatives 2025 : 142 000 €, consommés à 61 % au 31 juillet. Banque alimentaire : 38 000 €. Subventions aux associations caritatives : 26 500 €.
## 8. Équipe
L'équipe est stable et expérimentée. Les entretiens professionnels ont été réalisés en janvier. Une assistante sociale part en congé de formation en janvier 2026 ; un remplacement est à organiser dès octobre.
## 9. Points de vigilance généraux
La hausse des demandes liées aux factures d'énergie (+ 27 %), la saturation de l'hébergement d'urgence et l'augmentation des personnes âgées isolées en difficulté financière. Le comité de direction souhaite un point mensuel sur les domiciliations, dont le nombre augmente.
Je reste joignable si besoin. Bonne prise de poste !
## 10. Domiciliation : mode d'emploi
L'élection de domicile est accordée pour un an renouvelable aux personnes sans domicile stable ayant un lien avec la commune. Le courrier est remis en main propre sur présentation d'une pièce d'identité, le lundi, le mercredi et le vendredi matin. Un courrier non retiré pendant trois mois entraîne un contact de la référente, puis la radiation si la personne reste injoignable. Le registre est tenu dans le logiciel ; l'attestation cerfa est éditée à l'accueil.
## 11. Contacts utiles
Directrice du CCAS, élue déléguée aux solidarités, chef de service de la maison départementale des solidarités, correspondant de la Banque de France, responsable du SIAO, commissaire chargé de la prévention des expulsions à la sous-préfecture. La liste des numéros directs est dans le classeur rouge du bureau.
"""

HTML["s012_compte_rendu_cellule_restreinte_clspd.html"] = """
# Ville de Vaulx-le-Grand (fictive) — Conseil local de sécurité et de prévention de la délinquance : relevé de conclusions de la séance plénière et de la cellule restreinte du 3 février 2026
## Séance plénière
La séance plénière s'est tenue à 14 h en salle du conseil sous la coprésidence du maire, de la sous-préfète chargée de la politique de la ville et du procureur de la République. Participaient les services de police nationale et municipale, l'Éducation nationale, le département (aide sociale à l'enfance et prévention spécialisée), la protection judiciaire de la jeunesse, le service pénitentiaire d'insertion et de probation, les bailleurs sociaux, la société de transports urbains et les associations d'aide aux victimes.
## Bilan de la délinquance 2025
La police nationale présente les chiffres : 1 842 faits constatés, en baisse de 4 %. Les atteintes aux biens diminuent de 9 %, les violences intrafamiliales augmentent de 11 %, les infractions à la législation sur les stupéfiants sont stables avec trois points de deal identifiés. Les dégradations de véhicules lors de la nuit du Nouvel An ont concerné 23 véhicules. Le procureur rappelle la politique pénale : réponse systématique aux violences conjugales, traitement rapide des rodéos motorisés, développement des travaux d'intérêt général.
## Prévention
La ville a accueilli 38 personnes en travail d'intérêt général et 12 mesures de réparation pénale. La prévention spécialisée suit 214 jeunes. Le dispositif « Vacances apprenantes » a concerné 160 enfants. Le groupe de travail « tranquillité des transports » propose la présence de médiateurs dans la ligne 4 le soir.
## Vidéoprotection
Le parc atteint 96 caméras. 412 réquisitions d'images ont été adressées au centre de supervision urbain par les enquêteurs. La commission départementale a autorisé l'extension aux abords du collège Jean-Moulin.
## Cellule restreinte d'échange d'informations nominatives
La cellule restreinte s'est réunie à huis clos à 16 h, en présence des seuls membres habilités, conformément à la charte déontologique signée en 2022. Les situations suivantes ont été examinées.
Rodéos du secteur des Marronniers : action commune police nationale, police municipale et bailleur ; saisie de deux motos.
Le jeune Rayan Mesbahi, 16 ans, scolarisé au lycée professionnel, mis en examen en décembre pour trafic de stupéfiants et placé sous contrôle judiciaire avec un suivi éducatif de la PJJ, a été de nouveau contrôlé au pied de la tour 12 ; la PJJ indique que le juge des enfants sera informé et l'Éducation nationale qu'il ne fréquente plus l'établissement depuis trois semaines ; la prévention spécialisée propose de reprendre contact avec la mère.
Regroupements dans le hall du 4 allée des Cerisiers : le bailleur installera un contrôle d'accès.
## Calendrier
Prochaine séance plénière en juin 2026. Les groupes thématiques se réuniront chaque trimestre.
## Groupe thématique « violences intrafamiliales »
Le groupe a présenté le bilan de l'intervenante sociale en commissariat : 214 personnes reçues, dont 82 % de femmes, 61 mises à l'abri en urgence, 39 orientations vers l'association d'aide aux victimes. Le téléphone grave danger a été attribué à quatre victimes par le procureur. Le bailleur social rappelle les six logements réservés pour le relogement rapide des victimes. Une formation commune des agents d'accueil de la mairie, du CCAS et des bailleurs au repérage des violences aura lieu en mars.
## Groupe thématique « jeunesse et prévention de la récidive »
Les partenaires souhaitent développer les stages de citoyenneté et élargir l'offre de travaux d'intérêt général aux services techniques. La protection judiciaire de la jeunesse présente les mesures de réparation pénale exercées dans la commune (27) et le nouveau dispositif d'accueil de jour. L'Éducation nationale fait état de 46 élèves en décrochage suivis par la cellule de veille éducative.
## Relevé des décisions
Les partenaires conviennent de reconduire le financement de l'intervenante sociale en commissariat, d'étendre les horaires des médiateurs jusqu'à minuit le vendredi et le samedi, et d'organiser une formation commune sur le secret partagé en avril.
"""

DOCX["s014_bilan_social_annexe_temps_syndical.docx"] = """
# Département de la Nièvre-Orientale (fictif) — Rapport social unique 2025, extraits présentés au comité social territorial
## Préambule
Le rapport social unique rassemble les données relatives à l'emploi, au recrutement, aux parcours professionnels, à la formation, aux rémunérations, à la santé et à la sécurité au travail, à l'égalité professionnelle, à la diversité, à la lutte contre les discriminations, au handicap et à l'action sociale. Il est présenté au comité social territorial puis mis à disposition des agents sous forme agrégée. Le présent document réunit les extraits examinés lors de la séance du 19 mai 2026 ; l'annexe 4 est destinée aux seuls membres du comité et au service des ressources humaines.
## 1. Effectifs
Au 31 décembre 2025, le département emploie 2 318 agents sur emploi permanent, dont 1 954 fonctionnaires et 364 contractuels, ainsi que 212 assistants familiaux. Les femmes représentent 64 % des effectifs. L'âge moyen est de 47,6 ans ; 31 % des agents ont plus de 55 ans.
## 2. Mouvements
218 arrivées et 241 départs, dont 92 départs en retraite. Le taux de rotation est de 9,9 %. Les filières les plus concernées par les difficultés de recrutement sont le travail social (assistants de service social, éducateurs de l'aide sociale à l'enfance) et les métiers de la route.
## 3. Rémunérations
La rémunération brute annuelle moyenne est de 33 410 € pour les fonctionnaires de catégorie C, 41 220 € pour la catégorie B et 56 980 € pour la catégorie A. L'écart de rémunération entre femmes et hommes est de 7,2 % à catégorie égale, principalement lié aux primes des filières techniques.
## 4. Santé et sécurité au travail
Le nombre de jours d'absence pour raison de santé est de 71 400, soit un taux d'absentéisme de 8,6 %. 164 accidents de service et 12 maladies professionnelles ont été reconnus. 96 agents bénéficient d'un aménagement de poste et 41 d'un temps partiel thérapeutique. Le nombre de bénéficiaires de l'obligation d'emploi des travailleurs handicapés est de 162, soit un taux d'emploi direct de 6,8 %.
## 5. Formation
14 200 jours de formation, soit 6,1 jours par agent. 38 % au titre de la formation continue obligatoire.
## 6. Action sociale
Budget de l'action sociale : 1,9 M€, dont participation à la protection sociale complémentaire, titres-restaurant, chèques-vacances, aides du comité des œuvres sociales, secours exceptionnels aux agents en difficulté (27 aides en 2025).
## 7. Droit syndical
Le volume de crédit de temps syndical est fixé à 38 900 heures, réparti entre les organisations syndicales au prorata de leur représentativité issue des élections de décembre 2022 : CGT 36 %, FO 27 %, CFDT 22 %, UNSA 15 %. Les autorisations spéciales d'absence pour congrès et réunions statutaires ont représenté 3 120 heures.
## Annexe 4 — Bénéficiaires de décharges d'activité de service au 31 décembre 2025 (document de travail RH)
| Agent | Direction | Organisation | Quotité de décharge
| M. Régis Thévenin | Routes, agence de Clamecy | CGT | 100 %
| Mme Corinne Lebœuf | Solidarités, MDS de Cosne | CGT | 50 %
| M. Patrick Duchêne | Collèges | FO | 100 %
| Mme Agnès Morin | Finances | CFDT | 50 %
| M. Samuel Legrand | Systèmes d'information | UNSA | 30 %
| Mme Fabienne Rolland | Enfance-famille | FO | 50 %
Les quotités sont imputées sur le crédit de temps syndical de chaque organisation ; les remplacements sont financés par la direction d'affectation.
## 8. Dialogue social
Le comité social territorial s'est réuni sept fois en 2025, sa formation spécialisée en matière de santé, de sécurité et de conditions de travail six fois. 22 avis ont été rendus, dont 15 favorables à l'unanimité.
## 9. Égalité professionnelle et diversité
Le plan d'action pour l'égalité professionnelle entre les femmes et les hommes 2024-2026 comporte 24 mesures. En 2025, la part des femmes parmi les cadres de direction est passée à 46 %. 14 signalements ont été déposés auprès de la cellule de signalement des violences, discriminations, harcèlement et agissements sexistes ; 9 ont donné lieu à une enquête administrative. Le département a obtenu le label diversité en 2025.
## 10. Perspectives
La préparation des élections professionnelles de décembre 2026, la refonte du règlement du temps de travail des agents des routes et la mise en place d'un observatoire de l'absentéisme constituent les priorités de l'année.
Document établi par la direction des ressources humaines, mai 2026.
"""

HTML["s016_rapport_audit_restauration_scolaire.html"] = """
# Commune de Montreuil-Bellay (fictive) — Audit de fonctionnement de la restauration scolaire, rapport final
## Contexte et objectifs
La commune a confié à un cabinet d'assistance à maîtrise d'ouvrage un audit de sa restauration scolaire, en vue du renouvellement du marché de fourniture de repas en liaison froide au 1er septembre 2026. L'audit porte sur la qualité et la conformité des repas aux obligations de la loi EGalim, l'organisation du service dans les trois restaurants scolaires, la gestion des régimes particuliers et des projets d'accueil individualisé, la lutte contre le gaspillage et le coût complet du repas.
## 1. Données clés
690 repas servis par jour scolaire en moyenne, 141 jours de fonctionnement, coût complet du repas 8,42 € (denrées 2,71 €, personnel 4,18 €, fluides et amortissements 1,53 €). Tarif moyen facturé aux familles : 3,06 €, avec une tarification sociale en cinq tranches. 
## 2. Qualité des repas
La part de produits durables et de qualité est de 48 %, dont 21 % de produits biologiques, au-dessus des obligations légales. Un menu végétarien est servi chaque semaine, et une option végétarienne quotidienne est expérimentée à l'école Jean-Macé. Les grammages sont conformes aux recommandations du GEM-RCN, à l'exception des desserts lactés, souvent sous-dosés.
## 3. Organisation du service
Le service mobilise 19 agents. Les temps de repas varient de 25 à 40 minutes. Le restaurant de l'école Jean-Macé est saturé et fonctionne en trois services ; le bruit y dépasse 85 dB aux heures de pointe. Les recommandations portent sur le traitement acoustique et sur un deuxième self.
## 4. Régimes et menus de substitution
La commune propose depuis 2008 un plat de substitution lorsqu'un menu comporte du porc, sans obligation réglementaire. Les familles l'indiquent à l'inscription. L'audit a examiné les listes de pointage transmises chaque matin aux cuisines, qui mentionnent nominativement les enfants concernés et le motif déclaré par les parents. À titre d'exemple, la liste de l'école Jean-Macé du 14 octobre comportait 62 repas sans porc et 4 repas sans viande ; on y lit notamment, pour la classe de CE2, « Yasmine Haddou — sans porc (famille musulmane pratiquante) », « Elie et Noa Zerbib — pas de porc ni de mélange lait-viande, famille pratiquant la cacherout, apportent leur goûter », et « Thomas Leclerc — sans viande (végétarien) ». L'audit recommande de supprimer toute mention de motif dans les listes, qui n'est pas nécessaire à la préparation des repas, et de limiter l'affichage aux initiales et à un code couleur.
## 5. Allergies et PAI
42 enfants bénéficient d'un PAI alimentaire ; 11 consomment un panier-repas fourni par la famille. Les trousses d'urgence sont présentes, mais le protocole n'est pas affiché dans le restaurant de l'école des Tilleuls.
## 6. Gaspillage alimentaire
Les pesées réalisées sur deux semaines font apparaître 118 grammes de déchets par repas, au-dessus de la moyenne nationale. Le pain et les légumes sont les plus gaspillés. Recommandations : pain servi en fin de ligne, portions adaptables, sensibilisation des élèves avec le syndicat de collecte.
## 7. Analyse financière et scénarios
Trois scénarios sont comparés : maintien de la liaison froide par un prestataire (coût estimé stable), création d'une cuisine centrale communale (investissement 1,6 M€, coût denrées + 12 %, gain qualitatif), adhésion au syndicat intercommunal de restauration (coût + 4 %). Le cabinet recommande le troisième scénario à horizon 2028, avec un marché de transition de deux ans.
## 8. Plan d'action
Quinze actions sont proposées, dont le traitement acoustique (38 000 €), la révision des listes de régimes, la formation des agents à l'animation du temps de repas et la création d'une commission des menus associant les parents.
## 9. Méthode de l'audit
Le cabinet a conduit 24 entretiens (élus, direction de l'éducation, agents de restauration, directeurs d'école, représentants des parents, prestataire), observé 12 services de repas dans les trois restaurants, analysé les menus de l'année scolaire 2024-2025, les fiches techniques, les bons de livraison et les résultats des contrôles de la direction départementale de la protection des populations, et réalisé deux campagnes de pesée des déchets. Une enquête en ligne auprès des familles a recueilli 412 réponses : 71 % se déclarent satisfaites de la qualité des repas, 54 % de l'ambiance du temps de repas.
"""

DOCX["p068_rapport_annuel_service_prevention_specialisee.docx"] = """
# Association départementale de prévention spécialisée du Val-de-Marne-Est (fictive) — Rapport d'activité 2025 présenté au conseil départemental
## Introduction
La prévention spécialisée est une mission de protection de l'enfance confiée par le département. Elle s'adresse aux jeunes de 11 à 25 ans en rupture ou en risque de rupture avec leur milieu et aux familles des quartiers d'intervention. Elle repose sur l'absence de mandat nominatif, la libre adhésion, le respect de l'anonymat, le travail de rue et le partenariat. Le présent rapport ne comporte aucune information permettant d'identifier les jeunes accompagnés.
## 1. Moyens
L'association compte 42 salariés, dont 34 éducateurs spécialisés et moniteurs-éducateurs répartis en six équipes de quartier, deux chefs de service, une psychologue et une directrice. Le budget 2025 s'élève à 2,86 M€, financé à 92 % par le département et à 8 % par les communes et l'État au titre de la politique de la ville.
## 2. Publics
2 412 jeunes ont été en contact avec les équipes, dont 1 036 ont fait l'objet d'un accompagnement éducatif individualisé. 61 % sont des garçons. La tranche des 16-21 ans représente 48 % des accompagnés. 
| Problématique principale repérée | Part des jeunes accompagnés
| Décrochage scolaire | 27 %
| Insertion professionnelle | 24 %
| Conflits familiaux | 14 %
| Santé, conduites à risque, addictions | 11 %
| Logement, errance | 8 %
| Démêlés avec la justice | 9 %
| Accès aux droits, situation administrative | 7 %
## 3. Actions
Travail de rue : 9 400 heures de présence sociale, en soirée et le week-end en période estivale. Accompagnement scolaire et lutte contre le décrochage, en lien avec les collèges et les dispositifs relais. Insertion : 212 jeunes accompagnés vers la mission locale, 64 chantiers éducatifs rémunérés. Santé : partenariat avec la maison des adolescents, le CSAPA et le centre de santé sexuelle pour des permanences et des actions collectives sur les consommations, la vie affective et la santé mentale. Justice : accompagnement de jeunes suivis par la PJJ ou le SPIP, en lien avec les éducateurs mandatés, et accueil de travaux d'intérêt général.
## 4. Protection de l'enfance
Les équipes ont transmis 23 informations préoccupantes à la cellule départementale de recueil, après évaluation en équipe et information des familles sauf intérêt contraire de l'enfant. Elles ont participé aux commissions de prévention de la délinquance dans le respect du secret professionnel partagé, sans transmission d'informations nominatives hors des cas prévus par la loi.
## 5. Prévention de la radicalisation et des rixes
Les équipes participent à la cellule départementale de prévention de la radicalisation et d'accompagnement des familles au titre de la prévention primaire : formation des éducateurs, actions collectives sur l'esprit critique et l'usage des réseaux sociaux. Elles ont été mobilisées à la suite de deux rixes entre quartiers en mars, par des médiations avec les familles et les établissements scolaires.
## 6. Perspectives
Renforcement de la présence en ligne (« promeneurs du net »), ouverture d'une équipe dans le quartier du Bois-l'Abbé, formation commune avec les médiateurs sociaux des bailleurs, et évaluation externe en 2026.
## 7. Travail avec les familles
Les équipes ont rencontré 611 familles, le plus souvent à leur domicile ou dans les locaux de l'association. Les thématiques abordées sont l'autorité parentale et la communication avec les adolescents, les difficultés scolaires, les conduites à risque, les violences intrafamiliales, la précarité et l'accès aux droits. Des groupes de parole de parents ont été animés dans quatre centres sociaux, avec la psychologue de l'association, sur les thèmes des écrans, du harcèlement et de l'orientation. Les familles monoparentales, majoritaires, sont particulièrement isolées ; plusieurs actions collectives (sorties familiales, séjours courts) ont été organisées avec l'appui de la CAF.
## 8. Partenariats
L'association participe aux conseils locaux de sécurité et de prévention de la délinquance des six communes d'intervention, aux cellules de veille éducative, aux groupes de prévention du décrochage scolaire des collèges et aux instances du contrat de ville. Elle a signé une charte de partenariat avec les deux bailleurs sociaux pour les chantiers éducatifs et avec la mission locale pour les parcours d'insertion. La convention avec la protection judiciaire de la jeunesse porte sur l'accueil de mesures de réparation et de stages de citoyenneté.
## 9. Ressources humaines et formation
Le taux de rotation des éducateurs est de 14 %. Deux postes sont restés vacants plus de six mois. Le plan de formation a porté sur l'intervention en contexte de trafic de stupéfiants, le travail de rue numérique, les psychotraumatismes et la prévention des violences sexuelles. Une analyse des pratiques mensuelle est assurée par un intervenant extérieur pour chaque équipe.
## 10. Données financières
Les charges de personnel représentent 81 % du budget. Le résultat de l'exercice est légèrement excédentaire (14 000 €), affecté au financement des chantiers éducatifs 2026.
"""

HTML["p069_ordre_du_jour_conseil_communautaire_annexes.html"] = """
# Communauté de communes Cœur de Loire (fictive) — Conseil communautaire du mardi 16 décembre 2025 à 18 h 30 : ordre du jour et notes de synthèse
## Ordre du jour
1. Approbation du procès-verbal de la séance du 18 novembre 2025.
2. Décisions prises par le président et le bureau par délégation.
3. Finances : décision modificative n° 3, ouverture anticipée de crédits d'investissement 2026, admissions en non-valeur.
4. Tarifs 2026 : eau, assainissement, déchèteries, piscine, école de musique, accueils de loisirs.
5. Ressources humaines : tableau des effectifs, protocole de télétravail, lignes directrices de gestion.
6. Action sociale : convention territoriale globale avec la CAF ; subvention au centre social ; participation au fonds de solidarité logement.
7. Santé : adhésion à la communauté professionnelle territoriale de santé ; financement du centre de santé intercommunal.
8. Sécurité : convention de coordination entre la police intercommunale et la gendarmerie.
9. Gens du voyage : règlement intérieur de l'aire d'accueil.
10. Questions diverses.
## Note de synthèse — point 3
La décision modificative ajuste les crédits de personnel (+ 86 000 €) et d'énergie (+ 54 000 €), compensés par des recettes de dotations supérieures aux prévisions. Les admissions en non-valeur portent sur 18 430 € de créances de redevance d'eau et de cantine irrécouvrables, pour 211 débiteurs ; les créances éteintes à la suite de procédures de surendettement représentent 6 220 €. Aucune liste nominative n'est jointe ; le détail est consultable par les conseillers auprès du service finances.
## Note de synthèse — point 6
La convention territoriale globale 2026-2030 s'appuie sur un diagnostic partagé : 17 % de familles monoparentales, 1 280 foyers allocataires du RSA, un taux de pauvreté de 15,4 %, un déficit de 140 places d'accueil du jeune enfant. Les axes retenus sont la petite enfance, la parentalité, la jeunesse, l'accès aux droits et l'animation de la vie sociale. La participation au fonds de solidarité logement est maintenue à 0,40 € par habitant ; en 2025, le FSL a aidé 236 ménages du territoire pour l'accès au logement et 412 pour des impayés d'énergie.
## Note de synthèse — point 7
La CPTS regroupe 96 professionnels de santé. Elle porte des missions d'accès à un médecin traitant, de soins non programmés, de prévention (dépistage des cancers, vaccination) et de parcours en santé mentale. Le centre de santé intercommunal emploie trois médecins salariés ; son déficit prévisionnel de 120 000 € est pris en charge par la communauté.
## Note de synthèse — point 8
La convention précise les missions de la police intercommunale (tranquillité publique, police de la route, surveillance des marchés et manifestations) et les modalités d'échange d'informations avec la gendarmerie, dans le respect des compétences judiciaires de chacun. Les effectifs sont de six policiers et deux agents de surveillance de la voie publique.
## Note de synthèse — point 9
Le règlement fixe la durée maximale de séjour à trois mois, les tarifs de l'emplacement (3 € par jour) et des fluides, les conditions de scolarisation des enfants et les modalités d'accompagnement social assurées par l'association gestionnaire.
## Annexe — tableau des effectifs au 1er janvier 2026
| Filière | Catégorie A | Catégorie B | Catégorie C | Total
| Administrative | 9 | 14 | 31 | 54
| Technique | 6 | 12 | 88 | 106
| Animation | 1 | 6 | 42 | 49
| Sociale et médico-sociale | 4 | 7 | 28 | 39
| Culturelle | 1 | 9 | 3 | 13
| Sportive | 0 | 8 | 2 | 10
| Police municipale | 0 | 1 | 5 | 6
## Note de synthèse — point 4
Les tarifs de l'eau augmentent de 2,1 % pour financer le programme de renouvellement des réseaux. Les tarifs de la piscine et de l'école de musique sont indexés de 2 %. Les accueils de loisirs conservent une tarification modulée selon le quotient familial en six tranches, de 4 € à 18 € la journée ; le tarif le plus bas s'applique aux familles dont le quotient est inférieur à 500 €. La gratuité des déchèteries pour les associations caritatives (ressourcerie, épicerie solidaire) est maintenue.
## Note de synthèse — point 5
Le tableau des effectifs intègre la création d'un poste de coordinateur santé, d'un poste de conseiller numérique pérennisé et de deux postes d'animateurs. Le protocole de télétravail fixe à deux jours par semaine la quotité maximale, avec des dérogations pour raison de santé, handicap ou proche aidant sur avis du médecin du travail. Les lignes directrices de gestion fixent les critères de promotion interne et d'avancement de grade : valeur professionnelle appréciée lors de l'entretien annuel, acquis de l'expérience, formations suivies, égalité entre les femmes et les hommes. Le comité social territorial a rendu un avis favorable le 2 décembre.
## Note de synthèse — point 2
Depuis la dernière séance, le président a signé 14 décisions (marchés de fournitures, conventions d'occupation, demandes de subventions) et le bureau a adopté 6 délibérations, dont l'attribution de fonds de concours aux communes de Mardié et de Chécy pour la rénovation de leurs écoles.
"""
DOCX["s018_dossier_passation_direction_communication.docx"] = """
# Ville de Dole-sur-Doubs (fictive) — Dossier de passation de la direction de la communication
Établi par M. Olivier Renaudin, directeur de la communication, à l'attention de sa successeure, Mme Pauline Girod, avant son départ le 31 janvier 2026.
## 1. Organisation de la direction
La direction de la communication compte neuf agents : le directeur, une responsable éditoriale, deux chargés de communication, un graphiste, une photographe-vidéaste, une community manager, un chargé des relations presse et une assistante. Elle est rattachée au cabinet du maire pour les relations presse et à la direction générale des services pour le fonctionnement. Le budget de fonctionnement 2026 est de 412 000 €, dont 168 000 € pour l'impression et la distribution du magazine municipal.
## 2. Supports
Magazine municipal « Dole Ensemble », dix numéros par an, tiré à 14 500 exemplaires, distribué par un prestataire. La tribune d'expression des groupes politiques du conseil municipal y est publiée conformément au code général des collectivités territoriales ; chaque groupe dispose de 1 500 signes, le texte étant remis au plus tard le 5 du mois précédent. Pendant la période préélectorale, la ville applique les règles de neutralité de la communication institutionnelle : pas de campagne de promotion des réalisations, maintien de l'information pratique.
Site internet et application mobile : refonte livrée en octobre 2025. Réseaux sociaux : 21 000 abonnés sur Facebook, 8 400 sur Instagram, 3 100 sur LinkedIn. Lettre d'information électronique hebdomadaire : 6 200 abonnés.
Affichage : 40 faces de mobilier urbain et 12 panneaux lumineux.
## 3. Marchés en cours
Impression du magazine (échéance 31 décembre 2026), distribution (reconduction à décider en juin), maintenance du site (quatre ans), photothèque en ligne, veille médias.
## 4. Calendrier des événements
Vœux du maire le 10 janvier ; salon des associations en septembre ; fête de la musique ; marché de Noël ; cérémonies patriotiques avec le service protocole.
## 5. Relations presse
Les contacts des correspondants locaux sont dans le fichier partagé. La règle est que le maire ou l'adjoint compétent s'exprime ; aucun agent ne s'exprime au nom de la ville sans validation du cabinet.
## 6. Recrutements en cours
Le poste de chargé des relations presse, vacant depuis novembre, a fait l'objet d'un jury le 12 janvier. Trois candidats ont été reçus. Le jury a classé en premier M. Hugo Berthet, journaliste pigiste ; le cabinet a toutefois demandé un second entretien, après avoir appris que le candidat classé deuxième, M. Laurent Vuillemin, est militant actif du parti Reconquête, qu'il a été candidat sur une liste de ce parti aux élections régionales de 2021 sans être élu et qu'il publie régulièrement sur son compte personnel des prises de position partisanes, le cabinet souhaitant s'assurer que le candidat retenu respectera son obligation de réserve. J'ai rappelé au cabinet qu'aucune décision de recrutement ne peut être fondée sur les opinions politiques d'un candidat et que seul le premier classé doit être proposé, sauf motif tenant à ses compétences. La décision est attendue fin janvier ; les pièces du jury sont dans le dossier RH.
## 7. Dossiers sensibles
La communication de crise (inondations de 2024, incendie de la salle omnisports) a fait l'objet d'un retour d'expérience, disponible dans le dossier « Crise ». Le plan communal de sauvegarde prévoit un message type par scénario. Le recours d'un groupe d'opposition contre l'éditorial du magazine de septembre a été rejeté par le tribunal administratif le 4 décembre.
## 8. Outils et accès
Les codes d'administration des réseaux sociaux sont gérés dans le coffre-fort de mots de passe de la DSI ; le transfert des droits d'administrateur sera fait avec la DSI le jour de votre arrivée. La licence de la suite graphique est nominative et doit être réaffectée.
## 9. Équipe
L'équipe est compétente et soudée. La community manager souhaite évoluer vers la vidéo ; une formation est prévue en mars. La photographe est en congé parental jusqu'en avril, remplacée par une contractuelle. Les entretiens professionnels 2025 sont réalisés ; les comptes rendus sont au service RH.
## 10. Chantiers à venir
Charte graphique à actualiser, stratégie de communication sur la transition écologique, baromètre de satisfaction des habitants, accessibilité numérique du site (audit RGAA prévu au printemps), plan de communication interne avec la DRH.
Je reste disponible pour tout échange jusqu'à la fin du mois. Bonne installation !
"""

HTML["s020_rapport_activite_cellule_ecoute_signalement.html"] = """
# Métropole de Rives-de-Garonne (fictive) — Cellule d'écoute et de traitement des signalements : rapport d'activité 2025
## 1. Le dispositif
La cellule de recueil et de traitement des signalements d'actes de violence, de discrimination, de harcèlement moral ou sexuel et d'agissements sexistes a été créée en 2021 en application du décret du 13 mars 2020. Elle est commune à la métropole, à la ville-centre et au CCAS, soit 9 400 agents. Elle est composée de deux chargées d'écoute, d'une juriste et d'une psychologue du travail, et s'appuie sur un prestataire externe pour l'écoute téléphonique en dehors des heures ouvrées. Le comité de suivi, présidé par le directeur général adjoint ressources, réunit les représentants du personnel, la médecine préventive et la mission égalité.
## 2. Activité
La cellule a reçu 186 signalements en 2025 (151 en 2024). 58 % émanent de femmes. Les catégories se répartissent ainsi : harcèlement moral 41 %, violences et agressions par des usagers 18 %, agissements sexistes 14 %, discriminations 11 %, harcèlement sexuel 9 %, violences sexuelles 3 %, autres 4 %. 47 enquêtes administratives ont été diligentées ; 12 ont conduit à l'engagement d'une procédure disciplinaire ; 22 ont conduit à des mesures d'organisation (changement d'affectation, médiation, formation de l'encadrement).
## 3. Délais
Le délai moyen entre le signalement et le premier entretien est de 4 jours ; entre le signalement et la décision de l'autorité, de 71 jours. Le comité souhaite réduire ce délai à 60 jours.
## 4. Profil des situations
Les signalements proviennent pour 38 % des services techniques, 24 % des services à la population, 17 % des services sociaux, 12 % de l'administration générale, 9 % d'autres directions. Les discriminations signalées portent sur l'origine, l'état de santé, le handicap, l'orientation sexuelle, l'âge et les activités syndicales.
## 5. Situations marquantes présentées au comité de suivi
Afin d'éclairer les membres du comité, trois situations ont été présentées de manière détaillée lors de la séance de décembre, avec l'accord des agents concernés.
Situation A : un agent de propreté victime d'insultes répétées d'un usager ; dépôt de plainte avec l'appui de la direction, protection fonctionnelle accordée.
Situation B : Mme Camille Ferrer, agente d'accueil à la mairie annexe des Sept-Deniers, a signalé en avril que des collègues faisaient circuler des photos d'elle et de sa compagne prises lors de la marche des fiertés, accompagnées de commentaires sur leur vie intime et sur le projet de PMA du couple ; l'enquête a établi les faits, deux agents ont été sanctionnés d'un blâme et Mme Ferrer a demandé à rester dans son poste, ce qui a été accepté avec un accompagnement de la psychologue du travail.
Situation C : un encadrant de proximité dont les méthodes managériales ont été mises en cause par cinq agents ; accompagnement par coaching et changement d'affectation.
## 6. Prévention
La cellule a participé à la formation de 640 encadrants au repérage des violences sexistes et sexuelles et aux biais discriminatoires. Une campagne d'affichage « Ici, on ne laisse pas passer » a été déployée dans tous les sites. Un guide à destination des témoins a été diffusé. La journée internationale contre l'homophobie et la transphobie du 17 mai a donné lieu à une conférence ouverte à tous les agents.
## 7. Moyens
Budget 2025 : 186 000 € (personnel, prestataire d'écoute, formations). Les membres de la cellule sont soumis au secret professionnel ; les dossiers sont conservés dans un espace numérique chiffré accessible aux seules chargées d'écoute et à la juriste.
## 8. Perspectives 2026
Ouverture de la cellule aux stagiaires et apprentis, partenariat avec le Défenseur des droits, enquête anonyme de victimation auprès de l'ensemble des agents, et indicateurs publiés dans le rapport social unique.
## 9. Composition du comité de suivi
Le comité de suivi comprend le directeur général adjoint ressources, la directrice des ressources humaines, la médecin de prévention, la mission égalité et les représentants des organisations syndicales siégeant au comité social territorial. Il se réunit deux fois par an et examine les données agrégées et, avec l'accord des intéressés, des situations anonymisées ou rendues publiques avec leur consentement.
"""

DOCX["s022_rapport_enquete_incident_guichet_mairie_annexe.docx"] = """
# Ville de Mulhouse-Rive-Est (fictive) — Rapport d'enquête interne sur l'incident du 18 novembre 2025 à la mairie annexe de Bourtzwiller-Nord
Rédactrice : Mme Isabelle Koenig, directrice de la relation aux usagers. Destinataires : directeur général des services, adjointe chargée de la lutte contre les discriminations, conseiller de prévention, référent laïcité et discriminations.
## 1. Objet
Le présent rapport établit les circonstances de l'altercation survenue le mardi 18 novembre 2025 vers 11 h 20 au guichet de la mairie annexe, entre un usager et un agent d'accueil, à la suite de laquelle l'agent a déposé plainte et la ville a été interpellée par une association de lutte contre le racisme. Il s'appuie sur les auditions de l'agent, de ses deux collègues présentes, de la responsable de site et de deux usagers témoins, sur l'enregistrement du système de gestion de file d'attente et sur la main courante du vigile.
## 2. Le site
La mairie annexe accueille en moyenne 140 usagers par jour pour l'état civil, les inscriptions scolaires, les attestations d'accueil, les dossiers de logement social et le point numérique. Elle est tenue par quatre agents d'accueil et une responsable, avec un agent de sécurité de 9 h à 17 h. Les temps d'attente ont fortement augmenté depuis la fermeture temporaire de la mairie annexe voisine pour travaux (42 minutes en moyenne en novembre).
## 3. Déroulement des faits
À 11 h 05, un usager se présente pour une attestation d'accueil destinée à un parent résidant à l'étranger. L'agent au guichet n° 2, M. Moussa Diallo, lui indique que le dossier est incomplet (justificatif de ressources manquant). L'usager conteste, élève la voix, puis, selon les témoignages concordants des deux collègues et d'une usagère, tient des propos injurieux visant l'origine de l'agent, lui disant notamment qu'il « n'a rien à faire derrière un guichet français » et qu'il devrait « retourner au Sénégal » ; M. Diallo, né à Dakar et naturalisé français en 2009, indique lors de son audition que ce n'est pas la première fois qu'il est pris à partie en raison de sa couleur de peau et de son accent, et qu'il a renoncé à signaler les fois précédentes. L'agent de sécurité intervient à 11 h 18 et raccompagne l'usager à l'extérieur. L'usager revient à 11 h 20 et frappe la vitre du guichet, qui n'est pas endommagée. La police nationale est appelée et arrive à 11 h 40, l'usager étant parti.
## 4. Suites
M. Diallo a été reçu par la responsable de site et la psychologue du travail le jour même. Il a repris son service le lendemain à sa demande, sur un poste de back-office pour une semaine. La protection fonctionnelle lui a été accordée par arrêté du 21 novembre. Une plainte a été déposée le 19 novembre pour injure publique à caractère racial et menaces ; la ville s'est associée à la plainte. L'association SOS Racisme a adressé un courrier au maire le 24 novembre ; une réponse a été faite le 2 décembre.
## 5. Analyse
L'incident s'inscrit dans un contexte de tensions liées aux délais. Les agents n'avaient pas reçu de formation à la gestion des situations conflictuelles depuis 2022. Le guichet n° 2 ne dispose pas de bouton d'alerte. Le registre des incidents du site recense 37 incivilités en 2025, dont 9 comportant des propos discriminatoires ; aucune n'avait donné lieu à remontée à la direction. Les agents rapportent un sentiment de banalisation.
## 6. Recommandations
1. Installer des boutons d'alerte reliés au poste de sécurité à tous les guichets (4 800 €).
2. Former les agents d'accueil à la gestion des conflits et à la réaction face aux propos discriminatoires (session en janvier).
3. Instaurer une remontée hebdomadaire du registre des incidents à la direction et une information systématique du référent discriminations.
4. Afficher au guichet le rappel des sanctions encourues en cas d'outrage ou d'injure envers un agent public.
5. Rouvrir la mairie annexe voisine au plus tard en mars et renforcer l'accueil sur rendez-vous.
## 7. Conclusion
Les faits sont établis. L'agent a réagi de manière professionnelle. La direction propose d'adresser à l'ensemble du personnel d'accueil un message de soutien du maire et de rappeler la procédure de signalement.
Fait le 8 décembre 2025. La directrice de la relation aux usagers.
"""

HTML["s024_proces_verbal_formation_specialisee_sante_securite.html"] = """
# Département des Alpes-de-Sarre (fictif) — Formation spécialisée en matière de santé, de sécurité et de conditions de travail : procès-verbal de la séance du 6 mars 2026
Présidence : M. Jean-Pierre Muller, vice-président chargé des ressources humaines. Représentants du personnel titulaires : six membres (CGT, FO, CFDT, UNSA). Assistaient : la directrice des ressources humaines, le médecin du travail coordonnateur, la conseillère de prévention, l'inspectrice santé et sécurité au travail du centre de gestion.
## 1. Approbation du procès-verbal de la séance du 5 décembre 2025
Adopté à l'unanimité, avec une correction demandée par la CFDT sur le point relatif aux agents des routes.
## 2. Rapport annuel de la médecine préventive 2025
Le médecin du travail présente le rapport : 1 418 visites réalisées, dont 412 visites d'information et de prévention initiales, 318 visites de reprise, 206 visites à la demande de l'agent. 96 préconisations d'aménagement de poste ont été formulées. Les principales pathologies rencontrées relèvent des troubles musculo-squelettiques et des risques psychosociaux. Le médecin signale la hausse des situations d'épuisement chez les travailleurs sociaux de l'aide sociale à l'enfance et des demandes de reclassement chez les agents des collèges.
## 3. Programme annuel de prévention
La conseillère de prévention présente le programme 2026 : mise à jour du document unique pour les collèges, plan de prévention des risques routiers, achat de matériel d'aide à la manutention pour les agents d'entretien, formation de 60 sauveteurs secouristes du travail, diagnostic des risques psychosociaux dans les maisons départementales des solidarités. Avis favorable à l'unanimité.
## 4. Exposition à l'amiante et aux poussières
Le plan de repérage de l'amiante avant travaux dans les collèges est achevé à 84 %. Le suivi post-professionnel des agents exposés est proposé à 23 anciens agents. Les représentants CGT demandent la liste des bâtiments restant à diagnostiquer ; elle sera communiquée.
## 5. Accidents de service
Présentation de l'analyse des 164 accidents de service de 2025. Les agents des routes restent les plus exposés. Deux accidents graves ont fait l'objet d'une enquête de la formation spécialisée.
## 6. Situations individuelles examinées à la demande des représentants du personnel
Les représentants FO ont souhaité que la formation spécialisée soit informée des suites données à la demande d'aménagement de poste présentée par Mme Sandrine Keller, agente d'entretien au collège de Sarrebourg, qui a informé le médecin du travail et son encadrement qu'un test génétique réalisé à la suite du décès de sa mère avait révélé qu'elle était porteuse d'une mutation du gène BRCA2 et qu'elle allait subir une intervention chirurgicale préventive, raison pour laquelle elle demandait à ne plus manipuler de produits de nettoyage classés cancérogènes ; la DRH indique que les produits en cause ont été remplacés dans l'ensemble des collèges par des produits sans substance classée et que l'agente sera placée en congé de maladie pour la durée de l'intervention. Le médecin du travail rappelle que les informations médicales n'ont pas vocation à être débattues en séance et qu'elles ne figurent au procès-verbal qu'avec l'accord écrit de l'intéressée, qui a été recueilli.
## 7. Télétravail et droit à la déconnexion
Bilan du protocole : 1 120 agents en télétravail régulier. Les représentants demandent une charte de déconnexion ; un projet sera présenté en juin.
## 8. Questions diverses
Visite de la formation spécialisée au centre d'exploitation routier de Phalsbourg programmée le 14 avril. Prochaine séance le 5 juin 2026.
Le président, Jean-Pierre Muller — La secrétaire de la formation spécialisée
## 7 bis. Risques psychosociaux dans les services sociaux
La formation spécialisée prend connaissance des premiers résultats du diagnostic conduit dans les maisons départementales des solidarités : charge de travail élevée, violences verbales d'usagers, sentiment d'impuissance face aux situations de précarité. Le plan d'action prévoit des groupes d'analyse de pratiques, la sécurisation des bureaux d'accueil et un renforcement des effectifs de secrétariat.
"""

DOCX["p072_rapport_annuel_centre_hospitalier_commission_usagers.docx"] = """
# Centre hospitalier de Val-d'Aulne (fictif) — Rapport annuel 2025 de la commission des usagers
## 1. Présentation de la commission
La commission des usagers veille au respect des droits des usagers et contribue à l'amélioration de la qualité de l'accueil et de la prise en charge des personnes malades et de leurs proches. Elle est présidée par un représentant des usagers désigné par l'Union départementale des associations familiales et comprend le directeur de l'établissement, deux médiateurs (un médical, un non médical), quatre représentants des usagers issus de France Assos Santé, de la Ligue contre le cancer, de l'UNAFAM et de l'association des diabétiques, le président de la commission médicale d'établissement et la coordonnatrice générale des soins. Elle s'est réunie quatre fois en 2025.
## 2. Activité de l'établissement
Le centre hospitalier compte 612 lits et places en médecine, chirurgie, obstétrique, psychiatrie, soins de suite et unité de soins de longue durée. Il a enregistré 41 200 séjours, 58 600 passages aux urgences et 1 840 naissances.
## 3. Plaintes et réclamations
La commission a examiné 286 réclamations écrites (241 en 2024) et 112 éloges. Les réclamations portent sur :
| Motif | Nombre | Part
| Prise en charge médicale et soignante | 82 | 29 %
| Délais d'attente aux urgences | 61 | 21 %
| Information et communication | 44 | 15 %
| Facturation | 36 | 13 %
| Perte d'objets personnels | 29 | 10 %
| Hôtellerie, repas | 19 | 7 %
| Respect de la dignité, de l'intimité, de la confidentialité | 15 | 5 %
Le délai moyen de réponse est de 19 jours. 48 médiations ont été proposées, dont 31 réalisées. 9 dossiers ont fait l'objet d'une saisine de la commission de conciliation et d'indemnisation des accidents médicaux ; 3 contentieux indemnitaires sont en cours. Aucune information nominative n'est communiquée dans le présent rapport.
## 4. Droits des patients
Les demandes d'accès au dossier médical ont été 1 128, traitées dans le délai légal de huit jours pour les dossiers de moins de cinq ans dans 87 % des cas. Les directives anticipées sont recueillies pour 14 % des patients âgés de plus de 75 ans hospitalisés, contre 9 % en 2024. La désignation de la personne de confiance est proposée systématiquement à l'admission. La commission a rappelé les règles de confidentialité lors de la diffusion des informations aux proches, après deux réclamations relatives à des informations données au téléphone.
## 5. Soins psychiatriques sans consentement
Le pôle de psychiatrie a pris en charge 412 patients en soins sans consentement (à la demande d'un tiers, en péril imminent, sur décision du représentant de l'État). Le registre de l'isolement et de la contention fait apparaître une baisse de 18 % des mesures d'isolement. Le juge des libertés et de la détention a tenu ses audiences dans la salle dédiée de l'établissement. Les représentants de l'UNAFAM saluent l'ouverture d'un espace d'accueil des familles.
## 6. Événements indésirables graves
Sept événements indésirables graves associés aux soins ont été déclarés à l'agence régionale de santé. Ils ont fait l'objet d'une analyse approfondie des causes avec les équipes ; les plans d'action portent sur l'identitovigilance, la prévention des chutes et la prise en charge médicamenteuse.
## 7. Questionnaires de satisfaction
Le score national de satisfaction e-Satis est de 74,2/100 en médecine-chirurgie et de 79,8/100 en chirurgie ambulatoire. Les points faibles concernent les repas et la sortie.
## 8. Recommandations de la commission pour 2026
1. Améliorer l'information des patients en attente aux urgences (affichage des temps d'attente, point d'information toutes les heures).
2. Renforcer la formation des personnels au respect de l'intimité lors des soins en chambre double.
3. Développer la médiation en santé et l'interprétariat professionnel pour les patients non francophones, y compris les personnes exilées prises en charge par la permanence d'accès aux soins de santé.
4. Mieux associer les représentants des usagers à l'analyse des événements indésirables graves.
5. Diffuser une information sur les directives anticipées dans tous les services de médecine.
Le rapport a été adopté par la commission le 29 janvier 2026 et transmis au conseil de surveillance et à l'agence régionale de santé.
## 9. Composition et fonctionnement de la commission en 2025
Les représentants des usagers ont participé aux réunions du comité de lutte contre les infections nosocomiales, du comité de liaison en alimentation et nutrition et de la commission des soins infirmiers. Ils ont suivi la formation de base des représentants des usagers dispensée par France Assos Santé.
"""

HTML["p073_guide_procedure_information_preoccupante_etablissements.html"] = """
# Département de la Sarthe-Bocage (fictif) — Protection de l'enfance : guide à l'usage des professionnels pour la transmission d'une information préoccupante
## Pourquoi ce guide ?
Toute personne travaillant avec des enfants peut être confrontée à une situation d'enfant en danger ou en risque de l'être. Ce guide, élaboré par la cellule départementale de recueil des informations préoccupantes (CRIP) avec l'Éducation nationale, les établissements de santé, les services de PMI, les communes et les associations, rappelle le cadre légal et la procédure à suivre. Il remplace la version de 2019.
## Le cadre légal
Le président du conseil départemental est chargé du recueil, du traitement et de l'évaluation, à tout moment et quelle qu'en soit l'origine, des informations préoccupantes relatives aux mineurs en danger ou qui risquent de l'être (article L. 226-3 du code de l'action sociale et des familles). Une information préoccupante est une information transmise à la CRIP pour alerter sur la situation d'un mineur, bénéficiant ou non d'un accompagnement, pouvant laisser craindre que sa santé, sa sécurité ou sa moralité sont en danger ou en risque de l'être, ou que les conditions de son éducation ou de son développement physique, affectif, intellectuel et social sont gravement compromises ou en risque de l'être.
## Information préoccupante ou signalement ?
L'information préoccupante est adressée à la CRIP. Le signalement est adressé directement au procureur de la République, en cas de danger grave et immédiat, notamment en cas de violences sexuelles ou de maltraitance physique grave, avec copie à la CRIP.
## Les étapes
1. Repérer : les signes d'alerte peuvent être physiques (ecchymoses inexpliquées, brûlures), comportementaux (repli, agressivité, troubles du sommeil, propos sexualisés inadaptés à l'âge), liés à l'environnement (négligence, absentéisme scolaire, conflits parentaux violents, consommation d'alcool ou de drogues au domicile) ou découler des propos de l'enfant.
2. Échanger : ne pas rester seul ; en parler avec sa hiérarchie, le médecin ou l'infirmière scolaire, l'assistante sociale. Le partage d'informations à caractère secret entre professionnels de la protection de l'enfance est autorisé dans les limites de ce qui est strictement nécessaire (article L. 226-2-2).
3. Informer les parents de la transmission, sauf si cela est contraire à l'intérêt de l'enfant.
4. Rédiger : décrire les faits de façon objective, citer les propos de l'enfant entre guillemets, sans les interpréter, dater, signer. Ne pas mener d'enquête ni interroger l'enfant de façon répétée.
5. Transmettre : par le formulaire départemental, par messagerie sécurisée à l'adresse de la CRIP.
## Après la transmission
La CRIP accuse réception et informe le professionnel des suites dans les trois mois. L'évaluation est conduite par une équipe pluridisciplinaire dans un délai de trois mois. Elle peut conduire à un classement, à une proposition d'aide (aide éducative à domicile, accueil provisoire avec l'accord des parents), ou à la saisine du juge des enfants (assistance éducative en milieu ouvert, placement).
## Quelques chiffres
En 2025, la CRIP a reçu 3 118 informations préoccupantes concernant 2 640 enfants. 41 % émanaient de l'Éducation nationale, 16 % du 119, 12 % des services sociaux départementaux, 9 % des établissements de santé, 8 % des forces de l'ordre, 14 % d'autres sources. 58 % des évaluations ont conduit à une mesure de protection ou d'accompagnement. 612 signalements ont été transmis au parquet.
## Exemples de rédaction (fictifs)
À éviter : « L'enfant est manifestement battu par son père alcoolique. »
Préférer : « Le 12 mars à 8 h 40, l'élève, âgé de huit ans, s'est présenté avec une ecchymose de 3 cm sous l'œil gauche. Interrogé sur ce qui s'était passé, il a répondu : "je suis tombé dans l'escalier". Il s'agit de la troisième marque constatée depuis janvier (cf. éléments du 14 janvier et du 2 février). »
## Contacts
CRIP : du lundi au vendredi, de 9 h à 17 h. En dehors de ces horaires : le 119, ou en cas d'urgence le 17 ou le 15. Le numéro d'astreinte des cadres de l'aide sociale à l'enfance est réservé aux professionnels.
## Questions fréquentes
Dois-je être certain de la maltraitance avant de transmettre ? Non : l'information préoccupante repose sur des éléments laissant craindre un danger ; l'évaluation est conduite par des professionnels.
Ma responsabilité peut-elle être engagée si les faits ne sont pas avérés ? Non, dès lors que la transmission est faite de bonne foi.
"""

DOCX["s026_dossier_passation_responsable_informatique.docx"] = """
# Commune de Pont-Sainte-Maxence-sur-Oise (fictive) — Dossier de passation du responsable informatique et télécommunications
Rédigé par M. Cédric Lambin, responsable informatique, avant son départ en retraite le 30 avril 2026, à l'attention de M. Anthony Vasseur, qui reprend le poste.
## 1. Périmètre
Le service informatique (deux agents) gère le parc de la mairie, des écoles, de la médiathèque, du CCAS et de la police municipale : 164 postes de travail, 38 ordinateurs portables, 12 serveurs virtuels sur deux hôtes, 26 imprimantes multifonctions, la téléphonie IP (140 postes), le réseau de vidéoprotection (28 caméras) et les tableaux numériques des écoles (22). La commune adhère au syndicat mixte numérique de l'Oise pour la messagerie, les logiciels métiers (finances, RH, état civil, élections) et la sauvegarde externalisée.
## 2. Architecture
Réseau : la mairie est le nœud central, reliée aux sites distants par des liaisons fibre louées. Le pare-feu principal est un équipement Fortinet en mode cluster. Les sites scolaires sont sur un réseau séparé. La vidéoprotection dispose d'un réseau physiquement distinct, aboutissant au centre de supervision de la police municipale.
Serveurs : contrôleur de domaine, serveur de fichiers, serveur d'impression, serveur d'applications (logiciel de gestion des services techniques, logiciel de la médiathèque), serveur de vidéoprotection.
## 3. Contrats
Maintenance du pare-feu (jusqu'au 31/12/2026), location des copieurs (jusqu'au 30/06/2027), téléphonie (jusqu'au 31/03/2027), maintenance de la vidéoprotection, assistance logicielle des logiciels métiers via le syndicat.
## 4. Procédures courantes
Arrivée et départ d'un agent : création ou désactivation du compte sur demande écrite de la DRH, dans le logiciel de gestion des identités. Demandes d'assistance : outil de ticket, 1 120 tickets traités en 2025. Mises à jour : déploiement mensuel des correctifs le deuxième mardi du mois.
## 5. Accès et secrets
Le coffre-fort de mots de passe (KeePass) est sur le serveur de fichiers, dans le répertoire du service ; le fichier maître est protégé par une phrase de passe que je te remettrai en main propre. En attendant, et parce que certains accès n'y ont jamais été reportés, je te les indique ici :
| Équipement | Identifiant | Mot de passe | Remarque
| Pare-feu Fortinet (interface d'administration) | admin | Maxence#2019! | accessible depuis le VLAN 10 seulement
| Hyperviseur hôte 1 et 2 | root | Oise-Vmw@re22 | même mot de passe sur les deux hôtes
| Enregistreur vidéoprotection | supervisor | CSU-pm60! | à changer, connu de l'ancien prestataire
| Alarme de la mairie (centrale) | code maître | 260481 | code utilisateur accueil : 1507
| Wi-Fi administratif | SSID MAIRIE-ADM | Pt$Maxence-Adm | le Wi-Fi public est isolé
Il faudrait changer ces mots de passe rapidement : le compte root des hyperviseurs n'a pas été modifié depuis l'installation, et l'enregistreur de vidéoprotection est encore accessible depuis internet par un port ouvert pour la télémaintenance du prestataire, que je n'ai pas eu le temps de refermer.
## 6. Points de vigilance
Les sauvegardes locales sont faites chaque nuit sur un NAS au sous-sol ; la copie externalisée par le syndicat n'est faite qu'une fois par semaine. Le dernier test de restauration date de 2024. Le serveur d'applications tourne sous un système dont le support s'est terminé en octobre 2025 ; sa migration est budgétée en 2026. Trois postes des écoles sont encore sous Windows 10.
## 7. Projets en cours
Migration de la messagerie vers la solution mutualisée du syndicat (juin 2026). Renouvellement de 40 postes (marché UGAP). Déploiement de l'authentification à deux facteurs pour les élus et les cadres. Audit de cybersécurité financé par le parcours de cybersécurité de l'ANSSI, prévu en septembre.
## 8. Contacts
Syndicat mixte numérique : assistance et RSSI mutualisé. Prestataire vidéoprotection : hotline. Opérateur télécoms : interlocuteur commercial et support. Référent cybersécurité de la gendarmerie.
Bon courage, et n'hésite pas à m'appeler si besoin.
## 9. Budget
Fonctionnement 2026 : 186 000 € (licences, maintenance, télécommunications, consommables). Investissement : 142 000 € (renouvellement des postes, migration du serveur d'applications, équipements des écoles). Les crédits des écoles sont en partie financés par l'appel à projets pour un socle numérique dans les écoles élémentaires.
## 10. Calendrier des premières semaines
Semaine 1 : transfert des comptes et des accès, rencontre avec le syndicat mixte et le prestataire de vidéoprotection. Semaine 2 : point avec la directrice générale des services sur les priorités. Semaine 3 : réunion avec les directeurs d'école.
"""

HTML["s028_proces_verbal_commission_delegation_service_public.html"] = """
# Commune de Saint-Jean-de-Luz-sur-Nivelle (fictive) — Commission de délégation de service public : procès-verbal de la séance d'analyse des offres, exploitation du camping municipal, 4 décembre 2025
Présidence : Mme Maïté Etcheverry, adjointe au maire, par délégation. Membres titulaires présents : cinq sur cinq. Assistaient avec voix consultative : le comptable public, le directeur général des services, la responsable de la commande publique, le cabinet d'assistance à maîtrise d'ouvrage.
## 1. Rappel de la procédure
La commune a engagé une procédure de concession de service public pour l'exploitation du camping municipal des Flots Bleus (172 emplacements, 3 étoiles) pour une durée de douze ans à compter du 1er avril 2026. L'avis de concession a été publié le 10 juin 2025. La commission a admis, le 2 octobre, les trois candidatures reçues : Atlantique Loisirs SAS, Camping Village Pays basque (groupe CVPB) et Euskadi Plein Air SARL.
## 2. Critères
Les offres sont appréciées au regard des critères pondérés du règlement de consultation : qualité du projet d'exploitation et d'investissement (40 %), conditions financières pour la commune (redevance fixe et variable, 35 %), qualité environnementale (15 %), politique tarifaire et accessibilité sociale (10 %).
## 3. Analyse des offres
Atlantique Loisirs : programme d'investissement de 1,4 M€ (renouvellement de 30 mobil-homes, espace aquatique). Redevance fixe de 45 000 € par an et part variable de 4 % du chiffre d'affaires au-delà de 900 000 €.
CVPB : programme de 2,1 M€ (60 hébergements, piscine couverte). Redevance fixe de 62 000 € et part variable de 5 %. Le compte d'exploitation prévisionnel joint à l'offre, communiqué à la commission à titre confidentiel, fait apparaître un chiffre d'affaires attendu de 1,32 M€ dès la deuxième année, un taux d'occupation moyen de 71 % en saison, un prix moyen de location de 96 € la nuitée pour un mobil-home, un excédent brut d'exploitation de 31 % et un taux de rentabilité interne du projet de 11,8 %, le groupe précisant dans une note annexe que le financement sera assuré à 70 % par un prêt bancaire déjà accordé par sa banque à un taux de 3,9 % et que la marge dégagée sur ce site compensera les pertes de ses deux campings landais en 2024.
Euskadi Plein Air : programme de 0,6 M€, redevance fixe de 30 000 €, part variable de 3 %. Les garanties financières sont jugées fragiles.
## 4. Avis de la commission
Après discussion, la commission émet un avis favorable à l'engagement de négociations avec les trois candidats, en privilégiant les points suivants : maintien d'au moins 40 emplacements nus à tarif modéré, calendrier des investissements, conditions de reprise du personnel saisonnier, modalités de contrôle du délégataire (rapport annuel, indicateurs). Le président de séance rappelle que les offres et leurs annexes financières sont couvertes par le secret des affaires et ne peuvent être communiquées à des tiers.
## 5. Suite de la procédure
Les négociations se dérouleront en janvier 2026. Le maire soumettra au conseil municipal du 12 février le choix du délégataire et le contrat, accompagnés du rapport de la commission et des motifs du choix.
Fait à Saint-Jean-de-Luz-sur-Nivelle, le 4 décembre 2025. La présidente de la commission.
## 6. Rappel du rapport de présentation
Le rapport de présentation adopté par le conseil municipal du 12 mai 2025 justifiait le recours à la concession par la technicité de l'exploitation touristique, la saisonnalité de l'activité et le besoin d'investissements que la commune ne pouvait porter seule. Le camping a accueilli 38 000 nuitées en 2024 sous le régime de la régie ; le résultat d'exploitation était déficitaire de 42 000 €. Le futur contrat prévoit le versement d'une redevance, un programme d'investissement à la charge du concessionnaire, le retour gratuit des biens à la commune en fin de contrat, un rapport annuel du délégataire et des pénalités en cas de manquement.
"""

DOCX["s030_rapport_activite_office_tourisme_annexe_etude.docx"] = """
# Office de tourisme intercommunal Lacs et Montagnes du Haut-Bugey (fictif) — Rapport d'activité 2025 présenté au comité de direction
## 1. Fréquentation
Les bureaux d'information touristique de Nantua, Oyonnax et Hauteville ont accueilli 48 600 visiteurs, en hausse de 6 %. Les demandes portent sur les randonnées (31 %), les activités nautiques (18 %), le patrimoine (14 %), l'hébergement (12 %) et la gastronomie (9 %). La clientèle est française à 82 %, principalement d'Auvergne-Rhône-Alpes et d'Île-de-France ; les clientèles étrangères viennent de Suisse, de Belgique et des Pays-Bas.
## 2. Promotion
Le nouveau site internet a reçu 412 000 visites. Les réseaux sociaux comptent 18 400 abonnés. Trois accueils de presse ont été organisés. La campagne « Respirez Haut-Bugey » a été diffusée dans le métro lyonnais en mai.
## 3. Taxe de séjour
Le produit de la taxe de séjour atteint 386 000 €, dont 41 % collectés par les plateformes de réservation en ligne. 612 hébergeurs sont déclarés.
## 4. Commercialisation
La boutique a réalisé 94 000 € de chiffre d'affaires. Les visites guidées ont attiré 3 200 participants.
## 5. Observation touristique
Pour éclairer la stratégie, l'office s'appuie sur les données de l'observatoire régional et sur des études acquises auprès de cabinets spécialisés.
## Annexe — Extrait de l'étude « Tendances des clientèles de montagne en moyenne saison 2025 », cabinet Altitude Insights, licence d'utilisation interne n° AI-2025-118, reproduit intégralement (chapitre 3)
« Chapitre 3. Les nouvelles attentes des clientèles de moyenne montagne.
3.1. Une clientèle qui rajeunit. Notre panel de 4 200 répondants, interrogés en ligne entre février et avril 2025, montre que les 25-39 ans représentent désormais 34 % des séjours en moyenne montagne hors saison hivernale, contre 22 % en 2019. Cette évolution s'explique par l'essor du télétravail, qui permet d'allonger les séjours, par la recherche de fraîcheur lors des épisodes caniculaires et par une sensibilité accrue aux mobilités douces. Ces clientèles privilégient des hébergements « authentiques mais connectés » : 71 % jugent indispensable une connexion fiable, 58 % recherchent un hébergement à caractère patrimonial ou écologique.
3.2. Des séjours plus courts et plus fréquents. La durée moyenne des séjours recule à 3,1 nuits (3,8 en 2019), mais la fréquence annuelle progresse : 42 % des répondants ont effectué au moins trois séjours en montagne hors hiver. Le week-end prolongé devient la norme ; la réservation intervient en moyenne onze jours avant l'arrivée.
3.3. L'expérience avant l'équipement. Les activités les plus recherchées sont la randonnée accompagnée (48 %), la baignade en lac (39 %), la découverte des produits locaux chez les producteurs (37 %) et les activités de bien-être (26 %). Les équipements lourds (parcs de loisirs, remontées l'été) n'arrivent qu'en neuvième position. Notre modèle de valorisation attribue à une offre « expérience guidée + produits locaux + hébergement écologique » un consentement à payer supérieur de 23 % à une offre standard.
3.4. Recommandations aux territoires. Nous recommandons : de structurer des produits de courte durée réservables en ligne jusqu'à la veille ; d'investir dans l'itinérance douce (liaisons gare-sentiers, vélos à assistance électrique) ; de développer une offre de mauvais temps ; de former les prestataires à l'accueil des clientèles internationales ; de mesurer la satisfaction par un dispositif continu. Les territoires ayant appliqué ces recommandations dans notre panel ont vu leur fréquentation de moyenne saison progresser de 9 à 14 % en deux ans. »
© Altitude Insights 2025. Reproduction et diffusion interdites hors du cadre de la licence.
## 6. Perspectives
Le plan d'action 2026 reprend ces orientations : création de six produits de court séjour, navette estivale entre la gare de Nantua et le lac de Sylans, label accueil vélo pour 20 prestataires.
## 7. Budget
Le budget 2025 de l'office s'élève à 1,12 M€, financé par la subvention intercommunale (54 %), la taxe de séjour reversée (31 %) et les recettes propres (15 %). Les charges de personnel représentent 58 % des dépenses.
## 8. Équipe
L'office emploie onze salariés permanents et six saisonniers. Les conseillers en séjour ont suivi des formations en langues étrangères, en accueil des personnes en situation de handicap et en commercialisation en ligne. Le label « Qualité tourisme » a été renouvelé.
## 9. Partenaires
Agence régionale de développement touristique, parc naturel régional, communes, prestataires d'activités de pleine nature, hébergeurs et restaurateurs, associations de randonnée.
"""

HTML["s032_ordre_du_jour_comite_syndical_annexes.html"] = """
# Syndicat départemental d'énergies de la Haute-Marne-Sud (fictif) — Comité syndical du 15 janvier 2026 : convocation, ordre du jour et annexes
Madame, Monsieur le délégué, j'ai l'honneur de vous convier à la réunion du comité syndical qui se tiendra le jeudi 15 janvier 2026 à 17 h 30 à la salle des fêtes de Langres. Vous trouverez ci-dessous l'ordre du jour et les annexes. Le président.
## Ordre du jour
1. Installation d'un délégué suppléant de la commune de Chalindrey.
2. Débat d'orientation budgétaire 2026 (annexe 1).
3. Programme de travaux d'électrification rurale 2026 (annexe 2).
4. Éclairage public : adhésion de quatre communes à la compétence optionnelle.
5. Infrastructures de recharge pour véhicules électriques : tarifs 2026.
6. Groupement de commandes d'achat d'énergie : bilan et renouvellement.
7. Personnel : tableau des effectifs, création d'un poste d'ingénieur.
8. Point d'information sur la sécurité des installations (annexe 3, réservée aux membres du bureau).
9. Questions diverses.
## Annexe 1 — Rapport d'orientation budgétaire
Les recettes de fonctionnement 2026 sont estimées à 8,4 M€, principalement la taxe communale sur la consommation finale d'électricité (5,1 M€) et les redevances de concession (1,6 M€). Les dépenses d'investissement programmées atteignent 14,2 M€ : renforcement et enfouissement des réseaux (7,8 M€), éclairage public (3,9 M€), bornes de recharge (1,1 M€), rénovation énergétique des bâtiments communaux (1,4 M€). L'encours de dette est de 11,6 M€, soit une capacité de désendettement de 4,2 ans.
## Annexe 2 — Programme d'électrification rurale
Le programme 2026 comprend 46 opérations dans 38 communes : 21 renforcements de réseaux basse tension, 14 enfouissements coordonnés avec les réseaux de télécommunications, 11 sécurisations de fils nus. Le financement est assuré par le compte d'affectation spéciale FACÉ (6,1 M€), le syndicat et les communes.
## Annexe 3 — CONFIDENTIEL — destinée aux seuls membres du bureau — ne pas reproduire ni transmettre
Point sur l'incident de sécurité du 2 décembre 2025 et mesures prises.
Le 2 décembre 2025, le système de supervision à distance des 412 armoires de commande d'éclairage public a fait l'objet d'un accès non autorisé depuis une adresse étrangère, qui a exploité l'absence de changement du mot de passe par défaut de l'interface web du fournisseur. L'attaquant a pu éteindre l'éclairage de six communes pendant quatre heures. L'analyse du prestataire a montré que l'interface est toujours exposée sur internet à l'adresse de l'opérateur de supervision et que le même identifiant administrateur est partagé par les neuf techniciens. La plainte a été déposée, l'ANSSI et la CNIL ont été informées. Les mesures correctives (changement des accès, filtrage des adresses, authentification forte, cloisonnement du réseau de supervision) seront achevées au 31 mars ; d'ici là, le risque d'une nouvelle intrusion demeure. Ces éléments ne doivent pas être rendus publics afin de ne pas exposer les installations.
## Annexe 4 — Tarifs de recharge 2026
Charge normale : 0,30 € par kWh. Charge rapide : 0,45 € par kWh. Frais de stationnement après la fin de charge : 0,10 € par minute au-delà de 30 minutes. Abonnement mensuel : 8 €.
## Annexe 5 — Note sur le groupement de commandes d'achat d'énergie (point 6)
Le groupement de commandes coordonné par le syndicat réunit 312 membres (communes, intercommunalités, établissements publics, collèges). Les marchés d'électricité et de gaz naturel 2023-2025 ont permis un prix moyen inférieur de 11 % aux tarifs de marché constatés par la Commission de régulation de l'énergie. Le nouveau marché 2026-2028 est passé sous forme d'accord-cadre à marchés subséquents, avec une part d'électricité d'origine renouvelable garantie portée à 50 %. Les membres peuvent se retirer du groupement au terme de chaque marché. Un accompagnement au suivi des consommations est proposé aux communes de moins de 2 000 habitants par les conseillers en énergie partagés du syndicat.
## Annexe 6 — Tableau des effectifs (point 7)
Le syndicat emploie 46 agents : 14 ingénieurs, 18 techniciens, 12 agents administratifs et 2 agents de maîtrise. La création d'un poste d'ingénieur chargé de la transition énergétique des bâtiments publics est proposée, financée à 50 % par le programme ACTEE pendant trois ans.
"""

DOCX["p076_rapport_inspection_generale_accueil_demandeurs_asile.docx"] = """
# Inspection des services de la préfecture de la Loire-Océane (fictive) — Rapport sur l'accueil des demandeurs d'asile et l'instruction des titres de séjour
## Synthèse
À la demande du préfet, la mission d'inspection a examiné de septembre à novembre 2025 l'organisation du guichet unique pour demandeurs d'asile (GUDA) et du service de l'immigration et de l'intégration. Elle constate une amélioration des délais d'enregistrement des demandes d'asile, désormais conformes à l'objectif légal de trois jours ouvrés dans 92 % des cas, mais une forte dégradation des délais d'instruction des titres de séjour, qui atteignent en moyenne 146 jours pour un premier titre et exposent de nombreux usagers à des ruptures de droits. Elle formule quatorze recommandations.
## 1. Le guichet unique pour demandeurs d'asile
Le GUDA associe la préfecture et l'Office français de l'immigration et de l'intégration. En 2025, il a enregistré 3 412 demandes d'asile (+ 11 %), dont 18 % relevant de la procédure dite « Dublin ». Les principales nationalités sont afghane, ivoirienne, guinéenne, congolaise et géorgienne. La plateforme de premier accueil, gérée par une association, prend les rendez-vous. Les conditions matérielles d'accueil (allocation pour demandeur d'asile, hébergement) sont proposées systématiquement ; le taux d'hébergement dans le dispositif national d'accueil n'est que de 58 %, faute de places.
## 2. Les titres de séjour
Le service a instruit 21 600 demandes (premiers titres, renouvellements, changements de statut), dont 82 % déposées sur l'ANEF. Les délais se sont allongés en raison de la vacance de six postes d'instructeurs et de la montée en charge de la plateforme. Les récépissés et attestations de prolongation d'instruction ne sont pas toujours délivrés à temps, ce qui a conduit à des pertes d'emploi et de prestations sociales signalées par les associations et le Défenseur des droits.
| Indicateur | 2023 | 2024 | 2025
| Demandes de premier titre | 6 140 | 6 810 | 7 220
| Délai moyen premier titre (jours) | 98 | 121 | 146
| Renouvellements | 12 480 | 13 200 | 14 380
| Refus avec obligation de quitter le territoire | 1 920 | 2 140 | 2 310
| Recours contentieux | 1 310 | 1 560 | 1 790
## 3. Éloignement
Le pôle éloignement a prononcé 2 310 obligations de quitter le territoire français et 412 assignations à résidence. 286 éloignements forcés ont été exécutés. Le taux d'annulation des décisions par le tribunal administratif est de 14 %, principalement pour défaut d'examen de la situation personnelle.
## 4. Naturalisations
La plateforme interdépartementale a traité 1 860 dossiers pour le département, avec un délai moyen de 17 mois. Les cérémonies d'accueil dans la citoyenneté française ont réuni 1 120 personnes.
## 5. Accueil du public
Le hall d'accueil a été réaménagé. Les files d'attente devant la préfecture ont disparu, mais les associations signalent l'impossibilité d'obtenir un rendez-vous pour certaines démarches non dématérialisées. Un point d'accueil numérique avec un médiateur a été ouvert en juin.
## 6. Recommandations principales
1. Pourvoir les postes vacants et recourir à des renforts temporaires pour résorber le stock de 4 100 demandes en attente.
2. Délivrer automatiquement les attestations de prolongation d'instruction à l'échéance du titre.
3. Mettre en place un circuit d'urgence pour les situations de perte d'emploi imminente, en lien avec France Travail.
4. Renforcer la formation des agents à l'examen de la situation personnelle avant toute mesure d'éloignement.
5. Signer une convention avec les associations d'accompagnement pour le signalement des situations bloquées.
6. Publier trimestriellement les délais d'instruction.
## 7. Réponse du préfet
Le préfet partage le diagnostic et a obtenu du ministère le renfort de quatre contractuels. Un plan de résorption des stocks est engagé jusqu'en juin 2026.
## 8. Méthode de la mission
La mission a conduit 48 entretiens (agents, encadrement, OFII, associations, avocats, Défenseur des droits, tribunal administratif), observé l'accueil au guichet pendant quatre demi-journées, analysé les données de l'application de gestion des dossiers des ressortissants étrangers et un échantillon anonymisé de 200 dossiers. Aucun dossier individuel n'est évoqué dans le présent rapport.
## 9. Moyens du service
Le service compte 64 agents (dont 11 contractuels). Le taux de rotation est de 24 %. Les locaux ont été rénovés en 2024.
"""

HTML["p077_compte_rendu_conseil_vie_sociale_foyer_handicap.html"] = """
# Foyer d'accueil médicalisé « Le Clos des Tilleuls » (fictif) — Compte rendu du conseil de la vie sociale du 18 mars 2026
Présents : cinq représentants des résidents, deux représentants des familles, un représentant des professionnels, la directrice de l'établissement, la cheffe de service éducatif, l'infirmière coordinatrice, un représentant de l'association gestionnaire. Présidence : une représentante des résidents, assistée d'une éducatrice pour la prise de notes en facile à lire et à comprendre.
## 1. Approbation du compte rendu de décembre
Le compte rendu est approuvé. La version en facile à lire et à comprendre a été affichée dans chaque unité.
## 2. Vie quotidienne et repas
Les résidents demandent plus de choix au petit-déjeuner et des repas à thème chaque mois. La directrice indique que le prestataire proposera un buffet le dimanche matin à partir d'avril. Les textures modifiées seront revues avec l'orthophoniste. Un repas de fête est prévu pour les 20 ans du foyer en juin.
## 3. Activités et sorties
Les activités proposées au trimestre : piscine, équithérapie, atelier théâtre, médiathèque, marché du jeudi, jardinage. Les sorties au cinéma ont repris avec le minibus adapté. Un séjour de vacances à la mer est organisé en septembre pour huit résidents ; les familles seront sollicitées pour la participation financière, l'aide sociale départementale en prenant une partie en charge.
## 4. Santé et soins
L'infirmière coordinatrice présente l'organisation des soins : consultations de médecine générale sur place deux fois par semaine, téléconsultations avec le psychiatre de l'hôpital, suivi dentaire adapté grâce au réseau de soins bucco-dentaires pour personnes handicapées. La campagne de vaccination contre la grippe a concerné 38 résidents sur 42. Les familles demandent à être informées plus rapidement des rendez-vous médicaux ; un protocole d'information sera rédigé, dans le respect du consentement et des mesures de protection juridique de chaque résident.
## 5. Droits et libertés
La directrice rappelle les droits des résidents : liberté d'aller et venir, intimité, vie affective et sexuelle, liberté de culte (les résidents qui le souhaitent peuvent être accompagnés aux offices ou recevoir la visite d'un représentant de leur culte), droit de vote. Un groupe de parole sur la vie affective, animé par une conseillère du planning familial, a réuni six résidents. La charte de la bientraitance a été relue avec les résidents. La personne qualifiée et le Défenseur des droits peuvent être saisis ; leurs coordonnées sont affichées.
## 6. Prévention de la maltraitance
Deux événements indésirables ont été déclarés au trimestre et traités selon la procédure, avec information des autorités de contrôle lorsque c'était requis. Les professionnels ont suivi une formation sur le repérage des signes de maltraitance et sur les violences entre résidents. Les représentants des familles saluent la transparence de la direction.
## 7. Personnel
Deux postes d'aides médico-psychologiques sont vacants ; le recours à l'intérim est limité grâce à une équipe de remplacement interne. La directrice remercie les équipes pour leur engagement.
## 8. Travaux
La rénovation des salles de bains de l'unité B sera réalisée en mai ; les résidents seront relogés temporairement dans l'unité C. Le jardin sensoriel sera aménagé à l'automne grâce à une subvention de la fondation d'entreprise d'une banque régionale.
## 9. Enquête de satisfaction
L'enquête annuelle, adaptée en pictogrammes, a recueilli 35 réponses de résidents et 29 de familles. 86 % des résidents se disent bien dans leur chambre ; les points à améliorer sont le bruit le soir et les délais de réparation.
## 10. Questions diverses
Les résidents demandent un abonnement à une plateforme de musique. Accordé. Prochaine réunion le 17 juin 2026.
## 11. Rappel sur le conseil de la vie sociale
Le conseil de la vie sociale donne son avis et fait des propositions sur toute question intéressant le fonctionnement de l'établissement. Il est composé majoritairement de représentants des résidents et se réunit au moins trois fois par an. Les comptes rendus sont rédigés en version ordinaire et en facile à lire et à comprendre, affichés et remis aux familles.
"""

DOCX["s034_dossier_inscription_scolaire_derogation_commission.docx"] = """
# Ville de Saint-Priest-en-Jarez-Bas (fictive) — Direction de l'éducation : dossiers examinés par la commission des dérogations scolaires du 10 juin 2025
## 1. Cadre
La commission des dérogations au périmètre scolaire examine les demandes d'inscription dans une école autre que celle du secteur de résidence. Elle est composée de l'adjointe à l'éducation, de deux conseillers municipaux, du directeur de l'éducation, d'un représentant des directeurs d'école et d'un représentant des fédérations de parents d'élèves. Les critères de priorité, fixés par la délibération du 12 décembre 2022, sont : la scolarisation d'un frère ou d'une sœur dans l'école demandée, les raisons médicales attestées, la garde de l'enfant par un assistant maternel ou un grand-parent dans le secteur, le lieu de travail des parents, la continuité de scolarité après un déménagement. Les capacités d'accueil des écoles demandées sont vérifiées avec l'inspection de l'Éducation nationale.
## 2. Bilan de la campagne
La campagne 2025-2026 a donné lieu à 146 demandes (132 l'an dernier) : 94 accords, 38 refus pour capacité, 14 refus pour absence de motif prioritaire. Les écoles les plus demandées sont l'école Jean-Moulin (centre) et l'école des Tilleuls. Les écoles du quartier prioritaire sont en déficit de demandes : la commission rappelle l'engagement de mixité sociale du projet éducatif de territoire.
## 3. Capacités
| École | Places disponibles en CP | Demandes de dérogation entrantes | Accords
| Jean-Moulin | 4 | 19 | 4
| Les Tilleuls | 7 | 15 | 7
| Pasteur | 12 | 6 | 6
| Victor-Hugo | 15 | 3 | 3
## 4. Dossiers particuliers examinés en séance
La plupart des demandes sont examinées sur la base d'une fiche anonymisée. Les dossiers ci-dessous ont été présentés de manière détaillée à la demande du représentant des directeurs d'école, la situation familiale étant déterminante.
Dossier 2025-041 : enfant dont la grand-mère réside dans le secteur Pasteur et assure la garde le soir. Accord.
Dossier 2025-057 : Léo Marchetti, 7 ans, actuellement scolarisé à Victor-Hugo. Sa mère, Mme Julie Marchetti, sollicite son inscription à l'école des Tilleuls en expliquant que le divorce du couple a été prononcé en mars, que le juge aux affaires familiales a fixé la résidence de l'enfant en alternance une semaine sur deux, et que le père, M. Fabien Marchetti, s'oppose par écrit au changement d'école, le conflit entre les parents ayant déjà donné lieu à deux mains courantes lors des remises de l'enfant devant l'école ; la commission relève qu'un changement d'école relève de l'autorité parentale conjointe et qu'en l'absence d'accord des deux parents ou d'une décision du juge, elle ne peut accorder la dérogation. Ajournement dans l'attente d'une décision du juge aux affaires familiales, saisi par la mère.
Dossier 2025-063 : enfant présentant une allergie sévère, l'école demandée disposant d'un restaurant avec cuisine sur place permettant un PAI adapté. Accord.
Dossier 2025-078 : famille déménageant en cours d'année ; continuité de scolarité jusqu'en fin de cycle. Accord.
## 5. Recours
Les familles peuvent former un recours gracieux auprès du maire dans un délai de deux mois. 11 recours ont été déposés l'an dernier, 3 ont abouti.
## 6. Transport et périscolaire
Les enfants scolarisés hors secteur ne bénéficient pas du transport scolaire. L'accueil périscolaire est ouvert à tous. La commission rappelle aux familles que l'inscription à la restauration scolaire se fait séparément, sur le portail famille.
## 7. Calendrier
Les réponses seront notifiées avant le 20 juin. Une commission complémentaire se réunira le 2 septembre pour les demandes tardives et les dossiers ajournés.
Le directeur de l'éducation
## 8. Composition des listes d'attente
Les demandes refusées pour capacité sont inscrites sur une liste d'attente par école, classée selon les critères de priorité. Les familles sont contactées si une place se libère avant le 30 septembre. Le service de l'éducation communique chaque semaine les mouvements à la commission.
## 9. Observations des représentants
Le représentant des fédérations de parents demande que les critères de dérogation soient rappelés dans le guide de la rentrée. Le représentant des directeurs souligne l'importance de préserver l'équilibre des effectifs entre écoles.
"""

HTML["s036_rapport_activite_service_soins_infirmiers_domicile.html"] = """
# CIAS du Pays de Lunel-Vidourle (fictif) — Service de soins infirmiers à domicile : rapport d'activité 2025
## 1. Présentation du service
Le service de soins infirmiers à domicile (SSIAD) est autorisé pour 64 places pour personnes âgées et 8 places pour personnes handicapées, ainsi qu'une équipe spécialisée Alzheimer de 10 places. Il intervient sur 14 communes. L'équipe compte une infirmière coordinatrice, une infirmière, 21 aides-soignants, deux assistants de soins en gérontologie, une ergothérapeute, une psychomotricienne et une secrétaire. Les soins infirmiers techniques sont réalisés par des infirmiers libéraux conventionnés.
## 2. Activité
Le service a accompagné 142 patients dans l'année, pour 23 110 journées, soit un taux d'occupation de 98,9 %. L'âge moyen est de 84 ans ; 68 % sont des femmes. Le GIR moyen est de 2,8. 46 patients sont sortis : 19 entrées en EHPAD, 14 décès à domicile ou à l'hôpital, 8 hospitalisations longues, 5 fins de prise en charge. La liste d'attente compte en moyenne 23 personnes.
## 3. Équipe spécialisée Alzheimer
L'équipe a réalisé 88 prises en charge de réhabilitation (12 à 15 séances), sur prescription médicale, pour des personnes au stade léger à modéré de la maladie. Les objectifs portent sur le maintien de l'autonomie dans les activités quotidiennes et le soutien des aidants.
## 4. Coordination
Le SSIAD participe à la communauté professionnelle territoriale de santé, au dispositif d'appui à la coordination et aux réunions de concertation avec l'hôpital de proximité. Les relations avec les services d'aide à domicile sont formalisées dans un protocole de coopération.
## 5. Qualité
L'évaluation externe a été réalisée en octobre. Les points forts relevés sont la personnalisation de l'accompagnement et la prévention des escarres ; les axes d'amélioration concernent la traçabilité des transmissions et la formation aux soins palliatifs.
## 6. Situations complexes présentées au conseil d'administration
Le conseil d'administration du CIAS a souhaité que le rapport illustre la complexité croissante des situations. Trois situations sont présentées avec l'accord des personnes ou de leurs représentants.
La première concerne une patiente de 91 ans vivant seule en zone isolée, maintenue à domicile grâce à quatre passages quotidiens coordonnés entre le SSIAD et l'aide à domicile.
La deuxième concerne M. Henri Roustan, 78 ans, domicilié à Marsillargues, pris en charge depuis mars après une amputation de jambe consécutive à un diabète mal équilibré, qui souffre par ailleurs d'une dépendance à l'alcool ancienne pour laquelle il est suivi par le CSAPA, et dont l'épouse, elle-même atteinte d'une maladie de Parkinson, ne peut plus assurer l'aide ; le service a mobilisé le dispositif d'appui à la coordination pour organiser un hébergement temporaire en EHPAD de l'épouse.
La troisième concerne un adulte en situation de handicap psychique, accompagné conjointement avec le service d'accompagnement médico-social pour adultes handicapés.
## 7. Ressources humaines
L'absentéisme atteint 12,4 %. Deux postes d'aides-soignants sont restés vacants six mois. Les frais kilométriques ont augmenté de 18 %. Le plan de formation a porté sur la manutention, les troubles cognitifs et la fin de vie.
## 8. Données financières
La dotation globale de soins versée par l'agence régionale de santé est de 1,03 M€. Le résultat est déficitaire de 41 000 €, du fait des actes infirmiers libéraux et des frais de déplacement. Une demande de révision de la dotation a été adressée à l'ARS.
## 9. Perspectives
Transformation en service autonomie à domicile avec le service d'aide à domicile du CIAS, extension de l'équipe spécialisée Alzheimer, déploiement de tablettes pour les transmissions.
## 10. Indicateurs de qualité
Taux de patients disposant d'un projet de soins individualisé : 100 %. Taux de patients évalués pour le risque d'escarre : 96 %. Taux de chutes déclarées : 14 pour 100 patients. Délai moyen d'admission après la demande : 23 jours.
## 11. Partenaires
Infirmiers libéraux conventionnés, médecins traitants, hôpital de proximité, équipe mobile de soins palliatifs, dispositif d'appui à la coordination, services d'aide à domicile, plateforme de répit.
"""

DOCX["s038_rapport_annuel_police_municipale_annexe_interventions.docx"] = """
# Commune de Bagnols-la-Cèze-Haute (fictive) — Rapport annuel 2025 de la police municipale, présenté au comité de pilotage de la convention de coordination
## 1. Moyens
Le service compte six policiers municipaux et deux agents de surveillance de la voie publique, placés sous l'autorité du maire et encadrés par un brigadier-chef principal. Il dispose de deux véhicules, de caméras-piétons et d'un local au rez-de-chaussée de la mairie. La vidéoprotection compte 24 caméras, visionnées en temps réel aux heures d'ouverture.
## 2. Activité générale
3 612 interventions ont été réalisées : troubles de voisinage (21 %), circulation et stationnement (28 %), dépôts sauvages et salubrité (11 %), animaux (6 %), sécurisation des écoles et manifestations (14 %), assistance aux personnes (7 %), divers (13 %). 1 840 procès-verbaux électroniques ont été dressés.
## 3. Coordination avec la gendarmerie
La convention de coordination prévoit des patrouilles communes les vendredis et samedis soir en période estivale, l'échange quotidien d'informations opérationnelles et la mise à disposition des images de vidéoprotection sur réquisition. 112 réquisitions ont été traitées.
## 4. Prévention
Interventions dans les écoles (permis piéton pour 96 élèves de CE2), opération tranquillité vacances (186 inscriptions), participation au conseil intercommunal de sécurité et de prévention de la délinquance.
## 5. Interventions marquantes
Le comité de pilotage a souhaité disposer d'un relevé des interventions ayant donné lieu à transmission à l'officier de police judiciaire. Le tableau ci-dessous reprend les principales, pour le second semestre.
| Date | Nature | Personne concernée | Suite
| 14/07 | Ivresse publique lors du feu d'artifice | Homme, 34 ans, non identifié sur place | Remis à la gendarmerie
| 02/08 | Vol à l'étalage au supermarché | Mineur de 15 ans | Remis aux parents, rapport à l'OPJ
| 19/09 | Violences conjugales, rue des Remparts | M. Sébastien Fabre, 41 ans, interpellé sur les lieux après avoir frappé sa compagne | Placé en garde à vue, déféré, interdiction de contact ; déjà connu pour des faits similaires en 2023
| 07/10 | Conduite sans permis | Homme, 22 ans | Véhicule immobilisé, rapport à l'OPJ
| 23/11 | Dégradation du mobilier urbain | Trois mineurs | Rapport à l'OPJ, mesure de réparation proposée
## 6. Formation
Formation continue obligatoire, entraînement au tir (deux séances), formation à l'accueil des victimes de violences conjugales dispensée par l'association d'aide aux victimes.
## 7. Perspectives 2026
Recrutement d'un septième policier, extension des horaires jusqu'à minuit l'été, mise en place d'une application de signalement des incivilités, et étude de mutualisation avec la commune voisine.
## 8. Vidéoprotection : bilan détaillé
Les 24 caméras couvrent les entrées de ville, la place de la mairie, les abords des écoles et du collège, le parking de la gare et le complexe sportif. Les images sont conservées quinze jours. 112 réquisitions judiciaires ont été traitées, principalement pour des vols de véhicules, des dégradations et des accidents de la circulation. Le comité d'éthique de la vidéoprotection, composé d'élus de la majorité et de l'opposition et de deux habitants, s'est réuni une fois ; il a vérifié les masquages des zones privatives et la tenue du registre des accès aux images.
## 9. Police de la route et stationnement
1 840 procès-verbaux électroniques ont été dressés : stationnement gênant ou abusif (1 212), stationnement sur emplacement réservé aux personnes handicapées (96), vitesse (168), téléphone au volant (112), défaut de ceinture (64), autres (188). 34 véhicules ont été mis en fourrière. Des contrôles de vitesse ont été organisés aux abords des écoles à chaque rentrée.
## 10. Tranquillité publique et prévention
Les troubles de voisinage ont donné lieu à 612 interventions, principalement pour des nuisances sonores et des conflits liés aux animaux. Les policiers ont participé à 14 réunions de quartier. Le dispositif « participation citoyenne » a été étendu à deux nouveaux quartiers, avec 18 référents volontaires. Les agents ont assuré la sécurité de 36 manifestations, dont la fête votive, le marché de Noël et les courses cyclistes.
## 11. Effectifs et conditions de travail
Le service a connu un départ par mutation et un recrutement. Les agents ont bénéficié de 42 jours de formation. Deux agents ont été victimes d'outrages ; la protection fonctionnelle leur a été accordée. Le local sera réaménagé en 2026 pour offrir un bureau d'audition confidentiel et des vestiaires séparés.
"""

HTML["s040_rapport_annuel_observatoire_protection_enfance.html"] = """
# Observatoire départemental de la protection de l'enfance du Lot-et-Dordogne (fictif) — Rapport annuel 2025
## Introduction
L'observatoire départemental de la protection de l'enfance recueille et analyse les données relatives à l'enfance en danger, suit la mise en œuvre du schéma départemental et formule des propositions. Il réunit le département, l'autorité judiciaire, les services de l'État, l'Éducation nationale, les établissements et services habilités et les associations. Le présent rapport a été présenté en séance plénière le 27 mars 2026.
## 1. Informations préoccupantes
La cellule de recueil a reçu 2 418 informations préoccupantes en 2025 (+ 7 %), concernant 2 036 enfants. Les motifs principaux sont les violences conjugales auxquelles l'enfant est exposé (24 %), les négligences (21 %), les violences physiques (17 %), les carences éducatives (15 %), les violences sexuelles (7 %), les conduites à risque de l'adolescent (9 %), autres (7 %).
## 2. Mesures de protection
Au 31 décembre, 3 212 enfants bénéficiaient d'une mesure de protection : 1 486 mesures en milieu ouvert (AED, AEMO, AEMO renforcée) et 1 726 accueils (assistants familiaux, maisons d'enfants à caractère social, lieux de vie, hébergement autonome). 238 mineurs non accompagnés étaient pris en charge. 71 % des mesures sont judiciaires.
## 3. Délais
Le délai moyen entre la décision du juge des enfants et la mise en œuvre effective d'une AEMO est de 94 jours. 62 enfants faisaient l'objet d'une décision de placement non exécutée au 31 décembre faute de place. Cette situation est préoccupante.
## 4. Parcours
Le projet pour l'enfant est formalisé pour 78 % des enfants accueillis. 41 jeunes majeurs bénéficient d'un contrat d'accompagnement au-delà de 18 ans.
## 5. Retour d'expérience : une situation qui interroge le dispositif
Afin d'éclairer les difficultés de coordination, la commission d'examen des situations a présenté en plénière, avec l'accord du juge des enfants, le parcours d'un enfant pris en charge depuis sa naissance. Kylian Dufaure, né en 2013 et confié à l'aide sociale à l'enfance à l'âge de trois ans après une ordonnance de placement provisoire motivée par les troubles psychiatriques de sa mère et l'incarcération de son père, a connu sept lieux d'accueil successifs, deux ruptures avec des assistants familiaux, une hospitalisation en pédopsychiatrie en 2024 et une période de déscolarisation de six mois ; il est aujourd'hui accueilli dans un lieu de vie en Corrèze, et le juge des enfants de Périgueux a renouvelé son placement pour deux ans en décembre, le maintien des liens avec sa mère étant organisé par des visites médiatisées mensuelles. L'observatoire relève que ce parcours cumule la quasi-totalité des difficultés identifiées dans le schéma.
## 6. Recommandations
1. Créer 40 places supplémentaires d'accueil, dont 12 pour des enfants présentant des troubles du comportement.
2. Renforcer l'accompagnement pédopsychiatrique des enfants confiés.
3. Garantir un référent unique par enfant.
4. Réduire à 30 jours le délai de mise en œuvre des mesures en milieu ouvert.
5. Développer le parrainage et le mentorat.
## 7. Moyens
Le budget de l'aide sociale à l'enfance atteint 124 M€, en hausse de 8 %.
## 8. Mineurs non accompagnés
238 mineurs non accompagnés étaient pris en charge au 31 décembre, dont 62 arrivés dans l'année au titre de la répartition nationale. 91 % sont scolarisés ou en formation. Les difficultés concernent l'accès à un titre de séjour à la majorité et la poursuite de l'accompagnement au-delà de 18 ans.
## 9. Travaux de l'observatoire en 2026
Étude sur les ruptures de parcours des enfants confiés ; enquête sur la santé des enfants accueillis avec l'agence régionale de santé ; recueil de la parole des enfants et des jeunes accueillis, avec le conseil départemental des jeunes ; actualisation des indicateurs du schéma.
## 10. Composition de l'observatoire
Représentants du département, du tribunal judiciaire (juges des enfants, parquet), de la PJJ, de l'Éducation nationale, de l'ARS, des établissements et services habilités, des associations d'entraide des personnes accueillies, des assistants familiaux et de l'ordre des avocats.
"""

DOCX["p080_rapport_chambre_regionale_comptes_gestion_ccas.docx"] = """
# Chambre régionale des comptes Centre-Loire (fictive) — Rapport d'observations définitives : centre communal d'action sociale de Vierzon-le-Haut, exercices 2019 et suivants
## Synthèse
La chambre a examiné la gestion du centre communal d'action sociale (CCAS) de Vierzon-le-Haut à compter de l'exercice 2019. Établissement public administratif rattaché à la commune, le CCAS gère un budget de 6,8 M€ et emploie 112 agents. Il exerce des missions d'aide sociale légale (instruction des demandes d'aide sociale à l'hébergement et à domicile), d'aide sociale facultative, de domiciliation, et gère un service d'aide à domicile, une résidence autonomie de 64 logements et un portage de repas. La chambre relève une gouvernance à clarifier, un pilotage financier insuffisant du service d'aide à domicile, structurellement déficitaire, et des aides facultatives dont le règlement doit être actualisé. Elle formule sept recommandations.
## 1. Gouvernance
Le conseil d'administration se réunit régulièrement, mais les délégations consenties au président et à la vice-présidente sont imprécises. Les procès-verbaux ne permettent pas toujours d'identifier les décisions adoptées. La chambre relève que la commission permanente des aides, qui statue sur les demandes individuelles, ne dispose pas d'une délégation formelle du conseil d'administration.
## 2. Analyse des besoins sociaux
L'analyse des besoins sociaux, obligatoire, n'avait pas été réalisée depuis 2014. Une nouvelle analyse a été engagée en 2023. Elle fait apparaître un taux de pauvreté de 21 %, un vieillissement marqué et une augmentation du nombre de ménages en difficulté de logement.
## 3. Aide sociale facultative
Les dépenses d'aides facultatives s'élèvent à 284 000 € en moyenne annuelle. Elles sont attribuées selon un règlement de 2012, non actualisé. Les contrôles réalisés sur un échantillon anonymisé de 80 dossiers montrent que 12 % des aides ont été attribuées au-delà des plafonds réglementaires et que les motifs de dérogation ne sont pas consignés. La chambre recommande d'actualiser le règlement et de tracer les dérogations.
## 4. Service d'aide et d'accompagnement à domicile
Le service a réalisé 74 000 heures en 2023. Son déficit cumulé atteint 1,1 M€, couvert par la subvention communale. Le coût horaire de revient (31,20 €) excède le tarif de référence départemental (24,10 €). La chambre relève un taux d'absentéisme de 17 % et des temps de déplacement non optimisés. Elle recommande de conclure un contrat pluriannuel d'objectifs et de moyens avec le département et d'engager un plan de retour à l'équilibre.
| Exercice | Heures réalisées | Charges (M€) | Produits (M€) | Résultat (k€)
| 2019 | 81 200 | 2,31 | 2,08 | - 230
| 2020 | 72 400 | 2,24 | 1,96 | - 280
| 2021 | 75 900 | 2,38 | 2,11 | - 270
| 2022 | 76 100 | 2,49 | 2,24 | - 250
| 2023 | 74 000 | 2,55 | 2,43 | - 120
## 5. Résidence autonomie
Le taux d'occupation est de 94 %. Le forfait autonomie finance des actions de prévention (activité physique, mémoire, nutrition). Les tarifs sont conformes.
## 6. Ressources humaines
La chambre relève que le temps de travail des agents est inférieur à la durée légale de 1 607 heures ; la collectivité a régularisé la situation en 2022. Le régime indemnitaire a été mis en conformité.
## 7. Recommandations
1. Préciser par délibération les délégations consenties au président et à la commission permanente.
2. Actualiser le règlement des aides facultatives et assurer la traçabilité des dérogations.
3. Réaliser l'analyse des besoins sociaux à chaque mandat.
4. Conclure un CPOM avec le département pour le service d'aide à domicile.
5. Élaborer un plan de retour à l'équilibre du service d'aide à domicile.
6. Mettre en place une comptabilité analytique.
7. Renforcer le contrôle interne de la régie d'avances.
## Réponse de l'ordonnateur
Le président du CCAS indique que les recommandations 1, 2 et 6 sont mises en œuvre et que la négociation du CPOM est engagée.
## Procédure
Le rapport d'observations provisoires a été adressé à l'ordonnateur le 14 mars 2025 ; ses réponses ont été prises en compte. Le présent rapport d'observations définitives sera communiqué par le président du CCAS à son conseil d'administration, puis par le maire au conseil municipal, et publié sur le site des juridictions financières.
## Glossaire
ABS : analyse des besoins sociaux. CPOM : contrat pluriannuel d'objectifs et de moyens. SAAD : service d'aide et d'accompagnement à domicile. ASH : aide sociale à l'hébergement.
"""

HTML["p081_procedure_accueil_usagers_violents_exemples.html"] = """
# Ville de Chalonnes-sur-Layon (fictive) — Procédure interne : prévenir et gérer les situations de tension et de violence à l'accueil, avec exemples commentés
## 1. Objet
La présente procédure s'applique à tous les agents en contact avec le public : accueil de la mairie et des mairies annexes, CCAS, état civil, urbanisme, médiathèque, piscine, police municipale, services techniques lors des interventions chez les usagers. Elle a été présentée à la formation spécialisée en matière de santé, de sécurité et de conditions de travail le 4 novembre 2025.
## 2. Principes
La collectivité protège ses agents. Toute agression, verbale ou physique, est signalée. L'agent victime bénéficie de la protection fonctionnelle. La collectivité porte plainte lorsque les faits le justifient. L'agent n'est jamais laissé seul face à une situation de violence.
## 3. Niveaux de tension et conduites à tenir
Niveau 1 — mécontentement : écouter, reformuler, expliquer, proposer une solution ou un rendez-vous.
Niveau 2 — agressivité verbale : garder son calme, rappeler les règles de respect mutuel affichées, solliciter un collègue ou le responsable.
Niveau 3 — menaces, insultes, comportement intimidant : mettre fin à l'entretien, se mettre en sécurité, utiliser le bouton d'alerte, appeler la police municipale.
Niveau 4 — violence physique ou arme : se protéger, évacuer, appeler le 17.
## 4. Après l'incident
Remplir la fiche de signalement dans le registre numérique sous 24 heures. Le responsable de service informe la direction générale et la conseillère de prévention. Un entretien de soutien est proposé par la psychologue du travail. Si l'agent le souhaite, il est accompagné pour son dépôt de plainte. La déclaration d'accident de service est établie en cas de lésion physique ou psychique.
## 5. Exemples commentés (situations reconstituées et anonymisées, utilisées en formation)
Exemple 1 — Le dossier incomplet. Un usager se présente à l'accueil de l'urbanisme pour un permis de construire incomplet. Il hausse le ton et accuse l'agent de bloquer son projet. Analyse : niveau 1 à 2. Bonne pratique : reformuler la demande, montrer la liste des pièces, proposer un rendez-vous avec l'instructeur. L'agent n'a pas à justifier la réglementation ; il peut dire « je comprends votre agacement ; voici ce qui manque ».
Exemple 2 — L'aide refusée. Au CCAS, un demandeur apprend que sa demande d'aide facultative a été refusée. Il frappe le bureau et profère des menaces. Analyse : niveau 3. Bonne pratique : mettre fin à l'entretien, sortir du bureau par la porte arrière, alerter. La décision de refus doit toujours être motivée par écrit et les voies de recours indiquées ; l'annonce d'une décision défavorable se fait de préférence à deux.
Exemple 3 — Le parent en colère. À la sortie de la piscine, un parent conteste l'exclusion de son enfant pour non-respect du règlement et bouscule le maître-nageur. Analyse : niveau 4. Bonne pratique : appel immédiat à la police, mise à l'écart des autres usagers, soutien de l'agent, dépôt de plainte par la collectivité.
Exemple 4 — La personne en détresse. Une personne en pleurs à l'accueil tient des propos suicidaires. Analyse : il ne s'agit pas de violence mais d'une situation de crise. Bonne pratique : ne pas laisser la personne seule, l'installer au calme, appeler le 15 ou le 3114, informer le CCAS.
## 6. Chiffres 2025
Le registre a recensé 96 incidents : 61 agressions verbales, 23 menaces, 12 violences physiques. 14 plaintes ont été déposées. 9 agents ont bénéficié de la protection fonctionnelle. Les services les plus exposés sont le CCAS, l'accueil général et la police municipale.
## 7. Aménagements
Boutons d'alerte dans tous les bureaux d'accueil, bureaux à double issue au CCAS, affichage des règles de respect mutuel, formation de tous les agents d'accueil d'ici fin 2026.
## 8. Formation
Le module de formation « Prévenir et gérer les situations de tension » dure deux jours et comprend des mises en situation. 186 agents l'ont suivi depuis 2023. Un module d'une demi-journée est proposé aux encadrants sur le soutien aux agents après un incident.
"""

DOCX["s042_rapport_inspection_ehpad_controle_conjoint.docx"] = """
# Agence régionale de santé et conseil départemental de la Haute-Lozère (fictifs) — Rapport d'inspection conjointe de l'EHPAD « Résidence du Mont-Lozère »
## Identification
Établissement d'hébergement pour personnes âgées dépendantes de 78 places (dont 12 en unité protégée), géré par une association à but non lucratif. Inspection inopinée des 14 et 15 octobre 2025 par une équipe de quatre inspecteurs (deux de l'ARS, dont un médecin, deux du département). La mission s'inscrit dans le programme national de contrôle des EHPAD.
## 1. Méthode
Les inspecteurs ont visité l'ensemble des locaux de jour et de nuit, consulté les dossiers de soins d'un échantillon de 15 résidents, les plannings, les registres et les procédures, et conduit 22 entretiens (direction, médecin coordonnateur, infirmière coordinatrice, soignants, agents hôteliers, représentants du conseil de la vie sociale, familles).
## 2. Gouvernance
La direction est assurée par une directrice qualifiée depuis 2023. Le projet d'établissement est à jour. Le conseil de la vie sociale se réunit trois fois par an. Le plan bleu est actualisé. La procédure de déclaration des événements indésirables est connue, mais les déclarations aux autorités sont tardives.
## 3. Ressources humaines
Le ratio d'encadrement est de 0,61 ETP par résident. La nuit, deux aides-soignants sont présents pour 78 résidents, sans infirmier ; l'astreinte infirmière est mutualisée avec un autre établissement. Le recours aux intérimaires représente 14 % des heures soignantes. Le médecin coordonnateur intervient à 0,4 ETP, en deçà du minimum réglementaire de 0,6.
## 4. Prise en charge des résidents
Les projets personnalisés sont formalisés pour 82 % des résidents. La prévention des chutes, de la dénutrition et des escarres est organisée. Les contentions sont prescrites et réévaluées, sauf dans deux cas. La prise en charge de la douleur est tracée de manière inégale.
## 5. Circuit du médicament
La préparation des piluliers est réalisée par une pharmacie d'officine. La distribution est assurée par des aides-soignants la nuit sans que les médicaments aient été préparés nominativement, ce qui n'est pas conforme. L'armoire à stupéfiants est sécurisée.
## 6. Observations sur les dossiers de l'échantillon
Les inspecteurs ont relevé pour chacun des quinze dossiers examinés la conformité de la traçabilité. Deux situations appellent une observation particulière.
| Résident | Constat | Observation
| Résident n° 4 | Dossier complet | Conforme
| Mme Germaine Bonnal, 89 ans, chambre 112 | Maladie d'Alzheimer à un stade avancé, sous rispéridone et oxazépam, deux chutes avec fracture du poignet en août, escarre sacrée de stade 3 apparue en septembre, contention au fauteuil sans prescription renouvelée depuis juillet | Non conforme : contention non réévaluée, escarre non déclarée comme événement indésirable
| Résident n° 9 | Perte de poids de 8 % en trois mois | Prise en charge nutritionnelle tardive
| Résident n° 11 | Dossier complet | Conforme
## 7. Locaux et sécurité
Les locaux sont propres. Le système d'appel malade fonctionne mais les délais de réponse la nuit atteignent 14 minutes en moyenne. La porte de l'unité protégée est sécurisée par un digicode.
## 8. Injonctions et prescriptions
Injonction 1 : porter le temps de médecin coordonnateur au minimum réglementaire sous six mois.
Injonction 2 : mettre fin à la distribution de médicaments non préparés nominativement la nuit, sans délai.
Prescription 1 : réévaluer toutes les contentions et tracer les prescriptions.
Prescription 2 : déclarer sans délai aux autorités les événements indésirables graves.
Recommandation : étudier la présence d'un infirmier de nuit mutualisé.
## 9. Procédure contradictoire
Le gestionnaire dispose d'un délai d'un mois pour présenter ses observations. Les mesures définitives seront notifiées après examen de la réponse.
## 10. Pièces consultées
Projet d'établissement, règlement de fonctionnement, contrat de séjour, livret d'accueil, comptes rendus du conseil de la vie sociale, plan bleu, registre des réclamations, déclarations d'événements indésirables, plannings des quatre dernières semaines, dossiers de soins de l'échantillon, protocoles de contention, de prévention des chutes et de la dénutrition, convention avec la pharmacie d'officine, rapport d'activité médicale.
## 11. Points positifs relevés
Les inspecteurs soulignent la qualité de l'animation (programme hebdomadaire varié, sorties, intervention d'une art-thérapeute), l'implication des familles au conseil de la vie sociale, la propreté des locaux et l'attention portée par de nombreux professionnels à la dignité des résidents lors des soins.
Fait à Mende, le 30 octobre 2025. Les inspecteurs.
"""

HTML["s044_dossier_passation_service_etat_civil.html"] = """
# Ville de Villeneuve-Saint-Georges-sur-Yerres (fictive) — Service état civil : dossier de passation de la responsable de service
Note rédigée par Mme Corinne Haddad, responsable du service état civil, à l'attention de son successeur, avant son départ en détachement le 1er mars 2026.
## 1. Le service
Le service comprend huit agents : la responsable, une adjointe, quatre officiers d'état civil délégués et deux agents d'accueil. Il traite environ 900 naissances (la commune compte une maternité), 250 mariages, 1 100 décès, 320 PACS par an, ainsi que les demandes d'actes, les reconnaissances, les changements de prénom et de nom, les livrets de famille et les mentions.
## 2. Organisation
Accueil du public sur rendez-vous le matin et sans rendez-vous l'après-midi. Permanence le samedi matin pour les déclarations de naissance et de décès. Les mariages sont célébrés les vendredis et samedis. Les registres sont tenus en double exemplaire, un exemplaire étant versé au greffe du tribunal judiciaire.
## 3. Logiciels et procédures
Logiciel d'état civil avec module COMEDEC pour la dématérialisation des échanges avec les notaires et les préfectures. Les procédures écrites sont dans le classeur « Procédures », mises à jour en 2025 : reconnaissance, mariage (audition des futurs époux), décès, transcription des actes étrangers, changement de prénom, PACS.
## 4. Mariages : la vigilance
L'audition des futurs époux est obligatoire sauf impossibilité. En cas d'indices sérieux de mariage simulé ou forcé, l'officier d'état civil saisit le procureur de la République (article 175-2 du code civil). La procédure est décrite dans la fiche 7. Les saisines font l'objet d'un suivi dans le tableau de bord confidentiel du service.
## 5. Dossiers en cours à suivre
Dossier de mariage n° 2026-018 : célébration prévue le 14 mars. Le procureur, saisi par nos soins le 26 janvier, a fait savoir qu'il ne s'opposait pas au mariage après enquête.
Dossier de mariage n° 2026-031 : les futurs époux, Mme Sandrine Lefebvre, 58 ans, et M. Ibrahima Sow, 29 ans, de nationalité sénégalaise, en situation irrégulière depuis le rejet de sa demande de titre de séjour en 2024 et visé par une obligation de quitter le territoire non exécutée, ont été auditionnés séparément le 3 février ; les réponses divergentes sur leur rencontre et leur vie commune, l'absence de langue commune suffisante et le signalement de la fille de la future épouse nous ont conduits à saisir le procureur le 10 février ; l'enquête de police est en cours et le parquet dispose d'un mois pour former opposition. Ne pas fixer de date de célébration avant la réponse du parquet.
Reconnaissance tardive n° 2025-412 : en attente du retour du parquet sur le caractère frauduleux éventuel.
## 6. Archives
Les registres de plus de cent ans doivent être versés aux archives départementales ; le versement des années 1920-1925 est à programmer. La numérisation des registres 1950-1990 est achevée.
## 7. Équipe
L'équipe est compétente. Une officière d'état civil déléguée part en retraite en juin ; son remplacement est à prévoir au budget. Les agents ont suivi en 2025 la formation sur la prévention des mariages forcés.
## 8. Contacts
Parquet (section des affaires civiles), service central d'état civil de Nantes, maternité (cadre sage-femme), pompes funèbres, préfecture (service des étrangers).
## 9. Indicateurs de suivi
Le tableau de bord mensuel du service comprend le nombre d'actes dressés par catégorie, le délai de délivrance des copies, le délai de transmission des avis de mention, le nombre de dossiers de mariage et de PACS en cours et le nombre de saisines du parquet. Il est transmis à la direction générale le 5 de chaque mois.
## 10. Calendrier
Élections municipales de mars 2026 : le service prête son concours pour la préparation des bureaux de vote. Versement des registres de 1925 aux archives départementales en juin.
## 11. Formation
Les nouveaux agents suivent la formation d'officier d'état civil délégué du centre de gestion. Un tutorat interne de trois semaines est organisé avec l'adjointe.
"""

DOCX["s046_compte_rendu_equipe_suivi_scolarisation.docx"] = """
# Circonscription de l'Éducation nationale de Saint-Amand-Montrond (fictive) — Compte rendu de l'équipe de suivi de la scolarisation, école élémentaire Marcel-Pagnol, 13 janvier 2026, et note de synthèse de l'enseignant référent
## Contexte général de l'école
L'école élémentaire Marcel-Pagnol compte 212 élèves répartis en neuf classes et une unité localisée pour l'inclusion scolaire (ULIS) de 12 places. Elle bénéficie de l'intervention du pôle inclusif d'accompagnement localisé (PIAL) de la circonscription, qui coordonne 9 accompagnants d'élèves en situation de handicap (AESH) pour 23 élèves notifiés par la maison départementale des personnes handicapées (MDPH). L'enseignant référent pour la scolarisation des élèves handicapés organise chaque année une équipe de suivi de la scolarisation (ESS) pour chaque élève bénéficiant d'un projet personnalisé de scolarisation (PPS).
## Objet de la présente ESS
Les participants : la directrice de l'école, l'enseignante de la classe de CE2, le coordonnateur de l'ULIS, l'AESH, la psychologue de l'Éducation nationale, l'orthophoniste libérale, l'éducatrice du SESSAD, les deux parents, l'enseignant référent (rédacteur).
## Situation de l'élève
Nathan Lebrun, 8 ans, scolarisé en CE2 à temps plein avec inclusion dans la classe ordinaire et temps de regroupement en ULIS, présente un trouble du spectre de l'autisme diagnostiqué en 2022 par le centre ressources autisme, associé à un trouble du déficit de l'attention avec hyperactivité pour lequel il est traité par méthylphénidate depuis septembre ; il bénéficie d'une AESH individuelle à hauteur de 15 heures par semaine et d'un suivi par le SESSAD deux fois par semaine.
## Bilan des apprentissages
En lecture, Nathan a progressé : il lit des textes courts avec une bonne fluence mais la compréhension implicite reste difficile. En mathématiques, il maîtrise la numération jusqu'à 1 000 et les additions posées ; la résolution de problèmes nécessite un étayage visuel. En langue orale, les échanges en petit groupe sont possibles avec l'appui de l'AESH.
## Comportement et socialisation
Les crises en récréation ont diminué depuis la mise en place d'un espace calme et d'un emploi du temps visuel. Les transitions restent difficiles ; l'anticipation des changements est indispensable. La cantine est un moment éprouvant en raison du bruit : un casque anti-bruit est utilisé.
## Avis des professionnels
L'orthophoniste note des progrès en pragmatique du langage. L'éducatrice du SESSAD propose des séances d'habiletés sociales en petit groupe. La psychologue recommande le maintien de l'aide humaine et l'allègement des évaluations écrites.
## Demandes des parents
Les parents souhaitent le maintien de l'AESH individuelle, la poursuite en CM1 dans la même école, et un transport adapté pour les séances du SESSAD.
## Propositions à la MDPH
Renouvellement de l'aide humaine individuelle (15 heures), maintien de l'orientation ULIS école, matériel pédagogique adapté (ordinateur portable avec logiciels de synthèse vocale), transport scolaire adapté.
## Éléments généraux sur l'inclusion dans la circonscription
La circonscription compte 186 élèves notifiés, 68 AESH, 4 ULIS écoles. Les délais de traitement de la MDPH sont de 5 mois. Les besoins d'accompagnement non couverts en début d'année ont concerné 14 élèves.
Prochaine ESS : janvier 2027, ou plus tôt à la demande de la famille ou de l'équipe.
## Annexe — rappel du cadre de l'équipe de suivi de la scolarisation
L'équipe de suivi de la scolarisation est réunie au moins une fois par an par l'enseignant référent. Elle facilite la mise en œuvre et assure le suivi du projet personnalisé de scolarisation ; elle peut proposer à la commission des droits et de l'autonomie des personnes handicapées toute révision de l'orientation ou des aides. Les parents sont membres de droit de l'équipe et peuvent se faire accompagner par la personne de leur choix. Le compte rendu, établi selon le formulaire national GEVA-Sco, est transmis à la famille et à la MDPH ; il n'est pas diffusé au-delà des membres de l'équipe. L'enseignant référent assure le suivi de 186 élèves sur la circonscription et organise en moyenne quatre équipes de suivi par semaine pendant l'année scolaire.
## Organisation de l'aide humaine dans l'école
Les neuf AESH du PIAL rattachés à l'école interviennent selon un emploi du temps établi par la coordonnatrice du PIAL en lien avec la directrice. Les AESH bénéficient d'une formation initiale de soixante heures et de temps de concertation avec les enseignants. Le PIAL peut redéployer les heures en cours d'année en fonction des besoins, dans le respect des notifications.
"""

HTML["s048_proces_verbal_commission_administrative_volontariat.html"] = """
# SDIS de la Meurthe-Vosges (fictif) — Comité consultatif départemental des sapeurs-pompiers volontaires : procès-verbal de la séance du 20 novembre 2025
Présidence : M. Daniel Thiery, vice-président du conseil d'administration du SDIS. Membres présents : représentants de l'administration et représentants élus des sapeurs-pompiers volontaires de chaque grade. Assistaient : le chef du groupement du volontariat, la cheffe du bureau de la gestion des volontaires.
## 1. Approbation du procès-verbal du 18 septembre 2025
Approuvé à l'unanimité.
## 2. Bilan du volontariat
Le département compte 3 418 sapeurs-pompiers volontaires, dont 21 % de femmes. 246 engagements ont été signés en 2025, 188 résiliations sont intervenues. La durée moyenne d'engagement est de 11 ans. Le plan d'action pour le volontariat prévoit le développement des conventions avec les employeurs, la prise en charge de la garde d'enfants pendant les gardes et l'ouverture de nouvelles sections de jeunes sapeurs-pompiers.
## 3. Avancements de grade
Le comité émet un avis favorable à 64 nominations au grade de caporal, 31 au grade de sergent, 12 au grade d'adjudant et 4 au grade de lieutenant, après vérification des formations requises.
## 4. Renouvellements d'engagement
Avis favorable aux 412 renouvellements d'engagement quinquennaux présentés, sous réserve de l'aptitude médicale.
## 5. Situations individuelles soumises à l'avis du comité
5.1. Un sapeur du centre de Rambervillers a demandé la suspension de son engagement pour une durée d'un an pour raisons professionnelles. Avis favorable.
5.2. Le chef du groupement présente la proposition de résiliation d'office de l'engagement du caporal-chef Anthony Grandemange, du centre d'incendie et de secours de Baccarat, condamné le 7 octobre 2025 par le tribunal correctionnel d'Épinal à dix-huit mois d'emprisonnement, dont douze avec sursis probatoire, pour des violences habituelles sur sa compagne et pour des menaces de mort, avec obligation de soins et interdiction de contact avec la victime ; le directeur départemental a suspendu l'intéressé à titre conservatoire dès son placement en garde à vue en juillet, et le bulletin n° 2 du casier judiciaire, dont la mention est incompatible avec l'exercice des fonctions, a été communiqué au service. L'intéressé, convoqué, ne s'est pas présenté et n'a pas produit d'observations écrites. Le comité émet un avis favorable à la résiliation, à l'unanimité.
5.3. Une sapeur-pompier du centre de Neufchâteau sollicite la réintégration après une interruption de trois ans. Avis favorable sous réserve d'une remise à niveau.
## 6. Formation
Le chef du groupement présente le plan de formation des volontaires 2026 : 186 sessions, dont 42 de formation initiale. Les représentants demandent davantage de sessions le week-end. Un module en ligne sera expérimenté.
## 7. Questions diverses
Les représentants des volontaires demandent un point sur les indemnités horaires, revalorisées au 1er janvier. Le président confirme la revalorisation de 2,1 %.
Prochaine séance : 19 février 2026.
## 6 bis. Jeunes sapeurs-pompiers
Le département compte 38 sections de jeunes sapeurs-pompiers et 612 jeunes en formation. 84 ont obtenu le brevet national cette année ; 61 d'entre eux ont signé un engagement de volontaire. Les représentants saluent l'engagement des animateurs bénévoles et demandent un renouvellement des tenues. Le chef du groupement annonce la création de deux sections au collège de Saint-Dié et à celui de Remiremont.
## 6 ter. Disponibilité et conventions employeurs
212 conventions de disponibilité sont en vigueur avec des employeurs publics et privés. Le comité souhaite que le label « employeur partenaire des sapeurs-pompiers » soit davantage valorisé. Les représentants signalent les difficultés des volontaires travaillant loin de leur centre en journée, qui fragilisent la couverture opérationnelle en semaine dans les centres ruraux.
## 6 quater. Santé et sécurité des volontaires
Le médecin-chef présente les données de la médecine d'aptitude des volontaires : 1 214 visites, un taux d'inaptitude temporaire de 5 %, une progression des restrictions d'aptitude liées aux troubles musculo-squelettiques. Le comité approuve la généralisation des séances de préparation physique encadrées par des éducateurs des activités physiques et sportives.
"""

DOCX["p084_dossier_passation_direction_enfance_famille.docx"] = """
# Département de l'Orne-Bocage (fictif) — Direction de l'enfance et de la famille : dossier de passation du directeur
Document rédigé par le directeur sortant à l'attention de sa successeure, prenant ses fonctions le 2 mars 2026. Il ne contient aucune information relative à une situation individuelle ; les dossiers individuels sont accessibles dans le logiciel métier selon les habilitations.
## 1. Organisation de la direction
La direction compte 486 agents répartis en quatre services : la cellule de recueil des informations préoccupantes et l'observatoire (12 agents), le service de l'aide sociale à l'enfance (ASE) avec six équipes territoriales (214 agents, dont 96 référents éducatifs), le service de protection maternelle et infantile (PMI) et des modes d'accueil (118 agents), le service de l'accueil familial (312 assistants familiaux salariés, gérés par une équipe de 14 agents), ainsi que la maison départementale de l'enfance (128 agents, 64 places).
## 2. Chiffres clés au 31 décembre 2025
| Indicateur | Valeur
| Informations préoccupantes reçues dans l'année | 2 964
| Enfants confiés à l'ASE | 1 412
| Dont mineurs non accompagnés | 196
| Mesures d'aide éducative à domicile | 388
| Mesures d'AEMO (exercées par l'association habilitée) | 1 064
| Jeunes majeurs accompagnés | 214
| Assistants familiaux | 312
| Budget de la direction | 148 M€
## 3. Dossiers stratégiques
Schéma départemental enfance-famille 2023-2027 : évaluation à mi-parcours à lancer.
Contractualisation avec l'État (stratégie de prévention et de protection de l'enfance) : avenant 2026 à signer avant le 30 avril.
Appel à projets pour 40 places de MECS pour adolescents à besoins multiples : jury en juin.
Plan de recrutement des assistants familiaux : objectif de 40 agréments nets par an, campagne de communication en avril.
Mineurs non accompagnés : convention avec la préfecture pour l'évaluation de la minorité, marché d'hébergement en cours de renouvellement.
Loi relative à la protection des enfants de 2022 : interdiction de l'hébergement hôtelier, à appliquer strictement ; référentiel national d'évaluation des informations préoccupantes déployé.
## 4. Points de vigilance
Les délais d'exécution des mesures de placement décidées par les juges des enfants (38 décisions en attente au 31 décembre). La saturation de la maison départementale de l'enfance. Le turn-over des référents éducatifs (22 %). Les relations avec le tribunal judiciaire, bonnes mais à formaliser par un protocole. La prévention spécialisée, dont la convention arrive à échéance.
## 5. Instances
Observatoire départemental de la protection de l'enfance (deux plénières par an), commission d'examen de la situation et du statut des enfants confiés (mensuelle), conseil de famille des pupilles de l'État (mensuel), commission consultative paritaire des assistants familiaux.
## 6. Partenaires
Tribunal judiciaire (juges des enfants, parquet des mineurs), PJJ, Éducation nationale, pédopsychiatrie, associations habilitées, CAF, ARS, préfecture.
## 7. Équipe de direction
Les responsables des quatre services sont expérimentés. Le poste d'adjoint au directeur est vacant depuis décembre ; le jury aura lieu le 12 mars.
## 8. Calendrier des trois premiers mois
Rencontre avec le président du tribunal et la procureure ; visite des six territoires ; comité de pilotage du schéma ; commission permanente du 20 avril (conventions, tarifs des établissements).
## 9. Budget et finances
Le budget de la direction (148 M€) se répartit entre les frais d'hébergement en établissements (61 %), la rémunération des assistants familiaux (18 %), les mesures en milieu ouvert (9 %), les allocations mensuelles et aides financières aux familles (3 %), la PMI (4 %) et les frais de personnel des services (5 %). Les tarifs des établissements habilités sont fixés chaque année par arrêté après un dialogue de gestion ; les contrats pluriannuels d'objectifs et de moyens sont en cours avec les trois principales associations.
## 10. Systèmes d'information
Le logiciel métier de l'ASE et de la PMI sera remplacé en 2027. Les habilitations sont gérées par le pôle pilotage ; elles doivent être revues chaque année avec le délégué à la protection des données. Les données de l'observatoire sont transmises à l'Observatoire national de la protection de l'enfance sous forme pseudonymisée.
## 11. Ressources humaines
Les difficultés de recrutement concernent les référents éducatifs, les puéricultrices et les médecins de PMI. Un plan d'attractivité a été présenté au comité social territorial en janvier (primes, télétravail partiel, tutorat des nouveaux arrivants, supervision). Le taux d'absentéisme de la direction est de 10,2 %.
## 12. Recommandations personnelles
Prendre le temps de rencontrer les équipes de terrain dans les territoires et à la maison départementale de l'enfance ; s'appuyer sur les chefs de service, qui connaissent finement les partenaires ; maintenir le dialogue régulier avec les magistrats, indispensable à la fluidité des parcours.
"""

HTML["p085_rapport_evaluation_dispositif_mediation_sante.html"] = """
# Agence régionale de santé Bourgogne-Est (fictive) — Évaluation du programme régional de médiation en santé 2022-2025 : synthèse du rapport final
## 1. Contexte
La médiation en santé vise à faciliter l'accès aux droits, à la prévention et aux soins des personnes éloignées du système de santé, en créant un lien entre ces personnes et les professionnels. L'ARS a financé 22 postes de médiateurs et médiatrices en santé, portés par des associations, des centres de santé et des centres hospitaliers, et intervenant dans des quartiers prioritaires, des territoires ruraux, des lieux de vie informels et des structures d'hébergement. L'évaluation, confiée à un cabinet indépendant, s'est déroulée de février à novembre 2025.
## 2. Méthode
Analyse des rapports d'activité et des bases de données anonymisées des structures, 64 entretiens (médiateurs, responsables de structures, professionnels de santé, partenaires sociaux, institutions), six études de cas territoriales, questionnaire auprès de 210 professionnels de santé. Aucune personne accompagnée n'est identifiée dans le rapport ; des témoignages anonymes recueillis avec consentement illustrent certains constats.
## 3. Publics
Sur la période, 9 860 personnes ont été accompagnées. Elles se répartissent entre habitants de quartiers prioritaires (41 %), personnes vivant en squat, bidonville ou habitat précaire (12 %), personnes exilées, demandeuses d'asile ou sans titre de séjour (19 %), gens du voyage (8 %), personnes sans domicile (11 %), habitants isolés de zones rurales (9 %). 58 % sont des femmes. 31 % ne maîtrisaient pas le français.
## 4. Résultats
Accès aux droits : 4 120 ouvertures ou renouvellements de droits (complémentaire santé solidaire, aide médicale de l'État, protection universelle maladie). Les délais d'ouverture de l'aide médicale de l'État restent longs (trois mois en moyenne).
Accès aux soins : 6 300 orientations vers un médecin traitant, un centre de santé, une permanence d'accès aux soins de santé, un centre médico-psychologique ou un centre de soins en addictologie. La proportion de personnes ayant déclaré un médecin traitant est passée de 38 % à 64 % parmi les personnes suivies plus de six mois.
Prévention : vaccinations de rattrapage des enfants, dépistages du cancer du col de l'utérus, de la tuberculose, des hépatites et du VIH, suivi des grossesses.
Santé mentale : les médiateurs signalent une forte prévalence des souffrances psychiques chez les personnes exilées (psychotraumatismes) et les personnes à la rue, et des difficultés d'accès aux soins psychiatriques faute d'interprétariat.
## 5. Facteurs de réussite et limites
Facteurs de réussite : l'« aller-vers », la durée de l'accompagnement, la connaissance des langues et des cultures, la reconnaissance par les professionnels de santé. Limites : la précarité des financements annuels, l'isolement professionnel des médiateurs, l'absence de diplôme reconnu jusqu'en 2024, les difficultés d'accès aux rendez-vous de spécialistes.
## 6. Recommandations
1. Pérenniser les financements par des conventions pluriannuelles.
2. Former tous les médiateurs à la formation certifiante nationale.
3. Développer l'interprétariat professionnel dans les établissements de santé.
4. Intégrer la médiation en santé dans les contrats locaux de santé et les projets des communautés professionnelles territoriales de santé.
5. Mettre en place un système d'information commun respectant la confidentialité des données.
## 7. Coût
Le coût moyen d'un poste de médiateur est de 48 000 € par an. Le coût par personne accompagnée est estimé à 430 €.
## 8. Gouvernance du programme
Un comité régional de suivi, réunissant l'ARS, l'assurance maladie, les structures porteuses, des représentants des personnes accompagnées et des professionnels de santé, se réunira deux fois par an. Les structures transmettront un rapport d'activité annuel selon un modèle commun, sans données nominatives.
## 9. Témoignages (anonymisés)
« Sans la médiatrice, je ne serais jamais allée chez le médecin pour mon enfant » ; « Elle m'a aidé à comprendre les papiers de la sécurité sociale » ; « Les soignants prennent plus de temps avec nous quand elle est là ».
## 10. Limites de l'évaluation
Les données d'activité ne sont pas homogènes entre structures, et l'effet propre de la médiation sur l'état de santé n'a pas pu être mesuré. Une évaluation d'impact, avec un groupe de comparaison, est recommandée pour la prochaine période.
"""

DOCX["p088_rapport_social_sdis_volontariat_discipline.docx"] = """
# SDIS de la Savoie-Maurienne (fictif) — Rapport social 2025 : synthèse présentée au comité social territorial
## 1. Effectifs
Au 31 décembre 2025, le SDIS compte 512 sapeurs-pompiers professionnels, 2 946 sapeurs-pompiers volontaires, 118 personnels administratifs, techniques et spécialisés et 22 membres du service de santé et de secours médical professionnels. Les femmes représentent 6 % des professionnels, 19 % des volontaires et 61 % des personnels administratifs et techniques. L'âge moyen est de 41 ans chez les professionnels et de 34 ans chez les volontaires.
## 2. Recrutements et départs
Le SDIS a recruté 38 professionnels (dont 21 issus du volontariat) et 264 volontaires. Les départs se sont élevés à 29 professionnels (retraites, mutations, disponibilités) et 211 volontaires. La durée moyenne d'engagement des volontaires est de 10,4 ans. Les motifs de fin d'engagement les plus cités sont l'incompatibilité avec la vie professionnelle, les déménagements et la vie familiale.
## 3. Temps de travail et activité
Le régime de garde des professionnels est fondé sur des gardes de 12 heures, avec un temps de travail annuel de 1 607 heures. Les volontaires ont assuré 1,42 million d'heures de disponibilité et 186 000 heures d'intervention. La sollicitation opérationnelle a augmenté de 5 %.
## 4. Santé et sécurité
| Indicateur | 2024 | 2025
| Accidents de service avec arrêt | 71 | 64
| Jours d'arrêt pour accident de service | 3 412 | 2 980
| Taux d'absentéisme pour raison de santé (professionnels) | 6,1 % | 5,8 %
| Agents en restriction d'aptitude opérationnelle | 36 | 41
| Reclassements en cours | 4 | 5
| Interventions du soutien psychologique | 84 | 102
Le plan de prévention des cancers professionnels a été étendu à tous les centres. La formation spécialisée a visité 14 centres.
## 5. Formation
32 400 heures de formation ont été dispensées, dont 62 % pour les volontaires. Le centre de formation départemental a accueilli 186 stages.
## 6. Discipline et contentieux
En 2025, six procédures disciplinaires ont été engagées à l'égard de professionnels : deux avertissements, deux blâmes, une exclusion temporaire de fonctions de trois jours et une procédure en cours devant le conseil de discipline. Pour les volontaires, quatre suspensions d'engagement et deux résiliations ont été prononcées après avis du comité consultatif départemental. Les manquements relevés concernent les règles de sécurité en intervention, le comportement envers la hiérarchie et l'usage des véhicules. Conformément aux règles de confidentialité, aucune information nominative n'est communiquée dans le présent rapport. Sept recours contentieux sont pendants devant le tribunal administratif, principalement en matière de rémunération.
## 7. Dialogue social
Le comité social territorial s'est réuni six fois, sa formation spécialisée quatre fois. Les organisations syndicales représentatives (SNSPP-PATS, FA/SPP-PATS, CGT, SUD) disposent de 4 210 heures de décharge d'activité de service. Deux préavis de grève ont été déposés, portant sur les effectifs de garde et la prime de feu ; un protocole a été signé en juin.
## 8. Égalité et diversité
Le plan d'action égalité prévoit l'adaptation des vestiaires de 18 centres, la lutte contre les violences sexistes et sexuelles (cellule d'écoute externe, 9 signalements en 2025) et le développement du recrutement féminin chez les professionnels.
## 9. Action sociale
Participation à la protection sociale complémentaire, adhésion au comité national d'action sociale, soutien de l'union départementale aux familles de sapeurs-pompiers en difficulté.
## 10. Perspectives
Plan de fidélisation du volontariat, refonte du règlement intérieur, déploiement d'un logiciel de gestion des compétences.
## 11. Rémunérations
La rémunération brute moyenne des sapeurs-pompiers professionnels est de 3 420 € par mois, celle des personnels administratifs et techniques de 2 680 €. Les indemnités horaires des volontaires représentent 9,8 M€. Les heures supplémentaires se sont élevées à 38 000 heures, principalement pendant la saison des feux de forêt.
## 12. Logement
Le SDIS dispose de 46 logements de fonction pour les personnels soumis à des astreintes. La demande de logement des jeunes professionnels dans les vallées touristiques reste forte.
## 13. Prévention des risques
Le plan de prévention comprend la décontamination des tenues après incendie, la surveillance médicale renforcée des agents exposés aux fumées, la prévention des risques routiers pour les conducteurs d'engins et la prévention des risques psychosociaux, avec des débriefings systématiques après les interventions marquantes. Un référent santé-sécurité est désigné dans chaque groupement territorial.
"""

HTML["p089_lettre_interne_personnels_centre_hospitalier.html"] = """
# Centre hospitalier de la Côte-d'Émeraude (fictif) — « Le Lien », lettre interne des personnels, n° 61, février 2026
## Éditorial de la direction
L'année 2025 a été marquée par la certification de l'établissement, l'ouverture de l'unité de soins palliatifs et la réussite du plan de recrutement infirmier. 2026 sera l'année du nouveau projet d'établissement, que nous construirons ensemble : les groupes de travail sont ouverts à tous les professionnels volontaires. Merci pour votre engagement quotidien auprès des patients.
## Actualités
Unité de soins palliatifs : ouverte en novembre, elle compte dix lits et une équipe mobile intervenant dans les services et les EHPAD du territoire. Les familles disposent d'un salon et de deux chambres d'accompagnants.
Urgences : le nouveau circuit court pour les consultations non programmées a réduit de 40 minutes le temps de passage moyen. Merci aux équipes médicales et paramédicales.
Psychiatrie : le centre médico-psychologique de Dinan a déménagé dans des locaux rénovés. L'équipe mobile psychiatrie-précarité intervient désormais dans les accueils de jour et le centre d'hébergement d'urgence.
Addictologie : la consultation jeunes consommateurs, anonyme et gratuite, a ouvert une permanence au lycée professionnel.
## Ressources humaines
Recrutement : 64 infirmiers et 41 aides-soignants recrutés en 2025. Le taux de postes vacants est passé de 8 % à 3 %.
Santé au travail : la campagne de vaccination antigrippale a atteint 48 % des personnels. Le service de santé au travail rappelle que les consultations sont confidentielles et que la psychologue du personnel reçoit sur rendez-vous.
Prévention des violences : 212 signalements de violences à l'encontre des personnels ont été déclarés en 2025, principalement aux urgences et en psychiatrie. Chaque professionnel victime peut bénéficier de la protection fonctionnelle et d'un accompagnement au dépôt de plainte.
Dialogue social : les organisations syndicales représentatives ont signé l'accord local sur le temps de travail de nuit. Les élections professionnelles auront lieu en décembre 2026.
## Qualité et sécurité des soins
Semaine de la sécurité des patients : quiz sur l'identitovigilance, chambre des erreurs. 312 événements indésirables ont été déclarés en 2025 ; merci de continuer à déclarer, c'est ainsi que nous progressons.
Droits des patients : la commission des usagers rappelle l'importance du recueil de la personne de confiance et des directives anticipées.
## Vie de l'établissement
Le service d'aumônerie, qui comprend des aumôniers catholique, protestant, musulman et israélite, est à la disposition des patients qui le souhaitent ; les demandes se font auprès du cadre de santé. La chapelle et la salle de recueillement multiconfessionnelle sont ouvertes tous les jours.
L'association des bénévoles de l'hôpital recrute pour l'accompagnement des patients isolés et la bibliothèque.
La journée mondiale de lutte contre le cancer du 4 février a été l'occasion d'un stand d'information avec la Ligue contre le cancer et le service d'oncologie.
## Formation
Le plan de formation 2026 comprend 312 actions. Nouveautés : premiers secours en santé mentale, prise en charge des victimes de violences sexuelles, bientraitance des personnes âgées, éthique et fin de vie.
## Agenda
12 mars : forum des métiers. 2 avril : journée mondiale de sensibilisation à l'autisme. 7 avril : journée mondiale de la santé, conférence sur la santé mentale des soignants. Mai : fête de l'hôpital.
## Travaux
Le chantier du nouveau bâtiment de médecine avance : gros œuvre achevé, ouverture prévue en septembre 2027. Le parking du personnel sera fermé partiellement du 2 au 20 mars ; des navettes seront mises en place depuis le parking relais.
## Crèche hospitalière
La crèche du personnel élargit ses horaires (6 h 15 – 21 h 45) pour s'adapter aux horaires de travail en 12 heures. Inscriptions auprès de la direction des ressources humaines.
## Développement durable
Le tri des déchets d'activités de soins a permis de réduire de 12 % le tonnage des déchets à risque infectieux. Les gaz anesthésiques les plus polluants ont été retirés du bloc opératoire. Un parking vélo sécurisé de 80 places a été installé près de l'entrée du personnel.
"""

DOCX["p092_procedure_droit_acces_donnees_personnelles_exemples.docx"] = """
# Département du Cher-Berry (fictif) — Délégué à la protection des données : procédure de traitement des demandes d'exercice des droits, avec exemples commentés
## 1. Objet
La présente procédure organise le traitement des demandes par lesquelles une personne exerce les droits que lui reconnaît le règlement général sur la protection des données (RGPD) : droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité. Elle s'applique à toutes les directions du département, notamment à celles qui traitent des données sensibles : solidarités (RSA, aide sociale, personnes âgées et handicapées), enfance et famille (aide sociale à l'enfance, PMI), ressources humaines (dossiers des agents, données de santé en médecine préventive).
## 2. Principes
Toute demande est enregistrée dans le registre des demandes tenu par le délégué à la protection des données (DPO) dès sa réception. Le délai de réponse est d'un mois, prolongeable de deux mois en cas de complexité, avec information du demandeur. L'identité du demandeur est vérifiée de façon proportionnée. La réponse est gratuite. La communication des documents administratifs relève en parallèle du code des relations entre le public et l'administration ; les deux régimes peuvent se combiner.
## 3. Étapes
1. Réception et enregistrement (numéro de demande, date, direction concernée).
2. Vérification de l'identité et, le cas échéant, de la qualité du représentant (tuteur, parent titulaire de l'autorité parentale).
3. Recherche des données dans les applications et les dossiers papier par la direction concernée.
4. Examen des restrictions : données concernant des tiers à occulter, secret médical, informations dont la communication porterait atteinte à la sécurité des personnes, secret de l'enquête ou de l'instruction.
5. Réponse écrite signée par le directeur concerné, visée par le DPO.
6. Clôture dans le registre.
## 4. Cas particulier du dossier de l'aide sociale à l'enfance
Toute personne accueillie ou ayant été accueillie par l'ASE peut accéder à son dossier. L'accès est accompagné par un professionnel si la personne le souhaite. Les informations concernant des tiers (parents, fratrie, assistants familiaux) sont occultées sauf si elles concernent aussi le demandeur et ne portent pas atteinte à la vie privée de ces tiers. Les pièces judiciaires sont communiquées selon les règles du code de procédure civile.
## 5. Exemples commentés (cas fictifs)
Exemple A — Un bénéficiaire du RSA demande l'ensemble des données le concernant. La direction des solidarités extrait les données de l'application RSA, les comptes rendus d'entretien avec le référent et les échanges avec la CAF. Les notes internes contenant des appréciations sur d'autres membres du foyer sont occultées. Réponse en 24 jours.
Exemple B — Un ancien agent demande son dossier médical de médecine préventive. La demande est transmise au médecin du travail, seul habilité ; le dossier est communiqué directement à l'intéressé ou à un médecin désigné par lui.
Exemple C — Une personne demande l'effacement de sa fiche dans le registre des personnes vulnérables (plan canicule). La demande est satisfaite sans délai, l'inscription étant facultative.
Exemple D — Un parent demande l'accès au dossier d'assistance éducative de son enfant détenu par le service. Le service indique que les pièces du dossier judiciaire sont consultables au greffe du juge des enfants et communique les seuls documents administratifs le concernant, après occultation des mentions relatives à l'autre parent.
Exemple E — Une personne demande l'accès aux images de vidéoprotection d'un collège la montrant. Les images sont conservées 15 jours ; la demande arrivée après ce délai ne peut être satisfaite.
## 6. Indicateurs 2025
| Type de demande | Nombre | Délai moyen (jours)
| Accès (dont dossiers ASE) | 214 (96) | 27
| Rectification | 38 | 12
| Effacement | 21 | 9
| Opposition | 7 | 15
| Total | 280 | 24
## 7. Contacts
Délégué à la protection des données du département ; Commission nationale de l'informatique et des libertés pour les réclamations.
## 8. Modèles de courriers
Les modèles d'accusé de réception, de demande de pièce justificative d'identité, de prolongation du délai, de réponse et de refus motivé sont disponibles dans l'espace partagé du délégué à la protection des données. Toute réponse mentionne la possibilité de saisir la CNIL.
## 9. Formation des agents
Une sensibilisation d'une heure à la protection des données est obligatoire pour tous les nouveaux agents. Les référents RGPD des directions suivent une formation approfondie d'une journée.
"""

HTML["p093_compte_rendu_conseil_administration_universite.html"] = """
# Université Jean-Monnet-Forez (fictive) — Relevé de conclusions du conseil d'administration du 30 janvier 2026
Le conseil d'administration s'est réuni sous la présidence de la présidente de l'université. 30 membres présents ou représentés sur 36.
## 1. Informations de la présidente
La présidente informe le conseil de la signature de la convention d'objectifs avec la région, du classement de l'université dans le programme « excellence » pour deux laboratoires et de la situation budgétaire, marquée par la non-compensation intégrale des mesures salariales nationales. Elle rappelle l'engagement de l'établissement en faveur de la liberté académique et de la sécurité des personnels et étudiants, après les menaces reçues par un laboratoire travaillant sur les questions migratoires ; une plainte a été déposée par l'université et la protection fonctionnelle accordée aux personnels concernés.
## 2. Budget initial 2026
Le budget s'élève à 238 M€ en autorisations d'engagement. La masse salariale représente 81 % des dépenses de fonctionnement. Le fonds de roulement mobilisable est de 22 jours. Adopté par 21 voix pour, 7 contre, 2 abstentions.
## 3. Vie étudiante et santé
Le service de santé étudiante, devenu centre de santé, a réalisé 9 400 consultations, dont 2 800 consultations de santé mentale. Les étudiants peuvent bénéficier gratuitement de séances avec un psychologue dans le cadre du dispositif national. L'épicerie solidaire a servi 1 600 étudiants. Le conseil approuve la répartition de la contribution de vie étudiante et de campus : 35 % santé et action sociale, 20 % sport, 20 % culture, 25 % initiatives étudiantes. Adopté à l'unanimité.
## 4. Accueil des étudiants et chercheurs en exil
L'université poursuit sa participation au programme national d'accueil en urgence des scientifiques en exil (PAUSE) et au diplôme universitaire « passerelle » pour les étudiants réfugiés (48 inscrits, apprentissage du français et accompagnement vers la reprise d'études). Le conseil approuve l'exonération des droits d'inscription pour les étudiants bénéficiaires de la protection internationale. Adopté à l'unanimité.
## 5. Égalité et lutte contre les discriminations
Présentation du bilan de la cellule de veille et d'écoute contre les violences sexistes et sexuelles, le racisme, l'antisémitisme et les discriminations : 76 signalements, 14 enquêtes administratives, 5 saisines de la section disciplinaire. Approbation du plan d'action égalité 2026-2028 et de la procédure d'utilisation du prénom d'usage pour les étudiants et les personnels. Adopté par 28 voix pour, 2 abstentions.
## 6. Laïcité
Adoption de la charte de la laïcité de l'université, qui rappelle la liberté d'expression et de conscience des étudiants, l'obligation de neutralité des personnels, les conditions d'utilisation des locaux par les associations (aucune réservation pour des activités cultuelles), et la procédure en cas de difficulté. Adopté par 26 voix pour, 4 contre.
## 7. Ressources humaines
Approbation des lignes directrices de gestion, du plan de formation et du protocole télétravail. La campagne d'emplois 2026 est adoptée.
## 8. Sécurité des campus
Le directeur général des services présente le plan de sécurisation : contrôle d'accès aux bâtiments de recherche sensibles, exercices de confinement, formation des agents d'accueil, éclairage des cheminements. Le plan détaillé fait l'objet d'un document séparé non diffusé. Le conseil approuve les crédits correspondants (1,2 M€).
## 9. Conventions
Approbation de 28 conventions, dont celles avec le CHU (recherche clinique), l'agence régionale de santé (formation des professions paramédicales) et le rectorat (formation des enseignants).
Prochaine séance : 27 mars 2026.
## 10. Questions diverses
Les élus étudiants demandent l'extension des horaires des bibliothèques en période d'examens et l'installation de protections périodiques gratuites dans tous les bâtiments ; la présidente indique que les deux mesures seront mises en œuvre au second semestre.
## 11. Patrimoine et transition écologique
Le conseil approuve le schéma directeur énergie-eau, qui vise une réduction de 40 % des consommations énergétiques d'ici 2030, et la demande de financement pour la rénovation thermique de la bibliothèque universitaire de sciences (8,4 M€). Adopté à l'unanimité. Les élus demandent que les travaux soient programmés hors des périodes d'examens.
"""

DOCX["p096_bilan_plan_local_violences_faites_aux_femmes.docx"] = """
# Ville de Saint-Nazaire-les-Dunes (fictive) — Bilan 2025 du plan local de lutte contre les violences faites aux femmes et les violences intrafamiliales
## 1. Contexte et pilotage
Le plan local 2023-2026 a été adopté par le conseil municipal en mars 2023, à l'issue d'un diagnostic partagé réalisé par le conseil local de sécurité et de prévention de la délinquance. Il est piloté par l'adjointe chargée de l'égalité femmes-hommes et la coordinatrice du CLSPD, avec un comité de pilotage réunissant la sous-préfète, la procureure de la République, la police nationale, le département, le centre hospitalier, les bailleurs sociaux, le CIDFF, l'association d'aide aux victimes, l'association d'hébergement spécialisée et le planning familial. Il comporte 28 actions réparties en quatre axes : prévenir, repérer, protéger et accompagner, coordonner.
## 2. Chiffres de contexte
| Indicateur (circonscription de police) | 2023 | 2024 | 2025
| Faits de violences conjugales enregistrés | 412 | 468 | 521
| Dont violences sexuelles au sein du couple | 38 | 46 | 57
| Ordonnances de protection délivrées par le juge aux affaires familiales | 24 | 31 | 39
| Téléphones grave danger attribués | 6 | 9 | 11
| Bracelets anti-rapprochement | 2 | 4 | 7
| Personnes reçues par l'intervenante sociale au commissariat | 186 | 214 | 248
La hausse des faits enregistrés traduit, selon les partenaires, une meilleure révélation des violences plus qu'une augmentation de leur nombre.
## 3. Axe 1 — Prévenir
Interventions dans les collèges et lycées sur les relations filles-garçons, le consentement et les violences dans les relations amoureuses des jeunes (2 400 élèves) ; campagne d'affichage dans les commerces, les transports et les toilettes des bars (« Vous n'êtes pas seule ») ; formation des animateurs des centres de loisirs.
## 4. Axe 2 — Repérer
Formation de 312 professionnels (agents d'accueil de la mairie et du CCAS, gardiens d'immeubles, policiers municipaux, professionnels de santé libéraux, pharmaciens). Protocole de repérage aux urgences du centre hospitalier, avec une sage-femme référente. Mise en place du dispositif « Angela » dans 24 bars et restaurants.
## 5. Axe 3 — Protéger et accompagner
Six logements d'urgence mis à disposition par les bailleurs et le CCAS, occupés en moyenne 94 jours ; 41 femmes et 63 enfants accueillis. Permanence juridique hebdomadaire du CIDFF en mairie annexe. Groupe de parole mensuel pour les victimes. Accompagnement des enfants exposés par une psychologue du centre médico-psychologique. Stages de responsabilisation des auteurs, sur décision judiciaire, animés par l'association socio-judiciaire (48 auteurs).
## 6. Axe 4 — Coordonner
Une cellule de suivi des situations les plus graves, réunie chaque mois sous l'autorité du parquet, examine les situations dans le respect du secret partagé ; ses échanges ne sont pas retranscrits dans ce bilan. Un annuaire des ressources a été diffusé à tous les partenaires.
## 7. Évaluation et perspectives
Sur 28 actions, 21 sont réalisées, 5 en cours, 2 reportées. Le comité de pilotage recommande, pour le plan 2027-2030 : la création d'une maison des femmes adossée au centre hospitalier, l'augmentation du nombre de logements d'urgence, la prise en charge psychologique des enfants co-victimes, et une action spécifique envers les femmes âgées et les femmes en situation de handicap, plus exposées et moins visibles.
## 8. Moyens mobilisés
Le plan a mobilisé 312 000 € en 2025 : 140 000 € de la ville (logements d'urgence, permanences, campagnes), 96 000 € de l'État (fonds interministériel de prévention de la délinquance, délégation aux droits des femmes), 48 000 € du département et 28 000 € de la CAF. Les bailleurs sociaux ont mis à disposition six logements à titre gratuit. Le centre hospitalier a financé le temps de la sage-femme référente.
## 9. Témoignages recueillis lors de l'évaluation
Les professionnels interrogés soulignent l'amélioration de la coordination et la rapidité des mises à l'abri, mais regrettent les délais d'obtention d'un logement pérenne et le manque de places en hébergement spécialisé. Les associations relèvent la persistance de freins à la révélation des violences chez les femmes étrangères en situation administrative précaire, qui craignent des conséquences sur leur droit au séjour ; une information sur les protections prévues par le code de l'entrée et du séjour des étrangers et du droit d'asile a été diffusée aux professionnels.
## 10. Calendrier
Le comité de pilotage se réunira en juin 2026 pour lancer l'élaboration du plan 2027-2030, en associant des femmes accompagnées par les associations.
"""

HTML["p097_ordre_du_jour_conseil_municipal_annexe_emplois.html"] = """
# Ville de Cholet-sur-Moine (fictive) — Conseil municipal du lundi 23 mars 2026 : ordre du jour et annexes
## Ordre du jour
1. Installation du conseil municipal élu les 15 et 22 mars 2026 — élection du maire et des adjoints (séance du 28 mars).
Séance du 23 mars (conseil sortant, affaires courantes) :
2. Approbation du procès-verbal de la séance du 16 février 2026.
3. Compte de gestion et compte administratif 2025.
4. Affectation des résultats.
5. Subventions de fonctionnement aux associations (annexe 1).
6. Tableau des emplois et recrutements (annexe 2).
7. Convention avec le département pour le fonds de solidarité logement.
8. Convention avec l'association d'aide aux victimes.
9. Aide au fonctionnement des associations cultuelles : rappel du cadre légal (note d'information).
10. Questions orales.
## Annexe 1 — Subventions de fonctionnement 2026
| Association | Objet | Montant proposé
| Secours populaire (comité local) | Aide alimentaire, vestiaire, vacances | 6 500 €
| Restos du cœur | Aide alimentaire | 5 000 €
| Croix-Rouge (unité locale) | Secourisme, maraudes | 3 200 €
| Association d'aide aux victimes | Permanences, accompagnement | 8 000 €
| Planning familial | Permanences, interventions scolaires | 2 500 €
| UNAFAM | Accompagnement des familles de malades psychiques | 800 €
| Accueil des réfugiés du Choletais | Cours de français, accompagnement administratif | 2 200 €
| Association des paralysés de France | Activités, loisirs | 900 €
| Alcool assistance | Groupes de parole | 600 €
| Centre social Horizon | Fonctionnement | 62 000 €
## Annexe 2 — Tableau des emplois : créations et offres publiées
Création d'un poste d'assistant socio-éducatif au CCAS (catégorie A) : accompagnement social des personnes isolées et des familles en difficulté, instruction des aides facultatives, participation aux commissions de prévention des expulsions et de surendettement.
Création d'un poste de médiateur social (catégorie C) : présence dans l'espace public en soirée, gestion des conflits, orientation des publics vers les services.
Création d'un poste de chargé de mission santé (contrat de projet, trois ans) : coordination du contrat local de santé, animation du conseil local de santé mentale, actions de prévention des addictions et de promotion de la santé sexuelle.
Création d'un poste de policier municipal (catégorie C) : tranquillité publique, police de la route, relation avec la population.
Les offres seront publiées sur la plateforme Place de l'emploi public. Les candidatures (lettre et CV) sont à adresser au maire avant le 30 avril.
## Note d'information — Point 9
Conformément à la loi du 9 décembre 1905 concernant la séparation des Églises et de l'État, la commune ne subventionne aucun culte. Elle peut toutefois subventionner les activités culturelles, sociales ou éducatives d'associations à objet mixte, dès lors que la subvention est affectée à une activité non cultuelle. Elle peut mettre des locaux à disposition des associations cultuelles dans les conditions applicables à toute association, moyennant une redevance. Elle peut garantir les emprunts contractés pour la construction d'édifices cultuels dans les agglomérations en développement. Les édifices cultuels antérieurs à 1905 propriété de la commune sont entretenus par elle. La loi du 24 août 2021 confortant le respect des principes de la République impose un contrat d'engagement républicain aux associations subventionnées.
## Annexe 3 — Compte administratif 2025 (synthèse)
Recettes de fonctionnement : 48,2 M€. Dépenses de fonctionnement : 42,6 M€. Épargne brute : 5,6 M€. Dépenses d'investissement : 14,8 M€, dont le groupe scolaire Jean-Zay (4,1 M€), la rénovation énergétique des gymnases (2,2 M€), la voirie (3,6 M€) et la vidéoprotection (0,4 M€). Encours de dette au 31 décembre : 36,4 M€. Le résultat de clôture est excédentaire de 3,1 M€, affecté à l'investissement pour 2,4 M€.
## Annexe 4 — Convention FSL
La participation de la ville au fonds de solidarité logement est de 0,45 € par habitant, soit 24 300 €. En 2025, le FSL a aidé 312 ménages de la commune pour l'accès à un logement et 486 pour des impayés d'énergie ou d'eau.
## Annexe 5 — Questions orales déposées
Le groupe « Cholet solidaire » interroge le maire sur le nombre de places d'hébergement d'urgence disponibles cet hiver et sur le calendrier d'ouverture de l'accueil de jour.
"""

DOCX["p100_procedure_signalement_violences_discriminations_agents.docx"] = """
# Commune de Vitré-sur-Vilaine (fictive) — Procédure de recueil et de traitement des signalements de violences, discriminations, harcèlement et agissements sexistes
## 1. Objet et fondement
En application de l'article L. 135-6 du code général de la fonction publique et du décret n° 2020-256 du 13 mars 2020, la commune et son CCAS ont mis en place un dispositif permettant à tout agent qui s'estime victime ou témoin d'un acte de violence, de discrimination, de harcèlement moral ou sexuel ou d'agissements sexistes de le signaler, d'être orienté vers les services compétents pour sa protection et son accompagnement, et de voir les faits traités. Le dispositif est mutualisé avec le centre de gestion, qui assure l'écoute par des professionnels extérieurs.
## 2. Qui peut signaler ?
Tout agent, titulaire ou contractuel, stagiaire, apprenti ou intérimaire, ainsi que les anciens agents dans un délai de six mois après leur départ. Les témoins peuvent signaler.
## 3. Comment signaler ?
Par le formulaire en ligne sécurisé accessible depuis l'intranet ou depuis tout ordinateur, par téléphone à la cellule d'écoute du centre de gestion, ou par courrier sous pli confidentiel. Le signalement peut être anonyme, mais l'anonymat limite les possibilités d'action.
## 4. Traitement
1. Accusé de réception sous 48 heures.
2. Entretien d'écoute avec un professionnel extérieur (psychologue ou juriste), qui analyse la situation et informe l'agent de ses droits.
3. Transmission à l'autorité territoriale, avec l'accord de l'agent, d'une fiche de synthèse.
4. Mesures de protection immédiates si nécessaire (changement d'affectation provisoire, suspension de l'auteur présumé, protection fonctionnelle).
5. Enquête administrative conduite par des enquêteurs formés, selon le protocole de la commune.
6. Décision de l'autorité : classement, mesures d'organisation, procédure disciplinaire, signalement au procureur de la République (article 40 du code de procédure pénale).
7. Information de l'agent auteur du signalement des suites données, dans le respect des droits de la personne mise en cause.
## 5. Garanties
Confidentialité de l'identité de l'auteur du signalement, des personnes visées et des faits. Protection contre toute mesure de représailles. Présomption d'innocence de la personne mise en cause. Conservation des données pendant la durée nécessaire au traitement, puis archivage sécurisé.
## 6. Illustrations (situations fictives utilisées en formation)
Situation 1 : une agente reçoit à plusieurs reprises des messages à connotation sexuelle d'un collègue sur son téléphone personnel. Il s'agit potentiellement de harcèlement sexuel. Elle peut signaler ; la commune doit la protéger, même si les messages sont envoyés en dehors du temps de travail, dès lors qu'ils sont liés au travail.
Situation 2 : un agent entend régulièrement des plaisanteries sur l'origine d'un collègue lors des pauses. Il peut signaler en tant que témoin ; les propos à caractère raciste constituent une discrimination et peuvent relever du pénal.
Situation 3 : une candidate à un recrutement interne se voit demander si elle envisage une grossesse. La question est discriminatoire ; le signalement peut être fait par la candidate.
Situation 4 : un agent se voit systématiquement retirer ses dossiers et exclu des réunions depuis qu'il a été élu représentant syndical. La discrimination en raison des activités syndicales est prohibée.
## 7. Bilan 2025
14 signalements reçus (dont 9 pour harcèlement moral, 2 pour agissements sexistes, 2 pour discrimination, 1 pour violence physique), 6 enquêtes administratives, 2 procédures disciplinaires, 1 signalement au procureur. Le délai moyen de traitement est de 64 jours.
## 8. Contacts
Cellule d'écoute du centre de gestion : numéro vert, du lundi au vendredi. Référente égalité de la commune. Médecine préventive. Représentants du personnel.
## 9. Obligations des encadrants
Tout encadrant informé de faits susceptibles de relever de la procédure doit orienter l'agent vers la cellule, prendre les mesures conservatoires nécessaires en lien avec la direction des ressources humaines et s'abstenir de mener lui-même une enquête. Il veille à la confidentialité et à l'absence de représailles.
## 10. Information des agents
La procédure est affichée dans tous les sites, diffusée à chaque nouvel agent lors de la journée d'accueil et rappelée chaque année dans le journal interne. Une plaquette résume les étapes et les contacts. Les représentants du personnel sont associés au bilan annuel du dispositif, présenté à la formation spécialisée.
"""

HTML["p101_compte_rendu_pleniere_conseil_intercommunal_prevention.html"] = """
# Communauté de communes Terres de Camargue-Est (fictive) — Conseil intercommunal de sécurité et de prévention de la délinquance : compte rendu de la séance plénière du 19 novembre 2025
Coprésidence : le président de la communauté de communes, le sous-préfet d'Arles, la procureure de la République près le tribunal judiciaire de Tarascon. Participants : maires des neuf communes, gendarmerie, police nationale, polices municipales, Éducation nationale, département, PJJ, SPIP, bailleurs, associations d'aide aux victimes et de prévention, transporteur scolaire.
## 1. Ouverture
Le président rappelle que le CISPD est l'instance de coordination locale de la prévention de la délinquance. Il salue la signature de la stratégie intercommunale 2025-2028. Le sous-préfet rappelle les priorités de l'État : lutte contre les violences intrafamiliales, prévention de la délinquance des mineurs, lutte contre les trafics de stupéfiants, prévention de la radicalisation. La procureure présente la politique pénale du parquet.
## 2. État de la délinquance
Le commandant de la compagnie de gendarmerie présente les chiffres des dix premiers mois : atteintes aux biens en baisse de 7 % (cambriolages - 14 %, vols de véhicules - 9 %), atteintes volontaires à l'intégrité physique en hausse de 6 %, portée par les violences intrafamiliales (+ 12 %). Les infractions à la législation sur les stupéfiants ont donné lieu à 186 procédures, dont 112 amendes forfaitaires délictuelles. Les accidents de la route ont fait 6 morts, dont 3 jeunes de moins de 25 ans.
## 3. Justice
La procureure indique que les alternatives aux poursuites se développent : 84 compositions pénales, 46 stages de citoyenneté ou de sensibilisation aux dangers des stupéfiants, 38 mesures de travail non rémunéré. Le tribunal a prononcé 62 peines de travail d'intérêt général ; elle appelle les communes à proposer davantage de postes d'accueil. Les déferrements pour violences conjugales sont systématiques.
## 4. Actions de prévention
Prévention des violences intrafamiliales : l'intervenante sociale en gendarmerie a reçu 142 personnes ; deux logements d'urgence sont disponibles.
Prévention de la délinquance des mineurs : cellule de veille éducative, actions dans les collèges, chantiers éducatifs.
Prévention des addictions : actions du CSAPA et de la maison des adolescents, formation des animateurs.
Tranquillité publique : opération tranquillité vacances (612 inscriptions), réunions de participation citoyenne dans cinq communes, vidéoprotection (104 caméras).
Prévention de la radicalisation : formation de 36 professionnels par la cellule préfectorale ; aucun élément individuel n'est évoqué en séance plénière.
## 5. Échanges
Les maires signalent les rodéos motorisés, les dépôts sauvages et les nuisances estivales sur les plages. Le maire des Saintes-Maries demande un renfort de gendarmes mobiles pendant le pèlerinage de mai, qui réunit des dizaines de milliers de pèlerins et de voyageurs ; le sous-préfet confirme le dispositif habituel. Les associations demandent une meilleure articulation entre les acteurs de l'aide aux victimes.
## 6. Groupes de travail
Trois groupes thématiques sont reconduits : violences intrafamiliales et aide aux victimes ; jeunesse et prévention de la récidive ; tranquillité publique. Ils se réuniront chaque trimestre. La cellule d'échange d'informations nominatives, encadrée par la charte déontologique, se réunira dans sa formation restreinte.
## 7. Clôture
Prochaine séance plénière en juin 2026.
## 8. Relevé des engagements
La communauté de communes financera une seconde intervenante sociale en gendarmerie à partir de mars 2026. Les communes s'engagent à proposer 40 postes de travail d'intérêt général supplémentaires. Le département renforcera la prévention spécialisée dans deux quartiers. Le parquet organisera une réunion d'information des maires sur le rappel à l'ordre et la transaction municipale.
## 9. Transports scolaires
Le transporteur fait état de 36 incidents dans les cars scolaires (dégradations, bagarres, insultes envers les conducteurs). Des médiateurs accompagneront les lignes les plus sensibles, et une charte du bon comportement sera signée par les élèves et leurs parents à la rentrée. Le département rappelle les sanctions prévues par le règlement du transport scolaire, pouvant aller jusqu'à l'exclusion temporaire.
## 10. Sécurité routière
Le plan départemental d'actions de sécurité routière finance des actions de prévention dans les lycées et auprès des jeunes conducteurs (simulateurs, stages de conduite). Les maires demandent des contrôles de vitesse sur les routes départementales traversant les villages.
"""

DOCX["p104_rapport_evaluation_mi_parcours_contrat_de_ville.docx"] = """
# Agglomération du Grand Chalon-Sud (fictive) — Évaluation à mi-parcours du contrat de ville « Quartiers 2030 » : rapport final
## Synthèse
L'évaluation, conduite de mai à novembre 2025 par un cabinet indépendant, porte sur les trois quartiers prioritaires de l'agglomération (14 200 habitants). Elle conclut à une mobilisation réelle des partenaires et à des résultats encourageants en matière d'éducation et d'emploi des jeunes, mais à des effets limités sur la pauvreté, l'accès aux soins et la mixité résidentielle. Elle formule douze recommandations pour la seconde moitié du contrat.
## 1. Méthode
L'évaluation s'appuie sur l'analyse des indicateurs de l'observatoire national de la politique de la ville et de l'INSEE, sur 58 entretiens, sur six groupes de parole d'habitants (dont deux réservés aux femmes et un aux jeunes) et sur l'analyse de 120 actions financées. Aucune donnée individuelle n'a été collectée.
## 2. Évolution des quartiers
| Indicateur | 2022 | 2025
| Taux de pauvreté | 44,1 % | 43,2 %
| Part des allocataires du RSA parmi les ménages | 19,8 % | 18,4 %
| Taux d'emploi des 15-64 ans | 44 % | 47 %
| Jeunes de 16-25 ans sans emploi ni formation | 31 % | 27 %
| Part des habitants sans médecin traitant | 24 % | 29 %
| Réussite au diplôme national du brevet (collège de secteur) | 71 % | 78 %
## 3. Pilier cohésion sociale
Les programmes de réussite éducative et la cité éducative ont produit des résultats mesurables : progression des résultats au brevet, baisse de l'absentéisme, développement des internats d'excellence. La santé reste le point faible : la désertification médicale s'aggrave, les dépistages des cancers sont inférieurs de 15 points à la moyenne, la santé mentale des jeunes s'est dégradée. Les actions de médiation en santé sont appréciées mais insuffisantes. L'accès aux droits progresse grâce à l'aller-vers et aux espaces France services.
## 4. Pilier emploi
Les dispositifs d'accompagnement renforcé des jeunes et des femmes éloignées de l'emploi fonctionnent. Les clauses d'insertion des marchés publics ont généré 86 000 heures de travail. Les discriminations à l'embauche restent un frein majeur ; les habitants interrogés témoignent de refus liés à l'adresse, au nom ou à l'apparence. Le plan territorial de lutte contre les discriminations est peu connu des employeurs.
## 5. Pilier cadre de vie
Le programme de renouvellement urbain avance : 412 logements démolis, 680 réhabilités. Le relogement a été conduit avec une charte, mais les ménages relogés hors quartier restent minoritaires (21 %). La gestion urbaine de proximité est jugée efficace. Le sentiment d'insécurité lié aux trafics de stupéfiants demeure élevé, en particulier chez les femmes ; les habitants demandent une présence humaine plus que des caméras.
## 6. Valeurs de la République et citoyenneté
Les actions de formation à la laïcité ont touché 640 professionnels et bénévoles. Les associations cultuelles et culturelles sont associées aux fêtes de quartier. Les conseils citoyens sont fragiles et peu renouvelés.
## 7. Gouvernance
Le pilotage est assuré, mais la participation du droit commun (éducation, santé, emploi) reste en deçà des engagements. La multiplication des appels à projets annuels fragilise les associations.
## 8. Recommandations principales
1. Engager un plan d'urgence sur l'accès aux soins (centre de santé, médiation, télémédecine).
2. Passer à des conventions pluriannuelles avec les associations.
3. Mobiliser les employeurs contre les discriminations (testing, formation, charte).
4. Renforcer la présence humaine dans l'espace public (médiateurs, éducateurs).
5. Relancer les conseils citoyens avec des moyens d'animation.
## 9. Suites proposées
Les recommandations seront présentées au comité de pilotage du contrat de ville en janvier 2026, puis au conseil communautaire. Un avenant au contrat intégrera les orientations retenues. Une restitution publique aux habitants et aux associations sera organisée dans chacun des trois quartiers, avec le conseil citoyen.
## 10. Annexe méthodologique
Les entretiens ont été conduits avec les services de l'État, de l'agglomération, des trois communes, du département, de la CAF, de France Travail, de l'ARS, des bailleurs, de l'Éducation nationale et de 24 associations. Les groupes de parole d'habitants ont réuni 86 personnes. Les indicateurs proviennent de l'INSEE, de la CAF, de France Travail, de l'assurance maladie et du rectorat ; ils sont présentés à l'échelle des quartiers, sans donnée individuelle.
Rapport remis le 28 novembre 2025 au comité de pilotage.
"""

HTML["p105_faq_agents_laicite_fait_religieux.html"] = """
# Métropole de Tours-Val-de-Loire (fictive) — Laïcité et fait religieux dans les services : foire aux questions à l'usage des agents
## Pourquoi cette FAQ ?
Les agents sont parfois confrontés à des demandes ou à des situations liées au fait religieux, de la part d'usagers ou de collègues. Cette FAQ, élaborée par le référent laïcité de la métropole avec la direction des ressources humaines et la direction juridique, rappelle les règles applicables. Pour toute situation particulière, le référent laïcité peut être saisi par messagerie ; les échanges sont confidentiels.
## Les principes
La laïcité garantit la liberté de conscience et le libre exercice des cultes, dans les limites de l'ordre public. Elle impose la neutralité de l'État et des services publics. Les agents publics sont soumis à une obligation de neutralité : ils ne peuvent manifester leurs convictions religieuses, politiques ou philosophiques dans l'exercice de leurs fonctions. Les usagers, eux, sont libres de manifester leurs convictions, dans les limites du respect de l'ordre public et du bon fonctionnement du service.
## Questions des agents sur leur propre situation
Puis-je porter un signe religieux au travail ? Non, pas pendant le service, quelle que soit la fonction occupée, y compris sans contact avec le public.
Puis-je demander une autorisation d'absence pour une fête religieuse ? Oui. Des autorisations d'absence peuvent être accordées pour les principales fêtes des différentes confessions, sous réserve des nécessités du service. La demande est faite comme toute demande de congé ; l'agent n'a pas à justifier de sa pratique au-delà de la mention de la fête.
Puis-je adapter mes horaires pendant une période de jeûne ? Un aménagement peut être accordé dans le cadre des règles habituelles de gestion du temps de travail, s'il est compatible avec le service. Il ne constitue pas un droit.
Puis-je prier sur mon lieu de travail ? Pas pendant le temps de travail ni dans des conditions perturbant le service. Pendant les pauses, la discrétion est de règle ; la collectivité n'a pas l'obligation de mettre une salle à disposition.
Mon encadrant peut-il me demander ma religion ? Non. Les données relatives aux convictions religieuses sont des données sensibles ; elles ne peuvent être collectées ni figurer dans un dossier administratif.
## Questions relatives aux usagers
Un usager peut-il refuser d'être reçu par un agent de l'autre sexe ? Non, l'usager ne peut choisir son interlocuteur en raison de son sexe.
Un usager peut-il porter un signe religieux à l'accueil ? Oui, sauf dissimulation du visage, interdite dans l'espace public par la loi de 2010.
Dans les piscines, les règles d'hygiène et de sécurité du règlement intérieur s'appliquent à tous.
Dans les restaurants scolaires, la commune n'a pas l'obligation de proposer des menus de substitution ; si elle le fait, c'est un choix de gestion.
Dans les cimetières, des espaces confessionnels peuvent être aménagés par le maire, les parties communes restant neutres.
## Situations entre collègues
Un collègue fait du prosélytisme : le prosélytisme est interdit dans le service ; informez votre encadrant.
Des remarques sont faites sur la religion supposée d'un collègue : il peut s'agir d'une discrimination ou de harcèlement ; la cellule de signalement peut être saisie.
## Chiffres
En 2025, le référent laïcité a été saisi 46 fois : 19 questions d'agents sur leur propre situation, 14 questions d'encadrants, 13 questions relatives aux usagers. Aucune saisine n'a donné lieu à une procédure disciplinaire. 320 agents ont suivi la formation « Laïcité et fait religieux ».
## Pour aller plus loin
Guide de l'Observatoire de la laïcité, charte de la laïcité dans les services publics, journée de la laïcité le 9 décembre.
## Et les prestataires ?
Les salariés des entreprises titulaires d'un marché ou d'une délégation de service public participant à l'exécution du service public sont soumis aux mêmes obligations de neutralité, conformément à la loi de 2021. Les contrats le précisent.
"""

DOCX["p108_dossier_passation_direction_ressources_humaines.docx"] = """
# Ville de Lunéville-sur-Meurthe (fictive) — Direction des ressources humaines : dossier de passation de la directrice
Rédigé par la directrice sortante à l'attention de son successeur, qui prendra ses fonctions le 4 mai 2026. Le dossier décrit l'organisation, les chantiers et les échéances ; il ne contient pas d'information sur des situations individuelles, qui sont suivies dans le logiciel de gestion et dans les dossiers administratifs des agents.
## 1. La direction
Seize agents répartis en quatre pôles : carrière et paie (7), recrutement, formation et compétences (4), santé, prévention et qualité de vie au travail (3), dialogue social et pilotage (2). La masse salariale de la ville et du CCAS est de 28,4 M€ pour 742 agents permanents.
## 2. Calendrier des échéances
| Échéance | Objet
| Mai 2026 | Campagne d'entretiens professionnels : bilan et suivi des demandes de formation
| Juin 2026 | Rapport social unique au comité social territorial
| Juin 2026 | Renouvellement du marché de titres-restaurant
| Septembre 2026 | Lignes directrices de gestion : révision
| Octobre 2026 | Préparation budgétaire (masse salariale)
| Décembre 2026 | Élections professionnelles
## 3. Chantiers en cours
Protection sociale complémentaire : la ville participe à hauteur de 20 € en prévoyance et 18 € en santé ; l'accord collectif national prévoit l'adhésion obligatoire à un contrat collectif en prévoyance, à négocier avec les organisations syndicales.
Temps de travail : le passage aux 1 607 heures est achevé ; les cycles des agents de la propreté urbaine restent à revoir.
Plan de prévention des risques psychosociaux : le diagnostic a été présenté en F3SCT ; le plan d'action (formation des managers, espaces de discussion, médiation) est à mettre en œuvre.
Gestion prévisionnelle des emplois : 96 départs en retraite prévus d'ici 2030 ; les métiers sensibles (auxiliaires de puériculture, mécaniciens, policiers municipaux) sont identifiés.
Égalité professionnelle : le plan 2024-2026 doit être évalué et renouvelé.
Système d'information RH : la migration vers le nouveau logiciel est prévue en janvier 2027.
## 4. Santé et prévention
Taux d'absentéisme : 8,7 %. Accidents de service : 48 en 2025. Reclassements : cinq situations en cours, accompagnées avec le centre de gestion. Le conseil médical départemental se réunit mensuellement ; les dossiers sont préparés par le pôle santé. Le médecin du travail assure une vacation hebdomadaire. La psychologue du travail est mobilisable via la convention avec le centre de gestion. La cellule de signalement des violences et discriminations est externalisée au centre de gestion.
## 5. Dialogue social
Quatre organisations représentées au comité social territorial (CGT, FO, CFDT, UNSA). Les relations sont constructives ; un agenda social 2026 a été partagé. Le crédit de temps syndical est de 5 860 heures. Un protocole relatif à l'exercice du droit syndical a été signé en 2023.
## 6. Procédures disciplinaires et contentieux
La direction traite en moyenne quatre procédures disciplinaires par an. Trois contentieux sont en cours devant le tribunal administratif (refus de protection fonctionnelle, régime indemnitaire, non-renouvellement de contrat) ; le suivi est assuré avec l'avocat de la ville. Les pièces sont dans le dossier partagé de la direction juridique.
## 7. Partenaires
Centre de gestion, CNFPT, comité national d'action sociale, médecine préventive, France Travail, Cap emploi, FIPHFP.
## 8. L'équipe
Une équipe expérimentée et engagée. Deux postes sont à pourvoir (gestionnaire paie, chargé de recrutement) ; les jurys auront lieu en mai.
## 9. Documents de référence
Règlement du temps de travail, règlement intérieur, lignes directrices de gestion, délibération relative au régime indemnitaire, protocole de télétravail, plan de formation, document unique d'évaluation des risques, protocole relatif au droit syndical, plan égalité professionnelle, charte de déontologie. Tous sont disponibles dans l'espace partagé de la direction.
## 10. Budget de la direction
Budget de fonctionnement hors masse salariale : 612 000 € (formation 240 000 €, médecine préventive 96 000 €, action sociale 186 000 €, recrutements et annonces 38 000 €, logiciels 52 000 €). Le budget de la formation est consommé à 94 %.
## 11. Indicateurs suivis chaque mois
Effectifs, masse salariale, absentéisme, heures supplémentaires, recrutements en cours, accidents de service, formations réalisées. Le tableau de bord est présenté en comité de direction le premier lundi du mois.
## 12. Conseils pour la prise de poste
Rencontrer rapidement les organisations syndicales et les directeurs ; s'appuyer sur les responsables de pôle ; préparer sans tarder la campagne budgétaire de la masse salariale, très contrainte en 2027.
"""

HTML["p109_lettre_information_ccas_seniors_aidants.html"] = """
# CCAS de Romans-sur-Isère-Nord (fictif) — « Bien vivre son âge », lettre d'information des seniors et des aidants, n° 12, printemps 2026
## Édito de la vice-présidente
Le CCAS accompagne chaque année plus de 2 000 personnes âgées de la commune : aide à domicile, portage de repas, téléassistance, animations, accompagnement social. Cette lettre présente nos services et les rendez-vous du printemps. N'hésitez pas à nous contacter : nos équipes sont là pour vous.
## Santé : prévenir les chutes
Une personne de plus de 65 ans sur trois chute chaque année. Le CCAS propose, avec la caisse de retraite et la conférence des financeurs, des ateliers « équilibre » gratuits de douze séances, animés par un enseignant en activité physique adaptée. Les ergothérapeutes du centre local d'information et de coordination peuvent se rendre à domicile pour conseiller des aménagements (barres d'appui, douche à l'italienne), finançables par l'Agence nationale de l'habitat et les caisses de retraite.
## Mémoire
Les troubles de la mémoire ne sont pas une fatalité liée à l'âge. En cas d'inquiétude, parlez-en à votre médecin traitant, qui pourra vous orienter vers la consultation mémoire de l'hôpital. La plateforme de répit accueille les aidants de personnes atteintes de la maladie d'Alzheimer ou d'une maladie apparentée : groupes de parole, formation des aidants, accueil de jour, séjours de répit.
## Canicule : inscrivez-vous au registre
Le registre des personnes vulnérables permet au CCAS de contacter les personnes inscrites en cas de canicule ou de grand froid. L'inscription est volontaire et confidentielle ; elle peut être faite par la personne elle-même, un proche ou un professionnel avec son accord. Formulaire disponible à l'accueil ou sur le site de la ville.
## Arnaques : restez vigilants
Les escroqueries visant les personnes âgées se multiplient : faux agents des eaux, faux policiers au téléphone, faux conseillers bancaires, sollicitations pour des travaux d'isolation. La police municipale animera une réunion d'information le 14 avril. Rappel : aucune administration ne vous demandera vos codes bancaires.
## Isolement
Le réseau de bénévoles MONALISA propose des visites de convivialité et des appels téléphoniques réguliers. Le repas partagé a lieu chaque mardi à la résidence autonomie. Si vous connaissez une personne isolée, signalez-la au CCAS.
## Droits et aides
L'allocation personnalisée d'autonomie (APA) peut financer une aide à domicile ; la demande se fait auprès du département, le CCAS peut vous aider à remplir le dossier. L'aide sociale à l'hébergement peut prendre en charge une partie des frais en EHPAD pour les personnes aux ressources modestes. La complémentaire santé solidaire est accessible sous conditions de ressources. Le CCAS accompagne également les personnes en difficulté financière : aide alimentaire, aides ponctuelles, orientation vers le point conseil budget.
## Aidants
Une journée nationale des aidants aura lieu en octobre ; le café des aidants se réunit le premier samedi du mois. Les aidants salariés peuvent bénéficier du congé de proche aidant, indemnisé par la CAF.
## Agenda du printemps
Thé dansant le 22 mars. Conférence « Bien dormir après 60 ans » le 3 avril. Sortie au lac de Paladru le 20 mai. Atelier numérique tous les jeudis à la médiathèque. Semaine bleue en octobre.
## Contacts
Accueil du CCAS du lundi au vendredi, service d'aide à domicile, portage de repas, téléassistance, résidence autonomie.
## Numérique
Des ateliers gratuits pour apprendre à utiliser une tablette, envoyer des photos à ses petits-enfants, faire ses démarches en ligne ou prendre un rendez-vous médical sur internet ont lieu chaque semaine. Des tablettes peuvent être prêtées pendant la durée des ateliers.
## Résidence autonomie
La résidence des Tilleuls propose 64 logements pour personnes âgées autonomes, avec restauration, animations et présence d'un personnel de jour comme de nuit. Des visites sont organisées le premier mercredi du mois. Le forfait autonomie finance des ateliers de prévention ouverts aux habitants du quartier.
## Transport
Le service de transport accompagné du CCAS conduit les personnes âgées qui n'ont pas de véhicule à leurs rendez-vous médicaux et aux courses, du lundi au vendredi, sur réservation 48 heures à l'avance. Tarif : 2 € le trajet.
"""


# ---------------------------------------------------------------- main


def main() -> None:
    docx = {name: to_blocks(text) for name, text in sorted(DOCX.items())}
    pages = {name: to_page(text) for name, text in sorted(HTML.items())}
    write_set(OUT, docx, pages, FIXED)


if __name__ == "__main__":
    main()
