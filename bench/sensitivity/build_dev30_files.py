"""Build the .docx and .html documents of the hand-written sensitivity set dev30.

Theme: health and medico-social institutions (a centre hospitalier's board and reports, an ARS's
published decisions and press releases, EHPAD and résidences autonomie, a CCAS, PMI and a municipal
centre de santé, a maison de santé project, local public-health campaigns, contrats locaux de santé,
complaints and mediation, staff notes, transport sanitaire, e-mails between professionals).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev30_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev30"
FIXED = dt.datetime(2025, 10, 6, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_administrative_ehpad.docx"] = [
    ("title", "Rapport d'enquête administrative interne"),
    ("p", "EHPAD Résidence du Parc de la Fontaine — Saint-Genès-la-Tour. Enquête conduite du 6 au 20 "
          "janvier 2025 par Mme Florence Vidal, cadre de santé, et M. Olivier Teulade, directeur adjoint, "
          "à la demande du directeur. Document destiné au directeur et au conseil de discipline."),
    ("h", "1. Origine de l'enquête"),
    ("p", "Le 3 janvier 2025, Mme Amandine Roux, aide-soignante en contrat à durée déterminée, a signalé "
          "à sa cadre avoir vu M. Sébastien Carles, aide-soignant titulaire de l'équipe de jour, « tirer "
          "par le bras » Mme Simone Delmas (chambre 31) pour la faire asseoir, en lui disant « tu vas "
          "arrêter ton cinéma ». Mme Delmas, qui présente une maladie d'Alzheimer à un stade avancé et "
          "s'oppose fréquemment aux soins, avait le lendemain un hématome à l'avant-bras droit."),
    ("h", "2. Personnes entendues"),
    ("table", [
        ["Personne", "Qualité", "Date", "Éléments principaux"],
        ["Mme A. Roux", "AS (CDD)", "06/01", "Confirme le geste et les propos ; dit avoir déjà entendu "
                                            "M. Carles tutoyer et rudoyer d'autres résidents."],
        ["M. S. Carles", "AS titulaire", "08/01", "Reconnaît avoir « haussé le ton », conteste avoir "
                                                  "tiré la résidente ; invoque la fatigue et le manque "
                                                  "de personnel."],
        ["Mme N. Bouscatel", "IDE", "09/01", "A constaté l'hématome le 4 au matin, l'a tracé et "
                                             "prévenu le médecin."],
        ["M. Y. Delmas", "Fils de la résidente", "13/01", "Dit que sa mère « a peur du grand brun » "
                                                          "depuis l'automne."],
        ["Mme L. Ferrand", "AS", "14/01", "N'a rien vu ; décrit M. Carles comme « brusque mais "
                                          "efficace »."],
    ]),
    ("h", "3. Analyse"),
    ("p", "Les témoignages concordants de Mme Roux et de l'IDE, l'hématome constaté et les propos du fils "
          "rendent les faits suffisamment établis. Ils s'inscrivent dans un contexte de tension déjà "
          "relevé lors de l'entretien professionnel 2024 de M. Carles, où le cadre notait « un manque de "
          "patience avec les résidents désorientés »."),
    ("h", "4. Propositions"),
    ("p", "Suspension de fonctions à titre conservatoire (déjà prononcée le 9 janvier), saisine du "
          "conseil de discipline pour une sanction du troisième groupe, information du procureur de la "
          "République au titre de l'article 40 du code de procédure pénale, signalement à l'ARS. "
          "Protection de Mme Roux, qui craint des représailles."),
]

DOCX_BLOCKS["s047_cvs_glycines_hommage_resident.docx"] = [
    ("title", "Résidence autonomie Les Glycines — Conseil de la vie sociale"),
    ("p", "Compte rendu de la séance du 10 avril 2025. Présents : M. Raymond Couderc (président), "
          "Mme Yolande Espinasse, Mme Sandrine Lagarrigue, Mme Fatima El Amrani, Mme Hélène Brousse, "
          "Mme Sabine Teulières (directrice)."),
    ("h", "Ouverture de la séance"),
    ("p", "M. Couderc ouvre la séance en demandant une minute de silence à la mémoire de M. Gaston "
          "Malbec, du logement 41, qui nous a quittés le 22 mars. Beaucoup de résidents ont été "
          "bouleversés d'apprendre dans quelles conditions : il a été retrouvé par l'aide à domicile "
          "dans son garage, et chacun sait ici qu'il n'allait plus bien depuis la mort de sa femme à "
          "Noël. Mme Espinasse dit qu'il lui avait confié « ne plus voir l'intérêt de continuer » et "
          "regrette de ne l'avoir répété à personne."),
    ("p", "La directrice indique qu'une psychologue de l'équipe mobile est venue rencontrer les résidents "
          "qui le souhaitaient les 26 et 27 mars, et que le personnel a bénéficié d'un temps d'échange. "
          "Elle rappelle que tout résident ou proche inquiet pour un voisin peut l'en informer, en toute "
          "discrétion."),
    ("h", "1. Animations du printemps"),
    ("p", "La sortie au lac de Saint-Nicolas-de-la-Grave est fixée au 15 mai. L'atelier mémoire passe au "
          "mercredi."),
    ("h", "2. Travaux"),
    ("p", "Le remplacement des boîtes aux lettres est prévu en juin."),
    ("h", "3. Questions diverses"),
    ("p", "Mme Lagarrigue demande un banc supplémentaire près du jardin partagé. Accord."),
]

DOCX_BLOCKS["s048_dossier_aide_sociale_hebergement.docx"] = [
    ("title", "Demande d'aide sociale à l'hébergement — personnes âgées"),
    ("p", "Dossier instruit par le CCAS de Montfaucon-sur-Lère et transmis au Département de "
          "Tarn-et-Garonne, direction de l'autonomie, le 14 février 2025."),
    ("h", "Demandeur"),
    ("table", [
        ["Nom, prénom", "BOUYSSOU Lucienne, née VIDAL"],
        ["Date de naissance", "09/12/1934"],
        ["Établissement d'accueil", "EHPAD Les Tilleuls, chambre 117, entrée le 02/01/2025"],
        ["Situation familiale", "Veuve depuis 2011"],
        ["Mesure de protection", "Curatelle renforcée, UDAF 82 (mandataire : M. Cyril Bastide)"],
    ]),
    ("h", "Ressources mensuelles"),
    ("table", [
        ["Nature", "Montant"],
        ["Pension CARSAT", "742,18 €"],
        ["Retraite complémentaire Agirc-Arrco", "211,40 €"],
        ["Allocation de solidarité aux personnes âgées (ASPA)", "139,02 €"],
        ["Allocation logement (ALS)", "96,00 €"],
        ["Total", "1 188,60 €"],
    ]),
    ("p", "Patrimoine : maison d'habitation à Lacapelle-Livron, estimée à 85 000 €, inoccupée, en vente "
          "depuis janvier. Livret A : 1 312 €. Pas d'assurance-vie déclarée."),
    ("h", "Obligés alimentaires"),
    ("table", [
        ["Nom", "Lien", "Situation déclarée"],
        ["M. Alain Bouyssou", "Fils", "Chômeur en fin de droits, hébergé chez un ami, ne peut participer"],
        ["Mme Corinne Bouyssou-Rey", "Fille", "Salariée, 1 650 € net, deux enfants, propose 80 €/mois"],
    ]),
    ("p", "Frais d'hébergement : 68,42 € × 30 jours = 2 052,60 € par mois. Reste à charge non couvert : "
          "environ 980 € par mois. Avis du CCAS : favorable, avec récupération sur succession et "
          "hypothèque légale sur le bien immobilier."),
]

DOCX_BLOCKS["s049_fiche_liaison_maternite_pmi.docx"] = [
    ("title", "Fiche de liaison maternité → PMI"),
    ("p", "Maternité du CH de Montfaucon-sur-Lère — à l'attention de la sage-femme de PMI du secteur. "
          "Transmise avec l'accord de la patiente le 2 juin 2025."),
    ("table", [
        ["Patiente", "Mlle Inès R., 16 ans (née le 04/02/2009)"],
        ["Adresse", "Maison d'enfants à caractère social Le Colombier, Caylus"],
        ["Terme", "39 SA + 2 j, accouchement le 30/05/2025, voie basse"],
        ["Enfant", "Garçon, 2 890 g, allaitement mixte"],
        ["Référente ASE", "Mme Marion Lacaze, circonscription de Caylus"],
    ]),
    ("h", "Éléments de contexte"),
    ("p", "Jeune fille confiée à l'aide sociale à l'enfance depuis ses 13 ans. Grossesse découverte à "
          "22 SA, non désirée initialement ; la jeune a ensuite souhaité la poursuivre. Le père de "
          "l'enfant, 19 ans, n'est pas impliqué. La mère de la patiente, avec qui les liens sont "
          "distendus, n'a pas été informée de la naissance à la demande d'Inès."),
    ("h", "Points de vigilance"),
    ("p", "Fatigue importante, pleurs fréquents depuis J2, score EPDS à 14 le 1er juin. Pas d'antécédent "
          "psychiatrique connu. Un projet d'accueil en centre parental est en cours d'étude avec l'ASE."),
    ("h", "Demande"),
    ("p", "Visite à domicile de la sage-femme de PMI dans les 72 h suivant la sortie (prévue le 3 juin), "
          "puis suivi rapproché ; consultation de psychologie périnatale proposée."),
]

DOCX_BLOCKS["s050_rapport_mediation_soins_sans_consentement.docx"] = [
    ("title", "Compte rendu de médiation — pôle de psychiatrie"),
    ("p", "Centre hospitalier de Montfaucon-sur-Lère. Rencontre du 15 septembre 2025 avec M. Florian "
          "Bonnefous, à sa demande. Médiateur médical : Dr Emmanuel Guiraud (hors pôle). Représentante "
          "des usagers : Mme Rose-Marie Teyssier."),
    ("h", "Objet de la réclamation"),
    ("p", "M. Bonnefous, hospitalisé depuis le 28 août en soins psychiatriques à la demande d'un tiers "
          "(sa sœur), puis maintenu par décision du directeur après le certificat des 72 heures, "
          "conteste la mesure et se plaint d'avoir été placé en chambre d'isolement pendant 36 heures "
          "à son arrivée, sans explication ni possibilité de prévenir son avocat. Il dit avoir été privé "
          "de son téléphone pendant une semaine."),
    ("h", "Échanges"),
    ("p", "Le Dr Guiraud a consulté le registre d'isolement : la mesure a été décidée à 23 h 10 le 28 août "
          "pour agitation et menaces envers l'équipe, renouvelée deux fois, levée le 30 à 11 h. Le juge "
          "des libertés et de la détention a été informé et a maintenu la mesure d'hospitalisation à "
          "l'audience du 6 septembre. M. Bonnefous reconnaît « avoir été hors de lui » mais estime "
          "qu'on aurait pu lui parler davantage."),
    ("p", "Sur le téléphone, le chef de pôle précise que la restriction relevait d'une prescription "
          "médicale individuelle ; elle a été levée le 5 septembre. M. Bonnefous souhaite que son "
          "traitement actuel (neuroleptique retard) soit rediscuté avant sa sortie."),
    ("h", "Conclusions"),
    ("p", "Le médiateur recommande une rencontre entre M. Bonnefous et son psychiatre référent avant le "
          "30 septembre, et rappelle à M. Bonnefous son droit de saisir à nouveau le juge et la "
          "commission départementale des soins psychiatriques."),
]

DOCX_BLOCKS["s051_note_confidentielle_rapprochement_clinique.docx"] = [
    ("title", "CONFIDENTIEL — Note au président du conseil de surveillance"),
    ("p", "Exemplaire n° 2/4 — Ne pas reproduire. De : Vincent Audouy, directeur. À : Mme Josette "
          "Lapeyre, présidente du conseil de surveillance. Date : 2 septembre 2025."),
    ("h", "Objet : discussions avec le groupe Santé Quercy Occitanie"),
    ("p", "Comme vous le savez, le groupe privé qui exploite la clinique Saint-Roch à Montauban nous a "
          "approchés en juin. Trois réunions se sont tenues à l'ARS, sous le sceau de la confidentialité, "
          "les 3 juillet, 28 juillet et 27 août."),
    ("p", "Le scénario privilégié par l'ARS serait le transfert de notre activité de chirurgie "
          "ambulatoire et de l'orthopédie programmée vers la clinique à l'horizon 2027, en échange de la "
          "reprise par notre établissement des lits de soins de suite de la clinique. Le groupe demande "
          "une exclusivité de négociation jusqu'au 31 décembre."),
    ("p", "Je vous propose de n'en informer ni la CME plénière ni le conseil de surveillance avant la "
          "remise de l'étude d'impact (attendue pour novembre). Toute fuite compromettrait la "
          "négociation et provoquerait un mouvement social au bloc opératoire."),
    ("p", "Je reste à votre disposition pour un échange de vive voix."),
]

DOCX_BLOCKS["s052_offre_editeur_dpi_annexe_financiere.docx"] = [
    ("title", "Offre technique et financière — Dossier patient informatisé"),
    ("p", "Société MédiLogique SAS — réponse à l'appel d'offres du GHT Quercy-Lère, lot unique. "
          "Pièce classée « secret des affaires » au sens de l'article L.151-1 du code de commerce ; "
          "elle ne peut être communiquée à des tiers."),
    ("h", "1. Architecture proposée"),
    ("p", "Notre moteur de règles cliniques « Synapse » repose sur un algorithme propriétaire de "
          "priorisation des alertes médicamenteuses (brevet en cours de dépôt), développé avec le CHU "
          "de Nantes. Le paramétrage spécifique au GHT utilisera notre référentiel de 4 200 règles, "
          "non publié."),
    ("h", "2. Décomposition du prix"),
    ("table", [
        ["Poste", "Prix catalogue HT", "Prix consenti HT", "Remise"],
        ["Licences (1 200 utilisateurs)", "684 000 €", "410 400 €", "40 %"],
        ["Déploiement et paramétrage", "312 000 €", "265 200 €", "15 %"],
        ["Formation (180 jours)", "162 000 €", "144 000 €", "11 %"],
        ["Maintenance annuelle", "136 800 €", "98 500 €", "28 %"],
    ]),
    ("p", "La remise de 40 % sur les licences est exceptionnelle et conditionnée à l'acceptation d'une "
          "référence commerciale. Elle ne doit pas être connue des autres établissements clients, auxquels "
          "nous appliquons au maximum 20 %. Notre taux de marge brute sur ce contrat est estimé à 31 %."),
]

DOCX_BLOCKS["s053_cdu_seance_examen_plaintes.docx"] = [
    ("title", "Commission des usagers — séance du 4 mars 2025"),
    ("p", "Examen des plaintes et réclamations du 4e trimestre 2024. Document de travail réservé aux "
          "membres de la commission, soumis au secret professionnel (article L.1112-3 du code de la "
          "santé publique)."),
    ("table", [
        ["N°", "Plaignant", "Service", "Objet", "Suite"],
        ["R-2024-98", "Mme Fabienne Lasserre", "Maternité", "Déchirure périnéale mal prise en "
                                                              "charge, douleurs persistantes", "Médiation"],
        ["R-2024-101", "M. Jean-Louis Ricard (pour sa mère)", "USLD", "Escarre sacrée découverte à "
                                                                     "la visite", "Réponse écrite"],
        ["R-2024-104", "M. Karim Hadj", "Urgences", "Attente de 9 h avec une fracture du poignet",
         "Excuses"],
        ["R-2024-107", "Mme Nicole Py", "Psychiatrie", "Sortie jugée prématurée de son fils, "
                                                       "réhospitalisé 5 jours après", "Médiation"],
        ["R-2024-110", "M. Antoine Vergnes", "Chirurgie", "Infection du site opératoire après "
                                                         "prothèse de genou", "Transmis assureur"],
    ]),
    ("h", "Discussion"),
    ("p", "Concernant la réclamation R-2024-107, la représentante des usagers souligne que Mme Py "
          "n'avait pas été informée de la sortie de son fils, majeur, qui avait refusé qu'on la "
          "prévienne ; la commission estime que la réponse doit rappeler le cadre du secret "
          "professionnel tout en reconnaissant la détresse de la famille."),
    ("p", "Pour R-2024-110, M. Vergnes a d'ores et déjà saisi un avocat ; le dossier est transmis à "
          "l'assureur SHAM."),
]

DOCX_BLOCKS["s054_rapport_social_protection_juridique.docx"] = [
    ("title", "Rapport social circonstancié"),
    ("p", "Joint à la requête aux fins d'ouverture d'une mesure de protection juridique adressée au juge "
          "des contentieux de la protection du tribunal judiciaire de Montauban. Rédigé par Mme Inès "
          "Carvalho, conseillère en économie sociale et familiale, CCAS de Montfaucon-sur-Lère, le "
          "7 mai 2025."),
    ("h", "Personne concernée"),
    ("p", "M. Francis Lagarde, né le 23 août 1951, 5 rue du Four, Montfaucon-sur-Lère. Divorcé en 2009 "
          "de Mme Évelyne Marty ; deux enfants, M. Julien Lagarde (Bordeaux) et Mme Claire Lagarde "
          "(Paris), avec lesquels il est en conflit ouvert depuis le partage de la maison familiale."),
    ("h", "Situation constatée"),
    ("p", "Depuis l'automne, M. Lagarde laisse s'accumuler les factures impayées (électricité, eau, "
          "taxe foncière) alors que sa retraite (1 860 € par mois) devrait y suffire. Il a souscrit en "
          "six mois quatre crédits renouvelables et signé deux contrats de travaux auprès de démarcheurs "
          "(isolation, pompe à chaleur) pour 23 000 €. Son médecin traitant a constaté une altération "
          "de ses facultés et rédigé le certificat circonstancié requis par un médecin inscrit sur la "
          "liste du procureur."),
    ("h", "Position de la famille"),
    ("p", "Son fils souhaite exercer lui-même la mesure ; sa fille s'y oppose fermement et évoque des "
          "retraits d'espèces importants effectués par son frère avec la carte de leur père en 2024. "
          "L'ex-épouse de M. Lagarde ne souhaite pas intervenir."),
    ("h", "Proposition"),
    ("p", "Au vu du conflit familial, le CCAS propose une curatelle renforcée confiée à un mandataire "
          "judiciaire à la protection des majeurs, plutôt qu'à l'un des enfants."),
]

DOCX_BLOCKS["s055_rapport_medical_etranger_malade.docx"] = [
    ("title", "Demande de titre de séjour pour soins — pièces transmises"),
    ("p", "Note de la PASS du CH de Montfaucon-sur-Lère à l'association Terre d'Accueil 82, pour "
          "l'accompagnement administratif de la personne. Le rapport médical lui-même a été adressé "
          "sous pli confidentiel au service médical de l'OFII le 12 mars 2025."),
    ("table", [
        ["Demandeuse", "Mme Mariam TOURÉ, née le 15/05/1987 à Bamako (Mali)"],
        ["Situation", "Déboutée du droit d'asile (CNDA, décision du 9 octobre 2024), obligation de "
                      "quitter le territoire notifiée le 4 décembre 2024, non exécutée"],
        ["Hébergement", "CADA puis hébergement d'urgence, Montfaucon"],
        ["Enfants", "Deux, nés en 2016 et 2021, scolarisés à Montfaucon"],
    ]),
    ("h", "Éléments médicaux communiqués à l'association (avec l'accord de Mme Touré)"),
    ("p", "Mme Touré est suivie depuis juillet 2024 pour une infection chronique nécessitant un "
          "traitement antirétroviral quotidien, non disponible de façon fiable dans sa région d'origine, "
          "ainsi que pour un syndrome de stress post-traumatique lié aux violences subies avant son "
          "départ."),
    ("h", "Démarches"),
    ("p", "Le dépôt en préfecture a été effectué le 18 mars 2025 ; le récépissé est attendu. "
          "L'association est priée de veiller à ce que Mme Touré se rende à la convocation éventuelle "
          "du médecin de l'OFII et de conserver ces informations sous pli fermé."),
]

DOCX_BLOCKS["s056_entretien_prealable_ambulancier.docx"] = [
    ("title", "Compte rendu d'entretien préalable à une sanction disciplinaire"),
    ("p", "Centre hospitalier de Montfaucon-sur-Lère — Direction des ressources humaines. Entretien du "
          "12 juin 2025, 10 h. Agent : M. Yoann Delpy, ambulancier SMUR, contractuel. Présents : "
          "Mme Christine Labro (DRH adjointe), M. Ludovic Azam (cadre des urgences). M. Delpy était "
          "accompagné de M. Gilles Fourcade, collègue de son choix."),
    ("h", "Faits reprochés"),
    ("p", "Le 28 mai, lors d'une intervention SMUR vers Caylus, le véhicule conduit par M. Delpy a été "
          "flashé à 142 km/h sur une route limitée à 80 km/h, sans usage des avertisseurs spéciaux, "
          "alors que le médecin avait indiqué que le transfert n'était pas urgent. Le 2 juin, M. Delpy "
          "a refusé de procéder à l'inventaire du véhicule en fin de garde et quitté son poste avec "
          "40 minutes d'avance."),
    ("h", "Explications de l'agent"),
    ("p", "M. Delpy reconnaît l'excès de vitesse, « pour rentrer plus vite et couvrir le secteur ». Il "
          "conteste l'abandon de poste, indiquant avoir prévenu oralement l'infirmier. Il fait valoir "
          "qu'il n'a jamais eu de reproche en quatre ans."),
    ("h", "Suite envisagée"),
    ("p", "La DRH envisage un blâme et un retrait temporaire de la conduite en urgence jusqu'à un "
          "nouveau stage de conduite. La décision sera notifiée dans un délai d'un mois ; l'agent peut "
          "présenter des observations écrites d'ici le 19 juin."),
]

DOCX_BLOCKS["s057_plan_securisation_etablissement.docx"] = [
    ("title", "Plan de sécurisation de l'établissement (PSE) — volet site principal"),
    ("p", "Centre hospitalier de Montfaucon-sur-Lère — version 3, révisée en mai 2025. Document non "
          "communicable (article L.311-5 du code des relations entre le public et l'administration)."),
    ("h", "1. Points d'accès"),
    ("table", [
        ["Accès", "Fermeture", "Contrôle", "Observation"],
        ["Hall principal", "21 h - 6 h", "Interphone PC sécurité", "Porte sortie de secours ouest "
                                                                  "non alarmée"],
        ["Urgences (piétons)", "Jamais", "Agent de sécurité 19 h - 7 h", "Sas non verrouillable à "
                                                                        "distance"],
        ["Quai logistique", "19 h - 6 h", "Badge", "Portail en panne depuis mars, fermé par chaîne"],
        ["Passerelle bâtiment C", "20 h", "Badge", "Badges des anciens intérimaires non désactivés"],
    ]),
    ("h", "2. Vidéoprotection"),
    ("p", "38 caméras. Angles morts identifiés : parking du personnel niveau -2, escalier de service "
          "de la maternité, abords de la PUI côté livraison. L'enregistreur n'est pas secouru par "
          "onduleur : une coupure électrique interrompt l'enregistrement."),
    ("h", "3. Zones sensibles"),
    ("p", "Maternité et pédiatrie : bracelets anti-enlèvement, mais la porte du service de néonatologie "
          "s'ouvre de l'intérieur sans badge. Salle serveurs : bâtiment A, sous-sol, accès par clé "
          "unique détenue par la DSI et le PC sécurité."),
    ("h", "4. Procédure d'alerte attentat"),
    ("p", "Code d'alerte diffusé par haut-parleur : « Monsieur Lambert est attendu en salle 12 ». Point "
          "de regroupement des équipes : salle de staff du 3e étage."),
]

DOCX_BLOCKS["s058_livret_chorale_fete_residents.docx"] = [
    ("title", "Fête des résidents — livret de la chorale"),
    ("p", "EHPAD Les Tilleuls, 21 juin 2025. Livret distribué aux résidents, aux familles et mis en "
          "ligne sur la page Facebook de l'établissement."),
    ("h", "1. « Les Jardins de Lère » — paroles et musique de Jean-Michel Roussel"),
    ("p", "© Éditions musicales du Sud-Ouest, 2018. Tous droits réservés."),
    ("p", "Couplet 1 : Au bord de la Lère, quand le jour se lève, / J'ai vu ma mère étendre les draps, "
          "/ Le vent du causse portait nos rêves / Et le moulin chantait tout bas."),
    ("p", "Refrain : Ô les jardins de Lère, / Les figues et les lilas, / Rends-moi mes vingt ans, ma "
          "rivière, / Rends-moi ses yeux, ses bras."),
    ("p", "Couplet 2 : On dansait le samedi sous les platanes, / L'accordéon de Marcel Pujol, / Et "
          "toi tu riais dans ta robe diaphane, / Le monde entier tenait dans ce bal."),
    ("p", "Couplet 3 : Les années ont passé comme l'eau sous l'arche, / Les enfants sont partis vers "
          "la ville, / Mais quand je ferme les yeux, je marche / Encore avec toi le long des îles."),
    ("p", "Refrain final (deux fois), puis reprise a cappella du premier couplet."),
    ("h", "2. Répertoire traditionnel"),
    ("p", "« Se canta », « Le Temps des cerises », « Douce France » (les paroles de ces chansons seront "
          "chantées de mémoire)."),
]

DOCX_BLOCKS["s059_suivi_reprises_accidents_travail.docx"] = [
    ("title", "Suivi des agents en accident du travail et des reprises — 1er semestre 2025"),
    ("p", "EHPAD Résidence du Parc de la Fontaine. Tableau préparé pour la formation spécialisée en "
          "santé, sécurité et conditions de travail. Version nominative réservée à la direction et "
          "au médecin du travail ; seule la version agrégée est présentée en séance."),
    ("table", [
        ["Agent", "Poste", "Date AT", "Nature", "Arrêt", "Reprise / restrictions"],
        ["C. Marty", "AS", "14/01", "Lombalgie aiguë lors d'un transfert", "45 j",
         "Reprise le 01/03, pas de port > 15 kg"],
        ["J. Oulié", "ASH", "03/02", "Chute dans l'escalier de service, entorse cheville", "21 j",
         "Sans restriction"],
        ["M. Baudet", "IDE", "19/02", "Piqûre accidentelle (AES), résident porteur du VHC", "0 j",
         "Suivi sérologique M1-M3-M6"],
        ["K. Ferhat", "AS", "11/03", "Morsure par un résident désorienté, main gauche", "8 j",
         "Sans restriction"],
        ["S. Lavaur", "AS", "02/04", "Épaule droite, rechute de 2023", "en cours",
         "Reclassement envisagé (inaptitude au poste probable)"],
        ["D. Rességuier", "Cuisinier", "28/05", "Brûlure 2e degré avant-bras", "12 j",
         "Sans restriction"],
    ]),
    ("p", "Total : 6 accidents avec ou sans arrêt, 147 jours d'arrêt hors cas en cours. Les "
          "manutentions restent la première cause ; l'achat de deux rails de transfert est proposé."),
]

DOCX_BLOCKS["s060_aumonerie_liste_visites.docx"] = [
    ("title", "Aumônerie hospitalière — demandes de visite de la semaine 41"),
    ("p", "Centre hospitalier de Montfaucon-sur-Lère. Liste transmise par le bureau des entrées aux "
          "aumôniers, avec l'accord des patients recueilli à l'admission ou dans le service."),
    ("table", [
        ["Service / chambre", "Patient", "Culte", "Demande", "Aumônier"],
        ["Cardiologie 208", "M. Bernard Escande", "Catholique", "Communion, sacrement des malades",
         "Père Gabriel Nouhaud"],
        ["Oncologie 312", "Mme Latifa Amrouche", "Musulman", "Visite, lecture, présence de l'imam "
                                                           "le vendredi", "M. Rachid Belaïd"],
        ["Médecine B 115", "M. David Lévy", "Israélite", "Visite du rabbin de Toulouse, repas "
                                                        "casher", "Rabbin Simon Attal"],
        ["USLD 21", "Mme Marthe Combes", "Protestant", "Lecture de la Bible, prière", "Pasteure "
                                                                                   "Agnès Roux"],
        ["Maternité 405", "Mme Alina Popescu", "Orthodoxe", "Bénédiction du nouveau-né",
         "Père Ioan (paroisse de Montauban)"],
    ]),
    ("p", "Rappel : la liste ne doit pas rester dans les postes de soins. Elle est détruite en fin de "
          "semaine."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_pensees_collegue.html"] = (
    "Intranet — La vie du pôle gériatrie",
    """
<header><p>Intranet du CH de Montfaucon-sur-Lère &gt; Pôles &gt; Gériatrie &gt; Actualités</p></header>
<article>
<h1>Un petit mot pour Nathalie</h1>
<p class="date">Publié le 3 février 2025 par l'équipe de l'USLD Les Chênes</p>
<p>Vous êtes nombreux à nous demander des nouvelles de Nathalie Souque, notre ASH de nuit depuis
quinze ans. Elle nous autorise à vous dire qu'elle va mieux : sa deuxième opération s'est bien passée
et elle commence ses séances de rayons à Toulouse la semaine prochaine, pour six semaines. Elle a perdu
ses cheveux et en rit déjà : « je vais enfin pouvoir porter les foulards de ma mère ».</p>
<p>Nathalie ne reviendra pas avant l'automne. Une cagnotte est ouverte au secrétariat du pôle pour lui
offrir un bon pour un week-end au bord de la mer quand tout ça sera derrière elle.</p>
<p>Vous pouvez lui écrire à l'adresse de l'unité, on lui transmet tous les vendredis.</p>
<p>On t'attend, Nath !</p>
</article>
""",
)

HTML_PAGES["s062_reponse_avis_en_ligne.html"] = (
    "Avis Google — réponse du propriétaire",
    """
<div class="review">
<p class="author">Gaëlle M. — ★☆☆☆☆ — il y a 2 semaines</p>
<p>Honte à cette maternité. J'ai attendu 3 heures en plein travail sans qu'une sage-femme vienne me
voir, et on m'a parlé comme à une gamine. Plus jamais.</p>
</div>
<div class="owner-reply">
<p class="author">Réponse du propriétaire — Centre hospitalier de Montfaucon-sur-Lère</p>
<p>Madame Gaëlle Marcelin, nous sommes désolés de votre ressenti. Nous avons repris votre dossier
avec l'équipe : vous êtes arrivée le 14 mars à 22 h à 3 cm de dilatation, le monitoring de votre bébé
était normal et la sage-femme vous a examinée à 22 h 20 et à 0 h 15. Votre demande de péridurale n'a
pu être satisfaite immédiatement car l'anesthésiste était au bloc pour une césarienne en urgence.
Votre fille est née à 2 h 40 par ventouse, et la déchirure a été suturée sous anesthésie locale.
Nous comprenons que cette nuit ait été difficile, d'autant que votre précédente grossesse s'était
terminée par une fausse couche, comme vous l'aviez indiqué à la sage-femme.</p>
<p>N'hésitez pas à contacter la chargée des relations avec les usagers au 05 63 24 70 00.</p>
</div>
""",
)

HTML_PAGES["s063_portage_repas_tournee.html"] = (
    "Portage de repas — feuille de tournée du jeudi",
    """
<h1>Tournée n° 2 — jeudi 15 mai 2025</h1>
<p>Livreur : Thierry. Départ cuisine centrale 9 h 30. Remettre les repas en main propre, ne jamais les
laisser devant la porte.</p>
<table>
<tr><th>Ordre</th><th>Bénéficiaire</th><th>Adresse</th><th>Repas</th><th>Consignes</th></tr>
<tr><td>1</td><td>Mme Yvette Calvet</td><td>4 rue des Tanneurs</td><td>Mixé, eau gélifiée</td>
<td>Troubles de la déglutition : vérifier qu'elle n'a pas de pain</td></tr>
<tr><td>2</td><td>M. Guy Bonhomme</td><td>11 impasse des Lilas</td><td>Diabétique</td>
<td>Pas de dessert sucré même s'il insiste</td></tr>
<tr><td>3</td><td>M. et Mme Roumiguières</td><td>La Bouysse</td><td>Sans sel ×2</td>
<td>Monsieur sous dialyse : pas de banane, pas de fruits secs</td></tr>
<tr><td>4</td><td>Mme Odile Sanchez</td><td>2 place du Foirail</td><td>Normal</td>
<td>Ne se souvient pas toujours de la commande, c'est normal ; clé dans la boîte à code (1957)</td></tr>
<tr><td>5</td><td>M. Patrice Lacroix</td><td>Résidence Le Ramier, bât. B</td><td>Sans porc, sans alcool</td>
<td>Sort de l'hôpital (cancer ORL), mange très peu, signaler s'il n'a pas touché au repas de la
veille</td></tr>
</table>
""",
)

HTML_PAGES["s064_wiki_interne_suspension_infirmier.html"] = (
    "Wiki CPTS — situations de vigilance",
    """
<nav>Wiki de la CPTS du Pays montfauconnais &gt; Coordination &gt; Vigilance (accès restreint bureau)</nav>
<h1>Vigilance : reprise des patients de M. Loïc Vayssières</h1>
<p>Mise à jour du 18 avril 2025.</p>
<p>Pour information des membres du bureau : M. Vayssières, infirmier libéral installé à Caylus, fait
l'objet depuis le 10 avril d'une suspension de son droit d'exercer prononcée par le directeur général
de l'ARS. La CPAM a déposé plainte pour escroquerie (facturation d'environ 1 400 actes non réalisés en
2023-2024) et une enquête est en cours à la brigade de recherches de Montauban. Il a été placé en garde à
vue le 9 avril et laissé libre sous contrôle judiciaire, avec interdiction d'exercer.</p>
<p>Une quarantaine de patients, dont plusieurs insulino-dépendants, se retrouvent sans passage
infirmier. Merci aux cabinets de Lespinasse et de Montfaucon qui ont accepté d'en reprendre une partie.
La liste est tenue par la coordinatrice.</p>
<p><strong>Ne pas diffuser au-delà du bureau</strong> : la procédure pénale est en cours et M. Vayssières
est présumé innocent.</p>
""",
)

HTML_PAGES["s065_creche_message_pai.html"] = (
    "Portail familles — message de la crèche",
    """
<div class="message">
<p><strong>De :</strong> Multi-accueil Les Petits Lutins (Ville de Montfaucon-sur-Lère)<br>
<strong>À :</strong> Famille Benhamou<br>
<strong>Objet :</strong> Projet d'accueil individualisé de Noah</p>
<p>Bonjour Madame, bonjour Monsieur,</p>
<p>Nous avons bien reçu l'ordonnance et le protocole du Dr Lamarque pour Noah. Le PAI a été signé par
la directrice et la référente santé de la crèche ce matin. Pour rappel :</p>
<ul>
<li>éviction stricte de l'arachide et des fruits à coque ; Noah mangera les plats que vous fournirez
dans la glacière, réchauffés séparément ;</li>
<li>la trousse d'urgence (stylo d'adrénaline 0,15 mg, antihistaminique) sera rangée dans l'armoire de la
section des moyens, avec une copie du protocole ;</li>
<li>en cas de convulsion fébrile, comme celle survenue en mars, administration du traitement prescrit et
appel immédiat au 15, puis à vous.</li>
</ul>
<p>Toute l'équipe a été informée. N'hésitez pas à passer en parler avec Mme Gaubert, infirmière.</p>
<p>Bien cordialement,<br>La direction du multi-accueil</p>
</div>
""",
)

HTML_PAGES["s066_intranet_rh_prenom_usage.html"] = (
    "Intranet RH — demande traitée",
    """
<h1>Suivi de la demande RH-2025-0418</h1>
<table>
<tr><th>Demandeur</th><td>Agent matricule 10482 — service de radiologie, manipulateur</td></tr>
<tr><th>Objet</th><td>Changement de prénom d'usage et de civilité dans les outils internes</td></tr>
<tr><th>Statut</th><td>Traitée le 22/05/2025</td></tr>
</table>
<h2>Historique</h2>
<p><strong>12/05</strong> — L'agent, connu jusqu'ici sous le prénom de Thomas Capdeville, demande à être
désormais appelé Léa Capdeville, avec la civilité « Madame », sur son badge, sa signature de messagerie,
le planning et l'annuaire. L'agent précise être en parcours de transition depuis un an et que son
changement de prénom à l'état civil a été enregistré par la mairie de Montauban en avril.</p>
<p><strong>15/05</strong> — Le cadre de radiologie, M. Frédéric Gayraud, est informé ; il organisera avec
Léa une réunion d'équipe si elle le souhaite. Vestiaire féminin attribué.</p>
<p><strong>22/05</strong> — Badge réédité, compte informatique renommé (l.capdeville), ancien alias conservé
six mois pour la réception des messages.</p>
""",
)

HTML_PAGES["s067_plan_blanc_diffusion_restreinte.html"] = (
    "Plan blanc — annuaire de crise",
    """
<p style="color:red"><strong>DIFFUSION RESTREINTE — Usage interne cellule de crise</strong></p>
<h1>Plan blanc — fiche réflexe n° 2 : déclenchement et numéros de crise</h1>
<p>CH de Montfaucon-sur-Lère — version du 1er mars 2025.</p>
<h2>Activation</h2>
<p>Le directeur ou l'administrateur de garde déclenche le plan. Le standard envoie l'alerte SMS
groupée depuis la plateforme Alertinfo (identifiant : plan.blanc.chml, code d'envoi 4471).</p>
<h2>Numéros non publiés</h2>
<ul>
<li>Ligne directe cellule de crise (salle du conseil) : 05 63 24 79 90</li>
<li>Ligne satellite de secours (Iridium) : +8816 3145 2210</li>
<li>Préfecture — COD, ligne réservée : 05 63 22 88 41</li>
</ul>
<h2>Accès</h2>
<p>La salle de crise est fermée à clé ; la clé est dans la boîte à clés du PC sécurité, code 0805. Le
groupe électrogène du bâtiment A n'assure que 4 h d'autonomie en fioul : prévenir immédiatement le
fournisseur en cas de crise longue.</p>
""",
)

HTML_PAGES["s068_fil_groupe_majoritaire_ccas.html"] = (
    "Messagerie — groupe majoritaire",
    """
<div class="thread">
<div class="msg"><p class="from">Sylvain Roques — 02/02/2025 21:40</p>
<p>Pour le remplacement de Mme Poujol au conseil d'administration du CCAS, je propose qu'on évite
Fabienne Mialet. Elle est très bien sur le terrain, mais elle est membre du bureau fédéral du PCF et
elle a animé le comité de soutien de la liste d'opposition en 2020. Au CCAS, avec les dossiers
individuels, ce serait lui donner des munitions.</p></div>
<div class="msg"><p class="from">Hélène Brousse — 02/02/2025 22:05</p>
<p>Je ne suis pas d'accord, on nomme des personnes qualifiées pour leurs compétences. Et Fabienne
n'a jamais fait de politique à la banque alimentaire.</p></div>
<div class="msg"><p class="from">Sylvain Roques — 02/02/2025 22:11</p>
<p>Alors propose plutôt Jean-Luc Teyssier, il est sans étiquette. On en parle au bureau de
mardi.</p></div>
</div>
""",
)

HTML_PAGES["s069_portail_ccas_reponse_demande.html"] = (
    "Mon espace CCAS — suivi de ma demande",
    """
<h1>Bonjour Mme Nadège PONS</h1>
<p>Votre demande n° AF-2025-0213 du 3 mars 2025 a été examinée par la commission permanente du
16 avril 2025.</p>
<div class="decision">
<h2>Décision : refus</h2>
<p>Motif : vos ressources du dernier trimestre (allocation d'aide au retour à l'emploi de 1 132 € par
mois et pension alimentaire de 150 €) dépassent le barème du reste à vivre pour une personne seule avec
un enfant, même après déduction de votre loyer et de vos remboursements au titre du plan de
surendettement.</p>
<p>Pour votre facture d'eau en retard (318,40 €), vous pouvez demander un échelonnement auprès de Lère
Eau Services. Votre demande de colis alimentaire auprès des Restos du Cœur reste possible.</p>
</div>
<p>Vous pouvez contester cette décision par courrier adressé au président du CCAS dans un délai de
deux mois.</p>
<p><a href="#">Prendre rendez-vous avec une travailleuse sociale</a></p>
""",
)

HTML_PAGES["s070_portail_patient_compte_rendu.html"] = (
    "Mon espace patient — compte rendu d'hospitalisation",
    """
<p>Espace patient du CH de Montfaucon-sur-Lère — connecté : Jean-Paul Rouzières</p>
<h1>Compte rendu d'hospitalisation — Cardiologie</h1>
<p>Séjour du 02/06/2025 au 07/06/2025. Médecin : Dr Sabine Carrié.</p>
<h2>Motif</h2>
<p>Douleur thoracique constrictive au repos depuis 2 heures, à l'admission via le SMUR.</p>
<h2>Évolution</h2>
<p>Infarctus du myocarde sans sus-décalage du segment ST. Coronarographie le 02/06 : sténose
serrée de l'interventriculaire antérieure proximale, traitée par angioplastie avec pose d'un stent
actif. FEVG à 45 %. Suites simples.</p>
<h2>Facteurs de risque</h2>
<p>Tabagisme actif (30 paquets-années), hypercholestérolémie, surpoids (IMC 31). Consommation d'alcool
déclarée : 4 verres par jour.</p>
<h2>Traitement de sortie</h2>
<p>Aspirine 75 mg, ticagrélor 90 mg × 2, atorvastatine 80 mg, bisoprolol 2,5 mg, ramipril 2,5 mg.</p>
<p>Réadaptation cardiaque à programmer. Arrêt de travail de 6 semaines remis.</p>
""",
)

HTML_PAGES["s071_extranet_ase_orientation_enfant.html"] = (
    "Extranet partenaires — fiche de liaison",
    """
<h1>Fiche de liaison ASE → établissement scolaire</h1>
<p>Conseil départemental — circonscription d'action sociale de Montfaucon-sur-Lère.</p>
<table>
<tr><th>Élève</th><td>Kylian BARRÈS, CM1, école Jean-Moulin</td></tr>
<tr><th>Date</th><td>06/01/2025</td></tr>
<tr><th>Référente</th><td>Mme Sarah Lopez, éducatrice ASE</td></tr>
</table>
<p>Madame la Directrice,</p>
<p>Par ordonnance du juge des enfants du 20 décembre 2024, Kylian est confié au service de l'aide
sociale à l'enfance pour une durée d'un an. Il est accueilli depuis le 23 décembre chez une
assistante familiale, Mme Christiane Delon, à Lespinasse, et continuera d'être scolarisé dans votre
école, où le transport sera assuré par taxi.</p>
<p>Les droits de visite des parents s'exercent uniquement en présence d'un tiers, au service. En
aucun cas l'enfant ne doit être remis à sa mère ou à son beau-père à la sortie de l'école. Si l'un
d'eux se présente, merci d'appeler immédiatement le service (05 63 24 41 00) et, si besoin, la
gendarmerie.</p>
<p>Les documents scolaires peuvent continuer à être adressés aux deux parents, qui conservent
l'autorité parentale, sans mention de l'adresse de l'assistante familiale.</p>
""",
)

HTML_PAGES["s072_rapport_association_aire_accueil.html"] = (
    "Rues et Voyages — bilan santé de l'aire d'accueil",
    """
<h1>Médiation santé sur l'aire d'accueil de la Gravière — bilan du trimestre</h1>
<p>Association Rues et Voyages — document de travail adressé à la coordinatrice du CLS.</p>
<p>Six familles sont présentes de façon stable sur l'aire ce trimestre, toutes issues de la communauté
manouche du Quercy, à l'exception des Mihai, famille rom arrivée de Roumanie à l'automne.</p>
<table>
<tr><th>Famille</th><th>Personnes</th><th>Suivi</th></tr>
<tr><td>Famille Winterstein (Django et Rosa, 5 enfants)</td><td>7</td>
<td>Vaccins des enfants à jour ; Rosa refuse le frottis</td></tr>
<tr><td>Famille Reinhardt (Marcel, veuf, et son fils)</td><td>2</td>
<td>Marcel diabétique, insuline mal conservée (pas de réfrigérateur)</td></tr>
<tr><td>Famille Lagrené</td><td>5</td><td>Dossier de complémentaire santé solidaire déposé</td></tr>
<tr><td>Famille Mihai</td><td>4</td><td>Grossesse suivie à la maternité, voir staff du 8 avril</td></tr>
</table>
<p>Les familles nous disent subir des refus de rendez-vous chez certains médecins dès qu'elles donnent
l'adresse de l'aire. Nous proposons de consacrer un point du prochain comité de pilotage à ces
discriminations.</p>
""",
)

HTML_PAGES["s073_enrolement_biometrique_stupefiants.html"] = (
    "Armoire à stupéfiants — enrôlement des empreintes",
    """
<h1>Console d'administration Omnicell — utilisateurs biométriques</h1>
<p>Unité : Réanimation / Soins continus. Export du 14/03/2025, 08:12, par l'administrateur
pharmacie (A. Pujol).</p>
<table>
<tr><th>Utilisateur</th><th>Rôle</th><th>Doigt enrôlé</th><th>Gabarit (hash)</th><th>Dernier accès</th></tr>
<tr><td>DURAND Émilie</td><td>IDE</td><td>Index droit</td><td>9f3a…c21e</td><td>13/03 22:41</td></tr>
<tr><td>SALLES Kévin</td><td>IDE</td><td>Index gauche (ref. droit : cicatrice)</td><td>47bd…0a9f</td>
<td>14/03 06:02</td></tr>
<tr><td>MOLINIER Sonia</td><td>IDE</td><td>Majeur droit</td><td>c10e…77d4</td><td>12/03 14:15</td></tr>
<tr><td>BENSALAH Farid</td><td>Médecin</td><td>Index droit</td><td>e2a8…5b13</td><td>10/03 03:27</td></tr>
</table>
<p>Échecs de reconnaissance répétés : SALLES Kévin (7 échecs cette semaine) — réenrôlement prévu.
Les gabarits biométriques sont stockés dans l'armoire et sur le serveur de la PUI (déclaration
au registre des traitements n° 2023-17).</p>
""",
)

HTML_PAGES["s074_fil_medecin_scolaire_pharmacien.html"] = (
    "Messagerie sécurisée de santé — fil de discussion",
    """
<div class="mail"><p><b>De :</b> Dr Agnès Mouly, médecin de l'Éducation nationale<br>
<b>À :</b> M. Pierre Bach, pharmacien, pharmacie de la Halle<br>
<b>Date :</b> 09/10/2025 11:20</p>
<p>Bonjour,</p>
<p>Je me permets de vous solliciter au sujet d'Ethan Cazes (10 ans, CM2 à l'école Jean-Moulin). Sa
mère m'indique que vous n'avez pu lui délivrer que 14 jours de son traitement le mois dernier
(méthylphénidate LP 20 mg) en raison d'une rupture. L'enseignante constate que les semaines sans
traitement sont très difficiles pour lui. Auriez-vous une visibilité sur le réapprovisionnement ? Le
neuropédiatre de Toulouse propose à défaut un autre dosage.</p></div>
<div class="mail"><p><b>De :</b> M. Pierre Bach<br><b>Date :</b> 09/10/2025 14:02</p>
<p>Bonjour Docteur, la rupture concerne la forme 20 mg du laboratoire habituel. Je peux délivrer
l'équivalent en 10 mg × 2 si l'ordonnance sécurisée est refaite en ce sens, ou le générique qui
arrive lundi. Je préviens Mme Cazes.</p></div>
""",
)

HTML_PAGES["s075_evaluation_360_cadre.html"] = (
    "Plateforme RH — restitution de l'évaluation 360°",
    """
<h1>Restitution individuelle — Évaluation 360° des cadres de santé 2025</h1>
<p>Cadre évalué : Mme Martine Coustal, cadre de santé, pôle médecine. Nombre de répondants : 14 (n+1,
pairs, équipe).</p>
<table>
<tr><th>Dimension</th><th>Auto-évaluation</th><th>Moyenne des répondants</th></tr>
<tr><td>Organisation et planification</td><td>4,2</td><td>3,9</td></tr>
<tr><td>Communication avec l'équipe</td><td>4,0</td><td>2,3</td></tr>
<tr><td>Gestion des conflits</td><td>3,8</td><td>1,9</td></tr>
<tr><td>Soutien aux agents en difficulté</td><td>4,5</td><td>2,6</td></tr>
</table>
<h2>Verbatims de l'équipe (anonymisés)</h2>
<ul>
<li>« Très compétente sur le planning, mais on n'ose plus lui dire quand ça ne va pas. »</li>
<li>« Elle prend des décisions sans expliquer, et parfois devant les patients. »</li>
<li>« Deux collègues sont parties du service cette année à cause de l'ambiance. »</li>
</ul>
<h2>Synthèse de la coach</h2>
<p>L'écart important entre l'auto-évaluation et la perception de l'équipe sur les dimensions
relationnelles justifie un accompagnement individuel (6 séances) et un point à six mois avec la
directrice des soins. Le maintien sur le poste n'est pas remis en cause à ce stade.</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_orientation_budgetaire_ch.docx"] = [
    ("title", "Rapport d'orientation budgétaire 2026"),
    ("p", "Centre hospitalier de Montfaucon-sur-Lère — présenté au directoire du 7 octobre 2025 et "
          "au conseil de surveillance du 16 octobre 2025."),
    ("h", "1. Le contexte national"),
    ("p", "Le projet de loi de financement de la sécurité sociale pour 2026 prévoit une progression de "
          "l'objectif national de dépenses d'assurance maladie (ONDAM) hospitalier de 2,4 %, inférieure "
          "à l'évolution spontanée des charges, estimée à 3,6 % (mesures salariales, inflation de "
          "l'énergie, coût des molécules onéreuses). La réforme du financement des urgences et de la "
          "psychiatrie poursuit sa montée en charge."),
    ("h", "2. La situation de l'établissement"),
    ("table", [
        ["Indicateur", "2023", "2024", "Prévision 2025"],
        ["Produits (M€)", "78,4", "81,2", "83,0"],
        ["Charges (M€)", "80,9", "83,1", "85,9"],
        ["Résultat consolidé (M€)", "-2,5", "-1,9", "-2,9"],
        ["Capacité d'autofinancement (M€)", "1,1", "1,6", "0,8"],
        ["Taux d'endettement", "48 %", "46 %", "45 %"],
    ]),
    ("h", "3. Les orientations pour 2026"),
    ("p", "Retour à l'équilibre de la section d'exploitation à l'horizon 2028, par la reconquête de "
          "l'activité chirurgicale, la réduction du recours à l'intérim médical (3,4 M€ en 2024, "
          "objectif 2 M€), et la maîtrise des dépenses hôtelières."),
    ("p", "Investissements prioritaires : rénovation du service des urgences (phase 2, 4,2 M€), "
          "remplacement du scanner (1,1 M€), déploiement du nouveau dossier patient informatisé dans "
          "le cadre du GHT."),
    ("h", "4. Les ressources humaines"),
    ("p", "Effectif rémunéré : 912 ETP non médicaux et 74 ETP médicaux. Le plan d'attractivité "
          "comprend la création d'une crèche inter-entreprises de 30 berceaux et la fidélisation des "
          "internes par un logement dédié."),
]

DOCX_BLOCKS["p122_projet_sante_msp_berges.docx"] = [
    ("title", "Projet de santé de la maison de santé pluriprofessionnelle « Les Berges de la Lère »"),
    ("p", "Version validée par l'ARS Occitanie le 15 mai 2025. Porteur : SISA Les Berges de la Lère, "
          "présidée par le Dr Pierre Carrère."),
    ("h", "1. Diagnostic du territoire"),
    ("p", "Le bassin de vie compte 9 800 habitants, dont 31 % ont plus de 65 ans. En 2024, 1 900 "
          "patients n'avaient plus de médecin traitant. Les pathologies chroniques (diabète, "
          "insuffisance cardiaque, BPCO) et la santé mentale des jeunes sont les principaux enjeux "
          "relevés par le diagnostic local de santé."),
    ("h", "2. L'équipe"),
    ("table", [
        ["Profession", "Nombre", "Temps"],
        ["Médecins généralistes", "4", "3,4 ETP"],
        ["Infirmiers diplômés d'État", "5", "libéraux"],
        ["Masseurs-kinésithérapeutes", "2", "libéraux"],
        ["Orthophoniste", "1", "libérale"],
        ["Sage-femme", "1", "2 jours / semaine"],
        ["Diététicienne, psychologue", "2", "vacations"],
        ["Coordinatrice", "1", "0,5 ETP"],
    ]),
    ("h", "3. Axes du projet"),
    ("p", "Axe 1 — Parcours des patients chroniques : protocole pluriprofessionnel diabète de type 2 "
          "(consultation infirmière Asalée, bilan podologique annuel, éducation thérapeutique). "
          "Axe 2 — Soins non programmés : plages réservées chaque jour, protocole de coopération "
          "pour les cystites simples et les angines chez l'adulte. "
          "Axe 3 — Prévention : dépistage des cancers, vaccination, ateliers « bien dans ta tête » "
          "au collège."),
    ("h", "4. Système d'information"),
    ("p", "Logiciel partagé labellisé ANS niveau 2, messagerie sécurisée de santé, dossier médical "
          "partagé alimenté systématiquement."),
    ("h", "5. Évaluation"),
    ("p", "Indicateurs annuels : nombre de patients avec médecin traitant, taux de dépistage, "
          "nombre de réunions de concertation pluriprofessionnelle."),
]

DOCX_BLOCKS["p123_reglement_aides_facultatives_ccas.docx"] = [
    ("title", "Règlement des aides sociales facultatives du CCAS"),
    ("p", "Adopté par le conseil d'administration du CCAS de Montfaucon-sur-Lère le 12 mars 2025 "
          "(délibération n° 2025-09)."),
    ("h", "Article 1 — Bénéficiaires"),
    ("p", "Peuvent solliciter une aide les personnes résidant à Montfaucon-sur-Lère depuis au moins "
          "trois mois, ou domiciliées au CCAS, dont le reste à vivre est inférieur au barème ci-dessous, "
          "après épuisement des dispositifs légaux (FSL, fonds d'aide aux jeunes, aides de la CAF et "
          "de la CPAM)."),
    ("h", "Article 2 — Barème du reste à vivre journalier par personne"),
    ("table", [
        ["Composition du foyer", "Reste à vivre maximum / jour / personne"],
        ["Personne seule", "12,00 €"],
        ["Couple sans enfant", "10,00 €"],
        ["Parent seul avec enfant(s)", "9,50 €"],
        ["Couple avec enfant(s)", "8,50 €"],
    ]),
    ("h", "Article 3 — Nature et plafond des aides"),
    ("p", "Aide alimentaire : bons de 40 €, 4 par trimestre au maximum. Aide à l'énergie et à l'eau : "
          "300 € par an. Aide au logement (dette locative, premier loyer) : 600 € par an. Aide à la "
          "santé (lunettes, prothèses, part non couverte) : 250 € par an. Secours d'urgence : 80 €."),
    ("h", "Article 4 — Procédure"),
    ("p", "La demande est instruite par un travailleur social lors d'un entretien. Elle est examinée "
          "par la commission permanente, qui se réunit deux fois par mois. En cas d'urgence, le "
          "président ou la vice-présidente peuvent accorder un secours immédiat, dont il est rendu "
          "compte à la commission suivante."),
    ("h", "Article 5 — Confidentialité et recours"),
    ("p", "Les membres de la commission et les agents sont tenus au secret professionnel. Toute "
          "décision de refus est motivée et peut faire l'objet d'un recours gracieux auprès du président "
          "ou d'un recours contentieux devant le tribunal administratif."),
]

DOCX_BLOCKS["p124_cvs_ehpad_tilleuls_juin.docx"] = [
    ("title", "EHPAD Les Tilleuls — Conseil de la vie sociale du 12 juin 2025"),
    ("p", "Présents : Mme Odette Lachaume (présidente), M. Bernard Quéré, Mme Nadia Benkhelifa, "
          "M. Julien Sorel-Vidal (directeur), Mme Chantal Périer (IDEC), Dr Hervé Caussade (médecin "
          "coordonnateur), M. Loïc Trémeau, Mme Agnès Fabre."),
    ("h", "1. Bilan de l'épidémie hivernale"),
    ("p", "Le Dr Caussade présente un bilan global de l'épisode de grippe de janvier : un tiers des "
          "résidents ont été touchés, deux hospitalisations ont été nécessaires. Il rappelle que la "
          "couverture vaccinale des résidents était de 91 % et celle des professionnels de 38 %, et "
          "insiste sur la vaccination des soignants pour l'automne prochain. Les familles souhaitent "
          "être informées plus tôt en cas d'épidémie ; un message type sera préparé."),
    ("h", "2. Unité de vie protégée"),
    ("p", "Le directeur présente le projet de réaménagement de l'unité Les Iris, qui accueille les "
          "résidents atteints de troubles cognitifs : jardin thérapeutique clos, espace "
          "multisensoriel, nouvelle signalétique en couleurs. La porte du sas sera équipée d'une "
          "fermeture automatique. Coût : 86 000 €, financé par le plan d'aide à l'investissement."),
    ("h", "3. Restauration"),
    ("p", "La commission menus a retenu la recette de potage n° 2. Un barbecue sera organisé le "
          "10 juillet avec les familles."),
    ("h", "4. Canicule"),
    ("p", "Le plan bleu a été mis à jour ; la salle à manger et le salon du rez-de-chaussée sont "
          "climatisés. Des brumisateurs seront installés dans le parc."),
    ("h", "5. Questions diverses"),
    ("p", "M. Quéré remercie l'équipe pour les nouveaux pictogrammes dans les couloirs. Prochaine "
          "séance : 18 septembre 2025."),
]

DOCX_BLOCKS["p125_convention_ccas_ligue_cancer.docx"] = [
    ("title", "Convention de partenariat"),
    ("p", "Entre le centre communal d'action sociale de Montfaucon-sur-Lère, représenté par son "
          "président, M. Patrick Delpech, et le comité de Tarn-et-Garonne de la Ligue contre le cancer, "
          "représenté par sa présidente, Mme Monique Larroque."),
    ("h", "Article 1 — Objet"),
    ("p", "La présente convention organise la mise en place, dans les locaux de l'espace social du "
          "CCAS, d'un « Espace Ligue » destiné aux personnes malades et à leurs proches : accueil et "
          "écoute par des bénévoles formés, soins de support (socio-esthétique, activité physique "
          "adaptée, sophrologie), information sur les droits et l'aide aux démarches."),
    ("h", "Article 2 — Engagements du CCAS"),
    ("p", "Le CCAS met gratuitement à disposition une salle de 25 m² le mardi et le jeudi de 14 h à "
          "17 h, assure la communication auprès des habitants et oriente vers l'Espace Ligue les "
          "personnes qui le souhaitent."),
    ("h", "Article 3 — Engagements de la Ligue"),
    ("p", "La Ligue assure l'animation de l'Espace par des bénévoles et des intervenants qualifiés, "
          "prend en charge leur rémunération, et peut accorder des aides financières ponctuelles aux "
          "personnes malades selon ses propres critères, sans information nominative du CCAS."),
    ("h", "Article 4 — Confidentialité"),
    ("p", "Les parties s'engagent à ne partager aucune information nominative relative aux personnes "
          "accueillies sans leur accord exprès."),
    ("h", "Article 5 — Durée"),
    ("p", "La convention est conclue pour trois ans à compter du 1er septembre 2025. Fait en deux "
          "exemplaires à Montfaucon-sur-Lère, le 30 juin 2025."),
]

DOCX_BLOCKS["p126_bilan_cls_2020_2024.docx"] = [
    ("title", "Contrat local de santé 2020-2024 — bilan final"),
    ("p", "Communauté de communes du Pays montfauconnais — présenté au comité de pilotage du "
          "4 décembre 2024 en présence de l'ARS, de la préfecture, du Département, de la CPAM et de la "
          "MSA."),
    ("h", "Réalisation des fiches actions"),
    ("table", [
        ["Axe", "Fiches", "Réalisées", "Partielles", "Abandonnées"],
        ["Accès aux soins", "6", "4", "2", "0"],
        ["Prévention et promotion de la santé", "8", "5", "2", "1"],
        ["Santé mentale", "4", "2", "1", "1"],
        ["Personnes âgées", "5", "4", "1", "0"],
        ["Santé environnement", "3", "1", "1", "1"],
    ]),
    ("h", "Réussites"),
    ("p", "Ouverture du centre de santé municipal (2022) et de la maison de santé de Lespinasse "
          "(2025) ; 1 200 personnes vaccinées lors des séances itinérantes ; création du conseil local "
          "de santé mentale ; installation de 14 défibrillateurs."),
    ("h", "Difficultés"),
    ("p", "Le départ de la coordinatrice en 2022 a interrompu le contrat pendant neuf mois. Les "
          "actions en santé environnement (qualité de l'air intérieur, ambroisie) ont manqué de "
          "porteurs. L'évaluation des effets sur la santé reste difficile à cette échelle."),
    ("h", "Recommandations pour le CLS 2025-2029"),
    ("p", "Resserrer le contrat sur cinq priorités, associer les habitants au comité de pilotage, "
          "pérenniser le poste de coordination et créer un poste de médiateur en santé."),
]

DOCX_BLOCKS["p127_livret_accueil_nouvel_agent.docx"] = [
    ("title", "Bienvenue au centre hospitalier de Montfaucon-sur-Lère"),
    ("p", "Livret d'accueil des nouveaux professionnels — édition 2025."),
    ("h", "L'établissement en bref"),
    ("p", "347 lits et places, 1 050 professionnels, 21 000 passages aux urgences par an, 680 "
          "naissances. Le CH est établissement support du GHT Quercy-Lère, qui réunit quatre "
          "hôpitaux et deux EHPAD publics."),
    ("h", "Vos premiers jours"),
    ("p", "Votre badge et vos identifiants informatiques vous sont remis par la DRH le jour de votre "
          "arrivée. La journée d'intégration a lieu le premier mardi de chaque mois : présentation de "
          "l'établissement, hygiène des mains, identitovigilance, sécurité incendie, bientraitance."),
    ("h", "Vos interlocuteurs"),
    ("table", [
        ["Besoin", "Service", "Contact"],
        ["Paie, congés, absences", "DRH — gestion administrative", "poste 4300"],
        ["Visite médicale d'embauche", "Service de santé au travail", "poste 4350"],
        ["Tenues professionnelles", "Lingerie", "poste 4610"],
        ["Formation", "Bureau de la formation continue", "poste 4320"],
        ["Action sociale (CGOS, crèche)", "Assistante sociale du personnel", "poste 4360"],
    ]),
    ("h", "Droits et obligations"),
    ("p", "Secret professionnel, discrétion professionnelle, neutralité et laïcité s'imposent à "
          "tous les agents. Le droit syndical est garanti : les organisations syndicales représentées "
          "disposent de panneaux d'affichage et de locaux au rez-de-chaussée du bâtiment D."),
    ("h", "En cas de difficulté"),
    ("p", "Un numéro d'écoute psychologique anonyme et gratuit est à votre disposition 24 h/24. Toute "
          "situation de violence ou de harcèlement peut être signalée à la cellule dédiée."),
]

DOCX_BLOCKS["p128_synthese_evaluation_externe_ehpad.docx"] = [
    ("title", "Synthèse du rapport d'évaluation de la qualité"),
    ("p", "EHPAD Résidence du Parc de la Fontaine, Saint-Genès-la-Tour — évaluation réalisée selon le "
          "référentiel de la Haute Autorité de santé par l'organisme Qualis Évaluation, visite du "
          "8 au 10 septembre 2025. Synthèse publiée conformément à l'article D.312-204 du CASF."),
    ("h", "Cotation par chapitre"),
    ("table", [
        ["Chapitre", "Score (sur 4)"],
        ["1. La personne accompagnée", "3,4"],
        ["2. Les professionnels", "2,9"],
        ["3. L'établissement", "2,6"],
    ]),
    ("h", "Points forts"),
    ("p", "Respect de la dignité et de l'intimité lors des soins ; qualité du projet d'animation et des "
          "liens avec les écoles du village ; implication du conseil de la vie sociale ; recueil "
          "systématique des directives anticipées à l'admission."),
    ("h", "Axes d'amélioration"),
    ("p", "Sécuriser le circuit du médicament (double contrôle de la préparation des piluliers) ; "
          "réévaluer régulièrement les contentions et tracer leur prescription ; stabiliser "
          "l'encadrement de nuit ; pourvoir le poste de médecin coordonnateur, vacant depuis fin 2023 "
          "et désormais pourvu à 0,4 ETP depuis juin 2025."),
    ("h", "Suites"),
    ("p", "L'établissement a transmis un plan d'actions à l'ARS et au Département. Une nouvelle "
          "évaluation interviendra dans cinq ans."),
]

DOCX_BLOCKS["p129_plan_bleu_volet_canicule.docx"] = [
    ("title", "Plan bleu — volet « vague de chaleur »"),
    ("p", "Résidence autonomie Les Glycines — mise à jour du 20 mai 2025, présentée au conseil de la "
          "vie sociale."),
    ("h", "1. Niveaux d'alerte"),
    ("table", [
        ["Vigilance Météo-France", "Niveau", "Actions principales"],
        ["Jaune", "Veille saisonnière", "Vérification des climatiseurs, stock d'eau, affichage des "
                                       "conseils"],
        ["Orange", "Alerte canicule", "Passage quotidien chez chaque résident, salon climatisé ouvert "
                                     "de 11 h à 19 h, boissons fraîches servies à 10 h et 16 h"],
        ["Rouge", "Mobilisation maximale", "Passage deux fois par jour, report des sorties, "
                                          "renfort de personnel, lien renforcé avec les médecins "
                                          "traitants et le SSIAD"],
    ]),
    ("h", "2. Équipements"),
    ("p", "Salon du rez-de-chaussée climatisé (60 m²), ventilateurs prêtés sur demande, stores "
          "extérieurs sur les façades sud, fontaine à eau réfrigérée dans le hall."),
    ("h", "3. Personnel"),
    ("p", "Pendant l'été, la présence d'un agent est assurée jusqu'à 21 h ; la directrice ou son "
          "adjointe est joignable en permanence par le numéro d'astreinte."),
    ("h", "4. Information des résidents et des familles"),
    ("p", "Une réunion d'information est organisée chaque année en juin. Les résidents qui le "
          "souhaitent sont inscrits au registre communal des personnes vulnérables."),
]

DOCX_BLOCKS["p130_appel_projets_ars_equipes_mobiles.docx"] = [
    ("title", "Appel à candidatures 2025 — Équipes mobiles de gériatrie extrahospitalières"),
    ("p", "Agence régionale de santé Occitanie — Direction de l'offre de soins et de l'autonomie. "
          "Date limite de dépôt : 15 septembre 2025."),
    ("h", "1. Contexte"),
    ("p", "Le vieillissement de la population et le maintien à domicile de personnes de plus en plus "
          "âgées appellent un renforcement de l'expertise gériatrique hors de l'hôpital. Les équipes "
          "mobiles de gériatrie extrahospitalières interviennent à domicile et en EHPAD, à la demande "
          "du médecin traitant, pour une évaluation gériatrique et des préconisations."),
    ("h", "2. Porteurs éligibles"),
    ("p", "Établissements de santé disposant d'une filière gériatrique identifiée, seuls ou en "
          "partenariat avec des structures de coordination (DAC, CPTS)."),
    ("h", "3. Financement"),
    ("table", [
        ["Composante", "Montant annuel maximal"],
        ["Temps de gériatre (0,5 ETP)", "65 000 €"],
        ["Temps infirmier (1 ETP)", "58 000 €"],
        ["Temps d'ergothérapeute ou de psychologue (0,3 ETP)", "17 000 €"],
        ["Frais de déplacement et équipement", "10 000 €"],
    ]),
    ("h", "4. Critères de sélection"),
    ("p", "Couverture de territoires ruraux éloignés, délai d'intervention inférieur à 15 jours, "
          "articulation avec les EHPAD et les services à domicile, accès à l'hospitalisation directe "
          "sans passage par les urgences, modalités d'évaluation."),
    ("h", "5. Dépôt des dossiers"),
    ("p", "Par voie dématérialisée à ars-oc-dosa-appels@ars.sante.fr. Les résultats seront publiés sur "
          "le site de l'ARS en novembre 2025."),
]

DOCX_BLOCKS["p131_cr_assemblee_generale_usagers.docx"] = [
    ("title", "France Assos Santé Occitanie — délégation de Tarn-et-Garonne"),
    ("p", "Compte rendu de l'assemblée départementale des représentants des usagers, 22 mai 2025, "
          "Montauban. 31 participants représentant 17 associations agréées."),
    ("h", "1. Rapport d'activité"),
    ("p", "M. Henri Fabre, président de la délégation, présente l'activité : 46 représentants des "
          "usagers siègent dans les commissions des usagers des établissements du département ; "
          "12 nouveaux représentants ont suivi la formation de base obligatoire ; la ligne « Santé "
          "Info Droits » a reçu 128 appels de Tarn-et-Garonne."),
    ("h", "2. Points d'actualité"),
    ("p", "Régulation des urgences la nuit : l'assemblée demande que les patients soient mieux "
          "informés et que l'impact sur les délais d'intervention soit évalué publiquement. "
          "Déserts médicaux : la délégation soutient les centres de santé publics et la régulation de "
          "l'installation."),
    ("h", "3. Motions"),
    ("p", "Motion n° 1, adoptée à l'unanimité : « Les représentants des usagers demandent à être "
          "associés à la préparation des plans estivaux des établissements. » "
          "Motion n° 2, adoptée par 27 voix et 4 abstentions : soutien à la pérennisation de la PASS "
          "mobile."),
    ("h", "4. Élections au bureau"),
    ("p", "Sont élus : M. Henri Fabre (président), Mme Rose-Marie Teyssier (vice-présidente, UDAF), "
          "M. Abdelkader Zeroual (trésorier, association des diabétiques), Mme Hélène Vinel "
          "(secrétaire, Unafam)."),
]

DOCX_BLOCKS["p132_deliberation_creation_centre_sante.docx"] = [
    ("title", "Commune de Lacapelle-Livron — Conseil municipal du 24 février 2025"),
    ("h", "Délibération n° 2025-012 : création d'un centre de santé municipal — antenne de proximité"),
    ("p", "Rapporteur : Mme Josiane Cabrol, maire."),
    ("p", "Madame le Maire rappelle que le dernier médecin généraliste de la commune a cessé son activité "
          "le 31 décembre 2024 et que 1 450 habitants se trouvent aujourd'hui sans médecin traitant. "
          "Après plusieurs mois de recherche infructueuse d'un praticien libéral, elle propose la "
          "création d'une antenne du centre de santé municipal de Montfaucon-sur-Lère, par "
          "convention avec cette commune, dans l'ancien presbytère réhabilité."),
    ("table", [
        ["Poste", "Quotité", "Coût annuel chargé"],
        ["Médecin généraliste salarié", "0,8 ETP", "92 000 €"],
        ["Secrétaire médicale", "0,5 ETP", "19 500 €"],
        ["Fonctionnement (loyer, logiciel, fournitures)", "—", "14 000 €"],
        ["Recettes d'activité attendues (actes, forfaits)", "—", "-98 000 €"],
        ["Reste à charge communal estimé", "—", "27 500 €"],
    ]),
    ("p", "Le conseil municipal, après en avoir délibéré, par 13 voix pour et 2 contre : approuve la "
          "création de l'antenne ; autorise le maire à signer la convention avec la commune de "
          "Montfaucon-sur-Lère ; sollicite le soutien de l'ARS au titre du fonds d'intervention "
          "régional et de la Région au titre du dispositif « Santé ruralité »."),
]

DOCX_BLOCKS["p133_rapport_annuel_pmi_chiffres.docx"] = [
    ("title", "Protection maternelle et infantile — rapport d'activité 2024"),
    ("p", "Département de Tarn-et-Garonne — Direction de l'enfance et de la famille. Extrait : "
          "circonscription de Montfaucon-sur-Lère."),
    ("h", "Périnatalité"),
    ("table", [
        ["Activité", "2023", "2024"],
        ["Avis de grossesse reçus", "412", "398"],
        ["Entretiens prénataux précoces réalisés par la PMI", "96", "121"],
        ["Visites à domicile prénatales (sages-femmes)", "284", "301"],
        ["Visites à domicile post-natales (puéricultrices)", "633", "702"],
    ]),
    ("h", "Petite enfance"),
    ("table", [
        ["Activité", "2023", "2024"],
        ["Consultations médicales 0-6 ans", "1 544", "1 610"],
        ["Bilans de santé en école maternelle (4 ans)", "362", "375"],
        ["Enfants orientés après bilan (vue, audition, langage)", "71", "88"],
        ["Vaccins administrés", "2 180", "2 305"],
    ]),
    ("h", "Modes d'accueil"),
    ("p", "214 assistantes maternelles agréées en activité (−6 % en un an) ; 9 établissements "
          "d'accueil du jeune enfant (248 places). 31 agréments nouveaux délivrés, 4 retraits."),
    ("h", "Protection de l'enfance"),
    ("p", "Les professionnels de PMI ont participé à l'évaluation de 63 informations préoccupantes "
          "(56 en 2023). Aucune donnée individuelle n'est publiée dans ce rapport."),
    ("h", "Perspectives 2025"),
    ("p", "Déploiement de l'entretien postnatal précoce, ouverture d'une consultation de PMI itinérante "
          "(camion aménagé) pour les communes de la zone nord."),
]

DOCX_BLOCKS["p134_programme_formation_pssm.docx"] = [
    ("title", "Formation « Premiers secours en santé mentale » — programme"),
    ("p", "Proposée dans le cadre du contrat local de santé du Pays montfauconnais. Sessions de deux "
          "jours (14 heures), gratuites pour les participants. Formatrices accréditées : Mme Audrey "
          "Marcenac et M. Youssef Benali, infirmiers en psychiatrie."),
    ("h", "Jour 1"),
    ("p", "Introduction à la santé mentale et aux interventions ; les troubles de santé mentale les "
          "plus fréquents (dépression, troubles anxieux) ; le plan d'action AERER : Approcher, évaluer, "
          "assister en cas de crise ; Écouter sans jugement ; Réconforter et informer ; Encourager à "
          "aller vers des professionnels ; Renseigner sur les autres ressources."),
    ("h", "Jour 2"),
    ("p", "Les troubles psychotiques ; l'usage de substances ; la crise suicidaire : repérer, "
          "questionner, orienter ; mises en situation filmées et jeux de rôle ; ressources du "
          "territoire (CMP, équipe mobile, GEM, 3114)."),
    ("h", "Calendrier 2025"),
    ("table", [
        ["Session", "Dates", "Lieu", "Public prioritaire"],
        ["1", "3 et 4 février", "Maison des associations, Montfaucon", "Agents d'accueil"],
        ["2", "14 et 15 avril", "Mairie de Lespinasse", "Animateurs jeunesse, clubs sportifs"],
        ["3", "22 et 23 septembre", "Maison de santé", "Bénévoles associatifs"],
        ["4", "17 et 18 novembre", "Salle du Foirail", "Élus et secrétaires de mairie"],
    ]),
    ("p", "Inscription auprès de la coordinatrice du CLS. Un certificat de secouriste en santé "
          "mentale, valable trois ans, est délivré à l'issue de la formation."),
]

DOCX_BLOCKS["p135_resultats_elections_cse_hospitalier.docx"] = [
    ("title", "Élections professionnelles du 8 décembre 2022 — résultats"),
    ("p", "Centre hospitalier de Montfaucon-sur-Lère. Procès-verbal de proclamation affiché le "
          "9 décembre 2022 et publié sur l'intranet."),
    ("h", "Comité social d'établissement"),
    ("p", "Inscrits : 1 012 — votants : 418 — participation : 41,3 % — blancs et nuls : 21 — "
          "suffrages exprimés : 397. Nombre de sièges titulaires à pourvoir : 10."),
    ("table", [
        ["Liste", "Voix", "%", "Sièges titulaires"],
        ["CGT", "142", "35,8 %", "4"],
        ["FO", "118", "29,7 %", "3"],
        ["CFDT", "86", "21,7 %", "2"],
        ["SUD Santé Sociaux", "51", "12,8 %", "1"],
    ]),
    ("h", "Formation spécialisée en santé, sécurité et conditions de travail"),
    ("p", "Les sièges sont répartis à la proportionnelle des résultats au CSE : CGT 2, FO 2, CFDT 1, "
          "SUD 1."),
    ("h", "Représentativité"),
    ("p", "Toutes les organisations ayant obtenu au moins un siège disposent d'un crédit de temps "
          "syndical calculé conformément au décret n° 86-660 du 19 mars 1986. La répartition est "
          "communiquée aux organisations par la DRH."),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_registre_personnes_vulnerables.html"] = (
    "Registre des personnes vulnérables — Ville de Montfaucon-sur-Lère",
    """
<nav>Accueil &gt; Solidarités &gt; Seniors &gt; Registre des personnes vulnérables</nav>
<h1>Canicule, grand froid, crise sanitaire : inscrivez-vous au registre</h1>
<p>Le CCAS tient toute l'année un registre des personnes âgées, handicapées ou isolées vivant à
domicile. En cas de déclenchement d'un plan d'alerte par le préfet, les personnes inscrites sont
appelées chaque jour et, si besoin, reçoivent une visite.</p>
<h2>Qui peut s'inscrire ?</h2>
<ul>
<li>Les personnes de 65 ans et plus résidant à leur domicile.</li>
<li>Les personnes de plus de 60 ans reconnues inaptes au travail.</li>
<li>Les personnes adultes handicapées (AAH, carte mobilité inclusion, pension d'invalidité).</li>
</ul>
<h2>Comment s'inscrire ?</h2>
<p>En remplissant le <a href="#">formulaire en ligne</a>, en le retirant à l'accueil du CCAS ou en
appelant le 05 63 24 18 10. Un proche peut faire la démarche, avec votre accord.</p>
<h2>Vos données</h2>
<p>Les informations sont confidentielles. Elles sont conservées tant que vous êtes inscrit et ne sont
transmises qu'au préfet, en cas d'alerte. Vous pouvez demander votre radiation à tout moment.</p>
<p class="note">En 2024, 318 personnes étaient inscrites ; 2 140 appels ont été passés pendant les
trois épisodes de canicule.</p>
""",
)

HTML_PAGES["p137_page_equipe_centre_sante.html"] = (
    "Centre de santé municipal Simone-Veil — L'équipe",
    """
<h1>Notre équipe</h1>
<p>Le centre de santé municipal réunit des professionnels salariés de la ville, qui travaillent
ensemble autour d'un dossier médical partagé.</p>
<h2>Médecine générale</h2>
<ul>
<li>Dr Benoît Salvan — médecin généraliste, responsable médical du centre</li>
<li>Dr Yasmina Haddad — médecin généraliste, formée en gynécologie et suivi des nourrissons</li>
<li>Dr Thibault Rivière — médecin généraliste, maître de stage des universités</li>
</ul>
<h2>Soins dentaires</h2>
<ul>
<li>Dr Clara Nguyen — chirurgienne-dentiste</li>
<li>Mme Océane Fau — assistante dentaire</li>
</ul>
<h2>Soins et accompagnement</h2>
<ul>
<li>Mme Anaïs Roumégoux — psychologue (dispositif « Mon soutien psy »)</li>
<li>Mme Nadia Cherif — infirmière Asalée (diabète, risque cardiovasculaire, sevrage tabagique)</li>
<li>M. Kevin Ortiz — médiateur en santé</li>
</ul>
<h2>Accueil et secrétariat</h2>
<p>Mmes Delphine Roques et Isabelle Gourdon vous accueillent du lundi au samedi.</p>
<p>Responsable administratif : M. Olivier Cassan.</p>
""",
)

HTML_PAGES["p138_actualite_ars_legionellose.html"] = (
    "ARS Occitanie — Cas groupés de légionellose : fin de l'alerte",
    """
<p class="breadcrumb">Accueil &gt; Actualités &gt; Veille et sécurité sanitaire</p>
<h1>Cas groupés de légionellose dans le secteur de Montfaucon-sur-Lère : levée de l'alerte</h1>
<p class="date">Publié le 14 octobre 2025</p>
<p>Entre le 28 août et le 19 septembre 2025, sept cas de légionellose ont été signalés chez des
personnes résidant ou ayant séjourné dans le secteur de Montfaucon-sur-Lère. Six personnes ont été
hospitalisées ; toutes sont aujourd'hui sorties de l'hôpital.</p>
<p>L'enquête environnementale conduite par l'ARS, avec l'appui du laboratoire départemental et de
Santé publique France, a permis d'identifier une tour aéroréfrigérante d'un site industriel de la
zone des Rivières comme source probable de la contamination. L'exploitant a procédé à l'arrêt, au
nettoyage et à la désinfection de l'installation, sous le contrôle de la DREAL. Aucun nouveau cas
n'a été signalé depuis trois semaines.</p>
<h2>Rappel</h2>
<p>La légionellose n'est pas contagieuse d'une personne à l'autre. Elle se contracte en respirant de
fines gouttelettes d'eau contaminée. Toute personne présentant de la fièvre, de la toux et des
difficultés respiratoires doit consulter son médecin.</p>
""",
)

HTML_PAGES["p139_page_campagne_grippe_covid.html"] = (
    "Vaccination grippe et Covid-19 — campagne 2025-2026",
    """
<h1>La campagne de vaccination contre la grippe et le Covid-19 commence le 14 octobre</h1>
<p>La vaccination est recommandée chaque automne aux personnes les plus exposées aux formes graves :</p>
<ul>
<li>personnes de 65 ans et plus ;</li>
<li>personnes atteintes de certaines maladies chroniques, quel que soit leur âge ;</li>
<li>femmes enceintes ;</li>
<li>personnes obèses (IMC ≥ 40) ;</li>
<li>résidents des EHPAD ;</li>
<li>professionnels de santé et entourage des nourrissons et des personnes immunodéprimées.</li>
</ul>
<h2>Où se faire vacciner ?</h2>
<p>Chez votre médecin, votre pharmacien, une infirmière ou une sage-femme. Le centre de santé
municipal organise des séances sans rendez-vous les mercredis 22 et 29 octobre de 14 h à 18 h.</p>
<h2>Combien ça coûte ?</h2>
<p>Le vaccin et l'injection sont pris en charge à 100 % pour les personnes ciblées, sur présentation
du bon de l'Assurance maladie ou simplement de la carte Vitale.</p>
<p>Les deux vaccins peuvent être faits le même jour.</p>
""",
)

HTML_PAGES["p140_page_pmi_consultations.html"] = (
    "Centre de PMI de Montfaucon-sur-Lère",
    """
<h1>Centre de protection maternelle et infantile</h1>
<p>11 rue de la Poste, 82160 Montfaucon-sur-Lère — 05 63 24 41 20</p>
<h2>Pour qui ?</h2>
<p>Les futurs parents, les parents et les enfants de moins de 6 ans. Tous nos services sont gratuits
et ouverts à tous, sans condition de ressources.</p>
<h2>Nos services</h2>
<table>
<tr><th>Service</th><th>Jours</th><th>Modalités</th></tr>
<tr><td>Consultation du nourrisson et vaccinations</td><td>Lundi, mercredi</td>
<td>Sur rendez-vous ; mercredi matin sans rendez-vous</td></tr>
<tr><td>Permanence puéricultrice (pesée, conseils)</td><td>Mardi 9 h-12 h</td><td>Sans rendez-vous</td></tr>
<tr><td>Consultation prénatale et entretien prénatal</td><td>Jeudi</td><td>Sur rendez-vous</td></tr>
<tr><td>Atelier massage bébé</td><td>Un vendredi sur deux</td><td>Sur inscription</td></tr>
<tr><td>Information sur les modes d'accueil</td><td>Tous les jours</td><td>Par téléphone</td></tr>
</table>
<p>Les sages-femmes et puéricultrices peuvent aussi venir à votre domicile, notamment après le retour
de la maternité.</p>
""",
)

HTML_PAGES["p141_page_ehpad_admission_tarifs.html"] = (
    "EHPAD Les Tilleuls — Admission et tarifs",
    """
<h1>Demander une admission</h1>
<p>L'EHPAD Les Tilleuls est un établissement public de 72 places (84 en 2026), dont une unité de vie
protégée de 14 places pour les personnes atteintes de la maladie d'Alzheimer ou de troubles
apparentés, et 2 places d'hébergement temporaire.</p>
<h2>Étapes</h2>
<ol>
<li>Déposer un dossier sur la plateforme ViaTrajectoire (volet administratif et volet médical rempli
par le médecin traitant).</li>
<li>Le dossier est étudié en commission d'admission, chaque mois, par le directeur, le médecin
coordonnateur et l'infirmière coordinatrice.</li>
<li>Une visite de pré-admission est proposée à la personne et à ses proches.</li>
</ol>
<h2>Tarifs 2025 (par jour)</h2>
<table>
<tr><th>Prestation</th><th>Tarif</th></tr>
<tr><td>Hébergement</td><td>68,42 €</td></tr>
<tr><td>Dépendance GIR 5-6 (à la charge du résident)</td><td>6,70 €</td></tr>
<tr><td>Dépendance GIR 1-4</td><td>Pris en charge en partie par l'APA</td></tr>
</table>
<p>L'établissement est habilité à l'aide sociale à l'hébergement et ouvre droit à l'aide au
logement. Le CCAS peut vous aider dans vos démarches.</p>
""",
)

HTML_PAGES["p142_page_droits_patients_reclamation.html"] = (
    "Vos droits — Réclamations et médiation",
    """
<h1>Vous n'êtes pas satisfait de votre prise en charge ?</h1>
<p>Vous pouvez d'abord en parler au cadre de santé ou au médecin responsable du service : beaucoup de
difficultés se règlent par le dialogue.</p>
<h2>Adresser une réclamation écrite</h2>
<p>Écrivez au directeur du centre hospitalier (avenue Pasteur, 82160 Montfaucon-sur-Lère) ou à
<a href="#">relations.usagers@ch-montfaucon.fr</a>. Vous recevrez un accusé de réception, puis une
réponse après enquête auprès du service.</p>
<h2>Rencontrer un médiateur</h2>
<p>Selon l'objet de votre réclamation, vous pouvez rencontrer un médiateur médical (questions de soins)
ou non médical (accueil, organisation). Un représentant des usagers peut vous accompagner.</p>
<h2>La commission des usagers</h2>
<p>Elle examine l'ensemble des réclamations et formule des recommandations. Ses membres sont tenus au
secret professionnel.</p>
<h2>Demander une indemnisation</h2>
<p>Si vous estimez avoir subi un dommage, vous pouvez saisir la commission de conciliation et
d'indemnisation des accidents médicaux (CCI) Occitanie.</p>
<h2>Accéder à votre dossier médical</h2>
<p>Faites votre demande par écrit avec une copie de votre pièce d'identité. Le dossier vous est
communiqué sous 8 jours (2 mois pour les informations de plus de cinq ans).</p>
""",
)

HTML_PAGES["p143_actualite_signature_cls.html"] = (
    "Signature du contrat local de santé 2025-2029",
    """
<article>
<h1>Le Pays montfauconnais signe son deuxième contrat local de santé</h1>
<p class="date">Actualité publiée le 20 mars 2025</p>
<p>Jeudi 19 mars, à la salle du Foirail, M. Francis Lacoste, président de la communauté de communes,
Mme Catherine Lemoine, déléguée départementale de l'ARS, M. le sous-préfet, la vice-présidente du
Département et les directeurs de la CPAM et de la MSA ont signé le contrat local de santé 2025-2029.</p>
<p>Doté de 420 000 euros sur cinq ans, le contrat s'articule autour de cinq priorités : l'accès aux
soins de premier recours, la santé mentale, le bien-vieillir, la prévention des cancers et la santé
des jeunes. Il compte 24 fiches actions, dont la création d'un poste de médiateur en santé et d'une
consultation de PMI itinérante.</p>
<p>« Nous avons été parmi les premiers à ouvrir un centre de santé municipal. Ce contrat nous permet
d'aller plus loin, avec tous les partenaires autour de la table », a déclaré le président.</p>
<p>La coordinatrice du contrat, Mme Laure Vidal, est joignable au 05 63 24 60 12. Le document complet
est <a href="#">téléchargeable ici</a>.</p>
</article>
""",
)

HTML_PAGES["p144_page_remboursement_transport.html"] = (
    "Transport sanitaire : ce qui est remboursé",
    """
<h1>Se rendre à l'hôpital : le transport est-il pris en charge ?</h1>
<p>Le transport pour raison médicale peut être remboursé par l'Assurance maladie, sur prescription
médicale, dans certaines situations :</p>
<ul>
<li>hospitalisation (entrée et sortie) ;</li>
<li>soins en lien avec une affection de longue durée, si votre état le justifie ;</li>
<li>transport de plus de 150 km (accord préalable nécessaire) ;</li>
<li>séries de soins (au moins quatre transports de plus de 50 km en deux mois) ;</li>
<li>accident du travail ou maladie professionnelle.</li>
</ul>
<h2>Quel mode de transport ?</h2>
<p>C'est le médecin qui le choisit selon votre état : ambulance si vous devez être allongé ou sous
surveillance, véhicule sanitaire léger ou taxi conventionné si vous pouvez être assis, véhicule
personnel ou transports en commun sinon (remboursement des frais kilométriques ou des tickets).</p>
<h2>Le transport partagé</h2>
<p>Depuis 2024, le transport partagé est la règle en VSL et taxi lorsque votre état le permet. Le
refuser sans motif médical entraîne une prise en charge réduite.</p>
<h2>Où trouver un transporteur agréé ?</h2>
<p>La liste des entreprises de transport sanitaire agréées du département est disponible sur le site
de l'ARS et à l'accueil de l'hôpital.</p>
""",
)

HTML_PAGES["p145_page_mammobile_calendrier.html"] = (
    "Le mammobile passe près de chez vous",
    """
<h1>Dépistage du cancer du sein : le mammobile en tournée cet automne</h1>
<p>Le camion de dépistage du CRCDC Occitanie s'arrête dans les communes du Pays montfauconnais.
Les femmes de 50 à 74 ans qui ont reçu leur courrier d'invitation peuvent y faire leur mammographie,
prise en charge à 100 %, sans avance de frais.</p>
<table>
<tr><th>Commune</th><th>Dates</th><th>Emplacement</th></tr>
<tr><td>Lacapelle-Livron</td><td>6 et 7 octobre</td><td>Place de l'Église</td></tr>
<tr><td>Saint-Genès-la-Tour</td><td>13 au 15 octobre</td><td>Parking de la salle des fêtes</td></tr>
<tr><td>Lespinasse-sur-Lère</td><td>20 et 21 octobre</td><td>Devant la maison de santé</td></tr>
<tr><td>Caylus</td><td>3 au 5 novembre</td><td>Foirail</td></tr>
</table>
<p>Rendez-vous au 05 61 00 00 00. Pensez à apporter votre courrier d'invitation, votre carte Vitale et
vos anciennes mammographies si vous en avez.</p>
<p>Les clichés sont lus par deux radiologues ; les résultats vous sont adressés ainsi qu'à votre
médecin sous 15 jours.</p>
""",
)

HTML_PAGES["p146_actualite_portes_ouvertes_glycines.html"] = (
    "Portes ouvertes à la résidence Les Glycines",
    """
<article>
<h1>La résidence autonomie Les Glycines ouvre ses portes le 4 octobre</h1>
<p>À l'occasion de la Semaine bleue, la résidence autonomie du CCAS vous accueille le samedi
4 octobre de 10 h à 17 h : visite d'un logement témoin, présentation des animations, démonstration de
gym douce et dégustation au restaurant.</p>
<p>Les Glycines, ce sont 58 appartements du T1 bis au T2, pour des personnes de plus de 60 ans
autonomes qui souhaitent garder leur indépendance tout en profitant d'un environnement sécurisé et
d'une vie sociale : restaurant le midi, animations quotidiennes, jardin partagé, présence d'un
agent jour et nuit.</p>
<blockquote>« Je suis arrivée il y a trois ans, après avoir vendu ma maison de Lespinasse qui était
devenue trop grande. Ici, j'ai mon chez-moi, mes meubles, et je descends quand je veux. Le jardin
partagé, c'est ma fierté : nos tomates ont eu le deuxième prix au concours du comice ! »
— Jeanne Rivet, 84 ans, résidente et membre du conseil de la vie sociale</blockquote>
<p>Redevance mensuelle à partir de 612 €, charges comprises, éligible à l'aide au logement.
Renseignements : 05 63 24 18 30.</p>
</article>
""",
)

HTML_PAGES["p147_page_job_dating_hopital.html"] = (
    "Job dating du centre hospitalier",
    """
<h1>Rejoignez-nous ! Job dating le samedi 17 mai</h1>
<p>Le centre hospitalier de Montfaucon-sur-Lère recrute en CDI, CDD et titularisation :</p>
<ul>
<li>infirmiers (urgences, médecine, bloc, psychiatrie, EHPAD) ;</li>
<li>aides-soignants, y compris en apprentissage ;</li>
<li>manipulateurs en électroradiologie ;</li>
<li>masseurs-kinésithérapeutes ;</li>
<li>agents des services hospitaliers.</li>
</ul>
<p>Rencontrez les cadres de santé et l'équipe RH de 9 h à 13 h dans le hall principal, avec votre CV.
Entretiens sur place, visite des services, café offert.</p>
<h2>Nos atouts</h2>
<p>Prime d'engagement de 5 000 € pour certains postes, crèche d'entreprise en 2026, logement
temporaire possible pour les nouveaux arrivants, parcours d'intégration avec tutorat, accès au CGOS.</p>
<p>Étudiants en soins infirmiers : allocation d'études de 700 € par mois en échange d'un engagement
de servir.</p>
""",
)

HTML_PAGES["p148_page_mediation_sante_voyageurs.html"] = (
    "Santé des gens du voyage : la médiation porte ses fruits",
    """
<article>
<h1>Santé des gens du voyage : premier bilan de la médiation en santé</h1>
<p>Depuis un an, l'association Rues et Voyages intervient chaque semaine sur l'aire d'accueil de la
Gravière et sur les terrains familiaux du territoire, dans le cadre du contrat local de santé.</p>
<p>Les études nationales le montrent : l'espérance de vie des gens du voyage est inférieure de
quinze ans à celle de la population générale, et le recours aux soins est souvent tardif, faute de
médecin traitant, de domiciliation ou du fait d'expériences de discrimination.</p>
<h2>Les chiffres de l'année</h2>
<ul>
<li>84 personnes accompagnées, dont 37 enfants ;</li>
<li>29 ouvertures ou renouvellements de droits à l'assurance maladie ;</li>
<li>21 personnes ayant désormais un médecin traitant ;</li>
<li>2 journées de vaccination sur l'aire, 46 vaccins administrés ;</li>
<li>1 atelier « diabète et alimentation » animé avec la diététicienne de la maison de santé.</li>
</ul>
<p>« La confiance se construit lentement, en venant régulièrement, en tenant parole », explique la
médiatrice de l'association. Le projet est financé par l'ARS et la communauté de communes.</p>
</article>
""",
)

HTML_PAGES["p149_actualite_don_fondation_hopital.html"] = (
    "Un nouveau salon des familles en soins palliatifs",
    """
<article>
<h1>Un salon des familles pour l'unité de soins palliatifs grâce à un don</h1>
<p class="date">Publié le 2 juillet 2025</p>
<p>Grâce à un don de 45 000 euros de la Fondation des Hôpitaux et à la mobilisation du Rotary Club de
Montfaucon, l'unité de soins palliatifs du centre hospitalier dispose désormais d'un salon des
familles entièrement rénové : coin cuisine, canapé-lit, espace de jeux pour les enfants, accès direct
au jardin.</p>
<p>« Les proches passent parfois des jours et des nuits ici. Ils ont besoin d'un lieu où souffler, où
manger un repas chaud, où parler entre eux », souligne le Dr Claire Balssa, médecin responsable de
l'unité, qui compte 8 lits.</p>
<p>Le salon a été inauguré le 30 juin en présence de M. Alain Peyrusse, président du Rotary Club, et
des bénévoles de l'association d'accompagnement JALMALV, présents chaque semaine auprès des patients
et de leurs familles.</p>
<p>Vous souhaitez soutenir les projets de l'hôpital ? Les dons sont déductibles de l'impôt sur le
revenu à hauteur de 66 %.</p>
</article>
""",
)

HTML_PAGES["p150_faq_sante_sexuelle_jeunes.html"] = (
    "Santé sexuelle : tes questions, nos réponses",
    """
<h1>Santé sexuelle — la FAQ du Point Accueil Jeunes</h1>
<p>Des questions que tu n'oses pas poser ? Voici les réponses de l'infirmière et de la sage-femme qui
tiennent la permanence du mercredi.</p>
<h2>Je suis mineur(e), est-ce que mes parents seront au courant ?</h2>
<p>Non. Au CeGIDD, au centre de santé sexuelle ou à la PMI, tu peux consulter de façon confidentielle
et gratuite, sans autorisation parentale.</p>
<h2>Où trouver des préservatifs gratuits ?</h2>
<p>En pharmacie, sans ordonnance, si tu as moins de 26 ans. Aussi au Point Accueil Jeunes et à
l'infirmerie du lycée.</p>
<h2>J'ai eu un rapport non protégé, que faire ?</h2>
<p>Pour éviter une grossesse : la contraception d'urgence est gratuite et sans ordonnance en pharmacie,
pour tout le monde. Pour le VIH : va aux urgences ou au CeGIDD dans les 48 heures pour un traitement
post-exposition.</p>
<h2>Je me pose des questions sur mon orientation ou mon identité</h2>
<p>C'est normal et tu n'es pas seul(e). Tu peux en parler à la permanence, ou appeler la ligne
d'écoute anonyme d'une association spécialisée. Personne n'a le droit de révéler ton orientation
sans ton accord.</p>
<h2>Où se faire dépister ?</h2>
<p>Au CeGIDD du centre hospitalier (bâtiment C), sans rendez-vous le lundi et le jeudi, ou en
laboratoire sans ordonnance pour le VIH.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
