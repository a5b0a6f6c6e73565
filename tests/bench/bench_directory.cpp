// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The recipient directory at scale: PAYEES payees with two accounts each in a journal, then
//  - the time to load them (PayeeDirectory's start),
//  - the search time per keystroke while typing a few names (goal: under 50 ms),
//  - the time to match a ROWS-row draft against the directory, alone and through the batch
//    model's warnings (goal: 10,000 rows under 500 ms).
// usage: bench_directory [PAYEES=100000] [ROWS=10000]. Build it optimised (relwithtests preset).

#include "directory/payeedirectory.h"
#include "journal/journal.h"
#include "journalconnection.h"
#include "models/batchmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Lesspay::Core;

namespace {

const char *const First[] = {"Juan", "Maria", "José", "Ana", "Pedro", "Rosa", "Carlo", "Liza", "Miguel", "Nena"};
const char *const Last[] = {"Dela Cruz", "Santos", "Reyes", "Garcia", "Mendoza", "Bautista", "Ramos", "Aquino"};

QString nameOf(int i)
{
    return QString::fromUtf8(First[i % 10]) + u' ' + QString::fromUtf8(Last[(i / 10) % 8]) + u' ' + QString::number(i);
}

QString accountNo(int payee, int account)
{
    return QStringLiteral("%1").arg(qint64(payee) * 2 + account + 100000000000LL, 12, 10, QLatin1Char('0'));
}

// Writes the payees in one transaction straight into the journal's tables: a benchmark does not
// wait for 100,000 synchronous commits.
bool fill(Journal &journal, int payees)
{
    QSqlDatabase db = JournalConnection::of(journal);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    if (!db.transaction())
        return false;
    QSqlQuery p(db);
    p.prepare(QStringLiteral("INSERT INTO payees (id, name, reference, notes, tags, created_at, updated_at) VALUES "
                             "(?, ?, ?, '', ?, 1, 1)"));
    QSqlQuery a(db);
    a.prepare(QStringLiteral("INSERT INTO payee_accounts (id, payee_id, destination_type, bank_account_name, "
                             "bank_account_no, bank_account_type, bank_name, bank_country_code, bank_swift_code, "
                             "created_at, changed_at) VALUES (?, ?, 'bank', ?, ?, 'individual', 'BDO Unibank', 'PH', "
                             "'BNORPHMM', 1, 0)"));
    for (int i = 0; i < payees; ++i) {
        p.addBindValue(i + 1);
        p.addBindValue(nameOf(i));
        p.addBindValue(QStringLiteral("REF-%1").arg(i));
        p.addBindValue(i % 3 ? QStringLiteral("suppliers") : QStringLiteral("gig,weekly"));
        if (!p.exec())
            return false;
        for (int k = 0; k < 2; ++k) {
            a.addBindValue(i * 2 + k + 1);
            a.addBindValue(i + 1);
            a.addBindValue(nameOf(i));
            a.addBindValue(accountNo(i, k));
            if (!a.exec())
                return false;
        }
    }
    return db.commit();
}

PayoutDetail row(int i, QRandomGenerator &rng, int payees)
{
    PayoutDetail d = BatchModel::blankDetail(PayoutDetail::Bank);
    const int payee = int(rng.bounded(payees));
    d.setValue(Field::MchOrderId, QStringLiteral("P%1").arg(i));
    d.setValue(Field::Amount, QStringLiteral("100.00"));
    // 80 % a saved account, 10 % a changed account of a saved payee, 10 % someone new.
    const quint32 kind = rng.bounded(10);
    d.setValue(Field::BankAccountName, kind == 9 ? QStringLiteral("New Person %1").arg(i) : nameOf(payee));
    d.setValue(Field::BankAccountNo,
               kind == 8 ? QStringLiteral("999%1").arg(i, 9, 10, QLatin1Char('0')) : accountNo(payee, int(kind % 2)));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int payees = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int rows = args.size() > 2 ? args.at(2).toInt() : 10000;

    QTemporaryDir dir;
    std::unique_ptr<Journal> journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!journal || !fill(*journal, payees)) {
        std::fprintf(stderr, "cannot fill the journal\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    PayeeDirectory directory(*journal);
    std::printf("load %d payees (%d accounts): %.1f ms\n", directory.index().size(), payees * 2,
                ms(timer.nsecsElapsed()));

    // Typing, keystroke by keystroke: each prefix is one search over the whole directory.
    const QStringList typed{QStringLiteral("maria santos 8011"), QStringLiteral("dela cruz"),
                            QStringLiteral("ref-9999"), QStringLiteral("zzz")};
    QList<double> perKey;
    for (const QString &text : typed) {
        for (int n = 1; n <= text.size(); ++n) {
            timer.restart();
            const QList<qint64> found = directory.index().search(QStringView(text).left(n));
            perKey.append(ms(timer.nsecsElapsed()));
            if (n == text.size())
                std::printf("search \"%s\": %lld payees\n", qPrintable(text), qlonglong(found.size()));
        }
    }
    std::sort(perKey.begin(), perKey.end());
    std::printf("search per keystroke (%lld keystrokes): median %.2f ms, worst %.2f ms (goal < 50)\n",
                qlonglong(perKey.size()), perKey.at(perKey.size() / 2), perKey.last());
    timer.restart();
    const QList<qint64> tagged = directory.index().search(QStringLiteral("santos"), QStringLiteral("weekly"));
    std::printf("search with tag: %lld payees in %.2f ms\n", qlonglong(tagged.size()), ms(timer.nsecsElapsed()));

    QRandomGenerator rng(7);
    QList<PayoutDetail> details;
    details.reserve(rows);
    for (int i = 0; i < rows; ++i)
        details.append(row(i, rng, payees));

    timer.restart();
    int flagged = 0;
    for (const PayoutDetail &d : std::as_const(details))
        flagged += directory.match(d).needsConfirmation() ? 1 : 0;
    std::printf("match %d rows: %.1f ms, %d flagged (goal < 500)\n", rows, ms(timer.nsecsElapsed()), flagged);

    const DetailValidator validator(ReferenceData::builtin());
    BatchModel model(validator, {RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                                 QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/n")});
    model.insertDetails(0, details);
    timer.restart();
    model.setPayeeLookup([&directory](const PayoutDetail &detail) {
        const PayeeMatch match = directory.match(detail);
        return BatchModel::PayeeNote{match.payeeId, match.warning(), {}};
    });
    std::printf("draft of %d rows matched through the model: %.1f ms, %d warnings (goal < 500)\n", rows,
                ms(timer.nsecsElapsed()), model.payeeWarningCount());
    return flagged == model.payeeWarningCount() ? 0 : 1;
}
