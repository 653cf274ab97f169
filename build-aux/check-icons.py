#!/usr/bin/env python3
"""Checks the app icons the way icon themes and GTK use them.

Usage: check-icons.py ICONS_DIR APP_ID

The full-colour icon is an SVG on a 128×128 canvas; the symbolic one a
16×16 SVG drawn with fills of one colour only, because GTK recolours the
fills of a symbolic icon to the text colour and leaves strokes,
gradients and other colours as they are. Neither may embed raster
images, text (fonts differ between machines) or outside references.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def canvas(root):
    view_box = root.get("viewBox", "").split()
    if len(view_box) == 4:
        return tuple(float(v) for v in view_box[2:])
    return float(root.get("width", "0")), float(root.get("height", "0"))


def common_problems(path, root):
    problems = []
    for element in root.iter():
        tag = element.tag.replace(SVG, "")
        if tag in ("image", "text", "script", "foreignObject"):
            problems.append(f"{path}: has <{tag}>")
        href = element.get("href", element.get(XLINK_HREF, ""))
        if href and not href.startswith("#"):
            problems.append(f"{path}: refers to {href} outside the file")
    return problems


def colours(element):
    style = dict(part.split(":", 1) for part in element.get("style", "").split(";") if ":" in part)
    for attribute in ("fill", "stroke"):
        value = style.get(attribute, element.get(attribute))
        if value is not None:
            yield attribute, value.strip().lower()


def main():
    icons, app_id = sys.argv[1:]
    problems = []

    scalable = os.path.join(icons, "hicolor", "scalable", "apps", f"{app_id}.svg")
    root = ET.parse(scalable).getroot()
    if canvas(root) != (128.0, 128.0):
        problems.append(f"{scalable}: the canvas is {canvas(root)}, not 128×128")
    problems += common_problems(scalable, root)

    symbolic = os.path.join(icons, "hicolor", "symbolic", "apps", f"{app_id}-symbolic.svg")
    root = ET.parse(symbolic).getroot()
    if canvas(root) != (16.0, 16.0):
        problems.append(f"{symbolic}: the canvas is {canvas(root)}, not 16×16")
    problems += common_problems(symbolic, root)
    fills = set()
    for element in root.iter():
        if element.tag.replace(SVG, "") in ("linearGradient", "radialGradient"):
            problems.append(f"{symbolic}: has a gradient")
        for attribute, value in colours(element):
            if attribute == "stroke" and value != "none":
                problems.append(f"{symbolic}: draws a stroke ({value}); GTK recolours fills only")
            elif attribute == "fill" and value != "none":
                fills.add(value)
    if len(fills) > 1 or any(re.match(r"url\(", f) for f in fills):
        problems.append(f"{symbolic}: fills with {sorted(fills)}, not one plain colour")

    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
