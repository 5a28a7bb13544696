"""PNG encoding with the standard library only, for the screenshot and the extension's icons."""

import struct
import zlib

RGB = 2   # colour type: 8-bit red, green, blue
RGBA = 6  # colour type: 8-bit red, green, blue, alpha


def encode(rows, width, colour_type, level=6):
    """A PNG file (8-bit samples, no interlacing) of `rows`, each the bytes of one row."""

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 (none) on every row
    header = struct.pack(">IIBBBBB", width, len(rows), 8, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, level))
        + chunk(b"IEND", b"")
    )
