"""The vault service: the only code that reads or writes a vault's database.

Every method opens a short session, commits, and returns frozen values from
:mod:`roundtable_app.vault.types`. Methods are safe to call from a worker thread: the single
connection is serialised by a lock. The methods are grouped by idea in :mod:`.setup`,
:mod:`.remarks` and :mod:`.review`; this module adds creating and opening vaults.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

from roundtable_app.errors import InputError, RoundtableError
from roundtable_app.guard.terms import Term
from roundtable_app.vault import engine as eng
from roundtable_app.vault import migrations
from roundtable_app.vault.base import (
    MAX_REMARK_CHARS,
    check_kind,
    clean_text,
    device_id,
    now,
)
from roundtable_app.vault.models import (
    Event,
)
from roundtable_app.vault.remarks import RemarksMixin
from roundtable_app.vault.review import ReviewMixin
from roundtable_app.vault.spelling import SpellingMixin
from roundtable_app.vault.types import (
    DEFAULT_RULE_STATEMENT,
)

__all__ = ["MAX_REMARK_CHARS", "Vault", "check_kind", "clean_text", "device_id", "now"]


class Vault(RemarksMixin, ReviewMixin, SpellingMixin):
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
    ) -> Vault:
        """Create a new vault file; refuses to overwrite anything. Nothing is left on failure."""
        target = Path(path)
        eng.check_new_passphrase(passphrase)
        title = clean_text(title, "the title", 500)
        if target.exists() or target.is_symlink():
            raise InputError("already exists; Roundtable never overwrites a file", target)
        if not target.parent.is_dir():
            raise InputError("the folder does not exist", target.parent)
        try:
            # O_EXCL: two creators racing for one name cannot both win.
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise InputError(f"cannot be created ({exc.strerror})", target) from None
        vault: Vault | None = None
        try:
            conn = eng.connect_raw(target, passphrase)
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
            for suffix in ("", "-wal", "-shm", "-journal"):
                with suppress(OSError):
                    os.unlink(f"{target}{suffix}")
            raise

    @classmethod
    def open(cls, path: str | Path, passphrase: str) -> Vault:
        """Unlock an existing vault, check its integrity and bring its schema up to date.

        Raises UnlockError, DamagedError, InUseError or NewerVersionError; in each case the
        file is left exactly as it was.
        """
        target = Path(path)
        eng.precheck_existing(target)
        conn = eng.connect_raw(target, passphrase)
        engine = eng.make_engine(target, conn)
        try:
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if rows:
                raise eng.DamagedError(f"{target}: the vault is damaged (integrity check failed)")
            with engine.begin() as c:
                if migrations.current_revision(c, target) is None:
                    raise eng.DamagedError(
                        f"{target}: the vault was never finished (its creation was interrupted)"
                    )
                migrations.upgrade(c, target)
        except RoundtableError:
            engine.dispose()
            conn.close()
            raise
        except Exception as exc:
            engine.dispose()
            conn.close()
            raise eng.map_db_error(exc, target) from None
        return cls(target, engine, conn)
