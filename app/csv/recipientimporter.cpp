// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientimporter.h"

#include "csv/formulaguard.h"
#include "csv/headeraliases.h"
#include "csv/recipientrowmapper.h"
#include "domain/batch.h"
#include "domain/detailvalidator.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace Lesspay::Core {

namespace {

constexpr qsizetype ChunkRows = 512;
constexpr qsizetype ChunkCharacters = 1 << 20; // a chunk of long rows ends early: bounded memory
constexpr std::size_t QueuedChunks = 2;        // bounds the memory between the threads
constexpr quint32 ClaimRows = 32;              // rows a thread takes at a time for validation

} // namespace

// Validation of a chunk's rows is shared between the appending thread, which takes rows from
// the front (in order, so it can append them as it goes), and the reading thread, which takes
// rows from the back whenever it is ahead. One atomic word holds both ends so that every row is
// judged exactly once.
struct RecipientImporter::Claims
{
    std::atomic<quint64> ends{0};   // front << 32 | back
    std::atomic<quint32> judged{0}; // rows the reading thread has finished
    std::vector<Batch::Evaluation> evaluations;
    std::vector<ValidationIssues> found; // of rows with issues: listed by whichever thread judged them

    void reset(quint32 rows)
    {
        evaluations.resize(rows);
        found.assign(rows, {});
        ends.store(quint64(rows), std::memory_order_relaxed);
        judged.store(0, std::memory_order_relaxed);
    }
    // Rows [first, first + count) for the front (fromBack false) or the back; count 0: none left.
    quint32 claim(bool fromBack, quint32 &first)
    {
        quint64 now = ends.load(std::memory_order_relaxed);
        for (;;) {
            const quint32 front = quint32(now >> 32);
            const quint32 back = quint32(now);
            const quint32 count = std::min(ClaimRows, back - front);
            if (count == 0)
                return 0;
            const quint64 next =
                fromBack ? (quint64(front) << 32 | (back - count)) : (quint64(front + count) << 32 | back);
            if (ends.compare_exchange_weak(now, next, std::memory_order_acq_rel)) {
                first = fromBack ? back - count : front;
                return count;
            }
        }
    }
};

struct RecipientImporter::Chunk
{
    DetailBlock details;
    std::vector<quint32> rows;
    std::vector<quint32> lines;
    ImportIssues issues; // batchRow holds the index within the chunk until consumed
    qint64 skipped = 0;
    qint64 bytesRead = 0;
    std::unique_ptr<Claims> claims; // parallel imports only

    // Empties the chunk for the next rows but keeps its buffers: fresh ones would cost page
    // faults for every thousand rows.
    void recycle()
    {
        details.clear();
        rows.clear();
        lines.clear();
        issues.clear();
        skipped = 0;
        bytesRead = 0;
    }
};

RecipientImporter::RecipientImporter(const DetailValidator &validator)
    : RecipientImporter(validator, Options())
{}

RecipientImporter::RecipientImporter(const DetailValidator &validator, const Options &options)
    : m_validator(validator)
    , m_options(options)
{}

RecipientImporter::~RecipientImporter() = default;

const CsvError &RecipientImporter::readError() const
{
    static const CsvError none;
    return m_reader ? m_reader->error() : none;
}

CsvReader::Encoding RecipientImporter::encoding() const
{
    return m_csv ? m_csv->encoding() : CsvReader::Encoding::Auto;
}

QChar RecipientImporter::delimiter() const
{
    return m_csv ? m_csv->delimiter() : QChar();
}

void RecipientImporter::addIssue(ImportIssue issue)
{
    ++m_issueCount;
    if (m_issues.size() < m_options.maxIssues)
        m_issues.append(std::move(issue));
}

bool RecipientImporter::readHeader(QIODevice *device)
{
    m_deviceSize = device && !device->isSequential() ? device->size() : -1;
    m_headers.clear();
    m_mapping.clear();
    m_issues.clear();
    m_issueCount = 0;
    m_csv = nullptr;
    m_workbook = nullptr;
    if (XlsxReader::looksLikeZip(device) || XlsxReader::looksLikeCompoundFile(device))
        return readWorkbookHeader(device);
    CsvReader::Options options;
    options.encoding = m_options.encoding;
    options.delimiter = m_options.delimiter;
    options.maxFileBytes = m_options.maxFileBytes;
    auto csv = std::make_unique<CsvReader>(device, options);
    m_csv = csv.get();
    m_reader = std::move(csv);
    return headerFromFirstRecord();
}

// The sheet the user chose, or the first one that starts with a header this console knows.
bool RecipientImporter::readWorkbookHeader(QIODevice *device)
{
    XlsxReader::Options options = m_options.workbook;
    options.limits.maxFileBytes = m_options.maxFileBytes;
    auto workbook = std::make_unique<XlsxReader>(device, options);
    m_workbook = workbook.get();
    m_reader = std::move(workbook);
    int sheet = m_options.sheet;
    if (m_workbook->open() && sheet < 0) {
        sheet = 0;
        for (int i = 0; i < m_workbook->sheetNames().size(); ++i) {
            if (!m_workbook->selectSheet(i) || !m_workbook->readRecord())
                continue;
            const Mapping mapping = HeaderAliases::map(m_workbook->record());
            if (std::count_if(mapping.cbegin(), mapping.cend(), [](const auto &field) { return field.has_value(); })
                >= 2) {
                sheet = i;
                break;
            }
        }
    }
    if (!m_workbook->hasError() && !m_workbook->selectSheet(sheet) && !m_workbook->hasError()) {
        ImportIssue issue;
        issue.code = QStringLiteral("xlsx.no_sheet");
        issue.message =
            QCoreApplication::translate("RecipientImporter", "The workbook has no sheet %1.").arg(sheet + 1);
        addIssue(issue);
        return false;
    }
    return headerFromFirstRecord();
}

bool RecipientImporter::headerFromFirstRecord()
{
    if (!m_reader->readRecord()) {
        ImportIssue issue;
        issue.code = QStringLiteral("csv.no_header");
        issue.message = m_reader->hasError() ? m_reader->error().message
                                             : QCoreApplication::translate("RecipientImporter", "The file is empty.");
        issue.line = m_reader->error().line;
        addIssue(issue);
        return false;
    }
    for (qsizetype i = 0; i < m_reader->fieldCount(); ++i) {
        const QStringView cell = m_reader->fieldAt(i);
        m_headers.append(cell.sliced(FormulaGuard::guardLength(cell)).trimmed().toString());
    }
    m_mapping = HeaderAliases::map(m_headers);
    return true;
}

QList<QStringList> RecipientImporter::readSample(int rows)
{
    QList<QStringList> sample;
    while (m_reader && sample.size() < rows && m_reader->readRecord()) {
        QStringList record;
        for (qsizetype i = 0; i < m_headers.size(); ++i)
            record.append(i < m_reader->fieldCount() ? m_reader->fieldAt(i).trimmed().toString() : QString());
        sample.append(record);
    }
    return sample;
}

bool RecipientImporter::SeparatorFit::failsWith(Amount::DecimalSeparator separator) const
{
    const Amount::DecimalSeparator other = separator == Amount::DecimalSeparator::Point
                                               ? Amount::DecimalSeparator::Comma
                                               : Amount::DecimalSeparator::Point;
    return amounts > 0 && reads(separator) * 2 < amounts && reads(other) > reads(separator);
}

RecipientImporter::SeparatorFit RecipientImporter::separatorFit(const QList<QStringList> &sample, int column,
                                                                int decimals)
{
    SeparatorFit fit;
    for (const QStringList &record : sample) {
        const QString cell = record.value(column);
        if (column < 0 || cell.isEmpty())
            continue;
        ++fit.amounts;
        fit.point += Amount::parseLocalized(cell, decimals, Amount::DecimalSeparator::Point).ok();
        fit.comma += Amount::parseLocalized(cell, decimals, Amount::DecimalSeparator::Comma).ok();
    }
    return fit;
}

QList<int> RecipientImporter::unmappedColumns() const
{
    QList<int> columns;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (!m_mapping.value(i) && !m_headers.at(i).isEmpty() && !HeaderAliases::isResultColumn(m_headers.at(i)))
            columns.append(int(i));
    }
    return columns;
}

QList<Field> RecipientImporter::missingFields() const
{
    QList<Field> missing;
    for (int f = 0; f < FieldCount; ++f) {
        if (!m_mapping.contains(std::optional<Field>(Field(f))))
            missing.append(Field(f));
    }
    return missing;
}

void RecipientImporter::setMapping(const Mapping &mapping)
{
    m_mapping.fill(std::nullopt, m_headers.size());
    for (qsizetype i = 0; i < std::min(mapping.size(), m_headers.size()); ++i)
        setColumnField(int(i), mapping.at(i));
}

void RecipientImporter::setColumnField(int column, std::optional<Field> field)
{
    if (column < 0 || column >= m_mapping.size())
        return;
    if (field && m_mapping.contains(field))
        return; // the first column keeps a field; clear it there first to move it
    m_mapping[column] = field;
}

// A file of bank columns only (or wallet columns only) needs no destination_type column.
QString RecipientImporter::defaultDestination() const
{
    bool bank = false;
    bool wallet = false;
    for (const auto &field : m_mapping) {
        bank = bank || (field && isBankField(*field));
        wallet = wallet || (field && isWalletField(*field));
    }
    if (bank == wallet)
        return {};
    return bank ? PayoutDetail::Bank : PayoutDetail::EWallet;
}

Batch::Evaluation RecipientImporter::judge(const Batch &batch, const DetailView &row, ValidationIssues &found)
{
    const Batch::Evaluation evaluation = batch.evaluate(row);
    if (evaluation.errors > 0 || evaluation.warnings > 0)
        found = batch.issuesOf(row);
    return evaluation;
}

// CSV is read through its own (final) type, so that the hot loop makes no virtual calls.
bool RecipientImporter::produce(RecipientRowMapper &mapper, Chunk &chunk, qsizetype rows)
{
    return m_csv ? produceFrom(*m_csv, mapper, chunk, rows) : produceFrom(*m_reader, mapper, chunk, rows);
}

template<typename Source>
bool RecipientImporter::produceFrom(Source &reader, RecipientRowMapper &mapper, Chunk &chunk, qsizetype rows)
{
    chunk.details.reserve(rows, rows * 128);
    while (chunk.details.size() < rows && chunk.details.characters() < ChunkCharacters) {
        if (!reader.readRecord()) {
            chunk.bytesRead = reader.bytesRead();
            return false;
        }
        const qsizetype before = chunk.issues.size();
        if (!mapper.map(reader, chunk.details, chunk.issues)) {
            ++chunk.skipped;
            continue;
        }
        for (qsizetype i = before; i < chunk.issues.size(); ++i)
            chunk.issues[i].batchRow = int(chunk.details.size() - 1);
        chunk.rows.push_back(quint32(reader.recordNumber()));
        chunk.lines.push_back(quint32(reader.recordLine()));
        chunk.bytesRead = reader.bytesRead();
    }
    return true;
}

bool RecipientImporter::consume(Batch &batch, Chunk &chunk)
{
    if (!m_reserved && m_deviceSize > 0 && chunk.bytesRead > 0 && !chunk.details.isEmpty()) {
        // Size the batch's tables once from the rows per byte seen so far: no rehashing later.
        m_reserved = true;
        const qint64 estimate = qint64(chunk.details.size()) * m_deviceSize / chunk.bytesRead * 21 / 20;
        batch.reserve(int(std::min<qint64>(batch.size() + estimate, std::numeric_limits<int>::max() / 4)));
    }
    const int first = batch.size();
    // The issues of a row are listed when it is judged, on either thread, so that the report
    // costs no second pass over the rows at the end.
    const auto appendRow = [&](const DetailView &detail, const Batch::Evaluation &evaluation, ValidationIssues &found) {
        batch.append(detail, evaluation);
        if (!found.isEmpty())
            m_rowIssues.emplace_back(batch.size() - 1, std::move(found));
    };
    // Rows are judged a claim at a time before they are appended: the batch's duplicate table
    // is far bigger than the caches, and prefetching each row's slot while the next rows are
    // judged hides most of the miss.
    const auto judgeAndAppend = [&](quint32 start, quint32 count) {
        std::array<Batch::Evaluation, ClaimRows> judged;
        std::array<ValidationIssues, ClaimRows> found;
        for (quint32 i = 0; i < count; ++i) {
            judged[i] = judge(batch, chunk.details.view(start + i), found[i]);
            batch.prefetch(judged[i]);
        }
        for (quint32 i = 0; i < count; ++i)
            appendRow(chunk.details.view(start + i), judged[i], found[i]);
    };
    const quint32 rows = quint32(chunk.details.size());
    if (!chunk.claims) {
        for (quint32 start = 0; start < rows; start += ClaimRows)
            judgeAndAppend(start, std::min(ClaimRows, rows - start));
    } else {
        Claims &claims = *chunk.claims;
        quint32 start = 0;
        while (const quint32 count = claims.claim(false, start))
            judgeAndAppend(start, count);
        // The rest belong to the reading thread; it is at most one claim from finishing them.
        const quint32 front = quint32(claims.ends.load(std::memory_order_acquire) >> 32);
        for (quint32 seen; (seen = claims.judged.load(std::memory_order_acquire)) != rows - front;)
            claims.judged.wait(seen, std::memory_order_acquire);
        constexpr quint32 Ahead = 8;
        for (quint32 i = front; i < std::min(rows, front + Ahead); ++i)
            batch.prefetch(claims.evaluations[i]);
        for (quint32 i = front; i < rows; ++i) {
            if (i + Ahead < rows)
                batch.prefetch(claims.evaluations[i + Ahead]);
            appendRow(chunk.details.view(i), claims.evaluations[i], claims.found[i]);
        }
    }
    for (ImportIssue &issue : chunk.issues) {
        issue.batchRow += first;
        addIssue(std::move(issue));
    }
    m_rowNumbers.insert(m_rowNumbers.end(), chunk.rows.begin(), chunk.rows.end());
    m_rowLines.insert(m_rowLines.end(), chunk.lines.begin(), chunk.lines.end());
    m_importedRows += qint64(chunk.details.size());
    m_skippedRows += chunk.skipped;
    return !m_options.progress || m_options.progress(chunk.bytesRead);
}

bool RecipientImporter::importSerial(Batch &batch, RecipientRowMapper &mapper)
{
    Chunk chunk;
    for (;;) {
        chunk.recycle();
        const bool more = produce(mapper, chunk, ChunkRows);
        if (!consume(batch, chunk))
            return false;
        if (!more)
            return true;
    }
}

// Reading, decoding and mapping run on a worker thread while this thread appends to the
// batch (which validates). The reader belongs to the worker until it is joined.
bool RecipientImporter::importParallel(Batch &batch, RecipientRowMapper &mapper)
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> queue;
    std::deque<Chunk> spent; // consumed chunks go back to the reading thread, which refills them
    bool done = false;
    bool canceled = false;

    // Judges rows of the newest queued chunk with some left; false when there is none.
    const auto help = [&](std::unique_lock<std::mutex> &lock) {
        for (auto it = queue.rbegin(); it != queue.rend(); ++it) {
            Claims *claims = it->claims.get();
            const DetailBlock::Views details = it->details.views();
            quint32 start = 0;
            quint32 count = claims->claim(true, start);
            if (count == 0)
                continue;
            // The chunk may be taken meanwhile, but it is freed only by this thread or after the join.
            lock.unlock();
            do {
                for (quint32 i = start; i < start + count; ++i)
                    claims->evaluations[i] = judge(batch, details.view(i), claims->found[i]);
                claims->judged.fetch_add(count, std::memory_order_release);
                claims->judged.notify_one();
            } while ((count = claims->claim(true, start)) > 0);
            lock.lock();
            return true;
        }
        return false;
    };

    std::thread worker([&] {
        std::vector<Chunk> spare;
        for (;;) {
            Chunk chunk;
            if (!spare.empty()) {
                chunk = std::move(spare.back());
                spare.pop_back();
                chunk.recycle();
            }
            const bool more = produce(mapper, chunk, ChunkRows);
            if (!chunk.claims)
                chunk.claims = std::make_unique<Claims>();
            chunk.claims->reset(quint32(chunk.details.size()));
            {
                std::unique_lock lock(mutex);
                // Ahead of the appending thread: take validation work off it instead of waiting.
                while (queue.size() >= QueuedChunks && !canceled) {
                    if (!help(lock))
                        changed.wait(lock, [&] { return queue.size() < QueuedChunks || canceled; });
                }
                if (canceled)
                    return;
                queue.push_back(std::move(chunk));
                done = !more;
                for (Chunk &used : spent)
                    spare.push_back(std::move(used));
                spent.clear();
                changed.notify_all();
            }
            if (!more)
                return;
        }
    });
    bool completed = true;
    for (;;) {
        Chunk chunk;
        bool last = false;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.empty(); });
            chunk = std::move(queue.front());
            queue.pop_front();
            last = done && queue.empty();
            changed.notify_all();
        }
        const bool proceed = consume(batch, chunk);
        std::unique_lock lock(mutex);
        spent.push_back(std::move(chunk));
        if (!proceed) {
            canceled = true;
            changed.notify_all();
            completed = false;
            break;
        }
        if (last)
            break;
    }
    worker.join();
    return completed;
}

bool RecipientImporter::importInto(Batch &batch)
{
    if (!m_reader || m_reader->hasError() || m_headers.isEmpty())
        return false;
    const DetailValidator::Context context = m_validator.contextFor(batch.header().currency);
    RecipientRowMapper::Settings settings;
    settings.mapping = m_mapping;
    settings.headers = m_headers;
    settings.decimalSeparator = m_options.decimalSeparator;
    settings.decimals = context.decimals;
    settings.currency = batch.header().currency;
    settings.defaultDestination = defaultDestination();
    RecipientRowMapper mapper(settings);

    const int firstRow = batch.size();
    m_rowNumbers.clear();
    m_rowLines.clear();
    m_rowIssues.clear();
    m_reserved = false;
    m_importedRows = 0;
    m_skippedRows = 0;
    const bool completed = m_options.parallel ? importParallel(batch, mapper) : importSerial(batch, mapper);

    if (m_reader->hasError() || !completed) {
        ImportIssue issue;
        if (completed) {
            const CsvError &error = m_reader->error();
            // A workbook names the row it stopped in; a CSV reader stops after its last good record.
            issue.row = m_workbook ? error.line : m_reader->recordNumber() + 1;
            issue.line = error.line;
            issue.code = QStringLiteral("csv.read_error");
            issue.message = error.message;
        } else {
            issue.code = QStringLiteral("csv.canceled");
            issue.message =
                QCoreApplication::translate("RecipientImporter", "The import was canceled; nothing was imported.");
        }
        addIssue(issue);
        // Half a payout file is worse than none: take the rows out again.
        while (batch.size() > firstRow)
            batch.remove(batch.size() - 1);
        for (ImportIssue &i : m_issues)
            i.batchRow = -1;
        m_importedRows = 0;
        return false;
    }
    collectValidationIssues(batch, firstRow, mapper);
    std::stable_sort(m_issues.begin(), m_issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    return true;
}

void RecipientImporter::collectValidationIssues(const Batch &batch, int firstRow, const RecipientRowMapper &mapper)
{
    const auto report = [&](int row, const ValidationIssues &found) {
        for (const ValidationIssue &v : found) {
            ImportIssue issue;
            issue.row = m_rowNumbers[std::size_t(row - firstRow)];
            issue.line = m_rowLines[std::size_t(row - firstRow)];
            issue.column = mapper.columnOf(v.field);
            if (issue.column > 0)
                issue.header = m_headers.value(issue.column - 1);
            issue.severity = v.severity;
            issue.code = v.code;
            // No column holds the field: name it, or "This field is required." says nothing.
            issue.message = issue.column > 0 ? v.message : fieldLabel(v.field) + u": " + v.message;
            issue.batchRow = row;
            addIssue(issue);
        }
    };
    if (batch.duplicateRowCount() == 0) {
        for (const auto &[row, found] : m_rowIssues)
            report(row, found);
        return;
    }
    // m_rowIssues is in row order; a duplicate row asks the batch, which adds the duplicate
    // issue to the row's own ones.
    auto own = m_rowIssues.begin();
    for (int row = firstRow; row < batch.size(); ++row) {
        const bool listed = own != m_rowIssues.end() && own->first == row;
        const bool duplicate = batch.isDuplicate(row);
        if (duplicate)
            report(row, batch.issues(row));
        else if (listed)
            report(row, own->second);
        if (listed)
            ++own;
    }
}

} // namespace Lesspay::Core
