// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QLineEdit;

namespace Lesspay::Ui {

// How a deposit key field looks and what it lets through, per key type (cpf, cnpj, email,
// phone, random). The rules themselves stay in the core's DetailValidator; this only shapes
// the input so that obvious typos cannot be typed at all.
namespace DepositKeyInput {

QStringList types();
QString typeLabel(const QString &type);
QString placeholder(const QString &type);
// Sets the placeholder, a character validator and the accessible description for the type.
void configure(QLineEdit *edit, const QString &type);

} // namespace DepositKeyInput

} // namespace Lesspay::Ui
