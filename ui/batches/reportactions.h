// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/batchreport.h"

#include <QObject>
#include <QPageSize>

#include <functional>

class QPrinter;
class QWidget;

namespace Lesspay::Ui {

// The console's Print…, Export PDF… and Payment advice… for one report: asks where (through
// seams that tests answer), lays it out with app/printing and shows a cancellable progress
// dialog while it does. Used by the batch detail and by the review before submitting.
class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)

public:
    // Where to save a PDF; empty: cancelled. Default: a file dialog.
    using SaveFileNameProvider = std::function<QString(const QString &suggestedName)>;
    // The folder for payment advice; empty: cancelled. Default: a folder dialog.
    using DirectoryProvider = std::function<QString()>;
    // Shows the print preview / print dialog for printer and calls paint for each rendering it
    // needs; returns whether something was printed. Default: QPrintPreviewDialog.
    using PrintRunner = std::function<bool(QPrinter &printer, const std::function<bool(QPrinter *)> &paint)>;

    enum class Outcome { Done, Cancelled, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Cancelled;
        QString message; // for the status line; empty when cancelled before anything happened
    };

    explicit ReportActions(QWidget *parent);

    void setSaveFileNameProvider(SaveFileNameProvider provider) { m_saveFileName = std::move(provider); }
    void setDirectoryProvider(DirectoryProvider provider) { m_directory = std::move(provider); }
    void setPrintRunner(PrintRunner runner) { m_print = std::move(runner); }

    Result exportPdf(const Core::BatchReport &report);
    Result print(const Core::BatchReport &report);
    // One PDF per paid payout of a final batch, into a folder the user picks.
    Result writeAdvice(const Core::BatchReport &report, const QString &payerName);

    static QPageSize defaultPageSize();

private:
    QWidget *m_parent;
    SaveFileNameProvider m_saveFileName;
    DirectoryProvider m_directory;
    PrintRunner m_print;
};

} // namespace Lesspay::Ui
