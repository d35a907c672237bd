"""Fills in a starting kit's scores templates as a clerk would, for
tests/test_xlsx.c: the workbook with openpyxl (scores typed as numbers,
the clerk's spreadsheet saving them as it does), the CSV template as
text, both from the same scores file (the 2022 sample's). A body of the
template the scores file does not list gets the status tidak_mengisi_saq.

Run with Debian's /usr/bin/python3 (python3-openpyxl):
    fill_kit.py KIT_FOLDER YEAR SCORES.csv
writes KIT_FOLDER/terisi.xlsx and KIT_FOLDER/terisi.csv.
"""
import csv
import sys

import openpyxl

KEPT = ("id", "nama", "kategori", "wilayah", "pimpinan")  # the template's own


def main(kit, year, scores):
    with open(scores, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    by_id = {r[rows[0].index("id")]: dict(zip(rows[0], r)) for r in rows[1:]}

    def values(header, body_id):
        """(column index, text) of what the clerk types on a body's row."""
        given = by_id.get(body_id)
        for i, name in enumerate(header):
            if given is None:
                if name == "status":
                    yield i, "tidak_mengisi_saq"
            elif name in given and name not in KEPT and given[name] != "":
                yield i, given[name]

    wb = openpyxl.load_workbook(f"{kit}/nilai-{year}.xlsx")
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for i, text in values(header, row[header.index("id")].value):
            try:
                row[i].value = float(text.replace(",", "."))
            except ValueError:
                row[i].value = text
    wb.save(f"{kit}/terisi.xlsx")

    with open(f"{kit}/nilai-{year}.csv", encoding="utf-8-sig", newline="") as f:
        template = list(csv.reader(f, delimiter=";"))
    for r in template[1:]:
        for i, text in values(template[0], r[template[0].index("id")]):
            r[i] = text
    with open(f"{kit}/terisi.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(template)


if __name__ == "__main__":
    main(*sys.argv[1:4])
