// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace Lesspay::Cli {

// The team workspace from a terminal: `workspace init` (schema, roles and first admin on an
// empty PostgreSQL database), `workspace import` (a personal journal copied in, idempotent), `approvals` (what waits
// for me), `request-approval`, `approve` and `reject`. The server decides who may do what; these commands ask it and
// say its answer.
class WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)

public:
    struct Options
    {
        QCommandLineOption admin;
        QCommandLineOption adminPasswordEnv;
        QCommandLineOption comment;
        QCommandLineOption from;
    };

    static bool handles(const QString &command);
    static Options addOptions(QCommandLineParser &parser);
    static QString helpText();

    WorkspaceCommands(QTextStream &out, QTextStream &err);

    // journal: the workspace's postgresql:// URL (--db or --journal); returns the exit code.
    int run(const QStringList &args, const QCommandLineParser &parser, const Options &options, const QString &journal);

private:
    int init(const QString &url, const QString &admin, const QString &passwordEnv);
    int import(const QString &from, const QString &url);
    int list(const QString &url);
    int request(const QString &url, const QString &requestId);
    int decide(const QString &url, const QString &requestId, bool approve, const QString &comment);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Lesspay::Cli
