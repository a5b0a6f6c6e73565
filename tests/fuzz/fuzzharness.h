// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Lesspay::Fuzz {

// The bodies of the libFuzzer targets, shared with tst_csvfuzzregressions so that every input
// that once crashed keeps running in the normal test suite. Both abort() when an invariant
// breaks, so a violation is a crash for libFuzzer and a failure for ctest.

// First byte: options (encoding, delimiter, small limits); second: the device's read size.
// Checks that what was read, written again with CsvWriter, reads back identically.
void csvReader(QByteArrayView data);

// First byte: options (decimal separator, thread mode, currency, a mapping taken from the
// input). Imports into a Batch, checks the report's positions and exports the batch.
void recipientImport(QByteArrayView data);

// First byte: options (small limits, the sheet to read). Reads every sheet of the workbook and
// checks the rows' shape, then imports the first sheet with a header like recipientImport.
void xlsxReader(QByteArrayView data);

} // namespace Lesspay::Fuzz
