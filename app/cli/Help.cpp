#include "app/cli/Commands.h"

#include <QCoreApplication>

namespace corridor::cli {

QString helpText() {
    return QCoreApplication::translate("Help", R"(corridor-cli [--vault DIR] [--passphrase-file FILE|-] COMMAND …

The vault is DIR, else $CORRIDOR_VAULT, else ~/.local/share/Corridor/vault.
Passphrases come from --passphrase-file (first line; - reads standard input) or are
asked for on the terminal; never from the command line itself.

  init --user NAME --role volunteer|coordinator|trainer --org CRC|LRC|MRCS|TRCS --branch NAME
       [--device-name NAME] [--language km|lo|th|my|en] [--kdf calibrated|minimum]
                                 create a vault; prints "recovery key: KEY" once
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

Exit status: 0 success, 1 error (message on standard error), 2 usage error.)") +
           QCoreApplication::translate("Help", R"(

Sync (signed, encrypted bundle files; see core/sync/README.md):
  device id                      this laptop's device id
  device card --out FILE [--png FILE]   this laptop's card (and its QR code as a picture)
  device enrol FILE|IMAGE        trust a device of your National Society from its card,
                                 or register a partner from another society's coordinator
  device revoke ID;  device list [--json]
  device pubkey --minisign --out FILE   this laptop's key, for stock minisign -V
  device age-identity --out FILE        this laptop's secret key for stock age -d
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
  dump --canonical               the current state of every synced record, sorted)") +
           QCoreApplication::translate("Help", R"(

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
                                 prints the referral code; a partner needs the client's consent
  referral list [--overdue] [--json];  referral show CODE [--json]
  referral status CODE sent|received|arrived|linked|closed|declined|lost [--note TEXT]
  referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo,en] [--clinician-page] [--a4]
                                 the slip in two or three languages; its QR code is encrypted
                                 to the sending and receiving National Societies
  referral scan IMAGE [--json]   a photo or picture of a slip: adds the referral once and
                                 records it as received; exit 1 if nothing valid is found

Content ("Know before you go" booklet, curriculum) and training records:
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
  training list [--json];  training summary [--json]   people trained per module, by sex)");
}

} // namespace corridor::cli
