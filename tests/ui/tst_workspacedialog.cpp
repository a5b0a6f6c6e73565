// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "settings/settings.h"
#include "workspace/workspacedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

class TestWorkspaceDialog : public QObject
{
    Q_OBJECT

private slots:
    void open_thisComputer_teamFieldsDisabledOkEnabled();
    void team_fieldsMissing_okDisabledAndProblemsShown();
    void edit_teamAccepted_settingSavedPasswordInKeychainOnly();
    void edit_cancelled_nothingSaved();
    void chooseCaFile_picked_fieldFilled();
};

namespace {

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

void TestWorkspaceDialog::open_thisComputer_teamFieldsDisabledOkEnabled()
{
    ScriptedDialogs dialogs;
    WorkspaceDialog dialog(WorkspaceSetting{}, dialogs);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("thisComputerRadio"))->isChecked());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("workspaceHostEdit"))->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.setting().kind, WorkspaceSetting::Kind::ThisComputer);
}

void TestWorkspaceDialog::team_fieldsMissing_okDisabledAndProblemsShown()
{
    ScriptedDialogs dialogs;
    WorkspaceDialog dialog(WorkspaceSetting{}, dialogs);
    dialog.findChild<QRadioButton *>(QStringLiteral("teamDatabaseRadio"))->setChecked(true);
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceHostEdit"));
    QVERIFY(host->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("workspaceProblemsLabel"))->text().isEmpty());
    QTest::keyClicks(host, QStringLiteral("db.example.com"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("workspaceDatabaseEdit")), QStringLiteral("payouts"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUserEdit")), QStringLiteral("alice"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("workspaceProblemsLabel"))->text().isEmpty());
    QCOMPARE(dialog.setting().journalUrl(),
             QStringLiteral("postgresql://alice@db.example.com:5432/payouts?sslmode=verify-full"));
}

void TestWorkspaceDialog::edit_teamAccepted_settingSavedPasswordInKeychainOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    Settings settings(path);
    MemorySecretStore secrets;
    ScriptedDialogs dialogs;
    dialogs.answer = [](QDialog &dialog) {
        dialog.findChild<QRadioButton *>(QStringLiteral("teamDatabaseRadio"))->setChecked(true);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("workspaceHostEdit")), QStringLiteral("db"));
        dialog.findChild<QSpinBox *>(QStringLiteral("workspacePortSpin"))->setValue(6432);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("workspaceDatabaseEdit")),
                         QStringLiteral("team"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUserEdit")), QStringLiteral("bob"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("workspacePasswordEdit")),
                         QStringLiteral("pa55word"));
        return int(QDialog::Accepted);
    };
    QSignalSpy written(&secrets, &SecretStore::writeFinished);
    QString password;
    QVERIFY(WorkspaceDialog::edit(nullptr, dialogs, settings, secrets, &password));
    QCOMPARE(password, QStringLiteral("pa55word"));
    const WorkspaceSetting saved = Settings(path).workspace();
    QVERIFY(saved.isTeam());
    QCOMPARE(saved.host, QStringLiteral("db"));
    QCOMPARE(saved.port, 6432);
    QCOMPARE(saved.user, QStringLiteral("bob"));
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.first().first().toString(), saved.secretKey());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("pa55word"));
}

void TestWorkspaceDialog::edit_cancelled_nothingSaved()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MemorySecretStore secrets;
    ScriptedDialogs dialogs; // rejects
    QVERIFY(!WorkspaceDialog::edit(nullptr, dialogs, settings, secrets));
    QCOMPARE(dialogs.seen, QStringList{QStringLiteral("workspaceDialog: Workspace")});
    QVERIFY(!settings.workspace().isTeam());
    QCOMPARE(secrets.writeRequests(), 0);
}

void TestWorkspaceDialog::chooseCaFile_picked_fieldFilled()
{
    ScriptedDialogs dialogs;
    dialogs.openFile = QStringLiteral(LESSPAY_SOURCE_DIR "/README.md");
    WorkspaceSetting team;
    team.kind = WorkspaceSetting::Kind::TeamDatabase;
    WorkspaceDialog dialog(team, dialogs);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("workspaceCaFileButton")), Qt::LeftButton);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("workspaceCaFileEdit"))->text(), dialogs.openFile);
    QCOMPARE(dialog.setting().caFile, dialogs.openFile);
}

QTEST_MAIN(TestWorkspaceDialog)
#include "tst_workspacedialog.moc"
