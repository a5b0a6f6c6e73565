// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace Lesspay::Ui {

Dialogs::~Dialogs() = default;

int Dialogs::exec(QDialog &dialog)
{
    return dialog.exec();
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void Dialogs::warning(QWidget *parent, const QString &objectName, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(objectName);
    exec(box);
}

bool Dialogs::question(QWidget *parent, const QString &objectName, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(objectName);
    box.setDefaultButton(QMessageBox::No);
    return exec(box) == QMessageBox::Yes;
}

void Dialogs::information(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                          const QString &details)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setObjectName(objectName);
    if (!details.isEmpty())
        box.setDetailedText(details);
    exec(box);
}

} // namespace Lesspay::Ui
