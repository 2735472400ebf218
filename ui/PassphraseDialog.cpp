#include "ui/PassphraseDialog.h"

#include "core/crypto/PassphraseKdf.h"
#include "core/session/PassphrasePolicy.h"
#include "core/session/Session.h"
#include "ui/Background.h"
#include "ui/MessageBanner.h"
#include "ui_PassphraseDialog.h"

#include <QEvent>
#include <QPushButton>

namespace corridor::ui {

using session::PassphrasePolicy;

namespace {

QString roleLabel(records::Role role) {
    switch (role) {
    case records::Role::Volunteer:
        return PassphraseDialog::tr("Volunteer");
    case records::Role::Coordinator:
        return PassphraseDialog::tr("Coordinator");
    case records::Role::Trainer:
        return PassphraseDialog::tr("Trainer (content and training only, no case files)");
    }
    return {};
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, session::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PassphraseDialog>())
    , m_banner(new MessageBanner(this))
    , m_mode(mode)
    , m_session(session) {
    m_ui->setupUi(this);
    m_ui->bannerLayout->addWidget(m_banner);
    m_ui->busyProgressBar->setVisible(false);
    m_ui->formLayout->setRowVisible(m_ui->userComboBox, mode == Mode::Recover);
    m_ui->formLayout->setRowVisible(m_ui->nameLineEdit, mode == Mode::AddUser);
    m_ui->formLayout->setRowVisible(m_ui->roleComboBox, mode == Mode::AddUser);
    if (mode == Mode::Recover) {
        auto users = session.users().all();
        if (users.ok())
            for (const session::User& u : *users)
                m_ui->userComboBox->addItem(u.name, u.id);
    }
    for (records::Role role : {records::Role::Volunteer, records::Role::Coordinator, records::Role::Trainer})
        m_ui->roleComboBox->addItem(roleLabel(role), static_cast<int>(role));
    connect(m_ui->passphraseLineEdit, &QLineEdit::textChanged, this, &PassphraseDialog::updateStrength);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    updateTexts();
    updateStrength();
}

PassphraseDialog::~PassphraseDialog() = default;

void PassphraseDialog::updateTexts() {
    switch (m_mode) {
    case Mode::ChangeOwn:
        setWindowTitle(tr("Change my passphrase"));
        m_ui->explanationLabel->setText(tr("The new passphrase replaces the old one at once. The case files are not "
                                           "re-encrypted, so this is quick."));
        break;
    case Mode::AddUser:
        setWindowTitle(tr("Add a user"));
        m_ui->explanationLabel->setText(tr("A second person who uses this laptop gets their own name, role and "
                                           "passphrase. Everything they save is signed with their name."));
        break;
    case Mode::Recover:
        setWindowTitle(tr("Set a new passphrase"));
        m_ui->explanationLabel->setText(tr("The recovery key opened the vault. Choose whose passphrase to replace."));
        break;
    }
}

void PassphraseDialog::updateStrength() {
    const auto strength = PassphrasePolicy::strength(m_ui->passphraseLineEdit->text());
    const char* colour = strength == PassphrasePolicy::Strength::Strong ? "#2e7d32"
                         : strength == PassphrasePolicy::Strength::Fair ? "#8d6e00"
                                                                        : "#b02020";
    m_ui->strengthLabel->setStyleSheet(QStringLiteral("color: %1").arg(QString::fromLatin1(colour)));
    m_ui->strengthLabel->setText(PassphrasePolicy::describe(strength));
}

void PassphraseDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->buttonBox->setEnabled(!busy);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->passphraseLineEdit), static_cast<QWidget*>(m_ui->repeatLineEdit),
                       static_cast<QWidget*>(m_ui->nameLineEdit), static_cast<QWidget*>(m_ui->roleComboBox),
                       static_cast<QWidget*>(m_ui->userComboBox)})
        w->setEnabled(!busy);
}

void PassphraseDialog::reject() {
    if (!m_busy)
        QDialog::reject();
}

void PassphraseDialog::accept() {
    if (m_busy)
        return;
    const QString typed = m_ui->passphraseLineEdit->text();
    if (auto policy = PassphrasePolicy::check(typed); !policy.ok()) {
        m_banner->showError(policy.error().message());
        return;
    }
    if (typed != m_ui->repeatLineEdit->text()) {
        m_banner->showError(tr("The two passphrases differ. Type the same one twice."));
        return;
    }
    if (m_mode == Mode::AddUser && m_ui->nameLineEdit->text().trimmed().isEmpty()) {
        m_banner->showError(tr("Enter the new user's name."));
        return;
    }
    if (m_mode == Mode::Recover) {
        auto signedIn = m_session.signInAs(m_ui->userComboBox->currentData().toString());
        if (!signedIn.ok()) {
            m_banner->showError(signedIn.error().message());
            return;
        }
    }
    auto secret = std::make_shared<crypto::SecureBuffer>(crypto::SecureBuffer::fromPassphrase(typed));
    m_ui->passphraseLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    m_banner->hide();
    setBusy(true);
    const bool practice = m_session.isPractice();
    // Calibration measures this laptop (about a second); practice vaults use the floor.
    runInBackground(
        this, [practice] { return practice ? crypto::PassphraseKdf::minimum() : crypto::PassphraseKdf::calibrated(); },
        [this, secret](crypto::KdfParams kdf) {
            setBusy(false);
            Status done;
            if (m_mode == Mode::AddUser) {
                const auto role = static_cast<records::Role>(m_ui->roleComboBox->currentData().toInt());
                auto added = m_session.addUser(m_ui->nameLineEdit->text(), role, *secret, kdf);
                if (!added.ok())
                    done = added.error();
            } else {
                done = m_session.changePassphrase(*secret, kdf);
            }
            if (!done.ok()) {
                m_banner->showError(done.error().message());
                return;
            }
            QDialog::accept();
        });
}

void PassphraseDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        updateStrength();
    }
    QDialog::changeEvent(event);
}

} // namespace corridor::ui
