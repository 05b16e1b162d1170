"""Build the .docx and .html documents of the dev15 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev15_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
dev15: correspondence between an administration and its users, both ways.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev15"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- sovereign, docx

DOCX["s046_evaluation_annuelle_agent.docx"] = [
    ("title", "Communauté de communes du Pays de Lunéville — Entretien professionnel annuel"),
    ("table", [
        ["Agent", "Mme Sabrina HOUILLON"],
        ["Grade / fonction", "Rédactrice territoriale — gestionnaire marchés publics"],
        ["Supérieur hiérarchique direct", "M. Olivier Thiébaut, responsable de la commande publique"],
        ["Date de l'entretien", "12 novembre 2026"],
    ]),
    ("h", "Bilan de l'année écoulée"),
    ("p", "Sur les 14 procédures confiées, 9 ont été menées dans les délais. Deux consultations ont dû être "
          "relancées à la suite d'erreurs dans les pièces du dossier (critères de notation incohérents). "
          "Les relations avec les services acheteurs se sont dégradées au second semestre."),
    ("table", [
        ["Critère", "Appréciation"],
        ["Compétences techniques", "À développer"],
        ["Qualités relationnelles", "Insuffisant"],
        ["Capacité d'organisation", "À développer"],
        ["Respect des délais", "Insuffisant"],
    ]),
    ("h", "Appréciation littérale"),
    ("p", "Année difficile. Mme Houillon doit impérativement fiabiliser ses dossiers et accepter les "
          "relectures. Un accompagnement par un tuteur est proposé au premier trimestre. Le passage à "
          "l'échelon supérieur à l'ancienneté maximale est proposé ; l'avancement au choix n'est pas proposé."),
    ("p", "Observations de l'agent : « Je n'ai jamais eu de formation sur le nouveau logiciel. »"),
    ("p", "Signé : O. Thiébaut — S. Houillon (pris connaissance)"),
]

DOCX["s047_rapport_aemo_ecole.docx"] = [
    ("title", "Service d'AEMO — Association Sauvegarde 13"),
    ("p", "Marseille, le 9 janvier 2026"),
    ("p", "À l'attention de Mme la directrice de l'école élémentaire Saint-Just Centre"),
    ("p", "Objet : demande d'échange — mesure d'assistance éducative en milieu ouvert concernant Ilyès B. (CE2)"),
    ("p", "Madame la Directrice,"),
    ("p", "Le juge des enfants de Marseille a ordonné le 14 novembre une mesure d'AEMO au bénéfice d'Ilyès, "
          "pour une durée d'un an. Je suis l'éducatrice référente de la mesure. Afin de compléter mon "
          "évaluation, je souhaiterais vous rencontrer avec l'enseignante, en particulier au sujet des "
          "absences du lundi et de l'hygiène de l'enfant que vous aviez signalées."),
    ("p", "Je vous propose le mardi 20 janvier à 16 h 45 à l'école. Les parents sont informés de cette démarche."),
    ("p", "Veuillez agréer, Madame la Directrice, mes salutations respectueuses."),
    ("p", "Coralie Santini, éducatrice spécialisée — 04 91 08 55 20"),
]

DOCX["s048_demande_asa_congres.docx"] = [
    ("title", "Demande d'autorisation spéciale d'absence"),
    ("table", [
        ["Nom, prénom", "GAUTHIER Rémi"],
        ["Service", "Direction de la voirie — atelier signalisation"],
        ["Motif", "Participation au congrès fédéral (article 16 du décret n° 85-397)"],
        ["Organisation", "Fédération SUD Collectivités territoriales — mandat de délégué de la section de Tours Métropole"],
        ["Dates", "du 23 au 26 mars 2026 (4 jours)"],
        ["Pièce jointe", "Convocation de l'organisation syndicale"],
    ]),
    ("p", "Avis du chef de service : favorable, remplacement assuré par M. Bodin."),
    ("p", "Décision de l'autorité territoriale : accordée — Tours, le 2 mars 2026 — pour le Président, la DRH adjointe, C. Vallée."),
]

DOCX["s049_confidentiel_jury_recrutement.docx"] = [
    ("title", "CONFIDENTIEL"),
    ("p", "Mairie de Saint-Malo — Direction des ressources humaines"),
    ("p", "Relevé de décision du jury — recrutement du/de la chef(fe) de projet « Cité éducative »"),
    ("p", "Le jury, réuni le 17 février 2026, a auditionné quatre candidats retenus sur dossier. À l'issue "
          "des auditions, il propose le classement ci-dessous. La proposition de poste sera faite au premier "
          "classé ; en cas de refus, au suivant."),
    ("table", [
        ["Rang", "Candidat(e)", "Note /20"],
        ["1", "Mme Aurélie Gicquel", "16,5"],
        ["2", "M. Stéphane Brard", "14"],
        ["3", "Mme Inès Lahlou", "12"],
        ["4", "M. Paul Jourdren", "9,5"],
    ]),
    ("p", "Ce document n'est pas communicable avant la fin de la procédure."),
]

DOCX["s050_offre_detaillee_transport.docx"] = [
    ("title", "Autocars Brisson & Fils — réponse à la consultation « transports scolaires 2026-2029 »"),
    ("p", "À l'attention de M. le Maire de Beaupréau-en-Mauges"),
    ("p", "Objet : décomposition du prix — document remis à titre confidentiel, à ne pas communiquer aux autres candidats"),
    ("table", [
        ["Poste", "Coût annuel", "Commentaire"],
        ["Amortissement véhicules (3 cars Euro VI)", "61 200 €", "Cars achetés d'occasion en 2024, amortis sur 6 ans"],
        ["Carburant", "38 400 €", "Contrat de fourniture à prix fixe négocié avec notre grossiste jusqu'en 2027"],
        ["Conducteurs (2,4 ETP)", "92 500 €", "Mutualisés avec nos lignes régionales le matin"],
        ["Frais de structure", "14 300 €", ""],
        ["Marge", "8 100 €", "Soit 3,7 %, volontairement basse pour conserver le marché"],
        ["Total", "214 500 € HT", ""],
    ]),
    ("p", "Nous vous précisons que sans ce marché, notre dépôt de Jallais ne serait plus rentable et serait fermé."),
    ("p", "Hervé Brisson, gérant"),
]

DOCX["s051_demande_emplacement_aire.docx"] = [
    ("title", "Syndicat mixte pour l'accueil des gens du voyage de la Vienne"),
    ("h", "Fiche d'admission — aire d'accueil de Châtellerault"),
    ("table", [
        ["Titulaire", "M. Tony DUVILLE"],
        ["Composition du groupe", "2 adultes, 3 enfants"],
        ["Caravanes / véhicules", "2 caravanes, 1 fourgon"],
        ["Date d'arrivée", "04/05/2026"],
        ["Durée demandée", "3 mois (scolarisation des enfants)"],
        ["Dépôt de garantie", "100 € — reçu n° 2026-0412"],
    ]),
    ("p", "Observations du gestionnaire : famille yéniche, connue sur l'aire depuis 2019 ; bon "
          "comportement ; les enfants seront inscrits à l'école Jules-Verne."),
    ("p", "Signature du titulaire : T. Duville — Le gestionnaire : F. Naudin"),
]

DOCX["s052_enrolement_badge_biometrique.docx"] = [
    ("title", "Centre hospitalier intercommunal — Direction de la sécurité"),
    ("p", "Accès à la pharmacie centrale — enrôlement biométrique"),
    ("table", [
        ["Agent", "M. Julien Caradec, préparateur en pharmacie"],
        ["Matricule", "H-20514"],
        ["Gabarit enregistré", "Empreinte veineuse du doigt, index droit et majeur droit"],
        ["Lecteur", "Porte PH-02 (zone stupéfiants)"],
        ["Date d'enrôlement", "15/01/2026"],
        ["Opérateur", "K. Morvan"],
    ]),
    ("p", "L'agent a été informé de ses droits (notice remise). Le gabarit est conservé sur le serveur de "
          "contrôle d'accès jusqu'à la fin de son affectation."),
]

DOCX["s053_demande_conge_fete_religieuse.docx"] = [
    ("title", "Mairie de Sarcelles — demande de congé"),
    ("table", [
        ["Agent", "Mme Rachel ATTALI"],
        ["Service", "Petite enfance — crèche Les Lucioles"],
        ["Type d'absence", "Autorisation d'absence"],
        ["Dates", "22 et 23 septembre 2026"],
        ["Motif", "Roch Hachana — je souhaite aussi poser le 1er octobre pour Kippour (sur RTT)"],
    ]),
    ("p", "Avis de la responsable : favorable sous réserve du remplacement par l'agent volante."),
    ("p", "Visa DRH : accordé, le 14/09/2026."),
]

DOCX["s054_reclamation_refus_emploi_saisonnier.docx"] = [
    ("title", "Réclamation"),
    ("p", "Guillaume Ferreira — 17 rue Voltaire, 63000 Clermont-Ferrand"),
    ("p", "À Monsieur le Maire de Clermont-Ferrand, le 4 juin 2026"),
    ("p", "Monsieur le Maire,"),
    ("p", "Ma candidature à un emploi saisonnier aux espaces verts a été refusée sans explication. Je "
          "m'interroge : j'ai distribué des tracts devant l'hôtel de ville en mars avec mes camarades du "
          "Parti communiste, dont je suis adhérent, contre la fermeture de la piscine Coubertin, et l'un "
          "de vos agents m'a reconnu. J'espère que ceci n'a rien à voir avec ma candidature."),
    ("p", "Je vous demande de me communiquer les motifs du refus."),
    ("p", "Veuillez agréer, Monsieur le Maire, mes salutations."),
    ("p", "G. Ferreira"),
]

DOCX["s055_formulaire_demande_logement.docx"] = [
    ("title", "Demande de logement social — fiche complémentaire commune de Rennes"),
    ("table", [
        ["N° unique départemental", "035-0326-14-0077 8"],
        ["Demandeur", "M. Antoine LEBRUN, né le 03/08/1990"],
        ["Co-demandeur", "M. Samuel OKAFOR, né le 19/12/1988 — conjoint (pacsés depuis 2022)"],
        ["Logement actuel", "T1 de 26 m², 9 rue de Saint-Malo"],
        ["Typologie demandée", "T3"],
        ["Revenus mensuels du ménage", "3 420 €"],
    ]),
    ("p", "Motif : logement trop petit pour le couple, projet d'adoption en cours d'agrément."),
    ("p", "Date de dépôt : 06/02/2026 — signatures des deux demandeurs."),
]

DOCX["s056_domiciliation_ccas.docx"] = [
    ("title", "CCAS d'Amiens — Attestation d'élection de domicile"),
    ("p", "Cerfa n° 15548*03"),
    ("table", [
        ["Nom, prénom", "LECLERCQ Dominique"],
        ["Date de naissance", "27/02/1971"],
        ["Adresse de domiciliation", "CCAS d'Amiens, boîte n° 241, 1 rue Frédéric-Petit, 80000 Amiens"],
        ["Date d'effet", "12/01/2026"],
        ["Date de fin", "11/01/2027"],
    ]),
    ("p", "L'organisme atteste que l'intéressé, sans domicile stable, a élu domicile auprès de lui. Le "
          "courrier est à retirer au moins une fois tous les trois mois."),
    ("p", "Entretien réalisé par M. Ghali, travailleur social — l'intéressé dort dans sa voiture depuis octobre, "
          "orientation SIAO faite le jour même."),
]

DOCX["s057_demande_reclassement.docx"] = [
    ("title", "Demande de reclassement pour inaptitude"),
    ("p", "Patricia Rouxel, ATSEM principale de 1re classe — école maternelle du Bourg, Saint-Grégoire"),
    ("p", "À Monsieur le Maire, le 2 février 2026"),
    ("p", "Monsieur le Maire,"),
    ("p", "Comme vous le savez, j'ai été opérée de deux hernies discales l'an dernier. Le médecin du "
          "travail a conclu à mon inaptitude définitive aux fonctions d'ATSEM (port des enfants, postures "
          "accroupies). J'ai obtenu la reconnaissance de la qualité de travailleur handicapé en décembre."),
    ("p", "Je sollicite une période de préparation au reclassement et je serais intéressée par un poste "
          "d'accueil ou administratif."),
    ("p", "Respectueusement, P. Rouxel"),
]

DOCX["s058_convocation_entretien_naturalisation.docx"] = [
    ("title", "Préfecture de la Loire — Plateforme naturalisations"),
    ("p", "Madame Ngozi ADEYEMI épouse MARCHETTI, 3 rue de la Résistance, 42000 Saint-Étienne"),
    ("p", "Dossier n° 2025X042-0311"),
    ("p", "Madame,"),
    ("p", "Dans le cadre de l'instruction de votre demande d'acquisition de la nationalité française par "
          "décision de l'autorité publique, vous êtes convoquée à un entretien d'assimilation le 14 avril "
          "2026 à 9 h 30. Vous devrez présenter votre titre de séjour (carte de résident), votre passeport "
          "nigérian et les originaux des pièces d'état civil."),
    ("p", "L'entretien porte sur votre connaissance de l'histoire, de la culture et de la société "
          "françaises ainsi que sur les droits et devoirs du citoyen."),
    ("p", "Le bureau des naturalisations"),
]

DOCX["s059_courrier_conflit_succession_concession.docx"] = [
    ("title", "Lettre au service des cimetières"),
    ("p", "Marie-Claude Delmas, 8 place de la Mairie, 12000 Rodez — le 19 août 2026"),
    ("p", "Madame, Monsieur,"),
    ("p", "Mon père, Raymond Delmas, est décédé le 10 août. Je vous demande de ne pas autoriser "
          "l'inhumation dans la concession familiale n° 412 sans mon accord : mon frère Alain, avec qui "
          "nous sommes fâchés depuis dix ans, veut y mettre aussi l'urne de sa femme, ce que notre père "
          "avait refusé de son vivant. Un avocat est saisi de la succession."),
    ("p", "Je vous joins l'acte de décès et le titre de concession."),
    ("p", "M.-C. Delmas"),
]

DOCX["s060_refus_agrement_assmat.docx"] = [
    ("title", "Département de la Marne — Protection maternelle et infantile"),
    ("p", "Décision de refus d'agrément d'assistante maternelle"),
    ("p", "Madame Aline PIERRARD, 45 rue de Cernay, 51100 Reims"),
    ("p", "Madame,"),
    ("p", "Vous avez sollicité un agrément pour l'accueil de trois enfants à votre domicile. L'enquête "
          "réalisée montre que votre conjoint, M. David Pierrard, qui vit au domicile, a été condamné en "
          "2021 pour des faits de violences sur mineur, mention portée au bulletin n° 2 de son casier "
          "judiciaire. Les conditions d'accueil ne garantissent donc pas la sécurité des enfants."),
    ("p", "En conséquence, l'agrément est refusé. Vous pouvez former un recours devant le tribunal "
          "administratif de Châlons-en-Champagne dans un délai de deux mois."),
    ("p", "Pour le Président du Conseil départemental, la médecin responsable de la PMI"),
]


# ---------------------------------------------------------------- sovereign, html

HTML["s061_page_asso_article_photo.html"] = (
    "Comité des fêtes de Ribérac — Revue de presse",
    """
<h1>On parle de nous !</h1>
<p>Publié par Daniel Mazière, secrétaire du comité, le 3 août 2026</p>
<p>Merci à la rédaction pour ce bel article paru dans <em>L'Écho de la Dronne</em> du 1er août, que nous reproduisons ci-dessous :</p>
<blockquote>
<h2>Ribérac : la fête des battages a fait le plein</h2>
<p>Par Sylvie Lagarde — photos Thomas Brunet / L'Écho de la Dronne</p>
<p>Sous un soleil de plomb, plus de 1 200 visiteurs se sont pressés dimanche au lieu-dit Les Chaumes pour la trente-deuxième fête des battages. La vieille batteuse Merlin de 1928, restaurée l'hiver dernier par une équipe de retraités passionnés, a craché sa paille dans un nuage de poussière dorée, sous les applaudissements.</p>
<p>« On a passé quatre mois sur la courroie et les paliers », raconte Michel Granger, le mécanicien de la bande. À midi, le repas champêtre a réuni 480 convives sous les platanes, autour d'un cochon à la broche. L'après-midi, les enfants ont pu s'essayer au lancer de bottes de paille, tandis que les anciens rejouaient au palet.</p>
<p>Le président du comité, Jacques Faure, annonce déjà une édition 2027 consacrée aux vieux tracteurs.</p>
<p><small>© Thomas Brunet — L'Écho de la Dronne. Tous droits réservés.</small></p>
</blockquote>
<p><img src="/medias/battages-2026-brunet.jpg" alt="La batteuse Merlin en action (photo T. Brunet)"></p>
""",
)

HTML["s062_courriel_usage_interne.html"] = (
    "RE: réclamation Mme Jolivet — stationnement",
    """
<p><strong>De :</strong> Sandrine Poulain (police municipale)<br>
<strong>À :</strong> Cabinet du maire<br>
<strong>Objet :</strong> RE: réclamation Mme Jolivet — stationnement<br>
<strong>Classification :</strong> USAGE INTERNE — ne pas transférer à l'usagère</p>
<p>Bonjour,</p>
<p>Pour préparer la réponse à Mme Jolivet (place de livraison rue Thiers) : les agents reconnaissent que le marquage au sol était effacé sur la moitié de la place le jour de la verbalisation. Je propose qu'on annule l'avis de contravention sans reconnaître d'erreur par écrit, et qu'on refasse le marquage cette semaine.</p>
<p>Cordialement,<br>S. Poulain, chef de service PM</p>
<hr>
<p>&gt; Pouvez-vous me dire ce qu'il en est exactement avant que je réponde ? Merci. — Cabinet</p>
""",
)

HTML["s063_ticket_faille_portail.html"] = (
    "Ticket DSI-2026-1187 — portail famille",
    """
<h1>Ticket DSI-2026-1187</h1>
<table>
<tr><th>Signalé par</th><td>Service scolaire (après appel d'un parent)</td></tr>
<tr><th>Application</th><td>Portail Famille — paiement cantine et périscolaire</td></tr>
<tr><th>Priorité</th><td>Critique</td></tr>
</table>
<h2>Description</h2>
<p>Un parent a constaté qu'en modifiant le numéro de dossier dans l'adresse de la page « Mes factures » (paramètre <code>?famille=</code>), on accède aux factures et coordonnées d'autres familles sans contrôle. La faille concerne toutes les familles inscrites (environ 4 300). Le compte administrateur du prestataire utilise toujours le mot de passe par défaut <code>Portail2019!</code>.</p>
<h2>Actions</h2>
<ul>
<li>Portail fermé ce jour 11 h 20 ;</li>
<li>correctif demandé à l'éditeur sous 48 h ;</li>
<li>changement du mot de passe administrateur ;</li>
<li>analyse des journaux pour savoir si la faille a été exploitée.</li>
</ul>
""",
)

HTML["s064_courriel_promoteur_strategie.html"] = (
    "Projet îlot Gare — notre stratégie",
    """
<p><strong>De :</strong> Benoît Charrier, directeur du développement — Habitat Provence Promotion<br>
<strong>À :</strong> Direction de l'urbanisme, Ville de Salon-de-Provence</p>
<p>Madame la directrice,</p>
<p>Comme convenu lors de notre rendez-vous, je vous précise, à titre strictement confidentiel, les paramètres de notre projet sur l'îlot Gare :</p>
<ul>
<li>prix de revient : 3 150 €/m² SHAB ; prix de vente visé 4 200 €/m², soit une marge opérationnelle de 11 % ;</li>
<li>nous avons sécurisé par promesse les parcelles BK 44 et BK 47, ce que nos concurrents ignorent ;</li>
<li>si la commune ne relève pas la hauteur autorisée à R+5, nous nous retirerons au profit d'une opération à Miramas.</li>
</ul>
<p>Merci de ne pas faire état de ces éléments en commission.</p>
<p>Bien à vous,<br>B. Charrier</p>
""",
)

HTML["s065_courriel_chef_service_incident.html"] = (
    "Incident gymnase — suite à donner",
    """
<p><strong>De :</strong> Franck Duval, responsable des équipements sportifs<br>
<strong>À :</strong> DRH — Mme Poirier<br>
<strong>Objet :</strong> Incident gymnase Coubertin — M. Lopes</p>
<p>Bonjour,</p>
<p>Suite à la réclamation du club de basket (copie jointe), je vous confirme que M. Nelson Lopes, gardien du gymnase, n'était pas à son poste samedi 7 mars entre 14 h et 17 h, ce qui a empêché l'ouverture de la salle pour un match. C'est la troisième absence injustifiée depuis janvier. Je demande l'engagement d'une procédure disciplinaire (blâme ou exclusion temporaire).</p>
<p>Je le reçois lundi pour l'informer.</p>
<p>Franck Duval</p>
""",
)

HTML["s066_courriel_assistante_sociale_college.html"] = (
    "Situation de Lina — confidentiel",
    """
<p><strong>De :</strong> Mme Aurélie Vasseur, assistante sociale scolaire — collège Louise-Michel, Creil<br>
<strong>À :</strong> M. Benoît Carpentier, CPE</p>
<p>Bonjour Benoît,</p>
<p>Pour ton information seulement : Lina Z. (4e C) est accueillie depuis vendredi au foyer départemental de l'enfance de Beauvais, sur décision en urgence du parquet, après ce qu'elle a confié à l'infirmière. Le transport scolaire est organisé par le foyer. Elle ne doit être remise à aucun membre de sa famille à la sortie ; si le père se présente, appelle-moi et la direction.</p>
<p>Aurélie</p>
""",
)

HTML["s067_reponse_detachement_syndical.html"] = (
    "Réponse — demande de mise à disposition",
    """
<p>Ville de Villeneuve-d'Ascq — Direction des ressources humaines</p>
<p>Monsieur Hervé Lambin<br>Technicien principal — direction des bâtiments</p>
<p>Monsieur,</p>
<p>Vous avez sollicité votre mise à disposition à temps complet auprès de l'Union départementale CFDT du Nord, qui vous a élu trésorier adjoint lors de son congrès de janvier. La convention de mise à disposition est jointe ; elle prendra effet le 1er avril 2026 pour trois ans. Votre rémunération reste à la charge de la Ville, remboursée dans le cadre du crédit de temps syndical.</p>
<p>La directrice des ressources humaines,<br>Élise Dhainaut</p>
""",
)

HTML["s068_formulaire_contact_opinion.html"] = (
    "Formulaire de contact — message reçu",
    """
<h2>Message reçu via le formulaire de contact — www.ville-pontarlier.fr</h2>
<table>
<tr><th>Nom</th><td>Jean-Baptiste Cuenot</td></tr>
<tr><th>Courriel</th><td>jb.cuenot25@free.fr</td></tr>
<tr><th>Objet</th><td>Inscription sur les listes électorales</td></tr>
</table>
<p>Bonjour, j'ai déménagé rue de Doubs en janvier. Je veux être sûr d'être inscrit pour les municipales, je vote écologiste depuis trente ans et cette fois c'est important pour moi de voter contre le projet de contournement. Merci de me confirmer mon bureau de vote. JB Cuenot</p>
""",
)

HTML["s069_echange_acte_mariage.html"] = (
    "Demande d'acte — échange de courriels",
    """
<p><strong>De :</strong> etatcivil@mairie-arles.fr<br><strong>À :</strong> Mme Laurence Pujol</p>
<p>Bonjour Madame, votre demande de copie d'acte de mariage a bien été traitée ; elle vous est adressée par courrier. Cordialement, le service état civil.</p>
<hr>
<p>&gt; Bonjour, je voudrais une copie de mon acte de mariage avec ma femme Nadia Ferhat, mariage célébré à Arles le 12 septembre 2020. C'est pour la banque. Adresse : 5 rue de la Roquette, 13200 Arles. Merci, Laurence Pujol</p>
""",
)

HTML["s070_signalement_discrimination.html"] = (
    "Signalement — accueil de la piscine",
    """
<h2>Plateforme de signalement — Défenseur des droits / relais de la Ville de Cergy</h2>
<p><strong>Déclarant :</strong> M. Christian Mbemba, 6 allée des Platanes, 95000 Cergy</p>
<p><strong>Faits :</strong> Le 21 juillet, à l'entrée de la piscine, l'agent m'a demandé une pièce d'identité alors qu'il ne l'a demandée à aucune des personnes blanches devant moi. Il m'a dit « chez vous ça se passe peut-être autrement ». Mes deux enfants étaient présents. Je suis français d'origine congolaise et je vis à Cergy depuis vingt ans.</p>
<p><strong>Demande :</strong> des excuses et un rappel aux agents.</p>
""",
)

HTML["s071_courriel_regroupement_adn.html"] = (
    "Regroupement familial — test ADN",
    """
<p><strong>De :</strong> Service social — OFII direction territoriale de Montpellier<br>
<strong>À :</strong> M. Mamadou Sow</p>
<p>Monsieur,</p>
<p>Dans le cadre de la procédure de réunification familiale de vos enfants Aïssatou et Ibrahima, l'ambassade a émis des doutes sur les actes de naissance. Vous avez accepté l'identification par empreintes génétiques prévue par le code de l'entrée et du séjour. Les résultats transmis par le laboratoire confirment la filiation pour les deux enfants. Le dossier est renvoyé au consulat de Dakar pour la délivrance des visas.</p>
<p>Cordialement,<br>OFII — Montpellier</p>
""",
)

HTML["s072_demande_amenagement_horaire_shabbat.html"] = (
    "Planning des gardes — message d'un agent",
    """
<p><strong>De :</strong> Benjamin Cohen-Solal (bibliothèque Part-Dieu)<br><strong>À :</strong> Planning réseau des bibliothèques</p>
<p>Bonjour,</p>
<p>Pour le planning de l'automne, est-ce que je peux éviter les fermetures du vendredi soir en hiver et les samedis ? Je ne travaille pas pendant le chabbat. Je compense volontiers avec les ouvertures du dimanche et les nocturnes du mardi.</p>
<p>Merci d'avance,<br>Benjamin</p>
""",
)

HTML["s073_mail_parent_sortie_scolaire.html"] = (
    "Classe de neige — Louane",
    """
<p><strong>De :</strong> Mme Karine Bertrand<br><strong>À :</strong> Mairie de Seynod — service enfance</p>
<p>Bonjour,</p>
<p>Louane part en classe de neige avec le CM1 de M. Favre. Elle fait des crises d'épilepsie (une ou deux par an, la dernière en mars). Son traitement se prend matin et soir ; je donnerai les boîtes et le protocole signé par le neurologue. En cas de crise de plus de 5 minutes, il faut lui donner le Buccolam et appeler le 15.</p>
<p>Pouvez-vous transmettre aux animateurs du centre ?</p>
<p>Karine Bertrand, 06 12 40 93 77</p>
""",
)

HTML["s074_notification_rejet_asile.html"] = (
    "Suivi de demande — CADA Les Glycines",
    """
<h2>Note de suivi — CADA Les Glycines, Poitiers</h2>
<p>Résident : M. Arsen Grigoryan et son épouse, chambre 14</p>
<p>Le 3 février, M. Grigoryan nous a remis la décision de la CNDA rejetant son recours. La famille n'a plus de droit au maintien en CADA au-delà d'un mois. Rendez-vous pris avec l'OFII pour une information sur l'aide au retour ; l'intéressé indique ne pas vouloir rentrer en Arménie. Orientation vers l'avocate pour un réexamen.</p>
<p>Travailleuse sociale : E. Fradin</p>
""",
)

HTML["s075_courriel_ccas_expulsion.html"] = (
    "Commandement de quitter les lieux",
    """
<p><strong>De :</strong> Mme Josette Rigal<br><strong>À :</strong> accueil@ccas-carcassonne.fr</p>
<p>Bonjour,</p>
<p>j'ai reçu ce matin par huissier un commandement de quitter les lieux pour le 15 avril, à la fin de la trêve. Je vis seule avec ma petite-fille au 12 rue Trivalle. Je touche 980 € de pension et le loyer est de 610 €. Je ne sais pas où aller. Pouvez-vous m'aider ?</p>
<p>Josette Rigal — 06 37 58 11 02</p>
<hr>
<p><em>Réponse du CCAS :</em> Madame, une travailleuse sociale vous recevra jeudi à 10 h. Apportez le commandement, votre bail et vos trois derniers avis de pension. Nous saisirons la commission de prévention des expulsions.</p>
""",
)


# ---------------------------------------------------------------- public, docx

DOCX["p046_arrete_permis_construire.docx"] = [
    ("title", "Arrêté accordant un permis de construire au nom de la commune"),
    ("p", "Commune de Mauléon — dossier n° PC 079 079 26 00004"),
    ("p", "Demandeur : SCI Les Vergers, représentée par M. Philippe Audebert, 2 route de Bressuire, 79700 Mauléon"),
    ("p", "Le Maire de Mauléon,"),
    ("p", "Vu la demande de permis de construire déposée le 8 janvier 2026, portant sur la construction d'un "
          "bâtiment de stockage agricole de 480 m² au lieu-dit La Gravelle ; vu le code de l'urbanisme ; vu le "
          "plan local d'urbanisme intercommunal approuvé le 12 décembre 2019 ; vu l'avis favorable du SDIS du "
          "2 février 2026 ;"),
    ("h", "ARRÊTE"),
    ("p", "Article 1 : le permis de construire est ACCORDÉ pour le projet décrit dans la demande susvisée."),
    ("p", "Article 2 : le bardage sera de teinte vert olive ou gris ardoise ; une haie bocagère d'essences "
          "locales sera plantée en limite nord."),
    ("p", "Article 3 : les eaux pluviales seront gérées à la parcelle."),
    ("p", "Fait à Mauléon, le 3 mars 2026. Le Maire."),
    ("p", "La présente décision est transmise au représentant de l'État. Elle peut faire l'objet d'un recours "
          "contentieux dans les deux mois à compter de son affichage sur le terrain."),
]

DOCX["p047_convention_location_salle.docx"] = [
    ("title", "Convention de mise à disposition de la salle communale de Larnod"),
    ("table", [
        ["Bénéficiaire", "Association Les Amis du Vieux Larnod — représentée par M. Gérard Vuillemin, président"],
        ["Objet", "Assemblée générale annuelle suivie d'un verre de l'amitié"],
        ["Date", "Vendredi 6 février 2026, 19 h – 23 h"],
        ["Capacité", "90 personnes maximum"],
        ["Tarif", "Gratuit (association communale)"],
        ["Caution", "300 €"],
    ]),
    ("p", "Article 1 — Le bénéficiaire s'engage à respecter le règlement intérieur de la salle, à laisser "
          "les locaux propres et à ranger les tables et chaises."),
    ("p", "Article 2 — Il atteste être couvert par une assurance responsabilité civile (attestation de l'assureur jointe)."),
    ("p", "Article 3 — Les clés sont remises en mairie la veille et rendues le lundi suivant avant 10 h."),
    ("p", "Fait à Larnod, le 12 janvier 2026. Le Maire / Le Président"),
]

DOCX["p048_reponse_demande_ralentisseur.docx"] = [
    ("title", "Mairie de Sainte-Luce-sur-Loire — Pôle aménagement"),
    ("p", "Monsieur et Madame Olivier et Agnès Dubreuil — 31 rue de la Loire, 44980 Sainte-Luce-sur-Loire"),
    ("p", "Objet : votre pétition pour un ralentisseur rue de la Loire (48 signatures)"),
    ("p", "Madame, Monsieur,"),
    ("p", "Nous avons bien reçu votre pétition. Un radar pédagogique a été installé du 2 au 16 mars. Les "
          "résultats sont les suivants :"),
    ("table", [
        ["Indicateur", "Sens Nantes → Thouaré", "Sens Thouaré → Nantes"],
        ["Véhicules par jour", "2 140", "1 980"],
        ["Vitesse moyenne", "41 km/h", "38 km/h"],
        ["V85", "52 km/h", "49 km/h"],
        ["Part au-dessus de 50 km/h", "17 %", "11 %"],
    ]),
    ("p", "Compte tenu de ces chiffres, un écluse (rétrécissement à voie unique) sera aménagée devant "
          "l'école en juillet. Une réunion de présentation aura lieu le 12 mai à 18 h 30 en mairie."),
    ("p", "Le conseiller délégué à la voirie, Didier Hervouet"),
]

DOCX["p049_formulaire_inscription_periscolaire.docx"] = [
    ("title", "Dossier unique d'inscription — accueil périscolaire et centre de loisirs"),
    ("p", "Ville de Lons-le-Saunier — année 2026-2027"),
    ("table", [
        ["Enfant", "CHAUVIN Jules — né le 02/02/2018 — école Richebourg, CM1"],
        ["Responsable 1", "Mme Élise CHAUVIN — 6 rue Lecourbe — 06 58 23 71 04"],
        ["Responsable 2", "M. Franck CHAUVIN — même adresse — 06 11 47 82 39"],
        ["Accueil du matin", "Oui (lundi, mardi, jeudi, vendredi)"],
        ["Accueil du soir", "Oui (mardi, jeudi)"],
        ["Mercredi", "Journée complète, centre de loisirs de la Marjorie"],
        ["Personnes autorisées à récupérer l'enfant", "Mme Lucienne Chauvin (grand-mère)"],
        ["Droit à l'image", "Accepté"],
        ["Quotient familial CAF", "1 020 €"],
    ]),
    ("p", "Je certifie l'exactitude des renseignements. Lons-le-Saunier, le 29/06/2026. Signature : É. Chauvin"),
]

DOCX["p050_rapport_plainte_odeurs.docx"] = [
    ("title", "Rapport d'intervention — nuisances olfactives"),
    ("p", "Service communal d'hygiène et de santé — Ville de Laval"),
    ("p", "Plaignant : M. Raphaël Bignon, 12 rue du Vieux-Saint-Louis — réclamation du 2 septembre 2026"),
    ("p", "Établissement en cause : boulangerie-pâtisserie « Au Fournil Lavallois », 14 rue du Vieux-Saint-Louis"),
    ("h", "Constatations du 9 septembre"),
    ("p", "L'extraction de la hotte du fournil débouche en façade arrière à 2,10 m du sol, sous les fenêtres "
          "du plaignant, sans filtre à graisses. Odeurs de friture perceptibles dans la cour entre 5 h et 8 h."),
    ("h", "Suites"),
    ("p", "Courrier au gérant demandant le rehaussement du conduit au-dessus du faîtage et l'entretien du "
          "filtre, sous trois mois. Information du plaignant ce jour. Contre-visite prévue en décembre."),
    ("p", "L'inspecteur de salubrité, Cyril Lemaître"),
]

DOCX["p051_courrier_reponse_demande_stage.docx"] = [
    ("title", "Réponse à une demande de stage"),
    ("p", "Mairie d'Épinal — Direction des ressources humaines"),
    ("p", "Mademoiselle Chloé Marchal, 21 rue d'Alsace, 88000 Épinal"),
    ("p", "Mademoiselle,"),
    ("p", "Vous avez sollicité un stage de huit semaines au service communication, dans le cadre de votre "
          "BUT Information-communication. J'ai le plaisir de vous informer que votre demande est acceptée, "
          "du 6 avril au 29 mai 2026, sous la tutelle de Mme Anne Demange, responsable du service. Une "
          "gratification légale vous sera versée. La convention tripartite vous sera adressée par l'IUT."),
    ("p", "Je vous prie d'agréer, Mademoiselle, mes salutations distinguées."),
    ("p", "La directrice des ressources humaines"),
]

DOCX["p052_plan_canicule_ccas.docx"] = [
    ("title", "Plan canicule 2026 — registre des personnes vulnérables"),
    ("p", "CCAS de Montauban — note d'information aux habitants"),
    ("p", "Les personnes âgées de 65 ans et plus, les personnes de plus de 60 ans reconnues inaptes au "
          "travail et les personnes en situation de handicap vivant à domicile peuvent s'inscrire sur le "
          "registre nominatif tenu par le CCAS. En cas de déclenchement du plan canicule par le préfet, "
          "elles seront appelées chaque jour par les agents du CCAS."),
    ("table", [
        ["Année", "Inscrits au registre", "Appels passés en alerte", "Visites à domicile"],
        ["2024", "612", "4 230", "58"],
        ["2025", "705", "6 112", "97"],
    ]),
    ("p", "Inscription : en ligne, par téléphone au 05 63 22 12 60, ou par un proche, un médecin ou un "
          "service d'aide à domicile avec l'accord de la personne."),
]

DOCX["p053_deliberation_tarifs_cantine.docx"] = [
    ("title", "Extrait du registre des délibérations du conseil municipal de Landivisiau"),
    ("p", "Séance du 18 juin 2026 — Présents : 24 — Représentés : 3 — Absents : 2"),
    ("p", "Délibération n° 2026-06-07 : Restauration scolaire — tarifs 2026-2027 et accueil des enfants "
          "bénéficiant d'un projet d'accueil individualisé"),
    ("p", "Rapporteur : Mme Morgane Le Saout, adjointe aux affaires scolaires."),
    ("p", "Le conseil municipal fixe les tarifs suivants, en fonction du quotient familial :"),
    ("table", [
        ["Quotient familial", "Tarif du repas"],
        ["0 à 500 €", "1,00 €"],
        ["501 à 900 €", "2,60 €"],
        ["901 à 1 300 €", "3,40 €"],
        ["Au-delà de 1 300 €", "4,10 €"],
        ["Panier repas (PAI allergie)", "1,20 € (accueil et surveillance)"],
    ]),
    ("p", "Adopté à l'unanimité. Le maire certifie le caractère exécutoire de la présente délibération."),
]

DOCX["p054_lettre_information_travaux_ecole.docx"] = [
    ("title", "Information aux familles — travaux de l'école Pasteur"),
    ("p", "Ville de Dieppe — Direction de l'éducation"),
    ("p", "Madame, Monsieur,"),
    ("p", "Pendant les vacances de printemps, la toiture du bâtiment B de l'école Pasteur sera refaite et "
          "des panneaux photovoltaïques seront installés. À la rentrée du 4 mai, deux classes (CE1 de "
          "Mme Lecomte et CE2 de M. Hauchecorne) seront accueillies provisoirement dans les modulaires "
          "installés dans la cour, jusqu'à la mi-juin. La restauration n'est pas concernée."),
    ("p", "Montant des travaux : 286 000 € TTC, financés à 40 % par l'État (DSIL)."),
    ("p", "Une visite des modulaires est proposée aux parents le jeudi 30 avril à 17 h."),
    ("p", "L'adjoint à l'éducation, Yannick Quesnel"),
]

DOCX["p055_reponse_question_ecrite_elus.docx"] = [
    ("title", "Réponse à la question écrite de M. Thierry Bouvard, conseiller municipal"),
    ("p", "Ville d'Annecy — question n° 2026-11 relative au délai de traitement des demandes d'état civil"),
    ("p", "Monsieur le Conseiller municipal,"),
    ("p", "Vous m'interrogez sur l'allongement des délais de délivrance des actes d'état civil. Voici les chiffres du service :"),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Demandes d'actes reçues", "41 200", "44 870"],
        ["Délai moyen de traitement (jours)", "3,1", "5,4"],
        ["Demandes dématérialisées", "68 %", "74 %"],
        ["Agents (ETP)", "11", "10"],
    ]),
    ("p", "Le poste vacant depuis septembre sera pourvu en mars ; le délai devrait revenir sous trois jours au printemps."),
    ("p", "Le Maire"),
]

DOCX["p056_rapport_accueil_demandeurs_asile.docx"] = [
    ("title", "Bilan annuel de la plateforme d'accueil des demandeurs d'asile de Haute-Vienne"),
    ("p", "Document présenté au comité de pilotage départemental — 12 février 2026"),
    ("table", [
        ["Indicateur", "2025"],
        ["Premiers accueils réalisés", "1 412"],
        ["Places d'hébergement (CADA + HUDA)", "980"],
        ["Taux d'occupation", "97 %"],
        ["Délai moyen d'enregistrement en GUDA", "4 jours"],
        ["Principaux pays d'origine", "Afghanistan, Géorgie, RD Congo, Guinée, Albanie"],
    ]),
    ("p", "Le comité relève la saturation de l'hébergement en fin d'année et propose l'ouverture de 60 places "
          "supplémentaires à Saint-Junien. L'accès à la scolarisation des enfants est assuré dans toutes "
          "les communes d'accueil."),
]

DOCX["p057_charte_accueil_usagers.docx"] = [
    ("title", "Charte Marianne — engagements d'accueil de la Mairie de Sète"),
    ("h", "Nos engagements"),
    ("p", "1. Vous accueillir avec courtoisie et vous orienter vers le bon interlocuteur."),
    ("p", "2. Répondre à vos courriers et courriels dans un délai de 15 jours ouvrés."),
    ("p", "3. Décrocher au téléphone en moins de 5 sonneries."),
    ("p", "4. Respecter la confidentialité de vos démarches et ne jamais vous demander de justificatifs inutiles."),
    ("p", "5. Mesurer votre satisfaction et publier les résultats chaque année."),
    ("h", "Résultats 2025"),
    ("table", [
        ["Engagement", "Objectif", "Réalisé"],
        ["Réponse aux courriers en 15 jours", "90 %", "86 %"],
        ["Décroché en 5 sonneries", "85 %", "91 %"],
        ["Usagers satisfaits de l'accueil", "90 %", "93 %"],
    ]),
]

DOCX["p058_certificat_hebergement_colonie.docx"] = [
    ("title", "Attestation de séjour — accueil collectif de mineurs"),
    ("p", "Ligue de l'enseignement du Cher — centre de vacances Le Pré Vert, Saint-Amand"),
    ("p", "Nous attestons que l'enfant Maxime RENAUD, né le 12/06/2015, domicilié 4 rue Jean-Jaurès, "
          "18000 Bourges, a participé au séjour « Nature et sciences » du 13 au 24 juillet 2026 (12 jours)."),
    ("p", "Montant du séjour : 690 €, "
          "intégralement acquitté par la famille."),
    ("p", "Pour servir auprès du comité d'entreprise. Fait à Bourges, le 30 juillet 2026."),
    ("p", "La directrice du séjour, Noémie Girault"),
]

DOCX["p059_note_service_elections_prudhomales.docx"] = [
    ("title", "Note aux agents — élections professionnelles du 3 décembre"),
    ("p", "Centre de gestion de la Sarthe — mairie de Sablé-sur-Sarthe"),
    ("p", "Les élections des représentants du personnel au comité social territorial et aux commissions "
          "administratives paritaires se dérouleront le jeudi 3 décembre 2026, de 8 h 30 à 17 h, par vote "
          "électronique. Cinq organisations syndicales ont déposé des listes : CGT, CFDT, FO, UNSA et FA-FPT."),
    ("p", "Chaque agent recevra ses identifiants par courrier à domicile. Un poste de vote sera disponible "
          "à l'accueil de la mairie et au centre technique. Les professions de foi sont consultables sur l'intranet."),
    ("p", "Participation en 2022 : 46 %. Votez !"),
    ("p", "Le directeur général des services"),
]

DOCX["p060_bilan_concertation_jardins.docx"] = [
    ("title", "Compte rendu — atelier de concertation « jardins familiaux des Prés-Saint-Jean »"),
    ("p", "Mairie de Chalon-sur-Saône — 14 octobre 2026 — animé par M. Cédric Pernot (service environnement)"),
    ("p", "Participants : 22 habitants, l'association des jardins familiaux (Mme Martine Varlet, présidente), "
          "le bailleur Grand Chalon Habitat."),
    ("h", "Propositions retenues"),
    ("p", "— 24 parcelles de 80 m² et 6 parcelles surélevées accessibles en fauteuil roulant ;"),
    ("p", "— récupération d'eau de pluie sur l'abri collectif ;"),
    ("p", "— cotisation de 40 € par an, réduite à 20 € pour les bénéficiaires de minima sociaux ;"),
    ("p", "— un carré pédagogique réservé aux écoles du quartier."),
    ("p", "Calendrier : travaux de janvier à mars, attribution des parcelles en avril par tirage au sort."),
]


# ---------------------------------------------------------------- public, html

HTML["p061_confirmation_rdv_urbanisme.html"] = (
    "Confirmation de rendez-vous — service urbanisme",
    """
<p>Bonjour Monsieur Thomas Barbier,</p>
<p>Votre rendez-vous avec l'architecte-conseil du CAUE est confirmé :</p>
<ul>
<li>Date : mardi 10 février 2026 à 14 h 30</li>
<li>Lieu : mairie de Vienne, service urbanisme, 2e étage</li>
<li>Objet : projet d'extension de maison (véranda 18 m²) — 14 chemin de la Baume</li>
</ul>
<p>Apportez des photos de la maison, un plan cadastral et vos premières esquisses. La consultation est gratuite.</p>
<p>Service urbanisme — référence RDV-URBA-0211</p>
""",
)

HTML["p062_page_faq_cantine.html"] = (
    "Restauration scolaire — questions fréquentes",
    """
<h1>Restauration scolaire : vos questions</h1>
<h2>Mon enfant a une allergie alimentaire, peut-il manger à la cantine ?</h2>
<p>Oui. Un projet d'accueil individualisé (PAI) est établi avec le médecin scolaire. Selon l'allergie, l'enfant mange le repas adapté ou un panier-repas fourni par la famille.</p>
<h2>Proposez-vous des menus sans viande ?</h2>
<p>Un menu végétarien est servi une fois par semaine à tous, et un menu sans viande est proposé chaque jour sur inscription.</p>
<h2>Comment est calculé le tarif ?</h2>
<p>Selon votre quotient familial CAF. Les familles au RSA ou en difficulté peuvent demander une aide au CCAS.</p>
<h2>Comment signaler une absence ?</h2>
<p>Sur le portail famille avant 9 h le jour même, sinon le repas est facturé.</p>
<p><small>Ville de Bourgoin-Jallieu — service éducation — mis à jour en août 2026</small></p>
""",
)

HTML["p063_reponse_reclamation_bus.html"] = (
    "Réponse à votre réclamation n° 26-4412",
    """
<p><strong>De :</strong> Service clients — réseau Astuce (Métropole Rouen Normandie)<br><strong>À :</strong> Mme Delphine Quéré</p>
<p>Madame,</p>
<p>Vous nous avez signalé que le bus de la ligne F3 n'était pas passé à l'arrêt « Mairie de Bihorel » le 12 janvier à 7 h 48. Après vérification, ce passage a été supprimé en raison de l'absence imprévue d'un conducteur, et l'information n'a pas été diffusée à temps sur l'application. Nous vous prions de nous en excuser. À titre de geste commercial, 10 voyages vous sont crédités sur votre carte.</p>
<p>Cordialement,<br>Le service clients</p>
""",
)

HTML["p064_actualite_permanence_juridique.html"] = (
    "Actualité — permanences d'accès au droit",
    """
<h1>Des permanences gratuites pour vos questions juridiques</h1>
<p>Publié le 6 janvier 2026</p>
<p>Divorce, garde des enfants, pension alimentaire, dettes, litige avec un propriétaire, droit des étrangers : le point-justice de la maison de services au public d'Issoire propose des permanences gratuites et confidentielles avec :</p>
<ul>
<li>un avocat du barreau de Clermont (1er et 3e lundis) ;</li>
<li>un conciliateur de justice (tous les mardis) ;</li>
<li>une juriste du CIDFF (jeudi matin) ;</li>
<li>l'association France Victimes 63 (sur rendez-vous).</li>
</ul>
<p>Prise de rendez-vous au 04 73 89 22 14.</p>
""",
)

HTML["p065_avis_recrutement_saisonniers.html"] = (
    "Recrutement d'agents saisonniers — été 2026",
    """
<h1>La Ville des Sables-d'Olonne recrute ses saisonniers</h1>
<table>
<tr><th>Poste</th><th>Nombre</th><th>Période</th></tr>
<tr><td>Surveillant(e) de baignade (BNSSA)</td><td>24</td><td>1er juillet – 31 août</td></tr>
<tr><td>Agent d'entretien des plages</td><td>12</td><td>15 juin – 15 septembre</td></tr>
<tr><td>Agent d'accueil de l'office de tourisme</td><td>6</td><td>juillet – août</td></tr>
<tr><td>Animateur(trice) de centre de loisirs (BAFA)</td><td>15</td><td>juillet – août</td></tr>
</table>
<p>Candidature en ligne avant le 15 mars. Logement possible pour les surveillants de baignade.</p>
""",
)

HTML["p066_reponse_demande_subvention_refus.html"] = (
    "Votre demande de subvention",
    """
<p>Mairie de Villefranche-sur-Saône — Direction de la culture</p>
<p>Monsieur Laurent Giraudon<br>Président de l'association « Ciné-Beaujolais »<br>9 rue Nationale, 69400 Villefranche-sur-Saône</p>
<p>Monsieur le Président,</p>
<p>Votre demande de subvention de 6 000 € pour le festival du court métrage a été examinée par la commission culture du 5 mars. Le budget 2026 ne permet pas de l'accorder en totalité : une subvention de 3 500 € est proposée au conseil municipal du 27 mars, ainsi que la mise à disposition gratuite du théâtre pour la soirée de clôture.</p>
<p>Veuillez agréer, Monsieur le Président, mes salutations distinguées.</p>
<p>L'adjointe à la culture</p>
""",
)

HTML["p067_page_aides_energie.html"] = (
    "Aides pour payer vos factures d'énergie",
    """
<h1>Vous avez du mal à payer vos factures d'énergie ?</h1>
<p>Plusieurs dispositifs existent :</p>
<ul>
<li>le <strong>chèque énergie</strong>, envoyé automatiquement selon vos revenus ;</li>
<li>le <strong>fonds de solidarité logement</strong> (FSL) du Département, pour les impayés d'eau, d'électricité et de gaz ;</li>
<li>l'<strong>aide facultative du CCAS</strong>, après rendez-vous avec une conseillère ;</li>
<li>un accompagnement gratuit par l'Espace conseil France Rénov' pour réduire vos consommations.</li>
</ul>
<p>Vous êtes menacé de coupure ? Contactez votre fournisseur et le CCAS sans attendre : du 1er novembre au 31 mars, la trêve hivernale interdit les coupures d'électricité et de gaz pour les résidences principales.</p>
<p>CCAS de Vierzon — 02 48 52 65 00</p>
""",
)

HTML["p068_accuse_reception_reclamation.html"] = (
    "Accusé de réception — réclamation",
    """
<p>Bonjour Madame Corinne Vallet,</p>
<p>Votre message du 22 avril relatif à l'éclairage public éteint rue des Jonquilles a bien été reçu et enregistré sous le n° REC-2026-1348. Il a été transmis au service éclairage public. Vous recevrez une réponse sous 15 jours.</p>
<p>Ceci est un message automatique, merci de ne pas y répondre.</p>
<p>Mairie de Saint-Quentin — Allô Mairie</p>
""",
)

HTML["p069_annonce_conference_sante_mentale.html"] = (
    "Semaines d'information sur la santé mentale",
    """
<h1>Semaines d'information sur la santé mentale 2026</h1>
<p>Du 9 au 22 mars, la Ville de Mâcon et le conseil local de santé mentale vous invitent à :</p>
<ul>
<li>une conférence « Dépression : en parler pour s'en sortir » avec une psychiatre du CH de Mâcon, mardi 10 mars, 18 h 30, salle des Ursulines ;</li>
<li>un ciné-débat sur la schizophrénie, jeudi 12 mars, cinéma Marivaux ;</li>
<li>une formation gratuite « Premiers secours en santé mentale » pour les habitants (inscription obligatoire).</li>
</ul>
<p>Entrée libre. Numéro national de prévention du suicide : 3114.</p>
""",
)

HTML["p070_lettre_info_recensement.html"] = (
    "Recensement de la population 2026",
    """
<p>Madame, Monsieur,</p>
<p>Votre logement fait partie de l'échantillon du recensement de la population 2026. Mme Isabelle Coudert, agente recenseuse munie d'une carte officielle tricolore, passera à votre domicile entre le 15 janvier et le 21 février pour vous remettre vos codes de connexion.</p>
<p>Répondre au recensement est obligatoire. Vos réponses sont confidentielles et ne peuvent donner lieu à aucun contrôle administratif ou fiscal.</p>
<p>Le Maire de Nogent-le-Rotrou</p>
""",
)

HTML["p071_echange_mail_location_minibus.html"] = (
    "Prêt du minibus communal",
    """
<p><strong>De :</strong> Alexandre Picard, entraîneur du FC Bréhal<br><strong>À :</strong> Service des sports</p>
<p>Bonjour, est-il possible d'emprunter le minibus 9 places le dimanche 22 février pour le déplacement des U13 à Granville ? Départ 8 h, retour 13 h. Merci ! Alex</p>
<hr>
<p><strong>Réponse :</strong> Bonjour M. Picard, c'est noté. Les clés sont à récupérer le samedi avant 12 h à l'accueil de la mairie, avec la copie du permis du conducteur. Merci de rendre le véhicule avec le plein. Service des sports, Bréhal.</p>
""",
)

HTML["p072_communique_journee_handicap.html"] = (
    "Journée internationale des personnes handicapées",
    """
<h1>3 décembre : la Ville s'engage pour l'inclusion</h1>
<p>À l'occasion de la journée internationale des personnes handicapées, la Ville de Lorient présente son bilan d'accessibilité : 84 % des établissements recevant du public municipaux sont désormais accessibles, 14 arrêts de bus ont été mis aux normes en 2026 et la médiathèque propose 2 300 livres en gros caractères et audio.</p>
<p>Le 3 décembre, un forum de l'emploi des travailleurs handicapés se tiendra au Palais des congrès avec Cap emploi, l'ESAT de Kerlir et une trentaine d'employeurs. Des démonstrations de handisport (cécifoot, basket fauteuil) auront lieu au gymnase du Moustoir.</p>
""",
)

HTML["p073_reponse_demande_copie_deliberation.html"] = (
    "Communication de document administratif",
    """
<p>Monsieur Jérôme Aubert,</p>
<p>Vous avez demandé la communication de la délibération du 14 novembre 2025 relative à la vente du terrain communal du lieu-dit Les Brosses et du rapport d'estimation des Domaines. Ces documents sont communicables : vous les trouverez en pièces jointes. La délibération est également publiée sur le site de la commune.</p>
<p>Pour le Maire, la secrétaire générale — Mairie de Saint-Amour</p>
""",
)

HTML["p074_page_etat_civil_mariage.html"] = (
    "Se marier à Montauban",
    """
<h1>Se marier à Montauban</h1>
<p>Le mariage est ouvert à deux personnes de sexe différent ou de même sexe. Au moins l'un des futurs époux doit avoir son domicile ou sa résidence à Montauban, ou l'un de ses parents.</p>
<h2>Le dossier</h2>
<ul>
<li>pièces d'identité des futurs époux ;</li>
<li>copies intégrales des actes de naissance de moins de 3 mois (6 mois si délivrées à l'étranger) ;</li>
<li>justificatif de domicile ;</li>
<li>informations sur les témoins (2 à 4).</li>
</ul>
<p>Si l'un des futurs époux est étranger, des pièces complémentaires peuvent être demandées (certificat de coutume, certificat de capacité à mariage). Une audition peut être organisée.</p>
<p>Dépôt du dossier sur rendez-vous, au moins deux mois avant la date souhaitée.</p>
""",
)

HTML["p075_notification_attribution_jardin.html"] = (
    "Attribution d'une parcelle de jardin familial",
    """
<p>Madame Hélène Lucas,<br>17 avenue de Verdun, 71100 Chalon-sur-Saône</p>
<p>Madame,</p>
<p>Nous avons le plaisir de vous informer que la parcelle n° 14 des jardins familiaux des Prés-Saint-Jean vous a été attribuée lors du tirage au sort du 3 avril. La cotisation annuelle de 40 € est payable à l'association avant le 30 avril. Les clés de l'abri vous seront remises lors de la réunion d'accueil du samedi 18 avril à 10 h sur place.</p>
<p>Service environnement — Mairie de Chalon-sur-Saône</p>
""",
)



# ---------------------------------------------------------------- continuations: replies, annexes, follow-ups


def more_html(name: str, extra: str) -> None:
    title, body = HTML[name]
    HTML[name] = (title, body + extra)


DOCX["s047_rapport_aemo_ecole.docx"] += [
    ("h", "Compte rendu de l'échange du 20 janvier (rédigé par la directrice)"),
    ("p", "Présents : Mme Santini (AEMO), Mme Perrin (enseignante de CE2), la directrice. Mme Santini indique "
          "que la mesure a été ordonnée après deux signalements, l'un de l'école en octobre, l'autre du centre "
          "social. La mère, seule avec trois enfants, travaille de nuit dans une entreprise de nettoyage ; "
          "Ilyès est souvent gardé par son frère de 14 ans."),
    ("p", "L'enseignante constate une amélioration depuis décembre : Ilyès est plus régulier, il participe "
          "à l'aide aux devoirs du mardi et du jeudi. Les absences du lundi persistent (6 depuis la rentrée "
          "de janvier). L'hygiène reste un sujet : vêtements identiques plusieurs jours de suite."),
    ("p", "Décisions : inscription d'Ilyès à la garderie du matin (prise en charge financière par le CCAS, "
          "démarche faite par l'éducatrice) ; point téléphonique mensuel entre l'école et l'éducatrice ; "
          "équipe éducative avec la mère le 10 mars. Le rapport d'échéance sera adressé au juge en octobre."),
]

DOCX["s048_demande_asa_congres.docx"] += [
    ("h", "Rappel réglementaire joint par le service des ressources humaines"),
    ("p", "Les autorisations spéciales d'absence de l'article 16 sont accordées aux représentants des "
          "organisations syndicales mandatés pour assister aux congrès et aux réunions des organismes "
          "directeurs, sur présentation de la convocation au moins trois jours à l'avance. Leur durée "
          "cumulée ne peut excéder dix jours par an et par agent pour les congrès des syndicats "
          "nationaux, vingt jours pour les congrès des fédérations et confédérations."),
    ("table", [
        ["Absences article 16 de M. Gauthier en 2026", "Jours"],
        ["Conseil fédéral (janvier)", "2"],
        ["Congrès fédéral (mars)", "4"],
        ["Total utilisé", "6"],
        ["Solde disponible", "14"],
    ]),
    ("p", "Le service de la paie est informé ; l'absence n'a aucune incidence sur la rémunération."),
]

DOCX["s051_demande_emplacement_aire.docx"] += [
    ("h", "Règlement intérieur — extrait remis au titulaire"),
    ("p", "La durée de séjour est limitée à trois mois, renouvelable une fois sur dérogation pour "
          "scolarisation, formation ou raison de santé. Le droit d'emplacement est de 2,50 € par jour ; "
          "l'eau et l'électricité sont payées d'avance par carte prépayée au bureau d'accueil."),
    ("p", "Le gestionnaire est présent du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h. En dehors "
          "de ces horaires, une astreinte est joignable au 05 49 21 08 40. Les animaux doivent être tenus "
          "en laisse ; le brûlage de câbles ou de déchets est strictement interdit."),
    ("p", "État des lieux d'entrée : emplacements 7 et 8, bloc sanitaire n° 4 en bon état, compteurs "
          "électriques relevés à 4 512 et 3 980 kWh."),
]

DOCX["s055_formulaire_demande_logement.docx"] += [
    ("h", "Situation professionnelle"),
    ("table", [
        ["", "Demandeur", "Co-demandeur"],
        ["Employeur", "CHU de Rennes (infirmier)", "Librairie Le Failler (libraire)"],
        ["Contrat", "Titulaire", "CDI"],
        ["Revenu net mensuel", "2 140 €", "1 280 €"],
    ]),
    ("h", "Souhaits de localisation"),
    ("p", "Rennes (quartiers Sud-Gare, Thabor, Centre), Cesson-Sévigné. Accès au métro souhaité. "
          "Pas de rez-de-chaussée."),
    ("h", "Cadre réservé au service logement"),
    ("p", "Dossier complet le 06/02/2026. Demande enregistrée au fichier partagé d'Ille-et-Vilaine. "
          "Le couple est informé du délai moyen d'attribution pour un T3 à Rennes (22 mois). Proposé à "
          "la commission de désignation de Néotoa lorsque des logements seront disponibles."),
]

DOCX["s056_domiciliation_ccas.docx"] += [
    ("h", "Fiche d'entretien social (usage du CCAS)"),
    ("p", "M. Leclercq, 55 ans, ancien chauffeur-livreur, a perdu son emploi en 2024 puis son logement "
          "en octobre 2025 à la suite d'une procédure d'expulsion pour loyers impayés (bailleur privé, "
          "rue Jules-Barni). Il dort dans sa voiture, garée sur le parking de la piscine du Coliseum. Il "
          "perçoit l'allocation de solidarité spécifique (545 €). Pas de dettes déclarées en dehors de "
          "l'arriéré locatif (3 900 €)."),
    ("p", "Actions : domiciliation ouverte ; demande SIAO pour une place en hébergement de stabilisation ; "
          "orientation vers l'épicerie sociale et les douches de l'accueil de jour ; accompagnement pour "
          "l'ouverture des droits à la complémentaire santé solidaire. Prochain rendez-vous : 26 janvier."),
]

DOCX["s057_demande_reclassement.docx"] += [
    ("h", "Réponse de l'autorité territoriale — 20 février 2026"),
    ("p", "Madame Rouxel, nous avons bien reçu votre demande. Après avis du conseil médical du 12 février "
          "confirmant votre inaptitude définitive aux fonctions d'ATSEM, vous bénéficiez d'une période de "
          "préparation au reclassement d'un an à compter du 1er mars 2026, avec maintien de votre traitement."),
    ("p", "Le projet de convention prévoit : un bilan de compétences au centre de gestion (mars–avril) ; "
          "une immersion de quatre semaines à l'accueil de la mairie annexe de La Forge ; une formation "
          "bureautique (CNFPT, 5 jours). Le poste sera aménagé selon les préconisations du médecin du "
          "travail (fauteuil ergonomique, pas de port de charges de plus de 5 kg)."),
    ("p", "La référente handicap de la collectivité, Mme Anne Le Corre, assurera le suivi et sollicitera "
          "le FIPHFP pour le financement de l'aménagement du poste."),
]

DOCX["s058_convocation_entretien_naturalisation.docx"] += [
    ("h", "Pièces à présenter (originaux)"),
    ("table", [
        ["Pièce", "Observations"],
        ["Titre de séjour", "Carte de résident en cours de validité"],
        ["Passeport", "Toutes les pages, y compris vierges"],
        ["Acte de naissance", "Traduit par un traducteur agréé"],
        ["Acte de mariage", "Mariage célébré à Saint-Étienne le 4 juin 2016"],
        ["Diplôme ou attestation de langue", "Niveau B1 oral et écrit"],
        ["Avis d'imposition", "2023, 2024 et 2025"],
        ["Contrat de travail et bulletins de salaire", "3 derniers"],
    ]),
    ("p", "L'entretien dure environ une heure. Vous pouvez être entendue en présence de votre conjoint "
          "pour la partie relative à la vie familiale. À l'issue de l'instruction, le préfet transmet sa "
          "proposition au ministre chargé des naturalisations."),
]

DOCX["s059_courrier_conflit_succession_concession.docx"] += [
    ("h", "Réponse du service des cimetières — 26 août 2026"),
    ("p", "Madame, nous avons bien reçu votre courrier et les pièces jointes. Nous vous rappelons que dans "
          "une concession familiale, chaque ayant droit du fondateur a en principe le droit d'y être "
          "inhumé, ainsi que son conjoint, sauf volonté contraire exprimée par le fondateur. Le titre de "
          "concession n° 412 ne comporte aucune restriction écrite."),
    ("p", "En cas de désaccord entre les ayants droit, le maire ne peut trancher : seul le juge judiciaire "
          "est compétent. Dans l'attente, l'inhumation de M. Raymond Delmas, demandée par l'entreprise "
          "de pompes funèbres Rouquette, aura lieu le 28 août comme prévu, puisqu'elle n'est contestée "
          "par personne. Aucune autre demande ne sera instruite sans l'accord écrit des deux enfants ou "
          "une décision de justice."),
    ("p", "Nous vous présentons nos sincères condoléances. — Le responsable du service, Patrice Lacan"),
]

DOCX["s052_enrolement_badge_biometrique.docx"] += [
    ("h", "Procédure en cas d'échec de lecture"),
    ("p", "Après trois échecs consécutifs, le lecteur se verrouille pendant 5 minutes et une alerte est "
          "envoyée au PC sécurité (poste 4400). L'agent peut alors accéder par le sas de secours avec son "
          "badge et le code personnel remis sous pli. Le journal des accès à la zone stupéfiants est "
          "contrôlé chaque semaine par le pharmacien gérant, Dr Lesage."),
    ("p", "Le gabarit est effacé à la fin de l'affectation, ou sur demande si l'agent choisit la méthode "
          "alternative (badge + code), conformément à l'analyse d'impact réalisée en 2025."),
]

DOCX["p051_courrier_reponse_demande_stage.docx"] += [
    ("h", "Informations pratiques pour votre arrivée"),
    ("p", "Votre premier jour, lundi 6 avril, présentez-vous à 9 h à l'accueil de l'hôtel de ville, 9 rue "
          "du Général-Leclerc. Mme Demange vous présentera l'équipe (deux chargées de communication, un "
          "graphiste, une photographe) et vous remettra votre badge et votre accès au réseau."),
    ("p", "Missions prévues : participation à la rédaction du magazine municipal de juin, animation des "
          "réseaux sociaux de la ville, préparation de la communication de la fête des Images, revue de "
          "presse quotidienne. Horaires : 35 heures par semaine, du lundi au vendredi."),
    ("p", "Restauration : accès au restaurant administratif (tarif stagiaire 3,90 €). Prise en charge de "
          "50 % de l'abonnement de bus Imagine sur présentation du justificatif."),
]

DOCX["p055_reponse_question_ecrite_elus.docx"] += [
    ("h", "Mesures engagées"),
    ("p", "1. Recrutement : le jury pour le poste vacant se réunit le 20 février ; un agent contractuel "
          "assure l'intérim depuis le 2 janvier."),
    ("p", "2. Organisation : les demandes d'actes reçues par voie dématérialisée sont désormais traitées "
          "chaque matin par un binôme dédié, les demandes papier l'après-midi."),
    ("p", "3. Outils : la mise à jour du logiciel d'état civil, prévue en avril, permettra l'envoi "
          "automatique des actes aux notaires par la plateforme COMEDEC, qui représentent 31 % des demandes."),
    ("p", "4. Information des usagers : le délai moyen constaté sera affiché chaque mois sur le site."),
    ("p", "La présente réponse sera annexée au procès-verbal du prochain conseil municipal, conformément "
          "au règlement intérieur (article 8)."),
]

DOCX["p056_rapport_accueil_demandeurs_asile.docx"] += [
    ("h", "Activité détaillée par trimestre"),
    ("table", [
        ["Trimestre", "Premiers accueils", "Orientations vers un hébergement", "Domiciliations ouvertes"],
        ["T1", "318", "204", "112"],
        ["T2", "341", "221", "96"],
        ["T3", "362", "198", "131"],
        ["T4", "391", "176", "144"],
    ]),
    ("h", "Accès aux droits"),
    ("p", "La plateforme a accompagné 1 106 ouvertures de droits à la protection universelle maladie et "
          "874 demandes d'allocation pour demandeur d'asile. Le délai moyen d'ouverture de la PUMa est de "
          "47 jours, en baisse de 12 jours grâce à la convention signée avec la CPAM en mars."),
    ("h", "Points de vigilance"),
    ("p", "Le comité relève la hausse des familles avec de jeunes enfants hébergées à l'hôtel faute de place "
          "(moyenne de 38 familles par nuit en décembre), les difficultés d'accès à l'interprétariat pour "
          "les langues rares (tigrigna, pachto) et l'insuffisance des cours de français avant la décision "
          "de l'OFPRA."),
    ("h", "Recommandations"),
    ("p", "Ouverture de 60 places à Saint-Junien ; conventionnement avec un second service "
          "d'interprétariat téléphonique ; mise en place d'ateliers sociolinguistiques dans les trois "
          "principaux lieux d'hébergement ; point trimestriel avec l'Éducation nationale sur la "
          "scolarisation."),
]

DOCX["p058_certificat_hebergement_colonie.docx"] += [
    ("h", "Programme du séjour"),
    ("p", "Observation des étoiles avec le club d'astronomie de Saint-Amand, construction de fusées à eau, "
          "randonnée en forêt de Tronçais, canoë sur le Cher, veillées. Groupe de 42 enfants de 8 à 12 ans, "
          "encadré par une directrice, six animateurs et un assistant sanitaire."),
    ("p", "Le séjour est déclaré auprès du service départemental à la jeunesse, à l'engagement et aux sports "
          "(n° 0180026CL000112). Le centre est agréé pour 60 lits."),
]

DOCX["p057_charte_accueil_usagers.docx"] += [
    ("h", "Vos avis"),
    ("p", "Vous pouvez donner votre avis sur l'accueil à tout moment : questionnaire papier à l'accueil "
          "de chaque bâtiment, formulaire en ligne sur sete.fr, ou plateforme nationale « Services Publics + »."),
    ("p", "En 2025, 1 842 questionnaires ont été recueillis. Les usagers ont surtout salué l'amabilité des "
          "agents (95 % satisfaits) et regretté l'attente au service des titres d'identité en mai et juin. "
          "Deux créneaux d'ouverture supplémentaires (mardi soir jusqu'à 19 h, samedi matin) ont été créés "
          "en septembre. Les réclamations écrites (214) ont reçu une réponse en 11 jours ouvrés en moyenne."),
]


DOCX["s046_evaluation_annuelle_agent.docx"] += [
    ("h", "Objectifs de l'année écoulée et résultats"),
    ("table", [
        ["Objectif fixé en 2025", "Résultat", "Commentaire de l'évaluateur"],
        ["Mettre en place les modèles de pièces pour les marchés de travaux",
         "Partiellement atteint", "Modèles livrés en septembre au lieu d'avril ; deux versions contradictoires ont circulé."],
        ["Réduire le délai moyen de passation des MAPA à 45 jours",
         "Non atteint", "Délai moyen constaté : 63 jours."],
        ["Former les services acheteurs à la plateforme de dématérialisation",
         "Atteint", "Trois sessions réalisées, bonne appréciation des participants."],
        ["Assurer le suivi des avenants et des reconductions",
         "Non atteint", "Reconduction du marché de nettoyage des vitres oubliée ; le service a dû passer une commande hors marché."],
    ]),
    ("h", "Faits marquants"),
    ("p", "En mai, la consultation relative à l'entretien des espaces verts de la zone d'activités a dû être "
          "déclarée sans suite : le règlement de consultation mentionnait une pondération prix/valeur "
          "technique de 60/40 alors que le rapport d'analyse avait été établi sur une pondération de 40/60. "
          "Un candidat évincé a saisi le tribunal administratif en référé précontractuel ; la collectivité a "
          "été condamnée à verser 1 500 € au titre des frais de justice."),
    ("p", "En octobre, un échange vif a opposé Mme Houillon à la directrice des services techniques au sujet "
          "du calendrier de la consultation pour la rénovation du gymnase. L'échange a eu lieu devant deux "
          "agents du service. Un rappel verbal sur le respect dû aux collègues a été fait le 22 octobre."),
    ("h", "Objectifs pour 2027"),
    ("p", "1. Faire valider chaque dossier de consultation par le responsable avant publication (100 % des procédures)."),
    ("p", "2. Tenir à jour le tableau de suivi des échéances des marchés, vérifié chaque mois en réunion de service."),
    ("p", "3. Suivre la formation « Rédiger un règlement de consultation » (CNFPT, 2 jours) et la formation "
          "« Gestion des situations conflictuelles » (1 jour)."),
    ("h", "Avis sur l'évolution professionnelle"),
    ("p", "L'agent souhaite passer l'examen professionnel de rédacteur principal de 2e classe. L'évaluateur "
          "estime que cette démarche est prématurée et recommande de la reporter d'un an. Il n'est pas proposé "
          "d'augmentation du complément indemnitaire annuel pour 2026 (CIA fixé à 0 €, contre 350 € en 2025)."),
    ("p", "Le compte rendu est communiqué à l'agent, qui peut formuler ses observations dans un délai de "
          "quinze jours, demander sa révision à l'autorité territoriale puis saisir la commission "
          "administrative paritaire."),
]


more_html("s066_courriel_assistante_sociale_college.html", """
<hr>
<p><strong>De :</strong> Benoît Carpentier, CPE<br><strong>À :</strong> Aurélie Vasseur</p>
<p>Bien reçu. J'ai prévenu la vie scolaire sans donner de détail : Lina est « autorisée à partir uniquement avec le chauffeur du foyer ». Pour les absences de la semaine dernière, je les justifie au titre de la situation familiale. Est-ce que le professeur principal doit être informé ? Elle a un conseil de classe le 3 et ses notes ont chuté depuis la Toussaint.</p>
<hr>
<p><strong>De :</strong> Aurélie Vasseur</p>
<p>Oui, le PP seulement, et oralement : qu'elle est hébergée ailleurs pour le moment et qu'il faut être bienveillant sur les résultats du trimestre. Une audience chez le juge des enfants est fixée au 28. Je te tiens au courant des décisions concernant les visites. Merci de détruire ce message après lecture.</p>
""")

more_html("s067_reponse_detachement_syndical.html", """
<h2>Annexe — conditions de la mise à disposition</h2>
<ul>
<li>Durée : trois ans, du 1er avril 2026 au 31 mars 2029, renouvelable.</li>
<li>Lieu d'exercice : locaux de l'Union départementale, Lille.</li>
<li>Déroulement de carrière : l'agent conserve ses droits à avancement ; son évaluation est assurée au vu d'une attestation de l'organisation syndicale.</li>
<li>Retour : l'agent est réaffecté dans son emploi ou, à défaut, dans un emploi correspondant à son grade au sein de la direction des bâtiments.</li>
</ul>
<p>Copie : M. le directeur des bâtiments ; service paie ; dossier individuel.</p>
""")

more_html("s070_signalement_discrimination.html", """
<h3>Suite donnée par la Ville (réponse du 5 août)</h3>
<p>Monsieur Mbemba,</p>
<p>La directrice des sports a reçu l'agent concerné ainsi que le chef de bassin. L'agent ne conteste pas vous avoir demandé une pièce d'identité, mais conteste les propos rapportés. Deux autres usagers présents ont confirmé votre version. Une procédure disciplinaire a été engagée et l'agent a été affecté à un autre poste dans l'attente de la décision. Un rappel écrit a été adressé à l'ensemble des agents d'accueil : le contrôle des pièces d'identité n'est prévu qu'en cas d'utilisation d'un tarif réduit.</p>
<p>Nous vous présentons, ainsi qu'à vos enfants, les excuses de la Ville. Vous recevrez trois entrées gratuites pour la saison.</p>
<p>L'adjointe au maire chargée de la lutte contre les discriminations</p>
""")

more_html("s071_courriel_regroupement_adn.html", """
<hr>
<p>&gt; <strong>Message de M. Sow, le 12 mai :</strong> Bonjour, je voudrais savoir combien de temps pour les visas maintenant. Les enfants sont chez leur grand-mère à Thiès. Et qui paie le test ADN ? J'ai reçu une facture du laboratoire de 480 euros. Merci. Mamadou Sow, 14 rue du Faubourg-Figuerolles, Montpellier</p>
<p><strong>Réponse :</strong> Monsieur, le coût de l'examen est pris en charge par l'État lorsque la filiation est établie : adressez la facture au consulat avec le résultat, qui vous remboursera. Le délai de délivrance des visas est habituellement de trois à six semaines après la transmission du dossier. À leur arrivée, les enfants devront passer la visite médicale de l'OFII ; vous serez convoqué avec eux pour la signature du contrat d'intégration républicaine de la famille.</p>
""")

more_html("s073_mail_parent_sortie_scolaire.html", """
<hr>
<p><strong>Réponse du service enfance (Mme Isabelle Gay) :</strong></p>
<p>Bonjour Madame Bertrand,</p>
<p>Merci pour ces informations. Nous les avons transmises au directeur du centre de la Clusaz et à l'assistante sanitaire du séjour, qui conservera le traitement et le protocole. Nous avons prévu que Louane dorme dans une chambre proche de celle des animateurs. L'assistante sanitaire vous appellera avant le départ pour vérifier les horaires de prise. Pour l'activité ski, le moniteur de l'ESF sera informé qu'un enfant du groupe a un protocole d'urgence, sans précision sur la nature de la maladie, sauf si vous l'autorisez.</p>
<p>Les coordonnées du médecin de station et de l'hôpital d'Annecy sont dans la fiche sanitaire du séjour.</p>
<p>Bien cordialement,<br>Isabelle Gay, responsable des séjours</p>
""")

more_html("s074_notification_rejet_asile.html", """
<h3>Historique du parcours</h3>
<table>
<tr><th>Date</th><th>Étape</th></tr>
<tr><td>12/03/2024</td><td>Enregistrement de la demande au GUDA de Poitiers</td></tr>
<tr><td>04/04/2024</td><td>Entrée au CADA Les Glycines</td></tr>
<tr><td>17/01/2025</td><td>Entretien à l'OFPRA</td></tr>
<tr><td>21/05/2025</td><td>Rejet de l'OFPRA</td></tr>
<tr><td>18/06/2025</td><td>Recours devant la CNDA, avec aide juridictionnelle</td></tr>
<tr><td>27/01/2026</td><td>Lecture de la décision de rejet par la CNDA</td></tr>
</table>
<p>Situation de la famille : Mme Grigoryan suit un traitement au CHU pour une maladie chronique ; une demande de titre de séjour pour soins pourrait être envisagée, à discuter avec l'avocate. Les deux enfants sont scolarisés à l'école Paul-Bert (CP et CE2).</p>
<p>Prochaine étape : notification attendue d'une obligation de quitter le territoire par la préfecture ; sortie du CADA au plus tard le 3 mars.</p>
""")

more_html("s065_courriel_chef_service_incident.html", """
<hr>
<p><strong>De :</strong> Mme Poirier, DRH<br><strong>À :</strong> Franck Duval</p>
<p>Bonjour Franck,</p>
<p>Merci. Avant d'engager une procédure, j'ai besoin de votre rapport circonstancié avec les dates des trois absences, les plannings signés et les éventuels échanges écrits avec M. Lopes. Lors de votre entretien de lundi, ne parlez pas encore de sanction : vous pouvez lui demander de s'expliquer et faire un compte rendu. Si les faits sont établis, nous lui adresserons une convocation avec communication du dossier. Pour information, il a déjà reçu un avertissement en 2024 pour des faits similaires.</p>
<p>Céline Poirier</p>
""")

more_html("s062_courriel_usage_interne.html", """
<hr>
<p>&gt; Pièce jointe : réclamation de Mme Jolivet reçue le 2 mai : « J'ai été verbalisée le 28 avril à 10 h 12 rue Thiers sur une place que rien n'indiquait comme place de livraison. Je vous joins mes photos. Je demande l'annulation de l'amende de 35 €. » Brigitte Jolivet, 4 rue Thiers.</p>
<p><em>Note du cabinet :</em> réponse proposée à la signature de l'adjoint à la sécurité — « Après examen des circonstances, il a été décidé de faire droit à votre demande. » Aucune mention du marquage. Marquage commandé au prestataire pour le 12 mai.</p>
""")

more_html("p061_confirmation_rdv_urbanisme.html", """
<h2>Avant votre rendez-vous</h2>
<p>Votre maison est située en zone UC du plan local d'urbanisme. Pour une véranda, les règles principales sont les suivantes :</p>
<ul>
<li>emprise au sol totale limitée à 40 % du terrain ;</li>
<li>recul de 3 m minimum par rapport aux limites séparatives, ou implantation en limite si la hauteur ne dépasse pas 3,50 m ;</li>
<li>matériaux : structure aluminium ou bois, teinte en harmonie avec les menuiseries existantes.</li>
</ul>
<p>Une véranda de moins de 20 m² relève d'une déclaration préalable ; au-delà, ou si la surface totale dépasse 150 m², un permis de construire et le recours à un architecte peuvent être nécessaires. L'architecte-conseil vous aidera à choisir la procédure adaptée.</p>
<p>Pour annuler ou déplacer votre rendez-vous : 04 74 78 30 24.</p>
""")

more_html("p063_reponse_reclamation_bus.html", """
<p>Pour information, la ligne F3 connaît depuis janvier des perturbations liées à des travaux sur la route de Darnétal : les horaires du matin ont été adaptés à partir du 2 février (départ de 7 h 44 au lieu de 7 h 48 à l'arrêt Mairie de Bihorel). Pour être prévenue en temps réel, vous pouvez activer les alertes de votre ligne dans l'application Astuce, rubrique « Mes favoris ».</p>
<p>Si votre trajet est régulier, l'abonnement mensuel (56 €) peut être pris en charge à 50 % par votre employeur. Le réseau propose également un abonnement annuel avec deux mois offerts.</p>
<p>Nous restons à votre écoute au 02 35 52 52 52, du lundi au samedi, de 7 h à 19 h.</p>
""")

more_html("p064_actualite_permanence_juridique.html", """
<h2>Comment ça marche ?</h2>
<p>Les rendez-vous durent 30 minutes. Apportez tous les documents utiles (courriers reçus, contrat, jugement, décompte de dettes). Les professionnels vous informent sur vos droits et vous orientent ; ils ne rédigent pas d'actes et ne vous représentent pas devant le tribunal.</p>
<h2>Aide juridictionnelle</h2>
<p>Si vous devez engager une procédure, l'aide juridictionnelle peut prendre en charge tout ou partie des frais d'avocat selon vos ressources. Le point-justice vous aide à remplir le formulaire (cerfa 16146).</p>
<h2>En 2025</h2>
<p>Les permanences ont accueilli 612 personnes : 38 % pour des questions de famille, 22 % de logement, 17 % de consommation et de dettes, 11 % de travail, 8 % de droit des étrangers et 4 % pour d'autres sujets.</p>
<p>Maison France Services d'Issoire, 18 place de la République.</p>
""")

more_html("p066_reponse_demande_subvention_refus.html", """
<p>Pour que la subvention puisse être versée après le vote du conseil, merci de nous faire parvenir :</p>
<ul>
<li>le budget prévisionnel du festival réajusté au montant proposé ;</li>
<li>le compte rendu financier de l'édition 2025 ;</li>
<li>un relevé d'identité bancaire au nom de l'association ;</li>
<li>l'attestation d'assurance pour la soirée au théâtre.</li>
</ul>
<p>La commission culture a salué la progression de la fréquentation (1 900 spectateurs en 2025) et l'action menée avec les lycées de l'agglomération. Elle vous invite à solliciter la Communauté d'agglomération et la Région, qui disposent de fonds pour les festivals de cinéma.</p>
<p>Contact : M. Yannick Besson, chargé de mission vie culturelle — 04 74 62 60 00</p>
""")

more_html("p069_annonce_conference_sante_mentale.html", """
<h2>Où trouver de l'aide à Mâcon ?</h2>
<ul>
<li>Centre médico-psychologique adultes, 7 rue de Lyon (accueil sans rendez-vous le lundi matin) ;</li>
<li>Maison des adolescents de Saône-et-Loire, antenne de Mâcon, pour les 11–25 ans et leurs familles ;</li>
<li>Groupe d'entraide mutuelle « L'Escale », ouvert du mardi au samedi ;</li>
<li>UNAFAM 71, accueil des proches (permanence le 2e jeudi du mois).</li>
</ul>
<p>Le conseil local de santé mentale réunit la Ville, le centre hospitalier, les bailleurs sociaux, la police, les associations d'usagers et de familles. En 2025, il a mis en place une cellule de coordination pour les situations complexes et formé 86 agents municipaux aux premiers secours en santé mentale.</p>
""")

more_html("p072_communique_journee_handicap.html", """
<h2>Les chiffres de l'accessibilité à Lorient</h2>
<table>
<tr><th>Équipement</th><th>2020</th><th>2026</th></tr>
<tr><td>Écoles accessibles</td><td>11 sur 24</td><td>21 sur 24</td></tr>
<tr><td>Équipements sportifs</td><td>9 sur 19</td><td>16 sur 19</td></tr>
<tr><td>Arrêts de bus aux normes</td><td>46 %</td><td>78 %</td></tr>
<tr><td>Places de stationnement réservées</td><td>312</td><td>365</td></tr>
</table>
<p>Le budget consacré à l'agenda d'accessibilité programmée atteint 1,2 million d'euros en 2026. La commission communale pour l'accessibilité, qui associe les associations de personnes handicapées, se réunira le 10 décembre pour établir le programme 2027.</p>
<p>Contact presse : service communication, 02 97 02 23 00.</p>
""")

more_html("p065_avis_recrutement_saisonniers.html", """
<h2>Conditions</h2>
<ul>
<li>Avoir 18 ans au début du contrat (16 ans pour l'entretien des plages, avec autorisation parentale).</li>
<li>Surveillants de baignade : BNSSA à jour de la révision quinquennale et PSE1 ; une session de remise à niveau est organisée le 20 juin.</li>
<li>Rémunération : SMIC horaire, majorée pour les dimanches et jours fériés ; heures supplémentaires payées.</li>
<li>Temps de travail : 35 heures hebdomadaires, par roulement incluant les week-ends.</li>
</ul>
<p>Les candidatures des jeunes sablais sont examinées en priorité. Le service des ressources humaines organise une matinée d'information le samedi 14 février à 10 h à l'hôtel de ville.</p>
""")


if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
