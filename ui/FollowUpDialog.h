#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class FollowUpDialog;
}

namespace corridor::cases {
class CaseService;
}

namespace corridor::ui {

class MessageBanner;

// Plans a follow-up for a case file by hand.
class FollowUpDialog : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(cases::CaseService& service, const QString& clientId, const QDate& today, QWidget* parent = nullptr);
    ~FollowUpDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::FollowUpDialog> m_ui;
    MessageBanner* m_banner;
    cases::CaseService& m_service;
    QString m_clientId;
};

} // namespace corridor::ui
