"""Build the .docx and .html documents of the hand-written sensitivity set holdout19.

Theme: civil status, elections, citizenship and funeral matters (état civil: births, marriages,
PACS, name changes, rectifications; naturalisation ceremonies; electoral lists, polling stations and
proxies; the census; cemeteries, concessions and exhumations; funeral services; the commune's register
of deaths; genealogy requests; civic ceremonies; letters from residents about these).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout19_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout19"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def p(text: str) -> tuple[str, object]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_agent_cimetiere.docx"] = [
    ("title", "Rapport d'enquête administrative — service des cimetières"),
    p("""Ville de Niort — Direction de la population. Enquête conduite du 3 au 14 mars 2025 par
      M. Arnaud Sicard, directeur de la population, et Mme Véronique Moinet, conseillère RH, à la
      demande de la directrice générale des services. Document destiné à l'autorité territoriale."""),
    ("h", "1. Origine"),
    p("""Entre novembre 2024 et février 2025, onze familles ont signalé au cimetière des Sablières la
      disparition d'objets funéraires : plaques en bronze, vases, un crucifix en laiton. Le 27 février,
      un marbrier a indiqué avoir vu un agent municipal charger des objets métalliques dans son
      véhicule personnel à la fermeture."""),
    ("h", "2. Auditions"),
    ("table", [
        ["Personne", "Qualité", "Date", "Éléments"],
        ["M. T. Guérin", "Marbrier", "03/03", "Confirme avoir vu le véhicule de l'agent le 21/02."],
        ["M. J.-P. Rocher", "Agent des cimetières", "05/03",
         "Reconnaît avoir emporté « des objets abandonnés » revendus à un ferrailleur ; conteste les vols."],
        ["M. K. Diop", "Agent des cimetières", "06/03", "Dit avoir averti sa hiérarchie dès décembre."],
        ["Mme L. Benoît", "Ferrailleur (Chauray)", "10/03",
         "Produit trois bons d'achat au nom de M. Rocher (52 kg de bronze)."],
    ]),
    ("h", "3. Analyse"),
    p("""Les faits de soustraction d'objets déposés sur des sépultures sont établis pour au moins trois
      dates. Ils constituent un manquement grave au devoir de probité et sont susceptibles de recevoir
      une qualification pénale. M. Rocher, agent depuis 2009, n'avait fait l'objet d'aucune sanction
      antérieure ; ses évaluations soulignaient sa ponctualité."""),
    ("h", "4. Propositions"),
    p("""Suspension de fonctions (prononcée le 12 mars) ; saisine du conseil de discipline pour une
      sanction du troisième groupe ; signalement au procureur de la République au titre de l'article 40
      du code de procédure pénale ; information individuelle des familles concernées par courrier."""),
]

DOCX_BLOCKS["s047_liste_ceremonie_accueil_citoyennete.docx"] = [
    ("title", "Cérémonie d'accueil dans la citoyenneté française — 21 novembre 2024"),
    p("""Préfecture de la Vienne, en mairie de Châtellerault. Liste de travail du protocole (ne pas
      afficher) : placement et remise des décrets."""),
    ("table", [
        ["Rang", "Nom", "Pays d'origine", "Observations protocole"],
        ["1", "Mme Irina Volkova", "Ukraine", "Accompagnée de ses deux enfants"],
        ["2", "M. Ousmane Traoré", "Mali", "Prononce le témoignage (3 min)"],
        ["3", "Mme Lin Mei", "Chine", "—"],
        ["4", "M. Aram Petrossian", "Arménie", "Ancien réfugié statutaire (OFPRA) ; a demandé que son "
                                                "pays d'origine ne soit pas annoncé au micro"],
        ["5", "Mme Zohra Mansouri", "Algérie", "Par déclaration à raison du mariage"],
        ["6", "M. Diego Alvarez", "Colombie", "—"],
    ]),
    p("""Déroulé : accueil à 17 h 30 ; allocution du sous-préfet ; projection du film « Devenir
      Français » ; remise des décrets et de la charte des droits et devoirs du citoyen français ;
      Marseillaise chantée par la chorale du collège ; verre de l'amitié."""),
]

DOCX_BLOCKS["s048_rapport_social_prise_en_charge_obseques.docx"] = [
    ("title", "CCAS de Saint-Nazaire — Rapport social"),
    p("""Objet : demande d'aide aux frais d'obsèques de M. René Bihan, décédé le 9 avril 2025.
      Demandeur : Mme Marina Bihan, sa fille, 34 ans, domiciliée à Trignac."""),
    ("h", "Situation"),
    p("""Mme Bihan élève seule ses trois enfants. Elle perçoit le revenu de solidarité active et
      l'allocation de soutien familial, soit 1 320 € par mois au total. Elle est hébergée
      temporairement chez une amie depuis la perte de son logement en janvier, à la suite d'une
      procédure pour impayés. Son père vivait seul et ne laisse aucun actif ; son compte présentait
      un solde débiteur."""),
    ("h", "Devis"),
    ("table", [
        ["Prestation", "Montant TTC"],
        ["Cercueil, capiton, plaque", "690 €"],
        ["Transport et mise en bière", "540 €"],
        ["Inhumation en terrain commun", "480 €"],
        ["Total", "1 710 €"],
    ]),
    ("h", "Avis de l'assistante sociale"),
    p("""Avis favorable à une prise en charge de 1 200 €, le solde étant réglé en six mensualités par
      Mme Bihan, qui s'y est engagée. Signé : Mme Élodie Garnier, assistante de service social."""),
]

DOCX_BLOCKS["s049_dossier_changement_nom_enfant.docx"] = [
    ("title", "Demande de changement de nom — procédure de l'article 61-3-1 du code civil"),
    p("""Mairie de Roanne — service de l'état civil. Dossier n° CN-2025-011, déposé le 14 février 2025
      par Mme Jessica Perret, pour son fils Noah, âgé de 11 ans."""),
    ("h", "Demande"),
    p("""La mère demande que l'enfant, qui porte le nom de son père, M. Anthony Girod, porte désormais
      le nom « Perret », à titre d'usage puis par la procédure simplifiée. Elle exerce seule
      l'autorité parentale depuis le jugement du juge aux affaires familiales de 2022, qui a retiré au
      père l'exercice de l'autorité parentale après sa condamnation pour des violences commises sur
      l'enfant."""),
    ("h", "Pièces produites"),
    ("table", [
        ["Pièce", "Reçue"],
        ["Acte de naissance de l'enfant (copie intégrale)", "Oui"],
        ["Jugement du JAF (2022)", "Oui"],
        ["Consentement de l'enfant de plus de 13 ans", "Sans objet"],
        ["Pièce d'identité de la mère", "Oui"],
    ]),
    ("h", "Observations de l'officier de l'état civil"),
    p("""L'accord de l'autre parent n'est pas requis lorsqu'un seul parent exerce l'autorité parentale ;
      il doit seulement être informé. L'éducatrice de l'ASE qui suit l'enfant a été contactée à la
      demande de la mère pour préparer l'information du père, qui ne doit pas recevoir l'adresse de
      l'enfant."""),
]

DOCX_BLOCKS["s050_plan_evacuation_salle_proclamation.docx"] = [
    ("title", "NE PAS DIFFUSER — Plan de mise en sûreté, salle des fêtes Jean-Moulin"),
    p("""Soirée électorale du second tour — Ville de Villeneuve-Saint-Georges. Document à l'usage
      exclusif de la cellule de crise municipale."""),
    ("h", "Accès et clés"),
    ("table", [
        ["Accès", "Dispositif", "Détenteur"],
        ["Porte arrière (quai de livraison)", "Digicode 1 9 4 7 B", "Chef de la PM"],
        ["Local technique / TGBT", "Clé n° 14 (trousseau rouge)", "Régisseur de salle"],
        ["Armoire des urnes", "Cadenas à code 3-8-2", "Responsable élections"],
        ["Issue de secours est", "Barre antipanique, alarme coupée de 19 h à 1 h", "Gardien"],
    ]),
    ("h", "Itinéraires d'évacuation"),
    p("""Le public est évacué par l'issue ouest vers le parking de la médiathèque ; les élus et les
      présidents de bureau par l'issue est, vers la cour de l'école Paul-Bert, où stationne le
      véhicule de la police municipale. Les procès-verbaux restent sous la garde du DGS dans la
      mallette scellée."""),
    ("h", "Points faibles identifiés"),
    p("""Les fenêtres du rez-de-chaussée côté rue de Paris ne sont pas barreaudées ; la caméra du
      parvis ne filme pas l'entrée du parking souterrain. Ne pas diffuser ce document hors de la
      cellule."""),
]

DOCX_BLOCKS["s051_offre_candidat_crematorium_analyse.docx"] = [
    ("title", "Concession du crématorium intercommunal — analyse détaillée de l'offre du candidat B"),
    p("""Document de travail de l'assistant à maîtrise d'ouvrage — informations couvertes par le secret
      des affaires (article L. 151-1 du code de commerce) — réservé aux membres de la commission."""),
    ("h", "1. Montage financier"),
    p("""Le candidat B (Crémation Atlantique SAS) prévoit un investissement de 3,8 M€ financé à 70 % par
      un prêt bancaire à 3,1 % sur 20 ans, dont il a communiqué la lettre d'intention de la banque, et
      à 30 % par fonds propres apportés par sa société mère."""),
    ("table", [
        ["Poste", "Année 1", "Année 5", "Année 20"],
        ["Crémations", "1 150", "1 420", "1 680"],
        ["Chiffre d'affaires (k€)", "905", "1 160", "1 470"],
        ["Charges de personnel (k€)", "312", "338", "401"],
        ["Coût unitaire du gaz par crémation", "38 €", "41 €", "46 €"],
        ["Résultat net (k€)", "-42", "118", "265"],
    ]),
    ("h", "2. Conditions fournisseurs"),
    p("""Le four est acquis auprès de son fournisseur allemand avec une remise de 22 % négociée dans un
      accord-cadre groupe ; la maintenance est facturée 28 000 € par an. Ces conditions ne doivent en
      aucun cas être communiquées au candidat A."""),
    ("h", "3. Appréciation"),
    p("""Offre solide mais hypothèse de croissance du nombre de crémations jugée optimiste (+1,9 % par an
      contre +1,2 % retenu par l'AMO)."""),
]

DOCX_BLOCKS["s052_pv_conseil_discipline_agent_etat_civil.docx"] = [
    ("title", "Conseil de discipline — procès-verbal de séance"),
    p("""Centre de gestion de la fonction publique territoriale de la Marne. Séance du 6 juin 2025.
      Affaire : Mme Sandrine Hoarau, adjointe administrative principale de 2e classe, service de
      l'état civil de la commune d'Épernay."""),
    ("h", "Faits reprochés"),
    p("""Il est reproché à Mme Hoarau d'avoir, entre septembre 2024 et janvier 2025, délivré à une
      agence de recherche d'héritiers, contre rémunération, des copies intégrales d'actes de
      naissance et de mariage de moins de 75 ans, en méconnaissance des règles de délivrance et de
      son obligation de discrétion professionnelle. Trente-deux actes sont concernés."""),
    ("h", "Débats"),
    p("""L'agent reconnaît les faits, qu'elle explique par des difficultés financières importantes ; son
      conseil produit un plan de surendettement. Le représentant de la collectivité souligne
      l'atteinte à la confiance des usagers et la répétition des faits."""),
    ("h", "Vote"),
    ("table", [
        ["Proposition", "Pour", "Contre", "Abstention"],
        ["Exclusion temporaire de 2 ans dont 1 an avec sursis", "3", "5", "0"],
        ["Exclusion temporaire de 6 mois", "6", "2", "0"],
    ]),
    p("""Le conseil émet un avis favorable à une exclusion temporaire de fonctions de six mois."""),
]

DOCX_BLOCKS["s053_fiche_identification_defunt_inconnu.docx"] = [
    ("title", "Fiche de suivi — défunt d'identité inconnue"),
    p("""Mairie de Calais — état civil. Acte de décès n° 389/2025 dressé le 12 juillet 2025 sous le
      signalement « homme d'environ 30 ans, découvert sur la plage de Blériot le 10 juillet »."""),
    ("h", "Éléments transmis par l'officier de police judiciaire"),
    ("table", [
        ["Élément", "Résultat"],
        ["Empreintes digitales (FAED)", "Correspondance avec un relevé effectué en 2023"],
        ["Profil ADN (FNAEG) comparé à celui d'un frère", "Lien de fratrie confirmé le 28 août"],
        ["Identité retenue", "M. Dawit Haile, né en 1994 à Asmara (Érythrée)"],
    ]),
    ("h", "Suites"),
    p("""Le parquet de Boulogne-sur-Mer a ordonné la rectification de l'acte de décès par jugement du
      4 septembre. La mention sera apposée dès réception. Le frère, M. Yonas Haile, résidant en
      Allemagne, souhaite un rapatriement du corps ; le consulat d'Érythrée a été informé par le
      parquet."""),
]

DOCX_BLOCKS["s054_cr_cellule_veille_canicule_deces.docx"] = [
    ("title", "Cellule de veille canicule — compte rendu du 14 août 2025"),
    p("""Ville de Lyon, 8e arrondissement — réunion quotidienne : mairie d'arrondissement, CCAS,
      police municipale, service des décès. Diffusion aux membres de la cellule."""),
    ("h", "1. Situation générale"),
    p("""Vigilance rouge maintenue jusqu'au 16 août. Les salles rafraîchies (mairie, médiathèque
      Bachut) ont accueilli 214 personnes hier. Les appels du registre des personnes vulnérables
      continuent : 1 306 inscrits appelés, 18 non joignables, visites à domicile programmées."""),
    ("h", "2. Décès signalés au service"),
    p("""Deux décès à domicile ont été déclarés ce matin, concernant des personnes inscrites au
      registre :"""),
    ("table", [
        ["Personne", "Âge", "Éléments connus du CCAS"],
        ["Mme Paulette Renaud", "89", "Insuffisance cardiaque, vivait seule, portage de repas"],
        ["M. Abdelkader Ziani", "76", "Diabétique sous insuline, amputé, sortie d'hôpital le 8 août"],
    ]),
    p("""Le CCAS s'interroge sur l'absence d'appel à M. Ziani le 12 août : la liste d'appels de ce
      jour-là comportait une erreur de tri. Une vérification est en cours."""),
    ("h", "3. Décisions"),
    p("""Rappel des agents de la PM pour des visites supplémentaires ; ouverture du gymnase Mermoz le
      soir ; signalement des deux décès à l'ARS."""),
]

DOCX_BLOCKS["s055_fiche_parrainage_civil_enfant_confie.docx"] = [
    ("title", "Parrainage civil — fiche de préparation de la cérémonie"),
    p("""Mairie de Dole — cérémonie prévue le samedi 7 juin 2025 à 11 h, salle des mariages.
      Élu célébrant : M. Jean-Louis Mourey, adjoint."""),
    ("table", [
        ["Rubrique", "Renseignements"],
        ["Enfant", "Lily-Rose Vuillemin, née le 2 février 2019"],
        ["Demandeurs", "M. et Mme Cuenot, assistants familiaux chez qui l'enfant vit"],
        ["Autorité parentale", "Mère (droits de visite médiatisés) ; père inconnu"],
        ["Accord requis", "Oui — accord écrit de la mère et avis du service de l'ASE (reçus)"],
        ["Parrain / marraine", "M. Lucas Cuenot ; Mme Alicia Grandjean"],
    ]),
    p("""Remarque de la référente ASE, Mme Fanny Bertin : la mère ne souhaite pas assister à la
      cérémonie ; aucune photographie de l'enfant ne doit être publiée dans le bulletin municipal."""),
]

DOCX_BLOCKS["s056_rapport_reprise_concessions_carre_c.docx"] = [
    ("title", "Procédure de reprise des concessions en état d'abandon — carré C"),
    p("""Ville de Vichy — service des cimetières. Rapport au maire préalable au second constat,
      établi le 3 février 2025."""),
    ("h", "1. Rappel de la procédure"),
    p("""Le premier constat d'abandon a été dressé le 18 janvier 2022 pour 46 concessions du carré C
      du cimetière des Bartins. Les avis ont été affichés et les familles connues informées par
      lettre recommandée. Le délai de trois ans étant écoulé, le second constat peut être dressé."""),
    ("h", "2. Bilan"),
    ("table", [
        ["Situation", "Nombre"],
        ["Concessions restaurées par les familles", "9"],
        ["Familles s'étant manifestées sans travaux", "4"],
        ["Concessions toujours en état d'abandon", "33"],
    ]),
    ("h", "3. Cas particuliers"),
    p("""Concession C-118 (famille Lacroix) : le seul ayant droit identifié, M. Bruno Lacroix, a répondu
      par l'intermédiaire de son tuteur qu'il est hospitalisé au long cours au centre hospitalier
      spécialisé de Sainte-Marie, à la suite d'une décompensation psychotique, et ne peut entreprendre
      les travaux ; le tuteur demande un délai. Il est proposé de sortir la concession de la
      procédure et d'effectuer un nettoyage sommaire en régie."""),
    p("""Concession C-141 : monument classé d'intérêt local (sculpture de 1896), conservé par la
      commune après reprise."""),
    ("h", "4. Proposition"),
    p("""Dresser le second constat le 17 mars 2025 et soumettre au conseil municipal la reprise des
      32 concessions restantes."""),
]

DOCX_BLOCKS["s057_brochure_centenaire_monument_maquette.docx"] = [
    ("title", "Centenaire du monument aux morts — maquette de la brochure (version 3)"),
    p("""Ville de Saint-Flour — service communication. Maquette interne avant validation des droits."""),
    ("h", "Page 2 — Le mot du maire"),
    p("""Texte en attente."""),
    ("h", "Pages 3 à 6 — Reproduction intégrale du chapitre « Les noms sur la pierre »"),
    p("""Extrait intégral du chapitre 4 de l'ouvrage de Mme Hélène Vigier, « Saint-Flour dans la
      Grande Guerre », Éditions du Planèze, 2016, © tous droits réservés. Reproduction autorisée
      uniquement sous réserve de la signature de la convention de cession, non signée à ce jour :"""),
    p("""« Au printemps 1922, la commune ouvre une souscription. Les familles donnent ce qu'elles
      peuvent : quelques francs, une montre, parfois l'alliance d'un fils. Le sculpteur, venu
      d'Aurillac, propose un poilu appuyé sur son fusil ; le conseil préfère une femme voilée, tenant
      une couronne. Le débat dure six mois, et c'est finalement le curé, puis l'instituteur, qui
      départagent les élus en faveur de la veuve… Sur la face nord, les noms sont rangés par année de
      mort. Il en manque un, celui de Pierre Astruc, mort de la grippe en permission en 1918, que
      l'administration militaire refusa de reconnaître ; sa mère vint chaque dimanche, pendant dix
      ans, lire la liste à voix haute en s'arrêtant là où son nom aurait dû être. »"""),
    p("""[suite du chapitre, pages 88 à 104 de l'ouvrage, reproduites en fac-similé]"""),
    ("h", "Note de la maquettiste"),
    p("""Ne pas envoyer à l'imprimeur tant que l'éditeur n'a pas retourné la convention signée."""),
]

DOCX_BLOCKS["s058_bilan_coordonnateur_recensement.docx"] = [
    ("title", "Recensement 2025 — bilan du coordonnateur communal"),
    p("""Commune de Pessac. Bilan remis au maire et au superviseur INSEE le 10 mars 2025."""),
    ("h", "1. Résultats"),
    ("table", [
        ["Indicateur", "Valeur"],
        ["Logements de l'échantillon", "2 914"],
        ["Taux de réponse", "95,1 %"],
        ["Réponse par internet", "68 %"],
        ["Fiches de logement non enquêté", "143"],
    ]),
    ("h", "2. Organisation"),
    p("""Huit agents recenseurs ont été recrutés, dont quatre agents municipaux en activité
      accessoire. Le district 5 a pris du retard la troisième semaine : l'agent recenseur,
      Mme Christine Baudry, agent municipal par ailleurs, a été absente trois jours au titre des
      heures de délégation dont elle dispose comme secrétaire du syndicat CFDT Interco de la ville,
      en raison des négociations sur le RIFSEEP. Le district a été terminé avec l'aide du
      coordonnateur adjoint."""),
    ("h", "3. Communication"),
    p("""L'affichage dans les halls et les messages sur les panneaux lumineux ont été efficaces. La
      distribution des courriers d'information dans les boîtes aux lettres, la semaine précédant la
      collecte, reste le meilleur levier."""),
    ("h", "4. Recommandations pour 2026"),
    p("""Recruter les agents dès octobre ; prévoir un agent remplaçant ; renforcer la collecte dans
      les résidences étudiantes, où le taux de réponse est le plus faible."""),
]

DOCX_BLOCKS["s059_pv_audition_futurs_epoux.docx"] = [
    ("title", "Procès-verbal d'audition des futurs époux — article 63 du code civil"),
    p("""Mairie de Perpignan — dossier de mariage n° 2025-0402. Audition commune puis séparée,
      réalisée le 12 mai 2025 par Mme Nathalie Sabaté, officier de l'état civil délégué."""),
    ("h", "Identité"),
    ("table", [
        ["", "Futur époux", "Future épouse"],
        ["Nom, prénom", "M. Youssef Amrani", "Mme Pauline Roig"],
        ["Nationalité", "Marocaine", "Française"],
        ["Séjour", "Obligation de quitter le territoire notifiée en 2024, recours rejeté", "—"],
        ["Vie commune", "Depuis 2022, 4 rue Foch", "Idem"],
    ]),
    ("h", "Appréciation"),
    p("""Les réponses des futurs époux sont concordantes (rencontre, vie quotidienne, projets,
      familles). L'irrégularité du séjour de l'un d'eux n'est pas, à elle seule, un indice de défaut
      d'intention matrimoniale. Aucune saisine du parquet n'est proposée. La date du 21 juin est
      confirmée."""),
]

DOCX_BLOCKS["s060_note_negociation_rachat_chambre_funeraire.docx"] = [
    ("title", "Rachat de la chambre funéraire des Quatre-Vents — point de négociation"),
    p("""CONFIDENTIEL — réservé au maire, au DGS et à l'adjoint aux finances. Mairie d'Alençon,
      8 septembre 2025."""),
    p("""Le propriétaire actuel, la société Funéral Normandie, accepte de céder le bâtiment et le fonds
      à la commune. Lors de la réunion du 4 septembre, son dirigeant a indiqué que son prix plancher
      était de 640 000 €, alors que l'estimation de France Domaine s'établit à 585 000 €. Il nous a
      communiqué, à titre strictement confidentiel, ses comptes 2024 (chiffre d'affaires 412 000 €,
      EBE 96 000 €) et l'existence d'une offre concurrente d'un groupe national à 620 000 €."""),
    ("table", [
        ["Scénario", "Prix", "Financement"],
        ["A — accord immédiat", "640 000 €", "Emprunt 15 ans"],
        ["B — contre-offre", "600 000 €", "Emprunt + autofinancement"],
        ["C — renoncement", "—", "Maintien de la DSP actuelle"],
    ]),
    p("""Recommandation : contre-offre à 600 000 € avant le 20 septembre. Ne pas diffuser : toute fuite
      compromettrait la négociation. — Document confidentiel, page 1/1."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_population_2024.docx"] = [
    ("title", "Rapport d'activité 2024 — Direction de la population"),
    p("""Ville de La Rochelle. Le présent rapport retrace l'activité des services de l'état civil, des
      élections, des affaires funéraires et des formalités administratives au cours de l'année 2024.
      Il est présenté à la commission « Administration générale » du conseil municipal."""),
    ("h", "1. Les faits marquants"),
    p("""L'année 2024 a été marquée par l'organisation de trois tours de scrutin en quatre semaines
      (élections européennes et législatives anticipées), qui ont mobilisé 412 agents et 290
      bénévoles, par la mise en service de la prise de rendez-vous en ligne pour les mariages et les
      PACS, et par l'ouverture du nouvel espace cinéraire du cimetière de Laleu."""),
    ("h", "2. État civil"),
    ("table", [
        ["Activité", "2023", "2024", "Évolution"],
        ["Actes de naissance", "2 412", "2 356", "-2,3 %"],
        ["Actes de reconnaissance", "811", "798", "-1,6 %"],
        ["Mariages", "312", "298", "-4,5 %"],
        ["PACS enregistrés", "401", "437", "+9,0 %"],
        ["Actes de décès", "1 954", "1 902", "-2,7 %"],
        ["Changements de prénom", "52", "61", "+17,3 %"],
        ["Copies et extraits délivrés", "48 210", "45 870", "-4,9 %"],
    ]),
    p("""La baisse des demandes de copies se poursuit grâce à COMEDEC, qui permet aux notaires et aux
      préfectures de vérifier les données d'état civil sans demande papier. 83 % des demandes sont
      désormais reçues par voie dématérialisée. Le délai moyen de délivrance est de 2,4 jours."""),
    p("""Les changements de prénom progressent légèrement ; près de la moitié concernent des
      francisations ou des simplifications d'orthographe. Quatre dossiers ont été transmis au
      procureur de la République, qui a autorisé trois d'entre eux."""),
    ("h", "3. Élections"),
    p("""Au 31 décembre, la commune comptait 54 318 électeurs inscrits sur la liste principale et
      1 204 sur les listes complémentaires (ressortissants de l'Union européenne). La participation a
      atteint 56,2 % aux européennes et 71,8 % au second tour des législatives. 22 400 procurations
      ont été enregistrées sur l'année, dont les trois quarts par la téléprocédure."""),
    p("""La commission de contrôle s'est réunie cinq fois. Elle n'a été saisie d'aucun recours
      administratif préalable. Deux bureaux de vote ont été déplacés pour des raisons
      d'accessibilité."""),
    ("h", "4. Affaires funéraires et cimetières"),
    ("table", [
        ["Activité", "2024"],
        ["Inhumations", "612"],
        ["Dépôts d'urnes et dispersions", "588"],
        ["Concessions délivrées", "241"],
        ["Renouvellements", "319"],
        ["Exhumations", "47"],
        ["Obsèques prises en charge par la commune", "14"],
    ]),
    p("""Pour la première fois, le nombre de dépôts d'urnes et de dispersions approche celui des
      inhumations. Cette évolution justifie la création de l'espace cinéraire de Laleu, qui compte
      96 cases de columbarium et 48 cavurnes."""),
    ("h", "5. Ressources"),
    p("""La direction compte 38 agents (35,4 ETP). Le budget de fonctionnement, hors masse salariale,
      s'élève à 412 000 €, dont 186 000 € pour l'organisation des scrutins, en partie compensés par
      l'État. Les recettes des concessions atteignent 298 000 €."""),
    ("h", "6. Perspectives 2025"),
    p("""Préparation des élections municipales de 2026 ; déploiement d'une borne d'accueil
      multilingue ; reprise de 120 concessions en état d'abandon ; élaboration d'un règlement des
      cimetières commun aux quatre sites."""),
]

DOCX_BLOCKS["p122_charte_accueil_familles_endeuillees.docx"] = [
    ("title", "Charte d'accueil des familles endeuillées"),
    p("""Ville de Besançon — service des affaires funéraires et des cimetières. Adoptée par le conseil
      municipal le 14 novembre 2024."""),
    ("h", "Nos engagements"),
    p("""1. Recevoir chaque famille dans un espace calme, sans attente au guichet général, sur
      rendez-vous ou immédiatement en cas d'urgence."""),
    p("""2. Expliquer clairement les démarches, les délais et les coûts, et remettre la liste
      officielle des opérateurs funéraires habilités, sans jamais orienter vers l'un d'eux."""),
    p("""3. Respecter les convictions, les rites et les volontés du défunt dans le cadre de la loi,
      quelles qu'elles soient."""),
    p("""4. Garantir la confidentialité des informations confiées."""),
    p("""5. Accompagner les familles aux ressources modestes vers le CCAS et les caisses de retraite
      qui versent un capital décès."""),
    ("h", "Nos délais"),
    ("table", [
        ["Démarche", "Délai"],
        ["Acte de décès", "Le jour même"],
        ["Autorisation d'inhumation", "Dans la journée"],
        ["Autorisation d'exhumation", "5 jours ouvrés"],
        ["Renouvellement de concession", "15 jours"],
    ]),
]

DOCX_BLOCKS["p123_guide_president_bureau_vote.docx"] = [
    ("title", "Guide du président de bureau de vote — élections municipales 2026"),
    p("""Commune de Mérignac — service des élections. Ce guide résume les obligations du président et
      des membres du bureau. Il ne remplace pas le code électoral ni le mémento du ministère de
      l'Intérieur, qui font foi."""),
    ("h", "1. Avant l'ouverture"),
    p("""Le président vérifie la présence de l'urne (deux serrures, clés différentes), des isoloirs,
      des enveloppes en nombre au moins égal aux inscrits, des bulletins de chaque liste, de la liste
      d'émargement, du registre des procurations et des affiches obligatoires. Il constate
      publiquement que l'urne est vide avant de la fermer, à 8 h."""),
    ("h", "2. Composition du bureau"),
    p("""Le bureau comprend un président, au moins deux assesseurs et un secrétaire. Trois membres au
      moins doivent être présents pendant toute la durée des opérations. Chaque liste peut désigner
      un assesseur et un délégué."""),
    ("h", "3. Pendant le scrutin"),
    p("""L'électeur présente un titre d'identité (obligatoire dans les communes de plus de 1 000
      habitants). Il prend une enveloppe, passe obligatoirement par l'isoloir, fait constater par le
      président qu'il n'est porteur que d'une seule enveloppe, puis la glisse dans l'urne. Il signe
      la liste d'émargement à l'encre, en face de son nom."""),
    p("""Le mandataire d'une procuration vote dans le bureau du mandant. Il présente sa propre pièce
      d'identité ; la procuration est vérifiée sur la liste des procurations éditée depuis le
      répertoire électoral unique."""),
    ("h", "4. Police de l'assemblée"),
    p("""Le président a seul la police du bureau. Nulle force armée ne peut y être placée sans son
      autorisation. Il peut faire expulser toute personne qui trouble le déroulement du scrutin et
      doit consigner tout incident au procès-verbal. Aucune propagande n'est admise dans le bureau."""),
    ("h", "5. La clôture et le dépouillement"),
    p("""À 18 h, le président déclare le scrutin clos. Les émargements sont comptés, l'urne est ouverte
      et les enveloppes comptées. Les scrutateurs, par tables de quatre, lisent et pointent les
      bulletins. Les bulletins blancs et nuls sont annexés au procès-verbal, contresignés par les
      membres du bureau."""),
    ("table", [
        ["Cas", "Décision"],
        ["Enveloppe vide", "Blanc"],
        ["Bulletin d'une autre liste ou d'un autre scrutin", "Nul"],
        ["Deux bulletins identiques dans une enveloppe", "Une seule voix"],
        ["Deux bulletins différents", "Nul"],
        ["Bulletin raturé ou annoté", "Nul"],
        ["Signe de reconnaissance", "Nul"],
    ]),
    ("h", "6. Le procès-verbal"),
    p("""Le procès-verbal est rédigé en deux exemplaires, signé par tous les membres du bureau ; les
      délégués peuvent y porter leurs observations. Un exemplaire est porté au bureau centralisateur
      avec les pièces annexées. Les résultats sont affichés immédiatement dans le bureau."""),
    ("h", "7. Numéros utiles"),
    p("""Service élections : 05 56 55 66 00 ; permanence du maire : 05 56 55 66 01."""),
]

DOCX_BLOCKS["p124_deliberation_attribution_dsp_funeraire.docx"] = [
    ("title", "Délibération n° 2025-061 — attribution de la délégation de service public"),
    p("""Conseil municipal de Saint-Malo, séance du 26 mai 2025. Objet : attribution de la délégation
      du service de la chambre funéraire municipale pour une durée de huit ans."""),
    p("""Vu le code de la commande publique ; vu le rapport de la commission de délégation de service
      public du 15 avril 2025 ; vu le rapport du maire sur le choix du délégataire et l'économie
      générale du contrat, transmis aux conseillers le 9 mai ;"""),
    p("""Le conseil municipal, après en avoir délibéré, approuve le choix de la société Funérarium
      d'Émeraude comme délégataire, pour une durée de huit ans à compter du 1er juillet 2025, avec
      une redevance annuelle de 12 000 € et les tarifs publics annexés au contrat, et autorise le
      maire à signer le contrat."""),
    ("table", [
        ["Votants", "Pour", "Contre", "Abstentions"],
        ["39", "31", "6", "2"],
    ]),
]

DOCX_BLOCKS["p125_rapport_commission_controle_annuel.docx"] = [
    ("title", "Commission de contrôle des listes électorales — rapport annuel 2024"),
    p("""Commune de Villejuif. Rapport établi par la présidente de la commission et présenté au
      conseil municipal."""),
    ("h", "Composition"),
    p("""Commune de plus de 1 000 habitants ayant plus de deux listes au conseil : cinq conseillers
      municipaux, dont trois de la liste majoritaire et deux des listes minoritaires."""),
    ("h", "Activité"),
    ("table", [
        ["Réunion", "Inscriptions", "Radiations", "Observations"],
        ["15/05/2024 (avant européennes)", "612", "488", "Aucune"],
        ["13/06/2024 (avant législatives)", "301", "97", "Aucune"],
        ["20/11/2024", "745", "1 012", "Radiations d'office pour perte d'attache vérifiées"],
    ]),
    p("""La commission n'a reçu aucun recours administratif préalable en 2024. Elle a recommandé au
      service de renforcer l'information des électeurs dont la carte est revenue avec la mention
      « n'habite pas à l'adresse indiquée » avant toute radiation."""),
]

DOCX_BLOCKS["p126_plan_communication_recensement.docx"] = [
    ("title", "Plan de communication — recensement de la population 2026"),
    p("""Ville de Caen — direction de la communication et service de la population."""),
    ("table", [
        ["Période", "Action", "Support"],
        ["Décembre", "Article « Le recensement, à quoi ça sert ? »", "Magazine municipal"],
        ["Début janvier", "Présentation des agents recenseurs avec photo", "Site, réseaux sociaux"],
        ["Janvier", "Affiches dans les halls d'immeubles", "Bailleurs sociaux"],
        ["Janvier-février", "Rappel hebdomadaire « Répondez en ligne »", "Panneaux lumineux"],
        ["Fin février", "Remerciements et premier bilan", "Réseaux sociaux"],
    ]),
    p("""Messages clés : le recensement est obligatoire, gratuit et confidentiel ; les réponses sont
      transmises à l'INSEE et ne peuvent donner lieu à aucun contrôle administratif ou fiscal ;
      l'agent recenseur porte une carte officielle tricolore avec photographie."""),
]

DOCX_BLOCKS["p127_convention_comedec.docx"] = [
    ("title", "Convention d'adhésion au dispositif COMEDEC"),
    p("""Entre l'Agence nationale des titres sécurisés (ANTS), représentée par son directeur, et la
      commune de Saint-Dizier, représentée par son maire."""),
    ("h", "Article 1 — Objet"),
    p("""La présente convention a pour objet de définir les conditions dans lesquelles la commune
      adhère au dispositif de communication électronique des données de l'état civil (COMEDEC),
      permettant aux destinataires habilités (notaires, préfectures, ministère des affaires
      étrangères) d'obtenir la vérification des données d'état civil par voie dématérialisée."""),
    ("h", "Article 2 — Obligations de la commune"),
    p("""La commune s'engage à disposer d'un logiciel d'état civil compatible, à désigner un référent
      technique et un référent métier, à traiter les demandes dans un délai de trois jours ouvrés et
      à garantir la sécurité des échanges selon le référentiel fourni."""),
    ("h", "Article 3 — Durée"),
    p("""La convention est conclue pour une durée de trois ans, renouvelable tacitement."""),
    ("h", "Article 4 — Coût"),
    p("""L'adhésion est gratuite. Les frais de mise à niveau du logiciel restent à la charge de la
      commune, qui peut solliciter l'aide forfaitaire prévue par l'ANTS."""),
]

DOCX_BLOCKS["p128_note_procedure_exhumation.docx"] = [
    ("title", "Procédure : l'exhumation à la demande des familles"),
    p("""Fiche technique du service des cimetières — Ville de Metz (version 2025)."""),
    ("h", "Qui peut demander ?"),
    p("""Le plus proche parent du défunt. En cas de pluralité de parents au même degré ou de désaccord,
      la commune ne tranche pas : le juge judiciaire est compétent."""),
    ("h", "Étapes"),
    ("table", [
        ["Étape", "Acteur", "Délai"],
        ["Demande écrite (formulaire) avec justificatifs", "Famille / opérateur", "—"],
        ["Vérification et autorisation du maire", "Service des cimetières", "5 jours ouvrés"],
        ["Opération, avant 9 h, hors présence du public", "Opérateur habilité", "Date fixée"],
        ["Surveillance et vacation", "Police municipale", "Le jour même"],
        ["Réinhumation ou crémation", "Opérateur", "Immédiat"],
    ]),
    p("""Un délai d'un an après le décès est imposé lorsque le défunt était atteint de certaines
      infections (article R. 2213-2-2 du CGCT). Les restes sont placés dans un reliquaire lorsque le
      cercueil est détérioré."""),
]

DOCX_BLOCKS["p129_programme_balade_patrimoine_cimetiere.docx"] = [
    ("title", "Journées européennes du patrimoine — « Promenade au cimetière monumental »"),
    p("""Ville de Rouen — samedi 20 et dimanche 21 septembre 2025, visites guidées à 10 h, 14 h et
      16 h, départ devant la conciergerie."""),
    ("h", "Les étapes de la visite"),
    ("table", [
        ["Étape", "Personnalité", "Intérêt"],
        ["1", "Gustave Flaubert (1821-1880)", "Tombe familiale, sobre, visitée par les lecteurs"],
        ["2", "Théodore Géricault (1791-1824)", "Réplique du Radeau de la Méduse sur le tombeau"],
        ["3", "Famille Duchamp", "Sépulture des parents de Marcel Duchamp"],
        ["4", "Carré des soldats du Commonwealth", "Plus de 3 000 tombes de 1914-1918"],
        ["5", "Chapelles néogothiques", "Travail des marbriers rouennais du XIXe siècle"],
    ]),
    p("""La visite évoque aussi l'histoire de la loi de 1881 sur la neutralité des cimetières et la
      disparition progressive des carrés réservés. Gratuit, sans réservation, chaussures de marche
      conseillées."""),
]

DOCX_BLOCKS["p130_reglement_consultation_dsp_funeraire.docx"] = [
    ("title", "Règlement de la consultation — délégation du service public de la chambre funéraire"),
    p("""Commune de Montbéliard — procédure de concession de service (articles L. 3126-1 et suivants
      du code de la commande publique). Date limite de remise des candidatures et des offres :
      16 janvier 2026 à 12 h."""),
    ("h", "1. Objet de la consultation"),
    p("""La consultation a pour objet la délégation, sous forme de concession, de la gestion et de
      l'exploitation de la chambre funéraire municipale située 12 rue des Blancheries, comprenant
      quatre salons de présentation, une salle de cérémonie de 80 places, une salle de préparation
      et une capacité de conservation de douze corps. La durée de la concession est de huit ans."""),
    ("h", "2. Conditions de participation"),
    p("""Les candidats doivent justifier de l'habilitation préfectorale prévue à l'article L. 2223-23 du
      CGCT pour les activités concernées, de la formation de leurs personnels, et d'une assurance de
      responsabilité civile professionnelle. Ils produisent leurs chiffres d'affaires des trois
      derniers exercices et la liste des équipements funéraires gérés."""),
    ("h", "3. Contenu des offres"),
    p("""L'offre comprend : un mémoire technique décrivant l'organisation du service, l'accueil des
      familles, la permanence 24 h sur 24, l'entretien des locaux et les mesures environnementales ;
      un compte d'exploitation prévisionnel sur la durée du contrat ; la grille des tarifs proposés
      aux usagers, y compris un tarif réduit pour les familles aux ressources modestes ; le montant
      de la redevance proposée à la commune ; le projet de contrat annoté."""),
    ("h", "4. Critères de jugement"),
    ("table", [
        ["Critère", "Pondération"],
        ["Qualité du service rendu aux familles et organisation", "40 %"],
        ["Tarifs proposés aux usagers", "30 %"],
        ["Équilibre économique et redevance", "20 %"],
        ["Performance environnementale", "10 %"],
    ]),
    ("h", "5. Négociation"),
    p("""L'autorité concédante se réserve la possibilité de négocier avec un ou plusieurs candidats.
      Les informations relevant du secret des affaires que contiennent les offres ne seront pas
      communiquées aux autres candidats."""),
    ("h", "6. Visite des lieux"),
    p("""Une visite obligatoire est organisée le 4 décembre 2025 à 10 h. Une attestation de visite
      sera remise à chaque candidat."""),
    ("h", "7. Renseignements"),
    p("""Les questions sont posées exclusivement sur le profil d'acheteur, au plus tard dix jours avant
      la date limite. Les réponses sont publiées pour tous les candidats."""),
]

DOCX_BLOCKS["p131_bilan_ceremonies_citoyennete.docx"] = [
    ("title", "Bilan des cérémonies de citoyenneté 2022-2024"),
    p("""Ville de Cergy — service des élections et de la vie citoyenne."""),
    ("table", [
        ["Année", "Jeunes invités", "Présents", "Taux"],
        ["2022", "1 120", "214", "19 %"],
        ["2023", "1 086", "248", "23 %"],
        ["2024", "1 154", "331", "29 %"],
    ]),
    p("""La hausse de 2024 s'explique par l'organisation de la cérémonie un samedi matin, par l'envoi
      d'un SMS de rappel et par la participation des lycées. Il est proposé d'associer désormais le
      conseil municipal des jeunes à la préparation et d'y inviter les nouveaux naturalisés."""),
]

DOCX_BLOCKS["p132_etude_mortalite_communale.docx"] = [
    ("title", "Étude : la mortalité à Roubaix, 2013-2022"),
    p("""Observatoire local de la santé, en partenariat avec le service de l'état civil. Étude réalisée
      à partir des statistiques publiques de l'INSEE et du CépiDc-Inserm ; aucune donnée individuelle
      n'est utilisée."""),
    ("h", "1. Principaux résultats"),
    p("""La mortalité prématurée (avant 65 ans) est supérieure de 38 % à la moyenne nationale. Les
      cancers sont la première cause de décès (29 %), devant les maladies cardio-vasculaires (23 %).
      Les décès liés à l'alcool et au tabac sont surreprésentés, de même que les suicides chez les
      hommes de 35 à 54 ans."""),
    ("table", [
        ["Cause", "Roubaix (taux standardisé)", "France"],
        ["Cancers", "312", "236"],
        ["Maladies cardio-vasculaires", "248", "197"],
        ["Maladies respiratoires", "74", "55"],
        ["Causes externes (dont suicides)", "61", "49"],
    ]),
    ("h", "2. Recommandations"),
    p("""Renforcer le dépistage organisé, développer la prévention du risque suicidaire auprès des
      hommes d'âge actif, soutenir les actions de réduction du tabagisme dans les quartiers
      prioritaires."""),
]

DOCX_BLOCKS["p133_cr_atelier_laicite_agents_accueil.docx"] = [
    ("title", "Atelier « Laïcité et accueil du public » — compte rendu"),
    p("""Ville de Strasbourg — formation des agents de l'état civil et des cimetières, 18 mars 2025,
      animée par le référent laïcité de la collectivité."""),
    ("h", "Points abordés"),
    p("""Le régime concordataire d'Alsace-Moselle (cultes reconnus, cimetières confessionnels
      historiques) et ses différences avec le droit commun ; la neutralité des agents, qui ne peuvent
      manifester leurs convictions religieuses pendant le service ; la liberté des usagers, qui
      peuvent porter des signes religieux au guichet comme lors d'un mariage ; la possibilité pour
      les familles de demander une inhumation dans un carré confessionnel."""),
    ("h", "Questions des participants"),
    p("""Un agent demande si l'on peut refuser de célébrer un mariage en raison de ses convictions :
      non, il n'existe pas de clause de conscience pour les officiers de l'état civil. Une autre
      demande si l'on peut exiger qu'une mariée retire son voile pour vérifier son identité : oui,
      le temps de la vérification, dans un lieu discret, de préférence par une agente."""),
]

DOCX_BLOCKS["p134_fiche_contentieux_electoral.docx"] = [
    ("title", "Fiche : le contentieux des élections municipales et les infractions électorales"),
    p("""Service juridique — à l'usage des élus et des services, février 2026."""),
    ("h", "Recours"),
    p("""Tout électeur de la commune peut contester l'élection devant le tribunal administratif dans
      les cinq jours suivant la proclamation, par une protestation consignée au procès-verbal ou
      déposée au greffe. Le juge annule l'élection si l'irrégularité a pu altérer la sincérité du
      scrutin."""),
    ("h", "Plaintes pénales"),
    p("""Les fraudes électorales (vote multiple, procurations frauduleuses, pressions sur les électeurs,
      achat de voix) sont des délits prévus aux articles L. 86 à L. 117 du code électoral. Toute
      personne qui en est témoin peut déposer plainte auprès du procureur de la République. Les
      peines peuvent aller jusqu'à deux ans d'emprisonnement et comporter la privation des droits
      civiques."""),
    ("table", [
        ["Infraction", "Article", "Peine maximale"],
        ["Vote multiple", "L. 93", "2 ans, 15 000 €"],
        ["Fraude au dépouillement", "L. 113", "1 an, 15 000 €"],
        ["Achat de voix", "L. 106", "2 ans, 15 000 €"],
    ]),
]

DOCX_BLOCKS["p135_protocole_astreintes_etat_civil.docx"] = [
    ("title", "Protocole d'accord relatif aux astreintes du service de l'état civil et des décès"),
    p("""Ville de Mulhouse — protocole conclu entre l'autorité territoriale et les organisations
      syndicales représentatives, après avis du comité social territorial du 20 janvier 2025."""),
    ("h", "Article 1 — Champ"),
    p("""Le protocole s'applique aux agents du service de l'état civil chargés de la permanence des
      déclarations de décès les samedis, dimanches et jours fériés."""),
    ("h", "Article 2 — Organisation"),
    p("""L'astreinte est assurée par roulement, à raison d'un week-end sur six au plus. L'agent
      d'astreinte intervient en mairie, sur appel d'un opérateur funéraire, entre 9 h et 12 h."""),
    ("h", "Article 3 — Indemnisation"),
    ("table", [
        ["Période", "Indemnité"],
        ["Samedi", "37,40 €"],
        ["Dimanche ou jour férié", "46,55 €"],
        ["Intervention", "Récupération majorée de 25 %"],
    ]),
    ("h", "Article 4 — Suivi"),
    p("""Un bilan annuel est présenté au comité social territorial. Les signataires se réunissent à
      la demande de l'une des parties."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_hommage_agent_decede.html"] = (
    "Intranet — Hommage",
    """
<header><p>Intranet de la Ville de Chartres — Actualités internes</p></header>
<article>
<h1>Hommage à Didier Fournier</h1>
<p>C'est avec une grande tristesse que nous avons appris le décès de Didier Fournier, agent du service
des cimetières depuis 1998, survenu le 2 mars à l'âge de 58 ans, des suites d'un cancer du pancréas
contre lequel il se battait depuis l'été dernier, sans jamais cesser de prendre des nouvelles de
l'équipe.</p>
<p>Tous ceux qui ont travaillé avec lui se souviennent de sa gentillesse avec les familles et de sa
connaissance de chaque allée du cimetière Saint-Chéron.</p>
<p>Ses obsèques auront lieu le vendredi 7 mars à 14 h 30 en l'église Saint-Pierre. Les agents qui
souhaitent y assister bénéficient d'une autorisation d'absence. Un registre de condoléances est à
disposition à l'accueil du centre technique.</p>
</article>
""",
)

HTML_PAGES["s062_tableau_suivi_dossiers_etat_civil.html"] = (
    "Suivi des dossiers — semaine 41",
    """
<h1>Tableau de suivi des dossiers en instance — état civil</h1>
<p>Mairie de Cholet — mise à jour du 10 octobre 2025 — usage du service.</p>
<table>
<tr><th>N°</th><th>Type</th><th>Intéressé(s)</th><th>Statut</th><th>Agent</th></tr>
<tr><td>2025-311</td><td>Changement de prénom</td><td>Tom Gaudin</td><td>Décision signée</td><td>CB</td></tr>
<tr><td>2025-314</td><td>Rectification d'erreur matérielle</td><td>Lucie Aubry</td><td>Transmis au
parquet</td><td>SM</td></tr>
<tr><td>2025-318</td><td>Acte d'enfant sans vie</td><td>Mme Léa Moreau et M. Yanis Chérif (accouchement
à 22 SA, interruption médicale de grossesse)</td><td>Acte dressé, livret de famille à
compléter</td><td>CB</td></tr>
<tr><td>2025-320</td><td>Reconnaissance anticipée</td><td>M. Hugo Rivet</td><td>En attente de
pièces</td><td>AL</td></tr>
<tr><td>2025-322</td><td>Mention de PACS</td><td>Mmes Girard et Santos</td><td>Fait</td><td>SM</td></tr>
</table>
""",
)

HTML_PAGES["s063_courriel_remplacement_president_bureau.html"] = (
    "Remplacement président bureau 7",
    """
<p><strong>De :</strong> Cabinet du maire<br><strong>À :</strong> Service des élections<br>
<strong>Date :</strong> 4 juin 2024<br><strong>Objet :</strong> bureau 7 — remplacement</p>
<p>Bonjour,</p>
<p>M. Gilles Arnaud, conseiller municipal délégué, ne pourra pas présider le bureau 7 dimanche comme
prévu : il entame la semaine prochaine une nouvelle série de chimiothérapie et son médecin lui
déconseille toute présence prolongée dans un lieu fréquenté. Il souhaite que ce motif ne soit pas
évoqué auprès des autres élus.</p>
<p>Mme Claire Besson, adjointe, le remplacera. Merci de modifier l'arrêté de désignation et le
tableau affiché.</p>
<p>Bien cordialement,<br>Le directeur de cabinet</p>
""",
)

HTML_PAGES["s064_fiche_appreciation_agents_bureau_centralisateur.html"] = (
    "Retour d'expérience — soirée électorale",
    """
<h1>Retour d'expérience de la soirée électorale du 30 juin</h1>
<p>Direction de la population — Ville d'Agen. Document transmis à la DRH pour les entretiens
professionnels.</p>
<h2>Ce qui a fonctionné</h2>
<p>Remontée des résultats en 2 h 10, contre 3 h en 2022. Bonne coordination avec la préfecture.</p>
<h2>Appréciations individuelles</h2>
<ul>
<li>Mme Léonie Castaing : a géré seule la saisie avec un calme remarquable ; à valoriser à l'entretien
annuel.</li>
<li>M. Pierre-Yves Labat : erreurs de saisie répétées sur trois bureaux, corrigées tardivement ; a
quitté son poste à 22 h sans prévenir. Comportement déjà relevé en 2022. Il est proposé de ne plus
l'affecter au bureau centralisateur et d'en faire état dans son compte rendu d'entretien.</li>
<li>M. Hakim Saadi : très bonne réactivité pour les navettes.</li>
</ul>
""",
)

HTML_PAGES["s065_cr_incident_bureau_vote_12.html"] = (
    "Incident bureau 12",
    """
<h1>Compte rendu d'incident — bureau de vote n° 12 (gymnase Lakanal)</h1>
<p>Rédigé par M. Serge Tournier, président du bureau, le 9 juin 2024 à 19 h 30.</p>
<p>À 15 h 40, un électeur, M. Yannick Barre, s'est présenté sans pièce d'identité et a refusé de
quitter le bureau. Il a arraché la liste d'émargement des mains de l'assesseur et tenu des propos
menaçants envers les membres du bureau.</p>
<p>La police nationale, appelée à 15 h 45, est intervenue à 15 h 58. M. Barre a été interpellé et
placé en garde à vue au commissariat central pour outrage et violences. Le scrutin a été suspendu
quatre minutes ; la liste d'émargement, légèrement déchirée, a été conservée et annexée au
procès-verbal.</p>
<p>L'assesseur concerné, Mme Justine Royer, a été choquée mais n'est pas blessée ; elle a pu
reprendre sa place.</p>
""",
)

HTML_PAGES["s066_courriel_demande_emplacements_famille.html"] = (
    "Demande d'emplacements contigus",
    """
<p><strong>Objet :</strong> demande de concessions contiguës — famille Reinhardt<br>
<strong>De :</strong> Service des cimetières<br><strong>À :</strong> Adjoint délégué</p>
<p>Monsieur l'adjoint,</p>
<p>M. Tony Reinhardt, au nom de sa famille, demande l'attribution de quatre concessions contiguës
dans l'allée 9 du cimetière de l'Est. Il explique que, dans leur communauté sinti, la coutume veut
que les membres d'une même famille reposent côte à côte et que la tombe soit veillée plusieurs jours
après les obsèques ; la famille souhaiterait pouvoir stationner deux caravanes sur le parking du
cimetière pendant cette période.</p>
<p>Le règlement permet l'attribution de concessions contiguës si elles sont disponibles ; le
stationnement relève de votre appréciation. Je vous propose de les recevoir ensemble jeudi.</p>
<p>Cordialement,<br>Martine Fauré</p>
""",
)

HTML_PAGES["s067_intranet_procedure_transport_urnes.html"] = (
    "Procédure transport — accès restreint",
    """
<p class="bandeau">DIFFUSION RESTREINTE — Intranet sécurisé — rubrique réservée aux coordonnateurs</p>
<h1>Procédure de transport des procès-verbaux et des urnes de réserve</h1>
<p>Élections municipales 2026 — Ville de Valenciennes.</p>
<h2>Véhicules et itinéraires</h2>
<p>Deux véhicules banalisés (immatriculations communiquées le jour J). Itinéraire nord : bureaux
1 à 11, passage par la rue de Famars puis entrée par le portail arrière du centre technique (code
7340). Itinéraire sud : bureaux 12 à 24, accès par le quai des Mines.</p>
<h2>Salle forte</h2>
<p>Les urnes de réserve sont stockées dans la salle R-04 du sous-sol de l'hôtel de ville ; badge
niveau 3 et clé n° 22 détenue par le seul responsable des élections. L'alarme se désarme au boîtier
situé à gauche de la porte (code transmis par SMS le samedi).</p>
<p>Ne pas imprimer. Ne pas transférer. Diffusion restreinte aux personnes désignées.</p>
""",
)

HTML_PAGES["s068_formulaire_duplicata_livret_famille.html"] = (
    "Demande de second livret de famille",
    """
<h1>Demande de délivrance d'un second livret de famille</h1>
<p>Mairie de Saint-Brieuc — formulaire reçu en ligne le 18 février 2025.</p>
<table>
<tr><th>Rubrique</th><th>Réponse</th></tr>
<tr><td>Demandeur</td><td>M. Loïc Le Gall</td></tr>
<tr><td>Motif de la demande</td><td>Séparation des parents : divorce prononcé le 10 décembre 2024, la
mère a conservé le livret original</td></tr>
<tr><td>Enfants</td><td>Maël (2013), Nolwenn (2016)</td></tr>
<tr><td>Résidence des enfants</td><td>Résidence alternée une semaine sur deux, selon le jugement</td></tr>
<tr><td>Pièces jointes</td><td>Jugement de divorce, pièce d'identité</td></tr>
</table>
<p>Statut : en cours — livret transmis pour mise à jour aux mairies de naissance des enfants.</p>
""",
)

HTML_PAGES["s069_demande_en_ligne_copie_acte_naissance.html"] = (
    "Demande d'acte — message",
    """
<h1>Demande d'acte de naissance — champ « Message au service »</h1>
<p>Mairie de Bobigny — téléservice, demande n° 2025-88412.</p>
<p><em>Acte demandé :</em> copie intégrale, naissance de M. Mamadou Keïta, 14 juin 2008.</p>
<p><em>Message :</em> « Bonjour, je demande cet acte en urgence pour mon dossier à la préfecture :
je suis arrivé mineur, j'ai été pris en charge par l'ASE jusqu'à 18 ans et mon titre de séjour
provisoire expire le 30 avril. Le jugement supplétif a été transcrit chez vous l'année dernière.
Merci beaucoup. »</p>
<p><em>Traitement :</em> acte délivré le 3 mars par voie postale.</p>
""",
)

HTML_PAGES["s070_fiche_declaration_naissance_mere_mineure.html"] = (
    "Déclaration de naissance — observations",
    """
<h1>Déclaration de naissance — fiche d'observations de l'agent</h1>
<p>Mairie de Laval — 22 mai 2025.</p>
<p>Naissance de l'enfant Jade, le 20 mai 2025, au centre hospitalier. Déclarée par la grand-mère
maternelle, Mme Sylvie Barbot.</p>
<p>La mère, Mlle Océane Barbot, est âgée de 15 ans. La sage-femme a indiqué au service que la
naissance a fait l'objet d'une information préoccupante transmise à la cellule départementale (CRIP),
compte tenu de l'âge de la mère et de l'identité du père présumé, âgé de 24 ans, qui n'a pas reconnu
l'enfant.</p>
<p>Aucune reconnaissance paternelle ne doit être reçue sans en référer au responsable du service.</p>
""",
)

HTML_PAGES["s071_intranet_coffre_etat_civil.html"] = (
    "Fiche pratique — coffre",
    """
<h1>Fiche pratique : ouverture du coffre de l'état civil</h1>
<p>Intranet du service population — Mairie de Saint-Priest.</p>
<p>Le coffre contient les registres de l'année en cours, les livrets de famille vierges et les timbres
fiscaux.</p>
<ol>
<li>Désactiver l'alarme du local (boîtier derrière la porte) : code 6 1 8 0 puis « valider ».</li>
<li>Combinaison du coffre : 28 – 11 – 47, trois tours à droite avant la première position.</li>
<li>Double de la clé : tiroir de gauche du bureau de la responsable, sous le classeur bleu.</li>
</ol>
<p>Le coffre est refermé chaque soir par le dernier agent présent, qui signe la feuille de
contrôle.</p>
""",
)

HTML_PAGES["s072_page_presse_reproduction_article.html"] = (
    "Revue de presse — cérémonie",
    """
<h1>Revue de presse municipale — semaine 12</h1>
<p>Reproduction intégrale, pour diffusion sur le site de la ville, de l'article publié par
<cite>L'Écho du Berry</cite> le 21 mars 2025, texte et photographies © L'Écho du Berry, tous droits
réservés (aucune licence de reproduction n'a été souscrite à ce jour) :</p>
<blockquote>
<p><strong>Bourges : trente-deux nouveaux Français accueillis à l'hôtel de ville</strong></p>
<p>Par Mathilde Rivet. — Il y avait de l'émotion, jeudi soir, dans la salle des fêtes. Trente-deux
femmes et hommes de dix-neuf nationalités ont reçu leur décret de naturalisation des mains du
secrétaire général de la préfecture. « J'attendais ce moment depuis sept ans », confie une
infirmière arrivée d'Haïti, les larmes aux yeux. Le maire a rappelé « que la France se construit
avec ceux qui la choisissent ». La cérémonie s'est achevée par une Marseillaise reprise en chœur,
et par une photo de groupe sur le perron, sous une pluie fine de printemps.</p>
</blockquote>
<p>Photographie de Mathilde Rivet reproduite ci-dessous (crédit : L'Écho du Berry).</p>
""",
)

HTML_PAGES["s073_liste_aides_obseques_ccas.html"] = (
    "Commission permanente du CCAS",
    """
<h1>Commission permanente du CCAS — décisions d'aides facultatives</h1>
<p>CCAS de Montluçon — séance du 12 février 2025 — document non publiable.</p>
<table>
<tr><th>Dossier</th><th>Bénéficiaire</th><th>Objet</th><th>Décision</th></tr>
<tr><td>F-2025-03</td><td>Mme Rachida Belhadj</td><td>Obsèques de son époux — reste à charge,
bénéficiaire de l'AAH</td><td>Accord 900 €</td></tr>
<tr><td>F-2025-04</td><td>M. Jean Massé</td><td>Obsèques de sa mère — retraité, dette locative</td>
<td>Accord 600 €</td></tr>
<tr><td>F-2025-05</td><td>Mme Coralie Dias</td><td>Transport du corps de son fils depuis Lisbonne</td>
<td>Ajourné (pièces)</td></tr>
</table>
""",
)

HTML_PAGES["s074_cr_entretien_annuel_officier_etat_civil.html"] = (
    "Compte rendu d'entretien professionnel",
    """
<h1>Compte rendu de l'entretien professionnel 2024</h1>
<p>Agent : Mme Émilie Carrère, rédactrice, responsable du pôle mariages-PACS. Évaluateur :
M. Denis Faure, responsable du service de la population. Date : 16 janvier 2025.</p>
<h2>Bilan de l'année</h2>
<p>Objectifs atteints pour la dématérialisation des rendez-vous. Objectif non atteint pour la
réduction du délai de traitement des dossiers de transcription (toujours 6 semaines).</p>
<h2>Appréciation de la valeur professionnelle</h2>
<table>
<tr><th>Critère</th><th>Niveau</th></tr>
<tr><td>Compétences techniques</td><td>Excellent</td></tr>
<tr><td>Qualités relationnelles</td><td>À améliorer — tensions avec deux collègues, un usager a
déposé une réclamation pour un ton jugé méprisant</td></tr>
<tr><td>Capacité d'encadrement</td><td>Insuffisante à ce jour</td></tr>
</table>
<p>Avis sur l'avancement : réservé pour 2025.</p>
""",
)

HTML_PAGES["s075_pv_commission_controle_recours.html"] = (
    "Commission de contrôle — recours",
    """
<h1>Commission de contrôle — examen d'un recours administratif préalable</h1>
<p>Commune de Hayange — séance du 3 février 2026.</p>
<p>M. Gérard Muller conteste sa radiation pour perte d'attache communale. Il indique résider
désormais chez sa compagne à Thionville mais rester contribuable à Hayange au titre d'une maison
qu'il y possède. Dans son courrier, il ajoute qu'il est « militant du Parti communiste depuis
quarante ans » et soupçonne que la radiation vise à l'empêcher de voter aux municipales.</p>
<p>La commission constate qu'il figure au rôle des impôts locaux depuis plus de deux ans : il peut
rester inscrit. Le recours est accueilli à l'unanimité, sans qu'il y ait lieu de se prononcer sur
ses allégations.</p>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_demarches_acte_naissance.html"] = (
    "Obtenir un acte de naissance — Ville de Nancy",
    """
<nav><p>Accueil &gt; Démarches &gt; État civil &gt; Acte de naissance</p></nav>
<main>
<h1>Obtenir un acte de naissance</h1>
<p>La mairie de Nancy délivre les actes de naissance des personnes nées à Nancy. Si vous êtes né à
l'étranger et êtes français, adressez-vous au service central d'état civil de Nantes, qui délivre
les actes en ligne.</p>
<h2>Quel document demander ?</h2>
<ul>
<li><strong>La copie intégrale</strong> reproduit l'acte dans son intégralité avec les mentions
marginales (mariage, divorce, PACS, décès…). Elle n'est délivrée qu'à la personne concernée, à ses
ascendants, descendants, à son conjoint ou partenaire de PACS, à son représentant légal, ou sur
autorisation du procureur de la République.</li>
<li><strong>L'extrait avec filiation</strong> mentionne les parents ; mêmes conditions de
délivrance.</li>
<li><strong>L'extrait sans filiation</strong> peut être délivré à toute personne qui en fait la
demande.</li>
<li><strong>L'extrait plurilingue</strong> facilite les démarches dans l'Union européenne.</li>
</ul>
<h2>Comment faire ?</h2>
<p><strong>En ligne :</strong> sur service-public.fr, rubrique « Demande d'acte de naissance ». Vous
recevez l'acte par courrier sous cinq jours ouvrés.</p>
<p><strong>Sur place :</strong> à l'hôtel de ville, place Stanislas, du lundi au vendredi de 8 h 30 à
17 h, avec une pièce d'identité. L'acte est délivré immédiatement.</p>
<p><strong>Par courrier :</strong> en précisant nom, prénoms, date de naissance, noms des parents, et
en joignant une enveloppe timbrée.</p>
<h2>Combien ça coûte ?</h2>
<p>La délivrance est gratuite. Méfiez-vous des sites privés qui font payer ce service.</p>
<h2>Et si je n'ai pas besoin d'un acte ?</h2>
<p>Pour une carte d'identité, un passeport, un mariage ou un PACS, les notaires et les préfectures
vérifient directement vos données grâce au dispositif COMEDEC si vous êtes né dans une commune
raccordée : vous n'avez pas à fournir d'acte.</p>
<h2>Un acte comporte une erreur ?</h2>
<p>Les erreurs matérielles (orthographe d'un prénom, date inversée) peuvent être rectifiées par
l'officier de l'état civil. Les autres relèvent du procureur de la République. Adressez votre
demande au service avec les justificatifs.</p>
</main>
""",
)

HTML_PAGES["p137_voter_par_procuration.html"] = (
    "Voter par procuration",
    """
<h1>Vous ne pouvez pas voter ? Donnez procuration</h1>
<p>Ville de Mulhouse — rubrique Élections.</p>
<h2>Qui peut recevoir ma procuration ?</h2>
<p>N'importe quel électeur, même inscrit dans une autre commune. Il devra toutefois voter dans votre
bureau de vote. Un mandataire ne peut détenir qu'une procuration établie en France.</p>
<h2>Comment faire ?</h2>
<ol>
<li>Faites votre demande en ligne sur <em>maprocuration.gouv.fr</em> avec FranceConnect.</li>
<li>Présentez-vous dans n'importe quel commissariat, gendarmerie ou consulat avec votre pièce
d'identité et la référence reçue par courriel. Avec une carte d'identité numérique certifiée, la
démarche peut être entièrement en ligne.</li>
<li>Vous recevez une confirmation quand la mairie a enregistré la procuration.</li>
</ol>
<h2>Vous ne pouvez pas vous déplacer ?</h2>
<p>Si votre état de santé ou un handicap vous empêche de vous déplacer, un policier ou un gendarme
peut venir à domicile. Faites la demande par écrit au commissariat en joignant un certificat médical
ou un justificatif.</p>
<h2>Jusqu'à quand ?</h2>
<p>Jusqu'à la veille du scrutin, mais la mairie peut ne pas la recevoir à temps : anticipez.</p>
""",
)

HTML_PAGES["p138_cimetieres_horaires_tarifs.html"] = (
    "Cimetières : horaires et tarifs",
    """
<h1>Les cimetières de Saint-Étienne</h1>
<p>La ville gère six cimetières. Le cimetière du Crêt-de-Roc accueille aussi le service de la
conservation, ouvert du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.</p>
<h2>Horaires d'ouverture</h2>
<p>Du 1er avril au 31 octobre : 8 h – 19 h. Du 1er novembre au 31 mars : 8 h – 17 h 30.</p>
<h2>Tarifs 2025</h2>
<table>
<tr><th>Prestation</th><th>15 ans</th><th>30 ans</th><th>50 ans</th></tr>
<tr><td>Concession 2 m²</td><td>210 €</td><td>470 €</td><td>890 €</td></tr>
<tr><td>Case de columbarium</td><td>480 €</td><td>930 €</td><td>—</td></tr>
</table>
<p>Un véhicule électrique conduit par un agent est à disposition des personnes à mobilité réduite
au cimetière du Crêt-de-Roc (sur demande à l'accueil).</p>
""",
)

HTML_PAGES["p139_se_pacser_a_brest.html"] = (
    "Se pacser à Brest",
    """
<h1>Conclure un PACS à la mairie de Brest</h1>
<p>Le PACS est un contrat conclu entre deux personnes majeures pour organiser leur vie commune.</p>
<p><strong>Étape 1 :</strong> téléchargez les formulaires Cerfa et rassemblez les pièces (actes de
naissance de moins de trois mois, pièces d'identité).</p>
<p><strong>Étape 2 :</strong> déposez votre dossier complet à l'accueil de l'hôtel de ville ou d'une
mairie de quartier ; l'agent vérifie les pièces et vous propose un rendez-vous.</p>
<p><strong>Étape 3 :</strong> présentez-vous ensemble au rendez-vous d'enregistrement. L'officier
vise la convention et vous la remet. Le PACS prend effet immédiatement.</p>
<p>Le service propose, pour les couples qui le souhaitent, une courte cérémonie de lecture de la
convention en salle des mariages, le samedi matin.</p>
""",
)

HTML_PAGES["p140_actualite_ceremonie_naturalisation.html"] = (
    "Cérémonie de naturalisation",
    """
<article>
<h1>Quarante-six nouveaux citoyens accueillis à la préfecture</h1>
<p>Le 14 mars, la préfète du Calvados a présidé une cérémonie d'accueil dans la citoyenneté
française en présence de parlementaires et de maires du département. Quarante-six personnes,
originaires de vingt et un pays, ont reçu leur décret de naturalisation ou leur déclaration de
nationalité. Parmi elles, plusieurs anciens réfugiés et demandeurs d'asile désormais pleinement
français.</p>
<p>La préfète a rappelé les droits et devoirs attachés à la nationalité française, en remettant à
chacun la charte des droits et devoirs du citoyen. En 2024, 1 212 personnes ont acquis la nationalité
française dans le département.</p>
</article>
""",
)

HTML_PAGES["p141_recensement_mode_emploi.html"] = (
    "Recensement 2026",
    """
<h1>Recensement de la population : du 15 janvier au 21 février 2026</h1>
<p>Vous faites partie de l'échantillon ? Un agent recenseur, muni d'une carte officielle, déposera
dans votre boîte aux lettres une notice avec vos codes de connexion.</p>
<h2>Répondre en ligne, c'est simple</h2>
<p>Rendez-vous sur le-recensement-et-moi.fr et laissez-vous guider. Comptez dix minutes.</p>
<h2>Vos données sont protégées</h2>
<p>Le recensement est confidentiel. Vos réponses sont transmises à l'INSEE et ne peuvent être utilisées
ni pour un contrôle administratif ni pour un contrôle fiscal. Votre nom et votre adresse ne sont pas
enregistrés dans les bases statistiques.</p>
<h2>À quoi ça sert ?</h2>
<p>À calculer la population légale, qui détermine la dotation de l'État, le nombre d'élus ou de
pharmacies, et à décider des équipements (écoles, crèches, transports).</p>
""",
)

HTML_PAGES["p142_changer_de_prenom.html"] = (
    "Changer de prénom",
    """
<h1>Changer de prénom</h1>
<p>Toute personne qui justifie d'un intérêt légitime peut demander à changer de prénom, ajouter,
supprimer ou modifier l'ordre de ses prénoms. La demande est faite à la mairie du lieu de résidence ou
du lieu de naissance.</p>
<h2>Qu'est-ce qu'un intérêt légitime ?</h2>
<p>Par exemple : l'usage prolongé d'un autre prénom, la volonté de franciser un prénom, un prénom
ridicule ou porteur de moqueries, ou la mise en conformité du prénom avec l'identité de genre vécue.
L'officier de l'état civil apprécie au vu des pièces produites (attestations, documents de la vie
courante).</p>
<h2>Pour un enfant</h2>
<p>La demande est faite par les parents ; le consentement de l'enfant de plus de 13 ans est
obligatoire.</p>
<h2>Et ensuite ?</h2>
<p>En cas d'accord, la décision est inscrite sur le registre et les actes sont mis à jour. En cas de
doute, l'officier saisit le procureur de la République.</p>
""",
)

HTML_PAGES["p143_resultats_election_partielle.html"] = (
    "Résultats de l'élection partielle",
    """
<h1>Élection départementale partielle — canton de Tarbes-3</h1>
<p>Résultats du second tour, dimanche 23 mars 2025, pour la commune de Tarbes.</p>
<table>
<tr><th>Binôme</th><th>Voix</th><th>%</th></tr>
<tr><td>Mme Sophie Lacaze et M. Jérôme Baylac</td><td>2 914</td><td>54,2</td></tr>
<tr><td>Mme Naïma Haddad et M. Éric Castéra</td><td>2 462</td><td>45,8</td></tr>
</table>
<p>Inscrits : 14 021 — Votants : 5 588 — Exprimés : 5 376. Le binôme Lacaze–Baylac est élu.</p>
""",
)

HTML_PAGES["p144_deces_demarches_proches.html"] = (
    "Décès d'un proche : les démarches",
    """
<h1>Décès d'un proche : que faire ?</h1>
<p>Ville de Limoges — un guide pour vous accompagner dans les premiers jours.</p>
<h2>Dans les 24 heures</h2>
<ul>
<li>Faire constater le décès par un médecin, qui établit le certificat de décès.</li>
<li>Déclarer le décès à la mairie du lieu du décès (souvent fait par l'opérateur funéraire).</li>
<li>Contacter l'opérateur funéraire de votre choix. La liste des opérateurs habilités est
disponible à l'accueil et sur ce site.</li>
</ul>
<h2>Dans les 6 jours</h2>
<ul>
<li>Organiser les obsèques : inhumation ou crémation entre 24 heures et six jours après le décès.</li>
<li>Si une concession existe, se munir du titre de concession.</li>
<li>Respecter les volontés du défunt (testament, contrat obsèques, carte de donneur).</li>
</ul>
<h2>Dans le mois</h2>
<ul>
<li>Informer l'employeur, les caisses de retraite, la CAF, la banque, l'assurance maladie.</li>
<li>Prendre contact avec un notaire si le défunt possédait un bien immobilier ou si la succession
dépasse 5 000 €.</li>
</ul>
<h2>Si les ressources manquent</h2>
<p>Les frais d'obsèques peuvent être prélevés sur le compte bancaire du défunt dans la limite de
5 910 €. Le capital décès de la sécurité sociale, les mutuelles et le CCAS peuvent aider. Lorsque le
défunt est dépourvu de ressources, la commune prend en charge des obsèques simples.</p>
<h2>Obtenir un acte de décès</h2>
<p>Les actes de décès sont délivrables à toute personne, gratuitement, à la mairie du lieu du
décès ou du dernier domicile.</p>
""",
)

HTML_PAGES["p145_genealogie_archives_municipales.html"] = (
    "Généalogie",
    """
<h1>Faire sa généalogie aux archives municipales</h1>
<p>Les archives municipales d'Arles conservent les registres paroissiaux depuis 1545 et les registres
d'état civil depuis 1793, ainsi que les recensements de population de 1836 à 1975 et les listes
électorales anciennes.</p>
<h2>Ce qui est en ligne</h2>
<p>Les registres de plus de cent ans sont numérisés et accessibles gratuitement ; les tables
décennales permettent de retrouver rapidement une date.</p>
<h2>Ateliers</h2>
<p>Un atelier d'initiation à la généalogie a lieu le premier samedi du mois, de 10 h à 12 h (gratuit,
sur inscription), animé par le Cercle généalogique du pays d'Arles.</p>
""",
)

HTML_PAGES["p146_hommage_deportes_1944.html"] = (
    "Mémoire : la rafle de 1944",
    """
<article>
<h1>Une plaque à la mémoire de la famille Lévy, déportée en 1944</h1>
<p>Le 16 avril 2025, une plaque a été dévoilée rue des Carmes, devant la maison où vivait la famille
Lévy. Le 12 avril 1944, Joseph Lévy, tailleur, son épouse Rachel et leurs deux enfants, Simone et
Henri, de confession juive, y furent arrêtés par la police allemande sur dénonciation. Déportés par
le convoi n° 71 vers Auschwitz, aucun ne revint.</p>
<p>Le travail de recherche, mené par les élèves de troisième du collège Jean-Jaurès avec les archives
municipales, a permis de retrouver les registres d'état civil, les recensements de 1936 et la liste
électorale sur laquelle figurait Joseph Lévy, naturalisé français en 1927.</p>
<p>« Nommer, c'est refuser l'oubli », a déclaré le maire devant les élèves et les représentants des
associations de mémoire.</p>
</article>
""",
)

HTML_PAGES["p147_jeunes_inscription_automatique.html"] = (
    "Jeunes : inscription sur les listes",
    """
<h1>J'ai 18 ans : suis-je inscrit sur les listes électorales ?</h1>
<p>Si vous avez fait votre recensement citoyen à 16 ans, vous êtes inscrit automatiquement sur la
liste électorale de la commune où vous vous êtes fait recenser. Vous recevrez un courrier et serez
invité à une cérémonie de citoyenneté.</p>
<p>Vous avez déménagé depuis ? Vous devez vous inscrire vous-même dans votre nouvelle commune. Vérifiez
votre situation en deux minutes sur service-public.fr.</p>
<p>Vous êtes étudiant ? Vous pouvez rester inscrit chez vos parents tant que vous avez moins de 26
ans, ou vous inscrire dans la commune où vous étudiez.</p>
""",
)

HTML_PAGES["p148_parrainage_civil.html"] = (
    "Le parrainage civil",
    """
<h1>Le parrainage civil (ou baptême républicain)</h1>
<p>Le parrainage civil permet aux parents de désigner un parrain et une marraine qui s'engagent
moralement à accompagner l'enfant. Il n'a pas de valeur juridique et n'est prévu par aucun texte :
la mairie le propose par tradition républicaine, depuis la Révolution.</p>
<p>Les parents prennent rendez-vous au moins un mois à l'avance. La cérémonie, célébrée par un élu,
dure environ vingt minutes. Un certificat de parrainage est remis aux familles.</p>
<p>Pièces à fournir : livret de famille, pièces d'identité des parents, du parrain et de la marraine.</p>
""",
)

HTML_PAGES["p149_faq_inhumation_rites.html"] = (
    "Rites funéraires et règles communales",
    """
<h1>Rites funéraires : ce que permet le règlement des cimetières</h1>
<p>Ville de Vaulx-en-Velin — questions fréquentes.</p>
<h2>Existe-t-il des espaces confessionnels ?</h2>
<p>Oui. Le cimetière communal comporte un espace où sont regroupées, à la demande des familles, les
sépultures de personnes de confession musulmane, et un autre pour la confession israélite. La
commune ne vérifie pas la religion du défunt : c'est la famille qui en fait la demande.</p>
<h2>Peut-on inhumer sans cercueil ?</h2>
<p>Non. La loi française impose le cercueil pour toute inhumation, quelle que soit la religion.</p>
<h2>Peut-on inhumer le jour même ?</h2>
<p>Le délai minimal est de 24 heures après le décès, sauf dérogation accordée par le préfet. Les
familles qui souhaitent une inhumation rapide sont invitées à prendre contact avec le service dès le
décès.</p>
<h2>Peut-on orienter la tombe ?</h2>
<p>Oui, dans les espaces prévus, les emplacements sont orientés.</p>
<h2>Une toilette rituelle est-elle possible ?</h2>
<p>Oui, dans une chambre funéraire équipée ; elle est réalisée par des proches ou des bénévoles
formés, dans le respect des règles d'hygiène.</p>
<h2>Et pour la crémation ?</h2>
<p>Le crématorium de l'agglomération dispose d'une salle de cérémonie laïque, ouverte à tous les
rites. Les cendres peuvent être inhumées, déposées au columbarium, dispersées au jardin du souvenir ou
en pleine nature, mais ne peuvent pas être conservées à domicile.</p>
""",
)

HTML_PAGES["p150_actualite_toussaint_prevention_vols.html"] = (
    "Toussaint : prévention",
    """
<article>
<h1>Toussaint : sécurité et prévention dans les cimetières</h1>
<p>À l'approche de la Toussaint, la police municipale renforce sa présence aux abords des cimetières
de Perpignan du 25 octobre au 3 novembre.</p>
<p>Quelques conseils : ne laissez aucun sac ni objet de valeur visible dans votre véhicule ; gardez
votre sac fermé pendant l'entretien des tombes ; signalez tout comportement suspect aux agents.</p>
<p>En 2024, quatre plaintes pour vol à la roulotte avaient été déposées pendant cette période ; les
rondes renforcées avaient permis d'en réduire le nombre de moitié par rapport à 2023.</p>
</article>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
