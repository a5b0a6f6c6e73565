// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/jsonindenter.h"

#include <QRandomGenerator>
#include <QTest>

using Lesspay::Core::JsonIndenter;

namespace {

// The input back from a layout: every byte outside strings that is not layout whitespace.
QByteArray withoutLayout(const QByteArray &laidOut)
{
    QByteArray out;
    bool inString = false;
    bool escaped = false;
    for (const char c : laidOut) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ' ' || c == '\n') {
            continue;
        }
        out += c;
    }
    return out;
}

// A create-order body as FrozenBody writes it, compact, with `rows` details.
QByteArray body(int rows)
{
    QByteArray b = "{\"request_id\":\"LP20261203-ABC\",\"currency\":\"PHP\",\"total_amount\":\"1000.50\",\"details\":[";
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            b += ',';
        b += "{\"mch_order_id\":\"A" + QByteArray::number(i)
             + "\",\"amount\":\"1000.50\",\"bank_account_name\":\"Jo\\u00e3o \\\"Z\\\" [{}] \\\\ "
               "\xe6\x9d\x8e"
               "\",\"e_wallet\":{},\"tags\":[],\"n\":1e3}";
    }
    b += "]}";
    return b;
}

} // namespace

class tst_JsonIndenter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indented_json_oneLinePerMemberKeepingEveryValue_data();
    void indented_json_oneLinePerMemberKeepingEveryValue();
    void indented_withoutAddedWhitespace_givesTheOriginalBytes_data();
    void indented_withoutAddedWhitespace_givesTheOriginalBytes();
    void feed_pieces_sameAsTheWholeAtOnce();
    void feed_savedStateAtPageStart_laysOutThatPageAlone();
    void indented_inputWhitespace_replacedByTheLayout();
};

void tst_JsonIndenter::indented_json_oneLinePerMemberKeepingEveryValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("flat object") << QByteArray("{\"a\":\"1000.50\",\"b\":1e3,\"c\":true,\"d\":null}")
                                 << QByteArray(
                                        "{\n  \"a\": \"1000.50\",\n  \"b\": 1e3,\n  \"c\": true,\n  \"d\": null\n}");
    QTest::newRow("key order kept") << QByteArray("{\"z\":\"1\",\"a\":\"2\",\"m\":\"3\"}")
                                    << QByteArray("{\n  \"z\": \"1\",\n  \"a\": \"2\",\n  \"m\": \"3\"\n}");
    QTest::newRow("nested") << QByteArray(
        "{\"details\":[{\"amount\":\"0.10\",\"e_wallet\":{\"provider\":\"GCash\"}},[1,2]]}")
                            << QByteArray("{\n"
                                          "  \"details\": [\n"
                                          "    {\n"
                                          "      \"amount\": \"0.10\",\n"
                                          "      \"e_wallet\": {\n"
                                          "        \"provider\": \"GCash\"\n"
                                          "      }\n"
                                          "    },\n"
                                          "    [\n"
                                          "      1,\n"
                                          "      2\n"
                                          "    ]\n"
                                          "  ]\n"
                                          "}");
    QTest::newRow("empty containers") << QByteArray("{\"a\":{},\"b\":[],\"c\":[{}]}")
                                      << QByteArray("{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    {}\n  ]\n}");
    QTest::newRow("empty top level") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("escaped quotes and brackets in a string")
        << QByteArray("{\"name\":\"a \\\"b\\\" {c} [d], e: f \\\\\",\"x\":\"\\\\\"}")
        << QByteArray("{\n  \"name\": \"a \\\"b\\\" {c} [d], e: f \\\\\",\n  \"x\": \"\\\\\"\n}");
    QTest::newRow("unicode raw and escaped")
        << QByteArray("{\"n\":\"Jo\xc3\xa3o \xe6\x9d\x8e \xf0\x9f\x98\x80\",\"e\":\"\\u00e3\\ud83d\\ude00\"}")
        << QByteArray(
               "{\n  \"n\": \"Jo\xc3\xa3o \xe6\x9d\x8e \xf0\x9f\x98\x80\",\n  \"e\": \"\\u00e3\\ud83d\\ude00\"\n}");
    QTest::newRow("spaces inside strings kept")
        << QByteArray("{\"a\":\"  x  ,  y  \"}") << QByteArray("{\n  \"a\": \"  x  ,  y  \"\n}");
}

void tst_JsonIndenter::indented_json_oneLinePerMemberKeepingEveryValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonIndenter::indented(json), expected);
}

void tst_JsonIndenter::indented_withoutAddedWhitespace_givesTheOriginalBytes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("one row") << body(1);
    QTest::newRow("500 rows") << body(500);
    QTest::newRow("strings ending in backslashes") << QByteArray("[\"\\\\\",\"\\\\\\\\\",\"\\\"\",\"\"]");
    QTest::newRow("deep") << QByteArray("[[[[[[{\"a\":[[[]]]}]]]]]]");
}

void tst_JsonIndenter::indented_withoutAddedWhitespace_givesTheOriginalBytes()
{
    QFETCH(QByteArray, json);
    const QByteArray laidOut = JsonIndenter::indented(json);
    QVERIFY(laidOut.size() > json.size());
    QCOMPARE(withoutLayout(laidOut), json);
}

void tst_JsonIndenter::feed_pieces_sameAsTheWholeAtOnce()
{
    // Cut anywhere: inside a string, an escape, a UTF-8 character, between a container's brackets.
    const QByteArray json = body(3);
    const QByteArray whole = JsonIndenter::indented(json);
    for (qsizetype cut = 0; cut <= json.size(); ++cut) {
        JsonIndenter indenter;
        QByteArray out;
        indenter.feed(QByteArrayView(json).first(cut), out);
        indenter.feed(QByteArrayView(json).sliced(cut), out);
        QCOMPARE(out, whole);
    }
    QRandomGenerator random(19);
    const QByteArray large = body(300);
    const QByteArray largeWhole = JsonIndenter::indented(large);
    for (int run = 0; run < 20; ++run) {
        JsonIndenter indenter;
        QByteArray out;
        qsizetype at = 0;
        while (at < large.size()) {
            const qsizetype n = std::min<qsizetype>(large.size() - at, random.bounded(1, 700));
            indenter.feed(QByteArrayView(large).sliced(at, n), out);
            at += n;
        }
        QCOMPARE(out, largeWhole);
    }
}

void tst_JsonIndenter::feed_savedStateAtPageStart_laysOutThatPageAlone()
{
    // How a dialog shows a large body: the state at each page's start is kept, any page is laid out alone.
    const QByteArray json = body(200);
    constexpr qsizetype page = 1000;
    QList<JsonIndenter::State> starts;
    QByteArray sequential;
    JsonIndenter indenter;
    for (qsizetype at = 0; at < json.size(); at += page) {
        starts.append(indenter.state());
        indenter.feed(QByteArrayView(json).sliced(at, std::min(page, json.size() - at)), sequential);
    }
    QCOMPARE(sequential, JsonIndenter::indented(json));
    QByteArray joined;
    for (qsizetype p = starts.size() - 1; p >= 0; --p) { // backwards: each page on its own
        JsonIndenter alone(2, starts.at(p));
        const qsizetype at = p * page;
        joined.prepend(alone.feed(QByteArrayView(json).sliced(at, std::min(page, json.size() - at))));
    }
    QCOMPARE(joined, sequential);
}

void tst_JsonIndenter::indented_inputWhitespace_replacedByTheLayout()
{
    QCOMPARE(JsonIndenter::indented("{ \"a\" : [ 1 , { } ] ,\n\t\"b\":\"x y\" }"),
             QByteArray("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": \"x y\"\n}"));
}

QTEST_GUILESS_MAIN(tst_JsonIndenter)
#include "tst_jsonindenter.moc"
