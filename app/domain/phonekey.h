// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Lesspay::Core {

// Phone numbers through libphonenumber: parse with a default region, judge, write E.164.
// Pure and thread-safe (libphonenumber's PhoneNumberUtil is a thread-safe singleton and the
// per-region lookups cached here are immutable, built once per thread).
class PhoneKey
{
public:
    enum class Status {
        Ok,
        Unparseable,        // not a phone number at all
        InvalidCountryCode, // no "+" and no default region, or an unknown calling code
        NotPossible,        // wrong length for its country (or only diallable locally)
    };

    struct Result
    {
        Status status = Status::Unparseable;
        QString e164;            // set when status is Ok
        int countryCode = 0;     // set when status is Ok
        bool knownRange = false; // libphonenumber knows the number's range (IsValidNumber)
    };

    // The country calling code of an ISO 3166-1 alpha-2 region ("PH" -> 63), 0 when unknown.
    static int callingCodeForRegion(const QString &region);

    // region: ISO 3166-1 alpha-2 for numbers written without "+", or empty for none.
    static Result parse(QStringView text, const QString &region);
    // Always the full libphonenumber parse; parse() must agree with it on every input.
    static Result parseWithLibrary(QStringView text, const QString &region);

    // libphonenumber's IsValidNumber() for {countryCode, nationalNumber}; with useTable the
    // fast range table answers where it can (the two must always agree).
    static bool isKnownRange(int countryCode, quint64 nationalNumber, bool useTable = true);
    // Whether the fast range table loaded (it falls back to the library when it cannot).
    static bool hasRangeTable();

    // The national (trunk) prefix of the region whose calling code is given, e.g. "0" for 63.
    static QString nationalPrefix(int countryCode);

    // True when a typed account number (digits and the usual separators, optional leading "+")
    // is the same phone number as the E.164 key, written internationally or nationally.
    // Returns true for text that does not look like a phone number: there is nothing to compare.
    static bool sameNumber(QStringView accountNumber, const Result &key);
};

} // namespace Lesspay::Core
