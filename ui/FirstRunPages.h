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

// The pages of FirstRunWizard. Field names registered with QWizard: language, organisation,
// branch, deviceName, userName, role, passphrase.

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

class UserPage : public QWizardPage {
    Q_OBJECT
public:
    explicit UserPage(FirstRunWizard* wizard);
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateStrength();
    MessageBanner* m_banner;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QLabel* m_strength;
};

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
