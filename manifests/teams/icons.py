#!/usr/bin/env python3
"""Draws Doorway's Teams icons with the standard library only.

color.png   192x192, an open door in white on Doorway's accent colour
outline.png  32x32, the same door in white on a transparent background

Run from this folder: python3 icons.py
"""
import struct
import zlib

ACCENT = (0x1F, 0x5C, 0x99)
WHITE = (0xFF, 0xFF, 0xFF)


def inside(polygon, x, y):
    """Even-odd rule: is the point (x, y) inside the polygon?"""
    hit = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def door(size):
    """The shapes, in a 0..1 square: the frame (a ring), the leaf swung open and the handle."""
    frame_outer = [(0.30, 0.16), (0.76, 0.16), (0.76, 0.86), (0.30, 0.86)]
    frame_inner = [(0.37, 0.23), (0.69, 0.23), (0.69, 0.86), (0.37, 0.86)]
    leaf = [(0.37, 0.23), (0.58, 0.30), (0.58, 0.93), (0.37, 0.86)]
    ground = [(0.18, 0.86), (0.88, 0.86), (0.88, 0.90), (0.18, 0.90)]

    def white(x, y):
        u, v = x / size, y / size
        in_frame = inside(frame_outer, u, v) and not inside(frame_inner, u, v)
        in_leaf = inside(leaf, u, v) and not (0.045 ** 2 > (u - 0.53) ** 2 + (v - 0.58) ** 2)
        return in_frame or in_leaf or inside(ground, u, v)

    return white


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
                  + chunk(b"IEND", b""))


def color_icon():
    size, samples = 192, 4
    white = door(size)
    def pixel(x, y):
        hits = sum(white(x + (i + 0.5) / samples, y + (j + 0.5) / samples)
                   for i in range(samples) for j in range(samples))
        share = hits / samples ** 2
        return tuple(round(a + (w - a) * share) for a, w in zip(ACCENT, WHITE)) + (255,)
    png("color.png", size, pixel)


def outline_icon():
    size = 32
    white = door(size)
    png("outline.png", size, lambda x, y: WHITE + (255,) if white(x + 0.5, y + 0.5) else (0, 0, 0, 0))


if __name__ == "__main__":
    color_icon()
    outline_icon()
