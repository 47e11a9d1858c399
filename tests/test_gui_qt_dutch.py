"""Qt's own dialogs speak Dutch in the Dutch app, also after switching the language while it runs: Qt's
catalogue for what it has, edtrainer's for what it lacks ("&Look in:", "Files of &type:")."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QToolButton

from edtrainer.gui import translations


def _texts(dialog: QFileDialog) -> set[str]:
    return ({w.text().replace("&", "") for w in dialog.findChildren(QLabel) if w.text()}
            | {w.text().replace("&", "") for w in dialog.findChildren(QPushButton) if w.text()}
            | {w.toolTip() for w in dialog.findChildren(QToolButton) if w.toolTip()})


def test_a_file_dialog_in_dutch_shows_dutch_labels_also_after_a_live_switch(qtbot) -> None:  # noqa: ANN001
    try:
        for first in ("nl", "en"):  # started in Dutch, and switched to Dutch from English
            translations.install(first)
            translations.install("nl")
            dialog = QFileDialog(None, "Kies een bestand", "/tmp")
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setNameFilters(["PDF (*.pdf)"])
            qtbot.addWidget(dialog)
            dialog.show()
            texts = _texts(dialog)
            assert {"Zoeken in:", "Bestandsnaam:", "Bestandstype:", "Openen", "Annuleren"} <= texts, texts
            assert not texts & {"Look in:", "Files of type:", "File name:", "Open", "Cancel"}, texts
            assert "Detailweergave" in texts
            dialog.close()
        translations.install("en")
        english = QFileDialog(None, "Choose a file", "/tmp")
        english.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(english)
        assert {"Look in:", "Files of type:"} <= _texts(english)
    finally:
        translations.install("nl")
