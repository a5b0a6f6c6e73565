// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translationloader.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "settings/localsandboxlauncher.h"
#include "settings/sandboxprocess.h"
#include "settings/settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

constexpr int SandboxTimeoutMs = 20000;

// An English source text whose translation differs, as a pattern: %1 and %n stand for anything.
struct Untranslated
{
    QString source;
    QRegularExpression pattern;
};

// Reads the sources the .ts file translates into something else. Sources that are mostly
// placeholders ("%1: %2") would match any text and are left out.
QList<Untranslated> translatedSources(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Untranslated> result;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            translations.clear();
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && (xml.name() == u"translation" || xml.name() == u"numerusform")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                translations.append(text);
        } else if (xml.isEndElement() && xml.name() == u"message") {
            static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
            QString letters = source;
            letters.remove(placeholder);
            if (translations.contains(source) || letters.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 4)
                continue;
            QString pattern = QRegularExpression::escape(source);
            pattern.replace(QRegularExpression(QStringLiteral("%(\\d+|n)")), QStringLiteral(".+"));
            result.append({source, QRegularExpression(QStringLiteral("\\A") + pattern + QStringLiteral("\\z"),
                                                      QRegularExpression::DotMatchesEverythingOption)});
        }
    }
    return result;
}

// Everything a user can read in the window: labels, buttons, menus and actions, tabs, group
// titles, placeholders, tooltips, table headers and cells.
QStringList visibleTexts(const QWidget &window)
{
    QStringList texts{window.windowTitle()};
    for (const auto *label : window.findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const auto *button : window.findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (const auto *action : window.findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    for (const auto *menu : window.findChildren<QMenu *>())
        texts << menu->title();
    for (const auto *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i) << tabs->tabToolTip(i);
    }
    for (const auto *group : window.findChildren<QGroupBox *>())
        texts << group->title();
    for (const auto *edit : window.findChildren<QLineEdit *>())
        texts << edit->placeholderText() << edit->toolTip();
    for (const auto *view : window.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
            }
        }
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace

class TestConsoleLocale final : public QObject
{
    Q_OBJECT

private slots:
    void translatedLocale_mainWindow_showsNoEnglishSourceText_data();
    void translatedLocale_mainWindow_showsNoEnglishSourceText();
};

void TestConsoleLocale::translatedLocale_mainWindow_showsNoEnglishSourceText_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("zh_CN")
                           << QStringLiteral("文件(&F)");
    QTest::newRow("id") << QLocale(QLocale::Indonesian, QLocale::Indonesia) << QStringLiteral("id")
                        << QStringLiteral("&Berkas");
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << QStringLiteral("pt_BR")
                           << QStringLiteral("&Arquivo");
}

void TestConsoleLocale::translatedLocale_mainWindow_showsNoEnglishSourceText()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    const QList<Untranslated> sources =
        translatedSources(QStringLiteral(LESSPAY_SOURCE_DIR "/translations/lesspay_%1.ts").arg(language));
    QVERIFY(sources.size() > 100);

    TranslationLoader translations(*QCoreApplication::instance());
    QCOMPARE(translations.install(locale), language);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore secrets;
    ConsoleServices::Options options;
    options.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    options.secrets = &secrets;
    options.sandboxExecutable = QStringLiteral(LESSPAY_BINARY_DIR "/app/sandbox/lesspay-sandbox");
    options.sandboxStateFile = dir.filePath(QStringLiteral("sandbox-state.json"));
    options.sandboxLogFile = dir.filePath(QStringLiteral("sandbox.log"));
    QString error;
    auto services = ConsoleServices::create(options, &error);
    QVERIFY2(services, qPrintable(error));
    {
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(services->launcher().state(), LocalSandboxLauncher::State::Running, SandboxTimeoutMs);

        // An empty bank row shows the validation messages of every required field.
        auto *addBankRow = window.findChild<QAction *>(QStringLiteral("addBankRowAction"));
        QVERIFY(addBankRow);
        addBankRow->trigger();

        const QStringList texts = visibleTexts(window);
        QVERIFY(texts.size() > 20);
        QStringList english;
        for (const QString &text : texts) {
            for (const auto &source : sources) {
                if (source.pattern.match(text).hasMatch())
                    english.append(QStringLiteral("\"%1\" (source \"%2\")").arg(text, source.source));
            }
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));

        const auto menus = window.findChildren<QMenu *>();
        const bool hasTranslatedFileMenu =
            std::any_of(menus.cbegin(), menus.cend(), [&](const QMenu *menu) { return menu->title() == fileMenu; });
        QVERIFY(hasTranslatedFileMenu);
    }
    QSignalSpy stopped(services->launcher().process(), &SandboxProcess::stopped);
    if (services->launcher().process()->isRunning()) {
        services->launcher().stop();
        QVERIFY(stopped.wait(5000));
    }
}

QTEST_MAIN(TestConsoleLocale)
#include "tst_consolelocale.moc"
