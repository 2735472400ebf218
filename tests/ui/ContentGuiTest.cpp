// The booklet, curriculum and training screens driven as a volunteer and a trainer would:
// reading a section in two languages, searching in Khmer, presenting a lesson with the
// keyboard, scoring a quiz, and recording a training that the summary then counts.
#include "tests/support/TempVault.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/BookletPanel.h"
#include "ui/CurriculumPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"
#include "ui/PresenterWindow.h"
#include "ui/QuizDialog.h"
#include "ui/ReadableText.h"
#include "ui/TrainingDialog.h"
#include "ui/TrainingPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

namespace {

QString plain(const QTextBrowser* browser) {
    return browser->toPlainText().remove(QChar(0x200B)).remove(QChar(0x2060));
}

void press(QWidget* w, int key) {
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(w, &down);
}

} // namespace

TEST_CASE("Readable text: break opportunities between words, never inside a Myanmar syllable", "[gui][content]") {
    CHECK(ui::readableText(QStringLiteral("Know before you go")) == QStringLiteral("Know before you go"));
    const QString khmer = ui::readableText(QStringLiteral("ឯកសាររបស់អ្នក"));
    CHECK(khmer.contains(QChar(0x200B)));
    // A stacked consonant (virama U+1039) and vowel signs stay joined to their consonant.
    const QString myanmar = QStringLiteral("မင်္ဂလာပါ");
    const QString readable = ui::readableText(myanmar);
    CHECK(QString(readable).remove(QChar(0x200B)).remove(QChar(0x2060)) == myanmar);
    QString codes; // for the failure message
    for (QChar c : readable)
        codes += QString::number(c.unicode(), 16) + u' ';
    INFO(codes.toStdString());
    for (qsizetype i = 1; i < readable.size(); ++i)
        if (readable.at(i) == QChar(0x2060)) {
            CHECK(readable.at(i - 1) != QChar(0x1039));
            CHECK(readable.at(i + 1).category() != QChar::Mark_NonSpacing);
            CHECK(readable.at(i + 1).category() != QChar::Mark_SpacingCombining);
        }
    // What a user types finds the text with the breaks in it.
    CHECK(ui::searchPattern(QStringLiteral("ឯកសារ")).match(khmer).hasMatch());
    CHECK(ui::searchPattern(QStringLiteral("a.b")).match(QStringLiteral("a.b")).hasMatch());
    CHECK_FALSE(ui::searchPattern(QStringLiteral("a.b")).match(QStringLiteral("axb")).hasMatch());
}

TEST_CASE("The booklet shows a section in two languages side by side, finds words and exports", "[gui][content]") {
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    TempVault vault;
    ui::BookletPanel panel;
    panel.resize(1200, 800);
    panel.show();
    panel.setSession(&vault.session());
    auto* contents = child<QListWidget>(&panel, "bookletContentsList");
    auto* left = child<QTextBrowser>(&panel, "bookletLeftBrowser");
    auto* right = child<QTextBrowser>(&panel, "bookletRightBrowser");
    REQUIRE(contents->count() == 9);

    panel.setLanguages(QStringLiteral("km"), QStringLiteral("en"));
    panel.showSection(QStringLiteral("documents"));
    CHECK(plain(left).startsWith(QStringLiteral("ឯកសាររបស់អ្នក")));
    CHECK(right->isVisible());
    CHECK(plain(right).startsWith(QStringLiteral("Your documents")));
    CHECK(child<QLabel>(&panel, "bookletReviewLabel")->text().contains(QStringLiteral("native speaker")));

    // One language: the second page goes away.
    panel.setLanguages(QStringLiteral("th"));
    CHECK_FALSE(right->isVisible());
    CHECK(plain(left).startsWith(QStringLiteral("เอกสารของคุณ")));

    SECTION("search narrows the contents to the sections holding the words, in the language shown") {
        panel.setLanguages(QStringLiteral("km"));
        child<QLineEdit>(&panel, "bookletSearchLineEdit")->setText(QStringLiteral("ឯកសារ"));
        CHECK(contents->count() >= 1);
        CHECK(contents->count() < 9);
        CHECK_FALSE(left->extraSelections().isEmpty());
        child<QLineEdit>(&panel, "bookletSearchLineEdit")->setText(QStringLiteral("no such words anywhere"));
        CHECK(contents->count() == 0);
        CHECK(plain(left).isEmpty());
        child<QLineEdit>(&panel, "bookletSearchLineEdit")->clear();
        CHECK(contents->count() == 9);
    }
    SECTION("large text makes the letters bigger and back") {
        const qreal normal = left->font().pointSizeF();
        panel.setLargeText(true);
        CHECK(left->font().pointSizeF() > normal * 1.5);
        CHECK(child<QCheckBox>(&panel, "bookletLargeTextCheckBox")->isChecked());
        panel.setLargeText(false);
        CHECK(left->font().pointSizeF() == Approx(normal));
    }
    SECTION("locking empties the viewer") {
        panel.setSession(nullptr);
        CHECK(contents->count() == 0);
        CHECK(plain(left).isEmpty());
    }
}

TEST_CASE("The curriculum shows a lesson, presents it slide by slide and its quiz scores", "[gui][content]") {
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    TempVault vault(records::Role::Trainer, QStringLiteral("Malee"));
    ui::CurriculumPanel panel;
    panel.resize(1200, 800);
    panel.show();
    panel.setSession(&vault.session());
    auto pack = vault.session().content().current();
    REQUIRE(pack.ok());
    const content::Module& module = pack->curriculum.first();
    const content::Lesson& lesson = module.lessons.first();
    panel.select(module.id, lesson.id);
    auto* view = child<QTextBrowser>(&panel, "lessonBrowser");
    CHECK(plain(view).contains(lesson.in(QStringLiteral("en")).title));
    CHECK(plain(view).contains(QStringLiteral("Facilitator notes")));
    child<QCheckBox>(&panel, "facilitatorNotesCheckBox")->setChecked(false);
    CHECK_FALSE(plain(view).contains(QStringLiteral("Facilitator notes")));

    // In Lao the title and objectives are translated; the rest says it is English.
    panel.setLanguage(QStringLiteral("lo"));
    CHECK(plain(view).contains(lesson.in(QStringLiteral("lo")).title));
    CHECK(plain(view).contains(QStringLiteral("not translated yet")));
    panel.setLanguage(QStringLiteral("en"));

    SECTION("presenter mode moves with the keys and shows the notes on request") {
        ui::PresenterWindow* presenter = panel.present();
        REQUIRE(presenter);
        const int slides = presenter->slideCount();
        CHECK(slides == lesson.in(QStringLiteral("en")).slides().size() + 1);
        CHECK(presenter->currentSlide() == 0);
        press(presenter, Qt::Key_Right);
        press(presenter, Qt::Key_Space);
        CHECK(presenter->currentSlide() == 2);
        press(presenter, Qt::Key_Left);
        CHECK(presenter->currentSlide() == 1);
        press(presenter, Qt::Key_End);
        CHECK(presenter->currentSlide() == slides - 1);
        press(presenter, Qt::Key_Right); // stays on the last slide
        CHECK(presenter->currentSlide() == slides - 1);
        press(presenter, Qt::Key_Home);
        CHECK(presenter->currentSlide() == 0);
        CHECK_FALSE(presenter->notesShown());
        press(presenter, Qt::Key_N);
        CHECK(presenter->notesShown());
        auto* notes = presenter->findChild<QTextBrowser*>(QStringLiteral("presenterNotes"));
        CHECK((notes == nullptr)); // a window of its own, not a child shown to the room
        press(presenter, Qt::Key_N);
        CHECK_FALSE(presenter->notesShown());
        press(presenter, Qt::Key_Escape);
        CHECK(waitFor([&] { return !presenter->isVisible(); }, 2000));
    }
    SECTION("the quiz counts right answers and says why") {
        const QList<content::QuizQuestion> quiz = lesson.in(QStringLiteral("en")).quiz;
        REQUIRE(quiz.size() >= 2);
        ui::QuizDialog dialog(lesson.in(QStringLiteral("en")).title, quiz);
        dialog.show();
        auto* feedback = child<QLabel>(&dialog, "quizFeedbackLabel");
        dialog.answer(quiz.at(0).correct);
        CHECK(dialog.score() == 1);
        CHECK(feedback->text().contains(QStringLiteral("Right")));
        dialog.answer((quiz.at(0).correct + 1) % quiz.at(0).options.size()); // answered already: ignored
        CHECK(dialog.answered() == 1);
        dialog.nextQuestion();
        dialog.answer((quiz.at(1).correct + 1) % quiz.at(1).options.size());
        CHECK(dialog.score() == 1);
        CHECK(feedback->text().contains(QStringLiteral("Not quite")));
        CHECK(ui::searchPattern(quiz.at(1).why.left(20)).match(feedback->text()).hasMatch());
        for (int i = 2; i < quiz.size(); ++i) {
            dialog.nextQuestion();
            dialog.answer(quiz.at(i).correct);
        }
        dialog.nextQuestion();
        CHECK(child<QLabel>(&dialog, "quizQuestionLabel")
                  ->text()
                  .contains(QStringLiteral("%1 of %2").arg(quiz.size() - 1).arg(quiz.size())));
    }
}

TEST_CASE("A trainer records a training, and the list and the summary by sex show it", "[gui][content]") {
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    TempVault vault(records::Role::Trainer, QStringLiteral("Malee"));
    ui::TrainingPanel panel;
    panel.show();
    panel.setSession(&vault.session());
    auto* sessions = child<QTableWidget>(&panel, "trainingSessionsTable");
    auto* summary = child<QTableWidget>(&panel, "trainingSummaryTable");
    CHECK(sessions->rowCount() == 0);
    CHECK(summary->rowCount() == 10);
    CHECK(child<QPushButton>(&panel, "recordTrainingButton")->isEnabled());

    auto pack = vault.session().content().current();
    REQUIRE(pack.ok());
    const QString firstModule = pack->curriculum.first().id;
    ui::TrainingDialog dialog(vault.session());
    dialog.show();
    content::TrainingSession s;
    s.modules = {firstModule};
    s.date = vault.clock().today();
    s.place = QStringLiteral("Mae Sot");
    s.trainer = QStringLiteral("Malee");
    s.attendees = {{QStringLiteral("Aye"), QStringLiteral("female"), QStringLiteral("volunteer"), 40, 80},
                   {QStringLiteral("Ko Ko"), QStringLiteral("male"), QStringLiteral("staff"), {}, 90}};
    dialog.fill(s);
    CHECK(dialog.entered().attendees.size() == 2);
    CHECK_FALSE(dialog.entered().attendees.at(1).preScore.has_value());

    SECTION("an attendee without a sex is refused with the reason and nothing is saved") {
        dialog.addAttendeeRow();
        auto* table = child<QTableWidget>(&dialog, "trainingAttendeesTable");
        table->item(2, 0)->setText(QStringLiteral("Noy"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        INFO(dialog.findChild<ui::MessageBanner*>()->text().toStdString());
        CHECK(dialog.findChild<ui::MessageBanner*>()->text().contains(QStringLiteral("Noy")));
        auto all = vault.session().training().all();
        REQUIRE(all.ok());
        CHECK(all->isEmpty());
    }
    SECTION("saved, it is listed and counted by sex") {
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        panel.reload();
        REQUIRE(sessions->rowCount() == 1);
        CHECK(sessions->item(0, 1)->text() == QStringLiteral("Mae Sot"));
        CHECK(child<QTableWidget>(&panel, "trainingAttendeesView")->rowCount() == 2);
        CHECK(summary->item(0, 2)->text() == QStringLiteral("2")); // people
        CHECK(summary->item(0, 3)->text() == QStringLiteral("1")); // women
        CHECK(summary->item(0, 4)->text() == QStringLiteral("1")); // men
        CHECK(summary->item(0, 6)->text() == QStringLiteral("40 %"));
        CHECK(summary->item(0, 7)->text() == QStringLiteral("85 %"));
        CHECK(summary->item(1, 2)->text() == QStringLiteral("0"));
    }
}

TEST_CASE("A volunteer reads the training records but cannot record one", "[gui][content]") {
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    TempVault vault;
    ui::TrainingPanel panel;
    panel.setSession(&vault.session());
    CHECK_FALSE(child<QPushButton>(&panel, "recordTrainingButton")->isEnabled());
}
