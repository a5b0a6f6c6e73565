// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;

namespace Lesspay::Ui {

// About box: what the console is, its license, and the versions of the libraries it runs on,
// copyable in one click for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    struct Component
    {
        QString name;
        QString version;
    };

    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The console, Qt (at run time, and at build time when they differ), QtKeychain, libphonenumber
    // and the operating system.
    static QList<Component> components();
    // components() as "name: version" lines, the text the copy button puts on the clipboard.
    static QString versionReport();

private:
    void copyVersionReport();

    QPushButton *m_copyButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
};

} // namespace Lesspay::Ui
