// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/requestscreen.h"

#include <QTest>

using namespace Lesspay::Sandbox;

namespace {

constexpr qint64 MaxHeader = 256;
constexpr qint64 MaxBody = 1000;

const QByteArray Good = "POST /q HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";

// Feeds the bytes in pieces of `piece` and returns the first refusal (or an ok verdict).
RequestScreen::Verdict feedInPieces(RequestScreen &screen, const QByteArray &bytes, qsizetype piece)
{
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const RequestScreen::Verdict v =
            screen.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
        if (!v.ok())
            return v;
    }
    return {};
}

} // namespace

class TestRequestScreen : public QObject
{
    Q_OBJECT

private slots:
    void feed_anySplit_sameVerdict_data();
    void feed_anySplit_sameVerdict();
    void inRequest_partialBody_trueUntilLastByte();
    void feed_chunkedAlone_stopsScreening();
    void feed_emptyLinesBetweenRequests_startNoRequest();
};

void TestRequestScreen::feed_anySplit_sameVerdict_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("good") << Good << 0;
    QTest::newRow("three good, pipelined") << Good + Good + Good << 0;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 0;
    QTest::newRow("no body") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 0;
    // The body of the first request looks like a bad header; it is body, not judged.
    QTest::newRow("body looks like headers")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 22\r\n\r\nContent-Length: -1\r\n\r\n") << 0;
    QTest::newRow("bad after good") << Good + "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n" << 400;
    QTest::newRow("both framings") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n")
                                   << 400;
    QTest::newRow("name case") << QByteArray("POST / HTTP/1.1\r\nCONTENT-LENGTH: x1\r\n\r\n") << 400;
    QTest::newRow("comma list, same") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2, 2\r\n\r\nab") << 0;
    QTest::newRow("comma list, different") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2, 3\r\n\r\nab") << 400;
    QTest::newRow("over body limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n") << 413;
    QTest::newRow("at body limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n")
                                          + QByteArray(1000, 'x')
                                   << 0;
    QTest::newRow("header limit exceeded") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(300, 'a') << 431;
    QTest::newRow("header just fits") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(int(MaxHeader) - 23, 'a')
                                             + "\r\n\r\n"
                                      << 0;
}

void TestRequestScreen::feed_anySplit_sameVerdict()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    for (const qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), bytes.size()}) {
        RequestScreen screen(MaxHeader, MaxBody);
        const RequestScreen::Verdict v = feedInPieces(screen, bytes, piece);
        QVERIFY2(v.httpStatus == status,
                 qPrintable(QStringLiteral("piece %1: %2 %3").arg(piece).arg(v.httpStatus).arg(v.message)));
        if (status == 0)
            QVERIFY(!screen.inRequest());
        if (status == 400)
            QCOMPARE(v.code, 30000);
    }
}

void TestRequestScreen::inRequest_partialBody_trueUntilLastByte()
{
    RequestScreen screen(MaxHeader, MaxBody);
    QVERIFY(!screen.inRequest());
    QVERIFY(screen.feed(QByteArrayView(Good).first(3)).ok());
    QVERIFY(screen.inRequest()); // headers begun
    QVERIFY(screen.feed(QByteArrayView(Good).sliced(3, Good.size() - 4)).ok());
    QVERIFY(screen.inRequest()); // one body byte missing
    QVERIFY(screen.feed(QByteArrayView(Good).last(1)).ok());
    QVERIFY(!screen.inRequest());
}

void TestRequestScreen::feed_chunkedAlone_stopsScreening()
{
    RequestScreen screen(MaxHeader, MaxBody);
    QVERIFY(screen.feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n").ok());
    QVERIFY(!screen.isScreening());
    QVERIFY(!screen.inRequest());
    QVERIFY(screen.feed("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n").ok()); // Qt's parser judges now
}

void TestRequestScreen::feed_emptyLinesBetweenRequests_startNoRequest()
{
    RequestScreen screen(MaxHeader, MaxBody);
    QVERIFY(screen.feed(QByteArray(Good + "\r\n")).ok());
    QVERIFY(!screen.inRequest());
    QVERIFY(screen.feed(Good).ok());
    QVERIFY(!screen.inRequest());
}

QTEST_GUILESS_MAIN(TestRequestScreen)
#include "tst_requestscreen.moc"
