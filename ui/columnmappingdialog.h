// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/field.h"
#include "money/amount.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;

namespace Lesspay::Ui {

// The import step where the user confirms which column holds which field (known header
// spellings come preselected) and says which decimal separator the amounts use: it is
// asked, never guessed. The first rows of each column are shown as they will be read, and
// a hint says plainly when the amounts only read with the other separator.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingDialog)

public:
    using Mapping = QList<std::optional<Core::Field>>;

    ColumnMappingDialog(const QString &fileName, const QStringList &headers, const Mapping &proposed,
                        QWidget *parent = nullptr);

    Mapping mapping() const;
    Core::Amount::DecimalSeparator decimalSeparator() const;
    void setDecimalSeparator(Core::Amount::DecimalSeparator separator);
    // The file's first records (one string per column) and the batch currency's decimals.
    void setSample(const QList<QStringList> &sample, int decimals);
    // Why the dialog is shown for a file whose columns were remembered; empty hides it.
    void setNote(const QString &text);

private:
    void updatePreview();

    QList<QComboBox *> m_columns;
    QList<QLabel *> m_previews;
    QComboBox *m_separator;
    QLabel *m_note;
    QLabel *m_hint;
    QList<QStringList> m_sample;
    int m_decimals = 2;
};

} // namespace Lesspay::Ui
