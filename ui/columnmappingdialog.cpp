// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmappingdialog.h"

#include "csv/recipientimporter.h"
#include "themecolors.h"

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
    , m_note(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check which field each column holds. Columns set to \u201cIgnore\u201d are not "
                                "imported."),
                             this);
    intro->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("rememberedMappingNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(ThemeColors::warningTextStyle(palette()));
    m_note->setVisible(false);
    layout->addWidget(m_note);
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
        auto *preview = new QLabel(inner);
        preview->setObjectName(QStringLiteral("columnPreview%1").arg(i));
        preview->setTextFormat(Qt::PlainText);
        preview->setVisible(false);
        auto *cell = new QWidget(inner);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(1);
        cellLayout->addWidget(combo);
        cellLayout->addWidget(preview);
        form->addRow(headers.at(i).isEmpty() ? tr("(column %1)").arg(i + 1) : headers.at(i), cell);
        m_columns.append(combo);
        m_previews.append(preview);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updatePreview);
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
    m_hint->setObjectName(QStringLiteral("decimalSeparatorHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(ThemeColors::warningTextStyle(palette()));
    m_hint->setVisible(false);
    layout->addWidget(m_hint);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updatePreview);

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

void ColumnMappingDialog::setDecimalSeparator(Core::Amount::DecimalSeparator separator)
{
    m_separator->setCurrentIndex(m_separator->findData(int(separator)));
}

void ColumnMappingDialog::setSample(const QList<QStringList> &sample, int decimals)
{
    m_sample = sample;
    m_decimals = decimals;
    updatePreview();
}

void ColumnMappingDialog::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ColumnMappingDialog::updatePreview()
{
    using Core::Amount;
    constexpr int Shown = 3;
    const Amount::DecimalSeparator separator = decimalSeparator();
    int amountColumn = -1;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const bool amount = m_columns.at(i)->currentData().toInt() == int(Field::Amount);
        if (amount && amountColumn < 0)
            amountColumn = int(i);
        // The first values as the import will read them: amounts with the separator chosen.
        QStringList values;
        for (const QStringList &record : std::as_const(m_sample)) {
            if (values.size() == Shown)
                break;
            const QString cell = record.value(i);
            if (!amount || cell.isEmpty()) {
                values.append(cell.isEmpty() ? tr("(empty)") : cell);
                continue;
            }
            const Amount::ParseResult read = Amount::parseLocalized(cell, m_decimals, separator);
            values.append(read.ok() ? tr("%1 \u2192 %2").arg(cell, Amount::format(read.minor, m_decimals))
                                    : tr("%1 \u2192 not an amount").arg(cell));
        }
        m_previews.at(i)->setText(values.join(QStringLiteral("   \u00b7   ")));
        m_previews.at(i)->setVisible(!values.isEmpty());
    }

    const Core::RecipientImporter::SeparatorFit fit =
        Core::RecipientImporter::separatorFit(m_sample, amountColumn, m_decimals);
    const bool wrong = fit.failsWith(separator);
    if (wrong) {
        const Amount::DecimalSeparator other = separator == Amount::DecimalSeparator::Point
                                                   ? Amount::DecimalSeparator::Comma
                                                   : Amount::DecimalSeparator::Point;
        QString example;
        QString read;
        for (const QStringList &record : std::as_const(m_sample)) {
            const Amount::ParseResult parsed = Amount::parseLocalized(record.value(amountColumn), m_decimals, other);
            if (parsed.ok()) {
                example = record.value(amountColumn);
                read = Amount::format(parsed.minor, m_decimals);
                break;
            }
        }
        m_hint->setText(other == Amount::DecimalSeparator::Comma
                            ? tr("Most amounts of this file cannot be read with a decimal point. With a decimal "
                                 "comma, \u201c%1\u201d reads as %2: choose the separator the file means.")
                                  .arg(example, read)
                            : tr("Most amounts of this file cannot be read with a decimal comma. With a decimal "
                                 "point, \u201c%1\u201d reads as %2: choose the separator the file means.")
                                  .arg(example, read));
    }
    m_hint->setVisible(wrong);
}

} // namespace Lesspay::Ui
