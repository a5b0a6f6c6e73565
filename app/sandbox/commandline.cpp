// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "money/amount.h"
#include "sandbox/magicvalues.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

CommandLine::Result failed(const QString &message)
{
    return {CommandLine::Action::Error, {}, message};
}

bool readInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = u"--%1 must be a number from %2 to %3"_s.arg(name).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

QString faultHelp()
{
    return u"Faults (--fault MODE[,count=N][,probability=P][,seed=S][,path=/api/...][,delay_ms=N], repeatable;\n"
           u"the same as POST /admin/faults {\"mode\":..,\"count\":..} from a loopback peer):\n"
           u"  delay              answer after delay_ms (the request is handled at once)\n"
           u"  http500, http503   answer that status, nothing is handled\n"
           u"  drop_before_store  close the connection after reading the request, nothing stored\n"
           u"  drop_after_store   handle the request (a create stores its batch), close without answering\n"
           u"  garbage            handle the request, answer HTTP 200 with a non-JSON body\n"
           u"  redirect307        answer 307 to another path, nothing handled\n"
           u"Without count or probability a fault applies to the next request once.\n"_s;
}

} // namespace

CommandLine::Result CommandLine::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Lesspay payout server for training and tests. It checks signatures, validates "
        u"batches, moves them through their statuses on timers and sends signed webhooks.\n"
        u"With no merchant options it serves the demo merchant APPID %1, secret %2."_s.arg(
            MerchantDirectory::DemoAppId, QString::fromLatin1(MerchantDirectory::DemoSecret)));
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help with the magic values and exit."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version and exit."_s);
    parser.addOptions({
        help,
        version,
        {u"listen"_s, u"Address to bind (default 127.0.0.1)."_s, u"addr"_s},
        {u"port"_s, u"TCP port, 0 picks a free one (default 8765)."_s, u"n"_s},
        {u"appid"_s, u"APPID of the merchant to serve (needs --secret-env)."_s, u"id"_s},
        {u"secret-env"_s, u"Environment variable holding that merchant's secret."_s, u"var"_s},
        {u"merchants"_s, u"JSON file with several merchants (appid, secret or secret_env, currencies, balances)."_s,
         u"file"_s},
        {u"currencies"_s, u"Currencies of the --appid or demo merchant (default PHP,IDR,INR,USD,CNY,BRL)."_s,
         u"list"_s},
        {u"balance"_s,
         u"Balance of the --appid or demo merchant, e.g. PHP=1000000.00 (repeatable; default "
         u"1000000000.00 per currency)."_s,
         u"cur=amount"_s},
        {u"review-delay-ms"_s, u"Time from acceptance to review (default 3000)."_s, u"ms"_s},
        {u"pay-delay-ms"_s, u"Time from review to the details' outcome (default 5000)."_s, u"ms"_s},
        {u"state"_s, u"Keep batches in this file across restarts (atomic writes)."_s, u"file"_s},
        {u"webhook-attempts"_s, u"Webhook delivery attempts per batch (default 6)."_s, u"n"_s},
        {u"webhook-backoff-ms"_s, u"First retry delay, doubled per attempt (default 1000)."_s, u"ms"_s},
        {u"webhook-timeout-ms"_s, u"Transfer timeout of one webhook attempt (default 10000)."_s, u"ms"_s},
        {u"max-body-bytes"_s, u"Request body limit, larger bodies get 413 (default 5242880)."_s, u"n"_s},
        {u"max-header-bytes"_s, u"Request header limit, larger header sections get 431 (default 65536)."_s, u"n"_s},
        {u"request-timeout-ms"_s, u"Time for a request to arrive completely, else 408 (default 30000)."_s, u"ms"_s},
        {u"fault"_s, u"Inject a fault, see below (repeatable)."_s, u"spec"_s},
    });
    if (!parser.parse(arguments))
        return failed(parser.errorText());
    if (parser.isSet(help))
        return {Action::Help, {}, parser.helpText() + u'\n' + MagicValues::helpText() + u'\n' + faultHelp()};
    if (parser.isSet(version))
        return {Action::Version, {}, u"lesspay-sandbox " LESSPAY_VERSION ""_s};
    if (!parser.positionalArguments().isEmpty())
        return failed(u"unexpected argument %1"_s.arg(parser.positionalArguments().constFirst()));

    Result r{Action::Run, {}, {}};
    SandboxOptions &o = r.options;
    QString error;
    if (parser.isSet(u"listen"_s) && !o.listenAddress.setAddress(parser.value(u"listen"_s)))
        return failed(u"--listen needs an IP address"_s);
    int port = o.port;
    if (!readInt(parser, u"port"_s, 0, 65535, &port, &error)
        || !readInt(parser, u"review-delay-ms"_s, 0, 24 * 3600 * 1000, &o.reviewDelayMs, &error)
        || !readInt(parser, u"pay-delay-ms"_s, 0, 24 * 3600 * 1000, &o.payDelayMs, &error)
        || !readInt(parser, u"webhook-attempts"_s, 1, 100, &o.webhookAttempts, &error)
        || !readInt(parser, u"webhook-backoff-ms"_s, 1, 3600 * 1000, &o.webhookBackoffMs, &error)
        || !readInt(parser, u"webhook-timeout-ms"_s, 1, 3600 * 1000, &o.webhookTimeoutMs, &error)
        || !readInt(parser, u"request-timeout-ms"_s, 1, 3600 * 1000, &o.requestTimeoutMs, &error))
        return failed(error);
    o.port = quint16(port);
    if (parser.isSet(u"max-body-bytes"_s)) {
        bool ok = false;
        o.maxBodyBytes = parser.value(u"max-body-bytes"_s).toLongLong(&ok);
        if (!ok || o.maxBodyBytes < 1024 || o.maxBodyBytes > 512 * 1024 * 1024)
            return failed(u"--max-body-bytes must be from 1024 to 536870912"_s);
    }
    int maxHeaderBytes = int(o.maxHeaderBytes);
    if (!readInt(parser, u"max-header-bytes"_s, 1024, 16 * 1024 * 1024, &maxHeaderBytes, &error))
        return failed(error);
    o.maxHeaderBytes = maxHeaderBytes;
    o.stateFile = parser.value(u"state"_s);
    for (const QString &spec : parser.values(u"fault"_s)) {
        const std::optional<FaultRule> rule = FaultInjector::ruleFromSpec(spec, &error);
        if (!rule)
            return failed(error);
        o.faults.append(*rule);
    }

    const Core::CurrencyTable table = Core::CurrencyTable::builtin();
    if (parser.isSet(u"merchants"_s)) {
        QFile file(parser.value(u"merchants"_s));
        if (!file.open(QIODevice::ReadOnly))
            return failed(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        std::optional<MerchantDirectory> d = MerchantDirectory::fromJson(file.readAll(), table, environment, &error);
        if (!d)
            return failed(error);
        o.merchants = *d;
    }
    // The single merchant of the options: --appid with its secret from the environment, or the
    // demo merchant when no merchant option is given at all.
    Merchant single;
    if (parser.isSet(u"appid"_s)) {
        single.appId = parser.value(u"appid"_s);
        const QString var = parser.value(u"secret-env"_s);
        if (var.isEmpty())
            return failed(u"--appid needs --secret-env VAR (the secret is never taken from the command line)"_s);
        single.secret = environment.value(var).toUtf8();
        if (single.secret.isEmpty())
            return failed(u"environment variable %1 is empty or not set"_s.arg(var));
    } else if (parser.isSet(u"secret-env"_s)) {
        return failed(u"--secret-env needs --appid"_s);
    } else if (o.merchants.isEmpty()) {
        single = MerchantDirectory::demoMerchant();
        single.balances.clear();
    }
    if (single.appId.isEmpty()) {
        if (parser.isSet(u"currencies"_s) || parser.isSet(u"balance"_s))
            return failed(u"--currencies and --balance apply to --appid or the demo merchant; put them in the "
                          u"merchants file instead"_s);
        return r;
    }
    if (parser.isSet(u"currencies"_s))
        single.currencies = parser.value(u"currencies"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &b : parser.values(u"balance"_s)) {
        const QString currency = b.section(u'=', 0, 0).trimmed();
        const std::optional<int> decimals = table.decimals(currency);
        const Core::Amount::ParseResult amount =
            Core::Amount::parse(b.section(u'=', 1).trimmed(), decimals.value_or(Core::Amount::MaxDecimals));
        if (!decimals || !amount.ok())
            return failed(u"--balance %1: expected CUR=amount, e.g. PHP=1000000.00"_s.arg(b));
        single.balances.insert(currency, amount.minor);
    }
    if (!MerchantDirectory::completeMerchant(&single, table, &error))
        return failed(error);
    o.merchants.add(single);
    return r;
}

} // namespace Lesspay::Sandbox
