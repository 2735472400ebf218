<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name>AgeEncryption</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">စာဝှက်စနစ် library ကို စတင်၍ မရပါ</translation>
    </message>
    <message>
        <source>there is nobody to encrypt for</source>
        <translation type="unfinished">စာဝှက်ပေးရမည့် လက်ခံသူ တစ်ဦးမှ မရှိပါ</translation>
    </message>
    <message>
        <source>a recipient key has the wrong length</source>
        <translation type="unfinished">လက်ခံသူ၏ သော့တစ်ခု၏ အရှည် မှားနေသည်</translation>
    </message>
    <message>
        <source>a recipient key is not a valid X25519 key</source>
        <translation type="unfinished">လက်ခံသူ၏ သော့တစ်ခုသည် မှန်ကန်သော X25519 သော့ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>not a valid age file: %1</source>
        <translation type="unfinished">မှန်ကန်သော age ဖိုင် မဟုတ်ပါ: %1</translation>
    </message>
    <message>
        <source>the decryption key has the wrong length</source>
        <translation type="unfinished">စာဝှက်ဖြည်ရန် သော့၏ အရှည် မှားနေသည်</translation>
    </message>
    <message>
        <source>the version line is missing</source>
        <translation type="unfinished">ဗားရှင်း စာကြောင်း မပါပါ</translation>
    </message>
    <message>
        <source>the header ends early</source>
        <translation type="unfinished">ခေါင်းစီး (header) အပိုင်း မပြည့်စုံဘဲ ပြတ်သွားသည်</translation>
    </message>
    <message>
        <source>a recipient line is malformed</source>
        <translation type="unfinished">လက်ခံသူ စာကြောင်းတစ်ကြောင်း၏ ပုံစံ မှားနေသည်</translation>
    </message>
    <message>
        <source>a recipient body is malformed</source>
        <translation type="unfinished">လက်ခံသူ အချက်အလက် အပိုင်းတစ်ခု၏ ပုံစံ မှားနေသည်</translation>
    </message>
    <message>
        <source>an X25519 recipient is malformed</source>
        <translation type="unfinished">X25519 လက်ခံသူတစ်ခု၏ ပုံစံ မှားနေသည်</translation>
    </message>
    <message>
        <source>this file was not encrypted for this device</source>
        <translation type="unfinished">ဤဖိုင်ကို ဤစက်အတွက် စာဝှက်ထားခြင်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the encrypted file&apos;s header was changed</source>
        <translation type="unfinished">စာဝှက်ထားသော ဖိုင်၏ ခေါင်းစီး (header) ကို ပြောင်းလဲထားသည်</translation>
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation type="unfinished">ဖိုင်ပါ ဒေတာ ပြတ်တောက်နေသည်</translation>
    </message>
    <message>
        <source>the encrypted content is larger than allowed</source>
        <translation type="unfinished">စာဝှက်ထားသော အကြောင်းအရာသည် ခွင့်ပြုထားသည်ထက် ကြီးနေသည်</translation>
    </message>
    <message>
        <source>a payload chunk is truncated</source>
        <translation type="unfinished">ဒေတာ အပိုင်းတစ်ခု ပြတ်တောက်နေသည်</translation>
    </message>
    <message>
        <source>the encrypted content was changed or truncated</source>
        <translation type="unfinished">စာဝှက်ထားသော အကြောင်းအရာကို ပြောင်းလဲထားသည် သို့မဟုတ် ပြတ်တောက်နေသည်</translation>
    </message>
    <message>
        <source>an empty final chunk</source>
        <translation type="unfinished">နောက်ဆုံး အပိုင်း ဗလာဖြစ်နေသည်</translation>
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
        <translation type="unfinished">ယာယီဖိုင် ဖန်တီး၍ မရပါ</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished">ဖိုင်ကို ရေးသွင်း၍ မရပါ</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation type="unfinished">ဖိုင်ကို အစားထိုး၍ မရပါ</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished">%1 မရှိပါ</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1 ကို ဖတ်၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished">%1 သည် %2 ဘိုက်ထက် ကြီးနေသည်</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Only coordinators can read the audit log.</source>
        <translation type="unfinished">လုပ်ဆောင်မှု မှတ်တမ်းကို ညှိနှိုင်းရေးမှူးများသာ ဖတ်နိုင်ပါသည်။</translation>
    </message>
</context>
<context>
    <name>Base45</name>
    <message>
        <source>the Base45 text has an impossible length</source>
        <translation type="unfinished">Base45 စာသား၏ အရှည်သည် ဖြစ်နိုင်သော အရှည် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the Base45 text holds a character outside its alphabet</source>
        <translation type="unfinished">Base45 စာသားတွင် ၎င်း၏ အက္ခရာစဉ် ပြင်ပမှ စာလုံးတစ်လုံး ပါနေသည်</translation>
    </message>
    <message>
        <source>the Base45 text holds a group that is out of range</source>
        <translation type="unfinished">Base45 စာသားတွင် ခွင့်ပြုထားသော အတိုင်းအတာ ပြင်ပရှိ အုပ်စုတစ်ခု ပါနေသည်</translation>
    </message>
</context>
<context>
    <name>Bech32</name>
    <message>
        <source>mixed upper and lower case</source>
        <translation type="unfinished">စာလုံးအကြီးနှင့် စာလုံးအသေး ရောနေသည်</translation>
    </message>
    <message>
        <source>no separator or checksum</source>
        <translation type="unfinished">ပိုင်းခြားသည့် စာလုံး သို့မဟုတ် checksum မပါပါ</translation>
    </message>
    <message>
        <source>a character outside the Bech32 alphabet</source>
        <translation type="unfinished">Bech32 အက္ခရာစဉ် ပြင်ပမှ စာလုံးတစ်လုံး</translation>
    </message>
    <message>
        <source>the checksum does not match (a typing mistake?)</source>
        <translation type="unfinished">checksum မကိုက်ညီပါ (ရိုက်မှားနေသလား?)</translation>
    </message>
    <message>
        <source>invalid padding</source>
        <translation type="unfinished">ဖြည့်စွက် bit များ (padding) မှားနေသည်</translation>
    </message>
</context>
<context>
    <name>BookletPdf</name>
    <message>
        <source>&quot;%1&quot; is not a booklet language; use en, km, lo, my or th.</source>
        <translation type="unfinished">&quot;%1&quot; သည် လက်ကမ်းစာစောင်အတွက် ဘာသာစကား မဟုတ်ပါ။ en, km, lo, my သို့မဟုတ် th ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>The language %1 is given twice.</source>
        <translation type="unfinished">ဘာသာစကား %1 ကို နှစ်ကြိမ် ပေးထားသည်။</translation>
    </message>
    <message>
        <source>Give one language, or two for side by side (for example km,en).</source>
        <translation type="unfinished">ဘာသာစကား တစ်ခု ပေးပါ၊ သို့မဟုတ် ဘေးချင်းယှဉ်ပြရန် နှစ်ခု ပေးပါ (ဥပမာ km,en)။</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booklet language.</source>
        <translation type="unfinished">&quot;%1&quot; သည် လက်ကမ်းစာစောင်အတွက် ဘာသာစကား မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Give one language, or two for side by side.</source>
        <translation type="unfinished">ဘာသာစကား တစ်ခု ပေးပါ၊ သို့မဟုတ် ဘေးချင်းယှဉ်ပြရန် နှစ်ခု ပေးပါ။</translation>
    </message>
    <message>
        <source>The booklet&apos;s contents do not fit on its cover.</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်၏ မာတိကာသည် မျက်နှာဖုံးပေါ်တွင် မဆံ့ပါ။</translation>
    </message>
    <message>
        <source>The booklet cannot be drawn on this device.</source>
        <translation type="unfinished">ဤစက်တွင် လက်ကမ်းစာစောင်ကို ပုံဖော်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">ဖိုဒါ %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 ကို ရေး၍ မရပါ: %2</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>a bundle for this laptop itself makes no sense</source>
        <translation type="unfinished">ဤလက်ပ်တော့ ကိုယ်တိုင်အတွက် ဒေတာထုပ် ထုတ်၍ အဓိပ္ပာယ် မရှိပါ</translation>
    </message>
    <message>
        <source>device %1 is not enrolled here; enrol its card first</source>
        <translation type="unfinished">စက် %1 ကို ဤနေရာတွင် စာရင်းမသွင်းရသေးပါ။ ၎င်း၏ စက်ကတ်ကို ဦးစွာ စာရင်းသွင်းပါ</translation>
    </message>
    <message>
        <source>device %1 was revoked</source>
        <translation type="unfinished">စက် %1 ကို ရုပ်သိမ်းထားပြီး ဖြစ်သည်</translation>
    </message>
    <message>
        <source>the peer&apos;s key cannot receive encrypted files</source>
        <translation type="unfinished">တစ်ဖက်စက်၏ သော့ဖြင့် စာဝှက်ထားသော ဖိုင်များကို လက်ခံ၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>the bundle file is larger than %1 MiB</source>
        <translation type="unfinished">ဒေတာထုပ် (bundle) ဖိုင်သည် %1 MiB ထက် ကြီးနေသည်</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature key does not match the exporter it names</source>
        <translation type="unfinished">ဒေတာထုပ်၏ လက်မှတ်သော့သည် ၎င်းတွင် ဖော်ပြထားသော ထုတ်ပေးသည့်စက်နှင့် မကိုက်ညီပါ</translation>
    </message>
    <message>
        <source>the signature file is not written the way Corridor writes it</source>
        <translation type="unfinished">လက်မှတ်ဖိုင်ကို Corridor ရေးသည့်ပုံစံအတိုင်း ရေးထားခြင်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the archive&apos;s file times do not match the bundle&apos;s signed time</source>
        <translation type="unfinished">မှတ်တမ်းထုပ်ရှိ ဖိုင်အချိန်များသည် ဒေတာထုပ်၏ လက်မှတ်ထိုးထားသော အချိန်နှင့် မကိုက်ညီပါ</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>its clock is more than a day ahead of this laptop&apos;s (a wrong date on the laptop that wrote it?); held for review</source>
        <translation type="unfinished">၎င်း၏ နာရီသည် ဤလက်ပ်တော့၏ နာရီထက် တစ်ရက်ကျော် ရှေ့ရောက်နေသည် (ရေးခဲ့သော လက်ပ်တော့တွင် ရက်စွဲ မှားနေသလား?)။ စစ်ဆေးရန် ဆိုင်းငံ့ထားသည်</translation>
    </message>
    <message>
        <source>device %1 signed two different changesets numbered %2 (possible tampering)</source>
        <translation type="unfinished">စက် %1 သည် နံပါတ် %2 တူသော မတူညီသည့် ပြောင်းလဲမှုအစု နှစ်ခုကို လက်မှတ်ထိုးထားသည် (တစ်စုံတစ်ယောက်က လိမ်လည်ပြင်ဆင်ထားနိုင်သည်)</translation>
    </message>
    <message>
        <source>a changeset whose signature does not match its author&apos;s key</source>
        <translation type="unfinished">ရေးသူ၏ သော့နှင့် လက်မှတ် မကိုက်ညီသော ပြောင်းလဲမှုအစု</translation>
    </message>
    <message>
        <source>this bundle was exported by this laptop</source>
        <translation type="unfinished">ဤဒေတာထုပ်ကို ဤလက်ပ်တော့ကပင် ထုတ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>the bundle comes from device %1, which is not enrolled here (enrol its card first)</source>
        <translation type="unfinished">ဤဒေတာထုပ်သည် ဤနေရာတွင် စာရင်းမသွင်းရသေးသော စက် %1 မှ လာသည် (၎င်း၏ စက်ကတ်ကို ဦးစွာ စာရင်းသွင်းပါ)</translation>
    </message>
    <message>
        <source>the bundle comes from %1, which was revoked before it wrote this bundle</source>
        <translation type="unfinished">ဤဒေတာထုပ်သည် %1 မှ လာသည်။ ထိုစက်ကို ဤဒေတာထုပ် မရေးမီကပင် ရုပ်သိမ်းထားပြီး ဖြစ်သည်</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match: it was changed after %1 signed it, or it was not signed by that device</source>
        <translation type="unfinished">ဒေတာထုပ်၏ လက်မှတ် မကိုက်ညီပါ: %1 က လက်မှတ်ထိုးပြီးနောက် ပြောင်းလဲခံထားရသည်၊ သို့မဟုတ် ထိုစက်က လက်မှတ်ထိုးထားခြင်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the bundle is addressed to another device (%1)</source>
        <translation type="unfinished">ဤဒေတာထုပ်ကို အခြားစက် (%1) အတွက် ပို့ထားသည်</translation>
    </message>
    <message>
        <source>%1 sent two different bundles numbered %2; the second was refused (possible forgery)</source>
        <translation type="unfinished">%1 သည် နံပါတ် %2 တူသော မတူညီသည့် ဒေတာထုပ် နှစ်ခု ပို့ထားသည်။ ဒုတိယတစ်ခုကို ငြင်းပယ်လိုက်သည် (အတုပြုလုပ်ထားနိုင်သည်)</translation>
    </message>
    <message>
        <source>the bundle&apos;s signed header and its content disagree (re-signed by someone else?)</source>
        <translation type="unfinished">ဒေတာထုပ်၏ လက်မှတ်ထိုးထားသော ခေါင်းစီး (header) နှင့် အကြောင်းအရာ မကိုက်ညီပါ (အခြားသူတစ်ဦးက ပြန်လက်မှတ်ထိုးထားသလား?)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished">ဘာမှ မတင်သွင်းရပါ: %1</translation>
    </message>
    <message>
        <source>an erased changeset that does not match the one held here</source>
        <translation type="unfinished">ဤနေရာတွင် ရှိသည့်အရာနှင့် မကိုက်ညီသော ဖျက်ထားသည့် ပြောင်းလဲမှုအစု</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>the bundle&apos;s signed header is not one Corridor writes</source>
        <translation type="unfinished">ဒေတာထုပ်၏ လက်မှတ်ထိုးထားသော ခေါင်းစီး (header) သည် Corridor ရေးသည့် ပုံစံ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the bundle&apos;s content is malformed: %1</source>
        <translation type="unfinished">ဒေတာထုပ်၏ အကြောင်းအရာ ပုံစံ မှားနေသည်: %1</translation>
    </message>
    <message>
        <source>the bundle&apos;s content is larger than allowed</source>
        <translation type="unfinished">ဒေတာထုပ်၏ အကြောင်းအရာသည် ခွင့်ပြုထားသည်ထက် ကြီးနေသည်</translation>
    </message>
    <message>
        <source>the bundle&apos;s content has a format this Corridor does not know</source>
        <translation type="unfinished">ဒေတာထုပ်၏ အကြောင်းအရာသည် ဤ Corridor မသိသော ပုံစံ ဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>the inner header</source>
        <translation type="unfinished">အတွင်း ခေါင်းစီး (header)</translation>
    </message>
    <message>
        <source>the version vector</source>
        <translation type="unfinished">ဗားရှင်း စာရင်း (version vector)</translation>
    </message>
    <message>
        <source>the bundle holds more changesets than allowed</source>
        <translation type="unfinished">ဒေတာထုပ်တွင် ခွင့်ပြုထားသည်ထက် ပြောင်းလဲမှုအစု ပိုများနေသည်</translation>
    </message>
    <message>
        <source>a changeset entry</source>
        <translation type="unfinished">ပြောင်းလဲမှုအစု အချက်တစ်ခု</translation>
    </message>
    <message>
        <source>an erased-changeset entry</source>
        <translation type="unfinished">ဖျက်ထားသော ပြောင်းလဲမှုအစု အချက်တစ်ခု</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation type="unfinished">လက်ခံရရှိကြောင်း အထောက်အထား တစ်ခု</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>--birth-year takes a year such as 1990</source>
        <translation type="unfinished">--birth-year အတွက် 1990 ကဲ့သို့ ခုနှစ်တစ်ခု ထည့်ပါ</translation>
    </message>
    <message>
        <source>--on-art takes yes or no</source>
        <translation type="unfinished">--on-art အတွက် yes သို့မဟုတ် no ထည့်ပါ</translation>
    </message>
    <message>
        <source>--consent takes a list of keep, contact and share-partner (or none)</source>
        <translation type="unfinished">--consent အတွက် keep, contact, share-partner စာရင်း (သို့မဟုတ် none) ကို ထည့်ပါ</translation>
    </message>
    <message>
        <source>--consent-date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--consent-date အတွက် ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ထည့်ပါ</translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished">id (မှတ်တမ်းနံပါတ်)</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished">လိင်</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation type="unfinished">မွေးနှစ်</translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished">အသက်အုပ်စု</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished">နိုင်ငံသား</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">ပြောသော ဘာသာစကားများ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished">ဖုန်း</translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished">မူရင်းနေရာ</translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished">လက်ရှိနေရာ</translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished">သွားမည့်နေရာ</translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished">ရွှေ့ပြောင်းမှု အခြေအနေ</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished">အလုပ်အကိုင်</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">HIV အခြေအနေ</translation>
    </message>
    <message>
        <source>on ART</source>
        <translation type="unfinished">ART (HIV ဆေးကုသမှု) ခံယူနေ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ဟုတ်ကဲ့</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">ART ဆေးထုတ်ယူရာ နေရာ</translation>
    </message>
    <message>
        <source>keep records</source>
        <translation type="unfinished">မှတ်တမ်းထားရန်</translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation type="unfinished">ဖုန်းဖြင့် ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <source>share with partner National Society</source>
        <translation type="unfinished">မိတ်ဖက် နိုင်ငံ့ကြက်ခြေနီအသင်းနှင့် မျှဝေရန်</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">သဘောတူညီချက်</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">မှတ်တမ်းမတင်ထားပါ</translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း အခြေအနေ</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">မှတ်ချက်များ</translation>
    </message>
    <message>
        <source>case add takes only --options</source>
        <translation type="unfinished">case add သည် --options များကိုသာ လက်ခံသည်</translation>
    </message>
    <message>
        <source>case add needs --uic CODE</source>
        <translation type="unfinished">case add အတွက် --uic CODE လိုအပ်သည်</translation>
    </message>
    <message>
        <source>warning: possible duplicate: %1 (case %2)</source>
        <translation type="unfinished">သတိ: ထပ်နေနိုင်သည်: %1 (ကိုယ်ရေးမှတ်တမ်း %2)</translation>
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
        <translation type="unfinished">case list သည် --options များကိုသာ လက်ခံသည်</translation>
    </message>
    <message>
        <source>--status must be active, closed or lost</source>
        <translation type="unfinished">--status သည် active, closed သို့မဟုတ် lost ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished">--limit အတွက် 0 ထက်ကြီးသော ဂဏန်းတစ်ခု ထည့်ပါ</translation>
    </message>
    <message>
        <source>no case file matches</source>
        <translation type="unfinished">ကိုက်ညီသော ကိုယ်ရေးမှတ်တမ်း မရှိပါ</translation>
    </message>
    <message>
        <source>no case files yet</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း မရှိသေးပါ</translation>
    </message>
    <message>
        <source>case show ID</source>
        <translation type="unfinished">case show ID</translation>
    </message>
    <message>
        <source>contact %1: %2 — %3</source>
        <translation type="unfinished">ဆက်သွယ်မှု %1: %2 — %3</translation>
    </message>
    <message>
        <source>follow-up %1: %2%3</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှု %1: %2%3</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"> (ပြီးပြီ)</translation>
    </message>
    <message>
        <source>encounter add needs --case ID</source>
        <translation type="unfinished">encounter add အတွက် --case ID လိုအပ်သည်</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--date အတွက် ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ထည့်ပါ</translation>
    </message>
    <message>
        <source>--next-followup takes a date as YYYY-MM-DD</source>
        <translation type="unfinished">--next-followup အတွက် ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ထည့်ပါ</translation>
    </message>
    <message>
        <source>encounter list needs --case ID</source>
        <translation type="unfinished">encounter list အတွက် --case ID လိုအပ်သည်</translation>
    </message>
    <message>
        <source>encounter add|list</source>
        <translation type="unfinished">encounter add|list</translation>
    </message>
    <message>
        <source>--within takes a number of days (0 to 366)</source>
        <translation type="unfinished">--within အတွက် ရက်အရေအတွက် (0 မှ 366) ထည့်ပါ</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">ရက်လွန်</translation>
    </message>
    <message>
        <source>due    </source>
        <translation type="unfinished">ရက်ကျ  </translation>
    </message>
    <message>
        <source>nothing is due in the next %1 days</source>
        <translation type="unfinished">နောက် %1 ရက်အတွင်း ရက်ကျမည့် နောက်ဆက်တွဲ ဆက်သွယ်မှု မရှိပါ</translation>
    </message>
    <message>
        <source>followup add needs --case ID --due YYYY-MM-DD</source>
        <translation type="unfinished">followup add အတွက် --case ID --due YYYY-MM-DD လိုအပ်သည်</translation>
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
        <translation type="unfinished">--cases အတွက် 1 မှ 1000000 အတွင်း ဂဏန်းတစ်ခု ထည့်ပါ</translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation type="unfinished">--seed အတွက် ဂဏန်းတစ်ခု ထည့်ပါ</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">သင့်တာဝန် (သင်တန်းဆရာ) ဖြင့် ကိုယ်ရေးမှတ်တမ်းများကို ကြည့်ခွင့် မရှိပါ။</translation>
    </message>
    <message>
        <source>%1 of %2 case files written</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း %2 ခုအနက် %1 ခု ရေးပြီးပါပြီ</translation>
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
        <translation type="unfinished">--second-user အတွက် --second-passphrase-file လိုအပ်သည်</translation>
    </message>
    <message>
        <source>The case file and everything linked to it were erased here; the erasure travels with the next bundles.</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်းနှင့် ၎င်းနှင့် ဆက်စပ်သမျှကို ဤနေရာတွင် ဖျက်ပြီးပါပြီ။ ဖျက်ခြင်းသည် နောက်ထပ် ဒေတာထုပ်များနှင့်အတူ အခြားစက်များသို့ ရောက်သွားမည်။</translation>
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
        <translation type="unfinished">ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <source>&amp;UIC (unique identifier code)</source>
        <translation type="unfinished">UIC (လူတစ်ဦးချင်း သီးခြားကုဒ်) (&amp;U)</translation>
    </message>
    <message>
        <source>e.g. first letters of mother’s and father’s names + birth year</source>
        <translation type="unfinished">ဥပမာ - အမေနှင့် အဖေ နာမည်များ၏ ပထမစာလုံး + မွေးနှစ်</translation>
    </message>
    <message>
        <source>The UIC lets services count a person without a name. Agree a rule with your branch and use it every time.</source>
        <translation type="unfinished">UIC ဖြင့် ဝန်ဆောင်မှုများက လူတစ်ဦးကို နာမည်မသုံးဘဲ ရေတွက်နိုင်သည်။ သင့်ဌာနခွဲနှင့် နည်းတစ်ခု သဘောတူထားပြီး အမြဲ ထိုနည်းအတိုင်း သုံးပါ။</translation>
    </message>
    <message>
        <source>&amp;Name or alias</source>
        <translation type="unfinished">အမည် သို့မဟုတ် အမည်ပြောင် (&amp;N)</translation>
    </message>
    <message>
        <source>Only what the person chooses to give</source>
        <translation type="unfinished">ထိုသူ ပေးလိုသလောက်သာ ထည့်ပါ</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished">လိင် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished">မွေးနှစ် (&amp;B)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished">မှတ်တမ်းမတင်ထား</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation type="unfinished">အသက်အုပ်စု (&amp;A)</translation>
    </message>
    <message>
        <source>Na&amp;tionality</source>
        <translation type="unfinished">နိုင်ငံသား (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished">ပြောသော ဘာသာစကားများ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished">ဖုန်း (&amp;P)</translation>
    </message>
    <message>
        <source>+66 81 234 5678</source>
        <translation type="unfinished">+66 81 234 5678</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished">ရွှေ့ပြောင်းမှု</translation>
    </message>
    <message>
        <source>Country of &amp;origin</source>
        <translation type="unfinished">မူရင်းနိုင်ငံ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Province of origin</source>
        <translation type="unfinished">မူရင်း ပြည်နယ်/တိုင်း (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Current location</source>
        <translation type="unfinished">လက်ရှိနေရာ (&amp;C)</translation>
    </message>
    <message>
        <source>Intended &amp;destination</source>
        <translation type="unfinished">သွားရန် ရည်ရွယ်သည့်နေရာ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Migration status</source>
        <translation type="unfinished">ရွှေ့ပြောင်းမှု အခြေအနေ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Work sector</source>
        <translation type="unfinished">အလုပ်အမျိုးအစား (&amp;W)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished">ကျန်းမာရေး</translation>
    </message>
    <message>
        <source>&amp;HIV status</source>
        <translation type="unfinished">HIV အခြေအနေ (&amp;H)</translation>
    </message>
    <message>
        <source>On antiretroviral treatment (&amp;ART)</source>
        <translation type="unfinished">ART (HIV ဆေးကုသမှု) ခံယူနေသည် (&amp;A)</translation>
    </message>
    <message>
        <source>ART &amp;site</source>
        <translation type="unfinished">ART ဆေးထုတ်ယူရာ နေရာ (&amp;S)</translation>
    </message>
    <message>
        <source>Clinic or hospital where medicine is collected</source>
        <translation type="unfinished">ဆေးထုတ်ယူသည့် ဆေးခန်း သို့မဟုတ် ဆေးရုံ</translation>
    </message>
    <message>
        <source>Health details stay in this encrypted case file. They never appear on a printed referral slip.</source>
        <translation type="unfinished">ကျန်းမာရေး အချက်အလက်များသည် စာဝှက်ထားသော ဤကိုယ်ရေးမှတ်တမ်းထဲတွင်သာ ရှိသည်။ ပုံနှိပ်ထုတ်သော ညွှန်းပို့စာတွင် ဘယ်တော့မှ မပါပါ။</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">သဘောတူညီချက်</translation>
    </message>
    <message>
        <source>Read each use to the person in their language and tick only what they agree to. Without consent to keep records, do not keep a case file.</source>
        <translation type="unfinished">အချက်တစ်ခုချင်းစီကို ထိုသူ၏ ဘာသာစကားဖြင့် ဖတ်ပြပြီး သူသဘောတူသည့် အချက်များကိုသာ အမှန်ခြစ်ပါ။ မှတ်တမ်းထားရန် သဘောမတူလျှင် ကိုယ်ရေးမှတ်တမ်း မထားပါနှင့်။</translation>
    </message>
    <message>
        <source>Keep records about me</source>
        <translation type="unfinished">ကျွန်ုပ်အကြောင်း မှတ်တမ်းထားနိုင်သည်</translation>
    </message>
    <message>
        <source>Contact me by phone</source>
        <translation type="unfinished">ကျွန်ုပ်ကို ဖုန်းဖြင့် ဆက်သွယ်နိုင်သည်</translation>
    </message>
    <message>
        <source>Share what is needed with the Red Cross in the country I go to</source>
        <translation type="unfinished">ကျွန်ုပ်သွားမည့် နိုင်ငံရှိ ကြက်ခြေနီနှင့် လိုအပ်သည်များကို မျှဝေနိုင်သည်</translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation type="unfinished">သဘောတူညီသည့်ရက် (&amp;G)</translation>
    </message>
    <message>
        <source>Case and notes</source>
        <translation type="unfinished">မှတ်တမ်းအခြေအနေနှင့် မှတ်ချက်များ</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း အခြေအနေ (&amp;S)</translation>
    </message>
    <message>
        <source>Assigned &amp;volunteer</source>
        <translation type="unfinished">တာဝန်ယူသည့် စေတနာ့ဝန်ထမ်း (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">မှတ်ချက်များ (&amp;N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">ဆက်သွယ်မှုများ</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished">ဆက်သွယ်မှု မှတ်တမ်းတင်မည် (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished">ဆက်သွယ်မှုကို ပြင်မည် (&amp;E)…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှုများ</translation>
    </message>
    <message>
        <source>&amp;Plan a follow-up…</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှု စီစဉ်မည် (&amp;P)…</translation>
    </message>
    <message>
        <source>Tick a follow-up when it is done. Logging a contact also ticks the follow-ups that were due by then.</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှု ပြီးသွားလျှင် အမှန်ခြစ်ပါ။ ဆက်သွယ်မှုတစ်ခု မှတ်တမ်းတင်လျှင် ထိုရက်အထိ ရက်ကျနေသော နောက်ဆက်တွဲ ဆက်သွယ်မှုများကိုလည်း အလိုအလျောက် အမှန်ခြစ်ပေးသည်။</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="unfinished">ပြင်ထားသည်များကို မူလအတိုင်း ပြန်ထားမည် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">သိမ်းမည် (&amp;S)</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">ဦးစွာ ဝင်ရောက်ပါ။</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">သင့်တာဝန် (သင်တန်းဆရာ) ဖြင့် ကိုယ်ရေးမှတ်တမ်းများကို ကြည့်ခွင့် မရှိပါ။</translation>
    </message>
    <message>
        <source>There is no case file %1.</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>No case file matches &apos;%1&apos;.</source>
        <translation type="unfinished">&apos;%1&apos; နှင့် ကိုက်ညီသော ကိုယ်ရေးမှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 case files; give more of the id.</source>
        <translation type="unfinished">&apos;%1&apos; သည် ကိုယ်ရေးမှတ်တမ်း %2 ခုနှင့် ကိုက်ညီနေသည်။ id ကို ပိုရှည်အောင် ထည့်ပါ။</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation type="unfinished">ဆက်သွယ်မှု %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>A contact cannot be moved to another case file.</source>
        <translation type="unfinished">ဆက်သွယ်မှုကို အခြား ကိုယ်ရေးမှတ်တမ်းသို့ ရွှေ့၍ မရပါ။</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှု %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>Erasing a person needs a coordinator, or a second user to confirm with their passphrase.</source>
        <translation type="unfinished">လူတစ်ဦး၏ အချက်အလက်ကို ဖျက်ရန် ညှိနှိုင်းရေးမှူး လိုအပ်သည်၊ သို့မဟုတ် ဒုတိယ အသုံးပြုသူတစ်ဦးက ၎င်း၏ လျှို့ဝှက်စာကြောင်းဖြင့် အတည်ပြုရမည်။</translation>
    </message>
    <message>
        <source>Give the reason for erasing (it is kept; the person&apos;s data is not).</source>
        <translation type="unfinished">ဖျက်ရသည့် အကြောင်းရင်းကို ထည့်ပါ (အကြောင်းရင်းကို သိမ်းထားမည်၊ ထိုသူ၏ အချက်အလက်ကို မသိမ်းပါ)။</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished">အကြောင်းရင်းသည် စာလုံး %1 လုံးထက် ရှည်နေသည်။</translation>
    </message>
</context>
<context>
    <name>Cbor</name>
    <message>
        <source>unexpected bytes after the end of the data</source>
        <translation type="unfinished">ဒေတာ အဆုံးသတ်ပြီးနောက် မမျှော်လင့်သော ဘိုက်များ ရှိနေသည်</translation>
    </message>
    <message>
        <source>indefinite or reserved length</source>
        <translation type="unfinished">အရှည် အတိအကျ မသတ်မှတ်ထားပါ သို့မဟုတ် ချန်ထားသော အရှည်ကို သုံးထားသည်</translation>
    </message>
    <message>
        <source>the data ends in the middle of an item</source>
        <translation type="unfinished">ဒေတာသည် အချက်တစ်ခု၏ အလယ်တွင် ပြတ်သွားသည်</translation>
    </message>
    <message>
        <source>an integer is not in its shortest form</source>
        <translation type="unfinished">ကိန်းပြည့်တစ်ခုသည် အတိုဆုံးပုံစံဖြင့် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation type="unfinished">ဒေတာ၏ အဆင့်ဆင့် အထပ်များ များလွန်းသည်</translation>
    </message>
    <message>
        <source>the data holds too many items</source>
        <translation type="unfinished">ဒေတာတွင် အချက်များ များလွန်းသည်</translation>
    </message>
    <message>
        <source>unsupported simple value or floating-point number</source>
        <translation type="unfinished">မပံ့ပိုးသော ရိုးရှင်းတန်ဖိုး သို့မဟုတ် ဒဿမကိန်း</translation>
    </message>
    <message>
        <source>tagged items are not accepted</source>
        <translation type="unfinished">tag တပ်ထားသော အချက်များကို လက်မခံပါ</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation type="unfinished">ကိန်းပြည့်သည် ခွင့်ပြုထားသော အတိုင်းအတာ ပြင်ပတွင် ရှိသည်</translation>
    </message>
    <message>
        <source>a string is longer than allowed</source>
        <translation type="unfinished">စာတန်းတစ်ခုသည် ခွင့်ပြုထားသည်ထက် ရှည်နေသည်</translation>
    </message>
    <message>
        <source>the data ends in the middle of a string</source>
        <translation type="unfinished">ဒေတာသည် စာတန်းတစ်ခု၏ အလယ်တွင် ပြတ်သွားသည်</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation type="unfinished">စာတန်းတစ်ခုသည် မှန်ကန်သော UTF-8 မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>a map key must be an integer or a string</source>
        <translation type="unfinished">map ၏ key သည် ကိန်းပြည့် သို့မဟုတ် စာတန်း ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>a map holds the same key twice</source>
        <translation type="unfinished">map တစ်ခုတွင် key တစ်ခုတည်း နှစ်ကြိမ် ပါနေသည်</translation>
    </message>
    <message>
        <source>map keys are not in canonical order</source>
        <translation type="unfinished">map ၏ key များသည် စံအစီအစဉ်အတိုင်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>unknown item type</source>
        <translation type="unfinished">မသိသော အချက်အမျိုးအစား</translation>
    </message>
    <message>
        <source>the data is empty</source>
        <translation type="unfinished">ဒေတာ ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>the data is larger than allowed</source>
        <translation type="unfinished">ဒေတာသည် ခွင့်ပြုထားသည်ထက် ကြီးနေသည်</translation>
    </message>
</context>
<context>
    <name>Changeset</name>
    <message>
        <source>malformed changeset: %1</source>
        <translation type="unfinished">ပြောင်းလဲမှုအစု (changeset) ပုံစံ မှားနေသည်: %1</translation>
    </message>
    <message>
        <source>not a map</source>
        <translation type="unfinished">map မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>changeset format %1 is not supported by this Corridor</source>
        <translation type="unfinished">ဤ Corridor သည် changeset ပုံစံ %1 ကို မပံ့ပိုးပါ</translation>
    </message>
    <message>
        <source>unknown entry</source>
        <translation type="unfinished">မသိသော အချက်</translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished">ရေးသူ</translation>
    </message>
    <message>
        <source>sequence or clock</source>
        <translation type="unfinished">အစဉ်နံပါတ် သို့မဟုတ် နာရီ</translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished">မှတ်တမ်း</translation>
    </message>
    <message>
        <source>operation</source>
        <translation type="unfinished">လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished">အကွက်များ</translation>
    </message>
    <message>
        <source>too many fields</source>
        <translation type="unfinished">အကွက်များ များလွန်းသည်</translation>
    </message>
    <message>
        <source>field name</source>
        <translation type="unfinished">အကွက်အမည်</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished">အကွက် %1</translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished">ဒစ်ဂျစ်တယ် လက်မှတ်</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished">မသိသော option --%1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished">--%1 တွင် တန်ဖိုး မထည့်ရပါ</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished">--%1 အတွက် တန်ဖိုး လိုအပ်သည်</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation type="unfinished">--%1 ကို နှစ်ကြိမ် ပေးထားသည်</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>no passphrase given: use --passphrase-file FILE (or - for standard input)</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း မပေးထားပါ: --passphrase-file FILE ကို သုံးပါ (standard input အတွက် - ကို သုံးပါ)</translation>
    </message>
    <message>
        <source>no passphrase was typed</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း ရိုက်မထည့်ခဲ့ပါ</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">အမှား: %1</translation>
    </message>
    <message>
        <source>usage error: %1 (see corridor-cli help)</source>
        <translation type="unfinished">အသုံးပြုပုံ အမှား: %1 (corridor-cli help ကို ကြည့်ပါ)</translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation type="unfinished">standard input ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished">ဖိုင် %1 မရှိပါ</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation type="unfinished">ဖိုင် %1 ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>the passphrase file is larger than %1 bytes</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း ဖိုင်သည် %1 ဘိုက်ထက် ကြီးနေသည်</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း ဖိုင် ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished">နောက်တစ်ကြိမ် ရိုက်ထည့်ပါ:</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း နှစ်ခု မတူပါ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>there is no vault in %1 (create one with: corridor-cli init …)</source>
        <translation type="unfinished">%1 တွင် လုံခြုံသိုလှောင်ခန်း မရှိပါ (ဖန်တီးရန်: corridor-cli init …)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း:</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The unique identifier code (UIC) is required.</source>
        <translation type="unfinished">လူတစ်ဦးချင်း သီးခြားကုဒ် (UIC) ထည့်ရန် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The UIC may hold only letters, digits, spaces and dashes, at most 40 of them.</source>
        <translation type="unfinished">UIC တွင် စာလုံး၊ ဂဏန်း၊ ကွက်လပ်နှင့် တုံးတို (-) များသာ ပါနိုင်ပြီး စုစုပေါင်း 40 လုံးထက် မပိုရပါ။</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <source>province of origin</source>
        <translation type="unfinished">မူရင်း ပြည်နယ်/တိုင်း</translation>
    </message>
    <message>
        <source>current location</source>
        <translation type="unfinished">လက်ရှိနေရာ</translation>
    </message>
    <message>
        <source>intended destination</source>
        <translation type="unfinished">သွားရန် ရည်ရွယ်သည့်နေရာ</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">ART ဆေးထုတ်ယူရာ နေရာ</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished">%1 သည် စာလုံး %2 လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished">မှတ်ချက်များသည် စာလုံး %1 လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, dashes and a leading +, and needs at least three digits.</source>
        <translation type="unfinished">ဖုန်းနံပါတ်တွင် ဂဏန်း၊ ကွက်လပ်၊ တုံးတို (-) နှင့် ရှေ့ဆုံးတွင် + သာ ပါနိုင်ပြီး ဂဏန်း အနည်းဆုံး သုံးလုံး ပါရမည်။</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation type="unfinished">မွေးနှစ်သည် 1900 နှင့် %1 ကြား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2.</source>
        <translation type="unfinished">&apos;%1&apos; သည် မှန်ကန်သော %2 မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country code (use KH, LA, MM, TH, VN, CN, MY, XX or ZZ).</source>
        <translation type="unfinished">&apos;%1&apos; သည် မှန်ကန်သော နိုင်ငံကုဒ် မဟုတ်ပါ (KH, LA, MM, TH, VN, CN, MY, XX သို့မဟုတ် ZZ ကို သုံးပါ)။</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known language code.</source>
        <translation type="unfinished">&apos;%1&apos; သည် မှန်ကန်သော ဘာသာစကားကုဒ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>A person on ART must have HIV status &apos;positive&apos;.</source>
        <translation type="unfinished">ART ဆေးကုသမှု ခံယူနေသူ၏ HIV အခြေအနေသည် &apos;ပိုးရှိ&apos; ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>Record the date on which consent was given.</source>
        <translation type="unfinished">သဘောတူညီခဲ့သည့် ရက်စွဲကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation type="unfinished">သဘောတူညီသည့် ရက်စွဲသည် နောက်ရောက်မည့်ရက် (အနာဂတ်) ဖြစ်နေသည်။</translation>
    </message>
</context>
<context>
    <name>Compression</name>
    <message>
        <source>the decompressor could not start</source>
        <translation type="unfinished">ချုံ့ထားသည်ကို ပြန်ဖြည်သည့် စနစ် စတင်၍ မရပါ</translation>
    </message>
    <message>
        <source>the compressed content is damaged</source>
        <translation type="unfinished">ချုံ့ထားသော အကြောင်းအရာ ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>the content expands to more than %1 MiB; refused</source>
        <translation type="unfinished">အကြောင်းအရာကို ပြန်ဖြည်လျှင် %1 MiB ထက် ကြီးသွားသည်။ ငြင်းပယ်လိုက်သည်</translation>
    </message>
    <message>
        <source>the compressed content is truncated</source>
        <translation type="unfinished">ချုံ့ထားသော အကြောင်းအရာ ပြတ်တောက်နေသည်</translation>
    </message>
    <message>
        <source>unexpected bytes after the compressed content</source>
        <translation type="unfinished">ချုံ့ထားသော အကြောင်းအရာ၏ နောက်တွင် မမျှော်လင့်သော ဘိုက်များ ရှိနေသည်</translation>
    </message>
</context>
<context>
    <name>ContentCommands</name>
    <message>
        <source>Showing the built-in content; give --passphrase-file to see a pack imported into the vault.</source>
        <translation type="unfinished">ပါဝင်ပြီးသား အကြောင်းအရာကို ပြနေသည်။ လုံခြုံသိုလှောင်ခန်းထဲသို့ တင်သွင်းထားသော အကြောင်းအရာထုပ်ကို ကြည့်ရန် --passphrase-file ကို ပေးပါ။</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an attendee is NAME,SEX[,ROLE[,PRE[,POST]]]</source>
        <translation type="unfinished">&quot;%1&quot;: တက်ရောက်သူကို NAME,SEX[,ROLE[,PRE[,POST]]] ပုံစံဖြင့် ရေးပါ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test score (0–100).</source>
        <translation type="unfinished">&quot;%1&quot; သည် စစ်ဆေးမှု ရမှတ် (0–100) မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>  curriculum: %1 modules, %2 lessons</source>
        <translation type="unfinished">  သင်ရိုးညွှန်းတမ်း: မော်ဂျူး %1 ခု၊ သင်ခန်းစာ %2 ခု</translation>
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
        <translation type="unfinished">အကြောင်းအရာထုပ် ဗားရှင်း %1 ကို တင်သွင်းပြီးပါပြီ (ယခင် %2)၊ %3 က လက်မှတ်ထိုးထားသည်။</translation>
    </message>
    <message>
        <source>content build --source FOLDER --out FILE.corridor-pack</source>
        <translation type="unfinished">content build --source FOLDER --out FILE.corridor-pack</translation>
    </message>
    <message>
        <source>Only a coordinator or a trainer publishes content packs.</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူး သို့မဟုတ် သင်တန်းဆရာသာ အကြောင်းအရာထုပ်များကို ထုတ်ဝေနိုင်သည်။</translation>
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
        <translation type="unfinished">--lang သည် en, km, lo, my, th ထဲမှ တစ်ခု ဖြစ်ရမည်</translation>
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
        <translation type="unfinished">&quot;%1&quot; သည် ရက်စွဲ (YYYY-MM-DD) မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>%1  %2 sessions  %3 people (%4 female, %5 male, %6 other)</source>
        <translation type="unfinished">%1  သင်တန်း %2 ကြိမ်  လူ %3 ဦး (အမျိုးသမီး %4၊ အမျိုးသား %5၊ အခြား %6)</translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>The built-in content is missing from this build.</source>
        <translation type="unfinished">ဤ Corridor ဗားရှင်း (build) တွင် ပါဝင်ပြီးသား အကြောင်းအရာ မပါပါ။</translation>
    </message>
    <message>
        <source>The pack is signed by %1, which is not a trusted publisher here. Only packs signed by an enrolled coordinator or trainer can be imported.</source>
        <translation type="unfinished">ဤအထုပ်ကို %1 က လက်မှတ်ထိုးထားသည်။ ၎င်းသည် ဤနေရာတွင် ယုံကြည်ရသော ထုတ်ဝေသူ မဟုတ်ပါ။ စာရင်းသွင်းထားသော ညှိနှိုင်းရေးမှူး သို့မဟုတ် သင်တန်းဆရာက လက်မှတ်ထိုးထားသော အထုပ်များကိုသာ တင်သွင်းနိုင်သည်။</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match its contents: it was changed after it was signed.</source>
        <translation type="unfinished">အထုပ်၏ လက်မှတ်သည် ၎င်း၏ အကြောင်းအရာနှင့် မကိုက်ညီပါ: လက်မှတ်ထိုးပြီးနောက် ပြောင်းလဲခံထားရသည်။</translation>
    </message>
    <message>
        <source>The pack&apos;s signed label does not match the pack inside.</source>
        <translation type="unfinished">အထုပ်၏ လက်မှတ်ထိုးထားသော အညွှန်းသည် အတွင်းရှိ အထုပ်နှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <source>This pack is &quot;%1&quot;, not Corridor&apos;s booklet and curriculum (&quot;%2&quot;).</source>
        <translation type="unfinished">ဤအထုပ်သည် &quot;%1&quot; ဖြစ်သည်၊ Corridor ၏ လက်ကမ်းစာစောင်နှင့် သင်ရိုးညွှန်းတမ်း (&quot;%2&quot;) မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>This pack is version %1; this laptop already has version %2. Only a newer pack replaces it.</source>
        <translation type="unfinished">ဤအထုပ်သည် ဗားရှင်း %1 ဖြစ်သည်။ ဤလက်ပ်တော့တွင် ဗားရှင်း %2 ရှိပြီးသား ဖြစ်သည်။ ပိုသစ်သော အထုပ်ကသာ ၎င်းကို အစားထိုးနိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>ContentPack</name>
    <message>
        <source>English</source>
        <translation type="unfinished">အင်္ဂလိပ်</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished">ခမာ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">လာအို</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished">မြန်မာ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished">ထိုင်း</translation>
    </message>
    <message>
        <source>The content pack is malformed: %1.</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်၏ ပုံစံ မှားနေသည်: %1။</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation type="unfinished">&quot;%1&quot; မပါပါ သို့မဟုတ် စာသား မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished">&quot;%1&quot; သည် မှန်ကန်သော id မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a map of languages</source>
        <translation type="unfinished">&quot;%1&quot; သည် ဘာသာစကားများ၏ map မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an entry that is not one of the languages en, km, lo, my, th</source>
        <translation type="unfinished">&quot;%1&quot; တွင် en, km, lo, my, th ဘာသာစကားများထဲမှ မဟုတ်သော အချက်တစ်ခု ပါနေသည်</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list</source>
        <translation type="unfinished">&quot;%1&quot; မပါပါ သို့မဟုတ် စာရင်း (list) မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>The content pack has more than %1 entries in &quot;%2&quot;.</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်၏ &quot;%2&quot; တွင် အချက် %1 ခုထက် ပိုများနေသည်။</translation>
    </message>
    <message>
        <source>The content pack is empty.</source>
        <translation type="unfinished">အကြောင်းအရာထုပ် ဗလာဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>The content pack is larger than %1 MB.</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်သည် %1 MB ထက် ကြီးနေသည်။</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်</translation>
    </message>
    <message>
        <source>it is not a map</source>
        <translation type="unfinished">map မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it has no format number</source>
        <translation type="unfinished">ပုံစံ နံပါတ် မပါပါ</translation>
    </message>
    <message>
        <source>The content pack uses format %1; this version of Corridor reads format %2. Update Corridor to use it.</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်သည် ပုံစံ %1 ကို သုံးထားသည်။ ဤ Corridor ဗားရှင်းသည် ပုံစံ %2 ကိုသာ ဖတ်နိုင်သည်။ ၎င်းကို သုံးရန် Corridor ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>the version is not a positive whole number</source>
        <translation type="unfinished">ဗားရှင်းသည် 0 ထက်ကြီးသော ကိန်းပြည့် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>lesson %1 has no duration in minutes</source>
        <translation type="unfinished">သင်ခန်းစာ %1 တွင် ကြာချိန် (မိနစ်) မပါပါ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pack id</source>
        <translation type="unfinished">&quot;%1&quot; သည် မှန်ကန်သော အထုပ် id မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the booklet has no sections</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်တွင် အပိုင်း တစ်ခုမှ မပါပါ</translation>
    </message>
    <message>
        <source>The booklet has no %1 title.</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်တွင် %1 ဘာသာဖြင့် ခေါင်းစဉ် မပါပါ။</translation>
    </message>
    <message>
        <source>the section %1 appears twice</source>
        <translation type="unfinished">အပိုင်း %1 သည် နှစ်ကြိမ် ပါနေသည်</translation>
    </message>
    <message>
        <source>The booklet section &quot;%1&quot; has no %2 text.</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်၏ အပိုင်း &quot;%1&quot; တွင် %2 ဘာသာဖြင့် စာသား မပါပါ။</translation>
    </message>
    <message>
        <source>the module %1 appears twice</source>
        <translation type="unfinished">မော်ဂျူး %1 သည် နှစ်ကြိမ် ပါနေသည်</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; has no English text.</source>
        <translation type="unfinished">မော်ဂျူး &quot;%1&quot; တွင် အင်္ဂလိပ် စာသား မပါပါ။</translation>
    </message>
    <message>
        <source>the lesson %1/%2 appears twice</source>
        <translation type="unfinished">သင်ခန်းစာ %1/%2 သည် နှစ်ကြိမ် ပါနေသည်</translation>
    </message>
    <message>
        <source>The lesson &quot;%1/%2&quot; has no English text.</source>
        <translation type="unfinished">သင်ခန်းစာ &quot;%1/%2&quot; တွင် အင်္ဂလိပ် စာသား မပါပါ။</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 ကို ဖတ်၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB.</source>
        <translation type="unfinished">%1 သည် %2 KB ထက် ကြီးနေသည်။</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished">%1 သည် UTF-8 စာသား မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished">%1 သည် JSON object မဟုတ်ပါ: %2</translation>
    </message>
    <message>
        <source>pack.json needs a &quot;version&quot; of 1 or more.</source>
        <translation type="unfinished">pack.json တွင် 1 သို့မဟုတ် ထို့ထက်ကြီးသော &quot;version&quot; လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The lesson %1/%2 needs &quot;minutes&quot; in the manifest.</source>
        <translation type="unfinished">သင်ခန်းစာ %1/%2 အတွက် manifest တွင် &quot;minutes&quot; လိုအပ်သည်။</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished">%1 မရှိပါ</translation>
    </message>
    <message>
        <source>%1 is empty (it was truncated or never written)</source>
        <translation type="unfinished">%1 ဗလာဖြစ်နေသည် (ပြတ်တောက်သွား၍ သို့မဟုတ် ဘယ်တော့မှ မရေးခဲ့၍)</translation>
    </message>
    <message>
        <source>%1 is truncated: its size is not a whole number of pages</source>
        <translation type="unfinished">%1 ပြတ်တောက်နေသည်: ၎င်း၏ အရွယ်အစားသည် စာမျက်နှာ အပြည့်အစုံ မဖြစ်ပါ</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished">%1 ရှိပြီးသား ဖြစ်သည်</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished">%1 ကို ဖွင့်၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>the database key could not be set</source>
        <translation type="unfinished">ဒေတာဘေ့စ် သော့ကို သတ်မှတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>the database library in this process cannot encrypt (SQLCipher is not active); Corridor refuses to run rather than write data in the clear</source>
        <translation type="unfinished">ဤပရိုဂရမ်ရှိ ဒေတာဘေ့စ် library သည် စာဝှက်၍ မရပါ (SQLCipher အလုပ်မလုပ်ပါ)။ ဒေတာကို စာဝှက်မထားဘဲ မရေးမိစေရန် Corridor ကို ဆက်မဖွင့်ပါ</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with the key from vault.keys: the file is damaged or was altered, or vault.db and vault.keys come from different vaults</source>
        <translation type="unfinished">vault.keys မှ သော့ဖြင့် %1 ကို စာဝှက်ဖြည်၍ မရပါ: ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် ပြင်ဆင်ခံထားရသည်၊ သို့မဟုတ် vault.db နှင့် vault.keys တို့သည် မတူညီသော လုံခြုံသိုလှောင်ခန်းများမှ ဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>%1 is not encrypted; Corridor refuses to open or write it</source>
        <translation type="unfinished">%1 ကို စာဝှက်မထားပါ။ Corridor က ၎င်းကို မဖွင့်ပါ၊ မရေးပါ</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation type="unfinished">%1 သည် မပျက်မစီး ရှိမရှိ စစ်ဆေးမှုတွင် မအောင်ပါ: %2</translation>
    </message>
    <message>
        <source>the disk is full: %1 could not be written. Free some space and try again; nothing was saved</source>
        <translation type="unfinished">ဒစ်ခ် ပြည့်နေသည်: %1 ကို ရေး၍ မရပါ။ နေရာ အချို့ ရှင်းပြီး ထပ်ကြိုးစားပါ။ ဘာမှ မသိမ်းရသေးပါ</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered (a page failed its integrity check): %2</source>
        <translation type="unfinished">%1 ပျက်စီးနေသည် သို့မဟုတ် ပြင်ဆင်ခံထားရသည် (စာမျက်နှာတစ်ခု မပျက်မစီး ရှိမရှိ စစ်ဆေးမှုတွင် မအောင်ပါ): %2</translation>
    </message>
    <message>
        <source>%1 is busy: another Corridor window or command is using it</source>
        <translation type="unfinished">%1 ကို အခြားတစ်ခုက သုံးနေသည်: အခြား Corridor ဝင်းဒိုး သို့မဟုတ် command တစ်ခုက သုံးနေသည်</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: %2</source>
        <translation type="unfinished">%1 ကို ဖတ်၍ သို့မဟုတ် ရေး၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation type="unfinished">%1 တွင် ဒေတာဘေ့စ် အမှား: %2</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>not a valid device card: %1</source>
        <translation type="unfinished">မှန်ကန်သော စက်ကတ် မဟုတ်ပါ: %1</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation type="unfinished">ရှည်လွန်းသည်</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation type="unfinished">%1 ဖြင့် မစပါ</translation>
    </message>
    <message>
        <source>it is not a Corridor device card</source>
        <translation type="unfinished">Corridor စက်ကတ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>this device card has a format version this Corridor does not know</source>
        <translation type="unfinished">ဤစက်ကတ်၏ ပုံစံ ဗားရှင်းကို ဤ Corridor က မသိပါ</translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation type="unfinished">အကွက်တစ်ခု မပါပါ သို့မဟုတ် ပုံစံ မှားနေသည်</translation>
    </message>
    <message>
        <source>the device card&apos;s signature does not match its contents</source>
        <translation type="unfinished">စက်ကတ်၏ လက်မှတ်သည် ၎င်း၏ အကြောင်းအရာနှင့် မကိုက်ညီပါ</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">စာဝှက်စနစ် library ကို စတင်၍ မရပါ</translation>
    </message>
    <message>
        <source>the device key has the wrong length</source>
        <translation type="unfinished">စက်သော့၏ အရှည် မှားနေသည်</translation>
    </message>
    <message>
        <source>the device key is damaged</source>
        <translation type="unfinished">စက်သော့ ပျက်စီးနေသည်</translation>
    </message>
</context>
<context>
    <name>DropFolderSync</name>
    <message>
        <source>the inbox folder %1 does not exist</source>
        <translation type="unfinished">အဝင် ဖိုဒါ %1 မရှိပါ</translation>
    </message>
    <message>
        <source>not for this device</source>
        <translation type="unfinished">ဤစက်အတွက် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>written by this device</source>
        <translation type="unfinished">ဤစက်က ရေးထားသည်</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">တင်သွင်းပြီး</translation>
    </message>
    <message>
        <source>the outbox folder %1 cannot be created</source>
        <translation type="unfinished">အထွက် ဖိုဒါ %1 ကို ဖန်တီး၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>%1 has the same UIC</source>
        <translation type="unfinished">%1 တွင် UIC တူညီနေသည်</translation>
    </message>
    <message>
        <source>%1 has the same phone number</source>
        <translation type="unfinished">%1 တွင် ဖုန်းနံပါတ် တူညီနေသည်</translation>
    </message>
    <message>
        <source>%1 has a very similar name and the same birth year</source>
        <translation type="unfinished">%1 တွင် အမည် အလွန်ဆင်တူပြီး မွေးနှစ်လည်း တူညီနေသည်</translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>The contact must belong to a case file.</source>
        <translation type="unfinished">ဆက်သွယ်မှုသည် ကိုယ်ရေးမှတ်တမ်းတစ်ခုတွင် ပါဝင်ရမည်။</translation>
    </message>
    <message>
        <source>The date of the contact is required (YYYY-MM-DD).</source>
        <translation type="unfinished">ဆက်သွယ်သည့် ရက်စွဲ လိုအပ်သည် (YYYY-MM-DD)။</translation>
    </message>
    <message>
        <source>The date of the contact is in the future.</source>
        <translation type="unfinished">ဆက်သွယ်သည့် ရက်စွဲသည် နောက်ရောက်မည့်ရက် (အနာဂတ်) ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind of contact.</source>
        <translation type="unfinished">&apos;%1&apos; သည် မှန်ကန်သော ဆက်သွယ်မှု အမျိုးအစား မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known service.</source>
        <translation type="unfinished">&apos;%1&apos; သည် မှန်ကန်သော ဝန်ဆောင်မှု မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished">မှတ်ချက်များသည် စာလုံး %1 လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>The next follow-up date is before the contact.</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မည့် ရက်စွဲသည် ဤဆက်သွယ်သည့်ရက် မတိုင်မီ ဖြစ်နေသည်။</translation>
    </message>
</context>
<context>
    <name>EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished">ဆက်သွယ်မှု မှတ်တမ်းတင်ခြင်း</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">ရက်စွဲ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation type="unfinished">ဆက်သွယ်မှု အမျိုးအစား (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Services given</source>
        <translation type="unfinished">ပေးခဲ့သော ဝန်ဆောင်မှုများ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished">မှတ်ချက်များ (&amp;N)</translation>
    </message>
    <message>
        <source>Plan the next &amp;follow-up on</source>
        <translation type="unfinished">နောက်တစ်ကြိမ် ဆက်သွယ်ရန် စီစဉ်သည့်ရက် (&amp;F)</translation>
    </message>
    <message>
        <source>This contact completes the follow-ups due by this date</source>
        <translation type="unfinished">ဤဆက်သွယ်မှုဖြင့် ဤရက်အထိ ရက်ကျနေသော နောက်ဆက်တွဲ ဆက်သွယ်မှုများ ပြီးဆုံးသည်</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Case file</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">ဆက်သွယ်မှု</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှု</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">စက်</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">စေတနာ့ဝန်ထမ်း</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished">သင်တန်းဆရာ</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">လိင်</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">မွေးနှစ်</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished">အသက်အုပ်စု</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">နိုင်ငံသား</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">ပြောသော ဘာသာစကားများ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ဖုန်း</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished">မူရင်းနိုင်ငံ</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation type="unfinished">မူရင်း ပြည်နယ်/တိုင်း</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation type="unfinished">လက်ရှိနေရာ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished">သွားမည့်နေရာ</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation type="unfinished">ရွှေ့ပြောင်းမှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished">အလုပ်အကိုင်</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">HIV အခြေအနေ</translation>
    </message>
    <message>
        <source>On ART</source>
        <translation type="unfinished">ART (HIV ဆေးကုသမှု) ခံယူနေ</translation>
    </message>
    <message>
        <source>ART site</source>
        <translation type="unfinished">ART ဆေးထုတ်ယူရာ နေရာ</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished">သဘောတူညီသည့်ရက်</translation>
    </message>
    <message>
        <source>Consent to keep records</source>
        <translation type="unfinished">မှတ်တမ်းထားရန် သဘောတူညီချက်</translation>
    </message>
    <message>
        <source>Consent to contact by phone</source>
        <translation type="unfinished">ဖုန်းဖြင့် ဆက်သွယ်ရန် သဘောတူညီချက်</translation>
    </message>
    <message>
        <source>Consent to share with partner</source>
        <translation type="unfinished">မိတ်ဖက်နှင့် မျှဝေရန် သဘောတူညီချက်</translation>
    </message>
    <message>
        <source>Assigned volunteer</source>
        <translation type="unfinished">တာဝန်ယူသည့် စေတနာ့ဝန်ထမ်း</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း အခြေအနေ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">မှတ်ချက်များ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">ရက်စွဲ</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished">ဆက်သွယ်မှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">ဝန်ဆောင်မှုများ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">နောက်တစ်ကြိမ် ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished">မှတ်တမ်းတင်သူ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">ရက်ချိန်း</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">အကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ပြီးပြီ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">ပြီးဆုံးသည့်ရက်</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished">(ဗလာ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ဟုတ်ကဲ့</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The follow-up must belong to a case file.</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှုသည် ကိုယ်ရေးမှတ်တမ်းတစ်ခုတွင် ပါဝင်ရမည်။</translation>
    </message>
    <message>
        <source>The follow-up needs a due date (YYYY-MM-DD).</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှုအတွက် ရက်ချိန်း (YYYY-MM-DD) လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished">အကြောင်းရင်းသည် စာလုံး %1 လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>Record the date on which the follow-up was done.</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှု ပြီးဆုံးခဲ့သည့် ရက်စွဲကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Planned at a contact</source>
        <translation type="unfinished">ဆက်သွယ်စဉ်က ချိန်းထားသည်</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished">နောက်ဆက်တွဲ ဆက်သွယ်မှု စီစဉ်ခြင်း</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished">ရက်ချိန်း (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">အကြောင်းရင်း (&amp;R)</translation>
    </message>
    <message>
        <source>e.g. check that medicine was refilled</source>
        <translation type="unfinished">ဥပမာ - ဆေး ပြန်ထုတ်ယူပြီးကြောင်း စစ်ဆေးရန်</translation>
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

လုံခြုံသိုလှောင်ခန်း (vault) သည် DIR ဖြစ်သည်၊ မပေးထားလျှင် $CORRIDOR_VAULT၊ ၎င်းလည်း မရှိလျှင် ~/.local/share/Corridor/vault ဖြစ်သည်။
လျှို့ဝှက်စာကြောင်းကို --passphrase-file မှ ယူသည် (ပထမစာကြောင်း၊ - ဆိုလျှင် standard input မှ ဖတ်သည်)၊
သို့မဟုတ် terminal တွင် မေးမည်။ command line ပေါ်တွင် တိုက်ရိုက် ဘယ်တော့မှ မထည့်ရပါ။

  init --user NAME --role volunteer|coordinator|trainer --org CRC|LRC|MRCS|TRCS --branch NAME
       [--device-name NAME] [--language km|lo|th|my|en] [--kdf calibrated|minimum]
                                 လုံခြုံသိုလှောင်ခန်း ဖန်တီးသည်၊ &quot;recovery key: KEY&quot; (ပြန်လည်ဖွင့်ရန်သော့) ကို တစ်ကြိမ်သာ ပြသည်
  case add --uic CODE [--name NAME] [--sex female|male|other|unknown] [--birth-year YYYY]
       [--age-band 25-29] [--phone P] [--nationality KH|LA|MM|TH|…] [--languages km,th]
       [--origin-country CC] [--origin-province P] [--location L] [--destination D]
       [--migration-status documented|pending|undocumented|returned|prospective|unknown]
       [--occupation CODE] [--hiv-status unknown|negative|positive] [--on-art yes|no]
       [--art-site S] [--consent keep,contact,share-partner] [--consent-date YYYY-MM-DD]
       [--status active|closed|lost] [--notes TEXT]
                                 ကိုယ်ရေးမှတ်တမ်းအသစ်၏ id ကို ပြသည်
  case edit ID [case add ၏ option များ]   (တန်ဖိုး ဗလာထည့်လျှင် ထိုအကွက်ကို ရှင်းလင်းသည်)
  case list [--status S] [--due] [--limit N] [--json]
  case search TEXT [--json]      UIC၊ အမည်၊ ဖုန်း သို့မဟုတ် နေရာဖြင့် ရှာသည်၊ စကားလုံး၏ တစ်စိတ်တစ်ပိုင်း ရိုက်လျှင်လည်း ရသည်
  case show ID [--json]          ID နေရာတွင် id ၏ ရှေ့ဆုံးစာလုံးများ သို့မဟုတ် UIC ကို ထည့်နိုင်သည်
  encounter add --case ID [--date YYYY-MM-DD] [--kind outreach|phone|message|home|office|
       accompaniment|group] [--services info,condoms,testing,…] [--notes T]
       [--next-followup YYYY-MM-DD] [--keep-followups-open]
  encounter list --case ID [--json]
  followup due [--within DAYS] [--mine] [--json]    ရက်လွန်နေသည်များနှင့် မကြာမီ ရက်ကျမည့်များ (မူလ 7 ရက်)
  followup add --case ID --due YYYY-MM-DD [--reason T]
  followup done ID [--date YYYY-MM-DD] [--undo]
  passwd --new-passphrase-file FILE
  recover --recovery-key-file FILE --new-passphrase-file FILE [--user NAME]
  user add --name NAME --role ROLE --new-passphrase-file FILE;  user list [--json]
  audit [--case ID] [--limit N] [--json]           ညှိနှိုင်းရေးမှူးများသာ
  info [--json];  check;  demo --cases N [--seed S]

ထွက်ခွာမှု အခြေအနေ (exit status): 0 အောင်မြင်သည်၊ 1 အမှား (အကြောင်းကို standard error တွင် ပြသည်)၊ 2 အသုံးပြုပုံ အမှား။</translation>
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

ထပ်တူညှိခြင်း (လက်မှတ်ထိုးပြီး စာဝှက်ထားသော ဒေတာထုပ်များ၊ core/sync/README.md ကိုကြည့်ပါ):
  device id                      ဤလက်ပ်တော့၏ စက် ID
  device card --out FILE [--png FILE]   ဤလက်ပ်တော့၏ စက်ကတ် (နှင့် ၎င်း၏ QR ကုဒ်ကို ပုံအဖြစ်)
  device enrol FILE|IMAGE        သင့်အသင်း၏ စက်ကို ၎င်း၏ကတ်မှ ယုံကြည်ရန်
                                 သို့မဟုတ် မိတ်ဖက်အသင်းကို ၎င်း၏ ညှိနှိုင်းရေးမှူးကတ်မှ မှတ်ပုံတင်ရန်
  device revoke ID;  device list [--json]
  device pubkey --minisign --out FILE   ဤလက်ပ်တော့၏ သော့၊ minisign -V အတွက်
  device age-identity --out FILE        ဤလက်ပ်တော့၏ လျှို့ဝှက်သော့၊ age -d အတွက်
                                 (စကားဝှက်ကို ထပ်မေးမည်၊ ဖိုင်ကို လုံခြုံစွာ သိမ်းပါ)
  bundle export --peer DEVICE_ID --out FILE
  bundle import FILE… [--json]   ဒေတာထုပ် ငြင်းပယ်ခံရပါက 1 ဖြင့် ထွက်မည်
  bundle inspect FILE [--json]   ခေါင်းစီးအချက်များ၊ စာဝှက်မဖြည်ဘဲ
  conflicts list [--json]
  conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)
  case history ID [--json];  case erase ID --reason TEXT
       [--second-user NAME --second-passphrase-file FILE]   (စေတနာ့ဝန်ထမ်းအတွက် ဒုတိယအသုံးပြုသူ လိုအပ်သည်)
  sync [--inbox DIR] [--outbox DIR] [--json]   ဒေတာထုပ်အသစ်များ တင်သွင်းပြီး အခြားစက်များအတွက် ဒေတာထုပ်များ ရေးမည်
  sync folders --inbox DIR --outbox DIR;  sync status [--json]
  dump --canonical               ထပ်တူညှိထားသော မှတ်တမ်းအားလုံး၏ လက်ရှိအခြေအနေ၊ စီထားပြီး</translation>
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

ညွှန်းပို့မှုများ (မိတ်ဖက် နိုင်ငံ့ကြက်ခြေနီအသင်းသည် ၎င်းထံ ပို့သော ညွှန်းပို့မှုများကိုသာ လက်ခံရရှိသည်):
  site list [--country KH|LA|MM|TH] [--json]        သင့်ဌာနခွဲ သိမ်းထားသည့်အတိုင်း ဝန်ဆောင်မှုနေရာ စာရင်း
  site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A]
       [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S]
  site edit SITE_ID [site add ၏ option များ]   ပြင်ဆင်မှုများကို ဌာနခွဲသို့ ထပ်တူညှိသည်
  referral create --case ID --to-site SITE_ID --reason art|testing|pss|documents|other
       [--visit-before YYYY-MM-DD] [--travel-date YYYY-MM-DD] [--langs th,lo]
       [--regimen TEXT] [--last-dispense YYYY-MM-DD] [--days-supplied N]
       [--viral-load-date YYYY-MM-DD] [--viral-load-result TEXT]
       [--sender-contact TEXT] [--to-contact NAME]
                                 ညွှန်းပို့ကုဒ်ကို ပြသည်၊ မိတ်ဖက်ထံ ပို့ရန် ဝန်ဆောင်မှုခံယူသူ၏ သဘောတူညီချက် လိုအပ်သည်
  referral list [--overdue] [--json];  referral show CODE [--json]
  referral status CODE sent|received|arrived|linked|closed|declined|lost [--note TEXT]
  referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo,en] [--clinician-page] [--a4]
                                 ဘာသာစကား နှစ်မျိုး သို့မဟုတ် သုံးမျိုးဖြင့် ညွှန်းပို့စာ၊ ၎င်း၏ QR ကုဒ်ကို
                                 ပို့သည့်နှင့် လက်ခံသည့် နိုင်ငံ့ကြက်ခြေနီအသင်းများအတွက် စာဝှက်ထားသည်
  referral scan IMAGE [--json]   ညွှန်းပို့စာ၏ ဓာတ်ပုံ သို့မဟုတ် ပုံ: ညွှန်းပို့မှုကို တစ်ကြိမ်သာ ထည့်ပြီး
                                 လက်ခံရရှိကြောင်း မှတ်တမ်းတင်သည်၊ မှန်ကန်သည့်အရာ မတွေ့လျှင် 1 ဖြင့် ထွက်မည်

အကြောင်းအရာ (&quot;မသွားမီ သိထားပါ&quot; လက်ကမ်းစာစောင်၊ သင်ရိုးညွှန်းတမ်း) နှင့် သင်တန်း မှတ်တမ်းများ:
  content list [--json]          သုံးနေသော အကြောင်းအရာထုပ်: ဗားရှင်း၊ အပိုင်းများ၊ ၎င်းတို့၏ ဘာသာစကားများ
  content export-booklet --lang km[,en] --pdf FILE
                                 လက်ကမ်းစာစောင်ကို A5 စာမျက်နှာများအဖြစ်၊ ဘာသာစကား တစ်မျိုး သို့မဟုတ် နှစ်မျိုး ဘေးချင်းယှဉ်
  content import FILE            စာရင်းသွင်းထားသော ညှိနှိုင်းရေးမှူး သို့မဟုတ် သင်တန်းဆရာက လက်မှတ်ထိုးထားသော ပိုသစ်သည့် အထုပ်
  content build --source FOLDER --out FILE
                                 Markdown ရင်းမြစ်ဖိုင်များမှ အထုပ်ကို လက်မှတ်ထိုး၍ ပြုလုပ်သည် (ညှိနှိုင်းရေးမှူး သို့မဟုတ် သင်တန်းဆရာ)
  curriculum list [--json] [--lang km]
                                 မော်ဂျူးများ၊ ရည်မှန်းချက်များနှင့် ဉာဏ်စမ်းမေးခွန်းများပါသော သင်ခန်းစာများ
  training add --modules M1[,M2] --date YYYY-MM-DD --place TEXT [--trainer NAME]
               (--attendee NAME,SEX[,ROLE[,PRE[,POST]]] … | --attendees FILE.csv) [--notes TEXT]
  training list [--json];  training summary [--json]   မော်ဂျူးအလိုက်၊ လိင်အလိုက် သင်တန်းတက်ပြီးသူ အရေအတွက်</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>vault.keys is missing: without it the vault cannot be opened. Restore it from a backup of the vault folder.</source>
        <translation type="unfinished">vault.keys မရှိပါ: ၎င်းမရှိလျှင် လုံခြုံသိုလှောင်ခန်းကို ဖွင့်၍ မရပါ။ လုံခြုံသိုလှောင်ခန်း ဖိုဒါ၏ အရန်မိတ္တူ (backup) မှ ပြန်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>vault.keys is damaged: %1</source>
        <translation type="unfinished">vault.keys ပျက်စီးနေသည်: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">ဖိုင် ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>it is not readable JSON (truncated or overwritten?)</source>
        <translation type="unfinished">ဖတ်၍ရသော JSON မဟုတ်ပါ (ပြတ်တောက်သွားသလား သို့မဟုတ် အပေါ်မှ ထပ်ရေးခံရသလား?)</translation>
    </message>
    <message>
        <source>it is not a Corridor key file</source>
        <translation type="unfinished">Corridor သော့ဖိုင် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>vault.keys has format version %1; this Corridor reads version %2. Update Corridor.</source>
        <translation type="unfinished">vault.keys ၏ ပုံစံ ဗားရှင်းမှာ %1 ဖြစ်သည်။ ဤ Corridor သည် ဗားရှင်း %2 ကိုသာ ဖတ်နိုင်သည်။ Corridor ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>the vault id is missing or malformed</source>
        <translation type="unfinished">လုံခြုံသိုလှောင်ခန်း၏ id မရှိပါ သို့မဟုတ် ပုံစံ မှားနေသည်</translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation type="unfinished">သော့နေရာ (key slot) တစ်ခုမှ မပါပါ</translation>
    </message>
    <message>
        <source>it holds more key slots than allowed</source>
        <translation type="unfinished">ခွင့်ပြုထားသည်ထက် သော့နေရာ (key slot) ပိုများနေသည်</translation>
    </message>
    <message>
        <source>a key slot is incomplete</source>
        <translation type="unfinished">သော့နေရာ (key slot) တစ်ခု မပြည့်စုံပါ</translation>
    </message>
    <message>
        <source>a key slot has an unknown kind or algorithm</source>
        <translation type="unfinished">သော့နေရာ (key slot) တစ်ခုတွင် မသိသော အမျိုးအစား သို့မဟုတ် algorithm ပါနေသည်</translation>
    </message>
    <message>
        <source>its checksum is missing</source>
        <translation type="unfinished">checksum မပါပါ</translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation type="unfinished">checksum သည် ဖိုင်ပါ အကြောင်းအရာနှင့် မကိုက်ညီပါ</translation>
    </message>
    <message>
        <source>vault.keys was changed outside Corridor (its authentication code does not match). Restore it from a backup and tell your coordinator.</source>
        <translation type="unfinished">vault.keys ကို Corridor ၏ အပြင်ဘက်တွင် ပြောင်းလဲထားသည် (၎င်း၏ စစ်ဆေးကုဒ် မကိုက်ညီပါ)။ အရန်မိတ္တူ (backup) မှ ပြန်ထည့်ပြီး သင့်ညှိနှိုင်းရေးမှူးကို အသိပေးပါ။</translation>
    </message>
</context>
<context>
    <name>LessonMarkdown</name>
    <message>
        <source>The text does not start with a &quot;# Title&quot; line.</source>
        <translation type="unfinished">စာသားသည် &quot;# Title&quot; စာကြောင်းဖြင့် မစပါ။</translation>
    </message>
    <message>
        <source>The title line is empty.</source>
        <translation type="unfinished">ခေါင်းစဉ် စာကြောင်း ဗလာဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not one of the lesson parts (Objectives, Facilitator notes, Participant content, Quiz).</source>
        <translation type="unfinished">စာကြောင်း %1: &quot;%2&quot; သည် သင်ခန်းစာ အပိုင်းများ (Objectives, Facilitator notes, Participant content, Quiz) ထဲမှ တစ်ခု မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Line %1: text before the first lesson part.</source>
        <translation type="unfinished">စာကြောင်း %1: ပထမ သင်ခန်းစာ အပိုင်း မတိုင်မီ စာသား ပါနေသည်။</translation>
    </message>
    <message>
        <source>Line %1: objectives are a list of &quot;- &quot; items.</source>
        <translation type="unfinished">စာကြောင်း %1: ရည်မှန်းချက်များကို &quot;- &quot; ဖြင့် စသော စာရင်းအဖြစ် ရေးပါ။</translation>
    </message>
    <message>
        <source>Line %1: a quiz question starts with &quot;### &quot;.</source>
        <translation type="unfinished">စာကြောင်း %1: ဉာဏ်စမ်းမေးခွန်းတစ်ခုကို &quot;### &quot; ဖြင့် စရမည်။</translation>
    </message>
    <message>
        <source>Line %1: the question &quot;%2&quot; has more than one right answer.</source>
        <translation type="unfinished">စာကြောင်း %1: မေးခွန်း &quot;%2&quot; တွင် အဖြေမှန် တစ်ခုထက် ပိုပါနေသည်။</translation>
    </message>
    <message>
        <source>Line %1: in a quiz, use &quot;- [ ]&quot; or &quot;- [x]&quot; for answers and &quot;&gt; Why:&quot; for the explanation.</source>
        <translation type="unfinished">စာကြောင်း %1: ဉာဏ်စမ်းမေးခွန်းတွင် အဖြေများအတွက် &quot;- [ ]&quot; သို့မဟုတ် &quot;- [x]&quot; ကို၊ ရှင်းလင်းချက်အတွက် &quot;&gt; Why:&quot; ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs at least two answers and one marked right with &quot;- [x]&quot;.</source>
        <translation type="unfinished">မေးခွန်း &quot;%1&quot; တွင် အဖြေ အနည်းဆုံး နှစ်ခုနှင့် &quot;- [x]&quot; ဖြင့် မှန်ကြောင်း မှတ်ထားသော အဖြေ တစ်ခု လိုအပ်သည်။</translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>the signature file is malformed: %1</source>
        <translation type="unfinished">လက်မှတ်ဖိုင်၏ ပုံစံ မှားနေသည်: %1</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished">ကြီးလွန်းသည်</translation>
    </message>
    <message>
        <source>it does not have four lines</source>
        <translation type="unfinished">စာကြောင်း လေးကြောင်း မရှိပါ</translation>
    </message>
    <message>
        <source>a comment line is missing</source>
        <translation type="unfinished">မှတ်ချက် စာကြောင်းတစ်ကြောင်း မပါပါ</translation>
    </message>
    <message>
        <source>a signature line has the wrong length</source>
        <translation type="unfinished">လက်မှတ် စာကြောင်းတစ်ကြောင်း၏ အရှည် မှားနေသည်</translation>
    </message>
    <message>
        <source>only prehashed (ED) minisign signatures are accepted</source>
        <translation type="unfinished">ကြိုတင် hash လုပ်ထားသော (ED) minisign လက်မှတ်များကိုသာ လက်ခံသည်</translation>
    </message>
    <message>
        <source>the trusted comment is not valid text</source>
        <translation type="unfinished">ယုံကြည်ရသော မှတ်ချက် (trusted comment) သည် မှန်ကန်သော စာသား မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Cambodian Red Cross</source>
        <translation type="unfinished">ကမ္ဘောဒီးယား ကြက်ခြေနီအသင်း</translation>
    </message>
    <message>
        <source>Lao Red Cross</source>
        <translation type="unfinished">လာအို ကြက်ခြေနီအသင်း</translation>
    </message>
    <message>
        <source>Myanmar Red Cross Society</source>
        <translation type="unfinished">မြန်မာနိုင်ငံ ကြက်ခြေနီအသင်း</translation>
    </message>
    <message>
        <source>Thai Red Cross Society</source>
        <translation type="unfinished">ထိုင်း ကြက်ခြေနီအသင်း</translation>
    </message>
</context>
<context>
    <name>PackFile</name>
    <message>
        <source>The content pack is larger than %1 MB.</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်သည် %1 MB ထက် ကြီးနေသည်။</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished">ဖိုင် ဗလာဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: it is not a content pack.</source>
        <translation type="unfinished">ဖိုင်သည် %1 MB ထက် ကြီးနေသည်: အကြောင်းအရာထုပ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>This is not a Corridor content pack (%1).</source>
        <translation type="unfinished">ဤဖိုင်သည် Corridor အကြောင်းအရာထုပ် မဟုတ်ပါ (%1)။</translation>
    </message>
    <message>
        <source>Content pack signature</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်၏ လက်မှတ်</translation>
    </message>
    <message>
        <source>This content pack&apos;s signature file was changed after it was signed.</source>
        <translation type="unfinished">ဤအကြောင်းအရာထုပ်၏ လက်မှတ်ဖိုင်ကို လက်မှတ်ထိုးပြီးနောက် ပြောင်းလဲထားသည်။</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished">အသုံးပြုသူ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">အမည် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">တာဝန် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း အသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished">နောက်တစ်ကြိမ် ရိုက်ပါ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>PassphraseKdf</name>
    <message>
        <source>the key derivation salt has the wrong length</source>
        <translation type="unfinished">သော့ထုတ်ရန် သုံးသော salt ၏ အရှည် မှားနေသည်</translation>
    </message>
    <message>
        <source>the key derivation settings are weaker than Corridor ever writes</source>
        <translation type="unfinished">သော့ထုတ်ရန် ဆက်တင်များသည် Corridor က ရေးလေ့ရှိသည်ထက် အားနည်းနေသည်</translation>
    </message>
    <message>
        <source>the key derivation settings ask for more memory or time than allowed</source>
        <translation type="unfinished">သော့ထုတ်ရန် ဆက်တင်များသည် ခွင့်ပြုထားသည်ထက် memory သို့မဟုတ် အချိန် ပိုလိုနေသည်</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished">စာဝှက်စနစ် library ကို စတင်၍ မရပါ</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်းမှ သော့ထုတ်ရန် memory မလုံလောက်ပါ</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>The passphrase needs at least %1 characters. A short sentence in your own language is easy to remember and hard to guess.</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်းတွင် စာလုံး အနည်းဆုံး %1 လုံး လိုအပ်သည်။ ကိုယ့်ဘာသာစကားဖြင့် စာကြောင်းတိုတစ်ကြောင်းသည် မှတ်ရလွယ်ပြီး ခန့်မှန်းရခက်သည်။</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters; choose words instead.</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်းတွင် စာလုံးအနည်းငယ်ကိုသာ ထပ်ခါထပ်ခါ သုံးထားသည်။ ယင်းအစား စကားလုံးများကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished">တိုလွန်းသည်: အနည်းဆုံး စာလုံး %1 လုံး လိုသည်။</translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation type="unfinished">အားနည်းသည်: စကားလုံး အနည်းငယ် ထပ်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it strong.</source>
        <translation type="unfinished">အသင့်အတင့်: စကားလုံး တစ်လုံး နှစ်လုံး ထပ်ထည့်လျှင် ခိုင်မာလာမည်။</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">ခိုင်မာသည်။</translation>
    </message>
</context>
<context>
    <name>PracticeVault</name>
    <message>
        <source>Practice volunteer</source>
        <translation type="unfinished">လေ့ကျင့်ရေး စေတနာ့ဝန်ထမ်း</translation>
    </message>
    <message>
        <source>Practice branch</source>
        <translation type="unfinished">လေ့ကျင့်ရေး ဌာနခွဲ</translation>
    </message>
    <message>
        <source>Practice laptop</source>
        <translation type="unfinished">လေ့ကျင့်ရေး လက်ပ်တော့</translation>
    </message>
    <message>
        <source>Practice coordinator</source>
        <translation type="unfinished">လေ့ကျင့်ရေး ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>Coordinator&apos;s laptop (practice)</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူး၏ လက်ပ်တော့ (လေ့ကျင့်ရေး)</translation>
    </message>
    <message>
        <source>Practice partner coordinator</source>
        <translation type="unfinished">လေ့ကျင့်ရေး မိတ်ဖက် ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>Partner&apos;s laptop (practice)</source>
        <translation type="unfinished">မိတ်ဖက်၏ လက်ပ်တော့ (လေ့ကျင့်ရေး)</translation>
    </message>
    <message>
        <source>Practice branch office</source>
        <translation type="unfinished">လေ့ကျင့်ရေး ဌာနခွဲ ရုံး</translation>
    </message>
    <message>
        <source>Practice trainer</source>
        <translation type="unfinished">လေ့ကျင့်ရေး သင်တန်းဆရာ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">နောက်ပြန်ပြင်မည် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">ပြန်လုပ်မည် (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ဖြတ်ယူမည် (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">ကူးယူမည် (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished">ကူးထည့်မည် (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ဖျက်မည်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished">အားလုံး ရွေးမည်</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">အိုကေ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">သိမ်းမည်</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished">အားလုံး သိမ်းမည်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">ဖွင့်မည်</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">ဟုတ်ကဲ့ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">အားလုံးအတွက် ဟုတ်ကဲ့ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">မဟုတ်ပါ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished">အားလုံးအတွက် မဟုတ်ပါ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished">ရပ်မည်</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished">ထပ်ကြိုးစားမည်</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished">ဂရုမစိုက်ဘဲ ဆက်သွားမည်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ပိတ်မည်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished">မသိမ်းဘဲ ပယ်မည်</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished">အကူအညီ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished">အသုံးချမည်</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">ပြန်စမည်</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished">မူလအတိုင်း ပြန်ထားမည်</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; နောက်သို့ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">ရှေ့သို့ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">ပြီးဆုံးမည် (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished">အတည်ပြုမည်</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>there is nothing to put in the QR code</source>
        <translation type="unfinished">QR ကုဒ်ထဲ ထည့်စရာ ဘာမှ မရှိပါ</translation>
    </message>
    <message>
        <source>the text is too long for a QR code</source>
        <translation type="unfinished">QR ကုဒ်အတွက် စာသား ရှည်လွန်းသည်</translation>
    </message>
    <message>
        <source>the picture is empty or could not be read</source>
        <translation type="unfinished">ပုံ ဗလာဖြစ်နေသည် သို့မဟုတ် ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>no QR code was found in the picture</source>
        <translation type="unfinished">ပုံထဲတွင် QR ကုဒ် မတွေ့ပါ</translation>
    </message>
    <message>
        <source>the picture could not be searched for a QR code</source>
        <translation type="unfinished">ပုံထဲတွင် QR ကုဒ်ကို ရှာ၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>QrTextFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">ဖိုင် %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>The file is too large to be a card or a picture of one.</source>
        <translation type="unfinished">ဤဖိုင်သည် စက်ကတ် သို့မဟုတ် စက်ကတ်၏ ပုံ ဖြစ်ရန် ကြီးလွန်းသည်။</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished">ဖိုင် %1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished">ဖိုင် ဗလာဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>This is neither a card nor a picture Corridor can read.</source>
        <translation type="unfinished">ဤဖိုင်သည် စက်ကတ်လည်း မဟုတ်၊ Corridor ဖတ်နိုင်သော ပုံလည်း မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The picture holds a QR code, but not a Corridor card.</source>
        <translation type="unfinished">ပုံထဲတွင် QR ကုဒ် ပါသော်လည်း Corridor စက်ကတ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The file is too large for a picture (over %1 MB).</source>
        <translation type="unfinished">ဤဖိုင်သည် ပုံတစ်ပုံအတွက် ကြီးလွန်းသည် (%1 MB ထက် ကျော်နေသည်)။</translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels).</source>
        <translation type="unfinished">ပုံသည် ကြီးလွန်းသည် (%1 × %2 pixel)။</translation>
    </message>
    <message>
        <source>This is not a picture Corridor can read.</source>
        <translation type="unfinished">ဤဖိုင်သည် Corridor ဖတ်နိုင်သော ပုံ မဟုတ်ပါ။</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>no user is signed in</source>
        <translation type="unfinished">ဝင်ရောက်ထားသော အသုံးပြုသူ မရှိပါ</translation>
    </message>
    <message>
        <source>this record was erased and cannot be changed</source>
        <translation type="unfinished">ဤမှတ်တမ်းကို ဖျက်ထားပြီး ဖြစ်၍ ပြောင်းလဲ၍ မရပါ</translation>
    </message>
    <message>
        <source>the record has no field %1</source>
        <translation type="unfinished">ဤမှတ်တမ်းတွင် အကွက် %1 မရှိပါ</translation>
    </message>
    <message>
        <source>this record was already erased</source>
        <translation type="unfinished">ဤမှတ်တမ်းကို ဖျက်ပြီးသား ဖြစ်သည်</translation>
    </message>
    <message>
        <source>an erased changeset of a record that is not erased here</source>
        <translation type="unfinished">ဤနေရာတွင် မဖျက်ရသေးသော မှတ်တမ်းတစ်ခု၏ ဖျက်ထားသည့် ပြောင်းလဲမှုအစု</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>the recovery key contains &apos;%1&apos;, which is not one of its letters or digits</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့တွင် &apos;%1&apos; ပါနေသည်။ ၎င်းသည် သော့တွင် သုံးသော စာလုံး သို့မဟုတ် ဂဏန်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>a recovery key has %1 letters and digits; this one has %2</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့တွင် စာလုံးနှင့် ဂဏန်း %1 လုံး ရှိရမည်။ ဤသော့တွင် %2 လုံးသာ ရှိသည်</translation>
    </message>
    <message>
        <source>the recovery key has a typing mistake (its check letters do not match); please compare it with the printed copy</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့တွင် ရိုက်မှားနေသည် (စစ်ဆေးစာလုံးများ မကိုက်ညီပါ)။ ပုံနှိပ်ထားသော စာရွက်နှင့် တိုက်ကြည့်ပါ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Corridor recovery key</source>
        <translation type="unfinished">Corridor ပြန်လည်ဖွင့်ရန်သော့</translation>
    </message>
    <message>
        <source>Vault of %1, %2 branch — laptop “%3”, first user %4.
Vault id %5. Printed %6.</source>
        <translation type="unfinished">%1၊ %2 ဌာနခွဲ၏ လုံခြုံသိုလှောင်ခန်း — လက်ပ်တော့ “%3”၊ ပထမ အသုံးပြုသူ %4။
လုံခြုံသိုလှောင်ခန်း id %5။ ပုံနှိပ်သည့်ရက် %6။</translation>
    </message>
    <message>
        <source>This key opens the case files on that laptop when a passphrase is forgotten. Anyone who holds it and the laptop can read them. Keep this page in the coordinator&apos;s locked safe; never photograph it, send it in a chat app or keep it with the laptop.</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း မေ့သွားသောအခါ ဤသော့ဖြင့် ထိုလက်ပ်တော့ရှိ ကိုယ်ရေးမှတ်တမ်းများကို ဖွင့်နိုင်သည်။ ဤသော့နှင့် လက်ပ်တော့ကို ရထားသူ မည်သူမဆို ၎င်းတို့ကို ဖတ်နိုင်သည်။ ဤစာမျက်နှာကို ညှိနှိုင်းရေးမှူး၏ သော့ခတ်ထားသော မီးခံသေတ္တာထဲတွင် ထားပါ။ ဓာတ်ပုံ ဘယ်တော့မှ မရိုက်ပါနှင့်၊ chat app ဖြင့် မပို့ပါနှင့်၊ လက်ပ်တော့နှင့်အတူ မထားပါနှင့်။</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့ကို ပုံနှိပ်ထုတ်ခြင်း</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>A referral code has %1 letters and digits (like ABCD-EFGH-JK7).</source>
        <translation type="unfinished">ညွှန်းပို့ကုဒ်တွင် စာလုံးနှင့် ဂဏန်း %1 လုံး ပါသည် (ABCD-EFGH-JK7 ကဲ့သို့)။</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a referral code.</source>
        <translation type="unfinished">“%1” သည် ညွှန်းပို့ကုဒ်တွင် ပါ၍ မရပါ။</translation>
    </message>
    <message>
        <source>This referral code has a typing mistake: check each letter and digit again.</source>
        <translation type="unfinished">ဤညွှန်းပို့ကုဒ်တွင် ရိုက်မှားနေသည်: စာလုံးနှင့် ဂဏန်း တစ်ခုချင်းစီကို ပြန်စစ်ပါ။</translation>
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
        <translation type="unfinished">ရက်စွဲများကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ</translation>
    </message>
    <message>
        <source>--days-supplied takes a number of days</source>
        <translation type="unfinished">--days-supplied အတွက် ရက်အရေအတွက် ထည့်ပါ</translation>
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
        <translation type="unfinished">ညွှန်းပို့စာမှ ညွှန်းပို့မှုအသစ်ကို ထည့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>This referral was already on this laptop; nothing was duplicated.</source>
        <translation type="unfinished">ဤညွှန်းပို့မှုသည် ဤလက်ပ်တော့တွင် ရှိပြီးသား ဖြစ်သည်။ မည်သည့်အရာကိုမျှ ထပ်၍ မထည့်ပါ။</translation>
    </message>
    <message>
        <source>referral create|list|show|status|slip|scan</source>
        <translation type="unfinished">referral create|list|show|status|slip|scan</translation>
    </message>
    <message>
        <source>overdue: %1 by %2</source>
        <translation type="unfinished">ရက်လွန်: %1 (%2 နောက်ဆုံးထား)</translation>
    </message>
    <message>
        <source>site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A] [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S];  site edit SITE_ID [the same options]</source>
        <translation type="unfinished">site add --name NAME --org CODE --country CC [--local-name N] [--kind K] [--address A] [--phone P] [--hours H] [--website W] [--languages th,en] [--services S,S];  site edit SITE_ID [တူညီသော option များ]</translation>
    </message>
    <message>
        <source>site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …</source>
        <translation type="unfinished">site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …</translation>
    </message>
    <message>
        <source>Showing the built-in directory only: %1</source>
        <translation type="unfinished">ပါဝင်ပြီးသား ဝန်ဆောင်မှုနေရာ စာရင်းကိုသာ ပြနေသည်: %1</translation>
    </message>
</context>
<context>
    <name>ReferralEvent</name>
    <message>
        <source>Created</source>
        <translation type="unfinished">ဖန်တီးပြီး</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">ပို့ပြီး</translation>
    </message>
    <message>
        <source>Received by the other side</source>
        <translation type="unfinished">တစ်ဖက်မှ လက်ခံရရှိပြီး</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished">ရောက်ရှိပြီး</translation>
    </message>
    <message>
        <source>Linked to care</source>
        <translation type="unfinished">ကုသမှုနှင့် ချိတ်ဆက်ပြီး</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">ငြင်းဆိုပြီး</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished">အဆက်အသွယ် ပြတ်သွား</translation>
    </message>
    <message>
        <source>ART continuation</source>
        <translation type="unfinished">ART ဆေးကုသမှု ဆက်လက်ခံယူရန်</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished">HIV စစ်ဆေးခြင်း</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">စိတ်ပိုင်းဆိုင်ရာနှင့် လူမှုရေး အားပေးကူညီမှု</translation>
    </message>
    <message>
        <source>Identity documents (embassy)</source>
        <translation type="unfinished">ကိုယ်ရေး အထောက်အထား စာရွက်စာတမ်းများ (သံရုံး)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">ဦးစွာ ဝင်ရောက်ပါ။</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to referrals.</source>
        <translation type="unfinished">သင့်တာဝန် (သင်တန်းဆရာ) ဖြင့် ညွှန်းပို့မှုများကို ကြည့်ခွင့် မရှိပါ။</translation>
    </message>
    <message>
        <source>Give at least one reason for the referral.</source>
        <translation type="unfinished">ညွှန်းပို့ရသည့် အကြောင်းရင်း အနည်းဆုံး တစ်ခု ထည့်ပါ။</translation>
    </message>
    <message>
        <source>“%1” is not a referral reason (%2).</source>
        <translation type="unfinished">“%1” သည် မှန်ကန်သော ညွှန်းပို့ရသည့် အကြောင်းရင်း မဟုတ်ပါ (%2)။</translation>
    </message>
    <message>
        <source>Days of medicine supplied must be between 0 and 1000.</source>
        <translation type="unfinished">ထုတ်ပေးထားသော ဆေး၏ ရက်အရေအတွက်သည် 0 မှ 1000 အတွင်း ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>%1&apos;s consent does not allow sharing with a partner National Society: record that consent in the case file first.</source>
        <translation type="unfinished">%1 ၏ သဘောတူညီချက်တွင် မိတ်ဖက် နိုင်ငံ့ကြက်ခြေနီအသင်းနှင့် မျှဝေခွင့် မပါပါ: ထိုသဘောတူညီချက်ကို ကိုယ်ရေးမှတ်တမ်းတွင် ဦးစွာ မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <source>“%1” is not a referral step (%2).</source>
        <translation type="unfinished">“%1” သည် မှန်ကန်သော ညွှန်းပို့မှု အဆင့် မဟုတ်ပါ (%2)။</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished">မှတ်ချက်သည် စာလုံး %1 လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>No referral with the code %1 is on this laptop.</source>
        <translation type="unfinished">ဤလက်ပ်တော့တွင် ကုဒ် %1 ပါသော ညွှန်းပို့မှု မရှိပါ။</translation>
    </message>
    <message>
        <source>Another referral with the code %1 is already on this laptop; check the slip with its sender.</source>
        <translation type="unfinished">ကုဒ် %1 ပါသော အခြား ညွှန်းပို့မှုတစ်ခု ဤလက်ပ်တော့တွင် ရှိပြီးသား ဖြစ်သည်။ ညွှန်းပို့စာကို ပို့သူနှင့် စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>slip scanned</source>
        <translation type="unfinished">ညွှန်းပို့စာကို စကင်ဖတ်ပြီး</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Health service referral</source>
        <translation type="unfinished">ကျန်းမာရေးဝန်ဆောင်မှု ညွှန်းပို့စာ</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished">ညွှန်းပို့ကုဒ်</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation type="unfinished">ကျေးဇူးပြု၍ ဤနေရာသို့ သွားပါ</translation>
    </message>
    <message>
        <source>Visit before</source>
        <translation type="unfinished">ဤရက်မတိုင်မီ သွားရောက်ပါ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ဖုန်း</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">ဖွင့်ချိန်</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">ဆက်သွယ်ရမည့်သူ</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished">ညွှန်းပို့သူ</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">ညွှန်းပို့ခံရသူ</translation>
    </message>
    <message>
        <source>Show this slip at the reception. Staff can scan the square code or type the referral code.</source>
        <translation type="unfinished">ဤစာရွက်ကို ဧည့်ကြိုကောင်တာတွင် ပြပါ။ ဝန်ထမ်းများက လေးထောင့်ကုဒ်ကို စကင်ဖတ်နိုင်သည် သို့မဟုတ် ညွှန်းပို့ကုဒ်ကို ရိုက်ထည့်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Keep this slip safe and show it only to the service.</source>
        <translation type="unfinished">ဤစာရွက်ကို လုံခြုံစွာ သိမ်းထားပြီး ဝန်ဆောင်မှုနေရာတွင်သာ ပြပါ။</translation>
    </message>
    <message>
        <source>For staff: scan with Corridor</source>
        <translation type="unfinished">ဝန်ထမ်းများအတွက်: Corridor ဖြင့် စကင်ဖတ်ပါ</translation>
    </message>
    <message>
        <source>No square code on this slip: type the referral code.</source>
        <translation type="unfinished">ဤစာရွက်တွင် လေးထောင့်ကုဒ် မပါပါ: ညွှန်းပို့ကုဒ်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Clinician page: confidential</source>
        <translation type="unfinished">ကျန်းမာရေးဝန်ထမ်းအတွက် စာမျက်နှာ: လျှို့ဝှက်ချက်</translation>
    </message>
    <message>
        <source>Client code (UIC)</source>
        <translation type="unfinished">ဝန်ဆောင်မှုခံယူသူ ကုဒ် (UIC)</translation>
    </message>
    <message>
        <source>Reasons for referral</source>
        <translation type="unfinished">ညွှန်းပို့ရသည့် အကြောင်းရင်းများ</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation type="unfinished">ဆေးကုသမှု အစီအစဉ် (regimen)</translation>
    </message>
    <message>
        <source>Last dispense</source>
        <translation type="unfinished">နောက်ဆုံး ဆေးထုတ်ပေးသည့်ရက်</translation>
    </message>
    <message>
        <source>Days of medicine supplied</source>
        <translation type="unfinished">ထုတ်ပေးထားသော ဆေး၏ ရက်အရေအတွက်</translation>
    </message>
    <message>
        <source>Viral load</source>
        <translation type="unfinished">သွေးထဲရှိ ဗိုင်းရပ်စ်ပမာဏ (viral load)</translation>
    </message>
    <message>
        <source>Expected travel date</source>
        <translation type="unfinished">ခရီးထွက်ရန် မျှော်မှန်းသည့်ရက်</translation>
    </message>
    <message>
        <source>The client consented to sharing these details with the receiving service.</source>
        <translation type="unfinished">ဝန်ဆောင်မှုခံယူသူသည် ဤအချက်အလက်များကို လက်ခံမည့် ဝန်ဆောင်မှုနေရာနှင့် မျှဝေရန် သဘောတူထားသည်။</translation>
    </message>
    <message>
        <source>ART continuation</source>
        <translation type="unfinished">ART ဆေးကုသမှု ဆက်လက်ခံယူရန်</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished">HIV စစ်ဆေးခြင်း</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">စိတ်ပိုင်းဆိုင်ရာနှင့် လူမှုရေး အားပေးကူညီမှု</translation>
    </message>
    <message>
        <source>Identity documents (embassy)</source>
        <translation type="unfinished">ကိုယ်ရေး အထောက်အထား စာရွက်စာတမ်းများ (သံရုံး)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
    <message>
        <source>“%1” is not a slip language (%2).</source>
        <translation type="unfinished">“%1” သည် ညွှန်းပို့စာတွင် သုံးနိုင်သော ဘာသာစကား မဟုတ်ပါ (%2)။</translation>
    </message>
    <message>
        <source>Choose two or three languages for the slip.</source>
        <translation type="unfinished">ညွှန်းပို့စာအတွက် ဘာသာစကား နှစ်မျိုး သို့မဟုတ် သုံးမျိုး ရွေးပါ။</translation>
    </message>
    <message>
        <source>Could not start printing the slip.</source>
        <translation type="unfinished">ညွှန်းပို့စာကို ပုံနှိပ်ထုတ်ခြင်း စတင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Could not finish printing the slip.</source>
        <translation type="unfinished">ညွှန်းပို့စာကို ပုံနှိပ်ထုတ်ခြင်း အပြီးသတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">ဖိုဒါ %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 ကို ရေး၍ မရပါ: %2</translation>
    </message>
</context>
<context>
    <name>ReferralSlips</name>
    <message>
        <source>This laptop holds no key of %1 yet, so the slip&apos;s QR code cannot be made. Ask your coordinator to register %1&apos;s coordinator card and sync; the referral code on the slip works meanwhile.</source>
        <translation type="unfinished">ဤလက်ပ်တော့တွင် %1 ၏ သော့ မရှိသေးသဖြင့် ညွှန်းပို့စာ၏ QR ကုဒ်ကို ပြုလုပ်၍ မရပါ။ %1 ၏ ညှိနှိုင်းရေးမှူးကတ်ကို မှတ်ပုံတင်ပြီး ထပ်တူညှိပေးရန် သင့်ညှိနှိုင်းရေးမှူးကို ပြောပါ။ ထိုအတောအတွင်း ညွှန်းပို့စာပေါ်ရှိ ညွှန်းပို့ကုဒ်ကို သုံးနိုင်သည်။</translation>
    </message>
    <message>
        <source>The slip was made on a device this laptop does not know (%1). Sync with your coordinator first, or type the referral code printed on the slip.</source>
        <translation type="unfinished">ဤညွှန်းပို့စာကို ဤလက်ပ်တော့ မသိသော စက် (%1) တွင် ပြုလုပ်ထားသည်။ သင့်ညှိနှိုင်းရေးမှူးနှင့် ဦးစွာ ထပ်တူညှိပါ၊ သို့မဟုတ် ညွှန်းပို့စာပေါ်တွင် ပုံနှိပ်ထားသော ညွှန်းပို့ကုဒ်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The slip was made on a device that has been revoked (%1). Do not trust it; call the sending National Society to check the referral.</source>
        <translation type="unfinished">ဤညွှန်းပို့စာကို ရုပ်သိမ်းထားပြီးသော စက် (%1) တွင် ပြုလုပ်ထားသည်။ ၎င်းကို မယုံကြည်ပါနှင့်။ ညွှန်းပို့မှုကို စစ်ဆေးရန် ပို့သည့် နိုင်ငံ့ကြက်ခြေနီအသင်းကို ဖုန်းဆက်ပါ။</translation>
    </message>
    <message>
        <source>The slip&apos;s code has been changed since it was made: its signature does not match.</source>
        <translation type="unfinished">ညွှန်းပို့စာ၏ ကုဒ်ကို ပြုလုပ်ပြီးနောက် ပြောင်းလဲထားသည်: ၎င်း၏ လက်မှတ် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <source>The slip says it comes from %1 but was made on a device of %2.</source>
        <translation type="unfinished">ဤညွှန်းပို့စာတွင် %1 မှ လာသည်ဟု ဖော်ပြထားသော်လည်း %2 ၏ စက်တွင် ပြုလုပ်ထားသည်။</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>this vault was written by a newer version of Corridor (%1 data version %2; this Corridor knows up to %3). Update Corridor to open it.</source>
        <translation type="unfinished">ဤလုံခြုံသိုလှောင်ခန်းကို Corridor ဗားရှင်းအသစ်က ရေးထားသည် (%1 ဒေတာဗားရှင်း %2၊ ဤ Corridor သည် %3 အထိသာ သိသည်)။ ဖွင့်ရန် Corridor ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>upgrading %1 to data version %2</source>
        <translation type="unfinished">%1 ကို ဒေတာဗားရှင်း %2 သို့ အဆင့်မြှင့်နေသည်</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the name of the first user.</source>
        <translation type="unfinished">ပထမ အသုံးပြုသူ၏ အမည်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known National Society (use %2).</source>
        <translation type="unfinished">&apos;%1&apos; သည် မှန်ကန်သော နိုင်ငံ့ကြက်ခြေနီအသင်း မဟုတ်ပါ (%2 ကို သုံးပါ)။</translation>
    </message>
    <message>
        <source>Enter the branch this laptop works for.</source>
        <translation type="unfinished">ဤလက်ပ်တော့ကို သုံးသည့် ဌာနခွဲကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>This vault has no user %1.</source>
        <translation type="unfinished">ဤလုံခြုံသိုလှောင်ခန်းတွင် အသုံးပြုသူ %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>The user %1 has been deactivated.</source>
        <translation type="unfinished">အသုံးပြုသူ %1 ကို ပိတ်ထားပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation type="unfinished">အသုံးမပြုလျှင် သော့ခတ်မည့်အချိန်သည် 1 မှ 240 မိနစ်အတွင်း ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">ဦးစွာ ဝင်ရောက်ပါ။</translation>
    </message>
    <message>
        <source>Your role cannot add a user with more access than your own; ask a coordinator.</source>
        <translation type="unfinished">သင့်တာဝန်ဖြင့် သင့်ထက် ခွင့်ပြုချက် ပိုများသော အသုံးပြုသူကို ထည့်၍ မရပါ။ ညှိနှိုင်းရေးမှူးကို မေးပါ။</translation>
    </message>
    <message>
        <source>There is no user called %1 on this laptop.</source>
        <translation type="unfinished">ဤလက်ပ်တော့တွင် %1 အမည်ရှိ အသုံးပြုသူ မရှိပါ။</translation>
    </message>
    <message>
        <source>The second confirmation must come from another user.</source>
        <translation type="unfinished">ဒုတိယ အတည်ပြုချက်သည် အခြား အသုံးပြုသူတစ်ဦးထံမှ ဖြစ်ရမည်။</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ဆက်တင်များ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ဘာသာစကား (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished">ဤမျှကြာလျှင် သော့ခတ်မည် (&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> မိနစ်</translation>
    </message>
    <message>
        <source>Corridor locks itself when nobody has touched the keyboard or mouse for this long. Ctrl+L locks at once.</source>
        <translation type="unfinished">ကီးဘုတ် သို့မဟုတ် မောက်စ်ကို ဤမျှကြာအောင် မည်သူမျှ မထိလျှင် Corridor သည် အလိုအလျောက် သော့ခတ်သွားမည်။ Ctrl+L ကို နှိပ်လျှင် ချက်ချင်း သော့ခတ်သည်။</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">ဤလက်ပ်တော့</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished">ဝင်ရောက်ထားသူ</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished">ကျွန်ုပ်၏ လျှို့ဝှက်စာကြောင်းကို ပြောင်းမည် (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished">အသုံးပြုသူ ထည့်မည် (&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SiteDirectory</name>
    <message>
        <source>The site directory is too large.</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ စာရင်းသည် ကြီးလွန်းသည်။</translation>
    </message>
    <message>
        <source>The site directory cannot be read: %1</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ စာရင်းကို ဖတ်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>A site in the directory has no id, name or organisation.</source>
        <translation type="unfinished">စာရင်းထဲရှိ ဝန်ဆောင်မှုနေရာတစ်ခုတွင် id၊ အမည် သို့မဟုတ် အဖွဲ့အစည်း မပါပါ။</translation>
    </message>
    <message>
        <source>The built-in site directory is missing from this build.</source>
        <translation type="unfinished">ဤ Corridor ဗားရှင်း (build) တွင် ပါဝင်ပြီးသား ဝန်ဆောင်မှုနေရာ စာရင်း မပါပါ။</translation>
    </message>
    <message>
        <source>There is no site %1 in the directory (see site list).</source>
        <translation type="unfinished">စာရင်းထဲတွင် ဝန်ဆောင်မှုနေရာ %1 မရှိပါ (site list ကို ကြည့်ပါ)။</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">ဦးစွာ ဝင်ရောက်ပါ။</translation>
    </message>
    <message>
        <source>Your role (trainer) does not edit the site directory.</source>
        <translation type="unfinished">သင့်တာဝန် (သင်တန်းဆရာ) ဖြင့် ဝန်ဆောင်မှုနေရာ စာရင်းကို ပြင်ခွင့် မရှိပါ။</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာတွင် အမည် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The organisation is a short code in capitals (CRC, LRC, MRCS, TRCS, or another, e.g. IOM).</source>
        <translation type="unfinished">အဖွဲ့အစည်းကို စာလုံးကြီးဖြင့် ကုဒ်တိုအဖြစ် ထည့်ပါ (CRC, LRC, MRCS, TRCS သို့မဟုတ် အခြား၊ ဥပမာ IOM)။</translation>
    </message>
    <message>
        <source>The country is a two-letter code (KH, LA, MM, TH, …).</source>
        <translation type="unfinished">နိုင်ငံကို စာလုံးနှစ်လုံးပါ ကုဒ်ဖြင့် ထည့်ပါ (KH, LA, MM, TH, …)။</translation>
    </message>
    <message>
        <source>“%1” is not a language code (km, lo, th, my, en, …).</source>
        <translation type="unfinished">“%1” သည် ဘာသာစကားကုဒ် မဟုတ်ပါ (km, lo, th, my, en, …)။</translation>
    </message>
    <message>
        <source>A field of the site is longer than %1 characters.</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ၏ အကွက်တစ်ခုသည် စာလုံး %1 လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>Too many languages or services for one site.</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ တစ်ခုအတွက် ဘာသာစကား သို့မဟုတ် ဝန်ဆောင်မှု များလွန်းသည်။</translation>
    </message>
</context>
<context>
    <name>SlipCode</name>
    <message>
        <source>The code&apos;s contents are not a valid referral (%1).</source>
        <translation type="unfinished">ကုဒ်ထဲရှိ အကြောင်းအရာသည် မှန်ကန်သော ညွှန်းပို့မှု မဟုတ်ပါ (%1)။</translation>
    </message>
    <message>
        <source>No organisation key to encrypt the slip&apos;s code to.</source>
        <translation type="unfinished">ညွှန်းပို့စာ၏ ကုဒ်ကို စာဝှက်ရန် အဖွဲ့အစည်း သော့ မရှိပါ။</translation>
    </message>
    <message>
        <source>An organisation key is not usable for the slip&apos;s code.</source>
        <translation type="unfinished">အဖွဲ့အစည်း သော့တစ်ခုကို ညွှန်းပို့စာ၏ ကုဒ်အတွက် သုံး၍ မရပါ။</translation>
    </message>
    <message>
        <source>The referral holds too much text for a QR code; shorten the notes.</source>
        <translation type="unfinished">ဤညွှန်းပို့မှုတွင် QR ကုဒ်တစ်ခုအတွက် စာများလွန်းသည်။ မှတ်ချက်များကို တိုအောင် ပြင်ပါ။</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished">ကုဒ် ဗလာဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>The code is longer than any referral slip&apos;s.</source>
        <translation type="unfinished">ဤကုဒ်သည် မည်သည့် ညွှန်းပို့စာ၏ ကုဒ်ထက်မဆို ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>This is not the code of a Corridor referral slip.</source>
        <translation type="unfinished">ဤကုဒ်သည် Corridor ညွှန်းပို့စာ၏ ကုဒ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>This slip was made by a newer version of Corridor (format %1); update Corridor to read it, or type the referral code printed on the slip.</source>
        <translation type="unfinished">ဤညွှန်းပို့စာကို Corridor ဗားရှင်းအသစ်က ပြုလုပ်ထားသည် (ပုံစံ %1)။ ဖတ်ရန် Corridor ကို အဆင့်မြှင့်ပါ၊ သို့မဟုတ် ညွှန်းပို့စာပေါ်တွင် ပုံနှိပ်ထားသော ညွှန်းပို့ကုဒ်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The slip&apos;s code is damaged or incomplete (%1).</source>
        <translation type="unfinished">ညွှန်းပို့စာ၏ ကုဒ် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ (%1)။</translation>
    </message>
    <message>
        <source>The slip&apos;s code is damaged or incomplete (too short).</source>
        <translation type="unfinished">ညွှန်းပို့စာ၏ ကုဒ် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ (တိုလွန်းသည်)။</translation>
    </message>
    <message>
        <source>This slip&apos;s code is addressed to another National Society: only the receiving and the sending National Societies can read it. Type the referral code printed on the slip instead.</source>
        <translation type="unfinished">ဤညွှန်းပို့စာ၏ ကုဒ်ကို အခြား နိုင်ငံ့ကြက်ခြေနီအသင်းထံ ပို့ထားသည်: လက်ခံမည့် နိုင်ငံ့ကြက်ခြေနီအသင်းနှင့် ပို့သည့် နိုင်ငံ့ကြက်ခြေနီအသင်းသာ ဖတ်နိုင်သည်။ ယင်းအစား ညွှန်းပို့စာပေါ်တွင် ပုံနှိပ်ထားသော ညွှန်းပို့ကုဒ်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The picture holds a QR code, but not the code of a Corridor referral slip.</source>
        <translation type="unfinished">ပုံထဲတွင် QR ကုဒ် ပါသော်လည်း Corridor ညွှန်းပို့စာ၏ ကုဒ် မဟုတ်ပါ။</translation>
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
        <translation type="unfinished">ပုံ %1 ကို ရေး၍ မရပါ</translation>
    </message>
    <message>
        <source>device enrol FILE|IMAGE</source>
        <translation type="unfinished">device enrol FILE|IMAGE</translation>
    </message>
    <message>
        <source>%1 of %2 is registered as a partner coordinator.</source>
        <translation type="unfinished">%2 ၏ %1 ကို မိတ်ဖက် ညှိနှိုင်းရေးမှူးအဖြစ် မှတ်ပုံတင်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>%1 (%2) is now trusted here.</source>
        <translation type="unfinished">%1 (%2) ကို ယခု ဤနေရာတွင် ယုံကြည်ပါပြီ။</translation>
    </message>
    <message>
        <source>device revoke ID</source>
        <translation type="unfinished">device revoke ID</translation>
    </message>
    <message>
        <source>a device id is 16 hexadecimal digits</source>
        <translation type="unfinished">စက် id သည် hexadecimal ဂဏန်း 16 လုံး ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>  (revoked)</source>
        <translation type="unfinished">  (ရုပ်သိမ်းပြီး)</translation>
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
        <translation type="unfinished">သတိ: ဤဖိုင်တွင် ဤလက်ပ်တော့၏ လျှို့ဝှက် စာဝှက်ဖြည်သော့ကို စာဝှက်မထားဘဲ သိမ်းထားမည်။ ၎င်းကို ရထားသူ မည်သူမဆို ဤလက်ပ်တော့သို့ ပို့သော ဒေတာထုပ်တိုင်းကို ဖတ်နိုင်သည်။ မူရင်း age ကိရိယာဖြင့် ဒေတာထုပ်များကို ပြန်ဖော်ယူရန်အတွက်သာ သုံးပါ၊ စာဝှက်ထားသော ဒစ်ခ်ပေါ်တွင်သာ ထားပါ၊ ပြီးလျှင် ဖျက်ပစ်ပါ။</translation>
    </message>
    <message>
        <source>Type your passphrase again to confirm:</source>
        <translation type="unfinished">အတည်ပြုရန် သင့်လျှို့ဝှက်စာကြောင်းကို နောက်တစ်ကြိမ် ရိုက်ထည့်ပါ:</translation>
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
        <translation type="unfinished">(လက်မှတ်ကို တင်သွင်းချိန်တွင် ထုတ်ပေးသည့်စက်၏ စာရင်းသွင်းထားသော သော့ဖြင့် စစ်ဆေးသည်)</translation>
    </message>
    <message>
        <source>bundle export --peer DEVICE_ID --out FILE</source>
        <translation type="unfinished">bundle export --peer DEVICE_ID --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) in bundle %1 for %2 (%3 scope)</source>
        <translation type="unfinished">
            <numerusform>%2 အတွက် ဒေတာထုပ် %1 တွင် ပြောင်းလဲမှုအစု %n ခု (%3 နယ်ပယ်)</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import FILE… [--json]</source>
        <translation type="unfinished">bundle import FILE… [--json]</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished">%1: ငြင်းပယ်လိုက်သည်: %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already seen, %4 held, %5 new conflicts, %6 refused</source>
        <translation type="unfinished">%1: အသစ် %2၊ ရှိပြီးသား %3၊ ဆိုင်းငံ့ထား %4၊ ကွဲလွဲမှုအသစ် %5၊ ငြင်းပယ် %6</translation>
    </message>
    <message>
        <source>bundle export|import|inspect</source>
        <translation type="unfinished">bundle export|import|inspect</translation>
    </message>
    <message>
        <source>%1 %2 %3: kept “%4”, other “%5”</source>
        <translation type="unfinished">%1 %2 %3: ထားရှိသည့်တန်ဖိုး “%4”၊ အခြားတန်ဖိုး “%5”</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation type="unfinished">ကွဲလွဲမှု မရှိပါ</translation>
    </message>
    <message>
        <source>conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)</source>
        <translation type="unfinished">conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)</translation>
    </message>
    <message>
        <source>there is no conflict on %1 %2</source>
        <translation type="unfinished">%1 %2 တွင် ကွဲလွဲမှု မရှိပါ</translation>
    </message>
    <message>
        <source>--keep takes current or other</source>
        <translation type="unfinished">--keep အတွက် current သို့မဟုတ် other ထည့်ပါ</translation>
    </message>
    <message>
        <source>conflicts list|resolve</source>
        <translation type="unfinished">conflicts list|resolve</translation>
    </message>
    <message>
        <source>%1 %2: sent #%3, acknowledged #%4, received #%5, %6 waiting</source>
        <translation type="unfinished">%1 %2: ပို့ပြီး #%3၊ လက်ခံကြောင်း အတည်ပြုပြီး #%4၊ လက်ခံရရှိပြီး #%5၊ စောင့်ဆိုင်းနေ %6</translation>
    </message>
    <message>
        <source>sync [--inbox DIR] [--outbox DIR] (or save them with sync folders)</source>
        <translation type="unfinished">sync [--inbox DIR] [--outbox DIR] (သို့မဟုတ် sync folders ဖြင့် ၎င်းတို့ကို သိမ်းထားပါ)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already seen</source>
        <translation type="unfinished">%1: အသစ် %2၊ ရှိပြီးသား %3</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished">%1 ကို ရေးပြီး</translation>
    </message>
    <message>
        <source>dump --canonical</source>
        <translation type="unfinished">dump --canonical</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">သင့်တာဝန် (သင်တန်းဆရာ) ဖြင့် ကိုယ်ရေးမှတ်တမ်းများကို ကြည့်ခွင့် မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>TarArchive</name>
    <message>
        <source>the archive could not be started: %1</source>
        <translation type="unfinished">archive ဖိုင်ကို စတင်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>the archive could not be written: %1</source>
        <translation type="unfinished">archive ဖိုင်ကို ရေး၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>the archive could not be finished</source>
        <translation type="unfinished">archive ဖိုင်ကို အပြီးသတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>not a Corridor bundle: %1</source>
        <translation type="unfinished">Corridor ဒေတာထုပ် မဟုတ်ပါ: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">ဖိုင် ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>its size is not a whole number of 512-byte blocks (truncated, or something was appended)</source>
        <translation type="unfinished">၎င်း၏ အရွယ်အစားသည် 512 ဘိုက် block အပြည့်အစုံများ မဖြစ်ပါ (ပြတ်တောက်နေသည်၊ သို့မဟုတ် တစ်ခုခု ထပ်ပေါင်းထည့်ထားသည်)</translation>
    </message>
    <message>
        <source>it ends before the entry %1</source>
        <translation type="unfinished">အချက် %1 မတိုင်မီ ပြတ်သွားသည်</translation>
    </message>
    <message>
        <source>a header checksum does not match</source>
        <translation type="unfinished">ခေါင်းစီး (header) checksum တစ်ခု မကိုက်ညီပါ</translation>
    </message>
    <message>
        <source>it is not a ustar archive</source>
        <translation type="unfinished">ustar archive မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it holds &apos;%1&apos; where &apos;%2&apos; was expected</source>
        <translation type="unfinished">&apos;%2&apos; ရှိရမည့်နေရာတွင် &apos;%1&apos; ပါနေသည်</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file (links and directories are refused)</source>
        <translation type="unfinished">&apos;%1&apos; သည် ရိုးရိုးဖိုင် မဟုတ်ပါ (link နှင့် ဖိုဒါများကို လက်မခံပါ)</translation>
    </message>
    <message>
        <source>an entry has a link target or a path prefix</source>
        <translation type="unfinished">အချက်တစ်ခုတွင် link ပစ်မှတ် သို့မဟုတ် path prefix ပါနေသည်</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than allowed</source>
        <translation type="unfinished">&apos;%1&apos; သည် ခွင့်ပြုထားသည်ထက် ကြီးနေသည်</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated</source>
        <translation type="unfinished">&apos;%1&apos; ပြတ်တောက်နေသည်</translation>
    </message>
    <message>
        <source>the padding after &apos;%1&apos; is not zero</source>
        <translation type="unfinished">&apos;%1&apos; နောက်ရှိ ဖြည့်စွက်ဘိုက်များ (padding) သည် သုည မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it holds more than the expected entries, or data after the end of the archive</source>
        <translation type="unfinished">မျှော်လင့်ထားသည်ထက် အချက်များ ပိုပါနေသည်၊ သို့မဟုတ် archive အဆုံးသတ်ပြီးနောက် ဒေတာ ပါနေသည်</translation>
    </message>
    <message>
        <source>the end of the archive is not two zero blocks</source>
        <translation type="unfinished">archive ၏ အဆုံးသည် သုည block နှစ်ခု မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>the header of &apos;%1&apos; is not written the way Corridor writes it</source>
        <translation type="unfinished">&apos;%1&apos; ၏ ခေါင်းစီး (header) ကို Corridor ရေးသည့်ပုံစံအတိုင်း ရေးထားခြင်း မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Choose at least one module that was taught.</source>
        <translation type="unfinished">သင်ကြားခဲ့သော မော်ဂျူး အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module of the curriculum.</source>
        <translation type="unfinished">&quot;%1&quot; သည် သင်ရိုးညွှန်းတမ်းရှိ မော်ဂျူး မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Give the date of the training.</source>
        <translation type="unfinished">သင်တန်း ရက်စွဲကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The training date %1 is in the future.</source>
        <translation type="unfinished">သင်တန်း ရက်စွဲ %1 သည် နောက်ရောက်မည့်ရက် (အနာဂတ်) ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>Give the place of the training.</source>
        <translation type="unfinished">သင်တန်း ပို့ချသည့် နေရာကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Give the trainer&apos;s name.</source>
        <translation type="unfinished">သင်တန်းဆရာ၏ အမည်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>A text field is too long.</source>
        <translation type="unfinished">စာသား အကွက်တစ်ခု ရှည်လွန်းသည်။</translation>
    </message>
    <message>
        <source>Add the people who attended.</source>
        <translation type="unfinished">တက်ရောက်ခဲ့သူများကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>A session can list at most %1 attendees.</source>
        <translation type="unfinished">သင်တန်း တစ်ကြိမ်တွင် တက်ရောက်သူ %1 ဦးအထိသာ ထည့်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Every attendee needs a name.</source>
        <translation type="unfinished">တက်ရောက်သူတိုင်းတွင် အမည် ရှိရမည်။</translation>
    </message>
    <message>
        <source>An attendee&apos;s name is too long.</source>
        <translation type="unfinished">တက်ရောက်သူတစ်ဦး၏ အမည် ရှည်လွန်းသည်။</translation>
    </message>
    <message>
        <source>%1: sex must be female, male or other.</source>
        <translation type="unfinished">%1: လိင်သည် female (အမျိုးသမီး)၊ male (အမျိုးသား) သို့မဟုတ် other (အခြား) ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>%1: role must be volunteer, staff, community or other.</source>
        <translation type="unfinished">%1: တာဝန်သည် volunteer (စေတနာ့ဝန်ထမ်း)၊ staff (ဝန်ထမ်း)၊ community (ရပ်ရွာအဖွဲ့ဝင်) သို့မဟုတ် other (အခြား) ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>%1: test scores are per cent, from 0 to 100.</source>
        <translation type="unfinished">%1: စစ်ဆေးမှု ရမှတ်များကို ရာခိုင်နှုန်းဖြင့် 0 မှ 100 အတွင်း ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Only a trainer or a coordinator records training sessions.</source>
        <translation type="unfinished">သင်တန်းဆရာ သို့မဟုတ် ညှိနှိုင်းရေးမှူးသာ သင်တန်းများကို မှတ်တမ်းတင်နိုင်သည်။</translation>
    </message>
    <message>
        <source>No training session with id %1.</source>
        <translation type="unfinished">id %1 ရှိသော သင်တန်း မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>a step of this change failed, so none of it was saved</source>
        <translation type="unfinished">ဤပြောင်းလဲမှု၏ အဆင့်တစ်ခု မအောင်မြင်သဖြင့် ဘာမျှ မသိမ်းရပါ</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>written by device %1, which this laptop does not know (not enrolled yet)</source>
        <translation type="unfinished">ဤလက်ပ်တော့ မသိသော စက် %1 က ရေးထားသည် (စာရင်းမသွင်းရသေးပါ)</translation>
    </message>
    <message>
        <source>written by %1 after that device was revoked</source>
        <translation type="unfinished">ထိုစက်ကို ရုပ်သိမ်းပြီးနောက် %1 က ရေးထားသည်</translation>
    </message>
    <message>
        <source>a trust update that does not come from a coordinator of %1</source>
        <translation type="unfinished">%1 ၏ ညှိနှိုင်းရေးမှူးထံမှ မလာသော ယုံကြည်မှု အပ်ဒိတ်</translation>
    </message>
    <message>
        <source>a partner National Society (%1) may only send referral updates</source>
        <translation type="unfinished">မိတ်ဖက် နိုင်ငံ့ကြက်ခြေနီအသင်း (%1) သည် ညွှန်းပို့မှု အပ်ဒိတ်များကိုသာ ပို့နိုင်သည်</translation>
    </message>
    <message>
        <source>this is this laptop&apos;s own card</source>
        <translation type="unfinished">ဤကတ်သည် ဤလက်ပ်တော့၏ ကိုယ်ပိုင် စက်ကတ် ဖြစ်သည်</translation>
    </message>
    <message>
        <source>only coordinators enrol devices; here you can only add the card of your own coordinator</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူးများသာ စက်များကို စာရင်းသွင်းနိုင်သည်။ ဤနေရာတွင် သင့်ကိုယ်ပိုင် ညှိနှိုင်းရေးမှူး၏ စက်ကတ်ကိုသာ ထည့်နိုင်သည်</translation>
    </message>
    <message>
        <source>a device of another National Society (%1) is registered through its coordinator&apos;s card</source>
        <translation type="unfinished">အခြား နိုင်ငံ့ကြက်ခြေနီအသင်း (%1) ၏ စက်ကို ၎င်းတို့၏ ညှိနှိုင်းရေးမှူး၏ စက်ကတ်မှတစ်ဆင့် မှတ်ပုံတင်ရသည်</translation>
    </message>
    <message>
        <source>only coordinators revoke devices</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူးများသာ စက်များကို ရုပ်သိမ်းနိုင်သည်</translation>
    </message>
    <message>
        <source>a laptop cannot revoke itself</source>
        <translation type="unfinished">လက်ပ်တော့သည် ၎င်းကိုယ်တိုင်ကို ရုပ်သိမ်း၍ မရပါ</translation>
    </message>
    <message>
        <source>no device %1 is known here</source>
        <translation type="unfinished">ဤနေရာတွင် စက် %1 ကို မသိပါ</translation>
    </message>
    <message>
        <source>the device&apos;s public key is not usable</source>
        <translation type="unfinished">စက်၏ အများသုံးသော့ (public key) ကို သုံး၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Corridor is locked</source>
        <translation type="unfinished">Corridor ကို သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <source>Type your passphrase to open the case files on this laptop.</source>
        <translation type="unfinished">ဤလက်ပ်တော့ရှိ ကိုယ်ရေးမှတ်တမ်းများကို ဖွင့်ရန် သင့်လျှို့ဝှက်စာကြောင်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း (&amp;P)</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်းကို ပြပါ</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">သော့ဖွင့်မည် (&amp;U)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း မေ့သွားပါသလား? ပြန်လည်ဖွင့်ရန်သော့ကို သုံးပါ (&amp;R)…</translation>
    </message>
    <message>
        <source>Practice mode: the volunteer’s passphrase is “practice”; the coordinator’s is “coordinator”.</source>
        <translation type="unfinished">လေ့ကျင့်ရေးမုဒ်: စေတနာ့ဝန်ထမ်း၏ လျှို့ဝှက်စာကြောင်းမှာ “practice” ဖြစ်ပြီး ညှိနှိုင်းရေးမှူး၏ လျှို့ဝှက်စာကြောင်းမှာ “coordinator” ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished">အသုံးပြုသူတွင် အမည် ရှိရမည်။</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation type="unfinished">အသုံးပြုသူ အမည်သည် စာလုံး %1 လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation type="unfinished">%1 အမည်ဖြင့် အသုံးပြုသူ ရှိပြီးသား ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished">%1 တွင် လုံခြုံသိုလှောင်ခန်း ရှိပြီးသား ဖြစ်သည်။ Corridor က ၎င်းကို အပေါ်မှ ထပ်မရေးပါ</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished">ဖိုဒါ %1 ကို ဖန်တီး၍ မရပါ</translation>
    </message>
    <message>
        <source>vault.db is missing from %1: the case files are not there. Restore the vault folder from a backup.</source>
        <translation type="unfinished">%1 တွင် vault.db မရှိပါ: ကိုယ်ရေးမှတ်တမ်းများ ထိုနေရာတွင် မရှိပါ။ လုံခြုံသိုလှောင်ခန်း ဖိုဒါကို အရန်မိတ္တူ (backup) မှ ပြန်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>the passphrase is not correct (nothing was changed)</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း မှားနေသည် (ဘာမှ မပြောင်းလဲရသေးပါ)</translation>
    </message>
    <message>
        <source>this vault has no recovery key</source>
        <translation type="unfinished">ဤလုံခြုံသိုလှောင်ခန်းတွင် ပြန်လည်ဖွင့်ရန်သော့ မရှိပါ</translation>
    </message>
    <message>
        <source>this recovery key does not belong to this vault, or it was replaced by a newer one</source>
        <translation type="unfinished">ဤပြန်လည်ဖွင့်ရန်သော့သည် ဤလုံခြုံသိုလှောင်ခန်းအတွက် မဟုတ်ပါ၊ သို့မဟုတ် သော့အသစ်ဖြင့် အစားထိုးပြီး ဖြစ်သည်</translation>
    </message>
    <message>
        <source>vault.db has no device identity</source>
        <translation type="unfinished">vault.db တွင် စက်၏ အထောက်အထား မရှိပါ</translation>
    </message>
    <message>
        <source>this vault cannot hold more users</source>
        <translation type="unfinished">ဤလုံခြုံသိုလှောင်ခန်းတွင် အသုံးပြုသူ ထပ်ထည့်၍ မရတော့ပါ</translation>
    </message>
    <message>
        <source>this user has no passphrase in this vault</source>
        <translation type="unfinished">ဤအသုံးပြုသူအတွက် ဤလုံခြုံသိုလှောင်ခန်းတွင် လျှို့ဝှက်စာကြောင်း မရှိပါ</translation>
    </message>
    <message>
        <source>the last passphrase of a vault cannot be removed</source>
        <translation type="unfinished">လုံခြုံသိုလှောင်ခန်း၏ နောက်ဆုံး လျှို့ဝှက်စာကြောင်းကို ဖယ်ရှား၍ မရပါ</translation>
    </message>
    <message>
        <source>the passphrase is not correct</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း မှားနေသည်</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>init takes no positional arguments</source>
        <translation type="unfinished">init သည် option မဟုတ်သော argument များကို လက်မခံပါ</translation>
    </message>
    <message>
        <source>init needs --%1</source>
        <translation type="unfinished">init အတွက် --%1 လိုအပ်သည်</translation>
    </message>
    <message>
        <source>--role must be volunteer, coordinator or trainer</source>
        <translation type="unfinished">--role သည် volunteer, coordinator သို့မဟုတ် trainer ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>--org must be one of %1</source>
        <translation type="unfinished">--org သည် %1 ထဲမှ တစ်ခု ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>--kdf must be calibrated (the default) or minimum (tests and training only)</source>
        <translation type="unfinished">--kdf သည် calibrated (မူလ) သို့မဟုတ် minimum (စမ်းသပ်ရန်နှင့် သင်တန်းအတွက်သာ) ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>a vault already exists in %1; Corridor will not overwrite it</source>
        <translation type="unfinished">%1 တွင် လုံခြုံသိုလှောင်ခန်း ရှိပြီးသား ဖြစ်သည်။ Corridor က ၎င်းကို အပေါ်မှ ထပ်မရေးပါ</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1:</source>
        <translation type="unfinished">%1 အတွက် လျှို့ဝှက်စာကြောင်း ရွေးပါ:</translation>
    </message>
    <message>
        <source>Vault created in %1. Write the recovery key down or print it, and keep it in the coordinator&apos;s safe: it is shown only now.</source>
        <translation type="unfinished">%1 တွင် လုံခြုံသိုလှောင်ခန်း ဖန်တီးပြီးပါပြီ။ ပြန်လည်ဖွင့်ရန်သော့ကို ချရေးပါ သို့မဟုတ် ပုံနှိပ်ထုတ်ပါ၊ ပြီးလျှင် ညှိနှိုင်းရေးမှူး၏ မီးခံသေတ္တာထဲတွင် ထားပါ: ယခုတစ်ကြိမ်သာ ပြပါမည်။</translation>
    </message>
    <message>
        <source>passwd needs --new-passphrase-file FILE</source>
        <translation type="unfinished">passwd အတွက် --new-passphrase-file FILE လိုအပ်သည်</translation>
    </message>
    <message>
        <source>--kdf must be calibrated or minimum</source>
        <translation type="unfinished">--kdf သည် calibrated သို့မဟုတ် minimum ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished">%1 ၏ လျှို့ဝှက်စာကြောင်းကို ပြောင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>recover needs --recovery-key-file FILE and --new-passphrase-file FILE</source>
        <translation type="unfinished">recover အတွက် --recovery-key-file FILE နှင့် --new-passphrase-file FILE လိုအပ်သည်</translation>
    </message>
    <message>
        <source>this vault has no user called %1</source>
        <translation type="unfinished">ဤလုံခြုံသိုလှောင်ခန်းတွင် %1 အမည်ရှိ အသုံးပြုသူ မရှိပါ</translation>
    </message>
    <message>
        <source>this vault has several users: name the one to recover with --user NAME</source>
        <translation type="unfinished">ဤလုံခြုံသိုလှောင်ခန်းတွင် အသုံးပြုသူ အများအပြား ရှိသည်: မည်သူ့အတွက် ပြန်ဖွင့်မည်ကို --user NAME ဖြင့် ပြောပါ</translation>
    </message>
    <message>
        <source>A new passphrase was set for %1 with the recovery key.</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့ဖြင့် %1 အတွက် လျှို့ဝှက်စာကြောင်း အသစ် သတ်မှတ်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>user add needs --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE</source>
        <translation type="unfinished">user add အတွက် --name NAME --role volunteer|coordinator|trainer --new-passphrase-file FILE လိုအပ်သည်</translation>
    </message>
    <message>
        <source>user add|list</source>
        <translation type="unfinished">user add|list</translation>
    </message>
    <message>
        <source>the audit log was altered at entry %1</source>
        <translation type="unfinished">လုပ်ဆောင်မှု မှတ်တမ်းကို အချက် %1 တွင် ပြင်ဆင်ထားသည်</translation>
    </message>
    <message>
        <source>vault.db: every page passed its integrity check; the audit log is intact</source>
        <translation type="unfinished">vault.db: စာမျက်နှာအားလုံး မပျက်မစီး ရှိမရှိ စစ်ဆေးမှုတွင် အောင်သည်။ လုပ်ဆောင်မှု မှတ်တမ်း မပျက်မယွင်း ရှိသည်</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation type="unfinished">--limit အတွက် 0 ထက်ကြီးသော ဂဏန်းတစ်ခု ထည့်ပါ</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">မှတ်တမ်းမတင်ထား</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">အမျိုးသား</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished">ကမ္ဘောဒီးယား</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation type="unfinished">လာအို</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished">မြန်မာ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished">ထိုင်း</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished">ဗီယက်နမ်</translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished">တရုတ်</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished">မလေးရှား</translation>
    </message>
    <message>
        <source>Stateless or unknown</source>
        <translation type="unfinished">နိုင်ငံမဲ့ သို့မဟုတ် မသိ</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation type="unfinished">အခြားနိုင်ငံ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished">ခမာ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">လာအို</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished">ထိုင်း</translation>
    </message>
    <message>
        <source>Myanmar (Burmese)</source>
        <translation type="unfinished">မြန်မာ</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">အင်္ဂလိပ်</translation>
    </message>
    <message>
        <source>Shan</source>
        <translation type="unfinished">ရှမ်း</translation>
    </message>
    <message>
        <source>Karen (S&apos;gaw)</source>
        <translation type="unfinished">ကရင် (စကော)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished">မွန်</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished">ဗီယက်နမ်</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished">တရုတ်</translation>
    </message>
    <message>
        <source>Documented (valid passport and permit)</source>
        <translation type="unfinished">စာရွက်စာတမ်း ပြည့်စုံ (သက်တမ်းရှိ ပတ်စ်ပို့နှင့် ပါမစ်)</translation>
    </message>
    <message>
        <source>Documents in process</source>
        <translation type="unfinished">စာရွက်စာတမ်း လုပ်ဆောင်ဆဲ</translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation type="unfinished">စာရွက်စာတမ်း မရှိ</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation type="unfinished">နေရပ်သို့ ပြန်ရောက်</translation>
    </message>
    <message>
        <source>Planning to migrate</source>
        <translation type="unfinished">ရွှေ့ပြောင်းရန် စီစဉ်နေ</translation>
    </message>
    <message>
        <source>Agriculture and plantations</source>
        <translation type="unfinished">စိုက်ပျိုးရေးနှင့် စိုက်ခင်း</translation>
    </message>
    <message>
        <source>Fishing and seafood processing</source>
        <translation type="unfinished">ငါးဖမ်းနှင့် ပင်လယ်စာ ထုပ်ပိုးလုပ်ငန်း</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished">ဆောက်လုပ်ရေး</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation type="unfinished">စက်ရုံအလုပ်</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation type="unfinished">အိမ်အကူအလုပ်</translation>
    </message>
    <message>
        <source>Restaurants, hotels and services</source>
        <translation type="unfinished">စားသောက်ဆိုင်၊ ဟိုတယ်နှင့် ဝန်ဆောင်မှုလုပ်ငန်း</translation>
    </message>
    <message>
        <source>Entertainment venues</source>
        <translation type="unfinished">ဖျော်ဖြေရေးနေရာများ</translation>
    </message>
    <message>
        <source>Market and trade</source>
        <translation type="unfinished">ဈေးနှင့် ကုန်သွယ်ရေး</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation type="unfinished">သယ်ယူပို့ဆောင်ရေး</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished">အလုပ်မလုပ်ပါ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">မသိ</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished">ပိုးမရှိ</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished">ပိုးရှိ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">ကူညီနေဆဲ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished">အဆက်အသွယ် ပြတ်သွား</translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation type="unfinished">ကွင်းဆင်း တွေ့ဆုံမှု</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished">ဖုန်းခေါ်ဆိုမှု</translation>
    </message>
    <message>
        <source>Message (chat app or SMS)</source>
        <translation type="unfinished">မက်ဆေ့ချ် (chat app သို့မဟုတ် SMS)</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished">အိမ်သို့ သွားရောက်တွေ့ဆုံမှု</translation>
    </message>
    <message>
        <source>Visit to the Red Cross office</source>
        <translation type="unfinished">ကြက်ခြေနီ ရုံးသို့ လာရောက်မှု</translation>
    </message>
    <message>
        <source>Accompanied to a clinic or office</source>
        <translation type="unfinished">ဆေးခန်း သို့မဟုတ် ရုံးသို့ လိုက်ပို့ပေးမှု</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished">အုပ်စုလိုက် ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation type="unfinished">ကျန်းမာရေး အသိပညာပေး</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">ကွန်ဒုံး</translation>
    </message>
    <message>
        <source>HIV testing or referral for testing</source>
        <translation type="unfinished">HIV သွေးစစ်ခြင်း သို့မဟုတ် သွေးစစ်ရန် ညွှန်းပို့ခြင်း</translation>
    </message>
    <message>
        <source>Treatment adherence support</source>
        <translation type="unfinished">ဆေးမှန်မှန်သောက်ရန် အားပေးကူညီခြင်း</translation>
    </message>
    <message>
        <source>Help to refill medicine</source>
        <translation type="unfinished">ဆေးပြန်ထုတ်ယူရန် ကူညီခြင်း</translation>
    </message>
    <message>
        <source>STI referral</source>
        <translation type="unfinished">လိင်မှတစ်ဆင့် ကူးစက်သောရောဂါ (STI) အတွက် ညွှန်းပို့ခြင်း</translation>
    </message>
    <message>
        <source>TB screening referral</source>
        <translation type="unfinished">တီဘီ စစ်ဆေးရန် ညွှန်းပို့ခြင်း</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">စိတ်ပိုင်းဆိုင်ရာနှင့် လူမှုရေး အားပေးကူညီမှု</translation>
    </message>
    <message>
        <source>Help with identity or work documents</source>
        <translation type="unfinished">မှတ်ပုံတင် သို့မဟုတ် အလုပ်စာရွက်စာတမ်းအတွက် ကူညီခြင်း</translation>
    </message>
    <message>
        <source>Protection or legal referral</source>
        <translation type="unfinished">အကာအကွယ် သို့မဟုတ် ဥပဒေရေးရာ ညွှန်းပို့ခြင်း</translation>
    </message>
    <message>
        <source>Food or emergency relief</source>
        <translation type="unfinished">စားနပ်ရိက္ခာ သို့မဟုတ် အရေးပေါ် ကယ်ဆယ်ရေး</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation type="unfinished">မိသားစုနှင့် ပြန်လည်ဆက်သွယ်ပေးခြင်း</translation>
    </message>
    <message>
        <source>Cross-border referral</source>
        <translation type="unfinished">နယ်စပ်ဖြတ်ကျော် ညွှန်းပို့ခြင်း</translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished">လိင်</translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished">အသက်အုပ်စု</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">နိုင်ငံ</translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished">ဘာသာစကား</translation>
    </message>
    <message>
        <source>migration status</source>
        <translation type="unfinished">ရွှေ့ပြောင်းမှု အခြေအနေ</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished">အလုပ်အကိုင်</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation type="unfinished">HIV အခြေအနေ</translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း အခြေအနေ</translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation type="unfinished">ဆက်သွယ်မှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished">ဝန်ဆောင်မှု</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">လုပ်ဆောင်မှု မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Audit log of this case file</source>
        <translation type="unfinished">ဤကိုယ်ရေးမှတ်တမ်း၏ လုပ်ဆောင်မှု မှတ်တမ်း</translation>
    </message>
    <message numerus="yes">
        <source>%n entries. The log is intact: no entry was changed or removed from the middle.</source>
        <translation type="unfinished">
            <numerusform>အချက် %n ခု။ မှတ်တမ်း မပျက်မယွင်း ရှိသည်: အလယ်မှ မည်သည့်အချက်ကိုမျှ ပြောင်းလဲခြင်း သို့မဟုတ် ဖယ်ရှားခြင်း မရှိပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: entry %1 of the log was changed outside Corridor.</source>
        <translation type="unfinished">သတိ: မှတ်တမ်း၏ အချက် %1 ကို Corridor ၏ အပြင်ဘက်တွင် ပြောင်းလဲထားသည်။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::AuditModel</name>
    <message>
        <source>viewed</source>
        <translation type="unfinished">ကြည့်ခဲ့သည်</translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished">ဖန်တီးခဲ့သည်</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">ပြင်ဆင်ခဲ့သည်</translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished">ထုတ်ယူခဲ့သည်</translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished">ပုံနှိပ်ခဲ့သည်</translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished">ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <source>unlocked the vault</source>
        <translation type="unfinished">လုံခြုံသိုလှောင်ခန်းကို သော့ဖွင့်ခဲ့သည်</translation>
    </message>
    <message>
        <source>changed passphrase</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ဘယ်အချိန်</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">ဘယ်သူ</translation>
    </message>
    <message>
        <source>Did what</source>
        <translation type="unfinished">ဘာလုပ်ခဲ့သလဲ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">အသေးစိတ်</translation>
    </message>
</context>
<context>
    <name>corridor::ui::BookletPanel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(မရှိ)</translation>
    </message>
    <message>
        <source>Translation status — %1</source>
        <translation type="unfinished">ဘာသာပြန် အခြေအနေ — %1</translation>
    </message>
    <message>
        <source>Export the booklet as PDF</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်ကို PDF အဖြစ် ထုတ်ခြင်း</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <source>The booklet was saved as %1.</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်ကို %1 အဖြစ် သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Know before you go</source>
        <translation type="unfinished">မသွားမီ သိထားပါ</translation>
    </message>
    <message>
        <source>Print the booklet</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်ကို ပုံနှိပ်ထုတ်ခြင်း</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation type="unfinished">
            <numerusform>စာမျက်နှာ %n မျက်နှာကို ပုံနှိပ်စက်သို့ ပို့ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Side by side with:</source>
        <translation type="unfinished">ဘေးချင်းယှဉ်ပြမည့် ဘာသာစကား (&amp;S):</translation>
    </message>
    <message>
        <source>Search the booklet (Ctrl+F, then Enter for the next)</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်ထဲတွင် ရှာရန် (Ctrl+F၊ နောက်တစ်ခုအတွက် Enter)</translation>
    </message>
    <message>
        <source>L&amp;arge text</source>
        <translation type="unfinished">စာလုံးကြီး (&amp;A)</translation>
    </message>
    <message>
        <source>Bigger letters, for reading together with a migrant</source>
        <translation type="unfinished">ရွှေ့ပြောင်းနေထိုင်သူနှင့် အတူတကွ ဖတ်ရန် စာလုံးကြီးများ</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished">PDF ထုတ်မည် (&amp;E)…</translation>
    </message>
    <message>
        <source>Save the booklet in the chosen language(s) as A5 pages to print or share</source>
        <translation type="unfinished">ပုံနှိပ်ရန် သို့မဟုတ် မျှဝေရန် လက်ကမ်းစာစောင်ကို ရွေးထားသော ဘာသာစကား(များ)ဖြင့် A5 စာမျက်နှာများအဖြစ် သိမ်းမည်</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">ပုံနှိပ်မည် (&amp;P)…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CameraScanDialog</name>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished">QR ကုဒ် စကင်ဖတ်ခြင်း</translation>
    </message>
    <message>
        <source>No camera found on this laptop.</source>
        <translation type="unfinished">ဤလက်ပ်တော့တွင် ကင်မရာ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>Open a photo or screenshot of the code instead, or paste the card&apos;s text.</source>
        <translation type="unfinished">ယင်းအစား ကုဒ်၏ ဓာတ်ပုံ သို့မဟုတ် screenshot ကို ဖွင့်ပါ၊ သို့မဟုတ် စက်ကတ်၏ စာသားကို ကူးထည့်ပါ။</translation>
    </message>
    <message>
        <source>Hold the code in front of the camera, about a hand&apos;s length away.</source>
        <translation type="unfinished">ကုဒ်ကို ကင်မရာရှေ့တွင် လက်တစ်ထွာခန့် အကွာတွင် ကိုင်ထားပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseEditor</name>
    <message>
        <source>Choose a case file on the left, or press Ctrl+N for a new one.</source>
        <translation type="unfinished">ဘယ်ဘက်ရှိ ကိုယ်ရေးမှတ်တမ်းတစ်ခုကို ရွေးပါ၊ သို့မဟုတ် အသစ်ဖွင့်ရန် Ctrl+N ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း အသစ်</translation>
    </message>
    <message>
        <source>The person has not agreed to keep records: ask again, or do not keep this case file.</source>
        <translation type="unfinished">ထိုသူက မှတ်တမ်းထားရန် သဘောမတူသေးပါ: ထပ်မေးပါ၊ သို့မဟုတ် ဤကိုယ်ရေးမှတ်တမ်းကို မထားပါနှင့်။</translation>
    </message>
    <message>
        <source>Possible duplicate: %1.</source>
        <translation type="unfinished">ထပ်နေနိုင်သည်: %1။</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished">သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">မသိမ်းရသေးသော ပြင်ဆင်မှုများ</translation>
    </message>
    <message>
        <source>This case file has changes that are not saved. Save them now?</source>
        <translation type="unfinished">ဤကိုယ်ရေးမှတ်တမ်းတွင် မသိမ်းရသေးသော ပြင်ဆင်မှုများ ရှိသည်။ ယခု သိမ်းမလား?</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation type="unfinished">(%1 တွင် ပြီးခဲ့သည်)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished">(ရက်လွန်နေပြီ)</translation>
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
        <translation type="unfinished">အမည် သို့မဟုတ် အမည်ပြောင်</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation type="unfinished">လိင်၊ အသက်</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished">လက်ရှိနေရာ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">အခြေအနေ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished">နောက်ဆုံး ဆက်သွယ်မှု</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">နောက်တစ်ကြိမ် ဆက်သွယ်ရန်</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CaseListPanel</name>
    <message>
        <source>No case file matches “%1”.</source>
        <translation type="unfinished">“%1” နှင့် ကိုက်ညီသော ကိုယ်ရေးမှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <source>%1 case files shown; scroll for more</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း %1 ခု ပြထားသည်။ ထပ်ကြည့်ရန် အောက်သို့ ဆွဲချပါ</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation type="unfinished">
            <numerusform>ကိုယ်ရေးမှတ်တမ်း %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by UIC, name, phone or place (Ctrl+F)</source>
        <translation type="unfinished">UIC၊ အမည်၊ ဖုန်း သို့မဟုတ် နေရာဖြင့် ရှာပါ (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">အခြေအနေ အားလုံး</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished">ဆက်သွယ်ရန် ရက်ကျပြီ</translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း အသစ်</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation type="unfinished">လူသစ်တစ်ဦးကို စာရင်းသွင်းပါ (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ConflictDialog</name>
    <message>
        <source>Keep the &amp;current value</source>
        <translation type="unfinished">လက်ရှိတန်ဖိုးကို ထားမည် (&amp;C)</translation>
    </message>
    <message>
        <source>Keep the &amp;other value</source>
        <translation type="unfinished">အခြားတန်ဖိုးကို ထားမည် (&amp;O)</translation>
    </message>
    <message>
        <source>Type a &amp;new value…</source>
        <translation type="unfinished">တန်ဖိုးအသစ် ရိုက်ထည့်မည် (&amp;N)…</translation>
    </message>
    <message>
        <source>Conflicts to decide</source>
        <translation type="unfinished">ဆုံးဖြတ်ရန် ကွဲလွဲမှုများ</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Corridor shows the value every laptop agrees on for now (“current”) and the other one. Decide which is right: your choice travels with the next bundles, and the value not kept stays in the history.</source>
        <translation type="unfinished">လူနှစ်ဦးသည် တစ်ဦး၏ ပြင်ဆင်မှုကို တစ်ဦးက မမြင်ရဘဲ အကွက်တစ်ခုတည်းကို ပြင်ဆင်ခဲ့ကြသည်။ Corridor သည် လက်ပ်တော့အားလုံး လောလောဆယ် သဘောတူထားသော တန်ဖိုး (“လက်ရှိ”) နှင့် အခြားတန်ဖိုးကို ပြထားသည်။ မည်သည့်တန်ဖိုး မှန်သည်ကို ဆုံးဖြတ်ပါ: သင့်ရွေးချယ်မှုသည် နောက်ထပ် ဒေတာထုပ်များနှင့်အတူ ပါသွားမည်ဖြစ်ပြီး မထားသော တန်ဖိုးကို ပြောင်းလဲမှု သမိုင်းတွင် ဆက်ထားမည်။</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">အကွက်</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished">လက်ရှိတန်ဖိုး</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished">ပြင်ဆင်သူ</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished">အခြားတန်ဖိုး</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1၊ %2</translation>
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
        <translation type="unfinished">ကွဲလွဲမှု မရှိပါ: အကွက်တိုင်းတွင် အားလုံး သဘောတူသော တန်ဖိုးတစ်ခုစီ ရှိသည်။</translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished">တန်ဖိုးအသစ်</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ဟုတ်ကဲ့</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished">လုံခြုံသိုလှောင်ခန်း ဖန်တီးနေသည်</translation>
    </message>
    <message>
        <source>Measuring this laptop to make the passphrase slow to guess, then creating the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်းကို ခန့်မှန်းရ ခက်စေရန် ဤလက်ပ်တော့ကို တိုင်းတာနေပြီး၊ ထို့နောက် စာဝှက်ထားသော လုံခြုံသိုလှောင်ခန်းကို ဖန်တီးပါမည်။ စက္ကန့် အနည်းငယ် ကြာပါမည်။</translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation type="unfinished">လုံခြုံသိုလှောင်ခန်း အသင့်ဖြစ်ပါပြီ။</translation>
    </message>
    <message>
        <source>The vault could not be created. Nothing was written; go back, correct the problem and try again.</source>
        <translation type="unfinished">လုံခြုံသိုလှောင်ခန်းကို ဖန်တီး၍ မရပါ။ ဘာမှ မရေးသွင်းရသေးပါ။ နောက်သို့ ပြန်သွားပြီး ပြဿနာကို ပြင်ကာ ထပ်ကြိုးစားပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::CurriculumPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n မိနစ်</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation status: %1</source>
        <translation type="unfinished">ဘာသာပြန် အခြေအနေ: %1</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished">သင်ခန်းစာများ</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n မိနစ်</numerusform>
        </translation>
    </message>
    <message>
        <source>The full text of this lesson is not translated yet: it is shown in English below the translated title and objectives.</source>
        <translation type="unfinished">ဤသင်ခန်းစာ၏ စာသားအပြည့်အစုံကို ဘာသာမပြန်ရသေးပါ: ဘာသာပြန်ထားသော ခေါင်းစဉ်နှင့် ရည်မှန်းချက်များ၏ အောက်တွင် အင်္ဂလိပ်ဘာသာဖြင့် ပြထားသည်။</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">ရည်မှန်းချက်များ</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished">သင်တန်းပို့ချသူအတွက် မှတ်စုများ</translation>
    </message>
    <message>
        <source>Participant content</source>
        <translation type="unfinished">သင်တန်းသားများအတွက် အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>Quiz and answers</source>
        <translation type="unfinished">ဉာဏ်စမ်းမေးခွန်းများနှင့် အဖြေများ</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished">ရှင်းလင်းချက်: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <source>Show facilitator &amp;notes and answers</source>
        <translation type="unfinished">သင်တန်းပို့ချသူအတွက် မှတ်စုများနှင့် အဖြေများကို ပြမည် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Present (F5)</source>
        <translation type="unfinished">တင်ပြမည် (F5) (&amp;P)</translation>
    </message>
    <message>
        <source>Show the lesson full screen, one slide at a time; arrows move, N shows the notes, Esc ends</source>
        <translation type="unfinished">သင်ခန်းစာကို မျက်နှာပြင်အပြည့်ဖြင့် ဆလိုက် တစ်ခုချင်း ပြမည်။ မြှားခလုတ်များဖြင့် ရွှေ့ပါ၊ N ဖြင့် မှတ်စုများ ပြပါ၊ Esc ဖြင့် ရပ်ပါ</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished">ဉာဏ်စမ်းမေးခွန်း (&amp;Q)</translation>
    </message>
    <message>
        <source>Module and lesson</source>
        <translation type="unfinished">မော်ဂျူးနှင့် သင်ခန်းစာ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">ကြာချိန်</translation>
    </message>
</context>
<context>
    <name>corridor::ui::DeviceCardDialog</name>
    <message>
        <source>This laptop&apos;s card</source>
        <translation type="unfinished">ဤလက်ပ်တော့၏ စက်ကတ်</translation>
    </message>
    <message>
        <source>Save as a &amp;file…</source>
        <translation type="unfinished">ဖိုင်အဖြစ် သိမ်းမည် (&amp;F)…</translation>
    </message>
    <message>
        <source>Save the &amp;picture…</source>
        <translation type="unfinished">ပုံကို သိမ်းမည် (&amp;P)…</translation>
    </message>
    <message>
        <source>Your coordinators and volunteers enrol this laptop by scanning this code or opening the card file. A coordinator of a partner National Society who enrols it can send referrals to your organisation.</source>
        <translation type="unfinished">သင့်ညှိနှိုင်းရေးမှူးများနှင့် စေတနာ့ဝန်ထမ်းများသည် ဤကုဒ်ကို စကင်ဖတ်၍ သို့မဟုတ် စက်ကတ်ဖိုင်ကို ဖွင့်၍ ဤလက်ပ်တော့ကို စာရင်းသွင်းကြသည်။ မိတ်ဖက် နိုင်ငံ့ကြက်ခြေနီအသင်းမှ ညှိနှိုင်းရေးမှူးတစ်ဦးက ၎င်းကို စာရင်းသွင်းလျှင် သင့်အဖွဲ့အစည်းထံ ညွှန်းပို့မှုများ ပို့နိုင်မည်။</translation>
    </message>
    <message>
        <source>Show this code to your coordinator, or give them the card file: once they enrol this laptop, your branch trusts the bundles it writes.</source>
        <translation type="unfinished">ဤကုဒ်ကို သင့်ညှိနှိုင်းရေးမှူးအား ပြပါ၊ သို့မဟုတ် စက်ကတ်ဖိုင်ကို ပေးပါ: ညှိနှိုင်းရေးမှူးက ဤလက်ပ်တော့ကို စာရင်းသွင်းပြီးသည်နှင့် ဤလက်ပ်တော့ ရေးသော ဒေတာထုပ်များကို သင့်ဌာနခွဲက ယုံကြည်မည်။</translation>
    </message>
    <message>
        <source>Laptop:</source>
        <translation type="unfinished">လက်ပ်တော့:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished">တာဝန်:</translation>
    </message>
    <message>
        <source>National Society:</source>
        <translation type="unfinished">နိုင်ငံ့ကြက်ခြေနီအသင်း:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished">ဌာနခွဲ:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished">စက် id:</translation>
    </message>
    <message>
        <source>Organisation key:</source>
        <translation type="unfinished">အဖွဲ့အစည်း သော့:</translation>
    </message>
    <message>
        <source>included (partners use it to encrypt referrals to you)</source>
        <translation type="unfinished">ပါဝင်သည် (မိတ်ဖက်များက သင့်ထံ ပို့သော ညွှန်းပို့မှုများကို စာဝှက်ရန် ၎င်းကို သုံးသည်)</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s card</source>
        <translation type="unfinished">ဤလက်ပ်တော့၏ စက်ကတ်ကို သိမ်းခြင်း</translation>
    </message>
    <message>
        <source>Corridor device cards (*.txt)</source>
        <translation type="unfinished">Corridor စက်ကတ်များ (*.txt)</translation>
    </message>
    <message>
        <source>Save the card&apos;s QR code</source>
        <translation type="unfinished">စက်ကတ်၏ QR ကုဒ်ကို သိမ်းခြင်း</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished">PNG ပုံများ (*.png)</translation>
    </message>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation type="unfinished">ပုံ %1 ကို ရေး၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished">ဆက်သွယ်မှု မှတ်တမ်းတင်ခြင်း</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">ဆက်သွယ်မှု ပြင်ဆင်ခြင်း</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EncounterModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">ရက်စွဲ</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished">ဆက်သွယ်မှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished">ပေးခဲ့သော ဝန်ဆောင်မှုများ</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished">နောက်တစ်ကြိမ် ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">မှတ်ချက်များ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished">စက်တစ်ခု စာရင်းသွင်းခြင်း</translation>
    </message>
    <message>
        <source>Enrol a laptop of your National Society so that your branch trusts the bundles it writes, or register a partner National Society from its coordinator&apos;s card.</source>
        <translation type="unfinished">သင်၏ နိုင်ငံ့ကြက်ခြေနီအသင်းမှ လက်ပ်တော့တစ်လုံးကို စာရင်းသွင်းပါ၊ သို့မှသာ ၎င်းရေးသော ဒေတာထုပ်များကို သင့်ဌာနခွဲက ယုံကြည်မည်။ သို့မဟုတ် မိတ်ဖက် နိုင်ငံ့ကြက်ခြေနီအသင်းကို ၎င်း၏ ညှိနှိုင်းရေးမှူး၏ စက်ကတ်မှ မှတ်ပုံတင်ပါ။</translation>
    </message>
    <message>
        <source>Take in your coordinator&apos;s card: from then on this laptop trusts the devices your coordinator enrols.</source>
        <translation type="unfinished">သင့်ညှိနှိုင်းရေးမှူး၏ စက်ကတ်ကို ထည့်ပါ: ထိုအချိန်မှစ၍ သင့်ညှိနှိုင်းရေးမှူး စာရင်းသွင်းသော စက်များကို ဤလက်ပ်တော့က ယုံကြည်မည်။</translation>
    </message>
    <message>
        <source>&amp;Open a card file or picture…</source>
        <translation type="unfinished">စက်ကတ်ဖိုင် သို့မဟုတ် ပုံကို ဖွင့်မည် (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Scan with the camera…</source>
        <translation type="unfinished">ကင်မရာဖြင့် စကင်ဖတ်မည် (&amp;S)…</translation>
    </message>
    <message>
        <source>No camera found on this laptop.</source>
        <translation type="unfinished">ဤလက်ပ်တော့တွင် ကင်မရာ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>…or paste the card&apos;s text here (it starts with CRDC1:)</source>
        <translation type="unfinished">…သို့မဟုတ် စက်ကတ်၏ စာသားကို ဤနေရာတွင် ကူးထည့်ပါ (CRDC1: ဖြင့် စသည်)</translation>
    </message>
    <message>
        <source>&amp;Trust this device</source>
        <translation type="unfinished">ဤစက်ကို ယုံကြည်မည် (&amp;T)</translation>
    </message>
    <message>
        <source>Open a device card</source>
        <translation type="unfinished">စက်ကတ် ဖွင့်ခြင်း</translation>
    </message>
    <message>
        <source>Cards and pictures (*.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished">စက်ကတ်နှင့် ပုံများ (*.txt *.png *.jpg *.jpeg);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No card yet.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;စက်ကတ် မရှိသေးပါ။&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This device was revoked here; it cannot be enrolled again.</source>
        <translation type="unfinished">ဤစက်ကို ဤနေရာတွင် ရုပ်သိမ်းထားပြီး ဖြစ်သည်။ ထပ်မံ စာရင်းသွင်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>This device is already trusted here.</source>
        <translation type="unfinished">ဤစက်ကို ဤနေရာတွင် ယုံကြည်ပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, %4&lt;br&gt;Device id: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3၊ %4&lt;br&gt;စက် id: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This card is from another National Society: it will be registered as a &lt;b&gt;partner&lt;/b&gt;. Only referrals addressed to them, and their answers, travel between you.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;ဤစက်ကတ်သည် အခြား နိုင်ငံ့ကြက်ခြေနီအသင်းမှ ဖြစ်သည်: ၎င်းကို &lt;b&gt;မိတ်ဖက်&lt;/b&gt; အဖြစ် မှတ်ပုံတင်မည်။ ၎င်းတို့ထံ ပို့သော ညွှန်းပို့မှုများနှင့် ၎င်းတို့၏ အကြောင်းပြန်ချက်များသာ သင်တို့ကြား ကူးလူးသွားလာမည်။&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the device id with its owner (read it aloud) before you trust it.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;မယုံကြည်မီ စက် id ကို ပိုင်ရှင်နှင့် တိုက်စစ်ပါ (အသံထွက် ဖတ်ပြပါ)။&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>corridor::ui::EraseDialog</name>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished">ဤသူ၏ အချက်အလက်အားလုံး ဖျက်ခြင်း</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 and everything about them?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The case file, every contact, follow-up and referral are removed from this laptop, and from every laptop the next bundles reach. It cannot be undone. Who erased and why is kept; nothing about the person is.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;%1 နှင့် ထိုသူအကြောင်း အားလုံးကို ဖျက်မလား?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ကိုယ်ရေးမှတ်တမ်း၊ ဆက်သွယ်မှုတိုင်း၊ နောက်ဆက်တွဲ ဆက်သွယ်မှုတိုင်းနှင့် ညွှန်းပို့မှုတိုင်းကို ဤလက်ပ်တော့မှ ဖယ်ရှားမည်ဖြစ်ပြီး နောက်ထပ် ဒေတာထုပ်များ ရောက်သွားသော လက်ပ်တော့တိုင်းမှလည်း ဖယ်ရှားမည်။ ပြန်ပြင်၍ မရပါ။ မည်သူ ဖျက်ခဲ့သည်နှင့် အဘယ်ကြောင့် ဖျက်ခဲ့သည်ကိုသာ သိမ်းထားမည်၊ ထိုသူအကြောင်း ဘာမှ မသိမ်းပါ။&lt;/p&gt;</translation>
    </message>
    <message>
        <source>For example: the person asked for their data to be removed</source>
        <translation type="unfinished">ဥပမာ - ထိုသူက ၎င်း၏ အချက်အလက်များကို ဖျက်ပေးရန် တောင်းဆိုခဲ့သည်</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation type="unfinished">ဤလုပ်ဆောင်ချက်ကို ပြန်ပြင်၍ မရကြောင်း နားလည်ပါသည်</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished">အကြောင်းရင်း (&amp;R):</translation>
    </message>
    <message>
        <source>You are not a coordinator: a second user of this laptop confirms with their passphrase.</source>
        <translation type="unfinished">သင်သည် ညှိနှိုင်းရေးမှူး မဟုတ်ပါ: ဤလက်ပ်တော့၏ ဒုတိယ အသုံးပြုသူတစ်ဦးက ၎င်း၏ လျှို့ဝှက်စာကြောင်းဖြင့် အတည်ပြုရမည်။</translation>
    </message>
    <message>
        <source>Second &amp;user:</source>
        <translation type="unfinished">ဒုတိယ အသုံးပြုသူ (&amp;U):</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation type="unfinished">ထိုသူ၏ လျှို့ဝှက်စာကြောင်း (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished">ဖျက်မည် (&amp;E)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::FirstRunWizard</name>
    <message>
        <source>Set up Corridor</source>
        <translation type="unfinished">Corridor ကို စတင်ပြင်ဆင်ခြင်း</translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpListWidget</name>
    <message>
        <source>%1 overdue, %2 due in the next %3 days</source>
        <translation type="unfinished">ရက်လွန် %1 ခု၊ နောက် %3 ရက်အတွင်း ရက်ကျမည့် %2 ခု</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished">ရက်ကျနေသော နောက်ဆက်တွဲ ဆက်သွယ်မှုများ</translation>
    </message>
    <message>
        <source>Due within </source>
        <translation type="unfinished">ရက်ကျချိန် </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> ရက်အတွင်း</translation>
    </message>
    <message>
        <source>Only my case files</source>
        <translation type="unfinished">ကျွန်ုပ်၏ ကိုယ်ရေးမှတ်တမ်းများသာ</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">ပြီးကြောင်း မှတ်မည် (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open case file</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း ဖွင့်မည် (&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) overdue: show them</source>
        <translation type="unfinished">
            <numerusform>ရက်လွန်နေသော ညွှန်းပို့မှု %n ခု ရှိသည်: ကြည့်မည်</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::FollowUpModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n ရက် ကျော်လွန်နေပြီ</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished">ယနေ့ ရက်ကျ</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>နောက် %n ရက်တွင်</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">ရက်ချိန်း</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ဘယ်တော့</translation>
    </message>
    <message>
        <source>UIC</source>
        <translation type="unfinished">UIC</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished">အမည် သို့မဟုတ် အမည်ပြောင်</translation>
    </message>
    <message>
        <source>Phone (if consent)</source>
        <translation type="unfinished">ဖုန်း (သဘောတူလျှင်)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">အကြောင်းရင်း</translation>
    </message>
</context>
<context>
    <name>corridor::ui::HistoryDialog</name>
    <message>
        <source>History of this case file</source>
        <translation type="unfinished">ဤကိုယ်ရေးမှတ်တမ်း၏ ပြောင်းလဲမှု သမိုင်း</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">ဘယ်အချိန်</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">ဘယ်သူ</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished">လက်ပ်တော့</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">ဘာပြောင်းခဲ့သလဲ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">တန်ဖိုး</translation>
    </message>
    <message>
        <source>someone on that laptop</source>
        <translation type="unfinished">ထိုလက်ပ်တော့ပေါ်ရှိ တစ်စုံတစ်ယောက်</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation type="unfinished">%1 ကို ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <source>%1 changed (contents removed by the erasure)</source>
        <translation type="unfinished">%1 ကို ပြင်ဆင်ခဲ့သည် (ဖျက်ခြင်းကြောင့် အကြောင်းအရာကို ဖယ်ရှားထားသည်)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) written</source>
        <translation type="unfinished">
            <numerusform>%1: အကွက် %n ခု ရေးခဲ့သည်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. A value replaced later, or one that lost a conflict, stays here.</source>
        <translation type="unfinished">
            <numerusform>ပြောင်းလဲမှု %n ခု၊ အသစ်ဆုံးကို ထိပ်ဆုံးတွင် ပြသည်။ နောက်ပိုင်းတွင် အစားထိုးခံရသော တန်ဖိုး သို့မဟုတ် ကွဲလွဲမှုတွင် မရွေးခံရသော တန်ဖိုးလည်း ဤနေရာတွင် ကျန်ရှိသည်။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished">တင်သွင်းမှု အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished">ဒေတာထုပ်</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">ပို့သူ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">ရလဒ်</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">အသစ်</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished">ရှိပြီးသား</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">ဖန်တီးပြီး</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">ပြင်ဆင်ပြီး</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished">ဖျက်ပြီး</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">ကွဲလွဲမှုများ</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished">ဆိုင်းငံ့ထား</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished">ငြင်းပယ်လိုက်သည်: %1</translation>
    </message>
    <message>
        <source>Already imported: nothing changed</source>
        <translation type="unfinished">တင်သွင်းပြီးသား: ဘာမှ မပြောင်းလဲပါ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">တင်သွင်းပြီး</translation>
    </message>
    <message>
        <source>Refused change: %1</source>
        <translation type="unfinished">ငြင်းပယ်ထားသော ပြောင်းလဲမှု: %1</translation>
    </message>
    <message>
        <source>&amp;Decide conflicts…</source>
        <translation type="unfinished">ကွဲလွဲမှုများကို ဆုံးဖြတ်မည် (&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) read.</source>
        <translation type="unfinished">
            <numerusform>ဒေတာထုပ် %n ခု ဖတ်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s), %1 already here.</source>
        <translation type="unfinished">
            <numerusform>ပြောင်းလဲမှုအသစ် %n ခု၊ ရှိပြီးသား %1 ခု။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held back until their author is enrolled.</source>
        <translation type="unfinished">
            <numerusform>ရေးသူ၏ စက်ကို စာရင်းမသွင်းမချင်း ပြောင်းလဲမှု %n ခုကို ဆိုင်းငံ့ထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: tell your coordinator.</source>
        <translation type="unfinished">သတိပေးချက်: သင့်ညှိနှိုင်းရေးမှူးကို အသိပေးပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation type="unfinished">
            <numerusform>ဆုံးဖြတ်ရန် ကွဲလွဲမှု %n ခု။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused (nothing in a refused bundle is used).</source>
        <translation type="unfinished">
            <numerusform>ဒေတာထုပ် %n ခုကို ငြင်းပယ်လိုက်သည် (ငြင်းပယ်ထားသော ဒေတာထုပ်ထဲမှ မည်သည့်အရာကိုမျှ မသုံးပါ)။</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: this may not be an accident (a changed or forged bundle, or one device using a number twice). Tell your coordinator.</source>
        <translation type="unfinished">သတိပေးချက်: ဤအရာသည် မတော်တဆ ဖြစ်ခြင်း မဟုတ်နိုင်ပါ (ပြောင်းလဲထားသော သို့မဟုတ် အတုလုပ်ထားသော ဒေတာထုပ်၊ သို့မဟုတ် စက်တစ်လုံးက နံပါတ်တစ်ခုကို နှစ်ကြိမ် သုံးခြင်း)။ သင့်ညှိနှိုင်းရေးမှူးကို အသိပေးပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MainWindow</name>
    <message>
        <source>Follow-ups due (%1, %2 overdue)</source>
        <translation type="unfinished">ရက်ကျနေသော နောက်ဆက်တွဲ ဆက်သွယ်မှုများ (%1၊ ရက်လွန် %2)</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation type="unfinished">ရက်ကျနေသော နောက်ဆက်တွဲ ဆက်သွယ်မှုများ (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Corridor locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform>%n မိနစ် အသုံးမပြုသဖြင့် Corridor သည် အလိုအလျောက် သော့ခတ်သွားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>About Corridor</source>
        <translation type="unfinished">Corridor အကြောင်း</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case files, cross-border referrals and training for Red Cross outreach volunteers supporting migrants living with HIV.&lt;/p&gt;&lt;p&gt;Everything is kept encrypted on this laptop (SQLCipher %2).&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Corridor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;HIV နှင့်အတူ နေထိုင်သော ရွှေ့ပြောင်းနေထိုင်သူများကို ကူညီပေးသည့် ကြက်ခြေနီ ကွင်းဆင်း စေတနာ့ဝန်ထမ်းများအတွက် ကိုယ်ရေးမှတ်တမ်းများ၊ နယ်စပ်ဖြတ်ကျော် ညွှန်းပို့မှုများနှင့် သင်တန်း။&lt;/p&gt;&lt;p&gt;အားလုံးကို ဤလက်ပ်တော့ပေါ်တွင် စာဝှက်၍ သိမ်းထားသည် (SQLCipher %2)။&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">ဖိုင် (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">ကြည့်ရန် (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း အသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">သိမ်းမည် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished">ဆက်သွယ်မှု မှတ်တမ်းတင်မည် (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find a case file</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်း ရှာမည် (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">သော့ခတ်မည် (&amp;L)</translation>
    </message>
    <message>
        <source>Lock Corridor now (Ctrl+L)</source>
        <translation type="unfinished">Corridor ကို ယခု သော့ခတ်မည် (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">ဆက်တင်များ (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ထွက်မည် (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Case files</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်းများ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation type="unfinished">ရက်ကျနေသော နောက်ဆက်တွဲ ဆက်သွယ်မှုများ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished">လုပ်ဆောင်မှု မှတ်တမ်း (&amp;A)…</translation>
    </message>
    <message>
        <source>Audit log of this case &amp;file…</source>
        <translation type="unfinished">ဤကိုယ်ရေးမှတ်တမ်း၏ လုပ်ဆောင်မှု မှတ်တမ်း (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">အသစ်ပြန်ပြမည် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Corridor</source>
        <translation type="unfinished">Corridor အကြောင်း (&amp;A)</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်းများ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished">ရက်ကျနေသော နောက်ဆက်တွဲ ဆက်သွယ်မှုများ</translation>
    </message>
    <message>
        <source>PRACTICE MODE — every person here is fictional. Use it to learn and to teach; nothing is kept after you quit.</source>
        <translation type="unfinished">လေ့ကျင့်ရေးမုဒ် — ဤနေရာရှိ လူတိုင်းသည် စိတ်ကူးယဉ် လူများ ဖြစ်သည်။ သင်ယူရန်နှင့် သင်ကြားရန် သုံးပါ။ ထွက်လိုက်လျှင် ဘာမှ သိမ်းမထားပါ။</translation>
    </message>
    <message>
        <source>[PRACTICE]</source>
        <translation type="unfinished">[လေ့ကျင့်ရေး]</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">ဝင်ရောက်ထားသူ: %1 (%2)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished">Corridor</translation>
    </message>
    <message>
        <source>Your role (trainer) does not give access to case files.</source>
        <translation type="unfinished">သင့်တာဝန် (သင်တန်းဆရာ) ဖြင့် ကိုယ်ရေးမှတ်တမ်းများကို ကြည့်ခွင့် မရှိပါ။</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished">ထပ်တူညှိခြင်း (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;History of this case file…</source>
        <translation type="unfinished">ဤကိုယ်ရေးမှတ်တမ်း၏ ပြောင်းလဲမှု သမိုင်း (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation type="unfinished">ဤသူ၏ အချက်အလက်အားလုံး ဖျက်မည် (&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ync centre</source>
        <translation type="unfinished">ထပ်တူညှိမှု စင်တာ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">ဒေတာထုပ်များ တင်သွင်းမည် (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export for a device…</source>
        <translation type="unfinished">စက်တစ်ခုအတွက် ထုတ်မည် (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide…</source>
        <translation type="unfinished">ဆုံးဖြတ်ရန် ကွဲလွဲမှုများ (&amp;C)…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation type="unfinished">ဤလက်ပ်တော့၏ စက်ကတ် (&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished">စက်တစ်ခု စာရင်းသွင်းမည် (&amp;N)…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished">ထပ်တူညှိခြင်း</translation>
    </message>
    <message>
        <source>The person was erased here; the erasure travels with the next bundles.</source>
        <translation type="unfinished">ထိုသူ၏ အချက်အလက်ကို ဤနေရာတွင် ဖျက်ပြီးပါပြီ။ ဖျက်ခြင်းသည် နောက်ထပ် ဒေတာထုပ်များနှင့်အတူ အခြားစက်များသို့ ရောက်သွားမည်။</translation>
    </message>
    <message>
        <source>Referrals (%1 overdue)</source>
        <translation type="unfinished">ညွှန်းပို့မှုများ (ရက်လွန် %1)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">ညွှန်းပို့မှုများ</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished">ညွှန်းပို့မှုများ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refer to another service…</source>
        <translation type="unfinished">အခြား ဝန်ဆောင်မှုသို့ ညွှန်းပို့မည် (&amp;R)…</translation>
    </message>
    <message>
        <source>Write a referral and its slip for the open case file (Ctrl+R)</source>
        <translation type="unfinished">ဖွင့်ထားသော ကိုယ်ရေးမှတ်တမ်းအတွက် ညွှန်းပို့မှုနှင့် ညွှန်းပို့စာ ရေးမည် (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;ceive a referral slip…</source>
        <translation type="unfinished">ညွှန်းပို့စာ လက်ခံမည် (&amp;C)…</translation>
    </message>
    <message>
        <source>Referrals &amp;board</source>
        <translation type="unfinished">ညွှန်းပို့မှု စာရင်းဘုတ် (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Site directory…</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ စာရင်း (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation type="unfinished">သင်ယူရန် (&amp;L)</translation>
    </message>
    <message>
        <source>&quot;Know before you go&quot; &amp;booklet</source>
        <translation type="unfinished">&quot;မသွားမီ သိထားပါ&quot; လက်ကမ်းစာစောင် (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export the booklet as PDF…</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်ကို PDF အဖြစ် ထုတ်မည် (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print the booklet…</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်ကို ပုံနှိပ်မည် (&amp;P)…</translation>
    </message>
    <message>
        <source>Training &amp;curriculum</source>
        <translation type="unfinished">သင်တန်း သင်ရိုးညွှန်းတမ်း (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Present the lesson</source>
        <translation type="unfinished">သင်ခန်းစာကို တင်ပြမည် (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quiz on the lesson…</source>
        <translation type="unfinished">သင်ခန်းစာအတွက် ဉာဏ်စမ်းမေးခွန်း (&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Training records</source>
        <translation type="unfinished">သင်တန်း မှတ်တမ်းများ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record a training…</source>
        <translation type="unfinished">သင်တန်း မှတ်တမ်းတင်မည် (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import a newer content pack…</source>
        <translation type="unfinished">ပိုသစ်သော အကြောင်းအရာထုပ် တင်သွင်းမည် (&amp;I)…</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation type="unfinished">လက်ကမ်းစာစောင်</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished">သင်ရိုးညွှန်းတမ်း</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">သင်တန်း</translation>
    </message>
    <message>
        <source>Import a content pack</source>
        <translation type="unfinished">အကြောင်းအရာထုပ် တင်သွင်းခြင်း</translation>
    </message>
    <message>
        <source>Content packs (*.corridor-pack);;All files (*)</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်များ (*.corridor-pack);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Content pack not imported</source>
        <translation type="unfinished">အကြောင်းအရာထုပ်ကို မတင်သွင်းရပါ</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation type="unfinished">%1

ဘာမှ မပြောင်းလဲရသေးပါ။</translation>
    </message>
    <message>
        <source>Replace the booklet and curriculum in use with version %1, signed by %2?</source>
        <translation type="unfinished">လက်ရှိသုံးနေသော လက်ကမ်းစာစောင်နှင့် သင်ရိုးညွှန်းတမ်းကို %2 က လက်မှတ်ထိုးထားသော ဗားရှင်း %1 ဖြင့် အစားထိုးမလား?</translation>
    </message>
    <message>
        <source>Content pack version %1 is now in use (was %2).</source>
        <translation type="unfinished">အကြောင်းအရာထုပ် ဗားရှင်း %1 ကို ယခု သုံးနေပါပြီ (ယခင် %2)။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished">ဤစာကို ဖျောက်မည်</translation>
    </message>
</context>
<context>
    <name>corridor::ui::OrganisationPage</name>
    <message>
        <source>Your National Society</source>
        <translation type="unfinished">သင်၏ နိုင်ငံ့ကြက်ခြေနီအသင်း</translation>
    </message>
    <message>
        <source>Case files and referrals are kept per National Society and branch.</source>
        <translation type="unfinished">ကိုယ်ရေးမှတ်တမ်းများနှင့် ညွှန်းပို့မှုများကို နိုင်ငံ့ကြက်ခြေနီအသင်းနှင့် ဌာနခွဲ အလိုက် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>&amp;National Society</source>
        <translation type="unfinished">နိုင်ငံ့ကြက်ခြေနီအသင်း (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished">ဌာနခွဲ (&amp;B)</translation>
    </message>
    <message>
        <source>e.g. Tak, Banteay Meanchey, Savannakhet</source>
        <translation type="unfinished">ဥပမာ - Tak, Banteay Meanchey, Savannakhet</translation>
    </message>
    <message>
        <source>Name of this &amp;laptop</source>
        <translation type="unfinished">ဤလက်ပ်တော့၏ အမည် (&amp;L)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::PassphraseDialog</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">စေတနာ့ဝန်ထမ်း</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished">သင်တန်းဆရာ (သင်ခန်းစာနှင့် သင်တန်းသာ၊ ကိုယ်ရေးမှတ်တမ်း မပါ)</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished">ကျွန်ုပ်၏ လျှို့ဝှက်စာကြောင်း ပြောင်းခြင်း</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The case files are not re-encrypted, so this is quick.</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်းအသစ်က အဟောင်းကို ချက်ချင်း အစားထိုးမည်။ ကိုယ်ရေးမှတ်တမ်းများကို ပြန်စာဝှက်ရန် မလိုသဖြင့် မြန်ဆန်ပါသည်။</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished">အသုံးပြုသူ ထည့်ခြင်း</translation>
    </message>
    <message>
        <source>A second person who uses this laptop gets their own name, role and passphrase. Everything they save is signed with their name.</source>
        <translation type="unfinished">ဤလက်ပ်တော့ကို သုံးမည့် ဒုတိယလူတစ်ဦးသည် ကိုယ်ပိုင် အမည်၊ တာဝန်နှင့် လျှို့ဝှက်စာကြောင်း ရရှိမည်။ ထိုသူ သိမ်းသမျှကို ထိုသူ၏ အမည်ဖြင့် လက်မှတ်ထိုးထားမည်။</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း အသစ် သတ်မှတ်ခြင်း</translation>
    </message>
    <message>
        <source>The recovery key opened the vault. Choose whose passphrase to replace.</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့ဖြင့် လုံခြုံသိုလှောင်ခန်းကို ဖွင့်ပြီးပါပြီ။ မည်သူ၏ လျှို့ဝှက်စာကြောင်းကို အစားထိုးမည်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း နှစ်ခု မတူပါ။ တူညီသော စာကြောင်းကို နှစ်ကြိမ် ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation type="unfinished">အသုံးပြုသူအသစ်၏ အမည်ကို ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::PresenterWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation type="unfinished">တင်ပြနေသည်: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n မိနစ်</numerusform>
        </translation>
    </message>
    <message>
        <source>By the end of this lesson you can:</source>
        <translation type="unfinished">ဤသင်ခန်းစာ ပြီးလျှင် သင် လုပ်နိုင်မည့်အရာများ:</translation>
    </message>
    <message>
        <source>%1 — slide %2 of %3 · → next, ← back, N notes, Esc end</source>
        <translation type="unfinished">%1 — ဆလိုက် %3 ခုအနက် %2 · → ရှေ့သို့၊ ← နောက်သို့၊ N မှတ်စုများ၊ Esc ရပ်မည်</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished">သင်တန်းပို့ချသူအတွက် မှတ်စုများ</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished">ဆလိုက် %2 ခုအနက် %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished">နောက်တစ်ခု: %1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation type="unfinished">နောက်ဆုံး ဆလိုက်</translation>
    </message>
</context>
<context>
    <name>corridor::ui::QuizDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished">စစ်ဆေးမည် (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished">နောက်မေးခွန်း (&amp;N)</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation type="unfinished">ဉာဏ်စမ်းမေးခွန်း: %1</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished">ပိတ်မည် (&amp;L)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">ပြီးဆုံးပါပြီ</translation>
    </message>
    <message numerus="yes">
        <source>You answered %1 of %n question(s) right (%2%).</source>
        <translation type="unfinished">
            <numerusform>မေးခွန်း %n ခုအနက် %1 ခုကို မှန်အောင် ဖြေနိုင်ခဲ့သည် (%2%)။</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished">အစမှ ပြန်စမည် (&amp;S)</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation type="unfinished">မေးခွန်း %2 ခုအနက် %1 · ယခုထိ %3 ခု မှန်သည်</translation>
    </message>
    <message>
        <source>&amp;See the score</source>
        <translation type="unfinished">ရမှတ်ကို ကြည့်မည် (&amp;S)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished">မှန်ပါသည်။</translation>
    </message>
    <message>
        <source>Not quite. The right answer is: %1</source>
        <translation type="unfinished">မမှန်ပါ။ အဖြေမှန်မှာ: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished">ရှင်းလင်းချက်: %1</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့ကို သုံးခြင်း</translation>
    </message>
    <message>
        <source>Type the recovery key printed when this vault was created (your coordinator keeps it). Dashes and small letters do not matter.</source>
        <translation type="unfinished">ဤလုံခြုံသိုလှောင်ခန်းကို ဖန်တီးစဉ်က ပုံနှိပ်ထုတ်ခဲ့သော ပြန်လည်ဖွင့်ရန်သော့ကို ရိုက်ထည့်ပါ (သင့်ညှိနှိုင်းရေးမှူးထံတွင် ရှိသည်)။ တုံးတို (-) ပါ၊ မပါ နှင့် အင်္ဂလိပ်စာလုံး အသေး၊ အကြီး ကိစ္စမရှိပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished">သင်၏ ပြန်လည်ဖွင့်ရန်သော့</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the case files. It is shown only now. Print it (or write it down exactly) and give it to your coordinator to keep in a safe. Do not photograph it or keep it with the laptop.</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်းအားလုံး မေ့သွားလျှင် ကိုယ်ရေးမှတ်တမ်းများကို ပြန်ဖွင့်နိုင်သည့် တစ်ခုတည်းသော နည်းလမ်းမှာ ဤသော့ ဖြစ်သည်။ ယခုတစ်ကြိမ်သာ ပြပါမည်။ ၎င်းကို ပုံနှိပ်ထုတ်ပါ (သို့မဟုတ် အတိအကျ ချရေးပါ)၊ ပြီးလျှင် မီးခံသေတ္တာထဲတွင် သိမ်းထားရန် သင့်ညှိနှိုင်းရေးမှူးကို ပေးပါ။ ဓာတ်ပုံ မရိုက်ပါနှင့်၊ လက်ပ်တော့နှင့်အတူ မထားပါနှင့်။</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့ကို ပုံနှိပ်မည် (&amp;P)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished">ပြန်လည်ဖွင့်ရန်သော့ကို ပုံနှိပ်ပြီး သို့မဟုတ် ချရေးပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ReferralDialog</name>
    <message>
        <source>Known:</source>
        <translation type="unfinished">သိလျှင်:</translation>
    </message>
    <message>
        <source>Refer to another service</source>
        <translation type="unfinished">အခြား ဝန်ဆောင်မှုသို့ ညွှန်းပို့ခြင်း</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> ရက်အတွင်း</translation>
    </message>
    <message>
        <source>for example TDF + 3TC + DTG</source>
        <translation type="unfinished">ဥပမာ - TDF + 3TC + DTG</translation>
    </message>
    <message>
        <source>your phone or chat contact, for the receiving service</source>
        <translation type="unfinished">လက်ခံမည့် ဝန်ဆောင်မှုနေရာက သင့်ကို ဆက်သွယ်ရန် ဖုန်း သို့မဟုတ် chat app</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(မရှိ)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished">ဝန်ဆောင်မှုခံယူသူ:</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation type="unfinished">ညွှန်းပို့မည့်နေရာ:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished">အကြောင်းရင်းများ:</translation>
    </message>
    <message>
        <source>Visit before:</source>
        <translation type="unfinished">ဤရက်မတိုင်မီ သွားရောက်ရန်:</translation>
    </message>
    <message>
        <source>Expected travel date:</source>
        <translation type="unfinished">ခရီးထွက်ရန် မျှော်မှန်းသည့်ရက်:</translation>
    </message>
    <message>
        <source>Slip languages:</source>
        <translation type="unfinished">ညွှန်းပို့စာ ဘာသာစကားများ:</translation>
    </message>
    <message>
        <source>Contact person there:</source>
        <translation type="unfinished">ထိုနေရာရှိ ဆက်သွယ်ရမည့်သူ:</translation>
    </message>
    <message>
        <source>Your contact:</source>
        <translation type="unfinished">သင့်ကို ဆက်သွယ်ရန်:</translation>
    </message>
    <message>
        <source>Clinical summary (only inside the QR code and on the clinician page, never on the face of the slip):</source>
        <translation type="unfinished">ဆေးဘက်ဆိုင်ရာ အကျဉ်းချုပ် (QR ကုဒ်ထဲနှင့် ကျန်းမာရေးဝန်ထမ်းအတွက် စာမျက်နှာတွင်သာ ပါမည်။ ညွှန်းပို့စာ၏ မျက်နှာစာပေါ်တွင် ဘယ်တော့မှ မပါပါ):</translation>
    </message>
    <message>
        <source>Regimen:</source>
        <translation type="unfinished">ဆေးကုသမှု အစီအစဉ် (regimen):</translation>
    </message>
    <message>
        <source>Last dispense:</source>
        <translation type="unfinished">နောက်ဆုံး ဆေးထုတ်ပေးသည့်ရက်:</translation>
    </message>
    <message>
        <source>Medicine supplied for:</source>
        <translation type="unfinished">ထုတ်ပေးထားသော ဆေး၏ ရက်အရေအတွက်:</translation>
    </message>
    <message>
        <source>Create referral</source>
        <translation type="unfinished">ညွှန်းပို့မှု ဖန်တီးမည်</translation>
    </message>
    <message>
        <source>Each language only once.</source>
        <translation type="unfinished">ဘာသာစကား တစ်ခုစီကို တစ်ကြိမ်သာ ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ReferralsPanel</name>
    <message>
        <source>Every status</source>
        <translation type="unfinished">အခြေအနေ အားလုံး</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ အားလုံး</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation type="unfinished">ရက်လွန်နေသည်များသာ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Receive a slip…</source>
        <translation type="unfinished">ညွှန်းပို့စာ လက်ခံမည် (&amp;R)…</translation>
    </message>
    <message>
        <source>Show the &amp;slip…</source>
        <translation type="unfinished">ညွှန်းပို့စာကို ပြမည် (&amp;S)…</translation>
    </message>
    <message>
        <source>Record the next s&amp;tep…</source>
        <translation type="unfinished">နောက်အဆင့်ကို မှတ်တမ်းတင်မည် (&amp;T)…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">ညွှန်းပို့ကုဒ်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">အခြေအနေ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">ဝန်ဆောင်မှုခံယူသူ</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">ညွှန်းပို့သည့်နေရာ</translation>
    </message>
    <message>
        <source>Visit before</source>
        <translation type="unfinished">ဤရက်မတိုင်မီ သွားရောက်ပါ</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation type="unfinished">နောက်အဆင့် ရက်ချိန်း</translation>
    </message>
    <message>
        <source>Overdue: this step was expected by %1.</source>
        <translation type="unfinished">ရက်လွန်နေပြီ: ဤအဆင့်ကို %1 နောက်ဆုံးထား၍ မျှော်မှန်းထားခဲ့သည်။</translation>
    </message>
    <message>
        <source>%1 referrals shown, %2 overdue on this laptop.</source>
        <translation type="unfinished">ညွှန်းပို့မှု %1 ခု ပြထားသည်။ ဤလက်ပ်တော့တွင် ရက်လွန်နေသော ညွှန်းပို့မှု %2 ခု ရှိသည်။</translation>
    </message>
    <message>
        <source>Select a referral to see its steps.</source>
        <translation type="unfinished">အဆင့်များကို ကြည့်ရန် ညွှန်းပို့မှုတစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Steps of %1</source>
        <translation type="unfinished">%1 ၏ အဆင့်များ</translation>
    </message>
    <message>
        <source>Expected: %1 by %2</source>
        <translation type="unfinished">မျှော်မှန်းထားသည်: %1 (%2 နောက်ဆုံးထား)</translation>
    </message>
    <message>
        <source>Record a step of %1</source>
        <translation type="unfinished">%1 ၏ အဆင့်တစ်ခုကို မှတ်တမ်းတင်ခြင်း</translation>
    </message>
    <message>
        <source>for example: seen at the ART clinic, next visit in 3 months</source>
        <translation type="unfinished">ဥပမာ - ART ဆေးခန်းတွင် ပြသပြီး၊ နောက်ချိန်း 3 လအကြာ</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished">အဆင့်:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished">မှတ်ချက်:</translation>
    </message>
</context>
<context>
    <name>corridor::ui::ScanSlipDialog</name>
    <message>
        <source>Receive a referral slip</source>
        <translation type="unfinished">ညွှန်းပို့စာ လက်ခံခြင်း</translation>
    </message>
    <message>
        <source>Scan the square code on the slip the person shows you, from a picture or with the camera. If it cannot be read, type the referral code printed under the title.</source>
        <translation type="unfinished">ထိုသူ ပြသော ညွှန်းပို့စာပေါ်ရှိ လေးထောင့်ကုဒ်ကို ပုံမှဖြစ်စေ၊ ကင်မရာဖြင့်ဖြစ်စေ စကင်ဖတ်ပါ။ ဖတ်၍ မရလျှင် ခေါင်းစဉ်အောက်တွင် ပုံနှိပ်ထားသော ညွှန်းပို့ကုဒ်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>From a &amp;picture…</source>
        <translation type="unfinished">ပုံမှ ဖတ်မည် (&amp;P)…</translation>
    </message>
    <message>
        <source>With the &amp;camera…</source>
        <translation type="unfinished">ကင်မရာဖြင့် စကင်ဖတ်မည် (&amp;C)…</translation>
    </message>
    <message>
        <source>No camera was found on this laptop.</source>
        <translation type="unfinished">ဤလက်ပ်တော့တွင် ကင်မရာ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished">ရှာမည် (&amp;F)</translation>
    </message>
    <message>
        <source>Referral code:</source>
        <translation type="unfinished">ညွှန်းပို့ကုဒ်:</translation>
    </message>
    <message>
        <source>Referral %1 added from the slip.</source>
        <translation type="unfinished">ညွှန်းပို့စာမှ ညွှန်းပို့မှု %1 ကို ထည့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Referral %1 was already here.</source>
        <translation type="unfinished">ညွှန်းပို့မှု %1 သည် ဤလက်ပ်တော့တွင် ရှိပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>From %1 (%2), for %3.</source>
        <translation type="unfinished">ပို့သူ: %1 (%2)၊ ညွှန်းပို့ခံရသူ: %3။</translation>
    </message>
    <message>
        <source>Recorded as received; the sender will see it after the next sync.</source>
        <translation type="unfinished">လက်ခံရရှိကြောင်း မှတ်တမ်းတင်ပြီးပါပြီ။ နောက်တစ်ကြိမ် ထပ်တူညှိပြီးနောက် ပို့သူက ၎င်းကို မြင်ရမည်။</translation>
    </message>
    <message>
        <source>A referral arrives here with a sync bundle, or from its slip&apos;s square code.</source>
        <translation type="unfinished">ညွှန်းပို့မှုသည် ထပ်တူညှိသည့် ဒေတာထုပ်နှင့်အတူ သို့မဟုတ် ၎င်း၏ ညွှန်းပို့စာပေါ်ရှိ လေးထောင့်ကုဒ်မှ ဤနေရာသို့ ရောက်လာသည်။</translation>
    </message>
    <message>
        <source>Referral %1 from %2: %3.</source>
        <translation type="unfinished">%2 မှ ညွှန်းပို့မှု %1: %3။</translation>
    </message>
    <message>
        <source>Picture of a referral slip</source>
        <translation type="unfinished">ညွှန်းပို့စာ၏ ပုံ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished">ပုံများ (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;ဖိုင်အားလုံး (*)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SettingsDialog</name>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished">သင်၏ လျှို့ဝှက်စာကြောင်းကို ပြောင်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>The new user can now unlock this laptop with their own passphrase.</source>
        <translation type="unfinished">အသုံးပြုသူအသစ်သည် ယခု ကိုယ်ပိုင် လျှို့ဝှက်စာကြောင်းဖြင့် ဤလက်ပ်တော့ကို သော့ဖွင့်နိုင်ပါပြီ။</translation>
    </message>
    <message>
        <source>%1 — %2, %3 branch
Device id %4</source>
        <translation type="unfinished">%1 — %2၊ %3 ဌာနခွဲ
စက် id %4</translation>
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation type="unfinished">ဤဘာသာစကားအတွက် ဘာသာပြန်ကို ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished">ဆက်တင်များ သိမ်းပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SitesDialog</name>
    <message>
        <source>Site directory</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ စာရင်း</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">နိုင်ငံ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">ရင်းမြစ်</translation>
    </message>
    <message>
        <source>CRC, LRC, MRCS, TRCS, or another code</source>
        <translation type="unfinished">CRC, LRC, MRCS, TRCS သို့မဟုတ် အခြားကုဒ်</translation>
    </message>
    <message>
        <source>KH, LA, MM or TH</source>
        <translation type="unfinished">KH, LA, MM သို့မဟုတ် TH</translation>
    </message>
    <message>
        <source>clinic, national-society, embassy, ngo</source>
        <translation type="unfinished">clinic, national-society, embassy, ngo</translation>
    </message>
    <message>
        <source>only a number you have checked</source>
        <translation type="unfinished">သင် စစ်ဆေးပြီးသော နံပါတ်သာ</translation>
    </message>
    <message>
        <source>for example th, en</source>
        <translation type="unfinished">ဥပမာ th, en</translation>
    </message>
    <message>
        <source>for example ART, HIV testing, passports</source>
        <translation type="unfinished">ဥပမာ ART၊ HIV စစ်ဆေးခြင်း၊ ပတ်စ်ပို့</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished">အမည် (အင်္ဂလိပ်):</translation>
    </message>
    <message>
        <source>Name in the local language:</source>
        <translation type="unfinished">ဒေသခံ ဘာသာစကားဖြင့် အမည်:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished">အဖွဲ့အစည်း:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">နိုင်ငံ:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished">အမျိုးအစား:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished">လိပ်စာ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished">ဖုန်း:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation type="unfinished">ဖွင့်ချိန်:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished">ဝက်ဘ်ဆိုက်:</translation>
    </message>
    <message>
        <source>Languages spoken:</source>
        <translation type="unfinished">ပြောသော ဘာသာစကားများ:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished">ဝန်ဆောင်မှုများ:</translation>
    </message>
    <message>
        <source>A wrong phone number on a slip sends a person nowhere: leave a field empty rather than guess. Saved changes reach your branch with the next sync.</source>
        <translation type="unfinished">ညွှန်းပို့စာပေါ်ရှိ ဖုန်းနံပါတ် မှားနေလျှင် ထိုသူသည် ဘယ်နေရာမှ ရောက်မည် မဟုတ်ပါ: ခန့်မှန်း၍ မဖြည့်ဘဲ အကွက်ကို ဗလာထားပါ။ သိမ်းထားသော ပြင်ဆင်မှုများသည် နောက်တစ်ကြိမ် ထပ်တူညှိသည့်အခါ သင့်ဌာနခွဲသို့ ရောက်မည်။</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာ အသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation type="unfinished">ဝန်ဆောင်မှုနေရာကို သိမ်းမည် (&amp;S)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished">ပါဝင်ပြီးသား</translation>
    </message>
    <message>
        <source>corrected here</source>
        <translation type="unfinished">ဤစက်တွင် ပြင်ထားသည်</translation>
    </message>
    <message>
        <source>added here</source>
        <translation type="unfinished">ဤစက်တွင် ထည့်ထားသည်</translation>
    </message>
    <message>
        <source>Saved. Your branch receives it with the next sync.</source>
        <translation type="unfinished">သိမ်းပြီးပါပြီ။ နောက်တစ်ကြိမ် ထပ်တူညှိသည့်အခါ သင့်ဌာနခွဲက လက်ခံရရှိမည်။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SlipDialog</name>
    <message>
        <source>Add the clinician page (clinical summary)</source>
        <translation type="unfinished">ကျန်းမာရေးဝန်ထမ်းအတွက် စာမျက်နှာ (ဆေးဘက်ဆိုင်ရာ အကျဉ်းချုပ်) ထည့်မည်</translation>
    </message>
    <message>
        <source>Referral slip %1</source>
        <translation type="unfinished">ညွှန်းပို့စာ %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(မရှိ)</translation>
    </message>
    <message>
        <source>A5 (half a sheet)</source>
        <translation type="unfinished">A5 (စာရွက် တစ်ဝက်)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished">ညွှန်းပို့စာ</translation>
    </message>
    <message>
        <source>Clinician page</source>
        <translation type="unfinished">ကျန်းမာရေးဝန်ထမ်းအတွက် စာမျက်နှာ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">ပုံနှိပ်မည် (&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished">PDF အဖြစ် သိမ်းမည် (&amp;D)…</translation>
    </message>
    <message>
        <source>Save as p&amp;icture…</source>
        <translation type="unfinished">ပုံအဖြစ် သိမ်းမည် (&amp;I)…</translation>
    </message>
    <message>
        <source>A PNG picture to send in a chat app; the code scans from the picture too.</source>
        <translation type="unfinished">chat app ဖြင့် ပို့ရန် PNG ပုံ။ ပုံမှလည်း ကုဒ်ကို စကင်ဖတ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">ဘာသာစကားများ:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished">အစမ်းကြည့်ရန်:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished">စာရွက် အရွယ်အစား:</translation>
    </message>
    <message>
        <source>The face of the slip says only “health service referral”: no diagnosis, no medicine. Clinical details travel inside the QR code, which only the sending and receiving National Societies can read.</source>
        <translation type="unfinished">ညွှန်းပို့စာ၏ မျက်နှာစာပေါ်တွင် “ကျန်းမာရေးဝန်ဆောင်မှု ညွှန်းပို့စာ” ဟုသာ ပါသည်: ရောဂါအမည် မပါ၊ ဆေးအမည် မပါပါ။ ဆေးဘက်ဆိုင်ရာ အသေးစိတ်များကို QR ကုဒ်ထဲတွင်သာ ထည့်ပို့ပြီး ၎င်းကို ပို့သည့်နှင့် လက်ခံသည့် နိုင်ငံ့ကြက်ခြေနီအသင်းများသာ ဖတ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Choose each language once.</source>
        <translation type="unfinished">ဘာသာစကား တစ်ခုစီကို တစ်ကြိမ်သာ ရွေးပါ။</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished">ပုံနှိပ်စက်သို့ ပို့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation type="unfinished">ညွှန်းပို့စာကို PDF အဖြစ် သိမ်းခြင်း</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF စာရွက်စာတမ်းများ (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 ကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Save the slip as a picture</source>
        <translation type="unfinished">ညွှန်းပို့စာကို ပုံအဖြစ် သိမ်းခြင်း</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished">PNG ပုံများ (*.png)</translation>
    </message>
</context>
<context>
    <name>corridor::ui::SyncCentre</name>
    <message>
        <source>Device</source>
        <translation type="unfinished">စက်</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">တာဝန်</translation>
    </message>
    <message>
        <source>National Society, branch</source>
        <translation type="unfinished">နိုင်ငံ့ကြက်ခြေနီအသင်း၊ ဌာနခွဲ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished">နယ်ပယ်</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">ပို့ပြီး</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished">လက်ခံကြောင်း အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">လက်ခံရရှိပြီး</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished">ပို့ရန် စောင့်ဆိုင်းနေ</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished">ယုံကြည်မှု</translation>
    </message>
    <message>
        <source>&amp;Export for this device…</source>
        <translation type="unfinished">ဤစက်အတွက် ထုတ်မည် (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">ဒေတာထုပ်များ တင်သွင်းမည် (&amp;I)…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation type="unfinished">ဤလက်ပ်တော့၏ စက်ကတ် (&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished">စက်တစ်ခု စာရင်းသွင်းမည် (&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished">ရုပ်သိမ်းမည် (&amp;V)…</translation>
    </message>
    <message>
        <source>Drop folders</source>
        <translation type="unfinished">ဖိုင်ချရာ ဖိုဒါများ</translation>
    </message>
    <message>
        <source>If a folder is kept in sync by something else — Syncthing, a network share, a USB stick — Corridor imports every new bundle that appears in the inbox and writes bundles for your peers to the outbox, on its own.</source>
        <translation type="unfinished">ဖိုဒါတစ်ခုကို အခြားနည်းဖြင့် — Syncthing၊ ကွန်ရက် မျှဝေဖိုဒါ၊ USB stick — ထပ်တူညှိထားလျှင် Corridor သည် အဝင် ဖိုဒါထဲ ပေါ်လာသော ဒေတာထုပ်အသစ်တိုင်းကို တင်သွင်းပြီး တစ်ဖက်စက်များအတွက် ဒေတာထုပ်များကို အထွက် ဖိုဒါထဲသို့ အလိုအလျောက် ရေးပေးမည်။</translation>
    </message>
    <message>
        <source>Inbox:</source>
        <translation type="unfinished">အဝင် ဖိုဒါ:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation type="unfinished">အထွက် ဖိုဒါ:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">မသတ်မှတ်ရသေးပါ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">ရွေးမည်…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">ယခု ထပ်တူညှိမည် (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This laptop:&lt;/b&gt; %1 · %2 · %3, %4 · device id &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation type="unfinished">&lt;b&gt;ဤလက်ပ်တော့:&lt;/b&gt; %1 · %2 · %3၊ %4 · စက် id &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1၊ %2</translation>
    </message>
    <message>
        <source>Partner: referrals only</source>
        <translation type="unfinished">မိတ်ဖက်: ညွှန်းပို့မှုများသာ</translation>
    </message>
    <message>
        <source>Branch: case files</source>
        <translation type="unfinished">ဌာနခွဲ: ကိုယ်ရေးမှတ်တမ်းများ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform>ပြောင်းလဲမှု %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished">ရုပ်သိမ်းပြီး</translation>
    </message>
    <message>
        <source>card taken in here</source>
        <translation type="unfinished">စက်ကတ်ကို ဤနေရာတွင် ထည့်ထားသည်</translation>
    </message>
    <message>
        <source>enrolled by a coordinator</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူးက စာရင်းသွင်းထားသည်</translation>
    </message>
    <message>
        <source>No other device is trusted yet. Show this laptop&apos;s card to your coordinator, or enrol a device from its card.</source>
        <translation type="unfinished">ယုံကြည်ထားသော အခြားစက် မရှိသေးပါ။ ဤလက်ပ်တော့၏ စက်ကတ်ကို သင့်ညှိနှိုင်းရေးမှူးအား ပြပါ၊ သို့မဟုတ် စက်တစ်ခုကို ၎င်း၏ စက်ကတ်မှ စာရင်းသွင်းပါ။</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke a device.</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူးသာ စက်ကို ရုပ်သိမ်းနိုင်သည်။</translation>
    </message>
    <message>
        <source>&amp;Conflicts to decide (%1)…</source>
        <translation type="unfinished">ဆုံးဖြတ်ရန် ကွဲလွဲမှုများ (%1) (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">ကွဲလွဲမှုများ (&amp;C)…</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation type="unfinished">ဒေတာထုပ်များ တင်သွင်းနေသည်…</translation>
    </message>
    <message>
        <source>Stop after this bundle</source>
        <translation type="unfinished">ဤဒေတာထုပ် ပြီးလျှင် ရပ်မည်</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished">%1 ကို တင်သွင်းနေသည် (%3 ခုအနက် %2 ခုမြောက်)…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished">ဒေတာထုပ်များ တင်သွင်းခြင်း</translation>
    </message>
    <message>
        <source>Corridor bundles (*.corridor);;All files (*)</source>
        <translation type="unfinished">Corridor ဒေတာထုပ်များ (*.corridor);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished">ဒေတာထုပ်ကို ရေးနေသည်…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1. Give the file to the other device in any way — it is encrypted for that device alone and signed by this laptop.</source>
        <translation type="unfinished">
            <numerusform>ပြောင်းလဲမှု %n ခုကို %1 သို့ ရေးပြီးပါပြီ။ ဤဖိုင်ကို အခြားစက်ထံ မည်သည့်နည်းဖြင့်မဆို ပေးပို့ပါ — ၎င်းကို ထိုစက်တစ်ခုတည်းအတွက်သာ စာဝှက်ထားပြီး ဤလက်ပ်တော့က လက်မှတ်ထိုးထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation type="unfinished">%1 အတွက် ထုတ်ခြင်း</translation>
    </message>
    <message>
        <source>Corridor bundles (*.corridor)</source>
        <translation type="unfinished">Corridor ဒေတာထုပ်များ (*.corridor)</translation>
    </message>
    <message>
        <source>Device %1 is trusted now. Export a bundle for it to start syncing.</source>
        <translation type="unfinished">စက် %1 ကို ယခု ယုံကြည်ပါပြီ။ ထပ်တူညှိခြင်း စတင်ရန် ၎င်းအတွက် ဒေတာထုပ်တစ်ခု ထုတ်ပါ။</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation type="unfinished">စက်တစ်ခု ရုပ်သိမ်းခြင်း</translation>
    </message>
    <message>
        <source>Revoke %1?

Everything it signs from now on is refused here and, once this travels with your next bundles, on every laptop of your branch. Do this when a laptop is lost or stolen. It cannot be undone.</source>
        <translation type="unfinished">%1 ကို ရုပ်သိမ်းမလား?

ယခုမှစ၍ ၎င်း လက်မှတ်ထိုးသမျှကို ဤနေရာတွင် ငြင်းပယ်မည်ဖြစ်ပြီး ဤဆုံးဖြတ်ချက်သည် သင့်နောက်ထပ် ဒေတာထုပ်များနှင့်အတူ ရောက်သွားသည်နှင့် သင့်ဌာနခွဲ၏ လက်ပ်တော့တိုင်းတွင်လည်း ငြင်းပယ်မည်။ လက်ပ်တော့ ပျောက်ဆုံးခြင်း သို့မဟုတ် အခိုးခံရခြင်း ဖြစ်သောအခါ ဤသို့ လုပ်ပါ။ ပြန်ပြင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation type="unfinished">အဝင် ဖိုဒါကို ရွေးပါ</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation type="unfinished">အထွက် ဖိုဒါကို ရွေးပါ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last sync at %1: %n bundle(s) imported, %2 written to the outbox.</source>
        <translation type="unfinished">
            <numerusform>နောက်ဆုံး ထပ်တူညှိချိန် %1: ဒေတာထုပ် %n ခု တင်သွင်းပြီး %2 ခုကို အထွက် ဖိုဒါသို့ ရေးပြီးပါပြီ။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corridor::ui::TrainingDialog</name>
    <message>
        <source>not taken</source>
        <translation type="unfinished">မဖြေဆိုခဲ့</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">အမျိုးသား</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">စေတနာ့ဝန်ထမ်း</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished">ဝန်ထမ်း</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation type="unfinished">ရပ်ရွာအဖွဲ့ဝင်</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation type="unfinished">လူတစ်ဦး ထည့်မည် (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished">ရွေးထားသူကို ဖယ်ရှားမည် (&amp;R)</translation>
    </message>
    <message>
        <source>Record a training session</source>
        <translation type="unfinished">သင်တန်း မှတ်တမ်းတင်ခြင်း</translation>
    </message>
    <message>
        <source>e.g. Mae Sot branch office</source>
        <translation type="unfinished">ဥပမာ - မဲဆောက် ဌာနခွဲ ရုံး</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">လိင်</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">တာဝန်</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation type="unfinished">သင်တန်းမတိုင်မီ စစ်ဆေးမှု ရမှတ်</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation type="unfinished">သင်တန်းပြီး စစ်ဆေးမှု ရမှတ်</translation>
    </message>
    <message>
        <source>Anything the coordinator should know (optional)</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူး သိထားသင့်သည့် အချက်များ (မဖြစ်မနေ မဟုတ်ပါ)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">ရက်စွဲ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">နေရာ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation type="unfinished">သင်တန်းဆရာ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Modules taught:</source>
        <translation type="unfinished">သင်ကြားခဲ့သော မော်ဂျူးများ (&amp;M):</translation>
    </message>
    <message>
        <source>Who &amp;attended:</source>
        <translation type="unfinished">တက်ရောက်ခဲ့သူများ (&amp;A):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished">မှတ်ချက်များ (&amp;O):</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished">ရွေးပါ…</translation>
    </message>
</context>
<context>
    <name>corridor::ui::TrainingPanel</name>
    <message>
        <source>Trainers and coordinators record training sessions.</source>
        <translation type="unfinished">သင်တန်းဆရာများနှင့် ညှိနှိုင်းရေးမှူးများက သင်တန်းများကို မှတ်တမ်းတင်သည်။</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">တက်ရောက်သူများ</translation>
    </message>
    <message>
        <source>Attendees at %1, %2 (%3)</source>
        <translation type="unfinished">တက်ရောက်သူများ — %1၊ %2 (%3 ဦး)</translation>
    </message>
    <message numerus="yes">
        <source>Training at %1 recorded: %n person(s). It goes to the coordinator with the next bundle.</source>
        <translation type="unfinished">
            <numerusform>%1 ရှိ သင်တန်းကို မှတ်တမ်းတင်ပြီးပါပြီ: လူ %n ဦး။ နောက်ဒေတာထုပ်နှင့်အတူ ညှိနှိုင်းရေးမှူးထံ ရောက်သွားမည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record a training…</source>
        <translation type="unfinished">သင်တန်း မှတ်တမ်းတင်မည် (&amp;R)…</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished">သင်တန်းများ</translation>
    </message>
    <message>
        <source>People trained per module</source>
        <translation type="unfinished">မော်ဂျူးအလိုက် သင်တန်းတက်ပြီးသူ အရေအတွက်</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">ရက်စွဲ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">နေရာ</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished">မော်ဂျူးများ</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished">သင်တန်းဆရာ</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">လူဦးရေ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">လိင်</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">တာဝန်</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished">သင်တန်းမတိုင်မီ စစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation type="unfinished">သင်တန်းပြီး စစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished">မော်ဂျူး</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">သင်တန်း အကြိမ်ရေ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished">အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished">အမျိုးသား</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
    <message>
        <source>Mean pre-test</source>
        <translation type="unfinished">သင်တန်းမတိုင်မီ စစ်ဆေးမှု ပျမ်းမျှ</translation>
    </message>
    <message>
        <source>Mean post-test</source>
        <translation type="unfinished">သင်တန်းပြီး စစ်ဆေးမှု ပျမ်းမျှ</translation>
    </message>
</context>
<context>
    <name>corridor::ui::UnlockWidget</name>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished">လုံခြုံသိုလှောင်ခန်း: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">သော့ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">သော့ဖွင့်မည် (&amp;U)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">သင့်လျှို့ဝှက်စာကြောင်းကို ဦးစွာ ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::UserPage</name>
    <message>
        <source>You</source>
        <translation type="unfinished">သင်</translation>
    </message>
    <message>
        <source>Your name is written on everything you save. The passphrase protects the case files: choose a short sentence in your own language that others cannot guess.</source>
        <translation type="unfinished">သင် သိမ်းသမျှတွင် သင့်အမည် ပါမည်။ လျှို့ဝှက်စာကြောင်းက ကိုယ်ရေးမှတ်တမ်းများကို ကာကွယ်ပေးသည်: အခြားသူများ ခန့်မှန်း၍ မရနိုင်သော ကိုယ့်ဘာသာစကားဖြင့် စာကြောင်းတိုတစ်ကြောင်းကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished">သင့်အမည် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">တာဝန် (&amp;R)</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">စေတနာ့ဝန်ထမ်း</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>Trainer (content and training only, no case files)</source>
        <translation type="unfinished">သင်တန်းဆရာ (သင်ခန်းစာနှင့် သင်တန်းသာ၊ ကိုယ်ရေးမှတ်တမ်း မပါ)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း (&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation type="unfinished">နောက်တစ်ကြိမ် ရိုက်ပါ (&amp;E)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">လျှို့ဝှက်စာကြောင်း နှစ်ခု မတူပါ။ တူညီသော စာကြောင်းကို နှစ်ကြိမ် ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>corridor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Corridor</source>
        <translation type="unfinished">Corridor မှ ကြိုဆိုပါသည်</translation>
    </message>
    <message>
        <source>Corridor keeps the case files of the migrants you support, encrypted on this laptop. It works without internet.

In the next steps you choose your National Society and branch, your name and a passphrase. At the end Corridor shows a recovery key once: print it or write it down for your coordinator.</source>
        <translation type="unfinished">Corridor သည် သင်ကူညီပေးနေသော ရွှေ့ပြောင်းနေထိုင်သူများ၏ ကိုယ်ရေးမှတ်တမ်းများကို ဤလက်ပ်တော့ပေါ်တွင် စာဝှက်၍ သိမ်းထားပေးသည်။ အင်တာနက် မလိုပါ။

နောက်အဆင့်များတွင် သင်၏ နိုင်ငံ့ကြက်ခြေနီအသင်းနှင့် ဌာနခွဲ၊ သင့်အမည်နှင့် လျှို့ဝှက်စာကြောင်းကို ရွေးရပါမည်။ နောက်ဆုံးတွင် Corridor က ပြန်လည်ဖွင့်ရန်သော့ကို တစ်ကြိမ်သာ ပြပါမည်: ၎င်းကို ပုံနှိပ်ထုတ်ပါ သို့မဟုတ် သင့်ညှိနှိုင်းရေးမှူးအတွက် ချရေးထားပါ။</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ဘာသာစကား (&amp;L)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished">မသိသော command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Case files, cross-border referrals and training for Red Cross outreach volunteers.</source>
        <translation type="unfinished">ကြက်ခြေနီ ကွင်းဆင်း စေတနာ့ဝန်ထမ်းများအတွက် ကိုယ်ရေးမှတ်တမ်းများ၊ နယ်စပ်ဖြတ်ကျော် ညွှန်းပို့မှုများနှင့် သင်တန်း။</translation>
    </message>
    <message>
        <source>Open a throwaway vault of fictional case files for training.</source>
        <translation type="unfinished">သင်တန်းအတွက် စိတ်ကူးယဉ် ကိုယ်ရေးမှတ်တမ်းများပါသော ယာယီ လုံခြုံသိုလှောင်ခန်းကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Use the vault in this folder.</source>
        <translation type="unfinished">ဤဖိုဒါထဲရှိ လုံခြုံသိုလှောင်ခန်းကို သုံးပါ။</translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished">ဖိုဒါ</translation>
    </message>
    <message>
        <source>Interface language: en, km, lo, my or th.</source>
        <translation type="unfinished">မျက်နှာပြင် ဘာသာစကား: en, km, lo, my သို့မဟုတ် th။</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">ကုဒ်</translation>
    </message>
</context>
</TS>
