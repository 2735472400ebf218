#include "ui/AuditLogDialog.h"

#include "core/session/Session.h"
#include "ui/models/AuditModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace corridor::ui {

AuditLogDialog::AuditLogDialog(session::Session& session, const QString& recordId, QWidget* parent)
    : QDialog(parent)
    , m_model(new AuditModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(recordId.isEmpty() ? tr("Audit log") : tr("Audit log of this case file"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 520);

    auto entries = session.audit().entries(recordId, 5000);
    if (!entries.ok()) {
        m_status->setText(entries.error().message());
        return;
    }
    m_model->setEntries(*entries);
    m_table->resizeColumnsToContents();
    auto chain = session.audit().verify();
    if (chain.ok() && !chain->has_value())
        m_status->setText(tr("%n entries. The log is intact: no entry was changed or removed from the middle.", nullptr,
                             int(entries->size())));
    else if (chain.ok())
        m_status->setText(tr("Warning: entry %1 of the log was changed outside Corridor.").arg(**chain));
}

} // namespace corridor::ui
