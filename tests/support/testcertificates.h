// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// Certificates made at test time with the `openssl` command in a folder the test owns: a test
// CA (to be trusted only by the client under test) and server certificates for 127.0.0.1 and
// localhost that are good, expired (January 2020), for another host name, or self-signed.
class TestCertificates
{
public:
    struct Pair
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    explicit TestCertificates(QString folder);
    bool generate(QString *error); // runs openssl; false with the command's output on failure

    QSslCertificate ca;
    Pair good;
    Pair expired;
    Pair wrongHost; // for wrong-host.example.invalid
    Pair selfSigned;

private:
    bool run(const QStringList &arguments, QString *error) const;
    bool issue(const QString &name, const QString &host, const QStringList &dates, const QString &extensions, Pair *out,
               QString *error);
    static Pair load(const QString &certificatePath, const QString &keyPath);

    QString m_folder;
};
