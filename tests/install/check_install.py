#!/usr/bin/env python3
"""eqplan installed into a staging root (DESTDIR), then used from there as a user would.

    check_install.py --build BUILD --cmake CMAKE --plan PLAN.docx --expected EXPECTED.json
                     --program-dir LIBREOFFICE_PROGRAM_DIR --extensions-dir EXTENSIONS_DIR

1. `cmake --install BUILD --prefix /usr` with DESTDIR=STAGING: the CLI, its office reader, its
   schemas and the unpacked extension are where a package puts them.
2. The installed CLI reads PLAN through its installed office reader and schemas, with the build
   folder hidden (an empty folder mounted over it in a mount namespace of its own, when run as
   root), so nothing can come from the build tree.
3. The bundled extension registers: LibreOffice started with a fresh profile and
   -env:BUNDLED_EXTENSIONS=STAGING/.../share/extensions lists it as a registered bundled
   extension, and an office started the same way creates its sidebar panel factory and has its
   deck in the sidebar's configuration.
Exit 0 when all holds; 1 with what went wrong.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

failures = []


def check(condition, what):
    print(("ok:     " if condition else "FAILED: ") + what, flush=True)
    if not condition:
        failures.append(what)
    return condition


def run(command, timeout=180, env=None, cwd=None):
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=cwd, stdin=subprocess.DEVNULL)


def install(args, staging):
    env = dict(os.environ, DESTDIR=str(staging))
    result = run([args.cmake, "--install", args.build, "--prefix", "/usr"], env=env)
    if not check(result.returncode == 0, "cmake --install into the staging root"):
        print(result.stdout, result.stderr)
        return False
    extension = staging / args.extensions_dir.lstrip("/") / "eqplan"
    for path in ["usr/bin/eqplan", "usr/lib/eqplan/eqplan_office.so",
                 "usr/share/eqplan/schemas/layouts.json", "usr/share/eqplan/schemas/plan.schema.json",
                 "usr/share/eqplan/schemas/changes.schema.json",
                 "usr/share/bash-completion/completions/eqplan"]:
        check((staging / path).is_file(), "installed /" + path)
    if shutil.which("help2man"):
        check((staging / "usr/share/man/man1/eqplan.1").is_file(), "installed /usr/share/man/man1/eqplan.1")
    for name in ["description.xml", "META-INF/manifest.xml", "eqplan.components", "eqplan_uno.so",
                 "registry/Sidebar.xcu", "schemas/layouts.json"]:
        check((extension / name).is_file(), f"installed {args.extensions_dir}/eqplan/{name}")
    return True


def installed_cli_reads_the_plan(args, staging):
    plan = staging / "plan.docx"
    shutil.copyfile(args.plan, plan)
    command = [str(staging / "usr/bin/eqplan"), "inspect", "--json", "--timings", str(plan)]
    if os.geteuid() == 0 and shutil.which("unshare"):
        # The build folder hidden: the installed files or nothing.
        hidden = "mount -t tmpfs -o size=1m eqplan-hidden-build \"$0\" && exec \"$@\""
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", hidden,
                   os.path.abspath(args.build)] + command
        print("note:   the build folder is hidden from the installed CLI", flush=True)
    else:
        print("note:   not root: the build folder stays visible to the installed CLI", flush=True)
    # Run from the staging root: ctest's working folder is in the build folder, hidden here.
    result = run(command, cwd=staging)
    if not check(result.returncode == 0, "the installed eqplan inspect --json exits 0"):
        print(result.stdout[-2000:], result.stderr[-2000:])
        return
    check("eqplan inspect: reader: office" in result.stderr,
          "it read through the installed office reader (--timings: reader: office)")
    plan_json = json.loads(result.stdout)
    expected = json.loads(Path(args.expected).read_text(encoding="utf-8"))
    check(plan_json.get("title") == expected["title"],
          f"title is {expected['title']!r} (got {plan_json.get('title')!r})")
    check(len(plan_json.get("objectives", [])) == len(expected["objectives"]),
          f"{len(expected['objectives'])} objectives (got {len(plan_json.get('objectives', []))})")


def bootstrap_arguments(extensions, profile):
    return [f"-env:BUNDLED_EXTENSIONS={extensions.as_uri()}",
            f"-env:UserInstallation={profile.as_uri()}"]


def unopkg_lists_the_bundled_extension(args, extensions, work):
    unopkg = Path(args.program_dir) / "unopkg"
    result = run([str(unopkg), "list", "--bundled"] +
                 bootstrap_arguments(extensions, work / "unopkg-profile"), timeout=120)
    listing = result.stdout + result.stderr
    # The extension's own entry: from its identifier to the next extension's, if any.
    entry = listing.partition("Identifier: org.eqplan.extension")[2].partition("Identifier:")[0]
    listed = check(result.returncode == 0 and entry != "",
                   "unopkg list --bundled names org.eqplan.extension")
    registered = check("is registered: yes" in entry and "is registered: no" not in entry,
                       "unopkg says it and its components are registered")
    if not (listed and registered):
        print(listing[-3000:])


def office_has_the_deck(args, extensions, work):
    """Starts a headless office on a fresh profile with the staged bundled extensions and asks it,
    over Python-UNO, for the extension's panel factory and its deck."""
    sys.path.append(args.program_dir)
    import uno  # noqa: E402  (LibreOffice's Python bridge, python3-uno)
    from com.sun.star.beans import PropertyValue  # noqa: E402

    pipe = f"eqplan-install-test-{os.getpid()}"
    soffice = Path(args.program_dir) / "soffice"
    office = subprocess.Popen(
        [str(soffice), "--headless", "--invisible", "--norestore", "--nologo",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"] +
        bootstrap_arguments(extensions, work / "office-profile"),
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
        context = None
        deadline = time.monotonic() + 90
        while context is None and time.monotonic() < deadline and office.poll() is None:
            try:
                context = resolver.resolve(
                    f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            except Exception:  # not listening yet
                time.sleep(0.3)
        if not check(context is not None, "a LibreOffice with the staged bundled extensions starts"):
            return
        manager = context.ServiceManager
        factory = manager.createInstanceWithContext("org.eqplan.sidebar.PanelFactory", context)
        check(factory is not None, "the office creates org.eqplan.sidebar.PanelFactory")
        provider = manager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", context)
        node = PropertyValue()
        node.Name = "nodepath"
        node.Value = "/org.openoffice.Office.UI.Sidebar/Content/DeckList"
        decks = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", (node,))
        check(decks.hasByName("EqplanDeck"), "the sidebar's configuration has the EqplanDeck")
        try:
            manager.createInstanceWithContext("com.sun.star.frame.Desktop", context).terminate()
        except Exception:  # the bridge goes away as the office ends
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()


def main():
    parser = argparse.ArgumentParser()
    for option in ["--build", "--cmake", "--plan", "--expected", "--program-dir", "--extensions-dir"]:
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    staging = Path(tempfile.mkdtemp(prefix="install-test-"))
    try:
        if install(args, staging):
            installed_cli_reads_the_plan(args, staging)
            extensions = staging / args.extensions_dir.lstrip("/")
            work = staging / "work"
            work.mkdir()
            unopkg_lists_the_bundled_extension(args, extensions, work)
            office_has_the_deck(args, extensions, work)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("the staged install works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
