#include "core/cases/DemoData.h"

#include "core/base/Ids.h"
#include "core/records/RecordStore.h"
#include "core/storage/Transaction.h"

namespace corridor::cases {
namespace {

struct Name {
    const char* script;
    const char* latin;
};

struct Place {
    const char* country;
    const char* script;
    const char* latin;
};

// Common given and family names (fictional combinations).
const QList<Name> KhmerFamily = {{"សុខ", "Sok"},   {"ចាន់", "Chan"}, {"ហេង", "Heng"},  {"លី", "Ly"},
                                 {"កែវ", "Keo"},  {"ម៉ៅ", "Mao"},   {"ពេជ្រ", "Pich"}, {"នួន", "Nuon"},
                                 {"សេង", "Seng"}, {"ទេព", "Tep"},  {"មាស", "Meas"},  {"ឈឹម", "Chhim"}};
const QList<Name> KhmerGiven = {{"សុភា", "Sophea"}, {"ដារ៉ា", "Dara"},   {"សុខា", "Sokha"},  {"ចន្ថា", "Chantha"},
                                {"វណ្ណា", "Vanna"}, {"រតនា", "Ratana"}, {"បុប្ផា", "Bopha"}, {"សំណាង", "Samnang"},
                                {"ពិសី", "Pisey"},   {"ធារី", "Theary"},  {"រិទ្ធី", "Rithy"},  {"ស្រីមុំ", "Srey Mom"}};
const QList<Name> LaoFamily = {{"ພົມມະຈັນ", "Phommachanh"}, {"ສີສຸວັນ", "Sisouvanh"},  {"ແກ້ວມະນີ", "Keomany"},
                               {"ວົງສະຫວັນ", "Vongsavanh"}, {"ສຸລິຍະ", "Souliya"},    {"ຈັນທະວົງ", "Chanthavong"},
                               {"ພັນທະວົງ", "Phanthavong"}, {"ອິນທະວົງ", "Inthavong"}};
const QList<Name> LaoGiven = {{"ສົມຈັນ", "Somchanh"}, {"ບຸນມີ", "Bounmy"},     {"ຄຳພອນ", "Khamphone"}, {"ວິໄລ", "Vilay"},
                              {"ມະນີ", "Many"},      {"ສົມພອນ", "Somphone"}, {"ຈັນສຸກ", "Chansouk"},   {"ອາລຸນ", "Aloune"},
                              {"ແສງ", "Saeng"},     {"ນ້ອຍ", "Noy"}};
const QList<Name> ThaiFamily = {{"ศรีสุข", "Srisuk"},   {"บุญมา", "Boonma"},      {"แก้วมณี", "Kaewmanee"},
                                {"สมบูรณ์", "Somboon"}, {"ใจดี", "Jaidee"},       {"ทองดี", "Thongdee"},
                                {"พรหมมา", "Promma"}, {"วงศ์สวัสดิ์", "Wongsawat"}};
const QList<Name> ThaiGiven = {{"สมชาย", "Somchai"},   {"มาลี", "Malee"},       {"สุดา", "Suda"},
                               {"ประเสริฐ", "Prasert"}, {"นภา", "Napa"},        {"วิไล", "Wilai"},
                               {"สมศรี", "Somsri"},     {"อนุชา", "Anucha"},     {"ปราณี", "Pranee"},
                               {"ธนพล", "Thanapon"},   {"กนกพร", "Kanokporn"}, {"บุญเรือน", "Boonruen"}};
// Myanmar names have no family name; two or three of these make a name.
const QList<Name> MyanmarParts = {{"အောင်", "Aung"}, {"ကျော်", "Kyaw"}, {"ခင်", "Khin"}, {"ဇော်", "Zaw"},
                                  {"မြင့်", "Myint"}, {"သန်း", "Than"},  {"လှ", "Hla"},   {"နွယ်", "Nwe"},
                                  {"ဝင်း", "Win"},   {"ထွန်း", "Htun"},  {"မြ", "Mya"},  {"သီတာ", "Thida"},
                                  {"စိုး", "Soe"},    {"နိုင်", "Naing"},  {"ဖြူ", "Phyu"}, {"စန္ဒာ", "Sanda"}};

const QList<Place> Places = {{"TH", "แม่สอด", "Mae Sot"},
                             {"TH", "สมุทรสาคร", "Samut Sakhon"},
                             {"TH", "กรุงเทพฯ", "Bangkok"},
                             {"TH", "อรัญประเทศ", "Aranyaprathet"},
                             {"TH", "หนองคาย", "Nong Khai"},
                             {"TH", "แม่สาย", "Mae Sai"},
                             {"TH", "ระนอง", "Ranong"},
                             {"TH", "ชลบุรี", "Chonburi"},
                             {"KH", "បន្ទាយមានជ័យ", "Banteay Meanchey"},
                             {"KH", "បាត់ដំបង", "Battambang"},
                             {"KH", "ព្រៃវែង", "Prey Veng"},
                             {"KH", "ប៉ោយប៉ែត", "Poipet"},
                             {"KH", "សៀមរាប", "Siem Reap"},
                             {"LA", "ວຽງຈັນ", "Vientiane"},
                             {"LA", "ສະຫວັນນະເຂດ", "Savannakhet"},
                             {"LA", "ຈຳປາສັກ", "Champasak"},
                             {"LA", "ບໍ່ແກ້ວ", "Bokeo"},
                             {"LA", "ຄຳມ່ວນ", "Khammouane"},
                             {"MM", "ရန်ကုန်", "Yangon"},
                             {"MM", "မြဝတီ", "Myawaddy"},
                             {"MM", "တာချီလိတ်", "Tachileik"},
                             {"MM", "ထားဝယ်", "Dawei"},
                             {"MM", "မော်လမြိုင်", "Mawlamyine"}};

const QList<const char*> Notes = {"Prefers a phone call after 6 pm; works on a fishing boat for two weeks at a time.",
                                  "ចង់ត្រលប់ទៅផ្ទះវិញនៅខែក្រោយ។",
                                  "ຕ້ອງການຂໍ້ມູນກ່ຽວກັບການຕໍ່ບັດອະນຸຍາດເຮັດວຽກ.",
                                  "ต้องการให้ช่วยนัดหมายที่คลินิกใกล้ที่ทำงาน",
                                  "အလုပ်ရှင်က ပတ်စ်ပို့ကို ကိုင်ထားသည်။",
                                  "Moved to a new construction site; new phone number given at the last visit.",
                                  "Asked for information in Khmer for her sister.",
                                  ""};

const QList<const char*> Occupations = {"agriculture", "fishing", "construction", "manufacturing", "domestic",
                                        "hospitality", "trade",   "transport",    "none",          "other"};
const QList<const char*> MigrationStatuses = {"documented",   "documented", "pending",
                                              "undocumented", "unknown",    "returned"};
const QList<const char*> EncounterKinds = {"outreach", "outreach", "phone",        "message",
                                           "home",     "office",   "accompaniment"};
const QList<const char*> ServiceCodes = {"info", "condoms",   "testing",  "adherence", "refill",
                                         "pss",  "documents", "referral", "tb",        "sti"};

QString upperInitials(const QString& latin) {
    return latin.left(2).toUpper().leftJustified(2, u'X');
}

} // namespace

DemoData::DemoData(quint32 seed, const QDate& today, QString volunteerId)
    : m_state(0x9E3779B97F4A7C15ULL ^ seed)
    , m_today(today)
    , m_volunteerId(std::move(volunteerId)) {}

// SplitMix64: deterministic for a seed, fast, and not used for anything secret.
quint32 DemoData::bounded(quint32 n) {
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return n == 0 ? 0 : quint32(z % n);
}

DemoData::CaseFile DemoData::next() {
    CaseFile file;
    Client& c = file.client;
    c.id = Ids::newId();
    // Nationality decides the script of the name; one in five names is typed in Latin letters.
    static const QList<const char*> nationalities = {"KH", "KH", "LA", "LA", "MM", "MM", "MM", "TH"};
    c.nationality = QString::fromLatin1(pick(nationalities));
    QString script;
    QString latin;
    if (c.nationality == QLatin1String("KH")) {
        const Name& family = pick(KhmerFamily);
        const Name& given = pick(KhmerGiven);
        script = QString::fromUtf8(family.script) + u' ' + QString::fromUtf8(given.script);
        latin = QString::fromUtf8(family.latin) + u' ' + QString::fromUtf8(given.latin);
        c.languages = {QStringLiteral("km")};
    } else if (c.nationality == QLatin1String("LA")) {
        const Name& given = pick(LaoGiven);
        const Name& family = pick(LaoFamily);
        script = QString::fromUtf8(given.script) + u' ' + QString::fromUtf8(family.script);
        latin = QString::fromUtf8(given.latin) + u' ' + QString::fromUtf8(family.latin);
        c.languages = {QStringLiteral("lo"), QStringLiteral("th")};
    } else if (c.nationality == QLatin1String("MM")) {
        const int parts = 2 + int(bounded(2));
        for (int i = 0; i < parts; ++i) {
            const Name& part = pick(MyanmarParts);
            script += QString::fromUtf8(part.script);
            latin += (i ? QStringLiteral(" ") : QString()) + QString::fromUtf8(part.latin);
        }
        c.languages = {QStringLiteral("my")};
    } else {
        const Name& given = pick(ThaiGiven);
        const Name& family = pick(ThaiFamily);
        script = QString::fromUtf8(given.script) + u' ' + QString::fromUtf8(family.script);
        latin = QString::fromUtf8(given.latin) + u' ' + QString::fromUtf8(family.latin);
        c.languages = {QStringLiteral("th")};
    }
    c.name = bounded(5) == 0 ? latin : script;
    static const QList<const char*> sexes = {"female", "male", "female", "male", "other", "unknown"};
    c.sex = QString::fromLatin1(pick(sexes));
    const int year = m_today.year() - 18 - int(bounded(40));
    c.birthYear = year;
    const QString sexLetter = c.sex == QLatin1String("female") ? QStringLiteral("F")
                              : c.sex == QLatin1String("male") ? QStringLiteral("M")
                                                               : QStringLiteral("X");
    c.uic = upperInitials(latin.section(u' ', 0, 0)) + upperInitials(latin.section(u' ', -1)) +
            QString::number(year % 100).rightJustified(2, u'0') + sexLetter +
            QString::number(bounded(100)).rightJustified(2, u'0');
    if (bounded(4) != 0) {
        if (c.nationality == QLatin1String("TH") || bounded(2) == 0)
            c.phone = QStringLiteral("08%1-%2-%3")
                          .arg(bounded(10))
                          .arg(bounded(1000), 3, 10, QLatin1Char('0'))
                          .arg(bounded(10000), 4, 10, QLatin1Char('0'));
        else if (c.nationality == QLatin1String("LA"))
            c.phone =
                QStringLiteral("020 %1 %2").arg(5000 + bounded(5000)).arg(bounded(10000), 4, 10, QLatin1Char('0'));
        else if (c.nationality == QLatin1String("KH"))
            c.phone = QStringLiteral("0%1 %2 %3")
                          .arg(10 + bounded(90))
                          .arg(bounded(1000), 3, 10, QLatin1Char('0'))
                          .arg(bounded(1000), 3, 10, QLatin1Char('0'));
        else
            c.phone = QStringLiteral("09 %1 %2")
                          .arg(bounded(1000), 3, 10, QLatin1Char('0'))
                          .arg(bounded(1000000), 6, 10, QLatin1Char('0'));
    }
    // Origin in the home country, current place usually across the border.
    QList<Place> home;
    QList<Place> abroad;
    for (const Place& p : Places)
        (c.nationality == QLatin1String(p.country) ? home : abroad).append(p);
    const Place& origin = pick(home);
    const Place& current = bounded(6) == 0 ? pick(home) : pick(abroad);
    const Place& destination = pick(Places);
    const bool useScript = bounded(2) == 0;
    c.originCountry = c.nationality;
    c.originProvince = QString::fromUtf8(useScript ? origin.script : origin.latin);
    c.currentLocation = QString::fromUtf8(useScript ? current.script : current.latin);
    if (bounded(3) == 0)
        c.destination = QString::fromUtf8(useScript ? destination.script : destination.latin);
    c.migrationStatus = QString::fromLatin1(pick(MigrationStatuses));
    c.occupation = QString::fromLatin1(pick(Occupations));
    static const QList<const char*> hiv = {"positive", "positive", "positive", "unknown", "negative"};
    c.hivStatus = QString::fromLatin1(pick(hiv));
    c.onArt = c.hivStatus == QLatin1String("positive") && bounded(5) != 0;
    c.consent.date = m_today.addDays(-qint64(bounded(700)) - 30);
    c.consent.keepRecords = true;
    c.consent.contactByPhone = bounded(4) != 0;
    c.consent.shareWithPartner = bounded(3) != 0;
    c.assignedVolunteer = m_volunteerId;
    static const QList<const char*> statuses = {"active", "active", "active", "active", "active", "closed", "lost"};
    c.caseStatus = QString::fromLatin1(pick(statuses));
    c.notes = QString::fromUtf8(pick(Notes));

    const int contacts = m_encountersPerClient <= 0 ? 0 : int(bounded(quint32(2 * m_encountersPerClient + 1)));
    QDate date = c.consent.date;
    for (int i = 0; i < contacts; ++i) {
        date = date.addDays(7 + qint64(bounded(60)));
        if (date > m_today)
            break;
        Encounter e;
        e.id = Ids::newId();
        e.clientId = c.id;
        e.date = date;
        e.kind = QString::fromLatin1(pick(EncounterKinds));
        const int services = 1 + int(bounded(3));
        for (int s = 0; s < services; ++s) {
            const QString code = QString::fromLatin1(pick(ServiceCodes));
            if (!e.services.contains(code))
                e.services << code;
        }
        e.recordedBy = m_volunteerId;
        file.encounters.append(e);
    }
    if (!file.encounters.isEmpty() && c.caseStatus == QLatin1String("active")) {
        Encounter& last = file.encounters.last();
        // Most plans lie ahead; some have slipped past, as in any real caseload.
        last.nextFollowUp = std::max(last.date.addDays(7), m_today.addDays(qint64(bounded(75)) - 15));
        FollowUp f;
        f.id = Ids::newId();
        f.clientId = c.id;
        f.dueDate = last.nextFollowUp;
        f.encounterId = last.id;
        file.followUps.append(f);
    }
    return file;
}

QList<DemoData::CaseFile> DemoData::generate(int count, double encountersPerClient) {
    m_encountersPerClient = encountersPerClient;
    QList<CaseFile> files;
    files.reserve(count);
    for (int i = 0; i < count; ++i)
        files.append(next());
    return files;
}

Status DemoData::write(records::RecordStore& store, storage::Database& db, const QList<CaseFile>& files, int batch,
                       const std::function<void(int)>& progress) {
    for (qsizetype start = 0; start < files.size(); start += batch) {
        auto tx = storage::Transaction::begin(db);
        if (!tx.ok())
            return tx.error();
        const qsizetype end = std::min(files.size(), start + batch);
        for (qsizetype i = start; i < end; ++i) {
            const CaseFile& file = files.at(i);
            const auto save = [&store](const char* type, const QString& id, const records::FieldMap& fields) -> Status {
                auto written = store.write(QString::fromLatin1(type), id, fields);
                if (!written.ok())
                    return written.error();
                return success();
            };
            CORRIDOR_TRY(save(Client::RecordType, file.client.id, file.client.toFields()));
            for (const Encounter& e : file.encounters)
                CORRIDOR_TRY(save(Encounter::RecordType, e.id, e.toFields()));
            for (const FollowUp& f : file.followUps)
                CORRIDOR_TRY(save(FollowUp::RecordType, f.id, f.toFields()));
        }
        CORRIDOR_TRY(tx->commit());
        if (progress)
            progress(int(end));
    }
    return success();
}

} // namespace corridor::cases
