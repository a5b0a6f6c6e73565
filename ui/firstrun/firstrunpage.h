// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QPushButton;

namespace Lesspay::Ui {

// The welcome page shown on first start: what the local sandbox is, how to add a real profile,
// where the app secret is kept and how to start from the CSV template. It only explains and
// emits requests; the main window carries them out.
class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    // settingsFilePath is shown so that users know what the console writes where.
    explicit FirstRunPage(const QString &settingsFilePath, QWidget *parent = nullptr);
    ~FirstRunPage() override;

    // The page's title where it is shown as a tab.
    static QString tabTitle();

signals:
    void sandboxRequested();
    void addProfileRequested();
    void csvTemplateRequested();

private:
    void addSection(const QString &objectName, const QString &heading, const QString &body);

    QWidget *m_content = nullptr;
    QPushButton *m_sandboxButton = nullptr;
    QPushButton *m_profileButton = nullptr;
    QPushButton *m_templateButton = nullptr;
};

} // namespace Lesspay::Ui
