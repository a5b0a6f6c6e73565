// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// What poppler-utils (pdftotext, pdffonts, pdfinfo) read from a PDF, for the report and advice
// tests: the PDF's own text, not what the code meant to write. Empty when the tool failed.
namespace PdfTools {

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Pages are separated by form feeds ('\f'); -layout keeps each table row on one line.
inline QString text(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

inline QStringList pages(const QString &pdf)
{
    QStringList pages = text(pdf).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline QString fonts(const QString &pdf)
{
    return run(QStringLiteral("pdffonts"), {pdf});
}

inline QString info(const QString &pdf)
{
    return run(QStringLiteral("pdfinfo"), {pdf});
}

// Every font line of pdffonts says "yes" in its "emb" column (and there is at least one font).
inline bool allFontsEmbedded(const QString &pdffontsOutput, QString *why = nullptr)
{
    const QStringList lines = pdffontsOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 3) {
        if (why)
            *why = QStringLiteral("no fonts listed: ") + pdffontsOutput;
        return false;
    }
    // The columns "emb sub uni" come after the type and encoding; name and type may contain spaces,
    // the three yes/no columns and the object id never do.
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList words = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 6 || words.at(words.size() - 5) != QLatin1String("yes")) {
            if (why)
                *why = lines.at(i);
            return false;
        }
    }
    return true;
}

} // namespace PdfTools
