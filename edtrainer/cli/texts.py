"""The command line's text tables: help texts, column headers, argparse's own words in Dutch.

One place for every text the command line shows beside the core's messages (``edtrainer.core.i18n``), so
that they can be folded into one catalogue. Dutch first; the same keys in every language.
"""


# --- the general commands (cohorts, trainees, readiness) and the global options ---------------------------

HELP = {
    "nl": {
        "description": "edtrainer: administratie voor opleidingen tot ervaringsdeskundige.",
        "version": "toon het versienummer en stop",
        "database": "database: pad naar een SQLite-bestand of een adres als postgresql://gebruiker@host/naam "
                    "(standaard: EDTRAINER_DATABASE_URL of het ingebouwde bestand)",
        "lang": "taal van meldingen en uitvoer (nl of en)",
        "db_passphrase_file": "bestand met het wachtwoord van een versleutelde database (eerste regel); anders "
                              "EDTRAINER_DB_PASSPHRASE of de vraag in de terminal",
        "json": "uitvoer als JSON",
        "cohorts": "groepen",
        "cohorts_list": "groepen tonen",
        "trainees": "cursisten",
        "trainees_list": "cursisten tonen",
        "cohort": "naam (of begin van de naam) of nummer van de groep",
        "search": "zoek op naam of e-mailadres",
        "readiness": "per cursist: klaar voor certificering of wat nog ontbreekt",
        "export": "alle gegevens van één cursist als JSON, of met --out BESTAND.pdf leesbaar in gewone woorden "
                  "(AVG-inzageverzoek)",
        "erase": "gegevens van één cursist onherkenbaar maken (AVG-verwijderverzoek)",
        "trainee_id": "nummer van de cursist (zie 'trainees list')",
        "out": "uitvoerbestand",
        "reason": "reden, bijvoorbeeld 'verzoek van betrokkene' (namen en contactgegevens van de cursist worden "
                  "eruit gehaald)",
        "category": "soort: request (verzoek van betrokkene, standaard), retention (bewaartermijn voorbij) of other",
        "yes": "bevestig: dit kan niet ongedaan worden gemaakt",
        "today": "rekendatum (JJJJ-MM-DD), standaard vandaag",
        "retention": "wie voorbij de bewaartermijn is (jaren na vertrek, per opleiding); --erase wist hen",
        "retention_erase": "wis iedereen in de lijst (eerst een reservekopie; vraagt --yes)",
    },
    "en": {
        "description": "edtrainer: administration for experience-expert training programmes.",
        "version": "show the version number and exit",
        "database": "database: path of a SQLite file or a URL like postgresql://user@host/name "
                    "(default: EDTRAINER_DATABASE_URL or the embedded file)",
        "lang": "language of messages and output (nl or en)",
        "db_passphrase_file": "file holding an encrypted database's passphrase (first line); else "
                              "EDTRAINER_DB_PASSPHRASE or a prompt in the terminal",
        "json": "output as JSON",
        "cohorts": "cohorts",
        "cohorts_list": "list cohorts",
        "trainees": "trainees",
        "trainees_list": "list trainees",
        "cohort": "name (or start of the name) or number of the cohort",
        "search": "search by name or e-mail address",
        "readiness": "per trainee: ready for certification, or what is still missing",
        "export": "all data about one trainee as JSON, or with --out FILE.pdf readable in plain words (GDPR access "
                  "request)",
        "erase": "make one trainee's data unidentifiable (GDPR erasure request)",
        "trainee_id": "number of the trainee (see 'trainees list')",
        "out": "output file",
        "reason": "reason, for example 'request of the person' (the trainee's names and contact details are "
                  "taken out of it)",
        "category": "kind: request (of the person, default), retention (period passed) or other",
        "yes": "confirm: this cannot be undone",
        "today": "date to compute for (YYYY-MM-DD), default today",
        "retention": "who is past the retention period (years after leaving, per programme); --erase erases them",
        "retention_erase": "erase everyone in the list (a backup first; needs --yes)",
    },
}

HEADERS = {
    "nl": {"id": "Nr", "name": "Naam", "programme": "Opleiding", "location": "Locatie", "start": "Start",
           "end": "Einde", "status": "Status", "trainees": "Cursisten", "sessions": "Bijeenkomsten",
           "cohort": "Groep", "email": "E-mail", "ready": "Klaar", "attendance": "Aanwezig",
           "hours": "Stage-uren", "missing": "Wat ontbreekt", "yes": "ja", "no": "nee", "left": "Vertrokken",
           "due": "Wissen sinds"},
    "en": {"id": "No", "name": "Name", "programme": "Programme", "location": "Location", "start": "Start",
           "end": "End", "status": "Status", "trainees": "Trainees", "sessions": "Sessions",
           "cohort": "Cohort", "email": "E-mail", "ready": "Ready", "attendance": "Attendance",
           "hours": "Placement hours", "missing": "What is missing", "yes": "yes", "no": "no", "left": "Left",
           "due": "Due since"},
}


# argparse's own words (usage, errors) in Dutch: the standard library ships no translation.
ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "expected one argument": "verwacht één waarde",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "show this help message and exit": "toon deze hulp en stop",
    "positional arguments": "argumenten",
    "options": "opties",
}


# --- demo, db, audit, privacy ------------------------------------------------------------------------

DB_HELP = {
    "nl": {
        "demo": "vul een lege database met een demo-opleiding, of verwijder de demo (--remove)",
        "remove": "verwijder de demo: alleen wat de demo maakte en alles over de verzonnen cursisten",
        "keep_used": "laat de delen van de demo staan die uw eigen gegevens gebruiken (anders weigert --remove)",
        "yes": "bevestig (er wordt eerst een reservekopie gemaakt, zodat het terug kan)",
        "db": "database bijwerken, controleren, reservekopieën maken, tonen en terugzetten",
        "upgrade": "databaseschema bijwerken naar de nieuwste versie",
        "check": "het bestand en het schema controleren (volledige integriteitscontrole)",
        "backup": "gecontroleerde reservekopie maken (in de map voor reservekopieën, of met --to)",
        "to": "bestandsnaam van de reservekopie (standaard: de map voor reservekopieën)",
        "backups": "reservekopieën van deze database tonen, nieuwste eerst",
        "restore": "een reservekopie terugzetten (wat er nu staat, wordt eerst bewaard)",
        "copy": "alle gegevens kopiëren naar een lege database, bijvoorbeeld van dit bestand naar een gedeelde "
                "PostgreSQL-server (of terug), in één keer en gecontroleerd",
        "copy_to": "de lege database: een adres als postgresql://gebruiker@host/naam, of een nieuw bestand",
        "archive_export": "de hele database als één JSON-archief (met uitleg van de velden in docs/archive.md)",
        "archive_import": "een JSON-archief inlezen in een lege database",
        "encrypt": "de database en haar reservekopieën versleutelen (SQLCipher), of een ander wachtwoord geven",
        "decrypt": "de versleuteling van de database en haar reservekopieën uitzetten",
        "new_passphrase_file": "bestand met het nieuwe wachtwoord (eerste regel); anders twee keer gevraagd in de "
                               "terminal. Het wachtwoord wordt nergens bewaard: vergeten is alles kwijt",
        "file": "de reservekopie (zie 'edtrainer db backups')",
        "json": "uitvoer als JSON",
        "audit": "de auditlog: wie wat wanneer deed met persoonsgegevens",
        "roles": "PostgreSQL: maak de rollen edtrainer_coordinator en edtrainer_trainer met rechten en beveiliging "
                 "per rij; met --grant krijgt een aanmelding een rol",
        "grant": "aanmelding (login) die een rol krijgt",
        "as_role": "rol: coordinator of trainer",
        "staff": "de medewerker die bij deze aanmelding hoort (naam of nummer): een trainer ziet zijn eigen groepen",
        "privacy": "de privacyverklaring voor cursisten (Markdown), met de naam van de organisatie en de "
                   "bewaartermijn ingevuld",
        "audit_verify": "controleer of de auditlog ongeschonden is (de hashketen en de beveiliging)",
        "audit_list": "regels van de auditlog tonen, nieuwste eerst",
        "audit_trainee": "alleen wat over deze cursist gaat (nummer)",
        "audit_limit": "hoogstens zoveel regels (standaard 50)",
    },
    "en": {
        "demo": "fill an empty database with a demo programme, or remove the demo (--remove)",
        "remove": "remove the demo: only what the demo made and everything about its invented trainees",
        "keep_used": "keep the parts of the demo your own data use (without it --remove refuses)",
        "yes": "confirm (a backup is made first, so it can be undone)",
        "db": "upgrade, check, back up, list backups and restore the database",
        "upgrade": "upgrade the database schema to the newest version",
        "check": "check the file and the schema (full integrity check)",
        "backup": "make a verified backup (in the backup folder, or with --to)",
        "to": "file name of the backup (default: the backup folder)",
        "backups": "list the backups of this database, newest first",
        "restore": "restore a backup (what is there now is kept first)",
        "copy": "copy all data into an empty database, for example from this file to a shared PostgreSQL "
                "server (or back), in one go and checked",
        "copy_to": "the empty database: a URL like postgresql://user@host/name, or a new file",
        "archive_export": "the whole database as one JSON archive (its fields explained in docs/archive.md)",
        "archive_import": "read a JSON archive into an empty database",
        "encrypt": "encrypt the database and its backups (SQLCipher), or give it another passphrase",
        "decrypt": "turn off the encryption of the database and its backups",
        "new_passphrase_file": "file holding the new passphrase (first line); else asked twice in the terminal. "
                               "The passphrase is stored nowhere: forgotten means everything lost",
        "file": "the backup (see 'edtrainer db backups')",
        "json": "output as JSON",
        "audit": "the audit log: who did what with personal data, and when",
        "roles": "PostgreSQL: make the roles edtrainer_coordinator and edtrainer_trainer with grants and row-level "
                 "security; with --grant a login gets a role",
        "grant": "login that gets a role",
        "as_role": "role: coordinator or trainer",
        "staff": "the staff member this login is (name or number): a trainer sees their own cohorts",
        "privacy": "the privacy statement for trainees (Markdown), with the organisation's name and the retention "
                   "period filled in",
        "audit_verify": "check that the audit log is untouched (the hash chain and its protection)",
        "audit_list": "show rows of the audit log, newest first",
        "audit_trainee": "only what concerns this trainee (number)",
        "audit_limit": "at most this many rows (default 50)",
    },
}

DB_HEADERS = {
    "nl": {"created": "Gemaakt", "reason": "Waarom", "size": "Grootte", "verified": "Gecontroleerd",
           "contents": "Cursisten/groepen/bijeenkomsten", "file": "Bestand", "yes": "ja", "no": "nee"},
    "en": {"created": "Made", "reason": "Why", "size": "Size", "verified": "Verified",
           "contents": "Trainees/cohorts/sessions", "file": "File", "yes": "yes", "no": "no"},
}

# Why a backup was made, as the backup list says it.
REASON_WORDS = {
    "nl": {"auto": "automatisch", "close": "bij afsluiten", "manual": "met de hand", "before-upgrade": "vóór bijwerken",
           "before-restore": "vóór terugzetten", "before-demo-removal": "vóór verwijderen demo",
           "before-erasure": "vóór AVG-verwijdering", "before-import": "vóór importeren",
           "before-exchange": "vóór een registerbestand"},
    "en": {"auto": "automatic", "close": "on closing", "manual": "by hand", "before-upgrade": "before upgrade",
           "before-restore": "before restore", "before-demo-removal": "before removing the demo",
           "before-erasure": "before GDPR erasure", "before-import": "before import",
           "before-exchange": "before a register file"},
}

AUDIT_HEADERS = {"nl": ("Nr", "Wanneer", "Wie", "Wat", "Waarover", "Velden"),
                 "en": ("No", "When", "Who", "What", "About", "Fields")}


# --- keys, issuer, certificates, register, verify, report -------------------------------------------

DOCUMENTS_HELP = {
    "nl": {
        "keys": "ondertekeningssleutel van de organisatie", "keys_create": "nieuwe sleutel maken (EC P-256)",
        "keys_import": "sleutel importeren uit een PKCS#12-bestand (.p12/.pfx)", "keys_list": "sleutels tonen",
        "keys_cert": "het openbare certificaat opslaan (voor organisaties die certificaten controleren)",
        "keys_backup": "reservekopie van de sleutel als met wachtwoord beveiligd PKCS#12-bestand",
        "organisation": "naam van de organisatie", "replace": "vervang de actieve sleutel (de oude blijft "
                                                              "eerdere certificaten bevestigen)",
        "p12": "PKCS#12-bestand", "passphrase_file": "bestand met het wachtwoord van de sleutel (eerste regel); "
                                                     "anders EDTRAINER_KEY_PASSPHRASE of een vraag",
        "p12_password_file": "bestand met het wachtwoord van het PKCS#12-bestand (eerste regel); anders "
                             "EDTRAINER_P12_PASSWORD of een vraag",
        "issuer": "uitgever van certificaten: organisatie, plaats, ondertekenaars, nummerpatroon",
        "issuer_show": "uitgever tonen", "issuer_set": "uitgever instellen of wijzigen",
        "place": "plaats op certificaten", "pattern": "nummerpatroon, bijvoorbeeld '{code}-{year}-{seq:04}'",
        "logo": "logo (PNG of JPEG)", "no_logo": "logo verwijderen",
        "signatory": "ondertekenaar als 'Naam|Rol' of 'Naam|Rol|handtekening.png' (herhaalbaar, hoogstens 3; "
                     "vervangt de huidige)",
        "certificates": "certificaten uitreiken, herdrukken, intrekken, corrigeren; het register",
        "issue": "certificaten uitreiken aan een groep (alleen wie aan de eisen voldoet)",
        "kind": "soort: programme (certificaat), module (modulecertificaat) of participation (bewijs van deelname)",
        "module": "modulecode (bij --kind module)", "trainee": "alleen deze cursist (nummer)",
        "override": "reden om toch uit te reiken aan wie niet aan de eisen voldoet (alleen met --trainee)",
        "out_dir": "map waarin de PDF-bestanden komen", "doc_lang": "taal van het document (nl of en)",
        "reprint": "het uitgereikte PDF-bestand opnieuw opslaan (byte voor byte gelijk)",
        "number": "certificaatnummer", "out": "uitvoerbestand", "revoke": "certificaat intrekken",
        "reason": "reden", "reissue": "gecorrigeerd certificaat uitreiken dat het oude vervangt",
        "register": "het certificaatregister tonen of exporteren", "csv": "als CSV opslaan",
        "pdf": "als ondertekende PDF opslaan", "json": "uitvoer als JSON", "cohort": "groep (naam of nummer)",
        "verify": "controleer of een PDF van edtrainer echt en onveranderd is, en geldig volgens het register",
        "file": "PDF-bestand", "trust": "certificaat (PEM) van de organisatie: controleer zonder database",
        "code": "controlecode (van het papier of uit de QR-code) in plaats van een bestand",
        "page": "de gepubliceerde controlepagina (index.html of haar map): een code controleren zonder database, "
                "met --trust",
        "name": "de naam op het papier: vergelijk hem met de naam op het certificaat (met --page)",
        "verify_url": "adres van de gepubliceerde controlepagina (https); de QR-code opent het met de code. Leeg: "
                      "geen adres",
        "register_cmd": "het openbare register: de controlepagina maken",
        "funder": "de verantwoording voor de financier (gemeente): aantallen per groep over een periode, zonder "
                  "namen; kleine aantallen als '< 5'",
        "from": "eerste dag van de periode (JJJJ-MM-DD)", "to_date": "laatste dag van de periode (JJJJ-MM-DD)",
        "programme": "alleen deze opleiding (naam of code)",
        "address": "adres van de organisatie (straat en nummer; de plaats is --place), voor stageverslagen",
        "badge": "het certificaat als digitale badge (Open Badges 3.0, ondertekend als VC-JWT) voor de wallet van de "
                 "afgestudeerde",
        "public": "met --pdf: het register voor organisaties, zonder namen en zonder redenen (zonder --public: "
                  "vertrouwelijk, voor intern gebruik)",
        "publish": "de controlepagina schrijven: één bestand index.html met de status van elk certificaat, "
                   "ondertekend, zonder namen en zonder redenen; werkt zonder internet",
        "out_page": "map voor index.html (wordt gemaakt als de map erboven bestaat)",
        "report": "rapporten als PDF: stageverslag, presentielijst, voortgang",
        "placement": "stageverslag", "placement_id": "nummer van de stage",
        "trainee_id": "nummer van de cursist (zie 'trainees list')",
        "org_copy": "exemplaar voor de organisatie: zonder opmerkingen en contactgegevens van de cursist",
        "sign_in": "presentielijst van een bijeenkomst", "session_id": "nummer van de bijeenkomst",
        "date": "datum van de bijeenkomst (JJJJ-MM-DD)",
        "progress": "voortgangsrapportage van een groep, of voortgangsoverzicht van één cursist",
        "today": "rekendatum (JJJJ-MM-DD), standaard vandaag",
    },
    "en": {
        "keys": "the organisation's signing key", "keys_create": "create a new key (EC P-256)",
        "keys_import": "import a key from a PKCS#12 file (.p12/.pfx)", "keys_list": "list keys",
        "keys_cert": "save the public certificate (for organisations that check certificates)",
        "keys_backup": "back up the key as a password-protected PKCS#12 file",
        "organisation": "name of the organisation", "replace": "replace the active key (the old one keeps "
                                                              "confirming earlier certificates)",
        "p12": "PKCS#12 file", "passphrase_file": "file holding the key's passphrase (first line); else "
                                                  "EDTRAINER_KEY_PASSPHRASE or a prompt",
        "p12_password_file": "file holding the PKCS#12 file's password (first line); else EDTRAINER_P12_PASSWORD "
                             "or a prompt",
        "issuer": "issuer of certificates: organisation, place, signatories, number pattern",
        "issuer_show": "show the issuer", "issuer_set": "set or change the issuer",
        "place": "place printed on certificates", "pattern": "number pattern, for example '{code}-{year}-{seq:04}'",
        "logo": "logo (PNG or JPEG)", "no_logo": "remove the logo",
        "signatory": "signatory as 'Name|Role' or 'Name|Role|signature.png' (repeatable, at most 3; replaces the "
                     "current ones)",
        "certificates": "issue, reprint, revoke, correct certificates; the register",
        "issue": "issue certificates to a cohort (only to those who meet the requirements)",
        "kind": "kind: programme, module or participation (statement of participation)",
        "module": "module code (with --kind module)", "trainee": "only this trainee (number)",
        "override": "reason to issue anyway to someone who does not meet the requirements (only with --trainee)",
        "out_dir": "folder for the PDF files", "doc_lang": "language of the document (nl or en)",
        "reprint": "save the issued PDF again (byte for byte the same)",
        "number": "certificate number", "out": "output file", "revoke": "revoke a certificate",
        "reason": "reason", "reissue": "issue a corrected certificate that replaces the old one",
        "register": "show or export the certificate register", "csv": "save as CSV",
        "pdf": "save as signed PDF", "json": "output as JSON", "cohort": "cohort (name or number)",
        "verify": "check that an edtrainer PDF is genuine and unaltered, and valid according to the register",
        "file": "PDF file", "trust": "the organisation's certificate (PEM): check without a database",
        "code": "verification code (from the paper or the QR code) instead of a file",
        "page": "the published verification page (index.html or its folder): check a code without the database, "
                "with --trust",
        "name": "the name on the paper: compare it with the name on the certificate (with --page)",
        "verify_url": "address of the published verification page (https); the QR code opens it with the code. "
                      "Empty: no address",
        "register_cmd": "the public register: make the verification page",
        "funder": "the report for the funder (municipality): numbers per cohort over a period, no names; small "
                  "numbers as '< 5'",
        "from": "first day of the period (YYYY-MM-DD)", "to_date": "last day of the period (YYYY-MM-DD)",
        "programme": "only this programme (name or code)",
        "address": "the organisation's address (street and number; the place is --place), for placement reports",
        "badge": "the certificate as a digital badge (Open Badges 3.0, signed as a VC-JWT) for the graduate's "
                 "wallet",
        "public": "with --pdf: the register for organisations, without names and without reasons (without "
                  "--public: confidential, for internal use)",
        "publish": "write the verification page: one file index.html with the status of every certificate, "
                   "signed, without names and without reasons; works without the internet",
        "out_page": "folder for index.html (made when the folder above it exists)",
        "report": "reports as PDF: placement report, sign-in sheet, progress",
        "placement": "placement report", "placement_id": "number of the placement",
        "trainee_id": "number of the trainee (see 'trainees list')",
        "org_copy": "copy for the organisation: without remarks and the trainee's contact data",
        "sign_in": "sign-in sheet of a session", "session_id": "number of the session",
        "date": "date of the session (YYYY-MM-DD)",
        "progress": "progress report of a cohort, or progress statement of one trainee",
        "today": "date to compute for (YYYY-MM-DD), default today",
    },
}

DOCUMENTS_HEADERS = {
    "nl": {"number": "Nummer", "kind": "Soort", "name": "Naam", "cohort": "Groep", "issued": "Uitgereikt",
           "status": "Status", "note": "Toelichting", "id": "Nr", "fingerprint": "Vingerafdruk",
           "subject": "Houder", "created": "Gemaakt", "active": "Actief", "yes": "ja", "no": "nee",
           "organisation": "Organisatie", "place": "Plaats", "pattern": "Nummerpatroon",
           "signatories": "Ondertekenaars",
           "logo": "Logo", "none": "(geen)", "verify_url": "Controlepagina"},
    "en": {"number": "Number", "kind": "Kind", "name": "Name", "cohort": "Cohort", "issued": "Issued",
           "status": "Status", "note": "Note", "id": "No", "fingerprint": "Fingerprint", "subject": "Holder",
           "created": "Created", "active": "Active", "yes": "yes", "no": "no", "organisation": "Organisation",
           "place": "Place", "pattern": "Number pattern", "signatories": "Signatories", "logo": "Logo",
           "none": "(none)", "verify_url": "Verification page"},
}


# --- exchange -----------------------------------------------------------------------------------------

EXCHANGE_HELP = {
    "nl": {"exchange": "registerbestanden voor trainers zonder gedeelde database (.edtx)",
           "pack": "maak een registerbestand voor een trainer: bijeenkomsten en namen, geen contactgegevens",
           "show": "laat zien wat in een registerbestand staat",
           "open": "open een registerbestand in een venster en vul de presentie in met het toetsenbord (geen "
                   "database nodig)",
           "record": "presentie vastleggen in een registerbestand (zoals de trainer dat in de app doet)",
           "apply": "een ingevuld registerbestand verwerken: eerst laten zien, met --yes opslaan",
           "cohort": "groep (naam of nummer)", "from": "eerste datum (standaard: een week geleden)",
           "to": "laatste datum (standaard: acht weken vooruit)",
           "trainer": "alleen de bijeenkomsten van deze trainer (naam)", "out": "het registerbestand (.edtx)",
           "file": "het registerbestand (.edtx)", "session": "de bijeenkomst: datum (3-12-2026), met tijd als er "
           "meer op één dag zijn (\"3-12-2026 13:30\"), of nummer",
           "mark": "NAAM=LETTER, met A aanwezig, L te laat, E afgemeld, X afwezig, 0 wissen (meer keren)",
           "yes": "verwerk het zonder te vragen",
           "conflicts": "waar edtrainer en het bestand verschillen: keep (houd edtrainer, standaard) of take (volg "
                        "het bestand)",
           "json": "uitvoer als JSON"},
    "en": {"exchange": "register files for trainers without a shared database (.edtx)",
           "pack": "make a register file for a trainer: sessions and names, no contact details",
           "show": "show what a register file holds",
           "open": "open a register file in a window and record attendance with the keyboard (no database "
                   "needed)",
           "record": "record attendance in a register file (as the trainer does in the app)",
           "apply": "apply a filled-in register file: shown first, stored with --yes",
           "cohort": "cohort (name or number)", "from": "first date (default: a week ago)",
           "to": "last date (default: eight weeks ahead)", "trainer": "only this trainer's sessions (name)",
           "out": "the register file (.edtx)", "file": "the register file (.edtx)",
           "session": "the session: date (2026-12-03), with the time when a day has more (\"2026-12-03 13:30\"), "
                      "or number",
           "mark": "NAME=LETTER, with A present, L late, E excused, X absent, 0 clear (repeatable)",
           "yes": "apply it without asking",
           "conflicts": "where edtrainer and the file differ: keep (edtrainer's, the default) or take (the file's)",
           "json": "output as JSON"},
}


# --- import -------------------------------------------------------------------------------------------

IMPORT_HELP = {
    "nl": {"import": "gegevens inlezen uit een spreadsheet (.xlsx of .csv)",
           "trainees": "cursisten inlezen: alles of niets, met een reservekopie vooraf",
           "file": "het bestand (.xlsx, of .csv in UTF-8 of Windows-1252, met ; of ,)",
           "cohort": "schrijf de cursisten in bij deze groep (naam of nummer)",
           "dry_run": "alleen laten zien wat er zou gebeuren; niets opslaan",
           "duplicates": "wat al in edtrainer staat: update (aanvullen wat edtrainer nog niet weet) of skip "
                         "(overslaan); zonder deze optie stopt het inlezen en noemt de rijen",
           "map": "welke kolom welk gegeven is, als edtrainer de kolomnaam niet kent: 'Naam kolom=veld' (veld: "
                  "{fields})",
           "organisations": "organisaties met hun contactpersonen inlezen (een rij per contactpersoon): alles of "
                            "niets, met een reservekopie vooraf",
           "sessions": "de bijeenkomsten van een groep inlezen (datum, tijd, module, locatie, trainers): alles of "
                       "niets, met een reservekopie vooraf",
           "cohort_sessions": "de groep (naam of nummer)",
           "skip_rows": "sla deze rijen bewust over (rijnummers zoals de spreadsheet ze toont, bijvoorbeeld 3,7); de "
                        "rest wordt ingelezen"},
    "en": {"import": "read data from a spreadsheet (.xlsx or .csv)",
           "trainees": "read trainees: all or nothing, with a backup first",
           "file": "the file (.xlsx, or .csv in UTF-8 or Windows-1252, with ; or ,)",
           "cohort": "enrol the trainees in this cohort (name or number)",
           "dry_run": "only show what would happen; store nothing",
           "duplicates": "who is already in edtrainer: update (fill in) or skip; without this option the import "
                         "stops and names the rows",
           "map": "which column holds which field, when edtrainer does not know the column name: 'Column name=field' "
                  "(field: {fields})",
           "organisations": "read organisations with their contact persons (a row per contact person): all or "
                            "nothing, with a backup first",
           "sessions": "read a cohort's sessions (date, time, module, location, trainers): all or nothing, with a "
                       "backup first",
           "cohort_sessions": "the cohort (name or number)",
           "skip_rows": "skip these rows on purpose (row numbers as the spreadsheet shows them, e.g. 3,7); the rest "
                        "is read"},
}


# --- sessions, attendance, placements, export ------------------------------------------------------

LISTS_HELP = {
    "nl": {"sessions": "bijeenkomsten", "sessions_list": "de bijeenkomsten van een groep, met hun nummer",
           "attendance": "aanwezigheid", "attendance_show": "wie er bij een bijeenkomst was",
           "placements": "stages", "placements_list": "de stages, met hun nummer",
           "export": "gegevens naar een bestand", "calendar": "de bijeenkomsten als agenda (.ics)",
           "cohort": "groep (naam of nummer)", "session": "nummer van de bijeenkomst (zie 'sessions list')",
           "trainer": "alleen de bijeenkomsten van deze trainer (naam)", "out": "uitvoerbestand",
           "json": "uitvoer als JSON", "out_list": "uitvoerbestand: .xlsx (Excel, met echte datums) of .csv",
           "export_trainees": "de cursisten (van een groep, of allemaal)",
           "export_sessions": "de bijeenkomsten van een groep", "export_placements": "de stages, met hun uren",
           "export_attendance": "de aanwezigheid van een groep: cursisten × bijeenkomsten, met ieders percentage",
           "export_readiness": "wie klaar is voor het certificaat, en wat anders ontbreekt",
           "export_register": "het certificaatregister (met namen en redenen: voor intern gebruik)"},
    "en": {"sessions": "sessions", "sessions_list": "a cohort's sessions, with their numbers",
           "attendance": "attendance", "attendance_show": "who was at a session",
           "placements": "placements", "placements_list": "the placements, with their numbers",
           "export": "data to a file", "calendar": "the sessions as a calendar (.ics)",
           "cohort": "cohort (name or number)", "session": "number of the session (see 'sessions list')",
           "trainer": "only this trainer's sessions (name)", "out": "output file", "json": "output as JSON",
           "out_list": "output file: .xlsx (Excel, with real dates) or .csv",
           "export_trainees": "the trainees (of a cohort, or all)", "export_sessions": "a cohort's sessions",
           "export_placements": "the placements, with their hours",
           "export_attendance": "a cohort's attendance: trainees × sessions, with each one's rate",
           "export_readiness": "who is ready for the certificate, and what is missing otherwise",
           "export_register": "the certificate register (with names and reasons: for internal use)"},
}

LISTS_HEADERS = {
    "nl": {"id": "Nr", "date": "Datum", "time": "Tijd", "module": "Module", "status": "Status",
           "recorded": "Geregistreerd", "name": "Naam", "trainee": "Cursist", "organisation": "Organisatie",
           "period": "Periode", "cohort": "Groep", "hours": "Uren", "planned": "gepland", "held": "gehouden",
           "cancelled": "geannuleerd", "none": "—"},
    "en": {"id": "No", "date": "Date", "time": "Time", "module": "Module", "status": "Status",
           "recorded": "Recorded", "name": "Name", "trainee": "Trainee", "organisation": "Organisation",
           "period": "Period", "cohort": "Cohort", "hours": "Hours", "planned": "planned", "held": "held",
           "cancelled": "cancelled", "none": "—"},
}
