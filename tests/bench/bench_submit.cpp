// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reviews and submits a large draft as the console does (DraftSession's review on its worker, the
// review dialog with its first request page, the submit recorded on the worker and handed to the
// engine) while a 2 ms heartbeat timer measures how long the event loop is blocked at most.
// usage: bench_submit [ROWS=100000]; goal: no block over 50 ms.

#include "journal/journal.h"
#include "models/batchmodel.h"
#include "models/frozenbody.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "session/draftsession.h"
#include "settings/settings.h"
#include "submitreviewdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

using namespace Lesspay::Core;
using Lesspay::Ui::SubmitReviewDialog;

namespace {

QList<PayoutDetail> rows(int count)
{
    QList<PayoutDetail> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        PayoutDetail d;
        d.setValue(Field::MchOrderId, QStringLiteral("PAYROLL-%1").arg(i, 8, 10, QLatin1Char('0')));
        d.setValue(Field::Amount, QStringLiteral("%1.%2").arg(1 + i % 5000).arg(i % 100, 2, 10, QLatin1Char('0')));
        if (i % 3 != 2) {
            d.setValue(Field::DestinationType, PayoutDetail::Bank);
            d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
            d.setValue(Field::BankAccountNo, QStringLiteral("1%1").arg(i, 11, 10, QLatin1Char('0')));
            d.setValue(Field::BankAccountType, QStringLiteral("individual"));
            d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
            d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
            d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
        } else {
            d.setValue(Field::DestinationType, PayoutDetail::EWallet);
            d.setValue(Field::WalletAccountName, QStringLiteral("Ana Reyes"));
            d.setValue(Field::WalletAccountNumber, QStringLiteral("09171234567"));
            d.setValue(Field::WalletAccountType, QStringLiteral("individual"));
            d.setValue(Field::WalletProvider, QStringLiteral("GCash"));
            d.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
            d.setValue(Field::WalletDepositKey, QStringLiteral("+639171234567"));
        }
        out.append(d);
    }
    return out;
}

// The longest times between two heartbeats (a QElapsedTimer watchdog on the event loop), each with
// the step or signal that ran before it and the one that ended it, so that a block names its cause,
// and the CPU time the GUI thread spent in it: on a busy machine the rest is waiting for a core.
class Heartbeat
{
public:
    struct Block
    {
        double ms = 0;
        double cpuMs = 0; // the GUI thread's own CPU time during the block
        QByteArray after; // the last mark before the block
        QByteArray until; // the mark (or heartbeat) that ended it
    };

    Heartbeat()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { beat("heartbeat"); });
    }
    void start()
    {
        m_cpuSince = threadCpuMs();
        m_since.start();
        m_timer.start();
    }
    // Closes the gap so far (it belongs to what ran before) and names what runs next.
    void mark(const QByteArray &step)
    {
        beat(step);
        m_step = step;
    }
    double longest() const { return m_blocks.isEmpty() ? 0.0 : m_blocks.constFirst().ms; }
    QByteArray longestStep() const { return m_blocks.isEmpty() ? QByteArray("idle") : m_blocks.constFirst().after; }
    // The longest blocks, longest first.
    const QList<Block> &blocks() const { return m_blocks; }

private:
    static constexpr int Kept = 8;

    void beat(const QByteArray &until)
    {
        const double gap = double(m_since.nsecsElapsed()) / 1e6;
        m_since.start();
        const double cpu = threadCpuMs();
        const double cpuGap = cpu - std::exchange(m_cpuSince, cpu);
        if (m_blocks.size() == Kept && gap <= m_blocks.constLast().ms)
            return;
        const auto at = std::find_if(m_blocks.begin(), m_blocks.end(), [gap](const Block &b) { return gap > b.ms; });
        m_blocks.insert(at, Block{gap, cpuGap, m_step, until});
        if (m_blocks.size() > Kept)
            m_blocks.removeLast();
    }

    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }

    QTimer m_timer;
    QElapsedTimer m_since;
    double m_cpuSince = 0;
    QByteArray m_step = "idle";
    QList<Block> m_blocks;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_submit [ROWS]\n");
        return 2;
    }
    QTemporaryDir dir;
    MemorySecretStore secrets;
    ConsoleServices::Options options;
    options.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    options.secrets = &secrets;
    QString error;
    const std::unique_ptr<ConsoleServices> services = ConsoleServices::create(options, &error);
    if (!services) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Profile profile = Profile::create(QStringLiteral("bench"), Profile::Environment::Custom);
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens: the send fails at once
    profile.appId = QStringLiteral("bench");
    profile.wayType = QStringLiteral("BANK_TRANSFER");
    profile.wayCode = QStringLiteral("TAZAPAY_PAYOUT");
    profile.notifyUrl = QStringLiteral("https://merchant.example.com/notify");
    profile.allowedCurrencies = {QStringLiteral("PHP")};
    services->settings().saveProfile(profile);
    services->settings().setCurrentProfileId(profile.id);
    DraftSession session(*services);
    session.followCurrentProfile();
    session.model()->insertDetails(0, rows(count));
    QElapsedTimer saving;
    saving.start();
    session.save(true);
    const double autosaveMs = double(saving.nsecsElapsed()) / 1e6;

    Heartbeat heartbeat;
    // Signals that end or start work on the GUI thread mark the heartbeat, so that each block is
    // named by what came before it and what ended it (a signal's mark runs after the session's own
    // slots on it, which the block therefore includes).
    SubmissionEngine &engine = services->engine();
    QObject::connect(&engine, &SubmissionEngine::stateChanged, &app, [&](const QString &, BatchState state) {
        heartbeat.mark("engine stateChanged(" + BatchStates::key(state).toLatin1() + ')');
    });
    QObject::connect(&engine, &SubmissionEngine::settled, &app, [&](const QString &, BatchState state) {
        heartbeat.mark("engine settled(" + BatchStates::key(state).toLatin1() + ')');
    });
    QObject::connect(&engine, &SubmissionEngine::batchChanged, &app, [&] { heartbeat.mark("engine batchChanged"); });
    QObject::connect(&session, &DraftSession::stateChanged, &app, [&] { heartbeat.mark("session stateChanged"); });
    QObject::connect(&session, &DraftSession::saved, &app, [&] { heartbeat.mark("session saved"); });
    QObject::connect(&session, &DraftSession::freezeProgress, &app, [&] { heartbeat.mark("session freezeProgress"); });
    int exitCode = 0;
    QByteArray body;
    // Each step starts from the event loop, as the console runs it, and says when it is done; its
    // own time (start to done, the event loop running meanwhile) is printed too.
    using Done = std::function<void(bool ok)>;
    struct Step
    {
        const char *name;
        std::function<void(const Done &)> run;
        double ms = 0;
    };
    DraftSession::Review review;
    std::unique_ptr<SubmitReviewDialog> dialog;
    QList<Step> steps = {
        {"autosave: an edit, then the debounced save (on the worker for a large draft)",
         [&](const Done &done) {
             QObject::connect(
                 &session, &DraftSession::saved, &app, [done] { done(true); }, Qt::SingleShotConnection);
             BatchModel *model = session.model();
             model->setData(model->index(0, BatchModel::AmountColumn), QStringLiteral("2.00"));
         }},
        {"review: DraftSession::startReview (save + write on the worker)",
         [&](const Done &done) {
             QObject::connect(
                 &session, &DraftSession::reviewFinished, &app,
                 [&, done](const DraftSession::Review &r) {
                     review = r;
                     done(r.status == DraftSession::Review::Status::Ready);
                 },
                 Qt::SingleShotConnection);
             if (session.startReview() != DraftSession::Review::Status::Ready)
                 done(false);
         }},
        {"review dialog: built, shown, first request page",
         [&](const Done &done) {
             BatchModel *model = session.model();
             dialog = std::make_unique<SubmitReviewDialog>(model->batch(), model->decimals(), *session.profile(),
                                                           review.request, nullptr, review.walletCount);
             dialog->show();
             dialog->findChild<QPushButton *>(QStringLiteral("showRequestButton"))->click();
             done(dialog->requestPageCount() > 1);
         }},
        {"submit: DraftSession::startSubmit (journal on the worker, then the engine)",
         [&](const Done &done) {
             dialog->hide();
             body = dialog->request().body;
             QObject::connect(
                 &session, &DraftSession::submitFinished, &app,
                 [&, done](const SubmissionEngine::SubmitResult &result) {
                     if (!result.ok)
                         std::fprintf(stderr, "not submitted: %s\n", qPrintable(result.error));
                     done(result.ok);
                 },
                 Qt::SingleShotConnection);
             QString error;
             if (!session.startSubmit(dialog->request(), {}, &error)) {
                 std::fprintf(stderr, "not started: %s\n", qPrintable(error));
                 done(false);
             }
         }},
    };
    std::function<void(int)> runStep = [&](int index) {
        if (index == steps.size()) {
            heartbeat.mark("after the submit (sending, the connection refused, recorded)");
            QTimer::singleShot(500, &app, [&] {
                heartbeat.mark("done");
                app.quit();
            });
            return;
        }
        Step &step = steps[index];
        heartbeat.mark(step.name);
        auto *t = new QElapsedTimer;
        t->start();
        step.run([&, index, t](bool ok) {
            steps[index].ms = double(t->nsecsElapsed()) / 1e6;
            delete t;
            heartbeat.mark("event loop");
            if (!ok) {
                std::fprintf(stderr, "%s failed\n", steps[index].name);
                exitCode = 1;
                app.quit();
                return;
            }
            QTimer::singleShot(20, &app, [&, index] { runStep(index + 1); });
        });
    };
    QTimer::singleShot(20, &app, [&] { runStep(0); });
    QTimer::singleShot(120000, &app, &QCoreApplication::quit);
    heartbeat.start();
    app.exec();

    std::printf("payouts=%d body=%.1f MB\n", count, double(body.size()) / 1e6);
    std::printf("(before the run) saving the whole draft at once (flush, on the GUI thread): %.1f ms\n", autosaveMs);
    for (const Step &step : steps)
        std::printf("%s: %.1f ms\n", step.name, step.ms);
    std::printf("longest event-loop blocks:\n");
    for (const Heartbeat::Block &block : heartbeat.blocks())
        std::printf("  %8.1f ms (GUI thread CPU %6.1f ms)  after: %s  until: %s\n", block.ms, block.cpuMs,
                    block.after.constData(), block.until.constData());
    std::printf("longest event-loop block %.1f ms (%s); goal <= 50 ms: %s\n", heartbeat.longest(),
                heartbeat.longestStep().constData(), heartbeat.longest() <= 50.0 ? "met" : "missed");
    return exitCode;
}
