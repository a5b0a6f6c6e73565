// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditordialog.h"

#include "dialogs.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"
#include "themecolors.h"
#include "ui_profileeditordialog.h"

#include <QListWidgetItem>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>

#include <algorithm>

namespace Lesspay::Ui {

using Core::Profile;
using Environment = Core::Profile::Environment;

namespace {

constexpr int ProfileIdRole = Qt::UserRole;

QStringList splitCodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList codes;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString code = part.toUpper();
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

// "IDR=0, PHP=3" -> {IDR: 0, PHP: 3}; entries that do not parse go to *bad.
QHash<QString, int> parseDecimals(const QString &text, QStringList *bad)
{
    QHash<QString, int> out;
    static const QRegularExpression entry(QStringLiteral("^([A-Za-z]{3})\\s*=\\s*([0-9])$"));
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto match = entry.match(part.trimmed());
        if (match.hasMatch())
            out.insert(match.captured(1).toUpper(), match.captured(2).toInt());
        else if (!part.trimmed().isEmpty())
            *bad << part.trimmed();
    }
    return out;
}

QString formatDecimals(const QHash<QString, int> &decimals)
{
    QStringList keys = decimals.keys();
    keys.sort();
    QStringList parts;
    for (const QString &key : keys)
        parts << key + u'=' + QString::number(decimals.value(key));
    return parts.join(QStringLiteral(", "));
}

// One currency per line: "PHP: Coins.ph, Maya".
QHash<QString, QStringList> parseProviders(const QString &text, QStringList *bad)
{
    QHash<QString, QStringList> out;
    static const QRegularExpression line(QStringLiteral("^([A-Za-z]{3})\\s*:\\s*(.*)$"));
    for (const QString &raw : text.split(u'\n', Qt::SkipEmptyParts)) {
        const auto match = line.match(raw.trimmed());
        if (!match.hasMatch()) {
            if (!raw.trimmed().isEmpty())
                *bad << raw.trimmed();
            continue;
        }
        QStringList names;
        for (const QString &name : match.captured(2).split(u',', Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        }
        if (!names.isEmpty())
            out[match.captured(1).toUpper()] += names;
    }
    return out;
}

QString formatProviders(const QHash<QString, QStringList> &providers)
{
    QStringList keys = providers.keys();
    keys.sort();
    QStringList lines;
    for (const QString &key : keys)
        lines << key + QStringLiteral(": ") + providers.value(key).join(QStringLiteral(", "));
    return lines.join(u'\n');
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(Core::Settings *settings, Core::SecretStore *store,
                                         QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ProfileEditorDialog>())
    , m_settings(settings)
    , m_store(store)
    , m_tester(network, store)
{
    m_ui->setupUi(this);
    m_ui->environmentCombo->addItem(tr("Local sandbox (started by the console)"), int(Environment::LocalSandbox));
    m_ui->environmentCombo->addItem(tr("Lesspay UAT (test host)"), int(Environment::LesspayUat));
    m_ui->environmentCombo->addItem(tr("Production"), int(Environment::Production));
    m_ui->environmentCombo->addItem(tr("Custom base URL"), int(Environment::Custom));
    m_ui->productionBanner->setStyleSheet(
        ThemeColors::badgeStyle(ThemeColors::Accent::Danger, QStringLiteral("border-radius: 3px;")));
    m_ui->secretEntry->hide();
    // Return in a field must not press whichever button a QDialog would pick as the default.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    m_ui->problemsLabel->setStyleSheet(ThemeColors::errorTextStyle(palette()));

    m_standardDialogs = std::make_unique<Dialogs>();
    m_dialogs = m_standardDialogs.get();
    m_confirmRemove = [this](const QString &name) {
        return m_dialogs->question(this, QStringLiteral("removeProfileQuestion"), tr("Remove profile"),
                                   tr("Remove the profile \"%1\" and its saved secret?").arg(name));
    };

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProfileEditorDialog::onCurrentRowChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileEditorDialog::addProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfileEditorDialog::removeProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileEditorDialog::applyEdits);
    connect(m_ui->setSecretButton, &QPushButton::clicked, this, &ProfileEditorDialog::beginSetSecret);
    connect(m_ui->saveSecretButton, &QPushButton::clicked, this, &ProfileEditorDialog::saveSecret);
    connect(m_ui->secretEdit, &QLineEdit::returnPressed, this, &ProfileEditorDialog::saveSecret);
    connect(m_ui->cancelSecretButton, &QPushButton::clicked, this, &ProfileEditorDialog::cancelSecret);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &Core::SecretStore::writeFinished, this, &ProfileEditorDialog::onSecretWritten);
    connect(&m_tester, &Core::ConnectionTester::finished, this, &ProfileEditorDialog::onTestFinished);

    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->appIdEdit, m_ui->wayTypeEdit, m_ui->wayCodeEdit, m_ui->notifyUrlEdit,
          m_ui->currenciesEdit, m_ui->decimalsEdit, m_ui->banksPathEdit, m_ui->payerNameEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditorDialog::markDirty);
    connect(m_ui->providersEdit, &QPlainTextEdit::textChanged, this, &ProfileEditorDialog::markDirty);
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, [this] {
        markDirty();
        updateEnvironmentUi();
    });

    reloadList(m_settings->currentProfileId());
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

void ProfileEditorDialog::setRemoveConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirmRemove = std::move(confirm);
}

QUuid ProfileEditorDialog::selectedProfileId() const
{
    return m_loaded ? m_loaded->id : QUuid();
}

void ProfileEditorDialog::setDialogs(Dialogs *dialogs)
{
    m_dialogs = dialogs ? dialogs : m_standardDialogs.get();
}

void ProfileEditorDialog::selectProfile(const QUuid &id)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(ProfileIdRole).toUuid() == id) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
}

void ProfileEditorDialog::reloadList(const QUuid &select)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    int selectRow = -1;
    for (const Profile &profile : m_settings->profiles()) {
        auto *item = new QListWidgetItem(m_ui->profileList);
        item->setData(ProfileIdRole, profile.id);
        if (profile.environment == Environment::Production) {
            item->setText(tr("%1 (production)").arg(profile.name));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setForeground(ThemeColors::errorText(palette()));
        } else {
            item->setText(profile.name);
        }
        if (profile.id == select)
            selectRow = m_ui->profileList->count() - 1;
    }
    if (selectRow < 0 && m_ui->profileList->count() > 0)
        selectRow = 0;
    m_ui->profileList->setCurrentRow(selectRow);
    loadProfile(selectRow >= 0 ? m_settings->profile(m_ui->profileList->item(selectRow)->data(ProfileIdRole).toUuid())
                               : std::nullopt);
}

void ProfileEditorDialog::onCurrentRowChanged(int row)
{
    const QUuid id = row >= 0 ? m_ui->profileList->item(row)->data(ProfileIdRole).toUuid() : QUuid();
    if (m_dirty) {
        // Saving may rename and so reorder the list: find the chosen row again.
        applyEdits();
        const QSignalBlocker blocker(m_ui->profileList);
        for (int i = 0; i < m_ui->profileList->count(); ++i) {
            if (m_ui->profileList->item(i)->data(ProfileIdRole).toUuid() == id)
                m_ui->profileList->setCurrentRow(i);
        }
    }
    loadProfile(m_settings->profile(id));
}

void ProfileEditorDialog::loadProfile(const std::optional<Profile> &profile)
{
    m_loading = true;
    m_loaded = profile;
    m_dirty = false;
    cancelSecret();
    m_ui->testResultLabel->clear();
    m_ui->editorPanel->setEnabled(profile.has_value());
    m_ui->removeButton->setEnabled(profile.has_value());
    const Profile p = profile.value_or(Profile());
    m_ui->nameEdit->setText(p.name);
    m_ui->environmentCombo->setCurrentIndex(m_ui->environmentCombo->findData(int(p.environment)));
    m_ui->baseUrlEdit->setText(p.baseUrl.toString());
    m_ui->appIdEdit->setText(p.appId);
    m_ui->wayTypeEdit->setText(p.wayType);
    m_ui->wayCodeEdit->setText(p.wayCode);
    m_ui->notifyUrlEdit->setText(p.notifyUrl);
    m_ui->currenciesEdit->setText(p.allowedCurrencies.join(QStringLiteral(", ")));
    m_ui->decimalsEdit->setText(formatDecimals(p.decimalOverrides));
    m_ui->providersEdit->setPlainText(formatProviders(p.extraProviders));
    m_ui->banksPathEdit->setText(p.supportedBanksPath);
    m_ui->payerNameEdit->setText(p.payerName);
    m_loading = false;
    m_dirty = false;
    updateEnvironmentUi();
    updateSecretStatus();
    updateProblems();
}

Profile ProfileEditorDialog::profileFromFields() const
{
    Profile p = m_loaded.value_or(Profile());
    p.name = m_ui->nameEdit->text().trimmed();
    p.environment = Environment(m_ui->environmentCombo->currentData().toInt());
    if (p.environment == Environment::Production || p.environment == Environment::Custom)
        p.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    p.appId = m_ui->appIdEdit->text().trimmed();
    p.wayType = m_ui->wayTypeEdit->text().trimmed();
    p.wayCode = m_ui->wayCodeEdit->text().trimmed();
    p.notifyUrl = m_ui->notifyUrlEdit->text().trimmed();
    p.allowedCurrencies = splitCodes(m_ui->currenciesEdit->text());
    QStringList bad;
    p.decimalOverrides = parseDecimals(m_ui->decimalsEdit->text(), &bad);
    p.extraProviders = parseProviders(m_ui->providersEdit->toPlainText(), &bad);
    p.supportedBanksPath = m_ui->banksPathEdit->text().trimmed();
    p.payerName = m_ui->payerNameEdit->text().trimmed();
    return p;
}

void ProfileEditorDialog::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateProblems();
}

bool ProfileEditorDialog::applyEdits()
{
    if (!m_loaded || !m_dirty)
        return m_loaded.has_value();
    Profile edited = profileFromFields();
    if (edited.appId != m_loaded->appId && m_loaded->hasSavedSecret()) {
        // The secret belongs to the old APPID; the user changed it, so the old entry goes.
        m_store->deleteSecret(m_loaded->secretKey());
        edited.secretSavedAt = {};
    }
    const bool renamed = edited.name != m_loaded->name || edited.environment != m_loaded->environment;
    m_settings->saveProfile(edited);
    m_loaded = edited;
    m_dirty = false;
    if (renamed)
        reloadList(edited.id);
    updateSecretStatus();
    updateProblems();
    return true;
}

void ProfileEditorDialog::updateEnvironmentUi()
{
    const auto environment = Environment(m_ui->environmentCombo->currentData().toInt());
    const bool isLocal = m_loaded && m_loaded->environment == Environment::LocalSandbox;
    // The Local sandbox profile is made and run by the console; no other profile becomes one.
    m_ui->environmentCombo->setEnabled(!isLocal);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->environmentCombo->model())) {
        if (QStandardItem *item = model->item(m_ui->environmentCombo->findData(int(Environment::LocalSandbox))))
            item->setEnabled(isLocal);
    }
    m_ui->productionBanner->setVisible(environment == Environment::Production);
    const bool editableUrl = environment == Environment::Production || environment == Environment::Custom;
    m_ui->baseUrlEdit->setReadOnly(!editableUrl);
    if (!m_loading && !editableUrl) {
        m_ui->baseUrlEdit->setText(environment == Environment::LesspayUat
                                       ? Profile::uatBaseUrl().toString()
                                       : (m_loaded ? m_loaded->baseUrl.toString() : QString()));
    } else if (m_loading && environment == Environment::LesspayUat) {
        m_ui->baseUrlEdit->setText(Profile::uatBaseUrl().toString());
    }
    m_ui->baseUrlEdit->setPlaceholderText(environment == Environment::LocalSandbox ? tr("set when the sandbox starts")
                                                                                   : QStringLiteral("https://…"));
    m_ui->setSecretButton->setEnabled(!isLocal);
    m_ui->setSecretButton->setToolTip(isLocal ? tr("The local sandbox's secret is generated by the console.")
                                              : QString());
}

void ProfileEditorDialog::updateSecretStatus()
{
    if (!m_pendingSecretKey.isEmpty()) {
        m_ui->secretStatusLabel->setText(tr("saving…"));
        return;
    }
    if (!m_loaded || !m_loaded->hasSavedSecret()) {
        m_ui->secretStatusLabel->setText(tr("not saved"));
        return;
    }
    const QString date = QLocale().toString(m_loaded->secretSavedAt.toLocalTime(), QLocale::ShortFormat);
    m_ui->secretStatusLabel->setText(tr("saved on %1").arg(date));
}

void ProfileEditorDialog::updateProblems()
{
    if (!m_loaded) {
        m_ui->problemsLabel->clear();
        return;
    }
    const Profile p = profileFromFields();
    QStringList problems = p.problems();
    QStringList bad;
    parseDecimals(m_ui->decimalsEdit->text(), &bad);
    parseProviders(m_ui->providersEdit->toPlainText(), &bad);
    for (const QString &entry : std::as_const(bad))
        problems << tr("Not understood and left out: %1").arg(entry);
    m_ui->problemsLabel->setText(problems.join(u'\n'));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
}

void ProfileEditorDialog::addProfile()
{
    applyEdits();
    Profile profile = Profile::create(tr("New profile"), Environment::LesspayUat);
    m_settings->saveProfile(profile);
    reloadList(profile.id);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ProfileEditorDialog::removeProfile()
{
    if (!m_loaded || !m_confirmRemove(m_loaded->name))
        return;
    const Profile removed = *m_loaded;
    m_loaded.reset();
    m_dirty = false;
    m_settings->removeProfile(removed.id);
    if (removed.hasSavedSecret())
        m_store->deleteSecret(removed.secretKey());
    reloadList({});
}

void ProfileEditorDialog::beginSetSecret()
{
    if (!m_loaded)
        return;
    m_ui->secretEntry->show();
    m_ui->secretEdit->clear();
    m_ui->secretEdit->setFocus();
}

void ProfileEditorDialog::cancelSecret()
{
    m_ui->secretEdit->clear();
    m_ui->secretEntry->hide();
    // Return in a field must not press whichever button a QDialog would pick as the default.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
}

void ProfileEditorDialog::saveSecret()
{
    if (!m_loaded || m_ui->secretEdit->text().isEmpty() || !m_pendingSecretKey.isEmpty())
        return;
    QByteArray secret = m_ui->secretEdit->text().toUtf8();
    cancelSecret();
    // The key contains the APPID, so pending edits are saved first.
    applyEdits();
    m_pendingSecretKey = m_loaded->secretKey();
    m_pendingSecretProfile = m_loaded->id;
    m_ui->saveSecretButton->setEnabled(false);
    m_ui->setSecretButton->setEnabled(false);
    updateSecretStatus();
    m_store->writeSecret(m_pendingSecretKey, secret);
    secret.fill('\0');
}

void ProfileEditorDialog::onSecretWritten(const QString &key, const Core::SecretResult &result)
{
    if (m_pendingSecretKey.isEmpty() || key != m_pendingSecretKey)
        return;
    m_pendingSecretKey.clear();
    m_ui->saveSecretButton->setEnabled(true);
    m_ui->setSecretButton->setEnabled(true);
    if (auto profile = m_settings->profile(m_pendingSecretProfile); profile && result.isOk()) {
        profile->secretSavedAt = QDateTime::currentDateTimeUtc();
        m_settings->saveProfile(*profile);
        if (m_loaded && m_loaded->id == profile->id)
            m_loaded->secretSavedAt = profile->secretSavedAt;
    }
    updateSecretStatus();
    if (!result.isOk())
        m_ui->secretStatusLabel->setText(tr("not saved: %1").arg(result.message()));
}

void ProfileEditorDialog::testConnection()
{
    if (!applyEdits())
        return;
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_tester.test(*m_loaded);
}

void ProfileEditorDialog::onTestFinished(Core::ConnectionTester::Outcome outcome, const QString &message)
{
    m_ui->testConnectionButton->setEnabled(true);
    const bool works = outcome == Core::ConnectionTester::Outcome::Works;
    m_ui->testResultLabel->setStyleSheet(works ? ThemeColors::textStyle(ThemeColors::successText(palette()))
                                               : ThemeColors::errorTextStyle(palette()));
    m_ui->testResultLabel->setText(message);
}

void ProfileEditorDialog::done(int result)
{
    applyEdits();
    QDialog::done(result);
}

} // namespace Lesspay::Ui
