// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/columnmappingstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Qt::StringLiterals;
using Mapping = ColumnMappingStore::Mapping;
using ImportMapping = ColumnMappingStore::ImportMapping;

namespace {

ImportMapping point(const Mapping &columns)
{
    return {columns, Amount::DecimalSeparator::Point};
}

} // namespace

class TestCsvColumnMappingStore : public QObject
{
    Q_OBJECT

private slots:
    void remember_reopenedSettings_sameMapping();
    void mapping_sameHeadersOtherSpelling_found();
    void mapping_otherHeaderSet_nothing();
    void forget_remembered_nothing();
    void forgetAll_twoRemembered_bothGone();
    void headerSetKey_splitDiffers_differentKeys();
    void mapping_wrongColumnCount_nothing();
    void mapping_columnsWithoutSeparator_nothing();

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"settings.ini"_s); }
};

void TestCsvColumnMappingStore::remember_reopenedSettings_sameMapping()
{
    const QStringList headers{u"Ref"_s, u"Beneficiary"_s, u"Notes"_s, u"Payee Acct"_s};
    const Mapping mapping{Field::MchOrderId, Field::BankAccountName, std::nullopt, Field::BankAccountNo};
    {
        QSettings settings(path(), QSettings::IniFormat);
        ColumnMappingStore store(settings);
        store.remember(headers, {mapping, Amount::DecimalSeparator::Comma});
    }
    QSettings settings(path(), QSettings::IniFormat);
    ColumnMappingStore store(settings);
    QCOMPARE(store.mapping(headers), std::optional<ImportMapping>({mapping, Amount::DecimalSeparator::Comma}));
}

void TestCsvColumnMappingStore::mapping_sameHeadersOtherSpelling_found()
{
    QSettings settings(path(), QSettings::IniFormat);
    ColumnMappingStore store(settings);
    const Mapping mapping{Field::Amount, std::nullopt};
    store.remember({u"Betrag"_s, u"Kommentar"_s}, point(mapping));
    QCOMPARE(store.mapping({u" BETRAG"_s, u"kommentar "_s}), std::optional<ImportMapping>(point(mapping)));
}

void TestCsvColumnMappingStore::forgetAll_twoRemembered_bothGone()
{
    QSettings settings(path(), QSettings::IniFormat);
    settings.clear();                                  // the file is shared with the other test functions
    settings.setValue(u"console/language"_s, u"id"_s); // other settings stay
    ColumnMappingStore store(settings);
    store.remember({u"A"_s, u"B"_s}, point({Field::Amount, Field::MchOrderId}));
    store.remember({u"C"_s}, point({Field::BankName}));
    QCOMPARE(store.forgetAll(), 2);
    QVERIFY(!store.mapping({u"A"_s, u"B"_s}));
    QVERIFY(!store.mapping({u"C"_s}));
    QCOMPARE(store.forgetAll(), 0);
    QCOMPARE(settings.value(u"console/language"_s).toString(), u"id"_s);
    QCOMPARE(settings.allKeys(), QStringList{u"console/language"_s}); // nothing of the two groups is left
}

void TestCsvColumnMappingStore::mapping_otherHeaderSet_nothing()
{
    QSettings settings(path(), QSettings::IniFormat);
    ColumnMappingStore store(settings);
    store.remember({u"A"_s, u"B"_s}, point({Field::Amount, Field::MchOrderId}));
    QVERIFY(!store.mapping({u"B"_s, u"A"_s}).has_value());
}

void TestCsvColumnMappingStore::forget_remembered_nothing()
{
    QSettings settings(path(), QSettings::IniFormat);
    ColumnMappingStore store(settings);
    const QStringList headers{u"X"_s};
    store.remember(headers, point({Field::Amount}));
    QVERIFY(store.mapping(headers).has_value());
    store.forget(headers);
    QVERIFY(!store.mapping(headers).has_value());
}

void TestCsvColumnMappingStore::headerSetKey_splitDiffers_differentKeys()
{
    QCOMPARE_NE(ColumnMappingStore::headerSetKey({u"ab"_s}), ColumnMappingStore::headerSetKey({u"a"_s, u"b"_s}));
    QCOMPARE(ColumnMappingStore::headerSetKey({u"Amount"_s}), ColumnMappingStore::headerSetKey({u"amount"_s}));
}

void TestCsvColumnMappingStore::mapping_wrongColumnCount_nothing()
{
    QSettings settings(path(), QSettings::IniFormat);
    const QStringList headers{u"P"_s, u"Q"_s};
    settings.setValue(u"csvDecimalSeparators/"_s + ColumnMappingStore::headerSetKey(headers), u"point"_s);
    settings.setValue(u"csvColumnMappings/"_s + ColumnMappingStore::headerSetKey(headers), u"amount"_s);
    ColumnMappingStore store(settings);
    QVERIFY(!store.mapping(headers).has_value());
    settings.setValue(u"csvColumnMappings/"_s + ColumnMappingStore::headerSetKey(headers), u"amount|no_such"_s);
    QVERIFY(!store.mapping(headers).has_value());
}

// Columns remembered by an older version, without the separator: never guessed, asked again.
void TestCsvColumnMappingStore::mapping_columnsWithoutSeparator_nothing()
{
    QSettings settings(path(), QSettings::IniFormat);
    const QStringList headers{u"Old"_s, u"Amount"_s};
    settings.setValue(u"csvColumnMappings/"_s + ColumnMappingStore::headerSetKey(headers), u"|amount"_s);
    ColumnMappingStore store(settings);
    QVERIFY(!store.mapping(headers).has_value());
    settings.setValue(u"csvDecimalSeparators/"_s + ColumnMappingStore::headerSetKey(headers), u"comma"_s);
    QCOMPARE(store.mapping(headers),
             std::optional<ImportMapping>({Mapping{std::nullopt, Field::Amount}, Amount::DecimalSeparator::Comma}));
}

QTEST_GUILESS_MAIN(TestCsvColumnMappingStore)
#include "tst_csvcolumnmappingstore.moc"
