// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/field.h"
#include "money/amount.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;

namespace Lesspay::Ui {

// The import step where the user confirms which column holds which field (known header
// spellings come preselected) and says which decimal separator the amounts use: it is
// asked, never guessed.
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

private:
    QList<QComboBox *> m_columns;
    QComboBox *m_separator;
};

} // namespace Lesspay::Ui
