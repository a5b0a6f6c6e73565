// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's language screenshots: the main window with an Indonesian e-wallet and bank
// batch (a Brazilian one with PIX keys in pt_BR), the welcome page and the About box, in the
// language given (zh_CN, id, pt_BR, en).
// Usage: lesspay-i18n-screenshots OUTPUT_DIR SANDBOX_EXECUTABLE LANGUAGE
// docs/screenshots/make-theme-screenshots.sh runs it under Xvfb.

#include "about/aboutdialog.h"
#include "batcheditor.h"
#include "batchtableview.h"
#include "firstrun/firstrunpage.h"
#include "i18n/translationloader.h"
#include "mainwindow.h"
#include "screenshotconsole.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTest>

namespace Core = Lesspay::Core;
namespace LUi = Lesspay::Ui;

namespace {

// An IDR batch of bank transfers and e-wallets (Gopay, ShopeePay); one SWIFT code is cut short,
// so a validation mark shows.
const char *const Rows =
    "mch_order_id\tamount\tdestination_type\tbank_account_name\tbank_account_no\tbank_account_type\tbank_name\t"
    "bank_country_code\tbank_swift_code\te_wallet.account_name\te_wallet.account_number\te_wallet.account_type\t"
    "e_wallet.provider\te_wallet.deposit_key_type\te_wallet.deposit_key\n"
    "GJ-0001\t2500000\tbank\tBudi Santoso\t1234567890\tindividual\tBank Central Asia\tID\tCENAIDJA\t\t\t\t\t\t\n"
    "GJ-0002\t750000\tewallet\t\t\t\t\t\t\tSiti Rahayu\t+6281234567890\tindividual\tGopay\tphone\t+6281234567890\n"
    "GJ-0003\t1800000\tbank\tPT Maju Bersama\t0987654321\tbusiness\tBank Mandiri\tID\tBMRIID\t\t\t\t\t\t\n"
    "GJ-0004\t320000.50\tewallet\t\t\t\t\t\t\tAgus Wijaya\t+6285798765432\tindividual\tShopeePay\tphone\t"
    "+6285798765432\n"
    "GJ-0005\t4100000\tbank\tDewi Lestari\t5550001112\tindividual\tBank Negara Indonesia\tID\tBNINIDJA\t\t\t\t\t\t\n";

// A BRL batch as a Brazilian merchant pays it: PIX keys of every kind and two bank transfers, one of
// them with a SWIFT code cut short.
const char *const BrazilRows =
    "mch_order_id\tamount\tdestination_type\tbank_account_name\tbank_account_no\tbank_account_type\tbank_name\t"
    "bank_country_code\tbank_swift_code\te_wallet.account_name\te_wallet.account_number\te_wallet.account_type\t"
    "e_wallet.provider\te_wallet.deposit_key_type\te_wallet.deposit_key\n"
    "PB-0001\t2500.00\tbank\tAna Souza\t12345678\tindividual\tBanco do Brasil\tBR\tBRASBRRJ\t\t\t\t\t\t\n"
    "PB-0002\t750.00\tewallet\t\t\t\t\t\t\tCarlos Pereira\t+5511987654321\tindividual\tPIX\tphone\t"
    "+5511987654321\n"
    "PB-0003\t1200.50\tewallet\t\t\t\t\t\t\tMariana Costa\tmariana.costa@example.com\tindividual\tPIX\temail\t"
    "mariana.costa@example.com\n"
    "PB-0004\t3890.00\tewallet\t\t\t\t\t\t\tPadaria Estrela Ltda\t11222333000181\tbusiness\tPIX\tcnpj\t"
    "11222333000181\n"
    "PB-0005\t480.25\tewallet\t\t\t\t\t\t\tJoão Lima\t12345678909\tindividual\tPIX\tcpf\t12345678909\n"
    "PB-0006\t1999.90\tbank\tRicardo Alves\t87654321\tindividual\tItaú Unibanco\tBR\tITAUBRS\t\t\t\t\t\t\n";

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4) {
        qWarning("usage: lesspay-i18n-screenshots OUTPUT_DIR SANDBOX_EXECUTABLE LANGUAGE");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString language = QString::fromLocal8Bit(argv[3]);
    // Numbers too, as on a system in that language (9.470.000,50 in Indonesian).
    QLocale::setDefault(QLocale(language));
    Lesspay::Core::TranslationLoader translations(app);
    if (translations.install(QLocale(language)) != language) {
        qWarning("no translation for %s", argv[3]);
        return 2;
    }

    LUi::ScreenshotConsole console(QString::fromLocal8Bit(argv[2]));
    if (!console.error().isEmpty()) {
        qWarning("%s", qPrintable(console.error()));
        return 1;
    }
    const int status = console.start() ? 0 : 1;
    {
        LUi::MainWindow &window = console.window();
        LUi::BatchEditor *editor = window.editor();
        // As a user picks it: the editor follows the combo box's activated() signal.
        const bool brazil = language == QStringLiteral("pt_BR");
        if (auto *currency = editor->findChild<QComboBox *>(QStringLiteral("currencyCombo"))) {
            const int index = currency->findText(brazil ? QStringLiteral("BRL") : QStringLiteral("IDR"));
            currency->setCurrentIndex(index);
            emit currency->activated(index);
        }
        editor->pasteText(QString::fromUtf8(brazil ? BrazilRows : Rows));
        editor->table()->setFocus();
        QTest::qWait(800);
        window.grab().save(out.filePath(QStringLiteral("console-editor-%1.png").arg(language)));

        // Where a user's settings live, rather than this run's temporary file.
        LUi::FirstRunPage welcome(QStringLiteral("~/.config/Lesspay/Lesspay Payout Console/settings.ini"));
        welcome.resize(820, 600);
        welcome.show();
        QTest::qWait(100);
        welcome.grab().save(out.filePath(QStringLiteral("first-run-%1.png").arg(language)));

        LUi::AboutDialog about;
        about.show();
        QTest::qWait(100);
        about.grab().save(out.filePath(QStringLiteral("about-%1.png").arg(language)));
    }
    return status;
}
