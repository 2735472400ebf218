#include "ui/RecoveryKeySheet.h"

#include "core/render/QrCode.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace corridor::ui {

void RecoveryKeySheet::paint(QPainter& painter, const QRectF& page, const Details& d) {
    const qreal unit = page.width() / 100.0;
    QFont title = painter.font();
    title.setPointSizeF(18);
    title.setBold(true);
    QFont body = painter.font();
    body.setPointSizeF(11);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSizeF(16);
    mono.setBold(true);

    qreal y = page.top();
    painter.setFont(title);
    const QRectF titleRect(page.left(), y, page.width(), 12 * unit);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::TextWordWrap, tr("Corridor recovery key"));
    y += 12 * unit;
    painter.setFont(body);
    const QString facts = tr("Vault of %1, %2 branch — laptop “%3”, first user %4.\nVault id %5. Printed %6.")
                              .arg(d.organisation, d.branch, d.deviceName, d.userName, d.vaultId,
                                   QDate::currentDate().toString(Qt::ISODate));
    QRectF factsRect(page.left(), y, page.width(), 14 * unit);
    painter.drawText(factsRect, Qt::AlignLeft | Qt::TextWordWrap, facts);
    y += 14 * unit;
    painter.setFont(mono);
    painter.drawText(QRectF(page.left(), y, page.width(), 10 * unit), Qt::AlignHCenter | Qt::AlignVCenter,
                     d.recoveryKey);
    y += 12 * unit;
    if (auto qr = render::QrCode::encode(d.recoveryKey, render::QrCode::ErrorCorrection::Quartile); qr.ok()) {
        const qreal side = 40 * unit;
        painter.drawImage(QRectF(page.center().x() - side / 2, y, side, side), qr->toImage(8));
        y += side + 4 * unit;
    }
    painter.setFont(body);
    painter.drawText(QRectF(page.left(), y, page.width(), page.bottom() - y), Qt::AlignLeft | Qt::TextWordWrap,
                     tr("This key opens the case files on that laptop when a passphrase is forgotten. Anyone who "
                        "holds it and the laptop can read them. Keep this page in the coordinator's locked safe; "
                        "never photograph it, send it in a chat app or keep it with the laptop."));
}

bool RecoveryKeySheet::print(const Details& details, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Corridor recovery key"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter(&printer);
    paint(painter,
          printer.pageLayout()
              .paintRectPixels(printer.resolution())
              .translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()),
          details);
    return true;
}

} // namespace corridor::ui
