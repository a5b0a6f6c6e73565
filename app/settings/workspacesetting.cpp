// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesetting.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Lesspay::Core {

QString WorkspaceSetting::journalUrl(const QString &password) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (isLocalSocket()) {
        // libpq's way of naming a socket folder: host=/path in the query, no TLS.
        query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        url.setHost(host);
        url.setPort(port);
        query.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
        if (!caFile.isEmpty())
            query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    }
    url.setQuery(query);
    return url.toString();
}

QString WorkspaceSetting::secretKey() const
{
    return QStringLiteral("workspace:%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QStringList WorkspaceSetting::problems() const
{
    if (!isTeam())
        return {};
    QStringList problems;
    if (host.trimmed().isEmpty())
        problems.append(tr("Enter the database server's host name."));
    if (port < 1 || port > 65535)
        problems.append(tr("The port must be between 1 and 65535."));
    if (database.trimmed().isEmpty())
        problems.append(tr("Enter the name of the team's database."));
    if (user.trimmed().isEmpty())
        problems.append(tr("Enter your database user name."));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isFile())
        problems.append(tr("The CA file %1 does not exist.").arg(caFile));
    return problems;
}

} // namespace Lesspay::Core
