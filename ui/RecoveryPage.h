#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace corridor::ui {

class FirstRunWizard;
class MessageBanner;

// A page of FirstRunWizard (fields it registers: see FirstRunWizard.h).
class RecoveryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryPage(FirstRunWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void print();
    FirstRunWizard* m_wizard;
    QLabel* m_text;
    QLabel* m_key;
    QLabel* m_qr;
    QPushButton* m_print;
    QCheckBox* m_confirm;
};

} // namespace corridor::ui
