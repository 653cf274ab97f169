#!/usr/bin/env python3
"""Lints the Flatpak manifest as far as a machine without the runtime can.

Usage: check-flatpak-manifest.py MANIFEST APP_ID SOURCE_ROOT DESKTOP_FILE [APP_PROGRAM [XGBOOST_VERSION]]

The GNOME runtime cannot be downloaded here, so flatpak-builder cannot
build it; instead this checks what would make the build or the review
fail: strict JSON, the keys flatpak-builder needs, the app id, a command
the build makes and the desktop file starts, finish-args that ask for
network, display and GPU only (no file system: files come through the
portal), the XGBoost module pinned to a tag and its commit (the version
this build links when given), and the modules ending with golf-lab built
with meson from this source tree.
"""

import json
import os
import re
import sys

REQUIRED_KEYS = ("runtime", "runtime-version", "sdk", "command", "finish-args", "modules")
FINISH_ARGS = {"--share=network", "--share=ipc", "--socket=fallback-x11", "--socket=wayland",
               "--device=dri"}


def reject_duplicates(pairs):
    keys = [k for k, _ in pairs]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise ValueError("duplicate keys: " + ", ".join(sorted(duplicates)))
    return dict(pairs)


def desktop_exec(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("Exec="):
                return line[len("Exec="):].split()[0]
    return None


def check(manifest, app_id, source_root, manifest_dir, desktop_file, app_program, xgboost_version):
    problems = []

    for key in REQUIRED_KEYS:
        if key not in manifest:
            problems.append(f"lacks “{key}”")
    if manifest.get("id", manifest.get("app-id")) != app_id:
        problems.append(f"id is not {app_id}")
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        problems.append("runtime and sdk are not org.gnome.Platform and org.gnome.Sdk")

    command = manifest.get("command")
    if app_program and os.path.basename(app_program) != command:
        problems.append(f"command “{command}” is not the program the build makes, "
                        f"{os.path.basename(app_program)}")
    if app_program and not os.path.isfile(app_program):
        problems.append(f"{app_program} was not built")
    if desktop_exec(desktop_file) != command:
        problems.append(f"the desktop file starts {desktop_exec(desktop_file)}, not {command}")

    args = manifest.get("finish-args", [])
    for needed in sorted(FINISH_ARGS - set(args)):
        problems.append(f"finish-args lack {needed}")
    for extra in args:
        if extra.startswith("--filesystem"):
            problems.append(f"finish-args ask for {extra}; files come through the portal")
        elif extra not in FINISH_ARGS:
            problems.append(f"finish-args ask for {extra}, which Golf Lab does not need")

    modules = [m for m in manifest.get("modules", []) if isinstance(m, dict)]
    names = [m.get("name") for m in modules]
    if "xgboost" not in names:
        problems.append("modules do not bundle xgboost")
    else:
        xgboost = modules[names.index("xgboost")]
        sources = [s for s in xgboost.get("sources", []) if s.get("type") == "git"]
        if len(sources) != 1:
            problems.append("the xgboost module needs one git source (the tarballs lack dmlc-core)")
        else:
            source = sources[0]
            if not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
                problems.append("the xgboost source is not pinned to a commit")
            if xgboost_version and source.get("tag") != "v" + xgboost_version:
                problems.append(f"the xgboost source is {source.get('tag')}, but this build links "
                                f"{xgboost_version}: keep one version")
        if xgboost.get("buildsystem") != "cmake-ninja":
            problems.append("the xgboost module is not built with cmake-ninja")

    if not modules or names[-1] != "golf-lab":
        problems.append("modules do not end with golf-lab")
    else:
        app = modules[-1]
        if app.get("buildsystem") != "meson":
            problems.append("golf-lab is not built with meson")
        if "-Dxgboost=enabled" not in app.get("config-opts", []):
            problems.append("golf-lab is not configured with -Dxgboost=enabled")
        dirs = [s for s in app.get("sources", []) if s.get("type") == "dir"]
        if not dirs or os.path.realpath(os.path.join(manifest_dir, dirs[0].get("path", ""))) != \
                os.path.realpath(source_root):
            problems.append("golf-lab's source is not this source tree")

    return problems


def main():
    path, app_id, source_root, desktop_file = sys.argv[1:5]
    app_program = sys.argv[5] if len(sys.argv) > 5 else ""
    xgboost_version = sys.argv[6] if len(sys.argv) > 6 else ""

    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f, object_pairs_hook=reject_duplicates)
    except ValueError as error:
        print(f"{path}: not strict JSON: {error}", file=sys.stderr)
        return 1

    problems = check(manifest, app_id, source_root, os.path.dirname(path), desktop_file,
                     app_program, xgboost_version)
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
