#pragma once

#include "core/sync/DeviceCard.h"

#include <QDialog>

class QLabel;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

// This laptop's card, to be enrolled by a coordinator (or, for a coordinator, by a partner
// coordinator across the border): a QR code to scan and the same card as a small file.
class DeviceCardDialog : public QDialog {
    Q_OBJECT
public:
    explicit DeviceCardDialog(session::Session& session, QWidget* parent = nullptr);

    const sync::DeviceCard& card() const { return m_card; }
    bool saveCard(const QString& path);
    bool savePicture(const QString& path);

private:
    sync::DeviceCard m_card;
    QImage m_qr;
    QLabel* m_picture;
    QLabel* m_error;
};

} // namespace corridor::ui
