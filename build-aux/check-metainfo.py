#!/usr/bin/env python3
"""Checks the AppStream metainfo for what software centres and Flathub need.

Usage: check-metainfo.py METAINFO APP_ID VERSION SOURCE_ROOT

appstreamcli validates the format; this checks the content: every part a
software centre shows (developer, launchable, content rating, URLs,
translation, screenshots, releases), a release entry for this version
on top with the dates in order, screenshots that exist in the source
tree, and the German translation merged in.
"""

import datetime
import os
import sys
import xml.etree.ElementTree as ET

SCREENSHOT_BASE = "https://raw.githubusercontent.com/golflab/golf-lab/main/"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def main():
    path, app_id, version, source_root = sys.argv[1:]
    root = ET.parse(path).getroot()
    problems = []

    def untranslated(tag):
        return [e for e in root.findall(tag) if e.get(LANG) is None]

    if root.findtext("id") != app_id:
        problems.append(f"id is not {app_id}")
    for tag in ("metadata_license", "project_license", "name", "summary", "description"):
        if not untranslated(tag):
            problems.append(f"lacks <{tag}>")
    if not root.findtext("developer/name"):
        problems.append("lacks <developer> with a <name>")
    if root.findtext("launchable[@type='desktop-id']") != f"{app_id}.desktop":
        problems.append(f"the launchable is not {app_id}.desktop")
    if root.find("content_rating[@type='oars-1.1']") is None:
        problems.append("lacks an OARS 1.1 content rating")
    if root.findtext("translation[@type='gettext']") != "golf-lab":
        problems.append("lacks <translation type=\"gettext\">golf-lab</translation>")
    for kind in ("homepage", "bugtracker", "vcs-browser"):
        if not root.findtext(f"url[@type='{kind}']"):
            problems.append(f"lacks a {kind} URL")

    screenshots = root.findall("screenshots/screenshot")
    if not any(s.get("type") == "default" for s in screenshots):
        problems.append("lacks a default screenshot")
    for screenshot in screenshots:
        image = screenshot.findtext("image", "")
        if not image.startswith(SCREENSHOT_BASE):
            problems.append(f"screenshot {image} is not in this repository")
        elif not os.path.isfile(os.path.join(source_root, image[len(SCREENSHOT_BASE):])):
            problems.append(f"screenshot {image[len(SCREENSHOT_BASE):]} does not exist")
        if not [c for c in screenshot.findall("caption") if c.get(LANG) is None]:
            problems.append(f"screenshot {image} has no caption")

    releases = root.findall("releases/release")
    if not releases or releases[0].get("version") != version:
        problems.append(f"the newest release is not {version}, the version meson builds")
    dates = []
    for release in releases:
        try:
            dates.append(datetime.date.fromisoformat(release.get("date", "")))
        except ValueError:
            problems.append(f"release {release.get('version')} has no date like 2026-11-29")
        if release.find("description") is None:
            problems.append(f"release {release.get('version')} says nothing of what it brings")
    if dates != sorted(dates, reverse=True):
        problems.append("releases are not newest first")

    if root.find(f"summary[@{LANG}='de']") is None:
        problems.append("the German translation was not merged in")

    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
