// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/jsonindenter.h"
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
class QRadioButton;

namespace Lesspay::Core {
class Batch;
class Settings;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class ReportActions;

// The last look before money moves: where it goes (profile and environment), how many
// payouts of each kind, the total and the currency. On a Production profile the user types
// the row count and the total, like a bank's control totals, before Submit is enabled.
// Rows the recipient directory warns about are listed, and on Production confirmed one by one.
// "Show request" reveals the frozen request, the very bytes a submit sends, and their sign
// string with the secret left out, a page at a time: a 100,000-row body is 26 MB, which no
// text widget lays out in one go. The body is shown formatted for reading (a line per member,
// JsonIndenter, page by page from the layout's state at each page's start) or as its exact bytes;
// the request line and the sign string are always exact. With the request shown the dialog is as
// large as it was last time (rememberSizeIn()).
class SubmitReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitReviewDialog)

public:
    // walletCount: the e-wallet rows when the caller counted them already (a review does, off the
    // GUI thread); -1 counts them here.
    SubmitReviewDialog(const Core::Batch &batch, int decimals, const Core::Profile &profile,
                       const Core::FrozenBody::Request &request, QWidget *parent = nullptr, int walletCount = -1);
    ~SubmitReviewDialog() override;

    bool needsControlTotals() const { return m_production; }
    bool isConfirmed() const;
    int rowCount() const { return m_rows; }
    QString totalText() const { return m_totalText; }
    // The whole request as the pages show its exact bytes, one after the other.
    QString requestPreview() const;
    // Pages of the request view, at most PageBytes of it each, cut between characters.
    static constexpr qsizetype PageBytes = 32 * 1024;
    int requestPageCount() const;
    int requestPage() const { return m_page; }
    void showRequestPage(int page);
    // The body formatted (the default) or as its exact bytes; the pages stay the same.
    bool isRequestFormatted() const;
    void setRequestFormatted(bool formatted);
    // Restores the size the dialog had, with the request shown, when it last closed, and keeps
    // the size it has when it closes now.
    void rememberSizeIn(Core::Settings &settings);
    // The request shown: what the caller froze and will send.
    const Core::FrozenBody::Request &request() const { return m_frozen; }
    // Print… and Export PDF… of the review (the batch report before sending); its seams answer
    // the file and print dialogs in tests.
    ReportActions *reportActions() const { return m_reports; }
    bool printReview();
    bool exportReviewPdf();

    // The text of the button that accepts the review ("&Submit" unless set): in a team
    // workspace the review ends in a request for approval rather than a send.
    void setSubmitText(const QString &text);
    QString submitText() const;

    // Rows whose account the recipient directory warns about (a changed account of a known
    // payee). They are listed; on Production each one has a box the user ticks, and Submit
    // stays disabled until every box is ticked.
    void setPayeeWarnings(const QList<Core::DraftSession::Review::PayeeWarning> &warnings);
    // The order IDs of the warned rows the user confirmed (all of them off Production).
    QStringList confirmedPayeeRows() const;

private:
    void updateConfirmation();
    void toggleRequest();
    void done(int result) override;
    // The text of one page: the body formatted or exact, the rest exact.
    QString requestPageText(int page);
    // The layout's state where the body bytes of `page` start.
    Core::JsonIndenter::State formatStateAt(int page);
    // The request view's text, in parts (request line, body, sign string) never joined in one copy.
    QList<QByteArrayView> requestParts() const;
    QByteArray requestBytes(qsizetype from, qsizetype to) const;
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
    QWidget *m_pager = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previousPage = nullptr;
    QPushButton *m_nextPage = nullptr;
    QList<qsizetype> m_pageStarts;                   // byte offsets into the parts, and the end
    QList<Core::JsonIndenter::State> m_formatStates; // at the start of each page, as far as known
    QWidget *m_viewChoice = nullptr;
    QRadioButton *m_formatted = nullptr;
    QRadioButton *m_exact = nullptr;
    Core::Settings *m_sizeSettings = nullptr;
    int m_page = -1;
    QByteArray m_requestLine;
    QByteArray m_signLabel;
    QByteArray m_signPreview;
    QPushButton *m_showRequest = nullptr;
    QPushButton *m_submit = nullptr;
    QList<Core::DraftSession::Review::PayeeWarning> m_payeeWarnings;
    QList<QCheckBox *> m_payeeConfirms; // parallel to m_payeeWarnings on Production
};

} // namespace Lesspay::Ui
