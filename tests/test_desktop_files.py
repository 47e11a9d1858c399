"""Desktop integration (issue 14, item 3): the Linux menu entry and AppStream metainfo pass the real
validators, the icon set is complete, packaging/linux/install.sh installs a bundle for one user and removes
it again without touching the user's data, and the app's windows carry the icon."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from edtrainer import paths

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = paths.APP_ID
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def validator(tool: str, package: str) -> str:
    """The validator's path; skipped where it is missing, except in CI, where .ci/run installs it."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing in CI: .ci/run installs the Debian package {package}")
        pytest.skip(f"{tool} is not installed (Debian package {package}; .ci/run installs it)")
    return path


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_desktop_file_passes_desktop_file_validate() -> None:
    proc = subprocess.run([validator("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                          capture_output=True, text=True)
    # Hints may stay (two main categories, Office and Education, as asked); errors and warnings may not.
    assert proc.returncode == 0 and not re.search(r": (error|warning): ", proc.stdout), proc.stdout


def test_desktop_file_speaks_dutch_and_english_and_names_the_app_id() -> None:
    entry = desktop_entry(DESKTOP)
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[nl]"], key
    assert entry["GenericName[nl]"] != entry["GenericName"] and entry["Comment[nl]"] != entry["Comment"]
    assert entry["Icon"] == APP_ID and entry["Exec"] == "edtrainer"
    assert {"Office", "Education"} <= set(entry["Categories"].split(";"))


def test_metainfo_passes_appstreamcli_validate_without_network() -> None:
    proc = subprocess.run([validator("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic",
                           str(METAINFO)], capture_output=True, text=True)
    # Only pedantic remarks may stay (the id's capitals, as freedesktop's own examples have them).
    remarks = [line for line in proc.stdout.splitlines() if re.match(r"[EWI]: ", line)]
    assert proc.returncode == 0 and remarks == [], proc.stdout


def test_metainfo_matches_the_project_and_its_screenshots_exist() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID and root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "EUPL-1.2"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert root.find("releases/release").get("version") == version, "add a <release> for the new version"
    for tag in ("summary", "description/p", "description/ul/li", "screenshots/screenshot/caption"):
        langs = [element.get(XML_LANG) for element in root.findall(tag)]
        assert langs.count("nl") == langs.count(None) > 0, tag  # every English text has its Dutch one
    images = [element.text or "" for element in root.findall("screenshots/screenshot/image")]
    assert len(images) >= 6
    for url in images:  # docs/screenshots/, published at the project's address (packaging/README.md)
        name = url.removeprefix("https://edtrainer.nl/screenshots/")
        assert name != url and (ROOT / "docs" / "screenshots" / name).is_file(), url


def test_icon_set_has_every_size_and_the_windows_and_macos_files() -> None:
    assert ET.parse(ICONS / "edtrainer.svg").getroot().get("viewBox") == "0 0 128 128"
    for size in PNG_SIZES:
        with Image.open(ICONS / f"edtrainer-{size}.png") as image:
            assert (image.format, image.size, image.mode) == ("PNG", (size, size), "RGBA")
    with Image.open(ICONS / "edtrainer.ico") as ico:
        assert {16, 32, 48, 256} <= {w for w, _h in ico.info["sizes"]}
    with Image.open(ICONS / "edtrainer.icns") as icns:
        assert icns.format == "ICNS" and (512, 512, 2) in icns.info["sizes"]


# --- install.sh on a fake bundle, in a fake home ---------------------------------------------------------

def fake_bundle(where: Path) -> Path:
    """What the archive unpacks to: edtrainer/ with the executable, PyInstaller's _internal/ (with the
    resources) and, copied in by the build, the files of packaging/linux/."""
    bundle = where / "edtrainer"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    exe = bundle / "edtrainer"
    exe.write_text('#!/bin/sh\necho "fake edtrainer $*"\n')
    exe.chmod(0o755)
    for file in ("install.sh", DESKTOP.name, METAINFO.name):
        shutil.copy2(LINUX / file, bundle / file)
    return bundle


def run_install(home: Path, *args: str, script: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    return subprocess.run(["sh", str(script), *args], capture_output=True, text=True, env=env, timeout=120)


def installed(home: Path) -> set[str]:
    """Every file and link under the fake home, as paths relative to it."""
    return {str(p.relative_to(home)) for p in home.rglob("*") if p.is_file() or p.is_symlink()}


OURS = {f".local/share/applications/{APP_ID}.desktop", f".local/share/metainfo/{APP_ID}.metainfo.xml",
        f".local/share/icons/hicolor/scalable/apps/{APP_ID}.svg", ".local/bin/edtrainer",
        ".local/opt/edtrainer/edtrainer", ".local/opt/edtrainer/install.sh"} | {
    f".local/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in PNG_SIZES}


def test_install_script_puts_everything_in_place_for_the_user_and_uninstall_keeps_the_data(tmp_path: Path) -> None:
    home, bundle = tmp_path / "home", fake_bundle(tmp_path / "download")
    home.mkdir()
    data = home / ".local" / "share" / "edtrainer"  # the user's data folder (platformdirs), from an earlier use
    data.mkdir(parents=True)
    (data / "edtrainer.sqlite3").write_text("the coordinator's database")
    (home / ".config" / "edtrainer").mkdir(parents=True)
    (home / ".config" / "edtrainer" / "edtrainer.conf").write_text("settings")

    proc = run_install(home, script=bundle / "install.sh")
    assert proc.returncode == 0, proc.stderr
    assert "~/.local/opt" not in proc.stdout and str(home / ".local/opt/edtrainer") in proc.stdout
    files = installed(home)
    assert files >= OURS
    app_dir = home / ".local" / "opt" / "edtrainer"
    assert (app_dir / "_internal" / "resources" / "icons" / "edtrainer.svg").is_file()
    launcher = home / ".local" / "bin" / "edtrainer"
    assert launcher.resolve() == app_dir / "edtrainer"
    assert subprocess.run([str(launcher), "--version"], capture_output=True, text=True).stdout == \
        "fake edtrainer --version\n"
    entry_file = home / ".local" / "share" / "applications" / DESKTOP.name
    entry = desktop_entry(entry_file)
    assert entry["Exec"] == entry["TryExec"] == str(app_dir / "edtrainer")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry_file)], capture_output=True, text=True)
        assert check.returncode == 0 and not re.search(r": (error|warning): ", check.stdout), check.stdout
    with Image.open(home / f".local/share/icons/hicolor/48x48/apps/{APP_ID}.png") as icon:
        assert icon.size == (48, 48)

    # Again (an upgrade with the same files): the same result, nothing left over from the swap.
    proc = run_install(home, script=bundle / "install.sh")
    assert proc.returncode == 0, proc.stderr
    assert installed(home) == files
    assert not (home / ".local" / "opt" / "edtrainer.new").exists()
    assert not (home / ".local" / "opt" / "edtrainer.old").exists()

    # Uninstall from the installed copy, as the script's last line says.
    proc = run_install(home, "--uninstall", script=app_dir / "install.sh")
    assert proc.returncode == 0, proc.stderr
    assert str(data) in proc.stdout
    left = installed(home)
    assert not left & OURS and not app_dir.exists()
    assert (data / "edtrainer.sqlite3").read_text() == "the coordinator's database"
    assert (home / ".config" / "edtrainer" / "edtrainer.conf").read_text() == "settings"
    # Twice is harmless too.
    assert run_install(home, "--uninstall", script=LINUX / "install.sh").returncode == 0
    assert installed(home) == left


def test_install_script_from_the_checkout_with_bundle_and_a_foreign_launcher_kept(tmp_path: Path) -> None:
    home, bundle = tmp_path / "home", fake_bundle(tmp_path / "dist")
    for file in ("install.sh", DESKTOP.name, METAINFO.name):  # a bundle as PyInstaller leaves it
        (bundle / file).unlink()
    own = home / ".local" / "bin" / "edtrainer"  # e.g. from `pip install --user edtrainer`
    own.parent.mkdir(parents=True)
    own.write_text("#!/bin/sh\necho pip\n")
    proc = run_install(home, "--bundle", str(bundle), script=LINUX / "install.sh")
    assert proc.returncode == 0, proc.stderr
    assert "exists and is not from this installation" in proc.stdout
    assert own.read_text() == "#!/bin/sh\necho pip\n" and not own.is_symlink()
    assert (OURS - {".local/bin/edtrainer"}) <= installed(home)
    assert run_install(home, "--uninstall", script=LINUX / "install.sh").returncode == 0
    assert own.read_text() == "#!/bin/sh\necho pip\n"
    assert not (home / ".local" / "opt" / "edtrainer").exists()


def test_install_script_refuses_a_folder_without_the_app_and_says_so_in_dutch(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "nl_NL.UTF-8"}
    proc = subprocess.run(["sh", str(LINUX / "install.sh"), "--bundle", str(empty)], capture_output=True,
                          text=True, env=env)
    assert proc.returncode == 1 and "pak eerst het archief uit" in proc.stderr
    assert installed(home) == set()


def test_the_apps_windows_carry_the_icon_and_the_desktop_id(tmp_path: Path) -> None:
    script = (
        "from types import SimpleNamespace\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from edtrainer.gui import app\n"
        "code = app.run(SimpleNamespace(quit_after_first_paint=True, database=None, lang=None))\n"
        "qapp = QApplication.instance()\n"
        "icon = qapp.windowIcon()\n"
        "colour = icon.pixmap(32, 32).toImage().pixelColor(16, 4).name()\n"
        "print(code, qapp.desktopFileName(), sorted(s.width() for s in icon.availableSizes()), colour)\n")
    env = {**os.environ, "EDTRAINER_DATA_DIR": str(tmp_path), "EDTRAINER_CONFIG_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    # The top middle of the 32 px icon is the white certificate.
    assert proc.stdout.split() == ["0", APP_ID, "[16,", "24,", "32,", "48,", "64,", "128,", "256]", "#ffffff"]


# --- Windows and macOS: built only by .github/workflows/release.yml; here their settings are read ----------

def platforms_module():  # noqa: ANN201  (packaging/platforms.py is not a package module)
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import platforms
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return platforms


def test_macos_app_settings_name_the_app_id_version_and_retina() -> None:
    platforms = platforms_module()
    assert platforms.APP_ID == APP_ID
    version = platforms.version(ROOT)
    plist = platforms.info_plist(version)
    assert plist["CFBundleIdentifier"] == APP_ID and plist["CFBundleShortVersionString"] == version
    assert plist["NSHighResolutionCapable"] is True and plist["CFBundleLocalizations"] == ["nl", "en"]
    assert Path(platforms.icon(ROOT, "icns")).is_file() and Path(platforms.icon(ROOT, "ico")).is_file()
    assert platforms.numeric_version("0.1.0") == (0, 1, 0, 0)
    assert platforms.numeric_version("1.12.3rc2+local") == (1, 12, 3, 0)


def test_windows_installer_is_per_user_bilingual_and_keeps_the_data() -> None:
    iss = (ROOT / "packaging" / "windows" / "edtrainer.iss").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", iss, flags=re.MULTILINE))
    assert settings["AppId"] == APP_ID and settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"] == r"{localappdata}\Programs\edtrainer"
    assert (ROOT / "packaging" / "windows" / settings["SetupIconFile"].replace("\\", "/")).resolve() == \
        ICONS / "edtrainer.ico"
    assert 'MessagesFile: "compiler:Languages\\Dutch.isl"' in iss and 'MessagesFile: "compiler:Default.isl"' in iss
    # The Start menu starts the windowed program that packaging/platforms.py builds.
    assert f'Filename: "{{app}}\\{platforms_module().WINDOWED_NAME}.exe"' in iss
    # Nothing but the installed files goes at uninstall: no [UninstallDelete], no deleting in [Code].
    sections = re.findall(r"^\[(\w+)\]", iss, flags=re.MULTILINE)
    assert "Setup" in sections and "UninstallDelete" not in sections
    assert "DelTree" not in iss and "DeleteFile" not in iss
    nl = dict(re.findall(r"^nl\.(\w+)=(.*)$", iss, flags=re.MULTILINE))
    en = dict(re.findall(r"^en\.(\w+)=(.*)$", iss, flags=re.MULTILINE))
    assert nl.keys() == en.keys() and all(nl[k] != en[k] for k in nl)  # every message in both languages


def test_release_workflow_builds_three_systems_and_uses_the_names_the_packaging_makes() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-22.04", "windows-latest", "macos-latest"):
        assert f"runs-on: {runner}" in workflow
    assert "packaging/build --check" in workflow and "tests/test_desktop_files.py" in workflow
    assert "packaging\\windows\\edtrainer.iss" in workflow and "edtrainerw.exe" in workflow
    assert f"{APP_ID}.desktop" in workflow and "Print :CFBundleIdentifier' dist/edtrainer.app" in workflow
