#include "ui/EraseDialog.h"

#include "core/crypto/SecureBuffer.h"
#include "core/session/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace corridor::ui {

EraseDialog::EraseDialog(session::Session& session, const QString& clientId, const QString& displayName,
                         QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_clientId(clientId)
    , m_needsSecondUser(!session.actor().isCoordinator())
    , m_reason(new QPlainTextEdit(this))
    , m_secondUser(new QLineEdit(this))
    , m_secondPassphrase(new QLineEdit(this))
    , m_understood(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_erase(nullptr) {
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erase this person"));
    auto* intro = new QLabel(
        tr("<p><b>Erase %1 and everything about them?</b></p><p>The case file, every contact, follow-up and "
           "referral are removed from this laptop, and from every laptop the next bundles reach. It cannot be "
           "undone. Who erased and why is kept; nothing about the person is.</p>")
            .arg(displayName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("eraseReasonEdit"));
    m_reason->setPlaceholderText(tr("For example: the person asked for their data to be removed"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_secondUser->setObjectName(QStringLiteral("secondUserEdit"));
    m_secondPassphrase->setObjectName(QStringLiteral("secondPassphraseEdit"));
    m_secondPassphrase->setEchoMode(QLineEdit::Password);
    m_understood->setObjectName(QStringLiteral("understoodCheck"));
    m_understood->setText(tr("I understand this cannot be undone"));
    m_error->setObjectName(QStringLiteral("eraseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    if (m_needsSecondUser) {
        auto* second = new QLabel(tr("You are not a coordinator: a second user of this laptop confirms with their "
                                     "passphrase."),
                                  this);
        second->setWordWrap(true);
        form->addRow(second);
        form->addRow(tr("Second &user:"), m_secondUser);
        form->addRow(tr("Their &passphrase:"), m_secondPassphrase);
    } else {
        m_secondUser->hide();
        m_secondPassphrase->hide();
    }
    form->addRow(m_understood);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("&Erase"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_erase, &QPushButton::clicked, this, &EraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_secondUser, m_secondPassphrase})
        connect(edit, &QLineEdit::textChanged, this, &EraseDialog::updateButton);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EraseDialog::updateButton);
    connect(m_understood, &QCheckBox::toggled, this, &EraseDialog::updateButton);
    updateButton();
    resize(520, sizeHint().height());
}

QString EraseDialog::error() const {
    return m_error->text();
}

void EraseDialog::updateButton() {
    bool ready = !m_reason->toPlainText().trimmed().isEmpty() && m_understood->isChecked();
    if (m_needsSecondUser)
        ready = ready && !m_secondUser->text().trimmed().isEmpty() && !m_secondPassphrase->text().isEmpty();
    m_erase->setEnabled(ready);
}

void EraseDialog::accept() {
    if (!m_erase->isEnabled())
        return;
    bool confirmed = false;
    if (m_needsSecondUser) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto user = m_session.confirmUser(m_secondUser->text(),
                                          crypto::SecureBuffer::fromPassphrase(m_secondPassphrase->text()));
        QApplication::restoreOverrideCursor();
        m_secondPassphrase->clear();
        if (!user.ok()) {
            m_error->setText(user.error().message());
            return;
        }
        confirmed = true;
    }
    auto erased = m_session.cases().eraseClient(m_clientId, m_reason->toPlainText(), confirmed);
    if (!erased.ok()) {
        m_error->setText(erased.error().message());
        return;
    }
    QDialog::accept();
}

} // namespace corridor::ui
