#!/usr/bin/python3
"""Cuts the Liberation fonts of Debian's fonts-liberation2 down to the
characters of Windows-1252 (all that Indonesian text, accented Latin names,
typographic quotes and dashes need) and renames them "Anugerah Sans" and
"Anugerah Serif": the SIL Open Font License reserves the name "Liberation"
for unmodified fonts, and a subset is a modified font.

Without hinting the subset has no "cvt ", "fpgm" and "prep" tables, which
libharu 2.3.0 embeds as empty tables; an empty table that falls exactly on
its 8 KB stream boundary makes the PDF fail to save (libharu issue 305,
fixed in 2.4.4), for some documents, depending on the glyphs they use. So
each gets a minimal valid table: one control value of 0, and a program that
pushes a byte and pops it.

Usage: subset.py SOURCE_DIR OUT_DIR   (run by `make fonts`)
"""
import array
import sys

from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables import ttProgram

UNICODES = ("U+0020-007E,U+00A0-00FF,U+0152-0153,U+0160-0161,U+0178,U+017D-017E,"
            "U+0192,U+02C6,U+02DC,U+2013-2014,U+2018-201A,U+201C-201E,U+2020-2022,"
            "U+2026,U+2030,U+2039-203A,U+20AC,U+2122")
FONTS = [
    ("LiberationSans-Regular", "Anugerah Sans", "Regular"),
    ("LiberationSans-Bold", "Anugerah Sans", "Bold"),
    ("LiberationSerif-Regular", "Anugerah Serif", "Regular"),
    ("LiberationSerif-Bold", "Anugerah Serif", "Bold"),
]


def add_minimal_hinting_tables(font):
    cvt = newTable("cvt ")
    cvt.values = array.array("h", [0])
    font["cvt "] = cvt
    for tag in ("fpgm", "prep"):
        table = newTable(tag)
        table.program = ttProgram.Program()
        table.program.fromAssembly(["PUSHB[ ]", "0", "POP[ ]"])
        font[tag] = table


def main(source, out):
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    for src, family, style in FONTS:
        font = TTFont(f"{source}/{src}.ttf")
        sub = subset.Subsetter(options)
        sub.populate(unicodes=subset.parse_unicodes(UNICODES))
        sub.subset(font)
        add_minimal_hinting_tables(font)
        ps = family.replace(" ", "") + "-" + style
        full = f"{family} {style}" if style != "Regular" else family
        names = font["name"]
        # every PDF embeds the whole name table: only the copyright, the
        # names, the version and the licence stay (the trademark, vendor,
        # designer, description and their addresses go: ~0.7 KB a font)
        for rec in list(names.names):
            if rec.nameID not in (0, 2, 5, 13, 14):
                names.removeNames(nameID=rec.nameID)
        names.setName(family, 1, 3, 1, 0x409)
        names.setName(style, 2, 3, 1, 0x409)
        names.setName(f"{ps};subset of {src}", 3, 3, 1, 0x409)
        names.setName(full, 4, 3, 1, 0x409)
        names.setName(ps, 6, 3, 1, 0x409)
        font.save(f"{out}/{ps}.ttf")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
