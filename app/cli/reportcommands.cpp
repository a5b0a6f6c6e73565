// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "cli/clicommands.h"
#include "cli/cliconnection.h"
#include "cli/exitcodes.h"
#include "i18n/translationloader.h"
#include "journal/journal.h"
#include "printing/pdfexport.h"
#include "reports/batchreportbuilder.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <algorithm>
#include <cstring>

namespace Lesspay::Cli {

namespace {

const QString ReportCommand = QStringLiteral("report");
const QString AdviceCommand = QStringLiteral("advice");

} // namespace

struct ReportCommands::State
{
    std::unique_ptr<Core::Journal> journal;
    std::optional<Core::Profile> profile;
    std::optional<Core::BatchReport> report;
    QLocale locale;
};

std::unique_ptr<QCoreApplication> ReportCommands::createApplication(int &argc, char **argv)
{
    static const char *const commands[] = {"sign", "validate", "submit", "status",
                                           "list", "resume",   "report", "advice"};
    bool gui = false;
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-')
            continue;
        const auto known = std::find_if(std::begin(commands), std::end(commands),
                                        [&](const char *c) { return std::strcmp(c, argv[i]) == 0; });
        if (known != std::end(commands)) {
            gui = std::strcmp(argv[i], "report") == 0 || std::strcmp(argv[i], "advice") == 0;
            break;
        }
    }
    if (!gui)
        return std::make_unique<QCoreApplication>(argc, argv);
    // A PDF needs fonts, not a screen: no display connection, and no failure without one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

bool ReportCommands::handles(const QString &command)
{
    return command == ReportCommand || command == AdviceCommand;
}

ReportCommands::Options ReportCommands::addOptions(QCommandLineParser &parser)
{
    Options o{
        QCommandLineOption({QStringLiteral("pdf")}, tr("report, advice: the PDF file to write."), tr("FILE")),
        QCommandLineOption({QStringLiteral("dir")}, tr("advice: one PDF per paid payout in this folder."), tr("DIR")),
        QCommandLineOption({QStringLiteral("page-size")}, tr("report, advice: a4 or letter (default: the locale's)."),
                           tr("SIZE")),
        QCommandLineOption({QStringLiteral("payer")}, tr("advice: the payer's name (default: the profile's)."),
                           tr("NAME"))};
    parser.addOptions({o.pdf, o.dir, o.pageSize, o.payer});
    return o;
}

QString ReportCommands::helpText()
{
    return tr("\nReports (PDF, from the journal; no display needed):\n"
              "  report REQUEST_ID        write the batch report as a PDF (--pdf FILE [--page-size a4|letter])\n"
              "  advice REQUEST_ID        write a payment advice for each paid payout of a final batch\n"
              "                           (--dir D: one PDF each, or --pdf FILE: a page each; --payer NAME)\n");
}

ReportCommands::ReportCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_state(std::make_unique<State>())
{}

ReportCommands::~ReportCommands() = default;

bool ReportCommands::open(const QString &requestId, const QString &journalPath, const QString &settingsPath)
{
    Core::Settings settings(settingsPath.isEmpty() ? Core::Settings::defaultFilePath() : settingsPath);
    // main() installed the translations for the same locale; the report's paper size follows it too.
    m_state->locale = Core::TranslationLoader::resolveLocale(settings.languageOverride());
    QString error;
    m_state->journal = CliConnection::openJournal(journalPath, &error);
    if (!m_state->journal) {
        m_err << error << Qt::endl;
        return false;
    }
    const std::optional<Core::FrozenBatch> batch = m_state->journal->batch(requestId);
    if (!batch) {
        m_err << tr("no batch %1 in the journal").arg(requestId) << Qt::endl;
        return false;
    }
    m_state->profile = settings.profile(QUuid::fromString(batch->profileId));
    m_state->report = Core::BatchReportBuilder(*m_state->journal).fromJournal(requestId, m_state->profile, &error);
    if (!m_state->report) {
        m_err << error << Qt::endl;
        return false;
    }
    return true;
}

int ReportCommands::run(const QCommandLineParser &parser, const Options &options, const QString &journalPath,
                        const QString &settingsPath)
{
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (args.size() < 2) {
        m_err << tr("%1 needs REQUEST_ID").arg(command) << Qt::endl;
        return ExitCodes::UsageError;
    }
    if (parser.isSet(options.pageSize) && !Printing::PdfExport::pageSizeFromName(parser.value(options.pageSize))) {
        m_err << tr("--page-size must be a4 or letter") << Qt::endl;
        return ExitCodes::UsageError;
    }
    if (command == ReportCommand && !parser.isSet(options.pdf)) {
        m_err << tr("report needs --pdf FILE") << Qt::endl;
        return ExitCodes::UsageError;
    }
    if (command == AdviceCommand && parser.isSet(options.pdf) == parser.isSet(options.dir)) {
        m_err << tr("advice needs either --dir D or --pdf FILE") << Qt::endl;
        return ExitCodes::UsageError;
    }
    if (!open(args.at(1), journalPath, settingsPath))
        return ExitCodes::UsageError;
    if (command == ReportCommand)
        return report(args.at(1), parser.value(options.pdf), parser.value(options.pageSize));
    return advice(args.at(1), parser.value(options.dir), parser.value(options.pdf), parser.value(options.pageSize),
                  parser.value(options.payer));
}

int ReportCommands::report(const QString &requestId, const QString &pdf, const QString &pageSize)
{
    Printing::PdfExport::Options options;
    options.locale = m_state->locale;
    options.pageSize =
        Printing::PdfExport::pageSizeFromName(pageSize).value_or(Printing::PdfExport::defaultPageSize(options.locale));
    QString error;
    if (Printing::PdfExport::writeReport(*m_state->report, pdf, options, &error)
        != Printing::PdfExport::Result::Written) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    m_out << tr("Report of %1 written to %2 (payouts: %3)")
                 .arg(requestId, QDir::toNativeSeparators(pdf), QString::number(m_state->report->lines.size()))
          << Qt::endl;
    return ExitCodes::Ok;
}

int ReportCommands::advice(const QString &requestId, const QString &dir, const QString &pdf, const QString &pageSize,
                           const QString &payer)
{
    const Core::BatchReport &report = *m_state->report;
    if (!report.isFinal) {
        m_err << tr("%1 is not final yet (%2): payment advice is written once nothing can change.")
                     .arg(requestId, report.batchStatus)
              << Qt::endl;
        return ExitCodes::Unresolved;
    }
    const QString payerName =
        !payer.trimmed().isEmpty() ? payer.trimmed() : (m_state->profile ? m_state->profile->payerName : QString());
    if (payerName.isEmpty()) {
        m_err << tr("no payer name: enter one in the profile (Settings > Profiles > Payer name) or pass --payer NAME")
              << Qt::endl;
        return ExitCodes::UsageError;
    }
    const QList<Core::PaymentAdvice> advice = report.advice(payerName);
    if (advice.isEmpty()) {
        m_out << tr("%1 has no paid payouts: no payment advice written.").arg(requestId) << Qt::endl;
        return ExitCodes::Ok;
    }
    Printing::PdfExport::Options options;
    options.locale = m_state->locale;
    options.pageSize =
        Printing::PdfExport::pageSizeFromName(pageSize).value_or(Printing::PdfExport::defaultPageSize(options.locale));
    QString error;
    QStringList written;
    const Printing::PdfExport::Result result =
        dir.isEmpty() ? Printing::PdfExport::writeAdvice(advice, pdf, options, &error)
                      : Printing::PdfExport::writeAdviceFiles(advice, dir, options, &written, &error);
    if (result != Printing::PdfExport::Result::Written) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    for (const QString &file : std::as_const(written))
        m_out << QDir::toNativeSeparators(file) << Qt::endl;
    m_out << tr("Payment advice written to %1 (paid payouts: %2)")
                 .arg(QDir::toNativeSeparators(dir.isEmpty() ? pdf : dir), QString::number(advice.size()))
          << Qt::endl;
    return ExitCodes::Ok;
}

} // namespace Lesspay::Cli
