#pragma once

#include <QCoreApplication>
#include <QString>

class QPainter;
class QRectF;
class QWidget;

namespace corridor::ui {

// The printed page that carries a vault's recovery key to the coordinator's safe: the key
// as text (for typing) and as a QR code, with what it opens and what to do with it.
class RecoveryKeySheet {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeySheet)
public:
    struct Details {
        QString recoveryKey;
        QString organisation;
        QString branch;
        QString deviceName;
        QString userName;
        QString vaultId;
    };

    static void paint(QPainter& painter, const QRectF& page, const Details& details);
    // Shows the print dialog (which can also print to a PDF file). True if printed.
    static bool print(const Details& details, QWidget* parent);
};

} // namespace corridor::ui
