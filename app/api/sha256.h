// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Lesspay::Core {

// SHA-256 for signing: OpenSSL's libcrypto when the build found it (it uses the CPU's SHA
// instructions, about ten times Qt 6.4's QCryptographicHash on a 2.6 MB body), otherwise
// QCryptographicHash. Both give the same digest; backend() says which one runs.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    QByteArray result(); // the 32-byte digest; the object is spent afterwards

    static QByteArray hash(QByteArrayView data);
    static const char *backend();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Lesspay::Core
