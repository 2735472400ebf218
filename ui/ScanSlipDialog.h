#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// Receiving a referral slip: from a picture (a photo, a screenshot from a chat app), from
// the laptop's camera, or by typing the referral code printed on it when the QR code
// cannot be read or is addressed to another National Society.
class ScanSlipDialog : public QDialog {
    Q_OBJECT
public:
    explicit ScanSlipDialog(session::Session& session, QWidget* parent = nullptr);

    // The referral the dialog found or added (its code), empty if none.
    const QString& code() const { return m_code; }

    bool scanText(const QString& text);
    bool scanPicture(const QString& path);
    bool findTyped(const QString& typed);

Q_SIGNALS:
    void referralsChanged();

private:
    void choosePicture();
    void useCamera();

    session::Session& m_session;
    QString m_code;
    MessageBanner* m_banner;
    QLineEdit* m_typed;
    QLabel* m_result;
};

} // namespace corridor::ui
