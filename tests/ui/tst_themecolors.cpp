// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batcheditproxymodel.h"
#include "domain/detailvalidator.h"
#include "domain/referencedata.h"
#include "models/batchmodel.h"
#include "testpalettes.h"
#include "themecolors.h"
#include "themeicon.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QPainter>
#include <QPalette>
#include <QTest>
#include <QUndoStack>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

QPalette darkPalette()
{
    return TestPalettes::dark();
}

QPalette lightPalette()
{
    return TestPalettes::light();
}

// Mean lightness of the opaque pixels of an icon rendered at 20 px.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(20, 20)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 200)
                continue;
            sum += pixel.lightness();
            ++count;
        }
    }
    return count == 0 ? -1 : int(sum / count);
}

} // namespace

class tst_ThemeColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void proxyBackground_data();
    void proxyBackground();
    void errorText_followsPaletteLightness_data();
    void errorText_followsPaletteLightness();
    void toolbarIcon_darkPalette_isDrawnInButtonText();
    void appliedIcons_paletteChange_reloadedForNewPalette();

private:
    std::unique_ptr<DetailValidator> m_validator;
    QPalette m_original;
};

void tst_ThemeColors::initTestCase()
{
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());
    m_original = QApplication::palette();
}

void tst_ThemeColors::cleanup()
{
    QApplication::setPalette(m_original);
}

void tst_ThemeColors::proxyBackground_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark palette gives dark tints") << darkPalette() << true;
    QTest::newRow("light palette gives light tints") << lightPalette() << false;
}

void tst_ThemeColors::proxyBackground()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QApplication::setPalette(palette);

    BatchModel model(*m_validator);
    PayoutDetail detail;
    detail.setValue(Field::MchOrderId, QStringLiteral("ORDER-1"));
    detail.setValue(Field::Amount, QStringLiteral("10.00"));
    detail.setValue(Field::DestinationType, QStringLiteral("bank"));
    detail.setValue(Field::BankSwiftCode, QStringLiteral("NOT A SWIFT"));
    model.insertDetails(0, {detail});
    QUndoStack undoStack;
    BatchEditProxyModel proxy(&model, &undoStack);

    QModelIndex errorCell;
    QModelIndex notApplicableCell;
    for (int column = 0; column < proxy.columnCount(); ++column) {
        const QModelIndex index = proxy.index(0, column);
        if (index.data(BatchModel::FieldRole).toInt() < 0)
            notApplicableCell = index;
        else if (index.data(BatchModel::ValidationRole).toInt() == BatchModel::ErrorIssue)
            errorCell = index;
    }
    QVERIFY(errorCell.isValid());
    QVERIFY(notApplicableCell.isValid());

    const QColor base = palette.color(QPalette::Base);
    for (const QModelIndex &index : {errorCell, notApplicableCell}) {
        const QColor background = index.data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY2(dark ? background.lightness() < 128 : background.lightness() >= 128, qPrintable(background.name()));
        QVERIFY2(background != base, qPrintable(background.name())); // still visible as a tint
    }
    const QColor error = errorCell.data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY2(error.red() > error.green() && error.red() > error.blue(), qPrintable(error.name()));
    // The text keeps the palette's own colour, which is readable on the palette's Base.
    QVERIFY(!errorCell.data(Qt::ForegroundRole).isValid());
}

void tst_ThemeColors::errorText_followsPaletteLightness_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark palette gives a light red") << darkPalette() << true;
    QTest::newRow("light palette gives a dark red") << lightPalette() << false;
}

void tst_ThemeColors::errorText_followsPaletteLightness()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    const QColor red = ThemeColors::errorText(palette);
    QVERIFY(red.red() > red.green());
    QVERIFY2(dark ? red.lightness() >= 128 : red.lightness() < 128, qPrintable(red.name()));
}

void tst_ThemeColors::toolbarIcon_darkPalette_isDrawnInButtonText()
{
    const QString path = QStringLiteral(":/icons/save.svg");
    QVERIFY(inkLightness(ThemeIcon::load(path, lightPalette())) < 128);
    const QIcon dark = ThemeIcon::load(path, darkPalette());
    QVERIFY(inkLightness(dark) >= 128);
    QVERIFY(!dark.pixmap(QSize(18, 18), 2.0).isNull());
    QCOMPARE(dark.pixmap(QSize(18, 18), 2.0).deviceIndependentSize(), QSizeF(18, 18));
}

// Icons set through ThemeIcon::apply() follow a palette change made while the console runs;
// the main window calls refresh() on it.
void tst_ThemeColors::appliedIcons_paletteChange_reloadedForNewPalette()
{
    const QString path = QStringLiteral(":/icons/save.svg");
    QApplication::setPalette(lightPalette());
    QObject root;
    auto *applied = new QAction(&root);
    ThemeIcon::apply(applied, path);
    auto *other = new QAction(&root);
    other->setIcon(ThemeIcon::load(path)); // not through apply(): refresh() leaves it alone
    QVERIFY(inkLightness(applied->icon()) < 128);

    QApplication::setPalette(darkPalette());
    ThemeIcon::refresh(&root);
    QVERIFY(inkLightness(applied->icon()) >= 128);
    QVERIFY(inkLightness(other->icon()) < 128);

    QApplication::setPalette(lightPalette());
    ThemeIcon::refresh(&root);
    QVERIFY(inkLightness(applied->icon()) < 128);
}

QTEST_MAIN(tst_ThemeColors)
#include "tst_themecolors.moc"
