// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltransaction.h"

#include "journal/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lesspay::Core {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        run(QStringLiteral("ROLLBACK"));
}

bool SqlTransaction::run(const QString &statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool SqlTransaction::begin()
{
    const QStringList statements = SqlDialect::beginWrite(SqlDialect::of(m_db));
    for (const QString &statement : statements) {
        if (!run(statement))
            break;
        m_active = true;
    }
    if (m_active && !m_error.isEmpty()) {
        run(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
    return m_active;
}

void SqlTransaction::rollback()
{
    if (m_active)
        run(QStringLiteral("ROLLBACK"));
    m_active = false;
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    if (!run(QStringLiteral("COMMIT")))
        return false;
    m_active = false;
    return true;
}

} // namespace Lesspay::Core
