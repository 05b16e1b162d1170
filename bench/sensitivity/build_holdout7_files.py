"""Build the .docx and .html documents of the holdout7 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_holdout7_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout7"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- sovereign documents

DOCX["s003_signalement_ip_college.docx"] = [
    ("title", "Collège Marie-Curie de Saint-Junien (exemple) – Transmission d'une information préoccupante"),
    ("p", "Destinataire : Cellule de recueil des informations préoccupantes (CRIP) de la Haute-Vienne. Copie : infirmière scolaire, conseillère technique de service social de la DSDEN."),
    ("table", [
        ["Élève", "Ilyès B., né le 03/02/2011, classe de 4e C"],
        ["Responsables légaux", "Mère : Mme Sabrina B. ; père : non connu de l'établissement"],
        ["Rédacteur", "Mme Corinne Lagarde, conseillère principale d'éducation"],
        ["Date des faits rapportés", "Jeudi 16 novembre, vers 10h"],
    ]),
    ("h", "Faits constatés ou rapportés"),
    ("p", "À la récréation, Ilyès s'est confié à une assistante d'éducation : il indique que le compagnon de sa mère le frappe « avec la ceinture » quand il rentre en retard et qu'il a peur de rentrer ce soir. Il présente une rougeur linéaire sur l'avant-bras droit, constatée par l'infirmière à 10h25. Ses propos ont été notés mot pour mot, sans questions suggestives."),
    ("h", "Éléments de contexte"),
    ("p", "Baisse brutale des résultats depuis septembre, trois passages à l'infirmerie pour maux de ventre. La mère n'a pas répondu aux deux convocations du professeur principal."),
    ("h", "Appréciation"),
    ("p", "Au regard de la gravité des propos, l'établissement a également avisé le procureur de la République par téléphone à 11h40 (signalement). L'élève a été gardé au collège jusqu'à l'arrivée des services."),
    ("p", "Signature du chef d'établissement : M. Didier Pradeau"),
]

DOCX["s005_pv_audition_extrait.docx"] = [
    ("title", "Procès-verbal d'audition – extrait transmis au service juridique de la commune"),
    ("p", "Gendarmerie nationale – Brigade de Lunel (exemple). Procédure n° 01234/2024. Audition de témoin assisté."),
    ("p", "L'an deux mille vingt-quatre, le douze mars, à 14h10, devant nous, adjudant Serge Comte, officier de police judiciaire, se présente M. Frédéric ALBERTINI, né le 8 juin 1976 à Sète, régisseur du complexe sportif municipal."),
    ("p", "Sur les faits : « Je reconnais avoir encaissé en espèces les locations du gymnase par des associations extérieures en juillet et août sans établir de quittance. J'ai conservé environ 2 400 € que je comptais reverser. Je traversais une période difficile. Je n'ai jamais pris d'argent avant cela. »"),
    ("p", "Question : Quelqu'un d'autre avait-il accès à la caisse ? Réponse : « Non, j'étais le seul à avoir la clé du coffre. »"),
    ("p", "Lecture faite par lui-même, persiste et signe avec nous à 15h05."),
    ("p", "La commune, partie civile, est informée que la procédure est transmise au parquet de Montpellier pour détournement de fonds publics."),
]

DOCX["s007_entretien_annuel_agent.docx"] = [
    ("title", "Compte rendu d'entretien professionnel annuel"),
    ("table", [
        ["Agent", "Mme Véronique HAMON"],
        ["Grade / emploi", "Adjointe administrative principale de 2e classe – gestionnaire de l'urbanisme"],
        ["Évaluateur", "M. Stéphane Joly, responsable du service aménagement"],
        ["Date de l'entretien", "28 novembre"],
    ]),
    ("h", "1. Bilan des objectifs de l'année"),
    ("table", [
        ["Objectif", "Résultat", "Commentaire"],
        ["Dématérialiser l'instruction des DP", "Partiellement atteint", "Outil mis en place, mais 40 % des dossiers encore traités sur papier"],
        ["Réduire les délais de réponse aux CU", "Non atteint", "Délai moyen 31 jours (cible 20)"],
        ["Accueil du public", "Atteint", "Retours positifs des usagers"],
    ]),
    ("h", "2. Appréciation de la valeur professionnelle"),
    ("p", "Mme Hamon maîtrise la réglementation mais manque d'organisation dans la gestion des échéances. Plusieurs permis tacites ont été évités de justesse. Des tensions avec la collègue de l'accueil ont nécessité une médiation en mai. Les efforts constatés au dernier trimestre sont encourageants."),
    ("p", "Appréciation générale : à améliorer. Avancement de grade : non proposé cette année."),
    ("h", "3. Observations de l'agent"),
    ("p", "« Je conteste le non-atteint sur les CU : le service a fonctionné à deux personnes au lieu de trois de mars à août. »"),
]

DOCX["s015_note_exercice_diffusion_restreinte.docx"] = [
    ("title", "DIFFUSION RESTREINTE"),
    ("p", "PRÉFECTURE DE LA CHARENTE-MARITIME (exemple) – Service interministériel de défense et de protection civiles"),
    ("h", "Exercice de sécurité civile « ESTRAN 24 » – scénario détaillé (document réservé à l'équipe d'animation)"),
    ("p", "Le scénario ne doit pas être communiqué aux joueurs. Date : mardi 8 octobre, début 9h00 (H0). Lieu : port de commerce de La Pallice, poste 11."),
    ("table", [
        ["Horaire", "Événement injecté", "Destinataire"],
        ["H0", "Fuite sur un wagon-citerne d'ammoniac lors du déchargement", "CTA-CODIS"],
        ["H0+20", "Trois ouvriers incommodés, un inconscient", "SAMU 17"],
        ["H0+45", "Nuage dérivant vers l'île de Ré – fermeture du pont à décider", "COD préfecture"],
        ["H0+90", "Appel d'un journaliste se présentant sur place", "Cellule communication"],
    ]),
    ("p", "Points de vigilance évalués : délai de déclenchement du PPI, information des communes de Lagord et Nieul, mise à l'abri des élèves du lycée maritime."),
    ("p", "DIFFUSION RESTREINTE – ne pas transmettre en dehors de la liste d'animation."),
]

DOCX["s019_dossier_pps_eleve.docx"] = [
    ("title", "Projet personnalisé de scolarisation – document de mise en œuvre"),
    ("p", "Élève : Thibault Renard, 9 ans, CM1 – école élémentaire Paul-Bert de Tours (exemple). Notification MDPH n° 37-2024-05512 du 12 juin."),
    ("h", "Besoins identifiés"),
    ("p", "Trouble du spectre de l'autisme sans déficience intellectuelle, diagnostiqué au CRA en 2021, associé à une dyspraxie. Hypersensibilité au bruit, difficultés dans les transitions et à l'écrit."),
    ("h", "Compensations et aménagements"),
    ("table", [
        ["Mesure", "Modalité"],
        ["Accompagnant (AESH mutualisée)", "12 h hebdomadaires, prioritairement en français et en récréation"],
        ["Matériel pédagogique adapté", "Ordinateur portable avec logiciel de dictée vocale"],
        ["Aménagements", "Casque anti-bruit, emploi du temps visuel, temps majoré d'un tiers"],
        ["Soins", "Orthophonie et ergothérapie en libéral, sortie le mardi 15h-16h"],
    ]),
    ("p", "Enseignant référent : Mme Gaëlle Morisset. Prochaine ESS : mai."),
]

DOCX["s025_rapport_disciplinaire_agent.docx"] = [
    ("title", "Rapport saisissant le conseil de discipline"),
    ("p", "Autorité territoriale : Communauté d'agglomération Cœur d'Essonne (exemple). Agent concerné : M. Cédric BLONDEL, adjoint technique territorial, collecte des déchets."),
    ("h", "Exposé des faits"),
    ("p", "Le 4 mars, M. Blondel a quitté sa tournée à 9h30 sans prévenir son chef d'équipe, laissant le camion et ses deux collègues rue de la Gare. Il a été retrouvé à son domicile à 11h. Le 19 mars, il a tenu des propos injurieux à l'encontre de son responsable devant des usagers. Ces faits font suite à un avertissement (juin dernier) et à un blâme (novembre) pour absences injustifiées."),
    ("h", "Sanction proposée"),
    ("p", "Exclusion temporaire de fonctions de quinze jours (sanction du 2e groupe)."),
    ("p", "L'agent a été informé de son droit à consulter l'intégralité de son dossier individuel et à se faire assister du défenseur de son choix."),
    ("p", "Fait à Évry-Courcouronnes, le Président."),
]

DOCX["s030_note_evacuation_campement.docx"] = [
    ("title", "Note de situation – occupation du terrain de la rue des Acacias"),
    ("p", "Direction de la cohésion sociale, Ville de Villeurbanne-Nord (exemple). Rédactrice : Sarah Belkhir, médiatrice."),
    ("p", "Environ 45 personnes, dont 19 enfants, vivent depuis juillet dans des cabanes et caravanes sur le terrain. Il s'agit de familles roms originaires de la région de Craiova, dont plusieurs déjà présentes sur le squat de la rue Magenta évacué en 2022. Les familles rapportent des refus de scolarisation « parce qu'ils sont Roms » dans deux écoles voisines."),
    ("table", [
        ["Famille", "Composition", "Situation"],
        ["Famille CALDARAR (Ion, Maria)", "2 adultes, 4 enfants", "enfants non scolarisés, Mme enceinte de 7 mois"],
        ["Famille STOICA (Florin)", "1 adulte, 2 enfants", "M. travaille en intérim, demande de logement déposée"],
        ["Famille LINGURAR (Elena)", "1 adulte, 3 enfants", "aucune ressource, suivi par la PMI"],
    ]),
    ("p", "Proposition : diagnostic social individuel avant toute évacuation, conformément à l'instruction du 25 janvier 2018, et inscription immédiate des enfants."),
]

DOCX["s033_plan_protection_site.docx"] = [
    ("title", "Plan de protection – Centre de données départemental (site de Bourg-en-Bresse, exemple)"),
    ("p", "Niveau Vigipirate « urgence attentat » : mesures complémentaires applicables au site."),
    ("table", [
        ["Mesure", "Détail"],
        ["Accès véhicules", "Portail nord uniquement ; le portail sud (chemin des Teppes) est condamné par chaîne, clé au PC sécurité"],
        ["Contrôle des personnes", "Double badge + code personnel pour la salle serveurs ; code maître de secours 7 3 1 1 0 détenu par le RSSI et l'astreinte"],
        ["Vidéoprotection", "14 caméras ; enregistrement 30 jours sur le NVR du local technique B ; pas de couverture du toit"],
        ["Alimentation", "Onduleurs 20 min d'autonomie, groupe électrogène 48 h ; cuve de fioul accessible depuis l'extérieur (point faible)"],
        ["Rondes", "Toutes les 2 h de 20h à 6h ; aucune le dimanche entre 12h et 18h"],
    ]),
    ("p", "Document à ne pas photocopier. Exemplaire n° 3/5."),
]

DOCX["s041_note_mesure_protection.docx"] = [
    ("title", "Service social de l'hôpital de Cholet (exemple) – Requête en vue d'une mesure de protection"),
    ("p", "Patiente : Mme Odette BROSSARD, 88 ans, hospitalisée en gériatrie depuis le 2 février."),
    ("p", "Situation familiale : veuve, deux fils. M. Alain Brossard vit à proximité et gère de fait ses comptes ; son frère, M. Daniel Brossard, conteste des retraits importants (environ 23 000 € sur un an) et les deux frères ne se parlent plus. La patiente dit ne pas vouloir « choisir entre ses enfants »."),
    ("p", "Le certificat circonstancié du médecin inscrit (Dr Pelletier) conclut à une altération des facultés justifiant une curatelle renforcée."),
    ("p", "Proposition : saisine du juge des contentieux de la protection ; compte tenu du conflit familial, désignation d'un mandataire judiciaire professionnel plutôt que d'un des fils."),
    ("p", "Assistante sociale : Mme Aurélie Chiron"),
]

DOCX["s047_offre_detaillee_candidat.docx"] = [
    ("title", "Marché de maintenance des ascenseurs – Décomposition du prix (pièce confidentielle de l'offre)"),
    ("p", "Candidat : ÉLÉVATION OUEST SARL. Acheteur : Office public de l'habitat de Loire-Atlantique (exemple). Ne pas communiquer aux autres candidats – secret des affaires."),
    ("table", [
        ["Poste", "Coût interne", "Marge appliquée", "Prix proposé"],
        ["Visite d'entretien mensuelle (par appareil)", "41,20 €", "18 %", "48,60 €"],
        ["Astreinte 24/7 (forfait annuel, 212 appareils)", "61 400 €", "9 %", "66 930 €"],
        ["Taux horaire dépannage hors forfait", "47,00 €", "32 %", "62,00 €"],
        ["Remise sur pièces (catalogue fabricant)", "–", "–", "-27 %"],
    ]),
    ("p", "Note méthodologique : notre prix d'astreinte est volontairement proche du coût car nous visons à entrer sur le patrimoine de l'office avant le renouvellement du marché de la métropole ; la rentabilité est reportée sur les travaux de modernisation."),
]

DOCX["s052_demande_pieces_naturalisation.docx"] = [
    ("title", "Préfecture du Rhône (exemple) – Plateforme de naturalisation"),
    ("p", "Dossier n° 069-2023-NAT-04418. Demandeuse : Mme Oksana MELNYK épouse DURAND, née le 17 septembre 1989 à Jytomyr (Ukraine)."),
    ("p", "Madame, l'instruction de votre demande d'acquisition de la nationalité française par décret fait apparaître que votre dossier est incomplet. Votre carte de résident expire le 30 juin : pensez à en demander le renouvellement, l'instruction ne pouvant se poursuivre sans séjour régulier."),
    ("table", [
        ["Pièce manquante", "Observation"],
        ["Acte de naissance traduit", "La traduction fournie n'est pas établie par un traducteur agréé"],
        ["Avis d'imposition des 3 dernières années", "Manque l'année 2022"],
        ["Diplôme ou attestation de niveau B1", "Le TCF présenté date de plus de deux ans"],
    ]),
    ("p", "Vous disposez d'un délai de deux mois pour compléter votre dossier, faute de quoi il sera classé sans suite."),
]

DOCX["s054_echange_syndicat_sanction.docx"] = [
    ("title", "Compte rendu de l'entretien préalable – M. Sofiane Rahmani"),
    ("p", "Établissement : Régie des transports de l'agglomération de Pau (exemple). Présents : M. Rahmani, conducteur-receveur ; M. Olivier Cazenave, délégué syndical CGT et secrétaire du CSE, qui l'assiste ; Mme Larrieu, DRH."),
    ("p", "Motif : refus d'effectuer le service de remplacement du 12 avril et altercation avec le régulateur."),
    ("p", "M. Rahmani indique qu'il était ce jour-là en heures de délégation syndicale, déclarées la veille, en tant que délégué du personnel suppléant CGT. M. Cazenave soutient que la procédure disciplinaire constitue une mesure de discrimination syndicale."),
    ("p", "La DRH prend acte ; la direction fera connaître sa décision sous huit jours. Un blâme reste envisagé pour les propos tenus envers le régulateur."),
]

DOCX["s061_compte_rendu_negociation_sem.docx"] = [
    ("title", "SEM Énergies Vallée de l'Arve (exemple) – Compte rendu de réunion – négociation avec HydroAlp Industries"),
    ("p", "Réunion du 6 février – diffusion limitée aux participants."),
    ("h", "Points abordés"),
    ("p", "HydroAlp a présenté sa situation réelle : le site de Cluses perd 1,8 M€ par an et le groupe envisage sa fermeture si le prix de la chaleur fatale rachetée par le réseau n'est pas relevé à 34 €/MWh (au lieu de 22 €). Leur coût de production interne est de 29 €/MWh."),
    ("p", "HydroAlp a également dévoilé son procédé de récupération sur les fours de trempe (brevet en cours de dépôt) et demande que ce schéma ne soit pas repris dans le dossier de subvention ADEME."),
    ("h", "Position de la SEM"),
    ("p", "Accord possible à 30 €/MWh sur 12 ans avec clause de volume minimal de 18 GWh. Réponse attendue avant le conseil d'administration de mars."),
]

DOCX["s064_liste_beneficiaires_colis.docx"] = [
    ("title", "CCAS de Bolbec (exemple) – Distribution de colis alimentaires – semaine 48"),
    ("p", "Liste réservée aux bénévoles de l'épicerie solidaire pour le retrait des colis."),
    ("table", [
        ["N°", "Nom", "Foyer", "Orientation", "Colis"],
        ["1", "LEBRETON Annie", "1 adulte", "Assistante sociale MDS", "Petit"],
        ["2", "DIOP Mamadou", "2 adultes, 3 enfants", "CCAS – fin de droits chômage", "Grand"],
        ["3", "FOUCHÉ Marcel", "1 adulte", "Restos du cœur", "Petit + hygiène"],
        ["4", "HAMIDI Leïla", "1 adulte, 2 enfants", "CCAS – dossier surendettement", "Moyen"],
        ["5", "ROUSSEL Jérémy", "1 adulte", "Sans domicile – domicilié au CCAS", "Petit, sans cuisson"],
    ]),
    ("p", "Rappel : ne pas afficher cette liste et la détruire après la distribution."),
]

DOCX["s069_tableau_notation_service.docx"] = [
    ("title", "Direction des bibliothèques – Synthèse des entretiens professionnels (document de travail de la direction)"),
    ("table", [
        ["Agent", "Poste", "Appréciation", "Observations"],
        ["Pauline Gérard", "Bibliothécaire jeunesse", "Excellent", "Proposée pour l'avancement"],
        ["Marc Lenoir", "Assistant de conservation", "Insuffisant", "Retards répétés, refus des permanences du samedi ; plan d'accompagnement"],
        ["Sonia Ferreira", "Adjointe du patrimoine", "Satisfaisant", "Formation catalogage à prévoir"],
        ["Hugo Tessier", "Médiateur numérique", "À améliorer", "Conflit avec l'équipe du réseau, rappel à l'ordre oral en octobre"],
    ]),
    ("p", "À ne pas diffuser aux chefs d'équipe avant la commission d'harmonisation."),
]

HTML["s006_courrier_prefecture_oqtf.html"] = (
    "Notification – obligation de quitter le territoire",
    """
<p><strong>PRÉFECTURE DE LA LOIRE (exemple)</strong><br>Direction de la citoyenneté et de la légalité – Bureau de l'éloignement</p>
<p>Saint-Étienne, le 19 avril</p>
<p>Monsieur Ousmane KEITA<br>né le 12/11/1995 à Bamako (Mali)<br>c/o Association Accueil Solidarité, 8 rue Balay</p>
<h2>Objet : notification d'un arrêté portant refus de titre de séjour et obligation de quitter le territoire français</h2>
<p>Monsieur,</p>
<p>Je vous notifie l'arrêté n° 2024-0871 par lequel j'ai refusé de vous délivrer le titre de séjour « salarié » que vous aviez sollicité le 3 octobre, votre contrat de travail n'ayant pas reçu l'autorisation requise. Vous êtes obligé de quitter le territoire français dans un délai de trente jours. À défaut, vous pourrez être reconduit d'office vers le pays dont vous avez la nationalité.</p>
<p>Une interdiction de retour d'une durée d'un an est assortie à cette mesure.</p>
<p>Vous pouvez contester cette décision devant le tribunal administratif de Lyon dans un délai de trente jours à compter de la présente notification. Vous pouvez solliciter une aide au retour auprès de l'Office français de l'immigration et de l'intégration.</p>
<p>Pour le préfet et par délégation,<br>la cheffe du bureau</p>
""",
)

HTML["s013_rapport_incident_cour.html"] = (
    "Fiche incident – lycée professionnel",
    """
<h1>Fiche de signalement d'incident – Lycée professionnel Jean-Jaurès (exemple)</h1>
<table border="1">
<tr><th>Date</th><td>Mardi 21 mai, 12h15, cour de la cantine</td></tr>
<tr><th>Victime</th><td>Moussa Traoré, 2nde MELEC</td></tr>
<tr><th>Auteurs présumés</th><td>Théo V. et Dylan M., 2nde MSPC</td></tr>
<tr><th>Rédacteur</th><td>M. Lhuillier, assistant d'éducation</td></tr>
</table>
<h2>Description</h2>
<p>Alors que Moussa faisait la queue, deux élèves l'ont interpellé en imitant des cris de singe et en lui disant de « retourner au Mali avec sa famille de sans-papiers ». Moussa a répondu par une bousculade. Les élèves ont été séparés par l'AED.</p>
<p>Moussa, très affecté, a expliqué que ses parents sont arrivés du Mali avant sa naissance et que ces propos reviennent « depuis la 6e ». Sa mère a été appelée.</p>
<h2>Suites</h2>
<ul><li>Convocation des deux auteurs et de leurs familles le 23 mai ; commission éducative envisagée.</li>
<li>Fait signalé au référent égalité/racisme de l'académie.</li></ul>
""",
)

HTML["s017_lettre_entreprise_prix.html"] = (
    "Courrier confidentiel – demande de révision",
    """
<p><strong>TRANSPORTS CARS DU HAUT-JURA SAS</strong><br>Zone artisanale des Tilleuls – 39200 Saint-Claude (fictif)</p>
<p>À l'attention de la Direction des mobilités, Région Bourgogne-Franche-Comté (exemple)</p>
<p><em>Document confidentiel contenant des informations relevant du secret des affaires</em></p>
<p>Madame la Directrice,</p>
<p>Comme convenu lors de notre entretien, je vous communique nos données d'exploitation réelles sur les lignes scolaires du lot 7. Notre coût kilométrique complet atteint désormais 3,12 € contre 2,41 € lors de la remise de l'offre, en raison du gazole, des salaires des conducteurs (nous payons 11 % au-dessus de la convention pour garder nos équipes) et du remplacement anticipé de quatre autocars.</p>
<table border="1">
<tr><th>Poste</th><th>Offre initiale</th><th>Réel</th></tr>
<tr><td>Carburant (€/km)</td><td>0,52</td><td>0,71</td></tr>
<tr><td>Personnel (€/km)</td><td>1,28</td><td>1,63</td></tr>
<tr><td>Résultat net du lot</td><td>+4,1 %</td><td>-9,7 %</td></tr>
</table>
<p>Sans avenant, notre banquier nous a indiqué qu'il ne renouvellerait pas notre ligne de crédit en juin. Nous vous serions reconnaissants de ne pas diffuser ces éléments, y compris aux autres transporteurs du groupement.</p>
<p>Jean-Marc Vuillermoz, gérant</p>
""",
)

HTML["s023_fiche_suivi_tig.html"] = (
    "Suivi TIG – services techniques",
    """
<h2>Commune de Saint-Avold-Village (exemple) – Accueil de personnes condamnées à un travail d'intérêt général</h2>
<p>Fiche de suivi transmise au SPIP de la Moselle – conseillère référente : Mme Kessler</p>
<table border="1">
<tr><th>Nom</th><td>Steven MULLER</td></tr>
<tr><th>Mesure</th><td>TIG de 120 heures – jugement du tribunal correctionnel de Sarreguemines du 14/01</td></tr>
<tr><th>Tuteur</th><td>M. Haag, chef d'équipe espaces verts</td></tr>
<tr><th>Heures effectuées</th><td>64 / 120</td></tr>
</table>
<p>Observations : ponctuel les trois premières semaines, deux absences non justifiées les 4 et 11 mars. Travail correct sur le désherbage du cimetière. Ne doit pas être affecté à la conduite (permis suspendu).</p>
<p>Merci de nous confirmer si les heures manquées doivent être rattrapées avant l'échéance du 30 juin.</p>
""",
)

HTML["s028_signalement_agent_propos.html"] = (
    "Signalement au supérieur hiérarchique",
    """
<p><strong>De :</strong> Cheffe du service de la vie associative<br><strong>À :</strong> Directeur général adjoint<br><strong>Objet :</strong> comportement de M. Pierre-Yves Lacaze à l'accueil</p>
<p>Monsieur le Directeur,</p>
<p>Je dois vous signaler que M. Lacaze, agent d'accueil de la Maison des associations, a de nouveau distribué jeudi, pendant ses heures de service, des tracts du collectif « Patrie et Identité » dont il est le porte-parole départemental, et a apposé un autocollant du mouvement sur le comptoir. Plusieurs usagers, dont la présidente d'une association de quartier, s'en sont plaints.</p>
<p>Un premier rappel oral au devoir de neutralité lui avait été fait le 2 février. Je vous propose une convocation à un entretien et, le cas échéant, l'engagement d'une procédure disciplinaire.</p>
<p>Nathalie Roques</p>
""",
)

HTML["s035_programme_spectacle_paroles.html"] = (
    "Spectacle de fin d'année – livret des parents",
    """
<h1>École maternelle Les Coquelicots – spectacle de fin d'année</h1>
<p>Vendredi 28 juin, 18h, salle des fêtes. Voici les paroles des chansons, pour que vous puissiez chanter avec nous !</p>
<h2>« Le manège des saisons » (paroles et musique : Romain Delattre, album <em>Petits pas</em>, Label Grenadine, reproduit intégralement)</h2>
<p>Le printemps pousse la porte,<br>il apporte des lilas,<br>les oiseaux font la cohorte,<br>un, deux, trois, et me voilà !</p>
<p><em>Refrain :</em> Tourne, tourne le manège,<br>du soleil jusqu'à la neige,<br>tourne, tourne sans s'arrêter,<br>toutes les saisons vont danser.</p>
<p>L'été saute dans les flaques,<br>il a du sable plein les mains,<br>il fait des châteaux, des vagues,<br>et s'endort tard le matin.</p>
<p>L'automne souffle les feuilles,<br>rouges, jaunes, en farandole,<br>les écureuils font leurs cueillettes,<br>et nous, on rentre à l'école.</p>
<p>L'hiver met son grand manteau,<br>blanc de la tête aux souliers,<br>on fait des bonhommes tout beaux,<br>en attendant le mois de mai.</p>
<p><em>Refrain</em></p>
<p>Merci aux parents qui aident à l'installation à partir de 17h !</p>
""",
)

HTML["s037_mail_assistante_sociale_surendettement.html"] = (
    "Transmission dossier surendettement",
    """
<p><b>De :</b> Maison départementale des solidarités de Dole (exemple)<br><b>À :</b> Banque de France – secrétariat de la commission de surendettement du Jura<br><b>Objet :</b> dossier de M. et Mme Poirier – éléments complémentaires</p>
<p>Madame, Monsieur,</p>
<p>Suite au dépôt du dossier de M. Franck et Mme Sandrine Poirier, je vous adresse les éléments complémentaires demandés :</p>
<ul>
<li>13 crédits à la consommation et renouvelables recensés, pour un total de 47 210 € ;</li>
<li>reste à vivre actuel après remboursements : 212 € pour quatre personnes ;</li>
<li>M. Poirier est en arrêt maladie depuis décembre (indemnités journalières 38 € / jour) ;</li>
<li>un huissier a procédé à une saisie sur le compte joint le 8 janvier.</li>
</ul>
<p>Le couple souhaite conserver son logement. Je soutiens une orientation vers un plan conventionnel avec effacement partiel.</p>
<p>Caroline Jeunet, conseillère en économie sociale et familiale</p>
""",
)

HTML["s042_courrier_placement_ase.html"] = (
    "Information des parents – décision de placement",
    """
<p><strong>Département du Pas-de-Calais (exemple) – Aide sociale à l'enfance – Territoire de l'Artois</strong></p>
<p>Monsieur et Madame DUQUESNE<br>12 rue Jean-Jaurès, 62400 Béthune</p>
<p>Objet : mise en œuvre de l'ordonnance de placement provisoire concernant vos enfants Kylian (8 ans) et Maëlys (5 ans)</p>
<p>Madame, Monsieur,</p>
<p>Par ordonnance du 2 octobre, le juge des enfants du tribunal judiciaire de Béthune a confié provisoirement vos enfants au service de l'aide sociale à l'enfance pour une durée de six mois. Kylian et Maëlys sont accueillis ensemble chez une assistante familiale du secteur de Lens.</p>
<p>Conformément à la décision, vous bénéficiez d'un droit de visite médiatisé d'une heure tous les quinze jours, le mercredi, dans les locaux de la Maison du département. La première visite aura lieu le 16 octobre à 14h. Les appels téléphoniques sont autorisés le dimanche de 18h à 18h30.</p>
<p>Votre référente, Mme Audrey Lefebvre, vous recevra le 9 octobre pour élaborer le projet pour l'enfant.</p>
""",
)

HTML["s046_note_vulnerabilites_si.html"] = (
    "Audit de sécurité – synthèse des vulnérabilités",
    """
<h1>Groupement hospitalier de territoire Cœur de Bretagne (exemple) – Test d'intrusion – synthèse</h1>
<p>Prestataire : CyberArmor. Période : 3 au 14 juin. Diffusion : RSSI, DSI, directeur général.</p>
<table border="1">
<tr><th>Réf.</th><th>Vulnérabilité</th><th>Criticité</th><th>État</th></tr>
<tr><td>V-01</td><td>Serveur VPN Fortinet non patché (CVE-2024-21762), accessible depuis Internet à vpn.ght-cb-exemple.fr</td><td>Critique</td><td>Non corrigé</td></tr>
<tr><td>V-02</td><td>Compte de service « svc_pacs » avec mot de passe par défaut Pacs2019! sur le serveur d'imagerie</td><td>Critique</td><td>Non corrigé</td></tr>
<tr><td>V-03</td><td>Partage réseau \\\\fic-02\\rh lisible par tous les utilisateurs du domaine</td><td>Élevée</td><td>En cours</td></tr>
<tr><td>V-04</td><td>Wi-Fi invités non cloisonné du réseau des automates de laboratoire</td><td>Élevée</td><td>Non corrigé</td></tr>
</table>
<p>Chemin d'attaque démontré : depuis le Wi-Fi invité du hall, prise de contrôle de l'annuaire en moins de quatre heures.</p>
""",
)

HTML["s051_fsl_decision_aide.html"] = (
    "Fonds de solidarité pour le logement – notification",
    """
<p><strong>Fonds de solidarité pour le logement de la Gironde (exemple)</strong></p>
<p>Madame Samia BOUZIANE<br>Résidence Les Aubiers, bât. 4, appt 112 – Bordeaux</p>
<p>Madame,</p>
<p>La commission du FSL réunie le 11 mars a examiné votre demande d'aide au maintien dans le logement. Compte tenu de votre dette de loyer (2 940 €), de vos ressources (allocation de retour à l'emploi de 896 € et prestations familiales) et de votre situation de mère isolée avec trois enfants, la commission a décidé :</p>
<ul><li>une subvention de 1 200 € versée directement à Aquitanis ;</li>
<li>un prêt sans intérêt de 800 €, remboursable en 20 mensualités de 40 € ;</li>
<li>un accompagnement social lié au logement de six mois.</li></ul>
<p>Le solde de la dette devra faire l'objet d'un plan d'apurement avec votre bailleur.</p>
""",
)

HTML["s058_prelevement_adn_garde_vue.html"] = (
    "Registre – prélèvements biologiques",
    """
<h2>Commissariat de police de Mulhouse (exemple) – Registre des prélèvements FNAEG</h2>
<table border="1">
<tr><th>Date</th><th>Personne</th><th>Cadre</th><th>Prélèvement</th><th>Observations</th></tr>
<tr><td>04/09</td><td>HOFFMANN Lucas, né 1999</td><td>Garde à vue – vol avec violence</td><td>Frottis buccal + empreintes digitales (FAED)</td><td>Transmis au laboratoire de Strasbourg</td></tr>
<tr><td>04/09</td><td>SCHMITT Yohan, né 2003</td><td>Garde à vue – stupéfiants</td><td>Refus de prélèvement</td><td>Procédure pour refus ouverte</td></tr>
<tr><td>05/09</td><td>N'DIAYE Abdou, né 1987</td><td>Garde à vue – violences conjugales</td><td>Frottis buccal, photographies signalétiques</td><td>Profil déjà enregistré (rapprochement 2019)</td></tr>
</table>
""",
)

HTML["s062_bulletin_photos_credits.html"] = (
    "Brouillon – magazine municipal n° 58",
    """
<h1>Vivre à Montgeron (exemple) – maquette du n° 58</h1>
<h2>Dossier : la forêt de Sénart en automne</h2>
<p>[Photo pleine page : cerf au lever du jour dans la brume, allée Royale]<br><small>© Julien Marchais / Agence Sylvestre – reprise du site de l'agence, droits non acquis</small></p>
<p>[Photo : chemin des Mares couvert de feuilles]<br><small>© Julien Marchais / Agence Sylvestre</small></p>
<p>[Photo : champignons au pied d'un chêne]<br><small>© Élise Fournier – image issue de son compte Instagram, autorisation demandée, pas de réponse</small></p>
<p>Texte : la forêt domaniale couvre plus de 3 000 hectares et accueille chaque année plus de trois millions de promeneurs…</p>
<p><em>Note de la rédaction : on publie comme ça, on régularisera avec l'agence si elle se manifeste.</em></p>
""",
)

HTML["s067_mail_cada_orientation.html"] = (
    "Orientation CADA",
    """
<p>Bonjour,</p>
<p>L'OFII nous confirme l'orientation de la famille AHMADI vers votre CADA à partir du 22 janvier :</p>
<ul>
<li>M. Farid AHMADI, 39 ans, et Mme Mariam AHMADI, 34 ans, de nationalité afghane ;</li>
<li>leurs enfants Sana (12 ans), Omid (9 ans) et Hasti (3 ans).</li>
</ul>
<p>Leur demande d'asile est enregistrée en procédure normale ; l'entretien à l'OFPRA est convoqué pour le 5 mars. Mme Ahmadi a besoin d'un suivi gynécologique (grossesse de 5 mois) et Omid d'une prise en charge orthophonique. Ils arrivent du centre d'accueil de Paris 14e par le train de 10h12.</p>
<p>Merci de prévoir le T4 du rez-de-chaussée.</p>
<p>Mathieu Perret – coordination départementale de l'hébergement des demandeurs d'asile, DDETS (exemple)</p>
""",
)

HTML["s072_fiche_mna_evaluation.html"] = (
    "Évaluation de minorité – synthèse",
    """
<h2>Conseil départemental de l'Isère (exemple) – Dispositif d'évaluation des mineurs non accompagnés</h2>
<p><strong>Jeune évalué :</strong> Mamadou Saliou BAH, se déclarant né le 3 mars 2008 à Labé (Guinée)</p>
<p><strong>Parcours :</strong> départ de Guinée à 14 ans après le décès de son père, passage par le Mali, l'Algérie et la Libye, où il dit avoir été détenu trois mois ; traversée vers Lampedusa en août ; arrivé à Grenoble le 2 octobre.</p>
<p><strong>Évaluation :</strong> récit cohérent et détaillé, apparence et comportement compatibles avec l'âge allégué. Acte de naissance présenté, transmis pour vérification documentaire à la police aux frontières.</p>
<p><strong>Conclusion :</strong> minorité et isolement retenus. Proposition de saisine du parquet pour une ordonnance de placement provisoire et d'une orientation vers un foyer de l'ASE. Suivi psychologique recommandé (cauchemars, troubles du sommeil).</p>
""",
)

HTML["s075_email_student_disability.html"] = (
    "Exam arrangements",
    """
<p><b>From:</b> Disability Support Office, Université Côte d'Azur (example)<br><b>To:</b> Exams office, Faculty of Sciences<br><b>Subject:</b> Exam arrangements – Emily Hartmann, L2 Biology (exchange student)</p>
<p>Hello,</p>
<p>Following her assessment by the university doctor on 14 October, please apply the following arrangements for Emily Hartmann's January exams:</p>
<ul><li>one third extra time;</li><li>a separate room with no more than five students;</li><li>permission to leave the room briefly to check her blood sugar and take food (type 1 diabetes, insulin pump).</li></ul>
<p>She has also been diagnosed with dyslexia; please allow the use of a laptop with spell checker disabled.</p>
<p>Best regards,<br>Marion Giraud – Mission handicap</p>
""",
)


if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
