"""What the PyInstaller spec needs per platform: the executables, the folder and, on macOS, the ``.app``.

The spec ends with (in place of its own ``EXE(...)`` and ``COLLECT(...)`` lines)::

    sys.path.insert(0, str(root / "packaging"))
    import platforms  # noqa: E402
    coll = platforms.targets(a, pyz, root)

- **Linux**: one executable ``edtrainer`` (the app without arguments, every CLI command with them), as
  before. The menu entry, icons and metainfo come from ``packaging/linux`` (copied into the archive).
- **Windows**: two executables over the same files, as ``python.exe`` and ``pythonw.exe`` are.
  ``edtrainer.exe`` is a console program: from cmd or PowerShell ``edtrainer readiness ...`` prints its
  output and exit code like everywhere else (a windowed program has no stdout and returns to the prompt at
  once), and ``edtrainer`` alone opens the app. ``edtrainerw.exe`` is the windowed one that the Start menu
  and the desktop icon start, so no console window appears beside the app. (PyInstaller's
  ``hide_console`` would make one executable do both, but it cannot hide the window of Windows Terminal,
  the default console of Windows 11: a terminal tab would open beside the app.) Both carry the icon and
  version information (file properties, the installer's file-in-use check).
- **macOS**: one windowed executable in ``edtrainer.app`` (a console executable would make PyInstaller
  mark the app ``LSBackgroundOnly``: no Dock icon, no menu bar). The command line works from Terminal as
  ``/Applications/edtrainer.app/Contents/MacOS/edtrainer COMMAND``.

Imported by the spec only (it needs PyInstaller's build classes); ``tests/test_desktop_files.py`` checks
the version parsing and the Info.plist keys without PyInstaller.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

APP_ID = "nl.edtrainer.Edtrainer"  # the same as edtrainer.paths.APP_ID (a test checks)
NAME = "edtrainer"
WINDOWED_NAME = "edtrainerw"  # Windows only: the Start menu's program (packaging/windows/edtrainer.iss)
PUBLISHER = "The edtrainer team"
# Qt 6.10's oldest supported macOS; below it Qt would crash at start instead of macOS saying why.
MACOS_MINIMUM = "13.0"


def version(root: Path) -> str:
    """The project's version, from pyproject.toml (the one source; the release workflow checks the tag)."""
    return str(tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def numeric_version(text: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: 0.1.0 -> (0, 1, 0, 0); 1.2.0rc1 -> (1, 2, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", text.split("+")[0])[:3]]
    while len(numbers) < 4:
        numbers.append(0)
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def icon(root: Path, suffix: str) -> str:
    return str(root / "resources" / "icons" / f"edtrainer.{suffix}")


def info_plist(app_version: str) -> dict[str, Any]:
    """Info.plist keys beside the ones PyInstaller writes (CFBundleExecutable, CFBundleIconFile, ...)."""
    return {
        "CFBundleName": NAME,
        "CFBundleDisplayName": NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": app_version,
        "CFBundleVersion": app_version,
        # Dutch first: the languages the app has, so macOS hands Qt the user's choice between them (file
        # dialogs, standard buttons) instead of falling back to English.
        "CFBundleDevelopmentRegion": "nl",
        "CFBundleLocalizations": ["nl", "en"],
        "NSHighResolutionCapable": True,  # sharp text on Retina screens
        "NSPrincipalClass": "NSApplication",
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSApplicationCategoryType": "public.app-category.education",
        "NSHumanReadableCopyright": f"{PUBLISHER}, EUPL-1.2",
    }


def windows_version_info(app_version: str, *, file_name: str, description: str) -> Any:
    """The version resource of a Windows executable (Explorer's Properties → Details)."""
    from PyInstaller.utils.win32 import versioninfo as v

    numbers = numeric_version(app_version)
    strings = [v.StringStruct("CompanyName", PUBLISHER), v.StringStruct("FileDescription", description),
               v.StringStruct("FileVersion", app_version), v.StringStruct("InternalName", NAME),
               v.StringStruct("LegalCopyright", "EUPL-1.2"), v.StringStruct("OriginalFilename", file_name),
               v.StringStruct("ProductName", NAME), v.StringStruct("ProductVersion", app_version)]
    return v.VSVersionInfo(
        ffi=v.FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0, OS=0x40004, fileType=0x1,
                            subtype=0x0, date=(0, 0)),
        kids=[v.StringFileInfo([v.StringTable("040904B0", strings)]),  # US English, Unicode
              v.VarFileInfo([v.VarStruct("Translation", [0x0409, 1200])])])


def targets(a: Any, pyz: Any, root: Path, *, exe_options: dict[str, Any] | None = None,
            collect_options: dict[str, Any] | None = None) -> Any:
    """The executables and the folder dist/edtrainer/ (and dist/edtrainer.app on macOS); returns the COLLECT.
    ``exe_options`` and ``collect_options`` go to every EXE and to the COLLECT (e.g. strip, upx)."""
    from PyInstaller.building.api import COLLECT, EXE
    from PyInstaller.building.osx import BUNDLE

    common = {"exclude_binaries": True, **(exe_options or {})}
    app_version = version(root)
    if sys.platform == "win32":
        exes = [
            EXE(pyz, a.scripts, [], name=NAME, console=True, icon=icon(root, "ico"),
                version=windows_version_info(app_version, file_name=f"{NAME}.exe",
                                             description="edtrainer (command line)"), **common),
            EXE(pyz, a.scripts, [], name=WINDOWED_NAME, console=False, icon=icon(root, "ico"),
                version=windows_version_info(app_version, file_name=f"{WINDOWED_NAME}.exe",
                                             description="edtrainer"), **common),
        ]
    elif sys.platform == "darwin":
        exes = [EXE(pyz, a.scripts, [], name=NAME, console=False, argv_emulation=False, icon=icon(root, "icns"),
                    **common)]
    else:
        exes = [EXE(pyz, a.scripts, [], name=NAME, console=False, **common)]
    coll = COLLECT(*exes, a.binaries, a.datas, name=NAME, **(collect_options or {}))
    if sys.platform == "darwin":
        BUNDLE(coll, name=f"{NAME}.app", icon=icon(root, "icns"), bundle_identifier=APP_ID, version=app_version,
               info_plist=info_plist(app_version))
    return coll
