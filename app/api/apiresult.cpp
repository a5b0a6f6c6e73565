// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiresult.h"

namespace Lesspay::Core {

bool ApiResult::outcomeUnknown() const
{
    switch (error) {
    case ApiError::Timeout:
    case ApiError::Network:
    case ApiError::UnreadableBody:
    case ApiError::Redirected:
        return true;
    case ApiError::Http:
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429 || (httpStatus >= 300 && httpStatus < 400);
    case ApiError::None:
    case ApiError::Business:
    case ApiError::NotSent:
    case ApiError::Unreachable:
        break;
    }
    return false;
}

QString ApiResult::errorText(ApiError error)
{
    switch (error) {
    case ApiError::None:
        return tr("Success");
    case ApiError::Business:
        return tr("Lesspay refused the request");
    case ApiError::Http:
        return tr("The server answered with an HTTP error");
    case ApiError::Network:
        return tr("The connection to the server failed");
    case ApiError::Timeout:
        return tr("The server did not answer in time");
    case ApiError::UnreadableBody:
        return tr("The server's answer could not be read");
    case ApiError::Redirected:
        return tr("The server redirected the request; payment calls never follow redirects");
    case ApiError::NotSent:
        return tr("The request was not sent");
    case ApiError::Unreachable:
        return tr("The server could not be reached");
    }
    return {};
}

QString ApiResult::describe() const
{
    const QString base = errorText(error);
    switch (error) {
    case ApiError::Business:
        return tr("%1: code %2, %3").arg(base).arg(code).arg(message);
    case ApiError::Http:
        return tr("%1 (HTTP %2)").arg(base).arg(httpStatus);
    case ApiError::Redirected:
        return tr("%1 (HTTP %2 to %3)").arg(base).arg(httpStatus).arg(redirectLocation);
    case ApiError::Network:
    case ApiError::NotSent:
    case ApiError::Unreachable:
        return message.isEmpty() ? base : tr("%1: %2").arg(base, message);
    case ApiError::None:
    case ApiError::Timeout:
    case ApiError::UnreadableBody:
        break;
    }
    return base;
}

} // namespace Lesspay::Core
