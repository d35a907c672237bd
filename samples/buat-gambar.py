#!/usr/bin/env python3
"""Draws the images of the sample rounds into samples/gambar/.

The emblems, the signature and the seal of the samples are drawn here, from
shapes, so that no real emblem, signature or stamp is copied into the
project: a provincial-style emblem (lambang-provinsi.png), the commission's
logo (logo-komisi.png), a signature (tanda-tangan.png) and a seal
(stempel.png).  Every image is RGBA with a transparent background.

Only the standard library is used (zlib and struct write the PNG files).
The PNG files are committed, so a build needs no Python; `make
sample-images` runs this again.

Shapes are filled with the nonzero winding rule, eight samples per pixel
row and exact coverage along the row, so edges are smooth.
"""

import math
import os
import struct
import sys
import zlib

SUB = 8  # samples per pixel, vertically


class Canvas:
    """An RGBA picture, floats 0..1, premultiplied, transparent at first."""

    def __init__(self, width, height):
        self.w = width
        self.h = height
        self.px = [[0.0, 0.0, 0.0, 0.0] for _ in range(width * height)]

    def coverage(self, contours):
        """How much of each pixel the contours cover (nonzero rule)."""
        cov = [0.0] * (self.w * self.h)
        rows = {}
        for contour in contours:
            n = len(contour)
            for i in range(n):
                x0, y0 = contour[i]
                x1, y1 = contour[(i + 1) % n]
                if y0 == y1:
                    continue
                direction = 1 if y1 > y0 else -1
                lo, hi = min(y0, y1), max(y0, y1)
                first = max(0, math.ceil(lo * SUB - 0.5))
                last = min(self.h * SUB - 1, math.ceil(hi * SUB - 0.5) - 1)
                for r in range(first, last + 1):
                    rows.setdefault(r, []).append((x0, y0, x1, y1, direction))
        for r, edges in rows.items():
            y = (r + 0.5) / SUB
            hits = []
            for x0, y0, x1, y1, direction in edges:
                x = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
                hits.append((x, direction))
            hits.sort()
            winding = 0
            start = 0.0
            row = (r // SUB) * self.w
            for x, direction in hits:
                before = winding
                winding += direction
                if before == 0 and winding != 0:
                    start = x
                elif before != 0 and winding == 0:
                    self._span(cov, row, start, x)
        return cov

    def _span(self, cov, row, x0, x1):
        x0 = max(0.0, x0)
        x1 = min(float(self.w), x1)
        if x1 <= x0:
            return
        a, b = int(x0), int(x1)
        share = 1.0 / SUB
        if a == b:
            cov[row + a] += (x1 - x0) * share
            return
        cov[row + a] += (a + 1 - x0) * share
        for i in range(a + 1, min(b, self.w)):
            cov[row + i] += share
        if b < self.w:
            cov[row + b] += (x1 - b) * share

    def fill(self, contours, colour, clip=None):
        """Paints the contours in colour (r, g, b, a, each 0..255) over the
        picture; clip, a coverage, limits the paint."""
        cov = self.coverage(contours)
        r, g, b, a = (c / 255.0 for c in colour)
        for i, c in enumerate(cov):
            if clip is not None:
                c *= clip[i]
            if c <= 0.0:
                continue
            c = min(c, 1.0) * a
            p = self.px[i]
            keep = 1.0 - c
            p[0] = r * c + p[0] * keep
            p[1] = g * c + p[1] * keep
            p[2] = b * c + p[2] * keep
            p[3] = c + p[3] * keep

    def save(self, path):
        raw = bytearray()
        for y in range(self.h):
            raw.append(0)  # no filter
            for x in range(self.w):
                r, g, b, a = self.px[y * self.w + x]
                if a <= 0.0:
                    raw += b"\0\0\0\0"
                    continue
                raw += bytes(
                    (
                        round(min(1.0, r / a) * 255),
                        round(min(1.0, g / a) * 255),
                        round(min(1.0, b / a) * 255),
                        round(min(1.0, a) * 255),
                    )
                )

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        png = b"\x89PNG\r\n\x1a\n"
        png += chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 6, 0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        png += chunk(b"IEND", b"")
        with open(path, "wb") as f:
            f.write(png)
        return len(png)


# Shapes: lists of (x, y) points; counter-clockwise on screen for a hole.


def circle(cx, cy, r, steps=160, reverse=False):
    pts = [
        (cx + r * math.cos(2 * math.pi * i / steps), cy + r * math.sin(2 * math.pi * i / steps))
        for i in range(steps)
    ]
    return pts[::-1] if reverse else pts


def ring(cx, cy, r_out, r_in):
    return [circle(cx, cy, r_out), circle(cx, cy, r_in, reverse=True)]


def star(cx, cy, r_out, r_in, points=5, turn=-math.pi / 2):
    pts = []
    for i in range(points * 2):
        r = r_out if i % 2 == 0 else r_in
        t = turn + math.pi * i / points
        pts.append((cx + r * math.cos(t), cy + r * math.sin(t)))
    return pts


def rect(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def oriented(points):
    """The points clockwise on screen (positive area with y down)."""
    area = 0.0
    for i in range(len(points)):
        x0, y0 = points[i]
        x1, y1 = points[(i + 1) % len(points)]
        area += x0 * y1 - x1 * y0
    return points if area >= 0 else points[::-1]


def stroke(path, widths):
    """A line along path, widths[i] thick at path[i], with round joints:
    one quad per segment and one disc per point (joined by nonzero)."""
    shapes = []
    for i in range(len(path) - 1):
        (x0, y0), (x1, y1) = path[i], path[i + 1]
        dx, dy = x1 - x0, y1 - y0
        length = math.hypot(dx, dy)
        if length == 0:
            continue
        nx, ny = -dy / length, dx / length
        w0, w1 = widths[i] / 2, widths[i + 1] / 2
        shapes.append(
            oriented(
                [
                    (x0 + nx * w0, y0 + ny * w0),
                    (x1 + nx * w1, y1 + ny * w1),
                    (x1 - nx * w1, y1 - ny * w1),
                    (x0 - nx * w0, y0 - ny * w0),
                ]
            )
        )
    for (x, y), w in zip(path, widths):
        shapes.append(circle(x, y, w / 2, steps=14))
    return shapes


def catmull_rom(points, steps=12):
    """A smooth curve through the points."""
    out = []
    pts = [points[0]] + points + [points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in range(2)
                )
            )
    out.append(points[-1])
    return out


# The pictures.

GOLD = (212, 160, 23, 255)
DARK_GOLD = (150, 105, 10, 255)
GREEN = (22, 110, 58, 255)
BLUE = (30, 80, 160, 255)
WHITE = (255, 255, 255, 255)
RED = (190, 30, 45, 255)


def shield(cx, top, half_width, shoulder, bottom, inset=0.0):
    """A pentagon shield: flat top with cut corners, straight sides down to
    the shoulder, then a curve to the point at the bottom."""
    w = half_width - inset
    t = top + inset
    cut = 10 - inset * 0.4
    pts = [(cx - w + cut, t), (cx + w - cut, t), (cx + w, t + cut), (cx + w, shoulder)]
    tip = bottom - inset * 1.4
    steps = 24
    for i in range(1, steps):  # right side down to the tip, bulging outwards
        s = i / steps
        x = cx + w * (1 - s) ** 1.35
        y = shoulder + (tip - shoulder) * math.sin(s * math.pi / 2)
        pts.append((x, y))
    pts.append((cx, tip))
    for i in range(steps - 1, 0, -1):
        s = i / steps
        x = cx - w * (1 - s) ** 1.35
        y = shoulder + (tip - shoulder) * math.sin(s * math.pi / 2)
        pts.append((x, y))
    pts += [(cx - w, shoulder), (cx - w, t + cut)]
    return pts


def emblem(path):
    """A provincial-style emblem: a gold-edged green shield with a star, a
    domed hall, the sea in bands, and a red ribbon with a white stripe."""
    c = Canvas(200, 240)
    cx = 100
    outer = [shield(cx, 6, 88, 120, 226)]
    c.fill(outer, DARK_GOLD)
    c.fill([shield(cx, 6, 88, 120, 226, inset=3)], GOLD)
    inner = [shield(cx, 6, 88, 120, 226, inset=10)]
    c.fill(inner, GREEN)
    clip = c.coverage(inner)
    # the sky behind the star
    c.fill([rect(0, 0, 200, 84)], (35, 135, 75, 255), clip)
    c.fill([star(cx, 46, 30, 12)], GOLD)
    c.fill([star(cx, 46, 17, 7)], (250, 215, 90, 255))
    # a domed hall on the shore
    c.fill([rect(70, 112, 130, 140)], WHITE)
    c.fill([circle(cx, 112, 22, steps=120)], WHITE, c.coverage([rect(0, 0, 200, 112)]))
    c.fill([rect(98, 80, 102, 92)], GOLD)
    for x in (78, 92, 106, 120):
        c.fill([rect(x - 2, 120, x + 2, 140)], GREEN)
    # the sea: blue and white bands
    for i, y in enumerate(range(140, 230, 12)):
        c.fill([rect(0, y, 200, y + 12)], BLUE if i % 2 == 0 else (235, 242, 250, 255), clip)
    # the ribbon across the point
    c.fill([[(18, 184), (182, 184), (172, 196), (182, 208), (18, 208), (28, 196)]], RED)
    c.fill([rect(20, 194, 180, 198)], WHITE,
           c.coverage([[(18, 184), (182, 184), (172, 196), (182, 208), (18, 208), (28, 196)]]))
    return c.save(path)


def logo(path):
    """The commission's logo: a blue disc with a white ring, an "i" and an
    open book."""
    c = Canvas(200, 200)
    c.fill([circle(100, 100, 96)], BLUE)
    c.fill(ring(100, 100, 88, 83), WHITE)
    c.fill([circle(100, 54, 13)], (250, 200, 40, 255))
    # the stem of the "i", rounded at both ends
    c.fill([rect(91, 76, 109, 124), circle(100, 76, 9), circle(100, 124, 9)], WHITE)
    # the open book: two pages meeting at the spine
    left = [(100, 146), (46, 130), (46, 108), (100, 124)]
    right = [(100, 146), (154, 130), (154, 108), (100, 124)]
    c.fill([oriented(left), oriented(right)], WHITE)
    c.fill([oriented([(100, 146), (42, 130), (42, 136), (100, 153)]),
            oriented([(100, 146), (158, 130), (158, 136), (100, 153)])], (250, 200, 40, 255))
    for k in range(3):  # lines of text on the pages
        y = 116 + k * 6
        c.fill([oriented([(56, y - 5), (92, y + 5), (92, y + 7), (56, y - 3)]),
                oriented([(144, y - 5), (108, y + 5), (108, y + 7), (144, y - 3)])],
               (150, 175, 215, 255))
    return c.save(path)


def signature(path):
    """A signature: a tall first letter, a run of cursive loops (a prolate
    cycloid, each loop a little different), and a flourish under it, in
    one dark-blue stroke that is thinner where the pen starts and ends."""
    c = Canvas(300, 120)
    lead = [(16, 88), (26, 54), (40, 16), (46, 22), (38, 60), (32, 92), (40, 84), (50, 64)]
    pts = catmull_rom(lead, steps=10)
    loops = 5
    steps = loops * 40
    x0, y0 = pts[-1]
    for i in range(1, steps + 1):
        s = math.pi + 2 * math.pi * loops * i / steps
        size = 1.0 + 0.18 * math.sin(s * 0.7) - 0.25 * i / steps
        x = x0 + 5.0 * (s - math.pi) - 13 * size * math.sin(s)
        y = y0 - 15 - 15 * size * math.cos(s) + 4 * i / steps
        pts.append((x, y))
    xe, ye = pts[-1]
    tail = [(xe, ye), (xe + 12, ye - 22), (xe + 18, ye - 30), (xe + 14, ye + 4),
            (xe + 30, ye + 16), (xe + 34, ye + 28), (210, 104), (120, 100), (54, 104), (30, 112)]
    pts += catmull_rom(tail, steps=10)[1:]
    n = len(pts)
    widths = [
        1.4 + 2.8 * math.sin(math.pi * i / (n - 1)) ** 0.5 * (0.8 + 0.2 * math.sin(i * 0.13))
        for i in range(n)
    ]
    c.fill(stroke(pts, widths), (20, 35, 110, 255))
    return c.save(path)


def seal(path):
    """A round stamp: two circles, a ring of marks between them where the
    wording would be, and a star, in translucent violet ink."""
    c = Canvas(220, 220)
    ink = (80, 50, 160, 185)
    shapes = ring(110, 110, 104, 97) + ring(110, 110, 72, 68)
    marks = 44
    for i in range(marks):
        t = 2 * math.pi * i / marks
        if abs(math.sin((t + math.pi / 2) / 2)) < 0.2:  # a gap at the top
            continue
        r0, r1, half = 76, 92, 0.035
        shapes.append(
            oriented(
                [
                    (110 + r0 * math.cos(t - half), 110 + r0 * math.sin(t - half)),
                    (110 + r1 * math.cos(t - half), 110 + r1 * math.sin(t - half)),
                    (110 + r1 * math.cos(t + half), 110 + r1 * math.sin(t + half)),
                    (110 + r0 * math.cos(t + half), 110 + r0 * math.sin(t + half)),
                ]
            )
        )
    shapes.append(oriented(star(110, 112, 44, 18)))
    shapes += [circle(110 + 84 * math.cos(a), 110 + 84 * math.sin(a), 4)
               for a in (-math.pi / 2 - 0.3, -math.pi / 2 + 0.3)]
    c.fill(shapes, ink)
    return c.save(path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "gambar")
    os.makedirs(out, exist_ok=True)
    for name, draw in (
        ("lambang-provinsi.png", emblem),
        ("logo-komisi.png", logo),
        ("tanda-tangan.png", signature),
        ("stempel.png", seal),
    ):
        size = draw(os.path.join(out, name))
        print(f"{os.path.join(out, name)}: {size} bita")


if __name__ == "__main__":
    main()
