// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#if LESSPAY_HAVE_OPENSSL
#include <openssl/sha.h>
#else
#include <QCryptographicHash>
#endif

namespace Lesspay::Core {

#if LESSPAY_HAVE_OPENSSL

// The SHA256_* calls are deprecated in OpenSSL 3 in favour of EVP, whose per-call fetch costs
// more than hashing a short sign string; they are still the library's fastest path.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

struct Sha256::State
{
    SHA256_CTX context;
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    SHA256_Init(&m_state->context);
}

void Sha256::addData(QByteArrayView data)
{
    SHA256_Update(&m_state->context, data.data(), std::size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_Final(reinterpret_cast<unsigned char *>(digest.data()), &m_state->context);
    return digest;
}

#pragma GCC diagnostic pop

const char *Sha256::backend()
{
    return "OpenSSL libcrypto";
}

#else

struct Sha256::State
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{}

void Sha256::addData(QByteArrayView data)
{
    m_state->hash.addData(data);
}

QByteArray Sha256::result()
{
    return m_state->hash.result();
}

const char *Sha256::backend()
{
    return "QCryptographicHash";
}

#endif

Sha256::~Sha256() = default;

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace Lesspay::Core
