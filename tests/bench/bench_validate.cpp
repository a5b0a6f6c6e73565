// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Validates generated payout details into a Batch and prints the rate and the peak memory.
// usage: bench_validate [ROWS] (default 1,000,000). Build it optimised (relwithtests preset).

#include "domain/batch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>

using namespace Lesspay::Core;

namespace {

// CPU time of this thread: on a busy machine the wall clock says more about the neighbours.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString digits(QRandomGenerator &rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + char16_t(rng.bounded(10))));
    return s;
}

// Two thirds bank rows, one third e-wallet rows with phone keys; keys mostly in E.164 (as the
// shared generator writes them), a fifth typed nationally with spaces.
QList<PayoutDetail> generate(int rows)
{
    static const char *const first[] = {"Juan", "Maria", "José", "Ana", "Pedro", "Rosa", "Carlo", "Liza", "Miguel"};
    static const char *const last[] = {"Dela Cruz", "Santos", "Reyes", "Garcia", "Mendoza", "Bautista", "Ramos"};
    static const char *const banks[][2] = {{"BDO Unibank", "BNORPHMM"},
                                           {"Bank of the Philippine Islands", "BOPIPHMMXXX"},
                                           {"Metropolitan Bank and Trust", "MBTCPHMM"},
                                           {"Land Bank of the Philippines", "TLBPPHMM"}};
    static const char *const mobilePrefixes[] = {"917", "918", "927", "995", "998", "905", "939", "977"};
    static const char *const providers[] = {"GCash", "GrabPay", "PayMaya"};
    QRandomGenerator rng(1);
    QList<PayoutDetail> out;
    out.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        PayoutDetail d;
        d.setValue(Field::MchOrderId, QStringLiteral("D%1").arg(i, 8, 10, QLatin1Char('0')));
        const quint32 cents = 100 + rng.bounded(5000000u);
        d.setValue(Field::Amount, QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')));
        const QString name = QString::fromUtf8(first[rng.bounded(9)]) + u' ' + QString::fromUtf8(last[rng.bounded(7)]);
        const QString type = rng.bounded(10) == 0 ? QStringLiteral("business") : QStringLiteral("individual");
        if (i % 3 != 2) {
            const auto &bank = banks[rng.bounded(4)];
            d.setValue(Field::DestinationType, PayoutDetail::Bank);
            d.setValue(Field::BankAccountName, name);
            d.setValue(Field::BankAccountNo, QString(QChar(u'1' + char16_t(rng.bounded(9)))) + digits(rng, 11));
            d.setValue(Field::BankAccountType, type);
            d.setValue(Field::BankName, QString::fromLatin1(bank[0]));
            d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
            d.setValue(Field::BankSwiftCode, QString::fromLatin1(bank[1]));
        } else {
            const QString national = QString::fromLatin1(mobilePrefixes[rng.bounded(8)]) + digits(rng, 7);
            d.setValue(Field::DestinationType, PayoutDetail::EWallet);
            d.setValue(Field::WalletAccountName, name);
            d.setValue(Field::WalletAccountNumber, u'0' + national);
            d.setValue(Field::WalletAccountType, type);
            d.setValue(Field::WalletProvider, QString::fromLatin1(providers[rng.bounded(3)]));
            d.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
            const QString spaced = u'0' + national.left(3) + u' ' + national.mid(3, 3) + u' ' + national.mid(6);
            d.setValue(Field::WalletDepositKey, rng.bounded(5) == 0 ? spaced : QString(u"+63" + national));
        }
        out.append(d);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    if (rows <= 0) {
        std::fprintf(stderr, "usage: bench_validate [ROWS]\n");
        return 2;
    }
    const DetailValidator validator(ReferenceData::builtin());
    const QList<PayoutDetail> details = generate(rows);
    const qint64 generatedRss = peakRssKiB();

    BatchHeader header;
    header.currency = QStringLiteral("PHP");
    Batch batch(validator, header);
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    for (const PayoutDetail &d : details)
        batch.append(d);
    const qint64 cpuNs = threadCpuNs() - cpuStart;
    const qint64 ns = timer.nsecsElapsed();

    std::printf("rows=%d errors=%d warnings=%d total=%s\n", batch.size(), batch.errorCount(), batch.warningCount(),
                qPrintable(batch.totalString()));
    std::printf("seconds=%.3f cpu_seconds=%.3f cpu_ns_per_row=%lld\n", double(ns) / 1e9, double(cpuNs) / 1e9,
                cpuNs / rows);
    std::printf("peak_rss_kib=%lld (of which the generated input %lld)\n", peakRssKiB(), generatedRss);
    std::printf("rows_per_cpu_second=%.0f\n", double(rows) / (double(cpuNs) / 1e9));
    std::printf("rows_per_second=%.0f\n", double(rows) / (double(ns) / 1e9));
    return batch.errorCount() == 0 ? 0 : 1;
}
