<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AgeEncryption</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">เริ่มไลบรารีการเข้ารหัสไม่ได้</translation>
    </message>
    <message>
        <source>there is nobody to encrypt for</source>
        <translation type="unfinished">ไม่มีผู้รับที่จะเข้ารหัสให้</translation>
    </message>
    <message>
        <source>a recipient key has the wrong length</source>
        <translation type="unfinished">กุญแจของผู้รับมีความยาวไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>a recipient key is not a valid X25519 key</source>
        <translation type="unfinished">กุญแจของผู้รับไม่ใช่กุญแจ X25519 ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>not a valid age file: %1</source>
        <translation type="unfinished">ไม่ใช่ไฟล์ age ที่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>the decryption key has the wrong length</source>
        <translation type="unfinished">กุญแจถอดรหัสมีความยาวไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the version line is missing</source>
        <translation type="unfinished">ไม่มีบรรทัดระบุรุ่น</translation>
    </message>
    <message>
        <source>the header ends early</source>
        <translation type="unfinished">ส่วนหัวจบเร็วกว่าที่ควร</translation>
    </message>
    <message>
        <source>a recipient line is malformed</source>
        <translation type="unfinished">บรรทัดผู้รับผิดรูปแบบ</translation>
    </message>
    <message>
        <source>a recipient body is malformed</source>
        <translation type="unfinished">เนื้อหาของผู้รับผิดรูปแบบ</translation>
    </message>
    <message>
        <source>an X25519 recipient is malformed</source>
        <translation type="unfinished">ผู้รับแบบ X25519 ผิดรูปแบบ</translation>
    </message>
    <message>
        <source>this file was not encrypted for this device</source>
        <translation type="unfinished">ไฟล์นี้ไม่ได้เข้ารหัสไว้สำหรับเครื่องนี้</translation>
    </message>
    <message>
        <source>the encrypted file&apos;s header was changed</source>
        <translation type="unfinished">ส่วนหัวของไฟล์ที่เข้ารหัสถูกแก้ไข</translation>
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation type="unfinished">เนื้อหาข้อมูลไม่ครบ (ถูกตัดหาย)</translation>
    </message>
    <message>
        <source>the encrypted content is larger than allowed</source>
        <translation type="unfinished">เนื้อหาที่เข้ารหัสมีขนาดใหญ่เกินที่อนุญาต</translation>
    </message>
    <message>
        <source>a payload chunk is truncated</source>
        <translation type="unfinished">ข้อมูลท่อนหนึ่งไม่ครบ (ถูกตัดหาย)</translation>
    </message>
    <message>
        <source>the encrypted content was changed or truncated</source>
        <translation type="unfinished">เนื้อหาที่เข้ารหัสถูกแก้ไขหรือถูกตัดหาย</translation>
    </message>
    <message>
        <source>an empty final chunk</source>
        <translation type="unfinished">ท่อนข้อมูลสุดท้ายว่างเปล่า</translation>
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
        <translation type="unfinished">สร้างไฟล์ชั่วคราวไม่ได้</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished">เขียนไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation type="unfinished">แทนที่ไฟล์เดิมไม่ได้</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished">ไม่พบ %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished">%1 มีขนาดใหญ่เกิน %2 ไบต์</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Only coordinators can read the audit log.</source>
        <translation type="unfinished">เฉพาะผู้ประสานงานเท่านั้นที่อ่านบันทึกการใช้งานได้</translation>
    </message>
</context>
<context>
    <name>Base45</name>
    <message>
        <source>the Base45 text has an impossible length</source>
        <translation type="unfinished">ข้อความ Base45 มีความยาวที่เป็นไปไม่ได้</translation>
    </message>
    <message>
        <source>the Base45 text holds a character outside its alphabet</source>
        <translation type="unfinished">ข้อความ Base45 มีตัวอักษรที่ไม่อยู่ในชุดตัวอักษรของ Base45</translation>
    </message>
    <message>
        <source>the Base45 text holds a group that is out of range</source>
        <translation type="unfinished">ข้อความ Base45 มีกลุ่มตัวอักษรที่อยู่นอกช่วงที่ใช้ได้</translation>
    </message>
</context>
<context>
    <name>Bech32</name>
    <message>
        <source>mixed upper and lower case</source>
        <translation type="unfinished">มีทั้งตัวพิมพ์ใหญ่และตัวพิมพ์เล็กปนกัน</translation>
    </message>
    <message>
        <source>no separator or checksum</source>
        <translation type="unfinished">ไม่มีตัวคั่นหรือค่าตรวจสอบ (checksum)</translation>
    </message>
    <message>
        <source>a character outside the Bech32 alphabet</source>
        <translation type="unfinished">มีตัวอักษรที่ไม่อยู่ในชุดตัวอักษรของ Bech32</translation>
    </message>
    <message>
        <source>the checksum does not match (a typing mistake?)</source>
        <translation type="unfinished">ค่าตรวจสอบไม่ตรงกัน (พิมพ์ผิดหรือเปล่า?)</translation>
    </message>
    <message>
        <source>invalid padding</source>
        <translation type="unfinished">ส่วนเติมเต็ม (padding) ไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>BookletPdf</name>
    <message>
        <source>&quot;%1&quot; is not a booklet language; use en, km, lo, my or th.</source>
        <translation type="unfinished">&quot;%1&quot; ไม่ใช่ภาษาของคู่มือ ใช้ en, km, lo, my หรือ th</translation>
    </message>
    <message>
        <source>The language %1 is given twice.</source>
        <translation type="unfinished">ระบุภาษา %1 ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>Give one language, or two for side by side (for example km,en).</source>
        <translation type="unfinished">ระบุหนึ่งภาษา หรือสองภาษาเพื่อแสดงคู่กัน (เช่น km,en)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booklet language.</source>
        <translation type="unfinished">&quot;%1&quot; ไม่ใช่ภาษาของคู่มือ</translation>
    </message>
    <message>
        <source>Give one language, or two for side by side.</source>
        <translation type="unfinished">ระบุหนึ่งภาษา หรือสองภาษาเพื่อแสดงคู่กัน</translation>
    </message>
    <message>
        <source>The booklet&apos;s contents do not fit on its cover.</source>
        <translation type="unfinished">สารบัญของคู่มือยาวเกินกว่าจะใส่ในหน้าปกได้</translation>
    </message>
    <message>
        <source>The booklet cannot be drawn on this device.</source>
        <translation type="unfinished">วาดคู่มือลงบนอุปกรณ์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">ไม่มีโฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>a bundle for this laptop itself makes no sense</source>
        <translation type="unfinished">สร้างไฟล์ซิงค์ให้โน้ตบุ๊กเครื่องนี้เองไม่ได้</translation>
    </message>
    <message>
        <source>device %1 is not enrolled here; enrol its card first</source>
        <translation type="unfinished">เครื่อง %1 ยังไม่ได้ลงทะเบียนที่นี่ กรุณาลงทะเบียนบัตรประจำเครื่องของเครื่องนั้นก่อน</translation>
    </message>
    <message>
        <source>device %1 was revoked</source>
        <translation type="unfinished">เครื่อง %1 ถูกเพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>the peer&apos;s key cannot receive encrypted files</source>
        <translation type="unfinished">กุญแจของเครื่องปลายทางใช้รับไฟล์ที่เข้ารหัสไม่ได้</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>the bundle file is larger than %1 MiB</source>
        <translation type="unfinished">ไฟล์ซิงค์มีขนาดใหญ่เกิน %1 MiB</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature key does not match the exporter it names</source>
        <translation type="unfinished">กุญแจลายเซ็นของไฟล์ซิงค์ไม่ตรงกับเครื่องที่ส่งออกซึ่งระบุไว้ในไฟล์</translation>
    </message>
    <message>
        <source>the signature file is not written the way Corridor writes it</source>
        <translation type="unfinished">ไฟล์ลายเซ็นไม่ได้เขียนในรูปแบบที่ Corridor เขียน</translation>
    </message>
    <message>
        <source>the archive&apos;s file times do not match the bundle&apos;s signed time</source>
        <translation type="unfinished">เวลาของไฟล์ในแฟ้มรวมไม่ตรงกับเวลาที่ลงลายเซ็นไว้ของไฟล์ซิงค์</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>its clock is more than a day ahead of this laptop&apos;s (a wrong date on the laptop that wrote it?); held for review</source>
        <translation type="unfinished">เวลาที่บันทึกไว้เร็วกว่านาฬิกาของโน้ตบุ๊กเครื่องนี้เกินหนึ่งวัน (วันที่ในโน้ตบุ๊กที่เขียนข้อมูลนี้ผิดหรือเปล่า?) จึงพักไว้เพื่อตรวจสอบ</translation>
    </message>
    <message>
        <source>device %1 signed two different changesets numbered %2 (possible tampering)</source>
        <translation type="unfinished">เครื่อง %1 ลงลายเซ็นชุดการเปลี่ยนแปลงสองชุดที่ต่างกันแต่ใช้หมายเลข %2 เดียวกัน (อาจมีการปลอมแปลง)</translation>
    </message>
    <message>
        <source>a changeset whose signature does not match its author&apos;s key</source>
        <translation type="unfinished">ชุดการเปลี่ยนแปลงที่ลายเซ็นไม่ตรงกับกุญแจของผู้บันทึก</translation>
    </message>
    <message>
        <source>this bundle was exported by this laptop</source>
        <translation type="unfinished">ไฟล์ซิงค์นี้ส่งออกจากโน้ตบุ๊กเครื่องนี้เอง</translation>
    </message>
    <message>
        <source>the bundle comes from device %1, which is not enrolled here (enrol its card first)</source>
        <translation type="unfinished">ไฟล์ซิงค์มาจากเครื่อง %1 ซึ่งยังไม่ได้ลงทะเบียนที่นี่ (กรุณาลงทะเบียนบัตรประจำเครื่องของเครื่องนั้นก่อน)</translation>
    </message>
    <message>
        <source>the bundle comes from %1, which was revoked before it wrote this bundle</source>
        <translation type="unfinished">ไฟล์ซิงค์มาจาก %1 ซึ่งถูกเพิกถอนไปแล้วก่อนที่จะเขียนไฟล์ซิงค์นี้</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match: it was changed after %1 signed it, or it was not signed by that device</source>
        <translation type="unfinished">ลายเซ็นของไฟล์ซิงค์ไม่ตรงกัน: ไฟล์ถูกแก้ไขหลังจากที่ %1 ลงลายเซ็น หรือไม่ได้ลงลายเซ็นโดยเครื่องนั้น</translation>
    </message>
    <message>
        <source>the bundle is addressed to another device (%1)</source>
        <translation type="unfinished">ไฟล์ซิงค์นี้ส่งถึงเครื่องอื่น (%1)</translation>
    </message>
    <message>
        <source>%1 sent two different bundles numbered %2; the second was refused (possible forgery)</source>
        <translation type="unfinished">%1 ส่งไฟล์ซิงค์สองไฟล์ที่ต่างกันแต่ใช้หมายเลข %2 เดียวกัน ไฟล์ที่สองจึงถูกปฏิเสธ (อาจเป็นของปลอม)</translation>
    </message>
    <message>
        <source>the bundle&apos;s signed header and its content disagree (re-signed by someone else?)</source>
        <translation type="unfinished">ส่วนหัวที่ลงลายเซ็นไว้ของไฟล์ซิงค์ไม่ตรงกับเนื้อหา (มีคนอื่นลงลายเซ็นใหม่หรือเปล่า?)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished">ไม่ได้นำเข้าอะไรเลย: %1</translation>
    </message>
    <message>
        <source>an erased changeset that does not match the one held here</source>
        <translation type="unfinished">ชุดการเปลี่ยนแปลงที่ถูกลบเนื้อหาแล้วไม่ตรงกับชุดที่มีอยู่ที่นี่</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>the bundle&apos;s signed header is not one Corridor writes</source>
        <translation type="unfinished">ส่วนหัวที่ลงลายเซ็นไว้ของไฟล์ซิงค์ไม่ใช่แบบที่ Corridor เขียน</translation>
    </message>
    <message>
        <source>the bundle&apos;s content is malformed: %1</source>
        <translation type="unfinished">เนื้อหาของไฟล์ซิงค์ผิดรูปแบบ: %1</translation>
    </message>
    <message>
        <source>the bundle&apos;s content is larger than allowed</source>
        <translation type="unfinished">เนื้อหาของไฟล์ซิงค์มีขนาดใหญ่เกินที่อนุญาต</translation>
    </message>
    <message>
        <source>the bundle&apos;s content has a format this Corridor does not know</source>
        <translation type="unfinished">เนื้อหาของไฟล์ซิงค์เป็นรูปแบบที่ Corridor รุ่นนี้ไม่รู้จัก</translation>
    </message>
    <message>
        <source>the inner header</source>
        <translation type="unfinished">ส่วนหัวด้านใน</translation>
    </message>
    <message>
        <source>the version vector</source>
        <translation type="unfinished">เวกเตอร์รุ่น (version vector)</translation>
    </message>
    <message>
        <source>the bundle holds more changesets than allowed</source>
        <translation type="unfinished">ไฟล์ซิงค์มีชุดการเปลี่ยนแปลงมากเกินที่อนุญาต</translation>
    </message>
    <message>
        <source>a changeset entry</source>
        <translation type="unfinished">รายการชุดการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>an erased-changeset entry</source>
        <translation type="unfinished">รายการชุดการเปลี่ยนแปลงที่ถูกลบเนื้อหา</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation type="unfinished">ใบตอบรับ</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>--birth-year takes a year such as 1990</source>
        <translation type="unfinished">--birth-year ต้องเป็นปี ค.ศ. เช่น 1990</translation>
    </message>
    <message>
        <source>--on-art takes yes or no</source>
        <translation type="unfinished">--on-art ต้องเป็น yes หรือ no</translation>
    </message>
    <message>
        <source>--consent takes a list of keep, contact and share-partner (or none)</source>
        <translation type="unfinished">--consent ต้องเป็นรายการจาก keep, contact และ share-partner (หรือ none)</translation>
    </message>
    <message>
        <source>--consent-date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--consent-date ต้องเป็นวันที่แบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished">รหัส (id)</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished">เพศ</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation type="unfinished">ปีเกิด</translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished">ช่วงอายุ</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished">สัญชาติ</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished">โทรศัพท์</translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished">ต้นทาง</translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished">ที่อยู่ตอนนี้</translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished">ปลายทาง</translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished">สถานะการย้ายถิ่น</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished">อาชีพ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">สถานะเอชไอวี</translation>
    </message>
    <message>
        <source>on ART</source>
        <translation type="unfinished">กินยาต้านไวรัส (ART)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">สถานที่รับยาต้านไวรัส (ART)</translation>
    </message>
    <message>
        <source>keep records</source>
        <translation type="unfinished">เก็บบันทึกข้อมูล</translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation type="unfinished">ติดต่อทางโทรศัพท์</translation>
    </message>
    <message>
        <source>share with partner National Society</source>
        <translation type="unfinished">แบ่งปันข้อมูลกับสภากาชาดของประเทศที่ร่วมงานกัน</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">ความยินยอม</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">ไม่ได้บันทึกไว้</translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished">สถานะการดูแล</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
    <message>
        <source>case add takes only --options</source>
        <translation type="unfinished">case add ใส่ได้เฉพาะตัวเลือกแบบ --options</translation>
    </message>
    <message>
        <source>case add needs --uic CODE</source>
        <translation type="unfinished">case add ต้องมี --uic CODE</translation>
    </message>
    <message>
        <source>warning: possible duplicate: %1 (case %2)</source>
        <translation type="unfinished">คำเตือน: อาจซ้ำกับ %1 (แฟ้ม %2)</translation>
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
        <translation type="unfinished">case list ใส่ได้เฉพาะตัวเลือกแบบ --options</translation>
    </message>
    <message>
        <source>--status must be active, closed or lost</source>
        <translation type="unfinished">--status ต้องเป็น active, closed หรือ lost</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished">--limit ต้องเป็นตัวเลขที่มากกว่า 0</translation>
    </message>
    <message>
        <source>no case file matches</source>
        <translation type="unfinished">ไม่มีแฟ้มข้อมูลที่ตรงกัน</translation>
    </message>
    <message>
        <source>no case files yet</source>
        <translation type="unfinished">ยังไม่มีแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>case show ID</source>
        <translation type="unfinished">case show ID</translation>
    </message>
    <message>
        <source>contact %1: %2 — %3</source>
        <translation type="unfinished">การติดต่อ %1: %2 — %3</translation>
    </message>
    <message>
        <source>follow-up %1: %2%3</source>
        <translation type="unfinished">นัดติดตาม %1: %2%3</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"> (เสร็จแล้ว)</translation>
    </message>
    <message>
        <source>encounter add needs --case ID</source>
        <translation type="unfinished">encounter add ต้องมี --case ID</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--date ต้องเป็นวันที่แบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--next-followup takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--next-followup ต้องเป็นวันที่แบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>encounter list needs --case ID</source>
        <translation type="unfinished">encounter list ต้องมี --case ID</translation>
    </message>
    <message>
        <source>encounter add|list</source>
        <translation type="unfinished">encounter add|list</translation>
    </message>
    <message>
        <source>--within takes a number of days (0 to 366)</source>
        <translation type="unfinished">--within ต้องเป็นจำนวนวัน (0 ถึง 366)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">เกินกำหนด</translation>
    </message>
    <message>
        <source>due    </source>
        <translation type="unfinished">ถึงกำหนด </translation>
    </message>
    <message>
        <source>nothing is due in the next %1 days</source>
        <translation type="unfinished">ไม่มีนัดที่ถึงกำหนดใน %1 วันข้างหน้า</translation>
    </message>
    <message>
        <source>followup add needs --case ID --due YYYY-MM-DD</source>
        <translation type="unfinished">followup add ต้องมี --case ID --due YYYY-MM-DD</translation>
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
        <translation type="unfinished">--cases ต้องเป็นตัวเลขตั้งแต่ 1 ถึง 1000000</translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation type="unfinished">--seed ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">บทบาทของคุณ (วิทยากร) ไม่มีสิทธิ์เปิดแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>%1 of %2 case files written</source>
        <translation type="unfinished">เขียนแฟ้มข้อมูลแล้ว %1 จาก %2 แฟ้ม</translation>
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
        <translation type="unfinished">--second-user ต้องมี --second-passphrase-file</translation>
    </message>
    <message>
        <source>The case file and everything linked to it were erased here; the erasure travels with the next bundles.</source>
        <translation type="unfinished">ลบแฟ้มข้อมูลและทุกอย่างที่เกี่ยวข้องออกจากเครื่องนี้แล้ว การลบนี้จะส่งต่อไปกับไฟล์ซิงค์ครั้งต่อไป</translation>
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
        <translation type="unfinished">ข้อมูลตัวตน</translation>
    </message>
    <message>
        <source>&amp;UIC (unique identifier code)</source>
        <translation type="unfinished">UIC (รหัสประจำตัวเฉพาะบุคคล) (&amp;U)</translation>
    </message>
    <message>
        <source>e.g. first letters of mother’s and father’s names + birth year</source>
        <translation type="unfinished">เช่น อักษรตัวแรกของชื่อแม่และชื่อพ่อ + ปีเกิด</translation>
    </message>
    <message>
        <source>The UIC lets services count a person without a name. Agree a rule with your branch and use it every time.</source>
        <translation type="unfinished">UIC ช่วยให้หน่วยบริการนับจำนวนคนได้โดยไม่ต้องใช้ชื่อ ตกลงวิธีตั้งรหัสกับสาขาของคุณ แล้วใช้วิธีเดียวกันทุกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Name or alias</source>
        <translation type="unfinished">ชื่อหรือชื่อเล่น (&amp;N)</translation>
    </message>
    <message>
        <source>Only what the person chooses to give</source>
        <translation type="unfinished">ใส่เฉพาะที่เจ้าตัวเลือกจะบอก</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished">เพศ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished">ปีเกิด (&amp;B)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished">ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation type="unfinished">ช่วงอายุ (&amp;A)</translation>
    </message>
    <message>
        <source>Na&amp;tionality</source>
        <translation type="unfinished">สัญชาติ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished">ภาษาที่พูด (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished">โทรศัพท์ (&amp;P)</translation>
    </message>
    <message>
        <source>+66 81 234 5678</source>
        <translation type="unfinished">+66 81 234 5678</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished">การย้ายถิ่น</translation>
    </message>
    <message>
        <source>Country of &amp;origin</source>
        <translation type="unfinished">ประเทศต้นทาง (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Province of origin</source>
        <translation type="unfinished">จังหวัดต้นทาง (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Current location</source>
        <translation type="unfinished">ที่อยู่ตอนนี้ (&amp;C)</translation>
    </message>
    <message>
        <source>Intended &amp;destination</source>
        <translation type="unfinished">ปลายทางที่ตั้งใจจะไป (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Migration status</source>
        <translation type="unfinished">สถานะการย้ายถิ่น (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Work sector</source>
        <translation type="unfinished">ประเภทงาน (&amp;W)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished">สุขภาพ</translation>
    </message>
    <message>
        <source>&amp;HIV status</source>
        <translation type="unfinished">สถานะเอชไอวี (&amp;H)</translation>
    </message>
    <message>
        <source>On antiretroviral treatment (&amp;ART)</source>
        <translation type="unfinished">กำลังกินยาต้านไวรัส (ART) (&amp;A)</translation>
    </message>
    <message>
        <source>ART &amp;site</source>
        <translation type="unfinished">สถานที่รับยาต้านไวรัส (ART) (&amp;S)</translation>
    </message>
    <message>
        <source>Clinic or hospital where medicine is collected</source>
        <translation type="unfinished">คลินิกหรือโรงพยาบาลที่ไปรับยา</translation>
    </message>
    <message>
        <source>Health details stay in this encrypted case file. They never appear on a printed referral slip.</source>
        <translation type="unfinished">ข้อมูลสุขภาพจะอยู่ในแฟ้มข้อมูลที่เข้ารหัสนี้เท่านั้น จะไม่ปรากฏบนใบส่งต่อที่พิมพ์ออกมา</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">ความยินยอม</translation>
    </message>
    <message>
        <source>Read each use to the person in their language and tick only what they agree to. Without consent to keep records, do not keep a case file.</source>
        <translation type="unfinished">อ่านแต่ละข้อให้เจ้าตัวฟังเป็นภาษาของเขา แล้วติ๊กเฉพาะข้อที่เขายินยอม ถ้าเขาไม่ยินยอมให้เก็บบันทึกข้อมูล ห้ามเก็บแฟ้มข้อมูลไว้</translation>
    </message>
    <message>
        <source>Keep records about me</source>
        <translation type="unfinished">เก็บบันทึกข้อมูลเกี่ยวกับฉันไว้ได้</translation>
    </message>
    <message>
        <source>Contact me by phone</source>
        <translation type="unfinished">ติดต่อฉันทางโทรศัพท์ได้</translation>
    </message>
    <message>
        <source>Share what is needed with the Red Cross in the country I go to</source>
        <translation type="unfinished">แบ่งปันข้อมูลที่จำเป็นกับกาชาดในประเทศที่ฉันจะไปได้</translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation type="unfinished">ให้ความยินยอมเมื่อวันที่ (&amp;G)</translation>
    </message>
    <message>
        <source>Case and notes</source>
        <translation type="unfinished">การดูแลและหมายเหตุ</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation type="unfinished">สถานะการดูแล (&amp;S)</translation>
    </message>
    <message>
        <source>Assigned &amp;volunteer</source>
        <translation type="unfinished">อาสาสมัครที่รับผิดชอบ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">การติดต่อ</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished">บันทึกการติดต่อ… (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished">แก้ไขการติดต่อ… (&amp;E)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">นัดติดตาม</translation>
    </message>
    <message>
        <source>&amp;Plan a follow-up…</source>
        <translation type="unfinished">วางแผนนัดติดตาม… (&amp;P)</translation>
    </message>
    <message>
        <source>Tick a follow-up when it is done. Logging a contact also ticks the follow-ups that were due by then.</source>
        <translation type="unfinished">ติ๊กนัดติดตามเมื่อทำเสร็จแล้ว เมื่อบันทึกการติดต่อ นัดติดตามที่ถึงกำหนดภายในวันนั้นจะถูกติ๊กให้ด้วย</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="unfinished">ยกเลิกการแก้ไข (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">บันทึก (&amp;S)</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">กรุณาเข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">บทบาทของคุณ (วิทยากร) ไม่มีสิทธิ์เปิดแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>There is no case file %1.</source>
        <translation type="unfinished">ไม่มีแฟ้มข้อมูล %1</translation>
    </message>
    <message>
        <source>No case file matches &apos;%1&apos;.</source>
        <translation type="unfinished">ไม่มีแฟ้มข้อมูลที่ตรงกับ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 case files; give more of the id.</source>
        <translation type="unfinished">&apos;%1&apos; ตรงกับแฟ้มข้อมูล %2 แฟ้ม กรุณาใส่รหัส (id) ให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation type="unfinished">ไม่มีการติดต่อ %1</translation>
    </message>
    <message>
        <source>A contact cannot be moved to another case file.</source>
        <translation type="unfinished">ย้ายการติดต่อไปไว้ในแฟ้มข้อมูลอื่นไม่ได้</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished">ไม่มีนัดติดตาม %1</translation>
    </message>
    <message>
        <source>Erasing a person needs a coordinator, or a second user to confirm with their passphrase.</source>
        <translation type="unfinished">การลบข้อมูลบุคคลต้องทำโดยผู้ประสานงาน หรือต้องมีผู้ใช้คนที่สองยืนยันด้วยประโยครหัสผ่านของเขา</translation>
    </message>
    <message>
        <source>Give the reason for erasing (it is kept; the person&apos;s data is not).</source>
        <translation type="unfinished">กรุณาใส่เหตุผลที่ลบ (เหตุผลจะถูกเก็บไว้ แต่ข้อมูลของบุคคลนั้นจะไม่ถูกเก็บ)</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished">เหตุผลยาวเกิน %1 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>Cbor</name>
    <message>
        <source>unexpected bytes after the end of the data</source>
        <translation type="unfinished">มีข้อมูลเกินมาหลังจุดสิ้นสุดของข้อมูล</translation>
    </message>
    <message>
        <source>indefinite or reserved length</source>
        <translation type="unfinished">ความยาวแบบไม่กำหนดหรือเป็นค่าที่สงวนไว้</translation>
    </message>
    <message>
        <source>the data ends in the middle of an item</source>
        <translation type="unfinished">ข้อมูลจบกลางรายการ</translation>
    </message>
    <message>
        <source>an integer is not in its shortest form</source>
        <translation type="unfinished">จำนวนเต็มไม่ได้อยู่ในรูปแบบที่สั้นที่สุด</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation type="unfinished">ข้อมูลซ้อนกันลึกเกินไป</translation>
    </message>
    <message>
        <source>the data holds too many items</source>
        <translation type="unfinished">ข้อมูลมีรายการมากเกินไป</translation>
    </message>
    <message>
        <source>unsupported simple value or floating-point number</source>
        <translation type="unfinished">ค่าพิเศษ (simple value) หรือเลขทศนิยมที่ไม่รองรับ</translation>
    </message>
    <message>
        <source>tagged items are not accepted</source>
        <translation type="unfinished">ไม่รับรายการที่มีแท็ก</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation type="unfinished">จำนวนเต็มอยู่นอกช่วงที่ใช้ได้</translation>
    </message>
    <message>
        <source>a string is longer than allowed</source>
        <translation type="unfinished">มีข้อความที่ยาวเกินที่อนุญาต</translation>
    </message>
    <message>
        <source>the data ends in the middle of a string</source>
        <translation type="unfinished">ข้อมูลจบกลางข้อความ</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation type="unfinished">ข้อความไม่ใช่ UTF-8 ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>a map key must be an integer or a string</source>
        <translation type="unfinished">คีย์ของแมปต้องเป็นจำนวนเต็มหรือข้อความ</translation>
    </message>
    <message>
        <source>a map holds the same key twice</source>
        <translation type="unfinished">แมปมีคีย์เดียวกันซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>map keys are not in canonical order</source>
        <translation type="unfinished">คีย์ของแมปไม่ได้เรียงตามลำดับมาตรฐาน</translation>
    </message>
    <message>
        <source>unknown item type</source>
        <translation type="unfinished">ไม่รู้จักชนิดของรายการ</translation>
    </message>
    <message>
        <source>the data is empty</source>
        <translation type="unfinished">ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>the data is larger than allowed</source>
        <translation type="unfinished">ข้อมูลมีขนาดใหญ่เกินที่อนุญาต</translation>
    </message>
</context>
<context>
    <name>Changeset</name>
    <message>
        <source>malformed changeset: %1</source>
        <translation type="unfinished">ชุดการเปลี่ยนแปลงผิดรูปแบบ: %1</translation>
    </message>
    <message>
        <source>not a map</source>
        <translation type="unfinished">ไม่ใช่แมป</translation>
    </message>
    <message>
        <source>changeset format %1 is not supported by this Corridor</source>
        <translation type="unfinished">Corridor รุ่นนี้ไม่รองรับชุดการเปลี่ยนแปลงรูปแบบ %1</translation>
    </message>
    <message>
        <source>unknown entry</source>
        <translation type="unfinished">รายการที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished">ผู้บันทึก</translation>
    </message>
    <message>
        <source>sequence or clock</source>
        <translation type="unfinished">ลำดับหรือนาฬิกา</translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished">ระเบียน</translation>
    </message>
    <message>
        <source>operation</source>
        <translation type="unfinished">การดำเนินการ</translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished">ช่องข้อมูล</translation>
    </message>
    <message>
        <source>too many fields</source>
        <translation type="unfinished">ช่องข้อมูลมากเกินไป</translation>
    </message>
    <message>
        <source>field name</source>
        <translation type="unfinished">ชื่อช่องข้อมูล</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished">ช่องข้อมูล %1</translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished">ลายเซ็น</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished">ไม่รู้จักตัวเลือก --%1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished">--%1 ไม่ต้องใส่ค่า</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished">--%1 ต้องใส่ค่า</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation type="unfinished">ใส่ --%1 ซ้ำสองครั้ง</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>no passphrase given: use --passphrase-file FILE (or - for standard input)</source>
        <translation type="unfinished">ไม่ได้ให้ประโยครหัสผ่าน: ใช้ --passphrase-file FILE (หรือ - เพื่ออ่านจากอินพุตมาตรฐาน)</translation>
    </message>
    <message>
        <source>no passphrase was typed</source>
        <translation type="unfinished">ไม่ได้พิมพ์ประโยครหัสผ่าน</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">ข้อผิดพลาด: %1</translation>
    </message>
    <message>
        <source>usage error: %1 (see corridor-cli help)</source>
        <translation type="unfinished">ใช้คำสั่งไม่ถูกต้อง: %1 (ดู corridor-cli help)</translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation type="unfinished">อ่านอินพุตมาตรฐานไม่ได้</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished">ไม่มีไฟล์ %1</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation type="unfinished">อ่านไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>the passphrase file is larger than %1 bytes</source>
        <translation type="unfinished">ไฟล์ประโยครหัสผ่านมีขนาดใหญ่เกิน %1 ไบต์</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished">ไฟล์ประโยครหัสผ่านว่างเปล่า</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished">พิมพ์อีกครั้ง:</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished">ประโยครหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">ประโยครหัสผ่านว่างเปล่า</translation>
    </message>
    <message>
        <source>there is no vault in %1 (create one with: corridor-cli init …)</source>
        <translation type="unfinished">ไม่มีคลังข้อมูลใน %1 (สร้างได้ด้วยคำสั่ง: corridor-cli init …)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished">ประโยครหัสผ่าน:</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The unique identifier code (UIC) is required.</source>
        <translation type="unfinished">ต้องใส่รหัสประจำตัว (UIC)</translation>
    </message>
    <message>
        <source>The UIC may hold only letters, digits, spaces and dashes, at most 40 of them.</source>
        <translation type="unfinished">UIC ใส่ได้เฉพาะตัวอักษร ตัวเลข ช่องว่าง และขีด (-) ไม่เกิน 40 ตัว</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>province of origin</source>
        <translation type="unfinished">จังหวัดต้นทาง</translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished">ที่อยู่ตอนนี้</translation>
    </message>
    <message>
        <source>intended destination</source>
        <translation type="unfinished">ปลายทางที่ตั้งใจจะไป</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">สถานที่รับยาต้านไวรัส (ART)</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished">%1 ยาวเกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished">หมายเหตุยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, dashes and a leading +, and needs at least three digits.</source>
        <translation type="unfinished">เบอร์โทรศัพท์ใส่ได้เฉพาะตัวเลข ช่องว่าง ขีด (-) และเครื่องหมาย + ข้างหน้า และต้องมีตัวเลขอย่างน้อย 3 ตัว</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation type="unfinished">ปีเกิดต้องอยู่ระหว่าง 1900 ถึง %1 (ปี ค.ศ.)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2.</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่ค่าที่ใช้ได้สำหรับ%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country code (use KH, LA, MM, TH, VN, CN, MY, XX or ZZ).</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่รหัสประเทศที่รู้จัก (ใช้ KH, LA, MM, TH, VN, CN, MY, XX หรือ ZZ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known language code.</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่รหัสภาษาที่รู้จัก</translation>
    </message>
    <message>
        <source>A person on ART must have HIV status &apos;positive&apos;.</source>
        <translation type="unfinished">ผู้ที่กินยาต้านไวรัส (ART) ต้องมีสถานะเอชไอวีเป็น &apos;ผลบวก&apos;</translation>
    </message>
    <message>
        <source>Record the date on which consent was given.</source>
        <translation type="unfinished">กรุณาบันทึกวันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation type="unfinished">วันที่ให้ความยินยอมเป็นวันในอนาคต</translation>
    </message>
</context>
<context>
    <name>Compression</name>
    <message>
        <source>the decompressor could not start</source>
        <translation type="unfinished">เริ่มตัวคลายการบีบอัดไม่ได้</translation>
    </message>
    <message>
        <source>the compressed content is damaged</source>
        <translation type="unfinished">เนื้อหาที่บีบอัดไว้เสียหาย</translation>
    </message>
    <message>
        <source>the content expands to more than %1 MiB; refused</source>
        <translation type="unfinished">เนื้อหาเมื่อคลายออกมีขนาดเกิน %1 MiB จึงปฏิเสธ</translation>
    </message>
    <message>
        <source>the compressed content is truncated</source>
        <translation type="unfinished">เนื้อหาที่บีบอัดไว้ไม่ครบ (ถูกตัดหาย)</translation>
    </message>
    <message>
        <source>unexpected bytes after the compressed content</source>
        <translation type="unfinished">มีข้อมูลเกินมาหลังเนื้อหาที่บีบอัดไว้</translation>
    </message>
</context>
<context>
    <name>ContentCommands</name>
    <message>
        <source>Showing the built-in content; give --passphrase-file to see a pack imported into the vault.</source>
        <translation type="unfinished">กำลังแสดงเนื้อหาที่มากับโปรแกรม ใส่ --passphrase-file เพื่อดูชุดเนื้อหาที่นำเข้าไว้ในคลังข้อมูล</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an attendee is NAME,SEX[,ROLE[,PRE[,POST]]]</source>
        <translation type="unfinished">&quot;%1&quot;: ผู้เข้าอบรมต้องเขียนเป็น NAME,SEX[,ROLE[,PRE[,POST]]]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test score (0–100).</source>
        <translation type="unfinished">&quot;%1&quot; ไม่ใช่คะแนนแบบทดสอบ (0–100)</translation>
    </message>
    <message>
        <source>  curriculum: %1 modules, %2 lessons</source>
        <translation type="unfinished">  หลักสูตร: %1 โมดูล, %2 บทเรียน</translation>
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
        <translation type="unfinished">นำเข้าชุดเนื้อหารุ่น %1 แล้ว (เดิมเป็นรุ่น %2) ลงลายเซ็นโดย %3</translation>
    </message>
    <message>
        <source>content build --source FOLDER --out FILE.corridor-pack</source>
        <translation type="unfinished">content build --source FOLDER --out FILE.corridor-pack</translation>
    </message>
    <message>
        <source>Only a coordinator or a trainer publishes content packs.</source>
        <translation type="unfinished">เฉพาะผู้ประสานงานหรือวิทยากรเท่านั้นที่เผยแพร่ชุดเนื้อหาได้</translation>
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
        <translation type="unfinished">--lang ต้องเป็น en, km, lo, my หรือ th</translation>
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
        <translation type="unfinished">&quot;%1&quot; ไม่ใช่วันที่ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1  %2 sessions  %3 people (%4 female, %5 male, %6 other)</source>
        <translation type="unfinished">%1  อบรม %2 ครั้ง  %3 คน (หญิง %4, ชาย %5, อื่นๆ %6)</translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>The built-in content is missing from this build.</source>
        <translation type="unfinished">โปรแกรมรุ่นนี้ไม่มีเนื้อหาที่ควรมากับโปรแกรม</translation>
    </message>
    <message>
        <source>The pack is signed by %1, which is not a trusted publisher here. Only packs signed by an enrolled coordinator or trainer can be imported.</source>
        <translation type="unfinished">ชุดเนื้อหานี้ลงลายเซ็นโดย %1 ซึ่งไม่ใช่ผู้เผยแพร่ที่เชื่อถือได้ในเครื่องนี้ นำเข้าได้เฉพาะชุดเนื้อหาที่ลงลายเซ็นโดยผู้ประสานงานหรือวิทยากรที่ลงทะเบียนไว้แล้วเท่านั้น</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed.</source>
        <translation type="unfinished">ลายเซ็นของชุดเนื้อหาไม่ตรงกับเนื้อหา: ชุดเนื้อหาถูกแก้ไขหลังจากลงลายเซ็น</translation>
    </message>
    <message>
        <source>The pack&apos;s signed label does not match the pack inside.</source>
        <translation type="unfinished">ป้ายชื่อที่ลงลายเซ็นไว้ไม่ตรงกับชุดเนื้อหาที่อยู่ข้างใน</translation>
    </message>
    <message>
        <source>This pack is &quot;%1&quot;, not Corridor&apos;s booklet and curriculum (&quot;%2&quot;).</source>
        <translation type="unfinished">ชุดเนื้อหานี้คือ &quot;%1&quot; ไม่ใช่คู่มือและหลักสูตรของ Corridor (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>This pack is version %1; this laptop already has version %2. Only a newer pack replaces it.</source>
        <translation type="unfinished">ชุดเนื้อหานี้เป็นรุ่น %1 แต่โน้ตบุ๊กเครื่องนี้มีรุ่น %2 อยู่แล้ว ใช้แทนได้เฉพาะชุดเนื้อหาที่ใหม่กว่าเท่านั้น</translation>
    </message>
</context>
<context>
    <name>ContentPack</name>
    <message>
        <source>English</source>
        <translation type="unfinished">ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished">ภาษาเขมร</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">ภาษาลาว</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished">เมียนมา</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished">ภาษาไทย</translation>
    </message>
    <message>
        <source>The content pack is malformed: %1.</source>
        <translation type="unfinished">ชุดเนื้อหาผิดรูปแบบ: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation type="unfinished">ไม่มี &quot;%1&quot; หรือไม่ใช่ข้อความ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished">&quot;%1&quot; ไม่ใช่รหัส (id) ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a map of languages</source>
        <translation type="unfinished">&quot;%1&quot; ไม่ได้แยกตามภาษา</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an entry that is not one of the languages en, km, lo, my, th</source>
        <translation type="unfinished">&quot;%1&quot; มีรายการที่ไม่ใช่ภาษา en, km, lo, my หรือ th</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list</source>
        <translation type="unfinished">ไม่มี &quot;%1&quot; หรือไม่ใช่รายการ</translation>
    </message>
    <message>
        <source>The content pack has more than %1 entries in &quot;%2&quot;.</source>
        <translation type="unfinished">ชุดเนื้อหามีรายการใน &quot;%2&quot; เกิน %1 รายการ</translation>
    </message>
    <message>
        <source>The content pack is empty.</source>
        <translation type="unfinished">ชุดเนื้อหาว่างเปล่า</translation>
    </message>
    <message>
        <source>The content pack is larger than %1 MB.</source>
        <translation type="unfinished">ชุดเนื้อหามีขนาดใหญ่เกิน %1 MB</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation type="unfinished">ชุดเนื้อหา</translation>
    </message>
    <message>
        <source>it is not a map</source>
        <translation type="unfinished">ข้อมูลไม่ได้อยู่ในรูปแบบ map</translation>
    </message>
    <message>
        <source>it has no format number</source>
        <translation type="unfinished">ไม่มีหมายเลขรูปแบบ</translation>
    </message>
    <message>
        <source>The content pack uses format %1; this version of Corridor reads format %2. Update Corridor to use it.</source>
        <translation type="unfinished">ชุดเนื้อหานี้ใช้รูปแบบ %1 แต่ Corridor รุ่นนี้อ่านได้รูปแบบ %2 กรุณาอัปเดต Corridor เพื่อใช้ชุดเนื้อหานี้</translation>
    </message>
    <message>
        <source>the version is not a positive whole number</source>
        <translation type="unfinished">หมายเลขรุ่นไม่ใช่จำนวนเต็มบวก</translation>
    </message>
    <message>
        <source>lesson %1 has no duration in minutes</source>
        <translation type="unfinished">บทเรียน %1 ไม่มีระยะเวลาเป็นนาที</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pack id</source>
        <translation type="unfinished">&quot;%1&quot; ไม่ใช่รหัสชุดเนื้อหาที่ถูกต้อง</translation>
    </message>
    <message>
        <source>the booklet has no sections</source>
        <translation type="unfinished">คู่มือไม่มีหัวข้อเลย</translation>
    </message>
    <message>
        <source>The booklet has no %1 title.</source>
        <translation type="unfinished">คู่มือไม่มีชื่อเรื่องเป็น%1</translation>
    </message>
    <message>
        <source>the section %1 appears twice</source>
        <translation type="unfinished">หัวข้อ %1 มีซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>The booklet section &quot;%1&quot; has no %2 text.</source>
        <translation type="unfinished">หัวข้อ &quot;%1&quot; ของคู่มือไม่มีข้อความเป็น%2</translation>
    </message>
    <message>
        <source>the module %1 appears twice</source>
        <translation type="unfinished">โมดูล %1 มีซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; has no English text.</source>
        <translation type="unfinished">โมดูล &quot;%1&quot; ไม่มีข้อความภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>the lesson %1/%2 appears twice</source>
        <translation type="unfinished">บทเรียน %1/%2 มีซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>The lesson &quot;%1/%2&quot; has no English text.</source>
        <translation type="unfinished">บทเรียน &quot;%1/%2&quot; ไม่มีข้อความภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB.</source>
        <translation type="unfinished">%1 มีขนาดใหญ่เกิน %2 KB</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished">%1 ไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished">%1 ไม่ใช่ออบเจกต์ JSON: %2</translation>
    </message>
    <message>
        <source>pack.json needs a &quot;version&quot; of 1 or more.</source>
        <translation type="unfinished">pack.json ต้องมี &quot;version&quot; เป็น 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>The lesson %1/%2 needs &quot;minutes&quot; in the manifest.</source>
        <translation type="unfinished">บทเรียน %1/%2 ต้องมี &quot;minutes&quot; ในไฟล์ manifest</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished">ไม่พบ %1</translation>
    </message>
    <message>
        <source>%1 is empty (it was truncated or never written)</source>
        <translation type="unfinished">%1 ว่างเปล่า (ไฟล์ถูกตัดหายหรือไม่เคยถูกเขียน)</translation>
    </message>
    <message>
        <source>%1 is truncated: its size is not a whole number of pages</source>
        <translation type="unfinished">%1 ไม่ครบ: ขนาดไฟล์ไม่ใช่จำนวนหน้าเต็ม</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished">มี %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished">เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the database key could not be set</source>
        <translation type="unfinished">ตั้งกุญแจของฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>the database library in this process cannot encrypt (SQLCipher is not active); Corridor refuses to run rather than write data in the clear</source>
        <translation type="unfinished">ไลบรารีฐานข้อมูลในโปรแกรมนี้เข้ารหัสไม่ได้ (SQLCipher ไม่ได้ทำงาน) Corridor จึงไม่ยอมทำงาน เพื่อไม่ให้เขียนข้อมูลแบบไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with the key from vault.keys: the file is damaged or was altered, or vault.db and vault.keys come from different vaults</source>
        <translation type="unfinished">ถอดรหัส %1 ด้วยกุญแจจาก vault.keys ไม่ได้: ไฟล์เสียหายหรือถูกแก้ไข หรือ vault.db กับ vault.keys มาจากคลังข้อมูลคนละชุดกัน</translation>
    </message>
    <message>
        <source>%1 is not encrypted; Corridor refuses to open or write it</source>
        <translation type="unfinished">%1 ไม่ได้เข้ารหัสไว้ Corridor จึงไม่ยอมเปิดหรือเขียนไฟล์นี้</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation type="unfinished">%1 ไม่ผ่านการตรวจความสมบูรณ์: %2</translation>
    </message>
    <message>
        <source>the disk is full: %1 could not be written. Free some space and try again; nothing was saved</source>
        <translation type="unfinished">ดิสก์เต็ม: เขียน %1 ไม่ได้ กรุณาลบไฟล์ให้มีที่ว่างแล้วลองอีกครั้ง ไม่มีข้อมูลใดถูกบันทึก</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered (a page failed its integrity check): %2</source>
        <translation type="unfinished">%1 เสียหายหรือถูกแก้ไข (มีหน้าหนึ่งไม่ผ่านการตรวจความสมบูรณ์): %2</translation>
    </message>
    <message>
        <source>%1 is busy: another Corridor window or command is using it</source>
        <translation type="unfinished">%1 กำลังถูกใช้งาน: มีหน้าต่างหรือคำสั่งอื่นของ Corridor ใช้อยู่</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: %2</source>
        <translation type="unfinished">อ่านหรือเขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation type="unfinished">ฐานข้อมูลใน %1 มีข้อผิดพลาด: %2</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>not a valid device card: %1</source>
        <translation type="unfinished">ไม่ใช่บัตรประจำเครื่องที่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation type="unfinished">ยาวเกินไป</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation type="unfinished">ไม่ได้ขึ้นต้นด้วย %1</translation>
    </message>
    <message>
        <source>it is not a Corridor device card</source>
        <translation type="unfinished">ไม่ใช่บัตรประจำเครื่องของ Corridor</translation>
    </message>
    <message>
        <source>this device card has a format version this Corridor does not know</source>
        <translation type="unfinished">บัตรประจำเครื่องนี้เป็นรูปแบบรุ่นที่ Corridor รุ่นนี้ไม่รู้จัก</translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation type="unfinished">มีช่องข้อมูลที่ขาดหายหรือผิดรูปแบบ</translation>
    </message>
    <message>
        <source>the device card&apos;s signature does not match its contents</source>
        <translation type="unfinished">ลายเซ็นของบัตรประจำเครื่องไม่ตรงกับเนื้อหา</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">เริ่มไลบรารีการเข้ารหัสไม่ได้</translation>
    </message>
    <message>
        <source>the device key has the wrong length</source>
        <translation type="unfinished">กุญแจของเครื่องมีความยาวไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the device key is damaged</source>
        <translation type="unfinished">กุญแจของเครื่องเสียหาย</translation>
    </message>
</context>
<context>
    <name>DropFolderSync</name>
    <message>
        <source>the inbox folder %1 does not exist</source>
        <translation type="unfinished">ไม่มีโฟลเดอร์ขาเข้า %1</translation>
    </message>
    <message>
        <source>not for this device</source>
        <translation type="unfinished">ไม่ได้ส่งถึงเครื่องนี้</translation>
    </message>
    <message>
        <source>written by this device</source>
        <translation type="unfinished">เขียนโดยเครื่องนี้เอง</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>the outbox folder %1 cannot be created</source>
        <translation type="unfinished">สร้างโฟลเดอร์ขาออก %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>%1 has the same UIC</source>
        <translation type="unfinished">%1 มี UIC เดียวกัน</translation>
    </message>
    <message>
        <source>%1 has the same phone number</source>
        <translation type="unfinished">%1 มีเบอร์โทรศัพท์เดียวกัน</translation>
    </message>
    <message>
        <source>%1 has a very similar name and the same birth year</source>
        <translation type="unfinished">%1 มีชื่อคล้ายกันมากและปีเกิดเดียวกัน</translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>The contact must belong to a case file.</source>
        <translation type="unfinished">การติดต่อต้องอยู่ในแฟ้มข้อมูลใดแฟ้มหนึ่ง</translation>
    </message>
    <message>
        <source>The date of the contact is required (YYYY-MM-DD).</source>
        <translation type="unfinished">ต้องใส่วันที่ติดต่อ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The date of the contact is in the future.</source>
        <translation type="unfinished">วันที่ติดต่อเป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind of contact.</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่ประเภทการติดต่อที่รู้จัก</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known service.</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่บริการที่รู้จัก</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished">หมายเหตุยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The next follow-up date is before the contact.</source>
        <translation type="unfinished">วันนัดติดตามครั้งต่อไปอยู่ก่อนวันที่ติดต่อ</translation>
    </message>
</context>
<context>
    <name>EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished">บันทึกการติดต่อ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">วันที่ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation type="unfinished">ประเภทการติดต่อ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Services given</source>
        <translation type="unfinished">บริการที่ให้ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <source>Plan the next &amp;follow-up on</source>
        <translation type="unfinished">นัดติดตามครั้งต่อไปวันที่ (&amp;F)</translation>
    </message>
    <message>
        <source>This contact completes the follow-ups due by this date</source>
        <translation type="unfinished">การติดต่อครั้งนี้ถือว่าทำนัดติดตามที่ถึงกำหนดภายในวันที่นี้เสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Case file</source>
        <translation type="unfinished">แฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">การติดต่อ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">นัดติดตาม</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">เครื่อง</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">อาสาสมัคร</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished">วิทยากร</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">เพศ</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">ปีเกิด</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished">ช่วงอายุ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">สัญชาติ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">โทรศัพท์</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished">ประเทศต้นทาง</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation type="unfinished">จังหวัดต้นทาง</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation type="unfinished">ที่อยู่ตอนนี้</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished">ปลายทาง</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation type="unfinished">สถานะการย้ายถิ่น</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished">อาชีพ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">สถานะเอชไอวี</translation>
    </message>
    <message>
        <source>On ART</source>
        <translation type="unfinished">กินยาต้านไวรัส (ART)</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">สถานที่รับยาต้านไวรัส (ART)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished">วันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <source>Consent to keep records</source>
        <translation type="unfinished">ยินยอมให้เก็บบันทึกข้อมูล</translation>
    </message>
    <message>
        <source>Consent to contact by phone</source>
        <translation type="unfinished">ยินยอมให้ติดต่อทางโทรศัพท์</translation>
    </message>
    <message>
        <source>Consent to share with partner</source>
        <translation type="unfinished">ยินยอมให้แบ่งปันข้อมูลกับสภากาชาดที่ร่วมงานกัน</translation>
    </message>
    <message>
        <source>Assigned volunteer</source>
        <translation type="unfinished">อาสาสมัครที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished">สถานะการดูแล</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">วันที่</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished">ประเภทการติดต่อ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">บริการ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">นัดติดตามครั้งต่อไป</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished">บันทึกโดย</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">วันที่ถึงกำหนด</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">เสร็จเมื่อวันที่</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished">(ว่าง)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The follow-up must belong to a case file.</source>
        <translation type="unfinished">นัดติดตามต้องอยู่ในแฟ้มข้อมูลใดแฟ้มหนึ่ง</translation>
    </message>
    <message>
        <source>The follow-up needs a due date (YYYY-MM-DD).</source>
        <translation type="unfinished">นัดติดตามต้องมีวันที่ถึงกำหนด (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished">เหตุผลยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Record the date on which the follow-up was done.</source>
        <translation type="unfinished">กรุณาบันทึกวันที่ทำนัดติดตามเสร็จ</translation>
    </message>
    <message>
        <source>Planned at a contact</source>
        <translation type="unfinished">นัดไว้ตอนติดต่อ</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished">วางแผนนัดติดตาม</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished">ถึงกำหนดวันที่ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">เหตุผล (&amp;R)</translation>
    </message>
    <message>
        <source>e.g. check that medicine was refilled</source>
        <translation type="unfinished">เช่น ตรวจดูว่าได้รับยาเพิ่มแล้ว</translation>
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

คลังข้อมูลคือ DIR ถ้าไม่ระบุจะใช้ $CORRIDOR_VAULT ถ้าไม่มีอีกจะใช้ ~/.local/share/Corridor/vault
ประโยครหัสผ่านอ่านจาก --passphrase-file (บรรทัดแรก; - คืออ่านจากอินพุตมาตรฐาน) หรือ
ถามให้พิมพ์ในเทอร์มินัล ไม่รับจากบรรทัดคำสั่งโดยตรงเด็ดขาด

  init --user NAME --role volunteer|coordinator|trainer --org CRC|LRC|MRCS|TRCS --branch NAME
       [--device-name NAME] [--language km|lo|th|my|en] [--kdf calibrated|minimum]
                                 สร้างคลังข้อมูล และแสดง &quot;recovery key: KEY&quot; เพียงครั้งเดียว
  case add --uic CODE [--name NAME] [--sex female|male|other|unknown] [--birth-year YYYY]
       [--age-band 25-29] [--phone P] [--nationality KH|LA|MM|TH|…] [--languages km,th]
       [--origin-country CC] [--origin-province P] [--location L] [--destination D]
       [--migration-status documented|pending|undocumented|returned|prospective|unknown]
       [--occupation CODE] [--hiv-status unknown|negative|positive] [--on-art yes|no]
       [--art-site S] [--consent keep,contact,share-partner] [--consent-date YYYY-MM-DD]
       [--status active|closed|lost] [--notes TEXT]
                                 แสดงรหัส (id) ของแฟ้มข้อมูลใหม่
  case edit ID [ตัวเลือกเดียวกับ case add]   (ใส่ค่าว่างเพื่อล้างข้อมูลในช่องนั้น)
  case list [--status S] [--due] [--limit N] [--json]
  case search TEXT [--json]      ค้นด้วย UIC ชื่อ เบอร์โทร หรือสถานที่ พิมพ์แค่บางส่วนของคำก็พอ
  case show ID [--json]          ID ใส่แค่ตัวอักษรแรกๆ ของ id หรือใส่ UIC ก็ได้
  encounter add --case ID [--date YYYY-MM-DD] [--kind outreach|phone|message|home|office|
       accompaniment|group] [--services info,condoms,testing,…] [--notes T]
       [--next-followup YYYY-MM-DD] [--keep-followups-open]
  encounter list --case ID [--json]
  followup due [--within DAYS] [--mine] [--json]    นัดที่เกินกำหนดและใกล้ถึงกำหนด (ค่าเริ่มต้น 7 วัน)
  followup add --case ID --due YYYY-MM-DD [--reason T]
  followup done ID [--date YYYY-MM-DD] [--undo]
  passwd --new-passphrase-file FILE
  recover --recovery-key-file FILE --new-passphrase-file FILE [--user NAME]
  user add --name NAME --role ROLE --new-passphrase-file FILE;  user list [--json]
  audit [--case ID] [--limit N] [--json]           เฉพาะผู้ประสานงาน
  info [--json];  check;  demo --cases N [--seed S]

รหัสสถานะเมื่อจบ (exit status): 0 สำเร็จ, 1 มีข้อผิดพลาด (ข้อความแสดงทาง standard error), 2 ใช้คำสั่งไม่ถูกต้อง</translation>
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

ซิงค์ (ไฟล์ซิงค์ที่ลงนามและเข้ารหัส ดู core/sync/README.md):
  device id                      รหัสเครื่องของโน้ตบุ๊กนี้
  device card --out FILE [--png FILE]   บัตรประจำเครื่องของโน้ตบุ๊กนี้ (และคิวอาร์โค้ดเป็นรูปภาพ)
  device enrol FILE|IMAGE        เชื่อถือเครื่องของสภากาชาดของคุณจากบัตรประจำเครื่อง
                                 หรือลงทะเบียนสภากาชาดที่ร่วมงานกันจากบัตรของผู้ประสานงาน
  device revoke ID;  device list [--json]
  device pubkey --minisign --out FILE   กุญแจของโน้ตบุ๊กนี้ สำหรับ minisign -V
  device age-identity --out FILE        กุญแจลับของโน้ตบุ๊กนี้ สำหรับ age -d
                                 (ถามรหัสผ่านอีกครั้ง เก็บไฟล์ไว้ให้ปลอดภัย)
  bundle export --peer DEVICE_ID --out FILE
  bundle import FILE… [--json]   ออกด้วยรหัส 1 ถ้ามีไฟล์ซิงค์ถูกปฏิเสธ
  bundle inspect FILE [--json]   ข้อมูลส่วนหัว โดยไม่ถอดรหัส
  conflicts list [--json]
  conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)
  case history ID [--json];  case erase ID --reason TEXT
       [--second-user NAME --second-passphrase-file FILE]   (อาสาสมัครต้องมีผู้ใช้คนที่สองยืนยัน)
  sync [--inbox DIR] [--outbox DIR] [--json]   นำเข้าไฟล์ซิงค์ใหม่ เขียนไฟล์ซิงค์ให้เครื่องอื่น
  sync folders --inbox DIR --outbox DIR;  sync status [--json]
  dump --canonical               สถานะปัจจุบันของทุกรายการที่ซิงค์ เรียงลำดับแล้ว</translation>
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

การส่งต่อ (สภากาชาดที่ร่วมงานกันจะได้รับเฉพาะการส่งต่อที่ส่งถึงเขาเท่านั้น):
  site list [--country KH|LA|MM|TH] [--json]        รายชื่อสถานบริการตามที่สาขาของคุณเก็บไว้
  site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A]
       [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S]
  site edit SITE_ID [ตัวเลือกเดียวกับ site add]   การแก้ไขจะซิงค์ไปยังสาขา
  referral create --case ID --to-site SITE_ID --reason art|testing|pss|documents|other
       [--visit-before YYYY-MM-DD] [--travel-date YYYY-MM-DD] [--langs th,lo]
       [--regimen TEXT] [--last-dispense YYYY-MM-DD] [--days-supplied N]
       [--viral-load-date YYYY-MM-DD] [--viral-load-result TEXT]
       [--sender-contact TEXT] [--to-contact NAME]
                                 แสดงรหัสการส่งต่อ ถ้าส่งถึงสภากาชาดที่ร่วมงานกันต้องได้รับความยินยอมจากเจ้าตัว
  referral list [--overdue] [--json];  referral show CODE [--json]
  referral status CODE sent|received|arrived|linked|closed|declined|lost [--note TEXT]
  referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo,en] [--clinician-page] [--a4]
                                 ใบส่งต่อใน 2 หรือ 3 ภาษา คิวอาร์โค้ดบนใบเข้ารหัสไว้
                                 ให้เฉพาะสภากาชาดที่ส่งและที่รับอ่านได้
  referral scan IMAGE [--json]   รูปถ่ายหรือรูปภาพของใบส่งต่อ: เพิ่มการส่งต่อครั้งเดียวและ
                                 บันทึกว่าได้รับแล้ว ออกด้วยรหัส 1 ถ้าไม่พบข้อมูลที่ถูกต้อง

เนื้อหา (คู่มือ &quot;รู้ก่อนไป&quot; หลักสูตร) และบันทึกการอบรม:
  content list [--json]          ชุดเนื้อหาที่ใช้อยู่: รุ่น หัวข้อ และภาษาของแต่ละหัวข้อ
  content export-booklet --lang km[,en] --pdf FILE
                                 คู่มือเป็นหน้าขนาด A5 ภาษาเดียว หรือสองภาษาคู่กัน
  content import FILE            ชุดเนื้อหาที่ใหม่กว่า ซึ่งลงลายเซ็นโดยผู้ประสานงานหรือวิทยากรที่ลงทะเบียนแล้ว
  content build --source FOLDER --out FILE
                                 สร้างและลงลายเซ็นชุดเนื้อหาจากไฟล์ Markdown (ผู้ประสานงานหรือวิทยากร)
  curriculum list [--json] [--lang km]
                                 โมดูล บทเรียน พร้อมวัตถุประสงค์และแบบทดสอบ
  training add --modules M1[,M2] --date YYYY-MM-DD --place TEXT [--trainer NAME]
               (--attendee NAME,SEX[,ROLE[,PRE[,POST]]] … | --attendees FILE.csv) [--notes TEXT]
  training list [--json];  training summary [--json]   จำนวนคนที่ได้รับการอบรมในแต่ละโมดูล แยกตามเพศ</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>vault.keys is missing: without it the vault cannot be opened. Restore it from a backup of the vault folder.</source>
        <translation type="unfinished">ไม่พบ vault.keys: ถ้าไม่มีไฟล์นี้ จะเปิดคลังข้อมูลไม่ได้ กรุณากู้คืนไฟล์จากสำเนาสำรองของโฟลเดอร์คลังข้อมูล</translation>
    </message>
    <message>
        <source>vault.keys is damaged: %1</source>
        <translation type="unfinished">vault.keys เสียหาย: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>it is not readable JSON (truncated or overwritten?)</source>
        <translation type="unfinished">ไม่ใช่ JSON ที่อ่านได้ (ไฟล์ถูกตัดหายหรือถูกเขียนทับ?)</translation>
    </message>
    <message>
        <source>it is not a Corridor key file</source>
        <translation type="unfinished">ไม่ใช่ไฟล์กุญแจของ Corridor</translation>
    </message>
    <message>
        <source>vault.keys has format version %1; this Corridor reads version %2. Update Corridor.</source>
        <translation type="unfinished">vault.keys เป็นรูปแบบรุ่น %1 แต่ Corridor นี้อ่านได้รุ่น %2 กรุณาอัปเดต Corridor</translation>
    </message>
    <message>
        <source>the vault id is missing or malformed</source>
        <translation type="unfinished">ไม่มีรหัสคลังข้อมูล (vault id) หรือรหัสผิดรูปแบบ</translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation type="unfinished">ไม่มีช่องกุญแจเลย</translation>
    </message>
    <message>
        <source>it holds more key slots than allowed</source>
        <translation type="unfinished">มีช่องกุญแจมากเกินที่อนุญาต</translation>
    </message>
    <message>
        <source>a key slot is incomplete</source>
        <translation type="unfinished">ช่องกุญแจมีข้อมูลไม่ครบ</translation>
    </message>
    <message>
        <source>a key slot has an unknown kind or algorithm</source>
        <translation type="unfinished">ช่องกุญแจมีชนิดหรืออัลกอริทึมที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>its checksum is missing</source>
        <translation type="unfinished">ไม่มีค่าตรวจสอบ (checksum)</translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation type="unfinished">ค่าตรวจสอบไม่ตรงกับเนื้อหา</translation>
    </message>
    <message>
        <source>vault.keys was changed outside Corridor (its authentication code does not match). Restore it from a backup and tell your coordinator.</source>
        <translation type="unfinished">vault.keys ถูกแก้ไขจากภายนอก Corridor (รหัสยืนยันไม่ตรงกัน) กรุณากู้คืนไฟล์จากสำเนาสำรอง และแจ้งผู้ประสานงานของคุณ</translation>
    </message>
</context>
<context>
    <name>LessonMarkdown</name>
    <message>
        <source>The text does not start with a &quot;# Title&quot; line.</source>
        <translation type="unfinished">ข้อความไม่ได้ขึ้นต้นด้วยบรรทัด &quot;# Title&quot; (ชื่อบทเรียน)</translation>
    </message>
    <message>
        <source>The title line is empty.</source>
        <translation type="unfinished">บรรทัดชื่อบทเรียนว่างเปล่า</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not one of the lesson parts (Objectives, Facilitator notes, Participant content, Quiz).</source>
        <translation type="unfinished">บรรทัด %1: &quot;%2&quot; ไม่ใช่ส่วนหนึ่งของบทเรียน (Objectives, Facilitator notes, Participant content, Quiz)</translation>
    </message>
    <message>
        <source>Line %1: text before the first lesson part.</source>
        <translation type="unfinished">บรรทัด %1: มีข้อความอยู่ก่อนส่วนแรกของบทเรียน</translation>
    </message>
    <message>
        <source>Line %1: objectives are a list of &quot;- &quot; items.</source>
        <translation type="unfinished">บรรทัด %1: วัตถุประสงค์ต้องเขียนเป็นรายการที่ขึ้นต้นด้วย &quot;- &quot;</translation>
    </message>
    <message>
        <source>Line %1: a quiz question starts with &quot;### &quot;.</source>
        <translation type="unfinished">บรรทัด %1: คำถามในแบบทดสอบต้องขึ้นต้นด้วย &quot;### &quot;</translation>
    </message>
    <message>
        <source>Line %1: the question &quot;%2&quot; has more than one right answer.</source>
        <translation type="unfinished">บรรทัด %1: คำถาม &quot;%2&quot; มีคำตอบที่ถูกมากกว่าหนึ่งข้อ</translation>
    </message>
    <message>
        <source>Line %1: in a quiz, use &quot;- [ ]&quot; or &quot;- [x]&quot; for answers and &quot;&gt; Why:&quot; for the explanation.</source>
        <translation type="unfinished">บรรทัด %1: ในแบบทดสอบ ให้ใช้ &quot;- [ ]&quot; หรือ &quot;- [x]&quot; สำหรับคำตอบ และ &quot;&gt; Why:&quot; สำหรับคำอธิบาย</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs at least two answers and one marked right with &quot;- [x]&quot;.</source>
        <translation type="unfinished">คำถาม &quot;%1&quot; ต้องมีคำตอบอย่างน้อยสองข้อ และมีข้อที่ถูกหนึ่งข้อที่ทำเครื่องหมายด้วย &quot;- [x]&quot;</translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>the signature file is malformed: %1</source>
        <translation type="unfinished">ไฟล์ลายเซ็นผิดรูปแบบ: %1</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished">มีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <source>it does not have four lines</source>
        <translation type="unfinished">ไม่ได้มีสี่บรรทัด</translation>
    </message>
    <message>
        <source>a comment line is missing</source>
        <translation type="unfinished">ไม่มีบรรทัดหมายเหตุ (comment)</translation>
    </message>
    <message>
        <source>a signature line has the wrong length</source>
        <translation type="unfinished">บรรทัดลายเซ็นมีความยาวไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>only prehashed (ED) minisign signatures are accepted</source>
        <translation type="unfinished">รับเฉพาะลายเซ็น minisign แบบ prehashed (ED) เท่านั้น</translation>
    </message>
    <message>
        <source>the trusted comment is not valid text</source>
        <translation type="unfinished">หมายเหตุที่เชื่อถือได้ (trusted comment) ไม่ใช่ข้อความที่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Cambodian Red Cross</source>
        <translation type="unfinished">สภากาชาดกัมพูชา</translation>
    </message>
    <message>
        <source>Lao Red Cross</source>
        <translation type="unfinished">สภากาชาดลาว</translation>
    </message>
    <message>
        <source>Myanmar Red Cross Society</source>
        <translation type="unfinished">สภากาชาดเมียนมา</translation>
    </message>
    <message>
        <source>Thai Red Cross Society</source>
        <translation type="unfinished">สภากาชาดไทย</translation>
    </message>
</context>
<context>
    <name>PackFile</name>
    <message>
        <source>The content pack is larger than %1 MB.</source>
        <translation type="unfinished">ชุดเนื้อหามีขนาดใหญ่เกิน %1 MB</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished">ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: it is not a content pack.</source>
        <translation type="unfinished">ไฟล์มีขนาดใหญ่เกิน %1 MB: ไม่ใช่ชุดเนื้อหา</translation>
    </message>
    <message>
        <source>This is not a Corridor content pack (%1).</source>
        <translation type="unfinished">ไฟล์นี้ไม่ใช่ชุดเนื้อหาของ Corridor (%1)</translation>
    </message>
    <message>
        <source>Content pack signature</source>
        <translation type="unfinished">ลายเซ็นของชุดเนื้อหา</translation>
    </message>
    <message>
        <source>This content pack&apos;s signature file was changed after it was signed.</source>
        <translation type="unfinished">ไฟล์ลายเซ็นของชุดเนื้อหานี้ถูกแก้ไขหลังจากลงลายเซ็นแล้ว</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">ประโยครหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished">ผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">ชื่อ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">บทบาท (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">ประโยครหัสผ่านใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished">พิมพ์ซ้ำอีกครั้ง (&amp;E)</translation>
    </message>
</context>
<context>
    <name>PassphraseKdf</name>
    <message>
        <source>the key derivation salt has the wrong length</source>
        <translation type="unfinished">ค่า salt สำหรับสร้างกุญแจมีความยาวไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the key derivation settings are weaker than Corridor ever writes</source>
        <translation type="unfinished">การตั้งค่าการสร้างกุญแจอ่อนกว่าที่ Corridor เคยใช้</translation>
    </message>
    <message>
        <source>the key derivation settings ask for more memory or time than allowed</source>
        <translation type="unfinished">การตั้งค่าการสร้างกุญแจต้องใช้หน่วยความจำหรือเวลามากเกินที่อนุญาต</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">เริ่มไลบรารีการเข้ารหัสไม่ได้</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation type="unfinished">หน่วยความจำไม่พอสำหรับสร้างกุญแจจากประโยครหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase needs at least %1 characters. A short sentence in your own language is easy to remember and hard to guess.</source>
        <translation type="unfinished">ประโยครหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร ประโยคสั้นๆ ในภาษาของคุณเองจำได้ง่ายและคนอื่นเดายาก</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters; choose words instead.</source>
        <translation type="unfinished">ประโยครหัสผ่านมีแต่ตัวอักษรเดิมๆ ซ้ำกันไม่กี่ตัว ให้ใช้เป็นคำแทน</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished">สั้นเกินไป: ต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation type="unfinished">อ่อน: เพิ่มอีกสักสองสามคำ</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it strong.</source>
        <translation type="unfinished">พอใช้: เพิ่มอีกหนึ่งหรือสองคำจะแข็งแรง</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">แข็งแรง</translation>
    </message>
</context>
<context>
    <name>PracticeVault</name>
    <message>
        <source>Practice volunteer</source>
        <translation type="unfinished">อาสาสมัครฝึกหัด</translation>
    </message>
    <message>
        <source>Practice branch</source>
        <translation type="unfinished">สาขาฝึกหัด</translation>
    </message>
    <message>
        <source>Practice laptop</source>
        <translation type="unfinished">โน้ตบุ๊กฝึกหัด</translation>
    </message>
    <message>
        <source>Practice coordinator</source>
        <translation type="unfinished">ผู้ประสานงานฝึกหัด</translation>
    </message>
    <message>
        <source>Coordinator&apos;s laptop (practice)</source>
        <translation type="unfinished">โน้ตบุ๊กของผู้ประสานงาน (ฝึกหัด)</translation>
    </message>
    <message>
        <source>Practice partner coordinator</source>
        <translation type="unfinished">ผู้ประสานงานฝึกหัดของสภากาชาดที่ร่วมงานกัน</translation>
    </message>
    <message>
        <source>Partner&apos;s laptop (practice)</source>
        <translation type="unfinished">โน้ตบุ๊กของสภากาชาดที่ร่วมงานกัน (ฝึกหัด)</translation>
    </message>
    <message>
        <source>Practice branch office</source>
        <translation type="unfinished">สำนักงานสาขาฝึกหัด</translation>
    </message>
    <message>
        <source>Practice trainer</source>
        <translation type="unfinished">วิทยากรฝึกหัด</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ไม่ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">ไม่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">หยุด</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">ไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; ย้อนกลับ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">ถัดไป &gt; (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">เสร็จสิ้น (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished">ยืนยัน</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>there is nothing to put in the QR code</source>
        <translation type="unfinished">ไม่มีข้อมูลที่จะใส่ในคิวอาร์โค้ด</translation>
    </message>
    <message>
        <source>the text is too long for a QR code</source>
        <translation type="unfinished">ข้อความยาวเกินไปสำหรับคิวอาร์โค้ด</translation>
    </message>
    <message>
        <source>the picture is empty or could not be read</source>
        <translation type="unfinished">รูปภาพว่างเปล่าหรืออ่านไม่ได้</translation>
    </message>
    <message>
        <source>no QR code was found in the picture</source>
        <translation type="unfinished">ไม่พบคิวอาร์โค้ดในรูปภาพ</translation>
    </message>
    <message>
        <source>the picture could not be searched for a QR code</source>
        <translation type="unfinished">ค้นหาคิวอาร์โค้ดในรูปภาพไม่ได้</translation>
    </message>
</context>
<context>
    <name>QrTextFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">ไม่มีไฟล์ %1</translation>
    </message>
    <message>
        <source>The file is too large to be a card or a picture of one.</source>
        <translation type="unfinished">ไฟล์มีขนาดใหญ่เกินกว่าจะเป็นบัตรประจำเครื่องหรือรูปภาพของบัตร</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished">อ่านไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished">ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>This is neither a card nor a picture Corridor can read.</source>
        <translation type="unfinished">ไฟล์นี้ไม่ใช่บัตรประจำเครื่อง และไม่ใช่รูปภาพที่ Corridor อ่านได้</translation>
    </message>
    <message>
        <source>The picture holds a QR code, but not a Corridor card.</source>
        <translation type="unfinished">รูปภาพนี้มีคิวอาร์โค้ด แต่ไม่ใช่บัตรประจำเครื่องของ Corridor</translation>
    </message>
    <message>
        <source>The file is too large for a picture (over %1 MB).</source>
        <translation type="unfinished">ไฟล์มีขนาดใหญ่เกินกว่าจะเป็นรูปภาพ (เกิน %1 MB)</translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels).</source>
        <translation type="unfinished">รูปภาพมีขนาดใหญ่เกินไป (%1 × %2 พิกเซล)</translation>
    </message>
    <message>
        <source>This is not a picture Corridor can read.</source>
        <translation type="unfinished">ไฟล์นี้ไม่ใช่รูปภาพที่ Corridor อ่านได้</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>no user is signed in</source>
        <translation type="unfinished">ยังไม่มีผู้ใช้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>this record was erased and cannot be changed</source>
        <translation type="unfinished">รายการข้อมูลนี้ถูกลบแล้ว แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>the record has no field %1</source>
        <translation type="unfinished">รายการข้อมูลนี้ไม่มีช่องข้อมูล %1</translation>
    </message>
    <message>
        <source>this record was already erased</source>
        <translation type="unfinished">รายการข้อมูลนี้ถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>an erased changeset of a record that is not erased here</source>
        <translation type="unfinished">ชุดการเปลี่ยนแปลงที่ถูกลบเนื้อหาแล้ว ของรายการข้อมูลที่ยังไม่ถูกลบที่นี่</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>the recovery key contains &apos;%1&apos;, which is not one of its letters or digits</source>
        <translation type="unfinished">รหัสกู้คืนมี &apos;%1&apos; ซึ่งไม่ใช่ตัวอักษรหรือตัวเลขที่ใช้ในรหัสนี้</translation>
    </message>
    <message>
        <source>a recovery key has %1 letters and digits; this one has %2</source>
        <translation type="unfinished">รหัสกู้คืนต้องมีตัวอักษรและตัวเลข %1 ตัว แต่รหัสนี้มี %2 ตัว</translation>
    </message>
    <message>
        <source>the recovery key has a typing mistake (its check letters do not match); please compare it with the printed copy</source>
        <translation type="unfinished">รหัสกู้คืนพิมพ์ผิด (ตัวอักษรตรวจสอบไม่ตรงกัน) กรุณาเทียบกับฉบับที่พิมพ์ไว้บนกระดาษ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Corridor recovery key</source>
        <translation type="unfinished">รหัสกู้คืนของ Corridor</translation>
    </message>
    <message>
        <source>Vault of %1, %2 branch — laptop “%3”, first user %4.
Vault id %5. Printed %6.</source>
        <translation type="unfinished">คลังข้อมูลของ %1 สาขา %2 — โน้ตบุ๊ก “%3” ผู้ใช้คนแรก %4
รหัสคลังข้อมูล %5 พิมพ์เมื่อ %6</translation>
    </message>
    <message>
        <source>This key opens the case files on that laptop when a passphrase is forgotten. Anyone who holds it and the laptop can read them. Keep this page in the coordinator&apos;s locked safe; never photograph it, send it in a chat app or keep it with the laptop.</source>
        <translation type="unfinished">รหัสนี้ใช้เปิดแฟ้มข้อมูลในโน้ตบุ๊กเครื่องนั้นได้เมื่อลืมประโยครหัสผ่าน ใครก็ตามที่มีรหัสนี้และโน้ตบุ๊กเครื่องนั้นจะอ่านแฟ้มข้อมูลได้ เก็บกระดาษแผ่นนี้ไว้ในตู้เซฟที่ล็อกไว้ของผู้ประสานงาน ห้ามถ่ายรูป ห้ามส่งทางแอปแชท และห้ามเก็บไว้กับโน้ตบุ๊ก</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished">พิมพ์รหัสกู้คืน</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>A referral code has %1 letters and digits (like ABCD-EFGH-JK7).</source>
        <translation type="unfinished">รหัสการส่งต่อต้องมีตัวอักษรและตัวเลข %1 ตัว (เช่น ABCD-EFGH-JK7)</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a referral code.</source>
        <translation type="unfinished">“%1” ใช้เป็นส่วนหนึ่งของรหัสการส่งต่อไม่ได้</translation>
    </message>
    <message>
        <source>This referral code has a typing mistake: check each letter and digit again.</source>
        <translation type="unfinished">รหัสการส่งต่อนี้พิมพ์ผิด: กรุณาตรวจตัวอักษรและตัวเลขทีละตัวอีกครั้ง</translation>
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
        <translation type="unfinished">วันที่ต้องเขียนแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--days-supplied takes a number of days</source>
        <translation type="unfinished">--days-supplied ต้องเป็นจำนวนวัน</translation>
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
        <translation type="unfinished">เพิ่มการส่งต่อใหม่จากใบส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>This referral was already on this laptop; nothing was duplicated.</source>
        <translation type="unfinished">โน้ตบุ๊กเครื่องนี้มีการส่งต่อนี้อยู่แล้ว จึงไม่ได้บันทึกซ้ำ</translation>
    </message>
    <message>
        <source>referral create|list|show|status|slip|scan</source>
        <translation type="unfinished">referral create|list|show|status|slip|scan</translation>
    </message>
    <message>
        <source>overdue: %1 by %2</source>
        <translation type="unfinished">เกินกำหนด: %1 ภายใน %2</translation>
    </message>
    <message>
        <source>site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A] [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S];  site edit SITE_ID [the same options]</source>
        <translation type="unfinished">site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A] [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S];  site edit SITE_ID [ตัวเลือกเดียวกัน]</translation>
    </message>
    <message>
        <source>site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …</source>
        <translation type="unfinished">site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …</translation>
    </message>
    <message>
        <source>Showing the built-in directory only: %1</source>
        <translation type="unfinished">แสดงเฉพาะรายชื่อสถานบริการที่ติดมากับโปรแกรม: %1</translation>
    </message>
</context>
<context>
    <name>ReferralEvent</name>
    <message>
        <source>Created</source>
        <translation type="unfinished">สร้างใหม่</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">ส่งแล้ว</translation>
    </message>
    <message>
        <source>Received by the other side</source>
        <translation type="unfinished">อีกฝ่ายได้รับแล้ว</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished">มาถึงแล้ว</translation>
    </message>
    <message>
        <source>Linked to care</source>
        <translation type="unfinished">เข้ารับการดูแลรักษาแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ปิดแล้ว</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">ปฏิเสธแล้ว</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished">ขาดการติดตาม</translation>
    </message>
    <message>
        <source>ART continuation</source>
        <translation type="unfinished">การรับยาต้านไวรัสต่อเนื่อง</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished">การตรวจเอชไอวี</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ดูแลด้านจิตใจและสังคม</translation>
    </message>
    <message>
        <source>Identity documents (embassy)</source>
        <translation type="unfinished">เอกสารแสดงตัวตน (สถานทูต)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">อื่นๆ</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">กรุณาเข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to referrals.</source>
        <translation type="unfinished">บทบาทของคุณ (วิทยากร) ไม่มีสิทธิ์เข้าถึงการส่งต่อ</translation>
    </message>
    <message>
        <source>Give at least one reason for the referral.</source>
        <translation type="unfinished">กรุณาระบุเหตุผลของการส่งต่ออย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <source>“%1” is not a referral reason (%2).</source>
        <translation type="unfinished">“%1” ไม่ใช่เหตุผลการส่งต่อที่ใช้ได้ (%2)</translation>
    </message>
    <message>
        <source>Days of medicine supplied must be between 0 and 1000.</source>
        <translation type="unfinished">จำนวนวันที่จ่ายยาให้ไปต้องอยู่ระหว่าง 0 ถึง 1000 วัน</translation>
    </message>
    <message>
        <source>%1&apos;s consent does not allow sharing with a partner National Society: record that consent in the case file first.</source>
        <translation type="unfinished">ความยินยอมของ %1 ไม่อนุญาตให้แบ่งปันข้อมูลกับสภากาชาดที่ร่วมงานกัน: กรุณาบันทึกความยินยอมนั้นในแฟ้มข้อมูลก่อน</translation>
    </message>
    <message>
        <source>“%1” is not a referral step (%2).</source>
        <translation type="unfinished">“%1” ไม่ใช่ขั้นตอนการส่งต่อที่ใช้ได้ (%2)</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished">หมายเหตุยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>No referral with the code %1 is on this laptop.</source>
        <translation type="unfinished">โน้ตบุ๊กเครื่องนี้ไม่มีการส่งต่อที่มีรหัส %1</translation>
    </message>
    <message>
        <source>Another referral with the code %1 is already on this laptop; check the slip with its sender.</source>
        <translation type="unfinished">โน้ตบุ๊กเครื่องนี้มีการส่งต่ออื่นที่ใช้รหัส %1 อยู่แล้ว กรุณาตรวจสอบใบส่งต่อกับผู้ส่ง</translation>
    </message>
    <message>
        <source>slip scanned</source>
        <translation type="unfinished">สแกนใบส่งต่อแล้ว</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Health service referral</source>
        <translation type="unfinished">ใบส่งต่อรับบริการสุขภาพ</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished">รหัสการส่งต่อ</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation type="unfinished">กรุณาไปที่</translation>
    </message>
    <message>
        <source>Visit before</source>
        <translation type="unfinished">กรุณาไปก่อนวันที่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">โทรศัพท์</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">เวลาทำการ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished">ส่งต่อโดย</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">สำหรับ</translation>
    </message>
    <message>
        <source>Show this slip at the reception. Staff can scan the square code or type the referral code.</source>
        <translation type="unfinished">กรุณาแสดงใบนี้ที่จุดลงทะเบียน เจ้าหน้าที่จะสแกนโค้ดสี่เหลี่ยมหรือพิมพ์รหัสการส่งต่อ</translation>
    </message>
    <message>
        <source>Keep this slip safe and show it only to the service.</source>
        <translation type="unfinished">กรุณาเก็บใบนี้ไว้ให้ดี และแสดงให้เจ้าหน้าที่ของสถานบริการดูเท่านั้น</translation>
    </message>
    <message>
        <source>For staff: scan with Corridor</source>
        <translation type="unfinished">สำหรับเจ้าหน้าที่: สแกนด้วย Corridor</translation>
    </message>
    <message>
        <source>No square code on this slip: type the referral code.</source>
        <translation type="unfinished">ใบนี้ไม่มีโค้ดสี่เหลี่ยม: กรุณาพิมพ์รหัสการส่งต่อ</translation>
    </message>
    <message>
        <source>Clinician page: confidential</source>
        <translation type="unfinished">หน้าสำหรับบุคลากรทางการแพทย์: ข้อมูลลับ</translation>
    </message>
    <message>
        <source>Client code (UIC)</source>
        <translation type="unfinished">รหัสผู้รับบริการ (UIC)</translation>
    </message>
    <message>
        <source>Reasons for referral</source>
        <translation type="unfinished">เหตุผลของการส่งต่อ</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation type="unfinished">สูตรยา</translation>
    </message>
    <message>
        <source>Last dispense</source>
        <translation type="unfinished">วันที่จ่ายยาครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Days of medicine supplied</source>
        <translation type="unfinished">จำนวนวันที่จ่ายยาให้ไป</translation>
    </message>
    <message>
        <source>Viral load</source>
        <translation type="unfinished">ปริมาณไวรัสในเลือด</translation>
    </message>
    <message>
        <source>Expected travel date</source>
        <translation type="unfinished">วันที่คาดว่าจะเดินทาง</translation>
    </message>
    <message>
        <source>The client consented to sharing these details with the receiving service.</source>
        <translation type="unfinished">ผู้รับบริการยินยอมให้แบ่งปันข้อมูลเหล่านี้กับสถานบริการที่รับการส่งต่อ</translation>
    </message>
    <message>
        <source>ART continuation</source>
        <translation type="unfinished">การรับยาต้านไวรัสต่อเนื่อง</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished">การตรวจเอชไอวี</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ดูแลด้านจิตใจและสังคม</translation>
    </message>
    <message>
        <source>Identity documents (embassy)</source>
        <translation type="unfinished">เอกสารแสดงตัวตน (สถานทูต)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">อื่นๆ</translation>
    </message>
    <message>
        <source>“%1” is not a slip language (%2).</source>
        <translation type="unfinished">“%1” ไม่ใช่ภาษาที่ใช้กับใบส่งต่อได้ (%2)</translation>
    </message>
    <message>
        <source>Choose two or three languages for the slip.</source>
        <translation type="unfinished">กรุณาเลือกภาษาสำหรับใบส่งต่อ 2 หรือ 3 ภาษา</translation>
    </message>
    <message>
        <source>Could not start printing the slip.</source>
        <translation type="unfinished">เริ่มพิมพ์ใบส่งต่อไม่ได้</translation>
    </message>
    <message>
        <source>Could not finish printing the slip.</source>
        <translation type="unfinished">พิมพ์ใบส่งต่อไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">ไม่มีโฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlips</name>
    <message>
        <source>This laptop holds no key of %1 yet, so the slip&apos;s QR code cannot be made. Ask your coordinator to register %1&apos;s coordinator card and sync; the referral code on the slip works meanwhile.</source>
        <translation type="unfinished">โน้ตบุ๊กเครื่องนี้ยังไม่มีกุญแจของ %1 จึงสร้างคิวอาร์โค้ดบนใบส่งต่อไม่ได้ กรุณาขอให้ผู้ประสานงานของคุณลงทะเบียนบัตรประจำเครื่องของผู้ประสานงานของ %1 แล้วซิงค์ ระหว่างนี้ใช้รหัสการส่งต่อบนใบส่งต่อได้</translation>
    </message>
    <message>
        <source>The slip was made on a device this laptop does not know (%1). Sync with your coordinator first, or type the referral code printed on the slip.</source>
        <translation type="unfinished">ใบส่งต่อนี้สร้างจากเครื่องที่โน้ตบุ๊กเครื่องนี้ไม่รู้จัก (%1) กรุณาซิงค์กับผู้ประสานงานของคุณก่อน หรือพิมพ์รหัสการส่งต่อที่อยู่บนใบส่งต่อ</translation>
    </message>
    <message>
        <source>The slip was made on a device that has been revoked (%1). Do not trust it; call the sending National Society to check the referral.</source>
        <translation type="unfinished">ใบส่งต่อนี้สร้างจากเครื่องที่ถูกเพิกถอนแล้ว (%1) อย่าเชื่อถือใบนี้ กรุณาโทรหาสภากาชาดที่ส่งต่อมาเพื่อตรวจสอบการส่งต่อ</translation>
    </message>
    <message>
        <source>The slip&apos;s code has been changed since it was made: its signature does not match.</source>
        <translation type="unfinished">โค้ดบนใบส่งต่อถูกแก้ไขหลังจากที่สร้างขึ้น: ลายเซ็นไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The slip says it comes from %1 but was made on a device of %2.</source>
        <translation type="unfinished">ใบส่งต่อระบุว่ามาจาก %1 แต่สร้างจากเครื่องของ %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>this vault was written by a newer version of Corridor (%1 data version %2; this Corridor knows up to %3). Update Corridor to open it.</source>
        <translation type="unfinished">คลังข้อมูลนี้ถูกเขียนโดย Corridor รุ่นที่ใหม่กว่า (%1 ข้อมูลรุ่น %2 แต่ Corridor นี้รู้จักถึงรุ่น %3 เท่านั้น) กรุณาอัปเดต Corridor เพื่อเปิดคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>upgrading %1 to data version %2</source>
        <translation type="unfinished">กำลังอัปเกรด %1 เป็นข้อมูลรุ่น %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the name of the first user.</source>
        <translation type="unfinished">กรุณาใส่ชื่อของผู้ใช้คนแรก</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known National Society (use %2).</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่สภากาชาดที่รู้จัก (ใช้ %2)</translation>
    </message>
    <message>
        <source>Enter the branch this laptop works for.</source>
        <translation type="unfinished">กรุณาใส่สาขาที่โน้ตบุ๊กเครื่องนี้ทำงานให้</translation>
    </message>
    <message>
        <source>This vault has no user %1.</source>
        <translation type="unfinished">คลังข้อมูลนี้ไม่มีผู้ใช้ %1</translation>
    </message>
    <message>
        <source>The user %1 has been deactivated.</source>
        <translation type="unfinished">ผู้ใช้ %1 ถูกปิดการใช้งานแล้ว</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation type="unfinished">เวลาล็อกอัตโนมัติต้องอยู่ระหว่าง 1 ถึง 240 นาที</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">กรุณาเข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <source>Your role cannot add a user with more access than your own; ask a coordinator.</source>
        <translation type="unfinished">บทบาทของคุณเพิ่มผู้ใช้ที่มีสิทธิ์มากกว่าตัวคุณเองไม่ได้ กรุณาขอให้ผู้ประสานงานทำให้</translation>
    </message>
    <message>
        <source>There is no user called %1 on this laptop.</source>
        <translation type="unfinished">โน้ตบุ๊กเครื่องนี้ไม่มีผู้ใช้ชื่อ %1</translation>
    </message>
    <message>
        <source>The second confirmation must come from another user.</source>
        <translation type="unfinished">การยืนยันครั้งที่สองต้องมาจากผู้ใช้อีกคนหนึ่ง</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">การตั้งค่า</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished">ล็อกหลังจาก (&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> นาที</translation>
    </message>
    <message>
        <source>Corridor locks itself when nobody has touched the keyboard or mouse for this long. Ctrl+L locks at once.</source>
        <translation type="unfinished">Corridor จะล็อกตัวเองเมื่อไม่มีใครแตะแป้นพิมพ์หรือเมาส์นานเท่านี้ กด Ctrl+L เพื่อล็อกทันที</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">โน้ตบุ๊กเครื่องนี้</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished">เข้าสู่ระบบในชื่อ</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished">เปลี่ยนประโยครหัสผ่านของฉัน… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished">เพิ่มผู้ใช้… (&amp;A)</translation>
    </message>
</context>
<context>
    <name>SiteDirectory</name>
    <message>
        <source>The site directory is too large.</source>
        <translation type="unfinished">รายชื่อสถานบริการมีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <source>The site directory cannot be read: %1</source>
        <translation type="unfinished">อ่านรายชื่อสถานบริการไม่ได้: %1</translation>
    </message>
    <message>
        <source>A site in the directory has no id, name or organisation.</source>
        <translation type="unfinished">มีสถานบริการในรายชื่อที่ไม่มีรหัส (id) ชื่อ หรือองค์กร</translation>
    </message>
    <message>
        <source>The built-in site directory is missing from this build.</source>
        <translation type="unfinished">โปรแกรมรุ่นนี้ไม่มีรายชื่อสถานบริการที่ติดมากับโปรแกรม</translation>
    </message>
    <message>
        <source>There is no site %1 in the directory (see site list).</source>
        <translation type="unfinished">ไม่มีสถานบริการ %1 ในรายชื่อ (ดู site list)</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">กรุณาเข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <source>Your role (trainer) does not edit the site directory.</source>
        <translation type="unfinished">บทบาทของคุณ (วิทยากร) ไม่มีสิทธิ์แก้ไขรายชื่อสถานบริการ</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation type="unfinished">สถานบริการต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The organisation is a short code in capitals (CRC, LRC, MRCS, TRCS, or another, e.g. IOM).</source>
        <translation type="unfinished">องค์กรต้องเป็นรหัสสั้นๆ ตัวพิมพ์ใหญ่ (CRC, LRC, MRCS, TRCS หรือรหัสอื่น เช่น IOM)</translation>
    </message>
    <message>
        <source>The country is a two-letter code (KH, LA, MM, TH, …).</source>
        <translation type="unfinished">ประเทศต้องเป็นรหัสตัวอักษร 2 ตัว (KH, LA, MM, TH, …)</translation>
    </message>
    <message>
        <source>“%1” is not a language code (km, lo, th, my, en, …).</source>
        <translation type="unfinished">“%1” ไม่ใช่รหัสภาษา (km, lo, th, my, en, …)</translation>
    </message>
    <message>
        <source>A field of the site is longer than %1 characters.</source>
        <translation type="unfinished">มีช่องข้อมูลของสถานบริการที่ยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Too many languages or services for one site.</source>
        <translation type="unfinished">ภาษาหรือบริการมากเกินไปสำหรับสถานบริการเดียว</translation>
    </message>
</context>
<context>
    <name>SlipCode</name>
    <message>
        <source>The code&apos;s contents are not a valid referral (%1).</source>
        <translation type="unfinished">เนื้อหาในโค้ดไม่ใช่การส่งต่อที่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>No organisation key to encrypt the slip&apos;s code to.</source>
        <translation type="unfinished">ไม่มีกุญแจขององค์กรสำหรับเข้ารหัสโค้ดบนใบส่งต่อ</translation>
    </message>
    <message>
        <source>An organisation key is not usable for the slip&apos;s code.</source>
        <translation type="unfinished">มีกุญแจขององค์กรที่ใช้กับโค้ดบนใบส่งต่อไม่ได้</translation>
    </message>
    <message>
        <source>The referral holds too much text for a QR code; shorten the notes.</source>
        <translation type="unfinished">การส่งต่อนี้มีข้อความมากเกินกว่าจะใส่ในคิวอาร์โค้ดได้ กรุณาย่อหมายเหตุให้สั้นลง</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished">โค้ดว่างเปล่า</translation>
    </message>
    <message>
        <source>The code is longer than any referral slip&apos;s.</source>
        <translation type="unfinished">โค้ดนี้ยาวเกินกว่าโค้ดของใบส่งต่อใดๆ</translation>
    </message>
    <message>
        <source>This is not the code of a Corridor referral slip.</source>
        <translation type="unfinished">นี่ไม่ใช่โค้ดของใบส่งต่อของ Corridor</translation>
    </message>
    <message>
        <source>This slip was made by a newer version of Corridor (format %1); update Corridor to read it, or type the referral code printed on the slip.</source>
        <translation type="unfinished">ใบส่งต่อนี้สร้างโดย Corridor รุ่นที่ใหม่กว่า (รูปแบบ %1) กรุณาอัปเดต Corridor เพื่ออ่านใบนี้ หรือพิมพ์รหัสการส่งต่อที่อยู่บนใบส่งต่อ</translation>
    </message>
    <message>
        <source>The slip&apos;s code is damaged or incomplete (%1).</source>
        <translation type="unfinished">โค้ดบนใบส่งต่อเสียหายหรือไม่ครบถ้วน (%1)</translation>
    </message>
    <message>
        <source>The slip&apos;s code is damaged or incomplete (too short).</source>
        <translation type="unfinished">โค้ดบนใบส่งต่อเสียหายหรือไม่ครบถ้วน (สั้นเกินไป)</translation>
    </message>
    <message>
        <source>This slip&apos;s code is addressed to another National Society: only the receiving and the sending National Societies can read it. Type the referral code printed on the slip instead.</source>
        <translation type="unfinished">โค้ดบนใบส่งต่อนี้ส่งถึงสภากาชาดอื่น: เฉพาะสภากาชาดที่รับและที่ส่งเท่านั้นที่อ่านได้ กรุณาพิมพ์รหัสการส่งต่อที่อยู่บนใบส่งต่อแทน</translation>
    </message>
    <message>
        <source>The picture holds a QR code, but not the code of a Corridor referral slip.</source>
        <translation type="unfinished">รูปภาพนี้มีคิวอาร์โค้ด แต่ไม่ใช่โค้ดของใบส่งต่อของ Corridor</translation>
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
        <translation type="unfinished">เขียนรูปภาพ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>device enrol FILE|IMAGE</source>
        <translation type="unfinished">device enrol FILE|IMAGE</translation>
    </message>
    <message>
        <source>%1 of %2 is registered as a partner coordinator.</source>
        <translation type="unfinished">ลงทะเบียน %1 จาก %2 เป็นผู้ประสานงานของสภากาชาดที่ร่วมงานกันแล้ว</translation>
    </message>
    <message>
        <source>%1 (%2) is now trusted here.</source>
        <translation type="unfinished">ตอนนี้โน้ตบุ๊กเครื่องนี้เชื่อถือ %1 (%2) แล้ว</translation>
    </message>
    <message>
        <source>device revoke ID</source>
        <translation type="unfinished">device revoke ID</translation>
    </message>
    <message>
        <source>a device id is 16 hexadecimal digits</source>
        <translation type="unfinished">รหัสเครื่องต้องเป็นเลขฐานสิบหก 16 หลัก</translation>
    </message>
    <message>
        <source>  (revoked)</source>
        <translation type="unfinished">  (ถูกเพิกถอน)</translation>
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
        <translation type="unfinished">คำเตือน: ไฟล์นี้จะมีกุญแจถอดรหัสลับของโน้ตบุ๊กเครื่องนี้อยู่แบบไม่เข้ารหัส ใครก็ตามที่มีไฟล์นี้จะอ่านไฟล์ซิงค์ทุกไฟล์ที่ส่งมาถึงโน้ตบุ๊กเครื่องนี้ได้ ใช้ไฟล์นี้เฉพาะเพื่อกู้คืนไฟล์ซิงค์ด้วยโปรแกรม age ตัวมาตรฐานเท่านั้น เก็บไว้ในดิสก์ที่เข้ารหัส และลบทิ้งเมื่อใช้เสร็จ</translation>
    </message>
    <message>
        <source>Type your passphrase again to confirm:</source>
        <translation type="unfinished">พิมพ์ประโยครหัสผ่านของคุณอีกครั้งเพื่อยืนยัน:</translation>
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
        <translation type="unfinished">(ลายเซ็นจะถูกตรวจตอนนำเข้า โดยเทียบกับกุญแจที่ลงทะเบียนไว้ของเครื่องที่ส่งออก)</translation>
    </message>
    <message>
        <source>bundle export --peer DEVICE_ID --out FILE</source>
        <translation type="unfinished">bundle export --peer DEVICE_ID --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) in bundle %1 for %2 (%3 scope)</source>
        <translation type="unfinished">
            <numerusform>ชุดการเปลี่ยนแปลง %n ชุดในไฟล์ซิงค์หมายเลข %1 สำหรับ %2 (ขอบเขต %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import FILE… [--json]</source>
        <translation type="unfinished">bundle import FILE… [--json]</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished">%1: ปฏิเสธ: %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already seen, %4 held, %5 new conflicts, %6 refused</source>
        <translation type="unfinished">%1: ใหม่ %2, เคยได้รับแล้ว %3, พักไว้ %4, ข้อมูลขัดกันใหม่ %5, ปฏิเสธ %6</translation>
    </message>
    <message>
        <source>bundle export|import|inspect</source>
        <translation type="unfinished">bundle export|import|inspect</translation>
    </message>
    <message>
        <source>%1 %2 %3: kept “%4”, other “%5”</source>
        <translation type="unfinished">%1 %2 %3: เก็บ “%4” ไว้, อีกค่าหนึ่งคือ “%5”</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation type="unfinished">ไม่มีข้อมูลขัดกัน</translation>
    </message>
    <message>
        <source>conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)</source>
        <translation type="unfinished">conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)</translation>
    </message>
    <message>
        <source>there is no conflict on %1 %2</source>
        <translation type="unfinished">ไม่มีข้อมูลขัดกันที่ %1 %2</translation>
    </message>
    <message>
        <source>--keep takes current or other</source>
        <translation type="unfinished">--keep ต้องเป็น current หรือ other</translation>
    </message>
    <message>
        <source>conflicts list|resolve</source>
        <translation type="unfinished">conflicts list|resolve</translation>
    </message>
    <message>
        <source>%1 %2: sent #%3, acknowledged #%4, received #%5, %6 waiting</source>
        <translation type="unfinished">%1 %2: ส่งแล้ว #%3, ยืนยันรับแล้ว #%4, ได้รับแล้ว #%5, รอส่ง %6</translation>
    </message>
    <message>
        <source>sync [--inbox DIR] [--outbox DIR] (or save them with sync folders)</source>
        <translation type="unfinished">sync [--inbox DIR] [--outbox DIR] (หรือบันทึกไว้ด้วยคำสั่ง sync folders)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already seen</source>
        <translation type="unfinished">%1: ใหม่ %2, เคยได้รับแล้ว %3</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished">เขียน %1 แล้ว</translation>
    </message>
    <message>
        <source>dump --canonical</source>
        <translation type="unfinished">dump --canonical</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">บทบาทของคุณ (วิทยากร) ไม่มีสิทธิ์เปิดแฟ้มข้อมูล</translation>
    </message>
</context>
<context>
    <name>TarArchive</name>
    <message>
        <source>the archive could not be started: %1</source>
        <translation type="unfinished">เริ่มสร้างไฟล์รวม (archive) ไม่ได้: %1</translation>
    </message>
    <message>
        <source>the archive could not be written: %1</source>
        <translation type="unfinished">เขียนไฟล์รวม (archive) ไม่ได้: %1</translation>
    </message>
    <message>
        <source>the archive could not be finished</source>
        <translation type="unfinished">ทำไฟล์รวม (archive) ให้เสร็จไม่ได้</translation>
    </message>
    <message>
        <source>not a Corridor bundle: %1</source>
        <translation type="unfinished">ไม่ใช่ไฟล์ซิงค์ของ Corridor: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>its size is not a whole number of 512-byte blocks (truncated, or something was appended)</source>
        <translation type="unfinished">ขนาดไฟล์ไม่ใช่จำนวนเต็มของบล็อกขนาด 512 ไบต์ (ไฟล์ถูกตัดหาย หรือมีอะไรต่อท้ายเข้ามา)</translation>
    </message>
    <message>
        <source>it ends before the entry %1</source>
        <translation type="unfinished">ไฟล์จบก่อนถึงรายการ %1</translation>
    </message>
    <message>
        <source>a header checksum does not match</source>
        <translation type="unfinished">ค่าตรวจสอบของส่วนหัวไม่ตรงกัน</translation>
    </message>
    <message>
        <source>it is not a ustar archive</source>
        <translation type="unfinished">ไม่ใช่ไฟล์รวมแบบ ustar</translation>
    </message>
    <message>
        <source>it holds &apos;%1&apos; where &apos;%2&apos; was expected</source>
        <translation type="unfinished">มี &apos;%1&apos; อยู่ในตำแหน่งที่ควรเป็น &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file (links and directories are refused)</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ใช่ไฟล์ธรรมดา (ไม่รับลิงก์และโฟลเดอร์)</translation>
    </message>
    <message>
        <source>an entry has a link target or a path prefix</source>
        <translation type="unfinished">มีรายการที่มีเป้าหมายลิงก์หรือคำนำหน้าเส้นทาง (path prefix)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than allowed</source>
        <translation type="unfinished">&apos;%1&apos; มีขนาดใหญ่เกินที่อนุญาต</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated</source>
        <translation type="unfinished">&apos;%1&apos; ไม่ครบ (ถูกตัดหาย)</translation>
    </message>
    <message>
        <source>the padding after &apos;%1&apos; is not zero</source>
        <translation type="unfinished">ส่วนเติมเต็ม (padding) หลัง &apos;%1&apos; ไม่ใช่ศูนย์</translation>
    </message>
    <message>
        <source>it holds more than the expected entries, or data after the end of the archive</source>
        <translation type="unfinished">มีรายการมากกว่าที่ควรมี หรือมีข้อมูลอยู่หลังจุดสิ้นสุดของไฟล์รวม</translation>
    </message>
    <message>
        <source>the end of the archive is not two zero blocks</source>
        <translation type="unfinished">ท้ายไฟล์รวมไม่ใช่บล็อกศูนย์สองบล็อก</translation>
    </message>
    <message>
        <source>the header of &apos;%1&apos; is not written the way Corridor writes it</source>
        <translation type="unfinished">ส่วนหัวของ &apos;%1&apos; ไม่ได้เขียนในรูปแบบที่ Corridor เขียน</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Choose at least one module that was taught.</source>
        <translation type="unfinished">เลือกโมดูลที่สอนอย่างน้อยหนึ่งโมดูล</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module of the curriculum.</source>
        <translation type="unfinished">&quot;%1&quot; ไม่ใช่โมดูลในหลักสูตร</translation>
    </message>
    <message>
        <source>Give the date of the training.</source>
        <translation type="unfinished">ใส่วันที่อบรม</translation>
    </message>
    <message>
        <source>The training date %1 is in the future.</source>
        <translation type="unfinished">วันที่อบรม %1 เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>Give the place of the training.</source>
        <translation type="unfinished">ใส่สถานที่อบรม</translation>
    </message>
    <message>
        <source>Give the trainer&apos;s name.</source>
        <translation type="unfinished">ใส่ชื่อวิทยากร</translation>
    </message>
    <message>
        <source>A text field is too long.</source>
        <translation type="unfinished">มีช่องข้อความที่ยาวเกินไป</translation>
    </message>
    <message>
        <source>Add the people who attended.</source>
        <translation type="unfinished">เพิ่มรายชื่อผู้เข้าอบรม</translation>
    </message>
    <message>
        <source>A session can list at most %1 attendees.</source>
        <translation type="unfinished">การอบรมหนึ่งครั้งใส่รายชื่อผู้เข้าอบรมได้ไม่เกิน %1 คน</translation>
    </message>
    <message>
        <source>Every attendee needs a name.</source>
        <translation type="unfinished">ผู้เข้าอบรมทุกคนต้องมีชื่อ</translation>
    </message>
    <message>
        <source>An attendee&apos;s name is too long.</source>
        <translation type="unfinished">ชื่อผู้เข้าอบรมยาวเกินไป</translation>
    </message>
    <message>
        <source>%1: sex must be female, male or other.</source>
        <translation type="unfinished">%1: เพศต้องเป็นหญิง ชาย หรืออื่นๆ</translation>
    </message>
    <message>
        <source>%1: role must be volunteer, staff, community or other.</source>
        <translation type="unfinished">%1: บทบาทต้องเป็นอาสาสมัคร เจ้าหน้าที่ สมาชิกชุมชน หรืออื่นๆ</translation>
    </message>
    <message>
        <source>%1: test scores are per cent, from 0 to 100.</source>
        <translation type="unfinished">%1: คะแนนแบบทดสอบเป็นร้อยละ ตั้งแต่ 0 ถึง 100</translation>
    </message>
    <message>
        <source>Only a trainer or a coordinator records training sessions.</source>
        <translation type="unfinished">เฉพาะวิทยากรหรือผู้ประสานงานเท่านั้นที่บันทึกการอบรมได้</translation>
    </message>
    <message>
        <source>No training session with id %1.</source>
        <translation type="unfinished">ไม่มีการอบรมที่มีรหัส %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>a step of this change failed, so none of it was saved</source>
        <translation type="unfinished">มีขั้นตอนหนึ่งของการเปลี่ยนแปลงนี้ไม่สำเร็จ จึงไม่ได้บันทึกอะไรเลย</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>written by device %1, which this laptop does not know (not enrolled yet)</source>
        <translation type="unfinished">เขียนโดยเครื่อง %1 ซึ่งโน้ตบุ๊กเครื่องนี้ไม่รู้จัก (ยังไม่ได้ลงทะเบียน)</translation>
    </message>
    <message>
        <source>written by %1 after that device was revoked</source>
        <translation type="unfinished">เขียนโดย %1 หลังจากเครื่องนั้นถูกเพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>a trust update that does not come from a coordinator of %1</source>
        <translation type="unfinished">การปรับปรุงความเชื่อถือที่ไม่ได้มาจากผู้ประสานงานของ %1</translation>
    </message>
    <message>
        <source>a partner National Society (%1) may only send referral updates</source>
        <translation type="unfinished">สภากาชาดที่ร่วมงานกัน (%1) ส่งได้เฉพาะข้อมูลอัปเดตของการส่งต่อเท่านั้น</translation>
    </message>
    <message>
        <source>this is this laptop&apos;s own card</source>
        <translation type="unfinished">นี่คือบัตรประจำเครื่องของโน้ตบุ๊กเครื่องนี้เอง</translation>
    </message>
    <message>
        <source>only coordinators enrol devices; here you can only add the card of your own coordinator</source>
        <translation type="unfinished">เฉพาะผู้ประสานงานเท่านั้นที่ลงทะเบียนเครื่องได้ ที่นี่คุณเพิ่มได้เฉพาะบัตรประจำเครื่องของผู้ประสานงานของคุณเอง</translation>
    </message>
    <message>
        <source>a device of another National Society (%1) is registered through its coordinator&apos;s card</source>
        <translation type="unfinished">เครื่องของสภากาชาดประเทศอื่น (%1) ต้องลงทะเบียนผ่านบัตรประจำเครื่องของผู้ประสานงานของสภากาชาดนั้น</translation>
    </message>
    <message>
        <source>only coordinators revoke devices</source>
        <translation type="unfinished">เฉพาะผู้ประสานงานเท่านั้นที่เพิกถอนเครื่องได้</translation>
    </message>
    <message>
        <source>a laptop cannot revoke itself</source>
        <translation type="unfinished">โน้ตบุ๊กเพิกถอนตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>no device %1 is known here</source>
        <translation type="unfinished">ที่นี่ไม่รู้จักเครื่อง %1</translation>
    </message>
    <message>
        <source>the device&apos;s public key is not usable</source>
        <translation type="unfinished">ใช้กุญแจสาธารณะของเครื่องนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Corridor is locked</source>
        <translation type="unfinished">Corridor ล็อกอยู่</translation>
    </message>
    <message>
        <source>Type your passphrase to open the case files on this laptop.</source>
        <translation type="unfinished">พิมพ์ประโยครหัสผ่านของคุณเพื่อเปิดแฟ้มข้อมูลในโน้ตบุ๊กเครื่องนี้</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">ประโยครหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">แสดงประโยครหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ปลดล็อก (&amp;U)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation type="unfinished">ลืมประโยครหัสผ่าน? ใช้รหัสกู้คืน… (&amp;R)</translation>
    </message>
    <message>
        <source>Practice mode: the volunteer’s passphrase is “practice”; the coordinator’s is “coordinator”.</source>
        <translation type="unfinished">โหมดฝึกหัด: ประโยครหัสผ่านของอาสาสมัครคือ “practice” ของผู้ประสานงานคือ “coordinator”</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished">ผู้ใช้ต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation type="unfinished">ชื่อผู้ใช้ยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation type="unfinished">มีผู้ใช้ชื่อ %1 อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished">มีคลังข้อมูลอยู่แล้วใน %1 Corridor จะไม่เขียนทับ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">ประโยครหัสผ่านว่างเปล่า</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished">สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>vault.db is missing from %1: the case files are not there. Restore the vault folder from a backup.</source>
        <translation type="unfinished">ไม่พบ vault.db ใน %1: แฟ้มข้อมูลไม่อยู่ที่นั่น กรุณากู้คืนโฟลเดอร์คลังข้อมูลจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>the passphrase is not correct (nothing was changed)</source>
        <translation type="unfinished">ประโยครหัสผ่านไม่ถูกต้อง (ไม่มีอะไรถูกเปลี่ยน)</translation>
    </message>
    <message>
        <source>this vault has no recovery key</source>
        <translation type="unfinished">คลังข้อมูลนี้ไม่มีรหัสกู้คืน</translation>
    </message>
    <message>
        <source>this recovery key does not belong to this vault, or it was replaced by a newer one</source>
        <translation type="unfinished">รหัสกู้คืนนี้ไม่ใช่ของคลังข้อมูลนี้ หรือถูกแทนที่ด้วยรหัสที่ใหม่กว่าแล้ว</translation>
    </message>
    <message>
        <source>vault.db has no device identity</source>
        <translation type="unfinished">vault.db ไม่มีข้อมูลระบุตัวเครื่อง</translation>
    </message>
    <message>
        <source>this vault cannot hold more users</source>
        <translation type="unfinished">คลังข้อมูลนี้เพิ่มผู้ใช้อีกไม่ได้แล้ว</translation>
    </message>
    <message>
        <source>this user has no passphrase in this vault</source>
        <translation type="unfinished">ผู้ใช้นี้ไม่มีประโยครหัสผ่านในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>the last passphrase of a vault cannot be removed</source>
        <translation type="unfinished">ลบประโยครหัสผ่านสุดท้ายของคลังข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>the passphrase is not correct</source>
        <translation type="unfinished">ประโยครหัสผ่านไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>init takes no positional arguments</source>
        <translation type="unfinished">init ไม่รับค่าที่ไม่ได้อยู่หลังตัวเลือก</translation>
    </message>
    <message>
        <source>init needs --%1</source>
        <translation type="unfinished">init ต้องมี --%1</translation>
    </message>
    <message>
        <source>--role must be volunteer, coordinator or trainer</source>
        <translation type="unfinished">--role ต้องเป็น volunteer, coordinator หรือ trainer</translation>
    </message>
    <message>
        <source>--org must be one of %1</source>
        <translation type="unfinished">--org ต้องเป็นหนึ่งใน %1</translation>
    </message>
    <message>
        <source>--kdf must be calibrated (the default) or minimum (tests and training only)</source>
        <translation type="unfinished">--kdf ต้องเป็น calibrated (ค่าเริ่มต้น) หรือ minimum (สำหรับทดสอบและฝึกอบรมเท่านั้น)</translation>
    </message>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished">มีคลังข้อมูลอยู่แล้วใน %1 Corridor จะไม่เขียนทับ</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1:</source>
        <translation type="unfinished">ตั้งประโยครหัสผ่านสำหรับ %1:</translation>
    </message>
    <message>
        <source>Vault created in %1. Write the recovery key down or print it, and keep it in the coordinator&apos;s safe: it is shown only now.</source>
        <translation type="unfinished">สร้างคลังข้อมูลใน %1 แล้ว จดรหัสกู้คืนไว้หรือพิมพ์ออกมา แล้วเก็บไว้ในตู้เซฟของผู้ประสานงาน รหัสนี้จะแสดงแค่ตอนนี้ครั้งเดียว</translation>
    </message>
    <message>
        <source>passwd needs --new-passphrase-file FILE</source>
        <translation type="unfinished">passwd ต้องมี --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>--kdf must be calibrated or minimum</source>
        <translation type="unfinished">--kdf ต้องเป็น calibrated หรือ minimum</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished">เปลี่ยนประโยครหัสผ่านของ %1 แล้ว</translation>
    </message>
    <message>
        <source>recover needs --recovery-key-file FILE and --new-passphrase-file FILE</source>
        <translation type="unfinished">recover ต้องมี --recovery-key-file FILE และ --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>this vault has no user called %1</source>
        <translation type="unfinished">คลังข้อมูลนี้ไม่มีผู้ใช้ชื่อ %1</translation>
    </message>
    <message>
        <source>this vault has several users: name the one to recover with --user NAME</source>
        <translation type="unfinished">คลังข้อมูลนี้มีผู้ใช้หลายคน: ระบุชื่อผู้ใช้ที่จะกู้คืนด้วย --user NAME</translation>
    </message>
    <message>
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation type="unfinished">ตั้งประโยครหัสผ่านใหม่ให้ %1 ด้วยรหัสกู้คืนแล้ว</translation>
    </message>
    <message>
        <source>user add needs --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE</source>
        <translation type="unfinished">user add ต้องมี --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>user add|list</source>
        <translation type="unfinished">user add|list</translation>
    </message>
    <message>
        <source>the audit log was altered at entry %1</source>
        <translation type="unfinished">บันทึกการใช้งานถูกแก้ไขที่รายการที่ %1</translation>
    </message>
    <message>
        <source>vault.db: every page passed its integrity check; the audit log is intact</source>
        <translation type="unfinished">vault.db: ทุกหน้าผ่านการตรวจความสมบูรณ์ บันทึกการใช้งานครบถ้วน ไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished">--limit ต้องเป็นตัวเลขที่มากกว่า 0</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ชาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">อื่นๆ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished">กัมพูชา</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation type="unfinished">สปป. ลาว</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished">เมียนมา</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished">ไทย</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished">เวียดนาม</translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished">จีน</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished">มาเลเซีย</translation>
    </message>
    <message>
        <source>Stateless or unknown</source>
        <translation type="unfinished">ไร้สัญชาติหรือไม่ทราบ</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation type="unfinished">ประเทศอื่น</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished">ภาษาเขมร</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">ภาษาลาว</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished">ภาษาไทย</translation>
    </message>
    <message>
        <source>Myanmar (Burmese)</source>
        <translation type="unfinished">ภาษาเมียนมา (พม่า)</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation type="unfinished">ภาษาไทใหญ่ (ฉาน)</translation>
    </message>
    <message>
        <source>Karen (S&apos;gaw)</source>
        <translation type="unfinished">ภาษากะเหรี่ยง (สะกอ)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished">ภาษามอญ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished">ภาษาเวียดนาม</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished">ภาษาจีน</translation>
    </message>
    <message>
        <source>Documented (valid passport and permit)</source>
        <translation type="unfinished">มีเอกสารถูกต้อง (หนังสือเดินทางและใบอนุญาตที่ยังใช้ได้)</translation>
    </message>
    <message>
        <source>Documents in process</source>
        <translation type="unfinished">กำลังทำเอกสาร</translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation type="unfinished">ไม่มีเอกสาร</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation type="unfinished">กลับบ้านแล้ว</translation>
    </message>
    <message>
        <source>Planning to migrate</source>
        <translation type="unfinished">กำลังวางแผนย้ายถิ่น</translation>
    </message>
    <message>
        <source>Agriculture and plantations</source>
        <translation type="unfinished">เกษตรและสวน</translation>
    </message>
    <message>
        <source>Fishing and seafood processing</source>
        <translation type="unfinished">ประมงและแปรรูปอาหารทะเล</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished">ก่อสร้าง</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation type="unfinished">งานโรงงาน</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation type="unfinished">งานบ้าน</translation>
    </message>
    <message>
        <source>Restaurants, hotels and services</source>
        <translation type="unfinished">ร้านอาหาร โรงแรม และงานบริการ</translation>
    </message>
    <message>
        <source>Entertainment venues</source>
        <translation type="unfinished">สถานบันเทิง</translation>
    </message>
    <message>
        <source>Market and trade</source>
        <translation type="unfinished">ตลาดและค้าขาย</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation type="unfinished">ขนส่งและโลจิสติกส์</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">ไม่ได้ทำงาน</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">ไม่ทราบ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished">ผลลบ</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished">ผลบวก</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">กำลังดูแล</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ปิดแล้ว</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished">ขาดการติดตาม</translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation type="unfinished">ลงพื้นที่พบ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished">โทรศัพท์</translation>
    </message>
    <message>
        <source>Message (chat app or SMS)</source>
        <translation type="unfinished">ข้อความ (แอปแชทหรือ SMS)</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished">เยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>Visit to the Red Cross office</source>
        <translation type="unfinished">มาที่สำนักงานกาชาด</translation>
    </message>
    <message>
        <source>Accompanied to a clinic or office</source>
        <translation type="unfinished">พาไปคลินิกหรือสำนักงาน</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished">กิจกรรมกลุ่ม</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation type="unfinished">ข้อมูลด้านสุขภาพ</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">ถุงยางอนามัย</translation>
    </message>
    <message>
        <source>HIV testing or referral for testing</source>
        <translation type="unfinished">ตรวจเอชไอวีหรือส่งต่อไปตรวจ</translation>
    </message>
    <message>
        <source>Treatment adherence support</source>
        <translation type="unfinished">ช่วยให้กินยาต้านไวรัสต่อเนื่อง</translation>
    </message>
    <message>
        <source>Help to refill medicine</source>
        <translation type="unfinished">ช่วยให้ได้รับยาต่อ</translation>
    </message>
    <message>
        <source>STI referral</source>
        <translation type="unfinished">ส่งต่อเรื่องโรคติดต่อทางเพศสัมพันธ์</translation>
    </message>
    <message>
        <source>TB screening referral</source>
        <translation type="unfinished">ส่งต่อตรวจคัดกรองวัณโรค</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">ดูแลด้านจิตใจและสังคม</translation>
    </message>
    <message>
        <source>Help with identity or work documents</source>
        <translation type="unfinished">ช่วยเรื่องเอกสารประจำตัวหรือเอกสารทำงาน</translation>
    </message>
    <message>
        <source>Protection or legal referral</source>
        <translation type="unfinished">ส่งต่อด้านการคุ้มครองหรือกฎหมาย</translation>
    </message>
    <message>
        <source>Food or emergency relief</source>
        <translation type="unfinished">อาหารหรือความช่วยเหลือฉุกเฉิน</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation type="unfinished">ช่วยติดต่อครอบครัวที่พลัดพราก</translation>
    </message>
    <message>
        <source>Cross-border referral</source>
        <translation type="unfinished">ส่งต่อข้ามพรมแดน</translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished">เพศ</translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished">ช่วงอายุ</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">ประเทศ</translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished">สถานะการย้ายถิ่น</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished">อาชีพ</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">สถานะเอชไอวี</translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished">สถานะการดูแล</translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation type="unfinished">ประเภทการติดต่อ</translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished">บริการ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">บันทึกการใช้งาน</translation>
    </message>
    <message>
        <source>Audit log of this case file</source>
        <translation type="unfinished">บันทึกการใช้งานของแฟ้มข้อมูลนี้</translation>
    </message>
    <message numerus="yes">
        <source>%n entries. The log is intact: no entry was changed or removed from the middle.</source>
        <translation type="unfinished">
            <numerusform>มี %n รายการ บันทึกนี้ครบถ้วน: ไม่มีรายการใดถูกแก้ไขหรือถูกลบออกจากตรงกลาง</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: entry %1 of the log was changed outside Corridor.</source>
        <translation type="unfinished">คำเตือน: รายการที่ %1 ของบันทึกถูกแก้ไขจากภายนอก Corridor</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditModel</name>
    <message>
        <source>viewed</source>
        <translation type="unfinished">เปิดดู</translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished">สร้าง</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">แก้ไข</translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished">พิมพ์</translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished">ลบ</translation>
    </message>
    <message>
        <source>unlocked the vault</source>
        <translation type="unfinished">ปลดล็อกคลังข้อมูล</translation>
    </message>
    <message>
        <source>changed passphrase</source>
        <translation type="unfinished">เปลี่ยนประโยครหัสผ่าน</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อไร</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">ใคร</translation>
    </message>
    <message>
        <source>Did what</source>
        <translation type="unfinished">ทำอะไร</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">รายการข้อมูล</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">รายละเอียด</translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookletPanel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ไม่มี)</translation>
    </message>
    <message>
        <source>Translation status — %1</source>
        <translation type="unfinished">สถานะการแปล — %1</translation>
    </message>
    <message>
        <source>Export the booklet as PDF</source>
        <translation type="unfinished">ส่งออกคู่มือเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The booklet was saved as %1.</source>
        <translation type="unfinished">บันทึกคู่มือเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>Know before you go</source>
        <translation type="unfinished">รู้ก่อนไป</translation>
    </message>
    <message>
        <source>Print the booklet</source>
        <translation type="unfinished">พิมพ์คู่มือ</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation type="unfinished">
            <numerusform>ส่งไปที่เครื่องพิมพ์แล้ว %n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Side by side with:</source>
        <translation type="unfinished">แสดงคู่กับ (&amp;S):</translation>
    </message>
    <message>
        <source>Search the booklet (Ctrl+F, then Enter for the next)</source>
        <translation type="unfinished">ค้นหาในคู่มือ (Ctrl+F แล้วกด Enter เพื่อไปที่คำถัดไป)</translation>
    </message>
    <message>
        <source>L&amp;arge text</source>
        <translation type="unfinished">ตัวอักษรใหญ่ (&amp;A)</translation>
    </message>
    <message>
        <source>Bigger letters, for reading together with a migrant</source>
        <translation type="unfinished">ตัวอักษรใหญ่ขึ้น สำหรับอ่านไปพร้อมกับผู้ย้ายถิ่น</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">ส่งออก PDF… (&amp;E)</translation>
    </message>
    <message>
        <source>Save the booklet in the chosen language(s) as A5 pages to print or share</source>
        <translation type="unfinished">บันทึกคู่มือในภาษาที่เลือกเป็นหน้าขนาด A5 เพื่อพิมพ์หรือแบ่งปัน</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">พิมพ์… (&amp;P)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CameraScanDialog</name>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished">สแกนคิวอาร์โค้ด</translation>
    </message>
    <message>
        <source>No camera found on this laptop.</source>
        <translation type="unfinished">ไม่พบกล้องในโน้ตบุ๊กเครื่องนี้</translation>
    </message>
    <message>
        <source>Open a photo or screenshot of the code instead, or paste the card&apos;s text.</source>
        <translation type="unfinished">เปิดรูปถ่ายหรือภาพหน้าจอของโค้ดแทน หรือวางข้อความของบัตรประจำเครื่อง</translation>
    </message>
    <message>
        <source>Hold the code in front of the camera, about a hand&apos;s length away.</source>
        <translation type="unfinished">ถือโค้ดไว้หน้ากล้อง ห่างจากกล้องประมาณหนึ่งคืบ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseEditor</name>
    <message>
        <source>Choose a case file on the left, or press Ctrl+N for a new one.</source>
        <translation type="unfinished">เลือกแฟ้มข้อมูลทางซ้าย หรือกด Ctrl+N เพื่อสร้างแฟ้มใหม่</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation type="unfinished">แฟ้มข้อมูลใหม่</translation>
    </message>
    <message>
        <source>The person has not agreed to keep records: ask again, or do not keep this case file.</source>
        <translation type="unfinished">เจ้าตัวยังไม่ยินยอมให้เก็บบันทึกข้อมูล: ถามอีกครั้ง หรือไม่ต้องเก็บแฟ้มข้อมูลนี้ไว้</translation>
    </message>
    <message>
        <source>Possible duplicate: %1.</source>
        <translation type="unfinished">อาจซ้ำกัน: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished">บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>This case file has changes that are not saved. Save them now?</source>
        <translation type="unfinished">แฟ้มข้อมูลนี้มีการแก้ไขที่ยังไม่ได้บันทึก จะบันทึกตอนนี้เลยไหม?</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation type="unfinished">(เสร็จเมื่อ %1)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished">(เกินกำหนด)</translation>
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
        <translation type="unfinished">ชื่อหรือชื่อเล่น</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation type="unfinished">เพศ, อายุ</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished">ตอนนี้อยู่ที่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished">ติดต่อครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">นัดติดตามครั้งต่อไป</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseListPanel</name>
    <message>
        <source>No case file matches “%1”.</source>
        <translation type="unfinished">ไม่มีแฟ้มข้อมูลที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>%1 case files shown; scroll for more</source>
        <translation type="unfinished">แสดงแฟ้มข้อมูล %1 แฟ้ม เลื่อนลงเพื่อดูเพิ่ม</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation type="unfinished">
            <numerusform>แฟ้มข้อมูล %n แฟ้ม</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by UIC, name, phone or place (Ctrl+F)</source>
        <translation type="unfinished">ค้นหาด้วย UIC ชื่อ เบอร์โทร หรือสถานที่ (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">ทุกสถานะ</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished">ถึงกำหนดนัดติดตาม</translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished">แฟ้มใหม่</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation type="unfinished">ลงทะเบียนคนใหม่ (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ConflictDialog</name>
    <message>
        <source>Keep the &amp;current value</source>
        <translation type="unfinished">เก็บค่าปัจจุบันไว้ (&amp;C)</translation>
    </message>
    <message>
        <source>Keep the &amp;other value</source>
        <translation type="unfinished">เก็บอีกค่าหนึ่งไว้ (&amp;O)</translation>
    </message>
    <message>
        <source>Type a &amp;new value…</source>
        <translation type="unfinished">พิมพ์ค่าใหม่… (&amp;N)</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation type="unfinished">ข้อมูลขัดกันที่ต้องตัดสินใจ</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Corridor shows the value every laptop agrees on for now (“current”) and the other one. Decide which is right: your choice travels with the next bundles, and the value not kept stays in the history.</source>
        <translation type="unfinished">มีสองคนแก้ไขช่องข้อมูลเดียวกันโดยไม่เห็นการแก้ไขของอีกฝ่าย Corridor แสดงค่าที่โน้ตบุ๊กทุกเครื่องใช้ตรงกันอยู่ในตอนนี้ (“ค่าปัจจุบัน”) และอีกค่าหนึ่ง ตัดสินใจว่าค่าไหนถูกต้อง: สิ่งที่คุณเลือกจะส่งต่อไปกับไฟล์ซิงค์ครั้งต่อไป และค่าที่ไม่ได้เก็บไว้จะยังอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">รายการข้อมูล</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished">ค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished">แก้ไขโดย</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished">อีกค่าหนึ่ง</translation>
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
        <translation type="unfinished">ไม่มีข้อมูลขัดกัน: ทุกช่องข้อมูลมีค่าเดียวที่ทุกคนใช้ตรงกัน</translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished">ค่าใหม่</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished">กำลังสร้างคลังข้อมูล</translation>
    </message>
    <message>
        <source>Measuring this laptop to make the passphrase slow to guess, then creating the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished">กำลังวัดความเร็วของโน้ตบุ๊กเครื่องนี้ เพื่อให้คนอื่นเดาประโยครหัสผ่านได้ยาก แล้วจึงสร้างคลังข้อมูลที่เข้ารหัส ขั้นตอนนี้ใช้เวลาไม่กี่วินาที</translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation type="unfinished">คลังข้อมูลพร้อมใช้งานแล้ว</translation>
    </message>
    <message>
        <source>The vault could not be created. Nothing was written; go back, correct the problem and try again.</source>
        <translation type="unfinished">สร้างคลังข้อมูลไม่สำเร็จ ยังไม่มีอะไรถูกเขียน กรุณาย้อนกลับ แก้ไขปัญหา แล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CurriculumPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation status: %1</source>
        <translation type="unfinished">สถานะการแปล: %1</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished">บทเรียน</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>The full text of this lesson is not translated yet: it is shown in English below the translated title and objectives.</source>
        <translation type="unfinished">เนื้อหาทั้งหมดของบทเรียนนี้ยังไม่ได้แปล: จะแสดงเป็นภาษาอังกฤษใต้ชื่อบทเรียนและวัตถุประสงค์ที่แปลแล้ว</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished">บันทึกสำหรับวิทยากร</translation>
    </message>
    <message>
        <source>Participant content</source>
        <translation type="unfinished">เนื้อหาสำหรับผู้เข้าอบรม</translation>
    </message>
    <message>
        <source>Quiz and answers</source>
        <translation type="unfinished">แบบทดสอบและคำตอบ</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished">เหตุผล: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>Show facilitator &amp;notes and answers</source>
        <translation type="unfinished">แสดงบันทึกสำหรับวิทยากรและคำตอบ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Present (F5)</source>
        <translation type="unfinished">นำเสนอ (F5) (&amp;P)</translation>
    </message>
    <message>
        <source>Show the lesson full screen, one slide at a time; arrows move, N shows the notes, Esc ends</source>
        <translation type="unfinished">แสดงบทเรียนเต็มจอทีละสไลด์ ใช้ปุ่มลูกศรเพื่อเลื่อน กด N เพื่อดูบันทึก กด Esc เพื่อจบ</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished">แบบทดสอบ (&amp;Q)</translation>
    </message>
    <message>
        <source>Module and lesson</source>
        <translation type="unfinished">โมดูลและบทเรียน</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">เวลา</translation>
    </message>
</context>
<context>
    <name>corridor::ui::DeviceCardDialog</name>
    <message>
        <source>This laptop&apos;s card</source>
        <translation type="unfinished">บัตรประจำเครื่องของโน้ตบุ๊กเครื่องนี้</translation>
    </message>
    <message>
        <source>Save as a &amp;file…</source>
        <translation type="unfinished">บันทึกเป็นไฟล์… (&amp;F)</translation>
    </message>
    <message>
        <source>Save the &amp;picture…</source>
        <translation type="unfinished">บันทึกรูปภาพ… (&amp;P)</translation>
    </message>
    <message>
        <source>Your coordinators and volunteers enrol this laptop by scanning this code or opening the card file. A coordinator of a partner National Society who enrols it can send referrals to your organisation.</source>
        <translation type="unfinished">ผู้ประสานงานและอาสาสมัครของคุณลงทะเบียนโน้ตบุ๊กเครื่องนี้ได้โดยสแกนโค้ดนี้หรือเปิดไฟล์บัตรประจำเครื่อง ถ้าผู้ประสานงานของสภากาชาดที่ร่วมงานกันลงทะเบียนเครื่องนี้ เขาจะส่งการส่งต่อมายังองค์กรของคุณได้</translation>
    </message>
    <message>
        <source>Show this code to your coordinator, or give them the card file: once they enrol this laptop, your branch trusts the bundles it writes.</source>
        <translation type="unfinished">แสดงโค้ดนี้ให้ผู้ประสานงานของคุณดู หรือให้ไฟล์บัตรประจำเครื่องแก่เขา: เมื่อเขาลงทะเบียนโน้ตบุ๊กเครื่องนี้แล้ว สาขาของคุณจะเชื่อถือไฟล์ซิงค์ที่เครื่องนี้เขียน</translation>
    </message>
    <message>
        <source>Laptop:</source>
        <translation type="unfinished">โน้ตบุ๊ก:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished">บทบาท:</translation>
    </message>
    <message>
        <source>National Society:</source>
        <translation type="unfinished">สภากาชาด:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished">สาขา:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished">รหัสเครื่อง:</translation>
    </message>
    <message>
        <source>Organisation key:</source>
        <translation type="unfinished">กุญแจขององค์กร:</translation>
    </message>
    <message>
        <source>included (partners use it to encrypt referrals to you)</source>
        <translation type="unfinished">มีอยู่ในบัตร (สภากาชาดที่ร่วมงานกันใช้กุญแจนี้เข้ารหัสการส่งต่อที่ส่งถึงคุณ)</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s card</source>
        <translation type="unfinished">บันทึกบัตรประจำเครื่องของโน้ตบุ๊กเครื่องนี้</translation>
    </message>
    <message>
        <source>Corridor device cards (*.txt)</source>
        <translation type="unfinished">บัตรประจำเครื่องของ Corridor (*.txt)</translation>
    </message>
    <message>
        <source>Save the card&apos;s QR code</source>
        <translation type="unfinished">บันทึกคิวอาร์โค้ดของบัตรประจำเครื่อง</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished">รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation type="unfinished">เขียนรูปภาพ %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished">บันทึกการติดต่อ</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">แก้ไขการติดต่อ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">วันที่</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished">ประเภทการติดต่อ</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished">บริการที่ให้</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">นัดติดตามครั้งต่อไป</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished">ลงทะเบียนเครื่อง</translation>
    </message>
    <message>
        <source>Enrol a laptop of your National Society so that your branch trusts the bundles it writes, or register a partner National Society from its coordinator&apos;s card.</source>
        <translation type="unfinished">ลงทะเบียนโน้ตบุ๊กของสภากาชาดของคุณ เพื่อให้สาขาของคุณเชื่อถือไฟล์ซิงค์ที่เครื่องนั้นเขียน หรือลงทะเบียนสภากาชาดที่ร่วมงานกันจากบัตรประจำเครื่องของผู้ประสานงานของสภากาชาดนั้น</translation>
    </message>
    <message>
        <source>Take in your coordinator&apos;s card: from then on this laptop trusts the devices your coordinator enrols.</source>
        <translation type="unfinished">รับบัตรประจำเครื่องของผู้ประสานงานของคุณเข้ามา: หลังจากนั้นโน้ตบุ๊กเครื่องนี้จะเชื่อถือเครื่องที่ผู้ประสานงานของคุณลงทะเบียน</translation>
    </message>
    <message>
        <source>&amp;Open a card file or picture…</source>
        <translation type="unfinished">เปิดไฟล์บัตรหรือรูปภาพ… (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Scan with the camera…</source>
        <translation type="unfinished">สแกนด้วยกล้อง… (&amp;S)</translation>
    </message>
    <message>
        <source>No camera found on this laptop.</source>
        <translation type="unfinished">ไม่พบกล้องในโน้ตบุ๊กเครื่องนี้</translation>
    </message>
    <message>
        <source>…or paste the card&apos;s text here (it starts with CRDC1:)</source>
        <translation type="unfinished">…หรือวางข้อความของบัตรที่นี่ (ขึ้นต้นด้วย CRDC1:)</translation>
    </message>
    <message>
        <source>&amp;Trust this device</source>
        <translation type="unfinished">เชื่อถือเครื่องนี้ (&amp;T)</translation>
    </message>
    <message>
        <source>Open a device card</source>
        <translation type="unfinished">เปิดบัตรประจำเครื่อง</translation>
    </message>
    <message>
        <source>Cards and pictures (*.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished">บัตรและรูปภาพ (*.txt *.png *.jpg *.jpeg);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No card yet.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;ยังไม่มีบัตร&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This device was revoked here; it cannot be enrolled again.</source>
        <translation type="unfinished">เครื่องนี้ถูกเพิกถอนที่นี่แล้ว ลงทะเบียนอีกไม่ได้</translation>
    </message>
    <message>
        <source>This device is already trusted here.</source>
        <translation type="unfinished">ที่นี่เชื่อถือเครื่องนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, %4&lt;br&gt;Device id: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 สาขา %4&lt;br&gt;รหัสเครื่อง: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This card is from another National Society: it will be registered as a &lt;b&gt;partner&lt;/b&gt;. Only referrals addressed to them, and their answers, travel between you.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;บัตรนี้มาจากสภากาชาดของประเทศอื่น: จะลงทะเบียนเป็น&lt;b&gt;สภากาชาดที่ร่วมงานกัน&lt;/b&gt; ระหว่างคุณกับเขาจะส่งถึงกันเฉพาะการส่งต่อที่ส่งถึงเขาและคำตอบของเขาเท่านั้น&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the device id with its owner (read it aloud) before you trust it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;ตรวจรหัสเครื่องกับเจ้าของเครื่อง (อ่านออกเสียงให้ฟัง) ก่อนที่จะเชื่อถือเครื่องนี้&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EraseDialog</name>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished">ลบข้อมูลบุคคลนี้</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 and everything about them?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The case file, every contact, follow-up and referral are removed from this laptop, and from every laptop the next bundles reach. It cannot be undone. Who erased and why is kept; nothing about the person is.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;ลบ %1 และข้อมูลทุกอย่างเกี่ยวกับเขาใช่ไหม?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;แฟ้มข้อมูล การติดต่อ นัดติดตาม และการส่งต่อทั้งหมดจะถูกลบออกจากโน้ตบุ๊กเครื่องนี้ และจากโน้ตบุ๊กทุกเครื่องที่ไฟล์ซิงค์ครั้งต่อไปไปถึง ย้อนกลับไม่ได้ ระบบจะเก็บไว้เพียงว่าใครเป็นคนลบและลบเพราะอะไร แต่จะไม่เก็บข้อมูลใดๆ ของบุคคลนั้น&lt;/p&gt;</translation>
    </message>
    <message>
        <source>For example: the person asked for their data to be removed</source>
        <translation type="unfinished">ตัวอย่างเช่น: เจ้าตัวขอให้ลบข้อมูลของเขา</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation type="unfinished">ฉันเข้าใจว่าย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <source>You are not a coordinator: a second user of this laptop confirms with their passphrase.</source>
        <translation type="unfinished">คุณไม่ใช่ผู้ประสานงาน: ผู้ใช้คนที่สองของโน้ตบุ๊กเครื่องนี้ต้องยืนยันด้วยประโยครหัสผ่านของเขา</translation>
    </message>
    <message>
        <source>Second &amp;user:</source>
        <translation type="unfinished">ผู้ใช้คนที่สอง (&amp;U):</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation type="unfinished">ประโยครหัสผ่านของเขา (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished">ลบ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::FirstRunWizard</name>
    <message>
        <source>Set up Corridor</source>
        <translation type="unfinished">ตั้งค่า Corridor</translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpListWidget</name>
    <message>
        <source>%1 overdue, %2 due in the next %3 days</source>
        <translation type="unfinished">เกินกำหนด %1 รายการ, ถึงกำหนดใน %3 วันข้างหน้า %2 รายการ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished">นัดติดตามที่ถึงกำหนด</translation>
    </message>
    <message>
        <source>Due within </source>
        <translation type="unfinished">ถึงกำหนดภายใน </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> วัน</translation>
    </message>
    <message>
        <source>Only my case files</source>
        <translation type="unfinished">เฉพาะแฟ้มข้อมูลของฉัน</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">ทำเสร็จแล้ว (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open case file</source>
        <translation type="unfinished">เปิดแฟ้มข้อมูล (&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) overdue: show them</source>
        <translation type="unfinished">
            <numerusform>การส่งต่อเกินกำหนด %n รายการ: แสดงรายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform>เกินกำหนด %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished">ถึงกำหนดวันนี้</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>อีก %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">ถึงกำหนด</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อไร</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished">ชื่อหรือชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone (if consent)</source>
        <translation type="unfinished">โทรศัพท์ (ถ้ายินยอม)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
</context>
<context>
    <name>corridor::ui::HistoryDialog</name>
    <message>
        <source>History of this case file</source>
        <translation type="unfinished">ประวัติของแฟ้มข้อมูลนี้</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อไร</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">ใคร</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished">โน้ตบุ๊ก</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">อะไร</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">ค่า</translation>
    </message>
    <message>
        <source>someone on that laptop</source>
        <translation type="unfinished">ผู้ใช้คนหนึ่งในโน้ตบุ๊กเครื่องนั้น</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation type="unfinished">%1 ถูกลบ</translation>
    </message>
    <message>
        <source>%1 changed (contents removed by the erasure)</source>
        <translation type="unfinished">%1 ถูกแก้ไข (เนื้อหาถูกลบออกไปพร้อมกับการลบข้อมูล)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) written</source>
        <translation type="unfinished">
            <numerusform>%1: บันทึก %n ช่องข้อมูล</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. A value replaced later, or one that lost a conflict, stays here.</source>
        <translation type="unfinished">
            <numerusform>การเปลี่ยนแปลง %n รายการ เรียงจากใหม่ไปเก่า ค่าที่ถูกแทนที่ภายหลัง หรือค่าที่ไม่ได้ถูกเลือกเมื่อข้อมูลขัดกัน จะยังคงอยู่ที่นี่</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished">รายงานการนำเข้า</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished">ไฟล์ซิงค์</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">จาก</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">ผลลัพธ์</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">ใหม่</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished">มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">สร้างใหม่</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">ปรับปรุง</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished">ลบ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">ข้อมูลขัดกัน</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished">พักไว้</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished">ปฏิเสธ: %1</translation>
    </message>
    <message>
        <source>Already imported: nothing changed</source>
        <translation type="unfinished">นำเข้าไปแล้ว: ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Refused change: %1</source>
        <translation type="unfinished">การเปลี่ยนแปลงที่ถูกปฏิเสธ: %1</translation>
    </message>
    <message>
        <source>&amp;Decide conflicts…</source>
        <translation type="unfinished">ตัดสินใจเรื่องข้อมูลขัดกัน… (&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read.</source>
        <translation type="unfinished">
            <numerusform>อ่านไฟล์ซิงค์แล้ว %n ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s), %1 already here.</source>
        <translation type="unfinished">
            <numerusform>การเปลี่ยนแปลงใหม่ %n รายการ มีอยู่แล้ว %1 รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held back until their author is enrolled.</source>
        <translation type="unfinished">
            <numerusform>การเปลี่ยนแปลง %n รายการถูกพักไว้จนกว่าเครื่องของผู้บันทึกจะได้ลงทะเบียน</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: tell your coordinator.</source>
        <translation type="unfinished">แจ้งเตือน: กรุณาแจ้งผู้ประสานงานของคุณ</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation type="unfinished">
            <numerusform>ข้อมูลขัดกันที่ต้องตัดสินใจ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused (nothing in a refused bundle is used).</source>
        <translation type="unfinished">
            <numerusform>ปฏิเสธไฟล์ซิงค์ %n ไฟล์ (จะไม่ใช้ข้อมูลใดๆ ในไฟล์ที่ถูกปฏิเสธ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: this may not be an accident (a changed or forged bundle, or one device using a number twice). Tell your coordinator.</source>
        <translation type="unfinished">แจ้งเตือน: เรื่องนี้อาจไม่ใช่อุบัติเหตุ (ไฟล์ซิงค์ถูกแก้ไขหรือปลอมแปลง หรือเครื่องหนึ่งใช้หมายเลขเดียวกันซ้ำสองครั้ง) กรุณาแจ้งผู้ประสานงานของคุณ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>Follow-ups due (%1, %2 overdue)</source>
        <translation type="unfinished">นัดติดตามที่ถึงกำหนด (%1, เกินกำหนด %2)</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation type="unfinished">นัดติดตามที่ถึงกำหนด (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Corridor locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform>Corridor ล็อกตัวเองแล้ว เพราะไม่มีการใช้งานนาน %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>About Corridor</source>
        <translation type="unfinished">เกี่ยวกับ Corridor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case files, cross-border referrals and training for Red Cross outreach volunteers supporting migrants living with HIV.&lt;/p&gt;&lt;p&gt;Everything is kept encrypted on this laptop (SQLCipher %2).&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;แฟ้มข้อมูล การส่งต่อข้ามพรมแดน และการฝึกอบรม สำหรับอาสาสมัครกาชาดที่ลงพื้นที่ดูแลผู้ย้ายถิ่นที่อยู่ร่วมกับเชื้อเอชไอวี&lt;/p&gt;&lt;p&gt;ข้อมูลทั้งหมดถูกเก็บแบบเข้ารหัสไว้ในโน้ตบุ๊กเครื่องนี้ (SQLCipher %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">แฟ้มข้อมูล (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation type="unfinished">แฟ้มข้อมูลใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished">บันทึกการติดต่อ… (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find a case file</source>
        <translation type="unfinished">ค้นหาแฟ้มข้อมูล (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">ล็อก (&amp;L)</translation>
    </message>
    <message>
        <source>Lock Corridor now (Ctrl+L)</source>
        <translation type="unfinished">ล็อก Corridor ตอนนี้ (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">การตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Case files</source>
        <translation type="unfinished">แฟ้มข้อมูล (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation type="unfinished">นัดติดตามที่ถึงกำหนด (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished">บันทึกการใช้งาน… (&amp;A)</translation>
    </message>
    <message>
        <source>Audit log of this case &amp;file…</source>
        <translation type="unfinished">บันทึกการใช้งานของแฟ้มข้อมูลนี้… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">โหลดใหม่ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Corridor</source>
        <translation type="unfinished">เกี่ยวกับ Corridor (&amp;A)</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation type="unfinished">แฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished">นัดติดตามที่ถึงกำหนด</translation>
    </message>
    <message>
        <source>PRACTICE MODE — every person here is fictional. Use it to learn and to teach; nothing is kept after you quit.</source>
        <translation type="unfinished">โหมดฝึกหัด — ทุกคนในนี้เป็นบุคคลสมมติ ใช้เพื่อเรียนและสอน เมื่อออกจากโปรแกรมจะไม่มีข้อมูลใดถูกเก็บไว้</translation>
    </message>
    <message>
        <source>[PRACTICE]</source>
        <translation type="unfinished">[ฝึกหัด]</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">เข้าสู่ระบบ: %1 (%2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">ล็อกอยู่</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished">Corridor</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">บทบาทของคุณ (วิทยากร) ไม่มีสิทธิ์เปิดแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished">ซิงค์ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;History of this case file…</source>
        <translation type="unfinished">ประวัติของแฟ้มข้อมูลนี้… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation type="unfinished">ลบข้อมูลบุคคลนี้… (&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;ync centre</source>
        <translation type="unfinished">ศูนย์ซิงค์ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">นำเข้าไฟล์ซิงค์… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export for a device…</source>
        <translation type="unfinished">ส่งออกให้เครื่องอื่น… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide…</source>
        <translation type="unfinished">ข้อมูลขัดกันที่ต้องตัดสินใจ… (&amp;C)</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation type="unfinished">บัตรประจำเครื่องของโน้ตบุ๊กเครื่องนี้… (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished">ลงทะเบียนเครื่อง… (&amp;N)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished">ซิงค์</translation>
    </message>
    <message>
        <source>The person was erased here; the erasure travels with the next bundles.</source>
        <translation type="unfinished">ลบข้อมูลบุคคลนี้ออกจากเครื่องนี้แล้ว การลบนี้จะส่งต่อไปกับไฟล์ซิงค์ครั้งต่อไป</translation>
    </message>
    <message>
        <source>Referrals (%1 overdue)</source>
        <translation type="unfinished">การส่งต่อ (เกินกำหนด %1)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">การส่งต่อ</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished">การส่งต่อ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refer to another service…</source>
        <translation type="unfinished">ส่งต่อไปสถานบริการอื่น… (&amp;R)</translation>
    </message>
    <message>
        <source>Write a referral and its slip for the open case file (Ctrl+R)</source>
        <translation type="unfinished">สร้างการส่งต่อและใบส่งต่อสำหรับแฟ้มข้อมูลที่เปิดอยู่ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;ceive a referral slip…</source>
        <translation type="unfinished">รับใบส่งต่อ… (&amp;C)</translation>
    </message>
    <message>
        <source>Referrals &amp;board</source>
        <translation type="unfinished">กระดานการส่งต่อ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Site directory…</source>
        <translation type="unfinished">รายชื่อสถานบริการ… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation type="unfinished">เรียนรู้ (&amp;L)</translation>
    </message>
    <message>
        <source>&quot;Know before you go&quot; &amp;booklet</source>
        <translation type="unfinished">คู่มือ &quot;รู้ก่อนไป&quot; (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export the booklet as PDF…</source>
        <translation type="unfinished">ส่งออกคู่มือเป็น PDF… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print the booklet…</source>
        <translation type="unfinished">พิมพ์คู่มือ… (&amp;P)</translation>
    </message>
    <message>
        <source>Training &amp;curriculum</source>
        <translation type="unfinished">หลักสูตรการอบรม (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Present the lesson</source>
        <translation type="unfinished">นำเสนอบทเรียน (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quiz on the lesson…</source>
        <translation type="unfinished">แบบทดสอบของบทเรียน… (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Training records</source>
        <translation type="unfinished">บันทึกการอบรม (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record a training…</source>
        <translation type="unfinished">บันทึกการอบรมครั้งใหม่… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a newer content pack…</source>
        <translation type="unfinished">นำเข้าชุดเนื้อหาที่ใหม่กว่า… (&amp;I)</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation type="unfinished">คู่มือ</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished">หลักสูตร</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">การอบรม</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation type="unfinished">นำเข้าชุดเนื้อหา</translation>
    </message>
    <message>
        <source>Content packs (*.corridor-pack);;All files (*)</source>
        <translation type="unfinished">ชุดเนื้อหา (*.corridor-pack);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Content pack not imported</source>
        <translation type="unfinished">ไม่ได้นำเข้าชุดเนื้อหา</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation type="unfinished">%1

ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>Replace the booklet and curriculum in use with version %1, signed by %2?</source>
        <translation type="unfinished">ใช้คู่มือและหลักสูตรรุ่น %1 ที่ลงลายเซ็นโดย %2 แทนรุ่นที่ใช้อยู่ใช่ไหม?</translation>
    </message>
    <message>
        <source>Content pack version %1 is now in use (was %2).</source>
        <translation type="unfinished">ตอนนี้ใช้ชุดเนื้อหารุ่น %1 แล้ว (เดิมเป็นรุ่น %2)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished">ซ่อนข้อความนี้</translation>
    </message>
</context>
<context>
    <name>corridor::ui::OrganisationPage</name>
    <message>
        <source>Your National Society</source>
        <translation type="unfinished">สภากาชาดของประเทศคุณ</translation>
    </message>
    <message>
        <source>Case files and referrals are kept per National Society and branch.</source>
        <translation type="unfinished">แฟ้มข้อมูลและการส่งต่อจะถูกเก็บแยกตามสภากาชาดของแต่ละประเทศและสาขา</translation>
    </message>
    <message>
        <source>&amp;National Society</source>
        <translation type="unfinished">สภากาชาด (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished">สาขา (&amp;B)</translation>
    </message>
    <message>
        <source>e.g. Tak, Banteay Meanchey, Savannakhet</source>
        <translation type="unfinished">เช่น ตาก, บันทายมีชัย, สะหวันนะเขต</translation>
    </message>
    <message>
        <source>Name of this &amp;laptop</source>
        <translation type="unfinished">ชื่อของโน้ตบุ๊กเครื่องนี้ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::PassphraseDialog</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">อาสาสมัคร</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished">วิทยากร (เนื้อหาและการฝึกอบรมเท่านั้น ไม่เปิดแฟ้มข้อมูล)</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished">เปลี่ยนประโยครหัสผ่านของฉัน</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The case files are not re-encrypted, so this is quick.</source>
        <translation type="unfinished">ประโยครหัสผ่านใหม่จะใช้แทนอันเดิมทันที แฟ้มข้อมูลไม่ต้องเข้ารหัสใหม่ จึงใช้เวลาไม่นาน</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished">เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <source>A second person who uses this laptop gets their own name, role and passphrase. Everything they save is signed with their name.</source>
        <translation type="unfinished">คนที่สองที่ใช้โน้ตบุ๊กเครื่องนี้จะมีชื่อ บทบาท และประโยครหัสผ่านของตัวเอง ทุกอย่างที่เขาบันทึกจะมีชื่อของเขากำกับไว้</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished">ตั้งประโยครหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>The recovery key opened the vault. Choose whose passphrase to replace.</source>
        <translation type="unfinished">รหัสกู้คืนเปิดคลังข้อมูลได้แล้ว เลือกว่าจะเปลี่ยนประโยครหัสผ่านของใคร</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">ประโยครหัสผ่านทั้งสองไม่ตรงกัน กรุณาพิมพ์ให้เหมือนกันทั้งสองครั้ง</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation type="unfinished">กรุณาใส่ชื่อของผู้ใช้ใหม่</translation>
    </message>
</context>
<context>
    <name>corridor::ui::PresenterWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation type="unfinished">กำลังนำเสนอ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>By the end of this lesson you can:</source>
        <translation type="unfinished">เมื่อจบบทเรียนนี้ คุณจะสามารถ:</translation>
    </message>
    <message>
        <source>%1 — slide %2 of %3 · → next, ← back, N notes, Esc end</source>
        <translation type="unfinished">%1 — สไลด์ %2 จาก %3 · → ถัดไป, ← ย้อนกลับ, N บันทึก, Esc จบ</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished">บันทึกสำหรับวิทยากร</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished">สไลด์ %1 จาก %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished">ถัดไป: %1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation type="unfinished">สไลด์สุดท้าย</translation>
    </message>
</context>
<context>
    <name>corridor::ui::QuizDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished">ตรวจคำตอบ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished">คำถามถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation type="unfinished">แบบทดสอบ: %1</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished">ปิด (&amp;L)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">เสร็จแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>You answered %1 of %n question(s) right (%2%).</source>
        <translation type="unfinished">
            <numerusform>คุณตอบถูก %1 ข้อ จาก %n ข้อ (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished">เริ่มใหม่ (&amp;S)</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation type="unfinished">คำถามที่ %1 จาก %2 · ตอบถูกแล้ว %3 ข้อ</translation>
    </message>
    <message>
        <source>&amp;See the score</source>
        <translation type="unfinished">ดูคะแนน (&amp;S)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished">ถูกต้อง</translation>
    </message>
    <message>
        <source>Not quite. The right answer is: %1</source>
        <translation type="unfinished">ยังไม่ถูก คำตอบที่ถูกคือ: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished">เหตุผล: %1</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished">ใช้รหัสกู้คืน</translation>
    </message>
    <message>
        <source>Type the recovery key printed when this vault was created (your coordinator keeps it). Dashes and small letters do not matter.</source>
        <translation type="unfinished">ใส่รหัสกู้คืนที่พิมพ์ออกมาบนกระดาษตอนสร้างคลังข้อมูลนี้ (ผู้ประสานงานของคุณเป็นคนเก็บไว้) จะใส่ขีด (-) หรือไม่ และใช้ตัวพิมพ์เล็กหรือใหญ่ก็ได้</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished">รหัสกู้คืนของคุณ</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the case files. It is shown only now. Print it (or write it down exactly) and give it to your coordinator to keep in a safe. Do not photograph it or keep it with the laptop.</source>
        <translation type="unfinished">ถ้าลืมประโยครหัสผ่านทุกอัน รหัสนี้เป็นทางเดียวที่จะเปิดแฟ้มข้อมูลได้อีก รหัสนี้จะแสดงแค่ตอนนี้เท่านั้น พิมพ์ออกมา (หรือจดไว้ให้ถูกต้องทุกตัว) แล้วให้ผู้ประสานงานเก็บไว้ในตู้เซฟ ห้ามถ่ายรูป และห้ามเก็บไว้กับโน้ตบุ๊ก</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished">พิมพ์รหัสกู้คืน… (&amp;P)</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished">ฉันพิมพ์หรือจดรหัสกู้คืนไว้แล้ว</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ReferralDialog</name>
    <message>
        <source>Known:</source>
        <translation type="unfinished">ทราบวันที่:</translation>
    </message>
    <message>
        <source>Refer to another service</source>
        <translation type="unfinished">ส่งต่อไปสถานบริการอื่น</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> วัน</translation>
    </message>
    <message>
        <source>for example TDF + 3TC + DTG</source>
        <translation type="unfinished">เช่น TDF + 3TC + DTG</translation>
    </message>
    <message>
        <source>your phone or chat contact, for the receiving service</source>
        <translation type="unfinished">เบอร์โทรหรือช่องทางแชตของคุณ สำหรับสถานบริการที่รับการส่งต่อ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ไม่มี)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished">ผู้รับบริการ:</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation type="unfinished">ส่งต่อไปที่:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished">เหตุผล:</translation>
    </message>
    <message>
        <source>Visit before:</source>
        <translation type="unfinished">กรุณาไปก่อนวันที่:</translation>
    </message>
    <message>
        <source>Expected travel date:</source>
        <translation type="unfinished">วันที่คาดว่าจะเดินทาง:</translation>
    </message>
    <message>
        <source>Slip languages:</source>
        <translation type="unfinished">ภาษาบนใบส่งต่อ:</translation>
    </message>
    <message>
        <source>Contact person there:</source>
        <translation type="unfinished">ผู้ติดต่อที่สถานบริการนั้น:</translation>
    </message>
    <message>
        <source>Your contact:</source>
        <translation type="unfinished">ช่องทางติดต่อของคุณ:</translation>
    </message>
    <message>
        <source>Clinical summary (only inside the QR code and on the clinician page, never on the face of the slip):</source>
        <translation type="unfinished">สรุปข้อมูลทางการแพทย์ (อยู่เฉพาะในคิวอาร์โค้ดและในหน้าสำหรับบุคลากรทางการแพทย์ จะไม่แสดงบนหน้าใบส่งต่อ):</translation>
    </message>
    <message>
        <source>Regimen:</source>
        <translation type="unfinished">สูตรยา:</translation>
    </message>
    <message>
        <source>Last dispense:</source>
        <translation type="unfinished">วันที่จ่ายยาครั้งล่าสุด:</translation>
    </message>
    <message>
        <source>Medicine supplied for:</source>
        <translation type="unfinished">จำนวนวันที่จ่ายยาให้ไป:</translation>
    </message>
    <message>
        <source>Create referral</source>
        <translation type="unfinished">สร้างการส่งต่อ</translation>
    </message>
    <message>
        <source>Each language only once.</source>
        <translation type="unfinished">เลือกแต่ละภาษาได้ครั้งเดียว</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ReferralsPanel</name>
    <message>
        <source>Every status</source>
        <translation type="unfinished">ทุกสถานะ</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished">ทุกสถานบริการ</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation type="unfinished">เฉพาะที่เกินกำหนด (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Receive a slip…</source>
        <translation type="unfinished">รับใบส่งต่อ… (&amp;R)</translation>
    </message>
    <message>
        <source>Show the &amp;slip…</source>
        <translation type="unfinished">แสดงใบส่งต่อ… (&amp;S)</translation>
    </message>
    <message>
        <source>Record the next s&amp;tep…</source>
        <translation type="unfinished">บันทึกขั้นตอนถัดไป… (&amp;T)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">รหัส</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">ผู้รับบริการ</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">ส่งต่อไปที่</translation>
    </message>
    <message>
        <source>Visit before</source>
        <translation type="unfinished">กรุณาไปก่อนวันที่</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation type="unfinished">กำหนดขั้นตอนถัดไป</translation>
    </message>
    <message>
        <source>Overdue: this step was expected by %1.</source>
        <translation type="unfinished">เกินกำหนด: ขั้นตอนนี้ควรเกิดขึ้นภายใน %1</translation>
    </message>
    <message>
        <source>%1 referrals shown, %2 overdue on this laptop.</source>
        <translation type="unfinished">แสดงการส่งต่อ %1 รายการ เกินกำหนด %2 รายการในโน้ตบุ๊กเครื่องนี้</translation>
    </message>
    <message>
        <source>Select a referral to see its steps.</source>
        <translation type="unfinished">เลือกการส่งต่อเพื่อดูขั้นตอน</translation>
    </message>
    <message>
        <source>Steps of %1</source>
        <translation type="unfinished">ขั้นตอนของ %1</translation>
    </message>
    <message>
        <source>Expected: %1 by %2</source>
        <translation type="unfinished">ขั้นตอนถัดไป: %1 ภายใน %2</translation>
    </message>
    <message>
        <source>Record a step of %1</source>
        <translation type="unfinished">บันทึกขั้นตอนของ %1</translation>
    </message>
    <message>
        <source>for example: seen at the ART clinic, next visit in 3 months</source>
        <translation type="unfinished">เช่น ได้พบเจ้าหน้าที่ที่คลินิก ART แล้ว นัดครั้งต่อไปอีก 3 เดือน</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished">ขั้นตอน:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished">หมายเหตุ:</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ScanSlipDialog</name>
    <message>
        <source>Receive a referral slip</source>
        <translation type="unfinished">รับใบส่งต่อ</translation>
    </message>
    <message>
        <source>Scan the square code on the slip the person shows you, from a picture or with the camera. If it cannot be read, type the referral code printed under the title.</source>
        <translation type="unfinished">สแกนโค้ดสี่เหลี่ยมบนใบส่งต่อที่เจ้าตัวนำมาให้ดู จากรูปภาพหรือด้วยกล้อง ถ้าอ่านไม่ได้ ให้พิมพ์รหัสการส่งต่อที่อยู่ใต้หัวข้อของใบ</translation>
    </message>
    <message>
        <source>From a &amp;picture…</source>
        <translation type="unfinished">จากรูปภาพ… (&amp;P)</translation>
    </message>
    <message>
        <source>With the &amp;camera…</source>
        <translation type="unfinished">ด้วยกล้อง… (&amp;C)</translation>
    </message>
    <message>
        <source>No camera was found on this laptop.</source>
        <translation type="unfinished">ไม่พบกล้องในโน้ตบุ๊กเครื่องนี้</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished">ค้นหา (&amp;F)</translation>
    </message>
    <message>
        <source>Referral code:</source>
        <translation type="unfinished">รหัสการส่งต่อ:</translation>
    </message>
    <message>
        <source>Referral %1 added from the slip.</source>
        <translation type="unfinished">เพิ่มการส่งต่อ %1 จากใบส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Referral %1 was already here.</source>
        <translation type="unfinished">มีการส่งต่อ %1 อยู่ในเครื่องนี้แล้ว</translation>
    </message>
    <message>
        <source>From %1 (%2), for %3.</source>
        <translation type="unfinished">จาก %1 (%2) สำหรับ %3</translation>
    </message>
    <message>
        <source>Recorded as received; the sender will see it after the next sync.</source>
        <translation type="unfinished">บันทึกว่าได้รับแล้ว ผู้ส่งจะเห็นหลังจากซิงค์ครั้งต่อไป</translation>
    </message>
    <message>
        <source>A referral arrives here with a sync bundle, or from its slip&apos;s square code.</source>
        <translation type="unfinished">การส่งต่อจะมาถึงเครื่องนี้ทางไฟล์ซิงค์ หรือจากโค้ดสี่เหลี่ยมบนใบส่งต่อ</translation>
    </message>
    <message>
        <source>Referral %1 from %2: %3.</source>
        <translation type="unfinished">การส่งต่อ %1 จาก %2: %3</translation>
    </message>
    <message>
        <source>Picture of a referral slip</source>
        <translation type="unfinished">รูปภาพของใบส่งต่อ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished">รูปภาพ (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished">เปลี่ยนประโยครหัสผ่านของคุณแล้ว</translation>
    </message>
    <message>
        <source>The new user can now unlock this laptop with their own passphrase.</source>
        <translation type="unfinished">ตอนนี้ผู้ใช้ใหม่ปลดล็อกโน้ตบุ๊กเครื่องนี้ด้วยประโยครหัสผ่านของตัวเองได้แล้ว</translation>
    </message>
    <message>
        <source>%1 — %2, %3 branch
Device id %4</source>
        <translation type="unfinished">%1 — %2 สาขา %3
รหัสเครื่อง %4</translation>
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation type="unfinished">โหลดคำแปลของภาษานี้ไม่ได้</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished">บันทึกการตั้งค่าแล้ว</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SitesDialog</name>
    <message>
        <source>Site directory</source>
        <translation type="unfinished">รายชื่อสถานบริการ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">สถานบริการ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">องค์กร</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ประเทศ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">ที่มา</translation>
    </message>
    <message>
        <source>CRC, LRC, MRCS, TRCS, or another code</source>
        <translation type="unfinished">CRC, LRC, MRCS, TRCS หรือรหัสอื่น</translation>
    </message>
    <message>
        <source>KH, LA, MM or TH</source>
        <translation type="unfinished">KH, LA, MM หรือ TH</translation>
    </message>
    <message>
        <source>clinic, national-society, embassy, ngo</source>
        <translation type="unfinished">clinic, national-society, embassy, ngo</translation>
    </message>
    <message>
        <source>only a number you have checked</source>
        <translation type="unfinished">ใส่เฉพาะเบอร์ที่ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>for example th, en</source>
        <translation type="unfinished">เช่น th, en</translation>
    </message>
    <message>
        <source>for example ART, HIV testing, passports</source>
        <translation type="unfinished">เช่น ART, การตรวจเอชไอวี, หนังสือเดินทาง</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished">ชื่อ (ภาษาอังกฤษ):</translation>
    </message>
    <message>
        <source>Name in the local language:</source>
        <translation type="unfinished">ชื่อในภาษาท้องถิ่น:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished">องค์กร:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">ประเทศ:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">ประเภท:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished">ที่อยู่:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished">โทรศัพท์:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation type="unfinished">เวลาทำการ:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished">เว็บไซต์:</translation>
    </message>
    <message>
        <source>Languages spoken:</source>
        <translation type="unfinished">ภาษาที่พูดได้:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished">บริการ:</translation>
    </message>
    <message>
        <source>A wrong phone number on a slip sends a person nowhere: leave a field empty rather than guess. Saved changes reach your branch with the next sync.</source>
        <translation type="unfinished">เบอร์โทรที่ผิดบนใบส่งต่อทำให้เจ้าตัวไปไม่ถึงที่หมาย: ถ้าไม่แน่ใจ ให้เว้นช่องว่างไว้ดีกว่าเดา การแก้ไขที่บันทึกแล้วจะไปถึงสาขาของคุณเมื่อซิงค์ครั้งต่อไป</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation type="unfinished">สถานบริการใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation type="unfinished">บันทึกสถานบริการ (&amp;S)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished">ติดมากับโปรแกรม</translation>
    </message>
    <message>
        <source>corrected here</source>
        <translation type="unfinished">แก้ไขที่เครื่องนี้</translation>
    </message>
    <message>
        <source>added here</source>
        <translation type="unfinished">เพิ่มที่เครื่องนี้</translation>
    </message>
    <message>
        <source>Saved. Your branch receives it with the next sync.</source>
        <translation type="unfinished">บันทึกแล้ว สาขาของคุณจะได้รับเมื่อซิงค์ครั้งต่อไป</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SlipDialog</name>
    <message>
        <source>Add the clinician page (clinical summary)</source>
        <translation type="unfinished">เพิ่มหน้าสำหรับบุคลากรทางการแพทย์ (สรุปข้อมูลทางการแพทย์)</translation>
    </message>
    <message>
        <source>Referral slip %1</source>
        <translation type="unfinished">ใบส่งต่อ %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ไม่มี)</translation>
    </message>
    <message>
        <source>A5 (half a sheet)</source>
        <translation type="unfinished">A5 (ครึ่งแผ่น)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished">ใบส่งต่อ</translation>
    </message>
    <message>
        <source>Clinician page</source>
        <translation type="unfinished">หน้าสำหรับบุคลากรทางการแพทย์</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">พิมพ์… (&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished">บันทึกเป็น PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>Save as p&amp;icture…</source>
        <translation type="unfinished">บันทึกเป็นรูปภาพ… (&amp;I)</translation>
    </message>
    <message>
        <source>A PNG picture to send in a chat app; the code scans from the picture too.</source>
        <translation type="unfinished">รูปภาพ PNG สำหรับส่งทางแอปแชต สแกนโค้ดจากรูปภาพนี้ได้เช่นกัน</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">ภาษา:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished">แสดงตัวอย่าง:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished">กระดาษ:</translation>
    </message>
    <message>
        <source>The face of the slip says only “health service referral”: no diagnosis, no medicine. Clinical details travel inside the QR code, which only the sending and receiving National Societies can read.</source>
        <translation type="unfinished">หน้าใบส่งต่อเขียนไว้แค่ “ใบส่งต่อรับบริการสุขภาพ” ไม่มีผลวินิจฉัย ไม่มีชื่อยา ข้อมูลทางการแพทย์จะอยู่ในคิวอาร์โค้ด ซึ่งอ่านได้เฉพาะสภากาชาดที่ส่งและที่รับการส่งต่อเท่านั้น</translation>
    </message>
    <message>
        <source>Choose each language once.</source>
        <translation type="unfinished">เลือกแต่ละภาษาได้ครั้งเดียว</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished">ส่งไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation type="unfinished">บันทึกใบส่งต่อเป็น PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Save the slip as a picture</source>
        <translation type="unfinished">บันทึกใบส่งต่อเป็นรูปภาพ</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished">รูปภาพ PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SyncCentre</name>
    <message>
        <source>Device</source>
        <translation type="unfinished">เครื่อง</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">บทบาท</translation>
    </message>
    <message>
        <source>National Society, branch</source>
        <translation type="unfinished">สภากาชาด, สาขา</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished">ขอบเขต</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">ส่งแล้ว</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished">ยืนยันรับแล้ว</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">ได้รับแล้ว</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished">รอส่ง</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished">ความเชื่อถือ</translation>
    </message>
    <message>
        <source>&amp;Export for this device…</source>
        <translation type="unfinished">ส่งออกให้เครื่องนี้… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">นำเข้าไฟล์ซิงค์… (&amp;I)</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation type="unfinished">บัตรประจำเครื่องของโน้ตบุ๊กเครื่องนี้… (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished">ลงทะเบียนเครื่อง… (&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished">เพิกถอน… (&amp;V)</translation>
    </message>
    <message>
        <source>Drop folders</source>
        <translation type="unfinished">โฟลเดอร์รับส่ง</translation>
    </message>
    <message>
        <source>If a folder is kept in sync by something else — Syncthing, a network share, a USB stick — Corridor imports every new bundle that appears in the inbox and writes bundles for your peers to the outbox, on its own.</source>
        <translation type="unfinished">ถ้ามีโฟลเดอร์ที่ซิงค์อยู่แล้วด้วยวิธีอื่น เช่น Syncthing โฟลเดอร์ที่แชร์ในเครือข่าย หรือแฟลชไดรฟ์ USB — Corridor จะนำเข้าไฟล์ซิงค์ใหม่ทุกไฟล์ที่ปรากฏในโฟลเดอร์ขาเข้า และเขียนไฟล์ซิงค์สำหรับเครื่องอื่นๆ ไว้ในโฟลเดอร์ขาออกให้เองโดยอัตโนมัติ</translation>
    </message>
    <message>
        <source>Inbox:</source>
        <translation type="unfinished">โฟลเดอร์ขาเข้า:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation type="unfinished">โฟลเดอร์ขาออก:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">ยังไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">เลือก…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">ซิงค์ตอนนี้ (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This laptop:&lt;/b&gt; %1 · %2 · %3, %4 · device id &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation type="unfinished">&lt;b&gt;โน้ตบุ๊กเครื่องนี้:&lt;/b&gt; %1 · %2 · %3 สาขา %4 · รหัสเครื่อง &lt;tt&gt;%5&lt;/tt&gt;</translation>
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
        <translation type="unfinished">สภากาชาดที่ร่วมงานกัน: เฉพาะการส่งต่อ</translation>
    </message>
    <message>
        <source>Branch: case files</source>
        <translation type="unfinished">สาขา: แฟ้มข้อมูล</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform>การเปลี่ยนแปลง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished">ถูกเพิกถอน</translation>
    </message>
    <message>
        <source>card taken in here</source>
        <translation type="unfinished">รับบัตรประจำเครื่องไว้ที่นี่</translation>
    </message>
    <message>
        <source>enrolled by a coordinator</source>
        <translation type="unfinished">ลงทะเบียนโดยผู้ประสานงาน</translation>
    </message>
    <message>
        <source>No other device is trusted yet. Show this laptop&apos;s card to your coordinator, or enrol a device from its card.</source>
        <translation type="unfinished">ยังไม่มีเครื่องอื่นที่เชื่อถือ แสดงบัตรประจำเครื่องของโน้ตบุ๊กเครื่องนี้ให้ผู้ประสานงานของคุณดู หรือลงทะเบียนเครื่องอื่นจากบัตรประจำเครื่องของเครื่องนั้น</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke a device.</source>
        <translation type="unfinished">เฉพาะผู้ประสานงานเท่านั้นที่เพิกถอนเครื่องได้</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide (%1)…</source>
        <translation type="unfinished">ข้อมูลขัดกันที่ต้องตัดสินใจ (%1)… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">ข้อมูลขัดกัน… (&amp;C)</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation type="unfinished">กำลังนำเข้าไฟล์ซิงค์…</translation>
    </message>
    <message>
        <source>Stop after this bundle</source>
        <translation type="unfinished">หยุดหลังจากไฟล์นี้</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished">กำลังนำเข้า %1 (%2 จาก %3)…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished">นำเข้าไฟล์ซิงค์</translation>
    </message>
    <message>
        <source>Corridor bundles (*.corridor);;All files (*)</source>
        <translation type="unfinished">ไฟล์ซิงค์ของ Corridor (*.corridor);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished">กำลังเขียนไฟล์ซิงค์…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1. Give the file to the other device in any way — it is encrypted for that device alone and signed by this laptop.</source>
        <translation type="unfinished">
            <numerusform>เขียนการเปลี่ยนแปลง %n รายการลงใน %1 แล้ว ส่งไฟล์นี้ให้เครื่องปลายทางด้วยวิธีใดก็ได้ — ไฟล์นี้เข้ารหัสไว้ให้เฉพาะเครื่องนั้นเปิดได้ และลงลายเซ็นโดยโน้ตบุ๊กเครื่องนี้</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation type="unfinished">ส่งออกให้ %1</translation>
    </message>
    <message>
        <source>Corridor bundles (*.corridor)</source>
        <translation type="unfinished">ไฟล์ซิงค์ของ Corridor (*.corridor)</translation>
    </message>
    <message>
        <source>Device %1 is trusted now. Export a bundle for it to start syncing.</source>
        <translation type="unfinished">ตอนนี้เชื่อถือเครื่อง %1 แล้ว ส่งออกไฟล์ซิงค์ให้เครื่องนั้นเพื่อเริ่มซิงค์</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation type="unfinished">เพิกถอนเครื่อง</translation>
    </message>
    <message>
        <source>Revoke %1?

Everything it signs from now on is refused here and, once this travels with your next bundles, on every laptop of your branch. Do this when a laptop is lost or stolen. It cannot be undone.</source>
        <translation type="unfinished">เพิกถอน %1 ใช่ไหม?

ทุกอย่างที่เครื่องนั้นลงลายเซ็นต่อจากนี้จะถูกปฏิเสธที่นี่ และเมื่อการเพิกถอนนี้ส่งต่อไปกับไฟล์ซิงค์ครั้งต่อไปของคุณแล้ว ก็จะถูกปฏิเสธในโน้ตบุ๊กทุกเครื่องของสาขาคุณด้วย ให้ทำเช่นนี้เมื่อโน้ตบุ๊กหายหรือถูกขโมย ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation type="unfinished">เลือกโฟลเดอร์ขาเข้า</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation type="unfinished">เลือกโฟลเดอร์ขาออก</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last sync at %1: %n bundle(s) imported, %2 written to the outbox.</source>
        <translation type="unfinished">
            <numerusform>ซิงค์ครั้งล่าสุดเมื่อ %1: นำเข้าไฟล์ซิงค์ %n ไฟล์ เขียนลงโฟลเดอร์ขาออก %2 ไฟล์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::TrainingDialog</name>
    <message>
        <source>not taken</source>
        <translation type="unfinished">ไม่ได้ทำ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ชาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">อื่นๆ</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">อาสาสมัคร</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished">เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation type="unfinished">สมาชิกชุมชน</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation type="unfinished">เพิ่มคน (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished">ลบคนที่เลือก (&amp;R)</translation>
    </message>
    <message>
        <source>Record a training session</source>
        <translation type="unfinished">บันทึกการอบรม</translation>
    </message>
    <message>
        <source>e.g. Mae Sot branch office</source>
        <translation type="unfinished">เช่น สำนักงานสาขาแม่สอด</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">เพศ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">บทบาท</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation type="unfinished">คะแนนแบบทดสอบก่อนการอบรม</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation type="unfinished">คะแนนแบบทดสอบหลังการอบรม</translation>
    </message>
    <message>
        <source>Anything the coordinator should know (optional)</source>
        <translation type="unfinished">สิ่งที่ผู้ประสานงานควรรู้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">วันที่ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">สถานที่ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation type="unfinished">วิทยากร (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Modules taught:</source>
        <translation type="unfinished">โมดูลที่สอน (&amp;M):</translation>
    </message>
    <message>
        <source>Who &amp;attended:</source>
        <translation type="unfinished">ผู้เข้าอบรม (&amp;A):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished">หมายเหตุ (&amp;O):</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished">เลือก…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::TrainingPanel</name>
    <message>
        <source>Trainers and coordinators record training sessions.</source>
        <translation type="unfinished">วิทยากรและผู้ประสานงานเป็นผู้บันทึกการอบรม</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">ผู้เข้าอบรม</translation>
    </message>
    <message>
        <source>Attendees at %1, %2 (%3)</source>
        <translation type="unfinished">ผู้เข้าอบรมที่ %1 วันที่ %2 (%3 คน)</translation>
    </message>
    <message numerus="yes">
        <source>Training at %1 recorded: %n person(s). It goes to the coordinator with the next bundle.</source>
        <translation type="unfinished">
            <numerusform>บันทึกการอบรมที่ %1 แล้ว: %n คน ข้อมูลจะส่งถึงผู้ประสานงานไปกับไฟล์ซิงค์ครั้งต่อไป</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record a training…</source>
        <translation type="unfinished">บันทึกการอบรมครั้งใหม่… (&amp;R)</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished">การอบรมที่บันทึกไว้</translation>
    </message>
    <message>
        <source>People trained per module</source>
        <translation type="unfinished">จำนวนคนที่ได้รับการอบรมในแต่ละโมดูล</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">วันที่</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">สถานที่</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished">โมดูล</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished">วิทยากร</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">จำนวนคน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">เพศ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">บทบาท</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished">แบบทดสอบก่อนการอบรม</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation type="unfinished">แบบทดสอบหลังการอบรม</translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished">โมดูล</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">จำนวนครั้ง</translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished">ผู้หญิง</translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished">ผู้ชาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">อื่นๆ</translation>
    </message>
    <message>
        <source>Mean pre-test</source>
        <translation type="unfinished">คะแนนเฉลี่ยก่อนการอบรม</translation>
    </message>
    <message>
        <source>Mean post-test</source>
        <translation type="unfinished">คะแนนเฉลี่ยหลังการอบรม</translation>
    </message>
</context>
<context>
    <name>corridor::ui::UnlockWidget</name>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished">คลังข้อมูล: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">กำลังปลดล็อก…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ปลดล็อก (&amp;U)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">กรุณาพิมพ์ประโยครหัสผ่านก่อน</translation>
    </message>
</context>
<context>
    <name>corridor::ui::UserPage</name>
    <message>
        <source>You</source>
        <translation type="unfinished">คุณ</translation>
    </message>
    <message>
        <source>Your name is written on everything you save. The passphrase protects the case files: choose a short sentence in your own language that others cannot guess.</source>
        <translation type="unfinished">ชื่อของคุณจะติดอยู่กับทุกอย่างที่คุณบันทึก ประโยครหัสผ่านช่วยปกป้องแฟ้มข้อมูล: เลือกประโยคสั้นๆ ในภาษาของคุณเองที่คนอื่นเดาไม่ได้</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished">ชื่อของคุณ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">บทบาท (&amp;R)</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">อาสาสมัคร</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished">วิทยากร (เนื้อหาและการฝึกอบรมเท่านั้น ไม่เปิดแฟ้มข้อมูล)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">ประโยครหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished">พิมพ์ซ้ำอีกครั้ง (&amp;E)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">ประโยครหัสผ่านทั้งสองไม่ตรงกัน กรุณาพิมพ์ให้เหมือนกันทั้งสองครั้ง</translation>
    </message>
</context>
<context>
    <name>corridor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Corridor</source>
        <translation type="unfinished">ยินดีต้อนรับสู่ Corridor</translation>
    </message>
    <message>
        <source>Corridor keeps the case files of the migrants you support, encrypted on this laptop. It works without internet.

In the next steps you choose your National Society and branch, your name and a passphrase. At the end Corridor shows a recovery key once: print it or write it down for your coordinator.</source>
        <translation type="unfinished">Corridor เก็บแฟ้มข้อมูลของผู้ย้ายถิ่นที่คุณดูแลไว้ในโน้ตบุ๊กเครื่องนี้แบบเข้ารหัส ใช้งานได้โดยไม่ต้องมีอินเทอร์เน็ต

ในขั้นตอนต่อไป คุณจะเลือกสภากาชาดของประเทศและสาขา ใส่ชื่อของคุณ และตั้งประโยครหัสผ่าน ในขั้นตอนสุดท้าย Corridor จะแสดงรหัสกู้คืนเพียงครั้งเดียว: พิมพ์ออกมาหรือจดไว้ให้ผู้ประสานงานของคุณ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ภาษา (&amp;L)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished">ไม่รู้จักคำสั่ง &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Case files, cross-border referrals and training for Red Cross outreach volunteers.</source>
        <translation type="unfinished">แฟ้มข้อมูล การส่งต่อข้ามพรมแดน และการฝึกอบรม สำหรับอาสาสมัครกาชาดที่ลงพื้นที่</translation>
    </message>
    <message>
        <source>Open a throwaway vault of fictional case files for training.</source>
        <translation type="unfinished">เปิดคลังข้อมูลชั่วคราวที่มีแฟ้มข้อมูลสมมติ สำหรับการฝึกอบรม</translation>
    </message>
    <message>
        <source>Use the vault in this folder.</source>
        <translation type="unfinished">ใช้คลังข้อมูลในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished">โฟลเดอร์</translation>
    </message>
    <message>
        <source>Interface language: en, km, lo, my or th.</source>
        <translation type="unfinished">ภาษาของหน้าจอ: en, km, lo, my หรือ th</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">รหัส</translation>
    </message>
</context>
</TS>
