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
Le président informe le bureau de la visite du préfet le 9 octobre pour la signature du contrat de relance et de transition écologique. Le prochain bureau se tiendra le 13 octobre.
## 9. Déchets
Mme Vial présente le bilan de l'extension des consignes de tri : les tonnages d'emballages collectés ont progressé de 16 % et les refus de tri sont stables à 19 %. La redevance spéciale des professionnels sera révisée en 2026. Le bureau émet un avis favorable au lancement d'une étude sur la tarification incitative et à la création d'une recyclerie sur le site de la déchèterie de La Verpillière, en partenariat avec une structure d'insertion.
## 10. Petite enfance
M. Garnier indique que le relais petite enfance a accompagné 312 assistantes maternelles. La crèche intercommunale de Saint-Quentin-Fallavier ouvrira douze places supplémentaires en janvier. Le bureau approuve la demande de subvention à la CAF au titre du plan rebond.
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

# ---------------------------------------------------------------- main


def main() -> None:
    docx = {name: to_blocks(text) for name, text in sorted(DOCX.items())}
    pages = {name: to_page(text) for name, text in sorted(HTML.items())}
    write_set(OUT, docx, pages, FIXED)


if __name__ == "__main__":
    main()
