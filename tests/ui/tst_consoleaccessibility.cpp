// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "settings/localsandboxlauncher.h"
#include "settings/sandboxprocess.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

constexpr int SandboxTimeoutMs = 20000;

// Widgets a user types into, picks from or navigates: they need a name a screen reader can say.
bool isInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractItemView *>(widget);
}

// A line edit inside an editable combo box or a spin box is named through its owner, a header
// through its table.
bool isPartOfAnotherInput(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget))
        return true;
    const QWidget *parent = widget->parentWidget();
    return parent && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent));
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1StringView(widget->metaObject()->className()), widget->objectName());
}

} // namespace

class TestConsoleAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mainWindow_everyVisibleInput_hasAccessibleName();
    void mainWindow_everyVisibleInput_isInTabChain();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    ConsoleServices::Options options;
    options.settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    options.journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
    options.secrets = m_secrets.get();
    options.sandboxExecutable = QStringLiteral(LESSPAY_BINARY_DIR "/app/sandbox/lesspay-sandbox");
    options.sandboxStateFile = m_dir->filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxLogFile = m_dir->filePath(QStringLiteral("sandbox.log"));
    QString error;
    m_services = ConsoleServices::create(options, &error);
    QVERIFY2(m_services, qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_services->launcher().state(), LocalSandboxLauncher::State::Running, SandboxTimeoutMs);
}

void TestConsoleAccessibility::cleanup()
{
    m_window.reset();
    if (m_services && m_services->launcher().process()->isRunning()) {
        QSignalSpy stopped(m_services->launcher().process(), &SandboxProcess::stopped);
        m_services->launcher().stop();
        QVERIFY(stopped.wait(5000));
    }
    m_services.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestConsoleAccessibility::mainWindow_everyVisibleInput_hasAccessibleName()
{
    QStringList unnamed;
    int inputs = 0;
    // Every page of the main tab widget in turn: the draft editor, the batches view, ...
    auto *tabs = m_window->findChild<QTabWidget *>();
    const int pages = tabs ? tabs->count() : 1;
    for (int page = 0; page < pages; ++page) {
        if (tabs)
            tabs->setCurrentIndex(page);
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !isInput(widget) || isPartOfAnotherInput(widget))
                continue;
            ++inputs;
            // What a screen reader says: the accessible name, or the text of the label that is its buddy.
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(describe(widget));
        }
    }
    unnamed.removeDuplicates();
    QVERIFY(inputs > 3);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("inputs without a name: ") + unnamed.join(u", ")));
}

void TestConsoleAccessibility::mainWindow_everyVisibleInput_isInTabChain()
{
    QSet<QWidget *> chain;
    QWidget *widget = m_window.get();
    do {
        chain.insert(widget);
        widget = widget->nextInFocusChain();
    } while (widget && widget != m_window.get());

    QStringList unreachable;
    for (QWidget *input : m_window->findChildren<QWidget *>()) {
        if (!input->isVisible() || !input->isEnabled() || !isInput(input) || isPartOfAnotherInput(input))
            continue;
        if (!(input->focusPolicy() & Qt::TabFocus) || !chain.contains(input))
            unreachable.append(describe(input));
    }
    QVERIFY2(unreachable.isEmpty(),
             qPrintable(QStringLiteral("inputs Tab does not reach: ") + unreachable.join(u", ")));
}

QTEST_MAIN(TestConsoleAccessibility)
#include "tst_consoleaccessibility.moc"
