#!/usr/bin/env python3
"""Draws the extension's icons as PNG files, so that no binary file is kept in the repository.

    make_icons.py OUTPUT_DIR

writes OUTPUT_DIR/deck.png (the sidebar's tab) and OUTPUT_DIR/extension.png (the Extension
Manager's list). The glyph is a white equals sign on a purple rounded tile: "equality" at a glance,
legible at the tab bar's small size, and visible on light, dark and high-contrast backgrounds
alike, so one icon serves them all. Only the standard library is used (zlib and struct), so the
build needs nothing else.
"""

import sys
from pathlib import Path

# tools/png.py, shared with the screenshot script.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from png import RGBA, encode  # noqa: E402

SUPERSAMPLING = 4  # samples per pixel side: smooth edges without a drawing library

# Colours as (red, green, blue).
PURPLE = (0x5B, 0x2C, 0x83)  # the tile: dark enough for white bars to stand out on it
WHITE = (0xFF, 0xFF, 0xFF)


def inside_rounded_rect(x, y, left, top, right, bottom, radius):
    """Whether the point (x, y) lies in the rectangle with rounded corners."""
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def draw(size, tile, bars):
    """RGBA rows of an icon `size` pixels square: a tile of colour `tile` with the two bars of an
    equals sign in colour `bars`."""
    # Edges on whole pixels, so that the small icon stays sharp.
    margin = max(1, round(size * 0.06))
    radius = size * 0.2
    bar_left, bar_right = round(size * 0.24), round(size * 0.76)
    bar_height = max(2, round(size * 0.13))
    upper_top = round(size * 0.31)
    lower_top = round(size * 0.55)
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            tile_hits = bar_hits = 0
            for sy in range(SUPERSAMPLING):
                for sx in range(SUPERSAMPLING):
                    x = px + (sx + 0.5) / SUPERSAMPLING
                    y = py + (sy + 0.5) / SUPERSAMPLING
                    if inside_rounded_rect(
                        x, y, margin, margin, size - margin, size - margin, radius
                    ):
                        tile_hits += 1
                    for top in (upper_top, lower_top):
                        if inside_rounded_rect(
                            x, y, bar_left, top, bar_right, top + bar_height, bar_height * 0.3
                        ):
                            bar_hits += 1
            samples = SUPERSAMPLING**2
            bar_cover = bar_hits / samples
            alpha = max(tile_hits / samples, bar_cover)
            if alpha == 0:
                row += bytes((0, 0, 0, 0))
                continue
            colour = [round(t + (b - t) * bar_cover) for t, b in zip(tile, bars)]
            row += bytes(colour + [round(alpha * 255)])
        rows.append(bytes(row))
    return rows


def png(rows):
    """A PNG file (8-bit RGBA, no interlacing) of the rows."""
    return encode(rows, len(rows[0]) // 4, RGBA, 9)


def main(argv):
    if len(argv) != 2:
        print("usage: make_icons.py OUTPUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    # The sidebar's tab bar shows deck icons at their own size (the built-in ones are 24 px wide);
    # the Extension Manager shows 42 px icons.
    icons = {
        "deck.png": draw(24, PURPLE, WHITE),
        "extension.png": draw(42, PURPLE, WHITE),
    }
    for name, rows in icons.items():
        (out / name).write_bytes(png(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
