<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="32"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="32"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="33"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="33"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="34"/>
        <source>this program</source>
        <translation>dit programma</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="35"/>
        <source>library</source>
        <translation>bibliotheek</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="36"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="37"/>
        <source>font</source>
        <translation>lettertype</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="43"/>
        <location filename="../../edtrainer/gui/about_dialog.py" line="79"/>
        <source>not open</source>
        <translation>niet geopend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="45"/>
        <source>PostgreSQL server (shared)</source>
        <translation>PostgreSQL-server (gedeeld)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="49"/>
        <source>SQLite file on this computer, encrypted</source>
        <translation>SQLite-bestand op deze computer, versleuteld</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="50"/>
        <source>SQLite file on this computer</source>
        <translation>SQLite-bestand op deze computer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="57"/>
        <source>About edtrainer</source>
        <translation>Over edtrainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="73"/>
        <source>For the people who run programmes that train people with lived experience of poverty to become experience experts.</source>
        <translation>Voor wie opleidingen geeft die mensen met ervaring in armoede opleiden tot ervaringsdeskundige.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="82"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="83"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="84"/>
        <source>Schema version:</source>
        <translation>Versie van de opbouw (schema):</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="87"/>
        <source>edtrainer is free software under the European Union Public Licence (EUPL-1.2). It is built from these programs, each under its own licence:</source>
        <translation>edtrainer is vrije software onder de Europese open-sourcelicentie EUPL-1.2. Het is gemaakt met deze programma&apos;s, elk met een eigen licentie:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="96"/>
        <source>Licences of edtrainer and of what it is built from</source>
        <translation>Licenties van edtrainer en van waarmee het gemaakt is</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/about_dialog.py" line="136"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../edtrainer/gui/tasks.py" line="200"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/context.py" line="399"/>
        <source>Something went wrong that edtrainer did not expect. Nothing was saved of the action that failed. The details below help the people who maintain edtrainer.</source>
        <translation>Er ging iets mis dat edtrainer niet verwachtte. Van de mislukte handeling is niets opgeslagen. De details hieronder helpen de mensen die edtrainer onderhouden.</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="106"/>
        <source>Apply a register file</source>
        <translation>Een registerbestand verwerken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="108"/>
        <source>Register file of %1, made on %2. Nothing is stored until you choose Apply; then everything at once, after a backup.</source>
        <translation>Registerbestand van %1, gemaakt op %2. Er wordt niets opgeslagen tot u Verwerken kiest; dan alles in één keer, na een reservekopie.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="118"/>
        <source>&amp;Changes (%1):</source>
        <translation>&amp;Wijzigingen (%1):</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="121"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="122"/>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="137"/>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="124"/>
        <source>(replaces an apology in advance)</source>
        <translation>(vervangt een afmelding vooraf)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="132"/>
        <source>&amp;Recorded differently in edtrainer meanwhile: choose per trainee</source>
        <translation>&amp;Intussen anders geregistreerd in edtrainer: kies per cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="136"/>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="138"/>
        <source>In edtrainer</source>
        <translation>In edtrainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="138"/>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="137"/>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="122"/>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="137"/>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="122"/>
        <source>Now → from the file</source>
        <translation>Nu → uit het bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="144"/>
        <source>edtrainer&apos;s: %1</source>
        <translation>van edtrainer: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="145"/>
        <source>the file&apos;s: %1</source>
        <translation>uit het bestand: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="146"/>
        <source>Keep for %1</source>
        <translation>Houden voor %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="155"/>
        <source>Not applied:</source>
        <translation>Niet verwerkt:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="163"/>
        <source>&amp;Apply</source>
        <translation>&amp;Verwerken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="164"/>
        <source>Store these changes and your choices, after a backup</source>
        <translation>Sla deze wijzigingen en uw keuzes op, na een reservekopie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="167"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="187"/>
        <source>Making a backup and applying…</source>
        <translation>Reservekopie maken en verwerken…</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="44"/>
        <source>0 or Delete: clear</source>
        <translation>0 of Delete: wissen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="45"/>
        <source>Keys:</source>
        <translation>Toetsen:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="53"/>
        <source>%1 minutes present</source>
        <translation>%1 minuten aanwezig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="56"/>
        <source>Apology in advance: %1</source>
        <translation>Afmelding vooraf: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="59"/>
        <source>Remark: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="103"/>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="104"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="104"/>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="105"/>
        <source>Apology in advance</source>
        <translation>Afmelding vooraf</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="169"/>
        <source>not recorded %1</source>
        <translation>niet geregistreerd %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="237"/>
        <source>Present per session</source>
        <translation>Aanwezig per bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="250"/>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="260"/>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="309"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="261"/>
        <source>%1 present or late, %2 excused, %3 absent, %4 not recorded</source>
        <translation>%1 aanwezig of te laat, %2 afgemeld, %3 afwezig, %4 niet geregistreerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="311"/>
        <source>not expected</source>
        <translation>niet verwacht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="356"/>
        <source>meets the threshold</source>
        <translation>haalt de norm</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="357"/>
        <source>below the threshold</source>
        <translation>onder de norm</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance.py" line="367"/>
        <source>%1 of %2 expected trainees came</source>
        <translation>%1 van de %2 verwachte cursisten kwamen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance_view.py" line="134"/>
        <source>cleared</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance_view.py" line="136"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/attendance_view.py" line="139"/>
        <source>%1 trainees: %2</source>
        <translation>%1 cursisten: %2</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="35"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="35"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="36"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="36"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="37"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="37"/>
        <source>Fields or details</source>
        <translation>Velden of toelichting</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="47"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="49"/>
        <source>Who created, changed, viewed, printed, exported or erased personal data, and when. The values themselves are never in the log, only which fields changed.</source>
        <translation>Wie persoonsgegevens vastlegde, wijzigde, bekeek, afdrukte, exporteerde of wiste, en wanneer. De waarden zelf staan nooit in de log, alleen welke velden veranderden.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="54"/>
        <source>Only about %1</source>
        <translation>Alleen over %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="57"/>
        <source>Only about this person</source>
        <translation>Alleen over deze persoon</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="59"/>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="61"/>
        <source>Who did it</source>
        <translation>Wie het deed</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="62"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="63"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="65"/>
        <source>What was done</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="66"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="71"/>
        <source>W&amp;hat:</source>
        <translation>W&amp;at:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="78"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="78"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="83"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="86"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="92"/>
        <source>Audit log, newest first</source>
        <translation>Auditlog, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="150"/>
        <source>%1 entries</source>
        <translation>%1 regels</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/audit_dialog.py" line="152"/>
        <source>(the newest %1; narrow the filter to see older ones)</source>
        <translation>(de nieuwste %1; maak het filter smaller om oudere te zien)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="35"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="36"/>
        <source>on closing</source>
        <translation>bij afsluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="37"/>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="38"/>
        <source>before an upgrade</source>
        <translation>vóór een bijwerking</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="39"/>
        <source>before a restore</source>
        <translation>vóór terugzetten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="40"/>
        <source>before removing the demo</source>
        <translation>vóór verwijderen van de demo</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="41"/>
        <source>before an erasure</source>
        <translation>vóór een AVG-verwijdering</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="42"/>
        <source>before an import</source>
        <translation>vóór importeren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="43"/>
        <source>before a trainer&apos;s register file</source>
        <translation>vóór een registerbestand van een trainer</translation>
    </message>
</context>
<context>
    <name>BatchResultDialog</name>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="270"/>
        <source>Certificates issued</source>
        <translation>Certificaten uitgereikt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="272"/>
        <source>%1 issued, %2 not issued.</source>
        <translation>%1 uitgereikt, %2 niet uitgereikt.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="275"/>
        <source>Stopped on request; the certificates already issued stay.</source>
        <translation>Op verzoek gestopt; de al uitgereikte certificaten blijven.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="280"/>
        <source>Issued</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="283"/>
        <source>Issued:</source>
        <translation>Uitgereikt:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="286"/>
        <source>Not issued</source>
        <translation>Niet uitgereikt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="290"/>
        <source>Not issued, and why:</source>
        <translation>Niet uitgereikt, en waarom:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="293"/>
        <source>&amp;Save all in a folder…</source>
        <translation>Alles &amp;opslaan in een map…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="296"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="302"/>
        <source>Folder for the certificates</source>
        <translation>Map voor de certificaten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="305"/>
        <source>%1 files written to %2.</source>
        <translation>%1 bestanden opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="35"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="36"/>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="37"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="38"/>
        <source>Issued on</source>
        <translation>Uitgereikt op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="40"/>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="134"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="42"/>
        <source>Search the register by number or name</source>
        <translation>Zoek in het register op nummer of naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="45"/>
        <source>Certificate register</source>
        <translation>Certificaatregister</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="48"/>
        <source>&amp;Preview, print, save…</source>
        <translation>Be&amp;kijken, afdrukken, opslaan…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="49"/>
        <source>The certificate exactly as it was issued</source>
        <translation>Het certificaat precies zoals het is uitgereikt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="50"/>
        <source>Rev&amp;oke…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="51"/>
        <source>Correc&amp;t (issue again)…</source>
        <translation>&amp;Corrigeren (opnieuw uitreiken)…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="52"/>
        <source>A new version replaces this one; both stay in the register</source>
        <translation>Een nieuwe versie vervangt deze; beide blijven in het register</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="53"/>
        <source>E&amp;xport the register…</source>
        <translation>Register e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="54"/>
        <source>As a signed PDF and a CSV file, confidential: for your own organisation</source>
        <translation>Als ondertekende PDF en als CSV-bestand, vertrouwelijk: voor uw eigen organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="56"/>
        <source>&amp;Digital badge…</source>
        <translation>Digitale &amp;badge…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="57"/>
        <source>The certificate as an Open Badge for the graduate&apos;s wallet (edubadges, eduWallet)</source>
        <translation>Het certificaat als Open Badge voor de wallet van de afgestudeerde (edubadges, eduWallet)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="59"/>
        <source>Register &amp;for organisations…</source>
        <translation>Register voor or&amp;ganisaties…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="61"/>
        <source>A signed PDF without names and without reasons</source>
        <translation>Een ondertekende PDF zonder namen en zonder redenen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="62"/>
        <source>Publish the &amp;verification page…</source>
        <translation>C&amp;ontrolepagina publiceren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="64"/>
        <source>One web page, to put online or on a USB stick, where anyone checks a certificate&apos;s code; it names nobody</source>
        <translation>Eén webpagina, om online te zetten of op een USB-stick, waar iedereen de code van een certificaat controleert; ze noemt niemand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="84"/>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="85"/>
        <source>replaced</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="108"/>
        <source>Revoke %1</source>
        <translation>%1 intrekken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="109"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="110"/>
        <source>Kept in your own register; the verification page says only that it was revoked, and when</source>
        <translation>Blijft in uw eigen register; de controlepagina zegt alleen dat het is ingetrokken, en wanneer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="112"/>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="113"/>
        <source>Anyone who checks this certificate will be told it was revoked. This cannot be undone.</source>
        <translation>Wie dit certificaat controleert, hoort dat het is ingetrokken. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="132"/>
        <source>Correct %1</source>
        <translation>%1 corrigeren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="133"/>
        <source>What was wrong</source>
        <translation>Wat er niet klopte</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="135"/>
        <source>Issue the correction</source>
        <translation>Correctie uitreiken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="136"/>
        <source>Correct the data first (for example the name on the Trainees page). The new version gets a new number and replaces %1, which stays in the register.</source>
        <translation>Verbeter eerst de gegevens (bijvoorbeeld de naam op de pagina Cursisten). De nieuwe versie krijgt een nieuw nummer en vervangt %1, dat in het register blijft.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="152"/>
        <source>Digital badge of %1</source>
        <translation>Digitale badge van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="154"/>
        <source>Open Badges (*.jwt)</source>
        <translation>Open Badges (*.jwt)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="166"/>
        <source>Digital badge written: %1</source>
        <translation>Digitale badge opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="167"/>
        <source>Making the digital badge…</source>
        <translation>Digitale badge maken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="179"/>
        <source>Register for organisations</source>
        <translation>Register voor organisaties</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="180"/>
        <source>Export the register</source>
        <translation>Register exporteren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="181"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="198"/>
        <source>Register written: %1</source>
        <translation>Register opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certificate_register.py" line="199"/>
        <source>Exporting the register…</source>
        <translation>Register exporteren…</translation>
    </message>
</context>
<context>
    <name>CertificationPage</name>
    <message>
        <location filename="../../edtrainer/gui/widgets/results.py" line="18"/>
        <source>passed</source>
        <translation>behaald</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/results.py" line="19"/>
        <source>not passed</source>
        <translation>niet behaald</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/results.py" line="20"/>
        <source>no result yet</source>
        <translation>nog geen resultaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/results.py" line="60"/>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="50"/>
        <source>Certification</source>
        <translation>Certificering</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="66"/>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="67"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="67"/>
        <source>ready</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="68"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="69"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="70"/>
        <source>Placement hours</source>
        <translation>Stage-uren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="72"/>
        <source>What is still missing</source>
        <translation>Wat nog ontbreekt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="75"/>
        <source>Search trainees (Ctrl+F)</source>
        <translation>Zoek cursisten (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="78"/>
        <source>Readiness for the certificate</source>
        <translation>Klaar voor het certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="83"/>
        <source>What the chosen trainee still needs</source>
        <translation>Wat de gekozen cursist nog nodig heeft</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="91"/>
        <source>&amp;Issue certificates…</source>
        <translation>Certificaten &amp;uitreiken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="92"/>
        <source>To everyone in the cohort who is ready; signed and frozen</source>
        <translation>Aan iedereen in de groep die klaar is; ondertekend en vastgelegd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="93"/>
        <source>Issue &amp;anyway…</source>
        <translation>&amp;Toch uitreiken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="94"/>
        <source>For the chosen trainee, with the reason recorded</source>
        <translation>Aan de gekozen cursist, met de reden vastgelegd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="95"/>
        <source>Progress &amp;statement…</source>
        <translation>Voortgangso&amp;verzicht…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="96"/>
        <source>What the chosen trainee can take home</source>
        <translation>Wat de gekozen cursist mee naar huis kan nemen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="97"/>
        <source>Cohort progress re&amp;port…</source>
        <translation>Voortgangsra&amp;pportage groep…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="102"/>
        <source>&amp;Readiness</source>
        <translation>Ger&amp;eedheid</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="106"/>
        <source>Keys: P %1 · N %2 · 0 %3 · Enter: date, assessor and remark</source>
        <translation>Toetsen: P %1 · N %2 · 0 %3 · Enter: datum, beoordelaar en opmerking</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="115"/>
        <source>Module results</source>
        <translation>Moduleresultaten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="122"/>
        <source>&amp;Module results</source>
        <translation>&amp;Moduleresultaten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="336"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="342"/>
        <location filename="../../edtrainer/gui/pages/certification.py" line="412"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="357"/>
        <source>For the cohort %1. Who does not qualify is skipped, with the reason.</source>
        <translation>Voor de groep %1. Wie er niet voor in aanmerking komt, wordt overgeslagen, met de reden.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="358"/>
        <source>Next</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="125"/>
        <source>Certificate re&amp;gister</source>
        <translation>Certificaat&amp;register</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="98"/>
        <source>A PDF with every trainee&apos;s progress in this cohort</source>
        <translation>Een pdf met de voortgang van elke cursist in deze groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="143"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (en nog %2)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="151"/>
        <source>needs %1</source>
        <translation>nodig %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="164"/>
        <source>There is no cohort yet: make one on the Cohorts page.</source>
        <translation>Er is nog geen groep: maak er een op de pagina Groepen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="184"/>
        <source>%1 of %2 trainees are ready for the certificate.</source>
        <translation>%1 van de %2 cursisten zijn klaar voor het certificaat.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="193"/>
        <source>ready for the certificate</source>
        <translation>klaar voor het certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="194"/>
        <source>not ready yet</source>
        <translation>nog niet klaar</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="262"/>
        <source>Module result: %1</source>
        <translation>Moduleresultaat: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="281"/>
        <source>Module result of %1</source>
        <translation>Moduleresultaat van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="287"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="288"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="289"/>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="289"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="291"/>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="291"/>
        <source>About the work; no private details</source>
        <translation>Over het werk; geen privézaken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="317"/>
        <source>In which language?</source>
        <translation>In welke taal?</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="321"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="337"/>
        <source>Certificates, for everyone who is ready</source>
        <translation>Certificaten, voor iedereen die klaar is</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="338"/>
        <source>Module certificates, for everyone who passed the module</source>
        <translation>Modulecertificaten, voor iedereen die de module heeft behaald</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="339"/>
        <source>Statements of participation, for those who stopped</source>
        <translation>Bewijzen van deelname, voor wie gestopt is</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="340"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="340"/>
        <source>(only for module certificates)</source>
        <translation>(alleen bij modulecertificaten)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="356"/>
        <location filename="../../edtrainer/gui/pages/certification.py" line="364"/>
        <location filename="../../edtrainer/gui/pages/certification.py" line="369"/>
        <source>Issue certificates</source>
        <translation>Certificaten uitreiken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="365"/>
        <source>Nobody in this cohort gets this document now.</source>
        <translation>Niemand in deze groep krijgt dit document nu.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="370"/>
        <source>Issue %1 documents, signed and numbered, to: %2? An issued document never changes; a mistake is corrected by issuing a new version.</source>
        <translation>%1 documenten uitreiken, ondertekend en genummerd, aan: %2? Een uitgereikt document verandert nooit meer; een fout herstelt u door een nieuwe versie uit te reiken.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="372"/>
        <source>Issue %1</source>
        <translation>%1 uitreiken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="399"/>
        <source>Issuing and signing certificates…</source>
        <translation>Certificaten uitreiken en ondertekenen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="409"/>
        <source>Why the certificate is issued anyway</source>
        <translation>Waarom het certificaat toch wordt uitgereikt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="410"/>
        <source>Recorded with the certificate, e.g. &apos;Exemption for module ETH granted by the exam committee on 12-11-2026&apos;</source>
        <translation>Wordt bij het certificaat vastgelegd, bijv. &apos;Vrijstelling module ETH door de examencommissie op 12-11-2026&apos;</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="426"/>
        <source>Issue a certificate to %1 anyway</source>
        <translation>Toch een certificaat uitreiken aan %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="428"/>
        <source>%1 does not meet every requirement: %2</source>
        <translation>%1 voldoet niet aan alle eisen: %2</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="452"/>
        <source>Progress statement</source>
        <translation>Voortgangsoverzicht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="455"/>
        <source>Progress statement of %1</source>
        <translation>Voortgangsoverzicht van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/certification.py" line="466"/>
        <source>Progress report of %1</source>
        <translation>Voortgangsrapportage van %1</translation>
    </message>
</context>
<context>
    <name>CohortPicker</name>
    <message>
        <location filename="../../edtrainer/gui/pages/base.py" line="242"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/base.py" line="244"/>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/base.py" line="260"/>
        <source>All cohorts</source>
        <translation>Alle groepen</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="22"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="23"/>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="24"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="25"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="49"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="73"/>
        <source>Cohorts</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="53"/>
        <source>Search cohorts (Ctrl+F)</source>
        <translation>Zoek groepen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="60"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="92"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="177"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="61"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="174"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="62"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="179"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="63"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="64"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="65"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="93"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="66"/>
        <source>Trainees</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="67"/>
        <source>%1 active of %2 enrolled</source>
        <translation>%1 actief van %2 ingeschreven</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="69"/>
        <source>Sessions held</source>
        <translation>Bijeenkomsten gehouden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="76"/>
        <source>&amp;New cohort…</source>
        <translation>&amp;Nieuwe groep…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="77"/>
        <source>Start a new cohort of a programme</source>
        <translation>Een nieuwe groep van een opleiding beginnen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="79"/>
        <source>Change the chosen cohort&apos;s name, dates or place</source>
        <translation>Naam, data of plaats van de gekozen groep wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="80"/>
        <source>&amp;Trainers…</source>
        <translation>&amp;Trainers…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="81"/>
        <source>Choose who trains the chosen cohort</source>
        <translation>Kiezen wie de gekozen groep traint</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="87"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="101"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="140"/>
        <source>Trainees of the cohort</source>
        <translation>Cursisten van de groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="94"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="252"/>
        <source>Enrolled on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="95"/>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="96"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="253"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="274"/>
        <source>Buddy (maatje)</source>
        <translation>Maatje</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="78"/>
        <source>Chan&amp;ge…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="98"/>
        <source>Search the cohort&apos;s trainees</source>
        <translation>Zoek in de cursisten van de groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="105"/>
        <source>Enro&amp;l a trainee…</source>
        <translation>Cursist &amp;inschrijven…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="106"/>
        <source>Enrol a trainee in the chosen cohort</source>
        <translation>Een cursist inschrijven in de gekozen groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="107"/>
        <source>Choose a &amp;buddy…</source>
        <translation>&amp;Maatje kiezen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="108"/>
        <source>Choose a buddy for the chosen trainee</source>
        <translation>Een maatje kiezen voor de gekozen cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="143"/>
        <source>Trainees of %1</source>
        <translation>Cursisten van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="170"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="243"/>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="265"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="178"/>
        <source>For example: Veendam 2027</source>
        <translation>Bijvoorbeeld: Veendam 2027</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="180"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="181"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="183"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="194"/>
        <source>New cohort</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="209"/>
        <source>Change cohort %1</source>
        <translation>Groep %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="226"/>
        <source>Trainers of %1</source>
        <translation>Trainers van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="227"/>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="249"/>
        <source>Enrol a trainee in %1</source>
        <translation>Cursist inschrijven in %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="250"/>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="252"/>
        <source>Empty: the cohort&apos;s start or today</source>
        <translation>Leeg: de start van de groep of vandaag</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="254"/>
        <source>New people are added on the Trainees page first.</source>
        <translation>Nieuwe mensen voegt u eerst toe op de pagina Cursisten.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="263"/>
        <source>Choose a trainee in the lower list first.</source>
        <translation>Kies eerst een cursist in de onderste lijst.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/cohorts.py" line="273"/>
        <source>Buddy of %1</source>
        <translation>Maatje van %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="346"/>
        <source>Someone else changed this</source>
        <translation>Iemand anders heeft dit gewijzigd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="354"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="354"/>
        <source>Your value</source>
        <translation>Uw gegeven</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="354"/>
        <source>Their value</source>
        <translation>Hun gegeven</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="355"/>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="369"/>
        <source>The fields in this form were not changed; other details were.</source>
        <translation>De velden in dit formulier zijn niet gewijzigd; andere gegevens wel.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="370"/>
        <source>Nothing has been saved yet. What do you want to do?</source>
        <translation>Er is nog niets opgeslagen. Wat wilt u doen?</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="372"/>
        <source>Save my values</source>
        <translation>Mijn gegevens opslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="373"/>
        <source>Use their values</source>
        <translation>Hun gegevens gebruiken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="374"/>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../edtrainer/gui/app.py" line="65"/>
        <source>Text size %1 %</source>
        <translation>Tekstgrootte %1 %</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../edtrainer/gui/widgets/inputs.py" line="80"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Kies uit een kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/inputs.py" line="81"/>
        <source>Choose from a calendar</source>
        <translation>Kies uit een kalender</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/inputs.py" line="87"/>
        <location filename="../../edtrainer/gui/widgets/inputs.py" line="91"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/inputs.py" line="88"/>
        <source>Arrow keys choose a day, Page Up and Page Down a month, Enter takes it, Escape closes</source>
        <translation>Pijltjestoetsen kiezen een dag, Page Up en Page Down een maand, Enter neemt hem over, Escape sluit</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/inputs.py" line="109"/>
        <source>Calendar: %1</source>
        <translation>Kalender: %1</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../edtrainer/gui/first_start.py" line="33"/>
        <source>First start: edtrainer is making a demo to try it out with, a programme with two cohorts of invented trainees. You can remove it later on the Overview.</source>
        <translation>Eerste start: edtrainer maakt een demo om mee te oefenen. Dat is een opleiding met twee groepen verzonnen cursisten. U kunt de demo later verwijderen op het Overzicht.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_start.py" line="42"/>
        <location filename="../../edtrainer/gui/first_start.py" line="48"/>
        <source>Making the demo</source>
        <translation>De demo wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_start.py" line="50"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="44"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="45"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="147"/>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="126"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="128"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="129"/>
        <source>Printed as &apos;place, date&apos; under the text</source>
        <translation>Komt als &apos;plaats, datum&apos; onder de tekst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="130"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="131"/>
        <source>Street and number, for placement reports</source>
        <translation>Straat en huisnummer, voor stageverslagen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="134"/>
        <source>Verification page</source>
        <translation>Controlepagina</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="135"/>
        <source>The https address where you publish the verification page; the QR code on certificates then opens it. Empty: the QR code holds the code.</source>
        <translation>Het https-adres waar u de controlepagina publiceert; de QR-code op certificaten opent die dan. Leeg: de QR-code bevat de code.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="139"/>
        <source>Certificate numbers</source>
        <translation>Certificaatnummers</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="159"/>
        <source>The same role in English</source>
        <translation>Dezelfde rol in het Engels</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="252"/>
        <source>Organisation on certificates</source>
        <translation>Organisatie op certificaten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="148"/>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="149"/>
        <source>At least 10 characters. Needed to issue certificates; it is not stored anywhere.</source>
        <translation>Minstens 10 tekens. Nodig om certificaten uit te reiken; het wordt nergens bewaard.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="151"/>
        <source>Passphrase again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="163"/>
        <source>Create the signing key</source>
        <translation>Ondertekeningssleutel aanmaken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="165"/>
        <source>Certificates are signed with your organisation&apos;s key, so that anyone can check that they are genuine and unchanged. The key is kept in the database, locked with this passphrase. Write the passphrase down somewhere safe.</source>
        <translation>Certificaten worden ondertekend met de sleutel van uw organisatie, zodat iedereen kan controleren dat ze echt en ongewijzigd zijn. De sleutel staat in de database, afgesloten met dit wachtwoord. Schrijf het wachtwoord op en bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="187"/>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="187"/>
        <source>First tell edtrainer how your organisation appears on certificates.</source>
        <translation>Vertel edtrainer eerst hoe uw organisatie op certificaten staat.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="195"/>
        <source>Passphrase of the signing key</source>
        <translation>Wachtwoord van de ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="196"/>
        <source>Passphrase (asked once while edtrainer is open):</source>
        <translation>Wachtwoord (één keer gevraagd zolang edtrainer open is):</translation>
    </message>
</context>
<context>
    <name>EncryptionGroup</name>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="179"/>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="258"/>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="188"/>
        <source>Turn encryption &amp;off…</source>
        <translation>Versleuteling &amp;uitzetten…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="189"/>
        <source>Store the database without encryption again</source>
        <translation>De database weer zonder versleuteling bewaren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="205"/>
        <source>Only a database file on this computer can be encrypted; a shared server protects its own disk.</source>
        <translation>Alleen een databasebestand op deze computer kan worden versleuteld; een gedeelde server beschermt zijn eigen schijf.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="208"/>
        <source>Encryption is not possible on this computer (SQLCipher is missing).</source>
        <translation>Versleutelen kan op deze computer niet (SQLCipher ontbreekt).</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="210"/>
        <source>Encrypted: the database and its backups open only with the passphrase.</source>
        <translation>Versleuteld: de database en haar reservekopieën gaan alleen open met het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="212"/>
        <source>Not encrypted. Encrypt the database if this laptop could be lost or stolen and its disk is not encrypted.</source>
        <translation>Niet versleuteld. Versleutel de database als deze laptop kwijt kan raken of gestolen kan worden en de schijf niet versleuteld is.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="215"/>
        <source>&amp;Another passphrase…</source>
        <translation>&amp;Ander wachtwoord…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="215"/>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Versleutelen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="216"/>
        <source>Choose a new passphrase for the encrypted database</source>
        <translation>Een nieuw wachtwoord voor de versleutelde database kiezen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="217"/>
        <source>Encrypt the database and its backups with a passphrase</source>
        <translation>De database en haar reservekopieën met een wachtwoord versleutelen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="231"/>
        <source>Turn encryption off</source>
        <translation>Versleuteling uitzetten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="232"/>
        <source>Store the database and its backups unencrypted again? Anyone who gets hold of this laptop or a copy of the folder can then read them.</source>
        <translation>De database en haar reservekopieën weer onversleuteld opslaan? Wie deze laptop of een kopie van de map in handen krijgt, kan ze dan lezen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="233"/>
        <source>Turn &amp;off</source>
        <translation>&amp;Uitzetten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="240"/>
        <source>Encrypting the database and its backups…</source>
        <translation>De database en haar reservekopieën versleutelen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="241"/>
        <source>Turning encryption off…</source>
        <translation>Versleuteling uitzetten…</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="47"/>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="49"/>
        <source>Sessions from</source>
        <translation>Bijeenkomsten vanaf</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="51"/>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="52"/>
        <source>Only the sessions of</source>
        <translation>Alleen de bijeenkomsten van</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="53"/>
        <source>(every trainer)</source>
        <translation>(alle trainers)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="61"/>
        <source>Register file for a trainer</source>
        <translation>Registerbestand voor een trainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="64"/>
        <source>For a trainer without access to this database: the sessions of a period and the names of who is expected, nothing more (no contact details, remarks or reasons). The trainer records attendance in it and gives it back; you apply it with File → Apply a trainer&apos;s register file.</source>
        <translation>Voor een trainer die niet bij deze database kan: de bijeenkomsten van een periode en de namen van wie er verwacht wordt, verder niets (geen contactgegevens, opmerkingen of redenen). De trainer vult de presentie in en geeft het bestand terug; u verwerkt het met Bestand → Registerbestand van een trainer verwerken.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="68"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="73"/>
        <source>Save the register file</source>
        <translation>Het registerbestand opslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="75"/>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="197"/>
        <source>Register files (*.edtx)</source>
        <translation>Registerbestanden (*.edtx)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="88"/>
        <source>Register file made</source>
        <translation>Registerbestand gemaakt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="88"/>
        <source>%1

%2 sessions, %3 trainees. Give it to the trainer (on a USB stick or by mail); the trainer opens it with: edtrainer exchange open &quot;%4&quot;</source>
        <translation>%1

%2 bijeenkomsten, %3 cursisten. Geef het aan de trainer (op een USB-stick of per mail); de trainer opent het met: edtrainer exchange open &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="94"/>
        <source>Making the register file…</source>
        <translation>Het registerbestand maken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="196"/>
        <source>A trainer&apos;s register file</source>
        <translation>Het registerbestand van een trainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="215"/>
        <source>Apply a register file</source>
        <translation>Een registerbestand verwerken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/exchange_dialogs.py" line="229"/>
        <source>Register file applied</source>
        <translation>Registerbestand verwerkt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="24"/>
        <source>Trainees (of a cohort, or all)</source>
        <translation>Cursisten (van een groep, of allemaal)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="25"/>
        <source>Sessions of a cohort</source>
        <translation>Bijeenkomsten van een groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="26"/>
        <source>Attendance of a cohort: trainees × sessions</source>
        <translation>Presentie van een groep: cursisten × bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="27"/>
        <source>Placements with their hours</source>
        <translation>Stages met hun uren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="28"/>
        <source>Ready for the certificate, and what is missing</source>
        <translation>Klaar voor het certificaat, en wat ontbreekt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="29"/>
        <source>Certificate register (internal: names and reasons)</source>
        <translation>Certificaatregister (intern: namen en redenen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="30"/>
        <source>Report for the funder: numbers only, no names</source>
        <translation>Verantwoording voor de financier: alleen aantallen, geen namen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="31"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="32"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="33"/>
        <source>PDF (only the report for the funder)</source>
        <translation>PDF (alleen de verantwoording voor de financier)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="61"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="63"/>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="64"/>
        <source>(all cohorts)</source>
        <translation>(alle groepen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="65"/>
        <source>Needed for sessions and attendance</source>
        <translation>Nodig voor bijeenkomsten en presentie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="66"/>
        <source>Programme (report for the funder)</source>
        <translation>Opleiding (verantwoording voor de financier)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="67"/>
        <source>(all programmes)</source>
        <translation>(alle opleidingen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="68"/>
        <source>From (report for the funder)</source>
        <translation>Van (verantwoording voor de financier)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="69"/>
        <source>To (report for the funder)</source>
        <translation>Tot en met (verantwoording voor de financier)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="70"/>
        <source>File type</source>
        <translation>Soort bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="92"/>
        <location filename="../../edtrainer/gui/export_dialog.py" line="118"/>
        <source>Export to a file</source>
        <translation>Exporteren naar een bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="95"/>
        <source>Excel keeps dates as real dates. Exporting personal data is written in the audit log; keep the file where only you can read it.</source>
        <translation>Excel houdt datums als echte datums. Het exporteren van persoonsgegevens komt in de auditlog; bewaar het bestand waar alleen u het kunt lezen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="97"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="120"/>
        <source>Files (*.%1)</source>
        <translation>Bestanden (*.%1)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="145"/>
        <source>Written: %1 (%2 rows)</source>
        <translation>Opgeslagen: %1 (%2 rijen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/export_dialog.py" line="148"/>
        <source>Writing the file…</source>
        <translation>Het bestand schrijven…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="76"/>
        <source>Welcome to edtrainer</source>
        <translation>Welkom bij edtrainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="76"/>
        <source>edtrainer helps you run training programmes for experts by experience: cohorts and trainees, sessions and attendance, placements and hours, and signed certificates.</source>
        <translation>Met edtrainer regelt u opleidingen voor ervaringsdeskundigen: groepen en cursisten, bijeenkomsten en aanwezigheid, stages en uren, en ondertekende certificaten.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="79"/>
        <source>In a few steps you set up your organisation, the people who sign certificates, the signing key and where backups go. Then you start with a demo to try things out, or empty.

Every step can be skipped with “Skip this step”, and everything can be changed later: File → Organisation on certificates, File → Signing key and File → Settings.</source>
        <translation>In een paar stappen vult u uw organisatie in, wie de certificaten ondertekent, de ondertekeningssleutel en waar de reservekopieën komen. Daarna begint u met een demo om alles uit te proberen, of leeg.

U kunt elke stap overslaan met ‘Overslaan’. Alles kunt u later nog veranderen: Bestand → Organisatie op certificaten, Bestand → Ondertekeningssleutel en Bestand → Instellingen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="131"/>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="131"/>
        <source>How your organisation appears on certificates and placement reports.</source>
        <translation>Zo staat uw organisatie op certificaten en stageverslagen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="145"/>
        <source>Who signs certificates</source>
        <translation>Wie ondertekent de certificaten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="145"/>
        <source>Up to three people, each with their role and, if you like, a scan of their signature.</source>
        <translation>Hoogstens drie mensen, elk met hun functie en, als u wilt, een scan van hun handtekening.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="155"/>
        <source>The signing key</source>
        <translation>De ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="188"/>
        <source>Where backups go</source>
        <translation>Waar de reservekopieën komen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="188"/>
        <source>edtrainer makes a checked backup while you work, when you close it, and before big changes. A folder on a USB stick or a network drive keeps them off this computer.</source>
        <translation>edtrainer maakt een gecontroleerde reservekopie terwijl u werkt, als u het sluit en voor grote wijzigingen. Met een map op een USB-stick of een netwerkschijf staan ze niet alleen op deze computer.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="193"/>
        <source>Empty: the backups folder beside the database: %1</source>
        <translation>Leeg: de map backups naast de database: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="194"/>
        <location filename="../../edtrainer/gui/first_run.py" line="213"/>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="200"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="202"/>
        <source>Choose the backup folder</source>
        <translation>Kies de map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="206"/>
        <source>Empty: the backups folder beside the database (%1).</source>
        <translation>Leeg: de map backups naast de database (%1).</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="228"/>
        <source>The folder %1 does not exist. Choose a folder that is there (a USB stick must be plugged in).</source>
        <translation>De map %1 bestaat niet. Kies een map die er is (een USB-stick moet in de computer zitten).</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="241"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="241"/>
        <source>How do you want to start?</source>
        <translation>Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="245"/>
        <source>Start with the &amp;demo</source>
        <translation>Beginnen met de &amp;demo</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="247"/>
        <source>A programme with two cohorts of invented trainees, to try everything out. You remove it later on the Overview; what you set up in this wizard stays.</source>
        <translation>Een opleiding met twee groepen verzonnen cursisten, om alles uit te proberen. U haalt de demo later weg op het Overzicht; wat u in deze stappen hebt ingevuld, blijft.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="250"/>
        <source>Start &amp;empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="252"/>
        <source>Nothing in it yet: you add your own programme, cohort and trainees.</source>
        <translation>Er staat nog niets in: u voegt zelf uw opleiding, groep en cursisten toe.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="280"/>
        <source>Setting up edtrainer</source>
        <translation>edtrainer instellen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="284"/>
        <source>&amp;Skip this step</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="285"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="286"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="287"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="288"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="310"/>
        <source>Skip this step</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="339"/>
        <source>Stop setting up?</source>
        <translation>Stoppen met instellen?</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="339"/>
        <source>What you typed on this step is not saved. What you saved on earlier steps stays. edtrainer starts with your choice of the last step (the demo, unless you chose otherwise); you can set up everything later under File.</source>
        <translation>Wat u bij deze stap hebt getypt, is niet bewaard. Wat u bij eerdere stappen hebt bewaard, blijft. edtrainer begint met uw keuze van de laatste stap (de demo, tenzij u iets anders koos). U kunt alles later instellen onder Bestand.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/first_run.py" line="342"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="237"/>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="242"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="243"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="302"/>
        <source>Is this right?</source>
        <translation>Klopt dit?</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="302"/>
        <source>Yes, save</source>
        <translation>Ja, opslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="333"/>
        <source>The form now shows the other person&apos;s values. Check them and save, or cancel.</source>
        <translation>Het formulier toont nu de gegevens van de ander. Controleer ze en sla op, of annuleer.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="176"/>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="200"/>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/forms.py" line="387"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/inputs.py" line="235"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="66"/>
        <location filename="../../edtrainer/gui/help_viewer.py" line="133"/>
        <source>Manual — edtrainer</source>
        <translation>Handleiding — edtrainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="69"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="70"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="71"/>
        <source>&amp;Forward →</source>
        <translation>&amp;Vooruit →</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="72"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="73"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="74"/>
        <source>Contents of the manual</source>
        <translation>Inhoud van de handleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="75"/>
        <source>The manual page you read before</source>
        <translation>De pagina van de handleiding die je hiervoor las</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="76"/>
        <source>The page you went back from</source>
        <translation>De pagina waar je van terugging</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="77"/>
        <source>The list of all pages of the manual</source>
        <translation>De lijst met alle pagina's van de handleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="85"/>
        <source>Manual page</source>
        <translation>Bladzijde van de handleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="100"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/help_viewer.py" line="132"/>
        <source>%1 — Manual</source>
        <translation>%1 — Handleiding</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="47"/>
        <source>Trainees</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="48"/>
        <source>Organisations with their contact persons</source>
        <translation>Organisaties met hun contactpersonen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="49"/>
        <source>Sessions of a cohort</source>
        <translation>Bijeenkomsten van een groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="50"/>
        <source>Stop and show them</source>
        <translation>Stoppen en ze laten zien</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="51"/>
        <source>Fill in what the file knows</source>
        <translation>Aanvullen met wat het bestand weet</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="52"/>
        <source>Leave them as they are</source>
        <translation>Laten zoals ze zijn</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="53"/>
        <source>+ add</source>
        <translation>+ toevoegen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="53"/>
        <source>~ update</source>
        <translation>~ bijwerken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="54"/>
        <source>= skip</source>
        <translation>= overslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="83"/>
        <location filename="../../edtrainer/gui/import_dialog.py" line="85"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="83"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="84"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="85"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="86"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="86"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="87"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="87"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="88"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="88"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="105"/>
        <source>Import from a spreadsheet</source>
        <translation>Inlezen uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="107"/>
        <source>Read an Excel file (.xlsx) or a CSV file. Nothing is stored until every row is right; a backup is made first. A column with a BSN or bank account number is never read.</source>
        <translation>Lees een Excel-bestand (.xlsx) of een CSV-bestand in. Er wordt niets opgeslagen tot elke rij klopt; eerst wordt een reservekopie gemaakt. Een kolom met een BSN of rekeningnummer wordt nooit ingelezen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="116"/>
        <source>What to import</source>
        <translation>Wat u wilt inlezen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="117"/>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="120"/>
        <source>Spreadsheet file</source>
        <translation>Spreadsheetbestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="121"/>
        <source>Choose a file, or type its path and press Enter</source>
        <translation>Kies een bestand, of typ de plaats en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="123"/>
        <source>&amp;Choose…</source>
        <translation>Kie&amp;zen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="124"/>
        <source>Choose the spreadsheet file</source>
        <translation>Kies het spreadsheetbestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="130"/>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="132"/>
        <source>C&amp;ohort</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="137"/>
        <source>Who is already in edtrainer</source>
        <translation>Wie al in edtrainer staat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="138"/>
        <source>Already in edtrainer</source>
        <translation>Al in edtrainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="141"/>
        <source>Co&amp;lumns in the file, and what edtrainer reads in them:</source>
        <translation>&amp;Kolommen in het bestand, en wat edtrainer erin leest:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="145"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="145"/>
        <source>Read as</source>
        <translation>Lezen als</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="146"/>
        <source>Columns in the file</source>
        <translation>Kolommen in het bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="153"/>
        <source>What will happen</source>
        <translation>Wat er gaat gebeuren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="156"/>
        <source>&amp;Skip the rows with a problem, and import the rest</source>
        <translation>Rijen met een probleem over&amp;slaan en de rest inlezen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="157"/>
        <source>Those rows are not stored; correct them later, or add them by hand</source>
        <translation>Die rijen worden niet opgeslagen; verbeter ze later, of voer ze met de hand in</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="161"/>
        <source>Problems, each with its row and column</source>
        <translation>Problemen, elk met rij en kolom</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="168"/>
        <source>Every row as it will be stored</source>
        <translation>Elke rij zoals die wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="172"/>
        <source>&amp;Read again</source>
        <translation>&amp;Opnieuw lezen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="173"/>
        <source>Read the file again, after correcting it or the columns</source>
        <translation>Lees het bestand opnieuw, na het verbeteren van het bestand of de kolommen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="175"/>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="176"/>
        <source>Store every row shown, all at once, after a backup</source>
        <translation>Sla alle getoonde rijen in één keer op, na een reservekopie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="179"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="208"/>
        <source>(do not enrol)</source>
        <translation>(niet inschrijven)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="214"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="214"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="223"/>
        <source>Spreadsheet to import</source>
        <translation>Spreadsheet om in te lezen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="224"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="272"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="303"/>
        <source>Read column %1 as</source>
        <translation>Kolom %1 lezen als</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="305"/>
        <source>never read (BSN or bank account)</source>
        <translation>nooit ingelezen (BSN of rekeningnummer)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="308"/>
        <source>(do not read)</source>
        <translation>(niet inlezen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="329"/>
        <source>Choose what to import and the file.</source>
        <translation>Kies wat u wilt inlezen en het bestand.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="404"/>
        <source>Imported</source>
        <translation>Ingelezen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/import_dialog.py" line="409"/>
        <source>Making a backup and importing…</source>
        <translation>Reservekopie maken en inlezen…</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="35"/>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="94"/>
        <source>No image</source>
        <translation>Geen afbeelding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="36"/>
        <source>The current image (shown beside)</source>
        <translation>De huidige afbeelding (ernaast te zien)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="40"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="42"/>
        <source>Browse for: %1</source>
        <translation>Bladeren voor: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="46"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="48"/>
        <source>Remove: %1</source>
        <translation>Weghalen: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="67"/>
        <source>Preview of the image</source>
        <translation>Voorbeeld van de afbeelding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="70"/>
        <source>(no image)</source>
        <translation>(geen afbeelding)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="71"/>
        <source>(cannot be shown)</source>
        <translation>(niet te tonen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="84"/>
        <source>Choose an image</source>
        <translation>Kies een afbeelding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="86"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="113"/>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="151"/>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="151"/>
        <source>Second</source>
        <translation>Tweede</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="152"/>
        <source>Third</source>
        <translation>Derde</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="140"/>
        <source>{code} the programme&apos;s code, {year} the year, {seq:04} a counter of 4 digits</source>
        <translation>{code} de code van de opleiding, {year} het jaar, {seq:04} een teller van 4 cijfers</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="142"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="143"/>
        <source>A PNG or JPEG image, printed at the top of certificates</source>
        <translation>Een PNG- of JPEG-afbeelding, bovenaan op certificaten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="156"/>
        <source>%1 signatory</source>
        <translation>%1 ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="158"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="160"/>
        <source>Signature (image)</source>
        <translation>Handtekening (afbeelding)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/issuer_dialog.py" line="162"/>
        <source>A scan of the signature, PNG or JPEG (may stay empty)</source>
        <translation>Een scan van de handtekening, PNG of JPEG (mag leeg blijven)</translation>
    </message>
</context>
<context>
    <name>KeySetup</name>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="48"/>
        <source>too short: at least %1 characters</source>
        <translation>te kort: minstens %1 tekens</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="50"/>
        <source>weak: easy to guess</source>
        <translation>zwak: makkelijk te raden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="51"/>
        <source>fair: longer is better</source>
        <translation>redelijk: langer is beter</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="52"/>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="53"/>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="66"/>
        <source>Certificates are signed with this key, so anyone can check that they are genuine. A passphrase locks it. edtrainer stores the passphrase nowhere, so a copy of the database cannot sign in your name; that is also why nobody can recover it. Write it down somewhere safe.</source>
        <translation>Certificaten worden met deze sleutel ondertekend, zodat iedereen kan nagaan dat ze echt zijn. Een wachtwoord zet de sleutel op slot. edtrainer bewaart het wachtwoord nergens: met een kopie van de database kan dan niemand in uw naam ondertekenen. Daarom kan ook niemand het voor u terughalen. Schrijf het op en bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="73"/>
        <source>&amp;Create a new key</source>
        <translation>&amp;Nieuwe sleutel maken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="75"/>
        <source>&amp;Import a key from a file (PKCS#12: .p12 or .pfx)</source>
        <translation>Sleutel &amp;uit een bestand halen (PKCS#12: .p12 of .pfx)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="84"/>
        <source>Name in the key</source>
        <translation>Naam in de sleutel</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="85"/>
        <source>Your organisation&apos;s name, as people checking a certificate see it</source>
        <translation>De naam van uw organisatie, zoals wie een certificaat controleert die ziet</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="86"/>
        <source>Key file</source>
        <translation>Sleutelbestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="87"/>
        <source>Password of the file</source>
        <translation>Wachtwoord van het bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="88"/>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="89"/>
        <source>At least 10 characters; a few words in a row are easy to remember and hard to guess</source>
        <translation>Minstens 10 tekens. Een paar woorden achter elkaar zijn makkelijk te onthouden en moeilijk te raden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="91"/>
        <source>Passphrase again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="103"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="105"/>
        <location filename="../../edtrainer/gui/key_setup.py" line="124"/>
        <source>Choose the key file</source>
        <translation>Kies het sleutelbestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="125"/>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Sleutelbestanden (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="188"/>
        <source>The signing key is ready (fingerprint %1).</source>
        <translation>De ondertekeningssleutel is klaar (vingerafdruk %1).</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="200"/>
        <source>Making the signing key…</source>
        <translation>De ondertekeningssleutel wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="201"/>
        <source>Importing the signing key…</source>
        <translation>De ondertekeningssleutel wordt ingelezen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="216"/>
        <location filename="../../edtrainer/gui/key_setup.py" line="234"/>
        <source>Signing key</source>
        <translation>Ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="218"/>
        <source>No signing key yet.</source>
        <translation>Er is nog geen ondertekeningssleutel.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="218"/>
        <source>The current key: %1, fingerprint %2. A new key replaces it for what you sign from now on; the current key keeps checking the certificates it signed.</source>
        <translation>De huidige sleutel: %1, vingerafdruk %2. Een nieuwe sleutel neemt het over voor wat u vanaf nu ondertekent. Met de huidige sleutel blijven de certificaten te controleren die ermee ondertekend zijn.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="228"/>
        <source>Make this the key</source>
        <translation>Deze sleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="229"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="233"/>
        <source>Replace the current signing key? Certificates signed with it stay valid.</source>
        <translation>De huidige ondertekeningssleutel vervangen? Certificaten die ermee ondertekend zijn, blijven geldig.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/key_setup.py" line="235"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
</context>
<context>
    <name>LengthHint</name>
    <message>
        <location filename="../../edtrainer/gui/widgets/length_hint.py" line="61"/>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/widgets/length_hint.py" line="63"/>
        <source>%1 of %2 characters: the most this field holds</source>
        <translation>%1 van %2 tekens: meer past er niet in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="39"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="40"/>
        <source>Cohorts</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="41"/>
        <source>Trainees</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="42"/>
        <source>Programme &amp;&amp; modules</source>
        <translation>Opleiding &amp;&amp; modules</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="43"/>
        <source>Sessions &amp;&amp; attendance</source>
        <translation>Bijeenkomsten &amp;&amp; presentie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="44"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="45"/>
        <source>Certification</source>
        <translation>Certificering</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="46"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="94"/>
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="95"/>
        <source>Choose an area with the arrow keys; Ctrl+1 to Ctrl+8 from anywhere</source>
        <translation>Kies een onderdeel met de pijltoetsen; overal met Ctrl+1 tot Ctrl+8</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="101"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="26"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="35"/>
        <source>Copy the database to a file of your choice</source>
        <translation>Kopieer de database naar een bestand naar keuze</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="38"/>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="40"/>
        <source>Put an earlier backup in place of the database</source>
        <translation>Zet een eerdere reservekopie terug in plaats van de database</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="47"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>Inlezen uit een &amp;spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="49"/>
        <source>Trainees, organisations or sessions from Excel or CSV</source>
        <translation>Cursisten, organisaties of bijeenkomsten uit Excel of CSV</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="52"/>
        <source>&amp;Export to a file…</source>
        <translation>&amp;Exporteren naar een bestand…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="54"/>
        <source>A list to Excel or CSV, or the report for the funder</source>
        <translation>Een lijst naar Excel of CSV, of de verantwoording voor de financier</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="57"/>
        <source>Register &amp;file for a trainer…</source>
        <translation>Registerbestand &amp;maken voor een trainer…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="59"/>
        <source>Sessions and names for a trainer without this database</source>
        <translation>Bijeenkomsten en namen voor een trainer zonder deze database</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="62"/>
        <source>Appl&amp;y a trainer&apos;s register file…</source>
        <translation>Registerbestand van een trainer &amp;verwerken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="64"/>
        <source>Store the attendance a trainer recorded in a register file</source>
        <translation>Sla de presentie op die een trainer in een registerbestand invulde</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="72"/>
        <source>&amp;Check a certificate…</source>
        <translation>Certificaat &amp;controleren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="74"/>
        <source>Is a certificate genuine, unchanged and still valid?</source>
        <translation>Is een certificaat echt, ongewijzigd en nog geldig?</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="77"/>
        <source>&amp;Organisation on certificates…</source>
        <translation>&amp;Organisatie op certificaten…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="79"/>
        <source>Name, place, signatories, logo and numbering</source>
        <translation>Naam, plaats, ondertekenaars, logo en nummering</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="82"/>
        <source>Si&amp;gning key…</source>
        <translation>&amp;Ondertekeningssleutel…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="84"/>
        <source>Create or import the key certificates are signed with</source>
        <translation>De sleutel maken of inlezen waarmee certificaten worden ondertekend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="87"/>
        <source>A&amp;udit log…</source>
        <translation>A&amp;uditlog…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="89"/>
        <source>Who created, changed, viewed, printed or exported personal data, and when</source>
        <translation>Wie persoonsgegevens vastlegde, wijzigde, bekeek, afdrukte of exporteerde, en wanneer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="96"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="102"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="103"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="105"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="111"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="114"/>
        <source>Go to the search field of this page</source>
        <translation>Ga naar het zoekveld van deze pagina</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="118"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="128"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="134"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="137"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="141"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="144"/>
        <source>Read this page again from the database</source>
        <translation>Lees deze pagina opnieuw uit de database</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="151"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="154"/>
        <source>The manual, at the page about the page you are on</source>
        <translation>De handleiding, bij de bladzijde over het scherm waar u nu bent</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="158"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="162"/>
        <source>&amp;Privacy statement</source>
        <translation>&amp;Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="164"/>
        <source>What is kept about trainees, why, for how long, and what they can ask; to print or send them</source>
        <translation>Wat er over cursisten wordt bewaard, waarom, hoe lang, en wat zij kunnen vragen; om af te drukken of te sturen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="169"/>
        <source>&amp;About edtrainer</source>
        <translation>&amp;Over edtrainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="171"/>
        <source>Tools</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="177"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="156"/>
        <location filename="../../edtrainer/gui/menus.py" line="178"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>De laatste wijziging ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="155"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Ongedaan maken: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="377"/>
        <source>Signed in as a trainer: you see the attendance of your own cohorts.</source>
        <translation>Aangemeld als trainer: u ziet de presentie van uw eigen groepen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="51"/>
        <source>Restore the newest backup</source>
        <translation>De nieuwste terugzetten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="184"/>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="28"/>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="30"/>
        <source>A checked backup in the backup folder (Settings)</source>
        <translation>Een gecontroleerde reservekopie in de map voor reservekopieën (Instellingen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="33"/>
        <source>Save a backup copy &amp;as…</source>
        <translation>Een &amp;kopie opslaan als…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/menus.py" line="185"/>
        <source>Redo what was undone (Ctrl+Y)</source>
        <translation>Wat ongedaan is opnieuw doen (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="160"/>
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="161"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="162"/>
        <source>DEMO DATA</source>
        <translation>DEMOGEGEVENS</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="163"/>
        <source>This database holds the demo: invented people. Remove it on the Overview page.</source>
        <translation>Deze database bevat de demo: verzonnen mensen. Verwijder die op de pagina Overzicht.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="169"/>
        <source>READ-ONLY: DATABASE DAMAGED</source>
        <translation>ALLEEN LEZEN: DATABASE BESCHADIGD</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="170"/>
        <source>Nothing can be changed. File → Restore a backup puts a good backup back.</source>
        <translation>Er kan niets worden gewijzigd. Bestand → Reservekopie terugzetten zet een goede reservekopie terug.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="178"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="318"/>
        <source>Making a backup before closing…</source>
        <translation>Reservekopie maken voor het afsluiten…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="343"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="355"/>
        <source>A shared database is backed up by its server (pg_dump), not by edtrainer</source>
        <translation>Van een gedeelde database maakt de server reservekopieën (pg_dump), niet edtrainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="381"/>
        <source>Backup made: %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/main_window.py" line="387"/>
        <source>No automatic backup: %1</source>
        <translation>Geen automatische reservekopie: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="21"/>
        <source>No database</source>
        <translation>Geen database</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="34"/>
        <source>The database could not be opened for a reason edtrainer did not expect. Nothing was changed. Try again; if it keeps happening, ask whoever helps you with edtrainer.</source>
        <translation>De database kon niet worden geopend om een reden die edtrainer niet verwachtte. Er is niets veranderd. Probeer het opnieuw; blijft het gebeuren, vraag dan hulp aan wie u met edtrainer helpt.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="41"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="55"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="57"/>
        <source>Open anyway</source>
        <translation>Toch openen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="61"/>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="62"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="78"/>
        <source>Open a database file</source>
        <translation>Databasebestand openen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/open_failed.py" line="80"/>
        <source>edtrainer databases (*.sqlite3);;All files (*)</source>
        <translation>edtrainer-databases (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/window_actions.py" line="63"/>
        <source>Backup copy</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/window_actions.py" line="64"/>
        <source>edtrainer databases (*.sqlite3)</source>
        <translation>edtrainer-databases (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/window_actions.py" line="71"/>
        <source>Backup copy written: %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/window_actions.py" line="76"/>
        <source>Making a backup copy…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/window_actions.py" line="91"/>
        <source>Making a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/window_actions.py" line="139"/>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="97"/>
        <source>Another passphrase</source>
        <translation>Ander wachtwoord</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="97"/>
        <source>Encrypt the database</source>
        <translation>Database versleutelen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="100"/>
        <source>With encryption, nobody can read the database or its backups without the passphrase: not on a lost or stolen laptop, not from a copy of the folder. edtrainer asks for it each time it opens the database and never stores it. Write it down and keep it somewhere safe: if it is forgotten, nobody can open the data again, edtrainer included.</source>
        <translation>Met versleuteling kan niemand de database of haar reservekopieën lezen zonder het wachtwoord: niet op een verloren of gestolen laptop, niet uit een kopie van de map. edtrainer vraagt het elke keer dat de database opengaat en bewaart het nergens. Schrijf het op en bewaar het op een veilige plek: wie het vergeet, krijgt de gegevens nooit meer open, ook niet met hulp van edtrainer.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="107"/>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="108"/>
        <source>New passphrase, again</source>
        <translation>Nieuw wachtwoord, nog een keer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="109"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="109"/>
        <source>&amp;Again:</source>
        <translation>Nog een &amp;keer:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="114"/>
        <source>Strength of the passphrase</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="115"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="116"/>
        <source>&amp;Show the passphrases</source>
        <translation>Wachtwoorden &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="120"/>
        <source>A sentence of four or more words is strong and easy to remember.</source>
        <translation>Een zin van vier of meer woorden is sterk en goed te onthouden.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="129"/>
        <source>&amp;Use this passphrase</source>
        <translation>Dit wachtwoord &amp;gebruiken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="129"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Versleutelen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="144"/>
        <source>too short</source>
        <translation>te kort</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="144"/>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="144"/>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="144"/>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="156"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>De twee wachtwoorden zijn niet gelijk; typ twee keer hetzelfde.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="18"/>
        <source>welfare organisation</source>
        <translation>welzijnsorganisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="19"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="20"/>
        <source>housing corporation</source>
        <translation>woningcorporatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="21"/>
        <source>addiction care</source>
        <translation>verslavingszorg</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="22"/>
        <source>social services</source>
        <translation>sociale dienst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="23"/>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="38"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="57"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="42"/>
        <source>Search organisations (Ctrl+F)</source>
        <translation>Zoek organisaties (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="49"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="50"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="130"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="51"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="132"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="52"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="131"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="53"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="77"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="54"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="78"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="61"/>
        <source>Change the chosen organisation</source>
        <translation>De gekozen organisatie wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="63"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nieuwe organisatie…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="60"/>
        <source>Chan&amp;ge…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="80"/>
        <source>Search the organisation&apos;s professionals</source>
        <translation>Zoek in de professionals van de organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="87"/>
        <source>Change p&amp;rofessional…</source>
        <translation>Vakprofessional w&amp;ijzigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="70"/>
        <source>&amp;Professionals</source>
        <translation>&amp;Vakprofessionals</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="64"/>
        <source>Add a welfare organisation where trainees do placements</source>
        <translation>Een organisatie toevoegen waar cursisten stage lopen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="75"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="129"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="139"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="76"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="140"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="83"/>
        <source>Professionals</source>
        <translation>Vakprofessionals</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="88"/>
        <source>Change the chosen professional&apos;s details</source>
        <translation>Gegevens van de gekozen vakprofessional wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="90"/>
        <source>&amp;Add a professional…</source>
        <translation>Vakprofessional &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="91"/>
        <source>Add a professional of the chosen organisation</source>
        <translation>Een vakprofessional van de gekozen organisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="120"/>
        <source>&amp;Professionals at %1</source>
        <translation>&amp;Vakprofessionals bij %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="133"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="141"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="134"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="142"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="148"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="161"/>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="180"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/organisations.py" line="170"/>
        <source>New professional at %1</source>
        <translation>Nieuwe vakprofessional bij %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="32"/>
        <source>Attendance to record</source>
        <translation>Aanwezigheid te registreren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="33"/>
        <source>Attendance below or near the threshold</source>
        <translation>Aanwezigheid onder of vlak bij de norm</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="34"/>
        <source>Placement agreements to sign</source>
        <translation>Stageovereenkomsten te tekenen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="35"/>
        <source>Evaluations due</source>
        <translation>Evaluaties nodig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="36"/>
        <source>Hours awaiting approval</source>
        <translation>Uren die wachten op goedkeuring</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="37"/>
        <source>Ready for the certificate</source>
        <translation>Klaar voor het certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="40"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="41"/>
        <source>attention</source>
        <translation>aandacht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="42"/>
        <source>for your information</source>
        <translation>ter informatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="60"/>
        <source>Overview</source>
        <extracomment>people past their retention period</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="67"/>
        <source>This database holds the demo: invented people in two cohorts, for trying edtrainer out. Remove it before you enter real trainees.</source>
        <translation>Deze database bevat de demo: verzonnen mensen in twee groepen, om edtrainer uit te proberen. Verwijder de demo voordat u echte cursisten invoert.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="71"/>
        <source>Remove the &amp;demo…</source>
        <translation>Demo &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="72"/>
        <source>Remove the invented demo programme, cohorts and trainees; what you entered yourself stays</source>
        <translation>De verzonnen demo-opleiding, -groepen en -cursisten weghalen; wat je zelf invoerde blijft</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="84"/>
        <source>&amp;Review and erase…</source>
        <translation>&amp;Bekijken en wissen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="104"/>
        <source>What needs attention</source>
        <translation>Wat aandacht vraagt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="105"/>
        <source>Press Enter on an item to open the place where you resolve it</source>
        <translation>Druk op Enter bij een punt om de plek te openen waar u het afhandelt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="112"/>
        <source>‼ urgent · ! needs your attention · ★ for your information · Enter opens the place where you resolve it</source>
        <translation>‼ dringend · ! vraagt uw aandacht · ★ ter informatie · Enter opent de plek waar u het afhandelt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="116"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="117"/>
        <source>Go to the place where this item is resolved</source>
        <translation>Ga naar de plek waar u dit afhandelt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="119"/>
        <source>Nothing needs your attention. Well done!</source>
        <translation>Niets vraagt uw aandacht. Goed bezig!</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="121"/>
        <source>&lt;b&gt;Getting started&lt;/b&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Programme &amp;amp; modules&lt;/b&gt; (Ctrl+4): describe your programme, its requirements and its modules, and add your team (coordinators, trainers, buddies).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Organisations&lt;/b&gt; (Ctrl+8): the organisations where trainees work in tandem, and their professionals.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cohorts&lt;/b&gt; (Ctrl+2): a cohort of the programme with its dates and trainers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Trainees&lt;/b&gt; (Ctrl+3): add people and enrol them in the cohort.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sessions &amp;amp; attendance&lt;/b&gt; (Ctrl+5): plan the sessions; then record who came.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Zo begint u&lt;/b&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Opleiding &amp;amp; modules&lt;/b&gt; (Ctrl+4): beschrijf uw opleiding, de eisen en de modules, en voeg uw team toe (coördinatoren, trainers, maatjes).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Organisaties&lt;/b&gt; (Ctrl+8): de organisaties waar cursisten in tandem werken, en hun vakprofessionals.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Groepen&lt;/b&gt; (Ctrl+2): een groep van de opleiding met data en trainers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cursisten&lt;/b&gt; (Ctrl+3): voeg mensen toe en schrijf ze in bij de groep.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bijeenkomsten &amp;amp; presentie&lt;/b&gt; (Ctrl+5): plan de bijeenkomsten; registreer daarna wie er was.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="144"/>
        <source>Attendance charts</source>
        <translation>Grafieken van de aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="148"/>
        <source>What needs &amp;attention</source>
        <translation>Wat &amp;aandacht vraagt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="149"/>
        <source>Attendance &amp;in charts</source>
        <translation>Aanwezigheid in gra&amp;fieken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="223"/>
        <source>… and %1 more: see the page of this kind of work</source>
        <translation>… en nog %1: zie de pagina van dit soort werk</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="232"/>
        <source>Today, %1: %2 urgent, %3 for attention, %4 for your information.</source>
        <translation>Vandaag, %1: %2 dringend, %3 voor uw aandacht, %4 ter informatie.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="264"/>
        <source>Per session</source>
        <translation>Per bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="265"/>
        <source>Per trainee</source>
        <translation>Per cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="274"/>
        <source>At or above the threshold</source>
        <translation>Op of boven de norm</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="274"/>
        <source>Below the threshold</source>
        <translation>Onder de norm</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="275"/>
        <source>Threshold %1 %</source>
        <translation>Norm %1 %</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="277"/>
        <source>Attendance per session: %1</source>
        <translation>Aanwezigheid per bijeenkomst: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="278"/>
        <source>%1 sessions held; %2 below the threshold of %3 %.</source>
        <translation>%1 bijeenkomsten gehouden; %2 onder de norm van %3 %.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="284"/>
        <source>Attendance per trainee: %1</source>
        <translation>Aanwezigheid per cursist: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="287"/>
        <source>%1 of %2 trainees below the threshold of %3 %.</source>
        <translation>%1 van de %2 cursisten onder de norm van %3 %.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="329"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="330"/>
        <location filename="../../edtrainer/gui/pages/overview.py" line="341"/>
        <location filename="../../edtrainer/gui/pages/overview.py" line="345"/>
        <source>Remove the demo</source>
        <translation>Demo verwijderen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="331"/>
        <source>Your own data use parts of the demo:</source>
        <translation>Uw eigen gegevens gebruiken delen van de demo:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="332"/>
        <source>Those parts can stay, so that nothing of yours is lost. The invented trainees and everything about them go. A backup copy is made first.</source>
        <translation>Die delen kunnen blijven staan, zodat er niets van uzelf verloren gaat. De verzonnen cursisten en alles over hen gaan weg. Eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="335"/>
        <source>&amp;Keep these parts, remove the rest</source>
        <translation>Deze delen &amp;houden, de rest verwijderen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="336"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="342"/>
        <source>This deletes the demo programme, its two cohorts, the invented trainees, organisations and staff, and any certificates issued to them (they leave the register). What you entered yourself stays. A backup copy is made first.</source>
        <translation>Dit verwijdert de demo-opleiding, de twee groepen, de verzonnen cursisten, organisaties en medewerkers, en de certificaten die aan hen zijn uitgereikt (ze verdwijnen uit het register). Wat u zelf hebt ingevoerd, blijft. Eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="358"/>
        <source>The demo has been removed; kept because your own data use them: %1</source>
        <translation>De demo is verwijderd; gebleven omdat uw eigen gegevens ze gebruiken: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="362"/>
        <source>Making a backup and removing the demo…</source>
        <translation>Reservekopie maken en de demo verwijderen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/overview.py" line="359"/>
        <source>The demo has been removed.</source>
        <translation>De demo is verwijderd.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../edtrainer/gui/pages/base.py" line="222"/>
        <source>Making the document…</source>
        <translation>Document maken…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="53"/>
        <source>Encrypted database</source>
        <translation>Versleutelde database</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="55"/>
        <source>%1 is encrypted. Type the database passphrase to open it.</source>
        <translation>%1 is versleuteld. Typ het wachtwoord van de database om haar te openen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="61"/>
        <source>That passphrase does not open it. Check it (Caps Lock?) and try again.</source>
        <translation>Dit wachtwoord opent haar niet. Controleer het (staat Caps Lock aan?) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="66"/>
        <source>Database passphrase</source>
        <translation>Wachtwoord van de database</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="67"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="70"/>
        <source>&amp;Show the passphrase</source>
        <translation>Wachtwoord &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="76"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="77"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/encryption_dialogs.py" line="85"/>
        <source>Type the passphrase first.</source>
        <translation>Typ eerst het wachtwoord.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="78"/>
        <source>%1 pages</source>
        <translation>%1 pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="81"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="82"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="83"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>PlacementActions</name>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="33"/>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="58"/>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="36"/>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="39"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="41"/>
        <source>Tandem professional</source>
        <translation>Tandempartner</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="43"/>
        <source>Placement supervisor</source>
        <translation>Praktijkbegeleider</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="44"/>
        <source>Signs the hours and evaluations</source>
        <translation>Tekent de uren en evaluaties</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="45"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="46"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="47"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="48"/>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="49"/>
        <source>Agreement signed on</source>
        <translation>Overeenkomst getekend op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="50"/>
        <source>Empty while the placement agreement is not signed</source>
        <translation>Leeg zolang de stageovereenkomst niet getekend is</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="69"/>
        <source>Add the organisation first, on the Organisations page.</source>
        <translation>Voeg eerst de organisatie toe, op de pagina Organisaties.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="77"/>
        <source>New placement</source>
        <translation>Nieuwe stage</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="93"/>
        <source>Change the placement of %1</source>
        <translation>Stage van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="95"/>
        <source>At %1. For another organisation, end this placement and add a new one.</source>
        <translation>Bij %1. Voor een andere organisatie: beëindig deze stage en voeg een nieuwe toe.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="111"/>
        <source>Placement agreement of %1</source>
        <translation>Stageovereenkomst van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="112"/>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="133"/>
        <source>Complete the placement of %1</source>
        <translation>Stage van %1 afronden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="134"/>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="147"/>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="144"/>
        <source>End the placement of %1 early</source>
        <translation>Stage van %1 voortijdig beëindigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="145"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="146"/>
        <source>Keep it short: no medical or other private details</source>
        <translation>Houd het kort: geen medische of andere privézaken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="157"/>
        <source>Placement report</source>
        <translation>Stageverslag</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="158"/>
        <source>Which report for %1 at %2?</source>
        <translation>Welk rapport voor %1 bij %2?</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="160"/>
        <source>The organisation&apos;s copy leaves out private remarks, attendance remarks and the trainee&apos;s contact details.</source>
        <translation>Het exemplaar voor de organisatie laat privéopmerkingen, opmerkingen bij de presentie en de contactgegevens van de cursist weg.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="162"/>
        <source>Copy for the &amp;organisation</source>
        <translation>Exemplaar voor de &amp;organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="163"/>
        <source>&amp;Full report (for the file)</source>
        <translation>&amp;Volledig rapport (voor het dossier)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="164"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="171"/>
        <source>Placement report of %1</source>
        <translation>Stageverslag van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="189"/>
        <source>Log hours of %1</source>
        <translation>Uren invoeren van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="190"/>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="243"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="191"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="191"/>
        <source>For example 4 or 2,5</source>
        <translation>Bijvoorbeeld 4 of 2,5</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="192"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="193"/>
        <source>What was done; no names of clients</source>
        <translation>Wat er is gedaan; geen namen van cliënten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="206"/>
        <source>Select hours that wait for approval (Shift or Ctrl + click, or Shift + arrows).</source>
        <translation>Selecteer uren die op goedkeuring wachten (Shift of Ctrl + klik, of Shift + pijltjes).</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="214"/>
        <source>Approve %1 hour entries</source>
        <translation>%1 urenregels goedkeuren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="215"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="216"/>
        <source>The supervisor who signed the hours</source>
        <translation>De praktijkbegeleider die de uren tekende</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="218"/>
        <source>%1 hours in all.</source>
        <translation>Samen %1 uur.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="224"/>
        <source>Delete hours</source>
        <translation>Uren verwijderen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="225"/>
        <source>Delete the entry of %1 (%2 hours)?</source>
        <translation>De regel van %1 (%2 uur) verwijderen?</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="226"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="239"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="242"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="244"/>
        <source>Evaluated by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="246"/>
        <source>1 insufficient … 5 excellent</source>
        <translation>1 onvoldoende … 5 uitstekend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="247"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="248"/>
        <source>Keep it to the work; no private details</source>
        <translation>Alleen over het werk; geen privézaken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placement_actions.py" line="258"/>
        <source>Evaluation of %1</source>
        <translation>Evaluatie van %1</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="22"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="23"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="24"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="25"/>
        <source>ended early</source>
        <translation>voortijdig beëindigd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="27"/>
        <source>work placement (stage)</source>
        <translation>stage</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="28"/>
        <source>paid work</source>
        <translation>betaald werk</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="29"/>
        <source>midterm evaluation</source>
        <translation>tussenevaluatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="30"/>
        <source>final evaluation</source>
        <translation>eindevaluatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="44"/>
        <location filename="../../edtrainer/gui/pages/placements.py" line="76"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="54"/>
        <source>Search by trainee or organisation (Ctrl+F)</source>
        <translation>Zoek op cursist of organisatie (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="61"/>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="63"/>
        <source>Tandem professional</source>
        <translation>Tandempartner</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="64"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="68"/>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="70"/>
        <source>Hours approved</source>
        <translation>Uren goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="72"/>
        <location filename="../../edtrainer/gui/pages/placements.py" line="136"/>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="79"/>
        <source>&amp;New placement…</source>
        <translation>&amp;Nieuwe stage…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="80"/>
        <source>Start a placement for a trainee at an organisation</source>
        <translation>Een stage van een cursist bij een organisatie beginnen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="82"/>
        <source>Change the chosen placement</source>
        <translation>De gekozen stage wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="83"/>
        <source>Agreement &amp;signed…</source>
        <translation>Overeenkomst &amp;ondertekend…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="84"/>
        <source>Record the date the placement agreement was signed</source>
        <translation>De datum vastleggen waarop de stageovereenkomst is getekend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="85"/>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="86"/>
        <source>Only with a signed agreement</source>
        <translation>Alleen met een getekende overeenkomst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="87"/>
        <source>Co&amp;mplete…</source>
        <translation>Af&amp;ronden…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="88"/>
        <source>Mark the chosen placement as finished</source>
        <translation>De gekozen stage afronden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="90"/>
        <source>End the chosen placement before its planned end</source>
        <translation>De gekozen stage eerder beëindigen dan gepland</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="91"/>
        <source>Placement re&amp;port…</source>
        <translation>Stagera&amp;pport…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="92"/>
        <source>A PDF for the organisation, with signature blocks</source>
        <translation>Een PDF voor de organisatie, met ruimte voor handtekeningen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="101"/>
        <location filename="../../edtrainer/gui/pages/placements.py" line="130"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="102"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="104"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="105"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="109"/>
        <source>Hour log</source>
        <translation>Urenregistratie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="116"/>
        <source>&amp;Log hours…</source>
        <translation>Uren &amp;invoeren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="117"/>
        <location filename="../../edtrainer/gui/pages/placements.py" line="274"/>
        <source>Enter hours worked on the chosen placement</source>
        <translation>Gewerkte uren van de gekozen stage invoeren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="118"/>
        <source>&amp;Approve selected…</source>
        <translation>Selectie goed&amp;keuren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="119"/>
        <source>The placement supervisor signed these hours</source>
        <translation>De praktijkbegeleider heeft deze uren getekend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="120"/>
        <source>&amp;Delete entry</source>
        <translation>Rege&amp;l verwijderen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="121"/>
        <source>Only hours not yet approved</source>
        <translation>Alleen uren die nog niet zijn goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="129"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="131"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="132"/>
        <source>Scores (1–5)</source>
        <translation>Scores (1–5)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="133"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="139"/>
        <source>&amp;Record an evaluation…</source>
        <translation>&amp;Evaluatie vastleggen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="81"/>
        <source>Chan&amp;ge…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="89"/>
        <source>End earl&amp;y…</source>
        <translation>&amp;Voortijdig beëindigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="107"/>
        <source>Search the hour log by date or activity</source>
        <translation>Zoek in de uren op datum of activiteit</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="124"/>
        <source>H&amp;our log</source>
        <translation>&amp;Urenregistratie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="142"/>
        <source>Evaluat&amp;ions</source>
        <translation>Evalu&amp;aties</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="155"/>
        <source>not signed</source>
        <translation>niet getekend</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="160"/>
        <source>(+%1 waiting)</source>
        <translation>(+%1 wacht)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="165"/>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="229"/>
        <source>%1: %2 hours approved, %3 hours waiting for approval; %4 hours per week planned.</source>
        <translation>%1: %2 uur goedgekeurd, %3 uur wacht op goedkeuring; %4 uur per week gepland.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/placements.py" line="275"/>
        <source>First record when the placement agreement was signed (Agreement signed…).</source>
        <translation>Leg eerst vast wanneer de stageovereenkomst is getekend (Overeenkomst ondertekend…).</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="18"/>
        <source>left out of the rate</source>
        <translation>tellen niet mee</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="19"/>
        <source>count as present</source>
        <translation>tellen als aanwezig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="20"/>
        <source>count as absent</source>
        <translation>tellen als afwezig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="23"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="24"/>
        <source>assignment</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="25"/>
        <source>presentation</source>
        <translation>presentatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="26"/>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="27"/>
        <source>exam</source>
        <translation>examen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="28"/>
        <source>observation</source>
        <translation>observatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="31"/>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="32"/>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="33"/>
        <source>buddy (maatje)</source>
        <translation>maatje</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="42"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="43"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="59"/>
        <source>Programme &amp; modules</source>
        <translation>Opleiding &amp; modules</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="71"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="72"/>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="103"/>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="198"/>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="244"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="73"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="208"/>
        <source>Minimum attendance</source>
        <translation>Minimale aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="210"/>
        <source>Excused absences</source>
        <translation>Afmeldingen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="78"/>
        <source>Programmes</source>
        <translation>Opleidingen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="90"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nieuwe opleiding…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="87"/>
        <source>&amp;Change programme…</source>
        <translation>Opleiding wij&amp;zigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="97"/>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="102"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="104"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="105"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="106"/>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="250"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="107"/>
        <source>Own attendance threshold</source>
        <translation>Eigen aanwezigheidsnorm</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="110"/>
        <source>Required for the certificate</source>
        <translation>Verplicht voor het certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="113"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="119"/>
        <source>&amp;Add a module…</source>
        <translation>Module &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="116"/>
        <source>Change m&amp;odule…</source>
        <translation>M&amp;odule wijzigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="128"/>
        <source>&amp;Programmes</source>
        <translation>Op&amp;leidingen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="132"/>
        <source>Search the team (Ctrl+F)</source>
        <translation>Zoek in het team (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="135"/>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="197"/>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="286"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="136"/>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="287"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="137"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="138"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="139"/>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="290"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="142"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="146"/>
        <source>New team &amp;member…</source>
        <translation>Nie&amp;uw teamlid…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="144"/>
        <source>Chan&amp;ge…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="88"/>
        <source>Change the chosen programme and its requirements</source>
        <translation>De gekozen opleiding en haar eisen wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="91"/>
        <source>Add a programme with its requirements</source>
        <translation>Een opleiding met haar eisen toevoegen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="117"/>
        <source>Change the chosen module</source>
        <translation>De gekozen module wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="120"/>
        <source>Add a module to the chosen programme</source>
        <translation>Een module aan de gekozen opleiding toevoegen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="149"/>
        <source>&amp;Team: coordinators, trainers, buddies</source>
        <translation>T&amp;eam: coördinatoren, trainers, maatjes</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="177"/>
        <source>at least %1 % attendance (excused absences: %2)</source>
        <translation>minstens %1 % aanwezig (afmeldingen: %2)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="180"/>
        <source>%1 approved placement hours</source>
        <translation>%1 goedgekeurde stage-uren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="182"/>
        <source>a final evaluation of the placement</source>
        <translation>een eindevaluatie van de stage</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="183"/>
        <source>For the certificate of %1: %2.</source>
        <translation>Voor het certificaat van %1: %2.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="191"/>
        <source>&amp;Modules of %1</source>
        <translation>&amp;Modules van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="199"/>
        <source>Short, in capitals; used in certificate numbers, e.g. EDASU</source>
        <translation>Kort, in hoofdletters; komt in certificaatnummers, bijv. EDASU</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="200"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="201"/>
        <source>Length (months)</source>
        <translation>Duur (maanden)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="202"/>
        <source>Title on the certificate</source>
        <translation>Titel op het certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="203"/>
        <source>Wording on the certificate</source>
        <translation>Tekst op het certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="205"/>
        <source>Name in English</source>
        <translation>Naam in het Engels</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="206"/>
        <source>For certificates in English; empty: the Dutch name is printed</source>
        <translation>Voor certificaten in het Engels; leeg: de Nederlandse naam wordt gedrukt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="207"/>
        <source>Title on the certificate in English</source>
        <translation>Titel op het certificaat in het Engels</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="212"/>
        <source>Required placement hours</source>
        <translation>Vereiste stage-uren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="214"/>
        <source>Final evaluation</source>
        <translation>Eindevaluatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="215"/>
        <source>A final evaluation of the placement is required</source>
        <translation>Een eindevaluatie van de stage is verplicht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="216"/>
        <source>Keep data for</source>
        <translation>Gegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="216"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="217"/>
        <source>After a person&apos;s last enrolment ends; then the Overview offers to erase their data. The certificate register keeps number, date and status without a name.</source>
        <translation>Na het einde van iemands laatste inschrijving; daarna biedt het Overzicht aan de gegevens te wissen. Het certificaatregister houdt nummer, datum en status zonder naam.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="224"/>
        <source>New programme</source>
        <translation>Nieuwe opleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="237"/>
        <source>Change programme %1</source>
        <translation>Opleiding %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="245"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="246"/>
        <source>Title in English</source>
        <translation>Titel in het Engels</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="247"/>
        <source>For certificates in English; empty: the Dutch title is printed</source>
        <translation>Voor certificaten in het Engels; leeg: de Nederlandse titel wordt gedrukt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="248"/>
        <source>Planned hours</source>
        <translation>Geplande uren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="249"/>
        <source>Position in the programme</source>
        <translation>Plaats in de opleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="252"/>
        <source>Own attendance threshold (%)</source>
        <translation>Eigen aanwezigheidsnorm (%)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="253"/>
        <source>Empty: only the programme&apos;s threshold applies</source>
        <translation>Leeg: alleen de norm van de opleiding geldt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="254"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="255"/>
        <source>Must be passed for the certificate</source>
        <translation>Moet behaald zijn voor het certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="266"/>
        <source>Add a module to %1</source>
        <translation>Module toevoegen aan %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="279"/>
        <source>Change module %1</source>
        <translation>Module %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="288"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="289"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="291"/>
        <source>Can be chosen for cohorts and sessions</source>
        <translation>Kan gekozen worden bij groepen en bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="297"/>
        <source>New team member</source>
        <translation>Nieuw teamlid</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/programmes.py" line="308"/>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../../edtrainer/gui/translations.py" line="24"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../edtrainer/gui/translations.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/translations.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../edtrainer/gui/translations.py" line="22"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/translations.py" line="23"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="65"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="65"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="66"/>
        <source>Trainees</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="66"/>
        <source>Cohorts</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="67"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="67"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="68"/>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="75"/>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="141"/>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="149"/>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="189"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="80"/>
        <source>Choose the backup to put back. What is in the database now is kept first, as a backup of its own, so a restore can be undone by restoring that one. Backups are in %1.</source>
        <translation>Kies de reservekopie die terug moet. Wat nu in de database staat, wordt eerst bewaard als eigen reservekopie; zo kunt u het terugzetten ongedaan maken door die terug te zetten. De reservekopieën staan in %1.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="89"/>
        <source>Backups, newest first</source>
        <translation>Reservekopieën, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="97"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="97"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="113"/>
        <source>There are no backups of this database in that folder yet.</source>
        <translation>Er zijn nog geen reservekopieën van deze database in die map.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="117"/>
        <source>&amp;Restore this backup…</source>
        <translation>Deze reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="120"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="123"/>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="157"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="142"/>
        <source>edtrainer databases (*.sqlite3);;All files (*)</source>
        <translation>edtrainer-databases (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="150"/>
        <source>Put the backup of %1 in place of what is in the database now? What is there now is kept first as a backup of its own.</source>
        <translation>De reservekopie van %1 terugzetten in plaats van wat nu in de database staat? Wat er nu staat, wordt eerst bewaard als eigen reservekopie.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="156"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="169"/>
        <source>Restoring the backup…</source>
        <translation>De reservekopie wordt teruggezet…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="178"/>
        <source>The backup of %1 has been restored.</source>
        <translation>De reservekopie van %1 is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="181"/>
        <source>What was there before is in the backup %1.</source>
        <translation>Wat er eerst stond, staat in de reservekopie %1.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="184"/>
        <source>The damaged file was put aside as %1.</source>
        <translation>Het beschadigde bestand staat opzij als %1.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="188"/>
        <source>The backup has been restored.</source>
        <translation>De reservekopie is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="245"/>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="261"/>
        <source>Restore the &amp;newest backup</source>
        <translation>De &amp;nieuwste terugzetten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="266"/>
        <source>&amp;Read only</source>
        <translation>&amp;Alleen lezen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/backup_dialogs.py" line="264"/>
        <source>&amp;Choose a backup…</source>
        <translation>Een reservekopie &amp;kiezen…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="34"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="35"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="34"/>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="35"/>
        <source>Due since</source>
        <translation>Wissen sinds</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="45"/>
        <source>Past the retention period</source>
        <translation>Voorbij de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="47"/>
        <source>The data of these people have been kept as long as their programme allows (the retention period counts from the end of their last enrolment). Erasing makes them unidentifiable: names, contact details and every remark go; the certificate register keeps number, date and status without a name. Untick anyone whose data must be kept longer, for a reason you can explain.</source>
        <translation>De gegevens van deze mensen zijn zo lang bewaard als hun opleiding toestaat (de bewaartermijn telt vanaf het einde van hun laatste inschrijving). Wissen maakt hen onherkenbaar: namen, contactgegevens en alle opmerkingen verdwijnen; het certificaatregister houdt nummer, datum en status zonder naam. Vink iemand uit wiens gegevens langer moeten blijven, om een reden die u kunt uitleggen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="58"/>
        <source>People past the retention period; Space ticks or unticks</source>
        <translation>Mensen voorbij de bewaartermijn; spatie vinkt aan of uit</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="62"/>
        <source>(never enrolled)</source>
        <translation>(nooit ingeschreven)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="104"/>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="105"/>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="116"/>
        <source>Making a backup and erasing…</source>
        <translation>Reservekopie maken en wissen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/retention_dialog.py" line="133"/>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../edtrainer/gui/widgets/tables.py" line="260"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="32"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="36"/>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="37"/>
        <source>The series repeats on this weekday</source>
        <translation>De reeks herhaalt zich op deze weekdag</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="38"/>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="39"/>
        <source>Give a last date or a number of sessions</source>
        <translation>Geef een laatste datum of een aantal bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="40"/>
        <source>Number of sessions</source>
        <translation>Aantal bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="41"/>
        <source>0: up to the last date</source>
        <translation>0: tot en met de laatste datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="42"/>
        <source>Every … weeks</source>
        <translation>Elke … weken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="43"/>
        <source>Leave out (holidays)</source>
        <translation>Overslaan (vakanties)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="44"/>
        <source>e.g. 22-12-2026, 29-12-2026</source>
        <translation>bijv. 22-12-2026, 29-12-2026</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="47"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="49"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="50"/>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="51"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="54"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="55"/>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="73"/>
        <source>Plan a session</source>
        <translation>Bijeenkomst plannen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="104"/>
        <source>Plan a series of sessions</source>
        <translation>Reeks bijeenkomsten plannen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="110"/>
        <source>%1 sessions planned.</source>
        <translation>%1 bijeenkomsten gepland.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="129"/>
        <source>Change the session</source>
        <translation>Bijeenkomst wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="143"/>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="146"/>
        <source>Cancel the session</source>
        <translation>Bijeenkomst annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="144"/>
        <source>Cancel the session of %1? It stays in the list but counts for nobody&apos;s attendance.</source>
        <translation>De bijeenkomst van %1 annuleren? Ze blijft in de lijst staan maar telt voor niemands aanwezigheid.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="161"/>
        <source>Delete the session</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="162"/>
        <source>Delete the session of %1? Only a session planned by mistake can be deleted.</source>
        <translation>De bijeenkomst van %1 verwijderen? Alleen een bijeenkomst die per vergissing is gepland, kan weg.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="163"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="195"/>
        <source>Apology in advance</source>
        <translation>Afmelding vooraf</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="196"/>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="198"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="199"/>
        <source>Keep it short: no medical or other private details</source>
        <translation>Houd het kort: geen medische of andere privézaken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="201"/>
        <source>For the session of %1. The trainee is marked excused.</source>
        <translation>Voor de bijeenkomst van %1. De cursist wordt als afgemeld geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_actions.py" line="213"/>
        <source>Sign-in sheet %1</source>
        <translation>Presentielijst %1</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="44"/>
        <source>Sessions &amp; attendance</source>
        <translation>Bijeenkomsten &amp; presentie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="65"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="66"/>
        <source>Recorded</source>
        <translation>Ingevuld</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="67"/>
        <source>Trainees with a mark / trainees expected</source>
        <translation>Cursisten met een registratie / verwachte cursisten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="68"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="69"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="73"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="71"/>
        <source>Search sessions by date, module or topic (Ctrl+F)</source>
        <translation>Zoek bijeenkomsten op datum, module of onderwerp (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="77"/>
        <source>&amp;Sessions (Enter goes to the register):</source>
        <translation>Bijeen&amp;komsten (Enter gaat naar de presentie):</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="82"/>
        <source>&amp;Plan a session…</source>
        <translation>Bijeenkomst &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="88"/>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="405"/>
        <source>Ca&amp;ncel session</source>
        <translation>Bijeenkomst a&amp;nnuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="91"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="92"/>
        <source>Only for a session planned by mistake, without attendance</source>
        <translation>Alleen voor een bijeenkomst die per vergissing is gepland, zonder presentie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="113"/>
        <source>Attendance register of the session</source>
        <translation>Presentie van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="126"/>
        <source>&amp;Register (F2 edits minutes or a remark):</source>
        <translation>Pr&amp;esentie (F2 wijzigt minuten of opmerking):</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="133"/>
        <source>Totals of the session</source>
        <translation>Totalen van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="136"/>
        <source>Marks everyone not yet marked present (Ctrl+Shift+A)</source>
        <translation>Registreert iedereen zonder registratie als aanwezig (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="138"/>
        <source>&amp;Apology in advance…</source>
        <translation>Af&amp;melding vooraf…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="141"/>
        <source>A printed list to sign, for rooms without a laptop</source>
        <translation>Een geprinte lijst om te tekenen, voor lokalen zonder laptop</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="84"/>
        <source>Plan a ser&amp;ies…</source>
        <translation>&amp;Reeks plannen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="83"/>
        <source>Plan one session of the chosen cohort</source>
        <translation>Eén bijeenkomst van de gekozen groep plannen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="85"/>
        <source>Plan a session every week or fortnight in one go</source>
        <translation>In één keer een bijeenkomst per week of per twee weken plannen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="86"/>
        <source>Chan&amp;ge…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="87"/>
        <source>Change the chosen session&apos;s date, time, module or place</source>
        <translation>Datum, tijd, module of plaats van de gekozen bijeenkomst wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="89"/>
        <source>Cancel the chosen session, or hold it again; a cancelled session does not count</source>
        <translation>De gekozen bijeenkomst afzeggen of weer laten doorgaan; een afgezegde bijeenkomst telt niet mee</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="135"/>
        <source>Everyone presen&amp;t</source>
        <translation>Iedereen &amp;aanwezig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="139"/>
        <source>Record that a trainee let you know beforehand they cannot come</source>
        <translation>Vastleggen dat een cursist vooraf liet weten niet te kunnen komen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="140"/>
        <source>Sign-in sheet…</source>
        <translation>Presentie&amp;lijst…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="150"/>
        <source>Per sessi&amp;on</source>
        <translation>Per bijeenkom&amp;st</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="155"/>
        <source>? not recorded · — not expected · × cancelled</source>
        <translation>? niet geregistreerd · — niet verwacht · × geannuleerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="162"/>
        <source>Attendance of the whole cohort</source>
        <translation>Aanwezigheid van de hele groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="167"/>
        <source>&amp;Whole cohort</source>
        <translation>Hele gr&amp;oep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="170"/>
        <source>Attendance: everyone not yet marked is present</source>
        <translation>Presentie: iedereen zonder registratie is aanwezig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="329"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="368"/>
        <source>Session of %1</source>
        <translation>Bijeenkomst van %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="375"/>
        <source>There is no cohort yet: make one on the Cohorts page.</source>
        <translation>Er is nog geen groep: maak er een op de pagina Groepen.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="377"/>
        <source>Choose a session on the left.</source>
        <translation>Kies links een bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="378"/>
        <source>No sessions planned yet: plan them with the buttons under the list.</source>
        <translation>Nog geen bijeenkomsten gepland: plan ze met de knoppen onder de lijst.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="388"/>
        <source>CANCELLED</source>
        <translation>GEANNULEERD</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/sessions.py" line="404"/>
        <source>Undo ca&amp;ncellation</source>
        <translation>Annulering &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="88"/>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="108"/>
        <source>cleared</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="91"/>
        <source>Attendance of %1: %2</source>
        <translation>Presentie van %1: %2</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="93"/>
        <source>Attendance of %1 trainees: %2</source>
        <translation>Aanwezigheid van %1 cursisten: %2</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="111"/>
        <source>%1 sent an apology in advance (%2). Record &apos;%3&apos; instead? The apology is then removed; Ctrl+Z brings it back.</source>
        <translation>%1 heeft zich vooraf afgemeld (%2). Toch &apos;%3&apos; registreren? De afmelding vervalt dan; Ctrl+Z zet haar terug.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="115"/>
        <source>%1 of these trainees sent an apology in advance. Record &apos;%2&apos; for them too? Their apologies are then removed; Ctrl+Z brings them back.</source>
        <translation>%1 van deze cursisten hebben zich vooraf afgemeld. Ook voor hen &apos;%2&apos; registreren? Hun afmeldingen vervallen dan; Ctrl+Z zet ze terug.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="118"/>
        <source>Apology in advance</source>
        <translation>Afmelding vooraf</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="119"/>
        <source>Record anyway</source>
        <translation>Toch registreren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="127"/>
        <source>Someone else recorded this</source>
        <translation>Iemand anders heeft dit geregistreerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="130"/>
        <source>Their mark: %1. Yours: %2.</source>
        <translation>Hun registratie: %1. De uwe: %2.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="133"/>
        <source>Save my mark</source>
        <translation>Mijn registratie opslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="136"/>
        <source>Keep theirs</source>
        <translation>Hun registratie houden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="161"/>
        <source>Everyone already has a mark.</source>
        <translation>Iedereen heeft al een registratie.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="163"/>
        <source>Everyone present (%1)</source>
        <translation>Iedereen aanwezig (%1)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="165"/>
        <source>%1 trainees marked present.</source>
        <translation>%1 cursisten als aanwezig gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="175"/>
        <source>Mark the attendance first (A, L, E or X), then add a remark.</source>
        <translation>Registreer eerst de aanwezigheid (A, L, E of X) en voeg dan een opmerking toe.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="187"/>
        <source>Change a remark</source>
        <translation>Opmerking wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/session_marks.py" line="188"/>
        <source>Change minutes present</source>
        <translation>Minuten aanwezig wijzigen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="33"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="40"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="41"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="46"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="47"/>
        <source>&amp;Text size:</source>
        <translation>Te&amp;kstgrootte:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="48"/>
        <source>&amp;High contrast (black on white, strong outlines)</source>
        <translation>&amp;Hoog contrast (zwart op wit, duidelijke randen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="59"/>
        <source>Ctrl++ and Ctrl+- change the text size at any time; Ctrl+0 makes it normal again.</source>
        <translation>Ctrl++ en Ctrl+- veranderen altijd de tekstgrootte; Ctrl+0 maakt haar weer normaal.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="64"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="75"/>
        <source>Who is working here</source>
        <translation>Wie werkt hier</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="79"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="80"/>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="82"/>
        <source>Your role</source>
        <translation>Uw rol</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="83"/>
        <source>(not said)</source>
        <translation>(niet gezegd)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="87"/>
        <source>Your &amp;role:</source>
        <translation>Uw &amp;rol:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="88"/>
        <source>The audit log names who changed, printed or exported personal data: the user name of this computer, and this name and role.</source>
        <translation>De auditlog noemt wie persoonsgegevens wijzigde, afdrukte of exporteerde: de gebruikersnaam van deze computer, en deze naam en rol.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="99"/>
        <location filename="../../edtrainer/gui/dialogs.py" line="144"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="103"/>
        <location filename="../../edtrainer/gui/dialogs.py" line="134"/>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="104"/>
        <source>Empty: the backups folder beside the database in your data folder. A USB stick or a network folder keeps backups off this computer.</source>
        <translation>Leeg: de map backups naast de database in uw gegevensmap. Op een USB-stick of in een netwerkmap staan de reservekopieën niet op deze computer.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="106"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="107"/>
        <source>Choose the backup folder</source>
        <translation>Kies de map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="113"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Map voor reservekopieën:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="120"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="121"/>
        <source>Make a backup at most every</source>
        <translation>Hoogstens eens per zoveel minuten een reservekopie</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="122"/>
        <source>Back up &amp;at most every:</source>
        <translation>Reservekopie h&amp;oogstens elke:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="123"/>
        <source>edtrainer makes a checked backup while you work (when something changed), when you close it, and before an upgrade, a restore, removing the demo or an erasure. It keeps every backup of the last day, then one a day for two weeks, one a week for two months and one a month for a year.</source>
        <translation>edtrainer maakt een gecontroleerde reservekopie terwijl u werkt (als er iets veranderd is), bij het afsluiten, en vóór een bijwerking, het terugzetten, het verwijderen van de demo of een AVG-verwijdering. Het bewaart alle reservekopieën van de laatste dag, dan één per dag voor twee weken, één per week voor twee maanden en één per maand voor een jaar.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="145"/>
        <source>The folder %1 does not exist. Choose a folder that is there (a USB stick must be plugged in).</source>
        <translation>De map %1 bestaat niet. Kies een map die er is (een USB-stick moet erin zitten).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="30"/>
        <source>Open the chosen row</source>
        <translation>De gekozen regel openen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="31"/>
        <source>Register: change the minutes or the remark of the chosen trainee</source>
        <translation>Register: de minuten of de opmerking van de gekozen cursist wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="32"/>
        <source>Attendance: present, late, excused, absent (then the next trainee)</source>
        <translation>Presentie: aanwezig, te laat, afgemeld, afwezig (dan de volgende cursist)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="34"/>
        <source>Attendance: clear the mark</source>
        <translation>Presentie: registratie wissen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="63"/>
        <source>Open the menu %1</source>
        <translation>Het menu %1 openen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="75"/>
        <source>(no description)</source>
        <translation>(geen beschrijving)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="80"/>
        <source>Go to: %1</source>
        <translation>Naar: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="82"/>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="84"/>
        <source>On this page</source>
        <translation>Op deze pagina</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="86"/>
        <source>In lists and the register</source>
        <translation>In lijsten en het register</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="107"/>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="113"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="114"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="115"/>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="145"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/shortcut_list.py" line="35"/>
        <source>Attendance: the next / previous session (a stack of sign-in sheets)</source>
        <translation>Presentie: de volgende / vorige bijeenkomst (een stapel presentielijsten)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../edtrainer/gui/style.py" line="194"/>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/style.py" line="196"/>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/style.py" line="197"/>
        <source>excused</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/style.py" line="199"/>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/style.py" line="209"/>
        <location filename="../../edtrainer/gui/style.py" line="218"/>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../edtrainer/gui/tasks.py" line="155"/>
        <source>Waiting for the database: someone else is saving…</source>
        <translation>Wachten op de database: iemand anders slaat iets op…</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../edtrainer/gui/dialogs.py" line="179"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>TraineesPage</name>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="25"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="26"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="27"/>
        <source>withdrawn</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="28"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="35"/>
        <source>not enrolled</source>
        <translation>niet ingeschreven</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="44"/>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="82"/>
        <source>Trainees</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="48"/>
        <source>Search by name or e-mail (Ctrl+F)</source>
        <translation>Zoek op naam of e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="54"/>
        <source>Show the trainees of</source>
        <translation>Toon de cursisten van</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="57"/>
        <source>Enrolment status</source>
        <translation>Status van de inschrijving</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="58"/>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="63"/>
        <source>C&amp;ohort:</source>
        <translation>Gr&amp;oep:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="65"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="73"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="74"/>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="263"/>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="76"/>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="264"/>
        <source>Enrolled on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="79"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="88"/>
        <source>&amp;New trainee…</source>
        <translation>&amp;Nieuwe cursist…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="95"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Uitschrijven…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="97"/>
        <source>&amp;Pause…</source>
        <translation>&amp;Pauzeren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="99"/>
        <source>&amp;Resume…</source>
        <translation>Her&amp;vatten…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="101"/>
        <source>Co&amp;mplete…</source>
        <translation>Af&amp;ronden…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="103"/>
        <source>E&amp;xport data (GDPR)…</source>
        <translation>Gegevens e&amp;xporteren (AVG)…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="104"/>
        <source>Everything held about this person, as a file (access request)</source>
        <translation>Alles wat over deze persoon is vastgelegd, als bestand (inzageverzoek)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="89"/>
        <source>Chan&amp;ge…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="88"/>
        <source>Add a new trainee</source>
        <translation>Een nieuwe cursist toevoegen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="90"/>
        <source>Change the chosen trainee&apos;s name or contact details</source>
        <translation>Naam of contactgegevens van de gekozen cursist wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="91"/>
        <source>Enro&amp;l in a cohort…</source>
        <translation>&amp;Inschrijven in een groep…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="92"/>
        <source>Enrol the chosen trainee in a cohort</source>
        <translation>De gekozen cursist in een groep inschrijven</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="93"/>
        <source>Add a pla&amp;cement…</source>
        <translation>St&amp;age toevoegen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="94"/>
        <source>A new placement for this trainee, on the Placements page</source>
        <translation>Een nieuwe stage voor deze cursist, op de pagina Stages</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="96"/>
        <source>The chosen trainee stops the programme</source>
        <translation>De gekozen cursist stopt met de opleiding</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="98"/>
        <source>Pause the chosen trainee&apos;s enrolment for a while</source>
        <translation>De inschrijving van de gekozen cursist een tijd stilzetten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="100"/>
        <source>The chosen trainee takes part again after a pause</source>
        <translation>De gekozen cursist doet na een pauze weer mee</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="102"/>
        <source>Mark the chosen trainee&apos;s enrolment as finished</source>
        <translation>De inschrijving van de gekozen cursist afronden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="105"/>
        <source>Er&amp;ase (GDPR)…</source>
        <translation>Gegevens wi&amp;ssen (AVG)…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="106"/>
        <source>Make this person unidentifiable (erasure request)</source>
        <translation>Maak deze persoon onherkenbaar (verwijderverzoek)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="110"/>
        <source>Who &amp;saw what…</source>
        <translation>Wie &amp;zag wat…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="111"/>
        <source>The audit log about this person: who created, changed, viewed, printed or exported what, and when</source>
        <translation>De auditlog over deze persoon: wie wat vastlegde, wijzigde, bekeek, afdrukte of exporteerde, en wanneer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="157"/>
        <source>All cohorts</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="192"/>
        <source>%1 of %2 rows</source>
        <translation>%1 van %2 regels</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="219"/>
        <source>Given names</source>
        <translation>Voornaam of voornamen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="220"/>
        <source>Name prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="220"/>
        <source>For example: van der, de, ten</source>
        <translation>Bijvoorbeeld: van der, de, ten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="221"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="222"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="222"/>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="223"/>
        <source>Printed on the certificate</source>
        <translation>Komt op het certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="223"/>
        <source>Place of birth</source>
        <translation>Geboorteplaats</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="224"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="225"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="231"/>
        <source>New trainee</source>
        <translation>Nieuwe cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="232"/>
        <source>Only what the programme and the certificate need. edtrainer stores no citizen service number (BSN).</source>
        <translation>Alleen wat de opleiding en het certificaat nodig hebben. edtrainer slaat geen burgerservicenummer (BSN) op.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="245"/>
        <source>Change trainee %1</source>
        <translation>Cursist %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="256"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="262"/>
        <source>Enrol %1</source>
        <translation>%1 inschrijven</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="264"/>
        <source>Empty: the cohort&apos;s start or today</source>
        <translation>Leeg: de start van de groep of vandaag</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="265"/>
        <source>Buddy (maatje)</source>
        <translation>Maatje</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="282"/>
        <source>Withdraw %1</source>
        <translation>%1 uitschrijven</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="282"/>
        <source>Pause the enrolment of %1</source>
        <translation>Inschrijving van %1 pauzeren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="283"/>
        <source>Resume the enrolment of %1</source>
        <translation>Inschrijving van %1 hervatten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="283"/>
        <source>Complete the enrolment of %1</source>
        <translation>Inschrijving van %1 afronden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="286"/>
        <source>Why, in short</source>
        <translation>Waarom, in het kort</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="287"/>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="287"/>
        <source>found work</source>
        <translation>werk gevonden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="288"/>
        <source>personal circumstances</source>
        <translation>persoonlijke omstandigheden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="288"/>
        <source>moved away</source>
        <translation>verhuisd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="289"/>
        <source>the programme did not suit</source>
        <translation>de opleiding paste niet</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="290"/>
        <source>Counted in reports for funders; never the reason&apos;s own words</source>
        <translation>Geteld in de verantwoording voor financiers; nooit de woorden van de reden zelf</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="291"/>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="372"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="292"/>
        <source>Keep it short: no medical or other private details</source>
        <translation>Houd het kort: geen medische of andere privézaken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="293"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="293"/>
        <source>Empty: today</source>
        <translation>Leeg: vandaag</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="294"/>
        <source>While paused, the trainee is not expected at sessions. On resuming, the sessions of the pause count as excused.</source>
        <translation>Tijdens de pauze wordt de cursist niet verwacht bij bijeenkomsten. Bij hervatten tellen de bijeenkomsten van de pauze als afgemeld.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="296"/>
        <source>The trainee can get a participation statement. This cannot be undone; a new enrolment in a later cohort is possible.</source>
        <translation>De cursist kan een bewijs van deelname krijgen. Dit kan niet ongedaan worden gemaakt; een nieuwe inschrijving in een latere groep kan wel.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="317"/>
        <source>Export everything held about %1</source>
        <translation>Alles over %1 exporteren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="318"/>
        <source>PDF and JSON (*.pdf)</source>
        <translation>PDF en JSON (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="331"/>
        <source>Exported to %1 and %2 (readable by you only).</source>
        <translation>Geëxporteerd naar %1 en %2 (alleen leesbaar voor u).</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="332"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="348"/>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="368"/>
        <source>Erase %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="349"/>
        <source>This makes %1 unidentifiable: name, contact details and all free text about them are removed for good. Counts of the cohort stay. Older backups still hold the data. This cannot be undone.</source>
        <translation>Dit maakt %1 onherkenbaar: naam, contactgegevens en alle vrije tekst over deze persoon verdwijnen definitief. De aantallen van de groep blijven. Oudere reservekopieën bevatten de gegevens nog. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="351"/>
        <source>Continue…</source>
        <translation>Doorgaan…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="369"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="370"/>
        <source>request of the person</source>
        <translation>verzoek van de betrokkene</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="371"/>
        <source>retention period passed</source>
        <translation>bewaartermijn verstreken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="289"/>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="371"/>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="373"/>
        <source>For example: request of the person on 24-11-2026. Their names, e-mail and phone are taken out of what you write.</source>
        <translation>Bijvoorbeeld: verzoek van de betrokkene op 24-11-2026. Namen, e-mailadres en telefoonnummer van de cursist worden uit uw tekst gehaald.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="388"/>
        <source>Erased</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/pages/trainees.py" line="375"/>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="81"/>
        <source>Register file %1 — edtrainer</source>
        <translation>Registerbestand %1 — edtrainer</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="84"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 to %3. Made by %4. Record attendance with the keys below; every key is saved in the file at once. Give the file back to the coordinator when done.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 tot en met %3. Gemaakt door %4. Vul de presentie in met de toetsen hieronder; elke toets wordt meteen in het bestand bewaard. Geef het bestand daarna terug aan de coördinator.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="94"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="96"/>
        <source>Sessions in the file</source>
        <translation>Bijeenkomsten in het bestand</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="104"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="108"/>
        <source>Attendance of the session; a key marks the current trainee</source>
        <translation>Presentie van de bijeenkomst; een toets markeert de huidige cursist</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="134"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="144"/>
        <source>in advance</source>
        <translation>vooraf</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="155"/>
        <source>%1, %2 of %3 recorded</source>
        <translation>%1, %2 van %3 geregistreerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/trainer_window.py" line="236"/>
        <source>Saved in %1 at %2</source>
        <translation>Opgeslagen in %1 om %2</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="215"/>
        <source>Check a certificate</source>
        <translation>Certificaat controleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="217"/>
        <source>Choose a certificate (PDF) someone gave you. edtrainer checks the signature, that nothing was changed or added, and the register.</source>
        <translation>Kies een certificaat (PDF) dat iemand u gaf. edtrainer controleert de handtekening, dat er niets is veranderd of toegevoegd, en het register.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="221"/>
        <source>&amp;Choose a PDF…</source>
        <translation>PDF &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="222"/>
        <source>Open a certificate&apos;s PDF file and check its signature and the register</source>
        <translation>Een pdf-bestand van een certificaat openen en de handtekening en het register controleren</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="233"/>
        <source>What was checked</source>
        <translation>Wat is gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="236"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="242"/>
        <source>Choose a certificate</source>
        <translation>Kies een certificaat</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/documents.py" line="243"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../edtrainer/gui/verify_publish.py" line="30"/>
        <source>Folder for the verification page</source>
        <translation>Map voor de controlepagina</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/verify_publish.py" line="45"/>
        <source>From now on edtrainer writes it again after every issue, revocation and correction.</source>
        <translation>Voortaan schrijft edtrainer haar opnieuw na elke uitreiking, intrekking en correctie.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/verify_publish.py" line="47"/>
        <source>Verification page</source>
        <translation>Controlepagina</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/verify_publish.py" line="50"/>
        <source>Writing the verification page…</source>
        <translation>Controlepagina schrijven…</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/verify_publish.py" line="65"/>
        <source>The verification page is not up to date yet: choose &apos;Publish the verification page…&apos;.</source>
        <translation>De controlepagina is nog niet bijgewerkt: kies &apos;Controlepagina publiceren…&apos;.</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/verify_publish.py" line="77"/>
        <source>Verification page updated: %1</source>
        <translation>Controlepagina bijgewerkt: %1</translation>
    </message>
    <message>
        <location filename="../../edtrainer/gui/verify_publish.py" line="84"/>
        <source>The verification page could not be written: %1</source>
        <translation>De controlepagina kon niet worden geschreven: %1</translation>
    </message>
</context>
</TS>
