// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lesspay::Core::LogMasker {

namespace {

bool isSensitiveKey(const QString &key)
{
    return key == QLatin1String("bank_account_no") || key == QLatin1String("account_number")
           || key == QLatin1String("deposit_key") || key == QLatin1String("account_no");
}

bool isDroppedKey(const QString &key)
{
    return key == QLatin1String("sign") || key == QLatin1String("signature") || key == QLatin1String("encryptData")
           || key == QLatin1String("key") || key == QLatin1String("secret");
}

QJsonValue mask(const QJsonValue &value);

QJsonObject maskObject(const QJsonObject &o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (isDroppedKey(it.key()))
            continue;
        if (isSensitiveKey(it.key()) && (it.value().isString() || it.value().isDouble())) {
            const QString text =
                it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger());
            out.insert(it.key(), maskValue(text));
        } else {
            out.insert(it.key(), mask(it.value()));
        }
    }
    return out;
}

QJsonValue mask(const QJsonValue &value)
{
    if (value.isObject())
        return maskObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(mask(v));
        return out;
    }
    return value;
}

} // namespace

QString maskValue(const QString &value)
{
    if (value.size() <= 4)
        return QString(value.size(), u'*');
    return QStringLiteral("****") + value.right(4);
}

QByteArray maskBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return QJsonDocument(maskObject(doc.object())).toJson(QJsonDocument::Compact);
        if (doc.isArray())
            return QJsonDocument(mask(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    }
    // Unreadable answers are kept for diagnosis, short and without long digit runs.
    static const QRegularExpression digits(QStringLiteral("\\d{5,}"));
    QString text = QString::fromUtf8(body.left(2048));
    text.replace(digits, QStringLiteral("****"));
    return text.toUtf8();
}

} // namespace Lesspay::Core::LogMasker
