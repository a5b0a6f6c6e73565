// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrun/firstrunpage.h"

#include <QDir>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace Lesspay::Ui {

FirstRunPage::FirstRunPage(const QString &settingsFilePath, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("firstRunPage"));

    // The text scrolls on small screens and at large scale factors; the buttons stay visible.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    auto *content = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);
    // Lines of about 90 characters stay readable on wide windows; the page keeps its left edge.
    m_content->setMaximumWidth(fontMetrics().averageCharWidth() * 90);

    auto *title = new QLabel(tr("Welcome to Lesspay Payout Console"), m_content);
    title->setObjectName(QStringLiteral("firstRunTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    content->addWidget(title);

    auto *intro = new QLabel(tr("Prepare payout batches to bank accounts and e-wallets, check every recipient as "
                                "you type, submit the batch and follow each payout to its final status."),
                             m_content);
    intro->setWordWrap(true);
    content->addWidget(intro);

    addSection(QStringLiteral("sandboxSection"), tr("Try it safely with the local sandbox"),
               tr("The console comes with a local sandbox: a server on this computer that behaves like Lesspay. "
                  "It checks signatures and recipient details, moves payouts through their statuses and can "
                  "simulate failures. No real money moves and no account is needed, so you can try "
                  "everything right away."));
    addSection(QStringLiteral("profileSection"), tr("Add a real profile"),
               tr("When you are ready to pay for real, add a profile with the App ID, the app secret and the "
                  "API address that Lesspay gave you for that environment (UAT or production). Switch between "
                  "profiles at any time; the sandbox profile stays available."));
    addSection(QStringLiteral("secretSection"), tr("Where your secret lives"),
               tr("The app secret is kept in your system keyring (GNOME Keyring, KWallet or KeePassXC), "
                  "never in a file. Profiles, without secrets, are saved in %1.")
                   .arg(QDir::toNativeSeparators(settingsFilePath)));
    addSection(QStringLiteral("templateSection"), tr("Start from the CSV template"),
               tr("Save the CSV template, fill in one row per payout in your spreadsheet (bank columns for "
                  "bank transfers, e-wallet columns for e-wallets) and import it. The console checks every "
                  "row and shows what needs fixing before anything is sent."));
    content->addStretch(1);

    m_sandboxButton = new QPushButton(tr("Open the &local sandbox"), this);
    m_sandboxButton->setObjectName(QStringLiteral("openSandboxButton"));
    m_sandboxButton->setDefault(true);
    m_profileButton = new QPushButton(tr("Add a real pr&ofile…"), this);
    m_profileButton->setObjectName(QStringLiteral("addProfileButton"));
    m_templateButton = new QPushButton(tr("Save the CSV &template…"), this);
    m_templateButton->setObjectName(QStringLiteral("saveTemplateButton"));
    connect(m_sandboxButton, &QPushButton::clicked, this, &FirstRunPage::sandboxRequested);
    connect(m_profileButton, &QPushButton::clicked, this, &FirstRunPage::addProfileRequested);
    connect(m_templateButton, &QPushButton::clicked, this, &FirstRunPage::csvTemplateRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sandboxButton);
    buttons->addWidget(m_profileButton);
    buttons->addWidget(m_templateButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    // The safe choice has the initial focus; the scroll area stays reachable with Tab for keyboard scrolling.
    setFocusProxy(m_sandboxButton);
    m_sandboxButton->setFocus();
    setTabOrder(m_sandboxButton, m_profileButton);
    setTabOrder(m_profileButton, m_templateButton);
    setTabOrder(m_templateButton, scroll);
}

FirstRunPage::~FirstRunPage() = default;

QString FirstRunPage::tabTitle()
{
    return tr("&Welcome");
}

void FirstRunPage::addSection(const QString &objectName, const QString &heading, const QString &body)
{
    auto *headingLabel = new QLabel(heading, m_content);
    QFont headingFont = headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    headingLabel->setFont(headingFont);
    headingLabel->setWordWrap(true);

    auto *bodyLabel = new QLabel(body, m_content);
    bodyLabel->setObjectName(objectName);
    bodyLabel->setWordWrap(true);
    bodyLabel->setTextFormat(Qt::PlainText);
    bodyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Screen readers announce the heading as the name of the paragraph.
    bodyLabel->setAccessibleName(heading);

    auto *layout = qobject_cast<QVBoxLayout *>(m_content->layout());
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(headingLabel);
    layout->addWidget(bodyLabel);
}

} // namespace Lesspay::Ui
