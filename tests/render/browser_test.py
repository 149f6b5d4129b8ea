#!/usr/bin/env python3
"""browser_test.py: opens a rendered volume in headless Chromium through chromedriver's W3C
WebDriver HTTP protocol (standard library only) and checks a document page from file://: no
console errors, a footnote reference leads to its note, the note's back-link returns to the
reference; writes a screenshot. usage: browser_test.py SITE_DIR SCREENSHOT.png"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request


class WebDriver:
    """A chromedriver process and one session, spoken to in JSON over HTTP."""

    def __init__(self, driver, browser, profile):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.process = subprocess.Popen([driver, f"--port={self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        self.wait_ready()
        options = {"binary": browser,
                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                            "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                            "--window-size=1200,900"]}
        caps = {"browserName": "chrome", "goog:chromeOptions": options,
                "goog:loggingPrefs": {"browser": "ALL"}}
        reply = self.call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})
        self.session = f"/session/{reply['sessionId']}"

    def wait_ready(self):
        for _ in range(100):
            try:
                if self.call("GET", "/status").get("ready"):
                    return
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.1)
        raise RuntimeError("chromedriver did not start")

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as reply:
                return json.load(reply)["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"{method} {path}: {e.read().decode(errors='replace')}") from e

    def do(self, method, path, body=None):
        return self.call(method, self.session + path, body)

    def script(self, code, *args):
        return self.do("POST", "/execute/sync", {"script": code, "args": list(args)})

    def find(self, css):
        element = self.do("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(element.values()))

    def click(self, css):
        self.do("POST", f"/element/{self.find(css)}/click", {})

    def browser_log(self):
        for path in ("/se/log", "/log"):
            try:
                return self.do("POST", path, {"type": "browser"})
            except RuntimeError:
                continue
        raise RuntimeError("chromedriver offers no browser log endpoint")

    def close(self):
        try:
            self.call("DELETE", self.session)
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)


def first_page_with_notes(site):
    """A document page (not the index or a list) that has a footnote reference."""
    for name in sorted(os.listdir(site)):
        if name.endswith(".html") and name[0] == "d" and name[1:2].isdigit():
            with open(os.path.join(site, name), encoding="utf-8") as f:
                if 'role="doc-noteref"' in f.read():
                    return name
    raise RuntimeError(f"no document page with a footnote reference in {site}")


def check(failures, ok, message):
    print(("ok - " if ok else "not ok - ") + message)
    if not ok:
        failures.append(message)


def hash_and_target(wd):
    return wd.script("var t = document.querySelector(':target');"
                     "return [location.hash, t ? t.id : null];")


def run(wd, site, screenshot, failures):
    page = first_page_with_notes(site)
    wd.do("POST", "/url", {"url": "file://" + os.path.abspath(os.path.join(site, page))})
    check(failures, wd.script("return document.readyState") == "complete", f"{page} loads")
    wd.script("console.warn('cabletei-probe');")
    log = wd.browser_log()
    check(failures, any("cabletei-probe" in e.get("message", "") for e in log),
          "the browser log is captured (probe seen)")
    errors = [e for e in log if e.get("level") == "SEVERE"]
    check(failures, not errors, f"no console errors ({errors[:3]})")
    ref = wd.script("return document.querySelector('a[role=\"doc-noteref\"]').id")
    note = wd.script("return document.querySelector('a[role=\"doc-noteref\"]')"
                     ".getAttribute('href').slice(1)")
    wd.click('a[role="doc-noteref"]')
    check(failures, hash_and_target(wd) == [f"#{note}", note],
          f"the first note reference leads to note {note}: {hash_and_target(wd)}")
    wd.click(':target a[role="doc-backlink"]')
    check(failures, hash_and_target(wd) == [f"#{ref}", ref],
          f"its back-link returns to the reference {ref}: {hash_and_target(wd)}")
    png = base64.b64decode(wd.do("GET", "/screenshot"))
    with open(screenshot, "wb") as f:
        f.write(png)
    check(failures, png.startswith(b"\x89PNG"), f"screenshot written to {screenshot}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    driver, browser = shutil.which("chromedriver"), shutil.which("chromium")
    if not driver or not browser:
        sys.exit("FAIL: chromium and chromedriver are needed (Debian: chromium chromium-driver; "
                 "`make deps` installs them)")
    failures = []
    with tempfile.TemporaryDirectory() as profile:
        wd = WebDriver(driver, browser, profile)
        try:
            run(wd, sys.argv[1], sys.argv[2], failures)
        finally:
            wd.close()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
