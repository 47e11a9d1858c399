"""Verified, thinned backups of the SQLite file, and restoring one (Anki's and KeePassXC's way).

The seams: ``store`` (what a backup is and which are in the folder), ``making`` (a verified copy),
``thinning`` (retention and interrupted leftovers) and ``restoring`` (putting one back). Everything is
importable from here as before (``backups.make``, ``backups.restore`` ...).
"""

from edtrainer.core.backups.making import copy_verified, make
from edtrainer.core.backups.restoring import RestoreReport, check_backup, content_hash, restore, same_pages
from edtrainer.core.backups.store import (
    COUNTED,
    NAME,
    REASONS,
    SUFFIX,
    Backup,
    due,
    folder_for,
    inspect_file,
    list_backups,
    newest,
    newest_good,
    stem_of,
)
from edtrainer.core.backups.thinning import KEEP_DAYS, SAFETY_DAYS, clean_leftovers, thin, to_keep

__all__ = [
    "COUNTED", "KEEP_DAYS", "NAME", "REASONS", "SAFETY_DAYS", "SUFFIX", "Backup", "RestoreReport", "check_backup",
    "clean_leftovers", "content_hash", "copy_verified", "due", "folder_for", "inspect_file", "list_backups", "make",
    "newest", "newest_good", "restore", "same_pages", "stem_of", "thin", "to_keep",
]
