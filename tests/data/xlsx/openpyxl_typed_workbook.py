#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a recipient workbook with openpyxl, an independent writer, the way finance staff type
one: an instructions sheet first, then typed cells, including the damage Excel does to numbers.
usage: openpyxl_typed_workbook.py OUT.xlsx"""
import datetime
import sys

from openpyxl import Workbook

HEADER = ["mch_order_id", "amount", "destination_type", "bank_account_name", "bank_account_no",
          "bank_account_type", "bank_name", "bank_country_code", "bank_swift_code",
          "e_wallet.account_name", "e_wallet.account_number", "e_wallet.account_type",
          "e_wallet.provider"]


def bank(order, amount, account):
    return [order, amount, "bank", "Juan Dela Cruz", account, "individual", "BDO Unibank", "PH", "BNORPHMM"]


book = Workbook()
notes = book.active
notes.title = "Instructions"
notes.append(["Fill the Payouts sheet, one payout per row."])
notes.append(["Format account numbers as Text."])

sheet = book.create_sheet("Payouts")
sheet.append(HEADER)
sheet.append(bank("D0002", "1500.00", "001234567890"))                # row 2: all text, clean
sheet.append(bank("D0003", 250, 1234567890))                          # row 3: account number as a number
# row 4: a sum with binary noise (1500.1000000000001); openpyxl writes 16 digits, so it arrives as
# 1500.1. The 17 digits Excel writes are tst_xlsxrecipientimporter's hand-made workbook.
sheet.append(bank("D0004", 1499.9 + 0.2, "001234567891"))
sheet.append(bank("D0005", 10, 1.2345678901234567e19))                # row 5: 20 digits stored as a double
sheet.append(bank("D0006", datetime.date(2026, 1, 3), "001234567892"))  # row 6: amount typed as a date
sheet.append(bank("D0007", 75.5, "001234567893"))                     # row 7: amount with currency text
sheet["B7"].number_format = '"PHP" #,##0.00'
sheet.append(bank("=CONCAT(\"D\",\"0008\")", 20, "001234567894"))     # row 8: formula never calculated
sheet.append(["D0009", 30, "ewallet", None, None, None, None, None, None,
              "Maria Santos", 639171234567, "individual", "GCash"])   # row 9: phone as a number, + lost
sheet.append([])                                                      # row 10: blank
sheet.append(bank("D0011", "99.99", "000000012345"))                  # row 11: clean
book.save(sys.argv[1])
