// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "models/journalsidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace BatchJournalFixture;

using Group = JournalSidebarModel::Group;

class TestJournalSidebarModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setProfile_twoProfiles_onlyThisProfilesOpenDraftsAndBatches();
    void reload_busySecondProfile_thisProfilesBatchesStillListed();
    void reload_draftSavedAgain_movesToTopWithoutReset();
    void reload_draftSubmitted_draftRowRemovedBatchRowInserted();
    void reload_batchStateChanged_onlyThatRowChanged();
    void reload_nothingChanged_noSignal();
    void setCurrentDraft_otherDraft_bothRowsChanged();
    void setProfile_otherProfile_rowsReplacedRowByRow();

private:
    qint64 saveDraft(const QString &profileId, const QString &title, qint64 id = 0, int rows = 1);
    QStringList texts(Group group) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalSidebarModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_now = 1'780'000'000'000;
    int m_count = 0;
};

void TestJournalSidebarModel::init()
{
    m_journal = Journal::open(JournalBackend::location(m_dir.filePath(QStringLiteral("j-%1.sqlite").arg(++m_count))),
                              nullptr, [this] { return m_now; });
    QVERIFY(m_journal);
    m_model = std::make_unique<JournalSidebarModel>(*m_journal);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestJournalSidebarModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_journal.reset();
}

qint64 TestJournalSidebarModel::saveDraft(const QString &profileId, const QString &title, qint64 id, int rows)
{
    m_now += 1000;
    DraftRecord draft;
    draft.id = id;
    draft.profileId = profileId;
    draft.title = title;
    draft.header.currency = QStringLiteral("PHP");
    draft.header.requestId = RequestId::generate();
    draft.rowCount = rows;
    return DraftStore(*m_journal).save(draft).value_or(0);
}

QStringList TestJournalSidebarModel::texts(Group group) const
{
    QStringList out;
    const QModelIndex parent = m_model->groupIndex(group);
    for (int row = 0; row < m_model->rowCount(parent); ++row)
        out.append(m_model->index(row, 0, parent).data().toString());
    return out;
}

void TestJournalSidebarModel::setProfile_twoProfiles_onlyThisProfilesOpenDraftsAndBatches()
{
    const qint64 mine = saveDraft(QStringLiteral("a"), QStringLiteral("Payroll"));
    saveDraft(QStringLiteral("b"), QStringLiteral("Vendors"));
    const qint64 sent = saveDraft(QStringLiteral("a"), QStringLiteral("Sent"));
    QVERIFY(m_journal->freeze(sent, QStringLiteral("a"),
                              createBody(QStringLiteral("RA1"), payouts(QStringLiteral("x"), 2))));
    QVERIFY(addBatch(*m_journal, QStringLiteral("RB1"), payouts(QStringLiteral("y"), 1), QStringLiteral("SUCCEED"),
                     BatchState::Accepted, QStringLiteral("b")));

    m_model->setProfile(QStringLiteral("a"));
    const QModelIndex drafts = m_model->groupIndex(Group::DraftsGroup);
    const QModelIndex batches = m_model->groupIndex(Group::BatchesGroup);
    QCOMPARE(m_model->rowCount(drafts), 1);
    QCOMPARE(m_model->index(0, 0, drafts).data(JournalSidebarModel::DraftIdRole).toLongLong(), mine);
    QCOMPARE(texts(Group::DraftsGroup), QStringList{QStringLiteral("Payroll \u00b7 PHP \u00b7 1 row(s)")});
    QCOMPARE(m_model->rowCount(batches), 1);
    QCOMPARE(m_model->index(0, 0, batches).data(JournalSidebarModel::RequestIdRole).toString(), QStringLiteral("RA1"));
    QVERIFY(texts(Group::BatchesGroup).constFirst().startsWith(QStringLiteral("RA1 \u00b7 3.00 PHP")));
    QCOMPARE(m_model->index(0, 0, batches).data(JournalSidebarModel::KindRole).toInt(),
             int(JournalSidebarModel::Kind::Batch));
}

// The list used to read the newest 200 batches of every profile and filter afterwards: a second
// profile that sent more than 200 batches since hid all of this profile's.
void TestJournalSidebarModel::reload_busySecondProfile_thisProfilesBatchesStillListed()
{
    QVERIFY(m_journal->freeze(0, QStringLiteral("quiet"),
                              createBody(QStringLiteral("QUIET1"), payouts(QStringLiteral("q"), 1))));
    const int busy = JournalSidebarModel::DefaultBatchLimit + 20;
    for (int i = 0; i < busy; ++i) {
        QVERIFY(
            m_journal->freeze(0, QStringLiteral("busy"),
                              createBody(QStringLiteral("BUSY%1").arg(i), payouts(QStringLiteral("b%1").arg(i), 1))));
    }
    m_model->setProfile(QStringLiteral("quiet"));
    const QModelIndex batches = m_model->groupIndex(Group::BatchesGroup);
    QCOMPARE(m_model->rowCount(batches), 1);
    QCOMPARE(m_model->rowOfBatch(QStringLiteral("QUIET1")), 0);

    m_model->setProfile(QStringLiteral("busy"));
    QCOMPARE(m_model->rowCount(batches), JournalSidebarModel::DefaultBatchLimit);
    QCOMPARE(m_model->rowOfBatch(QStringLiteral("BUSY%1").arg(busy - 1)), 0);
    QCOMPARE(m_model->rowOfBatch(QStringLiteral("QUIET1")), -1);
}

void TestJournalSidebarModel::reload_draftSavedAgain_movesToTopWithoutReset()
{
    const qint64 first = saveDraft(QStringLiteral("a"), QStringLiteral("First"));
    const qint64 second = saveDraft(QStringLiteral("a"), QStringLiteral("Second"));
    m_model->setProfile(QStringLiteral("a"));
    QCOMPARE(m_model->rowOfDraft(second), 0);
    QCOMPARE(m_model->rowOfDraft(first), 1);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(saveDraft(QStringLiteral("a"), QStringLiteral("First"), first, 3));
    m_model->reload();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(m_model->rowOfDraft(first), 0);
    QCOMPARE(texts(Group::DraftsGroup).constFirst(), QStringLiteral("First \u00b7 PHP \u00b7 3 row(s)"));
}

void TestJournalSidebarModel::reload_draftSubmitted_draftRowRemovedBatchRowInserted()
{
    const qint64 keep = saveDraft(QStringLiteral("a"), QStringLiteral("Keep"));
    const qint64 send = saveDraft(QStringLiteral("a"), QStringLiteral("Send"));
    m_model->setProfile(QStringLiteral("a"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_journal->freeze(send, QStringLiteral("a"),
                              createBody(QStringLiteral("R1"), payouts(QStringLiteral("m"), 1))));
    m_model->reload();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).toModelIndex(), m_model->groupIndex(Group::DraftsGroup));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).toModelIndex(), m_model->groupIndex(Group::BatchesGroup));
    QCOMPARE(m_model->rowOfDraft(send), -1);
    QCOMPARE(m_model->rowOfDraft(keep), 0);
    QCOMPARE(m_model->rowOfBatch(QStringLiteral("R1")), 0);
}

void TestJournalSidebarModel::reload_batchStateChanged_onlyThatRowChanged()
{
    const auto a =
        m_journal->freeze(0, QStringLiteral("a"), createBody(QStringLiteral("R1"), payouts(QStringLiteral("m"), 1)));
    const auto b =
        m_journal->freeze(0, QStringLiteral("a"), createBody(QStringLiteral("R2"), payouts(QStringLiteral("n"), 1)));
    QVERIFY(a && b);
    m_model->setProfile(QStringLiteral("a"));
    QCOMPARE(m_model->rowOfBatch(QStringLiteral("R1")), 1);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_journal->markSending(a->batch.id));
    QVERIFY(m_journal->setState(a->batch.id, BatchState::Accepted));
    m_model->reload();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex row = changed.first().at(0).toModelIndex();
    QCOMPARE(row.parent(), m_model->groupIndex(Group::BatchesGroup));
    QCOMPARE(row.row(), 1);
    QVERIFY2(row.data().toString().endsWith(BatchStates::label(BatchState::Accepted)),
             qPrintable(row.data().toString()));
}

void TestJournalSidebarModel::reload_nothingChanged_noSignal()
{
    saveDraft(QStringLiteral("a"), QStringLiteral("One"));
    QVERIFY(
        m_journal->freeze(0, QStringLiteral("a"), createBody(QStringLiteral("R1"), payouts(QStringLiteral("m"), 1))));
    m_model->setProfile(QStringLiteral("a"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    m_model->reload();
    QCOMPARE(changed.count() + layout.count() + inserted.count() + removed.count() + moved.count(), 0);
}

void TestJournalSidebarModel::setCurrentDraft_otherDraft_bothRowsChanged()
{
    const qint64 first = saveDraft(QStringLiteral("a"), QStringLiteral("First"));
    const qint64 second = saveDraft(QStringLiteral("a"), QStringLiteral("Second"));
    m_model->setProfile(QStringLiteral("a"));
    const QModelIndex drafts = m_model->groupIndex(Group::DraftsGroup);
    m_model->setCurrentDraft(first);
    QVERIFY(m_model->index(m_model->rowOfDraft(first), 0, drafts).data(JournalSidebarModel::CurrentRole).toBool());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setCurrentDraft(second);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_model->index(m_model->rowOfDraft(first), 0, drafts).data(JournalSidebarModel::CurrentRole).toBool());
    QVERIFY(m_model->index(m_model->rowOfDraft(second), 0, drafts).data(JournalSidebarModel::CurrentRole).toBool());
}

void TestJournalSidebarModel::setProfile_otherProfile_rowsReplacedRowByRow()
{
    saveDraft(QStringLiteral("a"), QStringLiteral("A1"));
    saveDraft(QStringLiteral("b"), QStringLiteral("B1"));
    saveDraft(QStringLiteral("b"), QStringLiteral("B2"));
    m_model->setProfile(QStringLiteral("a"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setProfile(QStringLiteral("b"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(texts(Group::DraftsGroup), (QStringList{QStringLiteral("B2 \u00b7 PHP \u00b7 1 row(s)"),
                                                     QStringLiteral("B1 \u00b7 PHP \u00b7 1 row(s)")}));
    m_model->setProfile(QString());
    QCOMPARE(m_model->rowCount(m_model->groupIndex(Group::DraftsGroup)), 0);
}

QTEST_GUILESS_MAIN(TestJournalSidebarModel)
#include "tst_journalsidebarmodel.moc"
