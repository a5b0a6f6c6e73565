// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Lesspay::Ui {

using Core::Field;

ColumnMappingDialog::ColumnMappingDialog(const QString &fileName, const QStringList &headers, const Mapping &proposed,
                                         QWidget *parent)
    : QDialog(parent)
    , m_separator(new QComboBox(this))
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check which field each column holds. Columns set to \u201cIgnore\u201d are not "
                                "imported."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *inner = new QWidget(this);
    auto *form = new QFormLayout(inner);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        auto *combo = new QComboBox(inner);
        combo->setObjectName(QStringLiteral("columnCombo%1").arg(i));
        combo->setAccessibleName(tr("Field for column %1").arg(headers.at(i)));
        combo->addItem(tr("Ignore"), -1);
        for (int f = 0; f < Core::FieldCount; ++f)
            combo->addItem(Core::fieldLabel(Field(f)) + QStringLiteral(" (") + Core::fieldKey(Field(f)) + u')', f);
        const std::optional<Field> field = proposed.value(i);
        combo->setCurrentIndex(field ? combo->findData(int(*field)) : 0);
        form->addRow(headers.at(i).isEmpty() ? tr("(column %1)").arg(i + 1) : headers.at(i), combo);
        m_columns.append(combo);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);

    m_separator->setObjectName(QStringLiteral("decimalSeparatorCombo"));
    m_separator->setAccessibleName(tr("Decimal separator of the amounts"));
    m_separator->addItem(tr("Point: 1234.56"), int(Core::Amount::DecimalSeparator::Point));
    m_separator->addItem(tr("Comma: 1234,56"), int(Core::Amount::DecimalSeparator::Comma));
    auto *options = new QFormLayout;
    options->addRow(tr("Amounts use a &decimal:"), m_separator);
    layout->addLayout(options);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 520);
}

ColumnMappingDialog::Mapping ColumnMappingDialog::mapping() const
{
    Mapping result;
    for (const QComboBox *combo : m_columns) {
        const int field = combo->currentData().toInt();
        result.append(field < 0 ? std::nullopt : std::optional(Field(field)));
    }
    return result;
}

Core::Amount::DecimalSeparator ColumnMappingDialog::decimalSeparator() const
{
    return Core::Amount::DecimalSeparator(m_separator->currentData().toInt());
}

} // namespace Lesspay::Ui
