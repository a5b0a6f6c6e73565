// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

const QStringList EcKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TestCertificates::TestCertificates(QString folder)
    : m_folder(std::move(folder))
{}

bool TestCertificates::run(const QStringList &arguments, QString *error) const
{
    QProcess p;
    p.setWorkingDirectory(m_folder);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1: %2").arg(arguments.join(u' '), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

TestCertificates::Pair TestCertificates::load(const QString &certificatePath, const QString &keyPath)
{
    return {QSslCertificate(readAll(certificatePath), QSsl::Pem), QSslKey(readAll(keyPath), QSsl::Ec, QSsl::Pem)};
}

bool TestCertificates::issue(const QString &name, const QString &host, const QStringList &dates,
                             const QString &extensions, Pair *out, QString *error)
{
    const QString key = name + QStringLiteral(".key");
    const QString csr = name + QStringLiteral(".csr");
    const QString pem = name + QStringLiteral(".pem");
    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + EcKey
                 + QStringList{QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                               QStringLiteral("/CN=") + host},
             error))
        return false;
    if (!run(QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                         QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                         QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"), csr,
                         QStringLiteral("-out"), pem, QStringLiteral("-extensions"), extensions,
                         QStringLiteral("-notext")}
                 + dates,
             error))
        return false;
    *out = load(QDir(m_folder).filePath(pem), QDir(m_folder).filePath(key));
    if (out->certificate.isNull() || out->key.isNull()) {
        *error = QStringLiteral("cannot read %1").arg(pem);
        return false;
    }
    return true;
}

bool TestCertificates::generate(QString *error)
{
    const QDir dir(m_folder);
    QFile config(dir.filePath(QStringLiteral("ca.cnf")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral("[ ca ]\ndefault_ca = test_ca\n[ test_ca ]\ndatabase = %1\nnew_certs_dir = %2\n"
                                "serial = %3\ndefault_md = sha256\npolicy = policy_any\nunique_subject = no\n"
                                "[ policy_any ]\ncommonName = supplied\n"
                                "[ leaf ]\nsubjectAltName = IP:127.0.0.1,DNS:localhost\nbasicConstraints = CA:FALSE\n"
                                "extendedKeyUsage = serverAuth\n"
                                "[ wrong_host ]\nsubjectAltName = DNS:wrong-host.example.invalid\n"
                                "basicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\n")
                     .arg(dir.filePath(QStringLiteral("index.txt")), m_folder, dir.filePath(QStringLiteral("serial")))
                     .toUtf8());
    config.close();
    QFile index(dir.filePath(QStringLiteral("index.txt")));
    QFile serial(dir.filePath(QStringLiteral("serial")));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly))
        return false;
    serial.write("1000\n");
    index.close();
    serial.close();

    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + EcKey
                 + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                               QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=Lesspay Test CA"),
                               QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                               QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
             error))
        return false;
    ca = QSslCertificate(readAll(dir.filePath(QStringLiteral("ca.pem"))), QSsl::Pem);

    const QStringList twoDays{QStringLiteral("-days"), QStringLiteral("2")};
    const QString local = QStringLiteral("127.0.0.1");
    if (!issue(QStringLiteral("good"), local, twoDays, QStringLiteral("leaf"), &good, error)
        || !issue(QStringLiteral("expired"), local,
                  {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                   QStringLiteral("20200201000000Z")},
                  QStringLiteral("leaf"), &expired, error)
        // Qt matches the common name too: the wrong host is in both.
        || !issue(QStringLiteral("wrong-host"), QStringLiteral("wrong-host.example.invalid"), twoDays,
                  QStringLiteral("wrong_host"), &wrongHost, error))
        return false;

    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + EcKey
                 + QStringList{QStringLiteral("-keyout"), QStringLiteral("self.key"), QStringLiteral("-out"),
                               QStringLiteral("self.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                               QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
             error))
        return false;
    selfSigned = load(dir.filePath(QStringLiteral("self.pem")), dir.filePath(QStringLiteral("self.key")));
    return !ca.isNull() && !selfSigned.certificate.isNull();
}
