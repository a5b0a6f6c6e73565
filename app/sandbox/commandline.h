// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxoptions.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace Lesspay::Sandbox {

// lesspay-sandbox's options (see --help). Secrets come from the environment, never argv.
class CommandLine
{
public:
    enum class Action { Run, Help, Version, Error };

    struct Result
    {
        Action action = Action::Error;
        SandboxOptions options;
        QString text; // the help text or the error message
    };

    static Result parse(const QStringList &arguments, const QProcessEnvironment &environment);
};

} // namespace Lesspay::Sandbox
