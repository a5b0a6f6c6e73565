// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchjournalfixture.h"
#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journalsidebar.h"
#include "models/batchmodel.h"
#include "models/journalsidebarmodel.h"
#include "scripteddialogs.h"
#include "secrets/memorysecretstore.h"
#include "session/consoleservices.h"
#include "session/draftautosaver.h"
#include "session/draftsession.h"
#include "settings/settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
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
    void f2_typedName_draftRenamedAndTheAutosaveKeepsIt();
    void deleteKey_confirmed_openDraftGoneNeverWrittenBack();
    void deleteKey_declinedOrOnABatch_nothingDeleted();
    void rename_draftGoneMeanwhile_saysWhy();

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

namespace {

PayoutDetail bank(const QString &id)
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, QStringLiteral("10.00"));
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, QStringLiteral("001234567890"));
    d.setValue(Field::BankAccountType, QStringLiteral("individual"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

// The console's side list as the window has it: over the session's model, deleting through the
// session, asking through the dialog seam.
struct Console
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    std::unique_ptr<ConsoleServices> services;
    std::unique_ptr<DraftSession> session;
    std::unique_ptr<JournalSidebar> sidebar;
    ScriptedDialogs dialogs;
    QString profileKey;

    bool start()
    {
        ConsoleServices::Options options;
        options.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        options.secrets = &secrets;
        QString error;
        services = ConsoleServices::create(options, &error);
        if (!services)
            return false;
        Profile p = Profile::create(QStringLiteral("php"), Profile::Environment::Custom);
        p.allowedCurrencies = {QStringLiteral("PHP")};
        services->settings().saveProfile(p);
        services->settings().setCurrentProfileId(p.id);
        profileKey = p.id.toString(QUuid::WithoutBraces);
        session = std::make_unique<DraftSession>(*services);
        session->followCurrentProfile();
        sidebar = std::make_unique<JournalSidebar>(*session->sidebarModel());
        sidebar->setSession(session.get());
        sidebar->setDialogs(&dialogs);
        sidebar->resize(300, 500);
        sidebar->show();
        return QTest::qWaitForWindowExposed(sidebar.get());
    }
    // A saved draft of `rows` rows, left open.
    qint64 addDraft(int rows)
    {
        session->newDraft();
        for (int i = 0; i < rows; ++i)
            session->model()->insertDetails(i, {bank(QStringLiteral("M%1").arg(i))});
        session->save(true);
        return session->draftId();
    }
    QListView *drafts() const { return sidebar->findChild<QListView *>(QStringLiteral("draftsList")); }
    // Puts the list's cursor on a draft, with the keyboard focus in the list.
    bool select(qint64 draftId)
    {
        QListView *list = drafts();
        const int row = session->sidebarModel()->rowOfDraft(draftId);
        if (row < 0)
            return false;
        list->setFocus();
        list->setCurrentIndex(list->model()->index(row, 0, list->rootIndex()));
        return true;
    }
};

} // namespace

void TestJournalSidebar::f2_typedName_draftRenamedAndTheAutosaveKeepsIt()
{
    Console console;
    QVERIFY(console.start());
    const qint64 id = console.addDraft(1);
    QListView *drafts = console.drafts();
    // Its keys, also in the draft's context menu.
    QCOMPARE(console.sidebar->renameDraftAction()->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(console.sidebar->deleteDraftAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QVERIFY(drafts->actions().contains(console.sidebar->renameDraftAction()));
    QVERIFY(drafts->actions().contains(console.sidebar->deleteDraftAction()));

    QVERIFY(console.select(id));
    QTest::keyClick(drafts, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = drafts->viewport()->findChild<QLineEdit *>()) != nullptr);
    QCOMPARE(editor->text(), QStringLiteral("Draft %1").arg(id));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("July payroll"));
    QTest::keyClick(editor, Qt::Key_Return);
    DraftStore store(console.services->journal());
    QTRY_COMPARE(store.load(id)->title, QStringLiteral("July payroll"));
    // The draft is open: its next autosave writes rows, and the name stays.
    console.session->autosaver()->setDelay(10);
    QSignalSpy saved(console.session->autosaver(), &DraftAutosaver::saved);
    console.session->model()->insertDetails(1, {bank(QStringLiteral("M9"))});
    QVERIFY(saved.wait(2000));
    QCOMPARE(store.load(id)->title, QStringLiteral("July payroll"));
    QCOMPARE(store.load(id)->rowCount, 2);
    const QModelIndex item =
        drafts->model()->index(console.session->sidebarModel()->rowOfDraft(id), 0, drafts->rootIndex());
    QVERIFY2(item.data().toString().startsWith(QLatin1String("July payroll")), qPrintable(item.data().toString()));
    QVERIFY(console.dialogs.seen.isEmpty());
}

void TestJournalSidebar::deleteKey_confirmed_openDraftGoneNeverWrittenBack()
{
    Console console;
    QVERIFY(console.start());
    const qint64 kept = console.addDraft(1);
    const qint64 doomed = console.addDraft(2);
    QCOMPARE(console.session->draftId(), doomed);
    // An edit of the open draft waits for its autosave when the draft is deleted.
    console.session->autosaver()->setDelay(20);
    console.session->model()->insertDetails(2, {bank(QStringLiteral("M9"))});
    QVERIFY(console.session->autosaver()->isPending());
    console.dialogs.answer = [](QDialog &dialog) {
        return dialog.objectName() == QLatin1String("deleteDraftQuestion") ? int(QMessageBox::Yes)
                                                                           : int(QMessageBox::No);
    };
    QVERIFY(console.select(doomed));
    QTest::keyClick(console.drafts(), Qt::Key_Delete);
    QCOMPARE(console.dialogs.seen.size(), 1);
    QVERIFY2(console.dialogs.seen.first().startsWith(
                 QStringLiteral("deleteDraftQuestion: Delete the draft \"Draft %1\"").arg(doomed)),
             qPrintable(console.dialogs.seen.first()));
    DraftStore store(console.services->journal());
    QVERIFY(!store.load(doomed));
    QTest::qWait(60); // three autosave delays: nothing writes it back
    QVERIFY(!store.load(doomed));
    QCOMPARE(store.openDrafts(console.profileKey).size(), 1);
    QCOMPARE(console.drafts()->model()->rowCount(console.drafts()->rootIndex()), 1);
    QCOMPARE(console.session->draftId(), kept); // the other draft is open in its place
}

void TestJournalSidebar::deleteKey_declinedOrOnABatch_nothingDeleted()
{
    Console console;
    QVERIFY(console.start());
    const qint64 id = console.addDraft(1);
    QVERIFY(console.select(id));
    QTest::keyClick(console.drafts(), Qt::Key_Delete); // answered No by default
    QCOMPARE(console.dialogs.seen.size(), 1);
    DraftStore store(console.services->journal());
    QVERIFY(store.load(id));
    QCOMPARE(console.session->draftId(), id);

    // A sent batch has no delete: the key does nothing there.
    QVERIFY(console.services->journal().freeze(0, console.profileKey,
                                               createBody(QStringLiteral("R1"), payouts(QStringLiteral("m"), 1))));
    console.session->sidebarModel()->reload();
    QListView *batches = console.sidebar->findChild<QListView *>(QStringLiteral("batchesList"));
    batches->setFocus();
    batches->setCurrentIndex(batches->model()->index(0, 0, batches->rootIndex()));
    QTest::keyClick(batches, Qt::Key_Delete);
    QCOMPARE(console.dialogs.seen.size(), 1);
    QCOMPARE(batches->model()->rowCount(batches->rootIndex()), 1);
    QVERIFY(console.services->journal().batch(QStringLiteral("R1")));
}

void TestJournalSidebar::rename_draftGoneMeanwhile_saysWhy()
{
    Console console;
    QVERIFY(console.start());
    const qint64 other = console.addDraft(1);
    const qint64 id = console.addDraft(1);
    QVERIFY(console.select(other));
    // Deleted elsewhere (another console on the same journal) before the list was read again.
    QVERIFY(DraftStore(console.services->journal()).remove(other));
    console.sidebar->renameDraftAction()->trigger();
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = console.drafts()->viewport()->findChild<QLineEdit *>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Gone"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(console.dialogs.seen.size(), 1);
    QCOMPARE(console.dialogs.seen.first(), QStringLiteral("draftNotRenamedMessage: This draft no longer exists."));
    QVERIFY(DraftStore(console.services->journal()).load(id));
}

QTEST_MAIN(TestJournalSidebar)
#include "tst_journalsidebar.moc"
