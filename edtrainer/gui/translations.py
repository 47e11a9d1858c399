"""The app's language: edtrainer's own catalogue and Qt's (so standard dialogs speak Dutch too)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from edtrainer import paths
from edtrainer.core import i18n
from edtrainer.gui import fmt
from edtrainer.gui.tr import QT_TRANSLATE_NOOP

_installed: list[QTranslator] = []

# Texts Qt's own dialogs ask for that Qt's qtbase_nl.qm lacks (it has "Look in:", the file dialog asks for
# "&Look in:"): marked here so they are in edtrainer's catalogue, which Qt asks when its own has nothing.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Today"),
)


def _fresh(folder: Path, sources: list[Path], *, compare_times: bool = True) -> bool:
    for ts in sources:
        qm = folder / (ts.stem + ".qm")
        if not qm.exists() or (compare_times and qm.stat().st_mtime < ts.stat().st_mtime):
            return False
    return True


def catalogue_dir() -> Path:
    """Where the compiled ``.qm`` files are: beside the sources after a build, else compiled now into the
    user's cache folder (a checkout run without installing)."""
    source = paths.resources_dir() / "translations"
    sources = sorted(source.glob("*.ts"))
    # In a checkout a .ts may have been edited since the last build; an installed copy is as built.
    checkout = (source.parent.parent / "pyproject.toml").exists()
    if not sources or _fresh(source, sources, compare_times=checkout):
        return source
    import platformdirs

    from edtrainer import _qm

    cache = Path(os.environ.get("EDTRAINER_CACHE_DIR") or platformdirs.user_cache_dir("edtrainer")) / "translations"
    if not _fresh(cache, sources):
        _qm.compile_all(source, cache)
    return cache


def install(lang: str) -> None:
    """Switch the app's catalogues, its core messages and its locale to ``lang`` (nl or en)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folder = catalogue_dir()
    # Qt's own catalogues: where PySide6 keeps them, or (a frozen build) where the build copied them.
    qt_folders = (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                  str(paths.resources_dir() / "translations" / "qt"))
    # The last installed is asked first: Qt's own texts from Qt's catalogues, its gaps from edtrainer's.
    for name, folders in ((f"edtrainer_{lang}", (str(folder),)), (f"qtbase_{lang}", qt_folders),
                          (f"qt_{lang}", qt_folders)):
        translator = QTranslator(app)
        if any(translator.load(name, where) for where in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    i18n.set_language(lang)
    fmt.set_language(lang)
