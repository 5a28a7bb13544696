#!/usr/bin/env python3
"""Writes a string catalogue as LibreOffice reads it: ISO 8859-1 with every other character as a
\\uXXXX escape (what Java's native2ascii does). The catalogues are kept in UTF-8 so that a
translator can read and edit them; this runs at build time."""
import sys


def escaped(text):
    out = []
    for char in text:
        code = ord(char)
        if code < 0x80:
            out.append(char)
        elif code <= 0xFFFF:
            out.append('\\u%04x' % code)
        else:  # outside the BMP: a surrogate pair, as UTF-16 has it
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
    return ''.join(out)


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding='utf-8') as f:
        text = f.read()
    with open(target, 'w', encoding='ascii', newline='\n') as f:
        f.write(escaped(text))


if __name__ == '__main__':
    main()
