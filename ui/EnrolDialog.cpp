#include "ui/EnrolDialog.h"

#include "core/render/QrTextFile.h"
#include "core/session/Organisations.h"
#include "core/session/Session.h"
#include "ui/CameraScanDialog.h"
#include "ui/FieldLabels.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace corridor::ui {

EnrolDialog::EnrolDialog(session::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_paste(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_enrol(nullptr) {
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Enrol a device"));
    auto* intro = new QLabel(
        session.actor().isCoordinator()
            ? tr("Enrol a laptop of your National Society so that your branch trusts the bundles it writes, or "
                 "register a partner National Society from its coordinator's card.")
            : tr("Take in your coordinator's card: from then on this laptop trusts the devices your coordinator "
                 "enrols."),
        this);
    intro->setWordWrap(true);
    auto* open = new QPushButton(tr("&Open a card file or picture…"), this);
    auto* scan = new QPushButton(tr("&Scan with the camera…"), this);
    open->setObjectName(QStringLiteral("openCardButton"));
    scan->setObjectName(QStringLiteral("scanCardButton"));
    scan->setEnabled(CameraScanDialog::cameraAvailable());
    if (!scan->isEnabled())
        scan->setToolTip(tr("No camera found on this laptop."));
    m_paste->setObjectName(QStringLiteral("cardTextEdit"));
    m_paste->setPlaceholderText(tr("…or paste the card's text here (it starts with CRDC1:)"));
    m_summary->setObjectName(QStringLiteral("cardSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMinimumHeight(120);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setObjectName(QStringLiteral("enrolError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e;"));

    auto* sources = new QHBoxLayout;
    sources->addWidget(open);
    sources->addWidget(scan);
    sources->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_enrol = buttons->addButton(tr("&Trust this device"), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_enrol->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sources);
    layout->addWidget(m_paste);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a device card"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Cards and pictures (*.txt *.png *.jpg *.jpeg);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(scan, &QPushButton::clicked, this, [this] {
        CameraScanDialog camera(QLatin1String(sync::DeviceCard::Prefix), this);
        if (camera.exec() == QDialog::Accepted)
            loadText(camera.text());
    });
    connect(m_paste, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            loadText(text.trimmed());
    });
    showCard();
    resize(560, 420);
}

QString EnrolDialog::error() const {
    return m_error->text();
}

bool EnrolDialog::loadFile(const QString& path) {
    auto text = render::QrTextFile::read(path, QLatin1String(sync::DeviceCard::Prefix));
    if (!text.ok()) {
        m_card.reset();
        m_error->setText(text.error().message());
        showCard();
        return false;
    }
    return loadText(*text);
}

bool EnrolDialog::loadText(const QString& text) {
    auto card = sync::DeviceCard::fromText(text);
    if (!card.ok()) {
        m_card.reset();
        m_error->setText(card.error().message());
        showCard();
        return false;
    }
    m_card = *card;
    m_error->clear();
    showCard();
    return true;
}

void EnrolDialog::showCard() {
    m_enrol->setEnabled(m_card.has_value());
    if (!m_card) {
        m_summary->setText(tr("<i>No card yet.</i>"));
        return;
    }
    const sync::DeviceCard& c = *m_card;
    const bool partner = c.organisation != m_session.organisation();
    QString known;
    if (auto found = m_session.trust().find(c.deviceId()); found.ok() && found->has_value())
        known = (*found)->revoked ? tr("This device was revoked here; it cannot be enrolled again.")
                                  : tr("This device is already trusted here.");
    QString text = tr("<p><b>%1</b> — %2<br>%3, %4<br>Device id: <tt>%5</tt></p>")
                       .arg(c.name.toHtmlEscaped(), FieldLabels::role(c.role),
                            session::Organisations::name(c.organisation).toHtmlEscaped(), c.branch.toHtmlEscaped(),
                            c.deviceIdText());
    if (partner)
        text += tr("<p>This card is from another National Society: it will be registered as a <b>partner</b>. "
                   "Only referrals addressed to them, and their answers, travel between you.</p>");
    text += tr("<p>Check the device id with its owner (read it aloud) before you trust it.</p>");
    if (!known.isEmpty())
        text += QStringLiteral("<p><i>%1</i></p>").arg(known.toHtmlEscaped());
    m_summary->setText(text);
}

void EnrolDialog::accept() {
    if (!m_card)
        return;
    auto enrolled = m_session.trust().enrol(*m_card, m_session.actor().role);
    if (!enrolled.ok()) {
        m_error->setText(enrolled.error().message());
        return;
    }
    m_enrolledId = enrolled->idText();
    QDialog::accept();
}

} // namespace corridor::ui
