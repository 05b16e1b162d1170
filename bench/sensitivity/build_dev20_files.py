"""Build the .docx and .html documents of the hand-written sensitivity set ``dev20``.

Theme: what citizens write to the administration and what it answers (e-mails, web forms, SMS and
chat transcripts, complaints, petitions, appeals, CADA requests, testimonies, replies and internal
forwarding notes). 150 documents, 75 sovereign (s001-s075) and 75 public (p076-p150); the .txt files
are written by hand in ``corpus/dev20``, this script writes the .docx and .html ones with stable bytes.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_dev20_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev20"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s046_ccas_commission_aides.docx"] = [
    ("title", "CCAS de Saint-Dizier — Commission permanente des aides facultatives"),
    ("p", "Séance du 15 janvier 2026 — relevé de décisions (document de travail des membres)"),
    ("table", [
        ["Dossier", "Demandeur", "Situation", "Demande", "Décision"],
        ["2026-004", "Mme Océane Thiriet", "Seule, 2 enfants, RSA majoré, impayé d'électricité 612 €", "Aide énergie", "Accord 400 €"],
        ["2026-007", "M. Ahmed Chaoui", "Retraité, ASPA, dette de loyer 1 950 €, procédure d'expulsion engagée", "Secours loyer", "Accord 600 € + orientation FSL"],
        ["2026-009", "M. et Mme Dias", "Couple, salaire au SMIC, surendettement (plan BdF en cours)", "Bons alimentaires", "Accord 4 x 50 €"],
        ["2026-011", "Mme Corinne Husson", "Sans ressources depuis fin ARE, hébergée chez sa sœur", "Aide frais de transport", "Ajourné (pièces manquantes)"],
    ]),
    ("p", "Les membres sont rappelés à la discrétion sur les situations examinées."),
    ("p", "La vice-présidente, Martine Collot"),
]

DOCX["s047_fiche_information_preoccupante.docx"] = [
    ("title", "Fiche de recueil d'information préoccupante"),
    ("p", "Transmise à la Cellule départementale de recueil des informations préoccupantes (CRIP) — Département de l'Aisne"),
    ("h", "Émetteur"),
    ("p", "Mme Virginie Lambert, assistante sociale scolaire, collège Jean-Mermoz, Saint-Quentin — à la suite d'un courriel de la mère d'une camarade de classe."),
    ("h", "Mineur concerné"),
    ("table", [
        ["Nom", "Prénom", "Né(e) le", "Classe"],
        ["DELCOURT", "Maëlys", "14/05/2012", "3e C"],
    ]),
    ("h", "Faits rapportés"),
    ("p", "Une mère d'élève nous a écrit que Maëlys dort régulièrement chez eux car « chez elle, le beau-père boit et crie, elle a peur de rentrer ». Maëlys a confirmé à l'infirmière des disputes violentes à la maison, l'absence de repas le soir et s'est scarifiée les avant-bras (plaies récentes constatées le 28/01)."),
    ("h", "Éléments de contexte"),
    ("p", "Absences répétées depuis novembre (19 demi-journées). Mère injoignable. Aucun suivi connu des services sociaux."),
    ("p", "Date : 29 janvier 2026 — Signature : V. Lambert"),
]

DOCX["s048_reponse_plainte_policier_municipal.docx"] = [
    ("title", "Ville de Perpignan — Cabinet du Maire"),
    ("p", "Réf. : CAB/PM/2026-031"),
    ("p", "Monsieur Alain Ruiz\n5 rue de la Fusterie\n66000 Perpignan"),
    ("p", "Objet : votre plainte relative à l'intervention du 11 décembre 2025"),
    ("p", "Monsieur,"),
    ("p", "Vous avez porté à ma connaissance les conditions dans lesquelles vous avez été verbalisé le 11 décembre, place Arago, et les propos tenus à votre égard."),
    ("p", "L'enquête administrative conduite par le directeur de la police municipale a confirmé que le brigadier-chef Cédric Moulinier a tenu des propos déplacés et n'a pas respecté la procédure de contrôle. Compte tenu de ces manquements et d'un précédent en 2024, une procédure disciplinaire a été engagée ; le conseil de discipline se réunira en mars. Dans l'attente, l'agent a été affecté à des missions sans contact avec le public."),
    ("p", "Le procès-verbal dressé a par ailleurs été classé par l'officier du ministère public."),
    ("p", "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées."),
    ("p", "Pour le Maire, la Directrice de cabinet, Laure Estève"),
]

DOCX["s049_attestation_voisin_violences.docx"] = [
    ("title", "Attestation de témoin (art. 202 du code de procédure civile)"),
    ("p", "Transmise au service médiation de la Ville de Roubaix à l'appui de la demande de relogement de Mme Kelly Vandamme."),
    ("table", [
        ["Nom", "Prénom", "Adresse", "Lien avec les parties"],
        ["DESMET", "Francine", "48 rue de Lannoy, Roubaix", "voisine de palier depuis 2015"],
    ]),
    ("p", "J'atteste que j'ai entendu à de nombreuses reprises des cris et des coups chez ma voisine, Mme Vandamme. M. Steeve Lecomte, son ancien concubin, a été condamné en juin dernier par le tribunal correctionnel de Lille pour violences conjugales ; il a interdiction de l'approcher mais il revient quand même dans l'immeuble, je l'ai vu le 4 et le 19 janvier devant sa porte. Les enfants ont peur, la petite pleure dans l'escalier."),
    ("p", "Je sais que la présente attestation est destinée à être produite en justice et qu'une fausse attestation m'expose à des sanctions pénales."),
    ("p", "Fait à Roubaix, le 22 janvier 2026 — F. Desmet"),
]

DOCX["s050_reponse_cada_resultats_genetiques.docx"] = [
    ("title", "Centre hospitalier universitaire de Rouen — Direction des usagers"),
    ("p", "Madame Céline Auber\n12 rue du Gros-Horloge\n76000 Rouen"),
    ("p", "Objet : votre demande de communication de documents médicaux du 6 janvier 2026"),
    ("p", "Madame,"),
    ("p", "Vous avez sollicité la communication de l'intégralité de votre dossier de consultation d'oncogénétique. Vous trouverez ci-joint, sous pli confidentiel :"),
    ("table", [
        ["Pièce", "Date"],
        ["Compte rendu de consultation d'oncogénétique (Dr Hamel)", "14/03/2025"],
        ["Résultat d'analyse moléculaire : variant pathogène du gène BRCA2 (c.5946del) identifié à l'état hétérozygote", "02/06/2025"],
        ["Courrier de restitution et conseil pour l'information de la parentèle", "20/06/2025"],
    ]),
    ("p", "Nous vous rappelons que le médecin généticien reste à votre disposition pour vous aider à informer les membres de votre famille potentiellement concernés, ainsi que pour organiser le suivi mammaire renforcé."),
    ("p", "La chargée des relations avec les usagers, Anne-Sophie Vautier"),
]

DOCX["s051_soutien_regularisation_famille.docx"] = [
    ("title", "Lettre de soutien — famille Ahmadi"),
    ("p", "À l'attention de Monsieur le Préfet de la Haute-Garonne, par l'intermédiaire du Maire de Colomiers"),
    ("p", "Nous, parents d'élèves et enseignants de l'école élémentaire Jules-Verne, souhaitons apporter notre soutien à la famille Ahmadi, arrivée d'Afghanistan en 2021. Après le rejet de leur demande d'asile par la CNDA en 2023, M. et Mme Ahmadi vivent sans titre de séjour, dans la crainte d'un contrôle. Leurs trois enfants, Parwana, Sohrab et Nilofar, sont scolarisés ici depuis quatre ans et parlent parfaitement français."),
    ("p", "M. Ahmadi a une promesse d'embauche comme plaquiste (entreprise Garonne Bâtiment). Nous demandons l'examen bienveillant de leur demande d'admission exceptionnelle au séjour déposée le 3 novembre."),
    ("table", [
        ["Nom", "Qualité", "Signature"],
        ["Sylvie Cazeneuve", "Directrice de l'école", "signé"],
        ["Olivier Pujol", "Représentant des parents (FCPE)", "signé"],
        ["Aïcha Mendy", "Mère d'élève", "signé"],
        ["+ 112 signatures", "voir liste jointe", ""],
    ]),
]

DOCX["s052_bordereau_diffusion_restreinte.docx"] = [
    ("title", "BORDEREAU D'ENVOI — DIFFUSION RESTREINTE"),
    ("p", "Direction départementale de la sécurité publique de l'Isère — État-major"),
    ("table", [
        ["Désignation des pièces", "Nombre", "Observations"],
        ["Copie de la pétition « Rendez-nous le parc Mistral » (412 signatures)", "1", "Pour information"],
        ["Courriel du collectif d'habitants du 30/01/2026", "1", "Demande d'entretien"],
        ["Fiche de synthèse sur les rassemblements prévus en février", "1", "Ne pas reproduire"],
    ]),
    ("p", "Destinataire : Cabinet du préfet de l'Isère."),
    ("p", "Mention de protection : Diffusion restreinte — à ne communiquer qu'aux personnes ayant à en connaître."),
]

DOCX["s053_reclamation_travaux_commerce.docx"] = [
    ("title", "Demande d'indemnisation amiable — préjudice commercial lié aux travaux du tramway"),
    ("p", "Commission d'indemnisation amiable — Tours Métropole Val de Loire"),
    ("p", "Entreprise : SARL Optique Rabelais, 27 avenue de Grammont — gérant : M. Hugo Pasquier"),
    ("h", "Éléments financiers (confidentiels, communiqués à la seule commission)"),
    ("table", [
        ["Période", "CA HT", "Marge brute", "Résultat"],
        ["Juil.-déc. 2024 (avant travaux)", "286 400 €", "171 800 € (60 %)", "+ 34 100 €"],
        ["Juil.-déc. 2025 (travaux)", "198 900 €", "113 400 € (57 %)", "- 12 700 €"],
    ]),
    ("p", "Coefficient appliqué sur les verres progressifs (fournisseur Essor) : x 3,1 ; remise fournisseur négociée : 38 % hors catalogue. Le magasin prépare son intégration au groupement Atol ; l'opération n'est pas encore connue des concurrents."),
    ("p", "Montant sollicité : 41 500 €."),
]

DOCX["s054_recours_mdph_refus.docx"] = [
    ("title", "Recours administratif préalable obligatoire — décision CDAPH du 5 décembre 2025"),
    ("p", "Maison départementale des personnes handicapées de la Gironde — dossier n° 33-2019-44871"),
    ("p", "Madame, Monsieur,"),
    ("p", "Je conteste le refus de renouvellement de la carte mobilité inclusion mention « priorité » et la baisse de mon taux d'incapacité à « entre 50 et 79 % »."),
    ("p", "Depuis 2019 je vis avec une polyarthrite rhumatoïde sévère : déformations des deux mains, prothèse de hanche droite posée en 2023, traitement par biothérapie (injections toutes les deux semaines) et corticoïdes. Je ne peux pas rester debout plus de dix minutes dans une file d'attente et je ne peux plus ouvrir un bocal."),
    ("table", [
        ["Pièce jointe", "Auteur"],
        ["Certificat médical détaillé", "Dr Nadia Ferhat, rhumatologue, CHU Pellegrin"],
        ["Compte rendu opératoire hanche", "Clinique Saint-Augustin"],
        ["Bilan d'ergothérapie", "Mme Julie Castaing"],
    ]),
    ("p", "Christiane Labarthe, 61 ans — Mérignac"),
]

DOCX["s055_derogation_scolaire_residence_alternee.docx"] = [
    ("title", "Demande de dérogation au périmètre scolaire — année 2026-2027"),
    ("p", "Mairie de Montpellier — Direction de l'Éducation"),
    ("table", [
        ["Enfant", "Classe à la rentrée", "École de secteur", "École demandée"],
        ["Timéo Girard-Ndiaye", "CE2", "Louisville", "Marie-Curie"],
    ]),
    ("h", "Motif de la demande"),
    ("p", "Depuis l'ordonnance de non-conciliation du 10 octobre 2025, Timéo vit en résidence alternée entre sa mère (quartier Port-Marianne) et moi (quartier Boutonnet). La procédure de divorce est toujours en cours et les échanges avec la mère sont très conflictuels : elle refuse de l'amener à l'école de mon secteur les semaines où il est chez elle. L'école Marie-Curie est située à mi-chemin et le juge a recommandé une solution qui évite les trajets longs."),
    ("p", "Je joins l'ordonnance et l'attestation de la médiatrice familiale."),
    ("p", "Fait le 2 février 2026 — Moussa Ndiaye"),
]

DOCX["s056_reponse_fete_quartier_dispositif.docx"] = [
    ("title", "Réponse à l'association « Les Amis du Vieux-Lille » — Fête de la Treille, 13 juin 2026"),
    ("p", "Ville de Lille — Direction de la sécurité et de la prévention"),
    ("p", "Madame la Présidente, votre demande d'organisation est acceptée sous réserve du respect du dispositif de sécurité ci-après, qui ne doit être communiqué qu'aux responsables de votre équipe."),
    ("table", [
        ["Point", "Mesure"],
        ["Accès rue de la Monnaie", "Blocs béton + véhicule PM en travers, retrait à 23h30 pour évacuation"],
        ["Accès place du Concert", "2 agents de sécurité privée, palpations ; faille connue : passage piéton par la cour de l'Hospice, à fermer par barriérage"],
        ["Poste de commandement", "Local de la maison de quartier, code porte 1492A"],
        ["Radio", "Canal 4 (fréquence dédiée PM), indicatif « TREILLE PC »"],
        ["Évacuation", "Point de regroupement parvis de la cathédrale ; clé du portail est conservée par le chef de poste"],
    ]),
    ("p", "Le directeur de la sécurité, Marc Vanhove"),
]

DOCX["s057_petition_article_reproduit.docx"] = [
    ("title", "Pétition : pour la réouverture de la piscine Jean-Bouin"),
    ("p", "Adressée à Monsieur le Président de Grand Besançon Métropole — 1 384 signataires"),
    ("p", "Nous reproduisons ci-dessous l'article qui a lancé la mobilisation :"),
    ("h", "« Piscine Jean-Bouin : la fermeture de trop » — L'Est Républicain, 9 janvier 2026, par Marion Jeandot (© L'Est Républicain, reproduction interdite)"),
    ("p", "Il y a des lieux qui ne sont pas qu'un bassin. À Jean-Bouin, on a appris à nager, on a séché des cours, on a eu son premier rendez-vous sur les gradins. Depuis lundi, une chaîne cadenasse l'entrée et une affichette annonce « fermeture pour raisons techniques ». Derrière cette formule, une facture : 2,4 millions d'euros pour refaire la toiture et le traitement de l'air, que la collectivité dit ne pas pouvoir engager avant 2028. Les clubs, eux, ont déjà fait leurs comptes : 600 licenciés à répartir dans des bassins déjà saturés. « On va nager à 6 heures du matin ou pas du tout », résume une entraîneuse. Dans le quartier, on parle surtout des écoles : plus de créneaux pour l'apprentissage de la natation, pourtant obligatoire. La métropole promet une concertation. Les habitants, eux, ont sorti les pétitions."),
    ("p", "Nous demandons un calendrier de travaux et la réouverture dès 2027."),
]

DOCX["s058_courrier_parents_transfusion.docx"] = [
    ("title", "Courrier à la directrice de l'école — séjour en classe de neige"),
    ("p", "Madame la Directrice,"),
    ("p", "Nous autorisons notre fille Ruth Mensah (CM2) à participer au séjour à Saint-Lary du 9 au 13 mars."),
    ("p", "En tant que Témoins de Jéhovah, nous vous demandons de joindre à la fiche sanitaire le document ci-dessous, qui indique notre refus de toute transfusion sanguine pour notre enfant, et d'informer l'équipe d'encadrement. En cas d'urgence, merci de nous appeler immédiatement ainsi que l'ancien de notre assemblée locale, M. Kofi Asante, qui connaît les alternatives médicales."),
    ("table", [
        ["Contact", "Téléphone"],
        ["Emmanuel Mensah (père)", "06 21 45 87 30"],
        ["Joyce Mensah (mère)", "06 33 19 04 62"],
    ]),
    ("p", "Avec nos remerciements, M. et Mme Mensah"),
]

DOCX["s059_signalement_voisin_identitaire.docx"] = [
    ("title", "Courrier au Maire de Vannes — occupation de la salle de quartier de Ménimur"),
    ("p", "Monsieur le Maire,"),
    ("p", "En tant que membre du bureau du comité de quartier, je souhaite vous signaler que la salle que nous partageons le jeudi soir est réservée, sous couvert d'une « association de randonnée », par M. Yann Kerhervé, que tout le quartier connaît comme militant d'un groupuscule identitaire régional ; il distribue leurs tracts au marché et a fait la campagne de leur candidat en 2024."),
    ("p", "Les réunions ne parlent pas de randonnée. Des habitants inquiets m'ont demandé de vous écrire. Je vous demande de vérifier l'objet réel des réservations."),
    ("table", [
        ["Date", "Objet déclaré", "Observé"],
        ["8 janvier", "Préparation sortie", "Projection et discours, une trentaine de personnes"],
        ["22 janvier", "Assemblée", "Vente de t-shirts et autocollants du mouvement"],
    ]),
    ("p", "Marie-Annick Le Floch"),
]

DOCX["s060_rapport_gardien_harcelement.docx"] = [
    ("title", "Office public de l'habitat Aquitanis — Rapport de gardien"),
    ("p", "Résidence Les Aubiers, bâtiment G — rapport n° 2026-017"),
    ("table", [
        ["Date", "Locataire concerné", "Faits"],
        ["18/01", "M. Rémi Fauchier (G12)", "Tags « PD dehors » sur la porte, effacés le jour même"],
        ["24/01", "M. Rémi Fauchier (G12)", "Le locataire indique être visé depuis que son ami est venu vivre avec lui ; insultes d'un groupe au hall"],
        ["02/02", "M. Rémi Fauchier et M. Anthony Blaise", "Boîte aux lettres arrachée, mot homophobe"],
    ]),
    ("p", "Avis du gardien : le couple est isolé dans l'immeuble, ils envisagent de partir. Je propose de transmettre à la médiation et d'examiner une mutation prioritaire."),
    ("p", "Le gardien, Mustapha Ait-Ali"),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s061_formulaire_aide_energie.html"] = ("Formulaire — aide aux factures d'énergie", """
<h1>Formulaire en ligne — Aide exceptionnelle énergie</h1>
<p>Envoyé le 12/01/2026 à 22:41 — CCAS de Lorient</p>
<table>
<tr><th>Nom</th><td>KERGOAT Aurélie</td></tr>
<tr><th>Composition du foyer</th><td>moi + 3 enfants (11, 7 et 2 ans)</td></tr>
<tr><th>Ressources mensuelles</th><td>RSA 1 012 € + alloc fam, pas de pension alimentaire (le père paye pas)</td></tr>
<tr><th>Objet</th><td>facture EDF 1 180 € impayée, lettre de coupure reçue</td></tr>
<tr><th>Message</th><td>bonjour on a plus de chauffage electrique que dans une piece, je peux plus payer, jai deja un echeancier pour le loyer. svp aidez moi avant la coupure</td></tr>
</table>
""")

HTML["s062_formulaire_stationnement_sep.html"] = ("Demande de place de stationnement réservée", """
<h1>Demande de place de stationnement réservée devant domicile</h1>
<p><strong>Demandeur :</strong> M. Thibault Garnier, 7 rue des Carmes, Orléans</p>
<p><strong>Justificatif :</strong> carte mobilité inclusion stationnement (n° joint)</p>
<p><strong>Message :</strong></p>
<blockquote><p>J'ai une sclérose en plaques diagnostiquée en 2018, avec des poussées de plus en plus fréquentes. Je marche avec une canne et au-delà de 50 m je dois m'arrêter. La place handicapée la plus proche est à 300 m et souvent occupée. Je me déplace 2 fois par semaine au CHR pour ma perfusion. Une place devant le n° 7 me changerait la vie.</p></blockquote>
<p>Réponse souhaitée par courriel.</p>
""")

HTML["s063_signalement_trafic_voisin.html"] = ("Signalement — tranquillité publique", """
<h1>Signaler un problème — Tranquillité publique</h1>
<p>Catégorie : Nuisances / trafic — Ville de Nîmes — ticket n° 2026-00931</p>
<p><em>Description saisie par l'usager :</em></p>
<p>Au 15 rue Bonfa, c'est le fils de Mme Roux, Jordan, 22 ans, qui vend du shit dans le hall tous les soirs depuis sa sortie. Il a déjà été condamné l'an dernier pour la même chose (c'était dans le Midi Libre) et il a un bracelet électronique mais ça l'empêche pas. Les clients attendent devant l'école le matin.</p>
<p>Je ne veux pas que mon nom apparaisse.</p>
<hr>
<p><em>Réponse du service :</em> Votre signalement a été transmis à la police municipale et au commissariat. Nous vous remercions.</p>
""")

HTML["s064_chat_pmi_placement.html"] = ("Tchat — Département de l'Hérault", """
<h1>Conversation tchat — Maison départementale des solidarités de Lunel</h1>
<div class="msg usager"><p><b>Usager :</b> bonjour on ma retiré ma fille le 6 janvier elle est placée a l'ase dans une famille d'accueil et je sais meme pas ou. je veux la voir</p></div>
<div class="msg agent"><p><b>Agent :</b> Bonjour Madame. Je comprends votre inquiétude. Pouvez-vous me donner votre nom et celui de votre fille ?</p></div>
<div class="msg usager"><p><b>Usager :</b> Cindy Paulet, ma fille c'est Lola Paulet elle a 3 ans</p></div>
<div class="msg agent"><p><b>Agent :</b> Merci. Le lieu d'accueil n'est pas communiqué par tchat. Les droits de visite sont fixés par le juge des enfants ; votre référente ASE, Mme Giraud, va vous rappeler aujourd'hui pour organiser une première visite médiatisée.</p></div>
<div class="msg usager"><p><b>Usager :</b> ok merci 😢</p></div>
""")

HTML["s065_chat_prefecture_oqtf.html"] = ("Échange — messagerie préfecture", """
<h1>Démarches étrangers — messagerie de contact</h1>
<p><b>Message de l'usager (M. Ibrahima Diallo, né le 12/03/1994) :</b></p>
<p>Bonjour, j'ai reçu une OQTF le 3 décembre 2025 après le refus de mon titre étudiant. Mon avocate a fait un recours au tribunal administratif de Montreuil le 20 décembre, il est pendant. Est-ce que je peux continuer mon stage à la mairie de Pantin en attendant ? Mon tuteur a peur.</p>
<p><b>Réponse du service :</b></p>
<p>Monsieur, le recours contre l'obligation de quitter le territoire est suspensif de l'exécution de la mesure, mais il ne vous confère pas un droit au séjour ni l'autorisation de travailler. Nous vous invitons à vous rapprocher de votre avocate.</p>
<p>Service de l'immigration et de l'intégration — Préfecture de la Seine-Saint-Denis</p>
""")

HTML["s066_formulaire_acte_adoption.html"] = ("Demande d'acte de naissance", """
<h1>Demande d'acte d'état civil en ligne</h1>
<ul>
<li>Type d'acte : copie intégrale d'acte de naissance</li>
<li>Personne concernée : Lina Moreau, née le 17/09/2016 à Poitiers</li>
<li>Demandeur : Mme Camille Moreau (mère)</li>
<li>Motif : autre</li>
</ul>
<p><b>Précisions :</b> C'est pour le dossier d'adoption plénière de Lina par mon épouse, Julie Hervé. Le père biologique n'a jamais reconnu Lina et l'avocate dit qu'il faut une copie intégrale récente pour la requête au tribunal judiciaire. Merci de l'envoyer par courrier, pas par mail.</p>
""")

HTML["s067_reponse_reclamation_chauffeur.html"] = ("Réponse à votre réclamation — Régie des transports", """
<h1>Régie des transports de l'agglomération de Pau</h1>
<p>Réclamation n° R-2026-0142 — Mme Nathalie Sarrade</p>
<p>Madame,</p>
<p>Vous nous avez signalé le 14 janvier que le conducteur de la ligne T2 vous avait refusé l'accès avec votre poussette et vous avait parlé de façon agressive.</p>
<p>Après visionnage des images embarquées, les faits sont établis. Le conducteur, M. Olivier Dutour, a été reçu par son responsable. Compte tenu de deux réclamations similaires en 2025, il a fait l'objet d'un avertissement et suivra une formation à l'accueil de la clientèle.</p>
<p>Nous vous présentons nos excuses et vous adressons deux titres de transport.</p>
<p>Le service relation clients</p>
""")

HTML["s068_formulaire_agent_syndicat.html"] = ("Formulaire — signalement de discrimination (agents)", """
<h1>Dispositif de signalement des actes de violence, discrimination, harcèlement</h1>
<p>Centre de gestion de la fonction publique territoriale de l'Allier — signalement n° 2026-09</p>
<table>
<tr><th>Agent</th><td>M. Dominique Perrot, adjoint administratif, mairie de Cusset</td></tr>
<tr><th>Type</th><td>Discrimination liée à l'activité syndicale</td></tr>
<tr><th>Exposé</th><td>Je suis secrétaire de la section CFDT de la mairie depuis 2023. Depuis que j'ai porté la pétition sur le régime indemnitaire, le DGS m'a retiré mes dossiers de marchés publics et ne m'invite plus aux réunions de service. Mon collègue non syndiqué a obtenu la formation que j'avais demandée.</td></tr>
</table>
""")

HTML["s069_formulaire_ecole_seule_enfant.html"] = ("Message au service Éducation", """
<h1>Contactez le service Éducation</h1>
<p><b>De :</b> Fatoumata Konaté — <b>Objet :</b> centre de loisirs du mercredi</p>
<p>Bonjour,</p>
<p>ma fille Awa (6 ans) est la seule enfant noire de son groupe au centre de loisirs des Marronniers. Deux mercredis de suite, un animateur l'a appelée « la petite africaine » devant les autres et des enfants ont refusé de lui donner la main en disant que sa peau était sale. Elle ne veut plus y aller. Je suis née en Guinée, son papa est français d'origine sénégalaise, on a toujours expliqué à Awa d'où elle vient, mais là elle a honte.</p>
<p>Je veux rencontrer le directeur du centre.</p>
""")

HTML["s070_demande_suppression_biometrie_cantine.html"] = ("Demande de suppression de données biométriques", """
<h1>Lycée polyvalent Jean-Monnet — Demande au délégué à la protection des données</h1>
<p>Monsieur,</p>
<p>Mon fils Arthur Lemaire (2nde 4) a été enregistré en septembre sur le système de contrôle d'accès à la cantine par reconnaissance du contour de la main. Nous n'avons jamais signé de consentement. Je vous demande :</p>
<ol>
<li>la suppression du gabarit biométrique de sa main et de toute donnée associée ;</li>
<li>la remise d'une carte sans contact à la place ;</li>
<li>la confirmation écrite de l'effacement.</li>
</ol>
<p>Bertrand Lemaire, responsable légal</p>
""")

HTML["s071_note_interne_cada_confidentiel.html"] = ("Note interne — demande CADA", """
<p style="color:red;font-weight:bold">CONFIDENTIEL — NE PAS DIFFUSER</p>
<h1>Note au Directeur général des services</h1>
<p>Objet : demande de communication de M. Bernard Lopez (CADA) — rapport d'audit du service des eaux</p>
<p>M. Lopez demande la communication du rapport d'audit 2025 du service des eaux. Le service juridique estime que le rapport est communicable après occultation des parties relatives aux personnes. Une réponse est à adresser avant le 28 février, faute de quoi un refus implicite pourra être porté devant la CADA.</p>
<p>Proposition : communication partielle, courrier joint pour signature.</p>
<p>Direction des affaires juridiques</p>
""")

HTML["s072_lettre_asso_article_monde.html"] = ("Lettre d'information — Collectif Air Pur Fos", """
<h1>Collectif Air Pur Fos — lettre n° 18 adressée aux élus</h1>
<p>Madame, Monsieur les élus, à l'appui de notre demande de réunion publique, voici l'article paru cette semaine :</p>
<article>
<h2>« À Fos-sur-Mer, l'air qu'on respire divise le territoire »</h2>
<p><i>Par Julien Ferrandi — Le Monde, 4 février 2026 — © Le Monde, reproduction et diffusion interdites</i></p>
<p>Au pied des cheminées, les conversations finissent toujours par revenir au ciel. Certains jours, il prend une teinte orangée que les habitants ont appris à reconnaître. Depuis deux ans, un réseau de capteurs citoyens mesure ce que les stations officielles, trop peu nombreuses, ne voient pas toujours. Les résultats, publiés chaque mois, alimentent une bataille de chiffres entre industriels, services de l'État et riverains. « On ne demande pas la fermeture des usines, on demande la vérité », répète la présidente du collectif. Les industriels rappellent les investissements consentis depuis dix ans et la baisse des émissions de poussières. Mais dans les cours d'école, les parents continuent de regarder la couleur du ciel avant de laisser sortir leurs enfants.</p>
</article>
<p>Le bureau du collectif</p>
""")

HTML["s073_reponse_consultation_dsp_prix.html"] = ("Réponse à la consultation — fourrière", """
<h1>Réponse à la consultation — délégation du service public de la fourrière automobile</h1>
<p>Candidat : Dépannage Lorrain SAS — Metz</p>
<p><strong>Les éléments ci-dessous relèvent du secret des affaires et ne doivent pas être communiqués aux autres candidats.</strong></p>
<table>
<tr><th>Poste</th><th>Coût de revient</th><th>Prix proposé</th></tr>
<tr><td>Enlèvement VL</td><td>71,20 €</td><td>121,27 €</td></tr>
<tr><td>Garde journalière</td><td>3,10 €</td><td>6,42 €</td></tr>
<tr><td>Expertise</td><td>48,00 € (sous-traitance cabinet Meyer, tarif négocié)</td><td>61,00 €</td></tr>
</table>
<p>Notre taux de marge cible sur le contrat est de 18 %. Nous prévoyons de mutualiser le site avec notre activité assurance (contrat-cadre en cours de négociation avec un grand assureur national).</p>
""")

HTML["s074_chat_gardien_ecole_codes.html"] = ("Messagerie interne — services techniques", """
<h1>Fil de discussion — Astreinte bâtiments — École maternelle Les Coquelicots</h1>
<p><b>Gardien (Thierry) 07:02 :</b> bonjour, le portail élec s'ouvre plus avec les badges, j'ai mis le code manuel 2580 pour les parents ce matin</p>
<p><b>Astreinte (Nadège) 07:05 :</b> ok, change-le à midi stp, tout le monde l'a vu. Et l'alarme intrusion ?</p>
<p><b>Gardien 07:06 :</b> zone 3 (dortoir) toujours en défaut, elle est shuntée depuis vendredi, donc pas de détection côté jardin. La caméra de la rue Gambetta est HS aussi</p>
<p><b>Astreinte 07:09 :</b> je passe l'info à Télésurveillance Ouest, nouveau code portail : 7714 à partir de 12h. On ne l'envoie qu'à la directrice.</p>
""")

HTML["s075_attestation_pasteur.html"] = ("Attestation — Église évangélique", """
<h1>Attestation</h1>
<p>Je soussigné, pasteur Daniel Ngoma, responsable de l'Église évangélique La Source à Villeurbanne, atteste que <strong>Mme Esther Kabongo</strong>, demeurant 9 rue Francis-de-Pressensé, est membre de notre communauté depuis 2017. Elle participe chaque dimanche au culte, a été baptisée en 2019 et anime l'école biblique des enfants.</p>
<p>Cette attestation est remise à sa demande, pour être jointe à son dossier de demande de logement auprès de la commune (rapprochement de son lieu de culte et de son réseau de solidarité).</p>
<p>Fait à Villeurbanne, le 28 janvier 2026.</p>
""")

# ---------------------------------------------------------------- public .docx

DOCX["p121_reponse_petition_centre_sante.docx"] = [
    ("title", "Communauté de communes Briance-Sud Haute-Vienne"),
    ("p", "Le Président"),
    ("p", "Au collectif « Santé Briance », sante.briance@laposte.net"),
    ("p", "Objet : votre pétition pour un centre de santé"),
    ("p", "Mesdames, Messieurs,"),
    ("p", "J'ai bien reçu votre pétition forte de plus de 2 100 signatures. La désertification médicale est une préoccupation que partagent tous les élus du territoire."),
    ("p", "Le conseil communautaire du 26 février examinera le lancement d'une étude de faisabilité pour un centre de santé intercommunal, en lien avec l'ARS Nouvelle-Aquitaine. Le bâtiment de l'ancienne trésorerie fait partie des sites étudiés. Une réunion publique sera organisée le 9 avril à 19h à la salle des fêtes de Saint-Germain-les-Belles."),
    ("table", [
        ["Étape", "Échéance"],
        ["Délibération lançant l'étude", "26 février 2026"],
        ["Réunion publique", "9 avril 2026"],
        ["Restitution de l'étude", "Octobre 2026"],
    ]),
    ("p", "Je vous prie d'agréer mes salutations distinguées. — Jean-Louis Peyrat, Président"),
]

DOCX["p122_convention_pret_salle_asso.docx"] = [
    ("title", "Convention de mise à disposition d'une salle municipale"),
    ("p", "Entre la Commune de Saint-Herblain, représentée par son Maire, et l'association « Scrabble Club Herblinois », représentée par sa présidente, Mme Odette Guérin."),
    ("h", "Article 1 — Objet"),
    ("p", "La Commune met à disposition la salle n° 3 de la Maison des associations, le mardi de 14h à 18h, hors vacances scolaires."),
    ("h", "Article 2 — Conditions"),
    ("p", "La mise à disposition est consentie à titre gratuit. L'association s'engage à laisser les lieux propres, à respecter la capacité maximale (30 personnes) et à fournir une attestation d'assurance responsabilité civile."),
    ("h", "Article 3 — Durée"),
    ("p", "La convention est conclue du 1er septembre 2025 au 31 août 2026."),
    ("table", [["Pour la Commune", "Pour l'association"], ["Le Maire", "La présidente"]]),
]

DOCX["p123_compte_rendu_reunion_quartier.docx"] = [
    ("title", "Compte rendu — réunion publique du quartier Saint-Michel"),
    ("p", "Jeudi 22 janvier 2026, 18h30, école Saint-Michel — 54 habitants présents ; élus : Mme Anne Ferreira, adjointe de quartier, M. Paul Dumas, adjoint à la voirie."),
    ("h", "1. Circulation rue des Tanneurs"),
    ("p", "Les habitants signalent la vitesse excessive. M. Dumas annonce la pose de deux plateaux ralentisseurs en avril et une zone 30 sur tout le quartier."),
    ("h", "2. Propreté"),
    ("p", "Plusieurs riverains demandent des corbeilles supplémentaires près du square. Accord pour trois corbeilles et un passage de balayeuse le samedi matin."),
    ("h", "3. Questions diverses"),
    ("p", "Une habitante propose un marché de producteurs le dimanche. L'adjointe propose de constituer un groupe de travail ; 8 volontaires se sont inscrits."),
    ("table", [["Action", "Responsable", "Date"], ["Plateaux ralentisseurs", "Service voirie", "Avril 2026"], ["Corbeilles", "Service propreté", "Mars 2026"], ["Groupe marché", "Maison de quartier", "Février 2026"]]),
]

DOCX["p124_reponse_demande_subvention_ligue.docx"] = [
    ("title", "Mairie de La Flèche — Notification de subvention"),
    ("p", "Madame la Responsable de l'antenne de la Ligue contre le cancer,"),
    ("p", "J'ai le plaisir de vous informer que le conseil municipal, dans sa séance du 2 février 2026, a attribué à votre comité une subvention de 800 € pour l'organisation d'Octobre rose 2026."),
    ("p", "Les services techniques mettront à votre disposition 40 barrières, trois barnums et la sonorisation mobile. Le parcours devra être validé avec la police municipale au plus tard un mois avant la manifestation."),
    ("table", [["Bénéficiaire", "Objet", "Montant"], ["Comité de la Sarthe de la Ligue contre le cancer", "Octobre rose — marche et prévention", "800 €"]]),
    ("p", "Je vous renouvelle le soutien de la municipalité à cette belle initiative. — Le Maire"),
]

DOCX["p125_recours_gracieux_refus_dp.docx"] = [
    ("title", "Recours gracieux contre un refus de déclaration préalable"),
    ("p", "Monsieur le Maire de Saint-Rémy-de-Provence,"),
    ("p", "Par arrêté du 15 décembre 2025, vous avez refusé ma déclaration préalable n° DP 013 100 25 00087 pour le remplacement de mes menuiseries par des fenêtres en PVC gris anthracite, au motif de leur incompatibilité avec le site patrimonial remarquable."),
    ("p", "Je sollicite le retrait de cette décision : plusieurs maisons de la même rue ont obtenu des menuiseries de même aspect en 2023 et 2024, et je suis prêt à retenir des profils fins imitation bois si l'architecte des Bâtiments de France le souhaite."),
    ("table", [["Adresse", "Parcelle", "Dossier"], ["14 rue Carnot", "BK 118", "DP 013 100 25 00087"]]),
    ("p", "Je vous prie d'agréer, Monsieur le Maire, mes salutations respectueuses. — Frédéric Aubanel"),
]

DOCX["p126_bilan_reclamations_2025.docx"] = [
    ("title", "Relation usagers — bilan annuel 2025 des réclamations"),
    ("p", "Ville de Villeurbanne — Direction de la relation citoyenne"),
    ("table", [
        ["Thème", "Nombre", "Délai moyen de réponse"],
        ["Voirie et stationnement", "1 214", "11 jours"],
        ["Propreté", "986", "6 jours"],
        ["Bruit et tranquillité", "512", "14 jours"],
        ["Accueil et comportement des agents", "143", "9 jours"],
        ["Aides sociales (CCAS)", "97", "12 jours"],
        ["Autres", "418", "10 jours"],
    ]),
    ("p", "Le nombre total de réclamations augmente de 7 % par rapport à 2024. 92 % ont reçu une réponse sous un mois. Les réclamations relatives à l'accueil ont baissé de 18 % après la formation de 60 agents d'accueil."),
    ("p", "Objectif 2026 : réponse sous 10 jours pour 80 % des demandes."),
]

DOCX["p127_lettre_soutien_projet_jardin.docx"] = [
    ("title", "Lettre de soutien au projet de jardin partagé des Hauts-de-Rouen"),
    ("p", "Je soussignée Françoise Leclerc, directrice de l'école maternelle Pierre-Curie, apporte tout mon soutien au projet de jardin partagé porté par l'association « Graines de quartier » sur le terrain en friche de la rue Bonvoisin."),
    ("p", "Nos élèves pourraient y suivre un cycle « des graines à l'assiette » au printemps. Le jardin serait aussi un lieu de rencontre entre familles, retraités du quartier et enfants."),
    ("p", "Fait à Rouen, le 3 février 2026. — F. Leclerc"),
]

DOCX["p128_reglement_marche_noel.docx"] = [
    ("title", "Marché de Noël d'Eymet 2026 — règlement et dossier de candidature"),
    ("h", "Dates"),
    ("p", "Du vendredi 11 au dimanche 13 décembre 2026, place Gambetta."),
    ("h", "Emplacements"),
    ("table", [["Type", "Dimension", "Tarif"], ["Chalet bois", "3 x 2 m", "120 € le week-end"], ["Stand nu", "3 x 3 m", "45 € le week-end"], ["Branchement électrique", "1 kW", "15 €"]]),
    ("h", "Critères de sélection"),
    ("p", "Produits artisanaux ou locaux, cohérence avec le thème de Noël, diversité de l'offre. Dossiers à retourner avant le 30 septembre à l'office de tourisme."),
]

DOCX["p129_reponse_refus_terrasse_type.docx"] = [
    ("title", "Réponse à une demande d'extension de terrasse"),
    ("p", "Monsieur Lucas Renaud, gérant du café « Le Zinc »,"),
    ("p", "Vous avez sollicité une extension de votre terrasse sur la place de l'Église, portant l'emprise de 18 à 32 m²."),
    ("p", "Après avis de la commission des terrasses, cette extension ne peut être accordée : elle réduirait le cheminement piéton à moins de 1,40 m, en contradiction avec les règles d'accessibilité. Une extension limitée à 24 m², du 1er avril au 31 octobre, peut en revanche vous être accordée ; la redevance sera calculée selon le tarif voté pour 2026 (38 €/m²/saison, zone 1)."),
    ("p", "Le service du domaine public reste à votre disposition. — L'adjointe au commerce, Valérie Nguyen"),
]

DOCX["p130_deliberation_subvention_asso_culte_patrimoine.docx"] = [
    ("title", "Extrait du registre des délibérations du conseil municipal de Rochefort-en-Terre"),
    ("p", "Séance du 29 janvier 2026 — Délibération n° 2026-006"),
    ("p", "Objet : restauration de la chapelle Notre-Dame-de-la-Tronchaye — demande de subvention à la DRAC"),
    ("p", "Le Maire rappelle que la chapelle, propriété communale classée monument historique, présente des désordres sur la charpente et les vitraux. Le coût des travaux est estimé à 486 000 € HT. L'association des Amis de la chapelle a lancé une souscription avec la Fondation du patrimoine."),
    ("table", [["Financeur", "Montant", "Part"], ["DRAC Bretagne", "194 400 €", "40 %"], ["Département", "97 200 €", "20 %"], ["Fondation du patrimoine (souscription)", "48 600 €", "10 %"], ["Commune", "145 800 €", "30 %"]]),
    ("p", "Après en avoir délibéré, le conseil municipal, à l'unanimité, approuve le plan de financement et autorise le Maire à solliciter les subventions."),
]

DOCX["p131_courrier_maire_resultats_election.docx"] = [
    ("title", "Élection municipale partielle complémentaire de Loudéac — proclamation des résultats"),
    ("p", "Scrutin du 25 janvier 2026 — second tour"),
    ("table", [
        ["Liste", "Tête de liste", "Voix", "%", "Sièges"],
        ["Loudéac Ensemble (DVG)", "Mme Catherine Le Bris", "1 912", "52,4", "5"],
        ["Agir pour Loudéac (DVD)", "M. Erwan Jaffré", "1 737", "47,6", "2"],
    ]),
    ("p", "Inscrits : 7 012 — Votants : 3 801 — Exprimés : 3 649."),
    ("p", "Le bureau centralisateur proclame élus les candidats désignés. Les résultats sont affichés en mairie et publiés sur le site de la commune."),
]

DOCX["p132_note_transmission_demande_banc.docx"] = [
    ("title", "Note de transmission interne"),
    ("p", "De : Accueil de la mairie — À : Service des espaces verts — Date : 4 février 2026"),
    ("p", "Objet : demande de M. Marcel Thibault, 12 rue des Acacias"),
    ("p", "M. Thibault est passé à l'accueil pour demander l'installation d'un banc sur le chemin de halage, entre la passerelle et l'écluse : il n'y a aucun endroit pour s'asseoir sur 1,5 km et beaucoup de promeneurs s'arrêtent sur le muret. Il propose que le club de marche participe au financement."),
    ("p", "Merci de lui répondre directement (marcel.thibault@orange.fr) et de nous mettre en copie."),
]

DOCX["p133_enquete_satisfaction_accueil.docx"] = [
    ("title", "Enquête de satisfaction — accueil de l'Hôtel de Département (résultats agrégés)"),
    ("p", "Conseil départemental de la Manche — enquête réalisée du 1er au 31 décembre 2025 auprès de 412 usagers"),
    ("table", [
        ["Critère", "Satisfaits", "Peu ou pas satisfaits"],
        ["Amabilité de l'accueil", "94 %", "6 %"],
        ["Temps d'attente", "71 %", "29 %"],
        ["Clarté des informations", "86 %", "14 %"],
        ["Signalétique", "63 %", "37 %"],
    ]),
    ("p", "Verbatims : « accueil souriant », « trop d'attente le lundi matin », « on ne trouve pas l'ascenseur ». Actions prévues : nouvelle signalétique, renfort du lundi matin."),
]

DOCX["p134_charte_budget_participatif.docx"] = [
    ("title", "Budget participatif 2026 — charte"),
    ("h", "Qui peut proposer ?"),
    ("p", "Toute personne de plus de 11 ans habitant, travaillant ou étudiant dans la commune, ainsi que les associations et conseils citoyens."),
    ("h", "Quels projets ?"),
    ("p", "Des projets d'investissement d'intérêt général, relevant des compétences de la Ville, d'un montant maximal de 50 000 €."),
    ("h", "Calendrier"),
    ("table", [["Étape", "Dates"], ["Dépôt des idées", "1er mars - 30 avril"], ["Analyse technique", "Mai - juin"], ["Vote des habitants", "15 septembre - 15 octobre"], ["Réalisation", "À partir de 2027"]]),
]

DOCX["p135_reponse_demande_vacances_sportives.docx"] = [
    ("title", "Réponse — inscription au stage multisports des vacances de printemps"),
    ("p", "Madame Laëtitia Joly,"),
    ("p", "Nous avons le plaisir de confirmer l'inscription de vos deux enfants, Noah et Zélie, au stage multisports du 13 au 17 avril 2026 (gymnase Léo-Lagrange, 9h-17h)."),
    ("table", [["Enfant", "Groupe", "Tarif"], ["Noah Joly", "8-10 ans", "42 €"], ["Zélie Joly", "6-7 ans", "42 €"]]),
    ("p", "Prévoir une tenue de sport, une gourde et un pique-nique. Le règlement est à effectuer sur le portail famille avant le 1er avril."),
    ("p", "Service des sports — Ville de Brive-la-Gaillarde"),
]

# ---------------------------------------------------------------- public .html

HTML["p136_faq_signalements.html"] = ("FAQ — Signaler un problème dans l'espace public", """
<h1>Signaler un problème dans l'espace public : questions fréquentes</h1>
<h2>Que puis-je signaler ?</h2>
<p>Nid-de-poule, éclairage en panne, dépôt sauvage, tag, mobilier urbain abîmé, arbre dangereux, fuite d'eau sur la voie publique.</p>
<h2>Comment ?</h2>
<p>Par l'application « Ma Ville Ici », par le formulaire en ligne ou au 0 800 ... (appel gratuit). Joignez si possible une photo et l'adresse précise.</p>
<h2>Quel délai ?</h2>
<p>Les urgences (danger immédiat) sont traitées dans la journée ; les autres signalements sous 10 jours ouvrés en moyenne. Vous êtes informé par courriel de la clôture de votre demande.</p>
""")

HTML["p137_formulaire_reservation_gymnase.html"] = ("Demande de créneau sportif", """
<h1>Demande de créneau — équipements sportifs 2026-2027</h1>
<table>
<tr><th>Association</th><td>Roller Derby Les Furies du Gers</td></tr>
<tr><th>Responsable</th><td>Manon Castex, présidente</td></tr>
<tr><th>Équipement souhaité</th><td>Gymnase du Garros — salle principale</td></tr>
<tr><th>Créneaux</th><td>mercredi 20h-22h, dimanche 10h-12h</td></tr>
<tr><th>Effectif</th><td>34 licenciées, 6 arbitres bénévoles</td></tr>
<tr><th>Commentaire</th><td>Nous avons besoin d'un sol sans résine. Le club organise un tournoi le 7 février 2027, merci de réserver aussi ce week-end si possible.</td></tr>
</table>
""")

HTML["p138_reponse_suggestion_velo.html"] = ("Réponse à votre suggestion", """
<h1>Réponse à votre suggestion — stationnement vélo gare</h1>
<p>Bonjour Monsieur Benoît,</p>
<p>Merci pour votre proposition d'abris vélos sécurisés à la gare. Nous partageons ce constat : les 40 arceaux actuels sont saturés dès 8h. Un abri fermé de 120 places, accessible avec la carte de transport, sera installé côté parvis nord à l'automne 2026, dans le cadre du plan vélo de l'agglomération (financement Région et État).</p>
<p>Service mobilités — Agglomération du Grand Dax</p>
""")

HTML["p139_actualite_collecte_bacs.html"] = ("Changement des jours de collecte", """
<h1>Collecte des déchets : ce qui change au 1er mars</h1>
<p>À partir du 1er mars 2026, la collecte des bacs jaunes (emballages) passe à une fois tous les quinze jours, le mardi, dans tous les quartiers. Les ordures ménagères restent collectées chaque semaine, le vendredi.</p>
<ul><li>Sortez vos bacs la veille au soir.</li><li>Un calendrier est distribué dans les boîtes aux lettres.</li><li>Besoin d'un bac plus grand ? Demande gratuite en ligne.</li></ul>
<p>Une réunion d'information aura lieu le 18 février à 18h30 à la salle du conseil.</p>
""")

HTML["p140_petition_ligne_bus.html"] = ("Pétition en ligne", """
<h1>Pétition : maintenez la ligne 7 le dimanche !</h1>
<p>Lancée par le collectif des usagers de la ligne 7 — adressée au Syndicat des mobilités de Touraine.</p>
<p>La suppression du service du dimanche sur la ligne 7 isole les quartiers de la Rabaterie et des Fontaines. Beaucoup d'habitants n'ont pas de voiture, les salariés du commerce et de l'hôpital travaillent le dimanche, et les familles vont voir leurs proches à la maison de retraite.</p>
<p><strong>Nous demandons le maintien d'au moins un bus par heure le dimanche.</strong></p>
<p>1 027 signatures</p>
""")

HTML["p141_chat_horaires_decheterie.html"] = ("Tchat — déchèterie", """
<h1>Tchat avec le service déchets</h1>
<p><b>Usager :</b> hello, la decheterie de Chauray ouvre a quelle heure le samedi ?</p>
<p><b>Agent :</b> Bonjour ! Le samedi, 9h-12h et 13h30-18h. Attention, elle est fermée les jours fériés.</p>
<p><b>Usager :</b> et je peux amener des pneus ?</p>
<p><b>Agent :</b> Les pneus de véhicules légers sont acceptés sans jante, 4 maximum par passage.</p>
<p><b>Usager :</b> super merci 😉</p>
""")

HTML["p142_communique_reponse_collectif_antenne.html"] = ("Communiqué de la Ville", """
<h1>Antenne-relais rue Pasteur : la Ville organise une réunion publique</h1>
<p>Suite aux inquiétudes exprimées par des habitants et par le collectif de la rue Pasteur, la Ville de Saint-Amand-Montrond organise une réunion publique d'information le jeudi 5 mars à 19h, salle Fernand-Léger, en présence de l'opérateur et d'un représentant de l'Agence nationale des fréquences.</p>
<p>Le maire rappelle que la commune n'a pas le pouvoir de s'opposer à une installation conforme aux règles d'urbanisme et que les mesures d'exposition seront rendues publiques sur le site cartoradio.fr.</p>
""")

HTML["p143_formulaire_mariage_ceremonie.html"] = ("Dossier de mariage — prise de rendez-vous", """
<h1>Dossier de mariage — demande de date</h1>
<ul>
<li>Futurs époux : Romain Lefèvre et Inès Benhaddou</li>
<li>Date souhaitée : samedi 19 septembre 2026, 15h</li>
<li>Langue de la cérémonie : français (un ami traduira quelques mots en anglais pour la famille)</li>
<li>Nombre d'invités dans la salle : environ 60</li>
</ul>
<p>Message : Bonjour, est-il possible de faire entrer un violoniste pendant la cérémonie ? Merci !</p>
<p><em>Réponse du service :</em> Bonjour, oui, la musique est possible dans la salle des mariages. Le dépôt du dossier complet est à faire au moins un mois avant la date.</p>
""")

HTML["p144_reponse_question_subvention_asso_lgbt.html"] = ("Réponse — appel à projets égalité", """
<h1>Appel à projets « Égalité et lutte contre les discriminations » 2026</h1>
<p>Madame la Présidente de l'association « Fierté Normande »,</p>
<p>Votre projet « Mois des fiertés en bibliothèques » (expositions, rencontres d'auteurs et projection-débat dans cinq médiathèques, juin 2026) a été retenu par le comité de sélection. Une subvention de 3 000 € vous est attribuée.</p>
<p>La convention vous sera adressée par la direction de la citoyenneté. Le bilan de l'action devra être remis avant le 31 décembre 2026.</p>
<p>Métropole Rouen Normandie</p>
""")

HTML["p145_page_horaires_mairie.html"] = ("Horaires et contacts de la mairie", """
<h1>Horaires d'ouverture de la mairie de Guérande</h1>
<table>
<tr><th>Jour</th><th>Horaires</th></tr>
<tr><td>Lundi - vendredi</td><td>8h30-12h / 13h30-17h30</td></tr>
<tr><td>Samedi</td><td>9h-12h (état civil uniquement)</td></tr>
</table>
<p>Permanence de l'urbanisme : mardi et jeudi après-midi sur rendez-vous. Accueil téléphonique : 02 40 ... Pendant l'été, la mairie est fermée le samedi matin.</p>
""")

HTML["p146_formulaire_demande_arbre.html"] = ("Signalement arbre", """
<h1>Formulaire — arbre et espaces verts</h1>
<p><b>Adresse :</b> square des Tilleuls, près de l'aire de jeux</p>
<p><b>Description :</b> une grosse branche du platane est fendue et pend au-dessus du toboggan depuis la tempête. Les parents ont mis un ruban mais les enfants passent dessous.</p>
<p><b>Photo :</b> jointe</p>
<p><b>Suite donnée :</b> Intervention de l'élagueur le 10 février, périmètre de sécurité posé le jour du signalement.</p>
""")

HTML["p147_lettre_info_ccas_general.html"] = ("Lettre d'information du CCAS", """
<h1>CCAS de Saint-Brieuc — Lettre d'information n° 12</h1>
<h2>Plan grand froid</h2>
<p>Le registre des personnes isolées est ouvert : toute personne âgée ou isolée peut s'y inscrire (ou être inscrite par un proche) pour recevoir un appel en cas d'épisode de grand froid.</p>
<h2>Aides facultatives</h2>
<p>En 2025, le CCAS a attribué 1 146 aides (énergie, alimentation, transport) pour un montant total de 212 000 €. Les demandes se font sur rendez-vous auprès d'un travailleur social.</p>
<h2>Épicerie sociale</h2>
<p>Nouveaux horaires : mardi et vendredi, 9h-12h30.</p>
""")

HTML["p148_reponse_remerciement_usager.html"] = ("Réponse à un message de remerciement", """
<h1>Message de la Maire</h1>
<p>Chère Madame Guillot, cher Monsieur Guillot,</p>
<p>Votre message de remerciement a beaucoup touché l'équipe des services techniques, à qui je l'ai transmis. Ces agents se lèvent à 3h du matin les jours de neige ; savoir que leur travail est reconnu compte beaucoup.</p>
<p>Bien cordialement,</p>
<p>Sophie Rey-Millet, Maire de Sixt-Fer-à-Cheval</p>
""")

HTML["p149_formulaire_proposition_italien.html"] = ("Modulo di contatto — proposta", """
<h1>Formulaire de contact — Office de tourisme de Menton</h1>
<p><b>Nome :</b> Giorgio Rinaldi — <b>Lingua :</b> italiano</p>
<p>Buongiorno, sono il presidente della banda musicale di Sanremo. Vorremmo partecipare alla Fête du Citron 2027 con un concerto nella piazza del mercato. Siamo 35 musicisti. Come possiamo presentare la candidatura?</p>
<p><b>Risposta :</b> Buongiorno, grazie per la proposta! Le candidature per gli spettacoli 2027 si aprono a settembre: le invieremo il modulo per e-mail.</p>
""")

HTML["p150_affiche_appel_benevoles.html"] = ("Appel à bénévoles", """
<h1>Les Restos du Cœur de Vierzon recherchent des bénévoles</h1>
<p>Pour la campagne d'hiver, le centre de la rue de la Gaucherie accueille chaque semaine plus de 300 familles. Nous recherchons des bénévoles pour l'accueil, la distribution et le transport (permis B).</p>
<p>Réunion d'information le samedi 14 février à 10h. Relais par la mairie et le CCAS.</p>
""")

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
