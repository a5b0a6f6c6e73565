// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lesspay::Core;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeThenRead_sameKey_returnsSecret();
    void readSecret_missingKey_notFound();
    void readSecret_anyCall_answersLaterNotInsideTheCall();
    void deleteSecret_existing_goneAfterwards();
    void deleteSecret_missing_notFound();
    void readSecret_locked_notFoundEvenWhenStored();
    void writeSecret_locked_unavailableAndUnchanged();
    void operations_unavailable_reportReason();
    void message_eachStatus_userWords_data();
    void message_eachStatus_userWords();
};

void TestMemorySecretStore::writeThenRead_sameKey_returnsSecret()
{
    MemorySecretStore store;
    QSignalSpy written(&store, &SecretStore::writeFinished);
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.writeSecret(QStringLiteral("k"), QByteArrayLiteral("s3cret"));
    QVERIFY(written.wait());
    QCOMPARE(written.at(0).at(0).toString(), QStringLiteral("k"));
    QVERIFY(written.at(0).at(1).value<SecretResult>().isOk());
    store.readSecret(QStringLiteral("k"));
    QVERIFY(read.wait());
    QVERIFY(read.at(0).at(1).value<SecretResult>().isOk());
    QCOMPARE(read.at(0).at(2).toByteArray(), QByteArrayLiteral("s3cret"));
    QVERIFY(!store.isPersistent());
}

void TestMemorySecretStore::readSecret_missingKey_notFound()
{
    MemorySecretStore store;
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.readSecret(QStringLiteral("nope"));
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).value<SecretResult>().status, SecretResult::Status::NotFound);
    QVERIFY(read.at(0).at(2).toByteArray().isEmpty());
}

void TestMemorySecretStore::readSecret_anyCall_answersLaterNotInsideTheCall()
{
    MemorySecretStore store;
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.readSecret(QStringLiteral("k"));
    QCOMPARE(read.size(), 0);
    QTRY_COMPARE(read.size(), 1);
}

void TestMemorySecretStore::deleteSecret_existing_goneAfterwards()
{
    MemorySecretStore store;
    QSignalSpy written(&store, &SecretStore::writeFinished);
    QSignalSpy deleted(&store, &SecretStore::deleteFinished);
    store.writeSecret(QStringLiteral("k"), QByteArrayLiteral("v"));
    QVERIFY(written.wait());
    store.deleteSecret(QStringLiteral("k"));
    QVERIFY(deleted.wait());
    QVERIFY(deleted.at(0).at(1).value<SecretResult>().isOk());
    QVERIFY(!store.contains(QStringLiteral("k")));
    QCOMPARE(store.deleteRequests(), 1);
}

void TestMemorySecretStore::deleteSecret_missing_notFound()
{
    MemorySecretStore store;
    QSignalSpy deleted(&store, &SecretStore::deleteFinished);
    store.deleteSecret(QStringLiteral("k"));
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.at(0).at(1).value<SecretResult>().status, SecretResult::Status::NotFound);
}

void TestMemorySecretStore::readSecret_locked_notFoundEvenWhenStored()
{
    MemorySecretStore store;
    QSignalSpy written(&store, &SecretStore::writeFinished);
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.writeSecret(QStringLiteral("k"), QByteArrayLiteral("v"));
    QVERIFY(written.wait());
    store.setLocked(true);
    store.readSecret(QStringLiteral("k"));
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).value<SecretResult>().status, SecretResult::Status::NotFound);
    QVERIFY(store.contains(QStringLiteral("k")));
}

void TestMemorySecretStore::writeSecret_locked_unavailableAndUnchanged()
{
    MemorySecretStore store;
    QSignalSpy written(&store, &SecretStore::writeFinished);
    store.writeSecret(QStringLiteral("k"), QByteArrayLiteral("v1"));
    QVERIFY(written.wait());
    store.setLocked(true);
    store.writeSecret(QStringLiteral("k"), QByteArrayLiteral("v2"));
    QVERIFY(written.wait());
    QCOMPARE(written.at(1).at(1).value<SecretResult>().status, SecretResult::Status::Unavailable);
    store.setLocked(false);
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.readSecret(QStringLiteral("k"));
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(2).toByteArray(), QByteArrayLiteral("v1"));
    QCOMPARE(store.writeRequests(), 2);
}

void TestMemorySecretStore::operations_unavailable_reportReason()
{
    MemorySecretStore store;
    store.setUnavailableReason(QStringLiteral("no D-Bus"));
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.readSecret(QStringLiteral("k"));
    QVERIFY(read.wait());
    const auto result = read.at(0).at(1).value<SecretResult>();
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QCOMPARE(result.message(), QStringLiteral("keychain unavailable: no D-Bus"));
}

void TestMemorySecretStore::message_eachStatus_userWords_data()
{
    QTest::addColumn<SecretResult>("result");
    QTest::addColumn<QString>("message");
    QTest::newRow("ok") << SecretResult::ok() << QStringLiteral("saved");
    QTest::newRow("not found") << SecretResult::notFound()
                               << QStringLiteral("no secret saved, or the keychain is locked");
    QTest::newRow("unavailable") << SecretResult::unavailable(QStringLiteral("x"))
                                 << QStringLiteral("keychain unavailable: x");
    QTest::newRow("timeout") << SecretResult::timeout(QStringLiteral("no answer after 15000 ms"))
                             << QStringLiteral("the keychain did not answer in time: no answer after 15000 ms");
}

void TestMemorySecretStore::message_eachStatus_userWords()
{
    QFETCH(SecretResult, result);
    QFETCH(QString, message);
    QCOMPARE(result.message(), message);
    QCOMPARE(result.isRetryable(), !result.isOk());
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
