// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalrecords.h"

#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

namespace Lesspay::Core {
class BatchModel;
}

namespace Lesspay::Ui {

// The line under the batch table: rows, the live total in the batch currency, error and
// warning counts, "Next problem" and the submission state.
class SummaryBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryBar)

public:
    enum class SubmitState { None, Sending, Accepted, Rejected, Unknown };
    Q_ENUM(SubmitState)

    explicit SummaryBar(QWidget *parent = nullptr);

    void update(const Core::BatchModel &model);
    void setSubmitState(SubmitState state, const QString &detail = {});
    // The journal's state of a submitted batch in words: the server's message when it was
    // rejected, and what the console is doing when the outcome is not known yet.
    void showBatchState(const QString &requestId, Core::BatchState state,
                        const std::optional<Core::FrozenBatch> &batch);
    SubmitState submitState() const { return m_state; }
    // The problem of the current cell in words, on a line of its own; empty hides it.
    void showProblem(const QString &text, bool error);
    QToolButton *nextProblemButton() const { return m_nextProblem; }

private:
    QLabel *m_rows;
    QLabel *m_total;
    QLabel *m_errors;
    QLabel *m_warnings;
    QLabel *m_stateLabel;
    QLabel *m_problem;
    QToolButton *m_nextProblem;
    SubmitState m_state = SubmitState::None;
};

} // namespace Lesspay::Ui
