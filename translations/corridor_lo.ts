<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Only coordinators can read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>--birth-year takes a year such as 1990</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-art takes yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent takes a list of keep, contact and share-partner (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent-date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on ART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share with partner National Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case add takes only --options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case add needs --uic CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: possible duplicate: %1 (case %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case edit ID --field value …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case search TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case list takes only --options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be active, closed or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case file matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case add|edit|list|search|show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encounter add needs --case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--next-followup takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encounter list needs --case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encounter add|list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within takes a number of days (0 to 366)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is due in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup add needs --case ID --due YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup done ID [--date YYYY-MM-DD] [--undo]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup due|add|done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases takes a number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 case files written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UIC (unique identifier code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. first letters of mother’s and father’s names + birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UIC lets services count a person without a name. Agree a rule with your branch and use it every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the person chooses to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;tionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+66 81 234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of &amp;origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended &amp;destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HIV status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On antiretroviral treatment (&amp;ART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ART &amp;site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic or hospital where medicine is collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health details stay in this encrypted case file. They never appear on a printed referral slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each use to the person in their language and tick only what they agree to. Without consent to keep records, do not keep a case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact me by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share what is needed with the Red Cross in the country I go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned &amp;volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a follow-up when it is done. Logging a contact also ticks the follow-ups that were due by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case file matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 case files; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up planned at the contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be moved to another case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cbor</name>
    <message>
        <source>unexpected bytes after the end of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indefinite or reserved length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends in the middle of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer is not in its shortest form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data holds too many items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported simple value or floating-point number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged items are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is longer than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends in the middle of a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map key must be an integer or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map holds the same key twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map keys are not in canonical order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Changeset</name>
    <message>
        <source>malformed changeset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changeset format %1 is not supported by this Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence or clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>no passphrase given: use --passphrase-file FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: %1 (see corridor-cli help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no vault in %1 (create one with: corridor-cli init …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The unique identifier code (UIC) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UIC may hold only letters, digits, spaces and dashes, at most 40 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, dashes and a leading +, and needs at least three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country code (use KH, LA, MM, TH, VN, CN, MY, XX or ZZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person on ART must have HIV status &apos;positive&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date on which consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (it was truncated or never written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: its size is not a whole number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database key could not be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database library in this process cannot encrypt (SQLCipher is not active); Corridor refuses to run rather than write data in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with the key from vault.keys: the file is damaged or was altered, or vault.db and vault.keys come from different vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted; Corridor refuses to open or write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: %1 could not be written. Free some space and try again; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or was altered (a page failed its integrity check): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another Corridor window or command is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device key has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>%1 has the same UIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a very similar name and the same birth year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>The contact must belong to a case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the contact is required (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the contact is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind of contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next follow-up date is before the contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next &amp;follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact completes the follow-ups due by this date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The follow-up must belong to a case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up needs a due date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date on which the follow-up was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. check that medicine was refilled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>corridor-cli [--vault DIR] [--passphrase-file FILE|-] COMMAND …

The vault is DIR, else $CORRIDOR_VAULT, else ~/.local/share/Corridor/vault.
Passphrases come from --passphrase-file (first line; - reads standard input) or are
asked for on the terminal; never from the command line itself.

  init --user NAME --role volunteer|coordinator|trainer --org CRC|LRC|MRCS|TRCS --branch NAME
       [--device-name NAME] [--language km|lo|th|my|en] [--kdf calibrated|minimum]
                                 create a vault; prints &quot;recovery key: KEY&quot; once
  case add --uic CODE [--name NAME] [--sex female|male|other|unknown] [--birth-year YYYY]
       [--age-band 25-29] [--phone P] [--nationality KH|LA|MM|TH|…] [--languages km,th]
       [--origin-country CC] [--origin-province P] [--location L] [--destination D]
       [--migration-status documented|pending|undocumented|returned|prospective|unknown]
       [--occupation CODE] [--hiv-status unknown|negative|positive] [--on-art yes|no]
       [--art-site S] [--consent keep,contact,share-partner] [--consent-date YYYY-MM-DD]
       [--status active|closed|lost] [--notes TEXT]
                                 prints the new case id
  case edit ID [the options of case add]   (an empty value clears a field)
  case list [--status S] [--due] [--limit N] [--json]
  case search TEXT [--json]      by UIC, name, phone or place; part of a word is enough
  case show ID [--json]          ID may be the first characters of the id, or the UIC
  encounter add --case ID [--date YYYY-MM-DD] [--kind outreach|phone|message|home|office|
       accompaniment|group] [--services info,condoms,testing,…] [--notes T]
       [--next-followup YYYY-MM-DD] [--keep-followups-open]
  encounter list --case ID [--json]
  followup due [--within DAYS] [--mine] [--json]    overdue and due soon (default 7 days)
  followup add --case ID --due YYYY-MM-DD [--reason T]
  followup done ID [--date YYYY-MM-DD] [--undo]
  passwd --new-passphrase-file FILE
  recover --recovery-key-file FILE --new-passphrase-file FILE [--user NAME]
  user add --name NAME --role ROLE --new-passphrase-file FILE;  user list [--json]
  audit [--case ID] [--limit N] [--json]           coordinators only
  info [--json];  check;  demo --cases N [--seed S]

Exit status: 0 success, 1 error (message on standard error), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>vault.keys is missing: without it the vault cannot be opened. Restore it from a backup of the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault.keys is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not readable JSON (truncated or overwritten?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Corridor key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault.keys has format version %1; this Corridor reads version %2. Update Corridor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault id is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more key slots than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot has an unknown kind or algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault.keys was changed outside Corridor (its authentication code does not match). Restore it from a backup and tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Cambodian Red Cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao Red Cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar Red Cross Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai Red Cross Society</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseKdf</name>
    <message>
        <source>the key derivation salt has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation settings are weaker than Corridor ever writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation settings ask for more memory or time than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase needs at least %1 characters. A short sentence in your own language is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters; choose words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one or two more words make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeVault</name>
    <message>
        <source>Practice volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>there is nothing to put in the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is too long for a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is empty or could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QR code was found in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be searched for a QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>no user is signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>the recovery key contains &apos;%1&apos;, which is not one of its letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recovery key has %1 letters and digits; this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery key has a typing mistake (its check letters do not match); please compare it with the printed copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Corridor recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault of %1, %2 branch — laptop “%3”, first user %4.
Vault id %5. Printed %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the case files on that laptop when a passphrase is forgotten. Anyone who holds it and the laptop can read them. Keep this page in the coordinator&apos;s locked safe; never photograph it, send it in a chat app or keep it with the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>this vault was written by a newer version of Corridor (%1 data version %2; this Corridor knows up to %3). Update Corridor to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading %1 to data version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the name of the first user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known National Society (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the branch this laptop works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot add a user with more access than your own; ask a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor locks itself when nobody has touched the keyboard or mouse for this long. Ctrl+L locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Corridor is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open the case files on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode: the volunteer’s passphrase is “practice”; the coordinator’s is “coordinator”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault.db is missing from %1: the case files are not there. Restore the vault folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is not correct (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault has no recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this recovery key does not belong to this vault, or it was replaced by a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault.db has no device identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault cannot hold more users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user has no passphrase in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last passphrase of a vault cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>init takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be volunteer, coordinator or trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kdf must be calibrated (the default) or minimum (tests and training only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault created in %1. Write the recovery key down or print it, and keep it in the coordinator&apos;s safe: it is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwd needs --new-passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kdf must be calibrated or minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover needs --recovery-key-file FILE and --new-passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault has no user called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault has several users: name the one to recover with --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add|list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log was altered at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault.db: every page passed its integrity check; the audit log is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateless or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar (Burmese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karen (S&apos;gaw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented (valid passport and permit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture and plantations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishing and seafood processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurants, hotels and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entertainment venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market and trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (chat app or SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to the Red Cross office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompanied to a clinic or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV testing or referral for testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment adherence support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help to refill medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STI referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB screening referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with identity or work documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection or legal referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food or emergency relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-border referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log of this case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries. The log is intact: no entry was changed or removed from the middle.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: entry %1 of the log was changed outside Corridor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditModel</name>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseEditor</name>
    <message>
        <source>Choose a case file on the left, or press Ctrl+N for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has not agreed to keep records: ask again, or do not keep this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseListModel</name>
    <message>
        <source>UIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseListPanel</name>
    <message>
        <source>No case file matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case files shown; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search by UIC, name, phone or place (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring this laptop to make the passphrase slow to guess, then creating the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created. Nothing was written; go back, correct the problem and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::FirstRunWizard</name>
    <message>
        <source>Set up Corridor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpListWidget</name>
    <message>
        <source>%1 overdue, %2 due in the next %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (if consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>Follow-ups due (%1, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Corridor locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case files, cross-border referrals and training for Red Cross outreach volunteers supporting migrants living with HIV.&lt;/p&gt;&lt;p&gt;Everything is kept encrypted on this laptop (SQLCipher %2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Corridor now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log of this case &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRACTICE MODE — every person here is fictional. Use it to learn and to teach; nothing is kept after you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PRACTICE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::OrganisationPage</name>
    <message>
        <source>Your National Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files and referrals are kept per National Society and branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tak, Banteay Meanchey, Savannakhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this &amp;laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::PassphraseDialog</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The case files are not re-encrypted, so this is quick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second person who uses this laptop gets their own name, role and passphrase. Everything they save is signed with their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key opened the vault. Choose whose passphrase to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key printed when this vault was created (your coordinator keeps it). Dashes and small letters do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the case files. It is shown only now. Print it (or write it down exactly) and give it to your coordinator to keep in a safe. Do not photograph it or keep it with the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user can now unlock this laptop with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 branch
Device id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::UnlockWidget</name>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::UserPage</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is written on everything you save. The passphrase protects the case files: choose a short sentence in your own language that others cannot guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corridor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor keeps the case files of the migrants you support, encrypted on this laptop. It works without internet.

In the next steps you choose your National Society and branch, your name and a passphrase. At the end Corridor shows a recovery key once: print it or write it down for your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files, cross-border referrals and training for Red Cross outreach volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a throwaway vault of fictional case files for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, km, lo, my or th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
