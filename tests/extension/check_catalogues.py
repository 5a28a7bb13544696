#!/usr/bin/env python3
"""The deck's string catalogues agree with the code: every key UiStrings.hpp names has its words in
British English (the default catalogue), the default has no word the code never shows, and each
translation gives only known keys, with the same placeholders and at most one accelerator (~).
Every message key of the bridge's sources is in UiStrings.hpp, and where a source gives its English
(keyed("key", "words {0}")) the default catalogue has those words exactly, as the CLI prints them.
So with core's sources (--core): every key they give keyed() — the checks' findings, fixes and the
words those are made of — is in UiStrings.hpp, with the English the CLI and `check --json` print.
The words of the schemas (--schemas layouts.json: each aim, characteristic, field and rating) have
their keys, "aim.<id>", "characteristic.<id>", "field.<id>", "status.<id>", with the schema's
label as their British English, word for word. A translation named --complete has words for every
key. Exits 1 and says what is wrong, otherwise prints what it checked."""
import argparse
import json
import pathlib
import re
import sys

LITERAL = r'"(?:[^"\\\n]|\\.)*"'
# The kinds of schema words and where layouts.json lists them.
SCHEMA_WORDS = {'aim': ('aims',), 'characteristic': ('characteristics',), 'field': ('fields',),
                'status': ('statuses', 'ratings')}


def cpp_string(literals):
    """The text of adjacent C++ string literals ("a " "b"), escapes decoded."""
    out = b''
    for literal in re.findall(LITERAL, literals):
        body = literal[1:-1].encode('utf-8')
        out += re.sub(rb'\\(x[0-9a-fA-F]{2}|.)',
                      lambda m: bytes([int(m.group(1)[1:], 16)]) if m.group(1)[:1] == b'x'
                      else {b'n': b'\n', b't': b'\t'}.get(m.group(1), m.group(1)), body)
    return out.decode('utf-8')


def bridge_english(sources):
    """Each key's English as the sources give it: {key: {english: [file, ...]}}. keyed() with a
    literal key, the read-only error whose key readOnlyKey() picks by the action, the fields places
    are named by, and the titles of the checks' rules."""
    english = {}
    for source in sources:
        text = source.read_text(encoding='utf-8')
        for key, literals in re.findall(r'keyed\(\s*"([\w.-]+)",\s*((?:' + LITERAL + r'\s*)+)', text):
            english.setdefault(key, {}).setdefault(cpp_string(literals), []).append(source.name)
        for pattern in re.findall(r'keyed\(readOnlyKey\(\w+\),\s*((?:' + LITERAL + r'\s*)+)', text):
            for action, key in re.findall(r'\{"([^"]+)", "(error\w+)"\}', text):
                english.setdefault(key, {}).setdefault(
                    cpp_string(pattern).replace('{0}', action), []).append(source.name)
        # The fields places are named by (PublishPlaces.cpp): {&Objective::field, "placeKey", "words"}.
        for key, literals in re.findall(r'\{&Objective::\w+,\s*"(place[A-Z]\w*)",\s*((?:' + LITERAL + r'\s*)+)\}', text):
            english.setdefault(key, {}).setdefault(cpp_string(literals), []).append(source.name)
        # The checks' registry: {"rule.id", "ruleKey", "Its title", ...}.
        for key, literals in re.findall(r'\{"[\w.-]+",\s*"(rule[A-Z]\w*)",\s*((?:' + LITERAL + r'\s*)+),', text):
            english.setdefault(key, {}).setdefault(cpp_string(literals), []).append(source.name)
    return english


def schema_words(path):
    """{"aim.eliminate": "Eliminate discrimination, harassment and victimisation", ...}: the key and
    label of every entry of layouts.json the deck says by its id."""
    layout = json.loads(path.read_text(encoding='utf-8'))
    words = {}
    for kind, where in SCHEMA_WORDS.items():
        entries = layout
        for name in where:
            entries = entries[name]
        for entry in entries:
            words[f'{kind}.{entry["id"]}'] = entry['label']
    return words


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
    # Sources of core whose keyed() Messages the deck words (the checks): the same, every key.
    parser.add_argument('--core', nargs='*', default=[], type=pathlib.Path)
    # schemas/layouts.json: its words are keyed by their ids.
    parser.add_argument('--schemas', type=pathlib.Path)
    # Translations that must have words for every key (file names, as eqplan_cy.properties).
    parser.add_argument('--complete', nargs='*', default=[])
    args = parser.parse_args()

    header = args.header.read_text(encoding='utf-8')
    keys = re.findall(r'inline constexpr Text (\w+)\{"(\w+)"\};', header)
    problems = [f'UiStrings.hpp: {name} has the key "{key}"' for name, key in keys if name != key]
    keys = {key for _, key in keys}
    schema = schema_words(args.schemas) if args.schemas else {}
    if args.schemas and len(schema) < 30:
        problems.append(f'only {len(schema)} words found in {args.schemas.name}: was it read right?')
    bridge_keys = set()
    for source in args.bridge:
        for key in re.findall(r'"((?:undo|error)[A-Z]\w*)"', source.read_text(encoding='utf-8')):
            bridge_keys.add(key)
            if key not in keys:
                problems.append(f'{source.name} gives the message key "{key}", which UiStrings.hpp lacks')
    core_english = bridge_english(args.core)
    for key, words in sorted(core_english.items()):
        bridge_keys.add(key)
        if key not in keys and key not in schema:
            problems.append(f'{", ".join(sorted({f for fs in words.values() for f in fs}))} gives '
                            f'the message key "{key}", which UiStrings.hpp lacks')
    if args.core and len(core_english) < 100:
        problems.append(f'only {len(core_english)} keyed messages found in core: was it read right?')
    english = bridge_english(args.bridge + args.core)
    if len(keys) < 50:
        problems.append(f'UiStrings.hpp names only {len(keys)} keys: was it read right?')

    default = read_catalogue(args.catalogues / 'eqplan_en_GB.properties')
    problems += [f'eqplan_en_GB.properties has no words for "{key}"'
                 for key in sorted(keys - default.keys())]
    problems += [f'eqplan_en_GB.properties has "{key}", which the code never shows'
                 for key in sorted(default.keys() - keys - schema.keys())]
    for key, label in sorted(schema.items()):
        if key not in default:
            problems.append(f'eqplan_en_GB.properties has no words for {args.schemas.name}\'s "{key}"')
        elif default[key] != label:
            problems.append(f'eqplan_en_GB.properties: "{key}" is "{default[key]}", but '
                            f'{args.schemas.name} says "{label}"')

    for key, words in sorted(english.items()):
        if len(words) > 1:
            problems.append(f'the sources give "{key}" different English: ' +
                            ' / '.join(f'{w!r} ({", ".join(sorted(set(f)))})' for w, f in words.items()))
        elif key in default and next(iter(words)) != default[key]:
            problems.append(f'eqplan_en_GB.properties: "{key}" is "{default[key]}", but '
                            f'{", ".join(sorted(set(next(iter(words.values())))))} says '
                            f'"{next(iter(words))}"')
    if args.bridge and len(english) < 40:
        problems.append(f'only {len(english)} keyed messages found in the bridge: was it read right?')

    translations = sorted(p for p in args.catalogues.glob('eqplan_*.properties')
                          if p.name != 'eqplan_en_GB.properties')
    for path in translations:
        words = read_catalogue(path)
        if path.name in args.complete:
            problems += [f'{path.name} has no words for "{key}"' for key in sorted(default.keys() - words.keys())]
        else:
            problems += [f'{path.name} has no words for the bridge\'s "{key}"'
                         for key in sorted(bridge_keys - words.keys())]
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
    print(f'{len(keys)} keys and {len(schema)} words of the schemas, all in British English; '
          f'{len(bridge_keys)} message keys in '
          f'{len(args.bridge)} bridge and {len(args.core)} core sources, {len(english)} with their '
          f'English as the CLI says it; '
          f'{len(translations)} translation(s) checked: {", ".join(p.name for p in translations)}'
          f' (complete: {", ".join(args.complete) or "none required"})')
    return 0


if __name__ == '__main__':
    sys.exit(main())
