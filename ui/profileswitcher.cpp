// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileswitcher.h"

#include "settings/settings.h"
#include "themecolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace Lesspay::Ui {

using Core::Profile;

ProfileSwitcher::ProfileSwitcher(Core::Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_combo(new QComboBox(this))
    , m_badge(new QLabel(this))
{
    setObjectName(QStringLiteral("profileSwitcher"));
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setMinimumContentsLength(16);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_badge->setObjectName(QStringLiteral("environmentBadge"));
    m_badge->setAccessibleName(tr("Environment"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_badge);

    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    connect(&m_settings, &Core::Settings::profilesChanged, this, &ProfileSwitcher::reload);
    connect(&m_settings, &Core::Settings::currentProfileChanged, this, &ProfileSwitcher::showCurrent);
    reload();
}

QString ProfileSwitcher::badgeText(Profile::Environment environment)
{
    switch (environment) {
    case Profile::Environment::LocalSandbox:
        return tr("LOCAL SANDBOX");
    case Profile::Environment::LesspayUat:
        return tr("TEST \u00b7 Lesspay UAT");
    case Profile::Environment::Production:
        return tr("PRODUCTION \u00b7 real money");
    case Profile::Environment::Custom:
        return tr("CUSTOM SERVER");
    }
    return {};
}

QString ProfileSwitcher::badgeStyle(Profile::Environment environment)
{
    const auto style = [](ThemeColors::Accent accent) {
        return ThemeColors::badgeStyle(accent, QStringLiteral("border-radius: 4px; padding: 3px 10px;"));
    };
    switch (environment) {
    case Profile::Environment::LocalSandbox:
        return style(ThemeColors::Accent::Success);
    case Profile::Environment::LesspayUat:
        return style(ThemeColors::Accent::Info);
    case Profile::Environment::Production:
        return style(ThemeColors::Accent::Danger);
    case Profile::Environment::Custom:
        return style(ThemeColors::Accent::Slate);
    }
    return {};
}

QString ProfileSwitcher::iconPath(Profile::Environment environment)
{
    switch (environment) {
    case Profile::Environment::LocalSandbox:
        return QStringLiteral(":/icons/sandbox.svg");
    case Profile::Environment::LesspayUat:
    case Profile::Environment::Custom:
        return QStringLiteral(":/icons/test-env.svg");
    case Profile::Environment::Production:
        return QStringLiteral(":/icons/production.svg");
    }
    return {};
}

void ProfileSwitcher::reload()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const QList<Profile> profiles = m_settings.profiles();
    for (const Profile &profile : profiles)
        m_combo->addItem(QIcon(iconPath(profile.environment)), profile.name, profile.id);
    showCurrent();
}

void ProfileSwitcher::showCurrent()
{
    const QUuid current = m_settings.currentProfileId();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(m_combo->findData(current));
    }
    const std::optional<Profile> profile = m_settings.profile(current);
    m_badge->setVisible(profile.has_value());
    if (!profile)
        return;
    m_badge->setText(badgeText(profile->environment));
    m_badge->setStyleSheet(badgeStyle(profile->environment));
    m_badge->setToolTip(profile->effectiveBaseUrl().toDisplayString());
}

void ProfileSwitcher::onActivated(int index)
{
    const QUuid id = m_combo->itemData(index).toUuid();
    if (!id.isNull() && id != m_settings.currentProfileId())
        m_settings.setCurrentProfileId(id);
}

} // namespace Lesspay::Ui
