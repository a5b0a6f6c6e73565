#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a .ts file is out of date or incomplete.

Checks, for every .ts file given:
  * no obsolete or vanished entries;
  * the set of messages equals what lupdate extracts from the sources now (lupdate runs on a
    temporary copy, so a string added to or removed from the sources without `lesspay_lupdate`
    is reported);
  * translations (every file but the English source) have no unfinished or empty entries, keep
    the %1..%9 placeholders and keep a keyboard mnemonic when the source has one;
  * the English source has its plural (%n) forms written out, since those come from its .qm;
  * with --glossary: every translation of a source string that contains a term of
    translations/GLOSSARY.md uses that term's chosen translation for its language;
  * no string is filed by lupdate under another context than the one it is looked up with at run
    time: a file-local `tr()` helper that calls QCoreApplication::translate("Ctx", text) makes
    lupdate file its strings under the enclosing class or namespace, so they are never translated.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(\d+|n)")
TR_HELPER = re.compile(r"(?:QString\s+tr\s*\(\s*const\s+char\s*\*|auto\s+tr\s*=\s*\[)")
TRANSLATE_CONTEXT = re.compile(r"translate\(\s*\"([^\"]*)\"")
MNEMONIC = re.compile(r"&(?!&)\S")


def message_key(context, message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (context, source, comment, message.get("numerus") == "yes")


def read_ts(path):
    root = ET.parse(path).getroot()
    messages = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[message_key(name, message)] = message
    return root.get("language") or "", messages


def translation_texts(message):
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def describe(key):
    context, source, comment, _ = key
    return f"{context}: \"{source}\"" + (f" ({comment})" if comment else "")


def check_entries(path, language, messages):
    errors = []
    is_source = language.startswith("en")
    for key, message in messages.items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("obsolete", "vanished"):
            errors.append(f"{path.name}: {kind} entry {describe(key)}")
            continue
        numerus = key[3]
        if is_source and not numerus:
            continue
        texts = translation_texts(message)
        if kind == "unfinished" or not texts or any(not t.strip() for t in texts):
            errors.append(f"{path.name}: untranslated {describe(key)}")
            continue
        if is_source:
            continue
        source = key[1]
        wanted = {p for p in PLACEHOLDER.findall(source) if p != "n"}
        for text in texts:
            have = {p for p in PLACEHOLDER.findall(text) if p != "n"}
            if have != wanted:
                errors.append(f"{path.name}: placeholders {sorted(have)} instead of {sorted(wanted)} in {describe(key)}")
            if "%n" in source and "%n" not in text:
                errors.append(f"{path.name}: %n missing in {describe(key)}")
            if MNEMONIC.search(source) and not MNEMONIC.search(text):
                errors.append(f"{path.name}: keyboard mnemonic (&) missing in {describe(key)}")
    return errors


MNEMONIC_SUFFIX = re.compile(r"\(&[^)]\)")


def without_mnemonics(text):
    """The text as it reads on screen: "合计(&T)" -> "合计", "&Total" -> "Total", "&&" -> "&"."""
    return MNEMONIC_SUFFIX.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def table_rows(lines, heading):
    """The rows of the first Markdown table under `## heading`, as lists of stripped cells."""
    rows = []
    inside = False
    for line in lines:
        if line.startswith("## "):
            if inside and rows:
                break
            inside = line[3:].strip() == heading
            continue
        if inside and line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(set(cell) <= set("-: ") for cell in cells):
                rows.append(cells)
        elif inside and rows:
            break
    return rows


class Glossary:
    """translations/GLOSSARY.md: a table of terms and one of exceptions (see that file for the rules)."""

    def __init__(self, path):
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        terms = table_rows(lines, "Terms")
        if not terms or terms[0][0] != "English":
            raise ValueError(f"{path}: no '## Terms' table starting with an 'English' column")
        header = terms[0]
        self.path = path
        self.languages = header[1:-1]
        self.terms = []
        for row in terms[1:]:
            if len(row) != len(header):
                raise ValueError(f"{path}: the row for '{row[0]}' has {len(row)} cells instead of {len(header)}")
            english = row[0]
            stem = english.endswith("*")
            words = english.rstrip("*").split()
            # Whole words that are not part of a name or path ("lesspay-sandbox", "/payout/batch").
            pattern = (r"(?<![\w/-])" + r"\s+".join(map(re.escape, words))
                       + (r"\w*" if stem else r"(?:s|\(s\))?") + r"(?![\w/-])")
            chosen = {}
            for language, cell in zip(self.languages, row[1:-1]):
                if cell != "-":
                    chosen[language] = [alt.strip() for alt in cell.split(" / ") if alt.strip()]
            self.terms.append((english, re.compile(pattern, re.IGNORECASE), chosen))
        # Term, source and, optionally, the one context the exception is limited to.
        self.exceptions = {(row[0], row[1], row[2] if len(row) > 3 and row[2] not in ("", "-") else None)
                           for row in table_rows(lines, "Exceptions")[1:]}

    def column(self, language):
        """The table column for a .ts file's language attribute: "pt_BR" -> pt_BR, "id_ID" -> id."""
        if language in self.languages:
            return language
        base = language.split("_")[0]
        return base if base in self.languages else None

    def excepted(self, english, source, context):
        text = without_mnemonics(source)
        return any((english, s, c) in self.exceptions for s in (source, text) for c in (None, context))

    def terms_in(self, source, context=None):
        """The glossary terms a source string contains; the longest wins where two overlap."""
        text = without_mnemonics(source)
        found = []
        for english, pattern, chosen in self.terms:
            for match in pattern.finditer(text):
                found.append((match.end() - match.start(), match.start(), match.end(), english, chosen))
        found.sort(key=lambda f: (-f[0], f[1]))
        taken = []
        result = []
        for _, start, end, english, chosen in found:
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            if not self.excepted(english, source, context):
                result.append((english, chosen))
        return result

    def check(self, path, language, messages):
        column = self.column(language)
        if column is None:
            return [f"{path.name}: {self.path} has no column for the language {language}"]
        errors = []
        for key, message in messages.items():
            source = key[1]
            texts = [without_mnemonics(t).casefold() for t in translation_texts(message)]
            if not texts:
                continue
            seen = set()
            for english, chosen in self.terms_in(source, key[0]):
                wanted = chosen.get(column)
                if not wanted or english in seen:
                    continue
                seen.add(english)
                for text in texts:
                    if not any(alt.casefold() in text for alt in wanted):
                        errors.append(f"{path.name}: glossary term \"{english}\" is not translated as "
                                      f"\"{' / '.join(wanted)}\" in {describe(key)}: {translation_texts(message)}")
                        break
        return errors


def check_helper_contexts(lupdate, sources_file, tmp):
    """Strings of files with a fixed-context tr() helper must be filed under that context."""
    sources = [line.strip() for line in Path(sources_file).read_text().splitlines()]
    helper_files = {}
    for source in sources:
        if source.startswith("-") or not source.endswith(".cpp"):
            continue
        text = Path(source).read_text(encoding="utf-8", errors="replace")
        if TR_HELPER.search(text):
            helper_files[str(Path(source).resolve())] = set(TRANSLATE_CONTEXT.findall(text))
    if not helper_files:
        return []
    located = Path(tmp) / "located.ts"
    result = subprocess.run([lupdate, "-locations", "absolute", "@" + sources_file, "-ts", str(located)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return [f"lupdate (locations) failed with exit code {result.returncode}"]
    errors = []
    root = ET.parse(located).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            for location in message.findall("location"):
                path = str((located.parent / location.get("filename", "")).resolve())
                allowed = helper_files.get(path)
                if allowed is not None and name not in allowed:
                    errors.append(f"{path}:{location.get('line')}: \"{message.findtext('source')}\" is filed under "
                                  f"context {name} but the file's tr() helper looks it up under "
                                  f"{' or '.join(sorted(allowed))}: it is never translated at run time")
    return errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="file with one source path per line")
    parser.add_argument("--contexts-only", action="store_true",
                        help="only check that tr() helpers' strings are filed under their run-time context")
    parser.add_argument("--glossary", help="translations/GLOSSARY.md, whose terms every translation must use")
    parser.add_argument("ts_files", nargs="*")
    # Everything after "--" is passed to lupdate as the build's lesspay_lupdate target passes it.
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:split])
    options = argv[split + 1:]

    if args.contexts_only:
        with tempfile.TemporaryDirectory() as tmp:
            errors = check_helper_contexts(args.lupdate, args.sources, tmp)
        for error in errors:
            print(error, file=sys.stderr)
        if errors:
            print(f"{len(errors)} string(s) would never be translated: call QCoreApplication::translate(\"Context\", "
                  "\"text\") at each call site (lupdate reads the literal context there) or use the class's own tr()",
                  file=sys.stderr)
            return 1
        print("translations: every tr() helper's strings are filed under its run-time context")
        return 0

    errors = []
    try:
        glossary = Glossary(args.glossary) if args.glossary else None
    except (OSError, ValueError) as error:
        print(f"glossary: {error}", file=sys.stderr)
        return 1
    originals = {}
    for name in args.ts_files:
        path = Path(name)
        if not path.exists():
            errors.append(f"{path}: missing")
            continue
        language, messages = read_ts(path)
        originals[path] = messages
        errors += check_entries(path, language, messages)
        if glossary and not language.startswith("en"):
            errors += glossary.check(path, language, messages)

    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for path in originals:
            copy = Path(tmp) / path.name
            shutil.copyfile(path, copy)
            copies.append(copy)
        result = subprocess.run([args.lupdate, *options, "@" + args.sources, "-ts", *map(str, copies)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            errors.append(f"lupdate failed with exit code {result.returncode}")
        else:
            for path, copy in zip(originals, copies):
                _, fresh = read_ts(copy)
                for key in sorted(fresh.keys() - originals[path].keys()):
                    errors.append(f"{path.name}: missing source string {describe(key)}")
                for key in sorted(originals[path].keys() - fresh.keys()):
                    errors.append(f"{path.name}: no longer in the sources {describe(key)}")

    total = len(next(iter(originals.values()), {}))
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s); run `cmake --build <build> --target lesspay_lupdate`, then translate",
              file=sys.stderr)
        return 1
    print(f"translations: {len(originals)} files, {total} messages each, complete and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
