// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <optional>
#include <vector>

namespace Lesspay::Sandbox {

enum class FaultMode { Delay, Http500, Http503, DropBeforeStore, DropAfterStore, Garbage, Redirect307 };

// One fault to inject: for the next `count` matching requests, or with a seeded probability
// (then `count` < 0 means without limit).
struct FaultRule
{
    FaultMode mode = FaultMode::Http500;
    int count = 1;
    quint32 probabilityPpm = 0; // parts per million; 0 = not probabilistic
    quint32 seed = 0;
    QString path; // empty = every API path
    int delayMs = 1000;
};

// Decides, request by request, whether a fault applies. Rules are tried in the order added.
class FaultInjector
{
public:
    static QString modeName(FaultMode mode);
    static std::optional<FaultMode> modeFromName(QStringView name);
    // {"mode":"http500","count":2} / {"mode":"http500","probability":0.3,"seed":7,"path":...,"delay_ms":N}
    static std::optional<FaultRule> ruleFromJson(const QJsonObject &object, QString *error);
    // The --fault form: "mode[,count=N][,probability=P][,seed=S][,path=/p][,delay_ms=N]".
    static std::optional<FaultRule> ruleFromSpec(const QString &spec, QString *error);

    void add(const FaultRule &rule);
    void clear() { m_rules.clear(); }
    bool isEmpty() const { return m_rules.empty(); }

    // The fault for a request to this path, if one triggers (its count is used up by this call).
    std::optional<FaultRule> take(const QString &path);
    QJsonArray toJson() const;

private:
    struct Active
    {
        FaultRule rule;
        QRandomGenerator random;
    };
    std::vector<Active> m_rules;
};

} // namespace Lesspay::Sandbox
