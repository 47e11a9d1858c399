"""The packaged desktop build (packaging/build), run the way a user runs it: from a copy in another place, with
a fresh home folder, while the folder it was built into is gone. Skipped unless EDTRAINER_BUNDLE names a built
dist/edtrainer folder: ``packaging/build --check`` builds one and runs these tests (packaging/README.md).

The tests run in order and share one copy of the bundle and one home folder (``-n0``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = os.environ.get("EDTRAINER_BUNDLE")
FIXTURE = ROOT / "tests" / "fixtures" / "release-previous.sqlite3"  # made by 0.1.0 at schema 0009: see README
PASSPHRASE = "bundel-smoke-test-wachtwoord"

pytestmark = [pytest.mark.bundle,
              pytest.mark.skipif(not BUNDLE, reason="EDTRAINER_BUNDLE is not set (packaging/build --check sets it)")]


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        self.folder, self.home = folder, home
        self.env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "TZ": "Europe/Amsterdam",
                    "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
                    "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(home / "run"),
                    "QT_QPA_PLATFORM": "offscreen", "EDTRAINER_KEY_PASSPHRASE": PASSPHRASE}
        (home / "run").mkdir(mode=0o700, parents=True)

    def run(self, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
        """``edtrainer ARGV`` from the copy, in the home folder, with nothing of the build's environment."""
        return subprocess.run([str(self.folder / "edtrainer"), *argv], cwd=self.home, env={**self.env, **env},
                              capture_output=True, text=True, timeout=240)

    def ok(self, *argv: str, **env: str) -> str:
        proc = self.run(*argv, **env)
        assert proc.returncode == 0, f"edtrainer {' '.join(argv)}: {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
        return proc.stdout


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    """A copy of the bundle in a temporary folder; the built folder is renamed away while the tests run, so
    a path into it that the bundle kept would fail."""
    assert BUNDLE is not None
    source = Path(BUNDLE).resolve()
    assert (source / "edtrainer").is_file(), f"{source} is not a built bundle (run packaging/build)"
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    copy = elsewhere / "edtrainer"
    shutil.copytree(source, copy, symlinks=True)
    away = source.with_name(source.name + ".moved-away")
    source.rename(away)
    try:
        yield Bundle(copy, elsewhere / "home")
    finally:
        away.rename(source)


@pytest.fixture(scope="module")
def demo(bundle: Bundle) -> Path:
    db = bundle.home / "demo.sqlite3"
    out = bundle.ok("--database", str(db), "demo")
    assert out.startswith("Demo aangemaakt: opleiding EDASU")
    return db


def test_bundle_carries_its_files_and_leaves_unused_qt_out(bundle: Bundle) -> None:
    inside = bundle.folder / "_internal"
    for path in ("db/env.py", "resources/translations/edtrainer_nl.qm", "resources/translations/qt/qtbase_nl.qm",
                 "resources/locale/nl/LC_MESSAGES/edtrainer.mo", "resources/locale/en/LC_MESSAGES/edtrainer.mo",
                 "resources/fonts/DejaVuSans.ttf", "resources/fonts/LICENSE-DejaVu.txt", "resources/licences.json",
                 "reportlab/fonts", "resources/icons/edtrainer.svg", "resources/icons/edtrainer-256.png"):
        assert (inside / path).exists(), path
    for path in ("install.sh", "nl.edtrainer.Edtrainer.desktop", "nl.edtrainer.Edtrainer.metainfo.xml"):
        assert (bundle.folder / path).exists(), path  # what installs the unpacked archive (packaging/linux)
    assert len(list((inside / "db" / "versions").glob("*.py"))) == len(list((ROOT / "db" / "versions").glob("*.py")))
    assert [p for p in bundle.folder.rglob("*") if p.is_symlink() and not p.exists()] == []
    libraries = {p.name for p in inside.rglob("libQt6*")}
    assert "libQt6Charts.so.6" in libraries and "libQt6PdfWidgets.so.6" in libraries
    unused = [n for n in libraries if n.startswith(("libQt6WebEngine", "libQt63D", "libQt6Quick", "libQt6Qml",
                                                    "libQt6Multimedia"))]
    assert unused == []


def test_bundle_names_no_build_folder(bundle: Bundle) -> None:
    """No file of the bundle holds the path of the checkout it was built from (where it could look for files)."""
    needle = str(ROOT).encode()
    naming = [p for p in bundle.folder.rglob("*") if p.is_file() and not p.is_symlink() and needle in p.read_bytes()]
    assert naming == []


def test_licences_list_everything_bundled(bundle: Bundle) -> None:
    data = json.loads((bundle.folder / "_internal" / "resources" / "licences.json").read_text("utf-8"))
    entries = {e["name"].lower().replace("_", "-"): e for e in data["licences"]}
    assert entries["edtrainer"]["licence"] == "EUPL-1.2"
    for name in ("pyside6-essentials", "pyside6-addons", "reportlab", "pyhanko", "psycopg", "sqlalchemy",
                 "pyinstaller", "python", "dejavu fonts"):
        assert entries[name]["licence"] not in ("", "unknown"), name
    assert "pytest" not in entries and "setuptools" not in entries  # build and test tools are not shipped


def test_version(bundle: Bundle) -> None:
    import edtrainer

    assert bundle.ok("--version").strip() == f"edtrainer {edtrainer.__version__}"


def test_demo_opens_to_its_first_paint(bundle: Bundle, demo: Path) -> None:
    mark = bundle.home / "first-paint"
    bundle.ok("--database", str(demo), "--quit-after-first-paint", EDTRAINER_FIRST_PAINT_FILE=str(mark))
    assert float(mark.read_text()) > 0


def test_upgrades_a_database_of_the_previous_release(bundle: Bundle) -> None:
    db = bundle.home / "previous.sqlite3"
    shutil.copyfile(FIXTURE, db)
    with closing(sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)) as old:
        (revision,) = old.execute("SELECT version_num FROM alembic_version").fetchone()
        (trainees,) = old.execute("SELECT count(*) FROM trainee").fetchone()
    head = sorted(p.name.split("_")[1] for p in (ROOT / "db" / "versions").glob("*.py"))[-1]
    assert revision < head, "the fixture should be older than the newest migration"
    assert f"bijgewerkt naar {head}" in bundle.ok("--database", str(db), "db", "upgrade")
    assert f"schema {head} (nieuwste), integriteit ok" in bundle.ok("--database", str(db), "db", "check")
    listed = json.loads(bundle.ok("--database", str(db), "trainees", "list", "--json"))
    assert len(listed) == trainees


def test_issues_and_verifies_a_signed_certificate(bundle: Bundle, demo: Path) -> None:
    db = str(demo)
    assert bundle.ok("--database", db, "keys", "create", "--organisation", "Sterk uit Armoede").startswith(
        "Ondertekeningssleutel gemaakt")
    bundle.ok("--database", db, "issuer", "set", "--organisation", "Stichting Sterk uit Armoede", "--place",
              "Veendam", "--signatory", "Marieke Jansen|Coördinator opleiding")
    out_dir = bundle.home / "certificaten"
    assert "uitgereikt" in bundle.ok("--database", db, "certificates", "issue", "--cohort", "oost",
                                     "--out", str(out_dir))
    first = sorted(out_dir.glob("*.pdf"))[0]
    out = bundle.ok("--database", db, "verify", str(first))
    assert out.startswith("ECHT: de handtekening is geldig en dekt het hele bestand.")


def test_writes_a_placement_report(bundle: Bundle, demo: Path) -> None:
    (maria,) = json.loads(bundle.ok("--database", str(demo), "trainees", "list", "--search", "Heuvel", "--json"))
    report = bundle.home / "stage.pdf"
    bundle.ok("--database", str(demo), "report", "placement", "--trainee", str(maria["trainee_id"]),
              "--out", str(report))
    assert report.read_bytes().startswith(b"%PDF-")


def test_both_database_drivers_are_bundled(bundle: Bundle, demo: Path) -> None:
    """psycopg: a server that is not there is said in plain words (not a missing module); SQLCipher: the
    demo encrypted and read back with its passphrase."""
    proc = bundle.run("--database", "postgresql+psycopg://nobody@127.0.0.1:9/x", "cohorts", "list")
    assert proc.returncode == 1 and "Kan de databaseserver" in proc.stderr, proc.stderr
    secret = bundle.home / "wachtwoord.txt"
    secret.write_text("een lang geheim voor de test\n")
    encrypted = bundle.home / "versleuteld.sqlite3"
    shutil.copyfile(demo, encrypted)
    bundle.ok("--database", str(encrypted), "db", "encrypt", "--new-passphrase-file", str(secret))
    assert not encrypted.read_bytes().startswith(b"SQLite format 3")
    assert "Oost-Groningen" in bundle.ok("--database", str(encrypted), "--db-passphrase-file", str(secret),
                                         "cohorts", "list")


def test_the_app_keeps_to_the_users_folders_and_compiles_nothing(bundle: Bundle) -> None:
    """Last: after every run above, the user's data went to the fresh home's folders, and the texts came
    compiled with the bundle (nothing compiled into the cache)."""
    assert (bundle.home / ".local" / "share" / "edtrainer").is_dir()
    cache = bundle.home / ".cache" / "edtrainer"
    assert not (cache / "locale").exists() and not (cache / "translations").exists()
