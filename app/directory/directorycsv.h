// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/payeerecords.h"

#include <QCoreApplication>

namespace Lesspay::Core {

class DetailValidator;
class PayeeDirectory;
class RowSource;

// The directory as a CSV file or an Excel workbook: one row per account (a payee without
// accounts has one row with empty account columns), headed payee_name, reference, notes, tags,
// then the API's account field names. An export holds full account numbers, so the file is
// created private (mode 0600) before its first byte; a name ending in .xlsx gets a workbook of
// text cells. An import reads CSV or a workbook by its content (not its name), adds payees and
// accounts through the directory (with their history), checks every account by the payout
// rules, and skips accounts the directory already holds for the same payee (duplicates).
class DirectoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryCsv)

public:
    static QStringList header();
    // The rows under header(), one per account.
    static QList<QStringList> rows(const QList<Payee> &payees);
    static bool write(const QString &path, const QList<Payee> &payees, QString *error = nullptr);

    struct ImportResult
    {
        int payeesAdded = 0;
        int accountsAdded = 0;
        int duplicates = 0;
        QStringList problems; // one sentence per row refused ("Row 4: ...")
        QString error;        // the file could not be read at all
    };
    static ImportResult import(const QString &path, PayeeDirectory &directory, const DetailValidator &validator,
                               const QString &currency);

private:
    static void importRows(RowSource &source, const QString &path, PayeeDirectory &directory,
                           const DetailValidator &validator, const QString &currency, ImportResult &result);
};

} // namespace Lesspay::Core
