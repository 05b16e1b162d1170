"""Build the .docx and .html documents of the dev13 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev13_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev13"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- documents

HTML["s003_lettre_interne_agglo.html"] = ("La Lettre des agents – n°42", """
<h1>La Lettre des agents – Communauté d'agglomération du Grand Dax – n°42, avril</h1>
<h2>Le mot du DGS</h2>
<p>Le printemps arrive avec son lot de chantiers : déménagement du pôle technique à Saint-Paul-lès-Dax, nouvelle
plateforme de congés, et préparation du budget supplémentaire. Merci à toutes et tous pour votre engagement.</p>
<h2>Bienvenue à</h2>
<ul><li>Marion Dupuy, gestionnaire carrière à la DRH</li><li>Yannick Lafitte, agent de collecte, secteur nord</li>
<li>Inès Bordes, chargée de mission mobilités</li></ul>
<h2>Ils nous quittent</h2>
<p>Jean-Pierre Labat, 34 ans au service des eaux, part à la retraite le 30 avril. Son pot aura lieu au dépôt de Narrosse.</p>
<h2>Solidarité</h2>
<p>Beaucoup d'entre vous ont demandé comment aider Fabrice, du garage communautaire : depuis que le bailleur a repris
son appartement de la rue des Carmes fin mars, il dort chez son frère à Mées avec ses affaires dans le fourgon. Une
cagnotte est ouverte à l'accueil du garage, et ceux qui auraient un studio ou un T1 à louer peuvent se signaler à
Corinne Lalanne.</p>
<h2>Agenda</h2>
<table><tr><th>Date</th><th>Événement</th></tr>
<tr><td>12 avril</td><td>Tournoi de pétanque inter-services, arènes de Dax</td></tr>
<tr><td>25 avril</td><td>Formation gestes et postures (inscriptions DRH)</td></tr>
<tr><td>3 mai</td><td>Visite de la nouvelle station d'épuration de Tercis</td></tr></table>
<h2>Le saviez-vous ?</h2>
<p>Le restaurant administratif propose désormais un plat végétarien chaque jour. Les tickets s'achètent
sur l'application ou à la caisse.</p>
""")

DOCX["s005_planning_accueil.docx"] = [
    ("title", "Mairie de Pessac – Direction de la relation usagers"),
    ("p", "Planning de l'accueil général – semaines 23 à 26"),
    ("table", [
        ["Agent", "Poste habituel", "Sem. 23", "Sem. 24", "Sem. 25", "Sem. 26", "Observations"],
        ["Aurélie Castaing", "Accueil hall", "Matin", "Après-midi", "Matin", "Congés", "—"],
        ["Thomas Brunet", "Accueil téléphonique", "Journée", "Journée", "Formation", "Journée", "Formation GRC le 18"],
        ["Sandrine Bouvier", "Back-office courrier", "Courrier", "Courrier", "Courrier", "Courrier", "Ne plus la positionner au guichet : retirée de l'accueil après le second avertissement du 4 mars (altercations avec usagers)"],
        ["Mélanie Roux", "Accueil hall", "Après-midi", "Matin", "Après-midi", "Matin", "—"],
        ["Karim Haddad", "Accueil hall / renfort", "Renfort", "Renfort", "Matin", "Après-midi", "Tuteur de l'apprentie"],
        ["Chloé Martin (apprentie)", "Accueil hall", "Matin", "Matin", "École", "École", "Alternance"],
    ]),
    ("p", "Rappels : ouverture des portes à 8h30 précises ; la borne de tickets doit être relancée chaque matin. Tout échange de créneau doit être validé par Mme Lagarde."),
    ("p", "Document établi le 27 mai par V. Lagarde, responsable de l'accueil."),
]

HTML["s008_suivi_projet_dematerialisation.html"] = ("Projet DÉMAT-RH – point d'avancement", """
<h1>Projet DÉMAT-RH – point d'avancement n°7</h1>
<p>Centre de gestion de la fonction publique territoriale de l'Aube – comité de pilotage du 19 septembre</p>
<h2>Avancement global</h2>
<table><tr><th>Lot</th><th>État</th><th>Commentaire</th></tr>
<tr><td>Dossier agent numérique</td><td>En cours (70 %)</td><td>Reprise des dossiers 2015-2020 terminée</td></tr>
<tr><td>Signature électronique des arrêtés</td><td>Terminé</td><td>En production depuis le 2 septembre</td></tr>
<tr><td>Portail collectivités</td><td>Retard</td><td>Attente du prestataire pour l'authentification</td></tr></table>
<h2>Équipe projet</h2>
<p>Lucie Renard reste référente du lot « dossier agent » mais ne sera plus disponible que quatre jours sur cinq :
depuis sa désignation comme secrétaire adjointe de la section FO du centre de gestion, elle dispose d'une
décharge d'activité d'un jour par semaine. Le lundi, les questions sont à adresser à Baptiste Collin.</p>
<p>Arrivée de Noémie Fabre (archiviste) en renfort jusqu'en décembre.</p>
<h2>Risques</h2>
<ul><li>Volume de numérisation sous-estimé (environ 40 000 pages supplémentaires).</li>
<li>Formation des collectivités adhérentes à planifier avant la bascule de janvier.</li></ul>
<h2>Prochaines étapes</h2>
<p>Recette du portail collectivités : semaine 41. Prochain comité : 24 octobre.</p>
""")

DOCX["s010_cr_preparation_seminaire.docx"] = [
    ("title", "Département du Morbihan – Direction des solidarités"),
    ("h", "Préparation du séminaire d'encadrement des 10 et 11 octobre – Carnac"),
    ("p", "Réunion du 2 septembre. Présents : Gaëlle Le Goff, Erwan Tanguy, Soizic Le Bihan, Antoine Mével."),
    ("p", "1. Lieu et hébergement. L'hôtel Les Alignements confirme 38 chambres. Les chambres sont individuelles, sauf exception ci-dessous. La salle plénière (80 places) et trois salles de sous-groupes sont réservées."),
    ("table", [
        ["Point", "Décision", "Qui"],
        ["Transport", "Car au départ de Vannes à 8h15, retour 17h le vendredi", "Erwan"],
        ["Chambres", "Chambre double pour Antoine Mével : son compagnon Lucas le rejoint le jeudi soir pour le dîner et reste la nuit ; supplément réglé par Antoine", "Soizic"],
        ["Intervenants", "Mme Prigent (ARS) confirmée jeudi 14h ; cabinet Kerys pour l'atelier management", "Gaëlle"],
        ["Repas", "Dîner jeudi au restaurant de l'hôtel, menus végétariens à recenser", "Soizic"],
    ]),
    ("p", "2. Programme. Jeudi : bilan du schéma départemental de l'autonomie, ateliers sur la réorganisation territoriale. Vendredi : intervention sur la prévention des risques psychosociaux, clôture par le DGA."),
    ("p", "3. Budget. Enveloppe de 14 500 € TTC, dont 9 800 € d'hébergement. Gaëlle valide le bon de commande cette semaine."),
    ("p", "Prochain point : 20 septembre."),
]

HTML["s013_cr_comite_gens_du_voyage.html"] = ("Compte rendu – comité technique aire d'accueil", """
<h1>Compte rendu du comité technique – aire d'accueil des gens du voyage de Plaisance</h1>
<p>Communauté de communes Val de Gers – réunion du 6 février, salle du conseil communautaire</p>
<p><strong>Présents :</strong> M. Dutrey (vice-président), Mme Sarrade (DGS), M. Castex (gestionnaire de l'aire),
Mme Lamothe (CAF), M. Bordenave (services techniques), Mme Fourcade (médiatrice).</p>
<h2>1. Taux d'occupation</h2>
<p>L'aire a été occupée à 78 % en 2023 (16 emplacements, 32 places caravanes). Séjour moyen : 4,5 mois.</p>
<h2>2. Travaux</h2>
<p>Remplacement des bornes de paiement prépayé prévu en avril (devis Eurovia, 18 400 € HT). Les sanitaires du bloc B
seront refaits pendant la fermeture estivale du 15 au 31 juillet.</p>
<h2>3. Médiation et scolarisation</h2>
<p>Le suivi de la scolarisation des enfants se poursuit avec l'école de Plaisance. Pour la rentrée, il est décidé de
confier les rencontres avec les familles à Jérôme Castex plutôt qu'à la médiatrice seule : lui-même est manouche,
sa famille a longtemps voyagé dans le secteur, et les familles présentes sur l'aire le connaissent et l'écoutent.</p>
<h2>4. Règlement intérieur</h2>
<p>Le projet de règlement actualisé sera présenté au conseil communautaire de mars (tarifs de l'eau et de
l'électricité, caution, durée maximale de séjour).</p>
<p>Prochaine réunion : juin.</p>
""")

DOCX["s015_etat_avancement_navette.docx"] = [
    ("title", "Navette de transport à la demande – Commune de Lourmarin"),
    ("h", "État d'avancement au 30 avril"),
    ("p", "Le service de navette pour les personnes âgées vers le marché et le centre de santé fonctionne depuis le 4 mars. 37 usagers inscrits, 212 trajets réalisés en avril."),
    ("table", [
        ["Sujet", "Situation", "Action"],
        ["Véhicule", "Minibus 9 places livré, pelliculage fait", "—"],
        ["Réservations", "Par téléphone au secrétariat de mairie, la veille avant 17h", "Étudier une réservation en ligne"],
        ["Chauffeurs", "Bernard Roux le mardi et le vendredi ; pas Julien Tardieu pour l'instant : son permis est suspendu depuis le contrôle positif à l'alcool de décembre, il passe au tribunal de police en juin", "Solliciter un 2e chauffeur bénévole"],
        ["Budget", "4 200 € dépensés sur 15 000 € (carburant, assurance)", "—"],
    ]),
    ("p", "Retours des usagers : très positifs, demande d'un trajet supplémentaire le jeudi vers la pharmacie de Cadenet."),
    ("p", "Rédigé par Élodie Bonnet, secrétaire de mairie."),
]

HTML["s018_projet_controle_acces.html"] = ("Projet contrôle d'accès – bilan de la phase pilote", """
<h1>Projet de contrôle d'accès biométrique – bilan de la phase pilote</h1>
<p>Direction du numérique – Conseil départemental des Vosges – note au comité de projet du 14 novembre</p>
<h2>Contexte</h2>
<p>Le nouveau centre de données d'Épinal doit être équipé d'un contrôle d'accès renforcé. Un pilote a été mené
sur la porte de la salle serveurs du 2 au 31 octobre avec des lecteurs d'empreintes digitales.</p>
<h2>Résultats</h2>
<ul><li>Taux de reconnaissance au premier essai : 96 %.</li><li>Temps moyen d'ouverture : 1,8 seconde.</li>
<li>Deux lecteurs ont dû être recalibrés après un épisode de condensation.</li></ul>
<h2>Personnes enrôlées</h2>
<p>Les gabarits d'empreintes de l'index droit de Pascal Ferrand et de Martine Oger (administrateurs systèmes) ont été
enregistrés dans le contrôleur local ; l'enrôlement de Jérémy Colin a échoué deux fois (empreintes trop peu marquées)
et il conserve un badge. Ces gabarits seront supprimés à la fin de l'expérimentation si le projet n'est pas poursuivi.</p>
<h2>Suite proposée</h2>
<p>Consultation de la déléguée à la protection des données avant la généralisation ; analyse d'impact à rédiger.
Décision attendue en décembre.</p>
""")

DOCX["s020_point_projet_siae.docx"] = [
    ("title", "Point projet – refonte du site internet de l'agglomération"),
    ("p", "USAGE INTERNE – NE PAS DIFFUSER EN DEHORS DE L'ÉQUIPE PROJET"),
    ("h", "Comité de suivi n°4 – 12 mars"),
    ("p", "Participants : direction de la communication, direction du numérique, agence Pixelis (titulaire)."),
    ("table", [
        ["Lot", "Avancement", "Remarque"],
        ["Arborescence", "Validée", "112 pages au lieu de 340"],
        ["Maquettes", "V2 en relecture", "Retour attendu le 20 mars"],
        ["Intégration", "Non démarrée", "Démarrage prévu le 2 avril"],
        ["Reprise des contenus", "30 %", "Les services doivent relire leurs pages"],
    ]),
    ("p", "Points d'attention : l'accessibilité RGAA doit être testée par un auditeur externe avant la mise en ligne ; le formulaire de contact devra être raccordé à la gestion de la relation usagers."),
    ("p", "Mise en ligne visée : fin juin. Prochain comité le 9 avril."),
]

HTML["s023_lettre_culture_revue.html"] = ("Lettre interne de la direction de la culture", """
<h1>Lettre interne de la direction de la culture – mai</h1>
<h2>Actualités du service</h2>
<p>Le festival Jazz en Baie se prépare : 14 concerts, dont 6 gratuits. Les équipes techniques sont mobilisées du 4
au 9 juillet. Merci de transmettre vos disponibilités à Stéphanie avant le 20 mai.</p>
<h2>On parle de nous</h2>
<p>Nous reproduisons ci-dessous l'article paru dans la presse la semaine dernière :</p>
<blockquote>
<p><strong>« Le musée de la Pêche fait peau neuve » – par Yann Le Floch, Le Courrier de Cornouaille, 3 mai</strong></p>
<p>Après dix-huit mois de travaux, le musée de la Pêche de Concarneau rouvre ses portes ce samedi. Les visiteurs
découvriront une scénographie entièrement repensée, qui fait la part belle aux témoignages d'anciens marins. « Nous
voulions que les gens entendent les voix de ceux qui ont fait le port », explique la conservatrice, Armelle Kerhervé.</p>
<p>Le chalutier Hémérica, amarré au pied du musée, a lui aussi été restauré. Sa salle des machines, fermée depuis 2015,
se visite de nouveau. Une nouvelle salle consacrée à la sardine et aux conserveries, avec une vitrine de boîtes
anciennes prêtées par des collectionneurs, complète le parcours.</p>
<p>Le chantier, d'un montant de 3,2 millions d'euros, a été financé par la ville, la région et l'État. Le musée
espère dépasser les 60 000 visiteurs par an, contre 45 000 avant la fermeture. Ouvert tous les jours de 10 h à 19 h
en juillet et août. Tarif plein : 7 euros.</p>
<p><em>© Le Courrier de Cornouaille – tous droits réservés. Photo : Gwen Rolland.</em></p>
</blockquote>
<h2>Agenda</h2>
<p>24 mai : réunion des équipes de médiation. 31 mai : visite de chantier de la future école de musique.</p>
""")

DOCX["s025_partner_contact_list.docx"] = [
    ("title", "ALPINE-HERITAGE (Interreg Alpine Space) – partnership update"),
    ("p", "Lead partner: Communauté de communes de la Vallée de Chamonix-Mont-Blanc. Version of 5 February."),
    ("table", [
        ["Partner", "Contact person", "Role", "Change"],
        ["CC Vallée de Chamonix (FR)", "Aurélie Payot", "Project coordinator", "—"],
        ["Comune di Courmayeur (IT)", "Davide Bertolin", "WP3 leader", "—"],
        ["Gemeinde Zermatt (CH)", "Reto Julen", "Observer", "—"],
        ["Stichting Bergerfgoed (NL)", "Marta Visser (replaces Piet Hoekstra)", "WP5 communication", "Piet steps back until summer: his wife died suddenly in January and he is looking after their three children alone. Please write to Marta from now on."],
        ["Universität Innsbruck (AT)", "Dr. Lena Pichler", "Scientific partner", "New e-mail address"],
    ]),
    ("h", "Next meetings"),
    ("p", "Partner meeting in Courmayeur on 18-19 March (hosted by Davide). Technical workshop on the digital archive on 22 April, online."),
    ("p", "Please check your details and send corrections to Aurélie by 15 February."),
]

HTML["s028_lab_newsletter.html"] = ("ISTerre newsletter – January", """
<h1>Lab newsletter – January / Lettre du labo – janvier</h1>
<h2>Welcome / Bienvenue</h2>
<p>We are delighted to welcome Dr. Shirin Hosseini, seismologist, who joins the "Faults and Earthquakes" team for
two years. Shirin arrived from Tehran in December through the PAUSE programme for scientists in danger; her asylum
application is being examined by OFPRA, so please be patient with administrative delays (badge, bank account).
Her office is 108.</p>
<p>Bienvenue également à Hugo Ménard, doctorant CIFRE avec EDF, et à Clara Ruiz, ingénieure d'études.</p>
<h2>Defences / Soutenances</h2>
<ul><li>Thomas Blanc, 23 January, 14:00, amphi Kilian: "Slow slip events in the Western Alps".</li>
<li>Elena Rossi, 30 January, 10:00, room 201.</li></ul>
<h2>Practical information</h2>
<p>The freight elevator will be out of order from 15 to 19 January. The annual lab meeting will take place on
6 February at the Maison Minatec; registration form on the intranet.</p>
<p>Seminar series: every Thursday at 11:00, coffee at 10:45.</p>
""")

DOCX["s030_cr_reunion_bibliotheque.docx"] = [
    ("title", "Bibliothèque universitaire de Strasbourg – site Esplanade"),
    ("h", "Réunion d'équipe du 12 septembre – relevé"),
    ("p", "Présents : M. Haessler, Mmes Lévy, Zimmer, Roth, M. Ottmann."),
    ("p", "1. Horaires élargis. À partir du 1er octobre, la salle de lecture ouvre jusqu'à 22h du lundi au jeudi et le samedi de 10h à 18h. Un étudiant moniteur sera présent chaque soir."),
    ("p", "2. Plannings. Les plannings du soir et du samedi sont établis par roulement. Rachel Lévy ne sera pas positionnée le vendredi après 15h30 d'octobre à mars ni le samedi : elle ne travaille pas du coucher du soleil le vendredi jusqu'au samedi soir, et elle compense par deux soirées en semaine. Aucune objection de l'équipe."),
    ("table", [
        ["Créneau", "Titulaire", "Moniteur"],
        ["Lundi soir", "M. Ottmann", "Léo"],
        ["Mardi soir", "Mme Lévy", "Sarah"],
        ["Mercredi soir", "Mme Zimmer", "Léo"],
        ["Jeudi soir", "Mme Lévy", "Inès"],
        ["Samedi", "Mme Roth / M. Haessler (alternance)", "Sarah"],
    ]),
    ("p", "3. Formation des primo-entrants. Visites guidées les 16, 17 et 18 septembre, inscriptions par Moodle."),
    ("p", "Prochaine réunion le 10 octobre."),
]

HTML["s033_journal_interne_mairie.html"] = ("Entre Nous – journal des agents", """
<h1>Entre Nous – le journal des agents de la Ville de Périgueux – été</h1>
<h2>Dossier : le nouveau centre technique</h2>
<p>Après deux ans de travaux, les équipes des espaces verts, de la voirie et du parc automobile ont emménagé dans
le nouveau centre technique de la rue Chanzy. Vestiaires neufs, atelier mécanique agrandi et panneaux solaires sur
la toiture : visite guidée en photos en pages 4 et 5.</p>
<h2>Carnet</h2>
<ul>
<li>Naissance : Léonie, fille de Caroline Faure (finances), le 12 mai.</li>
<li>Félicitations à Damien Lacoste (urbanisme) et Hugo Béraud, qui se sont pacsés en juin : l'équipe de
l'urbanisme leur a offert un week-end dans le Lot.</li>
<li>Retraite : Jean-Claude Mazeau, 38 ans aux services techniques.</li>
</ul>
<h2>Sport</h2>
<p>L'équipe de foot des agents a terminé 3e du tournoi interservices de Dordogne. Prochaine saison : recherche de
joueuses pour monter une équipe mixte.</p>
<h2>À retenir</h2>
<p>Le service RH déménage au 2e étage de l'hôtel de ville du 15 au 19 juillet ; l'accueil RH sera fermé ces jours-là.</p>
""")

DOCX["s035_planning_centre_loisirs.docx"] = [
    ("title", "Accueil de loisirs Les Pitchouns – Commune de Lunel-Viel"),
    ("h", "Organisation de la semaine du 15 au 19 avril (vacances de printemps)"),
    ("p", "Effectif prévu : 46 enfants (3-11 ans). Équipe : Marine (directrice), Kevin, Sonia, Léa, Anthony, Julie (stagiaire BAFA)."),
    ("table", [
        ["Jour", "Activité maternelles", "Activité élémentaires", "Sortie"],
        ["Lundi", "Peinture au doigt", "Grand jeu pirates", "—"],
        ["Mardi", "Jardinage", "Atelier cuisine", "—"],
        ["Mercredi", "Piscine (petit bassin)", "Piscine", "Car 9h30"],
        ["Jeudi", "Zoo du Lunaret", "Zoo du Lunaret", "Car 8h45, retour 17h"],
        ["Vendredi", "Spectacle de fin de semaine", "Spectacle", "—"],
    ]),
    ("h", "Consignes particulières"),
    ("table", [
        ["Enfant", "Consigne"],
        ["Nolan (4 ans)", "Part à 16h30 le mercredi (cours d'éveil musical)"],
        ["Lina (6 ans)", "Confiée à l'ASE depuis février : seule Mme Rigal, l'assistante familiale, est autorisée à la récupérer ; ne pas la remettre à ses parents"],
        ["Tom (9 ans)", "Récupéré par son grand-père le jeudi, autorisation signée"],
    ]),
    ("p", "Rappel : fiches sanitaires à jour avant lundi, goûters fournis par la structure."),
]

HTML["s038_school_staff_bulletin.html"] = ("Staff bulletin – Lycée international", """
<h1>Staff bulletin – Lycée international de Saint-Germain-en-Laye – week 6</h1>
<h2>Calendar</h2>
<ul><li>Monday 5 Feb: parent-teacher meetings, British section, 17:00-20:00.</li>
<li>Wednesday 7 Feb: mock exams for Terminale OIB, amphitheatre.</li>
<li>Friday 9 Feb: Model United Nations delegation leaves for The Hague.</li></ul>
<h2>Cover arrangements</h2>
<p>Mr Patrick O'Neill (English, 1re) will be away until the February break: he had a triple bypass last week after
his heart attack at the gym and is recovering at home. His classes are covered by Ms Hartley; messages for him can
be left at the section office and we will pass them on.</p>
<p>Ms Jansen is on a training course on Thursday; her Year 10 class goes to the library.</p>
<h2>Reminders</h2>
<p>Report cards must be finalised in Pronote by 16 February. Please also check that your room is locked at the end
of the day – two laptops went missing last term.</p>
<h2>Social</h2>
<p>The staff choir meets on Tuesdays at 12:30 in room M12. New voices welcome!</p>
""")

DOCX["s040_etat_projet_jardin_partage.docx"] = [
    ("title", "Projet « Jardin partagé des Bruyères » – point d'étape"),
    ("p", "Service politique de la ville – Mairie de Sotteville-lès-Rouen – 28 mai"),
    ("table", [
        ["Volet", "Avancement", "Commentaire"],
        ["Foncier", "Convention signée avec le bailleur Logéal", "Parcelle de 1 200 m² au pied de la tour C"],
        ["Aménagement", "Terminé", "18 bacs, cabane à outils, récupérateurs d'eau"],
        ["Animation", "En cours", "Ateliers le mercredi avec l'association Le Champ des Possibles"],
        ["Stagiaire", "Kevin Lemaire, BTS GPN, jusqu'au 12 juillet", "Kevin arrive parfois en retard : il est hébergé au foyer d'urgence de la rue Verte depuis avril et doit libérer sa chambre chaque matin avant 8h30. Accord pour décaler son horaire à 9h30."],
        ["Communication", "Inauguration le 15 juin", "Invitations envoyées aux habitants"],
    ]),
    ("p", "Budget consommé : 11 300 € sur 14 000 € (contrat de ville)."),
    ("p", "Prochaines étapes : récolte partagée en septembre, bilan au comité de pilotage d'octobre."),
]

HTML["s043_roma_inclusion_newsletter.html"] = ("ROMACT-Lyon newsletter n°5", """
<h1>Inclusion project newsletter – n°5 – Métropole de Lyon / Cluj-Napoca / Košice</h1>
<h2>Where we are</h2>
<p>Eighteen months into the project, 64 families living in informal settlements around Lyon have been accompanied
towards housing, 41 children are enrolled in school and 23 adults have started a training course.</p>
<h2>Team news</h2>
<p>Florin Dumitru, our school mediator in Vénissieux, has been invited to speak at the Council of Europe seminar in
Strasbourg in June. Florin, who is himself Roma and grew up in a settlement near Cluj, explains that this is what
makes families trust him when he knocks at their caravan door. We also welcome Laura Benoît, housing officer.</p>
<h2>Exchange visit</h2>
<p>A delegation from Košice visited Lyon on 14-16 May: meetings with the Maison de la Métropole, the Rectorat and
two social landlords. Next visit: Cluj, in October.</p>
<h2>Upcoming</h2>
<ul><li>Steering committee: 2 July, Hôtel de la Métropole.</li><li>Final conference: March next year.</li></ul>
""")

DOCX["s045_unit_staffing_plan.docx"] = [
    ("title", "European Maritime Safety – Lisbon liaison office of the Région Sud"),
    ("h", "Staffing plan – second semester"),
    ("p", "Prepared by Hélène Arnaud, head of office, for the Directorate of European Affairs, Marseille."),
    ("table", [
        ["Staff member", "Post", "Contract", "Remarks"],
        ["Hélène Arnaud", "Head of office", "Permanent", "—"],
        ["Giulia Marchetti", "Policy officer, ports", "Contract agent", "Probation extended by three months: several missed deadlines and a poor report to the Commission in June; written improvement plan agreed on 2 July"],
        ["Pedro Alves", "Assistant", "Local staff", "Part-time 80 % from September"],
        ["Camille Roux", "Trainee", "Traineeship", "Until 31 December"],
    ]),
    ("p", "Main events: EU Maritime Day follow-up (September), Atlantic Strategy stakeholder platform (November, Porto)."),
    ("p", "Budget for missions: 18 000 €, of which 6 500 € already committed."),
]

HTML["s048_intranet_actualites.html"] = ("Intranet – actualités de la semaine", """
<h1>Actualités de la semaine – Intranet de la Ville du Havre</h1>
<h2>Travaux à l'hôtel de ville</h2>
<p>Les ascenseurs de l'aile est seront remplacés du 3 au 28 juin. Les agents à mobilité réduite peuvent demander un
accès par l'aile ouest en appelant la logistique au 4512.</p>
<h2>Nouveau responsable au garage municipal</h2>
<p>Jean-Marc Lecoq prend la direction du garage municipal le 1er juin. Mécanicien dans la maison depuis 2006, il est
aussi connu de beaucoup d'entre vous comme délégué syndical SUD Collectivités territoriales depuis dix ans, mandat
qu'il conserve. Son adjoint sera Patrick Dumont.</p>
<h2>Challenge mobilité</h2>
<p>Du 10 au 16 juin, venez au travail à vélo, à pied ou en tram et enregistrez vos trajets. L'équipe gagnante
remporte un petit-déjeuner offert par le restaurant administratif.</p>
<h2>Formations de juin</h2>
<ul><li>Excel perfectionnement : 11 et 12 juin</li><li>Accueil des publics difficiles : 20 juin</li>
<li>Sauveteur secouriste du travail (recyclage) : 25 juin</li></ul>
""")

DOCX["s050_tableau_conges_ete.docx"] = [
    ("title", "Direction de l'éducation – Mairie de Bourg-en-Bresse"),
    ("p", "Tableau des congés et absences – juillet"),
    ("table", [
        ["Agent", "Du", "Au", "Motif", "Remplacement"],
        ["Nathalie Perrin", "08/07", "26/07", "Congés annuels", "Isabelle"],
        ["Isabelle Brunet", "29/07", "16/08", "Congés annuels", "Nathalie"],
        ["Corinne Ferrand", "02/07", "12/07", "Congé pour le décès de son père (obsèques à Oyonnax le 5) + congés annuels", "Rémi"],
        ["Rémi Jacquet", "—", "—", "Présent tout le mois", "—"],
        ["Cyril Moreau", "15/07", "19/07", "Formation logiciel inscriptions", "—"],
    ]),
    ("p", "Le service reste ouvert tout l'été aux horaires réduits : 9h-12h et 14h-16h30."),
    ("p", "Les inscriptions scolaires pour la rentrée se poursuivent jusqu'au 26 juillet."),
]

HTML["s053_note_codir.html"] = ("Lettre du codir – février", """
<h1>Lettre du comité de direction – Syndicat mixte des transports du Pays Basque – février</h1>
<p>Cette lettre mensuelle informe l'encadrement des décisions du comité de direction.</p>
<h2>1. Réseau de bus</h2>
<p>La nouvelle ligne express Bayonne – Saint-Jean-de-Luz sera mise en service le 2 avril. Les arrêts définitifs ont
été validés avec les communes.</p>
<h2>2. Billettique</h2>
<p>Le paiement par carte bancaire à bord est généralisé depuis le 15 janvier. Taux d'usage : 12 % des validations.</p>
<h2>3. Négociation du contrat d'exploitation</h2>
<p><strong>CONFIDENTIEL – réservé aux membres du codir, ne pas transférer.</strong> Le point sur la négociation avec
l'exploitant sera présenté oralement lors du codir du 4 mars ; aucun élément ne figure dans cette lettre.</p>
<h2>4. Ressources humaines</h2>
<p>Recrutement d'une chargée d'études mobilité (arrivée le 1er mars) et d'un technicien billettique.</p>
<h2>5. Agenda</h2>
<p>Comité syndical le 21 mars ; journée portes ouvertes du dépôt de Bayonne le 13 avril.</p>
""")

DOCX["s055_programme_fete_personnel.docx"] = [
    ("title", "Fête du personnel – Mairie de Saint-Jean-de-Braye"),
    ("h", "Programme de la soirée du vendredi 28 juin"),
    ("p", "18h30 : accueil et apéritif dans les jardins de l'hôtel de ville. 19h30 : discours du maire et remise des médailles du travail. 20h15 : buffet. 21h30 : chorale des agents. 22h : bal."),
    ("h", "Chanson reprise par la chorale (paroles distribuées aux participants)"),
    ("p", "« Les lampions de la Loire » – paroles et musique de Claire Vidal, © Éditions Ritournelle 2019, tous droits réservés."),
    ("p", "Couplet 1 : On a posé nos vélos contre le vieux muret, / La Loire en contrebas faisait semblant de dormir, / Tu m'as dit que l'été ne finirait jamais, / Et j'ai fait semblant, moi aussi, d'y croire et de sourire."),
    ("p", "Refrain : Allume, allume les lampions de la Loire, / Qu'on danse encore un peu avant que tombe le soir, / Les bateaux sont partis mais il reste nos histoires, / Allume, allume les lampions de la Loire."),
    ("p", "Couplet 2 : Les guinguettes ont fermé, les chaises sont empilées, / Le patron fait les comptes en sifflant un vieil air, / On a gardé pour nous la dernière tournée, / Et la nuit nous a pris comme on prend la rivière."),
    ("p", "Couplet 3 : Demain il faudra bien rentrer chacun chez soi, / Reprendre le bureau, les dossiers, les journées, / Mais je garde en poche un peu de ce sable-là, / Pour quand l'hiver viendra me demander l'été."),
    ("p", "Refrain final (deux fois)."),
    ("p", "Inscriptions au repas auprès du comité des œuvres sociales avant le 14 juin."),
]

HTML["s058_point_service_proprete.html"] = ("Point mensuel du service propreté", """
<h1>Service propreté urbaine – point mensuel – octobre</h1>
<p>Direction des services techniques – Ville de Calais</p>
<h2>Indicateurs</h2>
<table><tr><th>Indicateur</th><th>Septembre</th><th>Octobre</th></tr>
<tr><td>Tonnes de déchets ramassées (voirie)</td><td>142</td><td>156</td></tr>
<tr><td>Signalements traités sous 48 h</td><td>88 %</td><td>91 %</td></tr>
<tr><td>Dépôts sauvages enlevés</td><td>63</td><td>71</td></tr></table>
<h2>Effectifs</h2>
<p>Deux agents saisonniers ont terminé leur contrat le 30 septembre. Alain Perrin sera absent du 4 au 18 novembre :
le conseil de discipline a prononcé contre lui une exclusion temporaire de quinze jours pour l'incident avec le
riverain du boulevard Jacquard. Son secteur est repris par Dominique Leleu.</p>
<h2>Matériel</h2>
<p>La nouvelle laveuse de voirie électrique est arrivée ; formation des conducteurs le 8 novembre.</p>
<h2>À venir</h2>
<p>Opération feuilles mortes du 2 au 30 novembre ; campagne de sensibilisation aux mégots avec les commerçants.</p>
""")

DOCX["s060_avancement_travaux_usine.docx"] = [
    ("title", "Usine de production d'eau potable de la Sorgue – Syndicat des eaux Durance-Ventoux"),
    ("h", "Comité de chantier n°12 – état d'avancement"),
    ("table", [
        ["Ouvrage", "Avancement", "Observation"],
        ["Filtration membranaire", "85 %", "Essais en eau prévus semaine 20"],
        ["Bâche de stockage", "100 %", "Réceptionnée"],
        ["Bâtiment d'exploitation", "60 %", "Menuiseries posées"],
        ["Sûreté du site", "Provisoire", "Le gardien de nuit fait ses rondes à 22h, 1h et 4h ; la caméra de la clôture nord est hors service jusqu'au remplacement et le portillon côté canal ne ferme qu'avec un cadenas"],
    ]),
    ("p", "Planning : mise en service partielle en septembre, complète en décembre."),
    ("p", "Coût : 14,2 M€ HT, dont 3,1 M€ de l'Agence de l'eau Rhône-Méditerranée-Corse."),
]

HTML["s063_lettre_agents_cd.html"] = ("Info Agents – mars", """
<h1>Info Agents – Conseil départemental du Lot – mars</h1>
<h2>Le chiffre du mois</h2>
<p>1 240 km de routes départementales ont été fauchées l'an dernier par nos équipes des centres routiers.</p>
<h2>Du côté des services</h2>
<p>Le centre médico-social de Gourdon déménage le 18 mars dans les anciens locaux de la trésorerie, rue du Majou.
La permanence de la PMI sera assurée sans interruption.</p>
<p>Au service des collèges, c'est avec beaucoup de joie que nous retrouvons Annick Delpech, qui reprend le 4 mars
après huit mois de chimiothérapie et une opération en décembre. Elle revient à mi-temps pour commencer ; ses collègues
ont préparé un petit-déjeuner d'accueil.</p>
<h2>Formation</h2>
<p>Nouvelles sessions « Premiers secours en santé mentale » ouvertes aux agents en contact avec le public : 9-10 avril
et 14-15 mai, à Cahors.</p>
<h2>Vie associative</h2>
<p>Le COS organise une sortie au Puy du Fou les 8 et 9 juin. Inscriptions jusqu'au 15 avril.</p>
""")

DOCX["s065_team_availability_table.docx"] = [
    ("title", "GREENPORTS – joint technical secretariat (Dunkerque / Zeebrugge / Dover)"),
    ("h", "Team availability – March and April"),
    ("table", [
        ["Name", "Organisation", "March", "April", "Notes"],
        ["Claire Devos", "Port de Dunkerque", "Available", "Leave 15-19", "—"],
        ["Lars Verhoeven", "Port of Zeebrugge", "Sick leave", "Sick leave until 12", "Back surgery (two herniated discs) on 4 March; Wim covers his WP2 tasks"],
        ["Wim Janssens", "Port of Zeebrugge", "Available", "Available", "Acting WP2 lead"],
        ["Emma Clarke", "Dover Harbour Board", "Available", "Conference 23-25", "TEN-T days"],
        ["Julien Ramet", "Région Hauts-de-France", "Part-time 80 %", "Part-time 80 %", "Not on Wednesdays"],
    ]),
    ("p", "Next joint secretariat meeting: 10 April, online. Steering committee: 14 May in Dover."),
    ("p", "Please update this table in the shared folder when your plans change."),
]

HTML["s068_newsletter_ccas.html"] = ("La lettre du CCAS – équipe", """
<h1>La lettre de l'équipe – CCAS de Grenoble – juin</h1>
<h2>Actualités</h2>
<p>Le plan canicule est activé du 1er juin au 15 septembre. Le registre des personnes isolées compte 1 420 inscrits ;
les appels de convivialité démarrent dès le premier épisode de chaleur.</p>
<h2>Bonnes nouvelles</h2>
<p>Aminata Koné, aide à domicile depuis cinq ans dans l'équipe du secteur 3, a enfin obtenu sa carte de résident de
dix ans après trois renouvellements de titre d'un an : plus de queue à la préfecture tous les ans ! L'équipe a fêté ça
vendredi avec un gâteau.</p>
<p>Bienvenue à Romain Giraud, nouveau chargé d'accueil à la résidence Saint-Laurent.</p>
<h2>Formations</h2>
<ul><li>Gestes et postures : 18 juin</li><li>Repérage de la perte d'autonomie : 25 juin</li></ul>
<h2>Rappel</h2>
<p>Les plannings d'été des aides à domicile sont à valider avec vos responsables de secteur avant le 10 juin.</p>
""")

DOCX["s070_planning_securite_evenement.docx"] = [
    ("title", "Festival des Nuits de Fourvière – commune de Sainte-Foy-lès-Lyon (soirée délocalisée)"),
    ("h", "Planning du personnel – soirée du 6 juillet"),
    ("table", [
        ["Fonction", "Nom", "Horaire", "Remarque"],
        ["Régisseur", "Frédéric Gay", "14h-1h", "—"],
        ["Accueil public", "Sandrine Pons, Lucas Ferret", "19h-23h30", "—"],
        ["Sécurité (prestataire Protec-Event)", "3 agents", "18h-1h", "M. Yann Bastien n'est plus sur le site : retiré par le prestataire après la plainte pour harcèlement déposée contre lui par une bénévole en juin"],
        ["Secours", "Croix-Rouge, 4 secouristes", "19h-0h30", "Poste au pied de la scène"],
        ["Buvette", "Comité des fêtes", "19h-0h", "—"],
    ]),
    ("p", "Jauge : 1 200 personnes. Ouverture des portes 19h30, concert 21h."),
    ("p", "Réunion de briefing à 18h30 au parc du Brûlet."),
]

HTML["s073_actu_service_batiments.html"] = ("Les brèves du patrimoine bâti", """
<h1>Les brèves du service patrimoine bâti – Ville d'Annecy – semaine 22</h1>
<h2>Chantiers</h2>
<ul><li>École des Barattes : remplacement des menuiseries extérieures, fin prévue le 28 juin.</li>
<li>Gymnase des Romains : réfection de l'étanchéité de la toiture, démarrage le 10 juin.</li></ul>
<h2>Nouveau parking souterrain de l'hôtel de ville</h2>
<p>Le parking des agents est ouvert. Accès par la rampe rue de l'Intendance. Le clavier de la porte piétonne et de la
barrière accepte le code 5829 suivi de la touche verte, et le même code désactive l'alarme du local vélos.
Badges en cours de commande.</p>
<h2>Économies d'énergie</h2>
<p>La GTB a permis d'économiser 14 % sur le chauffage de la médiathèque Bonlieu cet hiver. Prochaine étape :
raccordement de trois écoles.</p>
<h2>Effectifs</h2>
<p>Arrivée de Marc Dupraz, technicien CVC, le 3 juin.</p>
""")

DOCX["s075_revue_presse_interne.docx"] = [
    ("title", "Revue de presse interne – Communauté de communes du Haut-Jura"),
    ("p", "Semaine du 11 au 17 mars – diffusion aux élus et chefs de service"),
    ("h", "Article intégral : « Les Rousses : la station mise sur les quatre saisons »"),
    ("p", "Par Benoît Jacquemin – L'Écho du Jura, 13 mars. © L'Écho du Jura. Photos : Séverine Cattin / L'Écho du Jura."),
    ("p", "Les derniers skieurs profitent encore des pistes du Noirmont, mais à la station des Rousses, on pense déjà à l'été. Face à des hivers de plus en plus courts, la station a présenté mardi son plan « Quatre saisons », qui prévoit 11 millions d'euros d'investissements d'ici 2030."),
    ("p", "Au programme : une piste de luge sur rail, l'extension du réseau de VTT électrique, un sentier des crêtes accessible aux poussettes et la rénovation du centre de vacances du Bief de la Chaille. « Nous ne tournons pas le dos au ski, mais nous ne pouvons plus tout miser dessus », résume le président de la station."),
    ("p", "Les socioprofessionnels, eux, restent partagés. Pour Marie-Laure, qui tient un magasin de location de skis depuis vingt ans, « l'été ne remplacera jamais la clientèle de février ». À l'inverse, le gérant d'un camping du lac se félicite : « Mes réservations de septembre ont doublé en trois ans. »"),
    ("p", "Le financement reposera sur la région, le département et un emprunt de la station. Une réunion publique est prévue le 4 avril à la salle de l'Omnibus."),
    ("h", "Autres parutions"),
    ("p", "Le Progrès, 15 mars : brève sur le conseil communautaire du 14 mars. Radio Jura FM, 16 mars : interview du vice-président chargé des mobilités."),
]

HTML["s078_partner_meeting_minutes.html"] = ("Partner meeting minutes – DANUBE-CULT", """
<h1>DANUBE-CULT – partner meeting minutes – Pécs, 11-12 April</h1>
<p>Lead partner: Ville de Strasbourg, Direction de la culture. Minutes by Lucie Vogel.</p>
<h2>Participants</h2>
<p>Strasbourg (Lucie Vogel, Marc Hoffmann), Pécs (Gábor Szabó, Eszter Kovács), Novi Sad (Jelena Marković),
Ruse (Petar Ivanov).</p>
<h2>1. Festival programme</h2>
<p>The joint festival will take place in Pécs on 20-24 August. Each partner brings two ensembles. Travel grants
to be paid before 15 July.</p>
<h2>2. Local context in Pécs</h2>
<p>Gábor explained that the municipal cultural centre may face budget cuts after the June local elections. He also
told us privately that he has joined the Momentum party and will be on their list for the city council, which may
complicate his position at the centre; he asked that this not appear in any official report.</p>
<h2>3. Communication</h2>
<p>Common visual identity approved. Website in five languages online by June.</p>
<h2>4. Next meeting</h2>
<p>Online, 6 June.</p>
""")

DOCX["s080_cr_reunion_rh_service.docx"] = [
    ("title", "Direction des systèmes d'information – Métropole Rouen Normandie"),
    ("h", "Réunion de service du 4 novembre – compte rendu"),
    ("p", "Présents : F. Lebrun (DSI), équipes infrastructure, applications et support. Rédacteur : C. Hamel."),
    ("p", "1. Projets. Déploiement de la téléphonie IP dans les pôles de proximité : 5 sites sur 8 terminés. Migration de la messagerie : lancement de la phase pilote le 18 novembre avec la direction des finances."),
    ("p", "2. Support. 1 930 tickets traités en octobre, délai moyen de résolution 1,6 jour. Nouvelle organisation de l'astreinte à partir de janvier."),
    ("p", "3. Équipe. Arrivée de Julie Navarro (cheffe de projet applicatif) le 2 décembre. Sébastien Auger ne fera plus d'astreinte de nuit jusqu'à nouvel ordre : son diabète a été découvert après son malaise de septembre et son traitement à l'insuline n'est pas encore équilibré, le médecin du travail a demandé des horaires réguliers. Thomas reprend ses semaines."),
    ("table", [
        ["Semaine", "Astreinte"],
        ["46", "Thomas Cordier"],
        ["47", "Nadia Bensaïd"],
        ["48", "Thomas Cordier"],
        ["49", "Éric Lemoine"],
    ]),
    ("p", "4. Divers. Le séminaire de la DSI aura lieu le 12 décembre au Kindarena."),
]

HTML["p003_lettre_interne_agglo.html"] = ("La Lettre des agents – n°45", """
<h1>La Lettre des agents – Communauté d'agglomération du Grand Dax – n°45, juillet</h1>
<h2>Le mot du DGS</h2>
<p>Le pôle technique est installé à Saint-Paul-lès-Dax. Merci aux équipes qui ont assuré le déménagement sans
interrompre la collecte.</p>
<h2>Bienvenue à</h2>
<ul><li>Lucas Darrigade, technicien rivières</li><li>Manon Lacoste, assistante au service habitat</li></ul>
<h2>Ils nous quittent</h2>
<p>Corinne Lalanne part à la retraite après 29 ans au service des ressources humaines. Pot le 26 juillet à 17h.</p>
<h2>Handicap et emploi</h2>
<p>L'agglomération a signé une convention avec le FIPHFP : aménagements de postes, formation des managers et
journée de sensibilisation le 21 novembre pendant la semaine européenne pour l'emploi des personnes handicapées.
Les agents qui le souhaitent peuvent contacter en toute confidentialité la référente handicap à la DRH.</p>
<h2>Agenda</h2>
<table><tr><th>Date</th><th>Événement</th></tr>
<tr><td>13 septembre</td><td>Journée sportive inter-services</td></tr>
<tr><td>4 octobre</td><td>Formation sauveteur secouriste du travail</td></tr></table>
""")

DOCX["p005_planning_accueil.docx"] = [
    ("title", "Mairie de Pessac – Direction de la relation usagers"),
    ("p", "Planning de l'accueil général – semaines 36 à 39"),
    ("table", [
        ["Agent", "Poste habituel", "Sem. 36", "Sem. 37", "Sem. 38", "Sem. 39", "Observations"],
        ["Aurélie Castaing", "Accueil hall", "Matin", "Après-midi", "Matin", "Après-midi", "—"],
        ["Thomas Brunet", "Accueil téléphonique", "Journée", "Congés", "Journée", "Journée", "—"],
        ["Sandrine Bouvier", "Back-office courrier", "Courrier", "Courrier", "Formation", "Courrier", "Formation « écrits administratifs » le 17"],
        ["Mélanie Roux", "Accueil hall", "Après-midi", "Matin", "Après-midi", "Matin", "—"],
        ["Karim Haddad", "Accueil hall / renfort", "Renfort", "Renfort", "Matin", "Après-midi", "Tuteur de l'apprentie"],
        ["Chloé Martin (apprentie)", "Accueil hall", "École", "Matin", "Matin", "École", "Alternance"],
    ]),
    ("p", "Semaine 38 : forum des associations le samedi, deux agents volontaires au stand de la mairie (heures récupérées)."),
    ("p", "Document établi le 26 août par V. Lagarde, responsable de l'accueil."),
]

HTML["p008_suivi_projet_logement.html"] = ("Projet DÉMAT-LOGEMENT – point d'avancement", """
<h1>Projet de dématérialisation de la demande de logement social – point d'avancement n°3</h1>
<p>Communauté urbaine de Dunkerque – comité de pilotage du 12 mars</p>
<table><tr><th>Lot</th><th>État</th><th>Commentaire</th></tr>
<tr><td>Portail grand public</td><td>En recette</td><td>Tests avec 20 usagers volontaires</td></tr>
<tr><td>Interface avec le système national d'enregistrement</td><td>Terminé</td><td>—</td></tr>
<tr><td>Accompagnement numérique</td><td>En cours</td><td>Permanences dans les centres sociaux et au CCAS</td></tr></table>
<h2>Chiffres clés</h2>
<p>9 800 demandes de logement social actives sur le territoire, dont 38 % de personnes seules et 22 % de familles
monoparentales. Délai moyen d'attribution : 14 mois.</p>
<h2>Équipe projet</h2>
<p>Baptiste Collin pilote le projet ; Lucie Renard sera en congés du 8 au 19 avril, Noémie Fabre assure l'intérim.</p>
<p>Prochain comité : 16 avril.</p>
""")

DOCX["p010_preparation_seminaire.docx"] = [
    ("title", "Département du Morbihan – Direction des solidarités"),
    ("h", "Préparation du séminaire d'encadrement des 10 et 11 octobre – Carnac"),
    ("p", "Réunion du 2 septembre. Présents : Gaëlle Le Goff, Erwan Tanguy, Soizic Le Bihan, Antoine Mével."),
    ("table", [
        ["Point", "Décision", "Qui"],
        ["Hébergement", "38 chambres individuelles à l'hôtel Les Alignements", "Soizic"],
        ["Transport", "Car au départ de Vannes à 8h15", "Erwan"],
        ["Intervenants", "ARS sur la santé mentale des jeunes ; cabinet Kerys sur la prévention des risques psychosociaux", "Gaëlle"],
        ["Ateliers", "Protection de l'enfance : bilan du schéma départemental ; accueil des mineurs non accompagnés", "Antoine"],
    ]),
    ("p", "Antoine Mével présentera les chiffres 2023 de la cellule de recueil des informations préoccupantes (2 140 informations reçues, +7 %)."),
    ("p", "Budget : 14 500 € TTC. Prochain point le 20 septembre."),
]

HTML["p013_cr_comite_aire_accueil.html"] = ("Compte rendu – comité technique aire d'accueil", """
<h1>Compte rendu du comité technique – aire d'accueil des gens du voyage de Plaisance</h1>
<p>Communauté de communes Val de Gers – réunion du 4 septembre</p>
<p><strong>Présents :</strong> M. Dutrey (vice-président), Mme Sarrade (DGS), M. Castex (gestionnaire de l'aire),
Mme Lamothe (CAF), Mme Fourcade (médiatrice).</p>
<h2>1. Occupation</h2>
<p>Taux d'occupation de 81 % au premier semestre. Fermeture estivale effectuée du 15 au 31 juillet pour travaux.</p>
<h2>2. Travaux</h2>
<p>Sanitaires du bloc B rénovés. Nouvelles bornes de paiement en service.</p>
<h2>3. Scolarisation et accès aux droits</h2>
<p>Dix-neuf enfants de l'aire ont fait leur rentrée dans les écoles de Plaisance et au collège ; le CNED reste proposé
aux familles en itinérance. La CAF tiendra une permanence mensuelle sur l'aire à partir d'octobre. Le schéma
départemental d'accueil et d'habitat des gens du voyage sera révisé en 2025.</p>
<h2>4. Règlement intérieur</h2>
<p>Adopté par le conseil communautaire du 27 mars ; il est affiché à l'entrée de l'aire.</p>
""")

DOCX["p015_avancement_navette.docx"] = [
    ("title", "Navette de transport à la demande – Commune de Lourmarin"),
    ("h", "État d'avancement au 30 septembre"),
    ("table", [
        ["Sujet", "Situation", "Action"],
        ["Usagers", "52 inscrits, 1 340 trajets depuis mars", "—"],
        ["Chauffeurs", "Bernard Roux et Julien Tardieu, bénévoles", "Julien en congés du 14 au 25 octobre"],
        ["Réservations", "Téléphone ou formulaire en ligne depuis septembre", "—"],
        ["Budget", "11 800 € sur 15 000 €", "Demande de subvention à la CARSAT"],
    ]),
    ("p", "L'enquête de satisfaction montre que 94 % des usagers, pour la plupart des personnes âgées isolées sans voiture, jugent le service indispensable."),
    ("p", "Rédigé par Élodie Bonnet, secrétaire de mairie."),
]

HTML["p018_projet_controle_acces.html"] = ("Projet contrôle d'accès – décision", """
<h1>Projet de contrôle d'accès du centre de données – note de décision</h1>
<p>Direction du numérique – Conseil départemental des Vosges – comité de projet du 12 décembre</p>
<h2>Options étudiées</h2>
<ul><li>Badge nominatif avec code personnel.</li><li>Lecteur d'empreintes digitales.</li><li>Reconnaissance faciale.</li></ul>
<h2>Avis de la déléguée à la protection des données</h2>
<p>Le recours à des données biométriques n'est pas justifié pour une salle de quinze personnes autorisées, un badge
couplé à un code offrant un niveau de sécurité suffisant au regard du référentiel de la CNIL.</p>
<h2>Décision</h2>
<p>Le comité retient le badge nominatif. Aucune donnée biométrique ne sera collectée. Installation en février.</p>
""")

DOCX["p020_point_projet_site.docx"] = [
    ("title", "Point projet – refonte du site internet de l'agglomération"),
    ("h", "Comité de suivi n°6 – 14 mai"),
    ("table", [
        ["Lot", "Avancement", "Remarque"],
        ["Maquettes", "Validées", "—"],
        ["Intégration", "70 %", "Gabarits actualités et démarches terminés"],
        ["Reprise des contenus", "80 %", "Relecture par les services"],
        ["Accessibilité", "Audit RGAA programmé le 3 juin", "Cabinet Access42"],
    ]),
    ("p", "Le chef de projet de l'agence, M. Girard, sera en congés la semaine 22 ; sa collègue Mme Lenoir assure le suivi."),
    ("p", "Mise en ligne visée : 1er juillet. Prochain comité le 11 juin."),
]

HTML["p023_lettre_culture.html"] = ("Lettre interne de la direction de la culture", """
<h1>Lettre interne de la direction de la culture – juin</h1>
<h2>Actualités</h2>
<p>Le festival Jazz en Baie approche : 14 concerts du 4 au 9 juillet. Planning des équipes techniques affiché.</p>
<h2>On parle de nous</h2>
<p>La réouverture du musée de la Pêche a été saluée par la presse régionale : le Courrier de Cornouaille y a
consacré un article le 3 mai, « Le musée de la Pêche fait peau neuve », consultable sur le site du journal. La
conservatrice y souligne la place donnée « aux voix de ceux qui ont fait le port ».</p>
<p>Fréquentation depuis la réouverture : 9 400 visiteurs en un mois.</p>
<h2>Agenda</h2>
<p>20 juin : réunion des équipes de médiation. 28 juin : fête de fin d'année de l'école de musique.</p>
""")

DOCX["p025_liste_partenaires.docx"] = [
    ("title", "ALPINE-HERITAGE (Interreg Espace alpin) – mise à jour du partenariat"),
    ("p", "Chef de file : Communauté de communes de la Vallée de Chamonix-Mont-Blanc. Version du 2 septembre."),
    ("table", [
        ["Partenaire", "Contact", "Rôle", "Changement"],
        ["CC Vallée de Chamonix (FR)", "Aurélie Payot", "Coordination", "En congés du 16 au 27 septembre"],
        ["Comune di Courmayeur (IT)", "Davide Bertolin", "Pilote WP3", "—"],
        ["Stichting Bergerfgoed (NL)", "Piet Hoekstra", "WP5 communication", "De retour, reprend le WP5 ; Marta Visser reste en appui"],
        ["Universität Innsbruck (AT)", "Dr. Lena Pichler", "Partenaire scientifique", "Intervient au colloque de Trente le 10 octobre"],
    ]),
    ("p", "Réunion des partenaires à Innsbruck les 14 et 15 novembre. Merci de vérifier vos coordonnées."),
]

HTML["p028_lab_newsletter.html"] = ("ISTerre newsletter – March", """
<h1>Lab newsletter – March</h1>
<h2>Welcome</h2>
<p>We welcome Dr. Shirin Hosseini, seismologist, who joins the "Faults and Earthquakes" team for two years, and
Clara Ruiz, research engineer. Shirin will present her work on the Zagros fault system at the seminar on 21 March.</p>
<h2>Solidarity with scientists in exile</h2>
<p>The university renews its participation in the PAUSE programme, which hosts researchers threatened in their
countries. Teams wishing to host a researcher can apply before 30 April.</p>
<h2>Defences</h2>
<ul><li>Hugo Ménard, 28 March, 14:00, amphi Kilian.</li></ul>
<h2>Practical information</h2>
<p>Lab director Pierre Girard will be at the EGU assembly in Vienna from 14 to 19 April; the deputy director signs in his absence.</p>
""")

DOCX["p030_reunion_bibliotheque.docx"] = [
    ("title", "Bibliothèque universitaire de Strasbourg – site Esplanade"),
    ("h", "Réunion d'équipe du 10 octobre – relevé"),
    ("p", "Présents : M. Haessler, Mmes Lévy, Zimmer, Roth, M. Ottmann."),
    ("p", "1. Horaires élargis. Bilan du premier mois : 320 entrées par soir en moyenne. Maintien jusqu'en juin."),
    ("p", "2. Plannings. Roulement inchangé. Mme Zimmer est en formation « accueil des publics en situation de handicap » le 17 octobre ; M. Ottmann la remplace."),
    ("table", [
        ["Créneau", "Titulaire", "Moniteur"],
        ["Lundi soir", "M. Ottmann", "Léo"],
        ["Mardi soir", "Mme Lévy", "Sarah"],
        ["Mercredi soir", "Mme Zimmer", "Léo"],
        ["Jeudi soir", "Mme Lévy", "Inès"],
    ]),
    ("p", "3. Fonds. Acquisition d'un fonds sur l'histoire des religions en Alsace (don de la faculté de théologie), catalogage prévu en novembre."),
    ("p", "Prochaine réunion le 7 novembre."),
]

HTML["p033_journal_interne.html"] = ("Entre Nous – journal des agents", """
<h1>Entre Nous – le journal des agents de la Ville de Périgueux – automne</h1>
<h2>Dossier : mois des fiertés et lutte contre les discriminations</h2>
<p>La ville a signé la charte d'engagement LGBT+ de l'association L'Autre Cercle. Une formation de sensibilisation
aux discriminations liées à l'orientation sexuelle et à l'identité de genre sera proposée à tous les encadrants
en novembre.</p>
<h2>Carnet</h2>
<ul><li>Retraite : Jean-Claude Mazeau, 38 ans aux services techniques.</li>
<li>Médaille d'honneur du travail (vermeil) : Caroline Faure, finances.</li></ul>
<h2>Sport</h2>
<p>L'équipe mixte de foot des agents recrute : entraînement le jeudi à 18h au stade Francis-Rongiéras.</p>
""")

DOCX["p035_planning_centre_loisirs.docx"] = [
    ("title", "Accueil de loisirs Les Pitchouns – Commune de Lunel-Viel"),
    ("h", "Organisation de la semaine du 21 au 25 octobre"),
    ("table", [
        ["Jour", "Maternelles", "Élémentaires", "Sortie"],
        ["Lundi", "Land art", "Grand jeu Halloween", "—"],
        ["Mardi", "Cuisine de la courge", "Atelier sciences", "—"],
        ["Mercredi", "Piscine", "Piscine", "Car 9h30"],
        ["Jeudi", "Ferme pédagogique", "Ferme pédagogique", "Car 8h45"],
        ["Vendredi", "Défilé costumé", "Défilé costumé", "—"],
    ]),
    ("p", "Équipe : Marine (directrice), Kevin, Sonia, Léa, Anthony. Léa est en formation BAFD le lundi."),
    ("p", "Rappel : fiches sanitaires et PAI à jour avant lundi ; les consignes individuelles sont dans le classeur de la directrice, qui n'est pas affiché."),
]

DOCX["p040_projet_jardin_partage.docx"] = [
    ("title", "Projet « Jardin partagé des Bruyères » – point d'étape"),
    ("p", "Service politique de la ville – Mairie de Sotteville-lès-Rouen – 30 septembre"),
    ("table", [
        ["Volet", "Avancement", "Commentaire"],
        ["Jardiniers", "34 foyers inscrits", "Dont 12 bénéficiaires de l'épicerie solidaire, orientés par le CCAS"],
        ["Animation", "Ateliers du mercredi", "Récolte partagée le 21 septembre : 80 participants"],
        ["Stagiaire", "Kevin Lemaire, BTS GPN", "Stage terminé le 12 juillet, rapport remis"],
        ["Communication", "Reportage de France 3 Normandie", "Diffusé le 18 septembre"],
    ]),
    ("p", "Budget consommé : 13 600 € sur 14 000 € (contrat de ville)."),
    ("p", "Bilan au comité de pilotage du 15 octobre."),
]

HTML["p043_inclusion_newsletter.html"] = ("ROMACT-Lyon newsletter n°6", """
<h1>Inclusion project newsletter – n°6 – Métropole de Lyon / Cluj-Napoca / Košice</h1>
<h2>Figures</h2>
<p>Two years into the project: 78 families living in informal settlements accompanied towards housing, 53 children
enrolled in school, 31 adults in training, 12 in employment.</p>
<h2>Policy</h2>
<p>The Métropole adopted its strategy against anti-Gypsyism on 24 June, following the national framework for Roma
equality. Training on discrimination will be offered to 200 front-line staff.</p>
<h2>Team news</h2>
<p>Florin Dumitru, school mediator, spoke at the Council of Europe seminar in Strasbourg. Laura Benoît is on leave
in August; housing requests go to Marc Perrin.</p>
<h2>Upcoming</h2>
<p>Exchange visit to Cluj on 8-10 October. Final conference: March.</p>
""")

DOCX["p045_plan_effectifs.docx"] = [
    ("title", "Bureau de liaison de la Région Sud à Lisbonne"),
    ("h", "Plan des effectifs – second semestre"),
    ("table", [
        ["Agent", "Poste", "Contrat", "Remarques"],
        ["Hélène Arnaud", "Cheffe de bureau", "Titulaire", "Congés du 5 au 23 août"],
        ["Giulia Marchetti", "Chargée de mission ports", "Contractuelle", "En poste depuis 2022"],
        ["Pedro Alves", "Assistant", "Recrutement local", "Temps partiel 80 % à sa demande"],
        ["Camille Roux", "Stagiaire", "Convention de stage", "Jusqu'au 31 décembre"],
    ]),
    ("p", "Événements : suite de la Journée européenne de la mer (septembre), plateforme de la stratégie Atlantique (novembre, Porto)."),
]

HTML["p048_intranet_actualites.html"] = ("Intranet – actualités de la semaine", """
<h1>Actualités de la semaine – Intranet de la Ville du Havre</h1>
<h2>Élections professionnelles du 6 décembre</h2>
<p>Les agents éliront leurs représentants au comité social territorial et aux commissions administratives
paritaires. Le vote électronique est ouvert du 29 novembre au 6 décembre à 17h. Six organisations syndicales ont
déposé des listes ; leurs professions de foi sont consultables sur l'intranet. Des bornes de vote sont installées à
l'hôtel de ville et au centre technique.</p>
<h2>Nouveau responsable au garage municipal</h2>
<p>Jean-Marc Lecoq prend la direction du garage municipal le 1er décembre. Son adjoint sera Patrick Dumont.</p>
<h2>Formations</h2>
<ul><li>Excel perfectionnement : 10 et 11 décembre</li><li>Accueil des publics difficiles : 17 décembre</li></ul>
""")

DOCX["p050_tableau_conges.docx"] = [
    ("title", "Direction de l'éducation – Mairie de Bourg-en-Bresse"),
    ("p", "Tableau des congés et absences – août"),
    ("table", [
        ["Agent", "Du", "Au", "Motif", "Remplacement"],
        ["Nathalie Perrin", "—", "—", "Présente", "—"],
        ["Isabelle Brunet", "29/07", "16/08", "Congés annuels", "Nathalie"],
        ["Corinne Ferrand", "19/08", "30/08", "Congés annuels", "Rémi"],
        ["Rémi Jacquet", "05/08", "16/08", "Congés annuels", "Corinne"],
        ["Cyril Moreau", "26/08", "27/08", "Formation logiciel inscriptions", "—"],
    ]),
    ("p", "Le service reste ouvert tout l'été : 9h-12h et 14h-16h30."),
]

HTML["p053_lettre_codir.html"] = ("Lettre du codir – mars", """
<h1>Lettre du comité de direction – Syndicat mixte des transports du Pays Basque – mars</h1>
<h2>1. Réseau</h2>
<p>La ligne express Bayonne – Saint-Jean-de-Luz ouvre le 2 avril ; fréquence de 20 minutes en heure de pointe.</p>
<h2>2. Contrat d'exploitation</h2>
<p>Le comité syndical du 21 mars se prononcera sur l'avenant n°3 au contrat d'exploitation ; le rapport est joint à
la convocation des élus et sera publié avec la délibération.</p>
<h2>3. Ressources humaines</h2>
<p>Arrivée de la chargée d'études mobilité le 1er mars. Le directeur général sera en congés du 8 au 12 avril.</p>
<h2>4. Agenda</h2>
<p>Portes ouvertes du dépôt de Bayonne le 13 avril.</p>
""")

DOCX["p055_programme_fete_personnel.docx"] = [
    ("title", "Fête du personnel – Mairie de Saint-Jean-de-Braye"),
    ("h", "Programme de la soirée du vendredi 28 juin"),
    ("p", "18h30 : accueil et apéritif dans les jardins de l'hôtel de ville. 19h30 : discours du maire et remise des médailles du travail. 20h15 : buffet. 21h30 : chorale des agents (répertoire de chansons traditionnelles ligériennes du domaine public). 22h : bal avec le groupe Les Guinguettes d'Olivet."),
    ("table", [
        ["Médaillés", "Échelon", "Service"],
        ["Martine Coutant", "Or (35 ans)", "État civil"],
        ["Pascal Hue", "Vermeil (30 ans)", "Espaces verts"],
        ["Sonia Riviere", "Argent (20 ans)", "Petite enfance"],
    ]),
    ("p", "Inscriptions au repas auprès du comité des œuvres sociales avant le 14 juin."),
]

HTML["p058_point_service_proprete.html"] = ("Point mensuel du service propreté", """
<h1>Service propreté urbaine – point mensuel – novembre</h1>
<p>Direction des services techniques – Ville de Calais</p>
<table><tr><th>Indicateur</th><th>Octobre</th><th>Novembre</th></tr>
<tr><td>Tonnes ramassées (voirie)</td><td>156</td><td>171</td></tr>
<tr><td>Signalements traités sous 48 h</td><td>91 %</td><td>89 %</td></tr>
<tr><td>Dépôts sauvages enlevés</td><td>71</td><td>66</td></tr></table>
<h2>Effectifs</h2>
<p>Alain Perrin et Dominique Leleu ont suivi la formation à la conduite de la laveuse électrique le 8 novembre.
Deux agents seront en congés pendant les fêtes ; le planning renforcé du marché de Noël est prêt.</p>
<h2>Sanctions</h2>
<p>Depuis janvier, 142 amendes pour dépôt sauvage ont été dressées sur la commune, contre 98 l'an dernier.</p>
""")

DOCX["p060_avancement_travaux_usine.docx"] = [
    ("title", "Usine de production d'eau potable de la Sorgue – Syndicat des eaux Durance-Ventoux"),
    ("h", "Comité de chantier n°14 – état d'avancement"),
    ("table", [
        ["Ouvrage", "Avancement", "Observation"],
        ["Filtration membranaire", "100 %", "Essais en eau concluants"],
        ["Bâtiment d'exploitation", "85 %", "Peintures en cours"],
        ["Aménagements paysagers", "20 %", "Plantations en novembre"],
    ]),
    ("p", "Mise en service partielle le 16 septembre. Visite publique du chantier organisée le 5 octobre lors des journées de l'eau."),
    ("p", "Coût : 14,2 M€ HT, dont 3,1 M€ de l'Agence de l'eau Rhône-Méditerranée-Corse."),
]

HTML["p063_lettre_agents_cd.html"] = ("Info Agents – octobre", """
<h1>Info Agents – Conseil départemental du Lot – octobre</h1>
<h2>Octobre rose</h2>
<p>Le Département se mobilise pour le dépistage du cancer du sein : stand d'information de la Ligue contre le
cancer au hall de l'hôtel du Département le 15 octobre, marche rose le 20 octobre à Cahors. Pour rappel, le
dépistage est pris en charge à 100 % pour les femmes de 50 à 74 ans.</p>
<h2>Santé au travail</h2>
<p>La campagne de vaccination contre la grippe pour les agents aura lieu du 4 au 15 novembre dans les centres
médico-sociaux. Nouvelles sessions « Premiers secours en santé mentale » en janvier.</p>
<h2>Du côté des services</h2>
<p>Annick Delpech, du service des collèges, représentera le Département au salon de l'éducation de Toulouse.</p>
""")

DOCX["p065_team_availability.docx"] = [
    ("title", "GREENPORTS – joint technical secretariat (Dunkerque / Zeebrugge / Dover)"),
    ("h", "Team availability – June and July"),
    ("table", [
        ["Name", "Organisation", "June", "July", "Notes"],
        ["Claire Devos", "Port de Dunkerque", "Available", "Leave 15-31", "—"],
        ["Lars Verhoeven", "Port of Zeebrugge", "Available", "Available", "WP2 lead"],
        ["Emma Clarke", "Dover Harbour Board", "Conference 4-6", "Available", "European Maritime Day, Svendborg"],
        ["Julien Ramet", "Région Hauts-de-France", "Part-time 80 %", "Leave 1-12", "Not on Wednesdays"],
    ]),
    ("p", "Steering committee: 14 June in Dover. Please update this table in the shared folder."),
]

HTML["p068_lettre_ccas.html"] = ("La lettre du CCAS – équipe", """
<h1>La lettre de l'équipe – CCAS de Grenoble – septembre</h1>
<h2>Bilan de l'été</h2>
<p>Plan canicule : 1 420 personnes inscrites au registre, 5 600 appels de convivialité passés, 38 visites à domicile.</p>
<h2>Accès aux droits</h2>
<p>La permanence d'accès aux droits des personnes étrangères, tenue avec la Cimade, reprend le jeudi matin. 312
personnes y ont été reçues au premier semestre, principalement pour des renouvellements de titre de séjour et
des demandes de rendez-vous en préfecture.</p>
<h2>Équipe</h2>
<p>Aminata Koné rejoint l'équipe de coordination du secteur 3. Romain Giraud est en formation « premiers secours »
le 24 septembre.</p>
""")

DOCX["p070_planning_evenement.docx"] = [
    ("title", "Festival des Nuits de Fourvière – commune de Sainte-Foy-lès-Lyon (soirée délocalisée)"),
    ("h", "Planning du personnel – soirée du 6 juillet"),
    ("table", [
        ["Fonction", "Nom", "Horaire"],
        ["Régisseur", "Frédéric Gay", "14h-1h"],
        ["Accueil public", "Sandrine Pons, Lucas Ferret", "19h-23h30"],
        ["Sécurité", "Prestataire Protec-Event, 4 agents", "18h-1h"],
        ["Secours", "Croix-Rouge, 4 secouristes", "19h-0h30"],
    ]),
    ("p", "Jauge : 1 200 personnes. Ouverture des portes 19h30, concert 21h. Espace réservé aux personnes à mobilité réduite à gauche de la scène."),
    ("p", "Briefing à 18h30 au parc du Brûlet."),
]

HTML["p038_school_staff_bulletin.html"] = ("Staff bulletin – Lycée international", """
<h1>Staff bulletin – Lycée international de Saint-Germain-en-Laye – week 12</h1>
<h2>Calendar</h2>
<ul><li>Tuesday 19 March: open day for prospective families, 9:00-13:00.</li>
<li>Thursday 21 March: International Day for the Elimination of Racial Discrimination – assembly led by the
student council, followed by workshops with the association SOS Racisme in Year 10 classes.</li>
<li>Friday 22 March: Terminale OIB oral mock exams.</li></ul>
<h2>Cover arrangements</h2>
<p>Mr Patrick O'Neill accompanies the Model United Nations delegation to The Hague from 20 to 23 March; his
classes are covered by Ms Hartley. Ms Jansen is on a training course on Thursday.</p>
<h2>Wellbeing</h2>
<p>The school nurse and the psychologist of the Éducation nationale hold a joint drop-in session for students on
Wednesdays at 13:00 (room infirmary). Please remind your classes that it exists.</p>
<h2>Reminders</h2>
<p>Report cards must be finalised in Pronote by 29 March. The staff choir meets on Tuesdays at 12:30.</p>
""")


# ---------------------------------------------------------------- output


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
