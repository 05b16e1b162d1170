"""Build the .docx and .html documents of the hand-written sensitivity set holdout28.

Theme: ethics, integrity and internal control of an invented mid-sized city (Montbrézac) and its
metropolitan area (Montbrézac Métropole, département of Haute-Arvenne): the shared ethics officer
(référent déontologue) and his opinions, the whistleblowing channel, conflicts of interest and
recusals of elected officials and agents, HATVP declarations, gifts and hospitality registers, internal
audit reports, the anti-corruption plan (AFA), administrative inquiries and disciplinary proceedings,
public procurement integrity, a regional audit chamber's report, an ethics charter, training handouts
and published annual reports.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout28_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout28"
FIXED = dt.datetime(2026, 1, 20, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_directeur_agissements_sexistes.docx"] = [
    ("title", "Rapport d'enquête administrative — direction de la culture de la Ville de Montbrézac"),
    para("""Enquête diligentée par lettre de mission du maire du 3 février 2025. Enquêtrices : Mme Nadia
    Boukhelifa, inspectrice générale, et Mme Hélène Brassac, consultante extérieure spécialisée dans les
    violences sexistes et sexuelles au travail. Diffusion : le maire et le directeur général des services
    exclusivement."""),
    ("h", "1. Saisine"),
    para("""Le 21 janvier 2025, trois agentes de la direction de la culture ont adressé, par la plateforme
    de signalement, un signalement collectif visant le directeur de la culture, M. Frédéric Lagrange,
    en poste depuis 2019. Elles dénonçaient des remarques à connotation sexuelle, des invitations
    insistantes à dîner, des messages nocturnes et, pour l'une d'elles, un geste déplacé lors du pot de
    fin d'année 2024. Une quatrième agente, qui a quitté la collectivité en 2023, a ensuite contacté
    spontanément le référent alerte."""),
    ("h", "2. Méthode"),
    para("""Dix-neuf personnes ont été entendues entre le 10 février et le 28 mars 2025 : les quatre
    plaignantes, onze agents de la direction, le directeur général adjoint chargé de la culture,
    la gestionnaire RH, la psychologue du travail (sur l'organisation du soutien, sans levée du secret)
    et M. Lagrange, assisté de son avocat. Les échanges de messagerie instantanée produits par les
    plaignantes ont été examinés ; leur authenticité n'a pas été contestée."""),
    ("h", "3. Faits établis"),
    para("""Mme Laure Cassagne, chargée de médiation, a produit quarante-deux messages reçus entre mars et
    décembre 2024, dont dix-sept envoyés entre 23 h et 2 h du matin. Plusieurs comportent des remarques
    sur son physique (« tu étais irrésistible dans cette robe ») et des propositions de se retrouver
    « sans les collègues ». Elle indique avoir décliné systématiquement et avoir vu ensuite ses
    projets d'exposition reportés sans explication. Les plannings confirment ces reports."""),
    para("""Mme Inès Rahmani, assistante de direction, relate que lors du pot du 19 décembre 2024,
    M. Lagrange lui a caressé le bas du dos et la nuque en lui glissant qu'elle « ne devrait pas rester
    seule pour les fêtes ». Deux témoins confirment avoir vu le geste et la réaction de retrait de
    l'agente. Mme Rahmani a consulté le lendemain son médecin, qui lui a prescrit un arrêt de dix jours ;
    elle est depuis suivie par une psychologue."""),
    para("""La troisième plaignante, Mme Charlotte Vidal, régisseuse, rapporte des remarques répétées sur
    sa vie sentimentale et sur le fait qu'elle vit en couple avec une femme (« quel gâchis », « tu n'as
    pas encore rencontré le bon »), tenues devant l'équipe. Six agents confirment avoir entendu ce type
    de propos à plusieurs reprises."""),
    para("""L'ancienne agente, Mme Juliette Marquès, fait état de faits comparables en 2022 ; elle avait
    démissionné sans en faire état. Ses déclarations, précises, sont cohérentes avec celles des autres
    plaignantes."""),
    ("h", "4. Position de la personne mise en cause"),
    para("""M. Lagrange reconnaît avoir adressé des messages tardifs, qu'il attribue à sa charge de travail,
    et qualifie ses remarques de « compliments maladroits ». Il conteste tout geste à caractère sexuel
    et toute intention discriminatoire. Il indique traverser une séparation difficile depuis 2024."""),
    ("h", "5. Analyse et recommandations"),
    para("""Les faits établis caractérisent des agissements sexistes et un harcèlement sexuel au sens de
    l'article L. 131-3 du code général de la fonction publique, ainsi que des propos discriminatoires
    liés à l'orientation sexuelle. Le geste du 19 décembre est susceptible de recevoir la qualification
    pénale d'agression sexuelle. L'enquête recommande la suspension immédiate de M. Lagrange, l'engagement
    d'une procédure disciplinaire, un signalement au procureur de la République, l'octroi de la
    protection fonctionnelle aux plaignantes et un accompagnement collectif de l'équipe."""),
    ("h", "6. Mesures d'accompagnement proposées"),
    para("""Pendant la durée de la procédure, la direction de la culture sera placée sous l'autorité directe
    du directeur général adjoint. Les plaignantes se verront proposer un entretien avec le psychologue
    du travail et, si elles le souhaitent, un aménagement temporaire de leur lieu de travail. Une
    réunion d'équipe, animée par un intervenant extérieur, sera organisée après la décision de
    l'autorité, sans évoquer les situations individuelles. L'enquête relève enfin que deux cadres
    intermédiaires avaient été informés dès 2023 de « remarques » du directeur sans en référer à
    quiconque : un rappel de leurs obligations de signalement est recommandé."""),
]

DOCX_BLOCKS["s047_avis_referent_recrutement_antecedent_judiciaire.docx"] = [
    ("title", "Avis confidentiel du référent déontologue — recrutement d'un gestionnaire de régie"),
    para("""Saisine de la DRH de la Métropole du 12 janvier 2026. Candidat retenu par le jury : M. Anthony
    Ruffié, pour le poste de régisseur adjoint de la régie des transports scolaires."""),
    para("""Le bulletin n° 2 du casier judiciaire, demandé conformément à l'article L. 321-1 du code général
    de la fonction publique, mentionne une condamnation du tribunal correctionnel de Toulouse du
    14 novembre 2017 à six mois d'emprisonnement avec sursis pour abus de confiance, commis alors que
    l'intéressé était caissier dans une grande surface. Le candidat n'en a pas fait état lors de
    l'entretien ; interrogé, il l'a reconnue et expliqué qu'il traversait alors une période de forte
    dépendance aux jeux d'argent, dont il s'est sorti avec l'aide d'une association."""),
    para("""Avis : la mention au B2 n'interdit pas par principe le recrutement, l'autorité appréciant la
    compatibilité des faits avec les fonctions. Toutefois, s'agissant d'un poste de maniement de fonds,
    la nature des faits (abus de confiance au préjudice d'un employeur) rend le recrutement sur ce
    poste précis inopportun. Le référent suggère de proposer au candidat un autre poste, sans
    maniement de fonds, pour lequel ses compétences ont été reconnues par le jury."""),
    para("""Le présent avis ne doit pas être versé au dossier de recrutement ; il est remis en main propre
    à la directrice des ressources humaines."""),
]

DOCX_BLOCKS["s048_cr_entretien_prealable_sanction_agent_voirie.docx"] = [
    ("title", "Compte rendu de l'entretien préalable à sanction du 3 novembre 2025"),
    para("""Agent : M. Rodrigue Mbarga, adjoint technique, service voirie (secteur Est), Montbrézac Métropole.
    Présents : M. Pierre Cantié, chef du service voirie ; Mme Sophie Aldebert, gestionnaire RH. L'agent
    est assisté de M. Rachid Oukaci, représentant CGT."""),
    para("""Griefs : utilisation d'un véhicule de service le week-end du 11 octobre pour un déménagement
    personnel ; absence injustifiée le lundi 13 octobre. L'agent reconnaît les faits. Il explique qu'il
    a dû quitter en urgence le logement qu'il partageait avec sa compagne après une dispute violente,
    qu'une ordonnance de protection a été demandée par celle-ci et qu'il n'avait « nulle part où aller ».
    Il dort depuis chez son frère, à Lauzerac."""),
    para("""M. Oukaci demande que la situation personnelle de l'agent soit prise en compte et signale que
    celui-ci est suivi depuis septembre par le CSAPA de Montbrézac pour une consommation de cannabis,
    démarche engagée volontairement. Le chef de service indique n'avoir jamais eu de difficulté avec
    l'agent auparavant."""),
    para("""Suite envisagée : blâme. Orientation vers l'assistante sociale du personnel pour une aide au
    logement d'urgence. Le présent compte rendu, relu et signé, est versé au dossier disciplinaire."""),
]

DOCX_BLOCKS["s049_note_dgs_amenagement_horaires_agent_placement.docx"] = [
    ("title", "Note à l'attention du directeur général des services"),
    para("""Objet : demande d'aménagement d'horaires — M. Kevin Sarda, agent d'entretien, gymnase des
    Pradettes. Date : 5 février 2026. Rédactrice : Véronique Lalande, DRH."""),
    para("""M. Sarda a sollicité une modification de son planning afin de terminer son service au plus tard
    à 19 h 30 du lundi au vendredi et de ne plus assurer les fermetures du samedi soir. Il a produit,
    à l'appui de sa demande, une attestation du service pénitentiaire d'insertion et de probation de
    Pradelles indiquant qu'il est « placé sous surveillance électronique dans le cadre d'un
    aménagement de peine, avec obligation de présence à son domicile de 20 h à 7 h », pour une durée
    de huit mois à compter du 26 janvier 2026."""),
    para("""Les faits ayant donné lieu à la condamnation sont sans lien avec le service (conduite sans permis
    en récidive, selon ce que l'agent a indiqué). Le bulletin n° 2 ne nous a pas été communiqué et
    l'agent n'a pas l'obligation de nous informer au-delà de ce qui est nécessaire à l'organisation du
    travail. Je propose d'accepter l'aménagement, en permutant les fermetures avec un collègue,
    et de limiter l'information de l'encadrement de proximité à la seule contrainte horaire."""),
]

DOCX_BLOCKS["s050_rapport_audit_subventions_associations_sportives.docx"] = [
    ("title", "Rapport d'audit n° AI-2025-08 — Subventions aux associations sportives (Métropole)"),
    para("""Mission d'audit interne — version définitive du 20 novembre 2025. Auditeurs : Rose Delpech
    (jusqu'en décembre 2025), Hugo Tessier."""),
    ("h", "1. Périmètre"),
    para("""La Métropole verse chaque année environ 2,1 millions d'euros de subventions à 96 associations
    sportives au titre du sport de haut niveau, des manifestations d'envergure métropolitaine et de
    l'accès au sport dans les quartiers prioritaires. L'audit a porté sur les exercices 2022 à 2024 et
    sur un échantillon de 30 dossiers représentant 71 % des montants."""),
    ("h", "2. Constats généraux"),
    para("""Les critères d'attribution adoptés en 2021 sont appliqués de manière hétérogène : la pondération
    du critère « quartiers prioritaires » varie selon les instructeurs ; 12 dossiers sur 30 ne
    comportent pas de grille d'instruction. Le compte rendu financier prévu par la loi n'a pas été
    produit pour 12 associations conventionnées, sans que le versement des soldes ait été suspendu.
    Les manifestations subventionnées ne font l'objet d'aucun bilan d'évaluation."""),
    para("""La direction des sports ne dispose pas d'une cartographie des liens entre ses agents et les
    associations. L'audit a relevé trois associations dont les dirigeants ont un lien familial avec
    un agent de la direction, sans que les agents concernés se soient déportés de l'instruction."""),
    ("h", "3. Constats particuliers"),
    para("""Association Lauzerac Boxe Éducative : subvention de 38 000 euros en 2024. La trésorière,
    Mme Sabrina Delhom, est l'épouse de l'instructeur du dossier, M. Patrice Delhom. Le compte rendu
    financier 2023 fait apparaître le remboursement à la trésorière de « frais de déplacement » pour
    4 200 euros sans justificatifs. Interrogée, Mme Delhom a indiqué que ces sommes correspondaient à
    l'utilisation de son véhicule personnel pour les déplacements des jeunes boxeurs ; elle a ajouté,
    pour expliquer l'absence de pièces, que le couple traversait une « passe financière très
    difficile », avec un dossier de surendettement déposé en 2023 et une saisie sur le salaire de son
    mari, et qu'elle « n'avait pas pensé » à conserver les justificatifs. Ces éléments de vie privée,
    recueillis lors de l'entretien, ne sont mentionnés que pour l'appréciation du risque."""),
    para("""Club nautique du lac de Peyrolles : subvention de 64 000 euros pour l'organisation d'une
    régate internationale. Le budget prévisionnel présenté surestimait les dépenses de sécurité de
    18 000 euros ; le bilan n'a jamais été produit."""),
    para("""Montbrézac Athlétic Club : le vice-président de l'association est adjoint au maire de la Ville
    et conseiller métropolitain. Il s'est régulièrement déporté lors des votes du conseil métropolitain.
    Aucune anomalie n'a été relevée."""),
    ("h", "4. Recommandations"),
    para("""R1. Rendre obligatoire la grille d'instruction et la faire viser par un second agent. R2.
    Suspendre le versement du solde en l'absence de compte rendu financier. R3. Recueillir une
    déclaration d'intérêts des instructeurs et organiser les déports. R4. Exiger les justificatifs des
    remboursements de frais aux dirigeants bénévoles au-delà de 500 euros par an. R5. Produire un bilan
    des manifestations subventionnées. R6. Réexaminer le dossier de l'association Lauzerac Boxe
    Éducative, après avoir entendu l'instructeur, et envisager un changement d'affectation de celui-ci
    sur un autre portefeuille."""),
    ("h", "5. Réponse de l'audité"),
    para("""Le directeur des sports accepte les recommandations R1 à R5. Sur R6, il indique que l'instructeur
    a été déchargé du dossier dès la restitution orale et qu'une réflexion est engagée avec la DRH."""),
    ("h", "6. Suivi"),
    para("""La mise en œuvre des recommandations fera l'objet d'un point d'étape au comité d'audit de mai
    2026. Une synthèse publique du rapport, ne comportant aucune donnée relative aux personnes, sera
    publiée avec le rapport annuel d'activité de la mission. Le volet relatif à l'association Lauzerac
    Boxe Éducative est transmis au référent déontologue, compétent pour apprécier la situation de
    l'instructeur au regard des règles de prévention des conflits d'intérêts, et à la direction des
    finances pour l'examen d'un éventuel reversement des sommes non justifiées."""),
]

DOCX_BLOCKS["s051_demande_remise_gracieuse_regisseur.docx"] = [
    ("title", "Demande de remise gracieuse — déficit de la régie du centre aquatique"),
    para("""Montbrézac, le 12 janvier 2026. M. Thierry Calvignac, régisseur titulaire de la régie de
    recettes du centre aquatique Jean-Bouin, à Monsieur le directeur départemental des finances
    publiques de la Haute-Arvenne, sous couvert de Monsieur le maire."""),
    para("""Monsieur le Directeur, par ordre de versement du 28 novembre 2025, il m'a été demandé de
    reverser la somme de 3 412,50 euros correspondant aux écarts de caisse constatés sur l'exercice 2024.
    Je ne conteste pas ces écarts, qui résultent d'erreurs de manipulation liées à l'absence de procédure
    et de formation, comme l'a relevé l'audit interne de la Ville."""),
    para("""Je sollicite la remise gracieuse de cette somme. Ma situation financière ne me permet pas d'y
    faire face : je fais l'objet d'un plan de surendettement arrêté par la commission de la
    Haute-Arvenne en 2023, une partie de mon traitement est saisie chaque mois, et je verse une pension
    alimentaire pour mes trois enfants depuis mon divorce. Mon reste à vivre est de 612 euros par mois.
    Mon assurance de régisseur a refusé sa garantie au motif de l'absence de déclaration des écarts."""),
    para("""L'avis du maire, joint, est favorable à une remise totale, compte tenu de l'absence de faute
    personnelle établie et des défaillances d'organisation relevées par l'audit."""),
    para("""Pièces jointes : plan de surendettement ; trois derniers bulletins de paie ; jugement de divorce
    (extrait relatif à la pension) ; rapport d'audit (extrait) ; avis du maire."""),
]

DOCX_BLOCKS["s052_consignes_alarme_coffre_hotel_ville.docx"] = [
    ("title", "Consignes d'ouverture, de fermeture et d'alarme — hôtel de ville et salle des coffres"),
    para("""Document réservé aux agents d'accueil, au régisseur principal et aux agents d'astreinte.
    Mise à jour du 6 janvier 2026 après l'audit de sécurité des régies."""),
    ("h", "Ouverture (7 h 15)"),
    para("""Entrer par la porte de service rue Portal (badge niveau 3). Désactiver l'alarme à la centrale du
    local technique dans les 40 secondes : code général 7 4 1 9 puis touche OFF. En cas d'erreur, le
    télésurveilleur Arvenne Sécurité appelle le portable d'astreinte ; mot de passe de levée de doute :
    « GRANIT ». Sans mot de passe correct, la police est envoyée."""),
    ("h", "Salle des coffres (sous-sol, porte B-07)"),
    para("""Double clé : une clé détenue par le régisseur principal, l'autre par le chef de l'accueil.
    La combinaison du coffre principal a été changée le 5 janvier 2026 : elle est conservée sous pli
    scellé au bureau du DGS. Le coffre de la régie des droits de place (armoire forte n° 2) s'ouvre
    avec le code 30-61-18-44. Temporisation de 10 minutes en dehors des heures ouvrables."""),
    ("h", "Points faibles connus"),
    para("""La caméra du couloir B est hors service depuis novembre (remplacement prévu en mars). La fenêtre
    du local d'archives attenant n'est pas reliée à l'alarme. En attendant, ne jamais laisser de fonds
    dans l'armoire forte n° 2 la nuit du vendredi au lundi."""),
    ("h", "Fermeture (19 h 30)"),
    para("""Vérifier la fermeture des fenêtres du rez-de-chaussée, activer l'alarme (code général + ON),
    sortir dans les 60 secondes. Le samedi, l'alarme est activée par l'agent d'astreinte."""),
]

DOCX_BLOCKS["s053_note_organisation_reponse_afa_version_projet.docx"] = [
    ("title", "Projet de réponse au questionnaire de l'Agence française anticorruption — partie 6"),
    para("""Partie 6 — dispositif d'alerte interne. Rédactrice : Aurélie Gaspard-Maury. Version de travail
    du 29 janvier 2026 soumise au DGA ressources."""),
    para("""6.1. La procédure de recueil a été adoptée le 29 juin 2023 et mutualisée entre la Métropole, la
    Ville et le CCAS. Elle a été diffusée par publication sur l'intranet ; une note de service de
    diffusion a été signée le 1er février 2026."""),
    para("""6.2. En 2025, 23 signalements ont été reçus. Le délai moyen d'accusé de réception est de 2,4 jours.
    Cinq enquêtes administratives ont été conduites ; trois transmissions au parquet ont été réalisées."""),
    para("""6.3. Protection des lanceurs d'alerte : un suivi de carrière est organisé, avec leur accord.
    Point d'attention interne (à retirer avant envoi) : une agente de la Ville, auteure du signalement
    sur les droits de place, a saisi le Défenseur des droits en novembre 2025 pour des représailles
    alléguées (retrait d'attributions, mutation aux archives) ; elle est en arrêt depuis septembre.
    Une seconde lanceuse d'alerte, stagiaire à la commande publique, a été titularisée en janvier."""),
    para("""6.4. Sécurité de la plateforme : un test d'intrusion réalisé en septembre 2025 a mis en évidence
    des vulnérabilités, corrigées à l'exception du chiffrement des pièces jointes (correctif attendu)."""),
    para("""Diffusion restreinte — document de travail interne — ne pas transférer hors de l'équipe projet AFA."""),
]

DOCX_BLOCKS["s054_cartographie_risques_livrable_cabinet_licence.docx"] = [
    ("title", "Cartographie des risques d'atteinte à la probité — Ville de Montbrézac — Livrable final"),
    para("""© Probitas Conseil SAS, 2026. Document remis au client sous licence d'utilisation interne non
    exclusive. La méthode Probi-Score, les matrices de cotation et les bibliothèques de scénarios sont la
    propriété exclusive de Probitas Conseil. Toute reproduction, diffusion à des tiers ou réutilisation
    pour une autre entité est interdite sans autorisation écrite."""),
    ("h", "1. La méthode Probi-Score"),
    para("""Chaque scénario est coté selon cinq facteurs de probabilité (fréquence de l'opération, pouvoir
    discrétionnaire, concentration des décisions, exposition aux tiers, historique d'incidents) et
    quatre facteurs d'impact (financier, juridique, réputationnel, opérationnel), pondérés selon la
    bibliothèque sectorielle Probitas (version 7.2, calibrée sur 64 collectivités clientes). Le score
    brut est corrigé par un coefficient de maîtrise compris entre 0,35 et 1 selon la grille propriétaire
    reproduite en annexe A."""),
    ("h", "2. Résultats"),
    para("""54 scénarios identifiés dans 10 processus. Score résiduel le plus élevé : attribution des places
    en crèche (14,2), régies de recettes (13,8), subventions aux associations (13,1), logements du
    contingent communal (12,6), achats de faible montant (11,9)."""),
    ("h", "Annexe A — Grille des coefficients de maîtrise (extrait)"),
    para("""Procédure écrite et appliquée : 0,80 ; séparation des tâches effective : 0,70 ; contrôle de
    second niveau documenté : 0,60 ; outil bloquant : 0,45 ; combinaison des trois derniers : 0,35.
    Ces valeurs sont issues des travaux de Probitas et constituent un savoir-faire protégé."""),
    para("""Probitas Conseil — 27, allées Jean-Jaurès, Toulouse — confidentiel client."""),
]

DOCX_BLOCKS["s055_pv_audition_agent_contractuel_titre_sejour.docx"] = [
    ("title", "Procès-verbal d'audition — vérification des conditions de recrutement"),
    para("""Date : 14 octobre 2025. Personne entendue : M. Oumar Sissoko, agent contractuel, aide-cuisinier
    à la cuisine centrale depuis mars 2024. Entendu par Mme Sophie Aldebert, gestionnaire RH, à la suite
    d'un contrôle de la préfecture sur l'authenticité des titres de séjour des agents recrutés par la
    Ville en 2024."""),
    para("""Question : votre carte de séjour « salarié » a expiré le 2 août 2025. Avez-vous demandé son
    renouvellement ? Réponse : oui, j'ai déposé la demande en juin sur le site de l'ANEF, j'ai
    l'attestation de prolongation d'instruction. Mais la préfecture m'a écrit en septembre qu'il
    manquait un document et depuis je n'ai plus de nouvelles."""),
    para("""Question : avez-vous une autre procédure en cours ? Réponse : ma femme a demandé l'asile en
    2023, elle a eu un refus de l'OFPRA et le recours est à la CNDA. Mes deux enfants sont nés ici.
    J'ai peur de perdre mon travail, c'est mon salaire qui fait vivre la famille."""),
    para("""L'agent produit l'attestation de prolongation d'instruction valable jusqu'au 2 décembre 2025,
    qui l'autorise à travailler. Suite : contrat maintenu ; relance de la préfecture par la DRH ;
    vérification à l'échéance du 2 décembre."""),
]

DOCX_BLOCKS["s056_cr_reunion_amenagement_poste_agente_rqth.docx"] = [
    ("title", "Réunion pluridisciplinaire de maintien dans l'emploi — compte rendu"),
    para("""Date : 2 décembre 2025. Participants : Dr Anne-Sophie Berthomieu (médecin du travail), Mme
    Véronique Lalande (DRH), Mme Laure Peyrot (ergonome), M. Alexandre Nouvel (directeur des finances),
    Mme Claire Jaouen (audit interne)."""),
    para("""Situation examinée : Mme Josiane Fabre, adjointe administrative principale, déclarée inapte à
    ses fonctions de caissière par le conseil médical le 9 octobre. L'agente, reconnue travailleuse
    handicapée, a accepté que sa pathologie (sclérose en plaques, forme rémittente, poussée en mai 2025)
    soit évoquée devant les participants afin de faciliter le reclassement."""),
    para("""Pistes : poste de gestionnaire de factures à la direction des finances (cellule tiers), au
    rez-de-chaussée, avec fauteuil adapté, écran de grande taille et deux jours de télétravail. Le
    directeur des finances accepte. Mme Jaouen indique que l'agente, compte tenu de son expérience de la
    régie, pourrait aussi appuyer les contrôles de caisse sur pièces, sans déplacement."""),
    para("""Décisions : proposition écrite de reclassement sous quinze jours ; période de préparation au
    reclassement prolongée ; demande de financement du FIPHFP pour l'aménagement du poste."""),
]

DOCX_BLOCKS["s057_refus_protection_fonctionnelle_elu_poursuivi.docx"] = [
    ("title", "Décision relative à une demande de protection fonctionnelle"),
    para("""Ville de Montbrézac — le maire à M. Serge Malaterre, conseiller municipal. Montbrézac, le
    8 décembre 2025. Lettre recommandée avec accusé de réception."""),
    para("""Monsieur le conseiller municipal, par courrier du 14 novembre 2025, vous avez sollicité le
    bénéfice de la protection fonctionnelle prévue à l'article L. 2123-34 du code général des
    collectivités territoriales, afin que la commune prenne en charge vos frais d'avocat dans le cadre de
    l'information judiciaire ouverte au tribunal judiciaire de Pradelles, au cours de laquelle vous avez
    été mis en examen le 23 octobre 2025 des chefs de corruption passive et de trafic d'influence."""),
    para("""La protection fonctionnelle n'est pas due lorsque les faits reprochés constituent une faute
    personnelle détachable de l'exercice des fonctions. Les faits qui vous sont reprochés — la
    sollicitation de sommes d'argent auprès de commerçants en contrepartie de l'attribution
    d'emplacements — seraient, s'ils étaient établis, constitutifs d'une telle faute. La commune est,
    en outre, susceptible de se constituer partie civile. Votre demande est en conséquence rejetée, sans
    préjudice d'un réexamen en cas de non-lieu ou de relaxe."""),
    para("""Cette décision peut faire l'objet d'un recours devant le tribunal administratif de Pradelles
    dans un délai de deux mois."""),
]

DOCX_BLOCKS["s058_rapport_enquete_discrimination_recrutement_piscine.docx"] = [
    ("title", "Rapport d'enquête — allégation de discrimination lors d'un recrutement de maîtres-nageurs"),
    para("""Inspection générale de Montbrézac Métropole — 30 juin 2025. Saisine : réclamation transmise
    par le délégué territorial du Défenseur des droits le 2 mai 2025."""),
    para("""M. Youssef El Amrani, titulaire du BPJEPS AAN, a candidaté en mars 2025 à l'un des quatre postes
    saisonniers de maître-nageur du centre aquatique de Lauzerac. Il n'a pas été convoqué. Il soutient
    avoir été écarté en raison de son origine : un ami, de même qualification mais portant un nom
    d'origine française, a été convoqué après avoir envoyé un CV identique sur le fond."""),
    para("""Constats : sur 19 candidatures recevables, 9 ont été convoquées. Le tri a été effectué par le
    chef de bassin seul, sans grille. Ses annotations manuscrites sur les CV comportent, pour trois
    candidats, la mention « origine ? » ou « nom à consonance », dont celui de M. El Amrani, et pour
    un autre « voilée sur la photo ». Le chef de bassin, M. Régis Fontanel, explique ces annotations
    par la crainte de « difficultés d'intégration dans l'équipe » ; il conteste toute intention
    discriminatoire."""),
    para("""Conclusion : présomption sérieuse de discrimination fondée sur l'origine et sur la religion
    apparente. Recommandations : procédure disciplinaire ; proposition d'indemnisation amiable au
    réclamant ; tri des candidatures par deux personnes au moyen d'une grille ; CV sans photo ;
    formation obligatoire des recruteurs."""),
]

DOCX_BLOCKS["s059_offre_cabinet_enquetes_externes_prix.docx"] = [
    ("title", "Proposition commerciale — réalisation d'enquêtes administratives externalisées"),
    para("""Cabinet Equilibre RH & Enquêtes — à l'attention de la direction générale de Montbrézac
    Métropole — offre n° EQ-2025-318 du 4 décembre 2025. Confidentiel — secret des affaires."""),
    ("h", "Tarification"),
    para("""Enquête simple (jusqu'à 8 auditions, rapport de 20 pages) : forfait de 6 900 euros HT. Enquête
    complexe (jusqu'à 20 auditions, binôme d'enquêteurs, rapport de 40 pages) : 14 800 euros HT.
    Audition supplémentaire : 420 euros HT. Journée d'enquêteur senior : 1 150 euros HT ; junior :
    720 euros HT. Frais de déplacement : forfait de 180 euros par journée sur site."""),
    ("h", "Conditions particulières consenties"),
    para("""Compte tenu du volume annoncé (4 à 6 enquêtes par an), remise de 12 % sur l'ensemble des forfaits
    et gratuité de la première restitution orale. Ces conditions dérogent à notre grille publique et ne
    doivent pas être communiquées à d'autres collectivités. Notre taux de marge sur ce type de mission
    est de 31 % ; nous ne pourrions descendre en deçà de 5 900 euros HT pour l'enquête simple."""),
    para("""Références clients (communiquées à titre confidentiel) : deux départements, une métropole, six
    communes de plus de 30 000 habitants."""),
]

DOCX_BLOCKS["s060_cr_comite_suivi_protection_lanceurs_alerte.docx"] = [
    ("title", "Comité de suivi de la protection des lanceurs d'alerte — compte rendu du 12 février 2026"),
    para("""Participants : M. Bertrand Queyrel, référent alerte (président) ; Mme Anne-Laure Vigier,
    juriste ; Mme Véronique Lalande, DRH Ville ; M. Franck Mirouze, DRH Métropole. Réunion à huis clos.
    Les auteurs de signalements suivis ont donné leur accord écrit à l'examen de leur situation."""),
    ("h", "1. Situation de Mme Claire Estève-Bordes (Ville — signalement de février 2025)"),
    para("""La Défenseure des droits a, par décision du 20 janvier 2026, reconnu à l'intéressée la qualité de
    lanceuse d'alerte et recommandé à la Ville de réexaminer la décision de mutation. Mme Estève-Bordes
    est en congé de maladie depuis septembre 2025 ; son médecin traitant et le psychiatre du centre
    médico-psychologique de Castelmoret qui la suit ont préconisé une reprise à temps partiel
    thérapeutique sur un poste sans lien avec son ancienne cheffe de service. La DRH de la Ville propose
    un poste de rédactrice au service des élections, à compter du 1er mars, et l'annulation de
    l'appréciation négative portée sur l'entretien professionnel 2025. La cheffe de service concernée
    fera l'objet d'un rappel écrit."""),
    ("h", "2. Situation de Mme Maëlle Pradier (Métropole — signalement de juin 2025)"),
    para("""L'intéressée a été titularisée le 1er février 2026. Elle a fait part d'inquiétudes après avoir
    croisé le chef de service mis en cause, dont la suspension a pris fin, dans le hall de l'hôtel de
    Métropole. La DRH indique que celui-ci, en congé de maladie, n'a plus accès aux locaux de la
    direction. Le comité demande qu'une consigne écrite soit donnée à ce sujet."""),
    ("h", "3. Auteur du signalement ALR-25-13 (Lauzerac)"),
    para("""L'agent des espaces verts de Lauzerac, victime de propos homophobes, a repris le travail en
    janvier ; il dispose désormais d'un vestiaire individuel. Les deux agents mis en cause ont été
    sanctionnés (exclusion temporaire de trois jours). Il indique se sentir « mieux », tout en restant
    suivi par sa psychologue. Le comité propose un point d'étape en juin."""),
    ("h", "4. Décisions"),
    para("""Transmettre à la Ville la proposition relative au poste de Mme Estève-Bordes ; consigne écrite à
    la Métropole ; prochaine réunion en juin 2026. Le présent compte rendu est conservé par le référent
    et n'est communiqué à personne d'autre que les participants."""),
]


# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_referent_2025.docx"] = [
    ("title", "Référent déontologue et référent alerte — rapport d'activité 2025"),
    para("""Ville de Montbrézac — Montbrézac Métropole — CCAS de Montbrézac. Rapport présenté au conseil
    municipal et au conseil métropolitain en mars 2026. Conformément à la charte de déontologie, il ne
    comporte aucune information permettant d'identifier les personnes, et les effectifs inférieurs à
    trois ont été regroupés."""),
    ("h", "1. Une activité en hausse"),
    para("""J'ai été saisi à 163 reprises en 2025 (147 en 2024). Les agents de la Métropole représentent
    46 % des saisines, ceux de la Ville 35 %, ceux du CCAS 6 % et les élus 11 %. Les thèmes dominants
    restent le cumul d'activités (54 saisines) et les conflits d'intérêts (38), suivis des questions de
    neutralité et de laïcité (15), des départs vers le secteur privé (13), des cadeaux et invitations
    (12), de l'expression sur les réseaux sociaux (11) et de la discrétion professionnelle (9)."""),
    ("h", "2. Les élus à l'approche des élections"),
    para("""L'année préélectorale a suscité de nombreuses questions : utilisation des moyens de la
    collectivité, communication institutionnelle, candidatures d'agents. J'ai rappelé que les agents
    conservent leur liberté d'opinion et peuvent être candidats, sous réserve des inéligibilités
    prévues par le code électoral, mais qu'ils doivent respecter strictement la neutralité dans le
    service, quelle que soit leur orientation politique. J'ai également rappelé aux élus que
    l'organisation de manifestations ou la diffusion de bulletins municipaux ne doit comporter aucun
    élément de propagande électorale."""),
    ("h", "3. Laïcité et neutralité"),
    para("""Les saisines relatives à la laïcité ont porté sur le port de signes religieux par des agents au
    contact du public, l'organisation des pauses pendant les périodes de jeûne, les demandes
    d'autorisation d'absence pour fêtes religieuses et le refus, par quelques agents, d'exercer
    certaines missions pour des motifs religieux. La règle est constante : les agents ne peuvent
    manifester leurs convictions dans l'exercice de leurs fonctions ni refuser une mission pour ce
    motif ; les aménagements d'organisation relèvent de l'appréciation du chef de service."""),
    ("h", "4. Le dispositif d'alerte"),
    para("""La plateforme a reçu 23 signalements en 2025 (19 en 2024). Dix-sept ont été jugés recevables ;
    cinq ont donné lieu à enquête administrative ; trois ont conduit à une transmission au procureur de
    la République et un à une information de la juridiction financière. Les domaines concernés sont les
    ressources humaines (harcèlement et discrimination : 8), la commande publique (4), les régies (3),
    la probité des élus (2) et divers (6). Une personne ayant effectué un signalement a fait état de
    représailles ; sa situation a été examinée par le comité de suivi et des mesures correctrices ont
    été prises. Un test d'intrusion a conduit à renforcer la sécurité de la plateforme."""),
    ("h", "5. Formation"),
    para("""Plus de 700 agents ont suivi le module en ligne et 112 cadres et agents exposés la formation
    présentielle. Une session spécifique a été organisée pour les jurys de recrutement et une autre pour
    les membres des commissions d'appel d'offres."""),
    ("h", "6. Recommandations pour 2026"),
    para("""Adopter le code de conduite commun ; généraliser la procédure écrite de déport ; publier des
    synthèses occultées des rapports d'audit ; renforcer l'information des agents de terrain sur le
    dispositif d'alerte ; former l'encadrement de proximité à la prévention des discriminations."""),
    ("h", "7. Les départs vers le secteur privé"),
    para("""Treize agents m'ont consulté avant de rejoindre une entreprise ou de créer une activité. Deux
    dossiers relevaient de la compétence de la Haute Autorité pour la transparence de la vie publique,
    compte tenu du niveau des emplois occupés ; dans l'un d'eux, le projet présentait un risque pénal au
    regard de l'article 432-13 du code pénal et l'intéressé y a renoncé. Dans les autres cas, j'ai
    rendu des avis de compatibilité, le plus souvent assortis de réserves interdisant pendant trois ans
    toute relation professionnelle avec le service d'origine."""),
    ("h", "8. Moyens et remerciements"),
    para("""Je remercie la juriste qui m'assiste, dont la rigueur et la discrétion sont essentielles, ainsi
    que les directions générales, qui ont respecté en toutes circonstances l'indépendance de la
    fonction. La convention de mutualisation a été renouvelée pour trois ans en 2025 ; les communes de
    Lauzerac et de Castelmoret ont demandé à y adhérer."""),
]

DOCX_BLOCKS["p122_deliberation_adoption_code_conduite.docx"] = [
    ("title", "Délibération n° CM-2026-03-047 — Adoption du code de conduite commun des agents"),
    para("""Conseil métropolitain du 26 mars 2026. Rapporteur : M. Alain Roumiguière, vice-président chargé
    des ressources humaines. Vu la loi n° 2016-1691 du 9 décembre 2016, notamment son article 3 ; vu
    les recommandations de l'Agence française anticorruption ; vu l'avis du comité social territorial du
    5 mars 2026."""),
    para("""Le conseil métropolitain, après en avoir délibéré, adopte le code de conduite commun aux agents
    de la Métropole, de la Ville de Montbrézac et du CCAS, annexé au règlement intérieur ; décide qu'il
    sera remis à chaque agent et publié sur le site internet ; charge le président de son exécution."""),
    para("""Vote : pour 79 ; contre 0 ; abstentions 4. Transmis au représentant de l'État et publié le
    30 mars 2026."""),
]

DOCX_BLOCKS["p123_guide_elu_deport_mode_emploi.docx"] = [
    ("title", "Guide pratique de l'élu — le déport, mode d'emploi"),
    para("""Ville de Montbrézac — document remis aux conseillers municipaux lors de leur installation.
    Ce guide répond aux questions les plus fréquentes sur le déport, c'est-à-dire l'abstention de
    participer à une décision dans laquelle l'élu a un intérêt."""),
    ("h", "Pourquoi se déporter ?"),
    para("""Pour prévenir un conflit d'intérêts et se protéger du délit de prise illégale d'intérêts
    (article 432-12 du code pénal), qui peut être constitué dès lors qu'un élu participe, même sans
    voter, à la préparation ou à l'adoption d'une décision concernant une affaire dans laquelle il a un
    intérêt, même moral. La délibération à laquelle l'élu intéressé a pris part peut en outre être
    annulée par le juge administratif."""),
    ("h", "Quand se déporter ?"),
    para("""Lorsque la délibération concerne : une association dont vous êtes dirigeant ou dont un proche est
    dirigeant ou salarié ; une entreprise dans laquelle vous ou un proche avez des intérêts ; un bien
    immobilier vous appartenant ou appartenant à un proche, ou un bien voisin dont la valeur pourrait
    être affectée ; la situation d'un proche (recrutement, subvention, autorisation) ; votre propre
    désignation ou rémunération dans un organisme extérieur."""),
    ("h", "Comment se déporter ?"),
    para("""Informez le maire par écrit, si possible avant la séance. Ne participez pas aux réunions de
    commission préparatoires. En séance, quittez la salle avant l'examen du point ; votre sortie et
    votre retour sont consignés au procès-verbal. Ne donnez pas de pouvoir à un collègue pour ce point.
    Ne cherchez pas à influencer vos collègues, y compris de manière informelle. Si vous êtes adjoint,
    un arrêté du maire précisera les affaires pour lesquelles vous n'utiliserez pas votre délégation."""),
    ("h", "Le cas des représentants de la Ville dans les organismes extérieurs"),
    para("""Les élus désignés par le conseil pour représenter la Ville dans une association, une société
    d'économie mixte ou un établissement public ne sont pas considérés comme intéressés du seul fait de
    cette désignation. Ils doivent toutefois se déporter lorsque la délibération porte sur l'attribution
    d'une aide financière à cet organisme, sur leur désignation ou sur leur rémunération (article
    L. 1111-6 du code général des collectivités territoriales)."""),
    ("h", "Exemples"),
    para("""Un conseiller municipal est président d'un club de football : il se déporte lors du vote des
    subventions aux associations sportives, pour la ligne de son club, et quitte la salle pendant le
    vote de la délibération entière si celle-ci n'est pas scindée. Une adjointe dont la fille est
    candidate à un emploi municipal ne participe à aucune étape du recrutement. Un conseiller dont la
    maison jouxte un terrain que la Ville envisage de vendre à un promoteur se déporte lors de la
    délibération de cession."""),
    ("h", "Vos interlocuteurs"),
    para("""Le référent déontologue, que vous pouvez saisir confidentiellement (deontologue@montbrezac.fr),
    et la direction des assemblées, qui prépare les ordres du jour et vous informe des points pour
    lesquels un déport paraît nécessaire au vu de votre déclaration d'intérêts."""),
]

DOCX_BLOCKS["p124_procedure_controle_inopine_regies.docx"] = [
    ("title", "Procédure de contrôle inopiné des régies par l'ordonnateur"),
    para("""Direction des finances — Ville et Métropole — version du 1er octobre 2025. Application de la
    recommandation n° 5 de la chambre régionale des comptes."""),
    ("h", "Objectif"),
    para("""Vérifier, au moins une fois par an et sans prévenir, l'existence des fonds et valeurs,
    la tenue de la comptabilité de la régie et le respect de l'acte constitutif."""),
    ("h", "Déroulé"),
    para("""Le contrôleur se présente muni de son ordre de mission. Il arrête la caisse en présence du
    régisseur, compte les espèces et les valeurs, rapproche le total du journal de caisse et des
    encaissements par carte, vérifie les derniers versements au comptable, les tickets et les
    justificatifs de gratuité. Il consigne ses constats dans un procès-verbal contradictoire signé des
    deux parties, transmis au comptable public et à la direction des finances."""),
    ("h", "Suites"),
    para("""Tout écart est déclaré au comptable public. Les recommandations sont suivies par la direction
    concernée. Un bilan annuel anonymisé est présenté au comité d'audit."""),
]

DOCX_BLOCKS["p125_support_formation_harcelement_discriminations.docx"] = [
    ("title", "Formation des encadrants — prévenir le harcèlement, les violences sexistes et les discriminations"),
    para("""Support de formation — Montbrézac Métropole — 2026. Les situations présentées sont fictives et
    construites à des fins pédagogiques."""),
    ("h", "1. Les définitions"),
    para("""Le harcèlement moral se caractérise par des agissements répétés ayant pour objet ou pour effet
    une dégradation des conditions de travail susceptible de porter atteinte aux droits et à la dignité
    de l'agent, d'altérer sa santé physique ou mentale ou de compromettre son avenir professionnel.
    Le harcèlement sexuel consiste en des propos ou comportements à connotation sexuelle ou sexiste
    répétés, ou en une pression grave, même non répétée, exercée dans le but d'obtenir un acte de
    nature sexuelle. L'agissement sexiste est tout agissement lié au sexe d'une personne, ayant pour
    objet ou pour effet de porter atteinte à sa dignité ou de créer un environnement intimidant,
    hostile, dégradant, humiliant ou offensant."""),
    para("""La discrimination est une différence de traitement fondée sur l'un des critères prohibés par la
    loi : origine, sexe, situation de famille, grossesse, apparence physique, handicap, état de santé,
    orientation sexuelle, identité de genre, âge, opinions politiques, activités syndicales, convictions
    religieuses, appartenance vraie ou supposée à une ethnie, une nation ou une prétendue race, lieu de
    résidence, patronyme, etc."""),
    ("h", "2. Le rôle de l'encadrant"),
    para("""L'encadrant a une obligation de prévention et de réaction. Il ne doit jamais minimiser des propos
    présentés comme de « l'humour ». Il recueille les faits, protège la victime présumée, informe sa
    hiérarchie et la DRH, et oriente vers la plateforme de signalement, la médecine du travail, le
    psychologue du travail et la cellule d'écoute externe (numéro vert disponible 24 h/24)."""),
    ("h", "3. Cas pratiques"),
    para("""Cas A : dans une équipe de nuit, un agent est régulièrement surnommé en référence à son pays
    d'origine. Les collègues rient, l'agent aussi. Que faites-vous ? Corrigé : il s'agit de propos
    discriminatoires, même si la personne visée ne proteste pas ; recadrage immédiat et collectif,
    entretien individuel avec l'agent visé, rappel écrit des règles."""),
    para("""Cas B : une agente vous confie qu'un collègue lui envoie des messages la nuit sur son apparence.
    Elle ne veut pas « faire d'histoires ». Corrigé : vous ne pouvez pas rester inactif ; vous
    l'informez de ses droits, de la plateforme et de la protection fonctionnelle ; vous informez la DRH,
    qui peut diligenter une enquête ; vous veillez à éviter tout contact contraint entre les deux
    agents."""),
    para("""Cas C : lors d'un tri de candidatures, un collègue propose d'écarter les CV avec photo de femmes
    voilées « pour éviter les problèmes avec le public ». Corrigé : c'est une discrimination fondée sur
    la religion, pénalement sanctionnée ; le candidat n'est pas soumis à l'obligation de neutralité ;
    seule la tenue dans le service, une fois recruté, relèvera de cette obligation."""),
    ("h", "4. Les chiffres"),
    para("""Selon les enquêtes nationales, une femme sur trois déclare avoir été victime de harcèlement sexuel
    au travail au cours de sa carrière ; moins d'une sur dix en a informé son employeur. Dans la
    fonction publique territoriale, les discriminations liées à l'origine et à l'état de santé sont
    les plus fréquemment rapportées au Défenseur des droits."""),
    ("h", "5. Les ressources"),
    para("""La plateforme de signalement (alerte.montbrezac-metropole.fr) ; la cellule d'écoute externe,
    gratuite et confidentielle ; le psychologue du travail ; la médecine de prévention ; la DRH et
    l'inspection générale ; le Défenseur des droits (3928) ; le 3919 pour les violences conjugales,
    y compris lorsqu'elles ont des répercussions sur le travail. L'encadrant n'a pas à qualifier
    juridiquement les faits : son rôle est d'écouter, de protéger, de transmettre et de ne jamais
    laisser une situation se dégrader par inaction."""),
    ("h", "6. Ce qu'il ne faut pas faire"),
    para("""Organiser une confrontation entre la victime présumée et l'auteur présumé ; demander à la victime
    de « régler le problème entre eux » ; changer d'affectation la victime contre son gré ; divulguer
    les faits à l'équipe ; mener soi-même une enquête approfondie sans mandat de l'autorité."""),
]

DOCX_BLOCKS["p126_cctp_mission_enquetes_externes.docx"] = [
    ("title", "Cahier des clauses techniques particulières — enquêtes administratives externalisées"),
    para("""Montbrézac Métropole — accord-cadre à bons de commande n° 2026-AC-004 — durée : un an
    reconductible trois fois."""),
    ("h", "Article 1 — Objet"),
    para("""Réalisation, à la demande de l'autorité territoriale, d'enquêtes administratives portant sur des
    faits de harcèlement, de violences sexistes et sexuelles, de discrimination ou de manquement à la
    probité, lorsque l'indépendance ou la disponibilité des enquêteurs internes ne peut être garantie."""),
    ("h", "Article 2 — Exigences"),
    para("""Le titulaire désigne des enquêteurs formés, sans lien avec les personnes concernées ; il respecte
    la charte des enquêtes administratives de la Métropole ; il garantit la confidentialité des données
    recueillies et leur destruction en fin de mission ; il remet un rapport dans un délai de dix
    semaines à compter du bon de commande."""),
    ("h", "Article 3 — Livrables"),
    para("""Rapport d'enquête ; comptes rendus d'audition signés ; restitution orale à l'autorité ; note de
    recommandations collectives anonymisée à destination de la direction concernée."""),
]

DOCX_BLOCKS["p127_cr_public_comite_audit_novembre.docx"] = [
    ("title", "Comité d'audit — relevé de conclusions public — réunion du 27 novembre 2025"),
    para("""Version publique (les éléments relatifs à des personnes ont été occultés). Membres : trois
    conseillers métropolitains et deux personnalités qualifiées."""),
    para("""1. Programme 2025 : six missions sur neuf achevées ; taux de mise en œuvre des recommandations
    échues : 58 %. 2. Audit des subventions sportives : plan d'action demandé à la direction des sports.
    3. Audit de la régie de la fourrière : des irrégularités d'encaissement ont été mises au jour et
    les suites appropriées ont été données ; le comité a validé des recommandations de sécurisation (double validation des gratuités, paiement par carte, contrôle
    mensuel). 4. Contrôle interne comptable : deux tentatives de fraude aux coordonnées bancaires
    déjouées. 5. Préparation du contrôle de l'Agence française anticorruption. 6. Programme d'audit
    2026 approuvé."""),
]

DOCX_BLOCKS["p128_offre_emploi_psychologue_travail.docx"] = [
    ("title", "Offre d'emploi — Psychologue du travail (H/F)"),
    para("""Ville de Montbrézac et Montbrézac Métropole — cadre d'emplois des psychologues territoriaux
    (catégorie A) — temps complet."""),
    para("""Au sein du service santé et qualité de vie au travail, vous accompagnez individuellement les
    agents en difficulté (souffrance au travail, situations de harcèlement, retour après un congé de
    longue maladie, addictions, deuil), vous intervenez auprès des collectifs de travail après un
    événement grave, vous participez aux cellules de maintien dans l'emploi et vous apportez votre
    expertise aux enquêtes administratives sur l'accompagnement des victimes. Vous êtes tenu(e) au
    secret professionnel."""),
    para("""Profil : master 2 de psychologie du travail ou clinique, inscription au registre ADELI ;
    expérience en collectivité appréciée. Candidatures avant le 31 mars 2026."""),
]

DOCX_BLOCKS["p129_deliberation_subvention_france_victimes_addictions.docx"] = [
    ("title", "Délibération n° 2025-12-201 — Subventions aux associations d'aide aux victimes et de prévention"),
    para("""Conseil municipal de Montbrézac, séance du 15 décembre 2025. Rapporteure : Mme Odile Charbonnier,
    adjointe aux solidarités."""),
    para("""Le conseil municipal attribue les subventions suivantes pour 2026 : association France Victimes 81
    Arvenne (accueil et accompagnement des victimes d'infractions, permanence au commissariat) :
    28 000 euros ; Association arvernaise de prévention des addictions (consultations jeunes
    consommateurs, actions en milieu scolaire) : 19 500 euros ; Ligue contre le cancer, comité de la
    Haute-Arvenne (soins de support) : 4 000 euros ; Centre d'information sur les droits des femmes et
    des familles : 12 000 euros ; Association Accueil Demandeurs d'Asile du Causse (domiciliation,
    accompagnement juridique) : 9 000 euros."""),
    para("""Mme Lina Haddou, présidente du CIDFF, et M. Paul-Henri Cazeneuve, administrateur de France
    Victimes 81 Arvenne, se sont déportés et ont quitté la salle pendant l'examen du point. Adopté :
    pour 39, contre 0, abstentions 2, ne prennent pas part au vote 2."""),
]

DOCX_BLOCKS["p130_note_methodologique_cartographie_risques_ville.docx"] = [
    ("title", "Cartographie des risques d'atteinte à la probité de la Ville — note méthodologique publique"),
    para("""Annexe à la délibération du 26 mars 2026 portant adoption du plan d'actions."""),
    para("""La cartographie a été élaborée entre octobre 2025 et février 2026, avec l'appui d'un cabinet
    retenu après mise en concurrence et de la mission d'audit interne. Dix processus ont été analysés
    au cours de huit ateliers réunissant 64 agents et cadres. Chaque scénario a été évalué selon sa
    probabilité et son impact, puis au regard des mesures de maîtrise existantes."""),
    para("""Les processus à risque résiduel élevé sont l'attribution des places en crèche, les régies de
    recettes, les subventions aux associations, l'attribution des logements du contingent communal et
    les achats de faible montant. Le plan d'actions comporte 31 mesures, dont la formalisation des
    déports, la double validation des opérations sensibles et la publication de données."""),
]

DOCX_BLOCKS["p131_lettre_elus_periode_preelectorale.docx"] = [
    ("title", "Lettre d'information aux élus — règles applicables en période préélectorale"),
    para("""Direction des assemblées et référent déontologue — septembre 2025. Les élections municipales et
    communautaires se tiendront en mars 2026. Depuis le 1er septembre 2025, plusieurs règles
    s'appliquent."""),
    para("""Campagne de promotion publicitaire : interdiction de toute campagne de promotion des réalisations
    ou de la gestion de la collectivité (article L. 52-1 du code électoral). Le bulletin municipal
    continue de paraître, avec un contenu informatif, sans changement de format ni de fréquence.
    Moyens de la collectivité : ils ne peuvent être mis à la disposition d'aucun candidat ; les
    véhicules, locaux, messageries et agents ne doivent pas être utilisés pour la campagne. Les
    tribunes des groupes politiques dans le bulletin sont maintenues, dans les conditions du règlement
    intérieur. Réseaux sociaux : les comptes institutionnels ne relaient aucun contenu de campagne."""),
]

DOCX_BLOCKS["p132_reglement_interieur_comite_ethique.docx"] = [
    ("title", "Règlement intérieur du comité d'éthique des élus de la Ville de Montbrézac"),
    para("""Article 1 : le comité comprend trois personnalités qualifiées, désignées par le conseil municipal
    sur proposition du maire après appel à candidatures, et deux conseillers municipaux, l'un de la
    majorité, l'autre de l'opposition. Article 2 : il se réunit au moins quatre fois par an. Article 3 :
    il peut être saisi par le maire, par tout élu pour sa propre situation, ou par un tiers des membres
    du conseil. Article 4 : les séances ne sont pas publiques ; un compte rendu public est établi,
    excluant les situations individuelles. Article 5 : un membre intéressé par une affaire ne siège pas.
    Article 6 : les avis sont adoptés à la majorité ; ils sont notifiés à l'élu concerné et au maire."""),
]

DOCX_BLOCKS["p133_bilan_plan_egalite_discriminations.docx"] = [
    ("title", "Plan d'action égalité professionnelle et lutte contre les discriminations — bilan 2025"),
    para("""Ville de Montbrézac — présenté au comité social territorial le 5 mars 2026."""),
    para("""Effectifs : 57 % de femmes, 43 % d'hommes ; 38 % de femmes parmi les emplois de direction.
    Écart de rémunération moyen : 7,4 %, principalement lié à la structure des filières. Dispositif de
    signalement des violences sexistes et sexuelles et des discriminations : 14 signalements en 2025
    (harcèlement sexuel ou agissements sexistes : 6 ; discrimination liée à l'origine : 3 ; à
    l'orientation sexuelle : 2 ; au handicap ou à l'état de santé : 2 ; à la religion : 1) ; 5 enquêtes
    administratives ; 4 sanctions disciplinaires. Taux d'emploi de travailleurs handicapés : 8,1 %."""),
    para("""Actions 2026 : formation de l'ensemble des encadrants ; CV sans photo pour tous les recrutements ;
    tri des candidatures à deux ; enquête de climat social anonyme."""),
]

DOCX_BLOCKS["p134_pv_conseil_retrait_delegation_marches.docx"] = [
    ("title", "Conseil municipal du 8 décembre 2025 — extrait du procès-verbal"),
    para("""Communication du maire. Le maire informe le conseil municipal qu'il a, par arrêté du 4 novembre
    2025, mis fin à la délégation consentie à M. Serge Malaterre, conseiller municipal, en matière de
    marchés de plein vent et de droits de place, à la demande de l'intéressé. Cette délégation est
    reprise par M. Rémi Garrigues, premier adjoint. Le maire rappelle que le service des droits de place
    fait l'objet d'un audit inscrit au programme 2026 et que les attributions d'emplacements se font
    désormais strictement selon la liste d'attente, publiée en mairie."""),
    para("""M. Delpeuch prend acte et demande la publication de la liste d'attente sur le site internet.
    Le maire y consent, sous une forme ne comportant que les raisons sociales et les dates d'inscription."""),
]

DOCX_BLOCKS["p135_calendrier_instances_deontologie_2026.docx"] = [
    ("title", "Calendrier 2026 des instances de déontologie et de contrôle"),
    para("""Comité d'éthique des élus : 19 janvier, 20 avril, 21 septembre, 16 novembre. Comité d'audit :
    12 février, 21 mai, 24 septembre, 26 novembre. Comité social territorial (points déontologie) :
    5 mars, 18 juin. Formation annuelle des élus : 24 janvier (avant les élections) et 10 octobre (après
    l'installation du nouveau conseil). Rapport annuel du référent : conseil municipal du 30 mars,
    conseil métropolitain du 2 avril. Publication des registres de cadeaux : 15 janvier, 15 avril,
    15 juillet, 15 octobre."""),
]


# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_webmail_message_chef_service_agent_incarcere.html"] = (
    "Messagerie — Re: absence Lucas",
    """
<div class="mail-header">
<p><b>De :</b> Pierre Cantié &lt;p.cantie@montbrezac-metropole.fr&gt;<br>
<b>À :</b> Sophie Aldebert &lt;s.aldebert@montbrezac-metropole.fr&gt;<br>
<b>Date :</b> 17 mars 2026 08:12<br>
<b>Objet :</b> Re: absence Lucas</p>
</div>
<div class="mail-body">
<p>Sophie,</p>
<p>Pour Lucas Ferrand (voirie secteur Est) : son père m'a appelé hier soir. Il ne reviendra pas avant
un moment, il a été écroué vendredi à la maison d'arrêt de Pradelles après son audience, le juge l'a
placé en détention en attendant le procès. Je n'en sais pas plus et je ne veux pas en savoir plus.</p>
<p>Qu'est-ce qu'on fait administrativement ? Je suppose qu'on ne peut pas le mettre en absence
injustifiée ? Je n'ai rien dit à l'équipe à part « raisons personnelles ».</p>
<p>Pierre</p>
<p>--<br>Pierre Cantié — chef du service voirie — Montbrézac Métropole</p>
</div>
""",
)

HTML_PAGES["s062_outil_tickets_acces_csu_identifiants.html"] = (
    "GLPI — Ticket 2026-00412",
    """
<h1>Ticket n° 2026-00412 — Accès opérateurs centre de supervision urbain</h1>
<table>
<tr><th>Statut</th><td>En cours</td></tr>
<tr><th>Demandeur</th><td>Chef de la police municipale</td></tr>
<tr><th>Catégorie</th><td>Sécurité / comptes applicatifs</td></tr>
</table>
<h2>Description</h2>
<p>Suite à l'enquête de l'inspection générale, remplacement du mot de passe générique des postes
opérateurs CSU-01 à CSU-04. Nouveaux comptes nominatifs créés. Mot de passe provisoire commun
communiqué par téléphone : <code>Csu#Montbz26!</code> — à changer à la première connexion.</p>
<p>Compte de service de l'enregistreur vidéo (NVR, 10.41.8.20) : <code>admin_nvr</code> /
<code>Nvr-Arv-2019</code> — non modifiable tant que le firmware n'est pas mis à jour (faille connue
permettant l'accès au flux sans authentification depuis le VLAN vidéo).</p>
<h2>Suivi</h2>
<p>12/03 — comptes créés. 14/03 — mise à jour firmware reportée (incompatibilité caméras CAM-087 à
CAM-095). Ne pas ouvrir ce ticket aux prestataires.</p>
""",
)

HTML_PAGES["s063_extranet_rh_liste_suspensions_en_cours.html"] = (
    "Extranet RH — Suivi des suspensions de fonctions",
    """
<h1>Suivi des suspensions de fonctions en cours — Métropole et Ville</h1>
<p>Accès réservé : DRH, DGS, direction des affaires juridiques. Mise à jour : 3 février 2026.</p>
<table>
<tr><th>Agent</th><th>Service</th><th>Date</th><th>Motif</th><th>Procédure pénale</th><th>Échéance</th></tr>
<tr><td>Joël Castagné</td><td>Éclairage public</td><td>01/07/2025</td><td>favoritisme présumé</td>
<td>signalement art. 40 (22/10/2025), enquête préliminaire</td><td>prolongée — conseil de discipline 03/2026</td></tr>
<tr><td>Frédéric Lagrange</td><td>Direction de la culture</td><td>07/04/2025</td><td>harcèlement sexuel</td>
<td>plainte de deux agentes, audition libre 09/2025</td><td>révoqué 12/2025 — recours TA</td></tr>
<tr><td>Kévin Lesparre</td><td>Police municipale</td><td>—</td><td>exclusion 6 mois dont 4 sursis</td>
<td>jugé le 09/12/2025 : amende + suspension de permis</td><td>réintégration 02/2026 sans arme</td></tr>
<tr><td>Jérôme Sabadie</td><td>Droits de place</td><td>28/08/2025</td><td>concussion présumée</td>
<td>garde à vue 16/09/2025, mis en examen</td><td>suspension prolongée</td></tr>
</table>
""",
)

HTML_PAGES["s064_note_interne_ccas_aide_urgence_agent.html"] = (
    "CCAS — fiche navette aide facultative",
    """
<h1>Fiche navette — commission des aides facultatives du 22 janvier 2026</h1>
<p><b>Demandeur :</b> M. Dimitri Papadakis, 52 ans, logement du gymnase des Pradettes (occupation sans
titre). <b>Composition du foyer :</b> lui-même et son fils de 15 ans.</p>
<p><b>Situation :</b> ancien conjoint d'un gardien municipal décédé en 2024 ; sans emploi depuis 18 mois,
allocation de solidarité spécifique ; dossier de surendettement recevable (dettes : 23 400 euros, dont
arriérés d'électricité 1 840 euros). Coupure d'électricité annoncée pour le 30 janvier. La Ville
envisage de récupérer le logement (audit des logements de fonction).</p>
<p><b>Demande :</b> aide de 900 euros pour l'apurement partiel de la dette d'énergie ; accompagnement
vers un logement social (demande active depuis 2025, numéro unique 081-2025-04471).</p>
<p><b>Avis de la travailleuse sociale :</b> favorable ; l'adolescent est suivi par le service de
prévention spécialisée ; risque de rupture scolaire.</p>
<p><b>Décision :</b> accord 900 euros, versés directement au fournisseur d'énergie.</p>
""",
)

HTML_PAGES["s065_export_dossier_plateforme_signalement_droits_place.html"] = (
    "Plateforme de signalement — export du dossier ALR-25-03",
    """
<h1>Dossier ALR-25-03 — export complet (console référent)</h1>
<p>Exporté le 28/11/2025 par : referent.alerte — Usage strictement réservé — ne pas imprimer</p>
<h2>Auteur</h2>
<table>
<tr><th>Nom</th><td>ESTÈVE-BORDES Claire</td></tr>
<tr><th>Statut</th><td>rédactrice territoriale, service des droits de place, Ville de Montbrézac</td></tr>
<tr><th>Contact</th><td>06 32 18 77 05 — c.esteve.bordes@courriel.fr (personnel)</td></tr>
<tr><th>Confidentialité</th><td>identité non communicable sans accord écrit (accord donné le 16/04 pour
transmission au parquet uniquement)</td></tr>
</table>
<h2>Signalement (texte déposé le 11/02/2025)</h2>
<p>Je travaille au service des droits de place depuis 2016. Depuis 2021, je constate que des
emplacements du marché du boulevard Gambetta sont attribués en dehors de la liste d'attente, sur
instruction directe de M. Serge Malaterre, conseiller délégué. Les autorisations arrivent déjà signées
par lui et mon collègue Jérôme Sabadie les enregistre sans que je puisse vérifier l'ordre de la liste.
Neuf commerçants ainsi installés ont des arriérés de plus de six mois que l'on m'a interdit de
relancer.</p>
<p>En janvier, deux commerçants, M. Bensaïd et Mme Crozet, m'ont dit avoir « payé pour passer devant »,
1 500 euros et 800 euros, en liquide, remis à M. Malaterre au café du Commerce. M. Bensaïd m'a dit qu'il
était prêt à le redire à la police si on lui garantissait de garder sa place.</p>
<p>Je sais que M. Sabadie a aussi reçu de l'argent d'un bar de la rue des Cordeliers pour une extension
de terrasse, mais je n'en ai pas la preuve.</p>
<p>J'ai peur des conséquences pour moi : ma cheffe est proche de M. Malaterre.</p>
<h2>Pièces</h2>
<ul>
<li>liste_attente_2021_2024.xlsx</li>
<li>plans_attribution_gambetta.pdf</li>
<li>etats_recouvrement_arrieres.pdf</li>
</ul>
<h2>Journal de traitement</h2>
<table>
<tr><td>13/02/2025</td><td>Accusé de réception envoyé.</td></tr>
<tr><td>20/02/2025</td><td>Entretien avec l'auteure (hôtel de Métropole, bureau 3.12). Déclarations
confirmées. Elle précise qu'elle est seule avec deux enfants et ne peut pas « perdre son poste ».</td></tr>
<tr><td>03/03/2025</td><td>Analyse des listes d'attente : 23 attributions hors rang confirmées.</td></tr>
<tr><td>15/04/2025</td><td>Suspension de la délégation de l'élu par le maire.</td></tr>
<tr><td>18/04/2025</td><td>Signalement article 40 adressé au parquet de Pradelles (identité de l'auteure
sous pli séparé).</td></tr>
<tr><td>14/04/2025</td><td>Information de l'auteure des suites envisagées.</td></tr>
<tr><td>12/05/2025</td><td>L'auteure signale le retrait de la gestion des listes d'attente.</td></tr>
<tr><td>16/06/2025</td><td>Courrier du référent au DGS : alerte sur un risque de représailles.</td></tr>
<tr><td>02/07/2025</td><td>Réponse du DGS : réorganisation « sans lien ».</td></tr>
<tr><td>15/09/2025</td><td>Mutation de l'auteure aux archives.</td></tr>
<tr><td>22/09/2025</td><td>L'auteure est en arrêt maladie (épuisement, suivie au CMP de Castelmoret).</td></tr>
<tr><td>23/10/2025</td><td>Mise en examen de l'élu ; contrôle judiciaire.</td></tr>
<tr><td>03/11/2025</td><td>Saisine du Défenseur des droits par l'auteure (copie reçue).</td></tr>
</table>
<h2>Notes du référent</h2>
<p>Dossier à conserver jusqu'au terme de la procédure judiciaire. Suivi de carrière de l'auteure :
proposer au comité de suivi l'annulation de la mutation et un poste hors de l'autorité de sa cheffe.
Attention : le fils de M. Bensaïd est agent de la propreté ; ne pas le solliciter.</p>
""",
)

HTML_PAGES["s066_wiki_dsi_procedure_restauration_plateforme.html"] = (
    "Wiki DSI — Plateforme alerte : restauration",
    """
<h1>Plateforme de signalement — procédure de restauration après incident</h1>
<p class="warn">Page en accès restreint (groupe DSI-CRITIQUE). Ne pas copier dans la documentation
prestataires.</p>
<ol>
<li>Se connecter au bastion : <code>ssh exploit@bastion.mbz.local -p 2222</code> (clé dans le coffre,
entrée « Bastion-Alerte »).</li>
<li>Restaurer la base depuis la sauvegarde chiffrée de J-1 : phrase de passe de déchiffrement
<code>Causse-Arvenne-Lanceur-77</code> (à faire tourner en juin).</li>
<li>Vérifier que le filtrage IP de la console est actif (liste : 10.41.0.0/16 et VPN uniquement) —
lors de la migration de septembre 2025, il a été oublié pendant six jours.</li>
<li>Le répertoire des pièces jointes n'est pas chiffré (correctif éditeur en attente) : ne jamais en
faire de copie hors du serveur.</li>
</ol>
""",
)

HTML_PAGES["s067_newsletter_interne_carnet_direction_finances.html"] = (
    "La Lettre des Finances — février 2026",
    """
<h1>La Lettre des Finances — n° 38 — février 2026</h1>
<h2>À la une</h2>
<p>Le contrôle de l'Agence française anticorruption a commencé : merci à la cellule tiers pour la
préparation du dossier sur les changements de coordonnées bancaires, cité en exemple lors de la
réunion d'ouverture.</p>
<h2>Chiffres du mois</h2>
<p>Délai global de paiement : 24 jours. Mandats émis : 3 812. Tentatives de fraude bloquées : 1.</p>
<h2>Carnet</h2>
<p>Bienvenue à Josiane Fabre, qui rejoint la cellule tiers après vingt-deux ans à la régie de la
piscine : son poste a été aménagé au rez-de-chaussée et nous la remercions d'avoir accepté qu'on
vous explique pourquoi — la sclérose en plaques ne l'empêche pas de traquer les doublons !</p>
<p>Toutes nos pensées vont à Lydie, toujours hospitalisée aux Cèdres ; sa famille nous dit qu'elle va
mieux et qu'elle lit nos messages. Une carte circule au bureau 2.14.</p>
<p>Félicitations à Guillaume Roques pour la naissance de Léonie, le 2 février.</p>
<h2>Agenda</h2>
<p>Formation « fraude au faux fournisseur » le 12 mars, salle Causse.</p>
""",
)

HTML_PAGES["s068_revue_presse_article_portrait_referent.html"] = (
    "Revue de presse — Le Courrier du Causse",
    """
<h1>Revue de presse interne — 9 janvier 2026</h1>
<p>Reproduction intégrale pour usage interne — Le Courrier du Causse, magazine, pages 12-14.</p>
<h2>« Bertrand Queyrel, le vigie de l'éthique »</h2>
<p><i>Par Jean-Baptiste Lhermitte — photographies d'Amandine Vasseur</i></p>
<p>On l'imaginait austère. Dans son petit bureau du deuxième étage de l'hôtel de ville, Bertrand
Queyrel reçoit en pull à col roulé, une tasse de thé à la main. Depuis trois ans, cet ancien magistrat
administratif est le référent déontologue de Montbrézac, de sa métropole et de son CCAS. Un métier qui
n'existait pas il y a dix ans et qui consiste, résume-t-il, « à aider les gens à ne pas se mettre en
difficulté ».</p>
<p>Ce qu'on lui demande ? « De tout. Un agent qui veut vendre ses confitures sur le marché, une élue
dont la fille postule à la mairie, un directeur qui part chez un promoteur. » Il reçoit sans
rendez-vous, deux demi-journées par semaine, et répond à toutes les questions par écrit.</p>
<p>Depuis 2022, il est aussi le réceptacle des alertes. « Les gens ont peur. Ma première mission, c'est
de garantir que leur nom ne sortira pas. » Il se refuse à commenter les affaires récentes, celle des
marchés forains ou celle de l'éclairage public, que la presse a évoquées. « Je ne suis ni policier
ni juge. »</p>
<p>Ce qui l'inquiète ? « Le soupçon généralisé. La très grande majorité des agents et des élus sont
honnêtes. Mais il suffit d'un cas pour que la confiance s'effondre. »</p>
<p>© Le Courrier du Causse 2026 — texte et photographies protégés. Reproduction interdite sans accord de
l'éditeur et des auteurs. Diffusion interne limitée aux abonnés du panorama de presse.</p>
""",
)

HTML_PAGES["s069_tableau_comparatif_offres_maintenance_eclairage.html"] = (
    "Analyse des offres — relance lot 2 éclairage public",
    """
<h1>Relance consultation éclairage public secteur nord — tableau comparatif (document de travail)</h1>
<p>Ne pas diffuser — secret des affaires des candidats.</p>
<table>
<tr><th>Candidat</th><th>Remplacement luminaire LED (u)</th><th>Astreinte mensuelle</th>
<th>Taux horaire électricien</th><th>Nacelle (jour)</th><th>DQE 4 ans HT</th></tr>
<tr><td>Électricité Générale Bastide</td><td>348 €</td><td>1 495 €</td><td>52,40 €</td><td>385 €</td>
<td>462 180 €</td></tr>
<tr><td>Citélum-Arvelec</td><td>359 €</td><td>1 580 €</td><td>55,00 €</td><td>410 €</td><td>481 920 €</td></tr>
<tr><td>Eiffage Énergie Systèmes</td><td>371 €</td><td>1 620 €</td><td>57,80 €</td><td>398 €</td>
<td>497 300 €</td></tr>
<tr><td>SPIE CityNetworks</td><td>366 €</td><td>1 700 €</td><td>54,10 €</td><td>420 €</td><td>494 750 €</td></tr>
</table>
<p>Lumen Sud Réseaux n'a pas candidaté. Bastide a joint une note indiquant que son prix d'astreinte
est « calculé à perte pour reconquérir le marché » (coût réel estimé 1 720 €).</p>
""",
)

HTML_PAGES["s070_export_paie_cotisations_syndicales.html"] = (
    "Paie — retenues cotisations syndicales janvier 2026",
    """
<h1>État des retenues sur traitement — cotisations syndicales (janvier 2026)</h1>
<p>Ville de Montbrézac — service paie. Document transmis aux trésoriers des sections uniquement.</p>
<table>
<tr><th>Matricule</th><th>Agent</th><th>Service</th><th>Organisation</th><th>Montant</th></tr>
<tr><td>031 442</td><td>CANTAGREL Isabelle</td><td>Restauration scolaire</td><td>CGT</td><td>14,20 €</td></tr>
<tr><td>027 918</td><td>OUKACI Rachid</td><td>Propreté urbaine</td><td>CGT</td><td>12,80 €</td></tr>
<tr><td>044 103</td><td>MBARGA Rodrigue</td><td>Voirie</td><td>CGT</td><td>11,50 €</td></tr>
<tr><td>038 577</td><td>FAURIE Didier</td><td>Espaces verts</td><td>FO</td><td>13,00 €</td></tr>
<tr><td>041 260</td><td>SORBIER Laetitia</td><td>Crèche des Tanneries</td><td>UNSA</td><td>10,90 €</td></tr>
<tr><td>035 019</td><td>FABRE Josiane</td><td>Finances — cellule tiers</td><td>CFDT</td><td>12,10 €</td></tr>
</table>
<p>Total : 6 agents — 74,50 €. Les retenues sont effectuées à la demande écrite des agents.</p>
""",
)

HTML_PAGES["s071_tableau_autorisations_absence_fetes_religieuses.html"] = (
    "Planning — autorisations d'absence fêtes religieuses 2026",
    """
<h1>Autorisations d'absence pour fêtes religieuses — service propreté urbaine — 2026</h1>
<p>Tableau tenu par le chef de centre (usage de planification uniquement).</p>
<table>
<tr><th>Agent</th><th>Fête</th><th>Date</th><th>Décision</th></tr>
<tr><td>Saïd Abdallah Mmadi</td><td>Aïd el-Fitr</td><td>20/03/2026</td><td>accordée</td></tr>
<tr><td>Yacine Belkacem</td><td>Aïd el-Fitr</td><td>20/03/2026</td><td>accordée</td></tr>
<tr><td>Mikhaïl Sokolov</td><td>Pâques orthodoxe</td><td>13/04/2026</td><td>accordée</td></tr>
<tr><td>David Cohen-Salmon</td><td>Yom Kippour</td><td>21/09/2026</td><td>accordée sous réserve</td></tr>
<tr><td>Saïd Abdallah Mmadi</td><td>Aïd el-Adha</td><td>27/05/2026</td><td>refusée (jour de collecte renforcée)
— proposer échange</td></tr>
</table>
""",
)

HTML_PAGES["s072_courriel_cabinet_enfant_elu_placement.html"] = (
    "Messagerie — situation familiale, commission",
    """
<p><b>De :</b> Pauline Roux (cabinet du maire)<br><b>À :</b> Sandrine Lafon<br>
<b>Date :</b> 4 mars 2026<br><b>Objet :</b> commission solidarités — déport à prévoir</p>
<p>Sandrine,</p>
<p>Pour la commission solidarités du 11 : il faut que Mme Sylvie Tran ne siège pas sur le point 3
(convention avec la Maison d'enfants à caractère social Les Cerisiers). Elle m'a expliqué que sa fille
de 14 ans y est accueillie depuis novembre, sur décision du juge des enfants, après une mesure de
l'aide sociale à l'enfance. Elle ne veut évidemment pas que le motif apparaisse : dans le
procès-verbal, tu mets seulement « déport pour intérêt personnel ».</p>
<p>Merci,<br>Pauline</p>
""",
)

HTML_PAGES["s073_demande_attestation_employeur_recours_cnda.html"] = (
    "Messagerie — demande d'attestation employeur",
    """
<p><b>De :</b> Oumar Sissoko<br><b>À :</b> Service RH — carrières<br><b>Date :</b> 9 janvier 2026<br>
<b>Objet :</b> attestation pour l'audience de ma femme</p>
<p>Bonjour Madame Aldebert,</p>
<p>Mon épouse, Mme Awa Diarra, passe à la Cour nationale du droit d'asile le 3 février pour son recours
contre le refus de l'OFPRA. Notre avocate demande une attestation de mon employeur qui dit que je
travaille à la cuisine centrale depuis mars 2024 en CDD renouvelé, pour montrer que la famille est
intégrée ici. Ma carte de séjour a été renouvelée en décembre (je vous envoie la copie).</p>
<p>Est-ce que vous pouvez la faire ? Je peux passer la chercher mardi.</p>
<p>Merci beaucoup,<br>Oumar Sissoko — aide-cuisinier</p>
""",
)

HTML_PAGES["s074_console_controle_acces_biometrique_coffres.html"] = (
    "Console contrôle d'accès — zone coffres",
    """
<h1>Contrôle d'accès biométrique — salle des coffres (B-07) — gabarits enrôlés</h1>
<table>
<tr><th>Identifiant</th><th>Titulaire</th><th>Doigt</th><th>Gabarit (extrait)</th><th>Enrôlement</th></tr>
<tr><td>BIO-0007</td><td>Thierry Calvignac (régisseur)</td><td>index droit</td>
<td>MINU:4F2A91C0…E7B3</td><td>06/01/2026</td></tr>
<tr><td>BIO-0008</td><td>Nathalie Ribes (chef de l'accueil)</td><td>index gauche</td>
<td>MINU:9C0D13AA…04F1</td><td>06/01/2026</td></tr>
<tr><td>BIO-0009</td><td>Alexandre Nouvel (directeur des finances)</td><td>pouce droit</td>
<td>MINU:27E88B5D…9A20</td><td>07/01/2026</td></tr>
</table>
<p>Journal : 3 échecs d'authentification BIO-0007 le 14/01 (doigt blessé) — ouverture par clé de secours.
Autorisation CNIL / analyse d'impact : en cours de finalisation par la DPO.</p>
""",
)

HTML_PAGES["s075_fiche_agent_annuaire_interne_mentions_rh.html"] = (
    "Annuaire interne — fiche agent",
    """
<h1>Fiche agent — Patrick Delhom</h1>
<table>
<tr><th>Service</th><td>Direction des sports — subventions et vie associative</td></tr>
<tr><th>Téléphone</th><td>05 63 00 43 71</td></tr>
<tr><th>Bureau</th><td>Hôtel de Métropole, 1.08</td></tr>
<tr><th>Remplaçant</th><td>Karine Dalmas</td></tr>
<tr><th>Notes gestionnaire (visibles RH)</th><td>Déchargé du portefeuille boxe (audit AI-2025-08, lien
conjoint). Saisie sur rémunération en cours (plan BDF 2023) — ne pas communiquer. Changement
d'affectation à l'étude.</td></tr>
</table>
""",
)


# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_transparence_vie_publique.html"] = (
    "Transparence et déontologie — Ville de Montbrézac",
    """
<h1>Transparence et déontologie</h1>
<p>La Ville de Montbrézac s'est engagée depuis 2022 dans une démarche de transparence de la vie
publique locale. Cette page rassemble les documents et dispositifs qui permettent à chacun de
connaître les règles applicables aux élus et aux agents, et d'en suivre l'application.</p>
<h2>La charte de déontologie des élus</h2>
<p>Adoptée par le conseil municipal le 27 juin 2022 et modifiée le 10 mars 2025, la charte fixe les
principes (intérêt général, probité, impartialité, transparence, exemplarité) et les procédures :
déclaration simplifiée d'intérêts remise au référent, déport, registre des cadeaux, usage des moyens
de la collectivité. Chaque élu la signe lors de son installation.</p>
<h2>Le comité d'éthique</h2>
<p>Composé de trois personnalités qualifiées et de deux élus, il veille au respect de la charte. Ses
comptes rendus publics sont mis en ligne après chaque séance. Il ne se prononce pas sur la
responsabilité pénale des élus, qui relève de la seule justice.</p>
<h2>Le référent déontologue</h2>
<p>Commun à la Ville, à la Métropole et au CCAS, le référent conseille les élus et les agents. Il est
indépendant et tenu au secret professionnel. Son rapport annuel, anonymisé, est présenté au conseil
municipal et publié ci-dessous.</p>
<h2>Le registre des cadeaux et invitations</h2>
<p>Publié chaque trimestre, il recense les cadeaux et invitations d'une valeur supérieure à 150 euros
reçus par les élus, avec la fonction de l'élu, la nature de l'avantage, son origine et la suite
donnée.</p>
<h2>Les déclarations à la Haute Autorité</h2>
<p>Le maire et les adjoints titulaires d'une délégation déposent des déclarations d'intérêts et de
situation patrimoniale auprès de la Haute Autorité pour la transparence de la vie publique. Les
déclarations d'intérêts sont consultables sur le site hatvp.fr ; les déclarations de patrimoine ne
sont pas publiées.</p>
<h2>Les données ouvertes</h2>
<p>Sont publiés en format ouvert sur le portail de la Métropole : les données essentielles des marchés
publics, les subventions versées aux associations (montant, objet, bénéficiaire), les délibérations,
l'état annuel des frais de mandat des élus.</p>
<h2>Les contrôles externes</h2>
<p>Le rapport d'observations définitives de la chambre régionale des comptes (2025), la réponse du maire
et le rapport sur les suites données sont consultables ci-dessous.</p>
<h2>Documents à télécharger</h2>
<ul>
<li>Charte de déontologie des élus (PDF)</li>
<li>Règlement intérieur du comité d'éthique (PDF)</li>
<li>Comptes rendus publics du comité d'éthique 2023-2025 (PDF)</li>
<li>Rapports d'activité du référent déontologue 2022, 2023, 2024, 2025 (PDF)</li>
<li>Registres trimestriels des cadeaux et invitations (tableur)</li>
<li>État annuel des frais de mandat des élus (PDF)</li>
<li>Rapport de la chambre régionale des comptes et réponse du maire (PDF)</li>
<li>Cartographie des risques — note méthodologique et plan d'actions (PDF)</li>
</ul>
<h2>Signaler des faits</h2>
<p>Les agents, collaborateurs et entreprises titulaires de marchés peuvent utiliser la plateforme de
signalement. Les habitants qui souhaitent porter des faits à la connaissance des autorités peuvent
écrire au maire, au procureur de la République ou aux autorités externes compétentes (Agence française
anticorruption, Défenseur des droits).</p>
<p>Dernière mise à jour : 20 janvier 2026.</p>
""",
)

HTML_PAGES["p137_actualite_nouvelle_plateforme_alerte.html"] = (
    "Actualité — une plateforme unique pour les signalements",
    """
<h1>Une plateforme unique pour signaler des faits graves</h1>
<p><i>Publié le 4 juillet 2023</i></p>
<p>La Ville, la Métropole et le CCAS disposent désormais d'une plateforme commune, sécurisée, pour
recueillir les signalements des lanceurs d'alerte. Accessible depuis un ordinateur ou un téléphone,
elle permet de déposer un signalement de façon confidentielle ou anonyme et d'échanger avec le
référent sans révéler son identité.</p>
<p>Cette plateforme met en œuvre la loi du 21 mars 2022 qui a renforcé la protection des lanceurs
d'alerte. Elle est ouverte aux agents, aux anciens agents, aux candidats, aux collaborateurs
extérieurs et aux salariés des entreprises titulaires de marchés.</p>
""",
)

HTML_PAGES["p138_donnees_essentielles_marches_2025.html"] = (
    "Données essentielles des marchés — extrait 2025",
    """
<h1>Données essentielles des marchés publics — Montbrézac Métropole — 4e trimestre 2025</h1>
<table>
<tr><th>Objet</th><th>Procédure</th><th>Titulaire</th><th>Montant HT</th><th>Date</th></tr>
<tr><td>Nettoyage des locaux administratifs</td><td>appel d'offres ouvert</td>
<td>Les Ateliers du Causse / Net'Sud</td><td>1 765 240 € (4 ans)</td><td>24/10/2025</td></tr>
<tr><td>Assistance cartographie des risques (Ville)</td><td>procédure adaptée</td><td>Probitas Conseil</td>
<td>22 555 €</td><td>05/06/2025</td></tr>
<tr><td>Réfection voirie avenue de Lauzerac</td><td>procédure adaptée</td><td>Colas Sud-Ouest</td>
<td>612 400 €</td><td>14/11/2025</td></tr>
<tr><td>Fourniture de mobilier scolaire</td><td>accord-cadre UGAP</td><td>UGAP</td><td>84 300 €</td>
<td>02/12/2025</td></tr>
</table>
<p>Source : profil d'acheteur de la Métropole — licence ouverte.</p>
""",
)

HTML_PAGES["p139_registre_cadeaux_elus_t4_2025.html"] = (
    "Registre des cadeaux et invitations — 4e trimestre 2025",
    """
<h1>Registre des cadeaux et invitations des élus — 4e trimestre 2025</h1>
<table>
<tr><th>Fonction</th><th>Nature</th><th>Origine</th><th>Valeur</th><th>Suite</th></tr>
<tr><td>Maire</td><td>invitation concert de Noël</td><td>Orchestre d'harmonie</td><td>40 €</td>
<td>acceptée (représentation)</td></tr>
<tr><td>Adjoint aux finances</td><td>agenda en cuir</td><td>banque partenaire</td><td>60 €</td>
<td>remis au protocole</td></tr>
<tr><td>Adjointe à l'éducation</td><td>invitation séminaire à Lyon</td><td>éditeur de logiciels scolaires</td>
<td>620 €</td><td>déclinée sur avis du référent</td></tr>
<tr><td>Conseiller délégué au commerce</td><td>chocolats</td><td>union des commerçants</td><td>35 €</td>
<td>partagés avec le service</td></tr>
</table>
""",
)

HTML_PAGES["p140_faq_laicite_agents_publics.html"] = (
    "FAQ — Laïcité et neutralité des agents",
    """
<h1>Laïcité et neutralité : vos questions</h1>
<h2>Un agent peut-il porter un signe religieux au travail ?</h2>
<p>Non, dans l'exercice de ses fonctions, quel que soit son poste et qu'il soit ou non en contact avec
le public. Il le peut en dehors du service.</p>
<h2>Un usager peut-il porter un signe religieux dans un service public ?</h2>
<p>Oui. Les usagers ne sont pas soumis à l'obligation de neutralité, sous réserve du respect de l'ordre
public et du bon fonctionnement du service.</p>
<h2>Puis-je demander une autorisation d'absence pour une fête religieuse ?</h2>
<p>Oui. Le chef de service l'accorde si elle est compatible avec le fonctionnement normal du service.</p>
<h2>Puis-je refuser une mission pour des motifs religieux ?</h2>
<p>Non. Le refus constitue un manquement à vos obligations.</p>
<h2>À qui m'adresser ?</h2>
<p>Au référent laïcité (le référent déontologue) : deontologue@montbrezac.fr.</p>
""",
)

HTML_PAGES["p141_agenda_formations_deontologie_2026.html"] = (
    "Formations déontologie — 1er semestre 2026",
    """
<h1>Catalogue de formation — déontologie et prévention des risques — 1er semestre 2026</h1>
<ul>
<li>12 février : « Prévenir les conflits d'intérêts au quotidien » (1 jour) — agents exposés</li>
<li>12 mars : « Fraude au faux fournisseur : les bons réflexes » (½ jour) — direction des finances</li>
<li>2 avril : « Conduire une enquête administrative » (3 jours) — enquêteurs désignés</li>
<li>16 avril : « Encadrants : prévenir le harcèlement et les discriminations » (1 jour)</li>
<li>21 mai : « Régisseurs : sécurité des fonds et contrôle interne » (1 jour)</li>
</ul>
<p>Inscriptions auprès de votre correspondant formation.</p>
""",
)

HTML_PAGES["p142_actualite_campagne_vaccination_agents.html"] = (
    "Campagne de vaccination antigrippale des agents",
    """
<h1>Vaccination contre la grippe : c'est le moment</h1>
<p>Le service de médecine préventive organise une campagne de vaccination antigrippale gratuite pour
les agents de la Ville et de la Métropole, du 13 octobre au 28 novembre 2025. La vaccination est
particulièrement recommandée aux agents de plus de 65 ans, aux personnes atteintes de maladies
chroniques (diabète, insuffisance respiratoire, pathologies cardiaques), aux femmes enceintes et aux
agents au contact de publics fragiles (crèches, EHPAD du CCAS, aide à domicile).</p>
<p>Les informations recueillies lors de la vaccination sont couvertes par le secret médical et ne
sont pas transmises à l'employeur. Rendez-vous sur l'intranet, rubrique Santé au travail.</p>
""",
)

HTML_PAGES["p143_evenement_ligue_ethique_conference.html"] = (
    "Conférence-débat : corruption locale, mythe ou réalité ?",
    """
<h1>Conférence-débat — « Corruption locale : mythe ou réalité ? »</h1>
<p>Organisée par la Ligue contre la corruption et pour l'éthique publique en Arvenne (LCEPA),
le jeudi 20 novembre 2025 à 18 h 30, bourse du travail de Pradelles. Entrée libre.</p>
<p>Intervenants : un ancien président de section de chambre régionale des comptes ; une journaliste
d'investigation ; un professeur de droit pénal. Thèmes : les condamnations pour atteinte à la probité
d'élus locaux en France (environ 300 par an selon les statistiques du ministère de la justice), le rôle
des lanceurs d'alerte, la transparence des marchés publics.</p>
""",
)

HTML_PAGES["p144_offre_emploi_inspecteur_general.html"] = (
    "Offre d'emploi — inspecteur(trice) général(e)",
    """
<h1>Montbrézac Métropole recrute un(e) inspecteur(trice) général(e) des services</h1>
<p>Rattaché(e) au directeur général des services, vous conduisez les enquêtes administratives
(harcèlement, discriminations, manquements à la probité), les missions d'inspection des services et
l'appui aux procédures disciplinaires. Vous travaillez en lien étroit avec le référent alerte et la
mission d'audit interne.</p>
<p>Profil : cadre A+ ou A expérimenté(e), juriste de formation ; expérience de l'enquête (inspection,
gendarmerie, magistrature, ressources humaines) ; grande capacité d'écoute ; discrétion absolue.</p>
<p>Candidatures avant le 15 avril 2026.</p>
""",
)

HTML_PAGES["p145_statistiques_nationales_atteintes_probite.html"] = (
    "Repères — les atteintes à la probité en chiffres",
    """
<h1>Repères : les atteintes à la probité en France</h1>
<p>Selon les données publiées par le ministère de la justice et l'Agence française anticorruption, les
juridictions prononcent chaque année environ 800 condamnations pour des infractions d'atteinte à la
probité (corruption, trafic d'influence, prise illégale d'intérêts, favoritisme, détournement de fonds
publics). Près d'un tiers concernent des dépositaires de l'autorité publique ou des personnes chargées
d'une mission de service public, dont une part importante dans les collectivités territoriales.</p>
<p>La prise illégale d'intérêts et le détournement de fonds publics sont les infractions les plus
fréquemment constatées dans le secteur public local. Les peines d'emprisonnement sont majoritairement
assorties du sursis ; les peines d'inéligibilité sont de plus en plus fréquentes.</p>
<p>Ces chiffres, agrégés, sont présentés à des fins pédagogiques lors des formations.</p>
""",
)

HTML_PAGES["p146_synthese_rapport_crc_castelmoret.html"] = (
    "Synthèse — rapport de la chambre régionale des comptes sur Castelmoret",
    """
<h1>Commune de Castelmoret — synthèse du rapport d'observations définitives</h1>
<p>La chambre régionale des comptes des Pays d'Arvenne et du Causse a contrôlé la gestion de la commune
de Castelmoret (6 200 habitants) depuis 2019. Elle relève une situation financière tendue, une
information insuffisante du conseil municipal et l'absence de mise en concurrence pour plusieurs
contrats de travaux passés avec la même entreprise. Elle recommande la désignation d'un référent
déontologue, éventuellement mutualisé, et l'adhésion au dispositif d'alerte de la Métropole.</p>
<p>Le maire indique dans sa réponse que la commune a sollicité son adhésion à la convention de
mutualisation.</p>
""",
)

HTML_PAGES["p147_guide_donnees_personnelles_signalements.html"] = (
    "Signalements et données personnelles",
    """
<h1>Vos données personnelles dans le dispositif d'alerte</h1>
<p>Le traitement des signalements est mis en œuvre par la Métropole, la Ville et le CCAS, responsables
conjoints, sur le fondement d'une obligation légale. Seules les données nécessaires sont collectées :
identité et fonctions de l'auteur (sauf anonymat), des personnes visées et des témoins ; faits
signalés ; éléments recueillis lors de la vérification ; suites données.</p>
<p>Les données sont accessibles au seul référent alerte et à sa juriste. Elles sont conservées le temps
du traitement puis, si aucune suite n'est donnée, détruites ou anonymisées dans un délai de deux mois ;
en cas de procédure, jusqu'à son terme.</p>
<p>Vous pouvez exercer vos droits auprès du délégué à la protection des données :
dpo@montbrezac-metropole.fr. La personne visée par un signalement ne peut obtenir l'identité de son
auteur.</p>
""",
)

HTML_PAGES["p148_guide_agent_contester_sanction.html"] = (
    "Contester une sanction disciplinaire : vos droits",
    """
<h1>Procédure disciplinaire : quels sont vos droits ?</h1>
<p>Avant toute sanction, vous êtes informé des faits reprochés et de votre droit à obtenir la
communication intégrale de votre dossier individuel et à vous faire assister par un ou plusieurs
défenseurs de votre choix.</p>
<p>Pour les sanctions des deuxième, troisième et quatrième groupes, le conseil de discipline, placé
auprès du centre de gestion, est consulté. Vous pouvez présenter des observations écrites et orales,
citer des témoins.</p>
<p>Vous pouvez contester la sanction devant le tribunal administratif dans un délai de deux mois. Le
juge vérifie la matérialité des faits, leur caractère fautif et la proportionnalité de la sanction.</p>
<p>Les sanctions du premier groupe (sauf l'exclusion de trois jours) sont effacées du dossier au bout de
trois ans si aucune autre sanction n'est intervenue.</p>
""",
)

HTML_PAGES["p149_pv_conseil_lauzerac_deports.html"] = (
    "Commune de Lauzerac — procès-verbal du conseil municipal du 2 octobre 2025",
    """
<h1>Conseil municipal de Lauzerac — séance du 2 octobre 2025 (extrait)</h1>
<p>Point 4 — Subventions aux associations. Mme Martine Gélis, présidente de la CUMA de Lauzerac, et
M. Jean Couderc, trésorier du comité des fêtes, se déportent et quittent la salle. Le conseil attribue
2 000 euros à la CUMA pour l'achat d'un broyeur partagé et 6 500 euros au comité des fêtes. Adopté à
l'unanimité des votants.</p>
<p>Point 5 — Adhésion au dispositif de signalement de la Métropole. Le conseil approuve l'adhésion de
la commune à la plateforme mutualisée de recueil des signalements et au référent déontologue commun,
moyennant une participation annuelle de 1 200 euros. Adopté à l'unanimité.</p>
""",
)

HTML_PAGES["p150_rapport_hatvp_collectivites_synthese.html"] = (
    "Synthèse — la déontologie dans les collectivités : enseignements d'une enquête régionale",
    """
<h1>La déontologie dans les collectivités de la Haute-Arvenne : enseignements d'une enquête</h1>
<p>Le centre de gestion de la Haute-Arvenne a interrogé en 2025 les 212 collectivités affiliées.
Résultats : 64 % ont désigné un référent déontologue (le plus souvent celui du centre de gestion) ;
31 % disposent d'une procédure de recueil des signalements ; 12 % ont réalisé une cartographie des
risques d'atteinte à la probité ; 8 % tiennent un registre des cadeaux.</p>
<p>Les freins cités sont le manque de moyens, la méconnaissance des obligations et la crainte de
« susciter la défiance ». Le centre de gestion propose un kit clé en main et une mutualisation de la
plateforme de signalement pour les communes de moins de 10 000 habitants.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
