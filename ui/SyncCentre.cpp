#include "ui/SyncCentre.h"

#include "core/base/AtomicFile.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/session/Organisations.h"
#include "core/session/Session.h"
#include "ui/ConflictDialog.h"
#include "ui/DeviceCardDialog.h"
#include "ui/EnrolDialog.h"
#include "ui/FieldLabels.h"
#include "ui/ImportReportDialog.h"
#include "ui/MessageBanner.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace corridor::ui {
namespace {

QString whenText(quint64 sequence, qint64 ms) {
    if (sequence == 0)
        return QStringLiteral("—");
    const QString number = QStringLiteral("#%1").arg(sequence);
    if (ms == 0)
        return number;
    return QStringLiteral("%1 · %2").arg(
        number, QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat));
}

} // namespace

SyncCentre::SyncCentre(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_thisDevice(new QLabel(this))
    , m_peers(new QTableWidget(this))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_conflicts(new QPushButton(this))
    , m_card(new QPushButton(this))
    , m_enrol(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_foldersTitle(new QLabel(this))
    , m_foldersHint(new QLabel(this))
    , m_inboxLabel(new QLabel(this))
    , m_outboxLabel(new QLabel(this))
    , m_inbox(new QLineEdit(this))
    , m_outbox(new QLineEdit(this))
    , m_chooseInbox(new QPushButton(this))
    , m_chooseOutbox(new QPushButton(this))
    , m_syncNow(new QPushButton(this))
    , m_folderStatus(new QLabel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
    , m_periodic(new QTimer(this)) {
    setObjectName(QStringLiteral("syncCentre"));
    m_peers->setObjectName(QStringLiteral("peerTable"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_conflicts->setObjectName(QStringLiteral("conflictsButton"));
    m_card->setObjectName(QStringLiteral("ownCardButton"));
    m_enrol->setObjectName(QStringLiteral("enrolDeviceButton"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_inbox->setObjectName(QStringLiteral("inboxEdit"));
    m_outbox->setObjectName(QStringLiteral("outboxEdit"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_folderStatus->setObjectName(QStringLiteral("folderStatusLabel"));
    m_banner->hide();

    m_thisDevice->setWordWrap(true);
    m_thisDevice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_peers->setColumnCount(9);
    m_peers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peers->verticalHeader()->hide();
    m_peers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_peers->horizontalHeader()->setStretchLastSection(true);
    m_peers->setAlternatingRowColors(true);
    m_foldersTitle->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_foldersHint->setWordWrap(true);
    m_folderStatus->setWordWrap(true);
    m_inbox->setReadOnly(true);
    m_outbox->setReadOnly(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1500); // let a copy or Syncthing finish writing the file

    auto* top = new QHBoxLayout;
    top->addWidget(m_thisDevice, 1);
    top->addWidget(m_card);
    top->addWidget(m_enrol);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    actions->addWidget(m_conflicts);
    actions->addStretch(1);
    actions->addWidget(m_revoke);
    auto* folders = new QGridLayout;
    folders->addWidget(m_foldersTitle, 0, 0, 1, 3);
    folders->addWidget(m_foldersHint, 1, 0, 1, 3);
    folders->addWidget(m_inboxLabel, 2, 0);
    folders->addWidget(m_inbox, 2, 1);
    folders->addWidget(m_chooseInbox, 2, 2);
    folders->addWidget(m_outboxLabel, 3, 0);
    folders->addWidget(m_outbox, 3, 1);
    folders->addWidget(m_chooseOutbox, 3, 2);
    folders->addWidget(m_folderStatus, 4, 0, 1, 2);
    folders->addWidget(m_syncNow, 4, 2);
    folders->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_peers, 1);
    layout->addLayout(actions);
    layout->addSpacing(8);
    layout->addLayout(folders);

    connect(m_peers, &QTableWidget::itemSelectionChanged, this, &SyncCentre::updateButtons);
    connect(m_peers, &QTableWidget::itemDoubleClicked, this, &SyncCentre::exportForSelected);
    connect(m_export, &QPushButton::clicked, this, &SyncCentre::exportForSelected);
    connect(m_import, &QPushButton::clicked, this, &SyncCentre::importBundles);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncCentre::showConflicts);
    connect(m_card, &QPushButton::clicked, this, &SyncCentre::showOwnCard);
    connect(m_enrol, &QPushButton::clicked, this, &SyncCentre::enrolDevice);
    connect(m_revoke, &QPushButton::clicked, this, &SyncCentre::revokeSelected);
    connect(m_chooseInbox, &QPushButton::clicked, this, [this] { chooseFolder(m_inbox); });
    connect(m_chooseOutbox, &QPushButton::clicked, this, [this] { chooseFolder(m_outbox); });
    connect(m_syncNow, &QPushButton::clicked, this, [this] { syncFolders(false); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_debounce->start(); });
    connect(m_debounce, &QTimer::timeout, this, [this] { syncFolders(true); });
    // Local edits reach the outbox without anyone pressing a button.
    m_periodic->setInterval(10 * 60 * 1000);
    connect(m_periodic, &QTimer::timeout, this, [this] { syncFolders(true); });
    retranslate();
}

void SyncCentre::retranslate() {
    m_peers->setHorizontalHeaderLabels({tr("Device"), tr("Role"), tr("National Society, branch"), tr("Scope"),
                                        tr("Sent"), tr("Acknowledged"), tr("Received"), tr("Waiting to send"),
                                        tr("Trust")});
    m_export->setText(tr("&Export for this device…"));
    m_import->setText(tr("&Import bundles…"));
    m_card->setText(tr("This laptop's &card…"));
    m_enrol->setText(tr("E&nrol a device…"));
    m_revoke->setText(tr("Re&voke…"));
    m_foldersTitle->setText(tr("Drop folders"));
    m_foldersHint->setText(tr("If a folder is kept in sync by something else — Syncthing, a network share, a USB "
                              "stick — Corridor imports every new bundle that appears in the inbox and writes "
                              "bundles for your peers to the outbox, on its own."));
    m_inboxLabel->setText(tr("Inbox:"));
    m_outboxLabel->setText(tr("Outbox:"));
    m_inbox->setPlaceholderText(tr("not set"));
    m_outbox->setPlaceholderText(tr("not set"));
    m_chooseInbox->setText(tr("Choose…"));
    m_chooseOutbox->setText(tr("Choose…"));
    m_syncNow->setText(tr("&Sync now"));
    reload();
}

void SyncCentre::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncCentre::setSession(session::Session* session) {
    m_session = session;
    m_banner->hide();
    m_folderStatus->clear();
    m_debounce->stop();
    if (m_session) {
        m_inbox->setText(QDir::toNativeSeparators(m_session->inboxFolder()));
        m_outbox->setText(QDir::toNativeSeparators(m_session->outboxFolder()));
    } else {
        m_inbox->clear();
        m_outbox->clear();
    }
    watchInbox();
    reload();
}

void SyncCentre::reload() {
    m_peers->setRowCount(0);
    m_peerIds.clear();
    if (!m_session) {
        m_thisDevice->clear();
        updateButtons();
        return;
    }
    const auto& device = m_session->vault().device();
    m_thisDevice->setText(tr("<b>This laptop:</b> %1 · %2 · %3, %4 · device id <tt>%5</tt>")
                              .arg(m_session->deviceName().toHtmlEscaped(), FieldLabels::role(m_session->actor().role),
                                   session::Organisations::name(m_session->organisation()).toHtmlEscaped(),
                                   m_session->branch().toHtmlEscaped(), device.idText()));
    auto peers = m_session->syncStatus().peers();
    if (!peers.ok()) {
        m_banner->showError(peers.error().message());
        updateButtons();
        return;
    }
    for (const sync::PeerStatus& p : *peers) {
        const int row = m_peers->rowCount();
        m_peers->insertRow(row);
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (p.device.revoked)
                item->setForeground(QColor(0x80, 0x80, 0x80));
            m_peers->setItem(row, column, item);
        };
        cell(0, tr("%1 (%2)").arg(p.device.name, p.device.idText()));
        cell(1, FieldLabels::role(p.device.role));
        cell(2, tr("%1, %2").arg(p.device.organisation, p.device.branch));
        cell(3, p.scope == QLatin1String("partner") ? tr("Partner: referrals only") : tr("Branch: case files"));
        cell(4, whenText(p.lastSentSequence, p.lastSentAtMs));
        cell(5, whenText(p.lastAcknowledgedSequence, p.lastAcknowledgedAtMs));
        cell(6, whenText(p.lastReceivedSequence, p.lastReceivedAtMs));
        cell(7, p.device.revoked ? QStringLiteral("—") : tr("%n change(s)", nullptr, p.pending));
        cell(8, p.device.revoked                                       ? tr("revoked")
                : p.device.source == sync::KnownDevice::Source::Anchor ? tr("card taken in here")
                                                                       : tr("enrolled by a coordinator"));
        m_peerIds << p.device.id;
    }
    const QString alone = tr("No other device is trusted yet. Show this laptop's card to your coordinator, or enrol "
                             "a device from its card.");
    if (m_peerIds.isEmpty())
        m_banner->showInformation(alone);
    else if (m_banner->text() == alone)
        m_banner->hide();
    updateButtons();
}

void SyncCentre::updateButtons() {
    const bool unlocked = m_session != nullptr;
    const QByteArray peer = selectedPeer();
    bool revoked = false;
    if (unlocked && !peer.isEmpty())
        if (auto found = m_session->trust().find(peer); found.ok() && found->has_value())
            revoked = (*found)->revoked;
    const bool coordinator = unlocked && m_session->actor().isCoordinator();
    m_export->setEnabled(unlocked && !peer.isEmpty() && !revoked);
    m_revoke->setEnabled(coordinator && !peer.isEmpty() && !revoked);
    m_revoke->setToolTip(coordinator ? QString() : tr("Only a coordinator can revoke a device."));
    for (QPushButton* b : {m_import, m_card, m_enrol, m_chooseInbox, m_chooseOutbox})
        b->setEnabled(unlocked);
    m_syncNow->setEnabled(unlocked && (!m_inbox->text().isEmpty() || !m_outbox->text().isEmpty()));
    int conflicts = 0;
    if (unlocked && m_session->actor().canReadCases())
        if (auto all = m_session->cases().conflicts(); all.ok())
            conflicts = int(all->size());
    m_conflicts->setEnabled(unlocked && m_session->actor().canReadCases());
    m_conflicts->setText(conflicts > 0 ? tr("&Conflicts to decide (%1)…").arg(conflicts) : tr("&Conflicts…"));
}

int SyncCentre::peerCount() const {
    return m_peers->rowCount();
}

void SyncCentre::selectPeer(int row) {
    m_peers->selectRow(row);
}

QString SyncCentre::statusText() const {
    return m_folderStatus->text();
}

QByteArray SyncCentre::selectedPeer() const {
    const auto rows = m_peers->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_peerIds.value(rows.first().row());
}

QString SyncCentre::selectedPeerName() const {
    const auto rows = m_peers->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem* item = m_peers->item(rows.first().row(), 0);
    return item ? item->text() : QString();
}

QList<sync::ImportReport> SyncCentre::importFiles(const QStringList& paths, bool showReport) {
    QList<sync::ImportReport> reports;
    if (!m_session || paths.isEmpty())
        return reports;
    QProgressDialog progress(tr("Importing bundles…"), tr("Stop after this bundle"), 0, int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    for (int i = 0; i < paths.size(); ++i) {
        if (progress.wasCanceled())
            break;
        progress.setValue(i);
        progress.setLabelText(
            tr("Importing %1 (%2 of %3)…").arg(QFileInfo(paths.at(i)).fileName()).arg(i + 1).arg(paths.size()));
        QApplication::processEvents();
        reports << m_session->importer().importFile(paths.at(i));
    }
    progress.setValue(int(paths.size()));
    reload();
    Q_EMIT vaultChanged();
    if (showReport) {
        ImportReportDialog dialog(reports, this);
        connect(&dialog, &ImportReportDialog::conflictsRequested, this, &SyncCentre::showConflicts,
                Qt::QueuedConnection);
        dialog.exec();
    }
    return reports;
}

void SyncCentre::importBundles() {
    if (!m_session)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import bundles"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Corridor bundles (*.corridor);;All files (*)"));
    importFiles(paths);
}

bool SyncCentre::exportTo(const QByteArray& peer, const QString& path) {
    if (!m_session)
        return false;
    QProgressDialog progress(tr("Writing the bundle…"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto exported = m_session->exporter().exportFor(peer, [&progress](int done, int total) {
        progress.setMaximum(qMax(total, 1));
        progress.setValue(done);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    progress.setValue(progress.maximum());
    if (!exported.ok()) {
        m_banner->showError(exported.error().message());
        return false;
    }
    if (auto saved = AtomicFile::write(path, exported->file); !saved.ok()) {
        m_banner->showError(saved.error().message());
        return false;
    }
    (void)m_session->audit().record(
        QStringLiteral("export"), QStringLiteral("bundle"), exported->bundleId,
        QStringLiteral("%1 changesets to %2").arg(exported->changesets).arg(crypto::DeviceIdentity::idText(peer)));
    m_banner->show(MessageBanner::Kind::Positive,
                   tr("%n change(s) written to %1. Give the file to the other device in any way — it is encrypted "
                      "for that device alone and signed by this laptop.",
                      nullptr, exported->changesets)
                       .arg(QDir::toNativeSeparators(path)));
    reload();
    return true;
}

void SyncCentre::exportForSelected() {
    const QByteArray peer = selectedPeer();
    if (!m_session || peer.isEmpty() || !m_export->isEnabled())
        return;
    const QString folder = m_outbox->text().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QDir::fromNativeSeparators(m_outbox->text());
    const QString name = QStringLiteral("%1-to-%2-%3.corridor")
                             .arg(m_session->vault().device().idText(), crypto::DeviceIdentity::idText(peer),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export for %1").arg(selectedPeerName()),
                                                      QDir(folder).filePath(name), tr("Corridor bundles (*.corridor)"));
    if (!path.isEmpty())
        exportTo(peer, path);
}

void SyncCentre::showConflicts() {
    if (!m_session || !m_session->actor().canReadCases())
        return;
    ConflictDialog dialog(*m_session, this);
    connect(&dialog, &ConflictDialog::resolved, this, &SyncCentre::vaultChanged);
    dialog.exec();
    updateButtons();
}

void SyncCentre::showOwnCard() {
    if (!m_session)
        return;
    DeviceCardDialog dialog(*m_session, this);
    dialog.exec();
}

void SyncCentre::enrolDevice() {
    if (!m_session)
        return;
    EnrolDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_banner->show(
            MessageBanner::Kind::Positive,
            tr("Device %1 is trusted now. Export a bundle for it to start syncing.").arg(dialog.enrolledId()));
        reload();
    }
}

void SyncCentre::revokeSelected() {
    const QByteArray peer = selectedPeer();
    if (!m_session || peer.isEmpty())
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Revoke a device"),
        tr("Revoke %1?\n\nEverything it signs from now on is refused here and, once this travels with your next "
           "bundles, on every laptop of your branch. Do this when a laptop is lost or stolen. It cannot be undone.")
            .arg(selectedPeerName()),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto revoked = m_session->trust().revoke(peer, m_session->actor().role); !revoked.ok())
        m_banner->showError(revoked.error().message());
    reload();
}

void SyncCentre::chooseFolder(QLineEdit* edit) {
    if (!m_session)
        return;
    const QString current = QDir::fromNativeSeparators(edit->text());
    const QString folder = QFileDialog::getExistingDirectory(
        this, edit == m_inbox ? tr("Choose the inbox folder") : tr("Choose the outbox folder"),
        current.isEmpty() ? QDir::homePath() : current);
    if (folder.isEmpty())
        return;
    edit->setText(QDir::toNativeSeparators(folder));
    saveFolders();
}

void SyncCentre::saveFolders() {
    if (!m_session)
        return;
    if (auto saved = m_session->setDropFolders(QDir::fromNativeSeparators(m_inbox->text()),
                                               QDir::fromNativeSeparators(m_outbox->text()));
        !saved.ok()) {
        m_banner->showError(saved.error().message());
        return;
    }
    watchInbox();
    updateButtons();
}

void SyncCentre::watchInbox() {
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_periodic->stop();
    if (m_session && !m_session->outboxFolder().isEmpty())
        m_periodic->start();
    const QString inbox = m_session ? m_session->inboxFolder() : QString();
    if (!inbox.isEmpty() && QDir(inbox).exists()) {
        m_watcher->addPath(inbox);
        m_debounce->start(); // bundles that arrived while Corridor was closed or locked
    }
}

bool SyncCentre::syncFolders(bool automatic) {
    if (!m_session)
        return false;
    const QString inbox = m_session->inboxFolder();
    const QString outbox = m_session->outboxFolder();
    if (inbox.isEmpty() && outbox.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto outcome = m_session->dropFolders().run(inbox, outbox);
    QApplication::restoreOverrideCursor();
    const QString now = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (!outcome.ok()) {
        m_folderStatus->setText(tr("%1: %2").arg(now, outcome.error().message()));
        if (!automatic)
            m_banner->showError(outcome.error().message());
        return false;
    }
    m_folderStatus->setText(
        tr("Last sync at %1: %n bundle(s) imported, %2 written to the outbox.", nullptr, int(outcome->imported.size()))
            .arg(now)
            .arg(outcome->exported.size()));
    reload();
    if (!outcome->imported.isEmpty()) {
        Q_EMIT vaultChanged();
        m_banner->show(MessageBanner::Kind::Information, ImportReportDialog::summary(outcome->imported));
        if (!automatic) {
            ImportReportDialog dialog(outcome->imported, this);
            connect(&dialog, &ImportReportDialog::conflictsRequested, this, &SyncCentre::showConflicts,
                    Qt::QueuedConnection);
            dialog.exec();
        }
    }
    return true;
}

} // namespace corridor::ui
