// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// lesspay-cli: validate, submit and follow payout batches from a terminal or a script, on the
// same core and journal as the console.
#include "cli/clicommands.h"
#include "cli/reportcommands.h"
#include "cli/workspacecommands.h"
#include "i18n/translationloader.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Lesspay::Cli;

namespace {

QCommandLineOption option(const QStringList &names, const QString &description, const QString &value = {},
                          bool hidden = false)
{
    QCommandLineOption o(names, description, value);
    if (hidden)
        o.setFlags(QCommandLineOption::HiddenFromHelp);
    return o;
}

QString helpEpilogue()
{
    return QCoreApplication::translate(
        "lesspay-cli", "\nCommands:\n"
                       "  sign                     read a JSON body on stdin, print its sign string and signature\n"
                       "                           (needs --secret-env VAR; the secret is shown as <appSecret>)\n"
                       "  validate FILE            check a recipient file (--currency C); errors name row and field\n"
                       "  submit FILE              validate, record and send a batch (--profile P --currency C)\n"
                       "                           FILE: CSV or an Excel workbook (.xlsx), told apart by content\n"
                       "  status REQUEST_ID        show a batch from the journal; with --profile, ask Lesspay first\n"
                       "  list                     list the batches in the journal\n"
                       "  resume                   settle every batch an earlier run left unresolved (--profile P)\n"
                       "\nThe secret: read from the system keychain, where the console stores it for the profile.\n"
                       "For automation it may come from the environment variable LESSPAY_APP_SECRET (or the\n"
                       "variable named by --secret-env). That is the less safe choice: other programs of the same\n"
                       "user can read a process's environment, and it tends to end up in shell history and CI logs.\n"
                       "The secret is never written to the journal or printed.\n"
                       "\nA batch is written to the journal before it is sent. When the outcome of a send is unknown\n"
                       "(timeout, lost connection, server error) the batch is looked up by its request_id and, only\n"
                       "if Lesspay says it does not have it, sent again with the same request_id: it is never paid\n"
                       "twice. Killing the program is safe; the next submit, status or resume carries on.\n"
                       "\nExit codes (submit --follow, status, resume; the same with --json, in \"exit_code\"):\n"
                       "  0  every payout paid (submit or resume without --follow: the batch was accepted)\n"
                       "  1  invalid file: validation errors, nothing was submitted\n"
                       "  2  usage or setup error (arguments, unreadable file, no profile or secret)\n"
                       "  3  rejected: Lesspay refused the batch, or its review rejected it (30003)\n"
                       "  4  needs a person: the console stopped (idempotency conflict, not sent)\n"
                       "  5  still unresolved: outcome unknown, or still in review or paying when the wait ended\n"
                       "  6  possible duplicate payment: nothing was submitted (--allow-duplicates sends anyway)\n"
                       "  7  partially paid (PARTIAL_SUCCESS)\n"
                       "  8  failed (FAILED): no payout was paid\n"
                       "resume reports the code that says most over its batches: 4, then 5, 8, 3, 7, 0.\n"
                       "--json prints one JSON object instead of lines: command, result, exit_code, batches\n"
                       "(request_id, state, order_status, totals, details), errors, warnings, possible_duplicates,\n"
                       "validation.\n");
}

} // namespace

int main(int argc, char **argv)
{
    // report and advice lay out text: they get a QGuiApplication, every other command a QCoreApplication.
    const std::unique_ptr<QCoreApplication> app = ReportCommands::createApplication(argc, argv);
    // The console's names (ui/main.cpp), so that the CLI finds the same settings and journal.
    QCoreApplication::setOrganizationName(QStringLiteral("Lesspay"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lesspay.com"));
    QCoreApplication::setApplicationName(QStringLiteral("Lesspay Payout Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LESSPAY_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("lesspay-cli", "Lesspay payouts from the command line.") + helpEpilogue()
        + ReportCommands::helpText() + WorkspaceCommands::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("lesspay-cli", "sign, validate, submit, status, list, "
                                                                            "resume, report or advice"));
    const auto tr = [](const char *text) { return QCoreApplication::translate("lesspay-cli", text); };
    const QCommandLineOption profileOpt = option({QStringLiteral("profile")}, tr("Profile name or id."), tr("P"));
    const QCommandLineOption currencyOpt = option({QStringLiteral("currency")}, tr("Batch currency."), tr("C"));
    const QCommandLineOption wayTypeOpt =
        option({QStringLiteral("way-type")}, tr("way_type (default: profile)."), tr("TYPE"));
    const QCommandLineOption wayCodeOpt =
        option({QStringLiteral("way-code")}, tr("way_code (default: profile)."), tr("CODE"));
    const QCommandLineOption notifyOpt =
        option({QStringLiteral("notify-url")}, tr("notify_url (default: profile)."), tr("URL"));
    const QCommandLineOption baseUrlOpt =
        option({QStringLiteral("base-url")}, tr("API base URL (automation)."), tr("URL"));
    const QCommandLineOption appIdOpt = option({QStringLiteral("appid")}, tr("APPID (automation)."), tr("ID"));
    const QCommandLineOption journalOpt = option({QStringLiteral("journal"), QStringLiteral("db")},
                                                 tr("Journal file (default: the "
                                                    "console's), or a team workspace's postgresql:// URL."),
                                                 tr("FILE"));
    const QCommandLineOption settingsOpt = option({QStringLiteral("settings")},
                                                  tr("Settings file (default: the "
                                                     "console's)."),
                                                  tr("FILE"));
    const QCommandLineOption secretEnvOpt = option(
        {QStringLiteral("secret-env")}, tr("Read the secret from this environment variable (less safe)."), tr("VAR"));
    const QCommandLineOption keychainOpt =
        option({QStringLiteral("keychain-service")}, tr("Keychain service name."), tr("NAME"), true);
    const QCommandLineOption revealOpt =
        option({QStringLiteral("reveal-secret")}, tr("sign: print the secret inside the sign string."));
    const QCommandLineOption commaOpt =
        option({QStringLiteral("decimal-comma")}, tr("Amounts in the file use a decimal comma."));
    const QCommandLineOption followOpt =
        option({QStringLiteral("follow")}, tr("submit, resume: wait until the batch's status is final."));
    const QCommandLineOption jsonOpt =
        option({QStringLiteral("json")}, tr("Print the result as one JSON object (for scripts)."));
    const QCommandLineOption duplicatesOpt =
        option({QStringLiteral("allow-duplicates")}, tr("submit: send even if a recent batch paid the same "
                                                        "recipient and amount."));
    const QCommandLineOption duplicateDaysOpt = option(
        {QStringLiteral("duplicate-days")}, tr("How far back duplicates are looked for (default 30)."), tr("DAYS"));
    const QCommandLineOption waitOpt =
        option({QStringLiteral("wait")}, tr("Longest wait for an outcome in seconds (default 600)."), tr("S"));
    const QCommandLineOption verboseOpt = option({QStringLiteral("verbose")}, tr("Log what the engine does."));
    // Timings for tests; the defaults are the spec's.
    const QCommandLineOption timeoutOpt =
        option({QStringLiteral("timeout-ms")}, tr("Request timeout."), tr("MS"), true);
    const QCommandLineOption backoffBaseOpt =
        option({QStringLiteral("backoff-base-ms")}, tr("Backoff base."), tr("MS"), true);
    const QCommandLineOption backoffCapOpt =
        option({QStringLiteral("backoff-cap-ms")}, tr("Backoff cap."), tr("MS"), true);
    const QCommandLineOption windowOpt =
        option({QStringLiteral("resend-window-ms")}, tr("Resend window."), tr("MS"), true);
    const QCommandLineOption pollOpt = option({QStringLiteral("poll-ms")}, tr("First poll interval."), tr("MS"), true);
    const QCommandLineOption pollMaxOpt = option({QStringLiteral("poll-max-ms")}, tr("Slowest poll."), tr("MS"), true);
    parser.addOptions({profileOpt,       currencyOpt, wayTypeOpt, wayCodeOpt,  notifyOpt,
                       baseUrlOpt,       appIdOpt,    journalOpt, settingsOpt, secretEnvOpt,
                       keychainOpt,      revealOpt,   commaOpt,   followOpt,   duplicatesOpt,
                       duplicateDaysOpt, waitOpt,     verboseOpt, timeoutOpt,  backoffBaseOpt,
                       backoffCapOpt,    windowOpt,   pollOpt,    pollMaxOpt,  jsonOpt});
    const ReportCommands::Options reportOptions = ReportCommands::addOptions(parser);
    const WorkspaceCommands::Options workspaceOptions = WorkspaceCommands::addOptions(parser);
    parser.process(*app);

    // The console's language (its override in the settings, else the system's), as ui/main.cpp loads
    // it; English is loaded too, for the plural forms of counts ("1 error", "2 errors").
    Lesspay::Core::TranslationLoader translations(*app);
    {
        const QString settingsPath = parser.value(settingsOpt);
        const Lesspay::Core::Settings settings(settingsPath.isEmpty() ? Lesspay::Core::Settings::defaultFilePath()
                                                                      : settingsPath);
        translations.install(Lesspay::Core::TranslationLoader::resolveLocale(settings.languageOverride()));
    }

    if (!parser.isSet(verboseOpt))
        QLoggingCategory::setFilterRules(QStringLiteral("lesspay.*.info=false"));

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << parser.helpText() << Qt::endl;
        return ExitCodes::UsageError;
    }
    const QString command = args.first();
    const auto number = [&](const QCommandLineOption &o, qint64 fallback) {
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        return parser.isSet(o) && ok && v >= 0 ? v : fallback;
    };

    CliCommands::BatchOptions batch;
    batch.currency = parser.value(currencyOpt);
    batch.wayType = parser.value(wayTypeOpt);
    batch.wayCode = parser.value(wayCodeOpt);
    batch.notifyUrl = parser.value(notifyOpt);
    batch.decimalComma = parser.isSet(commaOpt);
    batch.allowDuplicates = parser.isSet(duplicatesOpt);
    batch.duplicateDays = int(number(duplicateDaysOpt, 30));
    batch.follow = parser.isSet(followOpt);
    batch.wait = std::chrono::seconds(number(waitOpt, 600));

    CliConnection::Options connection;
    connection.profile = parser.value(profileOpt);
    connection.baseUrl = QUrl(parser.value(baseUrlOpt), QUrl::StrictMode);
    connection.appId = parser.value(appIdOpt);
    connection.journalPath = parser.value(journalOpt);
    connection.settingsPath = parser.value(settingsOpt);
    connection.secretEnv = parser.value(secretEnvOpt);
    connection.keychainService = parser.value(keychainOpt);
    connection.timeout = std::chrono::milliseconds(number(timeoutOpt, 15000));
    connection.engine.backoffBase = std::chrono::milliseconds(number(backoffBaseOpt, 1000));
    connection.engine.backoffCap = std::chrono::milliseconds(number(backoffCapOpt, 30000));
    connection.engine.resendWindow = std::chrono::milliseconds(number(windowOpt, 5 * 60 * 1000));
    connection.engine.pollInitial = std::chrono::milliseconds(number(pollOpt, 3000));
    connection.engine.pollMax = std::chrono::milliseconds(number(pollMaxOpt, 120000));
    const bool hasConnection = parser.isSet(profileOpt) || parser.isSet(baseUrlOpt);

    const ResultPrinter::Format format =
        parser.isSet(jsonOpt) ? ResultPrinter::Format::Json : ResultPrinter::Format::Text;
    CliCommands commands(out, err, format);
    // A usage error on standard error; with --json also as the command's JSON result.
    const auto usage = [&](const QString &message) {
        ResultPrinter printer(out, err, format, command);
        printer.failure(message);
        return format == ResultPrinter::Format::Json ? printer.finish(ExitCodes::UsageError)
                                                     : int(ExitCodes::UsageError);
    };
    const auto needs = [&](const QString &what) {
        return usage(QCoreApplication::translate("lesspay-cli", "%1 needs %2").arg(command, what));
    };
    if (command == QLatin1String("sign"))
        return commands.sign(parser.value(secretEnvOpt), parser.isSet(revealOpt));
    if (command == QLatin1String("validate"))
        return args.size() >= 2 ? commands.validate(args.at(1), batch) : needs(QStringLiteral("FILE"));
    if (command == QLatin1String("submit")) {
        if (args.size() < 2)
            return needs(QStringLiteral("FILE"));
        if (!hasConnection)
            return needs(QStringLiteral("--profile"));
        return commands.submit(args.at(1), batch, connection);
    }
    if (command == QLatin1String("status")) {
        if (args.size() < 2)
            return needs(QStringLiteral("REQUEST_ID"));
        return commands.status(args.at(1), connection.journalPath, hasConnection ? &connection : nullptr, batch.wait);
    }
    if (ReportCommands::handles(command))
        return ReportCommands(out, err).run(parser, reportOptions, connection.journalPath, connection.settingsPath);
    if (WorkspaceCommands::handles(command))
        return WorkspaceCommands(out, err).run(args, parser, workspaceOptions, connection.journalPath);
    if (command == QLatin1String("list"))
        return commands.list(connection.journalPath);
    if (command == QLatin1String("resume")) {
        if (!hasConnection)
            return needs(QStringLiteral("--profile"));
        return commands.resume(connection, batch.wait, batch.follow);
    }
    return usage(QCoreApplication::translate("lesspay-cli", "unknown command %1").arg(command));
}
