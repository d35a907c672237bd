"""Reads the scores template of `anugerah init` back with openpyxl, as a
spreadsheet program would, and prints what the tests compare: the sheet
names, the first sheet's header and row count, its frozen pane, each data
validation (type, operator, formulas, cells, blanks allowed, error shown,
error title), then the rows of the sheet "Kategori".

Run with Debian's /usr/bin/python3 (python3-openpyxl):
    read_kit_workbook.py nilai-2024.xlsx
"""
import sys

import openpyxl


def main(path):
    wb = openpyxl.load_workbook(path)
    print("sheets: " + "|".join(wb.sheetnames))
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    print("header: " + "|".join(rows[0]))
    print("rows: %d" % (len(rows) - 1))
    print("freeze: %s" % ws.freeze_panes)
    for dv in ws.data_validations.dataValidation:
        print("validation: %s %s %s %s %s blank=%s error=%s %s" % (
            dv.type, dv.operator, dv.formula1, dv.formula2, dv.sqref,
            dv.allow_blank, dv.showErrorMessage, dv.errorTitle))
    for row in wb["Kategori"].iter_rows(values_only=True):
        print("kategori: " + "|".join(row))


if __name__ == "__main__":
    main(sys.argv[1])
