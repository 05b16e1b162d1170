"""Build the .docx and .html documents of the dev7 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev7_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev7"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {
    "s056_fiche_situation.docx": [
        ("title", "COMMUNE DE GUINGAMP – Ressources humaines"),
        ("p", "FICHE DE MISE À JOUR DE LA SITUATION PERSONNELLE DE L'AGENT"),
        ("p", "À retourner au service carrière – paie avec les justificatifs. Les informations sont réservées au gestionnaire."),
        ("table", [["Rubrique", "Situation antérieure", "Nouvelle situation"],
                   ["Nom, prénom", "GIRARD Martine", "inchangé"],
                   ["Grade", "Adjointe administrative principale", "inchangé"],
                   ["Conjoint", "M. Alain GIRARD, marié le 12/06/1993", "Décédé le 3 février (acte de décès joint)"],
                   ["Enfants à charge", "Lucie (17 ans)", "Lucie (17 ans)"],
                   ["Personne à prévenir en cas d'urgence", "M. Alain Girard", "Mme Anne Corlay (sœur), 06 xx xx xx 22"],
                   ["Bénéficiaire du capital décès CNRACL", "—", "Sans objet"],
                   ["Mutuelle", "Couverture famille", "Couverture agent + 1 enfant à compter du 1er mars"]]),
        ("p", "Observations de l'agent : je souhaite que la demande de capital décès au titre de l'emploi de mon mari (agent de la SNCF) soit accompagnée par l'assistante sociale du personnel. Je reprendrai à mi-temps sur mon droit à congé annuel pendant le mois de mars, si mon chef de service est d'accord."),
        ("p", "Date : 19 février. Signature de l'agent : M. Girard"),
        ("p", "Visa du gestionnaire : dossier mis à jour le 21/02 – rappel SFT néant – information transmise à la mutuelle. Gestionnaire : Y. Le Roux."),
    ],
    "s057_registre_espace_rencontre.docx": [
        ("title", "ESPACE RENCONTRE PARENTS-ENFANTS « LE PASSAGE » – Poitiers"),
        ("p", "Fiche de suivi des rencontres – document destiné au juge aux affaires familiales"),
        ("p", "Décision de référence : ordonnance du juge aux affaires familiales de Poitiers du 9 janvier, fixant un droit de visite de M. Fabrice ARNAUD à l'égard de ses enfants Tom (8 ans) et Zoé (5 ans), à exercer en lieu neutre, deux samedis par mois, de 14 h à 16 h, pour une durée de six mois."),
        ("p", "Parent hébergeant : Mme Élise Berthon, mère des enfants, domiciliée à Buxerolles."),
        ("table", [["Date", "Présence du père", "Présence des enfants", "Observations"],
                   ["03/02", "Oui, à l'heure", "Oui", "Retrouvailles émues après quatre mois sans contact ; jeux de société ; Zoé reste en retrait."],
                   ["17/02", "Oui, 20 min de retard", "Oui", "Le père questionne Tom sur le nouveau compagnon de la mère ; recadrage par l'accueillante."],
                   ["02/03", "Non", "Oui", "Absence sans prévenir ; enfants déçus ; Tom pleure."],
                   ["16/03", "Oui", "Tom seul", "Zoé malade (certificat). Rencontre apaisée, le père a apporté des photos de famille."]]),
        ("p", "Synthèse intermédiaire : les rencontres se déroulent globalement dans le calme. Le père a besoin d'être accompagné pour ne pas impliquer les enfants dans le conflit parental. Une poursuite en lieu neutre est préconisée avant tout passage à des visites libres."),
        ("p", "Rédigé par Mme Sylvie Naud, accueillante, le 20 mars. Transmis au greffe et aux avocats des parties."),
    ],
    "s058_rapport_logement.docx": [
        ("title", "OFFICE FRANÇAIS DE L'IMMIGRATION ET DE L'INTÉGRATION – Direction territoriale de Lille"),
        ("p", "Compte rendu de vérification des conditions de logement et de ressources"),
        ("p", "Dossier n° 59-RF-2024-0381 – transmis par la Ville de Lens (service logement), agent vérificateur : M. Damien Lefort, le 6 mai."),
        ("table", [["Demandeur", "M. Rachid BENSAÏD, né le 14/03/1985, carte de résident valable jusqu'en 2031"],
                   ["Bénéficiaires", "Épouse, Mme Samira Bensaïd, et leurs deux enfants (9 et 6 ans), résidant à Oujda"],
                   ["Adresse du logement", "12 rue Jean-Jaurès, 62300 Lens – type 3, 58 m²"],
                   ["Surface exigée (zone C, 4 personnes)", "52 m² – conforme"],
                   ["Ressources (12 derniers mois)", "1 612 € nets mensuels en moyenne, CDI de préparateur de commandes – conformes au SMIC"],
                   ["Équipements", "Chauffage, eau chaude, sanitaires conformes ; humidité dans la chambre 2"]]),
        ("p", "Observations : le logement est propre et meublé. M. Bensaïd explique qu'il vit séparé de sa famille depuis quatre ans et qu'il a refait la peinture de la chambre des enfants. Le propriétaire s'est engagé par écrit à traiter l'humidité avant l'arrivée de la famille."),
        ("p", "Avis du maire : favorable sous réserve du traitement de l'humidité. Signé : l'adjointe déléguée au logement."),
    ],
    "s059_controle_titres.docx": [
        ("title", "SYNDICAT INTERCOMMUNAL DES EAUX DU VAL DE SAÔNE"),
        ("p", "Tableau de suivi des autorisations de travail des agents non ressortissants de l'Union européenne – diffusion limitée à la DRH"),
        ("p", "Mise à jour du 2 septembre. Rappel : l'employeur vérifie auprès de la préfecture l'authenticité du titre lors de l'embauche et en suit l'échéance."),
        ("table", [["Agent", "Poste", "Document", "Échéance", "Action"],
                   ["M. Koffi AGBEKO", "Agent d'exploitation", "Carte de séjour pluriannuelle « salarié »", "14/07/2026", "RAS"],
                   ["Mme Lina HADDAD", "Assistante comptable", "Récépissé de première demande, autorise à travailler", "30/09", "Relancer l'agent : rendez-vous préfecture le 19/09"],
                   ["M. Tarek OUALI", "Technicien réseau", "Attestation de prolongation d'instruction (renouvellement)", "15/10", "Vérifié sur le portail le 28/08"],
                   ["M. Vasyl KOVAL", "Agent d'entretien", "Autorisation provisoire de séjour – protection temporaire", "04/03", "RAS"],
                   ["Mme Aïcha DIOP", "Gardienne de station", "Carte « étudiant » – 964 h/an", "31/10", "Contrat limité à 17 h 30 par semaine"]]),
        ("p", "Point d'attention : si le récépissé de Mme Haddad n'est pas renouvelé avant le 30 septembre, son contrat devra être suspendu. En informer sa responsable sans lui donner le détail de sa situation."),
        ("p", "Établi par : Mme Nadine Perrier, gestionnaire carrière."),
    ],
    "s060_pv_conseil_medical.docx": [
        ("title", "CONSEIL MÉDICAL DÉPARTEMENTAL DE LA NIÈVRE – Formation plénière"),
        ("p", "Séance du 12 mars – Extrait du procès-verbal – Pli confidentiel"),
        ("p", "Agent : M. Patrick DUFOUR, né le 02/11/1967, agent de maîtrise principal, Ville de Nevers (centre technique municipal)."),
        ("p", "Objet : avis sur la mise à la retraite pour invalidité et le taux d'invalidité."),
        ("p", "Rapport du médecin agréé (Dr Castel, rhumatologue) : l'agent est en congé de longue maladie depuis 36 mois pour une affection rhumatismale inflammatoire évolutive, avec atteinte des deux hanches et du rachis. Il a bénéficié de deux prothèses de hanche (2022 et 2023). Malgré le traitement par biothérapie, il reste une limitation importante de la marche et de la station debout, des douleurs nocturnes et un syndrome dépressif réactionnel suivi par un psychiatre."),
        ("table", [["Question", "Avis du conseil"],
                   ["Inaptitude définitive et absolue aux fonctions", "Oui"],
                   ["Inaptitude à toutes fonctions", "Oui"],
                   ["Possibilité de reclassement", "Non"],
                   ["Taux d'invalidité", "62 %"],
                   ["Majoration tierce personne", "Non"]]),
        ("p", "Avis : favorable à la mise à la retraite pour invalidité non imputable au service à l'issue des droits à congé. Vote : unanimité des membres présents. Le président du conseil médical."),
    ],
    "s061_protocole_creche.docx": [
        ("title", "CRÈCHE FAMILIALE MUNICIPALE DE BLOIS"),
        ("p", "PROTOCOLE INDIVIDUALISÉ DE SOINS – Enfant : Nolan PETIT, né le 18/08/2022"),
        ("p", "Assistante maternelle : Mme Corinne Lemaire, 4 rue des Lilas, Blois. Parents : M. et Mme Petit."),
        ("p", "Nolan présente un diabète découvert en janvier à l'âge de 17 mois, traité par pompe à insuline avec capteur de glucose en continu, suivi au service de pédiatrie du CHU de Tours (Dr Benoît)."),
        ("table", [["Situation", "Conduite à tenir"],
                   ["Glycémie < 0,70 g/l (alarme du capteur)", "Donner 5 g de sucre (1 morceau) ou 50 ml de jus de pomme ; contrôler après 15 min ; appeler les parents"],
                   ["Enfant somnolent, ne peut avaler", "Appeler le 15 ; ne rien donner par la bouche ; glucagon par la référente santé si présente"],
                   ["Glycémie > 2,50 g/l", "Vérifier le cathéter, appeler les parents"],
                   ["Repas", "Saisir les glucides dans l'application selon la fiche de la diététicienne ; bolus calculé par les parents à distance"]]),
        ("p", "Matériel fourni par les parents : lecteur, sucre, glucagon, cathéter de rechange. Formation de l'assistante maternelle par l'infirmière de la crèche le 4 mars."),
        ("p", "Signatures : médecin de la crèche, parents, directrice, assistante maternelle."),
    ],
    "s062_fiche_evenement.docx": [
        ("title", "EHPAD DU CENTRE HOSPITALIER DE LANGRES"),
        ("p", "Fiche de déclaration d'événement indésirable n° 2024-088"),
        ("p", "Date et heure : nuit du 14 au 15 février, 3 h 20. Lieu : chambre 112, unité Les Tilleuls."),
        ("p", "Personne concernée : Mme Yvette CHAMPION, 91 ans."),
        ("p", "Description : la résidente a été retrouvée au sol au pied de son lit par l'aide-soignante de nuit, Mme Pierrot, lors de la ronde. Elle était consciente, agitée, et répétait qu'elle « devait aller chercher les enfants à l'école ». Plaie du cuir chevelu de 2 cm, douleur de la hanche gauche. Mme Champion présente une désorientation importante depuis son entrée ; elle se relève seule la nuit malgré les consignes. Le traitement sédatif prescrit le soir avait été refusé à 21 h."),
        ("table", [["Action", "Heure", "Par"],
                   ["Appel du médecin d'astreinte", "3 h 30", "IDE de nuit"],
                   ["Transfert aux urgences de Chaumont", "4 h 45", "SMUR"],
                   ["Information du fils, M. Jacques Champion", "7 h 15", "Cadre de santé"],
                   ["Résultat : fracture du col du fémur, opérée le 16/02", "—", "—"]]),
        ("p", "Analyse : troisième chute en deux mois. Proposition : lit bas, tapis d'alerte, réévaluation du traitement par le médecin coordonnateur. Déclarant : Mme Carole Simon, cadre de santé."),
    ],
    "s063_dossier_fsl.docx": [
        ("title", "FONDS DE SOLIDARITÉ POUR LE LOGEMENT DE LA CREUSE – volet énergie"),
        ("p", "Demande d'aide – instruite par le CCAS d'Aubusson le 9 janvier"),
        ("table", [["Demandeur", "M. Thierry VERGNAUD, 58 ans, 6 rue Vieille, Aubusson"],
                   ["Situation", "Personne seule ; chômeur en fin de droits depuis octobre"],
                   ["Ressources mensuelles", "ASS 545 € ; APL 212 €"],
                   ["Fournisseur", "EDF – contrat n° sur pièce jointe"],
                   ["Dette", "1 184,36 € (factures de juillet à décembre)"],
                   ["Situation du compteur", "Puissance réduite à 1 kVA depuis le 2 janvier"]]),
        ("p", "Exposé de la situation par l'instructrice : M. Vergnaud vit dans une maison mal isolée chauffée par des convecteurs électriques. Depuis la réduction de puissance, il ne peut plus chauffer ni utiliser le four en même temps que la lumière ; il dort dans la cuisine avec un radiateur d'appoint. Il a cessé de payer ses factures à l'automne pour régler son loyer. Il reçoit des colis des Restos du cœur."),
        ("p", "Aide sollicitée : prise en charge de 800 € de la dette ; échéancier de 20 € par mois pour le solde ; orientation vers le programme « Habiter mieux » pour l'isolation."),
        ("p", "Avis du CCAS : favorable. Décision de la commission FSL du 23 janvier : accord pour 800 € versés au fournisseur."),
    ],
    "s064_enquete_sociale.docx": [
        ("title", "SERVICE INTÉGRÉ D'ACCUEIL ET D'ORIENTATION (SIAO) DE LA GIRONDE"),
        ("p", "Rapport social – demande d'hébergement d'insertion"),
        ("p", "Rédigé par : Mme Audrey Lafitte, assistante sociale, CCAS de Mérignac, le 11 avril."),
        ("p", "Personne : Mme Corinne BOISSEAU, née le 07/05/1971, actuellement sans domicile stable."),
        ("p", "Parcours : Mme Boisseau a été salariée d'une enseigne de prêt-à-porter pendant vingt ans. À la suite d'un licenciement économique et de la vente de la maison du couple, elle a été hébergée par sa sœur, puis, depuis novembre, elle dort dans sa voiture sur le parking du centre commercial de Mérignac-Soleil. Elle se lave au centre aquatique et garde ses affaires dans le coffre. Elle a honte et n'en a parlé à personne de son entourage professionnel passé."),
        ("table", [["Ressources", "Allocation de retour à l'emploi : 1 020 € jusqu'en septembre"],
                   ["Dettes", "Crédits à la consommation : 6 300 € ; dossier de surendettement en cours de dépôt"],
                   ["Démarches", "Demande de logement social déposée en janvier ; inscrite au 115"]]),
        ("p", "Évaluation : personne autonome, capable d'accéder rapidement à un logement avec un accompagnement léger. Orientation proposée : résidence sociale ou logement intermédiaire."),
    ],
    "s065_projet_pour_enfant.docx": [
        ("title", "DÉPARTEMENT DE LA LOIRE – Pôle vie sociale – Aide sociale à l'enfance"),
        ("p", "PROJET POUR L'ENFANT – extrait (volet scolaire et santé), transmis à l'établissement scolaire avec l'accord du représentant légal"),
        ("table", [["Enfant", "Mathis CHARRE, né le 21/09/2013"],
                   ["Statut", "Accueil au titre d'une ordonnance de placement provisoire du juge des enfants de Saint-Étienne, confirmée par jugement du 5 juin"],
                   ["Lieu de vie", "Maison d'enfants à caractère social Le Colombier, Roanne"],
                   ["Référente ASE", "Mme Sophie Berthet"],
                   ["Droits des parents", "Mère : visites médiatisées une fois par mois ; père : pas de contact (décision du juge)"]]),
        ("p", "Objectifs scolaires : stabiliser la scolarité en 5e après trois changements d'établissement ; accompagner le travail personnel avec l'éducateur de la MECS ; maintenir l'inscription au club de football."),
        ("p", "Santé : suivi par la psychologue du CMP pour des troubles du sommeil et des cauchemars liés aux faits à l'origine de la mesure ; bilan orthophonique à réaliser."),
        ("p", "Rencontre de suivi prévue en novembre avec le professeur principal et l'éducateur."),
    ],
    "s066_pv_remise_opj.docx": [
        ("title", "POLICE MUNICIPALE DE BOURGES"),
        ("p", "RAPPORT DE MISE À DISPOSITION D'UNE PERSONNE INTERPELLÉE"),
        ("p", "Le 22 août, à 16 h 40, la patrouille composée des agents Morin et Ferreira a été requise par le responsable de la sécurité du magasin Carrefour Market, avenue de Saint-Amand."),
        ("table", [["Personne interpellée", "M. Ludovic BOUCHER, né le 30/12/1990"],
                   ["Adresse déclarée", "foyer d'hébergement, 5 rue Marcel-Plaisant"],
                   ["Faits", "Vol de produits alimentaires et de deux bouteilles d'alcool (montant : 47,80 €), constaté par le vigile"],
                   ["Antécédents déclarés", "L'intéressé indique être « en sursis probatoire » et suivi par le SPIP"],
                   ["Remise à", "OPJ du commissariat de Bourges, 17 h 25"]]),
        ("p", "Déroulement : l'intéressé n'a opposé aucune résistance. Il a déclaré avoir « faim depuis deux jours » et a restitué les marchandises. Palpation de sécurité sans résultat. Il a été transporté au commissariat par le véhicule de la police nationale."),
        ("p", "Fait à Bourges, le 22 août. Les agents de police municipale : Morin – Ferreira."),
    ],
    "s067_entretien_professionnel.docx": [
        ("title", "COMMUNAUTÉ D'AGGLOMÉRATION DE CHARTRES MÉTROPOLE"),
        ("p", "COMPTE RENDU DE L'ENTRETIEN PROFESSIONNEL ANNUEL"),
        ("p", "Agent : Mme Karine LEBLANC, adjointe administrative, service de l'urbanisme – Évaluatrice : Mme Catherine Paris, cheffe de service – Date de l'entretien : 15 novembre."),
        ("table", [["Objectif fixé", "Résultat", "Commentaire"],
                   ["Instruire les déclarations préalables dans le délai d'un mois", "Non atteint", "42 % des dossiers hors délai, dont 6 décisions tacites non souhaitées"],
                   ["Tenir l'accueil téléphonique le mardi et le jeudi", "Partiellement atteint", "Plusieurs plaintes d'usagers pour absence de rappel"],
                   ["Maîtriser le nouveau logiciel d'instruction", "Non atteint", "Formation suivie ; erreurs de saisie fréquentes"]]),
        ("p", "Appréciation générale de la valeur professionnelle : insuffisante. L'agent fait preuve de bonne volonté mais ne parvient pas à s'organiser ; des rappels à l'ordre oraux ont été faits en mars et en juin. Un plan d'accompagnement avec un tutorat de trois mois est proposé. À défaut d'amélioration, la question de l'adéquation au poste sera posée."),
        ("p", "Avis sur l'avancement de grade : défavorable cette année."),
        ("p", "Observations de l'agent : « Je conteste en partie ces appréciations : le service a fonctionné à deux agents au lieu de quatre pendant cinq mois. » Signatures."),
    ],
    "s068_rapport_enquete.docx": [
        ("title", "VILLE DE LA ROCHELLE – Direction générale des services"),
        ("p", "RAPPORT D'ENQUÊTE ADMINISTRATIVE – Diffusion restreinte au DGS et à la DRH"),
        ("p", "Objet : risque de conflit d'intérêts au service des marchés publics"),
        ("p", "Saisine : note anonyme reçue le 4 mars signalant une « proximité » entre M. Olivier Texier, acheteur au service des marchés, et Mme Delphine Roy, chargée d'affaires de la société attributaire du marché d'entretien des espaces verts."),
        ("p", "Constats : entendu le 12 mars, M. Texier, marié et père de deux enfants, a reconnu entretenir depuis environ un an une relation intime avec Mme Roy, qu'il retrouve régulièrement à son domicile à Aytré, à l'insu de son épouse. Il affirme que la relation a commencé après l'attribution du marché et n'avoir participé à aucune analyse des offres de la société depuis. Les pièces du dossier de consultation confirment qu'il a signé le rapport d'analyse en septembre, soit après le début de la relation selon les dates qu'il a lui-même données."),
        ("p", "Propositions : dessaisissement immédiat de M. Texier de tout dossier concernant la société ; saisine du référent déontologue ; examen par le service juridique de la régularité de la procédure ; entretien préalable à une éventuelle procédure disciplinaire pour manquement à l'obligation de déclaration."),
        ("p", "Rapport établi le 18 mars par Mme Véronique Garnier, directrice des affaires juridiques."),
    ],
    "p056_rapport_mediateur.docx": [
        ("title", "MÉDIATEUR DE LA VILLE DE GRENOBLE – Rapport annuel (extraits)"),
        ("p", "1. Activité générale : le médiateur a été saisi de 612 réclamations (+ 8 %), dont 71 % recevables. 58 % ont abouti à une solution totalement ou partiellement favorable au requérant. Délai moyen de traitement : 34 jours."),
        ("table", [["Domaine", "Saisines", "Part"],
                   ["Stationnement et fourrière", "148", "24 %"],
                   ["Action sociale (CCAS)", "97", "16 %"],
                   ["Urbanisme", "71", "12 %"],
                   ["Facturation (cantine, eau)", "88", "14 %"],
                   ["État civil, élections", "41", "7 %"],
                   ["Autres", "167", "27 %"]]),
        ("p", "2. Cas illustratifs (anonymisés) : une mère de famille s'est vu refuser une aide facultative au motif d'un dépassement de ressources de quelques euros, alors que sa pension alimentaire n'était plus versée ; après médiation, le CCAS a réexaminé le dossier et modifié son règlement pour retenir les sommes réellement perçues. Un usager en fauteuil roulant ne pouvait accéder au bureau de vote de son quartier ; le bureau a été déplacé. Une famille contestait une facture de cantine émise pendant l'hospitalisation de l'enfant ; elle a été annulée."),
        ("p", "3. Recommandations : simplifier les courriers de relance, prévoir un interlocuteur unique pour les personnes en situation de précarité, former les agents d'accueil à la médiation."),
        ("p", "Le médiateur, M. Bernard Collomb."),
    ],
    "p057_reglement_creche.docx": [
        ("title", "MULTI-ACCUEILS DE LA VILLE DE CHOLET – Règlement de fonctionnement"),
        ("p", "Chapitre 7 – Santé de l'enfant et administration des médicaments"),
        ("p", "7.1 Le référent santé et accueil inclusif (infirmière puéricultrice) veille à la santé des enfants accueillis, en lien avec le médecin traitant de chaque enfant."),
        ("p", "7.2 Les médicaments sont de préférence administrés par les parents, le matin et le soir. Lorsqu'une prise est nécessaire pendant le temps d'accueil, un professionnel de la structure peut la donner, dans les conditions de l'article R. 2324-43-2 du code de la santé publique :"),
        ("table", [["Condition", "Précision"],
                   ["Ordonnance", "Originale ou copie, au nom de l'enfant, lisible, datée, avec la posologie"],
                   ["Autorisation écrite", "Signée par un titulaire de l'autorité parentale"],
                   ["Médicament", "Fourni par la famille, dans son emballage d'origine, avec la notice"],
                   ["Traçabilité", "Chaque prise est inscrite au registre (date, heure, nom du professionnel)"]]),
        ("p", "7.3 En cas de fièvre supérieure à 38,5 °C, le protocole validé par le référent santé s'applique (paracétamol) et la famille est prévenue."),
        ("p", "7.4 Pour les enfants atteints d'une maladie chronique ou d'une allergie, un projet d'accueil individualisé est établi avec la famille et le médecin."),
        ("p", "7.5 Maladies à éviction : voir l'annexe 3. Adopté par délibération du conseil municipal du 25 mars."),
    ],
    "p058_reglement_service_social.docx": [
        ("title", "CENTRE HOSPITALIER DE SAINT-BRIEUC – Service social du personnel"),
        ("p", "Règlement intérieur et charte de confidentialité"),
        ("p", "Article 1 – Missions. Le service social du personnel accueille tous les professionnels de l'établissement, titulaires, contractuels et retraités, confrontés à des difficultés personnelles, familiales, financières, de logement ou de santé ayant un retentissement sur leur vie professionnelle."),
        ("p", "Article 2 – Secret professionnel. Les assistantes sociales sont soumises au secret professionnel (article L. 411-3 du code de l'action sociale et des familles). Aucune information n'est communiquée à l'encadrement ou à la direction sans l'accord écrit de l'agent."),
        ("p", "Article 3 – Aides financières. Le service instruit les demandes de prêts sans intérêt et de secours auprès du CGOS et de la commission d'action sociale de l'établissement. Les dossiers sont présentés de manière anonyme (numéro d'ordre)."),
        ("table", [["Aide", "Plafond", "Délai de réponse"],
                   ["Prêt sans intérêt", "2 000 €", "3 semaines"],
                   ["Secours exceptionnel", "800 €", "10 jours"],
                   ["Avance sur salaire", "50 % du net", "48 heures"]]),
        ("p", "Article 4 – Activité. L'an dernier, 312 agents ont été reçus, dont 41 % pour des difficultés financières et 22 % pour des questions de logement."),
        ("p", "Approuvé par le comité social d'établissement le 7 février."),
    ],
    "p059_budget_ccas.docx": [
        ("title", "CCAS DE NARBONNE – Budget primitif"),
        ("p", "Rapport de présentation au conseil d'administration du 28 mars – rapporteure : Mme Anne Ruiz, vice-présidente"),
        ("table", [["Section de fonctionnement – dépenses", "Montant"],
                   ["Charges de personnel (58 agents)", "2 410 000 €"],
                   ["Aides facultatives (secours, bons alimentaires, énergie)", "186 000 €"],
                   ["Subvention à l'épicerie solidaire", "42 000 €"],
                   ["Portage de repas et téléassistance", "318 000 €"],
                   ["Résidence autonomie Les Cigales", "1 102 000 €"],
                   ["Autres charges", "264 000 €"],
                   ["Total", "4 322 000 €"]]),
        ("p", "Les recettes proviennent principalement de la subvention de la Ville (2 180 000 €), des participations des usagers et des concours de la CNSA et du Département."),
        ("p", "Orientations : hausse de 12 % de l'enveloppe des aides facultatives, compte tenu de l'augmentation des demandes liées à l'énergie (+ 27 % l'an dernier) ; création d'un poste de conseillère en économie sociale et familiale ; extension de la domiciliation administrative, qui concerne 640 personnes sans domicile stable."),
        ("p", "Le conseil d'administration adopte le budget primitif à l'unanimité."),
    ],
    "p060_schema_enfance.docx": [
        ("title", "DÉPARTEMENT DU MORBIHAN – Schéma départemental de prévention et de protection de l'enfance"),
        ("p", "Synthèse du diagnostic partagé"),
        ("p", "Au 31 décembre, 2 184 enfants et jeunes majeurs bénéficiaient d'une mesure de protection de l'enfance dans le Morbihan : 1 246 mesures de placement et 938 mesures d'accompagnement à domicile. Le nombre d'enfants confiés a augmenté de 18 % en cinq ans."),
        ("table", [["Mode d'accueil des enfants confiés", "Nombre", "Part"],
                   ["Assistants familiaux", "612", "49 %"],
                   ["Maisons d'enfants à caractère social", "401", "32 %"],
                   ["Lieux de vie et d'accueil", "74", "6 %"],
                   ["Tiers digne de confiance, autres", "159", "13 %"]]),
        ("p", "Constats : 37 % des enfants confiés présentent des troubles psychiques ou du comportement ; 14 % bénéficient d'une reconnaissance par la MDPH. Le nombre d'assistants familiaux diminue (– 9 % en trois ans)."),
        ("p", "Orientations : renforcer la prévention périnatale avec la PMI ; développer l'accueil par des tiers de l'entourage ; créer deux équipes mobiles pédopsychiatrie-ASE ; améliorer l'accompagnement des jeunes majeurs jusqu'à 21 ans."),
        ("p", "Schéma adopté par l'Assemblée départementale le 20 juin."),
    ],
    "p061_cr_conseil_ecole.docx": [
        ("title", "ÉCOLE ÉLÉMENTAIRE PAUL-BERT – Angoulême"),
        ("p", "Procès-verbal du conseil d'école du 7 novembre"),
        ("p", "Présents : Mme Dupuy (directrice, présidente), 9 enseignants, 8 représentants élus des parents, M. Vigier (adjoint au maire chargé de l'éducation), Mme Rousseau (DDEN). Excusée : l'IEN."),
        ("p", "1. Résultats des élections des représentants de parents : participation de 41 %. Liste FCPE : 6 sièges ; liste indépendante : 2 sièges."),
        ("p", "2. Effectifs : 214 élèves en 9 classes, dont une ULIS école de 12 élèves. 14 élèves bénéficient d'un accompagnement par une AESH ; les parents élus déplorent que 4 notifications ne soient pas encore couvertes faute de personnel."),
        ("table", [["Projet", "Classes", "Financement"],
                   ["Classe de découverte à Saint-Georges-de-Didonne", "CM1, CM2", "Ville, coopérative, familles"],
                   ["Prix des incorruptibles", "Toutes", "Coopérative"],
                   ["Intervention sur le harcèlement (programme pHARe)", "CM1, CM2", "Éducation nationale"]]),
        ("p", "3. Sécurité : exercice d'évacuation incendie réalisé le 3 octobre (2 min 40)."),
        ("p", "4. Questions des parents : propreté des sanitaires, circulation devant l'école ; la mairie étudie une zone de rencontre. Séance levée à 20 h 15."),
    ],
    "p062_convention_cidff.docx": [
        ("title", "CONVENTION DE PARTENARIAT"),
        ("p", "Entre la Ville d'Albi, représentée par sa maire, et le Centre d'information sur les droits des femmes et des familles (CIDFF) du Tarn, représenté par sa présidente, Mme Martine Cabrol."),
        ("p", "Article 1 – Objet. La présente convention fixe les conditions dans lesquelles le CIDFF assure, dans les locaux de la maison de la justice et du droit, des permanences d'information juridique gratuites sur le droit de la famille, les violences conjugales et intrafamiliales, et l'accès aux droits des femmes."),
        ("p", "Article 2 – Engagements de l'association. Tenir deux permanences hebdomadaires (mardi et jeudi, 9 h – 12 h) ; accompagner les victimes dans leurs démarches (dépôt de plainte, ordonnance de protection) ; transmettre un bilan annuel anonymisé."),
        ("p", "Article 3 – Engagements de la Ville. Mise à disposition gratuite d'un bureau ; subvention annuelle de 14 500 € ; relais d'information par les services municipaux."),
        ("table", [["Indicateur de suivi", "Valeur l'an dernier"],
                   ["Personnes reçues", "386"],
                   ["dont victimes de violences", "142"],
                   ["Informations juridiques délivrées", "1 024"]]),
        ("p", "Article 4 – Durée : trois ans à compter du 1er janvier. Fait à Albi, le 15 décembre, en deux exemplaires."),
    ],
    "p063_appel_projets_addictions.docx": [
        ("title", "AGENCE RÉGIONALE DE SANTÉ CENTRE-VAL DE LOIRE – Fonds de lutte contre les addictions"),
        ("p", "Appel à projets régional – prévention des conduites addictives chez les jeunes"),
        ("p", "Contexte : en région Centre-Val de Loire, 24 % des jeunes de 17 ans déclarent une consommation régulière de tabac, 8 % un usage régulier de cannabis et 16 % des alcoolisations ponctuelles importantes répétées. L'usage problématique des écrans et des jeux d'argent progresse."),
        ("p", "Projets éligibles : actions de développement des compétences psychosociales en milieu scolaire ; interventions précoces dans les missions locales et les lieux festifs ; actions en direction des jeunes sous main de justice, en lien avec la protection judiciaire de la jeunesse ; formations de professionnels au repérage."),
        ("table", [["Critère", "Pondération"],
                   ["Pertinence au regard des besoins du territoire", "30 %"],
                   ["Qualité de la méthode, preuves d'efficacité", "30 %"],
                   ["Partenariats", "20 %"],
                   ["Évaluation prévue", "20 %"]]),
        ("p", "Porteurs : associations, collectivités, établissements de santé. Montant : 10 000 à 60 000 € par projet, sur deux ans. Dépôt des dossiers avant le 31 mai sur la plateforme de l'ARS."),
    ],
    "p064_plan_rps.docx": [
        ("title", "CONSEIL DÉPARTEMENTAL DE L'AUDE – Plan de prévention des risques psychosociaux"),
        ("p", "Document présenté à la formation spécialisée en santé, sécurité et conditions de travail du 3 octobre"),
        ("p", "Le diagnostic, conduit par un cabinet extérieur auprès de 1 120 agents (taux de réponse : 48 %), met en évidence une exposition élevée dans les services sociaux territoriaux et les collèges."),
        ("table", [["Indicateur", "Ensemble", "Services sociaux"],
                   ["Taux d'absentéisme pour raison de santé", "7,8 %", "10,4 %"],
                   ["Agents déclarant un épuisement émotionnel élevé", "19 %", "33 %"],
                   ["Incivilités ou agressions déclarées (registre)", "214", "121"],
                   ["Demandes de mobilité pour motif de santé", "37", "15"]]),
        ("p", "Actions retenues : formation de tous les managers à la prévention des RPS ; analyse des pratiques pour les travailleurs sociaux ; protocole de prise en charge des agents victimes d'agression ; dispositif d'écoute psychologique externe ; révision des charges de travail dans les maisons départementales des solidarités."),
        ("p", "Indicateurs de suivi présentés chaque semestre à la formation spécialisée. Aucune donnée individuelle n'est utilisée."),
    ],
    "p065_cahier_charges_hebergement.docx": [
        ("title", "DIRECTION DÉPARTEMENTALE DE L'EMPLOI, DU TRAVAIL ET DES SOLIDARITÉS DE LA VIENNE"),
        ("p", "Cahier des charges – appel à projets pour la création de 30 places d'hébergement d'urgence pour femmes victimes de violences et leurs enfants"),
        ("p", "1. Contexte : les forces de l'ordre ont enregistré 1 240 faits de violences conjugales dans le département l'an dernier. Le 115 a reçu 312 demandes d'hébergement de femmes victimes, dont 38 % n'ont pu être satisfaites le jour même."),
        ("p", "2. Public : femmes victimes de violences, avec ou sans enfants, orientées par le SIAO, y compris les femmes en situation administrative précaire."),
        ("p", "3. Prestations attendues : hébergement en logements diffus sécurisés, adresse non communiquée ; accompagnement social, juridique et psychologique ; prise en charge des enfants covictimes ; lien avec les associations d'aide aux victimes et les forces de l'ordre."),
        ("table", [["Élément", "Exigence"],
                   ["Délai d'ouverture", "Au plus tard le 1er décembre"],
                   ["Taux d'encadrement", "1 ETP pour 6 places"],
                   ["Coût à la place", "Dans la limite de 28 € par jour"]]),
        ("p", "4. Dépôt des candidatures : avant le 15 juillet, par voie électronique."),
    ],
    "p066_pv_commission_accessibilite.docx": [
        ("title", "COMMUNE DE LAVAL – Commission communale pour l'accessibilité"),
        ("p", "Procès-verbal de la réunion du 26 septembre"),
        ("p", "Présidence : Mme Christine Dubois, conseillère municipale déléguée à l'accessibilité. Membres présents : représentants de l'APF France handicap, de l'UNAFAM, de l'association Valentin Haüy, de l'ADAPEI, des associations de personnes âgées et des commerçants ; services techniques."),
        ("p", "1. Bilan de l'agenda d'accessibilité programmée : 64 établissements recevant du public municipaux sur 82 sont désormais accessibles. Restent à traiter : la salle des fêtes, deux gymnases et l'ancienne école Jules-Ferry."),
        ("table", [["Aménagement", "Avancement"],
                   ["Places de stationnement réservées (centre-ville)", "112 sur 118 prévues"],
                   ["Arrêts de bus accessibles", "71 %"],
                   ["Feux sonores", "34 carrefours équipés"]]),
        ("p", "2. Les associations demandent une meilleure prise en compte des handicaps invisibles (signalétique simplifiée, espaces calmes dans les services publics). Accord pour un groupe de travail."),
        ("p", "3. Rapport annuel transmis au préfet et au conseil départemental. Prochaine réunion en mars."),
    ],
    "p067_guide_droits_etrangers.docx": [
        ("title", "LA CIMADE – Groupe local de Clermont-Ferrand"),
        ("p", "Fiche pratique à l'usage des travailleurs sociaux : accès aux droits des personnes étrangères"),
        ("p", "Cette fiche, destinée aux professionnels du CCAS et du Département, rappelle les principales règles. Elle ne remplace pas un conseil juridique individuel."),
        ("table", [["Situation administrative", "Santé", "Prestations familiales", "Logement social"],
                   ["Titre de séjour ou récépissé", "Assurance maladie (PUMa)", "Oui", "Oui"],
                   ["Demandeur d'asile", "PUMa après 3 mois de présence", "Non (allocation pour demandeur d'asile)", "Non – hébergement dédié"],
                   ["Bénéficiaire de la protection internationale", "PUMa", "Oui", "Oui"],
                   ["Sans titre de séjour", "Aide médicale de l'État après 3 mois", "Non", "Non – hébergement d'urgence inconditionnel"]]),
        ("p", "Domiciliation : toute personne sans domicile stable peut être domiciliée par le CCAS ou un organisme agréé, y compris pour demander l'aide médicale de l'État."),
        ("p", "Scolarisation : tout enfant, quelle que soit la situation de ses parents, doit être scolarisé ; la mairie ne peut exiger de titre de séjour."),
        ("p", "Permanences de la Cimade : mardi 14 h – 17 h, maison des associations."),
    ],
}

HTML: dict[str, tuple[str, str]] = {
    "s069_espace_famille.html": ("Espace famille – modification du foyer", """
<header><p>Ville de Chartres – Espace famille – Mon compte</p></header>
<main>
<h1>Déclaration de changement de situation</h1>
<table>
<tr><th>Compte</th><td>Famille MERCIER-NDIAYE – n° 004871</td></tr>
<tr><th>Déclarant</th><td>Mme Anaïs MERCIER</td></tr>
<tr><th>Nature du changement</th><td>Composition du foyer : M. Ousmane NDIAYE ne fait plus partie du foyer depuis le 1er mars</td></tr>
<tr><th>Enfants</th><td>Maël (7 ans) et Inaya (4 ans) – résidence chez la déclarante, accueil chez le père un week-end sur deux et la moitié des vacances (décision du 18 février)</td></tr>
<tr><th>Facturation</th><td>Factures périscolaires à adresser à la déclarante seule</td></tr>
<tr><th>Quotient familial</th><td>Nouveau calcul CAF demandé (changement de ressources)</td></tr>
</table>
<h2>Message de la déclarante</h2>
<p>Bonjour, M. Ndiaye a quitté le domicile et nous ne partageons plus les frais. Merci de supprimer son accès au compte et de ne plus lui envoyer les factures. Il peut toujours récupérer les enfants à l'accueil du soir le vendredi de ses week-ends. Je joins la page du jugement.</p>
<p>Traitement : compte scindé le 6 mars par l'agent du guichet unique (S. Aubin).</p>
</main>
"""),
    "s070_demande_absence.html": ("Intranet RH – demande d'absence", """
<h1>Portail agent – Demande d'autorisation d'absence</h1>
<form>
<p>Agent : <input value="Mme Patricia LOISEAU – auxiliaire de puériculture – crèche Les Lucioles"></p>
<p>Type d'absence : <input value="Autorisation spéciale d'absence – événement familial"></p>
<p>Période : <input value="du 12/11 au 14/11 inclus"></p>
<p>Motif détaillé : <input value="Obsèques de ma mère, Mme Odette Loiseau, à Quimperlé le 13 novembre"></p>
<p>Commentaire de l'agent : <textarea>Maman est partie dimanche matin à l'hôpital de Quimperlé après trois semaines en soins palliatifs. Je dois m'occuper des démarches avec mon frère. Je demanderai peut-être deux jours de congé en plus la semaine suivante pour vider l'appartement. Merci de prévenir l'équipe sans donner de détails.</textarea></p>
<p>Pièce jointe : <input value="avis de décès (PDF)"></p>
</form>
<p>Rappel affiché par le portail : l'autorisation spéciale d'absence pour le décès d'un parent est de trois jours ouvrables, délai de route en sus sur justificatif. Le justificatif est conservé par le service des ressources humaines et n'est pas visible par le responsable de structure.</p>
<h2>Circuit de validation</h2>
<ul>
<li>Responsable de structure (Mme Hervé) : validé le 11/11 – « Toutes mes condoléances, prends le temps qu'il te faut. »</li>
<li>Gestionnaire RH : validé le 12/11</li>
</ul>
"""),
    "s071_inscription_scolaire.html": ("Téléservice – inscription scolaire", """
<h1>Ville de Montreuil – Inscription scolaire en cours d'année</h1>
<h2>Dossier n° INS-2024-3381 – vue agent</h2>
<table>
<tr><th>Enfant</th><td>Aya TRAORÉ, née le 09/04/2017 – CE1</td></tr>
<tr><th>Responsable légal</th><td>Mme Mariam TRAORÉ (mère)</td></tr>
<tr><th>Adresse</th><td>Hôtel Le Relais, 44 rue de Paris, chambre 9 – hébergement par le 115 (SIAO 93) depuis le 2 octobre</td></tr>
<tr><th>Pièce d'identité de la mère</th><td>Attestation de demande d'asile (procédure normale), valable jusqu'au 18/01</td></tr>
<tr><th>Justificatif de domicile</th><td>Attestation d'hébergement du SIAO</td></tr>
<tr><th>École proposée</th><td>École élémentaire Jules-Ferry</td></tr>
</table>
<h2>Notes</h2>
<p>Mme Traoré est arrivée de Bamako en août avec Aya. Elle explique qu'elles ont dû fuir et qu'elle attend sa convocation à l'Office. Aya n'a pas été scolarisée depuis juin. Rappel : l'inscription ne peut pas être conditionnée à un titre de séjour.</p>
<p>Restauration scolaire : tarif minimum appliqué (pas de quotient CAF). Transmis à l'assistante sociale scolaire.</p>
"""),
    "s072_inscription_aquagym.html": ("Centre aquatique – inscription activité", """
<h1>Centre aquatique L'Odyssée – Chartres Métropole</h1>
<h2>Inscription – Aquagym douce (mardi 10 h)</h2>
<p><b>Nom :</b> Mme Brigitte CHAUVIN &nbsp; <b>Née le :</b> 14/06/1962</p>
<p><b>Tarif :</b> « sport sur ordonnance » – prise en charge par la mutuelle et le dispositif Maison sport-santé</p>
<p><b>Certificat / prescription :</b> prescription d'activité physique adaptée du Dr Lemaire, oncologue, du 2 septembre</p>
<h3>Informations transmises à l'éducateur sportif (avec accord)</h3>
<ul>
<li>Opérée du sein gauche en mars, avec curage ganglionnaire ; fin des rayons en juillet ; traitement hormonal en cours.</li>
<li>Éviter les mouvements de bras avec charge à gauche (risque de gros bras) ; porte un manchon de compression hors de l'eau.</li>
<li>Fatigue importante en fin de séance ; prévoir un temps de récupération.</li>
<li>Souhaite un vestiaire individuel (prothèse externe).</li>
</ul>
<p>Mme Chauvin demande que ces informations ne soient pas évoquées devant le groupe.</p>
<p>Inscription validée le 10/09 par l'accueil (K. Roy).</p>
"""),
    "s073_aide_vacances.html": ("Demande d'aide aux vacances familiales", """
<h1>CAF de l'Aisne – Aide aux vacances familiales (AVF) – dossier instruit par le centre social de Soissons</h1>
<table>
<tr><th>Allocataire</th><td>M. Jérôme LEFRANC, 3 enfants (14, 11 et 6 ans)</td></tr>
<tr><th>Quotient familial</th><td>298 €</td></tr>
<tr><th>Ressources</th><td>Revenu de solidarité active, allocations familiales, complément familial</td></tr>
<tr><th>Séjour</th><td>Village vacances labellisé VACAF, Berck-sur-Mer, du 13 au 20 juillet</td></tr>
<tr><th>Coût</th><td>812 € ; aide CAF 80 % ; reste à charge 162 €</td></tr>
</table>
<h2>Avis de la référente familles</h2>
<p>M. Lefranc élève seul ses enfants depuis trois ans. La famille n'est jamais partie en vacances. Le foyer fait l'objet d'un plan de surendettement (mensualités de 95 €) et d'un échéancier avec le bailleur pour des retards de loyer de l'hiver dernier. Le reste à charge sera payé en quatre fois à l'aide du fonds du centre social. Le départ est un objectif fort du projet d'accompagnement.</p>
<p>Avis favorable – Mme Gwladys Henry, 12 avril.</p>
"""),
    "s074_mail_pmi.html": ("Message – PMI vers multi-accueil", """
<div class="mail">
<p><b>De :</b> Puéricultrice de secteur – PMI Saint-Ouen &lt;pmi.saintouen@seinesaintdenis.fr&gt;<br>
<b>À :</b> Directrice du multi-accueil Les Docks<br>
<b>Date :</b> jeudi 5 septembre, 9:12<br>
<b>Objet :</b> accueil d'Adam K. – organisation</p>
<p>Bonjour Madame Ferreira,</p>
<p>Comme convenu par téléphone, je vous confirme l'accueil d'Adam KONATÉ (14 mois) à compter du lundi 9, quatre jours par semaine.</p>
<p>Pour rappel, cet accueil fait partie des mesures décidées par le juge des enfants de Bobigny en juillet, dans le cadre de l'accompagnement éducatif de la famille. Adam sera amené le matin et repris le soir par sa maman, Mme Fanta Konaté, ou, les jours où elle a ses rendez-vous, par la technicienne d'intervention sociale et familiale, Mme Lopes. Aucune autre personne n'est autorisée, en particulier le père.</p>
<p>Merci de me signaler sans délai toute absence non justifiée, tout retard important ou tout élément inquiétant (hygiène, poids, marques). L'éducatrice du service, Mme Ravel, souhaite faire un point avec vous à la fin du mois.</p>
<p>Bien cordialement,<br>Caroline Mathieu, puéricultrice</p>
</div>
"""),
    "s075_gestion_badges.html": ("Gestion des accès – désactivation", """
<h1>Métropole de Nice – Sûreté des bâtiments – Gestion des badges</h1>
<h2>Demande de désactivation n° 2024-1187</h2>
<table>
<tr><th>Titulaire</th><td>M. Cédric BARRAL, technicien, régie des eaux</td></tr>
<tr><th>Badge</th><td>n° 40418 – accès station de traitement du Var, locaux techniques</td></tr>
<tr><th>Demandeur</th><td>Direction des ressources humaines</td></tr>
<tr><th>Motif</th><td>Agent suspendu à titre conservatoire à compter du 14/05</td></tr>
</table>
<h2>Note de la DRH (accès restreint)</h2>
<p>M. Barral a été placé en détention provisoire le 11 mai à la maison d'arrêt de Nice, à la suite de sa mise en examen pour des faits de violences volontaires avec arme commis à son domicile. La direction a été informée par le parquet en application de l'article 11-2 du code de procédure pénale. Il est suspendu de ses fonctions avec maintien du traitement pendant quatre mois.</p>
<p>Merci de désactiver immédiatement le badge et de récupérer les clés du véhicule de service auprès de son chef d'équipe. Ne pas communiquer le motif au service.</p>
"""),
    "p068_faq_asile.html": ("Demander l'asile en Côte-d'Or – questions fréquentes", """
<nav>Accueil &gt; Démarches &gt; Asile</nav>
<h1>Demander l'asile : les étapes</h1>
<h2>Où faire enregistrer ma demande ?</h2>
<p>Présentez-vous d'abord à la structure de premier accueil des demandeurs d'asile (SPADA) de Dijon, qui vous donnera un rendez-vous au guichet unique de la préfecture, en principe dans un délai de trois jours.</p>
<h2>Que se passe-t-il au guichet unique ?</h2>
<p>Vos empreintes sont relevées, votre demande est enregistrée et vous recevez une attestation de demande d'asile. L'Office français de l'immigration et de l'intégration (OFII) évalue votre situation et peut vous proposer un hébergement et l'allocation pour demandeur d'asile.</p>
<h2>Et ensuite ?</h2>
<p>Vous disposez de 21 jours pour envoyer votre dossier à l'OFPRA. Vous serez convoqué à un entretien. En cas de rejet, un recours est possible devant la Cour nationale du droit d'asile dans un délai d'un mois.</p>
<h2>Chiffres</h2>
<p>L'an dernier, 1 146 demandes ont été enregistrées au guichet unique de Dijon. Le département compte 1 320 places d'hébergement dédiées.</p>
<p>Des associations proposent un accompagnement gratuit ; leurs coordonnées sont affichées à l'accueil.</p>
"""),
    "p069_actualite_defenseur.html": ("Le Défenseur des droits tient une permanence en mairie", """
<article>
<h1>Le Défenseur des droits tient désormais une permanence à la mairie de Blois</h1>
<p class="date">Publié le 3 février – Actualités</p>
<p>Depuis le 1er février, un délégué du Défenseur des droits, M. Jean-Pierre Houdas, reçoit gratuitement le public chaque mercredi matin, sur rendez-vous, à l'hôtel de ville.</p>
<p>Vous pouvez le saisir si vous estimez :</p>
<ul>
<li>avoir été victime d'une discrimination (origine, handicap, état de santé, orientation sexuelle, religion, âge…) dans l'accès à l'emploi, au logement ou à un service ;</li>
<li>rencontrer des difficultés avec un service public (CAF, caisse de retraite, préfecture, impôts) ;</li>
<li>qu'un enfant ne voit pas ses droits respectés ;</li>
<li>avoir subi un manquement à la déontologie des forces de sécurité.</li>
</ul>
<p>En Loir-et-Cher, les délégués ont traité 1 026 réclamations l'an dernier ; les difficultés avec les titres de séjour et les prestations sociales représentent près de la moitié des saisines.</p>
<p>Rendez-vous : accueil de la mairie, 02 54 xx xx 00.</p>
</article>
"""),
    "p070_actualite_charte.html": ("La Ville signe la charte Romain Jacob", """
<article>
<h1>Accès aux soins des personnes en situation de handicap : la Ville signe la charte Romain Jacob</h1>
<p class="date">Publié le 14 mai – Santé</p>
<p>Le maire de Besançon, Mme Anne Vignot, a signé mercredi la charte Romain Jacob, aux côtés du CHU, de l'ARS Bourgogne-Franche-Comté et de plusieurs associations. Cette charte engage ses signataires à faciliter l'accès aux soins des personnes en situation de handicap.</p>
<p>Concrètement, la Ville s'engage à :</p>
<ul>
<li>former les agents des centres de santé municipaux à l'accueil des patients avec autisme, déficience intellectuelle ou troubles psychiques ;</li>
<li>proposer des consultations longues et des créneaux calmes ;</li>
<li>rendre accessible l'information sur la santé (documents en « facile à lire et à comprendre »).</li>
</ul>
<p>En France, une personne handicapée sur trois déclare avoir renoncé à des soins. « Les consultations blanches, pour découvrir le cabinet avant un soin, changent tout », a témoigné la présidente de l'association Autisme Doubs.</p>
<p>Une journée de sensibilisation ouverte aux professionnels de santé aura lieu le 6 juin.</p>
</article>
"""),
    "p071_page_aides_ccas.html": ("Les aides du CCAS", """
<nav>Accueil &gt; Solidarités &gt; Aides du CCAS</nav>
<h1>Quelles aides le CCAS peut-il vous apporter ?</h1>
<p>Le centre communal d'action sociale de Brest accompagne les habitants qui rencontrent des difficultés passagères ou durables.</p>
<table>
<tr><th>Aide</th><th>Pour qui ?</th><th>Comment ?</th></tr>
<tr><td>Aide alimentaire d'urgence</td><td>Foyers dont le reste à vivre est inférieur à 10 € par jour et par personne</td><td>Sur rendez-vous avec un travailleur social</td></tr>
<tr><td>Aide à l'énergie</td><td>Ménages ayant reçu une facture qu'ils ne peuvent régler</td><td>Dossier avec la facture et les justificatifs de ressources</td></tr>
<tr><td>Domiciliation</td><td>Personnes sans domicile stable ayant un lien avec Brest</td><td>Accueil du CCAS, sans rendez-vous</td></tr>
<tr><td>Aide aux frais d'obsèques</td><td>Familles aux ressources modestes</td><td>Dossier dans le mois suivant le décès</td></tr>
</table>
<p>Toutes les demandes sont examinées de façon confidentielle par une commission. L'an dernier, le CCAS a accordé 3 814 aides, pour un montant total de 612 000 €.</p>
<p>Accueil : 2 rue Frézier, du lundi au vendredi, 8 h 30 – 17 h.</p>
"""),
    "p072_offre_medecin_pmi.html": ("Offre d'emploi – médecin de PMI", """
<h1>Le Département de l'Yonne recrute un médecin de protection maternelle et infantile (H/F)</h1>
<p><b>Lieu :</b> Unité territoriale de solidarité de Sens &nbsp; <b>Cadre d'emplois :</b> médecins territoriaux, ou contractuel</p>
<h2>Missions</h2>
<ul>
<li>consultations de prévention des enfants de 0 à 6 ans, vaccinations, dépistage des troubles du développement ;</li>
<li>bilans de santé en école maternelle ;</li>
<li>participation à l'évaluation des informations préoccupantes et aux instances de protection de l'enfance ;</li>
<li>agrément et suivi des assistants maternels et familiaux, contrôle des établissements d'accueil du jeune enfant ;</li>
<li>actions de santé publique (périnatalité, santé sexuelle, prévention des violences).</li>
</ul>
<h2>Profil</h2>
<p>Docteur en médecine inscrit à l'Ordre ; une expérience en pédiatrie ou en santé publique est appréciée.</p>
<h2>Conditions</h2>
<p>Temps plein ou partiel ; véhicule de service ; formation continue ; rémunération selon expérience.</p>
<p>Candidatures avant le 30 juin auprès de la direction des ressources humaines.</p>
"""),
    "p073_actualite_subvention_lgbt.html": ("Mois des fiertés : la Ville soutient les associations", """
<article>
<h1>Mois des fiertés : la Ville de Lille soutient les associations de lutte contre les LGBTphobies</h1>
<p class="date">Publié le 28 mai – Citoyenneté</p>
<p>Le conseil municipal a voté lundi une subvention de 38 000 € répartie entre cinq associations engagées contre les discriminations liées à l'orientation sexuelle et à l'identité de genre : J'en suis J'y reste (centre LGBTQI+ de Lille), SOS homophobie Nord, Contact Hauts-de-France, le Refuge et l'association des parents et amis de personnes homosexuelles.</p>
<p>« Chaque jour, des jeunes sont rejetés par leur famille ou harcelés à l'école en raison de leur orientation sexuelle », a rappelé l'adjointe à l'égalité, Mme Marie-Christine Staniec-Wavrant, en présentant la délibération.</p>
<p>Selon le dernier rapport de SOS homophobie, 1 506 témoignages d'actes LGBTphobes ont été recueillis en France l'an dernier.</p>
<h2>Au programme du mois de juin</h2>
<ul>
<li>exposition « Visibles » à la mairie de quartier de Wazemmes ;</li>
<li>formation des agents d'accueil à la lutte contre les discriminations ;</li>
<li>Marche des fiertés le samedi 15 juin, départ de la Grand-Place à 14 h.</li>
</ul>
</article>
"""),
    "p074_page_aide_victimes.html": ("Vous êtes victime d'une infraction", """
<nav>Accueil &gt; Prévention et sécurité &gt; Aide aux victimes</nav>
<h1>Vous êtes victime d'une infraction : vos droits</h1>
<p>Vol, cambriolage, agression, violences conjugales, escroquerie en ligne : quelle que soit l'infraction, vous avez des droits et vous pouvez être accompagné gratuitement.</p>
<h2>Porter plainte</h2>
<p>Vous pouvez déposer plainte dans n'importe quel commissariat ou brigade de gendarmerie, ou par courrier au procureur de la République. Pour certaines atteintes aux biens, une pré-plainte en ligne est possible.</p>
<h2>Être accompagné</h2>
<p>L'association France Victimes 44 – ADAVI tient une permanence à la maison de la justice et du droit de Saint-Nazaire le lundi et le jeudi. Ses juristes et psychologues vous aident dans vos démarches, vous informent sur la procédure et sur l'indemnisation.</p>
<h2>Être indemnisé</h2>
<p>Vous pouvez demander réparation devant le tribunal ou, sous conditions, saisir la commission d'indemnisation des victimes d'infractions (CIVI).</p>
<h2>Numéros utiles</h2>
<ul>
<li>116 006 – aide aux victimes, 7 j/7 ;</li>
<li>3919 – violences femmes info ;</li>
<li>119 – enfance en danger.</li>
</ul>
"""),
    "p075_page_mariage.html": ("Se marier à Annecy", """
<nav>Accueil &gt; État civil &gt; Mariage</nav>
<h1>Se marier à Annecy</h1>
<p>Le mariage peut être célébré dans la commune où l'un des futurs époux, ou l'un de leurs parents, a son domicile ou sa résidence depuis au moins un mois. Il est ouvert aux couples de sexe différent ou de même sexe.</p>
<h2>Constituer le dossier</h2>
<p>Retirez le dossier en mairie ou téléchargez-le, puis déposez-le complet au moins deux mois avant la date souhaitée, en présence des deux futurs époux. Pièces : copies intégrales d'actes de naissance de moins de trois mois (six mois si établies à l'étranger), pièces d'identité, justificatifs de domicile, informations sur les témoins.</p>
<h2>Audition des futurs époux</h2>
<p>L'officier de l'état civil peut demander à entendre les futurs époux, ensemble ou séparément, notamment lorsque l'un d'eux est de nationalité étrangère. Cette audition vise à vérifier le consentement.</p>
<h2>Publication des bans</h2>
<p>Les bans sont affichés à la mairie pendant dix jours avant la célébration.</p>
<p>L'an dernier, 296 mariages ont été célébrés à Annecy, principalement le samedi. Réservation de la salle des mariages : service état civil, 04 50 xx xx 00.</p>
"""),
}


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
