"""Build the .docx and .html documents of the dev11 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev11_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev11"
FIXED = dt.datetime(2024, 9, 2, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- sovereign docx

DOCX["s003_note_recrutement_accueil.docx"] = [
    ("title", "Mairie de Vaulx-en-Velin – Direction des ressources humaines"),
    ("p", "Recrutement d'un(e) agent d'accueil – Hôtel de Ville – grille de sélection (document de travail du jury)"),
    ("table", [
        ["Candidat(e)", "Note dossier", "Note entretien", "Observations du jury"],
        ["Mme Laura Giraud", "15", "16", "Très à l'aise, bonne présentation, retenue."],
        ["Mme Samira Haddadi", "17", "11", "Diplôme et expérience supérieurs. Née à Oran, fort accent ; « pas certain que les usagers du quartier du Centre l'acceptent à la banque d'accueil » (M. R.). Voile porté dans la rue ? à vérifier."],
        ["M. Jonathan Petit", "12", "13", "Correct, peu motivé par le travail du samedi."],
        ["Mme Oumou Diallo", "16", "12", "Bonne candidate ; « profil déjà très représenté dans l'équipe » (M. R.)."],
    ]),
    ("p", "Proposition : Mme Giraud en 1re position, M. Petit en liste complémentaire."),
    ("p", "Remarque ajoutée par la chargée de recrutement, A. Noël : les appréciations sur l'accent, l'origine et l'équipe « déjà représentée » n'ont rien à faire dans une grille ; je demande qu'elles soient retirées avant l'archivage et que la DRH en soit informée."),
]

DOCX["s007_rapport_enquete_administrative.docx"] = [
    ("title", "Département de la Gironde – Mission égalité et prévention des discriminations"),
    ("p", "Rapport d'enquête administrative interne – saisine n° 2024-07"),
    ("h", "1. Objet de la saisine"),
    ("p", "Mme Mei-Lin Tran, rédactrice principale au service des marchés, a saisi la mission le 3 juin 2024. Elle estime que son refus d'avancement au grade d'attaché en 2023 et 2024 est lié à des préjugés sur son origine."),
    ("h", "2. Faits établis"),
    ("p", "Les témoignages concordants de quatre agents du service confirment que son chef de service, M. Hervé Larrieu, la désigne habituellement comme « la Chinoise du service » ou « notre Asiatique », y compris en réunion avec des entreprises. Mme Tran, née à Bordeaux de parents vietnamiens, a indiqué l'avoir signalé oralement en 2022 sans suite."),
    ("p", "Lors de la réunion de classement de 2024, M. Larrieu aurait déclaré qu'« elle travaille bien, mais ces gens-là ne savent pas encadrer, c'est culturel ». Deux participants confirment le propos, un troisième dit ne pas s'en souvenir."),
    ("h", "3. Appréciation"),
    ("p", "Les évaluations écrites de Mme Tran (2021 à 2023) sont excellentes et ne contiennent aucune réserve sur l'encadrement. Le classement en dernière position n'est pas motivé par écrit."),
    ("h", "4. Recommandations"),
    ("p", "Réexamen du dossier d'avancement par une autre instance ; engagement d'une procédure disciplinaire à l'encontre de M. Larrieu ; rappel à l'ensemble de l'encadrement de la direction."),
    ("p", "Bordeaux, le 30 septembre 2024 – La cheffe de mission"),
]

DOCX["s012_rapport_mandataire_curatelle.docx"] = [
    ("title", "UDAF du Cantal – Service mandataire judiciaire à la protection des majeurs"),
    ("p", "Rapport de situation adressé au juge des contentieux de la protection – tribunal judiciaire d'Aurillac"),
    ("table", [
        ["Personne protégée", "M. Raymond VIDALENC, né le 12/02/1944"],
        ["Mesure", "Curatelle renforcée (jugement du 14/09/2021)"],
        ["Mandataire", "Mme Aurélie Bos"],
        ["Domicile", "Lieu-dit La Bastide, 15130 Arpajon-sur-Cère"],
    ]),
    ("p", "M. Vidalenc vit seul depuis le décès de son épouse. Ses deux fils sont en conflit ouvert à propos de la ferme : l'aîné, Jean-Marc, souhaite que son père vende les terres à un voisin ; le cadet, Didier, qui vit à Clermont, accuse son frère de faire signer des papiers à leur père pendant ses visites. M. Vidalenc dit vouloir « que ses garçons se reparlent avant qu'il parte » et refuse de choisir entre eux."),
    ("p", "Le mandataire sollicite l'autorisation de refuser toute promesse de vente en l'état et propose une médiation familiale, que les deux fils ont acceptée sur le principe."),
    ("p", "Fait à Aurillac, le 11 mars 2024."),
]

DOCX["s017_dossier_rectification_nom.docx"] = [
    ("title", "Ville de Clermont-Ferrand – Service de l'état civil"),
    ("p", "Dossier n° EC-2024-1187 – mise à jour des actes suite à décision"),
    ("table", [
        ["Intéressée", "Mme Nathalie BRUNEL épouse CHASSAING"],
        ["Décision transmise", "Jugement de divorce du tribunal judiciaire de Clermont-Ferrand, 22/01/2024"],
        ["Conjoint", "M. Olivier CHASSAING"],
        ["Enfants mineurs", "Lou (2012), Arthur (2015)"],
        ["Mentions à porter", "Acte de mariage n° 512/2005 ; actes de naissance des deux époux"],
    ]),
    ("p", "Observation de l'agent : Mme Brunel s'est présentée au guichet le 12/03. Elle demande que l'usage du nom de l'ex-époux cesse sur tous les documents de la cantine et de l'école des enfants. Elle signale que M. Chassaing, « qui n'accepte pas le jugement », a essayé de récupérer une copie intégrale de son acte de naissance la semaine dernière ; vérifier qui demande les copies intégrales dans les prochaines semaines."),
    ("p", "Transmis au service scolaire pour la mise à jour du fichier familles."),
]

DOCX["s021_extrait_audit_si.docx"] = [
    ("title", "Syndicat intercommunal des eaux du Val de Saône – Audit de sécurité du système d'information"),
    ("p", "Extrait du rapport remis par le cabinet Cyberlign – restitution du 6 février 2024"),
    ("h", "Constats principaux"),
    ("table", [
        ["Réf.", "Constat", "Gravité"],
        ["V1", "La supervision des stations de pompage (SCADA) est accessible depuis Internet via un poste de télémaintenance TeamViewer sans double authentification, identifiant du prestataire partagé par trois techniciens.", "Critique"],
        ["V2", "Le contrôleur de domaine tourne sous Windows Server 2012 non maintenu ; 41 correctifs absents, dont une faille permettant l'élévation de privilèges.", "Critique"],
        ["V3", "Le compte « Administrateur » a le même mot de passe sur les 23 postes (retrouvé en clair dans un script de déploiement sur le partage NETLOGON).", "Élevée"],
        ["V4", "Aucune sauvegarde déconnectée ; les sauvegardes sont chiffrables par un rançongiciel qui atteindrait le serveur.", "Élevée"],
    ]),
    ("p", "Le scénario le plus probable reste la prise de contrôle à distance des pompes de la station de Gray par V1, sans action sur site."),
    ("p", "Plan d'action proposé : coupure immédiate de l'accès TeamViewer, réinitialisation des mots de passe locaux (LAPS), migration du contrôleur de domaine avant juin."),
]

DOCX["s025_dispositif_marche_noel.docx"] = [
    ("title", "Police municipale de Colmar – Dispositif de surveillance du marché de Noël 2024"),
    ("p", "Document à l'usage des chefs de patrouille – ne pas laisser dans les véhicules"),
    ("h", "Positions fixes"),
    ("table", [
        ["Point", "Horaires", "Effectif", "Remarques"],
        ["Place des Dominicains – angle rue des Boulangers", "11 h-20 h", "2 PM", "Véhicule barrière mobile retiré à 10 h 30 pour les livraisons : fenêtre d'accès de 30 min"],
        ["Place de l'Ancienne-Douane", "11 h-21 h", "2 PM + 1 ASVP", "Plots béton ; l'accès piéton quai de la Poissonnerie n'est pas filtré"],
        ["Petite Venise", "14 h-21 h", "Patrouille pédestre", "Pas de caméra sur le pont Saint-Pierre ; relève à 17 h 45 (secteur vide 15 min)"],
    ]),
    ("p", "Canal radio : TN 2 en priorité, repli TN 5. Mot de code « Cigogne » pour une demande d'évacuation de secteur."),
    ("p", "La brigade de nuit reprend la surveillance des chalets de 21 h à 2 h ; aucun agent de 2 h à 7 h, seuls les maîtres-chiens de la société privée circulent (2 passages)."),
]

DOCX["s028_rapport_analyse_offres.docx"] = [
    ("title", "Commune de Pontarlier – Marché de fourniture de repas en liaison froide"),
    ("p", "Rapport d'analyse des offres – document préparatoire à la commission d'appel d'offres"),
    ("table", [
        ["Candidat", "Prix du repas HT", "Note prix /60", "Note technique /40"],
        ["Doubs Restauration", "3,42 €", "60", "31"],
        ["Saveurs du Haut-Doubs", "3,71 €", "55,3", "36"],
        ["RestoCollectif Est", "3,98 €", "51,5", "33"],
    ]),
    ("p", "Suite à la demande de précisions sur le prix anormalement bas, Doubs Restauration a transmis le sous-détail de son prix, qu'elle qualifie de confidentiel au titre du secret des affaires : denrées 1,61 € ; main-d'œuvre 0,94 € ; transport 0,31 € ; emballages 0,18 € ; frais de structure 0,22 € ; marge 0,16 € (4,7 %). Elle indique compenser par un volume de 2 100 repas/jour sur trois contrats voisins et par un accord d'achat groupé avec la coopérative laitière de Frasne."),
    ("p", "Saveurs du Haut-Doubs indique, dans son mémoire, une marge brute de 18 % et un approvisionnement local à 62 %, avec les noms et prix de ses huit producteurs."),
    ("p", "Proposition de classement : 1. Saveurs du Haut-Doubs, 2. Doubs Restauration, 3. RestoCollectif Est."),
]

DOCX["s033_dossier_aide_pme.docx"] = [
    ("title", "Région Centre-Val de Loire – Dispositif « Rebond PME » – fiche d'instruction"),
    ("table", [
        ["Entreprise", "Fonderie Bertrand & Fils SAS, Vierzon (37 salariés)"],
        ["Dirigeant", "M. Pascal Bertrand, président"],
        ["Aide demandée", "Avance remboursable de 250 000 €"],
    ]),
    ("h", "Situation financière (données transmises par l'entreprise, non publiées)"),
    ("table", [
        ["", "2022", "2023", "prévision 2024"],
        ["Chiffre d'affaires", "5,8 M€", "4,1 M€", "3,6 M€"],
        ["Résultat net", "+ 112 k€", "- 486 k€", "- 310 k€"],
        ["Trésorerie fin d'année", "620 k€", "95 k€", "négative dès août"],
    ]),
    ("p", "La perte du client automobile (52 % du CA) n'a pas été annoncée au personnel ; le dirigeant négocie une reprise partielle par un groupe italien dont il demande que le nom ne soit pas cité. Le commissaire aux comptes a envoyé une première alerte en mars. Sans l'avance, l'entreprise ne pourra pas payer les salaires d'octobre."),
    ("p", "Avis de l'instructeur : favorable sous réserve de l'accord du pool bancaire."),
]

DOCX["s039_demande_comparaison_empreintes.docx"] = [
    ("title", "Direction interdépartementale de la police nationale – Service local de police technique"),
    ("p", "Réquisition – comparaison de traces papillaires"),
    ("table", [
        ["Procédure", "2024/004512 – cambriolage pharmacie Centrale, 8 rue de la Gare, Épinal"],
        ["Traces", "3 traces digitales révélées sur le coffre (T1 à T3)"],
        ["Individu à comparer", "M. Dylan MATHIEU, né le 03/11/2001 à Épinal, placé en garde à vue le 14/06/2024"],
    ]),
    ("p", "Résultat : la trace T2 est identifiée avec l'annulaire droit de M. MATHIEU (14 points caractéristiques concordants). T1 inexploitable. T3 non identifiée, signalisation au FAED en cours."),
    ("p", "L'intéressé a par ailleurs fait l'objet d'un prélèvement buccal pour le FNAEG, qu'il a accepté."),
    ("p", "Le technicien en identification criminelle – B. Lallemand"),
]

DOCX["s043_compte_rendu_consultation.docx"] = [
    ("title", "CAMSP de Périgueux – Compte rendu de consultation"),
    ("p", "Enfant : Noah GRANGER, 14 mois. Parents : Mme Élodie Granger et M. Thibault Granger."),
    ("p", "Résultats reçus du laboratoire de cytogénétique du CHU de Bordeaux : formule chromosomique 47,XY,+21 libre et homogène. Le résultat a été annoncé aux parents ce jour en présence de la psychologue. La maman dit « s'en douter depuis l'échographie ». Le papa est resté silencieux ; il souhaite que sa propre famille ne soit pas informée pour le moment."),
    ("p", "Un conseil génétique est proposé au couple en vue d'une prochaine grossesse, avec étude du caryotype de Mme Granger compte tenu d'un antécédent de fausse couche."),
    ("p", "Suivi : kinésithérapie 1 fois/semaine, orthophonie à partir de 18 mois, bilan cardiaque en mai."),
    ("p", "Dr Hélène Maury, pédiatre"),
]

DOCX["s045_cr_entretien_professionnel.docx"] = [
    ("title", "Compte rendu de l'entretien professionnel – année 2023"),
    ("table", [
        ["Agent", "M. Jérôme CAZENAVE – adjoint technique principal de 2e classe"],
        ["Service", "Propreté urbaine – secteur nord"],
        ["Évaluateur", "Mme Sylvie Mounier, responsable de secteur"],
        ["Date de l'entretien", "17 janvier 2024"],
    ]),
    ("h", "Résultats professionnels"),
    ("p", "Objectif « tenue des circuits de balayage » partiellement atteint : trois circuits non réalisés en août sans information de la hiérarchie. Qualité du travail réalisé satisfaisante lorsqu'il est présent."),
    ("h", "Appréciation générale"),
    ("table", [
        ["Critère", "Appréciation"],
        ["Compétences techniques", "Maîtrisées"],
        ["Qualités relationnelles", "À améliorer – tensions répétées avec deux collègues"],
        ["Ponctualité", "Insuffisante"],
        ["Capacité d'encadrement", "Non évaluée"],
    ]),
    ("p", "Avis sur l'avancement au grade supérieur : défavorable cette année."),
    ("p", "Observations de l'agent : « Je conteste les absences d'août, mon chef d'équipe était prévenu par téléphone. »"),
]

DOCX["s051_synthese_feedback_directeur.docx"] = [
    ("title", "Synthèse confidentielle – démarche d'évaluation à 360° du directeur du pôle culture"),
    ("p", "Directeur évalué : M. François Aubertin. Répondants : 11 collaborateurs, 4 pairs, DGS. Cabinet : Praxis RH."),
    ("table", [
        ["Dimension", "Note moyenne /5", "Écart autoévaluation"],
        ["Vision et stratégie", "4,1", "-0,2"],
        ["Délégation", "2,3", "-1,9"],
        ["Écoute des équipes", "2,0", "-2,3"],
        ["Gestion des conflits", "1,8", "-2,0"],
    ]),
    ("p", "Verbatims : « Il décide seul et découvre les problèmes en comité de direction. » « On a peur de lui apporter une mauvaise nouvelle. » « Très bon avec les élus, absent pour nous. »"),
    ("p", "Recommandations : coaching individuel de six mois ; la DGS envisage de revoir le périmètre de son poste si la situation ne s'améliore pas d'ici l'été."),
]

DOCX["s057_lettre_absence_aid.docx"] = [
    ("title", "Collège Jean-Moulin – Vie scolaire"),
    ("p", "Justificatif d'absence – rempli par la famille"),
    ("table", [
        ["Élève", "Yanis OUADAH – 4e B"],
        ["Date(s) d'absence", "mardi 16 avril 2024"],
        ["Motif", "voir ci-dessous"],
    ]),
    ("p", "Madame, Monsieur, Yanis était absent hier parce que c'était la fête de fin du jeûne et il est allé avec son père à la prière du matin, puis chez ses grands-parents à Mulhouse. Nous n'avons pas pu vous prévenir avant parce que la date n'était pas sûre avant le soir. Il rattrapera les cours. Merci de votre compréhension. M. Ouadah"),
    ("p", "Réservé au CPE : absence enregistrée. Motif accepté (fête religieuse, circulaire du calendrier des fêtes)."),
]

DOCX["s063_tableau_decharges.docx"] = [
    ("title", "Centre de gestion de la Haute-Vienne – Décharges d'activité de service 2024"),
    ("p", "Tableau de répartition transmis aux collectivités employeuses (usage : gestion des remboursements)"),
    ("table", [
        ["Agent", "Collectivité", "Organisation", "Quotité de décharge"],
        ["Mme Patricia Lagarde", "Commune de Panazol", "CGT", "50 %"],
        ["M. Olivier Faure", "CC Porte Océane du Limousin", "FO", "30 %"],
        ["Mme Nadine Brégère", "Commune d'Isle", "CFDT", "20 %"],
        ["M. Stéphane Doucet", "Commune de Couzeix", "UNSA", "20 %"],
        ["M. Ali Benyahia", "Commune de Saint-Junien", "CGT", "100 %"],
    ]),
    ("p", "Les collectivités sont remboursées au prorata sur production de l'état des traitements."),
]

DOCX["s068_releve_heures_delegation.docx"] = [
    ("title", "Clinique du Parc SAS – Relevé mensuel des heures de délégation – mars 2024"),
    ("table", [
        ["Salarié", "Mandat", "Heures prises", "Objet déclaré"],
        ["Mme Karine Lopez, aide-soignante", "Déléguée syndicale CFTC, élue CSE", "18 h", "Réunion CSE, préparation NAO, permanence salariés"],
        ["M. Alexis Bourgeois, brancardier", "Représentant de section syndicale Sud Santé", "4 h", "Tract, réunion section"],
    ]),
    ("p", "Note de la DRH à la direction : Mme Lopez a dépassé son crédit de 3 h, à imputer sur le crédit exceptionnel de la négociation. M. Bourgeois a distribué un tract pendant le service de nuit du 12 : à recadrer oralement."),
]

DOCX["s072_rapport_police_municipale.docx"] = [
    ("title", "Police municipale de Béziers – Rapport d'intervention"),
    ("table", [
        ["N°", "PM-2024-0612"],
        ["Date", "08/06/2024 – 23 h 40"],
        ["Lieu", "Square Saint-Jacques"],
    ]),
    ("p", "Sur appel de riverains pour tapage, nous constatons la présence de quatre individus dont M. Anthony SERRANO, né le 21/01/2000, déjà connu de nos services pour des dégradations en 2023. L'intéressé refuse de baisser sa musique, nous insulte (« bande de … ») et jette une bouteille en direction de l'agent Marquès, sans l'atteindre."),
    ("p", "Relevé d'identité. Avis à l'OPJ de permanence qui prescrit la conduite au commissariat pour outrage. L'intéressé est remis à la police nationale à 00 h 15."),
    ("p", "Rédacteur : brigadier-chef principal F. Vidal"),
]

DOCX["s076_information_preoccupante.docx"] = [
    ("title", "Fiche de transmission d'information préoccupante – CRIP de la Somme"),
    ("table", [
        ["Émetteur", "École maternelle Les Coquelicots, Abbeville – Mme Vasseur, directrice"],
        ["Enfant", "Maël DUPUIS, né le 09/08/2019, moyenne section"],
        ["Parents", "Mme Cindy Dupuis ; M. Kévin Lenoir (beau-père au domicile)"],
    ]),
    ("p", "Depuis la rentrée, Maël arrive plusieurs fois par semaine sans avoir mangé, avec les mêmes vêtements souillés. Le 4 novembre l'ATSEM a constaté des marques rouges en forme de doigts sur le haut du bras. Questionné, Maël a dit : « c'est Kévin, quand je pleure ». La mère, rencontrée le 6, a minimisé et n'est pas revenue au rendez-vous du 13."),
    ("p", "Demande : évaluation de la situation par les services de l'aide sociale à l'enfance."),
]

DOCX["s079_note_prefecture_dr.docx"] = [
    ("title", "PRÉFECTURE DU LOIRET – Cabinet"),
    ("p", "DIFFUSION RESTREINTE"),
    ("p", "Note à l'attention des sous-préfets et des maires des communes concernées"),
    ("p", "Objet : organisation de l'accueil du Tour de France – étape Orléans du 11 juillet"),
    ("p", "Les horaires de fermeture des routes départementales et les itinéraires de déviation figurant en annexe seront rendus publics le 1er juillet. D'ici là, je vous remercie de ne pas les communiquer aux organisateurs de manifestations locales ni à la presse."),
    ("p", "Une réunion de coordination se tiendra le 20 juin à 10 h en salle Jeanne-d'Arc."),
    ("p", "Le directeur de cabinet"),
]


# ---------------------------------------------------------------- sovereign html

HTML["s004_saisine_defenseur_logement.html"] = (
    "Formulaire de réclamation – Défenseur des droits",
    """
<h1>Formulaire de réclamation en ligne</h1>
<p><strong>Domaine :</strong> discrimination – accès au logement</p>
<p><strong>Réclamant :</strong> M. Tony HOFFMANN, 38 ans, 7 chemin du Ried, 67150 Erstein</p>
<h2>Exposé des faits</h2>
<p>Nous sommes une famille sédentarisée depuis dix ans, ma femme et moi on travaille (moi aux espaces verts chez un paysagiste, elle en cantine). Quand on a visité l'appartement de la résidence Les Saules en février, tout se passait bien jusqu'à ce que l'agent du bailleur lise notre ancienne adresse (l'aire des Ramiers) et notre nom. Il a dit : « Ah, vous êtes de la famille Hoffmann de l'aire, les voyageurs… » Il a ajouté qu'il y avait « déjà eu des problèmes avec les vôtres » à Sélestat. Une semaine après, refus sans motif.</p>
<p>Ma belle-sœur, qui a le même nom et les mêmes revenus, s'est fait refuser deux fois aussi. Une collègue de ma femme, avec un dossier moins bon, a eu un appartement dans la même résidence en mars.</p>
<h2>Démarches déjà faites</h2>
<ul><li>Courrier au bailleur le 12 mars, resté sans réponse.</li><li>Rendez-vous avec le délégué du Défenseur à la mairie d'Erstein le 4 avril.</li></ul>
<p><em>Pièces jointes : refus du bailleur, fiches de paie, attestation de la collègue.</em></p>
""",
)

HTML["s009_recensement_aire_accueil.html"] = (
    "Aire d'accueil de Vierzon – état des occupants",
    """
<h1>Aire d'accueil des gens du voyage – Vierzon</h1>
<p>État des occupants au 1er mars 2024 – gestionnaire : Accueil Voyageurs Centre</p>
<table border="1">
<tr><th>Emplacement</th><th>Famille</th><th>Arrivée</th><th>Observations du gestionnaire</th></tr>
<tr><td>3</td><td>WINTERSTEIN Joseph et Mireille, 4 enfants</td><td>12/01</td><td>Famille manouche, parle romanès entre eux ; scolarisation des deux grands à l'école Désiré-Lamy, les petits non inscrits.</td></tr>
<tr><td>4</td><td>WINTERSTEIN Django (fils)</td><td>12/01</td><td>Caravane seule ; ferrailleur.</td></tr>
<tr><td>7</td><td>LAGRENÉ Rose</td><td>03/02</td><td>Veuve, famille yéniche venue de Bourges pour l'hôpital.</td></tr>
<tr><td>9</td><td>DUVILLE Marcel</td><td>20/02</td><td>Retard de paiement de 2 semaines de redevance.</td></tr>
</table>
<p>Rappel : durée de séjour maximale de trois mois.</p>
""",
)

HTML["s014_compte_rendu_mediation.html"] = (
    "Service de médiation – compte rendu de séance",
    """
<h1>Association Trait d'Union – médiation familiale</h1>
<p>Compte rendu de la deuxième séance – 14 mai 2024 – dossier 24-031</p>
<p><strong>Participants :</strong> M. Bernard Tessier (64 ans), Mme Martine Tessier épouse Gillet (61 ans), M. Alain Tessier (58 ans). Médiatrice : Mme S. Carrère.</p>
<p>Depuis la disparition de leur mère en décembre, les trois frère et sœurs ne se parlent plus qu'à travers leurs notaires. Le point de rupture est la maison de Mézin, où Alain vit depuis 2015 pour s'occuper de leur mère sans payer de loyer. Bernard demande qu'il parte ou qu'il rachète les parts ; Martine reproche à Bernard de ne pas être venu aux obsèques « pour une histoire d'argent de 2009 ».</p>
<p>Au cours de la séance, Alain a dit pour la première fois qu'il avait arrêté de travailler pour leur mère et qu'il n'avait nulle part où aller. Bernard a accepté d'envisager un délai de dix-huit mois.</p>
<p>Prochaine séance : 11 juin. Les participants s'engagent à ne pas engager de procédure d'ici là.</p>
""",
)

HTML["s022_intranet_salle_serveurs.html"] = (
    "Intranet DSI – accès aux locaux techniques",
    """
<h1>Accès aux locaux techniques – mémo de l'équipe DSI</h1>
<p>Mise à jour : 4 septembre 2024 – page visible par le groupe « DSI-Astreinte »</p>
<h2>Salle serveurs (sous-sol, porte S-04)</h2>
<ul>
<li>Badge DSI + code clavier <strong>0391</strong>.</li>
<li>En cas de panne du lecteur : clé de secours dans la boîte à clés du bureau 12 (code du cadenas 7 7 2 4).</li>
<li>La porte du local onduleurs (S-05) ne verrouille plus depuis les travaux ; une commande de gâche est en cours.</li>
</ul>
<h2>Local réseau du 3e étage</h2>
<p>Baie ouverte, aucune serrure. Le commutateur cœur de réseau y est accessible à toute personne du plateau.</p>
<h2>Astreinte</h2>
<p>Console d'administration des pare-feu : compte <code>fw-admin</code>, mot de passe dans le coffre KeePass « Infra » (fichier sur le partage DSI, phrase maîtresse connue de l'équipe).</p>
""",
)

HTML["s027_ticket_helpdesk_hameconnage.html"] = (
    "Ticket #48213",
    """
<h1>Ticket #48213 – Compte compromis – priorité haute</h1>
<p><strong>Demandeur :</strong> Marion Lacombe, service comptabilité<br><strong>Ouvert le :</strong> 21/10/2024 08:52</p>
<div class="message"><p><strong>Marion Lacombe :</strong> J'ai cliqué vendredi sur un lien « facture OVH » et j'ai mis mon identifiant. Ce matin des collègues reçoivent des mails bizarres de ma part.</p></div>
<div class="message"><p><strong>Technicien (L. Rey) :</strong> Mot de passe réinitialisé. Mot de passe provisoire : <code>Compta-2024!Lr</code>, à changer à la première connexion. Règle de transfert vers une adresse Gmail supprimée. L'attaquant a eu accès à la boîte du 18 au 21, y compris aux RIB des fournisseurs : les virements de cette semaine sont suspendus.</p></div>
<div class="message"><p><strong>Technicien (L. Rey) :</strong> La double authentification n'est toujours pas activée sur la messagerie pour 212 comptes sur 260. Je relance la DSI.</p></div>
""",
)

HTML["s031_note_sem_relocalisation.html"] = (
    "SEM Développement Vendée – note au conseil d'administration",
    """
<h1>Note au conseil d'administration – projet « Héron »</h1>
<p>Séance du 18 septembre 2024 – point 4 – huis clos</p>
<p>Le groupe <strong>Atlantique Composites</strong> (site de Montaigu, 410 salariés) nous a informés, sous engagement de discrétion, de son intention de transférer en Pologne la fabrication des coques de bateaux de plaisance d'ici fin 2026 (environ 160 postes). Le projet n'a pas été présenté à son CSE ; l'annonce est prévue en janvier.</p>
<p>En contrepartie, le groupe envisage d'installer à Montaigu son centre de R&amp;D sur les résines biosourcées (45 ingénieurs) si nous pouvons lui céder 3 hectares de la ZA du Bois-Joly à 12 € le m², soit environ la moitié du prix affiché.</p>
<p>Le directeur financier du groupe a indiqué que leur marge opérationnelle sur la plaisance est passée de 9 % à 2 % en deux ans et que leur banque exige un plan de réduction des coûts avant le 31 mars.</p>
<p>Il est proposé d'ouvrir des discussions exploratoires sans délibération publique à ce stade.</p>
""",
)

HTML["s036_pv_commission_dsp_eau.html"] = (
    "Commission DSP – audition des candidats",
    """
<h1>Délégation du service public de l'eau – audition du candidat Hydréa</h1>
<p>Commission de délégation du 5 mars 2024 – extrait du relevé des échanges (non communicable avant attribution)</p>
<p>Interrogé sur le prix du m³ proposé (1,38 € HT part délégataire), le directeur d'agence d'Hydréa explique qu'il a obtenu de son fournisseur de réactifs une remise de 22 % réservée à trois contrats en France, et qu'il mutualiserait l'astreinte avec le contrat de la ville voisine, qu'il exploite à 1,61 €/m³ sans que celle-ci le sache. Il précise que la marge visée sur les douze ans est de 6,5 %, contre 11 % en moyenne dans le groupe, « pour entrer sur le territoire ».</p>
<p>Il remet à la commission la liste de ses 14 sous-traitants avec leurs tarifs horaires négociés, en demandant qu'elle ne soit pas communiquée aux autres candidats.</p>
""",
)

HTML["s040_lettre_consultation_oncogenetique.html"] = (
    "Consultation d'oncogénétique – courrier au médecin traitant",
    """
<p>Centre hospitalier universitaire de Rouen – Unité de génétique<br>Rouen, le 2 avril 2024</p>
<p>Cher confrère,</p>
<p>J'ai revu ce jour votre patiente <strong>Mme Agnès LEMERCIER</strong>, 42 ans, pour le rendu de son analyse. L'étude du panel « seins-ovaires » met en évidence une variant pathogène hétérozygote du gène <em>BRCA1</em> (c.5266dupC), déjà retrouvé chez sa sœur.</p>
<p>Nous avons discuté d'une surveillance par IRM annuelle et de l'annexectomie prophylactique vers 45 ans. Mme Lemercier souhaite informer elle-même ses deux filles (19 et 16 ans) ; je lui ai remis la lettre type d'information de la parentèle. Elle ne souhaite pas que son mari soit informé pour le moment.</p>
<p>Bien confraternellement,<br>Dr Pierre-Yves Hamon</p>
""",
)

HTML["s048_pv_cap_avancement.html"] = (
    "CAP catégorie C – procès-verbal (extrait)",
    """
<h1>Commission administrative paritaire – catégorie C</h1>
<p>Séance du 28 novembre 2023 – extrait – avancements de grade, cas individuels discutés</p>
<table border="1">
<tr><th>Agent</th><th>Proposition</th><th>Échanges</th></tr>
<tr><td>Mme Josiane Ferrand, ATSEM, école du Centre</td><td>Non retenue</td><td>L'administration rappelle deux rapports de la directrice d'école sur des retards et un « manque d'implication ». Les représentants du personnel soulignent vingt ans d'ancienneté sans sanction.</td></tr>
<tr><td>M. Kévin Leroux, adjoint technique, voirie</td><td>Retenu</td><td>Aucune observation.</td></tr>
<tr><td>M. Pascal Guérin, adjoint administratif, accueil</td><td>Non retenu</td><td>Le chef de service évoque « des propos inadaptés envers le public » en 2023 et un rappel à l'ordre écrit ; l'agent conteste.</td></tr>
</table>
""",
)

HTML["s055_note_rh_neutralite.html"] = (
    "Note RH – rappel individuel",
    """
<p>Direction des ressources humaines – Ville de Mantes-la-Jolie</p>
<p>À l'attention de Mme Inès BOUZID, adjointe administrative, guichet unique</p>
<p>Objet : entretien du 9 octobre</p>
<p>Madame,</p>
<p>Suite au signalement de votre cheffe de service, nous vous avons reçue le 9 octobre : depuis le 1er octobre vous vous présentez au guichet la tête couverte d'un foulard, et vous avez indiqué à vos collègues que vous le portiez désormais « par conviction » depuis votre retour de La Mecque cet été.</p>
<p>Nous vous rappelons que le principe de neutralité du service public vous interdit, en tant qu'agente en contact avec les usagers, de manifester vos convictions dans l'exercice de vos fonctions. Vous avez proposé de le retirer à la prise de poste. Nous en prenons acte ; à défaut, une procédure disciplinaire pourrait être engagée.</p>
<p>La directrice des ressources humaines</p>
""",
)

HTML["s060_demande_amenagement_horaire.html"] = (
    "Demande d'aménagement d'horaires",
    """
<h1>Formulaire – demande d'aménagement d'horaires</h1>
<table border="1">
<tr><td>Nom / prénom</td><td>IDRISSI Hassan</td></tr>
<tr><td>Service</td><td>Direction de l'eau – laboratoire</td></tr>
<tr><td>Horaires actuels</td><td>8 h – 12 h / 13 h 30 – 17 h</td></tr>
<tr><td>Horaires demandés</td><td>Le vendredi : pause de 12 h 45 à 14 h 15, départ à 17 h 30</td></tr>
</table>
<p><strong>Motif :</strong> Je fréquente la mosquée de la rue des Lilas le vendredi à 13 h 30 pour la grande prière. Je récupère le temps le soir. Mon collègue M. Garnier peut couvrir les analyses de 13 h à 14 h.</p>
<p><strong>Avis du responsable :</strong> favorable, sous réserve des nécessités de service. – J. Perrin</p>
""",
)

HTML["s065_courrier_discrimination_syndicale.html"] = (
    "Recours gracieux – M. Laurent Chauvin",
    """
<p>Laurent CHAUVIN<br>Agent de maîtrise – régie des transports scolaires<br>Communauté d'agglomération du Grand Guéret</p>
<p>À Monsieur le Président</p>
<p>Objet : recours gracieux contre mon évaluation 2023</p>
<p>Monsieur le Président,</p>
<p>Mon évaluation 2023 est passée de « très bien » à « insuffisant » sur le critère « sens du service public », alors que rien n'a changé dans mon travail. Le seul changement, c'est que je suis devenu secrétaire adjoint du syndicat CGT de l'agglomération en mars et que j'ai représenté mes collègues lors du conflit sur les plannings des chauffeurs. Mon chef de service m'a dit lors de l'entretien : « tu as choisi ton camp, assume ».</p>
<p>Je vous demande de revoir cette évaluation et je me réserve de saisir la CAP.</p>
<p>Laurent Chauvin</p>
""",
)

HTML["s070_pai_eleve.html"] = (
    "Projet d'accueil individualisé",
    """
<h1>Projet d'accueil individualisé (PAI)</h1>
<p>École élémentaire Paul-Bert, Tours – année 2024-2025</p>
<table border="1">
<tr><td>Élève</td><td>Emma FOUCHER, CE2</td></tr>
<tr><td>Pathologie</td><td>Épilepsie (crises généralisées, dernière crise mars 2024)</td></tr>
<tr><td>Traitement quotidien</td><td>Dépakine matin et soir (pris à la maison)</td></tr>
<tr><td>Protocole d'urgence</td><td>Si crise &gt; 5 min : Buccolam 5 mg dans la bouche, appeler le 15, prévenir la maman (06 ** ** 71 20)</td></tr>
</table>
<p>La trousse d'urgence est rangée dans le placard de la classe et suit l'élève à la cantine et en sortie. Emma ne doit pas aller à la piscine sans surveillance individuelle.</p>
<p>Signé : les parents, la directrice, le médecin scolaire.</p>
""",
)

HTML["s074_commission_aides_ccas.html"] = (
    "Commission permanente du CCAS – décisions",
    """
<h1>CCAS de Saint-Nazaire – commission des aides facultatives</h1>
<p>Séance du 5 février 2024 – relevé des décisions</p>
<table border="1">
<tr><th>Dossier</th><th>Demandeur</th><th>Situation</th><th>Décision</th></tr>
<tr><td>24-011</td><td>M. Gérard Le Roux</td><td>Retraité, 890 € par mois, dette d'électricité de 640 €, coupure annoncée</td><td>Aide de 400 € versée au fournisseur</td></tr>
<tr><td>24-014</td><td>Mme Priscilla Moreau</td><td>Mère seule, 3 enfants, reste à vivre de 3 € par jour après crédit à la consommation</td><td>Bons alimentaires 150 € + orientation Banque de France</td></tr>
<tr><td>24-017</td><td>M. Hugo Bernard</td><td>Hébergé chez un ami depuis son expulsion, pas de domiciliation</td><td>Domiciliation CCAS + aide de 80 €</td></tr>
</table>
""",
)

HTML["s080_revue_presse_article.html"] = (
    "Revue de presse du 12 mars",
    """
<h1>Revue de presse – 12 mars 2024</h1>
<p><em>Article reproduit intégralement pour les élus et les chefs de service.</em></p>
<article>
<h2>Bourges : la rocade nord attendra encore</h2>
<p class="byline">Par Catherine Morin – L'Écho du Berry – 12 mars 2024 – photo : Jean-Luc Delorme / L'Écho du Berry</p>
<p>Annoncé pour 2025, puis pour 2027, le bouclage de la rocade nord de Bourges glisse une nouvelle fois. Lors du comité de pilotage de lundi, l'État et le Département ont reconnu que l'enquête publique ne pourrait pas s'ouvrir avant l'automne, en raison d'études complémentaires sur les zones humides du Val d'Auron.</p>
<p>« On nous promet cette route depuis que je suis conseiller municipal, c'est-à-dire depuis vingt ans », soupire un élu de la majorité, qui préfère ne pas être cité. Les riverains de l'avenue de Saint-Amand, qui voient passer plus de 2 000 poids lourds par jour, ne cachent plus leur lassitude. Leur association prépare une nouvelle pétition.</p>
<p>Côté financement, le Département maintient ses 38 millions d'euros mais attend que la Région confirme sa participation. Les services de l'État évoquent désormais une mise en service « au mieux en 2030 ».</p>
<p>Le prochain comité de pilotage se réunira en juin. D'ici là, le bureau d'études doit rendre un nouveau tracé pour contourner la zone la plus sensible.</p>
<p>© L'Écho du Berry – tous droits réservés</p>
</article>
""",
)



# ---------------------------------------------------------------- public docx

DOCX["p004_consignes_securite_erp.docx"] = [
    ("title", "Ville de Niort – Sécurité des bâtiments recevant du public"),
    ("p", "Guide à l'usage des responsables d'équipements municipaux – édition 2024"),
    ("h", "1. Obligations générales"),
    ("p", "Chaque établissement recevant du public (ERP) dispose d'un registre de sécurité tenu à jour, dans lequel sont consignés les vérifications périodiques, les exercices et les travaux. La commission communale de sécurité visite les ERP de 1re à 4e catégorie selon la périodicité réglementaire."),
    ("h", "2. Exercices et formation"),
    ("table", [
        ["Action", "Fréquence", "Responsable"],
        ["Exercice d'évacuation", "2 fois par an (écoles : 3)", "Chef d'établissement"],
        ["Formation manipulation des extincteurs", "Tous les 2 ans", "Service prévention"],
        ["Vérification des alarmes incendie", "Annuelle", "Prestataire agréé"],
    ]),
    ("h", "3. Prévention de la malveillance"),
    ("p", "Les responsables veillent à la fermeture des accès en dehors des heures d'ouverture, à la gestion rigoureuse des clés et badges et au signalement sans délai de toute dégradation. Les consignes propres à chaque bâtiment (codes, plans d'accès) sont communiquées individuellement et ne figurent pas dans ce guide."),
    ("h", "4. Contacts"),
    ("p", "Service prévention des risques : 05 ** ** 40 50 – Police municipale : 05 ** ** 40 17."),
]

DOCX["p008_convention_dsp_signature.docx"] = [
    ("title", "Convention de délégation de service public – Exploitation du camping municipal Les Rives"),
    ("p", "Entre la commune de Vallon-Pont-d'Arc, représentée par son maire, dûment habilité par délibération du 12 février 2024,"),
    ("p", "et la société Ardèche Plein Air SARL, au capital de 80 000 €, immatriculée au RCS d'Aubenas, représentée par M. Frédéric Chabal, gérant,"),
    ("h", "Article 1 – Objet"),
    ("p", "La commune confie au délégataire l'exploitation du camping municipal (142 emplacements) à ses risques et périls."),
    ("h", "Article 2 – Durée"),
    ("p", "La convention est conclue pour sept ans à compter du 1er mars 2024."),
    ("h", "Article 3 – Redevance"),
    ("p", "Le délégataire verse une redevance fixe annuelle de 35 000 € et une part variable de 4 % du chiffre d'affaires au-delà de 600 000 € HT, conformément à son offre retenue par le conseil municipal."),
    ("h", "Article 4 – Tarifs"),
    ("p", "Les tarifs publics annexés (emplacement 2 personnes en haute saison : 32 €/nuit) sont révisés chaque année après accord de la commune."),
    ("p", "Fait à Vallon-Pont-d'Arc, le 20 février 2024. Pour la commune, le Maire. Pour la société, Frédéric Chabal, gérant."),
]

DOCX["p012_rapport_mediation_familiale_activite.docx"] = [
    ("title", "Service de médiation familiale de l'UDAF des Vosges – Rapport d'activité 2023"),
    ("h", "Activité"),
    ("table", [
        ["Indicateur", "2022", "2023"],
        ["Entretiens d'information", "412", "468"],
        ["Médiations engagées", "196", "221"],
        ["dont ordonnées par le juge", "38", "52"],
        ["Accords écrits ou oraux", "61 %", "64 %"],
    ]),
    ("h", "Motifs de recours"),
    ("p", "Séparation des parents et organisation de la résidence des enfants (72 %), conflits intergénérationnels et relations grands-parents/petits-enfants (14 %), successions et conflits de fratrie autour d'un parent âgé (9 %), autres (5 %)."),
    ("h", "Perspectives"),
    ("p", "Ouverture d'une permanence à Saint-Dié et expérimentation de la médiation familiale à distance pour les parents éloignés géographiquement."),
]

DOCX["p020_pv_cst.docx"] = [
    ("title", "Procès-verbal du comité social territorial – Ville de Chalon-sur-Saône"),
    ("p", "Séance du 14 mars 2024 – approuvé à la séance du 6 juin 2024"),
    ("p", "Présents pour l'administration : l'adjoint au personnel (président), la DGS, la DRH. Représentants du personnel : 8 titulaires (CGT 3, FO 3, CFDT 2)."),
    ("h", "Point 1 – Lignes directrices de gestion"),
    ("p", "La DRH présente les critères de promotion interne 2024. Les représentants CGT demandent que l'ancienneté pèse davantage ; FO demande la publication des ratios par filière. Avis : favorable (FO, CFDT), défavorable (CGT)."),
    ("h", "Point 2 – Protocole d'exercice du droit syndical"),
    ("p", "Le protocole révise la mise à disposition des locaux (un local par organisation au centre administratif) et le contingent d'autorisations d'absence. Avis favorable unanime."),
    ("h", "Point 3 – Télétravail"),
    ("p", "Bilan : 312 agents en télétravail, 1,6 jour par semaine en moyenne. Extension aux agents de catégorie C administratifs. Avis favorable unanime."),
]

DOCX["p025_avis_attribution.docx"] = [
    ("title", "Avis d'attribution – Marché de travaux"),
    ("table", [
        ["Acheteur", "Commune de Lannion"],
        ["Objet", "Réhabilitation de la halle des sports de Ker-Uhel"],
        ["Procédure", "Procédure adaptée ouverte"],
        ["Date d'attribution", "12 avril 2024"],
    ]),
    ("table", [
        ["Lot", "Attributaire", "Montant HT"],
        ["1 – Gros œuvre", "Le Bihan Construction, Lannion", "412 380,00 €"],
        ["2 – Charpente métallique", "Armor Métal, Guingamp", "188 950,00 €"],
        ["3 – Couverture", "Étanchéité du Trégor", "96 200,00 €"],
        ["4 – Sols sportifs", "Sport Sols Ouest", "74 610,50 €"],
    ]),
    ("p", "Nombre d'offres reçues : 17. Voies de recours : tribunal administratif de Rennes."),
]

DOCX["p030_deliberation_adhesion_mediation.docx"] = [
    ("title", "Commune de Castres – Délibération n° 2024-055"),
    ("p", "Objet : adhésion à la mission de médiation préalable obligatoire du centre de gestion du Tarn"),
    ("p", "Le maire expose que la médiation préalable obligatoire permet aux agents de contester certaines décisions individuelles (rémunération, refus de détachement, réintégration, formation, aménagement du poste pour raison de santé) devant un médiateur avant tout recours contentieux. Le service est proposé par le centre de gestion au tarif de 75 € de l'heure."),
    ("p", "Le conseil municipal, après en avoir délibéré, décide à l'unanimité d'adhérer à la convention et autorise le maire à la signer."),
]

DOCX["p035_schema_protection_enfance_synthese.docx"] = [
    ("title", "Département de la Meuse – Schéma départemental de prévention et de protection de l'enfance 2024-2028"),
    ("p", "Synthèse à destination des partenaires et du public"),
    ("h", "Le contexte en chiffres"),
    ("table", [
        ["Indicateur (31/12/2023)", "Valeur"],
        ["Informations préoccupantes reçues par la CRIP", "1 146"],
        ["Enfants confiés à l'aide sociale à l'enfance", "612"],
        ["dont accueillis en famille d'accueil", "58 %"],
        ["Mesures d'action éducative à domicile", "403"],
        ["Mineurs non accompagnés pris en charge", "87"],
    ]),
    ("h", "Les quatre orientations"),
    ("p", "1. Renforcer la prévention précoce avec la PMI. 2. Diversifier les modes d'accueil et recruter 40 assistants familiaux. 3. Préparer la sortie des jeunes majeurs (contrats jeunes majeurs jusqu'à 21 ans). 4. Associer les enfants et les familles aux décisions qui les concernent."),
]

DOCX["p041_guide_entretien_professionnel.docx"] = [
    ("title", "Guide de l'entretien professionnel annuel – à l'usage des encadrants et des agents"),
    ("h", "Pourquoi un entretien ?"),
    ("p", "L'entretien professionnel permet de faire le bilan de l'année écoulée, de fixer les objectifs de l'année à venir et d'identifier les besoins de formation. Il est conduit par le supérieur hiérarchique direct."),
    ("h", "Calendrier 2025"),
    ("table", [
        ["Étape", "Date"],
        ["Convocation de l'agent", "au moins 8 jours avant"],
        ["Entretiens", "du 6 janvier au 28 février"],
        ["Remise du compte rendu à l'agent", "sous 15 jours"],
        ["Demande de révision", "15 jours francs après notification"],
    ]),
    ("h", "Conseils"),
    ("p", "Préparez l'entretien avec la fiche de poste et les objectifs de l'an dernier. Appuyez-vous sur des faits. L'agent peut formuler des observations écrites sur le compte rendu. En cas de désaccord, il peut saisir l'autorité territoriale puis la CAP."),
]

DOCX["p042_deliberation_rifseep.docx"] = [
    ("title", "Communauté de communes Cœur de Savoie – Délibération n° 2024-31"),
    ("p", "Objet : mise à jour du régime indemnitaire (RIFSEEP)"),
    ("p", "Le conseil communautaire fixe les plafonds annuels de l'indemnité de fonctions, de sujétions et d'expertise (IFSE) par groupe de fonctions :"),
    ("table", [
        ["Groupe", "Fonctions", "Plafond IFSE annuel"],
        ["A1", "Direction générale", "16 000 €"],
        ["B1", "Responsable de service", "9 000 €"],
        ["C1", "Encadrement de proximité, expertise", "5 400 €"],
        ["C2", "Agent d'exécution", "4 200 €"],
    ]),
    ("p", "Le complément indemnitaire annuel (CIA) est modulé selon l'engagement professionnel apprécié lors de l'entretien annuel, dans la limite de 10 % du plafond. Adopté à l'unanimité."),
]

DOCX["p048_rapport_egalite_professionnelle.docx"] = [
    ("title", "Rapport sur la situation en matière d'égalité entre les femmes et les hommes – Ville de Lorient – 2023"),
    ("table", [
        ["Indicateur", "Femmes", "Hommes"],
        ["Effectif", "1 018", "742"],
        ["Catégorie A", "61 %", "39 %"],
        ["Temps partiel", "18 %", "3 %"],
        ["Rémunération nette moyenne (temps complet)", "2 214 €", "2 348 €"],
        ["Jours d'absence pour enfant malade (total)", "1 460", "390"],
    ]),
    ("p", "L'écart de rémunération s'explique principalement par la répartition des filières (technique majoritairement masculine, primes de sujétion). Actions 2024 : ouverture des métiers techniques aux femmes, neutralisation des congés parentaux dans les avancements, dispositif de signalement des violences sexistes et sexuelles."),
]

DOCX["p053_pv_commission_appel_offres.docx"] = [
    ("title", "Syndicat mixte des transports de l'Artois – Procès-verbal de la commission d'appel d'offres"),
    ("p", "Séance du 2 juillet 2024 – marché de fourniture de 12 autobus à hydrogène"),
    ("p", "Membres présents : le président de la CAO, quatre membres titulaires. Le quorum est atteint."),
    ("table", [
        ["Candidat", "Prix total HT", "Note globale /100", "Rang"],
        ["Bus Nord Énergie", "7 644 000 €", "87,5", "1"],
        ["EuroTransit Motors", "7 920 000 €", "81,0", "2"],
        ["Hydrobus SA", "8 316 000 €", "76,2", "3"],
    ]),
    ("p", "La commission attribue le marché à Bus Nord Énergie pour 7 644 000 € HT. Les candidats évincés seront informés ; l'avis d'attribution sera publié au JOUE."),
]

DOCX["p060_rapport_annuel_delegataire.docx"] = [
    ("title", "Rapport annuel du délégataire – réseau de chaleur de Saint-Étienne-du-Rouvray – exercice 2023"),
    ("p", "Document présenté à la commission consultative des services publics locaux et mis à disposition du public"),
    ("table", [
        ["Compte annuel de résultat de l'exploitation", "2022", "2023"],
        ["Recettes (ventes de chaleur et abonnements)", "4 812 k€", "5 306 k€"],
        ["Charges d'exploitation", "4 611 k€", "5 021 k€"],
        ["Résultat avant impôt", "201 k€", "285 k€"],
    ]),
    ("p", "Le taux d'énergies renouvelables du réseau atteint 68 % grâce à la chaufferie biomasse. Le prix moyen de la chaleur pour les abonnés est de 94 € HT/MWh, en hausse de 6 %."),
]

DOCX["p062_deliberation_cession_terrain.docx"] = [
    ("title", "Commune de Saint-Avé – Délibération n° 2024-77"),
    ("p", "Objet : cession d'un terrain de la zone artisanale de Kerjean à la société Menuiserie Le Corre"),
    ("p", "La société Menuiserie Le Corre SAS, représentée par son président, M. Yannick Le Corre, a sollicité l'acquisition du lot n° 9 de la zone artisanale de Kerjean (2 350 m²) afin d'y construire un nouvel atelier et d'y transférer ses 14 salariés."),
    ("p", "Le prix de cession est fixé à 28 € HT le m², soit 65 800 € HT, conformément à l'avis du service des domaines et au prix pratiqué pour les autres lots de la zone."),
    ("p", "Le conseil municipal, à l'unanimité, approuve la cession et autorise le maire à signer l'acte."),
]

DOCX["p068_arrete_nomination_regisseur.docx"] = [
    ("title", "Ville de Chambéry – Arrêté n° 2024-RH-212"),
    ("p", "portant nomination d'un régisseur titulaire et d'un mandataire suppléant pour la régie de recettes de la piscine municipale"),
    ("p", "Le Maire de Chambéry, vu le décret n° 2012-1246 du 7 novembre 2012, vu la délibération instituant la régie de recettes,"),
    ("p", "ARRÊTE : Article 1 – Mme Élise Perrin, adjointe administrative principale, est nommée régisseuse titulaire de la régie de recettes de la piscine municipale à compter du 1er septembre 2024. Article 2 – M. Hugo Blanc, adjoint administratif, est nommé mandataire suppléant. Article 3 – Mme Perrin percevra une indemnité de responsabilité annuelle de 110 €. Article 4 – Le présent arrêté sera notifié aux intéressés et transmis au comptable public."),
]


# ---------------------------------------------------------------- public html

HTML["p002_communique_elections_professionnelles.html"] = (
    "Élections professionnelles : les résultats",
    """
<h1>Élections professionnelles du 8 décembre 2022 : les résultats au conseil départemental</h1>
<p><em>Communiqué de la direction des ressources humaines – 9 décembre 2022</em></p>
<p>Les agents du Département du Finistère ont élu leurs représentants au comité social territorial (CST) et aux commissions administratives paritaires. Le taux de participation s'établit à <strong>52,3 %</strong> (3 412 votants sur 6 524 inscrits), en hausse de 4 points par rapport à 2018.</p>
<table border="1">
<tr><th>Organisation</th><th>Voix</th><th>%</th><th>Sièges au CST</th></tr>
<tr><td>CFDT</td><td>1 186</td><td>35,6</td><td>4</td></tr>
<tr><td>CGT</td><td>904</td><td>27,1</td><td>3</td></tr>
<tr><td>FO</td><td>702</td><td>21,1</td><td>2</td></tr>
<tr><td>UNSA</td><td>541</td><td>16,2</td><td>1</td></tr>
</table>
<p>Le président du conseil départemental remercie les agents pour leur mobilisation et les organisations syndicales pour le bon déroulement du scrutin. Le CST sera installé le 17 janvier 2023.</p>
""",
)

HTML["p005_avis_marche_nettoyage.html"] = (
    "Avis d'attribution – nettoyage des locaux",
    """
<h1>Avis d'attribution de marché public</h1>
<p><strong>Pouvoir adjudicateur :</strong> Communauté urbaine de Dunkerque</p>
<p><strong>Objet :</strong> nettoyage et entretien des locaux administratifs – 3 lots</p>
<table border="1">
<tr><th>Lot</th><th>Titulaire</th><th>Montant annuel HT</th></tr>
<tr><td>1 – Hôtel communautaire</td><td>Propreté Flandre SAS</td><td>238 400 €</td></tr>
<tr><td>2 – Sites techniques</td><td>Nettoyage Littoral Services</td><td>91 720 €</td></tr>
<tr><td>3 – Vitrerie</td><td>Clair'Vitres Nord</td><td>26 300 €</td></tr>
</table>
<p>Durée : 1 an reconductible 3 fois. Critères : prix 40 %, valeur technique 50 %, performance environnementale 10 %. Date de signature : 28 août 2024.</p>
""",
)

HTML["p007_faq_passeport_biometrique.html"] = (
    "Passeport : questions fréquentes",
    """
<h1>Le passeport biométrique : vos questions</h1>
<h2>Que contient la puce du passeport ?</h2>
<p>La puce électronique contient les informations imprimées sur la page d'identité (nom, prénoms, date de naissance, nationalité…), votre photographie numérisée et, pour les personnes de plus de 12 ans, l'image de deux empreintes digitales.</p>
<h2>Le passeport contient-il mon ADN ?</h2>
<p>Non. Aucune donnée génétique n'est recueillie ni enregistrée. Les seules données biométriques sont la photo du visage et les empreintes digitales.</p>
<h2>Qui peut lire les empreintes ?</h2>
<p>Seules les autorités habilitées (contrôle aux frontières) disposent des certificats permettant de lire les empreintes de la puce. En mairie, les empreintes sont relevées sur le dispositif de recueil puis transmises de façon sécurisée à l'ANTS.</p>
<h2>Mes empreintes sont-elles conservées ?</h2>
<p>Elles sont conservées dans la base TES pour la durée prévue par la réglementation, afin de lutter contre la fraude documentaire, et ne sont utilisées qu'à ce titre.</p>
<h2>Comment prendre rendez-vous ?</h2>
<p>En ligne sur le site de la ville, rubrique « Mes démarches ». Pensez à votre pré-demande sur le site de l'ANTS.</p>
""",
)

HTML["p013_deliberation_videoprotection.html"] = (
    "Délibération – extension de la vidéoprotection",
    """
<h1>Conseil municipal de Perpignan – séance du 4 juillet 2024</h1>
<h2>Délibération n° 2024-188 – Extension du système de vidéoprotection urbaine – demande de subvention</h2>
<p>La ville dispose de 254 caméras de voie publique reliées au centre de supervision urbain. Le programme 2024-2025 prévoit l'installation de 30 caméras supplémentaires dans les quartiers Saint-Jacques, Moulin-à-Vent et aux abords des établissements scolaires, pour un coût estimé à 690 000 € HT.</p>
<p>Les emplacements précis ont été validés par le référent sûreté de la police nationale et font l'objet d'une autorisation préfectorale. Les images sont conservées 15 jours.</p>
<p>Le conseil municipal sollicite une subvention de 40 % au titre du fonds interministériel de prévention de la délinquance et approuve le plan de financement. Adopté par 41 voix pour, 6 contre, 8 abstentions.</p>
""",
)

HTML["p016_semaine_contre_racisme.html"] = (
    "Semaine d'éducation contre le racisme",
    """
<h1>Semaine d'éducation et d'actions contre le racisme et l'antisémitisme</h1>
<p>Du 18 au 24 mars 2024, la Ville de Nanterre et ses partenaires associatifs proposent une semaine d'animations.</p>
<ul>
<li><strong>Lundi 18 :</strong> exposition « Migrations, une histoire française » à la médiathèque.</li>
<li><strong>Mercredi 20 :</strong> ateliers de débat dans les accueils de loisirs avec la Ligue de l'enseignement.</li>
<li><strong>Jeudi 21 (Journée internationale pour l'élimination de la discrimination raciale) :</strong> projection-débat au cinéma Les Lumières.</li>
<li><strong>Samedi 23 :</strong> visite du Musée national de l'histoire de l'immigration pour 50 familles.</li>
</ul>
<p>Vous avez été victime ou témoin d'une discrimination ? Le Défenseur des droits tient une permanence à la maison de la citoyenneté tous les mardis après-midi.</p>
""",
)

HTML["p023_demarches_deces.html"] = (
    "Démarches après un décès",
    """
<h1>Perte d'un proche : les démarches</h1>
<p>Nous savons que ce moment est difficile. Voici les principales démarches à accomplir.</p>
<h2>Dans les 24 heures</h2>
<ul><li>Faire constater le décès par un médecin, qui établit le certificat de décès.</li><li>Déclarer le décès à la mairie du lieu du décès (souvent fait par l'entreprise de pompes funèbres).</li></ul>
<h2>Dans la semaine</h2>
<ul><li>Organiser les obsèques (inhumation ou crémation) entre 24 heures et 6 jours après le décès.</li><li>Prévenir l'employeur, la caisse de retraite, la banque.</li></ul>
<h2>Dans le mois</h2>
<ul><li>Contacter un notaire si la succession comporte un bien immobilier.</li><li>Demander le capital décès ou la pension de réversion le cas échéant.</li></ul>
<p>Le service état civil vous reçoit du lundi au vendredi de 8 h 30 à 17 h. Le CCAS peut vous aider si vous avez des difficultés à financer les obsèques.</p>
""",
)

HTML["p029_article_biometrie_titres.html"] = (
    "Empreintes, photos : ce que l'administration collecte",
    """
<h1>Titres d'identité : ce que l'administration collecte (et ce qu'elle ne collecte pas)</h1>
<p><em>Article du magazine municipal « Vivre à Laval » – mai 2024</em></p>
<p>Depuis l'arrivée de la nouvelle carte d'identité au format carte bancaire, les questions se multiplient au guichet. Faisons le point.</p>
<p><strong>Ce qui est collecté :</strong> une photo conforme aux normes et, à partir de 12 ans, les empreintes de deux doigts. Elles sont inscrites dans la puce du titre.</p>
<p><strong>Ce qui n'est pas collecté :</strong> aucun prélèvement biologique, aucune analyse génétique. La biométrie des titres repose uniquement sur l'image du visage et des empreintes digitales.</p>
<p><strong>Pourquoi ?</strong> Pour s'assurer que la personne qui présente le titre en est bien le titulaire et rendre la falsification beaucoup plus difficile.</p>
<p>Le service des titres d'identité reçoit sur rendez-vous, du lundi au samedi matin. Délai actuel : trois semaines.</p>
""",
)

HTML["p033_guide_violences_conjugales.html"] = (
    "Violences au sein du couple : où trouver de l'aide",
    """
<h1>Violences au sein du couple : vous n'êtes pas seule, vous n'êtes pas seul</h1>
<p>Les violences conjugales ne sont pas seulement physiques : elles peuvent être psychologiques, verbales, économiques (confiscation des moyens de paiement, des papiers) ou sexuelles.</p>
<h2>Numéros utiles</h2>
<ul>
<li><strong>3919</strong> – Violences Femmes Info, gratuit et anonyme, 24 h/24.</li>
<li><strong>17</strong> – police ou gendarmerie en cas de danger immédiat ; <strong>114</strong> par SMS.</li>
<li><strong>119</strong> – Enfance en danger.</li>
</ul>
<h2>Près de chez vous</h2>
<p>Le CIDFF de Saône-et-Loire tient des permanences juridiques à Mâcon, Chalon et Le Creusot. Un intervenant social est présent au commissariat de Mâcon. Trois logements d'urgence sont réservés par la ville aux victimes et à leurs enfants.</p>
<p>Dans les pharmacies, vous pouvez demander de l'aide au comptoir.</p>
""",
)

HTML["p040_adap_accessibilite.html"] = (
    "Accessibilité des bâtiments communaux",
    """
<h1>Agenda d'accessibilité programmée : où en sommes-nous ?</h1>
<p>La commune de Blois s'est engagée en 2016 à rendre accessibles aux personnes en situation de handicap ses 86 établissements recevant du public.</p>
<table border="1">
<tr><th>Année</th><th>Bâtiments mis en accessibilité</th><th>Montant des travaux</th></tr>
<tr><td>2016-2019</td><td>31</td><td>1,9 M€</td></tr>
<tr><td>2020-2022</td><td>28</td><td>2,3 M€</td></tr>
<tr><td>2023-2024</td><td>19</td><td>1,4 M€</td></tr>
</table>
<p>Restent à traiter : 8 bâtiments, dont l'école de musique (ascenseur en 2025). La commission communale pour l'accessibilité, qui associe des associations de personnes handicapées, se réunit deux fois par an.</p>
""",
)

HTML["p047_deliberation_jumelage.html"] = (
    "Jumelage avec Ziguinchor",
    """
<h1>Délibération – convention de coopération décentralisée avec la commune de Ziguinchor (Sénégal)</h1>
<p>Conseil municipal de Saint-Brieuc – 23 septembre 2024</p>
<p>La ville entretient depuis 1998 des liens d'amitié avec Ziguinchor, portés par le comité de jumelage et par de nombreux habitants originaires de Casamance installés dans l'agglomération. La nouvelle convention 2025-2027 porte sur la gestion des déchets, la formation des agents d'état civil et les échanges scolaires.</p>
<p>Participation de la ville : 25 000 € par an, cofinancés à 50 % par le ministère de l'Europe et des affaires étrangères.</p>
<p>La convention sera signée par le maire et par M. Djibril Badji, maire de Ziguinchor, lors de sa visite officielle en novembre.</p>
<p>Adoptée à l'unanimité.</p>
""",
)

HTML["p055_alerte_phishing_usagers.html"] = (
    "Alerte : faux mails au nom de la mairie",
    """
<h1>Attention aux faux messages au nom de la mairie</h1>
<p>Plusieurs habitants nous signalent des courriels et SMS frauduleux se présentant comme venant de la mairie et demandant le paiement d'une « amende de stationnement » ou d'une « taxe de ramassage des déchets » via un lien.</p>
<p><strong>La mairie ne vous demandera jamais de payer par un lien reçu par SMS.</strong> Les amendes se paient uniquement sur le site officiel de l'ANTAI.</p>
<ul>
<li>Ne cliquez pas sur le lien, ne communiquez pas vos coordonnées bancaires.</li>
<li>Signalez le SMS au 33700 et le courriel sur la plateforme Pharos.</li>
<li>Si vous avez payé, faites opposition auprès de votre banque et déposez plainte.</li>
</ul>
<p>Plus d'informations sur cybermalveillance.gouv.fr.</p>
""",
)

HTML["p058_portes_ouvertes_caserne.html"] = (
    "Portes ouvertes au centre de secours",
    """
<h1>Portes ouvertes au centre d'incendie et de secours de Vannes</h1>
<p>Samedi 5 octobre 2024, de 10 h à 17 h, les sapeurs-pompiers vous ouvrent les portes de la caserne.</p>
<ul>
<li>Démonstrations de désincarcération et de secours routier (11 h et 15 h)</li>
<li>Initiation aux gestes qui sauvent (massage cardiaque, défibrillateur)</li>
<li>Présentation des engins et de la grande échelle</li>
<li>Stand recrutement des sapeurs-pompiers volontaires et des jeunes sapeurs-pompiers</li>
</ul>
<p>Buvette et restauration au profit de l'amicale. Entrée gratuite, parking au stade voisin.</p>
""",
)

HTML["p064_offre_aumonier.html"] = (
    "Offre d'emploi – aumônier hospitalier",
    """
<h1>Le centre hospitalier de Cahors recrute un aumônier ou une aumônière du culte musulman (H/F)</h1>
<p>Contrat à durée indéterminée – temps partiel 50 %</p>
<h2>Missions</h2>
<p>Au sein de l'équipe d'aumônerie pluriconfessionnelle (catholique, protestante, musulmane), vous assurez l'écoute et l'accompagnement spirituel des patients et de leurs familles qui en font la demande, conformément au principe de libre exercice du culte dans les établissements publics de santé. Vous participez aux temps de formation des équipes soignantes sur le fait religieux.</p>
<h2>Profil</h2>
<p>Proposé(e) par l'autorité cultuelle, titulaire du diplôme universitaire de formation civile et civique. Sens de l'écoute, discrétion, respect de la laïcité.</p>
<p>Candidatures auprès de la direction des ressources humaines avant le 31 mai.</p>
""",
)

HTML["p066_journees_patrimoine_synagogue.html"] = (
    "Journées européennes du patrimoine",
    """
<h1>Journées européennes du patrimoine – 21 et 22 septembre 2024</h1>
<p>Programme des visites à Carpentras</p>
<ul>
<li><strong>Synagogue de Carpentras</strong> (plus ancienne synagogue en activité de France) : visites guidées toutes les heures de 10 h à 12 h et de 14 h à 17 h, assurées par les membres de l'association cultuelle. Tenue correcte demandée.</li>
<li><strong>Cathédrale Saint-Siffrein</strong> : visite du trésor et de la « porte juive », samedi à 15 h.</li>
<li><strong>Hôtel-Dieu</strong> : visite de l'apothicairerie, dimanche à 10 h et 14 h.</li>
<li><strong>Bibliothèque-musée Inguimbertine</strong> : exposition « Carpentras, cité des papes et des juifs du pape ».</li>
</ul>
<p>Toutes les visites sont gratuites. Renseignements à l'office de tourisme.</p>
""",
)


# ---------------------------------------------------------------- write

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
