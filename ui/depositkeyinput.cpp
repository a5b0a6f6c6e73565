// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "depositkeyinput.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Lesspay::Ui::DepositKeyInput {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lesspay::Ui::DepositKeyInput", text);
}

QString pattern(const QString &type)
{
    if (type == u"cpf")
        return QStringLiteral("[0-9.\\- ]{0,14}");
    if (type == u"cnpj")
        return QStringLiteral("[0-9A-Za-z./\\- ]{0,18}");
    if (type == u"phone")
        return QStringLiteral("\\+?[0-9 ()\\-]{0,20}");
    if (type == u"random")
        return QStringLiteral("[0-9A-Fa-f\\-]{0,36}");
    if (type == u"email")
        return QStringLiteral("\\S{0,254}");
    return {};
}

} // namespace

QStringList types()
{
    return {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("cpf"), QStringLiteral("cnpj"),
            QStringLiteral("random")};
}

QString typeLabel(const QString &type)
{
    if (type == u"cpf")
        return tr("CPF");
    if (type == u"cnpj")
        return tr("CNPJ");
    if (type == u"email")
        return tr("Email");
    if (type == u"phone")
        return tr("Phone");
    if (type == u"random")
        return tr("Random key (UUID)");
    return type;
}

QString placeholder(const QString &type)
{
    if (type == u"cpf")
        return tr("000.000.000-00 (11 digits)");
    if (type == u"cnpj")
        return tr("00.000.000/0000-00 (14 characters)");
    if (type == u"email")
        return tr("name@example.com");
    if (type == u"phone")
        return tr("+63 917 123 4567 (with country code)");
    if (type == u"random")
        return tr("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
    return {};
}

void configure(QLineEdit *edit, const QString &type)
{
    edit->setPlaceholderText(placeholder(type));
    edit->setAccessibleDescription(placeholder(type));
    const QString rule = pattern(type);
    delete edit->validator();
    edit->setValidator(rule.isEmpty() ? nullptr : new QRegularExpressionValidator(QRegularExpression(rule), edit));
}

} // namespace Lesspay::Ui::DepositKeyInput
