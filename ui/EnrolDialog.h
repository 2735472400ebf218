#pragma once

#include "core/sync/DeviceCard.h"

#include <QDialog>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

// Enrolling a device from its card: opened as a file or a picture of its QR code, scanned
// with the camera, or pasted (a USB barcode scanner types it too). Shows who the card says
// it is before anything is trusted.
class EnrolDialog : public QDialog {
    Q_OBJECT
public:
    explicit EnrolDialog(session::Session& session, QWidget* parent = nullptr);

    // Loads a card for review; false (and a message) if it is not a valid card.
    bool loadFile(const QString& path);
    bool loadText(const QString& text);
    QString error() const;
    QString enrolledId() const { return m_enrolledId; }

public Q_SLOTS:
    void accept() override;

private:
    void showCard();

    session::Session& m_session;
    std::optional<sync::DeviceCard> m_card;
    QString m_enrolledId;
    QLineEdit* m_paste;
    QLabel* m_summary;
    QLabel* m_error;
    QPushButton* m_enrol;
};

} // namespace corridor::ui
