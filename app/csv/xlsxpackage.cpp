// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxpackage.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <minizip/unzip.h>

namespace Lesspay::Core {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;

// minizip's file functions over the QIODevice: the archive is read where it is, and a name
// inside it is only ever a key into the central directory.
voidpf openDevice(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong readDevice(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong writeDevice(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T tellDevice(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 target = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        target += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        target += device->size();
    return target >= 0 && target <= device->size() && device->seek(target) ? 0 : -1;
}

int closeDevice(voidpf, voidpf)
{
    return 0;
}

int errorDevice(voidpf, voidpf)
{
    return 0;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Core::XlsxPackage", text);
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString((bytes + (1 << 20) - 1) >> 20);
}

} // namespace

XlsxPackage::XlsxPackage(QIODevice *device, const Limits &limits)
    : m_device(device)
    , m_limits(limits)
{}

XlsxPackage::~XlsxPackage()
{
    closePart();
    if (m_zip)
        unzClose(m_zip);
}

bool XlsxPackage::fail(CsvError::Code code, const QString &message)
{
    if (!m_error.isError()) {
        m_error.code = code;
        m_error.message = message;
    }
    return false;
}

bool XlsxPackage::open()
{
    if (!m_device || !m_device->isOpen() || m_device->isSequential())
        return fail(CsvError::Code::Io, tr("The workbook could not be read."));
    if (m_limits.maxFileBytes > 0 && m_device->size() > m_limits.maxFileBytes)
        return fail(
            CsvError::Code::FileTooLarge,
            tr("The workbook is larger than %1 MB, the limit for an import.").arg(megabytes(m_limits.maxFileBytes)));
    zlib_filefunc64_def functions{openDevice, readDevice,  writeDevice, tellDevice,
                                  seekDevice, closeDevice, errorDevice, m_device};
    m_zip = unzOpen2_64("", &functions);
    if (!m_zip)
        return fail(CsvError::Code::InvalidWorkbook,
                    tr("The file is not a workbook: its zip directory is missing or damaged."));
    int entries = 0;
    for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
        if (++entries > m_limits.maxEntries)
            return fail(
                CsvError::Code::WorkbookLimit,
                tr("The workbook holds more than %1 parts; workbooks have a few dozen.").arg(m_limits.maxEntries));
        unz_file_info64 info;
        char name[1024];
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return fail(CsvError::Code::InvalidWorkbook, tr("The workbook's zip directory is damaged."));
        if (info.flag & 1)
            return fail(CsvError::Code::InvalidWorkbook,
                        tr("The workbook is encrypted. Save it without a password and import it again."));
        unz64_file_pos position;
        unzGetFilePos64(m_zip, &position);
        const QString key = QString::fromUtf8(name, qsizetype(std::min<uLong>(info.size_filename, sizeof name - 1)));
        if (!m_entries.contains(key)) {
            m_entries.insert(key, Entry{position.pos_in_zip_directory, position.num_of_file,
                                        qint64(info.compressed_size), qint64(info.uncompressed_size)});
        }
    }
    return true;
}

void XlsxPackage::closePart()
{
    if (m_partOpen)
        unzCloseCurrentFile(m_zip);
    m_partOpen = false;
    m_partDone = true;
}

bool XlsxPackage::openPart(const QString &name)
{
    // Each reading of a part starts clean: a reader that read ahead into damage may read the part
    // again and stop where the damage does not matter yet, as a reader in one pass would.
    m_error = CsvError();
    closePart();
    m_part = name;
    m_inflated = 0;
    const auto it = m_entries.constFind(name);
    if (!m_zip || it == m_entries.constEnd())
        return fail(CsvError::Code::InvalidWorkbook, tr("The workbook has no part %1.").arg(name));
    if (m_limits.maxPartBytes > 0 && it->unpacked > m_limits.maxPartBytes)
        return fail(CsvError::Code::WorkbookLimit,
                    tr("The workbook's part %1 unpacks to %2 MB, more than the limit "
                       "of %3 MB: the file was refused.")
                        .arg(name, megabytes(it->unpacked), megabytes(m_limits.maxPartBytes)));
    const unz64_file_pos position{it->position, it->fileNumber};
    if (unzGoToFilePos64(m_zip, &position) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
        return fail(CsvError::Code::InvalidWorkbook, tr("The workbook's part %1 cannot be unpacked.").arg(name));
    m_partOpen = true;
    m_partDone = false;
    m_declared = it->unpacked;
    // The directory's sizes are the file's word; the file's own size bounds what really was packed.
    m_packed = std::max<qint64>(1, std::min(it->packed, m_device->size()));
    return true;
}

QByteArray XlsxPackage::readChunk()
{
    if (!m_partOpen || m_partDone || m_error.isError())
        return {};
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    const int n = unzReadCurrentFile(m_zip, chunk.data(), unsigned(chunk.size()));
    if (n < 0) {
        closePart();
        fail(CsvError::Code::InvalidWorkbook,
             tr("The workbook's part %1 is damaged and cannot be unpacked.").arg(m_part));
        return {};
    }
    if (n == 0) {
        const bool crcOk = unzCloseCurrentFile(m_zip) == UNZ_OK;
        m_partOpen = false;
        m_partDone = true;
        if (!crcOk)
            fail(CsvError::Code::InvalidWorkbook,
                 tr("The workbook's part %1 is damaged (its checksum is wrong).").arg(m_part));
        return {};
    }
    m_inflated += n;
    if (m_limits.maxPartBytes > 0 && m_inflated > m_limits.maxPartBytes) {
        closePart();
        fail(CsvError::Code::WorkbookLimit,
             tr("The workbook's part %1 unpacks to more than %2 MB: the file was refused.")
                 .arg(m_part, megabytes(m_limits.maxPartBytes)));
        return {};
    }
    if (m_inflated > m_limits.ratioFloor && m_inflated / m_packed > m_limits.maxRatio) {
        closePart();
        fail(CsvError::Code::WorkbookLimit,
             tr("The workbook's part %1 unpacks to more than %2 times its packed size, which no spreadsheet "
                "program writes: the file was refused as a zip bomb.")
                 .arg(m_part)
                 .arg(m_limits.maxRatio));
        return {};
    }
    chunk.truncate(n);
    return chunk;
}

bool XlsxPackage::readPart(const QString &name, qint64 limit, QByteArray &out)
{
    out.clear();
    if (!openPart(name))
        return false;
    for (QByteArray chunk = readChunk(); !chunk.isEmpty(); chunk = readChunk()) {
        out.append(chunk);
        if (out.size() > limit) {
            closePart();
            return fail(
                CsvError::Code::WorkbookLimit,
                tr("The workbook's part %1 is larger than %2 MB: the file was refused.").arg(name, megabytes(limit)));
        }
    }
    return !m_error.isError();
}

} // namespace Lesspay::Core
