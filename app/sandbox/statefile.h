// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/batchstore.h"

#include <QString>

namespace Lesspay::Sandbox {

// The --state file: every batch as JSON, written atomically (QSaveFile) so that a crash leaves
// either the old or the new state, never half of one. It holds unmasked test account data.
class StateFile
{
public:
    static constexpr int Version = 1;

    explicit StateFile(QString path);

    const QString &path() const { return m_path; }
    // A missing file is an empty state, not an error.
    bool load(BatchStore *store, QString *error) const;
    bool save(const BatchStore &store, QString *error) const;

private:
    QString m_path;
};

} // namespace Lesspay::Sandbox
