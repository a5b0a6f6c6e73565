// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryfiltermodel.h"

#include "directory/directorymodel.h"
#include "directory/payeedirectory.h"

namespace Lesspay::Core {

DirectoryFilterModel::DirectoryFilterModel(const PayeeDirectory &directory, DirectoryModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_directory(directory)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(DirectoryModel::RawValueRole);
    // A payee edited or added while a search is shown is judged again by the index.
    connect(source, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_filtering)
            setSearch(m_text, m_tag);
    });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_filtering)
            setSearch(m_text, m_tag);
    });
}

void DirectoryFilterModel::setSearch(const QString &text, const QString &tag)
{
    m_text = text;
    m_tag = tag;
    m_filtering = !text.trimmed().isEmpty() || !tag.isEmpty();
    m_accepted.clear();
    if (m_filtering) {
        const QList<qint64> ids = m_directory.index().search(text, tag);
        m_accepted = QSet<qint64>(ids.cbegin(), ids.cend());
    }
    invalidateFilter();
}

bool DirectoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return !m_filtering || m_accepted.contains(m_source->payeeIdAt(sourceRow));
}

} // namespace Lesspay::Core
