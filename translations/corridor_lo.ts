<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>AgeEncryption</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">ໂປຣແກຣມເຂົ້າລະຫັດເລີ່ມເຮັດວຽກບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>there is nobody to encrypt for</source>
        <translation type="unfinished">ບໍ່ມີຜູ້ຮັບທີ່ຈະເຂົ້າລະຫັດໃຫ້</translation>
    </message>
    <message>
        <source>a recipient key has the wrong length</source>
        <translation type="unfinished">ກະແຈຂອງຜູ້ຮັບມີຄວາມຍາວບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>a recipient key is not a valid X25519 key</source>
        <translation type="unfinished">ກະແຈຂອງຜູ້ຮັບບໍ່ແມ່ນກະແຈ X25519 ທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>not a valid age file: %1</source>
        <translation type="unfinished">ບໍ່ແມ່ນໄຟລ໌ age ທີ່ຖືກຕ້ອງ: %1</translation>
    </message>
    <message>
        <source>the decryption key has the wrong length</source>
        <translation type="unfinished">ກະແຈຖອດລະຫັດມີຄວາມຍາວບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>the version line is missing</source>
        <translation type="unfinished">ບໍ່ມີແຖວລະບຸລຸ້ນ</translation>
    </message>
    <message>
        <source>the header ends early</source>
        <translation type="unfinished">ສ່ວນຫົວສິ້ນສຸດໄວກວ່າທີ່ຄວນ</translation>
    </message>
    <message>
        <source>a recipient line is malformed</source>
        <translation type="unfinished">ແຖວຜູ້ຮັບຜິດຮູບແບບ</translation>
    </message>
    <message>
        <source>a recipient body is malformed</source>
        <translation type="unfinished">ເນື້ອໃນຂອງຜູ້ຮັບຜິດຮູບແບບ</translation>
    </message>
    <message>
        <source>an X25519 recipient is malformed</source>
        <translation type="unfinished">ຜູ້ຮັບແບບ X25519 ຜິດຮູບແບບ</translation>
    </message>
    <message>
        <source>this file was not encrypted for this device</source>
        <translation type="unfinished">ໄຟລ໌ນີ້ບໍ່ໄດ້ເຂົ້າລະຫັດໄວ້ສຳລັບເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>the encrypted file&apos;s header was changed</source>
        <translation type="unfinished">ສ່ວນຫົວຂອງໄຟລ໌ທີ່ເຂົ້າລະຫັດຖືກແກ້ໄຂ</translation>
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation type="unfinished">ເນື້ອໃນຂໍ້ມູນບໍ່ຄົບ (ຖືກຕັດ)</translation>
    </message>
    <message>
        <source>the encrypted content is larger than allowed</source>
        <translation type="unfinished">ເນື້ອໃນທີ່ເຂົ້າລະຫັດໃຫຍ່ເກີນທີ່ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>a payload chunk is truncated</source>
        <translation type="unfinished">ມີທ່ອນຂໍ້ມູນໜຶ່ງບໍ່ຄົບ (ຖືກຕັດ)</translation>
    </message>
    <message>
        <source>the encrypted content was changed or truncated</source>
        <translation type="unfinished">ເນື້ອໃນທີ່ເຂົ້າລະຫັດຖືກແກ້ໄຂ ຫຼື ຖືກຕັດ</translation>
    </message>
    <message>
        <source>an empty final chunk</source>
        <translation type="unfinished">ທ່ອນຂໍ້ມູນສຸດທ້າຍຫວ່າງເປົ່າ</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished">%1: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation type="unfinished">ສ້າງໄຟລ໌ຊົ່ວຄາວບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished">ຂຽນໄຟລ໌ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation type="unfinished">ແທນທີ່ໄຟລ໌ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished">ບໍ່ພົບ %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">ອ່ານ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished">%1 ໃຫຍ່ເກີນ %2 ໄບຕ໌</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Only coordinators can read the audit log.</source>
        <translation type="unfinished">ສະເພາະຜູ້ປະສານງານເທົ່ານັ້ນ ທີ່ອ່ານບັນທຶກການກວດສອບໄດ້.</translation>
    </message>
</context>
<context>
    <name>Base45</name>
    <message>
        <source>the Base45 text has an impossible length</source>
        <translation type="unfinished">ຂໍ້ຄວາມ Base45 ມີຄວາມຍາວທີ່ເປັນໄປບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the Base45 text holds a character outside its alphabet</source>
        <translation type="unfinished">ຂໍ້ຄວາມ Base45 ມີຕົວອັກສອນທີ່ບໍ່ຢູ່ໃນຊຸດຕົວອັກສອນຂອງ Base45</translation>
    </message>
    <message>
        <source>the Base45 text holds a group that is out of range</source>
        <translation type="unfinished">ຂໍ້ຄວາມ Base45 ມີກຸ່ມຕົວອັກສອນທີ່ຢູ່ນອກຂອບເຂດ</translation>
    </message>
</context>
<context>
    <name>Bech32</name>
    <message>
        <source>mixed upper and lower case</source>
        <translation type="unfinished">ມີທັງຕົວພິມໃຫຍ່ ແລະ ຕົວພິມນ້ອຍປົນກັນ</translation>
    </message>
    <message>
        <source>no separator or checksum</source>
        <translation type="unfinished">ບໍ່ມີຕົວແບ່ງ ຫຼື ຄ່າກວດສອບ (checksum)</translation>
    </message>
    <message>
        <source>a character outside the Bech32 alphabet</source>
        <translation type="unfinished">ມີຕົວອັກສອນທີ່ບໍ່ຢູ່ໃນຊຸດຕົວອັກສອນຂອງ Bech32</translation>
    </message>
    <message>
        <source>the checksum does not match (a typing mistake?)</source>
        <translation type="unfinished">ຄ່າກວດສອບ (checksum) ບໍ່ກົງກັນ (ພິມຜິດບໍ?)</translation>
    </message>
    <message>
        <source>invalid padding</source>
        <translation type="unfinished">ສ່ວນເຕີມ (padding) ບໍ່ຖືກຕ້ອງ</translation>
    </message>
</context>
<context>
    <name>BookletPdf</name>
    <message>
        <source>&quot;%1&quot; is not a booklet language; use en, km, lo, my or th.</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ແມ່ນພາສາຂອງປຶ້ມຄູ່ມື; ໃຫ້ໃຊ້ en, km, lo, my ຫຼື th.</translation>
    </message>
    <message>
        <source>The language %1 is given twice.</source>
        <translation type="unfinished">ໃສ່ພາສາ %1 ຊ້ຳສອງເທື່ອ.</translation>
    </message>
    <message>
        <source>Give one language, or two for side by side (for example km,en).</source>
        <translation type="unfinished">ໃຫ້ໃສ່ໜຶ່ງພາສາ, ຫຼື ສອງພາສາເພື່ອສະແດງຄູ່ກັນ (ເຊັ່ນ: km,en).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booklet language.</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ແມ່ນພາສາຂອງປຶ້ມຄູ່ມື.</translation>
    </message>
    <message>
        <source>Give one language, or two for side by side.</source>
        <translation type="unfinished">ໃຫ້ໃສ່ໜຶ່ງພາສາ, ຫຼື ສອງພາສາເພື່ອສະແດງຄູ່ກັນ.</translation>
    </message>
    <message>
        <source>The booklet&apos;s contents do not fit on its cover.</source>
        <translation type="unfinished">ສາລະບານຂອງປຶ້ມຄູ່ມື ບໍ່ພໍໃສ່ໜ້າປົກ.</translation>
    </message>
    <message>
        <source>The booklet cannot be drawn on this device.</source>
        <translation type="unfinished">ບໍ່ສາມາດແຕ້ມໜ້າປຶ້ມຄູ່ມືໃສ່ອຸປະກອນນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">ບໍ່ມີໂຟນເດີ %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">ຂຽນ %1 ບໍ່ໄດ້: %2</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>a bundle for this laptop itself makes no sense</source>
        <translation type="unfinished">ບໍ່ສາມາດສ້າງໄຟລ໌ຊິງໃຫ້ຄອມພິວເຕີເຄື່ອງນີ້ເອງໄດ້</translation>
    </message>
    <message>
        <source>device %1 is not enrolled here; enrol its card first</source>
        <translation type="unfinished">ເຄື່ອງ %1 ຍັງບໍ່ໄດ້ລົງທະບຽນຢູ່ທີ່ນີ້; ກະລຸນາລົງທະບຽນບັດປະຈຳເຄື່ອງຂອງມັນກ່ອນ</translation>
    </message>
    <message>
        <source>device %1 was revoked</source>
        <translation type="unfinished">ເຄື່ອງ %1 ຖືກເພີກຖອນແລ້ວ</translation>
    </message>
    <message>
        <source>the peer&apos;s key cannot receive encrypted files</source>
        <translation type="unfinished">ກະແຈຂອງເຄື່ອງປາຍທາງ ບໍ່ສາມາດຮັບໄຟລ໌ທີ່ເຂົ້າລະຫັດໄດ້</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>the bundle file is larger than %1 MiB</source>
        <translation type="unfinished">ໄຟລ໌ຊິງໃຫຍ່ເກີນ %1 MiB</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature key does not match the exporter it names</source>
        <translation type="unfinished">ກະແຈລາຍເຊັນຂອງໄຟລ໌ຊິງ ບໍ່ກົງກັບເຄື່ອງທີ່ສົ່ງອອກ ທີ່ລະບຸໄວ້ໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>the signature file is not written the way Corridor writes it</source>
        <translation type="unfinished">ໄຟລ໌ລາຍເຊັນບໍ່ໄດ້ຂຽນໃນແບບທີ່ Corridor ຂຽນ</translation>
    </message>
    <message>
        <source>the archive&apos;s file times do not match the bundle&apos;s signed time</source>
        <translation type="unfinished">ເວລາຂອງໄຟລ໌ໃນແຟ້ມລວມ ບໍ່ກົງກັບເວລາທີ່ລົງລາຍເຊັນໄວ້ຂອງໄຟລ໌ຊິງ</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>its clock is more than a day ahead of this laptop&apos;s (a wrong date on the laptop that wrote it?); held for review</source>
        <translation type="unfinished">ເວລາຂອງມັນໄວກວ່າໂມງຂອງຄອມພິວເຕີເຄື່ອງນີ້ເກີນໜຶ່ງມື້ (ວັນທີໃນຄອມພິວເຕີທີ່ຂຽນມັນຜິດບໍ?); ພັກໄວ້ເພື່ອກວດເບິ່ງ</translation>
    </message>
    <message>
        <source>device %1 signed two different changesets numbered %2 (possible tampering)</source>
        <translation type="unfinished">ເຄື່ອງ %1 ເຊັນຊຸດການປ່ຽນແປງສອງຊຸດທີ່ຕ່າງກັນ ແຕ່ໃຊ້ເລກທີ %2 ດຽວກັນ (ອາດມີການປອມແປງ)</translation>
    </message>
    <message>
        <source>a changeset whose signature does not match its author&apos;s key</source>
        <translation type="unfinished">ຊຸດການປ່ຽນແປງທີ່ລາຍເຊັນບໍ່ກົງກັບກະແຈຂອງຜູ້ຂຽນ</translation>
    </message>
    <message>
        <source>this bundle was exported by this laptop</source>
        <translation type="unfinished">ໄຟລ໌ຊິງນີ້ຖືກສົ່ງອອກຈາກຄອມພິວເຕີເຄື່ອງນີ້ເອງ</translation>
    </message>
    <message>
        <source>the bundle comes from device %1, which is not enrolled here (enrol its card first)</source>
        <translation type="unfinished">ໄຟລ໌ຊິງມາຈາກເຄື່ອງ %1 ເຊິ່ງຍັງບໍ່ໄດ້ລົງທະບຽນຢູ່ທີ່ນີ້ (ກະລຸນາລົງທະບຽນບັດປະຈຳເຄື່ອງຂອງມັນກ່ອນ)</translation>
    </message>
    <message>
        <source>the bundle comes from %1, which was revoked before it wrote this bundle</source>
        <translation type="unfinished">ໄຟລ໌ຊິງມາຈາກ %1 ເຊິ່ງຖືກເພີກຖອນແລ້ວ ກ່ອນທີ່ມັນຈະຂຽນໄຟລ໌ຊິງນີ້</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match: it was changed after %1 signed it, or it was not signed by that device</source>
        <translation type="unfinished">ລາຍເຊັນຂອງໄຟລ໌ຊິງບໍ່ກົງກັນ: ມັນຖືກແກ້ໄຂຫຼັງຈາກທີ່ %1 ເຊັນແລ້ວ, ຫຼື ມັນບໍ່ໄດ້ຖືກເຊັນໂດຍເຄື່ອງນັ້ນ</translation>
    </message>
    <message>
        <source>the bundle is addressed to another device (%1)</source>
        <translation type="unfinished">ໄຟລ໌ຊິງນີ້ສົ່ງເຖິງເຄື່ອງອື່ນ (%1)</translation>
    </message>
    <message>
        <source>%1 sent two different bundles numbered %2; the second was refused (possible forgery)</source>
        <translation type="unfinished">%1 ສົ່ງໄຟລ໌ຊິງສອງໄຟລ໌ທີ່ຕ່າງກັນ ແຕ່ໃຊ້ເລກທີ %2 ດຽວກັນ; ໄຟລ໌ທີສອງຖືກປະຕິເສດ (ອາດເປັນຂອງປອມ)</translation>
    </message>
    <message>
        <source>the bundle&apos;s signed header and its content disagree (re-signed by someone else?)</source>
        <translation type="unfinished">ສ່ວນຫົວທີ່ເຊັນໄວ້ຂອງໄຟລ໌ຊິງ ບໍ່ກົງກັບເນື້ອໃນ (ມີຄົນອື່ນເຊັນໃໝ່ບໍ?)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished">ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ: %1</translation>
    </message>
    <message>
        <source>an erased changeset that does not match the one held here</source>
        <translation type="unfinished">ຊຸດການປ່ຽນແປງທີ່ຖືກລຶບແລ້ວ ບໍ່ກົງກັບຊຸດທີ່ມີຢູ່ທີ່ນີ້</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>the bundle&apos;s signed header is not one Corridor writes</source>
        <translation type="unfinished">ສ່ວນຫົວທີ່ເຊັນໄວ້ຂອງໄຟລ໌ຊິງ ບໍ່ແມ່ນແບບທີ່ Corridor ຂຽນ</translation>
    </message>
    <message>
        <source>the bundle&apos;s content is malformed: %1</source>
        <translation type="unfinished">ເນື້ອໃນຂອງໄຟລ໌ຊິງຜິດຮູບແບບ: %1</translation>
    </message>
    <message>
        <source>the bundle&apos;s content is larger than allowed</source>
        <translation type="unfinished">ເນື້ອໃນຂອງໄຟລ໌ຊິງໃຫຍ່ເກີນທີ່ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>the bundle&apos;s content has a format this Corridor does not know</source>
        <translation type="unfinished">ເນື້ອໃນຂອງໄຟລ໌ຊິງເປັນຮູບແບບທີ່ Corridor ລຸ້ນນີ້ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>the inner header</source>
        <translation type="unfinished">ສ່ວນຫົວດ້ານໃນ</translation>
    </message>
    <message>
        <source>the version vector</source>
        <translation type="unfinished">ເວັກເຕີລຸ້ນ (version vector)</translation>
    </message>
    <message>
        <source>the bundle holds more changesets than allowed</source>
        <translation type="unfinished">ໄຟລ໌ຊິງມີຊຸດການປ່ຽນແປງຫຼາຍເກີນທີ່ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>a changeset entry</source>
        <translation type="unfinished">ລາຍການຊຸດການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>an erased-changeset entry</source>
        <translation type="unfinished">ລາຍການຊຸດການປ່ຽນແປງທີ່ຖືກລຶບ</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation type="unfinished">ໃບຕອບຮັບ</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>--birth-year takes a year such as 1990</source>
        <translation type="unfinished">--birth-year ຕ້ອງເປັນປີ ເຊັ່ນ 1990</translation>
    </message>
    <message>
        <source>--on-art takes yes or no</source>
        <translation type="unfinished">--on-art ຕ້ອງເປັນ yes ຫຼື no</translation>
    </message>
    <message>
        <source>--consent takes a list of keep, contact and share-partner (or none)</source>
        <translation type="unfinished">--consent ຕ້ອງເປັນລາຍການຂອງ keep, contact ແລະ share-partner (ຫຼື none)</translation>
    </message>
    <message>
        <source>--consent-date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--consent-date ຕ້ອງເປັນວັນທີແບບ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished">id</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished">ເພດ</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation type="unfinished">ປີເກີດ</translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished">ກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished">ສັນຊາດ</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished">ເບີໂທ</translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished">ບ້ານເກີດ</translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished">ບ່ອນຢູ່ປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished">ບ່ອນທີ່ຈະໄປ</translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished">ສະຖານະການຍ້າຍຖິ່ນ</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished">ອາຊີບ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">ສະຖານະ HIV</translation>
    </message>
    <message>
        <source>on ART</source>
        <translation type="unfinished">ກຳລັງກິນຢາຕ້ານໄວຣັສ (ART)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ແມ່ນ</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">ບ່ອນຮັບຢາ ART</translation>
    </message>
    <message>
        <source>keep records</source>
        <translation type="unfinished">ເກັບບັນທຶກ</translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation type="unfinished">ຕິດຕໍ່ທາງໂທລະສັບ</translation>
    </message>
    <message>
        <source>share with partner National Society</source>
        <translation type="unfinished">ແບ່ງປັນກັບສະມາຄົມກາແດງແຫ່ງຊາດທີ່ເປັນຄູ່ຮ່ວມງານ</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">ການຍິນຍອມ</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">ບໍ່ໄດ້ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished">ສະຖານະແຟ້ມ</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <source>case add takes only --options</source>
        <translation type="unfinished">case add ຮັບສະເພາະ --options ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>case add needs --uic CODE</source>
        <translation type="unfinished">case add ຕ້ອງມີ --uic CODE</translation>
    </message>
    <message>
        <source>warning: possible duplicate: %1 (case %2)</source>
        <translation type="unfinished">ລະວັງ: ອາດຈະຊ້ຳກັນ: %1 (ແຟ້ມ %2)</translation>
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
        <translation type="unfinished">case list ຮັບສະເພາະ --options ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>--status must be active, closed or lost</source>
        <translation type="unfinished">--status ຕ້ອງເປັນ active, closed ຫຼື lost</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished">--limit ຕ້ອງເປັນຕົວເລກທີ່ຫຼາຍກວ່າ 0</translation>
    </message>
    <message>
        <source>no case file matches</source>
        <translation type="unfinished">ບໍ່ມີແຟ້ມຂໍ້ມູນທີ່ກົງກັນ</translation>
    </message>
    <message>
        <source>no case files yet</source>
        <translation type="unfinished">ຍັງບໍ່ມີແຟ້ມຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>case show ID</source>
        <translation type="unfinished">case show ID</translation>
    </message>
    <message>
        <source>contact %1: %2 — %3</source>
        <translation type="unfinished">ການຕິດຕໍ່ %1: %2 — %3</translation>
    </message>
    <message>
        <source>follow-up %1: %2%3</source>
        <translation type="unfinished">ນັດຕິດຕາມ %1: %2%3</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"> (ເຮັດແລ້ວ)</translation>
    </message>
    <message>
        <source>encounter add needs --case ID</source>
        <translation type="unfinished">encounter add ຕ້ອງມີ --case ID</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--date ຕ້ອງເປັນວັນທີແບບ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--next-followup takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--next-followup ຕ້ອງເປັນວັນທີແບບ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>encounter list needs --case ID</source>
        <translation type="unfinished">encounter list ຕ້ອງມີ --case ID</translation>
    </message>
    <message>
        <source>encounter add|list</source>
        <translation type="unfinished">encounter add|list</translation>
    </message>
    <message>
        <source>--within takes a number of days (0 to 366)</source>
        <translation type="unfinished">--within ຕ້ອງເປັນຈຳນວນມື້ (0 ຫາ 366)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">ເລີຍກຳນົດ</translation>
    </message>
    <message>
        <source>due    </source>
        <translation type="unfinished">ຮອດກຳນົດ</translation>
    </message>
    <message>
        <source>nothing is due in the next %1 days</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຮອດກຳນົດໃນ %1 ມື້ຂ້າງໜ້າ</translation>
    </message>
    <message>
        <source>followup add needs --case ID --due YYYY-MM-DD</source>
        <translation type="unfinished">followup add ຕ້ອງມີ --case ID --due YYYY-MM-DD</translation>
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
        <translation type="unfinished">--cases ຕ້ອງເປັນຕົວເລກແຕ່ 1 ຫາ 1000000</translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation type="unfinished">--seed ຕ້ອງເປັນຕົວເລກ</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">ບົດບາດຂອງທ່ານ (ຄູຝຶກ) ບໍ່ສາມາດເບິ່ງແຟ້ມຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <source>%1 of %2 case files written</source>
        <translation type="unfinished">ຂຽນແຟ້ມຂໍ້ມູນແລ້ວ %1 ຈາກ %2 ແຟ້ມ</translation>
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
        <translation type="unfinished">--second-user ຕ້ອງມີ --second-passphrase-file</translation>
    </message>
    <message>
        <source>The case file and everything linked to it were erased here; the erasure travels with the next bundles.</source>
        <translation type="unfinished">ລຶບແຟ້ມຂໍ້ມູນ ແລະ ທຸກຢ່າງທີ່ກ່ຽວຂ້ອງກັບມັນ ອອກຈາກເຄື່ອງນີ້ແລ້ວ; ການລຶບນີ້ຈະຖືກສົ່ງຕໍ່ໄປພ້ອມກັບໄຟລ໌ຊິງຄັ້ງຕໍ່ໄປ.</translation>
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
        <translation type="unfinished">ຂໍ້ມູນສ່ວນຕົວ</translation>
    </message>
    <message>
        <source>&amp;UIC (unique identifier code)</source>
        <translation type="unfinished">UIC - ລະຫັດສະເພາະຕົວ (&amp;U)</translation>
    </message>
    <message>
        <source>e.g. first letters of mother’s and father’s names + birth year</source>
        <translation type="unfinished">ເຊັ່ນ: ຕົວອັກສອນທຳອິດຂອງຊື່ແມ່ ແລະ ຊື່ພໍ່ + ປີເກີດ</translation>
    </message>
    <message>
        <source>The UIC lets services count a person without a name. Agree a rule with your branch and use it every time.</source>
        <translation type="unfinished">UIC (ລະຫັດສະເພາະຕົວ) ຊ່ວຍໃຫ້ບ່ອນບໍລິການນັບຄົນໄດ້ ໂດຍບໍ່ຕ້ອງໃຊ້ຊື່. ຕົກລົງວິທີສ້າງລະຫັດກັບສາຂາຂອງທ່ານ ແລະ ໃຊ້ວິທີດຽວກັນທຸກຄັ້ງ.</translation>
    </message>
    <message>
        <source>&amp;Name or alias</source>
        <translation type="unfinished">ຊື່ ຫຼື ຊື່ຫຼິ້ນ (&amp;N)</translation>
    </message>
    <message>
        <source>Only what the person chooses to give</source>
        <translation type="unfinished">ສະເພາະສິ່ງທີ່ເຈົ້າຕົວເລືອກທີ່ຈະບອກ</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished">ເພດ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished">ປີເກີດ (&amp;B)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished">ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation type="unfinished">ກຸ່ມອາຍຸ (&amp;A)</translation>
    </message>
    <message>
        <source>Na&amp;tionality</source>
        <translation type="unfinished">ສັນຊາດ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished">ພາສາທີ່ເວົ້າໄດ້ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished">ເບີໂທ (&amp;P)</translation>
    </message>
    <message>
        <source>+66 81 234 5678</source>
        <translation type="unfinished">+66 81 234 5678</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished">ການຍ້າຍຖິ່ນ</translation>
    </message>
    <message>
        <source>Country of &amp;origin</source>
        <translation type="unfinished">ປະເທດບ້ານເກີດ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Province of origin</source>
        <translation type="unfinished">ແຂວງບ້ານເກີດ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Current location</source>
        <translation type="unfinished">ບ່ອນຢູ່ປັດຈຸບັນ (&amp;C)</translation>
    </message>
    <message>
        <source>Intended &amp;destination</source>
        <translation type="unfinished">ບ່ອນທີ່ຕັ້ງໃຈຈະໄປ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Migration status</source>
        <translation type="unfinished">ສະຖານະການຍ້າຍຖິ່ນ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Work sector</source>
        <translation type="unfinished">ປະເພດວຽກ (&amp;W)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished">ສຸຂະພາບ</translation>
    </message>
    <message>
        <source>&amp;HIV status</source>
        <translation type="unfinished">ສະຖານະ HIV (&amp;H)</translation>
    </message>
    <message>
        <source>On antiretroviral treatment (&amp;ART)</source>
        <translation type="unfinished">ກຳລັງກິນຢາຕ້ານໄວຣັສ ART (&amp;A)</translation>
    </message>
    <message>
        <source>ART &amp;site</source>
        <translation type="unfinished">ບ່ອນຮັບຢາ ART (&amp;S)</translation>
    </message>
    <message>
        <source>Clinic or hospital where medicine is collected</source>
        <translation type="unfinished">ຄລີນິກ ຫຼື ໂຮງໝໍ ທີ່ໄປຮັບຢາ</translation>
    </message>
    <message>
        <source>Health details stay in this encrypted case file. They never appear on a printed referral slip.</source>
        <translation type="unfinished">ຂໍ້ມູນສຸຂະພາບຈະຢູ່ໃນແຟ້ມຂໍ້ມູນທີ່ເຂົ້າລະຫັດນີ້ເທົ່ານັ້ນ. ມັນຈະບໍ່ປາກົດຢູ່ໃນໃບສົ່ງຕໍ່ທີ່ພິມອອກ.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">ການຍິນຍອມ</translation>
    </message>
    <message>
        <source>Read each use to the person in their language and tick only what they agree to. Without consent to keep records, do not keep a case file.</source>
        <translation type="unfinished">ອ່ານແຕ່ລະຂໍ້ໃຫ້ເຈົ້າຕົວຟັງເປັນພາສາຂອງເຂົາ ແລະ ໝາຍຖືກສະເພາະຂໍ້ທີ່ເຂົາເຫັນດີ. ຖ້າເຂົາບໍ່ຍິນຍອມໃຫ້ເກັບບັນທຶກ, ຢ່າເກັບແຟ້ມຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Keep records about me</source>
        <translation type="unfinished">ເກັບບັນທຶກກ່ຽວກັບຂ້ອຍ</translation>
    </message>
    <message>
        <source>Contact me by phone</source>
        <translation type="unfinished">ຕິດຕໍ່ຂ້ອຍທາງໂທລະສັບ</translation>
    </message>
    <message>
        <source>Share what is needed with the Red Cross in the country I go to</source>
        <translation type="unfinished">ແບ່ງປັນຂໍ້ມູນທີ່ຈຳເປັນໃຫ້ກາແດງ ໃນປະເທດທີ່ຂ້ອຍຈະໄປ</translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation type="unfinished">ວັນທີທີ່ໃຫ້ການຍິນຍອມ (&amp;G)</translation>
    </message>
    <message>
        <source>Case and notes</source>
        <translation type="unfinished">ແຟ້ມ ແລະ ບັນທຶກເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation type="unfinished">ສະຖານະແຟ້ມ (&amp;S)</translation>
    </message>
    <message>
        <source>Assigned &amp;volunteer</source>
        <translation type="unfinished">ອາສາສະໝັກທີ່ຮັບຜິດຊອບ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມ (&amp;N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">ການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished">ບັນທຶກການຕິດຕໍ່ (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished">ແກ້ໄຂການຕິດຕໍ່ (&amp;E)…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">ນັດຕິດຕາມ</translation>
    </message>
    <message>
        <source>&amp;Plan a follow-up…</source>
        <translation type="unfinished">ວາງແຜນນັດຕິດຕາມ (&amp;P)…</translation>
    </message>
    <message>
        <source>Tick a follow-up when it is done. Logging a contact also ticks the follow-ups that were due by then.</source>
        <translation type="unfinished">ໝາຍຖືກນັດຕິດຕາມເມື່ອເຮັດແລ້ວ. ເມື່ອບັນທຶກການຕິດຕໍ່, ນັດຕິດຕາມທີ່ຮອດກຳນົດແລ້ວໃນເວລານັ້ນ ກໍຈະຖືກໝາຍຖືກນຳ.</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="unfinished">ຍົກເລີກການປ່ຽນແປງ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">ບັນທຶກ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">ກະລຸນາເຂົ້າສູ່ລະບົບກ່ອນ.</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">ບົດບາດຂອງທ່ານ (ຄູຝຶກ) ບໍ່ສາມາດເບິ່ງແຟ້ມຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <source>There is no case file %1.</source>
        <translation type="unfinished">ບໍ່ມີແຟ້ມຂໍ້ມູນ %1.</translation>
    </message>
    <message>
        <source>No case file matches &apos;%1&apos;.</source>
        <translation type="unfinished">ບໍ່ມີແຟ້ມຂໍ້ມູນທີ່ກົງກັບ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 case files; give more of the id.</source>
        <translation type="unfinished">&apos;%1&apos; ກົງກັບແຟ້ມຂໍ້ມູນ %2 ແຟ້ມ; ກະລຸນາພິມ id ໃຫ້ຍາວກວ່ານີ້.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation type="unfinished">ບໍ່ມີການຕິດຕໍ່ %1.</translation>
    </message>
    <message>
        <source>A contact cannot be moved to another case file.</source>
        <translation type="unfinished">ບໍ່ສາມາດຍ້າຍການຕິດຕໍ່ໄປໃສ່ແຟ້ມຂໍ້ມູນອື່ນໄດ້.</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished">ບໍ່ມີນັດຕິດຕາມ %1.</translation>
    </message>
    <message>
        <source>Erasing a person needs a coordinator, or a second user to confirm with their passphrase.</source>
        <translation type="unfinished">ການລຶບຂໍ້ມູນຄົນໃດໜຶ່ງ ຕ້ອງເຮັດໂດຍຜູ້ປະສານງານ, ຫຼື ຕ້ອງມີຜູ້ໃຊ້ຄົນທີສອງຢືນຢັນດ້ວຍປະໂຫຍກລັບຂອງເຂົາ.</translation>
    </message>
    <message>
        <source>Give the reason for erasing (it is kept; the person&apos;s data is not).</source>
        <translation type="unfinished">ກະລຸນາໃສ່ເຫດຜົນທີ່ລຶບ (ເຫດຜົນຈະຖືກເກັບໄວ້; ແຕ່ຂໍ້ມູນຂອງຄົນນັ້ນຈະບໍ່ຖືກເກັບ).</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished">ເຫດຜົນຍາວເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
</context>
<context>
    <name>Cbor</name>
    <message>
        <source>unexpected bytes after the end of the data</source>
        <translation type="unfinished">ມີໄບຕ໌ທີ່ບໍ່ຄາດຄິດ ຢູ່ຫຼັງທ້າຍຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>indefinite or reserved length</source>
        <translation type="unfinished">ຄວາມຍາວບໍ່ກຳນົດ ຫຼື ເປັນຄ່າທີ່ສະຫງວນໄວ້</translation>
    </message>
    <message>
        <source>the data ends in the middle of an item</source>
        <translation type="unfinished">ຂໍ້ມູນສິ້ນສຸດກາງລາຍການ</translation>
    </message>
    <message>
        <source>an integer is not in its shortest form</source>
        <translation type="unfinished">ຈຳນວນເຕັມບໍ່ໄດ້ຢູ່ໃນຮູບແບບທີ່ສັ້ນທີ່ສຸດ</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation type="unfinished">ຂໍ້ມູນຊ້ອນກັນຫຼາຍຊັ້ນເກີນໄປ</translation>
    </message>
    <message>
        <source>the data holds too many items</source>
        <translation type="unfinished">ຂໍ້ມູນມີລາຍການຫຼາຍເກີນໄປ</translation>
    </message>
    <message>
        <source>unsupported simple value or floating-point number</source>
        <translation type="unfinished">ຄ່າພື້ນຖານ ຫຼື ຕົວເລກທົດສະນິຍົມ ທີ່ບໍ່ຮອງຮັບ</translation>
    </message>
    <message>
        <source>tagged items are not accepted</source>
        <translation type="unfinished">ບໍ່ຮັບລາຍການທີ່ມີແທັກ</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation type="unfinished">ຈຳນວນເຕັມຢູ່ນອກຂອບເຂດ</translation>
    </message>
    <message>
        <source>a string is longer than allowed</source>
        <translation type="unfinished">ຂໍ້ຄວາມຍາວເກີນທີ່ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>the data ends in the middle of a string</source>
        <translation type="unfinished">ຂໍ້ມູນສິ້ນສຸດກາງຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation type="unfinished">ຂໍ້ຄວາມບໍ່ແມ່ນ UTF-8 ທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>a map key must be an integer or a string</source>
        <translation type="unfinished">ກະແຈຂອງ map ຕ້ອງເປັນຈຳນວນເຕັມ ຫຼື ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>a map holds the same key twice</source>
        <translation type="unfinished">map ມີກະແຈດຽວກັນສອງເທື່ອ</translation>
    </message>
    <message>
        <source>map keys are not in canonical order</source>
        <translation type="unfinished">ກະແຈຂອງ map ບໍ່ໄດ້ລຽງຕາມລຳດັບມາດຕະຖານ</translation>
    </message>
    <message>
        <source>unknown item type</source>
        <translation type="unfinished">ປະເພດລາຍການທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>the data is empty</source>
        <translation type="unfinished">ຂໍ້ມູນຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>the data is larger than allowed</source>
        <translation type="unfinished">ຂໍ້ມູນໃຫຍ່ເກີນທີ່ອະນຸຍາດ</translation>
    </message>
</context>
<context>
    <name>Changeset</name>
    <message>
        <source>malformed changeset: %1</source>
        <translation type="unfinished">ຊຸດການປ່ຽນແປງຜິດຮູບແບບ: %1</translation>
    </message>
    <message>
        <source>not a map</source>
        <translation type="unfinished">ບໍ່ແມ່ນ map</translation>
    </message>
    <message>
        <source>changeset format %1 is not supported by this Corridor</source>
        <translation type="unfinished">Corridor ລຸ້ນນີ້ບໍ່ຮອງຮັບຊຸດການປ່ຽນແປງຮູບແບບ %1</translation>
    </message>
    <message>
        <source>unknown entry</source>
        <translation type="unfinished">ລາຍການທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished">ຜູ້ຂຽນ</translation>
    </message>
    <message>
        <source>sequence or clock</source>
        <translation type="unfinished">ລຳດັບ ຫຼື ໂມງ</translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished">ລາຍການຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>operation</source>
        <translation type="unfinished">ການດຳເນີນການ</translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished">ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>too many fields</source>
        <translation type="unfinished">ຊ່ອງຂໍ້ມູນຫຼາຍເກີນໄປ</translation>
    </message>
    <message>
        <source>field name</source>
        <translation type="unfinished">ຊື່ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished">ຊ່ອງຂໍ້ມູນ %1</translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished">ລາຍເຊັນ</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished">ບໍ່ຮູ້ຈັກຕົວເລືອກ --%1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished">--%1 ບໍ່ຕ້ອງມີຄ່າ</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished">--%1 ຕ້ອງມີຄ່າ</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation type="unfinished">--%1 ຖືກໃສ່ສອງເທື່ອ</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>no passphrase given: use --passphrase-file FILE (or - for standard input)</source>
        <translation type="unfinished">ບໍ່ໄດ້ໃສ່ປະໂຫຍກລັບ: ໃຊ້ --passphrase-file FILE (ຫຼື - ເພື່ອອ່ານຈາກ standard input)</translation>
    </message>
    <message>
        <source>no passphrase was typed</source>
        <translation type="unfinished">ບໍ່ໄດ້ພິມປະໂຫຍກລັບ</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">ຜິດພາດ: %1</translation>
    </message>
    <message>
        <source>usage error: %1 (see corridor-cli help)</source>
        <translation type="unfinished">ໃຊ້ຄຳສັ່ງຜິດ: %1 (ເບິ່ງ corridor-cli help)</translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation type="unfinished">ອ່ານ standard input ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished">ບໍ່ມີໄຟລ໌ %1</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation type="unfinished">ອ່ານໄຟລ໌ %1 ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the passphrase file is larger than %1 bytes</source>
        <translation type="unfinished">ໄຟລ໌ປະໂຫຍກລັບໃຫຍ່ເກີນ %1 ໄບຕ໌</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished">ໄຟລ໌ປະໂຫຍກລັບຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished">ພິມອີກຄັ້ງ:</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished">ປະໂຫຍກລັບທັງສອງບໍ່ຄືກັນ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">ປະໂຫຍກລັບຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>there is no vault in %1 (create one with: corridor-cli init …)</source>
        <translation type="unfinished">ບໍ່ມີຄັງຂໍ້ມູນລັບຢູ່ໃນ %1 (ສ້າງໃໝ່ດ້ວຍ: corridor-cli init …)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished">ປະໂຫຍກລັບ:</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The unique identifier code (UIC) is required.</source>
        <translation type="unfinished">ຕ້ອງໃສ່ລະຫັດສະເພາະຕົວ (UIC).</translation>
    </message>
    <message>
        <source>The UIC may hold only letters, digits, spaces and dashes, at most 40 of them.</source>
        <translation type="unfinished">UIC ໃສ່ໄດ້ສະເພາະຕົວອັກສອນ, ຕົວເລກ, ຍະຫວ່າງ ແລະ ຂີດ (-), ບໍ່ເກີນ 40 ຕົວ.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <source>province of origin</source>
        <translation type="unfinished">ແຂວງບ້ານເກີດ</translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished">ບ່ອນຢູ່ປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>intended destination</source>
        <translation type="unfinished">ບ່ອນທີ່ຕັ້ງໃຈຈະໄປ</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">ບ່ອນຮັບຢາ ART</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished">%1 ຍາວເກີນ %2 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມຍາວເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, dashes and a leading +, and needs at least three digits.</source>
        <translation type="unfinished">ເບີໂທໃສ່ໄດ້ສະເພາະຕົວເລກ, ຍະຫວ່າງ, ຂີດ (-) ແລະ ເຄື່ອງໝາຍ + ຢູ່ທາງໜ້າ, ແລະ ຕ້ອງມີຢ່າງໜ້ອຍສາມຕົວເລກ.</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation type="unfinished">ປີເກີດຕ້ອງຢູ່ລະຫວ່າງ 1900 ຫາ %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2.</source>
        <translation type="unfinished">&apos;%1&apos; ບໍ່ມີໃນລາຍການ%2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country code (use KH, LA, MM, TH, VN, CN, MY, XX or ZZ).</source>
        <translation type="unfinished">&apos;%1&apos; ບໍ່ແມ່ນລະຫັດປະເທດທີ່ຮູ້ຈັກ (ໃຊ້ KH, LA, MM, TH, VN, CN, MY, XX ຫຼື ZZ).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known language code.</source>
        <translation type="unfinished">&apos;%1&apos; ບໍ່ແມ່ນລະຫັດພາສາທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <source>A person on ART must have HIV status &apos;positive&apos;.</source>
        <translation type="unfinished">ຄົນທີ່ກຳລັງກິນຢາ ART ຕ້ອງມີສະຖານະ HIV &apos;ຜົນບວກ&apos;.</translation>
    </message>
    <message>
        <source>Record the date on which consent was given.</source>
        <translation type="unfinished">ບັນທຶກວັນທີທີ່ໃຫ້ການຍິນຍອມ.</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation type="unfinished">ວັນທີຍິນຍອມແມ່ນວັນທີໃນອະນາຄົດ.</translation>
    </message>
</context>
<context>
    <name>Compression</name>
    <message>
        <source>the decompressor could not start</source>
        <translation type="unfinished">ໂປຣແກຣມຂະຫຍາຍໄຟລ໌ບີບອັດ ເລີ່ມເຮັດວຽກບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the compressed content is damaged</source>
        <translation type="unfinished">ເນື້ອໃນທີ່ບີບອັດໄວ້ເສຍຫາຍ</translation>
    </message>
    <message>
        <source>the content expands to more than %1 MiB; refused</source>
        <translation type="unfinished">ເນື້ອໃນເມື່ອຂະຫຍາຍອອກມີຂະໜາດເກີນ %1 MiB; ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>the compressed content is truncated</source>
        <translation type="unfinished">ເນື້ອໃນທີ່ບີບອັດໄວ້ບໍ່ຄົບ (ຖືກຕັດ)</translation>
    </message>
    <message>
        <source>unexpected bytes after the compressed content</source>
        <translation type="unfinished">ມີໄບຕ໌ທີ່ບໍ່ຄາດຄິດ ຢູ່ຫຼັງເນື້ອໃນທີ່ບີບອັດໄວ້</translation>
    </message>
</context>
<context>
    <name>ContentCommands</name>
    <message>
        <source>Showing the built-in content; give --passphrase-file to see a pack imported into the vault.</source>
        <translation type="unfinished">ກຳລັງສະແດງເນື້ອຫາທີ່ມາພ້ອມກັບໂປຣແກຣມ; ໃຫ້ໃສ່ --passphrase-file ເພື່ອເບິ່ງຊຸດເນື້ອຫາທີ່ນຳເຂົ້າໄວ້ໃນຄັງຂໍ້ມູນລັບ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an attendee is NAME,SEX[,ROLE[,PRE[,POST]]]</source>
        <translation type="unfinished">&quot;%1&quot;: ຜູ້ເຂົ້າຮ່ວມຕ້ອງຂຽນແບບ NAME,SEX[,ROLE[,PRE[,POST]]]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test score (0–100).</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ແມ່ນຄະແນນທົດສອບ (0–100).</translation>
    </message>
    <message>
        <source>  curriculum: %1 modules, %2 lessons</source>
        <translation type="unfinished">  ຫຼັກສູດ: %1 ໂມດູນ, %2 ບົດຮຽນ</translation>
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
        <translation type="unfinished">ນຳເຂົ້າຊຸດເນື້ອຫາລຸ້ນ %1 ແລ້ວ (ເດີມແມ່ນລຸ້ນ %2), ເຊັນໂດຍ %3.</translation>
    </message>
    <message>
        <source>content build --source FOLDER --out FILE.corridor-pack</source>
        <translation type="unfinished">content build --source FOLDER --out FILE.corridor-pack</translation>
    </message>
    <message>
        <source>Only a coordinator or a trainer publishes content packs.</source>
        <translation type="unfinished">ສະເພາະຜູ້ປະສານງານ ຫຼື ຄູຝຶກເທົ່ານັ້ນ ທີ່ເຜີຍແຜ່ຊຸດເນື້ອຫາໄດ້.</translation>
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
        <translation type="unfinished">--lang ຕ້ອງເປັນໜຶ່ງໃນ en, km, lo, my, th</translation>
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
        <translation type="unfinished">&quot;%1&quot; ບໍ່ແມ່ນວັນທີ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1  %2 sessions  %3 people (%4 female, %5 male, %6 other)</source>
        <translation type="unfinished">%1  %2 ຄັ້ງ  %3 ຄົນ (ຍິງ %4, ຊາຍ %5, ອື່ນໆ %6)</translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>The built-in content is missing from this build.</source>
        <translation type="unfinished">ໂປຣແກຣມລຸ້ນນີ້ ບໍ່ມີເນື້ອຫາທີ່ຄວນມາພ້ອມກັບໂປຣແກຣມ.</translation>
    </message>
    <message>
        <source>The pack is signed by %1, which is not a trusted publisher here. Only packs signed by an enrolled coordinator or trainer can be imported.</source>
        <translation type="unfinished">ຊຸດເນື້ອຫານີ້ເຊັນໂດຍ %1 ເຊິ່ງບໍ່ແມ່ນຜູ້ເຜີຍແຜ່ທີ່ເຊື່ອຖືໄດ້ຢູ່ທີ່ນີ້. ນຳເຂົ້າໄດ້ສະເພາະຊຸດທີ່ເຊັນໂດຍຜູ້ປະສານງານ ຫຼື ຄູຝຶກທີ່ລົງທະບຽນແລ້ວເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed.</source>
        <translation type="unfinished">ລາຍເຊັນຂອງຊຸດເນື້ອຫາບໍ່ກົງກັບເນື້ອໃນ: ມັນຖືກແກ້ໄຂຫຼັງຈາກເຊັນແລ້ວ.</translation>
    </message>
    <message>
        <source>The pack&apos;s signed label does not match the pack inside.</source>
        <translation type="unfinished">ປ້າຍທີ່ເຊັນໄວ້ຂອງຊຸດເນື້ອຫາ ບໍ່ກົງກັບເນື້ອໃນຂອງຊຸດ.</translation>
    </message>
    <message>
        <source>This pack is &quot;%1&quot;, not Corridor&apos;s booklet and curriculum (&quot;%2&quot;).</source>
        <translation type="unfinished">ຊຸດນີ້ແມ່ນ &quot;%1&quot;, ບໍ່ແມ່ນປຶ້ມຄູ່ມື ແລະ ຫຼັກສູດຂອງ Corridor (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>This pack is version %1; this laptop already has version %2. Only a newer pack replaces it.</source>
        <translation type="unfinished">ຊຸດນີ້ແມ່ນລຸ້ນ %1; ຄອມພິວເຕີເຄື່ອງນີ້ມີລຸ້ນ %2 ຢູ່ແລ້ວ. ສະເພາະຊຸດທີ່ໃໝ່ກວ່າເທົ່ານັ້ນ ຈຶ່ງປ່ຽນແທນໄດ້.</translation>
    </message>
</context>
<context>
    <name>ContentPack</name>
    <message>
        <source>English</source>
        <translation type="unfinished">ພາສາອັງກິດ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished">ພາສາຂະແມ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">ພາສາລາວ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished">ມຽນມາ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished">ພາສາໄທ</translation>
    </message>
    <message>
        <source>The content pack is malformed: %1.</source>
        <translation type="unfinished">ຊຸດເນື້ອຫາຜິດຮູບແບບ: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ມີ ຫຼື ບໍ່ແມ່ນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ແມ່ນ id ທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a map of languages</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ແມ່ນລາຍການແຍກຕາມພາສາ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an entry that is not one of the languages en, km, lo, my, th</source>
        <translation type="unfinished">&quot;%1&quot; ມີລາຍການທີ່ບໍ່ແມ່ນພາສາ en, km, lo, my, th</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ມີ ຫຼື ບໍ່ແມ່ນລາຍການ</translation>
    </message>
    <message>
        <source>The content pack has more than %1 entries in &quot;%2&quot;.</source>
        <translation type="unfinished">ຊຸດເນື້ອຫາມີລາຍການໃນ &quot;%2&quot; ເກີນ %1 ລາຍການ.</translation>
    </message>
    <message>
        <source>The content pack is empty.</source>
        <translation type="unfinished">ຊຸດເນື້ອຫາຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>The content pack is larger than %1 MB.</source>
        <translation type="unfinished">ຊຸດເນື້ອຫາໃຫຍ່ເກີນ %1 MB.</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation type="unfinished">ຊຸດເນື້ອຫາ</translation>
    </message>
    <message>
        <source>it is not a map</source>
        <translation type="unfinished">ມັນບໍ່ແມ່ນ map</translation>
    </message>
    <message>
        <source>it has no format number</source>
        <translation type="unfinished">ມັນບໍ່ມີເລກຮູບແບບ (format)</translation>
    </message>
    <message>
        <source>The content pack uses format %1; this version of Corridor reads format %2. Update Corridor to use it.</source>
        <translation type="unfinished">ຊຸດເນື້ອຫານີ້ໃຊ້ຮູບແບບ %1; Corridor ລຸ້ນນີ້ອ່ານໄດ້ຮູບແບບ %2. ກະລຸນາອັບເດດ Corridor ເພື່ອໃຊ້ມັນ.</translation>
    </message>
    <message>
        <source>the version is not a positive whole number</source>
        <translation type="unfinished">ລຸ້ນບໍ່ແມ່ນຈຳນວນເຕັມບວກ</translation>
    </message>
    <message>
        <source>lesson %1 has no duration in minutes</source>
        <translation type="unfinished">ບົດຮຽນ %1 ບໍ່ມີໄລຍະເວລາເປັນນາທີ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pack id</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ແມ່ນ id ຂອງຊຸດເນື້ອຫາທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>the booklet has no sections</source>
        <translation type="unfinished">ປຶ້ມຄູ່ມືບໍ່ມີພາກໃດເລີຍ</translation>
    </message>
    <message>
        <source>The booklet has no %1 title.</source>
        <translation type="unfinished">ປຶ້ມຄູ່ມືບໍ່ມີຫົວຂໍ້ເປັນ %1.</translation>
    </message>
    <message>
        <source>the section %1 appears twice</source>
        <translation type="unfinished">ພາກ %1 ມີຊ້ຳສອງເທື່ອ</translation>
    </message>
    <message>
        <source>The booklet section &quot;%1&quot; has no %2 text.</source>
        <translation type="unfinished">ພາກ &quot;%1&quot; ຂອງປຶ້ມຄູ່ມື ບໍ່ມີຂໍ້ຄວາມເປັນ %2.</translation>
    </message>
    <message>
        <source>the module %1 appears twice</source>
        <translation type="unfinished">ໂມດູນ %1 ມີຊ້ຳສອງເທື່ອ</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; has no English text.</source>
        <translation type="unfinished">ໂມດູນ &quot;%1&quot; ບໍ່ມີຂໍ້ຄວາມເປັນພາສາອັງກິດ.</translation>
    </message>
    <message>
        <source>the lesson %1/%2 appears twice</source>
        <translation type="unfinished">ບົດຮຽນ %1/%2 ມີຊ້ຳສອງເທື່ອ</translation>
    </message>
    <message>
        <source>The lesson &quot;%1/%2&quot; has no English text.</source>
        <translation type="unfinished">ບົດຮຽນ &quot;%1/%2&quot; ບໍ່ມີຂໍ້ຄວາມເປັນພາສາອັງກິດ.</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">ອ່ານ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB.</source>
        <translation type="unfinished">%1 ໃຫຍ່ເກີນ %2 KB.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished">%1 ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished">%1 ບໍ່ແມ່ນ JSON object: %2</translation>
    </message>
    <message>
        <source>pack.json needs a &quot;version&quot; of 1 or more.</source>
        <translation type="unfinished">pack.json ຕ້ອງມີ &quot;version&quot; ເປັນ 1 ຂຶ້ນໄປ.</translation>
    </message>
    <message>
        <source>The lesson %1/%2 needs &quot;minutes&quot; in the manifest.</source>
        <translation type="unfinished">ບົດຮຽນ %1/%2 ຕ້ອງມີ &quot;minutes&quot; ໃນ manifest.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished">ບໍ່ພົບ %1</translation>
    </message>
    <message>
        <source>%1 is empty (it was truncated or never written)</source>
        <translation type="unfinished">%1 ຫວ່າງເປົ່າ (ຖືກຕັດ ຫຼື ບໍ່ເຄີຍຖືກຂຽນ)</translation>
    </message>
    <message>
        <source>%1 is truncated: its size is not a whole number of pages</source>
        <translation type="unfinished">%1 ຖືກຕັດ: ຂະໜາດຂອງມັນບໍ່ແມ່ນຈຳນວນໜ້າທີ່ຄົບ</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished">%1 ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished">ເປີດ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>the database key could not be set</source>
        <translation type="unfinished">ຕັ້ງກະແຈຖານຂໍ້ມູນບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the database library in this process cannot encrypt (SQLCipher is not active); Corridor refuses to run rather than write data in the clear</source>
        <translation type="unfinished">ໂປຣແກຣມຖານຂໍ້ມູນໃນຂະບວນການນີ້ເຂົ້າລະຫັດບໍ່ໄດ້ (SQLCipher ບໍ່ໄດ້ເຮັດວຽກ); Corridor ຈະບໍ່ເຮັດວຽກ ດີກວ່າຂຽນຂໍ້ມູນແບບບໍ່ເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with the key from vault.keys: the file is damaged or was altered, or vault.db and vault.keys come from different vaults</source>
        <translation type="unfinished">ຖອດລະຫັດ %1 ດ້ວຍກະແຈຈາກ vault.keys ບໍ່ໄດ້: ໄຟລ໌ເສຍຫາຍ ຫຼື ຖືກແກ້ໄຂ, ຫຼື vault.db ແລະ vault.keys ມາຈາກຄັງຂໍ້ມູນລັບຄົນລະອັນ</translation>
    </message>
    <message>
        <source>%1 is not encrypted; Corridor refuses to open or write it</source>
        <translation type="unfinished">%1 ບໍ່ໄດ້ເຂົ້າລະຫັດ; Corridor ຈະບໍ່ເປີດ ຫຼື ຂຽນມັນ</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation type="unfinished">%1 ບໍ່ຜ່ານການກວດຄວາມຄົບຖ້ວນ: %2</translation>
    </message>
    <message>
        <source>the disk is full: %1 could not be written. Free some space and try again; nothing was saved</source>
        <translation type="unfinished">ບ່ອນເກັບຂໍ້ມູນໃນເຄື່ອງເຕັມແລ້ວ: ຂຽນ %1 ບໍ່ໄດ້. ກະລຸນາລຶບບາງຢ່າງອອກໃຫ້ມີບ່ອນຫວ່າງ ແລ້ວລອງໃໝ່; ບໍ່ມີຫຍັງຖືກບັນທຶກ</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered (a page failed its integrity check): %2</source>
        <translation type="unfinished">%1 ເສຍຫາຍ ຫຼື ຖືກແກ້ໄຂ (ມີໜ້າໜຶ່ງບໍ່ຜ່ານການກວດຄວາມຄົບຖ້ວນ): %2</translation>
    </message>
    <message>
        <source>%1 is busy: another Corridor window or command is using it</source>
        <translation type="unfinished">%1 ກຳລັງຖືກໃຊ້ຢູ່: ມີໜ້າຕ່າງ ຫຼື ຄຳສັ່ງ Corridor ອື່ນກຳລັງໃຊ້ມັນ</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: %2</source>
        <translation type="unfinished">ອ່ານ ຫຼື ຂຽນ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation type="unfinished">ຖານຂໍ້ມູນຜິດພາດໃນ %1: %2</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>not a valid device card: %1</source>
        <translation type="unfinished">ບໍ່ແມ່ນບັດປະຈຳເຄື່ອງທີ່ຖືກຕ້ອງ: %1</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation type="unfinished">ມັນຍາວເກີນໄປ</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation type="unfinished">ມັນບໍ່ໄດ້ເລີ່ມຕົ້ນດ້ວຍ %1</translation>
    </message>
    <message>
        <source>it is not a Corridor device card</source>
        <translation type="unfinished">ມັນບໍ່ແມ່ນບັດປະຈຳເຄື່ອງຂອງ Corridor</translation>
    </message>
    <message>
        <source>this device card has a format version this Corridor does not know</source>
        <translation type="unfinished">ບັດປະຈຳເຄື່ອງນີ້ເປັນຮູບແບບລຸ້ນທີ່ Corridor ລຸ້ນນີ້ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation type="unfinished">ມີຊ່ອງຂໍ້ມູນໜຶ່ງບໍ່ມີ ຫຼື ຜິດຮູບແບບ</translation>
    </message>
    <message>
        <source>the device card&apos;s signature does not match its contents</source>
        <translation type="unfinished">ລາຍເຊັນຂອງບັດປະຈຳເຄື່ອງບໍ່ກົງກັບເນື້ອໃນ</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">ໂປຣແກຣມເຂົ້າລະຫັດເລີ່ມເຮັດວຽກບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the device key has the wrong length</source>
        <translation type="unfinished">ກະແຈຂອງເຄື່ອງມີຄວາມຍາວບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>the device key is damaged</source>
        <translation type="unfinished">ກະແຈຂອງເຄື່ອງເສຍຫາຍ</translation>
    </message>
</context>
<context>
    <name>DropFolderSync</name>
    <message>
        <source>the inbox folder %1 does not exist</source>
        <translation type="unfinished">ບໍ່ມີໂຟນເດີຂາເຂົ້າ %1</translation>
    </message>
    <message>
        <source>not for this device</source>
        <translation type="unfinished">ບໍ່ແມ່ນສຳລັບເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>written by this device</source>
        <translation type="unfinished">ຂຽນໂດຍເຄື່ອງນີ້ເອງ</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <source>the outbox folder %1 cannot be created</source>
        <translation type="unfinished">ສ້າງໂຟນເດີຂາອອກ %1 ບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>%1 has the same UIC</source>
        <translation type="unfinished">%1 ມີ UIC ດຽວກັນ</translation>
    </message>
    <message>
        <source>%1 has the same phone number</source>
        <translation type="unfinished">%1 ມີເບີໂທດຽວກັນ</translation>
    </message>
    <message>
        <source>%1 has a very similar name and the same birth year</source>
        <translation type="unfinished">%1 ມີຊື່ຄ້າຍກັນຫຼາຍ ແລະ ມີປີເກີດດຽວກັນ</translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>The contact must belong to a case file.</source>
        <translation type="unfinished">ການຕິດຕໍ່ຕ້ອງຢູ່ໃນແຟ້ມຂໍ້ມູນໃດໜຶ່ງ.</translation>
    </message>
    <message>
        <source>The date of the contact is required (YYYY-MM-DD).</source>
        <translation type="unfinished">ຕ້ອງໃສ່ວັນທີຂອງການຕິດຕໍ່ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The date of the contact is in the future.</source>
        <translation type="unfinished">ວັນທີຂອງການຕິດຕໍ່ແມ່ນວັນທີໃນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind of contact.</source>
        <translation type="unfinished">&apos;%1&apos; ບໍ່ແມ່ນປະເພດການຕິດຕໍ່ທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known service.</source>
        <translation type="unfinished">&apos;%1&apos; ບໍ່ແມ່ນບໍລິການທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມຍາວເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>The next follow-up date is before the contact.</source>
        <translation type="unfinished">ວັນທີນັດຕິດຕາມຄັ້ງຕໍ່ໄປ ຢູ່ກ່ອນວັນທີການຕິດຕໍ່.</translation>
    </message>
</context>
<context>
    <name>EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished">ບັນທຶກການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">ວັນທີ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation type="unfinished">ປະເພດການຕິດຕໍ່ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Services given</source>
        <translation type="unfinished">ບໍລິການທີ່ໃຫ້ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມ (&amp;N)</translation>
    </message>
    <message>
        <source>Plan the next &amp;follow-up on</source>
        <translation type="unfinished">ນັດຕິດຕາມຄັ້ງຕໍ່ໄປວັນທີ (&amp;F)</translation>
    </message>
    <message>
        <source>This contact completes the follow-ups due by this date</source>
        <translation type="unfinished">ການຕິດຕໍ່ນີ້ຖືວ່າເຮັດນັດຕິດຕາມທີ່ຮອດກຳນົດ ພາຍໃນວັນທີນີ້ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Case file</source>
        <translation type="unfinished">ແຟ້ມຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">ການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">ນັດຕິດຕາມ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">ເຄື່ອງ</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">ອາສາສະໝັກ</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished">ຄູຝຶກ</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ເພດ</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">ປີເກີດ</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished">ກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">ສັນຊາດ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ເບີໂທ</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished">ປະເທດບ້ານເກີດ</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation type="unfinished">ແຂວງບ້ານເກີດ</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation type="unfinished">ບ່ອນຢູ່ປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished">ບ່ອນທີ່ຈະໄປ</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation type="unfinished">ສະຖານະການຍ້າຍຖິ່ນ</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished">ອາຊີບ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">ສະຖານະ HIV</translation>
    </message>
    <message>
        <source>On ART</source>
        <translation type="unfinished">ກຳລັງກິນຢາຕ້ານໄວຣັສ (ART)</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">ບ່ອນຮັບຢາ ART</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished">ວັນທີໃຫ້ການຍິນຍອມ</translation>
    </message>
    <message>
        <source>Consent to keep records</source>
        <translation type="unfinished">ຍິນຍອມໃຫ້ເກັບບັນທຶກ</translation>
    </message>
    <message>
        <source>Consent to contact by phone</source>
        <translation type="unfinished">ຍິນຍອມໃຫ້ຕິດຕໍ່ທາງໂທລະສັບ</translation>
    </message>
    <message>
        <source>Consent to share with partner</source>
        <translation type="unfinished">ຍິນຍອມໃຫ້ແບ່ງປັນກັບສະມາຄົມກາແດງທີ່ເປັນຄູ່ຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Assigned volunteer</source>
        <translation type="unfinished">ອາສາສະໝັກທີ່ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished">ສະຖານະແຟ້ມ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished">ປະເພດການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">ບໍລິການ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">ນັດຕິດຕາມຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished">ບັນທຶກໂດຍ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">ວັນກຳນົດ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">ເຫດຜົນ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ເຮັດແລ້ວ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">ເຮັດແລ້ວວັນທີ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished">(ຫວ່າງ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ແມ່ນ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ບໍ່</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The follow-up must belong to a case file.</source>
        <translation type="unfinished">ນັດຕິດຕາມຕ້ອງຢູ່ໃນແຟ້ມຂໍ້ມູນໃດໜຶ່ງ.</translation>
    </message>
    <message>
        <source>The follow-up needs a due date (YYYY-MM-DD).</source>
        <translation type="unfinished">ນັດຕິດຕາມຕ້ອງມີວັນທີກຳນົດ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished">ເຫດຜົນຍາວເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>Record the date on which the follow-up was done.</source>
        <translation type="unfinished">ບັນທຶກວັນທີທີ່ເຮັດນັດຕິດຕາມແລ້ວ.</translation>
    </message>
    <message>
        <source>Planned at a contact</source>
        <translation type="unfinished">ນັດໄວ້ຕອນຕິດຕໍ່</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished">ວາງແຜນນັດຕິດຕາມ</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished">ກຳນົດວັນທີ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">ເຫດຜົນ (&amp;R)</translation>
    </message>
    <message>
        <source>e.g. check that medicine was refilled</source>
        <translation type="unfinished">ເຊັ່ນ: ກວດເບິ່ງວ່າໄດ້ຮັບຢາຕໍ່ແລ້ວບໍ່</translation>
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

ຄັງຂໍ້ມູນລັບ (vault) ແມ່ນ DIR; ຖ້າບໍ່ໄດ້ໃຫ້ ແມ່ນ $CORRIDOR_VAULT; ຖ້າບໍ່ມີອີກ ແມ່ນ ~/.local/share/Corridor/vault.
ປະໂຫຍກລັບເອົາມາຈາກ --passphrase-file (ແຖວທຳອິດ; - ອ່ານຈາກ standard input) ຫຼື
ຈະຖືກຖາມຢູ່ໃນ terminal; ບໍ່ເອົາຈາກແຖວຄຳສັ່ງເລີຍ.

  init --user NAME --role volunteer|coordinator|trainer --org CRC|LRC|MRCS|TRCS --branch NAME
       [--device-name NAME] [--language km|lo|th|my|en] [--kdf calibrated|minimum]
                                 ສ້າງຄັງຂໍ້ມູນລັບ; ພິມ &quot;recovery key: KEY&quot; ອອກມາຄັ້ງດຽວ
  case add --uic CODE [--name NAME] [--sex female|male|other|unknown] [--birth-year YYYY]
       [--age-band 25-29] [--phone P] [--nationality KH|LA|MM|TH|…] [--languages km,th]
       [--origin-country CC] [--origin-province P] [--location L] [--destination D]
       [--migration-status documented|pending|undocumented|returned|prospective|unknown]
       [--occupation CODE] [--hiv-status unknown|negative|positive] [--on-art yes|no]
       [--art-site S] [--consent keep,contact,share-partner] [--consent-date YYYY-MM-DD]
       [--status active|closed|lost] [--notes TEXT]
                                 ພິມ id ຂອງແຟ້ມຂໍ້ມູນໃໝ່
  case edit ID [ຕົວເລືອກຂອງ case add]   (ຄ່າຫວ່າງຈະລຶບຂໍ້ມູນໃນຊ່ອງນັ້ນ)
  case list [--status S] [--due] [--limit N] [--json]
  case search TEXT [--json]      ຊອກດ້ວຍ UIC, ຊື່, ເບີໂທ ຫຼື ສະຖານທີ່; ພິມບາງສ່ວນຂອງຄຳກໍພໍ
  case show ID [--json]          ID ອາດເປັນຕົວອັກສອນທຳອິດຂອງ id, ຫຼື UIC
  encounter add --case ID [--date YYYY-MM-DD] [--kind outreach|phone|message|home|office|
       accompaniment|group] [--services info,condoms,testing,…] [--notes T]
       [--next-followup YYYY-MM-DD] [--keep-followups-open]
  encounter list --case ID [--json]
  followup due [--within DAYS] [--mine] [--json]    ທີ່ເລີຍກຳນົດ ແລະ ໃກ້ຮອດກຳນົດ (ຄ່າເລີ່ມຕົ້ນ 7 ມື້)
  followup add --case ID --due YYYY-MM-DD [--reason T]
  followup done ID [--date YYYY-MM-DD] [--undo]
  passwd --new-passphrase-file FILE
  recover --recovery-key-file FILE --new-passphrase-file FILE [--user NAME]
  user add --name NAME --role ROLE --new-passphrase-file FILE;  user list [--json]
  audit [--case ID] [--limit N] [--json]           ສະເພາະຜູ້ປະສານງານ
  info [--json];  check;  demo --cases N [--seed S]

ລະຫັດອອກ (exit status): 0 ສຳເລັດ, 1 ຜິດພາດ (ຂໍ້ຄວາມຢູ່ standard error), 2 ໃຊ້ຄຳສັ່ງຜິດ.</translation>
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

ຊິງ (ໄຟລ໌ຊິງທີ່ລົງລາຍເຊັນ ແລະ ເຂົ້າລະຫັດ, ເບິ່ງ core/sync/README.md):
  device id                      ລະຫັດເຄື່ອງຂອງຄອມພິວເຕີເຄື່ອງນີ້
  device card --out FILE [--png FILE]   ບັດປະຈຳເຄື່ອງຂອງຄອມພິວເຕີເຄື່ອງນີ້ (ແລະ QR code ເປັນຮູບ)
  device enrol FILE|IMAGE        ເຊື່ອຖືເຄື່ອງຂອງສະມາຄົມກາແດງຂອງທ່ານຈາກບັດປະຈຳເຄື່ອງ
                                 ຫຼື ລົງທະບຽນຄູ່ຮ່ວມງານຈາກບັດຂອງຜູ້ປະສານງານ
  device revoke ID;  device list [--json]
  device pubkey --minisign --out FILE   ກະແຈຂອງຄອມພິວເຕີເຄື່ອງນີ້ ສຳລັບ minisign -V
  device age-identity --out FILE        ກະແຈລັບຂອງຄອມພິວເຕີເຄື່ອງນີ້ ສຳລັບ age -d
                                 (ຖາມປະໂຫຍກລັບອີກຄັ້ງ; ເກັບໄຟລ໌ໄວ້ໃຫ້ປອດໄພ)
  bundle export --peer DEVICE_ID --out FILE
  bundle import FILE… [--json]   ອອກດ້ວຍ 1 ຖ້າມີໄຟລ໌ຊິງຖືກປະຕິເສດ
  bundle inspect FILE [--json]   ຂໍ້ມູນສ່ວນຫົວ ໂດຍບໍ່ຖອດລະຫັດ
  conflicts list [--json]
  conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)
  case history ID [--json];  case erase ID --reason TEXT
       [--second-user NAME --second-passphrase-file FILE]   (ອາສາສະໝັກຕ້ອງມີຜູ້ໃຊ້ຄົນທີສອງຢືນຢັນ)
  sync [--inbox DIR] [--outbox DIR] [--json]   ນຳເຂົ້າໄຟລ໌ຊິງໃໝ່, ຂຽນໄຟລ໌ຊິງໃຫ້ເຄື່ອງອື່ນ
  sync folders --inbox DIR --outbox DIR;  sync status [--json]
  dump --canonical               ສະຖານະປັດຈຸບັນຂອງທຸກລາຍການທີ່ຊິງ, ລຽງລຳດັບແລ້ວ</translation>
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

ການສົ່ງຕໍ່ (ສະມາຄົມກາແດງແຫ່ງຊາດທີ່ເປັນຄູ່ຮ່ວມງານ ຈະໄດ້ຮັບສະເພາະການສົ່ງຕໍ່ທີ່ສົ່ງເຖິງຕົນ):
  site list [--country KH|LA|MM|TH] [--json]        ລາຍຊື່ສະຖານບໍລິການ ຕາມທີ່ສາຂາຂອງທ່ານເກັບໄວ້
  site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A]
       [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S]
  site edit SITE_ID [ຕົວເລືອກຂອງ site add]   ການແກ້ໄຂຈະຊິງໄປເຖິງສາຂາ
  referral create --case ID --to-site SITE_ID --reason art|testing|pss|documents|other
       [--visit-before YYYY-MM-DD] [--travel-date YYYY-MM-DD] [--langs th,lo]
       [--regimen TEXT] [--last-dispense YYYY-MM-DD] [--days-supplied N]
       [--viral-load-date YYYY-MM-DD] [--viral-load-result TEXT]
       [--sender-contact TEXT] [--to-contact NAME]
                                 ພິມລະຫັດການສົ່ງຕໍ່; ການສົ່ງໃຫ້ຄູ່ຮ່ວມງານ ຕ້ອງມີການຍິນຍອມຂອງເຈົ້າຕົວ
  referral list [--overdue] [--json];  referral show CODE [--json]
  referral status CODE sent|received|arrived|linked|closed|declined|lost [--note TEXT]
  referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo,en] [--clinician-page] [--a4]
                                 ໃບສົ່ງຕໍ່ເປັນສອງ ຫຼື ສາມພາສາ; QR code ຂອງມັນຖືກເຂົ້າລະຫັດ
                                 ໃຫ້ສະເພາະສະມາຄົມກາແດງແຫ່ງຊາດທີ່ສົ່ງ ແລະ ທີ່ຮັບ
  referral scan IMAGE [--json]   ຮູບຖ່າຍ ຫຼື ຮູບພາບຂອງໃບສົ່ງຕໍ່: ເພີ່ມການສົ່ງຕໍ່ເທື່ອດຽວ ແລະ
                                 ບັນທຶກວ່າໄດ້ຮັບແລ້ວ; ອອກດ້ວຍ 1 ຖ້າບໍ່ພົບຂໍ້ມູນທີ່ຖືກຕ້ອງ

ເນື້ອຫາ (ປຶ້ມຄູ່ມື &quot;ຮູ້ກ່ອນໄປ&quot;, ຫຼັກສູດ) ແລະ ບັນທຶກການຝຶກອົບຮົມ:
  content list [--json]          ຊຸດເນື້ອຫາທີ່ໃຊ້ຢູ່: ລຸ້ນ, ພາກຕ່າງໆ ແລະ ພາສາຂອງແຕ່ລະພາກ
  content export-booklet --lang km[,en] --pdf FILE
                                 ປຶ້ມຄູ່ມືເປັນໜ້າ A5, ໜຶ່ງພາສາ ຫຼື ສອງພາສາຄູ່ກັນ
  content import FILE            ຊຸດເນື້ອຫາລຸ້ນໃໝ່ກວ່າ ທີ່ເຊັນໂດຍຜູ້ປະສານງານ ຫຼື ຄູຝຶກທີ່ລົງທະບຽນແລ້ວ
  content build --source FOLDER --out FILE
                                 ເຊັນຊຸດເນື້ອຫາຈາກໄຟລ໌ Markdown (ຜູ້ປະສານງານ ຫຼື ຄູຝຶກ)
  curriculum list [--json] [--lang km]
                                 ໂມດູນ, ບົດຮຽນ ພ້ອມຈຸດປະສົງ ແລະ ແບບທົດສອບ
  training add --modules M1[,M2] --date YYYY-MM-DD --place TEXT [--trainer NAME]
               (--attendee NAME,SEX[,ROLE[,PRE[,POST]]] … | --attendees FILE.csv) [--notes TEXT]
  training list [--json];  training summary [--json]   ຈຳນວນຄົນທີ່ໄດ້ຮັບການຝຶກ ແຍກຕາມໂມດູນ ແລະ ເພດ</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>vault.keys is missing: without it the vault cannot be opened. Restore it from a backup of the vault folder.</source>
        <translation type="unfinished">ບໍ່ພົບ vault.keys: ຖ້າບໍ່ມີມັນ ຈະເປີດຄັງຂໍ້ມູນລັບບໍ່ໄດ້. ກະລຸນາເອົາມັນຄືນມາຈາກສຳເນົາສຳຮອງຂອງໂຟນເດີຄັງຂໍ້ມູນລັບ.</translation>
    </message>
    <message>
        <source>vault.keys is damaged: %1</source>
        <translation type="unfinished">vault.keys ເສຍຫາຍ: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">ໄຟລ໌ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>it is not readable JSON (truncated or overwritten?)</source>
        <translation type="unfinished">ມັນບໍ່ແມ່ນ JSON ທີ່ອ່ານໄດ້ (ຖືກຕັດ ຫຼື ຖືກຂຽນທັບບໍ?)</translation>
    </message>
    <message>
        <source>it is not a Corridor key file</source>
        <translation type="unfinished">ມັນບໍ່ແມ່ນໄຟລ໌ກະແຈຂອງ Corridor</translation>
    </message>
    <message>
        <source>vault.keys has format version %1; this Corridor reads version %2. Update Corridor.</source>
        <translation type="unfinished">vault.keys ເປັນຮູບແບບລຸ້ນ %1; Corridor ລຸ້ນນີ້ອ່ານໄດ້ລຸ້ນ %2. ກະລຸນາອັບເດດ Corridor.</translation>
    </message>
    <message>
        <source>the vault id is missing or malformed</source>
        <translation type="unfinished">ລະຫັດ (id) ຂອງຄັງຂໍ້ມູນລັບບໍ່ມີ ຫຼື ຜິດຮູບແບບ</translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation type="unfinished">ມັນບໍ່ມີຊ່ອງກະແຈ</translation>
    </message>
    <message>
        <source>it holds more key slots than allowed</source>
        <translation type="unfinished">ມັນມີຊ່ອງກະແຈຫຼາຍເກີນທີ່ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>a key slot is incomplete</source>
        <translation type="unfinished">ມີຊ່ອງກະແຈໜຶ່ງບໍ່ຄົບຖ້ວນ</translation>
    </message>
    <message>
        <source>a key slot has an unknown kind or algorithm</source>
        <translation type="unfinished">ມີຊ່ອງກະແຈໜຶ່ງເປັນປະເພດ ຫຼື ວິທີເຂົ້າລະຫັດທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>its checksum is missing</source>
        <translation type="unfinished">ບໍ່ມີຄ່າກວດສອບ (checksum) ຂອງມັນ</translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation type="unfinished">ຄ່າກວດສອບ (checksum) ບໍ່ກົງກັບເນື້ອໃນ</translation>
    </message>
    <message>
        <source>vault.keys was changed outside Corridor (its authentication code does not match). Restore it from a backup and tell your coordinator.</source>
        <translation type="unfinished">vault.keys ຖືກປ່ຽນຢູ່ນອກ Corridor (ລະຫັດຢືນຢັນບໍ່ກົງກັນ). ກະລຸນາເອົາມັນຄືນມາຈາກສຳເນົາສຳຮອງ ແລະ ແຈ້ງຜູ້ປະສານງານຂອງທ່ານ.</translation>
    </message>
</context>
<context>
    <name>LessonMarkdown</name>
    <message>
        <source>The text does not start with a &quot;# Title&quot; line.</source>
        <translation type="unfinished">ຂໍ້ຄວາມບໍ່ໄດ້ເລີ່ມຕົ້ນດ້ວຍແຖວຫົວຂໍ້ &quot;# ຫົວຂໍ້&quot;.</translation>
    </message>
    <message>
        <source>The title line is empty.</source>
        <translation type="unfinished">ແຖວຫົວຂໍ້ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not one of the lesson parts (Objectives, Facilitator notes, Participant content, Quiz).</source>
        <translation type="unfinished">ແຖວ %1: &quot;%2&quot; ບໍ່ແມ່ນສ່ວນໃດໜຶ່ງຂອງບົດຮຽນ (Objectives, Facilitator notes, Participant content, Quiz).</translation>
    </message>
    <message>
        <source>Line %1: text before the first lesson part.</source>
        <translation type="unfinished">ແຖວ %1: ມີຂໍ້ຄວາມຢູ່ກ່ອນສ່ວນທຳອິດຂອງບົດຮຽນ.</translation>
    </message>
    <message>
        <source>Line %1: objectives are a list of &quot;- &quot; items.</source>
        <translation type="unfinished">ແຖວ %1: ຈຸດປະສົງຕ້ອງຂຽນເປັນລາຍການທີ່ຂຶ້ນຕົ້ນດ້ວຍ &quot;- &quot;.</translation>
    </message>
    <message>
        <source>Line %1: a quiz question starts with &quot;### &quot;.</source>
        <translation type="unfinished">ແຖວ %1: ຄຳຖາມໃນແບບທົດສອບຕ້ອງຂຶ້ນຕົ້ນດ້ວຍ &quot;### &quot;.</translation>
    </message>
    <message>
        <source>Line %1: the question &quot;%2&quot; has more than one right answer.</source>
        <translation type="unfinished">ແຖວ %1: ຄຳຖາມ &quot;%2&quot; ມີຄຳຕອບທີ່ຖືກຫຼາຍກວ່າໜຶ່ງຂໍ້.</translation>
    </message>
    <message>
        <source>Line %1: in a quiz, use &quot;- [ ]&quot; or &quot;- [x]&quot; for answers and &quot;&gt; Why:&quot; for the explanation.</source>
        <translation type="unfinished">ແຖວ %1: ໃນແບບທົດສອບ, ໃຫ້ໃຊ້ &quot;- [ ]&quot; ຫຼື &quot;- [x]&quot; ສຳລັບຄຳຕອບ ແລະ &quot;&gt; Why:&quot; ສຳລັບຄຳອະທິບາຍ.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs at least two answers and one marked right with &quot;- [x]&quot;.</source>
        <translation type="unfinished">ຄຳຖາມ &quot;%1&quot; ຕ້ອງມີຄຳຕອບຢ່າງໜ້ອຍສອງຂໍ້ ແລະ ມີໜຶ່ງຂໍ້ທີ່ໝາຍວ່າຖືກດ້ວຍ &quot;- [x]&quot;.</translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>the signature file is malformed: %1</source>
        <translation type="unfinished">ໄຟລ໌ລາຍເຊັນຜິດຮູບແບບ: %1</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished">ມັນໃຫຍ່ເກີນໄປ</translation>
    </message>
    <message>
        <source>it does not have four lines</source>
        <translation type="unfinished">ມັນບໍ່ມີສີ່ແຖວ</translation>
    </message>
    <message>
        <source>a comment line is missing</source>
        <translation type="unfinished">ບໍ່ມີແຖວໝາຍເຫດ (comment)</translation>
    </message>
    <message>
        <source>a signature line has the wrong length</source>
        <translation type="unfinished">ແຖວລາຍເຊັນມີຄວາມຍາວບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>only prehashed (ED) minisign signatures are accepted</source>
        <translation type="unfinished">ຮັບສະເພາະລາຍເຊັນ minisign ແບບ prehashed (ED) ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>the trusted comment is not valid text</source>
        <translation type="unfinished">ໝາຍເຫດທີ່ເຊື່ອຖືໄດ້ (trusted comment) ບໍ່ແມ່ນຂໍ້ຄວາມທີ່ຖືກຕ້ອງ</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Cambodian Red Cross</source>
        <translation type="unfinished">ກາແດງກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>Lao Red Cross</source>
        <translation type="unfinished">ສະພາກາແດງລາວ</translation>
    </message>
    <message>
        <source>Myanmar Red Cross Society</source>
        <translation type="unfinished">ສະມາຄົມກາແດງມຽນມາ</translation>
    </message>
    <message>
        <source>Thai Red Cross Society</source>
        <translation type="unfinished">ສະພາກາແດງໄທ</translation>
    </message>
</context>
<context>
    <name>PackFile</name>
    <message>
        <source>The content pack is larger than %1 MB.</source>
        <translation type="unfinished">ຊຸດເນື້ອຫາໃຫຍ່ເກີນ %1 MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished">ໄຟລ໌ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: it is not a content pack.</source>
        <translation type="unfinished">ໄຟລ໌ໃຫຍ່ເກີນ %1 MB: ມັນບໍ່ແມ່ນຊຸດເນື້ອຫາ.</translation>
    </message>
    <message>
        <source>This is not a Corridor content pack (%1).</source>
        <translation type="unfinished">ນີ້ບໍ່ແມ່ນຊຸດເນື້ອຫາຂອງ Corridor (%1).</translation>
    </message>
    <message>
        <source>Content pack signature</source>
        <translation type="unfinished">ລາຍເຊັນຂອງຊຸດເນື້ອຫາ</translation>
    </message>
    <message>
        <source>This content pack&apos;s signature file was changed after it was signed.</source>
        <translation type="unfinished">ໄຟລ໌ລາຍເຊັນຂອງຊຸດເນື້ອຫານີ້ ຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">ປະໂຫຍກລັບ</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished">ຜູ້ໃຊ້ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">ຊື່ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">ບົດບາດ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">ປະໂຫຍກລັບໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished">ພິມອີກຄັ້ງ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>PassphraseKdf</name>
    <message>
        <source>the key derivation salt has the wrong length</source>
        <translation type="unfinished">ຄ່າ salt ສຳລັບສ້າງກະແຈ ມີຄວາມຍາວບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>the key derivation settings are weaker than Corridor ever writes</source>
        <translation type="unfinished">ການຕັ້ງຄ່າສ້າງກະແຈ ອ່ອນກວ່າທີ່ Corridor ເຄີຍຂຽນ</translation>
    </message>
    <message>
        <source>the key derivation settings ask for more memory or time than allowed</source>
        <translation type="unfinished">ການຕັ້ງຄ່າສ້າງກະແຈ ຕ້ອງການໜ່ວຍຄວາມຈຳ ຫຼື ເວລາ ຫຼາຍເກີນທີ່ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">ໂປຣແກຣມເຂົ້າລະຫັດເລີ່ມເຮັດວຽກບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation type="unfinished">ໜ່ວຍຄວາມຈຳບໍ່ພໍ ເພື່ອສ້າງກະແຈຈາກປະໂຫຍກລັບ</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase needs at least %1 characters. A short sentence in your own language is easy to remember and hard to guess.</source>
        <translation type="unfinished">ປະໂຫຍກລັບຕ້ອງມີຢ່າງໜ້ອຍ %1 ຕົວອັກສອນ. ປະໂຫຍກສັ້ນໆ ເປັນພາສາຂອງທ່ານເອງ ຈື່ງ່າຍ ແລະ ຄົນອື່ນເດົາຍາກ.</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters; choose words instead.</source>
        <translation type="unfinished">ປະໂຫຍກລັບມີແຕ່ຕົວອັກສອນບໍ່ເທົ່າໃດຕົວທີ່ຊ້ຳກັນ; ກະລຸນາໃຊ້ເປັນຄຳເວົ້າແທນ.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished">ສັ້ນເກີນໄປ: ຢ່າງໜ້ອຍ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation type="unfinished">ອ່ອນ: ເພີ່ມອີກສອງສາມຄຳ.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it strong.</source>
        <translation type="unfinished">ພໍໃຊ້ໄດ້: ເພີ່ມອີກໜຶ່ງ ຫຼື ສອງຄຳ ຈະແຂງແຮງ.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">ແຂງແຮງ.</translation>
    </message>
</context>
<context>
    <name>PracticeVault</name>
    <message>
        <source>Practice volunteer</source>
        <translation type="unfinished">ອາສາສະໝັກຝຶກຫັດ</translation>
    </message>
    <message>
        <source>Practice branch</source>
        <translation type="unfinished">ສາຂາຝຶກຫັດ</translation>
    </message>
    <message>
        <source>Practice laptop</source>
        <translation type="unfinished">ຄອມພິວເຕີຝຶກຫັດ</translation>
    </message>
    <message>
        <source>Practice coordinator</source>
        <translation type="unfinished">ຜູ້ປະສານງານຝຶກຫັດ</translation>
    </message>
    <message>
        <source>Coordinator&apos;s laptop (practice)</source>
        <translation type="unfinished">ຄອມພິວເຕີຂອງຜູ້ປະສານງານ (ຝຶກຫັດ)</translation>
    </message>
    <message>
        <source>Practice partner coordinator</source>
        <translation type="unfinished">ຜູ້ປະສານງານຝຶກຫັດຂອງຄູ່ຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Partner&apos;s laptop (practice)</source>
        <translation type="unfinished">ຄອມພິວເຕີຂອງຄູ່ຮ່ວມງານ (ຝຶກຫັດ)</translation>
    </message>
    <message>
        <source>Practice branch office</source>
        <translation type="unfinished">ຫ້ອງການສາຂາຝຶກຫັດ</translation>
    </message>
    <message>
        <source>Practice trainer</source>
        <translation type="unfinished">ຄູຝຶກ (ຝຶກຫັດ)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">ຍົກເລີກ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">ວາງ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ຕົກລົງ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">ແມ່ນທັງໝົດ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ບໍ່ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">ບໍ່ທັງໝົດ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">ຢຸດ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ປິດ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">ຖິ້ມ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">ຕັ້ງຄືນ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">ກັບຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; ກັບຄືນ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">ຕໍ່ໄປ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">ສຳເລັດ (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished">ຢືນຢັນ</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>there is nothing to put in the QR code</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຈະໃສ່ໃນ QR code</translation>
    </message>
    <message>
        <source>the text is too long for a QR code</source>
        <translation type="unfinished">ຂໍ້ຄວາມຍາວເກີນໄປສຳລັບ QR code</translation>
    </message>
    <message>
        <source>the picture is empty or could not be read</source>
        <translation type="unfinished">ຮູບພາບຫວ່າງເປົ່າ ຫຼື ອ່ານບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>no QR code was found in the picture</source>
        <translation type="unfinished">ບໍ່ພົບ QR code ໃນຮູບພາບ</translation>
    </message>
    <message>
        <source>the picture could not be searched for a QR code</source>
        <translation type="unfinished">ຊອກຫາ QR code ໃນຮູບພາບບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>QrTextFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">ບໍ່ມີໄຟລ໌ %1.</translation>
    </message>
    <message>
        <source>The file is too large to be a card or a picture of one.</source>
        <translation type="unfinished">ໄຟລ໌ໃຫຍ່ເກີນກວ່າຈະເປັນບັດປະຈຳເຄື່ອງ ຫຼື ຮູບພາບຂອງບັດ.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished">ອ່ານໄຟລ໌ %1 ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished">ໄຟລ໌ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>This is neither a card nor a picture Corridor can read.</source>
        <translation type="unfinished">ນີ້ບໍ່ແມ່ນບັດປະຈຳເຄື່ອງ ແລະ ບໍ່ແມ່ນຮູບພາບທີ່ Corridor ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>The picture holds a QR code, but not a Corridor card.</source>
        <translation type="unfinished">ຮູບພາບນີ້ມີ QR code, ແຕ່ບໍ່ແມ່ນບັດປະຈຳເຄື່ອງຂອງ Corridor.</translation>
    </message>
    <message>
        <source>The file is too large for a picture (over %1 MB).</source>
        <translation type="unfinished">ໄຟລ໌ໃຫຍ່ເກີນກວ່າຈະເປັນຮູບພາບ (ເກີນ %1 MB).</translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels).</source>
        <translation type="unfinished">ຮູບພາບໃຫຍ່ເກີນໄປ (%1 × %2 ພິກເຊວ).</translation>
    </message>
    <message>
        <source>This is not a picture Corridor can read.</source>
        <translation type="unfinished">ນີ້ບໍ່ແມ່ນຮູບພາບທີ່ Corridor ອ່ານໄດ້.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>no user is signed in</source>
        <translation type="unfinished">ບໍ່ມີຜູ້ໃຊ້ເຂົ້າສູ່ລະບົບ</translation>
    </message>
    <message>
        <source>this record was erased and cannot be changed</source>
        <translation type="unfinished">ລາຍການຂໍ້ມູນນີ້ຖືກລຶບແລ້ວ ແລະ ແກ້ໄຂບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the record has no field %1</source>
        <translation type="unfinished">ລາຍການຂໍ້ມູນນີ້ບໍ່ມີຊ່ອງຂໍ້ມູນ %1</translation>
    </message>
    <message>
        <source>this record was already erased</source>
        <translation type="unfinished">ລາຍການຂໍ້ມູນນີ້ຖືກລຶບໄປແລ້ວ</translation>
    </message>
    <message>
        <source>an erased changeset of a record that is not erased here</source>
        <translation type="unfinished">ຊຸດການປ່ຽນແປງທີ່ຖືກລຶບແລ້ວ ຂອງລາຍການຂໍ້ມູນທີ່ຍັງບໍ່ຖືກລຶບຢູ່ທີ່ນີ້</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>the recovery key contains &apos;%1&apos;, which is not one of its letters or digits</source>
        <translation type="unfinished">ກະແຈກູ້ຄືນມີ &apos;%1&apos; ເຊິ່ງບໍ່ແມ່ນຕົວອັກສອນ ຫຼື ຕົວເລກທີ່ໃຊ້ໃນກະແຈ</translation>
    </message>
    <message>
        <source>a recovery key has %1 letters and digits; this one has %2</source>
        <translation type="unfinished">ກະແຈກູ້ຄືນມີຕົວອັກສອນ ແລະ ຕົວເລກ %1 ຕົວ; ອັນນີ້ມີ %2 ຕົວ</translation>
    </message>
    <message>
        <source>the recovery key has a typing mistake (its check letters do not match); please compare it with the printed copy</source>
        <translation type="unfinished">ກະແຈກູ້ຄືນພິມຜິດ (ຕົວອັກສອນກວດສອບບໍ່ກົງກັນ); ກະລຸນາທຽບກັບສະບັບທີ່ພິມອອກ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Corridor recovery key</source>
        <translation type="unfinished">ກະແຈກູ້ຄືນ Corridor</translation>
    </message>
    <message>
        <source>Vault of %1, %2 branch — laptop “%3”, first user %4.
Vault id %5. Printed %6.</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບຂອງ %1, ສາຂາ %2 — ຄອມພິວເຕີ “%3”, ຜູ້ໃຊ້ຄົນທຳອິດ %4.
ລະຫັດຄັງຂໍ້ມູນລັບ %5. ພິມເມື່ອ %6.</translation>
    </message>
    <message>
        <source>This key opens the case files on that laptop when a passphrase is forgotten. Anyone who holds it and the laptop can read them. Keep this page in the coordinator&apos;s locked safe; never photograph it, send it in a chat app or keep it with the laptop.</source>
        <translation type="unfinished">ກະແຈນີ້ເປີດແຟ້ມຂໍ້ມູນໃນຄອມພິວເຕີເຄື່ອງນັ້ນໄດ້ ເມື່ອລືມປະໂຫຍກລັບ. ໃຜກໍຕາມທີ່ມີກະແຈນີ້ ແລະ ຄອມພິວເຕີເຄື່ອງນັ້ນ ຈະອ່ານແຟ້ມຂໍ້ມູນໄດ້. ເກັບເຈ້ຍແຜ່ນນີ້ໄວ້ໃນຕູ້ເຊບທີ່ລັອກຂອງຜູ້ປະສານງານ; ຢ່າຖ່າຍຮູບ, ຢ່າສົ່ງທາງແອັບແຊັດ ແລະ ຢ່າເກັບໄວ້ນຳຄອມພິວເຕີ.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished">ພິມກະແຈກູ້ຄືນ</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>A referral code has %1 letters and digits (like ABCD-EFGH-JK7).</source>
        <translation type="unfinished">ລະຫັດການສົ່ງຕໍ່ມີຕົວອັກສອນ ແລະ ຕົວເລກ %1 ຕົວ (ເຊັ່ນ: ABCD-EFGH-JK7).</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a referral code.</source>
        <translation type="unfinished">“%1” ບໍ່ສາມາດເປັນສ່ວນໜຶ່ງຂອງລະຫັດການສົ່ງຕໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>This referral code has a typing mistake: check each letter and digit again.</source>
        <translation type="unfinished">ລະຫັດການສົ່ງຕໍ່ນີ້ພິມຜິດ: ກະລຸນາກວດຕົວອັກສອນ ແລະ ຕົວເລກແຕ່ລະຕົວອີກຄັ້ງ.</translation>
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
        <translation type="unfinished">ວັນທີຕ້ອງຂຽນແບບ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--days-supplied takes a number of days</source>
        <translation type="unfinished">--days-supplied ຕ້ອງເປັນຈຳນວນມື້</translation>
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
        <translation type="unfinished">ເພີ່ມການສົ່ງຕໍ່ໃໝ່ຈາກໃບສົ່ງຕໍ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>This referral was already on this laptop; nothing was duplicated.</source>
        <translation type="unfinished">ການສົ່ງຕໍ່ນີ້ມີຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້ແລ້ວ; ບໍ່ໄດ້ເພີ່ມຊ້ຳ.</translation>
    </message>
    <message>
        <source>referral create|list|show|status|slip|scan</source>
        <translation type="unfinished">referral create|list|show|status|slip|scan</translation>
    </message>
    <message>
        <source>overdue: %1 by %2</source>
        <translation type="unfinished">ເລີຍກຳນົດ: %1 ພາຍໃນວັນທີ %2</translation>
    </message>
    <message>
        <source>site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A] [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S];  site edit SITE_ID [the same options]</source>
        <translation type="unfinished">site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A] [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S];  site edit SITE_ID [ຕົວເລືອກດຽວກັນ]</translation>
    </message>
    <message>
        <source>site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …</source>
        <translation type="unfinished">site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …</translation>
    </message>
    <message>
        <source>Showing the built-in directory only: %1</source>
        <translation type="unfinished">ສະແດງສະເພາະລາຍຊື່ສະຖານບໍລິການທີ່ມາພ້ອມກັບໂປຣແກຣມ: %1</translation>
    </message>
</context>
<context>
    <name>ReferralEvent</name>
    <message>
        <source>Created</source>
        <translation type="unfinished">ສ້າງໃໝ່</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>Received by the other side</source>
        <translation type="unfinished">ອີກຝ່າຍໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished">ມາຮອດແລ້ວ</translation>
    </message>
    <message>
        <source>Linked to care</source>
        <translation type="unfinished">ເຂົ້າຮັບການດູແລປິ່ນປົວແລ້ວ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ປິດແລ້ວ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">ປະຕິເສດແລ້ວ</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished">ຂາດການຕິດຕາມ</translation>
    </message>
    <message>
        <source>ART continuation</source>
        <translation type="unfinished">ສືບຕໍ່ການປິ່ນປົວດ້ວຍຢາຕ້ານໄວຣັສ (ART)</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished">ກວດຫາເຊື້ອ HIV</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອດ້ານຈິດໃຈ ແລະ ສັງຄົມ</translation>
    </message>
    <message>
        <source>Identity documents (embassy)</source>
        <translation type="unfinished">ເອກະສານຢັ້ງຢືນຕົວຕົນ (ສະຖານທູດ)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">ກະລຸນາເຂົ້າສູ່ລະບົບກ່ອນ.</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to referrals.</source>
        <translation type="unfinished">ບົດບາດຂອງທ່ານ (ຄູຝຶກ) ບໍ່ສາມາດເບິ່ງການສົ່ງຕໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Give at least one reason for the referral.</source>
        <translation type="unfinished">ກະລຸນາໃສ່ເຫດຜົນຂອງການສົ່ງຕໍ່ຢ່າງໜ້ອຍໜຶ່ງຂໍ້.</translation>
    </message>
    <message>
        <source>“%1” is not a referral reason (%2).</source>
        <translation type="unfinished">“%1” ບໍ່ແມ່ນເຫດຜົນການສົ່ງຕໍ່ທີ່ໃຊ້ໄດ້ (%2).</translation>
    </message>
    <message>
        <source>Days of medicine supplied must be between 0 and 1000.</source>
        <translation type="unfinished">ຈຳນວນມື້ຂອງຢາທີ່ໃຫ້ໄປ ຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 1000 ມື້.</translation>
    </message>
    <message>
        <source>%1&apos;s consent does not allow sharing with a partner National Society: record that consent in the case file first.</source>
        <translation type="unfinished">ການຍິນຍອມຂອງ %1 ບໍ່ອະນຸຍາດໃຫ້ແບ່ງປັນກັບສະມາຄົມກາແດງແຫ່ງຊາດທີ່ເປັນຄູ່ຮ່ວມງານ: ກະລຸນາບັນທຶກການຍິນຍອມນັ້ນໃນແຟ້ມຂໍ້ມູນກ່ອນ.</translation>
    </message>
    <message>
        <source>“%1” is not a referral step (%2).</source>
        <translation type="unfinished">“%1” ບໍ່ແມ່ນຂັ້ນຕອນການສົ່ງຕໍ່ທີ່ໃຊ້ໄດ້ (%2).</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished">ບັນທຶກຍາວເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>No referral with the code %1 is on this laptop.</source>
        <translation type="unfinished">ຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ມີການສົ່ງຕໍ່ທີ່ມີລະຫັດ %1.</translation>
    </message>
    <message>
        <source>Another referral with the code %1 is already on this laptop; check the slip with its sender.</source>
        <translation type="unfinished">ຄອມພິວເຕີເຄື່ອງນີ້ມີການສົ່ງຕໍ່ອື່ນທີ່ໃຊ້ລະຫັດ %1 ຢູ່ແລ້ວ; ກະລຸນາກວດໃບສົ່ງຕໍ່ນີ້ກັບຜູ້ສົ່ງ.</translation>
    </message>
    <message>
        <source>slip scanned</source>
        <translation type="unfinished">ສະແກນໃບສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Health service referral</source>
        <translation type="unfinished">ໃບສົ່ງຕໍ່ຮັບບໍລິການສຸຂະພາບ</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished">ລະຫັດການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation type="unfinished">ກະລຸນາໄປທີ່</translation>
    </message>
    <message>
        <source>Visit before</source>
        <translation type="unfinished">ກະລຸນາໄປກ່ອນວັນທີ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ເບີໂທ</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">ເວລາເປີດບໍລິການ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished">ສົ່ງຕໍ່ໂດຍ</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">ສຳລັບ</translation>
    </message>
    <message>
        <source>Show this slip at the reception. Staff can scan the square code or type the referral code.</source>
        <translation type="unfinished">ກະລຸນາສະແດງໃບນີ້ຢູ່ບ່ອນຕ້ອນຮັບ. ພະນັກງານສາມາດສະແກນລະຫັດສີ່ຫຼ່ຽມ ຫຼື ພິມລະຫັດການສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <source>Keep this slip safe and show it only to the service.</source>
        <translation type="unfinished">ກະລຸນາເກັບໃບນີ້ໄວ້ໃຫ້ດີ ແລະ ສະແດງໃຫ້ສະເພາະສະຖານບໍລິການເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>For staff: scan with Corridor</source>
        <translation type="unfinished">ສຳລັບພະນັກງານ: ສະແກນດ້ວຍ Corridor</translation>
    </message>
    <message>
        <source>No square code on this slip: type the referral code.</source>
        <translation type="unfinished">ໃບນີ້ບໍ່ມີລະຫັດສີ່ຫຼ່ຽມ: ກະລຸນາພິມລະຫັດການສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <source>Clinician page: confidential</source>
        <translation type="unfinished">ໜ້າສຳລັບແພດ: ເປັນຄວາມລັບ</translation>
    </message>
    <message>
        <source>Client code (UIC)</source>
        <translation type="unfinished">ລະຫັດຜູ້ຮັບບໍລິການ (UIC)</translation>
    </message>
    <message>
        <source>Reasons for referral</source>
        <translation type="unfinished">ເຫດຜົນຂອງການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation type="unfinished">ສູດຢາ</translation>
    </message>
    <message>
        <source>Last dispense</source>
        <translation type="unfinished">ຈ່າຍຢາຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <source>Days of medicine supplied</source>
        <translation type="unfinished">ຈຳນວນມື້ຂອງຢາທີ່ໃຫ້ໄປ</translation>
    </message>
    <message>
        <source>Viral load</source>
        <translation type="unfinished">ປະລິມານເຊື້ອໄວຣັສ (viral load)</translation>
    </message>
    <message>
        <source>Expected travel date</source>
        <translation type="unfinished">ວັນທີຄາດວ່າຈະເດີນທາງ</translation>
    </message>
    <message>
        <source>The client consented to sharing these details with the receiving service.</source>
        <translation type="unfinished">ຜູ້ຮັບບໍລິການໄດ້ຍິນຍອມໃຫ້ແບ່ງປັນຂໍ້ມູນເຫຼົ່ານີ້ກັບສະຖານບໍລິການທີ່ຮັບ.</translation>
    </message>
    <message>
        <source>ART continuation</source>
        <translation type="unfinished">ສືບຕໍ່ການປິ່ນປົວດ້ວຍຢາຕ້ານໄວຣັສ (ART)</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished">ກວດຫາເຊື້ອ HIV</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອດ້ານຈິດໃຈ ແລະ ສັງຄົມ</translation>
    </message>
    <message>
        <source>Identity documents (embassy)</source>
        <translation type="unfinished">ເອກະສານຢັ້ງຢືນຕົວຕົນ (ສະຖານທູດ)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
    <message>
        <source>“%1” is not a slip language (%2).</source>
        <translation type="unfinished">“%1” ບໍ່ແມ່ນພາສາທີ່ໃຊ້ໄດ້ໃນໃບສົ່ງຕໍ່ (%2).</translation>
    </message>
    <message>
        <source>Choose two or three languages for the slip.</source>
        <translation type="unfinished">ກະລຸນາເລືອກສອງ ຫຼື ສາມພາສາສຳລັບໃບສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <source>Could not start printing the slip.</source>
        <translation type="unfinished">ເລີ່ມພິມໃບສົ່ງຕໍ່ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Could not finish printing the slip.</source>
        <translation type="unfinished">ພິມໃບສົ່ງຕໍ່ໃຫ້ສຳເລັດບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">ບໍ່ມີໂຟນເດີ %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">ຂຽນ %1 ບໍ່ໄດ້: %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlips</name>
    <message>
        <source>This laptop holds no key of %1 yet, so the slip&apos;s QR code cannot be made. Ask your coordinator to register %1&apos;s coordinator card and sync; the referral code on the slip works meanwhile.</source>
        <translation type="unfinished">ຄອມພິວເຕີເຄື່ອງນີ້ຍັງບໍ່ມີກະແຈຂອງ %1, ຈຶ່ງສ້າງລະຫັດ QR ຂອງໃບສົ່ງຕໍ່ບໍ່ໄດ້. ກະລຸນາໃຫ້ຜູ້ປະສານງານຂອງທ່ານລົງທະບຽນບັດປະຈຳເຄື່ອງຂອງຜູ້ປະສານງານ %1 ແລ້ວຊິງ; ໃນລະຫວ່າງນີ້ ລະຫັດການສົ່ງຕໍ່ທີ່ຢູ່ໃນໃບສົ່ງຕໍ່ຍັງໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <source>The slip was made on a device this laptop does not know (%1). Sync with your coordinator first, or type the referral code printed on the slip.</source>
        <translation type="unfinished">ໃບສົ່ງຕໍ່ນີ້ຖືກສ້າງຢູ່ເຄື່ອງທີ່ຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ຮູ້ຈັກ (%1). ກະລຸນາຊິງກັບຜູ້ປະສານງານຂອງທ່ານກ່ອນ, ຫຼື ພິມລະຫັດການສົ່ງຕໍ່ທີ່ຢູ່ໃນໃບສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <source>The slip was made on a device that has been revoked (%1). Do not trust it; call the sending National Society to check the referral.</source>
        <translation type="unfinished">ໃບສົ່ງຕໍ່ນີ້ຖືກສ້າງຢູ່ເຄື່ອງທີ່ຖືກເພີກຖອນແລ້ວ (%1). ຢ່າເຊື່ອຖືມັນ; ກະລຸນາໂທຫາສະມາຄົມກາແດງແຫ່ງຊາດທີ່ສົ່ງມາ ເພື່ອກວດສອບການສົ່ງຕໍ່ນີ້.</translation>
    </message>
    <message>
        <source>The slip&apos;s code has been changed since it was made: its signature does not match.</source>
        <translation type="unfinished">ລະຫັດ QR ຂອງໃບສົ່ງຕໍ່ຖືກແກ້ໄຂຫຼັງຈາກສ້າງແລ້ວ: ລາຍເຊັນບໍ່ກົງກັນ.</translation>
    </message>
    <message>
        <source>The slip says it comes from %1 but was made on a device of %2.</source>
        <translation type="unfinished">ໃບສົ່ງຕໍ່ລະບຸວ່າມາຈາກ %1 ແຕ່ຖືກສ້າງຢູ່ເຄື່ອງຂອງ %2.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>this vault was written by a newer version of Corridor (%1 data version %2; this Corridor knows up to %3). Update Corridor to open it.</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບນີ້ຖືກຂຽນໂດຍ Corridor ລຸ້ນໃໝ່ກວ່າ (%1 ຂໍ້ມູນລຸ້ນ %2; Corridor ລຸ້ນນີ້ຮູ້ຈັກເຖິງລຸ້ນ %3). ກະລຸນາອັບເດດ Corridor ເພື່ອເປີດມັນ.</translation>
    </message>
    <message>
        <source>upgrading %1 to data version %2</source>
        <translation type="unfinished">ກຳລັງຍົກລະດັບ %1 ເປັນຂໍ້ມູນລຸ້ນ %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the name of the first user.</source>
        <translation type="unfinished">ໃສ່ຊື່ຂອງຜູ້ໃຊ້ຄົນທຳອິດ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known National Society (use %2).</source>
        <translation type="unfinished">&apos;%1&apos; ບໍ່ແມ່ນສະມາຄົມກາແດງແຫ່ງຊາດທີ່ຮູ້ຈັກ (ໃຊ້ %2).</translation>
    </message>
    <message>
        <source>Enter the branch this laptop works for.</source>
        <translation type="unfinished">ໃສ່ສາຂາທີ່ຄອມພິວເຕີເຄື່ອງນີ້ໃຊ້ເຮັດວຽກໃຫ້.</translation>
    </message>
    <message>
        <source>This vault has no user %1.</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບນີ້ບໍ່ມີຜູ້ໃຊ້ %1.</translation>
    </message>
    <message>
        <source>The user %1 has been deactivated.</source>
        <translation type="unfinished">ຜູ້ໃຊ້ %1 ຖືກປິດການນຳໃຊ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation type="unfinished">ເວລາລັອກເມື່ອບໍ່ໄດ້ໃຊ້ ຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ 240 ນາທີ.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">ກະລຸນາເຂົ້າສູ່ລະບົບກ່ອນ.</translation>
    </message>
    <message>
        <source>Your role cannot add a user with more access than your own; ask a coordinator.</source>
        <translation type="unfinished">ບົດບາດຂອງທ່ານບໍ່ສາມາດເພີ່ມຜູ້ໃຊ້ທີ່ມີສິດຫຼາຍກວ່າທ່ານໄດ້; ກະລຸນາຖາມຜູ້ປະສານງານ.</translation>
    </message>
    <message>
        <source>There is no user called %1 on this laptop.</source>
        <translation type="unfinished">ຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ມີຜູ້ໃຊ້ຊື່ %1.</translation>
    </message>
    <message>
        <source>The second confirmation must come from another user.</source>
        <translation type="unfinished">ການຢືນຢັນຄັ້ງທີສອງ ຕ້ອງມາຈາກຜູ້ໃຊ້ອີກຄົນໜຶ່ງ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ພາສາ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished">ລັອກຫຼັງຈາກ (&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> ນາທີ</translation>
    </message>
    <message>
        <source>Corridor locks itself when nobody has touched the keyboard or mouse for this long. Ctrl+L locks at once.</source>
        <translation type="unfinished">Corridor ຈະລັອກເອງ ເມື່ອບໍ່ມີໃຜແຕະແປ້ນພິມ ຫຼື ເມົ້າ ເປັນເວລາເທົ່ານີ້. ກົດ Ctrl+L ເພື່ອລັອກທັນທີ.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">ຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished">ເຂົ້າສູ່ລະບົບເປັນ</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished">ປ່ຽນປະໂຫຍກລັບຂອງຂ້ອຍ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished">ເພີ່ມຜູ້ໃຊ້ (&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SiteDirectory</name>
    <message>
        <source>The site directory is too large.</source>
        <translation type="unfinished">ລາຍຊື່ສະຖານບໍລິການໃຫຍ່ເກີນໄປ.</translation>
    </message>
    <message>
        <source>The site directory cannot be read: %1</source>
        <translation type="unfinished">ອ່ານລາຍຊື່ສະຖານບໍລິການບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>A site in the directory has no id, name or organisation.</source>
        <translation type="unfinished">ມີສະຖານບໍລິການໜຶ່ງໃນລາຍຊື່ທີ່ບໍ່ມີລະຫັດ (id), ຊື່ ຫຼື ອົງການ.</translation>
    </message>
    <message>
        <source>The built-in site directory is missing from this build.</source>
        <translation type="unfinished">ໂປຣແກຣມລຸ້ນນີ້ບໍ່ມີລາຍຊື່ສະຖານບໍລິການທີ່ມາພ້ອມກັບໂປຣແກຣມ.</translation>
    </message>
    <message>
        <source>There is no site %1 in the directory (see site list).</source>
        <translation type="unfinished">ບໍ່ມີສະຖານບໍລິການ %1 ໃນລາຍຊື່ (ເບິ່ງ site list).</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">ກະລຸນາເຂົ້າສູ່ລະບົບກ່ອນ.</translation>
    </message>
    <message>
        <source>Your role (trainer) does not edit the site directory.</source>
        <translation type="unfinished">ບົດບາດຂອງທ່ານ (ຄູຝຶກ) ບໍ່ສາມາດແກ້ໄຂລາຍຊື່ສະຖານບໍລິການໄດ້.</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation type="unfinished">ສະຖານບໍລິການຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <source>The organisation is a short code in capitals (CRC, LRC, MRCS, TRCS, or another, e.g. IOM).</source>
        <translation type="unfinished">ອົງການຕ້ອງເປັນລະຫັດສັ້ນໆ ເປັນຕົວພິມໃຫຍ່ (CRC, LRC, MRCS, TRCS, ຫຼື ອື່ນໆ ເຊັ່ນ: IOM).</translation>
    </message>
    <message>
        <source>The country is a two-letter code (KH, LA, MM, TH, …).</source>
        <translation type="unfinished">ປະເທດຕ້ອງເປັນລະຫັດສອງຕົວອັກສອນ (KH, LA, MM, TH, …).</translation>
    </message>
    <message>
        <source>“%1” is not a language code (km, lo, th, my, en, …).</source>
        <translation type="unfinished">“%1” ບໍ່ແມ່ນລະຫັດພາສາ (km, lo, th, my, en, …).</translation>
    </message>
    <message>
        <source>A field of the site is longer than %1 characters.</source>
        <translation type="unfinished">ມີຊ່ອງໜຶ່ງຂອງສະຖານບໍລິການຍາວເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>Too many languages or services for one site.</source>
        <translation type="unfinished">ພາສາ ຫຼື ບໍລິການຫຼາຍເກີນໄປ ສຳລັບສະຖານບໍລິການດຽວ.</translation>
    </message>
</context>
<context>
    <name>SlipCode</name>
    <message>
        <source>The code&apos;s contents are not a valid referral (%1).</source>
        <translation type="unfinished">ເນື້ອໃນຂອງລະຫັດບໍ່ແມ່ນການສົ່ງຕໍ່ທີ່ຖືກຕ້ອງ (%1).</translation>
    </message>
    <message>
        <source>No organisation key to encrypt the slip&apos;s code to.</source>
        <translation type="unfinished">ບໍ່ມີກະແຈຂອງອົງການ ສຳລັບເຂົ້າລະຫັດຂໍ້ມູນໃນລະຫັດ QR ຂອງໃບສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <source>An organisation key is not usable for the slip&apos;s code.</source>
        <translation type="unfinished">ມີກະແຈຂອງອົງການອັນໜຶ່ງ ທີ່ໃຊ້ກັບລະຫັດ QR ຂອງໃບສົ່ງຕໍ່ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The referral holds too much text for a QR code; shorten the notes.</source>
        <translation type="unfinished">ການສົ່ງຕໍ່ນີ້ມີຂໍ້ຄວາມຫຼາຍເກີນໄປສຳລັບລະຫັດ QR; ກະລຸນາຂຽນບັນທຶກໃຫ້ສັ້ນລົງ.</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished">ລະຫັດຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>The code is longer than any referral slip&apos;s.</source>
        <translation type="unfinished">ລະຫັດນີ້ຍາວກວ່າລະຫັດຂອງໃບສົ່ງຕໍ່ໃດໆ.</translation>
    </message>
    <message>
        <source>This is not the code of a Corridor referral slip.</source>
        <translation type="unfinished">ນີ້ບໍ່ແມ່ນລະຫັດຂອງໃບສົ່ງຕໍ່ Corridor.</translation>
    </message>
    <message>
        <source>This slip was made by a newer version of Corridor (format %1); update Corridor to read it, or type the referral code printed on the slip.</source>
        <translation type="unfinished">ໃບສົ່ງຕໍ່ນີ້ຖືກສ້າງໂດຍ Corridor ລຸ້ນໃໝ່ກວ່າ (ຮູບແບບ %1); ກະລຸນາອັບເດດ Corridor ເພື່ອອ່ານມັນ, ຫຼື ພິມລະຫັດການສົ່ງຕໍ່ທີ່ຢູ່ໃນໃບສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <source>The slip&apos;s code is damaged or incomplete (%1).</source>
        <translation type="unfinished">ລະຫັດ QR ຂອງໃບສົ່ງຕໍ່ເສຍຫາຍ ຫຼື ບໍ່ຄົບຖ້ວນ (%1).</translation>
    </message>
    <message>
        <source>The slip&apos;s code is damaged or incomplete (too short).</source>
        <translation type="unfinished">ລະຫັດ QR ຂອງໃບສົ່ງຕໍ່ເສຍຫາຍ ຫຼື ບໍ່ຄົບຖ້ວນ (ສັ້ນເກີນໄປ).</translation>
    </message>
    <message>
        <source>This slip&apos;s code is addressed to another National Society: only the receiving and the sending National Societies can read it. Type the referral code printed on the slip instead.</source>
        <translation type="unfinished">ລະຫັດ QR ຂອງໃບສົ່ງຕໍ່ນີ້ສົ່ງເຖິງສະມາຄົມກາແດງແຫ່ງຊາດອື່ນ: ສະເພາະສະມາຄົມກາແດງແຫ່ງຊາດທີ່ຮັບ ແລະ ທີ່ສົ່ງເທົ່ານັ້ນ ທີ່ອ່ານມັນໄດ້. ກະລຸນາພິມລະຫັດການສົ່ງຕໍ່ທີ່ຢູ່ໃນໃບສົ່ງຕໍ່ແທນ.</translation>
    </message>
    <message>
        <source>The picture holds a QR code, but not the code of a Corridor referral slip.</source>
        <translation type="unfinished">ຮູບພາບນີ້ມີລະຫັດ QR, ແຕ່ບໍ່ແມ່ນລະຫັດຂອງໃບສົ່ງຕໍ່ Corridor.</translation>
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
        <translation type="unfinished">ຂຽນຮູບພາບ %1 ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>device enrol FILE|IMAGE</source>
        <translation type="unfinished">device enrol FILE|IMAGE</translation>
    </message>
    <message>
        <source>%1 of %2 is registered as a partner coordinator.</source>
        <translation type="unfinished">ລົງທະບຽນ %1 ຂອງ %2 ເປັນຜູ້ປະສານງານຂອງຄູ່ຮ່ວມງານແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 (%2) is now trusted here.</source>
        <translation type="unfinished">ຕອນນີ້ %1 (%2) ໄດ້ຮັບຄວາມເຊື່ອຖືຢູ່ທີ່ນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>device revoke ID</source>
        <translation type="unfinished">device revoke ID</translation>
    </message>
    <message>
        <source>a device id is 16 hexadecimal digits</source>
        <translation type="unfinished">ລະຫັດເຄື່ອງຕ້ອງເປັນເລກຖານສິບຫົກ 16 ຕົວ</translation>
    </message>
    <message>
        <source>  (revoked)</source>
        <translation type="unfinished">  (ຖືກເພີກຖອນ)</translation>
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
        <translation type="unfinished">ຄຳເຕືອນ: ໄຟລ໌ນີ້ຈະມີກະແຈຖອດລະຫັດລັບຂອງຄອມພິວເຕີເຄື່ອງນີ້ ແບບບໍ່ເຂົ້າລະຫັດ. ໃຜກໍຕາມທີ່ມີໄຟລ໌ນີ້ ຈະອ່ານໄຟລ໌ຊິງທຸກໄຟລ໌ທີ່ສົ່ງມາຫາຄອມພິວເຕີເຄື່ອງນີ້ໄດ້. ໃຊ້ມັນສະເພາະເພື່ອກູ້ຄືນໄຟລ໌ຊິງດ້ວຍໂປຣແກຣມ age ມາດຕະຖານເທົ່ານັ້ນ, ເກັບມັນໄວ້ໃນດິສກ໌ທີ່ເຂົ້າລະຫັດ, ແລະ ລຶບມັນຖິ້ມຫຼັງຈາກໃຊ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Type your passphrase again to confirm:</source>
        <translation type="unfinished">ພິມປະໂຫຍກລັບຂອງທ່ານອີກຄັ້ງ ເພື່ອຢືນຢັນ:</translation>
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
        <translation type="unfinished">(ລາຍເຊັນຈະຖືກກວດຕອນນຳເຂົ້າ ໂດຍທຽບກັບກະແຈທີ່ລົງທະບຽນໄວ້ຂອງເຄື່ອງທີ່ສົ່ງອອກ)</translation>
    </message>
    <message>
        <source>bundle export --peer DEVICE_ID --out FILE</source>
        <translation type="unfinished">bundle export --peer DEVICE_ID --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) in bundle %1 for %2 (%3 scope)</source>
        <translation type="unfinished">
            <numerusform>ຊຸດການປ່ຽນແປງ %n ຊຸດ ໃນໄຟລ໌ຊິງເລກທີ %1 ສຳລັບ %2 (ຂອບເຂດ %3)</numerusform>
            <numerusform>ຊຸດການປ່ຽນແປງ %n ຊຸດ ໃນໄຟລ໌ຊິງເລກທີ %1 ສຳລັບ %2 (ຂອບເຂດ %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import FILE… [--json]</source>
        <translation type="unfinished">bundle import FILE… [--json]</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished">%1: ຖືກປະຕິເສດ: %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already seen, %4 held, %5 new conflicts, %6 refused</source>
        <translation type="unfinished">%1: ໃໝ່ %2, ເຄີຍໄດ້ຮັບແລ້ວ %3, ພັກໄວ້ %4, ຂໍ້ມູນຂັດກັນໃໝ່ %5, ປະຕິເສດ %6</translation>
    </message>
    <message>
        <source>bundle export|import|inspect</source>
        <translation type="unfinished">bundle export|import|inspect</translation>
    </message>
    <message>
        <source>%1 %2 %3: kept “%4”, other “%5”</source>
        <translation type="unfinished">%1 %2 %3: ເກັບ “%4” ໄວ້, ຄ່າອື່ນ “%5”</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation type="unfinished">ບໍ່ມີຂໍ້ມູນຂັດກັນ</translation>
    </message>
    <message>
        <source>conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)</source>
        <translation type="unfinished">conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)</translation>
    </message>
    <message>
        <source>there is no conflict on %1 %2</source>
        <translation type="unfinished">ບໍ່ມີຂໍ້ມູນຂັດກັນຢູ່ %1 %2</translation>
    </message>
    <message>
        <source>--keep takes current or other</source>
        <translation type="unfinished">--keep ຕ້ອງເປັນ current ຫຼື other</translation>
    </message>
    <message>
        <source>conflicts list|resolve</source>
        <translation type="unfinished">conflicts list|resolve</translation>
    </message>
    <message>
        <source>%1 %2: sent #%3, acknowledged #%4, received #%5, %6 waiting</source>
        <translation type="unfinished">%1 %2: ສົ່ງແລ້ວ #%3, ຢືນຢັນຮັບແລ້ວ #%4, ໄດ້ຮັບແລ້ວ #%5, ລໍຖ້າ %6</translation>
    </message>
    <message>
        <source>sync [--inbox DIR] [--outbox DIR] (or save them with sync folders)</source>
        <translation type="unfinished">sync [--inbox DIR] [--outbox DIR] (ຫຼື ບັນທຶກໄວ້ດ້ວຍ sync folders)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already seen</source>
        <translation type="unfinished">%1: ໃໝ່ %2, ເຄີຍໄດ້ຮັບແລ້ວ %3</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished">ຂຽນ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>dump --canonical</source>
        <translation type="unfinished">dump --canonical</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">ບົດບາດຂອງທ່ານ (ຄູຝຶກ) ບໍ່ສາມາດເບິ່ງແຟ້ມຂໍ້ມູນໄດ້.</translation>
    </message>
</context>
<context>
    <name>TarArchive</name>
    <message>
        <source>the archive could not be started: %1</source>
        <translation type="unfinished">ເລີ່ມສ້າງໄຟລ໌ລວມ (archive) ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>the archive could not be written: %1</source>
        <translation type="unfinished">ຂຽນໄຟລ໌ລວມ (archive) ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>the archive could not be finished</source>
        <translation type="unfinished">ເຮັດໄຟລ໌ລວມ (archive) ໃຫ້ແລ້ວບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>not a Corridor bundle: %1</source>
        <translation type="unfinished">ບໍ່ແມ່ນໄຟລ໌ຊິງຂອງ Corridor: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">ໄຟລ໌ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>its size is not a whole number of 512-byte blocks (truncated, or something was appended)</source>
        <translation type="unfinished">ຂະໜາດຂອງມັນບໍ່ແມ່ນຈຳນວນເຕັມຂອງບລັອກ 512 ໄບຕ໌ (ຖືກຕັດ, ຫຼື ມີບາງຢ່າງຕໍ່ທ້າຍເຂົ້າມາ)</translation>
    </message>
    <message>
        <source>it ends before the entry %1</source>
        <translation type="unfinished">ມັນສິ້ນສຸດກ່ອນຮອດລາຍການ %1</translation>
    </message>
    <message>
        <source>a header checksum does not match</source>
        <translation type="unfinished">ຄ່າກວດສອບ (checksum) ຂອງສ່ວນຫົວບໍ່ກົງກັນ</translation>
    </message>
    <message>
        <source>it is not a ustar archive</source>
        <translation type="unfinished">ມັນບໍ່ແມ່ນໄຟລ໌ລວມແບບ ustar</translation>
    </message>
    <message>
        <source>it holds &apos;%1&apos; where &apos;%2&apos; was expected</source>
        <translation type="unfinished">ມັນມີ &apos;%1&apos; ຢູ່ບ່ອນທີ່ຄວນເປັນ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file (links and directories are refused)</source>
        <translation type="unfinished">&apos;%1&apos; ບໍ່ແມ່ນໄຟລ໌ທຳມະດາ (ບໍ່ຮັບລິ້ງ ແລະ ໂຟນເດີ)</translation>
    </message>
    <message>
        <source>an entry has a link target or a path prefix</source>
        <translation type="unfinished">ມີລາຍການໜຶ່ງທີ່ມີເປົ້າໝາຍລິ້ງ ຫຼື ຄຳນຳໜ້າເສັ້ນທາງ (path prefix)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than allowed</source>
        <translation type="unfinished">&apos;%1&apos; ໃຫຍ່ເກີນທີ່ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated</source>
        <translation type="unfinished">&apos;%1&apos; ບໍ່ຄົບ (ຖືກຕັດ)</translation>
    </message>
    <message>
        <source>the padding after &apos;%1&apos; is not zero</source>
        <translation type="unfinished">ສ່ວນເຕີມ (padding) ຫຼັງ &apos;%1&apos; ບໍ່ແມ່ນສູນ</translation>
    </message>
    <message>
        <source>it holds more than the expected entries, or data after the end of the archive</source>
        <translation type="unfinished">ມັນມີລາຍການຫຼາຍກວ່າທີ່ຄວນມີ, ຫຼື ມີຂໍ້ມູນຢູ່ຫຼັງທ້າຍໄຟລ໌ລວມ</translation>
    </message>
    <message>
        <source>the end of the archive is not two zero blocks</source>
        <translation type="unfinished">ທ້າຍໄຟລ໌ລວມບໍ່ແມ່ນບລັອກສູນສອງບລັອກ</translation>
    </message>
    <message>
        <source>the header of &apos;%1&apos; is not written the way Corridor writes it</source>
        <translation type="unfinished">ສ່ວນຫົວຂອງ &apos;%1&apos; ບໍ່ໄດ້ຂຽນໃນແບບທີ່ Corridor ຂຽນ</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Choose at least one module that was taught.</source>
        <translation type="unfinished">ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງໂມດູນທີ່ໄດ້ສອນ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module of the curriculum.</source>
        <translation type="unfinished">&quot;%1&quot; ບໍ່ແມ່ນໂມດູນຂອງຫຼັກສູດ.</translation>
    </message>
    <message>
        <source>Give the date of the training.</source>
        <translation type="unfinished">ກະລຸນາໃສ່ວັນທີຂອງການຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>The training date %1 is in the future.</source>
        <translation type="unfinished">ວັນທີຝຶກອົບຮົມ %1 ເປັນວັນທີໃນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>Give the place of the training.</source>
        <translation type="unfinished">ກະລຸນາໃສ່ສະຖານທີ່ຂອງການຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>Give the trainer&apos;s name.</source>
        <translation type="unfinished">ກະລຸນາໃສ່ຊື່ຂອງຄູຝຶກ.</translation>
    </message>
    <message>
        <source>A text field is too long.</source>
        <translation type="unfinished">ມີຊ່ອງຂໍ້ຄວາມໜຶ່ງຍາວເກີນໄປ.</translation>
    </message>
    <message>
        <source>Add the people who attended.</source>
        <translation type="unfinished">ກະລຸນາເພີ່ມຄົນທີ່ເຂົ້າຮ່ວມ.</translation>
    </message>
    <message>
        <source>A session can list at most %1 attendees.</source>
        <translation type="unfinished">ການຝຶກອົບຮົມໜຶ່ງຄັ້ງ ໃສ່ຜູ້ເຂົ້າຮ່ວມໄດ້ບໍ່ເກີນ %1 ຄົນ.</translation>
    </message>
    <message>
        <source>Every attendee needs a name.</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມທຸກຄົນຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <source>An attendee&apos;s name is too long.</source>
        <translation type="unfinished">ຊື່ຂອງຜູ້ເຂົ້າຮ່ວມຍາວເກີນໄປ.</translation>
    </message>
    <message>
        <source>%1: sex must be female, male or other.</source>
        <translation type="unfinished">%1: ເພດຕ້ອງເປັນ ຍິງ (female), ຊາຍ (male) ຫຼື ອື່ນໆ (other).</translation>
    </message>
    <message>
        <source>%1: role must be volunteer, staff, community or other.</source>
        <translation type="unfinished">%1: ບົດບາດຕ້ອງເປັນ ອາສາສະໝັກ (volunteer), ພະນັກງານ (staff), ຊຸມຊົນ (community) ຫຼື ອື່ນໆ (other).</translation>
    </message>
    <message>
        <source>%1: test scores are per cent, from 0 to 100.</source>
        <translation type="unfinished">%1: ຄະແນນທົດສອບເປັນເປີເຊັນ, ຈາກ 0 ຫາ 100.</translation>
    </message>
    <message>
        <source>Only a trainer or a coordinator records training sessions.</source>
        <translation type="unfinished">ສະເພາະຄູຝຶກ ຫຼື ຜູ້ປະສານງານເທົ່ານັ້ນ ທີ່ບັນທຶກການຝຶກອົບຮົມໄດ້.</translation>
    </message>
    <message>
        <source>No training session with id %1.</source>
        <translation type="unfinished">ບໍ່ມີການຝຶກອົບຮົມທີ່ມີ id %1.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>a step of this change failed, so none of it was saved</source>
        <translation type="unfinished">ມີຂັ້ນຕອນໜຶ່ງຂອງການປ່ຽນແປງນີ້ບໍ່ສຳເລັດ ຈຶ່ງບໍ່ໄດ້ບັນທຶກຫຍັງເລີຍ</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>written by device %1, which this laptop does not know (not enrolled yet)</source>
        <translation type="unfinished">ຂຽນໂດຍເຄື່ອງ %1 ເຊິ່ງຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ຮູ້ຈັກ (ຍັງບໍ່ໄດ້ລົງທະບຽນ)</translation>
    </message>
    <message>
        <source>written by %1 after that device was revoked</source>
        <translation type="unfinished">ຂຽນໂດຍ %1 ຫຼັງຈາກເຄື່ອງນັ້ນຖືກເພີກຖອນແລ້ວ</translation>
    </message>
    <message>
        <source>a trust update that does not come from a coordinator of %1</source>
        <translation type="unfinished">ການອັບເດດຄວາມເຊື່ອຖື ທີ່ບໍ່ໄດ້ມາຈາກຜູ້ປະສານງານຂອງ %1</translation>
    </message>
    <message>
        <source>a partner National Society (%1) may only send referral updates</source>
        <translation type="unfinished">ສະມາຄົມກາແດງແຫ່ງຊາດທີ່ເປັນຄູ່ຮ່ວມງານ (%1) ສົ່ງໄດ້ສະເພາະການອັບເດດການສົ່ງຕໍ່ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>this is this laptop&apos;s own card</source>
        <translation type="unfinished">ນີ້ແມ່ນບັດປະຈຳເຄື່ອງຂອງຄອມພິວເຕີເຄື່ອງນີ້ເອງ</translation>
    </message>
    <message>
        <source>only coordinators enrol devices; here you can only add the card of your own coordinator</source>
        <translation type="unfinished">ສະເພາະຜູ້ປະສານງານເທົ່ານັ້ນ ທີ່ລົງທະບຽນເຄື່ອງໄດ້; ຢູ່ທີ່ນີ້ ທ່ານເພີ່ມໄດ້ສະເພາະບັດປະຈຳເຄື່ອງຂອງຜູ້ປະສານງານຂອງທ່ານເອງ</translation>
    </message>
    <message>
        <source>a device of another National Society (%1) is registered through its coordinator&apos;s card</source>
        <translation type="unfinished">ເຄື່ອງຂອງສະມາຄົມກາແດງແຫ່ງຊາດອື່ນ (%1) ຕ້ອງລົງທະບຽນຜ່ານບັດປະຈຳເຄື່ອງຂອງຜູ້ປະສານງານຂອງສະມາຄົມນັ້ນ</translation>
    </message>
    <message>
        <source>only coordinators revoke devices</source>
        <translation type="unfinished">ສະເພາະຜູ້ປະສານງານເທົ່ານັ້ນ ທີ່ເພີກຖອນເຄື່ອງໄດ້</translation>
    </message>
    <message>
        <source>a laptop cannot revoke itself</source>
        <translation type="unfinished">ຄອມພິວເຕີບໍ່ສາມາດເພີກຖອນຕົວເອງໄດ້</translation>
    </message>
    <message>
        <source>no device %1 is known here</source>
        <translation type="unfinished">ບໍ່ຮູ້ຈັກເຄື່ອງ %1 ຢູ່ທີ່ນີ້</translation>
    </message>
    <message>
        <source>the device&apos;s public key is not usable</source>
        <translation type="unfinished">ໃຊ້ກະແຈສາທາລະນະຂອງເຄື່ອງນີ້ບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Corridor is locked</source>
        <translation type="unfinished">Corridor ຖືກລັອກຢູ່</translation>
    </message>
    <message>
        <source>Type your passphrase to open the case files on this laptop.</source>
        <translation type="unfinished">ພິມປະໂຫຍກລັບຂອງທ່ານ ເພື່ອເປີດແຟ້ມຂໍ້ມູນໃນຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">ປະໂຫຍກລັບ (&amp;P)</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">ສະແດງປະໂຫຍກລັບ</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ປົດລັອກ (&amp;U)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation type="unfinished">ລືມປະໂຫຍກລັບບໍ? ໃຊ້ກະແຈກູ້ຄືນ (&amp;R)…</translation>
    </message>
    <message>
        <source>Practice mode: the volunteer’s passphrase is “practice”; the coordinator’s is “coordinator”.</source>
        <translation type="unfinished">ໂໝດຝຶກຫັດ: ປະໂຫຍກລັບຂອງອາສາສະໝັກແມ່ນ “practice”; ຂອງຜູ້ປະສານງານແມ່ນ “coordinator”.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished">ຜູ້ໃຊ້ຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation type="unfinished">ຊື່ຜູ້ໃຊ້ຍາວເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation type="unfinished">ມີຜູ້ໃຊ້ຊື່ %1 ຢູ່ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished">ມີຄັງຂໍ້ມູນລັບຢູ່ໃນ %1 ແລ້ວ; Corridor ຈະບໍ່ຂຽນທັບມັນ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">ປະໂຫຍກລັບຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished">ສ້າງໂຟນເດີ %1 ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>vault.db is missing from %1: the case files are not there. Restore the vault folder from a backup.</source>
        <translation type="unfinished">ບໍ່ພົບ vault.db ໃນ %1: ແຟ້ມຂໍ້ມູນບໍ່ຢູ່ບ່ອນນັ້ນ. ກະລຸນາເອົາໂຟນເດີຄັງຂໍ້ມູນລັບຄືນມາຈາກສຳເນົາສຳຮອງ.</translation>
    </message>
    <message>
        <source>the passphrase is not correct (nothing was changed)</source>
        <translation type="unfinished">ປະໂຫຍກລັບບໍ່ຖືກຕ້ອງ (ບໍ່ມີຫຍັງຖືກປ່ຽນ)</translation>
    </message>
    <message>
        <source>this vault has no recovery key</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບນີ້ບໍ່ມີກະແຈກູ້ຄືນ</translation>
    </message>
    <message>
        <source>this recovery key does not belong to this vault, or it was replaced by a newer one</source>
        <translation type="unfinished">ກະແຈກູ້ຄືນນີ້ບໍ່ແມ່ນຂອງຄັງຂໍ້ມູນລັບນີ້, ຫຼື ຖືກປ່ຽນເປັນອັນໃໝ່ແລ້ວ</translation>
    </message>
    <message>
        <source>vault.db has no device identity</source>
        <translation type="unfinished">vault.db ບໍ່ມີຂໍ້ມູນລະບຸຕົວເຄື່ອງ</translation>
    </message>
    <message>
        <source>this vault cannot hold more users</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບນີ້ເພີ່ມຜູ້ໃຊ້ອີກບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>this user has no passphrase in this vault</source>
        <translation type="unfinished">ຜູ້ໃຊ້ນີ້ບໍ່ມີປະໂຫຍກລັບໃນຄັງຂໍ້ມູນລັບນີ້</translation>
    </message>
    <message>
        <source>the last passphrase of a vault cannot be removed</source>
        <translation type="unfinished">ບໍ່ສາມາດລຶບປະໂຫຍກລັບສຸດທ້າຍຂອງຄັງຂໍ້ມູນລັບໄດ້</translation>
    </message>
    <message>
        <source>the passphrase is not correct</source>
        <translation type="unfinished">ປະໂຫຍກລັບບໍ່ຖືກຕ້ອງ</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>init takes no positional arguments</source>
        <translation type="unfinished">init ບໍ່ຮັບຄ່າທີ່ບໍ່ມີຕົວເລືອກ</translation>
    </message>
    <message>
        <source>init needs --%1</source>
        <translation type="unfinished">init ຕ້ອງມີ --%1</translation>
    </message>
    <message>
        <source>--role must be volunteer, coordinator or trainer</source>
        <translation type="unfinished">--role ຕ້ອງເປັນ volunteer, coordinator ຫຼື trainer</translation>
    </message>
    <message>
        <source>--org must be one of %1</source>
        <translation type="unfinished">--org ຕ້ອງເປັນອັນໃດອັນໜຶ່ງໃນ %1</translation>
    </message>
    <message>
        <source>--kdf must be calibrated (the default) or minimum (tests and training only)</source>
        <translation type="unfinished">--kdf ຕ້ອງເປັນ calibrated (ຄ່າເລີ່ມຕົ້ນ) ຫຼື minimum (ສຳລັບທົດສອບ ແລະ ຝຶກອົບຮົມເທົ່ານັ້ນ)</translation>
    </message>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished">ມີຄັງຂໍ້ມູນລັບຢູ່ໃນ %1 ແລ້ວ; Corridor ຈະບໍ່ຂຽນທັບມັນ</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1:</source>
        <translation type="unfinished">ເລືອກປະໂຫຍກລັບສຳລັບ %1:</translation>
    </message>
    <message>
        <source>Vault created in %1. Write the recovery key down or print it, and keep it in the coordinator&apos;s safe: it is shown only now.</source>
        <translation type="unfinished">ສ້າງຄັງຂໍ້ມູນລັບໃນ %1 ແລ້ວ. ຂຽນ ຫຼື ພິມກະແຈກູ້ຄືນໄວ້ ແລະ ເກັບໄວ້ໃນຕູ້ເຊບຂອງຜູ້ປະສານງານ: ມັນຈະສະແດງພຽງຄັ້ງນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>passwd needs --new-passphrase-file FILE</source>
        <translation type="unfinished">passwd ຕ້ອງມີ --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>--kdf must be calibrated or minimum</source>
        <translation type="unfinished">--kdf ຕ້ອງເປັນ calibrated ຫຼື minimum</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished">ປ່ຽນປະໂຫຍກລັບຂອງ %1 ແລ້ວ.</translation>
    </message>
    <message>
        <source>recover needs --recovery-key-file FILE and --new-passphrase-file FILE</source>
        <translation type="unfinished">recover ຕ້ອງມີ --recovery-key-file FILE ແລະ --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>this vault has no user called %1</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບນີ້ບໍ່ມີຜູ້ໃຊ້ຊື່ %1</translation>
    </message>
    <message>
        <source>this vault has several users: name the one to recover with --user NAME</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບນີ້ມີຜູ້ໃຊ້ຫຼາຍຄົນ: ບອກຊື່ຄົນທີ່ຈະກູ້ຄືນດ້ວຍ --user NAME</translation>
    </message>
    <message>
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation type="unfinished">ຕັ້ງປະໂຫຍກລັບໃໝ່ໃຫ້ %1 ດ້ວຍກະແຈກູ້ຄືນແລ້ວ.</translation>
    </message>
    <message>
        <source>user add needs --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE</source>
        <translation type="unfinished">user add ຕ້ອງມີ --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>user add|list</source>
        <translation type="unfinished">user add|list</translation>
    </message>
    <message>
        <source>the audit log was altered at entry %1</source>
        <translation type="unfinished">ບັນທຶກການກວດສອບຖືກແກ້ໄຂທີ່ລາຍການ %1</translation>
    </message>
    <message>
        <source>vault.db: every page passed its integrity check; the audit log is intact</source>
        <translation type="unfinished">vault.db: ທຸກໜ້າຜ່ານການກວດຄວາມຄົບຖ້ວນ; ບັນທຶກການກວດສອບຄົບຖ້ວນ ບໍ່ຖືກແກ້ໄຂ</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished">--limit ຕ້ອງເປັນຕົວເລກທີ່ຫຼາຍກວ່າ 0</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">ຍິງ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ຊາຍ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished">ກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation type="unfinished">ສປປ ລາວ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished">ມຽນມາ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished">ໄທ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished">ຫວຽດນາມ</translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished">ຈີນ</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished">ມາເລເຊຍ</translation>
    </message>
    <message>
        <source>Stateless or unknown</source>
        <translation type="unfinished">ບໍ່ມີສັນຊາດ ຫຼື ບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation type="unfinished">ປະເທດອື່ນ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished">ພາສາຂະແມ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">ພາສາລາວ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished">ພາສາໄທ</translation>
    </message>
    <message>
        <source>Myanmar (Burmese)</source>
        <translation type="unfinished">ພາສາມຽນມາ (ພະມ້າ)</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">ພາສາອັງກິດ</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation type="unfinished">ພາສາໄທໃຫຍ່ (ສານ)</translation>
    </message>
    <message>
        <source>Karen (S&apos;gaw)</source>
        <translation type="unfinished">ພາສາກະຫຼ່ຽງ (ສະກໍ)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished">ພາສາມອນ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished">ພາສາຫວຽດນາມ</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished">ພາສາຈີນ</translation>
    </message>
    <message>
        <source>Documented (valid passport and permit)</source>
        <translation type="unfinished">ມີເອກະສານ (ໜັງສືຜ່ານແດນ ແລະ ໃບອະນຸຍາດ ທີ່ຍັງໃຊ້ໄດ້)</translation>
    </message>
    <message>
        <source>Documents in process</source>
        <translation type="unfinished">ກຳລັງເຮັດເອກະສານ</translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation type="unfinished">ບໍ່ມີເອກະສານ</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation type="unfinished">ກັບບ້ານແລ້ວ</translation>
    </message>
    <message>
        <source>Planning to migrate</source>
        <translation type="unfinished">ວາງແຜນຈະຍ້າຍຖິ່ນ</translation>
    </message>
    <message>
        <source>Agriculture and plantations</source>
        <translation type="unfinished">ກະສິກຳ ແລະ ສວນປູກ</translation>
    </message>
    <message>
        <source>Fishing and seafood processing</source>
        <translation type="unfinished">ການປະມົງ ແລະ ປຸງແຕ່ງອາຫານທະເລ</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished">ກໍ່ສ້າງ</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation type="unfinished">ວຽກໂຮງງານ</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation type="unfinished">ວຽກຮັບໃຊ້ໃນເຮືອນ</translation>
    </message>
    <message>
        <source>Restaurants, hotels and services</source>
        <translation type="unfinished">ຮ້ານອາຫານ, ໂຮງແຮມ ແລະ ງານບໍລິການ</translation>
    </message>
    <message>
        <source>Entertainment venues</source>
        <translation type="unfinished">ສະຖານບັນເທີງ</translation>
    </message>
    <message>
        <source>Market and trade</source>
        <translation type="unfinished">ຕະຫຼາດ ແລະ ການຄ້າຂາຍ</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation type="unfinished">ການຂົນສົ່ງ</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">ບໍ່ໄດ້ເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">ບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished">ຜົນລົບ</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished">ຜົນບວກ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">ກຳລັງຕິດຕາມ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ປິດແລ້ວ</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished">ຂາດການຕິດຕາມ</translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation type="unfinished">ລົງຢ້ຽມຢາມພາກສະໜາມ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished">ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Message (chat app or SMS)</source>
        <translation type="unfinished">ຂໍ້ຄວາມ (ແອັບແຊັດ ຫຼື SMS)</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished">ຢ້ຽມຢາມເຮືອນ</translation>
    </message>
    <message>
        <source>Visit to the Red Cross office</source>
        <translation type="unfinished">ມາທີ່ຫ້ອງການກາແດງ</translation>
    </message>
    <message>
        <source>Accompanied to a clinic or office</source>
        <translation type="unfinished">ພາໄປຄລີນິກ ຫຼື ຫ້ອງການ</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished">ກິດຈະກຳກຸ່ມ</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation type="unfinished">ຂໍ້ມູນສຸຂະພາບ</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">ຖົງຢາງອະນາໄມ</translation>
    </message>
    <message>
        <source>HIV testing or referral for testing</source>
        <translation type="unfinished">ກວດ HIV ຫຼື ສົ່ງຕໍ່ໄປກວດ</translation>
    </message>
    <message>
        <source>Treatment adherence support</source>
        <translation type="unfinished">ຊ່ວຍໃຫ້ກິນຢາເປັນປະຈຳ</translation>
    </message>
    <message>
        <source>Help to refill medicine</source>
        <translation type="unfinished">ຊ່ວຍໃຫ້ໄດ້ຮັບຢາຕໍ່</translation>
    </message>
    <message>
        <source>STI referral</source>
        <translation type="unfinished">ສົ່ງຕໍ່ເລື່ອງພະຍາດຕິດຕໍ່ທາງເພດສຳພັນ</translation>
    </message>
    <message>
        <source>TB screening referral</source>
        <translation type="unfinished">ສົ່ງຕໍ່ໄປກວດວັນນະໂລກ</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອດ້ານຈິດໃຈ ແລະ ສັງຄົມ</translation>
    </message>
    <message>
        <source>Help with identity or work documents</source>
        <translation type="unfinished">ຊ່ວຍເລື່ອງເອກະສານປະຈຳຕົວ ຫຼື ເອກະສານເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Protection or legal referral</source>
        <translation type="unfinished">ສົ່ງຕໍ່ເລື່ອງການປົກປ້ອງ ຫຼື ກົດໝາຍ</translation>
    </message>
    <message>
        <source>Food or emergency relief</source>
        <translation type="unfinished">ອາຫານ ຫຼື ການຊ່ວຍເຫຼືອສຸກເສີນ</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation type="unfinished">ຊ່ວຍຕິດຕໍ່ຄອບຄົວຄືນ</translation>
    </message>
    <message>
        <source>Cross-border referral</source>
        <translation type="unfinished">ສົ່ງຕໍ່ຂ້າມຊາຍແດນ</translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished">ເພດ</translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished">ກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">ປະເທດ</translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished">ສະຖານະການຍ້າຍຖິ່ນ</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished">ອາຊີບ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">ສະຖານະ HIV</translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished">ສະຖານະແຟ້ມ</translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation type="unfinished">ປະເພດການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished">ບໍລິການ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">ບັນທຶກການກວດສອບ</translation>
    </message>
    <message>
        <source>Audit log of this case file</source>
        <translation type="unfinished">ບັນທຶກການກວດສອບຂອງແຟ້ມຂໍ້ມູນນີ້</translation>
    </message>
    <message numerus="yes">
        <source>%n entries. The log is intact: no entry was changed or removed from the middle.</source>
        <translation type="unfinished">
            <numerusform>ມີ %n ລາຍການ. ບັນທຶກຄົບຖ້ວນ: ບໍ່ມີລາຍການໃດຖືກແກ້ໄຂ ຫຼື ຖືກລຶບອອກຈາກທາງກາງ.</numerusform>
            <numerusform>ມີ %n ລາຍການ. ບັນທຶກຄົບຖ້ວນ: ບໍ່ມີລາຍການໃດຖືກແກ້ໄຂ ຫຼື ຖືກລຶບອອກຈາກທາງກາງ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: entry %1 of the log was changed outside Corridor.</source>
        <translation type="unfinished">ລະວັງ: ລາຍການທີ %1 ຂອງບັນທຶກຖືກປ່ຽນຢູ່ນອກ Corridor.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditModel</name>
    <message>
        <source>viewed</source>
        <translation type="unfinished">ເບິ່ງ</translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished">ສ້າງ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">ປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished">ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished">ພິມ</translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished">ລຶບ</translation>
    </message>
    <message>
        <source>unlocked the vault</source>
        <translation type="unfinished">ປົດລັອກຄັງຂໍ້ມູນລັບ</translation>
    </message>
    <message>
        <source>changed passphrase</source>
        <translation type="unfinished">ປ່ຽນປະໂຫຍກລັບ</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ເວລາ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">ໃຜ</translation>
    </message>
    <message>
        <source>Did what</source>
        <translation type="unfinished">ເຮັດຫຍັງ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">ລາຍການຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">ລາຍລະອຽດ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookletPanel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ບໍ່ມີ)</translation>
    </message>
    <message>
        <source>Translation status — %1</source>
        <translation type="unfinished">ສະຖານະການແປ — %1</translation>
    </message>
    <message>
        <source>Export the booklet as PDF</source>
        <translation type="unfinished">ສົ່ງອອກປຶ້ມຄູ່ມືເປັນ PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The booklet was saved as %1.</source>
        <translation type="unfinished">ບັນທຶກປຶ້ມຄູ່ມືເປັນ %1 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Know before you go</source>
        <translation type="unfinished">ຮູ້ກ່ອນໄປ</translation>
    </message>
    <message>
        <source>Print the booklet</source>
        <translation type="unfinished">ພິມປຶ້ມຄູ່ມື</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation type="unfinished">
            <numerusform>ສົ່ງ %n ໜ້າ ໄປຫາເຄື່ອງພິມແລ້ວ.</numerusform>
            <numerusform>ສົ່ງ %n ໜ້າ ໄປຫາເຄື່ອງພິມແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ພາສາ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Side by side with:</source>
        <translation type="unfinished">ສະແດງຄູ່ກັບ (&amp;S):</translation>
    </message>
    <message>
        <source>Search the booklet (Ctrl+F, then Enter for the next)</source>
        <translation type="unfinished">ຊອກຫາໃນປຶ້ມຄູ່ມື (Ctrl+F, ແລ້ວກົດ Enter ເພື່ອໄປບ່ອນຕໍ່ໄປ)</translation>
    </message>
    <message>
        <source>L&amp;arge text</source>
        <translation type="unfinished">ຕົວອັກສອນໃຫຍ່ (&amp;A)</translation>
    </message>
    <message>
        <source>Bigger letters, for reading together with a migrant</source>
        <translation type="unfinished">ຕົວອັກສອນໃຫຍ່ຂຶ້ນ ສຳລັບອ່ານນຳກັນກັບຜູ້ຍ້າຍຖິ່ນ</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">ສົ່ງອອກ PDF (&amp;E)…</translation>
    </message>
    <message>
        <source>Save the booklet in the chosen language(s) as A5 pages to print or share</source>
        <translation type="unfinished">ບັນທຶກປຶ້ມຄູ່ມືເປັນພາສາທີ່ເລືອກ ເປັນໜ້າ A5 ເພື່ອພິມ ຫຼື ແບ່ງປັນ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">ພິມ (&amp;P)…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CameraScanDialog</name>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished">ສະແກນ QR code</translation>
    </message>
    <message>
        <source>No camera found on this laptop.</source>
        <translation type="unfinished">ບໍ່ພົບກ້ອງຖ່າຍຮູບໃນຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>Open a photo or screenshot of the code instead, or paste the card&apos;s text.</source>
        <translation type="unfinished">ເປີດຮູບຖ່າຍ ຫຼື ຮູບໜ້າຈໍຂອງ QR code ແທນ, ຫຼື ວາງຂໍ້ຄວາມຂອງບັດປະຈຳເຄື່ອງ.</translation>
    </message>
    <message>
        <source>Hold the code in front of the camera, about a hand&apos;s length away.</source>
        <translation type="unfinished">ຖື QR code ໄວ້ຕໍ່ໜ້າກ້ອງ, ຫ່າງປະມານໜຶ່ງຄືບ.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseEditor</name>
    <message>
        <source>Choose a case file on the left, or press Ctrl+N for a new one.</source>
        <translation type="unfinished">ເລືອກແຟ້ມຂໍ້ມູນທາງຊ້າຍ, ຫຼື ກົດ Ctrl+N ເພື່ອສ້າງແຟ້ມໃໝ່.</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation type="unfinished">ແຟ້ມຂໍ້ມູນໃໝ່</translation>
    </message>
    <message>
        <source>The person has not agreed to keep records: ask again, or do not keep this case file.</source>
        <translation type="unfinished">ເຈົ້າຕົວຍັງບໍ່ໄດ້ຍິນຍອມໃຫ້ເກັບບັນທຶກ: ກະລຸນາຖາມອີກຄັ້ງ, ຫຼື ຢ່າເກັບແຟ້ມຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1.</source>
        <translation type="unfinished">ອາດຈະຊ້ຳກັນ: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished">ບັນທຶກແລ້ວ.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">ມີການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>This case file has changes that are not saved. Save them now?</source>
        <translation type="unfinished">ແຟ້ມຂໍ້ມູນນີ້ມີການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ. ບັນທຶກດຽວນີ້ບໍ?</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation type="unfinished">(ເຮັດແລ້ວ %1)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished">(ເລີຍກຳນົດ)</translation>
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
        <translation type="unfinished">ຊື່ ຫຼື ຊື່ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation type="unfinished">ເພດ, ອາຍຸ</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished">ຢູ່ປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished">ຕິດຕໍ່ຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">ນັດຕິດຕາມຄັ້ງຕໍ່ໄປ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseListPanel</name>
    <message>
        <source>No case file matches “%1”.</source>
        <translation type="unfinished">ບໍ່ມີແຟ້ມຂໍ້ມູນທີ່ກົງກັບ “%1”.</translation>
    </message>
    <message>
        <source>%1 case files shown; scroll for more</source>
        <translation type="unfinished">ສະແດງແຟ້ມຂໍ້ມູນ %1 ແຟ້ມ; ເລື່ອນລົງເພື່ອເບິ່ງຕື່ມ</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation type="unfinished">
            <numerusform>ແຟ້ມຂໍ້ມູນ %n ແຟ້ມ</numerusform>
            <numerusform>ແຟ້ມຂໍ້ມູນ %n ແຟ້ມ</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by UIC, name, phone or place (Ctrl+F)</source>
        <translation type="unfinished">ຊອກຫາດ້ວຍ UIC, ຊື່, ເບີໂທ ຫຼື ສະຖານທີ່ (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">ທຸກສະຖານະ</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished">ຮອດກຳນົດນັດຕິດຕາມ</translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished">ແຟ້ມໃໝ່</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation type="unfinished">ລົງທະບຽນຄົນໃໝ່ (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ConflictDialog</name>
    <message>
        <source>Keep the &amp;current value</source>
        <translation type="unfinished">ເກັບຄ່າປັດຈຸບັນໄວ້ (&amp;C)</translation>
    </message>
    <message>
        <source>Keep the &amp;other value</source>
        <translation type="unfinished">ເກັບຄ່າອື່ນໄວ້ (&amp;O)</translation>
    </message>
    <message>
        <source>Type a &amp;new value…</source>
        <translation type="unfinished">ພິມຄ່າໃໝ່ (&amp;N)…</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation type="unfinished">ຂໍ້ມູນຂັດກັນທີ່ຕ້ອງຕັດສິນ</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Corridor shows the value every laptop agrees on for now (“current”) and the other one. Decide which is right: your choice travels with the next bundles, and the value not kept stays in the history.</source>
        <translation type="unfinished">ມີສອງຄົນແກ້ໄຂຊ່ອງຂໍ້ມູນດຽວກັນ ໂດຍບໍ່ເຫັນການແກ້ໄຂຂອງກັນ ແລະ ກັນ. Corridor ສະແດງຄ່າທີ່ຄອມພິວເຕີທຸກເຄື່ອງໃຊ້ກົງກັນໃນຕອນນີ້ (“ປັດຈຸບັນ”) ແລະ ຄ່າອື່ນ. ຕັດສິນວ່າຄ່າໃດຖືກຕ້ອງ: ສິ່ງທີ່ທ່ານເລືອກຈະຖືກສົ່ງຕໍ່ໄປພ້ອມກັບໄຟລ໌ຊິງຄັ້ງຕໍ່ໄປ, ແລະ ຄ່າທີ່ບໍ່ໄດ້ເກັບໄວ້ ຈະຍັງຢູ່ໃນປະຫວັດ.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">ລາຍການຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished">ຄ່າປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished">ແກ້ໄຂໂດຍ</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished">ຄ່າອື່ນ</translation>
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
        <translation type="unfinished">ບໍ່ມີຂໍ້ມູນຂັດກັນ: ທຸກຊ່ອງຂໍ້ມູນມີຄ່າດຽວທີ່ທຸກຄົນໃຊ້ກົງກັນ.</translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished">ຄ່າໃໝ່</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ແມ່ນ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ບໍ່</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished">ກຳລັງສ້າງຄັງຂໍ້ມູນລັບ</translation>
    </message>
    <message>
        <source>Measuring this laptop to make the passphrase slow to guess, then creating the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished">ກຳລັງວັດແທກຄອມພິວເຕີເຄື່ອງນີ້ ເພື່ອເຮັດໃຫ້ການເດົາປະໂຫຍກລັບຊ້າລົງ, ແລ້ວຈຶ່ງສ້າງຄັງຂໍ້ມູນລັບທີ່ເຂົ້າລະຫັດ. ຈະໃຊ້ເວລາບໍ່ເທົ່າໃດວິນາທີ.</translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບພ້ອມແລ້ວ.</translation>
    </message>
    <message>
        <source>The vault could not be created. Nothing was written; go back, correct the problem and try again.</source>
        <translation type="unfinished">ສ້າງຄັງຂໍ້ມູນລັບບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກຂຽນ; ກະລຸນາກັບຄືນ, ແກ້ໄຂບັນຫາ ແລ້ວລອງໃໝ່.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CurriculumPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n ນາທີ</numerusform>
            <numerusform>%n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation status: %1</source>
        <translation type="unfinished">ສະຖານະການແປ: %1</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished">ບົດຮຽນ</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n ນາທີ</numerusform>
            <numerusform>%n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <source>The full text of this lesson is not translated yet: it is shown in English below the translated title and objectives.</source>
        <translation type="unfinished">ເນື້ອຫາເຕັມຂອງບົດຮຽນນີ້ຍັງບໍ່ທັນໄດ້ແປ: ຈຶ່ງສະແດງເປັນພາສາອັງກິດ ຢູ່ລຸ່ມຫົວຂໍ້ ແລະ ຈຸດປະສົງທີ່ແປແລ້ວ.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">ຈຸດປະສົງ</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished">ບັນທຶກສຳລັບຜູ້ນຳພາ</translation>
    </message>
    <message>
        <source>Participant content</source>
        <translation type="unfinished">ເນື້ອຫາສຳລັບຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Quiz and answers</source>
        <translation type="unfinished">ແບບທົດສອບ ແລະ ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished">ເຫດຜົນ: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ພາສາ (&amp;L):</translation>
    </message>
    <message>
        <source>Show facilitator &amp;notes and answers</source>
        <translation type="unfinished">ສະແດງບັນທຶກສຳລັບຜູ້ນຳພາ ແລະ ຄຳຕອບ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Present (F5)</source>
        <translation type="unfinished">ນຳສະເໜີ (&amp;P) (F5)</translation>
    </message>
    <message>
        <source>Show the lesson full screen, one slide at a time; arrows move, N shows the notes, Esc ends</source>
        <translation type="unfinished">ສະແດງບົດຮຽນເຕັມຈໍ ເທື່ອລະສະໄລ້; ປຸ່ມລູກສອນເພື່ອເລື່ອນ, N ເພື່ອສະແດງບັນທຶກ, Esc ເພື່ອຈົບ</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished">ແບບທົດສອບ (&amp;Q)</translation>
    </message>
    <message>
        <source>Module and lesson</source>
        <translation type="unfinished">ໂມດູນ ແລະ ບົດຮຽນ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">ເວລາ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::DeviceCardDialog</name>
    <message>
        <source>This laptop&apos;s card</source>
        <translation type="unfinished">ບັດປະຈຳເຄື່ອງຂອງຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>Save as a &amp;file…</source>
        <translation type="unfinished">ບັນທຶກເປັນໄຟລ໌ (&amp;F)…</translation>
    </message>
    <message>
        <source>Save the &amp;picture…</source>
        <translation type="unfinished">ບັນທຶກຮູບພາບ (&amp;P)…</translation>
    </message>
    <message>
        <source>Your coordinators and volunteers enrol this laptop by scanning this code or opening the card file. A coordinator of a partner National Society who enrols it can send referrals to your organisation.</source>
        <translation type="unfinished">ຜູ້ປະສານງານ ແລະ ອາສາສະໝັກຂອງທ່ານ ລົງທະບຽນຄອມພິວເຕີເຄື່ອງນີ້ໄດ້ ໂດຍສະແກນ QR code ນີ້ ຫຼື ເປີດໄຟລ໌ບັດປະຈຳເຄື່ອງ. ຖ້າຜູ້ປະສານງານຂອງສະມາຄົມກາແດງແຫ່ງຊາດທີ່ເປັນຄູ່ຮ່ວມງານລົງທະບຽນເຄື່ອງນີ້, ເຂົາຈະສົ່ງການສົ່ງຕໍ່ມາຫາອົງການຂອງທ່ານໄດ້.</translation>
    </message>
    <message>
        <source>Show this code to your coordinator, or give them the card file: once they enrol this laptop, your branch trusts the bundles it writes.</source>
        <translation type="unfinished">ສະແດງ QR code ນີ້ໃຫ້ຜູ້ປະສານງານຂອງທ່ານເບິ່ງ, ຫຼື ໃຫ້ໄຟລ໌ບັດປະຈຳເຄື່ອງແກ່ເຂົາ: ເມື່ອເຂົາລົງທະບຽນຄອມພິວເຕີເຄື່ອງນີ້ແລ້ວ, ສາຂາຂອງທ່ານຈະເຊື່ອຖືໄຟລ໌ຊິງທີ່ເຄື່ອງນີ້ຂຽນ.</translation>
    </message>
    <message>
        <source>Laptop:</source>
        <translation type="unfinished">ຄອມພິວເຕີ:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished">ບົດບາດ:</translation>
    </message>
    <message>
        <source>National Society:</source>
        <translation type="unfinished">ສະມາຄົມກາແດງແຫ່ງຊາດ:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished">ສາຂາ:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished">ລະຫັດເຄື່ອງ:</translation>
    </message>
    <message>
        <source>Organisation key:</source>
        <translation type="unfinished">ກະແຈຂອງອົງການ:</translation>
    </message>
    <message>
        <source>included (partners use it to encrypt referrals to you)</source>
        <translation type="unfinished">ມີຢູ່ໃນບັດ (ຄູ່ຮ່ວມງານໃຊ້ມັນເພື່ອເຂົ້າລະຫັດການສົ່ງຕໍ່ທີ່ສົ່ງມາຫາທ່ານ)</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s card</source>
        <translation type="unfinished">ບັນທຶກບັດປະຈຳເຄື່ອງຂອງຄອມພິວເຕີເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>Corridor device cards (*.txt)</source>
        <translation type="unfinished">ບັດປະຈຳເຄື່ອງ Corridor (*.txt)</translation>
    </message>
    <message>
        <source>Save the card&apos;s QR code</source>
        <translation type="unfinished">ບັນທຶກ QR code ຂອງບັດປະຈຳເຄື່ອງ</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished">ຮູບພາບ PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation type="unfinished">ຂຽນຮູບພາບ %1 ບໍ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished">ບັນທຶກການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">ແກ້ໄຂການຕິດຕໍ່</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished">ປະເພດການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished">ບໍລິການທີ່ໃຫ້</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">ນັດຕິດຕາມຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished">ລົງທະບຽນເຄື່ອງ</translation>
    </message>
    <message>
        <source>Enrol a laptop of your National Society so that your branch trusts the bundles it writes, or register a partner National Society from its coordinator&apos;s card.</source>
        <translation type="unfinished">ລົງທະບຽນຄອມພິວເຕີຂອງສະມາຄົມກາແດງແຫ່ງຊາດຂອງທ່ານ ເພື່ອໃຫ້ສາຂາຂອງທ່ານເຊື່ອຖືໄຟລ໌ຊິງທີ່ເຄື່ອງນັ້ນຂຽນ, ຫຼື ລົງທະບຽນສະມາຄົມກາແດງແຫ່ງຊາດທີ່ເປັນຄູ່ຮ່ວມງານ ຈາກບັດປະຈຳເຄື່ອງຂອງຜູ້ປະສານງານຂອງເຂົາ.</translation>
    </message>
    <message>
        <source>Take in your coordinator&apos;s card: from then on this laptop trusts the devices your coordinator enrols.</source>
        <translation type="unfinished">ຮັບບັດປະຈຳເຄື່ອງຂອງຜູ້ປະສານງານຂອງທ່ານເຂົ້າມາ: ຫຼັງຈາກນັ້ນ ຄອມພິວເຕີເຄື່ອງນີ້ຈະເຊື່ອຖືເຄື່ອງທີ່ຜູ້ປະສານງານຂອງທ່ານລົງທະບຽນ.</translation>
    </message>
    <message>
        <source>&amp;Open a card file or picture…</source>
        <translation type="unfinished">ເປີດໄຟລ໌ບັດ ຫຼື ຮູບພາບ (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Scan with the camera…</source>
        <translation type="unfinished">ສະແກນດ້ວຍກ້ອງ (&amp;S)…</translation>
    </message>
    <message>
        <source>No camera found on this laptop.</source>
        <translation type="unfinished">ບໍ່ພົບກ້ອງຖ່າຍຮູບໃນຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>…or paste the card&apos;s text here (it starts with CRDC1:)</source>
        <translation type="unfinished">…ຫຼື ວາງຂໍ້ຄວາມຂອງບັດໄວ້ທີ່ນີ້ (ມັນເລີ່ມຕົ້ນດ້ວຍ CRDC1:)</translation>
    </message>
    <message>
        <source>&amp;Trust this device</source>
        <translation type="unfinished">ເຊື່ອຖືເຄື່ອງນີ້ (&amp;T)</translation>
    </message>
    <message>
        <source>Open a device card</source>
        <translation type="unfinished">ເປີດບັດປະຈຳເຄື່ອງ</translation>
    </message>
    <message>
        <source>Cards and pictures (*.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished">ບັດ ແລະ ຮູບພາບ (*.txt *.png *.jpg *.jpeg);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No card yet.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;ຍັງບໍ່ມີບັດ.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This device was revoked here; it cannot be enrolled again.</source>
        <translation type="unfinished">ເຄື່ອງນີ້ຖືກເພີກຖອນຢູ່ທີ່ນີ້ແລ້ວ; ບໍ່ສາມາດລົງທະບຽນອີກໄດ້.</translation>
    </message>
    <message>
        <source>This device is already trusted here.</source>
        <translation type="unfinished">ເຄື່ອງນີ້ໄດ້ຮັບຄວາມເຊື່ອຖືຢູ່ທີ່ນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, %4&lt;br&gt;Device id: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, ສາຂາ %4&lt;br&gt;ລະຫັດເຄື່ອງ: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This card is from another National Society: it will be registered as a &lt;b&gt;partner&lt;/b&gt;. Only referrals addressed to them, and their answers, travel between you.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;ບັດນີ້ມາຈາກສະມາຄົມກາແດງແຫ່ງຊາດອື່ນ: ມັນຈະຖືກລົງທະບຽນເປັນ &lt;b&gt;ຄູ່ຮ່ວມງານ&lt;/b&gt;. ມີແຕ່ການສົ່ງຕໍ່ທີ່ສົ່ງເຖິງເຂົາ ແລະ ຄຳຕອບຂອງເຂົາເທົ່ານັ້ນ ທີ່ຈະສົ່ງໄປມາລະຫວ່າງທ່ານ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the device id with its owner (read it aloud) before you trust it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;ກວດລະຫັດເຄື່ອງກັບເຈົ້າຂອງເຄື່ອງ (ອ່ານອອກສຽງໃຫ້ຟັງ) ກ່ອນທີ່ທ່ານຈະເຊື່ອຖືມັນ.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EraseDialog</name>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished">ລຶບຂໍ້ມູນຄົນນີ້</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 and everything about them?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The case file, every contact, follow-up and referral are removed from this laptop, and from every laptop the next bundles reach. It cannot be undone. Who erased and why is kept; nothing about the person is.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;ລຶບ %1 ແລະ ທຸກຢ່າງກ່ຽວກັບເຂົາບໍ?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ແຟ້ມຂໍ້ມູນ, ການຕິດຕໍ່, ນັດຕິດຕາມ ແລະ ການສົ່ງຕໍ່ທັງໝົດ ຈະຖືກລຶບອອກຈາກຄອມພິວເຕີເຄື່ອງນີ້ ແລະ ຈາກຄອມພິວເຕີທຸກເຄື່ອງທີ່ໄຟລ໌ຊິງຄັ້ງຕໍ່ໄປໄປຮອດ. ບໍ່ສາມາດຍົກເລີກຄືນໄດ້. ຈະເກັບໄວ້ພຽງແຕ່ວ່າໃຜເປັນຄົນລຶບ ແລະ ລຶບຍ້ອນຫຍັງ; ຈະບໍ່ເກັບຫຍັງກ່ຽວກັບຄົນນັ້ນເລີຍ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>For example: the person asked for their data to be removed</source>
        <translation type="unfinished">ຕົວຢ່າງ: ເຈົ້າຕົວຂໍໃຫ້ລຶບຂໍ້ມູນຂອງເຂົາອອກ</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation type="unfinished">ຂ້ອຍເຂົ້າໃຈວ່າບໍ່ສາມາດຍົກເລີກຄືນໄດ້</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">ເຫດຜົນ (&amp;R):</translation>
    </message>
    <message>
        <source>You are not a coordinator: a second user of this laptop confirms with their passphrase.</source>
        <translation type="unfinished">ທ່ານບໍ່ແມ່ນຜູ້ປະສານງານ: ຜູ້ໃຊ້ຄົນທີສອງຂອງຄອມພິວເຕີເຄື່ອງນີ້ ຕ້ອງຢືນຢັນດ້ວຍປະໂຫຍກລັບຂອງເຂົາ.</translation>
    </message>
    <message>
        <source>Second &amp;user:</source>
        <translation type="unfinished">ຜູ້ໃຊ້ຄົນທີສອງ (&amp;U):</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation type="unfinished">ປະໂຫຍກລັບຂອງເຂົາ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished">ລຶບ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::FirstRunWizard</name>
    <message>
        <source>Set up Corridor</source>
        <translation type="unfinished">ຕັ້ງຄ່າ Corridor</translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpListWidget</name>
    <message>
        <source>%1 overdue, %2 due in the next %3 days</source>
        <translation type="unfinished">ເລີຍກຳນົດ %1 ລາຍການ, ຮອດກຳນົດພາຍໃນ %3 ມື້ຂ້າງໜ້າ %2 ລາຍການ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished">ນັດຕິດຕາມທີ່ຮອດກຳນົດ</translation>
    </message>
    <message>
        <source>Due within </source>
        <translation type="unfinished">ຮອດກຳນົດພາຍໃນ </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> ມື້</translation>
    </message>
    <message>
        <source>Only my case files</source>
        <translation type="unfinished">ສະເພາະແຟ້ມຂໍ້ມູນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">ໝາຍວ່າເຮັດແລ້ວ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open case file</source>
        <translation type="unfinished">ເປີດແຟ້ມຂໍ້ມູນ (&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) overdue: show them</source>
        <translation type="unfinished">
            <numerusform>ການສົ່ງຕໍ່ເລີຍກຳນົດ %n ລາຍການ: ກົດເພື່ອເບິ່ງ</numerusform>
            <numerusform>ການສົ່ງຕໍ່ເລີຍກຳນົດ %n ລາຍການ: ກົດເພື່ອເບິ່ງ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform>ເລີຍກຳນົດ %n ມື້</numerusform>
            <numerusform>ເລີຍກຳນົດ %n ມື້</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished">ຮອດກຳນົດມື້ນີ້</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>ອີກ %n ມື້</numerusform>
            <numerusform>ອີກ %n ມື້</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">ວັນກຳນົດ</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished">ຊື່ ຫຼື ຊື່ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Phone (if consent)</source>
        <translation type="unfinished">ເບີໂທ (ຖ້າຍິນຍອມ)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">ເຫດຜົນ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::HistoryDialog</name>
    <message>
        <source>History of this case file</source>
        <translation type="unfinished">ປະຫວັດຂອງແຟ້ມຂໍ້ມູນນີ້</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ເວລາ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">ໃຜ</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished">ຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">ຫຍັງ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">ຄ່າ</translation>
    </message>
    <message>
        <source>someone on that laptop</source>
        <translation type="unfinished">ຜູ້ໃຊ້ຄົນໜຶ່ງໃນຄອມພິວເຕີເຄື່ອງນັ້ນ</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation type="unfinished">%1 ຖືກລຶບ</translation>
    </message>
    <message>
        <source>%1 changed (contents removed by the erasure)</source>
        <translation type="unfinished">%1 ຖືກແກ້ໄຂ (ເນື້ອໃນຖືກລຶບອອກພ້ອມກັບການລຶບຂໍ້ມູນ)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) written</source>
        <translation type="unfinished">
            <numerusform>%1: ຂຽນ %n ຊ່ອງຂໍ້ມູນ</numerusform>
            <numerusform>%1: ຂຽນ %n ຊ່ອງຂໍ້ມູນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. A value replaced later, or one that lost a conflict, stays here.</source>
        <translation type="unfinished">
            <numerusform>ການປ່ຽນແປງ %n ລາຍການ, ລຽງຈາກໃໝ່ຫາເກົ່າ. ຄ່າທີ່ຖືກແທນທີ່ພາຍຫຼັງ, ຫຼື ຄ່າທີ່ບໍ່ໄດ້ຖືກເລືອກເມື່ອຂໍ້ມູນຂັດກັນ, ຈະຍັງຢູ່ທີ່ນີ້.</numerusform>
            <numerusform>ການປ່ຽນແປງ %n ລາຍການ, ລຽງຈາກໃໝ່ຫາເກົ່າ. ຄ່າທີ່ຖືກແທນທີ່ພາຍຫຼັງ, ຫຼື ຄ່າທີ່ບໍ່ໄດ້ຖືກເລືອກເມື່ອຂໍ້ມູນຂັດກັນ, ຈະຍັງຢູ່ທີ່ນີ້.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished">ລາຍງານການນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished">ໄຟລ໌ຊິງ</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">ຈາກ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">ຜົນ</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">ໃໝ່</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished">ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">ສ້າງໃໝ່</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">ອັບເດດ</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished">ລຶບ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">ຂໍ້ມູນຂັດກັນ</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished">ພັກໄວ້</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished">ຖືກປະຕິເສດ: %1</translation>
    </message>
    <message>
        <source>Already imported: nothing changed</source>
        <translation type="unfinished">ນຳເຂົ້າແລ້ວກ່ອນໜ້ານີ້: ບໍ່ມີຫຍັງປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <source>Refused change: %1</source>
        <translation type="unfinished">ການປ່ຽນແປງທີ່ຖືກປະຕິເສດ: %1</translation>
    </message>
    <message>
        <source>&amp;Decide conflicts…</source>
        <translation type="unfinished">ຕັດສິນຂໍ້ມູນຂັດກັນ (&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read.</source>
        <translation type="unfinished">
            <numerusform>ອ່ານໄຟລ໌ຊິງແລ້ວ %n ໄຟລ໌.</numerusform>
            <numerusform>ອ່ານໄຟລ໌ຊິງແລ້ວ %n ໄຟລ໌.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s), %1 already here.</source>
        <translation type="unfinished">
            <numerusform>ການປ່ຽນແປງໃໝ່ %n ລາຍການ, ມີຢູ່ແລ້ວ %1 ລາຍການ.</numerusform>
            <numerusform>ການປ່ຽນແປງໃໝ່ %n ລາຍການ, ມີຢູ່ແລ້ວ %1 ລາຍການ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held back until their author is enrolled.</source>
        <translation type="unfinished">
            <numerusform>ການປ່ຽນແປງ %n ລາຍການ ຖືກພັກໄວ້ ຈົນກວ່າເຄື່ອງຂອງຜູ້ຂຽນຈະໄດ້ລົງທະບຽນ.</numerusform>
            <numerusform>ການປ່ຽນແປງ %n ລາຍການ ຖືກພັກໄວ້ ຈົນກວ່າເຄື່ອງຂອງຜູ້ຂຽນຈະໄດ້ລົງທະບຽນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: tell your coordinator.</source>
        <translation type="unfinished">ແຈ້ງເຕືອນ: ກະລຸນາແຈ້ງຜູ້ປະສານງານຂອງທ່ານ.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation type="unfinished">
            <numerusform>ຂໍ້ມູນຂັດກັນທີ່ຕ້ອງຕັດສິນ %n ລາຍການ.</numerusform>
            <numerusform>ຂໍ້ມູນຂັດກັນທີ່ຕ້ອງຕັດສິນ %n ລາຍການ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused (nothing in a refused bundle is used).</source>
        <translation type="unfinished">
            <numerusform>ປະຕິເສດໄຟລ໌ຊິງ %n ໄຟລ໌ (ຈະບໍ່ໃຊ້ຫຍັງເລີຍໃນໄຟລ໌ທີ່ຖືກປະຕິເສດ).</numerusform>
            <numerusform>ປະຕິເສດໄຟລ໌ຊິງ %n ໄຟລ໌ (ຈະບໍ່ໃຊ້ຫຍັງເລີຍໃນໄຟລ໌ທີ່ຖືກປະຕິເສດ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: this may not be an accident (a changed or forged bundle, or one device using a number twice). Tell your coordinator.</source>
        <translation type="unfinished">ແຈ້ງເຕືອນ: ເລື່ອງນີ້ອາດບໍ່ແມ່ນອຸບັດຕິເຫດ (ໄຟລ໌ຊິງຖືກປ່ຽນແປງ ຫຼື ປອມແປງ, ຫຼື ເຄື່ອງໜຶ່ງໃຊ້ໝາຍເລກດຽວກັນສອງເທື່ອ). ກະລຸນາແຈ້ງຜູ້ປະສານງານຂອງທ່ານ.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>Follow-ups due (%1, %2 overdue)</source>
        <translation type="unfinished">ນັດຕິດຕາມທີ່ຮອດກຳນົດ (%1, ເລີຍກຳນົດ %2)</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation type="unfinished">ນັດຕິດຕາມທີ່ຮອດກຳນົດ (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Corridor locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform>Corridor ລັອກເອງ ຫຼັງຈາກບໍ່ມີການໃຊ້ງານ %n ນາທີ.</numerusform>
            <numerusform>Corridor ລັອກເອງ ຫຼັງຈາກບໍ່ມີການໃຊ້ງານ %n ນາທີ.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Corridor</source>
        <translation type="unfinished">ກ່ຽວກັບ Corridor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case files, cross-border referrals and training for Red Cross outreach volunteers supporting migrants living with HIV.&lt;/p&gt;&lt;p&gt;Everything is kept encrypted on this laptop (SQLCipher %2).&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;ແຟ້ມຂໍ້ມູນ, ການສົ່ງຕໍ່ຂ້າມຊາຍແດນ ແລະ ການຝຶກອົບຮົມ ສຳລັບອາສາສະໝັກພາກສະໜາມຂອງກາແດງ ທີ່ຊ່ວຍເຫຼືອຜູ້ຍ້າຍຖິ່ນທີ່ມີເຊື້ອ HIV.&lt;/p&gt;&lt;p&gt;ທຸກຢ່າງຖືກເກັບແບບເຂົ້າລະຫັດໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້ (SQLCipher %2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">ໄຟລ໌ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">ແຟ້ມ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">ເບິ່ງ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation type="unfinished">ແຟ້ມຂໍ້ມູນໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">ບັນທຶກ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished">ບັນທຶກການຕິດຕໍ່ (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find a case file</source>
        <translation type="unfinished">ຊອກຫາແຟ້ມຂໍ້ມູນ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">ລັອກ (&amp;L)</translation>
    </message>
    <message>
        <source>Lock Corridor now (Ctrl+L)</source>
        <translation type="unfinished">ລັອກ Corridor ດຽວນີ້ (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">ການຕັ້ງຄ່າ (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Case files</source>
        <translation type="unfinished">ແຟ້ມຂໍ້ມູນ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation type="unfinished">ນັດຕິດຕາມທີ່ຮອດກຳນົດ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished">ບັນທຶກການກວດສອບ (&amp;A)…</translation>
    </message>
    <message>
        <source>Audit log of this case &amp;file…</source>
        <translation type="unfinished">ບັນທຶກການກວດສອບຂອງແຟ້ມຂໍ້ມູນນີ້ (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">ໂຫຼດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Corridor</source>
        <translation type="unfinished">ກ່ຽວກັບ Corridor (&amp;A)</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation type="unfinished">ແຟ້ມຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished">ນັດຕິດຕາມທີ່ຮອດກຳນົດ</translation>
    </message>
    <message>
        <source>PRACTICE MODE — every person here is fictional. Use it to learn and to teach; nothing is kept after you quit.</source>
        <translation type="unfinished">ໂໝດຝຶກຫັດ — ທຸກຄົນໃນນີ້ແມ່ນຄົນສົມມຸດ. ໃຊ້ເພື່ອຮຽນ ແລະ ສອນ; ບໍ່ມີຫຍັງຖືກເກັບໄວ້ຫຼັງຈາກທ່ານອອກ.</translation>
    </message>
    <message>
        <source>[PRACTICE]</source>
        <translation type="unfinished">[ຝຶກຫັດ]</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">ເຂົ້າສູ່ລະບົບ: %1 (%2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">ລັອກຢູ່</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished">Corridor</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">ບົດບາດຂອງທ່ານ (ຄູຝຶກ) ບໍ່ສາມາດເບິ່ງແຟ້ມຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished">ຊິງ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;History of this case file…</source>
        <translation type="unfinished">ປະຫວັດຂອງແຟ້ມຂໍ້ມູນນີ້ (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation type="unfinished">ລຶບຂໍ້ມູນຄົນນີ້ (&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ync centre</source>
        <translation type="unfinished">ສູນຊິງ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">ນຳເຂົ້າໄຟລ໌ຊິງ (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export for a device…</source>
        <translation type="unfinished">ສົ່ງອອກໃຫ້ເຄື່ອງອື່ນ (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide…</source>
        <translation type="unfinished">ຂໍ້ມູນຂັດກັນທີ່ຕ້ອງຕັດສິນ (&amp;C)…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation type="unfinished">ບັດປະຈຳເຄື່ອງຂອງຄອມພິວເຕີເຄື່ອງນີ້ (&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished">ລົງທະບຽນເຄື່ອງ (&amp;N)…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished">ຊິງ</translation>
    </message>
    <message>
        <source>The person was erased here; the erasure travels with the next bundles.</source>
        <translation type="unfinished">ລຶບຂໍ້ມູນຄົນນີ້ອອກຈາກເຄື່ອງນີ້ແລ້ວ; ການລຶບນີ້ຈະຖືກສົ່ງຕໍ່ໄປພ້ອມກັບໄຟລ໌ຊິງຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>Referrals (%1 overdue)</source>
        <translation type="unfinished">ການສົ່ງຕໍ່ (ເລີຍກຳນົດ %1)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">ການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished">ການສົ່ງຕໍ່ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refer to another service…</source>
        <translation type="unfinished">ສົ່ງຕໍ່ໄປບໍລິການອື່ນ (&amp;R)…</translation>
    </message>
    <message>
        <source>Write a referral and its slip for the open case file (Ctrl+R)</source>
        <translation type="unfinished">ຂຽນການສົ່ງຕໍ່ ແລະ ໃບສົ່ງຕໍ່ ສຳລັບແຟ້ມຂໍ້ມູນທີ່ເປີດຢູ່ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;ceive a referral slip…</source>
        <translation type="unfinished">ຮັບໃບສົ່ງຕໍ່ (&amp;C)…</translation>
    </message>
    <message>
        <source>Referrals &amp;board</source>
        <translation type="unfinished">ກະດານຕິດຕາມການສົ່ງຕໍ່ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Site directory…</source>
        <translation type="unfinished">ລາຍຊື່ສະຖານບໍລິການ (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation type="unfinished">ຮຽນຮູ້ (&amp;L)</translation>
    </message>
    <message>
        <source>&quot;Know before you go&quot; &amp;booklet</source>
        <translation type="unfinished">ປຶ້ມຄູ່ມື &quot;ຮູ້ກ່ອນໄປ&quot; (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export the booklet as PDF…</source>
        <translation type="unfinished">ສົ່ງອອກປຶ້ມຄູ່ມືເປັນ PDF (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print the booklet…</source>
        <translation type="unfinished">ພິມປຶ້ມຄູ່ມື (&amp;P)…</translation>
    </message>
    <message>
        <source>Training &amp;curriculum</source>
        <translation type="unfinished">ຫຼັກສູດການຝຶກອົບຮົມ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Present the lesson</source>
        <translation type="unfinished">ນຳສະເໜີບົດຮຽນ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quiz on the lesson…</source>
        <translation type="unfinished">ແບບທົດສອບຂອງບົດຮຽນ (&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Training records</source>
        <translation type="unfinished">ບັນທຶກການຝຶກອົບຮົມ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record a training…</source>
        <translation type="unfinished">ບັນທຶກການຝຶກອົບຮົມໃໝ່ (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import a newer content pack…</source>
        <translation type="unfinished">ນຳເຂົ້າຊຸດເນື້ອຫາລຸ້ນໃໝ່ກວ່າ (&amp;I)…</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation type="unfinished">ປຶ້ມຄູ່ມື</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished">ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation type="unfinished">ນຳເຂົ້າຊຸດເນື້ອຫາ</translation>
    </message>
    <message>
        <source>Content packs (*.corridor-pack);;All files (*)</source>
        <translation type="unfinished">ຊຸດເນື້ອຫາ (*.corridor-pack);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Content pack not imported</source>
        <translation type="unfinished">ບໍ່ໄດ້ນຳເຂົ້າຊຸດເນື້ອຫາ</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation type="unfinished">%1

ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Replace the booklet and curriculum in use with version %1, signed by %2?</source>
        <translation type="unfinished">ປ່ຽນປຶ້ມຄູ່ມື ແລະ ຫຼັກສູດທີ່ໃຊ້ຢູ່ ເປັນລຸ້ນ %1 ທີ່ເຊັນໂດຍ %2 ບໍ?</translation>
    </message>
    <message>
        <source>Content pack version %1 is now in use (was %2).</source>
        <translation type="unfinished">ດຽວນີ້ໃຊ້ຊຸດເນື້ອຫາລຸ້ນ %1 ແລ້ວ (ເດີມແມ່ນລຸ້ນ %2).</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished">ເຊື່ອງຂໍ້ຄວາມນີ້</translation>
    </message>
</context>
<context>
    <name>corridor::ui::OrganisationPage</name>
    <message>
        <source>Your National Society</source>
        <translation type="unfinished">ສະມາຄົມກາແດງແຫ່ງຊາດຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Case files and referrals are kept per National Society and branch.</source>
        <translation type="unfinished">ແຟ້ມຂໍ້ມູນ ແລະ ການສົ່ງຕໍ່ ຖືກເກັບແຍກຕາມສະມາຄົມກາແດງແຫ່ງຊາດ ແລະ ສາຂາ.</translation>
    </message>
    <message>
        <source>&amp;National Society</source>
        <translation type="unfinished">ສະມາຄົມກາແດງແຫ່ງຊາດ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished">ສາຂາ (&amp;B)</translation>
    </message>
    <message>
        <source>e.g. Tak, Banteay Meanchey, Savannakhet</source>
        <translation type="unfinished">ເຊັ່ນ: ຕາກ, ບັນເຕຍມຽນເຈີຍ, ສະຫວັນນະເຂດ</translation>
    </message>
    <message>
        <source>Name of this &amp;laptop</source>
        <translation type="unfinished">ຊື່ຂອງຄອມພິວເຕີເຄື່ອງນີ້ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::PassphraseDialog</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">ອາສາສະໝັກ</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished">ຄູຝຶກ (ສະເພາະເນື້ອໃນ ແລະ ການຝຶກອົບຮົມ, ບໍ່ເບິ່ງແຟ້ມຂໍ້ມູນ)</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished">ປ່ຽນປະໂຫຍກລັບຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The case files are not re-encrypted, so this is quick.</source>
        <translation type="unfinished">ປະໂຫຍກລັບໃໝ່ຈະແທນອັນເກົ່າທັນທີ. ແຟ້ມຂໍ້ມູນບໍ່ຕ້ອງເຂົ້າລະຫັດໃໝ່, ສະນັ້ນຈຶ່ງໄວ.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished">ເພີ່ມຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>A second person who uses this laptop gets their own name, role and passphrase. Everything they save is signed with their name.</source>
        <translation type="unfinished">ຄົນທີສອງທີ່ໃຊ້ຄອມພິວເຕີເຄື່ອງນີ້ ຈະມີຊື່, ບົດບາດ ແລະ ປະໂຫຍກລັບຂອງຕົນເອງ. ທຸກຢ່າງທີ່ເຂົາບັນທຶກ ຈະມີຊື່ຂອງເຂົາກຳກັບໄວ້.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished">ຕັ້ງປະໂຫຍກລັບໃໝ່</translation>
    </message>
    <message>
        <source>The recovery key opened the vault. Choose whose passphrase to replace.</source>
        <translation type="unfinished">ກະແຈກູ້ຄືນເປີດຄັງຂໍ້ມູນລັບໄດ້ແລ້ວ. ເລືອກວ່າຈະປ່ຽນປະໂຫຍກລັບຂອງໃຜ.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">ປະໂຫຍກລັບທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມອັນດຽວກັນສອງເທື່ອ.</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation type="unfinished">ໃສ່ຊື່ຂອງຜູ້ໃຊ້ໃໝ່.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::PresenterWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation type="unfinished">ກຳລັງນຳສະເໜີ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n ນາທີ</numerusform>
            <numerusform>%n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <source>By the end of this lesson you can:</source>
        <translation type="unfinished">ເມື່ອຮຽນບົດນີ້ຈົບ ທ່ານຈະສາມາດ:</translation>
    </message>
    <message>
        <source>%1 — slide %2 of %3 · → next, ← back, N notes, Esc end</source>
        <translation type="unfinished">%1 — ສະໄລ້ %2 ຈາກ %3 · → ຕໍ່ໄປ, ← ກັບຄືນ, N ບັນທຶກ, Esc ຈົບ</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished">ບັນທຶກສຳລັບຜູ້ນຳພາ</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished">ສະໄລ້ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished">ຕໍ່ໄປ: %1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation type="unfinished">ສະໄລ້ສຸດທ້າຍ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::QuizDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished">ກວດຄຳຕອບ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished">ຄຳຖາມຕໍ່ໄປ (&amp;N)</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation type="unfinished">ແບບທົດສອບ: %1</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished">ປິດ (&amp;L)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">ສຳເລັດແລ້ວ</translation>
    </message>
    <message numerus="yes">
        <source>You answered %1 of %n question(s) right (%2%).</source>
        <translation type="unfinished">
            <numerusform>ທ່ານຕອບຖືກ %1 ຈາກ %n ຄຳຖາມ (%2%).</numerusform>
            <numerusform>ທ່ານຕອບຖືກ %1 ຈາກ %n ຄຳຖາມ (%2%).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished">ເລີ່ມໃໝ່ (&amp;S)</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation type="unfinished">ຄຳຖາມ %1 ຈາກ %2 · ຕອບຖືກແລ້ວ %3 ຂໍ້</translation>
    </message>
    <message>
        <source>&amp;See the score</source>
        <translation type="unfinished">ເບິ່ງຄະແນນ (&amp;S)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished">ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Not quite. The right answer is: %1</source>
        <translation type="unfinished">ຍັງບໍ່ຖືກ. ຄຳຕອບທີ່ຖືກແມ່ນ: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished">ເຫດຜົນ: %1</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished">ໃຊ້ກະແຈກູ້ຄືນ</translation>
    </message>
    <message>
        <source>Type the recovery key printed when this vault was created (your coordinator keeps it). Dashes and small letters do not matter.</source>
        <translation type="unfinished">ພິມກະແຈກູ້ຄືນທີ່ພິມອອກມາຕອນສ້າງຄັງຂໍ້ມູນລັບນີ້ (ຜູ້ປະສານງານຂອງທ່ານເກັບໄວ້). ຂີດ (-) ແລະ ຕົວພິມນ້ອຍ ບໍ່ເປັນຫຍັງ.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished">ກະແຈກູ້ຄືນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the case files. It is shown only now. Print it (or write it down exactly) and give it to your coordinator to keep in a safe. Do not photograph it or keep it with the laptop.</source>
        <translation type="unfinished">ຖ້າລືມປະໂຫຍກລັບທັງໝົດ, ກະແຈນີ້ແມ່ນທາງດຽວທີ່ຈະເຂົ້າແຟ້ມຂໍ້ມູນຄືນໄດ້. ມັນຈະສະແດງພຽງຄັ້ງນີ້ເທົ່ານັ້ນ. ພິມມັນອອກ (ຫຼື ຂຽນໄວ້ໃຫ້ຖືກທຸກຕົວ) ແລະ ມອບໃຫ້ຜູ້ປະສານງານຂອງທ່ານເກັບໄວ້ໃນຕູ້ເຊບ. ຢ່າຖ່າຍຮູບ ແລະ ຢ່າເກັບໄວ້ນຳຄອມພິວເຕີ.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished">ພິມກະແຈກູ້ຄືນ (&amp;P)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished">ຂ້ອຍໄດ້ພິມ ຫຼື ຂຽນກະແຈກູ້ຄືນໄວ້ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ReferralDialog</name>
    <message>
        <source>Known:</source>
        <translation type="unfinished">ຮູ້ວັນທີ:</translation>
    </message>
    <message>
        <source>Refer to another service</source>
        <translation type="unfinished">ສົ່ງຕໍ່ໄປບໍລິການອື່ນ</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> ມື້</translation>
    </message>
    <message>
        <source>for example TDF + 3TC + DTG</source>
        <translation type="unfinished">ເຊັ່ນ: TDF + 3TC + DTG</translation>
    </message>
    <message>
        <source>your phone or chat contact, for the receiving service</source>
        <translation type="unfinished">ເບີໂທ ຫຼື ຊ່ອງທາງແຊັດຂອງທ່ານ ສຳລັບສະຖານບໍລິການທີ່ຮັບ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ບໍ່ມີ)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished">ຜູ້ຮັບບໍລິການ:</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation type="unfinished">ສົ່ງຕໍ່ໄປທີ່:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished">ເຫດຜົນ:</translation>
    </message>
    <message>
        <source>Visit before:</source>
        <translation type="unfinished">ໄປກ່ອນວັນທີ:</translation>
    </message>
    <message>
        <source>Expected travel date:</source>
        <translation type="unfinished">ວັນທີຄາດວ່າຈະເດີນທາງ:</translation>
    </message>
    <message>
        <source>Slip languages:</source>
        <translation type="unfinished">ພາສາຂອງໃບສົ່ງຕໍ່:</translation>
    </message>
    <message>
        <source>Contact person there:</source>
        <translation type="unfinished">ຜູ້ຕິດຕໍ່ຢູ່ບ່ອນນັ້ນ:</translation>
    </message>
    <message>
        <source>Your contact:</source>
        <translation type="unfinished">ຊ່ອງທາງຕິດຕໍ່ຂອງທ່ານ:</translation>
    </message>
    <message>
        <source>Clinical summary (only inside the QR code and on the clinician page, never on the face of the slip):</source>
        <translation type="unfinished">ສະຫຼຸບຂໍ້ມູນການປິ່ນປົວ (ຢູ່ສະເພາະໃນລະຫັດ QR ແລະ ໃນໜ້າສຳລັບແພດເທົ່ານັ້ນ, ບໍ່ມີຢູ່ເທິງໜ້າໃບສົ່ງຕໍ່ເລີຍ):</translation>
    </message>
    <message>
        <source>Regimen:</source>
        <translation type="unfinished">ສູດຢາ:</translation>
    </message>
    <message>
        <source>Last dispense:</source>
        <translation type="unfinished">ຈ່າຍຢາຄັ້ງລ່າສຸດ:</translation>
    </message>
    <message>
        <source>Medicine supplied for:</source>
        <translation type="unfinished">ຢາທີ່ໃຫ້ໄປພໍສຳລັບ:</translation>
    </message>
    <message>
        <source>Create referral</source>
        <translation type="unfinished">ສ້າງການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Each language only once.</source>
        <translation type="unfinished">ເລືອກແຕ່ລະພາສາໄດ້ພຽງຄັ້ງດຽວ.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ReferralsPanel</name>
    <message>
        <source>Every status</source>
        <translation type="unfinished">ທຸກສະຖານະ</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished">ທຸກສະຖານບໍລິການ</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation type="unfinished">ສະເພາະທີ່ເລີຍກຳນົດ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Receive a slip…</source>
        <translation type="unfinished">ຮັບໃບສົ່ງຕໍ່ (&amp;R)…</translation>
    </message>
    <message>
        <source>Show the &amp;slip…</source>
        <translation type="unfinished">ສະແດງໃບສົ່ງຕໍ່ (&amp;S)…</translation>
    </message>
    <message>
        <source>Record the next s&amp;tep…</source>
        <translation type="unfinished">ບັນທຶກຂັ້ນຕອນຕໍ່ໄປ (&amp;T)…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">ລະຫັດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">ຜູ້ຮັບບໍລິການ</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">ສົ່ງໄປທີ່</translation>
    </message>
    <message>
        <source>Visit before</source>
        <translation type="unfinished">ກະລຸນາໄປກ່ອນວັນທີ</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation type="unfinished">ຂັ້ນຕອນຕໍ່ໄປ ແລະ ວັນກຳນົດ</translation>
    </message>
    <message>
        <source>Overdue: this step was expected by %1.</source>
        <translation type="unfinished">ເລີຍກຳນົດ: ຂັ້ນຕອນນີ້ຄວນແລ້ວພາຍໃນວັນທີ %1.</translation>
    </message>
    <message>
        <source>%1 referrals shown, %2 overdue on this laptop.</source>
        <translation type="unfinished">ສະແດງການສົ່ງຕໍ່ %1 ລາຍການ, ເລີຍກຳນົດ %2 ລາຍການ ໃນຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>Select a referral to see its steps.</source>
        <translation type="unfinished">ເລືອກການສົ່ງຕໍ່ ເພື່ອເບິ່ງຂັ້ນຕອນຂອງມັນ.</translation>
    </message>
    <message>
        <source>Steps of %1</source>
        <translation type="unfinished">ຂັ້ນຕອນຂອງ %1</translation>
    </message>
    <message>
        <source>Expected: %1 by %2</source>
        <translation type="unfinished">ຂັ້ນຕອນທີ່ຄາດໄວ້: %1 ພາຍໃນວັນທີ %2</translation>
    </message>
    <message>
        <source>Record a step of %1</source>
        <translation type="unfinished">ບັນທຶກຂັ້ນຕອນຂອງ %1</translation>
    </message>
    <message>
        <source>for example: seen at the ART clinic, next visit in 3 months</source>
        <translation type="unfinished">ເຊັ່ນ: ໄດ້ພົບແພດຢູ່ຄລີນິກ ART ແລ້ວ, ນັດຄັ້ງຕໍ່ໄປອີກ 3 ເດືອນ</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished">ຂັ້ນຕອນ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished">ບັນທຶກ:</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ScanSlipDialog</name>
    <message>
        <source>Receive a referral slip</source>
        <translation type="unfinished">ຮັບໃບສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Scan the square code on the slip the person shows you, from a picture or with the camera. If it cannot be read, type the referral code printed under the title.</source>
        <translation type="unfinished">ສະແກນລະຫັດສີ່ຫຼ່ຽມຢູ່ໃນໃບສົ່ງຕໍ່ທີ່ເຈົ້າຕົວເອົາໃຫ້ທ່ານເບິ່ງ ຈາກຮູບພາບ ຫຼື ດ້ວຍກ້ອງ. ຖ້າອ່ານບໍ່ໄດ້, ໃຫ້ພິມລະຫັດການສົ່ງຕໍ່ທີ່ພິມໄວ້ກ້ອງຫົວຂໍ້.</translation>
    </message>
    <message>
        <source>From a &amp;picture…</source>
        <translation type="unfinished">ຈາກຮູບພາບ (&amp;P)…</translation>
    </message>
    <message>
        <source>With the &amp;camera…</source>
        <translation type="unfinished">ດ້ວຍກ້ອງ (&amp;C)…</translation>
    </message>
    <message>
        <source>No camera was found on this laptop.</source>
        <translation type="unfinished">ບໍ່ພົບກ້ອງຖ່າຍຮູບໃນຄອມພິວເຕີເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished">ຊອກຫາ (&amp;F)</translation>
    </message>
    <message>
        <source>Referral code:</source>
        <translation type="unfinished">ລະຫັດການສົ່ງຕໍ່:</translation>
    </message>
    <message>
        <source>Referral %1 added from the slip.</source>
        <translation type="unfinished">ເພີ່ມການສົ່ງຕໍ່ %1 ຈາກໃບສົ່ງຕໍ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>Referral %1 was already here.</source>
        <translation type="unfinished">ການສົ່ງຕໍ່ %1 ມີຢູ່ໃນເຄື່ອງນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>From %1 (%2), for %3.</source>
        <translation type="unfinished">ຈາກ %1 (%2), ສຳລັບ %3.</translation>
    </message>
    <message>
        <source>Recorded as received; the sender will see it after the next sync.</source>
        <translation type="unfinished">ບັນທຶກວ່າໄດ້ຮັບແລ້ວ; ຜູ້ສົ່ງຈະເຫັນຫຼັງຈາກຊິງຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>A referral arrives here with a sync bundle, or from its slip&apos;s square code.</source>
        <translation type="unfinished">ການສົ່ງຕໍ່ຈະມາຮອດທີ່ນີ້ພ້ອມກັບໄຟລ໌ຊິງ, ຫຼື ຈາກລະຫັດສີ່ຫຼ່ຽມຢູ່ໃນໃບສົ່ງຕໍ່ຂອງມັນ.</translation>
    </message>
    <message>
        <source>Referral %1 from %2: %3.</source>
        <translation type="unfinished">ການສົ່ງຕໍ່ %1 ຈາກ %2: %3.</translation>
    </message>
    <message>
        <source>Picture of a referral slip</source>
        <translation type="unfinished">ຮູບພາບຂອງໃບສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished">ຮູບພາບ (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;ທຸກໄຟລ໌ (*)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished">ປ່ຽນປະໂຫຍກລັບຂອງທ່ານແລ້ວ.</translation>
    </message>
    <message>
        <source>The new user can now unlock this laptop with their own passphrase.</source>
        <translation type="unfinished">ຕອນນີ້ຜູ້ໃຊ້ໃໝ່ສາມາດປົດລັອກຄອມພິວເຕີເຄື່ອງນີ້ດ້ວຍປະໂຫຍກລັບຂອງຕົນເອງໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 branch
Device id %4</source>
        <translation type="unfinished">%1 — %2, ສາຂາ %3
ລະຫັດເຄື່ອງ %4</translation>
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation type="unfinished">ໂຫຼດການແປສຳລັບພາສານີ້ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished">ບັນທຶກການຕັ້ງຄ່າແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SitesDialog</name>
    <message>
        <source>Site directory</source>
        <translation type="unfinished">ລາຍຊື່ສະຖານບໍລິການ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">ສະຖານບໍລິການ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">ອົງການ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ປະເທດ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">ທີ່ມາ</translation>
    </message>
    <message>
        <source>CRC, LRC, MRCS, TRCS, or another code</source>
        <translation type="unfinished">CRC, LRC, MRCS, TRCS ຫຼື ລະຫັດອື່ນ</translation>
    </message>
    <message>
        <source>KH, LA, MM or TH</source>
        <translation type="unfinished">KH, LA, MM ຫຼື TH</translation>
    </message>
    <message>
        <source>clinic, national-society, embassy, ngo</source>
        <translation type="unfinished">clinic, national-society, embassy, ngo</translation>
    </message>
    <message>
        <source>only a number you have checked</source>
        <translation type="unfinished">ສະເພາະເບີທີ່ທ່ານກວດສອບແລ້ວ</translation>
    </message>
    <message>
        <source>for example th, en</source>
        <translation type="unfinished">ເຊັ່ນ: th, en</translation>
    </message>
    <message>
        <source>for example ART, HIV testing, passports</source>
        <translation type="unfinished">ເຊັ່ນ: ART, ກວດຫາເຊື້ອ HIV, ໜັງສືຜ່ານແດນ</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished">ຊື່ (ພາສາອັງກິດ):</translation>
    </message>
    <message>
        <source>Name in the local language:</source>
        <translation type="unfinished">ຊື່ເປັນພາສາທ້ອງຖິ່ນ:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished">ອົງການ:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">ປະເທດ:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">ປະເພດ:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished">ທີ່ຢູ່:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished">ເບີໂທ:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation type="unfinished">ເວລາເປີດບໍລິການ:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished">ເວັບໄຊ:</translation>
    </message>
    <message>
        <source>Languages spoken:</source>
        <translation type="unfinished">ພາສາທີ່ເວົ້າໄດ້:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished">ບໍລິການ:</translation>
    </message>
    <message>
        <source>A wrong phone number on a slip sends a person nowhere: leave a field empty rather than guess. Saved changes reach your branch with the next sync.</source>
        <translation type="unfinished">ເບີໂທທີ່ຜິດໃນໃບສົ່ງຕໍ່ ຈະເຮັດໃຫ້ຄົນໄປບໍ່ເຖິງບ່ອນໃດເລີຍ: ຖ້າບໍ່ແນ່ໃຈ ໃຫ້ປະຊ່ອງນັ້ນຫວ່າງໄວ້ ດີກວ່າເດົາ. ການປ່ຽນແປງທີ່ບັນທຶກແລ້ວ ຈະໄປເຖິງສາຂາຂອງທ່ານ ເມື່ອຊິງຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation type="unfinished">ສະຖານບໍລິການໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation type="unfinished">ບັນທຶກສະຖານບໍລິການ (&amp;S)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished">ມາພ້ອມກັບໂປຣແກຣມ</translation>
    </message>
    <message>
        <source>corrected here</source>
        <translation type="unfinished">ແກ້ໄຂຢູ່ເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>added here</source>
        <translation type="unfinished">ເພີ່ມຢູ່ເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>Saved. Your branch receives it with the next sync.</source>
        <translation type="unfinished">ບັນທຶກແລ້ວ. ສາຂາຂອງທ່ານຈະໄດ້ຮັບ ເມື່ອຊິງຄັ້ງຕໍ່ໄປ.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SlipDialog</name>
    <message>
        <source>Add the clinician page (clinical summary)</source>
        <translation type="unfinished">ເພີ່ມໜ້າສຳລັບແພດ (ສະຫຼຸບຂໍ້ມູນການປິ່ນປົວ)</translation>
    </message>
    <message>
        <source>Referral slip %1</source>
        <translation type="unfinished">ໃບສົ່ງຕໍ່ %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ບໍ່ມີ)</translation>
    </message>
    <message>
        <source>A5 (half a sheet)</source>
        <translation type="unfinished">A5 (ເຄິ່ງແຜ່ນ)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished">ໃບສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Clinician page</source>
        <translation type="unfinished">ໜ້າສຳລັບແພດ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished">ບັນທຶກເປັນ PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Save as p&amp;icture…</source>
        <translation type="unfinished">ບັນທຶກເປັນຮູບພາບ (&amp;I)…</translation>
    </message>
    <message>
        <source>A PNG picture to send in a chat app; the code scans from the picture too.</source>
        <translation type="unfinished">ຮູບພາບ PNG ສຳລັບສົ່ງທາງແອັບແຊັດ; ລະຫັດສີ່ຫຼ່ຽມໃນຮູບກໍສະແກນໄດ້ຄືກັນ.</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">ພາສາ:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished">ເບິ່ງຕົວຢ່າງ:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished">ຂະໜາດເຈ້ຍ:</translation>
    </message>
    <message>
        <source>The face of the slip says only “health service referral”: no diagnosis, no medicine. Clinical details travel inside the QR code, which only the sending and receiving National Societies can read.</source>
        <translation type="unfinished">ໜ້າໃບສົ່ງຕໍ່ຂຽນພຽງແຕ່ “ໃບສົ່ງຕໍ່ຮັບບໍລິການສຸຂະພາບ”: ບໍ່ມີຜົນການວິນິດໄສ, ບໍ່ມີຊື່ຢາ. ຂໍ້ມູນການປິ່ນປົວຢູ່ພາຍໃນລະຫັດ QR ເຊິ່ງມີແຕ່ສະມາຄົມກາແດງແຫ່ງຊາດທີ່ສົ່ງ ແລະ ທີ່ຮັບເທົ່ານັ້ນ ທີ່ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>Choose each language once.</source>
        <translation type="unfinished">ເລືອກແຕ່ລະພາສາພຽງຄັ້ງດຽວ.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished">ສົ່ງໄປເຄື່ອງພິມແລ້ວ.</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation type="unfinished">ບັນທຶກໃບສົ່ງຕໍ່ເປັນ PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">ບັນທຶກ %1 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Save the slip as a picture</source>
        <translation type="unfinished">ບັນທຶກໃບສົ່ງຕໍ່ເປັນຮູບພາບ</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished">ຮູບພາບ PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SyncCentre</name>
    <message>
        <source>Device</source>
        <translation type="unfinished">ເຄື່ອງ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">ບົດບາດ</translation>
    </message>
    <message>
        <source>National Society, branch</source>
        <translation type="unfinished">ສະມາຄົມກາແດງແຫ່ງຊາດ, ສາຂາ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished">ຂອບເຂດ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished">ຢືນຢັນຮັບແລ້ວ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">ໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished">ລໍຖ້າສົ່ງ</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished">ຄວາມເຊື່ອຖື</translation>
    </message>
    <message>
        <source>&amp;Export for this device…</source>
        <translation type="unfinished">ສົ່ງອອກໃຫ້ເຄື່ອງນີ້ (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">ນຳເຂົ້າໄຟລ໌ຊິງ (&amp;I)…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation type="unfinished">ບັດປະຈຳເຄື່ອງຂອງຄອມພິວເຕີເຄື່ອງນີ້ (&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished">ລົງທະບຽນເຄື່ອງ (&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished">ເພີກຖອນ (&amp;V)…</translation>
    </message>
    <message>
        <source>Drop folders</source>
        <translation type="unfinished">ໂຟນເດີຮັບ-ສົ່ງ</translation>
    </message>
    <message>
        <source>If a folder is kept in sync by something else — Syncthing, a network share, a USB stick — Corridor imports every new bundle that appears in the inbox and writes bundles for your peers to the outbox, on its own.</source>
        <translation type="unfinished">ຖ້າມີໂຟນເດີທີ່ຖືກຊິງຢູ່ແລ້ວດ້ວຍວິທີອື່ນ — Syncthing, ໂຟນເດີທີ່ແບ່ງປັນໃນເຄືອຂ່າຍ, ແຟລດໄດຣຟ໌ USB — Corridor ຈະນຳເຂົ້າໄຟລ໌ຊິງໃໝ່ທຸກໄຟລ໌ທີ່ປາກົດໃນໂຟນເດີຂາເຂົ້າ ແລະ ຂຽນໄຟລ໌ຊິງສຳລັບເຄື່ອງອື່ນໆ ໄວ້ໃນໂຟນເດີຂາອອກ ໃຫ້ເອງໂດຍອັດຕະໂນມັດ.</translation>
    </message>
    <message>
        <source>Inbox:</source>
        <translation type="unfinished">ໂຟນເດີຂາເຂົ້າ:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation type="unfinished">ໂຟນເດີຂາອອກ:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">ຍັງບໍ່ໄດ້ຕັ້ງ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">ເລືອກ…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">ຊິງດຽວນີ້ (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This laptop:&lt;/b&gt; %1 · %2 · %3, %4 · device id &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation type="unfinished">&lt;b&gt;ຄອມພິວເຕີເຄື່ອງນີ້:&lt;/b&gt; %1 · %2 · %3, ສາຂາ %4 · ລະຫັດເຄື່ອງ &lt;tt&gt;%5&lt;/tt&gt;</translation>
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
        <translation type="unfinished">ຄູ່ຮ່ວມງານ: ສະເພາະການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Branch: case files</source>
        <translation type="unfinished">ສາຂາ: ແຟ້ມຂໍ້ມູນ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform>ການປ່ຽນແປງ %n ລາຍການ</numerusform>
            <numerusform>ການປ່ຽນແປງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished">ຖືກເພີກຖອນ</translation>
    </message>
    <message>
        <source>card taken in here</source>
        <translation type="unfinished">ຮັບບັດປະຈຳເຄື່ອງໄວ້ທີ່ນີ້</translation>
    </message>
    <message>
        <source>enrolled by a coordinator</source>
        <translation type="unfinished">ລົງທະບຽນໂດຍຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>No other device is trusted yet. Show this laptop&apos;s card to your coordinator, or enrol a device from its card.</source>
        <translation type="unfinished">ຍັງບໍ່ມີເຄື່ອງອື່ນທີ່ໄດ້ຮັບຄວາມເຊື່ອຖື. ສະແດງບັດປະຈຳເຄື່ອງຂອງຄອມພິວເຕີເຄື່ອງນີ້ໃຫ້ຜູ້ປະສານງານຂອງທ່ານເບິ່ງ, ຫຼື ລົງທະບຽນເຄື່ອງອື່ນຈາກບັດປະຈຳເຄື່ອງຂອງມັນ.</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke a device.</source>
        <translation type="unfinished">ສະເພາະຜູ້ປະສານງານເທົ່ານັ້ນ ທີ່ເພີກຖອນເຄື່ອງໄດ້.</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide (%1)…</source>
        <translation type="unfinished">ຂໍ້ມູນຂັດກັນທີ່ຕ້ອງຕັດສິນ (%1) (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">ຂໍ້ມູນຂັດກັນ (&amp;C)…</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation type="unfinished">ກຳລັງນຳເຂົ້າໄຟລ໌ຊິງ…</translation>
    </message>
    <message>
        <source>Stop after this bundle</source>
        <translation type="unfinished">ຢຸດຫຼັງຈາກໄຟລ໌ນີ້</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished">ກຳລັງນຳເຂົ້າ %1 (%2 ຈາກ %3)…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished">ນຳເຂົ້າໄຟລ໌ຊິງ</translation>
    </message>
    <message>
        <source>Corridor bundles (*.corridor);;All files (*)</source>
        <translation type="unfinished">ໄຟລ໌ຊິງ Corridor (*.corridor);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished">ກຳລັງຂຽນໄຟລ໌ຊິງ…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1. Give the file to the other device in any way — it is encrypted for that device alone and signed by this laptop.</source>
        <translation type="unfinished">
            <numerusform>ຂຽນການປ່ຽນແປງ %n ລາຍການລົງໃນ %1 ແລ້ວ. ສົ່ງໄຟລ໌ນີ້ໃຫ້ເຄື່ອງປາຍທາງດ້ວຍວິທີໃດກໍໄດ້ — ມັນຖືກເຂົ້າລະຫັດໄວ້ໃຫ້ເຄື່ອງນັ້ນເທົ່ານັ້ນ ແລະ ເຊັນໂດຍຄອມພິວເຕີເຄື່ອງນີ້.</numerusform>
            <numerusform>ຂຽນການປ່ຽນແປງ %n ລາຍການລົງໃນ %1 ແລ້ວ. ສົ່ງໄຟລ໌ນີ້ໃຫ້ເຄື່ອງປາຍທາງດ້ວຍວິທີໃດກໍໄດ້ — ມັນຖືກເຂົ້າລະຫັດໄວ້ໃຫ້ເຄື່ອງນັ້ນເທົ່ານັ້ນ ແລະ ເຊັນໂດຍຄອມພິວເຕີເຄື່ອງນີ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation type="unfinished">ສົ່ງອອກໃຫ້ %1</translation>
    </message>
    <message>
        <source>Corridor bundles (*.corridor)</source>
        <translation type="unfinished">ໄຟລ໌ຊິງ Corridor (*.corridor)</translation>
    </message>
    <message>
        <source>Device %1 is trusted now. Export a bundle for it to start syncing.</source>
        <translation type="unfinished">ຕອນນີ້ເຄື່ອງ %1 ໄດ້ຮັບຄວາມເຊື່ອຖືແລ້ວ. ສົ່ງອອກໄຟລ໌ຊິງໃຫ້ມັນ ເພື່ອເລີ່ມຊິງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation type="unfinished">ເພີກຖອນເຄື່ອງ</translation>
    </message>
    <message>
        <source>Revoke %1?

Everything it signs from now on is refused here and, once this travels with your next bundles, on every laptop of your branch. Do this when a laptop is lost or stolen. It cannot be undone.</source>
        <translation type="unfinished">ເພີກຖອນ %1 ບໍ?

ທຸກຢ່າງທີ່ມັນເຊັນນັບແຕ່ນີ້ໄປ ຈະຖືກປະຕິເສດຢູ່ທີ່ນີ້ ແລະ, ເມື່ອການເພີກຖອນນີ້ຖືກສົ່ງຕໍ່ໄປພ້ອມກັບໄຟລ໌ຊິງຄັ້ງຕໍ່ໄປຂອງທ່ານແລ້ວ, ກໍຈະຖືກປະຕິເສດຢູ່ໃນຄອມພິວເຕີທຸກເຄື່ອງຂອງສາຂາທ່ານ. ໃຫ້ເຮັດແບບນີ້ເມື່ອຄອມພິວເຕີເສຍ ຫຼື ຖືກລັກ. ບໍ່ສາມາດຍົກເລີກຄືນໄດ້.</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation type="unfinished">ເລືອກໂຟນເດີຂາເຂົ້າ</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation type="unfinished">ເລືອກໂຟນເດີຂາອອກ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last sync at %1: %n bundle(s) imported, %2 written to the outbox.</source>
        <translation type="unfinished">
            <numerusform>ຊິງຄັ້ງລ່າສຸດເມື່ອ %1: ນຳເຂົ້າໄຟລ໌ຊິງ %n ໄຟລ໌, ຂຽນລົງໂຟນເດີຂາອອກ %2 ໄຟລ໌.</numerusform>
            <numerusform>ຊິງຄັ້ງລ່າສຸດເມື່ອ %1: ນຳເຂົ້າໄຟລ໌ຊິງ %n ໄຟລ໌, ຂຽນລົງໂຟນເດີຂາອອກ %2 ໄຟລ໌.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::TrainingDialog</name>
    <message>
        <source>not taken</source>
        <translation type="unfinished">ບໍ່ໄດ້ທົດສອບ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">ຍິງ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ຊາຍ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">ອາສາສະໝັກ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished">ພະນັກງານ</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation type="unfinished">ສະມາຊິກຊຸມຊົນ</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation type="unfinished">ເພີ່ມຄົນ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished">ລຶບຄົນທີ່ເລືອກອອກ (&amp;R)</translation>
    </message>
    <message>
        <source>Record a training session</source>
        <translation type="unfinished">ບັນທຶກການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>e.g. Mae Sot branch office</source>
        <translation type="unfinished">ເຊັ່ນ: ຫ້ອງການສາຂາແມ່ສອດ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ເພດ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">ບົດບາດ</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation type="unfinished">ຄະແນນທົດສອບກ່ອນຝຶກ</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation type="unfinished">ຄະແນນທົດສອບຫຼັງຝຶກ</translation>
    </message>
    <message>
        <source>Anything the coordinator should know (optional)</source>
        <translation type="unfinished">ສິ່ງທີ່ຜູ້ປະສານງານຄວນຮູ້ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">ວັນທີ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">ສະຖານທີ່ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation type="unfinished">ຄູຝຶກ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Modules taught:</source>
        <translation type="unfinished">ໂມດູນທີ່ໄດ້ສອນ (&amp;M):</translation>
    </message>
    <message>
        <source>Who &amp;attended:</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ (&amp;A):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມ (&amp;O):</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished">ເລືອກ…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::TrainingPanel</name>
    <message>
        <source>Trainers and coordinators record training sessions.</source>
        <translation type="unfinished">ຄູຝຶກ ແລະ ຜູ້ປະສານງານ ເປັນຜູ້ບັນທຶກການຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Attendees at %1, %2 (%3)</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມທີ່ %1, %2 (%3 ຄົນ)</translation>
    </message>
    <message numerus="yes">
        <source>Training at %1 recorded: %n person(s). It goes to the coordinator with the next bundle.</source>
        <translation type="unfinished">
            <numerusform>ບັນທຶກການຝຶກອົບຮົມທີ່ %1 ແລ້ວ: %n ຄົນ. ມັນຈະຖືກສົ່ງໄປຫາຜູ້ປະສານງານ ພ້ອມກັບໄຟລ໌ຊິງຄັ້ງຕໍ່ໄປ.</numerusform>
            <numerusform>ບັນທຶກການຝຶກອົບຮົມທີ່ %1 ແລ້ວ: %n ຄົນ. ມັນຈະຖືກສົ່ງໄປຫາຜູ້ປະສານງານ ພ້ອມກັບໄຟລ໌ຊິງຄັ້ງຕໍ່ໄປ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record a training…</source>
        <translation type="unfinished">ບັນທຶກການຝຶກອົບຮົມໃໝ່ (&amp;R)…</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished">ລາຍການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>People trained per module</source>
        <translation type="unfinished">ຈຳນວນຄົນທີ່ໄດ້ຮັບການຝຶກ ແຍກຕາມໂມດູນ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished">ໂມດູນ</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished">ຄູຝຶກ</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">ຈຳນວນຄົນ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">ເພດ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">ບົດບາດ</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished">ຄະແນນກ່ອນຝຶກ</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation type="unfinished">ຄະແນນຫຼັງຝຶກ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished">ໂມດູນ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">ຈຳນວນຄັ້ງ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished">ແມ່ຍິງ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished">ຜູ້ຊາຍ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
    <message>
        <source>Mean pre-test</source>
        <translation type="unfinished">ຄະແນນສະເລ່ຍກ່ອນຝຶກ</translation>
    </message>
    <message>
        <source>Mean post-test</source>
        <translation type="unfinished">ຄະແນນສະເລ່ຍຫຼັງຝຶກ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::UnlockWidget</name>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished">ຄັງຂໍ້ມູນລັບ: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">ກຳລັງປົດລັອກ…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ປົດລັອກ (&amp;U)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">ກະລຸນາພິມປະໂຫຍກລັບຂອງທ່ານກ່ອນ.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::UserPage</name>
    <message>
        <source>You</source>
        <translation type="unfinished">ທ່ານ</translation>
    </message>
    <message>
        <source>Your name is written on everything you save. The passphrase protects the case files: choose a short sentence in your own language that others cannot guess.</source>
        <translation type="unfinished">ຊື່ຂອງທ່ານຈະຖືກຂຽນໄວ້ໃນທຸກຢ່າງທີ່ທ່ານບັນທຶກ. ປະໂຫຍກລັບປົກປ້ອງແຟ້ມຂໍ້ມູນ: ເລືອກປະໂຫຍກສັ້ນໆ ເປັນພາສາຂອງທ່ານເອງ ທີ່ຄົນອື່ນເດົາບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished">ຊື່ຂອງທ່ານ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">ບົດບາດ (&amp;R)</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">ອາສາສະໝັກ</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished">ຄູຝຶກ (ສະເພາະເນື້ອໃນ ແລະ ການຝຶກອົບຮົມ, ບໍ່ເບິ່ງແຟ້ມຂໍ້ມູນ)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">ປະໂຫຍກລັບ (&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished">ພິມອີກຄັ້ງ (&amp;E)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">ປະໂຫຍກລັບທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມອັນດຽວກັນສອງເທື່ອ.</translation>
    </message>
</context>
<context>
    <name>corridor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Corridor</source>
        <translation type="unfinished">ຍິນດີຕ້ອນຮັບສູ່ Corridor</translation>
    </message>
    <message>
        <source>Corridor keeps the case files of the migrants you support, encrypted on this laptop. It works without internet.

In the next steps you choose your National Society and branch, your name and a passphrase. At the end Corridor shows a recovery key once: print it or write it down for your coordinator.</source>
        <translation type="unfinished">Corridor ເກັບແຟ້ມຂໍ້ມູນຂອງຜູ້ຍ້າຍຖິ່ນທີ່ທ່ານຊ່ວຍເຫຼືອ ແບບເຂົ້າລະຫັດໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້. ມັນເຮັດວຽກໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.

ໃນຂັ້ນຕອນຕໍ່ໄປ ທ່ານຈະເລືອກສະມາຄົມກາແດງແຫ່ງຊາດ ແລະ ສາຂາຂອງທ່ານ, ຊື່ຂອງທ່ານ ແລະ ປະໂຫຍກລັບ. ໃນຕອນທ້າຍ Corridor ຈະສະແດງກະແຈກູ້ຄືນໜຶ່ງຄັ້ງ: ພິມມັນອອກ ຫຼື ຂຽນໄວ້ໃຫ້ຜູ້ປະສານງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ພາສາ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished">ບໍ່ຮູ້ຈັກຄຳສັ່ງ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Case files, cross-border referrals and training for Red Cross outreach volunteers.</source>
        <translation type="unfinished">ແຟ້ມຂໍ້ມູນ, ການສົ່ງຕໍ່ຂ້າມຊາຍແດນ ແລະ ການຝຶກອົບຮົມ ສຳລັບອາສາສະໝັກພາກສະໜາມຂອງກາແດງ.</translation>
    </message>
    <message>
        <source>Open a throwaway vault of fictional case files for training.</source>
        <translation type="unfinished">ເປີດຄັງຂໍ້ມູນລັບຊົ່ວຄາວ ທີ່ມີແຟ້ມຂໍ້ມູນສົມມຸດ ເພື່ອຝຶກອົບຮົມ.</translation>
    </message>
    <message>
        <source>Use the vault in this folder.</source>
        <translation type="unfinished">ໃຊ້ຄັງຂໍ້ມູນລັບໃນໂຟນເດີນີ້.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished">ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Interface language: en, km, lo, my or th.</source>
        <translation type="unfinished">ພາສາຂອງໂປຣແກຣມ: en, km, lo, my ຫຼື th.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">ລະຫັດ</translation>
    </message>
</context>
</TS>
