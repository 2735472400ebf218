#include "ui/SlipDialog.h"

#include "core/render/ReferralSlip.h"
#include "core/session/Organisations.h"
#include "core/session/Session.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace corridor::ui {
SlipDialog::SlipDialog(session::Session& session, const referrals::Referral& referral, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_referral(referral)
    , m_banner(new MessageBanner(this))
    , m_preview(new QLabel(this))
    , m_clinician(new QCheckBox(tr("Add the clinician page (clinical summary)"), this))
    , m_pageSize(new QComboBox(this))
    , m_page(new QComboBox(this)) {
    setObjectName(QStringLiteral("slipDialog"));
    setWindowTitle(tr("Referral slip %1").arg(referral.code));
    m_preview->setObjectName(QStringLiteral("slipPreview"));
    m_preview->setMinimumSize(370, 525);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);

    auto code = session.slips().codeFor(referral);
    if (code.ok())
        m_qrText = *code;
    else
        m_banner->showError(code.error().message());

    if (auto site = session.sites().find(referral.toSite); site.ok())
        m_site = *site;
    auto defaults = render::ReferralSlip::contentFor(referral, m_site, QString(), QString(), {}, false);
    const QStringList initial = defaults.ok() ? defaults->languages : QStringList{QStringLiteral("en")};
    auto* languageRow = new QVBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("slipLanguage%1").arg(i));
        if (i == 2)
            combo->addItem(tr("(none)"), QString());
        for (const QString& c : render::ReferralSlip::supportedLanguages())
            combo->addItem(LanguageManager::nativeName(c), c);
        combo->setCurrentIndex(std::max(0, combo->findData(initial.value(i))));
        connect(combo, &QComboBox::currentIndexChanged, this, &SlipDialog::refresh);
        languageRow->addWidget(combo);
        m_languages << combo;
    }
    m_clinician->setObjectName(QStringLiteral("clinicianPageCheck"));
    connect(m_clinician, &QCheckBox::toggled, this, [this](bool on) {
        m_page->setEnabled(on);
        if (!on)
            m_page->setCurrentIndex(0);
        refresh();
    });
    m_pageSize->addItem(tr("A5 (half a sheet)"), QStringLiteral("A5"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_page->addItem(tr("Slip"));
    m_page->addItem(tr("Clinician page"));
    m_page->setEnabled(false);
    connect(m_page, &QComboBox::currentIndexChanged, this, &SlipDialog::refresh);

    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printSlipButton"));
    print->setShortcut(QKeySequence::Print);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), this);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    auto* picture = new QPushButton(tr("Save as p&icture…"), this);
    picture->setObjectName(QStringLiteral("savePictureButton"));
    picture->setToolTip(tr("A PNG picture to send in a chat app; the code scans from the picture too."));
    connect(print, &QPushButton::clicked, this, &SlipDialog::print);
    connect(pdf, &QPushButton::clicked, this, &SlipDialog::savePdf);
    connect(picture, &QPushButton::clicked, this, &SlipDialog::savePicture);

    auto* form = new QFormLayout;
    form->addRow(tr("Languages:"), languageRow);
    form->addRow(m_clinician);
    form->addRow(tr("Preview:"), m_page);
    form->addRow(tr("Paper:"), m_pageSize);
    auto* note = new QLabel(tr("The face of the slip says only “health service referral”: no diagnosis, no "
                               "medicine. Clinical details travel inside the QR code, which only the sending and "
                               "receiving National Societies can read."),
                            this);
    note->setWordWrap(true);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(note);
    side->addStretch(1);
    side->addWidget(print);
    side->addWidget(pdf);
    side->addWidget(picture);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    side->addWidget(close);

    auto* body = new QHBoxLayout;
    body->addWidget(m_preview, 1);
    body->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(body);
    refresh();
}

Result<render::SlipContent> SlipDialog::content(bool clinicianPage) const {
    return render::ReferralSlip::contentFor(
        m_referral, m_site, m_qrText, session::Organisations::name(m_referral.fromOrg), languages(), clinicianPage);
}

QStringList SlipDialog::languages() const {
    QStringList out;
    for (QComboBox* combo : m_languages)
        if (!combo->currentData().toString().isEmpty())
            out << combo->currentData().toString();
    return out;
}

void SlipDialog::refresh() {
    auto slip = content(m_clinician->isChecked());
    if (!slip.ok()) {
        m_preview->setText(slip.error().message() + u'\n' + tr("Choose each language once."));
        return;
    }
    const QImage page = render::ReferralSlip::toImage(*slip, 110, m_page->currentIndex());
    m_preview->setPixmap(
        QPixmap::fromImage(page).scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void SlipDialog::logPrinted(const QString& how) {
    (void)m_session.audit().record(QStringLiteral("print"), QString::fromLatin1(referrals::Referral::RecordType),
                                   m_referral.id, how + u' ' + languages().join(u','));
}

void SlipDialog::print() {
    auto slip = content(m_clinician->isChecked());
    if (!slip.ok()) {
        m_banner->showError(slip.error().message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(m_pageSize->currentData() == QLatin1String("A4") ? QPageSize::A4 : QPageSize::A5));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto printed = render::ReferralSlip::print(printer, *slip);
    if (!printed.ok()) {
        m_banner->showError(printed.error().message());
        return;
    }
    logPrinted(QStringLiteral("printer"));
    m_banner->showInformation(tr("Sent to the printer."));
}

void SlipDialog::savePdf() {
    auto slip = content(m_clinician->isChecked());
    if (!slip.ok()) {
        m_banner->showError(slip.error().message());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the slip as PDF"),
                                                      folder + QStringLiteral("/slip-%1.pdf").arg(m_referral.code),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = render::ReferralSlip::writePdf(path, *slip,
                                                  m_pageSize->currentData() == QLatin1String("A4")
                                                      ? render::ReferralSlip::PageSize::A4
                                                      : render::ReferralSlip::PageSize::A5);
    if (!written.ok()) {
        m_banner->showError(written.error().message());
        return;
    }
    logPrinted(QStringLiteral("pdf"));
    m_banner->showInformation(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void SlipDialog::savePicture() {
    auto slip = content(false);
    if (!slip.ok()) {
        m_banner->showError(slip.error().message());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the slip as a picture"),
                                                      folder + QStringLiteral("/slip-%1.png").arg(m_referral.code),
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    auto written = render::ReferralSlip::writePng(path, *slip);
    if (!written.ok()) {
        m_banner->showError(written.error().message());
        return;
    }
    logPrinted(QStringLiteral("png"));
    m_banner->showInformation(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace corridor::ui
