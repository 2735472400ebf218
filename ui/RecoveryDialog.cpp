#include "ui/RecoveryDialog.h"

#include "core/session/Session.h"
#include "ui/Background.h"
#include "ui/MessageBanner.h"
#include "ui/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace corridor::ui {

RecoveryDialog::RecoveryDialog(const QString& folder, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_clock(clock)
    , m_explanation(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_keyLineEdit(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("recoveryDialog"));
    m_keyLineEdit->setObjectName(QStringLiteral("recoveryKeyLineEdit"));
    m_explanation->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setPointSize(13);
    m_keyLineEdit->setFont(mono);
    m_keyLineEdit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_banner);
    layout->addWidget(m_keyLineEdit);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::retranslate() {
    setWindowTitle(tr("Use the recovery key"));
    m_explanation->setText(tr("Type the recovery key printed when this vault was created (your coordinator keeps it). "
                              "Dashes and small letters do not matter."));
}

void RecoveryDialog::accept() {
    if (m_busy->isVisible())
        return;
    const QString key = m_keyLineEdit->text();
    m_busy->show();
    m_buttons->setEnabled(false);
    const QString folder = m_folder;
    const Clock* clock = &m_clock;
    runInBackground(
        this, [folder, clock, key] { return session::Session::unlockWithRecoveryKey(folder, key, *clock); },
        [this](Result<std::unique_ptr<session::Session>> result) {
            m_busy->hide();
            m_buttons->setEnabled(true);
            if (!result.ok()) {
                m_banner->showError(result.error().message());
                return;
            }
            std::shared_ptr<session::Session> opened(std::move(*result));
            PassphraseDialog reset(PassphraseDialog::Mode::Recover, *opened, this);
            if (reset.exec() != QDialog::Accepted)
                return; // the vault locks again when `opened` goes
            m_session = opened;
            QDialog::accept();
        });
}

void RecoveryDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace corridor::ui
