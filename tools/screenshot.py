#!/usr/bin/env python3
"""Saves what the X display ($DISPLAY) shows as a PNG file, and as a binary PPM (P6) file too
where a second file is named: a program that reads the pixels (a test of colours) needs no PNG
decoder.

    screenshot.py OUT.png [OUT.ppm]

Xlib through ctypes and zlib for the PNG: nothing to install beyond libX11, which any X display
(Xvfb included) brings along.
"""

import ctypes
import ctypes.util
import sys
from png import RGB, encode  # tools/png.py, beside this script

Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(~0 & 0xFFFFFFFFFFFFFFFF)
LSB_FIRST = 0


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, up to the colour masks: all that is read here.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.POINTER(ctypes.c_ubyte)),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
        ("red_mask", ctypes.c_ulong),
        ("green_mask", ctypes.c_ulong),
        ("blue_mask", ctypes.c_ulong),
    ]


def load_xlib():
    xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XDefaultScreen.argtypes = [ctypes.c_void_p]
    xlib.XRootWindow.restype = ctypes.c_ulong
    xlib.XRootWindow.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xlib.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xlib.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xlib.XGetImage.restype = ctypes.POINTER(XImage)
    xlib.XGetImage.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
    ]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return xlib


def shift_of(mask):
    """The position of a colour mask's lowest bit, and its width in bits."""
    shift = 0
    while mask and not mask & 1:
        mask >>= 1
        shift += 1
    width = 0
    while mask & 1:
        mask >>= 1
        width += 1
    return shift, width


def rgb_rows(image):
    """The image's rows as RGB bytes."""
    width, height, stride = image.width, image.height, image.bytes_per_line
    data = ctypes.string_at(image.data, stride * height)
    masks = (image.red_mask, image.green_mask, image.blue_mask)
    rows = []
    if (
        image.bits_per_pixel == 32
        and image.byte_order == LSB_FIRST
        and masks == (0xFF0000, 0x00FF00, 0x0000FF)
    ):
        # The usual 24-bit display: B, G, R, unused in each 4 bytes; slicing is fast.
        for y in range(height):
            row = data[y * stride : y * stride + width * 4]
            rgb = bytearray(width * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = row[2::4], row[1::4], row[0::4]
            rows.append(bytes(rgb))
        return rows
    # Anything else, pixel by pixel through the masks.
    size = image.bits_per_pixel // 8
    if size not in (2, 3, 4):
        raise SystemExit(f"screenshot.py: {image.bits_per_pixel} bits per pixel is not supported")
    order = "little" if image.byte_order == LSB_FIRST else "big"
    channels = [shift_of(mask) for mask in masks]
    for y in range(height):
        rgb = bytearray()
        for x in range(width):
            start = y * stride + x * size
            pixel = int.from_bytes(data[start : start + size], order)
            for shift, bits in channels:
                value = (pixel >> shift) & ((1 << bits) - 1)
                rgb.append(value * 255 // ((1 << bits) - 1) if bits else 0)
        rows.append(bytes(rgb))
    return rows


def png(rows, width):
    return encode(rows, width, RGB)


def main(argv):
    if len(argv) not in (2, 3):
        print("usage: screenshot.py OUT.png [OUT.ppm]", file=sys.stderr)
        return 2
    xlib = load_xlib()
    display = xlib.XOpenDisplay(None)
    if not display:
        print("screenshot.py: cannot open the X display (is DISPLAY set?)", file=sys.stderr)
        return 1
    screen = xlib.XDefaultScreen(display)
    width, height = xlib.XDisplayWidth(display, screen), xlib.XDisplayHeight(display, screen)
    root = xlib.XRootWindow(display, screen)
    image = xlib.XGetImage(display, root, 0, 0, width, height, ALL_PLANES, Z_PIXMAP)
    if not image:
        print("screenshot.py: the X server gave no image of the screen", file=sys.stderr)
        return 1
    rows = rgb_rows(image.contents)
    xlib.XCloseDisplay(display)
    with open(argv[1], "wb") as out:
        out.write(png(rows, width))
    if len(argv) == 3:
        with open(argv[2], "wb") as out:
            out.write(b"P6\n%d %d\n255\n" % (width, height))
            out.write(b"".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
