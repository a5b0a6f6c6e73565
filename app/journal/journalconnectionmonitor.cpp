// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalconnectionmonitor.h"

#include "journal/journal.h"
#include "journal/sqldialect.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>
#include <memory>
#include <sys/socket.h>

namespace Lesspay::Core {

Q_LOGGING_CATEGORY(lcConnectionMonitor, "lesspay.journal.connection")

namespace {

// The libpq connection under a QPSQL connection (QSqlDriver::handle()); null otherwise.
PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // PGconn is a typedef of struct pg_conn: the type is registered under the struct's name.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// The peer closed the socket and nothing is left to read before the end.
bool serverClosed(int fd)
{
    if (fd < 0)
        return true;
    char byte = 0;
    return ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

} // namespace

JournalConnectionMonitor::JournalConnectionMonitor(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &JournalConnectionMonitor::attempt);
    watchSocket();
}

JournalConnectionMonitor::~JournalConnectionMonitor()
{
    if (!m_probe)
        return;
    // The probe holds nothing of this object: it may finish on its own, and deletes itself.
    disconnect(m_probe, nullptr, this, nullptr);
    m_probe->wait(QDeadlineTimer(2000));
}

void JournalConnectionMonitor::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = std::max(firstMs, maxMs);
    m_nextRetryMs = firstMs;
}

QString JournalConnectionMonitor::reason(State state)
{
    switch (state) {
    case State::Connected:
        return {};
    case State::Reconnecting:
        return tr("The team database cannot be reached: nothing is sent until the connection is back.");
    case State::Refused:
        return tr("The team database refuses this login (password or role changed): nothing is sent until it "
                  "accepts it again.");
    case State::SchemaNewer:
        return tr("The team database was upgraded by a newer version of the console: update this console. "
                  "Nothing is written meanwhile.");
    }
    return {};
}

bool JournalConnectionMonitor::check(const QString &detail)
{
    if (!m_journal.isServer())
        return true;
    if (m_state != State::Connected)
        return false;
    // QPSQL's isOpen() is libpq's status: bad once a read or write on the socket failed. A query
    // refused for a reason of its own leaves it good.
    QSqlDatabase db = m_journal.database();
    if (db.isOpen())
        return true;
    lose(detail.isEmpty() ? db.driver()->lastError().text() : detail);
    return false;
}

bool JournalConnectionMonitor::isRefusedLogin(const QString &message)
{
    // libpq gives no SQLSTATE for a failed connection: these are the server's words for a login
    // it refuses (28P01 invalid_password, 28000 invalid_authorization_specification, 42501 for
    // a database whose CONNECT was revoked) and libpq's for a certificate that does not match.
    static const char *const refusals[] = {"password",    "not permitted to log in", "does not exist",
                                           "pg_hba.conf", "permission denied",       "authentication",
                                           "certificate"};
    for (const char *r : refusals) {
        if (message.contains(QLatin1String(r), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void JournalConnectionMonitor::watchSocket()
{
    delete std::exchange(m_socket, nullptr);
    if (!m_journal.isServer() || m_state != State::Connected)
        return;
    PGconn *connection = connectionOf(m_journal.database());
    const int fd = connection ? PQsocket(connection) : -1;
    if (fd < 0)
        return;
    // The server says goodbye on the socket (a restart sends FATAL, then closes it): that wakes
    // this notifier as it wakes the driver's, which reads the notifications. Nothing is polled.
    m_socket = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_socket, &QSocketNotifier::activated, this, &JournalConnectionMonitor::onSocketActivated);
}

void JournalConnectionMonitor::onSocketActivated()
{
    // Quiet until looked at: the driver's own notifier reads the socket in the same turn (and
    // libpq closes it once it reads the end), so the look waits for the next turn.
    m_socket->setEnabled(false);
    QTimer::singleShot(0, this, [this] {
        if (!m_socket || m_state != State::Connected)
            return;
        QSqlDatabase db = m_journal.database();
        PGconn *connection = connectionOf(db);
        // Not LISTENing: nobody else reads what arrives, and unread it would wake this again.
        if (connection && db.driver()->subscribedToNotifications().isEmpty())
            PQconsumeInput(connection);
        const QString detail = connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QString();
        if (!check(detail))
            return;
        // libpq has not read the end yet: the server's FATAL came first, the end waits behind it.
        if (connection && serverClosed(PQsocket(connection))) {
            lose(detail.isEmpty() ? tr("The server closed the connection.") : detail);
            return;
        }
        m_socket->setEnabled(true);
    });
}

void JournalConnectionMonitor::lose(const QString &detail)
{
    if (m_state != State::Connected)
        return;
    qCWarning(lcConnectionMonitor) << "the journal's connection was lost:" << detail;
    delete std::exchange(m_socket, nullptr);
    m_detail = detail;
    m_since = QDateTime::currentMSecsSinceEpoch();
    m_attempts = 0;
    m_nextRetryMs = m_firstRetryMs;
    // Closed until the server is back: every query fails at once instead of on a dead socket.
    m_journal.database().close();
    setState(State::Reconnecting);
    scheduleRetry(m_firstRetryMs);
}

void JournalConnectionMonitor::scheduleRetry(int delayMs)
{
    m_retry.start(delayMs);
    m_nextRetryMs = std::min(delayMs * 2, m_maxRetryMs);
}

void JournalConnectionMonitor::retryNow()
{
    if (m_state == State::Connected || m_probe)
        return;
    m_retry.stop();
    attempt();
}

void JournalConnectionMonitor::attempt()
{
    if (m_probe || m_state == State::Connected)
        return;
    ++m_attempts;
    auto result = std::make_shared<ProbeResult>();
    QThread *thread = QThread::create([location = m_journal.m_location, result] { *result = probe(location); });
    m_probe = thread;
    connect(thread, &QThread::finished, this, [this, result] {
        m_probe = nullptr;
        onProbeFinished(*result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

JournalConnectionMonitor::ProbeResult JournalConnectionMonitor::probe(const QString &location)
{
    ProbeResult r;
    const QString name = QStringLiteral("lesspay-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = SqlDialect::addServerConnection(location, name);
        if (db.open()) {
            r.reached = true;
            r.schema = SqlDialect::schemaVersion(db);
            db.close();
        } else {
            r.error = db.lastError().text();
            r.refused = isRefusedLogin(r.error);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

void JournalConnectionMonitor::onProbeFinished(const ProbeResult &result)
{
    if (m_state == State::Connected)
        return;
    if (!result.reached) {
        m_detail = result.error;
        if (result.refused) {
            // Trying again every few milliseconds would not change the server's mind (and
            // could lock the account): once per ceiling, in case an admin gives it back.
            setState(State::Refused);
            scheduleRetry(m_maxRetryMs);
        } else {
            setState(State::Reconnecting);
            scheduleRetry(m_nextRetryMs);
        }
        return;
    }
    if (result.schema > Journal::SchemaVersion) {
        m_detail = tr("Schema %1, this console knows %2.").arg(result.schema).arg(Journal::SchemaVersion);
        setState(State::SchemaNewer);
        scheduleRetry(m_maxRetryMs);
        return;
    }
    QSqlDatabase db = m_journal.database();
    db.close();
    if (!db.open()) {
        m_detail = db.lastError().text();
        setState(State::Reconnecting);
        scheduleRetry(m_nextRetryMs);
        return;
    }
    qCInfo(lcConnectionMonitor) << "the journal's connection is back after" << m_attempts << "attempts";
    m_detail.clear();
    m_since = 0;
    setState(State::Connected);
    Q_EMIT reconnected();
    watchSocket();
}

void JournalConnectionMonitor::setState(State state)
{
    m_journal.m_offlineReason = reason(state);
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Lesspay::Core
