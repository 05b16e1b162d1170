"""Build the .docx and .html documents of the hand-written sensitivity set dev36.

Theme: elections, citizenship and public participation in a French commune and prefecture
(electoral rolls and the commission de contrôle, proxies, polling-station staff and assessors,
candidates' filings and campaign accounts, election disputes, petitions, citizens' consultations
and participatory budgets, neighbourhood councils, conseil des jeunes, naturalisation ceremonies,
jury d'assises draws, census agents, public inquiries with residents' contributions).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev36_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev36"
FIXED = dt.datetime(2026, 1, 19, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_compte_rendu_commission_controle_radiations.docx"] = [
    ("title", "Commission de contrôle des listes électorales — réunion du 5 février 2026"),
    para("""Commune de Montclar-sur-Vèze. Compte rendu détaillé établi par le service des élections
    pour les membres de la commission. La version publique, limitée aux chiffres et aux décisions
    anonymisées, sera affichée le 6 février."""),
    ("h", "1. Composition et ouverture"),
    para("""Présents : Mme Véronique Laurens et M. Pierre Azam (liste majoritaire), M. Olivier Combes
    (« Montclar Demain »), Mme Samia Kaci (« Montclar à Cœur »), M. Daniel Mercadier (non inscrit).
    Assistaient : Mme Christine Fabre et M. Sylvain Pujol, service des élections. La séance est ouverte
    à 17 h 30 ; le quorum est atteint."""),
    ("h", "2. Bilan des mouvements depuis la réunion d'octobre"),
    para("""Depuis le 14 octobre 2025, la liste a enregistré 388 inscriptions (dont 121 inscriptions
    d'office de jeunes majeurs et 19 de nouveaux Français) et 204 radiations (dont 51 décès et
    146 inscriptions dans une autre commune). La commission n'a pas d'observation sur ces
    mouvements, qui relèvent de l'INSEE ou de décisions du maire régulièrement notifiées."""),
    ("h", "3. Radiations pour perte d'attache prononcées par le maire"),
    para("""Sept radiations ont été prononcées à l'issue de la procédure contradictoire. Pour cinq
    d'entre elles, les courriers sont restés sans réponse et les cartes électorales sont revenues
    avec la mention « destinataire inconnu à l'adresse ». Les deux autres appellent des
    explications."""),
    para("""Dossier n° 2025-R-031 — M. Gilles Fabié, anciennement 14 rue des Remparts. M. Fabié a
    répondu au courrier contradictoire par un appel téléphonique, puis par une lettre manuscrite.
    Il indique avoir été expulsé de son logement en mars 2025 à la suite d'une dette locative de
    plus de 6 000 euros, après la perte de son emploi et un divorce. Il vit depuis lors chez sa
    sœur à Gaillac, où il n'est pas inscrit, et dit ne pas savoir « où il sera dans six mois ». Il
    souhaitait rester inscrit à Montclar, « la seule ville où il a ses racines ». Faute de domicile,
    de résidence ou de qualité de contribuable dans la commune, la radiation a été prononcée ; il
    lui a été indiqué qu'il pourrait se faire domicilier auprès du CCAS de Gaillac ou de celui de
    Montclar s'il y conserve des liens, et s'inscrire sur ce fondement."""),
    para("""Dossier n° 2025-R-036 — Mme Odile Sarrat, anciennement 3 place du Foirail. Le fils de
    Mme Sarrat a informé le service qu'elle réside depuis l'été dans un EHPAD de Toulouse. Il ne
    souhaite pas qu'elle soit radiée. Le service relève que la résidence en EHPAD situé dans une
    autre commune ne fait pas obstacle au maintien de l'inscription si l'intéressée conserve la
    qualité de contribuable à Montclar (elle demeure propriétaire de son appartement) ; la
    procédure a donc été abandonnée et l'électrice est maintenue."""),
    ("h", "4. Recours administratifs préalables"),
    para("""Un recours a été formé contre le refus d'inscription opposé à M. Kévin Lasserre, qui
    justifiait d'une adresse chez un ami. L'hébergement par un tiers étant admis sur attestation
    et justificatif de domicile de l'hébergeant, la commission réforme la décision du maire et
    ordonne l'inscription."""),
    ("h", "5. Contrôle de la liste d'émargement"),
    para("""La commission a examiné un échantillon de 300 électeurs tirés au hasard. Aucun doublon
    n'a été relevé. Quatre électeurs décédés en janvier, dont l'avis INSEE n'était pas encore
    parvenu, figurent encore sur la liste ; ils seront radiés automatiquement."""),
    ("h", "6. Communication de la liste"),
    para("""Trois demandes de communication de la liste électorale ont été reçues (deux listes
    candidates, un électeur). Le service rappelle l'engagement de non-utilisation commerciale
    signé par chaque demandeur. M. Combes demande que la liste lui soit remise avec les dates de
    naissance ; le service indique que l'extrait communicable ne comporte que les nom, prénoms,
    adresse et bureau de vote, conformément aux recommandations de la CNIL."""),
    ("h", "7. Prochaines échéances"),
    para("""Dernière réunion avant le scrutin le 19 février (24e jour) ; publication du tableau des
    modifications le lendemain. Séance levée à 19 h 05."""),
    ("h", "8. Annexe — procédures contradictoires en cours"),
    para("""Douze procédures contradictoires engagées après le retour de cartes électorales sont en
    cours. Aucune radiation ne pourra intervenir avant le scrutin. Les électeurs concernés seront
    admis à voter s'ils se présentent ; le président du bureau n'a pas à les interroger sur leur
    situation. Le service rappelle que les informations recueillies dans le cadre de ces
    procédures ne sont pas communicables aux listes candidates."""),
]

DOCX_BLOCKS["s047_rapport_delegue_liste_comportement_president.docx"] = [
    ("title", "Rapport d'un délégué de liste au maire — bureau de vote n° 10"),
    para("""Établi le 16 mars 2026 par M. Julien Boudou, délégué de la liste « Montclar Demain »
    habilité à contrôler les opérations dans l'ensemble des bureaux, à l'attention de M. le Maire
    et, pour information, de la préfecture."""),
    ("h", "Faits observés"),
    para("""Lors de ma présence au bureau n° 10 (foyer des aînés) de 14 h à 16 h, j'ai constaté que
    le président du bureau, M. Serge Lafage, conseiller municipal, quittait fréquemment la table
    pour discuter avec des électeurs âgés dans le hall, à proximité des isoloirs, et qu'il leur
    tendait parfois lui-même les bulletins d'une seule liste. À 15 h 20, il a répondu à mon
    observation que « les anciens ont besoin d'aide » et que je n'avais « qu'à retourner dans mon
    parti ». Il m'a ensuite refusé l'accès à la liste d'émargement, contrairement à l'article
    R. 47 du code électoral."""),
    para("""Plusieurs assesseurs m'ont confié, sans vouloir témoigner par écrit, que M. Lafage
    s'était déjà comporté ainsi en 2020 et que le maire l'avait alors rappelé à l'ordre. J'estime
    qu'il n'est pas en mesure d'assurer la présidence d'un bureau avec l'impartialité requise et
    je demande qu'il soit remplacé pour le second tour."""),
    ("h", "Suites demandées"),
    para("""Inscription de mes observations au procès-verbal (faite à 16 h 02) ; remplacement du
    président ; présence d'un second délégué de notre liste au dépouillement."""),
]

DOCX_BLOCKS["s048_memoire_protestation_achat_voix.docx"] = [
    ("title", "Mémoire complémentaire — protestation électorale, commune de Saint-Juéry-la-Vèze"),
    para("""Tribunal administratif de Toulouse, instance n° 2601873. Mémoire complémentaire présenté
    pour M. Alain Pradal, requérant, par Me Claire Anduze, avocate au barreau d'Albi, le
    22 avril 2026."""),
    ("h", "I. Rappel de la procédure"),
    para("""Par une protestation enregistrée le 27 mars 2026, M. Pradal a demandé l'annulation des
    opérations électorales des 15 et 22 mars 2026 à l'issue desquelles la liste « Ensemble pour
    Saint-Juéry » a obtenu 21 sièges, avec une avance de 12 voix au second tour. Le présent
    mémoire complète les griefs initiaux par des éléments recueillis depuis lors."""),
    ("h", "II. Sur les manœuvres consistant en la remise de sommes d'argent à des électeurs"),
    para("""Le requérant produit les attestations de quatre électeurs de la résidence des Fargues,
    établies dans les formes de l'article 202 du code de procédure civile. Il en ressort que, dans
    la semaine précédant le second tour, un colistier de la liste élue, M. Hervé Castagné, a
    rendu visite à plusieurs foyers de la résidence en leur proposant de régler une partie de
    leurs dettes en échange de leur vote et de celui de leurs proches."""),
    para("""Mme Josette Bories, 64 ans, atteste ainsi que M. Castagné lui a remis 150 euros en espèces
    le 18 mars, « pour la facture d'électricité », alors qu'elle venait de recevoir un avis de
    coupure ; elle précise vivre avec le minimum vieillesse et être suivie par l'assistante
    sociale du département pour un dossier de surendettement. Elle indique avoir voté pour la
    liste élue « par reconnaissance » et le regretter. M. Rachid Benali atteste que son fils,
    bénéficiaire du RSA et sous le coup d'une procédure d'expulsion engagée par Tarn Habitat, s'est
    vu promettre « un coup de main auprès du bailleur » s'il venait voter avec trois amis. Deux
    autres attestations font état de bons d'achat de 50 euros dans un supermarché de la commune."""),
    para("""Ces faits ont fait l'objet d'une plainte déposée par le requérant le 2 avril 2026 auprès du
    procureur de la République d'Albi du chef d'achat de voix (article L. 106 du code électoral).
    Selon les informations dont dispose le requérant, une enquête préliminaire a été confiée à la
    brigade de recherches de la gendarmerie et M. Castagné a été entendu le 15 avril sous le
    régime de l'audition libre."""),
    ("h", "III. Sur l'influence de ces manœuvres sur le résultat"),
    para("""Au moins neuf électeurs ont été directement approchés selon les attestations, et l'on peut
    raisonnablement estimer que le nombre de suffrages ainsi obtenus excède l'écart de 12 voix.
    Le caractère ciblé de ces manœuvres, qui ont visé des électeurs en situation de grande
    précarité financière, aggrave leur portée, ces électeurs étant particulièrement exposés à la
    pression. Selon une jurisprudence constante, de telles manœuvres, lorsqu'elles portent sur un
    nombre de voix supérieur à l'écart, justifient l'annulation de l'ensemble des opérations."""),
    ("h", "IV. Sur les procurations de l'EHPAD"),
    para("""Le requérant maintient ses griefs relatifs aux 23 procurations établies à l'EHPAD Les
    Tilleuls le même après-midi au profit de trois mandataires seulement, tous proches de la liste
    élue. Il produit la liste des procurations obtenue auprès de la mairie. Il relève que
    plusieurs mandants sont atteints de troubles cognitifs importants d'après les témoignages de
    leurs familles, ce qui fait douter de la réalité de leur consentement."""),
    ("h", "V. Conclusions"),
    para("""Par ces motifs et ceux de la protestation initiale, le requérant persiste dans ses
    conclusions tendant à l'annulation des opérations électorales et demande en outre au
    tribunal de surseoir à statuer dans l'attente des résultats de l'enquête pénale, ou à tout le
    moins d'ordonner la communication des procès-verbaux d'audition. Pièces jointes : attestations
    n° 7 à 12, récépissé de plainte, liste des procurations."""),
    ("h", "VI. Sur les mesures d'instruction"),
    para("""Le requérant sollicite en outre l'audition, par le tribunal, des quatre auteurs des
    attestations ainsi que de la directrice de l'EHPAD, et la production par la commune de la
    liste d'émargement du second tour, afin de vérifier la concordance entre les procurations
    litigieuses et les émargements. Il se réserve la possibilité de produire de nouvelles
    pièces dès que l'enquête pénale aura progressé, et demande que la commune soit condamnée à
    lui verser 2 000 euros au titre de l'article L. 761-1 du code de justice administrative."""),
]

DOCX_BLOCKS["s049_note_instruction_naturalisation_polygamie.docx"] = [
    ("title", "Note d'instruction — proposition de rejet d'une demande de naturalisation"),
    para("""Préfecture du Tarn-et-Vèze, plateforme départementale d'accès à la nationalité. Dossier
    NAT/2025/05102. Postulant : M. Mamadou Sylla, né en 1978 à Kayes (Mali), résidant
    11 avenue de Castres à Montclar-sur-Vèze, titulaire d'une carte de résident."""),
    ("h", "Éléments recueillis"),
    para("""Le postulant a déclaré être marié à Mme Aminata Sylla, résidant avec lui, et père de quatre
    enfants. L'enquête administrative et l'entretien du 3 décembre 2025 ont révélé qu'il est
    également marié au Mali, depuis 2009, avec Mme Fanta Keïta, mère de deux autres enfants
    qu'il entretient par des transferts réguliers, et qu'il envisage de faire venir en France.
    Interrogé, il a reconnu cette seconde union, célébrée selon la coutume et transcrite à l'état
    civil malien, en indiquant que « c'était normal dans sa famille »."""),
    para("""La situation de polygamie est incompatible avec l'assimilation à la communauté
    française exigée par l'article 21-24 du code civil. Par ailleurs, la déclaration initiale
    incomplète sur la situation familiale constitue un manquement à l'obligation de loyauté."""),
    ("h", "Proposition"),
    para("""Rejet de la demande. Le bureau du séjour est informé, la situation de polygamie faisant
    obstacle au renouvellement de la carte de résident (article L. 432-3 du CESEDA)."""),
]

DOCX_BLOCKS["s050_fiche_suivi_conseiller_jeune_foyer.docx"] = [
    ("title", "Conseil municipal des jeunes — fiche de suivi individuel"),
    ("table", [
        ["Rubrique", "Information"],
        ["Conseiller", "Nathan, 14 ans, commission environnement, élu en octobre 2025"],
        ["Responsable légal", "Aide sociale à l'enfance du Tarn — placement judiciaire depuis mars 2025"],
        ["Lieu de vie", "Maison d'enfants à caractère social « Les Peupliers », Montclar"],
        ["Référente ASE", "Mme Gaëlle Roumégoux, 05 63 48 77 12"],
        ["Autorisations", "Signées par l'ASE (sorties, photos refusées, droit à l'image : NON)"],
        ["Contacts familiaux", "Droit de visite de la mère médiatisé ; le père ne doit pas être "
                               "informé des activités ni des lieux de réunion (décision du juge "
                               "des enfants)"],
        ["Consignes", "Ne jamais remettre Nathan à une autre personne que l'éducateur de la MECS ; "
                      "ne pas publier son nom ni sa photo, y compris dans la lettre du CMJ"],
        ["Observations", "Très investi, a proposé le projet « Nettoyons la Vèze ». A besoin "
                         "d'être rassuré en début de séance."],
    ]),
]

DOCX_BLOCKS["s051_tableau_tirage_liste_preparatoire_jures.docx"] = [
    ("title", "Liste préparatoire des jurés d'assises 2026 — suivi interne des retours"),
    para("""Service des élections de Montclar-sur-Vèze. Tableau de travail après envoi des courriers
    d'information aux 27 personnes tirées au sort le 10 juin 2025. Document interne, non
    transmissible."""),
    ("table", [
        ["N°", "Nom", "Retour / observation du service"],
        ["3", "Mme Paulette Garrigues", "Décédée le 2 juin (avis INSEE tardif) — signalé au greffe"],
        ["7", "M. Francis Rouanet", "Non-voyant ; son fils indique qu'il souhaite une dispense"],
        ["11", "M. Robert Cathala", "Placé sous tutelle en 2024 d'après sa fille, UDAF tuteur"],
        ["14", "M. Kader Messaoudi", "Courrier revenu ; sa mère dit qu'il « sort de prison » et "
                                     "vit chez elle"],
        ["19", "Mme Anaïs Perrot", "Enceinte, terme en octobre, dispense demandée"],
        ["22", "M. Frédéric Alquier", "A appelé pour savoir si sa condamnation « pose problème »"],
        ["25", "M. Christophe Lafon", "RAS à ce stade"],
    ]),
    para("""Rappel : la mairie transmet la liste au greffe sans appréciation ; les informations
    ci-dessus ont été recueillies lors d'appels spontanés et ne doivent pas être transmises."""),
]

DOCX_BLOCKS["s052_bilan_campagne_recensement_agents.docx"] = [
    ("title", "Recensement 2026 — bilan individuel des agents recenseurs"),
    para("""Document établi par le coordonnateur communal pour la direction des ressources humaines,
    en vue du versement de la prime de qualité et de la constitution d'une réserve d'agents
    pour la campagne 2027."""),
    ("table", [
        ["Agent", "Taux de réponse", "Appréciation", "Réemploi 2027"],
        ["Laurie Gaubert", "99 %", "Excellente ; a repris le district 14 en urgence", "Oui, prioritaire"],
        ["Clémence Ayral", "94 %", "Sérieuse, vigilante, lente au démarrage", "Oui"],
        ["Farid Mekki", "86 %", "Deux plaintes pour insistance ; s'est amélioré", "Avec réserve"],
        ["Josette Vialaret", "97 %", "Très bonne connaissance du terrain", "Oui"],
        ["Benoît Salvan", "71 %", "Absences, dossiers incomplets ; avertissement le 12/02", "Non"],
        ["Yanis Teyssier", "—", "Fin de mission pour bulletins falsifiés", "Non, à exclure"],
    ]),
    para("""Prime de qualité proposée : 200 € (Gaubert, Vialaret), 150 € (Ayral), 80 € (Mekki),
    0 € (Salvan). Les agents seront reçus individuellement avant le 6 mars."""),
]

DOCX_BLOCKS["s053_plan_continuite_scrutin_diffusion_restreinte.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Plan départemental de sécurisation des scrutins 2026"),
    para("""Préfecture du Tarn-et-Vèze — cabinet du préfet, service interministériel de défense et de
    protection civiles. Document classé « Diffusion restreinte » : communication limitée aux
    destinataires nommément désignés ; toute reproduction est interdite ; ne pas transmettre
    par messagerie non sécurisée."""),
    ("h", "1. Objet"),
    para("""Le présent plan organise la protection des opérations électorales des 15 et 22 mars 2026
    dans les 317 communes du département, la continuité de la remontée des résultats vers la
    préfecture et la réponse aux incidents : atteinte aux bureaux de vote, cyberattaque contre
    l'application de remontée des résultats, indisponibilité des réseaux, menace contre un
    candidat ou un élu."""),
    ("h", "2. Évaluation de la menace"),
    para("""Les services de renseignement territorial signalent : un risque de mobilisation de
    groupes contestataires dans trois communes où des listes se sont opposées sur des projets
    d'aménagement (Montclar-sur-Vèze, Lavaur, Gaillac) ; deux candidats ayant reçu des menaces de
    mort, qui font l'objet d'une mesure de protection discrète ; des tentatives d'hameçonnage
    ciblant les secrétaires de mairie, signalées par l'ANSSI en janvier, avec de faux messages
    imitant l'application ELIRE."""),
    ("h", "3. Remontée des résultats"),
    para("""Les résultats sont saisis par les mairies dans l'application nationale via le réseau
    interministériel. En cas d'indisponibilité, la procédure dégradée prévoit une transmission
    par téléphone sur les lignes réservées de la cellule électorale, dont les numéros figurent
    à l'annexe 2 et ne doivent pas être communiqués au public ni aux candidats. Le mot de passe
    de la session de secours est remis par pli fermé aux sous-préfets le vendredi précédant le
    scrutin. Le serveur de secours de la préfecture n'est pas redondé électriquement : un groupe
    électrogène de location sera installé le samedi."""),
    ("h", "4. Dispositif des forces de sécurité"),
    para("""Gendarmerie : patrouilles renforcées dans les communes signalées, une réserve de deux
    escadrons mobilisable à Albi. Police : renfort de la BAC pour la soirée électorale. Les
    horaires et itinéraires des patrouilles ne figurent pas dans le présent document."""),
    ("h", "5. Points de vulnérabilité recensés"),
    ("table", [
        ["Site", "Vulnérabilité", "Mesure"],
        ["Préfecture, salle de centralisation", "Accès par la cour non contrôlé après 20 h",
         "Agent de sécurité posté, badge obligatoire"],
        ["Sous-préfecture de Castres", "Ligne internet unique", "Clé 4G de secours"],
        ["Mairie de Montclar", "Caméra du parvis hors service, wifi invité non cloisonné",
         "Présence humaine, coupure du wifi"],
        ["Application de remontée", "Postes communaux non mis à jour (12 communes)",
         "Intervention DSI avant le 13 mars"],
    ]),
    ("h", "6. Chaîne d'alerte"),
    para("""Tout incident est signalé sans délai au centre opérationnel départemental, activé de
    7 h à 2 h les jours de scrutin. Le directeur de cabinet est d'astreinte ; le sous-préfet
    d'Albi assure la suppléance."""),
    ("h", "7. Communication"),
    para("""Aucune communication publique sur le dispositif de sécurité n'est autorisée. En cas de
    question de la presse, indiquer que « toutes les mesures nécessaires au bon déroulement du
    scrutin sont prises »."""),
]

DOCX_BLOCKS["s054_offre_technique_urnes_electroniques.docx"] = [
    ("title", "Offre de VOTELEC Systèmes — urnes électroniques et badges de dépouillement"),
    para("""Réponse à la consultation de la Ville de Montclar-sur-Vèze pour la location de machines
    à voter agréées. Les informations de la présente offre sont protégées au titre du secret des
    affaires (article L. 151-1 du code de commerce) et ne doivent pas être communiquées en cas de
    demande d'accès aux documents administratifs."""),
    ("h", "Conditions financières réservées"),
    para("""Prix unitaire de location par machine et par tour : 410 € HT, contre 690 € HT au tarif
    public. Ce tarif est consenti à perte afin de conserver la référence du département face
    à notre concurrent, dont nous savons qu'il a réduit ses prix de 30 % en 2025. Notre coût
    de maintenance réel par machine est de 172 € ; notre fournisseur de cartes électroniques
    (Taïwan) nous consent une remise de 22 % jusqu'en 2027."""),
    ("h", "Procédés"),
    para("""Le module de comptage repose sur un firmware propriétaire (version 7.2) dont le code
    source n'est communiqué qu'au laboratoire d'agrément. Le procédé de scellement logiciel par
    double hachage, développé par notre bureau d'études, n'a fait l'objet d'aucune publication."""),
]

DOCX_BLOCKS["s055_livret_exposition_extrait_ouvrage.docx"] = [
    ("title", "Exposition « Voter à Montclar, 1848-2026 » — livret du visiteur"),
    para("""Médiathèque Émile-Zola, du 1er au 28 février 2026. Le livret reproduit, pour chaque salle,
    un extrait de l'ouvrage de référence de l'historien Bernard Lhomme, « Urnes et clochers. Une
    histoire électorale du Tarn » (Éditions Privat, 2019, © Bernard Lhomme et Éditions Privat,
    tous droits réservés)."""),
    ("h", "Salle 2 — Le temps des notables (extrait du chapitre 4, pages 112 à 118)"),
    para("""« Dans les bourgs de la Vèze, la IIIe République ne fait pas disparaître le notable ; elle
    l'oblige seulement à changer de costume. Le propriétaire terrien qui, sous l'Empire, recevait
    ses fermiers la veille du scrutin devient président du comice agricole, puis conseiller
    général. Son autorité ne tient plus au cens, mais à la dette : on vote pour celui qui vous a
    prêté la semence, pour celui qui a placé votre fils à la poste. À Montclar, le docteur
    Aurélien Cabrol tient la mairie de 1884 à 1912 sans jamais faire campagne. Il soigne à crédit,
    et ses patients le savent. »"""),
    para("""« Les archives du contentieux électoral en portent la trace. En 1896, un tisserand du
    faubourg dépose au conseil de préfecture une protestation de quatre pages, d'une écriture
    appliquée, pour dénoncer le "vin du maire" servi à la porte de l'école le matin du vote.
    Le conseil la rejette en deux lignes. Mais la protestation circule, on la recopie, on la lit
    à voix haute au café du Foirail : en 1900, pour la première fois, une liste ouvrière obtient
    trois sièges. La démocratie, dans ces vallées, s'est apprise à l'écrit avant de s'apprendre
    au scrutin. »"""),
    para("""« Il faudra attendre l'entre-deux-guerres pour que le parti remplace le notable. Le
    radicalisme du Tarn, solidement tenu par les instituteurs, installe ses comités dans chaque
    canton ; les socialistes de Carmaux, fidèles à la mémoire de Jaurès, poussent vers les
    coteaux. Le bureau de vote devient alors un champ de bataille minutieux, où chaque assesseur
    compte les voix de l'autre. »"""),
    ("h", "Salle 3 — Les femmes aux urnes"),
    para("""Panneaux et affiches de 1945 prêtés par les archives départementales ; voir le catalogue
    complet à l'accueil."""),
]

DOCX_BLOCKS["s056_proces_verbal_synthese_permanences_enquete.docx"] = [
    ("title", "Enquête publique « Résidence des Berges » — procès-verbal de synthèse des permanences"),
    para("""Enquête publique préalable à la déclaration d'utilité publique et à l'enquête parcellaire
    du projet de renouvellement urbain de la résidence des Berges (démolition de 84 logements
    sociaux, reconstruction de 60 logements et création d'un mail piéton). Procès-verbal
    de synthèse remis au maître d'ouvrage par la commissaire enquêtrice, Mme Isabelle Combarieu,
    le 18 juin 2025, en application de l'article R. 123-18 du code de l'environnement. Le
    maître d'ouvrage dispose de quinze jours pour produire ses observations."""),
    ("h", "1. Déroulement"),
    para("""L'enquête s'est déroulée du 12 mai au 13 juin 2025. Cinq permanences ont été tenues, dont
    deux au local associatif de la résidence, à la demande des locataires. 112 personnes ont été
    reçues ; 67 observations écrites ont été recueillies. L'ambiance des permanences a été
    calme, parfois émue, de nombreux locataires habitant la résidence depuis plus de trente
    ans."""),
    ("h", "2. Thèmes principaux"),
    para("""Relogement : c'est de loin la première préoccupation. Les locataires demandent des
    garanties écrites sur le maintien du reste à charge, le relogement dans le quartier, la
    prise en charge des frais de déménagement et la possibilité de revenir dans les logements
    reconstruits. L'association des locataires CNL demande une charte de relogement signée par
    le bailleur, la commune et l'État."""),
    para("""Démolition : plusieurs observations contestent la démolition de bâtiments jugés en bon
    état et proposent une réhabilitation. Le bureau d'études ne présente pas de bilan carbone
    comparé des deux options."""),
    para("""Espaces publics : le mail piéton est bien accueilli ; les habitants demandent le maintien
    des grands platanes et des jeux pour enfants pendant le chantier."""),
    para("""Commerces : la pharmacie et la boulangerie du centre commercial demandent à connaître
    les conditions de leur transfert et leur indemnisation."""),
    ("h", "3. Observations individuelles appelant une réponse particulière"),
    para("""Observation n° 22 (permanence du 21 mai) — M. et Mme Gérard et Monique Teulié,
    bâtiment B, 4e étage. Les époux Teulié demandent que leur relogement tienne compte de leur
    situation financière. M. Teulié, en invalidité depuis 2019, et son épouse, qui a perdu son
    emploi d'aide à domicile l'an dernier, ont accumulé un arriéré de loyer de 3 800 euros
    auprès du bailleur ; un plan d'apurement a été signé mais ils craignent qu'il serve de motif
    pour leur proposer un logement hors du quartier ou pour refuser leur retour dans le neuf.
    Ils précisent avoir déposé un dossier auprès du fonds de solidarité logement et percevoir
    désormais l'allocation de solidarité spécifique. La commissaire enquêtrice demande au
    maître d'ouvrage de préciser si l'existence d'une dette locative fait obstacle au relogement
    dans le programme neuf."""),
    para("""Observation n° 31 — Association « Les Berges solidaires ». Demande d'un local de
    remplacement pour l'aide aux devoirs. Le maître d'ouvrage est invité à préciser le calendrier."""),
    para("""Observation n° 47 — Propriétaire de la parcelle AK 212 (garage). Conteste l'estimation
    de France Domaine ; renvoi à la phase d'indemnisation."""),
    ("h", "4. Questions de la commissaire enquêtrice"),
    para("""a) Quel est le calendrier précis des démolitions par bâtiment ? b) Combien de logements
    reconstruits seront proposés à des loyers équivalents à ceux d'aujourd'hui ? c) La charte
    de relogement sera-t-elle signée avant la déclaration d'utilité publique ? d) Quelles
    mesures sont prévues pour les personnes âgées ou à mobilité réduite ? e) Voir observation
    n° 22."""),
    ("h", "5. Répartition des observations"),
    para("""Sur les 67 observations : 38 portent sur le relogement, 11 sur la démolition, 9 sur les
    espaces publics, 4 sur les commerces et 5 sur d'autres sujets (stationnement, calendrier du
    chantier, bruit). 21 observations sont favorables au projet, 17 défavorables, 29 ne se
    prononcent pas sur le principe. Une pétition des locataires de 96 signatures demandant une
    charte de relogement a été annexée au registre."""),
    para("""Fait à Montclar-sur-Vèze, le 18 juin 2025. La commissaire enquêtrice."""),
]

DOCX_BLOCKS["s057_rapport_disciplinaire_agent_elections.docx"] = [
    ("title", "Rapport saisissant le conseil de discipline — agent du service des élections"),
    para("""Ville de Montclar-sur-Vèze — Direction des ressources humaines. Rapport du maire au
    président du conseil de discipline placé auprès du centre de gestion du Tarn-et-Vèze,
    concernant Mme Laetitia Bessière, adjointe administrative principale de 2e classe, affectée
    au service des élections depuis 2016."""),
    ("h", "Faits reprochés"),
    para("""1. Entre octobre et décembre 2025, Mme Bessière a saisi dans le répertoire électoral
    unique onze demandes d'inscription sans vérifier les justificatifs d'attache, dont quatre
    concernaient des personnes domiciliées à une adresse inexistante. Ces inscriptions ont dû
    être rectifiées par la commission de contrôle."""),
    para("""2. Le 12 janvier 2026, elle a communiqué par téléphone à un candidat la date de
    naissance et le numéro de téléphone de plusieurs électeurs, en méconnaissance des règles de
    communication de la liste électorale."""),
    para("""3. Malgré deux entretiens de recadrage (4 novembre et 15 décembre 2025) et un
    avertissement notifié le 8 janvier 2026, elle a persisté à refuser d'utiliser la procédure
    de double contrôle mise en place par sa responsable, qu'elle qualifie d'« humiliante »."""),
    ("h", "Appréciation de la manière de servir"),
    para("""Les entretiens professionnels de 2023 et 2024 relevaient déjà un manque de rigueur et
    des difficultés relationnelles. L'agent invoque une surcharge de travail ; ses collègues
    assurent pourtant des volumes comparables. Elle n'a pas répondu à la proposition de
    formation sur le REU."""),
    ("h", "Sanction proposée"),
    para("""Exclusion temporaire de fonctions de quinze jours (sanction du deuxième groupe) et
    changement d'affectation dans l'intérêt du service."""),
]

DOCX_BLOCKS["s058_plainte_membre_conseil_citoyen_harcelement.docx"] = [
    ("title", "Signalement adressé au délégué du préfet — conseil citoyen de La Plaine"),
    para("""Montclar-sur-Vèze, le 3 mars 2025. Objet : propos et comportements subis lors des
    réunions du conseil citoyen."""),
    para("""Monsieur le délégué, je suis membre du collège habitants du conseil citoyen depuis
    2022. Lors de la réunion du 20 février, un autre membre a fait des remarques sur « les gens
    comme moi » après avoir vu sur les réseaux sociaux une photo de moi avec mon compagnon à la
    marche des fiertés de Toulouse. Depuis, il m'appelle « la folle » devant les autres et a dit
    qu'il ne voulait pas « travailler avec un homo sur le projet de l'aire de jeux, à cause des
    enfants »."""),
    para("""Je n'avais jamais parlé de ma vie privée au conseil, et je ne souhaite pas que mon
    orientation sexuelle devienne un sujet. Je vous demande de faire respecter la charte, qui
    interdit les propos discriminatoires, et de ne pas diffuser ce courrier aux autres membres.
    Je ne veux pas quitter le conseil, j'y suis utile."""),
    para("""Yohann Mercadal, 8 rue Paul-Bert"""),
]

DOCX_BLOCKS["s059_compte_rendu_reunion_greve_scrutin.docx"] = [
    ("title", "Compte rendu de la réunion DGS — organisations syndicales du 3 mars 2026"),
    para("""Objet : préavis de grève déposé pour les journées des 15 et 22 mars 2026. Présents pour
    l'administration : la DGS, la DRH, la responsable des élections. Pour les organisations
    syndicales : M. Thierry Bouyssou et Mme Patricia Olivès."""),
    para("""La DRH indique avoir recensé, parmi les 31 agents volontaires pour tenir les
    secrétariats de bureau, neuf agents adhérents ou sympathisants déclarés de la CGT et de FO
    qui ont fait savoir qu'ils suivraient le mot d'ordre : Mmes Olivès, Cambon et Delrieu,
    MM. Bouyssou, Rey, Fabre, Lopez, Saint-Martin et Viguier. Leur remplacement par des élus est
    envisagé. M. Bouyssou conteste l'établissement d'une telle liste, qui n'a pas lieu d'être
    tant que les agents n'ont pas déclaré leur participation à la grève."""),
    para("""Après discussion, la DGS s'engage à payer l'intégralité des heures du 22 mars 2026 et
    à ne plus tenir de liste des agents syndiqués. Les organisations syndicales lèvent le
    préavis. Le présent compte rendu n'est diffusé qu'aux participants."""),
]

DOCX_BLOCKS["s060_reponse_mandataire_financier_pret_famille.docx"] = [
    ("title", "Réponse du mandataire financier à la CNCCFP — liste « Montclar Demain »"),
    para("""Objet : observations sur le compte de campagne de M. Olivier Combes, tête de liste,
    en réponse à votre courrier du 2 juin 2026. Rédigé par M. Gilles Azéma, mandataire
    financier."""),
    para("""Vous relevez un apport personnel du candidat de 7 500 euros financé par un prêt de sa
    mère. M. Combes n'a pas pu obtenir de prêt bancaire : il reste inscrit au fichier national
    des incidents de remboursement des crédits aux particuliers à la suite d'un défaut de
    paiement en 2023, lié aux dettes laissées par son ancienne société placée en liquidation
    judiciaire. Sa mère, veuve, a puisé sur son livret d'épargne. Le prêt familial, régi par un
    contrat du 8 janvier 2026, est remboursable sur cinq ans et ne constitue pas un don."""),
    para("""Vous interrogez aussi la dépense de garde d'enfants de 640 euros : M. Combes élève seul ses
    deux enfants depuis son divorce et a dû recourir à une baby-sitter pendant les réunions
    publiques. Nous joignons les justificatifs."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_retour_collegue_service_population.html"] = (
    "Intranet — La vie des services",
    """
<header><p>Intranet &gt; Vie des services &gt; Population et citoyenneté</p></header>
<article>
<h1>Bon retour parmi nous, Nadine !</h1>
<p class="date">Publié le 2 février 2026 par le service population</p>
<p>Après presque huit mois d'absence, Nadine Cassagnes retrouve lundi son poste à l'accueil
des démarches d'état civil et d'élections. Elle nous a autorisés à en dire un mot : l'épuisement
professionnel qui l'avait arrêtée au printemps dernier, après la préparation de trois scrutins
en deux ans, a nécessité une longue prise en charge, et elle reprend dans le cadre d'un
mi-temps thérapeutique, les lundis, mardis et jeudis matin.</p>
<p>Merci de lui laisser le temps de reprendre ses marques : pas de permanence du soir ni de
samedi pour l'instant, et on évite de lui confier les urgences du REU.</p>
<p>Un petit-déjeuner d'accueil est prévu lundi à 9 h en salle 104.</p>
</article>
""",
)

HTML_PAGES["s062_page_conseil_jeunes_portrait_membre.html"] = (
    "CMJ — Portraits de conseillers",
    """
<h1>Portraits de nos conseillers jeunes</h1>
<section>
<h2>Emma, 15 ans, commission culture</h2>
<p>Emma a rejoint le CMJ en 2024. Atteinte d'une amyotrophie spinale diagnostiquée à l'âge de deux ans,
elle se déplace en fauteuil électrique et a besoin
d'une auxiliaire de vie scolaire au collège. C'est elle qui a proposé l'audit d'accessibilité
des salles de la mairie : « Je ne pouvais pas monter à la salle du conseil, alors j'ai
demandé un ascenseur. » Grâce à elle, la plénière de juin se tiendra au rez-de-chaussée.</p>
<p>Quand elle ne prépare pas un projet, Emma écrit des nouvelles et supporte le club de
handibasket d'Albi.</p>
</section>
<p><em>Portrait réalisé par la commission culture du conseil municipal des jeunes.</em></p>
""",
)

HTML_PAGES["s063_forum_budget_participatif_commentaires.html"] = (
    "Budget participatif 2025 — discussion du projet n° 14",
    """
<nav><p>Plateforme participative de Montclar &gt; Budget participatif 2025 &gt; Projets &gt; n° 14</p></nav>
<article>
<h1>Projet n° 14 — Terrain de basket 3x3 éclairé à Saint-Exupéry</h1>
<p><strong>Porté par :</strong> collectif « Saint-Ex Ballers » — <strong>Coût estimé :</strong>
37 000 € — <strong>Statut :</strong> soumis au vote</p>
<h2>Description du projet</h2>
<p>Nous proposons de transformer le terrain stabilisé derrière le gymnase en terrain de basket
3x3 avec revêtement synthétique, deux paniers réglables, un éclairage LED à détection de présence
coupé à 22 h et deux bancs. Aujourd'hui les jeunes du quartier jouent sur le parking du
supermarché, ce qui pose des problèmes de sécurité. Le terrain serait aussi utilisé par le club
de basket pour des entraînements de jeunes et par le collège pendant les heures d'EPS.</p>
<h2>Avis technique des services</h2>
<p>Projet recevable. Le terrain appartient à la commune. Le coût de l'éclairage a été ajusté
après étude. Le voisinage le plus proche (résidence Les Acacias) est à 45 m ; l'extinction à
22 h est une condition de réalisation.</p>
<h2>Commentaires (12)</h2>
<div class="comment"><p><strong>Samir_81</strong> — 3 octobre 2025</p>
<p>Enfin un projet pour les ados de Saint-Ex ! Je vote pour.</p></div>
<div class="comment"><p><strong>Maman de deux basketteurs</strong> — 3 octobre 2025</p>
<p>Super idée, mais il faudrait aussi une fontaine à eau.</p></div>
<div class="comment"><p><strong>Riverain_Acacias</strong> — 4 octobre 2025</p>
<p>L'éclairage va gêner. Qui va surveiller le terrain le soir ?</p></div>
<div class="comment"><p><strong>Coach Laurent</strong> — 5 octobre 2025</p>
<p>Le club est prêt à encadrer deux créneaux par semaine. Les jeunes méritent mieux que le
parking.</p></div>
<div class="comment"><p><strong>Vigilant_StEx</strong> — 6 octobre 2025</p>
<p>Vous savez qui est derrière le collectif « Saint-Ex Ballers » ? C'est Dylan Ferrer, le grand
du bâtiment F. Il a pris dix-huit mois ferme l'an dernier pour le trafic dans les caves, il est
sorti en juin avec un bracelet électronique. Et on voudrait lui construire un terrain pour qu'il
fasse son business sous les projecteurs ? Ouvrez les yeux.</p></div>
<div class="comment"><p><strong>Dylan F.</strong> — 6 octobre 2025</p>
<p>J'ai payé pour ce que j'ai fait. Le projet c'est pour les petits du quartier, pas pour moi.
Je bosse maintenant en chantier d'insertion et j'entraîne les U13 le mercredi. Je ne vais pas
me cacher toute ma vie.</p></div>
<div class="comment"><p><strong>Modération</strong> — 6 octobre 2025</p>
<p>Rappel de la charte : les commentaires doivent porter sur les projets et non sur les personnes.
Le commentaire de « Vigilant_StEx » a été signalé et sera examiné.</p></div>
<div class="comment"><p><strong>Lucie M.</strong> — 7 octobre 2025</p>
<p>Il faudrait un filet haut derrière les paniers, sinon les ballons vont finir sur la route.</p></div>
<div class="comment"><p><strong>Conseil de quartier Saint-Exupéry</strong> — 8 octobre 2025</p>
<p>Le conseil de quartier soutient le projet, qui répond à une demande exprimée lors du diagnostic
en marchant de 2024. Il demande qu'un point soit fait avec les riverains après six mois.</p></div>
<div class="comment"><p><strong>Alexandre</strong> — 9 octobre 2025</p>
<p>Pourquoi pas un terrain multisport plutôt ? Tout le monde ne joue pas au basket.</p></div>
<div class="comment"><p><strong>Saint-Ex Ballers</strong> — 9 octobre 2025</p>
<p>Un multisport coûterait le double et l'emprise ne le permet pas. Le terrain 3x3 est aussi
utilisable pour le futsal à 3. Merci à tous pour vos retours !</p></div>
<div class="comment"><p><strong>Naïma</strong> — 10 octobre 2025</p>
<p>J'ai voté. Bravo aux jeunes qui se bougent.</p></div>
</article>
<footer><p>Les commentaires sont publiés sans modération préalable et peuvent être retirés s'ils
méconnaissent la charte de la plateforme.</p></footer>
""",
)

HTML_PAGES["s064_ticket_support_acces_reu_partage.html"] = (
    "Ticket 2026-00912 — accès REU",
    """
<h1>Ticket n° 2026-00912 — Accès application ELIRE</h1>
<table>
<tr><th>Demandeur</th><td>Service des élections — S. Pujol</td></tr>
<tr><th>Ouvert le</th><td>20/02/2026 08:47</td></tr>
<tr><th>Priorité</th><td>Critique</td></tr>
</table>
<h2>Description</h2>
<p>Mon certificat d'accès a expiré ce matin. Pour ne pas bloquer la saisie avant la commission,
j'utilise le compte de ma responsable (identifiant MONTCLAR81177-CFABRE, mot de passe inchangé
depuis décembre : Veze!Urne2025). Pouvez-vous renouveler mon certificat en urgence ?</p>
<h2>Réponse du technicien — 20/02/2026 09:30</h2>
<p>Certificat en cours de renouvellement auprès de l'INSEE. ATTENTION : le poste ELEC-01 n'a
toujours pas reçu le correctif de sécurité du navigateur (faille permettant l'exécution de code
à distance) ; l'antivirus est désactivé depuis la migration. Ne pas utiliser ce poste pour
ELIRE tant que l'intervention prévue le 23/02 n'est pas faite. Le mot de passe indiqué
ci-dessus doit être changé immédiatement.</p>
""",
)

HTML_PAGES["s065_article_blog_ville_photo_reportage.html"] = (
    "Actualités — Retour en images sur la soirée électorale",
    """
<article>
<h1>Soirée électorale : retour en images</h1>
<p class="date">Publié le 24 mars 2026</p>
<figure>
<img src="/medias/2026/03/centralisation-22mars.jpg" alt="La salle des mariages pendant la centralisation">
<figcaption>Photo : Jean-Michel Cazals / La Gazette du Tarn — © tous droits réservés, reproduite
sans autorisation de l'agence dans l'attente de la réponse à notre demande.</figcaption>
</figure>
<p>Nous reproduisons ci-dessous l'article de La Gazette du Tarn paru le 23 mars, qui résume
bien l'atmosphère de la soirée :</p>
<blockquote>
<p>« Il est 22 h 17 quand le président du bureau centralisateur s'éclaircit la voix. Dans la
salle des mariages, où l'on a poussé les chaises contre les murs, une centaine de personnes
retiennent leur souffle. Douze voix. Le chiffre circule avant même la fin de la lecture, de
bouche en bouche, jusqu'au parvis où attendent les partisans des deux camps. D'un côté, des
applaudissements ; de l'autre, un silence lourd, puis le mot “recours” qui revient comme un
refrain. Au premier rang, le maire sortant serre des mains sans sourire. Montclar n'avait pas
connu de scrutin aussi serré depuis 1977. »</p>
<p>— Stéphanie Roumiguières, La Gazette du Tarn, 23 mars 2026, © La Gazette du Tarn</p>
</blockquote>
</article>
""",
)

HTML_PAGES["s066_intranet_rh_note_suspension_agent.html"] = (
    "Intranet RH — Note confidentielle",
    """
<div class="bandeau">CONFIDENTIEL RH — NE PAS TRANSFÉRER — réservé aux chefs de service</div>
<h1>Information des encadrants : mesure de suspension</h1>
<p>Le 14 avril 2026, M. le Maire a prononcé la suspension de fonctions, pour une durée maximale
de quatre mois, de M. Kévin Roustan, adjoint administratif au service de l'état civil, dans
l'attente de la réunion du conseil de discipline.</p>
<p>Il est reproché à l'agent d'avoir, à plusieurs reprises, modifié dans le logiciel d'état civil
des données relatives à des électeurs afin de faciliter des inscriptions sur la liste électorale,
et d'avoir conservé chez lui des copies de pièces d'identité d'usagers. Ces faits s'ajoutent à
un comportement déjà signalé lors des scrutins de 2024 et de mars 2026.</p>
<p>Consignes : l'agent ne doit plus accéder aux locaux ni aux applications ; ses accès ont été
désactivés. Aucune information ne doit être communiquée aux collègues ou aux usagers au-delà de
la mention « absent jusqu'à nouvel ordre ».</p>
""",
)

HTML_PAGES["s067_courriel_permanence_procurations_ehpad.html"] = (
    "Courriel — permanence procurations à l'EHPAD",
    """
<p><strong>De :</strong> Direction EHPAD Les Jardins &lt;direction@ehpad-lesjardins.fr&gt;<br>
<strong>À :</strong> Brigade de gendarmerie de Montclar ; service des élections<br>
<strong>Objet :</strong> Permanence procurations du 5 mars — liste des résidents<br>
<strong>Date :</strong> 27 février 2026</p>
<p>Bonjour,</p>
<p>Voici la liste des résidents qui ont demandé à établir une procuration lors de la permanence du
5 mars (salle d'animation, 14 h) :</p>
<ul>
<li>Mme Lucienne Bardou, chambre 12 — mandataire : sa fille</li>
<li>M. Raymond Escaffre, chambre 21 — mandataire : son neveu</li>
<li>Mme Yvonne Maury, chambre 7 — mandataire : à confirmer</li>
</ul>
<p>Je dois vous signaler que Mme Maury est atteinte d'une maladie d'Alzheimer à un stade avancé ;
son médecin traitant estime qu'elle n'est plus en mesure d'exprimer une volonté stable. C'est son
fils qui a demandé la procuration. Je vous laisse apprécier si l'officier peut la recevoir ; de
notre côté, nous ne pouvons pas en être mandataires.</p>
<p>M. Escaffre est sourd appareillé : merci de prévoir de lui parler face à face.</p>
<p>Cordialement,<br>Hélène Delpoux, directrice</p>
""",
)

HTML_PAGES["s068_page_petition_commentaire_signataire.html"] = (
    "Pétition — Une école de plus à la Plaine",
    """
<h1>Pétition : pour l'ouverture d'une école élémentaire dans le quartier de la Plaine</h1>
<p>1 148 signatures — objectif 1 500</p>
<h2>Derniers commentaires de signataires</h2>
<div class="signataire"><p><strong>Aïcha B.</strong> — Mes enfants font 25 minutes à pied.</p></div>
<div class="signataire"><p><strong>Oleksandr Hrytsenko, 14 rue des Tulipes</strong> — J'ai signé,
même si je ne sais pas si j'ai le droit : je suis arrivé d'Ukraine en 2022 et je n'ai que la
protection temporaire, qui doit être renouvelée en mars. Mon dossier de demande d'asile est
toujours en cours à l'OFPRA. Ma fille est en CE1 à Jean-Jaurès, la classe a 29 élèves.</p></div>
<div class="signataire"><p><strong>Paul V.</strong> — Soutien total.</p></div>
<div class="signataire"><p><strong>Mariam, sans papiers depuis 2019</strong> — Je signe pour mes deux garçons
nés ici. On vit chez ma sœur rue des Tulipes, on n'ose pas aller à la mairie.</p></div>
<p><em>Les commentaires sont publics. Vous pouvez signer sans laisser de commentaire.</em></p>
""",
)

HTML_PAGES["s069_compte_rendu_conseil_quartier_en_ligne.html"] = (
    "Conseil de quartier des Fargues — compte rendu du 18 novembre 2025",
    """
<header><p>Ville de Montclar-sur-Vèze &gt; Démocratie locale &gt; Conseils de quartier &gt; Les Fargues</p></header>
<article>
<h1>Conseil de quartier des Fargues — réunion du 18 novembre 2025</h1>
<p><strong>Présents :</strong> 11 membres du collège habitants, 4 membres du collège acteurs
locaux ; élus référents : Mme Odette Carrié et M. Daniel Mercadier ; animation : Maison des
projets. <strong>Excusés :</strong> 3 membres.</p>
<h2>1. Sécurisation des abords de l'école des Fargues</h2>
<p>Les services techniques présentent le projet de plateau surélevé devant l'école et de
déplacement de l'arrêt de car. Les membres approuvent, mais demandent que le chantier ait lieu
pendant les vacances de février. Un membre signale que les parents se garent sur le trottoir de
la rue des Vignes ; la police municipale sera sollicitée pour des passages à l'heure de sortie.</p>
<h2>2. Extension de l'aire d'accueil des gens du voyage</h2>
<p>La communauté de communes présente le projet d'extension de 8 emplacements, imposée par le
schéma départemental. La discussion est vive. Plusieurs membres craignent des nuisances ;
d'autres rappellent que les familles de l'aire sont pour beaucoup sédentarisées et que leurs
enfants sont scolarisés aux Fargues. Le conseil adopte un avis favorable sous réserve d'un
aménagement paysager et de la création d'un sanitaire supplémentaire (9 voix pour, 4 contre,
2 abstentions).</p>
<h2>3. Plantation du verger conservatoire</h2>
<p>Le projet lauréat du budget participatif sera planté le samedi 24 janvier avec les écoles.
Appel aux bénévoles.</p>
<h2>4. Vie du conseil</h2>
<p>Mme Cécile Pujol, membre du collège habitants depuis 2023 et secrétaire du conseil, annonce
qu'elle se met en retrait pour quelques mois. Elle a souhaité que le conseil en connaisse la
raison, « pour que personne n'imagine autre chose » : ses deux enfants ont été confiés par le
juge des enfants à l'aide sociale à l'enfance en octobre, à la suite d'un signalement de
l'école, et elle consacre son énergie à la procédure et aux visites médiatisées, qui ont lieu
le mercredi, jour des réunions. Elle précise que son ex-conjoint a interdiction de l'approcher.
Les membres lui expriment leur soutien. Le secrétariat sera assuré par intérim par M. André
Couderc.</p>
<h2>5. Questions diverses</h2>
<ul>
<li>Éclairage du chemin de la Garrigue : quatre points lumineux en panne signalés ; ticket ouvert.</li>
<li>Dépôts sauvages près des conteneurs de la rue des Fargues : une caméra nomade sera installée.</li>
<li>Proposition d'une fête de quartier au printemps : un groupe de travail se réunira en janvier.</li>
</ul>
<p>Prochaine réunion : mardi 20 janvier 2026 à 18 h 30, salle communale.</p>
</article>
<footer><p>Compte rendu validé par le bureau du conseil de quartier et publié sur le site de la
Ville.</p></footer>
""",
)

HTML_PAGES["s070_liste_invites_ceremonie_annotations.html"] = (
    "Cérémonie de naturalisation — liste de travail",
    """
<h1>Cérémonie du 12 décembre 2025 — invités de Montclar-sur-Vèze (liste de travail du bureau)</h1>
<table>
<tr><th>Nom</th><th>Pays d'origine</th><th>Annotation</th></tr>
<tr><td>Ruslan Tagaïev et 3 enfants</td><td>Russie</td><td>Réfugié — ne pas citer dans la presse, ne
pas contacter le consulat</td></tr>
<tr><td>Rojda Aslan</td><td>Turquie</td><td>Réfugiée — pas de photo</td></tr>
<tr><td>Imran Qadiri</td><td>Afghanistan</td><td>Réfugié — souhaite être placé au fond</td></tr>
<tr><td>Maria da Conceição Ferreira</td><td>Portugal</td><td>Déclaration par mariage ; époux présent</td></tr>
<tr><td>Karima Ouali</td><td>Algérie</td><td>Ancienne titulaire d'une APS étudiant, régularisée 2019</td></tr>
</table>
""",
)

HTML_PAGES["s071_note_coordonnateur_recensement_quartier.html"] = (
    "Recensement — point hebdomadaire district 3",
    """
<h1>Point hebdomadaire — district 3 (résidence Saint-Exupéry)</h1>
<p>Taux de retour : 61 %. Retard important sur le bâtiment D.</p>
<p>L'agent recenseur explique ce retard par la barrière de la langue : au bâtiment D, plusieurs
familles sont comoriennes et mahoraises, arrivées récemment, et trois foyers (appartements D12,
D14 et D21) ne parlent que le shimaoré. La famille Soilihi (D14) lui a dit craindre que les
informations servent « à contrôler les papiers ». Au bâtiment E, deux familles tchétchènes
(E3, E8) ont refusé d'ouvrir.</p>
<p>Proposition : solliciter une médiatrice de l'association Femmes Relais, qui parle shimaoré,
pour accompagner l'agent le samedi.</p>
""",
)

HTML_PAGES["s072_lettre_info_elus_conseillere_depistage.html"] = (
    "La lettre des élus — mars 2025",
    """
<h1>La lettre interne des élus de la majorité</h1>
<h2>Le mot de Sylvie</h2>
<p>Chers collègues, vous avez été nombreux à me demander pourquoi je me suis absentée plusieurs
semaines. Je préfère vous le dire moi-même, entre nous : après le cancer de ma mère et celui de
ma sœur, j'ai fait un test génétique qui a confirmé que je suis porteuse d'une mutation du gène
BRCA1. Sur le conseil de l'oncogénéticienne de l'Oncopole, j'ai choisi une mastectomie
préventive, réalisée en février. Tout s'est bien passé et je reprends mes délégations aux
affaires scolaires dès lundi.</p>
<p>Merci de garder cela pour vous. — Sylvie Roques, adjointe au maire</p>
""",
)

HTML_PAGES["s073_rapport_analyse_offres_plateforme.html"] = (
    "Rapport d'analyse des offres — plateforme de participation",
    """
<p class="marquage">USAGE INTERNE — NE PAS DIFFUSER — contient des informations couvertes par le
secret des affaires</p>
<h1>Rapport d'analyse des offres — consultation n° 2025-22</h1>
<table>
<tr><th>Candidat</th><th>Prix annuel HT</th><th>Note technique /60</th><th>Éléments confidentiels relevés</th></tr>
<tr><td>CITOYEN+ SAS</td><td>6 200 €</td><td>51</td><td>Tarif « référence » très inférieur au
catalogue (9 800 €) ; coût d'hébergement réel 1 150 € ; brevet en cours sur l'algorithme
d'unicité du vote</td></tr>
<tr><td>Démocratia</td><td>8 450 €</td><td>47</td><td>Sous-traitance du développement à une société
tunisienne à 180 €/jour ; perte de deux clients majeurs en 2025</td></tr>
<tr><td>Agora Numérique</td><td>11 900 €</td><td>54</td><td>Marge brute annoncée de 62 % ; levée de fonds
en cours auprès d'un fonds toulousain</td></tr>
</table>
<p>Proposition d'attribution : CITOYEN+ SAS (note globale 87/100).</p>
""",
)

HTML_PAGES["s074_page_interne_campagne_benevoles.html"] = (
    "Espace militant — Montclar Demain",
    """
<header><p>Espace réservé aux membres — liste « Montclar Demain » (ne pas partager le lien)</p></header>
<h1>Organisation de la campagne : qui fait quoi ?</h1>
<p>Mise à jour du 20 février 2026. Merci à toutes et à tous pour votre engagement ! Cette page
récapitule les équipes de bénévoles de la liste et de notre comité de soutien. Elle n'est pas
destinée à être diffusée : plusieurs soutiens nous ont demandé de ne pas apparaître
publiquement.</p>
<h2>Équipe tractage (marchés du mardi et du samedi)</h2>
<ul>
<li>Roselyne Cambon (agent à la médiathèque — ne souhaite pas être vue sur le marché, tractage
boîtes aux lettres seulement)</li>
<li>Bertrand Icher, retraité SNCF</li>
<li>Léa Fabre, étudiante</li>
<li>Marc Delrieu (syndiqué CGT, anime aussi la section locale du parti)</li>
</ul>
<h2>Équipe porte-à-porte</h2>
<ul>
<li>Quartier La Plaine : Nora Haddad et Kevin Sabatier</li>
<li>Quartier Les Fargues : Jean-Pierre Viguier (ancien adhérent du parti de la majorité, passé chez
nous en 2024 ; discret sur ce point vis-à-vis de son employeur)</li>
<li>Hameaux : Denise et Hubert Pagès</li>
</ul>
<h2>Comité de soutien (noms non publiés)</h2>
<ul>
<li>Dr Philippe Rabaud, médecin généraliste — soutien financier, don de 400 €</li>
<li>Corinne Alibert, directrice d'école — préfère que son nom n'apparaisse pas avant le second tour</li>
<li>Abdelkader Mansouri, commerçant place du Foirail — accepte d'accueillir une réunion d'appartement</li>
<li>Sœur Marie-Thérèse Gaubert — ne souhaite pas de mention publique</li>
</ul>
<h2>Assesseurs et délégués</h2>
<p>Bureau 1 : Bertrand Icher ; bureau 2 : Léa Fabre ; bureau 5 : Nora Haddad ; bureau 7 : Marc
Delrieu ; bureau 10 : Julien Boudou (délégué itinérant).</p>
<h2>Réunions</h2>
<p>Tous les lundis à 20 h 30 au local de campagne, 12 rue Gambetta. Réunion d'appartement chez
M. Mansouri le jeudi 5 mars.</p>
<h2>Rappels</h2>
<ul>
<li>Ne jamais utiliser de matériel ou de messagerie professionnelle pour la campagne, en
particulier pour les soutiens agents publics.</li>
<li>Tout don doit passer par le mandataire financier, M. Gilles Azéma, par chèque ou virement ;
aucun don d'une personne morale n'est autorisé.</li>
<li>Les tracts doivent porter la mention de l'imprimeur.</li>
</ul>
<footer><p>Page générée par l'outil de campagne — accès par mot de passe</p></footer>
""",
)

HTML_PAGES["s075_fil_courriels_adresse_electrice_protegee.html"] = (
    "Fil de courriels — électrice à protéger",
    """
<p><strong>De :</strong> CIDFF du Tarn-et-Vèze<br><strong>À :</strong> service des élections<br>
<strong>Date :</strong> 9 janvier 2026<br><strong>Objet :</strong> Demande de discrétion sur une inscription</p>
<p>Madame, nous accompagnons Mme Sabrina Loubet, qui a quitté le domicile conjugal de Castres en
novembre après des violences graves ; son ex-conjoint est sous contrôle judiciaire avec
interdiction de contact et une ordonnance de protection a été rendue. Elle s'est installée à
Montclar avec ses deux enfants et souhaite s'inscrire sur la liste électorale. Elle craint que
son ancien compagnon retrouve son adresse en demandant communication de la liste électorale.
Est-il possible de l'inscrire à l'adresse du CIDFF ?</p>
<hr>
<p><strong>De :</strong> service des élections<br><strong>Date :</strong> 12 janvier 2026</p>
<p>Bonjour, oui : en application de la procédure de domiciliation, l'intéressée peut être
inscrite à l'adresse de l'association. Son adresse personnelle ne figurera nulle part.</p>
""",
)


# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_reglement_interieur_conseils_quartier.docx"] = [
    ("title", "Règlement intérieur des conseils de quartier de Montclar-sur-Vèze"),
    para("""Adopté par délibération du conseil municipal n° 2024-102 du 14 octobre 2024, modifiant
    le règlement de 2020 à la suite de l'évaluation du dispositif."""),
    ("h", "Article 1 — Objet"),
    para("""Les conseils de quartier sont des instances consultatives de démocratie de proximité.
    Ils permettent aux habitants de s'informer, de débattre et de formuler des propositions sur
    toute question intéressant leur quartier ou la commune. Ils peuvent être consultés par le
    maire et faire des propositions sur toute question concernant le quartier."""),
    ("h", "Article 2 — Périmètres"),
    para("""Cinq conseils sont institués : Centre-bourg, La Plaine, Saint-Exupéry, Les Fargues,
    Hameaux. Leurs périmètres sont annexés au présent règlement."""),
    ("h", "Article 3 — Composition"),
    para("""Chaque conseil comprend : un collège de douze habitants âgés d'au moins seize ans,
    désignés par tirage au sort parmi les volontaires résidant dans le quartier, dans le respect
    de la parité ; un collège de six acteurs locaux désignés par les associations, commerces,
    établissements scolaires et services publics du quartier ; deux élus référents désignés par le
    conseil municipal, dont un issu de l'opposition. Les élus référents n'ont pas voix
    délibérative."""),
    ("h", "Article 4 — Durée du mandat"),
    para("""Les membres sont désignés pour trois ans. Le mandat est renouvelable une fois. En cas de
    démission, de déménagement hors du quartier ou de trois absences consécutives non excusées, le
    membre est remplacé par le volontaire suivant dans l'ordre du tirage au sort."""),
    ("h", "Article 5 — Fonctionnement"),
    para("""Chaque conseil se réunit au moins quatre fois par an en séance plénière. Les séances sont
    ouvertes au public, qui peut prendre la parole à l'invitation du président de séance. Le
    bureau du conseil, composé de trois membres élus en son sein, fixe l'ordre du jour, qui est
    affiché dans le quartier et publié sur le site de la Ville sept jours avant la réunion. Les
    avis sont adoptés au consensus ou, à défaut, à la majorité des membres présents."""),
    ("h", "Article 6 — Moyens"),
    para("""La Ville met à disposition une salle, un appui logistique par la Maison des projets et
    une enveloppe annuelle de 8 000 euros par conseil, destinée à de petits aménagements et à des
    animations. Les dépenses sont engagées par les services municipaux, sur proposition du
    conseil."""),
    ("h", "Article 7 — Relations avec le conseil municipal"),
    para("""Les avis et propositions sont transmis au maire, qui y répond par écrit dans un délai de
    trois mois. Un rapport annuel d'activité est présenté au conseil municipal. Chaque conseil
    peut demander l'inscription d'une question à l'ordre du jour du conseil municipal une fois par
    an."""),
    ("h", "Article 8 — Charte de respect mutuel"),
    para("""Les membres s'engagent à respecter la parole de chacun, à s'abstenir de tout propos
    discriminatoire, injurieux ou diffamatoire, de toute propagande électorale ou de tout
    prosélytisme au sein du conseil, et à ne pas divulguer les situations personnelles évoquées
    lors des travaux. Le bureau peut, après avoir entendu l'intéressé, proposer au maire
    l'exclusion d'un membre qui méconnaît gravement la charte."""),
    ("h", "Article 9 — Période électorale"),
    para("""Dans les six mois précédant les élections municipales, les conseils poursuivent leurs
    travaux, mais les élus référents candidats s'abstiennent d'y présenter le bilan de la
    municipalité. Les membres candidats à une élection municipale se mettent en retrait de leurs
    fonctions au bureau du conseil."""),
    ("h", "Article 10 — Données personnelles"),
    para("""Les données des membres (nom, adresse, courriel, téléphone) sont traitées par la Ville
    pour la seule gestion des conseils. Seuls les noms des membres sont publiés. Les comptes
    rendus publiés ne comportent aucune information relative à la vie privée des membres ou des
    habitants."""),
    ("h", "Article 11 — Évaluation et révision"),
    para("""Le dispositif fait l'objet d'une évaluation tous les trois ans, associant les membres des
    conseils, les élus et les services. Le présent règlement peut être modifié par délibération
    du conseil municipal, après avis des bureaux des cinq conseils de quartier. Les habitants
    peuvent à tout moment adresser leurs suggestions sur le fonctionnement des conseils à la
    Maison des projets, qui en fait la synthèse dans le rapport annuel."""),
]

DOCX_BLOCKS["p122_bilan_recensement_2026.docx"] = [
    ("title", "Recensement de la population 2026 — bilan de la collecte"),
    para("""Rapport du coordonnateur communal présenté au conseil municipal du 30 mars 2026. Ce
    bilan ne comporte que des données agrégées ; les résultats statistiques définitifs seront
    publiés par l'INSEE."""),
    ("h", "1. Organisation"),
    para("""La collecte s'est déroulée du 15 janvier au 21 février 2026. La commune, de plus de
    10 000 habitants, fait l'objet d'un recensement par sondage : chaque année, 8 % des logements
    sont enquêtés, soit 611 adresses réparties en 14 districts. L'équipe comprenait un
    coordonnateur, un coordonnateur adjoint et 14 agents recenseurs recrutés par contrat, dont un
    a été remplacé en cours de collecte."""),
    ("h", "2. Résultats de la collecte"),
    ("table", [
        ["Indicateur", "2024", "2025", "2026"],
        ["Logements à enquêter", "598", "604", "611"],
        ["Taux de réponse global", "93,8 %", "94,6 %", "95,2 %"],
        ["Part des réponses par internet", "62 %", "66 %", "71 %"],
        ["Logements vacants ou résidences secondaires", "9,1 %", "8,7 %", "8,9 %"],
        ["Refus explicites", "11", "8", "6"],
        ["Questionnaires annulés après contrôle", "0", "2", "14"],
    ]),
    para("""Les 14 questionnaires annulés en 2026 concernent un même district, dont la collecte a été
    reprise intégralement après le constat d'anomalies ; le district a atteint un taux de réponse
    de 97 % après reprise."""),
    ("h", "3. Difficultés rencontrées"),
    para("""Barrière de la langue dans certains immeubles, résolue avec l'appui d'une association de
    médiation ; méfiance de certains habitants envers l'usage des données ; accès difficile aux
    résidences fermées par digicode ; conditions météorologiques dans les hameaux fin janvier.
    Deux agents ont été victimes de propos agressifs ; aucun dépôt de plainte n'a été
    nécessaire."""),
    ("h", "4. Communication"),
    para("""Affichage dans les halls d'immeubles, article dans le magazine municipal, message sur les
    panneaux lumineux, publications sur les réseaux sociaux, vidéo réalisée avec le conseil
    municipal des jeunes. Le taux de réponse par internet progresse de cinq points."""),
    ("h", "5. Coût"),
    para("""Dépenses de personnel : 23 410 euros ; frais de déplacement : 1 180 euros ;
    communication : 640 euros. Dotation forfaitaire de l'État : 19 842 euros. Reste à charge de la
    commune : 5 388 euros."""),
    ("h", "6. Recommandations pour 2027"),
    para("""Recruter dès octobre pour élargir le vivier ; renforcer la formation sur la
    confidentialité et le contrôle qualité ; organiser un contrôle de cohérence hebdomadaire de
    chaque district ; prévoir des supports traduits en cinq langues."""),
]

DOCX_BLOCKS["p123_deliberation_laureats_budget_participatif.docx"] = [
    ("title", "Délibération n° 2025-131 — Budget participatif 2025 : inscription des projets lauréats"),
    para("""Conseil municipal du 15 décembre 2025. Rapporteure : Mme Véronique Laurens, adjointe à la
    démocratie locale. Le conseil municipal prend acte des résultats du vote organisé du 1er au
    31 octobre 2025 et inscrit au budget 2026 les crédits nécessaires à la réalisation des huit
    projets lauréats."""),
    ("table", [
        ["Projet", "Enveloppe", "Crédits 2026"],
        ["Ombrières et fontaine, parc des Berges", "générale", "48 000 €"],
        ["Parcours sportif connecté", "générale", "42 000 €"],
        ["Jardin partagé de la Plaine", "QPV", "26 500 €"],
        ["Terrain de basket 3x3", "QPV", "37 000 €"],
        ["Boîtes à livres des arrêts de car", "générale", "4 800 €"],
        ["Studio de répétition", "jeunes", "29 000 €"],
        ["Abri vélos sécurisé à la gare", "générale", "35 000 €"],
        ["Verger conservatoire des Fargues", "générale", "18 000 €"],
    ]),
    para("""Adopté à l'unanimité. M. Olivier Combes salue la participation record des 11-17 ans."""),
]

DOCX_BLOCKS["p124_guide_assesseur_bureau_vote.docx"] = [
    ("title", "Guide de l'assesseur — élections municipales 2026"),
    para("""Édité par le service des élections de Montclar-sur-Vèze à l'intention des assesseurs
    désignés par les listes candidates et des électeurs volontaires. Ce guide ne remplace pas le
    code électoral ni le mémento officiel du ministère de l'intérieur."""),
    ("h", "Qui peut être assesseur ?"),
    para("""Tout électeur inscrit sur une liste électorale du département. Chaque liste candidate peut
    désigner un assesseur titulaire et un suppléant par bureau de vote. Si le nombre d'assesseurs
    est inférieur à deux, le président complète le bureau avec des conseillers municipaux, puis
    avec les électeurs présents sachant lire et écrire, en commençant par les plus âgés."""),
    ("h", "Votre journée"),
    para("""Présentez-vous à 7 h 30. Le président vérifie votre identité et votre désignation, puis
    le bureau constate que l'urne est vide avant de la fermer à deux clés, l'une confiée au
    président, l'autre à un assesseur tiré au sort. Vous tenez ensuite, par roulement, la liste
    d'émargement ou le contrôle des enveloppes. À la clôture, vous signez la liste d'émargement et
    le procès-verbal."""),
    ("h", "Le contrôle de l'identité"),
    para("""Dans les communes de plus de 1 000 habitants, les électeurs doivent présenter un titre
    d'identité (carte nationale d'identité, passeport, permis de conduire, carte vitale avec
    photographie, etc.). La carte électorale n'est pas obligatoire. Un électeur qui figure sur la
    liste mais dont le titre est périmé depuis plus de cinq ans ne peut pas voter, sauf pour la
    carte d'identité et le passeport. En cas de doute, appelez le président ; ne faites jamais de
    remarque sur l'apparence, l'âge, l'accent ou le nom d'un électeur."""),
    ("h", "L'émargement"),
    para("""L'électeur signe à l'encre en face de son nom. S'il ne peut pas signer, l'électeur qui
    l'accompagne signe à sa place avec la mention « l'électeur ne peut signer lui-même ». Pour
    une procuration, le mandataire signe en face du nom du mandant."""),
    ("h", "Les électeurs en situation de handicap"),
    para("""Ils peuvent se faire accompagner de l'électeur de leur choix dans l'isoloir et jusqu'à
    l'urne. Aucun justificatif ne peut être demandé. Proposez la table abaissée et laissez passer
    en priorité les personnes qui ne peuvent pas attendre debout."""),
    ("h", "Ce que vous ne devez pas faire"),
    para("""Porter un signe partisan ; commenter le vote d'un électeur ; communiquer à quiconque la
    liste de ceux qui ont voté ou non ; photographier la liste d'émargement ; quitter le bureau
    sans vous faire remplacer."""),
    ("h", "Le dépouillement"),
    para("""Il est public. Les scrutateurs, désignés parmi les électeurs présents, se répartissent
    par tables de quatre. Les bulletins blancs et nuls sont annexés au procès-verbal avec les
    enveloppes, contresignés par les membres du bureau. Le président proclame les résultats du
    bureau dès la fin du dépouillement."""),
    ("h", "En cas d'incident"),
    para("""Signalez-le au président, qui le consigne au procès-verbal. Tout électeur ou délégué peut
    aussi y faire porter ses observations. Conservez votre calme : le président a seul la police
    du bureau."""),
    ("h", "Contacts"),
    para("""Bureau centralisateur : salle du conseil, 05 63 58 20 10 (ligne ouverte de 7 h à la fin
    de la centralisation)."""),
]

DOCX_BLOCKS["p125_dossier_presse_naturalisations_departement.docx"] = [
    ("title", "Dossier de presse — L'accès à la nationalité française dans le Tarn-et-Vèze en 2025"),
    para("""Préfecture du Tarn-et-Vèze, janvier 2026. Données agrégées issues de la plateforme
    départementale d'accès à la nationalité française."""),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Demandes de naturalisation déposées", "702", "745"],
        ["Décrets de naturalisation", "451", "488"],
        ["Décisions d'ajournement", "96", "104"],
        ["Décisions d'irrecevabilité ou de rejet", "88", "93"],
        ["Déclarations par mariage enregistrées", "71", "79"],
        ["Délai moyen d'instruction (mois)", "17", "14"],
    ]),
    ("h", "Origines"),
    para("""Afrique du Nord : 46 % ; Afrique subsaharienne : 17 % ; Europe (hors Union européenne) : 12 % ;
    Asie : 11 % ; Union européenne : 8 % ; Amériques : 6 %. Environ un naturalisé sur dix est
    réfugié statutaire."""),
    ("h", "Motifs d'ajournement les plus fréquents"),
    para("""Insertion professionnelle insuffisante (41 %), niveau de langue non atteint (23 %),
    défaut de loyauté dans les déclarations (14 %), comportement ou antécédents judiciaires
    (12 %), autres (10 %)."""),
    para("""Six cérémonies d'accueil dans la citoyenneté ont été organisées, dont deux dans les
    sous-préfectures. Contact presse : 05 63 45 61 00."""),
]

DOCX_BLOCKS["p126_cctp_plateforme_participation_citoyenne.docx"] = [
    ("title", "Cahier des clauses techniques particulières — plateforme de participation citoyenne"),
    para("""Ville de Montclar-sur-Vèze — consultation n° 2025-22. Le présent CCTP décrit les besoins
    de la Ville ; il est communiqué à tous les candidats."""),
    ("h", "1. Fonctionnalités attendues"),
    para("""Dépôt de projets et d'idées avec géolocalisation ; étude de recevabilité par les services ;
    vote en ligne au budget participatif avec vérification d'unicité ; consultations citoyennes
    (questionnaires, cartes interactives) ; pétitions locales avec compteur de signatures ;
    espace des conseils de quartier (ordres du jour, comptes rendus) ; modération des
    commentaires."""),
    ("h", "2. Exigences de protection des données"),
    para("""Hébergement en France ou dans l'Union européenne chez un prestataire qualifié ; minimisation
    des données collectées (nom, année de naissance, quartier, courriel) ; suppression des données
    de vote trois mois après les résultats ; aucune exploitation commerciale ; registre des
    traitements et analyse d'impact fournis ; journalisation des accès administrateurs."""),
    ("h", "3. Accessibilité"),
    para("""Conformité au RGAA 4.1 niveau AA ; version en facile à lire et à comprendre des pages
    principales ; possibilité de voter par téléphone avec un agent pour les personnes éloignées du
    numérique."""),
    ("h", "4. Sécurité"),
    para("""Authentification à double facteur pour les administrateurs ; tests d'intrusion annuels dont
    la synthèse est remise à la Ville ; plan de réversibilité."""),
]

DOCX_BLOCKS["p127_rapport_activite_ccas_domiciliation.docx"] = [
    ("title", "Rapport d'activité 2025 du CCAS — extrait : domiciliation et accès aux droits civiques"),
    para("""Le CCAS de Montclar-sur-Vèze assure la domiciliation des personnes sans domicile stable
    ayant un lien avec la commune. Les données ci-dessous sont agrégées."""),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Personnes domiciliées au 31 décembre", "142", "168"],
        ["Nouvelles élections de domicile", "71", "88"],
        ["Dont personnes de moins de 25 ans", "14", "19"],
        ["Inscriptions électorales accompagnées", "17", "23"],
        ["Procurations facilitées", "4", "9"],
    ]),
    para("""Le CCAS relève l'augmentation des domiciliations liées aux expulsions locatives et aux
    séparations. Une permanence d'information sur les droits civiques, animée avec la Ligue des
    droits de l'Homme, a été organisée avant les municipales ; 31 personnes y ont participé."""),
]

DOCX_BLOCKS["p128_resultats_consultation_citoyenne_centre.docx"] = [
    ("title", "Consultation citoyenne « Quel centre-bourg pour demain ? » — résultats"),
    para("""Consultation ouverte du 2 au 30 juin 2025, en ligne et sur papier. 1 417 participants,
    dont 58 % de femmes ; 22 % de moins de 30 ans. Les réponses sont anonymes."""),
    ("table", [
        ["Question", "Oui", "Non", "Sans avis"],
        ["Piétonniser la place du Foirail le samedi", "64 %", "29 %", "7 %"],
        ["Réduire la vitesse à 30 km/h dans tout le centre", "57 %", "36 %", "7 %"],
        ["Créer un parking relais à l'entrée nord", "71 %", "14 %", "15 %"],
        ["Végétaliser la cour de l'école Jean-Jaurès", "82 %", "6 %", "12 %"],
    ]),
    para("""Les 612 commentaires libres ont été analysés par thème. Les principales attentes portent
    sur l'ombre, les commerces de proximité et la sécurité des trajets scolaires. La synthèse a
    été présentée au conseil de quartier du Centre-bourg."""),
]

DOCX_BLOCKS["p129_compte_rendu_reunion_preparatoire_scrutin.docx"] = [
    ("title", "Compte rendu de la réunion préparatoire aux élections municipales — 10 mars 2026"),
    para("""Hôtel de ville, salle du conseil, 18 h – 19 h 45. Présidence : M. Jacques Bonnefous,
    maire. Participants : les présidents des douze bureaux de vote, Mme Christine Fabre
    (responsable du service des élections), M. Hervé Loubet (directeur de cabinet), le chef de la
    police municipale, le responsable des services techniques, le responsable informatique."""),
    ("h", "1. Calendrier"),
    para("""Dépôt des candidatures clos le 26 février : trois listes au premier tour. Réunion de la
    commission de propagande le 2 mars ; envoi des plis le 9 mars. Pour un éventuel second tour,
    dépôt des listes jusqu'au mardi 17 mars à 18 h."""),
    ("h", "2. Matériel"),
    para("""Les services techniques installeront les bureaux le samedi 14 mars à partir de 14 h :
    urnes, isoloirs (dont un adapté par bureau), panneaux d'affichage réglementaire, tables de
    dépouillement. La rampe amovible du bureau n° 2 sera posée et testée. Chaque président
    récupère le samedi matin au service : la liste d'émargement, la liste des procurations, les
    enveloppes, le procès-verbal en deux exemplaires, le mémento et la fiche réflexe sûreté."""),
    ("h", "3. Composition des bureaux"),
    para("""Les listes ont désigné au total 58 assesseurs et 21 délégués. Les bureaux n° 8 et n° 12 ne
    disposent pas encore de quatre assesseurs pour toute la journée ; les élus de la majorité
    compléteront. Mme Nathalie Calmettes présidera le bureau n° 8. Les secrétaires sont des
    agents volontaires formés le 7 mars."""),
    ("h", "4. Procurations"),
    para("""À ce jour, 1 203 procurations ont été reçues. La liste sera mise à jour le samedi et le
    dimanche matin à 7 h. Les présidents sont invités à vérifier que le mandataire n'a pas déjà
    voté et à ne jamais accepter une procuration non inscrite sur la liste."""),
    ("h", "5. Sûreté"),
    para("""Le chef de la police municipale présente les grandes lignes du dispositif : patrouilles
    régulières dans tous les bureaux, présence renforcée en soirée. Les consignes détaillées ont
    été communiquées séparément aux services concernés. M. Loubet rappelle que les présidents
    disposent de la police de l'assemblée et doivent appeler sans hésiter en cas de trouble."""),
    ("h", "6. Remontée des résultats"),
    para("""Les résultats de chaque bureau sont téléphonés au bureau centralisateur dès la
    proclamation, puis le procès-verbal est porté par le président accompagné de deux assesseurs
    de listes différentes. Les résultats seront affichés dans le hall et publiés sur le site de
    la Ville au fur et à mesure."""),
    ("h", "7. Questions"),
    para("""M. Pierre Azam demande si des électeurs pourront voter avec une carte d'identité expirée :
    oui, si elle est expirée depuis moins de cinq ans. Mme Sylvie Roques demande que les bulletins
    soient disposés dans le même ordre dans tous les bureaux : ce sera l'ordre du tirage au sort
    de la préfecture. M. Serge Lafage signale que le foyer des aînés ferme son hall à 17 h ; la
    directrice a accepté de le laisser ouvert jusqu'à la fin du dépouillement."""),
    para("""Le maire remercie les présidents et les agents pour leur mobilisation. Prochaine réunion
    le mardi 17 mars à 18 h en cas de second tour."""),
]

DOCX_BLOCKS["p130_programme_formation_laicite_agents.docx"] = [
    ("title", "Formation « Laïcité et neutralité du service public » — programme 2026"),
    para("""Formation obligatoire pour les agents en contact avec le public, en application de la loi du
    24 août 2021. Animée par le référent laïcité du centre de gestion. Durée : une journée."""),
    ("h", "Matin"),
    para("""Histoire et principes : la loi de 1905, l'article 1er de la Constitution. Liberté de
    conscience des usagers et neutralité des agents : ce qui est permis, ce qui ne l'est pas.
    Cas pratiques : un usager refuse d'être reçu par une agente ; un assesseur désigné par une
    liste porte un signe religieux dans un bureau de vote (les assesseurs ne sont pas des agents
    publics, mais le président doit veiller à l'absence de tout signe de propagande) ; une
    demande de salle par une association cultuelle."""),
    ("h", "Après-midi"),
    para("""Les cérémonies républicaines (mariages, naturalisations, citoyenneté). Les menus des
    cantines. Le rôle du référent laïcité. Quiz final et évaluation."""),
    para("""Inscriptions auprès de la DRH ; 4 sessions de 15 agents entre février et juin 2026."""),
]

DOCX_BLOCKS["p131_note_juridique_communication_liste_electorale.docx"] = [
    ("title", "Note juridique — la communication de la liste électorale"),
    para("""Service juridique de Montclar-sur-Vèze, à l'attention des élus et du service des
    élections, janvier 2026."""),
    para("""Tout électeur, tout candidat et tout parti ou groupement politique peut prendre
    communication et copie de la liste électorale de la commune, à la condition de s'engager à
    ne pas en faire un usage purement commercial (article L. 37 du code électoral). La liste
    communiquée comporte les nom, prénoms, date et lieu de naissance, adresse et bureau de vote.
    La CNIL recommande de limiter l'extrait aux données nécessaires à la communication politique."""),
    para("""La liste d'émargement, quant à elle, n'est communicable que dans les dix jours suivant
    le scrutin et au seul électeur qui en fait la demande, à la préfecture. Les motifs de
    radiation, les pièces justificatives et les échanges avec les électeurs ne sont pas
    communicables."""),
    para("""Un électeur menacé peut demander, au titre de la procédure de domiciliation ou d'une
    ordonnance de protection, que son adresse personnelle ne figure pas sur la liste. Le service
    doit traiter ces demandes avec la plus grande discrétion."""),
]

DOCX_BLOCKS["p132_bilan_contentieux_electoral_departement.docx"] = [
    ("title", "Bilan du contentieux des élections municipales de 2020 dans le département"),
    para("""Préfecture du Tarn-et-Vèze, bureau des élections. Document de préparation des
    municipales de 2026, établi à partir des décisions publiées."""),
    ("table", [
        ["Type de décision", "Nombre"],
        ["Protestations enregistrées au tribunal administratif", "27"],
        ["Rejets", "19"],
        ["Rectifications de résultats", "3"],
        ["Annulations de l'élection d'un conseiller", "2"],
        ["Annulations de l'ensemble des opérations", "3"],
        ["Appels devant le Conseil d'État", "6"],
    ]),
    para("""Griefs les plus souvent retenus : procurations irrégulières, diffusion tardive de tracts
    polémiques, inéligibilité d'un candidat (agent de la commune). Enseignements : renforcer la
    formation des présidents de bureau et le contrôle des procurations établies en établissement."""),
]

DOCX_BLOCKS["p133_arrete_ouverture_enquete_publique_berges.docx"] = [
    ("title", "Arrêté préfectoral portant ouverture d'une enquête publique — résidence des Berges"),
    para("""Le préfet du Tarn-et-Vèze, vu le code de l'expropriation pour cause d'utilité publique,
    vu le code de l'environnement, vu la décision du président du tribunal administratif de
    Toulouse désignant Mme Isabelle Combarieu en qualité de commissaire enquêtrice, arrête :"""),
    para("""Article 1er : Il sera procédé du 12 mai au 13 juin 2025 à une enquête publique unique
    préalable à la déclaration d'utilité publique et à l'enquête parcellaire du projet de
    renouvellement urbain de la résidence des Berges à Montclar-sur-Vèze."""),
    para("""Article 2 : Le dossier est consultable en mairie et sur le site des services de l'État.
    Les observations peuvent être consignées sur les registres ou adressées par voie
    électronique."""),
    para("""Article 3 : La commissaire enquêtrice tiendra cinq permanences, dont deux au local
    associatif de la résidence des Berges."""),
    para("""Article 4 : Le rapport et les conclusions seront tenus à la disposition du public pendant
    un an."""),
]

DOCX_BLOCKS["p134_charte_engagement_conseil_jeunes.docx"] = [
    ("title", "Conseil municipal des jeunes — charte d'engagement et autorisation parentale"),
    para("""En rejoignant le CMJ, je m'engage à participer régulièrement aux réunions, à respecter
    la parole des autres, à représenter tous les jeunes de Montclar et pas seulement mes amis,
    et à ne pas utiliser le CMJ pour défendre un parti politique ou une religion."""),
    ("table", [
        ["Rubrique", "À compléter"],
        ["Nom et prénom du jeune", "______________________"],
        ["Date de naissance", "____/____/______"],
        ["Établissement scolaire", "______________________"],
        ["Responsable légal", "______________________"],
        ["Téléphone du responsable", "______________________"],
        ["Droit à l'image (oui / non)", "______"],
        ["Informations utiles (allergies, PAI)", "______________________"],
    ]),
    para("""Signature du jeune : ____________ Signature du responsable légal : ____________"""),
]

DOCX_BLOCKS["p135_dossier_archives_premieres_conseilleres_1945.docx"] = [
    ("title", "Archives municipales — 29 avril 1945 : les femmes entrent au conseil municipal"),
    para("""Dossier pédagogique réalisé par le service des archives pour les classes de 3e."""),
    para("""Le 29 avril 1945, les femmes de Montclar votent pour la première fois. Le registre
    d'émargement, conservé sous la cote 1 K 45, porte 1 612 signatures féminines. Trois femmes
    sont élues conseillères municipales : Marthe Lacombe (1898-1979), institutrice, ancienne
    résistante déportée à Ravensbrück en 1944 ; Germaine Viala (1902-1988), couturière, veuve de
    guerre ; et Louise Bosc (1911-1996), agricultrice aux Graves."""),
    para("""Marthe Lacombe, que ses élèves appelaient « la dame au châle », raconte dans ses
    souvenirs publiés en 1972 qu'elle avait gardé de sa déportation une santé fragile et qu'elle
    présidait les commissions scolaires assise, « parce que les jambes ne suivaient plus ».
    Une école porte son nom depuis 1985."""),
    para("""Questions pour les élèves : pourquoi les femmes n'ont-elles voté qu'en 1945 ? Qu'est-ce
    que l'ordonnance du 21 avril 1944 ?"""),
]


# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_inscription_listes_electorales.html"] = (
    "S'inscrire sur les listes électorales — Ville de Montclar-sur-Vèze",
    """
<header><p>Accueil &gt; Démarches &gt; Citoyenneté &gt; Élections</p></header>
<main>
<h1>S'inscrire sur les listes électorales</h1>
<p>Pour voter, il faut être inscrit sur la liste électorale d'une commune. L'inscription est
automatique pour les jeunes de 18 ans recensés à 16 ans et pour les personnes qui obtiennent la
nationalité française. Dans tous les autres cas, elle doit être demandée.</p>
<h2>Qui peut s'inscrire à Montclar ?</h2>
<ul>
<li>Les personnes qui ont leur domicile dans la commune, ou qui y résident depuis au moins six
mois ;</li>
<li>Les personnes qui paient depuis au moins deux ans des impôts locaux dans la commune (taxe
foncière, cotisation foncière des entreprises) ;</li>
<li>Les gérants ou associés majoritaires d'une société inscrite au rôle des contributions
communales depuis au moins deux ans ;</li>
<li>Les enfants de moins de 26 ans d'un électeur inscrit au titre de son domicile, même s'ils
vivent ailleurs pour leurs études ;</li>
<li>Les personnes sans domicile stable domiciliées auprès du CCAS ou d'un organisme agréé de la
commune ;</li>
<li>Les ressortissants de l'Union européenne, sur les listes complémentaires, pour les élections
municipales et européennes.</li>
</ul>
<h2>Jusqu'à quand ?</h2>
<p>Vous pouvez vous inscrire toute l'année. Pour voter à un scrutin, la demande doit être déposée
au plus tard le sixième vendredi précédant le scrutin. Pour les élections municipales des 15 et
22 mars 2026, la date limite est fixée au <strong>vendredi 6 février 2026</strong>. Des
inscriptions sont possibles après cette date dans des situations particulières (déménagement
pour motif professionnel, majorité atteinte entre-temps, acquisition de la nationalité,
recouvrement du droit de vote).</p>
<h2>Comment faire ?</h2>
<ol>
<li><strong>En ligne</strong> sur service-public.fr, avec une copie numérique de votre pièce
d'identité et de votre justificatif de domicile ;</li>
<li><strong>En mairie</strong>, au service des élections (1er étage), avec le formulaire cerfa
n° 12669 ;</li>
<li><strong>Par courrier</strong>, en envoyant le formulaire et les pièces au service des
élections.</li>
</ol>
<h2>Quelles pièces fournir ?</h2>
<ul>
<li>Une pièce d'identité en cours de validité ou périmée depuis moins de cinq ans ;</li>
<li>Un justificatif de domicile de moins de trois mois à votre nom (facture d'énergie, de
téléphone fixe ou d'internet, avis d'imposition, quittance de loyer non manuscrite,
attestation d'assurance habitation) ;</li>
<li>Si vous êtes hébergé : une attestation de l'hébergeant, sa pièce d'identité, son justificatif
de domicile et un document prouvant votre lien avec l'adresse (bulletin de salaire, courrier
d'un organisme public) ;</li>
<li>Si vous êtes sans domicile stable : l'attestation d'élection de domicile.</li>
</ul>
<h2>Et après ?</h2>
<p>Le maire statue sur votre demande dans les cinq jours. Vous recevez une notification, puis
votre carte électorale avant le prochain scrutin. En cas de refus, vous pouvez former un recours
devant la commission de contrôle, puis devant le tribunal judiciaire.</p>
<h2>Vérifier votre situation</h2>
<p>Le service « Interroger sa situation électorale » sur service-public.fr vous indique votre
commune et votre bureau de vote. La mairie ne communique pas ces informations par téléphone à
un tiers.</p>
<h2>Déménagement dans la commune</h2>
<p>Pensez à signaler votre nouvelle adresse : vous pourriez changer de bureau de vote. Sans
signalement, votre carte peut nous revenir et une procédure de radiation pourrait être engagée
si nous ne parvenons pas à vous joindre.</p>
<p>Contact : service des élections, 05 63 58 20 10, elections@montclar-sur-veze.fr</p>
</main>
""",
)

HTML_PAGES["p137_page_voter_par_procuration.html"] = (
    "Voter par procuration",
    """
<h1>Voter par procuration : l'essentiel</h1>
<ul>
<li>Aucun motif à justifier.</li>
<li>Votre mandataire peut être inscrit dans une autre commune, mais votera dans votre bureau.</li>
<li>Faites la démarche sur maprocuration.gouv.fr, puis validez votre identité en brigade ou au
commissariat (ou entièrement en ligne avec France Identité).</li>
<li>Impossible de vous déplacer ? Demandez par écrit le passage d'un officier de police judiciaire
à votre domicile.</li>
<li>N'attendez pas le dernier moment : la mairie doit recevoir la procuration avant le scrutin.</li>
</ul>
<p>Voir aussi notre <a href="/faq-procurations">foire aux questions complète</a>.</p>
""",
)

HTML_PAGES["p138_page_budget_participatif_edition_2026.html"] = (
    "Budget participatif 2026 — Proposez vos idées",
    """
<h1>Budget participatif 2026 : 250 000 € pour vos idées</h1>
<p>Vous avez au moins 11 ans et vous habitez, travaillez ou étudiez à Montclar ? Déposez vos idées
du 1er mars au 30 avril 2026 sur la plateforme participative ou dans les urnes des maisons de
quartier.</p>
<h2>Les nouveautés 2026</h2>
<ul>
<li>Une enveloppe de 40 000 € dédiée aux projets en faveur de l'accessibilité et de
l'inclusion, construite avec l'association APF France handicap et l'UNAPEI du Tarn.</li>
<li>Des ateliers d'écriture de projet dans chaque quartier, avec garde d'enfants.</li>
<li>La possibilité de voter par téléphone avec un agent.</li>
</ul>
<h2>Calendrier</h2>
<p>Dépôt : mars-avril. Étude : mai-juillet. Forum des projets : 19 septembre. Vote : octobre.
Résultats : novembre.</p>
<p>Consultez le règlement complet et le bilan des éditions précédentes.</p>
""",
)

HTML_PAGES["p139_actualite_ceremonie_accueil_citoyennete.html"] = (
    "Actualités — Cérémonie d'accueil dans la citoyenneté",
    """
<article>
<h1>Montclar accueille ses nouveaux citoyens</h1>
<p class="date">16 décembre 2025</p>
<p>Le 12 décembre, douze habitants de Montclar-sur-Vèze figuraient parmi les 67 personnes
accueillies dans la citoyenneté française lors de la cérémonie présidée par Mme Hélène Rigaud,
sous-préfète, à la préfecture. Le maire, M. Jacques Bonnefous, leur a remis un livret de bienvenue
et les a invités à la cérémonie de citoyenneté municipale du printemps, où leur carte électorale
leur sera remise.</p>
<p>« Vous avez choisi la France, et la France vous a choisis », a déclaré la sous-préfète.
La chorale du collège Jean-Moulin a interprété La Marseillaise.</p>
<p>Vous souhaitez devenir français ? Des permanences d'information sont assurées par la Cimade à la
maison de quartier de la Plaine, le premier et le troisième mardi du mois.</p>
</article>
""",
)

HTML_PAGES["p140_page_jure_assises_questions.html"] = (
    "Vous avez été tiré au sort pour être juré d'assises",
    """
<h1>Vous avez été tiré au sort pour le jury d'assises ?</h1>
<p>Chaque année, la mairie tire au sort publiquement sur la liste électorale un nombre de noms égal
au triple du nombre de jurés attribués à la commune par le préfet (27 pour Montclar en 2025).</p>
<h2>Les étapes</h2>
<ol>
<li>Courrier de la mairie vous informant du tirage au sort ;</li>
<li>Examen de la liste par une commission au tribunal judiciaire, qui vérifie les conditions et
statue sur les dispenses ;</li>
<li>Si vous êtes retenu sur la liste annuelle, nouveau tirage au sort avant chaque session :
vous êtes alors convoqué au moins quinze jours avant.</li>
</ol>
<h2>Dispenses</h2>
<p>Plus de 70 ans, résidence principale hors du département, motif grave : écrivez au président
de la commission. Vos justificatifs ne transitent pas par la mairie.</p>
<p>Être juré est un devoir civique ; une absence sans motif légitime peut entraîner une amende.</p>
""",
)

HTML_PAGES["p141_page_recensement_population.html"] = (
    "Recensement de la population 2026",
    """
<h1>Recensement 2026 : du 15 janvier au 21 février</h1>
<p>Cette année, 611 logements de Montclar sont concernés. Si votre logement a été tiré au sort,
vous avez reçu un courrier de la mairie, puis la visite d'un agent recenseur muni d'une carte
officielle.</p>
<p>Répondre par internet, c'est simple et rapide : utilisez les codes remis par l'agent sur
le-recensement-et-moi.fr. Sinon, l'agent vous remet des questionnaires papier et vient les
récupérer.</p>
<p>Vos réponses sont strictement confidentielles et ne servent qu'à produire des statistiques
anonymes. Elles ne peuvent donner lieu à aucun contrôle administratif ou fiscal.</p>
<p>Une question ? Coordonnateur communal : 05 63 58 20 15.</p>
""",
)

HTML_PAGES["p142_page_participer_enquete_publique.html"] = (
    "Participer à une enquête publique",
    """
<h1>Comment participer à une enquête publique ?</h1>
<p>L'enquête publique permet à chacun de s'informer et de donner son avis sur un projet
(aménagement, urbanisme, installation classée) avant la décision de l'autorité compétente.</p>
<h2>Vos moyens d'expression</h2>
<ul>
<li>Le registre papier en mairie, aux heures d'ouverture ;</li>
<li>Le registre dématérialisé, accessible 24 h/24 pendant l'enquête ;</li>
<li>Un courrier ou un courriel adressé au commissaire enquêteur ;</li>
<li>Une rencontre avec le commissaire enquêteur lors de ses permanences.</li>
</ul>
<h2>Bon à savoir</h2>
<p>Les observations sont publiques : elles sont consultables par tous et annexées au rapport. Évitez
d'y mentionner des informations personnelles (santé, situation familiale ou financière) : si vous
souhaitez en faire état, demandez un entretien lors d'une permanence. Les observations anonymes
sont admises.</p>
<p>Enquêtes en cours : aucune. Rapports des enquêtes récentes : zone d'activités des Prés Hauts
(2025), résidence des Berges (2025).</p>
""",
)

HTML_PAGES["p143_page_conseil_municipal_jeunes_nouveaux_elus.html"] = (
    "Le conseil municipal des jeunes",
    """
<h1>Le conseil municipal des jeunes (CMJ)</h1>
<p>Le 16 octobre 2025, 312 collégiens et lycéens ont voté pour élire 12 nouveaux conseillers
jeunes. Le CMJ compte désormais 24 membres de 11 à 17 ans, 13 filles et 11 garçons, issus des
deux collèges, du lycée Bellevue et du lycée professionnel.</p>
<p>Ils se réunissent en quatre commissions : environnement, sport et loisirs, solidarité, culture.
Leurs projets 2026 : opération « Nettoyons la Vèze », tournoi de futsal mixte, après-midi jeux au
foyer des aînés, podcast « Les voix de Montclar ».</p>
<p>Élue référente : Mme Françoise Tournier, conseillère municipale déléguée à la jeunesse.
Contact : cmj@montclar-sur-veze.fr</p>
""",
)

HTML_PAGES["p144_page_voter_en_situation_handicap.html"] = (
    "Voter en situation de handicap",
    """
<h1>Voter en situation de handicap : vos droits</h1>
<ul>
<li>Tous les bureaux de vote de Montclar sont accessibles ; le bureau n° 2 est équipé d'une rampe
amovible posée la veille de chaque scrutin.</li>
<li>Chaque bureau dispose d'un isoloir adapté, d'une loupe et d'une table abaissée.</li>
<li>Vous pouvez vous faire accompagner par la personne de votre choix, qui doit être électrice.</li>
<li>Si vous ne pouvez pas signer, votre accompagnant signe pour vous.</li>
<li>Un transport gratuit vers le bureau de vote peut être organisé par le CCAS sur demande
48 heures avant : 05 63 58 20 60.</li>
<li>Les majeurs protégés votent personnellement, comme tous les électeurs.</li>
</ul>
<p>Ces aménagements ont été définis avec APF France handicap, l'association Valentin Haüy et
l'UNAPEI du Tarn.</p>
""",
)

HTML_PAGES["p145_page_signaler_fraude_electorale.html"] = (
    "Signaler une irrégularité électorale",
    """
<h1>Vous constatez une irrégularité pendant la campagne ou le scrutin ?</h1>
<p>Le jour du scrutin, faites consigner vos observations au procès-verbal du bureau de vote : tout
électeur du bureau peut le faire.</p>
<p>Pendant la campagne : les faits pouvant constituer une infraction (achat de voix, pressions,
fausses nouvelles, fraude aux procurations) peuvent être signalés au procureur de la République
ou à la gendarmerie. Les irrégularités de propagande peuvent être signalées à la préfecture.</p>
<p>Après le scrutin : une protestation peut être déposée au tribunal administratif dans les cinq
jours.</p>
<p>La mairie ne peut pas recevoir de dénonciations concernant des personnes ; elle vous orientera
vers l'autorité compétente.</p>
""",
)

HTML_PAGES["p146_resultats_second_tour_municipales.html"] = (
    "Résultats — second tour des élections municipales",
    """
<h1>Élections municipales — résultats du second tour (22 mars 2026)</h1>
<table>
<tr><th>Liste</th><th>Tête de liste</th><th>Voix</th><th>%</th><th>Sièges</th></tr>
<tr><td>Montclar Avance</td><td>Jacques Bonnefous</td><td>4 361</td><td>50,07 %</td><td>26</td></tr>
<tr><td>Montclar Demain</td><td>Olivier Combes</td><td>4 349</td><td>49,93 %</td><td>7</td></tr>
</table>
<p>Inscrits : 14 247 — Votants : 8 944 (62,78 %) — Blancs : 142 — Nuls : 92 — Exprimés : 8 710.</p>
<p>Résultats par bureau de vote disponibles en téléchargement (format ouvert).</p>
""",
)

HTML_PAGES["p147_offre_emploi_gestionnaire_elections.html"] = (
    "Offre d'emploi — Gestionnaire élections et état civil",
    """
<h1>Gestionnaire élections et état civil (H/F) — cadre d'emplois des adjoints administratifs</h1>
<p>Poste à temps complet, à pourvoir le 1er mai 2026, par voie statutaire ou contractuelle.</p>
<h2>Missions</h2>
<ul>
<li>Instruire les demandes d'inscription et de radiation dans le répertoire électoral unique ;</li>
<li>Préparer les scrutins (bureaux de vote, procurations, commission de contrôle) ;</li>
<li>Participer au tirage au sort des jurés d'assises et au recensement de la population ;</li>
<li>Accueillir le public pour les actes d'état civil.</li>
</ul>
<h2>Profil</h2>
<p>Connaissance du code électoral appréciée ; rigueur ; sens absolu de la confidentialité ;
disponibilité les dimanches d'élection (heures rémunérées ou récupérées).</p>
<p>Candidatures avant le 31 mars 2026 : recrutement@montclar-sur-veze.fr</p>
""",
)

HTML_PAGES["p148_page_regles_petitions_locales.html"] = (
    "Les pétitions locales",
    """
<h1>Déposer une pétition locale</h1>
<p>Toute personne âgée d'au moins 16 ans résidant à Montclar peut lancer une pétition sur un sujet
relevant de la compétence de la commune.</p>
<ul>
<li>150 signatures d'habitants : la pétition est examinée par la commission municipale
compétente et reçoit une réponse écrite du maire.</li>
<li>1 000 signatures : elle est inscrite à l'ordre du jour du conseil municipal.</li>
</ul>
<p>Les pétitions ne peuvent pas viser une personne nommément désignée, ni comporter de propos
discriminatoires. Les noms des signataires ne sont pas publiés ; seul le nombre de signatures
apparaît sur la plateforme.</p>
""",
)

HTML_PAGES["p149_proces_verbal_installation_conseil_municipal.html"] = (
    "Procès-verbal de la séance d'installation du conseil municipal",
    """
<h1>Procès-verbal de la séance d'installation du conseil municipal du 28 mars 2026</h1>
<p>Approuvé lors de la séance du 27 avril 2026 et publié en application de l'article L. 2121-15 du
code général des collectivités territoriales.</p>
<h2>1. Installation des conseillers municipaux</h2>
<p>La séance est ouverte à 10 h sous la présidence de M. Jacques Bonnefous, maire sortant, qui
donne lecture des résultats constatés aux procès-verbaux des élections des 15 et 22 mars 2026 et
déclare installés les 33 conseillers municipaux élus : 26 de la liste « Montclar Avance » et 7 de
la liste « Montclar Demain ». Mme Odette Carrié, doyenne d'âge, prend la présidence pour
l'élection du maire. M. Léo Ferrand, benjamin du conseil, est désigné secrétaire de séance.</p>
<h2>2. Élection du maire</h2>
<p>Candidats : M. Jacques Bonnefous et M. Olivier Combes. Premier tour : 33 votants, 0 bulletin
blanc ou nul, 33 exprimés, majorité absolue 17. M. Bonnefous obtient 26 voix, M. Combes 7 voix.
M. Jacques Bonnefous est proclamé maire et immédiatement installé.</p>
<p>Dans son allocution, le maire remercie les électeurs et salue « une campagne intense, parfois
rude, mais qui a mobilisé près de deux électeurs sur trois ». Il indique avoir pris connaissance
du recours déposé au tribunal administratif et assure qu'il « respectera la décision du juge,
quelle qu'elle soit ». M. Combes prend acte du résultat, rappelle l'écart de douze voix et
affirme que son groupe exercera « une opposition exigeante et constructive ».</p>
<h2>3. Nombre d'adjoints</h2>
<p>Le conseil fixe à neuf le nombre d'adjoints (adopté par 26 voix pour, 7 abstentions).</p>
<h2>4. Élection des adjoints</h2>
<p>Une seule liste est déposée, conduite par Mme Véronique Laurens. Elle obtient 26 voix ; 7 bulletins
blancs. Sont proclamés adjoints, dans l'ordre : Mme Véronique Laurens (démocratie locale et vie
associative), M. Michel Vidal (travaux), Mme Sylvie Roques (affaires scolaires), M. Ahmed Bouzid
(solidarités), Mme Françoise Tournier (jeunesse), M. Pierre Azam (finances), Mme Nathalie
Calmettes (culture), M. Bernard Coustel (sport), Mme Samia Kaci (environnement).</p>
<h2>5. Charte de l'élu local</h2>
<p>Le maire donne lecture de la charte de l'élu local prévue à l'article L. 1111-1-1 du CGCT et en
remet un exemplaire à chaque conseiller, avec les dispositions relatives aux conditions d'exercice
des mandats.</p>
<h2>6. Indemnités de fonction</h2>
<p>Le conseil fixe les indemnités du maire à 55 % de l'indice brut terminal, celles des adjoints à
22 % et celles des conseillers délégués à 6 %, dans la limite de l'enveloppe légale. Adopté par
26 voix pour et 7 contre. M. Combes estime que « dans le contexte budgétaire, un geste de
modération aurait été bienvenu ».</p>
<h2>7. Délégations du conseil au maire</h2>
<p>Le conseil délègue au maire les attributions prévues à l'article L. 2122-22 du CGCT, dont la
passation des marchés inférieurs à 90 000 euros HT et l'exercice du droit de préemption. Adopté
par 26 voix pour, 7 abstentions.</p>
<h2>8. Commission de contrôle des listes électorales</h2>
<p>Sont désignés pour la commission de contrôle : Mme Véronique Laurens et M. Pierre Azam, M. Léo
Ferrand et Mme Claire Mourgues pour la majorité, M. Julien Boudou pour l'opposition, dans l'ordre
du tableau et selon les règles de l'article L. 19 du code électoral.</p>
<h2>9. Questions orales</h2>
<p>M. Boudou demande que les séances du conseil soient retransmises en direct sur internet. Le
maire répond que l'équipement sera étudié au budget supplémentaire.</p>
<h2>10. Calendrier</h2>
<p>Le maire annonce que le conseil se réunira le 27 avril pour désigner les représentants de la
commune au conseil communautaire, au CCAS, dans les conseils d'école et au syndicat d'énergie,
puis le 15 mai pour le vote du compte administratif. Il invite les conseillers à faire connaître
avant le 10 avril les commissions municipales dans lesquelles ils souhaitent siéger, la
représentation proportionnelle des groupes étant garantie par le règlement intérieur, qui sera
lui-même adopté dans les six mois.</p>
<p>La séance est levée à 12 h 20.</p>
<p>Le maire, Jacques Bonnefous — Le secrétaire de séance, Léo Ferrand</p>
""",
)

HTML_PAGES["p150_exposition_archives_electeurs_morts_1914.html"] = (
    "Archives — Les électeurs de 1914",
    """
<article>
<h1>Exposition virtuelle : « Inscrits en 1914 »</h1>
<p>La liste électorale de Montclar arrêtée le 31 mars 1914 compte 1 904 électeurs. Quatre ans plus
tard, 187 d'entre eux sont morts pour la France. Les archives municipales ont croisé la liste avec
le monument aux morts et les fiches du fichier des Morts pour la France.</p>
<p>Parmi eux, Émile Roucayrol, cordonnier rue des Remparts, inscrit sous le n° 1 412, tué à
Verdun en 1916 ; Joseph Alibert, cultivateur à Lescure, mort des suites de ses blessures à
l'hôpital d'Albi en 1918 ; les trois frères Pagès, des Graves, disparus la même année.</p>
<p>La liste de 1919 porte, en marge de nombreux noms, la mention « décédé — M.P.L.F. » tracée à
l'encre rouge par le secrétaire de mairie.</p>
<p>Cote des documents : 1 K 14 à 1 K 19. Consultation libre en salle de lecture.</p>
</article>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
