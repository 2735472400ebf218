#include "ui/UnlockWidget.h"

#include "core/session/Session.h"
#include "ui/Background.h"
#include "ui/MessageBanner.h"
#include "ui_UnlockWidget.h"

#include <QDir>
#include <QEvent>
#include <QSettings>

namespace corridor::ui {

UnlockWidget::UnlockWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UnlockWidget>())
    , m_banner(new MessageBanner(this)) {
    m_ui->setupUi(this);
    m_ui->bannerLayout->addWidget(m_banner);
    m_ui->busyProgressBar->setVisible(false);
    m_ui->practiceHintLabel->setVisible(false);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UnlockWidget::unlock);
    connect(m_ui->passphraseLineEdit, &QLineEdit::returnPressed, this, &UnlockWidget::unlock);
    connect(m_ui->recoveryButton, &QPushButton::clicked, this, &UnlockWidget::recoveryRequested);
    connect(m_ui->showPassphraseCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->passphraseLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
}

UnlockWidget::~UnlockWidget() = default;

void UnlockWidget::setVault(const QString& folder, const Clock* clock) {
    m_folder = folder;
    m_clock = clock;
    m_ui->folderLabel->setText(tr("Vault: %1").arg(QDir::toNativeSeparators(folder)));
    // The user who unlocked last is tried first, so their unlock takes one Argon2id run.
    QSettings settings;
    m_preferredUsers = settings.value(QStringLiteral("unlock/lastUser/") + QString::fromLatin1(folder.toUtf8().toHex()))
                           .toStringList();
}

void UnlockWidget::setPracticeHint(bool practice) {
    m_ui->practiceHintLabel->setVisible(practice);
}

void UnlockWidget::showMessage(const QString& text) {
    m_banner->show(MessageBanner::Kind::Information, text);
}

void UnlockWidget::prepare() {
    m_ui->passphraseLineEdit->clear();
    m_ui->showPassphraseCheckBox->setChecked(false);
    m_ui->passphraseLineEdit->setFocus();
}

bool UnlockWidget::busy() const {
    return m_ui->busyProgressBar->isVisible();
}

void UnlockWidget::setBusy(bool busy) {
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->unlockButton->setEnabled(!busy);
    m_ui->passphraseLineEdit->setEnabled(!busy);
    m_ui->recoveryButton->setEnabled(!busy);
    m_ui->unlockButton->setText(busy ? tr("Unlocking…") : tr("&Unlock"));
}

void UnlockWidget::unlock() {
    if (busy())
        return;
    const QString typed = m_ui->passphraseLineEdit->text();
    if (typed.isEmpty()) {
        m_banner->showError(tr("Type your passphrase first."));
        return;
    }
    auto secret = std::make_shared<crypto::SecureBuffer>(crypto::SecureBuffer::fromPassphrase(typed));
    m_ui->passphraseLineEdit->clear();
    m_banner->hide();
    setBusy(true);
    const QString folder = m_folder;
    const Clock* clock = m_clock;
    const QStringList preferred = m_preferredUsers;
    runInBackground(
        this,
        [folder, clock, preferred, secret] { return session::Session::unlock(folder, *secret, *clock, preferred); },
        [this](Result<std::unique_ptr<session::Session>> result) {
            setBusy(false);
            if (!result.ok()) {
                m_banner->showError(result.error().message());
                m_ui->passphraseLineEdit->setFocus();
                return;
            }
            QSettings settings;
            settings.setValue(QStringLiteral("unlock/lastUser/") + QString::fromLatin1(m_folder.toUtf8().toHex()),
                              QStringList{(*result)->actor().userId});
            Q_EMIT unlocked(std::shared_ptr<session::Session>(std::move(*result)));
        });
}

void UnlockWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setVault(m_folder, m_clock);
    }
    QWidget::changeEvent(event);
}

} // namespace corridor::ui
