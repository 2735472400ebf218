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
class OrganisationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrganisationPage(FirstRunWizard* wizard);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* m_organisationLabel;
    QComboBox* m_organisation;
    QLabel* m_branchLabel;
    QLineEdit* m_branch;
    QLabel* m_deviceLabel;
    QLineEdit* m_device;
};

} // namespace corridor::ui
