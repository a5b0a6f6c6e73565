// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>

#include <algorithm>

namespace Lesspay::Core {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kAppBaseName = QStringLiteral("lesspay");
const QString kSourceLanguage = QStringLiteral("en");

bool isShipped(const QString &code)
{
    const auto languages = TranslationLoader::availableLanguages();
    return std::any_of(languages.cbegin(), languages.cend(), [&](const auto &l) { return l.code == code; });
}

} // namespace

TranslationLoader::TranslationLoader(QCoreApplication &app)
    : m_app(app)
{}

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QList<TranslationLoader::Language> TranslationLoader::availableLanguages()
{
    // Language names are written in their own language on purpose, so they are not translated.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
}

QLocale TranslationLoader::resolveLocale(const QString &overrideCode, const QLocale &system)
{
    const QString code = overrideCode.trimmed();
    if (!code.isEmpty() && isShipped(code))
        return QLocale(code);
    return system;
}

QString TranslationLoader::install(const QLocale &locale)
{
    removeInstalled();

    // QTranslator::load(QLocale, ...) walks locale.uiLanguages(), so "zh-Hans-CN" finds zh_CN and
    // "id-ID" finds id. English is loaded too: its .qm carries the plural forms of %n strings.
    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(locale, kAppBaseName, QStringLiteral("_"), kResourceDir)
        && !appTranslator->load(kAppBaseName + QLatin1Char('_') + kSourceLanguage, kResourceDir)) {
        appTranslator.reset();
    }
    QString loaded = kSourceLanguage;
    if (appTranslator) {
        loaded = QFileInfo(appTranslator->filePath()).completeBaseName().mid(kAppBaseName.size() + 1);
        m_app.installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    }

    // Qt's standard buttons and dialogs; only worth loading when the console itself is translated.
    if (loaded != kSourceLanguage) {
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_app.installTranslator(qtTranslator.get());
            m_qtTranslator = std::move(qtTranslator);
        }
    }
    return loaded;
}

bool TranslationLoader::hasQtTranslation() const
{
    return m_qtTranslator != nullptr;
}

void TranslationLoader::removeInstalled()
{
    if (m_appTranslator)
        m_app.removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        m_app.removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace Lesspay::Core
