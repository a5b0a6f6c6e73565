// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorysettingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lesspay::Ui {

DirectorySettingsDialog::DirectorySettingsDialog(int changeWarningDays, QWidget *parent)
    : QDialog(parent)
    , m_days(new QSpinBox(this))
{
    setObjectName(QStringLiteral("directorySettingsDialog"));
    setWindowTitle(tr("Changed-account warning"));
    m_days->setObjectName(QStringLiteral("payeeChangeDaysSpin"));
    m_days->setRange(1, MaxDays);
    m_days->setValue(std::clamp(changeWarningDays, 1, MaxDays));
    m_days->setAccessibleName(tr("Days a changed account is flagged"));
    auto *explanation =
        new QLabel(tr("A row paying a saved payee's account that was added or changed within this many days is "
                      "flagged in the editor and the review, and a person must confirm it before Production. An "
                      "account that is none of the payee's saved ones is always flagged."),
                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Flag changed accounts for (&days):"), this);
    label->setBuddy(m_days);
    form->addRow(label, m_days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DirectorySettingsDialog::~DirectorySettingsDialog() = default;

int DirectorySettingsDialog::changeWarningDays() const
{
    return m_days->value();
}

} // namespace Lesspay::Ui
