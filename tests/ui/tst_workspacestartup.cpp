// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console opening its journal from the workspace setting, on a private PostgreSQL
// (with-postgres.sh): the team database with its password from the keychain, and the failures
// that must say why and write nothing.
#include "journal/journal.h"
#include "journalbackend.h"
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "settings/settings.h"
#include "workspace/workspacestartup.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

class TestWorkspaceStartup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void start_teamSetting_opensTeamJournalWithKeychainPassword();
    void start_schemaNewerThanClient_saysWhyAndWritesNothing();
    void start_serverUnreachable_settingsFixedInDialog_opens();

private:
    WorkspaceSetting serverSetting() const;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    ConsoleServices::Options options();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QString m_location;
};

void TestWorkspaceStartup::init()
{
    QVERIFY2(JournalBackend::isPostgres(), "tst_workspacestartup runs under with-postgres.sh only");
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_location = JournalBackend::location(m_dir->filePath(QStringLiteral("team")));
}

// The private server as a person would enter it: its socket folder as the host.
WorkspaceSetting TestWorkspaceStartup::serverSetting() const
{
    const QUrl url(m_location);
    const QUrlQuery query(url);
    WorkspaceSetting w;
    w.kind = WorkspaceSetting::Kind::TeamDatabase;
    w.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    w.port = query.queryItemValue(QStringLiteral("port")).toInt();
    w.database = url.path().mid(1);
    w.user = url.userName();
    return w;
}

ConsoleServices::Options TestWorkspaceStartup::options()
{
    ConsoleServices::Options o;
    o.settingsPath = settingsPath();
    o.secrets = m_secrets.get();
    o.sandboxStateFile = m_dir->filePath(QStringLiteral("sandbox-state.json"));
    o.sandboxLogFile = m_dir->filePath(QStringLiteral("sandbox.log"));
    return o;
}

void TestWorkspaceStartup::start_teamSetting_opensTeamJournalWithKeychainPassword()
{
    const WorkspaceSetting w = serverSetting();
    {
        Settings settings(settingsPath());
        settings.setWorkspace(w);
    }
    m_secrets->writeSecret(w.secretKey(), "not-in-the-settings");
    ScriptedDialogs dialogs;
    WorkspaceStartup startup(options(), dialogs);
    QSignalSpy opened(&startup, &WorkspaceStartup::opened);
    QSignalSpy read(m_secrets.get(), &SecretStore::readFinished);
    startup.start();
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.first().first().toString(), w.secretKey());
    std::unique_ptr<ConsoleServices> services = startup.takeServices();
    QVERIFY(services);
    QVERIFY(services->journal().isServer());
    QCOMPARE(services->journal().path(), w.displayUrl());
    QVERIFY2(dialogs.seen.isEmpty(), qPrintable(dialogs.seen.join(u'\n')));
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("not-in-the-settings"));
}

void TestWorkspaceStartup::start_schemaNewerThanClient_saysWhyAndWritesNothing()
{
    const QString countTables = QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                               "WHERE table_schema = 'public'");
    int tablesBefore = 0;
    {
        std::unique_ptr<Journal> owner = Journal::open(m_location);
        QVERIFY(owner);
    }
    {
        QSqlDatabase db = SqlDialect::addServerConnection(m_location, QStringLiteral("newer"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE lesspay_schema SET version = %1").arg(Journal::SchemaVersion + 1)));
        QVERIFY(q.exec(countTables) && q.next());
        tablesBefore = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    {
        Settings settings(settingsPath());
        settings.setWorkspace(serverSetting());
    }
    ScriptedDialogs dialogs;
    WorkspaceStartup startup(options(), dialogs);
    QSignalSpy failed(&startup, &WorkspaceStartup::failed);
    QSignalSpy opened(&startup, &WorkspaceStartup::opened);
    startup.start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(dialogs.seen.size(), 1);
    QVERIFY2(dialogs.seen.first().startsWith(QLatin1String("workspaceOpenFailedBox: The team workspace")),
             qPrintable(dialogs.seen.first()));
    QVERIFY2(dialogs.seen.first().contains(QLatin1String("newer version")), qPrintable(dialogs.seen.first()));
    {
        QSqlDatabase db = SqlDialect::addServerConnection(m_location, QStringLiteral("after"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM lesspay_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), Journal::SchemaVersion + 1);
        QVERIFY(q.exec(countTables) && q.next());
        QCOMPARE(q.value(0).toInt(), tablesBefore);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
}

void TestWorkspaceStartup::start_serverUnreachable_settingsFixedInDialog_opens()
{
    WorkspaceSetting wrong = serverSetting();
    wrong.host = m_dir->filePath(QStringLiteral("no-server-here"));
    QVERIFY(QDir().mkpath(wrong.host));
    {
        Settings settings(settingsPath());
        settings.setWorkspace(wrong);
    }
    const WorkspaceSetting right = serverSetting();
    ScriptedDialogs dialogs;
    dialogs.answer = [&right](QDialog &dialog) {
        if (dialog.objectName() == QLatin1String("workspaceOpenFailedBox")) {
            dialog.findChild<QPushButton *>(QStringLiteral("workspaceSettingsButton"))->click();
            return int(QMessageBox::AcceptRole);
        }
        if (dialog.objectName() != QLatin1String("workspaceDialog"))
            return int(QDialog::Rejected);
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceHostEdit"));
        if (!host->isEnabled())
            return int(QDialog::Rejected);
        host->setText(right.host);
        dialog.findChild<QLineEdit *>(QStringLiteral("workspacePasswordEdit"))->setText(QStringLiteral("typed"));
        return int(QDialog::Accepted);
    };
    WorkspaceStartup startup(options(), dialogs);
    QSignalSpy opened(&startup, &WorkspaceStartup::opened);
    startup.start();
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(dialogs.seen.size(), 2);
    QVERIFY2(dialogs.seen.first().contains(QLatin1String("could not be opened")), qPrintable(dialogs.seen.first()));
    QVERIFY2(dialogs.seen.first().contains(wrong.host), qPrintable(dialogs.seen.first()));
    QCOMPARE(Settings(settingsPath()).workspace(), right);
    QTRY_VERIFY(m_secrets->contains(right.secretKey()));
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("typed"));
    QVERIFY(startup.takeServices()->journal().isServer());
}

QTEST_MAIN(TestWorkspaceStartup)
#include "tst_workspacestartup.moc"
