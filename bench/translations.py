"""What a translation costs: start-up time and memory with a language loaded, against English.

Two measures, each printed; nothing is asserted:

1. ``language.install`` alone, in a fresh process per run: the time it takes
   to pick, load and install the app's and Qt's catalogues, and the private
   memory it adds (the target: under 20 ms and under 1 MB);
2. the real app on the test desktop (Xvfb, session bus, trayer, dunst) started
   with ``LANG`` set: launch to a docked tray icon, and memory once settled.

    .venv/bin/python bench/translations.py [--runs 7] [--app-runs 3] [--no-app]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.footprint import memory_mb
from tests.desktop_session import DesktopSession

LANGUAGES = ("en", "de", "fr", "pl", "ja", "zh_CN", "ar")
APP_LANGS = {"en": "C.UTF-8", "de": "de_DE.UTF-8", "ja": "ja_JP.UTF-8", "ar": "ar_EG.UTF-8"}

INSTALL = """
import json, sys, time
from pathlib import Path

def private_kb():
    rollup = Path("/proc/self/smaps_rollup").read_text().splitlines()
    values = {l.split(":")[0]: int(l.split()[1]) for l in rollup[1:] if ":" in l}
    return values["Private_Clean"] + values["Private_Dirty"]

from PySide6.QtWidgets import QApplication
from desk_mobility.i18n import language
from desk_mobility.ui.actions import AppActions
app = QApplication(sys.argv[:1])
before = private_kb()
start = time.perf_counter()
language.install(sys.argv[1])
actions = AppActions(10)  # the tray's words, looked up in the catalogue
took = time.perf_counter() - start
print(json.dumps({"ms": took * 1000, "kb": private_kb() - before}))
"""


def install_cost(code: str) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", INSTALL, code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout.splitlines()[-1])


def catalogue_kb(pid: int) -> int:
    """PSS of the translation catalogues (.qm files) the process has mapped.

    A whole-process PSS moves by megabytes between two runs of the same app, and
    the glibc locale a LANG selects maps its own files (locale-archive, libc.mo)
    in any program; the catalogues are what a translation itself adds.
    """
    total, mapped = 0, ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 5 and "-" in parts[0] and not parts[0].endswith(":"):
            mapped = parts[5] if len(parts) > 5 else ""
        elif line.startswith("Pss:") and mapped.endswith(".qm"):
            total += int(parts[1])
    return total


def app_figures(session: DesktopSession, lang: str, runs: int) -> tuple[float, float, float, int]:
    """Median launch to docked icon, then PSS, private anonymous memory and catalogues."""
    session.env["LANG"] = lang
    docks = []
    for _ in range(runs):
        start = time.monotonic()
        app = session.start_app()
        if not app.wait_docked(20):
            raise SystemExit(f"the tray icon never docked under {lang}:\n{app.output()}")
        docks.append(time.monotonic() - start)
        session.cli("--quit")
        app.wait_exit(10)
    app = session.start_app()
    app.wait_docked(20)
    time.sleep(8)  # settle, as bench/footprint.py does
    _, pss, anon = memory_mb(app.pid)
    catalogues = catalogue_kb(app.pid)
    session.cli("--quit")
    app.wait_exit(10)
    return statistics.median(docks), pss, anon, catalogues


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per language")
    parser.add_argument("--app-runs", type=int, default=3, help="app start-ups per language")
    parser.add_argument("--no-app", action="store_true", help="skip the whole-app measure")
    args = parser.parse_args()

    print("language.install + the tray's words, fresh process, median of", args.runs)
    base: dict[str, float] = {}
    for code in LANGUAGES:
        samples = [install_cost(code) for _ in range(args.runs)]
        ms = statistics.median(s["ms"] for s in samples)
        kb = statistics.median(s["kb"] for s in samples)
        if code == "en":
            base = {"ms": ms, "kb": kb}
        extra = f"  (+{ms - base['ms']:.1f} ms, +{(kb - base['kb']) / 1024:.2f} MB vs English)"
        print(f"  {code:6} {ms:6.1f} ms  {kb / 1024:5.2f} MB" + ("" if code == "en" else extra))

    if args.no_app:
        return
    print(f"the app under LANG=..., launch to docked icon (median of {args.app_runs}), memory")
    with tempfile.TemporaryDirectory(prefix="dm-translations-") as tmp:
        session = DesktopSession(Path(tmp))
        try:
            app_figures(session, "C.UTF-8", 1)  # warm the display's fonts and GL once
            english = None
            for lang in APP_LANGS.values():
                dock, pss, anon, qm = app_figures(session, lang, args.app_runs)
                line = (
                    f"  {lang:12} {dock:.3f} s  PSS {pss:.1f} MB  private anonymous {anon:.1f} MB"
                    f"  catalogues {qm} kB"
                )
                if english is None:
                    english = (dock, pss, anon)
                else:
                    line += (
                        f"  ({1000 * (dock - english[0]):+.0f} ms, "
                        f"{pss - english[1]:+.2f} MB PSS vs English)"
                    )
                print(line)
        finally:
            session.stop()


if __name__ == "__main__":
    main()
