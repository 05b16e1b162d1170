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


# ---------------------------------------------------------------- public documents

DOCX["p003_offre_emploi_assistant_social.docx"] = [
    ("title", "Le Département de la Corrèze (exemple) recrute"),
    ("h", "Assistant(e) de service social – Maison départementale des solidarités de Brive Ouest"),
    ("p", "Cadre d'emplois des assistants socio-éducatifs territoriaux (catégorie A). Poste permanent à temps complet."),
    ("h", "Missions"),
    ("p", "Au sein d'une équipe pluridisciplinaire (travailleurs sociaux, PMI, insertion), vous accueillez, informez et accompagnez les personnes et familles en difficulté sociale : accès aux droits, prévention des expulsions, protection de l'enfance (évaluation des informations préoccupantes), accompagnement des bénéficiaires du RSA, protection des majeurs vulnérables. Vous participez aux actions collectives du territoire (ateliers budget, groupes de parole parents)."),
    ("h", "Profil"),
    ("p", "Diplôme d'État d'assistant de service social exigé. Connaissance des dispositifs d'action sociale, capacités d'écoute et de rédaction, sens du travail en équipe. Permis B (véhicule de service)."),
    ("table", [
        ["Rémunération", "Grille indiciaire + RIFSEEP + prime Ségur"],
        ["Avantages", "Télétravail 1 jour/semaine, CNAS, participation mutuelle"],
        ["Date limite", "15 octobre"],
        ["Contact", "Direction des ressources humaines – recrutement"],
    ]),
]

DOCX["p006_compte_rendu_conseil_communautaire.docx"] = [
    ("title", "Communauté de communes du Val de Sèvre (exemple) – Compte rendu sommaire du conseil communautaire du 18 septembre"),
    ("p", "Présidence : M. Jacques Morin. 38 conseillers présents, 4 pouvoirs. Secrétaire de séance : Mme Pascale Vidal."),
    ("table", [
        ["N°", "Objet", "Vote"],
        ["2024-091", "Approbation du rapport annuel sur le prix et la qualité du service public d'élimination des déchets", "Unanimité"],
        ["2024-092", "Extension des consignes de tri : passage à la collecte en bacs jaunes toutes les deux semaines", "36 pour, 6 contre"],
        ["2024-093", "Tarifs de la redevance incitative", "35 pour, 7 abstentions"],
        ["2024-094", "Convention avec l'éco-organisme pour les textiles", "Unanimité"],
        ["2024-095", "Création d'un poste d'ambassadeur du tri", "Unanimité"],
    ]),
    ("p", "Le tonnage d'ordures ménagères résiduelles a baissé de 9 % depuis la mise en place de la redevance incitative. Les débats intégraux figurent au procès-verbal, disponible sur le site de la communauté."),
]

DOCX["p008_rapport_annuel_ccas.docx"] = [
    ("title", "Rapport d'activité du Centre communal d'action sociale – année écoulée"),
    ("p", "CCAS de Chambéry-Nord (exemple). Présenté au conseil d'administration du 27 mars."),
    ("h", "Aides facultatives"),
    ("table", [
        ["Type d'aide", "Nombre de foyers aidés", "Montant total"],
        ["Aide alimentaire (bons et épicerie sociale)", "412", "61 300 €"],
        ["Aide à l'énergie", "138", "29 850 €"],
        ["Aide au logement (premier loyer, dette)", "57", "22 400 €"],
        ["Secours d'urgence", "94", "9 120 €"],
    ]),
    ("h", "Domiciliation et accueil"),
    ("p", "326 personnes sans domicile stable ont une domiciliation active au CCAS (+14 %). Le point d'accueil de jour a reçu en moyenne 38 personnes par jour l'hiver."),
    ("h", "Analyse des besoins sociaux"),
    ("p", "Les familles monoparentales représentent 41 % des demandeurs, les personnes de plus de 60 ans 22 %. La hausse des demandes liées à l'énergie se confirme. Le CCAS propose de renforcer les ateliers budget et de créer un poste de conseiller numérique pour l'accès aux droits."),
]

DOCX["p014_pv_conseil_administration_universite.docx"] = [
    ("title", "Université de Haute-Alsace (exemple) – Procès-verbal du conseil d'administration du 5 juillet"),
    ("p", "Sous la présidence de M. le Président de l'université. Quorum atteint : 27 membres présents ou représentés sur 36."),
    ("h", "1. Approbation du procès-verbal du 14 juin"),
    ("p", "Approuvé à l'unanimité."),
    ("h", "2. Budget rectificatif n° 1"),
    ("p", "La vice-présidente finances présente un budget rectificatif intégrant 1,2 M€ au titre de la compensation de la hausse du point d'indice et 800 000 € de travaux de rénovation énergétique du bâtiment de chimie. Vote : 24 pour, 3 contre."),
    ("h", "3. Création du diplôme universitaire « Médiation en santé »"),
    ("p", "Le DU, porté par la faculté de sciences humaines, forme des médiateurs pour faciliter l'accès aux soins des publics précaires et allophones. Approuvé à l'unanimité."),
    ("h", "4. Tarifs des formations continues"),
    ("p", "Adoptés. Les droits d'inscription des étudiants internationaux extra-européens restent alignés sur les droits nationaux (exonération totale votée pour l'année)."),
]

DOCX["p018_bilan_violences_intrafamiliales.docx"] = [
    ("title", "Observatoire départemental des violences faites aux femmes du Finistère (exemple) – Chiffres clés"),
    ("p", "Sources : forces de sécurité intérieure, parquets de Brest et Quimper, associations d'aide aux victimes. Données de l'année, agrégées."),
    ("table", [
        ["Indicateur", "Valeur", "Évolution"],
        ["Faits de violences conjugales enregistrés", "1 642", "+11 %"],
        ["Ordonnances de protection délivrées", "87", "+24 %"],
        ["Téléphones grave danger attribués", "31", "+6"],
        ["Bracelets anti-rapprochement actifs au 31/12", "19", "+8"],
        ["Mises à l'abri en hébergement d'urgence", "214 femmes et 298 enfants", "+9 %"],
    ]),
    ("p", "Les enfants exposés aux violences conjugales sont désormais reconnus comme victimes : 1 120 enfants ont été recensés dans les procédures. La prise en charge des auteurs s'est développée avec l'ouverture d'un centre de prise en charge à Quimper (96 auteurs suivis)."),
    ("p", "Pour toute victime : 3919, numéro gratuit et anonyme, 24 h/24."),
]

DOCX["p022_rapport_activite_urgences.docx"] = [
    ("title", "Centre hospitalier de Périgueux-Sud (exemple) – Rapport d'activité des urgences"),
    ("table", [
        ["Indicateur", "Année N", "Année N-1"],
        ["Passages aux urgences adultes", "41 230", "39 870"],
        ["Passages aux urgences pédiatriques", "12 410", "11 980"],
        ["Taux d'hospitalisation après passage", "23,4 %", "22,1 %"],
        ["Durée moyenne de passage", "4 h 52", "4 h 31"],
        ["Sorties SMUR primaires", "2 118", "2 040"],
    ]),
    ("p", "Motifs de recours les plus fréquents : traumatologie (31 %), douleurs abdominales (12 %), douleurs thoraciques (9 %), troubles psychiatriques et intoxications (7 %). La part des patients de plus de 75 ans atteint 19 %."),
    ("p", "Actions : régulation de l'accès la nuit par le SAS, ouverture d'une unité d'hospitalisation de courte durée de 8 lits, recrutement de 3 médecins urgentistes. Le plan « hôpital en tension » a été déclenché 11 fois, contre 18 l'année précédente."),
]

DOCX["p028_plan_departemental_insertion.docx"] = [
    ("title", "Programme départemental d'insertion 2025-2028 (exemple) – synthèse"),
    ("p", "Adopté par l'assemblée départementale. Le département compte 14 300 foyers allocataires du RSA, dont 38 % depuis plus de quatre ans."),
    ("h", "Axe 1 – Accompagner chaque allocataire vers l'emploi"),
    ("p", "Généralisation des 15 heures d'activité hebdomadaire accompagnées, en lien avec France Travail ; contrats aidés dans les collectivités et associations ; clauses d'insertion dans 100 % des marchés de travaux du département."),
    ("h", "Axe 2 – Lever les freins périphériques"),
    ("p", "Mobilité (garage solidaire, permis à 1 €), garde d'enfants pour les parents isolés, santé (bilans gratuits, accès aux soins en santé mentale), lutte contre l'illettrisme et l'illectronisme."),
    ("h", "Axe 3 – Prévenir la grande précarité"),
    ("p", "Coordination avec le plan logement d'abord, aide alimentaire de qualité, accompagnement budgétaire pour prévenir le surendettement."),
    ("table", [["Budget annuel", "Montant"], ["Allocations RSA", "92 M€"], ["Actions d'insertion", "9,5 M€"], ["Fonds social européen mobilisé", "3,1 M€"]]),
]

DOCX["p032_rapport_orientation_budgetaire.docx"] = [
    ("title", "Rapport d'orientation budgétaire – extraits"),
    ("p", "Région Centre-Val-de-Loire (exemple). Débat d'orientation budgétaire, session de novembre."),
    ("h", "Contexte"),
    ("p", "La croissance attendue est de 0,8 %, l'inflation revient vers 2 %. La part de TVA affectée aux régions évolue moins vite que prévu, alors que les dépenses de transport ferroviaire régional augmentent de 7 %."),
    ("table", [
        ["", "BP N", "Orientations N+1"],
        ["Dépenses de fonctionnement", "1 021 M€", "1 038 M€"],
        ["Dépenses d'investissement", "512 M€", "540 M€"],
        ["Épargne brute", "236 M€", "221 M€"],
        ["Capacité de désendettement", "5,4 ans", "5,9 ans"],
    ]),
    ("p", "Priorités : lycées (plan de rénovation thermique), mobilités (nouvelles rames TER), formation professionnelle des demandeurs d'emploi, santé (bourses pour les étudiants en médecine s'installant dans les territoires ruraux)."),
]

DOCX["p045_rapport_clspd.docx"] = [
    ("title", "Conseil local de sécurité et de prévention de la délinquance – séance plénière"),
    ("p", "Ville de Vaulx-sur-Saône (exemple). Présidence : le maire ; en présence du sous-préfet, du procureur de la République, du commissaire de police et du directeur académique."),
    ("h", "Évolution de la délinquance enregistrée (données de la police nationale)"),
    ("table", [
        ["Catégorie", "Année N", "Évolution"],
        ["Cambriolages de logements", "214", "-12 %"],
        ["Vols de véhicules", "167", "-4 %"],
        ["Violences intrafamiliales", "389", "+9 %"],
        ["Infractions liées aux stupéfiants", "301", "+22 %"],
        ["Rodéos motorisés signalés", "58", "+40 %"],
    ]),
    ("h", "Actions de prévention"),
    ("p", "Travail d'intérêt général : la ville accueille désormais 12 postes de TIG dans ses services. Mise en place d'un groupe de travail « mineurs exposés » avec la protection judiciaire de la jeunesse. Extension de la vidéoprotection au quartier de la gare. Permanence de l'intervenante sociale au commissariat : 186 personnes reçues."),
]

DOCX["p050_convention_france_travail.docx"] = [
    ("title", "Convention de partenariat pour l'accompagnement des demandeurs d'emploi"),
    ("p", "Entre la Ville de Saint-Quentin-en-Thiérache (exemple), représentée par son maire, et France Travail, agence de Guise, représentée par sa directrice."),
    ("h", "Article 1 – Objet"),
    ("p", "La présente convention organise une permanence de France Travail au sein de l'espace France Services de la mairie, afin de faciliter l'accès des habitants, notamment des bénéficiaires du RSA, des jeunes sans qualification et des seniors, aux services de l'emploi."),
    ("h", "Article 2 – Engagements des parties"),
    ("p", "La ville met à disposition un bureau équipé les mardis de 9h à 12h. France Travail y affecte un conseiller et organise chaque trimestre un forum de recrutement avec les entreprises du bassin."),
    ("h", "Article 3 – Suivi"),
    ("p", "Un bilan annuel chiffré (nombre de personnes reçues, retours à l'emploi, entrées en formation) est présenté au comité de pilotage. Aucune donnée nominative n'y figure."),
    ("h", "Article 4 – Durée"),
    ("p", "Trois ans à compter de la signature."),
]

DOCX["p054_guide_rgpd_agents.docx"] = [
    ("title", "Guide pratique – Protéger les données personnelles au quotidien"),
    ("p", "Délégué à la protection des données de la Métropole de Grenoble-Alpes (exemple) – à l'usage de tous les agents."),
    ("h", "Les données dites « sensibles »"),
    ("p", "Le RGPD interdit en principe de traiter des données révélant l'origine raciale ou ethnique, les opinions politiques, les convictions religieuses ou philosophiques, l'appartenance syndicale, les données génétiques ou biométriques, les données de santé et celles concernant la vie ou l'orientation sexuelle. Les données relatives aux condamnations pénales et aux infractions sont elles aussi strictement encadrées."),
    ("h", "Les bons réflexes"),
    ("table", [
        ["Situation", "À faire"],
        ["Un usager vous confie un problème de santé", "Ne noter que ce qui est nécessaire à la démarche"],
        ["Envoyer un tableau nominatif", "Utiliser la plateforme d'échange sécurisée, jamais une messagerie personnelle"],
        ["Un élu demande la liste des bénéficiaires d'une aide", "Vérifier la base légale avec le DPO"],
        ["Fin d'un dossier", "Respecter la durée de conservation et archiver"],
    ]),
    ("p", "Une question ? dpo@exemple-metropole.fr"),
]

DOCX["p058_observatoire_logement_expulsions.docx"] = [
    ("title", "Observatoire de l'habitat de l'Hérault (exemple) – Prévention des expulsions locatives : chiffres de l'année"),
    ("table", [
        ["Étape de la procédure", "Nombre", "Évolution"],
        ["Commandements de payer", "6 812", "+8 %"],
        ["Assignations", "3 940", "+5 %"],
        ["Décisions de justice prononçant l'expulsion", "2 417", "+4 %"],
        ["Demandes de concours de la force publique", "1 602", "+11 %"],
        ["Expulsions effectives avec concours de la force publique", "521", "+17 %"],
    ]),
    ("p", "Les dettes locatives médianes s'élèvent à 3 100 € dans le parc privé et 1 850 € dans le parc social. La CCAPEX a examiné 1 240 situations ; 63 % des ménages examinés n'avaient jamais rencontré de travailleur social."),
    ("p", "Recommandations : saisir plus tôt le FSL, généraliser les diagnostics sociaux et financiers, développer les protocoles de cohésion sociale avec les bailleurs."),
]

DOCX["p065_ordre_du_jour_session_departementale.docx"] = [
    ("title", "Conseil départemental de la Mayenne (exemple) – Session du lundi 24 juin"),
    ("p", "Hôtel du département, salle des sessions, 9h30. Séance publique retransmise en direct."),
    ("table", [
        ["N° rapport", "Commission", "Objet"],
        ["1", "Finances", "Compte administratif et compte de gestion"],
        ["2", "Solidarités", "Schéma départemental de l'autonomie des personnes âgées et handicapées"],
        ["3", "Solidarités", "Revalorisation des tarifs des services d'aide à domicile"],
        ["4", "Enfance-famille", "Plan de création de 60 places en maisons d'enfants à caractère social"],
        ["5", "Infrastructures", "Programme de modernisation de la RD 31"],
        ["6", "Éducation", "Dotations de fonctionnement des collèges"],
        ["7", "Territoires", "Fonds de soutien aux communes rurales – 2e répartition"],
    ]),
]

DOCX["p069_compte_rendu_commission_accessibilite.docx"] = [
    ("title", "Commission communale pour l'accessibilité – compte rendu de la réunion annuelle"),
    ("p", "Ville d'Angoulême-Est (exemple). Présents : élue déléguée au handicap, représentants de l'APF France handicap, de l'UNAPEI, de l'association des personnes sourdes, de l'union des commerçants, services techniques."),
    ("h", "Bilan de l'Ad'AP"),
    ("p", "62 des 78 établissements recevant du public municipaux sont désormais accessibles. Restent à traiter : l'école Jean-Moulin (ascenseur prévu en N+1), l'église Saint-Ausone (rampe amovible), le gymnase des Bézines."),
    ("h", "Voirie et transports"),
    ("p", "34 arrêts de bus mis aux normes ; les associations signalent des trottoirs encombrés par les trottinettes en libre-service. La ville va créer des zones de stationnement dédiées."),
    ("h", "Logements"),
    ("p", "Le recensement des logements accessibles du parc social identifie 412 logements adaptés au fauteuil roulant ; la liste sera partagée avec la commission d'attribution."),
    ("p", "Prochaine réunion : novembre, avec visite de la médiathèque."),
]

DOCX["p075_livret_accueil_patient.docx"] = [
    ("title", "Livret d'accueil du patient – Centre hospitalier de Dax-Côte d'Argent (exemple)"),
    ("h", "Votre admission"),
    ("p", "Munissez-vous de votre carte Vitale, de votre carte de mutuelle et d'une pièce d'identité. Si vous bénéficiez de la complémentaire santé solidaire ou de l'aide médicale de l'État, présentez votre attestation au bureau des admissions."),
    ("h", "Vos droits"),
    ("p", "Vous pouvez désigner une personne de confiance et rédiger des directives anticipées. Vous avez accès à votre dossier médical sur demande écrite. La commission des usagers examine vos réclamations."),
    ("h", "Cultes"),
    ("p", "Conformément au principe de laïcité, l'hôpital respecte les convictions de chacun. Un service d'aumônerie catholique, protestante, musulmane et israélite est à votre disposition ; demandez au personnel du service de prendre contact avec le représentant de votre culte."),
    ("h", "Service social"),
    ("p", "Les assistantes sociales de l'établissement peuvent vous aider pour l'ouverture de droits, l'organisation de votre retour à domicile ou une entrée en établissement. Elles sont joignables au poste 2290."),
    ("table", [["Horaires des visites", "13h – 20h"], ["Repas", "8h / 12h / 18h30"], ["Standard", "05 58 xx xx 00"]]),
]

HTML["p002_communique_plan_canicule.html"] = (
    "Plan canicule : inscrivez-vous ou inscrivez un proche",
    """
<h1>Plan canicule : le registre des personnes vulnérables est ouvert</h1>
<p><em>Communiqué de la Ville de Carpentras-Sud (exemple) – 3 juin</em></p>
<p>Du 1er juin au 15 septembre, le CCAS tient un registre confidentiel des personnes âgées de plus de 65 ans, des personnes en situation de handicap et des personnes isolées qui souhaitent être contactées en cas de forte chaleur.</p>
<p>En cas de déclenchement du niveau « canicule » par le préfet, les agents du CCAS appellent chaque jour les personnes inscrites et, si besoin, organisent une visite à domicile ou un accueil dans la salle rafraîchie de la résidence autonomie.</p>
<h2>Comment s'inscrire ?</h2>
<ul><li>par téléphone au CCAS, du lundi au vendredi ;</li><li>avec le formulaire en ligne ;</li><li>par un proche, un voisin ou un médecin, avec l'accord de la personne.</li></ul>
<h2>Les bons gestes</h2>
<p>Buvez régulièrement, mouillez-vous le corps, fermez les volets le jour, évitez les efforts aux heures chaudes et prenez des nouvelles de vos proches fragiles. Canicule info service : 0 800 06 66 66.</p>
""",
)

HTML["p004_faq_inscriptions_cantine.html"] = (
    "Restauration scolaire – questions fréquentes",
    """
<h1>Restauration scolaire : vos questions, nos réponses</h1>
<h3>Comment inscrire mon enfant à la cantine ?</h3>
<p>Sur le portail famille, rubrique « Inscriptions », avant le 15 juillet pour la rentrée. Vous pourrez ensuite réserver ou annuler les repas jusqu'au jeudi minuit pour la semaine suivante.</p>
<h3>Mon enfant a une allergie alimentaire, que faire ?</h3>
<p>Un projet d'accueil individualisé (PAI) doit être établi avec le médecin scolaire. Selon la situation, un repas adapté ou un panier-repas fourni par la famille sera prévu.</p>
<h3>Proposez-vous des repas sans viande ?</h3>
<p>Un menu végétarien est servi une fois par semaine et une alternative sans viande est disponible tous les jours, sur réservation.</p>
<h3>Comment est calculé le tarif ?</h3>
<p>Selon votre quotient familial CAF. Sans justificatif, le tarif maximal s'applique.</p>
<h3>Je rencontre des difficultés pour payer les factures.</h3>
<p>Contactez le service éducation ou le CCAS : un échelonnement ou une aide peuvent être étudiés.</p>
""",
)

HTML["p009_octobre_rose_depistage.html"] = (
    "Octobre rose 2024",
    """
<h1>Octobre rose : tous mobilisés contre le cancer du sein</h1>
<p>Le cancer du sein touche une femme sur huit au cours de sa vie. Détecté tôt, il se guérit dans 9 cas sur 10.</p>
<p>Le dépistage organisé s'adresse à toutes les femmes de 50 à 74 ans : une mammographie tous les deux ans, prise en charge à 100 % par l'Assurance maladie, sans avance de frais. Vous recevez une invitation par courrier ; si vous l'avez égarée, parlez-en à votre médecin ou à votre sage-femme.</p>
<h2>Les rendez-vous du mois dans le département</h2>
<ul>
<li>5 octobre : marche et course roses autour du lac, départ 10h (inscription 5 € reversés à la Ligue contre le cancer) ;</li>
<li>12 octobre : stand d'information au marché couvert avec le centre régional de coordination des dépistages ;</li>
<li>18 octobre : conférence « Vivre après un cancer » à la médiathèque, avec des soignants et une association de patientes ;</li>
<li>tout le mois : illumination en rose de l'hôtel du département.</li>
</ul>
""",
)

HTML["p013_journee_migrants_programme.html"] = (
    "Journée internationale des migrants – programme",
    """
<h1>18 décembre – Journée internationale des migrants</h1>
<p>La Ville de Grenoble-Sud (exemple), en partenariat avec la Cimade, le Secours catholique, l'université et la bibliothèque municipale, vous invite à une journée de rencontres.</p>
<table border="1">
<tr><th>Heure</th><th>Activité</th><th>Lieu</th></tr>
<tr><td>10h</td><td>Permanence d'information sur l'accès aux droits (titre de séjour, santé, scolarisation)</td><td>Maison des habitants</td></tr>
<tr><td>14h</td><td>Table ronde « Exil et travail » avec des chercheurs et des employeurs</td><td>Amphithéâtre de l'université</td></tr>
<tr><td>16h</td><td>Lecture de récits d'exil par la troupe du théâtre municipal</td><td>Bibliothèque centrale</td></tr>
<tr><td>19h</td><td>Repas partagé et concert</td><td>Salle des fêtes</td></tr>
</table>
<p>Entrée libre. Traduction en arabe, dari et anglais assurée pour la permanence.</p>
""",
)

HTML["p017_press_release_research.html"] = (
    "Press release – wastewater monitoring",
    """
<h1>Press release: new sewage-monitoring network to anticipate epidemics</h1>
<p><em>Université de Bourgogne (example), Dijon – 12 September</em></p>
<p>Researchers at the university's environmental chemistry laboratory, together with the Dijon water authority and the regional health agency, have launched a network that measures viral traces in wastewater from 14 treatment plants across the region.</p>
<p>"Wastewater gives us a signal roughly a week before hospital admissions rise," explains the project lead. The network tracks influenza, RSV and SARS-CoV-2, and will be extended to antibiotic-resistance genes in 2025. No individual data is collected: samples are taken at plant level.</p>
<p>Weekly results will be published as open data on the regional portal. The project is funded by the Region (€480,000) and the European Regional Development Fund.</p>
<p>Press contact: communication office.</p>
""",
)

HTML["p024_offre_emploi_infirmier.html"] = (
    "Offre d'emploi – infirmier(ère)",
    """
<h1>Infirmier / infirmière en soins généraux – service de psychiatrie adulte</h1>
<p><strong>Établissement :</strong> Centre hospitalier spécialisé de la Sarthe (exemple)<br><strong>Contrat :</strong> CDI ou mutation, temps plein<br><strong>Horaires :</strong> 12 h, jour/nuit en alternance</p>
<h2>Missions</h2>
<ul>
<li>accueillir et accompagner des patients hospitalisés en soins libres ou sans consentement ;</li>
<li>conduire des entretiens infirmiers et participer aux activités thérapeutiques ;</li>
<li>préparer et administrer les traitements, surveiller leurs effets ;</li>
<li>participer aux réunions cliniques de l'équipe pluriprofessionnelle.</li>
</ul>
<h2>Nous offrons</h2>
<p>Tutorat de 3 mois, formation à la gestion de la violence, crèche hospitalière, logement temporaire possible.</p>
<p>Candidature : direction des soins.</p>
""",
)

HTML["p029_campagne_vaccination_grippe.html"] = (
    "Vaccination contre la grippe et le Covid-19",
    """
<h1>Campagne de vaccination : du 15 octobre au 31 janvier</h1>
<p>Le centre de vaccination municipal et les pharmacies de la ville vous accueillent pour le vaccin contre la grippe saisonnière, qui peut être fait le même jour que le rappel contre le Covid-19.</p>
<h2>Pour qui ?</h2>
<ul>
<li>les personnes de 65 ans et plus ;</li>
<li>les personnes atteintes de certaines maladies chroniques (diabète, insuffisance respiratoire ou cardiaque, obésité sévère…) ;</li>
<li>les femmes enceintes ;</li>
<li>l'entourage des nourrissons et des personnes immunodéprimées ;</li>
<li>les professionnels de santé et du secteur médico-social.</li>
</ul>
<p>Le vaccin est gratuit pour ces publics avec le bon envoyé par l'Assurance maladie. Centre de vaccination : mercredi et samedi, 9h–12h, sans rendez-vous.</p>
""",
)

HTML["p034_appel_projets_protection_enfance.html"] = (
    "Appel à projets – protection de l'enfance",
    """
<h1>Appel à projets : création d'un service d'accueil de jour pour enfants confiés</h1>
<p>Le Département du Loiret (exemple) lance un appel à projets, conformément aux articles L. 313-1-1 et R. 313-1 du code de l'action sociale et des familles.</p>
<h2>Objet</h2>
<p>Création d'un service d'accueil de jour de 30 places, alternative au placement, pour des enfants de 6 à 16 ans faisant l'objet d'une mesure d'assistance éducative ou d'une aide éducative à domicile renforcée, sur le territoire de l'agglomération orléanaise.</p>
<h2>Attendus</h2>
<ul><li>accompagnement éducatif, scolaire et soutien à la parentalité ;</li><li>travail en lien avec les services de l'aide sociale à l'enfance et la pédopsychiatrie ;</li><li>ouverture du lundi au samedi, y compris pendant les vacances scolaires.</li></ul>
<p>Budget prévisionnel maximal : 780 000 € par an. Date limite de dépôt : 15 mars, 16h. Le cahier des charges est téléchargeable sur le site du Département.</p>
""",
)

HTML["p035_guide_demarches_titre_sejour.html"] = (
    "Étrangers en France : renouveler votre titre de séjour",
    """
<h1>Renouveler votre titre de séjour</h1>
<p><em>Préfecture de la Vienne (exemple) – mis à jour le 2 mai</em></p>
<p>La demande de renouvellement se fait en ligne sur l'administration numérique pour les étrangers en France (ANEF), <strong>entre 120 et 60 jours avant l'expiration</strong> de votre titre.</p>
<h2>Étapes</h2>
<ol><li>Créez votre compte ANEF avec FranceConnect ou votre numéro étranger.</li><li>Déposez les pièces justificatives (passeport, justificatif de domicile, photo, pièces propres à votre motif de séjour).</li><li>Téléchargez l'attestation de prolongation d'instruction, qui vous permet de rester en situation régulière pendant l'examen.</li><li>Vous êtes convoqué en préfecture pour le relevé d'empreintes, puis pour la remise du titre.</li></ol>
<h2>Besoin d'aide ?</h2>
<p>Des points d'accueil numérique sont ouverts en préfecture et dans les espaces France Services. Les associations d'aide aux étrangers tiennent aussi des permanences gratuites.</p>
""",
)

HTML["p046_charte_egalite_diversite.html"] = (
    "Charte égalité, diversité et inclusion",
    """
<h1>Charte égalité, diversité et inclusion de l'Université de Rennes-Ouest (exemple)</h1>
<p>Adoptée par le conseil d'administration du 8 mars.</p>
<p>L'université s'engage à lutter contre toutes les discriminations, qu'elles soient fondées sur l'origine, le sexe, l'identité de genre, l'orientation sexuelle, le handicap, l'état de santé, les convictions religieuses, les opinions politiques ou l'activité syndicale.</p>
<h2>Nos engagements</h2>
<ul>
<li>former l'ensemble des membres des jurys de recrutement aux biais de sélection ;</li>
<li>permettre l'usage du prénom d'usage pour les étudiants et personnels trans dans les outils numériques ;</li>
<li>publier chaque année un rapport de situation comparée femmes-hommes ;</li>
<li>renforcer la cellule d'écoute contre les violences sexistes et sexuelles ;</li>
<li>célébrer le mois des fiertés et la semaine d'éducation contre le racisme.</li>
</ul>
<p>Contact : mission égalité-diversité.</p>
""",
)

HTML["p048_semaine_sante_mentale.html"] = (
    "Semaines d'information sur la santé mentale",
    """
<h1>Semaines d'information sur la santé mentale : parlons-en !</h1>
<p>Du 7 au 20 octobre, le conseil local de santé mentale de l'agglomération de Niort (exemple) propose un programme gratuit et ouvert à tous.</p>
<ul>
<li><strong>Ciné-débat</strong> autour d'un film sur la schizophrénie, avec un psychiatre et une association de familles – cinéma Le Moulin, 20h ;</li>
<li><strong>Formation premiers secours en santé mentale</strong> pour les habitants – deux journées, 12 places ;</li>
<li><strong>Atelier</strong> « Réseaux sociaux et anxiété chez les ados » pour les parents – maison de quartier ;</li>
<li><strong>Porte ouverte</strong> du groupe d'entraide mutuelle et du centre médico-psychologique.</li>
</ul>
<p>En cas de détresse, le 3114 (numéro national de prévention du suicide) répond 24 h/24.</p>
""",
)

HTML["p060_faq_point_justice.html"] = (
    "Point-justice – FAQ",
    """
<h1>Le point-justice de la maison France Services : questions fréquentes</h1>
<h3>Qui peut venir ?</h3>
<p>Toute personne ayant une question juridique, gratuitement et de façon confidentielle.</p>
<h3>Quels professionnels y sont présents ?</h3>
<p>Un avocat le 1er mardi du mois, un conciliateur de justice chaque jeudi, un délégué du Défenseur des droits le 3e mercredi, une juriste de l'association d'aide aux victimes sur rendez-vous.</p>
<h3>Pour quels problèmes ?</h3>
<p>Litiges de voisinage ou de consommation, droit du travail, divorce et pension alimentaire, dettes et surendettement, démarches d'aide juridictionnelle, dépôt de plainte.</p>
<h3>Comment prendre rendez-vous ?</h3>
<p>À l'accueil de France Services ou par téléphone. Le conciliateur peut être saisi directement en ligne.</p>
""",
)

HTML["p066_bilan_accueil_refugies.html"] = (
    "Accueil des déplacés d'Ukraine – bilan",
    """
<h1>Accueil des personnes déplacées d'Ukraine dans le département : bilan à deux ans</h1>
<p><em>Préfecture de la Côte-d'Or (exemple) – communiqué</em></p>
<p>Depuis mars 2022, 2 860 personnes ont été accueillies dans le département au titre de la protection temporaire, dont 41 % de mineurs. 1 320 résident encore en Côte-d'Or.</p>
<table border="1">
<tr><th>Indicateur</th><th>Valeur</th></tr>
<tr><td>Autorisations provisoires de séjour délivrées ou renouvelées</td><td>3 410</td></tr>
<tr><td>Enfants scolarisés</td><td>412</td></tr>
<tr><td>Adultes en emploi ou en formation</td><td>54 %</td></tr>
<tr><td>Ménages logés dans le parc social ou intermédiaire</td><td>287</td></tr>
</table>
<p>Le préfet remercie les familles hébergeantes, les communes et les 23 associations mobilisées.</p>
""",
)

HTML["p070_faq_erasmus_mixed.html"] = (
    "Erasmus+ FAQ / questions fréquentes",
    """
<h1>Erasmus+ – FAQ for incoming students / étudiants entrants</h1>
<h3>When should I arrive? / Quand arriver ?</h3>
<p>Orientation week starts on 2 September. La semaine d'intégration commence le 2 septembre, avec visite du campus et ateliers de français.</p>
<h3>Do I need health insurance? / Faut-il une assurance maladie ?</h3>
<p>EU students: bring your European Health Insurance Card (carte européenne d'assurance maladie). Non-EU students must register with the French health insurance on arrival.</p>
<h3>Housing / Logement</h3>
<p>The CROUS offers rooms from €290 per month. Apply before 15 June. Une garantie Visale peut remplacer le garant.</p>
<h3>Disability support / Handicap</h3>
<p>If you need exam arrangements, contact the Mission handicap before the end of September.</p>
<p>International Relations Office – Université de Pau (example)</p>
""",
)

HTML["p074_communique_transport_scolaire.html"] = (
    "Transport scolaire : inscriptions ouvertes",
    """
<h1>Transport scolaire : inscrivez vos enfants avant le 15 juillet</h1>
<p><em>Région Normandie (exemple) – communiqué du 20 mai</em></p>
<p>Les inscriptions au transport scolaire pour la rentrée sont ouvertes sur le site de la Région. Le service est gratuit pour les élèves domiciliés à plus de 3 km de leur établissement de secteur ; des frais de dossier de 20 € s'appliquent après le 15 juillet.</p>
<p>Les élèves en situation de handicap qui ne peuvent pas emprunter les transports collectifs bénéficient d'un transport adapté organisé par le Département, sur décision de la MDPH.</p>
<p>Nouveauté : la carte de transport est dématérialisée sur smartphone. Les familles peuvent suivre la position des cars en temps réel sur l'application régionale.</p>
""",
)


if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
