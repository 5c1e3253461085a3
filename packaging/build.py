"""Build the one-folder app for this platform; optionally smoke-test it and make the installer.

    python packaging/build.py                 # dist/Tyollisyysohjelma/ (+ installer on Windows)
    python packaging/build.py --smoke         # ... and run packaging/smoke.py on the frozen app
    python packaging/build.py --smoke --zip   # ... and zip the folder (CI artifact)
    python packaging/build.py --no-installer  # Windows: skip the Inno Setup step

Steps: check the build machine (Linux: the xcb libraries PyInstaller must find,
or the bundle silently lacks them), compile translations that are missing or
older than their .ts, remove the old build/ and dist/ folders, run PyInstaller
on packaging/tyollisyysohjelma.spec, print the bundle size, smoke-test, zip,
and on Windows run the Inno Setup compiler (ISCC.exe) on packaging/installer.iss.
Exit code 0 only when every requested step succeeded.
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import smoke  # noqa: E402
import version_info  # noqa: E402

SPEC = HERE / "tyollisyysohjelma.spec"
ISS = HERE / "installer.iss"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_FOLDER = "Tyollisyysohjelma"
INSTALLER_DIR = DIST / "installer"

#: Libraries Qt's xcb platform plugin loads on Linux; PyInstaller bundles only those it finds.
LINUX_XCB_LIBS = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xcb-shape", "xkbcommon-x11", "xkbcommon")
LINUX_APT_HINT = (
    "sudo apt-get install -y --no-install-recommends libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
    "libxcb-shape0 libxkbcommon-x11-0 libxkbcommon0"
)


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def missing_linux_libraries() -> list[str]:
    return [name for name in LINUX_XCB_LIBS if ctypes.util.find_library(name) is None]


def lrelease_command() -> list[str] | None:
    """Qt's translation compiler shipped with PySide6 (``lrelease``), or None."""
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease.exe", "lrelease"):
        if (folder / name).is_file():
            return [str(folder / name)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def stale_translations(folder: Path) -> list[Path]:
    """The .ts files whose .qm is missing or older."""
    stale = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def compile_translations() -> None:
    folder = ROOT / "resources" / "translations"
    stale = stale_translations(folder) if folder.is_dir() else []
    if not stale:
        print("translations up to date")
        return
    cmd = lrelease_command()
    if cmd is None:
        raise BuildError(f"{', '.join(p.name for p in stale)} need compiling but lrelease was not found (PySide6)")
    for ts in stale:
        subprocess.run([*cmd, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")


@contextmanager
def virtual_display() -> Iterator[str | None]:
    """Linux: a private Xvfb display for one real-window smoke run, or None without Xvfb."""
    if not sys.platform.startswith("linux") or not shutil.which("Xvfb"):
        yield None
        return
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # Xvfb writes the display number once it accepts clients
    try:
        yield f":{number}" if number else None
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder`` (symlinks counted once, as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def size_report(app_dir: Path, top: int = 8) -> str:
    total = folder_size(app_dir)
    internal = app_dir / "_internal"
    parts = []
    if internal.is_dir():
        sizes = sorted(((folder_size(p) if p.is_dir() else p.lstat().st_size, p.name) for p in internal.iterdir()),
                       reverse=True)
        parts = [f"    {size / 1e6:7.1f} MB  {name}" for size, name in sizes[:top]]
    files = sum(1 for p in app_dir.rglob("*") if p.is_file())
    head = f"bundle: {total / 1e6:.1f} MB unpacked ({total / 2**20:.1f} MiB), {files} files in {app_dir}"
    return "\n".join([head, "  largest parts of _internal:", *parts])


def run_pyinstaller() -> Path:
    for folder in (WORK, DIST / APP_FOLDER):
        shutil.rmtree(folder, ignore_errors=True)
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ]
    print(" ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)
    app_dir = DIST / APP_FOLDER
    if not app_dir.is_dir():
        raise BuildError(f"PyInstaller finished but {app_dir} is missing")
    dropped = WORK / SPEC.stem / "dropped.txt"
    if dropped.exists():
        count = sum(1 for line in dropped.read_text(encoding="utf-8").splitlines() if line)
        print(f"left out {count} files the app does not use (list: {dropped.relative_to(ROOT)})")
    return app_dir


def find_iscc() -> Path | None:
    """Inno Setup's command-line compiler: on PATH, or where its installer puts it."""
    for name in ("ISCC.exe", "iscc"):
        found = shutil.which(name)
        if found:
            return Path(found)
    candidates = []
    for var in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(var)
        if base:
            sub = "Programs" if var == "LOCALAPPDATA" else ""
            candidates.append(Path(base, sub, "Inno Setup 6", "ISCC.exe"))
    return next((c for c in candidates if c.is_file()), None)


def build_installer(app_dir: Path, version: str) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise BuildError(
            "Inno Setup 6 was not found (ISCC.exe on PATH or in Program Files). Install it "
            "(https://jrsoftware.org/isdl.php, or `choco install innosetup -y`) or pass --no-installer."
        )
    INSTALLER_DIR.mkdir(parents=True, exist_ok=True)
    cmd = [
        str(iscc), "/Qp",
        f"/DAppVersion={version}",
        f"/DAppVersionNumeric={'.'.join(str(n) for n in version_info.windows_version(version))}",
        f"/DAppFolder={app_dir}",
        f"/DOutputDir={INSTALLER_DIR}",
        str(ISS),
    ]
    print(" ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=HERE, check=True)
    installers = sorted(INSTALLER_DIR.glob(f"*{version}*.exe"), key=lambda p: p.stat().st_mtime)
    if not installers:
        raise BuildError(f"ISCC finished but no installer for {version} is in {INSTALLER_DIR}")
    return installers[-1]


def zip_app(app_dir: Path, version: str) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = DIST / f"{APP_FOLDER}-{version}-{system}-{platform.machine().lower()}"
    return Path(shutil.make_archive(str(base), "zip", root_dir=app_dir.parent, base_dir=app_dir.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smoke-test the frozen app after building")
    parser.add_argument("--skip-build", action="store_true", help="use the existing dist folder (with --smoke)")
    parser.add_argument("--zip", action="store_true", help="also zip the one-folder app into dist/")
    parser.add_argument("--no-installer", action="store_true", help="Windows: do not run Inno Setup")
    parser.add_argument("--gui-runs", type=int, default=3, help="GUI start-ups timed by the smoke test")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    version = version_info.project_version(ROOT / "pyproject.toml")
    print(f"Työllisyysohjelma {version}, Python {platform.python_version()} on {platform.system()} {platform.machine()}")
    try:
        if args.skip_build:
            app_dir = DIST / APP_FOLDER
        else:
            if sys.platform.startswith("linux"):
                missing = missing_linux_libraries()
                if missing:
                    raise BuildError(
                        f"libraries the Qt xcb plugin needs are missing on this machine: {', '.join(missing)}; "
                        f"the bundle would silently lack them. Install them first:\n  {LINUX_APT_HINT}"
                    )
            step("translations")
            compile_translations()
            step("PyInstaller")
            t0 = time.perf_counter()
            app_dir = run_pyinstaller()
            print(f"built in {time.perf_counter() - t0:.0f} s")
        step("size")
        print(size_report(app_dir))
        if args.smoke:
            step("smoke test")
            with virtual_display() as x_display:
                result = smoke.run_smoke(app_dir, gui_runs=args.gui_runs, x_display=x_display)
            for item in result.skipped:
                print(f"  skipped: {item}")
            print(
                f"frozen start: window shown after {result.median_shown_s:.2f} s "
                f"(median of {len(result.shown_after_s)}: {', '.join(f'{t:.2f}' for t in result.shown_after_s)})"
            )
        if args.zip:
            step("zip")
            archive = zip_app(app_dir, version)
            print(f"{archive} ({archive.stat().st_size / 1e6:.1f} MB)")
        if sys.platform == "win32" and not args.no_installer:
            step("installer (Inno Setup)")
            installer = build_installer(app_dir, version)
            print(f"{installer} ({installer.stat().st_size / 1e6:.1f} MB)")
    except smoke.SmokeFailure as exc:
        print(f"\nSMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"\nBUILD FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"\ndone in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
