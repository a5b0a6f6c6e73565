// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalnotifier.h"

#include "journal/journal.h"
#include "journal/sqltransaction.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Lesspay::Core {

Q_LOGGING_CATEGORY(lcJournalNotifier, "lesspay.journal.notifier")

namespace {

// Payloads: "draft:<id>", "batch:<id>:<request_id>", "approval:<batch id>:<request_id>".
// pg_notify sends one notification per distinct payload per transaction, so a statement that
// updates ten thousand details of one batch sends one.
QStringList triggerStatements(bool teamLayer)
{
    QStringList s{
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "DECLARE r record; "
                       "BEGIN "
                       "IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
                       "IF TG_TABLE_NAME = 'drafts' THEN PERFORM pg_notify('lesspay_journal', 'draft:' || r.id); "
                       "ELSIF TG_TABLE_NAME = 'batches' THEN "
                       "PERFORM pg_notify('lesspay_journal', 'batch:' || r.id || ':' || r.request_id); "
                       "ELSE PERFORM pg_notify('lesspay_journal', 'approval:' || r.batch_id || ':' || "
                       "COALESCE((SELECT request_id FROM batches WHERE id = r.batch_id), '')); "
                       "END IF; RETURN NULL; END $$"),
        // Details change in bulk while a batch is paid: one notification per batch and statement.
        QStringLiteral("CREATE OR REPLACE FUNCTION lesspay_notify_details() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN PERFORM pg_notify('lesspay_journal', 'batch:' || b.id || ':' || b.request_id) "
                       "FROM batches b WHERE b.id IN (SELECT DISTINCT batch_id FROM changed); "
                       "RETURN NULL; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS lesspay_notify ON drafts"),
        QStringLiteral("CREATE TRIGGER lesspay_notify AFTER INSERT OR UPDATE OR DELETE ON drafts FOR EACH ROW "
                       "EXECUTE FUNCTION lesspay_notify_change()"),
        QStringLiteral("DROP TRIGGER IF EXISTS lesspay_notify ON batches"),
        QStringLiteral("CREATE TRIGGER lesspay_notify AFTER INSERT OR UPDATE OR DELETE ON batches FOR EACH ROW "
                       "EXECUTE FUNCTION lesspay_notify_change()"),
        QStringLiteral("DROP TRIGGER IF EXISTS lesspay_notify ON batch_details"),
        QStringLiteral("CREATE TRIGGER lesspay_notify AFTER UPDATE ON batch_details REFERENCING NEW TABLE AS changed "
                       "FOR EACH STATEMENT EXECUTE FUNCTION lesspay_notify_details()"),
    };
    if (teamLayer) {
        s << QStringLiteral("DROP TRIGGER IF EXISTS lesspay_notify ON approvals")
          << QStringLiteral("CREATE TRIGGER lesspay_notify AFTER INSERT OR UPDATE OR DELETE ON approvals FOR EACH ROW "
                            "EXECUTE FUNCTION lesspay_notify_change()");
    }
    return s;
}

bool hasApprovals(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT to_regclass('approvals') IS NOT NULL")) && q.next() && q.value(0).toBool();
}

// How many of the notifying triggers exist.
int triggerCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'lesspay_notify' AND NOT tgisinternal"))
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

JournalNotifier::JournalNotifier(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &JournalNotifier::journalChanged);
    if (!journal.isServer())
        return;
    QSqlDriver *driver = journal.database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, payload.toString(), source == QSqlDriver::SelfSource);
            });
    m_active = driver->subscribeToNotification(QLatin1String(Channel));
    if (!m_active)
        qCWarning(lcJournalNotifier) << "cannot listen for changes:" << driver->lastError().text();
}

void JournalNotifier::resubscribe()
{
    if (!m_journal.isServer())
        return;
    QSqlDriver *driver = m_journal.database().driver();
    if (!driver)
        return;
    // A new connection has no LISTEN of the old one; the driver forgot it when it closed.
    if (!driver->subscribedToNotifications().contains(QLatin1String(Channel)))
        m_active = driver->subscribeToNotification(QLatin1String(Channel));
    if (!m_active)
        qCWarning(lcJournalNotifier) << "cannot listen for changes again:" << driver->lastError().text();
    m_coalesce.start();
}

JournalNotifier::~JournalNotifier()
{
    if (!m_active)
        return;
    if (QSqlDriver *driver = m_journal.database().driver())
        driver->unsubscribeFromNotification(QLatin1String(Channel));
}

void JournalNotifier::onNotification(const QString &name, const QString &payload, bool self)
{
    // This connection's own changes are known already: whoever made them told its views.
    if (self || name != QLatin1String(Channel))
        return;
    const QStringList parts = payload.split(u':');
    bool ok = false;
    const qint64 id = parts.value(1).toLongLong(&ok);
    if (!ok)
        return;
    const QString requestId = parts.mid(2).join(u':');
    const QString &kind = parts.first();
    if (kind == QLatin1String("draft"))
        emit draftChanged(id);
    else if (kind == QLatin1String("batch"))
        emit batchChanged(id, requestId);
    else if (kind == QLatin1String("approval"))
        emit approvalChanged(id, requestId);
    else
        return;
    m_coalesce.start();
}

bool JournalNotifier::installTriggers(Journal &journal, QString *error)
{
    if (!journal.isServer())
        return true;
    QSqlDatabase db = journal.database();
    SqlTransaction tx(db);
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(db);
    for (const QString &statement : triggerStatements(hasApprovals(db))) {
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    q.finish();
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

void JournalNotifier::ensureTriggers(Journal &journal)
{
    if (!journal.isServer())
        return;
    const QSqlDatabase db = journal.database();
    const int expected = hasApprovals(db) ? 4 : 3;
    if (triggerCount(db) >= expected)
        return;
    QString error;
    if (!installTriggers(journal, &error))
        qCInfo(lcJournalNotifier) << "no change notifications from this database until its owner opens it:" << error;
}

} // namespace Lesspay::Core
