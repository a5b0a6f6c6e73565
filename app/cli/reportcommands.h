// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace Lesspay::Cli {

// lesspay-cli report REQUEST_ID --pdf FILE and advice REQUEST_ID --dir D (or --pdf FILE): the
// batch report and the payment advice of a submitted batch as PDF files, in the user's
// language, from the journal. They lay out text, so they run in a QGuiApplication; every other
// command keeps its QCoreApplication.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    struct Options
    {
        QCommandLineOption pdf;
        QCommandLineOption dir;
        QCommandLineOption pageSize;
        QCommandLineOption payer;
    };

    // A QGuiApplication, on the offscreen platform unless QT_QPA_PLATFORM names another, when the
    // command is report or advice; a QCoreApplication otherwise. The command is the first argument
    // that is a command's name and not an option.
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
    static bool handles(const QString &command);
    static Options addOptions(QCommandLineParser &parser);
    static QString helpText();

    ReportCommands(QTextStream &out, QTextStream &err);
    ~ReportCommands();

    // Runs report or advice with the parsed arguments; returns the exit code (CliCommands::ExitCode).
    int run(const QCommandLineParser &parser, const Options &options, const QString &journalPath,
            const QString &settingsPath);

private:
    int report(const QString &requestId, const QString &pdf, const QString &pageSize);
    int advice(const QString &requestId, const QString &dir, const QString &pdf, const QString &pageSize,
               const QString &payer);
    bool open(const QString &requestId, const QString &journalPath, const QString &settingsPath);

    QTextStream &m_out;
    QTextStream &m_err;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Lesspay::Cli
