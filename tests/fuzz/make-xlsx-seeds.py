#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of fuzz_xlsx_reader into corpus/xlsx/: small workbooks whose parts are
stored uncompressed, so that the fuzzer's mutations reach the XML parser (the checksum is only
checked after a part was read). Each seed starts with the harness's option byte."""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

HEADER = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
          '<c r="C1" t="inlineStr"><is><t>bank_account_no</t></is></c></row>')
TYPED = ('<row r="2"><c r="A2" t="inlineStr"><is><r><t>D</t></r><r><t>1</t></r></is></c>'
         '<c r="B2"><v>1500.1000000000001</v></c><c r="C2"><v>1234567890</v></c></row>'
         '<row r="4"><c r="A4" t="str"><f>A2</f><v>D2</v></c><c r="B4" s="1"><v>44927</v></c>'
         '<c r="C4" t="b"><v>1</v></c><c r="D4" t="e"><v>#REF!</v></c></row>'
         '<row r="5"><c r="A5"><f>1+1</f></c><c r="B5" s="2"><v>75.5</v></c>'
         '<c r="C5"><v>1.2345678901234567E+19</v></c></row>')
SHARED = '<si><t>mch_order_id</t></si><si><r><t>amo</t></r><r><t>unt</t></r><rPh><t>x</t></rPh></si>'
STYLES = ('<numFmts><numFmt numFmtId="164" formatCode="&quot;PHP&quot; #,##0.00"/></numFmts>'
          '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>')


def workbook(name, sheets, shared=SHARED, styles=STYLES, option=0):
    path = os.path.join(HERE, "corpus", "xlsx", name)
    # The archive is built on its own, so that its offsets count from its first byte, not from
    # the option byte in front of it.
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        z.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="r" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        entries = "".join(f'<sheet name="S{i}" r:id="s{i}"/>' for i in range(len(sheets)))
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="0"/>'
                   f'<sheets>{entries}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="s{i}" Type="{REL}/worksheet" Target="worksheets/s{i}.xml"/>'
                       for i in range(len(sheets)))
        rels += f'<Relationship Id="t" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        rels += f'<Relationship Id="y" Type="{REL}/styles" Target="/xl/styles.xml"/>'
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        for i, body in enumerate(sheets):
            z.writestr(f"xl/worksheets/s{i}.xml",
                       f'<worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>')
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared}</sst>')
        z.writestr("xl/styles.xml", f'<styleSheet xmlns="{MAIN}">{styles}</styleSheet>')
    with open(path, "wb") as out:
        out.write(bytes([option]) + archive.getvalue())



workbook("typed", [HEADER + TYPED])
workbook("two-sheets", ['<row r="1"><c r="A1" t="inlineStr"><is><t>notes</t></is></c></row>', HEADER + TYPED], option=2)
ROWS = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>INV-{r}</t></is></c><c r="B{r}"><v>{r}00.5</v></c>'
               f'<c r="C{r}" t="s"><v>{r % 2}</v></c></row>' for r in range(2, 40))
workbook("many-rows", [HEADER + ROWS], option=0x30)
workbook("sparse", ['<row r="3"><c r="D3" t="s"><v>0</v></c></row><row r="1048576"><c r="XFD1048576" s="1"/></row>'],
         option=5)
