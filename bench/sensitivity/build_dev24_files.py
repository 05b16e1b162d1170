"""Build the .docx and .html documents of the hand-written sensitivity set ``dev24``.

Theme: bodies that deliberate about people (conseils de la vie sociale, commissions d'attribution
des logements, CCAS, COMED DALO, CDAPH, conseil médical, conseils de discipline, CAP, CST/F3SCT,
crèches, RSA, équipes éducatives, conseil de famille des pupilles, CLSPD, surendettement, jurys,
clubs sportifs) and the public documents they publish. 150 documents, 75 sovereign (s001-s075)
and 75 public (p076-p150); the .txt files are written by hand in ``corpus/dev24``, this script
writes the .docx and .html ones with stable bytes.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_dev24_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev24"
FIXED = dt.datetime(2026, 4, 2, 9, 30, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s046_cvs_ehpad_pv_seance_annuelle_complet.docx"] = [
    ("title", "EHPAD « Résidence du Val d'Ource » — Conseil de la vie sociale"),
    ("p", "Procès-verbal de la séance du 28 novembre 2024, 14 h 30 – 17 h 15, salle polyvalente."),
    ("h", "Participants"),
    ("p", "Représentants des personnes accueillies : Mme Marcelle Gauthier (présidente), M. Émile "
          "Barbier, Mme Jeanne Lods. Représentants des familles : M. Philippe Roussel "
          "(vice-président), Mme Catherine Mairet. Représentant des mandataires judiciaires : "
          "Mme Sophie Caillet (ATMP 21). Représentants du personnel : Mme Lydie Perrin, "
          "aide-soignante, M. Hugo Dufour, agent de service hospitalier. Représentant de "
          "l'organisme gestionnaire : M. Bernard Cottin, président du conseil d'administration. "
          "Avec voix consultative : Mme Agnès Moreau, directrice ; Dr Marc Lhuillier, médecin "
          "coordonnateur ; Mme Valérie Jacquot, cadre de santé."),
    ("h", "1. Approbation du procès-verbal du 19 septembre 2024"),
    ("p", "Approuvé à l'unanimité, après ajout, à la demande de M. Roussel, de la mention de la "
          "panne d'ascenseur du 12 septembre."),
    ("h", "2. Budget prévisionnel 2025 et prix de journée"),
    ("p", "La directrice présente l'état prévisionnel des recettes et des dépenses 2025. Le tarif "
          "hébergement proposé au conseil départemental est de 68,40 € par jour (+3,1 %). Le "
          "forfait dépendance GIR 5-6 reste fixé à 6,12 €. La section soins est financée par "
          "l'ARS à hauteur de 1 812 000 €. Le déficit de la section hébergement, 48 000 € en "
          "2023, devrait être résorbé grâce au taux d'occupation retrouvé. Les représentants des "
          "familles regrettent une nouvelle hausse ; avis favorable du conseil, M. Roussel "
          "s'abstenant."),
    ("h", "3. Restauration et repas"),
    ("p", "Mme Gauthier relaie la satisfaction générale sur les repas de fêtes. Elle transmet "
          "également la demande de M. Barbier, qui souhaite qu'un plat sans porc lui soit "
          "systématiquement proposé, et celle de Mme Hamida Benali, résidente du deuxième étage, "
          "qui observe le jeûne du ramadan et demande que son repas du soir puisse lui être "
          "servi après le coucher du soleil, comme l'an dernier. La directrice confirme que la "
          "cuisine s'organisera comme en 2024, avec un plateau conservé en chambre froide, sous "
          "réserve de l'accord du médecin coordonnateur compte tenu du diabète insulinodépendant "
          "de Mme Benali, pour lequel l'équipe infirmière adaptera les horaires d'injection. "
          "Le Dr Lhuillier indique qu'il en discutera directement avec la résidente et son "
          "fils."),
    ("p", "M. Roussel rappelle que les résidents du secteur protégé mangent très tôt (18 h). "
          "La cadre de santé explique que l'horaire est lié à l'organisation des couchers."),
    ("h", "4. Questions des familles"),
    ("p", "Mme Mairet, représentante des familles, fait part de la plainte de la famille de "
          "Mme Louise Bonnot, chambre 27, qui estime que sa mère, atteinte d'une maladie "
          "d'Alzheimer à un stade avancé, a beaucoup maigri depuis l'été (six kilos selon le "
          "fils) et qu'elle présente une escarre au talon découverte lors d'une visite. La "
          "famille se demande si le manque de personnel le week-end n'en est pas la cause. La "
          "cadre de santé indique que la perte de poids a été repérée, qu'une alimentation "
          "enrichie et des compléments nutritionnels oraux ont été prescrits en octobre, et que "
          "l'escarre fait l'objet de pansements quotidiens par l'infirmière. Le médecin "
          "coordonnateur précise que l'évolution de la maladie de Mme Bonnot explique en partie "
          "les troubles de la déglutition. La directrice propose de recevoir le fils et la "
          "fille de Mme Bonnot ensemble la semaine prochaine et rappelle qu'une réclamation "
          "écrite peut être adressée à la direction ou à la personne qualifiée."),
    ("p", "Mme Caillet, représentante des mandataires, signale par ailleurs que plusieurs "
          "majeurs protégés dont elle a la charge n'ont pas reçu leur argent de poche du mois de "
          "novembre, en raison d'un retard de virement. Le problème est connu et sera réglé "
          "avant le 5 décembre."),
    ("p", "M. Roussel évoque enfin la situation de son propre père, M. Jean Roussel, dont le "
          "traitement anticoagulant a été interrompu pendant trois jours lors de son retour "
          "d'hospitalisation au CHU de Dijon, faute de transmission de l'ordonnance de sortie. "
          "Le médecin coordonnateur reconnaît un dysfonctionnement, qui a été déclaré comme "
          "événement indésirable, et annonce la mise en place d'une fiche de liaison avec le "
          "service des urgences."),
    ("h", "5. Animation et vie sociale"),
    ("p", "L'animatrice présente le programme de décembre : marché de Noël le 7, spectacle de "
          "l'école de musique le 14, repas des familles le 21, messe de Noël célébrée par le "
          "curé de la paroisse le 24 au salon. Mme Lods remercie l'aumônerie pour ses visites "
          "hebdomadaires. M. Barbier demande que la chorale reprenne en janvier."),
    ("h", "6. Travaux"),
    ("p", "Le remplacement du système d'appel malade est programmé en février ; pendant deux "
          "jours, des rondes supplémentaires seront organisées. La réfection des peintures du "
          "premier étage est reportée au printemps."),
    ("h", "7. Ressources humaines"),
    ("p", "La directrice annonce l'arrivée de deux infirmières au 1er janvier et le recrutement "
          "d'une psychologue à mi-temps. Mme Perrin, représentante du personnel, souligne la "
          "fatigue des équipes après un automne marqué par une épidémie de grippe ; huit "
          "résidents et six agents ont été touchés en octobre."),
    ("h", "8. Questions diverses"),
    ("p", "Le calendrier 2025 est adopté : 6 mars, 12 juin, 25 septembre, 27 novembre. "
          "La séance est levée à 17 h 15."),
    ("p", "La présidente, Marcelle Gauthier — Le secrétaire de séance, Philippe Roussel"),
]

DOCX["s047_cal_pv_seance_tableau_decisions.docx"] = [
    ("title", "Logis Comtois — CALEOL du 5 septembre 2024 — Procès-verbal"),
    ("p", "Présents avec voix délibérative : M. Daniel Vuillemin (président), Mme Évelyne Morel "
          "(représentante des locataires), M. Cyril Joly (administrateur), Mme Sonia Faivre "
          "(représentante du maire de Besançon), M. Lionel Mercier (représentant du préfet). "
          "Avec voix consultative : Mme Ophélie Barthod (association Julienne-Javel). "
          "Rapporteure : Mme Justine Roy, chargée d'attribution."),
    ("p", "Neuf logements sont présentés, 24 candidatures examinées. Les décisions figurent au "
          "tableau ci-dessous ; les observations des membres sont consignées après le tableau."),
    ("table", [
        ["Logement", "Candidat", "Composition", "Décision", "Motif"],
        ["T2 — 4 rue de Vesoul", "Mme Karima Zerrouki", "1 adulte, 1 enfant",
         "Attribution rang 1", "Prioritaire DALO (décision COMED du 12/03/2024)"],
        ["T2 — 4 rue de Vesoul", "M. Kevin Billot", "1 adulte", "Rang 2",
         "Ressources compatibles"],
        ["T3 — 17 av. de Montrapon", "M. et Mme Ilir et Drita Krasniqi", "2 adultes, 2 enfants",
         "Attribution sous condition suspensive", "Titre de séjour de Mme en cours de "
         "renouvellement, récépissé valable au 30/09"],
        ["T3 — 17 av. de Montrapon", "Mme Aurore Petit", "1 adulte, 2 enfants", "Rang 2",
         "Séparation en cours, quittance au nom de l'ex-conjoint"],
        ["T4 — 9 rue Rembrandt", "Famille Ndiaye", "2 adultes, 3 enfants", "Attribution rang 1",
         "Sur-occupation, sortie de CHRS"],
        ["T4 — 9 rue Rembrandt", "M. Hervé Grandjean", "1 adulte, 2 enfants (garde alternée)",
         "Non-attribution", "Taux d'effort 41 % après avis du service social"],
        ["T1 — 2 place Granvelle", "M. Franck Dupré", "1 adulte", "Attribution rang 1",
         "Sortie de détention le 12/08, accompagnement SPIP, garantie Visale"],
        ["T3 — 11 rue de Dole", "Mme Chantal Guyon", "1 adulte", "Attribution rang 1",
         "Fauteuil roulant, logement adapté PMR"],
        ["T2 — 6 chemin des Vignes", "M. Alexis Roux", "1 adulte", "Non-attribution",
         "Dette locative de 2 610 € chez le bailleur, plan non respecté"],
        ["T5 — 21 rue de Belfort", "Famille Meyer", "2 adultes, 4 enfants", "Attribution rang 1",
         "Expulsion pour impayés exécutée en juin, hébergés à l'hôtel"],
    ]),
    ("h", "Observations"),
    ("p", "Sur le T3 de l'avenue de Montrapon, M. Mercier rappelle que l'attribution sous "
          "condition suspensive doit être levée dans le délai prévu par le règlement ; à "
          "défaut de titre renouvelé, le logement sera attribué à Mme Petit. Mme Barthod "
          "indique que Mme Petit a quitté le domicile conjugal après des violences et qu'une "
          "plainte est en cours d'instruction ; la commission demande que sa candidature soit "
          "représentée en priorité sur le prochain T3 disponible."),
    ("p", "Sur le T1 de la place Granvelle, Mme Morel s'inquiète de la proximité d'une école. "
          "La rapporteure précise que la condamnation de M. Dupré portait sur des faits de vol "
          "et qu'aucune interdiction n'a été prononcée par le juge de l'application des peines. "
          "La commission maintient l'attribution."),
    ("p", "Sur le T2 du chemin des Vignes, la commission invite M. Roux à saisir le FSL et "
          "l'informe de la possibilité de déposer un dossier auprès de la commission de "
          "surendettement."),
    ("p", "Fin de séance : 16 h 40. Le président, D. Vuillemin."),
]

DOCX["s048_ccas_releve_decisions_commission_permanente.docx"] = [
    ("title", "CCAS de Villiers-la-Garenne — Commission permanente du 9 octobre 2024"),
    ("p", "Relevé des décisions. Présidence : M. Denis Hubert, vice-président. Instruction : "
          "Mme Karine Aubin, CESF ; M. Rémi Carlier, assistant social."),
    ("table", [
        ["Dossier", "Demandeur", "Objet", "Décision", "Observations"],
        ["24-211", "M. Marcel Hamon", "Frais d'obsèques", "Accord 1 200 €",
         "Veuf, ASPA, crédit renouvelable ; orientation point conseil budget"],
        ["24-212", "Mme Sabrina Koné", "Énergie", "Accord 250 €",
         "Coupure annoncée par le fournisseur ; arrêt maladie longue durée"],
        ["24-213", "M. Jérémy Lachaux", "Secours alimentaire", "Accord 100 € en bons",
         "Sortant de cure au centre de Gorze, en attente RSA"],
        ["24-214", "Mme et M. Da Silva", "Frais de cantine", "Accord 180 €",
         "Monsieur en invalidité depuis un accident du travail"],
        ["24-215", "Mme Odile Ferrand", "Aide à la mobilité (réparation véhicule)", "Refus",
         "Ressources supérieures au barème"],
        ["24-216", "M. Ludovic Martel", "Loyer (2 mois)", "Ajourné",
         "Procédure d'expulsion engagée, saisine de la CCAPEX en cours"],
        ["24-217", "Mme Leïla Hadj", "Aide exceptionnelle", "Accord 300 €",
         "Hébergée avec ses enfants chez sa sœur depuis son départ du domicile conjugal"],
    ]),
    ("p", "Pour le dossier 24-216, la commission demande qu'une visite à domicile soit "
          "effectuée, M. Martel ne répondant plus aux courriers depuis son hospitalisation en "
          "psychiatrie au printemps."),
    ("p", "Le vice-président, D. Hubert."),
]

DOCX["s049_cdaph_pv_formation_restreinte_adultes.docx"] = [
    ("title", "MDPH de la Marne — CDAPH, formation restreinte adultes"),
    ("p", "Procès-verbal de la séance du 16 mai 2024. Présidence : Mme Évelyne Lambert, "
          "représentante du Département. Membres : M. Thierry Dumont (APF France handicap), "
          "Mme Christine Herbin (UNAFAM), M. Patrick Leclerc (ARS), Mme Nadia Saïdi (CPAM). "
          "Rapporteurs : équipe pluridisciplinaire adultes."),
    ("p", "84 dossiers ont été examinés sur liste. Les dossiers suivants ont fait l'objet d'une "
          "présentation individuelle, les personnes ayant demandé à être entendues ou la "
          "proposition de l'équipe ayant appelé un débat."),
    ("h", "Dossier 051-2024-03117 — M. Didier Gallois, 47 ans, Reims"),
    ("p", "Demande de PCH aide humaine. M. Gallois est tétraplégique incomplet depuis un "
          "accident de la route en 2019. L'équipe propose 6 h 30 par jour d'aide humaine, "
          "M. Gallois, présent, en demande 9 heures en faisant valoir ses besoins la nuit pour "
          "les retournements. Après échange, la commission accorde 7 h 45 par jour, incluant "
          "une surveillance nocturne, pour dix ans."),
    ("h", "Dossier 051-2024-03244 — Mme Audrey Pinel, 32 ans, Épernay"),
    ("p", "Demande d'AAH. Mme Pinel présente une anorexie mentale sévère avec plusieurs "
          "hospitalisations au CHU de Reims, la dernière en février pendant deux mois. L'équipe "
          "propose un taux compris entre 50 et 79 % avec restriction substantielle et durable "
          "d'accès à l'emploi. Mme Herbin souligne le caractère fluctuant de la maladie. Accord "
          "de l'AAH pour deux ans."),
    ("h", "Dossier 051-2024-03301 — M. Grégoire Lemaire, 58 ans, Châlons-en-Champagne"),
    ("p", "Demande d'orientation en foyer d'accueil médicalisé à la suite d'une maladie de "
          "Huntington évoluée. Son épouse, présente, explique ne plus pouvoir assurer seule "
          "l'accompagnement à domicile. La commission prononce l'orientation FAM et une "
          "orientation en accueil temporaire dans l'attente d'une place."),
    ("h", "Dossier 051-2024-03356 — Mme Fabienne Roy, 41 ans, Vitry-le-François"),
    ("p", "Recours contre le refus de RQTH. Mme Roy, auxiliaire de vie, fait état de lombalgies "
          "chroniques après deux hernies discales opérées. La commission, au vu du certificat "
          "du médecin du travail produit en séance, révise sa décision et accorde la RQTH pour "
          "cinq ans."),
    ("p", "Décisions adoptées à l'unanimité des membres présents, sauf le dossier 03117 "
          "(une abstention)."),
]

DOCX["s050_conseil_discipline_avis_motive_agent.docx"] = [
    ("title", "Conseil de discipline de recours / premier degré — Centre de gestion de l'Hérault"),
    ("p", "Avis n° CD-2024-019 — séance du 11 juin 2024"),
    ("p", "Présidence : M. Xavier Delorme, premier conseiller au tribunal administratif de "
          "Montpellier. Représentants des collectivités : 3. Représentants du personnel "
          "(catégorie C) : 3."),
    ("h", "Agent poursuivi"),
    ("p", "M. Patrick Soulier, adjoint technique principal de 1re classe, agent de la commune "
          "de Lunel-Viel, affecté au service des sports. L'agent est présent, assisté de "
          "M. Gérard Pujol, délégué syndical."),
    ("h", "Faits"),
    ("p", "Il est reproché à M. Soulier d'avoir, le 14 février 2024, alors qu'il était en "
          "service au gymnase municipal, conduit un véhicule de la commune sous l'empire d'un "
          "état alcoolique (0,92 mg par litre d'air expiré) et provoqué un accrochage sur le "
          "parking. Il a été condamné le 3 avril 2024 par le tribunal correctionnel de "
          "Montpellier à une peine de quatre mois d'emprisonnement avec sursis et à la "
          "suspension de son permis de conduire pour huit mois. Il avait déjà fait l'objet "
          "d'un blâme en 2021 pour des retards répétés."),
    ("h", "Observations de l'agent"),
    ("p", "M. Soulier reconnaît les faits. Il indique être suivi depuis mars par un addictologue "
          "du CSAPA de Lunel et avoir entrepris un sevrage. Son défenseur produit une "
          "attestation de suivi et souligne vingt-deux années de service sans autre incident "
          "grave."),
    ("h", "Avis"),
    ("p", "Le conseil de discipline, après en avoir délibéré hors la présence de l'agent, "
          "considérant la gravité des faits, commis en service et au volant d'un véhicule de "
          "service, mais tenant compte des démarches de soins engagées, émet un avis favorable "
          "à une exclusion temporaire de fonctions de six mois dont quatre mois avec sursis "
          "(proposition de l'autorité territoriale : révocation, rejetée par 4 voix contre 2)."),
    ("p", "Le président du conseil de discipline, X. Delorme"),
]

DOCX["s051_cap_pv_seance_disponibilites_mutations.docx"] = [
    ("title", "Commission administrative paritaire de catégorie B — Département de la Meuse"),
    ("p", "Procès-verbal de la séance du 21 mars 2024 (extraits relatifs aux situations "
          "individuelles)."),
    ("h", "Point 2 — Refus de disponibilité pour convenances personnelles"),
    ("p", "Mme Aline Bertrand, rédactrice au service de l'aide sociale à l'enfance, conteste le "
          "refus opposé à sa demande de disponibilité pour convenances personnelles à compter "
          "du 1er avril. Elle explique vouloir accompagner son mari, muté à Nancy, et s'occuper "
          "de leur fils, atteint d'une leucémie et traité à l'hôpital d'enfants de Brabois. "
          "L'administration avait motivé le refus par les nécessités du service, trois postes "
          "étant vacants au service. Les représentants du personnel soulignent le caractère "
          "impérieux de la situation familiale. L'administration propose une disponibilité "
          "pour donner des soins à un enfant, accordée de droit. Avis favorable unanime à "
          "cette solution."),
    ("h", "Point 3 — Demande de révision de l'entretien professionnel"),
    ("p", "M. Cédric Hanot, technicien principal au parc départemental, demande la révision de "
          "son compte rendu 2023, qui mentionne des « absences répétées perturbant "
          "l'organisation de l'équipe ». M. Hanot indique que ces absences correspondaient à "
          "des séances de chimiothérapie, dont il n'avait pas souhaité informer sa hiérarchie. "
          "Le directeur accepte le retrait de la mention. Avis favorable unanime."),
    ("h", "Point 4 — Licenciement pour inaptitude physique"),
    ("p", "Concernant Mme Josette Varnier, reconnue définitivement inapte à ses fonctions et à "
          "toutes fonctions par le conseil médical du 8 février, après épuisement de ses droits "
          "à congé de longue maladie, la commission prend acte de l'impossibilité de "
          "reclassement et de la mise à la retraite pour invalidité en cours d'instruction "
          "auprès de la CNRACL."),
]

DOCX["s052_creche_commission_tableau_attributions_situations.docx"] = [
    ("title", "Communauté de communes du Val de Saône — Commission d'attribution des places en "
              "multi-accueil"),
    ("p", "Séance du 13 novembre 2024 — Tableau des attributions au titre des situations "
          "prioritaires (document interne, ne pas afficher)."),
    ("table", [
        ["Réf.", "Enfant (âge)", "Parent(s)", "Situation", "Points", "Décision"],
        ["MA-118", "Lenny (14 mois)", "Mme Cindy Royer", "Mère seule, suivie par l'ASE — "
         "mesure d'AED depuis juillet ; reprise d'emploi en CDD", "61", "Place 4 j/sem"],
        ["MA-121", "Zoé (10 mois)", "M. et Mme Garnier", "Enfant épileptique sous "
         "Dépakine, PAI à établir avec le médecin de la structure", "58", "Place 3 j/sem"],
        ["MA-127", "Ibrahim (2 ans)", "Mme Aminata Diop", "Demandeuse d'asile hébergée en CADA, "
         "cours de français l'après-midi", "44", "Place 2 j/sem"],
        ["MA-130", "Nathan (18 mois)", "M. Yoann Vidal", "Père seul depuis le décès de la mère ; "
         "horaires postés", "55", "Place 5 j/sem"],
        ["MA-134", "Emma (7 mois)", "Mme Laure Michaud", "Bénéficiaire du RSA, entrée en "
         "formation d'aide à domicile", "49", "Liste d'attente rang 1"],
    ]),
    ("p", "Les parents sont informés par courrier ; les éléments de situation ne figurent pas "
          "dans les courriers. La coordinatrice, Hélène Bouvard."),
]

DOCX["s053_rsa_equipe_pluridisciplinaire_pv_seance.docx"] = [
    ("title", "Département de la Nièvre — Équipe pluridisciplinaire du territoire de Clamecy"),
    ("p", "Procès-verbal de la séance du 3 octobre 2024. Présidence : Mme Martine Charrier, "
          "conseillère départementale. Membres : référente unique du Département, conseiller "
          "France Travail, représentant de la CAF, représentant des bénéficiaires."),
    ("table", [
        ["Allocataire", "Motif de saisine", "Éléments recueillis", "Avis"],
        ["M. Florian Berger", "Non-respect du CER", "Hospitalisé en psychiatrie à La "
         "Charité-sur-Loire de juin à août ; suivi CMP depuis", "Maintien, réorientation sociale"],
        ["Mme Céline Aubry", "Absence aux convocations", "Enceinte de 7 mois, grossesse à risque, "
         "alitée", "Suspension des obligations jusqu'à 3 mois après l'accouchement"],
        ["M. Gérard Pelletier", "Déclaration de ressources incomplète",
         "Travaux non déclarés (signalement CAF)", "Réduction 50 % sur 2 mois"],
        ["Mme Sonia Lefort", "Refus d'orientation professionnelle", "Victime de violences, "
         "hébergée en urgence à Nevers, procédure de divorce", "Pas de sanction, accompagnement "
         "social renforcé"],
        ["M. Rachid Benamar", "Absence de démarches", "Placé sous bracelet électronique depuis "
         "mai, horaires d'assignation contraignants", "Adaptation du CER avec le SPIP"],
    ]),
    ("p", "Les allocataires ont été informés de la date de la séance et de leur droit à être "
          "entendus ; M. Pelletier était présent."),
]

DOCX["s054_ess_compte_rendu_geva_sco_college.docx"] = [
    ("title", "Équipe de suivi de la scolarisation — compte rendu (GEVA-Sco réexamen)"),
    ("p", "Collège Anatole-France, Villeneuve-sur-Lot — réunion du 14 mars 2024, 16 h 30."),
    ("h", "Élève"),
    ("p", "Inès Boyer, née le 21 février 2011, classe de 6e C. Responsables légaux : "
          "Mme Marion Boyer (mère), M. Frédéric Boyer (père), parents séparés, résidence "
          "principale chez la mère. Les deux parents sont présents."),
    ("h", "Participants"),
    ("p", "M. Jean-Luc Sarrat, enseignant référent (animateur) ; Mme Lucie Pujol, professeure "
          "principale ; Mme Christelle Baylac, AESH ; Mme Sandrine Castaing, infirmière ; "
          "Mme Émilie Roques, psychologue de l'Éducation nationale ; Mme Nathalie Fabre, "
          "éducatrice du SESSAD Les Coteaux ; M. Alain Dubos, principal adjoint."),
    ("h", "Rappel du projet personnalisé de scolarisation"),
    ("p", "Inès bénéficie d'un PPS depuis le CE2 pour des troubles spécifiques du langage "
          "écrit (dyslexie et dysorthographie sévères) associés à une épilepsie-absences, "
          "traitée par Zarontin. Elle est accompagnée par le SESSAD depuis 2021 (orthophonie, "
          "psychomotricité, suivi éducatif). Notification CDAPH en cours : aide humaine "
          "mutualisée 9 h par semaine ; matériel pédagogique adapté (ordinateur portable avec "
          "logiciels de synthèse vocale) ; aménagements aux examens à solliciter."),
    ("h", "Observations de l'équipe pédagogique"),
    ("p", "La professeure principale rapporte une adaptation satisfaisante au collège au "
          "premier trimestre, puis une baisse nette des résultats et de l'investissement "
          "depuis janvier. Inès se décourage rapidement à l'écrit, refuse parfois d'utiliser "
          "l'ordinateur en classe « pour ne pas être différente », et plusieurs enseignants ont "
          "observé des absences (moments de décrochage de quelques secondes) plus fréquentes, "
          "notamment en fin de matinée."),
    ("p", "L'AESH, présente en français, mathématiques et histoire-géographie, signale qu'Inès "
          "accepte mieux l'aide lorsqu'elle est discrète et propose de préparer avec elle les "
          "supports en amont. Elle relève qu'Inès s'isole à la récréation et a été la cible de "
          "moqueries d'élèves d'une autre classe sur un réseau social ; la CPE en a été "
          "informée et une procédure pHARe a été ouverte."),
    ("h", "Observations de la famille"),
    ("p", "Mme Boyer indique que la neuropédiatre du CHU de Bordeaux a modifié le traitement "
          "antiépileptique en février, après deux crises tonico-cloniques survenues à la maison, "
          "et qu'un EEG de contrôle est prévu en avril. Elle pense que la fatigue liée au "
          "nouveau traitement explique en partie la baisse des résultats. M. Boyer souhaite "
          "que sa fille puisse être dispensée de l'apprentissage de la seconde langue vivante ; "
          "Mme Boyer n'y est pas favorable. Les deux parents s'accordent sur la nécessité de "
          "maintenir le suivi au SESSAD."),
    ("p", "Les parents font également part de tensions familiales liées à leur séparation "
          "récente et à l'organisation des week-ends, dont ils pensent qu'elles pèsent sur "
          "Inès. La psychologue propose un entretien individuel avec l'élève."),
    ("h", "Observations du SESSAD et de l'infirmière"),
    ("p", "L'éducatrice du SESSAD confirme les progrès en lecture (test de l'Alouette : gain de "
          "dix-huit mois d'âge lexique en un an) mais souligne une fatigabilité importante. "
          "Elle propose d'organiser une séance de sensibilisation de la classe à la dyslexie, "
          "avec l'accord d'Inès. L'infirmière rappelle le protocole d'urgence inscrit au PAI "
          "et demande qu'il soit diffusé aux nouveaux enseignants et aux surveillants."),
    ("h", "Propositions de l'ESS transmises à la MDPH"),
    ("p", "1. Maintien de l'aide humaine mutualisée, portée à 12 heures hebdomadaires, avec "
          "présence en anglais. 2. Maintien du matériel pédagogique adapté ; ajout d'une "
          "licence de logiciel de reconnaissance vocale. 3. Aménagements pour le diplôme "
          "national du brevet (à solliciter en 3e) : tiers-temps, lecteur-scripteur ou "
          "ordinateur, dispense de l'évaluation de l'orthographe. 4. Maintien de "
          "l'accompagnement SESSAD. 5. Pas de dispense de LV2 à ce stade ; un aménagement de "
          "l'évaluation sera étudié en 5e."),
    ("h", "Observations de l'élève"),
    ("p", "Inès, reçue seule par l'enseignant référent en début de réunion, dit aimer le "
          "collège et les cours d'arts plastiques, mais trouver les journées « trop longues ». "
          "Elle explique qu'elle a honte lorsqu'elle doit sortir l'ordinateur et préférerait "
          "que l'AESH l'aide « sans que tout le monde le voie ». Elle souhaiterait continuer "
          "l'espagnol, qu'elle a choisi avec une amie. Elle demande que ses camarades ne "
          "soient pas informés de son épilepsie, ce que l'équipe s'engage à respecter, seuls "
          "les adultes concernés par le protocole d'urgence en étant destinataires. Elle "
          "accepte en revanche la séance de sensibilisation à la dyslexie, à condition de ne "
          "pas être citée."),
    ("p", "Après échange, l'équipe convient d'organiser un tutorat par une élève de 4e "
          "volontaire pour le club de lecture, et d'aménager l'emploi du temps de l'AESH pour "
          "couvrir la dernière heure du mardi et du jeudi, jugée la plus difficile."),
    ("p", "La psychologue de l'Éducation nationale propose enfin un bilan "
          "psychométrique de contrôle avant l'orientation de fin de cycle, afin d'actualiser "
          "les éléments transmis à la MDPH, dont le dernier bilan date de 2020. Les deux "
          "parents donnent leur accord de principe ; un rendez-vous sera fixé après l'EEG."),
    ("h", "Suites"),
    ("p", "Le PAI sera actualisé avec le médecin scolaire après l'EEG. L'enseignant référent "
          "transmet le GEVA-Sco à la MDPH sous quinze jours. Prochaine ESS : février 2025, "
          "ou plus tôt à la demande de la famille."),
    ("p", "Le compte rendu est adressé aux deux parents, qui disposent de quinze jours pour "
          "faire part de leurs observations."),
]

DOCX["s055_clspd_cellule_citoyennete_compte_rendu.docx"] = [
    ("title", "Ville de Saint-Herblain-sur-Loire — Cellule citoyenneté et tranquillité publique"),
    ("p", "Compte rendu nominatif de la réunion du 22 mai 2024 — réservé aux membres "
          "signataires de la charte, à détruire après lecture."),
    ("p", "Présents : adjoint au maire à la sécurité, chef de la police municipale, major de "
          "la police nationale, coordinatrice CLSPD, éducateurs de la prévention spécialisée "
          "(ADSEA), principale du collège Rosa-Parks, CPE du lycée professionnel, référente de "
          "la Maison des solidarités, représentant du bailleur Atlantique Habitations."),
    ("h", "1. Suivi des situations"),
    ("p", "Kaïs Mansouri, 16 ans. Déscolarisé depuis octobre, il est régulièrement contrôlé "
          "aux abords du point de deal de la rue Rabelais. Le major indique qu'il a été placé "
          "en garde à vue le 12 mai pour détention de résine de cannabis en vue de la revente "
          "et qu'il est convoqué devant le juge des enfants en juin. La Maison des solidarités "
          "précise que la famille bénéficie d'une mesure d'AEMO judiciaire pour les trois "
          "enfants depuis février. Les éducateurs de l'ADSEA maintiennent le contact. "
          "Proposition : inscription au dispositif « Promo 16-18 » de l'AFPA, sous réserve de "
          "l'accord du jeune et de sa mère."),
    ("p", "Mme Yvonne Le Bihan, 82 ans, locataire rue des Lilas. Le bailleur signale que des "
          "jeunes occupent régulièrement son appartement en son absence ou avec son accord "
          "apparent, et que des voisins l'ont entendue crier. La référente de la MDS évoque "
          "une possible emprise et des troubles cognitifs ; une évaluation par le CLIC a été "
          "demandée et un signalement au procureur pour la protection d'une personne "
          "vulnérable a été effectué le 17 mai."),
    ("p", "Famille Duarte, résidence Les Pins. Les deux aînés, Rui (14 ans) et Tiago "
          "(13 ans), sont impliqués dans des jets de projectiles sur les bus. Le père, "
          "M. Duarte, a été reçu par l'adjoint au maire pour un rappel à l'ordre le 6 mai ; il "
          "a indiqué être seul avec ses enfants depuis l'incarcération de son épouse en mars. "
          "Proposition : orientation vers le conseil pour les droits et devoirs des familles ; "
          "aide aux devoirs au centre social."),
    ("h", "2. Situations clôturées"),
    ("p", "Lina Roger : rescolarisée en lycée professionnel, sortie du dispositif. "
          "M. Gilbert Fouché : relogé par le bailleur, troubles de voisinage réglés."),
    ("h", "3. Prochaine réunion"),
    ("p", "Le 26 juin 2024. Les fiches de situation seront adressées par la messagerie "
          "sécurisée."),
]

DOCX["s056_surendettement_mesures_imposees_decision.docx"] = [
    ("title", "Commission de surendettement des particuliers du Doubs"),
    ("p", "Décision imposant des mesures de traitement (articles L.733-1 et L.733-4 du code de "
          "la consommation) — séance du 24 septembre 2024."),
    ("p", "Débitrice : Mme Corinne Marguet, née le 12 mai 1979, domiciliée 5 rue du Chasnot, "
          "25000 Besançon. Dossier n° 25-24-0418."),
    ("h", "Situation"),
    ("p", "Mme Marguet, divorcée depuis 2022, assume seule la charge de ses deux enfants ; "
          "l'ex-conjoint ne s'acquitte plus de la pension alimentaire fixée par le juge aux "
          "affaires familiales, l'ARIPA ayant été saisie. Elle perçoit un salaire d'aide-"
          "soignante à temps partiel (1 384 €) et des prestations familiales (412 €). Son passif "
          "s'élève à 31 250 €, composé de quatre crédits à la consommation souscrits pendant la "
          "vie commune, d'un découvert bancaire et d'un arriéré de loyers de 1 980 €."),
    ("h", "Mesures imposées"),
    ("table", [
        ["Créancier", "Créance", "Mesure", "Mensualité"],
        ["Grand Besançon Habitat", "1 980 €", "Remboursement prioritaire sur 12 mois", "165 €"],
        ["Cetelem", "9 840 €", "Rééchelonnement 84 mois, taux 0 %", "0 € puis 58 €"],
        ["Cofidis", "7 215 €", "Rééchelonnement 84 mois, taux 0 %", "0 € puis 42 €"],
        ["Crédit Agricole (découvert)", "3 412 €", "Effacement partiel 50 %", "—"],
        ["Oney", "8 803 €", "Effacement à l'issue des mesures", "—"],
    ]),
    ("p", "Capacité de remboursement retenue : 165 € par mois. Les mesures sont prononcées pour "
          "une durée de 84 mois. Les créanciers disposent d'un délai de trente jours pour "
          "contester la décision devant le juge des contentieux de la protection."),
    ("p", "Pour la commission, le secrétariat."),
]

DOCX["s057_jury_concours_pv_deliberation_admission.docx"] = [
    ("title", "Concours interne d'infirmier en soins généraux — CHU de Clermont-Ferrand"),
    ("p", "Procès-verbal de délibération du jury d'admission — 4 juillet 2024 (document non "
          "publiable ; seule la liste d'admission est affichée)."),
    ("p", "Membres du jury : Mme Solange Morin, coordinatrice générale des soins, présidente ; "
          "M. Thierry Aubert, directeur des ressources humaines adjoint ; Mme Laurence Nectoux, "
          "cadre supérieure de santé ; M. Paul Vigier, infirmier, désigné par la CAP."),
    ("p", "Le jury examine les résultats de 22 candidats pour 15 postes. Il délibère sur trois "
          "situations particulières."),
    ("p", "Mme Stéphanie Rigaud a obtenu 9,75 à l'oral. Le jury note que la candidate, qui a "
          "bénéficié d'un temps majoré sur avis du médecin du travail en raison d'une surdité "
          "bilatérale appareillée, a été pénalisée par une mauvaise acoustique de la salle "
          "d'entretien. Il décide, à l'unanimité, de la reconvoquer le 8 juillet dans une "
          "salle adaptée, avec un interprète en LPC si elle le souhaite."),
    ("p", "M. Kevin Besse a obtenu 14 à l'oral mais le jury a été informé par la DRH que "
          "l'intéressé fait l'objet d'une procédure disciplinaire en cours pour des erreurs "
          "d'administration de médicaments ayant conduit à un événement indésirable grave en "
          "mars. La présidente rappelle que le jury apprécie uniquement les aptitudes "
          "démontrées lors des épreuves ; la note est maintenue et le candidat est admis, "
          "l'employeur demeurant libre des suites à donner."),
    ("p", "Mme Nadia Cherif, classée 15e ex aequo avec M. Julien Tixier : départage à la note "
          "d'oral, Mme Cherif est admise, M. Tixier inscrit en liste complémentaire."),
    ("p", "Liste d'admission arrêtée à 15 noms. Fait à Clermont-Ferrand, la présidente du jury."),
]

DOCX["s058_conseil_medical_pv_formation_pleniere.docx"] = [
    ("title", "Conseil médical départemental de l'Orne — formation plénière"),
    ("p", "Procès-verbal de la séance du 19 novembre 2024. Présidence : Dr Hervé Lucas. "
          "Médecins : Dr Marie Pottier, Dr Antoine Rousseau. Représentants de l'administration : "
          "Mme Claude Morel (Département), M. Yves Gallier (commune d'Argentan). Représentants "
          "du personnel : M. Éric Lemonnier, Mme Sylvie Hamel. Secrétariat : pôle santé du "
          "centre de gestion."),
    ("p", "Les membres sont rappelés au secret professionnel et au secret médical. Onze dossiers "
          "sont inscrits à l'ordre du jour ; sept ont fait l'objet d'un avis sans débat "
          "(relevé en annexe). Les débats suivants sont retranscrits."),
    ("h", "Dossier 2024-P-087 — Mme Josiane Lebrun, ATSEM, commune d'Alençon"),
    ("p", "Objet : imputabilité au service d'une rupture de la coiffe des rotateurs de l'épaule "
          "droite déclarée comme maladie professionnelle. L'expertise du Dr Fleury, "
          "chirurgien orthopédiste, conclut que la pathologie figure au tableau n° 57 des "
          "maladies professionnelles et que les gestes de l'agent (port des enfants, "
          "nettoyage des classes, mise en place des lits de sieste) sont compatibles avec les "
          "conditions du tableau, la durée d'exposition étant de 19 ans. La collectivité "
          "émettait des réserves en raison d'une pratique sportive de l'agent (tennis en "
          "club). Le Dr Pottier estime que cette pratique, modérée, ne remet pas en cause la "
          "présomption d'imputabilité. Les représentants du personnel demandent que "
          "l'aménagement de poste préconisé par le médecin du travail soit mis en œuvre au "
          "retour de l'agent. Avis favorable à l'imputabilité (unanimité)."),
    ("h", "Dossier 2024-P-091 — M. Jean-Marc Huet, agent de maîtrise, Département de l'Orne"),
    ("p", "Objet : mise à la retraite pour invalidité. M. Huet, 59 ans, en congé de longue "
          "durée depuis 2021 pour un cancer du côlon avec métastases hépatiques traitées par "
          "chimiothérapie, a été reconnu définitivement inapte à ses fonctions et à toutes "
          "fonctions par la formation restreinte du 14 mai. L'expert propose un taux "
          "d'invalidité de 70 %. Le Dr Rousseau rappelle que l'invalidité n'étant pas imputable "
          "au service, aucune rente viagère d'invalidité n'est due. Les représentants du "
          "personnel s'interrogent sur la possibilité d'une majoration pour tierce personne ; "
          "elle n'est pas justifiée en l'état. Avis favorable à la mise à la retraite pour "
          "invalidité à compter du 1er janvier 2025, taux retenu 70 % (unanimité)."),
    ("h", "Dossier 2024-P-094 — Mme Karine Saussey, auxiliaire de puériculture, CCAS de Flers"),
    ("p", "Objet : imputabilité au service d'un syndrome anxio-dépressif réactionnel. "
          "L'agent impute sa pathologie à un conflit persistant avec la directrice de la "
          "crèche, qui aurait multiplié les remarques humiliantes en présence des parents. "
          "Le rapport hiérarchique conteste les faits et évoque des difficultés personnelles "
          "de l'agent consécutives à son divorce en 2023. L'expert psychiatre, le Dr Morvan, "
          "retient un trouble de l'adaptation avec humeur anxieuse et dépressive, dont il "
          "estime le lien direct et essentiel avec le travail probable mais non exclusif, et "
          "un taux d'incapacité permanente prévisible inférieur à 25 %. M. Lemonnier souligne "
          "que trois collègues de l'agent ont témoigné par écrit du comportement de la "
          "directrice et que l'enquête administrative n'a pas été versée au dossier. "
          "Mme Morel estime qu'en l'absence de taux d'incapacité d'au moins 25 %, la "
          "reconnaissance relève du système complémentaire et non de la formation plénière. "
          "Le président rappelle que, pour les maladies hors tableau, la reconnaissance "
          "suppose un lien direct et essentiel et un taux d'incapacité permanente partielle "
          "prévisible d'au moins 25 %. Après délibération, le conseil émet un avis "
          "défavorable à l'imputabilité (4 voix contre 3), les représentants du personnel "
          "ayant voté pour. Il recommande à la collectivité de poursuivre l'enquête "
          "administrative et de proposer à l'agent un changement d'affectation."),
    ("h", "Dossier 2024-P-097 — M. Romain Delaunay, sapeur-pompier professionnel, SDIS 61"),
    ("p", "Objet : allocation temporaire d'invalidité à la suite d'un accident de service "
          "survenu le 3 août 2023 lors d'une intervention sur un feu d'habitation (chute d'une "
          "échelle, fracture du calcanéum gauche consolidée avec séquelles douloureuses). "
          "Le taux d'IPP proposé par l'expert est de 12 %. Le représentant du SDIS indique que "
          "l'agent a été reclassé sur un poste de formateur au centre de Sées. Avis favorable "
          "à l'attribution de l'ATI au taux de 12 % (unanimité)."),
    ("h", "Dossiers examinés sans débat (relevé)"),
    ("p", "2024-P-085 — Mme Laurence Viel, adjointe administrative, commune de L'Aigle : "
          "imputabilité d'une entorse de la cheville survenue dans l'escalier de la mairie, "
          "avis favorable. 2024-P-086 — M. Patrick Orange, agent de maîtrise, SDIS 61 : "
          "consolidation au 12 septembre 2024 sans séquelles d'un accident de service, avis "
          "favorable. 2024-P-088 à P-090 : rechutes d'accidents de service reconnus, avis "
          "favorables. 2024-P-092 et P-093 : taux d'ATI révisés à la baisse après expertise "
          "(8 % et 5 %), avis favorables."),
    ("p", "Le conseil rappelle aux collectivités que les rapports hiérarchiques joints aux "
          "saisines doivent se limiter aux circonstances de l'accident et aux conditions "
          "d'exercice des fonctions, sans appréciation sur l'état de santé de l'agent."),
    ("p", "Questions diverses : le secrétariat rappelle que les délais d'expertise en "
          "psychiatrie dépassent actuellement quatre mois, faute de médecins agréés ; le "
          "président a saisi l'ARS. Prochaine séance : 17 décembre 2024."),
    ("p", "Le président, Dr H. Lucas. La secrétaire de séance, S. Hamel."),
]

DOCX["s059_college_conseil_discipline_pv_complet.docx"] = [
    ("title", "Collège Jean-Jaurès — Montceau-les-Mines"),
    ("p", "Procès-verbal du conseil de discipline réuni le jeudi 14 mars 2024 à 17 h 30"),
    ("h", "Composition"),
    ("p", "Président : M. Laurent Dufour, principal. Membres de droit : Mme Céline Ravier, "
          "principale adjointe ; Mme Annick Prost, adjointe gestionnaire ; M. Yannick Bard, CPE. "
          "Représentants des personnels : Mme Sophie Gueugnon, M. Rémi Laborde, "
          "Mme Isabelle Muller (enseignants) ; Mme Fatima Belarbi (personnel ATSS). "
          "Représentants des parents d'élèves : M. Christophe Lagrange, Mme Delphine Verdier. "
          "Représentants des élèves : Clara Ferrand (3e B), Yanis Haddad (4e A). "
          "Secrétaire de séance : M. Laborde. Le quorum est atteint (12 présents sur 14)."),
    ("h", "Élève déférée"),
    ("p", "Léa Bonnot, classe de 3e D, née le 9 juin 2009. Responsable légale : Mme Nadine "
          "Bonnot, sa mère, présente. Le père, M. Patrice Bonnot, avec lequel Léa n'a plus de "
          "contact selon la mère, a été convoqué et ne s'est pas présenté. L'élève est "
          "assistée de Mme Christine Perrot, éducatrice du foyer départemental de l'enfance où "
          "Léa est accueillie depuis novembre 2023 dans le cadre d'une ordonnance de placement "
          "provisoire du juge des enfants de Chalon-sur-Saône."),
    ("h", "Exposé des faits"),
    ("p", "Le président rappelle les faits tels qu'ils résultent du rapport de la CPE et des "
          "témoignages recueillis. Le 19 février 2024, lors de la récréation de 10 h, Léa "
          "Bonnot a agressé physiquement une élève de 4e, Manon Chevalier, en la tirant par "
          "les cheveux et en lui portant des coups de pied au sol ; l'agression a été "
          "filmée par plusieurs élèves et diffusée sur Snapchat et TikTok. La victime a été "
          "examinée par le médecin de l'unité médico-judiciaire, qui a retenu une ITT de "
          "trois jours, et sa mère a déposé plainte le soir même. L'enquête a mis en évidence "
          "que l'altercation faisait suite à des messages publiés par Manon Chevalier "
          "évoquant le placement de Léa en foyer."),
    ("p", "Il est rappelé que Léa a fait l'objet en décembre 2023 d'une exclusion temporaire de "
          "quatre jours pour insolence et refus de travail, et de deux mesures de "
          "responsabilisation depuis la rentrée."),
    ("h", "Audition des témoins et de l'élève"),
    ("p", "La CPE, M. Bard, décrit une élève en grande difficulté depuis l'automne, "
          "fréquemment absente, qui a confié à l'infirmière être « à bout » et s'être fait "
          "des scarifications sur les avant-bras. L'infirmière, Mme Colas, entendue à la "
          "demande de l'éducatrice, confirme un suivi au centre médico-psychologique pour "
          "adolescents depuis janvier et rappelle qu'une information préoccupante avait été "
          "transmise par le collège en octobre, à l'origine du placement."),
    ("p", "Léa reconnaît les coups et exprime des regrets. Elle dit avoir été humiliée devant "
          "tout le collège par les messages sur sa situation familiale et ne pas avoir "
          "supporté que l'on parle de sa mère « comme d'une alcoolique ». Mme Bonnot indique "
          "qu'elle suit une cure au centre d'addictologie du Creusot depuis février et qu'elle "
          "espère le retour de sa fille au domicile à l'été. L'éducatrice du foyer souligne "
          "les progrès de Léa dans la relation aux adultes et demande qu'une sanction "
          "permettant le maintien dans l'établissement soit privilégiée, un changement de "
          "collège risquant de rompre le seul point de stabilité de l'élève."),
    ("p", "M. Lagrange, représentant des parents, rappelle la gravité des violences et la "
          "diffusion de la vidéo, qui a profondément affecté la victime, aujourd'hui suivie "
          "par une psychologue. Mme Gueugnon fait valoir que les messages de la victime "
          "relèvent eux-mêmes du harcèlement et qu'ils doivent être traités séparément."),
    ("p", "Clara Ferrand, représentante des élèves, indique que la vidéo a été vue par "
          "« presque tout le collège » et que de nombreux élèves se sont moqués à la fois de "
          "la victime et de Léa. Elle demande qu'une intervention soit organisée dans les "
          "classes de 4e et de 3e sur la diffusion d'images."),
    ("p", "La principale adjointe rappelle que l'établissement a déjà proposé à Léa un "
          "entretien hebdomadaire avec la CPE et un soutien scolaire en français."),
    ("h", "Délibération et vote"),
    ("p", "Après le départ de l'élève, de sa mère et de l'éducatrice, le conseil délibère. "
          "Le président propose l'exclusion définitive assortie d'un sursis. Vote à bulletin "
          "secret : exclusion définitive avec sursis — 8 voix pour, 3 contre, 1 bulletin "
          "blanc. La sanction est adoptée. Le conseil décide en outre d'une mesure de "
          "responsabilisation de 12 heures au sein de l'association Les Restos du cœur, "
          "exécutée en dehors des heures d'enseignement."),
    ("h", "Mesures d'accompagnement"),
    ("p", "Une commission éducative se réunira dans un mois pour faire le point. Le collège "
          "ouvre parallèlement une procédure de traitement du harcèlement (protocole pHARe) "
          "concernant les messages diffusés par l'élève Manon Chevalier et les élèves ayant "
          "relayé la vidéo ; les familles concernées seront reçues. Le chef d'établissement a "
          "informé le procureur de la République de la diffusion de la vidéo."),
    ("p", "La décision est notifiée le jour même à la mère de l'élève et au service de l'aide "
          "sociale à l'enfance, gardien de la mineure. Délai de recours : huit jours devant "
          "le recteur de l'académie de Dijon."),
    ("p", "Le président, L. Dufour — Le secrétaire de séance, R. Laborde"),
]

DOCX["s060_clspd_note_diffusion_restreinte_dispositif.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Note à l'attention de M. le Maire"),
    ("p", "Objet : dispositif de sécurisation de la séance plénière du CLSPD et de la visite "
          "ministérielle du 18 octobre 2024 — ne pas diffuser en dehors des destinataires."),
    ("p", "Destinataires : maire, directeur de cabinet, chef de la police municipale, DGS."),
    ("p", "1. Accès. L'entrée du public se fera exclusivement par la porte latérale de la rue "
          "Voltaire ; la porte principale sera condamnée. Le code du portail de service "
          "(cour arrière) est provisoirement modifié pour la journée : 4172B, puis rétabli le "
          "19 au matin. Le badge de la salle du conseil est désactivé pour l'ensemble des "
          "agents sauf la liste jointe."),
    ("p", "2. Vidéoprotection. Les caméras n° 14 et 15 de la place de l'Hôtel-de-Ville ne "
          "couvrent pas l'angle de la rue Voltaire (angle mort identifié lors de l'audit de "
          "2023, non corrigé à ce jour) ; un équipage de la police municipale sera positionné "
          "à cet endroit de 8 h à 13 h."),
    ("p", "3. Effectifs. 6 agents de police municipale, 2 ASVP, un équipage de la police "
          "nationale en appui. Le point de regroupement en cas d'évacuation est le gymnase "
          "Pierre-de-Coubertin ; les clefs sont détenues par le gardien."),
    ("p", "4. Alarme. Le système anti-intrusion du rez-de-chaussée sera désactivé de 7 h à "
          "14 h ; la télésurveillance (société Sécuriveil) est prévenue."),
    ("p", "Le directeur de cabinet, Guillaume Serres"),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s061_cvs_foyer_compte_rendu_intranet.html"] = (
    "Intranet APEI — Compte rendu CVS Foyer d'hébergement Les Peupliers",
    """
<header><p>Intranet APEI des Trois Rivières &gt; Établissements &gt; Foyer d'hébergement Les Peupliers &gt; Instances</p></header>
<main>
<h1>Conseil de la vie sociale — séance du 7 février 2024</h1>
<p><em>Accès réservé aux professionnels de l'établissement.</em></p>
<h2>Présents</h2>
<ul>
<li>Travailleurs d'ESAT résidents : Kévin Lagarde (président), Samia Touati, Bruno Chevalier</li>
<li>Représentants des familles : Mme Monique Lagarde, M. Alain Favre</li>
<li>Représentant des tuteurs : M. Olivier Gros (UDAF 26)</li>
<li>Personnel : Mme Amandine Roche (éducatrice spécialisée), M. Yves Boulanger (surveillant de nuit)</li>
<li>Direction : Mme Pascale Imbert, directrice du pôle hébergement ; M. Franck Lemoine, chef de service</li>
</ul>
<h2>1. Vie quotidienne</h2>
<p>Kévin Lagarde rapporte la demande de plusieurs résidents de pouvoir rentrer plus tard le samedi soir (23 h au lieu de 22 h). Le chef de service propose un essai de trois mois pour les résidents qui le souhaitent et dont le projet personnalisé le prévoit.</p>
<p>Samia Touati demande si elle peut recevoir son ami, Bruno Chevalier, dans son studio le week-end, et s'ils pourront à terme emménager ensemble dans l'appartement de transition de la rue Mozart. M. Favre, représentant des familles, indique que la famille de Bruno est réservée. La directrice rappelle que le règlement de fonctionnement garantit le respect de la vie privée et de la vie affective et sexuelle des résidents majeurs, que la contraception relève d'un échange entre Samia et son médecin ou la sage-femme du centre de planification, et que le projet d'installation en couple sera travaillé avec chacun d'eux et leurs tuteurs. Bruno précise qu'il a déjà parlé avec M. Gros.</p>
<h2>2. Santé et bien-être</h2>
<p>Mme Roche rappelle que la campagne de vaccination aura lieu le 20 février. Bruno Chevalier signale qu'il a du mal à se lever pour l'ESAT depuis l'augmentation de son traitement pour l'épilepsie ; le chef de service l'invite à en parler à l'infirmière, qui prendra contact avec son neurologue.</p>
<p>M. Boulanger signale que les rondes de nuit sont compliquées depuis que l'un des résidents du deuxième étage, M. Régis Blanc, sort régulièrement la nuit en état d'alcoolisation. La directrice indique qu'un accompagnement vers le CSAPA a été proposé à M. Blanc et que la situation sera évoquée en réunion de projet, pas en CVS.</p>
<h2>3. Restauration</h2>
<p>Les résidents souhaitent un repas à thème par mois. Accord : le premier sera un repas réunionnais préparé avec Mme Roche.</p>
<h2>4. Travaux</h2>
<p>Le local vélos sera sécurisé par un digicode en mars.</p>
<h2>5. Calendrier</h2>
<p>Prochaine séance le 15 mai 2024.</p>
</main>
<footer><p>Document publié par le secrétariat de direction — dernière mise à jour le 12/02/2024.</p></footer>
""",
)

HTML["s062_cal_extranet_fiche_candidat.html"] = (
    "Extranet réservataires — Fiche candidat",
    """
<h1>Fiche candidat — CALEOL du 26 septembre 2024</h1>
<table>
<tr><th>N° unique</th><td>025092400871</td></tr>
<tr><th>Demandeur</th><td>M. Anton Petrenko, né le 14/03/1986</td></tr>
<tr><th>Co-demandeur</th><td>Mme Olena Petrenko, née le 02/11/1988</td></tr>
<tr><th>Composition</th><td>2 adultes, 2 enfants (6 et 11 ans)</td></tr>
<tr><th>Situation au regard du séjour</th><td>Bénéficiaires de la protection temporaire (APS renouvelée jusqu'au 04/03/2025)</td></tr>
<tr><th>Ressources</th><td>ADA jusqu'en mai ; salaire de M. (CDD plongeur) 1 120 € ; prestations familiales 312 €</td></tr>
<tr><th>Logement actuel</th><td>Hébergement citoyen chez un particulier à Pontarlier, depuis 2022</td></tr>
<tr><th>Motif de la demande</th><td>Fin d'hébergement au 31/10 ; Mme suivie en cancérologie à Besançon (chimiothérapie hebdomadaire)</td></tr>
<tr><th>Logement proposé</th><td>T3, 12 rue de Vesoul, Besançon, 2e étage avec ascenseur</td></tr>
<tr><th>Avis du service social</th><td>Favorable, accompagnement par le CCAS de Pontarlier</td></tr>
</table>
<p>Document confidentiel destiné aux membres de la commission.</p>
""",
)

HTML["s063_ccas_portail_suivi_demande_usager.html"] = (
    "Portail usager — Suivi de votre demande d'aide",
    """
<h1>Mon espace — CCAS de Marsilly-les-Vignes</h1>
<p>Bonjour Mme Carole Petitjean,</p>
<h2>Votre demande n° 24-061 : aide à l'énergie</h2>
<ol>
<li>Dépôt : 6 mai 2024</li>
<li>Instruction par Mme Belkacem, assistante sociale : pièces complètes le 13 mai</li>
<li>Examen par la commission permanente : 22 mai 2024</li>
<li>Décision : <strong>accord partiel de 300 €</strong>, versé directement à EDF pour votre facture impayée de 480 €</li>
</ol>
<p>Motif indiqué par la commission : difficultés financières consécutives à l'interruption du versement de la pension alimentaire ; une demande au Fonds de solidarité logement a été transmise pour le solde.</p>
<p>Votre prochain rendez-vous : mardi 4 juin à 10 h avec votre assistante sociale, pour la demande d'intermédiation de l'ARIPA.</p>
""",
)

HTML["s064_dalo_decision_reconnaissance_urgence.html"] = (
    "Décision COMED — dossier 69-2024-0240",
    """
<h1>Commission de médiation du Rhône</h1>
<p>Séance du 21 mars 2024 — Décision n° 69-2024-0240</p>
<p>Requérants : M. Dragan Kovačević et Mme Jasmina Kovačević, hôtel Le Méridien Est, Bron.</p>
<p>Considérant que les requérants sont hébergés de façon continue depuis le 12 avril 2023 dans une structure d'hébergement d'urgence avec leurs quatre enfants mineurs ; qu'ils ont obtenu le bénéfice de la protection subsidiaire par décision de la Cour nationale du droit d'asile du 8 novembre 2023 ; que l'aînée de leurs enfants, atteinte d'un diabète de type 1, doit pouvoir conserver ses médicaments au réfrigérateur, ce que ne permet pas la chambre d'hôtel ; que leurs ressources (RSA et prestations familiales) leur permettent d'accéder à un logement social ;</p>
<p><strong>La commission reconnaît les requérants comme prioritaires et devant être logés d'urgence.</strong> Logement de type 5, Est lyonnais.</p>
<p>La présidente, Hélène Charvet</p>
""",
)

HTML["s065_mdph_espace_usager_notification_pch.html"] = (
    "Mon espace MDPH — Notification",
    """
<h1>Mon espace personnel — MDPH de la Vienne</h1>
<p>Connecté en tant que : Gérard Moulin (aidant familial de Mme Paulette Moulin)</p>
<h2>Nouvelle notification disponible</h2>
<p>Décision de la CDAPH du 26 mars 2024 concernant Mme Paulette Moulin, née le 03/06/1952.</p>
<ul>
<li>Prestation de compensation du handicap — aide humaine : ACCORD, 3 h 10 par jour, dédommagement de l'aidant familial</li>
<li>Aides techniques : ACCORD, lit médicalisé et verticalisateur</li>
<li>Aménagement du logement : ACCORD, douche à l'italienne, 4 800 €</li>
<li>Carte mobilité inclusion invalidité : ACCORD, mention « besoin d'accompagnement »</li>
</ul>
<p>Éléments retenus : maladie de Parkinson évoluée avec chutes répétées et troubles de la déglutition ; hémiparésie séquellaire d'un AVC en 2021.</p>
<p><a href="#">Télécharger la notification (PDF)</a></p>
""",
)

HTML["s066_conseil_medical_ordre_du_jour_nominatif.html"] = (
    "Conseil médical — ordre du jour 10 octobre",
    """
<h1>Conseil médical de l'Allier — formation restreinte du 10 octobre 2024</h1>
<p>Ordre du jour adressé aux médecins membres.</p>
<table>
<tr><th>N°</th><th>Agent</th><th>Collectivité</th><th>Question</th></tr>
<tr><td>1</td><td>Mme Sandrine Auclair</td><td>Ville de Moulins</td><td>Renouvellement CLM (néoplasie mammaire)</td></tr>
<tr><td>2</td><td>M. Hervé Giraud</td><td>SICTOM Nord-Allier</td><td>Reprise à temps partiel thérapeutique après CLD (trouble bipolaire)</td></tr>
<tr><td>3</td><td>Mme Fanny Ducros</td><td>CCAS de Vichy</td><td>Disponibilité d'office pour raison de santé</td></tr>
<tr><td>4</td><td>M. Lucien Perrier</td><td>Commune de Yzeure</td><td>Octroi CLD (sclérose latérale amyotrophique)</td></tr>
<tr><td>5</td><td>Mme Martine Bonnet</td><td>Département de l'Allier</td><td>Contestation de l'avis du médecin agréé (aptitude après arrêt pour dépression)</td></tr>
</table>
""",
)

HTML["s067_syndicat_compte_rendu_cap_adherents.html"] = (
    "Section CGT des territoriaux — compte rendu de la CAP",
    """
<h1>Compte rendu de vos élus CGT à la CAP du 3 octobre 2024</h1>
<p><em>Lettre d'information réservée aux adhérents de la section — ne pas transférer.</em></p>
<p>Camarades,</p>
<p>Vos élus Patrice Lamothe et Sandrine Fabre ont siégé à la CAP B de jeudi. Voici ce qu'il faut retenir.</p>
<h2>Révision de l'entretien de notre camarade Sabrina Poulet</h2>
<p>Sabrina, adhérente de la section depuis 2015 et membre de notre commission exécutive, contestait les mentions d'insuffisance portées par son chef de service dans son entretien 2023. Nous avons démontré qu'elle avait assuré seule l'intérim de l'adjoint pendant sept mois. L'administration a reculé sur l'appréciation générale, mais maintient les deux mentions d'insuffisance. Nous l'accompagnerons au tribunal administratif si elle le souhaite.</p>
<h2>Promotion interne</h2>
<p>Notre camarade Julien Mas, délégué du personnel au centre technique, n'a une nouvelle fois pas été retenu, alors que son dossier est excellent. Nous avons dénoncé en séance une discrimination syndicale : c'est la troisième année consécutive qu'il est écarté depuis qu'il a mené la grève des ripeurs.</p>
<h2>Disponibilité</h2>
<p>Bonne nouvelle pour Marc Rey, adhérent depuis l'an dernier : sa disponibilité pour élever son enfant a été accordée.</p>
<p>Prochaine permanence syndicale : mardi 12 h-14 h, local du 2e étage.</p>
<p>Fraternellement, le bureau de section.</p>
""",
)

HTML["s068_club_espace_membres_commission_licences.html"] = (
    "Espace membres — commission licences",
    """
<h1>Espace membres du bureau — AS Handball Pays de Gex</h1>
<h2>Relevé de la commission licences du 9 septembre</h2>
<ul>
<li>183 licences validées sur Gesthand.</li>
<li>Surclassements U15 transmis : 4.</li>
<li><strong>Cas à suivre :</strong> Camille Rochat (seniors filles) ne pourra pas reprendre avant janvier ; elle a terminé en juillet ses séances de radiothérapie pour un lymphome et son oncologue souhaite un avis cardiologique avant toute reprise. On lui garde sa place dans l'effectif et on la met sur la liste des bénévoles pour la table de marque si elle le souhaite.</li>
<li>Maxime Perret (U18) : licence bloquée, la fédération a prononcé une suspension de six mois à la suite de son contrôle positif au cannabis lors du tournoi de juin.</li>
</ul>
<p>Rédigé par Laure, secrétaire.</p>
""",
)

HTML["s069_ent_message_directeur_parents.html"] = (
    "ENT — Messagerie",
    """
<div class="message">
<p><strong>De :</strong> M. Gilles Brunet (directeur)<br><strong>À :</strong> Mme Amélie Robin ; M. Damien Robin<br><strong>Date :</strong> 4 octobre 2024<br><strong>Objet :</strong> Suite de l'équipe éducative de Jules</p>
<p>Madame, Monsieur,</p>
<p>Merci pour votre présence hier. Je vous confirme ce que nous avons décidé : Jules sera accueilli le matin uniquement jusqu'aux vacances de la Toussaint, avec une présence de Mme Lucas le mardi. Le médecin scolaire vous aidera à remplir le dossier MDPH pour la demande d'AESH, en joignant le compte rendu du CMP qui confirme le diagnostic de trouble du spectre autistique posé par le centre de ressources autisme.</p>
<p>J'ai bien noté que vous ne souhaitez pas que les deux rendez-vous soient communiqués l'un à l'autre et que le juge aux affaires familiales doit statuer en novembre sur la résidence de Jules. Je vous écrirai donc séparément à l'avenir.</p>
<p>Bien cordialement,<br>G. Brunet</p>
</div>
""",
)

HTML["s070_pupille_fiche_liaison_famille_accueil.html"] = (
    "Fiche de liaison — pupille de l'État",
    """
<h1>Fiche de liaison service adoption / assistante familiale</h1>
<p>Enfant : Jade (pupille provisoire, dossier 21-2024-031), née le 02/10/2024</p>
<p>Famille d'accueil relais : M. et Mme Chaumont, Is-sur-Tille</p>
<p>Informations transmises par la maternité du CHU de Dijon : naissance à 36 SA, poids 2 410 g. Mère ayant accouché sous le secret ; sérologies maternelles VIH et hépatites négatives ; consommation de tabac pendant la grossesse. Surveillance d'un ictère à J3, résolu.</p>
<p>Rendez-vous : consultation pédiatrique le 16 octobre ; vaccins à 2 mois.</p>
<p>Rappel : la mère de naissance dispose d'un délai jusqu'au 6 décembre pour reprendre l'enfant ; toute demande de contact doit être transmise immédiatement au service.</p>
<p>Référente : Élodie Collin, service des pupilles de l'État.</p>
""",
)

HTML["s071_clspd_tableau_suivi_cellule_veille.html"] = (
    "Cellule de veille — tableau de suivi",
    """
<h1>Tableau de suivi nominatif — cellule de veille CLSPD (mise à jour 30/04/2024)</h1>
<table>
<tr><th>Nom</th><th>Âge</th><th>Signalé par</th><th>Problématique</th><th>Action</th><th>Référent</th></tr>
<tr><td>Enzo Lefèvre</td><td>15</td><td>Police municipale</td><td>Vol avec violence, réparation pénale en cours</td><td>Chantier éducatif avril</td><td>Horizons</td></tr>
<tr><td>Jordan Lefèvre</td><td>14</td><td>Collège</td><td>Déscolarisation depuis février</td><td>Rappel à l'ordre 19/04</td><td>Coordinatrice</td></tr>
<tr><td>Mehdi Azouz</td><td>17</td><td>Police nationale</td><td>Trafic de stupéfiants, contrôle judiciaire</td><td>Mission locale</td><td>Horizons</td></tr>
<tr><td>Josette Barbier</td><td>78</td><td>Bailleur</td><td>Incurie, syndrome de Diogène suspecté</td><td>Visite CCAS / CMP, signalement parquet</td><td>CCAS</td></tr>
<tr><td>Famille Traoré</td><td>—</td><td>MDS</td><td>Violences conjugales, enfants exposés, AEMO</td><td>Groupe VIF</td><td>MDS</td></tr>
</table>
""",
)

HTML["s072_surendettement_espace_personnel_dossier.html"] = (
    "Banque de France — Mon dossier de surendettement",
    """
<h1>Suivi de mon dossier de surendettement</h1>
<p>Dossier n° 51-24-0937 — M. et Mme Grégory et Stéphanie Thiébaut</p>
<table>
<tr><th>Étape</th><th>Date</th><th>Statut</th></tr>
<tr><td>Dépôt du dossier</td><td>02/04/2024</td><td>Terminé</td></tr>
<tr><td>Décision de recevabilité</td><td>14/05/2024</td><td>Recevable</td></tr>
<tr><td>Inscription FICP</td><td>15/05/2024</td><td>Effectuée</td></tr>
<tr><td>État du passif</td><td>12/06/2024</td><td>47 312,56 € — contestation de Reims Habitat sur le montant de l'arriéré de loyer</td></tr>
<tr><td>Orientation</td><td>En cours</td><td>Plan conventionnel de redressement</td></tr>
</table>
<p>Message du secrétariat : « Merci de nous transmettre l'attestation de la CAF relative à la reprise du versement de l'allocation de logement. »</p>
""",
)

HTML["s073_jury_oral_grille_evaluation_candidat.html"] = (
    "Grille d'évaluation — épreuve orale",
    """
<h1>Examen professionnel de rédacteur principal de 2e classe — grille d'évaluation individuelle</h1>
<p>Candidat : M. Thierry Lacombe, rédacteur, Communauté de communes du Haut-Béarn — passage le 15/05/2024, 10 h 40.</p>
<table>
<tr><th>Critère</th><th>Appréciation</th><th>Note</th></tr>
<tr><td>Présentation du parcours</td><td>Confuse, trop longue (9 min), aucun recul sur les fonctions exercées</td><td>2/5</td></tr>
<tr><td>Connaissances statutaires et institutionnelles</td><td>Lacunes importantes : ignore le rôle du CST, confond avancement et promotion interne</td><td>1,5/5</td></tr>
<tr><td>Mise en situation (conflit dans l'équipe)</td><td>Réponse autoritaire, pas d'écoute, minimise la souffrance de l'agent</td><td>1/5</td></tr>
<tr><td>Motivation, aptitude à encadrer</td><td>Peu convaincant ; évoque des tensions avec sa hiérarchie actuelle</td><td>2/5</td></tr>
</table>
<p>Note proposée : 6,5/20. Avis : défavorable. Examinateurs : Mme Brigitte Lasserre, M. Jean Pouey.</p>
""",
)

HTML["s074_registre_danger_grave_imminent.html"] = (
    "Registre spécial — danger grave et imminent",
    """
<h1>Registre spécial des dangers graves et imminents — Médiathèque Jacques-Prévert</h1>
<p>Avis n° 2024-02 consigné le 7 mars 2024 à 18 h 15 par M. Patrice Lamothe, représentant du personnel à la F3SCT.</p>
<p>Poste concerné : banque d'accueil du rez-de-chaussée.</p>
<p>Nature du danger : Mme Élise Raynal, agent d'accueil, a été menacée par un usager avec un cutter à 17 h 30 ; l'usager, connu du service, a été interpellé par la police. Mme Raynal a fait une crise d'angoisse sévère et a été prise en charge par les pompiers. Elle était déjà très fragilisée depuis plusieurs semaines en raison du conflit avec sa responsable et m'a indiqué prendre des anxiolytiques.</p>
<p>Agents exposés : 3 agents d'accueil en soirée.</p>
<p>Mesures demandées : présence d'un agent de sécurité le soir, bouton d'alerte, fermeture de la banque d'accueil à 17 h.</p>
<p>Signature de l'autorité territoriale : reçu le 8 mars 2024, enquête immédiate programmée le 8 mars à 10 h.</p>
""",
)

HTML["s075_ehpad_lettre_familles_cvs.html"] = (
    "Lettre aux familles — mars 2024",
    """
<h1>La lettre des familles des Tilleuls — n° 18</h1>
<h2>Le mot du CVS</h2>
<p>Lors de sa séance du 14 mars, le conseil de la vie sociale a notamment évoqué les repas du soir, le programme d'animation du printemps et l'organisation des repas partagés le dimanche à l'unité protégée.</p>
<h2>Carnet</h2>
<p>Nous avons accompagné avec émotion le départ de Mme Raymonde Collet, qui nous a quittés le 9 mars à l'unité de soins palliatifs de Dole après plusieurs semaines de lutte contre la maladie. Toutes nos pensées vont à sa famille.</p>
<p>Nous souhaitons un prompt rétablissement à M. Fernand Tissot, hospitalisé depuis le 18 mars en cardiologie à Besançon pour une insuffisance cardiaque, et qui espère retrouver bientôt sa place au CVS.</p>
<h2>Animations</h2>
<p>Sortie au marché de Mouchard le 18 avril ; chorale avec l'école Jules-Ferry le 25 avril.</p>
""",
)

# ---------------------------------------------------------------- public .docx

DOCX["p121_cvs_ehpad_rapport_activite_annuel.docx"] = [
    ("title", "Rapport annuel d'activité 2023 du conseil de la vie sociale — EHPAD du Val d'Ource"),
    ("h", "1. Composition et fonctionnement"),
    ("p", "Le conseil de la vie sociale a été renouvelé en novembre 2023, conformément au décret "
          "du 25 avril 2022 qui a élargi sa composition aux représentants des mandataires "
          "judiciaires et des bénévoles. Il compte onze membres : trois représentants des "
          "personnes accueillies, deux représentants des familles, un représentant des "
          "mandataires, deux représentants du personnel, un représentant de l'organisme "
          "gestionnaire, une représentante des bénévoles et le médecin coordonnateur avec voix "
          "consultative. La participation au scrutin a été de 64 % chez les résidents et de "
          "41 % chez les familles, en nette hausse grâce au vote par correspondance. Le conseil "
          "s'est réuni quatre fois en 2023 (mars, juin, septembre, novembre), pour une durée "
          "moyenne de deux heures et demie. Le taux de présence des membres élus a été de 87 %."),
    ("p", "Chaque séance a été précédée d'une réunion préparatoire des représentants des "
          "résidents avec l'animatrice, qui recueille dans chaque unité les questions et "
          "suggestions au moyen d'une boîte à idées et de temps d'échange informels. Les "
          "comptes rendus, rédigés en version complète et en version facile à lire et à "
          "comprendre, ont été affichés et remis aux familles par courrier électronique."),
    ("h", "2. Principaux sujets traités"),
    ("p", "Vie quotidienne et restauration : la qualité des repas reste le premier sujet "
          "d'expression des résidents. À la demande du conseil, une commission menus mensuelle "
          "a été créée, associant le chef de cuisine, la diététicienne et quatre résidents. Elle "
          "a obtenu l'introduction d'un second choix de plat le soir, des produits locaux deux "
          "fois par semaine et une adaptation des textures plus appétissante pour les régimes "
          "mixés. La prise en compte des pratiques alimentaires liées aux convictions de chacun "
          "a été réaffirmée dans le règlement de fonctionnement."),
    ("p", "Soins et accompagnement : le conseil a été informé de la mise en place de la "
          "téléconsultation avec le centre hospitalier, de la politique de prévention des chutes "
          "(détecteurs, ateliers d'équilibre, révision des traitements à risque) et du plan de "
          "lutte contre la dénutrition. Le médecin coordonnateur a présenté, sous forme "
          "anonymisée, les indicateurs de qualité : taux de chutes, taux d'escarres, taux de "
          "résidents bénéficiant d'une contention, nombre d'hospitalisations non programmées. "
          "Le conseil a souhaité que ces indicateurs soient présentés chaque année."),
    ("p", "Bientraitance : deux événements indésirables graves ont été déclarés à l'ARS en "
          "2023 et présentés au conseil de façon anonyme, avec les mesures correctives "
          "adoptées (fiche de liaison avec les urgences, double contrôle des piluliers). Le "
          "conseil a été associé à la rédaction de la charte de bientraitance et à "
          "l'organisation d'une journée de sensibilisation avec l'association ALMA."),
    ("p", "Animation et ouverture : sorties mensuelles, chorale intergénérationnelle, jardin "
          "thérapeutique, visites de l'aumônerie et des bénévoles de la paroisse, ateliers "
          "numériques permettant les appels vidéo avec les familles. Le conseil a salué "
          "l'engagement de l'association « Les Amis du Val d'Ource »."),
    ("p", "Travaux et cadre de vie : rénovation de la salle à manger, remplacement du système "
          "d'appel malade programmé en 2025, climatisation d'une pièce rafraîchie par étage "
          "dans le cadre du plan bleu. Le conseil a demandé que les résidents soient associés "
          "au choix des couleurs et du mobilier, ce qui a été fait."),
    ("p", "Budget : le conseil a émis un avis favorable sur l'état prévisionnel des recettes "
          "et des dépenses, tout en exprimant son inquiétude sur l'évolution du reste à charge "
          "des familles, qui atteint en moyenne 2 180 € par mois. Il a rappelé l'existence de "
          "l'aide sociale à l'hébergement et de l'allocation de logement, et demandé qu'une "
          "information soit faite aux familles lors de l'admission."),
    ("p", "Réclamations : la direction a présenté au conseil la synthèse anonymisée des 27 "
          "réclamations écrites reçues dans l'année, portant principalement sur le linge, les "
          "délais de réponse aux sonnettes la nuit et la communication avec les familles. "
          "Toutes ont reçu une réponse écrite dans un délai moyen de douze jours."),
    ("p", "Le conseil a également été consulté sur la révision du livret d'accueil et du "
          "contrat de séjour, dont il a demandé une rédaction plus lisible, avec un résumé "
          "d'une page en caractères agrandis."),
    ("h", "3. Suites données aux propositions du conseil"),
    ("table", [
        ["Proposition", "Date", "Suite"],
        ["Commission menus mensuelle", "Mars 2023", "Mise en place en avril"],
        ["Marquage systématique du linge", "Juin 2023", "Réalisé à l'admission depuis septembre"],
        ["Horaires de visite élargis en soirée", "Juin 2023", "Accès jusqu'à 21 h sur rendez-vous"],
        ["Information sur l'aide sociale à l'hébergement", "Novembre 2023",
         "Fiche intégrée au livret d'accueil"],
        ["Présentation annuelle des indicateurs qualité", "Septembre 2023", "Acté"],
    ]),
    ("h", "4. Perspectives 2024"),
    ("p", "Le conseil participera à l'évaluation externe selon le référentiel de la Haute "
          "Autorité de santé, à la révision du projet d'établissement 2025-2029 et à "
          "l'organisation d'une réunion annuelle des familles. Il souhaite développer les "
          "échanges avec les CVS des autres établissements du territoire, dans le cadre du "
          "réseau animé par la fédération départementale."),
    ("p", "Rapport adopté par le conseil de la vie sociale le 7 mars 2024 et présenté au "
          "conseil d'administration le 28 mars 2024."),
]

DOCX["p122_bailleur_rapport_politique_attribution.docx"] = [
    ("title", "Val-de-Brenne Habitat — Politique d'attribution et rapport de la CALEOL 2023"),
    ("h", "Introduction"),
    ("p", "Le présent rapport rend compte de l'activité de la commission d'attribution des "
          "logements et d'examen de l'occupation des logements (CALEOL) au cours de l'année "
          "2023 et de la mise en œuvre des orientations d'attribution fixées par le conseil "
          "d'administration. Il est présenté au conseil d'administration, transmis au préfet et "
          "aux présidents des établissements publics de coopération intercommunale concernés, "
          "et tenu à la disposition des locataires. Il ne comporte aucune information relative "
          "à des demandeurs identifiés."),
    ("h", "1. Le patrimoine et la demande"),
    ("p", "Au 31 décembre 2023, l'office gère 9 412 logements répartis sur 41 communes, dont "
          "3 108 situés dans des quartiers prioritaires de la politique de la ville. Le taux de "
          "rotation s'établit à 9,8 %, en baisse constante depuis cinq ans, ce qui traduit la "
          "tension croissante du marché. Le fichier partagé de la demande comptait 6 240 "
          "demandes actives sur le territoire de l'office, dont 28 % de demandes de mutation. "
          "Les personnes seules représentent 46 % des demandeurs, les familles monoparentales "
          "27 %. 31 % des demandeurs ont des ressources inférieures à 40 % des plafonds PLUS."),
    ("h", "2. Les orientations d'attribution"),
    ("p", "Le conseil d'administration a fixé les orientations suivantes, en cohérence avec les "
          "conventions intercommunales d'attribution : favoriser la mixité sociale en "
          "attribuant au moins 25 % des logements situés hors QPV aux ménages du premier "
          "quartile de ressources ; consacrer au moins 50 % des attributions en QPV aux "
          "ménages des trois autres quartiles ; mobiliser l'ensemble des contingents au profit "
          "des ménages reconnus prioritaires au titre du DALO et des publics de l'article "
          "L.441-1 du CCH ; faciliter les parcours résidentiels des locataires en place, en "
          "particulier des personnes âgées et des personnes en situation de handicap dont le "
          "logement est devenu inadapté ; accompagner les ménages victimes de violences "
          "conjugales par un partenariat avec les associations spécialisées."),
    ("h", "3. L'activité de la commission"),
    ("p", "La CALEOL s'est réunie 46 fois, dont 12 en forme numérique. Elle a examiné 2 741 "
          "candidatures sur 948 logements, soit 2,9 candidatures par logement en moyenne. La "
          "règle des trois candidats n'a pu être respectée pour 71 logements, faute de "
          "demandeurs correspondant aux caractéristiques du logement (grands logements en zone "
          "rurale, logements adaptés aux personnes à mobilité réduite)."),
    ("table", [
        ["Décision", "Nombre", "Part"],
        ["Attribution (rang 1)", "948", "34,6 %"],
        ["Attribution en rang 2 ou 3", "1 206", "44,0 %"],
        ["Attribution sous condition suspensive", "58", "2,1 %"],
        ["Non-attribution", "131", "4,8 %"],
        ["Irrecevabilité", "19", "0,7 %"],
        ["Ajournement", "379", "13,8 %"],
    ]),
    ("p", "Les refus des candidats, en progression, concernent principalement la localisation "
          "(42 %), le montant du loyer ou des charges (23 %) et l'absence d'ascenseur ou de "
          "place de stationnement (15 %). L'office a mis en place une visite préalable "
          "systématique des logements situés en QPV afin de réduire ces refus."),
    ("h", "4. Les publics prioritaires"),
    ("p", "342 attributions ont bénéficié à des ménages prioritaires, soit 36 % des "
          "attributions : 74 ménages reconnus au titre du DALO, 63 ménages sortant de structures "
          "d'hébergement, 41 ménages victimes de violences conjugales (en lien avec "
          "l'association Solidarité Femmes et l'intervenante sociale en commissariat), 37 "
          "ménages comportant une personne en situation de handicap, 52 ménages menacés "
          "d'expulsion sans relogement, 75 ménages relevant d'autres critères (habitat indigne, "
          "reprise d'activité après chômage de longue durée, sortants d'hospitalisation "
          "psychiatrique accompagnés par un dispositif « logement d'abord »)."),
    ("p", "Le conseil d'administration souligne que ces résultats ont été obtenus grâce à la "
          "coordination avec la DDETS, le SIAO et la commission de coordination des actions de "
          "prévention des expulsions locatives (CCAPEX), à laquelle l'office a signalé 214 "
          "situations d'impayés en 2023."),
    ("h", "5. L'examen de l'occupation des logements"),
    ("p", "Conformément à l'article L.442-5-2 du CCH, la commission a examiné 312 situations "
          "d'occupation dans les communes en zone tendue. Les propositions de relogement ont "
          "été acceptées dans 24 cas. L'office constate que les locataires âgés en sous-"
          "occupation sont attachés à leur logement et à leur quartier ; il a développé une "
          "offre de logements adaptés en rez-de-chaussée, labellisés « Habitat senior "
          "services », dans les mêmes quartiers."),
    ("p", "Les membres de la commission ont participé en 2023 à une journée de formation sur la "
          "cotation, la gestion en flux et la prévention des discriminations, animée par "
          "l'Union sociale pour l'habitat. Le taux de présence moyen des membres avec voix "
          "délibérative s'est établi à 82 %."),
    ("p", "Enfin, 58 attributions ont été prononcées sous condition suspensive, le plus "
          "souvent dans l'attente d'un justificatif de ressources ou d'un titre de séjour en "
          "cours de renouvellement ; 49 ont été confirmées dans le délai réglementaire."),
    ("h", "6. Perspectives"),
    ("p", "En 2024, l'office poursuivra la cotation de la demande, obligatoire depuis le 31 "
          "décembre 2023, et la gestion en flux des réservations. Il expérimentera une "
          "location choisie sur une partie de son patrimoine peu demandé et renforcera la "
          "formation des membres de la commission à la déontologie et à la lutte contre les "
          "discriminations dans l'accès au logement, avec le Défenseur des droits."),
]

DOCX["p123_ccas_deliberations_subventions_associations.docx"] = [
    ("title", "CCAS de Saint-Priest-la-Rivière — Conseil d'administration du 26 mars 2024"),
    ("p", "Délibération n° 2024-11 : attribution de subventions aux associations du secteur "
          "social."),
    ("p", "Le conseil d'administration, après avoir entendu le rapport de Mme Annick Morand, "
          "vice-présidente, décide d'attribuer les subventions suivantes :"),
    ("table", [
        ["Association", "Objet", "Montant"],
        ["Secours catholique — équipe locale", "Accueil de jour et aide alimentaire", "3 500 €"],
        ["Les Restos du cœur", "Campagne d'hiver", "4 000 €"],
        ["Croix-Rouge française, unité locale", "Vestiboutique et maraudes", "2 500 €"],
        ["Épicerie solidaire « Le Panier »", "Fonctionnement", "12 000 €"],
        ["CIDFF de l'Ain", "Permanence juridique, violences faites aux femmes", "1 800 €"],
        ["Association d'aide aux victimes (AVEMA)", "Permanence mensuelle", "1 200 €"],
        ["UNAFAM 01", "Groupe de parole des proches de personnes malades psychiques", "600 €"],
        ["Alcool Assistance", "Réunions d'entraide", "400 €"],
    ]),
    ("p", "Vote : unanimité. M. Baudin, membre de l'équipe locale du Secours catholique, n'a pas "
          "pris part au vote sur la subvention de cette association."),
]

DOCX["p124_comed_dalo_reglement_interieur.docx"] = [
    ("title", "Règlement intérieur de la commission de médiation du droit au logement opposable "
              "de l'Isère"),
    ("p", "Adopté en séance du 11 janvier 2024."),
    ("h", "Titre I — Missions et composition"),
    ("p", "Article 1. La commission de médiation, instituée par l'article L.441-2-3 du code de la "
          "construction et de l'habitation, examine les recours amiables formés par les "
          "personnes qui n'ont pas reçu de proposition adaptée à leur demande de logement "
          "social dans le délai anormalement long fixé par arrêté préfectoral, ou qui se "
          "trouvent dans l'une des situations prévues à l'article R.441-14-1 : dépourvues de "
          "logement, menacées d'expulsion sans relogement, hébergées ou logées temporairement, "
          "logées dans des locaux impropres à l'habitation, insalubres ou dangereux, logées "
          "dans un logement sur-occupé ou non décent avec au moins un enfant mineur ou une "
          "personne handicapée. Elle examine également les recours tendant à l'accueil dans "
          "une structure d'hébergement."),
    ("p", "Article 2. La commission est composée, conformément à l'article R.441-13, de "
          "représentants de l'État, du département, des EPCI et des communes, des organismes "
          "bailleurs et des organismes chargés de la gestion d'une structure d'hébergement, "
          "des associations de locataires et des associations agréées dont l'un des objets est "
          "l'insertion ou le logement des personnes défavorisées. Le président est désigné par "
          "le préfet parmi les personnalités qualifiées."),
    ("h", "Titre II — Fonctionnement"),
    ("p", "Article 3. La commission se réunit au moins deux fois par mois. Le quorum est atteint "
          "lorsque la moitié des membres ayant voix délibérative sont présents. À défaut, la "
          "commission est à nouveau convoquée et délibère sans condition de quorum."),
    ("p", "Article 4. Les recours sont instruits par le secrétariat de la commission, assuré par "
          "la DDETS. L'instructeur recueille auprès des bailleurs, des services sociaux et des "
          "structures d'hébergement les informations nécessaires. Il peut faire procéder à un "
          "diagnostic social ou à une visite du logement. Le requérant peut demander à être "
          "entendu ; il peut être assisté par une association ou un travailleur social."),
    ("p", "Article 5. Chaque dossier fait l'objet d'une fiche de synthèse adressée aux membres "
          "par voie dématérialisée sécurisée au moins cinq jours avant la séance. Les membres "
          "s'engagent à ne pas conserver ces fiches au-delà de la séance et à ne pas les "
          "communiquer à des tiers."),
    ("p", "Article 6. Les décisions sont prises à la majorité des voix des membres présents ; en "
          "cas de partage, la voix du président est prépondérante. Un membre qui a un intérêt "
          "personnel ou professionnel direct à l'examen d'un recours, notamment lorsqu'il en a "
          "assuré l'accompagnement ou lorsque l'organisme qu'il représente est le bailleur du "
          "requérant dans une procédure d'expulsion, ne prend pas part au vote."),
    ("p", "Article 7. Les décisions sont motivées et notifiées au requérant dans un délai de "
          "trois mois à compter du dépôt du recours (six semaines pour les recours hébergement). "
          "Elles indiquent les voies et délais de recours. Les décisions favorables précisent "
          "les caractéristiques du logement à attribuer (typologie, localisation, "
          "accessibilité)."),
    ("h", "Titre III — Doctrine et critères d'appréciation"),
    ("p", "Article 8. La commission apprécie l'urgence au regard de l'ensemble de la situation "
          "du requérant. Elle tient compte notamment de la présence d'enfants mineurs, de l'état "
          "de santé ou du handicap des personnes composant le ménage, des démarches entreprises "
          "et du caractère adapté ou non des offres éventuellement refusées. Elle publie chaque "
          "année, sous forme anonymisée, les orientations de sa doctrine."),
    ("p", "Article 9. La mauvaise foi du requérant, notamment en cas d'impayés organisés ou de "
          "refus répétés d'offres adaptées sans motif légitime, peut justifier un rejet. Les "
          "dettes locatives, en elles-mêmes, ne font pas obstacle à la reconnaissance du "
          "caractère prioritaire."),
    ("h", "Titre IV — Confidentialité et déontologie"),
    ("p", "Article 10. Les membres de la commission et les agents du secrétariat sont tenus à "
          "la confidentialité des informations dont ils ont connaissance. Les informations "
          "relatives à la santé ne sont communiquées aux membres que dans la mesure strictement "
          "nécessaire à l'appréciation de la situation et sous une forme synthétique. Les "
          "procès-verbaux ne sont pas communicables aux tiers."),
    ("p", "Article 11. Le présent règlement peut être modifié à la majorité des membres "
          "présents. Il est annexé au rapport annuel d'activité de la commission, transmis au "
          "comité de suivi de la mise en œuvre du droit au logement opposable."),
    ("p", "Article 11 bis. Les membres déclarent en début de mandat les fonctions qu'ils "
          "exercent au sein d'organismes bailleurs ou d'associations d'accompagnement."),
    ("p", "Article 11 ter. Les représentants des associations peuvent se faire "
          "remplacer par leur suppléant ; ils ne peuvent donner mandat à un autre membre."),
    ("h", "Titre V — Rapport d'activité"),
    ("p", "Article 12. La commission établit chaque année un rapport d'activité comprenant le "
          "nombre de recours reçus et examinés, la répartition des décisions par motif, les "
          "délais d'instruction, le nombre de ménages relogés et restant à reloger, et les "
          "difficultés rencontrées. Ce rapport est transmis au préfet, au comité responsable du "
          "plan départemental d'action pour le logement et l'hébergement des personnes "
          "défavorisées et au Haut Comité pour le logement des personnes défavorisées. Il est "
          "publié sur le site internet des services de l'État dans le département."),
]

DOCX["p125_mdph_convention_pluriannuelle_objectifs.docx"] = [
    ("title", "Convention pluriannuelle d'objectifs et de moyens 2024-2027 entre le Département "
              "de la Marne, l'État, la CNSA et la Maison départementale des personnes handicapées"),
    ("h", "Préambule"),
    ("p", "La maison départementale des personnes handicapées (MDPH), groupement d'intérêt public "
          "placé sous la tutelle administrative et financière du Département, exerce une mission "
          "d'accueil, d'information, d'accompagnement et de conseil des personnes handicapées et "
          "de leur famille, ainsi que de sensibilisation de tous les citoyens au handicap. Elle "
          "met en place et organise le fonctionnement de l'équipe pluridisciplinaire et de la "
          "commission des droits et de l'autonomie des personnes handicapées (CDAPH). La présente "
          "convention, conclue en application de l'article L.146-4-2 du code de l'action sociale "
          "et des familles, fixe les objectifs de qualité de service et les moyens mobilisés "
          "par chacun des signataires pour la période 2024-2027. Elle s'inscrit dans la feuille "
          "de route « MDPH 2022 » prolongée et dans les engagements de la Conférence nationale "
          "du handicap du 26 avril 2023."),
    ("h", "Article 1 — Objet"),
    ("p", "La convention définit les engagements réciproques des signataires en matière de "
          "délais de traitement des demandes, de qualité des réponses apportées aux personnes, "
          "de suivi des décisions de la CDAPH, de pilotage de l'offre médico-sociale et de "
          "systèmes d'information. Elle précise les contributions financières et en personnel "
          "de chaque membre du groupement."),
    ("h", "Article 2 — Accueil et accès aux droits"),
    ("p", "La MDPH s'engage à garantir un accueil physique dans chacun des cinq territoires du "
          "département, en lien avec les maisons France services et les centres locaux "
          "d'information et de coordination, ainsi qu'un accueil téléphonique joignable au moins "
          "35 heures par semaine avec un taux de décroché supérieur à 80 %. Elle développe le "
          "téléservice de dépôt des demandes et l'accompagnement des personnes éloignées du "
          "numérique. Elle met à disposition des supports en facile à lire et à comprendre et "
          "un accueil en langue des signes française sur rendez-vous."),
    ("h", "Article 3 — Évaluation et délais"),
    ("p", "Les signataires se fixent pour objectif un délai moyen de traitement inférieur à "
          "quatre mois pour l'ensemble des demandes, et à deux mois pour les demandes relevant "
          "d'un circuit simplifié (renouvellement de la reconnaissance de la qualité de "
          "travailleur handicapé, cartes mobilité inclusion pour les personnes âgées relevant de "
          "l'APA). Les droits sans limitation de durée sont attribués chaque fois que le "
          "handicap n'est pas susceptible d'évoluer favorablement, conformément au décret du "
          "24 décembre 2018. L'équipe pluridisciplinaire d'évaluation s'appuie sur le guide "
          "d'évaluation des besoins de compensation (GEVA) et sur le référentiel national des "
          "missions des MDPH."),
    ("h", "Article 4 — Fonctionnement de la CDAPH"),
    ("p", "La CDAPH se réunit en formation plénière au moins quatre fois par an et en formations "
          "restreintes spécialisées (enfants, adultes, emploi, prestation de compensation) selon "
          "un calendrier annuel. Les personnes qui le souhaitent sont entendues par la "
          "commission et peuvent être assistées de la personne de leur choix. La MDPH rend "
          "compte chaque année à la commission exécutive des taux d'accord par prestation, des "
          "écarts aux moyennes nationales et des suites données aux recours administratifs "
          "préalables obligatoires et aux recours contentieux devant le pôle social du tribunal "
          "judiciaire."),
    ("h", "Article 5 — Scolarisation des élèves en situation de handicap"),
    ("p", "En lien avec les services départementaux de l'Éducation nationale, la MDPH organise "
          "l'instruction des demandes d'aide humaine, de matériel pédagogique adapté et "
          "d'orientation de façon à ce que les décisions soient notifiées avant le 15 juillet "
          "pour la rentrée scolaire. Les signataires soutiennent le déploiement des pôles "
          "d'appui à la scolarité et l'articulation avec les enseignants référents chargés de la "
          "réunion des équipes de suivi de la scolarisation."),
    ("h", "Article 6 — Emploi"),
    ("p", "La MDPH participe au service public de l'emploi pour l'orientation professionnelle des "
          "travailleurs handicapés, en lien avec France Travail, Cap emploi et les ESAT. Elle "
          "développe l'orientation vers le dispositif d'emploi accompagné et les passerelles "
          "entre milieu protégé et milieu ordinaire prévues par la loi pour le plein emploi."),
    ("h", "Article 7 — Suivi des orientations et réponse accompagnée pour tous"),
    ("p", "La MDPH assure le suivi des orientations vers les établissements et services "
          "médico-sociaux au moyen du système d'information de suivi des orientations. Pour les "
          "situations complexes, elle met en œuvre la démarche « réponse accompagnée pour tous » "
          "et élabore, avec l'accord de la personne, un plan d'accompagnement global réunissant "
          "l'ARS, le Département, l'Éducation nationale et les gestionnaires d'établissements. "
          "Elle rend compte chaque année, sous forme anonymisée, du nombre de plans élaborés et "
          "des solutions trouvées."),
    ("h", "Article 8 — Participation des personnes et des associations"),
    ("p", "Les associations représentatives des personnes handicapées et de leurs familles "
          "siègent à la commission exécutive et à la CDAPH. Un comité des usagers, réuni deux "
          "fois par an, est consulté sur la qualité du service rendu. Les résultats du "
          "baromètre national de satisfaction sont publiés sur le site de la MDPH."),
    ("h", "Article 9 — Moyens"),
    ("table", [
        ["Contributeur", "2024", "2025", "2026", "2027"],
        ["Département (ETP mis à disposition et dotation)", "3 120 000 €", "3 180 000 €",
         "3 240 000 €", "3 300 000 €"],
        ["État (ETP et compensation)", "640 000 €", "640 000 €", "650 000 €", "650 000 €"],
        ["CNSA (concours de fonctionnement)", "1 410 000 €", "1 450 000 €", "1 490 000 €",
         "1 530 000 €"],
    ]),
    ("h", "Article 10 — Évaluation et durée"),
    ("p", "La convention fait l'objet d'un bilan annuel présenté à la commission exécutive. Elle "
          "est conclue pour quatre ans et peut être modifiée par avenant."),
]

DOCX["p126_conseil_medical_bilan_activite.docx"] = [
    ("title", "Conseil médical départemental de l'Orne — Bilan d'activité 2023"),
    ("p", "Le conseil médical s'est réuni 11 fois en formation restreinte et 10 fois en "
          "formation plénière. Il a rendu 1 284 avis concernant 96 collectivités."),
    ("table", [
        ["Formation", "Objet", "Nombre d'avis"],
        ["Restreinte", "Congé de longue maladie (octroi et renouvellement)", "318"],
        ["Restreinte", "Congé de longue durée", "142"],
        ["Restreinte", "Disponibilité d'office pour raison de santé", "97"],
        ["Restreinte", "Inaptitude et reclassement", "84"],
        ["Restreinte", "Contestations d'avis de médecins agréés", "41"],
        ["Plénière", "Imputabilité au service (accidents, maladies)", "266"],
        ["Plénière", "Retraite pour invalidité", "73"],
        ["Plénière", "Allocation temporaire d'invalidité", "55"],
        ["Autres", "Temps partiel thérapeutique, aménagements", "208"],
    ]),
    ("p", "Les troubles psychiques représentent 34 % des motifs de CLM et de CLD, devant les "
          "cancers (27 %) et les pathologies de l'appareil locomoteur (19 %). Le délai moyen "
          "entre la saisine et l'avis est de 3,4 mois ; il atteint 5 mois lorsqu'une expertise "
          "psychiatrique est nécessaire, en raison du faible nombre de psychiatres agréés."),
    ("p", "Le centre de gestion a recruté une deuxième assistante et dématérialisé la saisine."),
]

DOCX["p127_guide_procedure_disciplinaire_fonction_publique.docx"] = [
    ("title", "Guide de la procédure disciplinaire dans la fonction publique territoriale"),
    ("p", "Centre de gestion de la Haute-Garonne — édition 2024, à l'usage des autorités "
          "territoriales et des services ressources humaines."),
    ("h", "1. Les principes"),
    ("p", "Toute faute commise par un fonctionnaire dans l'exercice ou à l'occasion de "
          "l'exercice de ses fonctions l'expose à une sanction disciplinaire, sans préjudice, le "
          "cas échéant, des peines prévues par la loi pénale (article L.530-1 du code général de "
          "la fonction publique). Le pouvoir disciplinaire appartient à l'autorité investie du "
          "pouvoir de nomination. La procédure disciplinaire et la procédure pénale sont "
          "indépendantes : l'autorité territoriale n'est pas tenue d'attendre l'issue de la "
          "procédure pénale pour sanctionner, mais elle est liée par les constatations de fait "
          "du juge pénal lorsqu'il y a eu jugement définitif. Le délai de prescription de "
          "l'action disciplinaire est de trois ans à compter du jour où l'administration a eu "
          "connaissance de l'étendue, de la nature et de la réalité des faits."),
    ("h", "2. L'échelle des sanctions"),
    ("table", [
        ["Groupe", "Sanctions", "Consultation du conseil de discipline"],
        ["1er groupe", "Avertissement, blâme, exclusion temporaire de 1 à 3 jours", "Non"],
        ["2e groupe", "Radiation du tableau d'avancement, abaissement d'échelon, exclusion "
         "temporaire de 4 à 15 jours", "Oui"],
        ["3e groupe", "Rétrogradation, exclusion temporaire de 16 jours à 2 ans", "Oui"],
        ["4e groupe", "Mise à la retraite d'office, révocation", "Oui"],
    ]),
    ("p", "Les sanctions d'exclusion temporaire peuvent être assorties d'un sursis total ou "
          "partiel. L'avertissement n'est pas inscrit au dossier ; le blâme et l'exclusion "
          "temporaire de trois jours au plus sont effacés automatiquement au bout de trois ans "
          "si aucune autre sanction n'est intervenue."),
    ("h", "3. La suspension de fonctions"),
    ("p", "En cas de faute grave, qu'il s'agisse d'un manquement à ses obligations "
          "professionnelles ou d'une infraction de droit commun, le fonctionnaire peut être "
          "suspendu par l'autorité territoriale. La suspension est une mesure conservatoire, "
          "prise dans l'intérêt du service, qui ne constitue pas une sanction. Le fonctionnaire "
          "conserve son traitement. Sa situation doit être définitivement réglée dans un délai "
          "de quatre mois, sauf poursuites pénales."),
    ("h", "4. Le déroulement de la procédure"),
    ("p", "Étape 1 — L'établissement des faits. L'autorité territoriale rassemble les éléments "
          "matériels : rapports hiérarchiques, témoignages écrits et datés, pièces. Une enquête "
          "administrative peut être diligentée, notamment en matière de harcèlement ou de "
          "violences sexistes et sexuelles."),
    ("p", "Étape 2 — L'information de l'agent. L'agent est informé par écrit de l'engagement "
          "de la procédure, des faits qui lui sont reprochés, de son droit à obtenir la "
          "communication intégrale de son dossier individuel et de tous les documents annexes, "
          "de son droit à se faire assister par un ou plusieurs défenseurs de son choix et de "
          "son droit de se taire. Un délai raisonnable doit lui être laissé pour préparer sa "
          "défense."),
    ("p", "Étape 3 — La saisine du conseil de discipline (sanctions des groupes 2 à 4). Le "
          "rapport de saisine, établi par l'autorité territoriale, indique clairement les faits "
          "reprochés et précise les circonstances dans lesquelles ils se sont produits. Le "
          "conseil de discipline, présidé par un magistrat administratif, comprend en nombre "
          "égal des représentants des collectivités et des représentants du personnel de la "
          "catégorie de l'agent. Il doit se prononcer dans un délai d'un mois."),
    ("p", "Étape 4 — La séance. L'agent et ses défenseurs peuvent présenter des observations "
          "écrites ou orales, citer des témoins. Le rapport est lu en séance. Le conseil "
          "délibère à huis clos hors la présence de l'agent, de ses défenseurs et des témoins. "
          "Le président met aux voix la sanction la plus sévère proposée, puis les sanctions "
          "moins sévères, jusqu'à ce qu'une majorité se dégage. À défaut, aucune sanction n'est "
          "proposée. L'avis est motivé et transmis à l'autorité territoriale et à l'agent."),
    ("p", "Étape 5 — La décision. L'autorité territoriale n'est pas liée par l'avis. L'arrêté "
          "de sanction est motivé en fait et en droit et notifié à l'agent, avec mention des "
          "voies et délais de recours (tribunal administratif, dans un délai de deux mois)."),
    ("h", "5. Les erreurs fréquentes"),
    ("p", "Le contrôle du juge administratif porte sur l'exactitude matérielle des faits, leur "
          "qualification juridique et la proportionnalité de la sanction. Les annulations les "
          "plus fréquentes résultent d'une information insuffisante de l'agent sur ses droits, "
          "d'une motivation stéréotypée de l'arrêté, de la prise en compte de faits non "
          "mentionnés dans le rapport de saisine, d'une sanction manifestement disproportionnée "
          "au regard des états de service, ou de la prise en compte de l'état de santé de "
          "l'agent comme motif de sanction, alors que l'insuffisance liée à la maladie relève "
          "d'une procédure médicale et non disciplinaire."),
    ("h", "6. Distinguer faute et insuffisance professionnelle"),
    ("p", "L'insuffisance professionnelle, qui traduit l'inaptitude de l'agent à exercer ses "
          "fonctions, ne constitue pas une faute. Elle peut justifier un licenciement après avis "
          "de la commission administrative paritaire, selon une procédure distincte. Le "
          "refus de titularisation d'un stagiaire relève également de l'appréciation de "
          "l'aptitude et non du pouvoir disciplinaire."),
    ("h", "7. Le rôle du centre de gestion"),
    ("p", "Le service juridique du centre de gestion conseille les collectivités affiliées à "
          "chaque étape : qualification des faits, rédaction du rapport de saisine, modèles "
          "d'arrêtés. Le secrétariat du conseil de discipline est assuré par le pôle instances "
          "paritaires. Les procès-verbaux et avis ne sont communicables qu'à l'agent et à "
          "l'autorité territoriale ; le centre de gestion publie chaque année un bilan "
          "statistique anonymisé."),
]

DOCX["p128_tableau_avancement_grade_publication.docx"] = [
    ("title", "Ville de Bergerac-sur-Dronne — Tableau annuel d'avancement de grade 2024"),
    ("p", "Arrêté du maire n° 2024-RH-212 du 15 mai 2024, pris conformément aux lignes "
          "directrices de gestion du 6 mars 2024. Affiché du 16 mai au 16 juillet 2024."),
    ("table", [
        ["Grade d'avancement", "Agent", "Service", "Date d'effet"],
        ["Adjoint administratif principal de 1re classe", "Mme Évelyne Castaing",
         "État civil", "01/06/2024"],
        ["Adjoint administratif principal de 1re classe", "M. Thierry Dubosq",
         "Finances", "01/06/2024"],
        ["Adjoint technique principal de 2e classe", "M. Kévin Laborie",
         "Espaces verts", "01/07/2024"],
        ["Adjoint technique principal de 2e classe", "Mme Nadine Saubusse",
         "Restauration scolaire", "01/07/2024"],
        ["Rédacteur principal de 1re classe", "Mme Laure Mesplède", "Urbanisme",
         "01/06/2024"],
        ["Technicien principal de 2e classe", "M. Frédéric Castets", "Bâtiments",
         "01/09/2024"],
        ["Attaché principal", "Mme Sophie Darrigade", "Direction de la culture", "01/10/2024"],
    ]),
    ("p", "Ratio appliqué : 50 % (C), 35 % (B), 25 % (A). Part des femmes promues : 57 %."),
]

DOCX["p129_rapport_annuel_sante_securite_travail.docx"] = [
    ("title", "Rapport annuel sur la santé, la sécurité et les conditions de travail 2023"),
    ("p", "Communauté d'agglomération du Grand Cognac — présenté à la formation spécialisée "
          "en matière de santé, de sécurité et de conditions de travail le 25 avril 2024."),
    ("h", "1. Effectifs et organisation de la prévention"),
    ("p", "Au 31 décembre 2023, la collectivité employait 1 062 agents sur emploi permanent "
          "(dont 71 % en catégorie C) et 148 agents contractuels sur emploi non permanent. La "
          "fonction prévention s'appuie sur une conseillère de prévention à temps plein, neuf "
          "assistants de prévention désignés dans les directions, un service de médecine "
          "préventive conventionné avec le centre de gestion (un médecin du travail, deux "
          "infirmières en santé au travail) et une psychologue du travail intervenant deux "
          "jours par mois. La formation spécialisée (F3SCT), créée en 2023, s'est réunie quatre "
          "fois en séance ordinaire et deux fois en séance extraordinaire, à la suite d'un "
          "accident grave et d'un danger grave et imminent."),
    ("h", "2. Accidents de service et maladies professionnelles"),
    ("table", [
        ["Indicateur", "2021", "2022", "2023"],
        ["Accidents de service avec arrêt", "61", "58", "66"],
        ["Accidents de trajet avec arrêt", "9", "11", "8"],
        ["Jours d'arrêt liés aux accidents", "3 412", "3 105", "3 890"],
        ["Taux de fréquence", "38,1", "35,4", "39,7"],
        ["Taux de gravité", "2,13", "1,89", "2,34"],
        ["Maladies professionnelles reconnues", "7", "9", "11"],
    ]),
    ("p", "Les accidents concernent principalement la collecte des déchets (29 %), l'entretien "
          "des espaces verts et de la voirie (24 %) et l'entretien des locaux et la "
          "restauration scolaire (21 %). Les causes les plus fréquentes sont les manutentions "
          "manuelles (34 %), les chutes de plain-pied ou de hauteur (26 %) et l'utilisation "
          "d'outils (14 %). Quatre agressions d'agents par des usagers ont été déclarées en "
          "accident de service, dont deux dans les déchetteries et une à l'accueil de la "
          "médiathèque. Les maladies professionnelles reconnues relèvent toutes du tableau 57 "
          "(affections périarticulaires)."),
    ("h", "3. Absentéisme pour raison de santé"),
    ("p", "Le taux d'absentéisme global pour raison de santé s'établit à 9,2 % (8,6 % en 2022). "
          "La maladie ordinaire représente 52 % des jours d'absence, les congés de longue "
          "maladie et de longue durée 31 %, les accidents et maladies professionnelles 17 %. "
          "L'âge moyen des agents (47,8 ans) et la pénibilité des métiers techniques expliquent "
          "en partie ce niveau. 64 agents ont bénéficié d'un temps partiel thérapeutique."),
    ("h", "4. Risques psychosociaux"),
    ("p", "Le diagnostic des risques psychosociaux, actualisé en 2023 avec l'appui d'un cabinet "
          "extérieur, met en évidence une intensité du travail élevée dans les services en "
          "sous-effectif, un sentiment de manque de reconnaissance chez les agents de catégorie "
          "C et des tensions avec le public dans les services d'accueil. Le dispositif de "
          "signalement des actes de violence, de discrimination, de harcèlement et "
          "d'agissements sexistes a reçu 14 signalements, qui ont donné lieu à 5 enquêtes "
          "administratives et à 3 procédures disciplinaires ; la protection fonctionnelle a été "
          "accordée dans 6 cas. La cellule d'écoute externe a été sollicitée 71 fois (appels "
          "anonymes)."),
    ("h", "5. Registres et visites"),
    ("p", "Les registres santé et sécurité au travail ont recueilli 87 fiches, portant "
          "principalement sur l'état des véhicules, l'éclairage des ateliers, la chaleur dans "
          "les cuisines et les comportements d'usagers. Un avis de danger grave et imminent a "
          "été consigné. La F3SCT a effectué trois visites de sites (centre technique, "
          "déchetterie de Châteaubernard, cuisine centrale). Une enquête a été menée à la suite "
          "d'un accident grave de tronçonneuse."),
    ("h", "6. Maintien dans l'emploi et handicap"),
    ("p", "La cellule pluridisciplinaire de maintien dans l'emploi a examiné 38 situations ; "
          "22 aménagements de poste ont été réalisés avec le soutien du FIPHFP, 6 reclassements "
          "ont abouti et 4 agents ont bénéficié d'une période de préparation au reclassement. "
          "Le taux d'emploi de travailleurs handicapés atteint 8,1 %."),
    ("h", "6 bis. Visites médicales et suivi individuel"),
    ("p", "Le service de médecine préventive a réalisé 612 visites d'information et de "
          "prévention, 148 visites de reprise et 93 visites à la demande des agents ou de "
          "l'employeur. Le médecin du travail a formulé 217 préconisations d'aménagement "
          "(horaires, restrictions de port de charges, télétravail, équipements), suivies "
          "dans 86 % des cas selon le bilan établi avec la DRH. Il signale un nombre croissant "
          "de consultations liées à la souffrance psychique et aux conduites addictives, et "
          "recommande la poursuite de la formation des encadrants à l'entretien de retour "
          "après une longue absence."),
    ("p", "Les représentants du personnel ont demandé que le rapport présente à l'avenir "
          "les données par direction et par sexe ; cette demande sera satisfaite à compter "
          "du rapport 2024, dans le respect de l'anonymat des agents des petites équipes."),
    ("h", "7. Actions conduites et programme 2024"),
    ("p", "Les actions de 2023 ont porté sur l'acquisition de matériel d'aide à la manutention, "
          "la formation de 312 agents (gestes et postures, habilitations électriques, "
          "secourisme, prévention des conduites addictives), le renouvellement des "
          "équipements de protection individuelle et la mise à jour du document unique. Le "
          "programme 2024, approuvé par la F3SCT en janvier, priorise la prévention des "
          "troubles musculo-squelettiques dans la collecte, la prévention des violences "
          "externes et l'accompagnement des encadrants face aux situations de souffrance au "
          "travail."),
]

DOCX["p130_creche_reglement_fonctionnement_extrait.docx"] = [
    ("title", "Règlement de fonctionnement des établissements d'accueil du jeune enfant — extrait"),
    ("h", "Article 4 — Admission"),
    ("p", "Les places sont attribuées par la commission d'attribution selon la grille de critères "
          "adoptée par le conseil municipal. La commission comprend l'élue déléguée à la petite "
          "enfance, la coordinatrice, les directrices d'établissement et une puéricultrice de "
          "PMI. Elle veille à réserver au moins 10 % des places à des enfants dont les parents "
          "sont engagés dans un parcours d'insertion sociale ou professionnelle, conformément à "
          "l'article L.214-7 du code de l'action sociale et des familles."),
    ("h", "Article 5 — Accueil des enfants en situation de handicap ou atteints de maladie chronique"),
    ("p", "Les établissements accueillent les enfants en situation de handicap ou atteints d'une "
          "maladie chronique. Un projet d'accueil individualisé est élaboré avec la famille, le "
          "médecin de l'enfant et le référent santé et accueil inclusif de l'établissement."),
    ("h", "Article 6 — Autorité parentale"),
    ("p", "En cas de séparation, les deux parents exerçant l'autorité parentale disposent des "
          "mêmes droits d'information. La copie de la décision du juge aux affaires familiales "
          "fixant la résidence de l'enfant est remise à la direction, qui ne la communique à "
          "personne."),
    ("h", "Article 7 — Participation financière"),
    ("p", "Elle est calculée selon le barème de la CNAF. Les familles bénéficiaires de minima "
          "sociaux bénéficient du tarif plancher."),
]

DOCX["p131_pacte_territorial_insertion.docx"] = [
    ("title", "Pacte territorial pour l'insertion et l'emploi 2024-2028 — Département de la Nièvre"),
    ("h", "Préambule"),
    ("p", "Le pacte territorial pour l'insertion, prévu par l'article L.263-2 du code de l'action "
          "sociale et des familles, définit les modalités de coordination des actions entreprises "
          "par les différents acteurs pour favoriser l'insertion sociale et professionnelle des "
          "personnes éloignées de l'emploi, et notamment des bénéficiaires du revenu de "
          "solidarité active. Le présent pacte est conclu entre le Département, l'État, France "
          "Travail, la Caisse d'allocations familiales, la Mutualité sociale agricole, la Région "
          "Bourgogne-Franche-Comté, les missions locales, Cap emploi, les intercommunalités et "
          "les représentants des structures de l'insertion par l'activité économique. Il "
          "s'inscrit dans la mise en œuvre de la loi du 18 décembre 2023 pour le plein emploi et "
          "dans le cadre du comité départemental pour l'emploi."),
    ("h", "1. Diagnostic partagé"),
    ("p", "La Nièvre compte 7 812 foyers allocataires du RSA, soit 7,1 % de la population "
          "couverte. Le département se caractérise par une population vieillissante, une forte "
          "proportion de bénéficiaires présents dans le dispositif depuis plus de cinq ans "
          "(42 %), des difficultés de mobilité importantes en zone rurale (38 % des "
          "bénéficiaires ne disposent pas du permis de conduire) et une offre de soins "
          "insuffisante, en particulier en santé mentale. Les freins à l'emploi identifiés par "
          "les référents sont, par ordre de fréquence : la mobilité, la santé, la garde "
          "d'enfants, le logement, la maîtrise des savoirs de base et le surendettement. "
          "Parallèlement, les employeurs des secteurs du soin, de l'aide à domicile, du bâtiment, "
          "de la logistique et de l'agriculture expriment des besoins de recrutement non "
          "satisfaits."),
    ("h", "2. Orientations stratégiques"),
    ("p", "Orientation 1 — Orienter rapidement et accompagner chacun. Les signataires s'engagent "
          "à orienter chaque nouvel allocataire dans un délai d'un mois, à l'issue d'un "
          "diagnostic partagé réalisé par France Travail ou par les services du Département, et "
          "à désigner un référent unique. Le contrat d'engagement, élaboré avec la personne, "
          "prévoit les actions d'accompagnement et, le cas échéant, les heures d'activité "
          "prévues par la loi, adaptées à la situation de chacun. Les équipes pluridisciplinaires "
          "sont réorganisées pour réexaminer les orientations et donner un avis avant toute "
          "décision de suspension-remobilisation."),
    ("p", "Orientation 2 — Lever les freins périphériques. Le pacte prévoit le déploiement de "
          "plateformes de mobilité (location de véhicules et de deux-roues à tarif solidaire, "
          "auto-écoles sociales, covoiturage), la réservation de places en crèche pour les "
          "parents en parcours d'insertion, le renforcement du dispositif santé-insertion en "
          "partenariat avec les centres médico-psychologiques, les CSAPA et les permanences "
          "d'accès aux soins de santé, et l'accompagnement budgétaire par les points conseil "
          "budget."),
    ("p", "Orientation 3 — Développer les parcours vers l'emploi. Les signataires soutiennent "
          "les 34 structures de l'insertion par l'activité économique du département (ateliers "
          "et chantiers d'insertion, entreprises d'insertion, associations intermédiaires, "
          "entreprises de travail temporaire d'insertion) et développent les clauses sociales "
          "dans la commande publique. Ils favorisent les immersions en entreprise, les "
          "préparations opérationnelles à l'emploi et les formations qualifiantes financées par "
          "la Région."),
    ("p", "Orientation 4 — Associer les personnes concernées. Les bénéficiaires du RSA sont "
          "représentés dans les équipes pluridisciplinaires et au comité de pilotage du pacte. "
          "Un groupe ressource de douze allocataires volontaires, animé par une association, "
          "contribue à l'évaluation des actions et à l'amélioration des courriers et "
          "formulaires."),
    ("p", "Orientation 5 — Prévenir les ruptures de parcours. Les signataires s'engagent à "
          "coordonner leurs interventions lors des moments de fragilité : fin de droits à "
          "l'assurance chômage, sortie d'hospitalisation, sortie de détention, séparation "
          "conjugale, fin de prise en charge au titre de l'aide sociale à l'enfance pour les "
          "jeunes majeurs. Un protocole d'information réciproque, respectueux du secret "
          "professionnel et de la protection des données personnelles, sera élaboré dans "
          "l'année qui suit la signature du pacte. Les situations de non-recours aux droits "
          "feront l'objet d'une démarche d'« aller vers » conduite avec la CAF et la MSA, "
          "notamment par des rendez-vous des droits dans les maisons France services."),
    ("p", "Les signataires veilleront à la cohérence du pacte avec le schéma "
          "départemental des services aux familles et le plan départemental d'action pour "
          "le logement et l'hébergement des personnes défavorisées."),
    ("h", "3. Gouvernance"),
    ("p", "Le pacte est piloté par un comité réunissant les signataires deux fois par an, "
          "co-présidé par le président du conseil départemental et le préfet. Des comités "
          "locaux, à l'échelle des quatre territoires d'action sociale, assurent la "
          "coordination opérationnelle et le suivi des parcours. Les commissions locales "
          "d'insertion existantes sont intégrées à ces comités locaux."),
    ("h", "4. Indicateurs"),
    ("table", [
        ["Indicateur", "Situation 2023", "Cible 2028"],
        ["Délai moyen d'orientation", "38 jours", "30 jours"],
        ["Part des allocataires avec un contrat d'engagement", "71 %", "95 %"],
        ["Sorties vers l'emploi durable (6 mois et plus)", "1 120 / an", "1 600 / an"],
        ["Places en crèche réservées à l'insertion", "46", "90"],
        ["Personnes accompagnées par le dispositif santé-insertion", "412", "700"],
    ]),
    ("h", "5. Financement"),
    ("p", "Le Département consacre 9,4 millions d'euros par an aux actions d'insertion, "
          "complétés par les crédits du Fonds social européen+, de l'État au titre de la "
          "convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi, et des "
          "partenaires. Une programmation annuelle est arrêtée par le comité de pilotage."),
]

DOCX["p132_ecole_projet_ecole_inclusive.docx"] = [
    ("title", "Projet d'école 2023-2026 — Axe 3 : une école inclusive"),
    ("p", "École élémentaire des Acacias, Saint-Genis-Laval. Adopté par le conseil d'école du "
          "9 novembre 2023."),
    ("p", "Constat : 19 élèves sur 214 bénéficient d'un projet personnalisé de scolarisation, "
          "27 d'un plan d'accompagnement personnalisé pour des troubles des apprentissages, 8 "
          "d'un projet d'accueil individualisé pour une maladie chronique ou une allergie. "
          "L'école dispose d'un dispositif ULIS de 12 places et de 7 AESH rattachées au PIAL."),
    ("p", "Objectifs : faciliter la participation de tous les élèves aux activités de la classe "
          "et de l'école ; former les enseignants à l'adaptation des supports ; améliorer la "
          "coordination avec les services de soins (SESSAD, CMP, orthophonistes libéraux) ; "
          "associer les familles aux équipes de suivi de la scolarisation et aux équipes "
          "éducatives."),
    ("p", "Actions : création d'une malle de matériel adapté (casques anti-bruit, timers, "
          "supports agrandis) ; temps de concertation mensuel enseignants-AESH ; sensibilisation "
          "des élèves au handicap avec l'association APF France handicap ; réunion d'information "
          "des parents sur les démarches auprès de la MDPH ; organisation des rendez-vous de "
          "soins sur le temps scolaire selon une convention type."),
    ("p", "Indicateurs : nombre d'élèves d'ULIS inclus dans leur classe de référence plus de "
          "50 % du temps ; taux de participation des familles aux ESS ; nombre de formations "
          "suivies."),
]

DOCX["p133_guide_conseil_famille_pupilles.docx"] = [
    ("title", "Le conseil de famille des pupilles de l'État — guide à l'usage des nouveaux membres"),
    ("h", "Son rôle"),
    ("p", "Le conseil de famille exerce, avec le tuteur (le préfet), la tutelle des pupilles de "
          "l'État. Il examine au moins une fois par an la situation de chaque pupille, donne son "
          "accord au projet de vie, consent à l'adoption et choisit les adoptants, autorise les "
          "actes importants (changement de lieu de vie durable, actes médicaux graves, "
          "orientation scolaire déterminante)."),
    ("h", "Sa composition"),
    ("p", "Huit membres nommés pour six ans : deux représentants du conseil départemental, deux "
          "membres d'associations familiales dont une association de familles adoptives, un "
          "membre de l'association d'entraide des pupilles et anciens pupilles, un membre d'une "
          "association d'assistants familiaux, deux personnalités qualifiées dans le domaine de "
          "la protection de l'enfance."),
    ("h", "Vos obligations"),
    ("p", "Vous êtes tenu au secret professionnel. Les dossiers des enfants, les rapports et les "
          "informations sur les familles de naissance et les candidats à l'adoption ne peuvent "
          "être ni conservés ni communiqués. Le choix d'une famille adoptive se fait dans le seul "
          "intérêt de l'enfant, sans discrimination fondée notamment sur la situation "
          "matrimoniale, l'orientation sexuelle ou l'origine des candidats."),
    ("h", "Votre formation"),
    ("p", "Une formation initiale de deux jours est organisée par le Département avec l'Union "
          "nationale des associations familiales ; elle est obligatoire depuis la loi du 7 "
          "février 2022 relative à la protection des enfants."),
]

DOCX["p134_strategie_territoriale_prevention_delinquance.docx"] = [
    ("title", "Stratégie territoriale de sécurité et de prévention de la délinquance 2024-2027"),
    ("p", "Conseil intercommunal de sécurité et de prévention de la délinquance du Pays de Retz "
          "— adoptée en séance plénière le 7 février 2024."),
    ("h", "1. Le cadre"),
    ("p", "La stratégie territoriale décline, à l'échelle des quatorze communes du Pays de Retz, "
          "la stratégie nationale de prévention de la délinquance 2020-2024 et le plan "
          "départemental de prévention de la délinquance de Loire-Atlantique. Elle est élaborée "
          "par le CISPD, présidé par le président de la communauté de communes, qui réunit le "
          "sous-préfet, le procureur de la République, les maires, les forces de sécurité "
          "intérieure, l'Éducation nationale, le Département, les bailleurs sociaux, les "
          "transporteurs et les associations. Elle fixe des orientations pour quatre ans et "
          "fait l'objet d'un programme d'actions annuel."),
    ("h", "2. Le diagnostic"),
    ("p", "Le territoire, à dominante rurale et littorale, connaît un niveau de délinquance "
          "inférieur à la moyenne départementale, mais plusieurs phénomènes préoccupent les "
          "partenaires. Les violences intrafamiliales enregistrées par la gendarmerie ont "
          "augmenté de 41 % en cinq ans, sous l'effet d'une meilleure libération de la parole "
          "et d'un meilleur accueil des victimes. Les atteintes aux biens connaissent une "
          "forte saisonnalité, liée à la fréquentation estivale. La consommation de produits "
          "stupéfiants et d'alcool chez les jeunes, les rixes lors des fêtes estivales et les "
          "rodéos motorisés sont signalés par les maires. Les établissements scolaires "
          "relèvent une hausse du harcèlement, en particulier en ligne. Enfin, les bailleurs "
          "et les services sociaux signalent des situations d'isolement et de vulnérabilité de "
          "personnes âgées, parfois victimes d'escroqueries ou d'abus de faiblesse."),
    ("h", "3. Axe 1 — Prévenir la délinquance des jeunes"),
    ("p", "Repérer précocement les situations de décrochage scolaire grâce à la plateforme de "
          "suivi et d'appui aux décrocheurs et à la cellule de veille de chaque commune "
          "volontaire ; développer les actions de prévention spécialisée dans les trois "
          "communes les plus peuplées ; proposer des chantiers éducatifs et des stages de "
          "citoyenneté ; mobiliser le rappel à l'ordre par le maire et le conseil pour les "
          "droits et devoirs des familles ; développer l'offre de travaux d'intérêt général "
          "dans les collectivités (objectif : 30 postes) ; prévenir la récidive par "
          "l'accompagnement des jeunes sortant de détention, en lien avec la protection "
          "judiciaire de la jeunesse et le service pénitentiaire d'insertion et de probation."),
    ("h", "4. Axe 2 — Protéger les personnes vulnérables"),
    ("p", "Renforcer l'accueil et l'accompagnement des victimes de violences intrafamiliales : "
          "pérennisation du poste d'intervenante sociale en gendarmerie, mise à disposition de "
          "deux logements d'urgence par les bailleurs, groupe de travail thématique associant "
          "le parquet, la gendarmerie, les services sociaux et l'association Solidarité Femmes, "
          "formation des secrétaires de mairie au premier accueil. Prévenir les violences "
          "sexistes et sexuelles lors des événements festifs. Lutter contre l'isolement et les "
          "abus de faiblesse à l'égard des personnes âgées, en lien avec les CCAS, le CLIC et "
          "les associations de visiteurs bénévoles. Prévenir le harcèlement scolaire et le "
          "cyberharcèlement avec les collèges et les associations e-Enfance et Génération "
          "numérique."),
    ("h", "5. Axe 3 — Associer la population et améliorer la tranquillité publique"),
    ("p", "Développer la participation citoyenne (protocoles signés dans neuf communes) ; "
          "coordonner les polices municipales et la gendarmerie par des conventions de "
          "coordination ; étendre la vidéoprotection aux entrées de ville et aux abords des "
          "établissements scolaires, après avis de la commission départementale ; mettre en "
          "place une médiation de voisinage avec les bailleurs ; organiser des opérations "
          "tranquillité vacances et seniors."),
    ("p", "Les partenaires s'engagent enfin à mieux prendre en compte la sécurité dans les "
          "transports scolaires et interurbains, en lien avec la Région et les transporteurs, "
          "par la formation des conducteurs à la gestion des conflits, la présence ponctuelle "
          "de médiateurs sur les lignes les plus exposées et l'élaboration d'un protocole de "
          "signalement des incidents."),
    ("p", "Une attention particulière est portée à la prévention de la radicalisation et des "
          "dérives sectaires, en lien avec la cellule préfectorale de prévention et "
          "d'accompagnement des familles : sensibilisation des agents d'accueil, des "
          "éducateurs sportifs et des animateurs, et diffusion des numéros d'écoute nationaux. "
          "Les signalements relèvent exclusivement du circuit préfectoral."),
    ("h", "6. Les outils de l'échange d'informations"),
    ("p", "Les échanges d'informations nominatives ont lieu exclusivement dans les groupes de "
          "travail thématiques et les cellules de veille, dans le cadre de l'article L.132-5 du "
          "code de la sécurité intérieure et de la charte déontologique adoptée par le CISPD. "
          "La séance plénière, les comptes rendus publics et les bilans annuels ne comportent "
          "que des données agrégées. Un référent « secret partagé » est désigné au sein de la "
          "coordination."),
    ("h", "7. Évaluation et financement"),
    ("table", [
        ["Indicateur", "Valeur 2023", "Objectif 2027"],
        ["Postes de TIG offerts", "12", "30"],
        ["Victimes de VIF accompagnées par l'ISG", "214", "300"],
        ["Communes dotées d'une cellule de veille", "3", "7"],
        ["Élèves sensibilisés au harcèlement", "1 850", "4 000"],
        ["Protocoles de participation citoyenne", "9", "14"],
    ]),
    ("p", "La stratégie est financée par la communauté de communes (180 000 € par an), le "
          "fonds interministériel de prévention de la délinquance, le Département et les "
          "communes. Un bilan est présenté chaque année en séance plénière."),
]

DOCX["p135_rapport_jury_concours_redacteur.docx"] = [
    ("title", "Rapport du jury — Concours de rédacteur territorial, session 2024"),
    ("p", "Centre de gestion de la Dordogne, organisateur pour la région Nouvelle-Aquitaine."),
    ("h", "Chiffres clés"),
    ("table", [
        ["Voie", "Postes", "Inscrits", "Présents écrit", "Admissibles", "Admis"],
        ["Externe", "48", "1 512", "802", "103", "48"],
        ["Interne", "40", "911", "604", "86", "40"],
        ["Troisième concours", "12", "288", "151", "25", "12"],
    ]),
    ("h", "Épreuve de note à partir d'un dossier"),
    ("p", "Le dossier portait sur l'accueil des personnes âgées en perte d'autonomie et le rôle "
          "des conseils de la vie sociale en EHPAD. Le jury a attendu une note opérationnelle "
          "adressée au directeur du CCAS gestionnaire, proposant des pistes pour renforcer la "
          "participation des résidents et des familles. Les meilleures copies ont su distinguer "
          "ce qui relève de l'instance collective et ce qui relève de l'accompagnement "
          "individuel, et ont rappelé l'obligation de discrétion des membres. Moyenne : 9,4."),
    ("h", "Épreuve orale"),
    ("p", "Le jury a apprécié la motivation et la connaissance de l'environnement territorial. "
          "Il a été attentif aux réponses en mise en situation : accueil d'un usager en "
          "détresse, demande d'un élu d'intervenir dans l'attribution d'un logement social, "
          "conflit entre deux agents. Moyenne : 11,8."),
    ("h", "Conseils"),
    ("p", "S'entraîner à la note en temps limité, lire la presse territoriale, préparer une "
          "présentation de parcours de cinq minutes, et connaître les instances de dialogue "
          "social (CST, F3SCT, CAP) et leurs compétences depuis 2019."),
    ("p", "La présidente du jury, Mme Claire Vergnaud."),
]

# ---------------------------------------------------------------- public .html

HTML["p136_ehpad_page_instances_participation.html"] = (
    "Vie de la résidence — nos instances | EHPAD Les Tilleuls",
    """
<nav><a href="/">Accueil</a> &gt; <a href="/vie">Vie de la résidence</a> &gt; Instances</nav>
<h1>Le conseil de la vie sociale et la participation des résidents</h1>
<p>Le conseil de la vie sociale (CVS) permet aux résidents, à leurs familles et aux professionnels de donner leur avis sur le fonctionnement de la résidence : repas, animations, travaux, tarifs, projet d'établissement. Il se réunit au moins trois fois par an. Ses comptes rendus sont affichés dans le hall d'accueil.</p>
<p>Les questions qui concernent un résident en particulier (soins, traitement, chambre) ne sont pas traitées en CVS : la cadre de santé et le médecin coordonnateur reçoivent les familles sur rendez-vous.</p>
<h2>La commission menus</h2>
<p>Chaque mois, quatre résidents rencontrent le chef de cuisine et la diététicienne. Les régimes (diabète, textures modifiées) et les préférences alimentaires, y compris religieuses, sont pris en compte.</p>
<h2>La personne qualifiée</h2>
<p>En cas de difficulté, vous pouvez faire appel à une personne qualifiée, désignée conjointement par le préfet, le directeur général de l'ARS et le président du conseil départemental. La liste est affichée à l'accueil.</p>
<h2>Contacter les représentants des familles</h2>
<p>Par courriel : cvs.familles@ehpad-tilleuls.fr</p>
""",
)

HTML["p137_page_demande_logement_social.html"] = (
    "Demander un logement social | Logis Comtois",
    """
<h1>Comment est attribué un logement social ?</h1>
<ol>
<li><strong>Vous déposez une demande</strong> en ligne sur le portail national ou auprès d'un guichet. Vous recevez un numéro unique.</li>
<li><strong>Votre demande est cotée</strong> : des points sont attribués selon des critères publics (ancienneté, situation de handicap, violences, hébergement, sur-occupation, menace d'expulsion...).</li>
<li><strong>Un logement se libère</strong> : le réservataire (commune, préfecture, Action Logement, bailleur) propose trois candidats.</li>
<li><strong>La commission d'attribution (CALEOL)</strong> examine les trois dossiers et classe les candidats.</li>
<li><strong>Vous recevez une proposition</strong> si vous êtes classé en premier, ou si le candidat classé avant vous refuse.</li>
</ol>
<h2>Qui siège à la commission ?</h2>
<p>Des administrateurs du bailleur dont un représentant des locataires, le maire de la commune ou son représentant, le représentant du préfet et le président de l'intercommunalité. Une association d'insertion siège avec voix consultative.</p>
<h2>Et si ma demande n'aboutit pas ?</h2>
<p>Si vous attendez depuis plus de 30 mois dans le département, ou si vous êtes dans une situation d'urgence, vous pouvez saisir la commission de médiation DALO.</p>
""",
)

HTML["p138_ccas_page_aides_urgence.html"] = (
    "Aides d'urgence | CCAS de Villiers-la-Garenne",
    """
<h1>Les aides financières du CCAS</h1>
<p>Le CCAS peut accorder des aides ponctuelles aux habitants qui traversent des difficultés : impayés d'énergie, frais de cantine, secours alimentaire, frais d'obsèques, aide à la mobilité.</p>
<h2>Comment faire ?</h2>
<p>Prenez rendez-vous avec un travailleur social du CCAS (01 39 00 00 00). Il étudie votre situation, vérifie vos droits (RSA, prime d'activité, APL, FSL, APA) et présente votre demande à la commission permanente, qui se réunit deux fois par mois.</p>
<h2>Barème</h2>
<p>Les aides sont accordées si votre quotient familial est inférieur à 720 €. Des dérogations sont possibles en cas d'urgence.</p>
<h2>Nos partenaires</h2>
<ul><li>Épicerie solidaire « La Passerelle »</li><li>Secours populaire, comité local</li><li>Point conseil budget de l'UDAF</li></ul>
""",
)

HTML["p139_page_recours_dalo.html"] = (
    "Le droit au logement opposable (DALO) | Services de l'État dans le Rhône",
    """
<h1>Faire un recours DALO</h1>
<p>Le droit au logement opposable permet aux personnes mal logées ou ayant attendu en vain un logement social de faire valoir leur droit auprès d'une commission de médiation.</p>
<h2>Qui peut faire un recours ?</h2>
<ul>
<li>les personnes sans logement ou hébergées chez un tiers ;</li>
<li>les personnes menacées d'expulsion sans possibilité de relogement ;</li>
<li>les personnes hébergées dans une structure depuis plus de six mois ;</li>
<li>les personnes logées dans un logement insalubre, dangereux ou non décent, ou sur-occupé avec un enfant mineur ou une personne handicapée ;</li>
<li>les demandeurs de logement social sans proposition adaptée après un délai anormalement long (36 mois dans le Rhône).</li>
</ul>
<h2>Comment ?</h2>
<p>Remplissez le formulaire Cerfa n° 15036 et envoyez-le avec les justificatifs au secrétariat de la commission. Vous pouvez vous faire aider par une association agréée ou un travailleur social.</p>
<h2>Délais</h2>
<p>La commission rend sa décision dans un délai de trois mois (six semaines pour un hébergement). Si vous êtes reconnu prioritaire et ne recevez pas d'offre dans les six mois, vous pouvez saisir le tribunal administratif.</p>
""",
)

HTML["p140_mdph_page_fonctionnement_cdaph.html"] = (
    "La CDAPH : qui décide et comment ? | MDPH de la Marne",
    """
<h1>La commission des droits et de l'autonomie des personnes handicapées (CDAPH)</h1>
<p>La CDAPH prend les décisions relatives aux droits des personnes handicapées, enfants et adultes, sur la base de l'évaluation réalisée par l'équipe pluridisciplinaire de la MDPH et du plan personnalisé de compensation. Elle est l'instance de décision de la MDPH : ni les évaluateurs, ni les agents d'accueil ne prennent de décision à sa place.</p>
<h2>Qui siège à la CDAPH ?</h2>
<p>La commission compte 23 membres titulaires :</p>
<ul>
<li>quatre représentants du Département ;</li>
<li>quatre représentants de l'État et de l'agence régionale de santé (services de l'emploi, de l'Éducation nationale, de la cohésion sociale) ;</li>
<li>deux représentants des organismes d'assurance maladie et de prestations familiales ;</li>
<li>deux représentants des organisations syndicales de salariés et d'employeurs ;</li>
<li>un représentant des associations de parents d'élèves ;</li>
<li>sept représentants des personnes handicapées et de leurs familles, désignés par les associations représentatives ;</li>
<li>un membre du conseil départemental de la citoyenneté et de l'autonomie ;</li>
<li>deux représentants des organismes gestionnaires d'établissements et services.</li>
</ul>
<p>La présidence est assurée, pour deux ans, par un membre élu par la commission. Les membres sont tenus au secret professionnel.</p>
<h2>Les différentes formations</h2>
<p>La CDAPH siège en <strong>formation plénière</strong> quatre fois par an pour traiter des questions générales : orientations de la commission, bilans d'activité, organisation. Les demandes individuelles sont examinées en <strong>formations restreintes</strong> spécialisées : enfants, adultes, emploi et insertion professionnelle, prestation de compensation du handicap. Une formation restreinte compte au moins six membres, dont un tiers de représentants des personnes handicapées.</p>
<p>La grande majorité des demandes est examinée sur liste, à partir des propositions de l'équipe pluridisciplinaire. Les dossiers qui appellent un débat, ceux pour lesquels la personne a demandé à être entendue et ceux pour lesquels l'équipe propose un refus d'une prestation sollicitée font l'objet d'une présentation individuelle.</p>
<h2>Quelles décisions prend la CDAPH ?</h2>
<ul>
<li>l'orientation scolaire (ULIS, établissement médico-social), l'aide humaine à la scolarisation (AESH) et le matériel pédagogique adapté ;</li>
<li>l'allocation d'éducation de l'enfant handicapé (AEEH) et ses compléments ;</li>
<li>l'allocation aux adultes handicapés (AAH) et l'appréciation du taux d'incapacité ;</li>
<li>la reconnaissance de la qualité de travailleur handicapé (RQTH) et l'orientation professionnelle (milieu ordinaire, emploi accompagné, ESAT) ;</li>
<li>la prestation de compensation du handicap (PCH) : aide humaine, aides techniques, aménagement du logement et du véhicule, aides spécifiques, aide animalière, aide à la parentalité ;</li>
<li>l'orientation vers un établissement ou un service médico-social (foyer de vie, foyer d'accueil médicalisé, maison d'accueil spécialisée, SAVS, SAMSAH, SESSAD, IME, ITEP) ;</li>
<li>la carte mobilité inclusion, mentions invalidité et priorité (la mention stationnement relevant, selon les cas, de la CDAPH ou du président du conseil départemental).</li>
</ul>
<h2>Puis-je être entendu ?</h2>
<p>Oui. Vous pouvez demander à être reçu par la commission au moment du dépôt de votre demande ou après réception du courrier vous informant des propositions de l'équipe pluridisciplinaire. Vous pouvez être accompagné par la personne de votre choix, notamment un membre d'une association. Pour les enfants, les parents sont entendus, et l'enfant peut l'être s'il le souhaite, selon son âge et sa maturité.</p>
<h2>Combien de temps faut-il attendre ?</h2>
<p>La loi prévoit un délai de quatre mois ; en l'absence de réponse dans ce délai, la demande est considérée comme rejetée. En 2023, le délai moyen a été de 4,4 mois pour les adultes et de 3,1 mois pour les enfants. Les demandes liées à la rentrée scolaire sont traitées en priorité si elles sont déposées avant le 31 mars.</p>
<h2>Et si je ne suis pas d'accord ?</h2>
<p>Vous devez d'abord former un <strong>recours administratif préalable obligatoire</strong> (RAPO) auprès de la MDPH dans un délai de deux mois après la notification. La CDAPH réexamine alors votre demande, au besoin après une nouvelle évaluation. Vous pouvez aussi demander l'intervention d'une <strong>conciliation</strong> par une personne qualifiée, ou d'une <strong>médiation</strong> pour les questions relatives à la scolarité. Si le désaccord persiste, vous pouvez saisir le pôle social du tribunal judiciaire (pour l'AAH, l'AEEH, la PCH, la carte mobilité inclusion) ou le tribunal administratif (pour l'orientation professionnelle et la RQTH).</p>
<h2>Que se passe-t-il après la décision ?</h2>
<p>La notification vous est adressée par courrier et dans votre espace en ligne. Les organismes payeurs (CAF, MSA, Département) et, le cas échéant, l'établissement ou le service désigné en reçoivent une copie limitée à ce qui les concerne.</p>
<p>Une décision peut être révisée avant son terme si votre situation change : il suffit de déposer une nouvelle demande accompagnée d'un certificat médical récent.</p>
<h2>Les chiffres de la commission</h2>
<p>En 2023, la CDAPH de la Marne a pris 37 912 décisions, dont 73 % d'accords, au cours de 92 séances. 2 104 personnes ont été entendues. Le rapport d'activité complet est en ligne dans la rubrique « Publications ».</p>
<p><a href="/contact">Contacter la MDPH</a> — accueil du lundi au vendredi, 9 h-12 h 30 et 13 h 30-17 h ; accueil en langue des signes sur rendez-vous.</p>
""",
)

HTML["p141_cdg_page_conseil_medical_agents.html"] = (
    "Conseil médical — espace agents | CDG de l'Allier",
    """
<h1>Votre dossier passe en conseil médical</h1>
<p>Vous avez reçu un courrier vous informant de l'examen de votre situation par le conseil médical. Voici ce qu'il faut savoir.</p>
<ul>
<li>Vous pouvez consulter votre dossier au centre de gestion, sur rendez-vous, au moins dix jours avant la séance.</li>
<li>Vous pouvez transmettre des observations écrites et des certificats médicaux, sous pli fermé « confidentiel médical ».</li>
<li>Vous pouvez être entendu, accompagné de la personne de votre choix.</li>
<li>Votre employeur reçoit l'avis, mais pas les éléments médicaux.</li>
</ul>
<p>Calendrier des séances 2025 : formation restreinte le deuxième jeudi de chaque mois ; formation plénière le troisième mardi.</p>
""",
)

HTML["p142_college_page_vie_scolaire_sanctions.html"] = (
    "Vie scolaire — règles et sanctions | Collège Jean-Jaurès",
    """
<h1>Vie scolaire : punitions, sanctions et mesures éducatives</h1>
<p>Le règlement intérieur du collège distingue les <strong>punitions scolaires</strong> (excuse orale ou écrite, devoir supplémentaire, retenue), décidées par les enseignants et les personnels d'éducation, et les <strong>sanctions disciplinaires</strong>, décidées par le principal ou par le conseil de discipline.</p>
<h2>L'échelle des sanctions</h2>
<ol><li>avertissement</li><li>blâme</li><li>mesure de responsabilisation</li><li>exclusion temporaire de la classe</li><li>exclusion temporaire de l'établissement (8 jours au plus)</li><li>exclusion définitive (conseil de discipline)</li></ol>
<h2>La commission éducative</h2>
<p>Elle réunit la principale adjointe, la CPE, des enseignants et des parents. Elle recherche une réponse éducative pour un élève dont le comportement pose problème, avant toute sanction.</p>
<h2>Harcèlement</h2>
<p>Le collège applique le programme pHARe. Élèves et parents peuvent signaler toute situation au 3018 ou auprès des ambassadeurs élèves.</p>
""",
)

HTML["p143_intranet_instances_dialogue_social.html"] = (
    "Intranet RH — Les instances du dialogue social",
    """
<h1>Les instances du dialogue social de la Ville</h1>
<h2>Le comité social territorial (CST)</h2>
<p>Il est consulté sur l'organisation des services, les lignes directrices de gestion, le plan de formation, le rapport social unique, la politique indemnitaire. Il compte 8 représentants du personnel élus en décembre 2022 sur listes syndicales et 8 représentants de la collectivité.</p>
<h2>La formation spécialisée (F3SCT)</h2>
<p>Elle traite de la santé, de la sécurité et des conditions de travail : visites de sites, enquêtes après accident, registres, document unique, programme de prévention.</p>
<h2>Les commissions administratives paritaires (CAP)</h2>
<p>Une CAP par catégorie (A, B, C), placée auprès du centre de gestion. Elle est consultée sur les décisions individuelles défavorables : refus de titularisation, licenciement pour insuffisance professionnelle, refus de temps partiel ou de télétravail, révision de l'entretien professionnel, et siège en conseil de discipline.</p>
<h2>Calendrier 2025</h2>
<p>CST : 6 février, 10 avril, 19 juin, 25 septembre, 4 décembre. Les ordres du jour et procès-verbaux approuvés sont publiés sur cette page.</p>
""",
)

HTML["p144_page_inscription_creche.html"] = (
    "Inscrire son enfant en crèche | Montbrison-Haute",
    """
<h1>Inscription en établissement d'accueil du jeune enfant</h1>
<p>La ville gère six multi-accueils (248 places). Les demandes se font en ligne sur l'Espace famille, à partir du 6e mois de grossesse.</p>
<h2>Les commissions d'attribution</h2>
<p>Prochaines commissions : 4 juin 2025 (rentrée de septembre) et 19 novembre 2025 (entrées de janvier). Les décisions sont adressées par courrier dans les dix jours.</p>
<h2>Accueil inclusif</h2>
<p>Chaque établissement accueille des enfants en situation de handicap ou atteints de maladie chronique, avec un projet d'accueil individualisé. 10 % des places sont réservées aux familles en parcours d'insertion.</p>
<h2>Tarifs</h2>
<p>Selon le barème national de la CAF. Simulateur disponible sur monenfant.fr.</p>
""",
)

HTML["p145_page_rsa_droits_devoirs.html"] = (
    "RSA : vos droits et vos devoirs | Département de l'Aude",
    """
<h1>Le revenu de solidarité active : droits et devoirs</h1>
<p>Depuis le 1er janvier 2025, toute personne qui demande le RSA est inscrite à France Travail et bénéficie d'un accompagnement adapté à sa situation.</p>
<h2>Vos droits</h2>
<ul><li>une allocation versée par la CAF ou la MSA ;</li><li>un référent unique ;</li><li>un contrat d'engagement élaboré avec vous ;</li><li>des aides pour lever les freins (mobilité, garde d'enfants, santé, logement).</li></ul>
<h2>Vos devoirs</h2>
<p>Déclarer vos ressources chaque trimestre, participer aux rendez-vous et réaliser les actions prévues au contrat, dont en principe 15 heures d'activité par semaine, adaptées à votre situation (ces heures peuvent être réduites ou supprimées en cas de problème de santé, de handicap ou de situation familiale difficile).</p>
<h2>En cas de manquement</h2>
<p>Avant toute sanction, votre situation est examinée par une équipe pluridisciplinaire ; vous pouvez être entendu. La mesure de « suspension-remobilisation » permet de rétablir l'allocation, avec effet rétroactif, dès que vous reprenez vos engagements.</p>
""",
)

HTML["p146_actualite_surendettement_permanences.html"] = (
    "Actualité — Surendettement : nouvelles permanences | Ville de Reims",
    """
<article>
<h1>Difficultés financières : deux nouvelles permanences du point conseil budget</h1>
<p class="date">Publié le 3 septembre 2024</p>
<p>Face à la hausse des demandes, le CCAS et l'UDAF de la Marne ouvrent deux nouvelles permanences du point conseil budget, à la maison de quartier Croix-Rouge (mardi matin) et à la mairie annexe d'Orgeval (jeudi après-midi). En 2023, 1 212 ménages rémois ont été accompagnés, dont 318 pour la constitution d'un dossier de surendettement.</p>
<p>« Plus on vient tôt, plus les solutions sont simples », rappelle Nadia Lemoine, adjointe au maire chargée des solidarités. Les conseillères aident à établir un budget, négocier avec les créanciers, éviter les frais bancaires et, si nécessaire, saisir la commission de surendettement de la Banque de France.</p>
<p>Le service est gratuit et confidentiel. Rendez-vous au 03 26 00 00 00.</p>
</article>
""",
)

HTML["p147_club_page_licences_certificat_medical.html"] = (
    "Licences 2024-2025 | AS Handball Pays de Gex",
    """
<h1>Prendre ou renouveler sa licence</h1>
<p>Les licences se font en ligne sur Gesthand. La commission licences du club valide les dossiers chaque mardi de juin à octobre.</p>
<h2>Certificat médical ou questionnaire de santé ?</h2>
<ul>
<li><strong>Mineurs</strong> : questionnaire de santé rempli avec les parents ; certificat seulement si une réponse est positive.</li>
<li><strong>Majeurs</strong> : certificat médical de non contre-indication valable trois ans, avec questionnaire de santé les années intermédiaires.</li>
</ul>
<p>Le club ne conserve aucun document médical : tout est déposé sur l'espace fédéral.</p>
<h2>Tarifs</h2>
<p>De 110 € (baby-hand) à 175 € (seniors). Pass'Sport accepté. Paiement en trois fois possible.</p>
""",
)

HTML["p148_actualite_seance_pleniere_clspd.html"] = (
    "Actualité — Séance plénière du CLSPD | Montereau-sur-Yonne",
    """
<article>
<h1>Sécurité et prévention : le CLSPD fait le bilan de l'année</h1>
<p class="date">29 mars 2024</p>
<p>Le conseil local de sécurité et de prévention de la délinquance s'est réuni hier en mairie, en présence du sous-préfet, de la substitute du procureur et de la commissaire de police. Le maire a présenté le bilan : 37 situations suivies par la cellule de veille, 11 rappels à l'ordre, 2 340 heures de travaux d'intérêt général réalisées dans les services municipaux.</p>
<p>Les violences intrafamiliales, en hausse de 14 %, restent une priorité ; un nouveau « téléphone grave danger » sera attribué au parquet. Douze caméras de vidéoprotection seront installées aux abords des écoles et collèges en 2024.</p>
<p>Les associations Horizons (prévention spécialisée) et France Victimes 77 ont présenté leurs actions.</p>
</article>
""",
)

HTML["p149_resultats_admissibilite_concours.html"] = (
    "Résultats d'admissibilité — Technicien territorial 2024",
    """
<h1>Concours de technicien territorial — spécialité bâtiments, génie climatique</h1>
<h2>Liste des candidats admissibles (par ordre alphabétique) — jury du 30 mai 2024</h2>
<p>Concours externe :</p>
<ul>
<li>M. Adrien BARDET</li><li>Mme Clémence BOUYSSOU</li><li>M. Nicolas CHASSAING</li><li>Mme Aurélie DELMAS</li><li>M. Hugo FAURIE</li><li>M. Julien LACOSTE</li><li>Mme Marion PEYROT</li><li>M. Thomas VIGNAL</li>
</ul>
<p>Concours interne :</p>
<ul><li>M. Stéphane AUDY</li><li>Mme Valérie CROUZEL</li><li>M. Patrick MARTY</li></ul>
<p>Les épreuves orales se dérouleront du 17 au 21 juin 2024. Les convocations sont disponibles dans l'espace candidat.</p>
""",
)

HTML["p150_actualite_journee_adoption_pupilles.html"] = (
    "Actualité — Réunion d'information sur l'adoption | Département du Finistère",
    """
<article>
<h1>Adopter un enfant dans le Finistère : réunion d'information le 14 novembre</h1>
<p>Le service des pupilles de l'État et de l'adoption organise une réunion d'information collective à destination des personnes qui envisagent d'adopter, jeudi 14 novembre à 18 h à la Maison du Département de Quimper.</p>
<p>Au programme : la procédure d'agrément, le rôle du conseil de famille des pupilles de l'État, le profil des enfants adoptables (en 2023, 38 % des pupilles du département avaient des besoins spécifiques), l'adoption internationale et le témoignage de parents adoptifs de l'association Enfance et Familles d'Adoption.</p>
<p>Entrée libre, inscription conseillée au 02 98 00 00 00.</p>
</article>
""",
)


if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
    print(f"{len(DOCX)} docx, {len(HTML)} html written to {OUT}")
