// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace Lesspay::Core {
class Settings;
}

namespace Lesspay::Ui {

// "Language" menu: the system language or one of the shipped languages, saved as the settings'
// language override. The choice applies at the next start, when TranslationLoader installs it.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(Core::Settings &settings, QWidget *parent = nullptr);
    ~LanguageMenu() override;

    // The sentence to show after a change, e.g. in the status bar.
    static QString restartHint();

signals:
    // code is empty for the system language.
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);

    Core::Settings &m_settings;
    QActionGroup *m_group = nullptr;
};

} // namespace Lesspay::Ui
