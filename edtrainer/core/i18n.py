"""Messages of the core in Dutch (first) and English.

The core cannot use Qt's ``tr()``, yet its messages reach users through the GUI and the CLI. Each
message has a key and a text per language; ``text(key, **params)`` renders it in the active language.
"""

from __future__ import annotations

import datetime as dt
import os
from contextvars import ContextVar

LANGUAGES = ("nl", "en")
_language: ContextVar[str] = ContextVar("edtrainer_language", default="")


def default_language() -> str:
    env = os.environ.get("EDTRAINER_LANG", "").strip().lower()[:2]
    return env if env in LANGUAGES else "nl"


def get_language() -> str:
    return _language.get() or default_language()


def set_language(lang: str) -> None:
    lang = (lang or "").strip().lower()[:2]
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _language.set(lang)


def format_percent(value: float, lang: str | None = None) -> str:
    """A rate 0..1 as a whole percentage the way people write it: '72 %' (nl) or '72%' (en)."""
    pct = round(value * 100)
    return f"{pct} %" if (lang or get_language()) == "nl" else f"{pct}%"


def format_date(value: dt.date, lang: str | None = None) -> str:
    """A date the way people write it: '24-11-2026' (nl) or '24 Nov 2026' (en)."""
    if (lang or get_language()) == "nl":
        return value.strftime("%d-%m-%Y")
    return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"


def format_period(first: dt.date, last: dt.date, lang: str | None = None) -> str:
    """One date, or a span: '24-11-2026 tot 01-12-2026' (nl), '24 Nov 2026 to 1 Dec 2026' (en)."""
    if first == last:
        return format_date(first, lang)
    joiner = " tot " if (lang or get_language()) == "nl" else " to "
    return format_date(first, lang) + joiner + format_date(last, lang)


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_number(value: float, lang: str | None = None) -> str:
    """Hours and other amounts: no trailing '.0', Dutch decimal comma."""
    if float(value).is_integer():
        s = str(int(value))
    else:
        s = f"{value:.1f}" if round(value, 1) == round(value, 2) else f"{value:.2f}"
    return s.replace(".", ",") if (lang or get_language()) == "nl" else s


_OS_REASONS = {  # errno name: (nl, en)
    "ENOSPC": ("de schijf is vol", "the disk is full"),
    "EDQUOT": ("uw schijfruimte is op", "your disk quota is used up"),
    "EACCES": ("geen toestemming", "permission denied"),
    "EPERM": ("geen toestemming", "permission denied"),
    "EROFS": ("de schijf is alleen-lezen", "the disk is read-only"),
    "ENOENT": ("de map of het bestand bestaat niet", "the folder or file does not exist"),
    "EISDIR": ("dat is een map", "that is a folder"),
    "ENOTDIR": ("een deel van het pad is geen map", "part of the path is not a folder"),
    "EIO": ("de schijf gaf een fout", "the disk reported an error"),
    "EPIPE": ("de uitvoer werd niet meer gelezen", "the output was no longer read"),
    "ENAMETOOLONG": ("de naam is te lang", "the name is too long"),
}


def os_reason(exc: OSError, lang: str | None = None) -> str:
    """Why a file could not be read or written, in the user's language (not the system's English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    words = _OS_REASONS.get(name)
    if words is not None:
        return words[0] if (lang or get_language()) == "nl" else words[1]
    return exc.strerror or type(exc).__name__


MESSAGES: dict[str, dict[str, str]] = {
    # --- validation -------------------------------------------------------------------------------
    "required": {"nl": "{field} is verplicht.", "en": "{field} is required."},
    "too_long": {"nl": "{field} mag hoogstens {max} tekens lang zijn.",
                 "en": "{field} may be at most {max} characters long."},
    "end_before_start": {"nl": "De einddatum ({end}) ligt vóór de begindatum ({start}).",
                         "en": "The end date ({end}) is before the start date ({start})."},
    "out_of_range": {"nl": "{field} moet tussen {low} en {high} liggen.",
                     "en": "{field} must be between {low} and {high}."},
    "invalid_choice": {"nl": "{value!r} is geen geldige waarde voor {field}; kies uit: {choices}.",
                       "en": "{value!r} is not a valid {field}; choose from: {choices}."},
    "invalid_time": {"nl": "{value!r} is geen tijd; schrijf bijvoorbeeld 09:30.",
                     "en": "{value!r} is not a time; write for example 09:30."},
    "invalid_date": {"nl": "{value!r} is geen datum; schrijf bijvoorbeeld 24-11-2026.",
                     "en": "{value!r} is not a date; write for example 24-11-2026 (day-month-year)."},
    "invalid_email": {"nl": "{value!r} is geen geldig e-mailadres.", "en": "{value!r} is not a valid e-mail address."},
    "looks_like_bsn": {
        "nl": "{field} lijkt een burgerservicenummer (BSN) te bevatten; edtrainer slaat geen BSN op, want de "
              "opleiding mag het niet gebruiken. Laat het nummer weg.",
        "en": "{field} looks like it contains a citizen service number (BSN); edtrainer stores no BSN, as the "
              "programme may not use it. Leave the number out."},
    "looks_like_iban": {
        "nl": "{field} lijkt een rekeningnummer (IBAN) te bevatten; dat is voor de opleiding niet nodig en "
              "hoort hier niet. Laat het nummer weg.",
        "en": "{field} looks like it contains a bank account number (IBAN); the programme does not need it and "
              "it does not belong here. Leave the number out."},
    "looks_like_document": {
        "nl": "{field} lijkt het nummer van een paspoort of identiteitskaart te bevatten; dat is voor de "
              "opleiding niet nodig en hoort hier niet. Laat het nummer weg.",
        "en": "{field} looks like it contains the number of a passport or identity card; the programme does "
              "not need it and it does not belong here. Leave the number out."},
    "date_in_future": {"nl": "{field} ligt in de toekomst ({value}).", "en": "{field} is in the future ({value})."},
    "duplicate": {"nl": "Er bestaat al {what} met {field} '{value}'.",
                  "en": "There already is {what} with {field} '{value}'."},
    "not_found": {"nl": "{what} '{key}' bestaat niet.", "en": "{what} '{key}' does not exist."},
    "ambiguous": {"nl": "'{key}' past bij meer dan één {what}: {matches}.",
                  "en": "'{key}' matches more than one {what}: {matches}."},
    "conflict": {
        "nl": "De gegevens ({what}) zijn intussen door iemand anders gewijzigd ({who}, {when}). "
              "Laad opnieuw en probeer het nog eens; er is niets opgeslagen.",
        "en": "The {what} was changed by someone else in the meantime ({who}, {when}). "
              "Reload and try again; nothing was saved."},
    "conflict_unknown": {
        "nl": "{what} is intussen door iemand anders gewijzigd of verwijderd. Laad opnieuw; er is niets opgeslagen.",
        "en": "{what} was changed or removed by someone else in the meantime. Reload; nothing was saved."},
    "db_busy": {"nl": "De database is bezet: een ander programma (of een tweede edtrainer) schrijft er nu in. Er is "
                      "niets opgeslagen; probeer het over een ogenblik opnieuw.",
                "en": "The database is busy: another program (or a second edtrainer) is writing to it right now. "
                      "Nothing was saved; try again in a moment."},
    "integrity": {"nl": "De wijziging botst met bestaande gegevens ({detail}); er is niets opgeslagen.",
                  "en": "The change conflicts with existing data ({detail}); nothing was saved."},
    # --- domain rules -----------------------------------------------------------------------------
    "already_enrolled": {"nl": "{trainee} is al ingeschreven in {cohort}.",
                         "en": "{trainee} is already enrolled in {cohort}."},
    "active_elsewhere": {"nl": "{trainee} volgt nog actief {cohort}; sluit die inschrijving eerst af.",
                         "en": "{trainee} is still active in {cohort}; end that enrolment first."},
    "enrolment_status_change": {"nl": "Een inschrijving met status {status} kan niet {action}.",
                                "en": "An enrolment with status {status} cannot be {action}."},
    "mark_exists": {
        "nl": "Voor {trainee} is bij deze bijeenkomst al presentie ingevuld ({status}). "
              "Wijzig die.",
        "en": "Attendance for {trainee} has already been recorded for this session ({status}). Change that record."},
    "not_in_cohort": {"nl": "{trainee} is niet ingeschreven in de groep van deze bijeenkomst.",
                      "en": "{trainee} is not enrolled in this session's cohort."},
    "outside_enrolment": {"nl": "De bijeenkomst van {date} valt buiten de inschrijving van {trainee}.",
                          "en": "The session on {date} falls outside the enrolment of {trainee}."},
    "session_has_marks": {"nl": "Bij de bijeenkomst van {date} is al presentie ingevuld ({count}×); "
                                "annuleer de bijeenkomst in plaats van haar te verwijderen.",
                          "en": "Attendance has been recorded for the session on {date} ({count}×); "
                                "cancel the session instead of deleting it."},
    "pause_after_marks": {"nl": "Er is al presentie ingevuld op {date}; laat de pauze daarna beginnen.",
                          "en": "Attendance has already been recorded on {date}; start the pause after that."},
    "paused_reason": {"nl": "Inschrijving gepauzeerd", "en": "Enrolment paused"},
    "session_cancelled": {"nl": "De bijeenkomst van {date} is geannuleerd.",
                          "en": "The session on {date} has been cancelled."},
    "apology_after_start": {"nl": "Een afmelding vooraf kan alleen vóór de bijeenkomst ({date}).",
                            "en": "An apology in advance is only possible before the session ({date})."},
    "module_other_programme": {"nl": "Module {module} hoort niet bij de opleiding van groep {cohort}.",
                               "en": "Module {module} does not belong to the programme of cohort {cohort}."},
    "session_outside_cohort": {"nl": "De datum {date} valt buiten de looptijd van groep {cohort} ({start} – {end}).",
                               "en": "The date {date} is outside cohort {cohort}'s period ({start} – {end})."},
    "too_many_sessions": {"nl": "Dat zijn {count} bijeenkomsten; plan er hoogstens {max} tegelijk.",
                          "en": "That is {count} sessions; plan at most {max} at once."},
    "no_sessions_in_range": {"nl": "In die periode valt geen enkele bijeenkomst.",
                             "en": "No session falls in that period."},
    "contact_other_org": {"nl": "{person} werkt niet bij {organisation}.",
                          "en": "{person} does not work at {organisation}."},
    "placement_closed": {"nl": "Deze stage is afgesloten (status: {status}).",
                         "en": "This placement is closed (status: {status})."},
    "placement_status_change": {"nl": "Een stage met status {status} kan niet {action}.",
                                "en": "A placement with status {status} cannot be {action}."},
    "agreement_required": {"nl": "De stage kan pas starten als de stageovereenkomst is getekend.",
                           "en": "The placement can only start once the agreement has been signed."},
    "hours_outside_placement": {"nl": "De datum {date} valt buiten de stageperiode ({start} – {end}).",
                                "en": "The date {date} is outside the placement period ({start} – {end})."},
    "already_approved": {"nl": "Deze uren zijn al goedgekeurd op {date}.",
                         "en": "These hours were already approved on {date}."},
    "evaluation_exists": {"nl": "Voor deze stage is al een {kind} vastgelegd.",
                          "en": "A {kind} has already been recorded for this placement."},
    "no_ratings": {"nl": "Geef ten minste één beoordeling.", "en": "Give at least one rating."},
    # --- database ---------------------------------------------------------------------------------
    "db_not_sqlite": {"nl": "{path} is geen edtrainer-database (geen SQLite-bestand).",
                      "en": "{path} is not an edtrainer database (not a SQLite file)."},
    "db_bad_url": {"nl": "Ongeldig database-adres {url!r}: {reason}", "en": "Invalid database URL {url!r}: {reason}"},
    "db_foreign": {"nl": "{where} bevat tabellen die niet van edtrainer zijn; "
                         "kies een ander bestand of een lege database.",
                   "en": "{where} holds tables that are not edtrainer's; choose another file or an empty database."},
    "db_unsupported": {"nl": "Database-soort {dialect!r} wordt niet ondersteund; gebruik SQLite of PostgreSQL.",
                       "en": "Database kind {dialect!r} is not supported; use SQLite or PostgreSQL."},
    "db_newer": {"nl": "Deze database is gemaakt door een nieuwere versie van edtrainer (schema {revision}). "
                       "Werk edtrainer bij.",
                 "en": "This database was made by a newer version of edtrainer (schema {revision}). "
                       "Update edtrainer."},
    "db_fk_broken": {"nl": "Na de migratie verwijzen {count} rijen naar gegevens die niet bestaan ({tables}).",
                     "en": "After the migration {count} rows refer to data that does not exist ({tables})."},
    "db_not_empty": {"nl": "De database bevat al gegevens ({what}); de demo vult alleen een lege database.",
                     "en": "The database already holds data ({what}); the demo only fills an empty database."},
    "backup_sqlite_only": {"nl": "Reservekopieën van een gedeelde PostgreSQL-database maakt de server (pg_dump), niet "
                                 "edtrainer; vraag de beheerder van de server.",
                           "en": "Backups of a shared PostgreSQL database are made by the server (pg_dump), not by "
                                 "edtrainer; ask the server's administrator."},
    "folder_missing": {"nl": "De map {path} bestaat niet.", "en": "The folder {path} does not exist."},
    # --- what went wrong in the database, one sentence each (db_errors) ---------------------------
    "db_disk_full": {"nl": "De schijf is vol: er is niets opgeslagen ({where}). Maak ruimte vrij en probeer het "
                           "opnieuw.",
                     "en": "The disk is full: nothing was saved ({where}). Free some space and try again."},
    "db_file_moved": {"nl": "Het databasebestand {where} is verplaatst of verwijderd terwijl edtrainer het open had; "
                            "er is niets opgeslagen. Sluit edtrainer en open het bestand op zijn nieuwe plek, of zet "
                            "een reservekopie terug.",
                      "en": "The database file {where} was moved or deleted while edtrainer had it open; nothing "
                            "was saved. Close edtrainer and open the file where it is now, or restore a backup."},
    "db_read_only": {"nl": "{where} staat op een plek waar edtrainer niet mag schrijven (het bestand, de map of de "
                           "schijf is alleen-lezen, of van een andere gebruiker); edtrainer moet daar ook om te lezen "
                           "kunnen schrijven. Kopieer het bestand naar een map van uzelf, of geef schrijfrechten.",
                     "en": "{where} is in a place where edtrainer may not write (the file, its folder or the disk is "
                           "read-only, or another user's); edtrainer needs to write there even to read. Copy the file "
                           "to a folder of your own, or allow writing."},
    "db_read_only_damaged": {
        "nl": "De database {where} is beschadigd en daarom alleen-lezen geopend: er kan niets worden gewijzigd. "
              "Zet een goede reservekopie terug (Bestand → Reservekopie terugzetten, of 'edtrainer db restore').",
        "en": "The database {where} is damaged and was therefore opened read-only: nothing can be changed. "
              "Restore a good backup (File → Restore a backup, or 'edtrainer db restore')."},
    "db_cannot_open": {"nl": "{where} kan niet worden geopend: het bestand of de map bestaat niet (meer), of u hebt "
                             "er geen toegang toe.",
                       "en": "{where} cannot be opened: the file or its folder does not exist (any more), or you "
                             "have no access to it."},
    "db_damaged_now": {"nl": "De database {where} blijkt beschadigd; er is niets opgeslagen. Sluit edtrainer en "
                             "start het opnieuw: het controleert het bestand en biedt de nieuwste goede "
                             "reservekopie aan.",
                       "en": "The database {where} turns out to be damaged; nothing was saved. Close edtrainer and "
                             "start it again: it checks the file and offers the newest good backup."},
    "db_damaged_part": {"nl": "Dit deel van de gegevens staat op een beschadigd stuk van de database en kan niet "
                              "worden gelezen. Zet een goede reservekopie terug (Bestand → Reservekopie terugzetten, "
                              "of 'edtrainer db restore').",
                        "en": "This part of the data is on a damaged piece of the database and cannot be read. "
                              "Restore a good backup (File → Restore a backup, or 'edtrainer db restore')."},
    "db_io_error": {"nl": "De schijf gaf een fout bij het lezen of schrijven van {where}; er is niets opgeslagen. "
                          "Is het bestand verplaatst, of een USB-stick of netwerkmap weggevallen?",
                    "en": "The disk failed to read or write {where}; nothing was saved. Was the file moved, or did "
                          "a USB stick or network folder go away?"},
    "db_duplicate": {"nl": "Iemand anders heeft dit intussen al vastgelegd; er is niets dubbel opgeslagen. Laad "
                           "opnieuw en kijk of het klopt.",
                     "en": "Someone else has recorded this in the meantime; nothing was stored twice. Reload and "
                           "check that it is right."},
    "db_deadlock": {"nl": "Een andere coördinator wijzigde tegelijk dezelfde gegevens; er is niets opgeslagen. "
                          "Probeer het opnieuw.",
                    "en": "Another coordinator changed the same data at the same moment; nothing was saved. "
                          "Try again."},
    "db_gave_up": {"nl": "Het lukte na {attempts} pogingen niet, omdat anderen tegelijk dezelfde gegevens wijzigden "
                         "({reason}). Er is niets opgeslagen; probeer het over een ogenblik nog eens.",
                   "en": "It did not work after {attempts} attempts, because others were changing the same data "
                         "({reason}). Nothing was saved; try again in a moment."},
    "integrity_plain": {"nl": "De wijziging past niet bij de gegevens die er al zijn (ze verwijst naar iets dat niet "
                              "meer bestaat, of zou iets dubbel maken); er is niets opgeslagen. Laad opnieuw.",
                        "en": "The change does not fit the data already there (it refers to something that no "
                              "longer exists, or would duplicate something); nothing was saved. Reload."},
    "db_failed": {"nl": "De database {where} gaf een onverwachte fout; er is niets opgeslagen. Probeer het opnieuw; "
                        "blijft het gebeuren, neem dan contact op met wie edtrainer onderhoudt.",
                  "en": "The database {where} gave an unexpected error; nothing was saved. Try again; if it keeps "
                        "happening, contact whoever maintains edtrainer."},
    "db_server_disk_full": {"nl": "De databaseserver {where} heeft geen schijfruimte meer; er is niets opgeslagen. "
                                  "Vraag de beheerder ruimte vrij te maken.",
                            "en": "The database server {where} has run out of disk space; nothing was saved. Ask "
                                  "the administrator to free some space."},
    "db_server_read_only": {"nl": "De databaseserver {where} staat alleen lezen toe; er is niets opgeslagen.",
                            "en": "The database server {where} only allows reading; nothing was saved."},
    "db_login_failed": {"nl": "De databaseserver {where} weigert de aanmelding: de gebruikersnaam of het "
                              "wachtwoord klopt niet, of u hebt geen toegang.",
                        "en": "The database server {where} refuses the login: the user name or password is wrong, "
                              "or you have no access."},
    "db_missing_on_server": {"nl": "De database bestaat niet op de server {where}; vraag de beheerder haar aan te "
                                   "maken.",
                             "en": "The database does not exist on the server {where}; ask the administrator to "
                                   "create it."},
    "db_no_permission": {"nl": "U hebt op de databaseserver {where} geen recht om dit te doen; vraag het de "
                               "beheerder.",
                         "en": "You have no permission to do this on the database server {where}; ask the "
                               "administrator."},
    "db_server_unreachable": {"nl": "Kan de databaseserver {where} niet bereiken: draait de server, klopt het adres "
                                    "en is er netwerk?",
                              "en": "Cannot reach the database server {where}: is the server running, is the "
                                    "address right, and is there a network?"},
    "db_server_lost": {"nl": "De verbinding met de databaseserver {where} is weggevallen; wat u net deed is niet "
                             "opgeslagen. Controleer het netwerk en probeer het opnieuw.",
                       "en": "The connection to the database server {where} was lost; what you just did was not "
                             "saved. Check the network and try again."},
    # --- damage, backups and restore ---------------------------------------------------------------
    "db_damaged_no_upgrade": {"nl": "De database {where} is beschadigd; edtrainer werkt haar niet bij en maakt er "
                                    "geen reservekopie van. Zet een goede reservekopie terug.",
                              "en": "The database {where} is damaged; edtrainer does not upgrade it or back it up. "
                                    "Restore a good backup."},
    "db_damaged_opened": {
        "nl": "De database {where} is beschadigd; edtrainer heeft haar alleen-lezen geopend en schrijft er niets in. "
              "De nieuwste goede reservekopie is van {when}: zet die terug met 'edtrainer db restore \"{backup}\"' "
              "(of in de app: Bestand → Reservekopie terugzetten).",
        "en": "The database {where} is damaged; edtrainer opened it read-only and writes nothing to it. The newest "
              "good backup is from {when}: restore it with 'edtrainer db restore \"{backup}\"' (or in the app: "
              "File → Restore a backup)."},
    "db_damaged_opened_app": {
        "nl": "De database {where} is beschadigd; edtrainer heeft haar alleen-lezen geopend en schrijft er niets in. "
              "De nieuwste goede reservekopie is van {when}.",
        "en": "The database {where} is damaged; edtrainer opened it read-only and writes nothing to it. The newest "
              "good backup is from {when}."},
    "db_damaged_no_backup": {
        "nl": "De database {where} is beschadigd; edtrainer heeft haar alleen-lezen geopend en schrijft er niets in. "
              "Er is geen goede reservekopie in {folder}: maak een kopie van het bestand en vraag hulp.",
        "en": "The database {where} is damaged; edtrainer opened it read-only and writes nothing to it. There is "
              "no good backup in {folder}: make a copy of the file and ask for help."},
    "db_open_elsewhere": {
        "nl": "{where} is al geopend in edtrainer (op computer {host}, programma {pid}). Ga naar dat venster: twee "
              "vensters op hetzelfde bestand zien elkaars werk niet. Is dat venster echt dicht (na een storing)? "
              "Kies dan 'Toch openen'.",
        "en": "{where} is already open in edtrainer (on computer {host}, program {pid}). Go to that window: two "
              "windows on the same file do not see each other's work. Is that window really closed (after a "
              "failure)? Then choose 'Open anyway'."},
    "db_unreadable": {
        "nl": "{where} kan niet meer worden gelezen: het begin van het bestand is beschadigd. De nieuwste goede "
              "reservekopie is van {when}: zet die terug met 'edtrainer db restore \"{backup}\"' (of in de app: "
              "'De nieuwste terugzetten').",
        "en": "{where} can no longer be read: the start of the file is damaged. The newest good backup is from "
              "{when}: restore it with 'edtrainer db restore \"{backup}\"' (or in the app: 'Restore the newest "
              "backup')."},
    "audit_link_broken": {"nl": "de auditlog is aangepast bij regel {id}: die volgt niet meer op de regel ervoor",
                          "en": "the audit log was changed at row {id}: it no longer follows the row before it"},
    "audit_row_changed": {"nl": "de auditlog is aangepast bij regel {id}: de inhoud past niet bij de hash",
                          "en": "the audit log was changed at row {id}: its content does not match its hash"},
    "audit_anchor_differs": {"nl": "de auditlog is herschreven: regel {id} is niet meer wat edtrainer bij het "
                                   "afsluiten vastlegde",
                             "en": "the audit log was rewritten: row {id} is no longer what edtrainer noted when it "
                                   "closed"},
    "audit_guard_missing": {"nl": "de beveiliging van de auditlog is verwijderd of uitgezet ({guards})",
                            "en": "the protection of the audit log was removed or switched off ({guards})"},
    "audit_intact": {"nl": "Auditlog in orde: {rows} regels, de keten is ongebroken.",
                     "en": "Audit log intact: {rows} rows, the chain is unbroken."},
    "audit_broken": {"nl": "Auditlog niet in orde: {problems}.", "en": "Audit log not intact: {problems}."},
    "db_needs_passphrase": {"nl": "{where} is versleuteld: het wachtwoord van de database is nodig.",
                            "en": "{where} is encrypted: the database passphrase is needed."},
    "db_needs_passphrase_cli": {"nl": "{where} is versleuteld: geef het wachtwoord met --db-passphrase-file BESTAND "
                                      "of EDTRAINER_DB_PASSPHRASE, of start de opdracht in een terminal.",
                                "en": "{where} is encrypted: give the passphrase with --db-passphrase-file FILE or "
                                      "EDTRAINER_DB_PASSPHRASE, or run the command in a terminal."},
    "db_wrong_passphrase": {"nl": "Dit wachtwoord opent {where} niet. Controleer het en probeer het opnieuw.",
                            "en": "This passphrase does not open {where}. Check it and try again."},
    "db_cipher_missing": {"nl": "Versleutelen kan op deze computer niet: het onderdeel SQLCipher (sqlcipher3) "
                                "ontbreekt. {where} is niet veranderd.",
                          "en": "Encryption is not possible on this computer: the SQLCipher part (sqlcipher3) is "
                                "missing. {where} was not changed."},
    "db_passphrase_too_short": {"nl": "Kies een wachtwoord van ten minste {minimum} tekens; een zin van een paar "
                                      "woorden is sterk en goed te onthouden.",
                                "en": "Choose a passphrase of at least {minimum} characters; a sentence of a few "
                                      "words is strong and easy to remember."},
    "db_passphrases_differ": {"nl": "De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.",
                              "en": "The two passphrases differ. Nothing was changed."},
    "db_new_passphrase_needed": {"nl": "Geef het nieuwe wachtwoord met --new-passphrase-file BESTAND of "
                                       "EDTRAINER_NEW_DB_PASSPHRASE, of start de opdracht in een terminal.",
                                 "en": "Give the new passphrase with --new-passphrase-file FILE or "
                                       "EDTRAINER_NEW_DB_PASSPHRASE, or run the command in a terminal."},
    "db_not_encrypted": {"nl": "De database is niet versleuteld.", "en": "The database is not encrypted."},
    "encrypt_sqlite_only": {"nl": "Alleen een SQLite-bestand kan edtrainer versleutelen; een PostgreSQL-server "
                                  "versleutelt zijn eigen schijf.",
                            "en": "edtrainer can encrypt only a SQLite file; a PostgreSQL server encrypts its own "
                                  "disk."},
    "db_damaged_no_convert": {"nl": "{where} is beschadigd ({detail}); zet eerst een reservekopie terug. Er is niets "
                                    "veranderd.",
                              "en": "{where} is damaged ({detail}); restore a backup first. Nothing was changed."},
    "db_convert_mismatch": {"nl": "De versleutelde kopie van {where} is niet gelijk aan het origineel; er is niets "
                                  "veranderd.",
                            "en": "The converted copy of {where} does not equal the original; nothing was changed."},
    "db_in_use_convert": {"nl": "Een ander programma heeft {where} nu open (een tweede edtrainer, een "
                                "kopieerprogramma, een synchronisatiedienst). Sluit het en probeer het opnieuw; er "
                                "is niets veranderd.",
                          "en": "Another program has {where} open right now (a second edtrainer, a copying program, "
                                "a sync service). Close it and try again; nothing was changed."},
    "db_encrypted_done": {"nl": "{where} is versleuteld, met {backups}. Bewaar het wachtwoord goed: zonder is de "
                                "database niet meer te openen, door niemand.",
                          "en": "{where} is encrypted, with {backups}. Keep the passphrase safe: without it nobody "
                                "can open the database again."},
    "db_decrypted_done": {"nl": "{where} is niet meer versleuteld, en {backups} ook niet.",
                          "en": "{where} is no longer encrypted, and neither are {backups}."},
    "db_unreadable_backups": {"nl": "Deze reservekopieën konden niet worden omgezet (beschadigd); verwijder ze zelf: "
                                    "{paths}",
                              "en": "These backups could not be converted (damaged); delete them yourself: {paths}"},
    "db_in_use": {"nl": "Een ander programma heeft {where} nu open (een tweede edtrainer, een kopieerprogramma, "
                        "een synchronisatiedienst). Sluit het en probeer het opnieuw; er is niets verwijderd.",
                  "en": "Another program has {where} open right now (a second edtrainer, a copying program, a "
                        "sync service). Close it and try again; nothing was erased."},
    "erase_not_flushed": {"nl": "De gegevens zijn verwijderd, maar een ander programma opende {where} intussen: "
                                "de oude waarden staan nog in het logbestand ernaast tot het sluit. Sluit het andere "
                                "programma en voer 'edtrainer db check' uit.",
                          "en": "The data were erased, but another program opened {where} meanwhile: the old values "
                                "are still in the log beside it until it closes. Close the other program and run "
                                "'edtrainer db check'."},
    "problem_damaged": {"nl": "het bestand is beschadigd.", "en": "the file is damaged."},
    "problem_not_sqlite": {"nl": "het bestand is geen edtrainer-database (geen SQLite-bestand).",
                           "en": "the file is not an edtrainer database (not a SQLite file)."},
    "problem_no_schema": {"nl": "geen edtrainer-schema (voer 'edtrainer db upgrade' uit)",
                          "en": "no edtrainer schema (run 'edtrainer db upgrade')"},
    "problem_old_schema": {"nl": "schema {revision} is niet het nieuwste ({head})",
                           "en": "schema {revision} is not the newest ({head})"},
    "problem_broken_references": {"nl": "{count} rijen verwijzen naar gegevens die niet bestaan",
                                  "en": "{count} rows refer to data that does not exist"},
    "problem_model_differs": {"nl": "{count} verschillen tussen de tabellen en deze versie van edtrainer",
                              "en": "{count} differences between the tables and this version of edtrainer"},
    "backup_folder_missing": {"nl": "De map voor reservekopieën {path} is er niet (is de USB-stick of netwerkmap "
                                    "aangesloten?). Er is geen reservekopie gemaakt.",
                              "en": "The backup folder {path} is not there (is the USB stick or network folder "
                                    "connected?). No backup was made."},
    "backup_disk_full": {"nl": "De schijf van {path} is vol: de reservekopie is niet gemaakt (de vorige "
                               "reservekopieën zijn er nog). Maak ruimte vrij of kies een andere map.",
                         "en": "The disk of {path} is full: the backup was not made (the earlier backups are still "
                               "there). Free some space or choose another folder."},
    "backup_folder_read_only": {"nl": "In {path} mag niet worden geschreven (alleen-lezen of geen toegang): de "
                                      "reservekopie is niet gemaakt.",
                                "en": "{path} may not be written to (read-only or no access): the backup was not "
                                      "made."},
    "backup_failed": {"nl": "De reservekopie in {path} is niet gemaakt ({reason}).",
                      "en": "The backup in {path} was not made ({reason})."},
    "backup_unverified": {"nl": "De reservekopie {path} bleek na het maken niet in orde en is weggegooid; de vorige "
                                "reservekopieën zijn er nog. Is de schijf in orde?",
                          "en": "The backup {path} was not sound after it was made and was thrown away; the earlier "
                                "backups are still there. Is the disk all right?"},
    "backup_of_damaged": {"nl": "{path} is beschadigd; daar maakt edtrainer geen reservekopie van, want die zou goede "
                                "reservekopieën verdringen. Zet een goede reservekopie terug.",
                          "en": "{path} is damaged; edtrainer makes no backup of it, as that would push good backups "
                                "out. Restore a good backup."},
    "backup_damaged": {"nl": "De reservekopie {path} is beschadigd; kies een andere.",
                       "en": "The backup {path} is damaged; choose another one."},
    "backup_not_edtrainer": {"nl": "{path} is geen reservekopie van edtrainer.",
                             "en": "{path} is not an edtrainer backup."},
    "backup_newer": {"nl": "De reservekopie {path} is gemaakt door een nieuwere versie van edtrainer (schema "
                           "{revision}); werk edtrainer eerst bij.",
                     "en": "The backup {path} was made by a newer version of edtrainer (schema {revision}); update "
                           "edtrainer first."},
    "restore_failed": {"nl": "De reservekopie is niet teruggezet ({reason}); {path} is zoals het was.",
                       "en": "The backup was not restored ({reason}); {path} is as it was."},
    "reason_disk_full": {"nl": "de schijf is vol", "en": "the disk is full"},
    "reason_read_only": {"nl": "het bestand of de map is alleen-lezen", "en": "the file or folder is read-only"},
    "reason_busy": {"nl": "een ander programma schrijft er nu in; probeer het zo opnieuw",
                    "en": "another program is writing to it now; try again in a moment"},
    "reason_unexpected": {"nl": "een onverwachte fout", "en": "an unexpected error"},
    "backup_onto_database": {"nl": "{path} is de database zelf; kies een andere naam voor de kopie.",
                             "en": "{path} is the database itself; choose another name for the copy."},
    "restore_same_file": {"nl": "{path} is de database zelf, geen reservekopie.",
                          "en": "{path} is the database itself, not a backup."},
    "restore_mismatch": {"nl": "Na het terugzetten komt {path} niet overeen met de reservekopie {detail}; de "
                               "gegevens van vóór het terugzetten staan in de reservekopie 'before-restore'.",
                         "en": "After restoring, {path} does not match the backup {detail}; the data from before "
                               "the restore are in the 'before-restore' backup."},
    # --- readiness --------------------------------------------------------------------------------
    "ready": {"nl": "Klaar voor certificering", "en": "Ready for certification"},
    "unmet_status": {"nl": "Inschrijving is {status}", "en": "Enrolment is {status}"},
    "unmet_status_withdrawn": {"nl": "Gestopt met de opleiding", "en": "Left the programme"},
    "unmet_status_paused": {"nl": "Gepauzeerd", "en": "Paused"},
    "unmet_attendance": {"nl": "{rate} aanwezig, {required} nodig", "en": "{rate} present, {required} needed"},
    "unmet_attendance_none": {"nl": "Nog geen presentie ingevuld ({required} aanwezig nodig)",
                              "en": "No attendance recorded yet ({required} needed)"},
    "unmet_module_attendance": {"nl": "Module {module}: {rate} aanwezig, {required} nodig",
                                "en": "Module {module}: {rate} present, {required} needed"},
    "unmet_unrecorded_one": {"nl": "Presentie niet ingevuld voor 1 bijeenkomst",
                             "en": "Attendance not recorded for 1 session"},
    "unmet_unrecorded_other": {"nl": "Presentie niet ingevuld voor {count} bijeenkomsten",
                               "en": "Attendance not recorded for {count} sessions"},
    "unmet_remaining_one": {"nl": "Nog 1 bijeenkomst te gaan", "en": "1 session still to come"},
    "unmet_remaining_other": {"nl": "Nog {count} bijeenkomsten te gaan", "en": "{count} sessions still to come"},
    "unmet_module_result": {"nl": "Module {module} niet behaald", "en": "Module {module} not passed"},
    "unmet_module_pending": {"nl": "Module {module} nog geen resultaat", "en": "Module {module} has no result yet"},
    "unmet_hours": {"nl": "Stage-uren {hours} van {required}", "en": "Placement hours {hours} of {required}"},
    "unmet_hours_pending": {"nl": "Stage-uren {hours} van {required} ({pending} wachten op goedkeuring)",
                            "en": "Placement hours {hours} of {required} ({pending} awaiting approval)"},
    "unmet_final_evaluation": {"nl": "Geen eindevaluatie van de stage", "en": "No final evaluation of the placement"},
    "forecast_yes_one": {"nl": "Kan de aanwezigheidsnorm nog halen door bij de laatste bijeenkomst te zijn",
                         "en": "Can still reach the attendance threshold by attending the last session"},
    "forecast_yes_other": {"nl": "Kan de aanwezigheidsnorm nog halen door bij de resterende {count} bijeenkomsten "
                                 "te zijn",
                           "en": "Can still reach the attendance threshold by attending the remaining {count} "
                                 "sessions"},
    "forecast_no_one": {"nl": "Kan de aanwezigheidsnorm niet meer halen, ook niet met de laatste bijeenkomst",
                        "en": "Can no longer reach the attendance threshold, even with the last session"},
    "forecast_no_other": {"nl": "Kan de aanwezigheidsnorm niet meer halen, ook niet met de resterende "
                                "{count} bijeenkomsten",
                          "en": "Can no longer reach the attendance threshold, even with the remaining {count} "
                                "sessions"},
    "forecast_met": {"nl": "Aanwezigheidsnorm gehaald", "en": "Attendance threshold met"},
    "forecast_missed": {"nl": "Aanwezigheidsnorm niet gehaald", "en": "Attendance threshold not met"},
    # --- the coordinator's action list ------------------------------------------------------------
    "todo_unrecorded_one": {"nl": "Bijeenkomst {module} van {date}: presentie van 1 cursist niet ingevuld",
                            "en": "Session {module} on {date}: attendance of 1 trainee not recorded"},
    "todo_unrecorded_other": {"nl": "Bijeenkomst {module} van {date}: presentie van {count} cursisten "
                                    "niet ingevuld",
                              "en": "Session {module} on {date}: attendance of {count} trainees not recorded"},
    "todo_attendance_lost": {"nl": "{trainee}: {rate} aanwezig, {required} nodig; kan de norm niet meer halen",
                             "en": "{trainee}: {rate} present, {required} needed; can no longer reach the threshold"},
    "todo_attendance_below_one": {"nl": "{trainee}: {rate} aanwezig, {required} nodig; kan de norm nog halen "
                                        "(nog 1 bijeenkomst)",
                                  "en": "{trainee}: {rate} present, {required} needed; can still reach the threshold "
                                        "(1 session to go)"},
    "todo_attendance_below_other": {"nl": "{trainee}: {rate} aanwezig, {required} nodig; kan de norm nog halen "
                                          "(nog {count} bijeenkomsten)",
                                    "en": "{trainee}: {rate} present, {required} needed; can still reach the "
                                          "threshold ({count} sessions to go)"},
    "todo_attendance_close": {"nl": "{trainee}: {rate} aanwezig, net boven de norm van {required}",
                              "en": "{trainee}: {rate} present, just above the threshold of {required}"},
    "todo_agreement": {"nl": "{trainee} bij {organisation}: stageovereenkomst nog niet getekend (start {date})",
                       "en": "{trainee} at {organisation}: placement agreement not signed yet (starts {date})"},
    "todo_evaluation": {"nl": "{trainee} bij {organisation}: {evaluation} is nodig (sinds {date})",
                        "en": "{trainee} at {organisation}: {evaluation} is due (since {date})"},
    "todo_hours_one": {"nl": "{trainee}: 1 urenregel van {hours} uur wacht op goedkeuring (sinds {date})",
                       "en": "{trainee}: 1 hour log entry of {hours} hours awaits approval (since {date})"},
    "todo_hours_other": {"nl": "{trainee}: {count} urenregels, samen {hours} uur, wachten op goedkeuring (sinds "
                               "{date})",
                         "en": "{trainee}: {count} hour log entries, {hours} hours in all, await approval "
                               "(since {date})"},
    "todo_ready": {"nl": "{trainee} is klaar voor het certificaat", "en": "{trainee} is ready for the certificate"},
    # --- demo and CLI -----------------------------------------------------------------------------
    "demo_done": {"nl": "Demo aangemaakt: opleiding {programme}, groep {cohort} met {trainees} cursisten, "
                        "{sessions} bijeenkomsten, {placements} stages; en de lopende groep {second_cohort} met "
                        "{second_trainees} cursisten.",
                  "en": "Demo created: programme {programme}, cohort {cohort} with {trainees} trainees, "
                        "{sessions} sessions, {placements} placements; and the running cohort {second_cohort} "
                        "with {second_trainees} trainees."},
    "no_demo": {"nl": "Deze database bevat geen demo (meer).", "en": "This database holds no demo (any more)."},
    "demo_in_use": {
        "nl": "De demo is niet verwijderd: uw eigen gegevens gebruiken delen ervan ({uses}). Die delen kunnen "
              "blijven staan (in de app: 'Deze delen houden'; op de opdrachtregel: --keep-used); de verzonnen "
              "cursisten en alles over hen gaan dan wel weg.",
        "en": "The demo was not removed: your own data use parts of it ({uses}). Those parts can stay (in the "
              "app: 'Keep these parts'; on the command line: --keep-used); the invented trainees and everything "
              "about them go all the same."},
    "demo_use": {"nl": "{own} gebruikt {demo}", "en": "{own} uses {demo}"},
    "demo_use_more": {"nl": "en nog {count} andere", "en": "and {count} more"},
    "demo_removed": {"nl": "De demo is verwijderd ({count} regels in de database).",
                     "en": "The demo has been removed ({count} rows in the database)."},
    "demo_removed_kept": {"nl": "De demo is verwijderd ({count} regels in de database). Gebleven omdat uw eigen "
                                "gegevens ze gebruiken: {kept}.",
                          "en": "The demo has been removed ({count} rows in the database). Kept because your own "
                                "data use them: {kept}."},
    "gui_missing": {
        "nl": "De desktop-app kan hier niet starten ({reason}). De database staat klaar in {where}.\n"
              "Gebruik intussen de opdrachtregel: 'edtrainer --help', bijvoorbeeld "
              "'edtrainer readiness --cohort {cohort}'.",
        "en": "The desktop app cannot start here ({reason}). The database is ready at {where}.\n"
              "Meanwhile use the command line: 'edtrainer --help', for example "
              "'edtrainer readiness --cohort {cohort}'."},
    "no_screen": {
        "nl": "edtrainer: er is geen beeldscherm (DISPLAY of WAYLAND_DISPLAY is niet gezet). Start de app op een "
              "bureaublad, of gebruik de opdrachtregel: 'edtrainer --help'.",
        "en": "edtrainer: there is no screen (DISPLAY or WAYLAND_DISPLAY is not set). Start the app on a desktop, "
              "or use the command line: 'edtrainer --help'."},
    "upgraded": {"nl": "Databaseschema is bijgewerkt naar {head}.", "en": "Database schema upgraded to {head}."},
    "up_to_date": {"nl": "Databaseschema is al actueel ({head}).",
                   "en": "Database schema is already up to date ({head})."},
    "backup_made": {"nl": "Reservekopie gemaakt: {path}", "en": "Backup written: {path}"},
    "check_ok": {"nl": "Database in orde: schema {revision} (nieuwste), integriteit {integrity}.",
                 "en": "Database OK: schema {revision} (newest), integrity {integrity}."},
    "check_failed": {"nl": "Databasecontrole mislukt: {problems}", "en": "Database check failed: {problems}"},
    "export_done": {"nl": "Gegevens geëxporteerd naar {path} (alleen leesbaar voor u).",
                    "en": "Data exported to {path} (readable by you only)."},
    "erase_done": {"nl": "De gegevens van cursist {id} zijn onherkenbaar gemaakt; de database bevat ze niet meer.",
                   "en": "The data of trainee {id} have been made unidentifiable; the database no longer holds "
                         "them."},
    "erase_backups_one": {"nl": "1 reservekopie ({period}) bevat ze nog ({folder}); het uitdunnen verwijdert die "
                                "uiterlijk op {until}.",
                          "en": "1 backup ({period}) still holds them ({folder}); thinning removes it by {until} at "
                                "the latest."},
    "erase_backups_other": {"nl": "{count} reservekopieën ({period}) bevatten ze nog ({folder}); het uitdunnen "
                                  "verwijdert de laatste uiterlijk op {until}.",
                            "en": "{count} backups ({period}) still hold them ({folder}); thinning removes the last "
                                  "of them by {until} at the latest."},
    "confirm_needed": {"nl": "Dit kan niet ongedaan worden gemaakt; voeg --yes toe om te bevestigen.",
                       "en": "This cannot be undone; add --yes to confirm."},
    "keep_used_needs_remove": {"nl": "--keep-used hoort bij --remove.", "en": "--keep-used goes with --remove."},
    "backup_made_before": {"nl": "Er is eerst een reservekopie gemaakt: {path}",
                           "en": "A backup was made first: {path}"},
    "no_good_backup": {"nl": "Er is geen goede reservekopie: maak een kopie van het bestand en vraag hulp.",
                       "en": "There is no good backup: make a copy of the file and ask for help."},
    "restore_advice": {"nl": "Nieuwste goede reservekopie: {backup} ({when}); zet die terug met 'edtrainer db "
                             "restore'.",
                       "en": "Newest good backup: {backup} ({when}); restore it with 'edtrainer db restore'."},
    "no_backups": {"nl": "Nog geen reservekopieën in {folder}.", "en": "No backups in {folder} yet."},
    "restore_confirm": {"nl": "Dit zet {file} ({when}) terug in plaats van wat er nu staat; wat er nu staat, wordt "
                              "eerst bewaard. Voeg --yes toe om te bevestigen.",
                        "en": "This puts {file} ({when}) in place of what is there now; what is there now is kept "
                              "first. Add --yes to confirm."},
    "restored": {"nl": "Teruggezet: {file} ({when}; cursisten/groepen/bijeenkomsten {counts}).",
                 "en": "Restored: {file} ({when}; trainees/cohorts/sessions {counts})."},
    "restore_since": {"nl": "Gebeurd na deze reservekopie: {items}. Dat blijft na het terugzetten gelden: wie is "
                            "gewist, komt niet terug, en geen certificaat, intrekking, sleutel, certificaatnummer of "
                            "regel in de auditlog gaat verloren. Al het andere werk sinds de kopie gaat terug naar de "
                            "stand van de kopie.",
                      "en": "Done after this backup: {items}. That stays in force after the restore: nobody who "
                            "was erased comes back, and no certificate, revocation, key, certificate number or "
                            "audit row is lost. All other work since the backup goes back to how the backup has "
                            "it."},
    "restore_since_unreadable": {
        "nl": "De database kon niet worden gelezen, dus edtrainer kan niet nagaan wat er na deze reservekopie is "
              "gewist of uitgereikt; kijk dat na het terugzetten na.",
        "en": "The database could not be read, so edtrainer cannot tell what was erased or issued after this "
              "backup; check that after the restore."},
    "converted_backups_one": {"nl": "1 reservekopie", "en": "1 backup"},
    "converted_backups_other": {"nl": "{count} reservekopieën", "en": "{count} backups"},
    "since_erasures_one": {"nl": "1 cursist gewist", "en": "1 trainee erased"},
    "since_erasures_other": {"nl": "{count} cursisten gewist", "en": "{count} trainees erased"},
    "since_certificates_one": {"nl": "1 certificaat uitgereikt", "en": "1 certificate issued"},
    "since_certificates_other": {"nl": "{count} certificaten uitgereikt", "en": "{count} certificates issued"},
    "since_status_one": {"nl": "1 certificaat ingetrokken of vervangen", "en": "1 certificate revoked or replaced"},
    "since_status_other": {"nl": "{count} certificaten ingetrokken of vervangen",
                           "en": "{count} certificates revoked or replaced"},
    "since_issuer": {"nl": "de gegevens van de organisatie op certificaten", "en": "the organisation on certificates"},
    "since_keys_one": {"nl": "1 ondertekeningssleutel gemaakt of buiten gebruik gesteld",
                       "en": "1 signing key made or retired"},
    "since_keys_other": {"nl": "{count} ondertekeningssleutels gemaakt of buiten gebruik gesteld",
                         "en": "{count} signing keys made or retired"},
    "since_audit_one": {"nl": "1 regel in de auditlog", "en": "1 row in the audit log"},
    "since_audit_other": {"nl": "{count} regels in de auditlog", "en": "{count} rows in the audit log"},
    "restore_reapplied": {"nl": "Opnieuw toegepast: {items}.", "en": "Applied again: {items}."},
    "restore_not_carried": {
        "nl": "Niet overgenomen, omdat hun inschrijving niet in de reservekopie staat: {numbers}. Die certificaten "
              "blijven echt op papier, maar staan niet meer in het register (hun nummers worden niet opnieuw "
              "gebruikt); reik ze opnieuw uit, of zet een nieuwere reservekopie terug.",
        "en": "Not carried over, because their enrolment is not in the backup: {numbers}. Those certificates stay "
              "genuine on paper but are no longer in the register (their numbers are not used again); issue them "
              "again, or restore a newer backup."},
    "retention_none": {"nl": "Niemand is voorbij de bewaartermijn.", "en": "Nobody is past the retention period."},
    "retention_hint": {"nl": "Wis hen met 'edtrainer trainees retention --erase --yes' (eerst wordt een "
                             "reservekopie gemaakt); het certificaatregister houdt nummer, datum en status zonder "
                             "naam.",
                       "en": "Erase them with 'edtrainer trainees retention --erase --yes' (a backup is made "
                             "first); the certificate register keeps number, date and status without a name."},
    "retention_erased_one": {"nl": "De gegevens van 1 persoon voorbij de bewaartermijn zijn gewist.",
                             "en": "The data of 1 person past the retention period have been erased."},
    "retention_erased_other": {"nl": "De gegevens van {count} mensen voorbij de bewaartermijn zijn gewist.",
                               "en": "The data of {count} people past the retention period have been erased."},
    "retention_banner_one": {"nl": "1 persoon is voorbij de bewaartermijn van de opleiding: de gegevens mogen niet "
                                   "langer worden bewaard.",
                             "en": "1 person has passed the retention period of their programme: their data may no "
                                   "longer be kept."},
    "retention_banner_other": {"nl": "{count} mensen zijn voorbij de bewaartermijn van hun opleiding: hun gegevens "
                                     "mogen niet langer worden bewaard.",
                               "en": "{count} people have passed the retention period of their programme: their "
                                     "data may no longer be kept."},
    "retention_erase_button_one": {"nl": "1 persoon &wissen…", "en": "&Erase 1 person…"},
    "retention_erase_button_other": {"nl": "{count} mensen &wissen…", "en": "&Erase {count} people…"},
    "retention_erase_question_one": {
        "nl": "De gegevens van 1 persoon wissen? Dat kan in edtrainer niet ongedaan worden gemaakt; eerst wordt een "
              "reservekopie gemaakt, en het uitdunnen ruimt de reservekopieën op die ze nog bevatten.",
        "en": "Erase the data of 1 person? This cannot be undone in edtrainer; a backup is made first, and the "
              "thinning removes the backups that still hold them."},
    "retention_erase_question_other": {
        "nl": "De gegevens van {count} mensen wissen? Dat kan in edtrainer niet ongedaan worden gemaakt; eerst wordt "
              "een reservekopie gemaakt, en het uitdunnen ruimt de reservekopieën op die ze nog bevatten.",
        "en": "Erase the data of {count} people? This cannot be undone in edtrainer; a backup is made first, and "
              "the thinning removes the backups that still hold them."},
    "privacy_encrypted": {"nl": "Dat bestand en de reservekopieën zijn versleuteld: zonder het wachtwoord kan niemand "
                                "ze lezen, ook niet als de laptop kwijtraakt.",
                          "en": "That file and its backups are encrypted: without the passphrase nobody can read "
                                "them, not even when the laptop is lost."},
    "privacy_not_encrypted": {"nl": "", "en": ""},
    "privacy_organisation": {"nl": "De organisatie van uw opleiding",  # it starts a sentence
                             "en": "The organisation of your programme"},
    "roles_postgresql_only": {
        "nl": "Rollen horen bij een gedeelde PostgreSQL-database; een SQLite-bestand heeft één gebruiker: wie de "
              "laptop gebruikt.",
        "en": "Roles belong to a shared PostgreSQL database; a SQLite file has one user: whoever uses the laptop."},
    "roles_bad_login": {"nl": "'{login}' is geen geldige aanmeldnaam (letters, cijfers, _ . -; hoogstens 63 tekens).",
                        "en": "'{login}' is not a valid login name (letters, digits, _ . -; at most 63 characters)."},
    "roles_no_login": {"nl": "Er is geen aanmelding '{login}' op de server. Laat de beheerder die eerst maken "
                             "(CREATE ROLE {login} LOGIN PASSWORD '…').",
                       "en": "There is no login '{login}' on the server. Have the administrator make it first "
                             "(CREATE ROLE {login} LOGIN PASSWORD '…')."},
    "roles_not_set_up": {"nl": "De rollen zijn nog niet aangemaakt: voer eerst 'edtrainer db roles' uit.",
                         "en": "The roles have not been made yet: run 'edtrainer db roles' first."},
    "roles_done": {"nl": "Rollen klaar: edtrainer_coordinator (alles) en edtrainer_trainer (eigen groepen, "
                         "namen en presentie). Geef een aanmelding een rol met 'edtrainer db roles --grant NAAM "
                         "--as trainer --staff \"Naam trainer\"'.",
                   "en": "Roles ready: edtrainer_coordinator (everything) and edtrainer_trainer (own cohorts, names "
                         "and attendance). Give a login a role with 'edtrainer db roles --grant NAME --as trainer "
                         "--staff \"Trainer name\"'."},
    "roles_granted": {"nl": "{login} is nu {role}.", "en": "{login} is now {role}."},
    "restore_not_reopened": {
        "nl": "De reservekopie is teruggezet, maar {where} kon daarna niet gewoon worden geopend: wissingen, "
              "certificaten en sleutels van na de kopie zijn niet opnieuw toegepast. Open het bestand opnieuw en "
              "zet zo nodig de kopie 'vóór het terugzetten' terug.",
        "en": "The backup was restored, but {where} could not be opened normally afterwards: erasures, certificates "
              "and keys from after the backup were not applied again. Open the file again and, if need be, restore "
              "the backup made 'before a restore'."},
    "certificate_for_erased": {"nl": "De gegevens van cursist {id} zijn gewist; daar wordt geen document meer voor "
                                     "gemaakt.",
                               "en": "The data of trainee {id} have been erased; no document is made for them any "
                                     "more."},
    "already_erased": {"nl": "De gegevens van cursist {id} zijn al gewist.",
                       "en": "The data of trainee {id} have already been erased."},
    "erase_confirm": {"nl": "Dit wist de gegevens van {name} (nummer {id}) voorgoed; voeg --yes toe om te bevestigen.",
                      "en": "This erases the data of {name} (number {id}) for good; add --yes to confirm."},
    "retention_hint_future": {"nl": "Vanaf de dag onder 'Wissen sinds' zijn zij te wissen; vandaag nog niet.",
                              "en": "They are due from the day under 'Due since'; not yet today."},
    "retention_today_erase": {"nl": "--erase wist wie vandaag voorbij de bewaartermijn is; laat --today weg.",
                              "en": "--erase erases who is past the retention period today; leave out --today."},
    "retention_reason": {"nl": "bewaartermijn verstreken", "en": "retention period passed"},
    "reason_reapplied": {"nl": "opnieuw toegepast na het terugzetten van een reservekopie",
                         "en": "applied again after a backup was restored"},
    "restored_safety": {"nl": "Wat er stond, staat in de reservekopie {path}.",
                        "en": "What was there is in the backup {path}."},
    "restored_aside": {"nl": "Het beschadigde bestand staat opzij als {path}.",
                       "en": "The damaged file has been put aside as {path}."},
    "auto_backup_failed": {"nl": "Let op: de automatische reservekopie is niet gemaakt: {reason}",
                           "en": "Note: the automatic backup was not made: {reason}"},
    "file_exists": {"nl": "{path} bestaat al; kies een andere bestandsnaam.",
                    "en": "{path} already exists; choose another file name."},
    "nothing_found": {"nl": "Niets gevonden.", "en": "Nothing found."},
    # --- documents: certificates, signing, verification, reports (issue 4) -------------------------
    "issuer_missing": {"nl": "Stel eerst de uitgever in (organisatie en plaats): 'edtrainer issuer set'.",
                       "en": "Set up the issuer first (organisation and place): 'edtrainer issuer set'."},
    "bad_pattern": {"nl": "Het nummerpatroon {pattern!r} is ongeldig: {reason}.",
                    "en": "The number pattern {pattern!r} is invalid: {reason}."},
    "pattern_needs_seq": {"nl": "het moet {{seq}} bevatten", "en": "it must contain {{seq}}"},
    "pattern_unknown_field": {"nl": "onbekend veld {{{name}}}; gebruik {{code}}, {{year}}, {{kind}} en {{seq}}",
                              "en": "unknown field {{{name}}}; use {{code}}, {{year}}, {{kind}} and {{seq}}"},
    "pattern_chars": {"nl": "een nummer mag alleen letters, cijfers, '-', '.' en '/' bevatten (max. 40)",
                      "en": "a number may only hold letters, digits, '-', '.' and '/' (at most 40)"},
    "bad_image": {"nl": "{field} moet een PNG- of JPEG-afbeelding van hoogstens {max} kB zijn.",
                  "en": "{field} must be a PNG or JPEG image of at most {max} kB."},
    "too_many_signatories": {"nl": "Hoogstens {max} ondertekenaars passen op een certificaat.",
                             "en": "At most {max} signatories fit on a certificate."},
    "no_key": {"nl": "Er is nog geen ondertekeningssleutel: maak er een met 'edtrainer keys create' of "
                     "importeer er een met 'edtrainer keys import'.",
               "en": "There is no signing key yet: create one with 'edtrainer keys create' or import one "
                     "with 'edtrainer keys import'."},
    "key_exists": {"nl": "Er is al een actieve ondertekeningssleutel ({fingerprint}); voeg --replace toe om "
                         "een nieuwe te gebruiken (de oude blijft eerdere certificaten bevestigen).",
                   "en": "There already is an active signing key ({fingerprint}); add --replace to use a new one "
                         "(the old one keeps confirming earlier certificates)."},
    "passphrases_differ": {"nl": "De twee wachtwoorden zijn niet gelijk.", "en": "The two passphrases differ."},
    "wrong_passphrase": {"nl": "Het wachtwoord van de ondertekeningssleutel klopt niet.",
                         "en": "The passphrase of the signing key is wrong."},
    "weak_passphrase": {"nl": "Kies een wachtwoord van minstens {min} tekens voor de ondertekeningssleutel.",
                        "en": "Choose a passphrase of at least {min} characters for the signing key."},
    "p12_password_needed": {"nl": "Een wachtwoord voor het PKCS#12-bestand is nodig (een ander dan dat van de "
                                  "sleutel): zet EDTRAINER_P12_PASSWORD of gebruik --p12-password-file.",
                            "en": "A password for the PKCS#12 file is needed (not the key's own): set "
                                  "EDTRAINER_P12_PASSWORD or use --p12-password-file."},
    "passphrase_needed": {"nl": "Het wachtwoord van de ondertekeningssleutel is nodig: zet EDTRAINER_KEY_PASSPHRASE "
                                "of gebruik --passphrase-file.",
                          "en": "The signing key's passphrase is needed: set EDTRAINER_KEY_PASSPHRASE or use "
                                "--passphrase-file."},
    "key_unreadable": {"nl": "De opgeslagen sleutel is onleesbaar.", "en": "The stored key is unreadable."},
    "key_not_ec": {"nl": "Alleen EC-sleutels (P-256 of P-384) worden ondersteund: een RSA-handtekening is te lang "
                         "voor de verificatiecode op papier.",
                   "en": "Only EC keys (P-256 or P-384) are supported: an RSA signature is too long for the "
                         "verification code on paper."},
    "p12_unreadable": {"nl": "Het PKCS#12-bestand is onleesbaar of het wachtwoord klopt niet.",
                       "en": "The PKCS#12 file is unreadable or its password is wrong."},
    "p12_incomplete": {"nl": "Het PKCS#12-bestand bevat geen sleutel met certificaat.",
                       "en": "The PKCS#12 file holds no key with a certificate."},
    "cert_unreadable": {"nl": "Het certificaatbestand is onleesbaar (PEM of DER verwacht).",
                        "en": "The certificate file is unreadable (PEM or DER expected)."},
    "signer_not_active": {"nl": "Deze sleutel is niet (meer) de actieve ondertekeningssleutel.",
                          "en": "This key is not (or no longer) the active signing key."},
    "not_ready_for_certificate": {"nl": "{trainee} voldoet niet aan de eisen voor het certificaat ({missing}); "
                                        "geef een reden om toch uit te reiken.",
                                  "en": "{trainee} does not meet the requirements for the certificate ({missing}); "
                                        "give a reason to issue it anyway."},
    "module_not_passed": {"nl": "{trainee} heeft module {module} (nog) niet behaald.",
                          "en": "{trainee} has not passed module {module} (yet)."},
    "module_needed": {"nl": "Kies de module voor een modulecertificaat.",
                      "en": "Choose the module for a module certificate."},
    "module_choose": {"nl": "Kies met --module de module voor een modulecertificaat: {codes}.",
                      "en": "Choose the module for a module certificate with --module: {codes}."},
    "output_failed": {"nl": "De uitvoer kon niet worden geschreven ({reason}).",
                      "en": "The output could not be written ({reason})."},
    "no_placement": {"nl": "{trainee} heeft (nog) geen stage.", "en": "{trainee} has no placement (yet)."},
    "still_in_programme": {
        "nl": "{trainee} volgt de opleiding nog: een bewijs van deelname is voor wie gestopt is, of als de groep "
              "klaar is. Voor een tussenstand is er het voortgangsoverzicht.",
        "en": "{trainee} is still in the programme: a statement of participation is for those who stopped, or "
              "once the cohort has ended. For an interim account there is the progress statement."},
    "already_issued": {"nl": "{trainee} heeft al een geldig {what} ({number}); corrigeer dat met heruitgifte.",
                       "en": "{trainee} already holds a valid {what} ({number}); correct it by re-issuing."},
    "certificate_not_valid": {"nl": "Certificaat {number} is {status}; dat kan niet meer.",
                              "en": "Certificate {number} is {status}; that is no longer possible."},
    "certificate_erased": {"nl": "Het PDF-bestand van certificaat {number} is verwijderd (AVG-verwijderverzoek).",
                           "en": "The PDF of certificate {number} was deleted (GDPR erasure request)."},
    "cancelled_by_user": {"nl": "Afgebroken.", "en": "Cancelled."},
    "issued_one": {"nl": "Uitgereikt: {number} aan {trainee}", "en": "Issued: {number} to {trainee}"},
    "skipped_one": {"nl": "Overgeslagen: {line}", "en": "Skipped: {line}"},
    "issue_summary": {"nl": "{issued} uitgereikt, {skipped} overgeslagen.",
                      "en": "{issued} issued, {skipped} skipped."},
    "revoked_done": {"nl": "Certificaat {number} is ingetrokken.", "en": "Certificate {number} has been revoked."},
    "reissued_done": {"nl": "Certificaat {new} vervangt {old}.", "en": "Certificate {new} replaces {old}."},
    "written": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
    "key_created": {"nl": "Ondertekeningssleutel gemaakt voor {subject}; vingerafdruk {fingerprint}.",
                    "en": "Signing key created for {subject}; fingerprint {fingerprint}."},
    "issuer_saved": {"nl": "Uitgever opgeslagen.", "en": "Issuer saved."},
    # verification
    "verify_ok": {"nl": "ECHT: de handtekening is geldig en dekt het hele bestand.",
                  "en": "GENUINE: the signature is valid and covers the entire file."},
    "verify_failed": {"nl": "NIET IN ORDE:", "en": "NOT VALID:"},
    "verify_signed_by": {"nl": "Ondertekend door {subject} (vingerafdruk {fingerprint}) op {when}.",
                         "en": "Signed by {subject} (fingerprint {fingerprint}) on {when}."},
    "verify_in_register": {"nl": "{what} {number} aan {trainee}, uitgereikt op {date}: staat in het register en "
                                 "is geldig.",
                           "en": "{what} {number} to {trainee}, issued on {date}: in the register and valid."},
    "verify_register_not_checked": {
        "nl": "Het register is hier niet geraadpleegd: of dit certificaat later is ingetrokken of vervangen, staat "
              "in het ondertekende certificaatregister van de organisatie.",
        "en": "The register was not consulted here: whether this certificate was later revoked or replaced is in "
              "the organisation's signed certificate register."},
    "verify_code_ok": {"nl": "De verificatiecode klopt bij de gegevens op het certificaat.",
                       "en": "The verification code matches the facts on the certificate."},
    "verify_unreadable": {"nl": "Het bestand is geen leesbare PDF (meer): het is beschadigd of veranderd.",
                          "en": "The file is not (or no longer) a readable PDF: it is damaged or altered."},
    "verify_not_signed": {"nl": "Het bestand is niet digitaal ondertekend.", "en": "The file is not digitally signed."},
    "verify_extra_signatures": {"nl": "Het bestand bevat {count} handtekeningen; een certificaat van edtrainer heeft "
                                      "er één.",
                                "en": "The file holds {count} signatures; an edtrainer certificate has one."},
    "verify_altered": {"nl": "Het bestand is na het ondertekenen veranderd: de handtekening past niet meer bij de "
                             "inhoud.",
                       "en": "The file was changed after signing: the signature no longer matches the content."},
    "verify_appended": {"nl": "Na het ondertekenen zijn {bytes} bytes aan het bestand toegevoegd (bijvoorbeeld een "
                              "latere wijziging); de handtekening dekt niet het hele bestand.",
                        "en": "{bytes} bytes were added to the file after signing (for example a later change); "
                              "the signature does not cover the entire file."},
    "verify_unknown_key": {"nl": "Ondertekend met een sleutel die niet van deze organisatie is: {subject} "
                                 "(vingerafdruk {fingerprint}).",
                           "en": "Signed with a key that is not this organisation's: {subject} "
                                 "(fingerprint {fingerprint})."},
    "verify_code_invalid": {"nl": "De verificatiecode klopt niet bij de gegevens van het certificaat.",
                            "en": "The verification code does not match the certificate's facts."},
    "verify_not_in_register": {"nl": "Certificaat {number} staat niet in het register.",
                               "en": "Certificate {number} is not in the register."},
    "verify_not_issued_file": {"nl": "Dit is niet het bestand dat als {number} is uitgereikt.",
                               "en": "This is not the file that was issued as {number}."},
    "verify_revoked": {"nl": "Certificaat {number} is ingetrokken op {date}: {reason}",
                       "en": "Certificate {number} was revoked on {date}: {reason}"},
    "verify_superseded": {"nl": "Certificaat {number} is op {date} vervangen door {new}: {reason}",
                          "en": "Certificate {number} was replaced by {new} on {date}: {reason}"},
    "verify_no_certificate": {"nl": "Dit document is geen certificaat (bijvoorbeeld een register); de handtekening "
                                    "is gecontroleerd.",
                              "en": "This document is not a certificate (for example a register); its signature "
                                    "was checked."},
    "verify_code_mistyped": {"nl": "Deze controlecode is niet goed overgetypt: een of meer tekens kloppen niet. "
                                   "Controleer hem nog eens.",
                             "en": "This verification code was not typed correctly: one or more characters are "
                                   "wrong. Check it again."},
    "verify_code_unknown": {"nl": "Deze controlecode staat niet in het register.",
                            "en": "This verification code is not in the register."},
    "verify_name_now": {"nl": "Let op: in de administratie heet de houder nu {name}; het certificaat noemt de naam "
                              "van toen het werd uitgereikt.",
                        "en": "Note: in the records the holder is now called {name}; the certificate gives the name "
                              "at the time it was issued."},
    "badge_criteria": {"nl": "Met goed gevolg afgerond: {parts}.", "en": "Successfully completed: {parts}."},
    "badge_modules_one": {"nl": "de module van de opleiding", "en": "the programme's module"},
    "badge_modules_other": {"nl": "alle {count} modules van de opleiding",
                            "en": "all {count} modules of the programme"},
    "badge_attendance": {"nl": "ten minste {pct} % aanwezig bij de bijeenkomsten",
                         "en": "present at {pct} % of the sessions or more"},
    "badge_placement": {"nl": "{hours} uur beroepspraktijk in tandem met een vakprofessional",
                        "en": "{hours} hours of work placement in tandem with a professional"},
    "badge_evaluation": {"nl": "een positieve eindevaluatie van de beroepspraktijk",
                         "en": "a positive final evaluation of the work placement"},
    "badge_criteria_module": {"nl": "De module {module} ({hours} uur) van de opleiding {programme} met goed gevolg "
                                    "afgerond.",
                              "en": "Successfully completed the module {module} ({hours} hours) of the programme "
                                    "{programme}."},
    "badge_participation": {"nl": "Deelname aan {programme}", "en": "Participation in {programme}"},
    "badge_criteria_participation": {"nl": "Deelgenomen aan de opleiding {programme} van {start} tot en met {end}.",
                                     "en": "Took part in the programme {programme} from {start} to {end}."},
    "badge_description": {"nl": "{title}: opleiding tot ervaringsdeskundige van {organisation}.",
                          "en": "{title}: experience-expert training programme of {organisation}."},
    "badge_needs_p256": {"nl": "Een digitale badge wordt ondertekend met een P-256-sleutel (ES256); de sleutel van de "
                               "organisatie is van een andere soort.",
                         "en": "A digital badge is signed with a P-256 key (ES256); the organisation's key is of "
                               "another kind."},
    "page_valid": {"nl": "ECHT EN GELDIG: {what} {number}, {programme}{module}, uitgereikt op {date} door {org}.",
                   "en": "GENUINE AND VALID: {what} {number}, {programme}{module}, issued on {date} by {org}."},
    "page_revoked": {"nl": "INGETROKKEN op {since}: {what} {number}, {programme}{module}, uitgereikt op {date} door "
                           "{org}. Het is niet meer geldig.",
                     "en": "REVOKED on {since}: {what} {number}, {programme}{module}, issued on {date} by {org}. "
                           "It is no longer valid."},
    "page_superseded": {"nl": "VERVANGEN op {since} door {new}: {what} {number}, {programme}{module}, uitgereikt op "
                              "{date} door {org}.",
                        "en": "REPLACED on {since} by {new}: {what} {number}, {programme}{module}, issued on {date} "
                              "by {org}."},
    "page_mistyped": {"nl": "ONBEKEND: deze code is niet goed overgetypt (een of meer tekens kloppen niet). Kijk hem "
                            "teken voor teken na.",
                      "en": "UNKNOWN: this code was not typed correctly (one or more characters are wrong). Check it "
                            "character by character."},
    "page_unknown": {"nl": "ONBEKEND: deze code staat niet in de lijst van {org} (bijgewerkt op {published}). "
                           "Controleer of hij goed is overgetypt.",
                     "en": "UNKNOWN: this code is not in the list of {org} (updated on {published}). Check that it "
                           "was typed correctly."},
    "page_forged": {"nl": "VERVALST: de lijst op deze pagina is niet ondertekend met de sleutel die u vertrouwt. "
                          "Vertrouw haar niet.",
                    "en": "FORGED: the list on this page is not signed with the key you trust. Do not trust it."},
    "page_name_yes": {"nl": "De naam {name} komt overeen met de naam op het certificaat.",
                      "en": "The name {name} matches the name on the certificate."},
    "page_name_no": {"nl": "De naam {name} komt niet overeen met de naam op het certificaat.",
                     "en": "The name {name} does not match the name on the certificate."},
    "tip_verify_url": {"nl": "Tip: zet met 'edtrainer issuer set --verify-url https://…' het adres van uw "
                             "controlepagina; dan opent de QR-code op nieuwe certificaten die pagina en noemt de "
                             "voettekst het adres.",
                       "en": "Tip: set the address of your verification page with 'edtrainer issuer set --verify-url "
                             "https://…'; the QR code on new certificates then opens that page and the footer names "
                             "the address."},
    "page_needs_trust": {"nl": "Geef met --trust ORGANISATIE.pem ook het certificaat van de organisatie: alleen "
                               "daarmee is te zien dat de pagina echt van haar is.",
                         "en": "Also give the organisation's certificate with --trust ORGANISATION.pem: only with it "
                               "can the page be shown to be really theirs."},
    "verify_needs_trust": {"nl": "Er is hier geen edtrainer-database om mee te vergelijken. Controleer met het "
                                 "certificaat van de organisatie: --trust ORGANISATIE.pem (en voor een code ook "
                                 "--page, of het adres uit de QR-code).",
                           "en": "There is no edtrainer database here to compare with. Check with the organisation's "
                                 "certificate: --trust ORGANISATION.pem (and for a code also --page, or the address "
                                 "from the QR code)."},
    "page_needed": {"nl": "Een controlecode zonder database wordt gecontroleerd met de gepubliceerde controlepagina: "
                          "geef haar mee met --page index.html, of geef het adres uit de QR-code (https://…#CODE) "
                          "als --code.",
                    "en": "A verification code without the database is checked with the published verification "
                          "page: give it with --page index.html, or give the address from the QR code "
                          "(https://…#CODE) as --code."},
    "was_revoked": {"nl": "Het certificaat {number} van {trainee} is ingetrokken op {date}; een nieuw certificaat "
                          "alleen met een reden (--override, of 'Toch uitreiken' in de app).",
                    "en": "{trainee}'s certificate {number} was revoked on {date}; a new certificate only with a "
                          "reason (--override, or 'Issue anyway' in the app)."},
    "export_trainees": {"nl": "Cursisten", "en": "Trainees"},
    "export_sessions": {"nl": "Bijeenkomsten", "en": "Sessions"},
    "export_attendance": {"nl": "Aanwezigheid", "en": "Attendance"},
    "export_placements": {"nl": "Stages", "en": "Placements"},
    "export_readiness": {"nl": "Gereedheid", "en": "Readiness"},
    "export_register": {"nl": "Certificaatregister", "en": "Certificate register"},
    "export_cohort": {"nl": "Groep", "en": "Cohort"},
    "export_status": {"nl": "Status", "en": "Status"},
    "export_enrolled_on": {"nl": "Ingeschreven op", "en": "Enrolled on"},
    "export_date": {"nl": "Datum", "en": "Date"},
    "export_start": {"nl": "Begin", "en": "Start"},
    "export_minutes": {"nl": "Minuten", "en": "Minutes"},
    "export_module": {"nl": "Module", "en": "Module"},
    "export_location": {"nl": "Locatie", "en": "Location"},
    "export_topic": {"nl": "Onderwerp", "en": "Topic"},
    "export_trainers": {"nl": "Trainers", "en": "Trainers"},
    "export_held": {"nl": "gehouden", "en": "held"},
    "export_planned": {"nl": "gepland", "en": "planned"},
    "export_cancelled": {"nl": "geannuleerd", "en": "cancelled"},
    "export_trainee": {"nl": "Cursist", "en": "Trainee"},
    "export_rate": {"nl": "Aanwezig", "en": "Attendance rate"},
    "export_threshold": {"nl": "Norm", "en": "Threshold"},
    "export_meets": {"nl": "Haalt de norm", "en": "Meets the threshold"},
    "export_organisation": {"nl": "Organisatie", "en": "Organisation"},
    "export_end": {"nl": "Einde", "en": "End"},
    "export_approved_hours": {"nl": "Goedgekeurde uren", "en": "Approved hours"},
    "export_pending_hours": {"nl": "Uren die wachten", "en": "Hours awaiting approval"},
    "export_ready": {"nl": "Klaar", "en": "Ready"},
    "export_required_hours": {"nl": "Vereiste uren", "en": "Required hours"},
    "export_missing": {"nl": "Wat ontbreekt", "en": "What is missing"},
    "export_number": {"nl": "Nummer", "en": "Number"},
    "export_kind": {"nl": "Soort", "en": "Kind"},
    "export_issued_on": {"nl": "Uitgereikt op", "en": "Issued on"},
    "export_revoked_on": {"nl": "Ingetrokken of vervangen op", "en": "Revoked or replaced on"},
    "export_reason": {"nl": "Reden", "en": "Reason"},
    "export_yes": {"nl": "ja", "en": "yes"},
    "export_no": {"nl": "nee", "en": "no"},
    "export_file_kind": {"nl": "{path}: kies een bestand dat eindigt op .xlsx (Excel) of .csv.",
                         "en": "{path}: choose a file ending in .xlsx (Excel) or .csv."},
    "list_export_done": {"nl": "Geschreven: {path} ({count} rijen).", "en": "Written: {path} ({count} rows)."},
    "copy_target_schema": {"nl": "{where} heeft niet het nieuwste schema; voer eerst 'edtrainer db upgrade' uit.",
                           "en": "{where} does not have the newest schema; run 'edtrainer db upgrade' first."},
    "copy_target_not_empty": {"nl": "{where} bevat al gegevens. Kopieer alleen naar een lege database; er is niets "
                                    "veranderd.",
                              "en": "{where} already holds data. Copy only into an empty database; nothing was "
                                    "changed."},
    "copy_mismatch": {"nl": "De kopie in {where} is niet gelijk aan het origineel (tabellen: {tables}); er is niets "
                            "opgeslagen.",
                      "en": "The copy in {where} does not equal the original (tables: {tables}); nothing was "
                            "stored."},
    "copy_done": {"nl": "Gekopieerd naar {where}: {rows} rijen, tabel voor tabel gecontroleerd. Gebruik voortaan "
                        "--database {where} (of EDTRAINER_DATABASE_URL).",
                  "en": "Copied to {where}: {rows} rows, checked table by table. From now on use --database "
                        "{where} (or EDTRAINER_DATABASE_URL)."},
    "archive_unreadable": {"nl": "{path} is geen archief van edtrainer.", "en": "{path} is not an edtrainer archive."},
    "archive_schema": {"nl": "{path} is gemaakt met schema {schema}; deze edtrainer leest archieven van schema "
                             "{head}.",
                       "en": "{path} was made with schema {schema}; this edtrainer reads archives of schema {head}."},
    "archive_written": {"nl": "Archief geschreven: {path} ({rows} rijen, alleen leesbaar voor u).",
                        "en": "Archive written: {path} ({rows} rows, readable by you only)."},
    "archive_read": {"nl": "Archief ingelezen in {where}: {rows} rijen.",
                     "en": "Archive read into {where}: {rows} rows."},
    "funder_title": {"nl": "Verantwoording",
                     "en": "Report for the funder"},
    "funder_period": {"nl": "Periode {start} tot en met {end}",
                      "en": "Period {start} to {end}"},
    "funder_intro": {"nl": "Alleen aantallen, geen namen. Een aantal van 1 tot en met 4 staat er als "
                           "‘< 5’, en de uren van een organisatie met minder dan 5 cursisten staan er"
                           " niet, zodat niemand te herkennen is.",
                     "en": "Numbers only, no names. A count from 1 to 4 is shown as ‘< 5’, and the "
                           "hours of an organisation with fewer than 5 trainees are not shown, so "
                           "nobody can be recognised."},
    "funder_cohorts": {"nl": "Groepen",
                       "en": "Cohorts"},
    "funder_cohort": {"nl": "Groep",
                      "en": "Cohort"},
    "funder_programme": {"nl": "Opleiding",
                         "en": "Programme"},
    "funder_started": {"nl": "Gestart",
                       "en": "Started"},
    "funder_active": {"nl": "Actief",
                      "en": "Active"},
    "funder_paused": {"nl": "Gepauzeerd",
                      "en": "Paused"},
    "funder_withdrawn": {"nl": "Gestopt",
                         "en": "Withdrew"},
    "funder_withdrawn_by": {"nl": "Gestopt: {category}",
                            "en": "Withdrew: {category}"},
    "funder_completed": {"nl": "Afgerond",
                         "en": "Completed"},
    "funder_certified": {"nl": "Gecertificeerd",
                         "en": "Certified"},
    "funder_sessions": {"nl": "Bijeenkomsten",
                        "en": "Sessions"},
    "funder_rate": {"nl": "Aanwezigheid",
                    "en": "Attendance"},
    "funder_hours": {"nl": "Stage-uren",
                     "en": "Placement hours"},
    "funder_per": {"nl": "Per", "en": "Per"},
    "bad_date_arg": {"nl": "'{value}' is geen datum; schrijf bijvoorbeeld 31-12-2026 of 2026-12-31.",
                     "en": "'{value}' is not a date; write for example 2026-12-31 or 31-12-2026."},
    "funder_per_kind": {"nl": "soort organisatie", "en": "kind of organisation"},
    "funder_per_org": {"nl": "organisatie", "en": "organisation"},
    "funder_where": {"nl": "Organisatie of soort",
                     "en": "Organisation or kind"},
    "funder_trainees": {"nl": "Cursisten",
                        "en": "Trainees"},
    "funder_hours_approved": {"nl": "Goedgekeurde uren",
                              "en": "Approved hours"},
    "funder_hidden": {"nl": "niet getoond (minder dan 5 cursisten)",
                      "en": "not shown (fewer than 5 trainees)"},
    "funder_hidden_other": {"nl": "niet getoond (zou een verborgen organisatie verraden)",
                            "en": "not shown (would give a hidden organisation away)"},
    "funder_or_more": {"nl": "{count} of meer", "en": "{count} or more"},
    "funder_by_kind": {"nl": "Per soort organisatie",
                       "en": "Per kind of organisation"},
    "funder_by_org": {"nl": "Per organisatie",
                      "en": "Per organisation"},
    "funder_reasons": {"nl": "Waarom gestopt",
                       "en": "Why they withdrew"},
    "funder_cat_health": {"nl": "gezondheid",
                          "en": "health"},
    "funder_cat_work": {"nl": "werk gevonden",
                        "en": "found work"},
    "funder_cat_personal": {"nl": "persoonlijke omstandigheden",
                            "en": "personal circumstances"},
    "funder_cat_moved": {"nl": "verhuisd",
                         "en": "moved away"},
    "funder_cat_programme": {"nl": "opleiding paste niet",
                             "en": "the programme did not suit"},
    "funder_cat_other": {"nl": "anders",
                         "en": "other"},
    "funder_cat_not_given": {"nl": "niet opgegeven",
                             "en": "not given"},
    "funder_none": {"nl": "Geen groepen in deze periode.",
                    "en": "No cohorts in this period."},
    "funder_written_one": {"nl": "Verantwoording geschreven: {path} (1 groep).",
                           "en": "Funder's report written: {path} (1 cohort)."},
    "funder_written_other": {"nl": "Verantwoording geschreven: {path} ({count} groepen).",
                             "en": "Funder's report written: {path} ({count} cohorts)."},
    "funder_file_kind": {"nl": "{path}: kies een bestand dat eindigt op .pdf of .xlsx.",
                         "en": "{path}: choose a file ending in .pdf or .xlsx."},
    "import_ambiguous": {"nl": "kan meer dan één persoon in edtrainer zijn ({names}); voer deze rij met de hand in.",
                         "en": "could be more than one person in edtrainer ({names}); enter this row by hand."},
    "import_same_email": {"nl": "hetzelfde e-mailadres als {name} (nr {id}), maar een andere naam: misschien het adres "
                                "van een begeleider. Laat het veld leeg of pas het aan.",
                          "en": "the same e-mail address as {name} (no {id}), but another name: perhaps a mentor's "
                                "address. Leave the field empty or change it."},
    "import_row": {"nl": "rij {row}: ", "en": "row {row}: "},
    "import_column_missing": {"nl": "Geen kolom voor {field} gevonden (kolommen: {columns}).",
                              "en": "No column for {field} found (columns: {columns})."},
    "import_bad_date": {"nl": "'{value}' is geen datum; schrijf bijvoorbeeld 24-11-1980.",
                        "en": "'{value}' is not a date; write for example 24-11-1980."},
    "import_twice": {"nl": "staat ook al op rij {row} van dit bestand (zelfde naam en geboortedatum, of "
                           "e-mailadres).",
                     "en": "is also on row {row} of this file (same name and date of birth, or e-mail address)."},
    "import_duplicate": {"nl": "staat al in edtrainer als {name} (nr {id}).",
                         "en": "is already in edtrainer as {name} (no {id})."},
    "import_hint_duplicates_cli": {"nl": "Wie al in edtrainer staat: kies --duplicates update (aanvullen) of "
                                         "--duplicates skip (overslaan).",
                                   "en": "Who is already in edtrainer: choose --duplicates update (fill in) or "
                                         "--duplicates skip."},
    "import_hint_duplicates_gui": {"nl": "Kies bij 'Al in edtrainer' of u ze wilt aanvullen of laten zoals ze zijn.",
                                   "en": "Choose at 'Already in edtrainer' whether to fill them in or leave them."},
    "import_hint_map_cli": {"nl": "Noem de kolom zoals gewoonlijk ('Voornaam', 'Achternaam') of zeg welke het is met "
                                  "--map \"Kolom=veld\".",
                            "en": "Name the column as usual ('Voornaam', 'Achternaam') or say which one it is with "
                                  "--map \"Column=field\"."},
    "import_hint_map_gui": {"nl": "Kies hierboven bij de kolommen welke kolom het is.",
                            "en": "Choose above, at the columns, which column it is."},
    "import_row_failed": {"nl": "Rij {row} kon niet worden opgeslagen: {reason} Er is niets opgeslagen.",
                          "en": "Row {row} could not be stored: {reason} Nothing was stored."},
    "import_kind": {"nl": "{path} is geen spreadsheet die edtrainer kan lezen; bewaar hem als .xlsx of .csv.",
                    "en": "{path} is not a spreadsheet edtrainer can read; save it as .xlsx or .csv."},
    "import_unreadable": {"nl": "{path} is geen leesbaar Excel-bestand (.xlsx).",
                          "en": "{path} is not a readable Excel file (.xlsx)."},
    "import_empty": {"nl": "Het bestand is leeg.", "en": "The file is empty."},
    "import_problems": {"nl": "Er is niets opgeslagen. Verbeter deze rijen in het bestand en probeer het opnieuw:",
                        "en": "Nothing was stored. Correct these rows in the file and try again:"},
    "import_done": {"nl": "{added} toegevoegd, {updated} bijgewerkt, {skipped} overgeslagen.",
                    "en": "{added} added, {updated} updated, {skipped} skipped."},
    "import_dry_run": {"nl": "Proef: er is niets opgeslagen. Zonder --dry-run: {added} toegevoegd, {updated} "
                             "bijgewerkt, {skipped} overgeslagen.",
                       "en": "Trial run: nothing was stored. Without --dry-run: {added} added, {updated} updated, "
                             "{skipped} skipped."},
    "import_ignored": {"nl": "Niet ingelezen kolommen: {columns}.", "en": "Columns not read: {columns}."},
    "import_never_read": {"nl": "Kolom {columns} is niet ingelezen: edtrainer bewaart geen BSN of rekeningnummer.",
                          "en": "Column {columns} was not read: edtrainer keeps no BSN or bank account number."},
    "import_bad_kind": {"nl": "'{value}' is geen soort organisatie; gebruik een van: {choices}.",
                        "en": "'{value}' is not a kind of organisation; use one of: {choices}."},
    "import_differs": {"nl": "anders dan op rij {row} ('{value}') voor dezelfde organisatie.",
                       "en": "differs from row {row} ('{value}') for the same organisation."},
    "import_contact_name": {"nl": "de naam van de contactpersoon ontbreekt.",
                            "en": "the contact person's name is missing."},
    "import_twice_plain": {"nl": "staat ook al op rij {row} van dit bestand.",
                           "en": "is also on row {row} of this file."},
    "import_bad_session_date": {"nl": "'{value}' is geen datum; schrijf bijvoorbeeld 8-12-2026.",
                                "en": "'{value}' is not a date; write for example 2026-12-08."},
    "import_required": {"nl": "is leeg; vul dit in.", "en": "is empty; fill it in."},
    "import_bad_time": {"nl": "'{value}' is geen tijd; schrijf bijvoorbeeld 9:30.",
                        "en": "'{value}' is not a time; write for example 9:30."},
    "import_bad_duration": {"nl": "'{value}' is geen duur; schrijf minuten (180) of uren (3:00).",
                            "en": "'{value}' is not a duration; write minutes (180) or hours (3:00)."},
    "import_end_before_start": {"nl": "de eindtijd {end} ligt niet na de begintijd {start}.",
                                "en": "the end time {end} is not after the start time {start}."},
    "import_bad_module": {"nl": "'{value}' is geen module van deze opleiding; kies uit: {modules}.",
                          "en": "'{value}' is not a module of this programme; choose from: {modules}."},
    "import_bad_trainer": {"nl": "'{value}' staat niet bij de medewerkers; voeg de trainer eerst toe, of laat de naam "
                                 "weg.",
                           "en": "'{value}' is not among the staff; add the trainer first, or leave the name out."},
    "import_session_exists": {"nl": "op {date} om {time} heeft deze groep al een bijeenkomst.",
                              "en": "this cohort already has a session on {date} at {time}."},
    "import_orgs_done": {"nl": "Organisaties: {added} toegevoegd, {updated} bijgewerkt, {skipped} overgeslagen. "
                               "Contactpersonen: {c_added} toegevoegd, {c_updated} bijgewerkt, {c_skipped} "
                               "overgeslagen.",
                         "en": "Organisations: {added} added, {updated} updated, {skipped} skipped. Contact persons: "
                               "{c_added} added, {c_updated} updated, {c_skipped} skipped."},
    "import_orgs_dry_run": {"nl": "Proef: er is niets opgeslagen. Zonder --dry-run: organisaties {added} toegevoegd, "
                                  "{updated} bijgewerkt, {skipped} overgeslagen; contactpersonen {c_added} "
                                  "toegevoegd, {c_updated} bijgewerkt, {c_skipped} overgeslagen.",
                            "en": "Trial run: nothing was stored. Without --dry-run: organisations {added} added, "
                                  "{updated} updated, {skipped} skipped; contact persons {c_added} added, {c_updated} "
                                  "updated, {c_skipped} skipped."},
    "import_gui_problems_one": {"nl": "1 probleem. Verbeter het bestand (of kies hierboven wat een kolom is) en kies "
                                      "Opnieuw lezen. Er wordt niets opgeslagen zolang er een probleem is.",
                                "en": "1 problem. Correct the file (or choose above what a column is) and choose Read "
                                      "again. Nothing is stored while there is a problem."},
    "import_gui_problems_other": {"nl": "{count} problemen. Verbeter het bestand (of kies hierboven wat een kolom is) "
                                        "en kies Opnieuw lezen. Er wordt niets opgeslagen zolang er een probleem is.",
                                  "en": "{count} problems. Correct the file (or choose above what a column is) and "
                                        "choose Read again. Nothing is stored while there is a problem."},
    "import_gui_ready": {"nl": "Klaar om in te lezen: {added} toevoegen, {updated} bijwerken, {skipped} overslaan.",
                         "en": "Ready to import: {added} to add, {updated} to update, {skipped} to skip."},
    "export_funder_as": {"nl": "Het verslag voor de financier kan als PDF of als Excel-bestand, niet als CSV.",
                         "en": "The report for the funder can be a PDF or an Excel file, not CSV."},
    "export_pdf_only_funder": {"nl": "Alleen het verslag voor de financier kan als PDF; kies Excel of CSV.",
                               "en": "Only the report for the funder can be a PDF; choose Excel or CSV."},
    "import_bad_rows": {"nl": "'{value}' zijn geen rijnummers; schrijf bijvoorbeeld 3,7.",
                        "en": "'{value}' are not row numbers; write for example 3,7."},
    "import_skipped_rows": {"nl": "Bewust overgeslagen rijen: {rows}.", "en": "Rows skipped on purpose: {rows}."},
    "import_problems_skip": {"nl": "Of sla deze rijen bewust over met --skip-rows {rows}.",
                             "en": "Or skip these rows on purpose with --skip-rows {rows}."},
    "import_not_text": {"nl": "{path} is geen CSV-tekstbestand dat edtrainer kan lezen. Bewaar de lijst in Excel als "
                              "'Excel-werkmap (.xlsx)' of als 'CSV (gescheiden door lijstscheidingsteken)'.",
                        "en": "{path} is not a CSV text file edtrainer can read. Save the list in Excel as 'Excel "
                              "workbook (.xlsx)' or as 'CSV (comma delimited)'."},
    "import_gui_ready_orgs": {"nl": "Klaar om in te lezen: organisaties {added} toevoegen, {updated} bijwerken, "
                                    "{skipped} overslaan; contactpersonen {c_added} toevoegen, {c_updated} bijwerken, "
                                    "{c_skipped} overslaan.",
                              "en": "Ready to import: organisations {added} to add, {updated} to update, {skipped} "
                                    "to skip; contact persons {c_added} to add, {c_updated} to update, {c_skipped} "
                                    "to skip."},
    "import_columns": {"nl": "Kolommen: {pairs}.", "en": "Columns: {pairs}."},
    "import_bad_map": {"nl": "--map verwacht KOLOM=VELD, met VELD een van: {fields}.",
                       "en": "--map expects COLUMN=FIELD, with FIELD one of: {fields}."},
    "page_remembered": {"nl": "Voortaan schrijft edtrainer de pagina daar opnieuw na elke uitreiking en correctie.",
                        "en": "From now on edtrainer writes the page there again after every issue and correction."},
    "page_republish": {"nl": "De controlepagina in {folder} is nog niet bijgewerkt: 'edtrainer register publish --out "
                             "{folder}'.",
                       "en": "The verification page in {folder} is not up to date yet: 'edtrainer register publish "
                             "--out {folder}'."},
    "page_unreachable": {"nl": "De controlepagina {path} is niet te bereiken ({reason}). Probeer het later opnieuw, of "
                               "geef de pagina als bestand met --page.",
                         "en": "The verification page {path} cannot be reached ({reason}). Try again later, or give "
                               "the page as a file with --page."},
    "page_published": {"nl": "Controlepagina geschreven: {path} ({count} certificaten). Zet de map online, of geef "
                             "hem mee op een USB-stick; de pagina noemt niemand.",
                       "en": "Verification page written: {path} ({count} certificates). Put the folder online, or "
                             "hand it over on a USB stick; the page names nobody."},
    "page_without_code": {"nl": "{count} oudere certificaten hebben geen controlecode meer (de gegevens zijn gewist) "
                                "en staan niet op de pagina.",
                          "en": "{count} older certificates no longer have a verification code (their data were "
                                "erased) and are not on the page."},
    "not_a_folder": {"nl": "{path} is geen map.", "en": "{path} is not a folder."},
    "bad_verify_url": {"nl": "{url} is geen bruikbaar adres voor de controlepagina: gebruik een https-adres zonder #, "
                             "bijvoorbeeld https://www.voorbeeld.nl/certificaten/.",
                       "en": "{url} is not a usable address for the verification page: use an https address "
                             "without #, for example https://www.example.org/certificates/."},
    "verify_code_unreadable": {"nl": "Dit is geen verificatiecode van edtrainer.",
                               "en": "This is not an edtrainer verification code."},
    "code_unreadable": {"nl": "Dit is geen verificatiecode van edtrainer.",
                        "en": "This is not an edtrainer verification code."},
    "not_a_pdf": {"nl": "{path} is geen PDF-bestand.", "en": "{path} is not a PDF file."},
    "db_file_not_there": {
        "nl": "Er is geen database {path}. Controleer de naam en de map; een nieuwe, lege database maakt u met "
              "'edtrainer --database {path} db upgrade' (of 'edtrainer --database {path} demo' voor een voorbeeld).",
        "en": "There is no database {path}. Check the name and the folder; make a new, empty database with "
              "'edtrainer --database {path} db upgrade' (or 'edtrainer --database {path} demo' for an example)."},
    "file_unreadable": {"nl": "edtrainer mag het bestand {path} niet lezen.",
                        "en": "edtrainer is not allowed to read the file {path}."},
    # register files for trainers (exchange)
    "exchange_not_ours": {"nl": "{path} is geen registerbestand van edtrainer (.edtx).",
                          "en": "{path} is not an edtrainer register file (.edtx)."},
    "exchange_version": {"nl": "{path} is gemaakt met een nieuwere edtrainer. Werk edtrainer eerst bij.",
                         "en": "{path} was made with a newer edtrainer. Update edtrainer first."},
    "exchange_changed": {"nl": "{path} is buiten edtrainer veranderd of beschadigd. edtrainer gebruikt het niet; "
                               "vraag om het bestand opnieuw, of maak een nieuw registerbestand.",
                         "en": "{path} was changed outside edtrainer or is damaged. edtrainer does not use it; ask "
                               "for the file again, or make a new register file."},
    "exchange_other_database": {"nl": "{path} is niet met deze database gemaakt. Verwerk het in de edtrainer waarmee "
                                      "het registerbestand is gemaakt.",
                                "en": "{path} was not made with this database. Apply it in the edtrainer that made "
                                      "the register file."},
    "exchange_suffix": {"nl": "Een registerbestand eindigt op .edtx: {path}.",
                        "en": "A register file ends in .edtx: {path}."},
    "exchange_no_sessions": {"nl": "{cohort} heeft geen bijeenkomsten van {start} tot en met {end} (geannuleerde "
                                   "tellen niet mee). Kies andere datums met --from en --to.",
                             "en": "{cohort} has no sessions from {start} to {end} (cancelled ones do not count). "
                                   "Choose other dates with --from and --to."},
    "exchange_bad_letter": {"nl": "'{value}' is geen presentie. Gebruik A (aanwezig), L (te laat), E (afgemeld), "
                                  "X (afwezig) of 0 (wissen).",
                            "en": "'{value}' is not an attendance mark. Use A (present), L (late), E (excused), "
                                  "X (absent) or 0 (clear)."},
    "exchange_bad_mark": {"nl": "'{value}' moet NAAM=LETTER zijn, bijvoorbeeld \"Eline de Boer=A\".",
                          "en": "'{value}' must be NAME=LETTER, for example \"Eline de Boer=A\"."},
    "exchange_bad_session": {"nl": "'{value}' is geen datum of nummer van een bijeenkomst.",
                             "en": "'{value}' is not a date or number of a session."},
    "exchange_no_such_session": {"nl": "Het registerbestand heeft geen bijeenkomst op {value}. Wel op: {dates}.",
                                 "en": "The register file has no session on {value}. It has: {dates}."},
    "exchange_session_ambiguous": {"nl": "Op {value} zijn er meer bijeenkomsten; noem ook de begintijd: {times}.",
                                   "en": "There is more than one session on {value}; give the start time too: "
                                         "{times}."},
    "exchange_no_such_trainee": {"nl": "Bij de bijeenkomst van {date} hoort niemand die '{name}' heet.",
                                 "en": "Nobody called '{name}' is expected at the session of {date}."},
    "exchange_trainee_ambiguous": {"nl": "'{name}' past bij {names}: schrijf de hele naam.",
                                   "en": "'{name}' matches {names}: write the whole name."},
    "exchange_session_gone": {"nl": "de bijeenkomst is in edtrainer verwijderd",
                              "en": "the session was deleted in edtrainer"},
    "exchange_session_cancelled": {"nl": "de bijeenkomst is intussen geannuleerd",
                                   "en": "the session has been cancelled since"},
    "exchange_trainee_gone": {"nl": "staat niet meer in deze groep", "en": "is no longer in this cohort"},
    "exchange_not_expected": {"nl": "hoort op die datum niet bij de groep (gepauzeerd, gestopt of later "
                                    "ingeschreven)",
                              "en": "is not expected on that date (paused, withdrawn or enrolled later)"},
    "exchange_not_yet": {"nl": "De bijeenkomst van {date} is nog niet geweest; alleen een afmelding (E) kan al.",
                         "en": "The session of {date} has not taken place yet; only an apology (E) can be given."},
    "exchange_exists": {"nl": "{path} bestaat al. Kies een andere naam: een teruggekregen registerbestand zou anders "
                              "verloren gaan.",
                        "en": "{path} already exists. Choose another name, or a register file that came back would "
                              "be lost."},
    "exchange_not_stored": {"nl": "Er is niets opgeslagen.", "en": "Nothing was stored."},
    "exchange_packed": {"nl": "Registerbestand gemaakt: {path}", "en": "Register file made: {path}"},
    "exchange_packed_what": {"nl": "{cohort}, {sessions}, {trainees}. Alleen namen en presentie; geen "
                                   "contactgegevens of opmerkingen.",
                             "en": "{cohort}, {sessions}, {trainees}. Names and attendance only; no contact "
                                   "details or remarks."},
    "n_sessions_one": {"nl": "1 bijeenkomst", "en": "1 session"},
    "n_sessions_other": {"nl": "{count} bijeenkomsten", "en": "{count} sessions"},
    "n_trainees_one": {"nl": "1 cursist", "en": "1 trainee"},
    "n_trainees_other": {"nl": "{count} cursisten", "en": "{count} trainees"},
    "exchange_recorded": {"nl": "Bijeenkomst van {date}: {changed} veranderd. Opgeslagen in {path}.",
                          "en": "Session of {date}: {changed} changed. Saved in {path}."},
    "exchange_for": {"nl": "Registerbestand voor {cohort}, {start} tot en met {end}; gemaakt op {made} door {by}.",
                     "en": "Register file for {cohort}, {start} to {end}; made on {made} by {by}."},
    "exchange_apology": {"nl": "vooraf", "en": "in advance"},
    "exchange_apology_other": {"nl": "had zich vooraf afgemeld", "en": "had apologised in advance"},
    "exchange_changes": {"nl": "Dit verandert in edtrainer:", "en": "This changes in edtrainer:"},
    "exchange_conflicts": {"nl": "Hier is in edtrainer iets anders geregistreerd dan in het bestand:",
                           "en": "Here edtrainer has recorded something else than the file:"},
    "exchange_refused": {"nl": "Dit wordt niet verwerkt:", "en": "This is not applied:"},
    "exchange_change_line": {"nl": "{date} {time}  {trainee}: {before} → {after}",
                             "en": "{date} {time}  {trainee}: {before} → {after}"},
    "exchange_replaces_apology": {"nl": "  (vervangt een afmelding vooraf)",
                                  "en": "  (replaces an apology given in advance)"},
    "exchange_conflict_line": {"nl": "{date} {time}  {trainee}: in edtrainer {before} · in het bestand {after}",
                               "en": "{date} {time}  {trainee}: in edtrainer {before} · in the file {after}"},
    "exchange_refused_line": {"nl": "{date}  {trainee}{reason}", "en": "{date}  {trainee}{reason}"},
    "confirm_apply": {"nl": "Verwerken? [j/n] ", "en": "Apply? [y/n] "},
    "exchange_nothing_more": {"nl": "Verder verandert er niets.", "en": "Nothing else changes."},
    "exchange_nothing": {"nl": "Er verandert niets: alles uit dit bestand staat al in edtrainer.",
                         "en": "Nothing changes: everything in this file is already in edtrainer."},
    "exchange_confirm": {"nl": "Er is nog niets opgeslagen. Voeg --yes toe om dit te verwerken.",
                         "en": "Nothing has been stored yet. Add --yes to apply this."},
    "exchange_choose": {"nl": "Welke houdt u: e = wat in edtrainer staat, b = wat in het bestand staat? [e/b] ",
                        "en": "Which do you keep: e = what edtrainer has, b = what the file has? [e/b] "},
    "exchange_kept_one": {"nl": "Bij 1 verschil blijft staan wat in edtrainer stond. Wilt u het bestand volgen, "
                                "gebruik dan --conflicts take.",
                          "en": "For 1 difference, what edtrainer had stays. To follow the file instead, use "
                                "--conflicts take."},
    "exchange_kept_other": {"nl": "Bij {count} verschillen blijft staan wat in edtrainer stond. Wilt u het bestand "
                                  "volgen, gebruik dan --conflicts take.",
                            "en": "For {count} differences, what edtrainer had stays. To follow the file instead, "
                                  "use --conflicts take."},
    "exchange_done": {"nl": "Verwerkt: {applied} veranderd, {kept} zoals het in edtrainer stond, {refused} niet "
                            "verwerkt.",
                      "en": "Applied: {applied} changed, {kept} as edtrainer had it, {refused} not applied."},
    "file_missing": {"nl": "Het bestand {path} bestaat niet.", "en": "The file {path} does not exist."},
    # --- unlikely or impossible input (one block: refused, or asked to confirm) ---------------------------
    "phone_invalid": {"nl": "'{value}' is geen telefoonnummer. Typ het nummer in cijfers, bijvoorbeeld 06 12345678.",
                      "en": "'{value}' is not a phone number. Type the number in digits, for example 06 12345678."},
    "trainee_young": {"nl": "Met deze geboortedatum ({born}) is de cursist nog geen 16 jaar. Klopt die datum?",
                      "en": "With this date of birth ({born}) the trainee is not 16 yet. Is that date right?"},
    "enrolled_before_birth": {"nl": "De inschrijfdatum ({date}) ligt vóór de geboortedatum ({born}). Kijk beide "
                                    "datums na.",
                              "en": "The enrolment date ({date}) is before the date of birth ({born}). Check both "
                                    "dates."},
    "enrolled_long_before": {"nl": "De inschrijfdatum ({date}) ligt {months} maanden vóór de start van de groep "
                                   "({start}). Klopt die datum?",
                             "en": "The enrolment date ({date}) is {months} months before the cohort starts "
                                   "({start}). Is that date right?"},
    "hours_need_agreement": {"nl": "Deze stage heeft nog geen getekende stageovereenkomst. Leg eerst vast wanneer "
                                   "de overeenkomst is getekend; daarna kunt u uren invullen.",
                             "en": "This placement has no signed agreement yet. First record when the agreement "
                                   "was signed; then you can log hours."},
    "import_unlikely": {"nl": "{reason} Verbeter het bestand, of voeg deze persoon los toe in de app.",
                        "en": "{reason} Correct the file, or add this person on their own in the app."},
}

# Words used inside messages: field and entity names as the user sees them.
WORDS: dict[str, dict[str, str]] = {
    # what the audit log says was done, and to what
    "role_coordinator": {"nl": "coördinator", "en": "coordinator"},
    "role_trainer": {"nl": "trainer", "en": "trainer"},
    "role_other": {"nl": "medewerker", "en": "staff"},
    "audit_create": {"nl": "aangemaakt", "en": "created"},
    "audit_update": {"nl": "gewijzigd", "en": "changed"},
    "audit_delete": {"nl": "verwijderd", "en": "deleted"},
    "audit_view": {"nl": "bekeken", "en": "viewed"},
    "audit_export": {"nl": "geëxporteerd", "en": "exported"},
    "audit_print": {"nl": "afgedrukt", "en": "printed"},
    "audit_erase": {"nl": "onherkenbaar gemaakt", "en": "erased"},
    "audit_restore": {"nl": "teruggezet", "en": "restored"},
    "audit_encrypt": {"nl": "versleuteld", "en": "encrypted"},
    "audit_decrypt": {"nl": "versleuteling uitgezet", "en": "encryption turned off"},
    "staff_member": {"nl": "medewerker", "en": "staff member"},
    "contact_person": {"nl": "contactpersoon", "en": "contact person"},
    "attendance_mark": {"nl": "presentie", "en": "attendance"},
    "hour_log_entry": {"nl": "stage-uren", "en": "placement hours"},
    "demo": {"nl": "demo", "en": "demo"},
    "database": {"nl": "database", "en": "database"},
    "audit_log": {"nl": "auditlog", "en": "audit log"},
    "readiness": {"nl": "gereedheid", "en": "readiness"},
    # records named in messages about removing the demo
    "demo_programme": {"nl": "opleiding", "en": "programme"},
    "demo_module": {"nl": "module", "en": "module"},
    "demo_cohort": {"nl": "groep", "en": "cohort"},
    "demo_organisation": {"nl": "organisatie", "en": "organisation"},
    "demo_staff_member": {"nl": "medewerker", "en": "staff member"},
    "demo_contact_person": {"nl": "contactpersoon", "en": "contact person"},
    "demo_trainee": {"nl": "cursist", "en": "trainee"},
    "demo_enrolment": {"nl": "inschrijving van", "en": "enrolment of"},
    "demo_cohort_session": {"nl": "bijeenkomst van", "en": "session on"},
    "demo_placement": {"nl": "stage van", "en": "placement of"},
    "demo_attendance_mark": {"nl": "presentie van", "en": "attendance of"},
    "demo_module_result": {"nl": "moduleresultaat van", "en": "module result of"},
    "demo_certificate": {"nl": "certificaat van", "en": "certificate of"},
    "demo_hour_log_entry": {"nl": "stage-uren van", "en": "placement hours of"},
    "demo_evaluation": {"nl": "evaluatie van", "en": "evaluation of"},
    "demo_evaluation_rating": {"nl": "beoordeling", "en": "rating"},
    "org_welfare": {"nl": "welzijnsorganisatie", "en": "welfare organisation"},
    "org_municipality": {"nl": "gemeente", "en": "municipality"},
    "org_housing": {"nl": "woningcorporatie", "en": "housing association"},
    "org_addiction_care": {"nl": "verslavingszorg", "en": "addiction care"},
    "org_social_services": {"nl": "sociale dienst", "en": "social services"},
    "org_other": {"nl": "overig", "en": "other"},
    "programme": {"nl": "opleiding", "en": "programme"},
    "module": {"nl": "module", "en": "module"},
    "cohort": {"nl": "groep", "en": "cohort"},
    "trainee": {"nl": "cursist", "en": "trainee"},
    "enrolment": {"nl": "inschrijving", "en": "enrolment"},
    "staff": {"nl": "medewerker", "en": "staff member"},
    "session": {"nl": "bijeenkomst", "en": "session"},
    "attendance": {"nl": "presentie", "en": "attendance record"},
    "organisation": {"nl": "organisatie", "en": "organisation"},
    "contact": {"nl": "contactpersoon", "en": "contact person"},
    "placement": {"nl": "stage", "en": "placement"},
    "hour_entry": {"nl": "urenregel", "en": "hour log entry"},
    "evaluation": {"nl": "evaluatie", "en": "evaluation"},
    "module_result": {"nl": "moduleresultaat", "en": "module result"},
    "certificate": {"nl": "certificaat", "en": "certificate"},
    "record": {"nl": "Dit gegeven", "en": "This record"},
    "not_applicable": {"nl": "n.v.t. (PostgreSQL bewaakt dit zelf)", "en": "n/a (PostgreSQL checks this itself)"},
    # fields
    "name": {"nl": "Naam", "en": "Name"},
    "code": {"nl": "Code", "en": "Code"},
    "title": {"nl": "Titel", "en": "Title"},
    "given_names": {"nl": "Voornaam", "en": "Given name"},
    "family_name": {"nl": "Achternaam", "en": "Family name"},
    "name_prefix": {"nl": "Tussenvoegsel", "en": "Name prefix"},
    "full_name": {"nl": "Naam", "en": "Name"},
    "email": {"nl": "E-mailadres", "en": "E-mail address"},
    "phone": {"nl": "Telefoonnummer", "en": "Phone number"},
    "location": {"nl": "Locatie", "en": "Location"},
    "city": {"nl": "Plaats", "en": "Place"},
    "birth_place": {"nl": "Geboorteplaats", "en": "Place of birth"},
    "date_of_birth": {"nl": "Geboortedatum", "en": "Date of birth"},
    "start_date": {"nl": "Begindatum", "en": "Start date"},
    "start_time": {"nl": "Begintijd", "en": "Start time"},
    "end_date": {"nl": "Einddatum", "en": "End date"},
    "date": {"nl": "Datum", "en": "Date"},
    "duration": {"nl": "Duur (minuten)", "en": "Duration (minutes)"},
    "planned_hours": {"nl": "Geplande uren", "en": "Planned hours"},
    "hours": {"nl": "Uren", "en": "Hours"},
    "hours_per_week": {"nl": "Uren per week", "en": "Hours per week"},
    "minutes_present": {"nl": "Minuten aanwezig", "en": "Minutes present"},
    "min_attendance": {"nl": "Minimale aanwezigheid (%)", "en": "Minimum attendance (%)"},
    "required_hours": {"nl": "Vereiste stage-uren", "en": "Required placement hours"},
    "nominal_months": {"nl": "Duur (maanden)", "en": "Length (months)"},
    "retention_years": {"nl": "Bewaartermijn (jaren na vertrek)", "en": "Retention (years after leaving)"},
    "status": {"nl": "Status", "en": "Status"},
    "role": {"nl": "Rol", "en": "Role"},
    "kind": {"nl": "Soort", "en": "Kind"},
    "reason": {"nl": "Reden", "en": "Reason"},
    "remark": {"nl": "Opmerking", "en": "Remark"},
    "activity": {"nl": "Activiteit", "en": "Activity"},
    "score": {"nl": "Score", "en": "Score"},
    "criterion": {"nl": "Criterium", "en": "Criterion"},
    "weekday": {"nl": "Weekdag", "en": "Weekday"},
    "count": {"nl": "Aantal", "en": "Number"},
    "description": {"nl": "Omschrijving", "en": "Description"},
    "certificate_title": {"nl": "Titel op het certificaat", "en": "Certificate title"},
    "name_en": {"nl": "Naam in het Engels", "en": "Name in English"},
    "certificate_title_en": {"nl": "Titel op het certificaat in het Engels", "en": "Certificate title in English"},
    "title_en": {"nl": "Titel in het Engels", "en": "Title in English"},
    "verify_url": {"nl": "Adres van de controlepagina", "en": "Address of the verification page"},
    "address": {"nl": "Adres", "en": "Address"},
    "signed_on": {"nl": "Datum ondertekening", "en": "Date signed"},
    "enrolled_on": {"nl": "Inschrijfdatum", "en": "Enrolment date"},
    "act_withdraw": {"nl": "worden uitgeschreven", "en": "withdrawn"},
    "act_pause": {"nl": "worden gepauzeerd", "en": "paused"},
    "act_resume": {"nl": "worden hervat", "en": "resumed"},
    "act_complete": {"nl": "worden afgerond", "en": "completed"},
    "act_start": {"nl": "worden gestart", "en": "started"},
    "act_end_early": {"nl": "voortijdig worden beëindigd", "en": "ended early"},
    # enumerations shown to users
    "present": {"nl": "aanwezig", "en": "present"},
    "late": {"nl": "te laat", "en": "late"},
    "excused": {"nl": "afgemeld", "en": "excused"},
    "absent": {"nl": "afwezig", "en": "absent"},
    "active": {"nl": "actief", "en": "active"},
    "paused": {"nl": "gepauzeerd", "en": "paused"},
    "withdrawn": {"nl": "uitgeschreven", "en": "withdrawn"},
    "completed": {"nl": "afgerond", "en": "completed"},
    "planned": {"nl": "gepland", "en": "planned"},
    "running": {"nl": "lopend", "en": "running"},
    "cancelled": {"nl": "geannuleerd", "en": "cancelled"},
    "ended_early": {"nl": "voortijdig beëindigd", "en": "ended early"},
    "pending": {"nl": "nog open", "en": "pending"},
    "passed": {"nl": "behaald", "en": "passed"},
    "not_passed": {"nl": "niet behaald", "en": "not passed"},
    "midterm": {"nl": "tussenevaluatie", "en": "midterm evaluation"},
    "final": {"nl": "eindevaluatie", "en": "final evaluation"},
    # documents (issue 4)
    "issuer": {"nl": "Uitgever", "en": "Issuer"},
    "organisation_name": {"nl": "Naam organisatie", "en": "Organisation name"},
    "place": {"nl": "Plaats", "en": "Place"},
    "logo": {"nl": "Logo", "en": "Logo"},
    "signature_image": {"nl": "Handtekening (afbeelding)", "en": "Signature (image)"},
    "number_pattern": {"nl": "Nummerpatroon", "en": "Number pattern"},
    "signatory": {"nl": "Ondertekenaar", "en": "Signatory"},
    "passphrase": {"nl": "Wachtwoord", "en": "Passphrase"},
    "db_passphrase": {"nl": "Wachtwoord van de database", "en": "Database passphrase"},
    "new_db_passphrase": {"nl": "Nieuw wachtwoord van de database", "en": "New database passphrase"},
    "signing_key": {"nl": "ondertekeningssleutel", "en": "signing key"},
    "certificate_number": {"nl": "Certificaatnummer", "en": "Certificate number"},
    "programme_certificate": {"nl": "certificaat", "en": "certificate"},
    "module_certificate": {"nl": "modulecertificaat", "en": "module certificate"},
    "participation_certificate": {"nl": "bewijs van deelname", "en": "statement of participation"},
    "issued": {"nl": "geldig", "en": "valid"},
    "revoked": {"nl": "ingetrokken", "en": "revoked"},
    "superseded": {"nl": "vervangen", "en": "superseded"},
    "kind_programme": {"nl": "Certificaat", "en": "Certificate"},
    "kind_module": {"nl": "Modulecertificaat", "en": "Module certificate"},
    "kind_participation": {"nl": "Bewijs van deelname", "en": "Statement of participation"},
    "file": {"nl": "Een bestand", "en": "A file"},
    "language": {"nl": "Taal", "en": "Language"},
    "not_recorded": {"nl": "niet geregistreerd", "en": "not recorded"},
    "import_name": {"nl": "de naam van de organisatie", "en": "the organisation's name"},
    "import_call_name": {"nl": "Roepnaam", "en": "Call name"},
    "end_time": {"nl": "Eindtijd", "en": "End time"},
    "trainers": {"nl": "Trainers", "en": "Trainers"},
    "topic": {"nl": "Onderwerp", "en": "Topic"},
    "import_date": {"nl": "de datum", "en": "the date"},
    "import_module": {"nl": "de module", "en": "the module"},
    "contact_name": {"nl": "Naam contactpersoon", "en": "Contact person's name"},
    "contact_job": {"nl": "Functie", "en": "Job title"},
    "contact_email": {"nl": "E-mail contactpersoon", "en": "Contact person's e-mail"},
    "contact_phone": {"nl": "Telefoon contactpersoon", "en": "Contact person's phone"},
    "mark": {"nl": "presentie", "en": "attendance mark"},
}


def word(key: str, lang: str | None = None) -> str:
    entry = WORDS.get(key)
    if entry is None:
        return key
    return entry[lang or get_language()]


def plural(key: str, count: int, lang: str | None = None, /, **params: object) -> str:
    """The message ``key_one`` or ``key_other`` (Dutch and English both have these two forms)."""
    return text(f"{key}_one" if count == 1 else f"{key}_other", lang, count=count, **params)


def join_list(parts: list[str], lang: str | None = None) -> str:
    """'a, b en c' (nl) or 'a, b and c' (en)."""
    if len(parts) < 2:
        return "".join(parts)
    joiner = " en " if (lang or get_language()) == "nl" else " and "
    return ", ".join(parts[:-1]) + joiner + parts[-1]


def text(key: str, lang: str | None = None, /, **params: object) -> str:
    """The message ``key`` in ``lang`` (default: the active language), with ``params`` filled in."""
    lang = lang or get_language()
    if key not in MESSAGES and "count" in params:  # a message with two forms: '1 bijeenkomst', '2 bijeenkomsten'
        key = f"{key}_one" if params["count"] == 1 else f"{key}_other"
    template = MESSAGES[key][lang]
    return template.format(**params)
