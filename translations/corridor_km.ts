<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>AgeEncryption</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">បណ្ណាល័យអ៊ិនគ្រីបមិនអាចចាប់ផ្តើមបានទេ</translation>
    </message>
    <message>
        <source>there is nobody to encrypt for</source>
        <translation type="unfinished">គ្មានអ្នកទទួលសម្រាប់អ៊ិនគ្រីបទេ</translation>
    </message>
    <message>
        <source>a recipient key has the wrong length</source>
        <translation type="unfinished">សោរបស់អ្នកទទួលមួយមានប្រវែងមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>a recipient key is not a valid X25519 key</source>
        <translation type="unfinished">សោរបស់អ្នកទទួលមួយមិនមែនជាសោ X25519 ត្រឹមត្រូវទេ</translation>
    </message>
    <message>
        <source>not a valid age file: %1</source>
        <translation type="unfinished">មិនមែនជាឯកសារ age ត្រឹមត្រូវទេ៖ %1</translation>
    </message>
    <message>
        <source>the decryption key has the wrong length</source>
        <translation type="unfinished">សោឌិគ្រីបមានប្រវែងមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>the version line is missing</source>
        <translation type="unfinished">បន្ទាត់កំណែបាត់</translation>
    </message>
    <message>
        <source>the header ends early</source>
        <translation type="unfinished">ក្បាលឯកសារបញ្ចប់មុនពេលកំណត់</translation>
    </message>
    <message>
        <source>a recipient line is malformed</source>
        <translation type="unfinished">បន្ទាត់អ្នកទទួលមួយខូចទម្រង់</translation>
    </message>
    <message>
        <source>a recipient body is malformed</source>
        <translation type="unfinished">ខ្លឹមសារអ្នកទទួលមួយខូចទម្រង់</translation>
    </message>
    <message>
        <source>an X25519 recipient is malformed</source>
        <translation type="unfinished">អ្នកទទួល X25519 មួយខូចទម្រង់</translation>
    </message>
    <message>
        <source>this file was not encrypted for this device</source>
        <translation type="unfinished">ឯកសារនេះមិនត្រូវបានអ៊ិនគ្រីបសម្រាប់ឧបករណ៍នេះទេ</translation>
    </message>
    <message>
        <source>the encrypted file&apos;s header was changed</source>
        <translation type="unfinished">ក្បាលនៃឯកសារដែលបានអ៊ិនគ្រីប ត្រូវបានកែប្រែ</translation>
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation type="unfinished">ខ្លឹមសារត្រូវបានកាត់ខ្លី</translation>
    </message>
    <message>
        <source>the encrypted content is larger than allowed</source>
        <translation type="unfinished">ខ្លឹមសារដែលបានអ៊ិនគ្រីប ធំជាងការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>a payload chunk is truncated</source>
        <translation type="unfinished">កំណាត់ខ្លឹមសារមួយត្រូវបានកាត់ខ្លី</translation>
    </message>
    <message>
        <source>the encrypted content was changed or truncated</source>
        <translation type="unfinished">ខ្លឹមសារដែលបានអ៊ិនគ្រីប ត្រូវបានកែប្រែ ឬកាត់ខ្លី</translation>
    </message>
    <message>
        <source>an empty final chunk</source>
        <translation type="unfinished">កំណាត់ចុងក្រោយទទេ</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished">%1៖ %2 (%3)</translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation type="unfinished">មិនអាចបង្កើតឯកសារបណ្តោះអាសន្នបានទេ</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished">មិនអាចសរសេរឯកសារបានទេ</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation type="unfinished">មិនអាចជំនួសឯកសារបានទេ</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished">រកមិនឃើញ %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">មិនអាចអាន %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished">%1 ធំជាង %2 បៃ</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Only coordinators can read the audit log.</source>
        <translation type="unfinished">មានតែអ្នកសម្របសម្រួលទេ ដែលអាចអានកំណត់ហេតុត្រួតពិនិត្យបាន។</translation>
    </message>
</context>
<context>
    <name>Base45</name>
    <message>
        <source>the Base45 text has an impossible length</source>
        <translation type="unfinished">អត្ថបទ Base45 មានប្រវែងដែលមិនអាចមានបាន</translation>
    </message>
    <message>
        <source>the Base45 text holds a character outside its alphabet</source>
        <translation type="unfinished">អត្ថបទ Base45 មានតួអក្សរនៅក្រៅសំណុំតួអក្សររបស់វា</translation>
    </message>
    <message>
        <source>the Base45 text holds a group that is out of range</source>
        <translation type="unfinished">អត្ថបទ Base45 មានក្រុមមួយដែលហួសដែនកំណត់</translation>
    </message>
</context>
<context>
    <name>Bech32</name>
    <message>
        <source>mixed upper and lower case</source>
        <translation type="unfinished">មានអក្សរធំ និងអក្សរតូចលាយគ្នា</translation>
    </message>
    <message>
        <source>no separator or checksum</source>
        <translation type="unfinished">គ្មានសញ្ញាបំបែក ឬលេខផ្ទៀងផ្ទាត់ (checksum)</translation>
    </message>
    <message>
        <source>a character outside the Bech32 alphabet</source>
        <translation type="unfinished">តួអក្សរមួយនៅក្រៅសំណុំតួអក្សរ Bech32</translation>
    </message>
    <message>
        <source>the checksum does not match (a typing mistake?)</source>
        <translation type="unfinished">លេខផ្ទៀងផ្ទាត់ (checksum) មិនត្រូវគ្នា (វាយខុស?)</translation>
    </message>
    <message>
        <source>invalid padding</source>
        <translation type="unfinished">ការបំពេញ (padding) មិនត្រឹមត្រូវ</translation>
    </message>
</context>
<context>
    <name>BookletPdf</name>
    <message>
        <source>&quot;%1&quot; is not a booklet language; use en, km, lo, my or th.</source>
        <translation type="unfinished">&quot;%1&quot; មិនមែនជាភាសារបស់កូនសៀវភៅទេ។ សូមប្រើ en, km, lo, my ឬ th។</translation>
    </message>
    <message>
        <source>The language %1 is given twice.</source>
        <translation type="unfinished">ភាសា %1 ត្រូវបានដាក់ពីរដង។</translation>
    </message>
    <message>
        <source>Give one language, or two for side by side (for example km,en).</source>
        <translation type="unfinished">សូមដាក់ភាសាមួយ ឬពីរដើម្បីបង្ហាញទន្ទឹមគ្នា (ឧទាហរណ៍ km,en)។</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booklet language.</source>
        <translation type="unfinished">&quot;%1&quot; មិនមែនជាភាសារបស់កូនសៀវភៅទេ។</translation>
    </message>
    <message>
        <source>Give one language, or two for side by side.</source>
        <translation type="unfinished">សូមដាក់ភាសាមួយ ឬពីរដើម្បីបង្ហាញទន្ទឹមគ្នា។</translation>
    </message>
    <message>
        <source>The booklet&apos;s contents do not fit on its cover.</source>
        <translation type="unfinished">មាតិការបស់កូនសៀវភៅ មិនអាចដាក់ឲ្យសមនៅលើក្របរបស់វាបានទេ។</translation>
    </message>
    <message>
        <source>The booklet cannot be drawn on this device.</source>
        <translation type="unfinished">មិនអាចគូរកូនសៀវភៅនៅលើឧបករណ៍នេះបានទេ។</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">មិនមានថត %1 ទេ។</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">មិនអាចសរសេរ %1 បានទេ៖ %2</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>a bundle for this laptop itself makes no sense</source>
        <translation type="unfinished">មិនអាចបង្កើតកញ្ចប់ទិន្នន័យសម្រាប់កុំព្យូទ័រយួរដៃនេះផ្ទាល់បានទេ</translation>
    </message>
    <message>
        <source>device %1 is not enrolled here; enrol its card first</source>
        <translation type="unfinished">ឧបករណ៍ %1 មិនទាន់បានចុះបញ្ជីនៅទីនេះទេ។ សូមចុះបញ្ជីប័ណ្ណរបស់វាជាមុនសិន</translation>
    </message>
    <message>
        <source>device %1 was revoked</source>
        <translation type="unfinished">ឧបករណ៍ %1 ត្រូវបានដកសិទ្ធិហើយ</translation>
    </message>
    <message>
        <source>the peer&apos;s key cannot receive encrypted files</source>
        <translation type="unfinished">សោរបស់ឧបករណ៍ម្ខាងទៀត មិនអាចទទួលឯកសារដែលបានអ៊ិនគ្រីបបានទេ</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>the bundle file is larger than %1 MiB</source>
        <translation type="unfinished">ឯកសារកញ្ចប់ទិន្នន័យធំជាង %1 MiB</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature key does not match the exporter it names</source>
        <translation type="unfinished">សោហត្ថលេខារបស់កញ្ចប់ទិន្នន័យ មិនត្រូវនឹងឧបករណ៍នាំចេញដែលវាបញ្ជាក់ឈ្មោះទេ</translation>
    </message>
    <message>
        <source>the signature file is not written the way Corridor writes it</source>
        <translation type="unfinished">ឯកសារហត្ថលេខាមិនត្រូវបានសរសេរតាមរបៀបដែល Corridor សរសេរទេ</translation>
    </message>
    <message>
        <source>the archive&apos;s file times do not match the bundle&apos;s signed time</source>
        <translation type="unfinished">ពេលវេលានៃឯកសារក្នុងបណ្ណសារ មិនត្រូវនឹងពេលវេលាដែលបានចុះហត្ថលេខារបស់កញ្ចប់ទិន្នន័យទេ</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>its clock is more than a day ahead of this laptop&apos;s (a wrong date on the laptop that wrote it?); held for review</source>
        <translation type="unfinished">នាឡិការបស់វាលឿនជាងនាឡិការបស់កុំព្យូទ័រយួរដៃនេះ លើសពីមួយថ្ងៃ (ប្រហែលជាកាលបរិច្ឆេទខុស នៅលើកុំព្យូទ័រយួរដៃដែលបានសរសេរវា?)។ បានផ្អាកទុកដើម្បីពិនិត្យ</translation>
    </message>
    <message>
        <source>device %1 signed two different changesets numbered %2 (possible tampering)</source>
        <translation type="unfinished">ឧបករណ៍ %1 បានចុះហត្ថលេខាលើសំណុំការផ្លាស់ប្តូរពីរផ្សេងគ្នា ដែលមានលេខ %2 ដូចគ្នា (អាចមានការក្លែងបន្លំ)</translation>
    </message>
    <message>
        <source>a changeset whose signature does not match its author&apos;s key</source>
        <translation type="unfinished">សំណុំការផ្លាស់ប្តូរមួយ ដែលហត្ថលេខាមិនត្រូវនឹងសោរបស់អ្នកសរសេរ</translation>
    </message>
    <message>
        <source>this bundle was exported by this laptop</source>
        <translation type="unfinished">កញ្ចប់ទិន្នន័យនេះត្រូវបាននាំចេញដោយកុំព្យូទ័រយួរដៃនេះផ្ទាល់</translation>
    </message>
    <message>
        <source>the bundle comes from device %1, which is not enrolled here (enrol its card first)</source>
        <translation type="unfinished">កញ្ចប់ទិន្នន័យមកពីឧបករណ៍ %1 ដែលមិនទាន់បានចុះបញ្ជីនៅទីនេះ (សូមចុះបញ្ជីប័ណ្ណរបស់វាជាមុនសិន)</translation>
    </message>
    <message>
        <source>the bundle comes from %1, which was revoked before it wrote this bundle</source>
        <translation type="unfinished">កញ្ចប់ទិន្នន័យមកពី %1 ដែលត្រូវបានដកសិទ្ធិ មុនពេលវាសរសេរកញ្ចប់ទិន្នន័យនេះ</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match: it was changed after %1 signed it, or it was not signed by that device</source>
        <translation type="unfinished">ហត្ថលេខារបស់កញ្ចប់ទិន្នន័យមិនត្រូវគ្នា៖ វាត្រូវបានកែប្រែក្រោយពេល %1 ចុះហត្ថលេខា ឬវាមិនត្រូវបានចុះហត្ថលេខាដោយឧបករណ៍នោះទេ</translation>
    </message>
    <message>
        <source>the bundle is addressed to another device (%1)</source>
        <translation type="unfinished">កញ្ចប់ទិន្នន័យនេះសម្រាប់ឧបករណ៍ផ្សេង (%1)</translation>
    </message>
    <message>
        <source>%1 sent two different bundles numbered %2; the second was refused (possible forgery)</source>
        <translation type="unfinished">%1 បានផ្ញើកញ្ចប់ទិន្នន័យពីរផ្សេងគ្នា ដែលមានលេខ %2 ដូចគ្នា។ កញ្ចប់ទីពីរត្រូវបានបដិសេធ (អាចជាការក្លែងបន្លំ)</translation>
    </message>
    <message>
        <source>the bundle&apos;s signed header and its content disagree (re-signed by someone else?)</source>
        <translation type="unfinished">ក្បាលដែលបានចុះហត្ថលេខា និងខ្លឹមសាររបស់កញ្ចប់ទិន្នន័យ មិនត្រូវគ្នា (មាននរណាម្នាក់ផ្សេងបានចុះហត្ថលេខាឡើងវិញ?)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបាននាំចូលទេ៖ %1</translation>
    </message>
    <message>
        <source>an erased changeset that does not match the one held here</source>
        <translation type="unfinished">សំណុំការផ្លាស់ប្តូរដែលបានលុប ដែលមិនត្រូវនឹងសំណុំដែលមាននៅទីនេះ</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>the bundle&apos;s signed header is not one Corridor writes</source>
        <translation type="unfinished">ក្បាលដែលបានចុះហត្ថលេខារបស់កញ្ចប់ទិន្នន័យ មិនមែនជាប្រភេទដែល Corridor សរសេរទេ</translation>
    </message>
    <message>
        <source>the bundle&apos;s content is malformed: %1</source>
        <translation type="unfinished">ខ្លឹមសាររបស់កញ្ចប់ទិន្នន័យខូចទម្រង់៖ %1</translation>
    </message>
    <message>
        <source>the bundle&apos;s content is larger than allowed</source>
        <translation type="unfinished">ខ្លឹមសាររបស់កញ្ចប់ទិន្នន័យធំជាងការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>the bundle&apos;s content has a format this Corridor does not know</source>
        <translation type="unfinished">ខ្លឹមសាររបស់កញ្ចប់ទិន្នន័យមានទម្រង់ដែល Corridor នេះមិនស្គាល់</translation>
    </message>
    <message>
        <source>the inner header</source>
        <translation type="unfinished">ក្បាលខាងក្នុង</translation>
    </message>
    <message>
        <source>the version vector</source>
        <translation type="unfinished">វ៉ិចទ័រកំណែ (version vector)</translation>
    </message>
    <message>
        <source>the bundle holds more changesets than allowed</source>
        <translation type="unfinished">កញ្ចប់ទិន្នន័យមានសំណុំការផ្លាស់ប្តូរច្រើនជាងការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>a changeset entry</source>
        <translation type="unfinished">ធាតុសំណុំការផ្លាស់ប្តូរមួយ</translation>
    </message>
    <message>
        <source>an erased-changeset entry</source>
        <translation type="unfinished">ធាតុសំណុំការផ្លាស់ប្តូរដែលបានលុបមួយ</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation type="unfinished">បង្កាន់ដៃទទួលមួយ</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>--birth-year takes a year such as 1990</source>
        <translation type="unfinished">--birth-year ត្រូវការឆ្នាំ ឧទាហរណ៍ 1990</translation>
    </message>
    <message>
        <source>--on-art takes yes or no</source>
        <translation type="unfinished">--on-art ត្រូវការ yes ឬ no</translation>
    </message>
    <message>
        <source>--consent takes a list of keep, contact and share-partner (or none)</source>
        <translation type="unfinished">--consent ត្រូវការបញ្ជីនៃ keep, contact និង share-partner (ឬ none)</translation>
    </message>
    <message>
        <source>--consent-date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--consent-date ត្រូវការកាលបរិច្ឆេទជាទម្រង់ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished">លេខសម្គាល់</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished">ភេទ</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation type="unfinished">ឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished">ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished">សញ្ជាតិ</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished">ទូរសព្ទ</translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished">ស្រុកកំណើត</translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished">ទីកន្លែងបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished">ទិសដៅ</translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished">ស្ថានភាពចំណាកស្រុក</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished">មុខរបរ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">ស្ថានភាពមេរោគអេដស៍</translation>
    </message>
    <message>
        <source>on ART</source>
        <translation type="unfinished">កំពុងប្រើឱសថ ART</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">កន្លែងទទួលឱសថ ART</translation>
    </message>
    <message>
        <source>keep records</source>
        <translation type="unfinished">រក្សាទុកព័ត៌មាន</translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation type="unfinished">ទាក់ទងតាមទូរសព្ទ</translation>
    </message>
    <message>
        <source>share with partner National Society</source>
        <translation type="unfinished">ចែករំលែកជាមួយសមាគមជាតិកាកបាទក្រហមដៃគូ</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">ការយល់ព្រម</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">មិនទាន់បានកត់ត្រា</translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished">ស្ថានភាពករណី</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>case add takes only --options</source>
        <translation type="unfinished">case add ទទួលយកតែ --options ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>case add needs --uic CODE</source>
        <translation type="unfinished">case add ត្រូវការ --uic CODE</translation>
    </message>
    <message>
        <source>warning: possible duplicate: %1 (case %2)</source>
        <translation type="unfinished">ប្រយ័ត្ន៖ ប្រហែលជាស្ទួន៖ %1 (ករណី %2)</translation>
    </message>
    <message>
        <source>case edit ID --field value …</source>
        <translation type="unfinished">case edit ID --field value …</translation>
    </message>
    <message>
        <source>case search TEXT</source>
        <translation type="unfinished">case search TEXT</translation>
    </message>
    <message>
        <source>case list takes only --options</source>
        <translation type="unfinished">case list ទទួលយកតែ --options ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>--status must be active, closed or lost</source>
        <translation type="unfinished">--status ត្រូវតែជា active, closed ឬ lost</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished">--limit ត្រូវការលេខធំជាង 0</translation>
    </message>
    <message>
        <source>no case file matches</source>
        <translation type="unfinished">គ្មានឯកសារករណីណាត្រូវគ្នាទេ</translation>
    </message>
    <message>
        <source>no case files yet</source>
        <translation type="unfinished">មិនទាន់មានឯកសារករណីនៅឡើយទេ</translation>
    </message>
    <message>
        <source>case show ID</source>
        <translation type="unfinished">case show ID</translation>
    </message>
    <message>
        <source>contact %1: %2 — %3</source>
        <translation type="unfinished">ការទាក់ទង %1៖ %2 — %3</translation>
    </message>
    <message>
        <source>follow-up %1: %2%3</source>
        <translation type="unfinished">ការតាមដាន %1៖ %2%3</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"> (រួចរាល់)</translation>
    </message>
    <message>
        <source>encounter add needs --case ID</source>
        <translation type="unfinished">encounter add ត្រូវការ --case ID</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--date ត្រូវការកាលបរិច្ឆេទជាទម្រង់ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--next-followup takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--next-followup ត្រូវការកាលបរិច្ឆេទជាទម្រង់ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>encounter list needs --case ID</source>
        <translation type="unfinished">encounter list ត្រូវការ --case ID</translation>
    </message>
    <message>
        <source>encounter add|list</source>
        <translation type="unfinished">encounter add|list</translation>
    </message>
    <message>
        <source>--within takes a number of days (0 to 366)</source>
        <translation type="unfinished">--within ត្រូវការចំនួនថ្ងៃ (ពី 0 ដល់ 366)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">ហួសពេល</translation>
    </message>
    <message>
        <source>due    </source>
        <translation type="unfinished">ដល់ពេល</translation>
    </message>
    <message>
        <source>nothing is due in the next %1 days</source>
        <translation type="unfinished">គ្មានអ្វីដល់ពេលក្នុងរយៈពេល %1 ថ្ងៃខាងមុខទេ</translation>
    </message>
    <message>
        <source>followup add needs --case ID --due YYYY-MM-DD</source>
        <translation type="unfinished">followup add ត្រូវការ --case ID --due YYYY-MM-DD</translation>
    </message>
    <message>
        <source>followup done ID [--date YYYY-MM-DD] [--undo]</source>
        <translation type="unfinished">followup done ID [--date YYYY-MM-DD] [--undo]</translation>
    </message>
    <message>
        <source>followup due|add|done</source>
        <translation type="unfinished">followup due|add|done</translation>
    </message>
    <message>
        <source>--cases takes a number from 1 to 1000000</source>
        <translation type="unfinished">--cases ត្រូវការលេខពី 1 ដល់ 1000000</translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation type="unfinished">--seed ត្រូវការលេខមួយ</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">តួនាទីរបស់អ្នក (អ្នកបណ្តុះបណ្តាល) មិនអាចមើលឯកសារករណីបានទេ។</translation>
    </message>
    <message>
        <source>%1 of %2 case files written</source>
        <translation type="unfinished">បានសរសេរឯកសារករណី %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <source>case history ID [--json]</source>
        <translation type="unfinished">case history ID [--json]</translation>
    </message>
    <message>
        <source>case erase ID --reason TEXT [--second-user NAME --second-passphrase-file FILE]</source>
        <translation type="unfinished">case erase ID --reason TEXT [--second-user NAME --second-passphrase-file FILE]</translation>
    </message>
    <message>
        <source>--second-user needs --second-passphrase-file</source>
        <translation type="unfinished">--second-user ត្រូវការ --second-passphrase-file</translation>
    </message>
    <message>
        <source>The case file and everything linked to it were erased here; the erasure travels with the next bundles.</source>
        <translation type="unfinished">ឯកសារករណី និងអ្វីៗទាំងអស់ដែលភ្ជាប់ជាមួយវា ត្រូវបានលុបនៅទីនេះ។ ការលុបនេះនឹងបញ្ជូនទៅជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់ៗ។</translation>
    </message>
    <message>
        <source>case add|edit|list|search|show|history|erase</source>
        <translation type="unfinished">case add|edit|list|search|show|history|erase</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished">អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>&amp;UIC (unique identifier code)</source>
        <translation type="unfinished">&amp;UIC (លេខកូដសម្គាល់តែមួយគត់)</translation>
    </message>
    <message>
        <source>e.g. first letters of mother’s and father’s names + birth year</source>
        <translation type="unfinished">ឧ. អក្សរដំបូងនៃឈ្មោះម្តាយ និងឪពុក + ឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>The UIC lets services count a person without a name. Agree a rule with your branch and use it every time.</source>
        <translation type="unfinished">UIC ជួយឲ្យសេវាអាចរាប់មនុស្សម្នាក់បាន ដោយមិនចាំបាច់ដឹងឈ្មោះ។ សូមព្រមព្រៀងលើវិធានមួយជាមួយសាខារបស់អ្នក ហើយប្រើវិធាននោះរាល់ដង។</translation>
    </message>
    <message>
        <source>&amp;Name or alias</source>
        <translation type="unfinished">ឈ្មោះ ឬឈ្មោះហៅក្រៅ (&amp;N)</translation>
    </message>
    <message>
        <source>Only what the person chooses to give</source>
        <translation type="unfinished">តែអ្វីដែលម្ចាស់ខ្លួនសុខចិត្តប្រាប់ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished">ភេទ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished">ឆ្នាំកំណើត (&amp;B)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished">មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation type="unfinished">ក្រុមអាយុ (&amp;A)</translation>
    </message>
    <message>
        <source>Na&amp;tionality</source>
        <translation type="unfinished">សញ្ជាតិ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished">ភាសាដែលនិយាយ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished">ទូរសព្ទ (&amp;P)</translation>
    </message>
    <message>
        <source>+66 81 234 5678</source>
        <translation type="unfinished">+66 81 234 5678</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished">ចំណាកស្រុក</translation>
    </message>
    <message>
        <source>Country of &amp;origin</source>
        <translation type="unfinished">ប្រទេសកំណើត (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Province of origin</source>
        <translation type="unfinished">ខេត្តកំណើត (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Current location</source>
        <translation type="unfinished">ទីកន្លែងបច្ចុប្បន្ន (&amp;C)</translation>
    </message>
    <message>
        <source>Intended &amp;destination</source>
        <translation type="unfinished">ទិសដៅដែលចង់ទៅ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Migration status</source>
        <translation type="unfinished">ស្ថានភាពចំណាកស្រុក (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Work sector</source>
        <translation type="unfinished">វិស័យការងារ (&amp;W)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished">សុខភាព</translation>
    </message>
    <message>
        <source>&amp;HIV status</source>
        <translation type="unfinished">ស្ថានភាពមេរោគអេដស៍ (&amp;H)</translation>
    </message>
    <message>
        <source>On antiretroviral treatment (&amp;ART)</source>
        <translation type="unfinished">កំពុងព្យាបាលដោយឱសថប្រឆាំងមេរោគអេដស៍ (&amp;ART)</translation>
    </message>
    <message>
        <source>ART &amp;site</source>
        <translation type="unfinished">កន្លែងទទួលឱសថ ART (&amp;S)</translation>
    </message>
    <message>
        <source>Clinic or hospital where medicine is collected</source>
        <translation type="unfinished">គ្លីនិក ឬមន្ទីរពេទ្យ ដែលទៅយកឱសថ</translation>
    </message>
    <message>
        <source>Health details stay in this encrypted case file. They never appear on a printed referral slip.</source>
        <translation type="unfinished">ព័ត៌មានសុខភាពនៅតែក្នុងឯកសារករណីដែលបានអ៊ិនគ្រីបនេះប៉ុណ្ណោះ។ វាមិនដែលបង្ហាញនៅលើប័ណ្ណបញ្ជូនដែលបានបោះពុម្ពទេ។</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Read each use to the person in their language and tick only what they agree to. Without consent to keep records, do not keep a case file.</source>
        <translation type="unfinished">សូមអានការប្រើប្រាស់នីមួយៗឲ្យម្ចាស់ខ្លួនស្តាប់ ជាភាសារបស់គាត់ ហើយធីកតែចំណុចដែលគាត់យល់ព្រមប៉ុណ្ណោះ។ បើគាត់មិនយល់ព្រមឲ្យរក្សាទុកព័ត៌មានទេ កុំរក្សាទុកឯកសារករណី។</translation>
    </message>
    <message>
        <source>Keep records about me</source>
        <translation type="unfinished">រក្សាទុកព័ត៌មានអំពីខ្ញុំ</translation>
    </message>
    <message>
        <source>Contact me by phone</source>
        <translation type="unfinished">ទាក់ទងខ្ញុំតាមទូរសព្ទ</translation>
    </message>
    <message>
        <source>Share what is needed with the Red Cross in the country I go to</source>
        <translation type="unfinished">ចែករំលែកព័ត៌មានដែលចាំបាច់ ជាមួយកាកបាទក្រហមនៅប្រទេសដែលខ្ញុំទៅ</translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation type="unfinished">ថ្ងៃដែលបានយល់ព្រម (&amp;G)</translation>
    </message>
    <message>
        <source>Case and notes</source>
        <translation type="unfinished">ករណី និងកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation type="unfinished">ស្ថានភាពករណី (&amp;S)</translation>
    </message>
    <message>
        <source>Assigned &amp;volunteer</source>
        <translation type="unfinished">អ្នកស្ម័គ្រចិត្តទទួលបន្ទុក (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">កំណត់ចំណាំ (&amp;N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">ការទាក់ទង</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished">កត់ត្រាការទាក់ទង (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished">កែការទាក់ទង (&amp;E)…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">ការតាមដាន</translation>
    </message>
    <message>
        <source>&amp;Plan a follow-up…</source>
        <translation type="unfinished">កំណត់ពេលតាមដាន (&amp;P)…</translation>
    </message>
    <message>
        <source>Tick a follow-up when it is done. Logging a contact also ticks the follow-ups that were due by then.</source>
        <translation type="unfinished">ធីកការតាមដាន នៅពេលធ្វើរួច។ ការកត់ត្រាការទាក់ទងមួយ ក៏ធីកការតាមដានដែលដល់ពេលត្រឹមថ្ងៃនោះដែរ។</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="unfinished">ត្រឡប់ការកែប្រែវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">រក្សាទុក (&amp;S)</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">សូមចូលប្រើជាមុនសិន។</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">តួនាទីរបស់អ្នក (អ្នកបណ្តុះបណ្តាល) មិនអាចមើលឯកសារករណីបានទេ។</translation>
    </message>
    <message>
        <source>There is no case file %1.</source>
        <translation type="unfinished">មិនមានឯកសារករណី %1 ទេ។</translation>
    </message>
    <message>
        <source>No case file matches &apos;%1&apos;.</source>
        <translation type="unfinished">គ្មានឯកសារករណីណាត្រូវនឹង &apos;%1&apos; ទេ។</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 case files; give more of the id.</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវនឹងឯកសារករណី %2។ សូមវាយលេខសម្គាល់ឲ្យបានវែងជាងនេះ។</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation type="unfinished">មិនមានការទាក់ទង %1 ទេ។</translation>
    </message>
    <message>
        <source>A contact cannot be moved to another case file.</source>
        <translation type="unfinished">មិនអាចផ្លាស់ការទាក់ទងទៅឯកសារករណីផ្សេងបានទេ។</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished">មិនមានការតាមដាន %1 ទេ។</translation>
    </message>
    <message>
        <source>Erasing a person needs a coordinator, or a second user to confirm with their passphrase.</source>
        <translation type="unfinished">ការលុបព័ត៌មានរបស់មនុស្សម្នាក់ ត្រូវការអ្នកសម្របសម្រួល ឬអ្នកប្រើម្នាក់ទៀតបញ្ជាក់ដោយឃ្លាសម្ងាត់របស់គាត់។</translation>
    </message>
    <message>
        <source>Give the reason for erasing (it is kept; the person&apos;s data is not).</source>
        <translation type="unfinished">សូមផ្តល់មូលហេតុនៃការលុប (មូលហេតុត្រូវបានរក្សាទុក ប៉ុន្តែទិន្នន័យរបស់ម្ចាស់ខ្លួនមិនត្រូវបានរក្សាទុកទេ)។</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished">មូលហេតុវែងជាង %1 តួអក្សរ។</translation>
    </message>
</context>
<context>
    <name>Cbor</name>
    <message>
        <source>unexpected bytes after the end of the data</source>
        <translation type="unfinished">មានបៃដែលមិនរំពឹងទុក នៅក្រោយចុងទិន្នន័យ</translation>
    </message>
    <message>
        <source>indefinite or reserved length</source>
        <translation type="unfinished">ប្រវែងមិនកំណត់ ឬប្រវែងដែលបម្រុងទុក</translation>
    </message>
    <message>
        <source>the data ends in the middle of an item</source>
        <translation type="unfinished">ទិន្នន័យបញ្ចប់នៅកណ្តាលធាតុមួយ</translation>
    </message>
    <message>
        <source>an integer is not in its shortest form</source>
        <translation type="unfinished">ចំនួនគត់មួយមិនស្ថិតក្នុងទម្រង់ខ្លីបំផុតរបស់វា</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation type="unfinished">ទិន្នន័យដាក់ត្រួតគ្នាជ្រៅពេក</translation>
    </message>
    <message>
        <source>the data holds too many items</source>
        <translation type="unfinished">ទិន្នន័យមានធាតុច្រើនពេក</translation>
    </message>
    <message>
        <source>unsupported simple value or floating-point number</source>
        <translation type="unfinished">តម្លៃសាមញ្ញ ឬចំនួនទសភាគ ដែលមិនគាំទ្រ</translation>
    </message>
    <message>
        <source>tagged items are not accepted</source>
        <translation type="unfinished">មិនទទួលយកធាតុដែលមានស្លាក (tag)</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation type="unfinished">ចំនួនគត់ហួសដែនកំណត់</translation>
    </message>
    <message>
        <source>a string is longer than allowed</source>
        <translation type="unfinished">ខ្សែអក្សរមួយវែងជាងការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>the data ends in the middle of a string</source>
        <translation type="unfinished">ទិន្នន័យបញ្ចប់នៅកណ្តាលខ្សែអក្សរមួយ</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation type="unfinished">ខ្សែអក្សរមួយមិនមែនជា UTF-8 ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>a map key must be an integer or a string</source>
        <translation type="unfinished">key របស់ map ត្រូវតែជាចំនួនគត់ ឬខ្សែអក្សរ</translation>
    </message>
    <message>
        <source>a map holds the same key twice</source>
        <translation type="unfinished">map មួយមាន key ដូចគ្នាពីរដង</translation>
    </message>
    <message>
        <source>map keys are not in canonical order</source>
        <translation type="unfinished">key របស់ map មិនស្ថិតតាមលំដាប់ស្តង់ដារ</translation>
    </message>
    <message>
        <source>unknown item type</source>
        <translation type="unfinished">ប្រភេទធាតុមិនស្គាល់</translation>
    </message>
    <message>
        <source>the data is empty</source>
        <translation type="unfinished">ទិន្នន័យទទេ</translation>
    </message>
    <message>
        <source>the data is larger than allowed</source>
        <translation type="unfinished">ទិន្នន័យធំជាងការអនុញ្ញាត</translation>
    </message>
</context>
<context>
    <name>Changeset</name>
    <message>
        <source>malformed changeset: %1</source>
        <translation type="unfinished">សំណុំការផ្លាស់ប្តូរខូចទម្រង់៖ %1</translation>
    </message>
    <message>
        <source>not a map</source>
        <translation type="unfinished">មិនមែនជា map</translation>
    </message>
    <message>
        <source>changeset format %1 is not supported by this Corridor</source>
        <translation type="unfinished">Corridor នេះមិនគាំទ្រទម្រង់សំណុំការផ្លាស់ប្តូរ %1 ទេ</translation>
    </message>
    <message>
        <source>unknown entry</source>
        <translation type="unfinished">ធាតុមិនស្គាល់</translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished">អ្នកសរសេរ</translation>
    </message>
    <message>
        <source>sequence or clock</source>
        <translation type="unfinished">លេខលំដាប់ ឬនាឡិកា</translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished">កំណត់ត្រា</translation>
    </message>
    <message>
        <source>operation</source>
        <translation type="unfinished">ប្រតិបត្តិការ</translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished">វាលទិន្នន័យ</translation>
    </message>
    <message>
        <source>too many fields</source>
        <translation type="unfinished">វាលទិន្នន័យច្រើនពេក</translation>
    </message>
    <message>
        <source>field name</source>
        <translation type="unfinished">ឈ្មោះវាលទិន្នន័យ</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished">វាលទិន្នន័យ %1</translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished">ហត្ថលេខា</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished">មិនស្គាល់ជម្រើស --%1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished">--%1 មិនត្រូវការតម្លៃទេ</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished">--%1 ត្រូវការតម្លៃ</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation type="unfinished">--%1 ត្រូវបានដាក់ពីរដង</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>no passphrase given: use --passphrase-file FILE (or - for standard input)</source>
        <translation type="unfinished">មិនបានផ្តល់ឃ្លាសម្ងាត់៖ សូមប្រើ --passphrase-file FILE (ឬ - សម្រាប់ការបញ្ចូលស្តង់ដារ)</translation>
    </message>
    <message>
        <source>no passphrase was typed</source>
        <translation type="unfinished">មិនបានវាយឃ្លាសម្ងាត់ទេ</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">កំហុស៖ %1</translation>
    </message>
    <message>
        <source>usage error: %1 (see corridor-cli help)</source>
        <translation type="unfinished">ប្រើមិនត្រឹមត្រូវ៖ %1 (មើល corridor-cli help)</translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation type="unfinished">មិនអាចអានការបញ្ចូលស្តង់ដារបានទេ</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished">មិនមានឯកសារ %1 ទេ</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation type="unfinished">មិនអាចអានឯកសារ %1 បានទេ</translation>
    </message>
    <message>
        <source>the passphrase file is larger than %1 bytes</source>
        <translation type="unfinished">ឯកសារឃ្លាសម្ងាត់ធំជាង %1 បៃ</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished">ឯកសារឃ្លាសម្ងាត់ទទេ</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished">វាយម្តងទៀត៖</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ទទេ</translation>
    </message>
    <message>
        <source>there is no vault in %1 (create one with: corridor-cli init …)</source>
        <translation type="unfinished">មិនមានឃ្លាំងទិន្នន័យនៅក្នុង %1 ទេ (បង្កើតមួយដោយ៖ corridor-cli init …)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់៖</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The unique identifier code (UIC) is required.</source>
        <translation type="unfinished">ត្រូវតែបញ្ចូលលេខកូដសម្គាល់តែមួយគត់ (UIC)។</translation>
    </message>
    <message>
        <source>The UIC may hold only letters, digits, spaces and dashes, at most 40 of them.</source>
        <translation type="unfinished">UIC អាចមានតែអក្សរ លេខ ដកឃ្លា និងសញ្ញាដាច់ (-) ប៉ុណ្ណោះ ហើយមិនលើសពី 40 តួទេ។</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>province of origin</source>
        <translation type="unfinished">ខេត្តកំណើត</translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished">ទីកន្លែងបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>intended destination</source>
        <translation type="unfinished">ទិសដៅដែលចង់ទៅ</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">កន្លែងទទួលឱសថ ART</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished">%1 វែងជាង %2 តួអក្សរ។</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished">កំណត់ចំណាំវែងជាង %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, dashes and a leading +, and needs at least three digits.</source>
        <translation type="unfinished">លេខទូរសព្ទអាចមានតែលេខ ដកឃ្លា សញ្ញាដាច់ (-) និងសញ្ញា + នៅខាងមុខ ហើយត្រូវមានលេខយ៉ាងហោចណាស់បីខ្ទង់។</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation type="unfinished">ឆ្នាំកំណើតត្រូវនៅចន្លោះ 1900 និង %1។</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2.</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជា%2ដែលស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country code (use KH, LA, MM, TH, VN, CN, MY, XX or ZZ).</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាលេខកូដប្រទេសដែលស្គាល់ទេ (ប្រើ KH, LA, MM, TH, VN, CN, MY, XX ឬ ZZ)។</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known language code.</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាលេខកូដភាសាដែលស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>A person on ART must have HIV status &apos;positive&apos;.</source>
        <translation type="unfinished">អ្នកដែលកំពុងប្រើឱសថ ART ត្រូវតែមានស្ថានភាពមេរោគអេដស៍ &apos;វិជ្ជមាន&apos;។</translation>
    </message>
    <message>
        <source>Record the date on which consent was given.</source>
        <translation type="unfinished">សូមកត់ត្រាថ្ងៃដែលបានយល់ព្រម។</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation type="unfinished">ថ្ងៃយល់ព្រមជាថ្ងៃនៅពេលអនាគត។</translation>
    </message>
</context>
<context>
    <name>Compression</name>
    <message>
        <source>the decompressor could not start</source>
        <translation type="unfinished">កម្មវិធីពន្លាទិន្នន័យមិនអាចចាប់ផ្តើមបានទេ</translation>
    </message>
    <message>
        <source>the compressed content is damaged</source>
        <translation type="unfinished">ខ្លឹមសារដែលបានបង្ហាប់ខូច</translation>
    </message>
    <message>
        <source>the content expands to more than %1 MiB; refused</source>
        <translation type="unfinished">ខ្លឹមសារពន្លាចេញធំជាង %1 MiB។ ត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>the compressed content is truncated</source>
        <translation type="unfinished">ខ្លឹមសារដែលបានបង្ហាប់ត្រូវបានកាត់ខ្លី</translation>
    </message>
    <message>
        <source>unexpected bytes after the compressed content</source>
        <translation type="unfinished">មានបៃដែលមិនរំពឹងទុក នៅក្រោយខ្លឹមសារដែលបានបង្ហាប់</translation>
    </message>
</context>
<context>
    <name>ContentCommands</name>
    <message>
        <source>Showing the built-in content; give --passphrase-file to see a pack imported into the vault.</source>
        <translation type="unfinished">កំពុងបង្ហាញខ្លឹមសារដែលភ្ជាប់មកជាមួយ។ សូមដាក់ --passphrase-file ដើម្បីមើលកញ្ចប់ខ្លឹមសារដែលបាននាំចូលទៅក្នុងឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an attendee is NAME,SEX[,ROLE[,PRE[,POST]]]</source>
        <translation type="unfinished">&quot;%1&quot;៖ អ្នកចូលរួមម្នាក់ត្រូវសរសេរជា NAME,SEX[,ROLE[,PRE[,POST]]]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test score (0–100).</source>
        <translation type="unfinished">&quot;%1&quot; មិនមែនជាពិន្ទុតេស្តទេ (0–100)។</translation>
    </message>
    <message>
        <source>  curriculum: %1 modules, %2 lessons</source>
        <translation type="unfinished">  កម្មវិធីសិក្សា៖ ម៉ូឌុល %1 មេរៀន %2</translation>
    </message>
    <message>
        <source>content export-booklet --lang km[,en] --pdf FILE</source>
        <translation type="unfinished">content export-booklet --lang km[,en] --pdf FILE</translation>
    </message>
    <message>
        <source>content import FILE</source>
        <translation type="unfinished">content import FILE</translation>
    </message>
    <message>
        <source>Content pack version %1 imported (was %2), signed by %3.</source>
        <translation type="unfinished">បាននាំចូលកញ្ចប់ខ្លឹមសារកំណែ %1 (មុននេះ %2) ដែលបានចុះហត្ថលេខាដោយ %3។</translation>
    </message>
    <message>
        <source>content build --source FOLDER --out FILE.corridor-pack</source>
        <translation type="unfinished">content build --source FOLDER --out FILE.corridor-pack</translation>
    </message>
    <message>
        <source>Only a coordinator or a trainer publishes content packs.</source>
        <translation type="unfinished">មានតែអ្នកសម្របសម្រួល ឬអ្នកបណ្តុះបណ្តាលទេ ដែលអាចបោះផ្សាយកញ្ចប់ខ្លឹមសារ។</translation>
    </message>
    <message>
        <source>content list|export-booklet|import|build</source>
        <translation type="unfinished">content list|export-booklet|import|build</translation>
    </message>
    <message>
        <source>curriculum list [--json] [--lang km]</source>
        <translation type="unfinished">curriculum list [--json] [--lang km]</translation>
    </message>
    <message>
        <source>--lang is one of en, km, lo, my, th</source>
        <translation type="unfinished">--lang ត្រូវតែជា en, km, lo, my ឬ th</translation>
    </message>
    <message>
        <source>training add|list|summary</source>
        <translation type="unfinished">training add|list|summary</translation>
    </message>
    <message>
        <source>training add --modules M1[,M2] --date YYYY-MM-DD --place TEXT --trainer NAME (--attendee NAME,SEX[,ROLE[,PRE[,POST]]] … | --attendees FILE.csv) [--notes TEXT]</source>
        <translation type="unfinished">training add --modules M1[,M2] --date YYYY-MM-DD --place TEXT --trainer NAME (--attendee NAME,SEX[,ROLE[,PRE[,POST]]] … | --attendees FILE.csv) [--notes TEXT]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished">&quot;%1&quot; មិនមែនជាកាលបរិច្ឆេទទេ (YYYY-MM-DD)។</translation>
    </message>
    <message>
        <source>%1  %2 sessions  %3 people (%4 female, %5 male, %6 other)</source>
        <translation type="unfinished">%1  វគ្គ %2  មនុស្ស %3 នាក់ (ស្រី %4 ប្រុស %5 ផ្សេងទៀត %6)</translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>The built-in content is missing from this build.</source>
        <translation type="unfinished">កំណែកម្មវិធីនេះ គ្មានខ្លឹមសារដែលភ្ជាប់មកជាមួយទេ។</translation>
    </message>
    <message>
        <source>The pack is signed by %1, which is not a trusted publisher here. Only packs signed by an enrolled coordinator or trainer can be imported.</source>
        <translation type="unfinished">កញ្ចប់នេះត្រូវបានចុះហត្ថលេខាដោយ %1 ដែលមិនមែនជាអ្នកបោះផ្សាយដែលទុកចិត្តនៅទីនេះទេ។ អាចនាំចូលបានតែកញ្ចប់ដែលបានចុះហត្ថលេខាដោយអ្នកសម្របសម្រួល ឬអ្នកបណ្តុះបណ្តាលដែលបានចុះបញ្ជីប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed.</source>
        <translation type="unfinished">ហត្ថលេខារបស់កញ្ចប់ មិនត្រូវនឹងខ្លឹមសាររបស់វាទេ៖ វាត្រូវបានកែប្រែក្រោយពេលចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>The pack&apos;s signed label does not match the pack inside.</source>
        <translation type="unfinished">ស្លាកដែលបានចុះហត្ថលេខារបស់កញ្ចប់ មិនត្រូវនឹងកញ្ចប់ដែលនៅខាងក្នុងទេ។</translation>
    </message>
    <message>
        <source>This pack is &quot;%1&quot;, not Corridor&apos;s booklet and curriculum (&quot;%2&quot;).</source>
        <translation type="unfinished">កញ្ចប់នេះគឺ &quot;%1&quot; មិនមែនជាកូនសៀវភៅ និងកម្មវិធីសិក្សារបស់ Corridor (&quot;%2&quot;) ទេ។</translation>
    </message>
    <message>
        <source>This pack is version %1; this laptop already has version %2. Only a newer pack replaces it.</source>
        <translation type="unfinished">កញ្ចប់នេះជាកំណែ %1 ប៉ុន្តែកុំព្យូទ័រយួរដៃនេះមានកំណែ %2 រួចហើយ។ មានតែកញ្ចប់ថ្មីជាងប៉ុណ្ណោះ ដែលអាចជំនួសវាបាន។</translation>
    </message>
</context>
<context>
    <name>ContentPack</name>
    <message>
        <source>English</source>
        <translation type="unfinished">អង់គ្លេស</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished">ខ្មែរ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">ឡាវ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished">មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished">ថៃ</translation>
    </message>
    <message>
        <source>The content pack is malformed: %1.</source>
        <translation type="unfinished">កញ្ចប់ខ្លឹមសារខូចទម្រង់៖ %1។</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation type="unfinished">&quot;%1&quot; បាត់ ឬមិនមែនជាអត្ថបទ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished">&quot;%1&quot; មិនមែនជាលេខសម្គាល់ត្រឹមត្រូវទេ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a map of languages</source>
        <translation type="unfinished">&quot;%1&quot; មិនមែនជាបញ្ជីតាមភាសា (map) ទេ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an entry that is not one of the languages en, km, lo, my, th</source>
        <translation type="unfinished">&quot;%1&quot; មានធាតុមួយដែលមិនមែនជាភាសា en, km, lo, my ឬ th</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list</source>
        <translation type="unfinished">&quot;%1&quot; បាត់ ឬមិនមែនជាបញ្ជី</translation>
    </message>
    <message>
        <source>The content pack has more than %1 entries in &quot;%2&quot;.</source>
        <translation type="unfinished">កញ្ចប់ខ្លឹមសារមានធាតុលើសពី %1 នៅក្នុង &quot;%2&quot;។</translation>
    </message>
    <message>
        <source>The content pack is empty.</source>
        <translation type="unfinished">កញ្ចប់ខ្លឹមសារទទេ។</translation>
    </message>
    <message>
        <source>The content pack is larger than %1 MB.</source>
        <translation type="unfinished">កញ្ចប់ខ្លឹមសារធំជាង %1 MB។</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation type="unfinished">កញ្ចប់ខ្លឹមសារ</translation>
    </message>
    <message>
        <source>it is not a map</source>
        <translation type="unfinished">វាមិនមែនជា map ទេ</translation>
    </message>
    <message>
        <source>it has no format number</source>
        <translation type="unfinished">វាគ្មានលេខទម្រង់ទេ</translation>
    </message>
    <message>
        <source>The content pack uses format %1; this version of Corridor reads format %2. Update Corridor to use it.</source>
        <translation type="unfinished">កញ្ចប់ខ្លឹមសារប្រើទម្រង់ %1 ប៉ុន្តែ Corridor កំណែនេះអានទម្រង់ %2។ សូមធ្វើបច្ចុប្បន្នភាព Corridor ដើម្បីប្រើវា។</translation>
    </message>
    <message>
        <source>the version is not a positive whole number</source>
        <translation type="unfinished">កំណែមិនមែនជាចំនួនគត់វិជ្ជមានទេ</translation>
    </message>
    <message>
        <source>lesson %1 has no duration in minutes</source>
        <translation type="unfinished">មេរៀន %1 គ្មានរយៈពេលជានាទីទេ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pack id</source>
        <translation type="unfinished">&quot;%1&quot; មិនមែនជាលេខសម្គាល់កញ្ចប់ត្រឹមត្រូវទេ</translation>
    </message>
    <message>
        <source>the booklet has no sections</source>
        <translation type="unfinished">កូនសៀវភៅគ្មានផ្នែកណាមួយទេ</translation>
    </message>
    <message>
        <source>The booklet has no %1 title.</source>
        <translation type="unfinished">កូនសៀវភៅគ្មានចំណងជើងជាភាសា %1 ទេ។</translation>
    </message>
    <message>
        <source>the section %1 appears twice</source>
        <translation type="unfinished">ផ្នែក %1 មានពីរដង</translation>
    </message>
    <message>
        <source>The booklet section &quot;%1&quot; has no %2 text.</source>
        <translation type="unfinished">ផ្នែក &quot;%1&quot; នៃកូនសៀវភៅ គ្មានអត្ថបទជាភាសា %2 ទេ។</translation>
    </message>
    <message>
        <source>the module %1 appears twice</source>
        <translation type="unfinished">ម៉ូឌុល %1 មានពីរដង</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; has no English text.</source>
        <translation type="unfinished">ម៉ូឌុល &quot;%1&quot; គ្មានអត្ថបទជាភាសាអង់គ្លេសទេ។</translation>
    </message>
    <message>
        <source>the lesson %1/%2 appears twice</source>
        <translation type="unfinished">មេរៀន %1/%2 មានពីរដង</translation>
    </message>
    <message>
        <source>The lesson &quot;%1/%2&quot; has no English text.</source>
        <translation type="unfinished">មេរៀន &quot;%1/%2&quot; គ្មានអត្ថបទជាភាសាអង់គ្លេសទេ។</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">មិនអាចអាន %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB.</source>
        <translation type="unfinished">%1 ធំជាង %2 KB។</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished">%1 មិនមែនជាអត្ថបទ UTF-8 ទេ។</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished">%1 មិនមែនជា JSON object ទេ៖ %2</translation>
    </message>
    <message>
        <source>pack.json needs a &quot;version&quot; of 1 or more.</source>
        <translation type="unfinished">pack.json ត្រូវការ &quot;version&quot; ចាប់ពី 1 ឡើងទៅ។</translation>
    </message>
    <message>
        <source>The lesson %1/%2 needs &quot;minutes&quot; in the manifest.</source>
        <translation type="unfinished">មេរៀន %1/%2 ត្រូវការ &quot;minutes&quot; នៅក្នុង manifest។</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished">រកមិនឃើញ %1</translation>
    </message>
    <message>
        <source>%1 is empty (it was truncated or never written)</source>
        <translation type="unfinished">%1 ទទេ (វាត្រូវបានកាត់ខ្លី ឬមិនដែលបានសរសេរ)</translation>
    </message>
    <message>
        <source>%1 is truncated: its size is not a whole number of pages</source>
        <translation type="unfinished">%1 ត្រូវបានកាត់ខ្លី៖ ទំហំរបស់វាមិនមែនជាចំនួនទំព័រគត់ទេ</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished">%1 មានរួចហើយ</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished">មិនអាចបើក %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>the database key could not be set</source>
        <translation type="unfinished">មិនអាចកំណត់សោរបស់មូលដ្ឋានទិន្នន័យបានទេ</translation>
    </message>
    <message>
        <source>the database library in this process cannot encrypt (SQLCipher is not active); Corridor refuses to run rather than write data in the clear</source>
        <translation type="unfinished">បណ្ណាល័យមូលដ្ឋានទិន្នន័យក្នុងដំណើរការនេះ មិនអាចអ៊ិនគ្រីបបានទេ (SQLCipher មិនដំណើរការ)។ Corridor បដិសេធមិនដំណើរការ ជាជាងសរសេរទិន្នន័យដោយគ្មានការអ៊ិនគ្រីប</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with the key from vault.keys: the file is damaged or was altered, or vault.db and vault.keys come from different vaults</source>
        <translation type="unfinished">មិនអាចឌិគ្រីប %1 ដោយសោពី vault.keys បានទេ៖ ឯកសារខូច ឬត្រូវបានកែប្រែ ឬ vault.db និង vault.keys មកពីឃ្លាំងទិន្នន័យផ្សេងគ្នា</translation>
    </message>
    <message>
        <source>%1 is not encrypted; Corridor refuses to open or write it</source>
        <translation type="unfinished">%1 មិនត្រូវបានអ៊ិនគ្រីបទេ។ Corridor បដិសេធមិនបើក ឬសរសេរវាទេ</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation type="unfinished">%1 មិនបានឆ្លងការត្រួតពិនិត្យភាពត្រឹមត្រូវ៖ %2</translation>
    </message>
    <message>
        <source>the disk is full: %1 could not be written. Free some space and try again; nothing was saved</source>
        <translation type="unfinished">ថាសពេញ៖ មិនអាចសរសេរ %1 បានទេ។ សូមលុបអ្វីខ្លះចេញឲ្យមានកន្លែងទំនេរ ហើយព្យាយាមម្តងទៀត។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered (a page failed its integrity check): %2</source>
        <translation type="unfinished">%1 ខូច ឬត្រូវបានកែប្រែ (ទំព័រមួយមិនបានឆ្លងការត្រួតពិនិត្យភាពត្រឹមត្រូវ)៖ %2</translation>
    </message>
    <message>
        <source>%1 is busy: another Corridor window or command is using it</source>
        <translation type="unfinished">%1 កំពុងជាប់រវល់៖ បង្អួច ឬពាក្យបញ្ជា Corridor មួយផ្សេងទៀតកំពុងប្រើវា</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: %2</source>
        <translation type="unfinished">មិនអាចអាន ឬសរសេរ %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation type="unfinished">កំហុសមូលដ្ឋានទិន្នន័យក្នុង %1៖ %2</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>not a valid device card: %1</source>
        <translation type="unfinished">មិនមែនជាប័ណ្ណឧបករណ៍ត្រឹមត្រូវទេ៖ %1</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation type="unfinished">វាវែងពេក</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation type="unfinished">វាមិនចាប់ផ្តើមដោយ %1 ទេ</translation>
    </message>
    <message>
        <source>it is not a Corridor device card</source>
        <translation type="unfinished">វាមិនមែនជាប័ណ្ណឧបករណ៍របស់ Corridor ទេ</translation>
    </message>
    <message>
        <source>this device card has a format version this Corridor does not know</source>
        <translation type="unfinished">ប័ណ្ណឧបករណ៍នេះមានកំណែទម្រង់ដែល Corridor នេះមិនស្គាល់</translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation type="unfinished">វាលទិន្នន័យមួយបាត់ ឬខូចទម្រង់</translation>
    </message>
    <message>
        <source>the device card&apos;s signature does not match its contents</source>
        <translation type="unfinished">ហត្ថលេខារបស់ប័ណ្ណឧបករណ៍ មិនត្រូវនឹងខ្លឹមសាររបស់វាទេ</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">បណ្ណាល័យអ៊ិនគ្រីបមិនអាចចាប់ផ្តើមបានទេ</translation>
    </message>
    <message>
        <source>the device key has the wrong length</source>
        <translation type="unfinished">សោរបស់ឧបករណ៍មានប្រវែងមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>the device key is damaged</source>
        <translation type="unfinished">សោរបស់ឧបករណ៍ខូច</translation>
    </message>
</context>
<context>
    <name>DropFolderSync</name>
    <message>
        <source>the inbox folder %1 does not exist</source>
        <translation type="unfinished">មិនមានថតទទួល %1 ទេ</translation>
    </message>
    <message>
        <source>not for this device</source>
        <translation type="unfinished">មិនមែនសម្រាប់ឧបករណ៍នេះទេ</translation>
    </message>
    <message>
        <source>written by this device</source>
        <translation type="unfinished">សរសេរដោយឧបករណ៍នេះ</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">បាននាំចូល</translation>
    </message>
    <message>
        <source>the outbox folder %1 cannot be created</source>
        <translation type="unfinished">មិនអាចបង្កើតថតផ្ញើ %1 បានទេ</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>%1 has the same UIC</source>
        <translation type="unfinished">%1 មាន UIC ដូចគ្នា</translation>
    </message>
    <message>
        <source>%1 has the same phone number</source>
        <translation type="unfinished">%1 មានលេខទូរសព្ទដូចគ្នា</translation>
    </message>
    <message>
        <source>%1 has a very similar name and the same birth year</source>
        <translation type="unfinished">%1 មានឈ្មោះស្រដៀងគ្នាខ្លាំង និងឆ្នាំកំណើតដូចគ្នា</translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>The contact must belong to a case file.</source>
        <translation type="unfinished">ការទាក់ទងត្រូវតែស្ថិតក្នុងឯកសារករណីមួយ។</translation>
    </message>
    <message>
        <source>The date of the contact is required (YYYY-MM-DD).</source>
        <translation type="unfinished">ត្រូវតែបញ្ចូលថ្ងៃនៃការទាក់ទង (YYYY-MM-DD)។</translation>
    </message>
    <message>
        <source>The date of the contact is in the future.</source>
        <translation type="unfinished">ថ្ងៃនៃការទាក់ទងជាថ្ងៃនៅពេលអនាគត។</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind of contact.</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាប្រភេទការទាក់ទងដែលស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known service.</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាសេវាដែលស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished">កំណត់ចំណាំវែងជាង %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>The next follow-up date is before the contact.</source>
        <translation type="unfinished">ថ្ងៃតាមដានបន្ទាប់ នៅមុនថ្ងៃទាក់ទង។</translation>
    </message>
</context>
<context>
    <name>EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished">កត់ត្រាការទាក់ទង</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation type="unfinished">ប្រភេទការទាក់ទង (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Services given</source>
        <translation type="unfinished">សេវាដែលបានផ្តល់ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">កំណត់ចំណាំ (&amp;N)</translation>
    </message>
    <message>
        <source>Plan the next &amp;follow-up on</source>
        <translation type="unfinished">កំណត់ការតាមដានបន្ទាប់នៅថ្ងៃ (&amp;F)</translation>
    </message>
    <message>
        <source>This contact completes the follow-ups due by this date</source>
        <translation type="unfinished">ការទាក់ទងនេះ បញ្ចប់ការតាមដានដែលដល់ពេលត្រឹមថ្ងៃនេះ</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Case file</source>
        <translation type="unfinished">ឯកសារករណី</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">ការទាក់ទង</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">ការតាមដាន</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">ឧបករណ៍</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">អ្នកស្ម័គ្រចិត្ត</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished">អ្នកបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ភេទ</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">ឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished">ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ទូរសព្ទ</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished">ប្រទេសកំណើត</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation type="unfinished">ខេត្តកំណើត</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation type="unfinished">ទីកន្លែងបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished">ទិសដៅ</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation type="unfinished">ស្ថានភាពចំណាកស្រុក</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished">មុខរបរ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">ស្ថានភាពមេរោគអេដស៍</translation>
    </message>
    <message>
        <source>On ART</source>
        <translation type="unfinished">កំពុងប្រើឱសថ ART</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">កន្លែងទទួលឱសថ ART</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished">ថ្ងៃយល់ព្រម</translation>
    </message>
    <message>
        <source>Consent to keep records</source>
        <translation type="unfinished">យល់ព្រមឲ្យរក្សាទុកព័ត៌មាន</translation>
    </message>
    <message>
        <source>Consent to contact by phone</source>
        <translation type="unfinished">យល់ព្រមឲ្យទាក់ទងតាមទូរសព្ទ</translation>
    </message>
    <message>
        <source>Consent to share with partner</source>
        <translation type="unfinished">យល់ព្រមឲ្យចែករំលែកជាមួយដៃគូ</translation>
    </message>
    <message>
        <source>Assigned volunteer</source>
        <translation type="unfinished">អ្នកស្ម័គ្រចិត្តទទួលបន្ទុក</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished">ស្ថានភាពករណី</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished">ប្រភេទការទាក់ទង</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">សេវា</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">តាមដានបន្ទាប់</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished">កត់ត្រាដោយ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">មូលហេតុ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">រួចរាល់នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished">(ទទេ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The follow-up must belong to a case file.</source>
        <translation type="unfinished">ការតាមដានត្រូវតែស្ថិតក្នុងឯកសារករណីមួយ។</translation>
    </message>
    <message>
        <source>The follow-up needs a due date (YYYY-MM-DD).</source>
        <translation type="unfinished">ការតាមដានត្រូវការថ្ងៃកំណត់ (YYYY-MM-DD)។</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished">មូលហេតុវែងជាង %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>Record the date on which the follow-up was done.</source>
        <translation type="unfinished">សូមកត់ត្រាថ្ងៃដែលបានធ្វើការតាមដានរួច។</translation>
    </message>
    <message>
        <source>Planned at a contact</source>
        <translation type="unfinished">បានណាត់ពេលទាក់ទង</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished">កំណត់ពេលតាមដាន</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished">ដល់ពេលនៅថ្ងៃ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">មូលហេតុ (&amp;R)</translation>
    </message>
    <message>
        <source>e.g. check that medicine was refilled</source>
        <translation type="unfinished">ឧ. ពិនិត្យថាបានទៅយកឱសថបន្ថែមហើយឬនៅ</translation>
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
        <translation type="unfinished">corridor-cli [--vault DIR] [--passphrase-file FILE|-] COMMAND …

ឃ្លាំងទិន្នន័យគឺ DIR, បើគ្មាន គឺ $CORRIDOR_VAULT, បើគ្មានទៀត គឺ ~/.local/share/Corridor/vault ។
ឃ្លាសម្ងាត់មកពី --passphrase-file (បន្ទាត់ទីមួយ; - អានពីការបញ្ចូលស្តង់ដារ) ឬត្រូវបាន
សួរនៅលើ terminal; មិនដែលយកពីបន្ទាត់ពាក្យបញ្ជាផ្ទាល់ទេ។

  init --user NAME --role volunteer|coordinator|trainer --org CRC|LRC|MRCS|TRCS --branch NAME
       [--device-name NAME] [--language km|lo|th|my|en] [--kdf calibrated|minimum]
                                 បង្កើតឃ្លាំងទិន្នន័យ; បង្ហាញ &quot;recovery key: KEY&quot; តែម្តង
  case add --uic CODE [--name NAME] [--sex female|male|other|unknown] [--birth-year YYYY]
       [--age-band 25-29] [--phone P] [--nationality KH|LA|MM|TH|…] [--languages km,th]
       [--origin-country CC] [--origin-province P] [--location L] [--destination D]
       [--migration-status documented|pending|undocumented|returned|prospective|unknown]
       [--occupation CODE] [--hiv-status unknown|negative|positive] [--on-art yes|no]
       [--art-site S] [--consent keep,contact,share-partner] [--consent-date YYYY-MM-DD]
       [--status active|closed|lost] [--notes TEXT]
                                 បង្ហាញលេខសម្គាល់ករណីថ្មី
  case edit ID [ជម្រើសរបស់ case add]   (តម្លៃទទេ នឹងលុបវាលនោះ)
  case list [--status S] [--due] [--limit N] [--json]
  case search TEXT [--json]      តាម UIC ឈ្មោះ ទូរសព្ទ ឬទីកន្លែង; ផ្នែកមួយនៃពាក្យក៏គ្រប់គ្រាន់
  case show ID [--json]          ID អាចជាតួអក្សរដំបូងៗនៃលេខសម្គាល់ ឬជា UIC
  encounter add --case ID [--date YYYY-MM-DD] [--kind outreach|phone|message|home|office|
       accompaniment|group] [--services info,condoms,testing,…] [--notes T]
       [--next-followup YYYY-MM-DD] [--keep-followups-open]
  encounter list --case ID [--json]
  followup due [--within DAYS] [--mine] [--json]    ហួសពេល និងជិតដល់ពេល (លំនាំដើម 7 ថ្ងៃ)
  followup add --case ID --due YYYY-MM-DD [--reason T]
  followup done ID [--date YYYY-MM-DD] [--undo]
  passwd --new-passphrase-file FILE
  recover --recovery-key-file FILE --new-passphrase-file FILE [--user NAME]
  user add --name NAME --role ROLE --new-passphrase-file FILE;  user list [--json]
  audit [--case ID] [--limit N] [--json]           សម្រាប់តែអ្នកសម្របសម្រួល
  info [--json];  check;  demo --cases N [--seed S]

ស្ថានភាពចេញ (exit status)៖ 0 ជោគជ័យ, 1 កំហុស (សារនៅលើ standard error), 2 ប្រើមិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>

Sync (signed, encrypted bundle files; see core/sync/README.md):
  device id                      this laptop&apos;s device id
  device card --out FILE [--png FILE]   this laptop&apos;s card (and its QR code as a picture)
  device enrol FILE|IMAGE        trust a device of your National Society from its card,
                                 or register a partner from another society&apos;s coordinator
  device revoke ID;  device list [--json]
  device pubkey --minisign --out FILE   this laptop&apos;s key, for stock minisign -V
  device age-identity --out FILE        this laptop&apos;s secret key for stock age -d
                                 (asks for the passphrase again; keep the file safe)
  bundle export --peer DEVICE_ID --out FILE
  bundle import FILE… [--json]   exit 1 if a bundle was refused
  bundle inspect FILE [--json]   header facts, without decrypting
  conflicts list [--json]
  conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)
  case history ID [--json];  case erase ID --reason TEXT
       [--second-user NAME --second-passphrase-file FILE]   (a volunteer needs a second user)
  sync [--inbox DIR] [--outbox DIR] [--json]   import new bundles, write bundles for peers
  sync folders --inbox DIR --outbox DIR;  sync status [--json]
  dump --canonical               the current state of every synced record, sorted</source>
        <translation type="unfinished">

សមកាលកម្ម (កញ្ចប់ទិន្នន័យដែលបានចុះហត្ថលេខា និងអ៊ិនគ្រីប សូមមើល core/sync/README.md)៖
  device id                      លេខសម្គាល់ឧបករណ៍របស់កុំព្យូទ័រយួរដៃនេះ
  device card --out FILE [--png FILE]   ប័ណ្ណឧបករណ៍របស់កុំព្យូទ័រយួរដៃនេះ (និង QR code ជារូបភាព)
  device enrol FILE|IMAGE        ទុកចិត្តឧបករណ៍នៃកាកបាទក្រហមរបស់អ្នកពីប័ណ្ណរបស់វា
                                 ឬចុះបញ្ជីដៃគូពីប័ណ្ណរបស់អ្នកសម្របសម្រួល
  device revoke ID;  device list [--json]
  device pubkey --minisign --out FILE   កូនសោរបស់កុំព្យូទ័រយួរដៃនេះ សម្រាប់ minisign -V
  device age-identity --out FILE        កូនសោសម្ងាត់របស់កុំព្យូទ័រយួរដៃនេះ សម្រាប់ age -d
                                 (សួរពាក្យសម្ងាត់ម្តងទៀត រក្សាឯកសារឱ្យមានសុវត្ថិភាព)
  bundle export --peer DEVICE_ID --out FILE
  bundle import FILE… [--json]   ចេញដោយលេខ 1 ប្រសិនបើកញ្ចប់ទិន្នន័យត្រូវបានបដិសេធ
  bundle inspect FILE [--json]   ព័ត៌មានក្បាល ដោយមិនឌិគ្រីប
  conflicts list [--json]
  conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)
  case history ID [--json];  case erase ID --reason TEXT
       [--second-user NAME --second-passphrase-file FILE]   (អ្នកស្ម័គ្រចិត្តត្រូវការអ្នកប្រើទីពីរបញ្ជាក់)
  sync [--inbox DIR] [--outbox DIR] [--json]   នាំចូលកញ្ចប់ទិន្នន័យថ្មី សរសេរកញ្ចប់ទិន្នន័យសម្រាប់ឧបករណ៍ផ្សេង
  sync folders --inbox DIR --outbox DIR;  sync status [--json]
  dump --canonical               ស្ថានភាពបច្ចុប្បន្ននៃកំណត់ត្រាដែលបានធ្វើសមកាលកម្មទាំងអស់ តម្រៀបរួច</translation>
    </message>
    <message>
        <source>

Referrals (a partner National Society receives only referrals addressed to it):
  site list [--country KH|LA|MM|TH] [--json]        the directory as your branch keeps it
  site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A]
       [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S]
  site edit SITE_ID [the options of site add]   corrections sync to the branch
  referral create --case ID --to-site SITE_ID --reason art|testing|pss|documents|other
       [--visit-before YYYY-MM-DD] [--travel-date YYYY-MM-DD] [--langs th,lo]
       [--regimen TEXT] [--last-dispense YYYY-MM-DD] [--days-supplied N]
       [--viral-load-date YYYY-MM-DD] [--viral-load-result TEXT]
       [--sender-contact TEXT] [--to-contact NAME]
                                 prints the referral code; a partner needs the client&apos;s consent
  referral list [--overdue] [--json];  referral show CODE [--json]
  referral status CODE sent|received|arrived|linked|closed|declined|lost [--note TEXT]
  referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo,en] [--clinician-page] [--a4]
                                 the slip in two or three languages; its QR code is encrypted
                                 to the sending and receiving National Societies
  referral scan IMAGE [--json]   a photo or picture of a slip: adds the referral once and
                                 records it as received; exit 1 if nothing valid is found

Content (&quot;Know before you go&quot; booklet, curriculum) and training records:
  content list [--json]          the content pack in use: version, sections, their languages
  content export-booklet --lang km[,en] --pdf FILE
                                 the booklet as A5 pages, one language or two side by side
  content import FILE            a newer pack signed by an enrolled coordinator or trainer
  content build --source FOLDER --out FILE
                                 sign a pack from Markdown sources (coordinator or trainer)
  curriculum list [--json] [--lang km]
                                 modules, lessons with objectives and quizzes
  training add --modules M1[,M2] --date YYYY-MM-DD --place TEXT [--trainer NAME]
               (--attendee NAME,SEX[,ROLE[,PRE[,POST]]] … | --attendees FILE.csv) [--notes TEXT]
  training list [--json];  training summary [--json]   people trained per module, by sex</source>
        <translation type="unfinished">

ការបញ្ជូន (សមាគមជាតិដៃគូ ទទួលបានតែការបញ្ជូនដែលផ្ញើទៅវាប៉ុណ្ណោះ)៖
  site list [--country KH|LA|MM|TH] [--json]        បញ្ជីកន្លែងសេវា ដូចដែលសាខារបស់អ្នករក្សាទុក
  site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A]
       [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S]
  site edit SITE_ID [ជម្រើសរបស់ site add]   ការកែតម្រូវធ្វើសមកាលកម្មទៅសាខា
  referral create --case ID --to-site SITE_ID --reason art|testing|pss|documents|other
       [--visit-before YYYY-MM-DD] [--travel-date YYYY-MM-DD] [--langs th,lo]
       [--regimen TEXT] [--last-dispense YYYY-MM-DD] [--days-supplied N]
       [--viral-load-date YYYY-MM-DD] [--viral-load-result TEXT]
       [--sender-contact TEXT] [--to-contact NAME]
                                 បង្ហាញលេខកូដបញ្ជូន; ដៃគូត្រូវការការយល់ព្រមរបស់អតិថិជន
  referral list [--overdue] [--json];  referral show CODE [--json]
  referral status CODE sent|received|arrived|linked|closed|declined|lost [--note TEXT]
  referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo,en] [--clinician-page] [--a4]
                                 ប័ណ្ណបញ្ជូនជាពីរ ឬបីភាសា; កូដ QR របស់វាត្រូវបានអ៊ិនគ្រីប
                                 សម្រាប់សមាគមជាតិដែលបញ្ជូន និងសមាគមជាតិដែលទទួល
  referral scan IMAGE [--json]   រូបថត ឬរូបភាពនៃប័ណ្ណបញ្ជូន៖ បន្ថែមការបញ្ជូនតែម្តង ហើយ
                                 កត់ត្រាថាបានទទួល; ចេញដោយលេខ 1 ប្រសិនបើរកមិនឃើញអ្វីត្រឹមត្រូវ

ខ្លឹមសារ (កូនសៀវភៅ &quot;ដឹងមុនពេលចេញដំណើរ&quot; កម្មវិធីសិក្សា) និងកំណត់ត្រាការបណ្តុះបណ្តាល៖
  content list [--json]          កញ្ចប់ខ្លឹមសារដែលកំពុងប្រើ៖ កំណែ ផ្នែក និងភាសារបស់ផ្នែកនីមួយៗ
  content export-booklet --lang km[,en] --pdf FILE
                                 កូនសៀវភៅជាទំព័រ A5 មួយភាសា ឬពីរភាសាទន្ទឹមគ្នា
  content import FILE            កញ្ចប់ថ្មីជាង ដែលចុះហត្ថលេខាដោយអ្នកសម្របសម្រួល ឬអ្នកបណ្តុះបណ្តាលដែលបានចុះបញ្ជី
  content build --source FOLDER --out FILE
                                 ចុះហត្ថលេខាលើកញ្ចប់ពីឯកសារប្រភព Markdown (អ្នកសម្របសម្រួល ឬអ្នកបណ្តុះបណ្តាល)
  curriculum list [--json] [--lang km]
                                 ម៉ូឌុល មេរៀន ព្រមទាំងគោលបំណង និងសំណួរតេស្ត
  training add --modules M1[,M2] --date YYYY-MM-DD --place TEXT [--trainer NAME]
               (--attendee NAME,SEX[,ROLE[,PRE[,POST]]] … | --attendees FILE.csv) [--notes TEXT]
  training list [--json];  training summary [--json]   ចំនួនមនុស្សដែលបានបណ្តុះបណ្តាល តាមម៉ូឌុល និងតាមភេទ</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>vault.keys is missing: without it the vault cannot be opened. Restore it from a backup of the vault folder.</source>
        <translation type="unfinished">រកមិនឃើញ vault.keys ៖ បើគ្មានវាទេ មិនអាចបើកឃ្លាំងទិន្នន័យបានទេ។ សូមយកវាមកវិញពីច្បាប់បម្រុងទុកនៃថតឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
        <source>vault.keys is damaged: %1</source>
        <translation type="unfinished">vault.keys ខូច៖ %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">ឯកសារទទេ</translation>
    </message>
    <message>
        <source>it is not readable JSON (truncated or overwritten?)</source>
        <translation type="unfinished">វាមិនមែនជា JSON ដែលអាចអានបានទេ (ត្រូវបានកាត់ខ្លី ឬសរសេរជាន់?)</translation>
    </message>
    <message>
        <source>it is not a Corridor key file</source>
        <translation type="unfinished">វាមិនមែនជាឯកសារសោរបស់ Corridor ទេ</translation>
    </message>
    <message>
        <source>vault.keys has format version %1; this Corridor reads version %2. Update Corridor.</source>
        <translation type="unfinished">vault.keys មានទម្រង់កំណែ %1 ប៉ុន្តែ Corridor នេះអានកំណែ %2។ សូមធ្វើបច្ចុប្បន្នភាព Corridor។</translation>
    </message>
    <message>
        <source>the vault id is missing or malformed</source>
        <translation type="unfinished">លេខសម្គាល់ឃ្លាំងទិន្នន័យបាត់ ឬខូចទម្រង់</translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation type="unfinished">វាគ្មានកន្លែងដាក់សោទេ</translation>
    </message>
    <message>
        <source>it holds more key slots than allowed</source>
        <translation type="unfinished">វាមានកន្លែងដាក់សោច្រើនជាងការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>a key slot is incomplete</source>
        <translation type="unfinished">កន្លែងដាក់សោមួយមិនពេញលេញ</translation>
    </message>
    <message>
        <source>a key slot has an unknown kind or algorithm</source>
        <translation type="unfinished">កន្លែងដាក់សោមួយមានប្រភេទ ឬក្បួនដោះស្រាយ (algorithm) ដែលមិនស្គាល់</translation>
    </message>
    <message>
        <source>its checksum is missing</source>
        <translation type="unfinished">លេខផ្ទៀងផ្ទាត់ (checksum) របស់វាបាត់</translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation type="unfinished">លេខផ្ទៀងផ្ទាត់ (checksum) មិនត្រូវនឹងខ្លឹមសាររបស់វាទេ</translation>
    </message>
    <message>
        <source>vault.keys was changed outside Corridor (its authentication code does not match). Restore it from a backup and tell your coordinator.</source>
        <translation type="unfinished">vault.keys ត្រូវបានកែប្រែនៅក្រៅ Corridor (លេខកូដផ្ទៀងផ្ទាត់របស់វាមិនត្រូវគ្នា)។ សូមយកវាមកវិញពីច្បាប់បម្រុងទុក ហើយប្រាប់អ្នកសម្របសម្រួលរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>LessonMarkdown</name>
    <message>
        <source>The text does not start with a &quot;# Title&quot; line.</source>
        <translation type="unfinished">អត្ថបទមិនចាប់ផ្តើមដោយបន្ទាត់ &quot;# Title&quot; ទេ។</translation>
    </message>
    <message>
        <source>The title line is empty.</source>
        <translation type="unfinished">បន្ទាត់ចំណងជើងទទេ។</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not one of the lesson parts (Objectives, Facilitator notes, Participant content, Quiz).</source>
        <translation type="unfinished">បន្ទាត់ %1៖ &quot;%2&quot; មិនមែនជាផ្នែកមួយនៃមេរៀនទេ (Objectives, Facilitator notes, Participant content, Quiz)។</translation>
    </message>
    <message>
        <source>Line %1: text before the first lesson part.</source>
        <translation type="unfinished">បន្ទាត់ %1៖ មានអត្ថបទនៅមុនផ្នែកទីមួយនៃមេរៀន។</translation>
    </message>
    <message>
        <source>Line %1: objectives are a list of &quot;- &quot; items.</source>
        <translation type="unfinished">បន្ទាត់ %1៖ គោលបំណងត្រូវសរសេរជាបញ្ជី ដែលធាតុនីមួយៗចាប់ផ្តើមដោយ &quot;- &quot;។</translation>
    </message>
    <message>
        <source>Line %1: a quiz question starts with &quot;### &quot;.</source>
        <translation type="unfinished">បន្ទាត់ %1៖ សំណួរតេស្តត្រូវចាប់ផ្តើមដោយ &quot;### &quot;។</translation>
    </message>
    <message>
        <source>Line %1: the question &quot;%2&quot; has more than one right answer.</source>
        <translation type="unfinished">បន្ទាត់ %1៖ សំណួរ &quot;%2&quot; មានចម្លើយត្រូវច្រើនជាងមួយ។</translation>
    </message>
    <message>
        <source>Line %1: in a quiz, use &quot;- [ ]&quot; or &quot;- [x]&quot; for answers and &quot;&gt; Why:&quot; for the explanation.</source>
        <translation type="unfinished">បន្ទាត់ %1៖ ក្នុងសំណួរតេស្ត សូមប្រើ &quot;- [ ]&quot; ឬ &quot;- [x]&quot; សម្រាប់ចម្លើយ និង &quot;&gt; Why:&quot; សម្រាប់ការពន្យល់។</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs at least two answers and one marked right with &quot;- [x]&quot;.</source>
        <translation type="unfinished">សំណួរ &quot;%1&quot; ត្រូវការចម្លើយយ៉ាងហោចណាស់ពីរ ហើយចម្លើយមួយត្រូវសម្គាល់ថាត្រូវដោយ &quot;- [x]&quot;។</translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>the signature file is malformed: %1</source>
        <translation type="unfinished">ឯកសារហត្ថលេខាខូចទម្រង់៖ %1</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished">វាធំពេក</translation>
    </message>
    <message>
        <source>it does not have four lines</source>
        <translation type="unfinished">វាមិនមានបួនបន្ទាត់ទេ</translation>
    </message>
    <message>
        <source>a comment line is missing</source>
        <translation type="unfinished">បន្ទាត់មតិយោបល់មួយបាត់</translation>
    </message>
    <message>
        <source>a signature line has the wrong length</source>
        <translation type="unfinished">បន្ទាត់ហត្ថលេខាមួយមានប្រវែងមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>only prehashed (ED) minisign signatures are accepted</source>
        <translation type="unfinished">ទទួលយកតែហត្ថលេខា minisign ប្រភេទ prehashed (ED) ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>the trusted comment is not valid text</source>
        <translation type="unfinished">មតិយោបល់ដែលទុកចិត្ត (trusted comment) មិនមែនជាអត្ថបទត្រឹមត្រូវទេ</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Cambodian Red Cross</source>
        <translation type="unfinished">កាកបាទក្រហមកម្ពុជា</translation>
    </message>
    <message>
        <source>Lao Red Cross</source>
        <translation type="unfinished">កាកបាទក្រហមឡាវ</translation>
    </message>
    <message>
        <source>Myanmar Red Cross Society</source>
        <translation type="unfinished">សមាគមកាកបាទក្រហមមីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Thai Red Cross Society</source>
        <translation type="unfinished">សមាគមកាកបាទក្រហមថៃ</translation>
    </message>
</context>
<context>
    <name>PackFile</name>
    <message>
        <source>The content pack is larger than %1 MB.</source>
        <translation type="unfinished">កញ្ចប់ខ្លឹមសារធំជាង %1 MB។</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished">ឯកសារទទេ។</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: it is not a content pack.</source>
        <translation type="unfinished">ឯកសារធំជាង %1 MB៖ វាមិនមែនជាកញ្ចប់ខ្លឹមសារទេ។</translation>
    </message>
    <message>
        <source>This is not a Corridor content pack (%1).</source>
        <translation type="unfinished">នេះមិនមែនជាកញ្ចប់ខ្លឹមសាររបស់ Corridor ទេ (%1)។</translation>
    </message>
    <message>
        <source>Content pack signature</source>
        <translation type="unfinished">ហត្ថលេខារបស់កញ្ចប់ខ្លឹមសារ</translation>
    </message>
    <message>
        <source>This content pack&apos;s signature file was changed after it was signed.</source>
        <translation type="unfinished">ឯកសារហត្ថលេខារបស់កញ្ចប់ខ្លឹមសារនេះ ត្រូវបានកែប្រែបន្ទាប់ពីបានចុះហត្ថលេខា។</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished">អ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">ឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">តួនាទី (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished">វាយម្តងទៀត (&amp;E)</translation>
    </message>
</context>
<context>
    <name>PassphraseKdf</name>
    <message>
        <source>the key derivation salt has the wrong length</source>
        <translation type="unfinished">salt សម្រាប់បង្កើតសោ មានប្រវែងមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>the key derivation settings are weaker than Corridor ever writes</source>
        <translation type="unfinished">ការកំណត់សម្រាប់បង្កើតសោ ខ្សោយជាងអ្វីដែល Corridor ធ្លាប់សរសេរ</translation>
    </message>
    <message>
        <source>the key derivation settings ask for more memory or time than allowed</source>
        <translation type="unfinished">ការកំណត់សម្រាប់បង្កើតសោ ត្រូវការអង្គចងចាំ ឬពេលវេលាច្រើនជាងការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">បណ្ណាល័យអ៊ិនគ្រីបមិនអាចចាប់ផ្តើមបានទេ</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation type="unfinished">អង្គចងចាំមិនគ្រប់គ្រាន់ ដើម្បីបង្កើតសោពីឃ្លាសម្ងាត់</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase needs at least %1 characters. A short sentence in your own language is easy to remember and hard to guess.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ %1 តួអក្សរ។ ប្រយោគខ្លីមួយជាភាសារបស់អ្នកផ្ទាល់ ងាយចាំ ហើយពិបាកទាយ។</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters; choose words instead.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់នេះ ប្រើតួអក្សរដដែលៗពីរបីតួច្រើនពេក។ សូមប្រើពាក្យជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished">ខ្លីពេក៖ យ៉ាងហោចណាស់ %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation type="unfinished">ខ្សោយ៖ សូមបន្ថែមពាក្យពីរបីទៀត។</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it strong.</source>
        <translation type="unfinished">មធ្យម៖ បន្ថែមពាក្យមួយ ឬពីរទៀត នឹងធ្វើឲ្យវារឹងមាំ។</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">រឹងមាំ។</translation>
    </message>
</context>
<context>
    <name>PracticeVault</name>
    <message>
        <source>Practice volunteer</source>
        <translation type="unfinished">អ្នកស្ម័គ្រចិត្តសម្រាប់ហាត់រៀន</translation>
    </message>
    <message>
        <source>Practice branch</source>
        <translation type="unfinished">សាខាសម្រាប់ហាត់រៀន</translation>
    </message>
    <message>
        <source>Practice laptop</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃសម្រាប់ហាត់រៀន</translation>
    </message>
    <message>
        <source>Practice coordinator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួលសម្រាប់ហាត់រៀន</translation>
    </message>
    <message>
        <source>Coordinator&apos;s laptop (practice)</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃរបស់អ្នកសម្របសម្រួល (ហាត់រៀន)</translation>
    </message>
    <message>
        <source>Practice partner coordinator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួលដៃគូសម្រាប់ហាត់រៀន</translation>
    </message>
    <message>
        <source>Partner&apos;s laptop (practice)</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃរបស់ដៃគូ (ហាត់រៀន)</translation>
    </message>
    <message>
        <source>Practice branch office</source>
        <translation type="unfinished">ការិយាល័យសាខាសម្រាប់ហាត់រៀន</translation>
    </message>
    <message>
        <source>Practice trainer</source>
        <translation type="unfinished">អ្នកបណ្តុះបណ្តាលសម្រាប់ហាត់រៀន</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">រក្សាទុក</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">បើក</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">បាទ/ចាស ទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">ទេ ទាំងអស់ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">បញ្ឈប់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">មិនអើពើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">បោះចោល</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">ជំនួយ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">ស្តារលំនាំដើមវិញ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">បន្ទាប់ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">បញ្ចប់ (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished">បញ្ជាក់</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>there is nothing to put in the QR code</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវដាក់ក្នុងកូដ QR ទេ</translation>
    </message>
    <message>
        <source>the text is too long for a QR code</source>
        <translation type="unfinished">អត្ថបទវែងពេកសម្រាប់កូដ QR</translation>
    </message>
    <message>
        <source>the picture is empty or could not be read</source>
        <translation type="unfinished">រូបភាពទទេ ឬមិនអាចអានបាន</translation>
    </message>
    <message>
        <source>no QR code was found in the picture</source>
        <translation type="unfinished">រកមិនឃើញកូដ QR ក្នុងរូបភាពទេ</translation>
    </message>
    <message>
        <source>the picture could not be searched for a QR code</source>
        <translation type="unfinished">មិនអាចស្វែងរកកូដ QR ក្នុងរូបភាពបានទេ</translation>
    </message>
</context>
<context>
    <name>QrTextFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">មិនមានឯកសារ %1 ទេ។</translation>
    </message>
    <message>
        <source>The file is too large to be a card or a picture of one.</source>
        <translation type="unfinished">ឯកសារនេះធំពេក មិនអាចជាប័ណ្ណ ឬរូបភាពនៃប័ណ្ណបានទេ។</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished">មិនអាចអានឯកសារ %1 បានទេ។</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished">ឯកសារទទេ។</translation>
    </message>
    <message>
        <source>This is neither a card nor a picture Corridor can read.</source>
        <translation type="unfinished">នេះមិនមែនជាប័ណ្ណ ឬរូបភាពដែល Corridor អាចអានបានទេ។</translation>
    </message>
    <message>
        <source>The picture holds a QR code, but not a Corridor card.</source>
        <translation type="unfinished">រូបភាពមានកូដ QR ប៉ុន្តែមិនមែនជាប័ណ្ណរបស់ Corridor ទេ។</translation>
    </message>
    <message>
        <source>The file is too large for a picture (over %1 MB).</source>
        <translation type="unfinished">ឯកសារនេះធំពេកសម្រាប់រូបភាព (លើសពី %1 MB)។</translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels).</source>
        <translation type="unfinished">រូបភាពធំពេក (%1 × %2 ភីកសែល)។</translation>
    </message>
    <message>
        <source>This is not a picture Corridor can read.</source>
        <translation type="unfinished">នេះមិនមែនជារូបភាពដែល Corridor អាចអានបានទេ។</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>no user is signed in</source>
        <translation type="unfinished">គ្មានអ្នកប្រើណាបានចូលប្រើទេ</translation>
    </message>
    <message>
        <source>this record was erased and cannot be changed</source>
        <translation type="unfinished">កំណត់ត្រានេះត្រូវបានលុប ហើយមិនអាចកែប្រែបានទេ</translation>
    </message>
    <message>
        <source>the record has no field %1</source>
        <translation type="unfinished">កំណត់ត្រានេះគ្មានវាលទិន្នន័យ %1 ទេ</translation>
    </message>
    <message>
        <source>this record was already erased</source>
        <translation type="unfinished">កំណត់ត្រានេះត្រូវបានលុបរួចហើយ</translation>
    </message>
    <message>
        <source>an erased changeset of a record that is not erased here</source>
        <translation type="unfinished">សំណុំការផ្លាស់ប្តូរដែលបានលុប នៃកំណត់ត្រាមួយដែលមិនទាន់បានលុបនៅទីនេះ</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>the recovery key contains &apos;%1&apos;, which is not one of its letters or digits</source>
        <translation type="unfinished">សោសង្គ្រោះមាន &apos;%1&apos; ដែលមិនមែនជាអក្សរ ឬលេខរបស់វាទេ</translation>
    </message>
    <message>
        <source>a recovery key has %1 letters and digits; this one has %2</source>
        <translation type="unfinished">សោសង្គ្រោះមានអក្សរ និងលេខ %1 តួ ប៉ុន្តែសោនេះមាន %2 តួ</translation>
    </message>
    <message>
        <source>the recovery key has a typing mistake (its check letters do not match); please compare it with the printed copy</source>
        <translation type="unfinished">សោសង្គ្រោះមានកំហុសវាយ (អក្សរផ្ទៀងផ្ទាត់របស់វាមិនត្រូវគ្នា)។ សូមប្រៀបធៀបវាជាមួយច្បាប់ដែលបានបោះពុម្ព</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Corridor recovery key</source>
        <translation type="unfinished">សោសង្គ្រោះ Corridor</translation>
    </message>
    <message>
        <source>Vault of %1, %2 branch — laptop “%3”, first user %4.
Vault id %5. Printed %6.</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យរបស់ %1 សាខា %2 — កុំព្យូទ័រយួរដៃ “%3” អ្នកប្រើដំបូង %4។
លេខសម្គាល់ឃ្លាំងទិន្នន័យ %5។ បោះពុម្ពថ្ងៃ %6។</translation>
    </message>
    <message>
        <source>This key opens the case files on that laptop when a passphrase is forgotten. Anyone who holds it and the laptop can read them. Keep this page in the coordinator&apos;s locked safe; never photograph it, send it in a chat app or keep it with the laptop.</source>
        <translation type="unfinished">សោនេះបើកឯកសារករណីនៅលើកុំព្យូទ័រយួរដៃនោះ នៅពេលភ្លេចឃ្លាសម្ងាត់។ អ្នកណាដែលមានសោនេះ និងកុំព្យូទ័រយួរដៃនោះ អាចអានឯកសារទាំងនោះបាន។ សូមរក្សាទំព័រនេះក្នុងទូដែកចាក់សោរបស់អ្នកសម្របសម្រួល។ កុំថតរូបវា កុំផ្ញើវាតាមកម្មវិធីជជែក ហើយកុំទុកវាជាមួយកុំព្យូទ័រយួរដៃ។</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished">បោះពុម្ពសោសង្គ្រោះ</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>A referral code has %1 letters and digits (like ABCD-EFGH-JK7).</source>
        <translation type="unfinished">លេខកូដបញ្ជូនមានអក្សរ និងលេខ %1 តួ (ដូចជា ABCD-EFGH-JK7)។</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a referral code.</source>
        <translation type="unfinished">“%1” មិនអាចជាផ្នែកនៃលេខកូដបញ្ជូនបានទេ។</translation>
    </message>
    <message>
        <source>This referral code has a typing mistake: check each letter and digit again.</source>
        <translation type="unfinished">លេខកូដបញ្ជូននេះមានកំហុសវាយ៖ សូមពិនិត្យអក្សរ និងលេខនីមួយៗម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>ReferralCommands</name>
    <message>
        <source>referral create --case ID --to-site SITE_ID --reason art|testing|pss|documents|other [--visit-before YYYY-MM-DD] [--langs th,lo]</source>
        <translation type="unfinished">referral create --case ID --to-site SITE_ID --reason art|testing|pss|documents|other [--visit-before YYYY-MM-DD] [--langs th,lo]</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation type="unfinished">កាលបរិច្ឆេទត្រូវសរសេរជាទម្រង់ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--days-supplied takes a number of days</source>
        <translation type="unfinished">--days-supplied ត្រូវការចំនួនថ្ងៃ</translation>
    </message>
    <message>
        <source>referral show CODE [--json]</source>
        <translation type="unfinished">referral show CODE [--json]</translation>
    </message>
    <message>
        <source>referral status CODE sent|received|arrived|linked|closed|declined|lost [--note TEXT]</source>
        <translation type="unfinished">referral status CODE sent|received|arrived|linked|closed|declined|lost [--note TEXT]</translation>
    </message>
    <message>
        <source>referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo] [--clinician-page] [--a4]</source>
        <translation type="unfinished">referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo] [--clinician-page] [--a4]</translation>
    </message>
    <message>
        <source>referral scan IMAGE [--json]</source>
        <translation type="unfinished">referral scan IMAGE [--json]</translation>
    </message>
    <message>
        <source>New referral added from the slip.</source>
        <translation type="unfinished">បានបន្ថែមការបញ្ជូនថ្មីពីប័ណ្ណបញ្ជូន។</translation>
    </message>
    <message>
        <source>This referral was already on this laptop; nothing was duplicated.</source>
        <translation type="unfinished">ការបញ្ជូននេះមាននៅលើកុំព្យូទ័រយួរដៃនេះរួចហើយ។ គ្មានអ្វីត្រូវបានចម្លងស្ទួនទេ។</translation>
    </message>
    <message>
        <source>referral create|list|show|status|slip|scan</source>
        <translation type="unfinished">referral create|list|show|status|slip|scan</translation>
    </message>
    <message>
        <source>overdue: %1 by %2</source>
        <translation type="unfinished">ហួសពេល៖ %1 ត្រឹមថ្ងៃ %2</translation>
    </message>
    <message>
        <source>site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A] [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S];  site edit SITE_ID [the same options]</source>
        <translation type="unfinished">site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A] [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S];  site edit SITE_ID [ជម្រើសដូចគ្នា]</translation>
    </message>
    <message>
        <source>site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …</source>
        <translation type="unfinished">site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …</translation>
    </message>
    <message>
        <source>Showing the built-in directory only: %1</source>
        <translation type="unfinished">កំពុងបង្ហាញតែបញ្ជីកន្លែងសេវាដែលភ្ជាប់មកជាមួយប៉ុណ្ណោះ៖ %1</translation>
    </message>
</context>
<context>
    <name>ReferralEvent</name>
    <message>
        <source>Created</source>
        <translation type="unfinished">បានបង្កើត</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">បានផ្ញើ</translation>
    </message>
    <message>
        <source>Received by the other side</source>
        <translation type="unfinished">ភាគីម្ខាងទៀតបានទទួល</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished">បានមកដល់</translation>
    </message>
    <message>
        <source>Linked to care</source>
        <translation type="unfinished">បានភ្ជាប់ទៅសេវាថែទាំ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">បានបិទ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">បានបដិសេធ</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished">បាត់ការតាមដាន</translation>
    </message>
    <message>
        <source>ART continuation</source>
        <translation type="unfinished">ការបន្តព្យាបាលដោយឱសថ ART</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished">ការធ្វើតេស្តរកមេរោគអេដស៍ (HIV)</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ការគាំទ្រផ្លូវចិត្ត និងសង្គម</translation>
    </message>
    <message>
        <source>Identity documents (embassy)</source>
        <translation type="unfinished">ឯកសារអត្តសញ្ញាណ (ស្ថានទូត)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងទៀត</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">សូមចូលប្រើជាមុនសិន។</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to referrals.</source>
        <translation type="unfinished">តួនាទីរបស់អ្នក (អ្នកបណ្តុះបណ្តាល) មិនអាចមើលការបញ្ជូនបានទេ។</translation>
    </message>
    <message>
        <source>Give at least one reason for the referral.</source>
        <translation type="unfinished">សូមផ្តល់មូលហេតុយ៉ាងហោចណាស់មួយ សម្រាប់ការបញ្ជូន។</translation>
    </message>
    <message>
        <source>“%1” is not a referral reason (%2).</source>
        <translation type="unfinished">“%1” មិនមែនជាមូលហេតុនៃការបញ្ជូនទេ (%2)។</translation>
    </message>
    <message>
        <source>Days of medicine supplied must be between 0 and 1000.</source>
        <translation type="unfinished">ចំនួនថ្ងៃនៃឱសថដែលបានផ្តល់ ត្រូវតែនៅចន្លោះពី 0 ដល់ 1000។</translation>
    </message>
    <message>
        <source>%1&apos;s consent does not allow sharing with a partner National Society: record that consent in the case file first.</source>
        <translation type="unfinished">ការយល់ព្រមរបស់ %1 មិនអនុញ្ញាតឲ្យចែករំលែកជាមួយសមាគមជាតិដៃគូទេ៖ សូមកត់ត្រាការយល់ព្រមនោះក្នុងឯកសារករណីជាមុនសិន។</translation>
    </message>
    <message>
        <source>“%1” is not a referral step (%2).</source>
        <translation type="unfinished">“%1” មិនមែនជាជំហាននៃការបញ្ជូនទេ (%2)។</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished">កំណត់ចំណាំវែងជាង %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>No referral with the code %1 is on this laptop.</source>
        <translation type="unfinished">គ្មានការបញ្ជូនដែលមានលេខកូដ %1 នៅលើកុំព្យូទ័រយួរដៃនេះទេ។</translation>
    </message>
    <message>
        <source>Another referral with the code %1 is already on this laptop; check the slip with its sender.</source>
        <translation type="unfinished">មានការបញ្ជូនមួយទៀតដែលមានលេខកូដ %1 នៅលើកុំព្យូទ័រយួរដៃនេះរួចហើយ។ សូមពិនិត្យប័ណ្ណបញ្ជូននេះជាមួយអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <source>slip scanned</source>
        <translation type="unfinished">បានស្កេនប័ណ្ណបញ្ជូន</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Health service referral</source>
        <translation type="unfinished">ប័ណ្ណបញ្ជូនទៅសេវាសុខភាព</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished">លេខកូដបញ្ជូន</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation type="unfinished">សូមទៅកាន់</translation>
    </message>
    <message>
        <source>Visit before</source>
        <translation type="unfinished">សូមទៅមុនថ្ងៃ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ទូរសព្ទ</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">ម៉ោងបើក</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished">បញ្ជូនដោយ</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">សម្រាប់</translation>
    </message>
    <message>
        <source>Show this slip at the reception. Staff can scan the square code or type the referral code.</source>
        <translation type="unfinished">សូមបង្ហាញប័ណ្ណនេះនៅកន្លែងទទួលភ្ញៀវ។ បុគ្គលិកអាចស្កេនកូដការ៉េ ឬវាយលេខកូដបញ្ជូន។</translation>
    </message>
    <message>
        <source>Keep this slip safe and show it only to the service.</source>
        <translation type="unfinished">សូមរក្សាប័ណ្ណនេះឲ្យបានល្អ ហើយបង្ហាញវាតែនៅកន្លែងសេវាប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>For staff: scan with Corridor</source>
        <translation type="unfinished">សម្រាប់បុគ្គលិក៖ ស្កេនដោយ Corridor</translation>
    </message>
    <message>
        <source>No square code on this slip: type the referral code.</source>
        <translation type="unfinished">ប័ណ្ណនេះគ្មានកូដការ៉េទេ៖ សូមវាយលេខកូដបញ្ជូន។</translation>
    </message>
    <message>
        <source>Clinician page: confidential</source>
        <translation type="unfinished">ទំព័រសម្រាប់គ្រូពេទ្យ៖ សម្ងាត់</translation>
    </message>
    <message>
        <source>Client code (UIC)</source>
        <translation type="unfinished">លេខកូដអតិថិជន (UIC)</translation>
    </message>
    <message>
        <source>Reasons for referral</source>
        <translation type="unfinished">មូលហេតុនៃការបញ្ជូន</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation type="unfinished">របបឱសថ</translation>
    </message>
    <message>
        <source>Last dispense</source>
        <translation type="unfinished">ការផ្តល់ឱសថចុងក្រោយ</translation>
    </message>
    <message>
        <source>Days of medicine supplied</source>
        <translation type="unfinished">ចំនួនថ្ងៃនៃឱសថដែលបានផ្តល់</translation>
    </message>
    <message>
        <source>Viral load</source>
        <translation type="unfinished">បន្ទុកមេរោគ (viral load)</translation>
    </message>
    <message>
        <source>Expected travel date</source>
        <translation type="unfinished">ថ្ងៃធ្វើដំណើរដែលគ្រោងទុក</translation>
    </message>
    <message>
        <source>The client consented to sharing these details with the receiving service.</source>
        <translation type="unfinished">អតិថិជនបានយល់ព្រមឲ្យចែករំលែកព័ត៌មានទាំងនេះជាមួយកន្លែងសេវាដែលទទួល។</translation>
    </message>
    <message>
        <source>ART continuation</source>
        <translation type="unfinished">ការបន្តព្យាបាលដោយឱសថ ART</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished">ការធ្វើតេស្តរកមេរោគអេដស៍ (HIV)</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ការគាំទ្រផ្លូវចិត្ត និងសង្គម</translation>
    </message>
    <message>
        <source>Identity documents (embassy)</source>
        <translation type="unfinished">ឯកសារអត្តសញ្ញាណ (ស្ថានទូត)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>“%1” is not a slip language (%2).</source>
        <translation type="unfinished">“%1” មិនមែនជាភាសាសម្រាប់ប័ណ្ណបញ្ជូនទេ (%2)។</translation>
    </message>
    <message>
        <source>Choose two or three languages for the slip.</source>
        <translation type="unfinished">សូមជ្រើសរើសភាសាពីរ ឬបី សម្រាប់ប័ណ្ណបញ្ជូន។</translation>
    </message>
    <message>
        <source>Could not start printing the slip.</source>
        <translation type="unfinished">មិនអាចចាប់ផ្តើមបោះពុម្ពប័ណ្ណបញ្ជូនបានទេ។</translation>
    </message>
    <message>
        <source>Could not finish printing the slip.</source>
        <translation type="unfinished">មិនអាចបោះពុម្ពប័ណ្ណបញ្ជូនឲ្យចប់បានទេ។</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">មិនមានថត %1 ទេ។</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">មិនអាចសរសេរ %1 បានទេ៖ %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlips</name>
    <message>
        <source>This laptop holds no key of %1 yet, so the slip&apos;s QR code cannot be made. Ask your coordinator to register %1&apos;s coordinator card and sync; the referral code on the slip works meanwhile.</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃនេះ មិនទាន់មានសោរបស់ %1 នៅឡើយទេ ដូច្នេះមិនអាចបង្កើតកូដ QR របស់ប័ណ្ណបញ្ជូនបានទេ។ សូមសុំឲ្យអ្នកសម្របសម្រួលរបស់អ្នក ចុះបញ្ជីប័ណ្ណអ្នកសម្របសម្រួលរបស់ %1 ហើយធ្វើសមកាលកម្ម។ ក្នុងពេលនេះ លេខកូដបញ្ជូននៅលើប័ណ្ណនៅតែអាចប្រើបាន។</translation>
    </message>
    <message>
        <source>The slip was made on a device this laptop does not know (%1). Sync with your coordinator first, or type the referral code printed on the slip.</source>
        <translation type="unfinished">ប័ណ្ណបញ្ជូននេះត្រូវបានបង្កើតនៅលើឧបករណ៍ដែលកុំព្យូទ័រយួរដៃនេះមិនស្គាល់ (%1)។ សូមធ្វើសមកាលកម្មជាមួយអ្នកសម្របសម្រួលរបស់អ្នកជាមុនសិន ឬវាយលេខកូដបញ្ជូនដែលបានបោះពុម្ពនៅលើប័ណ្ណ។</translation>
    </message>
    <message>
        <source>The slip was made on a device that has been revoked (%1). Do not trust it; call the sending National Society to check the referral.</source>
        <translation type="unfinished">ប័ណ្ណបញ្ជូននេះត្រូវបានបង្កើតនៅលើឧបករណ៍ដែលត្រូវបានដកសិទ្ធិហើយ (%1)។ កុំទុកចិត្តវា។ សូមទូរសព្ទទៅសមាគមជាតិកាកបាទក្រហមដែលបានបញ្ជូន ដើម្បីពិនិត្យការបញ្ជូននេះ។</translation>
    </message>
    <message>
        <source>The slip&apos;s code has been changed since it was made: its signature does not match.</source>
        <translation type="unfinished">កូដរបស់ប័ណ្ណបញ្ជូនត្រូវបានកែប្រែ ក្រោយពេលបង្កើត៖ ហត្ថលេខារបស់វាមិនត្រូវគ្នាទេ។</translation>
    </message>
    <message>
        <source>The slip says it comes from %1 but was made on a device of %2.</source>
        <translation type="unfinished">ប័ណ្ណបញ្ជូននេះបញ្ជាក់ថាមកពី %1 ប៉ុន្តែត្រូវបានបង្កើតនៅលើឧបករណ៍របស់ %2។</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>this vault was written by a newer version of Corridor (%1 data version %2; this Corridor knows up to %3). Update Corridor to open it.</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យនេះត្រូវបានសរសេរដោយ Corridor កំណែថ្មីជាង (កំណែទិន្នន័យ %1 គឺ %2 ប៉ុន្តែ Corridor នេះស្គាល់ត្រឹមកំណែ %3)។ សូមធ្វើបច្ចុប្បន្នភាព Corridor ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>upgrading %1 to data version %2</source>
        <translation type="unfinished">កំពុងដំឡើង %1 ទៅកំណែទិន្នន័យ %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the name of the first user.</source>
        <translation type="unfinished">សូមបញ្ចូលឈ្មោះអ្នកប្រើដំបូង។</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known National Society (use %2).</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាសមាគមជាតិដែលស្គាល់ទេ (ប្រើ %2)។</translation>
    </message>
    <message>
        <source>Enter the branch this laptop works for.</source>
        <translation type="unfinished">សូមបញ្ចូលសាខាដែលកុំព្យូទ័រយួរដៃនេះធ្វើការឲ្យ។</translation>
    </message>
    <message>
        <source>This vault has no user %1.</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យនេះ គ្មានអ្នកប្រើ %1 ទេ។</translation>
    </message>
    <message>
        <source>The user %1 has been deactivated.</source>
        <translation type="unfinished">អ្នកប្រើ %1 ត្រូវបានបិទមិនឲ្យប្រើទៀតហើយ។</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation type="unfinished">ពេលចាក់សោស្វ័យប្រវត្តិ ត្រូវនៅចន្លោះ 1 និង 240 នាទី។</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">សូមចូលប្រើជាមុនសិន។</translation>
    </message>
    <message>
        <source>Your role cannot add a user with more access than your own; ask a coordinator.</source>
        <translation type="unfinished">តួនាទីរបស់អ្នក មិនអាចបន្ថែមអ្នកប្រើដែលមានសិទ្ធិច្រើនជាងអ្នកបានទេ។ សូមសួរអ្នកសម្របសម្រួល។</translation>
    </message>
    <message>
        <source>There is no user called %1 on this laptop.</source>
        <translation type="unfinished">គ្មានអ្នកប្រើឈ្មោះ %1 នៅលើកុំព្យូទ័រយួរដៃនេះទេ។</translation>
    </message>
    <message>
        <source>The second confirmation must come from another user.</source>
        <translation type="unfinished">ការបញ្ជាក់ទីពីរ ត្រូវតែមកពីអ្នកប្រើម្នាក់ទៀត។</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ការកំណត់</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ភាសា (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished">ចាក់សោក្រោយ (&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> នាទី</translation>
    </message>
    <message>
        <source>Corridor locks itself when nobody has touched the keyboard or mouse for this long. Ctrl+L locks at once.</source>
        <translation type="unfinished">Corridor ចាក់សោដោយខ្លួនឯង នៅពេលគ្មាននរណាប៉ះក្តារចុច ឬកណ្តុរ យូរប៉ុណ្ណេះ។ ចុច Ctrl+L ដើម្បីចាក់សោភ្លាម។</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃនេះ</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished">បានចូលប្រើជា</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished">ប្តូរឃ្លាសម្ងាត់របស់ខ្ញុំ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished">បន្ថែមអ្នកប្រើ (&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SiteDirectory</name>
    <message>
        <source>The site directory is too large.</source>
        <translation type="unfinished">បញ្ជីកន្លែងសេវាធំពេក។</translation>
    </message>
    <message>
        <source>The site directory cannot be read: %1</source>
        <translation type="unfinished">មិនអាចអានបញ្ជីកន្លែងសេវាបានទេ៖ %1</translation>
    </message>
    <message>
        <source>A site in the directory has no id, name or organisation.</source>
        <translation type="unfinished">កន្លែងសេវាមួយក្នុងបញ្ជី ខ្វះលេខសម្គាល់ ឈ្មោះ ឬអង្គការ។</translation>
    </message>
    <message>
        <source>The built-in site directory is missing from this build.</source>
        <translation type="unfinished">រកមិនឃើញបញ្ជីកន្លែងសេវាដែលភ្ជាប់មកជាមួយ នៅក្នុងកំណែកម្មវិធីនេះទេ។</translation>
    </message>
    <message>
        <source>There is no site %1 in the directory (see site list).</source>
        <translation type="unfinished">គ្មានកន្លែងសេវា %1 នៅក្នុងបញ្ជីទេ (សូមមើល site list)។</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">សូមចូលប្រើជាមុនសិន។</translation>
    </message>
    <message>
        <source>Your role (trainer) does not edit the site directory.</source>
        <translation type="unfinished">តួនាទីរបស់អ្នក (អ្នកបណ្តុះបណ្តាល) មិនអាចកែបញ្ជីកន្លែងសេវាបានទេ។</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation type="unfinished">កន្លែងសេវាត្រូវតែមានឈ្មោះ។</translation>
    </message>
    <message>
        <source>The organisation is a short code in capitals (CRC, LRC, MRCS, TRCS, or another, e.g. IOM).</source>
        <translation type="unfinished">អង្គការត្រូវសរសេរជាលេខកូដខ្លី ជាអក្សរធំ (CRC, LRC, MRCS, TRCS ឬលេខកូដផ្សេង ឧ. IOM)។</translation>
    </message>
    <message>
        <source>The country is a two-letter code (KH, LA, MM, TH, …).</source>
        <translation type="unfinished">ប្រទេសត្រូវសរសេរជាលេខកូដពីរអក្សរ (KH, LA, MM, TH, …)។</translation>
    </message>
    <message>
        <source>“%1” is not a language code (km, lo, th, my, en, …).</source>
        <translation type="unfinished">“%1” មិនមែនជាលេខកូដភាសាទេ (km, lo, th, my, en, …)។</translation>
    </message>
    <message>
        <source>A field of the site is longer than %1 characters.</source>
        <translation type="unfinished">វាលមួយនៃកន្លែងសេវា វែងជាង %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>Too many languages or services for one site.</source>
        <translation type="unfinished">ភាសា ឬសេវាច្រើនពេក សម្រាប់កន្លែងសេវាតែមួយ។</translation>
    </message>
</context>
<context>
    <name>SlipCode</name>
    <message>
        <source>The code&apos;s contents are not a valid referral (%1).</source>
        <translation type="unfinished">ខ្លឹមសាររបស់កូដ មិនមែនជាការបញ្ជូនត្រឹមត្រូវទេ (%1)។</translation>
    </message>
    <message>
        <source>No organisation key to encrypt the slip&apos;s code to.</source>
        <translation type="unfinished">គ្មានសោរបស់អង្គការ សម្រាប់អ៊ិនគ្រីបកូដរបស់ប័ណ្ណបញ្ជូនទេ។</translation>
    </message>
    <message>
        <source>An organisation key is not usable for the slip&apos;s code.</source>
        <translation type="unfinished">សោរបស់អង្គការមួយ មិនអាចប្រើសម្រាប់កូដរបស់ប័ណ្ណបញ្ជូនបានទេ។</translation>
    </message>
    <message>
        <source>The referral holds too much text for a QR code; shorten the notes.</source>
        <translation type="unfinished">ការបញ្ជូននេះមានអត្ថបទច្រើនពេកសម្រាប់កូដ QR។ សូមកាត់កំណត់ចំណាំឲ្យខ្លីជាងនេះ។</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished">កូដទទេ។</translation>
    </message>
    <message>
        <source>The code is longer than any referral slip&apos;s.</source>
        <translation type="unfinished">កូដនេះវែងពេក មិនអាចជាកូដនៃប័ណ្ណបញ្ជូនបានទេ។</translation>
    </message>
    <message>
        <source>This is not the code of a Corridor referral slip.</source>
        <translation type="unfinished">នេះមិនមែនជាកូដនៃប័ណ្ណបញ្ជូនរបស់ Corridor ទេ។</translation>
    </message>
    <message>
        <source>This slip was made by a newer version of Corridor (format %1); update Corridor to read it, or type the referral code printed on the slip.</source>
        <translation type="unfinished">ប័ណ្ណបញ្ជូននេះត្រូវបានបង្កើតដោយ Corridor កំណែថ្មីជាង (ទម្រង់ %1)។ សូមធ្វើបច្ចុប្បន្នភាព Corridor ដើម្បីអានវា ឬវាយលេខកូដបញ្ជូនដែលបានបោះពុម្ពនៅលើប័ណ្ណ។</translation>
    </message>
    <message>
        <source>The slip&apos;s code is damaged or incomplete (%1).</source>
        <translation type="unfinished">កូដរបស់ប័ណ្ណបញ្ជូនខូច ឬមិនពេញលេញ (%1)។</translation>
    </message>
    <message>
        <source>The slip&apos;s code is damaged or incomplete (too short).</source>
        <translation type="unfinished">កូដរបស់ប័ណ្ណបញ្ជូនខូច ឬមិនពេញលេញ (ខ្លីពេក)។</translation>
    </message>
    <message>
        <source>This slip&apos;s code is addressed to another National Society: only the receiving and the sending National Societies can read it. Type the referral code printed on the slip instead.</source>
        <translation type="unfinished">កូដរបស់ប័ណ្ណបញ្ជូននេះ ត្រូវបានផ្ញើទៅសមាគមជាតិកាកបាទក្រហមមួយផ្សេងទៀត៖ មានតែសមាគមជាតិដែលទទួល និងសមាគមជាតិដែលបញ្ជូនប៉ុណ្ណោះ ដែលអាចអានវាបាន។ សូមវាយលេខកូដបញ្ជូនដែលបានបោះពុម្ពនៅលើប័ណ្ណជំនួសវិញ។</translation>
    </message>
    <message>
        <source>The picture holds a QR code, but not the code of a Corridor referral slip.</source>
        <translation type="unfinished">រូបភាពមានកូដ QR ប៉ុន្តែមិនមែនជាកូដនៃប័ណ្ណបញ្ជូនរបស់ Corridor ទេ។</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>device card --out FILE [--png FILE]</source>
        <translation type="unfinished">device card --out FILE [--png FILE]</translation>
    </message>
    <message>
        <source>the picture %1 could not be written</source>
        <translation type="unfinished">មិនអាចសរសេររូបភាព %1 បានទេ</translation>
    </message>
    <message>
        <source>device enrol FILE|IMAGE</source>
        <translation type="unfinished">device enrol FILE|IMAGE</translation>
    </message>
    <message>
        <source>%1 of %2 is registered as a partner coordinator.</source>
        <translation type="unfinished">%1 នៃ %2 ត្រូវបានចុះបញ្ជីជាអ្នកសម្របសម្រួលដៃគូ។</translation>
    </message>
    <message>
        <source>%1 (%2) is now trusted here.</source>
        <translation type="unfinished">ឥឡូវនេះ %1 (%2) ត្រូវបានទុកចិត្តនៅទីនេះ។</translation>
    </message>
    <message>
        <source>device revoke ID</source>
        <translation type="unfinished">device revoke ID</translation>
    </message>
    <message>
        <source>a device id is 16 hexadecimal digits</source>
        <translation type="unfinished">លេខសម្គាល់ឧបករណ៍មាន 16 ខ្ទង់ ជាលេខគោលដប់ប្រាំមួយ (hexadecimal)</translation>
    </message>
    <message>
        <source>  (revoked)</source>
        <translation type="unfinished">  (បានដកសិទ្ធិ)</translation>
    </message>
    <message>
        <source>device pubkey --minisign --out FILE</source>
        <translation type="unfinished">device pubkey --minisign --out FILE</translation>
    </message>
    <message>
        <source>device age-identity --out FILE</source>
        <translation type="unfinished">device age-identity --out FILE</translation>
    </message>
    <message>
        <source>WARNING: the file will hold this laptop&apos;s secret decryption key in the clear. Anyone who has it can read every bundle sent to this laptop. Use it only to recover bundles with the stock age tool, keep it on an encrypted disk, and delete it afterwards.</source>
        <translation type="unfinished">ប្រយ័ត្ន៖ ឯកសារនេះនឹងមានសោឌិគ្រីបសម្ងាត់របស់កុំព្យូទ័រយួរដៃនេះ ដោយគ្មានការអ៊ិនគ្រីប។ អ្នកណាដែលមានវា អាចអានកញ្ចប់ទិន្នន័យទាំងអស់ដែលផ្ញើមកកុំព្យូទ័រយួរដៃនេះ។ សូមប្រើវាសម្រាប់តែយកកញ្ចប់ទិន្នន័យមកវិញ ដោយប្រើកម្មវិធី age ធម្មតាប៉ុណ្ណោះ រក្សាវាទុកនៅលើថាសដែលបានអ៊ិនគ្រីប ហើយលុបវាចោលបន្ទាប់ពីប្រើរួច។</translation>
    </message>
    <message>
        <source>Type your passphrase again to confirm:</source>
        <translation type="unfinished">សូមវាយឃ្លាសម្ងាត់របស់អ្នកម្តងទៀត ដើម្បីបញ្ជាក់៖</translation>
    </message>
    <message>
        <source>device id|card|enrol|revoke|list|pubkey|age-identity</source>
        <translation type="unfinished">device id|card|enrol|revoke|list|pubkey|age-identity</translation>
    </message>
    <message>
        <source>bundle inspect FILE</source>
        <translation type="unfinished">bundle inspect FILE</translation>
    </message>
    <message>
        <source>(the signature is checked on import, against the exporter&apos;s enrolled key)</source>
        <translation type="unfinished">(ហត្ថលេខាត្រូវបានពិនិត្យនៅពេលនាំចូល ដោយប្រៀបធៀបជាមួយសោដែលបានចុះបញ្ជីរបស់ឧបករណ៍នាំចេញ)</translation>
    </message>
    <message>
        <source>bundle export --peer DEVICE_ID --out FILE</source>
        <translation type="unfinished">bundle export --peer DEVICE_ID --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) in bundle %1 for %2 (%3 scope)</source>
        <translation type="unfinished">
            <numerusform>សំណុំការផ្លាស់ប្តូរ %n ក្នុងកញ្ចប់ទិន្នន័យ %1 សម្រាប់ %2 (វិសាលភាព %3)</numerusform>
            <numerusform>សំណុំការផ្លាស់ប្តូរ %n ក្នុងកញ្ចប់ទិន្នន័យ %1 សម្រាប់ %2 (វិសាលភាព %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import FILE… [--json]</source>
        <translation type="unfinished">bundle import FILE… [--json]</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished">%1៖ ត្រូវបានបដិសេធ៖ %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already seen, %4 held, %5 new conflicts, %6 refused</source>
        <translation type="unfinished">%1៖ ថ្មី %2, បានឃើញរួចហើយ %3, ផ្អាកទុក %4, ភាពផ្ទុយគ្នាថ្មី %5, បដិសេធ %6</translation>
    </message>
    <message>
        <source>bundle export|import|inspect</source>
        <translation type="unfinished">bundle export|import|inspect</translation>
    </message>
    <message>
        <source>%1 %2 %3: kept “%4”, other “%5”</source>
        <translation type="unfinished">%1 %2 %3៖ តម្លៃដែលរក្សាទុក “%4”, តម្លៃផ្សេងទៀត “%5”</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation type="unfinished">គ្មានភាពផ្ទុយគ្នាទេ</translation>
    </message>
    <message>
        <source>conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)</source>
        <translation type="unfinished">conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)</translation>
    </message>
    <message>
        <source>there is no conflict on %1 %2</source>
        <translation type="unfinished">គ្មានភាពផ្ទុយគ្នាលើ %1 %2 ទេ</translation>
    </message>
    <message>
        <source>--keep takes current or other</source>
        <translation type="unfinished">--keep ត្រូវការ current ឬ other</translation>
    </message>
    <message>
        <source>conflicts list|resolve</source>
        <translation type="unfinished">conflicts list|resolve</translation>
    </message>
    <message>
        <source>%1 %2: sent #%3, acknowledged #%4, received #%5, %6 waiting</source>
        <translation type="unfinished">%1 %2៖ បានផ្ញើ #%3, បានបញ្ជាក់ទទួល #%4, បានទទួល #%5, កំពុងរង់ចាំ %6</translation>
    </message>
    <message>
        <source>sync [--inbox DIR] [--outbox DIR] (or save them with sync folders)</source>
        <translation type="unfinished">sync [--inbox DIR] [--outbox DIR] (ឬរក្សាទុកវាដោយ sync folders)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already seen</source>
        <translation type="unfinished">%1៖ ថ្មី %2, បានឃើញរួចហើយ %3</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished">បានសរសេរ %1</translation>
    </message>
    <message>
        <source>dump --canonical</source>
        <translation type="unfinished">dump --canonical</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">តួនាទីរបស់អ្នក (អ្នកបណ្តុះបណ្តាល) មិនអាចមើលឯកសារករណីបានទេ។</translation>
    </message>
</context>
<context>
    <name>TarArchive</name>
    <message>
        <source>the archive could not be started: %1</source>
        <translation type="unfinished">មិនអាចចាប់ផ្តើមបណ្ណសារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>the archive could not be written: %1</source>
        <translation type="unfinished">មិនអាចសរសេរបណ្ណសារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>the archive could not be finished</source>
        <translation type="unfinished">មិនអាចបញ្ចប់បណ្ណសារបានទេ</translation>
    </message>
    <message>
        <source>not a Corridor bundle: %1</source>
        <translation type="unfinished">មិនមែនជាកញ្ចប់ទិន្នន័យ Corridor ទេ៖ %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">ឯកសារទទេ</translation>
    </message>
    <message>
        <source>its size is not a whole number of 512-byte blocks (truncated, or something was appended)</source>
        <translation type="unfinished">ទំហំរបស់វាមិនមែនជាចំនួនគត់នៃប្លុក 512 បៃទេ (ត្រូវបានកាត់ខ្លី ឬមានអ្វីមួយត្រូវបានបន្ថែមនៅខាងចុង)</translation>
    </message>
    <message>
        <source>it ends before the entry %1</source>
        <translation type="unfinished">វាបញ្ចប់មុនធាតុ %1</translation>
    </message>
    <message>
        <source>a header checksum does not match</source>
        <translation type="unfinished">លេខផ្ទៀងផ្ទាត់ (checksum) នៃក្បាលមួយមិនត្រូវគ្នា</translation>
    </message>
    <message>
        <source>it is not a ustar archive</source>
        <translation type="unfinished">វាមិនមែនជាបណ្ណសារ ustar ទេ</translation>
    </message>
    <message>
        <source>it holds &apos;%1&apos; where &apos;%2&apos; was expected</source>
        <translation type="unfinished">វាមាន &apos;%1&apos; នៅកន្លែងដែលរំពឹងថាជា &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file (links and directories are refused)</source>
        <translation type="unfinished">&apos;%1&apos; មិនមែនជាឯកសារធម្មតាទេ (តំណ និងថត ត្រូវបានបដិសេធ)</translation>
    </message>
    <message>
        <source>an entry has a link target or a path prefix</source>
        <translation type="unfinished">ធាតុមួយមានគោលដៅតំណ ឬបុព្វបទផ្លូវ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than allowed</source>
        <translation type="unfinished">&apos;%1&apos; ធំជាងការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated</source>
        <translation type="unfinished">&apos;%1&apos; ត្រូវបានកាត់ខ្លី</translation>
    </message>
    <message>
        <source>the padding after &apos;%1&apos; is not zero</source>
        <translation type="unfinished">ការបំពេញ (padding) នៅក្រោយ &apos;%1&apos; មិនមែនជាសូន្យទេ</translation>
    </message>
    <message>
        <source>it holds more than the expected entries, or data after the end of the archive</source>
        <translation type="unfinished">វាមានធាតុច្រើនជាងការរំពឹងទុក ឬមានទិន្នន័យនៅក្រោយចុងបណ្ណសារ</translation>
    </message>
    <message>
        <source>the end of the archive is not two zero blocks</source>
        <translation type="unfinished">ចុងបណ្ណសារមិនមែនជាប្លុកសូន្យពីរទេ</translation>
    </message>
    <message>
        <source>the header of &apos;%1&apos; is not written the way Corridor writes it</source>
        <translation type="unfinished">ក្បាលនៃ &apos;%1&apos; មិនត្រូវបានសរសេរតាមរបៀបដែល Corridor សរសេរទេ</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Choose at least one module that was taught.</source>
        <translation type="unfinished">សូមជ្រើសរើសម៉ូឌុលយ៉ាងហោចណាស់មួយ ដែលបានបង្រៀន។</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module of the curriculum.</source>
        <translation type="unfinished">&quot;%1&quot; មិនមែនជាម៉ូឌុលនៃកម្មវិធីសិក្សាទេ។</translation>
    </message>
    <message>
        <source>Give the date of the training.</source>
        <translation type="unfinished">សូមដាក់កាលបរិច្ឆេទនៃការបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>The training date %1 is in the future.</source>
        <translation type="unfinished">កាលបរិច្ឆេទបណ្តុះបណ្តាល %1 ជាថ្ងៃនៅពេលអនាគត។</translation>
    </message>
    <message>
        <source>Give the place of the training.</source>
        <translation type="unfinished">សូមដាក់ទីកន្លែងនៃការបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>Give the trainer&apos;s name.</source>
        <translation type="unfinished">សូមដាក់ឈ្មោះអ្នកបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>A text field is too long.</source>
        <translation type="unfinished">វាលអត្ថបទមួយវែងពេក។</translation>
    </message>
    <message>
        <source>Add the people who attended.</source>
        <translation type="unfinished">សូមបន្ថែមអ្នកដែលបានចូលរួម។</translation>
    </message>
    <message>
        <source>A session can list at most %1 attendees.</source>
        <translation type="unfinished">វគ្គមួយអាចមានអ្នកចូលរួមយ៉ាងច្រើន %1 នាក់។</translation>
    </message>
    <message>
        <source>Every attendee needs a name.</source>
        <translation type="unfinished">អ្នកចូលរួមម្នាក់ៗត្រូវមានឈ្មោះ។</translation>
    </message>
    <message>
        <source>An attendee&apos;s name is too long.</source>
        <translation type="unfinished">ឈ្មោះរបស់អ្នកចូលរួមម្នាក់វែងពេក។</translation>
    </message>
    <message>
        <source>%1: sex must be female, male or other.</source>
        <translation type="unfinished">%1៖ ភេទត្រូវតែជា ស្រី (female) ប្រុស (male) ឬផ្សេងទៀត (other)។</translation>
    </message>
    <message>
        <source>%1: role must be volunteer, staff, community or other.</source>
        <translation type="unfinished">%1៖ តួនាទីត្រូវតែជា អ្នកស្ម័គ្រចិត្ត (volunteer) បុគ្គលិក (staff) សមាជិកសហគមន៍ (community) ឬផ្សេងទៀត (other)។</translation>
    </message>
    <message>
        <source>%1: test scores are per cent, from 0 to 100.</source>
        <translation type="unfinished">%1៖ ពិន្ទុតេស្តគិតជាភាគរយ ពី 0 ដល់ 100។</translation>
    </message>
    <message>
        <source>Only a trainer or a coordinator records training sessions.</source>
        <translation type="unfinished">មានតែអ្នកបណ្តុះបណ្តាល ឬអ្នកសម្របសម្រួលទេ ដែលអាចកត់ត្រាវគ្គបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>No training session with id %1.</source>
        <translation type="unfinished">គ្មានវគ្គបណ្តុះបណ្តាលដែលមានលេខសម្គាល់ %1 ទេ។</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>a step of this change failed, so none of it was saved</source>
        <translation type="unfinished">ជំហានមួយនៃការផ្លាស់ប្តូរនេះមិនបានសម្រេច ដូច្នេះគ្មានអ្វីត្រូវបានរក្សាទុកទេ</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>written by device %1, which this laptop does not know (not enrolled yet)</source>
        <translation type="unfinished">សរសេរដោយឧបករណ៍ %1 ដែលកុំព្យូទ័រយួរដៃនេះមិនស្គាល់ (មិនទាន់បានចុះបញ្ជី)</translation>
    </message>
    <message>
        <source>written by %1 after that device was revoked</source>
        <translation type="unfinished">សរសេរដោយ %1 ក្រោយពេលឧបករណ៍នោះត្រូវបានដកសិទ្ធិ</translation>
    </message>
    <message>
        <source>a trust update that does not come from a coordinator of %1</source>
        <translation type="unfinished">ការធ្វើបច្ចុប្បន្នភាពការទុកចិត្ត ដែលមិនមែនមកពីអ្នកសម្របសម្រួលរបស់ %1</translation>
    </message>
    <message>
        <source>a partner National Society (%1) may only send referral updates</source>
        <translation type="unfinished">សមាគមជាតិដៃគូ (%1) អាចផ្ញើបានតែការធ្វើបច្ចុប្បន្នភាពនៃការបញ្ជូនប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>this is this laptop&apos;s own card</source>
        <translation type="unfinished">នេះជាប័ណ្ណរបស់កុំព្យូទ័រយួរដៃនេះផ្ទាល់</translation>
    </message>
    <message>
        <source>only coordinators enrol devices; here you can only add the card of your own coordinator</source>
        <translation type="unfinished">មានតែអ្នកសម្របសម្រួលទេ ដែលអាចចុះបញ្ជីឧបករណ៍។ នៅទីនេះ អ្នកអាចបន្ថែមបានតែប័ណ្ណរបស់អ្នកសម្របសម្រួលរបស់អ្នកប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>a device of another National Society (%1) is registered through its coordinator&apos;s card</source>
        <translation type="unfinished">ឧបករណ៍របស់សមាគមជាតិផ្សេង (%1) ត្រូវចុះបញ្ជីតាមរយៈប័ណ្ណរបស់អ្នកសម្របសម្រួលរបស់វា</translation>
    </message>
    <message>
        <source>only coordinators revoke devices</source>
        <translation type="unfinished">មានតែអ្នកសម្របសម្រួលទេ ដែលអាចដកសិទ្ធិឧបករណ៍</translation>
    </message>
    <message>
        <source>a laptop cannot revoke itself</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃមិនអាចដកសិទ្ធិខ្លួនឯងបានទេ</translation>
    </message>
    <message>
        <source>no device %1 is known here</source>
        <translation type="unfinished">មិនស្គាល់ឧបករណ៍ %1 នៅទីនេះទេ</translation>
    </message>
    <message>
        <source>the device&apos;s public key is not usable</source>
        <translation type="unfinished">មិនអាចប្រើសោសាធារណៈរបស់ឧបករណ៍បានទេ</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Corridor is locked</source>
        <translation type="unfinished">Corridor ត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <source>Type your passphrase to open the case files on this laptop.</source>
        <translation type="unfinished">សូមវាយឃ្លាសម្ងាត់របស់អ្នក ដើម្បីបើកឯកសារករណីនៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">បង្ហាញឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ដោះសោ (&amp;U)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation type="unfinished">ភ្លេចឃ្លាសម្ងាត់? ប្រើសោសង្គ្រោះ (&amp;R)…</translation>
    </message>
    <message>
        <source>Practice mode: the volunteer’s passphrase is “practice”; the coordinator’s is “coordinator”.</source>
        <translation type="unfinished">របៀបហាត់រៀន៖ ឃ្លាសម្ងាត់របស់អ្នកស្ម័គ្រចិត្តគឺ “practice” ហើយរបស់អ្នកសម្របសម្រួលគឺ “coordinator”។</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished">អ្នកប្រើត្រូវមានឈ្មោះ។</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation type="unfinished">ឈ្មោះអ្នកប្រើវែងជាង %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation type="unfinished">មានអ្នកប្រើឈ្មោះ %1 រួចហើយ។</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished">មានឃ្លាំងទិន្នន័យនៅក្នុង %1 រួចហើយ។ Corridor នឹងមិនសរសេរជាន់វាទេ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ទទេ</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished">មិនអាចបង្កើតថត %1 បានទេ</translation>
    </message>
    <message>
        <source>vault.db is missing from %1: the case files are not there. Restore the vault folder from a backup.</source>
        <translation type="unfinished">រកមិនឃើញ vault.db ក្នុង %1 ៖ ឯកសារករណីមិននៅទីនោះទេ។ សូមយកថតឃ្លាំងទិន្នន័យមកវិញពីច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>the passphrase is not correct (nothing was changed)</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ (គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ)</translation>
    </message>
    <message>
        <source>this vault has no recovery key</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យនេះ គ្មានសោសង្គ្រោះទេ</translation>
    </message>
    <message>
        <source>this recovery key does not belong to this vault, or it was replaced by a newer one</source>
        <translation type="unfinished">សោសង្គ្រោះនេះ មិនមែនជារបស់ឃ្លាំងទិន្នន័យនេះទេ ឬវាត្រូវបានជំនួសដោយសោថ្មីជាង</translation>
    </message>
    <message>
        <source>vault.db has no device identity</source>
        <translation type="unfinished">vault.db គ្មានអត្តសញ្ញាណឧបករណ៍ទេ</translation>
    </message>
    <message>
        <source>this vault cannot hold more users</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យនេះ មិនអាចដាក់អ្នកប្រើបន្ថែមទៀតបានទេ</translation>
    </message>
    <message>
        <source>this user has no passphrase in this vault</source>
        <translation type="unfinished">អ្នកប្រើនេះ គ្មានឃ្លាសម្ងាត់ក្នុងឃ្លាំងទិន្នន័យនេះទេ</translation>
    </message>
    <message>
        <source>the last passphrase of a vault cannot be removed</source>
        <translation type="unfinished">មិនអាចលុបឃ្លាសម្ងាត់ចុងក្រោយរបស់ឃ្លាំងទិន្នន័យបានទេ</translation>
    </message>
    <message>
        <source>the passphrase is not correct</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>init takes no positional arguments</source>
        <translation type="unfinished">init មិនទទួលយកអាគុយម៉ង់តាមទីតាំងទេ</translation>
    </message>
    <message>
        <source>init needs --%1</source>
        <translation type="unfinished">init ត្រូវការ --%1</translation>
    </message>
    <message>
        <source>--role must be volunteer, coordinator or trainer</source>
        <translation type="unfinished">--role ត្រូវតែជា volunteer, coordinator ឬ trainer</translation>
    </message>
    <message>
        <source>--org must be one of %1</source>
        <translation type="unfinished">--org ត្រូវតែជាមួយក្នុងចំណោម %1</translation>
    </message>
    <message>
        <source>--kdf must be calibrated (the default) or minimum (tests and training only)</source>
        <translation type="unfinished">--kdf ត្រូវតែជា calibrated (លំនាំដើម) ឬ minimum (សម្រាប់តែការសាកល្បង និងការបណ្តុះបណ្តាល)</translation>
    </message>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished">មានឃ្លាំងទិន្នន័យនៅក្នុង %1 រួចហើយ។ Corridor នឹងមិនសរសេរជាន់វាទេ</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1:</source>
        <translation type="unfinished">ជ្រើសរើសឃ្លាសម្ងាត់សម្រាប់ %1៖</translation>
    </message>
    <message>
        <source>Vault created in %1. Write the recovery key down or print it, and keep it in the coordinator&apos;s safe: it is shown only now.</source>
        <translation type="unfinished">បានបង្កើតឃ្លាំងទិន្នន័យនៅក្នុង %1។ សូមសរសេរសោសង្គ្រោះទុក ឬបោះពុម្ពវា ហើយទុកវាក្នុងទូដែករបស់អ្នកសម្របសម្រួល៖ វាបង្ហាញតែម្តងនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>passwd needs --new-passphrase-file FILE</source>
        <translation type="unfinished">passwd ត្រូវការ --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>--kdf must be calibrated or minimum</source>
        <translation type="unfinished">--kdf ត្រូវតែជា calibrated ឬ minimum</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់របស់ %1 ត្រូវបានប្តូរហើយ។</translation>
    </message>
    <message>
        <source>recover needs --recovery-key-file FILE and --new-passphrase-file FILE</source>
        <translation type="unfinished">recover ត្រូវការ --recovery-key-file FILE និង --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>this vault has no user called %1</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យនេះ គ្មានអ្នកប្រើឈ្មោះ %1 ទេ</translation>
    </message>
    <message>
        <source>this vault has several users: name the one to recover with --user NAME</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យនេះមានអ្នកប្រើច្រើននាក់៖ សូមប្រាប់ឈ្មោះអ្នកដែលត្រូវសង្គ្រោះ ដោយប្រើ --user NAME</translation>
    </message>
    <message>
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation type="unfinished">បានកំណត់ឃ្លាសម្ងាត់ថ្មីសម្រាប់ %1 ដោយប្រើសោសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>user add needs --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE</source>
        <translation type="unfinished">user add ត្រូវការ --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>user add|list</source>
        <translation type="unfinished">user add|list</translation>
    </message>
    <message>
        <source>the audit log was altered at entry %1</source>
        <translation type="unfinished">កំណត់ហេតុត្រួតពិនិត្យត្រូវបានកែប្រែនៅធាតុទី %1</translation>
    </message>
    <message>
        <source>vault.db: every page passed its integrity check; the audit log is intact</source>
        <translation type="unfinished">vault.db ៖ គ្រប់ទំព័របានឆ្លងការត្រួតពិនិត្យភាពត្រឹមត្រូវ។ កំណត់ហេតុត្រួតពិនិត្យនៅដដែល មិនខូចខាត</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished">--limit ត្រូវការលេខធំជាង 0</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished">កម្ពុជា</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation type="unfinished">ឡាវ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished">មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished">ថៃ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished">វៀតណាម</translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished">ចិន</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished">ម៉ាឡេស៊ី</translation>
    </message>
    <message>
        <source>Stateless or unknown</source>
        <translation type="unfinished">គ្មានសញ្ជាតិ ឬមិនដឹង</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation type="unfinished">ប្រទេសផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished">ខ្មែរ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">ឡាវ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished">ថៃ</translation>
    </message>
    <message>
        <source>Myanmar (Burmese)</source>
        <translation type="unfinished">មីយ៉ាន់ម៉ា (ភូមា)</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">អង់គ្លេស</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation type="unfinished">សាន</translation>
    </message>
    <message>
        <source>Karen (S&apos;gaw)</source>
        <translation type="unfinished">ការ៉ែន (ស្គោ)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished">មន</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished">វៀតណាម</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished">ចិន</translation>
    </message>
    <message>
        <source>Documented (valid passport and permit)</source>
        <translation type="unfinished">មានឯកសារត្រឹមត្រូវ (លិខិតឆ្លងដែន និងលិខិតអនុញ្ញាតដែលនៅមានសុពលភាព)</translation>
    </message>
    <message>
        <source>Documents in process</source>
        <translation type="unfinished">កំពុងរៀបចំឯកសារ</translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation type="unfinished">គ្មានឯកសារ</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation type="unfinished">បានត្រឡប់មកស្រុកកំណើតវិញ</translation>
    </message>
    <message>
        <source>Planning to migrate</source>
        <translation type="unfinished">គ្រោងនឹងចំណាកស្រុក</translation>
    </message>
    <message>
        <source>Agriculture and plantations</source>
        <translation type="unfinished">កសិកម្ម និងចម្ការ</translation>
    </message>
    <message>
        <source>Fishing and seafood processing</source>
        <translation type="unfinished">នេសាទ និងកែច្នៃអាហារសមុទ្រ</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished">សំណង់</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation type="unfinished">ការងាររោងចក្រ</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation type="unfinished">ការងារតាមផ្ទះ</translation>
    </message>
    <message>
        <source>Restaurants, hotels and services</source>
        <translation type="unfinished">ភោជនីយដ្ឋាន សណ្ឋាគារ និងសេវាកម្ម</translation>
    </message>
    <message>
        <source>Entertainment venues</source>
        <translation type="unfinished">កន្លែងកម្សាន្ត</translation>
    </message>
    <message>
        <source>Market and trade</source>
        <translation type="unfinished">ផ្សារ និងការលក់ដូរ</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation type="unfinished">ដឹកជញ្ជូន និងភស្តុភារ</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">មិនធ្វើការ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">មិនដឹង</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished">អវិជ្ជមាន</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished">វិជ្ជមាន</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">សកម្ម</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">បានបិទ</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished">បាត់ការតាមដាន</translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation type="unfinished">ចុះជួបតាមសហគមន៍</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished">ហៅទូរសព្ទ</translation>
    </message>
    <message>
        <source>Message (chat app or SMS)</source>
        <translation type="unfinished">សារ (កម្មវិធីជជែក ឬ SMS)</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished">ចុះជួបនៅផ្ទះ</translation>
    </message>
    <message>
        <source>Visit to the Red Cross office</source>
        <translation type="unfinished">មកការិយាល័យកាកបាទក្រហម</translation>
    </message>
    <message>
        <source>Accompanied to a clinic or office</source>
        <translation type="unfinished">នាំទៅគ្លីនិក ឬការិយាល័យ</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished">ការជួបជាក្រុម</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation type="unfinished">ព័ត៌មានសុខភាព</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">ស្រោមអនាម័យ</translation>
    </message>
    <message>
        <source>HIV testing or referral for testing</source>
        <translation type="unfinished">ធ្វើតេស្តរកមេរោគអេដស៍ ឬបញ្ជូនទៅធ្វើតេស្ត</translation>
    </message>
    <message>
        <source>Treatment adherence support</source>
        <translation type="unfinished">ជួយឲ្យលេបឱសថបានទៀងទាត់</translation>
    </message>
    <message>
        <source>Help to refill medicine</source>
        <translation type="unfinished">ជួយទៅយកឱសថបន្ថែម</translation>
    </message>
    <message>
        <source>STI referral</source>
        <translation type="unfinished">បញ្ជូនទៅពិនិត្យជំងឺកាមរោគ (STI)</translation>
    </message>
    <message>
        <source>TB screening referral</source>
        <translation type="unfinished">បញ្ជូនទៅពិនិត្យរកជំងឺរបេង</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ការគាំទ្រផ្លូវចិត្ត និងសង្គម</translation>
    </message>
    <message>
        <source>Help with identity or work documents</source>
        <translation type="unfinished">ជួយរៀបចំឯកសារអត្តសញ្ញាណ ឬឯកសារការងារ</translation>
    </message>
    <message>
        <source>Protection or legal referral</source>
        <translation type="unfinished">បញ្ជូនសម្រាប់ការការពារ ឬជំនួយផ្លូវច្បាប់</translation>
    </message>
    <message>
        <source>Food or emergency relief</source>
        <translation type="unfinished">ស្បៀងអាហារ ឬជំនួយសង្គ្រោះបន្ទាន់</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation type="unfinished">ការស្តារទំនាក់ទំនងគ្រួសារ</translation>
    </message>
    <message>
        <source>Cross-border referral</source>
        <translation type="unfinished">ការបញ្ជូនឆ្លងព្រំដែន</translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished">ភេទ</translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished">ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">ប្រទេស</translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished">ស្ថានភាពចំណាកស្រុក</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished">មុខរបរ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">ស្ថានភាពមេរោគអេដស៍</translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished">ស្ថានភាពករណី</translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation type="unfinished">ប្រភេទការទាក់ទង</translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished">សេវា</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">កំណត់ហេតុត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Audit log of this case file</source>
        <translation type="unfinished">កំណត់ហេតុត្រួតពិនិត្យនៃឯកសារករណីនេះ</translation>
    </message>
    <message numerus="yes">
        <source>%n entries. The log is intact: no entry was changed or removed from the middle.</source>
        <translation type="unfinished">
            <numerusform>មាន %n ធាតុ។ កំណត់ហេតុនៅដដែល៖ គ្មានធាតុណាត្រូវបានកែប្រែ ឬដកចេញពីកណ្តាលទេ។</numerusform>
            <numerusform>មាន %n ធាតុ។ កំណត់ហេតុនៅដដែល៖ គ្មានធាតុណាត្រូវបានកែប្រែ ឬដកចេញពីកណ្តាលទេ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: entry %1 of the log was changed outside Corridor.</source>
        <translation type="unfinished">ប្រយ័ត្ន៖ ធាតុទី %1 នៃកំណត់ហេតុ ត្រូវបានកែប្រែនៅក្រៅ Corridor។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditModel</name>
    <message>
        <source>viewed</source>
        <translation type="unfinished">បានមើល</translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished">បានបង្កើត</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">បានកែប្រែ</translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished">បាននាំចេញ</translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished">បានបោះពុម្ព</translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished">បានលុប</translation>
    </message>
    <message>
        <source>unlocked the vault</source>
        <translation type="unfinished">បានដោះសោឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <source>changed passphrase</source>
        <translation type="unfinished">បានប្តូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ពេលណា</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">អ្នកណា</translation>
    </message>
    <message>
        <source>Did what</source>
        <translation type="unfinished">ធ្វើអ្វី</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">ព័ត៌មានលម្អិត</translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookletPanel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(គ្មាន)</translation>
    </message>
    <message>
        <source>Translation status — %1</source>
        <translation type="unfinished">ស្ថានភាពការបកប្រែ — %1</translation>
    </message>
    <message>
        <source>Export the booklet as PDF</source>
        <translation type="unfinished">នាំចេញកូនសៀវភៅជា PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The booklet was saved as %1.</source>
        <translation type="unfinished">បានរក្សាទុកកូនសៀវភៅជា %1។</translation>
    </message>
    <message>
        <source>Know before you go</source>
        <translation type="unfinished">ដឹងមុនពេលចេញដំណើរ</translation>
    </message>
    <message>
        <source>Print the booklet</source>
        <translation type="unfinished">បោះពុម្ពកូនសៀវភៅ</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation type="unfinished">
            <numerusform>បានផ្ញើ %n ទំព័រទៅម៉ាស៊ីនបោះពុម្ព។</numerusform>
            <numerusform>បានផ្ញើ %n ទំព័រទៅម៉ាស៊ីនបោះពុម្ព។</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ភាសា (&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;Side by side with:</source>
        <translation type="unfinished">ទន្ទឹមគ្នាជាមួយ (&amp;S)៖</translation>
    </message>
    <message>
        <source>Search the booklet (Ctrl+F, then Enter for the next)</source>
        <translation type="unfinished">ស្វែងរកក្នុងកូនសៀវភៅ (Ctrl+F រួចចុច Enter ដើម្បីទៅកន្លែងបន្ទាប់)</translation>
    </message>
    <message>
        <source>L&amp;arge text</source>
        <translation type="unfinished">អក្សរធំ (&amp;A)</translation>
    </message>
    <message>
        <source>Bigger letters, for reading together with a migrant</source>
        <translation type="unfinished">អក្សរធំជាងមុន សម្រាប់អានជាមួយជនចំណាកស្រុក</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">នាំចេញ PDF (&amp;E)…</translation>
    </message>
    <message>
        <source>Save the booklet in the chosen language(s) as A5 pages to print or share</source>
        <translation type="unfinished">រក្សាទុកកូនសៀវភៅជាភាសាដែលបានជ្រើសរើស ជាទំព័រ A5 ដើម្បីបោះពុម្ព ឬចែករំលែក</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">បោះពុម្ព (&amp;P)…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CameraScanDialog</name>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished">ស្កេនកូដ QR</translation>
    </message>
    <message>
        <source>No camera found on this laptop.</source>
        <translation type="unfinished">រកមិនឃើញកាមេរ៉ានៅលើកុំព្យូទ័រយួរដៃនេះទេ។</translation>
    </message>
    <message>
        <source>Open a photo or screenshot of the code instead, or paste the card&apos;s text.</source>
        <translation type="unfinished">សូមបើករូបថត ឬរូបថតអេក្រង់នៃកូដនោះជំនួសវិញ ឬបិទភ្ជាប់អត្ថបទរបស់ប័ណ្ណ។</translation>
    </message>
    <message>
        <source>Hold the code in front of the camera, about a hand&apos;s length away.</source>
        <translation type="unfinished">សូមកាន់កូដនៅពីមុខកាមេរ៉ា ឲ្យឆ្ងាយប្រហែលប្រវែងបាតដៃមួយ។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseEditor</name>
    <message>
        <source>Choose a case file on the left, or press Ctrl+N for a new one.</source>
        <translation type="unfinished">សូមជ្រើសរើសឯកសារករណីនៅខាងឆ្វេង ឬចុច Ctrl+N ដើម្បីបង្កើតឯកសារថ្មី។</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation type="unfinished">ឯកសារករណីថ្មី</translation>
    </message>
    <message>
        <source>The person has not agreed to keep records: ask again, or do not keep this case file.</source>
        <translation type="unfinished">ម្ចាស់ខ្លួនមិនទាន់យល់ព្រមឲ្យរក្សាទុកព័ត៌មានទេ៖ សូមសួរម្តងទៀត ឬកុំរក្សាទុកឯកសារករណីនេះ។</translation>
    </message>
    <message>
        <source>Possible duplicate: %1.</source>
        <translation type="unfinished">ប្រហែលជាស្ទួន៖ %1។</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished">បានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">ការកែប្រែមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>This case file has changes that are not saved. Save them now?</source>
        <translation type="unfinished">ឯកសារករណីនេះមានការកែប្រែដែលមិនទាន់រក្សាទុក។ តើរក្សាទុកឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation type="unfinished">(រួចរាល់ %1)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished">(ហួសពេល)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseListModel</name>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished">ឈ្មោះ ឬឈ្មោះហៅក្រៅ</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation type="unfinished">ភេទ អាយុ</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished">បច្ចុប្បន្ននៅ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished">ទាក់ទងចុងក្រោយ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">តាមដានបន្ទាប់</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseListPanel</name>
    <message>
        <source>No case file matches “%1”.</source>
        <translation type="unfinished">គ្មានឯកសារករណីណាត្រូវនឹង “%1” ទេ។</translation>
    </message>
    <message>
        <source>%1 case files shown; scroll for more</source>
        <translation type="unfinished">បង្ហាញឯកសារករណី %1។ រំកិលចុះដើម្បីមើលបន្ថែម</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation type="unfinished">
            <numerusform>ឯកសារករណី %n</numerusform>
            <numerusform>ឯកសារករណី %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by UIC, name, phone or place (Ctrl+F)</source>
        <translation type="unfinished">ស្វែងរកតាម UIC ឈ្មោះ ទូរសព្ទ ឬទីកន្លែង (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished">ដល់ពេលតាមដាន</translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished">ករណីថ្មី</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation type="unfinished">ចុះឈ្មោះមនុស្សថ្មី (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ConflictDialog</name>
    <message>
        <source>Keep the &amp;current value</source>
        <translation type="unfinished">រក្សាតម្លៃបច្ចុប្បន្ន (&amp;C)</translation>
    </message>
    <message>
        <source>Keep the &amp;other value</source>
        <translation type="unfinished">រក្សាតម្លៃផ្សេងទៀត (&amp;O)</translation>
    </message>
    <message>
        <source>Type a &amp;new value…</source>
        <translation type="unfinished">វាយតម្លៃថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation type="unfinished">ភាពផ្ទុយគ្នាដែលត្រូវសម្រេច</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Corridor shows the value every laptop agrees on for now (“current”) and the other one. Decide which is right: your choice travels with the next bundles, and the value not kept stays in the history.</source>
        <translation type="unfinished">មនុស្សពីរនាក់បានកែវាលទិន្នន័យដូចគ្នា ដោយមិនបានឃើញការកែប្រែរបស់គ្នាទៅវិញទៅមក។ Corridor បង្ហាញតម្លៃដែលកុំព្យូទ័រយួរដៃទាំងអស់យល់ព្រមសម្រាប់ពេលនេះ (“បច្ចុប្បន្ន”) និងតម្លៃមួយទៀត។ សូមសម្រេចថាតម្លៃណាត្រឹមត្រូវ៖ ជម្រើសរបស់អ្នកនឹងបញ្ជូនទៅជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់ៗ ហើយតម្លៃដែលមិនបានរក្សាទុក នៅតែមានក្នុងប្រវត្តិ។</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">វាលទិន្នន័យ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished">តម្លៃបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished">កែប្រែដោយ</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished">តម្លៃផ្សេងទៀត</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>No conflicts: every field has one value everyone agrees on.</source>
        <translation type="unfinished">គ្មានភាពផ្ទុយគ្នាទេ៖ វាលទិន្នន័យនីមួយៗមានតម្លៃតែមួយ ដែលអ្នកទាំងអស់គ្នាយល់ព្រម។</translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished">តម្លៃថ្មី</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished">កំពុងបង្កើតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <source>Measuring this laptop to make the passphrase slow to guess, then creating the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished">កំពុងវាស់ល្បឿនកុំព្យូទ័រយួរដៃនេះ ដើម្បីធ្វើឲ្យការទាយឃ្លាសម្ងាត់យឺត បន្ទាប់មកបង្កើតឃ្លាំងទិន្នន័យដែលបានអ៊ិនគ្រីប។ វាចំណាយពេលពីរបីវិនាទី។</translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យរួចរាល់ហើយ។</translation>
    </message>
    <message>
        <source>The vault could not be created. Nothing was written; go back, correct the problem and try again.</source>
        <translation type="unfinished">មិនអាចបង្កើតឃ្លាំងទិន្នន័យបានទេ។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមត្រឡប់ក្រោយ កែបញ្ហា ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CurriculumPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation status: %1</source>
        <translation type="unfinished">ស្ថានភាពការបកប្រែ៖ %1</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished">មេរៀន</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>The full text of this lesson is not translated yet: it is shown in English below the translated title and objectives.</source>
        <translation type="unfinished">អត្ថបទពេញនៃមេរៀននេះ មិនទាន់បានបកប្រែនៅឡើយទេ៖ វាត្រូវបានបង្ហាញជាភាសាអង់គ្លេស នៅខាងក្រោមចំណងជើង និងគោលបំណងដែលបានបកប្រែ។</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">គោលបំណង</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished">កំណត់ចំណាំសម្រាប់អ្នកដឹកនាំវគ្គ</translation>
    </message>
    <message>
        <source>Participant content</source>
        <translation type="unfinished">ខ្លឹមសារសម្រាប់អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Quiz and answers</source>
        <translation type="unfinished">សំណួរតេស្ត និងចម្លើយ</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished">ការពន្យល់៖ %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ភាសា (&amp;L)៖</translation>
    </message>
    <message>
        <source>Show facilitator &amp;notes and answers</source>
        <translation type="unfinished">បង្ហាញកំណត់ចំណាំសម្រាប់អ្នកដឹកនាំវគ្គ និងចម្លើយ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Present (F5)</source>
        <translation type="unfinished">បង្ហាញ (&amp;P) (F5)</translation>
    </message>
    <message>
        <source>Show the lesson full screen, one slide at a time; arrows move, N shows the notes, Esc ends</source>
        <translation type="unfinished">បង្ហាញមេរៀនពេញអេក្រង់ ម្តងមួយស្លាយ។ ព្រួញសម្រាប់ផ្លាស់ទី N បង្ហាញកំណត់ចំណាំ Esc បញ្ចប់</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished">សំណួរតេស្ត (&amp;Q)</translation>
    </message>
    <message>
        <source>Module and lesson</source>
        <translation type="unfinished">ម៉ូឌុល និងមេរៀន</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">រយៈពេល</translation>
    </message>
</context>
<context>
    <name>corridor::ui::DeviceCardDialog</name>
    <message>
        <source>This laptop&apos;s card</source>
        <translation type="unfinished">ប័ណ្ណរបស់កុំព្យូទ័រយួរដៃនេះ</translation>
    </message>
    <message>
        <source>Save as a &amp;file…</source>
        <translation type="unfinished">រក្សាទុកជាឯកសារ (&amp;F)…</translation>
    </message>
    <message>
        <source>Save the &amp;picture…</source>
        <translation type="unfinished">រក្សាទុករូបភាព (&amp;P)…</translation>
    </message>
    <message>
        <source>Your coordinators and volunteers enrol this laptop by scanning this code or opening the card file. A coordinator of a partner National Society who enrols it can send referrals to your organisation.</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល និងអ្នកស្ម័គ្រចិត្តរបស់អ្នក ចុះបញ្ជីកុំព្យូទ័រយួរដៃនេះ ដោយស្កេនកូដនេះ ឬបើកឯកសារប័ណ្ណ។ អ្នកសម្របសម្រួលនៃសមាគមជាតិដៃគូ ដែលចុះបញ្ជីវា អាចផ្ញើការបញ្ជូនមកអង្គការរបស់អ្នកបាន។</translation>
    </message>
    <message>
        <source>Show this code to your coordinator, or give them the card file: once they enrol this laptop, your branch trusts the bundles it writes.</source>
        <translation type="unfinished">សូមបង្ហាញកូដនេះដល់អ្នកសម្របសម្រួលរបស់អ្នក ឬឲ្យឯកសារប័ណ្ណទៅគាត់៖ នៅពេលគាត់ចុះបញ្ជីកុំព្យូទ័រយួរដៃនេះរួច សាខារបស់អ្នកនឹងទុកចិត្តកញ្ចប់ទិន្នន័យដែលវាសរសេរ។</translation>
    </message>
    <message>
        <source>Laptop:</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃ៖</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished">តួនាទី៖</translation>
    </message>
    <message>
        <source>National Society:</source>
        <translation type="unfinished">សមាគមជាតិ៖</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished">សាខា៖</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished">លេខសម្គាល់ឧបករណ៍៖</translation>
    </message>
    <message>
        <source>Organisation key:</source>
        <translation type="unfinished">សោរបស់អង្គការ៖</translation>
    </message>
    <message>
        <source>included (partners use it to encrypt referrals to you)</source>
        <translation type="unfinished">មានរួមបញ្ចូល (ដៃគូប្រើវាដើម្បីអ៊ិនគ្រីបការបញ្ជូនមកអ្នក)</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s card</source>
        <translation type="unfinished">រក្សាទុកប័ណ្ណរបស់កុំព្យូទ័រយួរដៃនេះ</translation>
    </message>
    <message>
        <source>Corridor device cards (*.txt)</source>
        <translation type="unfinished">ប័ណ្ណឧបករណ៍ Corridor (*.txt)</translation>
    </message>
    <message>
        <source>Save the card&apos;s QR code</source>
        <translation type="unfinished">រក្សាទុកកូដ QR របស់ប័ណ្ណ</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished">រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation type="unfinished">មិនអាចសរសេររូបភាព %1 បានទេ។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished">កត់ត្រាការទាក់ទង</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">កែការទាក់ទង</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished">ប្រភេទការទាក់ទង</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished">សេវាដែលបានផ្តល់</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">តាមដានបន្ទាប់</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">កំណត់ចំណាំ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished">ចុះបញ្ជីឧបករណ៍</translation>
    </message>
    <message>
        <source>Enrol a laptop of your National Society so that your branch trusts the bundles it writes, or register a partner National Society from its coordinator&apos;s card.</source>
        <translation type="unfinished">ចុះបញ្ជីកុំព្យូទ័រយួរដៃមួយរបស់សមាគមជាតិរបស់អ្នក ដើម្បីឲ្យសាខារបស់អ្នកទុកចិត្តកញ្ចប់ទិន្នន័យដែលវាសរសេរ ឬចុះបញ្ជីសមាគមជាតិដៃគូ ពីប័ណ្ណរបស់អ្នកសម្របសម្រួលរបស់វា។</translation>
    </message>
    <message>
        <source>Take in your coordinator&apos;s card: from then on this laptop trusts the devices your coordinator enrols.</source>
        <translation type="unfinished">សូមបញ្ចូលប័ណ្ណរបស់អ្នកសម្របសម្រួលរបស់អ្នក៖ ចាប់ពីពេលនោះតទៅ កុំព្យូទ័រយួរដៃនេះនឹងទុកចិត្តឧបករណ៍ដែលអ្នកសម្របសម្រួលរបស់អ្នកចុះបញ្ជី។</translation>
    </message>
    <message>
        <source>&amp;Open a card file or picture…</source>
        <translation type="unfinished">បើកឯកសារប័ណ្ណ ឬរូបភាព (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Scan with the camera…</source>
        <translation type="unfinished">ស្កេនដោយកាមេរ៉ា (&amp;S)…</translation>
    </message>
    <message>
        <source>No camera found on this laptop.</source>
        <translation type="unfinished">រកមិនឃើញកាមេរ៉ានៅលើកុំព្យូទ័រយួរដៃនេះទេ។</translation>
    </message>
    <message>
        <source>…or paste the card&apos;s text here (it starts with CRDC1:)</source>
        <translation type="unfinished">…ឬបិទភ្ជាប់អត្ថបទរបស់ប័ណ្ណនៅទីនេះ (វាចាប់ផ្តើមដោយ CRDC1:)</translation>
    </message>
    <message>
        <source>&amp;Trust this device</source>
        <translation type="unfinished">ទុកចិត្តឧបករណ៍នេះ (&amp;T)</translation>
    </message>
    <message>
        <source>Open a device card</source>
        <translation type="unfinished">បើកប័ណ្ណឧបករណ៍</translation>
    </message>
    <message>
        <source>Cards and pictures (*.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished">ប័ណ្ណ និងរូបភាព (*.txt *.png *.jpg *.jpeg);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No card yet.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;មិនទាន់មានប័ណ្ណនៅឡើយទេ។&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This device was revoked here; it cannot be enrolled again.</source>
        <translation type="unfinished">ឧបករណ៍នេះត្រូវបានដកសិទ្ធិនៅទីនេះ។ មិនអាចចុះបញ្ជីវាម្តងទៀតបានទេ។</translation>
    </message>
    <message>
        <source>This device is already trusted here.</source>
        <translation type="unfinished">ឧបករណ៍នេះត្រូវបានទុកចិត្តនៅទីនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, %4&lt;br&gt;Device id: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, %4&lt;br&gt;លេខសម្គាល់ឧបករណ៍៖ &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This card is from another National Society: it will be registered as a &lt;b&gt;partner&lt;/b&gt;. Only referrals addressed to them, and their answers, travel between you.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;ប័ណ្ណនេះមកពីសមាគមជាតិផ្សេង៖ វានឹងត្រូវចុះបញ្ជីជា&lt;b&gt;ដៃគូ&lt;/b&gt;។ មានតែការបញ្ជូនដែលផ្ញើទៅពួកគេ និងចម្លើយរបស់ពួកគេប៉ុណ្ណោះ ដែលបញ្ជូនទៅមករវាងអ្នក។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the device id with its owner (read it aloud) before you trust it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;សូមផ្ទៀងផ្ទាត់លេខសម្គាល់ឧបករណ៍ជាមួយម្ចាស់របស់វា (អានវាឲ្យឮៗ) មុនពេលអ្នកទុកចិត្តវា។&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EraseDialog</name>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished">លុបព័ត៌មានរបស់មនុស្សនេះ</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 and everything about them?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The case file, every contact, follow-up and referral are removed from this laptop, and from every laptop the next bundles reach. It cannot be undone. Who erased and why is kept; nothing about the person is.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;លុប %1 និងព័ត៌មានទាំងអស់អំពីគាត់ឬ?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ឯកសារករណី ការទាក់ទង ការតាមដាន និងការបញ្ជូនទាំងអស់ នឹងត្រូវលុបចេញពីកុំព្យូទ័រយួរដៃនេះ និងពីកុំព្យូទ័រយួរដៃទាំងអស់ដែលកញ្ចប់ទិន្នន័យបន្ទាប់ៗទៅដល់។ មិនអាចធ្វើវិញបានទេ។ ព័ត៌មានថាអ្នកណាជាអ្នកលុប និងហេតុអ្វី ត្រូវបានរក្សាទុក ប៉ុន្តែគ្មានព័ត៌មានអំពីម្ចាស់ខ្លួនត្រូវបានរក្សាទុកទេ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>For example: the person asked for their data to be removed</source>
        <translation type="unfinished">ឧទាហរណ៍៖ ម្ចាស់ខ្លួនបានស្នើសុំឲ្យលុបទិន្នន័យរបស់គាត់</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation type="unfinished">ខ្ញុំយល់ថា ការនេះមិនអាចធ្វើវិញបានទេ</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">មូលហេតុ (&amp;R)៖</translation>
    </message>
    <message>
        <source>You are not a coordinator: a second user of this laptop confirms with their passphrase.</source>
        <translation type="unfinished">អ្នកមិនមែនជាអ្នកសម្របសម្រួលទេ៖ អ្នកប្រើម្នាក់ទៀតនៃកុំព្យូទ័រយួរដៃនេះ ត្រូវបញ្ជាក់ដោយឃ្លាសម្ងាត់របស់គាត់។</translation>
    </message>
    <message>
        <source>Second &amp;user:</source>
        <translation type="unfinished">អ្នកប្រើទីពីរ (&amp;U)៖</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់របស់គាត់ (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished">លុប (&amp;E)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::FirstRunWizard</name>
    <message>
        <source>Set up Corridor</source>
        <translation type="unfinished">រៀបចំ Corridor</translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpListWidget</name>
    <message>
        <source>%1 overdue, %2 due in the next %3 days</source>
        <translation type="unfinished">ហួសពេល %1, ដល់ពេលក្នុងរយៈពេល %3 ថ្ងៃខាងមុខ %2</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished">ការតាមដានដែលដល់ពេល</translation>
    </message>
    <message>
        <source>Due within </source>
        <translation type="unfinished">ដល់ពេលក្នុងរយៈ </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> ថ្ងៃ</translation>
    </message>
    <message>
        <source>Only my case files</source>
        <translation type="unfinished">តែឯកសារករណីរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">សម្គាល់ថារួចរាល់ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open case file</source>
        <translation type="unfinished">បើកឯកសារករណី (&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) overdue: show them</source>
        <translation type="unfinished">
            <numerusform>ការបញ្ជូនហួសពេល %n៖ ចុចដើម្បីមើល</numerusform>
            <numerusform>ការបញ្ជូនហួសពេល %n៖ ចុចដើម្បីមើល</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform>ហួសពេល %n ថ្ងៃ</numerusform>
            <numerusform>ហួសពេល %n ថ្ងៃ</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished">ដល់ពេលថ្ងៃនេះ</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>នៅ %n ថ្ងៃទៀត</numerusform>
            <numerusform>នៅ %n ថ្ងៃទៀត</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">ថ្ងៃកំណត់</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ពេលណា</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished">ឈ្មោះ ឬឈ្មោះហៅក្រៅ</translation>
    </message>
    <message>
        <source>Phone (if consent)</source>
        <translation type="unfinished">ទូរសព្ទ (បើយល់ព្រម)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">មូលហេតុ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::HistoryDialog</name>
    <message>
        <source>History of this case file</source>
        <translation type="unfinished">ប្រវត្តិនៃឯកសារករណីនេះ</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ពេលណា</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">អ្នកណា</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃ</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">អ្វី</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">តម្លៃ</translation>
    </message>
    <message>
        <source>someone on that laptop</source>
        <translation type="unfinished">នរណាម្នាក់នៅលើកុំព្យូទ័រយួរដៃនោះ</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation type="unfinished">%1 ត្រូវបានលុប</translation>
    </message>
    <message>
        <source>%1 changed (contents removed by the erasure)</source>
        <translation type="unfinished">%1 ត្រូវបានកែប្រែ (ខ្លឹមសារត្រូវបានដកចេញដោយការលុប)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) written</source>
        <translation type="unfinished">
            <numerusform>%1៖ បានសរសេរវាលទិន្នន័យ %n</numerusform>
            <numerusform>%1៖ បានសរសេរវាលទិន្នន័យ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. A value replaced later, or one that lost a conflict, stays here.</source>
        <translation type="unfinished">
            <numerusform>ការផ្លាស់ប្តូរ %n (ថ្មីបំផុតនៅខាងលើ)។ តម្លៃដែលត្រូវបានជំនួសនៅពេលក្រោយ ឬតម្លៃដែលមិនត្រូវបានជ្រើសរើសក្នុងភាពផ្ទុយគ្នា នៅតែមាននៅទីនេះ។</numerusform>
            <numerusform>ការផ្លាស់ប្តូរ %n (ថ្មីបំផុតនៅខាងលើ)។ តម្លៃដែលត្រូវបានជំនួសនៅពេលក្រោយ ឬតម្លៃដែលមិនត្រូវបានជ្រើសរើសក្នុងភាពផ្ទុយគ្នា នៅតែមាននៅទីនេះ។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished">របាយការណ៍នាំចូល</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished">កញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">ពី</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">លទ្ធផល</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">ថ្មី</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished">មានរួចហើយ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">បានបង្កើត</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">បានធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished">បានលុប</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">ភាពផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished">បានផ្អាកទុក</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished">បានបដិសេធ៖ %1</translation>
    </message>
    <message>
        <source>Already imported: nothing changed</source>
        <translation type="unfinished">បាននាំចូលរួចហើយ៖ គ្មានអ្វីផ្លាស់ប្តូរទេ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">បាននាំចូល</translation>
    </message>
    <message>
        <source>Refused change: %1</source>
        <translation type="unfinished">ការផ្លាស់ប្តូរដែលបានបដិសេធ៖ %1</translation>
    </message>
    <message>
        <source>&amp;Decide conflicts…</source>
        <translation type="unfinished">សម្រេចលើភាពផ្ទុយគ្នា (&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read.</source>
        <translation type="unfinished">
            <numerusform>បានអានកញ្ចប់ទិន្នន័យ %n។</numerusform>
            <numerusform>បានអានកញ្ចប់ទិន្នន័យ %n។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s), %1 already here.</source>
        <translation type="unfinished">
            <numerusform>ការផ្លាស់ប្តូរថ្មី %n, មានរួចហើយ %1។</numerusform>
            <numerusform>ការផ្លាស់ប្តូរថ្មី %n, មានរួចហើយ %1។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held back until their author is enrolled.</source>
        <translation type="unfinished">
            <numerusform>ការផ្លាស់ប្តូរ %n ត្រូវបានផ្អាកទុក រហូតដល់អ្នកសរសេរត្រូវបានចុះបញ្ជី។</numerusform>
            <numerusform>ការផ្លាស់ប្តូរ %n ត្រូវបានផ្អាកទុក រហូតដល់អ្នកសរសេរត្រូវបានចុះបញ្ជី។</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: tell your coordinator.</source>
        <translation type="unfinished">ប្រុងប្រយ័ត្ន៖ សូមប្រាប់អ្នកសម្របសម្រួលរបស់អ្នក។</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation type="unfinished">
            <numerusform>ភាពផ្ទុយគ្នា %n ដែលត្រូវសម្រេច។</numerusform>
            <numerusform>ភាពផ្ទុយគ្នា %n ដែលត្រូវសម្រេច។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused (nothing in a refused bundle is used).</source>
        <translation type="unfinished">
            <numerusform>កញ្ចប់ទិន្នន័យ %n ត្រូវបានបដិសេធ (គ្មានអ្វីក្នុងកញ្ចប់ទិន្នន័យដែលបានបដិសេធ ត្រូវបានប្រើទេ)។</numerusform>
            <numerusform>កញ្ចប់ទិន្នន័យ %n ត្រូវបានបដិសេធ (គ្មានអ្វីក្នុងកញ្ចប់ទិន្នន័យដែលបានបដិសេធ ត្រូវបានប្រើទេ)។</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: this may not be an accident (a changed or forged bundle, or one device using a number twice). Tell your coordinator.</source>
        <translation type="unfinished">ប្រុងប្រយ័ត្ន៖ រឿងនេះប្រហែលជាមិនមែនជាគ្រោះថ្នាក់ចៃដន្យទេ (កញ្ចប់ទិន្នន័យត្រូវបានកែប្រែ ឬក្លែងបន្លំ ឬឧបករណ៍មួយប្រើលេខដដែលពីរដង)។ សូមប្រាប់អ្នកសម្របសម្រួលរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>Follow-ups due (%1, %2 overdue)</source>
        <translation type="unfinished">ការតាមដានដែលដល់ពេល (%1, ហួសពេល %2)</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation type="unfinished">ការតាមដានដែលដល់ពេល (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Corridor locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform>Corridor បានចាក់សោដោយខ្លួនឯង ក្រោយពីគ្មានការប្រើប្រាស់រយៈពេល %n នាទី។</numerusform>
            <numerusform>Corridor បានចាក់សោដោយខ្លួនឯង ក្រោយពីគ្មានការប្រើប្រាស់រយៈពេល %n នាទី។</numerusform>
        </translation>
    </message>
    <message>
        <source>About Corridor</source>
        <translation type="unfinished">អំពី Corridor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case files, cross-border referrals and training for Red Cross outreach volunteers supporting migrants living with HIV.&lt;/p&gt;&lt;p&gt;Everything is kept encrypted on this laptop (SQLCipher %2).&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;ឯកសារករណី ការបញ្ជូនឆ្លងព្រំដែន និងការបណ្តុះបណ្តាល សម្រាប់អ្នកស្ម័គ្រចិត្តចុះសហគមន៍របស់កាកបាទក្រហម ដែលជួយគាំទ្រជនចំណាកស្រុកដែលរស់នៅជាមួយមេរោគអេដស៍។&lt;/p&gt;&lt;p&gt;អ្វីៗទាំងអស់ត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីប នៅលើកុំព្យូទ័រយួរដៃនេះ (SQLCipher %2)។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">ករណី (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">មើល (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation type="unfinished">ឯកសារករណីថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished">កត់ត្រាការទាក់ទង (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find a case file</source>
        <translation type="unfinished">ស្វែងរកឯកសារករណី (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">ចាក់សោ (&amp;L)</translation>
    </message>
    <message>
        <source>Lock Corridor now (Ctrl+L)</source>
        <translation type="unfinished">ចាក់សោ Corridor ឥឡូវនេះ (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">ការកំណត់ (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Case files</source>
        <translation type="unfinished">ឯកសារករណី (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation type="unfinished">ការតាមដានដែលដល់ពេល (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished">កំណត់ហេតុត្រួតពិនិត្យ (&amp;A)…</translation>
    </message>
    <message>
        <source>Audit log of this case &amp;file…</source>
        <translation type="unfinished">កំណត់ហេតុត្រួតពិនិត្យនៃឯកសារករណីនេះ (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">ផ្ទុកឡើងវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Corridor</source>
        <translation type="unfinished">អំពី Corridor (&amp;A)</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation type="unfinished">ឯកសារករណី</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished">ការតាមដានដែលដល់ពេល</translation>
    </message>
    <message>
        <source>PRACTICE MODE — every person here is fictional. Use it to learn and to teach; nothing is kept after you quit.</source>
        <translation type="unfinished">របៀបហាត់រៀន — មនុស្សគ្រប់គ្នានៅទីនេះមិនមែនជាមនុស្សពិតទេ។ ប្រើវាដើម្បីរៀន និងបង្រៀន។ គ្មានអ្វីត្រូវរក្សាទុកទេ ក្រោយពេលអ្នកចាកចេញ។</translation>
    </message>
    <message>
        <source>[PRACTICE]</source>
        <translation type="unfinished">[ហាត់រៀន]</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">បានចូលប្រើ៖ %1 (%2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">បានចាក់សោ</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished">Corridor</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">តួនាទីរបស់អ្នក (អ្នកបណ្តុះបណ្តាល) មិនអាចមើលឯកសារករណីបានទេ។</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished">សមកាលកម្ម (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;History of this case file…</source>
        <translation type="unfinished">ប្រវត្តិនៃឯកសារករណីនេះ (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation type="unfinished">លុបព័ត៌មានរបស់មនុស្សនេះ (&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ync centre</source>
        <translation type="unfinished">ផ្ទាំងសមកាលកម្ម (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ទិន្នន័យ (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export for a device…</source>
        <translation type="unfinished">នាំចេញសម្រាប់ឧបករណ៍មួយ (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide…</source>
        <translation type="unfinished">ភាពផ្ទុយគ្នាដែលត្រូវសម្រេច (&amp;C)…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation type="unfinished">ប័ណ្ណរបស់កុំព្យូទ័រយួរដៃនេះ (&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished">ចុះបញ្ជីឧបករណ៍ (&amp;N)…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished">សមកាលកម្ម</translation>
    </message>
    <message>
        <source>The person was erased here; the erasure travels with the next bundles.</source>
        <translation type="unfinished">ព័ត៌មានរបស់មនុស្សនេះត្រូវបានលុបនៅទីនេះ។ ការលុបនេះនឹងបញ្ជូនទៅជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់ៗ។</translation>
    </message>
    <message>
        <source>Referrals (%1 overdue)</source>
        <translation type="unfinished">ការបញ្ជូន (ហួសពេល %1)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">ការបញ្ជូន</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished">ការបញ្ជូន (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refer to another service…</source>
        <translation type="unfinished">បញ្ជូនទៅសេវាផ្សេង (&amp;R)…</translation>
    </message>
    <message>
        <source>Write a referral and its slip for the open case file (Ctrl+R)</source>
        <translation type="unfinished">សរសេរការបញ្ជូន និងប័ណ្ណបញ្ជូន សម្រាប់ឯកសារករណីដែលកំពុងបើក (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;ceive a referral slip…</source>
        <translation type="unfinished">ទទួលប័ណ្ណបញ្ជូន (&amp;C)…</translation>
    </message>
    <message>
        <source>Referrals &amp;board</source>
        <translation type="unfinished">ផ្ទាំងការបញ្ជូន (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Site directory…</source>
        <translation type="unfinished">បញ្ជីកន្លែងសេវា (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation type="unfinished">រៀន (&amp;L)</translation>
    </message>
    <message>
        <source>&quot;Know before you go&quot; &amp;booklet</source>
        <translation type="unfinished">កូនសៀវភៅ &quot;ដឹងមុនពេលចេញដំណើរ&quot; (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export the booklet as PDF…</source>
        <translation type="unfinished">នាំចេញកូនសៀវភៅជា PDF (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print the booklet…</source>
        <translation type="unfinished">បោះពុម្ពកូនសៀវភៅ (&amp;P)…</translation>
    </message>
    <message>
        <source>Training &amp;curriculum</source>
        <translation type="unfinished">កម្មវិធីសិក្សាសម្រាប់បណ្តុះបណ្តាល (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Present the lesson</source>
        <translation type="unfinished">បង្ហាញមេរៀន (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quiz on the lesson…</source>
        <translation type="unfinished">សំណួរតេស្តលើមេរៀន (&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Training records</source>
        <translation type="unfinished">កំណត់ត្រាការបណ្តុះបណ្តាល (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record a training…</source>
        <translation type="unfinished">កត់ត្រាការបណ្តុះបណ្តាល (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import a newer content pack…</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ខ្លឹមសារថ្មីជាង (&amp;I)…</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation type="unfinished">កូនសៀវភៅ</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished">កម្មវិធីសិក្សា</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">ការបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ខ្លឹមសារ</translation>
    </message>
    <message>
        <source>Content packs (*.corridor-pack);;All files (*)</source>
        <translation type="unfinished">កញ្ចប់ខ្លឹមសារ (*.corridor-pack);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Content pack not imported</source>
        <translation type="unfinished">មិនបាននាំចូលកញ្ចប់ខ្លឹមសារទេ</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation type="unfinished">%1

គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Replace the booklet and curriculum in use with version %1, signed by %2?</source>
        <translation type="unfinished">ជំនួសកូនសៀវភៅ និងកម្មវិធីសិក្សាដែលកំពុងប្រើ ដោយកំណែ %1 ដែលបានចុះហត្ថលេខាដោយ %2 ឬ?</translation>
    </message>
    <message>
        <source>Content pack version %1 is now in use (was %2).</source>
        <translation type="unfinished">ឥឡូវនេះកំពុងប្រើកញ្ចប់ខ្លឹមសារកំណែ %1 (មុននេះ %2)។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished">លាក់សារនេះ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::OrganisationPage</name>
    <message>
        <source>Your National Society</source>
        <translation type="unfinished">សមាគមជាតិកាកបាទក្រហមរបស់អ្នក</translation>
    </message>
    <message>
        <source>Case files and referrals are kept per National Society and branch.</source>
        <translation type="unfinished">ឯកសារករណី និងការបញ្ជូន ត្រូវបានរក្សាទុកដាច់ដោយឡែកតាមសមាគមជាតិ និងសាខានីមួយៗ។</translation>
    </message>
    <message>
        <source>&amp;National Society</source>
        <translation type="unfinished">សមាគមជាតិ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished">សាខា (&amp;B)</translation>
    </message>
    <message>
        <source>e.g. Tak, Banteay Meanchey, Savannakhet</source>
        <translation type="unfinished">ឧ. តាក, បន្ទាយមានជ័យ, សាវ៉ាន់ណាខេត</translation>
    </message>
    <message>
        <source>Name of this &amp;laptop</source>
        <translation type="unfinished">ឈ្មោះកុំព្យូទ័រយួរដៃនេះ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::PassphraseDialog</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">អ្នកស្ម័គ្រចិត្ត</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished">អ្នកបណ្តុះបណ្តាល (សម្រាប់តែមាតិកា និងការបណ្តុះបណ្តាល មិនអាចមើលឯកសារករណីទេ)</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished">ប្តូរឃ្លាសម្ងាត់របស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The case files are not re-encrypted, so this is quick.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ថ្មីជំនួសឃ្លាសម្ងាត់ចាស់ភ្លាមៗ។ ឯកសារករណីមិនចាំបាច់អ៊ិនគ្រីបឡើងវិញទេ ដូច្នេះវាលឿន។</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished">បន្ថែមអ្នកប្រើ</translation>
    </message>
    <message>
        <source>A second person who uses this laptop gets their own name, role and passphrase. Everything they save is signed with their name.</source>
        <translation type="unfinished">មនុស្សម្នាក់ទៀតដែលប្រើកុំព្យូទ័រយួរដៃនេះ នឹងមានឈ្មោះ តួនាទី និងឃ្លាសម្ងាត់ផ្ទាល់ខ្លួន។ អ្វីៗដែលគាត់រក្សាទុក នឹងចុះហត្ថលេខាដោយឈ្មោះរបស់គាត់។</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished">កំណត់ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <source>The recovery key opened the vault. Choose whose passphrase to replace.</source>
        <translation type="unfinished">សោសង្គ្រោះបានបើកឃ្លាំងទិន្នន័យហើយ។ សូមជ្រើសរើសថាត្រូវជំនួសឃ្លាសម្ងាត់របស់អ្នកណា។</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយឃ្លាដដែលពីរដង។</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation type="unfinished">សូមបញ្ចូលឈ្មោះអ្នកប្រើថ្មី។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::PresenterWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation type="unfinished">កំពុងបង្ហាញ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>By the end of this lesson you can:</source>
        <translation type="unfinished">នៅចុងបញ្ចប់នៃមេរៀននេះ អ្នកអាច៖</translation>
    </message>
    <message>
        <source>%1 — slide %2 of %3 · → next, ← back, N notes, Esc end</source>
        <translation type="unfinished">%1 — ស្លាយ %2 នៃ %3 · → បន្ទាប់, ← ថយក្រោយ, N កំណត់ចំណាំ, Esc បញ្ចប់</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished">កំណត់ចំណាំសម្រាប់អ្នកដឹកនាំវគ្គ</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished">ស្លាយ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished">បន្ទាប់៖ %1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation type="unfinished">ស្លាយចុងក្រោយ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::QuizDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished">ពិនិត្យ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished">សំណួរបន្ទាប់ (&amp;N)</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation type="unfinished">សំណួរតេស្ត៖ %1</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished">បិទ (&amp;L)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">ចប់ហើយ</translation>
    </message>
    <message numerus="yes">
        <source>You answered %1 of %n question(s) right (%2%).</source>
        <translation type="unfinished">
            <numerusform>អ្នកឆ្លើយត្រូវ %1 ក្នុងចំណោមសំណួរ %n (%2%)។</numerusform>
            <numerusform>អ្នកឆ្លើយត្រូវ %1 ក្នុងចំណោមសំណួរ %n (%2%)។</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished">ចាប់ផ្តើមម្តងទៀត (&amp;S)</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation type="unfinished">សំណួរ %1 នៃ %2 · ឆ្លើយត្រូវ %3 រហូតមកដល់ពេលនេះ</translation>
    </message>
    <message>
        <source>&amp;See the score</source>
        <translation type="unfinished">មើលពិន្ទុ (&amp;S)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished">ត្រូវ។</translation>
    </message>
    <message>
        <source>Not quite. The right answer is: %1</source>
        <translation type="unfinished">មិនទាន់ត្រូវទេ។ ចម្លើយត្រូវគឺ៖ %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished">ការពន្យល់៖ %1</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished">ប្រើសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Type the recovery key printed when this vault was created (your coordinator keeps it). Dashes and small letters do not matter.</source>
        <translation type="unfinished">សូមវាយសោសង្គ្រោះ ដែលបានបោះពុម្ពនៅពេលបង្កើតឃ្លាំងទិន្នន័យនេះ (អ្នកសម្របសម្រួលរបស់អ្នកជាអ្នករក្សាទុក)។ សញ្ញាដាច់ (-) និងអក្សរតូច មិនសំខាន់ទេ។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished">សោសង្គ្រោះរបស់អ្នក</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the case files. It is shown only now. Print it (or write it down exactly) and give it to your coordinator to keep in a safe. Do not photograph it or keep it with the laptop.</source>
        <translation type="unfinished">បើភ្លេចឃ្លាសម្ងាត់ទាំងអស់ សោនេះគឺជាផ្លូវតែមួយគត់ ដើម្បីចូលមើលឯកសារករណីវិញ។ វាបង្ហាញតែម្តងនេះប៉ុណ្ណោះ។ សូមបោះពុម្ពវា (ឬសរសេរវាឲ្យបានត្រឹមត្រូវ) ហើយប្រគល់ឲ្យអ្នកសម្របសម្រួលរបស់អ្នក ដើម្បីរក្សាទុកក្នុងទូដែក។ កុំថតរូបវា ឬទុកវាជាមួយកុំព្យូទ័រយួរដៃ។</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished">បោះពុម្ពសោសង្គ្រោះ (&amp;P)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished">ខ្ញុំបានបោះពុម្ព ឬសរសេរសោសង្គ្រោះទុករួចហើយ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ReferralDialog</name>
    <message>
        <source>Known:</source>
        <translation type="unfinished">ដឹងថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Refer to another service</source>
        <translation type="unfinished">បញ្ជូនទៅសេវាផ្សេង</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> ថ្ងៃ</translation>
    </message>
    <message>
        <source>for example TDF + 3TC + DTG</source>
        <translation type="unfinished">ឧទាហរណ៍ TDF + 3TC + DTG</translation>
    </message>
    <message>
        <source>your phone or chat contact, for the receiving service</source>
        <translation type="unfinished">ទូរសព្ទ ឬគណនីកម្មវិធីជជែករបស់អ្នក សម្រាប់កន្លែងសេវាដែលទទួល</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(គ្មាន)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished">អតិថិជន៖</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation type="unfinished">បញ្ជូនទៅ៖</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished">មូលហេតុ៖</translation>
    </message>
    <message>
        <source>Visit before:</source>
        <translation type="unfinished">សូមទៅមុនថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Expected travel date:</source>
        <translation type="unfinished">ថ្ងៃធ្វើដំណើរដែលគ្រោងទុក៖</translation>
    </message>
    <message>
        <source>Slip languages:</source>
        <translation type="unfinished">ភាសាលើប័ណ្ណបញ្ជូន៖</translation>
    </message>
    <message>
        <source>Contact person there:</source>
        <translation type="unfinished">អ្នកទំនាក់ទំនងនៅទីនោះ៖</translation>
    </message>
    <message>
        <source>Your contact:</source>
        <translation type="unfinished">ព័ត៌មានទំនាក់ទំនងរបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Clinical summary (only inside the QR code and on the clinician page, never on the face of the slip):</source>
        <translation type="unfinished">សង្ខេបព័ត៌មានវេជ្ជសាស្ត្រ (មានតែក្នុងកូដ QR និងនៅលើទំព័រសម្រាប់គ្រូពេទ្យប៉ុណ្ណោះ មិនដែលនៅលើផ្ទៃមុខប័ណ្ណបញ្ជូនទេ)៖</translation>
    </message>
    <message>
        <source>Regimen:</source>
        <translation type="unfinished">របបឱសថ៖</translation>
    </message>
    <message>
        <source>Last dispense:</source>
        <translation type="unfinished">ការផ្តល់ឱសថចុងក្រោយ៖</translation>
    </message>
    <message>
        <source>Medicine supplied for:</source>
        <translation type="unfinished">បានផ្តល់ឱសថសម្រាប់រយៈពេល៖</translation>
    </message>
    <message>
        <source>Create referral</source>
        <translation type="unfinished">បង្កើតការបញ្ជូន</translation>
    </message>
    <message>
        <source>Each language only once.</source>
        <translation type="unfinished">ភាសានីមួយៗ ជ្រើសរើសបានតែម្តងប៉ុណ្ណោះ។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ReferralsPanel</name>
    <message>
        <source>Every status</source>
        <translation type="unfinished">គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished">គ្រប់កន្លែងសេវា</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation type="unfinished">តែការបញ្ជូនហួសពេល (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Receive a slip…</source>
        <translation type="unfinished">ទទួលប័ណ្ណបញ្ជូន (&amp;R)…</translation>
    </message>
    <message>
        <source>Show the &amp;slip…</source>
        <translation type="unfinished">បង្ហាញប័ណ្ណបញ្ជូន (&amp;S)…</translation>
    </message>
    <message>
        <source>Record the next s&amp;tep…</source>
        <translation type="unfinished">កត់ត្រាជំហានបន្ទាប់ (&amp;T)…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">លេខកូដ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">អតិថិជន</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">បញ្ជូនទៅ</translation>
    </message>
    <message>
        <source>Visit before</source>
        <translation type="unfinished">សូមទៅមុនថ្ងៃ</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation type="unfinished">ថ្ងៃកំណត់ជំហានបន្ទាប់</translation>
    </message>
    <message>
        <source>Overdue: this step was expected by %1.</source>
        <translation type="unfinished">ហួសពេល៖ ជំហាននេះគួរតែកើតឡើងត្រឹមថ្ងៃ %1។</translation>
    </message>
    <message>
        <source>%1 referrals shown, %2 overdue on this laptop.</source>
        <translation type="unfinished">បង្ហាញការបញ្ជូន %1, ហួសពេល %2 នៅលើកុំព្យូទ័រយួរដៃនេះ។</translation>
    </message>
    <message>
        <source>Select a referral to see its steps.</source>
        <translation type="unfinished">សូមជ្រើសរើសការបញ្ជូនមួយ ដើម្បីមើលជំហានរបស់វា។</translation>
    </message>
    <message>
        <source>Steps of %1</source>
        <translation type="unfinished">ជំហាននៃការបញ្ជូន %1</translation>
    </message>
    <message>
        <source>Expected: %1 by %2</source>
        <translation type="unfinished">រំពឹងទុក៖ %1 ត្រឹមថ្ងៃ %2</translation>
    </message>
    <message>
        <source>Record a step of %1</source>
        <translation type="unfinished">កត់ត្រាជំហាននៃការបញ្ជូន %1</translation>
    </message>
    <message>
        <source>for example: seen at the ART clinic, next visit in 3 months</source>
        <translation type="unfinished">ឧទាហរណ៍៖ បានជួបនៅគ្លីនិក ART ណាត់ជួបបន្ទាប់ក្នុងរយៈពេល 3 ខែទៀត</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished">ជំហាន៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished">កំណត់ចំណាំ៖</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ScanSlipDialog</name>
    <message>
        <source>Receive a referral slip</source>
        <translation type="unfinished">ទទួលប័ណ្ណបញ្ជូន</translation>
    </message>
    <message>
        <source>Scan the square code on the slip the person shows you, from a picture or with the camera. If it cannot be read, type the referral code printed under the title.</source>
        <translation type="unfinished">សូមស្កេនកូដការ៉េនៅលើប័ណ្ណបញ្ជូនដែលម្ចាស់ខ្លួនបង្ហាញអ្នក ពីរូបភាព ឬដោយកាមេរ៉ា។ បើមិនអាចអានបាន សូមវាយលេខកូដបញ្ជូនដែលបានបោះពុម្ពនៅក្រោមចំណងជើង។</translation>
    </message>
    <message>
        <source>From a &amp;picture…</source>
        <translation type="unfinished">ពីរូបភាព (&amp;P)…</translation>
    </message>
    <message>
        <source>With the &amp;camera…</source>
        <translation type="unfinished">ដោយកាមេរ៉ា (&amp;C)…</translation>
    </message>
    <message>
        <source>No camera was found on this laptop.</source>
        <translation type="unfinished">រកមិនឃើញកាមេរ៉ានៅលើកុំព្យូទ័រយួរដៃនេះទេ។</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished">ស្វែងរក (&amp;F)</translation>
    </message>
    <message>
        <source>Referral code:</source>
        <translation type="unfinished">លេខកូដបញ្ជូន៖</translation>
    </message>
    <message>
        <source>Referral %1 added from the slip.</source>
        <translation type="unfinished">បានបន្ថែមការបញ្ជូន %1 ពីប័ណ្ណបញ្ជូន។</translation>
    </message>
    <message>
        <source>Referral %1 was already here.</source>
        <translation type="unfinished">ការបញ្ជូន %1 មាននៅទីនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>From %1 (%2), for %3.</source>
        <translation type="unfinished">ពី %1 (%2) សម្រាប់ %3។</translation>
    </message>
    <message>
        <source>Recorded as received; the sender will see it after the next sync.</source>
        <translation type="unfinished">បានកត់ត្រាថាបានទទួលហើយ។ អ្នកផ្ញើនឹងឃើញវា បន្ទាប់ពីធ្វើសមកាលកម្មលើកក្រោយ។</translation>
    </message>
    <message>
        <source>A referral arrives here with a sync bundle, or from its slip&apos;s square code.</source>
        <translation type="unfinished">ការបញ្ជូនមកដល់ទីនេះ តាមកញ្ចប់ទិន្នន័យ ឬពីកូដការ៉េនៃប័ណ្ណបញ្ជូនរបស់វា។</translation>
    </message>
    <message>
        <source>Referral %1 from %2: %3.</source>
        <translation type="unfinished">ការបញ្ជូន %1 ពី %2៖ %3។</translation>
    </message>
    <message>
        <source>Picture of a referral slip</source>
        <translation type="unfinished">រូបភាពនៃប័ណ្ណបញ្ជូន</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished">រូបភាព (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;ឯកសារទាំងអស់ (*)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់របស់អ្នកត្រូវបានប្តូរហើយ។</translation>
    </message>
    <message>
        <source>The new user can now unlock this laptop with their own passphrase.</source>
        <translation type="unfinished">ឥឡូវនេះ អ្នកប្រើថ្មីអាចដោះសោកុំព្យូទ័រយួរដៃនេះ ដោយប្រើឃ្លាសម្ងាត់ផ្ទាល់ខ្លួនរបស់គាត់។</translation>
    </message>
    <message>
        <source>%1 — %2, %3 branch
Device id %4</source>
        <translation type="unfinished">%1 — %2, សាខា %3
លេខសម្គាល់ឧបករណ៍ %4</translation>
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation type="unfinished">មិនអាចផ្ទុកការបកប្រែសម្រាប់ភាសានេះបានទេ។</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished">បានរក្សាទុកការកំណត់។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SitesDialog</name>
    <message>
        <source>Site directory</source>
        <translation type="unfinished">បញ្ជីកន្លែងសេវា</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">កន្លែងសេវា</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">អង្គការ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ប្រទេស</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">ប្រភព</translation>
    </message>
    <message>
        <source>CRC, LRC, MRCS, TRCS, or another code</source>
        <translation type="unfinished">CRC, LRC, MRCS, TRCS ឬលេខកូដផ្សេង</translation>
    </message>
    <message>
        <source>KH, LA, MM or TH</source>
        <translation type="unfinished">KH, LA, MM ឬ TH</translation>
    </message>
    <message>
        <source>clinic, national-society, embassy, ngo</source>
        <translation type="unfinished">clinic, national-society, embassy, ngo</translation>
    </message>
    <message>
        <source>only a number you have checked</source>
        <translation type="unfinished">តែលេខដែលអ្នកបានផ្ទៀងផ្ទាត់ហើយប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>for example th, en</source>
        <translation type="unfinished">ឧទាហរណ៍ th, en</translation>
    </message>
    <message>
        <source>for example ART, HIV testing, passports</source>
        <translation type="unfinished">ឧទាហរណ៍ ART, ការធ្វើតេស្តរកមេរោគអេដស៍, លិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished">ឈ្មោះ (ភាសាអង់គ្លេស)៖</translation>
    </message>
    <message>
        <source>Name in the local language:</source>
        <translation type="unfinished">ឈ្មោះជាភាសាក្នុងស្រុក៖</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished">អង្គការ៖</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">ប្រទេស៖</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished">អាសយដ្ឋាន៖</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished">ទូរសព្ទ៖</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation type="unfinished">ម៉ោងបើក៖</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished">គេហទំព័រ៖</translation>
    </message>
    <message>
        <source>Languages spoken:</source>
        <translation type="unfinished">ភាសាដែលនិយាយ៖</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished">សេវា៖</translation>
    </message>
    <message>
        <source>A wrong phone number on a slip sends a person nowhere: leave a field empty rather than guess. Saved changes reach your branch with the next sync.</source>
        <translation type="unfinished">លេខទូរសព្ទខុសនៅលើប័ណ្ណបញ្ជូន ធ្វើឲ្យមនុស្សម្នាក់រកកន្លែងសេវាមិនឃើញ៖ សូមទុកវាលឲ្យទទេ ជាជាងទាយ។ ការកែប្រែដែលបានរក្សាទុក នឹងទៅដល់សាខារបស់អ្នក នៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation type="unfinished">កន្លែងសេវាថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation type="unfinished">រក្សាទុកកន្លែងសេវា (&amp;S)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished">ភ្ជាប់មកជាមួយ</translation>
    </message>
    <message>
        <source>corrected here</source>
        <translation type="unfinished">បានកែនៅទីនេះ</translation>
    </message>
    <message>
        <source>added here</source>
        <translation type="unfinished">បានបន្ថែមនៅទីនេះ</translation>
    </message>
    <message>
        <source>Saved. Your branch receives it with the next sync.</source>
        <translation type="unfinished">បានរក្សាទុក។ សាខារបស់អ្នកនឹងទទួលបានវា នៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SlipDialog</name>
    <message>
        <source>Add the clinician page (clinical summary)</source>
        <translation type="unfinished">បន្ថែមទំព័រសម្រាប់គ្រូពេទ្យ (សង្ខេបព័ត៌មានវេជ្ជសាស្ត្រ)</translation>
    </message>
    <message>
        <source>Referral slip %1</source>
        <translation type="unfinished">ប័ណ្ណបញ្ជូន %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(គ្មាន)</translation>
    </message>
    <message>
        <source>A5 (half a sheet)</source>
        <translation type="unfinished">A5 (កន្លះសន្លឹក)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished">ប័ណ្ណបញ្ជូន</translation>
    </message>
    <message>
        <source>Clinician page</source>
        <translation type="unfinished">ទំព័រសម្រាប់គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished">រក្សាទុកជា PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Save as p&amp;icture…</source>
        <translation type="unfinished">រក្សាទុកជារូបភាព (&amp;I)…</translation>
    </message>
    <message>
        <source>A PNG picture to send in a chat app; the code scans from the picture too.</source>
        <translation type="unfinished">រូបភាព PNG សម្រាប់ផ្ញើក្នុងកម្មវិធីជជែក។ កូដនៅលើរូបភាពក៏អាចស្កេនបានដែរ។</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">ភាសា៖</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished">មើលជាមុន៖</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished">ក្រដាស៖</translation>
    </message>
    <message>
        <source>The face of the slip says only “health service referral”: no diagnosis, no medicine. Clinical details travel inside the QR code, which only the sending and receiving National Societies can read.</source>
        <translation type="unfinished">ផ្ទៃមុខប័ណ្ណបញ្ជូន សរសេរតែ “ប័ណ្ណបញ្ជូនទៅសេវាសុខភាព” ប៉ុណ្ណោះ៖ គ្មានរោគវិនិច្ឆ័យ គ្មានឈ្មោះឱសថទេ។ ព័ត៌មានវេជ្ជសាស្ត្រស្ថិតនៅក្នុងកូដ QR ដែលមានតែសមាគមជាតិដែលបញ្ជូន និងសមាគមជាតិដែលទទួលប៉ុណ្ណោះ អាចអានបាន។</translation>
    </message>
    <message>
        <source>Choose each language once.</source>
        <translation type="unfinished">សូមជ្រើសរើសភាសានីមួយៗតែម្តងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished">បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ពហើយ។</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation type="unfinished">រក្សាទុកប័ណ្ណបញ្ជូនជា PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">បានរក្សាទុក %1។</translation>
    </message>
    <message>
        <source>Save the slip as a picture</source>
        <translation type="unfinished">រក្សាទុកប័ណ្ណបញ្ជូនជារូបភាព</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished">រូបភាព PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SyncCentre</name>
    <message>
        <source>Device</source>
        <translation type="unfinished">ឧបករណ៍</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">តួនាទី</translation>
    </message>
    <message>
        <source>National Society, branch</source>
        <translation type="unfinished">សមាគមជាតិ, សាខា</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished">វិសាលភាព</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">បានផ្ញើ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished">បានបញ្ជាក់ទទួល</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">បានទទួល</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished">កំពុងរង់ចាំផ្ញើ</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished">ការទុកចិត្ត</translation>
    </message>
    <message>
        <source>&amp;Export for this device…</source>
        <translation type="unfinished">នាំចេញសម្រាប់ឧបករណ៍នេះ (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ទិន្នន័យ (&amp;I)…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation type="unfinished">ប័ណ្ណរបស់កុំព្យូទ័រយួរដៃនេះ (&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished">ចុះបញ្ជីឧបករណ៍ (&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished">ដកសិទ្ធិ (&amp;V)…</translation>
    </message>
    <message>
        <source>Drop folders</source>
        <translation type="unfinished">ថតផ្ទេរឯកសារ</translation>
    </message>
    <message>
        <source>If a folder is kept in sync by something else — Syncthing, a network share, a USB stick — Corridor imports every new bundle that appears in the inbox and writes bundles for your peers to the outbox, on its own.</source>
        <translation type="unfinished">បើថតមួយត្រូវបានធ្វើសមកាលកម្មដោយកម្មវិធី ឬឧបករណ៍ផ្សេង — Syncthing ថតចែករំលែកតាមបណ្តាញ ឬ USB — Corridor នឹងនាំចូលកញ្ចប់ទិន្នន័យថ្មីៗទាំងអស់ដែលលេចឡើងក្នុងថតទទួល ហើយសរសេរកញ្ចប់ទិន្នន័យសម្រាប់ឧបករណ៍ផ្សេងៗរបស់អ្នក ទៅក្នុងថតផ្ញើ ដោយស្វ័យប្រវត្តិ។</translation>
    </message>
    <message>
        <source>Inbox:</source>
        <translation type="unfinished">ថតទទួល៖</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation type="unfinished">ថតផ្ញើ៖</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">មិនទាន់កំណត់</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">ធ្វើសមកាលកម្មឥឡូវនេះ (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This laptop:&lt;/b&gt; %1 · %2 · %3, %4 · device id &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation type="unfinished">&lt;b&gt;កុំព្យូទ័រយួរដៃនេះ៖&lt;/b&gt; %1 · %2 · %3, %4 · លេខសម្គាល់ឧបករណ៍ &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Partner: referrals only</source>
        <translation type="unfinished">ដៃគូ៖ តែការបញ្ជូនប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Branch: case files</source>
        <translation type="unfinished">សាខា៖ ឯកសារករណី</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform>ការផ្លាស់ប្តូរ %n</numerusform>
            <numerusform>ការផ្លាស់ប្តូរ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished">បានដកសិទ្ធិ</translation>
    </message>
    <message>
        <source>card taken in here</source>
        <translation type="unfinished">បានបញ្ចូលប័ណ្ណនៅទីនេះ</translation>
    </message>
    <message>
        <source>enrolled by a coordinator</source>
        <translation type="unfinished">ចុះបញ្ជីដោយអ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>No other device is trusted yet. Show this laptop&apos;s card to your coordinator, or enrol a device from its card.</source>
        <translation type="unfinished">មិនទាន់មានឧបករណ៍ផ្សេងទៀតត្រូវបានទុកចិត្តនៅឡើយទេ។ សូមបង្ហាញប័ណ្ណរបស់កុំព្យូទ័រយួរដៃនេះដល់អ្នកសម្របសម្រួលរបស់អ្នក ឬចុះបញ្ជីឧបករណ៍មួយពីប័ណ្ណរបស់វា។</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke a device.</source>
        <translation type="unfinished">មានតែអ្នកសម្របសម្រួលទេ ដែលអាចដកសិទ្ធិឧបករណ៍បាន។</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide (%1)…</source>
        <translation type="unfinished">ភាពផ្ទុយគ្នាដែលត្រូវសម្រេច (%1) (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">ភាពផ្ទុយគ្នា (&amp;C)…</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation type="unfinished">កំពុងនាំចូលកញ្ចប់ទិន្នន័យ…</translation>
    </message>
    <message>
        <source>Stop after this bundle</source>
        <translation type="unfinished">ឈប់ក្រោយកញ្ចប់ទិន្នន័យនេះ</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished">កំពុងនាំចូល %1 (%2 ក្នុងចំណោម %3)…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <source>Corridor bundles (*.corridor);;All files (*)</source>
        <translation type="unfinished">កញ្ចប់ទិន្នន័យ Corridor (*.corridor);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished">កំពុងសរសេរកញ្ចប់ទិន្នន័យ…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1. Give the file to the other device in any way — it is encrypted for that device alone and signed by this laptop.</source>
        <translation type="unfinished">
            <numerusform>បានសរសេរការផ្លាស់ប្តូរ %n ទៅក្នុង %1។ សូមផ្តល់ឯកសារនេះទៅឧបករណ៍ម្ខាងទៀត តាមវិធីណាក៏បាន — វាត្រូវបានអ៊ិនគ្រីបសម្រាប់តែឧបករណ៍នោះប៉ុណ្ណោះ ហើយត្រូវបានចុះហត្ថលេខាដោយកុំព្យូទ័រយួរដៃនេះ។</numerusform>
            <numerusform>បានសរសេរការផ្លាស់ប្តូរ %n ទៅក្នុង %1។ សូមផ្តល់ឯកសារនេះទៅឧបករណ៍ម្ខាងទៀត តាមវិធីណាក៏បាន — វាត្រូវបានអ៊ិនគ្រីបសម្រាប់តែឧបករណ៍នោះប៉ុណ្ណោះ ហើយត្រូវបានចុះហត្ថលេខាដោយកុំព្យូទ័រយួរដៃនេះ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation type="unfinished">នាំចេញសម្រាប់ %1</translation>
    </message>
    <message>
        <source>Corridor bundles (*.corridor)</source>
        <translation type="unfinished">កញ្ចប់ទិន្នន័យ Corridor (*.corridor)</translation>
    </message>
    <message>
        <source>Device %1 is trusted now. Export a bundle for it to start syncing.</source>
        <translation type="unfinished">ឥឡូវនេះ ឧបករណ៍ %1 ត្រូវបានទុកចិត្តហើយ។ សូមនាំចេញកញ្ចប់ទិន្នន័យមួយសម្រាប់វា ដើម្បីចាប់ផ្តើមធ្វើសមកាលកម្ម។</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation type="unfinished">ដកសិទ្ធិឧបករណ៍</translation>
    </message>
    <message>
        <source>Revoke %1?

Everything it signs from now on is refused here and, once this travels with your next bundles, on every laptop of your branch. Do this when a laptop is lost or stolen. It cannot be undone.</source>
        <translation type="unfinished">ដកសិទ្ធិ %1 ឬ?

អ្វីៗទាំងអស់ដែលវាចុះហត្ថលេខាចាប់ពីពេលនេះតទៅ នឹងត្រូវបដិសេធនៅទីនេះ ហើយនៅលើកុំព្យូទ័រយួរដៃទាំងអស់នៃសាខារបស់អ្នក នៅពេលការដកសិទ្ធិនេះបញ្ជូនទៅជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់ៗរបស់អ្នក។ សូមធ្វើបែបនេះ នៅពេលកុំព្យូទ័រយួរដៃបាត់ ឬត្រូវគេលួច។ មិនអាចធ្វើវិញបានទេ។</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation type="unfinished">ជ្រើសរើសថតទទួល</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation type="unfinished">ជ្រើសរើសថតផ្ញើ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1៖ %2</translation>
    </message>
    <message numerus="yes">
        <source>Last sync at %1: %n bundle(s) imported, %2 written to the outbox.</source>
        <translation type="unfinished">
            <numerusform>សមកាលកម្មចុងក្រោយនៅ %1៖ បាននាំចូលកញ្ចប់ទិន្នន័យ %n, បានសរសេរ %2 ទៅថតផ្ញើ។</numerusform>
            <numerusform>សមកាលកម្មចុងក្រោយនៅ %1៖ បាននាំចូលកញ្ចប់ទិន្នន័យ %n, បានសរសេរ %2 ទៅថតផ្ញើ។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::TrainingDialog</name>
    <message>
        <source>not taken</source>
        <translation type="unfinished">មិនបានធ្វើ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">អ្នកស្ម័គ្រចិត្ត</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished">បុគ្គលិក</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation type="unfinished">សមាជិកសហគមន៍</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation type="unfinished">បន្ថែមមនុស្សម្នាក់ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished">ដកចេញអ្វីដែលបានជ្រើសរើស (&amp;R)</translation>
    </message>
    <message>
        <source>Record a training session</source>
        <translation type="unfinished">កត់ត្រាវគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>e.g. Mae Sot branch office</source>
        <translation type="unfinished">ឧ. ការិយាល័យសាខាម៉ែសត</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ភេទ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">តួនាទី</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation type="unfinished">ពិន្ទុតេស្តមុនវគ្គ</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation type="unfinished">ពិន្ទុតេស្តក្រោយវគ្គ</translation>
    </message>
    <message>
        <source>Anything the coordinator should know (optional)</source>
        <translation type="unfinished">អ្វីដែលអ្នកសម្របសម្រួលគួរដឹង (មិនចាំបាច់)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">កាលបរិច្ឆេទ (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">ទីកន្លែង (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation type="unfinished">អ្នកបណ្តុះបណ្តាល (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Modules taught:</source>
        <translation type="unfinished">ម៉ូឌុលដែលបានបង្រៀន (&amp;M)៖</translation>
    </message>
    <message>
        <source>Who &amp;attended:</source>
        <translation type="unfinished">អ្នកដែលបានចូលរួម (&amp;A)៖</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished">កំណត់ចំណាំ (&amp;O)៖</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished">ជ្រើសរើស…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::TrainingPanel</name>
    <message>
        <source>Trainers and coordinators record training sessions.</source>
        <translation type="unfinished">អ្នកបណ្តុះបណ្តាល និងអ្នកសម្របសម្រួល កត់ត្រាវគ្គបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Attendees at %1, %2 (%3)</source>
        <translation type="unfinished">អ្នកចូលរួមនៅ %1 ថ្ងៃ %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Training at %1 recorded: %n person(s). It goes to the coordinator with the next bundle.</source>
        <translation type="unfinished">
            <numerusform>បានកត់ត្រាការបណ្តុះបណ្តាលនៅ %1៖ មនុស្ស %n នាក់។ វានឹងទៅដល់អ្នកសម្របសម្រួល ជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់។</numerusform>
            <numerusform>បានកត់ត្រាការបណ្តុះបណ្តាលនៅ %1៖ មនុស្ស %n នាក់។ វានឹងទៅដល់អ្នកសម្របសម្រួល ជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់។</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record a training…</source>
        <translation type="unfinished">កត់ត្រាការបណ្តុះបណ្តាល (&amp;R)…</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished">វគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>People trained per module</source>
        <translation type="unfinished">ចំនួនមនុស្សដែលបានបណ្តុះបណ្តាល តាមម៉ូឌុល</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">ទីកន្លែង</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished">ម៉ូឌុល</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished">អ្នកបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">មនុស្ស</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ភេទ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">តួនាទី</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished">តេស្តមុនវគ្គ</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation type="unfinished">តេស្តក្រោយវគ្គ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished">ម៉ូឌុល</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">វគ្គ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished">ស្ត្រី</translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished">បុរស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Mean pre-test</source>
        <translation type="unfinished">មធ្យមតេស្តមុនវគ្គ</translation>
    </message>
    <message>
        <source>Mean post-test</source>
        <translation type="unfinished">មធ្យមតេស្តក្រោយវគ្គ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::UnlockWidget</name>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished">ឃ្លាំងទិន្នន័យ៖ %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">កំពុងដោះសោ…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ដោះសោ (&amp;U)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">សូមវាយឃ្លាសម្ងាត់របស់អ្នកជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::UserPage</name>
    <message>
        <source>You</source>
        <translation type="unfinished">អ្នក</translation>
    </message>
    <message>
        <source>Your name is written on everything you save. The passphrase protects the case files: choose a short sentence in your own language that others cannot guess.</source>
        <translation type="unfinished">ឈ្មោះរបស់អ្នកត្រូវបានកត់ត្រានៅលើអ្វីៗទាំងអស់ដែលអ្នករក្សាទុក។ ឃ្លាសម្ងាត់ការពារឯកសារករណី៖ សូមជ្រើសរើសប្រយោគខ្លីមួយជាភាសារបស់អ្នកផ្ទាល់ ដែលអ្នកដទៃទាយមិនត្រូវ។</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished">ឈ្មោះរបស់អ្នក (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">តួនាទី (&amp;R)</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">អ្នកស្ម័គ្រចិត្ត</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished">អ្នកបណ្តុះបណ្តាល (សម្រាប់តែមាតិកា និងការបណ្តុះបណ្តាល មិនអាចមើលឯកសារករណីទេ)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished">វាយម្តងទៀត (&amp;E)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយឃ្លាដដែលពីរដង។</translation>
    </message>
</context>
<context>
    <name>corridor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Corridor</source>
        <translation type="unfinished">សូមស្វាគមន៍មកកាន់ Corridor</translation>
    </message>
    <message>
        <source>Corridor keeps the case files of the migrants you support, encrypted on this laptop. It works without internet.

In the next steps you choose your National Society and branch, your name and a passphrase. At the end Corridor shows a recovery key once: print it or write it down for your coordinator.</source>
        <translation type="unfinished">Corridor រក្សាទុកឯកសារករណីរបស់ជនចំណាកស្រុកដែលអ្នកជួយគាំទ្រ ដោយអ៊ិនគ្រីបនៅលើកុំព្យូទ័រយួរដៃនេះ។ វាដំណើរការដោយមិនចាំបាច់មានអ៊ីនធឺណិត។

នៅជំហានបន្ទាប់ អ្នកនឹងជ្រើសរើសសមាគមជាតិ និងសាខារបស់អ្នក ឈ្មោះរបស់អ្នក និងឃ្លាសម្ងាត់មួយ។ នៅចុងបញ្ចប់ Corridor នឹងបង្ហាញសោសង្គ្រោះតែម្តងគត់៖ សូមបោះពុម្ពវា ឬសរសេរវាទុកសម្រាប់អ្នកសម្របសម្រួលរបស់អ្នក។</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ភាសា (&amp;L)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished">មិនស្គាល់ពាក្យបញ្ជា &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Case files, cross-border referrals and training for Red Cross outreach volunteers.</source>
        <translation type="unfinished">ឯកសារករណី ការបញ្ជូនឆ្លងព្រំដែន និងការបណ្តុះបណ្តាល សម្រាប់អ្នកស្ម័គ្រចិត្តចុះសហគមន៍របស់កាកបាទក្រហម។</translation>
    </message>
    <message>
        <source>Open a throwaway vault of fictional case files for training.</source>
        <translation type="unfinished">បើកឃ្លាំងទិន្នន័យបណ្តោះអាសន្ន ដែលមានឯកសារករណីមិនពិត សម្រាប់ការបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>Use the vault in this folder.</source>
        <translation type="unfinished">ប្រើឃ្លាំងទិន្នន័យនៅក្នុងថតនេះ។</translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished">ថត</translation>
    </message>
    <message>
        <source>Interface language: en, km, lo, my or th.</source>
        <translation type="unfinished">ភាសាផ្ទាំងកម្មវិធី៖ en, km, lo, my ឬ th។</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">កូដ</translation>
    </message>
</context>
</TS>
