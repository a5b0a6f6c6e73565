// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/batchreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QStringList>

#include <functional>

namespace Lesspay::Printing {

// Writes reports and payment advice as PDF files (QPdfWriter, fonts embedded). A file appears
// only once it is completely written: a cancelled or failed export leaves nothing behind.
// Needs a QGuiApplication (fonts).
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    struct Options
    {
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QLocale locale;
        std::function<bool(int done, int total)> progress; // return false to cancel
    };

    enum class Result { Written, Cancelled, Failed };

    // Letter where it is the usual paper (United States, Canada, Mexico, the Philippines, ...), A4 elsewhere.
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());
    // "a4" or "letter" (any case); nullopt for anything else.
    static std::optional<QPageSize> pageSizeFromName(const QString &name);

    static Result writeReport(const Core::BatchReport &report, const QString &path, const Options &options,
                              QString *error = nullptr);
    // All advice in one file, a page each.
    static Result writeAdvice(const QList<Core::PaymentAdvice> &advice, const QString &path, const Options &options,
                              QString *error = nullptr);
    // One file per advice in dir, named PaymentAdvice::fileNameFor(reference); two references
    // that clean up to the same name get "-2", "-3", ... Lists the files written.
    static Result writeAdviceFiles(const QList<Core::PaymentAdvice> &advice, const QString &dir, const Options &options,
                                   QStringList *written = nullptr, QString *error = nullptr);
};

} // namespace Lesspay::Printing
