// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorypage.h"

#include "dialogs.h"
#include "directory/directorycsv.h"
#include "directory/directoryfiltermodel.h"
#include "directory/directorymodel.h"
#include "directory/payeedirectory.h"
#include "journal/logmasker.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Lesspay::Ui {

using Core::Field;

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

DirectoryPage::DirectoryPage(Core::PayeeDirectory &directory, RulesProvider rules, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_rules(std::move(rules))
    , m_model(new Core::DirectoryModel(directory, this))
    , m_proxy(new Core::DirectoryFilterModel(directory, m_model, this))
    , m_ownDialogs(std::make_unique<Dialogs>())
    , m_dialogs(m_ownDialogs.get())
    , m_search(new QLineEdit(this))
    , m_tags(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("directoryPage"));
    m_search->setObjectName(QStringLiteral("directorySearchEdit"));
    m_search->setPlaceholderText(tr("Search name, reference, tag or notes"));
    m_search->setAccessibleName(tr("Search payees"));
    m_search->setClearButtonEnabled(true);
    m_tags->setObjectName(QStringLiteral("directoryTagCombo"));
    m_tags->setAccessibleName(tr("Tag"));
    auto *newButton = new QPushButton(tr("New payee\u2026"), this);
    newButton->setObjectName(QStringLiteral("newPayeeButton"));
    m_editButton = new QPushButton(tr("Edit payee\u2026"), this);
    m_editButton->setObjectName(QStringLiteral("editPayeeButton"));
    m_deleteButton = new QPushButton(tr("Delete payee"), this);
    m_deleteButton->setObjectName(QStringLiteral("deletePayeeButton"));
    auto *exportButton = new QPushButton(tr("Export directory\u2026"), this);
    exportButton->setObjectName(QStringLiteral("exportDirectoryButton"));
    auto *importButton = new QPushButton(tr("Import directory\u2026"), this);
    importButton->setObjectName(QStringLiteral("importDirectoryButton"));

    m_table->setObjectName(QStringLiteral("directoryTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Core::DirectoryModel::LastPaidColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Spare width goes to the names, not to the last column.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(Core::DirectoryModel::NameColumn, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("directoryDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(
        tr("Select a payee to see its accounts, its payouts and the history of its changes."));
    m_details->setAccessibleName(tr("Payee details"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_tags);
    bar->addWidget(newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    refreshTags();
    refreshButtons();
    const auto filter = [this] { m_proxy->setSearch(m_search->text(), m_tags->currentData().toString()); };
    connect(m_search, &QLineEdit::textChanged, this, filter);
    connect(m_tags, &QComboBox::currentIndexChanged, this, filter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DirectoryPage::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DirectoryPage::refreshButtons);
    connect(m_table, &QTableView::activated, this, [this] { editPayee(currentPayeeId()); });
    connect(newButton, &QPushButton::clicked, this, &DirectoryPage::newPayee);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editPayee(currentPayeeId()); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deletePayee(currentPayeeId()); });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] { deletePayee(currentPayeeId()); });
    connect(&directory, &Core::PayeeDirectory::payeeRemoved, this, [this] {
        showSelected();
        refreshButtons();
    });
    connect(&directory, &Core::PayeeDirectory::payeeChanged, this, [this] {
        refreshTags();
        showSelected();
    });
    connect(&directory, &Core::PayeeDirectory::payeeAdded, this, &DirectoryPage::refreshTags);
    connect(&directory, &Core::PayeeDirectory::reloaded, this, &DirectoryPage::refreshTags);
    connect(exportButton, &QPushButton::clicked, this, &DirectoryPage::exportDirectory);
    connect(importButton, &QPushButton::clicked, this, &DirectoryPage::importDirectory);
}

DirectoryPage::~DirectoryPage() = default;

QString DirectoryPage::tabTitle()
{
    return tr("Directory");
}

void DirectoryPage::refreshTags()
{
    const QString current = m_tags->currentData().toString();
    const QSignalBlocker block(m_tags);
    m_tags->clear();
    m_tags->addItem(tr("All tags"), QString());
    for (const QString &tag : m_directory.index().tags())
        m_tags->addItem(tag, tag);
    m_tags->setCurrentIndex(std::max(0, m_tags->findData(current)));
}

QString DirectoryPage::detailsText() const
{
    return m_details->toPlainText();
}

void DirectoryPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(Core::DirectoryModel::PayeeIdRole).toLongLong() : 0;
    const Core::Payee *payee = id ? m_directory.payee(id) : nullptr;
    if (!payee) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines.append(payee->name
                 + (payee->reference.isEmpty() ? QString() : QStringLiteral(" (") + payee->reference + u')'));
    if (!payee->notes.isEmpty())
        lines.append(payee->notes);
    lines.append(QString());
    lines.append(tr("Accounts:"));
    for (const Core::PayeeAccount &a : payee->accounts) {
        const Core::PayoutDetail &d = a.detail;
        // Masked like every list; the full numbers leave only through an export.
        const QString text = d.isWallet() ? tr("E-wallet %1 %2, key %3")
                                                .arg(d.value(Field::WalletProvider),
                                                     Core::LogMasker::maskValue(d.value(Field::WalletAccountNumber)),
                                                     Core::LogMasker::maskValue(d.value(Field::WalletDepositKey)))
                                          : tr("Bank %1 (%2) %3")
                                                .arg(d.value(Field::BankName), d.value(Field::BankSwiftCode),
                                                     Core::LogMasker::maskValue(d.value(Field::BankAccountNo)));
        lines.append(QStringLiteral("  ") + text
                     + (a.changedAt > 0 ? QStringLiteral("  ") + tr("changed %1").arg(when(a.changedAt)) : QString()));
    }
    lines.append(QString());
    lines.append(tr("Payouts:"));
    const QList<Core::PayeePayout> payouts = m_directory.payouts(id, 50);
    if (payouts.isEmpty())
        lines.append(QStringLiteral("  ") + tr("none yet"));
    for (const Core::PayeePayout &p : payouts)
        lines.append(QStringLiteral("  %1  %2 %3  %4  %5  %6")
                         .arg(when(p.at), p.amount, p.currency, p.maskedAccount, p.requestId,
                              p.status.isEmpty() ? tr("pending") : p.status));
    lines.append(QString());
    lines.append(tr("Changes:"));
    for (const Core::PayeeChange &c : m_directory.changes(id)) {
        QString line = QStringLiteral("  %1  %2  %3").arg(when(c.at), c.who, c.what);
        if (!c.oldValue.isEmpty() || !c.newValue.isEmpty())
            line += QStringLiteral(": %1 \u2192 %2").arg(c.oldValue, c.newValue);
        lines.append(line);
    }
    m_details->setPlainText(lines.join(u'\n'));
}

bool DirectoryPage::exportDirectory()
{
    const QString path = m_dialogs->saveFileName(this, tr("Export directory"), QStringLiteral("directory.csv"),
                                                 tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!Core::DirectoryCsv::write(path, m_directory.payees(), &error)) {
        m_dialogs->warning(this, QStringLiteral("directoryExportFailed"), tr("Export directory"), error);
        return false;
    }
    m_dialogs->information(this, QStringLiteral("directoryExported"), tr("Export directory"),
                           tr("The directory was written to %1 with full account numbers; only you can read the "
                              "file.")
                               .arg(path));
    return true;
}

bool DirectoryPage::importDirectory()
{
    const QString path =
        m_dialogs->openFileName(this, tr("Import directory"), tr("Directory files (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return false;
    const Rules rules = m_rules();
    const Core::DirectoryCsv::ImportResult r =
        Core::DirectoryCsv::import(path, m_directory, *rules.validator, rules.currency);
    if (!r.error.isEmpty()) {
        m_dialogs->warning(this, QStringLiteral("directoryImportFailed"), tr("Import directory"), r.error);
        return false;
    }
    m_dialogs->information(this, QStringLiteral("directoryImported"), tr("Import directory"),
                           tr("%n payee(s) added", nullptr, r.payeesAdded) + u'\n'
                               + tr("%n account(s) added", nullptr, r.accountsAdded) + u'\n'
                               + tr("%n duplicate(s) skipped", nullptr, r.duplicates) + u'\n'
                               + tr("%n row(s) refused", nullptr, int(r.problems.size())),
                           r.problems.join(u'\n'));
    return true;
}

qint64 DirectoryPage::currentPayeeId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(Core::DirectoryModel::PayeeIdRole).toLongLong() : 0;
}

void DirectoryPage::refreshButtons()
{
    const bool selected = currentPayeeId() != 0;
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

bool DirectoryPage::runPayeeForm(const Core::Payee &payee)
{
    PayeeDialog dialog(payee, m_accountEditor, this);
    if (m_dialogs->exec(dialog) != QDialog::Accepted)
        return false;
    QString error;
    const qint64 id = m_directory.savePayee(dialog.payee(), &error);
    if (!id) {
        m_dialogs->warning(this, QStringLiteral("payeeSaveFailed"), dialog.windowTitle(), error);
        return false;
    }
    showPayee(id);
    return true;
}

bool DirectoryPage::newPayee()
{
    return runPayeeForm({});
}

bool DirectoryPage::editPayee(qint64 payeeId)
{
    const Core::Payee *payee = m_directory.payee(payeeId);
    return payee && runPayeeForm(*payee);
}

bool DirectoryPage::deletePayee(qint64 payeeId)
{
    const Core::Payee *payee = m_directory.payee(payeeId);
    if (!payee)
        return false;
    if (!m_dialogs->question(this, QStringLiteral("deletePayeeQuestion"), tr("Delete payee"),
                             tr("Delete %1 and %n saved account(s) from the directory? The history of its changes "
                                "stays.",
                                nullptr, int(payee->accounts.size()))
                                 .arg(payee->name)))
        return false;
    QString error;
    if (!m_directory.removePayee(payeeId, &error)) {
        m_dialogs->warning(this, QStringLiteral("payeeDeleteFailed"), tr("Delete payee"), error);
        return false;
    }
    return true;
}

bool DirectoryPage::showPayee(qint64 payeeId)
{
    if (!m_directory.payee(payeeId))
        return false;
    const auto find = [this, payeeId] {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, Core::DirectoryModel::NameColumn);
            if (index.data(Core::DirectoryModel::PayeeIdRole).toLongLong() == payeeId)
                return index;
        }
        return QModelIndex();
    };
    QModelIndex index = find();
    if (!index.isValid()) {
        // Hidden by the search or the tag: show every payee again.
        m_search->clear();
        m_tags->setCurrentIndex(0);
        index = find();
    }
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showSelected();
    return true;
}

} // namespace Lesspay::Ui
