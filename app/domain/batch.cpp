// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch.h"

#include "domain/jsontext.h"
#include "domain/textscan.h"
#include "money/amount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHashFunctions>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QUrl>

#include <cstring>
#include <limits>

namespace Lesspay::Core {

namespace {

constexpr char Separator = char(0xFF);
constexpr qsizetype MaxNotifyUrl = 2048;

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'_' || u == u'-';
}

quint32 hashId(QStringView key)
{
    const size_t h = qHash(key, size_t(0x9E3779B97F4A7C15ull));
    return quint32(h ^ (quint64(h) >> 32));
}

ValidationIssue headerIssue(const char *code, const QString &message)
{
    return {Field::FieldCount, ValidationIssue::Severity::Error, QString::fromLatin1(code), message};
}

ValidationIssue duplicateIssue()
{
    return {Field::MchOrderId, ValidationIssue::Severity::Error, QStringLiteral("mch_order_id.duplicate"),
            QCoreApplication::translate("Batch", "Another payout in this batch has the same order ID.")};
}

} // namespace

Batch::Batch(const DetailValidator &validator, BatchHeader header)
    : m_validator(&validator)
    , m_header(std::move(header))
    , m_context(validator.contextFor(m_header.currency))
{}

void Batch::setHeader(const BatchHeader &header)
{
    const bool currencyChanged = header.currency != m_header.currency;
    m_header = header;
    if (!currencyChanged)
        return;
    // Decimals, provider table and phone region all follow the currency: judge every row again.
    m_context = m_validator->contextFor(m_header.currency);
    for (const quint32 id : m_order) {
        Row &row = m_rows[id];
        const bool duplicate = row.duplicate;
        if (duplicate)
            markDuplicate(row, false);
        accountOwn(row, -1);
        releaseWire(row);
        evaluate(row, decode(row));
        accountOwn(row, +1);
        if (duplicate)
            markDuplicate(row, true);
    }
    maybeCompactText();
}

ValidationIssues Batch::headerIssues() const
{
    ValidationIssues issues;
    if (!RequestId::isValid(m_header.requestId))
        issues.append(headerIssue(
            "header.request_id.invalid",
            QCoreApplication::translate("Batch", "The request ID must be 1 to 64 letters, digits, '_' or '-'.")));
    if (!m_validator->referenceData().currencies.contains(m_header.currency))
        issues.append(
            headerIssue("header.currency.unknown", QCoreApplication::translate("Batch", "Choose the batch currency.")));
    else if (!m_validator->referenceData().allowsCurrency(m_header.currency))
        issues.append(headerIssue("header.currency.not_allowed",
                                  QCoreApplication::translate("Batch", "%1 payouts are not enabled for this profile.")
                                      .arg(m_header.currency)));
    if (m_header.wayType.trimmed().isEmpty())
        issues.append(headerIssue("header.way_type.required",
                                  QCoreApplication::translate("Batch", "The way type of the profile is missing.")));
    if (m_header.wayCode.trimmed().isEmpty())
        issues.append(headerIssue("header.way_code.required",
                                  QCoreApplication::translate("Batch", "The way code of the profile is missing.")));
    const QUrl url(m_header.notifyUrl, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (m_header.notifyUrl.size() > MaxNotifyUrl || !url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        issues.append(headerIssue(
            "header.notify_url.invalid",
            QCoreApplication::translate("Batch", "The notify URL must be an http or https URL with a host.")));
    return issues;
}

int Batch::size() const
{
    return int(m_order.size());
}

PayoutDetail Batch::detail(int row) const
{
    Q_ASSERT(row >= 0 && row < size());
    return decode(m_rows[m_order[std::size_t(row)]]);
}

void Batch::append(const DetailView &detail)
{
    m_order.push_back(newRow(detail, evaluate(detail)));
}

void Batch::append(const DetailView &detail, const Evaluation &evaluation)
{
    m_order.push_back(newRow(detail, evaluation));
}

void Batch::insert(int row, const DetailView &detail)
{
    Q_ASSERT(row >= 0 && row <= size());
    const quint32 id = newRow(detail, evaluate(detail));
    m_order.insert(m_order.begin() + row, id);
}

void Batch::insertRows(int row, const Batch &validated)
{
    Q_ASSERT(row >= 0 && row <= size());
    const bool sameRules = validated.m_validator == m_validator && validated.m_context.currency == m_context.currency;
    std::vector<quint32> ids;
    ids.reserve(validated.m_order.size());
    reserve(size() + validated.size());
    for (const quint32 sourceId : validated.m_order) {
        const Row &source = validated.m_rows[sourceId];
        const PayoutDetail detail = validated.decode(source);
        if (!sameRules) {
            ids.push_back(newRow(detail, evaluate(detail)));
            continue;
        }
        Evaluation evaluation;
        evaluation.amount = source.amount;
        evaluation.errors = source.errors;
        evaluation.warnings = source.warnings;
        evaluation.idHash = source.idHash;
        evaluation.normalForm = source.wire == WireIsText;
        ids.push_back(newRow(detail, evaluation));
    }
    m_order.insert(m_order.begin() + row, ids.cbegin(), ids.cend());
}

void Batch::replace(int row, const DetailView &detail)
{
    Q_ASSERT(row >= 0 && row < size());
    const quint32 id = m_order[std::size_t(row)];
    takeOut(id);
    Row &r = m_rows[id];
    storeText(r, detail);
    evaluate(r, detail);
    accountOwn(r, +1);
    linkId(id, detail);
    maybeCompactText();
}

void Batch::remove(int row)
{
    Q_ASSERT(row >= 0 && row < size());
    const quint32 id = m_order[std::size_t(row)];
    takeOut(id);
    m_order.erase(m_order.begin() + row);
    m_freeRows.push_back(id);
    if (m_order.empty()) {
        // Nothing left: give the text arena and the slab back instead of compacting.
        m_rows.clear();
        m_freeRows.clear();
        m_chunks.clear();
        m_chunkUsed = 0;
        m_liveBytes = m_deadBytes = 0;
    }
    maybeCompactText();
}

void Batch::reserve(int rows)
{
    m_order.reserve(std::size_t(rows));
    while (qsizetype(m_slots.size()) < 2 * qsizetype(rows))
        growSlots();
}

ValidationIssues Batch::issues(int row) const
{
    const Row &r = m_rows[m_order[std::size_t(row)]];
    ValidationIssues issues = m_validator->validate(decode(r), m_context);
    if (r.duplicate)
        issues.prepend(duplicateIssue());
    return issues;
}

ValidationIssues Batch::issuesOf(const DetailView &detail) const
{
    return m_validator->validate(detail, m_context);
}

bool Batch::isDuplicate(int row) const
{
    return m_rows[m_order[std::size_t(row)]].duplicate;
}

qint64 Batch::totalMinor() const
{
    return totalOverflows() ? std::numeric_limits<qint64>::max() : m_total.value();
}

bool Batch::totalOverflows() const
{
    return m_total.exceedsQint64();
}

QString Batch::totalString() const
{
    return totalOverflows() ? QString() : Amount::format(m_total.value(), m_context.decimals);
}

int Batch::invalidAmountCount() const
{
    return m_invalidAmounts;
}

int Batch::errorCount() const
{
    return m_ownErrors + m_duplicateRows;
}

int Batch::warningCount() const
{
    return m_warnings;
}

int Batch::rowsWithErrors() const
{
    return m_rowsWithOwnErrors + m_duplicateRowsWithoutOwnErrors;
}

bool Batch::isSendable() const
{
    return size() > 0 && errorCount() == 0 && !totalOverflows() && headerIssues().isEmpty();
}

PayoutDetail Batch::normalizedDetail(int row) const
{
    return m_validator->normalized(detail(row), m_context);
}

QByteArrayView Batch::wireText(int row) const
{
    Q_ASSERT(row >= 0 && row < size());
    const Row &r = m_rows[m_order[std::size_t(row)]];
    switch (r.wire) {
    case WireIsText:
        return bytes(r);
    case WireStored:
        return QByteArrayView(m_chunks[r.wireChunk].constData() + r.wireOffset, qsizetype(r.wireSize));
    default:
        return {};
    }
}

// --- row text -------------------------------------------------------------------------------

QByteArrayView Batch::bytes(const Row &row) const
{
    return QByteArrayView(m_chunks[row.chunk].constData() + row.offset, qsizetype(row.size));
}

namespace {

// QString::fromUtf8 drops a leading byte order mark; a cell's text must come back exactly as stored.
QString cellText(QByteArrayView utf8)
{
    if (utf8.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder keepBom(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return keepBom(utf8);
    }
    return QString::fromUtf8(utf8);
}

} // namespace

PayoutDetail Batch::decode(const Row &row) const
{
    PayoutDetail detail;
    const QByteArrayView text = bytes(row);
    qsizetype start = 0;
    for (int f = 0; f < FieldCount; ++f) {
        qsizetype end = text.indexOf(Separator, start);
        if (end < 0)
            end = text.size();
        if (end > start)
            detail.setValue(Field(f), cellText(text.sliced(start, end - start)));
        start = end + 1;
    }
    return detail;
}

QString Batch::idOf(const Row &row) const
{
    const QByteArrayView text = bytes(row);
    const qsizetype end = text.indexOf(Separator);
    return QString::fromUtf8(end < 0 ? text : text.first(end)).trimmed();
}

void Batch::storeText(Row &row, const DetailView &detail)
{
    // Most rows are ASCII: narrow them straight into the arena in one pass, and write the rare
    // other row through a UTF-8 scratch buffer instead.
    qsizetype size = FieldCount - 1;
    for (int f = 0; f < FieldCount; ++f)
        size += detail.value(Field(f)).size();
    const auto reserveText = [this](qsizetype bytes) {
        if (m_chunks.empty() || m_chunkUsed + bytes > m_chunks.back().size())
            return addChunk(bytes);
        return m_chunks.back().data() + m_chunkUsed;
    };
    char *const start = reserveText(size);
    char *out = start;
    bool ascii = true;
    for (int f = 0; f < FieldCount && ascii; ++f) {
        if (f > 0)
            *out++ = Separator;
        const QStringView value = detail.value(Field(f));
        ascii = TextScan::narrowAscii(value.utf16(), value.size(), out);
        out += value.size();
    }
    if (!ascii) {
        m_scratch.clear();
        for (int f = 0; f < FieldCount; ++f) {
            if (f > 0)
                m_scratch.append(Separator);
            m_scratch.append(detail.value(Field(f)).toUtf8());
        }
        size = m_scratch.size();
        std::memcpy(reserveText(size), m_scratch.constData(), std::size_t(size));
    }
    row.chunk = quint32(m_chunks.size() - 1);
    row.offset = quint32(m_chunkUsed);
    row.size = quint32(size);
    m_chunkUsed += size;
    m_liveBytes += size;
}

std::pair<quint32, quint32> Batch::storeBytes(QByteArrayView bytes)
{
    if (m_chunks.empty() || m_chunkUsed + bytes.size() > m_chunks.back().size())
        addChunk(bytes.size());
    const std::pair<quint32, quint32> at(quint32(m_chunks.size() - 1), quint32(m_chunkUsed));
    if (!bytes.isEmpty())
        std::memcpy(m_chunks.back().data() + m_chunkUsed, bytes.data(), std::size_t(bytes.size()));
    m_chunkUsed += bytes.size();
    m_liveBytes += bytes.size();
    return at;
}

void Batch::releaseText(const Row &row)
{
    m_liveBytes -= row.size;
    m_deadBytes += row.size;
    if (row.wire == WireStored) {
        m_liveBytes -= row.wireSize;
        m_deadBytes += row.wireSize;
    }
}

void Batch::releaseWire(Row &row)
{
    if (row.wire == WireStored) {
        m_liveBytes -= row.wireSize;
        m_deadBytes += row.wireSize;
    }
    row.wire = NoWire;
}

void Batch::maybeCompactText()
{
    // Edited text leaves holes; copy the live rows out once the holes outweigh them, so memory
    // stays proportional to the batch and each edit costs amortised O(1).
    if (m_deadBytes > 8 * ChunkSize && m_deadBytes > m_liveBytes)
        compactText();
}

char *Batch::addChunk(qsizetype bytes)
{
    m_chunks.emplace_back(std::max(ChunkSize, bytes), Qt::Uninitialized);
    m_chunkUsed = 0;
    return m_chunks.back().data();
}

void Batch::compactText()
{
    std::vector<QByteArray> old;
    old.swap(m_chunks);
    m_chunkUsed = 0;
    m_liveBytes = 0;
    m_deadBytes = 0;
    for (const quint32 id : m_order) {
        Row &row = m_rows[id];
        std::tie(row.chunk, row.offset) =
            storeBytes(QByteArrayView(old[row.chunk].constData() + row.offset, qsizetype(row.size)));
        if (row.wire == WireStored)
            std::tie(row.wireChunk, row.wireOffset) =
                storeBytes(QByteArrayView(old[row.wireChunk].constData() + row.wireOffset, qsizetype(row.wireSize)));
    }
}

// --- bookkeeping ----------------------------------------------------------------------------

quint32 Batch::newRow(const DetailView &detail, const Evaluation &evaluation)
{
    quint32 id;
    if (!m_freeRows.empty()) {
        id = m_freeRows.back();
        m_freeRows.pop_back();
        m_rows[id] = Row();
    } else {
        id = quint32(m_rows.size());
        m_rows.emplace_back();
    }
    Row &row = m_rows[id];
    storeText(row, detail);
    settle(row, detail, evaluation);
    accountOwn(row, +1);
    linkId(id, detail);
    return id;
}

void Batch::takeOut(quint32 id)
{
    Row &row = m_rows[id];
    unlinkId(id);
    accountOwn(row, -1);
    releaseText(row);
}

Batch::Evaluation Batch::evaluate(const DetailView &detail) const
{
    const DetailValidator::Summary summary = m_validator->summarize(detail, m_context);
    Evaluation evaluation;
    evaluation.errors = quint16(summary.errors);
    evaluation.warnings = quint16(summary.warnings);
    evaluation.amount = summary.amount.value_or(InvalidAmount);
    const QStringView key = detail.mchOrderId().trimmed();
    evaluation.idHash = key.isEmpty() ? 0 : hashId(key);
    evaluation.normalForm = summary.normalForm;
    return evaluation;
}

void Batch::prefetch(const Evaluation &evaluation) const
{
#if (defined(__GNUC__) || defined(__clang__)) && !defined(LESSPAY_PORTABLE)
    // A hint only: without it (another compiler, or the portable build) the lookup is the same.
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[evaluation.idHash & (m_slots.size() - 1)]);
#else
    Q_UNUSED(evaluation)
#endif
}

void Batch::evaluate(Row &row, const DetailView &detail)
{
    settle(row, detail, evaluate(detail));
}

void Batch::settle(Row &row, const DetailView &detail, const Evaluation &evaluation)
{
    // Judged now, so written for the wire now: freezing a large batch then only joins bytes.
    assign(row, evaluation);
    row.wire = NoWire;
    if (evaluation.errors != 0)
        return;
    // A row without errors has no controls or broken surrogates: as typed, only '"' and '\\'
    // would need JSON escapes.
    if (evaluation.normalForm) {
        const QByteArrayView text = bytes(row);
        if (!text.contains('"') && !text.contains('\\')) {
            row.wire = WireIsText;
            return;
        }
    }
    const PayoutDetail normalized = m_validator->normalized(detail.toDetail(), m_context);
    m_scratch.clear();
    for (int f = 0; f < FieldCount; ++f) {
        if (f > 0)
            m_scratch.append(Separator);
        if (!JsonText::appendEscaped(m_scratch, normalized.value(Field(f))))
            return; // a lone surrogate: the JSON tree's path writes this row
    }
    std::tie(row.wireChunk, row.wireOffset) = storeBytes(m_scratch);
    row.wireSize = quint32(m_scratch.size());
    row.wire = WireStored;
}

void Batch::assign(Row &row, const Evaluation &evaluation)
{
    row.errors = evaluation.errors;
    row.warnings = evaluation.warnings;
    row.amount = evaluation.amount;
}

void Batch::accountOwn(const Row &row, int sign)
{
    m_ownErrors += sign * row.errors;
    m_warnings += sign * row.warnings;
    if (row.errors > 0)
        m_rowsWithOwnErrors += sign;
    if (row.amount == InvalidAmount)
        m_invalidAmounts += sign;
    else if (sign > 0)
        m_total.add(row.amount);
    else
        m_total.subtract(row.amount);
}

void Batch::markDuplicate(Row &row, bool duplicate)
{
    if (row.duplicate == duplicate)
        return;
    row.duplicate = duplicate;
    const int sign = duplicate ? 1 : -1;
    m_duplicateRows += sign;
    if (row.errors == 0)
        m_duplicateRowsWithoutOwnErrors += sign;
}

qsizetype Batch::findSlot(quint32 hash, QStringView key) const
{
    // Returns the slot of the key, or the empty slot where it would go.
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[std::size_t(i)];
        if (slot.head == NoRow)
            return i;
        if (slot.hash == hash && idOf(m_rows[slot.head]) == key)
            return i;
    }
}

void Batch::growSlots()
{
    decltype(m_slots) old;
    old.swap(m_slots);
    m_slots.assign(std::max<std::size_t>(64, old.size() * 2), Slot());
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    for (const Slot &slot : old) {
        if (slot.head == NoRow)
            continue;
        qsizetype i = qsizetype(slot.hash) & mask;
        while (m_slots[std::size_t(i)].head != NoRow)
            i = (i + 1) & mask;
        m_slots[std::size_t(i)] = slot;
    }
}

void Batch::eraseSlot(qsizetype hole)
{
    // Backward-shift deletion keeps linear probing correct without tombstones.
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    m_slots[std::size_t(hole)] = Slot();
    for (qsizetype i = (hole + 1) & mask; m_slots[std::size_t(i)].head != NoRow; i = (i + 1) & mask) {
        const qsizetype home = qsizetype(m_slots[std::size_t(i)].hash) & mask;
        // Move the entry into the hole when the hole lies on its probe path (home..i, cyclic).
        const bool onPath = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
        if (onPath) {
            m_slots[std::size_t(hole)] = m_slots[std::size_t(i)];
            m_slots[std::size_t(i)] = Slot();
            hole = i;
        }
    }
    --m_slotCount;
}

void Batch::linkId(quint32 id, const DetailView &detail)
{
    Row &row = m_rows[id];
    const QStringView key = detail.mchOrderId().trimmed();
    row.hasId = !key.isEmpty();
    row.prevSame = row.nextSame = NoRow;
    row.duplicate = false;
    if (!row.hasId)
        return; // an empty ID is already an error; it duplicates nothing
    row.idHash = hashId(key);
    if (2 * (m_slotCount + 1) > qsizetype(m_slots.size()))
        growSlots();
    Slot &slot = m_slots[std::size_t(findSlot(row.idHash, key))];
    if (slot.head == NoRow) {
        slot.head = id;
        slot.count = 1;
        slot.hash = row.idHash;
        ++m_slotCount;
        return;
    }
    Row &head = m_rows[slot.head];
    row.nextSame = slot.head;
    head.prevSame = id;
    slot.head = id;
    ++slot.count;
    if (slot.count == 2)
        markDuplicate(head, true);
    markDuplicate(row, true);
}

void Batch::unlinkId(quint32 id)
{
    Row &row = m_rows[id];
    if (!row.hasId)
        return;
    const qsizetype index = findSlot(row.idHash, idOf(row));
    Slot &slot = m_slots[std::size_t(index)];
    Q_ASSERT(slot.head != NoRow);
    if (row.prevSame != NoRow)
        m_rows[row.prevSame].nextSame = row.nextSame;
    else
        slot.head = row.nextSame;
    if (row.nextSame != NoRow)
        m_rows[row.nextSame].prevSame = row.prevSame;
    markDuplicate(row, false);
    row.prevSame = row.nextSame = NoRow;
    row.hasId = false;
    if (--slot.count == 1)
        markDuplicate(m_rows[slot.head], false);
    else if (slot.count == 0)
        eraseSlot(index);
}

// --- request IDs ----------------------------------------------------------------------------

namespace RequestId {

QString generate()
{
    // RFC 4648 base32: 10 characters carry 50 random bits, so two consoles generating in the
    // same second collide with odds of 1 in 10^15.
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString id =
        QStringLiteral("LP") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")) + u'-';
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < 10; ++i)
        id.append(QLatin1Char(Alphabet[rng->bounded(32)]));
    return id;
}

bool isValid(QStringView id)
{
    return !id.isEmpty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), isIdChar);
}

} // namespace RequestId

} // namespace Lesspay::Core
