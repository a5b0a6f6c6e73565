// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include <QList>

#include <minizip/zip.h>

namespace Lesspay::Test {

ZipWriter::ZipWriter(const QString &path)
    : m_zip(zipOpen64(path.toLocal8Bit().constData(), APPEND_STATUS_CREATE))
{}

ZipWriter::~ZipWriter()
{
    close();
}

bool ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!m_zip)
        return false;
    zip_fileinfo info{};
    if (zipOpenNewFileInZip64(m_zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 1)
        != ZIP_OK)
        return false;
    const bool written = zipWriteInFileInZip(m_zip, data.constData(), unsigned(data.size())) == ZIP_OK;
    return zipCloseFileInZip(m_zip) == ZIP_OK && written;
}

bool ZipWriter::addRepeated(const QString &name, const QByteArray &prefix, char fill, qint64 bytes)
{
    if (!m_zip)
        return false;
    zip_fileinfo info{};
    if (zipOpenNewFileInZip64(m_zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_BEST_COMPRESSION, 1)
        != ZIP_OK)
        return false;
    const QByteArray zeros(1 << 20, fill);
    bool written = zipWriteInFileInZip(m_zip, prefix.constData(), unsigned(prefix.size())) == ZIP_OK;
    for (qint64 left = bytes; left > 0 && written; left -= zeros.size())
        written =
            zipWriteInFileInZip(m_zip, zeros.constData(), unsigned(std::min<qint64>(left, zeros.size()))) == ZIP_OK;
    return zipCloseFileInZip(m_zip) == ZIP_OK && written;
}

bool ZipWriter::close()
{
    if (!m_zip)
        return true;
    const bool ok = zipClose(m_zip, nullptr) == ZIP_OK;
    m_zip = nullptr;
    return ok;
}

bool ZipWriter::writeWorkbook(const QString &path, const QList<QByteArray> &sheets, const QByteArray &sharedStrings,
                              const QByteArray &styles, const QByteArray &workbookPr)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ZipWriter zip(path);
    bool ok = zip.add(QStringLiteral("[Content_Types].xml"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    ok = ok
         && zip.add(QStringLiteral("_rels/.rels"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    "Type=\""
                        + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
                          + "\">" + workbookPr + "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"Sheet" + n + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet" + n
                + ".xml\"/>";
        ok = ok
             && zip.add(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\">" + sheets.at(i)
                            + "</worksheet>");
    }
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        ok =
            ok
            && zip.add(QStringLiteral("xl/sharedStrings.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                                                                   + main + "\">" + sharedStrings + "</sst>");
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
        ok =
            ok
            && zip.add(QStringLiteral("xl/styles.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
                                                            + main + "\">" + styles + "</styleSheet>");
    }
    ok = ok && zip.add(QStringLiteral("xl/workbook.xml"), workbook + "</sheets></workbook>");
    ok = ok && zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    return zip.close() && ok;
}

} // namespace Lesspay::Test
