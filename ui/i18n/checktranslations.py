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
    originals = {}
    for name in args.ts_files:
        path = Path(name)
        if not path.exists():
            errors.append(f"{path}: missing")
            continue
        language, messages = read_ts(path)
        originals[path] = messages
        errors += check_entries(path, language, messages)

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
