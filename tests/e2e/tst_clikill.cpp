// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kill: lesspay-cli submit is killed with SIGKILL at a random moment, 30 times, each time
// followed by `lesspay-cli resume`. The sandbox must hold each batch once, created once, and
// the journal must have no batch left unresolved.
#include "api/orderstatus.h"
#include "journal/journal.h"
#include "sandboxrunner.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Lesspay::Core;

namespace {

struct Figures
{
    int submissions = 0;
    int killed = 0;
    int reconciled = 0; // batches a resume found Frozen, Sending, Unknown or Reconciling
    int duplicates = -1;
    int unresolved = -1;
};

Figures figures;

QByteArray csvFor(int salt)
{
    QByteArray csv = "mch_order_id,amount,destination_type,bank_account_name,bank_account_no,bank_account_type,"
                     "bank_name,bank_country_code,bank_swift_code\r\n";
    for (int i = 0; i < 3; ++i) {
        csv += "K" + QByteArray::number(i) + "," + QByteArray::number(10 + i) + "." + QByteArray::number(salt % 9)
               + "0,bank,Juan Dela Cruz,77" + QByteArray::number(100000 + salt * 10 + i)
               + ",individual,BDO Unibank,PH,BNORPHMM\r\n";
    }
    return csv;
}

} // namespace

class TestCliKill : public QObject
{
    Q_OBJECT

private slots:
    void kill_randomMoments_resumeSettlesWithoutDuplicates();

private:
    QStringList common(const SandboxRunner &sandbox, const QTemporaryDir &dir) const;
    QProcessEnvironment environment(const QTemporaryDir &dir) const;
};

QStringList TestCliKill::common(const SandboxRunner &sandbox, const QTemporaryDir &dir) const
{
    return {QStringLiteral("--profile"),
            QStringLiteral("kill-test"),
            QStringLiteral("--base-url"),
            sandbox.baseUrl().toString(),
            QStringLiteral("--appid"),
            QStringLiteral("sandbox-demo"),
            QStringLiteral("--journal"),
            dir.filePath(QStringLiteral("journal.sqlite")),
            QStringLiteral("--settings"),
            dir.filePath(QStringLiteral("settings.ini")),
            QStringLiteral("--timeout-ms"),
            QStringLiteral("250"),
            QStringLiteral("--backoff-base-ms"),
            QStringLiteral("20"),
            QStringLiteral("--backoff-cap-ms"),
            QStringLiteral("150"),
            QStringLiteral("--resend-window-ms"),
            QStringLiteral("250"),
            QStringLiteral("--poll-ms"),
            QStringLiteral("50"),
            QStringLiteral("--wait"),
            QStringLiteral("30")};
}

QProcessEnvironment TestCliKill::environment(const QTemporaryDir &dir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LESSPAY_APP_SECRET"), QStringLiteral("sandbox-demo-secret"));
    // Nothing of the user's own data folders is touched.
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    return env;
}

void TestCliKill::kill_randomMoments_resumeSettlesWithoutDuplicates()
{
    SandboxRunner sandbox;
    QVERIFY(sandbox.start());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Slow and lost answers so that kills also land while an outcome is unknown.
    const QString create = QLatin1String(SandboxRunner::CreatePath);
    QVERIFY(sandbox.addFault({{QStringLiteral("mode"), QStringLiteral("delay")},
                              {QStringLiteral("probability"), 0.3},
                              {QStringLiteral("seed"), 11},
                              {QStringLiteral("delay_ms"), 400},
                              {QStringLiteral("path"), create}}));
    QVERIFY(sandbox.addFault({{QStringLiteral("mode"), QStringLiteral("drop_after_store")},
                              {QStringLiteral("probability"), 0.2},
                              {QStringLiteral("seed"), 12},
                              {QStringLiteral("path"), create}}));

    const quint32 seed = qEnvironmentVariableIsSet("LESSPAY_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("LESSPAY_KILL_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("kill seed %u (set LESSPAY_KILL_SEED to repeat)", seed);
    QRandomGenerator random(seed);
    const QStringList common = this->common(sandbox, dir);
    const QProcessEnvironment env = environment(dir);

    constexpr int Runs = 30;
    for (int run = 0; run < Runs; ++run) {
        const QString csvPath = dir.filePath(QStringLiteral("run%1.csv").arg(run));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(csvFor(run));
        csv.close();

        QProcess submit;
        submit.setProcessEnvironment(env);
        submit.start(QStringLiteral(LESSPAY_CLI_EXECUTABLE),
                     QStringList{QStringLiteral("submit"), csvPath, QStringLiteral("--currency"), QStringLiteral("PHP"),
                                 QStringLiteral("--way-type"), QStringLiteral("BANK_TRANSFER"),
                                 QStringLiteral("--way-code"), QStringLiteral("TAZAPAY_PAYOUT"),
                                 QStringLiteral("--notify-url"), QStringLiteral("http://127.0.0.1:9/notify")}
                         + common);
        QVERIFY(submit.waitForStarted());
        ++figures.submissions;
        // The random moment, spread from start-up to well after the first answer: run i is
        // killed in [10 i, 10 i + 10) ms, so early kills (before or while freezing) always occur.
        const int killAfterMs = run * 10 + int(random.bounded(10u));
        if (!submit.waitForFinished(killAfterMs)) {
            submit.kill(); // SIGKILL: no cleanup of any kind
            QVERIFY(submit.waitForFinished(5000));
            ++figures.killed;
        } else {
            QVERIFY2(submit.exitCode() == 0, submit.readAllStandardError().constData());
        }

        QProcess resume;
        resume.setProcessEnvironment(env);
        resume.start(QStringLiteral(LESSPAY_CLI_EXECUTABLE), QStringList{QStringLiteral("resume")} + common);
        QVERIFY(resume.waitForFinished(60000));
        const QByteArray out = resume.readAllStandardOutput();
        QVERIFY2(resume.exitCode() == 0 && out.contains("unresolved: 0"),
                 QByteArray(out + resume.readAllStandardError()).constData());
        static const QRegularExpression reconciling(QStringLiteral("reconciling (\\d+) batches"));
        figures.reconciled += reconciling.match(QString::fromUtf8(out)).captured(1).toInt();
    }
    QVERIFY(sandbox.clearFaults());

    std::unique_ptr<Journal> journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal);
    QVERIFY(journal->integrityOk());
    QHash<QString, int> onServer;
    int duplicates = 0;
    for (const QJsonValue &v : sandbox.batches()) {
        const QJsonObject b = v.toObject();
        const QString id = b.value(QLatin1String("request_id")).toString();
        duplicates += std::max(0, b.value(QLatin1String("create_accepted")).toInt() - 1);
        duplicates += onServer.value(id) > 0 ? 1 : 0;
        onServer[id] += 1;
        // Every batch the server holds was written to the journal before it was sent.
        QVERIFY2(journal->batch(id), qPrintable(id));
    }
    int unresolved = int(journal->unresolvedBatches().size());
    const QList<FrozenBatch> all = journal->unresolvedBatches() + journal->batchesToPoll();
    int recorded = 0;
    for (const auto &[id, count] : onServer.asKeyValueRange()) {
        Q_UNUSED(count);
        const std::optional<FrozenBatch> b = journal->batch(id);
        recorded += b && b->state == BatchState::Accepted ? 1 : 0;
    }
    unresolved += int(onServer.size()) - recorded;
    figures.duplicates = duplicates;
    figures.unresolved = unresolved;
    qInfo("%d runs, %d killed, %d left unresolved by a kill and settled by resume, %lld batches on the server, %lld "
          "accepted and not final yet",
          figures.submissions, figures.killed, figures.reconciled, qlonglong(onServer.size()), qlonglong(all.size()));
    QCOMPARE(duplicates, 0);
    QCOMPARE(unresolved, 0);
    QVERIFY(figures.killed > 0);
}

// A main of our own so that the figures are the last lines of the output.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliKill test;
    const int rc = QTest::qExec(&test, argc, argv);
    std::printf("submissions: %d\nkilled: %d\nduplicates: %d\nunresolved: %d\n", figures.submissions, figures.killed,
                figures.duplicates, figures.unresolved);
    return rc;
}

#include "tst_clikill.moc"
