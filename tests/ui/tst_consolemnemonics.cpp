// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opens every window and dialog of the console in every shipped language and fails when two things
// that are on screen together answer the same Alt+letter: the second one is unreachable from the
// keyboard, and in a form the user lands in the wrong field.
#include "about/aboutdialog.h"
#include "about/helpmenu.h"
#include "bankrecipientdialog.h"
#include "batchespage.h"
#include "columnmappingdialog.h"
#include "directorysettingsdialog.h"
#include "directorytab.h"
#include "domain/batch.h"
#include "firstrun/firstrunpage.h"
#include "i18n/languagemenu.h"
#include "i18n/translationloader.h"
#include "mainwindow.h"
#include "models/frozenbody.h"
#include "payeedialog.h"
#include "profiles/profileeditordialog.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "settings/settings.h"
#include "submitreviewdialog.h"
#include "walletrecipientdialog.h"
#include "workspace/approvalspage.h"
#include "workspace/workspacedialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

// One thing a mnemonic reaches, and where it sits: the pages of stacked widgets (tab pages) it is on.
// Two items on different pages of the same stack are never on screen together.
struct Item
{
    QString text;
    QString kind;
    QKeySequence key;
    QList<std::pair<const QStackedWidget *, int>> pages;
};

QList<std::pair<const QStackedWidget *, int>> pagesOf(const QWidget *widget, const QWidget *root)
{
    QList<std::pair<const QStackedWidget *, int>> pages;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (const auto *stack = qobject_cast<const QStackedWidget *>(w->parentWidget()))
            pages.append({stack, stack->indexOf(const_cast<QWidget *>(w))});
    }
    return pages;
}

// Hidden on purpose (a collapsed panel, a banner for another environment), as opposed to hidden
// only because another tab page is shown.
bool canBeShown(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (w->isHidden() && !qobject_cast<const QStackedWidget *>(w->parentWidget()))
            return false;
    }
    return true;
}

bool onScreenTogether(const Item &a, const Item &b)
{
    for (const auto &[stack, page] : a.pages) {
        for (const auto &[otherStack, otherPage] : b.pages) {
            if (stack == otherStack && page != otherPage)
                return false;
        }
    }
    return true;
}

void add(QList<Item> &items, const QString &text, const QString &kind, const QWidget *widget, const QWidget *root)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        items.append({text, kind, key, widget ? pagesOf(widget, root) : decltype(Item::pages){}});
}

// Everything with a mnemonic in one window: labels with a buddy, buttons, check boxes, group boxes,
// tabs and the menu bar's titles (Qt's own dialog buttons are QPushButtons too).
QList<Item> windowItems(const QWidget *root)
{
    QList<Item> items;
    const auto inWindow = [root](const QWidget *w) { return w->window() == root && canBeShown(w, root); };
    for (const auto *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && inWindow(label))
            add(items, label->text(), QStringLiteral("label"), label, root);
    }
    for (const auto *button : root->findChildren<QAbstractButton *>()) {
        if (inWindow(button))
            add(items, button->text(), QString::fromLatin1(button->metaObject()->className()), button, root);
    }
    for (const auto *group : root->findChildren<QGroupBox *>()) {
        if (inWindow(group))
            add(items, group->title(), QStringLiteral("group box"), group, root);
    }
    for (const auto *tabs : root->findChildren<QTabBar *>()) {
        if (!inWindow(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                add(items, tabs->tabText(i), QStringLiteral("tab"), tabs, root);
        }
    }
    for (const auto *bar : root->findChildren<QMenuBar *>()) {
        if (!inWindow(bar))
            continue;
        for (const QAction *action : bar->actions()) {
            if (action->isVisible())
                add(items, action->text(), QStringLiteral("menu"), nullptr, root);
        }
    }
    return items;
}

// The entries of one menu: there the letter alone chooses an entry.
QList<Item> menuItems(const QMenu *menu)
{
    QList<Item> items;
    for (const QAction *action : menu->actions()) {
        if (action->isVisible() && !action->isSeparator())
            add(items, action->text(), QStringLiteral("menu entry"), nullptr, nullptr);
    }
    return items;
}

QStringList clashes(const QString &scope, const QList<Item> &items)
{
    QStringList found;
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            const Item &a = items.at(i);
            const Item &b = items.at(j);
            if (a.key == b.key && onScreenTogether(a, b)) {
                found.append(QStringLiteral("%1: %2 \"%3\" and %4 \"%5\" share %6")
                                 .arg(scope, a.kind, a.text, b.kind, b.text, a.key.toString()));
            }
        }
    }
    return found;
}

QStringList windowAndMenuClashes(const QString &language, const QWidget *window)
{
    const QString name =
        window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className()) : window->objectName();
    const QString scope = QStringLiteral("[%1] %2").arg(language, name);
    QStringList found = clashes(scope, windowItems(window));
    for (const QMenu *menu : window->findChildren<QMenu *>())
        found += clashes(scope + QStringLiteral(" > menu \"%1\"").arg(menu->title()), menuItems(menu));
    return found;
}

} // namespace

class TestConsoleMnemonics final : public QObject
{
    Q_OBJECT

private slots:
    void everyWindow_language_hasNoMnemonicClash_data();
    void everyWindow_language_hasNoMnemonicClash();
    void clashes_twoButtonsOneLetter_areReported();
};

void TestConsoleMnemonics::everyWindow_language_hasNoMnemonicClash_data()
{
    QTest::addColumn<QLocale>("locale");
    for (const auto &language : TranslationLoader::availableLanguages())
        QTest::newRow(qPrintable(language.code)) << QLocale(language.code);
}

void TestConsoleMnemonics::everyWindow_language_hasNoMnemonicClash()
{
    QFETCH(QLocale, locale);
    TranslationLoader translations(*QCoreApplication::instance());
    const QString language = translations.install(locale);
    QCOMPARE(language, QString::fromLatin1(QTest::currentDataTag()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore secrets;
    ConsoleServices::Options options;
    options.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    options.secrets = &secrets;
    options.sandboxExecutable = dir.filePath(QStringLiteral("no-sandbox")); // the sandbox is not started
    options.sandboxStateFile = dir.filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxLogFile = dir.filePath(QStringLiteral("sandbox.log"));
    QString error;
    auto services = ConsoleServices::create(options, &error);
    QVERIFY2(services, qPrintable(error));

    QStringList found;
    {
        // The window as ui/main.cpp assembles it: Batches page, Directory page, welcome page, Help and
        // Language menus, the Workspace entry and (in a team workspace) the Approvals page.
        MainWindow window(*services);
        BatchesPage::add(window, *services);
        DirectoryTab::add(window, *services);
        window.addPage(new ApprovalsPage(*services, window.dialogs(), &window), QIcon(), ApprovalsPage::tabTitle());
        auto *welcome = new FirstRunPage(services->settings().filePath(), &window);
        window.addPage(welcome, QIcon(), FirstRunPage::tabTitle());
        window.menuBar()->addMenu(new HelpMenu(&window));
        auto *languages = new LanguageMenu(services->settings(), &window);
        auto *profiles = window.findChild<QAction *>(QStringLiteral("profilesAction"));
        QVERIFY(profiles);
        for (QObject *owner : profiles->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner)) {
                menu->addMenu(languages);
                menu->addAction(new QAction(WorkspaceDialog::actionText(), &window));
            }
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(windowItems(&window).size() > 10);
        found += windowAndMenuClashes(language, &window);

        const DetailValidator validator(ReferenceData::builtin());
        BankRecipientDialog bank(validator, QStringLiteral("PHP"), &window);
        WalletRecipientDialog wallet(validator, QStringLiteral("BRL"), &window);
        AboutDialog about(&window);

        QNetworkAccessManager network;
        ProfileEditorDialog profilesDialog(&services->settings(), &secrets, &network, &window);
        profilesDialog.show();
        QTest::mouseClick(profilesDialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        auto *setSecret = profilesDialog.findChild<QPushButton *>(QStringLiteral("setSecretButton"));
        QVERIFY(setSecret);
        QTest::mouseClick(setSecret, Qt::LeftButton);
        QVERIFY(profilesDialog.findChild<QWidget *>(QStringLiteral("secretEntry"))->isVisible());

        ColumnMappingDialog mapping(QStringLiteral("payouts.csv"),
                                    {QStringLiteral("order"), QStringLiteral("amount"), QStringLiteral("name")},
                                    {Field::MchOrderId, Field::Amount, std::nullopt}, &window);

        Batch batch(validator,
                    BatchHeader{RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                                QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://example.com/n")});
        const Profile production = Profile::create(QStringLiteral("Live"), Profile::Environment::Production);
        SubmitReviewDialog review(batch, 2, production, FrozenBody::write(batch), &window);
        QVERIFY(review.findChild<QWidget *>(QStringLiteral("confirmTotalEdit")));

        PayeeDialog payee(
            Payee{}, [](QWidget *, const PayoutDetail &) { return std::optional<PayoutDetail>(); }, &window);
        DirectorySettingsDialog directorySettings(30, &window);
        BankRecipientDialog payeeAccount(validator, QStringLiteral("PHP"), &window);
        payeeAccount.setAccountOnly(true);
        WorkspaceSetting team;
        team.kind = WorkspaceSetting::Kind::TeamDatabase;
        WorkspaceDialog workspace(team, *window.dialogs(), &window);

        const QList<QDialog *> dialogs{&bank,   &wallet, &about,     &profilesDialog,    &mapping,
                                       &review, &payee,  &workspace, &directorySettings, &payeeAccount};
        for (QDialog *dialog : dialogs) {
            dialog->show();
            found += windowAndMenuClashes(language, dialog);
            dialog->hide();
        }
    }
    // One line each: QVERIFY2 would cut a long list.
    for (const QString &clash : std::as_const(found))
        qWarning("%s", qPrintable(clash));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 mnemonic clash(es), listed above").arg(found.size())));
}

void TestConsoleMnemonics::clashes_twoButtonsOneLetter_areReported()
{
    // The check itself: two buttons on one page clash, the same letters on two tab pages do not.
    QWidget window;
    window.setObjectName(QStringLiteral("probe"));
    auto *tabs = new QTabWidget(&window);
    auto *first = new QWidget;
    auto *second = new QWidget;
    tabs->addTab(first, QStringLiteral("&One"));
    tabs->addTab(second, QStringLiteral("&Two"));
    new QPushButton(QStringLiteral("&Pay"), first);
    new QPushButton(QStringLiteral("&Pay again"), second);
    QCOMPARE(windowAndMenuClashes(QStringLiteral("en"), &window), QStringList());

    new QPushButton(QStringLiteral("&Print"), first);
    const QStringList found = windowAndMenuClashes(QStringLiteral("en"), &window);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QStringLiteral("[en] probe")), qPrintable(found.first()));
    QVERIFY2(found.first().contains(QStringLiteral("\"&Pay\"")) && found.first().contains(QStringLiteral("\"&Print\"")),
             qPrintable(found.first()));

    QMenu menu(QStringLiteral("&File"), &window);
    menu.addAction(QStringLiteral("&Save"));
    menu.addAction(QStringLiteral("&Submit"));
    QCOMPARE(windowAndMenuClashes(QStringLiteral("en"), &window).size(), 2);
}

QTEST_MAIN(TestConsoleMnemonics)
#include "tst_consolemnemonics.moc"
