#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a workbook with openpyxl, an independent reader, and prints what a test checks as JSON:
per sheet its state, frozen cell, autofilter, data validations and every cell's type and value.
usage: openpyxl_inspect.py IN.xlsx"""
import json
import sys

from openpyxl import load_workbook

book = load_workbook(sys.argv[1])
out = {}
for sheet in book.worksheets:
    out[sheet.title] = {
        "state": sheet.sheet_state,
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "validations": sorted([str(v.sqref), v.type, v.formula1] for v in sheet.data_validations.dataValidation),
        "cells": [[[c.data_type, c.value if c.data_type != "n" or c.value is None else repr(c.value),
                    c.number_format] for c in row] for row in sheet.iter_rows()],
        "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
    }
json.dump(out, sys.stdout, default=str)
