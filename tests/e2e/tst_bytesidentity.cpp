// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What is reviewed is exactly what is sent: a real submit from the console window to the real
// sandbox, comparing the bytes the review dialog shows, the bytes the journal keeps and the
// bytes the server received (the sandbox logs their SHA-256).
#include "batcheditor.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "models/batchmodel.h"
#include "sandboxrunner.h"
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "session/draftsession.h"
#include "settings/settings.h"
#include "submitreviewdialog.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

const QString Header = QStringLiteral(
    "mch_order_id\tamount\tdestination_type\tbank_account_name\tbank_account_no\tbank_account_type\tbank_name\t"
    "bank_country_code\tbank_swift_code\te_wallet.account_name\te_wallet.account_number\te_wallet.account_type\t"
    "e_wallet.provider\te_wallet.deposit_key_type\te_wallet.deposit_key\n");

// Names with what a JSON writer may treat differently: non-ASCII letters, a quote, a slash.
const QString Rows = Header
                     + QStringLiteral("P0001\t1500\tbank\tJos\u00e9 \"Pepe\" Dela Cruz\t0012-3456-7890\tindividual\t"
                                      "BDO Unibank\tph\tbnorphmm\t\t\t\t\t\t\n"
                                      "P0002\t20.5\tewallet\t\t\t\t\t\t\tMar\u00eda Santos / \u674e\u534e\t"
                                      "+639171234567\tindividual\tgcash\tphone\t+639171234567\n");

constexpr int TimeoutMs = 20000;

} // namespace

class tst_BytesIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submit_realSandbox_reviewedJournalledAndReceivedBytesIdentical();
};

void tst_BytesIdentity::submit_realSandbox_reviewedJournalledAndReceivedBytesIdentical()
{
    SandboxRunner sandbox;
    QVERIFY(sandbox.start());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore secrets;
    ConsoleServices::Options options;
    options.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    options.secrets = &secrets;
    options.engine.pollInitial = std::chrono::milliseconds(100);
    QString error;
    std::unique_ptr<ConsoleServices> services = ConsoleServices::create(options, &error);
    QVERIFY2(services, qPrintable(error));

    Profile profile = Profile::create(QStringLiteral("Sandbox by hand"), Profile::Environment::Custom);
    profile.baseUrl = sandbox.baseUrl();
    profile.appId = QStringLiteral("sandbox-demo");
    profile.wayType = QStringLiteral("BANK_TRANSFER");
    profile.wayCode = QStringLiteral("TAZAPAY_PAYOUT");
    profile.notifyUrl = QStringLiteral("http://127.0.0.1:9/notify");
    services->settings().saveProfile(profile);
    secrets.writeSecret(profile.secretKey(), "sandbox-demo-secret");

    {
        ScriptedDialogs dialogs;
        MainWindow window(*services);
        window.setDialogs(&dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        services->settings().setCurrentProfileId(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->canSend(), TimeoutMs);
        window.editor()->pasteText(Rows);
        QCOMPARE(window.editor()->model()->rowCount(), 2);
        QVERIFY(window.editor()->model()->batch().isSendable());

        QString shownText;
        QByteArray dialogBytes;
        dialogs.answer = [&](QDialog &dialog) {
            auto *review = qobject_cast<SubmitReviewDialog *>(&dialog);
            if (!review)
                return int(QDialog::Rejected);
            shownText = review->requestPreview();
            dialogBytes = review->request().body;
            return int(QDialog::Accepted);
        };
        window.submit();
        // Saved, written and recorded off the GUI thread: the dialog and the batch follow.
        QTRY_VERIFY_WITH_TIMEOUT(!dialogBytes.isEmpty(), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->frozenRequestId().isEmpty(), TimeoutMs);
        const QString requestId = window.session()->frozenRequestId();
        QTRY_VERIFY_WITH_TIMEOUT(services->journal().batch(requestId)->state == BatchState::Accepted
                                     || BatchStates::isSettled(services->journal().batch(requestId)->state),
                                 TimeoutMs);

        // The body as a person read it in the dialog: the line after the request line.
        const QStringList lines = shownText.split(u'\n');
        QVERIFY(lines.size() > 2);
        const QByteArray shown = lines.at(1).toUtf8();
        QCOMPARE(shown, dialogBytes);
        QVERIFY(shown.contains("Jos\xc3\xa9 \\\"Pepe\\\" Dela Cruz"));
        QVERIFY(shown.contains("\"bank_account_no\":\"001234567890\""));

        const QByteArray journalled = services->journal().batch(requestId)->body;
        QCOMPARE(journalled, shown);

        const QByteArray digest = QCryptographicHash::hash(shown, QCryptographicHash::Sha256).toHex();
        const QByteArray log = sandbox.standardError();
        const QByteArray received =
            "create body received: " + QByteArray::number(shown.size()) + " bytes, sha256 " + digest;
        QVERIFY2(log.contains(received), log.constData());
        QCOMPARE(sandbox.batches().size(), 1);
    }
    services.reset();
}

QTEST_MAIN(tst_BytesIdentity)
#include "tst_bytesidentity.moc"
