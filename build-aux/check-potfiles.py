#!/usr/bin/env python3
"""Fails when po/POTFILES.in misses a file with translatable strings.

Usage: check-potfiles.py SOURCE_ROOT

Scans src/, resources/ and data/ for files that mark strings for
translation: _(), N_(), C_(), NC_(), ngettext, g_dngettext and friends in C
(comments left out), translatable="yes" in GtkBuilder files, and the files
the build merges translations into (desktop and metainfo templates, the
GSettings schema). Also fails when POTFILES.in names a file that does not
exist, or is not sorted.
"""

import os
import re
import sys

SCANNED = ("src", "resources", "data")

C_MARKS = re.compile(
    r"(?<![\w])(?:N?C?_|ngettext|g_dngettext|g_dpgettext2?|g_dgettext|g_dcgettext|dgettext|gettext)\s*\(")
C_COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
UI_MARKS = re.compile(r"translatable\s*=\s*[\"'](?:yes|true|1)[\"']", re.I)
MERGED_DATA = re.compile(r"\.(?:desktop\.in|metainfo\.xml\.in|appdata\.xml\.in)$")


def is_translatable(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (UnicodeDecodeError, OSError):
        return False

    if path.endswith((".c", ".h")):
        return C_MARKS.search(C_COMMENTS.sub("", text)) is not None
    if MERGED_DATA.search(path):
        return True
    if path.endswith(".gschema.xml"):
        return "gettext-domain" in text
    if path.endswith((".ui", ".xml", ".in")):
        return UI_MARKS.search(text) is not None
    return False


def main():
    root = sys.argv[1]
    potfiles_path = os.path.join(root, "po", "POTFILES.in")
    with open(potfiles_path, encoding="utf-8") as f:
        listed = [line.strip() for line in f if line.strip() and not line.startswith("#")]

    problems = []
    for name in listed:
        if not os.path.isfile(os.path.join(root, name)):
            problems.append(f"lists {name}, which does not exist")
    if listed != sorted(listed):
        problems.append("is not sorted alphabetically")

    found = []
    for top in SCANNED:
        for folder, dirs, files in os.walk(os.path.join(root, top)):
            dirs.sort()
            for file in sorted(files):
                path = os.path.join(folder, file)
                if is_translatable(path):
                    found.append(os.path.relpath(path, root))

    for name in found:
        if name not in listed:
            problems.append(f"lacks {name}, which has translatable strings")

    for problem in problems:
        print(f"po/POTFILES.in {problem}", file=sys.stderr)
    if not problems:
        print(f"{len(listed)} files listed; {len(found)} files with translatable strings, all listed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
