// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchresultsexport.h"

#include "csv/xlsxexporter.h"
#include "domain/batch.h"
#include "domain/referencedata.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "journal/teamaudit.h"
#include "models/frozenbody.h"

#include <QSaveFile>

namespace Lesspay::Core {

BatchResultsExport::BatchResultsExport(const Journal &journal)
    : m_journal(journal)
{}

bool BatchResultsExport::write(const QString &requestId, QIODevice *device, Rows rows, QString *error,
                               Format format) const
{
    const std::optional<FrozenBatch> frozen = m_journal.batch(requestId);
    if (!frozen) {
        if (error)
            *error = tr("There is no batch %1 in the journal.").arg(requestId);
        return false;
    }
    const std::optional<FrozenBody::Content> content = FrozenBody::read(frozen->body);
    if (!content) {
        if (error)
            *error = tr("The batch as it was sent cannot be read back from the journal.");
        return false;
    }
    // The exporter writes the rows as held by a Batch; validation plays no part here.
    static const DetailValidator validator(ReferenceData::builtin());
    Batch batch(validator, content->header);
    batch.reserve(int(content->details.size()));
    for (const PayoutDetail &d : content->details)
        batch.append(d);

    QList<DetailResult> results;
    const QList<DetailStatus> details = JournalQueries(m_journal).details(requestId);
    results.reserve(details.size());
    for (const DetailStatus &d : details)
        results.append(DetailResult{d.mchOrderId, d.status, d.failReason, d.channelOrderNo});
    // A team workspace says who prepared, approved and sent the batch, on every row (a personal
    // journal records no people: the file is as before).
    RecipientExporter::BatchColumns people;
    if (const TeamAudit::People p = TeamAudit(m_journal).people(requestId); !p.isEmpty()) {
        people = {{QStringLiteral("prepared_by"), p.preparedBy},
                  {QStringLiteral("approved_by"), p.approvedBy.join(QStringLiteral(", "))},
                  {QStringLiteral("rejected_by"), p.rejectedBy},
                  {QStringLiteral("sent_by"), p.sentBy}};
    }
    if (format == Format::Xlsx)
        return XlsxExporter::writeResults(batch, results, device, rows, error, people);
    if (!RecipientExporter::writeResults(batch, results, device, rows, people)) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

bool BatchResultsExport::writeFile(const QString &requestId, const QString &path, Rows rows, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const Format format = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
    if (!write(requestId, &file, rows, error, format))
        return false;
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lesspay::Core
