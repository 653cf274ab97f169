#!/usr/bin/env python3
"""Installs the build into a temporary folder and runs the installed programs.

Usage: check-install.py MESON BUILD_DIR PREFIX BINDIR DATADIR LOCALEDIR VERSION APP_ID GUI

`meson install --destdir` puts everything under a temporary folder (outside
the build folder, so the programs run as installed ones); the
installed golf-lab and golf-lab-cli must then tell their version (without
a display), the CLI must import a sample report installed with them, and
the desktop file, metainfo, schema, icons and German catalogue must be
where desktop environments look for them.
"""

import glob
import os
import subprocess
import sys
import tempfile


def main():
    meson, build, prefix, bindir, datadir, localedir, version, app_id, gui = sys.argv[1:]
    gui = gui == "true"
    problems = []

    with tempfile.TemporaryDirectory(prefix="golf-lab-install-") as destdir:
        # It builds what `meson test` did not need (the benchmarks, say) first.
        install = subprocess.run([meson, "install", "-C", build, "--destdir", destdir, "--quiet"],
                                 text=True, capture_output=True)
        if install.returncode != 0:
            print(install.stdout + install.stderr, file=sys.stderr)
            return 1

        root = destdir + prefix

        def installed(*parts):
            return os.path.join(root, *parts)

        expected = [
            (bindir, "golf-lab-cli"),
            (datadir, "glib-2.0", "schemas", f"{app_id}.gschema.xml"),
            (localedir, "de", "LC_MESSAGES", "golf-lab.mo"),
            (datadir, "golf-lab", "samples", "report-440001.json"),
        ]
        if gui:
            expected += [
                (bindir, "golf-lab"),
                (datadir, "applications", f"{app_id}.desktop"),
                (datadir, "metainfo", f"{app_id}.metainfo.xml"),
                (datadir, "icons", "hicolor", "scalable", "apps", f"{app_id}.svg"),
                (datadir, "icons", "hicolor", "symbolic", "apps", f"{app_id}-symbolic.svg"),
            ]
        for parts in expected:
            if not os.path.isfile(installed(*parts)):
                problems.append("not installed: " + os.path.join(prefix, *parts))

        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}

        def run(*args):
            result = subprocess.run(list(args), text=True, capture_output=True, env=env)
            if result.returncode != 0:
                problems.append(f"{' '.join(args)} failed: {result.stderr.strip()}")
            return result.stdout

        programs = ["golf-lab-cli"] + (["golf-lab"] if gui else [])
        for program in programs:
            path = installed(bindir, program)
            if os.path.isfile(path):
                out = run(path, "--version")
                if out != f"{program} {version}\n":
                    problems.append(f"{program} --version printed {out!r}")

        cli = installed(bindir, "golf-lab-cli")
        samples = sorted(glob.glob(installed(datadir, "golf-lab", "samples", "*.json")))
        if os.path.isfile(cli) and samples:
            db = os.path.join(destdir, "shots.db")
            run(cli, "--db", db, "import", samples[0])
            sessions = run(cli, "--db", db, "sessions")
            if "440001" not in sessions:
                problems.append(f"the imported sample is not among the sessions: {sessions!r}")

        schemas = installed(datadir, "glib-2.0", "schemas")
        if os.path.isdir(schemas):
            run("glib-compile-schemas", "--strict", "--dry-run", schemas)

    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"installed into a temporary folder with prefix {prefix}; {', '.join(programs)} run from there")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
