// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csverror.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QIODevice;

namespace Lesspay::Core {

// The zip package of a workbook, read through minizip straight from the device: parts are
// found by name in the central directory and inflated a chunk at a time, never written to
// the file system. Every part is held to a size limit and a compression ratio limit while it
// inflates, so a small file that unpacks to gigabytes is refused after a bounded amount of work.
class XlsxPackage
{
public:
    struct Limits
    {
        qint64 maxFileBytes = qint64(512) << 20;
        qint64 maxPartBytes = qint64(512) << 20; // unpacked, per part
        qint64 ratioFloor = qint64(16) << 20;    // parts smaller than this unpacked may compress any amount
        int maxRatio = 100;                      // unpacked : packed, beyond the floor
        int maxEntries = 10000;
    };

    XlsxPackage(QIODevice *device, const Limits &limits);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    // Reads the central directory; false with error() set when the device is no zip archive.
    bool open();
    bool contains(const QString &name) const { return m_entries.contains(name); }

    // Streaming: openPart(), then readChunk() until it returns an empty array; error() tells an
    // end from a failure. Opening a part clears the error of the last one.
    bool openPart(const QString &name);
    QByteArray readChunk();
    bool partDone() const { return m_partDone; }
    qint64 partInflated() const { return m_inflated; }
    qint64 partSize() const { return m_declared; } // as the directory declares it
    // A small part whole (relationships, workbook, styles), under `limit` bytes.
    bool readPart(const QString &name, qint64 limit, QByteArray &out);

    const CsvError &error() const { return m_error; }
    // Sets the error (the first one wins) and returns false.
    bool fail(CsvError::Code code, const QString &message);

private:
    struct Entry
    {
        quint64 position;
        quint64 fileNumber;
        qint64 packed;
        qint64 unpacked;
    };
    void closePart();

    QIODevice *m_device;
    Limits m_limits;
    void *m_zip = nullptr; // unzFile
    QHash<QString, Entry> m_entries;
    QString m_part;
    bool m_partOpen = false;
    bool m_partDone = true;
    qint64 m_inflated = 0;
    qint64 m_declared = 0;
    qint64 m_packed = 0;
    CsvError m_error;
};

} // namespace Lesspay::Core
