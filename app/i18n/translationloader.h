// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

class QCoreApplication;

namespace Lesspay::Core {

// Installs the console's embedded translations (:/i18n/lesspay_<lang>.qm) and Qt's own qtbase
// translations for one language: the settings' override when it names a shipped language,
// otherwise the system's preferred UI languages.
class TranslationLoader final
{
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    struct Language
    {
        QString code;
        // The language's name in itself, as a language picker shows it.
        QString nativeName;
    };

    explicit TranslationLoader(QCoreApplication &app);
    ~TranslationLoader();

    // The languages the console ships, English first.
    static QList<Language> availableLanguages();
    // The locale to use: the override if it is a shipped language ("zh_CN", "id", "en"), else system.
    static QLocale resolveLocale(const QString &overrideCode, const QLocale &system = QLocale::system());

    // Replaces what an earlier call installed. Returns the language code of the console
    // translation that was loaded ("en" when none of the locale's languages is shipped).
    QString install(const QLocale &locale);
    // Whether Qt's own translation for the last installed locale was found (Qt ships none for some
    // languages, Indonesian among them; its dialogs then stay in English).
    bool hasQtTranslation() const;

private:
    void removeInstalled();

    QCoreApplication &m_app;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace Lesspay::Core
