#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

// "Erase this person": removes the case file and everything linked to it here and
// everywhere the erasure travels. A coordinator may do it alone; anyone else needs a second
// user of this laptop to confirm with their passphrase. The reason is kept, the data is not.
class EraseDialog : public QDialog {
    Q_OBJECT
public:
    EraseDialog(session::Session& session, const QString& clientId, const QString& displayName,
                QWidget* parent = nullptr);

    QString error() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateButton();

    session::Session& m_session;
    QString m_clientId;
    bool m_needsSecondUser;
    QPlainTextEdit* m_reason;
    QLineEdit* m_secondUser;
    QLineEdit* m_secondPassphrase;
    QCheckBox* m_understood;
    QLabel* m_error;
    QPushButton* m_erase;
};

} // namespace corridor::ui
