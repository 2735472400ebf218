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
class CreatePage : public QWizardPage {
    Q_OBJECT
public:
    explicit CreatePage(FirstRunWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    FirstRunWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_progress;
    MessageBanner* m_banner;
    bool m_done = false;
    bool m_running = false;
};

} // namespace corridor::ui
