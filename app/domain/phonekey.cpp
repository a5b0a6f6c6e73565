// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonekey.h"

#include "domain/digitpattern.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <optional>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace i18n::phonenumbers {
// libphonenumber's compiled-in metadata (declared in its metadata.h, which Debian does not
// install; the symbols are exported by libphonenumber.so).
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace Lesspay::Core {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Calling codes for which a number already written as "+<cc><nsn>" (nsn not starting with 0)
// parses to exactly {cc, nsn}: one region per code, and the region's national prefix for
// parsing is the plain "0" (PH, ID, IN), so libphonenumber's prefix stripping cannot apply.
// tst_phonekey checks the shortcut against the full parse for random numbers of every length.
constexpr std::array<int, 3> ShortcutCountryCodes = {63, 62, 91};
static_assert(std::all_of(ShortcutCountryCodes.begin(), ShortcutCountryCodes.end(),
                          [](int cc) { return cc >= 10 && cc <= 99; }),
              "RangeTable::judge() writes two-digit calling codes");

struct CallingCodes
{
    std::array<bool, 1000> known{};
    std::array<QString, 1000> nationalPrefix;

    CallingCodes()
    {
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        std::set<int> codes;
        util->GetSupportedCallingCodes(&codes);
        for (int cc : codes) {
            if (cc <= 0 || cc >= 1000)
                continue;
            known[std::size_t(cc)] = true;
            std::string region;
            util->GetRegionCodeForCountryCode(cc, &region);
            std::string prefix;
            util->GetNddPrefixForRegion(region, true, &prefix);
            nationalPrefix[std::size_t(cc)] = QString::fromStdString(prefix);
        }
    }
};

const CallingCodes &callingCodes()
{
    static const CallingCodes codes;
    return codes;
}

// IsValidNumber() for the shortcut calling codes, from the same metadata, at a fraction of the
// cost: libphonenumber's answer is "the national number matches the general pattern and one
// type pattern (premium rate ... mobile) whose possible lengths include its length". The
// patterns are compiled into digit automata (DigitPattern): one table lookup per digit instead
// of up to eleven ICU matches, each behind a pattern-string hash lookup. tst_phonekey checks it
// against IsValidNumber().
class RangeTable
{
public:
    static constexpr int MaxLength = 17; // PhoneNumberUtil::kMaxLengthForNsn

    RangeTable()
    {
        PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()))
            return;
        for (std::size_t c = 0; c < ShortcutCountryCodes.size(); ++c) {
            std::string region;
            PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(ShortcutCountryCodes[c], &region);
            for (const PhoneMetadata &metadata : collection.metadata()) {
                if (metadata.id() == region && metadata.country_code() == ShortcutCountryCodes[c])
                    load(c, metadata);
            }
            if (!m_loaded[c])
                return;
        }
        m_ok = true;
    }

    bool isLoaded() const { return m_ok; }

    // The verdict for a number of a shortcut calling code; nullopt when the table cannot answer
    // (then libphonenumber does).
    std::optional<PhoneKey::Result> judge(const PhoneNumber &number) const
    {
        if (number.italian_leading_zero() || number.has_extension())
            return std::nullopt;
        return judge(number.country_code(), number.national_number());
    }

    // The same for {countryCode, nationalNumber} (a national number without leading zero).
    std::optional<PhoneKey::Result> judge(int countryCode, quint64 nationalNumber) const
    {
        const auto it = std::find(ShortcutCountryCodes.begin(), ShortcutCountryCodes.end(), countryCode);
        if (!m_ok || it == ShortcutCountryCodes.end())
            return std::nullopt;
        const std::size_t c = std::size_t(it - ShortcutCountryCodes.begin());
        // The national number's digits, last first.
        char16_t nsn[20];
        qsizetype nsnLength = 0;
        for (quint64 n = nationalNumber; n > 0 && nsnLength < qsizetype(std::size(nsn)); n /= 10)
            nsn[nsnLength++] = char16_t(u'0' + n % 10);
        if (nsnLength == 0 || nsnLength > MaxLength)
            return std::nullopt;
        PhoneKey::Result result;
        if (m_length[c][std::size_t(nsnLength)] != PhoneNumberUtil::IS_POSSIBLE) {
            result.status = PhoneKey::Status::NotPossible;
            return result;
        }
        result.status = PhoneKey::Status::Ok;
        result.countryCode = countryCode;
        // "+", the two digits of every shortcut calling code, the national number.
        constexpr qsizetype NsnOffset = 3;
        result.e164.resize(NsnOffset + nsnLength);
        char16_t *out = reinterpret_cast<char16_t *>(result.e164.data());
        out[0] = u'+';
        out[1] = char16_t(u'0' + result.countryCode / 10);
        out[2] = char16_t(u'0' + result.countryCode % 10);
        std::reverse_copy(nsn, nsn + nsnLength, out + NsnOffset);
        const QStringView national = QStringView(result.e164).sliced(NsnOffset);
        const std::optional<DigitPattern> &types = m_types[c][std::size_t(nsnLength)];
        result.knownRange = types && m_general[c]->matches(national) && types->matches(national);
        return result;
    }

private:
    static bool lengthAllowed(const PhoneNumberDesc &desc, int length)
    {
        const auto &lengths = desc.possible_length();
        return lengths.empty() || std::find(lengths.begin(), lengths.end(), length) != lengths.end();
    }

    static std::string group(const PhoneNumberDesc &desc) { return "(?:" + desc.national_number_pattern() + ')'; }

    // PhoneNumberUtil::TestNumberLength() for the general description (IsPossibleNumber).
    static PhoneNumberUtil::ValidationResult lengthStatus(const PhoneNumberDesc &general, int length)
    {
        const auto &lengths = general.possible_length();
        const auto &local = general.possible_length_local_only();
        if (lengths.Get(0) == -1)
            return PhoneNumberUtil::INVALID_LENGTH;
        if (std::find(local.begin(), local.end(), length) != local.end())
            return PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY;
        if (lengths.Get(0) == length)
            return PhoneNumberUtil::IS_POSSIBLE;
        if (lengths.Get(0) > length)
            return PhoneNumberUtil::TOO_SHORT;
        if (lengths.Get(lengths.size() - 1) < length)
            return PhoneNumberUtil::TOO_LONG;
        return std::find(lengths.begin() + 1, lengths.end(), length) != lengths.end() ? PhoneNumberUtil::IS_POSSIBLE
                                                                                      : PhoneNumberUtil::INVALID_LENGTH;
    }

    void load(std::size_t c, const PhoneMetadata &m)
    {
        if (m.general_desc().possible_length().empty())
            return;
        // GetNumberTypeHelper's order; only "matches any" matters here.
        const PhoneNumberDesc *types[] = {&m.premium_rate(),    &m.toll_free(), &m.shared_cost(), &m.voip(),
                                          &m.personal_number(), &m.pager(),     &m.uan(),         &m.voicemail(),
                                          &m.fixed_line(),      &m.mobile()};
        const PhoneNumberDesc &general = m.general_desc();
        if (general.national_number_pattern().empty())
            return;
        m_general[c] = DigitPattern::compile(general.national_number_pattern());
        if (!m_general[c])
            return; // a pattern outside DigitPattern's subset: libphonenumber answers instead
        for (int length = 1; length <= MaxLength; ++length) {
            m_length[c][std::size_t(length)] = lengthStatus(general, length);
            if (!lengthAllowed(general, length))
                continue;
            std::string alternatives;
            for (const PhoneNumberDesc *desc : types) {
                if (desc->national_number_pattern().empty() || !lengthAllowed(*desc, length))
                    continue;
                if (!alternatives.empty())
                    alternatives += '|';
                alternatives += group(*desc);
            }
            if (alternatives.empty())
                continue;
            m_types[c][std::size_t(length)] = DigitPattern::compile(alternatives);
            if (!m_types[c][std::size_t(length)])
                return;
        }
        m_loaded[c] = true;
    }

    // A number is in a known range when the general pattern and one of the type patterns
    // possible for its length match all of it.
    std::array<std::optional<DigitPattern>, ShortcutCountryCodes.size()> m_general;
    std::array<std::array<std::optional<DigitPattern>, MaxLength + 1>, ShortcutCountryCodes.size()> m_types;
    std::array<std::array<PhoneNumberUtil::ValidationResult, MaxLength + 1>, ShortcutCountryCodes.size()> m_length{};
    std::array<bool, ShortcutCountryCodes.size()> m_loaded{};
    bool m_ok = false;
};

const RangeTable &rangeTable()
{
    // Immutable once built, so every thread reads the same one.
    static const RangeTable table;
    return table;
}

PhoneKey::Result judgeWithLibrary(const PhoneNumber &number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneKey::Result result;
    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        result.status = PhoneKey::Status::InvalidCountryCode;
        return result;
    default: // too short, too long, invalid length, or only possible for local dialling
        result.status = PhoneKey::Status::NotPossible;
        return result;
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    result.status = PhoneKey::Status::Ok;
    result.e164 = QString::fromLatin1(e164.data(), qsizetype(e164.size()));
    result.countryCode = number.country_code();
    result.knownRange = util->IsValidNumber(number);
    return result;
}

PhoneKey::Result judge(const PhoneNumber &number)
{
    if (std::optional<PhoneKey::Result> result = rangeTable().judge(number))
        return *std::move(result);
    return judgeWithLibrary(number);
}

// "+<cc><nsn>" with ASCII digits only, cc one of the shortcut codes and nsn not starting with 0.
bool shortcutInternational(QStringView text, int *countryCode, quint64 *nationalNumber)
{
    // E.164 allows at most 15 digits; shorter than 8 is never possible in the shortcut regions.
    if (text.size() < 9 || text.size() > 16 || text[0] != u'+')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    // libphonenumber takes the shortest known calling code; all shortcut codes have two digits
    // and no one-digit code (1 or 7) prefixes them.
    const int cc = (text[1].unicode() - u'0') * 10 + (text[2].unicode() - u'0');
    if (std::find(ShortcutCountryCodes.begin(), ShortcutCountryCodes.end(), cc) == ShortcutCountryCodes.end())
        return false;
    if (text[3] == u'0')
        return false;
    quint64 nsn = 0;
    for (qsizetype i = 3; i < text.size(); ++i)
        nsn = nsn * 10 + quint64(text[i].unicode() - u'0');
    *countryCode = cc;
    *nationalNumber = nsn;
    return true;
}

// A national number in a shortcut region: "0" (the trunk prefix) then a digit 2-9 and more
// digits, optionally grouped by single spaces or dashes. No international prefix of these
// regions starts with 0 followed by 2-9, and the number cannot start with the calling code, so
// libphonenumber strips the 0 exactly when what remains has a possible length (or is too long);
// parse() falls back to the library in every other case.
bool shortcutNational(QStringView text, const QString &region, PhoneNumber *number)
{
    int cc = 0;
    if (region == QLatin1StringView("PH"))
        cc = 63;
    else if (region == QLatin1StringView("ID"))
        cc = 62;
    else if (region == QLatin1StringView("IN"))
        cc = 91;
    if (cc == 0 || text.size() < 8 || text.size() > 24 || text[0] != u'0' || text[1] < u'2' || text[1] > u'9')
        return false;
    quint64 nsn = 0;
    int digits = 0;
    bool separator = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isDigit(c)) {
            nsn = nsn * 10 + quint64(c.unicode() - u'0');
            ++digits;
            separator = false;
        } else if ((c == u' ' || c == u'-') && !separator && i + 1 < text.size()) {
            separator = true;
        } else {
            return false;
        }
    }
    if (digits > 15)
        return false;
    number->set_country_code(cc);
    number->set_national_number(nsn);
    return true;
}

} // namespace

PhoneKey::Result PhoneKey::parse(QStringView text, const QString &region)
{
    int countryCode = 0;
    quint64 nationalNumber = 0;
    if (shortcutInternational(text, &countryCode, &nationalNumber)) {
        // Without a protobuf PhoneNumber unless the library has to answer.
        if (std::optional<Result> result = rangeTable().judge(countryCode, nationalNumber))
            return *std::move(result);
        PhoneNumber number;
        number.set_country_code(countryCode);
        number.set_national_number(nationalNumber);
        return judgeWithLibrary(number);
    }
    PhoneNumber number;
    if (shortcutNational(text, region, &number)) {
        const auto length = PhoneNumberUtil::GetInstance()->IsPossibleNumberWithReason(number);
        if (length == PhoneNumberUtil::IS_POSSIBLE || length == PhoneNumberUtil::TOO_LONG)
            return judge(number);
    }
    return parseWithLibrary(text, region);
}

PhoneKey::Result PhoneKey::parseWithLibrary(QStringView text, const QString &region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    const auto error = util->Parse(text.toString().toStdString(), regionCode, &number);
    Result result;
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.status = Status::InvalidCountryCode;
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.status = Status::NotPossible;
        return result;
    default:
        result.status = Status::Unparseable;
        return result;
    }
    // An extension cannot receive money: a key with one is not a deposit key.
    if (number.has_extension()) {
        result.status = Status::Unparseable;
        return result;
    }
    return judgeWithLibrary(number);
}

int PhoneKey::callingCodeForRegion(const QString &region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toStdString());
}

bool PhoneKey::isKnownRange(int countryCode, quint64 nationalNumber, bool useTable)
{
    PhoneNumber number;
    number.set_country_code(countryCode);
    number.set_national_number(nationalNumber);
    if (useTable) {
        if (const std::optional<PhoneKey::Result> result = rangeTable().judge(number))
            return result->knownRange;
    }
    return PhoneNumberUtil::GetInstance()->IsValidNumber(number);
}

bool PhoneKey::hasRangeTable()
{
    return rangeTable().isLoaded();
}

QString PhoneKey::nationalPrefix(int countryCode)
{
    if (countryCode <= 0 || countryCode >= 1000)
        return {};
    return callingCodes().nationalPrefix[std::size_t(countryCode)];
}

bool PhoneKey::sameNumber(QStringView accountNumber, const Result &key)
{
    if (key.status != Status::Ok)
        return true;
    QVarLengthArray<char16_t, 32> buffer;
    bool plus = false;
    for (qsizetype i = 0; i < accountNumber.size(); ++i) {
        const QChar c = accountNumber[i];
        if (isDigit(c))
            buffer.append(c.unicode());
        else if (c == u'+' && i == 0)
            plus = true;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return true; // an e-mail address or wallet ID, not a phone number
    }
    const QStringView digits(buffer.constData(), buffer.size());
    if (digits.size() < 5)
        return true;
    const QStringView international = QStringView(key.e164).mid(1);
    const qsizetype ccDigits = key.countryCode >= 100 ? 3 : key.countryCode >= 10 ? 2 : 1;
    const QStringView nsn = international.mid(ccDigits);
    if (digits == international)
        return true;
    if (plus)
        return false;
    const QString &prefix = callingCodes().nationalPrefix[std::size_t(key.countryCode)];
    return digits == nsn
           || (!prefix.isEmpty() && digits.size() == prefix.size() + nsn.size() && digits.startsWith(prefix)
               && digits.mid(prefix.size()) == nsn);
}

} // namespace Lesspay::Core
