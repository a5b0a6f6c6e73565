// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journalsidebar.h"
#include "models/journalsidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;
using namespace BatchJournalFixture;

// The side list of the Draft page: two list views on the groups of one JournalSidebarModel.
class TestJournalSidebar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refresh_newDraftSaved_selectionStaysOnItsDraft();
    void activate_draftAndBatch_signalsTheirIds();
    void refresh_busySecondProfile_batchStillListed();

private:
    qint64 saveDraft(const QString &profileId, const QString &title);
    QListView *list(const char *name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalSidebarModel> m_model; // the console's is DraftSession's
    std::unique_ptr<JournalSidebar> m_sidebar;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_now = 1'780'000'000'000;
    int m_count = 0;
};

void TestJournalSidebar::init()
{
    m_journal =
        Journal::open(m_dir.filePath(QStringLiteral("j-%1.sqlite").arg(++m_count)), nullptr, [this] { return m_now; });
    QVERIFY(m_journal);
    m_model = std::make_unique<JournalSidebarModel>(*m_journal);
    m_sidebar = std::make_unique<JournalSidebar>(*m_model);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_sidebar->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_sidebar->resize(260, 500);
    m_sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
}

void TestJournalSidebar::cleanup()
{
    m_tester.reset();
    m_sidebar.reset();
    m_model.reset();
    m_journal.reset();
}

qint64 TestJournalSidebar::saveDraft(const QString &profileId, const QString &title)
{
    m_now += 1000;
    DraftRecord draft;
    draft.profileId = profileId;
    draft.title = title;
    draft.header.currency = QStringLiteral("PHP");
    draft.header.requestId = RequestId::generate();
    draft.rowCount = 1;
    return DraftStore(*m_journal).save(draft).value_or(0);
}

QListView *TestJournalSidebar::list(const char *name) const
{
    return m_sidebar->findChild<QListView *>(QLatin1String(name));
}

// The old list was cleared and refilled on every signal, losing what the user had selected.
void TestJournalSidebar::refresh_newDraftSaved_selectionStaysOnItsDraft()
{
    const qint64 chosen = saveDraft(QStringLiteral("a"), QStringLiteral("Chosen"));
    saveDraft(QStringLiteral("a"), QStringLiteral("Other"));
    m_model->setProfile(QStringLiteral("a"));
    QListView *drafts = list("draftsList");
    QVERIFY(drafts);
    QCOMPARE(drafts->model()->rowCount(drafts->rootIndex()), 2);
    const QModelIndex item = drafts->model()->index(1, 0, drafts->rootIndex());
    QCOMPARE(item.data(JournalSidebarModel::DraftIdRole).toLongLong(), chosen);
    drafts->setCurrentIndex(item);

    saveDraft(QStringLiteral("a"), QStringLiteral("Newest"));
    m_sidebar->refresh();
    QCOMPARE(drafts->model()->rowCount(drafts->rootIndex()), 3);
    QCOMPARE(drafts->currentIndex().data(JournalSidebarModel::DraftIdRole).toLongLong(), chosen);
    QCOMPARE(drafts->currentIndex().row(), 2);
    QVERIFY(drafts->selectionModel()->isSelected(drafts->currentIndex()));
}

void TestJournalSidebar::activate_draftAndBatch_signalsTheirIds()
{
    const qint64 draft = saveDraft(QStringLiteral("a"), QStringLiteral("Payroll"));
    QVERIFY(
        m_journal->freeze(0, QStringLiteral("a"), createBody(QStringLiteral("R1"), payouts(QStringLiteral("m"), 1))));
    m_model->setProfile(QStringLiteral("a"));
    QSignalSpy draftSpy(m_sidebar.get(), &JournalSidebar::draftActivated);
    QSignalSpy batchSpy(m_sidebar.get(), &JournalSidebar::batchActivated);
    for (const char *name : {"draftsList", "batchesList"}) {
        QListView *view = list(name);
        QVERIFY(view);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0, view->rootIndex()));
        QTest::keyClick(view, Qt::Key_Return);
    }
    QCOMPARE(draftSpy.count(), 1);
    QCOMPARE(draftSpy.first().at(0).toLongLong(), draft);
    QCOMPARE(batchSpy.count(), 1);
    QCOMPARE(batchSpy.first().at(0).toString(), QStringLiteral("R1"));
}

// A second profile that sent more than 200 batches used to push this profile's out of the list.
void TestJournalSidebar::refresh_busySecondProfile_batchStillListed()
{
    QVERIFY(m_journal->freeze(0, QStringLiteral("quiet"),
                              createBody(QStringLiteral("QUIET1"), payouts(QStringLiteral("q"), 1))));
    for (int i = 0; i < JournalSidebarModel::DefaultBatchLimit + 10; ++i) {
        QVERIFY(
            m_journal->freeze(0, QStringLiteral("busy"),
                              createBody(QStringLiteral("BUSY%1").arg(i), payouts(QStringLiteral("b%1").arg(i), 1))));
    }
    m_model->setProfile(QStringLiteral("quiet"));
    QListView *batches = list("batchesList");
    QVERIFY(batches);
    QCOMPARE(batches->model()->rowCount(batches->rootIndex()), 1);
    QVERIFY(batches->model()->index(0, 0, batches->rootIndex()).data().toString().startsWith(QStringLiteral("QUIET1")));
}

QTEST_MAIN(TestJournalSidebar)
#include "tst_journalsidebar.moc"
