#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <memory>

class QCamera;
class QLabel;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace corridor::ui {

// Reads a QR code held up to the laptop's camera: shows the picture and decodes a few
// frames a second until one carries a text with the expected prefix.
class CameraScanDialog : public QDialog {
    Q_OBJECT
public:
    CameraScanDialog(const QString& prefix, QWidget* parent = nullptr);
    ~CameraScanDialog() override;

    static bool cameraAvailable();
    QString text() const { return m_text; }

private:
    void frame(const QVideoFrame& frame);

    QString m_prefix;
    QString m_text;
    QLabel* m_view;
    QLabel* m_status;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QMediaCaptureSession> m_capture;
    QVideoSink* m_sink;
    QElapsedTimer m_sinceDecode;
};

} // namespace corridor::ui
