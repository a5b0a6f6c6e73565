// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/profile.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Lesspay::Core {
class Settings;
}

namespace Lesspay::Ui {

// The profile picker of the toolbar with a badge that makes the environment unmistakable:
// Production is red and says "real money"; the test environments are green or blue.
class ProfileSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)

public:
    explicit ProfileSwitcher(Core::Settings &settings, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QLabel *badge() const { return m_badge; }

    // The badge's words and colours for an environment, shared with the window's banner.
    static QString badgeText(Core::Profile::Environment environment);
    static QString badgeStyle(Core::Profile::Environment environment);
    static QString iconPath(Core::Profile::Environment environment);

public Q_SLOTS:
    void reload();

private:
    void onActivated(int index);
    void showCurrent();

    Core::Settings &m_settings;
    QComboBox *m_combo;
    QLabel *m_badge;
};

} // namespace Lesspay::Ui
