// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacedialog.h"

#include "dialogs.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lesspay::Ui {

WorkspaceDialog::WorkspaceDialog(const Core::WorkspaceSetting &setting, Dialogs &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_thisComputer(new QRadioButton(tr("This &computer"), this))
    , m_team(new QRadioButton(tr("&Team database (PostgreSQL)"), this))
    , m_teamFields(new QWidget(this))
    , m_host(new QLineEdit(setting.host, m_teamFields))
    , m_port(new QSpinBox(m_teamFields))
    , m_database(new QLineEdit(setting.database, m_teamFields))
    , m_user(new QLineEdit(setting.user, m_teamFields))
    , m_password(new QLineEdit(m_teamFields))
    , m_caFile(new QLineEdit(setting.caFile, m_teamFields))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("workspaceDialog"));
    setWindowTitle(tr("Workspace"));
    m_thisComputer->setObjectName(QStringLiteral("thisComputerRadio"));
    m_team->setObjectName(QStringLiteral("teamDatabaseRadio"));
    m_host->setObjectName(QStringLiteral("workspaceHostEdit"));
    m_port->setObjectName(QStringLiteral("workspacePortSpin"));
    m_database->setObjectName(QStringLiteral("workspaceDatabaseEdit"));
    m_user->setObjectName(QStringLiteral("workspaceUserEdit"));
    m_password->setObjectName(QStringLiteral("workspacePasswordEdit"));
    m_caFile->setObjectName(QStringLiteral("workspaceCaFileEdit"));
    m_problems->setObjectName(QStringLiteral("workspaceProblemsLabel"));
    m_problems->setWordWrap(true);

    m_port->setRange(1, 65535);
    m_port->setValue(setting.port);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain; leave empty to keep the saved one"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));
    m_thisComputer->setToolTip(tr("The journal is a file on this computer, for one person."));
    m_team->setToolTip(tr("The journal is the team's shared database: approvals, and everyone sees every batch."));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    auto *browse = new QPushButton(tr("&Browse…"), m_teamFields);
    browse->setObjectName(QStringLiteral("workspaceCaFileButton"));
    caRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &WorkspaceDialog::chooseCaFile);

    auto *form = new QFormLayout(m_teamFields);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("CA &file:"), caRow);
    auto *tls = new QLabel(tr("Over the network the server's certificate is always checked (sslmode=verify-full)."),
                           m_teamFields);
    tls->setWordWrap(true);
    form->addRow(tls);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_thisComputer);
    layout->addWidget(m_team);
    layout->addWidget(m_teamFields);
    layout->addWidget(m_problems);
    auto *hint = new QLabel(tr("The console opens the chosen journal when it starts again."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (setting.isTeam() ? m_team : m_thisComputer)->setChecked(true);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &WorkspaceDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &WorkspaceDialog::updateState);
    connect(m_team, &QRadioButton::toggled, this, &WorkspaceDialog::updateState);
    updateState();
}

WorkspaceDialog::~WorkspaceDialog() = default;

QString WorkspaceDialog::actionText()
{
    return tr("&Workspace\u2026");
}

Core::WorkspaceSetting WorkspaceDialog::setting() const
{
    Core::WorkspaceSetting s;
    s.kind =
        m_team->isChecked() ? Core::WorkspaceSetting::Kind::TeamDatabase : Core::WorkspaceSetting::Kind::ThisComputer;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

QString WorkspaceDialog::password() const
{
    return m_team->isChecked() ? m_password->text() : QString();
}

void WorkspaceDialog::chooseCaFile()
{
    const QString path = m_dialogs.openFileName(this, tr("Certificate authority of the team's database"),
                                                tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void WorkspaceDialog::updateState()
{
    m_teamFields->setEnabled(m_team->isChecked());
    const QStringList problems = setting().problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

bool WorkspaceDialog::edit(QWidget *parent, Dialogs &dialogs, Core::Settings &settings, Core::SecretStore &secrets,
                           QString *password)
{
    WorkspaceDialog dialog(settings.workspace(), dialogs, parent);
    if (dialogs.exec(dialog) != QDialog::Accepted)
        return false;
    const Core::WorkspaceSetting chosen = dialog.setting();
    if (!chosen.problems().isEmpty())
        return false;
    settings.setWorkspace(chosen);
    settings.sync();
    if (chosen.isTeam() && !dialog.password().isEmpty())
        secrets.writeSecret(chosen.secretKey(), dialog.password().toUtf8());
    if (password)
        *password = dialog.password();
    return true;
}

} // namespace Lesspay::Ui
