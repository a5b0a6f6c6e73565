// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/braziltaxid.h"

#include <QTest>

using namespace Lesspay::Core;

class TestBrazilTaxId : public QObject
{
    Q_OBJECT

private slots:
    void checkCpf_value_status_data();
    void checkCpf_value_status();
    void checkCnpj_value_status_data();
    void checkCnpj_value_status();
    void cnpjCheckDigits_officialAlphanumericExample_35();
    void checkCnpj_changedCharacter_rejected();
};

void TestBrazilTaxId::checkCpf_value_status_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<BrazilTaxId::Status>("status");
    QTest::newRow("valid") << QStringLiteral("529.982.247-25") << BrazilTaxId::Status::Ok;
    QTest::newRow("valid 2") << QStringLiteral("168.995.350-09") << BrazilTaxId::Status::Ok;
    QTest::newRow("first digit wrong") << QStringLiteral("529.982.247-35") << BrazilTaxId::Status::BadCheckDigits;
    QTest::newRow("second digit wrong") << QStringLiteral("529.982.247-24") << BrazilTaxId::Status::BadCheckDigits;
    QTest::newRow("repeated") << QStringLiteral("000.000.000-00") << BrazilTaxId::Status::Repeated;
    QTest::newRow("12 digits") << QStringLiteral("529982247250") << BrazilTaxId::Status::BadFormat;
    QTest::newRow("letter") << QStringLiteral("52998224A25") << BrazilTaxId::Status::BadFormat;
}

void TestBrazilTaxId::checkCpf_value_status()
{
    QFETCH(QString, text);
    QFETCH(BrazilTaxId::Status, status);
    QCOMPARE(BrazilTaxId::checkCpf(BrazilTaxId::strip(text)), status);
}

void TestBrazilTaxId::checkCnpj_value_status_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<BrazilTaxId::Status>("status");
    QTest::newRow("numeric") << QStringLiteral("11.222.333/0001-81") << BrazilTaxId::Status::Ok;
    QTest::newRow("numeric 2") << QStringLiteral("11.444.777/0001-61") << BrazilTaxId::Status::Ok;
    QTest::newRow("alphanumeric") << QStringLiteral("12.ABC.345/01DE-35") << BrazilTaxId::Status::Ok;
    QTest::newRow("alphanumeric lower") << QStringLiteral("12.abc.345/01de-35") << BrazilTaxId::Status::Ok;
    QTest::newRow("wrong") << QStringLiteral("11.222.333/0001-18") << BrazilTaxId::Status::BadCheckDigits;
    QTest::newRow("alphanumeric wrong") << QStringLiteral("12.ABC.345/01DE-53") << BrazilTaxId::Status::BadCheckDigits;
    QTest::newRow("letter check digit") << QStringLiteral("12ABC34501DE3A") << BrazilTaxId::Status::BadFormat;
    QTest::newRow("symbol") << QStringLiteral("12ABC34501D#35") << BrazilTaxId::Status::BadFormat;
    QTest::newRow("repeated") << QStringLiteral("11111111111111") << BrazilTaxId::Status::Repeated;
}

void TestBrazilTaxId::checkCnpj_value_status()
{
    QFETCH(QString, text);
    QFETCH(BrazilTaxId::Status, status);
    QCOMPARE(BrazilTaxId::checkCnpj(BrazilTaxId::strip(text)), status);
}

void TestBrazilTaxId::cnpjCheckDigits_officialAlphanumericExample_35()
{
    // The Receita Federal's example of the alphanumeric CNPJ.
    QCOMPARE(BrazilTaxId::cnpjCheckDigits(u"12ABC34501DE"), QStringLiteral("35"));
    QCOMPARE(BrazilTaxId::cpfCheckDigits(u"529982247"), QStringLiteral("25"));
    QCOMPARE(BrazilTaxId::cnpjCheckDigits(u"12ABC34501D"), QString());
}

void TestBrazilTaxId::checkCnpj_changedCharacter_rejected()
{
    const QString valid = QStringLiteral("12ABC34501DE35");
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (int i = 0; i < 12; ++i) {
        for (QChar c : alphabet) {
            // Values 11 apart ('0' and 'M'... '6' and 'A') weigh the same mod 11: the
            // alphanumeric CNPJ cannot see that substitution, by design of its check digits.
            if ((c.unicode() - valid[i].unicode()) % 11 == 0)
                continue;
            QString changed = valid;
            changed[i] = c;
            QCOMPARE(BrazilTaxId::checkCnpj(changed), BrazilTaxId::Status::BadCheckDigits);
        }
    }
}

QTEST_GUILESS_MAIN(TestBrazilTaxId)
#include "tst_braziltaxid.moc"
