// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"

#include "printing/pdfexport.h"
#include "printing/reportrenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace Lesspay::Ui {

namespace {

// A progress dialog that appears only when the work takes a while; its Cancel stops the work.
class Progress
{
public:
    Progress(QWidget *parent, const QString &label)
        : m_dialog(label, ReportActions::tr("Cancel"), 0, 0, parent)
    {
        m_dialog.setObjectName(QStringLiteral("reportProgress"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    // The callback app/printing calls; false once the user pressed Cancel.
    std::function<bool(int, int)> callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(total);
            m_dialog.setValue(done); // a window-modal dialog processes events here, so Cancel is seen
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ReportActions::ReportActions(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
    m_saveFileName = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_parent, tr("Export PDF"), QDir(documents()).filePath(suggested),
                                            tr("PDF files (*.pdf)"));
    };
    m_directory = [this] {
        return QFileDialog::getExistingDirectory(m_parent, tr("Folder for the payment advice"), documents());
    };
    m_print = [this](QPrinter &printer, const std::function<bool(QPrinter *)> &paint) {
        QPrintPreviewDialog dialog(&printer, m_parent);
        dialog.setObjectName(QStringLiteral("reportPrintPreview"));
        dialog.setWindowTitle(tr("Print report"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&paint](QPrinter *p) { paint(p); });
        return dialog.exec() == QDialog::Accepted;
    };
}

QPageSize ReportActions::defaultPageSize()
{
    return Printing::PdfExport::defaultPageSize(QLocale());
}

ReportActions::Result ReportActions::exportPdf(const Core::BatchReport &report)
{
    const QString suggested =
        report.submitted ? tr("%1-report.pdf").arg(report.requestId) : tr("%1-review.pdf").arg(report.requestId);
    const QString path = m_saveFileName ? m_saveFileName(suggested) : QString();
    if (path.isEmpty())
        return {};
    Progress progress(m_parent, tr("Writing the report of %n payout(s)…", nullptr, int(report.lines.size())));
    Printing::PdfExport::Options options;
    options.pageSize = defaultPageSize();
    options.progress = progress.callback();
    QString error;
    switch (Printing::PdfExport::writeReport(report, path, options, &error)) {
    case Printing::PdfExport::Result::Written:
        return {Outcome::Done, tr("Saved %1.").arg(QDir::toNativeSeparators(path))};
    case Printing::PdfExport::Result::Cancelled:
        return {Outcome::Cancelled, tr("The PDF was not written: cancelled.")};
    case Printing::PdfExport::Result::Failed:
        break;
    }
    return {Outcome::Failed, error};
}

ReportActions::Result ReportActions::print(const Core::BatchReport &report)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(defaultPageSize());
    printer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    printer.setDocName(tr("Payout batch %1").arg(report.requestId));
    bool cancelled = false;
    const auto paint = [&](QPrinter *target) {
        Progress progress(m_parent, tr("Laying out %n payout(s)…", nullptr, int(report.lines.size())));
        Printing::ReportRenderer renderer(report);
        const bool ok = renderer.paint(target, progress.callback());
        cancelled = !ok;
        return ok;
    };
    if (!m_print || !m_print(printer, paint))
        return {};
    if (cancelled)
        return {Outcome::Cancelled, tr("Printing was cancelled.")};
    return {Outcome::Done, tr("Sent %1 to the printer.").arg(report.requestId)};
}

ReportActions::Result ReportActions::writeAdvice(const Core::BatchReport &report, const QString &payerName)
{
    const QList<Core::PaymentAdvice> advice = report.advice(payerName);
    if (advice.isEmpty())
        return {Outcome::Failed, tr("This batch has no paid payouts to write advice for.")};
    const QString dir = m_directory ? m_directory() : QString();
    if (dir.isEmpty())
        return {};
    Progress progress(m_parent, tr("Writing %n payment advice(s)…", nullptr, int(advice.size())));
    Printing::PdfExport::Options options;
    options.pageSize = defaultPageSize();
    options.progress = progress.callback();
    QString error;
    QStringList written;
    switch (Printing::PdfExport::writeAdviceFiles(advice, dir, options, &written, &error)) {
    case Printing::PdfExport::Result::Written:
        return {
            Outcome::Done,
            tr("Wrote %n payment advice(s) to %1.", nullptr, int(written.size())).arg(QDir::toNativeSeparators(dir))};
    case Printing::PdfExport::Result::Cancelled:
        return {Outcome::Cancelled, tr("Cancelled after %n payment advice(s).", nullptr, int(written.size()))};
    case Printing::PdfExport::Result::Failed:
        break;
    }
    return {Outcome::Failed, error};
}

} // namespace Lesspay::Ui
