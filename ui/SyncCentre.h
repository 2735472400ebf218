#pragma once

#include "core/sync/ImportReport.h"

#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// The sync centre: every device this laptop trusts with its scope and what was sent,
// acknowledged and received; export for a peer, import bundles, enrol devices, show this
// laptop's card, the conflict queue, and the drop folders that sync on their own.
class SyncCentre : public QWidget {
    Q_OBJECT
public:
    explicit SyncCentre(QWidget* parent = nullptr);

    void setSession(session::Session* session);

    // Imports the files with a progress dialog, then shows the report (unless quiet).
    QList<sync::ImportReport> importFiles(const QStringList& paths, bool showReport = true);
    // Writes a bundle for the peer into the file, with progress; false and a message if not.
    bool exportTo(const QByteArray& peer, const QString& path);
    // One pass over the drop folders: import what is new in the inbox, write to the outbox.
    bool syncFolders(bool automatic);
    int peerCount() const;
    void selectPeer(int row);
    QString statusText() const;

public Q_SLOTS:
    void reload();
    void importBundles();
    void exportForSelected();
    void showConflicts();
    void showOwnCard();
    void enrolDevice();
    void revokeSelected();

Q_SIGNALS:
    // Bundles or a resolution changed what the case list and editor show.
    void vaultChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void chooseFolder(QLineEdit* edit);
    void saveFolders();
    void watchInbox();
    QByteArray selectedPeer() const;
    QString selectedPeerName() const;

    session::Session* m_session = nullptr;
    MessageBanner* m_banner;
    QLabel* m_thisDevice;
    QTableWidget* m_peers;
    QPushButton* m_export;
    QPushButton* m_import;
    QPushButton* m_conflicts;
    QPushButton* m_card;
    QPushButton* m_enrol;
    QPushButton* m_revoke;
    QLabel* m_foldersTitle;
    QLabel* m_foldersHint;
    QLabel* m_inboxLabel;
    QLabel* m_outboxLabel;
    QLineEdit* m_inbox;
    QLineEdit* m_outbox;
    QPushButton* m_chooseInbox;
    QPushButton* m_chooseOutbox;
    QPushButton* m_syncNow;
    QLabel* m_folderStatus;
    QFileSystemWatcher* m_watcher;
    QTimer* m_debounce;
    QTimer* m_periodic;
    QList<QByteArray> m_peerIds;
};

} // namespace corridor::ui
