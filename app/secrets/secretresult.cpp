// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretresult.h"

#include <QCoreApplication>

namespace Lesspay::Core {

QString SecretResult::message() const
{
    switch (status) {
    case Status::Ok:
        return QCoreApplication::translate("Lesspay::Core::SecretResult", "saved");
    case Status::NotFound:
        return QCoreApplication::translate("Lesspay::Core::SecretResult", "no secret saved, or the keychain is locked");
    case Status::Unavailable:
        return QCoreApplication::translate("Lesspay::Core::SecretResult", "keychain unavailable: %1").arg(reason);
    case Status::Timeout:
        return QCoreApplication::translate("Lesspay::Core::SecretResult", "the keychain did not answer in time: %1")
            .arg(reason);
    }
    return {};
}

} // namespace Lesspay::Core
