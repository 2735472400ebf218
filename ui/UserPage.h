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

} // namespace corridor::ui
