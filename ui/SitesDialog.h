#pragma once

#include "core/referrals/SiteDirectory.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// The site directory as this branch keeps it: the built-in sites, corrected where a user
// knew better (a phone number that changed, opening hours), and sites users added. Saved
// changes travel to the rest of the branch with the next sync.
class SitesDialog : public QDialog {
    Q_OBJECT
public:
    explicit SitesDialog(session::Session& session, QWidget* parent = nullptr);

    void reload();
    void selectSite(const QString& id);
    void newSite();
    bool saveSite();

private:
    void showSite(const referrals::Site& site);

    session::Session& m_session;
    QList<referrals::Site> m_sites;
    QString m_editing; // site id, empty for a new site
    MessageBanner* m_banner;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_localName;
    QLineEdit* m_org;
    QLineEdit* m_country;
    QLineEdit* m_kind;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_hours;
    QLineEdit* m_website;
    QLineEdit* m_languages;
    QLineEdit* m_services;
};

} // namespace corridor::ui
