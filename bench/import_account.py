"""What each package the idle app has imported costs in memory, its own modules included.

1. Starts the real app in the integration tests' virtual desktop (Xvfb, a
   session bus, trayer, dunst), once to create its files and again to measure,
   lets it settle and asks it for its loaded modules (``--loaded-modules``).
2. In a fresh interpreter, imports those modules again one at a time, each
   after everything it imports (the order in which the imports finished), so
   each module is charged for itself alone. After each import the source text
   PySide6 reads for its ``__feature__`` check is dropped, as the app does once
   settled. Memory (PSS, and the anonymous part that is Python's own objects)
   is read before and after each one and summed per package: a third-party
   package, a standard-library package, or one of the app's own subpackages.
3. Prints the account, largest first, and the idle app's own PSS beside it:
   the rest is what running costs (the application object, the tray icon,
   fonts, the heap's free space).

    .venv/bin/python bench/import_account.py [--app-root PATH] [--settle 10] [--top 40]
        [--marginal apscheduler ...]

4. For each ``--marginal`` package (APScheduler by default), what it costs
   this app: every other module first with the package kept out, then the
   package and what it alone brings in.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from footprint import write_bytecode  # noqa: E402

from tests.desktop_session import DesktopSession  # noqa: E402

# Runs in the fresh interpreter: argv[1] is a JSON list of module names.
CHARGE = r"""
import ctypes, gc, importlib, importlib.abc, importlib.machinery, json, linecache, sys

names = json.loads(sys.argv[1])
libc = ctypes.CDLL("libc.so.6")
# As in the app's process, where the version measured does it.
try:
    from desk_mobility.platform.no_openssl import leave_out_openssl
except ImportError:
    pass
else:
    leave_out_openssl()


def memory():
    gc.collect()
    libc.malloc_trim(0)
    values = {}
    with open("/proc/self/smaps_rollup") as rollup:
        for line in rollup:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                values[parts[0].rstrip(":")] = int(parts[1])
    return values["Pss"], values.get("Pss_Anon", 0)


# First pass, thrown away: learn the order in which imports finish.
finished = []


class Finished:
    # Wraps a loader to note when the module body has run.

    def __init__(self, loader, name):
        self._loader, self._name = loader, name

    def __getattr__(self, attribute):
        return getattr(self._loader, attribute)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        finished.append(self._name)


class Recorder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = Finished(spec.loader, fullname)
                return spec
        return None


if sys.argv[2] == "order":
    sys.meta_path.insert(0, Recorder())
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    seen = set()
    order = [n for n in finished if not (n in seen or seen.add(n))]
    print(json.dumps(order + [n for n in names if n in sys.modules and n not in seen]))
    sys.exit(0)

if sys.argv[2] == "closure":
    present = set(sys.modules)
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    print(json.dumps([m for m in sys.modules if m not in present]))
    sys.exit(0)

if sys.argv[2] == "marginal":
    # What one package costs this app: everything else first, with the
    # package kept out (what needs it fails and is left for later), then it.
    package = sys.argv[3]

    class KeepOut(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path, target=None):
            if fullname == package or fullname.startswith(package + "."):
                raise ImportError(f"{package} kept out")
            return None

    # What the package pulls in when imported alone: only imported before it
    # when something else needs it.
    closure = set(json.loads(sys.argv[4]))
    blocker = KeepOut()
    sys.meta_path.insert(0, blocker)
    for name in names:
        if name in sys.modules or name in closure:
            continue
        try:
            importlib.import_module(name)
        except Exception:
            for half_done in [m for m in sys.modules if m == name]:
                del sys.modules[half_done]
        linecache.clearcache()
    sys.meta_path.remove(blocker)
    without = memory()
    present = set(sys.modules)
    for name in names:
        if name == package or name.startswith(package + "."):
            try:
                importlib.import_module(name)
            except Exception:
                pass
            linecache.clearcache()
    with_it = memory()
    brought = [m for m in sys.modules if m not in present]
    print(json.dumps({"pss": with_it[0] - without[0], "anon": with_it[1] - without[1],
                      "brought": brought}))
    sys.exit(0)

rows = []
before = memory()
start = before
for name in names:
    if name in sys.modules:
        continue
    try:
        importlib.import_module(name)
    except Exception:
        continue
    linecache.clearcache()
    after = memory()
    rows.append([name, after[0] - before[0], after[1] - before[1]])
    before = after
print(json.dumps({"start": start, "rows": rows}))
"""


def owner(module: str) -> str:
    """Who a module's cost is charged to."""
    parts = module.split(".")
    if parts[0] == "desk_mobility":
        return ".".join(parts[:2]) if len(parts) > 1 else "desk_mobility"
    if parts[0] in sys.stdlib_module_names or module.startswith("_"):
        return f"{parts[0]} (standard library)"
    return parts[0]


def idle_app(app_root: Path, settle: float) -> tuple[list[str], float]:
    """The modules of the settled idle app in import order, and its PSS in MB."""
    with tempfile.TemporaryDirectory(prefix="dm-account-") as tmp:
        session = DesktopSession(Path(tmp))
        try:
            session.env["PYTHONPATH"] = str(app_root)
            for attempt in range(2):  # the first run creates the settings and the history
                app = session.start_app()
                if not app.wait_docked(20):
                    raise SystemExit(f"the tray icon never docked:\n{app.output()}")
                if attempt == 0:
                    app.stop()
            time.sleep(settle)
            reply = session.cli("--loaded-modules")
            if reply.returncode != 0:
                raise SystemExit(f"--loaded-modules failed: {reply.stderr}")
            rollup = Path(f"/proc/{app.pid}/smaps_rollup").read_text().splitlines()
            pss = next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
            return reply.stdout.split(), pss / 1024
        finally:
            session.stop()


def charge(names: list[str], app_root: Path) -> dict[str, object]:
    env = {"PYTHONPATH": str(app_root), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    wanted = [n for n in names if n not in sys.builtin_module_names and n != "__main__"]
    order = subprocess.run(
        [sys.executable, "-c", CHARGE, json.dumps(wanted), "order"],
        env=env,
        cwd=app_root,  # `python -c` looks in its working folder first
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = subprocess.run(
        [sys.executable, "-c", CHARGE, order, "charge"],
        env=env,
        cwd=app_root,  # `python -c` looks in its working folder first
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    account: dict[str, object] = json.loads(result)
    return account


def marginal(names: list[str], app_root: Path, package: str) -> dict[str, object]:
    """What ``package`` and what it alone brings add to everything else the idle app loads."""
    env = {"PYTHONPATH": str(app_root), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    wanted = [n for n in names if n not in sys.builtin_module_names and n != "__main__"]
    own = [n for n in wanted if n == package or n.startswith(package + ".")]
    closure = subprocess.run(
        [sys.executable, "-c", CHARGE, json.dumps(own), "closure"],
        env=env,
        cwd=app_root,  # `python -c` looks in its working folder first
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = subprocess.run(
        [sys.executable, "-c", CHARGE, json.dumps(wanted), "marginal", package, closure],
        env=env,
        cwd=app_root,  # `python -c` looks in its working folder first
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found: dict[str, object] = json.loads(result)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--app-root", type=Path, default=REPO, help="the source tree to start")
    parser.add_argument("--settle", type=float, default=10.0, help="seconds after docking")
    parser.add_argument("--top", type=int, default=40, help="packages to list")
    parser.add_argument(
        "--marginal",
        nargs="*",
        default=["apscheduler"],
        help="packages whose cost is also measured last, on top of everything else",
    )
    args = parser.parse_args()

    write_bytecode(args.app_root / "desk_mobility")
    names, app_pss = idle_app(args.app_root, args.settle)
    account = charge(names, args.app_root)
    start_pss, _ = account["start"]  # type: ignore[index]
    groups: dict[str, list[float]] = {}
    for name, pss, anon in account["rows"]:  # type: ignore[attr-defined]
        group = groups.setdefault(owner(name), [0.0, 0.0, 0])
        group[0] += pss / 1024
        group[1] += anon / 1024
        group[2] += 1
    total = sum(g[0] for g in groups.values())
    print(f"the idle app: {len(names)} modules loaded, PSS {app_pss:.1f} MB")
    print(f"a fresh interpreter: {start_pss / 1024:.1f} MB")
    print(f"importing the same modules again: +{total:.1f} MB\n")
    print("| package | modules | PSS MB | of which Python objects MB |")
    print("|---|---|---|---|")
    ranked = sorted(groups.items(), key=lambda item: -item[1][0])
    for group, (pss, anon, count) in ranked[: args.top]:
        print(f"| {group} | {count} | {pss:.2f} | {anon:.2f} |")
    rest = ranked[args.top :]
    if rest:
        print(
            f"| {len(rest)} more | {sum(int(g[2]) for _, g in rest)} "
            f"| {sum(g[0] for _, g in rest):.2f} | {sum(g[1] for _, g in rest):.2f} |"
        )
    for package in args.marginal:
        cost = marginal(names, args.app_root, package)
        brought = [m for m in cost["brought"] if not m.startswith(package)]  # type: ignore[attr-defined]
        tops = sorted({m.split(".")[0] for m in brought})
        print(
            f"\n{package}, last, on top of everything else the idle app loads: "
            f"+{cost['pss'] / 1024:.2f} MB PSS ({cost['anon'] / 1024:.2f} MB Python objects), "  # type: ignore[operator]
            f"{len(cost['brought'])} modules, {len(brought)} of them not its own: "  # type: ignore[arg-type]
            f"{', '.join(tops)}"
        )
    own = sum(g[0] for name, g in groups.items() if name.startswith("desk_mobility"))
    print(f"\nthe app's own modules: {own:.2f} MB")
    print(
        f"running (application object, tray icon, fonts, free heap): "
        f"{app_pss - start_pss / 1024 - total:.1f} MB"
    )


if __name__ == "__main__":
    main()
