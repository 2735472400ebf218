#include "ui/DeviceCardDialog.h"

#include "core/base/AtomicFile.h"
#include "core/render/QrCode.h"
#include "core/session/Organisations.h"
#include "core/session/Session.h"
#include "ui/FieldLabels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace corridor::ui {

DeviceCardDialog::DeviceCardDialog(session::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_picture(new QLabel(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("deviceCardDialog"));
    setWindowTitle(tr("This laptop's card"));
    m_picture->setObjectName(QStringLiteral("cardQrLabel"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e;"));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    auto* details = new QFormLayout;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* saveCardButton = buttons->addButton(tr("Save as a &file…"), QDialogButtonBox::ActionRole);
    auto* savePictureButton = buttons->addButton(tr("Save the &picture…"), QDialogButtonBox::ActionRole);
    saveCardButton->setObjectName(QStringLiteral("saveCardButton"));
    savePictureButton->setObjectName(QStringLiteral("savePictureButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_picture, 1);
    layout->addLayout(details);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto card = session.deviceCard();
    if (!card.ok()) {
        m_error->setText(card.error().message());
        saveCardButton->setEnabled(false);
        savePictureButton->setEnabled(false);
        return;
    }
    m_card = *card;
    const bool coordinator = m_card.role == records::Role::Coordinator;
    intro->setText(coordinator ? tr("Your coordinators and volunteers enrol this laptop by scanning this code or "
                                    "opening the card file. A coordinator of a partner National Society who enrols it "
                                    "can send referrals to your organisation.")
                               : tr("Show this code to your coordinator, or give them the card file: once they enrol "
                                    "this laptop, your branch trusts the bundles it writes."));
    auto qr = render::QrCode::encode(m_card.toText(), render::QrCode::ErrorCorrection::Medium);
    if (qr.ok()) {
        m_qr = qr->toImage(6);
        m_picture->setPixmap(QPixmap::fromImage(m_qr));
    } else {
        m_error->setText(qr.error().message());
        savePictureButton->setEnabled(false);
    }
    const auto row = [&](const QString& label, const QString& value) {
        auto* text = new QLabel(value, this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        details->addRow(label, text);
    };
    row(tr("Laptop:"), m_card.name);
    row(tr("Role:"), FieldLabels::role(m_card.role));
    row(tr("National Society:"), session::Organisations::name(m_card.organisation));
    row(tr("Branch:"), m_card.branch);
    row(tr("Device id:"), m_card.deviceIdText());
    if (!m_card.organisationKey.isEmpty())
        row(tr("Organisation key:"), tr("included (partners use it to encrypt referrals to you)"));

    connect(saveCardButton, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save this laptop's card"),
            QDir(folder).filePath(QStringLiteral("corridor-card-%1.txt").arg(m_card.deviceIdText())),
            tr("Corridor device cards (*.txt)"));
        if (!path.isEmpty())
            saveCard(path);
    });
    connect(savePictureButton, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the card's QR code"),
            QDir(folder).filePath(QStringLiteral("corridor-card-%1.png").arg(m_card.deviceIdText())),
            tr("PNG pictures (*.png)"));
        if (!path.isEmpty())
            savePicture(path);
    });
}

bool DeviceCardDialog::saveCard(const QString& path) {
    auto saved = AtomicFile::write(path, m_card.toText().toLatin1() + '\n');
    if (!saved.ok()) {
        m_error->setText(saved.error().message());
        return false;
    }
    m_error->clear();
    return true;
}

bool DeviceCardDialog::savePicture(const QString& path) {
    // A larger picture than the one on screen: it is printed or sent in a chat app.
    auto qr = render::QrCode::encode(m_card.toText(), render::QrCode::ErrorCorrection::Medium);
    if (!qr.ok() || !qr->toImage(10).save(path, "PNG")) {
        m_error->setText(tr("The picture %1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_error->clear();
    return true;
}

} // namespace corridor::ui
