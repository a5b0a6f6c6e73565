// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README screenshots: the main window with a mixed batch whose validation is
// visible, the bank recipient form with a message beside a field, and the review dialog of
// a Production profile. Everything runs on temporary files and the real sandbox.
// Usage: lesspay-console-screenshots OUTPUT_DIR SANDBOX_EXECUTABLE

#include "bankrecipientdialog.h"
#include "batcheditor.h"
#include "batchtableview.h"
#include "i18n/translationloader.h"
#include "mainwindow.h"
#include "models/batchmodel.h"
#include "models/frozenbody.h"
#include "screenshotconsole.h"
#include "submitreviewdialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>

namespace Core = Lesspay::Core;
namespace LUi = Lesspay::Ui;

namespace {

const char *const Rows =
    "mch_order_id\tamount\tdestination_type\tbank_account_name\tbank_account_no\tbank_account_type\tbank_name\t"
    "bank_country_code\tbank_swift_code\te_wallet.account_name\te_wallet.account_number\te_wallet.account_type\t"
    "e_wallet.provider\te_wallet.deposit_key_type\te_wallet.deposit_key\n"
    "PAY-001\t1500.00\tbank\tJuan Dela Cruz\t001234567890\tindividual\tBDO Unibank\tPH\tBNORPHMM\t\t\t\t\t\t\n"
    "PAY-002\t2750.50\tewallet\t\t\t\t\t\t\tMaria Santos\t+639171234567\tindividual\tGCash\tphone\t+639171234567\n"
    "PAY-003\t980.00\tbank\tAna Reyes\t003456789012\tindividual\tBank of the Philippine "
    "Islands\tPH\tBOPIPHMM\t\t\t\t\t\t\n"
    "PAY-004\t12000.00\tbank\tReyes Trading Corp\t009988776655\tbusiness\tMetropolitan Bank and "
    "Trust\tPH\tMBTCPH\t\t\t\t"
    "\t\t\n"
    "PAY-005\t450.25\tewallet\t\t\t\t\t\t\tJose Rizal\t+639189876543\tindividual\tPayMaya\tphone\t+639189876543\n"
    "PAY-006\t3200.00\tbank\tLiza Soberano\t004567890123\tindividual\tLand Bank of the "
    "Philippines\tPH\tTLBPPHMM\t\t\t\t\t"
    "\t\n"
    "PAY-007\t0\tewallet\t\t\t\t\t\t\tMark Bautista\t+639175551234\tindividual\tGrabPay\tphone\t+639175551234\n"
    "PAY-008\t815.75\tbank\tCarlo Mendoza\t007654321098\tindividual\tBDO Unibank\tPH\tBNORPHMM\t\t\t\t\t\t\n"
    "PAY-009\t1250.00\tewallet\t\t\t\t\t\t\tGrace Lim\tgrace.lim@example.com\tindividual\tGCash\temail\t"
    "grace.lim@example.com\n"
    "PAY-010\t600.00\tbank\tPaolo Cruz\t005678901234\tindividual\tPhilippine National Bank\tPH\tPNBMPHMM\t\t\t\t\t\t\n";

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        qWarning("usage: lesspay-console-screenshots OUTPUT_DIR SANDBOX_EXECUTABLE");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    // English plural forms ("10 rows") come from the translation, as in the console itself.
    Lesspay::Core::TranslationLoader translations(app);
    translations.install(QLocale(QLocale::English, QLocale::UnitedStates));
    LUi::ScreenshotConsole console(QString::fromLocal8Bit(argv[2]));
    if (!console.error().isEmpty()) {
        qWarning("%s", qPrintable(console.error()));
        return 1;
    }
    const int status = console.start() ? 0 : 1;
    {
        LUi::MainWindow &window = console.window();
        LUi::BatchEditor *editor = window.editor();
        editor->pasteText(QString::fromUtf8(Rows));
        auto *table = editor->table();
        table->setCurrentIndex(table->model()->index(3, Core::BatchModel::SwiftColumn));
        table->setFocus();
        // Let the autosave put the draft into the journal, so the drafts list shows it.
        QTest::qWait(800);
        window.grab().save(out.filePath(QStringLiteral("console-editor.png")));

        LUi::BankRecipientDialog bank(editor->model()->validator(), QStringLiteral("PHP"), &window);
        bank.setOrderId(editor->nextOrderId());
        bank.show();
        const auto type = [&bank](const char *name, const char *text) {
            auto *edit = bank.findChild<QLineEdit *>(QLatin1StringView(name));
            edit->setFocus();
            QTest::keyClicks(edit, QString::fromUtf8(text));
        };
        type("amountEdit", "2500.00");
        type("holderEdit", "Ramon Aquino");
        type("accountNumberEdit", "0012 3456 7890");
        type("bankNameEdit", "BDO Unibank");
        type("countryEdit", "PH");
        type("swiftEdit", "BNORPH");
        QTest::qWait(100);
        bank.grab().save(out.filePath(QStringLiteral("bank-recipient-form.png")));
        bank.close();

        editor->model()->setData(editor->model()->index(3, Core::BatchModel::SwiftColumn), QStringLiteral("MBTCPHMM"));
        editor->model()->setData(editor->model()->index(6, Core::BatchModel::AmountColumn), QStringLiteral("300.00"));
        Core::Profile production =
            Core::Profile::create(QStringLiteral("Acme Payroll (live)"), Core::Profile::Environment::Production);
        LUi::SubmitReviewDialog review(editor->model()->batch(), editor->model()->decimals(), production,
                                       Lesspay::Core::FrozenBody::write(editor->model()->batch()), &window);
        review.show();
        QTest::qWait(100);
        review.grab().save(out.filePath(QStringLiteral("submit-review-production.png")));
    }
    return status;
}
