"""Migrations and resources are found from a checkout, an installed wheel and a packaged build."""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from edtrainer import paths

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Without build isolation: the build hook's PySide6 and hatchling are in the test environment already,
    # and installing them into a fresh one would cost more than the test.
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                           str(out), str(ROOT)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (built,) = out.glob("edtrainer-*.whl")
    return built


def test_wheel_carries_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "edtrainer/_db/env.py" in names
    assert "edtrainer/_db/script.py.mako" in names
    versions = {n for n in names if n.startswith("edtrainer/_db/versions/") and n.endswith(".py")}
    assert len(versions) == len(list((ROOT / "db" / "versions").glob("*.py")))
    assert "edtrainer/_resources/README.md" in names
    assert "edtrainer/_resources/translations/edtrainer_nl.qm" in names  # compiled at build time
    for lang in ("nl", "en"):  # the core's text catalogue: the source and its compiled form
        assert f"edtrainer/_resources/locale/{lang}/LC_MESSAGES/edtrainer.po" in names
        assert f"edtrainer/_resources/locale/{lang}/LC_MESSAGES/edtrainer.mo" in names
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                 "LICENSE-DejaVu.txt"):
        assert f"edtrainer/_resources/fonts/{font}" in names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]


def test_installed_wheel_migrates_a_new_database(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = ("import edtrainer, edtrainer.paths as p; from edtrainer.core.db import open_database\n"
            "db = open_database(r'%s'); print(edtrainer.__file__); print(p.migrations_dir()); "
            "print(db.current_revision())" % (tmp_path / "w.sqlite3"))
    env = {**os.environ, "PYTHONPATH": str(target), "EDTRAINER_DATA_DIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    module_file, migrations, revision = proc.stdout.split()
    assert module_file.startswith(str(target))
    assert migrations == str(target / "edtrainer" / "_db")
    from edtrainer.core.db import head_revision

    assert revision == head_revision()


def test_packaged_build_finds_files_beside_the_executable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "db", tmp_path / "db")
    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.migrations_dir() == tmp_path / "db"
    assert paths.resources_dir() == tmp_path / "resources"


def test_installed_wheel_reads_its_compiled_texts(wheel: Path, tmp_path: Path) -> None:
    """The installed package reads the .mo built into it: nothing compiled, nothing written to the cache."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = ("from edtrainer.core import i18n; print(i18n.locale_dir()); "
            "print(i18n.plural('retention_erased', 2, 'nl')); print(i18n.word('mark', 'en'))")
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(target), "EDTRAINER_CACHE_DIR": str(cache)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    folder, sentence, word = proc.stdout.splitlines()
    assert folder == str(target / "edtrainer" / "_resources" / "locale")
    assert sentence == "De gegevens van 2 mensen voorbij de bewaartermijn zijn gewist." and word == "attendance mark"
    assert not cache.exists() and "missing" not in proc.stderr


def test_a_checkout_compiles_its_texts_on_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From a checkout without a build (no .mo beside the .po), the catalogue is compiled into the cache;
    a .po edited later is compiled again (the earlier version's folder removed), and a second checkout
    sharing the cache (a worktree beside main) reads its own texts, not the last one compiled."""
    from edtrainer import _mo
    from edtrainer.core import i18n

    checkouts = [tmp_path / "main", tmp_path / "worktree"]
    for checkout in checkouts:
        shutil.copytree(ROOT / "resources", checkout / "resources", ignore=shutil.ignore_patterns("*.mo", "*.qm"))
        (checkout / "pyproject.toml").write_text("")
    monkeypatch.setenv("EDTRAINER_CACHE_DIR", str(tmp_path / "cache"))

    def texts(checkout: Path) -> tuple[Path, str]:
        monkeypatch.setattr(paths, "resources_dir", lambda: checkout / "resources")
        folder = i18n.locale_dir()
        with open(folder / "nl" / "LC_MESSAGES" / "edtrainer.mo", "rb") as f:
            return folder, gettext.GNUTranslations(f).gettext("cli.help\x04version")

    first, version = texts(checkouts[0])
    assert first.parent == tmp_path / "cache" / "locale" and version == "toon het versienummer en stop"
    po = _mo.po_path(checkouts[1] / "resources" / "locale", "nl")
    po.write_text(po.read_text(encoding="utf-8").replace('"toon het versienummer en stop"', '"versie"'),
                  encoding="utf-8")
    os.utime(po, (1, 1))  # older than main's compiled catalogue, which the worktree must not take for its own
    assert texts(checkouts[1])[1] == "versie"
    assert texts(checkouts[0]) == (first, "toon het versienummer en stop")

    po = _mo.po_path(checkouts[0] / "resources" / "locale", "nl")
    po.write_text(po.read_text(encoding="utf-8").replace('"toon het versienummer en stop"', '"nummer"'),
                  encoding="utf-8")
    again, version = texts(checkouts[0])
    assert version == "nummer" and again != first and not first.exists()
    assert len(list((tmp_path / "cache" / "locale").iterdir())) == 2  # one per checkout
