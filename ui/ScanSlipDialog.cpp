#include "ui/ScanSlipDialog.h"

#include "core/referrals/SlipCode.h"
#include "core/render/QrTextFile.h"
#include "core/session/Session.h"
#include "ui/CameraScanDialog.h"
#include "ui/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace corridor::ui {

ScanSlipDialog::ScanSlipDialog(session::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_typed(new QLineEdit(this))
    , m_result(new QLabel(this)) {
    setObjectName(QStringLiteral("scanSlipDialog"));
    setWindowTitle(tr("Receive a referral slip"));
    auto* intro = new QLabel(tr("Scan the square code on the slip the person shows you, from a picture or with the "
                                "camera. If it cannot be read, type the referral code printed under the title."),
                             this);
    intro->setWordWrap(true);
    auto* picture = new QPushButton(tr("From a &picture…"), this);
    picture->setObjectName(QStringLiteral("scanPictureButton"));
    auto* camera = new QPushButton(tr("With the &camera…"), this);
    camera->setObjectName(QStringLiteral("scanCameraButton"));
    camera->setEnabled(CameraScanDialog::cameraAvailable());
    if (!camera->isEnabled())
        camera->setToolTip(tr("No camera was found on this laptop."));
    m_typed->setObjectName(QStringLiteral("typedCodeEdit"));
    m_typed->setPlaceholderText(QStringLiteral("ABCD-EFGH-JK7"));
    auto* find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findCodeButton"));
    m_result->setObjectName(QStringLiteral("scanResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    connect(picture, &QPushButton::clicked, this, &ScanSlipDialog::choosePicture);
    connect(camera, &QPushButton::clicked, this, &ScanSlipDialog::useCamera);
    connect(find, &QPushButton::clicked, this, [this] { findTyped(m_typed->text()); });
    connect(m_typed, &QLineEdit::returnPressed, this, [this] { findTyped(m_typed->text()); });

    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(picture);
    scanRow->addWidget(camera);
    auto* typedRow = new QHBoxLayout;
    typedRow->addWidget(new QLabel(tr("Referral code:"), this));
    typedRow->addWidget(m_typed, 1);
    typedRow->addWidget(find);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(scanRow);
    layout->addLayout(typedRow);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 300);
}

bool ScanSlipDialog::scanText(const QString& text) {
    auto scanned = m_session.slips().scan(text);
    if (!scanned.ok()) {
        m_banner->showError(scanned.error().message());
        m_result->clear();
        return false;
    }
    m_banner->hide();
    m_code = scanned->referral.code;
    QStringList lines;
    lines << (scanned->created ? tr("Referral %1 added from the slip.") : tr("Referral %1 was already here."))
                 .arg(scanned->referral.code);
    lines << tr("From %1 (%2), for %3.")
                 .arg(scanned->referral.fromOrg, scanned->referral.senderName,
                      scanned->referral.name.isEmpty() ? scanned->referral.uic : scanned->referral.name);
    if (scanned->receivedRecorded)
        lines << tr("Recorded as received; the sender will see it after the next sync.");
    m_result->setText(lines.join(u'\n'));
    Q_EMIT referralsChanged();
    return true;
}

bool ScanSlipDialog::scanPicture(const QString& path) {
    auto codes = render::QrTextFile::codesInPicture(path);
    if (!codes.ok()) {
        m_banner->showError(codes.error().message());
        return false;
    }
    auto slipText = referrals::SlipCode::pick(*codes);
    if (!slipText.ok()) {
        m_banner->showError(slipText.error().message());
        return false;
    }
    return scanText(*slipText);
}

bool ScanSlipDialog::findTyped(const QString& typed) {
    auto found = m_session.referrals().byCode(typed);
    if (!found.ok()) {
        m_banner->showError(found.error().message() + u' ' +
                            tr("A referral arrives here with a sync bundle, or from its slip's square code."));
        return false;
    }
    m_banner->hide();
    m_code = found->code;
    m_result->setText(tr("Referral %1 from %2: %3.")
                          .arg(found->code, found->fromOrg, referrals::ReferralEvent::label(found->status)));
    return true;
}

void ScanSlipDialog::choosePicture() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Picture of a referral slip"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    if (!path.isEmpty())
        scanPicture(path);
}

void ScanSlipDialog::useCamera() {
    CameraScanDialog camera(referrals::SlipCode::prefix(), this);
    if (camera.exec() == QDialog::Accepted)
        scanText(camera.text());
}

} // namespace corridor::ui
