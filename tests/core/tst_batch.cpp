// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/batch.h"
#include "domain/jsontext.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Lesspay::Core;

namespace {

const DetailValidator &validator()
{
    static const DetailValidator v(ReferenceData::builtin());
    return v;
}

// A profile's rules: only these currencies are enabled.
const DetailValidator &profileValidator()
{
    static const DetailValidator v([] {
        ReferenceData data = ReferenceData::builtin();
        data.allowedCurrencies = {QStringLiteral("PHP"), QStringLiteral("IDR"), QStringLiteral("INR"),
                                  QStringLiteral("USD"), QStringLiteral("CNY"), QStringLiteral("BRL")};
        return data;
    }());
    return v;
}

BatchHeader header(const QString &currency = QStringLiteral("PHP"))
{
    return {QStringLiteral("LP20261125083000-ABCDEFGHIJ"), currency, QStringLiteral("BANK_TRANSFER"),
            QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example.com/lesspay/notify")};
}

PayoutDetail bank(const QString &id, const QString &amount)
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::DestinationType, QStringLiteral("bank"));
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, QStringLiteral("001234567890"));
    d.setValue(Field::BankAccountType, QStringLiteral("individual"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

PayoutDetail wallet(const QString &id, const QString &amount)
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::DestinationType, QStringLiteral("ewallet"));
    d.setValue(Field::WalletAccountName, QStringLiteral("Ana Reyes"));
    d.setValue(Field::WalletAccountNumber, QStringLiteral("09171234567"));
    d.setValue(Field::WalletAccountType, QStringLiteral("individual"));
    d.setValue(Field::WalletProvider, QStringLiteral("GCash"));
    d.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
    d.setValue(Field::WalletDepositKey, QStringLiteral("+639171234567"));
    return d;
}

// What Batch::wireText() must hold for a row: its normalised values, JSON-escaped, joined by 0xFF.
QByteArray wireOf(const PayoutDetail &normalized)
{
    QByteArray out;
    for (int f = 0; f < FieldCount; ++f) {
        if (f > 0)
            out.append(char(0xFF));
        if (!JsonText::appendEscaped(out, normalized.value(Field(f))))
            return {};
    }
    return out;
}

bool hasCode(const ValidationIssues &issues, const QString &code)
{
    return std::any_of(issues.begin(), issues.end(), [&](const ValidationIssue &i) { return i.code == code; });
}

// One row of the reference model: the validator's verdict, computed once per edit.
struct ModelRow
{
    PayoutDetail detail;
    int errors = 0;
    int warnings = 0;
    std::optional<qint64> amount;

    static ModelRow of(const PayoutDetail &d, const QString &currency)
    {
        const DetailValidator::Context context = validator().contextFor(currency);
        const ValidationIssues issues = validator().validate(d, context);
        ModelRow r{d, 0, 0, validator().amountMinor(d, context)};
        r.errors = int(std::count_if(issues.begin(), issues.end(), [](auto &i) { return i.isError(); }));
        r.warnings = int(issues.size()) - r.errors;
        return r;
    }
};

// Everything the batch keeps incrementally, recomputed from scratch from a plain list.
void compare(const Batch &batch, const QList<ModelRow> &rows)
{
    QHash<QString, int> ids;
    for (const ModelRow &r : rows) {
        const QString id = r.detail.mchOrderId().trimmed();
        if (!id.isEmpty())
            ++ids[id];
    }
    qint64 total = 0;
    bool overflow = false;
    int invalidAmounts = 0;
    int errors = 0;
    int warnings = 0;
    int rowsWithErrors = 0;
    for (int row = 0; row < rows.size(); ++row) {
        const ModelRow &r = rows[row];
        const bool duplicate = ids.value(r.detail.mchOrderId().trimmed()) > 1;
        QCOMPARE(batch.isDuplicate(row), duplicate);
        errors += r.errors + (duplicate ? 1 : 0);
        warnings += r.warnings;
        rowsWithErrors += r.errors > 0 || duplicate ? 1 : 0;
        if (!r.amount)
            ++invalidAmounts;
        else if (!overflow && !(overflow = std::numeric_limits<qint64>::max() - total < *r.amount))
            total += *r.amount;
    }
    QCOMPARE(batch.size(), rows.size());
    QCOMPARE(batch.totalOverflows(), overflow);
    if (!overflow)
        QCOMPARE(batch.totalMinor(), total);
    QCOMPARE(batch.invalidAmountCount(), invalidAmounts);
    QCOMPARE(batch.errorCount(), errors);
    QCOMPARE(batch.warningCount(), warnings);
    QCOMPARE(batch.rowsWithErrors(), rowsWithErrors);
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT

private slots:
    void append_validRows_exactTotalNoIssues();
    void detail_storedCompactly_roundTripsEveryCharacter();
    void replace_amount_totalFollows();
    void duplicates_appearAndDisappear_onReplaceAndRemove();
    void duplicates_trimmedIdsAndEmptyIds();
    void duplicates_rowWithOwnErrors_countedOnce();
    void issues_duplicateRow_includesDuplicateCode();
    void setHeader_currencyChange_revalidatesEveryRow();
    void total_beyondQint64_overflowsAndRecovers();
    void headerIssues_header_expectedCodes_data();
    void headerIssues_header_expectedCodes();
    void headerIssues_noProfileList_everyKnownCurrencyAllowed();
    void isSendable_conditions();
    void normalizedDetail_row_wireForm();
    void wireText_validRow_isNormalizedDetail_data();
    void wireText_validRow_isNormalizedDetail();
    void wireText_rowWithErrors_emptyUntilFixed();
    void wireText_currencyChanged_followsTheNewDecimals();
    void wireText_insertRows_keptFromTheValidatedBatch();
    void replace_manyLargeEdits_textCompactedAndIntact();
    void randomEdits_countersMatchRecomputation_data();
    void randomEdits_countersMatchRecomputation();
    void requestId_generate_uniqueAndValid();
    void requestId_isValid_data();
    void requestId_isValid();
};

void TestBatch::append_validRows_exactTotalNoIssues()
{
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("D001"), QStringLiteral("1000.00")));
    batch.append(wallet(QStringLiteral("W1"), QStringLiteral("0.10")));
    batch.append(bank(QStringLiteral("D002"), QStringLiteral("0.20")));
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.totalMinor(), qint64(100030));
    QCOMPARE(batch.totalString(), QStringLiteral("1000.30"));
    QCOMPARE(batch.errorCount(), 0);
    QCOMPARE(batch.warningCount(), 0);
    QCOMPARE(batch.rowsWithErrors(), 0);
    QCOMPARE(batch.invalidAmountCount(), 0);
    QVERIFY(batch.issues(1).isEmpty());
}

void TestBatch::detail_storedCompactly_roundTripsEveryCharacter()
{
    Batch batch(validator(), header());
    PayoutDetail d = bank(QStringLiteral(" D001 "), QStringLiteral("1,5"));
    d.setValue(Field::BankAccountName, QStringLiteral("José Ñoño 张三 🙂 \u00A0"));
    d.setValue(Field::BankName, QString(70000, u'x')); // longer than any 16-bit offset
    d.setValue(Field::WalletProvider, QStringLiteral("\u00FF\u0000\u00FE"));
    batch.append(d);
    batch.insert(0, PayoutDetail());
    QCOMPARE(batch.detail(1), d);
    QCOMPARE(batch.detail(0), PayoutDetail());
}

void TestBatch::replace_amount_totalFollows()
{
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("D001"), QStringLiteral("10.00")));
    batch.append(bank(QStringLiteral("D002"), QStringLiteral("5.55")));
    batch.replace(0, bank(QStringLiteral("D001"), QStringLiteral("1.01")));
    QCOMPARE(batch.totalString(), QStringLiteral("6.56"));
    batch.replace(1, bank(QStringLiteral("D002"), QStringLiteral("oops")));
    QCOMPARE(batch.totalString(), QStringLiteral("1.01"));
    QCOMPARE(batch.invalidAmountCount(), 1);
    QCOMPARE(batch.errorCount(), 1);
    batch.remove(0);
    QCOMPARE(batch.totalMinor(), qint64(0));
    QCOMPARE(batch.totalString(), QStringLiteral("0.00"));
}

void TestBatch::duplicates_appearAndDisappear_onReplaceAndRemove()
{
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("1")));
    batch.append(bank(QStringLiteral("D2"), QStringLiteral("1")));
    batch.append(bank(QStringLiteral("D3"), QStringLiteral("1")));
    QCOMPARE(batch.errorCount(), 0);

    batch.replace(1, bank(QStringLiteral("D1"), QStringLiteral("1"))); // D1 twice
    QVERIFY(batch.isDuplicate(0) && batch.isDuplicate(1) && !batch.isDuplicate(2));
    QCOMPARE(batch.errorCount(), 2);
    QCOMPARE(batch.rowsWithErrors(), 2);

    batch.insert(0, bank(QStringLiteral("D1"), QStringLiteral("1"))); // D1 three times
    QCOMPARE(batch.errorCount(), 3);
    QVERIFY(batch.isDuplicate(0) && batch.isDuplicate(1) && batch.isDuplicate(2) && !batch.isDuplicate(3));

    batch.remove(1); // two left
    QCOMPARE(batch.errorCount(), 2);
    batch.replace(0, bank(QStringLiteral("D9"), QStringLiteral("1"))); // one left: no duplicate
    QCOMPARE(batch.errorCount(), 0);
    QVERIFY(!batch.isDuplicate(0) && !batch.isDuplicate(1) && !batch.isDuplicate(2));

    batch.replace(2, bank(QStringLiteral("D1"), QStringLiteral("1"))); // D3 becomes D1
    QVERIFY(batch.isDuplicate(1) && batch.isDuplicate(2));
    batch.remove(2);
    QVERIFY(!batch.isDuplicate(1));
    QCOMPARE(batch.errorCount(), 0);
    QCOMPARE(batch.rowsWithErrors(), 0);
}

void TestBatch::duplicates_trimmedIdsAndEmptyIds()
{
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("1")));
    batch.append(bank(QStringLiteral(" D1\u00A0"), QStringLiteral("1")));
    QVERIFY(batch.isDuplicate(0) && batch.isDuplicate(1)); // the same ID on the wire
    batch.append(bank(QStringLiteral("d1"), QStringLiteral("1")));
    QVERIFY(!batch.isDuplicate(2)); // IDs are case-sensitive
    batch.append(bank(QString(), QStringLiteral("1")));
    batch.append(bank(QString(), QStringLiteral("1")));
    QVERIFY(!batch.isDuplicate(3) && !batch.isDuplicate(4));
    QCOMPARE(batch.errorCount(), 2 + 2); // two duplicates, two "required"
}

void TestBatch::duplicates_rowWithOwnErrors_countedOnce()
{
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("-1")));
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("1")));
    QCOMPARE(batch.errorCount(), 3);
    QCOMPARE(batch.rowsWithErrors(), 2);
    batch.replace(0, bank(QStringLiteral("D1"), QStringLiteral("2")));
    QCOMPARE(batch.errorCount(), 2);
    QCOMPARE(batch.rowsWithErrors(), 2);
    batch.remove(1);
    QCOMPARE(batch.errorCount(), 0);
    QCOMPARE(batch.rowsWithErrors(), 0);
}

void TestBatch::issues_duplicateRow_includesDuplicateCode()
{
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("1")));
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("0")));
    QVERIFY(hasCode(batch.issues(0), QStringLiteral("mch_order_id.duplicate")));
    const ValidationIssues second = batch.issues(1);
    QVERIFY(hasCode(second, QStringLiteral("mch_order_id.duplicate")));
    QVERIFY(hasCode(second, QStringLiteral("amount.zero")));
    QCOMPARE(second.size(), 2);
}

void TestBatch::setHeader_currencyChange_revalidatesEveryRow()
{
    Batch batch(validator(), header(QStringLiteral("PHP")));
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("1000.50")));
    batch.append(wallet(QStringLiteral("W1"), QStringLiteral("25")));
    batch.append(wallet(QStringLiteral("W1"), QStringLiteral("5")));
    QCOMPARE(batch.errorCount(), 2);
    QCOMPARE(batch.totalString(), QStringLiteral("1030.50"));

    // JPY: no decimals, no GCash.
    batch.setHeader(header(QStringLiteral("JPY")));
    QCOMPARE(batch.context().decimals, 0);
    QCOMPARE(batch.invalidAmountCount(), 1);
    QCOMPARE(batch.totalString(), QStringLiteral("30"));
    QCOMPARE(batch.errorCount(), 1 + 2 + 2); // decimals, two providers, two duplicates
    QCOMPARE(batch.rowsWithErrors(), 3);
    QVERIFY(hasCode(batch.issues(1), QStringLiteral("provider.not_offered")));

    // Other header edits do not touch the rows; back to PHP restores everything.
    BatchHeader h = header(QStringLiteral("JPY"));
    h.wayCode = QStringLiteral("OTHER");
    batch.setHeader(h);
    QCOMPARE(batch.errorCount(), 5);
    batch.setHeader(header(QStringLiteral("PHP")));
    QCOMPARE(batch.errorCount(), 2);
    QCOMPARE(batch.totalString(), QStringLiteral("1030.50"));
}

void TestBatch::total_beyondQint64_overflowsAndRecovers()
{
    Batch batch(validator(), header(QStringLiteral("JPY")));
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("9223372036854775807")));
    QVERIFY(!batch.totalOverflows());
    QCOMPARE(batch.totalMinor(), std::numeric_limits<qint64>::max());
    batch.append(bank(QStringLiteral("D2"), QStringLiteral("9223372036854775807")));
    batch.append(bank(QStringLiteral("D3"), QStringLiteral("1")));
    QVERIFY(batch.totalOverflows());
    QVERIFY(batch.totalString().isEmpty());
    QVERIFY(!batch.isSendable());
    batch.remove(0);
    batch.remove(0);
    QVERIFY(!batch.totalOverflows());
    QCOMPARE(batch.totalString(), QStringLiteral("1"));
}

void TestBatch::headerIssues_header_expectedCodes_data()
{
    QTest::addColumn<BatchHeader>("header");
    QTest::addColumn<QStringList>("codes");
    const auto h = [](auto change) {
        BatchHeader b = header();
        change(b);
        return b;
    };
    QTest::newRow("valid") << header() << QStringList();
    QTest::newRow("http localhost") << h([](BatchHeader &b) {
        b.notifyUrl = QStringLiteral("http://127.0.0.1:9000/hook");
    }) << QStringList();
    QTest::newRow("request id empty") << h([](BatchHeader &b) { b.requestId.clear(); })
                                      << QStringList{QStringLiteral("header.request_id.invalid")};
    QTest::newRow("request id 65") << h([](BatchHeader &b) { b.requestId = QString(65, u'A'); })
                                   << QStringList{QStringLiteral("header.request_id.invalid")};
    QTest::newRow("request id slash") << h([](BatchHeader &b) { b.requestId = QStringLiteral("LP/1"); })
                                      << QStringList{QStringLiteral("header.request_id.invalid")};
    QTest::newRow("currency unknown") << h([](BatchHeader &b) { b.currency = QStringLiteral("XYZ"); })
                                      << QStringList{QStringLiteral("header.currency.unknown")};
    QTest::newRow("currency empty") << h([](BatchHeader &b) { b.currency.clear(); })
                                    << QStringList{QStringLiteral("header.currency.unknown")};
    QTest::newRow("currency not allowed") << h([](BatchHeader &b) { b.currency = QStringLiteral("JPY"); })
                                          << QStringList{QStringLiteral("header.currency.not_allowed")};
    QTest::newRow("way type blank") << h([](BatchHeader &b) { b.wayType = QStringLiteral(" "); })
                                    << QStringList{QStringLiteral("header.way_type.required")};
    QTest::newRow("way code empty") << h([](BatchHeader &b) { b.wayCode.clear(); })
                                    << QStringList{QStringLiteral("header.way_code.required")};
    for (const char *url : {"ftp://example.com/x", "https://", "example.com/hook", "https://exa mple.com/",
                            "mailto:ops@example.com", "", "http:///path"})
        QTest::newRow(url) << h([url](BatchHeader &b) { b.notifyUrl = QString::fromLatin1(url); })
                           << QStringList{QStringLiteral("header.notify_url.invalid")};
}

void TestBatch::headerIssues_header_expectedCodes()
{
    QFETCH(BatchHeader, header);
    QFETCH(QStringList, codes);
    Batch batch(profileValidator(), header);
    QStringList got;
    for (const ValidationIssue &i : batch.headerIssues()) {
        got.append(i.code);
        QCOMPARE(i.field, Field::FieldCount);
        QVERIFY(!i.message.isEmpty());
    }
    QCOMPARE(got, codes);
}

void TestBatch::headerIssues_noProfileList_everyKnownCurrencyAllowed()
{
    // Without a profile's list the table decides: JPY is known, so only the profile can refuse it.
    const Batch batch(validator(), header(QStringLiteral("JPY")));
    QVERIFY(batch.headerIssues().isEmpty());
    const Batch refused(profileValidator(), header(QStringLiteral("JPY")));
    QCOMPARE(refused.headerIssues().size(), 1);
    QCOMPARE(refused.headerIssues().first().message, QStringLiteral("JPY payouts are not enabled for this profile."));
}

void TestBatch::isSendable_conditions()
{
    Batch batch(validator(), header());
    QVERIFY(!batch.isSendable()); // no rows
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("1")));
    QVERIFY(batch.isSendable());
    batch.append(bank(QStringLiteral("D1"), QStringLiteral("1")));
    QVERIFY(!batch.isSendable()); // duplicate
    batch.remove(1);
    BatchHeader h = header();
    h.notifyUrl = QStringLiteral("ftp://x");
    batch.setHeader(h);
    QVERIFY(!batch.isSendable());
    batch.setHeader(header());
    PayoutDetail warned = bank(QStringLiteral("D2"), QStringLiteral("1"));
    warned.setValue(Field::BankSwiftCode, QStringLiteral("DEUTDEFF"));
    batch.append(warned);
    QCOMPARE(batch.warningCount(), 1);
    QVERIFY(batch.isSendable()); // warnings do not block
}

void TestBatch::normalizedDetail_row_wireForm()
{
    Batch batch(validator(), header());
    PayoutDetail d = wallet(QStringLiteral(" W1 "), QStringLiteral("300"));
    d.setValue(Field::WalletProvider, QStringLiteral("gcash"));
    d.setValue(Field::WalletDepositKey, QStringLiteral("0917 123 4567"));
    batch.append(d);
    const PayoutDetail n = batch.normalizedDetail(0);
    QCOMPARE(n.mchOrderId(), QStringLiteral("W1"));
    QCOMPARE(n.amount(), QStringLiteral("300.00"));
    QCOMPARE(n.value(Field::WalletProvider), QStringLiteral("GCash"));
    QCOMPARE(n.value(Field::WalletDepositKey), QStringLiteral("+639171234567"));
    QCOMPARE(batch.detail(0), d); // the typed text is kept
}

void TestBatch::wireText_validRow_isNormalizedDetail_data()
{
    QTest::addColumn<PayoutDetail>("detail");
    QTest::addColumn<bool>("typedInWireForm");
    QTest::newRow("bank as sent") << bank(QStringLiteral("B1"), QStringLiteral("1500.00")) << true;
    QTest::newRow("wallet as sent") << wallet(QStringLiteral("W1"), QStringLiteral("300.00")) << true;
    PayoutDetail d = bank(QStringLiteral(" B1 "), QStringLiteral("1500.00"));
    QTest::newRow("order id with spaces") << d << false;
    d = bank(QStringLiteral("B1"), QStringLiteral("1500"));
    QTest::newRow("amount without decimals") << d << false;
    d = bank(QStringLiteral("B1"), QStringLiteral("1.5"));
    QTest::newRow("amount with one decimal") << d << false;
    d = bank(QStringLiteral("B1"), QStringLiteral("1.50"));
    d.setValue(Field::DestinationType, QStringLiteral("Bank"));
    QTest::newRow("destination type capitalised") << d << false;
    d = bank(QStringLiteral("B1"), QStringLiteral("1.50"));
    d.setValue(Field::BankAccountNo, QStringLiteral("0012-3456 7890"));
    QTest::newRow("account number with separators") << d << false;
    d = bank(QStringLiteral("B1"), QStringLiteral("1.50"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("bnorphmm"));
    d.setValue(Field::BankCountryCode, QStringLiteral("ph"));
    QTest::newRow("country and SWIFT lower case") << d << false;
    d = bank(QStringLiteral("B1"), QStringLiteral("1.50"));
    d.setValue(Field::BankAccountType, QStringLiteral("Individual"));
    QTest::newRow("account type capitalised") << d << false;
    d = bank(QStringLiteral("B1"), QStringLiteral("1.50"));
    d.setValue(Field::BankAccountName, QStringLiteral("José Dela Cruz"));
    QTest::newRow("name with an accent inside") << d << true;
    d = bank(QStringLiteral("B1"), QStringLiteral("1.50"));
    d.setValue(Field::BankAccountName, QStringLiteral("Juan \"JD\" Dela Cruz"));
    QTest::newRow("name with quotes") << d << false;
    d = bank(QStringLiteral("B1"), QStringLiteral("1.50"));
    d.setValue(Field::BankAccountName, QStringView(u"Juan Dela Cruz\u00a0").toString());
    QTest::newRow("name ending in a no-break space") << d << false;
    d = wallet(QStringLiteral("W1"), QStringLiteral("3.00"));
    d.setValue(Field::WalletProvider, QStringLiteral("gcash"));
    QTest::newRow("provider spelled another way") << d << false;
    d = wallet(QStringLiteral("W1"), QStringLiteral("3.00"));
    d.setValue(Field::WalletDepositKey, QStringLiteral("0917 123 4567"));
    QTest::newRow("phone key written nationally") << d << false;
    d = wallet(QStringLiteral("W1"), QStringLiteral("3.00"));
    d.setValue(Field::WalletDepositKey, QStringLiteral("+63 917 123 4567"));
    QTest::newRow("phone key with spaces") << d << false;
    d = wallet(QStringLiteral("W1"), QStringLiteral("3.00"));
    d.setValue(Field::WalletDepositKeyType, QStringLiteral("Phone"));
    QTest::newRow("deposit key type capitalised") << d << false;
    d = wallet(QStringLiteral("W1"), QStringLiteral("3.00"));
    d.setValue(Field::DestinationType, QStringLiteral("EWALLET"));
    QTest::newRow("destination type upper case") << d << false;
}

void TestBatch::wireText_validRow_isNormalizedDetail()
{
    QFETCH(PayoutDetail, detail);
    QFETCH(bool, typedInWireForm);
    Batch batch(validator(), header());
    batch.append(detail);
    QCOMPARE(batch.errorCount(), 0);
    const QByteArray expected = wireOf(batch.normalizedDetail(0));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(batch.wireText(0).toByteArray(), expected);
    // A row typed as it is sent keeps no second copy: its own text is its wire text.
    QByteArray own;
    for (int f = 0; f < FieldCount; ++f)
        own.append(f > 0 ? QByteArray(1, char(0xFF)) : QByteArray()).append(detail.value(Field(f)).toUtf8());
    QCOMPARE(batch.wireText(0) == QByteArrayView(own), typedInWireForm);
    // Kept through an edit of another row and an edit back.
    batch.append(bank(QStringLiteral("X"), QStringLiteral("1.00")));
    batch.replace(1, bank(QStringLiteral("Y"), QStringLiteral("2")));
    QCOMPARE(batch.wireText(0).toByteArray(), expected);
    QCOMPARE(batch.wireText(1).toByteArray(), wireOf(batch.normalizedDetail(1)));
}

void TestBatch::wireText_rowWithErrors_emptyUntilFixed()
{
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("B1"), QStringLiteral("abc")));
    QVERIFY(batch.wireText(0).isEmpty());
    batch.replace(0, bank(QStringLiteral("B1"), QStringLiteral("12.5")));
    QCOMPARE(batch.wireText(0).toByteArray(), wireOf(batch.normalizedDetail(0)));
    QVERIFY(batch.wireText(0).startsWith("B1\xFF"
                                         "12.50\xFF"));
    // A duplicate order ID is the batch's error, not the row's: the row's wire text stays.
    batch.append(bank(QStringLiteral("B1"), QStringLiteral("1.00")));
    QVERIFY(!batch.wireText(1).isEmpty());
    batch.replace(0, bank(QStringLiteral(""), QStringLiteral("12.5")));
    QVERIFY(batch.wireText(0).isEmpty());
    batch.remove(0);
    QCOMPARE(batch.wireText(0).toByteArray(), wireOf(batch.normalizedDetail(0)));
}

void TestBatch::wireText_currencyChanged_followsTheNewDecimals()
{
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("B1"), QStringLiteral("300")));
    batch.append(bank(QStringLiteral("B2"), QStringLiteral("300.00")));
    QVERIFY(batch.wireText(0).startsWith("B1\xFF"
                                         "300.00\xFF"));
    BatchHeader h = batch.header();
    h.currency = QStringLiteral("BHD");
    batch.setHeader(h);
    QCOMPARE(batch.errorCount(), 0);
    for (int row = 0; row < 2; ++row) {
        QVERIFY(batch.wireText(row).contains("\xFF"
                                             "300.000\xFF"));
        QCOMPARE(batch.wireText(row).toByteArray(), wireOf(batch.normalizedDetail(row)));
    }
}

void TestBatch::wireText_insertRows_keptFromTheValidatedBatch()
{
    Batch validated(validator(), header());
    validated.append(bank(QStringLiteral("B1"), QStringLiteral("300")));
    validated.append(wallet(QStringLiteral("W1"), QStringLiteral("3.00")));
    validated.append(bank(QStringLiteral("B3"), QStringLiteral("bad")));
    Batch batch(validator(), header());
    batch.append(bank(QStringLiteral("B0"), QStringLiteral("1.00")));
    batch.insertRows(0, validated);
    QCOMPARE(batch.size(), 4);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(batch.wireText(row).toByteArray(), wireOf(batch.normalizedDetail(row)));
    QVERIFY(batch.wireText(2).isEmpty());
    QCOMPARE(batch.wireText(3).toByteArray(), wireOf(batch.normalizedDetail(3)));
}

void TestBatch::replace_manyLargeEdits_textCompactedAndIntact()
{
    Batch batch(validator(), header());
    for (int i = 0; i < 100; ++i)
        batch.append(bank(QStringLiteral("D%1").arg(i), QStringLiteral("1")));
    // About 40 MB of replaced text: the arena must reclaim it, and every row must survive.
    for (int round = 0; round < 400; ++round) {
        PayoutDetail d = bank(QStringLiteral("D%1").arg(round % 100), QStringLiteral("2"));
        d.setValue(Field::BankName, QString(100000, QChar(u'a' + round % 26)));
        batch.replace(round % 100, d);
    }
    for (int i = 0; i < 100; ++i) {
        const PayoutDetail d = batch.detail(i);
        QCOMPARE(d.mchOrderId(), QStringLiteral("D%1").arg(i));
        QCOMPARE(d.value(Field::BankName), QString(100000, QChar(u'a' + (300 + i) % 26)));
    }
    QCOMPARE(batch.totalString(), QStringLiteral("200.00"));
    QCOMPARE(batch.errorCount(), 100); // bank name too long
}

void TestBatch::randomEdits_countersMatchRecomputation_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 2026") << quint32(2026);
}

// Property: after every one of 12,000 random edits the O(1) counters equal a recomputation
// from scratch (exact total of the valid amounts, errors with duplicates, warnings, rows).
void TestBatch::randomEdits_countersMatchRecomputation()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QStringList amounts = {QStringLiteral("1"),
                                 QStringLiteral("0.01"),
                                 QStringLiteral("999999.99"),
                                 QStringLiteral("92233720368547758.07"),
                                 QStringLiteral("46116860184273879.03"),
                                 QStringLiteral("0"),
                                 QStringLiteral("-3"),
                                 QStringLiteral("1.234"),
                                 QStringLiteral("12,50")};
    const QStringList currencies = {QStringLiteral("PHP"), QStringLiteral("JPY"), QStringLiteral("IDR")};
    const auto randomDetail = [&] {
        const QString id = rng.bounded(20) == 0 ? QString() : QStringLiteral("D%1").arg(rng.bounded(40));
        const QString amount = amounts[int(rng.bounded(qsizetype(amounts.size())))];
        PayoutDetail d = rng.bounded(3) == 0 ? wallet(id, amount) : bank(id, amount);
        if (rng.bounded(8) == 0)
            d.setValue(Field::BankSwiftCode, QStringLiteral("DEUTDEFF")); // a warning, or ignored cell
        if (rng.bounded(10) == 0)
            d.setValue(Field::WalletProvider, QStringLiteral("Gopay"));
        return d;
    };

    Batch batch(validator(), header());
    QList<ModelRow> rows;
    const auto model = [&](const PayoutDetail &d) { return ModelRow::of(d, batch.header().currency); };
    for (int step = 0; step < 12000; ++step) {
        const quint32 op = rng.bounded(100);
        const int n = int(rows.size());
        // Removes balance additions around 60 rows, so duplicates keep appearing and leaving.
        if (op < 20 || n == 0 || (op >= 60 && op < 99 && n < 60 && op % 2 == 0)) {
            const PayoutDetail d = randomDetail();
            batch.append(d);
            rows.append(model(d));
        } else if (op < 30) {
            const int at = int(rng.bounded(n + 1));
            const PayoutDetail d = randomDetail();
            batch.insert(at, d);
            rows.insert(at, model(d));
        } else if (op < 60) {
            const int at = int(rng.bounded(n));
            const PayoutDetail d = randomDetail();
            batch.replace(at, d);
            rows[at] = model(d);
        } else if (op < 99) {
            const int at = int(rng.bounded(n));
            batch.remove(at);
            rows.removeAt(at);
        } else {
            BatchHeader h = batch.header();
            h.currency = currencies[int(rng.bounded(qsizetype(currencies.size())))];
            batch.setHeader(h);
            for (ModelRow &r : rows)
                r = model(r.detail);
        }
        compare(batch, rows);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after step %1").arg(step)));
        if (step % 500 == 0) {
            for (int row = 0; row < rows.size(); ++row)
                QCOMPARE(batch.detail(row), rows[row].detail);
        }
    }
}

void TestBatch::requestId_generate_uniqueAndValid()
{
    const QRegularExpression shape(QStringLiteral("^LP\\d{14}-[A-Z2-7]{10}$"));
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString id = RequestId::generate();
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(RequestId::isValid(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 2000);
    const QString today = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"));
    QVERIFY(RequestId::generate().mid(2, 8) <= today);
}

void TestBatch::requestId_isValid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("spec example") << QStringLiteral("PAY-20261125-0001") << true;
    QTest::newRow("underscore") << QStringLiteral("BATCH_001") << true;
    QTest::newRow("64") << QString(64, u'a') << true;
    QTest::newRow("65") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("B 1") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("BÄ1") << false;
}

void TestBatch::requestId_isValid()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(RequestId::isValid(id), valid);
}

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
