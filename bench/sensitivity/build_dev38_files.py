"""Build the .docx and .html documents of the hand-written sensitivity set dev38.

Theme: higher education and research (a public university, a CROUS and a research organisation):
Parcoursup appeals, scholarships, disability accommodations, disciplinary sections and exam fraud,
theses and juries, recruitment committees, researchers' evaluations, research contracts and patents,
ethics committees and clinical research, lab safety, international students, student housing,
harassment units, council minutes, calls for projects, course catalogues and press releases.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev38_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev38"
FIXED = dt.datetime(2025, 12, 8, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_section_disciplinaire_plagiat_these.docx"] = [
    ("title", "Section disciplinaire du conseil académique — rapport de la commission d'instruction"),
    para("""Université Rhône-Cévennes. Affaire n° 2025-U-11. Personne poursuivie : M. Cédric Vergnes,
    doctorant inscrit en quatrième année à l'école doctorale 584, laboratoire d'histoire des sciences.
    Saisine du président de l'université du 3 juin 2025, sur signalement du directeur de l'école
    doctorale. Rapporteurs : Mme Odile Sarda, professeure, et M. Kevin Azaïs, représentant des usagers."""),
    ("h", "1. Rappel de la procédure"),
    para("""La commission d'instruction a été constituée le 10 juin 2025. M. Vergnes a été convoqué par
    lettre recommandée du 16 juin pour une audition le 3 juillet ; il a pris connaissance de son
    dossier le 24 juin, assisté de son avocat, Me Laurent Pagès. Le directeur de thèse, M. Henri
    Castex, le directeur de l'école doctorale et deux membres du comité de suivi individuel ont été
    entendus comme témoins. La commission a également sollicité l'avis écrit d'un expert extérieur,
    M. Pierre Lhuillier, maître de conférences en histoire des sciences à l'université de Lyon."""),
    ("h", "2. Les faits"),
    para("""Le manuscrit de thèse intitulé « Les instruments de mesure dans les manufactures languedociennes
    au XVIIIe siècle » a été déposé le 14 avril 2025 en vue d'une soutenance prévue le 20 juin. Le
    contrôle systématique réalisé par le service commun de la documentation avec le logiciel de
    détection de similitudes a fait apparaître un taux global de 27 %, concentré dans les chapitres
    2 et 4. Le rapport de l'expert établit que 41 pages reprennent, sans guillemets ni référence, des
    passages d'une thèse soutenue à l'université de Montpellier en 1998 et non numérisée, dont une
    copie papier est conservée à la bibliothèque interuniversitaire ; que les notes de bas de page
    de ces passages renvoient aux mêmes cotes d'archives, y compris deux cotes erronées dans la thèse
    de 1998 ; et que plusieurs tableaux statistiques ont été reproduits en modifiant seulement leur
    présentation."""),
    para("""Lors de son audition, M. Vergnes a reconnu avoir « largement utilisé » la thèse de 1998,
    qu'il considérait comme « une source parmi d'autres ». Il a expliqué avoir travaillé dans des
    conditions difficiles depuis la fin de son contrat doctoral en septembre 2024, en occupant un
    emploi de surveillant dans un lycée à temps plein, et avoir voulu terminer avant l'expiration de
    son droit à réinscription. Il a contesté toute intention frauduleuse et indiqué que les
    références manquantes relevaient d'une « erreur de gestion bibliographique »."""),
    para("""Le directeur de thèse a déclaré ne pas connaître la thèse de 1998 et avoir relu principalement
    l'introduction et la conclusion du manuscrit. Les membres du comité de suivi ont indiqué que,
    lors du comité de mars 2024, ils avaient relevé un « changement de style » dans un chapitre
    présenté et conseillé au doctorant de vérifier ses citations."""),
    ("h", "3. Appréciation de la commission"),
    para("""La commission considère que l'ampleur des reprises, la reproduction d'erreurs de cotes et la
    transformation de la présentation des tableaux excluent l'hypothèse d'une simple négligence.
    Les faits constituent une fraude au sens de l'article R. 811-11 du code de l'éducation. La
    commission tient compte, à titre de circonstances atténuantes, de l'absence d'antécédent
    disciplinaire, des conditions matérielles dans lesquelles le doctorant a achevé sa thèse, et du
    défaut d'encadrement relevé. Elle note toutefois que l'alerte du comité de suivi de 2024 n'a pas
    été suivie d'effet."""),
    ("h", "4. Proposition"),
    para("""La commission propose à la formation de jugement de prononcer à l'encontre de M. Vergnes une
    exclusion de l'établissement pour une durée de deux ans, dont un an avec sursis, et de
    constater l'impossibilité de soutenir la thèse en l'état. Elle suggère au président de
    l'université de rappeler à l'école doctorale l'obligation de vérifier le manuscrit avant
    l'autorisation de soutenance et d'envisager une formation complémentaire pour les directeurs
    de thèse."""),
    para("""Fait à Nîmes, le 18 juillet 2025. Les rapporteurs : O. Sarda, K. Azaïs."""),
    para("""Pièces annexées : rapport de similitudes du service commun de la documentation ; rapport
    de l'expert ; procès-verbaux d'audition ; correspondance entre le doctorant et son directeur."""),
]

DOCX_BLOCKS["s047_pv_comite_selection_classement.docx"] = [
    ("title", "Procès-verbal de la réunion du comité de sélection — audition et classement"),
    para("""Poste de professeur des universités n° 0208, section 19 (sociologie, démographie), profil
    « sociologie de la santé ». Université de Haute-Armance. Réunion du 22 mai 2025, 9 h – 18 h 30.
    Douze membres présents sur douze, dont six extérieurs ; quorum et parité respectés."""),
    ("h", "Appréciations du comité sur chaque candidat auditionné"),
    ("table", [
        ["Candidat", "Appréciation", "Vote"],
        ["Mme Marianne Joubert", "Excellente audition ; projet de recherche clair sur les inégalités "
         "d'accès aux soins en zone rurale ; direction de deux thèses. Réponses précises.", "9 voix"],
        ["M. Olivier Sanchez", "Dossier scientifique solide mais exposé confus ; peu de connaissance "
         "de l'offre de formation locale ; réponses évasives sur l'encadrement.", "2 voix"],
        ["Mme Fatou Diop", "Très bonne candidate, projet ambitieux ; le comité s'interroge sur sa "
         "capacité à prendre des responsabilités administratives rapidement.", "1 voix"],
        ["M. Rémi Caillaux", "Audition décevante ; le comité relève un manque de recul critique et "
         "une présentation lue intégralement.", "0 voix"],
    ]),
    ("h", "Classement"),
    para("""Après délibération et vote à bulletin secret, le comité arrête le classement suivant :
    1. Mme Marianne Joubert ; 2. Mme Fatou Diop ; 3. M. Olivier Sanchez. M. Caillaux n'est pas
    classé. Un membre a demandé que soit consignée son opposition au classement de M. Sanchez,
    qu'il estime « insuffisamment impliqué dans la vie collective de son établissement actuel »."""),
    para("""Le président du comité, M. Yves Hamon, transmettra le présent procès-verbal au conseil
    d'administration restreint."""),
]

DOCX_BLOCKS["s048_accord_consortium_annexe_confidentielle.docx"] = [
    ("title", "Accord de consortium HYDROVAL — Annexe 4 « Connaissances antérieures » (CONFIDENTIEL)"),
    para("""Diffusion limitée aux signataires de l'accord : Université de Haute-Armance, Institut Delorme
    de recherche sur les milieux, société Aquanor Traitement SAS, société Filtrex Industries. Toute
    communication à un tiers est interdite sans accord écrit de la partie détentrice."""),
    ("h", "Connaissances antérieures de la société Aquanor Traitement"),
    para("""Procédé de coagulation-floculation « AQN-Flux » utilisé sur 14 stations de traitement d'eau
    potable en France : dosage adaptatif du chlorure ferrique piloté par un modèle de turbidité à
    trois variables (turbidité brute, température, conductivité), dont les coefficients de
    régression et les seuils de déclenchement sont décrits dans la note technique AQN-NT-2021-07.
    Coût d'exploitation déclaré : 0,018 € par mètre cube traité, contre 0,026 € pour le procédé
    concurrent le plus répandu ; cet écart constitue l'argument principal des offres commerciales
    de la société et ne doit pas être divulgué."""),
    ("h", "Connaissances antérieures de la société Filtrex Industries"),
    ("table", [
        ["Élément", "Description", "Statut"],
        ["Membrane FX-220", "Polyéthersulfone modifiée, seuil de coupure 20 kDa, greffage "
         "hydrophile par plasma (paramètres : 80 W, 90 s, argon/acide acrylique)",
         "Savoir-faire non breveté"],
        ["Module spiralé", "Géométrie d'espaceur à maille losange 34 mil", "Demande de brevet en cours "
         "(non publiée)"],
        ["Tarifs", "Prix de cession aux intégrateurs : 41 € le m² de membrane", "Secret commercial"],
    ]),
    ("h", "Connaissances antérieures des établissements publics"),
    para("""Modèles de colmatage développés dans la thèse de M. Paul Brunet (2019) et logiciel de
    simulation SIMFLOC, déposé à l'Agence pour la protection des programmes."""),
]

DOCX_BLOCKS["s049_cr_comite_ethique_etude_sante_sexuelle.docx"] = [
    ("title", "Comité d'éthique de la recherche — compte rendu de la séance du 13 mai 2025"),
    para("""Université Rhône-Cévennes. Présidente : Mme Laurence Bonnaud. Onze membres présents.
    Le présent compte rendu est réservé aux membres du comité et aux porteurs des projets concernés."""),
    ("h", "Dossier 2025-038 — « Parcours de prévention chez les jeunes hommes ayant des rapports "
          "avec des hommes »"),
    para("""Porteuse : Mme Julie Ferrier, maîtresse de conférences en sociologie. Projet d'entretiens
    biographiques auprès de quarante étudiants recrutés par l'intermédiaire d'associations et
    d'applications de rencontre. Le comité émet un avis favorable sous réserve de renforcer la
    procédure de pseudonymisation."""),
    ("h", "Incident signalé au comité"),
    para("""La porteuse informe le comité qu'au cours de la phase pilote, un enregistrement d'entretien
    a été transmis par erreur, avec le nom du fichier comportant le prénom et le nom du
    participant, à une étudiante de master extérieure à l'équipe. Il s'agit de M. Bastien Loriot,
    21 ans, étudiant en L3 de biologie, qui y décrit ses pratiques sexuelles, plusieurs épisodes
    de rapports non protégés et sa prise d'un traitement préventif contre le VIH depuis janvier ;
    il précise que ses parents ignorent son orientation. L'étudiante destinataire a confirmé avoir
    supprimé le fichier sans l'écouter."""),
    para("""Le comité demande que le participant soit informé de l'incident, que le délégué à la protection
    des données soit saisi pour évaluer la nécessité d'une notification à la CNIL, et que tous les
    fichiers soient renommés avec un code aléatoire avant tout transfert."""),
    ("h", "Autres dossiers"),
    para("""Dossier 2025-039 (observation des interactions en classe de maternelle) : favorable.
    Dossier 2025-040 (questionnaire sur le sommeil des étudiants) : favorable sous réserve de
    supprimer la question sur la date de naissance complète."""),
]

DOCX_BLOCKS["s050_rapport_enquete_administrative_harcelement.docx"] = [
    ("title", "Rapport d'enquête administrative — signalement n° 2025-031"),
    para("""Université Rhône-Cévennes. Enquête diligentée par lettre de mission de la présidente du
    17 mars 2025. Enquêteurs : Mme Annie Cordier, inspectrice générale honoraire, et M. Luc Reboul,
    directeur des affaires juridiques d'une autre université. Rapport remis le 30 juin 2025.
    Document confidentiel, communicable aux seules personnes intéressées dans le cadre de la
    procédure disciplinaire."""),
    ("h", "1. Objet de l'enquête"),
    para("""L'enquête porte sur des faits de harcèlement sexuel dénoncés par une étudiante de master 2
    « Droit de l'environnement », ci-après Mme A., à l'encontre de M. Gérard Poulain, professeur des
    universités, responsable de la mention. Au cours de l'enquête, deux autres étudiantes, Mme B. et
    Mme C., ainsi qu'une ancienne doctorante, Mme D., se sont manifestées."""),
    ("h", "2. Méthode"),
    para("""Les enquêteurs ont entendu dix-neuf personnes entre le 2 avril et le 6 juin : les quatre
    plaignantes, M. Poulain assisté de son conseil, six enseignants de la mention, la responsable
    administrative, quatre étudiants de la promotion, la chargée de mission égalité et la directrice
    de l'UFR. Ils ont examiné les messages produits par les plaignantes (SMS, courriels, messages
    sur une application de messagerie), les relevés de notes de stage de la promotion 2024-2025 et
    le registre des rendez-vous du secrétariat."""),
    ("h", "3. Faits établis"),
    para("""Il est établi que M. Poulain a adressé à Mme A., entre le 8 novembre 2024 et le 20 février
    2025, quarante-trois messages à caractère personnel, envoyés pour la plupart entre 22 h et 1 h
    du matin, dont onze comportent des remarques sur son apparence physique et trois des
    propositions de rencontre hors du cadre universitaire. Les enquêteurs retiennent comme crédible
    le récit de Mme A. relatif au rendez-vous du 12 février, au cours duquel M. Poulain a posé la
    main sur sa cuisse, ce récit étant circonstancié, constant, et corroboré par le témoignage d'une
    camarade à qui Mme A. s'est confiée le soir même."""),
    para("""Les messages reçus par Mme B. et Mme C. présentent des caractéristiques similaires, sans
    contact physique allégué. Mme D., qui a soutenu sa thèse en 2019 sous la direction de
    M. Poulain, indique avoir subi des avances insistantes pendant sa deuxième année de thèse et
    avoir changé de laboratoire d'accueil pour cette raison ; les enquêteurs n'ont pas pu vérifier
    ces faits, anciens, mais relèvent qu'ils sont cohérents avec le changement de laboratoire
    effectivement intervenu."""),
    para("""L'examen des notes de stage ne fait pas apparaître de discrimination objective au détriment
    de Mme A., dont la note (14/20) est conforme à la moyenne de la promotion."""),
    ("h", "4. Position de la personne mise en cause"),
    para("""M. Poulain reconnaît l'envoi des messages, qu'il qualifie de « maladroits » et de
    « bienveillants », et conteste tout geste déplacé. Il fait état d'une période personnelle
    difficile à la suite de son divorce et indique avoir entamé un suivi psychologique. Il estime
    être victime d'une « cabale » liée à un conflit avec la directrice de l'UFR sur la répartition
    des enseignements."""),
    ("h", "5. Conclusions"),
    para("""Les enquêteurs estiment que les faits établis à l'égard de Mme A. sont susceptibles de
    recevoir la qualification de harcèlement sexuel au sens de l'article 222-33 du code pénal et
    constituent en tout état de cause un manquement grave aux obligations déontologiques d'un
    enseignant-chercheur, en particulier au regard de la relation d'autorité pédagogique. Ils
    recommandent la saisine de la section disciplinaire compétente à l'égard des enseignants-
    chercheurs, le maintien de la suspension conservatoire, et la transmission au procureur de la
    République en application de l'article 40 du code de procédure pénale. Mme A. a déposé plainte
    le 14 mai 2025 au commissariat de Nîmes."""),
    para("""Ils recommandent en outre à l'université de désigner un nouveau responsable de mention,
    d'organiser un suivi des étudiantes concernées par le service de santé étudiante et de rendre
    obligatoire la formation à la prévention des violences sexistes et sexuelles pour les
    responsables de formation."""),
]

DOCX_BLOCKS["s051_pv_commission_aides_specifiques.docx"] = [
    ("title", "CROUS de Champagne-Rives — Commission des aides spécifiques ponctuelles du 9 décembre 2025"),
    para("""Procès-verbal nominatif, réservé aux membres de la commission et au service social. Membres
    présents : Mme Florence Gaudin (directrice de la vie étudiante), deux représentants des
    étudiants élus au conseil d'administration, deux assistantes sociales, un représentant de
    l'université."""),
    ("table", [
        ["Étudiant", "Situation exposée", "Demande", "Décision"],
        ["M. Hugo Lemaire, L1 droit", "Père décédé en octobre ; mère sans emploi, trois enfants à charge",
         "800 €", "800 €"],
        ["Mme Sonia Belkadi, M1 chimie", "Séparation conjugale, hébergée par une amie depuis "
         "septembre, enceinte de cinq mois", "1 000 €", "1 000 € + logement d'urgence"],
        ["M. Jordan Petit, L3 STAPS", "Dettes de loyer (1 450 €) après perte de l'emploi étudiant ; "
         "procédure d'expulsion engagée par le bailleur privé", "1 450 €", "1 000 €"],
        ["Mme Léa Fontaine, BUT GEA", "Mère sous curatelle, l'étudiante assume seule les charges de son "
         "frère mineur", "600 €", "600 €"],
        ["M. Samir Hadj, L2 informatique", "Parents au RSA, coupure d'électricité du logement familial",
         "400 €", "400 €"],
    ]),
    para("""Total accordé : 3 800 € et une proposition de logement d'urgence en résidence. Les
    étudiants seront informés individuellement ; le présent procès-verbal n'est pas diffusé."""),
]

DOCX_BLOCKS["s052_tableau_amenagements_examens.docx"] = [
    ("title", "Session de janvier 2026 — tableau des aménagements d'examens, licence de psychologie"),
    para("""Transmis par la mission handicap au service de scolarité de l'UFR sciences humaines.
    À l'usage exclusif des gestionnaires d'examens : ne pas afficher, ne pas transmettre aux
    enseignants. La colonne « Observations » a été ajoutée par erreur par la gestionnaire et doit
    être supprimée avant toute diffusion."""),
    ("table", [
        ["Étudiant", "Année", "Aménagements", "Observations"],
        ["M. Noé Arnaud", "L1", "Tiers-temps, salle à part, ordinateur", "Dyspraxie sévère"],
        ["Mme Clémence Baudry", "L1", "Tiers-temps, pauses", "Diabète de type 1, pompe à insuline"],
        ["Mme Yasmina Chaouch", "L2", "Salle à effectif réduit", "Troubles anxieux, crises de panique"],
        ["M. Antoine Deschamps", "L2", "Secrétaire scripteur", "Fracture du poignet (temporaire)"],
        ["Mme Pauline Ernst", "L3", "Tiers-temps, agrandissement A3", "Malvoyance (rétinite pigmentaire)"],
        ["M. Lucas Ferri", "L3", "Tiers-temps, sortie autorisée", "Maladie de Crohn"],
    ]),
    para("""Salles : B204 (effectif réduit), B210 (ordinateurs). Surveillants à prévoir : 4."""),
]

DOCX_BLOCKS["s053_dossier_securite_laboratoire_p3_biometrie.docx"] = [
    ("title", "Laboratoire de confinement NSB3 — dossier de sûreté biologique (DIFFUSION RESTREINTE)"),
    para("""Unité de virologie émergente, bâtiment V, niveau -1. Mise à jour annuelle transmise au
    fonctionnaire de sécurité et de défense et à l'ANSM au titre de l'autorisation de détention de
    micro-organismes et toxines (MOT). Exemplaire unique conservé au coffre du directeur."""),
    ("h", "1. Agents détenus"),
    para("""Souches de virus de la fièvre de la vallée du Rift (deux isolats cliniques) et de virus West
    Nile lignée 2, conservées dans le congélateur -80 °C n° 3, rack C, verrouillé par clé à double
    détenteur."""),
    ("h", "2. Contrôle d'accès"),
    para("""L'accès au sas est conditionné à une double authentification : badge nominatif et
    reconnaissance de l'empreinte digitale sur le lecteur BioLock placé à gauche de la porte. Le code
    de déverrouillage manuel en cas de défaillance du lecteur est 59-11-73 ; il est connu du seul
    responsable de la zone et de son adjoint."""),
    ("table", [
        ["Personne habilitée", "Fonction", "Gabarit biométrique enrôlé"],
        ["Mme Agathe Morin", "Responsable de zone", "Index droit + majeur droit (gabarits n° 0012, 0013)"],
        ["M. Stéphane Lopez", "Adjoint", "Index gauche (gabarit n° 0021)"],
        ["Mme Ines Carvalho", "Ingénieure", "Index droit (gabarit n° 0034)"],
        ["M. Tom Girardin", "Doctorant", "Pouce droit (gabarit n° 0040) — enrôlé le 02/09/2025"],
    ]),
    ("h", "3. Vulnérabilités identifiées"),
    para("""La porte de secours du couloir technique ne déclenche pas d'alarme au PC sécurité depuis
    la panne du 14 octobre ; une ronde est réalisée toutes les deux heures en attendant la
    réparation. La vidéosurveillance ne couvre pas le local des autoclaves."""),
]

DOCX_BLOCKS["s054_projet_demande_brevet.docx"] = [
    ("title", "Projet de demande de brevet — version de travail n° 3 — CONFIDENTIEL"),
    para("""Cabinet Rivière & Associés, conseils en propriété industrielle, pour le compte de l'Université
    de Haute-Armance et de la société Valcor Composites SAS (copropriétaires). Ne pas diffuser
    avant le dépôt prévu le 15 janvier 2026 ; toute divulgation détruirait la nouveauté."""),
    ("h", "Titre"),
    para("""Composition de résine époxy chargée de nanoargile organomodifiée présentant une résistance
    améliorée au vieillissement hygrothermique, et pale d'éolienne la comprenant."""),
    ("h", "Revendications (projet)"),
    para("""1. Composition comprenant une résine époxy bi-composant, un durcisseur aminé cycloaliphatique
    et de 6 à 9 % en masse d'une argile montmorillonite modifiée par un sel d'ammonium quaternaire
    à chaîne C16, caractérisée en ce que l'argile est exfoliée par sonication de 45 minutes à
    400 W dans le durcisseur avant mélange."""),
    para("""2. Composition selon la revendication 1, dans laquelle la cuisson comprend un premier palier
    de 2 heures à 80 °C et un second palier de 4 heures à 140 °C."""),
    para("""3. Pale d'éolienne de puissance inférieure à 100 kW comprenant la composition selon l'une
    des revendications 1 ou 2."""),
    ("h", "Exemples"),
    para("""Essais comparatifs réalisés au laboratoire LMPA : après 2 000 heures à 70 °C et 85 %
    d'humidité relative, la perte de module de flexion est de 6 % contre 22 % pour la résine de
    référence ; l'absorption d'eau à saturation est réduite de 38 %."""),
    para("""Inventeurs : Mme Hélène Daumas, M. Karim Oussedik (université) ; M. Julien Perret (Valcor)."""),
]

DOCX_BLOCKS["s055_rapport_f3sct_accident_laboratoire.docx"] = [
    ("title", "Formation spécialisée en santé, sécurité et conditions de travail — enquête après accident"),
    para("""Université de Haute-Armance. Accident survenu le 3 octobre 2025 au laboratoire de chimie
    organique, bâtiment C, pièce 118. Délégation d'enquête : un représentant de l'administration,
    deux représentants du personnel, l'ingénieur hygiène et sécurité."""),
    ("h", "Cadre de l'enquête"),
    para("""L'enquête est conduite en application du décret n° 82-453 du 28 mai 1982 relatif à
    l'hygiène et à la sécurité du travail ainsi qu'à la prévention médicale dans la fonction
    publique. Elle a pour objet d'identifier les causes de l'accident, et non de rechercher des
    responsabilités. La délégation s'est rendue sur les lieux le 6 octobre, a entendu le directeur
    de l'unité, le responsable de l'équipe, l'assistant de prévention et le collègue présent lors
    de l'accident ; la victime a été entendue par téléphone le 20 octobre, à sa demande."""),
    ("h", "Description du laboratoire"),
    para("""Le laboratoire occupe 180 m² au premier étage du bâtiment C, construit en 1972 et rénové
    en 2015. Il comprend six sorbonnes à extraction, dont deux équipées d'un écran abaissable, une
    douche de sécurité et deux rince-œil dans le couloir, un extincteur à poudre et un extincteur à
    dioxyde de carbone. Le laboratoire accueille douze personnes : quatre permanents, cinq
    doctorants, deux post-doctorants et un technicien. Le document unique d'évaluation des risques
    a été mis à jour en février 2025 ; il mentionne le risque incendie lié aux solvants mais pas
    spécifiquement les réactifs pyrophoriques, dont l'usage a commencé en 2024 avec l'arrivée d'un
    nouveau projet."""),
    para("""Les doctorants de l'équipe travaillent fréquemment en soirée, notamment pour les réactions
    longues. Un dispositif d'alarme pour travailleur isolé a été acheté en 2023 mais n'est pas
    utilisé, faute de procédure. Le registre de santé et de sécurité au travail du laboratoire ne
    comporte aucune inscription depuis 2022."""),
    ("h", "Faits"),
    para("""Lors d'une réaction de réduction à l'hydrure de lithium aluminium, un ballon de 500 mL s'est
    enflammé pendant l'hydrolyse de fin de réaction. La doctorante qui manipulait, Mme Maëlle
    Kerdoncuff, 26 ans, a été brûlée au visage et aux deux mains. Son collègue de paillasse a
    utilisé la douche de sécurité et l'extincteur à poudre."""),
    ("h", "Conséquences"),
    para("""Mme Kerdoncuff a été transportée au centre des brûlés de Metz. Elle présente des brûlures
    du deuxième degré profond sur 6 % de la surface corporelle, dont les deux mains, qui ont
    nécessité des greffes de peau le 10 octobre. Son arrêt de travail est prolongé jusqu'au
    31 janvier ; le chirurgien évoque une possible limitation de la mobilité des doigts de la
    main droite. Elle bénéficie d'un suivi psychologique pour un état de stress post-traumatique."""),
    ("h", "Causes"),
    ("table", [
        ["Facteur", "Constat"],
        ["Matériel", "Ballon trop petit pour le volume ; pas de bain de glace à disposition"],
        ["Organisation", "Manipulation réalisée seule à 19 h 30 ; collègue présent par hasard"],
        ["Formation", "Mode opératoire de l'équipe non écrit ; formation au risque pyrophorique absente"],
        ["EPI", "Blouse en polyester, gants nitrile fins, absence d'écran facial"],
    ]),
    ("h", "Recommandations"),
    para("""Interdiction des manipulations de réactifs pyrophoriques en dehors des heures ouvrables ;
    rédaction d'un mode opératoire validé ; dotation en blouses ignifugées ; formation obligatoire
    des doctorants de première année."""),
    ("h", "Suivi des recommandations"),
    para("""Le directeur de l'unité a fait connaître, par courrier du 24 octobre, les mesures déjà
    prises : interdiction immédiate du travail isolé en soirée pour les manipulations à risque,
    commande de blouses ignifugées et d'écrans faciaux pour l'ensemble de l'équipe, rédaction en
    cours du mode opératoire, inscription des doctorants à la formation « risque chimique » de
    janvier. La formation spécialisée demande qu'un point d'étape soit présenté lors de sa séance
    de mars 2026 et que le document unique de l'unité soit mis à jour pour intégrer le risque lié
    aux réactifs pyrophoriques. Elle recommande également à l'université d'étendre la dotation en
    dispositifs d'alarme pour travailleur isolé à toutes les unités de chimie et de rappeler aux
    directeurs d'unité leur obligation de formaliser les autorisations de travail hors des heures
    ouvrables."""),
    para("""Le présent rapport est transmis au président de l'université, au directeur de l'unité, au
    médecin de prévention et à l'inspecteur santé et sécurité au travail."""),
]

DOCX_BLOCKS["s056_recours_gracieux_visa_chercheur.docx"] = [
    ("title", "Recours gracieux contre un refus de visa — passeport talent chercheur"),
    para("""Institut Delorme de recherche sur les milieux — Direction des ressources humaines.
    À Monsieur le consul général de France à Téhéran. Objet : recours gracieux contre la décision
    de refus de visa de long séjour du 4 novembre 2025 — M. Reza Karimi, né le 19 avril 1991."""),
    para("""Monsieur le Consul général, l'Institut a recruté M. Karimi en qualité de chercheur
    post-doctoral pour dix-huit mois, à compter du 1er décembre 2025, sur le projet européen SOILNET.
    La convention d'accueil a été visée le 12 septembre. Le refus opposé à l'intéressé est motivé
    par l'existence d'un « risque de détournement de l'objet du visa » ainsi que, selon les
    indications orales données lors de son entretien, par un avis défavorable émis dans le cadre de
    la consultation des services de sécurité."""),
    para("""Nous tenons à préciser que le poste ne relève d'aucune zone à régime restrictif et que les
    travaux portent sur la microbiologie des sols agricoles. M. Karimi a déjà séjourné en France
    de 2017 à 2021 pour sa thèse, sans aucun incident, et il est reparti à l'expiration de son titre.
    Il nous a fait savoir que son frère, militant étudiant, a été condamné en Iran en 2023, et
    craint que cet élément ait pesé sur l'appréciation de son dossier."""),
    para("""Nous vous saurions gré de bien vouloir réexaminer sa demande. Pièces jointes : convention
    d'accueil, contrat de travail, attestation de financement, copie des anciens titres de séjour."""),
    para("""Le directeur des ressources humaines — Bruno Marcillac."""),
]

DOCX_BLOCKS["s057_note_assistante_sociale_etudiante_mineure.docx"] = [
    ("title", "Note sociale — situation d'une étudiante mineure en résidence universitaire"),
    para("""CROUS de Champagne-Rives — Service social. Rédactrice : Mme Gaëlle Rivet, assistante de
    service social. Destinataires : médecin du service de santé étudiante, directrice de la
    résidence Les Remparts. Transmission à la CRIP de la Marne le 21 novembre 2025."""),
    para("""Mlle Maëva Dufresne, née le 2 mars 2009, est inscrite en L1 de lettres modernes et logée en
    résidence depuis septembre avec l'accord écrit de son père, qui exerce seul l'autorité
    parentale depuis le décès de la mère. Elle a sollicité le service social le 18 novembre : elle
    est enceinte d'environ dix semaines et souhaite poursuivre la grossesse ; son père, informé par
    téléphone, lui a répondu qu'il « ne voulait plus la voir » et a cessé de verser la somme
    mensuelle de 200 € qui lui permettait de régler sa redevance."""),
    para("""L'étudiante ne dispose d'aucune autre ressource que sa bourse à l'échelon 5 ; elle a deux
    mois de redevance impayés. Elle indique que le père de l'enfant, âgé de 24 ans, ne souhaite
    pas s'impliquer. Elle présente des signes d'épuisement et a perdu du poids."""),
    para("""Compte tenu de sa minorité, de la rupture des liens avec son unique représentant légal et de
    sa vulnérabilité, une information préoccupante a été transmise au conseil départemental afin
    d'évaluer une mesure de protection (accueil provisoire jeune majeur à anticiper, désignation
    d'un administrateur ad hoc si nécessaire). Le suivi de la grossesse est organisé avec la
    sage-femme du centre de planification. Une aide spécifique d'urgence de 700 € a été accordée
    et la résidence a suspendu la procédure de recouvrement."""),
]

DOCX_BLOCKS["s058_rapport_evaluation_chercheuse_commission.docx"] = [
    ("title", "Évaluation à mi-parcours — rapport de la commission scientifique n° 5"),
    para("""Institut Delorme de recherche sur les milieux. Chercheuse évaluée : Mme Claire Dubosc,
    directrice de recherche de deuxième classe, UMR Hydrologie et sociétés. Période : 2021-2025.
    Avis transmis à l'intéressée, au directeur d'unité et à la direction scientifique."""),
    ("h", "Activité de recherche"),
    para("""La production scientifique est abondante (22 articles) mais la commission note que la
    chercheuse n'apparaît en position de coordination que sur deux d'entre eux et que son apport
    propre est difficile à identifier. Le projet présenté en 2021 sur les sécheresses éclair a été
    abandonné sans explication."""),
    ("h", "Encadrement et management"),
    para("""La commission a pris connaissance, par le rapport du directeur d'unité, de tensions
    importantes au sein de l'équipe dirigée par Mme Dubosc : deux doctorants ont demandé à changer
    de direction en 2024 et une ingénieure a sollicité sa mutation en évoquant des « exigences
    incompatibles avec une vie personnelle ». La commission recommande à la chercheuse de suivre
    la formation au management d'équipe proposée par l'institut et de ne pas prendre de nouvelle
    direction de thèse avant la prochaine évaluation."""),
    ("h", "Avis"),
    para("""Avis favorable avec réserves. La commission ne soutient pas la candidature de Mme Dubosc
    à la promotion au grade de directrice de recherche de première classe cette année."""),
]

DOCX_BLOCKS["s059_pv_ca_restreint_suspension_professeur.docx"] = [
    ("title", "Conseil d'administration en formation restreinte — extrait du procès-verbal"),
    para("""Université Rhône-Cévennes. Séance du 10 avril 2025, à huis clos. Membres présents :
    enseignants-chercheurs de rang égal ou supérieur. Point unique : information sur une mesure
    de suspension."""),
    para("""La présidente informe le conseil qu'elle a prononcé le 24 mars la suspension à titre
    conservatoire, pour une durée de quatre mois, de M. Gérard Poulain, professeur des universités
    en droit de l'environnement, à la suite de signalements de harcèlement sexuel émanant de
    plusieurs étudiantes, et qu'elle a saisi le procureur de la République. Une enquête
    administrative a été confiée à deux personnalités extérieures."""),
    para("""Un membre demande si M. Poulain a déjà fait l'objet de signalements. La présidente indique
    qu'un courriel d'une ancienne doctorante, reçu en 2019 par son prédécesseur, évoquait des
    « comportements inappropriés » mais n'avait pas donné lieu à suite. Un autre membre rappelle
    que M. Poulain conteste les faits et qu'il a été entendu par les enquêteurs."""),
    para("""Le conseil prend acte. Il est rappelé que les débats en formation restreinte sont couverts par
    le secret et que le présent extrait ne sera pas publié."""),
]

DOCX_BLOCKS["s060_recueil_textes_chansons_cours.docx"] = [
    ("title", "UE « Poésie et chanson au XXe siècle » — recueil de textes (séances 1 à 4)"),
    para("""Licence de lettres modernes, L2. Recueil photocopié distribué aux étudiants et déposé sur
    l'espace de cours. Enseignante : Mme Nathalie Keller."""),
    ("h", "Texte 1 — paroles intégrales de la chanson « Les quais de Saint-Lié »"),
    para("""Paroles et musique : Julien Marsac, © Éditions musicales du Vieux-Port, 1974, tous droits
    réservés. « Sur les quais de Saint-Lié, la brume a mes vingt ans / Elle porte ton prénom comme
    un manteau trop grand / Les péniches s'en vont, le fleuve se souvient / Que tu m'as dit demain
    et qu'il n'y eut pas de demain. // Refrain : Et moi je reste là, planté comme un réverbère /
    À compter les bateaux qui descendent vers la mer / Si tu passes un jour par les quais de
    Saint-Lié / Souviens-toi du garçon qui n'a pas su t'aimer. » (Les trois couplets et le refrain
    sont reproduits en entier.)"""),
    ("h", "Texte 2 — poème « Ville basse » d'Hélène Varenne"),
    para("""Extrait du recueil Ville basse, © Éditions de la Lune, 1988. Poème reproduit intégralement :
    « La ville basse dort sous ses toits de zinc / les chiens de la nuit comptent nos pas perdus /
    je t'écris sur la buée d'un café fermé / des mots que le matin efface sans les lire. »"""),
    ("h", "Consignes"),
    para("""Comparer le traitement du souvenir amoureux dans les deux textes ; relever les procédés
    de répétition ; préparer une explication orale de dix minutes."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_universite_2024.docx"] = [
    ("title", "Université de Haute-Armance — Rapport d'activité 2024 (extraits)"),
    para("""Le présent rapport retrace l'activité de l'université au cours de l'année civile 2024. Il
    est présenté au conseil d'administration et publié sur le site de l'établissement. Les données
    concernant les personnes sont présentées sous forme agrégée."""),
    ("h", "1. Formation"),
    para("""L'université a accueilli 20 986 étudiants, dont 58 % de femmes, 37,5 % de boursiers et
    9,4 % d'étudiants internationaux représentant 112 nationalités. L'offre de formation comprend
    38 mentions de licence, 12 BUT, 41 mentions de master et 9 écoles doctorales partagées. Le taux
    de réussite en licence en trois ans atteint 34 %, en progression de deux points ; il s'élève à
    46 % en quatre ans. Le dispositif « Oui si » a concerné 1 120 néo-bacheliers, dont 63 % ont
    validé leur première année. La formation continue a accueilli 2 340 stagiaires et délivré
    412 diplômes, dont 96 par la validation des acquis de l'expérience."""),
    para("""Sur Parcoursup, l'université a reçu 61 400 vœux pour 5 210 places en première année. La
    commission d'accès à l'enseignement supérieur a adressé 184 candidats à l'université en phase
    complémentaire ; 131 ont accepté une proposition. Quarante-deux demandes de réexamen au titre
    d'une situation de santé ou de handicap ont été transmises par le rectorat, dont trente-six ont
    abouti à une proposition dans l'établissement."""),
    ("h", "2. Vie étudiante"),
    para("""La mission handicap a accompagné 1 022 étudiants. Le service de santé étudiante a réalisé
    13 900 consultations ; les demandes d'entretien psychologique ont progressé de 17 %. L'épicerie
    solidaire, gérée par l'association Solidarité étudiante Armance avec le soutien du CROUS, a
    accueilli 1 850 bénéficiaires différents. Le FSDIE a financé 86 projets associatifs et accordé
    412 aides sociales pour un montant de 198 000 €. La cellule de veille contre les violences
    sexistes et sexuelles a reçu 31 signalements ; cinq ont donné lieu à une saisine de la section
    disciplinaire."""),
    ("h", "3. Recherche et valorisation"),
    para("""Les 28 unités de recherche rassemblent 1 040 enseignants-chercheurs et chercheurs et 780
    doctorants. 214 thèses ont été soutenues, dont 31 en cotutelle internationale. Les ressources
    propres issues des contrats de recherche atteignent 24,6 M€, dont 8,1 M€ de contrats avec des
    entreprises ; 19 conventions CIFRE ont été signées. Quatorze demandes de brevet prioritaires
    ont été déposées avec la SATT Grand-Est Innov, six licences ont été concédées et deux
    entreprises ont été créées à partir de résultats des laboratoires."""),
    para("""Le comité d'éthique de la recherche a examiné 74 dossiers. Le référent intégrité
    scientifique a traité neuf signalements. Deux laboratoires ont accueilli au total onze
    scientifiques en danger dans le cadre du programme PAUSE."""),
    ("h", "4. Ressources humaines"),
    para("""L'université employait 3 412 agents au 31 décembre 2024 (1 298 enseignants et
    enseignants-chercheurs titulaires, 1 264 BIATSS titulaires, 850 contractuels). Quarante-quatre
    maîtres de conférences et dix-huit professeurs ont été recrutés. Le taux d'emploi de personnes
    bénéficiaires de l'obligation d'emploi s'élève à 5,1 %. Les comités de sélection ont examiné
    2 106 candidatures. Trois procédures disciplinaires ont été engagées à l'encontre de personnels."""),
    ("h", "5. Patrimoine et sécurité"),
    para("""Les travaux de rénovation énergétique du bâtiment Pasteur ont été engagés (11,4 M€, plan
    de relance). Le schéma directeur de la sécurité des systèmes d'information a été adopté ; un
    audit externe a été conduit et ses recommandations font l'objet d'un plan d'action suivi par
    le comité de direction. Les exercices d'évacuation ont été réalisés dans 100 % des bâtiments."""),
    ("h", "6. Finances"),
    para("""Le budget exécuté s'élève à 312 M€ en dépenses. Le résultat de l'exercice est déficitaire
    de 2,1 M€ ; le fonds de roulement représente 31 jours de fonctionnement. La masse salariale
    représente 81 % des dépenses."""),
    ("h", "7. Perspectives 2025"),
    para("""L'année 2025 sera marquée par la préparation du contrat d'objectifs, de moyens et de
    performance avec l'État, la mise en service du nouveau bâtiment de l'IUT de Vireux et le
    lancement du schéma directeur pluriannuel du handicap. L'université poursuivra la réduction de
    son empreinte énergétique, avec un objectif de baisse de 10 % des consommations."""),
]

DOCX_BLOCKS["p122_deliberation_convention_recherche_entreprise.docx"] = [
    ("title", "Délibération n° 2025-74 du conseil d'administration"),
    para("""Objet : approbation de la convention de recherche collaborative entre l'Université de
    Haute-Armance et la société Valcor Composites SAS."""),
    para("""Le conseil d'administration, vu le code de l'éducation et notamment son article L. 712-3,
    vu l'avis favorable de la commission de la recherche du 5 novembre 2025, après avoir entendu
    la présentation du vice-président recherche, M. Paul Durieux, approuve la convention de
    recherche collaborative d'une durée de dix-huit mois portant sur le vieillissement des
    matériaux composites pour les éoliennes de petite puissance, pour un montant de 186 400 € HT
    versé par la société. La convention prévoit le recrutement d'un post-doctorant, une clause de
    confidentialité et une clause de copropriété des résultats brevetables. Le président est
    autorisé à signer la convention."""),
    ("table", [
        ["Votes", "Nombre"],
        ["Pour", "25"],
        ["Contre", "0"],
        ["Abstentions", "3"],
    ]),
    para("""Fait à Saint-Lié, le 14 novembre 2025. Le président, Alain Mercadier."""),
]

DOCX_BLOCKS["p123_reglement_examens_licence.docx"] = [
    ("title", "Règlement général des examens — licence et licence professionnelle 2025-2026"),
    para("""Université Rhône-Cévennes. Approuvé par la commission de la formation et de la vie
    universitaire du 12 juin 2025."""),
    ("h", "Article 1 — Convocation"),
    para("""La convocation aux épreuves terminales est faite par voie d'affichage et sur l'environnement
    numérique de travail au moins quinze jours avant le début des épreuves. L'étudiant doit être
    en possession de sa carte d'étudiant et d'une pièce d'identité."""),
    ("h", "Article 2 — Accès aux salles"),
    para("""Aucun candidat n'est admis dans la salle après la distribution des sujets, sauf décision du
    responsable de salle dans la limite d'une demi-heure ; aucun temps supplémentaire n'est alors
    accordé. Les candidats ne peuvent quitter définitivement la salle avant la fin de la première
    heure."""),
    ("h", "Article 3 — Étudiants bénéficiant d'aménagements"),
    para("""Les étudiants en situation de handicap, les sportifs de haut niveau, les étudiants salariés,
    les étudiants chargés de famille, les étudiantes enceintes et les étudiants engagés dans la vie
    associative peuvent bénéficier d'aménagements selon les modalités fixées par la charte de la
    composante. Le motif de l'aménagement n'est jamais communiqué aux surveillants."""),
    ("h", "Article 4 — Fraude"),
    para("""Sont notamment considérés comme des tentatives de fraude : la détention d'un téléphone,
    d'une montre connectée ou de tout appareil de communication, même éteint ; l'usage de documents
    non autorisés ; la communication entre candidats ; la substitution de personne ; la
    reproduction de travaux d'autrui sans citation, y compris de contenus générés par un outil
    d'intelligence artificielle sans autorisation. En cas de flagrant délit, le responsable de
    salle applique la procédure prévue par les articles R. 811-10 et suivants du code de l'éducation
    et dresse un procès-verbal."""),
    ("h", "Article 5 — Absences"),
    para("""L'absence justifiée à une épreuve de contrôle continu ouvre droit à une épreuve de
    substitution. Les justificatifs sont remis à la scolarité dans les cinq jours ouvrés. Les
    justificatifs médicaux sont placés sous pli fermé à l'attention du service de santé étudiante
    lorsqu'ils comportent des informations médicales."""),
    ("h", "Article 6 — Jurys et délibérations"),
    para("""Le jury est souverain. Il peut attribuer des points de jury. Les délibérations ne sont pas
    publiques. Les résultats sont publiés sur l'ENT ; l'affichage public se limite à la liste des
    admis, sans mention des notes."""),
    ("h", "Article 7 — Communication des copies"),
    para("""Tout étudiant peut consulter sa copie dans le mois suivant la publication des résultats,
    en présence d'un enseignant. Il peut en obtenir une copie à ses frais."""),
    ("h", "Article 8 — Recours"),
    para("""Les décisions de jury peuvent faire l'objet d'un recours gracieux auprès du président du
    jury, puis d'un recours contentieux devant le tribunal administratif de Nîmes dans un délai de
    deux mois."""),
    ("h", "Article 9 — Mobilité internationale"),
    para("""Les étudiants en mobilité dans le cadre d'un programme d'échange font valider leur contrat
    d'études avant le départ. Les résultats obtenus dans l'établissement d'accueil sont convertis
    selon la grille de correspondance adoptée par la CFVU. En cas de difficulté, le responsable
    pédagogique des échanges arbitre après avis du jury."""),
    ("h", "Article 10 — Césure"),
    para("""L'étudiant peut suspendre temporairement ses études pour une durée maximale d'une année
    universitaire afin d'acquérir une expérience personnelle ou professionnelle. La demande est
    adressée au président de l'université avant le 1er juillet pour une césure au premier semestre
    et avant le 1er décembre pour une césure au second semestre. La réintégration dans la formation
    est garantie."""),
    ("h", "Article 11 — Diffusion du règlement"),
    para("""Le présent règlement est publié sur le site de l'université et affiché dans chaque
    composante. Il est porté à la connaissance des étudiants en début d'année par les responsables
    de formation et des surveillants par les services de scolarité."""),
    ("h", "Article 12 — Entrée en vigueur"),
    para("""Le présent règlement s'applique à compter de la rentrée universitaire 2025. Il abroge le
    règlement adopté le 20 juin 2023. Les modalités de contrôle des connaissances propres à chaque
    formation précisent, le cas échéant, ses conditions d'application."""),
]

DOCX_BLOCKS["p124_modele_convention_formation_doctorale.docx"] = [
    ("title", "Convention individuelle de formation doctorale — modèle"),
    para("""École doctorale : ____________. Doctorant·e : ____________. Directeur·rice de thèse :
    ____________. Unité de recherche : ____________. Date de première inscription : ____________."""),
    ("h", "1. Sujet et calendrier prévisionnel"),
    para("""Titre provisoire : ____________. Le calendrier prévoit une soutenance en ____________.
    Les étapes intermédiaires sont : état de l'art (mois ___), premiers résultats (mois ___),
    rédaction (mois ___)."""),
    ("h", "2. Financement"),
    para("""□ contrat doctoral établissement □ CIFRE □ financement étranger □ autre : ____________.
    En l'absence de financement, le doctorant précise ses ressources ; cette information est
    examinée par l'école doctorale sans être communiquée au comité de suivi."""),
    ("h", "3. Confidentialité"),
    para("""Si la thèse s'inscrit dans un contrat avec une entreprise, préciser : □ accord de
    confidentialité signé □ annexe confidentielle prévue □ soutenance à huis clos partiel
    envisagée."""),
    ("h", "4. Engagements"),
    para("""Le doctorant s'engage à respecter la charte du doctorat et les règles d'intégrité
    scientifique ; la direction de thèse s'engage à consacrer le temps nécessaire à l'encadrement
    et à réunir le comité de suivi individuel chaque année."""),
    ("table", [
        ["Signataire", "Date", "Signature"],
        ["Doctorant·e", "", ""],
        ["Directeur·rice de thèse", "", ""],
        ["Directeur·rice de l'unité", "", ""],
    ]),
]

DOCX_BLOCKS["p125_appel_projets_recherche_sante_environnement.docx"] = [
    ("title", "Appel à projets régional « Santé-Environnement 2026 »"),
    para("""Région Grand-Armance, en partenariat avec l'agence régionale de santé et les universités du
    territoire. Date de clôture : 31 mars 2026 à 17 h."""),
    ("h", "1. Contexte et objectifs"),
    para("""Le plan régional santé-environnement identifie comme prioritaires la qualité de l'air
    intérieur, l'exposition aux pesticides, les îlots de chaleur urbains et la qualité de l'eau
    destinée à la consommation humaine. Le présent appel vise à soutenir des projets de recherche
    associant au moins un laboratoire public de la région et un acteur de terrain (collectivité,
    association, établissement de santé, entreprise)."""),
    ("h", "2. Projets éligibles"),
    para("""Projets de recherche d'une durée de 24 à 36 mois, portés par un chercheur ou un
    enseignant-chercheur titulaire. Sont éligibles les recherches observationnelles, les études
    d'intervention et les projets de recherche participative. Les recherches impliquant la
    personne humaine doivent avoir obtenu l'avis d'un comité de protection des personnes avant le
    premier versement."""),
    ("h", "3. Financement"),
    para("""Subvention de 50 000 à 200 000 €, couvrant jusqu'à 100 % des coûts marginaux pour les
    laboratoires publics et 50 % pour les entreprises. Les dépenses de personnel temporaire, de
    fonctionnement, d'équipement et de prestation sont éligibles. Les frais de gestion sont
    plafonnés à 8 %."""),
    ("h", "4. Critères de sélection"),
    ("table", [
        ["Critère", "Pondération"],
        ["Qualité scientifique et méthodologique", "35 %"],
        ["Impact attendu pour la santé des populations de la région", "25 %"],
        ["Qualité du partenariat et implication des acteurs de terrain", "20 %"],
        ["Faisabilité et adéquation des moyens", "15 %"],
        ["Plan de diffusion et de science ouverte", "5 %"],
    ]),
    ("h", "5. Procédure d'évaluation"),
    para("""Chaque projet est évalué par deux experts extérieurs à la région, puis classé par un comité
    présidé par une personnalité scientifique indépendante. Les experts signent une déclaration
    d'absence de conflit d'intérêts et un engagement de confidentialité sur les projets examinés.
    Les avis sont transmis aux porteurs de projet ; la composition du comité est publiée après la
    sélection."""),
    ("h", "6. Données et éthique"),
    para("""Les projets collectant des données personnelles, en particulier des données de santé,
    fournissent un plan de gestion des données et l'avis du délégué à la protection des données de
    l'établissement porteur. Les jeux de données produits sont déposés, dans la mesure du possible,
    dans un entrepôt ouvert, après anonymisation."""),
    ("h", "7. Calendrier"),
    para("""Ouverture : 12 janvier 2026. Webinaire d'information : 3 février 2026. Clôture : 31 mars
    2026. Audition des projets présélectionnés : juin 2026. Résultats : juillet 2026. Démarrage des
    projets : à partir du 1er octobre 2026."""),
    ("h", "7 bis. Obligations des bénéficiaires"),
    para("""Les bénéficiaires remettent un rapport scientifique intermédiaire à mi-parcours et un
    rapport final dans les trois mois suivant la fin du projet, accompagnés d'un état récapitulatif
    des dépenses certifié par l'agent comptable. Ils mentionnent le soutien de la région et de
    l'agence régionale de santé dans toutes les publications et communications. Ils participent au
    colloque régional de restitution organisé tous les deux ans. En cas de modification substantielle
    du projet (changement de porteur, de partenaire ou d'objectifs), une demande d'avenant est
    adressée à la région avant toute mise en œuvre. Les sommes non justifiées font l'objet d'un
    reversement."""),
    para("""Les projets associant une entreprise font l'objet d'un accord de consortium conclu avant le
    premier versement ; il règle notamment la propriété des résultats, les conditions de publication
    et la confidentialité des informations échangées. La région peut en demander communication."""),
    para("""Les porteurs peuvent solliciter un entretien préalable avec les services de la région
    pour vérifier l'éligibilité de leur projet ; ces échanges ne préjugent pas de la décision."""),
    para("""Une foire aux questions sera mise à jour chaque semaine pendant la période d'ouverture."""),
    ("h", "8. Contacts"),
    para("""Direction de l'enseignement supérieur et de la recherche de la région :
    aap-sante-env@grand-armance.example.fr. Agence régionale de santé, pôle santé publique."""),
]

DOCX_BLOCKS["p126_composition_jury_concours_itrf.docx"] = [
    ("title", "Arrêté portant composition du jury — concours ITRF 2025, BAP A"),
    para("""Le président de l'Université de Haute-Armance, vu le décret n° 85-1534 du 31 décembre 1985
    modifié, arrête : le jury du concours externe de technicien de recherche et de formation,
    emploi-type « technicien·ne en expérimentation animale », session 2025, est composé comme suit."""),
    ("table", [
        ["Membre", "Qualité"],
        ["M. Sébastien Gautier", "Ingénieur de recherche, Université de Haute-Armance — président"],
        ["Mme Aurélie Picard", "Ingénieure d'études, Université de Reims"],
        ["M. Damien Roussel", "Technicien de classe exceptionnelle, INRAE"],
        ["Mme Chantal Weber", "Assistante ingénieure, Université de Lorraine — suppléante"],
    ]),
    para("""Fait à Saint-Lié, le 2 avril 2025. Pour le président et par délégation, la directrice des
    ressources humaines."""),
]

DOCX_BLOCKS["p127_procedure_saisine_comite_ethique.docx"] = [
    ("title", "Saisir le comité d'éthique de la recherche : mode d'emploi"),
    ("h", "Mon projet doit-il passer devant le CER ?"),
    para("""Oui si votre recherche implique des participants humains et ne relève pas de la loi Jardé :
    entretiens, questionnaires, observations, expériences comportementales, recueil de traces
    numériques. Si votre projet vise à développer les connaissances biologiques ou médicales, il
    relève d'un comité de protection des personnes, saisi via le tirage au sort national."""),
    ("h", "Que contient le dossier ?"),
    ("table", [
        ["Pièce", "Observations"],
        ["Formulaire de saisine", "Résumé, objectifs, méthodologie, population"],
        ["Notice d'information", "Langage clair, adapté à l'âge des participants"],
        ["Formulaire de consentement", "Consentement des deux parents pour les mineurs"],
        ["Fiche RGPD", "Validée par le délégué à la protection des données"],
        ["Outils de recueil", "Guide d'entretien, questionnaire"],
    ]),
    ("h", "Cas particuliers"),
    para("""Les projets portant sur des populations vulnérables (mineurs, personnes détenues, personnes
    en situation de handicap, exilés) ou sur des sujets sensibles (sexualité, religion, opinions
    politiques, violences) font l'objet d'un examen approfondi et d'une attention particulière à la
    sécurité des données et au soutien éventuel des participants."""),
]

DOCX_BLOCKS["p128_plan_formation_personnels.docx"] = [
    ("title", "Plan de formation des personnels 2026 — principaux modules"),
    ("table", [
        ["Module", "Public", "Durée"],
        ["Accueil sécurité en laboratoire", "Nouveaux arrivants", "1 jour"],
        ["Risque chimique et produits CMR", "Personnels de laboratoire", "2 jours"],
        ["Sauveteur secouriste du travail", "Volontaires", "2 jours"],
        ["Accueillir un étudiant en situation de handicap", "Enseignants, scolarité", "½ journée"],
        ["Prévenir les violences sexistes et sexuelles", "Encadrants", "1 jour"],
        ["Piloter un contrat de recherche avec une entreprise", "Chercheurs, gestionnaires", "1 jour"],
        ["Protection des données personnelles en recherche", "Chercheurs, doctorants", "½ journée"],
        ["Préparer sa retraite", "Agents de plus de 55 ans", "1 jour"],
    ]),
    para("""Inscriptions sur le portail formation. Les formations réglementaires sont prioritaires. Les
    agents en situation de handicap peuvent demander l'adaptation des supports auprès du service
    formation."""),
]

DOCX_BLOCKS["p129_bilan_social_2024.docx"] = [
    ("title", "Bilan social 2024 — Université Rhône-Cévennes (synthèse)"),
    ("h", "Effectifs"),
    para("""2 684 agents au 31 décembre 2024, dont 51 % de femmes. Âge moyen : 46 ans."""),
    ("h", "Santé et absences"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Jours d'arrêt pour maladie ordinaire", "21 430", "23 115"],
        ["Agents en congé de longue maladie ou de longue durée", "38", "43"],
        ["Accidents de service déclarés", "61", "54"],
        ["Maladies professionnelles reconnues", "3", "5"],
        ["Agents en temps partiel thérapeutique", "29", "34"],
        ["Agents bénéficiaires de l'obligation d'emploi", "132", "141"],
    ]),
    ("h", "Relations sociales"),
    para("""Journées de grève : 1 842 journées individuelles. Crédit de temps syndical : 3 108 heures
    réparties entre sept organisations. Réunions du comité social d'administration : 7."""),
    ("h", "Discipline"),
    para("""Sanctions prononcées : 2 (un avertissement, une exclusion temporaire de trois jours).
    Procédures en cours au 31 décembre : 1."""),
]

DOCX_BLOCKS["p130_rapport_mediatrice_universite.docx"] = [
    ("title", "Rapport annuel de la médiatrice de l'université — 2024-2025"),
    para("""La médiatrice a été saisie de 118 réclamations, dont 84 émanant d'étudiants. Les situations
    ci-dessous sont décrites de manière anonymisée ; les détails ont été modifiés pour empêcher
    toute identification."""),
    ("h", "Principaux motifs de saisine"),
    ("table", [
        ["Motif", "Nombre"],
        ["Inscription, Parcoursup et Mon Master", "31"],
        ["Examens et notes", "27"],
        ["Bourses et aides", "16"],
        ["Relations avec un enseignant ou un encadrant", "14"],
        ["Stages", "9"],
        ["Discriminations alléguées", "6"],
        ["Autres", "15"],
    ]),
    ("h", "Exemples"),
    para("""Une étudiante s'est vu refuser un stage après un entretien au cours duquel l'entreprise
    partenaire l'avait interrogée sur les origines de sa famille. La médiation a conduit la
    formation à suspendre le partenariat et à proposer un autre stage ; l'étudiante a été
    informée de la possibilité de saisir le Défenseur des droits."""),
    para("""Un doctorant étranger ne pouvait pas renouveler son titre de séjour faute d'attestation de
    financement à jour ; la médiatrice a obtenu de l'école doctorale un document rectifié dans
    la semaine."""),
    ("h", "Recommandations"),
    para("""Clarifier les délais de réponse aux demandes de réexamen ; former les responsables de stage
    à la non-discrimination ; simplifier les attestations destinées aux préfectures."""),
]

DOCX_BLOCKS["p131_convention_guichet_unique_etudiants_internationaux.docx"] = [
    ("title", "Convention relative au guichet unique d'accueil des étudiants et chercheurs internationaux"),
    para("""Entre la préfecture du Gard, l'Université Rhône-Cévennes, le CROUS de Montpellier-Occitanie,
    la caisse primaire d'assurance maladie et la caisse d'allocations familiales."""),
    ("h", "Article 1 — Objet"),
    para("""La convention organise, de septembre à novembre, un guichet unique sur le campus permettant
    aux étudiants et chercheurs internationaux d'accomplir en un même lieu les démarches de
    validation du visa, de demande de titre de séjour, d'affiliation à la sécurité sociale, de
    demande d'aide au logement et de logement en résidence."""),
    ("h", "Article 2 — Engagements"),
    para("""La préfecture met à disposition deux agents trois jours par semaine. L'université fournit
    les locaux, les équipements informatiques et le personnel d'accueil. Les partenaires désignent
    chacun un référent."""),
    ("h", "Article 3 — Données personnelles"),
    para("""Chaque partenaire reste responsable des traitements qu'il met en œuvre. Aucun fichier
    commun n'est constitué. Les agents de l'université n'ont pas accès aux dossiers de séjour."""),
    ("h", "Article 4 — Bilan"),
    para("""Un bilan quantitatif (nombre de personnes reçues, délais) est présenté chaque année au
    comité de pilotage. En 2024, 3 140 personnes ont été accueillies."""),
]

DOCX_BLOCKS["p132_schema_directeur_handicap.docx"] = [
    ("title", "Schéma directeur pluriannuel du handicap 2025-2029"),
    para("""Université de Haute-Armance. Adopté par le conseil d'administration le 20 juin 2025 après
    avis du comité social d'administration et de la commission de la formation et de la vie
    universitaire. Le schéma couvre les étudiants et les personnels."""),
    ("h", "1. Diagnostic"),
    para("""Le nombre d'étudiants accompagnés a doublé en dix ans pour atteindre 1 146 en 2024-2025.
    Les troubles du langage et des apprentissages et les troubles psychiques représentent plus de
    la moitié des situations. Le taux d'emploi direct de personnels bénéficiaires de l'obligation
    d'emploi s'établit à 5,1 %, en deçà de l'objectif légal de 6 %. Une enquête conduite auprès de
    850 répondants a mis en évidence une méconnaissance des dispositifs par les enseignants
    vacataires et des difficultés persistantes d'accessibilité dans quatre bâtiments anciens."""),
    ("h", "2. Axe 1 — Accessibilité des formations"),
    para("""Objectifs : généraliser les supports de cours accessibles, en particulier les documents
    compatibles avec les lecteurs d'écran ; former 100 % des responsables de formation aux
    aménagements ; développer les aménagements de parcours (études en cinq ans pour une licence) ;
    faciliter la mobilité internationale des étudiants en situation de handicap avec le programme
    Erasmus+ Inclusion. Indicateurs : part des cours disponibles en format accessible ; taux de
    réussite des étudiants accompagnés."""),
    ("h", "3. Axe 2 — Vie étudiante et insertion"),
    para("""Objectifs : doubler le nombre de tuteurs ; créer un espace de repos sensoriel dans chaque
    campus ; développer les partenariats avec les entreprises engagées (Hello Handicap, club
    d'entreprises de la région) ; systématiser l'accompagnement à la recherche de stage. Le service
    universitaire des activités physiques ouvrira deux créneaux de sport adapté avec la fédération
    française handisport."""),
    ("h", "4. Axe 3 — Emploi des personnels"),
    para("""Objectifs : atteindre 6 % d'emploi direct en 2029 ; recruter chaque année au moins trois
    agents par la voie contractuelle spécifique ; réduire à deux mois le délai de mise en place des
    aménagements de poste ; sensibiliser les encadrants. Un budget annuel de 120 000 € est consacré
    aux aménagements, financé en partie par le FIPHFP."""),
    ("h", "5. Axe 4 — Accessibilité du cadre bâti et numérique"),
    para("""Programme de travaux de mise en accessibilité de 3,2 M€ sur cinq ans (ascenseurs, sanitaires,
    signalétique, boucles magnétiques dans les amphithéâtres). Mise en conformité du site internet
    et de l'ENT avec le référentiel général d'amélioration de l'accessibilité."""),
    ("h", "6. Gouvernance"),
    para("""Un état des lieux des besoins d'aménagement des postes de travail sera conduit dans chaque
    service avec le concours du médecin de prévention et de l'ergonome recruté en 2025. Les demandes
    individuelles continueront d'être traitées de manière confidentielle par la cellule maintien dans
    l'emploi, qui réunit la DRH, la médecine de prévention et l'assistante sociale des personnels ;
    seuls les aménagements décidés, et non leur motif, sont communiqués aux responsables de service."""),
    para("""Les personnels qui le souhaitent pourront bénéficier d'un accompagnement à la déclaration
    de leur situation de handicap, démarche qui reste volontaire. L'université rappelle qu'aucune
    information médicale n'est versée au dossier administratif de l'agent et que la reconnaissance
    de la qualité de travailleur handicapé n'est connue que des services chargés de sa mise en
    œuvre."""),
    para("""Le schéma fera l'objet d'une évaluation à mi-parcours en 2027, présentée aux conseils."""),
    para("""Les associations partenaires seront associées à cette évaluation."""),
    para("""Le schéma est piloté par la vice-présidente vie étudiante et la directrice générale
    adjointe chargée des ressources humaines. Un comité de suivi associant des étudiants, des
    représentants des personnels et des associations (APF France handicap, UNAPEI, Autisme France)
    se réunit deux fois par an. Un bilan annuel est présenté au conseil d'administration."""),
    ("table", [
        ["Indicateur", "2024", "Cible 2029"],
        ["Étudiants accompagnés", "1 146", "—"],
        ["Tuteurs rémunérés", "162", "320"],
        ["Taux d'emploi direct des personnels BOE", "5,1 %", "6 %"],
        ["Bâtiments entièrement accessibles", "19 / 27", "27 / 27"],
    ]),
]

DOCX_BLOCKS["p133_cahier_charges_nettoyage_laboratoires.docx"] = [
    ("title", "Cahier des clauses techniques particulières — nettoyage des locaux de recherche"),
    para("""Marché public n° 2026-014, Université de Haute-Armance. Lot 2 : laboratoires et
    animaleries."""),
    ("h", "Article 1 — Périmètre"),
    para("""Le lot couvre 8 400 m² de laboratoires, dont 1 200 m² en zones à accès réglementé
    (animalerie, salles de culture cellulaire, zone à régime restrictif). Les plans sont remis
    aux seuls candidats ayant signé l'engagement de confidentialité."""),
    ("h", "Article 2 — Exigences"),
    para("""Le personnel affecté aux zones à accès réglementé est formé aux risques biologiques et
    chimiques et fait l'objet d'une demande d'autorisation d'accès auprès de l'université. Les
    paillasses, sorbonnes et équipements scientifiques sont exclus du nettoyage. Les déchets
    d'activités de soins à risques infectieux ne sont pas manipulés par le titulaire."""),
    ("table", [
        ["Zone", "Fréquence", "Horaires"],
        ["Laboratoires standard", "3 fois par semaine", "7 h – 9 h"],
        ["Animalerie (zones conventionnelles)", "Quotidienne", "6 h – 8 h"],
        ["Couloirs et sanitaires", "Quotidienne", "6 h – 9 h"],
    ]),
]

DOCX_BLOCKS["p134_politique_propriete_intellectuelle.docx"] = [
    ("title", "Politique de propriété intellectuelle de l'université"),
    ("h", "1. Principes"),
    para("""Les résultats obtenus par les personnels dans l'exercice de leurs fonctions appartiennent à
    l'université, sous réserve des droits de ses partenaires. Les inventions sont déclarées à la
    direction de la valorisation avant toute communication publique (article, poster, soutenance,
    dépôt dans une archive ouverte)."""),
    ("h", "2. Intéressement des inventeurs"),
    para("""Conformément au code de la propriété intellectuelle et au code de la recherche, les agents
    inventeurs perçoivent une prime d'intéressement égale à 50 % des revenus nets jusqu'à un
    certain plafond, puis 25 % au-delà. Le laboratoire reçoit 20 % des revenus revenant à
    l'université."""),
    ("h", "3. Thèses et confidentialité"),
    para("""Lorsque la thèse contient des informations confidentielles, le chef d'établissement peut
    autoriser une soutenance à huis clos et la constitution d'une annexe confidentielle non
    diffusée. La durée de confidentialité ne peut en principe excéder cinq ans."""),
    ("h", "4. Logiciels et données"),
    para("""Les logiciels sont diffusés de préférence sous licence libre, sauf projet de valorisation
    identifié. Les données de recherche suivent les principes FAIR."""),
]

DOCX_BLOCKS["p135_cr_commission_recherche.docx"] = [
    ("title", "Commission de la recherche — compte rendu de la séance du 5 novembre 2025"),
    para("""Université de Haute-Armance. Présidence : M. Paul Durieux, vice-président recherche.
    26 membres présents ou représentés sur 40."""),
    ("h", "1. Répartition des crédits recherche 2026"),
    para("""La commission approuve la répartition de la dotation récurrente des unités (4,8 M€) selon
    les critères habituels. L'Institut de photonique et l'UMR Sols, eaux et vivant bénéficient
    d'une dotation complémentaire pour la jouvence d'équipements."""),
    ("h", "2. Conventions de recherche"),
    para("""Avis favorable à l'unanimité sur trois conventions : Valcor Composites (186 400 €),
    Fromageries Bréhat (CIFRE, 45 000 € par an), syndicat des eaux de la vallée de l'Armance
    (60 000 €). M. Hamon demande que les clauses de publication des contrats industriels soient
    harmonisées ; le vice-président s'y engage."""),
    ("h", "3. Habilitations à diriger des recherches"),
    para("""La commission autorise l'inscription de six candidats à l'HDR, dont les dossiers ont reçu
    les avis favorables des rapporteurs."""),
    ("h", "4. Appel à projets Émergence"),
    para("""Sur 41 projets déposés, 14 sont retenus pour un montant total de 238 000 €. La liste des
    projets retenus sera publiée sur l'intranet de la recherche."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_nouvelles_collegue_chimiotherapie.html"] = (
    "Intranet — La vie des services",
    """
<header><p>Intranet &gt; Bibliothèque universitaire &gt; Actualités de l'équipe</p></header>
<article>
<h1>Un petit mot pour Martine</h1>
<p class="date">Publié le 18 novembre 2025 par l'équipe de la BU Sciences</p>
<p>Vous êtes nombreux à vous étonner de ne plus voir Martine Gilet à la banque de prêt. Martine nous a
demandé de vous donner de ses nouvelles : on lui a diagnostiqué en septembre un cancer du sein, elle a
été opérée à l'institut Godinot et elle entame maintenant six mois de chimiothérapie, suivis de
radiothérapie. Elle garde le moral et compte bien revenir « avec une nouvelle coupe de cheveux » au
printemps.</p>
<p>Elle vous remercie pour vos messages. Une cagnotte pour lui offrir une liseuse circule jusqu'au
30 novembre au bureau de la direction de la BU.</p>
</article>
""",
)

HTML_PAGES["s062_blog_labo_doctorant_visa.html"] = (
    "Le blog des doctorants du LAMC",
    """
<h1>Le blog des doctorants — Laboratoire d'anthropologie des mondes contemporains</h1>
<article>
<h2>Où est passé Moussa ?</h2>
<p class="meta">Billet du 3 octobre 2025</p>
<p>Ceux qui ont assisté au séminaire de rentrée l'ont remarqué : Moussa Traoré, doctorant en deuxième année,
n'était pas là. Il est bloqué à Bamako depuis juillet : parti voir sa famille pendant l'été, il s'est vu
refuser par le consulat le visa de retour, au motif que son titre de séjour était expiré depuis deux
semaines et que sa demande de renouvellement n'avait pas été enregistrée par la préfecture avant son
départ. Un recours a été déposé, mais il ne pourra pas revenir avant plusieurs mois.</p>
<p>Son contrat doctoral est suspendu pendant son absence. Nous lui avons installé un accès à distance au
serveur et il continue de coder ses entretiens. Vous pouvez lui écrire sur la liste du labo !</p>
</article>
""",
)

HTML_PAGES["s063_ent_forum_reponse_dette_crous.html"] = (
    "ENT — Forum de la résidence Les Remparts",
    """
<h1>Forum des résidents — Les Remparts</h1>
<div class="fil">
<p class="msg"><strong>Kevin_R412</strong> — Pourquoi ma carte d'accès ne marche plus ? Je ne peux plus entrer
au local vélos depuis lundi, c'est inadmissible.</p>
<p class="msg reponse"><strong>Gestion résidence (modératrice)</strong> — Bonjour Kevin Roche, votre
badge a été désactivé pour les espaces communs comme annoncé dans notre courrier du 6 novembre : vous
êtes redevable de 1 386 € de redevances (juin à octobre) et n'avez pas répondu à la proposition
d'échéancier. Votre dossier a été transmis à l'huissier. Merci de prendre rendez-vous avec l'assistante
sociale, qui peut examiner une aide d'urgence.</p>
<p class="msg"><strong>Lola_B</strong> — Euh… c'est normal de publier ça sur le forum ?</p>
</div>
""",
)

HTML_PAGES["s064_resultats_jury_mention_fraude.html"] = (
    "Résultats — DU Management de projet",
    """
<h1>Diplôme d'université « Management de projet » — Résultats du jury du 27 juin 2025</h1>
<p>Liste publiée sur l'espace de la formation, accessible aux stagiaires inscrits.</p>
<table>
<tr><th>Stagiaire</th><th>Moyenne</th><th>Décision</th></tr>
<tr><td>Mme Estelle Baron</td><td>14,6</td><td>Admise — mention bien</td></tr>
<tr><td>M. David Chabert</td><td>11,2</td><td>Admis</td></tr>
<tr><td>M. Romain Leduc</td><td>—</td><td>Résultat suspendu : dossier transmis à la section disciplinaire
(mémoire plagié à 62 %)</td></tr>
<tr><td>Mme Nora Zidane</td><td>8,4</td><td>Ajournée — échec au mémoire, insuffisance méthodologique
relevée par les deux correcteurs</td></tr>
<tr><td>Mme Sylvie Poncet</td><td>12,9</td><td>Admise</td></tr>
</table>
""",
)

HTML_PAGES["s065_site_labo_article_presse_reproduit.html"] = (
    "Ils parlent de nous — Institut de photonique",
    """
<h1>Ils parlent de nous</h1>
<p>Nous reproduisons ci-dessous l'article paru dans Le Quotidien des Sciences du 9 octobre 2025.</p>
<article class="presse">
<p class="copyright">© Le Quotidien des Sciences — reproduction intégrale</p>
<h2>« La fibre qui sent l'humidité »</h2>
<p class="auteur">Par Thomas Verlaine</p>
<p>Dans un sous-sol de Saint-Lié, une fibre de verre plus fine qu'un cheveu change de couleur quand on
souffle dessus. Ce n'est pas un tour de magie, mais le fruit de six ans de recherche à l'Institut de
photonique. « Nous avons eu l'idée de recouvrir la fibre d'un gel tiré de la carapace des crevettes »,
raconte Yasmine Haddou, 29 ans, qui en a fait le cœur de sa thèse.</p>
<p>Le principe est d'une élégance rare : en absorbant l'eau, le gel gonfle et étire très légèrement la
fibre, ce qui décale la lumière qu'elle réfléchit. Mesurer ce décalage permet de connaître l'humidité à
un point près, là où aucun capteur électronique ne survit : au cœur d'un silo, dans le béton d'un pont,
au fond d'un tunnel ferroviaire.</p>
<p>L'histoire aurait pu s'arrêter à la publication. Elle continue avec Lumisens, la jeune entreprise créée
par deux anciens du laboratoire, qui espère vendre ses premiers capteurs en 2027. Les gestionnaires
d'ouvrages d'art suivent le projet de près : la corrosion des armatures, qui commence par l'humidité,
coûte chaque année des centaines de millions d'euros.</p>
<p>Reste à passer de l'éprouvette au chantier. « Il faut que la fibre résiste à dix ans de béton,
aux vibrations, aux écarts de température », prévient le directeur du laboratoire. Rendez-vous dans
deux ans.</p>
</article>
""",
)

HTML_PAGES["s066_wiki_animalerie_codes.html"] = (
    "Wiki interne — Animalerie centrale",
    """
<h1>Wiki de l'animalerie centrale — page « Accès et astreintes »</h1>
<p class="avertissement">Page interne : ne pas copier sur un site accessible depuis l'extérieur.</p>
<h2>Accès</h2>
<ul>
<li>Porte quai de livraison : digicode <strong>8142B</strong> (à changer en janvier).</li>
<li>Sas zone EOPS (exempte d'organismes pathogènes spécifiques) : badge + code <strong>3390</strong>.</li>
<li>Local des congélateurs à carcasses : clé dans la boîte à clés du bureau 12, code de la boîte
<strong>1-9-7-4</strong>.</li>
</ul>
<h2>Alarmes</h2>
<p>L'alarme intrusion du bâtiment est désactivée tous les jours de 6 h à 20 h ; les caméras du couloir
ouest sont hors service depuis l'orage de septembre. En cas d'intrusion de militants (comme en 2022),
appeler le PC sécurité et ne pas intervenir seul.</p>
<h2>Astreintes du week-end</h2>
<p>Le planning est dans l'onglet « Astreintes ».</p>
""",
)

HTML_PAGES["s067_wiki_projet_formule_partenaire.html"] = (
    "Wiki projet Bréhat — paramètres",
    """
<h1>Projet CIFRE Bréhat — page « Paramètres procédé » (espace partagé de l'équipe)</h1>
<p class="avertissement">Informations couvertes par l'accord de confidentialité avec Fromageries Bréhat SA.
Ne pas reprendre dans les présentations publiques ni dans les posters.</p>
<table>
<tr><th>Paramètre</th><th>Valeur actuelle usine</th><th>Valeur cible essai</th></tr>
<tr><td>Souche lactique</td><td>LP-B7 (collection privée)</td><td>LP-B7</td></tr>
<tr><td>Moisissure d'affinage</td><td>Penicillium sp. BR-22</td><td>BR-22 + BR-31</td></tr>
<tr><td>Saumurage</td><td>20 h à 18 °Bé</td><td>14 h à 18 °Bé</td></tr>
<tr><td>Affinage</td><td>8 semaines à 11 °C</td><td>5 semaines à 12 °C, 94 % HR</td></tr>
<tr><td>Coût de revient (€/kg)</td><td>7,42</td><td>6,85</td></tr>
</table>
<p>Prochain essai sur la ligne 3 : semaine 50. La direction R&amp;D a demandé que les rendements de la ligne
ne soient communiqués à personne en dehors de l'équipe.</p>
""",
)

HTML_PAGES["s068_espace_doctorants_liste_handicap.html"] = (
    "Espace collaboratif — École doctorale 584",
    """
<h1>Journées des doctorants 2026 — organisation</h1>
<p>Page de l'espace collaboratif, partagée avec les 60 doctorants inscrits aux journées.</p>
<h2>Besoins particuliers signalés</h2>
<ul>
<li>Paul Berthon : fauteuil roulant — prévoir la salle du rez-de-chaussée et la navette adaptée.</li>
<li>Jeanne Mallet : malentendante, appareillée — boucle magnétique dans l'amphithéâtre.</li>
<li>Anissa Cherki : épilepsie — pas de lumière stroboscopique pendant la soirée ; un collègue informé
du protocole en cas de crise.</li>
<li>Ludovic Fauré : régime sans gluten (maladie cœliaque).</li>
</ul>
<h2>Programme</h2>
<p>Sessions posters le matin, conférences l'après-midi, soirée au Café des Arts.</p>
""",
)

HTML_PAGES["s069_portrait_etudiant_foi.html"] = (
    "Portraits d'étudiants — Le Mag'",
    """
<h1>Le Mag' de l'université — Portraits</h1>
<article>
<h2>Benjamin, entre l'amphi et le monastère</h2>
<p>Étudiant en master de philosophie, Benjamin Laforgue, 24 ans, partage son temps entre la bibliothèque et
l'abbaye bénédictine d'En-Calcat, où il fait retraite un week-end sur deux. Baptisé à 20 ans après une
enfance « sans aucune religion », il envisage d'entrer au noviciat à l'issue de son master.</p>
<p>« Ma conversion a été progressive, en lisant saint Augustin pour un cours de L2 », explique-t-il. Ses
amis ont d'abord été surpris : « Certains pensaient que c'était une crise. Mais je n'ai jamais été
aussi serein. » Son mémoire porte sur le silence dans la pensée médiévale.</p>
</article>
""",
)

HTML_PAGES["s070_brouillon_communique_ne_pas_diffuser.html"] = (
    "BROUILLON — ne pas diffuser",
    """
<p class="bandeau">NE PAS DIFFUSER — projet soumis à validation de la présidence, embargo jusqu'à la
décision du conseil d'administration</p>
<h1>Projet de communiqué : l'université engage un plan de retour à l'équilibre</h1>
<p>Confrontée à un déficit de 6,8 millions d'euros, l'Université de Haute-Armance engage un plan de
retour à l'équilibre sur trois ans. Il prévoit le gel de 25 emplois vacants, la fusion de deux licences
de lettres et l'étude de la cession du site de la rue Colbert, estimé à 9,2 millions d'euros.</p>
<p>L'antenne universitaire de Vireux sera maintenue jusqu'en 2027 au moins ; son avenir sera discuté
avec la communauté de communes.</p>
<p>[Citation du président à valider.]</p>
<p class="note">Note interne : ne pas mentionner le scénario A ni la lettre du rectorat.</p>
""",
)

HTML_PAGES["s071_cr_section_syndicale_adherents.html"] = (
    "Compte rendu — section syndicale",
    """
<h1>Section SUD Éducation de l'Université Rhône-Cévennes — compte rendu de l'AG des adhérents</h1>
<p>Réunion du 20 novembre 2025, salle 014 du bâtiment A. Document à usage interne des adhérents, publié par
erreur sur l'espace partagé « Vie du campus ».</p>
<h2>Présents (adhérents à jour de cotisation)</h2>
<p>Fanny Caradec (scolarité droit), Yann Le Bihan (DSI), Morgane Tessier (BU lettres), Julien Roux (UFR
sciences), Amel Ghazi (service financier), Thierry Coste (services techniques).</p>
<h2>Ordre du jour</h2>
<ol>
<li>Préparation de la grève du 5 décembre : piquet devant la présidence à 8 h.</li>
<li>Situation des contractuels de la DSI : Yann prend contact avec la DRH.</li>
<li>Cotisations 2026 : Amel relance les retardataires.</li>
</ol>
""",
)

HTML_PAGES["s072_portrait_ancienne_pupille_ase.html"] = (
    "Diplômés à l'honneur",
    """
<h1>Cérémonie de remise des diplômes 2025 — trois parcours à l'honneur</h1>
<article>
<h2>Kelly Marchand, major du master de travail social</h2>
<p>Placée à l'aide sociale à l'enfance à l'âge de six ans, après que le juge des enfants eut retiré sa garde
à sa mère, Kelly a grandi dans trois familles d'accueil successives puis dans un foyer de Reims. « À
dix-huit ans, on m'a proposé un contrat jeune majeur, sans lequel je n'aurais jamais pu faire d'études »,
raconte-t-elle. Elle n'a plus de contact avec son père, dont elle ignore où il vit.</p>
<p>Major de sa promotion, elle vient d'être recrutée comme éducatrice par l'association qui l'avait
accompagnée. « Je veux être pour d'autres enfants ce que mes éducateurs ont été pour moi. »</p>
</article>
""",
)

HTML_PAGES["s073_page_cohorte_resultats_brca.html"] = (
    "Extranet cohorte SEIN-FAMILLE",
    """
<h1>Extranet de la cohorte SEIN-FAMILLE — tableau de suivi des retours de résultats</h1>
<p>Page de l'extranet partagée avec les conseillères en génétique des quatre centres.</p>
<table>
<tr><th>Participante</th><th>Centre</th><th>Résultat</th><th>Consultation de rendu</th></tr>
<tr><td>Mme Valérie Castel (née 1979)</td><td>Reims</td><td>BRCA1 c.5266dupC — pathogène</td>
<td>12/11</td></tr>
<tr><td>Mme Odile Castel (née 1952, mère)</td><td>Reims</td><td>BRCA1 c.5266dupC — pathogène</td>
<td>12/11</td></tr>
<tr><td>Mme Pauline Herbin (née 1988)</td><td>Nancy</td><td>Aucun variant pathogène</td><td>19/11</td></tr>
<tr><td>Mme Lucie Marty (née 1991)</td><td>Metz</td><td>PALB2 — variant de signification inconnue</td>
<td>à planifier</td></tr>
</table>
<p>Rappel : Mme V. Castel a demandé que sa sœur ne soit pas contactée avant qu'elle l'ait elle-même
informée.</p>
""",
)

HTML_PAGES["s074_temoignage_etudiant_origine_rom.html"] = (
    "Semaine de l'égalité — témoignages",
    """
<h1>Semaine de l'égalité des chances — « Ce que j'aurais aimé qu'on sache »</h1>
<article>
<h2>Témoignage de Dragan Petrović, L3 histoire</h2>
<p>« Je suis rom, né en Serbie ; ma famille est arrivée en France quand j'avais huit ans et nous avons vécu
quatre ans dans un bidonville en périphérie de Lyon. Au collège, je cachais mes origines : je disais que
j'étais yougoslave, ce qui faisait sourire les profs. Aujourd'hui, je suis le premier de ma famille à
aller à l'université. »</p>
<p>« Je ne veux pas qu'on me regarde comme une exception. Je veux juste qu'on arrête de demander à mes
cousins s'ils savent lire. »</p>
</article>
""",
)

HTML_PAGES["s075_forum_asso_etudiants_militants.html"] = (
    "Forum — Bureau des étudiants",
    """
<h1>Forum du BDE Sciences Po Armance — fil « Nouveaux membres du bureau »</h1>
<div class="fil">
<p class="msg"><strong>Admin_BDE</strong> — Bienvenue aux nouveaux membres du bureau ! Petit tour de table
pour se présenter.</p>
<p class="msg"><strong>Clara M.</strong> — Clara Maillard, trésorière. Pour être transparente avec vous :
je suis encartée chez Reconquête depuis deux ans et responsable jeunes pour le département, mais je
laisse mes opinions à la porte du BDE.</p>
<p class="msg"><strong>Hugo T.</strong> — Hugo Thévenet, responsable événements. Moi je milite au NPA,
donc on va bien s'amuser en réunion 😄</p>
<p class="msg"><strong>Admin_BDE</strong> — Merci à vous deux. Rappel : le BDE est apolitique.</p>
</div>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_catalogue_licence_psychologie.html"] = (
    "Licence de psychologie — catalogue des formations",
    """
<h1>Licence mention Psychologie</h1>
<p class="chapeau">UFR sciences humaines — Université Rhône-Cévennes — 180 ECTS</p>
<h2>Présentation</h2>
<p>La licence de psychologie offre une formation généraliste dans les grands champs de la discipline :
psychologie cognitive, du développement, sociale, clinique et psychopathologie, neurosciences. Elle
prépare à la poursuite d'études en master, seule voie d'accès au titre de psychologue.</p>
<h2>Programme</h2>
<ul>
<li>L1 : introduction aux domaines de la psychologie, statistiques, méthodologie expérimentale.</li>
<li>L2 : psychopathologie de l'adulte, psychologie du développement de l'enfant, psychologie sociale.</li>
<li>L3 : entretien clinique, handicap et inclusion, psychologie du travail, stage d'observation de
70 heures.</li>
</ul>
<h2>Admission</h2>
<p>Sur Parcoursup. Capacité d'accueil : 420 places. Aménagements possibles pour les étudiants en situation
de handicap, sportifs de haut niveau et étudiants salariés.</p>
<h2>Contact</h2>
<p>Responsable de la mention : M. Yann Dorval. Scolarité : scol-psycho@univ-rc.example.fr</p>
""",
)

HTML_PAGES["p137_communique_laboratoire_commun_entreprise.html"] = (
    "Communiqué — laboratoire commun",
    """
<h1>L'Institut Delorme et Aquanor Traitement créent un laboratoire commun sur l'eau potable</h1>
<p class="date">Montpellier, le 25 novembre 2025</p>
<p>L'Institut Delorme de recherche sur les milieux et la société Aquanor Traitement inaugurent « AQUALAB »,
un laboratoire commun consacré à l'optimisation énergétique et à la réduction des réactifs dans le
traitement de l'eau potable. Doté de 2,4 M€ sur quatre ans, dont 50 % apportés par l'entreprise et un
soutien de l'Agence nationale de la recherche, il réunira huit chercheurs et ingénieurs.</p>
<p>Les travaux porteront sur les procédés de coagulation, la modélisation du colmatage des membranes et le
pilotage des stations par des capteurs en ligne. Les résultats feront l'objet de publications dans le
respect des règles de confidentialité fixées par l'accord de partenariat.</p>
<p>« Ce partenariat nous permet de tester nos modèles dans des conditions réelles », indique le directeur
général délégué à la science de l'Institut.</p>
<p>Contact presse : presse@idrm.example.fr</p>
""",
)

HTML_PAGES["p138_page_parcoursup_reexamen.html"] = (
    "Admission en licence — aucune proposition ?",
    """
<h1>Vous n'avez reçu aucune proposition sur Parcoursup ?</h1>
<p>Pas de panique : plusieurs solutions existent.</p>
<h2>1. La phase complémentaire</h2>
<p>De mi-juin à mi-septembre, formulez jusqu'à dix nouveaux vœux dans les formations ayant encore des
places.</p>
<h2>2. La CAES</h2>
<p>La commission d'accès à l'enseignement supérieur du rectorat examine votre dossier et vous fait des
propositions. Saisissez-la depuis la rubrique « Contact » de Parcoursup.</p>
<h2>3. Le réexamen pour raisons de santé ou de handicap</h2>
<p>Si votre situation de santé, de handicap ou une charge de famille justifie une inscription dans un
établissement situé dans une zone géographique déterminée, vous pouvez demander un réexamen. Les pièces
médicales sont adressées sous pli confidentiel et ne sont lues que par le médecin conseiller.</p>
<h2>4. Nous contacter</h2>
<p>Le service d'orientation (SUIO) vous reçoit sans rendez-vous le mercredi après-midi.</p>
""",
)

HTML_PAGES["p139_page_crous_logement_criteres.html"] = (
    "Se loger en résidence CROUS",
    """
<h1>Se loger en résidence universitaire</h1>
<h2>Qui peut demander un logement ?</h2>
<p>Tout étudiant inscrit dans un établissement d'enseignement supérieur. Les boursiers sont prioritaires,
en fonction de leur échelon et de l'éloignement du domicile familial.</p>
<h2>Comment faire ?</h2>
<p>Constituez votre dossier social étudiant (DSE) entre le 15 janvier et le 31 mai, puis formulez vos vœux
de logement sur trouverunlogement.lescrous.fr.</p>
<h2>Situations particulières</h2>
<p>Des logements adaptés sont réservés aux étudiants en situation de handicap. Les étudiants en rupture
familiale, les étudiants réfugiés et les pupilles de l'État peuvent bénéficier d'une attribution en
urgence après entretien avec le service social.</p>
<h2>Combien ça coûte ?</h2>
<p>De 180 € à 520 € par mois selon le type de logement, avant déduction des aides au logement.</p>
""",
)

HTML_PAGES["p140_page_cellule_vss_contact.html"] = (
    "Cellule d'écoute VSS",
    """
<h1>Violences sexistes et sexuelles : vous n'êtes pas seul·e</h1>
<p>Vous êtes victime ou témoin de harcèlement, d'agression sexuelle, de propos sexistes, homophobes ou
transphobes au sein de l'université ? La cellule d'écoute vous reçoit en toute confidentialité.</p>
<h2>Comment nous joindre ?</h2>
<ul>
<li>Par courriel : ecoute-vss@univ-rc.example.fr</li>
<li>Par téléphone : 04 66 00 00 00, du lundi au vendredi, 9 h – 17 h</li>
<li>Formulaire en ligne, anonyme si vous le souhaitez</li>
</ul>
<h2>Que se passe-t-il ensuite ?</h2>
<p>Une professionnelle formée vous reçoit sous 72 heures. Elle vous informe de vos droits, vous oriente vers
un soutien psychologique ou juridique (France Victimes 30, CIDFF) et, avec votre accord, vers la
présidence pour d'éventuelles mesures de protection ou une enquête.</p>
<h2>En cas d'urgence</h2>
<p>Composez le 17 ou le 112. Numéro national Violences Femmes Info : 3919.</p>
""",
)

HTML_PAGES["p141_page_cultes_laicite_campus.html"] = (
    "Vie étudiante — Laïcité et cultes",
    """
<h1>Laïcité et vie religieuse sur le campus</h1>
<p>L'université est un service public laïque : elle garantit la liberté de conscience de chacun et la
neutralité de ses agents. Les étudiants peuvent exprimer leurs convictions, dans le respect de l'ordre
public et du bon déroulement des enseignements.</p>
<h2>Aumôneries et associations cultuelles proches du campus</h2>
<ul>
<li>Aumônerie catholique étudiante — 12 rue Saint-Jacques</li>
<li>Association des étudiants musulmans de Saint-Lié — permanences à la Maison des associations</li>
<li>Union des étudiants juifs de France, section Champagne</li>
<li>Groupe biblique universitaire (protestant)</li>
</ul>
<p>Ces associations sont indépendantes de l'université. Aucun lieu de culte n'existe dans les locaux
universitaires.</p>
<h2>Une question ?</h2>
<p>Contactez la référente laïcité de l'université.</p>
""",
)

HTML_PAGES["p142_hommage_historique_doyenne_medecine.html"] = (
    "Histoire de l'université — figures",
    """
<h1>Figures de l'université : Marguerite Devaux (1871-1938)</h1>
<p>Première femme agrégée de médecine de la faculté, Marguerite Devaux soutient en 1899 une thèse sur la
tuberculose chez les ouvrières du textile, qu'elle a elle-même contractée lors de ses gardes à l'hôpital
de Saint-Lié et dont elle guérit après deux années de sanatorium à Hauteville.</p>
<p>Militante féministe, adhérente de la Ligue des droits de l'homme, elle fonde en 1905 le premier
dispensaire antituberculeux de la ville. Pendant la Grande Guerre, elle dirige un hôpital auxiliaire.
Célibataire, elle partage sa vie pendant trente ans avec son amie et collaboratrice, l'infirmière
Jeanne Auber, aux côtés de laquelle elle est inhumée au cimetière de l'Est.</p>
<p>Un amphithéâtre de la faculté de santé porte son nom depuis 2021.</p>
""",
)

HTML_PAGES["p143_page_securite_laboratoires.html"] = (
    "Prévention — sécurité en laboratoire",
    """
<h1>Santé et sécurité au travail : les laboratoires</h1>
<h2>Les acteurs</h2>
<p>Chaque unité dispose d'un assistant de prévention, nommé par le directeur d'unité. Le service hygiène
et sécurité de l'université et le médecin de prévention les accompagnent.</p>
<h2>Les documents obligatoires</h2>
<ul>
<li>Document unique d'évaluation des risques professionnels, mis à jour chaque année.</li>
<li>Registre de santé et de sécurité au travail, accessible à tous.</li>
<li>Liste des agents exposés aux agents chimiques dangereux, tenue par le directeur d'unité.</li>
</ul>
<h2>Chiffres 2024</h2>
<p>54 accidents de service, dont 11 en laboratoire (coupures, projections, brûlures). Aucun décès.</p>
<h2>Formations</h2>
<p>Accueil sécurité, risque chimique, risque biologique, risque laser, manipulation des fluides
cryogéniques.</p>
""",
)

HTML_PAGES["p144_programme_etudiants_exil.html"] = (
    "Étudiants en exil — programme Passerelle",
    """
<h1>Programme Passerelle : reprendre ses études après l'exil</h1>
<p>Depuis 2017, l'université accueille chaque année une trentaine d'étudiants réfugiés ou demandeurs
d'asile dans son diplôme universitaire de français. En 2024-2025, les étudiants venaient de 14 pays,
dont l'Afghanistan, le Soudan, l'Ukraine et l'Érythrée.</p>
<p>À l'issue du DU, 78 % des étudiants ont intégré une licence, un BUT ou un master. Plusieurs ont été
accompagnés par l'association Uni-R et par le réseau MEnS.</p>
<h2>Devenir parrain ou marraine</h2>
<p>Étudiants et personnels peuvent accompagner un étudiant du programme (rencontres, aide aux démarches,
découverte de la ville). Inscription auprès du service des relations internationales.</p>
""",
)

HTML_PAGES["p145_annuaire_equipe_laboratoire.html"] = (
    "Annuaire — Institut de photonique",
    """
<h1>Institut de photonique de Saint-Lié — l'équipe</h1>
<table>
<tr><th>Nom</th><th>Fonction</th><th>Bureau</th><th>Téléphone</th></tr>
<tr><td>M. Damien Leclerc</td><td>Directeur, professeur</td><td>P105</td><td>03 26 00 11 05</td></tr>
<tr><td>Mme Hélène Daumas</td><td>Maîtresse de conférences</td><td>P112</td><td>03 26 00 11 12</td></tr>
<tr><td>M. Paul Rivière</td><td>Doctorant</td><td>P120</td><td>03 26 00 11 20</td></tr>
<tr><td>Mme Yasmine Haddou</td><td>Post-doctorante</td><td>P121</td><td>03 26 00 11 21</td></tr>
<tr><td>M. Christophe Aubin</td><td>Ingénieur, assistant de prévention</td><td>P008</td>
<td>03 26 00 11 08</td></tr>
<tr><td>Mme Nadia Ferhat</td><td>Technicienne</td><td>C214</td><td>03 26 00 12 14</td></tr>
</table>
<p>Secrétariat : lundi au vendredi, 9 h – 12 h. Adresse : 4 allée des Sciences, 51320 Saint-Lié.</p>
""",
)

HTML_PAGES["p146_actualite_brevets_universite.html"] = (
    "Actualités — valorisation",
    """
<h1>Trois brevets publiés en 2025 pour nos laboratoires</h1>
<p>L'Institut national de la propriété industrielle a publié cette année trois demandes de brevet déposées
par l'université et ses partenaires :</p>
<ul>
<li>FR 3 112 xxx — capteur d'humidité à fibre optique (Institut de photonique) ;</li>
<li>FR 3 118 xxx — procédé de dégradation biologique d'herbicides dans les sols (UMR Sols, eaux et vivant,
avec l'Institut Delorme) ;</li>
<li>FR 3 121 xxx — dispositif de filtration pour cuves de vinification (LMPA, avec une PME de
l'Aube).</li>
</ul>
<p>Les demandes publiées sont consultables gratuitement sur la base de données de l'INPI. Vous avez un
résultat susceptible d'être protégé ? Contactez la direction de la valorisation avant toute
publication.</p>
""",
)

HTML_PAGES["p147_faq_amenagements_examens.html"] = (
    "FAQ — aménagements d'examens",
    """
<h1>Aménagements d'examens : questions fréquentes</h1>
<h2>Qui peut en bénéficier ?</h2>
<p>Tout étudiant dont la situation de santé ou de handicap, permanente ou temporaire, le justifie : trouble
dys, maladie chronique, trouble psychique, handicap moteur ou sensoriel, blessure.</p>
<h2>Comment les demander ?</h2>
<p>Prenez rendez-vous avec le médecin du service de santé étudiante avant le 15 octobre (ou dès la
survenue d'une situation temporaire). Apportez vos documents médicaux et, si vous en avez, la
notification de la MDPH.</p>
<h2>Mes enseignants sauront-ils de quoi je souffre ?</h2>
<p>Non. Seuls les aménagements (tiers-temps, salle à part…) sont communiqués à la scolarité, jamais le
diagnostic.</p>
<h2>Les aménagements figurent-ils sur mon diplôme ?</h2>
<p>Non, aucune mention n'apparaît sur le diplôme ni sur le relevé de notes.</p>
""",
)

HTML_PAGES["p148_communique_prix_chercheuse.html"] = (
    "Communiqué — prix scientifique",
    """
<h1>Delphine Arnoux reçoit la médaille d'argent de l'Institut</h1>
<p class="date">Montpellier, le 14 octobre 2025</p>
<p>L'Institut Delorme de recherche sur les milieux décerne sa médaille d'argent 2025 à Delphine Arnoux,
directrice de recherche à l'UMR Sols, eaux et vivant, pour ses travaux sur les communautés microbiennes
des sols viticoles et leur rôle dans la dégradation des pesticides.</p>
<p>Agronome de formation, docteure de l'université de Montpellier, elle a rejoint l'Institut en 2008. Elle
coordonne le projet européen SOILNET, qui réunit quatorze partenaires dans sept pays, et a encadré
douze thèses.</p>
<p>La médaille lui sera remise lors de la cérémonie annuelle le 4 décembre, à Paris.</p>
""",
)

HTML_PAGES["p149_resultats_elections_usagers.html"] = (
    "Élections étudiantes 2025 — résultats",
    """
<h1>Élections des représentants des usagers — résultats</h1>
<p>Scrutin des 25 et 26 novembre 2025. Participation : 7,9 % (1 652 votants sur 20 912 inscrits).</p>
<table>
<tr><th>Conseil</th><th>Liste</th><th>Voix</th><th>Sièges</th></tr>
<tr><td>CA</td><td>FAGE — Fédé Armance</td><td>712</td><td>3</td></tr>
<tr><td>CA</td><td>Union étudiante</td><td>498</td><td>2</td></tr>
<tr><td>CA</td><td>UNI</td><td>262</td><td>1</td></tr>
<tr><td>CFVU</td><td>FAGE — Fédé Armance</td><td>805</td><td>8</td></tr>
<tr><td>CFVU</td><td>Union étudiante</td><td>521</td><td>5</td></tr>
</table>
<p>Les élus prendront leurs fonctions lors de la séance d'installation du 12 décembre.</p>
""",
)

HTML_PAGES["p150_appel_participants_etude_sommeil.html"] = (
    "Appel à participants — étude sommeil",
    """
<h1>Participez à une étude sur le sommeil des étudiants</h1>
<p>Le laboratoire de psychologie recrute 200 étudiants de 18 à 25 ans pour une étude sur les rythmes de
sommeil pendant la période des examens.</p>
<h2>Ce qui vous sera demandé</h2>
<ul>
<li>Porter une montre actimétrique pendant deux semaines ;</li>
<li>remplir un court questionnaire chaque matin sur votre téléphone ;</li>
<li>participer à un entretien de 30 minutes.</li>
</ul>
<h2>Conditions</h2>
<p>Ne pas prendre de traitement du sommeil ; ne pas travailler de nuit. Les données sont pseudonymisées ;
vous pouvez vous retirer à tout moment. Indemnisation : 40 €.</p>
<p>Étude ayant reçu l'avis favorable du comité d'éthique de la recherche (dossier 2025-040).</p>
<p>Contact : etude-sommeil@univ-rc.example.fr</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
