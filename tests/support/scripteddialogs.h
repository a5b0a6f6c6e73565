// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs.h"

#include <QDialog>
#include <QMessageBox>
#include <QStringList>

#include <functional>

// The console's dialog seam answered by a test: every dialog is recorded (object name and, for a
// message box, its text) and answered by `answer`, which by default rejects; file names come
// from openFile and saveFile. Nothing modal is ever shown, so no path can hang a test.
class ScriptedDialogs final : public Lesspay::Ui::Dialogs
{
public:
    std::function<int(QDialog &dialog)> answer = [](QDialog &dialog) {
        return qobject_cast<QMessageBox *>(&dialog) ? int(QMessageBox::No) : int(QDialog::Rejected);
    };
    QString openFile;
    QString saveFile;
    QStringList seen; // "objectName: text" of every dialog and file question, in order

    int exec(QDialog &dialog) override
    {
        const auto *box = qobject_cast<QMessageBox *>(&dialog);
        seen.append(dialog.objectName() + QStringLiteral(": ") + (box ? box->text() : dialog.windowTitle()));
        return answer(dialog);
    }
    QString openFileName(QWidget *, const QString &caption, const QString &) override
    {
        seen.append(QStringLiteral("openFile: ") + caption);
        return openFile;
    }
    QString saveFileName(QWidget *, const QString &caption, const QString &, const QString &) override
    {
        seen.append(QStringLiteral("saveFile: ") + caption);
        return saveFile;
    }
};
