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

Exit status: 0 success, 1 error (message on standard error), 2 usage error.)");
}

} // namespace corridor::cli
