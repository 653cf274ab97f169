#!/usr/bin/env python3
"""Fails when a language in po/LINGUAS lacks a translation of a current string.

Usage: check-translations.py SOURCE_ROOT WORK_DIR

Extracts the strings of the files po/POTFILES.in lists (with the keywords
of meson's "glib" preset, as `ninja golf-lab-pot` does) into WORK_DIR,
merges each .po file with them there (the source tree is left alone), and
lists every string that is untranslated or fuzzy. msgfmt --check then
checks the merged catalogue (format strings, plural forms).

To bring a language up to date: `ninja -C build golf-lab-update-po`, then
translate what the list names.
"""

import ast
import os
import subprocess
import sys

# meson's i18n "glib" preset (mesonbuild/modules/i18n.py).
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format", "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format", "--flag=g_snprintf:3:c-format",
]


def run(args, **kwargs):
    return subprocess.run(args, check=True, text=True, capture_output=True, **kwargs)


def entries(po_text):
    """Yields (locations, msgid) of each entry msgattrib printed."""
    location, msgid, in_msgid = "", [], False
    for line in po_text.splitlines() + [""]:
        if line.startswith("#:"):
            location = line[2:].strip()
        elif line.startswith("msgid "):
            msgid, in_msgid = [ast.literal_eval(line[6:])], True
        elif line.startswith('"') and in_msgid:
            msgid.append(ast.literal_eval(line))
        elif line == "" and msgid:
            text = "".join(msgid)
            if text:
                yield location, text
            location, msgid, in_msgid = "", [], False
        else:
            in_msgid = False


def main():
    root, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    pot = os.path.join(work, "golf-lab.pot")
    run(["xgettext", "--package-name=golf-lab", "-f", os.path.join(root, "po", "POTFILES.in"),
         "-D", root, "-o", pot] + XGETTEXT_ARGS)

    with open(os.path.join(root, "po", "LINGUAS"), encoding="utf-8") as f:
        languages = [w for line in f if not line.startswith("#") for w in line.split()]

    failed = False
    for lang in languages:
        merged = os.path.join(work, f"{lang}.po")
        run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
             os.path.join(root, "po", f"{lang}.po"), pot])
        missing = list(entries(run(["msgattrib", "--untranslated", merged]).stdout))
        fuzzy = list(entries(run(["msgattrib", "--only-fuzzy", merged]).stdout))
        for what, found in (("untranslated", missing), ("fuzzy", fuzzy)):
            for location, msgid in found:
                print(f"po/{lang}.po: {what}: {msgid!r} ({location})", file=sys.stderr)
        check = subprocess.run(["msgfmt", "--check", "-o", os.devnull, merged],
                               text=True, capture_output=True)
        if check.returncode != 0:
            print(f"po/{lang}.po: {check.stderr}", file=sys.stderr)
        if missing or fuzzy or check.returncode != 0:
            failed = True
        else:
            stats = run(["msgfmt", "--statistics", "-o", os.devnull, merged]).stderr.strip()
            print(f"{lang}: {stats}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
