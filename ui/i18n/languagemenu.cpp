// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/languagemenu.h"

#include "i18n/translationloader.h"
#include "settings/settings.h"

#include <QActionGroup>

#include <algorithm>

namespace Lesspay::Ui {

LanguageMenu::LanguageMenu(Core::Settings &settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);

    QString current = m_settings.languageOverride();
    const auto languages = Core::TranslationLoader::availableLanguages();
    const bool shipped =
        std::any_of(languages.cbegin(), languages.cend(), [&](const auto &l) { return l.code == current; });
    if (!shipped)
        current.clear();

    auto add = [this, &current](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setObjectName(code.isEmpty() ? QStringLiteral("languageSystemAction")
                                             : QStringLiteral("language_%1_Action").arg(code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("&System language"));
    addSeparator();
    for (const auto &language : languages)
        add(language.code, language.nativeName);
}

LanguageMenu::~LanguageMenu() = default;

QString LanguageMenu::restartHint()
{
    return tr("The new language applies the next time the console starts.");
}

void LanguageMenu::choose(const QString &code)
{
    if (m_settings.languageOverride() == code)
        return;
    m_settings.setLanguageOverride(code);
    m_settings.sync();
    emit languageChosen(code);
}

} // namespace Lesspay::Ui
