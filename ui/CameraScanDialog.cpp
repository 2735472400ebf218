#include "ui/CameraScanDialog.h"

#include "core/render/QrTextFile.h"

#include <QCamera>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>

namespace corridor::ui {

CameraScanDialog::CameraScanDialog(const QString& prefix, QWidget* parent)
    : QDialog(parent)
    , m_prefix(prefix)
    , m_view(new QLabel(this))
    , m_status(new QLabel(this))
    , m_sink(new QVideoSink(this)) {
    setObjectName(QStringLiteral("cameraScanDialog"));
    setWindowTitle(tr("Scan a QR code"));
    m_view->setMinimumSize(480, 360);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setStyleSheet(QStringLiteral("background:#202020;color:#f0f0f0;"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto cameras = QMediaDevices::videoInputs();
    if (cameras.isEmpty()) {
        m_view->setText(tr("No camera found on this laptop."));
        m_status->setText(tr("Open a photo or screenshot of the code instead, or paste the card's text."));
        return;
    }
    m_status->setText(tr("Hold the code in front of the camera, about a hand's length away."));
    m_camera = std::make_unique<QCamera>(cameras.first());
    m_capture = std::make_unique<QMediaCaptureSession>();
    m_capture->setCamera(m_camera.get());
    m_capture->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanDialog::frame);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) { m_status->setText(message); });
    m_sinceDecode.start();
    m_camera->start();
}

CameraScanDialog::~CameraScanDialog() {
    if (m_camera)
        m_camera->stop();
}

bool CameraScanDialog::cameraAvailable() {
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraScanDialog::frame(const QVideoFrame& frame) {
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_view->setPixmap(QPixmap::fromImage(image).scaled(m_view->size(), Qt::KeepAspectRatio, Qt::FastTransformation));
    // Decoding takes a few tens of milliseconds; a cheap laptop keeps up at about three a second.
    if (m_sinceDecode.elapsed() < 300 || !m_text.isEmpty())
        return;
    m_sinceDecode.restart();
    auto text = render::QrTextFile::fromImage(image, m_prefix);
    if (!text.ok())
        return;
    m_text = *text;
    m_camera->stop();
    accept();
}

} // namespace corridor::ui
