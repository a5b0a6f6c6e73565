// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecommands.h"

#include "cli/exitcodes.h"
#include "journal/journal.h"
#include "journal/journalimport.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"

#include <QCommandLineParser>

namespace Lesspay::Cli {

namespace {

using Core::TeamApprovals;

const QStringList Commands{QStringLiteral("workspace"), QStringLiteral("approvals"), QStringLiteral("request-approval"),
                           QStringLiteral("approve"), QStringLiteral("reject")};

} // namespace

bool WorkspaceCommands::handles(const QString &command)
{
    return Commands.contains(command);
}

WorkspaceCommands::Options WorkspaceCommands::addOptions(QCommandLineParser &parser)
{
    Options o{QCommandLineOption({QStringLiteral("admin")}, tr("workspace init: the first admin's login."), tr("USER")),
              QCommandLineOption({QStringLiteral("admin-password-env")},
                                 tr("workspace init: read the admin's password from this environment variable."),
                                 tr("VAR")),
              QCommandLineOption({QStringLiteral("comment")}, tr("approve, reject: the reason, kept in the audit log."),
                                 tr("TEXT")),
              QCommandLineOption({QStringLiteral("from")}, tr("workspace import: the personal journal to copy."),
                                 tr("FILE"))};
    parser.addOptions({o.admin, o.adminPasswordEnv, o.comment, o.from});
    return o;
}

QString WorkspaceCommands::helpText()
{
    return tr("\nTeam workspace (PostgreSQL; --db URL, e.g. postgresql://alice@db.example/payouts):\n"
              "  workspace init           create the schema, the roles and the first admin (--admin USER)\n"
              "  workspace import         copy a personal journal in (--from FILE); running it again copies nothing\n"
              "  approvals                list the batches waiting for your approval\n"
              "  request-approval ID      ask for approval of a batch you prepared\n"
              "  approve ID, reject ID    decide on someone else's batch (--comment TEXT)\n");
}

WorkspaceCommands::WorkspaceCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int WorkspaceCommands::run(const QStringList &args, const QCommandLineParser &parser, const Options &options,
                           const QString &journal)
{
    const QString command = args.first();
    if (journal.isEmpty()) {
        m_err << tr("%1 needs --db URL (the team workspace's PostgreSQL database)").arg(command) << Qt::endl;
        return ExitCodes::UsageError;
    }
    if (command == QLatin1String("workspace")) {
        if (args.size() >= 2 && args.at(1) == QLatin1String("import")) {
            if (!parser.isSet(options.from)) {
                m_err << tr("workspace import needs --from FILE (the personal journal)") << Qt::endl;
                return ExitCodes::UsageError;
            }
            return import(parser.value(options.from), journal);
        }
        if (args.size() < 2 || args.at(1) != QLatin1String("init")) {
            m_err << tr("workspace needs a subcommand: init or import") << Qt::endl;
            return ExitCodes::UsageError;
        }
        return init(journal, parser.value(options.admin), parser.value(options.adminPasswordEnv));
    }
    if (command == QLatin1String("approvals"))
        return list(journal);
    if (args.size() < 2) {
        m_err << tr("%1 needs REQUEST_ID").arg(command) << Qt::endl;
        return ExitCodes::UsageError;
    }
    if (command == QLatin1String("request-approval"))
        return request(journal, args.at(1));
    return decide(journal, args.at(1), command == QLatin1String("approve"), parser.value(options.comment));
}

int WorkspaceCommands::init(const QString &url, const QString &admin, const QString &passwordEnv)
{
    QString error;
    std::unique_ptr<Core::Journal> journal = Core::Journal::open(url, &error);
    if (!journal) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    if (!Core::TeamWorkspace::install(*journal, &error)) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    if (!admin.isEmpty()) {
        const QString password = passwordEnv.isEmpty() ? QString() : qEnvironmentVariable(qPrintable(passwordEnv));
        if (!Core::TeamWorkspace::addMember(*journal, admin, Core::TeamWorkspace::Role::Admin, password, &error)) {
            m_err << error << Qt::endl;
            return ExitCodes::UsageError;
        }
    }
    m_out << tr("Team workspace ready on %1 (journal schema %2).").arg(journal->path()).arg(journal->schemaVersion())
          << Qt::endl;
    if (!admin.isEmpty())
        m_out << tr("First admin: %1.").arg(admin) << Qt::endl;
    return ExitCodes::Ok;
}

int WorkspaceCommands::import(const QString &from, const QString &url)
{
    QString error;
    std::unique_ptr<Core::Journal> source = Core::Journal::open(from, &error);
    std::unique_ptr<Core::Journal> target = source ? Core::Journal::open(url, &error) : nullptr;
    if (!source || !target) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    const std::optional<Core::JournalImport::Result> r = Core::JournalImport::run(*source, *target, &error);
    if (!r) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    m_out << tr("Imported %1 batch(es) and %2 draft(s); %3 batch(es) and %4 draft(s) were already there.")
                 .arg(r->batches)
                 .arg(r->drafts)
                 .arg(r->batchesSkipped)
                 .arg(r->draftsSkipped)
          << Qt::endl;
    m_out << tr("Recipient directory: %1 payee(s), %2 account(s) and %3 history entries imported; %4 payee(s) were "
                "already there.")
                 .arg(r->payees)
                 .arg(r->payeeAccounts)
                 .arg(r->payeeChanges)
                 .arg(r->payeesSkipped)
          << Qt::endl;
    return ExitCodes::Ok;
}

int WorkspaceCommands::list(const QString &url)
{
    QString error;
    std::unique_ptr<Core::Journal> journal = Core::Journal::open(url, &error);
    if (!journal) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    const QList<TeamApprovals::Status> waiting = TeamApprovals(*journal).waitingForMe();
    for (const TeamApprovals::Status &s : waiting) {
        m_out << tr("%1  %2 %3  %n payout(s)  prepared by %4", nullptr, s.detailCount)
                     .arg(s.requestId, s.currency, s.totalAmount, s.preparedBy)
              << Qt::endl;
    }
    if (waiting.isEmpty())
        m_out << tr("Nothing waits for your approval.") << Qt::endl;
    return ExitCodes::Ok;
}

int WorkspaceCommands::request(const QString &url, const QString &requestId)
{
    QString error;
    std::unique_ptr<Core::Journal> journal = Core::Journal::open(url, &error);
    if (!journal) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    const std::optional<TeamApprovals::State> state = TeamApprovals(*journal).request(requestId, &error);
    if (!state) {
        m_err << error << Qt::endl;
        return ExitCodes::NeedsPerson;
    }
    m_out << (*state == TeamApprovals::State::Approved
                  ? tr("%1 needs no approval under the workspace's policy: it may be sent.").arg(requestId)
                  : tr("%1 waits for approval.").arg(requestId))
          << Qt::endl;
    return ExitCodes::Ok;
}

int WorkspaceCommands::decide(const QString &url, const QString &requestId, bool approve, const QString &comment)
{
    QString error;
    std::unique_ptr<Core::Journal> journal = Core::Journal::open(url, &error);
    if (!journal) {
        m_err << error << Qt::endl;
        return ExitCodes::UsageError;
    }
    const std::optional<Core::FrozenBatch> batch = journal->batch(requestId);
    if (!batch) {
        m_err << tr("no batch %1 in the workspace").arg(requestId) << Qt::endl;
        return ExitCodes::UsageError;
    }
    // The decision is bound to the body read here, the one shown to whoever runs the command.
    const QString digest = TeamApprovals::bodySha256(batch->body);
    TeamApprovals approvals(*journal);
    const std::optional<TeamApprovals::State> state = approve ? approvals.approve(requestId, digest, comment, &error)
                                                              : approvals.reject(requestId, digest, comment, &error);
    if (!state) {
        m_err << error << Qt::endl;
        return ExitCodes::NeedsPerson;
    }
    switch (*state) {
    case TeamApprovals::State::Approved:
        m_out << tr("%1 approved: it may be sent (%2 %3, body SHA-256 %4).")
                     .arg(requestId, batch->currency, batch->totalAmount, digest)
              << Qt::endl;
        break;
    case TeamApprovals::State::Rejected:
        m_out << tr("%1 rejected: it will not be sent.").arg(requestId) << Qt::endl;
        break;
    default:
        m_out << tr("%1: your approval is recorded; it waits for another approver.").arg(requestId) << Qt::endl;
        break;
    }
    return ExitCodes::Ok;
}

} // namespace Lesspay::Cli
