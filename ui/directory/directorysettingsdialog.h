// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QSpinBox;

namespace Lesspay::Ui {

// Settings ▸ Changed-account warning: for how many days a saved account that changed is still
// flagged in the editor and the review (and needs a person's confirmation for Production).
class DirectorySettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectorySettingsDialog)

public:
    static constexpr int MaxDays = 3650;

    explicit DirectorySettingsDialog(int changeWarningDays, QWidget *parent = nullptr);
    ~DirectorySettingsDialog() override;

    int changeWarningDays() const;

private:
    QSpinBox *m_days;
};

} // namespace Lesspay::Ui
