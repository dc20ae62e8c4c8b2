"""Times the first window of one or more InnerSpace programs on an X server (Xvfb will do).

For each program, in turn and round after round: from starting it to its window being mapped
(shown: a MapNotify on the root window), and the CPU time the program used until then. Nothing
polls, so the measuring takes no CPU from the program measured (``xdotool search`` polled every
5 ms does). The first round warms the page cache and is not counted.

    Xvfb :93 -screen 0 1920x1080x24 &
    python benchmarks/first_window.py --display :93 --runs 11 dist/innerspace/innerspace OTHER
    python benchmarks/first_window.py --display :93 --journal FOLDER ...   # the unlock screen

Each program is run as ``PROGRAM --data-dir <a fresh folder>`` (a copy of ``--journal`` when
given), so a fresh folder shows the create-your-journal screen.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import select
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class Display:
    def __init__(self, name: str) -> None:
        self.x = x = ctypes.CDLL("libX11.so.6")
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.dpy = x.XOpenDisplay(name.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open display {name}")
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self.dpy)
        self.fd = x.XConnectionNumber(self.dpy)
        self.event = (ctypes.c_long * 24)()

    def drain(self) -> None:
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, self.event)

    def next_event(self, deadline: float) -> int | None:
        while not self.x.XPending(self.dpy):
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            select.select([self.fd], [], [], left)
        self.x.XNextEvent(self.dpy, self.event)
        return int(ctypes.cast(self.event, ctypes.POINTER(ctypes.c_int))[0])


def cpu_seconds(pid: int) -> float:
    """CPU time of every thread of ``pid`` so far, in nanosecond resolution."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/schedstat") as stats:
            total += int(stats.read().split()[0])
    return total / 1e9


def one_start(
    display: Display, program: str, env: dict[str, str], journal: Path | None
) -> tuple[float, float] | None:
    with tempfile.TemporaryDirectory(prefix="innerspace-first-window-") as tmp:
        folder = Path(tmp) / "journal"
        if journal is not None:
            shutil.copytree(journal, folder)
        display.drain()
        started = time.perf_counter()
        process = subprocess.Popen(
            [program, "--data-dir", str(folder)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        mapped = None
        deadline = started + 60
        try:
            while mapped is None:
                kind = display.next_event(deadline)
                if kind is None:
                    break
                if kind == MAP_NOTIFY:
                    mapped = time.perf_counter() - started
            cpu = cpu_seconds(process.pid)
        finally:
            process.kill()
            process.wait()
    return None if mapped is None else (mapped, cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="+", help="programs to start, e.g. a frozen bundle's")
    parser.add_argument("--display", default=os.environ.get("DISPLAY", ":0"))
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--journal", type=Path, help="a journal folder to copy for each start")
    args = parser.parse_args()
    display = Display(args.display)
    env = {**os.environ, "DISPLAY": args.display}
    env.pop("QT_QPA_PLATFORM", None)
    results: dict[str, list[tuple[float, float]]] = {p: [] for p in args.programs}
    for round_ in range(args.runs + 1):
        for program in args.programs:
            measured = one_start(display, program, env, args.journal)
            if measured is None:
                raise SystemExit(f"{program} showed no window within 60 s")
            if round_:
                results[program].append(measured)
            time.sleep(0.2)
    for program, runs in results.items():
        shown = [r[0] for r in runs]
        print(
            f"{program}: window shown after {statistics.median(shown) * 1000:.0f} ms"
            f" ({min(shown) * 1000:.0f}–{max(shown) * 1000:.0f}),"
            f" CPU {statistics.median(r[1] for r in runs) * 1000:.0f} ms; medians of {len(runs)}"
        )
    print(f"load average: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
