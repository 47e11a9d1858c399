"""The licence list for the About dialog: from the build's file in a bundle, from the environment otherwise."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from edtrainer import paths
from edtrainer.core import licences

ROOT = Path(__file__).resolve().parent.parent


def _names(entries: list[licences.Licence]) -> dict[str, licences.Licence]:
    return {e.name.lower().replace("_", "-"): e for e in entries}


def test_without_a_build_the_list_comes_from_the_environment() -> None:
    entries = licences.bundled()
    names = _names(entries)
    assert entries[0] == licences.Licence("edtrainer", names["edtrainer"].version, "EUPL-1.2", "application")
    # every dependency in pyproject.toml and what they need in turn (psycopg's binary part through its extra)
    for name in ("sqlalchemy", "alembic", "pyside6-essentials", "pyside6-addons", "reportlab", "pyhanko",
                 "segno", "psycopg", "psycopg-binary", "openpyxl", "et-xmlfile", "cryptography", "shiboken6"):
        assert names[name].kind == "library" and names[name].licence not in ("", "unknown"), name
    assert names["psycopg"].licence == "LGPL-3.0-only"
    assert names["python"].kind == "runtime" and names["python"].licence == "PSF-2.0"
    font = names["dejavu fonts"]
    assert font.kind == "font" and font.licence == "Bitstream-Vera" and "DejaVuSans.ttf" in font.version
    # the test tools are installed here, but edtrainer does not need them
    assert not {"pytest", "hypothesis", "mypy", "ruff", "pip"} & set(names)


def test_a_build_reads_the_list_written_at_build_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    written = licences.from_environment(lock=None, extra=licences.BUILD_TOOLS_IN_BUNDLE)
    licences.write(tmp_path / "resources" / licences.FILE_NAME, written[:3], "requirements.lock")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "resources")
    assert licences.bundled() == written[:3]


def test_the_lock_file_must_pin_what_is_installed(tmp_path: Path) -> None:
    """A build from the lock file lists the versions the lock pins; a library at another version stops it."""
    installed = {e.name.lower(): e.version for e in licences.from_environment()}
    lock = tmp_path / "requirements.lock"
    lines = [f"{name}=={version} \\\n    --hash=sha256:00" for name, version in installed.items() if name != "python"]
    lock.write_text("\n".join(lines) + "\n")
    assert licences.from_environment(lock=lock)  # every library at its pinned version
    lock.write_text(lock.read_text().replace(f"sqlalchemy=={installed['sqlalchemy']}", "sqlalchemy==0.0.1"))
    with pytest.raises(ValueError, match="SQLAlchemy .* is installed, but the lock file pins 0.0.1"):
        licences.from_environment(lock=lock)


def test_the_committed_lock_file_pins_every_dependency() -> None:
    pins = licences.read_lock(ROOT / "packaging" / "requirements.lock")
    for name in ("sqlalchemy", "pyside6-essentials", "pyhanko", "reportlab", "psycopg-binary", "sqlcipher3-binary",
                 "pyinstaller"):
        assert name in pins, name
    requirements = [licences._parse(r)[0] for r in licences.own_requirements()]
    assert all(licences._normal(r) in pins for r in requirements)


def test_the_command_prints_or_writes_the_list(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "edtrainer.core.licences"], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert proc.stdout.splitlines()[0] == "edtrainer\t0.1.0\tEUPL-1.2\tapplication"
    out = tmp_path / "licences.json"
    subprocess.run([sys.executable, "-m", "edtrainer.core.licences", "--json", str(out)], check=True, cwd=ROOT)
    data = json.loads(out.read_text("utf-8"))
    assert data["generated_from"] == "environment" and data["licences"][0]["licence"] == "EUPL-1.2"
