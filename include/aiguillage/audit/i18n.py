"""Report wording in French (default) and English. Codes stay codes; only labels are translated."""

from __future__ import annotations

LANGS = ("fr", "en")

_T: dict[str, dict[str, str]] = {
    "fr": {
        "report_title": "Rapport d'audit du lot",
        "history_title": "Historique des lots",
        "index_title": "Aiguillage — audit",
        "batch": "Lot",
        "batches": "Lots",
        "started": "Début",
        "finished": "Fin",
        "software": "Version logicielle",
        "policy": "Politique",
        "documents": "Documents",
        "unique_contents": "Contenus distincts",
        "pages": "Pages",
        "pages_short": "p.",
        "chars": "Caractères",
        "elapsed": "Durée du lot",
        "throughput": "Débit",
        "docs_per_s": "documents/s",
        "pages_per_s": "pages/s",
        "processing": "Temps de traitement cumulé",
        "routes": "Routes",
        "route": "Route",
        "public": "public",
        "sovereign": "souverain",
        "quarantine": "quarantaine",
        "docs_per_route": "Documents par route",
        "reasons": "Motifs",
        "reason": "Motif",
        "reasons_chart": "Motifs de décision (documents concernés)",
        "legal_basis": "Base légale",
        "entities": "Types de données détectées",
        "entities_chart": "Données personnelles détectées, par type (occurrences)",
        "entity": "Type",
        "count": "Nombre",
        "formats": "Formats",
        "formats_chart": "Formats par route",
        "quarantined": "Fichiers en quarantaine",
        "quarantined_none": "Aucun fichier en quarantaine.",
        "doc_id": "Identifiant (doc_id)",
        "format": "Format",
        "size": "Taille (octets)",
        "skipped_links": "liens symboliques (non suivis)",
        "skipped_hidden": "entrées cachées",
        "skipped_bookkeeping": "fichiers de service",
        "skipped_outputs": "dossiers de sortie Aiguillage",
        "skipped_special": "fichiers spéciaux",
        "status": "Statut",
        "verification": "Vérification",
        "colon": " :",
        "duration_ms": "Traitement (ms)",
        "duration_hist": "Temps de traitement par document (ms)",
        "duration_by_format": "Temps de traitement moyen par format (ms)",
        "tokens": "Jetons et énergie",
        "tokens_none": "Pas encore de chiffres de résumés pour ce lot (audit/summaries.json absent ou "
                       "d'un autre lot).",
        "tokens_in": "Jetons envoyés",
        "tokens_out": "Jetons reçus",
        "calls": "Appels",
        "energy": "Énergie estimée (Wh)",
        "model": "Modèle",
        "summarizer": "Résumeur",
        "tokens_chart": "Jetons par modèle",
        "policy_in_force": "Politique en vigueur",
        "policy_name": "Nom",
        "policy_version": "Version",
        "policy_hash": "Empreinte SHA-256",
        "policy_file_ok": "le fichier archivé correspond à l'empreinte",
        "policy_file_bad": "le fichier archivé NE correspond PAS à l'empreinte",
        "policy_file_missing": "fichier de politique non archivé",
        "min_score": "Score minimal",
        "force_sovereign": "Tout souverain",
        "personal_entities": "Types de données personnelles",
        "rules": "Règles contextuelles",
        "yes": "oui",
        "no": "non",
        "integrity": "Intégrité",
        "chain_head": "Tête de la chaîne des décisions",
        "chain_anchor": "Ancre (entrée précédente du registre)",
        "ledger_head": "Tête du registre des lots",
        "chain_ok": "chaîne intacte",
        "chain_bad": "chaîne ALTÉRÉE",
        "chain_superseded": "remplacé par une exécution ultérieure du même lot",
        "verified_at": "vérifiée le",
        "verify_how": "Vérifier : aiguillage audit verify <SORTIE>",
        "problems": "Problèmes",
        "decisions": "Décisions par document",
        "decisions_truncated": "Seuls les {n} premiers documents sont listés ; tous figurent dans "
                               "decisions.jsonl.",
        "privacy_note": "Ce rapport ne contient aucune valeur personnelle ni aucun nom de fichier : "
                        "les documents sont désignés par leur doc_id (empreinte du contenu). "
                        "La correspondance avec les fichiers d'origine figure dans manifest.csv, "
                        "donnée de niveau souverain.",
        "history": "Historique",
        "history_routes": "Documents par route et par lot",
        "history_share": "Part des routes par lot (%)",
        "history_throughput": "Débit par lot (documents/s)",
        "history_reasons": "Principaux motifs par lot",
        "history_tokens": "Jetons par lot",
        "history_energy": "Énergie estimée par lot (Wh)",
        "history_none": "Aucun lot terminé dans ce dossier de sortie.",
        "report": "Rapport",
        "stores": "Dossiers de sortie",
        "store_none": "Aucun dossier de sortie configuré (variable AIGUILLAGE_OUTPUT_DIRS).",
        "store_missing": "dossier introuvable",
        "all_ok": "Toutes les chaînes sont intactes",
        "not_ok": "Anomalies détectées",
        "generated": "Généré le",
        "language": "English",
        "back": "Retour à la liste",
        "message": "Explication",
        "rule": "règle",
        "detail": "détail technique (en anglais) :",
        "skipped": "Ignorés à l'entrée (ce ne sont pas des documents du lot)",
        "skipped_none": "Rien n'a été ignoré à l'entrée.",
        "batch_duration": "Durée du lot",
        "batch_duration_means": "Durée du lot : temps écoulé (horloge) entre le début de la planification et "
                                "la fin de l'audit, chargement des modèles compris. Les durées par document "
                                "ci-dessous sont le temps de traitement de chaque document par un worker ; "
                                "plusieurs workers travaillent en parallèle.",
        "doc_duration": "Traitement (ms)",
        "summary": "Résumé",
        "summary_link": "résumé",
        "summaries_written": "Résumés écrits",
        "summaries_waiting": "Résumés souverains en attente",
        "queue_pending": "en attente",
        "queue_processing": "en cours",
        "queue_withheld": "retenu (vérification)",
        "queue_failed": "échec",
        "queue_done": "fait",
        "sorted_by_route": "Triés par route (public, souverain, quarantaine), puis par identifiant.",
        "quarantine_message": "Ce qui empêche une lecture sûre",
    },
    "en": {
        "report_title": "Batch audit report",
        "history_title": "Batch history",
        "index_title": "Aiguillage — audit",
        "batch": "Batch",
        "batches": "Batches",
        "started": "Started",
        "finished": "Finished",
        "software": "Software version",
        "policy": "Policy",
        "documents": "Documents",
        "unique_contents": "Distinct contents",
        "pages": "Pages",
        "pages_short": "p.",
        "chars": "Characters",
        "elapsed": "Batch duration",
        "throughput": "Throughput",
        "docs_per_s": "documents/s",
        "pages_per_s": "pages/s",
        "processing": "Total processing time",
        "routes": "Routes",
        "route": "Route",
        "public": "public",
        "sovereign": "sovereign",
        "quarantine": "quarantine",
        "docs_per_route": "Documents per route",
        "reasons": "Reasons",
        "reason": "Reason",
        "reasons_chart": "Decision reasons (documents concerned)",
        "legal_basis": "Legal basis",
        "entities": "Detected data types",
        "entities_chart": "Personal data detected, by type (occurrences)",
        "entity": "Type",
        "count": "Count",
        "formats": "Formats",
        "formats_chart": "Formats per route",
        "quarantined": "Quarantined files",
        "quarantined_none": "No file in quarantine.",
        "doc_id": "Identifier (doc_id)",
        "format": "Format",
        "size": "Size (bytes)",
        "skipped_links": "symbolic links (not followed)",
        "skipped_hidden": "hidden entries",
        "skipped_bookkeeping": "bookkeeping files",
        "skipped_outputs": "Aiguillage output folders",
        "skipped_special": "special files",
        "status": "Status",
        "verification": "Verification",
        "colon": ":",
        "duration_ms": "Processing (ms)",
        "duration_hist": "Processing time per document (ms)",
        "duration_by_format": "Mean processing time per format (ms)",
        "tokens": "Tokens and energy",
        "tokens_none": "No summary figures for this batch yet (audit/summaries.json absent or from another "
                       "batch).",
        "tokens_in": "Tokens sent",
        "tokens_out": "Tokens received",
        "calls": "Calls",
        "energy": "Estimated energy (Wh)",
        "model": "Model",
        "summarizer": "Summarizer",
        "tokens_chart": "Tokens per model",
        "policy_in_force": "Policy in force",
        "policy_name": "Name",
        "policy_version": "Version",
        "policy_hash": "SHA-256 fingerprint",
        "policy_file_ok": "the archived file matches the fingerprint",
        "policy_file_bad": "the archived file does NOT match the fingerprint",
        "policy_file_missing": "policy file not archived",
        "min_score": "Minimum score",
        "force_sovereign": "Everything sovereign",
        "personal_entities": "Personal data types",
        "rules": "Contextual rules",
        "yes": "yes",
        "no": "no",
        "integrity": "Integrity",
        "chain_head": "Head of the decision chain",
        "chain_anchor": "Anchor (previous ledger entry)",
        "ledger_head": "Head of the batch ledger",
        "chain_ok": "chain intact",
        "chain_bad": "chain ALTERED",
        "chain_superseded": "superseded by a later run of the same batch",
        "verified_at": "verified on",
        "verify_how": "Verify: aiguillage audit verify <OUTPUT>",
        "problems": "Problems",
        "decisions": "Decisions per document",
        "decisions_truncated": "Only the first {n} documents are listed; all are in decisions.jsonl.",
        "privacy_note": "This report holds no personal value and no file name: documents are designated by "
                        "their doc_id (a hash of the content). The mapping to original files is in "
                        "manifest.csv, which is sovereign-grade data.",
        "history": "History",
        "history_routes": "Documents per route and batch",
        "history_share": "Share of routes per batch (%)",
        "history_throughput": "Throughput per batch (documents/s)",
        "history_reasons": "Main reasons per batch",
        "history_tokens": "Tokens per batch",
        "history_energy": "Estimated energy per batch (Wh)",
        "history_none": "No finished batch in this output folder.",
        "report": "Report",
        "stores": "Output folders",
        "store_none": "No output folder configured (variable AIGUILLAGE_OUTPUT_DIRS).",
        "store_missing": "folder not found",
        "all_ok": "All chains intact",
        "not_ok": "Anomalies found",
        "generated": "Generated on",
        "language": "Français",
        "back": "Back to the list",
        "message": "Explanation",
        "rule": "rule",
        "detail": "technical detail:",
        "skipped": "Skipped at input (not documents of the batch)",
        "skipped_none": "Nothing was skipped at input.",
        "batch_duration": "Batch duration",
        "batch_duration_means": "Batch duration: wall-clock time from the start of planning to the end "
                                "of the audit, model loading included. The per-document durations below "
                                "are the time a worker spent on each document; several workers run in "
                                "parallel.",
        "doc_duration": "Processing (ms)",
        "summary": "Summary",
        "summary_link": "summary",
        "summaries_written": "Summaries written",
        "summaries_waiting": "Sovereign summaries waiting",
        "queue_pending": "waiting",
        "queue_processing": "in progress",
        "queue_withheld": "withheld (verification)",
        "queue_failed": "failed",
        "queue_done": "done",
        "sorted_by_route": "Sorted by route (public, sovereign, quarantine), then by identifier.",
        "quarantine_message": "What prevents a safe reading",
    },
}


def lang_of(lang: str | None) -> str:
    return lang if lang in LANGS else "fr"


def translator(lang: str | None) -> dict[str, str]:
    return _T[lang_of(lang)]


# What a reason code means, in words, per language. The policy gives each code a legal basis and a
# route; the reason records may carry an empty message (the policy's rules give none): the report
# says it from the code. An unknown code is said as such, never guessed.
_REASONS: dict[str, dict[str, str]] = {
    "RGPD_PERSONAL": {
        "fr": "Données personnelles détectées : anonymisées, puis vérifiées avant publication",
        "en": "Personal data found: anonymized, then verified before publication"},
    "RGPD_SPECIAL_CATEGORY": {
        "fr": "Donnée sensible (santé, opinions, religion, syndicat…) sur une personne identifiée",
        "en": "Sensitive data (health, beliefs, union membership…) about an identified person"},
    "CRIMINAL": {
        "fr": "Infraction, poursuite ou condamnation visant une personne identifiée",
        "en": "Offence, prosecution or conviction concerning an identified person"},
    "PROTECTION_MARKING": {
        "fr": "Mention de protection (Diffusion Restreinte, Confidentiel…) à l'endroit où on la porte",
        "en": "Protection marking (restricted distribution, confidential…) where markings are put"},
    "SECRET_AFFAIRES": {
        "fr": "Secret des affaires (offre commerciale, décomposition de prix…)",
        "en": "Trade secret (commercial offer, price breakdown…)"},
    "CRPA_L311_5": {
        "fr": "Sujet non communicable : défense nationale, sûreté de l'État, sécurité publique",
        "en": "Non-communicable subject: national defence, State security, public safety"},
    "CRPA_L311_6": {
        "fr": "Vie privée d'une personne (aide sociale, famille, séjour, protection de l'enfance, "
              "appréciation)",
        "en": "A person's private life (social aid, family, residence, child protection, appraisal)"},
    "SENSITIVITY_FAILED": {
        "fr": "La classification de sensibilité a échoué : souverain par précaution",
        "en": "Sensitivity classification failed: sovereign as a precaution"},
    "SOVEREIGN_LLM_FLAGGED": {
        "fr": "Le second avis du modèle souverain a relevé une catégorie sensible",
        "en": "The sovereign model's second opinion flagged a sensitive category"},
    "SENSITIVITY_MODEL": {
        "fr": "La lecture statistique du document le rapproche des documents sensibles : "
              "souverain par précaution",
        "en": "The statistical reading of the document likens it to sensitive documents: "
              "sovereign as a precaution"},
    "SENSITIVITY_CLEARED": {
        "fr": "Indices des règles levés : la lecture statistique range le document avec les "
              "documents publiés (indices consignés)",
        "en": "Rule findings cleared: the statistical reading ranks the document with published "
              "ones (findings recorded)"},
    "SECOND_OPINION_FAILED": {
        "fr": "Le second avis du modèle souverain n'a pas pu être obtenu : souverain par précaution",
        "en": "The sovereign model's second opinion could not be obtained: sovereign as a precaution"},
    "IP_PROTECTED": {
        "fr": "Œuvre d'un tiers protégée par le droit d'auteur",
        "en": "Third-party work protected by copyright"},
    "UNREADABLE": {
        "fr": "Une partie du contenu n'a pas pu être lue, donc pas vérifiée",
        "en": "Part of the content could not be read, so it could not be checked"},
    "ANONYMIZATION_UNVERIFIED": {
        "fr": "L'anonymisation n'a pas passé la vérification : le document reste souverain",
        "en": "The anonymization did not pass verification: the document stays sovereign"},
    "DETECTION_FAILED": {
        "fr": "La détection des données personnelles a échoué : souverain par précaution",
        "en": "Personal data detection failed: sovereign as a precaution"},
    "PUBLIC_FUNCTION": {
        "fr": "Nom d'un agent ou d'un élu agissant dans ses fonctions, laissé en clair",
        "en": "Name of an official acting in office, left in clear"},
    "LEGAL_PERSON": {
        "fr": "Nom d'une personne morale (organisme), laissé en clair",
        "en": "Name of a legal person (an organisation), left in clear"},
    "FORCED_SOVEREIGN": {
        "fr": "La politique envoie tout document lisible vers la route souveraine",
        "en": "The policy sends every readable document to the sovereign route"},
    # quarantine: the file could not be read safely
    "CORRUPT": {"fr": "Fichier endommagé ou illisible", "en": "Damaged or unreadable file"},
    "EMPTY": {"fr": "Fichier vide : rien à aiguiller", "en": "Empty file: nothing to route"},
    "ENCRYPTED": {"fr": "Fichier chiffré ou protégé par un mot de passe",
                  "en": "Encrypted or password-protected file"},
    "EXTRACTOR_UNAVAILABLE": {"fr": "L'extracteur n'a pas pu démarrer",
                              "en": "The extractor could not start"},
    "LEGACY_CONVERTER_MISSING": {"fr": "Convertisseur des anciens formats bureautiques absent",
                                 "en": "Converter for legacy office formats missing"},
    "MACRO": {"fr": "Fichier contenant des macros ou des contrôles actifs",
              "en": "File holding macros or active controls"},
    "TIMEOUT": {"fr": "Extraction trop longue : délai dépassé", "en": "Extraction took too long: timed out"},
    "TOO_DEEP": {"fr": "Documents imbriqués trop profondément", "en": "Documents nested too deeply"},
    "TOO_LARGE": {"fr": "Trop volumineux pour une extraction sûre", "en": "Too large for a safe extraction"},
    "UNSUPPORTED_FORMAT": {"fr": "Format non pris en charge", "en": "Unsupported format"},
    "XML_DTD": {"fr": "XML déclarant une DTD ou des entités (risque d'attaque)",
                "en": "XML declaring a DTD or entities (attack risk)"},
    "ZIP_BOMB": {"fr": "Archive qui se décompresse démesurément (bombe de décompression)",
                 "en": "Archive expanding out of proportion (decompression bomb)"},
    "INPUT_VANISHED": {"fr": "Fichier disparu avant d'être traité",
                       "en": "File removed before it was processed"},
    "CONTENT_UNSTABLE": {"fr": "Fichier modifié sans cesse pendant son traitement",
                         "en": "File kept changing while it was processed"},
}
_UNKNOWN_REASON = {"fr": "Motif {code} (voir la politique en vigueur)",
                   "en": "Reason {code} (see the policy in force)"}

_STATUSES: dict[str, dict[str, str]] = {
    "published": {"fr": "publié", "en": "published"},
    "queued": {"fr": "en file souveraine", "en": "in the sovereign queue"},
    "quarantined": {"fr": "en quarantaine", "en": "quarantined"},
    "duplicate": {"fr": "doublon", "en": "duplicate"},
    "ok": {"fr": "traité", "en": "processed"},
}

_FORMATS: dict[str, dict[str, str]] = {
    "txt": {"fr": "texte", "en": "text"},
    "md": {"fr": "texte Markdown", "en": "Markdown text"},
    "eml": {"fr": "courriel", "en": "e-mail"},
    "empty": {"fr": "vide", "en": "empty"},
    "ole": {"fr": "Office ancien", "en": "legacy Office"},
    "bin": {"fr": "inconnu", "en": "unknown"},
    "unknown": {"fr": "inconnu", "en": "unknown"},
    "zip": {"fr": "archive ZIP", "en": "ZIP archive"},
    "gzip": {"fr": "archive gzip", "en": "gzip archive"},
    "jpeg": {"fr": "image JPEG", "en": "JPEG image"},
    "png": {"fr": "image PNG", "en": "PNG image"},
    "tiff": {"fr": "image TIFF", "en": "TIFF image"},
    "gif": {"fr": "image GIF", "en": "GIF image"},
}

_VERIFICATION = {
    "fr": {"passed": "réussie", "error": "erreur : souverain par précaution", "": "sans objet",
           "failed": "échouée", "release": "copie publiée", "residual": "{n} reste(s) détecté(s)",
           "problems": "{n} autre(s) problème(s)"},
    "en": {"passed": "passed", "error": "error: sovereign as a precaution", "": "not applicable",
           "failed": "failed", "release": "release copy", "residual": "{n} residual(s) found",
           "problems": "{n} other problem(s)"},
}


def reason_message(code: str, lang: str | None = "fr") -> str:
    """The human message of a reason code (the report fills empty messages with it)."""
    lg = lang_of(lang)
    spec = _REASONS.get(code)
    return spec[lg] if spec else _UNKNOWN_REASON[lg].format(code=code)


def status_label(status: str, lang: str | None = "fr") -> str:
    spec = _STATUSES.get(status)
    return spec[lang_of(lang)] if spec else status


def format_label(fmt: str, lang: str | None = "fr") -> str:
    """A format for a person: office and PDF formats keep their usual upper-case name."""
    spec = _FORMATS.get(fmt)
    return spec[lang_of(lang)] if spec else fmt.upper()


def verification_label(outcome: str, lang: str | None = "fr") -> str:
    """``passed``, ``error``, ``failed:<residuals>[+<problems>]`` (and ``release failed:…`` for the
    published copy) said in words."""
    w = _VERIFICATION[lang_of(lang)]
    text = outcome.strip()
    if text in w and text not in ("failed", "release"):
        return w[text]
    prefix = ""
    if text.startswith("release "):
        prefix, text = w["release"] + " : " if lang_of(lang) == "fr" else w["release"] + ": ", text[8:]
    if text.startswith("failed"):
        counts = text.partition(":")[2]
        residual, _, problems = counts.partition("+")
        parts = [w["failed"]]
        if residual.isdigit():
            parts.append(w["residual"].format(n=int(residual)))
        if problems.isdigit():
            parts.append(w["problems"].format(n=int(problems)))
        return prefix + (" — ".join(parts) if len(parts) > 1 else parts[0])
    return prefix + w.get(text, text)
