"""Footprint of the idle tray app beside a bare PySide6 tray icon and the peers.

Starts each app the same way in one virtual desktop (Xvfb, a private session
bus, the trayer tray host and dunst: the integration tests' desktop), one at a
time so no two share pages, and measures for each:

- launch to docked: from starting the process to its icon being shown in the
  tray host, seen from the host's side (a new viewable window in trayer's
  window tree), so every toolkit is timed by the same rule;
- idle PSS after ``--settle`` seconds: proportional set size of the app's
  process and any children, the honest share of memory it costs the machine;
- over the next ``--idle`` seconds, with no input (someone reading, say:
  the mouse is moved just before each start): CPU as a share of one core (its threads
  and children, reaped ones included) and context switches per second.

The bare icon (bench/bare_tray.py) is the floor: ratios are to it, measured in
the same run. A second floor is the bare icon with APScheduler set up as the
app sets it up (bench/bare_scheduler_tray.py, with and without OpenSSL): what
any tray app built on the brief's scheduler pays before it does anything.
Workrave, Safe Eyes and RSIBreak are measured too where they are
installed (Debian: ``apt-get install workrave safeeyes rsibreak``). Each app is
started once to warm up (fonts, first-run files), then the apps are measured
interleaved, ``--runs`` times each in a rotating order, and the median of each
figure is printed. It asserts nothing.

    .venv/bin/python bench/footprint.py [--runs 3] [--settle 10] [--idle 60]
        [--apps bare,bare-scheduler,bare-scheduler-no-openssl,desk-mobility,workrave,...]
        [--app-root PATH] [--also-root PATH] [--history-days 365]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from ctypes import POINTER, Structure, byref, c_int, c_uint, c_ulong, c_void_p
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.desktop_session import DesktopSession, wait_for  # noqa: E402
from tests.fake_notification_server import private_bus  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
DOCK_TIMEOUT = 20.0
DOCK_POLL = 0.005
IS_VIEWABLE = 2
_ErrorHandler = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)
# A window that goes away between two calls is an X error; Xlib's default
# handler would end this process for it. The caller just sees no answer.
_IGNORE_X_ERRORS = _ErrorHandler(lambda _display, _event: 0)


@dataclass(frozen=True)
class Candidate:
    """One app to measure, and how to start it."""

    key: str
    label: str
    argv: list[str]
    cwd: Path | None = None
    env: dict[str, str] = field(default_factory=dict)


def candidates(wanted: list[str], app_root: Path, also_root: Path | None) -> list[Candidate]:
    known = {
        "bare": Candidate(
            "bare",
            "a bare PySide6 tray icon with one timer",
            [sys.executable, str(REPO / "bench" / "bare_tray.py")],
        ),
        "bare-scheduler": Candidate(
            "bare-scheduler",
            "the bare icon with APScheduler, set up as the app does",
            [sys.executable, str(REPO / "bench" / "bare_scheduler_tray.py")],
        ),
        "bare-scheduler-no-openssl": Candidate(
            "bare-scheduler-no-openssl",
            "the same, OpenSSL left out as the app does",
            [sys.executable, str(REPO / "bench" / "bare_scheduler_tray.py"), "--without-openssl"],
        ),
        "desk-mobility": Candidate(
            "desk-mobility",
            "Desk Mobility",
            [sys.executable, "-m", "desk_mobility"],
            cwd=app_root,
            env={"PYTHONPATH": str(app_root)},
        ),
        "desk-mobility-also": Candidate(
            "desk-mobility-also",
            f"Desk Mobility from {also_root}",
            [sys.executable, "-m", "desk_mobility"],
            cwd=also_root,
            env={"PYTHONPATH": str(also_root)},
        ),
        "workrave": Candidate("workrave", "Workrave", ["workrave"]),
        "safeeyes": Candidate("safeeyes", "Safe Eyes", ["safeeyes"]),
        "rsibreak": Candidate("rsibreak", "RSIBreak", ["rsibreak"]),
    }
    if also_root is not None:
        wanted = [*wanted, "desk-mobility-also"]
    chosen = []
    for key in wanted:
        if key not in known:
            raise SystemExit(f"unknown app {key!r}: choose from {', '.join(known)}")
        candidate = known[key]
        if key.startswith(("bare", "desk-mobility")) or shutil.which(candidate.argv[0]):
            chosen.append(candidate)
        else:
            print(f"{candidate.label} is not installed here: left out", file=sys.stderr)
    return chosen


# -- the tray host's side: is the icon shown? ------------------------------


class _XWindowAttributes(Structure):
    # Only map_state is read; the rest is laid out to reach it.
    _fields_ = (
        ("x", c_int), ("y", c_int), ("width", c_int), ("height", c_int),
        ("border_width", c_int), ("depth", c_int), ("visual", c_void_p),
        ("root", c_ulong), ("c_class", c_int), ("bit_gravity", c_int),
        ("win_gravity", c_int), ("backing_store", c_int), ("backing_planes", c_ulong),
        ("backing_pixel", c_ulong), ("save_under", c_int), ("colormap", c_ulong),
        ("map_installed", c_int), ("map_state", c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", c_int), ("screen", c_void_p),
    )  # fmt: skip


class TrayHostView:
    """Counts the viewable windows inside the tray host: one more means an icon docked."""

    def __init__(self, display: str, host_pid: int) -> None:
        x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XOpenDisplay.restype = c_void_p
        x.XDefaultRootWindow.argtypes = [c_void_p]
        x.XDefaultRootWindow.restype = c_ulong
        x.XQueryTree.argtypes = [
            c_void_p, c_ulong, POINTER(c_ulong), POINTER(c_ulong),
            POINTER(POINTER(c_ulong)), POINTER(c_uint),
        ]  # fmt: skip
        x.XGetWindowAttributes.argtypes = [c_void_p, c_ulong, POINTER(_XWindowAttributes)]
        x.XFree.argtypes = [c_void_p]
        x.XInternAtom.argtypes = [c_void_p, ctypes.c_char_p, c_int]
        x.XInternAtom.restype = c_ulong
        x.XGetWindowProperty.argtypes = [
            c_void_p, c_ulong, c_ulong, ctypes.c_long, ctypes.c_long, c_int, c_ulong,
            POINTER(c_ulong), POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong),
            POINTER(POINTER(ctypes.c_ubyte)),
        ]  # fmt: skip
        x.XCloseDisplay.argtypes = [c_void_p]
        x.XSetErrorHandler.argtypes = [_ErrorHandler]
        x.XSetErrorHandler.restype = c_void_p
        x.XSetErrorHandler(_IGNORE_X_ERRORS)
        self._x = x
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open display {display}")
        self._pid_atom = x.XInternAtom(self._display, b"_NET_WM_PID", 0)
        root = x.XDefaultRootWindow(self._display)
        self._hosts = [w for w in self._children(root) if self._pid(w) == host_pid]
        if not self._hosts:
            raise RuntimeError("the tray host's window was not found")

    def _children(self, window: int) -> list[int]:
        root, parent = c_ulong(), c_ulong()
        children, count = POINTER(c_ulong)(), c_uint()
        if not self._x.XQueryTree(
            self._display, window, byref(root), byref(parent), byref(children), byref(count)
        ):
            return []
        found = [children[i] for i in range(count.value)]
        if children:
            self._x.XFree(children)
        return found

    def _pid(self, window: int) -> int | None:
        kind, fmt, n, after = c_ulong(), c_int(), c_ulong(), c_ulong()
        data = POINTER(ctypes.c_ubyte)()
        status = self._x.XGetWindowProperty(
            self._display, window, self._pid_atom, 0, 1, 0, 0,
            byref(kind), byref(fmt), byref(n), byref(after), byref(data),
        )  # fmt: skip
        pid = None
        if status == 0 and data and n.value == 1 and fmt.value == 32:
            pid = ctypes.cast(data, POINTER(c_ulong))[0]
        if data:
            self._x.XFree(data)
        return pid

    def viewable(self) -> int:
        count, stack = 0, list(self._hosts)
        attributes = _XWindowAttributes()
        while stack:
            window = stack.pop()
            for child in self._children(window):
                if (
                    self._x.XGetWindowAttributes(self._display, child, byref(attributes))
                    and attributes.map_state == IS_VIEWABLE
                ):
                    count += 1
                    stack.append(child)
        return count

    def close(self) -> None:
        self._x.XCloseDisplay(self._display)


# -- the process's side ------------------------------------------------------


def _stat_fields(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def process_tree(pid: int) -> list[int]:
    """The process and its living descendants."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(_stat_fields(int(entry.name))[1])
            except (OSError, IndexError):
                continue
    tree, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == parent]
        tree += kids
        frontier += kids
    return tree


def cpu_seconds(pid: int) -> float:
    """CPU time of the tree: living threads to the nanosecond, reaped children in ticks.

    /proc's stat counts in ticks of 10 ms, too coarse for an idle minute
    (0.02 % of a core is 12 ms); schedstat counts each thread's run time in ns.
    """
    total = 0.0
    for member in process_tree(pid):
        try:
            tasks = list(Path(f"/proc/{member}/task").iterdir())
            if member == pid:
                fields = _stat_fields(member)
                total += (int(fields[13]) + int(fields[14])) / CLK_TCK
        except OSError:
            continue
        for task in tasks:
            try:
                total += int((task / "schedstat").read_text().split()[0]) / 1e9
            except (OSError, IndexError, ValueError):
                continue
    return total


def context_switches(pid: int) -> int:
    total = 0
    for member in process_tree(pid):
        try:
            tasks = list(Path(f"/proc/{member}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                lines = (task / "status").read_text().splitlines()
            except OSError:
                continue
            for line in lines:
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    total += int(line.split()[1])
    return total


def memory_mb(pid: int) -> tuple[float, float]:
    """PSS and USS (private pages alone) of the tree.

    PSS splits a shared page among the processes that map it, so it drops
    when anything else maps the same libraries (another app from the same
    virtual environment): USS, which counts private pages only, does not.
    """
    pss = uss = 0
    for member in process_tree(pid):
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        values = {line.split(":")[0]: int(line.split()[1]) for line in rollup[1:] if ":" in line}
        pss += values["Pss"]
        uss += values["Private_Clean"] + values["Private_Dirty"]
    return pss / 1024, uss / 1024


# -- one measurement ---------------------------------------------------------


@dataclass
class Sample:
    docked: float | None
    pss: float
    uss: float
    cpu_percent: float
    switches_per_second: float


def start(session: DesktopSession, candidate: Candidate, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            candidate.argv,
            env={**session.env, **candidate.env},
            cwd=candidate.cwd or session.root,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own group: helpers it starts stop with it
        )


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
    # Helpers left in the group (a tray app's children) go with it.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def user_at_the_desk(session: DesktopSession) -> None:
    """Input just now: every app starts seeing someone at work, not a screen idle for minutes.

    The virtual desktop gets no input of its own, so without this each app
    would find the session idle for as long as the run has lasted, and a
    break app behaves differently (and more cheaply) when nobody is there.
    """
    for x in (40, 41):
        session.run(["xdotool", "mousemove", str(x), "300"], check=False)


def measure(
    session: DesktopSession,
    host: TrayHostView,
    candidate: Candidate,
    settle: float,
    idle: float,
) -> Sample:
    before = host.viewable()
    log = session.root / f"{candidate.key}.log"
    user_at_the_desk(session)
    began = time.monotonic()
    proc = start(session, candidate, log)
    try:
        docked_at = None
        if (
            wait_for(
                lambda: host.viewable() > before or proc.poll() is not None, DOCK_TIMEOUT, DOCK_POLL
            )
            and proc.poll() is None
        ):
            docked_at = time.monotonic() - began
        if docked_at is None:
            print(f"{candidate.label}: no icon docked (see {log})", file=sys.stderr)
        time.sleep(settle)
        pss, uss = memory_mb(proc.pid)
        cpu0, ctx0, t0 = cpu_seconds(proc.pid), context_switches(proc.pid), time.monotonic()
        time.sleep(idle)
        cpu1, ctx1, t1 = cpu_seconds(proc.pid), context_switches(proc.pid), time.monotonic()
        window = t1 - t0
        return Sample(docked_at, pss, uss, 100 * (cpu1 - cpu0) / window, (ctx1 - ctx0) / window)
    finally:
        stop(proc)
        wait_for(lambda: host.viewable() <= before, 10)


def warm_up(session: DesktopSession, host: TrayHostView, candidate: Candidate) -> None:
    """First start: fonts and GL load, first-run files are written. Not measured."""
    before = host.viewable()
    proc = start(session, candidate, session.root / f"{candidate.key}.log")
    try:
        wait_for(lambda: host.viewable() > before or proc.poll() is not None, DOCK_TIMEOUT)
        time.sleep(2)
    finally:
        stop(proc)
        wait_for(lambda: host.viewable() <= before, 10)


# -- the table -----------------------------------------------------------------


def _median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def _ratio(value: float | None, floor: float | None) -> str:
    if value is None or not floor:
        return "-"
    return f"{value / floor:.2f}x"


def report(
    results: dict[str, list[Sample]], labels: dict[str, str], args: argparse.Namespace
) -> None:
    print(
        f"\n{args.runs} runs each, interleaved; {args.settle:.0f} s settle, "
        f"{args.idle:.0f} s idle window; medians (ratio to the bare icon)\n"
    )
    bare = results.get("bare")
    floor = {
        "pss": _median([s.pss for s in bare]) if bare else None,
        "uss": _median([s.uss for s in bare]) if bare else None,
        "cpu": _median([s.cpu_percent for s in bare]) if bare else None,
        "ctx": _median([s.switches_per_second for s in bare]) if bare else None,
        "dock": _median([s.docked for s in bare]) if bare else None,
    }
    with_scheduler = results.get("bare-scheduler-no-openssl")
    scheduler_pss = _median([s.pss for s in with_scheduler]) if with_scheduler else None
    print(
        "| app | PSS MB | PSS to the icon with APScheduler | USS MB "
        "| CPU % of a core, idle (runs) | context switches/s | tray docked s |"
    )
    print("|---|---|---|---|---|---|---|")
    for key, samples in results.items():
        pss = _median([s.pss for s in samples])
        uss = _median([s.uss for s in samples])
        cpu = _median([s.cpu_percent for s in samples])
        ctx = _median([s.switches_per_second for s in samples])
        dock = _median([s.docked for s in samples])
        runs = ", ".join(f"{s.cpu_percent:.3f}" for s in samples)
        print(
            f"| {labels[key]} | {pss:.1f} ({_ratio(pss, floor['pss'])}) "
            f"| {_ratio(pss, scheduler_pss)} "
            f"| {uss:.1f} ({_ratio(uss, floor['uss'])}) "
            f"| {cpu:.3f} ({runs}) ({_ratio(cpu, floor['cpu'])}) "
            f"| {ctx:.2f} ({_ratio(ctx, floor['ctx'])}) "
            f"| {'-' if dock is None else f'{dock:.2f}'} ({_ratio(dock, floor['dock'])}) |"
        )


def seed_history(data_home: Path, days: int) -> None:
    """A user's history of ``days`` days, where the app finds it: a fresh file is not a year's."""
    import random
    from datetime import date, timedelta

    from history import seed

    from desk_mobility.storage.history_store import HistoryStore

    path = data_home / "desk-mobility" / "history.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    store, _messages = HistoryStore.open(path)
    seed(store, date.today() - timedelta(days=days), days, random.Random(5))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print(f"history of {days} days: {path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)


def write_bytecode(*trees: Path) -> None:
    """Compile each tree's modules, as installing the app does (pip, dpkg).

    A checkout whose byte-code is missing or older than its source (or run
    with PYTHONDONTWRITEBYTECODE) compiles at every start: tens of
    milliseconds before the icon shows, and the compiler's leftovers in the
    heap. That is not what a user's installed app does.
    """
    for tree in trees:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="measurements of each app")
    parser.add_argument("--settle", type=float, default=10.0, help="seconds after docking")
    parser.add_argument("--idle", type=float, default=60.0, help="seconds of idle watched")
    parser.add_argument(
        "--apps",
        default="bare,bare-scheduler,bare-scheduler-no-openssl,desk-mobility,workrave,safeeyes,rsibreak",
        help="comma-separated; peers that are not installed are left out",
    )
    parser.add_argument(
        "--app-root",
        type=Path,
        default=REPO,
        help="the Desk Mobility source tree to start (another checkout, to compare)",
    )
    parser.add_argument(
        "--also-root",
        type=Path,
        help="a second Desk Mobility tree measured in the same run (e.g. the version before)",
    )
    parser.add_argument(
        "--history-days",
        type=int,
        default=0,
        help="start Desk Mobility with this many days of history (bench/history.py's rows)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the session folder (logs)")
    args = parser.parse_args()
    # Stopped from outside: still stop every process this run started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    chosen = candidates(
        [k.strip() for k in args.apps.split(",") if k.strip()], args.app_root, args.also_root
    )
    roots = [root for root in (args.app_root, args.also_root) if root is not None]
    write_bytecode(REPO / "bench", *(root / "desk_mobility" for root in roots))
    results: dict[str, list[Sample]] = {c.key: [] for c in chosen}
    tmp = Path(tempfile.mkdtemp(prefix="dm-footprint-"))
    session = DesktopSession(tmp)
    host = None
    cleanup = contextlib.ExitStack()
    try:
        # Every desktop has a system bus; Safe Eyes will not start without one.
        session.env["DBUS_SYSTEM_BUS_ADDRESS"] = cleanup.enter_context(
            private_bus(tmp / "system-bus")
        )
        if args.history_days:
            seed_history(Path(session.env["XDG_DATA_HOME"]), args.history_days)
        trayer = next(p for p in session._procs if p.args and "trayer" in str(p.args[0]))
        host = TrayHostView(session.display, trayer.pid)
        for candidate in chosen:
            warm_up(session, host, candidate)
        for run in range(args.runs):
            order = chosen[run % len(chosen) :] + chosen[: run % len(chosen)]
            for candidate in order:
                sample = measure(session, host, candidate, args.settle, args.idle)
                results[candidate.key].append(sample)
                docked = "-" if sample.docked is None else f"{sample.docked:.3f} s"
                print(
                    f"run {run + 1} {candidate.label}: docked {docked}, "
                    f"PSS {sample.pss:.1f} MB, USS {sample.uss:.1f} MB, "
                    f"CPU {sample.cpu_percent:.3f} %, "
                    f"{sample.switches_per_second:.2f} switches/s",
                    flush=True,
                )
    finally:
        if host is not None:
            host.close()
        cleanup.close()
        session.stop()
        if args.keep:
            print(f"logs kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    report(results, {c.key: c.label for c in chosen}, args)


if __name__ == "__main__":
    main()
