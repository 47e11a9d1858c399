"""Text helpers shared by the services, the command line and the app (no Qt)."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not split into a base letter and an accent.
_OWN_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE",
                              "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th"})


def fold(text: str) -> str:
    """Text for searching: 'Schröder' is found by 'schroder', 'Yıldız' by 'yildiz', 'IJsbrand' by 'ijs'."""
    plain = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS))
    return plain.encode("ascii", "ignore").decode().casefold()


def matches(query: str, *fields: str | None) -> bool:
    """Every word of ``query`` occurs in one of the fields, accents and case aside."""
    haystack = " ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in fold(query).split())
