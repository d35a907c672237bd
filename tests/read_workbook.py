"""Reads a workbook back with openpyxl, as a spreadsheet program would, and
prints what the tests compare: the sheet names; per sheet its frozen pane,
filter, paper, orientation and repeated rows; the number format of each
column of the sheet "Semua" (from its first body); the fill of each
qualification; then every row of "Semua" as CSV, numbers as Python floats
("94.0"), empty cells empty.

Run with Debian's /usr/bin/python3 (python3-openpyxl):
    read_workbook.py peringkat-2024.xlsx
"""
import csv
import sys

import openpyxl


def main(path):
    wb = openpyxl.load_workbook(path)
    print("sheets: " + "|".join(wb.sheetnames))
    for ws in wb:
        setup = ws.page_setup
        print("%s: freeze=%s filter=%s paper=%s %s titles=%s" % (
            ws.title, ws.freeze_panes, ws.auto_filter.ref, setup.paperSize,
            setup.orientation, ws.print_title_rows))
    ws = wb["Semua"]
    rows = list(ws.iter_rows())
    print("formats: " + "|".join(c.number_format for c in rows[1]))
    band_col = [c.value for c in rows[0]].index("Kualifikasi")
    fills = {}
    for row in rows[1:]:
        cell = row[band_col]
        fills.setdefault(cell.value, cell.fill.fgColor.rgb)
    print("fills: " + "|".join("%s=%s" % kv for kv in fills.items()))
    out = csv.writer(sys.stdout, lineterminator="\n")
    for row in rows:
        out.writerow(["" if c.value is None
                      else repr(float(c.value)) if isinstance(c.value, (int, float))
                      else c.value for c in row])


if __name__ == "__main__":
    main(sys.argv[1])
