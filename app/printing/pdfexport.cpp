// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexport.h"

#include "advicerenderer.h"
#include "reportrenderer.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

namespace Lesspay::Printing {

namespace {

constexpr int Resolution = 300; // device units per inch; text and rules stay vectors whatever it is

void setUp(QPdfWriter &writer, const PdfExport::Options &options, const QString &title)
{
    writer.setResolution(Resolution);
    writer.setPageSize(options.pageSize);
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Lesspay Payout Console " LESSPAY_VERSION));
}

template<typename Paint>
PdfExport::Result writeFile(const QString &path, const PdfExport::Options &options, const QString &title, Paint paint,
                            QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = PdfExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return PdfExport::Result::Failed;
    }
    bool cancelled = false;
    bool painted = false;
    {
        QPdfWriter writer(&file);
        setUp(writer, options, title);
        const auto progress = [&](int done, int total) {
            if (options.progress && !options.progress(done, total))
                cancelled = true;
            return !cancelled;
        };
        painted = paint(writer, progress);
    } // the writer finishes the PDF when it is destroyed
    if (cancelled) {
        file.cancelWriting();
        return PdfExport::Result::Cancelled;
    }
    if (!painted || !file.commit()) {
        if (error)
            *error = PdfExport::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              painted ? file.errorString() : PdfExport::tr("the PDF could not be laid out"));
        return PdfExport::Result::Failed;
    }
    return PdfExport::Result::Written;
}

} // namespace

QPageSize PdfExport::defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

std::optional<QPageSize> PdfExport::pageSizeFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

PdfExport::Result PdfExport::writeReport(const Core::BatchReport &report, const QString &path, const Options &options,
                                         QString *error)
{
    return writeFile(
        path, options, tr("Payout batch %1").arg(report.requestId),
        [&](QPdfWriter &writer, const ReportRenderer::Progress &progress) {
            ReportRenderer renderer(report, options.locale);
            return renderer.paint(&writer, progress);
        },
        error);
}

PdfExport::Result PdfExport::writeAdvice(const QList<Core::PaymentAdvice> &advice, const QString &path,
                                         const Options &options, QString *error)
{
    return writeFile(
        path, options, tr("Payment advice"),
        [&](QPdfWriter &writer, const AdviceRenderer::Progress &progress) {
            return AdviceRenderer(options.locale).paint(&writer, advice, progress);
        },
        error);
}

PdfExport::Result PdfExport::writeAdviceFiles(const QList<Core::PaymentAdvice> &advice, const QString &dir,
                                              const Options &options, QStringList *written, QString *error)
{
    const QDir target(dir);
    if (!target.exists() && !QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return Result::Failed;
    }
    QSet<QString> used;
    for (qsizetype i = 0; i < advice.size(); ++i) {
        const QString base = Core::PaymentAdvice::fileNameFor(advice.at(i).reference);
        QString name = base;
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = base.chopped(4) + u'-' + QString::number(n) + QStringLiteral(".pdf");
        used.insert(name.toLower());
        Options one = options;
        one.progress = {};
        const QString path = target.filePath(name);
        const Result r = writeAdvice({advice.at(i)}, path, one, error);
        if (r != Result::Written)
            return r;
        if (written)
            written->append(path);
        if (options.progress && !options.progress(int(i + 1), int(advice.size())))
            return Result::Cancelled;
    }
    return Result::Written;
}

} // namespace Lesspay::Printing
