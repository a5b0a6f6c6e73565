// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/sqldialect.h"
#include "settings/settings.h"
#include "settings/workspacesetting.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

class TestWorkspaceSetting : public QObject
{
    Q_OBJECT

private slots:
    void journalUrl_tcpHost_verifiesCertificateWithCaFile();
    void journalUrl_socketFolder_noTls();
    void journalUrl_password_onlyInTheUrlAskedFor();
    void problems_setting_expectedIssues_data();
    void problems_setting_expectedIssues();
    void workspace_unset_thisComputer();
    void setWorkspace_team_roundTripWithoutPassword();
};

namespace {

WorkspaceSetting team()
{
    WorkspaceSetting w;
    w.kind = WorkspaceSetting::Kind::TeamDatabase;
    w.host = QStringLiteral("db.example.com");
    w.port = 6432;
    w.database = QStringLiteral("payouts");
    w.user = QStringLiteral("alice");
    return w;
}

} // namespace

void TestWorkspaceSetting::journalUrl_tcpHost_verifiesCertificateWithCaFile()
{
    WorkspaceSetting w = team();
    w.caFile = QStringLiteral("/etc/ssl/team ca.pem");
    const QString url = w.journalUrl();
    QVERIFY(SqlDialect::isServerUrl(url));
    {
        const QSqlDatabase db = SqlDialect::addServerConnection(url, QStringLiteral("tcp"));
        QCOMPARE(db.hostName(), QStringLiteral("db.example.com"));
        QCOMPARE(db.port(), 6432);
        QCOMPARE(db.databaseName(), QStringLiteral("payouts"));
        QCOMPARE(db.userName(), QStringLiteral("alice"));
        const QStringList options = db.connectOptions().split(u';');
        QVERIFY2(options.contains(QStringLiteral("sslmode=verify-full")), qPrintable(db.connectOptions()));
        QVERIFY2(options.contains(QStringLiteral("sslrootcert=/etc/ssl/team ca.pem")), qPrintable(db.connectOptions()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tcp"));
}

void TestWorkspaceSetting::journalUrl_socketFolder_noTls()
{
    WorkspaceSetting w = team();
    w.host = QStringLiteral("/tmp/pg sock");
    w.port = 5433;
    {
        const QSqlDatabase db = SqlDialect::addServerConnection(w.journalUrl(), QStringLiteral("socket"));
        QCOMPARE(db.hostName(), QStringLiteral("/tmp/pg sock"));
        QCOMPARE(db.port(), 5433);
        QVERIFY2(!db.connectOptions().contains(QLatin1String("sslmode")), qPrintable(db.connectOptions()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("socket"));
}

void TestWorkspaceSetting::journalUrl_password_onlyInTheUrlAskedFor()
{
    const WorkspaceSetting w = team();
    QVERIFY(!w.displayUrl().contains(QLatin1String("s3cr")));
    {
        const QSqlDatabase db =
            SqlDialect::addServerConnection(w.journalUrl(QStringLiteral("s3cr@t:/")), QStringLiteral("password"));
        QCOMPARE(db.password(), QStringLiteral("s3cr@t:/"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("password"));
    QCOMPARE(w.secretKey(), QStringLiteral("workspace:alice@db.example.com:6432/payouts"));
}

void TestWorkspaceSetting::problems_setting_expectedIssues_data()
{
    QTest::addColumn<WorkspaceSetting>("setting");
    QTest::addColumn<int>("count");
    QTest::newRow("this computer") << WorkspaceSetting{} << 0;
    QTest::newRow("complete") << team() << 0;
    WorkspaceSetting empty;
    empty.kind = WorkspaceSetting::Kind::TeamDatabase;
    QTest::newRow("nothing entered") << empty << 3;
    WorkspaceSetting port = team();
    port.port = 70000;
    QTest::newRow("port") << port << 1;
    WorkspaceSetting ca = team();
    ca.caFile = QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("missing CA file") << ca << 1;
}

void TestWorkspaceSetting::problems_setting_expectedIssues()
{
    QFETCH(WorkspaceSetting, setting);
    QFETCH(int, count);
    QCOMPARE(setting.problems().size(), count);
}

void TestWorkspaceSetting::workspace_unset_thisComputer()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(settings.workspace(), WorkspaceSetting{});
    QVERIFY(!settings.workspace().isTeam());
}

void TestWorkspaceSetting::setWorkspace_team_roundTripWithoutPassword()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    WorkspaceSetting w = team();
    w.caFile = QStringLiteral("/etc/ssl/ca.pem");
    {
        Settings settings(path);
        settings.setWorkspace(w);
        QVERIFY(settings.sync());
    }
    Settings reopened(path);
    QCOMPARE(reopened.workspace(), w);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("db.example.com"));
    QVERIFY(!text.contains("password"));
}

QTEST_GUILESS_MAIN(TestWorkspaceSetting)
#include "tst_workspacesetting.moc"
