#pragma once

#include "core/referrals/Referral.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// Writing a referral from a case file: where to (the directory), why, by when, the slip's
// languages and the clinical summary the receiving clinic needs. A partner National
// Society is refused, with the reason, when the client's consent does not allow it.
class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    ReferralDialog(session::Session& session, const QString& clientId, QWidget* parent = nullptr);

    const referrals::Referral& created() const { return m_created; }

private:
    void accept() override;

    session::Session& m_session;
    QString m_clientId;
    referrals::Referral m_created;
    MessageBanner* m_banner;
    QComboBox* m_site;
    QList<QCheckBox*> m_reasons;
    QDateEdit* m_visitBefore;
    QCheckBox* m_travelKnown;
    QDateEdit* m_travel;
    QList<QComboBox*> m_languages;
    QLineEdit* m_regimen;
    QCheckBox* m_dispenseKnown;
    QDateEdit* m_lastDispense;
    QSpinBox* m_days;
    QLineEdit* m_senderContact;
    QLineEdit* m_toContact;
};

} // namespace corridor::ui
