// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/frozenbody.h"
#include "session/draftsession.h"
#include "settings/profile.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Lesspay::Core {
class Batch;
}

namespace Lesspay::Ui {

class ReportActions;

// The last look before money moves: where it goes (profile and environment), how many
// payouts of each kind, the total and the currency. On a Production profile the user types
// the row count and the total, like a bank's control totals, before Submit is enabled.
// Rows the recipient directory warns about are listed, and on Production confirmed one by one.
// "Show request" reveals the frozen request, the very bytes a submit sends, and their sign
// string with the secret left out.
class SubmitReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitReviewDialog)

public:
    SubmitReviewDialog(const Core::Batch &batch, int decimals, const Core::Profile &profile,
                       const Core::FrozenBody::Request &request, QWidget *parent = nullptr);
    ~SubmitReviewDialog() override;

    bool needsControlTotals() const { return m_production; }
    bool isConfirmed() const;
    int rowCount() const { return m_rows; }
    QString totalText() const { return m_totalText; }
    QString requestPreview() const;
    // The request shown: what the caller froze and will send.
    const Core::FrozenBody::Request &request() const { return m_frozen; }
    // Print… and Export PDF… of the review (the batch report before sending); its seams answer
    // the file and print dialogs in tests.
    ReportActions *reportActions() const { return m_reports; }
    bool printReview();
    bool exportReviewPdf();

    // Rows whose account the recipient directory warns about (a changed account of a known
    // payee). They are listed; on Production each one has a box the user ticks, and Submit
    // stays disabled until every box is ticked.
    void setPayeeWarnings(const QList<Core::DraftSession::Review::PayeeWarning> &warnings);
    // The order IDs of the warned rows the user confirmed (all of them off Production).
    QStringList confirmedPayeeRows() const;

private:
    void updateConfirmation();
    void toggleRequest();
    void showReportResult(int outcome, const QString &message);

    int m_rows = 0;
    qint64 m_totalMinor = 0;
    int m_decimals = 2;
    QString m_totalText;
    bool m_production = false;
    Core::FrozenBody::Request m_frozen;
    Core::Profile m_profile;
    ReportActions *m_reports = nullptr;
    QLabel *m_reportMessage = nullptr;
    QLineEdit *m_confirmCount = nullptr;
    QLineEdit *m_confirmTotal = nullptr;
    QLabel *m_confirmHint = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPushButton *m_showRequest = nullptr;
    QPushButton *m_submit = nullptr;
    QList<Core::DraftSession::Review::PayeeWarning> m_payeeWarnings;
    QList<QCheckBox *> m_payeeConfirms; // parallel to m_payeeWarnings on Production
};

} // namespace Lesspay::Ui
