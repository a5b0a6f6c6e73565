// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

struct ModeName
{
    FaultMode mode;
    QLatin1StringView name;
};

constexpr ModeName Modes[] = {
    {FaultMode::Delay, "delay"_L1},
    {FaultMode::Http500, "http500"_L1},
    {FaultMode::Http503, "http503"_L1},
    {FaultMode::DropBeforeStore, "drop_before_store"_L1},
    {FaultMode::DropAfterStore, "drop_after_store"_L1},
    {FaultMode::Garbage, "garbage"_L1},
    {FaultMode::Redirect307, "redirect307"_L1},
};

constexpr quint32 Million = 1000000;
// Below the server's idle timeout, which would otherwise close the waiting connection.
constexpr int MaxDelayMs = 2 * 60 * 1000;

// Probability in [0, 1] as parts per million.
bool setProbability(FaultRule *rule, double p, QString *error)
{
    if (!(p > 0 && p <= 1)) {
        *error = u"probability must be in (0, 1]"_s;
        return false;
    }
    rule->probabilityPpm = quint32(p * Million + 0.5);
    return true;
}

bool finish(FaultRule *rule, bool hasCount, bool hasSeed, QString *error)
{
    if (rule->probabilityPpm > 0 && !hasCount)
        rule->count = -1;
    if (!hasSeed)
        rule->seed = QRandomGenerator::global()->generate();
    if (rule->count == 0 || rule->count < -1) {
        *error = u"count must be a positive number"_s;
        return false;
    }
    if (rule->delayMs < 0 || rule->delayMs > MaxDelayMs) {
        *error = u"delay_ms must be between 0 and %1"_s.arg(MaxDelayMs);
        return false;
    }
    if (!rule->path.isEmpty() && !rule->path.startsWith(u'/')) {
        *error = u"path must start with /"_s;
        return false;
    }
    return true;
}

} // namespace

QString FaultInjector::modeName(FaultMode mode)
{
    for (const ModeName &m : Modes) {
        if (m.mode == mode)
            return m.name;
    }
    return {};
}

std::optional<FaultMode> FaultInjector::modeFromName(QStringView name)
{
    for (const ModeName &m : Modes) {
        if (name == m.name)
            return m.mode;
    }
    return std::nullopt;
}

std::optional<FaultRule> FaultInjector::ruleFromJson(const QJsonObject &o, QString *error)
{
    FaultRule rule;
    const std::optional<FaultMode> mode = modeFromName(o.value("mode"_L1).toString());
    if (!mode) {
        *error = u"unknown fault mode; one of delay, http500, http503, drop_before_store, drop_after_store, "
                 u"garbage, redirect307"_s;
        return std::nullopt;
    }
    rule.mode = *mode;
    const bool hasCount = o.contains("count"_L1);
    if (hasCount)
        rule.count = o.value("count"_L1).toInt(0);
    if (o.contains("probability"_L1) && !setProbability(&rule, o.value("probability"_L1).toDouble(-1), error))
        return std::nullopt;
    const bool hasSeed = o.contains("seed"_L1);
    if (hasSeed)
        rule.seed = quint32(o.value("seed"_L1).toInteger());
    rule.path = o.value("path"_L1).toString();
    if (o.contains("delay_ms"_L1))
        rule.delayMs = o.value("delay_ms"_L1).toInt(-1);
    if (!finish(&rule, hasCount, hasSeed, error))
        return std::nullopt;
    return rule;
}

std::optional<FaultRule> FaultInjector::ruleFromSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(u',');
    FaultRule rule;
    const std::optional<FaultMode> mode = modeFromName(parts.value(0).trimmed());
    if (!mode) {
        *error = u"unknown fault mode in --fault %1"_s.arg(spec);
        return std::nullopt;
    }
    rule.mode = *mode;
    bool hasCount = false;
    bool hasSeed = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts[i].section(u'=', 0, 0).trimmed();
        const QString value = parts[i].section(u'=', 1).trimmed();
        bool ok = true;
        if (key == "count"_L1) {
            rule.count = value.toInt(&ok);
            hasCount = true;
        } else if (key == "probability"_L1) {
            const double p = value.toDouble(&ok);
            if (ok && !setProbability(&rule, p, error))
                return std::nullopt;
        } else if (key == "seed"_L1) {
            rule.seed = value.toUInt(&ok);
            hasSeed = true;
        } else if (key == "path"_L1) {
            rule.path = value;
        } else if (key == "delay_ms"_L1) {
            rule.delayMs = value.toInt(&ok);
        } else {
            ok = false;
        }
        if (!ok) {
            *error = u"invalid --fault part \"%1\""_s.arg(parts[i]);
            return std::nullopt;
        }
    }
    if (!finish(&rule, hasCount, hasSeed, error))
        return std::nullopt;
    return rule;
}

void FaultInjector::add(const FaultRule &rule)
{
    m_rules.push_back({rule, QRandomGenerator(rule.seed)});
}

std::optional<FaultRule> FaultInjector::take(const QString &path)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        FaultRule &rule = it->rule;
        if (!rule.path.isEmpty() && rule.path != path)
            continue;
        if (rule.probabilityPpm > 0 && it->random.bounded(Million) >= rule.probabilityPpm)
            continue;
        const FaultRule taken = rule;
        if (rule.count > 0 && --rule.count == 0)
            m_rules.erase(it);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray list;
    for (const Active &a : m_rules) {
        QJsonObject o{{"mode"_L1, modeName(a.rule.mode)}, {"count"_L1, a.rule.count}};
        if (a.rule.probabilityPpm > 0)
            o.insert("probability_ppm"_L1, qint64(a.rule.probabilityPpm));
        if (!a.rule.path.isEmpty())
            o.insert("path"_L1, a.rule.path);
        if (a.rule.mode == FaultMode::Delay)
            o.insert("delay_ms"_L1, a.rule.delayMs);
        list.append(o);
    }
    return list;
}

} // namespace Lesspay::Sandbox
