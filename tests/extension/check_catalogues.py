#!/usr/bin/env python3
"""The deck's string catalogues agree with the code: every key UiStrings.hpp names has its words in
British English (the default catalogue), the default has no word the code never shows, and each
translation gives only known keys, with the same placeholders and at most one accelerator (~).
Exits 1 and says what is wrong, otherwise prints what it checked."""
import argparse
import pathlib
import re
import sys


def read_catalogue(path):
    words = {}
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip() or line.lstrip().startswith(('#', '!')):
            continue
        key, separator, value = line.partition('=')
        if not separator:
            raise SystemExit(f'{path.name}:{number}: no "=" in "{line}"')
        if key.strip() in words:
            raise SystemExit(f'{path.name}:{number}: "{key.strip()}" is given twice')
        words[key.strip()] = value
    return words


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--header', required=True, type=pathlib.Path)
    parser.add_argument('--catalogues', required=True, type=pathlib.Path)
    # Sources of the bridge whose Messages the deck words: each key must be in the header.
    parser.add_argument('--bridge', nargs='*', default=[], type=pathlib.Path)
    args = parser.parse_args()

    header = args.header.read_text(encoding='utf-8')
    keys = re.findall(r'inline constexpr Text (\w+)\{"(\w+)"\};', header)
    problems = [f'UiStrings.hpp: {name} has the key "{key}"' for name, key in keys if name != key]
    keys = {key for _, key in keys}
    for source in args.bridge:
        for key in re.findall(r'\{"((?:undo|error)[A-Z]\w*)"', source.read_text(encoding='utf-8')):
            if key not in keys:
                problems.append(f'{source.name} gives the message key "{key}", which UiStrings.hpp lacks')
    if len(keys) < 50:
        problems.append(f'UiStrings.hpp names only {len(keys)} keys: was it read right?')

    default = read_catalogue(args.catalogues / 'eqplan_en_GB.properties')
    problems += [f'eqplan_en_GB.properties has no words for "{key}"'
                 for key in sorted(keys - default.keys())]
    problems += [f'eqplan_en_GB.properties has "{key}", which the code never shows'
                 for key in sorted(default.keys() - keys)]

    translations = sorted(p for p in args.catalogues.glob('eqplan_*.properties')
                          if p.name != 'eqplan_en_GB.properties')
    for path in translations:
        words = read_catalogue(path)
        for key, value in sorted(words.items()):
            if key not in default:
                problems.append(f'{path.name}: "{key}" is not a key of the default catalogue')
                continue
            expected = sorted(set(re.findall(r'\{\d\}', default[key])))
            if sorted(set(re.findall(r'\{\d\}', value))) != expected:
                problems.append(f'{path.name}: "{key}" must use the placeholders {expected}')
            if value.count('~') > 1:
                problems.append(f'{path.name}: "{key}" has more than one accelerator (~)')
    for key, value in default.items():
        if value.count('~') > 1:
            problems.append(f'eqplan_en_GB.properties: "{key}" has more than one accelerator (~)')

    if problems:
        print('\n'.join(problems))
        return 1
    print(f'{len(keys)} keys, all in British English; '
          f'{len(translations)} translation(s) checked: {", ".join(p.name for p in translations)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
