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
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(FirstRunWizard* wizard);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    FirstRunWizard* m_wizard;
    QLabel* m_text;
    QLabel* m_languageLabel;
    QComboBox* m_language;
};

} // namespace corridor::ui
