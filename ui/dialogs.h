// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace Lesspay::Ui {

// The one way the console asks a person something modal: confirmations, warnings, file names,
// the review and the import's questions. This implementation shows real dialogs; GUI tests pass
// a subclass that answers them (tests/support/scripteddialogs.h), so no path of the console
// waits on a dialog a test cannot see. warning(), question() and information() are built on
// exec(): answering exec() answers them too.
class Dialogs
{
public:
    Dialogs() = default;
    virtual ~Dialogs();
    Dialogs(const Dialogs &) = delete;
    Dialogs &operator=(const Dialogs &) = delete;

    // Runs a dialog the caller built and returns its result (QDialog::Accepted, or the
    // QMessageBox::StandardButton pressed).
    virtual int exec(QDialog &dialog);
    // An existing file to read, or empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    // A file to write (starting from `suggested`), or empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter);

    void warning(QWidget *parent, const QString &objectName, const QString &title, const QString &text);
    // Yes or No, No being the default; true for Yes.
    bool question(QWidget *parent, const QString &objectName, const QString &title, const QString &text);
    void information(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                     const QString &details = {});
};

} // namespace Lesspay::Ui
