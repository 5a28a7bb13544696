#!/usr/bin/python3
"""Runs `eqplan COMMAND --json` on the FILEs and validates what it prints against a schema.

    validate_json.py --cli EQPLAN [--command inspect|check] --schema SCHEMA.json FILE...
    validate_json.py --schema SCHEMA.json --instance OUTPUT.json...


The FILEs are read in one run (one office), which prints a JSON line a file, each as `eqplan
COMMAND --json FILE` alone prints it. `inspect` is checked against plan.schema.json, `check`
against findings.schema.json (check exits 1 when it finds errors; that is a result, not a
failure). With --instance, each file is what a command printed (one JSON value a line),
validated as it is: the writing commands' --json.

Uses Debian's python3-jsonschema (Draft 2020-12, formats checked). Exits 1 with every error of
every file listed, 0 when all are valid.
"""

import argparse
import json
import subprocess
import sys

from jsonschema import Draft202012Validator, FormatChecker

TIME_LIMIT = 480  # seconds for the one run over every file, in one office


def errors_of_run(cli, command, validator, paths):
    """The problems with what `eqplan COMMAND --json PATH...` printed of each path (one run, one
    office, a JSON line a file in the order given), as lines by path; empty lists when valid."""
    try:
        run = subprocess.run([cli, command, "--json", *paths], capture_output=True, text=True,
                             timeout=TIME_LIMIT, check=False)
    except subprocess.TimeoutExpired:
        return {path: [f"eqplan did not finish within {TIME_LIMIT} s"] for path in paths}
    # check exits 1 when a plan has errors: a result, not a failure.
    if run.returncode not in ((0, 1) if command == "check" else (0,)):
        failure = f"eqplan exited with {run.returncode}: {run.stderr.strip()}"
    else:
        failure = None
    lines = run.stdout.splitlines()
    if len(lines) != len(paths):
        failure = (failure or "") + f" (printed {len(lines)} lines for {len(paths)} files)"
    errors = {}
    for path, line in zip(paths, lines + [""] * (len(paths) - len(lines))):
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            errors[path] = [f"eqplan printed no JSON ({error}): {line[:300]!r}"]
            continue
        # A file the run could not read is said as {"file", "exit", "error"}.
        if isinstance(value, dict) and set(value) == {"file", "exit", "error"}:
            errors[path] = [f"eqplan could not read it (exit {value['exit']}): {value['error']}"]
            continue
        errors[path] = [describe(error)
                        for error in sorted(validator.iter_errors(value), key=path_of)]
    if failure:
        for path in paths:
            errors[path].insert(0, failure)
    return errors


def errors_of_output(validator, path):
    """The problems with the JSON lines saved in `path`, as lines; empty when each is valid."""
    with open(path, encoding="utf-8") as output:
        lines = [line for line in output.read().splitlines() if line.strip()]
    if not lines:
        return ["no JSON in the file"]
    errors = []
    for number, line in enumerate(lines, 1):
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(f"line {number} is not JSON ({error}): {line[:300]!r}")
            continue
        errors += [f"line {number} {describe(error)}"
                   for error in sorted(validator.iter_errors(value), key=path_of)]
    return errors


def path_of(error):
    """The JSON pointer of the value an error is about."""
    return "/" + "/".join(str(part) for part in error.absolute_path)


def describe(error):
    """An error as text; for a failed oneOf/anyOf, with why each of its branches failed."""
    text = f"at {path_of(error)}: {error.message}"
    for reason in sorted(error.context, key=path_of):
        text += f"\n        branch {reason.schema_path[0]}, at {path_of(reason)}: {reason.message}"
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", help="the eqplan executable")
    parser.add_argument("--instance", action="store_true",
                        help="the files are saved JSON output, one value a line")
    parser.add_argument("--command", default="inspect", choices=["inspect", "check"])
    parser.add_argument("--schema", required=True, help="the schema its JSON must match")
    parser.add_argument("files", nargs="+", help="plan documents")
    arguments = parser.parse_args()
    if not arguments.instance and not arguments.cli:
        parser.error("give --cli EQPLAN, or --instance")

    with open(arguments.schema, encoding="utf-8") as schema_file:
        schema = json.load(schema_file)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())

    failed = 0
    run_errors = ({} if arguments.instance
                  else errors_of_run(arguments.cli, arguments.command, validator, arguments.files))
    for path in arguments.files:
        errors = (errors_of_output(validator, path) if arguments.instance
                  else run_errors[path])
        if errors:
            failed += 1
            print(f"FAIL {path}")
            for error in errors:
                print(f"    {error}")
        else:
            print(f"ok   {path}")
    print(f"{len(arguments.files) - failed} of {len(arguments.files)} files match "
          f"{arguments.schema}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
