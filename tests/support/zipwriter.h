// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lesspay::Test {

// Writes zip archives part by part with minizip, for hand-made workbooks and hostile archives.
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool add(const QString &name, const QByteArray &data);
    // A part of `prefix` followed by `bytes` copies of `fill`, deflated at the highest level a
    // megabyte at a time.
    bool addRepeated(const QString &name, const QByteArray &prefix, char fill, qint64 bytes);
    bool close();

    // A minimal workbook: one sheet per XML body (the <sheetData> and what surrounds it), shared
    // strings and styles when given.
    static bool writeWorkbook(const QString &path, const QList<QByteArray> &sheets,
                              const QByteArray &sharedStrings = {}, const QByteArray &styles = {},
                              const QByteArray &workbookPr = {});

private:
    void *m_zip = nullptr;
};

} // namespace Lesspay::Test
