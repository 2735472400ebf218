<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>SyncCommands</name>
        <message numerus="yes">
            <source>%n changeset(s) in bundle %1 for %2 (%3 scope)</source>
            <translation>
                <numerusform>%n changeset in bundle %1 for %2 (%3 scope)</numerusform>
                <numerusform>%n changesets in bundle %1 for %2 (%3 scope)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::AuditLogDialog</name>
        <message numerus="yes">
            <source>%n entries. The log is intact: no entry was changed or removed from the middle.</source>
            <translation>
                <numerusform>%n entry. The log is intact: no entry was changed or removed from the middle.</numerusform>
                <numerusform>%n entries. The log is intact: no entry was changed or removed from the middle.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::BookletPanel</name>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n page sent to the printer.</numerusform>
                <numerusform>%n pages sent to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::CaseListPanel</name>
        <message numerus="yes">
            <source>%n case file(s)</source>
            <translation>
                <numerusform>%n case file</numerusform>
                <numerusform>%n case files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::CurriculumPanel</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::FollowUpListWidget</name>
        <message numerus="yes">
            <source>%n referral(s) overdue: show them</source>
            <translation>
                <numerusform>%n referral overdue: show them</numerusform>
                <numerusform>%n referrals overdue: show them</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::FollowUpModel</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::HistoryDialog</name>
        <message numerus="yes">
            <source>%1: %n field(s) written</source>
            <translation>
                <numerusform>%1: %n field written</numerusform>
                <numerusform>%1: %n fields written</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s), newest first. A value replaced later, or one that lost a conflict, stays here.</source>
            <translation>
                <numerusform>%n change, newest first. A value replaced later, or one that lost a conflict, stays here.</numerusform>
                <numerusform>%n changes, newest first. A value replaced later, or one that lost a conflict, stays here.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::ImportReportDialog</name>
        <message numerus="yes">
            <source>%n bundle(s) read.</source>
            <translation>
                <numerusform>%n bundle read.</numerusform>
                <numerusform>%n bundles read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new change(s), %1 already here.</source>
            <translation>
                <numerusform>%n new change, %1 already here.</numerusform>
                <numerusform>%n new changes, %1 already here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) held back until their author is enrolled.</source>
            <translation>
                <numerusform>%n change held back until their author is enrolled.</numerusform>
                <numerusform>%n changes held back until their author is enrolled.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to decide.</source>
            <translation>
                <numerusform>%n conflict to decide.</numerusform>
                <numerusform>%n conflicts to decide.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) refused (nothing in a refused bundle is used).</source>
            <translation>
                <numerusform>%n bundle refused (nothing in a refused bundle is used).</numerusform>
                <numerusform>%n bundles refused (nothing in a refused bundle is used).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::MainWindow</name>
        <message numerus="yes">
            <source>Corridor locked itself after %n minute(s) without use.</source>
            <translation>
                <numerusform>Corridor locked itself after %n minute without use.</numerusform>
                <numerusform>Corridor locked itself after %n minutes without use.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::PresenterWindow</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::QuizDialog</name>
        <message numerus="yes">
            <source>You answered %1 of %n question(s) right (%2%).</source>
            <translation>
                <numerusform>You answered %1 of %n question right (%2%).</numerusform>
                <numerusform>You answered %1 of %n questions right (%2%).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::SyncCentre</name>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) written to %1. Give the file to the other device in any way — it is encrypted for that device alone and signed by this laptop.</source>
            <translation>
                <numerusform>%n change written to %1. Give the file to the other device in any way — it is encrypted for that device alone and signed by this laptop.</numerusform>
                <numerusform>%n changes written to %1. Give the file to the other device in any way — it is encrypted for that device alone and signed by this laptop.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last sync at %1: %n bundle(s) imported, %2 written to the outbox.</source>
            <translation>
                <numerusform>Last sync at %1: %n bundle imported, %2 written to the outbox.</numerusform>
                <numerusform>Last sync at %1: %n bundles imported, %2 written to the outbox.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>corridor::ui::TrainingPanel</name>
        <message numerus="yes">
            <source>Training at %1 recorded: %n person(s). It goes to the coordinator with the next bundle.</source>
            <translation>
                <numerusform>Training at %1 recorded: %n person. It goes to the coordinator with the next bundle.</numerusform>
                <numerusform>Training at %1 recorded: %n persons. It goes to the coordinator with the next bundle.</numerusform>
            </translation>
        </message>
    </context>
</TS>
