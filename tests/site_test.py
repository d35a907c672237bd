#!/usr/bin/python3
"""The results site (situs/) in a real browser: headless Chromium driven by
Selenium, both from Debian.

Builds the hand round (tests/fixtures/hand; its figures are worked out in
tests/test_hand_round.c) into a temporary folder, opens situs/index.html
from disk and checks what a visitor meets: every body on the index and on
its own page with its score and rank, no console errors, the search, no
sideways scroll at 360 px, every link inside the folder, the verification
page on a genuine PDF and on the same file with one byte changed.  The
pages are also validated as HTML5 by tidy, and a round whose names hold
< > & " ' shows them as written.

    /usr/bin/python3 tests/site_test.py BUILD/anugerah [SCREENSHOT_DIR]

Prints one line per failure and 'N passed, M failed'; exits 1 on any
failure.
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAND = os.path.join(ROOT, "tests", "fixtures", "hand")

# Worked out by hand from tests/fixtures/hand/scores.csv (see the header
# of tests/test_hand_round.c): id, name, score, rank "R dari N" (N: every
# body of the category) or None for a body that did not return the SAQ.
BODIES = [
    ("OPD-A", "Dinas Komunikasi dan Informatika", "94,00", "1 dari 6"),
    ("OPD-C", "# Badan Perencanaan | Riset", "90,00", "2 dari 6"),
    ("OPD-B", "Dinas Kesehatan", "89,50", "3 dari 6"),
    ("OPD-D", "Dinas Pendidikan", "89,50", "3 dari 6"),
    ("OPD-E", "Dinas Sosial", "60,00", "5 dari 6"),
    ("OPD-F", "Dinas Pertanian", "\u2013", None),
    ("DESA-1", "Desa Sukamaju | Timur", "80,00", "1 dari 4"),
    ("DESA-2", "@grafik desa", "79,99", "2 dari 4"),
    ("DESA-3", "- Desa Strip", "40,00", "3 dari 4"),
    ("DESA-4", "# Desa Pagar", "39,99", "4 dari 4"),
    ("PARPOL-1", "Partai Miring \\ Barat", "72,50", "1 dari 2"),
    ("PARPOL-2", "| Partai Garis", "\u2013", None),
]
DESA = {"DESA-1", "DESA-2", "DESA-3", "DESA-4"}

# Files another part of the build is still to write; a link to one of
# them is only checked when the file is there.

passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what, flush=True)
    return ok


def build(anugerah, event, scores, out):
    r = subprocess.run([anugerah, "build", "--event", event, "--scores", scores,
                        "--out", out, "--quiet"], capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr)
        sys.exit("site_test: the build failed")


def validate(site):
    """Every page, as HTML5, by tidy (empty swatch spans are meant)."""
    pages = sorted(glob.glob(os.path.join(site, "*.html"))
                   + glob.glob(os.path.join(site, "badan", "*.html")))
    for page in pages:
        r = subprocess.run(["tidy", "-errors", "-q", "--drop-empty-elements", "no", page],
                           capture_output=True, text=True)
        check(r.returncode == 0, "tidy: %s: %s" % (os.path.relpath(page, site), r.stderr.strip()))
    return pages


def browser(profile):
    o = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
              "--window-size=1280,900"):
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)


def url(path):
    return "file://" + urllib.request.pathname2url(path)


def console_errors(d, where):
    for entry in d.get_log("browser"):
        check(entry.get("level") != "SEVERE", "console on %s: %s" % (where, entry.get("message")))


def visible_text(d, css):
    return [e.text for e in d.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]


def links_resolve(d, out, where):
    """Every link of the page that stays in the output folder names a file
    that is there."""
    hrefs = d.execute_script("return Array.from(document.querySelectorAll('a[href]'))"
                             ".map(function (a) { return a.href; });")
    for href in hrefs:
        u = urllib.parse.urlparse(href)
        if u.scheme != "file":
            check(False, "%s: a link leaves the folder: %s" % (where, href))
            continue
        path = os.path.realpath(urllib.request.url2pathname(u.path))
        if not path.startswith(os.path.realpath(out) + os.sep):
            check(False, "%s: a link leaves the folder: %s" % (where, href))
            continue
        check(os.path.isfile(path), "%s: broken link %s" % (where, href))
    return len(hrefs)


# WCAG 2 contrast of every piece of visible text against the background it
# sits on (the first ancestor with a background colour, blended over white
# when translucent): 4.5:1 for body text, 3:1 for large text (24 px, or
# 18.67 px bold).  Returns the failures as "text: ratio".
CONTRAST_JS = """
function rgba(s) {
  var m = s.match(/rgba?\\(([^)]*)\\)/);
  if (!m) return null;
  var p = m[1].split(',').map(parseFloat);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function over(top, under) {
  var a = top[3];
  return [0, 1, 2].map(function (i) { return top[i] * a + under[i] * (1 - a); }).concat([1]);
}
function background(el) {
  var stack = [];
  for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
    var c = rgba(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) { stack.push(c); if (c[3] >= 1) break; }
  }
  var bg = [255, 255, 255, 1];
  for (var i = stack.length - 1; i >= 0; i--) bg = over(stack[i], bg);
  return bg;
}
function lum(c) {
  var v = [0, 1, 2].map(function (i) {
    var x = c[i] / 255;
    return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}
var bad = [], seen = 0;
var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (var n = walk.nextNode(); n; n = walk.nextNode()) {
  if (!n.nodeValue.trim()) continue;
  var el = n.parentElement, st = getComputedStyle(el);
  if (!el.getClientRects().length || st.visibility === 'hidden') continue;
  seen++;
  var bg = background(el), fg = over(rgba(st.color), bg);
  var l1 = lum(fg), l2 = lum(bg);
  var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  var size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight, 10) >= 700;
  var need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
  if (ratio < need) bad.push(n.nodeValue.trim().slice(0, 40) + ': ' + ratio.toFixed(2));
}
return [seen, bad];
"""


def contrast(d, where):
    seen, bad = d.execute_script(CONTRAST_JS)
    check(seen > 0 and not bad, "%s: text below WCAG contrast (%d checked): %r"
          % (where, seen, bad[:5]))


def no_sideways_scroll(d, where):
    w = d.execute_script("return [document.documentElement.scrollWidth,"
                         " document.documentElement.clientWidth];")
    check(w[0] <= w[1], "%s scrolls sideways at 360 px: %d > %d" % (where, w[0], w[1]))


def narrow(d, on):
    if on:
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 360, "height": 780, "deviceScaleFactor": 1, "mobile": True})
    else:
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def wait_result(d):
    WebDriverWait(d, 10).until(
        lambda x: x.find_element(By.ID, "hasil").get_attribute("data-status") in ("ok", "bad"))
    e = d.find_element(By.ID, "hasil")
    return e.get_attribute("data-status"), e.text


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    anugerah = os.path.abspath(sys.argv[1])
    shots = sys.argv[2] if len(sys.argv) > 2 else None
    start = time.monotonic()
    tmp = tempfile.mkdtemp(prefix="anugerah-site-")
    d = None
    try:
        out = os.path.join(tmp, "hand-2024")
        build(anugerah, os.path.join(HAND, "event.json"), os.path.join(HAND, "scores.csv"), out)
        site = os.path.join(out, "situs")
        pages = validate(site)

        # a round whose names hold every character HTML gives a meaning to
        odd = os.path.join(tmp, "odd.csv")
        with open(os.path.join(HAND, "scores.csv"), encoding="utf-8") as f:
            text = f.read()
        odd_name = "Dinas <b>Sosial</b> & \"Kita\" 'Bersama'"
        with open(odd, "w", encoding="utf-8") as f:
            f.write(text.replace("Dinas Sosial", '"%s"' % odd_name.replace('"', '""')))
        odd_out = os.path.join(tmp, "odd")
        build(anugerah, os.path.join(HAND, "event.json"), odd, odd_out)
        validate(os.path.join(odd_out, "situs"))

        d = browser(os.path.join(tmp, "profile"))

        # the index: every body, exactly as written, linked to its page
        d.get(url(os.path.join(site, "index.html")))
        names = visible_text(d, "table.ranking tbody th a")
        check(sorted(names) == sorted(b[1] for b in BODIES),
              "index names: %r" % names)
        for id_, name, score, rank in BODIES:
            rows = d.find_elements(By.XPATH, "//table[@class='ranking']//tr[th/a[@href="
                                   "'badan/%s.html']]" % id_)
            if check(len(rows) == 1, "index: one row for %s" % id_):
                cells = [c.text for c in rows[0].find_elements(By.XPATH, "./*")]
                check(cells[1] == name and cells[2] == score
                      and cells[0] == (rank.split()[0] if rank else "\u2013"),
                      "index row of %s: %r" % (id_, cells))
        no_saq = visible_text(d, "#tidak-mengisi li a")
        check(no_saq == ["Dinas Pertanian", "| Partai Garis"], "non-respondents: %r" % no_saq)
        check(d.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "id", "lang")
        check(d.find_element(By.CSS_SELECTOR, "meta[property='og:title']") is not None, "og")
        n_links = links_resolve(d, out, "index.html")
        check(n_links > 20, "index has its links (%d)" % n_links)
        console_errors(d, "index.html")
        contrast(d, "index.html")
        if shots:
            d.save_screenshot(os.path.join(shots, "site-index-1280.png"))

        # the search, as one types
        box = d.find_element(By.ID, "cari")
        check(box.is_displayed(), "the search box is shown")
        box.send_keys("Desa")
        shown = visible_text(d, "table.ranking tbody th a")
        want = sorted(b[1] for b in BODIES if b[0] in DESA)
        check(sorted(shown) == want, "search 'Desa' shows %r" % shown)
        check("4" in d.find_element(By.ID, "cari-hasil").text, "the search says how many")
        box.clear()
        box.send_keys("zzz")
        check(visible_text(d, "table.ranking tbody th a") == [], "search 'zzz' shows nothing")
        box.send_keys("\b\b\b")
        d.execute_script("var b = document.getElementById('cari'); b.value = '';"
                         " b.dispatchEvent(new Event('input'));")
        check(len(visible_text(d, "table.ranking tbody th a")) == 12, "an empty search shows all")

        # 360 px: no sideways scroll
        narrow(d, True)
        d.get(url(os.path.join(site, "index.html")))
        no_sideways_scroll(d, "index.html")
        if shots:
            d.save_screenshot(os.path.join(shots, "site-index-360.png"))
        d.get(url(os.path.join(site, "badan", "OPD-C.html")))
        no_sideways_scroll(d, "badan/OPD-C.html")
        if shots:
            d.save_screenshot(os.path.join(shots, "site-body-360.png"))
        d.get(url(os.path.join(site, "verifikasi.html")))
        no_sideways_scroll(d, "verifikasi.html")
        narrow(d, False)

        # each body on its own page
        for id_, name, score, rank in BODIES:
            page = "badan/%s.html" % id_
            d.get(url(os.path.join(site, page)))
            check(d.find_element(By.CSS_SELECTOR, "main h1").text == name, page + ": name")
            figures = visible_text(d, ".figure-value")
            check(len(figures) == 3 and figures[0] == score, page + ": score %r" % figures)
            if rank:
                check(len(figures) == 3 and figures[2] == rank, page + ": rank %r" % figures)
            else:
                check(len(figures) == 3 and figures[2] == "tidak diperingkat",
                      page + ": unranked %r" % figures)
            links_resolve(d, out, page)
            console_errors(d, page)
            contrast(d, page)
            if shots and id_ == "OPD-A":
                d.save_screenshot(os.path.join(shots, "site-body-1280.png"))
        d.get(url(os.path.join(site, "badan", "OPD-A.html")))
        body = d.find_element(By.TAG_NAME, "main").text
        check("Tahun 2023: 85,00" in body and "naik 9,00" in body, "OPD-A: last year and change")
        check(len(d.find_elements(By.CSS_SELECTOR, "svg.bar")) == 2, "OPD-A: two stage bars")

        # names with markup characters, as written
        d.get(url(os.path.join(odd_out, "situs", "index.html")))
        check(odd_name in visible_text(d, "table.ranking tbody th a"), "escaped name on index")
        check(d.find_elements(By.CSS_SELECTOR, "table.ranking b") == [], "no markup injected")
        d.get(url(os.path.join(odd_out, "situs", "badan", "OPD-E.html")))
        check(d.find_element(By.CSS_SELECTOR, "main h1").text == odd_name, "escaped name on page")
        console_errors(d, "odd round")

        # the verification page
        d.get(url(os.path.join(site, "verifikasi.html")))
        links_resolve(d, out, "verifikasi.html")
        genuine = os.path.join(out, "kartu-nilai", "opd", "OPD-C.pdf")
        d.find_element(By.ID, "berkas").send_keys(genuine)
        status, said = wait_result(d)
        contrast(d, "verifikasi.html, a genuine PDF")
        check(status == "ok" and "kartu-nilai/opd/OPD-C.pdf" in said
              and "# Badan Perencanaan | Riset" in said, "genuine PDF: %s %r" % (status, said))
        changed = os.path.join(tmp, "OPD-C.pdf")
        shutil.copyfile(genuine, changed)
        with open(changed, "r+b") as f:
            f.seek(400)
            byte = f.read(1)
            f.seek(400)
            f.write(bytes([byte[0] ^ 0x01]))
        d.get(url(os.path.join(site, "verifikasi.html")))
        d.find_element(By.ID, "berkas").send_keys(changed)
        status, said = wait_result(d)
        contrast(d, "verifikasi.html, a changed PDF")
        check(status == "bad" and "Tidak cocok" in said, "changed PDF: %s %r" % (status, said))
        if shots:
            d.save_screenshot(os.path.join(shots, "site-verify-1280.png"))
        certs = sorted(glob.glob(os.path.join(out, "piagam", "*", "*.pdf")))
        if check(certs, "the hand round has certificates"):
            d.get(url(os.path.join(site, "verifikasi.html")))
            d.find_element(By.ID, "berkas").send_keys(certs[0])
            status, said = wait_result(d)
            check(status == "ok" and "Penghargaan:" in said, "certificate: %r" % said)
        # verifikasi.html#<id>: that body's documents only
        d.get(url(os.path.join(site, "verifikasi.html")) + "#OPD-A")
        rows = [r for r in d.find_elements(By.CSS_SELECTOR, "#daftar tbody tr") if r.is_displayed()]
        want = 1 + len(glob.glob(os.path.join(out, "piagam", "*", "OPD-A.pdf")))
        check(len(rows) == want and all(r.get_attribute("data-id") == "OPD-A" for r in rows),
              "#OPD-A lists %d rows, want %d" % (len(rows), want))
        console_errors(d, "verifikasi.html")

        # the 2021 sample: 101 bodies (39 + 8 + 24 + 18 + 12), Kota Cilegon
        # 8th of 8 Pemda with 60,62; its emblems, QR address and 37
        # certificates; every link resolves, no console error, no sideways
        # scroll at 360 px
        sample = os.path.join(tmp, "banten-2021")
        build(anugerah, os.path.join(ROOT, "samples", "banten-2021", "event.json"),
              os.path.join(ROOT, "samples", "banten-2021", "scores.csv"), sample)
        validate(os.path.join(sample, "situs"))
        d.get(url(os.path.join(sample, "situs", "index.html")))
        check(len(visible_text(d, "table.ranking tbody th a")) == 101, "sample: 101 bodies")
        console_errors(d, "sample index.html")
        links_resolve(d, sample, "sample index.html")
        d.get(url(os.path.join(sample, "situs", "badan", "PEMDA-08.html")))
        body = d.find_element(By.TAG_NAME, "body").text
        check("60,62" in body and "8 dari 8" in body and "Kota Cilegon" in body,
              "sample PEMDA-08 page")
        links_resolve(d, sample, "sample PEMDA-08.html")
        console_errors(d, "sample PEMDA-08.html")
        contrast(d, "sample PEMDA-08.html")
        narrow(d, True)
        d.get(url(os.path.join(sample, "situs", "index.html")))
        no_sideways_scroll(d, "sample index.html")
        narrow(d, False)

        # without JavaScript: every table shown, the search box hidden
        d.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        d.get(url(os.path.join(site, "index.html")))
        check(len(visible_text(d, "table.ranking tbody th a")) == 12, "no script: every row")
        check(not d.find_element(By.ID, "cari-kotak").is_displayed(), "no script: no search box")
        d.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
        check(len(pages) == 2 + len(BODIES), "pages: %d" % len(pages))
    finally:
        if d:
            d.quit()
        shutil.rmtree(tmp, ignore_errors=True)
    print("site_test: %.1f s" % (time.monotonic() - start))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
