"""The vault service: the only code that reads or writes a vault's database.

Every method opens a short session, commits, and returns frozen values from
:mod:`roundtable_app.vault.types`. Methods are safe to call from a worker thread: the single
connection is serialised by a lock. The methods are grouped by idea in :mod:`.setup`,
:mod:`.remarks` and :mod:`.review`; this module adds creating and opening vaults.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from roundtable_app import files
from roundtable_app.errors import DamagedError, InputError, RoundtableError
from roundtable_app.guard.terms import Term
from roundtable_app.language import check_language
from roundtable_app.vault import engine as eng
from roundtable_app.vault import migrations
from roundtable_app.vault.base import (
    MAX_REMARK_CHARS,
    check_kind,
    clean_text,
    device_id,
    now,
)
from roundtable_app.vault.merge import MergeMixin
from roundtable_app.vault.models import (
    Event,
)
from roundtable_app.vault.participants import ParticipantsMixin
from roundtable_app.vault.remarks import RemarksMixin
from roundtable_app.vault.review import ReviewMixin
from roundtable_app.vault.search import SearchMixin
from roundtable_app.vault.setup import SetupMixin
from roundtable_app.vault.spelling import SpellingMixin
from roundtable_app.vault.types import (
    DEFAULT_RULE_STATEMENT,
)

__all__ = ["MAX_REMARK_CHARS", "Vault", "check_kind", "clean_text", "device_id", "now"]


class Vault(
    SetupMixin,
    RemarksMixin,
    ReviewMixin,
    MergeMixin,
    ParticipantsMixin,
    SearchMixin,
    SpellingMixin,
):
    """An unlocked event vault: :meth:`create` or :meth:`open` it, :meth:`close` it."""

    @classmethod
    def create(
        cls,
        path: str | Path,
        passphrase: str,
        *,
        title: str,
        subtitle: str = "",
        venue: str = "",
        dates: str = "",
        conveners: Sequence[str] = (),
        themes: Sequence[str] = (),
        terms: Sequence[Term] = (),
        rule_statement: str = DEFAULT_RULE_STATEMENT,
        language: str = "en",
    ) -> Vault:
        """Create a new vault file; refuses to overwrite anything. Nothing is left on failure."""
        target = Path(path)
        eng.check_new_passphrase(passphrase)
        title = clean_text(title, "the title", 500)
        language = check_language(language)
        if target.exists() or target.is_symlink():
            raise InputError("already exists; Roundtable never overwrites a file", target)
        if not target.parent.is_dir():
            raise InputError("the folder does not exist", target.parent)
        try:
            # O_EXCL: two creators racing for one name cannot both win.
            files.create_private(target)
            eng.claim(target)
        except OSError as exc:
            raise InputError(f"cannot be created ({exc.strerror})", target) from None
        vault: Vault | None = None
        try:
            conn = eng.connect_new(target, passphrase)
            vault = cls(target, eng.make_engine(target, conn), conn)
            with vault._engine_or_fail().begin() as c:
                migrations.upgrade(c, target)
            with vault._session() as s:
                s.add(
                    Event(
                        id=1,
                        title=title,
                        subtitle=subtitle.strip(),
                        venue=venue.strip(),
                        dates=dates.strip(),
                        conveners=[c.strip() for c in conveners if c.strip()],
                        rule_statement=rule_statement.strip() or DEFAULT_RULE_STATEMENT,
                        created_at=now(),
                        summary_language=language,
                    )
                )
            for name in themes:
                vault.add_theme(name)
            if terms:
                vault.import_terms(terms)
            return vault
        except BaseException:
            if vault is not None:
                vault.close()
            else:
                eng.release(eng.file_identity(target))
            files.remove_with_side_files(target)
            raise

    @classmethod
    def open(cls, path: str | Path, passphrase: str) -> Vault:
        """Unlock an existing vault, check its integrity and bring its schema up to date.

        Raises UnlockError, DamagedError, InUseError or NewerVersionError; in each case the
        file is left exactly as it was.
        """
        target = Path(path)
        claimed = eng.claim(target)
        try:
            eng.precheck_existing(target)
            keyed = eng.prove_key(target, passphrase)
            conn = eng.connect_proven(target, keyed.keys)
        except BaseException:
            eng.release(claimed)
            raise
        engine = eng.make_engine(target, conn)
        try:
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if rows:
                raise DamagedError(
                    f"{target}: the vault is damaged ({len(rows)} page(s) fail their "
                    "authentication check); nothing was written. Restore it from a backup "
                    "(roundtable restore)"
                )
            with engine.begin() as c:
                revision = migrations.current_revision(c, target)
                if revision is None:
                    raise DamagedError(
                        f"{target}: the vault was never finished (its creation was interrupted)"
                    )
                migrations.check_known(revision, target)
        except RoundtableError:
            engine.dispose()
            conn.close()
            eng.release(claimed)
            raise
        except Exception as exc:  # noqa: BLE001 — mapped to one RoundtableError, text kept out
            engine.dispose()
            conn.close()
            eng.release(claimed)
            raise eng.map_db_error(exc, target) from None
        vault = cls(target, engine, conn)
        try:
            vault._after_open(revision, legacy_key=keyed.legacy)
            if keyed.legacy:
                from roundtable_app.vault.maintenance import change_passphrase

                notices = vault.notices
                vault = change_passphrase(vault, passphrase)
                vault.notices[:0] = [
                    *notices,
                    "the passphrase was re-applied in its standard (NFC) form, so it now "
                    "opens the vault however its letters are typed",
                ]
        except BaseException:
            vault.close()
            raise
        return vault

    def _after_open(self, revision: str, *, legacy_key: bool = False) -> None:
        """Clean crash leftovers, back up, migrate and purge, telling the user in notices."""
        from roundtable_app.vault import backups

        removed = files.clean_leftovers(self.path)
        if removed:
            self.notices.append(
                f"removed {len(removed)} file(s) an interrupted run had left beside the vault "
                f"({', '.join(removed)})"
            )
        if revision != migrations.HEAD_REVISION:
            self.auto_backup("migration")
            with self._engine_or_fail().begin() as c:
                migrations.upgrade(c, self.path)
        elif backups.needs_backup(self.path):
            self.auto_backup("open")
        self.purge_deleted()
