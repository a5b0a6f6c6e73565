// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamaudit.h"

#include "journal/journal.h"

#include <QSqlQuery>

namespace Lesspay::Core {

TeamAudit::TeamAudit(const Journal &journal)
    : m_journal(journal)
{}

QList<TeamAudit::Entry> TeamAudit::entries(const QString &requestId) const
{
    QList<Entry> out;
    if (!m_journal.isTeamWorkspace())
        return out;
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT (extract(epoch FROM a.at) * 1000)::bigint, a.actor, a.action, a.detail FROM "
                             "audit_log a JOIN batches b ON b.id = a.batch_id WHERE b.request_id = ? ORDER BY a.id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

TeamAudit::People TeamAudit::people(const QString &requestId) const
{
    return people(entries(requestId));
}

TeamAudit::People TeamAudit::people(const QList<Entry> &entries)
{
    People p;
    for (const Entry &e : entries) {
        if (e.action == QLatin1String("frozen") && p.preparedBy.isEmpty()) {
            p.preparedBy = e.actor;
            p.preparedAt = e.at;
        } else if (e.action == QLatin1String("approve")) {
            p.approvedBy.append(e.actor);
        } else if (e.action == QLatin1String("reject")) {
            p.rejectedBy = e.actor;
            p.rejectComment = e.detail;
        } else if (e.action == QLatin1String("state_sending") && p.sentBy.isEmpty()) {
            p.sentBy = e.actor;
            p.sentAt = e.at;
        }
    }
    return p;
}

QString TeamAudit::summary(const People &p)
{
    if (p.isEmpty())
        return {};
    QStringList parts{tr("Prepared by %1").arg(p.preparedBy)};
    if (!p.approvedBy.isEmpty())
        parts.append(tr("approved by %1").arg(p.approvedBy.join(QStringLiteral(", "))));
    if (!p.rejectedBy.isEmpty())
        parts.append(p.rejectComment.isEmpty() ? tr("rejected by %1").arg(p.rejectedBy)
                                               : tr("rejected by %1 (%2)").arg(p.rejectedBy, p.rejectComment));
    if (!p.sentBy.isEmpty())
        parts.append(tr("sent by %1").arg(p.sentBy));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString TeamAudit::describe(const Entry &e)
{
    const QString a = e.action;
    if (a == QLatin1String("frozen"))
        return tr("%1 froze the batch").arg(e.actor);
    if (a == QLatin1String("approval_requested"))
        return tr("%1 asked for approval").arg(e.actor);
    if (a == QLatin1String("approve"))
        return e.detail.isEmpty() ? tr("%1 approved it").arg(e.actor) : tr("%1 approved it: %2").arg(e.actor, e.detail);
    if (a == QLatin1String("reject"))
        return e.detail.isEmpty() ? tr("%1 rejected it").arg(e.actor) : tr("%1 rejected it: %2").arg(e.actor, e.detail);
    if (a == QLatin1String("approval_approved"))
        return tr("The batch is approved");
    if (a == QLatin1String("approval_rejected"))
        return tr("The batch is rejected");
    if (a == QLatin1String("state_sending"))
        return tr("%1 sent it").arg(e.actor);
    if (a.startsWith(QLatin1String("state_")))
        return tr("%1 recorded the state %2").arg(e.actor, a.mid(6));
    return tr("%1: %2").arg(e.actor, a);
}

} // namespace Lesspay::Core
