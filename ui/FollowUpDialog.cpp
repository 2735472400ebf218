#include "ui/FollowUpDialog.h"

#include "core/cases/CaseService.h"
#include "ui/MessageBanner.h"
#include "ui_FollowUpDialog.h"

#include <QEvent>

namespace corridor::ui {

FollowUpDialog::FollowUpDialog(cases::CaseService& service, const QString& clientId, const QDate& today,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FollowUpDialog>())
    , m_banner(new MessageBanner(this))
    , m_service(service)
    , m_clientId(clientId) {
    m_ui->setupUi(this);
    m_ui->bannerLayout->addWidget(m_banner);
    m_ui->dueDateEdit->setDate(today.addDays(14));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::accept() {
    cases::FollowUp f;
    f.clientId = m_clientId;
    f.dueDate = m_ui->dueDateEdit->date();
    f.reason = m_ui->reasonLineEdit->text().trimmed();
    auto saved = m_service.addFollowUp(f);
    if (!saved.ok()) {
        m_banner->showError(saved.error().message());
        return;
    }
    QDialog::accept();
}

void FollowUpDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace corridor::ui
