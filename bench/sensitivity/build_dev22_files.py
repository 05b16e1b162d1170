"""Build the .docx and .html documents of the hand-written sensitivity set ``dev22``.

Theme: other languages at the counter — documents written wholly or partly in Spanish, Portuguese,
Italian, German, English, Polish, Romanian, Turkish, Dutch and Arabic (script and Latin
transliteration) that a French administration receives or keeps: letters and e-mails from foreign
residents, seasonal workers, students, refugees and tourists, translated certificates, bilingual
forms, mixed messages, twinning and cooperation files, interpreters' notes. 150 documents, 75
sovereign (s001-s075) and 75 public (p076-p150); the .txt files are written by hand in
``corpus/dev22``, this script writes the .docx and .html ones with stable bytes.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_dev22_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev22"
FIXED = dt.datetime(2026, 3, 9, 9, 0, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s046_registro_incidencias_alojamiento_temporeros.docx"] = [
    ("title", "Hébergement des saisonniers — Domaine communal de Lagarde (Lot-et-Garonne)"),
    ("p", "Registre des incidents / Registro de incidencias — campagne fraises et prunes 2025. Tenu par le gardien, M. Ramón Iglesias, en espagnol ; traduction du régisseur municipal en regard. Document remis au service social de la mairie le 30/09/2025."),
    ("table", [
        ["Fecha / Date", "Residente / Résident", "Incidencia (ES)", "Incident (FR)"],
        ["03/06", "Abdelhak M. (ch. 4)", "Tos fuerte desde hace tres semanas, sudores de noche. Llevado al hospital de Villeneuve: tuberculosis pulmonar confirmada, aislamiento.", "Toux forte depuis trois semaines, sueurs nocturnes. Conduit à l'hôpital de Villeneuve : tuberculose pulmonaire confirmée, isolement."],
        ["19/06", "Andreea P. (ch. 9)", "Embarazada de cuatro meses, mareos en el invernadero. No quiere que el patrón lo sepa.", "Enceinte de quatre mois, malaises dans la serre. Ne veut pas que l'employeur le sache."],
        ["27/06", "Yeray S. (ch. 2)", "Pelea con otro residente a la salida del bar; detenido por la gendarmería, 24 h de garde à vue.", "Bagarre avec un autre résident à la sortie du bar ; interpellé par la gendarmerie, 24 h de garde à vue."],
        ["12/07", "Mamadou K. (ch. 7)", "Corte profundo en la mano con la podadora. Puntos en urgencias. El patrón no ha declarado el accidente.", "Coupure profonde à la main avec le sécateur. Points de suture aux urgences. Accident non déclaré par l'employeur."],
        ["02/08", "Yeray S. (ch. 2)", "Citación al tribunal de Agen por los golpes del 27/06 (víctima: Ion C.).", "Convocation au tribunal d'Agen pour les coups du 27/06 (victime : Ion C.)."],
        ["21/08", "Abdelhak M. (ch. 4)", "Vuelve del hospital; sigue tratamiento de seis meses. Dépistage hecho a todos los de su habitación.", "Retour d'hospitalisation ; traitement de six mois. Dépistage fait à tous les occupants de sa chambre."],
    ]),
    ("p", "Observation du régisseur : les noms de famille figurent dans le registre papier conservé au bureau du domaine. Le CLAT (centre de lutte antituberculeuse) d'Agen a été informé le 04/06."),
]

DOCX["s047_liste_eleves_echange_schwabach.docx"] = [
    ("title", "Échange scolaire Collège Paul-Éluard (Kingersheim) – Adam-Kraft-Gymnasium (Schwabach)"),
    ("p", "Accueil des élèves allemands du 9 au 16 mai 2026 — fiche réservée aux accompagnateurs et aux familles d'accueil concernées. Ne pas afficher."),
    ("h", "Informations médicales et familiales transmises par l'établissement partenaire / Medizinische und familiäre Hinweise"),
    ("table", [
        ["Schüler/in", "Famille d'accueil", "Hinweis (DE)", "Traduction"],
        ["Jonas Pfeiffer (14)", "Famille Brun", "Typ-1-Diabetes, Insulinpumpe; Traubenzucker immer dabei.", "Diabète de type 1, pompe à insuline ; toujours avoir du sucre sur lui."],
        ["Mia Schuster (13)", "Famille Kessler", "Schwere Erdnussallergie, Adrenalin-Pen im Rucksack.", "Allergie sévère à l'arachide, stylo d'adrénaline dans le sac à dos."],
        ["Leonie Hartmann (14)", "Famille Benali", "Nach Gerichtsbeschluss darf der Vater keinen Kontakt zu Leonie aufnehmen (alleiniges Sorgerecht der Mutter). Bei Anrufen oder Besuch des Vaters sofort die Lehrkraft informieren.", "Par décision de justice, le père ne doit avoir aucun contact avec Leonie (autorité parentale exclusive de la mère). En cas d'appel ou de visite du père, prévenir immédiatement le professeur accompagnateur."],
        ["Ben Yilmaz (13)", "Famille Schmitt", "ADHS, nimmt morgens Methylphenidat (Medikinet 20 mg).", "TDAH, prend le matin du méthylphénidate (Medikinet 20 mg)."],
        ["Lara Wagner (14)", "Famille Meyer", "Essstörung in Behandlung; bitte auf Mahlzeiten achten und Auffälligkeiten melden.", "Trouble du comportement alimentaire en cours de traitement ; veiller aux repas et signaler tout signe inquiétant."],
    ]),
    ("p", "Accompagnateurs allemands : Frau Sabine Dörr (06 XX), Herr Thomas Link. Accompagnatrice française : Mme Nathalie Haas, professeure d'allemand."),
]

DOCX["s048_sentenca_divorcio_traduzida.docx"] = [
    ("title", "Traduction certifiée — Sentença de divórcio (Tribunal Judicial da Comarca de Braga)"),
    ("p", "Pièce produite par M. Rui Miguel Fonseca Pinto à l'appui de sa demande de mise à jour de l'état civil (transcription de divorce) et de sa demande de dérogation scolaire pour ses enfants — Mairie de Pontault-Combault, service État civil / Éducation."),
    ("p", "Traducteur : Mme Isabel Marques, traductrice-interprète assermentée près la cour d'appel de Paris."),
    ("h", "Texte original (extraits)"),
    ("p", "Processo n.º 4127/24.3T8BRG — Juízo de Família e Menores de Braga. Autor: Rui Miguel Fonseca Pinto. Ré: Carla Sofia Antunes Pinto. Decide-se decretar o divórcio sem consentimento do outro cônjuge, com fundamento na rutura definitiva do casamento (separação de facto há mais de um ano, art. 1781.º, al. a), do Código Civil)."),
    ("p", "Regulação das responsabilidades parentais: os menores Tiago (n. 2013) e Beatriz (n. 2016) ficam a residir com o pai, em França; as responsabilidades parentais quanto às questões de particular importância são exercidas em comum. A mãe poderá estar com os filhos metade das férias escolares de verão e alternadamente no Natal e na Páscoa. A mãe pagará a título de alimentos a quantia de 150 € mensais por cada filho. Atenta a dependência alcoólica da progenitora, reconhecida nos autos, os convívios decorrerão sem pernoita até apresentação de relatório de acompanhamento terapêutico."),
    ("h", "Traduction"),
    ("p", "Procédure n° 4127/24.3T8BRG — Tribunal de la famille et des mineurs de Braga. Demandeur : Rui Miguel Fonseca Pinto. Défenderesse : Carla Sofia Antunes Pinto. Le tribunal prononce le divorce sans le consentement de l'autre époux, pour rupture définitive du mariage (séparation de fait depuis plus d'un an)."),
    ("p", "Exercice de l'autorité parentale : les mineurs Tiago (né en 2013) et Beatriz (née en 2016) résident chez leur père, en France ; les décisions importantes sont prises en commun. La mère pourra accueillir les enfants la moitié des vacances d'été et, en alternance, à Noël et à Pâques. Elle versera une pension alimentaire de 150 € par mois et par enfant. Compte tenu de la dépendance à l'alcool de la mère, reconnue au dossier, les rencontres auront lieu sans nuitée jusqu'à la production d'un rapport de suivi thérapeutique."),
    ("p", "Certifié conforme à l'original — Paris, le 14 novembre 2025."),
]

DOCX["s049_upomnienie_agent_proprete.docx"] = [
    ("title", "Ville de Lens — Direction de la propreté urbaine"),
    ("p", "Compte rendu d'entretien préalable et lettre de rappel à l'ordre — version bilingue remise à l'agent contractuel"),
    ("p", "Agent : M. Dariusz KOWALCZYK, agent d'entretien contractuel (CDD jusqu'au 31/08/2026), équipe du secteur Grande Résidence. Entretien du 12/02/2026 en présence de M. Delattre (chef d'équipe) et de Mme Wróbel (agent municipal, interprète)."),
    ("h", "Faits reprochés / Zarzucane fakty"),
    ("table", [
        ["Date", "Fait (FR)", "Fakt (PL)"],
        ["22/01/2026", "Absence de prise de poste sans prévenir (journée entière).", "Nieobecność w pracy bez uprzedzenia (cały dzień)."],
        ["29/01/2026", "Refus d'exécuter la tournée de ramassage des encombrants demandée par le chef d'équipe.", "Odmowa wykonania objazdu zbiórki gabarytów zleconego przez brygadzistę."],
        ["05/02/2026", "Propos injurieux envers un collègue (M. Boukhris) devant des usagers.", "Obraźliwe słowa wobec kolegi (p. Boukhris) w obecności mieszkańców."],
    ]),
    ("h", "Décision / Decyzja"),
    ("p", "FR : Un avertissement écrit vous est adressé. Il est versé à votre dossier. En cas de renouvellement, une procédure de licenciement pourra être engagée et votre contrat ne sera pas renouvelé."),
    ("p", "PL : Otrzymuje Pan pisemne upomnienie, które zostaje włączone do Pana akt osobowych. W przypadku powtórzenia się takich zachowań może zostać wszczęta procedura zwolnienia, a Pana umowa nie zostanie przedłużona."),
    ("p", "Observations de l'agent (traduites) : « Le 22 janvier j'étais malade, je n'ai pas pu téléphoner. Je reconnais les mots du 5 février, je me suis excusé. »"),
    ("p", "Signature du directeur : F. Lemaire — Signature de l'agent : ________"),
]

DOCX["s050_ancheta_sociala_tradusa.docx"] = [
    ("title", "Anchetă socială — traduction (Direcția Generală de Asistență Socială și Protecția Copilului Iași)"),
    ("p", "Document transmis par l'autorité roumaine au service de l'aide sociale à l'enfance du Val-d'Oise, dans le cadre de l'évaluation d'une remise de l'enfant à sa grand-mère en Roumanie. Traduction : M. Mihai Toma, interprète assermenté (CA Versailles)."),
    ("h", "Date de identificare / Identification"),
    ("table", [
        ["", "Original (RO)", "Traduction (FR)"],
        ["Minor / Mineur", "Alexia-Maria BOGDAN, n. 03.09.2015", "Alexia-Maria BOGDAN, née le 03/09/2015"],
        ["Situație actuală / Situation actuelle", "Plasată la asistent maternal în Franța (Cergy) din martie 2025", "Placée en famille d'accueil en France (Cergy) depuis mars 2025"],
        ["Persoana evaluată / Personne évaluée", "Elena BOGDAN (bunica maternă), 61 ani, com. Holboca", "Elena BOGDAN (grand-mère maternelle), 61 ans, commune de Holboca"],
    ]),
    ("h", "Constatări / Constatations"),
    ("p", "RO : Doamna Bogdan locuiește într-o casă cu două camere, fără apă curentă în interior, împreună cu fiul ei, Costel (34 ani), care are antecedente penale pentru violență în familie. Venitul gospodăriei constă într-o pensie de 1 280 lei și alocația de stat. Mama minorei, Mihaela Bogdan, se află în Franța fără locuință stabilă și a fost decăzută parțial din drepturile părintești pentru neglijență."),
    ("p", "FR : Mme Bogdan vit dans une maison de deux pièces, sans eau courante à l'intérieur, avec son fils Costel (34 ans), qui a des antécédents judiciaires pour violences conjugales. Les revenus du foyer se composent d'une pension de 1 280 lei et de l'allocation d'État. La mère de la mineure, Mihaela Bogdan, se trouve en France sans logement stable et a été partiellement privée de ses droits parentaux pour négligence."),
    ("h", "Concluzii / Conclusions"),
    ("p", "RO : Nu se recomandă, în acest moment, reintegrarea minorei în familia bunicii, din cauza condițiilor de locuit și a prezenței unchiului. Se recomandă menținerea legăturii prin apeluri video. — FR : La réintégration de la mineure chez sa grand-mère n'est pas recommandée à ce stade, en raison des conditions de logement et de la présence de l'oncle. Il est recommandé de maintenir le lien par des appels vidéo."),
    ("p", "Întocmit de / Établi par : asistent social Ramona Lupu — Iași, 20.10.2025"),
]

DOCX["s051_adli_sicil_kaydi_ceviri.docx"] = [
    ("title", "Adli Sicil Kaydı — Traduction jurée"),
    ("p", "Pièce jointe au dossier de demande de naturalisation de M. Burak ÖZTÜRK — Préfecture du Rhône, plateforme naturalisations. Traduction par Mme Elif Şahin, traductrice assermentée près la cour d'appel de Lyon."),
    ("h", "Original"),
    ("table", [
        ["T.C. Adalet Bakanlığı — Adli Sicil ve İstatistik Genel Müdürlüğü", ""],
        ["Adı Soyadı", "Burak ÖZTÜRK"],
        ["Baba Adı / Ana Adı", "Hasan / Sevim"],
        ["Doğum Yeri ve Tarihi", "Kayseri, 12.02.1990"],
        ["Mahkeme", "Kayseri 4. Asliye Ceza Mahkemesi"],
        ["Karar Tarihi / Kesinleşme", "18.10.2012 / 05.03.2013"],
        ["Suç", "Kasten yaralama (TCK 86/2)"],
        ["Ceza", "5 ay hapis — hükmün açıklanmasının geri bırakılması (HAGB)"],
    ]),
    ("h", "Traduction"),
    ("table", [
        ["République de Turquie — Ministère de la Justice — Direction générale du casier judiciaire et des statistiques", ""],
        ["Nom et prénom", "Burak ÖZTÜRK"],
        ["Nom du père / de la mère", "Hasan / Sevim"],
        ["Lieu et date de naissance", "Kayseri, 12/02/1990"],
        ["Juridiction", "4e tribunal correctionnel de première instance de Kayseri"],
        ["Date du jugement / date définitive", "18/10/2012 / 05/03/2013"],
        ["Infraction", "Coups et blessures volontaires (art. 86/2 du code pénal turc)"],
        ["Peine", "5 mois d'emprisonnement — ajournement du prononcé du jugement (HAGB)"],
    ]),
    ("p", "Note de l'agent instructeur : l'intéressé n'a pas mentionné cette condamnation dans le formulaire (rubrique 14). À évoquer lors de l'entretien d'assimilation du 3 avril ; vérifier si l'ajournement a conduit à l'effacement de la mention."),
]

DOCX["s052_offerte_vertrouwelijk_campingmateriaal.docx"] = [
    ("title", "VERTROUWELIJK — OFFERTE"),
    ("p", "Van Dijk Recreatie B.V. — Industrieweg 22, 7442 DG Nijverdal (NL) — KvK 08123456"),
    ("p", "Aan: Communauté de communes Vallée de la Dordogne, t.a.v. de heer Bertrand Lafon, verantwoordelijke gemeentelijke campings"),
    ("p", "Offertenummer: VDR-2026-0088 — Datum: 16 januari 2026 — Geldig tot: 16 maart 2026"),
    ("p", "Deze offerte en de daarin vermelde prijzen, kortingen en technische specificaties zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Verspreiding aan derden, in het bijzonder aan andere leveranciers, is niet toegestaan."),
    ("table", [
        ["Artikel", "Aantal", "Stuksprijs (EUR, excl. btw)", "Totaal"],
        ["Safaritent Lodge 5p, houten vloer, keuken", "12", "14 850,00", "178 200,00"],
        ["Sanitaire unit 'Compact Duo' (2 douches, 2 toiletten)", "2", "38 400,00", "76 800,00"],
        ["Montage en installatie ter plaatse", "1", "22 600,00", "22 600,00"],
        ["Transport Nijverdal – Carennac", "1", "4 900,00", "4 900,00"],
        ["Subtotaal", "", "", "282 500,00"],
        ["Projectkorting overheid (9 %)", "", "", "– 25 425,00"],
        ["Totaal excl. btw", "", "", "257 075,00"],
    ]),
    ("h", "Interne toelichting voor de klant"),
    ("p", "De projectkorting van 9 % ligt boven onze standaardkorting van 4 % voor overheidsopdrachtgevers en wordt alleen toegekend omdat wij met dit project de Franse markt willen betreden. Onze marge op de safaritenten bedraagt bij deze prijs nog 11 %. Wij vragen u dit percentage niet te vermelden in de aanbestedingsstukken."),
    ("p", "Met vriendelijke groet, Erik van Dijk, algemeen directeur"),
]

DOCX["s053_notes_interprete_asile_nigeria.docx"] = [
    ("title", "Notes d'interprétariat — préparation de l'entretien OFPRA"),
    ("p", "Association La Cimade — permanence de Montpellier. Langue : anglais (pidgin nigérian par moments). Interprète bénévole : Mme Rachel Dunne. Juriste : M. Pierre-Yves Combes. Date : 27/01/2026."),
    ("p", "Demandeur : M. Chukwuemeka ADEYEMI-OKONKWO, né le 08/08/1996 à Enugu (Nigeria), hébergé au CADA de Lodève. Procédure normale, entretien OFPRA fixé au 18/02/2026."),
    ("h", "Propos recueillis (anglais) et traduction"),
    ("table", [
        ["Anglais", "Français"],
        ["I knew I was gay since I was fifteen. In my village you cannot say it, they will kill you.", "Je sais que je suis homosexuel depuis mes quinze ans. Dans mon village on ne peut pas le dire, on vous tue."],
        ["In March 2023, vigilantes came to the room of my partner, Ifeanyi, in Enugu. They beat us with planks and took us to the police. The police kept us two weeks and asked money.", "En mars 2023, des miliciens sont venus dans la chambre de mon compagnon, Ifeanyi, à Enugu. Ils nous ont battus avec des planches et emmenés à la police. La police nous a gardés deux semaines et a demandé de l'argent."],
        ["My uncle paid. When I came out, my father said I am not his son anymore. Ifeanyi, I don't know where he is.", "Mon oncle a payé. À ma sortie, mon père a dit que je n'étais plus son fils. Ifeanyi, je ne sais pas où il est."],
        ["I left through Niger and Libya. In Libya I was sold in a warehouse in Sabha.", "Je suis parti par le Niger et la Libye. En Libye j'ai été vendu dans un entrepôt à Sabha."],
    ]),
    ("h", "Observations de l'interprète"),
    ("p", "Le demandeur baisse la voix et évite le mot « gay » devant un autre résident présent au début ; l'entretien a été repris en tête-à-tête. Il souhaite une interprète femme pour l'OFPRA et a demandé que son orientation sexuelle ne soit pas évoquée devant les autres résidents du CADA."),
    ("p", "À faire (juriste) : attestation de l'association Le Refuge ; certificat médical des cicatrices (dos, avant-bras) ; recherche de la décision de la Sharia court évoquée."),
]

DOCX["s054_acte_mariage_arabe_regroupement.docx"] = [
    ("title", "OFII — Direction territoriale de Montpellier — Regroupement familial"),
    ("p", "Dossier n° 34-RF-2025-00611 — demandeur : M. Hamza BOUAZIZ, titulaire d'une carte de séjour pluriannuelle « salarié », domicilié à Béziers. Bénéficiaire : Mme Amira TRABELSI, son épouse, résidant à Sfax (Tunisie)."),
    ("p", "Pièce n° 6 : extrait de l'acte de mariage tunisien, texte arabe et traduction assermentée (M. Nabil Gharbi, traducteur près la cour d'appel de Montpellier)."),
    ("table", [
        ["النص العربي", "Traduction"],
        ["الجمهورية التونسية — بلدية صفاقس — مضمون من رسم زواج", "République tunisienne — Municipalité de Sfax — Extrait d'acte de mariage"],
        ["الزوج: حمزة بن محمد بوعزيز، مولود في ١٤/٣/١٩٩١ بصفاقس", "L'époux : Hamza fils de Mohamed Bouaziz, né le 14/03/1991 à Sfax"],
        ["الزوجة: أميرة بنت علي الطرابلسي، مولودة في ٢/١١/١٩٩٦ بصفاقس", "L'épouse : Amira fille d'Ali Trabelsi, née le 02/11/1996 à Sfax"],
        ["تاريخ إبرام العقد: ٢٠ جويلية ٢٠٢٤، أمام عدلي الإشهاد", "Date de conclusion du contrat : 20 juillet 2024, devant deux notaires (adouls)"],
        ["المهر: دينار واحد رمزي", "Dot : un dinar symbolique"],
        ["النظام المالي: التفريق في الأملاك", "Régime matrimonial : séparation de biens"],
    ]),
    ("h", "Instruction"),
    ("p", "Condition de ressources : remplie (salaire moyen 1 980 € nets sur 12 mois). Condition de logement : visite de l'agent de la mairie de Béziers prévue le 12/02, logement de 42 m² déclaré pour deux personnes. Observation : le demandeur indique que son épouse est enceinte de cinq mois et souhaite que la procédure soit accélérée ; certificat médical tunisien à fournir."),
    ("p", "Avis du maire sur les conditions de logement attendu sous deux mois."),
]

DOCX["s055_piano_sicurezza_visita_riservato.docx"] = [
    ("title", "RISERVATO / DIFFUSION RESTREINTE"),
    ("p", "Visite officielle de la délégation de la Regione Piemonte à Chambéry — 6 et 7 octobre 2025 — Plan de sécurité / Piano di sicurezza"),
    ("p", "Destinataires : cabinet du Maire, direction de la police municipale, SDIS 73 (officier de liaison), commissariat de Chambéry, Capo di Gabinetto della Presidenza della Regione. Exemplaire nominatif n° 3 — ne pas reproduire."),
    ("h", "1. Itinéraires / Percorsi"),
    ("p", "FR : Arrivée par l'A43, sortie 15 ; escorte motocycliste de la police nationale depuis la barrière de péage de Chignin. Itinéraire principal : avenue de la Boisse, rue de la République, accès à l'hôtel de ville par la cour arrière (porte Saint-Dominique). Itinéraire de repli : rue Favre, entrée du parking souterrain, niveau -2, ascenseur de service."),
    ("p", "IT : Arrivo dall'A43, uscita 15; scorta motociclistica della police nationale dal casello di Chignin. Percorso principale: avenue de la Boisse, rue de la République, accesso al municipio dal cortile posteriore (porta Saint-Dominique). Percorso alternativo: rue Favre, ingresso del parcheggio sotterraneo, livello -2, ascensore di servizio."),
    ("h", "2. Points sensibles / Punti sensibili"),
    ("table", [
        ["Lieu / Luogo", "Dispositif / Dispositivo", "Code / Codice"],
        ["Hôtel de ville, porte Saint-Dominique", "2 agents PM, contrôle badge", "Badge rouge + code porte 7731#"],
        ["Château des ducs (dîner)", "Fouille à l'entrée, 4 agents PM, 1 chien", "Salle de repli : salle des Gardes (clé au PC sécurité)"],
        ["Hôtel Mercure (nuitée)", "Étage 5 privatisé, agent de sécurité privé 22h-7h", "Ascenseur bloqué par clé — code réception 0619"],
    ]),
    ("h", "3. Communications / Comunicazioni"),
    ("p", "Canal radio PM : 3 (crypté). Nom de code de la Présidente de la Région : « Monviso ». Nom de code du Maire : « Nivolet ». PC sécurité : salle 104, hôtel de ville, tél. 04 79 XX XX 01 (ligne directe non communiquée au public)."),
    ("p", "Contact sécurité italien / Referente sicurezza italiano : Commissario Davide Ferraris (numéro remis en réunion)."),
]

DOCX["s056_suivi_jeunes_mission_locale_darija.docx"] = [
    ("title", "Mission locale Nord Essonne — Commission d'attribution de l'allocation PACEA"),
    ("p", "Séance du 10/03/2026 — document de travail des conseillers, à détruire après la commission. Les propos des jeunes sont notés tels qu'ils ont été dits (souvent en darija ou en arabe algérien), avec la traduction du conseiller."),
    ("table", [
        ["Jeune", "Propos (tel quel)", "Traduction / situation", "Proposition"],
        ["Anis B., 19 ans", "« wallah ma 3ndi walou, lwalid mat w lwalida mrida, ana li nkhalles lkra »", "« Je te jure je n'ai rien, mon père est mort et ma mère est malade, c'est moi qui paie le loyer. » Mère en invalidité (sclérose en plaques).", "Allocation 3 mois + orientation CCAS"],
        ["Sofiane K., 20 ans", "« kunt ndir chi haja f la cité, daba sayi, 3ndi procès f avril »", "« Je faisais des trucs dans la cité, maintenant c'est fini, j'ai un procès en avril. » Mis en examen pour recel ; contrôle judiciaire, pointage hebdomadaire.", "Allocation 2 mois, lien avec le SPIP"],
        ["Yasmine O., 18 ans", "« rani ntbe3 m3a psychologue, kunt nchrab ddwa bzaf »", "« Je suis suivie par une psychologue, je prenais beaucoup de médicaments. » Tentative de suicide par intoxication médicamenteuse en janvier, hospitalisée 8 jours.", "Allocation 3 mois, maintien du suivi Maison des adolescents"],
        ["Karim H., 21 ans", "« l'cannabis kul nhar, bghit n7bes walakin s3iba »", "« Le cannabis tous les jours, je veux arrêter mais c'est dur. » Suivi CSAPA engagé depuis février.", "Allocation 1 mois, renouvelable après bilan CSAPA"],
    ]),
    ("p", "Rappel : ces informations relèvent du secret partagé entre conseillers ; elles ne figurent pas dans i-milo."),
]

DOCX["s057_note_diffusion_restreinte_jumelage_es.docx"] = [
    ("title", "DIFFUSION RESTREINTE — DIFUSIÓN RESTRINGIDA"),
    ("p", "Note à l'attention de M. le Maire de Narbonne et de D.ª la Alcaldesa de Gerona — préparatoire à la réunion bilatérale du 19 février 2026"),
    ("p", "Rédaction conjointe des deux directeurs de cabinet. Ne pas transmettre aux services ni aux comités de jumelage."),
    ("h", "Objet / Asunto"),
    ("p", "FR : Avenir du financement commun de la « Maison Narbonne-Gérone » et de son poste de coordinateur. ES : Futuro de la financiación común de la « Casa Narbona-Girona » y de su puesto de coordinador."),
    ("h", "Éléments / Elementos"),
    ("p", "FR : La Generalitat a fait savoir officieusement qu'elle ne renouvellerait pas sa participation (40 000 € par an) au-delà de 2026. Les deux villes n'ont pas encore informé le conseil d'administration de l'association. Deux scénarios sont envisagés : (a) prise en charge à parts égales du déficit jusqu'à la fin du mandat ; (b) fermeture de la maison à l'été 2027 et reprise des activités par les offices de tourisme. Le scénario (b) ne doit pas être évoqué publiquement avant les élections municipales."),
    ("p", "ES : La Generalitat ha comunicado extraoficialmente que no renovará su participación (40 000 € anuales) después de 2026. Las dos ciudades aún no han informado al consejo de administración de la asociación. Se contemplan dos escenarios: (a) asumir a partes iguales el déficit hasta el final del mandato; (b) cierre de la casa en verano de 2027 y traspaso de las actividades a las oficinas de turismo. El escenario (b) no debe mencionarse públicamente antes de las elecciones municipales."),
    ("h", "Recommandation / Recomendación"),
    ("p", "FR : Retenir le scénario (a) pour 2026-2027 et réexaminer la question en septembre 2027. ES : Optar por el escenario (a) para 2026-2027 y volver a estudiar la cuestión en septiembre de 2027."),
]

DOCX["s058_abmahnung_austauschmitarbeiterin.docx"] = [
    ("title", "Abmahnung"),
    ("p", "Landratsamt Ortenaukreis — Personalamt — Badstraße 20, 77652 Offenburg"),
    ("p", "Frau Jana Kühne, Verwaltungsfachangestellte, derzeit im Rahmen des deutsch-französischen Verwaltungsaustauschs abgeordnet an die Collectivité européenne d'Alsace, Straßburg"),
    ("p", "Offenburg, den 23.01.2026"),
    ("p", "Sehr geehrte Frau Kühne,"),
    ("p", "wir sehen uns veranlasst, Ihnen wegen folgender Pflichtverletzung eine Abmahnung zu erteilen:"),
    ("p", "Nach Mitteilung Ihrer französischen Vorgesetzten, Frau Directrice Claire Muller, haben Sie am 8., 9. und 12. Januar 2026 Ihren Dienst in Straßburg nicht angetreten, ohne Ihre Abwesenheit anzuzeigen oder eine Arbeitsunfähigkeitsbescheinigung vorzulegen. Zudem haben Sie am 14. Januar vertrauliche Unterlagen aus dem Dossier „Rheinbrücke Kehl“ an Ihre private E-Mail-Adresse weitergeleitet, was gegen die Datenschutzrichtlinie beider Verwaltungen verstößt."),
    ("p", "Wir fordern Sie auf, Ihre arbeitsvertraglichen Pflichten künftig ordnungsgemäß zu erfüllen. Im Wiederholungsfall müssen Sie mit arbeitsrechtlichen Konsequenzen bis hin zur Kündigung rechnen. Außerdem behalten wir uns vor, die Abordnung vorzeitig zu beenden."),
    ("p", "Eine Kopie dieser Abmahnung wird zu Ihrer Personalakte genommen. Sie haben das Recht, eine Gegendarstellung abzugeben, die ebenfalls zur Personalakte genommen wird."),
    ("p", "Mit freundlichen Grüßen"),
    ("p", "i. A. Michael Ganter, Leiter des Personalamts"),
    ("p", "Kopie: Collectivité européenne d'Alsace, Direction des ressources humaines"),
]

DOCX["s059_sen_report_pupil_autism.docx"] = [
    ("title", "Special Educational Needs — Transfer Report"),
    ("p", "St Aidan's Primary School, Harrogate, North Yorkshire — SENCo: Mrs Helen Barraclough"),
    ("p", "Prepared for: École élémentaire Les Chartreux, Périgueux (France), at the parents' request, ahead of the pupil's admission in January 2026"),
    ("h", "Pupil details"),
    ("table", [
        ["Name", "Oliver James Whitaker"],
        ["Date of birth", "21/03/2016"],
        ["Year group", "Year 5"],
        ["Diagnosis", "Autism Spectrum Condition (diagnosed by CAMHS Harrogate, June 2021); sensory processing difficulties; anxiety"],
        ["EHCP", "Education, Health and Care Plan in place since September 2022"],
    ]),
    ("h", "Current support"),
    ("p", "Oliver has 20 hours a week of one-to-one teaching assistant support. He uses a visual timetable and a quiet 'safe space' outside the classroom when overwhelmed. He wears ear defenders in assemblies and the dining hall. Changes of routine should be announced at least a day in advance."),
    ("h", "Strengths"),
    ("p", "Oliver reads well above his age and has an excellent memory for facts (trains, maps, planets). He enjoys working on the computer and responds well to clear, literal instructions."),
    ("h", "Areas of difficulty"),
    ("p", "Social interaction with peers, especially unstructured time at playtime; emotional regulation (two meltdowns per week on average in the autumn term, usually triggered by noise); handwriting. He has occasionally hit out at adults during meltdowns; a positive handling plan is attached."),
    ("h", "Medical"),
    ("p", "Melatonin 3 mg at bedtime (given at home). No medication in school."),
    ("p", "Parents' contact: Mr and Mrs Whitaker, now living in Chancelade. Signed: H. Barraclough, SENCo, 4 December 2025"),
]

DOCX["s060_tableau_conges_religieux_agents.docx"] = [
    ("title", "Direction des ressources humaines — Ville de Creil"),
    ("p", "Suivi des demandes d'autorisation d'absence pour fêtes religieuses — 1er semestre 2026 (circulaire du 10 février 2012). Document interne RH, accès restreint."),
    ("p", "Les demandes en langue étrangère ont été traduites par le service ; le texte d'origine est conservé pour mémoire."),
    ("table", [
        ["Agent", "Service", "Fête", "Date", "Texte de la demande", "Avis"],
        ["Hüseyin Tekin", "Propreté", "Ramazan Bayramı (Aïd el-Fitr)", "20/03", "« Bayram namazı için sabah camiye gideceğim, tüm gün izin istiyorum. » (J'irai à la mosquée le matin pour la prière de l'Aïd, je demande la journée.)", "Accord"],
        ["Sevgi Tekin", "Restauration scolaire", "Kurban Bayramı (Aïd el-Kébir)", "27/05", "« Kurban Bayramı'nda ailemle olmak istiyorum. » (Je souhaite être avec ma famille pour l'Aïd el-Kébir.)", "Accord sous réserve du remplacement"],
        ["Rebecca Lévy", "État civil", "Pessa'h", "02/04 et 03/04", "Demande en français", "Accord"],
        ["Ararat Hovsepian", "Espaces verts", "Pâques orthodoxe", "13/04", "Demande en français", "Accord"],
        ["Mustafa Doğan", "Police municipale", "Ramazan Bayramı", "20/03", "« Vardiyamı değiştirmek istiyorum, bayram sabahı camide olacağım. » (Je voudrais échanger ma vacation, le matin de la fête je serai à la mosquée.)", "Échange avec M. Leroux validé"],
    ]),
    ("p", "Rappel : ce tableau ne doit pas être transmis aux chefs de service ; seuls l'accord et la date sont communiqués."),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s061_webformulier_huiselijk_geweld.html"] = (
    "Formulaire de contact — Mairie de Bormes-les-Mimosas",
    """
<h1>Formulaire de contact — message n° 2026-0311</h1>
<p><strong>Reçu le :</strong> 14/02/2026 à 23:48 — <strong>Service destinataire :</strong> Accueil / Police municipale</p>
<p><strong>Nom :</strong> Marloes Jansen-De Wit<br>
<strong>Adresse :</strong> Chemin du Pin 14, Villa Les Lauriers, Bormes-les-Mimosas<br>
<strong>Langue du message :</strong> néerlandais</p>
<h2>Bericht</h2>
<p>Ik weet niet of dit het juiste adres is, maar ik durf niet te bellen omdat mijn partner het kan horen.</p>
<p>Ik woon sinds oktober met mijn partner, Ruud Hoekstra, in het huis dat wij hier gehuurd hebben. Hij drinkt elke dag en wordt dan agressief. Vanavond heeft hij mij tegen de muur geduwd en in mijn gezicht geslagen, ik heb een bloedneus gehad. Het is niet de eerste keer: in december heeft hij mijn pols verdraaid. Hij heeft mijn paspoort en de autosleutels in zijn kluis gelegd.</p>
<p>Ik spreek bijna geen Frans. Ik ken hier niemand, mijn familie is in Utrecht. Kunt u mij laten weten waar ik naartoe kan gaan en of ik aangifte kan doen met een tolk? Hij gaat morgen om 9 uur golfen, dan ben ik alleen thuis.</p>
<p>Mijn telefoon: +31 6 18 44 20 97. Stuur alstublieft geen brief naar het huis.</p>
<hr>
<p><em>Note de l'agent (15/02, 8 h 05) : message traduit avec un outil en ligne puis confirmé par téléphone avec l'intéressée (interprétariat ISM). Patrouille PM envoyée à 9 h 15 ; l'intéressée a été accompagnée à la gendarmerie du Lavandou pour déposer plainte et orientée vers l'association d'aide aux victimes AAVIV. Mise à l'abri organisée.</em></p>
""",
)

HTML["s062_formulario_web_brasileira_gravida.html"] = (
    "Fale connosco — PMI de Cayenne",
    """
<h1>Pedido de consulta — formulário online</h1>
<table>
<tr><th>Nome</th><td>Jéssica Nascimento Lima</td></tr>
<tr><th>Data de nascimento</th><td>17/05/2001</td></tr>
<tr><th>Morada</th><td>Cité Mirza, bloco F, Cayenne</td></tr>
<tr><th>Telefone</th><td>06 94 41 78 23</td></tr>
<tr><th>Assunto</th><td>Gravidez — sem documentos</td></tr>
</table>
<h2>Mensagem</h2>
<p>Bom dia, sou brasileira, de Oiapoque, e moro em Caiena desde 2022. Estou grávida de uns cinco meses e ainda não fiz nenhuma consulta nem ecografia, porque o meu título de residência venceu em agosto e tenho medo de ir ao hospital e ser denunciada à polícia. Pedi a renovação na prefeitura mas até agora não tive resposta, só tenho o recibo do pedido que também já venceu.</p>
<p>Tenho dores na barriga há uma semana e às vezes inchaço nas pernas. Na minha primeira gravidez tive pressão alta e o bebé nasceu prematuro no hospital de Oiapoque.</p>
<p>O pai do bebé é francês mas não quer reconhecer a criança. Não tenho AME (ajuda médica) porque não sabia como pedir.</p>
<p>Posso ir à PMI sem documentos? Alguém fala português? Obrigada.</p>
""",
)

HTML["s063_echange_mails_evaluation_mna.html"] = (
    "Évaluation de minorité — échanges",
    """
<h1>Fil de messages — Dispositif d'évaluation des mineurs non accompagnés (DEMNA) de la Gironde</h1>
<div>
<p><strong>De :</strong> Léa Dupuy, évaluatrice<br><strong>À :</strong> Responsable du DEMNA<br><strong>Date :</strong> 09/01/2026</p>
<p>Bonjour,</p>
<p>Je te transmets pour avis l'évaluation d'Ibrahim (se déclare Ibrahim ADAM, né le 03/03/2010 à Nyala, Soudan). Il ne parle que l'arabe ; l'entretien a été conduit avec M. Khaled, interprète. Il m'a remis une feuille manuscrite en arabe, que je recopie avec la traduction de l'interprète.</p>
<blockquote lang="ar" dir="rtl">
<p>أنا إبراهيم، عمري خمسة عشر سنة. أبي مات في الحرب سنة ٢٠٢٣ وأمي وأخواتي في مخيم في تشاد. خرجت وحدي مع رجال من قريتي. في ليبيا اشتغلت في مزرعة ولم يعطوني فلوس وضربوني. في إيطاليا أخذوا بصماتي وقالوا إن عمري ١٩ سنة لكن هذا غلط. لا أملك أي ورقة. أريد أن أدرس وأن أتكلم مع أمي.</p>
</blockquote>
<p><em>Traduction :</em> « Je suis Ibrahim, j'ai quinze ans. Mon père est mort à la guerre en 2023 et ma mère et mes sœurs sont dans un camp au Tchad. Je suis parti seul avec des hommes de mon village. En Libye j'ai travaillé dans une ferme, on ne m'a pas payé et on m'a frappé. En Italie ils ont pris mes empreintes et ont dit que j'avais 19 ans mais c'est faux. Je n'ai aucun papier. Je veux étudier et parler à ma mère. »</p>
<p>Mon avis : récit cohérent, apparence et comportement compatibles avec l'âge déclaré, mais le fichier Eurodac/VISABIO indique un enregistrement en Italie comme majeur. Cicatrices sur les avant-bras, toux persistante : orienté vers la PASS du CHU. Je propose une reconnaissance de minorité et une orientation vers l'ASE.</p>
</div>
<div>
<p><strong>De :</strong> Responsable du DEMNA<br><strong>Date :</strong> 10/01/2026</p>
<p>D'accord avec toi. Je transmets au parquet pour l'ordonnance de placement provisoire. Merci de demander la recherche de sa mère via la Croix-Rouge (rétablissement des liens familiaux).</p>
</div>
""",
)

HTML["s064_chat_roumain_aide_sociale.html"] = (
    "Transcription de conversation — chat du CCAS",
    """
<h1>CCAS de Clichy-sous-Bois — conversation en ligne n° 48213</h1>
<p>Date : 22/01/2026, 18:02 – 18:31. Agent : Sabrina (traduction automatique activée RO ↔ FR, relue par Mme Cristina Pop, médiatrice, le 23/01).</p>
<table>
<tr><th>Heure</th><th>Auteur</th><th>Message</th><th>Traduction</th></tr>
<tr><td>18:02</td><td>Usager (Gheorghe Marin)</td><td>Bună seara. Am primit scrisoare de la CAF că trebuie să dau înapoi 3 400 de euro de RSA.</td><td>Bonsoir. J'ai reçu une lettre de la CAF disant que je dois rembourser 3 400 euros de RSA.</td></tr>
<tr><td>18:04</td><td>Agent</td><td>Bonsoir Monsieur. Savez-vous pourquoi la CAF vous demande ce remboursement ?</td><td>Bună seara, domnule. Știți de ce vă cere CAF această rambursare?</td></tr>
<tr><td>18:07</td><td>Usager</td><td>Zic că nu am declarat salariul soției din 2024. Ea a lucrat doar trei luni la curățenie. Nu știam că trebuie.</td><td>Ils disent que je n'ai pas déclaré le salaire de ma femme en 2024. Elle n'a travaillé que trois mois dans le ménage. Je ne savais pas qu'il fallait.</td></tr>
<tr><td>18:10</td><td>Usager</td><td>Acum ne opresc 180 de euro pe lună din alocații. Avem patru copii și chiria e 720. Nu mai avem ce mânca la sfârșitul lunii.</td><td>Maintenant ils retiennent 180 euros par mois sur les allocations. Nous avons quatre enfants et le loyer est de 720. À la fin du mois nous n'avons plus de quoi manger.</td></tr>
<tr><td>18:14</td><td>Agent</td><td>Vous pouvez demander une remise de dette à la CAF. Nous pouvons vous aider à faire le courrier. Je vous propose aussi un colis alimentaire à l'épicerie solidaire.</td><td>Puteți cere CAF o reducere a datoriei. Vă putem ajuta să scrieți scrisoarea. Vă propun și un pachet de alimente la magazinul social.</td></tr>
<tr><td>18:20</td><td>Usager</td><td>Mulțumesc mult. Mai am și o datorie la EDF de 900 de euro și ne-au pus limitator de curent.</td><td>Merci beaucoup. J'ai aussi une dette de 900 euros à EDF et ils ont mis un limiteur de puissance.</td></tr>
<tr><td>18:31</td><td>Agent</td><td>Rendez-vous avec l'assistante sociale lundi 26/01 à 14 h, avec la médiatrice roumanophone. Apportez les lettres de la CAF et d'EDF.</td><td>Programare cu asistenta socială luni 26/01 la ora 14, cu mediatoarea vorbitoare de română. Aduceți scrisorile de la CAF și EDF.</td></tr>
</table>
""",
)

HTML["s065_intranet_poufne_codes_maison_accueil.html"] = (
    "Intranet — Jumelage Wałbrzych — accès",
    """
<p><strong>POUFNE — CONFIDENTIEL — réservé aux agents du service des relations internationales</strong></p>
<h1>Maison d'accueil des délégations — accès et consignes / Dom gościnny — dostęp i instrukcje</h1>
<p>Page intranet mise à jour le 02/03/2026. Ne pas imprimer, ne pas transférer aux partenaires par courriel : les codes sont communiqués oralement aux chefs de délégation à leur arrivée.</p>
<h2>Accès / Dostęp</h2>
<ul>
<li>Portail véhicules (rue des Écoles) : télécommande n° 2 au service, ou code clavier <strong>80 25 41</strong> / Brama wjazdowa: kod <strong>80 25 41</strong></li>
<li>Porte d'entrée : boîte à clés murale, code <strong>1 9 5 6</strong> / Drzwi wejściowe: skrzynka na klucze, kod <strong>1 9 5 6</strong></li>
<li>Alarme intrusion (centrale Verisure, entrée) : désactivation <strong>3 3 0 7</strong> + touche OFF / Alarm: wyłączenie <strong>3 3 0 7</strong> + OFF</li>
<li>Mot de passe de la télésurveillance en cas de déclenchement : « <strong>ZAMEK KSIĄŻ</strong> » / Hasło dla centrum monitoringu: „ZAMEK KSIĄŻ”</li>
<li>Armoire à pharmacie et coffre des passeports des délégations : clé sur le trousseau jaune, coffre code <strong>4 4 1 2 7</strong></li>
</ul>
<h2>Consignes / Instrukcje</h2>
<p>La caméra de la cour enregistre 72 h (enregistreur dans le placard technique, 1er étage, mot de passe administrateur sur demande au service informatique). Les codes sont changés après chaque séjour de délégation par Mme Nowicka.</p>
<p>Kody są zmieniane po każdym pobycie delegacji. W razie problemów dzwonić do dyżurnego: 06 XX XX XX 12.</p>
""",
)

HTML["s066_modulo_web_studentessa_depressione.html"] = (
    "Demande d'aménagement — Université Côte d'Azur",
    """
<h1>Richiesta di proroga — tesi di master</h1>
<p><strong>Da:</strong> Giulia Rinaldi, Master 2 Droit international et européen, n. studente 22314877<br>
<strong>A:</strong> Mission Handicap / Service de santé étudiante, Université Côte d'Azur<br>
<strong>Data:</strong> 5 marzo 2026</p>
<p>Gentili responsabili,</p>
<p>scrivo in italiano perché in questo momento faccio fatica anche a scrivere in francese. Da ottobre soffro di una depressione maggiore, diagnosticata dalla psichiatra del BAPU di Nizza, dottoressa Fabre. Sono in cura con sertralina 100 mg e faccio psicoterapia una volta alla settimana. A dicembre sono stata ricoverata dieci giorni alla clinica Les Sources dopo un attacco di panico molto forte e pensieri suicidari.</p>
<p>Per questo motivo non ho potuto seguire il seminario di contenzioso né consegnare il primo capitolo della tesi alla mia relatrice, la professoressa Martin, alla quale non ho ancora spiegato il motivo.</p>
<p>Vorrei chiedere:</p>
<ul>
<li>una proroga della consegna della tesi dalla sessione di giugno a quella di settembre;</li>
<li>un tempo supplementare per gli esami scritti;</li>
<li>che le informazioni mediche restino riservate al servizio e non vengano comunicate ai docenti.</li>
</ul>
<p>Allego il certificato della dottoressa Fabre e la lettera di dimissione della clinica.</p>
<p>Grazie per la comprensione,<br>Giulia Rinaldi</p>
""",
)

HTML["s067_revue_presse_article_guardian_reproduit.html"] = (
    "Revue de presse internationale — semaine 6",
    """
<h1>Revue de presse internationale — Office de tourisme du Pays de Dinan — semaine du 2 février 2026</h1>
<p><em>Usage interne des agents. Article reproduit en intégralité, scanné depuis l'édition papier.</em></p>
<h2>The Sunday Chronicle — Travel section, 1 February 2026</h2>
<h3>"Brittany's medieval heart still beats, but can it survive its own success?"</h3>
<p>By Eleanor Pryce</p>
<p>There is a moment, around six in the morning, when the ramparts of Dinan belong only to the gulls and the bakers. The Rue du Jerzual, that improbably steep cobbled lane that tumbles from the old town to the Rance, is silent except for the squeak of a delivery trolley. By eleven, in August, you will not be able to see the cobbles.</p>
<p>Dinan received more than 1.3 million visitors last year, a figure its tourist office quotes with a mixture of pride and unease. Half-timbered houses that once sheltered tanners and weavers now sell salted-caramel fudge and striped jumpers; three of the last five independent bookshops have closed since 2019. "We are not Disneyland," one shopkeeper told me, before asking me not to print her name.</p>
<p>And yet the town resists. The Fête des Remparts, held every other year, is still organised largely by volunteers who sew their own costumes. The harbour has kept its working boatyard. And walk twenty minutes upriver, along the towpath towards Léhon, and you will find an abbey garden where the only sound is the river and, occasionally, the organ rehearsing.</p>
<p>Come in May or October. Stay two nights. Eat galettes where the locals eat them — at the crêperie with no English menu, behind the basilica. Dinan deserves better than a day trip.</p>
<p>© The Sunday Chronicle 2026. All rights reserved.</p>
<hr>
<p>Commentaire du service (FR) : article très positif, à citer (une phrase) sur nos réseaux avec lien vers le site du journal ; ne pas republier le texte intégral.</p>
""",
)

HTML["s068_email_linke_mitglied_wahlliste.html"] = (
    "Nachricht an das Bürgerbüro",
    """
<h1>Nachricht über das Kontaktformular — Mairie de Saint-Louis</h1>
<p><strong>Absender:</strong> Dr. Katrin Vollmer, 3 rue de Bâle, Saint-Louis<br>
<strong>Datum:</strong> 12. Januar 2026<br>
<strong>Betreff:</strong> Eintragung in die Wählerliste für die Kommunalwahl — und Frage zur Kandidatur</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>ich bin deutsche Staatsbürgerin und wohne seit 2021 in Saint-Louis. Ich möchte mich in die ergänzende Wählerliste für die Kommunalwahl im März eintragen lassen und bitte um Auskunft, welche Unterlagen ich dafür benötige.</p>
<p>Außerdem eine persönliche Frage: Ich bin seit vielen Jahren Mitglied der Partei Die Linke und war in Weil am Rhein bis 2020 im Ortsvorstand. Eine Bürgerliste hier in Saint-Louis hat mich gefragt, ob ich auf ihrer Liste kandidieren möchte. Darf ich als EU-Bürgerin kandidieren, obwohl ich Mitglied einer deutschen Partei bin? Muss ich diese Mitgliedschaft irgendwo angeben? Ich möchte nicht, dass meine Parteizugehörigkeit öffentlich bekannt wird, bevor ich mich entschieden habe; mein Arbeitgeber in Basel weiß davon nichts.</p>
<p>Vielen Dank für Ihre Antwort.</p>
<p>Mit freundlichen Grüßen<br>Katrin Vollmer</p>
""",
)

HTML["s069_queja_familia_gitana_piscina.html"] = (
    "Réclamation — piscine municipale",
    """
<h1>Réclamation n° REC-2025-0719 — Piscine municipale Moulin-à-Vent, Perpignan</h1>
<p><strong>Reçue par courriel le 28/07/2025</strong> — transmise à la direction des sports et au référent lutte contre les discriminations.</p>
<h2>Texte de la réclamation (espagnol)</h2>
<p>Me llamo Antonio Giménez Maya, vivo en el barrio de Saint-Jacques. El domingo 27 de julio fui a la piscina con mi mujer, Remedios, y nuestros cinco hijos. Somos gitanos, catalanes de aquí de toda la vida, y mis hijos tienen la piel morena.</p>
<p>En la entrada, el vigilante nos dijo que "hoy no se puede, está completo", pero a la familia que venía detrás, que no eran gitanos, sí la dejó pasar. Cuando le pregunté por qué, me dijo delante de todos: "ya sabemos cómo es con vosotros, luego hay robos en los vestuarios". Mis hijos lloraban. Tengo el vídeo en el móvil y dos testigos, mi cuñado Josep y una señora que no conocíamos, que nos dio su número.</p>
<p>No es la primera vez. Quiero poner una queja oficial y saber el nombre de ese vigilante.</p>
<h2>Traduction de l'accueil</h2>
<p>M. Antonio Giménez Maya, quartier Saint-Jacques, indique que le dimanche 27 juillet, lui, son épouse et leurs cinq enfants, qui sont gitans, se sont vu refuser l'entrée au motif que la piscine était complète, alors que la famille suivante, non gitane, a été admise. L'agent de sécurité aurait dit devant tout le monde : « on sait comment c'est avec vous, après il y a des vols dans les vestiaires ». Vidéo et deux témoins. Il demande à déposer une réclamation officielle.</p>
<p>Suite : demande des images de vidéosurveillance de l'entrée et du planning de l'agent (prestataire Sécuri-Sud) ; information au Défenseur des droits proposée à l'usager.</p>
""",
)

HTML["s070_test_adn_reconnaissance_turc.html"] = (
    "Dossier reconnaissance de paternité",
    """
<h1>Mairie de Villiers-le-Bel — État civil — dossier de reconnaissance tardive</h1>
<p>Pièces remises par M. Emre ÇAKIR le 19/11/2025, avec traduction sommaire de Mme Gül Aksoy (agent municipal turcophone). La reconnaissance de l'enfant Deniz, née le 04/06/2025, avait été refusée en juillet dans l'attente de la décision du procureur (soupçon de reconnaissance frauduleuse). L'intéressé produit le jugement et l'expertise.</p>
<h2>Extrait du rapport d'expertise génétique (turc)</h2>
<blockquote lang="tr">
<p>İstanbul Adli Tıp Kurumu — Biyoloji İhtisas Dairesi. Emre Çakır (baba adayı), Marie Leclerc (anne) ve çocuk Deniz Leclerc'den alınan ağız içi sürüntü örneklerinde 23 STR lokusu incelenmiştir. Emre Çakır'ın Deniz Leclerc'in biyolojik babası olma olasılığı %99,999'dur. Babalık ispatlanmıştır.</p>
</blockquote>
<p><em>Traduction :</em> Institut de médecine légale d'Istanbul — département de biologie. L'analyse de 23 loci STR sur les prélèvements buccaux d'Emre Çakır (père présumé), de Marie Leclerc (mère) et de l'enfant Deniz Leclerc établit une probabilité de paternité de 99,999 %. La paternité est prouvée.</p>
<h2>Observation</h2>
<p>L'expertise a été ordonnée par le tribunal judiciaire de Pontoise (jugement du 30/10/2025, joint), qui ordonne la transcription. Le couple est séparé ; Mme Leclerc s'était opposée à la reconnaissance, estimant que M. Çakır « cherchait seulement des papiers ». M. Çakır est en situation irrégulière depuis le rejet de sa demande de titre de séjour en 2024.</p>
""",
)

HTML["s071_message_vocal_darija_cgt_licenciement.html"] = (
    "Permanence Maison des syndicats — main courante",
    """
<h1>Ville de Saint-Nazaire — Maison des syndicats (locaux municipaux) — registre de la permanence d'accueil</h1>
<p>Entrée du 03/02/2026 — message vocal laissé sur le répondeur de l'accueil, transcrit et traduit par M. Hakim, agent d'accueil, pour transmission à l'union locale concernée.</p>
<h2>Transcription (darija, telle que dite)</h2>
<p>« Salam, ana Mourad Chentouf, kan khdem f l'entreprise dyal nettoyage f les Chantiers, sous-traitant. Dkhelt l CGT f décembre, w drt la réunion m3a les collègues 3la les heures sup li ma kaykhelsouhomch. Chef dyali 3ref, gal liya "nta li katdir lmachakil". Lbareh 3taw liya la lettre dyal licenciement, galou faute grave 3la retard dyal 10 minutes. Walakin ana 3aref 3lach: 7it syndiqué. 3ndi drari w lkra. Bghit chi wa7ed men CGT y3ayet liya. Numéro dyali 07 58 22 19 46. »</p>
<h2>Traduction</h2>
<p>« Bonjour, je suis Mourad Chentouf, je travaillais dans l'entreprise de nettoyage aux Chantiers, en sous-traitance. Je suis entré à la CGT en décembre et j'ai organisé la réunion avec les collègues sur les heures supplémentaires qu'ils ne paient pas. Mon chef l'a su, il m'a dit "c'est toi qui fais des problèmes". Hier ils m'ont donné la lettre de licenciement, ils ont dit faute grave pour un retard de 10 minutes. Mais moi je sais pourquoi : parce que je suis syndiqué. J'ai des enfants et un loyer. Je voudrais que quelqu'un de la CGT m'appelle. Mon numéro : 07 58 22 19 46. »</p>
<p>Transmis le jour même au secrétariat de l'union locale CGT (casier n° 4).</p>
""",
)

HTML["s072_price_schedule_app_supplier.html"] = (
    "Commercial proposal — Westfield Digital Ltd",
    """
<p><strong>COMMERCIAL IN CONFIDENCE</strong></p>
<h1>Westfield Digital Ltd — Proposal for the multilingual visitor app "Discover Saint-Malo"</h1>
<p>Prepared for: Office de tourisme de Saint-Malo — Attn: Ms Gaëlle Riou, digital manager<br>Reference: WD-FR-2026-014 — Date: 20 February 2026</p>
<h2>1. Pricing</h2>
<table>
<tr><th>Item</th><th>Unit price (GBP)</th><th>Qty</th><th>Total (GBP)</th></tr>
<tr><td>Core app licence (iOS + Android), per year</td><td>18,400</td><td>3</td><td>55,200</td></tr>
<tr><td>Content translation module (EN, DE, NL, ES, IT)</td><td>2,150 per language</td><td>5</td><td>10,750</td></tr>
<tr><td>Audio guide production (40 points of interest)</td><td>310</td><td>40</td><td>12,400</td></tr>
<tr><td>Onboarding and training (on site)</td><td>4,900</td><td>1</td><td>4,900</td></tr>
<tr><td><strong>Total (3 years)</strong></td><td></td><td></td><td><strong>83,250</strong></td></tr>
</table>
<h2>2. Pricing rationale (not for onward disclosure)</h2>
<p>The licence fee above reflects a 27% reduction on our list price (GBP 25,200/year), offered because Saint-Malo would be our first French reference customer. Our day rate for developers is GBP 640 and for translators GBP 290; our gross margin on the translation module is 18%. We would ask that these figures, and in particular the discount level, are not shared with other bidders or published in any public procurement documents.</p>
<h2>3. Validity</h2>
<p>This offer is valid for 90 days. Prices exclude VAT.</p>
<p>Jonathan Reeves, Sales Director, Westfield Digital Ltd, Bristol</p>
""",
)

HTML["s073_melding_veilig_thuis_doorgestuurd.html"] = (
    "Transmission d'un signalement néerlandais",
    """
<h1>Conseil départemental du Nord — CRIP — Transmission d'information d'un service étranger</h1>
<p>Reçu le 06/10/2025 via le service social international. Traduction de travail : Mme Sarah Vandenberghe (agent bilingue, Dunkerque).</p>
<h2>Bericht van Veilig Thuis Zeeland (origineel)</h2>
<blockquote lang="nl">
<p>Betreft: Lotte en Finn BAKKER (9 en 6 jaar), sinds augustus 2025 met hun moeder, mevrouw Daphne Bakker, verhuisd naar Gravelines (Frankrijk).</p>
<p>Veilig Thuis heeft in 2024 en 2025 drie meldingen ontvangen over dit gezin: ernstige verwaarlozing (kinderen zonder eten en toezicht thuis aangetroffen), huiselijk geweld door de vorige partner van moeder en vermoedelijk drugsgebruik door moeder. De gezinsvoogd had een ondertoezichtstelling aangevraagd; moeder is met de kinderen vertrokken vóór de zitting bij de kinderrechter in Middelburg.</p>
<p>Wij vragen de Franse autoriteiten na te gaan of de kinderen veilig zijn en naar school gaan.</p>
</blockquote>
<h2>Traduction</h2>
<p>Objet : Lotte et Finn BAKKER (9 et 6 ans), installés depuis août 2025 avec leur mère, Mme Daphne Bakker, à Gravelines. Veilig Thuis (service néerlandais de signalement des violences et maltraitances) a reçu trois signalements en 2024 et 2025 : négligence grave (enfants trouvés seuls sans nourriture), violences conjugales de l'ancien compagnon de la mère et consommation probable de drogues par la mère. Une mesure de surveillance judiciaire avait été demandée ; la mère est partie avec les enfants avant l'audience devant le juge des enfants de Middelburg. Demande de vérifier la sécurité et la scolarisation des enfants.</p>
<p><strong>Suite CRIP :</strong> vérification de la scolarisation auprès de la mairie de Gravelines (école Jean-Jaurès ?) ; évaluation confiée à l'UTPAS de Grande-Synthe sous 15 jours.</p>
""",
)

HTML["s074_demande_dispense_religion_roumain.html"] = (
    "Courrier des parents — école Pasteur",
    """
<h1>École élémentaire Pasteur — Orléans — courrier reçu le 15/01/2026</h1>
<p>Courrier manuscrit en roumain remis par les parents d'Eliza, CM1 ; traduction de Mme Daniela Munteanu, AESH roumanophone, à la demande de la directrice.</p>
<h2>Original</h2>
<p lang="ro">Stimată doamnă directoare,<br>Suntem familia Ungureanu, părinții Elizei din clasa a patra. Suntem creștini penticostali și mergem la Biserica Penticostală „Betania” din Saran. Credința noastră nu ne permite ca fetița să participe la petrecerea de Halloween și la balul mascat de carnaval, nici să danseze la spectacolul de sfârșit de an. De asemenea, vă rugăm ca la excursia de trei zile în aprilie să nu doarmă în aceeași cameră cu fete care nu sunt de la noi, sau să o luăm acasă seara. Nu vrem să facem probleme, doar să fie respectată credința noastră.<br>Cu respect, Ionuț și Lavinia Ungureanu</p>
<h2>Traduction</h2>
<p>Madame la directrice, nous sommes la famille Ungureanu, parents d'Eliza (CM1). Nous sommes chrétiens pentecôtistes et fréquentons l'Église pentecôtiste « Béthanie » de Saran. Notre foi ne permet pas que notre fille participe à la fête d'Halloween ni au bal masqué du carnaval, ni qu'elle danse au spectacle de fin d'année. Nous vous demandons aussi que, lors de la classe de découverte de trois jours en avril, elle ne dorme pas dans la même chambre que des filles qui ne sont pas des nôtres, ou que nous puissions la reprendre le soir. Nous ne voulons pas créer de problème, seulement que notre foi soit respectée. Avec respect, Ionuț et Lavinia Ungureanu.</p>
<p><em>Note de la directrice : rendez-vous proposé aux parents le 22/01 avec l'IEN ; rappeler que le spectacle et la classe de découverte relèvent des activités scolaires.</em></p>
""",
)

HTML["s075_artykul_tygodnik_reprodukowany.html"] = (
    "Dossier 50 ans du jumelage Montceau – Legnica",
    """
<h1>Dossier de préparation — 50 ans du jumelage Montceau-les-Mines – Legnica</h1>
<p>Document de travail du comité. Article de presse polonais reproduit en entier ci-dessous (transmis en PDF par nos amis de Legnica), avec traduction de Mme Ewa Krawczyk pour la future exposition.</p>
<h2>Tygodnik Legnicki, nr 7/2026, s. 18–19</h2>
<h3>„Górnicy, którzy zbudowali most”</h3>
<p><em>Anna Szczepańska</em></p>
<p lang="pl">Kiedy w 1976 roku pierwsi górnicy z Zagłębia Miedziowego wysiedli z autokaru przed ratuszem w Montceau-les-Mines, nikt nie przypuszczał, że ta wizyta zapoczątkuje przyjaźń trwającą pół wieku. Francuskie miasto węgla i polskie miasto miedzi łączyło więcej, niż się wydawało: pod ziemią pracowali tam synowie i wnukowie Polaków, którzy wyemigrowali do Burgundii w latach dwudziestych.</p>
<p lang="pl">„Mój dziadek pochodził spod Krakowa, a ja pierwszy raz zobaczyłem Polskę dzięki wymianie szkolnej w 1984 roku” — wspomina Jean-Pierre Nowicki, emerytowany nauczyciel z Montceau. Przez pięćdziesiąt lat partnerstwo przetrwało stan wojenny, zamknięcie ostatniej kopalni w Burgundii w 2000 roku i pandemię. Dziś wymiany obejmują orkiestry dęte, kluby piłkarskie i szkoły zawodowe.</p>
<p lang="pl">Na jubileusz przygotowano wystawę fotografii górniczych z obu miast, która w maju stanie w Muzeum Miedzi, a we wrześniu w Montceau. „Partnerstwo to nie jest podpis na papierze. To ludzie, którzy przyjeżdżają do siebie od pół wieku” — mówi Barbara Lis, przewodnicząca stowarzyszenia „Legnica–Montceau”.</p>
<p>© Tygodnik Legnicki — wszelkie prawa zastrzeżone. Przedruk wyłącznie za zgodą redakcji.</p>
<h2>Traduction (résumé)</h2>
<p>« Les mineurs qui ont construit un pont » : en 1976, les premiers mineurs du bassin du cuivre descendaient du car devant la mairie de Montceau ; la ville du charbon et la ville du cuivre avaient en commun les descendants de Polonais émigrés en Bourgogne dans les années 1920. Témoignage de Jean-Pierre Nowicki, ancien enseignant. Le partenariat a survécu à l'état de guerre, à la fermeture de la dernière mine bourguignonne en 2000 et à la pandémie. Exposition photographique en mai à Legnica et en septembre à Montceau.</p>
<p><em>Avant l'exposition : demander à la rédaction du Tygodnik Legnicki l'autorisation de reproduire l'article et les photos.</em></p>
""",
)

# ---------------------------------------------------------------- public .docx

DOCX["p121_charte_jumelage_renouvelee_de.docx"] = [
    ("title", "Charte de jumelage renouvelée — Erneuerte Partnerschaftsurkunde"),
    ("p", "Ville de Haguenau — Stadt Landau in der Pfalz"),
    ("p", "FR : Réunies à Landau le 14 juin 2025, à l'occasion du 50e anniversaire de leur jumelage, les villes de Haguenau et de Landau in der Pfalz, représentées par leurs maires, réaffirment leur engagement commun en faveur de l'amitié franco-allemande et de la construction européenne."),
    ("p", "DE : Die Städte Haguenau und Landau in der Pfalz, vertreten durch ihre Bürgermeister, bekräftigen anlässlich des 50-jährigen Bestehens ihrer Partnerschaft am 14. Juni 2025 in Landau ihr gemeinsames Bekenntnis zur deutsch-französischen Freundschaft und zum europäischen Einigungswerk."),
    ("h", "Engagements / Verpflichtungen"),
    ("table", [
        ["Français", "Deutsch"],
        ["Favoriser chaque année au moins deux échanges scolaires et un échange d'apprentis.", "Jährlich mindestens zwei Schüleraustausche und einen Austausch von Auszubildenden fördern."],
        ["Soutenir les associations sportives et culturelles dans leurs rencontres.", "Die Sport- und Kulturvereine bei ihren Begegnungen unterstützen."],
        ["Développer la coopération entre les services municipaux (environnement, mobilité, numérique).", "Die Zusammenarbeit der Stadtverwaltungen ausbauen (Umwelt, Mobilität, Digitalisierung)."],
        ["Promouvoir l'apprentissage de la langue du voisin dès l'école maternelle.", "Das Erlernen der Nachbarsprache ab dem Kindergarten fördern."],
        ["Associer les citoyens, et en particulier les jeunes, à la vie du jumelage.", "Die Bürgerinnen und Bürger, insbesondere die Jugend, am Partnerschaftsleben beteiligen."],
    ]),
    ("p", "Fait en deux exemplaires, en français et en allemand, les deux textes faisant également foi. / Ausgefertigt in zwei Exemplaren in französischer und deutscher Sprache, wobei beide Fassungen gleichermaßen verbindlich sind."),
    ("p", "Le Maire de Haguenau — Der Oberbürgermeister der Stadt Landau in der Pfalz"),
]

DOCX["p122_visitor_guide_english.docx"] = [
    ("title", "Albi — Visitor Guide 2026"),
    ("p", "Published by the Albi Tourist Office. Free of charge."),
    ("h", "Welcome to Albi"),
    ("p", "Built in red brick on the banks of the Tarn, the episcopal city of Albi has been a UNESCO World Heritage Site since 2010. Its cathedral, Sainte-Cécile, is the largest brick building in the world, and its painted interior — nearly 18,500 square metres of frescoes — is one of the most remarkable in Europe."),
    ("h", "Top sights"),
    ("p", "Sainte-Cécile Cathedral: open daily; the choir and treasury require a ticket (€6). Don't miss the Last Judgement mural, painted around 1480."),
    ("p", "Toulouse-Lautrec Museum: housed in the Palais de la Berbie, the former bishop's palace, it holds the world's largest public collection of the painter's work. Allow two hours. The formal gardens overlooking the river are free to visit."),
    ("p", "The Old Bridge (Pont Vieux): in use since the 11th century, it offers the best view of the city, especially at sunset."),
    ("p", "The covered market (Marché couvert): local produce from Tuesday to Sunday morning."),
    ("h", "Getting around"),
    ("p", "The historic centre is compact and largely pedestrian. A free electric shuttle (\"albibus navette\") runs every 10 minutes. Bikes can be hired at the tourist office."),
    ("h", "Day trips"),
    ("p", "Cordes-sur-Ciel (25 km), the Gaillac vineyards (20 km), and the Tarn gorges at Ambialet (25 km) are all easily reached by car."),
    ("h", "Practical information"),
    ("table", [
        ["Tourist office", "Place Sainte-Cécile — open daily 9:00–18:00 (19:00 in July–August)"],
        ["Emergency", "112 (European emergency number), 15 (ambulance)"],
        ["Markets", "Saturday morning, Place Sainte-Cécile; organic market Tuesday evening"],
        ["Guided tours in English", "Wednesday and Saturday, 10:30, from the tourist office (€8)"],
    ]),
]

DOCX["p123_convenzione_cooperazione_lecco.docx"] = [
    ("title", "Convention de coopération décentralisée — Convenzione di cooperazione decentrata"),
    ("p", "entre la Communauté d'agglomération d'Annecy (Grand Annecy) et le Comune di Lecco / tra la Communauté d'agglomération d'Annecy e il Comune di Lecco"),
    ("p", "Approuvée par délibération du conseil communautaire du 27 novembre 2025 et par délibération della Giunta comunale di Lecco del 4 dicembre 2025."),
    ("h", "Article 1 — Objet / Articolo 1 — Oggetto"),
    ("p", "FR : La présente convention a pour objet de développer une coopération entre les deux territoires lacustres en matière de préservation de la qualité des eaux des lacs d'Annecy et de Côme, de mobilité douce et de valorisation touristique. IT : La presente convenzione ha per oggetto lo sviluppo di una cooperazione tra i due territori lacustri in materia di tutela della qualità delle acque dei laghi di Annecy e di Como, di mobilità dolce e di valorizzazione turistica."),
    ("h", "Article 2 — Actions / Articolo 2 — Azioni"),
    ("p", "FR : Échanges de techniciens des services de l'eau ; étude commune sur les espèces invasives (moule quagga) ; création d'un itinéraire cyclable « Lacs alpins » ; participation croisée aux salons du tourisme. IT : Scambi di tecnici dei servizi idrici; studio comune sulle specie invasive (cozza quagga); creazione di un itinerario ciclabile « Laghi alpini »; partecipazione reciproca alle fiere del turismo."),
    ("h", "Article 3 — Financement / Articolo 3 — Finanziamento"),
    ("p", "FR : Chaque partie prend en charge les frais de ses propres agents. Les actions communes peuvent faire l'objet d'une demande de financement au programme Interreg VI-A France-Italie (ALCOTRA). IT : Ciascuna parte sostiene le spese del proprio personale. Le azioni comuni possono essere oggetto di una richiesta di finanziamento al programma Interreg VI-A Francia-Italia (ALCOTRA)."),
    ("h", "Article 4 — Durée / Articolo 4 — Durata"),
    ("p", "FR : La convention est conclue pour une durée de trois ans, renouvelable par tacite reconduction. IT : La convenzione è stipulata per una durata di tre anni, rinnovabile tacitamente."),
    ("p", "Le Président du Grand Annecy — Il Sindaco di Lecco"),
]

DOCX["p124_formulaire_inscription_cantine_pl.docx"] = [
    ("title", "Formulaire d'inscription à la restauration scolaire — Formularz zapisu na stołówkę szkolną"),
    ("p", "Ville de Montceau-les-Mines — année scolaire 2026-2027 / rok szkolny 2026-2027"),
    ("p", "À retourner à l'Espace Famille avant le 30 juin 2026. / Należy złożyć w Espace Famille do 30 czerwca 2026."),
    ("h", "Enfant / Dziecko"),
    ("table", [
        ["Nom / Nazwisko", ""],
        ["Prénom / Imię", ""],
        ["Date de naissance / Data urodzenia", ""],
        ["École et classe / Szkoła i klasa", ""],
    ]),
    ("h", "Responsables légaux / Opiekunowie prawni"),
    ("table", [
        ["", "Responsable 1 / Opiekun 1", "Responsable 2 / Opiekun 2"],
        ["Nom, prénom / Nazwisko, imię", "", ""],
        ["Adresse / Adres", "", ""],
        ["Téléphone / Telefon", "", ""],
        ["Courriel / E-mail", "", ""],
    ]),
    ("h", "Jours de présence / Dni obecności"),
    ("table", [
        ["Lundi / Pon.", "Mardi / Wt.", "Jeudi / Czw.", "Vendredi / Pt."],
        ["☐", "☐", "☐", "☐"],
    ]),
    ("h", "Régime / Dieta"),
    ("p", "☐ Menu standard / Menu standardowe   ☐ Menu sans viande / Menu bez mięsa   ☐ Allergie (joindre le PAI) / Alergia (dołączyć PAI)"),
    ("p", "Je certifie l'exactitude des renseignements. / Oświadczam, że powyższe informacje są prawdziwe. Date et signature / Data i podpis : ____________"),
]

DOCX["p125_formulaire_domiciliation_ro.docx"] = [
    ("title", "Demande d'élection de domicile — Cerere de domiciliere"),
    ("p", "Centre communal d'action sociale de Montreuil — Formular bilingv francez / român. Seule la version française fait foi. / Doar versiunea franceză este oficială."),
    ("p", "La domiciliation permet aux personnes sans domicile stable de recevoir leur courrier et d'accéder à leurs droits (AME, RSA, inscription scolaire...). / Domicilierea permite persoanelor fără locuință stabilă să primească corespondența și să își exercite drepturile (AME, RSA, înscrierea la școală...)."),
    ("table", [
        ["Rubrique / Rubrică", "À remplir / De completat"],
        ["Nom / Nume", ""],
        ["Prénom(s) / Prenume", ""],
        ["Date et lieu de naissance / Data și locul nașterii", ""],
        ["Nationalité / Cetățenie", ""],
        ["Lien avec la commune (travail, école des enfants, suivi social...) / Legătura cu orașul (loc de muncă, școala copiilor, asistență socială...)", ""],
        ["Personnes à charge / Persoane în întreținere", ""],
        ["Téléphone / Telefon", ""],
    ]),
    ("p", "Pièces à joindre : pièce d'identité ou tout document d'identité. / Documente necesare: act de identitate sau orice document de identitate."),
    ("p", "Durée : un an, renouvelable. Le courrier est à retirer au moins une fois tous les trois mois. / Durata: un an, reînnoibil. Corespondența trebuie ridicată cel puțin o dată la trei luni."),
    ("p", "Signature du demandeur / Semnătura solicitantului : ____________   Date / Data : ________"),
]

DOCX["p126_diyabet_tarama_kampanyasi.docx"] = [
    ("title", "Diyabet Tarama Günleri — 14-15 Kasım 2025"),
    ("p", "Mantes-la-Jolie Belediyesi Sağlık Merkezi ve Yvelines Diyabet Derneği işbirliğiyle"),
    ("h", "Diyabet nedir?"),
    ("p", "Diyabet, kandaki şeker oranının sürekli yüksek olmasıdır. Fransa'da yaklaşık 4 milyon kişi diyabet hastasıdır ve bunların 700 bini hastalığından haberdar değildir. Tedavi edilmezse göz, böbrek, kalp ve ayak sorunlarına yol açabilir."),
    ("h", "Kimler risk altında?"),
    ("p", "45 yaşın üzerindekiler, fazla kilolu olanlar, ailesinde diyabet olanlar, hamilelik sırasında şeker yüksekliği yaşamış kadınlar ve az hareket edenler."),
    ("h", "Ücretsiz tarama"),
    ("p", "Parmak ucundan alınan bir damla kanla birkaç dakikada sonuç. Aç gelmenize gerek yok. Sonuç yüksek çıkarsa bir hemşire sizinle görüşür ve sizi doktorunuza yönlendirir."),
    ("table", [
        ["Tarih", "Yer", "Saat"],
        ["Cuma 14 Kasım", "Val Fourré Pazar Yeri (Place des Nations)", "9:00 – 13:00"],
        ["Cumartesi 15 Kasım", "Belediye Sağlık Merkezi, Rue Jean-Jaurès", "10:00 – 17:00"],
    ]),
    ("p", "Türkçe konuşan sağlık görevlileri yerinde olacaktır. Bilgi: 01 30 XX XX XX"),
]

DOCX["p127_uitwisselingsprogramma_scholen.docx"] = [
    ("title", "Uitwisselingsprogramma 2026 — Lycée Faidherbe (Lille) en Sint-Lodewijkscollege (Brugge)"),
    ("p", "Informatie voor ouders en leerlingen van het 5de jaar"),
    ("h", "Doel"),
    ("p", "Leerlingen uit Brugge en Rijsel verbeteren hun Frans en Nederlands door een week samen te leven en les te volgen in elkaars school. Het project wordt ondersteund door het Europese Erasmus+-programma."),
    ("h", "Data"),
    ("table", [
        ["Fase", "Periode", "Plaats"],
        ["Online kennismaking (videogesprekken)", "januari – februari", "Klas"],
        ["Bezoek van de Franse leerlingen", "9 – 13 maart 2026", "Brugge"],
        ["Tegenbezoek", "20 – 24 april 2026", "Rijsel"],
        ["Gezamenlijke presentatie", "juni 2026", "Online"],
    ]),
    ("h", "Kosten"),
    ("p", "Dankzij de Erasmus+-subsidie betalen ouders enkel een bijdrage van 60 euro voor uitstappen. Het vervoer met de trein is inbegrepen."),
    ("h", "Gastgezinnen"),
    ("p", "Elke leerling logeert bij de familie van zijn of haar correspondent. Gezinnen die niet kunnen ontvangen, kunnen contact opnemen met de coördinator; er zijn alternatieven."),
    ("p", "Coördinatoren: mevrouw An Verstraete (Brugge) en Mme Sophie Delannoy (Lille)."),
]

DOCX["p128_violences_conjugales_numeros_arabe.docx"] = [
    ("title", "Violences conjugales : vous n'êtes pas seule — العنف الزوجي: لستِ وحدك"),
    ("p", "Dépliant bilingue de la Ville de Roubaix et du Centre d'information sur les droits des femmes et des familles (CIDFF). Disponible dans les mairies de quartier, les centres sociaux et les pharmacies."),
    ("table", [
        ["Français", "العربية"],
        ["Les violences conjugales peuvent être physiques, psychologiques, sexuelles ou économiques. Elles sont punies par la loi.", "العنف الزوجي يمكن أن يكون جسدياً أو نفسياً أو جنسياً أو اقتصادياً. والقانون يعاقب عليه."],
        ["Vous avez le droit d'être protégée, quelle que soit votre situation administrative.", "من حقك أن تتم حمايتك، مهما كانت وضعيتك الإدارية."],
        ["3919 : numéro national d'écoute, gratuit, anonyme, 24 h/24. Interprètes disponibles.", "٣٩١٩: رقم وطني للاستماع، مجاني، سري، على مدار ٢٤ ساعة. يوجد مترجمون."],
        ["17 ou 112 : en cas de danger immédiat. SMS au 114 si vous ne pouvez pas parler.", "١٧ أو ١١٢: في حالة خطر فوري. أرسلي رسالة نصية إلى ١١٤ إذا لم تستطيعي الكلام."],
        ["Le CIDFF vous reçoit gratuitement : conseils juridiques, accompagnement, hébergement.", "يستقبلك مركز CIDFF مجاناً: استشارات قانونية، مرافقة، إيواء."],
    ]),
    ("p", "CIDFF de Roubaix : 03 20 XX XX XX — permanences en arabe le lundi après-midi. / مداومة باللغة العربية يوم الاثنين بعد الظهر."),
]

DOCX["p129_offre_emploi_agent_accueil_lusophone.docx"] = [
    ("title", "Offre d'emploi — Agent d'accueil bilingue français-portugais (H/F)"),
    ("p", "Ville de Champigny-sur-Marne — Direction de la relation aux usagers — Cadre d'emplois des adjoints administratifs (catégorie C) — Poste à temps complet, à pourvoir le 1er avril 2026"),
    ("h", "Missions"),
    ("p", "Accueillir, renseigner et orienter le public à l'accueil central de l'hôtel de ville, physiquement et au téléphone ; assurer l'interface avec les usagers lusophones (Portugal, Brésil, pays africains de langue portugaise) ; participer à la traduction des supports d'information municipaux ; instruire les premières demandes (état civil, inscriptions scolaires, attestations)."),
    ("h", "Profil"),
    ("p", "Maîtrise du français et du portugais à l'oral et à l'écrit ; sens du service public, discrétion ; maîtrise des outils bureautiques. Une expérience en accueil est appréciée."),
    ("h", "Anúncio em português"),
    ("p", "A Câmara Municipal de Champigny-sur-Marne recruta um(a) agente de atendimento bilingue francês-português, a tempo inteiro. Funções: acolher e orientar o público, apoiar os utentes lusófonos e colaborar na tradução de documentos municipais. Requisitos: domínio do francês e do português, sentido de serviço público."),
    ("p", "Candidatures (lettre + CV) avant le 6 mars 2026 : M. le Maire, Direction des ressources humaines, 14 rue Louis-Talamoni, 94500 Champigny-sur-Marne, ou recrutement@mairie-champigny94.fr"),
]

DOCX["p130_menus_comedor_escolar_es.docx"] = [
    ("title", "Menus scolaires — Semaine hispano-française / Menús escolares — Semana hispano-francesa"),
    ("p", "Ville de Tarbes — du 30 mars au 3 avril 2026 — en partenariat avec les écoles de Huesca / del 30 de marzo al 3 de abril de 2026"),
    ("table", [
        ["Jour / Día", "Entrée / Primer plato", "Plat / Segundo plato", "Dessert / Postre"],
        ["Lundi / Lunes", "Salade verte / Ensalada verde", "Paella de légumes et poulet / Paella de verduras y pollo", "Orange / Naranja"],
        ["Mardi / Martes", "Gaspacho / Gazpacho", "Garbure / Garbure bigurdana", "Yaourt / Yogur"],
        ["Mercredi / Miércoles", "Tortilla de patatas / Tortilla de patatas", "Poisson du jour, haricots tarbais / Pescado del día, alubias de Tarbes", "Fromage des Pyrénées / Queso de los Pirineos"],
        ["Jeudi / Jueves", "Carottes râpées / Zanahoria rallada", "Lentilles à l'aragonaise / Lentejas a la aragonesa", "Crème catalane / Crema catalana"],
        ["Vendredi / Viernes", "Soupe de légumes / Sopa de verduras", "Pâtes au saumon / Pasta con salmón", "Churros maison / Churros caseros"],
    ]),
    ("p", "Un plat sans viande est proposé chaque jour. / Cada día se ofrece un plato sin carne. Produits locaux et bio : 48 %. / Productos locales y ecológicos: 48 %."),
]

DOCX["p131_ecrivain_public_permanences_darija.docx"] = [
    ("title", "Écrivain public — permanences gratuites / L'kateb l'3omoumi — bla flous"),
    ("p", "Maison de quartier des Tarterêts — Corbeil-Essonnes. Affiche en français et en arabe maghrébin écrit en lettres latines, comme beaucoup d'habitants l'écrivent sur leur téléphone."),
    ("table", [
        ["Français", "Darija (lettres latines)"],
        ["Vous avez un courrier que vous ne comprenez pas ?", "3andek chi bra ma fhmtihach ?"],
        ["Vous devez remplir un formulaire (CAF, impôts, retraite, école) ?", "Khassek t3emmer chi formulaire (CAF, impôts, retraite, l'école) ?"],
        ["Vous voulez écrire une lettre à votre propriétaire ou à votre employeur ?", "Bghiti tkteb bra l mol dar ola l patron ?"],
        ["Notre écrivain public vous aide, gratuitement et en toute confidentialité.", "L'kateb dyalna y3awnek, fabor w kolchi bin-atna."],
        ["Mardi 9 h – 12 h et jeudi 14 h – 17 h, sans rendez-vous.", "Nhar tlat 9h – 12h w nhar lkhmis 14h – 17h, bla rendez-vous."],
    ]),
    ("p", "Apportez vos papiers et une pièce d'identité. / Jib lwra9 dyalek w l'karta."),
    ("p", "Maison de quartier, 2 place Salvador-Allende — 01 60 XX XX XX"),
]

DOCX["p132_rapport_activite_accueil_international.docx"] = [
    ("title", "Rapport d'activité 2025 — Bureau d'accueil des résidents internationaux"),
    ("p", "Ville de Toulouse — Direction de l'action internationale — présenté en commission « Europe et international » du 26 février 2026"),
    ("h", "1. Synthèse"),
    ("p", "Le bureau d'accueil des résidents internationaux, ouvert en 2019 à l'hôtel de ville, a reçu 9 842 visites en 2025 (+ 11 % par rapport à 2024) et traité 4 117 demandes écrites. Les principales demandes concernent le logement (24 %), l'inscription scolaire (18 %), la santé et l'assurance maladie (17 %), les démarches de séjour (15 %) et la reconnaissance des diplômes (9 %)."),
    ("h", "2. Langues"),
    ("table", [
        ["Langue", "Entretiens au guichet", "Dont avec interprète professionnel"],
        ["Anglais", "3 210", "0"],
        ["Espagnol", "2 045", "12"],
        ["Arabe", "1 380", "402"],
        ["Portugais", "640", "38"],
        ["Italien", "515", "0"],
        ["Allemand", "288", "0"],
        ["Roumain", "264", "97"],
        ["Turc", "198", "121"],
        ["Polonais", "112", "40"],
        ["Néerlandais", "74", "0"],
        ["Autres (ukrainien, dari, tigrinya...)", "1 116", "874"],
    ]),
    ("h", "3. Faits marquants"),
    ("p", "Mise en ligne de fiches pratiques en huit langues ; convention avec l'université pour l'accueil des doctorants étrangers ; formation de 36 agents d'accueil à l'« accueil en langue simple ». Organisation de deux « cafés des nouveaux arrivants » par trimestre, avec en moyenne 45 participants."),
    ("h", "4. Difficultés"),
    ("p", "Délais d'attente importants pour l'interprétariat en présence dans les langues rares ; saturation des permanences du lundi ; besoin de ressources en dari et en ukrainien."),
    ("h", "5. Executive summary (English, for partner cities)"),
    ("p", "In 2025, Toulouse's International Residents' Welcome Office received 9,842 visits (up 11%) and answered 4,117 written requests, mainly about housing, school enrolment, health insurance and residence formalities. English and Spanish remain the most used languages at the desk; professional interpreters were needed mostly for Arabic, Turkish, Romanian and less widely spoken languages."),
    ("p", "Perspectives 2026 : ouverture d'une antenne au quartier Mirail ; rendez-vous en ligne ; partenariat avec Elche et Bologne (villes jumelles) pour échanger les bonnes pratiques."),
]

DOCX["p133_programm_besuch_landkreis_delegation.docx"] = [
    ("title", "Besuchsprogramm der Delegation des Landkreises Lörrach — Programme de visite de la délégation du Landkreis de Lörrach"),
    ("p", "Communauté d'agglomération Saint-Louis Agglomération — 12. März 2026 / 12 mars 2026"),
    ("p", "Delegation / Délégation : Frau Landrätin Marion Dammann ; Herr Dezernent für Mobilität ; Vertreter der Wirtschaftsförderung Lörrach."),
    ("p", "Côté français : M. le Président de Saint-Louis Agglomération ; Mme la Vice-présidente chargée des transports ; M. le Directeur de l'EuroAirport."),
    ("table", [
        ["Uhrzeit / Heure", "Programmpunkt", "Point du programme"],
        ["9:30", "Empfang im Verwaltungssitz, Begrüßung", "Accueil au siège, mot de bienvenue"],
        ["10:00", "Arbeitssitzung: Verlängerung der Tramlinie 3 und grenzüberschreitender Busverkehr", "Séance de travail : prolongement du tram 3 et bus transfrontaliers"],
        ["12:00", "Mittagessen", "Déjeuner"],
        ["14:00", "Besichtigung der Baustelle des Bahnanschlusses EuroAirport", "Visite du chantier de la liaison ferroviaire EuroAirport"],
        ["16:00", "Unterzeichnung der Absichtserklärung zum Radschnellweg Dreiländereck", "Signature de la déclaration d'intention sur la véloroute express des Trois Pays"],
        ["16:30", "Pressegespräch", "Point presse"],
    ]),
    ("p", "Dolmetschen / Interprétation : simultan, Kabine im Sitzungssaal. / simultanée, cabine en salle du conseil."),
]

DOCX["p134_strada_vino_gaillac.docx"] = [
    ("title", "La Strada dei vini di Gaillac — guida per i visitatori"),
    ("p", "Ufficio del turismo Bastides e Vigneto del Gaillacois — edizione italiana 2026"),
    ("h", "Un vigneto tra i più antichi di Francia"),
    ("p", "Le vigne di Gaillac furono piantate dai Romani già nel I secolo. Oggi la denominazione conta circa 300 produttori, che coltivano vitigni rari come il Mauzac, il Len de l'El, il Braucol e il Prunelard. Qui si produce anche uno dei più antichi spumanti del mondo, il Gaillac metodo ancestrale."),
    ("h", "Itinerario consigliato (una giornata)"),
    ("p", "Mattina: visita della Maison des Vins nell'abbazia Saint-Michel a Gaillac, con degustazione gratuita. Poi verso Lisle-sur-Tarn, bastide dalla grande piazza porticata."),
    ("p", "Pranzo: in una ferme-auberge della zona di Cahuzac-sur-Vère."),
    ("p", "Pomeriggio: Castelnau-de-Montmiral e le cantine delle colline del Cordais; finire la giornata a Cordes-sur-Ciel, con la vista sulla valle del Cérou."),
    ("h", "Consigli pratici"),
    ("table", [
        ["Vendemmie", "da fine agosto a metà ottobre: molte cantine offrono visite delle vigne"],
        ["Fête des vins", "primo fine settimana di agosto a Gaillac, parco di Foucaud"],
        ["Guida responsabile", "sputare durante le degustazioni; in Francia il limite è 0,5 g/l (0,2 per i neopatentati)"],
        ["Informazioni", "Ufficio del turismo di Gaillac, place Saint-Michel — si parla italiano su appuntamento"],
    ]),
]

DOCX["p135_szczepienia_grypa_kampania.docx"] = [
    ("title", "Szczepienie przeciw grypie 2025–2026"),
    ("p", "Kampania informacyjna Urzędu Miasta Harnes i Regionalnej Agencji Zdrowia Hauts-de-France — wersja polska dla mieszkańców polskiego pochodzenia i pracowników sezonowych"),
    ("h", "Kiedy?"),
    ("p", "Kampania szczepień trwa od 14 października 2025 do 31 stycznia 2026."),
    ("h", "Dla kogo szczepienie jest bezpłatne?"),
    ("p", "Dla osób w wieku 65 lat i starszych, kobiet w ciąży, osób z chorobami przewlekłymi (cukrzyca, choroby serca, płuc, nerek), osób z dużą nadwagą oraz dla otoczenia niemowląt poniżej 6 miesięcy. Osoby te otrzymują pocztą zaproszenie od kasy chorych (Assurance Maladie)."),
    ("h", "Gdzie?"),
    ("p", "U lekarza rodzinnego, pielęgniarki, położnej lub bezpośrednio w aptece. Nie trzeba recepty, jeśli ma się zaproszenie."),
    ("h", "Dlaczego warto?"),
    ("p", "Grypa co roku powoduje we Francji tysiące hospitalizacji. Szczepionka zmniejsza ryzyko ciężkiego przebiegu choroby i chroni także bliskich. Można zaszczepić się w tym samym czasie przeciwko COVID-19."),
    ("table", [
        ["Apteki w Harnes prowadzące szczepienia", "Godziny"],
        ["Pharmacie du Centre, rue des Fusillés", "pon.–sob. 9:00–19:00"],
        ["Pharmacie de la Gare, avenue Barbusse", "pon.–pt. 8:30–19:30"],
    ]),
    ("p", "Informacje: Centrum Zdrowia Miejskiego, tel. 03 21 XX XX XX."),
]

# ---------------------------------------------------------------- public .html

HTML["p136_bienvenue_nouveaux_arrivants_multilingue.html"] = (
    "Bienvenue à Grenoble — Welcome — Bienvenidos — مرحباً",
    """
<h1>Nouvel habitant ? Bienvenue à Grenoble !</h1>
<p>La Ville et le CCAS vous accueillent et vous aident dans vos premières démarches. Cette page résume l'essentiel dans plusieurs langues.</p>
<section lang="en">
<h2>English — Welcome!</h2>
<p>New in Grenoble? Come to the Welcome Point at the town hall (11 boulevard Jean-Pain), Monday to Friday, 9:00–17:00. We can help you register your children at school, find a doctor, apply for health insurance, and learn French. Our staff speak English, Spanish, Italian and Arabic.</p>
</section>
<section lang="es">
<h2>Español — ¡Bienvenidos!</h2>
<p>¿Acaba de llegar a Grenoble? Venga al Punto de Bienvenida del ayuntamiento, de lunes a viernes, de 9:00 a 17:00. Le ayudamos a inscribir a sus hijos en la escuela, encontrar un médico, solicitar la seguridad social y aprender francés.</p>
</section>
<section lang="it">
<h2>Italiano — Benvenuti!</h2>
<p>Siete appena arrivati a Grenoble? Venite al Punto Accoglienza del municipio, dal lunedì al venerdì, dalle 9 alle 17. Vi aiutiamo con l'iscrizione scolastica dei figli, la ricerca di un medico, l'assicurazione sanitaria e i corsi di francese.</p>
</section>
<section lang="ar" dir="rtl">
<h2>العربية — مرحباً بكم!</h2>
<p>هل وصلتم حديثاً إلى غرونوبل؟ تفضلوا إلى نقطة الاستقبال في البلدية، من الاثنين إلى الجمعة، من الساعة ٩ إلى ١٧. نساعدكم في تسجيل أطفالكم في المدرسة، وإيجاد طبيب، وطلب التأمين الصحي، وتعلم اللغة الفرنسية.</p>
</section>
<section lang="pt">
<h2>Português — Bem-vindos!</h2>
<p>Acabou de chegar a Grenoble? Venha ao Ponto de Acolhimento da câmara municipal, de segunda a sexta, das 9h às 17h.</p>
</section>
<p>Liens utiles : inscriptions scolaires — cours de français pour adultes — transports TAG — carte de bibliothèque gratuite.</p>
""",
)

HTML["p137_oficina_turismo_carcassonne.html"] = (
    "Carcasona — Oficina de Turismo",
    """
<h1>Bienvenidos a Carcasona</h1>
<p>La Ciudad medieval de Carcasona, con sus 3 km de murallas y 52 torres, es Patrimonio Mundial de la UNESCO desde 1997. Junto con el Canal du Midi, que atraviesa la ciudad baja, ofrece dos sitios declarados patrimonio de la humanidad en un solo destino.</p>
<h2>Qué ver</h2>
<ul>
<li><strong>El Castillo Condal y las murallas:</strong> visita libre o guiada (en español los martes y jueves a las 11:00 en julio y agosto). Entrada: 11 €; gratuita para menores de 18 años y residentes de la UE menores de 26.</li>
<li><strong>La basílica de Saint-Nazaire:</strong> vidrieras de los siglos XIII y XIV. Entrada gratuita.</li>
<li><strong>La Bastida de San Luis:</strong> la ciudad baja, con su plaza Carnot y su mercado los martes, jueves y sábados por la mañana.</li>
<li><strong>El Canal du Midi:</strong> paseos en barco de 1 h 30 desde el puerto de Carcasona, de abril a octubre.</li>
</ul>
<h2>Eventos</h2>
<p>14 de julio: uno de los fuegos artificiales más famosos de Francia, sobre la Ciudad medieval. Festival de Carcasona (conciertos y teatro) en julio. Mercado de Navidad en diciembre.</p>
<h2>Información práctica</h2>
<p>Oficina de Turismo: 28 rue de Verdun y, en temporada, en la Puerta Narbonesa. Aparcamientos de pago al pie de la Ciudad; lanzadera desde la estación. Personal hispanohablante todo el año.</p>
""",
)

HTML["p138_noticia_aniversario_geminacao.html"] = (
    "Actualités — 30 ans de jumelage avec Guimarães",
    """
<h1>Jumelage : 30 ans d'amitié avec Guimarães / Geminação: 30 anos de amizade com Guimarães</h1>
<p><em>Publié le 10 octobre 2025 — rubrique Actualités</em></p>
<p>Samedi 4 octobre, près de 400 personnes ont célébré à la salle Jean-Vilar les trente ans du jumelage entre Compiègne et Guimarães, berceau du Portugal. Le maire et la vereadora da Cultura de Guimarães ont dévoilé une plaque commémorative, avant un concert du groupe de cavaquinhos de l'école de musique de Guimarães et un bal animé par l'association franco-portugaise Amizade.</p>
<p>Au programme de 2026 : l'accueil de 20 apprentis portugais dans les entreprises compiégnoises, un échange entre les clubs de handball et une exposition sur l'architecture médiévale des deux villes.</p>
<p lang="pt"><strong>Em português :</strong> No sábado, 4 de outubro, cerca de 400 pessoas celebraram na sala Jean-Vilar os trinta anos da geminação entre Compiègne e Guimarães. O maire e a vereadora da Cultura de Guimarães descerraram uma placa comemorativa, seguida de um concerto do grupo de cavaquinhos da escola de música de Guimarães e de um baile animado pela associação franco-portuguesa Amizade. Em 2026: acolhimento de 20 aprendizes portugueses, intercâmbio entre clubes de andebol e uma exposição sobre a arquitetura medieval das duas cidades.</p>
<p>Photos : service communication — Ville de Compiègne.</p>
""",
)

HTML["p139_regolamento_piscina_italiano.html"] = (
    "Piscina olimpica di Antibes — Regolamento",
    """
<h1>Piscina olimpica Foch — Antibes Juan-les-Pins</h1>
<h2>Regolamento per gli utenti (traduzione italiana)</h2>
<ol>
<li>L'accesso alle vasche è consentito solo dopo la doccia e il passaggio nella vaschetta lavapiedi.</li>
<li>È obbligatorio un costume da bagno aderente. Sono vietati bermuda, pantaloncini e biancheria intima.</li>
<li>La cuffia è obbligatoria nella vasca olimpica.</li>
<li>I bambini di età inferiore ai 10 anni devono essere accompagnati da un adulto in costume da bagno.</li>
<li>Le corsie sono riservate al nuoto secondo la velocità indicata (lenta, media, veloce). Nuotare sempre sul lato destro della corsia.</li>
<li>È vietato correre, spingere, tuffarsi dai lati non autorizzati e fare apnea senza sorveglianza.</li>
<li>È vietato fotografare o filmare altre persone.</li>
<li>Gli utenti devono rispettare le indicazioni dei bagnini (MNS).</li>
<li>Gli oggetti di valore vanno lasciati negli armadietti; la piscina non è responsabile dei furti.</li>
</ol>
<p>Orari: dal lunedì al venerdì 7:00 – 20:00; sabato e domenica 9:00 – 18:00. In caso di competizioni, l'accesso al pubblico può essere ridotto.</p>
""",
)

HTML["p140_krankenversicherung_frankreich_neubuerger.html"] = (
    "Krankenversicherung in Frankreich — Informationen für Neubürger",
    """
<h1>Krankenversicherung in Frankreich: das Wichtigste für Neubürgerinnen und Neubürger</h1>
<p>Eine Informationsseite des Grenzgänger- und Neubürgerbüros (INFOBEST Kehl/Strasbourg)</p>
<h2>Wer ist versichert?</h2>
<p>Wer in Frankreich arbeitet oder seit mehr als drei Monaten stabil und rechtmäßig dort wohnt, hat Anspruch auf die gesetzliche Krankenversicherung (Protection universelle maladie, PUMa). Zuständig ist die örtliche Krankenkasse (CPAM).</p>
<h2>Grenzgänger</h2>
<p>Wer in Frankreich wohnt und in Deutschland arbeitet, ist grundsätzlich in Deutschland versichert und kann mit dem Formular S1 auch in Frankreich Leistungen in Anspruch nehmen. Das Formular erhalten Sie bei Ihrer deutschen Krankenkasse; es muss bei der CPAM eingereicht werden.</p>
<h2>Die Carte Vitale</h2>
<p>Die grüne Versichertenkarte ermöglicht die direkte Abrechnung beim Arzt und in der Apotheke. Beantragen Sie sie online über Ihr Konto auf ameli.fr.</p>
<h2>Hausarzt (médecin traitant)</h2>
<p>Jeder Versicherte ab 16 Jahren sollte einen Hausarzt angeben. Ohne diese Angabe werden die meisten Leistungen nur zu einem niedrigeren Satz erstattet.</p>
<h2>Zusatzversicherung (mutuelle)</h2>
<p>Die gesetzliche Versicherung erstattet nicht alle Kosten. Eine Zusatzversicherung ist daher üblich; Arbeitgeber müssen ihren Angestellten eine solche anbieten. Bei geringem Einkommen gibt es die kostenlose Complémentaire santé solidaire.</p>
<p>Beratung auf Deutsch: INFOBEST Kehl/Strasbourg, Montag bis Donnerstag, 9–12 Uhr und 13–17 Uhr, ohne Termin.</p>
""",
)

HTML["p141_press_release_scottish_delegation.html"] = (
    "Communiqué — visite de la délégation du Perth and Kinross Council",
    """
<h1>Communiqué de presse — Ville d'Aurillac / Press release — Town of Aurillac</h1>
<p><em>Aurillac, 5 May 2026</em></p>
<h2>La Ville d'Aurillac accueille une délégation écossaise / Aurillac welcomes a Scottish delegation</h2>
<p>Du 14 au 16 mai, Aurillac recevra une délégation du Perth and Kinross Council conduite par le Provost, Mr Xander McDade, accompagné de Councillor Grant Laing, leader du conseil, et de représentants de VisitScotland. Cette visite ouvre la préparation d'un pacte d'amitié centré sur l'élevage, le tourisme de nature et les musiques traditionnelles.</p>
<p>From 14 to 16 May, Aurillac will host a delegation from Perth and Kinross Council, led by Provost Xander McDade, with the Council Leader, Councillor Grant Laing, and representatives of VisitScotland. The visit launches the preparation of a friendship pact focusing on livestock farming, nature tourism and traditional music.</p>
<h3>Programme / Programme</h3>
<ul>
<li>14 mai / 14 May — Réception à l'hôtel de ville par le Maire / Civic reception at the town hall</li>
<li>15 mai / 15 May — Visite du marché aux bestiaux et de la Maison de la Salers / Visit to the livestock market and the Salers cattle centre</li>
<li>15 mai, 20 h 30 — Concert croisé cabrette et cornemuse, théâtre d'Aurillac / Bagpipe and cabrette concert, Aurillac theatre (free admission)</li>
<li>16 mai / 16 May — Randonnée au Puy Mary avec le Parc naturel régional des volcans d'Auvergne / Walk on the Puy Mary</li>
</ul>
<p>Contact presse / Press contact: cabinet du Maire — 04 71 XX XX XX</p>
""",
)

HTML["p142_saisonniers_logement_infos_pl.html"] = (
    "Logement des travailleurs saisonniers — informations",
    """
<h1>Se loger pendant la saison / Zakwaterowanie w sezonie</h1>
<p>Communauté de communes Cœur de Savoie — page d'information pour les saisonniers agricoles et du tourisme / strona informacyjna dla pracowników sezonowych</p>
<h2>Français</h2>
<p>Le logement des saisonniers est difficile à trouver en période de vendanges et de saison d'hiver. La communauté de communes met à disposition 24 places en résidence saisonnière à Montmélian (chambres de 2, cuisine commune, 12 € la nuit) et tient une liste de particuliers qui louent des chambres. Votre employeur peut aussi vous loger : le logement doit respecter des normes de surface, d'hygiène et de sécurité.</p>
<h2>Polski</h2>
<p>Znalezienie zakwaterowania w okresie winobrania i sezonu zimowego jest trudne. Wspólnota gmin udostępnia 24 miejsca w domu dla pracowników sezonowych w Montmélian (pokoje 2-osobowe, wspólna kuchnia, 12 euro za noc) i prowadzi listę osób prywatnych wynajmujących pokoje. Pracodawca może również zapewnić zakwaterowanie, które musi spełniać normy dotyczące powierzchni, higieny i bezpieczeństwa.</p>
<h2>Contact / Kontakt</h2>
<p>Maison des saisonniers, place de la Gare, Montmélian — du lundi au vendredi 9 h – 17 h / od poniedziałku do piątku 9:00 – 17:00. Permanence en polonais le mercredi / dyżur w języku polskim w środy.</p>
""",
)

HTML["p143_infratire_oras_roman.html"] = (
    "Jumelage avec Roman (Roumanie)",
    """
<h1>Nos villes jumelles : Roman (Roumanie) / Orașele noastre înfrățite: Roman (România)</h1>
<p>Depuis 1991, Fontenay-le-Comte est jumelée avec la ville de Roman, dans le județ de Neamț, en Moldavie roumaine. Né d'un convoi humanitaire organisé par des habitants au lendemain de la révolution de 1989, le jumelage s'est tourné vers les échanges scolaires, culturels et sportifs.</p>
<p lang="ro">Din 1991, Fontenay-le-Comte este înfrățit cu municipiul Roman, din județul Neamț. Născută dintr-un convoi umanitar organizat de locuitori după revoluția din 1989, înfrățirea s-a orientat spre schimburi școlare, culturale și sportive.</p>
<h2>Activités récentes / Activități recente</h2>
<ul>
<li>2024 : accueil du chœur du Colegiul Național „Roman-Vodă” au festival de Fontenay. / Corul Colegiului Național „Roman-Vodă” la festivalul din Fontenay.</li>
<li>2025 : séjour de 15 jeunes footballeurs vendéens à Roman. / 15 tineri fotbaliști din Vendée în vizită la Roman.</li>
<li>2026 : exposition « Deux villes, deux rivières : la Vendée et la Moldova ». / Expoziția „Două orașe, două râuri”.</li>
</ul>
<p>Le comité de jumelage, présidé par Mme Odile Brunet, recherche des familles d'accueil pour juillet. / Comitetul de înfrățire caută familii gazdă pentru luna iulie.</p>
""",
)

HTML["p144_menu_cantine_turc.html"] = (
    "Menus de la cantine — semaine 12",
    """
<h1>Menus des écoles — semaine du 16 au 20 mars 2026 / Okul yemek listesi — 16-20 Mart 2026</h1>
<p>Ville de Bischwiller — restauration scolaire</p>
<table>
<tr><th>Jour / Gün</th><th>Menu</th><th>Türkçe</th></tr>
<tr><td>Lundi / Pazartesi</td><td>Velouté de carottes, spaghetti bolognaise (ou sauce lentilles), fromage blanc</td><td>Havuç çorbası, bolonez soslu spagetti (veya mercimekli sos), süzme peynir</td></tr>
<tr><td>Mardi / Salı</td><td>Salade de riz, filet de lieu sauce citron, brocolis, fruit</td><td>Pirinç salatası, limon soslu balık fileto, brokoli, meyve</td></tr>
<tr><td>Mercredi / Çarşamba</td><td>Pas de service (centres de loisirs : repas froid)</td><td>Servis yok (etkinlik merkezleri: soğuk yemek)</td></tr>
<tr><td>Jeudi / Perşembe</td><td>Taboulé, émincé de volaille au paprika (ou pois chiches), haricots verts, yaourt</td><td>Tabule, kırmızı biberli tavuk (veya nohut), taze fasulye, yoğurt</td></tr>
<tr><td>Vendredi / Cuma</td><td>Soupe de légumes, flammekueche végétarienne, salade verte, pomme</td><td>Sebze çorbası, vejetaryen tarte flambée, yeşil salata, elma</td></tr>
</table>
<p>Une alternative sans viande est servie chaque jour. / Her gün etsiz bir seçenek sunulmaktadır.</p>
""",
)

HTML["p145_fietsveiligheid_campagne.html"] = (
    "Veilig fietsen in Straatsburg",
    """
<h1>Veilig fietsen in Straatsburg en omgeving</h1>
<p>Campagne van de Eurométropole de Strasbourg voor bezoekers uit Nederland en België</p>
<p>Straatsburg heeft meer dan 600 km fietspaden en is daarmee een van de fietsvriendelijkste steden van Frankrijk. Toch gelden hier soms andere regels dan thuis.</p>
<h2>Vijf tips</h2>
<ol>
<li><strong>Tramrails:</strong> steek ze altijd zo haaks mogelijk over; bij regen zijn ze glad.</li>
<li><strong>Voetgangerszones:</strong> in het centrum (Grande Île) mag u op veel plaatsen fietsen, maar stapvoets en voetgangers hebben voorrang.</li>
<li><strong>Rechts afslaan bij rood:</strong> alleen toegestaan waar een speciaal bord (driehoek met gele fiets) dat aangeeft.</li>
<li><strong>Licht:</strong> verlichting voor en achter is 's nachts verplicht, net als een bel. Een fluorescerend hesje is verplicht buiten de bebouwde kom bij slecht zicht.</li>
<li><strong>Helm:</strong> verplicht voor kinderen onder 12 jaar, ook als passagier.</li>
</ol>
<h2>Fiets huren</h2>
<p>Vélhop verhuurt stads- en bakfietsen per uur, dag of maand, met stations bij het station en in het centrum.</p>
<p>Boetes: bellen of een telefoon vasthouden tijdens het fietsen kost 135 euro.</p>
""",
)

HTML["p146_asile_ame_informations_arabe.html"] = (
    "معلومات حول التأمين الصحي لطالبي اللجوء",
    """
<h1 dir="rtl">الحصول على العلاج في فرنسا: معلومات لطالبي اللجوء والمقيمين الجدد</h1>
<div dir="rtl" lang="ar">
<p>صفحة إعلامية من مركز البلدية للعمل الاجتماعي في مدينة نانسي</p>
<h2>التأمين الصحي الشامل</h2>
<p>يحق لطالبي اللجوء الاستفادة من التأمين الصحي الشامل بعد ثلاثة أشهر من الإقامة في فرنسا. يُقدَّم الطلب إلى صندوق التأمين الصحي (CPAM) مع وصل طلب اللجوء وعنوان السكن أو الإقامة الإدارية.</p>
<h2>المساعدة الطبية الحكومية</h2>
<p>يمكن للأشخاص المقيمين في فرنسا منذ أكثر من ثلاثة أشهر دون وثائق إقامة أن يطلبوا المساعدة الطبية الحكومية (AME)، إذا كانت مواردهم ضعيفة. تغطي هذه المساعدة زيارة الطبيب والأدوية والاستشفاء.</p>
<h2>قبل فتح الحقوق</h2>
<p>تستقبل مصالح الولوج إلى العلاج (PASS) في المستشفيات كل شخص بدون تأمين صحي. وفي حالة الطوارئ، اتصلوا بالرقم ١٥.</p>
<h2>الأطفال والنساء الحوامل</h2>
<p>تقدم مراكز حماية الأم والطفل (PMI) الفحوصات والتلقيحات مجاناً للأطفال دون ست سنوات وللنساء الحوامل، بغض النظر عن الوضعية الإدارية.</p>
<h2>مساعدة في الإجراءات</h2>
<p>يمكن لمرافقي مركز البلدية مساعدتكم في ملء الاستمارات، يوم الأربعاء صباحاً، بحضور مترجم باللغة العربية.</p>
</div>
""",
)

HTML["p147_iftar_collectif_centre_social_darija.html"] = (
    "Centre social — Iftar de quartier",
    """
<h1>Ftour dyal l7ouma — Iftar de quartier ouvert à toutes et à tous</h1>
<p><em>Publication de la page Facebook du centre social Pablo-Picasso, Bron — 6 mars 2026</em></p>
<p>Salam w mrhba ! L'centre social kay3red 3likoum l ftour jma3i nhar sebt 14 mars, m3a l maghreb (vers 18 h 55), f la salle polyvalente. Kolchi mrhba bih, msalmin w ghir msalmin, jiran, 3ayalat, chabab.</p>
<p>Bonjour à toutes et à tous ! Le centre social vous invite à un repas de rupture du jeûne partagé le samedi 14 mars, au coucher du soleil (vers 18 h 55), à la salle polyvalente. Tout le monde est le bienvenu, que l'on jeûne ou non : voisins, familles, jeunes.</p>
<p>Kol wa7ed yjib chi haja sghira : 7rira, msemen, chebakia, 3asir... / Chacun apporte un petit quelque chose à partager : soupe, crêpes, gâteaux, jus...</p>
<p>Animation pour les enfants à partir de 17 h (contes, maquillage). Événement organisé avec les associations Bron Solidaire et Les Amis du Terraillon, avec le soutien de la Ville.</p>
<p>Inscription conseillée à l'accueil ou au 04 78 XX XX XX.</p>
""",
)

HTML["p148_tuberculoza_depistare_campanie.html"] = (
    "Depistarea tuberculozei — informații",
    """
<h1>Tuberculoza: depistare gratuită</h1>
<p>Centrul de luptă împotriva tuberculozei (CLAT) din Seine-Saint-Denis — informații în limba română</p>
<h2>Ce este tuberculoza?</h2>
<p>Tuberculoza este o boală infecțioasă provocată de un microb care se transmite prin aer, atunci când o persoană bolnavă tușește. Afectează mai ales plămânii. Se vindecă complet cu un tratament de șase luni, luat în fiecare zi.</p>
<h2>Semne care trebuie să vă alerteze</h2>
<ul>
<li>tuse care durează de mai mult de trei săptămâni;</li>
<li>febră și transpirații noaptea;</li>
<li>scădere în greutate fără motiv;</li>
<li>oboseală puternică.</li>
</ul>
<h2>Depistare și tratament gratuite</h2>
<p>CLAT oferă radiografii pulmonare, consultații și tratamente gratuite, chiar și persoanelor fără asigurare medicală sau fără acte. Unitatea mobilă (camionul de radiologie) vine și în cartiere și pe terenuri, la cererea asociațiilor.</p>
<p>Adresa: CLAT 93, Bobigny — luni-vineri, 9:00-16:30. Telefon: 01 XX XX XX XX. Informațiile medicale sunt confidențiale.</p>
""",
)

HTML["p149_turizm_rehberi_annecy.html"] = (
    "Annecy — Türkçe turizm rehberi",
    """
<h1>Annecy'ye hoş geldiniz</h1>
<p>"Alplerin Venedik'i" olarak anılan Annecy, Avrupa'nın en temiz göllerinden birinin kıyısında, kanalları ve çiçekli köprüleriyle ünlü bir şehirdir.</p>
<h2>Görülecek yerler</h2>
<ul>
<li><strong>Palais de l'Isle:</strong> Thiou kanalının ortasındaki 12. yüzyıldan kalma eski hapishane; bugün şehrin tarihini anlatan bir müze.</li>
<li><strong>Annecy Şatosu:</strong> eski kente hâkim tepede; göl ve dağ manzarası.</li>
<li><strong>Aşıklar Köprüsü ve Europe Bahçeleri:</strong> gölün kıyısında yürüyüş için ideal.</li>
<li><strong>Eski şehir pazarı:</strong> salı, cuma ve pazar sabahları; Savoie peynirleri (reblochon, tomme) ve yerel ürünler.</li>
</ul>
<h2>Aktiviteler</h2>
<p>Gölde tekne turu (1 saat), bisikletle göl çevresi (yaklaşık 40 km, düz bisiklet yolu), Semnoz dağında yürüyüş ve kışın kayak.</p>
<h2>Etkinlikler</h2>
<p>Haziranda Uluslararası Animasyon Film Festivali; ağustosun ilk cumartesisi göl üzerinde büyük havai fişek gösterisi (Fête du Lac, biletli).</p>
<p>Turizm ofisi: Rue Jean-Jaurès 1, Bonlieu — her gün açık.</p>
""",
)

HTML["p150_avis_coupure_eau_multilingue.html"] = (
    "Avis de coupure d'eau — quartier de la Gare",
    """
<h1>Avis aux habitants — coupure d'eau</h1>
<p><strong>Ville de Hendaye — Service des eaux</strong></p>
<p><strong>FR :</strong> En raison de travaux sur le réseau, l'eau sera coupée le <strong>mardi 17 mars 2026 de 8 h 30 à 16 h</strong> dans les rues suivantes : boulevard du Général-Leclerc (n° 1 à 47), rue des Déportés, rue de la Gare, avenue d'Espagne. Pensez à faire des réserves. À la remise en eau, l'eau peut être trouble quelques minutes : laissez couler.</p>
<p lang="es"><strong>ES :</strong> Por obras en la red, el agua se cortará el <strong>martes 17 de marzo de 2026 de 8:30 a 16:00</strong> en las calles siguientes: boulevard du Général-Leclerc (n.º 1 a 47), rue des Déportés, rue de la Gare, avenue d'Espagne. Le recomendamos hacer reservas. Al restablecerse el servicio, el agua puede salir turbia unos minutos: déjela correr.</p>
<p lang="pt"><strong>PT :</strong> Devido a obras na rede, a água será cortada na <strong>terça-feira, 17 de março de 2026, das 8h30 às 16h00</strong> nas seguintes ruas: boulevard du Général-Leclerc (n.º 1 a 47), rue des Déportés, rue de la Gare, avenue d'Espagne. Faça reservas de água. Quando a água voltar, pode estar turva durante alguns minutos: deixe correr.</p>
<p lang="eu"><strong>EU :</strong> Sareko lanak direla eta, ura moztuko da <strong>2026ko martxoaren 17an, asteartea, 8:30etik 16:00etara</strong>.</p>
<p>Renseignements / Información / Informações : 05 59 XX XX XX</p>
""",
)

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
    print(f"{len(DOCX)} docx + {len(HTML)} html written to {OUT}")
