#pragma once

#include "core/referrals/Referral.h"
#include "core/referrals/SiteDirectory.h"
#include "core/render/ReferralSlip.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// The slip of a referral as it will print: a preview, its two or three languages, the
// optional clinician page, and printing, saving as PDF (A5 or A4) or as a picture to send
// in a chat app.
class SlipDialog : public QDialog {
    Q_OBJECT
public:
    SlipDialog(session::Session& session, const referrals::Referral& referral, QWidget* parent = nullptr);

    void print();
    void savePdf();
    void savePicture();

private:
    void refresh();
    QStringList languages() const;
    Result<render::SlipContent> content(bool clinicianPage) const;
    void logPrinted(const QString& how);

    session::Session& m_session;
    referrals::Referral m_referral;
    referrals::Site m_site;
    QString m_qrText;
    MessageBanner* m_banner;
    QLabel* m_preview;
    QList<QComboBox*> m_languages;
    QCheckBox* m_clinician;
    QComboBox* m_pageSize;
    QComboBox* m_page;
};

} // namespace corridor::ui
