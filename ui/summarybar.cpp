// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarybar.h"

#include "models/batchmodel.h"
#include "moneytext.h"
#include "themecolors.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lesspay::Ui {

namespace {

QLabel *summaryLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SummaryBar::SummaryBar(QWidget *parent)
    : QWidget(parent)
    , m_rows(summaryLabel(QStringLiteral("rowCountLabel"), this))
    , m_total(summaryLabel(QStringLiteral("totalLabel"), this))
    , m_errors(summaryLabel(QStringLiteral("errorCountLabel"), this))
    , m_warnings(summaryLabel(QStringLiteral("warningCountLabel"), this))
    , m_stateLabel(summaryLabel(QStringLiteral("submitStateLabel"), this))
    , m_problem(summaryLabel(QStringLiteral("currentProblemLabel"), this))
    , m_nextProblem(new QToolButton(this))
{
    setObjectName(QStringLiteral("summaryBar"));
    m_nextProblem->setObjectName(QStringLiteral("nextProblemButton"));
    m_nextProblem->setIcon(QIcon(QStringLiteral(":/icons/next-problem.svg")));
    m_nextProblem->setText(tr("Next problem"));
    m_nextProblem->setToolTip(tr("Go to the next cell with an error or a warning (F8)"));
    m_nextProblem->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_nextProblem->setAutoRaise(true);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_stateLabel->setVisible(false);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto *lines = new QVBoxLayout(this);
    lines->setContentsMargins(6, 2, 6, 2);
    lines->setSpacing(2);
    auto *layout = new QHBoxLayout;
    lines->addLayout(layout);
    lines->addWidget(m_problem);
    layout->addWidget(m_rows);
    layout->addSpacing(16);
    layout->addWidget(m_total);
    layout->addSpacing(16);
    layout->addWidget(m_errors);
    layout->addWidget(m_warnings);
    layout->addWidget(m_nextProblem);
    layout->addStretch(1);
    layout->addWidget(m_stateLabel);
}

void SummaryBar::update(const Core::BatchModel &model)
{
    const Core::Batch &batch = model.batch();
    const QString currency = batch.header().currency;
    m_rows->setText(tr("%n row(s)", nullptr, batch.size()));

    QString total;
    if (batch.totalOverflows())
        total = tr("Total: too large to send");
    else
        total = tr("Total: %1").arg(MoneyText::withCurrency(batch.totalMinor(), model.decimals(), currency));
    if (batch.invalidAmountCount() > 0)
        total += u' ' + tr("(%n amount(s) not counted)", nullptr, batch.invalidAmountCount());
    m_total->setText(total);

    int headerErrors = 0;
    int headerWarnings = 0;
    for (const Core::ValidationIssue &issue : batch.headerIssues())
        (issue.isError() ? headerErrors : headerWarnings) += 1;
    const int errors = batch.errorCount() + headerErrors;
    const int warnings = batch.warningCount() + headerWarnings + model.priorPaymentCount() + model.samePaymentCount()
                         + model.bankMismatchCount();
    m_errors->setText(tr("%n error(s)", nullptr, errors));
    m_warnings->setText(tr("%n warning(s)", nullptr, warnings));
    m_errors->setStyleSheet(errors > 0 ? QString(ThemeColors::errorTextStyle(palette()) + u" font-weight: bold;")
                                       : QString());
    m_warnings->setStyleSheet(warnings > 0 ? ThemeColors::textStyle(ThemeColors::warningText(palette())) : QString());
    m_nextProblem->setEnabled(errors + warnings > 0);
}

void SummaryBar::showProblem(const QString &text, bool error)
{
    if (m_problem->text() == text)
        return;
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_problem->setStyleSheet(error ? ThemeColors::errorTextStyle(palette()) : ThemeColors::warningTextStyle(palette()));
    m_problem->setAccessibleName(text);
    // Screen readers hear the new problem as the selection moves (F8), without a mouse hover.
    if (!text.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent event(m_problem, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void SummaryBar::showBatchState(const QString &requestId, Core::BatchState state,
                                const std::optional<Core::FrozenBatch> &batch)
{
    using Core::BatchState;
    switch (state) {
    case BatchState::Draft:
    case BatchState::Frozen:
    case BatchState::Sending:
        setSubmitState(SubmitState::Sending, requestId);
        break;
    case BatchState::Accepted:
        setSubmitState(SubmitState::Accepted, batch && !batch->payOrderId.isEmpty() ? batch->payOrderId : requestId);
        break;
    case BatchState::NotSent:
        // Nothing reached Lesspay; the batch itself is fine and goes out again as it is.
        setSubmitState(SubmitState::Rejected,
                       (batch ? batch->lastError : QString()) + u' '
                           + tr("Fix the cause, then press \u201cSend again\u201d on the Batches page."));
        break;
    case BatchState::Rejected:
    case BatchState::NeedsAttention: {
        // The server's words, and what to do: the draft is frozen, so a fix goes into a new one.
        QString detail = batch ? (batch->lastError.isEmpty() ? batch->failReason : batch->lastError) : QString();
        detail += u' ' + tr("Fix the rows in a new draft (File \u2192 New draft) and submit that one.");
        setSubmitState(SubmitState::Rejected, detail.trimmed());
        break;
    }
    case BatchState::Unknown:
    case BatchState::Reconciling:
        setSubmitState(SubmitState::Unknown,
                       tr("the console asks Lesspay about %1 until it knows; nothing is sent twice").arg(requestId));
        break;
    }
}

void SummaryBar::setSubmitState(SubmitState state, const QString &detail)
{
    m_state = state;
    QString text;
    QString style;
    switch (state) {
    case SubmitState::None:
        break;
    case SubmitState::Sending:
        text = tr("Sending\u2026");
        style = ThemeColors::textStyle(ThemeColors::infoText(palette()));
        break;
    case SubmitState::Accepted:
        text = tr("Accepted by Lesspay");
        style = ThemeColors::textStyle(ThemeColors::successText(palette())) + u" font-weight: bold;";
        break;
    case SubmitState::Rejected:
        text = tr("Rejected");
        style = ThemeColors::errorTextStyle(palette()) + u" font-weight: bold;";
        break;
    case SubmitState::Unknown:
        text = tr("Outcome unknown: being reconciled");
        style = ThemeColors::textStyle(ThemeColors::warningText(palette())) + u" font-weight: bold;";
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(detail);
    m_stateLabel->setStyleSheet(style);
    m_stateLabel->setVisible(state != SubmitState::None);
}

} // namespace Lesspay::Ui
