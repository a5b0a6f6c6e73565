// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batcheditor.h"
#include "directory/payeedirectory.h"
#include "directorypage.h"
#include "directorysettingsdialog.h"
#include "directorytab.h"
#include "mainwindow.h"
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "settings/settings.h"

#include <QAction>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

// The Directory page in the console window: reached from a batch row, and its warning setting.
class tst_DirectoryTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editorPayeeRequested_switchesToPageAndSelectsPayee();
    void warningSettingsAction_dialogAccepted_savedAndApplied();
    void warningSettingsAction_dialogCancelled_nothingChanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    DirectoryPage *m_page = nullptr;
};

void tst_DirectoryTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<MemorySecretStore>();
    ConsoleServices::Options options;
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
    options.secrets = m_secrets.get();
    options.sandboxExecutable = m_dir->filePath(QStringLiteral("no-sandbox")); // the sandbox is not started
    options.sandboxStateFile = m_dir->filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxLogFile = m_dir->filePath(QStringLiteral("sandbox.log"));
    QString error;
    m_services = ConsoleServices::create(options, &error);
    QVERIFY2(m_services, qPrintable(error));
    m_dialogs = std::make_unique<ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->setDialogs(m_dialogs.get());
    m_page = DirectoryTab::add(*m_window, *m_services);
    QVERIFY(m_page);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DirectoryTab::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_services.reset();
    m_secrets.reset();
    m_dir.reset();
}

void tst_DirectoryTab::editorPayeeRequested_switchesToPageAndSelectsPayee()
{
    Payee ana;
    ana.name = QStringLiteral("Ana Reyes");
    Payee ben;
    ben.name = QStringLiteral("Ben Cruz");
    QVERIFY(m_services->directory().addPayee(ana));
    const std::optional<Payee> saved = m_services->directory().addPayee(ben);
    QVERIFY(saved);
    QVERIFY(m_window->pages()->currentWidget() != m_page);
    Q_EMIT m_window->editor()->payeeRequested(saved->id);
    QCOMPARE(m_window->pages()->currentWidget(), m_page);
    QCOMPARE(m_page->currentPayeeId(), saved->id);
    QVERIFY(m_page->detailsText().startsWith(QStringLiteral("Ben Cruz")));
}

void tst_DirectoryTab::warningSettingsAction_dialogAccepted_savedAndApplied()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("payeeWarningSettingsAction"));
    QVERIFY(action);
    // It sits in the Settings menu, beside Profiles.
    const QList<QObject *> owners = action->associatedObjects();
    QVERIFY(std::any_of(owners.cbegin(), owners.cend(), [](QObject *o) { return qobject_cast<QMenu *>(o); }));
    int shown = 0;
    m_dialogs->answer = [&shown](QDialog &dialog) {
        auto *settings = qobject_cast<DirectorySettingsDialog *>(&dialog);
        if (!settings)
            return int(QDialog::Rejected);
        auto *days = settings->findChild<QSpinBox *>(QStringLiteral("payeeChangeDaysSpin"));
        shown = days->value();
        days->selectAll();
        QTest::keyClicks(days, QStringLiteral("90"));
        return int(QDialog::Accepted);
    };
    action->trigger();
    QCOMPARE(shown, PayeeDirectory::DefaultChangeWindowDays);
    QCOMPARE(m_services->directory().changeWindowDays(), 90);
    QCOMPARE(Settings(m_services->settings().filePath()).payeeChangeWarningDays(), 90);
}

void tst_DirectoryTab::warningSettingsAction_dialogCancelled_nothingChanges()
{
    m_dialogs->answer = [](QDialog &dialog) {
        if (auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("payeeChangeDaysSpin")))
            days->setValue(5);
        return int(QDialog::Rejected);
    };
    m_window->findChild<QAction *>(QStringLiteral("payeeWarningSettingsAction"))->trigger();
    QVERIFY(m_dialogs->seen.last().startsWith(QStringLiteral("directorySettingsDialog: ")));
    QCOMPARE(m_services->directory().changeWindowDays(), PayeeDirectory::DefaultChangeWindowDays);
    QCOMPARE(Settings(m_services->settings().filePath()).payeeChangeWarningDays(),
             PayeeDirectory::DefaultChangeWindowDays);
}

QTEST_MAIN(tst_DirectoryTab)
#include "tst_directorytab.moc"
