// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submitreviewdialog.h"

#include "domain/batch.h"
#include "money/amount.h"
#include "moneytext.h"
#include "reportactions.h"
#include "reports/batchreportbuilder.h"
#include "settings/settings.h"
#include "themecolors.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace Lesspay::Ui {

using Core::Profile;

namespace {

QLabel *valueLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SubmitReviewDialog::SubmitReviewDialog(const Core::Batch &batch, int decimals, const Profile &profile,
                                       const Core::FrozenBody::Request &request, QWidget *parent, int walletCount)
    : QDialog(parent)
    , m_rows(batch.size())
    , m_totalMinor(batch.totalMinor())
    , m_decimals(decimals)
    , m_production(profile.environment == Profile::Environment::Production)
    , m_frozen(request)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("submitReviewDialog"));
    setWindowTitle(tr("Review and submit"));
    setMinimumWidth(480);
    const QString currency = batch.header().currency;
    m_totalText = MoneyText::withCurrency(m_totalMinor, decimals, currency);

    int wallets = walletCount;
    if (wallets < 0) {
        wallets = 0;
        for (int row = 0; row < batch.size(); ++row)
            wallets += batch.detail(row).isWallet() ? 1 : 0;
    }
    const int banks = batch.size() - wallets;

    auto *form = new QFormLayout;
    auto *environment = valueLabel(QStringLiteral("environmentValue"),
                                   Core::BatchReportBuilder::environmentLabel(profile.environment), this);
    if (m_production) // the red Production badge of the main window, white on red in every theme
        environment->setStyleSheet(
            ThemeColors::badgeStyle(ThemeColors::Accent::Danger, QStringLiteral("padding: 3px 8px;")));
    form->addRow(tr("Profile:"), valueLabel(QStringLiteral("profileValue"), profile.name, this));
    form->addRow(tr("Environment:"), environment);
    form->addRow(tr("Request ID:"), valueLabel(QStringLiteral("requestIdValue"), batch.header().requestId, this));
    form->addRow(tr("Currency:"), valueLabel(QStringLiteral("currencyValue"), currency, this));
    form->addRow(tr("Bank payouts:"), valueLabel(QStringLiteral("bankCountValue"), QString::number(banks), this));
    form->addRow(tr("E-wallet payouts:"),
                 valueLabel(QStringLiteral("walletCountValue"), QString::number(wallets), this));
    auto *total = valueLabel(QStringLiteral("totalValue"), m_totalText, this);
    QFont big = total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    total->setFont(big);
    form->addRow(tr("Total:"), total);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    if (m_production) {
        m_confirmHint =
            new QLabel(tr("This sends real money. Type the number of payouts and the total to confirm."), this);
        m_confirmHint->setObjectName(QStringLiteral("confirmHint"));
        m_confirmHint->setWordWrap(true);
        m_confirmHint->setStyleSheet(ThemeColors::errorTextStyle(m_confirmHint->palette())
                                     + QStringLiteral(" font-weight: bold;"));
        m_confirmCount = new QLineEdit(this);
        m_confirmCount->setObjectName(QStringLiteral("confirmCountEdit"));
        m_confirmCount->setAccessibleName(tr("Number of payouts"));
        m_confirmTotal = new QLineEdit(this);
        m_confirmTotal->setObjectName(QStringLiteral("confirmTotalEdit"));
        m_confirmTotal->setAccessibleName(tr("Total amount"));
        // The total is typed as the dialog shows it: in the user's locale (MoneyText), not the API form.
        m_confirmTotal->setPlaceholderText(tr("e.g. %1").arg(MoneyText::example(decimals)));
        auto *confirm = new QFormLayout;
        confirm->addRow(tr("Number of &payouts:"), m_confirmCount);
        confirm->addRow(tr("&Total (%1):").arg(currency), m_confirmTotal);
        layout->addWidget(m_confirmHint);
        layout->addLayout(confirm);
        connect(m_confirmCount, &QLineEdit::textChanged, this, &SubmitReviewDialog::updateConfirmation);
        connect(m_confirmTotal, &QLineEdit::textChanged, this, &SubmitReviewDialog::updateConfirmation);
    }

    // How the body reads: formatted for a person (the default) or the exact bytes that are sent.
    m_viewChoice = new QWidget(this);
    auto *choice = new QHBoxLayout(m_viewChoice);
    choice->setContentsMargins(0, 0, 0, 0);
    m_formatted = new QRadioButton(tr("&Formatted"), m_viewChoice);
    m_formatted->setObjectName(QStringLiteral("requestFormattedButton"));
    m_formatted->setToolTip(tr("The request's body with a line per field, for reading; every value as it is sent."));
    m_formatted->setChecked(true);
    m_exact = new QRadioButton(tr("&Exact bytes"), m_viewChoice);
    m_exact->setObjectName(QStringLiteral("requestExactButton"));
    m_exact->setToolTip(tr("The request's body exactly as it is sent and signed."));
    choice->addWidget(m_formatted);
    choice->addWidget(m_exact);
    choice->addStretch(1);
    m_viewChoice->setVisible(false);
    layout->addWidget(m_viewChoice);
    connect(m_formatted, &QRadioButton::toggled, this, [this] {
        if (m_page >= 0)
            showRequestPage(m_page);
    });

    m_request = new QPlainTextEdit(this);
    m_request->setObjectName(QStringLiteral("requestPreview"));
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_request->setVisible(false);
    layout->addWidget(m_request, 1);
    // Filled when first shown, a page at a time.
    m_pager = new QWidget(this);
    auto *pager = new QHBoxLayout(m_pager);
    pager->setContentsMargins(0, 0, 0, 0);
    m_previousPage = new QPushButton(tr("Previous page"), m_pager);
    m_previousPage->setObjectName(QStringLiteral("requestPreviousPage"));
    m_pageLabel = new QLabel(m_pager);
    m_pageLabel->setObjectName(QStringLiteral("requestPageLabel"));
    m_nextPage = new QPushButton(tr("Next page"), m_pager);
    m_nextPage->setObjectName(QStringLiteral("requestNextPage"));
    pager->addWidget(m_previousPage);
    pager->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pager->addWidget(m_nextPage);
    m_pager->setVisible(false);
    layout->addWidget(m_pager);
    connect(m_previousPage, &QPushButton::clicked, this, [this] { showRequestPage(m_page - 1); });
    connect(m_nextPage, &QPushButton::clicked, this, [this] { showRequestPage(m_page + 1); });

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setIcon(QIcon(QStringLiteral(":/icons/submit.svg")));
    m_showRequest = buttons->addButton(tr("Show &request"), QDialogButtonBox::ActionRole);
    m_showRequest->setObjectName(QStringLiteral("showRequestButton"));
    // The review on paper or PDF before money moves: the exact body's hash, totals, every payout.
    m_reports = new ReportActions(this);
    QPushButton *print = buttons->addButton(tr("Pri&nt…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printReviewButton"));
    QPushButton *exportPdf = buttons->addButton(tr("E&xport PDF…"), QDialogButtonBox::ActionRole);
    exportPdf->setObjectName(QStringLiteral("exportReviewPdfButton"));
    connect(print, &QPushButton::clicked, this, &SubmitReviewDialog::printReview);
    connect(exportPdf, &QPushButton::clicked, this, &SubmitReviewDialog::exportReviewPdf);
    m_reportMessage = new QLabel(this);
    m_reportMessage->setObjectName(QStringLiteral("reviewReportMessage"));
    m_reportMessage->setWordWrap(true);
    m_reportMessage->setVisible(false);
    layout->addWidget(m_reportMessage);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must never send money by accident: Cancel is the default.
    m_submit->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showRequest, &QPushButton::clicked, this, &SubmitReviewDialog::toggleRequest);
    setSizeGripEnabled(true);
    updateConfirmation();
}

SubmitReviewDialog::~SubmitReviewDialog() = default;

QList<QByteArrayView> SubmitReviewDialog::requestParts() const
{
    return {m_requestLine, m_frozen.body, m_signLabel, m_frozen.signPrefix, m_signPreview};
}

QByteArray SubmitReviewDialog::requestBytes(qsizetype from, qsizetype to) const
{
    QByteArray out;
    out.reserve(to - from);
    qsizetype at = 0;
    for (const QByteArrayView part : requestParts()) {
        const qsizetype begin = std::max(from, at);
        const qsizetype end = std::min(to, at + part.size());
        if (begin < end)
            out += part.sliced(begin - at, end - begin);
        at += part.size();
    }
    return out;
}

QString SubmitReviewDialog::requestPreview() const
{
    // The secret is replaced by a marker: what is shown can be pasted into a ticket safely.
    return tr("POST /api/global/payout/batch/create-order") + u'\n' + QString::fromUtf8(m_frozen.body) + u"\n\n"
           + tr("Sign string (the secret is not shown):") + u'\n' + QString::fromUtf8(m_frozen.signStringPreview());
}

int SubmitReviewDialog::requestPageCount() const
{
    return std::max(1, int(m_pageStarts.size()) - 1);
}

void SubmitReviewDialog::showRequestPage(int page)
{
    if (m_pageStarts.isEmpty()) {
        // Laid out once, on first sight: the parts as requestPreview() joins them.
        m_requestLine = (tr("POST /api/global/payout/batch/create-order") + u'\n').toUtf8();
        m_signLabel = (u"\n\n" + tr("Sign string (the secret is not shown):") + u'\n').toUtf8();
        m_signPreview = QByteArrayLiteral("key=<appSecret>");
        qsizetype total = 0;
        for (const QByteArrayView part : requestParts())
            total += part.size();
        m_pageStarts.append(0);
        while (m_pageStarts.last() < total) {
            qsizetype end = std::min(total, m_pageStarts.last() + PageBytes);
            // Never between the bytes of one UTF-8 character.
            while (end < total && (requestBytes(end, end + 1).at(0) & 0xC0) == 0x80)
                --end;
            m_pageStarts.append(end);
        }
        m_pager->setVisible(requestPageCount() > 1);
    }
    page = std::clamp(page, 0, requestPageCount() - 1);
    m_page = page;
    m_request->setPlainText(requestPageText(page));
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(requestPageCount()));
    m_previousPage->setEnabled(page > 0);
    m_nextPage->setEnabled(page + 1 < requestPageCount());
}

bool SubmitReviewDialog::isRequestFormatted() const
{
    return m_formatted->isChecked();
}

void SubmitReviewDialog::setRequestFormatted(bool formatted)
{
    (formatted ? m_formatted : m_exact)->setChecked(true);
}

Core::JsonIndenter::State SubmitReviewDialog::formatStateAt(int page)
{
    // Known for the pages shown so far; the rest follow from the last known one, page by page (the
    // pager moves one page at a time, so this is one page's worth of work).
    if (m_formatStates.isEmpty())
        m_formatStates.append(Core::JsonIndenter::State{});
    const qsizetype bodyStart = m_requestLine.size();
    const qsizetype bodyEnd = bodyStart + m_frozen.body.size();
    QByteArray scratch;
    while (m_formatStates.size() <= page) {
        const int known = int(m_formatStates.size()) - 1;
        const qsizetype from = std::clamp(m_pageStarts.value(known), bodyStart, bodyEnd);
        const qsizetype to = std::clamp(m_pageStarts.value(known + 1), bodyStart, bodyEnd);
        Core::JsonIndenter indenter(2, m_formatStates.last());
        scratch.clear();
        indenter.feed(QByteArrayView(m_frozen.body).sliced(from - bodyStart, to - from), scratch);
        m_formatStates.append(indenter.state());
    }
    return m_formatStates.at(page);
}

QString SubmitReviewDialog::requestPageText(int page)
{
    const qsizetype from = m_pageStarts.value(page);
    const qsizetype to = m_pageStarts.value(page + 1);
    if (!isRequestFormatted())
        return QString::fromUtf8(requestBytes(from, to));
    // Only the body is laid out; the request line and the sign string around it stay as they are.
    const qsizetype bodyStart = m_requestLine.size();
    const qsizetype bodyEnd = bodyStart + m_frozen.body.size();
    const qsizetype formatFrom = std::clamp(from, bodyStart, bodyEnd);
    const qsizetype formatTo = std::clamp(to, bodyStart, bodyEnd);
    QByteArray text = requestBytes(from, formatFrom);
    if (formatFrom < formatTo) {
        Core::JsonIndenter indenter(2, formatStateAt(page));
        indenter.feed(QByteArrayView(m_frozen.body).sliced(formatFrom - bodyStart, formatTo - formatFrom), text);
    }
    text += requestBytes(formatTo, to);
    return QString::fromUtf8(text);
}

void SubmitReviewDialog::rememberSizeIn(Core::Settings &settings)
{
    m_sizeSettings = &settings;
}

void SubmitReviewDialog::done(int result)
{
    if (m_sizeSettings && m_request->isVisible())
        m_sizeSettings->setRequestViewSize(size());
    QDialog::done(result);
}

void SubmitReviewDialog::setSubmitText(const QString &text)
{
    m_submit->setText(text);
}

QString SubmitReviewDialog::submitText() const
{
    return m_submit->text();
}

void SubmitReviewDialog::setPayeeWarnings(const QList<Core::DraftSession::Review::PayeeWarning> &warnings)
{
    m_payeeWarnings = warnings;
    if (warnings.isEmpty())
        return;
    auto *box = new QGroupBox(tr("Changed payee details"), this);
    box->setObjectName(QStringLiteral("payeeWarningsBox"));
    auto *rows = new QVBoxLayout(box);
    auto *intro = new QLabel(m_production ? tr("These rows pay saved payees at details that are not their saved ones "
                                               "or that changed lately. Tick each row you have checked with the payee.")
                                          : tr("These rows pay saved payees at details that are not their saved ones "
                                               "or that changed lately."),
                             box);
    intro->setWordWrap(true);
    intro->setStyleSheet(ThemeColors::warningTextStyle(intro->palette()));
    rows->addWidget(intro);
    for (const Core::DraftSession::Review::PayeeWarning &w : warnings) {
        // Masked like every list: the review never shows a full account number.
        const QString line =
            tr("Row %1, %2: %3, account %4").arg(w.row + 1).arg(w.mchOrderId, w.holder, w.maskedAccount);
        if (m_production) {
            auto *check = new QCheckBox(line, box);
            check->setObjectName(QStringLiteral("confirmPayeeRow%1").arg(w.row + 1));
            check->setToolTip(w.warning);
            check->setAccessibleDescription(w.warning);
            connect(check, &QCheckBox::toggled, this, &SubmitReviewDialog::updateConfirmation);
            m_payeeConfirms.append(check);
            rows->addWidget(check);
        } else {
            auto *label = new QLabel(line, box);
            label->setObjectName(QStringLiteral("payeeWarningRow%1").arg(w.row + 1));
            label->setToolTip(w.warning);
            rows->addWidget(label);
        }
    }
    // Above the control totals: read first, confirmed before the totals are typed.
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(1, box);
    updateConfirmation();
}

QStringList SubmitReviewDialog::confirmedPayeeRows() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_payeeWarnings.size(); ++i) {
        if (!m_production || m_payeeConfirms.at(i)->isChecked())
            out.append(m_payeeWarnings.at(i).mchOrderId);
    }
    return out;
}

bool SubmitReviewDialog::isConfirmed() const
{
    if (!m_production)
        return true;
    for (const QCheckBox *check : m_payeeConfirms) {
        if (!check->isChecked())
            return false;
    }
    bool countOk = false;
    const int count = m_confirmCount->text().trimmed().toInt(&countOk);
    // The total is read back exactly as MoneyText shows it (with or without the locale's grouping);
    // another form is no total at all, and the digits must match exactly.
    const std::optional<qint64> total = MoneyText::parse(m_confirmTotal->text(), m_decimals);
    return countOk && count == m_rows && total == m_totalMinor;
}

void SubmitReviewDialog::updateConfirmation()
{
    m_submit->setEnabled(isConfirmed());
    if (!m_production)
        return;
    QString hint = tr("This sends real money. Type the number of payouts and the total to confirm.");
    const QString typed = m_confirmTotal->text().trimmed();
    if (!typed.isEmpty() && !MoneyText::parse(typed, m_decimals))
        hint += u'\n' + tr("Type the total as it is shown above, like %1.").arg(MoneyText::example(m_decimals));
    m_confirmHint->setText(hint);
}

void SubmitReviewDialog::toggleRequest()
{
    const bool show = !m_request->isVisible();
    if (show && m_page < 0)
        showRequestPage(0);
    m_request->setVisible(show);
    m_viewChoice->setVisible(show);
    m_pager->setVisible(show && requestPageCount() > 1);
    m_showRequest->setText(show ? tr("Hide &request") : tr("Show &request"));
    if (!show) {
        adjustSize();
        return;
    }
    // Large enough to read the request, or the size the user gave it last time, within the screen.
    QSize target = m_sizeSettings ? m_sizeSettings->requestViewSize() : QSize();
    if (!target.isValid())
        target = sizeHint().expandedTo(QSize(760, 560));
    if (const QScreen *shown = screen())
        target = target.boundedTo(shown->availableGeometry().size());
    resize(target.expandedTo(minimumSizeHint()));
}

bool SubmitReviewDialog::printReview()
{
    const Core::BatchReport report =
        Core::BatchReportBuilder::fromDraft(m_frozen.body, m_decimals, m_profile, QDateTime::currentMSecsSinceEpoch());
    const ReportActions::Result r = m_reports->print(report);
    showReportResult(int(r.outcome), r.message);
    return r.outcome == ReportActions::Outcome::Done;
}

bool SubmitReviewDialog::exportReviewPdf()
{
    const Core::BatchReport report =
        Core::BatchReportBuilder::fromDraft(m_frozen.body, m_decimals, m_profile, QDateTime::currentMSecsSinceEpoch());
    const ReportActions::Result r = m_reports->exportPdf(report);
    showReportResult(int(r.outcome), r.message);
    return r.outcome == ReportActions::Outcome::Done;
}

void SubmitReviewDialog::showReportResult(int outcome, const QString &message)
{
    m_reportMessage->setText(message);
    m_reportMessage->setStyleSheet(outcome == int(ReportActions::Outcome::Failed)
                                       ? ThemeColors::errorTextStyle(m_reportMessage->palette())
                                       : QString());
    m_reportMessage->setVisible(!message.isEmpty());
}

} // namespace Lesspay::Ui
