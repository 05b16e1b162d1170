"""Build the .docx and .html documents of the dev8 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev8_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev8"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}

# ---------------------------------------------------------------- sovereign docx

DOCX["s021_releve_formation.docx"] = [
    ("title", "COMMUNAUTÉ DE COMMUNES DU HAUT-JURA"),
    ("p", "Formation spécialisée en matière de santé, de sécurité et de conditions de travail"),
    ("p", "Relevé de la réunion du 12 mars – séance non publique"),
    ("p", "Présents : collège employeur (M. Grenier, vice-président ; Mme Vuillet, DGS ; M. Roz, DRH) ; collège du personnel (Mme Bailly, M. Cretin, Mme Midol) ; Dr Chauvin, médecin du travail ; M. Jeunet, conseiller de prévention."),
    ("p", "1. Registre santé et sécurité : 14 observations au 1er trimestre, dont 6 relatives au froid dans les ateliers de la déchetterie de Morez."),
    ("p", "2. Accident du 21 février au centre technique"),
    ("p", "Le 21 février à 7 h 40, M. Pascal Gindre, conducteur d'engins, a heurté avec la chargeuse le portail du hangar à sel. Pas de blessé. L'enquête réalisée par la délégation le 28 février a conclu à un défaut de vigilance. Lors de l'entretien, et en présence du médecin du travail, M. Gindre a reconnu qu'il « avait fini tard chez un copain, comme souvent en ce moment » et qu'il n'était « pas net » en arrivant ; le chef d'équipe avait relevé 0,32 mg/l au contrôle de prise de poste."),
    ("table", [["Mesure", "Responsable", "Délai"],
               ["Retrait temporaire de la conduite d'engins", "DRH", "Immédiat"],
               ["Orientation vers le centre de la rue du Pré à Saint-Claude, avec l'accord de l'agent", "Médecin du travail", "Fait le 4 mars"],
               ["Affectation provisoire à l'entretien des espaces verts", "Chef du centre technique", "Jusqu'à avis médical"],
               ["Visite de reprise de la conduite", "Médecin du travail", "À l'issue du suivi"]]),
    ("p", "Le Dr Chauvin indique que M. Gindre se rend désormais chaque mardi au centre de la rue du Pré et qu'il « n'a pas touché un verre depuis trois semaines » ; elle demande que cette information ne soit pas portée à la connaissance de l'équipe et que la réaffectation soit présentée comme une réorganisation de planning."),
    ("p", "Mme Bailly (représentante du personnel) demande que la démarche reste dans un cadre d'aide et non de sanction. Le vice-président en donne acte."),
    ("p", "3. Plan de prévention des risques liés aux addictions : présentation du projet de charte (alcool lors des pots, dépistage aux postes de sécurité) ; vote reporté à la séance de juin."),
    ("p", "4. Questions diverses : vêtements haute visibilité d'hiver pour les agents de collecte."),
    ("p", "Relevé diffusé aux seuls membres de la formation spécialisée."),
]

DOCX["s022_annuaire_operationnel.docx"] = [
    ("title", "COMMUNE DE SAINT-GERVAIS-LES-BAINS – PLAN COMMUNAL DE SAUVEGARDE"),
    ("p", "Annexe 3 – Annuaire opérationnel et moyens d'accès – version de janvier"),
    ("p", "NE PAS DIFFUSER – exemplaires numérotés détenus par le maire, les adjoints d'astreinte, le DGS et le PC de crise."),
    ("p", "1. Poste de commandement communal (PCC) : salle du conseil, mairie, 1er étage. Repli : caserne des pompiers volontaires du Fayet."),
    ("table", [["Lieu", "Accès", "Code / clé"],
               ["Mairie – porte de service côté parking", "Digicode", "7 3 0 2 #"],
               ["Local du groupe électrogène (sous-sol)", "Clé n° 14", "Boîte à clés du hall, code 1866"],
               ["Réservoir d'eau potable du Bettex", "Cadenas", "Code 4 1 9 0"],
               ["Centre d'hébergement d'urgence (gymnase)", "Alarme intrusion", "Désactivation 2 5 5 8 puis OFF"],
               ["Sirène communale", "Armoire de commande en mairie", "Clé détenue par le DGS et l'élu d'astreinte"]]),
    ("p", "2. Déclenchement de l'alerte : en cas de crue torrentielle du Bon-Nant ou de vidange brutale de la poche d'eau du glacier de Tête-Rousse, le maire déclenche la sirène (son modulé de 3 × 1 min 41 s) et le système d'appel automatique. Les équipes de la gendarmerie (peloton de haute montagne de Chamonix) se positionnent aux barrages du pont du Diable et du carrefour du Fayet."),
    ("p", "3. Zones d'évacuation prioritaires et points de regroupement : secteur Les Bernards – gare du TMB ; secteur Le Fayet bas – gymnase. Fermeture de la RD 902 par les services départementaux sur demande du PCC."),
    ("p", "4. Personnes-ressources (numéros personnels) : élu d'astreinte, DGS, responsable des services techniques, directrice de l'école, chef de centre des pompiers – numéros portés sur l'exemplaire papier uniquement."),
    ("p", "Mise à jour : service prévention des risques. Toute perte d'un exemplaire doit être signalée au DGS, et les codes changés sous 24 heures."),
]

DOCX["s023_dossier_aide_entreprise.docx"] = [
    ("title", "RÉGION GRAND EST – Dispositif « Grand Est Compétitivité »"),
    ("p", "CONFIDENTIEL – Secret des affaires (art. L. 151-1 du code de commerce) – Ne pas communiquer"),
    ("p", "Fiche d'instruction – dossier n° GEC-2024-0317 – SAS Vosges Textiles Innovation (Gérardmer)"),
    ("p", "Projet : création d'une ligne de production de tissu technique ignifugé pour l'aéronautique. Investissement : 3,8 M€. Aide sollicitée : avance remboursable de 900 000 €."),
    ("table", [["Données financières (communiquées par l'entreprise)", "2022", "2023", "Prévisionnel 2026"],
               ["Chiffre d'affaires", "11,2 M€", "10,4 M€", "16,9 M€"],
               ["Marge brute", "31 %", "27 %", "38 %"],
               ["EBE", "0,9 M€", "0,4 M€", "2,6 M€"],
               ["Endettement bancaire", "2,1 M€", "2,8 M€", "4,9 M€"],
               ["Part du premier client (Safran Seats)", "34 %", "41 %", "45 %"]]),
    ("p", "Savoir-faire : l'entreprise a mis au point un procédé d'enduction à base de phosphore sans halogène, non breveté afin de ne pas le divulguer, dont la formule et les températures de cuisson ne sont connues que de trois salariés. Le prix de revient du mètre linéaire est de 14,20 € contre 22 € chez le concurrent allemand, selon l'entreprise."),
    ("p", "Analyse : la baisse de marge de 2023 s'explique par la hausse du coût du gaz. La dépendance à un client unique constitue le principal risque. Le plan de financement prévoit un prêt de la Banque des territoires et un apport des actionnaires de 600 000 €."),
    ("p", "Avis du chargé d'affaires : favorable, sous réserve d'une clause de maintien des 64 emplois pendant cinq ans."),
    ("p", "Document interne à la direction de l'économie – ne pas joindre au rapport de la commission permanente."),
]

DOCX["s024_arrete_admission.docx"] = [
    ("title", "VILLE DE PÉRIGUEUX"),
    ("p", "ARRÊTÉ N° 2024-SP-031 portant mesure provisoire d'admission en soins psychiatriques"),
    ("p", "Le Maire de la Ville de Périgueux,"),
    ("p", "Vu le code de la santé publique, notamment ses articles L. 3213-1 et L. 3213-2 ;"),
    ("p", "Vu l'avis médical établi le 9 août à 23 h 15 par le Dr Hélène Marty, médecin aux urgences du centre hospitalier de Périgueux, attestant que M. Julien ROUSSEAU, né le 14 mai 1987, demeurant 6 rue Limogeanne, présente un comportement révélant des troubles mentaux manifestes et un danger imminent pour la sûreté des personnes ;"),
    ("p", "Considérant que, dans la soirée du 9 août, M. Rousseau a menacé ses voisins avec un couteau, tenu des propos délirants selon lesquels « on l'empoisonne par les canalisations » et barricadé la porte de son appartement, nécessitant l'intervention des sapeurs-pompiers et de la police nationale ;"),
    ("p", "Considérant que l'intéressé avait interrompu depuis plusieurs semaines le traitement prescrit par le centre médico-psychologique, selon les indications de sa sœur ;"),
    ("p", "ARRÊTE"),
    ("p", "Article 1 : M. Julien Rousseau est admis provisoirement en soins psychiatriques au centre hospitalier de Vauclaire, à Montpon-Ménestérol."),
    ("p", "Article 2 : Le présent arrêté est transmis sans délai au préfet de la Dordogne, qui statuera dans les quarante-huit heures. À défaut, la mesure sera caduque."),
    ("p", "Article 3 : L'intéressé est informé de ses droits et des voies de recours, notamment la saisine du juge des libertés et de la détention."),
    ("p", "Fait à Périgueux, le 10 août, à 0 h 30. Pour le Maire, l'adjoint d'astreinte."),
    ("p", "Destinataires : préfet – directeur du CH de Vauclaire – commissariat. Ne pas afficher."),
]

DOCX["s025_transmission_departement.docx"] = [
    ("title", "COLLÈGE JEAN-ROSTAND – CASTELNAUDARY"),
    ("p", "Transmission à la cellule départementale de recueil des informations préoccupantes (CRIP de l'Aude)"),
    ("p", "Rédactrices : Mme Laure Sicre, infirmière scolaire ; Mme Nadia Bouzid, assistante sociale scolaire. Date : 7 novembre."),
    ("table", [["Élève", "Kylian FABRE, 4e C, 13 ans"],
               ["Responsables légaux", "Mme Sabrina Fabre (mère) ; M. Thierry Fabre (père), domicile séparé"],
               ["Adresse", "12 chemin du Canal, Castelnaudary"],
               ["Fratrie", "Deux demi-sœurs (4 et 7 ans) au domicile maternel"]]),
    ("p", "Faits constatés : le 6 novembre, Kylian s'est présenté à l'infirmerie pour des douleurs à l'épaule. L'infirmière a constaté des ecchymoses sur le bras gauche et le dos. Kylian a d'abord parlé d'une chute à vélo, puis a dit que « le copain de maman s'énerve quand il a bu » et qu'il « ne veut pas rentrer ce soir »."),
    ("p", "Éléments de contexte : absences répétées depuis la rentrée (19 demi-journées), endormissements en classe, tenue négligée signalée par le professeur principal. La mère, jointe par téléphone, a indiqué que « tout va bien » et qu'elle viendrait au collège. Le père n'a pas pu être joint."),
    ("p", "Évaluation des rédactrices : risque de danger ; les éléments ne justifient pas à ce stade un signalement direct au procureur, Kylian ayant pu être hébergé le soir même chez sa grand-mère paternelle avec l'accord de la mère."),
    ("p", "Information des parents : la mère a été informée de la transmission le 7 novembre à 17 h ; le père sera informé par courrier."),
    ("p", "Document transmis par voie sécurisée. Copie conservée au dossier médico-social, hors dossier scolaire."),
]

DOCX["s026_rapport_suspension.docx"] = [
    ("title", "CENTRE COMMUNAL D'ACTION SOCIALE DE MEAUX"),
    ("p", "Rapport à Monsieur le Président du CCAS – proposition de suspension de fonctions"),
    ("p", "Objet : Mme Corinne LAMBERT, auxiliaire de vie sociale, service d'aide à domicile"),
    ("p", "Monsieur le Président,"),
    ("p", "Le 3 avril, la fille de Mme Ginette Moreau, 89 ans, bénéficiaire du service, a signalé la disparition de bijoux et de 1 200 € en espèces au domicile de sa mère, ainsi que des retraits par carte bancaire qu'elle n'avait pas autorisés. Elle a déposé plainte le 4 avril au commissariat de Meaux. Les retraits correspondent aux jours d'intervention de Mme Lambert."),
    ("p", "Entendue le 5 avril par la responsable de secteur, Mme Lambert a reconnu avoir utilisé la carte bancaire de la bénéficiaire « pour lui rendre service » lors des courses, mais conteste tout vol. Elle a été convoquée par les enquêteurs le 10 avril et placée en garde à vue pendant une dizaine d'heures avant d'être laissée libre."),
    ("table", [["Date", "Montant retiré", "Intervenante ce jour-là"],
               ["12/03", "300 €", "Mme Lambert"],
               ["19/03", "300 €", "Mme Lambert"],
               ["26/03", "400 €", "Mme Lambert"]]),
    ("p", "Appréciation : Mme Lambert, recrutée en 2016, avait jusqu'ici des évaluations satisfaisantes, avec toutefois un rappel à l'ordre écrit en 2022 pour non-respect des procédures de gestion des fonds des bénéficiaires."),
    ("p", "Proposition : suspension de fonctions à titre conservatoire pour quatre mois avec maintien du traitement, dans l'attente des suites pénales ; saisine du conseil de discipline ; information de la famille de la bénéficiaire de la mesure prise."),
    ("p", "La directrice du CCAS, Mme Patricia Dumont. Copie : dossier individuel de l'agent."),
]

# ---------------------------------------------------------------- public docx

DOCX["p061_deliberation_autonomie.docx"] = [
    ("title", "DÉPARTEMENT DES LANDES – Conseil départemental"),
    ("p", "Décision modificative n° 1 – Séance du 28 juin – Délibération n° A-3"),
    ("p", "Objet : politique en faveur des personnes âgées et des personnes en situation de handicap – bilan 2023 et ajustement des crédits"),
    ("p", "Rapporteur : Mme Magali Valdès, vice-présidente chargée de la solidarité départementale"),
    ("p", "Le Département consacre près de 40 % de son budget de fonctionnement aux solidarités. En 2023, il a versé l'allocation personnalisée d'autonomie (APA) à 10 840 bénéficiaires, dont 6 920 vivant à domicile et 3 920 en établissement, et la prestation de compensation du handicap (PCH) à 3 210 bénéficiaires. Le nombre de bénéficiaires de la PCH a progressé de 9 % sous l'effet de l'ouverture de la prestation aux personnes présentant un handicap psychique, mental ou cognitif et aux personnes sourdaveugles."),
    ("table", [["Prestation", "Bénéficiaires 2023", "Dépense 2023", "Crédits 2024 ajustés"],
               ["APA à domicile", "6 920", "48,6 M€", "51,2 M€"],
               ["APA en établissement", "3 920", "29,4 M€", "30,1 M€"],
               ["PCH", "3 210", "31,8 M€", "35,0 M€"],
               ["Aide sociale à l'hébergement", "1 460", "22,7 M€", "23,9 M€"]]),
    ("p", "Le village Landais Alzheimer de Dax, ouvert en 2020, accueille 120 résidents atteints de la maladie d'Alzheimer ou de maladies apparentées. L'évaluation conduite avec l'Inserm montre un moindre recours aux psychotropes et une meilleure qualité de vie perçue par les familles."),
    ("p", "Le rapport propose en outre de revaloriser le tarif horaire de référence des services d'aide à domicile à 25,50 €, afin de soutenir l'attractivité des métiers, et de financer 40 places supplémentaires d'habitat inclusif."),
    ("p", "Débat : M. Jean-Luc Delpuech (groupe « Landes Avenir ») a salué l'effort mais alerté sur les délais d'instruction de la MDPH, supérieurs à cinq mois. Mme Valiorgue a indiqué que 8 postes d'instructeurs avaient été créés."),
    ("p", "Vote : adopté à l'unanimité. M. Paul Carrère, administrateur de l'ADAPEI des Landes, n'a pas pris part au vote sur l'enveloppe des établissements."),
]

DOCX["p062_rapport_france_services.docx"] = [
    ("title", "MAISON FRANCE SERVICES DE NOGENT-LE-ROTROU"),
    ("p", "Rapport d'activité 2023 – présenté au comité local de pilotage du 20 février"),
    ("p", "La maison France services, portée par la communauté de communes du Perche, accueille le public du lundi au samedi matin. Trois agents polyvalents formés par les opérateurs partenaires y accompagnent les usagers dans leurs démarches administratives : CAF, Assurance maladie, assurance retraite, MSA, France Travail, finances publiques, ministère de l'intérieur (ANTS), ministère de la justice et La Poste."),
    ("table", [["Domaine", "Demandes 2023", "Part"],
               ["Prestations sociales (CAF, RSA, prime d'activité)", "2 140", "27 %"],
               ["Santé (Ameli, complémentaire santé solidaire)", "1 380", "17 %"],
               ["Impôts et finances publiques", "1 250", "16 %"],
               ["Titres (carte grise, permis, identité)", "1 020", "13 %"],
               ["Retraite", "840", "11 %"],
               ["Emploi", "690", "9 %"],
               ["Justice, droit des étrangers, autres", "560", "7 %"]]),
    ("p", "Total : 7 880 demandes, en hausse de 18 %. 62 % des usagers ont plus de 60 ans ; 38 % déclarent ne pas disposer d'un ordinateur à domicile. Les demandes liées aux titres de séjour, qui relèvent désormais de la plateforme ANEF, ont été multipliées par deux : les agents orientent les personnes vers l'association Cimade, qui tient une permanence mensuelle."),
    ("p", "Permanences partenaires : conciliateur de justice, avocat (consultations gratuites), conseillère de l'ADIL, point conseil budget, assistante sociale de la CARSAT, permanence du centre d'information sur les droits des femmes et des familles (CIDFF)."),
    ("p", "Satisfaction : enquête réalisée auprès de 410 usagers, 96 % de satisfaits."),
    ("p", "Perspectives : installation d'une cabine de téléconsultation médicale en partenariat avec l'agence régionale de santé ; ouverture d'une antenne itinérante dans les communes rurales."),
    ("p", "Le président de la communauté de communes, M. Harold Hubert, a salué l'engagement de l'équipe et rappelé que la labellisation a été renouvelée jusqu'en 2026."),
]

DOCX["p063_convention_partenariat.docx"] = [
    ("title", "CONVENTION DE PARTENARIAT"),
    ("p", "entre la Ville de Vannes, son centre communal d'action sociale et l'association France Alzheimer Morbihan"),
    ("p", "Préambule : la maladie d'Alzheimer et les maladies apparentées touchent environ 1,2 million de personnes en France. Dans le Morbihan, plus de 12 000 personnes seraient concernées, et autant d'aidants familiaux. L'association France Alzheimer Morbihan, reconnue d'utilité publique au titre de l'union nationale, accompagne les familles par des groupes de parole, des formations des aidants, des haltes-relais et des séjours de vacances."),
    ("p", "Article 1 – Objet : la présente convention organise le partenariat pour le fonctionnement d'une halte-relais et d'un café mémoire à Vannes, et pour l'information du public."),
    ("p", "Article 2 – Engagements de l'association : animer la halte-relais chaque mardi de 14 h à 17 h à la maison des aînés de Kercado, avec deux bénévoles formés et une psychologue ; organiser dix cafés mémoire par an ; assurer la formation gratuite des aidants familiaux (cinq modules) ; participer à la semaine bleue."),
    ("p", "Article 3 – Engagements de la Ville et du CCAS : mise à disposition gratuite de la salle ; subvention annuelle de 4 000 € ; relais d'information dans le magazine municipal ; orientation des familles par les travailleurs sociaux du CCAS et le service de soins infirmiers à domicile."),
    ("table", [["Indicateur de suivi", "Objectif annuel"],
               ["Nombre de couples aidant-aidé accueillis à la halte-relais", "30"],
               ["Participants aux cafés mémoire", "250"],
               ["Aidants formés", "40"],
               ["Professionnels du CCAS sensibilisés", "20"]]),
    ("p", "Article 4 – Confidentialité : les parties s'engagent à ne communiquer aucune information relative aux personnes accueillies. Les bilans transmis à la Ville sont anonymes et statistiques."),
    ("p", "Article 5 – Durée : trois ans à compter du 1er janvier 2025."),
    ("p", "Fait à Vannes, le 12 décembre. Pour la Ville, le Maire ; pour le CCAS, la vice-présidente ; pour l'association, la présidente départementale."),
]

DOCX["p064_deliberation_college.docx"] = [
    ("title", "CONSEIL DÉPARTEMENTAL DE LA VENDÉE – Commission permanente du 15 mars"),
    ("p", "Délibération n° CP-2024-03-112 – Collèges privés sous contrat : aides à l'investissement (loi Falloux) et forfait d'externat"),
    ("p", "Rapporteur : M. Wilfrid Montagne, vice-président chargé de l'éducation"),
    ("p", "Vu le code de l'éducation, notamment ses articles L. 151-4 et L. 442-9 ; vu l'avis du conseil académique de l'éducation nationale du 6 février ;"),
    ("p", "La Vendée compte 33 collèges publics et 35 collèges privés sous contrat d'association, ces derniers scolarisant 52 % des collégiens du département, en raison d'une histoire singulière de l'enseignement catholique dans l'Ouest. Les collectivités peuvent participer aux investissements des établissements privés d'enseignement général dans la limite du dixième de leurs dépenses annuelles non couvertes par des fonds publics."),
    ("table", [["Établissement", "Opération", "Dépense éligible", "Aide"],
               ["Collège Saint-Joseph, Challans", "Rénovation thermique du bâtiment B", "820 000 €", "82 000 €"],
               ["Collège Richelieu, La Roche-sur-Yon", "Mise en accessibilité (ascenseur)", "260 000 €", "26 000 €"],
               ["Collège Notre-Dame, Fontenay-le-Comte", "Création d'un self", "540 000 €", "54 000 €"],
               ["Collège Sainte-Marie, Chantonnay", "Équipement informatique", "95 000 €", "9 500 €"]]),
    ("p", "Le forfait d'externat, part « personnels », est fixé à 412 € par élève pour 2024."),
    ("p", "M. Nicolas Hélary (groupe « Vendée Solidaire ») a voté contre les aides à l'investissement, estimant qu'elles ne sont pas obligatoires et que « la priorité doit aller aux collèges publics de la côte, saturés ». M. Montassier a répondu que le plan collèges publics prévoit 64 M€ d'ici 2028."),
    ("p", "Vote : adopté par 14 voix pour et 2 contre. Mme Anne Aubin-Sicard, membre du conseil d'administration de l'OGEC du collège Richelieu, n'a pas pris part au vote sur la ligne concernée."),
]

DOCX["p065_proces_verbal_communautaire.docx"] = [
    ("title", "COMMUNAUTÉ D'AGGLOMÉRATION DE LA ROCHELLE"),
    ("p", "Procès-verbal du conseil communautaire du 26 septembre (extrait)"),
    ("p", "Point 14 – Instauration de la tarification incitative pour la collecte des déchets ménagers"),
    ("p", "M. Antoine Grault, vice-président chargé des déchets, présente le projet : à compter de 2026, la taxe d'enlèvement des ordures ménagères sera remplacée, dans 12 communes pilotes, par une part incitative calculée sur le nombre de levées du bac gris. L'objectif est de réduire de 30 % les ordures résiduelles, aujourd'hui de 212 kg par habitant et par an."),
    ("p", "M. Jean-Marc Soubeste (élu de La Rochelle, opposition) : « Vous allez pénaliser les familles nombreuses et les personnes qui utilisent des protections pour incontinence ou des couches. Qu'avez-vous prévu pour elles ? » M. Grau répond qu'un forfait adapté sera accordé sur demande aux foyers avec enfants de moins de trois ans et aux personnes concernées par des soins à domicile générant des déchets, sur simple déclaration, sans justificatif médical."),
    ("p", "Mme Séverine Lacoste (Aytré) s'inquiète des dépôts sauvages. M. Grau indique que les communes pilotes de Charente-Maritime ont constaté une hausse temporaire, vite résorbée, et que deux agents de la brigade environnement seront recrutés."),
    ("p", "M. Jean-François Fontanel, président, rappelle que le financement des déchets a augmenté de 22 % en cinq ans sous l'effet de la taxe générale sur les activités polluantes."),
    ("table", [["Vote", "Nombre"],
               ["Pour", "62"],
               ["Contre", "9"],
               ["Abstentions", "8"]]),
    ("p", "Point 15 – Convention avec le centre hospitalier pour la collecte des déchets d'activités de soins à risques infectieux des patients en auto-traitement (DASRI) : adoptée à l'unanimité. Les boîtes jaunes sont à rapporter en pharmacie."),
    ("p", "Le procès-verbal est approuvé lors de la séance suivante et publié sur le site de l'agglomération."),
]

DOCX["p066_reglement_interieur.docx"] = [
    ("title", "COMMUNE DE VERNON – Règlement intérieur du conseil municipal (extraits)"),
    ("p", "Adopté par délibération du 9 octobre 2020, modifié le 14 mars 2024"),
    ("p", "Article 5 – Questions orales. Les conseillers municipaux ont le droit d'exposer en séance des questions orales ayant trait aux affaires de la commune. Le texte des questions est adressé au Maire 48 heures au moins avant la séance. Les questions ne donnent lieu à aucun débat, sauf décision du Maire."),
    ("p", "Article 8 – Séances à huis clos. Sur la demande de trois membres ou du Maire, le conseil municipal peut décider, sans débat, à la majorité absolue des membres présents ou représentés, qu'il se réunit à huis clos. Le huis clos est notamment utilisé lorsque les débats sont susceptibles de porter atteinte à la vie privée de personnes nommément désignées ; dans ce cas, les délibérations adoptées sont publiées sans les éléments couverts par le secret."),
    ("p", "Article 12 – Police de l'assemblée. Le Maire a seul la police de l'assemblée. Il peut faire expulser de l'auditoire tout individu qui trouble l'ordre. En cas de crime ou de délit, il en dresse procès-verbal et le procureur de la République en est immédiatement saisi."),
    ("p", "Article 15 – Conflits d'intérêts. Tout conseiller intéressé à l'affaire qui fait l'objet d'une délibération, à titre personnel ou comme mandataire, quitte la salle et ne prend pas part au vote. Les élus membres d'une association ou d'un organisme bénéficiant d'une subvention le signalent avant le vote ; la mention en est faite au procès-verbal."),
    ("p", "Article 21 – Expression des groupes politiques. Un espace est réservé dans chaque numéro du magazine municipal à l'expression des conseillers n'appartenant pas à la majorité municipale :"),
    ("table", [["Groupe", "Nombre de sièges", "Espace réservé"],
               ["Vernon Unie (majorité)", "29", "1 500 signes"],
               ["Vernon Écologie Solidarité", "3", "1 500 signes"],
               ["Vernon Bleu Marine", "2", "1 500 signes"],
               ["Non inscrit", "1", "750 signes"]]),
    ("p", "Les textes sont publiés sous la seule responsabilité de leurs auteurs. Le directeur de la publication peut refuser un texte à caractère diffamatoire, injurieux ou portant atteinte à la vie privée."),
    ("p", "Article 28 – Retransmission. Les séances publiques sont retransmises en direct sur le site internet de la commune et restent consultables pendant un an."),
]

DOCX["p067_rapport_egalite.docx"] = [
    ("title", "VILLE DE GRENOBLE – Rapport sur la situation en matière d'égalité entre les femmes et les hommes"),
    ("p", "Exercice 2023 – présenté au conseil municipal préalablement au débat budgétaire (article L. 2311-1-2 du CGCT)"),
    ("p", "1. Politiques de ressources humaines. La Ville emploie 3 612 agents permanents, dont 58 % de femmes. Elles représentent 91 % des agents de la filière médico-sociale et 23 % de la filière technique."),
    ("table", [["Indicateur", "Femmes", "Hommes"],
               ["Part des emplois de direction", "52 %", "48 %"],
               ["Temps partiel", "19 %", "4 %"],
               ["Rémunération nette moyenne (ETP)", "2 214 €", "2 356 €"],
               ["Jours de congé pour enfant malade (moyenne)", "3,1", "1,4"],
               ["Accidents de service", "84", "112"]]),
    ("p", "L'écart de rémunération de 6 % s'explique principalement par la répartition par filière et par le régime indemnitaire des métiers techniques. Un plan d'action égalité 2024-2026 prévoit une révision des primes et un accompagnement des reprises après congé maternité ou parental."),
    ("p", "2. Violences sexistes et sexuelles au travail. La cellule d'écoute externe a reçu 27 signalements en 2023, qui ont donné lieu à 9 enquêtes administratives et à 3 procédures disciplinaires. Aucun élément permettant d'identifier les personnes n'est publié."),
    ("p", "3. Politiques publiques. Accueil de jour pour femmes victimes de violences (1 140 femmes accueillies) ; formation de 400 agents d'accueil au repérage des violences conjugales ; budget sensible au genre expérimenté dans les équipements sportifs, où les filles ne représentaient que 31 % des usagers des city-stades."),
    ("p", "4. Espace public. Depuis 2020, 28 rues et équipements ont reçu le nom d'une femme, dont l'esplanade Gisèle-Halimi et le gymnase Alice-Milliat."),
    ("p", "Le rapport a été présenté par Mme Chloé Pantin, adjointe déléguée aux droits des femmes."),
]

DOCX["p068_rapport_delegataire.docx"] = [
    ("title", "RAPPORT ANNUEL DU DÉLÉGATAIRE – EXERCICE 2023"),
    ("p", "Délégation de service public pour l'exploitation du crématorium et du funérarium de la Ville de Niort – Société des crématoriums de France (groupe OGF)"),
    ("p", "Rapport produit en application de l'article L. 3131-5 du code de la commande publique et présenté à la commission consultative des services publics locaux le 11 juin."),
    ("p", "1. Activité : 1 482 crémations (+ 4 %), dont 61 % de personnes domiciliées dans l'agglomération ; 3 salles de cérémonie ; 612 séjours en chambre funéraire. Le taux de crémation dans le département atteint 41 % des décès, contre 28 % en 2013."),
    ("p", "2. Cérémonies : 72 % des familles ont choisi une cérémonie civile dans la salle du crématorium ; les autres cérémonies, religieuses, se sont tenues en amont dans un lieu de culte ou au crématorium avec un officiant de leur choix. Le délégataire met à disposition une salle sans signe religieux, adaptable à tous les rites."),
    ("table", [["Données financières", "2022", "2023"],
               ["Chiffre d'affaires", "1 128 000 €", "1 186 000 €"],
               ["Redevance versée à la Ville", "84 600 €", "88 950 €"],
               ["Investissements (filtration des rejets)", "46 000 €", "212 000 €"],
               ["Tarif d'une crémation adulte TTC", "712 €", "742 €"]]),
    ("p", "3. Environnement : la nouvelle ligne de filtration, installée en septembre, garantit des rejets de mercure inférieurs aux seuils de l'arrêté du 28 janvier 2010. La chaleur récupérée chauffe le funérarium."),
    ("p", "4. Qualité : enquête auprès des familles, 97 % de satisfaction ; 2 réclamations, relatives aux délais d'attente en janvier."),
    ("p", "5. Personnel : 7 salariés, dont 2 maîtres de cérémonie formés à l'accompagnement du deuil."),
    ("p", "Observations de la Ville : rapport conforme ; la commission demande l'instauration d'un tarif solidaire pour les familles aux revenus modestes et les personnes dépourvues de ressources suffisantes, dont les obsèques sont à la charge de la commune."),
]

DOCX["p069_deliberation_dominicale.docx"] = [
    ("title", "VILLE DE CAEN – Conseil municipal du 25 novembre"),
    ("p", "Délibération n° 2024-211 – Dérogations au repos dominical des salariés dans les commerces de détail pour l'année 2025"),
    ("p", "Rapporteur : M. Marc Pottier, adjoint au commerce"),
    ("p", "Vu le code du travail, notamment ses articles L. 3132-26 et R. 3132-21 ; vu l'avis conforme du conseil communautaire de Caen la Mer du 14 novembre ; vu les avis des organisations d'employeurs et de salariés consultées ;"),
    ("p", "Le maire peut autoriser jusqu'à douze ouvertures dominicales par an, après avis du conseil municipal. La consultation des organisations professionnelles et syndicales a donné les résultats suivants :"),
    ("table", [["Organisation consultée", "Avis"],
               ["Union des commerçants Caen Centre", "Favorable à 12 dimanches"],
               ["CCI Caen Normandie", "Favorable"],
               ["Union départementale CFDT", "Favorable à 7 dimanches maximum"],
               ["Union départementale CGT", "Défavorable"],
               ["Union départementale Force ouvrière", "Défavorable"],
               ["CFTC", "Défavorable, au nom du respect du repos dominical"]]),
    ("p", "Il est proposé de retenir 9 dimanches : 12 janvier et 29 juin (soldes), 7 septembre (rentrée), 30 novembre, 7, 14, 21 et 28 décembre (fêtes), 5 octobre (Foire internationale). Les salariés volontaires perçoivent une rémunération au moins double et un repos compensateur."),
    ("p", "Mme Aurélie Gaspard (groupe « Caen Écologie Solidarité ») a voté contre, estimant que « le dimanche doit rester un temps commun, familial, associatif et sportif ». M. Pottier a répondu que le commerce de centre-ville doit faire face à la concurrence des zones commerciales périphériques et du commerce en ligne."),
    ("p", "M. Pottier a précisé que les commerces alimentaires de moins de 400 m² peuvent déjà ouvrir le dimanche matin jusqu'à 13 h sans autorisation, et que les pharmacies assurent un service de garde organisé par l'agence régionale de santé. Les grandes surfaces alimentaires de plus de 400 m² qui ouvrent l'un des dimanches autorisés déduisent les jours fériés travaillés, dans la limite de trois, conformément au code du travail. Un bilan de fréquentation, établi avec l'union des commerçants et l'office de tourisme, sera présenté en commission au printemps. Le maire a rappelé que l'ouverture n'est jamais obligatoire et que chaque commerçant reste libre de ne pas ouvrir."),
    ("p", "Vote : 39 pour, 10 contre, 2 abstentions."),
]

DOCX["p070_rapport_commissaire.docx"] = [
    ("title", "ENQUÊTE PUBLIQUE PRÉALABLE À LA DÉCLARATION D'UTILITÉ PUBLIQUE"),
    ("p", "Projet de contournement routier de Beynac-et-Cazenac – Conclusions de la commission d'enquête (extrait)"),
    ("p", "Commission d'enquête : M. Jean-Claude Lafon, président ; Mme Odile Vergne ; M. Alain Reynaud, membres titulaires."),
    ("p", "L'enquête s'est tenue du 4 mars au 5 avril. 2 134 contributions ont été déposées, dont 1 612 défavorables au projet. Les principaux arguments défavorables portent sur l'atteinte à un paysage inscrit au patrimoine mondial de l'UNESCO (vallée de la Dordogne, réserve de biosphère), sur le coût (48 M€) et sur l'existence de solutions alternatives. Les arguments favorables portent sur la sécurité de la traversée du village, sur la pollution et sur les difficultés de circulation des poids lourds et des secours."),
    ("table", [["Thème", "Observations", "Dont favorables"],
               ["Paysage et patrimoine", "812", "41"],
               ["Sécurité routière", "394", "301"],
               ["Coût et financement", "356", "28"],
               ["Environnement (faune, flore, zones humides)", "412", "12"],
               ["Autres", "160", "40"]]),
    ("p", "La commission relève que l'association « Sauvegarde de la vallée de la Dordogne » a déposé un mémoire de 140 pages et que le comité français de l'UICN et ICOMOS France ont produit des avis défavorables, soulignant notamment la covisibilité du tracé avec le château des Milandes, ancienne demeure de Joséphine Baker."),
    ("p", "Avis : la commission émet un avis défavorable à la déclaration d'utilité publique, estimant que les atteintes au paysage et à l'environnement sont excessives au regard de l'intérêt du projet."),
    ("p", "Fait à Périgueux, le 3 mai. Les conclusions sont publiées sur le site de la préfecture de la Dordogne pendant un an."),
]

DOCX["p071_rapport_social.docx"] = [
    ("title", "COMMUNE DE VILLEJUIF – Rapport social unique 2023 (synthèse)"),
    ("p", "Présenté au comité social territorial du 14 novembre et au conseil municipal du 12 décembre"),
    ("p", "Effectifs au 31 décembre : 1 184 agents sur emploi permanent (937 titulaires, 247 contractuels), 62 % de femmes, âge moyen 45,3 ans."),
    ("table", [["Absences pour raison de santé", "Jours", "Agents concernés"],
               ["Maladie ordinaire", "21 480", "612"],
               ["Longue maladie et longue durée", "8 940", "31"],
               ["Accidents de service et de trajet", "4 120", "58"],
               ["Maladies professionnelles", "1 860", "9"],
               ["Maternité, paternité, adoption", "3 210", "42"]]),
    ("p", "Le taux d'absentéisme pour raison de santé s'établit à 9,4 %, stable. Les troubles musculo-squelettiques représentent 64 % des maladies professionnelles reconnues, principalement dans les métiers de l'entretien, de la restauration scolaire et de la petite enfance."),
    ("p", "Handicap : 86 agents bénéficiaires de l'obligation d'emploi (7,3 %). 12 aménagements de poste réalisés avec le FIPHFP."),
    ("p", "Discipline : 11 sanctions prononcées en 2023 (6 avertissements, 3 blâmes, 1 exclusion temporaire de 3 jours, 1 révocation). Aucun élément nominatif n'est présenté."),
    ("p", "Relations sociales : 14 réunions des instances ; 4 organisations syndicales représentées (CGT, FO, UNSA, CFDT) ; 2 jours de grève (réforme des retraites), taux moyen de participation 11 %."),
    ("p", "Formation : 2 840 jours de formation, dont 420 consacrés à la prévention (gestes et postures, agressivité du public, premiers secours en santé mentale)."),
    ("p", "Égalité : index de l'égalité professionnelle 91/100."),
    ("p", "Le rapport complet est annexé à la délibération et publié sur le site de la Ville."),
    ("p", "Débat au comité social territorial : les représentants du personnel ont souligné la hausse des arrêts dans les crèches et les écoles, liée selon eux au sous-effectif, et demandé la création d'un pool de remplaçants. La collectivité a annoncé le recrutement de 8 agents de remplacement en 2024, une étude ergonomique dans les offices de restauration et le déploiement d'un dispositif d'écoute psychologique anonyme accessible à tous les agents. Le taux de rotation (8,1 %) et les difficultés de recrutement dans la filière médico-sociale feront l'objet d'un plan d'attractivité présenté en 2024."),
]

DOCX["p072_reglement_salles.docx"] = [
    ("title", "VILLE DE QUIMPERLÉ – Règlement d'utilisation des salles municipales"),
    ("p", "Arrêté du Maire n° 2024-156 du 2 avril"),
    ("p", "Article 1 – Bénéficiaires. Les salles municipales (salle Isole, salle de Kerjégu, salle des fêtes de Kerbertrand, maison des associations) peuvent être mises à disposition des associations quimperloises, des syndicats, des partis politiques, des établissements scolaires, des particuliers résidant dans la commune et, à titre exceptionnel, des organismes extérieurs."),
    ("p", "Article 2 – Principe d'égalité. Conformément à l'article L. 2144-3 du CGCT, les salles sont attribuées sans discrimination, dans le respect de la neutralité du service public. Les partis et groupements politiques bénéficient des mêmes conditions, y compris en période électorale, selon un calendrier établi par ordre d'arrivée des demandes. Les associations cultuelles peuvent disposer ponctuellement d'une salle pour des réunions ou manifestations, contre paiement du tarif applicable, sans que cette mise à disposition puisse devenir permanente."),
    ("table", [["Salle", "Capacité", "Associations quimperloises", "Particuliers quimperlois", "Extérieurs"],
               ["Salle Isole", "400", "Gratuit (2 fois/an)", "620 €", "1 150 €"],
               ["Salle de Kerjégu", "120", "Gratuit", "210 €", "390 €"],
               ["Kerbertrand", "250", "Gratuit (2 fois/an)", "410 €", "760 €"],
               ["Maison des associations (salles 1 à 4)", "20 à 40", "Gratuit", "Non louée", "Non louée"]]),
    ("p", "Article 5 – Réservation. La demande est faite au moins un mois à l'avance via le formulaire en ligne. Elle précise l'objet de la manifestation, le nombre de participants attendus et le responsable."),
    ("p", "Article 8 – Sécurité. L'utilisateur désigne un responsable présent pendant toute la durée de l'occupation, formé à l'utilisation des extincteurs et à l'évacuation. L'effectif maximal ne peut être dépassé."),
    ("p", "Article 9 – Nuisances. La musique amplifiée est interdite après 1 h. La consommation d'alcool est soumise à la réglementation des débits temporaires."),
    ("p", "Article 12 – Le présent règlement est affiché dans chaque salle."),
]

DOCX["p073_convention_prevention.docx"] = [
    ("title", "CONVENTION PLURIANNUELLE D'OBJECTIFS – PRÉVENTION SPÉCIALISÉE"),
    ("p", "Entre le Département de la Seine-Saint-Denis, la Ville d'Aubervilliers et l'association Jeunesse Feu Vert"),
    ("p", "Préambule : la prévention spécialisée, mission de l'aide sociale à l'enfance (article L. 121-2 du CASF), vise à prévenir la marginalisation et à faciliter l'insertion des jeunes et des familles en rupture avec leur milieu. Elle repose sur le travail de rue, l'absence de mandat nominatif, la libre adhésion des jeunes et le respect de leur anonymat."),
    ("p", "Article 1 – Territoire : quartiers de la Maladrerie, des Quatre-Chemins, du Landy et de Villette."),
    ("p", "Article 2 – Moyens : une équipe de 9 éducateurs spécialisés et d'un chef de service, financée à 80 % par le Département et à 20 % par la Ville."),
    ("p", "Article 3 – Objectifs : présence sociale en soirée et en week-end ; accompagnement éducatif de 300 jeunes de 11 à 25 ans par an ; prévention du décrochage scolaire en lien avec les collèges ; prévention des conduites à risque (addictions, prostitution de mineurs, entrée dans les réseaux de trafic) ; soutien à la parentalité."),
    ("table", [["Indicateur", "Valeur 2023", "Cible 2026"],
               ["Jeunes accompagnés", "287", "300"],
               ["Dont filles", "31 %", "40 %"],
               ["Chantiers éducatifs (jeunes concernés)", "64", "80"],
               ["Sorties vers l'emploi ou la formation", "71", "90"]]),
    ("p", "Article 4 – Secret professionnel : les éducateurs sont tenus au secret professionnel. L'association participe au conseil local de sécurité et de prévention de la délinquance pour les échanges généraux, mais ne communique aucune information nominative en dehors des cas prévus par la loi."),
    ("p", "Article 5 – Durée : 2024-2026. Un bilan annuel est présenté en commission départementale."),
    ("p", "Signé à Bobigny, le 5 février, par le président du Conseil départemental, la Maire d'Aubervilliers et le président de l'association."),
]

DOCX["p074_rapport_ehpad.docx"] = [
    ("title", "CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU PAYS DE LANDIVISIAU"),
    ("p", "EHPAD Ker Anna – Rapport d'activité 2023 présenté au conseil d'administration du 16 avril"),
    ("p", "Capacité : 92 lits d'hébergement permanent, dont une unité de vie protégée de 14 places pour résidents atteints de troubles cognitifs, 4 lits d'hébergement temporaire et un accueil de jour de 10 places."),
    ("table", [["Indicateur", "2022", "2023"],
               ["Taux d'occupation", "96,1 %", "97,8 %"],
               ["Âge moyen à l'entrée", "87 ans", "88 ans"],
               ["GIR moyen pondéré (dépendance)", "742", "768"],
               ["Pathos moyen pondéré (soins)", "231", "246"],
               ["Entrées", "29", "33"],
               ["Décès", "24", "27"],
               ["Liste d'attente au 31/12", "64", "71"]]),
    ("p", "Vie sociale : ateliers de médiation animale, chorale intergénérationnelle avec l'école Sainte-Anne, messe mensuelle célébrée par le recteur de la paroisse à la demande des résidents, sortie annuelle au pardon de Saint-Thivisiau. Le conseil de la vie sociale s'est réuni trois fois."),
    ("p", "Soins : le médecin coordonnateur a mis en place un programme de prévention des chutes et des escarres. La télémédecine avec le centre hospitalier de Morlaix (gériatrie, dermatologie, psychiatrie du sujet âgé) a permis 48 téléconsultations et évité plusieurs transferts aux urgences. Le plan bleu a été actualisé."),
    ("p", "Personnel : 71 ETP. Taux d'absentéisme 11,2 %. Quatre postes d'aide-soignant restent vacants ; le recours à l'intérim a coûté 186 000 €."),
    ("p", "Tarifs 2024 : hébergement 68,40 € par jour ; tarif dépendance GIR 5-6 : 6,12 €. 38 % des résidents bénéficient de l'aide sociale à l'hébergement ou de l'APL."),
    ("p", "Le président du CIAS, M. Laurent Le Menn, a remercié les équipes et les familles pour leur engagement."),
]

DOCX["p075_plan_discriminations.docx"] = [
    ("title", "MÉTROPOLE DE LYON – Plan métropolitain de lutte contre les discriminations 2024-2027"),
    ("p", "Délibération n° 2024-2318 du conseil de la Métropole du 24 juin – annexe (résumé)"),
    ("p", "Constats : selon l'enquête « Trajectoires et origines 2 » de l'INED et de l'INSEE, les descendants d'immigrés d'Afrique subsaharienne et du Maghreb déclarent des discriminations deux à trois fois plus souvent que la population majoritaire. Le testing national de 2021 a montré qu'à qualifications égales, un candidat portant un nom à consonance maghrébine avait 31 % de chances en moins d'être rappelé. Les personnes en situation de handicap, les personnes LGBT+, les femmes portant un signe religieux et les habitants des quartiers prioritaires sont également surexposés."),
    ("table", [["Axe", "Actions principales", "Budget 2024-2027"],
               ["Emploi", "Testing des recrutements métropolitains, CV anonymes pour 3 métiers", "420 000 €"],
               ["Logement", "Audit des attributions sociales par un organisme indépendant", "310 000 €"],
               ["Accès aux services", "Formation de 2 000 agents d'accueil", "260 000 €"],
               ["Accompagnement des victimes", "Réseau de 40 points d'accès au droit", "680 000 €"],
               ["Mémoire et éducation", "Programme avec le Centre d'histoire de la Résistance et de la Déportation", "190 000 €"]]),
    ("p", "Le plan a été élaboré avec le Défenseur des droits, la LICRA, SOS Racisme, le Planning familial, APF France handicap, l'association Aides, le collectif Lyon LGBT, des associations de fidèles musulmans et l'Amitié judéo-chrétienne."),
    ("p", "Mme Sandrine Rubel, vice-présidente, a rappelé que « la discrimination n'est pas une opinion mais un délit, puni par le code pénal »."),
    ("p", "Vote : 112 pour, 14 contre (groupe « Synergies et Inclusion »), 6 abstentions."),
]

DOCX["p076_compte_rendu_ccspl.docx"] = [
    ("title", "COMMISSION CONSULTATIVE DES SERVICES PUBLICS LOCAUX – VILLE DE BELFORT"),
    ("p", "Compte rendu de la séance du 4 juin"),
    ("p", "Présidente : Mme Marie-Hélène Yvon, adjointe. Membres élus : M. Bastien Faure, Mme Loubna Chérif, M. Ian Bouchard. Représentants d'associations : UFC-Que Choisir, Confédération syndicale des familles, association des paralysés de France, conseil citoyen des Résidences."),
    ("p", "1. Rapport annuel du délégataire du stationnement (Indigo) : 1 940 places en ouvrage, recettes 3,1 M€, fréquentation en hausse de 6 %. La représentante de l'APF a signalé que les places réservées aux personnes handicapées du parking de la Roseraie sont souvent occupées illicitement ; le délégataire s'engage à des contrôles renforcés. Rappel : les titulaires de la carte mobilité inclusion stationnent gratuitement sur voirie."),
    ("p", "2. Rapport annuel du délégataire de la restauration collective (Elior) : 612 000 repas, 46 % de produits durables dont 24 % bio. Menus : un menu végétarien hebdomadaire, un plat de substitution proposé lorsque le menu comporte du porc ; 214 projets d'accueil individualisés pour allergies. La CSF demande davantage de produits locaux."),
    ("table", [["Délégation", "Rapport présenté", "Avis de la commission"],
               ["Stationnement", "Oui", "Favorable avec observations"],
               ["Restauration collective", "Oui", "Favorable"],
               ["Fourrière automobile", "Oui", "Favorable"],
               ["Crématorium", "Reporté", "—"]]),
    ("p", "3. Projet de passage en régie de l'eau potable : présentation de l'étude comparative ; la commission émet un avis favorable au principe de la régie par 6 voix contre 2."),
    ("p", "4. Questions diverses : l'UFC-Que Choisir a demandé la publication en ligne des rapports des délégataires dans un format ouvert ; la présidente a donné son accord pour l'exercice suivant. Le conseil citoyen des Résidences a signalé la difficulté pour les familles modestes d'accéder au tarif réduit de la restauration scolaire, faute d'information ; une campagne sera menée à la rentrée avec les centres sociaux. La représentante de l'association des paralysés de France a salué l'installation de bornes de recharge accessibles dans les parkings en ouvrage."),
    ("p", "Le compte rendu est joint aux délibérations du conseil municipal du 27 juin."),
]

DOCX["p077_deliberation_memoire.docx"] = [
    ("title", "VILLE DE NANTES – Conseil municipal du 4 octobre"),
    ("p", "Délibération n° 2024-157 – Pose d'une plaque commémorative en hommage aux victimes de la rafle du 15 juillet 1942 et aux enfants juifs déportés de Nantes"),
    ("p", "Rapporteur : M. Olivier Chatel, adjoint délégué à la mémoire"),
    ("p", "Le 15 juillet 1942, 55 Juifs de Nantes et de Loire-Inférieure, hommes et femmes, furent arrêtés par la police allemande avec le concours de l'administration française, regroupés à la gare d'État puis déportés à Auschwitz par le convoi n° 8 du 20 juillet 1942. En septembre 1942, puis en 1944, d'autres arrestations frappèrent les familles, dont de nombreux enfants. Les travaux menés par l'association des Fils et Filles de déportés juifs de France, fondée par Serge et Beate Klarsfeld, et par les archives départementales ont permis d'établir une liste de 31 enfants nés ou ayant vécu à Nantes, déportés et assassinés."),
    ("table", [["Élément", "Détail"],
               ["Emplacement", "Parvis de la gare de Nantes, côté nord"],
               ["Inscription", "« À la mémoire des Juifs de Nantes arrêtés et déportés, parmi lesquels 31 enfants. N'oublions jamais. »"],
               ["Inauguration", "Dimanche 20 juillet, journée nationale à la mémoire des victimes des crimes racistes et antisémites de l'État français"],
               ["Coût", "6 400 € TTC"]]),
    ("p", "Le projet a été élaboré avec le consistoire israélite de Nantes, l'association des amis de la Fondation pour la mémoire de la déportation et le collège Aristide-Briand, dont les élèves ont mené un travail de recherche sur les enfants déportés."),
    ("p", "M. Julien Bainville (groupe « Nantes Ensemble ») a salué une initiative « nécessaire face à la montée de l'antisémitisme ». Mme la Maire a rappelé le discours du Vél' d'Hiv prononcé par le président de la République en 1995."),
    ("p", "Vote : unanimité."),
]

DOCX["p078_deliberation_cession.docx"] = [
    ("title", "COMMUNE DE SAINT-LOUIS (Haut-Rhin)"),
    ("p", "Extrait du procès-verbal des délibérations du conseil municipal – Séance du 20 mars – Point n° 9"),
    ("p", "Objet : cession d'un terrain de la zone d'activités du Technoport à la société Hartmann Pharma SAS"),
    ("p", "Rapporteur : M. Jean-Marc Dietrich, maire"),
    ("p", "La société Hartmann Pharma SAS, filiale française d'un groupe suisse de production de médicaments génériques, souhaite construire sur la zone du Technoport une unité de conditionnement de 8 500 m² et y transférer 140 emplois, avec 60 créations de postes annoncées d'ici 2027."),
    ("table", [["Parcelle", "Surface", "Prix", "Avis des Domaines"],
               ["Section 42 n° 318", "2,4 ha", "45 € HT/m²", "42 € HT/m² (avis du 12 janvier)"],
               ["Section 42 n° 319", "0,6 ha", "45 € HT/m²", "idem"]]),
    ("p", "Prix total de cession : 1 350 000 € HT. L'acte comportera une clause de retour en cas d'absence de construction dans un délai de quatre ans et une clause d'interdiction de revente sans accord de la commune pendant dix ans."),
    ("p", "M. Pascal Weiss (groupe « Saint-Louis Citoyen ») a interrogé le maire sur les risques industriels. Le maire a précisé que l'activité, de conditionnement et non de synthèse, relève du régime de la déclaration au titre des installations classées."),
    ("p", "M. le Maire a rappelé que l'arrivée de l'entreprise s'inscrit dans la stratégie de développement de la zone du Technoport, à proximité immédiate de l'EuroAirport et de la frontière suisse, où sont déjà installées 38 entreprises employant 1 600 salariés. La société s'est engagée, dans la promesse de vente, à recourir prioritairement à France Travail et à la mission locale pour les recrutements, et à accueillir des apprentis du lycée Jean-Mermoz. La communauté d'agglomération réalisera les travaux de voirie et de desserte par le bus, pour un montant de 420 000 €."),
    ("p", "Le conseil municipal, après en avoir délibéré, APPROUVE la cession au prix de 1 350 000 € HT et AUTORISE le maire à signer l'acte authentique. Vote : 31 pour, 2 abstentions."),
]

DOCX["p079_appel_projets.docx"] = [
    ("title", "CONTRAT DE VILLE « ENGAGEMENTS QUARTIERS 2030 » – AGGLOMÉRATION DE MONTARGIS"),
    ("p", "Appel à projets 2025 – Quartiers prioritaires : Plateau, Chautemps, Kennedy, Vésines"),
    ("p", "Porteurs éligibles : associations, établissements publics, bailleurs sociaux, collectivités. Date limite de dépôt : 15 janvier, sur la plateforme Dauphin."),
    ("p", "Contexte : les quatre quartiers prioritaires comptent 11 200 habitants. Le revenu médian y est de 11 400 € par an, le taux de chômage des 15-24 ans de 38 %, et 41 % des ménages sont allocataires de la CAF. La part de la population étrangère y est de 21 %, contre 7 % dans l'agglomération."),
    ("table", [["Priorité", "Exemples d'actions attendues"],
               ["Emploi et insertion", "Repérage des jeunes invisibles, permis de conduire, clauses d'insertion"],
               ["Éducation", "Accompagnement à la scolarité, parentalité, lutte contre le harcèlement"],
               ["Santé", "Accès aux droits, santé mentale des jeunes, prévention des addictions, dépistage des cancers"],
               ["Tranquillité et citoyenneté", "Médiation sociale, prévention de la délinquance, égalité filles-garçons, apprentissage du français"],
               ["Cadre de vie", "Jardins partagés, gestion urbaine de proximité"]]),
    ("p", "Critères : implication des habitants, partenariat, cofinancements, évaluation. Une attention particulière sera portée aux projets en direction des femmes isolées, des personnes âgées immigrées (« chibanis ») et des familles monoparentales."),
    ("p", "Financeurs : État (crédits politique de la ville, 410 000 €), Agglomération (180 000 €), Département, CAF du Loiret."),
    ("p", "Bilan de l'appel à projets précédent : 54 actions financées portées par 31 structures, dont un atelier de français pour 120 mères de famille, des permanences d'accès aux droits dans les halls d'immeubles, un programme de prévention des rixes avec le club de boxe, une action de dépistage du diabète avec le centre de santé et des sorties culturelles pour les personnes âgées isolées. 72 % des participants résidaient dans un quartier prioritaire. Les porteurs devront transmettre un bilan quantitatif et qualitatif avant le 31 mars de l'année suivante ; aucune donnée nominative sur les participants ne doit y figurer."),
    ("p", "Réunion d'information : 2 décembre à 18 h, centre social du Plateau. Contact : délégué du préfet et chef de projet contrat de ville."),
]

# ---------------------------------------------------------------- sovereign html

HTML["s027_intranet_actualites.html"] = ("Intranet – Les brèves de la semaine", """
<header><p>Intranet de la Ville de Montluçon – Rubrique « Vie des services »</p></header>
<main>
<h1>Les brèves de la semaine n° 38</h1>
<h2>Bienvenue</h2>
<p>Nous souhaitons la bienvenue à Kévin Aubry, nouveau jardinier au service des espaces verts, et à Laetitia Perrin, chargée d'accueil à la mairie annexe de Fontbouillant.</p>
<h2>Départs</h2>
<p>Après 37 ans de service, Monique Laurent, agente de restauration à l'école Jean-Zay, fait valoir ses droits à la retraite. Un pot sera organisé le vendredi 27 septembre à 16 h au restaurant scolaire.</p>
<h2>Au service état civil</h2>
<p>Aurélie Morin, officier d'état civil, nous quittera à partir du 14 octobre : elle attend des jumeaux pour Noël et sa gynécologue lui a prescrit le repos complet, allongée, jusqu'à la naissance. Toute l'équipe lui souhaite beaucoup de courage et de repos ! Pendant son absence, les dossiers de mariage sont suivis par Nadia.</p>
<h2>Sport</h2>
<p>L'équipe de la Ville a terminé 4e du challenge inter-entreprises de course à pied. Bravo aux 22 coureurs !</p>
<h2>Rappel</h2>
<p>Le formulaire de demande de télétravail pour 2025 est disponible dans l'espace RH jusqu'au 15 octobre.</p>
</main>
<footer><p>Contenu réservé aux agents – ne pas diffuser à l'extérieur.</p></footer>
""")

HTML["s028_message_domiciliation.html"] = ("Re: domiciliation – dossier 2024-0412", """
<div class="mail">
<p><b>De :</b> Élodie Garnier &lt;e.garnier@ccas-poitiers.fr&gt;<br>
<b>À :</b> Accueil CADA Poitiers &lt;accueil.cada86@xx.org&gt;<br>
<b>Date :</b> jeudi 14 novembre, 10:26<br>
<b>Objet :</b> Re: domiciliation – dossier 2024-0412</p>
<p>Bonjour Samir,</p>
<p>Je reviens vers vous pour Mme Aïcha Traoré, que vous nous aviez orientée en 2019.</p>
<p>Bonne nouvelle : elle est passée ce matin au CCAS, très émue. Après cinq années de récépissés de trois mois et deux refus de la préfecture, elle a enfin obtenu sa carte de résident, grâce à la décision de la CNDA qui lui a reconnu la protection subsidiaire au printemps. Elle peut désormais signer un bail et s'inscrire à France Travail sans attendre chaque renouvellement.</p>
<p>En conséquence, nous allons clôturer sa domiciliation administrative au CCAS au 30 novembre, puisqu'elle emménage le 1er décembre dans un T2 de Habitat de la Vienne, à Bellejouanne. Pouvez-vous me confirmer que vous n'avez plus de courrier pour elle à votre adresse ?</p>
<p>Elle aimerait aussi récupérer l'original de son acte de naissance guinéen, que vous aviez conservé pour la procédure OFPRA.</p>
<p>Merci et bonne journée,</p>
<p>Élodie Garnier<br>Conseillère en insertion – pôle accès aux droits<br>CCAS de Poitiers</p>
</div>
""")

HTML["s029_message_dispositif.html"] = ("TR: Manifestation samedi – dispositif", """
<div class="mail">
<p><b>De :</b> Cabinet du préfet – bureau de l'ordre public<br>
<b>À :</b> Police municipale de Rennes – chef de service ; DGS Ville de Rennes<br>
<b>Date :</b> jeudi 16 mai, 17:52<br>
<b>Objet :</b> TR: Manifestation samedi 18/05 – dispositif<br>
<b>Mention :</b> Diffusion restreinte</p>
<p>Mesdames, Messieurs,</p>
<p>Pour votre information et la coordination avec vos effectifs, voici les éléments du dispositif arrêté pour la manifestation déclarée samedi à 14 h (parcours : esplanade Charles-de-Gaulle, boulevard de la Liberté, place de Bretagne, retour Charles-de-Gaulle).</p>
<ul>
<li>3 compagnies de CRS (CRS 13, 41 et 52) et 2 escadrons de gendarmes mobiles ; PC opérationnel à l'hôtel de police, boulevard de la Tour-d'Auvergne ;</li>
<li>points de blocage fixes : pont de Nemours (1 section), rue d'Isly au niveau de la place Honoré-Commeurec (1 section), accès au centre historique par la rue Le Bastard (barrières + 1 section) ;</li>
<li>réserve d'intervention stationnée cour de la caserne Guines à partir de 12 h 30 ;</li>
<li>drone de la DIPN autorisé de 13 h à 20 h ;</li>
<li>renseignement : environ 200 individus à risque signalés, dont une partie venue de Nantes, susceptibles de former un cortège de tête.</li>
</ul>
<p>Il vous est demandé de retirer le mobilier urbain déplaçable sur le parcours avant 11 h et de ne pas positionner d'agents de la police municipale au-delà de la place de la République. Fréquence radio commune : canal 6 (indicatif « RENNES PC »).</p>
<p>Ces informations ne doivent pas être diffusées au-delà des destinataires.</p>
<p>Le directeur de cabinet</p>
</div>
""")

HTML["s030_formulaire_reservation.html"] = ("Réservation de salle – demande en ligne n° 24-0871", """
<h1>Ville de Roubaix – Réservation de salles municipales</h1>
<h2>Demande en ligne n° 24-0871 – reçue le 02/04 à 21:14</h2>
<form>
<fieldset><legend>Demandeur</legend>
<p>Nom : <input value="BELKACEM"> Prénom : <input value="Sofiane"></p>
<p>Adresse : <input value="27 rue de l'Épeule, 59100 Roubaix"></p>
<p>Téléphone : <input value="06 xx xx xx 82"></p>
<p>Qualité : <input value="Particulier"></p>
</fieldset>
<fieldset><legend>Réservation</legend>
<p>Salle souhaitée : <input value="Salle de quartier de l'Alma"></p>
<p>Date : <input value="samedi 13 avril"> Horaires : <input value="18 h – 23 h"></p>
<p>Nombre de personnes : <input value="80"></p>
<p>Objet de la manifestation : <textarea>Mon père est décédé le 28 mars et a été inhumé au pays. Nous souhaitons réunir la famille et les voisins pour le repas du quarantième jour et une lecture du Coran par l'imam de la mosquée Abou-Bakr, comme le veut notre tradition. Il n'y aura ni musique ni alcool. Nous préparons le couscous nous-mêmes.</textarea></p>
</fieldset>
<p>Tarif appliqué : particulier roubaisien – 95 €</p>
<p><input type="checkbox" checked> J'ai pris connaissance du règlement des salles.</p>
</form>
""")

# ---------------------------------------------------------------- public html

HTML["p080_actualite_maison_sante.html"] = ("Inauguration de la maison de santé pluriprofessionnelle", """
<article>
<h1>La maison de santé de Lamballe-Armor a été inaugurée</h1>
<p class="date">Publié le 16 septembre – Actualités</p>
<p>Samedi matin, la nouvelle maison de santé pluriprofessionnelle du quartier de Saint-Martin a été inaugurée en présence du préfet des Côtes-d'Armor, du directeur de la délégation départementale de l'agence régionale de santé, du président de Lamballe Terre &amp; Mer et de nombreux professionnels de santé.</p>
<p>Le bâtiment de 1 200 m², conçu par l'agence Nomade Architectes, réunit 6 médecins généralistes, dont deux nouvellement installés, 4 infirmières, 2 sages-femmes, 3 kinésithérapeutes, une orthophoniste, une diététicienne, une psychologue et un podologue. Un cabinet est réservé aux internes en médecine générale, que les praticiens accueillent comme maîtres de stage.</p>
<p>Coût de l'opération : 2,9 millions d'euros, financés par la commune (48 %), l'État au titre de la dotation de soutien à l'investissement local (22 %), la Région (15 %) et le Département (15 %). Les professionnels louent les locaux à la commune.</p>
<h2>Un projet de santé pour le territoire</h2>
<p>Au-delà des consultations, l'équipe porte un projet de santé commun : suivi des patients atteints de diabète et d'insuffisance cardiaque par des infirmières en pratique avancée, éducation thérapeutique, consultations de prévention pour les jeunes, dépistage des cancers, accompagnement des femmes enceintes et des jeunes mères. Une permanence mensuelle d'un psychiatre du centre hospitalier de Saint-Brieuc sera assurée sur place pour les patients suivis par leur médecin traitant.</p>
<p>« Plus de 3 000 habitants de la commune n'avaient pas de médecin traitant. Cette maison de santé est une réponse concrète, mais le combat contre les déserts médicaux continue », a souligné le maire, Philippe Hervouët.</p>
<p>Le docteur Claire Le Gac, coordinatrice de la maison de santé, a remercié les élus et rappelé que l'équipe accepte de nouveaux patients depuis le 1er septembre, en priorité les personnes âgées de plus de 70 ans et les patients atteints d'une affection de longue durée sans médecin traitant.</p>
<p>Prise de rendez-vous : 02 96 xx xx xx ou sur Doctolib.</p>
</article>
""")

HTML["p081_resultats_election.html"] = ("Élection municipale partielle – résultats du second tour", """
<h1>Élection municipale partielle intégrale de Villeneuve-le-Comte-sur-Yerres</h1>
<p>Résultats officiels du second tour – dimanche 12 mai – proclamés par le président du bureau centralisateur</p>
<table>
<tr><th>Inscrits</th><td>15 862</td></tr>
<tr><th>Votants</th><td>6 741 (42,50 %)</td></tr>
<tr><th>Blancs</th><td>142</td></tr>
<tr><th>Nuls</th><td>98</td></tr>
<tr><th>Exprimés</th><td>6 501</td></tr>
</table>
<h2>Résultats par liste</h2>
<table>
<tr><th>Liste</th><th>Tête de liste</th><th>Nuance</th><th>Voix</th><th>%</th><th>Sièges</th></tr>
<tr><td>Villeneuve en commun</td><td>M. Olivier Castaing</td><td>LUG</td><td>2 812</td><td>43,26 %</td><td>26</td></tr>
<tr><td>Villeneuve Renouveau</td><td>Mme Sandrine Leduc</td><td>LDVD</td><td>2 437</td><td>37,49 %</td><td>6</td></tr>
<tr><td>Rassemblement pour Villeneuve</td><td>M. Gérard Pommier</td><td>LRN</td><td>1 252</td><td>19,26 %</td><td>3</td></tr>
</table>
<p>Sièges au conseil communautaire du Grand-Orly Seine Bièvre : 4 pour la liste « Villeneuve en commun », 1 pour la liste « Villeneuve Renouveau ».</p>
<p>Cette élection faisait suite à la démission de plus de la moitié des membres du conseil municipal en février.</p>
<p>L'installation du nouveau conseil municipal et l'élection du maire et des adjoints auront lieu le vendredi 17 mai à 19 h, salle André-Malraux. La séance est publique.</p>
<p>Les procès-verbaux des bureaux de vote peuvent être consultés en préfecture par tout électeur dans les dix jours suivant l'élection.</p>
""")

HTML["p082_offre_emploi_social.html"] = ("Offre d'emploi – Travailleur social (H/F)", """
<article>
<h1>Travailleur social – accompagnement des bénéficiaires du RSA (H/F)</h1>
<p><b>Employeur :</b> Département de la Haute-Vienne – Direction de l'insertion<br>
<b>Lieu :</b> Maison du Département de Saint-Junien<br>
<b>Cadre d'emplois :</b> assistants socio-éducatifs (catégorie A)<br>
<b>Date limite de candidature :</b> 30 juin</p>
<h2>Vos missions</h2>
<ul>
<li>Accompagner un portefeuille d'environ 70 allocataires du revenu de solidarité active dans la construction de leur parcours d'insertion sociale et professionnelle ;</li>
<li>élaborer avec eux le contrat d'engagements réciproques et en assurer le suivi ;</li>
<li>mobiliser les dispositifs d'accès aux droits, au logement, à la santé et à la mobilité ;</li>
<li>repérer les situations de vulnérabilité (violences, troubles psychiques, addictions, surendettement) et orienter vers les partenaires spécialisés ;</li>
<li>participer aux équipes pluridisciplinaires et aux instances de concertation avec France Travail.</li>
</ul>
<h2>Votre profil</h2>
<ul>
<li>Diplôme d'État d'assistant de service social, de conseiller en économie sociale et familiale ou d'éducateur spécialisé ;</li>
<li>connaissance des politiques d'insertion et du droit des étrangers appréciée ;</li>
<li>capacité d'écoute, discrétion, respect du secret professionnel ;</li>
<li>permis B indispensable (déplacements fréquents en zone rurale).</li>
</ul>
<h2>Ce que nous offrons</h2>
<p>Rémunération statutaire et régime indemnitaire, prime Ségur, titres-restaurant, télétravail possible un jour par semaine, supervision mensuelle par un psychologue, plan de formation.</p>
<p>Le Département est engagé dans une démarche de recrutement sans discrimination et accueille les candidatures des personnes en situation de handicap (aménagement des épreuves sur demande).</p>
<p>Candidature en ligne sur haute-vienne.fr/recrutement – renseignements : service insertion, 05 55 xx xx xx.</p>
</article>
""")

HTML["p083_ordre_du_jour_conseil.html"] = ("Conseil municipal du 27 juin – ordre du jour", """
<nav>Accueil &gt; Ma ville &gt; Conseil municipal &gt; Séances</nav>
<h1>Conseil municipal du jeudi 27 juin à 19 h</h1>
<p>Hôtel de Ville de Vaulx-en-Velin – salle du conseil. Séance publique, retransmise en direct.</p>
<h2>Ordre du jour</h2>
<ol>
<li>Désignation du secrétaire de séance</li>
<li>Approbation du procès-verbal de la séance du 23 mai</li>
<li>Compte administratif 2023 et affectation du résultat</li>
<li>Subventions aux associations – 2e répartition (dont Secours populaire, association des familles d'enfants autistes « Autisme Rhône-Lyon », Association culturelle franco-turque, amicale des anciens d'Algérie)</li>
<li>Convention avec l'État pour le centre d'accueil de jour des femmes victimes de violences</li>
<li>Plan de prévention de la radicalisation et des dérives sectaires – convention avec la préfecture (présentation)</li>
<li>Mise à disposition d'un terrain à l'association cultuelle de l'église évangélique du Mas-du-Taureau – bail emphytéotique</li>
<li>Création d'un cimetière intercommunal – adhésion au syndicat mixte</li>
<li>Tarifs des accueils de loisirs – été</li>
<li>Dénomination du gymnase Henri-Barbusse « gymnase Mohamed-Ali »</li>
<li>Motion relative au maintien du service de pédopsychiatrie de l'hôpital de secteur</li>
<li>Questions orales</li>
</ol>
<p>Documents préparatoires : disponibles en téléchargement 5 jours francs avant la séance.</p>
<p>Les personnes en situation de handicap souhaitant assister à la séance peuvent signaler leurs besoins (boucle magnétique, interprète LSF) au secrétariat général.</p>
""")

HTML["p084_hommage_ancien_maire.html"] = ("Disparition de Pierre Mauroy – hommage", """
<article>
<h1>La Ville rend hommage à Pierre Mauroy</h1>
<p class="date">Archives – actualité publiée le 8 juin 2013</p>
<p>Pierre Mauroy, maire de Lille de 1973 à 2001, Premier ministre de 1981 à 1984, sénateur du Nord et président de la communauté urbaine de Lille, s'est éteint le vendredi 7 juin 2013 à l'âge de 84 ans.</p>
<p>Fils d'instituteur, né à Cartignies, dans l'Avesnois, il avait consacré sa vie au socialisme municipal et à la métropole lilloise. On lui doit notamment le métro automatique VAL, l'arrivée du TGV et la gare Lille-Europe, Euralille et le lien avec le tunnel sous la Manche. Premier ministre de François Mitterrand, il a porté l'abolition de la peine de mort, la retraite à 60 ans, la cinquième semaine de congés payés et les lois de décentralisation.</p>
<h2>Les hommages</h2>
<p>Un registre de condoléances est ouvert à l'Hôtel de Ville, ainsi que dans les mairies de quartier. Les drapeaux des bâtiments municipaux sont mis en berne.</p>
<p>Un hommage national sera rendu aux Invalides, en présence du président de la République.</p>
<p>Martine Aubry lui avait succédé à la mairie en 2001. Le conseil municipal observera une minute de silence lors de sa prochaine séance.</p>
<p>Le conseil municipal sera invité à donner son nom à un lieu emblématique de la ville.</p>
</article>
""")

HTML["p085_actualite_maternite.html"] = ("Maternité de Guingamp : la mobilisation continue", """
<article>
<h1>Maternité : la Ville et le collectif de défense appellent à un nouveau rassemblement</h1>
<p class="date">Publié le 3 octobre – Ville de Guingamp</p>
<p>Le 13 septembre, l'agence régionale de santé de Bretagne a confirmé la fermeture définitive de l'activité d'accouchement de la maternité du centre hospitalier de Guingamp, suspendue depuis le mois de mai. Les 6 gynécologues-obstétriciens nécessaires à la permanence des soins n'ont pas pu être recrutés. Un centre périnatal de proximité sera maintenu pour les consultations, les échographies, la préparation à la naissance et le suivi post-natal.</p>
<p>La Ville, le conseil de surveillance de l'hôpital et le collectif « Maternité Guingamp » contestent cette décision. Les femmes enceintes du territoire doivent désormais accoucher à Saint-Brieuc, Lannion ou Morlaix, soit parfois plus de 50 minutes de route.</p>
<h2>Les chiffres</h2>
<ul>
<li>612 accouchements par an en 2019, 430 en 2023 ;</li>
<li>27 000 femmes en âge d'avoir des enfants dans le bassin de vie ;</li>
<li>3 accouchements inopinés hors maternité signalés depuis mai dans le secteur, selon les pompiers.</li>
</ul>
<h2>Rassemblement samedi 12 octobre</h2>
<p>Un rassemblement est organisé samedi 12 octobre à 11 h devant le centre hospitalier, avec les sages-femmes, les élus du territoire et les associations. « Nous ne lâcherons rien. Une maternité, ce n'est pas un service comme un autre : c'est le début de la vie sur un territoire », a déclaré le maire, Philippe Le Guern.</p>
<p>Le député de la circonscription a interpellé le ministre de la santé lors des questions au gouvernement du 1er octobre. Le ministre a annoncé une mission d'inspection sur l'organisation de la périnatalité dans les Côtes-d'Armor.</p>
<p>Une pétition en ligne a recueilli plus de 18 000 signatures.</p>
</article>
""")

HTML["p086_faq_aides.html"] = ("Les aides du CCAS – questions fréquentes", """
<h1>CCAS de Besançon – Les aides facultatives : vos questions</h1>
<details open><summary>Qui peut demander une aide ?</summary>
<p>Toute personne résidant à Besançon depuis au moins trois mois, quelle que soit sa nationalité, dont les ressources après paiement des charges (le « reste à vivre ») sont inférieures à 12 € par jour et par personne du foyer.</p></details>
<details open><summary>Quelles aides ?</summary>
<ul>
<li>aide alimentaire d'urgence (chèques d'accompagnement personnalisé) ;</li>
<li>aide au paiement de l'énergie et de l'eau, en complément du Fonds de solidarité logement ;</li>
<li>aide à la mobilité (abonnement Ginko, réparation de véhicule nécessaire au travail) ;</li>
<li>aide aux frais d'obsèques lorsque la famille ne peut y faire face ;</li>
<li>microcrédit personnel accompagné, avec le Crédit municipal.</li>
</ul></details>
<details open><summary>Comment faire ?</summary>
<p>Prenez rendez-vous avec un travailleur social du CCAS ou de la Maison départementale des solidarités. Il évaluera votre situation avec vous et présentera votre demande, sous forme anonymisée, à la commission des aides, qui se réunit chaque semaine.</p></details>
<details open><summary>Quels justificatifs ?</summary>
<p>Pièce d'identité ou titre de séjour (un récépissé suffit), justificatifs de ressources des trois derniers mois, quittance de loyer, factures concernées. Si vous êtes sans domicile stable, le CCAS peut vous domicilier.</p></details>
<details open><summary>Mes informations sont-elles confidentielles ?</summary>
<p>Oui. Les agents du CCAS sont tenus au secret professionnel (article L. 133-5 du code de l'action sociale et des familles). Vos informations ne sont jamais communiquées à votre employeur, à votre bailleur ou à la préfecture.</p></details>
<details open><summary>Quelques chiffres</summary>
<p>En 2023, le CCAS a accordé 4 820 aides pour un montant de 612 000 €. 61 % des demandeurs étaient des personnes seules, 27 % des familles monoparentales.</p></details>
<p>Contact : CCAS, 2 rue Mégevand – 03 81 xx xx xx – du lundi au vendredi, 8 h 30 – 12 h / 13 h 30 – 17 h.</p>
""")

HTML["p087_avis_marche.html"] = ("Avis de marché – Gardiennage et sécurité des bâtiments", """
<h1>Avis de marché – Services</h1>
<p><b>Acheteur :</b> Ville de Toulon – Direction de la commande publique, avenue de la République, 83000 Toulon</p>
<p><b>Objet :</b> prestations de gardiennage, de surveillance et de sécurité incendie (SSIAP) des bâtiments et manifestations de la Ville</p>
<p><b>Procédure :</b> appel d'offres ouvert – accord-cadre à bons de commande, mono-attributaire par lot</p>
<table>
<tr><th>Lot</th><th>Désignation</th><th>Montant maximum annuel HT</th></tr>
<tr><td>1</td><td>Gardiennage de l'Hôtel de Ville et des mairies d'honneur</td><td>480 000 €</td></tr>
<tr><td>2</td><td>Sécurité incendie (SSIAP 1 à 3) des équipements culturels (opéra, Châteauvallon)</td><td>360 000 €</td></tr>
<tr><td>3</td><td>Sécurisation des manifestations (fêtes de la mer, marchés de Noël, feux d'artifice)</td><td>290 000 €</td></tr>
<tr><td>4</td><td>Rondes d'intervention sur alarme (bâtiments scolaires et sportifs)</td><td>140 000 €</td></tr>
</table>
<p><b>Durée :</b> un an, reconductible trois fois.</p>
<p><b>Conditions de participation :</b> autorisation d'exercer délivrée par le Conseil national des activités privées de sécurité (CNAPS) ; cartes professionnelles des agents ; attestations d'assurance ; chiffre d'affaires minimal de 1 M€ pour les lots 1 et 2.</p>
<p><b>Critères :</b> valeur technique 55 % (dont encadrement et formation des agents 20 %, méthodologie 25 %, clause sociale 10 %), prix 45 %.</p>
<p><b>Clause sociale :</b> réservation de 5 % des heures à des personnes éloignées de l'emploi.</p>
<p><b>Remise des offres :</b> au plus tard le 28 octobre à 12 h sur le profil d'acheteur. Les consignes de sécurité détaillées des sites seront remises au seul attributaire après notification, contre engagement de confidentialité.</p>
<p><b>Recours :</b> tribunal administratif de Toulon, 5 rue Racine.</p>
""")

HTML["p088_tribune_groupes.html"] = ("Le Mag – Tribunes des groupes politiques", """
<h1>Expression des groupes du conseil municipal</h1>
<p><i>Conformément à l'article L. 2121-27-1 du CGCT, un espace est réservé dans chaque numéro aux groupes d'élus. Les textes sont publiés sous la responsabilité de leurs auteurs.</i></p>
<section>
<h2>Groupe « Ensemble pour Cergy » (majorité)</h2>
<p>Cet été, nos services ont ouvert 4 îlots de fraîcheur, accueilli 1 200 enfants dans les centres de loisirs et lancé le chantier de la nouvelle piscine. Pendant que l'opposition critique, nous agissons. Notre priorité reste la sécurité : 12 nouveaux policiers municipaux prendront leurs fonctions en octobre.</p>
<p>Jean-Paul Jourdan et les élus de la majorité</p>
</section>
<section>
<h2>Groupe « Cergy Écologie Solidarité »</h2>
<p>Fermeture de la maternité de l'hôpital de Pontoise la nuit, urgences pédiatriques saturées, centres de PMI sans médecin : la santé des familles cergyssoises se dégrade et la majorité reste silencieuse. Nous demandons un conseil municipal extraordinaire consacré à la santé et un vœu pour le maintien des services hospitaliers.</p>
<p>Keltoum Rachdi, Thomas Lebrun, Anne Maillard</p>
</section>
<section>
<h2>Groupe « Cergy d'abord »</h2>
<p>Le rapport de la chambre régionale des comptes pointe une dette de 148 M€ et des subventions distribuées sans évaluation. La hausse de 8 % des tarifs de la cantine est une faute. Nous voterons contre le budget supplémentaire. Et nous demandons toujours la transparence sur le projet de mosquée des Hauts-de-Cergy : qui finance ?</p>
<p>Gérard Lambert, pour le groupe</p>
</section>
<section>
<h2>Élue non inscrite</h2>
<p>Je salue les 300 bénévoles de la banque alimentaire et le courage des soignants. La solidarité n'a pas d'étiquette.</p>
<p>Sophie Delorme</p>
</section>
""")

HTML["p089_bilan_securite_routiere.html"] = ("Bilan 2023 de la sécurité routière dans le Var", """
<article>
<h1>Sécurité routière : le bilan 2023 dans le Var</h1>
<p class="date">Communiqué de la préfecture du Var – 24 janvier</p>
<p>En 2023, 67 personnes ont perdu la vie sur les routes du Var, contre 74 en 2022. Le nombre d'accidents corporels s'établit à 1 482 et celui des blessés à 1 861, dont 612 hospitalisés.</p>
<table>
<tr><th>Catégorie d'usagers tués</th><th>2022</th><th>2023</th></tr>
<tr><td>Automobilistes</td><td>29</td><td>24</td></tr>
<tr><td>Motocyclistes</td><td>26</td><td>23</td></tr>
<tr><td>Cyclomotoristes et usagers d'EDP</td><td>6</td><td>7</td></tr>
<tr><td>Cyclistes</td><td>5</td><td>4</td></tr>
<tr><td>Piétons</td><td>8</td><td>9</td></tr>
</table>
<h2>Les causes</h2>
<p>La vitesse excessive reste la première cause des accidents mortels (31 %), devant l'alcool (27 %) et les stupéfiants (19 %), ces deux facteurs étant souvent associés. 11 % des conducteurs impliqués dans un accident mortel utilisaient leur téléphone. Les jeunes de 18 à 24 ans représentent 21 % des tués, alors qu'ils ne constituent que 8 % de la population.</p>
<h2>Les contrôles</h2>
<p>Les forces de l'ordre ont réalisé 162 000 dépistages d'alcoolémie et 14 200 dépistages de stupéfiants. 5 840 permis de conduire ont été suspendus.</p>
<p>« Chaque mort sur la route est un drame pour une famille. Je demande à chacun de lever le pied et de ne jamais prendre le volant après avoir bu », a déclaré le préfet.</p>
<p>Le document général d'orientations 2024-2028 prévoit des actions ciblées vers les deux-roues motorisés et les seniors.</p>
</article>
""")

HTML["p090_patrimoine_eglise.html"] = ("Journées européennes du patrimoine – lieux de culte", """
<article>
<h1>Journées du patrimoine : les lieux de culte de Strasbourg vous ouvrent leurs portes</h1>
<p class="date">Publié le 9 septembre – Ville et Eurométropole de Strasbourg</p>
<p>Les 21 et 22 septembre, une trentaine d'édifices religieux de Strasbourg participent aux Journées européennes du patrimoine. En Alsace-Moselle, où s'applique le régime concordataire, les cultes catholique, luthérien, réformé et israélite sont reconnus ; les communes participent à l'entretien de nombreux édifices.</p>
<h2>Parmi les lieux à découvrir</h2>
<ul>
<li><b>La cathédrale Notre-Dame</b> : visites de la plateforme et de l'horloge astronomique, présentation du chantier de restauration de la tour nord ;</li>
<li><b>L'église Saint-Thomas</b>, « cathédrale du protestantisme alsacien », où se trouve le mausolée du maréchal de Saxe ; concert d'orgue sur l'instrument joué par Albert Schweitzer ;</li>
<li><b>La synagogue de la Paix</b>, reconstruite en 1958 après la destruction de l'ancienne synagogue du quai Kléber par les nazis en 1940 ; visites guidées par des bénévoles de la communauté (pièce d'identité demandée) ;</li>
<li><b>La Grande Mosquée de Strasbourg</b>, inaugurée en 2012, œuvre de l'architecte italien Paolo Portoghesi ; visites toutes les heures, tenue correcte exigée ;</li>
<li><b>La cathédrale orthodoxe Tous-les-Saints</b> et ses bulbes dorés ;</li>
<li><b>Le temple Neuf</b> et sa collection de peintures murales.</li>
</ul>
<p>Une exposition « Strasbourg, ville de cultes et de culture » est présentée aux Archives de la Ville et de l'Eurométropole, avec des documents sur l'histoire de la Réforme et de la communauté juive alsacienne.</p>
<p>Accès gratuit. Programme complet sur strasbourg.eu et à l'office de tourisme. Certaines visites affichent complet : réservez.</p>
</article>
""")


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
