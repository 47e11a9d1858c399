"""What a restore must not undo.

Putting back a backup takes the database back to the moment the backup was made. For most work that is
the point, but four things happened in the world, not only in the file, and must survive a restore:

- **erasures** (AVG art. 17): a person who asked to be forgotten must not come back;
- **certificates** issued since: they are on paper, so the register must still know them;
- **revocations and replacements**: a revoked certificate must not check as valid again;
- **signing keys and certificate numbers**: a key that signed documents stays known, and a number that
  was given out is never given out a second time.

:func:`since` compares the database as it is now with a backup (before the restore, for the question
"are you sure"); :func:`reapply` carries those facts into the restored database in one unit of work
(after the restore, and after an older backup has been brought up to the current schema).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session

from edtrainer.core import cipher, i18n
from edtrainer.core.models import (
    AuditEntry,
    Certificate,
    CertificateCounter,
    CertificateStatus,
    Enrolment,
    Module,
    SigningKey,
    Trainee,
)

_CERT_COPY = ("number", "code", "kind", "issued_on", "status", "language", "pdf", "sha256", "snapshot",
              "override_reason", "revoked_on", "revoked_reason")
_KEY_COPY = ("fingerprint", "subject", "certificate", "private_key", "created_at", "created_by", "retired_at")


@dataclass
class Since:
    """The facts in the current database that a backup does not hold."""

    erasures: list[dict[str, Any]] = field(default_factory=list)  #: trainee_id, category, reason (scrubbed)
    certificates: list[dict[str, Any]] = field(default_factory=list)  #: whole rows, issued after the backup
    status_changes: list[dict[str, Any]] = field(default_factory=list)  #: number, status, revoked_on/_reason
    keys: list[dict[str, Any]] = field(default_factory=list)  #: signing keys new or retired since
    counters: dict[str, int] = field(default_factory=dict)  #: number prefix -> last number given out
    audit: list[dict[str, Any]] = field(default_factory=list)  #: the audit log's rows written after the backup
    issuer: dict[str, Any] | None = None  #: the organisation on certificates, when set or changed since
    #: the key that seals trainers' register files, when made since (files made since stay usable); which
    #: files were applied is work, and goes back to what the backup knew, as the marks do
    exchange_key: str | None = None
    readable: bool = True  #: False when the current database could not be read (e.g. it is damaged)

    def __bool__(self) -> bool:
        return bool(self.erasures or self.certificates or self.status_changes or self.keys or self.issuer
                    or self.exchange_key)

    def describe(self, lang: str | None = None) -> str | None:
        """One paragraph for the question before a restore, or None when nothing needs saying."""
        if not self.readable:
            return i18n.text("restore_since_unreadable", lang)
        parts = []
        if self.erasures:
            parts.append(i18n.plural("since_erasures", len(self.erasures), lang))
        if self.certificates:
            parts.append(i18n.plural("since_certificates", len(self.certificates), lang))
        if self.status_changes:
            parts.append(i18n.plural("since_status", len(self.status_changes), lang))
        if self.keys:
            parts.append(i18n.plural("since_keys", len(self.keys), lang))
        if self.issuer:
            parts.append(i18n.text("since_issuer", lang))
        if self.audit:
            parts.append(i18n.plural("since_audit", len(self.audit), lang))
        if not parts:
            return None
        return i18n.text("restore_since", lang, items=i18n.join_list(parts, lang))


@dataclass
class Reapplied:
    erased: list[int] = field(default_factory=list)
    certificates: list[str] = field(default_factory=list)
    not_carried: list[str] = field(default_factory=list)  #: certificates whose enrolment the backup lacks
    status_changes: list[str] = field(default_factory=list)
    keys: int = 0
    audit: int = 0
    issuer: bool = False
    exchange_key: bool = False

    def as_details(self) -> dict[str, Any]:
        """For the audit entry of the restore: what was applied again (numbers and ids, never names)."""
        return {k: v for k, v in (("erased_again", self.erased), ("certificates_again", self.certificates),
                                  ("status_again", self.status_changes), ("keys_again", self.keys),
                                  ("audit_rows_again", self.audit), ("issuer_again", self.issuer),
                                  ("exchange_key_again", self.exchange_key),
                                  ("not_carried", self.not_carried)) if v}

    def describe(self, lang: str | None = None) -> str | None:
        parts = []
        if self.erased:
            parts.append(i18n.plural("since_erasures", len(self.erased), lang))
        if self.certificates:
            parts.append(i18n.plural("since_certificates", len(self.certificates), lang))
        if self.status_changes:
            parts.append(i18n.plural("since_status", len(self.status_changes), lang))
        if self.keys:
            parts.append(i18n.plural("since_keys", self.keys, lang))
        if self.issuer:
            parts.append(i18n.text("since_issuer", lang))
        if self.audit:
            parts.append(i18n.plural("since_audit", self.audit, lang))
        out = [i18n.text("restore_reapplied", lang, items=i18n.join_list(parts, lang))] if parts else []
        if self.not_carried:
            out.append(i18n.text("restore_not_carried", lang, numbers=", ".join(self.not_carried)))
        return " ".join(out) or None


# --- reading ---------------------------------------------------------------------------------------------

def _read_only_engine(path: Path) -> Engine:
    extra = {"module": cipher.module()} if cipher.is_encrypted(path) else {}  # SQLCipher's errors as DBAPIError
    return create_engine("sqlite://", creator=lambda: cipher.connect(path, read_only=True, timeout=15,
                                                                   check_same_thread=False), **extra)


def _backup_facts(path: Path) -> dict[str, Any]:
    """The few facts needed from a backup, with plain SQL: a backup may be of an older schema."""
    facts: dict[str, Any] = {"erased": set(), "trainees": set(), "created": {}, "certificates": {}, "keys": {},
                             "counters": {},
                             "enrolments": set(), "modules": set()}
    conn = cipher.connect(path, read_only=True, timeout=15)
    try:
        from edtrainer.core.services.privacy import ERASED_NAME

        def rows(sql: str) -> list[tuple[Any, ...]]:
            try:
                return conn.execute(sql).fetchall()
            except cipher.OperationalError:  # a table or column this backup's schema does not have yet
                return []

        for tid, given, created in rows("SELECT id, given_names, created_at FROM trainee"):
            facts["trainees"].add(tid)
            facts["created"][tid] = created
            if given == ERASED_NAME:
                facts["erased"].add(tid)
        facts["certificates"] = {n: (s, r) for n, s, r in rows("SELECT number, status, revoked_on FROM certificate")}
        facts["keys"] = {f: r for f, r in rows("SELECT fingerprint, retired_at FROM signing_key")}
        facts["counters"] = {s: v for s, v in rows("SELECT scope, last_value FROM certificate_counter")}
        newest = rows("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1") or [
            (r[0], None) for r in rows("SELECT id FROM audit_entry ORDER BY id DESC LIMIT 1")]
        facts["audit_head"] = newest[0] if newest else (0, None)
        facts["enrolments"] = {r[0] for r in rows("SELECT id FROM enrolment")}
        facts["modules"] = {r[0] for r in rows("SELECT id FROM module")}
        issuer = rows("SELECT value FROM app_meta WHERE key = 'issuer'")
        facts["issuer"] = _json(issuer[0][0]) if issuer else None
        exchange = rows("SELECT value FROM app_meta WHERE key = 'exchange'")
        facts["exchange"] = (_json(exchange[0][0]) or {}) if exchange else {}
    finally:
        conn.close()
    return facts


def _json(value: Any) -> Any:
    import json

    if isinstance(value, (bytes, str)):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def _compare(s: Session, theirs: dict[str, Any], out: Since) -> None:
    from edtrainer.core.models import AppMeta
    from edtrainer.core.services.issuer import ISSUER_KEY

    meta = s.get(AppMeta, ISSUER_KEY)
    if meta is not None and meta.value and meta.value != theirs.get("issuer"):
        out.issuer = dict(meta.value)  # set up (or changed) since: the keys that go with it are carried too
    exchange = s.get(AppMeta, "exchange")
    if exchange is not None and (exchange.value or {}).get("secret") != theirs["exchange"].get("secret"):
        out.exchange_key = exchange.value["secret"]
    erasures = select(AuditEntry).where(AuditEntry.action == "erase", AuditEntry.entity == "trainee")
    for entry in s.scalars(erasures.order_by(AuditEntry.id)):
        if entry.entity_id in theirs["trainees"] and entry.entity_id not in theirs["erased"]:
            # The same person in both, not an id given out again to someone else: made at the same moment.
            ours = s.get(Trainee, entry.entity_id)
            if ours is None or str(ours.created_at)[:19] != str(theirs["created"].get(entry.entity_id))[:19]:
                continue
            changes = entry.changes or {}
            out.erasures.append({"trainee_id": entry.entity_id, "category": changes.get("category"),
                                 "reason": changes.get("reason")})
    for cert in s.scalars(select(Certificate).order_by(Certificate.id)):
        known = theirs["certificates"].get(cert.number)
        if known is None:
            row = {k: getattr(cert, k) for k in _CERT_COPY}
            row.update(enrolment_id=cert.enrolment_id, module_id=cert.module_id,
                       supersedes=cert.supersedes.number if cert.supersedes else None,
                       key=cert.signing_key.fingerprint if cert.signing_key else None)
            out.certificates.append(row)
        elif known[0] != cert.status.value:
            out.status_changes.append({"number": cert.number, "status": cert.status,
                                       "revoked_on": cert.revoked_on, "revoked_reason": cert.revoked_reason})
    for key in s.scalars(select(SigningKey).order_by(SigningKey.id)):
        if key.fingerprint not in theirs["keys"] or (key.retired_at and not theirs["keys"][key.fingerprint]):
            out.keys.append({k: getattr(key, k) for k in _KEY_COPY})
    # The audit log since the backup (who saw, printed, exported what): written again after the restore, so
    # the log stays complete. Only when both logs are one line up to the backup's newest row.
    head_id, head_hash = theirs["audit_head"]
    mine = s.get(AuditEntry, head_id) if head_id else None
    if head_id == 0 or (mine is not None and (head_hash is None or mine.hash == head_hash)):
        for entry in s.scalars(select(AuditEntry).where(AuditEntry.id > head_id).order_by(AuditEntry.id)):
            out.audit.append({"at": entry.at, "actor": entry.actor, "action": entry.action, "entity": entry.entity,
                              "entity_id": entry.entity_id, "changes": entry.changes})
    for counter in s.scalars(select(CertificateCounter)):
        if counter.last_value > theirs["counters"].get(counter.scope, 0):
            out.counters[counter.scope] = counter.last_value


def since(current: Path | str, backup: Path | str) -> Since:
    """What the current database holds that a restore of ``backup`` would undo (see the module text)."""
    current, backup = Path(current), Path(backup)
    out = Since()
    if not current.exists():
        return out
    try:
        theirs = _backup_facts(backup)
        engine = _read_only_engine(current)
        try:
            with Session(engine) as s:
                _compare(s, theirs, out)
        finally:
            engine.dispose()
    except Exception:  # noqa: BLE001 - a damaged or foreign current file: the restore is what mends it
        return Since(readable=False)
    return out


# --- carrying them over ----------------------------------------------------------------------------------

def bring_up_to_date(path: Path | str) -> None:
    """Upgrade a restored file of an older schema before anything else opens it, without the usual backup
    first: the file is itself a backup, and a fresh copy of it would bring erased people back for weeks."""
    from edtrainer.core.db import Database, resolve_url

    db = Database(resolve_url(path))
    try:
        db.upgrade(backup=False)
    finally:
        db.dispose()


def after_restore(uow: Any, done: Since, *, backup_name: str, created: str | None = None) -> Reapplied:
    """In the restored database: carry over what the restore must not undo, and log the restore itself."""
    from edtrainer.core import audit

    reapplied = reapply(uow, done)
    when = {"created": created} if created else {}
    audit.record(uow.session, action="restore", entity="database", entity_id=None,
                 details={"backup": backup_name, **when, **reapplied.as_details()})
    return reapplied


def reapply(uow: Any, done: Since) -> Reapplied:
    """Carry ``done`` into the restored database (idempotent: what is already there is left as it is)."""
    from edtrainer.core import audit
    from edtrainer.core.services import privacy

    s = uow.session
    out = Reapplied()
    for row in done.audit:  # first, in their order: the log goes on where the current one ended
        audit.record_as_written(s, row)
    out.audit = len(done.audit)
    keys = {k.fingerprint: k for k in s.scalars(select(SigningKey))}
    for row in done.keys:
        key = keys.get(row["fingerprint"])
        if key is None:
            key = keys[row["fingerprint"]] = SigningKey(**row)
            s.add(key)
            out.keys += 1
        elif row["retired_at"] and not key.retired_at:
            key.retired_at = row["retired_at"]
            out.keys += 1
    if done.issuer:
        from edtrainer.core.models import AppMeta
        from edtrainer.core.services.issuer import ISSUER_KEY

        meta = s.get(AppMeta, ISSUER_KEY)
        if meta is None:
            s.add(AppMeta(key=ISSUER_KEY, value=done.issuer))
        else:
            meta.value = done.issuer
        out.issuer = True
    if done.exchange_key:
        from edtrainer.core.models import AppMeta

        meta = s.get(AppMeta, "exchange")
        if meta is None:
            s.add(AppMeta(key="exchange", value={"secret": done.exchange_key, "files": {}}))
        else:
            meta.value = {**(meta.value or {}), "secret": done.exchange_key}
        out.exchange_key = True
    for scope, value in done.counters.items():
        counter = s.get(CertificateCounter, scope)
        if counter is None:
            s.add(CertificateCounter(scope=scope, last_value=value))
        elif counter.last_value < value:
            counter.last_value = value
    s.flush()
    by_number = {c.number: c for c in s.scalars(select(Certificate))}
    for row in done.certificates:
        if row["number"] in by_number:
            continue
        if s.get(Enrolment, row["enrolment_id"]) is None or (
                row["module_id"] is not None and s.get(Module, row["module_id"]) is None):
            out.not_carried.append(row["number"])
            continue
        cert = Certificate(**{k: row[k] for k in _CERT_COPY}, enrolment_id=row["enrolment_id"],
                           module_id=row["module_id"])
        if row["key"] is not None and row["key"] in keys:
            cert.signing_key = keys[row["key"]]
        if row["supersedes"] is not None:
            cert.supersedes = by_number.get(row["supersedes"])
        s.add(cert)
        by_number[cert.number] = cert
        out.certificates.append(cert.number)
    for row in done.status_changes:
        changed = by_number.get(row["number"])
        if changed is not None and changed.status != row["status"]:
            changed.status = CertificateStatus(row["status"])
            changed.revoked_on, changed.revoked_reason = row["revoked_on"], row["revoked_reason"]
            out.status_changes.append(changed.number)
    s.flush()
    for row in done.erasures:
        trainee = s.get(Trainee, row["trainee_id"])
        if trainee is None or trainee.given_names == privacy.ERASED_NAME:
            continue
        category = row["category"] if row["category"] in privacy.ERASE_CATEGORIES else "other"
        privacy.erase_trainee(uow, trainee_id=trainee.id, category=category,
                              reason=row["reason"] or i18n.text("reason_reapplied"))
        out.erased.append(trainee.id)
    return out
