#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The glossary check of ui/i18n/checktranslations.py: a term translated another way fails, naming the file,
the source and the term; exceptions, mnemonics, plurals and overlapping terms are handled as GLOSSARY.md says."""
import sys
import tempfile
import unittest
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "ui" / "i18n"))
import checktranslations  # noqa: E402

GLOSSARY = """# Test glossary

## Terms

| English | zh_CN | id | Why |
|---|---|---|---|
| amount | 金额 | nominal | money |
| number of payouts | 笔数 | banyaknya pembayaran | a count |
| payout | 代付 | pembayaran | |
| unknown | 结果待确认 | belum diketahui | |
| reconcil* | 核实 | periksa / memeriksa | |
| sandbox | - | sandbox | |

## Exceptions

| Term | Source | Context | Why |
|---|---|---|---|
| unknown | The phone number has an unknown country code. | - | another sense |
| amount | Amount | Grid | limited to one context |
"""

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}" sourcelanguage="en">
<context>
    <name>Ctx</name>
{messages}
</context>
</TS>
"""


def message(source, translation):
    if isinstance(source, tuple):  # (context, source): written in its own context
        return f"</context><context><name>{source[0]}</name>" + message(source[1], translation)
    if isinstance(translation, list):
        forms = "".join(f"<numerusform>{escape(t)}</numerusform>" for t in translation)
        return f'<message numerus="yes"><source>{escape(source)}</source><translation>{forms}</translation></message>'
    return f"<message><source>{escape(source)}</source><translation>{escape(translation)}</translation></message>"


class GlossaryCheck(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.glossary_path = Path(self.dir.name) / "GLOSSARY.md"
        self.glossary_path.write_text(GLOSSARY, encoding="utf-8")
        self.glossary = checktranslations.Glossary(self.glossary_path)

    def tearDown(self):
        self.dir.cleanup()

    def errors(self, language, pairs):
        path = Path(self.dir.name) / f"lesspay_{language}.ts"
        path.write_text(TS.format(language=language, messages="\n".join(message(s, t) for s, t in pairs)),
                        encoding="utf-8")
        lang, messages = checktranslations.read_ts(path)
        return self.glossary.check(path, lang, messages)

    def test_check_otherTranslation_failsNamingFileSourceAndTerm(self):
        errors = self.errors("id_ID", [("Total amount", "Jumlah total")])
        self.assertEqual(len(errors), 1)
        self.assertIn("lesspay_id_ID.ts", errors[0])
        self.assertIn('"Total amount"', errors[0])
        self.assertIn('glossary term "amount"', errors[0])
        self.assertIn('"nominal"', errors[0])

    def test_check_chosenTerm_passes(self):
        self.assertEqual(self.errors("id_ID", [("Total amount", "Total nominal"), ("&Amount:", "&Nominal:")]), [])

    def test_check_mnemonicInsideTerm_passes(self):
        self.assertEqual(self.errors("zh_CN", [("&Amount:", "金额(&A)："), ("Number of &payouts:", "代付笔数(&P)：")]),
                         [])
        self.assertEqual(self.errors("id_ID", [("Number of &payouts:", "Banyaknya &pembayaran:")]), [])

    def test_check_longestTermWins_countNotCheckedAsPayout(self):
        # "number of payouts" claims the words; "payout" alone is not checked inside it.
        self.assertEqual(self.errors("zh_CN", [("Number of payouts", "笔数")]), [])
        self.assertEqual(len(self.errors("id_ID", [("Number of payouts", "Jumlah pembayaran")])), 1)

    def test_check_pluralAndStem_match(self):
        self.assertEqual(len(self.errors("zh_CN", [("%n payout(s) failed.", ["%n 笔失败"])])), 1)
        self.assertEqual(len(self.errors("id_ID", [("Being reconciled", "Sedang direkonsiliasi")])), 1)
        self.assertEqual(self.errors("id_ID", [("Being reconciled", "Sedang diperiksa")]), [])

    def test_check_everyPluralForm_mustUseTerm(self):
        errors = self.errors("id_ID", [("%n amount(s)", ["%n nominal", "%n jumlah"])])
        self.assertEqual(len(errors), 1)

    def test_check_exception_skipsThatSourceOnly(self):
        self.assertEqual(self.errors("id_ID", [("The phone number has an unknown country code.",
                                                "Kode negara nomor telepon tidak dikenal.")]), [])
        self.assertEqual(len(self.errors("id_ID", [("Unknown", "Tidak diketahui")])), 1)

    def test_check_exceptionWithContext_skipsThatContextOnly(self):
        self.assertEqual(self.errors("id_ID", [(("Grid", "Amount"), "Jumlah")]), [])
        errors = self.errors("id_ID", [("Amount", "Jumlah")])
        self.assertEqual(len(errors), 1)
        self.assertIn("Ctx:", errors[0])

    def test_check_wordInsideName_notATerm(self):
        self.assertEqual(self.errors("id_ID", [("the lesspay-sandbox program", "program lesspay-sandbox")]), [])

    def test_check_dashColumn_notChecked(self):
        self.assertEqual(self.errors("zh_CN", [("Sandbox stopped", "已停止")]), [])

    def test_check_languageWithoutColumn_fails(self):
        errors = self.errors("fr_FR", [("Amount", "Montant")])
        self.assertEqual(len(errors), 1)
        self.assertIn("no column for the language fr_FR", errors[0])


if __name__ == "__main__":
    unittest.main()
