// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

StateFile::StateFile(QString path)
    : m_path(std::move(path))
{}

bool StateFile::load(BatchStore *store, QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read state file %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"state file %1 is not valid JSON: %2"_s.arg(m_path, parseError.errorString());
        return false;
    }
    if (doc.object().value("version"_L1).toInt() != Version) {
        *error = u"state file %1 has an unknown version"_s.arg(m_path);
        return false;
    }
    BatchStore loaded;
    for (const QJsonValue &v : doc.object().value("batches"_L1).toArray()) {
        std::optional<StoredBatch> batch = StoredBatch::fromState(v.toObject());
        if (!batch) {
            *error = u"state file %1 holds a batch it cannot read"_s.arg(m_path);
            return false;
        }
        loaded.insert(std::move(*batch));
    }
    *store = std::move(loaded);
    return true;
}

bool StateFile::save(const BatchStore &store, QString *error) const
{
    QJsonArray batches;
    for (const StoredBatch *b : store.batches())
        batches.append(b->toState());
    const QJsonObject root{{"version"_L1, Version}, {"batches"_L1, batches}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write state file %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = u"cannot write state file %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lesspay::Sandbox
