// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/aboutdialog.h"

#include "about/appicon.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QtGlobal>

namespace Lesspay::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Lesspay Payout Console"));

    auto *iconLabel = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    iconLabel->setPixmap(AppIcon::icon().pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *titleLabel = new QLabel(tr("Lesspay Payout Console"), this);
    titleLabel->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    auto *summaryLabel =
        new QLabel(tr("Prepare, submit and track payout batches to bank accounts and e-wallets."), this);
    summaryLabel->setWordWrap(true);

    auto *versions = new QFormLayout;
    versions->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &component : components()) {
        auto *value = new QLabel(component.version, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(component.name);
        versions->addRow(component.name, value);
    }

    auto *licenseLabel =
        new QLabel(tr("This program is free software, licensed under the <a href=\"%1\">GNU General Public License, "
                      "version 3 or later</a>. It comes with no warranty.")
                       .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")),
                   this);
    licenseLabel->setObjectName(QStringLiteral("aboutLicense"));
    licenseLabel->setWordWrap(true);
    licenseLabel->setOpenExternalLinks(true);
    licenseLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_copyButton = new QPushButton(tr("&Copy version information"), this);
    m_copyButton->setObjectName(QStringLiteral("copyVersionsButton"));
    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyVersionReport);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(titleLabel);
    text->addWidget(summaryLabel);
    text->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    text->addLayout(versions);
    text->addWidget(licenseLabel);

    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel);
    top->addLayout(text, 1);

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyButton);
    copyRow->addWidget(m_copiedLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(copyRow);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

AboutDialog::~AboutDialog() = default;

QList<AboutDialog::Component> AboutDialog::components()
{
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt = tr("%1 (built with %2)").arg(qt, QLatin1String(QT_VERSION_STR));

    QList<Component> list{
        {tr("Lesspay Payout Console"), QStringLiteral(LESSPAY_VERSION)},
        {QStringLiteral("Qt"), qt},
        // QtKeychain and libphonenumber have no run-time version call: these are the versions built against.
        {QStringLiteral("QtKeychain"), QStringLiteral(LESSPAY_QTKEYCHAIN_VERSION)},
    };
#ifdef LESSPAY_PHONENUMBER_VERSION
    list.append({QStringLiteral("libphonenumber"), QStringLiteral(LESSPAY_PHONENUMBER_VERSION)});
#endif
    list.append({tr("Operating system"), QSysInfo::prettyProductName()});
    return list;
}

QString AboutDialog::versionReport()
{
    QStringList lines;
    for (const auto &component : components())
        lines.append(component.name + QStringLiteral(": ") + component.version);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::copyVersionReport()
{
    QApplication::clipboard()->setText(versionReport());
    m_copiedLabel->setText(tr("Copied to the clipboard."));
}

} // namespace Lesspay::Ui
