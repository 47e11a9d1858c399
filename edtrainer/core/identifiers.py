"""National and financial identifiers that edtrainer never stores, found in free text however they are written.

A BSN (burgerservicenummer) may only be processed with a legal basis that a training programme does not
have; an IBAN or the number of a passport or identity card has no place in a trainee's record either. Free
text is where they slip in ("BSN 111.222.333 doorgegeven aan de gemeente"), so every text field is checked,
and the number is recognised however it is written:

- digits separated by spaces, dots, commas, hyphens, en and em dashes, underscores, slashes or invisible
  (zero-width) characters, in any grouping: ``111 222 333``, ``111-222-333``, ``111. 222. 333``;
- a BSN with its leading zero dropped (8 digits: ``12345672`` for ``012345672``), except where those
  eight digits are written as a date (``24-11-2026``, ``2026/11/24``);
- an IBAN by its check digits (ISO 13616, modulo 97), with or without spaces;
- a Dutch passport or identity-card number by its shape (two letters, six letters or digits, one digit;
  never the letter O).

Only a whole run of digits is tested (a ten-digit phone number is not searched for nine-digit parts in it),
and a BSN and an IBAN must pass their check, so an ordinary number rarely trips it.
"""

from __future__ import annotations

import re
import unicodedata

# Between the digits of one number: whitespace of any kind and these marks.
_SEPARATORS = " \t\u00a0\u2007\u2009\u202f.,\\-\u2010\u2011\u2012\u2013\u2014\u2015_/"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_RUN = re.compile(rf"\d(?:[{_SEPARATORS}]*\d)*")
_DATE_SHAPES = (
    re.compile(r"^\d{1,2}[^\d]+\d{1,2}[^\d]+\d{4}$"),   # 24-11-2026, 1/2/2026
    re.compile(r"^\d{4}[^\d]+\d{1,2}[^\d]+\d{1,2}$"),   # 2026-11-24
)
_IBAN = re.compile(r"(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30})(?![A-Z0-9])")
_DOCUMENT = re.compile(r"(?<![A-Z0-9])([A-NP-Z]{2}[A-NP-Z0-9]{6}\d)(?![A-Z0-9])")


def is_bsn(digits: str) -> bool:
    """The Dutch 'elfproef' for a BSN: 9 digits, weighted sum (9..2, -1) divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0


def _plain(value: str) -> str:
    """The text with invisible characters removed and look-alike digits and letters made plain (NFKC)."""
    return unicodedata.normalize("NFKC", value.translate(_INVISIBLE))


def contains_bsn(value: str) -> bool:
    for match in _RUN.finditer(_plain(value)):
        written = match.group(0)
        digits = re.sub(r"\D", "", written)
        if len(digits) == 9 and is_bsn(digits):
            return True
        if len(digits) == 8 and not any(shape.match(written) for shape in _DATE_SHAPES) and is_bsn("0" + digits):
            return True
    return False


def is_iban(candidate: str) -> bool:
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def contains_iban(value: str) -> bool:
    upper = _plain(value).upper()
    for match in _IBAN.finditer(upper):
        # The run may go on into the next word ("NL91ABNA0417164300 GRAAG"): try it shorter, at a space or not.
        run = match.group(1)
        for end in range(len(run), 14, -1):
            if is_iban(run[:end].rstrip()):
                return True
    return False


def contains_document_number(value: str) -> bool:
    """A Dutch passport or identity-card number: 9 characters, letters and digits, ending in a digit, with
    at least two digits (so that a word in capitals followed by a number is not taken for one)."""
    # Written in capitals, as on the document.
    return any(sum(ch.isdigit() for ch in m.group(1)) >= 2 for m in _DOCUMENT.finditer(_plain(value)))


def kind_in(value: str) -> str | None:
    """Which identifier the text holds ("bsn", "iban", "document"), or None."""
    if contains_bsn(value):
        return "bsn"
    if contains_iban(value):
        return "iban"
    if contains_document_number(value):
        return "document"
    return None
