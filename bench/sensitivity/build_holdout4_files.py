"""Build the .docx and .html documents of the holdout4 sensitivity set.

Run from the repository root: ``/work/main/.venv/bin/python bench/sensitivity/build_holdout4_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout4"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
HTML: dict[str, tuple[str, str]] = {}

DOCX.update({
    "s057_arrete_prefectoral.docx": [
        ("title", "PRÉFET DU BAS-RHIN"),
        ("p", "Arrêté n° 2024-ASR-0318 portant assignation à résidence"),
        ("p", "La préfète du Bas-Rhin,"),
        ("p", "Vu le code de l'entrée et du séjour des étrangers et du droit d'asile, notamment ses articles L. 731-1 et L. 732-1 ;"),
        ("p", "Vu l'arrêté du 2 février portant obligation de quitter le territoire français sans délai pris à l'encontre de M. Artur GRIGORYAN, né le 15 avril 1979 à Gyumri, de nationalité arménienne, devenu définitif à la suite du jugement du tribunal administratif de Strasbourg du 28 mars ;"),
        ("p", "Considérant que l'intéressé, dont l'éloignement demeure une perspective raisonnable, justifie d'une adresse stable chez son frère, 41 route de Schirmeck à Strasbourg, et qu'il est père de deux enfants scolarisés à Strasbourg ; que, dans ces conditions, une mesure moins coercitive que la rétention est adaptée ;"),
        ("p", "ARRÊTE"),
        ("p", "Article 1er : M. Artur Grigoryan est assigné à résidence dans le département du Bas-Rhin pour une durée de quarante-cinq jours."),
        ("table", [["Obligation", "Modalités"],
                   ["Présentation", "Hôtel de police de Strasbourg, service de l'immigration, les lundi, mercredi et vendredi à 9 h"],
                   ["Domicile", "Demeurer à l'adresse déclarée de 6 h à 9 h"],
                   ["Passeport", "Remis au service contre récépissé"],
                   ["Sortie du département", "Interdite sans autorisation"]]),
        ("p", "Article 2 : Le non-respect de ces obligations l'expose aux sanctions prévues à l'article L. 824-4 du code précité et à un placement en rétention."),
        ("p", "Article 3 : Cette décision peut être contestée devant le tribunal administratif de Strasbourg dans un délai de sept jours à compter de sa notification."),
        ("p", "Notifié le ……… à ……… h, en présence d'un interprète en langue arménienne. Signature de l'intéressé :"),
    ],
    "s058_fiche_liaison.docx": [
        ("title", "PROTECTION JUDICIAIRE DE LA JEUNESSE – Unité éducative de milieu ouvert de Niort"),
        ("p", "Fiche de liaison – mesure de réparation pénale auprès de la commune de Chauray"),
        ("table", [["Mineur", "Noah BRETON, 15 ans, élève de 3e au collège Jean-Zay"],
                   ["Décision", "Ordonnance du juge des enfants de Niort du 14 mai"],
                   ["Faits", "Tags et dégradation de la façade de la salle des fêtes, nuit du 2 au 3 mars (préjudice chiffré par la commune à 1 860 €)"],
                   ["Durée de la mesure", "20 heures, à réaliser avant le 30 septembre"],
                   ["Éducatrice PJJ", "Mme Laure Peyrat"],
                   ["Référent commune", "M. Daniel Joly, responsable des bâtiments"]]),
        ("p", "Activités proposées : participation au nettoyage de la façade avec l'équipe bâtiments (8 h) ; rencontre avec le président du comité des fêtes, qui a accepté d'expliquer l'usage de la salle par les associations (2 h) ; atelier graff encadré au service jeunesse pour réaliser une fresque autorisée sur le local du skate-park (10 h)."),
        ("p", "Éléments de contexte portés à la connaissance du référent : Noah a agi avec deux camarades, majeurs, poursuivis séparément. Il n'avait jamais été signalé auparavant. Il vit avec sa mère et son beau-père ; ses parents sont séparés depuis 2019 et il voit peu son père. Il est volontaire pour la mesure et a rédigé une lettre d'excuses au maire."),
        ("p", "Le référent ne communique pas l'identité du mineur aux autres agents et signale toute absence à l'éducatrice le jour même."),
        ("p", "Bilan de fin de mesure à retourner à l'UEMO. Ces informations sont couvertes par le secret professionnel."),
    ],
    "s059_proces_verbal_commission.docx": [
        ("title", "FONDS DE SOLIDARITÉ POUR LE LOGEMENT DE LA CHARENTE – Commission locale d'Angoulême"),
        ("p", "Procès-verbal de la séance du 9 octobre – dossiers « maintien dans le logement »"),
        ("table", [["N°", "Ménage", "Situation", "Dette", "Décision"],
                   ["FSL-24-311", "Mme Océane RENAUD, 2 enfants", "Séparation en juin, perte de la pension alimentaire, emploi en CDD", "1 940 € de loyers (Logélia)", "Prêt 970 € + subvention 970 €"],
                   ["FSL-24-312", "M. et Mme DA SILVA", "Monsieur en arrêt depuis 8 mois après un accident du travail", "3 410 € de loyers (bailleur privé)", "Subvention 1 500 €, plan d'apurement sur 24 mois"],
                   ["FSL-24-313", "M. Hervé DUCLOS, seul", "Retraite de 880 €, dépense de chauffage au fioul élevée", "620 € énergie (TotalEnergies)", "Subvention 400 €"],
                   ["FSL-24-314", "Mme Yasmina BOUZID, 3 enfants", "Troisième saisine en 4 ans, pas d'accompagnement accepté", "4 880 € de loyers", "Refus ; orientation vers un accompagnement social lié au logement"]]),
        ("p", "Observations : pour le dossier FSL-24-312, la commission demande que le travailleur social vérifie l'ouverture des indemnités journalières de la CPAM, dont le retard est à l'origine de la dette."),
        ("p", "Pour le dossier FSL-24-314, le bailleur a indiqué avoir délivré un commandement de payer ; la commission de coordination des actions de prévention des expulsions (CCAPEX) sera saisie."),
        ("p", "Les membres de la commission sont tenus au secret professionnel. Le présent procès-verbal n'est pas communicable aux tiers."),
    ],
    "s060_rapport_enquete_administrative.docx": [
        ("title", "VILLE DE MULHOUSE – Inspection générale des services"),
        ("p", "Rapport d'enquête administrative – signalement du 12 février (cellule de signalement des violences, discriminations et harcèlements)"),
        ("p", "Agent à l'origine du signalement : M. Damien KELLER, agent de surveillance des parcs, brigade nord."),
        ("p", "Agents mis en cause : M. Patrick ROTH, chef d'équipe ; M. Cyril WEBER, agent de surveillance."),
        ("p", "Faits signalés : M. Keller indique qu'après avoir été aperçu par ses collègues avec son mari lors du marché de Noël, il a fait l'objet de remarques répétées (« le couple de la brigade », imitations, surnoms à connotation sexuelle), qu'un dessin obscène a été glissé dans son casier le 6 février et que M. Roth a refusé de l'affecter en binôme « pour ne pas mettre mal à l'aise les collègues »."),
        ("p", "Auditions : six agents entendus entre le 20 février et le 8 mars. Quatre confirment les surnoms, deux confirment les propos de M. Roth sur le binôme. M. Weber reconnaît être l'auteur du dessin, qu'il qualifie de « blague »."),
        ("table", [["Agent", "Faits établis", "Proposition"],
                   ["M. Roth", "Propos discriminatoires, refus d'affectation fondé sur la vie privée de l'agent", "Conseil de discipline, sanction du 2e groupe ; retrait des fonctions d'encadrement"],
                   ["M. Weber", "Dessin obscène, surnoms", "Sanction du 1er groupe (blâme)"]]),
        ("p", "Mesures de protection : protection fonctionnelle accordée à M. Keller, changement de brigade à sa demande, accès au psychologue du travail."),
        ("p", "Rapport établi le 15 mars – destinataires : Maire, DGS, DRH."),
    ],
    "s061_compte_rendu_entretien_rh.docx": [
        ("title", "MÉTROPOLE DU GRAND NANCY – Direction des ressources humaines"),
        ("p", "Compte rendu d'entretien – 23 mai – reçue : Mme Mei-Lin TRAN, gestionnaire comptable, direction des finances"),
        ("p", "Présents : Mme Tran ; Mme Aubert, conseillère RH ; M. Hoarau, représentant du personnel à la demande de l'agent."),
        ("p", "Mme Tran explique que ses parents sont arrivés du Cambodge en 1979, qu'elle est née à Nancy et qu'elle n'a « jamais mis les pieds en Asie ». Depuis son arrivée dans le service en 2022, deux collègues l'appellent « la Chinoise » ou « Mulan », lui demandent en réunion si elle « mange du chien » et lui attribuent d'office les dossiers de prestataires asiatiques « parce que tu comprends leur mentalité »."),
        ("p", "Pendant l'épidémie de 2020, dans son ancien service, une collègue avait refusé de partager son bureau ; elle n'avait pas réagi à l'époque."),
        ("p", "Elle a noté les dates et les propos dans un carnet qu'elle a montré : une quinzaine d'épisodes depuis septembre. Elle se dit épuisée, dort mal, et a consulté son médecin."),
        ("p", "Suites proposées :"),
        ("table", [["Action", "Responsable", "Délai"],
                   ["Saisine de la cellule de signalement", "DRH", "Immédiat"],
                   ["Entretien avec la directrice des finances", "Mme Aubert", "Sous 8 jours"],
                   ["Proposition d'accompagnement psychologique", "Service santé au travail", "Sous 15 jours"]]),
        ("p", "Mme Tran souhaite que ses collègues ne sachent pas qu'elle a parlé « pour l'instant »."),
    ],
    "s062_registre_salle.docx": [
        ("title", "DÉPARTEMENT DE LA SAVOIE – Direction du numérique"),
        ("p", "Salle serveurs du site de Chambéry-Bissy – registre des personnes enrôlées sur le lecteur de la porte (mise à jour trimestrielle)"),
        ("table", [["Nom", "Fonction", "Donnée enregistrée", "Identifiant gabarit", "Date d'enrôlement"],
                   ["Gilles PERRIER", "Administrateur systèmes", "Réseau veineux de la paume (main droite)", "VP-0012", "14/01/2022"],
                   ["Sonia BLANC", "Responsable infrastructure", "Réseau veineux (main droite)", "VP-0015", "03/05/2022"],
                   ["Thierry MOLLARD", "Technicien réseau", "Réseau veineux (main gauche – blessure main droite)", "VP-0021", "19/09/2023"],
                   ["Karim HADDAD", "Prestataire maintenance onduleurs", "Réseau veineux (main droite)", "VP-0024", "08/02/2024"]]),
        ("p", "Suppressions du trimestre : M. Rémi Jacquier (départ en retraite) – gabarit VP-0009 effacé le 2 avril, procès-verbal d'effacement joint."),
        ("p", "Anomalie : le gabarit de M. Mollard présente un taux de faux rejets élevé ; un ré-enrôlement est programmé. Dans l'intervalle, il accède avec badge et code sous la présence d'un second administrateur."),
        ("p", "Rappel : les gabarits sont stockés uniquement sur le lecteur de la porte (pas de base centrale), conformément à l'analyse d'impact validée par le délégué à la protection des données."),
        ("p", "Registre tenu par le responsable de la sécurité des systèmes d'information."),
    ],
    "s063_note_renseignement.docx": [
        ("title", "DIFFUSION RESTREINTE"),
        ("p", "Service départemental du renseignement territorial de l'Ardèche"),
        ("p", "Note d'information – 3 juin – Objet : mobilisation contre le projet de centrale photovoltaïque au sol de Saint-Agrève"),
        ("p", "La contestation du projet se structure autour du collectif « Plateau vivant », qui revendique environ 120 sympathisants. Trois rassemblements ont eu lieu depuis mars, sans incident notable."),
        ("p", "Le collectif est animé par Mme Marion FAURE, 38 ans, éleveuse de chèvres à Devesset, qui n'exerce aucun mandat. Elle a été candidate sur une liste écologiste et anticapitaliste aux municipales de 2020 et milite au sein des Soulèvements de la Terre, dont elle a rejoint la mobilisation de Sainte-Soline en mars 2023. Son compagnon, M. Julien Rey, est adhérent de la Confédération paysanne."),
        ("p", "Le collectif envisage une « journée d'occupation » du terrain le 22 juin. Des militants extérieurs au département, issus des mêmes réseaux, pourraient être présents."),
        ("table", [["Date", "Action annoncée", "Effectif estimé", "Risque"],
                   ["15 juin", "Réunion publique salle des fêtes", "80", "Faible"],
                   ["22 juin", "Occupation du terrain", "150 à 300", "Moyen – dégradations possibles"]]),
        ("p", "Proposition : maintien du suivi, échange avec l'escadron départemental de sécurité routière pour les accès."),
        ("p", "DIFFUSION RESTREINTE – ne pas transmettre hors destinataires"),
    ],
    "s064_negociation_dsp.docx": [
        ("title", "COMMUNAUTÉ DE COMMUNES DU BASSIN DE POMPEY"),
        ("p", "Délégation de service public – centre aquatique intercommunal"),
        ("p", "Compte rendu de la séance de négociation n° 2 avec la société Vert Marine – 17 avril (document non communicable)"),
        ("p", "Le candidat a présenté son compte d'exploitation prévisionnel révisé et les éléments de son modèle économique, à la demande de la collectivité."),
        ("table", [["Poste", "Offre initiale", "Offre révisée"],
                   ["Contribution forfaitaire de la collectivité (an 1)", "612 000 €", "548 000 €"],
                   ["Masse salariale", "1 020 000 €", "985 000 € (suppression d'un poste de directeur adjoint)"],
                   ["Frais de siège", "6 % du CA", "4,5 % du CA"],
                   ["Marge nette attendue", "5,2 %", "3,8 %"],
                   ["Hypothèse de fréquentation", "210 000 entrées", "228 000 entrées"]]),
        ("p", "Le candidat a exposé, sous réserve de confidentialité, la méthode de pilotage énergétique de ses équipements (récupération de chaleur sur les eaux grises, régulation par logiciel propriétaire « Aquagest »), qui lui permet selon lui une économie de 22 % sur les fluides par rapport au marché, ainsi que ses conditions d'achat de gaz groupées au niveau national."),
        ("p", "Il a indiqué que le tarif d'abonnement familial pourrait être abaissé à 29 € par mois si la collectivité acceptait une durée de contrat de sept ans au lieu de cinq."),
        ("p", "Prochaine séance : 6 mai. Les éléments chiffrés ne doivent pas être communiqués aux autres candidats."),
    ],
    "s065_memo_fermeture_classe.docx": [
        ("title", "Mairie de Lamballe-Armor – Pôle éducation"),
        ("p", "Mémo à l'attention de Mme l'adjointe à l'éducation"),
        ("p", "Objet : carte scolaire – hypothèses de l'inspection académique"),
        ("p", "Lors de la réunion informelle du 6 décembre avec l'inspecteur de l'éducation nationale, celui-ci nous a indiqué, à titre officieux et avant toute consultation du comité social d'administration, les hypothèses suivantes pour la rentrée prochaine :"),
        ("table", [["École", "Effectifs prévus", "Hypothèse"],
                   ["École de Maroué", "71", "Fermeture d'une classe"],
                   ["École Beaulieu", "188", "Maintien"],
                   ["École de Trégomar", "29", "Fusion envisagée avec Maroué à deux ans"],
                   ["École du Val", "142", "Ouverture d'une classe de maternelle"]]),
        ("p", "L'inspecteur a insisté pour que ces hypothèses ne soient pas communiquées aux directeurs, aux parents d'élèves ni aux élus de Trégomar avant la publication officielle fin janvier, la fusion de Trégomar n'ayant pas été évoquée avec le rectorat."),
        ("p", "Proposition : préparer dès maintenant un argumentaire sur les logements neufs du lotissement des Landes pour défendre la classe de Maroué."),
        ("p", "Le responsable du pôle éducation"),
        ("p", "CONFIDENTIEL – document de travail – ne pas diffuser"),
    ],
    "s066_compte_rendu_reunion.docx": [
        ("title", "PLATEFORME D'ACCUEIL – Clermont-Ferrand"),
        ("p", "Compte rendu de la réunion de suivi des situations complexes – 11 avril"),
        ("p", "Participants : OFII (direction territoriale), PADA, préfecture (bureau de l'asile), 115, équipe mobile psychiatrie-précarité."),
        ("table", [["Personne", "Situation", "Décision / suite"],
                   ["M. Abdoulaye BARRY, 23 ans", "Empreintes relevées en Italie (Eurodac) ; arrêté de transfert Dublin notifié le 2 avril ; ne se présente plus aux convocations", "Préfecture : déclaration de fuite envisagée, délai porté à 18 mois"],
                   ["Mme Ruth ABEBE et sa fille (3 ans)", "Demande en procédure normale ; hébergée au 115 ; enceinte de 7 mois", "OFII : orientation prioritaire vers un CADA de l'Allier"],
                   ["M. Reza KARIMI, 31 ans", "Recours CNDA pendant ; crises d'angoisse et troubles du sommeil signalés par l'accueil de jour", "EMPP : rendez-vous le 16 avril"],
                   ["M. Samuel OKOYE, 44 ans", "Réexamen jugé irrecevable ; fin des conditions matérielles d'accueil le 30 avril", "PADA : information sur l'aide au retour volontaire"]]),
        ("p", "Point général : 14 personnes sans solution d'hébergement au 10 avril, dont 3 familles."),
        ("p", "Prochaine réunion : 9 mai. Les informations nominatives ne doivent pas être reprises dans les comptes rendus transmis aux partenaires non présents."),
    ],
    "s067_avis_commission.docx": [
        ("title", "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DU GARD"),
        ("p", "Conseil de discipline de recours et de premier degré – catégorie C – séance du 19 septembre"),
        ("p", "Avis concernant M. Frédéric NAVARRO, gardien-brigadier de police municipale, commune de Beaucaire"),
        ("p", "Saisine de l'autorité territoriale du 3 juillet, proposant une mise à la retraite d'office."),
        ("p", "Faits : par jugement du tribunal correctionnel de Nîmes du 21 mai, M. Navarro a été condamné à dix mois d'emprisonnement avec sursis et à une interdiction d'exercer toute fonction publique armée pendant deux ans, pour des violences volontaires commises le 14 août précédent, hors service, sur son ex-compagne, ainsi que pour la détention non déclarée d'une arme de catégorie B. La condamnation est inscrite au bulletin n° 2 de son casier judiciaire."),
        ("p", "M. Navarro, assisté de Me Sabatier, ne conteste pas les faits, fait valoir vingt-deux ans de service sans reproche et demande une exclusion temporaire de fonctions avec reclassement dans un emploi non armé."),
        ("table", [["Proposition", "Voix pour", "Voix contre", "Abstentions"],
                   ["Mise à la retraite d'office", "3", "5", "0"],
                   ["Exclusion temporaire de deux ans", "6", "2", "0"]]),
        ("p", "Avis : le conseil émet un avis favorable à une exclusion temporaire de fonctions de deux ans, estimant que l'atteinte à la considération du service est caractérisée mais que l'ancienneté de l'agent doit être prise en compte."),
        ("p", "La présidente du conseil de discipline"),
    ],
    "s068_liste_restauration.docx": [
        ("title", "COMMUNE D'HÉNIN-BEAUMONT – Service de la restauration scolaire"),
        ("p", "Liste des familles en situation d'impayé de plus de trois mois – transmise au CCAS pour accompagnement (ne pas transmettre aux écoles)"),
        ("table", [["Famille", "Enfants inscrits", "Montant dû", "Observations du service"],
                   ["LECLERCQ Jessica", "2", "412,60 €", "Mère seule, a signalé une perte d'emploi en octobre ; échéancier non respecté"],
                   ["HADJ-SAÏD Nordine", "3", "688,20 €", "Appels sans réponse ; courrier revenu « n'habite pas à l'adresse indiquée »"],
                   ["COUSIN Maryline", "1", "205,80 €", "Surendettement déclaré, commission Banque de France en cours"],
                   ["DEMARET Steve et Laura", "2", "531,00 €", "Famille connue du CCAS, aide refusée l'an dernier"],
                   ["WOJCIK Agnieszka", "1", "148,40 €", "Tarif à recalculer : quotient familial non fourni"]]),
        ("p", "Le service rappelle qu'aucun enfant ne peut être exclu de la cantine en raison des impayés de ses parents. Il propose que le CCAS contacte les familles pour un recalcul du quotient et, le cas échéant, une prise en charge partielle."),
        ("p", "Pour les familles qui ne répondent pas, une transmission au comptable public pour recouvrement sera effectuée au 1er mars."),
        ("p", "Établi le 22 janvier – Service restauration"),
    ],
    "s069_fiche_enqueteur.docx": [
        ("title", "MAIRIE DE GARGES-LÈS-GONESSE – Service des affaires générales"),
        ("p", "Instruction d'une demande d'attestation d'accueil – fiche de l'agent enquêteur"),
        ("table", [["Hébergeant", "M. Serkan YILDIZ, 52 ans, 8 allée Jean-Jaurès, bâtiment D, appartement 41"],
                   ["Personne accueillie", "Mme Elif YILDIZ, 24 ans, nièce, de nationalité turque, résidant à Kayseri"],
                   ["Durée du séjour", "Du 1er juillet au 28 septembre (90 jours)"],
                   ["Logement déclaré", "T3, 58 m², 5 occupants"]]),
        ("p", "Visite effectuée le 15 mai par l'agent de police municipale en charge des enquêtes."),
        ("p", "Constatations : le logement est occupé par M. Yildiz, son épouse, leurs deux fils et un cousin arrivé l'an dernier, qui dort au salon. L'hébergeant indique que sa nièce viendrait « pour voir la famille et peut-être rester si elle trouve un mari ». Il s'agit de la troisième attestation sollicitée par M. Yildiz en quatre ans ; selon le fichier communal, la personne accueillie en 2021 (autre nièce) ne serait pas repartie à l'issue de son visa."),
        ("p", "Proposition : refus de validation, au motif que les conditions d'accueil ne sont pas normales (surface insuffisante au regard des occupants) et que la demande fait apparaître un détournement de procédure. Information du préfet et de l'OFII."),
        ("p", "L'intéressé dispose d'un recours gracieux auprès du maire puis d'un recours devant le préfet."),
    ],
})

HTML.update({
    "s070_export_dossier.html": ("Dossier étranger – consultation agent", """
<header><p>Préfecture du Rhône – Application de gestion des dossiers des ressortissants étrangers – consultation</p></header>
<h1>Dossier AGDREF 6903218874</h1>
<table>
<tr><th>Nom / prénom</th><td>NDIAYE Aminata</td></tr>
<tr><th>Née le</th><td>04/12/1990 à Thiès (Sénégal)</td></tr>
<tr><th>Adresse</th><td>11 rue Paul-Bert, 69003 Lyon</td></tr>
<tr><th>Entrée en France</th><td>12/09/2015 – visa D étudiant</td></tr>
<tr><th>Historique des titres</th><td>CST étudiant 2015-2019 ; APS 2019-2020 ; CST salarié 2020-2023 ; récépissés successifs depuis 11/2023</td></tr>
<tr><th>Demande en cours</th><td>Carte de résident pluriannuelle – déposée le 02/10/2023</td></tr>
<tr><th>État</th><td>Instruction suspendue – pièce manquante : contrat de travail actualisé</td></tr>
</table>
<h2>Historique des échanges</h2>
<ul>
<li>15/01 – L'usagère signale par le formulaire de contact que son employeur menace de rompre son contrat faute de titre valide.</li>
<li>02/02 – Nouveau récépissé (n° 6) délivré, valable jusqu'au 01/05.</li>
<li>19/04 – Relance de l'usagère ; l'agent note : « situation de mère isolée, deux enfants nés en France, conjoint reparti au Sénégal ».</li>
</ul>
<footer><p>Consultation tracée – accès réservé aux agents habilités du bureau du séjour.</p></footer>
"""),
    "s071_registre_sites.html": ("Registre des incidents – médiathèques", """
<h1>Réseau des médiathèques de Tours – Registre des incidents (intranet)</h1>
<p>Période : mars – rédacteurs : responsables de site</p>
<table>
<tr><th>Date</th><th>Site</th><th>Description</th><th>Suite</th></tr>
<tr><td>04/03</td><td>François-Mitterrand</td><td>M. Yannick B. (lecteur inscrit, carte n° 20931) surpris par l'agent d'accueil en train de découper des pages de revues d'art ; il a reconnu en avoir dérobé « depuis des mois ». Montant estimé : 640 €.</td><td>Plainte déposée le 05/03 ; exclusion d'un an</td></tr>
<tr><td>11/03</td><td>Les Fontaines</td><td>Un homme a exhibé ses parties génitales devant deux adolescentes dans l'espace jeunesse. Identifié par la police grâce à la vidéo : M. Jean-Pierre L., 61 ans, déjà connu pour des faits similaires selon l'OPJ.</td><td>Retenu au commissariat jusqu'au lendemain ; interdiction d'accès ; accompagnement des jeunes filles et information des parents</td></tr>
<tr><td>20/03</td><td>La Riche</td><td>Vol d'un ordinateur portable de prêt. Auteur non identifié.</td><td>Plainte contre X</td></tr>
<tr><td>27/03</td><td>Centrale</td><td>Altercation verbale entre deux usagers ; pas de suite.</td><td>–</td></tr>
</table>
<p>Les noms complets figurent dans la main courante papier du site. Ne pas reprendre dans le rapport d'activité.</p>
"""),
    "s072_espace_referent.html": ("Dossier allocataire – espace référent", """
<h1>Conseil départemental de la Somme – Espace référent insertion</h1>
<h2>M. Ludovic CARON – dossier n° 80-551203</h2>
<table>
<tr><th>Orientation</th><td>Parcours social (référent : CCAS d'Abbeville)</td></tr>
<tr><th>Composition du foyer</th><td>Seul ; droit de visite un week-end sur deux pour sa fille de 9 ans</td></tr>
<tr><th>Montant du droit</th><td>635,71 € (forfait logement déduit)</td></tr>
<tr><th>Logement</th><td>Studio chez un bailleur privé, loyer 390 € ; dette de 1 150 €</td></tr>
</table>
<h2>Journal d'accompagnement</h2>
<p><b>12/02</b> – M. Caron dit ne manger qu'une fois par jour à la fin du mois pour pouvoir recevoir sa fille correctement. Orienté vers les Restos du cœur.</p>
<p><b>04/03</b> – Il n'a pas pu payer la pension alimentaire de février ; l'ARIPA a commencé un recouvrement.</p>
<p><b>28/03</b> – Il souhaite reprendre une formation de cariste, mais la banque a refusé un prêt pour la voiture. Demande d'aide au permis à présenter en équipe pluridisciplinaire.</p>
<p><b>15/04</b> – Non présent au rendez-vous ; appel : il avait trouvé deux jours de mission d'intérim.</p>
"""),
    "s073_fiche_agent.html": ("Fiche agent – suivi des absences", """
<h1>SIRH – Ville de Metz – Fiche agent</h1>
<p>Agent : M. Olivier THIRION – rédacteur principal – direction de l'urbanisme – matricule 3318</p>
<h2>Positions administratives</h2>
<table>
<tr><th>Du</th><th>Au</th><th>Position</th><th>Commentaire du gestionnaire</th></tr>
<tr><td>05/06/2023</td><td>04/09/2023</td><td>Maladie ordinaire</td><td>Hospitalisation puis convalescence</td></tr>
<tr><td>05/09/2023</td><td>04/09/2024</td><td>Congé de longue durée – plein traitement</td><td>Avis conseil médical 22/08/2023 ; affection relevant de la liste CLD</td></tr>
<tr><td>05/09/2024</td><td>–</td><td>Prolongation demandée</td><td>Nouvelle expertise fixée au 18/09 chez le Dr Klein</td></tr>
</table>
<p>Note RH (15/08) : l'agent a informé par courrier qu'il était « toujours suivi à l'hôpital de jour de Jury trois fois par semaine » et qu'il envisageait une reprise à mi-temps thérapeutique à l'horizon de janvier, sur un poste sans accueil du public. Prévoir une étude de poste avec le médecin du travail.</p>
<footer><p>Données de santé – accès limité aux gestionnaires carrière et au médecin de prévention.</p></footer>
"""),
    "s074_portail_famille.html": ("Portail famille – modification de dossier", """
<h1>Ville de Cholet – Portail famille</h1>
<h2>Demande de modification de dossier n° 2024-1140</h2>
<p><b>Responsable légal 1 :</b> M. Antoine GUILLET</p>
<p><b>Enfants :</b> Clémence (CM2, école Jean-Zay), Paul (CE1, école Jean-Zay)</p>
<form>
<p>Rubrique modifiée : <input value="Responsable légal 2"></p>
<p>Ancienne valeur : <input value="Mme Sophie GUILLET née MÉNARD"></p>
<p>Nouvelle valeur : <input value="supprimé"></p>
<p>Motif : <textarea>Mon épouse nous a quittés le 3 mars, un accident sur la route de Nantes. Je suis désormais seul avec les enfants. Merci de ne plus lui envoyer les factures et de mettre toutes les factures à mon seul nom. Ma belle-mère, Mme Ménard, viendra chercher les enfants le mardi et le jeudi, je l'ajoute dans les personnes autorisées. Clémence ne va pas bien, elle voit la psychologue de l'hôpital le mercredi : elle ne viendra plus au centre de loisirs ce jour-là.</textarea></p>
<p>Pièce jointe : <input value="justificatif_mars.pdf"></p>
</form>
<p><i>Traitée par : service scolaire – le 12/03.</i></p>
"""),
    "s075_message_direction.html": ("Message de la direction", """
<div class="mail">
<p><b>De :</b> Direction générale – SEM Territoires Avenir<br>
<b>À :</b> Comité de direction<br>
<b>Date :</b> jeudi 30 mai, 21:05<br>
<b>Objet :</b> [NE PAS DIFFUSER] projet de cession de la filiale énergie</p>
<p>Chers collègues,</p>
<p>Comme annoncé en séance, le conseil d'administration du 11 juin sera saisi d'un projet de cession de 60 % du capital de notre filiale Territoires Énergie à un investisseur, pour un prix de 14,2 M€ sur la base d'une valorisation de 23,7 M€. Deux autres offres ont été reçues (12,9 M€ et 11,5 M€).</p>
<p>Ce dossier est strictement confidentiel jusqu'au vote : ni les salariés de la filiale, ni les élus non administrateurs, ni les partenaires bancaires ne doivent en être informés à ce stade. Merci de ne pas transférer ce message et de ne rien imprimer.</p>
<p>Le projet prévoit le maintien des 28 emplois pendant trois ans. Une information-consultation du CSE sera lancée le lendemain du conseil.</p>
<p>Bien à vous,<br>La directrice générale</p>
<p><small>Message confidentiel – destiné exclusivement à ses destinataires.</small></p>
</div>
"""),
    "s076_article_blog.html": ("Blog de la mairie – Il y a cinquante ans", """
<article>
<h1>Il y a cinquante ans, la crue qui a tout changé</h1>
<p class="meta">Publié dans « Mémoire de la commune » – service communication</p>
<figure>
<img src="crue_1974_pont.jpg" alt="Le pont submergé, vu depuis la rive gauche">
<figcaption>Le pont de la Brèche sous les eaux, 14 février 1974. Photo : Jean-Claude Morvan / Archives Ouest-Éclair © Agence Rivages – tous droits réservés.</figcaption>
</figure>
<p>Nous reproduisons ci-dessous l'article paru le 16 février 1974 dans <i>Le Courrier de l'Ouest</i>, sous la signature de Michel Garreau :</p>
<blockquote>
<p>« Elle est montée sans bruit, la Sèvre, comme une voleuse. À deux heures du matin, le père Bouchet a entendu les poules et a vu l'eau sous la porte. À cinq heures, elle passait les appuis de fenêtre de la rue Basse. Les pompiers ont sorti en barque quarante-deux personnes, dont une accouchée de la veille, enveloppée dans une couverture des Ponts et Chaussées. Hier soir, sur le quai, on comptait les meubles qui descendaient vers Nantes. Le maire, bottes aux pieds depuis deux jours, promet un mur. Les anciens hochent la tête : ils ont déjà entendu parler de murs. »</p>
</blockquote>
<p>Vous avez des souvenirs ou des photos de cette crue ? Écrivez-nous : memoire@mairie.fr.</p>
</article>
"""),
    "s077_annuaire_intranet.html": ("Annuaire de crise – astreintes", """
<h1>Communauté urbaine – Plan communal de sauvegarde : annuaire opérationnel</h1>
<p class="marking">Version intranet – réservé aux membres du poste de commandement communal</p>
<h2>Chaîne d'alerte</h2>
<ol>
<li>Élu d'astreinte : 06 xx xx xx 01 (numéro unique basculé chaque vendredi 17 h)</li>
<li>Cadre d'astreinte : 06 xx xx xx 02 – mot de passe de vérification auprès du CODIS : « Lavoir 24 »</li>
<li>Astreinte eau potable : 06 xx xx xx 03</li>
</ol>
<h2>Accès aux sites sensibles</h2>
<table>
<tr><th>Site</th><th>Accès</th><th>Clés / codes</th></tr>
<tr><td>Usine de production d'eau du Moulin-Neuf</td><td>Portail est (le portail ouest est hors service)</td><td>Clé n° 12 au coffre du PC ; code digicode local de commande : 7719</td></tr>
<tr><td>Réservoir de la Croix-Blanche (12 000 m³)</td><td>Chemin de service depuis la D14</td><td>Cadenas à combinaison 3108 ; alarme anti-intrusion reportée sur la télésurveillance</td></tr>
<tr><td>Salle de crise (hôtel de ville, sous-sol)</td><td>Porte arrière, rue des Halles</td><td>Badge PC ou code 0418#</td></tr>
</table>
<p>En cas de défaillance de la téléphonie, repli sur les radios du réseau municipal, canal 3.</p>
"""),
    "s078_formulaire_transmission.html": ("Formulaire de transmission d'une information préoccupante", """
<h1>Cellule de recueil des informations préoccupantes – Haute-Vienne</h1>
<form>
<fieldset><legend>Émetteur</legend>
<p>Structure : <input value="Crèche municipale Les Petits Loups, Limoges"></p>
<p>Nom et fonction : <input value="Mme Cécile Garaud, directrice, infirmière puéricultrice"></p>
</fieldset>
<fieldset><legend>Enfant concerné</legend>
<p>Nom, prénom : <input value="MARTY Louison"> Date de naissance : <input value="17/08/2022"></p>
<p>Parents : <input value="Mme Jessy MARTY (mère) ; père non reconnu"></p>
</fieldset>
<fieldset><legend>Éléments observés</legend>
<p><textarea>Depuis trois semaines Louison arrive le matin avec la même couche que la veille au soir, les fesses très irritées, et elle a perdu 600 g en un mois (courbe jointe). À deux reprises sa mère est venue la chercher en titubant et en tenant des propos incohérents ; la deuxième fois nous avons appelé la grand-mère maternelle, qui est venue. La mère nous a dit qu'elle « n'arrive plus à se lever » et qu'elle n'a plus d'électricité depuis une semaine. Louison pleure dès que l'adulte s'éloigne et ne joue plus.</textarea></p>
<p>Parents informés de la transmission : <input value="Oui, le 22/11 ; la mère a dit qu'elle avait besoin d'aide"></p>
</fieldset>
</form>
"""),
    "s079_mail_association.html": ("Message – collectif de soutien", """
<div class="mail">
<p><b>De :</b> RESF 44 – collectif de soutien<br>
<b>À :</b> Cabinet du maire de Rezé ; directrice de l'école Ouche-Dinier<br>
<b>Date :</b> 7 février, 08:31<br>
<b>Objet :</b> papa de Moussa (CE2) – urgent</p>
<p>Madame, Monsieur,</p>
<p>Nous vous alertons sur la situation de M. Bakary TRAORÉ, papa de Moussa, élève de CE2 à l'école Ouche-Dinier, et de Fatou, en grande section.</p>
<p>M. Traoré a été interpellé hier matin lors d'un contrôle à la gare de Nantes et conduit à Saint-Jacques-de-la-Lande, près de l'aéroport, d'où l'administration veut le renvoyer à Bamako. Le dossier qu'il avait déposé en 2022 avec la promesse d'embauche de son patron n'avait pas abouti, et il n'avait pas pu payer l'avocat pour contester. Il vit à Rezé depuis sept ans, travaille dans la restauration et n'a jamais eu de problème avec la justice.</p>
<p>La maman, qui attend elle-même sa convocation à la préfecture pour sa carte, est seule avec les enfants et très inquiète ; Moussa n'a pas voulu aller à l'école ce matin. L'audience devant le juge des libertés est prévue vendredi.</p>
<p>Nous sollicitons un courrier du maire attestant de l'intégration de la famille et de la scolarité des enfants, et une attention particulière de l'équipe enseignante pour Moussa.</p>
<p>Merci de votre aide,<br>Pour le collectif, Annick L.</p>
</div>
"""),
    "s080_mail_parent_ecole.html": ("Message du portail – école", """
<div class="mail">
<p><b>De :</b> Fabien Morel (parent d'élève)<br>
<b>À :</b> Directrice – école maternelle du Château, Pornic<br>
<b>Date :</b> lundi 2 septembre, 07:14<br>
<b>Objet :</b> Rose – à lire avant la classe svp</p>
<p>Bonjour Madame,</p>
<p>Rose a fait une nouvelle crise samedi, la troisième depuis juillet. Elle est tombée d'un coup dans le jardin, les yeux révulsés, avec des secousses des bras pendant deux minutes à peu près, puis elle a dormi tout l'après-midi. Le neurologue de Nantes a changé son traitement : elle prend maintenant du Dépakine matin et soir, et on a le Buccolam à donner si une crise dure plus de cinq minutes.</p>
<p>Je vous dépose ce matin une boîte de Buccolam pour l'école et l'ordonnance. Est-ce qu'on peut refaire son PAI rapidement avec le médecin scolaire ? L'ancien date de l'an dernier, avant le nouveau médicament.</p>
<p>Elle risque d'être fatiguée et un peu ralentie les premières semaines avec la nouvelle dose. Si elle s'endort en classe, ce n'est pas grave, mais si elle ne répond plus ou si elle bouge bizarrement, il faut nous appeler tout de suite (06 xx xx xx 37).</p>
<p>On préfère que les autres parents ne soient pas au courant.</p>
<p>Merci beaucoup,<br>Fabien Morel</p>
</div>
"""),
})

DOCX.update({
    "p050_deliberation_tarif_eau.docx": [
        ("title", "SYNDICAT DES EAUX DU BASSIN DE L'ARBOIS – Extrait du registre des délibérations"),
        ("p", "Comité syndical du 21 novembre – Délibération n° 2024-38"),
        ("p", "Objet : expérimentation d'une tarification sociale de l'eau"),
        ("p", "Rapporteur : M. Jacques Vuillermoz, vice-président chargé des finances"),
        ("p", "La loi permet aux services d'eau de mettre en place une tarification tenant compte de la composition et des revenus des foyers. Sur le territoire du syndicat, on estime que 1 900 foyers consacrent plus de 3 % de leurs revenus à la facture d'eau, seuil retenu par les Nations unies."),
        ("p", "Il est proposé d'instaurer, à compter du 1er janvier, un chèque eau annuel, versé automatiquement aux foyers bénéficiaires de la complémentaire santé solidaire, à partir des fichiers transmis par la caisse primaire dans le cadre d'une convention conforme au RGPD :"),
        ("table", [["Composition du foyer", "Montant annuel"],
                   ["1 personne", "30 €"],
                   ["2 personnes", "45 €"],
                   ["3 personnes", "60 €"],
                   ["4 personnes et plus", "80 €"]]),
        ("p", "Coût estimé : 98 000 € par an, soit 1,8 % des recettes du service, financé par une hausse de 0,02 € par mètre cube de la part variable pour l'ensemble des abonnés."),
        ("p", "Le comité syndical, après en avoir délibéré, par 24 voix pour, 3 contre et 2 abstentions, approuve le dispositif et autorise le président à signer la convention avec la CPAM du Jura."),
        ("p", "Pour extrait certifié conforme – le Président."),
    ],
    "p051_rapport_egalite.docx": [
        ("title", "COMMUNAUTÉ D'AGGLOMÉRATION DU BOCAGE BRESSUIRAIS"),
        ("p", "Rapport sur la situation en matière d'égalité entre les femmes et les hommes – présenté préalablement au débat d'orientation budgétaire"),
        ("p", "1. Les effectifs"),
        ("table", [["Catégorie", "Femmes", "Hommes", "Part des femmes"],
                   ["A", "48", "31", "61 %"],
                   ["B", "67", "52", "56 %"],
                   ["C", "244", "198", "55 %"],
                   ["Total", "359", "281", "56 %"]]),
        ("p", "2. Rémunérations : l'écart de rémunération moyenne entre femmes et hommes s'établit à 7,4 %, principalement lié à la répartition des filières (filière technique majoritairement masculine, mieux dotée en primes) et au temps partiel, choisi par 22 % des femmes contre 3 % des hommes."),
        ("p", "3. Parentalité : 14 congés de maternité, 11 congés de paternité et d'accueil de l'enfant et 2 congés parentaux ont été accordés dans l'année."),
        ("p", "4. Violences sexistes et sexuelles : la cellule de signalement a été saisie à 5 reprises ; 2 saisines ont donné lieu à une enquête administrative, 1 à une sanction disciplinaire. Aucune information permettant d'identifier les personnes n'est publiée."),
        ("p", "5. Politiques publiques : 38 % des subventions sportives bénéficient à des pratiques féminines ; l'agglomération finance l'accueil de jour pour femmes victimes de violences de Bressuire (42 femmes accompagnées)."),
        ("p", "6. Plan d'action : formation de tous les encadrants à la prévention du harcèlement, objectif de 40 % de femmes parmi les responsables techniques d'ici 2027."),
    ],
    "p052_bilan_social.docx": [
        ("title", "VILLE DE BEAUVAIS – Rapport social unique (synthèse)"),
        ("p", "Présenté au comité social territorial du 24 juin"),
        ("p", "Effectifs au 31 décembre : 1 084 agents sur emploi permanent (902 titulaires, 182 contractuels). Âge moyen : 47,2 ans."),
        ("table", [["Indicateur", "Valeur", "Évolution"],
                   ["Jours d'absence pour maladie ordinaire", "18 940", "+4 %"],
                   ["Agents en congé de longue maladie ou de longue durée", "31", "stable"],
                   ["Accidents de service", "67", "-9 %"],
                   ["Bénéficiaires de l'obligation d'emploi", "79 (7,3 %)", "+6"],
                   ["Reclassements pour inaptitude", "8", "+2"],
                   ["Sanctions disciplinaires (tous groupes)", "6", "-3"],
                   ["Ruptures conventionnelles", "5", "+1"]]),
        ("p", "Les sanctions prononcées se répartissent en 4 avertissements ou blâmes, 1 exclusion temporaire de trois jours et 1 révocation. Conformément à la réglementation, aucune donnée nominative ne figure dans le présent rapport."),
        ("p", "Action sociale : 412 agents ont bénéficié du chèque vacances et 96 d'une aide exceptionnelle du comité des œuvres sociales."),
        ("p", "Relations sociales : 38 jours de grève ont été recensés au total, lors des mouvements interprofessionnels. Le volume des décharges d'activité de service s'élève à 3,6 équivalents temps plein, réparti entre les organisations syndicales selon les résultats des dernières élections professionnelles."),
        ("p", "Formation : 2,1 jours de formation par agent en moyenne."),
    ],
    "p053_convention_subvention.docx": [
        ("title", "CONVENTION D'OBJECTIFS ET DE MOYENS"),
        ("p", "Entre la Commune de Tarbes, représentée par son maire, d'une part,"),
        ("p", "Et l'association Secours catholique – Caritas France, délégation des Hautes-Pyrénées, représentée par sa présidente, d'autre part,"),
        ("p", "Article 1 – Objet : la présente convention a pour objet de soutenir l'accueil de jour « La Halte », qui accueille les personnes sans domicile ou en grande précarité (petit-déjeuner, douches, laverie, bagagerie, domiciliation postale, écoute)."),
        ("p", "Article 2 – Engagements de l'association : ouvrir l'accueil cinq matinées par semaine toute l'année ; accueillir toute personne sans condition, quelles que soient son origine, sa situation administrative ou ses convictions ; orienter les personnes vers les services compétents ; transmettre chaque année un bilan d'activité et ses comptes."),
        ("p", "Article 3 – Engagements de la commune : versement d'une subvention de fonctionnement de 24 000 € par an ; mise à disposition gratuite du local de la rue Brauhauban (valorisée à 9 600 € par an)."),
        ("table", [["Indicateurs de suivi", "Réalisé N-1", "Objectif"],
                   ["Nombre de personnes différentes accueillies", "612", "650"],
                   ["Nombre de passages", "14 300", "15 000"],
                   ["Nombre de domiciliations", "180", "200"],
                   ["Bénévoles actifs", "48", "55"]]),
        ("p", "Article 4 – Durée : trois ans à compter du 1er janvier."),
        ("p", "Article 5 – Contrôle : la commune peut procéder à tout contrôle de l'utilisation des fonds. L'association garantit la confidentialité des informations relatives aux personnes accueillies, qui ne sont pas transmises à la commune."),
        ("p", "Fait à Tarbes, en deux exemplaires. Le Maire – La Présidente."),
    ],
    "p054_proces_verbal_cst.docx": [
        ("title", "COMMUNE DE LORIENT – Comité social territorial"),
        ("p", "Procès-verbal de la séance du 19 mars (approuvé le 14 mai)"),
        ("p", "Collège des représentants de la collectivité : M. Le Floch, adjoint aux ressources humaines (président) ; Mme Kervella, conseillère municipale ; le DGS ; la DRH."),
        ("p", "Collège des représentants du personnel (titulaires) : 4 sièges CGT, 2 sièges CFDT, 2 sièges FO, conformément aux résultats des élections professionnelles de décembre 2022."),
        ("p", "Point 1 – Lignes directrices de gestion en matière de promotion : la représentante de la CFDT demande que l'ancienneté pèse davantage pour les agents de catégorie C. Avis : CGT défavorable, CFDT favorable, FO abstention ; collège employeur favorable."),
        ("p", "Point 2 – Réorganisation du service propreté : le secrétaire de la CGT dénonce la suppression de deux tournées de nuit et la dégradation des conditions de travail ; le DGS indique qu'aucune suppression de poste n'est prévue. Avis défavorable unanime des représentants du personnel ; le projet sera représenté."),
        ("p", "Point 3 – Bilan des accidents de service : 52 accidents, dont 18 liés à la manutention. La formation « gestes et postures » sera rendue obligatoire pour les agents des écoles."),
        ("table", [["Point", "Avis représentants du personnel", "Avis collectivité"],
                   ["1", "Partagé", "Favorable"],
                   ["2", "Défavorable", "Favorable"],
                   ["3", "Favorable", "Favorable"]]),
        ("p", "Séance levée à 12 h 10. Le président – Le secrétaire de séance."),
    ],
    "p055_reglement_consultation.docx": [
        ("title", "CENTRE HOSPITALIER DE MONTÉLIMAR"),
        ("p", "Règlement de la consultation – Marché de prestations de blanchisserie et location-entretien du linge"),
        ("p", "Article 1 – Objet : location et entretien du linge plat et des tenues professionnelles des 1 200 agents de l'établissement, ainsi que le traitement du linge des résidents des EHPAD rattachés."),
        ("p", "Article 2 – Procédure : appel d'offres ouvert européen. Durée : 4 ans."),
        ("p", "Article 3 – Contenu des offres : acte d'engagement, bordereau des prix unitaires, mémoire technique (20 pages maximum) décrivant l'organisation de la collecte, les protocoles de traitement du linge contaminé et le circuit de traçabilité."),
        ("p", "Article 4 – Critères de jugement :"),
        ("table", [["Critère", "Pondération"],
                   ["Prix", "40 %"],
                   ["Valeur technique (organisation, délais, qualité hygiénique)", "45 %"],
                   ["Performance environnementale (consommation d'eau, lessives)", "15 %"]]),
        ("p", "Article 5 – Offres anormalement basses : l'acheteur pourra demander des précisions sur la composition du prix ; les réponses des candidats, couvertes par le secret des affaires, ne seront pas communiquées aux tiers."),
        ("p", "Article 6 – Visite : une visite des locaux est organisée le 15 mai à 10 h ; inscription obligatoire."),
        ("p", "Article 7 – Date limite de réception des offres : 10 juin, 16 h, sur le profil d'acheteur."),
    ],
    "p056_rapport_orientation_budgetaire.docx": [
        ("title", "DÉPARTEMENT DE LA MEUSE – Rapport d'orientation budgétaire"),
        ("p", "Chapitre 3 – Les solidarités"),
        ("p", "Les dépenses sociales représentent 58 % des dépenses de fonctionnement du Département, soit 214 M€."),
        ("table", [["Politique", "Dépenses 2023", "Prévision 2024", "Évolution"],
                   ["RSA (allocations)", "38,2 M€", "37,4 M€", "-2 %"],
                   ["Aide sociale à l'enfance", "52,6 M€", "57,9 M€", "+10 %"],
                   ["Allocation personnalisée d'autonomie", "41,3 M€", "43,0 M€", "+4 %"],
                   ["Prestation de compensation du handicap", "14,8 M€", "15,9 M€", "+7 %"],
                   ["Hébergement des personnes handicapées", "44,1 M€", "46,2 M€", "+5 %"]]),
        ("p", "La hausse de la protection de l'enfance s'explique par l'augmentation du nombre d'enfants confiés (1 020 au 31 décembre, +8 %), par l'accueil de mineurs non accompagnés (142 pris en charge) et par la revalorisation des assistants familiaux."),
        ("p", "Le nombre de foyers allocataires du RSA a diminué de 3,1 % ; le Département poursuit l'expérimentation de l'accompagnement renforcé avec France Travail."),
        ("p", "Orientations proposées : ouvrir 30 places de maison d'enfants à caractère social, recruter 15 assistants familiaux, poursuivre le plan de lutte contre la non-recours aux droits."),
    ],
    "p057_plan_canicule.docx": [
        ("title", "VILLE DE NÎMES – Plan municipal de gestion d'une canicule"),
        ("p", "Document public – version de mai"),
        ("p", "1. Objectif : prévenir les effets sanitaires des fortes chaleurs sur la population, en particulier les personnes âgées, isolées ou handicapées, les jeunes enfants, les personnes sans abri et les travailleurs en extérieur."),
        ("p", "2. Niveaux de vigilance et actions"),
        ("table", [["Niveau", "Déclencheur", "Actions de la ville"],
                   ["Veille saisonnière", "1er juin – 15 septembre", "Campagne d'information, mise à jour du registre des personnes vulnérables"],
                   ["Vigilance jaune", "Pic de chaleur", "Ouverture des fontaines et brumisateurs, information des gestionnaires d'établissements"],
                   ["Vigilance orange", "Canicule", "Appels quotidiens aux inscrits du registre, salles rafraîchies ouvertes, maraudes renforcées"],
                   ["Vigilance rouge", "Canicule extrême", "Cellule de crise, report des manifestations, visites à domicile"]]),
        ("p", "3. Registre des personnes vulnérables : l'inscription est volontaire et peut être faite par la personne, son représentant légal ou un proche. Les données ne sont utilisées que pour les interventions en cas de crise et ne sont communiquées qu'au préfet, à sa demande."),
        ("p", "4. Lieux rafraîchis : médiathèques Carré d'Art et Marc-Bernard, salle Jean-Jaurès, centre commercial partenaire."),
        ("p", "5. Numéros utiles : Canicule Info Service 0 800 06 66 66 ; SAMU 15 ; 115 pour les personnes sans abri."),
    ],
    "p058_compte_rendu_quartier.docx": [
        ("title", "Conseil de quartier Saint-Michel – Toulouse"),
        ("p", "Compte rendu de la réunion publique du 25 avril – salle Osète"),
        ("p", "Présents : M. Lagarde, élu référent du quartier ; les services de la propreté, de la voirie et de la police municipale ; environ 70 habitants."),
        ("p", "1. Propreté : les habitants signalent des dépôts sauvages récurrents rue des Récollets. La Ville annonce l'installation de deux colonnes enterrées et des opérations de verbalisation (47 procès-verbaux dressés depuis janvier dans le quartier)."),
        ("p", "2. Sécurité et tranquillité : la police municipale présente ses patrouilles renforcées autour du Grand Rond. Les habitants évoquent la présence de personnes sans abri sous le pont Saint-Michel ; l'élu rappelle que les équipes de maraude du CCAS et de l'association Intermède y passent trois fois par semaine et que l'objectif est l'orientation vers l'hébergement, non l'expulsion."),
        ("p", "3. Circulation : demande de ralentisseurs allée Paul-Feuga ; étude de vitesse en cours."),
        ("p", "4. Vie du quartier : fête de quartier le 8 juin ; le vide-grenier de la paroisse Saint-Exupère aura lieu le 16 juin."),
        ("table", [["Demande", "Service", "Réponse attendue"],
                   ["Colonnes enterrées", "Propreté", "Septembre"],
                   ["Ralentisseurs", "Voirie", "Étude en juin"],
                   ["Éclairage square Saint-Michel", "Éclairage public", "Juillet"]]),
        ("p", "Prochaine réunion : octobre."),
    ],
    "p059_projet_educatif.docx": [
        ("title", "PROJET ÉDUCATIF DE TERRITOIRE – COMMUNE DE FLERS"),
        ("p", "Période 2024-2027 – document validé par le comité de pilotage du 6 juin"),
        ("p", "Diagnostic : la commune compte 1 540 enfants scolarisés dans 9 écoles publiques et 2 écoles privées sous contrat. 43 % des familles ont un quotient familial inférieur à 700 €. Le quartier Saint-Sauveur, en quartier prioritaire, concentre 30 % des élèves."),
        ("p", "Axe 1 – Réussite éducative : programme de réussite éducative (parcours individualisés, 96 enfants suivis l'an dernier), clubs « coup de pouce » lecture, aide aux devoirs dans les centres sociaux."),
        ("p", "Axe 2 – Inclusion : accueil des enfants en situation de handicap dans tous les accueils de loisirs, avec un animateur supplémentaire financé par la CAF ; formation des animateurs aux troubles du neurodéveloppement ; partenariat avec l'IME et le SESSAD."),
        ("p", "Axe 3 – Santé et bien-être : petits-déjeuners à l'école, éducation à l'alimentation, dépistages visuels en grande section, sensibilisation au harcèlement et aux écrans."),
        ("p", "Axe 4 – Citoyenneté et laïcité : conseil municipal des enfants, formation des animateurs au principe de laïcité et aux valeurs de la République, semaine de lutte contre le racisme."),
        ("table", [["Indicateur", "Valeur actuelle", "Cible 2027"],
                   ["Taux de fréquentation des accueils périscolaires", "58 %", "65 %"],
                   ["Enfants en situation de handicap accueillis en ALSH", "21", "35"],
                   ["Animateurs formés à l'inclusion", "12", "40"]]),
    ],
    "p060_deliberation_medecine_preventive.docx": [
        ("title", "COMMUNE DE BRIOUDE – Conseil municipal du 12 février"),
        ("p", "Délibération n° 2024-014 – Adhésion au service de médecine préventive et de santé au travail du centre de gestion de la Haute-Loire"),
        ("p", "Rapporteur : Mme Jourde, adjointe au personnel"),
        ("p", "Les collectivités territoriales doivent disposer d'un service de médecine préventive. Le centre de gestion de la Haute-Loire propose une nouvelle convention d'adhésion, à compter du 1er mars, comprenant :"),
        ("table", [["Prestation", "Contenu"],
                   ["Suivi médical", "Visites d'information et de prévention, visites de reprise, surveillance médicale particulière des agents exposés"],
                   ["Action sur le milieu professionnel", "Études de poste, visites de locaux, participation à la formation spécialisée du CST"],
                   ["Maintien dans l'emploi", "Accompagnement des agents en restriction d'aptitude, avis sur les aménagements de poste"],
                   ["Psychologue du travail", "Entretiens individuels, interventions collectives en cas d'événement grave"]]),
        ("p", "Tarif : 0,33 % de la masse salariale, soit environ 9 800 € par an pour les 74 agents de la commune."),
        ("p", "Le médecin du travail est seul destinataire des informations médicales ; la commune reçoit uniquement les avis d'aptitude et les préconisations."),
        ("p", "Le conseil municipal, à l'unanimité, approuve l'adhésion et autorise le Maire à signer la convention."),
    ],
    "p061_guide_deontologie_elus.docx": [
        ("title", "ASSOCIATION DES MAIRES DE LA MARNE"),
        ("p", "Fiche pratique : prévenir les conflits d'intérêts et respecter la charte de l'élu local"),
        ("p", "La charte de l'élu local, lue lors de la première séance du conseil municipal, rappelle que l'élu exerce son mandat avec impartialité, diligence, dignité, probité et intégrité."),
        ("p", "Qu'est-ce qu'un conflit d'intérêts ? Toute situation d'interférence entre un intérêt public et des intérêts publics ou privés qui est de nature à influencer ou paraître influencer l'exercice indépendant de la fonction. Exemple : un conseiller municipal dont le frère est candidat à l'achat d'un terrain communal."),
        ("p", "Que faire ? L'élu intéressé doit s'abstenir de participer au débat et au vote, et quitter la salle. Le maire ou l'adjoint en situation de conflit prend un arrêté de déport et ne signe pas les actes concernés."),
        ("p", "Le risque pénal : la prise illégale d'intérêts (article 432-12 du code pénal) est punie de cinq ans d'emprisonnement et de 500 000 € d'amende. Depuis la loi du 21 décembre 2022, l'élu qui siège dans un organisme extérieur en tant que représentant de la commune n'est plus, en principe, considéré comme intéressé."),
        ("table", [["Situation", "Risque", "Conduite à tenir"],
                   ["Subvention à une association présidée par l'élu", "Élevé", "Ne pas participer au vote"],
                   ["Marché attribué à l'entreprise d'un proche", "Élevé", "Déport, information du conseil"],
                   ["Représentation de la commune dans une SEM", "Encadré", "Vérifier les règles de la loi 3DS"]]),
        ("p", "Le référent déontologue des élus de la Marne peut être saisi gratuitement et de manière confidentielle."),
    ],
})

HTML.update({
    "p062_demarche_deces.html": ("Déclarer un décès – Ville de Laval", """
<nav>Accueil &gt; Démarches &gt; État civil &gt; Décès</nav>
<h1>Déclarer un décès</h1>
<p>Mis à jour le 12 janvier</p>
<h2>Qui doit déclarer le décès ?</h2>
<p>Toute personne ayant connaissance du décès : un membre de la famille, un proche, l'entreprise de pompes funèbres mandatée par la famille. Lorsque le décès survient à l'hôpital ou en EHPAD, l'établissement transmet directement la déclaration à la mairie.</p>
<h2>Dans quel délai ?</h2>
<p>Dans les 24 heures suivant le constat du décès (hors week-end et jours fériés), à la mairie du lieu du décès.</p>
<h2>Documents à fournir</h2>
<ul>
<li>le certificat de décès établi par le médecin ;</li>
<li>une pièce d'identité du défunt ou, à défaut, son livret de famille ou un acte de naissance ;</li>
<li>une pièce d'identité du déclarant.</li>
</ul>
<h2>Après la déclaration</h2>
<p>La mairie délivre gratuitement des copies intégrales et des extraits de l'acte de décès. Le service « Dites-le nous une fois » permet d'informer plusieurs organismes (caisse de retraite, CAF, assurance maladie).</p>
<h2>Soutien aux familles</h2>
<p>Le CCAS peut accorder une aide aux obsèques aux familles aux revenus modestes. Des associations d'accompagnement du deuil proposent des groupes de parole, notamment pour les parents endeuillés.</p>
<p>Chaque année, environ 1 100 décès sont enregistrés à Laval, dont une majorité au centre hospitalier.</p>
"""),
    "p063_octobre_rose.html": ("Octobre rose 2024", """
<article>
<h1>Octobre rose : tous mobilisés contre le cancer du sein</h1>
<p class="date">Actualité – 30 septembre – Ville de Périgueux</p>
<p>Le cancer du sein est le cancer le plus fréquent chez la femme : près de 61 000 nouveaux cas sont diagnostiqués chaque année en France. Détecté tôt, il se guérit dans 9 cas sur 10. Pourtant, moins d'une femme sur deux de 50 à 74 ans participe au dépistage organisé, gratuit tous les deux ans.</p>
<h2>Le programme du mois</h2>
<ul>
<li><b>5 octobre</b> : marche et course roses au départ des allées de Tourny, 5 € reversés à la Ligue contre le cancer ;</li>
<li><b>12 octobre</b> : stand d'information au marché du Coderc avec le centre régional de coordination des dépistages ;</li>
<li><b>17 octobre</b> : conférence « Vivre après un cancer » avec des oncologues du centre hospitalier et l'association Les Amazones ;</li>
<li><b>tout le mois</b> : illumination en rose de la cathédrale Saint-Front.</li>
</ul>
<p>L'adjointe à la santé, Mme Laurence Bonnet, invite « toutes les Périgourdines concernées à ne pas repousser leur mammographie : c'est un rendez-vous qui sauve des vies ».</p>
<p>Le dépistage concerne aussi les hommes par la sensibilisation : 1 % des cancers du sein touchent des hommes.</p>
</article>
"""),
    "p064_aide_menagere.html": ("Aide ménagère au titre de l'aide sociale", """
<h1>Département de l'Orne – Aide ménagère au titre de l'aide sociale</h1>
<h2>De quoi s'agit-il ?</h2>
<p>L'aide ménagère permet aux personnes âgées ou handicapées disposant de faibles ressources de bénéficier, à domicile, d'une aide pour les tâches de la vie quotidienne (ménage, courses, préparation des repas).</p>
<h2>Conditions</h2>
<table>
<tr><th>Condition</th><th>Détail</th></tr>
<tr><td>Âge</td><td>65 ans ou plus (60 ans en cas d'inaptitude au travail), ou personne handicapée avec un taux d'incapacité d'au moins 80 %</td></tr>
<tr><td>Ressources</td><td>Inférieures au plafond de l'allocation de solidarité aux personnes âgées (1 012,02 € par mois pour une personne seule)</td></tr>
<tr><td>Besoin</td><td>Difficultés à accomplir seul les tâches ménagères, sans relever de l'APA</td></tr>
</table>
<h2>Récupération</h2>
<p>L'aide ménagère n'est pas récupérable sur la succession lorsque l'actif net est inférieur à 46 000 €. Il n'est pas fait appel à l'obligation alimentaire des enfants.</p>
<h2>Comment faire la demande ?</h2>
<p>Le dossier est disponible au CCAS de votre commune, qui le transmet au Département. La décision est notifiée dans un délai de deux mois.</p>
<p>En 2023, 640 personnes ont bénéficié de l'aide ménagère dans l'Orne, pour 92 000 heures d'intervention.</p>
"""),
    "p065_police_municipale.html": ("La police municipale", """
<h1>La police municipale de Colmar</h1>
<p>La police municipale assure, sous l'autorité du maire, des missions de prévention et de surveillance du bon ordre, de la tranquillité, de la sécurité et de la salubrité publiques.</p>
<h2>Ses missions</h2>
<ul>
<li>surveillance de la voie publique, des abords des écoles et des marchés ;</li>
<li>respect des arrêtés municipaux (stationnement, bruit, consommation d'alcool) ;</li>
<li>opération Tranquillité Vacances ;</li>
<li>gestion des objets trouvés et de la fourrière ;</li>
<li>prévention routière auprès des écoles.</li>
</ul>
<h2>Organisation</h2>
<p>Le service compte 42 policiers municipaux, 8 agents de surveillance de la voie publique et 6 opérateurs du centre de supervision urbain, qui exploite 168 caméras. Il travaille en coordination avec le commissariat de police nationale dans le cadre d'une convention signée avec le préfet.</p>
<h2>Quelques chiffres de l'année écoulée</h2>
<table>
<tr><th>Activité</th><th>Nombre</th></tr>
<tr><td>Interventions sur appel</td><td>7 820</td></tr>
<tr><td>Personnes remises à un officier de police judiciaire</td><td>214</td></tr>
<tr><td>Verbalisations (hors stationnement)</td><td>3 110</td></tr>
<tr><td>Fourrières</td><td>1 460</td></tr>
</table>
<h2>Nous contacter</h2>
<p>Poste central, 1 place de la Mairie, ouvert 24 h/24. En cas d'urgence, composez le 17.</p>
"""),
    "p066_faq_titre_identite.html": ("Carte d'identité et passeport : vos questions", """
<h1>Carte nationale d'identité et passeport – questions fréquentes</h1>
<p>Ville de Saint-Malo – service des titres d'identité</p>
<h2>Pourquoi relève-t-on mes empreintes digitales ?</h2>
<p>Les empreintes de deux doigts sont enregistrées dans la puce du titre afin de lutter contre la fraude documentaire et l'usurpation d'identité. Elles sont également conservées, avec la photographie, dans le fichier des titres électroniques sécurisés (TES) pour une durée de 15 ans pour la carte d'identité et le passeport. Les empreintes ne sont pas relevées pour les enfants de moins de 12 ans.</p>
<h2>Mes empreintes peuvent-elles être consultées par la police ?</h2>
<p>La loi n'autorise pas l'identification d'une personne à partir de ses empreintes dans le fichier TES : la vérification se fait seulement en comparant le titre et son titulaire.</p>
<h2>Combien de temps pour obtenir un titre ?</h2>
<p>Le délai moyen de rendez-vous est actuellement de 3 semaines, et la fabrication prend environ 2 semaines. En cas d'urgence justifiée (examen, raison médicale, obsèques à l'étranger), contactez le service.</p>
<h2>Que faire en cas de perte ou de vol ?</h2>
<p>Déclarez la perte en mairie ou le vol auprès de la police ou de la gendarmerie, puis prenez rendez-vous. Un timbre fiscal de 25 € est demandé pour le remplacement d'une carte d'identité perdue ou volée.</p>
<p>En 2023, le service a instruit 14 200 demandes.</p>
"""),
    "p067_journees_patrimoine.html": ("Journées du patrimoine – synagogue", """
<article>
<h1>Journées européennes du patrimoine : la synagogue restaurée ouvre ses portes</h1>
<p class="date">Ville de Besançon – 10 septembre</p>
<p>Les 21 et 22 septembre, la synagogue de Besançon, construite en 1869 dans le style néo-mauresque et inscrite au titre des monuments historiques, sera exceptionnellement ouverte au public à l'issue de deux ans de travaux de restauration.</p>
<p>Le chantier, d'un montant de 1,3 million d'euros, a permis de restaurer les décors peints de la coupole, les vitraux et la grande menorah de bronze. Il a été financé par l'État (DRAC), la Ville, la Région et une souscription de la Fondation du patrimoine, qui a réuni plus de 600 donateurs.</p>
<p>Samedi à 11 h, M. Pierre Vuillemin, adjoint au maire chargé du patrimoine, et le président de la communauté israélite de Besançon accueilleront les visiteurs pour la présentation des travaux. Des visites guidées, gratuites, seront proposées toutes les heures par les guides-conférenciers de la Ville, en partenariat avec l'association des Amis du judaïsme comtois.</p>
<p>Le même week-end, le temple protestant du Saint-Esprit, la cathédrale Saint-Jean et la mosquée Sunna présenteront leurs bâtiments et leur histoire dans le cadre du parcours « Lieux de spiritualité ».</p>
<p>Programme complet sur le site de la ville. Entrée libre, contrôle des sacs à l'entrée.</p>
</article>
"""),
    "p068_annuaire_associations.html": ("Annuaire des associations – santé et solidarité", """
<h1>Ville de Niort – Annuaire des associations</h1>
<h2>Rubrique : santé, handicap, solidarité</h2>
<table>
<tr><th>Association</th><th>Objet</th><th>Contact</th></tr>
<tr><td>Autisme Deux-Sèvres</td><td>Soutien aux familles d'enfants et d'adultes autistes, groupes d'entraide, sensibilisation</td><td>Maison des associations, bureau 12</td></tr>
<tr><td>Vie Libre – section de Niort</td><td>Accompagnement des personnes malades de l'alcool et de leur entourage</td><td>Réunions le mardi à 20 h</td></tr>
<tr><td>AIDES Deux-Sèvres</td><td>Prévention du VIH et des hépatites, dépistage, soutien aux personnes concernées</td><td>Local rue de la Gare</td></tr>
<tr><td>Association des paralysés – délégation 79</td><td>Défense des droits, loisirs adaptés</td><td>Permanence le jeudi</td></tr>
<tr><td>SOS Homophobie (antenne Poitou)</td><td>Écoute, interventions en milieu scolaire</td><td>Ligne d'écoute nationale</td></tr>
<tr><td>Association culturelle musulmane de Niort</td><td>Soutien scolaire, cours de langue, aide alimentaire ouverte à tous</td><td>Quartier du Clou-Bouchet</td></tr>
<tr><td>Les Restos du Cœur</td><td>Aide alimentaire, accompagnement</td><td>Centre de distribution du Pontreau</td></tr>
</table>
<p>Votre association n'est pas référencée ? Remplissez le formulaire en ligne ou contactez la maison des associations.</p>
"""),
    "p069_conseil_municipal_resultats.html": ("Conseil municipal : ce qu'il faut retenir", """
<article>
<h1>Conseil municipal du 27 juin : ce qu'il faut retenir</h1>
<p class="date">Ville de Vénissieux – publié le 28 juin</p>
<h2>Un centre de santé municipal à Parilly</h2>
<p>Le conseil a approuvé à l'unanimité la création d'un second centre de santé municipal, qui accueillera quatre médecins généralistes salariés, une sage-femme et un psychologue. Dans le quartier, 18 % des habitants n'ont pas de médecin traitant.</p>
<h2>Subventions aux associations</h2>
<p>Une enveloppe de 412 000 € a été répartie entre 96 associations. Parmi elles : le Planning familial (9 000 €), l'association d'aide aux détenus et à leurs familles Le Relais Enfants-Parents (3 500 €), l'association de parents d'enfants sourds ALPES (2 000 €) et la mission locale (48 000 €).</p>
<h2>Sécurité</h2>
<p>Le maire a présenté le bilan de la convention de coordination avec la police nationale : les cambriolages ont baissé de 11 %. L'opposition a regretté l'absence de nouveaux policiers municipaux ; une motion demandant à l'État des effectifs supplémentaires a été adoptée.</p>
<h2>Vœu sur les expulsions locatives</h2>
<p>Le conseil a adopté, par 38 voix contre 9, un vœu demandant l'interdiction des expulsions sans relogement, présenté par l'adjointe au logement, Mme Hanane Benali.</p>
<p>Prochain conseil : 26 septembre. Les délibérations sont consultables en ligne.</p>
</article>
"""),
    "p070_offre_emploi_ase.html": ("Offre d'emploi – éducateur spécialisé", """
<h1>Le Département de la Sarthe recrute</h1>
<h2>Éducateur spécialisé (H/F) – Aide sociale à l'enfance – secteur du Mans Nord</h2>
<p><b>Cadre d'emplois :</b> assistants socio-éducatifs (catégorie A) – titulaire ou contractuel</p>
<h3>Vos missions</h3>
<ul>
<li>accompagner des enfants et des adolescents confiés au service de l'aide sociale à l'enfance, en lien avec leurs familles et les lieux d'accueil ;</li>
<li>mettre en œuvre les décisions du juge des enfants et les mesures administratives d'accueil ;</li>
<li>rédiger les rapports d'évaluation et participer aux audiences ;</li>
<li>organiser et accompagner les visites médiatisées ;</li>
<li>contribuer aux évaluations des informations préoccupantes.</li>
</ul>
<h3>Votre profil</h3>
<p>Diplôme d'État d'éducateur spécialisé ; connaissance du cadre légal de la protection de l'enfance ; capacité d'écoute et de distance professionnelle ; permis B indispensable.</p>
<h3>Nous vous offrons</h3>
<p>Un service de 14 travailleurs sociaux, une supervision mensuelle par un psychologue, un véhicule de service, le télétravail partiel, la prime Ségur.</p>
<p>Le service suit actuellement 380 enfants confiés sur le secteur.</p>
<p>Candidature avant le 15 mars sur le site du Département.</p>
"""),
})


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
