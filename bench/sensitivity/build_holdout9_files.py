"""Build the .docx and .html documents of the hand-written held-out sensitivity set ``holdout9``.

holdout9 is a held-out benchmark of 150 invented French-administration documents (75 sovereign, 75
public) in ``bench/sensitivity/corpus/holdout9/``; the .txt files are written by hand in that folder and
``labels.jsonl`` gives the route and categories of every document. This script writes the .docx and
.html files with stable bytes (fixed timestamps), so running it twice gives the same files.

Run from the worktree root:
    PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout9_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout9"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)
DOCX = {}
HTML = {}

# ----------------------------------------------------------------------------------------------
# Sovereign .docx
# ----------------------------------------------------------------------------------------------

DOCX["s046_rapport_activite_regie_eau.docx"] = [
    ("title", "Régie des eaux du Pays de Fougères — Rapport d'activité du service exploitation, 2024"),
    ("p", "Le présent rapport retrace l'activité du service exploitation (production, distribution, "
          "branchements) au cours de l'exercice 2024. Il est présenté au conseil d'exploitation du 20 mars 2025."),
    ("h", "1. Production"),
    ("p", "Les trois usines (La Verrie, Le Gué-Landry, Beaucé) ont produit 3,84 millions de m³, en baisse de "
          "2,1 % par rapport à 2023, en raison d'un printemps pluvieux et de la réduction des fuites. Le taux de "
          "conformité bactériologique atteint 100 % ; deux dépassements ponctuels de turbidité ont été traités."),
    ("table", [["Usine", "Volume produit (m³)", "Taux de conformité"],
               ["La Verrie", "1 920 400", "100 %"], ["Le Gué-Landry", "1 204 800", "100 %"],
               ["Beaucé", "714 300", "100 %"]]),
    ("h", "2. Distribution et rendement"),
    ("p", "Le rendement du réseau s'établit à 86,3 %. 14,2 km de canalisations ont été renouvelés, principalement "
          "à Lécousse et Romagné. 212 fuites ont été réparées, dont 37 sur conduites principales."),
    ("h", "3. Effectifs et organisation"),
    ("p", "Le service compte 31 agents. Deux fontainiers ont été recrutés en septembre. L'équipe d'astreinte "
          "fonctionne désormais en roulement de 6 agents. Le poste de chef d'équipe du secteur nord est tenu par "
          "intérim depuis que M. Jérôme Pichot a été placé en détention provisoire en mai dans le cadre de "
          "l'information judiciaire ouverte pour détournement de matériel ; la procédure de recrutement "
          "définitive sera lancée après la décision pénale."),
    ("p", "Le plan de formation a représenté 412 jours, dont 96 consacrés à l'habilitation électrique et aux "
          "travaux en espaces confinés."),
    ("h", "4. Relations avec les abonnés"),
    ("p", "Le centre d'appels a traité 18 730 appels, avec un taux de décroché de 91 %. Les réclamations écrites "
          "(264) portent majoritairement sur la facturation. La mensualisation concerne désormais 58 % des abonnés."),
    ("h", "5. Perspectives 2025"),
    ("p", "Mise en service de la télérelève sur 4 000 compteurs, sécurisation de l'interconnexion avec le SMG 35, "
          "et poursuite du renouvellement à hauteur de 15 km par an."),
]

DOCX["s047_pv_conseil_municipal.docx"] = [
    ("title", "Commune de Saint-Pierre-de-Chartreuse — Procès-verbal du conseil municipal du 8 avril 2025"),
    ("p", "L'an deux mille vingt-cinq, le huit avril à vingt heures, le conseil municipal s'est réuni en séance "
          "publique sous la présidence de M. Bernard Giroud, maire. Présents : 13. Représentés : 1. Absent : 1. "
          "Secrétaire de séance : Mme Anne-Laure Vial."),
    ("h", "1. Vote du compte administratif et du compte de gestion 2024"),
    ("p", "Le compte administratif fait apparaître un excédent de fonctionnement de 412 380 € et un besoin de "
          "financement d'investissement de 96 200 €. Adopté à l'unanimité (le maire ne prenant pas part au vote)."),
    ("h", "2. Budget primitif 2025"),
    ("p", "Le budget s'équilibre à 2 184 000 € en fonctionnement et 1 320 000 € en investissement, dont la "
          "rénovation du gîte communal du col de Porte et la mise aux normes de l'école. Adopté par 12 voix pour "
          "et 2 abstentions."),
    ("h", "3. Taux d'imposition"),
    ("p", "Les taux de la taxe foncière sont maintenus (bâti 21,4 %, non bâti 58,9 %). Adopté à l'unanimité."),
    ("h", "4. Personnel communal"),
    ("p", "Le maire indique que le secrétariat de mairie est assuré depuis février par une agente du service de "
          "remplacement du centre de gestion de l'Isère, Mme Françoise Bouvier, secrétaire générale titulaire, "
          "étant arrêtée pour un épuisement professionnel sévère suivi par un psychiatre ; il propose de "
          "prolonger la convention de mise à disposition jusqu'au 30 juin. Adopté à l'unanimité."),
    ("h", "5. Station de ski — convention de délégation"),
    ("p", "Avenant n° 3 à la délégation de service public des remontées mécaniques : prolongation d'une saison "
          "compte tenu du faible enneigement. Adopté par 11 voix pour, 3 contre."),
    ("h", "6. Questions diverses"),
    ("p", "Fête du village le 12 juillet ; réunion publique sur le PLU le 15 mai à 19 h à la salle hors-sac."),
    ("p", "La séance est levée à 22 h 05."),
]

DOCX["s048_note_reorganisation_dl.docx"] = [
    ("p", "— DIFFUSION LIMITÉE AUX MEMBRES DU CODIR · NE PAS TRANSFÉRER —"),
    ("title", "Projet de réorganisation de la direction des solidarités — scénario n° 2"),
    ("p", "Version de travail du 14/01/2025 — Département de l'Allier"),
    ("p", "Le scénario 2 regroupe les trois maisons des solidarités de l'agglomération de Moulins en un pôle "
          "unique et supprime un niveau hiérarchique (chefs de service territoriaux). Il sera présenté aux "
          "organisations syndicales au CST de mars, après arbitrage du président."),
    ("table", [["Scénario", "Postes supprimés", "Économie annuelle", "Calendrier"],
               ["1 — statu quo renforcé", "0", "0 €", "—"],
               ["2 — pôle unique", "4", "240 000 €", "sept. 2025"],
               ["3 — externalisation accueil", "9", "410 000 €", "janv. 2026"]]),
]

DOCX["s049_revue_presse_article_integral.docx"] = [
    ("title", "Revue de presse du cabinet — semaine 47"),
    ("p", "Article reproduit intégralement pour information des élus — La Voix du Bocage, édition du 21 novembre "
          "2024, page 7, par Pierre-Yves Lecomte. © La Voix du Bocage. Tous droits réservés."),
    ("h", "« À Vire, la piscine Aquavire fait couler beaucoup d'encre »"),
    ("p", "Il est 7 heures ce mardi et, devant les portes vitrées d'Aquavire, une dizaine de nageurs matinaux "
          "patientent en bonnet. « On nous avait promis la réouverture pour la rentrée, on est fin novembre », "
          "soupire Martine, abonnée depuis quinze ans. Le chantier de rénovation du bassin de 25 mètres, lancé en "
          "mars, a pris six mois de retard. En cause, selon nos informations, un désaccord entre l'entreprise "
          "d'étanchéité et le maître d'œuvre sur la nature du carrelage."),
    ("p", "Du côté de l'intercommunalité, on reconnaît « des aléas de chantier » et l'on promet une réouverture "
          "« avant les vacances de février ». Un calendrier qui laisse sceptiques les clubs : le Vire Natation a "
          "dû louer des lignes d'eau à Flers, à quarante minutes de route, pour ses 180 licenciés. « Chaque "
          "semaine, ce sont des parents qui font la navette, des compétitions qu'on n'a pas pu accueillir », "
          "explique son président."),
    ("p", "Le surcoût, lui, n'est pas encore chiffré publiquement. Mais dans les couloirs de l'hôtel "
          "communautaire, on évoque déjà un avenant de plusieurs centaines de milliers d'euros. De quoi alimenter "
          "le prochain conseil, où l'opposition compte bien demander des comptes."),
]

DOCX["s050_interreg_progress_report.docx"] = [
    ("title", "Interreg France-Channel-England — Project SEAGRASS+ — Interim progress report (period 4)"),
    ("p", "Lead partner: Communauté d'agglomération du Cotentin. Partners: Plymouth City Council, Brest "
          "métropole, University of Portsmouth. Reporting period: 1 July – 31 December 2024."),
    ("h", "1. Summary of activities"),
    ("p", "During period 4, the partnership completed the mapping of 412 hectares of seagrass meadows in the "
          "Saint-Vaast bay and in Plymouth Sound, installed 60 eco-moorings and delivered two training sessions "
          "for harbour masters. The citizen-science app recorded 1,870 observations."),
    ("h", "2. Outputs and indicators"),
    ("table", [["Indicator", "Target", "Achieved (cumulative)"],
               ["Hectares mapped", "500", "412"], ["Eco-moorings installed", "80", "60"],
               ["Stakeholders trained", "120", "97"]]),
    ("h", "3. Deviations and risks"),
    ("p", "Work package 3 is delayed by about four months. Our project officer, Ms Chloé Fabre, has been on "
          "leave since October after a late miscarriage and will not return before March; her tasks are "
          "temporarily covered by the environment department. The delay has no impact on the total budget."),
    ("p", "The storm Ciarán damage assessment at Barfleur led to the relocation of 8 moorings."),
    ("h", "4. Financial progress"),
    ("p", "Eligible expenditure declared for the period: €284,600 (cumulative: 71 % of the approved budget). "
          "The next claim will be submitted in April 2025."),
    ("h", "5. Communication"),
    ("p", "A joint exhibition was held at the Cité de la Mer in Cherbourg (4,200 visitors) and a webinar gathered "
          "140 participants from both sides of the Channel."),
]

DOCX["s051_rapport_analyse_offres.docx"] = [
    ("title", "Rapport d'analyse des offres — Marché de restauration collective — Ville de Saint-Denis (La Réunion)"),
    ("p", "Document préparatoire à la commission d'appel d'offres — ne pas communiquer aux candidats."),
    ("table", [["Critère", "API Restauration Réunion", "Sodexo Océan Indien", "Réunion Repas Services"],
               ["Prix du repas élémentaire HT", "3,12 €", "3,34 €", "2,98 €"],
               ["Coût matière déclaré", "1,41 €", "1,52 €", "1,29 €"],
               ["Marge brute déclarée", "14 %", "17 %", "9 % (prix d'appel assumé)"],
               ["Fournisseur principal de fruits locaux", "SICA Tamarin (contrat exclusif)", "non précisé",
                "coopérative Bourbon Fruits, tarif négocié -18 %"]]),
    ("p", "Le candidat Réunion Repas Services indique dans sa note confidentielle viser l'équilibre à partir de la "
          "troisième année grâce à la mutualisation de sa cuisine centrale du Port."),
]

DOCX["s052_cr_formation_specialisee.docx"] = [
    ("title", "Formation spécialisée en santé, sécurité et conditions de travail — séance du 27 juin 2024"),
    ("p", "Communauté urbaine de Dunkerque — Relevé de décisions."),
    ("h", "1. Registre santé-sécurité"),
    ("p", "Douze observations ont été inscrites au registre depuis la dernière séance, principalement sur la "
          "chaleur dans les locaux de la direction de l'eau et sur l'éclairage du parking de la halle aux sucres. "
          "Des stores et deux climatiseurs mobiles seront installés avant le 15 juillet."),
    ("h", "2. Accidents de service"),
    ("p", "Le bilan du semestre fait état de 41 accidents (dont 22 avec arrêt), en baisse de 9 %. Les troubles "
          "musculo-squelettiques restent la première cause chez les agents de collecte."),
    ("h", "3. Enquête suite à l'événement grave du 3 juin"),
    ("p", "La délégation d'enquête rend compte de ses auditions à la déchèterie de Grande-Synthe. L'agent concerné, "
          "M. Rudy Vandewalle, hospitalisé après avoir tenté de mettre fin à ses jours sur son lieu de travail, est "
          "aujourd'hui sorti ; la délégation recommande un accompagnement à la reprise et une analyse de la charge "
          "de travail du site."),
    ("h", "4. Document unique"),
    ("p", "La mise à jour du DUERP 2024 est présentée ; 312 risques évalués, 48 actions de prévention programmées."),
    ("h", "5. Calendrier"),
    ("p", "Prochaine séance le 26 septembre 2024. Visite de site prévue au centre technique de Coudekerque."),
]

DOCX["s053_fiche_liaison_mission_locale.docx"] = [
    ("title", "Mission locale du Grand Avignon — Fiche de positionnement Garantie jeunes / CEJ"),
    ("table", [["Champ", "Renseignement"],
               ["Nom, prénom", "SANGARÉ Mamadou"],
               ["Date de naissance", "04/11/2006"],
               ["Situation administrative", "ex-MNA pris en charge ASE 84 ; récépissé de 1re demande de titre "
                "(« vie privée et familiale ») valable au 12/09/2025 ; autorisation de travail : oui"],
               ["Niveau", "CAP cuisine en cours (CFA d'Avignon)"],
               ["Hébergement", "foyer jeunes travailleurs"],
               ["Conseiller", "Mme Aurore Bonnet"]]),
]

DOCX["s054_extrait_orsec.docx"] = [
    ("p", "D I F F U S I O N   R E S T R E I N T E"),
    ("title", "Plan ORSEC départemental — Annexe 7 : protection du site SEVESO seuil haut de Lavéra"),
    ("p", "Préfecture des Bouches-du-Rhône — SIDPC — version 2024-2"),
    ("h", "Points de vulnérabilité identifiés"),
    ("p", "La clôture est-ouest n'est surveillée par caméra que sur 60 % de son linéaire ; le poste de garde n° 3 "
          "n'est pas armé entre 22 h et 5 h. Le réseau d'alerte interne dépend d'un unique serveur non redondé."),
    ("table", [["Point de bouclage", "Forces", "Délai"], ["RD 5 / chemin du Ranquet", "Gendarmerie (PSIG)", "15 min"],
               ["Avenue de la Bergerie", "Police nationale", "20 min"], ["Accès maritime", "Marine nationale", "45 min"]]),
    ("p", "Ce document ne peut être communiqué qu'aux services désignés dans la liste de diffusion."),
]

DOCX["s055_consultation_oncogenetique.docx"] = [
    ("title", "CHU de Limoges — Unité d'oncogénétique — Compte rendu de consultation"),
    ("table", [["Patiente", "Mme Sophie MARCHADIER, 38 ans"],
               ["Motif", "antécédents familiaux (mère, tante maternelle)"],
               ["Résultat", "variant pathogène BRCA2 c.5946del identifié"],
               ["Conduite", "surveillance mammaire par IRM annuelle ; discussion annexectomie après 40 ans"],
               ["Apparentés", "information de la parentèle : sœur (Mme Élodie Marchadier) et frère à tester"]]),
    ("p", "Dr Hélène Peyrat, généticienne."),
]

DOCX["s056_rapport_annuel_office_hlm.docx"] = [
    ("title", "Office public de l'habitat de la Haute-Marne — Rapport de gestion 2024 (commission d'attribution et gestion locative)"),
    ("h", "Patrimoine"),
    ("p", "L'office gère 6 412 logements répartis sur 94 communes. 312 logements ont été réhabilités (programme "
          "thermique Chaumont-Le Cavalier), 48 démolis à Saint-Dizier (quartier du Vert-Bois)."),
    ("h", "Attributions"),
    ("p", "La commission d'attribution s'est réunie 24 fois et a attribué 781 logements. Le délai moyen d'attente "
          "est de 4,2 mois. 27 % des attributions ont bénéficié à des ménages relevant du premier quartile."),
    ("h", "Impayés et prévention des expulsions"),
    ("p", "Le montant des impayés s'établit à 1,9 M€ (3,1 % des loyers quittancés). 214 plans d'apurement ont été "
          "signés. Sept concours de la force publique ont été accordés par le préfet ; parmi eux, celui visant "
          "M. et Mme Ludovic Gérard, 12 rue des Tanneurs à Langres, a été exécuté le 14 octobre malgré leur dette "
          "de 11 400 € en cours d'examen par la commission de surendettement."),
    ("h", "Qualité de service"),
    ("p", "Le taux de satisfaction global est de 78 %. Un nouveau numéro unique de réclamations est en service "
          "depuis le 1er septembre."),
    ("h", "Investissements 2025"),
    ("p", "Le programme 2025 prévoit 18,5 M€ d'investissements, dont 11 M€ de réhabilitation énergétique."),
]

DOCX["s057_instruction_fsl.docx"] = [
    ("title", "Fonds de solidarité logement — Fiche d'instruction — Département des Pyrénées-Orientales"),
    ("table", [["Demandeur", "M. Jordi SABATÉ, 58 ans, isolé"],
               ["Ressources", "ASS 545 € + APL 287 €"],
               ["Dette", "factures EDF impayées : 1 134 € ; coupure annoncée au 15/12"],
               ["Aide demandée", "secours non remboursable 800 €"],
               ["Avis travailleur social", "favorable — situation de grande précarité, sans famille"]]),
    ("p", "Instructeur : Mme Laura Puig, assistante sociale, MSP Perpignan-Nord."),
]

DOCX["s058_enquete_sociale_jaf.docx"] = [
    ("title", "Enquête sociale ordonnée par le juge aux affaires familiales — Tribunal judiciaire de Nancy"),
    ("p", "Affaire : KLEIN c/ BOUCHEKIF — RG 24/03311. Enquêtrice : Mme Valérie Colin."),
    ("p", "Les parents, séparés depuis 2022, s'opposent sur la résidence de leur fille Inès (6 ans). Le père "
          "reproche à la mère des déménagements fréquents ; la mère décrit un climat de dénigrement lors des "
          "passages de bras. L'enfant exprime le souhait de voir ses deux parents « sans qu'ils crient »."),
    ("p", "Préconisation : résidence chez la mère, droit de visite et d'hébergement élargi pour le père, passages "
          "de bras en lieu neutre pendant six mois."),
]

DOCX["s059_cr_entretien_professionnel.docx"] = [
    ("title", "Compte rendu de l'entretien professionnel — année 2024"),
    ("table", [["Agent", "Mme Aminata DIOP — assistante de gestion, Université de Rouen Normandie, UFR Santé"],
               ["Supérieur hiérarchique", "M. Hervé Lamotte, responsable administratif"],
               ["Résultats obtenus", "Objectifs partiellement atteints : 2 sur 4"],
               ["Compétences relationnelles", "Insuffisant — conflits répétés avec les enseignants"],
               ["Capacité d'organisation", "À développer"],
               ["Appréciation générale", "Agent en difficulté sur le poste ; mobilité interne à envisager"],
               ["Réduction d'ancienneté / avancement", "Non proposé"]]),
]

DOCX["s060_twinning_committee_minutes.docx"] = [
    ("title", "Comité de jumelage Arles – York — Minutes of the joint committee / compte rendu bilingue"),
    ("p", "Meeting held on 17 May 2025 at the Espace Van Gogh, Arles. Present: 9 members from Arles, 6 from York."),
    ("h", "1. Summer exchange 2025 / échange d'été"),
    ("p", "Twenty-two teenagers will travel from York to Arles on 7 July. Host families have been confirmed for "
          "all of them. Le programme comprend une visite des arènes, une journée en Camargue et un atelier photo "
          "aux Rencontres."),
    ("h", "2. Delegation to York in October"),
    ("p", "The Arles delegation will include the deputy mayor, four association members and the brass band. "
          "Mr Karim Haddad, treasurer, will not be able to travel: his UK visa application was refused because "
          "his French residence permit is still under renewal and he only holds a receipt from the préfecture."),
    ("h", "3. Budget"),
    ("p", "Subvention municipale 6 500 €; York City Council grant £4,000; membership fees £1,150."),
    ("h", "4. AOB"),
    ("p", "Next meeting by videoconference on 12 September."),
]

# ----------------------------------------------------------------------------------------------
# Sovereign .html
# ----------------------------------------------------------------------------------------------

HTML["s061_intranet_fiche_juridique_ouvrage.html"] = (
    "Fiche documentaire — commande publique",
    "<h1>Base documentaire juridique — fiche n° 412</h1>"
    "<p>Extrait recopié de l'ouvrage <em>Le droit des marchés publics en pratique</em>, 9e édition, "
    "Éditions Berger-Lecomte, 2024, chapitre 6, p. 211-214 (accès abonné).</p>"
    "<blockquote><p>§ 6.3 — L'offre anormalement basse ne se présume pas. L'acheteur qui soupçonne une telle "
    "offre doit, avant toute éviction, mettre le candidat en mesure de s'expliquer ; la seule comparaison avec "
    "l'estimation de l'administration ne suffit pas, pas davantage que l'écart avec la moyenne des autres offres. "
    "Nous avons montré dans une précédente édition que la jurisprudence exige une analyse globale : c'est le prix "
    "d'ensemble, et non tel ou tel poste, qui doit être regardé comme compromettant la bonne exécution du marché.</p>"
    "<p>§ 6.4 — Encore faut-il que les justifications produites soient sérieuses. L'auteur retient trois "
    "indices : le recours à des sous-traitants non déclarés, l'absence de prise en compte des salaires "
    "conventionnels et l'existence d'aides d'État non notifiées. À notre sens, la charge de la preuve demeure "
    "partagée, et la pratique des acheteurs gagnerait à se doter d'une grille de contrôle formalisée, que nous "
    "proposons en annexe de cet ouvrage.</p></blockquote>"
    "<p class='credits'>© Berger-Lecomte 2024 — reproduction et diffusion interdites hors licence.</p>",
)

HTML["s062_etude_payante_mobilite.html"] = (
    "Étude de marché — vélos à assistance électrique",
    "<h1>Note de veille — Direction des mobilités, Métropole de Grenoble-Alpes</h1>"
    "<p>Pour information des chefs de projet, voici les pages 4 à 6 de l'étude « Le marché du vélo électrique "
    "en France, perspectives 2030 » achetée au cabinet Xéphyr Études (licence mono-poste, 2 450 € HT).</p>"
    "<div class='extrait'><h2>Chapitre 2 — Un marché qui change de moteur</h2>"
    "<p>Après l'euphorie de 2020-2022, le marché hexagonal du VAE entre dans une phase de normalisation. Nos "
    "estimations tablent sur 680 000 unités en 2025, soit un recul de 6 % en volume, mais une progression du "
    "panier moyen à 2 310 €. Trois forces structurent désormais la demande : les aides locales, le leasing "
    "employeur et la montée du cargo familial.</p>"
    "<p>Notre scénario central prévoit une croissance annuelle moyenne de 3,8 % jusqu'en 2030. Le scénario "
    "de rupture, associé à une disparition du bonus national, ramènerait le marché sous les 550 000 unités. "
    "Les acteurs de la location longue durée apparaissent comme les grands gagnants de cette recomposition.</p>"
    "<table><tr><th>Segment</th><th>Part 2024</th><th>Part 2030 (e)</th></tr>"
    "<tr><td>VAE urbain</td><td>48 %</td><td>41 %</td></tr><tr><td>Cargo</td><td>9 %</td><td>17 %</td></tr>"
    "<tr><td>VTT AE</td><td>31 %</td><td>29 %</td></tr></table>"
    "<p><small>Source : Xéphyr Études — document sous licence, toute rediffusion est interdite.</small></p></div>",
)

HTML["s063_intranet_bandeau_confidentiel.html"] = (
    "Projet de fusion des syndicats de rivière",
    "<div style='background:#900;color:#fff;text-align:center;letter-spacing:.6em'>C O N F I D E N T I E L</div>"
    "<h1>Fusion SMAB / SIAV — feuille de route</h1>"
    "<p>Objectif : création d'un syndicat unique au 1er janvier 2026. Étapes : délibérations concordantes "
    "(septembre), arrêté préfectoral (novembre), transfert du personnel (décembre).</p>"
    "<ul><li>Siège : Saint-Flour</li><li>Gouvernance : 24 délégués titulaires</li>"
    "<li>Contribution des membres : clé de répartition 60 % population / 40 % linéaire de cours d'eau</li></ul>",
)

HTML["s064_mail_objet_dr.html"] = (
    "[DR] point crise",
    "<p><b>Objet :</b> [DR] point de situation — crue de la Garonne</p>"
    "<p><b>De :</b> cabinet du préfet de Lot-et-Garonne<br><b>À :</b> maires des communes riveraines</p>"
    "<p><i>Mention : DR — à ne pas retransmettre hors de la liste de destinataires.</i></p>"
    "<p>Mesdames, Messieurs les maires,</p><p>La cote de 9,40 m est attendue à Agen demain vers 14 h. Le "
    "dispositif d'évacuation du quartier du Passage sera déclenché à 9,20 m. Les points de rassemblement "
    "restent ceux du PCS. Prochain point à 18 h.</p><p>Le directeur de cabinet</p>",
)

HTML["s065_intranet_depart_retraite.html"] = (
    "Intranet — la vie des services",
    "<h1>La vie des services — juin 2025</h1>"
    "<h2>Bienvenue</h2><p>Nous accueillons cinq nouveaux collègues : Léna Fournier (urbanisme), Mehdi Charef "
    "(informatique), Pauline Garnier (état civil), Victor Hamel (espaces verts) et Aline Dupont (finances).</p>"
    "<h2>Ils nous quittent</h2><p>Après trente-deux ans au service des sports, Marc Lefranc nous quitte : sa "
    "maladie de Parkinson l'a conduit à demander une retraite pour invalidité, et il remercie toutes celles et "
    "ceux qui l'ont soutenu ces derniers mois. Un pot sera organisé le 27 juin au gymnase Coubertin.</p>"
    "<p>Nadine Rousseau (bibliothèque) part en retraite le 30 juin après 41 ans de carrière.</p>"
    "<h2>Événements</h2><p>Le challenge inter-services de pétanque aura lieu le 4 juillet. Inscriptions "
    "auprès de l'amicale du personnel avant le 25 juin.</p>"
    "<h2>Pratique</h2><p>Le restaurant administratif fermera du 4 au 22 août. Les chèques-vacances seront "
    "distribués à partir du 10 juin.</p><h2>Formation</h2><p>Sessions de sensibilisation au RGPD : 12 et 19 "
    "juin, salle du conseil.</p>",
)

HTML["s066_international_office_refugee.html"] = (
    "Re: scholarship eligibility",
    "<p><b>From:</b> International Relations Office, Université de Strasbourg<br><b>To:</b> Erasmus+ "
    "coordinator, Universität Freiburg</p>"
    "<p>Dear Katrin,</p><p>Regarding our student Mr Yonas Tesfaye (Master in Chemistry): he was granted "
    "refugee status by OFPRA last year, so he cannot use his Eritrean passport and will travel with a French "
    "refugee travel document. Could you confirm this is accepted for enrolment in Freiburg? He also asks "
    "whether the top-up for students with fewer opportunities applies to him.</p><p>Best wishes,<br>Claire "
    "Muller</p>",
)

HTML["s067_disability_office_en.html"] = (
    "Accommodation request",
    "<h2>Mission Handicap — Université Paris-Saclay — accommodation summary (English version for the "
    "partner university)</h2>"
    "<table border='1'><tr><th>Student</th><td>Ms Alice Renaud</td></tr>"
    "<tr><th>Condition (disclosed with consent)</th><td>Type 1 diabetes and moderate dyslexia</td></tr>"
    "<tr><th>Exam arrangements</th><td>one-third extra time; permission to eat and use her glucose sensor "
    "during exams; separate room</td></tr>"
    "<tr><th>Valid until</th><td>31 August 2026</td></tr></table>",
)

HTML["s068_lettre_info_ccas.html"] = (
    "La Lettre du CCAS — n° 18",
    "<h1>La Lettre du CCAS de Saint-Laurent-du-Maroni — n° 18, printemps 2025</h1>"
    "<h2>Le mot de la vice-présidente</h2><p>Le printemps est la saison de nos ateliers intergénérationnels : "
    "jardinage, cuisine du fleuve, initiation au numérique. Merci aux bénévoles qui les animent.</p>"
    "<h2>Retour sur la commission permanente</h2><p>La commission a examiné 46 demandes d'aide facultative. "
    "Elle a notamment accordé un secours de 350 € à Mme Josiane Abienso, allocataire du RSA, dont le "
    "carbet a été endommagé par les pluies de février, et renouvelé les aides de transport scolaire.</p>"
    "<h2>Agenda</h2><ul><li>15 avril : permanence France Services à Apatou</li><li>22 avril : atelier "
    "« bien vieillir » à la maison de quartier des Écluses</li><li>6 mai : collecte solidaire</li></ul>"
    "<h2>Chiffres</h2><p>En 2024, le CCAS a servi 12 300 repas, domicilié 1 180 personnes et accompagné 640 "
    "ménages.</p>",
)

HTML["s069_suivi_contentieux_agressions.html"] = (
    "Suivi des plaintes — agents agressés",
    "<h1>Tableau de suivi des plaintes déposées pour le compte des agents</h1>"
    "<table border='1'><tr><th>Date</th><th>Agent victime</th><th>Mis en cause</th><th>Suite</th></tr>"
    "<tr><td>03/02/2025</td><td>contrôleur du stationnement</td><td>M. Yanis Belkacem</td><td>CRPC : 3 mois "
    "avec sursis + 500 € de dommages</td></tr>"
    "<tr><td>19/02/2025</td><td>agent d'accueil</td><td>Mme Pascale Ortega</td><td>rappel à la loi "
    "(composition pénale)</td></tr>"
    "<tr><td>11/03/2025</td><td>gardien de gymnase</td><td>M. Loïc Thébault</td><td>audience tribunal "
    "correctionnel 14/06</td></tr></table>",
)

HTML["s070_wiki_dsi_reseau.html"] = (
    "Wiki DSI — réseau des écoles",
    "<h1>Réseau pédagogique des écoles — mémo technicien</h1>"
    "<ul><li>SSID : ECOLES-PEDA — clé WPA2 : <code>Tr3s0r!Ecole2025</code></li>"
    "<li>Admin des bornes Aruba : <code>admin / Ville44!wifi</code></li>"
    "<li>VLAN 40 pédagogie, VLAN 41 direction ; le pare-feu laisse encore passer le RDP depuis le VLAN 40 "
    "(à corriger)</li><li>Les ENI des écoles Jules-Verne et Chantenay n'ont pas reçu les mises à jour depuis "
    "2023.</li></ul>",
)

HTML["s071_cr_reunion_quartier.html"] = (
    "Conseil de quartier Saint-Michel — compte rendu",
    "<h1>Conseil de quartier Saint-Michel — Bordeaux — séance du 2 octobre 2024</h1>"
    "<p>Présents : 34 habitants, l'adjoint de quartier, le chef de projet du service proximité.</p>"
    "<h2>1. Travaux de la place Meynard</h2><p>Les travaux de végétalisation débuteront en janvier pour huit "
    "mois. Le marché sera déplacé rue des Faures pendant la durée du chantier.</p>"
    "<h2>2. Propreté</h2><p>Les habitants signalent des dépôts sauvages rue Camille-Sauvageau. Une tournée "
    "supplémentaire sera testée le dimanche.</p>"
    "<h2>3. Budget participatif</h2><p>Quatre projets sont déposés. M. Thierry Lagarde, qui a précisé être "
    "adhérent de La France insoumise et animer le groupe d'action local, porte le projet de boîte à livres ; "
    "il lui est rappelé que les projets doivent rester non partisans.</p>"
    "<h2>4. Sécurité routière</h2><p>Demande de zone 30 cours Victor-Hugo ; étude de trafic en cours.</p>"
    "<h2>5. Prochaine séance</h2><p>Le 4 décembre, salle Son-Tay.</p>",
)

HTML["s072_bilan_social_commentaires.html"] = (
    "Bilan social 2024 — commentaires",
    "<h1>Rapport social unique 2024 — Département du Cantal — commentaires de la DRH</h1>"
    "<h2>Effectifs</h2><p>Au 31 décembre, la collectivité employait 1 214 agents permanents (dont 63 % de "
    "femmes). L'âge moyen est de 47,8 ans.</p><h2>Absentéisme</h2><p>Le taux d'absentéisme pour raison de santé "
    "s'établit à 7,9 %, stable.</p><h2>Dialogue social</h2><p>Le CST s'est réuni 7 fois. Le nombre de jours "
    "de grève est de 212. L'année a été marquée par la négociation sur le temps de travail des routes ; "
    "côté CGT, les discussions ont été menées par Mme Sylvie Delpuech, secrétaire de la section, agent "
    "d'exploitation au centre d'Aurillac, qui bénéficie d'une décharge à 50 %.</p>"
    "<h2>Formation</h2><p>5 830 jours de formation, soit 4,8 jours par agent.</p><h2>Rémunérations</h2><p>La "
    "masse salariale s'élève à 52,4 M€.</p>",
)

HTML["s073_offer_commercially_sensitive.html"] = (
    "Offer — campus energy services",
    "<p style='color:red'><b>Commercially sensitive — do not forward outside the procurement team</b></p>"
    "<p>Dear Ms Lambert,</p><p>Following our meeting at Université de Lille, please find our best and final "
    "offer for the campus energy performance contract. Our guaranteed savings of 27 % rely on our proprietary "
    "control algorithm (patent pending) and on a gas supply price of €38.2/MWh we have secured until 2028. Our "
    "internal margin on the works phase is limited to 6 %, which we would not offer to other clients.</p>"
    "<p>Kind regards,<br>James O'Connell, Northwind Energy Services</p>",
)

HTML["s074_maraude_tableau.html"] = (
    "Maraude — tableau de passage",
    "<h1>Maraude sociale — Samu social de Lyon — nuit du 12 au 13 janvier</h1>"
    "<table border='1'><tr><th>Lieu</th><th>Personnes</th><th>Observations</th></tr>"
    "<tr><td>Pont Kitchener</td><td>famille CIUREA (2 adultes, 3 enfants)</td><td>famille rom de "
    "Roumanie, demande de mise à l'abri, 115 saturé</td></tr>"
    "<tr><td>Gare Part-Dieu</td><td>M. Patrick G.</td><td>connu, alcoolisé, refuse l'hébergement</td></tr>"
    "<tr><td>Parc Blandan</td><td>M. Ahmed (nom non communiqué)</td><td>toux persistante, orienté PASS</td></tr>"
    "</table>",
)

HTML["s075_uk_social_services_email.html"] = (
    "Child welfare check request",
    "<p><b>From:</b> Children's Services, Kent County Council<br><b>To:</b> Conseil départemental du "
    "Pas-de-Calais — cellule enfance</p><p>Dear colleagues,</p><p>We are working with the family of Ellie "
    "Hughes (aged 5). Her parents separated in March and her mother has moved to Boulogne-sur-Mer with her "
    "without the father's consent; a Child Arrangements Order is in place in England. We have concerns about "
    "the mother's current ability to care for Ellie and would be grateful if your services could carry out a "
    "welfare visit. Nous pouvons fournir le jugement traduit.</p><p>Kind regards,<br>Hannah Price, social "
    "worker</p>",
)

# ----------------------------------------------------------------------------------------------
# Public .docx
# ----------------------------------------------------------------------------------------------

DOCX["p121_pv_conseil_communautaire.docx"] = [
    ("title", "Communauté de communes du Haut-Jura — Procès-verbal du conseil communautaire du 3 juillet 2025"),
    ("p", "Le conseil communautaire s'est réuni à la salle des fêtes de Morez sous la présidence de M. Laurent "
          "Bourgeois, président. Membres en exercice : 46. Présents : 39. Pouvoirs : 4. Secrétaire de séance : "
          "Mme Sophie Vuillet, déléguée de Bois-d'Amont."),
    ("h", "1. Approbation du procès-verbal de la séance du 15 mai 2025"),
    ("p", "M. Christian Midol-Monnet demande que son intervention sur la compétence mobilité soit complétée. Avec "
          "cette modification, le procès-verbal est approuvé à l'unanimité."),
    ("h", "2. Finances — décision modificative n° 1"),
    ("p", "Le vice-président chargé des finances, M. Olivier Brocard, présente la décision modificative qui "
          "intègre la subvention DSIL de 420 000 € pour la rénovation de la piscine intercommunale et ajuste les "
          "crédits de la collecte des déchets (+ 65 000 € liés à la hausse de la TGAP). Il précise que le niveau "
          "d'épargne nette reste satisfaisant (1,2 M€). M. Jean-Marc Jeunet s'interroge sur l'évolution des "
          "charges de personnel ; il lui est répondu que la hausse de 3,1 % résulte essentiellement des mesures "
          "nationales (point d'indice, GIPA). Adopté par 41 voix pour et 2 abstentions."),
    ("h", "3. Tourisme — taxe de séjour 2026"),
    ("p", "Les tarifs de la taxe de séjour sont reconduits, à l'exception des meublés non classés dont le taux "
          "passe de 4 à 5 %. Mme Annie Grenard souligne le travail de l'office de tourisme sur les stations des "
          "Rousses et de Lamoura. Adopté à l'unanimité."),
    ("h", "4. Environnement — programme local de prévention des déchets"),
    ("p", "Le programme 2025-2030 vise une réduction de 15 % des déchets ménagers et assimilés par habitant. "
          "Il prévoit la généralisation du compostage, l'extension des consignes de tri et la création d'une "
          "ressourcerie à Saint-Claude en partenariat avec Emmaüs. Le débat porte sur la tarification incitative, "
          "que plusieurs délégués jugent prématurée. Le président propose une étude de faisabilité. Adopté par "
          "40 voix pour, 3 contre."),
    ("h", "5. Mobilité — convention avec la Région pour le transport à la demande"),
    ("p", "La convention permet la création de trois lignes de transport à la demande (Morbier-Morez-Les Rousses, "
          "Longchaumois-Morez, Bellefontaine-Morbier), financées à 70 % par la Région. Adopté à l'unanimité."),
    ("h", "6. Ressources humaines — tableau des effectifs"),
    ("p", "Création d'un poste d'ingénieur (chargé de mission transition énergétique) et d'un poste d'adjoint "
          "technique (maître-nageur saisonnier). Suppression d'un poste de rédacteur devenu vacant après une "
          "mutation. Adopté à l'unanimité."),
    ("h", "7. Urbanisme — PLUi"),
    ("p", "Le président rappelle le calendrier du plan local d'urbanisme intercommunal : arrêt du projet en "
          "novembre 2025, enquête publique au printemps 2026, approbation à l'automne 2026. Trois réunions "
          "publiques se tiendront en septembre à Morez, Les Rousses et Septmoncel."),
    ("h", "8. Informations et questions diverses"),
    ("p", "Les délégués sont informés des décisions prises par le président par délégation (12 marchés, 4 "
          "conventions d'occupation). Mme Vuillet annonce la Transjurassienne d'été le 24 août. La séance est "
          "levée à 22 h 40."),
    ("p", "Le président, L. Bourgeois — La secrétaire de séance, S. Vuillet"),
]

DOCX["p122_rapport_orientation_budgetaire.docx"] = [
    ("title", "Ville de Châtellerault — Rapport d'orientation budgétaire 2026 (extraits)"),
    ("h", "Contexte national"),
    ("p", "La loi de finances prévoit une stabilisation de la DGF et une contribution des collectivités au "
          "redressement des comptes publics. L'inflation prévisionnelle est de 1,4 %."),
    ("h", "Principaux équilibres"),
    ("table", [["Section", "BP 2025", "Orientation 2026"], ["Fonctionnement — dépenses", "41,2 M€", "41,9 M€"],
               ["Fonctionnement — recettes", "45,8 M€", "46,1 M€"], ["Investissement", "14,5 M€", "12,8 M€"],
               ["Encours de dette au 31/12", "38,4 M€", "37,1 M€"]]),
    ("h", "Priorités"),
    ("p", "Rénovation énergétique des écoles, requalification des berges de la Vienne, maintien des taux "
          "d'imposition, poursuite du désendettement (capacité de désendettement : 6,2 ans)."),
]

DOCX["p123_schema_autonomie.docx"] = [
    ("title", "Schéma départemental de l'autonomie 2025-2029 — Département de la Martinique (synthèse)"),
    ("p", "La Martinique est le territoire le plus âgé de France : 31 % de la population a plus de 60 ans. Le "
          "schéma fixe quatre orientations : favoriser le maintien à domicile, soutenir les aidants, adapter "
          "l'offre d'accueil des personnes en situation de handicap et lutter contre l'isolement."),
    ("table", [["Indicateur", "2024", "Cible 2029"], ["Bénéficiaires APA à domicile", "9 850", "11 500"],
               ["Places en EHPAD", "1 712", "1 900"], ["Bénéficiaires PCH", "3 140", "3 600"],
               ["Places d'accueil de jour Alzheimer", "96", "160"]]),
    ("p", "Le schéma a été élaboré avec la MDPH, l'ARS, les associations de personnes handicapées et les "
          "représentants des usagers au sein du CDCA."),
]

DOCX["p124_bilan_social_agrege.docx"] = [
    ("title", "Rapport social unique 2024 — Syndicat mixte Grand Littoral Picard — données agrégées"),
    ("table", [["Thème", "Valeur"], ["Effectif permanent", "312 agents"],
               ["Jours d'absence pour maladie ordinaire", "5 640"], ["Congés de longue maladie / longue durée", "7 agents"],
               ["Accidents de service", "23"], ["Taux de syndicalisation estimé", "non disponible"],
               ["Jours de décharge d'activité de service (toutes organisations)", "468"],
               ["Sanctions disciplinaires prononcées", "3 (1er groupe : 2 ; 2e groupe : 1)"]]),
    ("p", "Les données sont présentées de manière agrégée ; aucune information nominative n'est communiquée au "
          "comité social territorial."),
]

DOCX["p125_guide_procedure_disciplinaire.docx"] = [
    ("title", "Guide du manager — La procédure disciplinaire dans la fonction publique hospitalière"),
    ("h", "1. Les sanctions"),
    ("p", "Les sanctions sont réparties en quatre groupes : avertissement et blâme (1er groupe) ; radiation du "
          "tableau d'avancement, abaissement d'échelon, exclusion temporaire de 4 à 15 jours (2e groupe) ; "
          "rétrogradation, exclusion de 16 jours à 2 ans (3e groupe) ; mise à la retraite d'office, révocation "
          "(4e groupe)."),
    ("h", "2. Les garanties de l'agent"),
    ("p", "L'agent a droit à la communication intégrale de son dossier, à l'assistance d'un défenseur de son "
          "choix et, pour les sanctions des groupes 2 à 4, à la saisine du conseil de discipline."),
    ("h", "3. Le rôle du cadre de proximité"),
    ("p", "Le cadre établit un rapport circonstancié et factuel, sans jugement sur la personne, et le transmet à "
          "la direction des ressources humaines. Il ne prononce aucune sanction lui-même."),
]

DOCX["p126_annual_summary_en.docx"] = [
    ("title", "Eurométropole de Strasbourg — Annual summary 2024 (English version)"),
    ("p", "The Eurométropole brings together 33 municipalities and 510,000 inhabitants. In 2024 it invested "
          "€412 million, mainly in public transport (tram extension to Wolfisheim), housing renovation and the "
          "Rhine cross-border cycle network."),
    ("table", [["Key figure", "2024"], ["Tram ridership", "91 million trips"], ["New social housing units", "1,640"],
               ["Tonnes of waste recycled", "118,000"], ["Cross-border cycle lanes opened", "14 km"]]),
    ("p", "Contact: European and international relations department."),
]

DOCX["p127_arrete_permis_construire.docx"] = [
    ("title", "Arrêté accordant un permis de construire — PC 972 209 25 00034"),
    ("p", "Le maire de la commune du Robert (Martinique),"),
    ("p", "Vu la demande présentée le 14 février 2025 par Mme Ginette Larcher, demeurant quartier Vert-Pré, "
          "pour la construction d'une maison individuelle de 112 m² sur la parcelle AB 412 ;"),
    ("p", "Vu le plan local d'urbanisme approuvé le 28 juin 2019 ;"),
    ("p", "ARRÊTE : Article 1 — Le permis de construire est ACCORDÉ. Article 2 — Les eaux pluviales seront "
          "gérées à la parcelle. Article 3 — La construction respectera les règles parasismiques et "
          "paracycloniques en vigueur."),
    ("p", "Fait au Robert, le 2 mai 2025. Le maire."),
]

DOCX["p128_schema_accueil_asile.docx"] = [
    ("title", "Schéma régional d'accueil des demandeurs d'asile et des réfugiés — Centre-Val de Loire 2024-2025"),
    ("p", "Le schéma fixe la répartition des places d'hébergement du dispositif national d'accueil entre les six "
          "départements de la région, afin de réduire la pression sur l'Île-de-France."),
    ("table", [["Département", "Places CADA", "Places HUDA", "Places CPH"], ["Cher", "310", "120", "40"],
               ["Eure-et-Loir", "280", "150", "35"], ["Indre", "190", "80", "25"], ["Indre-et-Loire", "520", "210", "60"],
               ["Loir-et-Cher", "260", "110", "30"], ["Loiret", "610", "240", "70"]]),
    ("p", "En 2024, 4 120 personnes ont été orientées vers la région ; le taux de protection à l'issue de "
          "l'instruction s'établit à 47 %."),
]

DOCX["p129_deliberation_dsp_tarifs.docx"] = [
    ("title", "Délibération — Délégation de service public du stationnement — choix du délégataire"),
    ("p", "Commune d'Annecy — conseil municipal du 19 mai 2025."),
    ("p", "Après négociation, la commission propose de retenir la société Alpes Parking Services pour une durée de "
          "8 ans. L'économie générale du contrat, jointe en annexe publique, prévoit une redevance annuelle "
          "minimale de 1,35 M€ versée à la commune, des investissements de 4,2 M€ (guidage à la place, bornes "
          "de recharge) et des tarifs horaires plafonnés fixés par le conseil."),
    ("p", "Le conseil approuve le choix du délégataire et autorise le maire à signer le contrat. Adopté par 45 voix "
          "pour, 8 contre."),
]

DOCX["p130_guide_cyber_agents.docx"] = [
    ("title", "Dix bons réflexes de cybersécurité — Guide à l'usage des agents du Conseil départemental du Gers"),
    ("p", "1. Verrouillez votre poste dès que vous le quittez (Windows + L). 2. Choisissez des phrases de passe "
          "longues et différentes pour chaque service. 3. Méfiez-vous des pièces jointes inattendues. 4. Signalez "
          "tout message suspect au bouton « Signaler » de la messagerie. 5. N'utilisez pas de clé USB d'origine "
          "inconnue. 6. Ne communiquez jamais vos identifiants, même au support informatique. 7. Mettez à jour "
          "vos applications. 8. En télétravail, utilisez le VPN fourni. 9. Séparez usages personnels et "
          "professionnels. 10. En cas de doute, appelez le support au poste 4400."),
]

DOCX["p131_fiche_poste_gestionnaire.docx"] = [
    ("title", "Fiche de poste — Gestionnaire comptable (h/f) — CCAS de Limoges"),
    ("table", [["Cadre d'emplois", "Adjoints administratifs / rédacteurs"], ["Service", "Finances et marchés"],
               ["Missions", "exécution budgétaire, mandatement, suivi des régies, relations avec la trésorerie"],
               ["Compétences", "M57, logiciel Civil Net Finances, rigueur"], ["Temps de travail", "35 h, télétravail possible 1 j"],
               ["Candidature", "avant le 30 juin à drh@ccas-limoges.fr"]]),
]

DOCX["p132_rapport_mediateur.docx"] = [
    ("title", "Rapport annuel du médiateur de la Ville de Lyon — 2024 (extraits)"),
    ("p", "Le médiateur a été saisi de 1 142 réclamations (+8 %), dont 62 % ont abouti à une solution "
          "favorable. Les principaux domaines sont le stationnement (29 %), l'urbanisme (14 %), la propreté (11 %) "
          "et l'état civil (9 %)."),
    ("h", "Un cas exemplaire"),
    ("p", "Une usagère contestait un forfait post-stationnement alors qu'elle avait payé sur l'application, mais "
          "sur une zone erronée. Le médiateur a obtenu l'annulation du forfait et recommandé une meilleure "
          "signalétique des zones tarifaires."),
    ("h", "Recommandations"),
    ("p", "Simplifier les courriers de relance, renforcer l'accueil téléphonique de l'état civil, publier les délais "
          "moyens de traitement des autorisations d'urbanisme."),
]

DOCX["p133_convention_ecole_musee.docx"] = [
    ("title", "Convention de partenariat entre le musée des Beaux-Arts de Nancy et l'école élémentaire Charles-III"),
    ("p", "Article 1 — Objet : parcours d'éducation artistique pour les classes de CM1 et CM2 (6 visites "
          "par classe). Article 2 — Le musée met à disposition une médiatrice et les supports pédagogiques. "
          "Article 3 — La gratuité d'accès est accordée aux élèves et accompagnateurs. Article 4 — Durée : année "
          "scolaire 2025-2026, renouvelable."),
    ("p", "Pour le musée, la directrice ; pour l'école, le directeur, M. Samuel Idrissi."),
]

DOCX["p134_rapport_lutte_discriminations.docx"] = [
    ("title", "Plan territorial de lutte contre le racisme, l'antisémitisme et les discriminations — Métropole Aix-Marseille-Provence"),
    ("p", "Le plan 2025-2027 s'appuie sur un diagnostic partagé : les testings réalisés en 2023 ont montré qu'un "
          "candidat au nom à consonance maghrébine avait 31 % de chances en moins d'obtenir une réponse positive "
          "pour un logement privé. Les signalements de propos racistes dans les transports ont augmenté de 12 %."),
    ("p", "Actions : formation des agents d'accueil, campagne d'affichage « Ici, on ne trie pas », soutien aux "
          "associations d'aide aux victimes, testing annuel sur l'accès aux stages."),
]

DOCX["p135_pv_cao_notes_globales.docx"] = [
    ("title", "Procès-verbal de la commission d'appel d'offres — Département de la Corse-du-Sud — lot 3 transport scolaire"),
    ("table", [["Candidat", "Note prix (/60)", "Note technique (/40)", "Total", "Rang"],
               ["Autocars Ceccaldi", "54,2", "33,0", "87,2", "1"], ["Transports Santoni", "57,0", "27,5", "84,5", "2"],
               ["Corsica Bus", "49,8", "29,0", "78,8", "3"]]),
    ("p", "La commission attribue le lot 3 à Autocars Ceccaldi pour un montant annuel de 412 300 € HT. Les "
          "candidats évincés seront informés des motifs du rejet et des caractéristiques de l'offre retenue."),
]

# ----------------------------------------------------------------------------------------------
# Public .html
# ----------------------------------------------------------------------------------------------

HTML["p136_horaires_mediatheque.html"] = (
    "Horaires d'été de la médiathèque",
    "<h1>Horaires d'été</h1><p>Du 7 juillet au 30 août, la médiathèque François-Mitterrand de Poitiers est "
    "ouverte du mardi au samedi de 10 h à 13 h et de 14 h à 18 h. Fermeture le 15 août.</p>",
)

HTML["p137_aide_sociale_hebergement.html"] = (
    "L'aide sociale à l'hébergement (ASH)",
    "<h1>L'aide sociale à l'hébergement des personnes âgées</h1><p>L'ASH permet de prendre en charge tout ou "
    "partie des frais d'hébergement en établissement d'une personne âgée de plus de 65 ans dont les ressources "
    "sont insuffisantes. La demande se fait auprès du CCAS de la commune de résidence. L'obligation alimentaire "
    "des enfants peut être sollicitée ; les sommes avancées peuvent être récupérées sur la succession.</p>"
    "<h2>Pièces à fournir</h2><ul><li>avis d'imposition</li><li>relevés de comptes</li><li>liste des "
    "obligés alimentaires</li></ul><p>Département de la Dordogne — direction de l'autonomie.</p>",
)

HTML["p138_mdph_demande.html"] = (
    "Faire une demande à la MDPH",
    "<h1>MDPH de l'Hérault — faire une première demande</h1><p>Le formulaire Cerfa 15692 permet de demander "
    "une reconnaissance de la qualité de travailleur handicapé, l'allocation aux adultes handicapés, la "
    "prestation de compensation ou une orientation scolaire. Il doit être accompagné d'un certificat médical "
    "de moins d'un an. Délai moyen de traitement : 4,1 mois.</p><p>Accueil : du lundi au vendredi, 9 h–16 h, "
    "Montpellier et antennes de Béziers et Lodève.</p>",
)

HTML["p139_tourist_office_en.html"] = (
    "Visit Saint-Malo",
    "<h1>Welcome to Saint-Malo</h1><p>Walk the ramparts, visit the Grand Aquarium and taste the famous "
    "buckwheat galettes. At low tide, you can walk to the Grand Bé island to see Chateaubriand's tomb — check "
    "the tide tables at the tourist office.</p><p>Tourist office: Esplanade Saint-Vincent, open daily 9 am – "
    "7 pm in summer.</p>",
)

HTML["p140_erasmus_press_release_en.html"] = (
    "Erasmus+ record year",
    "<h1>Université Clermont Auvergne: record year for Erasmus+ mobility</h1><p>In 2024-2025, 1,240 students "
    "from the university studied or trained abroad, a 14 % increase. Top destinations were Spain, Germany and "
    "Ireland. The green travel top-up was granted to 310 students who travelled by train.</p>",
)

HTML["p141_don_du_sang.html"] = (
    "Collecte de sang",
    "<h1>Collecte de sang à la salle Jean-Vilar</h1><p>L'Établissement français du sang organise une collecte "
    "le mercredi 9 avril de 15 h à 19 h 30 à Argenteuil. Prenez rendez-vous sur mon-rdv-dondesang.efs.sante.fr. "
    "Pensez à bien manger avant votre don. Les personnes ayant reçu un tatouage récent doivent attendre 4 "
    "mois.</p>",
)

HTML["p142_enfance_en_danger_119.html"] = (
    "Enfance en danger : que faire ?",
    "<h1>Vous êtes inquiet pour un enfant ?</h1><p>Appelez le <strong>119</strong>, gratuit, 24 h/24. Vous "
    "pouvez aussi contacter la cellule de recueil des informations préoccupantes du Département du Morbihan. "
    "Tout professionnel ou particulier peut transmettre une information préoccupante ; en cas de danger "
    "immédiat, composez le 17.</p><p>La CRIP évalue chaque situation avec les services sociaux et, si "
    "nécessaire, saisit le procureur de la République.</p>",
)

HTML["p143_portrait_boulanger.html"] = (
    "Portrait — Ils font vivre le centre-bourg",
    "<h1>Ils font vivre le centre-bourg : Thomas Guérin, boulanger</h1><p>Installé rue du Marché à "
    "Beaupréau depuis 2019, Thomas Guérin a repris la boulangerie de ses grands-parents. Son pain au levain "
    "et au blé ancien a remporté le concours départemental 2024. « Je me lève à 3 h, mais je ne changerais "
    "pour rien au monde », sourit-il. Il accueille chaque année deux apprentis du CFA de Cholet.</p>",
)

HTML["p144_carte_identite_empreintes.html"] = (
    "Carte nationale d'identité",
    "<h1>Demander ou renouveler sa carte d'identité</h1><p>La demande se fait sur rendez-vous en mairie, "
    "après une pré-demande en ligne sur ants.gouv.fr. Lors du dépôt, l'agent recueille vos empreintes "
    "digitales (deux doigts), qui sont enregistrées dans la puce de la carte et, pour une durée limitée, dans "
    "le fichier TES. Les enfants de moins de 12 ans ne donnent pas leurs empreintes.</p><p>Mairie de "
    "Mantes-la-Jolie — rendez-vous au 01 34 .. .. ..</p>",
)

HTML["p145_information_greve_ecoles.html"] = (
    "Grève du 18 mars : accueil des élèves",
    "<h1>Grève du mardi 18 mars dans les écoles</h1><p>Plusieurs organisations syndicales enseignantes "
    "(SNUipp-FSU, SE-Unsa, SUD Éducation) appellent à la grève. La Ville de Tours mettra en place un service "
    "minimum d'accueil dans les écoles où plus de 25 % des enseignants seront grévistes. La liste des écoles "
    "concernées sera publiée la veille à 17 h.</p>",
)

HTML["p146_politique_confidentialite.html"] = (
    "Politique de confidentialité",
    "<h1>Politique de confidentialité du site de la Ville de Niort</h1><p>La Ville de Niort s'engage à "
    "protéger vos données personnelles. Les données recueillies via les formulaires sont utilisées uniquement "
    "pour traiter votre demande et conservées au maximum 3 ans. Vous disposez d'un droit d'accès, de "
    "rectification et d'effacement auprès du délégué à la protection des données : dpo@ville-niort.fr.</p>"
    "<p>Cookies : seuls des cookies de mesure d'audience anonymisée sont déposés.</p>",
)

HTML["p147_tribune_opposition.html"] = (
    "Tribunes libres",
    "<h1>Expression des groupes politiques — magazine municipal de Tourcoing, mai 2025</h1>"
    "<h2>Groupe « Tourcoing Écologie et Solidarités »</h2><p>Nous regrettons que la majorité ait refusé notre "
    "amendement pour la gratuité des cantines pour les familles les plus modestes. — Mme Karima Ouali, "
    "présidente du groupe.</p><h2>Groupe « Tourcoing Rassemblement »</h2><p>La sécurité doit rester la "
    "priorité : nous demandons le doublement des effectifs de police municipale. — M. Pierre Lemaire, "
    "président du groupe.</p>",
)

HTML["p148_plan_grand_froid.html"] = (
    "Plan grand froid",
    "<h1>Plan hivernal : le dispositif renforcé à Strasbourg</h1><p>Du 1er novembre au 31 mars, 420 places "
    "d'hébergement supplémentaires sont ouvertes. Les maraudes passent de 3 à 6 par nuit lors du "
    "déclenchement du niveau « grand froid ». Si vous voyez une personne sans abri en difficulté, appelez le "
    "115.</p>",
)

HTML["p149_revue_presse_liens.html"] = (
    "Revue de presse du 14 janvier",
    "<h1>Revue de presse — Communauté d'agglomération du Grand Dax</h1><ul>"
    "<li><em>Sud Ouest</em> : « Le nouveau pôle d'échanges de la gare ouvre ses portes » — "
    "<a href='https://www.sudouest.fr/'>lire l'article</a></li>"
    "<li><em>France 3 Aquitaine</em> : reportage sur les thermes (2 min) — <a href='https://france3-regions.francetvinfo.fr/'>voir</a></li>"
    "<li><em>La Gazette des communes</em> : l'agglomération citée pour son plan vélo.</li></ul>",
)

HTML["p150_crossborder_health_en.html"] = (
    "Cross-border health cooperation",
    "<h1>Cross-border health: Lille and Kortrijk sign a new agreement</h1><p>The Groupe hospitalier "
    "Loos-Haubourdin and AZ Groeninge (Kortrijk) have renewed the ZOAST agreement allowing residents of the "
    "border area to be treated on either side without prior authorisation. In 2024, 6,800 patients used the "
    "scheme, mainly for emergency care, maternity and dialysis.</p>",
)

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
