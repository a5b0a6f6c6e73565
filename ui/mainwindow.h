// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/batchstate.h"
#include "settings/profile.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QTabWidget;

namespace Lesspay::Core {
class ConsoleServices;
class DraftAutosaver;
class DraftSession;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class BatchEditor;
class CsvFlow;
class Dialogs;
class JournalSidebar;
class ProfileSwitcher;
class StatusIndicators;
class SubmitFlow;
class SubmitReviewDialog;

// The console's window: the profile switcher and its environment badge, the drafts and
// batches of the profile, the batch editor, menus, the status bar. The open draft and its
// rules are the DraftSession's; the window shows them and asks it. The pages live in a tab
// widget so that other views (the Batches page) can be added with addPage().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Core::ConsoleServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the local sandbox (creating its profile on a first run), resumes unfinished
    // submissions and opens the profile's latest draft.
    void start();

    // Every modal question of the window (the review, the import's questions, file names,
    // warnings, the profile editor's confirmations) goes through `dialogs`, which must outlive
    // the window; tests pass one that answers. Until then real dialogs are shown.
    void setDialogs(Dialogs *dialogs);
    Dialogs *dialogs() const { return m_dialogs; }
    BatchEditor *editor() const { return m_editor; }
    Core::DraftSession *session() const { return m_session; }
    Core::DraftAutosaver *autosaver() const;
    QTabWidget *pages() const { return m_pages; }
    int addPage(QWidget *page, const QIcon &icon, const QString &title);
    qint64 currentDraftId() const;

public Q_SLOTS:
    void newDraft();
    void openDraft(qint64 draftId);
    bool saveDraft();
    void submit();
    bool importCsv(const QString &path);
    bool exportCsv(const QString &path);

Q_SIGNALS:
    // A submit settled in the engine (Accepted, Rejected, Unknown being reconciled...).
    void submissionStateChanged(const QString &requestId, Lesspay::Core::BatchState state);
    // The user opened a submitted batch from the side list; the Batches page shows it.
    void batchActivated(const QString &requestId);
    // Team workspace: the draft was frozen as this batch and its approval asked for.
    void approvalRequested(const QString &requestId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void onProfileChanged();
    void showSessionDraft();
    void showDraftPage();
    void onSessionState();
    void showBatchState(const QString &requestId, Core::BatchState state);
    void onEngineState(const QString &requestId, Core::BatchState state);
    void requestApproval(const QString &requestId, bool frozenBefore);
    void updateEnvironment();
    void updateActions();
    void updateTitle();
    void showProfiles();
    std::optional<Core::Profile> currentProfile() const;

    Core::ConsoleServices &m_services;
    Core::DraftSession *m_session;
    BatchEditor *m_editor;
    JournalSidebar *m_sidebar;
    ProfileSwitcher *m_profiles;
    QTabWidget *m_pages;
    QLabel *m_productionBanner;
    StatusIndicators *m_indicators;
    bool m_team; // the journal is a team workspace: drafts are approved before an approver sends them
    CsvFlow *m_csv = nullptr;
    SubmitFlow *m_submitFlow = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_submitAction = nullptr;
    QAction *m_nextProblemAction = nullptr;
    QAction *m_profilesAction = nullptr;
    std::unique_ptr<Dialogs> m_standardDialogs;
    Dialogs *m_dialogs;
};

} // namespace Lesspay::Ui
