// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Lesspay::Core {

class DirectoryModel;
class PayeeDirectory;

// Search and tag filter over the DirectoryModel: the directory's index answers which payees
// match (every word, folded); this proxy shows those and sorts on the raw values (last paid by
// time, names folded).
class DirectoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryFilterModel)

public:
    DirectoryFilterModel(const PayeeDirectory &directory, DirectoryModel *source, QObject *parent = nullptr);

    void setSearch(const QString &text, const QString &tag);
    QString searchText() const { return m_text; }
    QString tag() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const PayeeDirectory &m_directory;
    DirectoryModel *m_source;
    QString m_text;
    QString m_tag;
    bool m_filtering = false;
    QSet<qint64> m_accepted;
};

} // namespace Lesspay::Core
