// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/validationsummary.h"
#include "domain/batch.h"
#include "domain/detailvalidator.h"

#include <QTest>

using namespace Lesspay::Cli;
using namespace Lesspay::Core;

namespace {

PayoutDetail bank(const QString &id, const QString &amount, const QString &accountType = QStringLiteral("individual"))
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::DestinationType, QStringLiteral("bank"));
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, QStringLiteral("001234567890"));
    d.setValue(Field::BankAccountType, accountType);
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

} // namespace

class TestValidationSummary : public QObject
{
    Q_OBJECT

private slots:
    void of_mixedRows_validTotalLeavesInvalidRowsOut();
    void of_sumBeyondRange_overflowNotEmptyFigure();
    void of_emptyBatch_zero();

private:
    const DetailValidator m_validator{ReferenceData::builtin()};
    const BatchHeader m_header{QStringLiteral("LP20261125083000-ABCDEFGHIJ"), QStringLiteral("PHP"),
                               QStringLiteral("BANK_TRANSFER"), QStringLiteral("TAZAPAY_PAYOUT"),
                               QStringLiteral("https://merchant.example.com/notify")};
};

void TestValidationSummary::of_mixedRows_validTotalLeavesInvalidRowsOut()
{
    Batch batch(m_validator, m_header);
    batch.append(bank(QStringLiteral("A1"), QStringLiteral("10.50")));
    batch.append(bank(QStringLiteral("A2"), QStringLiteral("4.25")));
    // A valid amount on an invalid row: Batch::totalMinor() counts it, the summary does not.
    batch.append(bank(QStringLiteral("A3"), QStringLiteral("100.00"), QStringLiteral("nobody")));
    batch.append(bank(QStringLiteral("A4"), QStringLiteral("1.001")));
    QCOMPARE(batch.totalString(), QStringLiteral("114.75"));
    const ValidationSummary s = ValidationSummary::of(batch);
    QCOMPARE(s.validRows(), 2);
    QCOMPARE(s.invalidRows(), 2);
    QCOMPARE(s.validTotal(), QStringLiteral("14.75"));
    QVERIFY(!s.totalOverflows());
}

void TestValidationSummary::of_sumBeyondRange_overflowNotEmptyFigure()
{
    Batch batch(m_validator, m_header);
    batch.append(bank(QStringLiteral("B1"), QStringLiteral("90000000000000000.00")));
    batch.append(bank(QStringLiteral("B2"), QStringLiteral("90000000000000000.00")));
    const ValidationSummary s = ValidationSummary::of(batch);
    QCOMPARE(s.validRows(), 2);
    QVERIFY(s.totalOverflows());
    QVERIFY(s.validTotal().isEmpty());
}

void TestValidationSummary::of_emptyBatch_zero()
{
    const ValidationSummary s = ValidationSummary::of(Batch(m_validator, m_header));
    QCOMPARE(s.validRows(), 0);
    QCOMPARE(s.invalidRows(), 0);
    QCOMPARE(s.validTotal(), QStringLiteral("0.00"));
}

QTEST_GUILESS_MAIN(TestValidationSummary)
#include "tst_validationsummary.moc"
