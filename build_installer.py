"""Build the SCP Desktop bundle for the platform this runs on (PyInstaller does not cross-compile).

    python build_installer.py            # needs the dev environment: ./dev test installs it
    python build_installer.py --skip-archive

Linux   dist/scp-desktop/ (one folder) and dist/scp-desktop-VERSION-linux-ARCH.tar.gz holding it
        with a .desktop file, the icon and install.sh (per-user menu entry). Needs `binutils`.
Windows dist/scp-desktop/ and, when Inno Setup's `iscc` is on PATH, dist/scp-desktop-VERSION-setup.exe
        from installer/windows/scp-desktop.iss. Run in a Windows Python with the dev extras.
macOS   dist/SCP Desktop.app and dist/scp-desktop-VERSION-macos.dmg (hdiutil). Run on a Mac.

Prints the unpacked and compressed sizes and the build time.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST, BUILD = ROOT / "dist", ROOT / "build"
SPEC = ROOT / "installer" / "scp_desktop.spec"
sys.path.insert(0, str(ROOT))
from scp_desktop import __version__  # noqa: E402 - the one place the version lives

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=SCP Desktop
Name[vi]=SCP Desktop – Báo cáo sản xuất và tiêu dùng bền vững
Comment=Sustainable production and consumption reporting (Decision 76/QĐ-TTg)
Comment[vi]=Ghi chép và báo cáo sản xuất, tiêu dùng bền vững gửi Bộ Công Thương
Exec={exec} %F
Icon={icon}
Terminal=false
Categories=Office;
"""

INSTALL_SH = """#!/bin/sh
# Adds SCP Desktop to this user's application menu; the folder can live anywhere.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed -e "s|@EXEC@|$here/scp-desktop/scp-desktop|" -e "s|@ICON@|$here/scp-desktop.png|" \\
    "$here/scp-desktop.desktop" > "$apps/scp-desktop.desktop"
echo "SCP Desktop added to the menu. Start it from there or with $here/scp-desktop/scp-desktop"
"""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run_pyinstaller() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return DIST / "scp-desktop"


def slim_icu(bundle: Path) -> None:
    """Swap Qt's 31 MB ICU data library for an empty one (see installer/linux/icudata_stub.c)."""
    found = sorted(bundle.rglob("libicudata.so.*"))
    compiler = shutil.which("gcc") or shutil.which("cc")
    if not found or compiler is None:
        print("ICU data kept in full (no gcc here): the bundle is ~31 MB larger")
        return
    target = next(p for p in found if not p.is_symlink())
    major = target.name.split(".so.")[1].split(".")[0]
    subprocess.run(
        [
            compiler,
            "-shared",
            "-fPIC",
            "-O2",
            f"-DICU_MAJOR={major}",
            f"-Wl,-soname,libicudata.so.{major}",
            "-o",
            str(target),
            str(ROOT / "installer" / "linux" / "icudata_stub.c"),
        ],
        check=True,
    )


def package_linux(bundle: Path) -> Path:
    arch = platform.machine()
    target = DIST / f"scp-desktop-{__version__}-linux-{arch}.tar.gz"
    staging = BUILD / "linux-package"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    (staging / "scp-desktop.desktop").write_text(DESKTOP_ENTRY.format(exec="@EXEC@", icon="@ICON@"), "utf-8")
    shutil.copy(ROOT / "resources" / "icons" / "scp-desktop.png", staging / "scp-desktop.png")
    (staging / "install.sh").write_text(INSTALL_SH, "utf-8")
    os.chmod(staging / "install.sh", 0o755)
    top = f"scp-desktop-{__version__}"
    with tarfile.open(target, "w:gz", compresslevel=9) as archive:
        archive.add(bundle, arcname=f"{top}/scp-desktop")
        for item in staging.iterdir():
            archive.add(item, arcname=f"{top}/{item.name}")
    return target


def package_windows(_bundle: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("iscc (Inno Setup) not found: the one-folder bundle is in dist/scp-desktop")
        return None
    subprocess.run(
        [iscc, f"/DAppVersion={__version__}", str(ROOT / "installer" / "windows" / "scp-desktop.iss")], check=True
    )
    return DIST / f"scp-desktop-{__version__}-setup.exe"


def package_macos(_bundle: Path) -> Path:
    target = DIST / f"scp-desktop-{__version__}-macos.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "SCP Desktop",
            "-srcfolder",
            str(DIST / "SCP Desktop.app"),
            "-ov",
            "-format",
            "UDZO",
            str(target),
        ],
        check=True,
    )
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-archive", action="store_true", help="build the one-folder bundle only")
    args = parser.parse_args()
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        print("PyInstaller needs binutils (objdump): apt-get install binutils", file=sys.stderr)
        return 2
    started = time.perf_counter()
    bundle = run_pyinstaller()
    if sys.platform.startswith("linux"):
        slim_icu(bundle)
    package = None
    if not args.skip_archive:
        if sys.platform.startswith("linux"):
            package = package_linux(bundle)
        elif sys.platform == "win32":
            package = package_windows(bundle)
        elif sys.platform == "darwin":
            package = package_macos(bundle)
    elapsed = time.perf_counter() - started
    print(f"bundle: {bundle} — {folder_size(bundle) / 2**20:.1f} MB unpacked")
    if package is not None:
        print(f"package: {package} — {package.stat().st_size / 2**20:.1f} MB")
    print(f"build time: {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
