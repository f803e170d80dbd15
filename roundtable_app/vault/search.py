"""Full-text search inside the vault: an FTS5 index over a folded shadow text.

The index (``remark_fts``) holds, per remark that is not deleted, its captured and reworded
text folded by :func:`roundtable_app.guard.normalise.fold` (case, diacritics, ``đ`` → ``dj``,
Cyrillic → Latin) and, for the optional Serbian stemming, the stems of its words. It lives in
the encrypted file like every other table.

Keeping it in step does not depend on every write path remembering to: SQL triggers on
``remarks`` (insert, change of wording or deletion, removal) mark a remark's row in
``search_docs`` stale, and the search folds the stale rows before it queries. Folding needs
Python, which a trigger cannot call without a function registered on the connection, and a
registered function would make the file unwritable from the standard SQLCipher tools.

Queries are never passed to FTS5 as syntax: every word the user typed becomes a quoted FTS5
string (``AND``, ``NEAR``, ``*``, ``-`` and unbalanced quotes are text), a bare word matches as
a prefix, a quoted phrase as a phrase. Highlight spans are computed by the same rules on the
original text through the fold's offset map, never by FTS5's ``highlight()`` (which would
point into the folded text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from roundtable_app.guard.normalise import CYRILLIC_TO_LATIN, fold, fold_str
from roundtable_app.vault import engine as eng
from roundtable_app.vault.base import VaultBase, remark_info
from roundtable_app.vault.types import RemarkInfo

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher

FTS_TABLE = "remark_fts"
# Every word of the index's folded text (kept beside it, see prefix_terms) and whether that
# list is known to be complete.
TERMS_TABLE = "search_terms"
STATE_TABLE = "search_state"
# FTS5 keeps its index in shadow tables named after the virtual table; they are not models.
FTS_TABLE_PREFIX = "remark_fts"
# Tokens as FTS5's unicode61 tokenizer sees them: runs of letters and digits.
_WORD = re.compile(r"[^\W_]+")
_WORD_CHAR = r"[^\W_]"
MAX_QUERY_CHARS = 1000

CREATE_FTS_SQL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "text, reworded, stems, tokenize = 'unicode61 remove_diacritics 2')"
)
TRIGGERS_SQL: tuple[tuple[str, str], ...] = (
    (
        "remarks_search_insert",
        "CREATE TRIGGER remarks_search_insert AFTER INSERT ON remarks BEGIN "
        "INSERT OR IGNORE INTO search_docs (remark_id, stale) VALUES (new.id, 1); "
        "UPDATE search_docs SET stale = 1 WHERE remark_id = new.id; END",
    ),
    (
        "remarks_search_update",
        "CREATE TRIGGER remarks_search_update AFTER UPDATE OF text, reworded, deleted_at, "
        "merged_into ON remarks BEGIN "
        "INSERT OR IGNORE INTO search_docs (remark_id, stale) VALUES (new.id, 1); "
        "UPDATE search_docs SET stale = 1 WHERE remark_id = new.id; END",
    ),
    (
        "remarks_search_delete",
        "CREATE TRIGGER remarks_search_delete AFTER DELETE ON remarks BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE rowid IN "
        "(SELECT id FROM search_docs WHERE remark_id = old.id); "
        "DELETE FROM search_docs WHERE remark_id = old.id; END",
    ),
)


# ----------------------------------------------------------------- text to index


def _undj(folded: str) -> str:
    # `đ` folds to `dj`, but people type it as `d` just as often: searching folds `dj` to `d`
    # on both sides, so `djordjevic`, `dordevic` and `Đorđević` all find each other.
    return folded.replace("dj", "d")


def search_fold(text: str) -> tuple[str, Callable[[int, int], tuple[int, int]]]:
    """``text`` as the index sees it, and a map from its spans to spans of ``text``."""
    f = fold(text)
    folded = f.folded
    if "dj" not in folded:
        return folded, f.span
    keep = [i for i, ch in enumerate(folded) if not (ch == "j" and i > 0 and folded[i - 1] == "d")]
    out = "".join(folded[i] for i in keep)

    def span(start: int, end: int) -> tuple[int, int]:
        stop = keep[end] if end < len(keep) else len(folded)
        return f.span(keep[start], stop)

    return out, span


@lru_cache(maxsize=1)
def _serbian_stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("serbian")


def stem_words(text: str) -> list[str]:
    """The folded Serbian stems of the words of ``text`` (either script).

    The Snowball stemmer works on Serbian Latin with its diacritics, so the text is
    transliterated and lower-cased first and folded only after stemming.
    """
    # Transliterated word by word (a cached step): Cyrillic letters become Latin letters, so
    # the words are the same as in the transliterated text, and each distinct word is
    # transliterated once instead of every text character by character.
    return list(map(_stem_any, _WORD.findall(text.lower())))


@lru_cache(maxsize=200_000)
def _stem_any(word: str) -> str:
    return _stem(word.translate(_CYRILLIC_LOWER))


# Lower-case Cyrillic to Latin (with diacritics) as one str.translate: text is lower-cased
# first, so the letter-case care of cyrillic_to_latin is not needed on this hot path.
_CYRILLIC_LOWER = str.maketrans(CYRILLIC_TO_LATIN)


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    # Snowball in pure Python costs tens of microseconds a word; the words of a meeting
    # repeat (Zipf), so a cache makes indexing a vault several times faster.
    return _undj(fold_str(_serbian_stemmer().stemWord(word)))


def index_values(text: str, reworded: str | None) -> tuple[str, str, str]:
    """The three indexed columns of a remark: folded text, folded rewording, stems."""
    both = text if reworded is None else f"{text}\n{reworded}"
    # fold_str, not fold: the index needs the folded text, not the way back to the original
    return (
        _undj(fold_str(text)),
        _undj(fold_str(reworded or "")),
        " ".join(stem_words(both)),
    )


# ----------------------------------------------------------------- queries


@dataclass(frozen=True)
class QueryPart:
    """One unit of a parsed query: folded tokens, matched as a prefix (bare word) or exactly
    (quoted phrase); ``stems`` are the same words stemmed, for the optional stemming."""

    tokens: tuple[str, ...]
    prefix: bool
    stems: tuple[str, ...] = ()


def parse_query(query: str, *, stem: bool = True) -> list[QueryPart]:
    """Split what the user typed into words and quoted phrases; nothing in it is syntax.

    A quote without its partner is ignored (the words after it are plain words). Words that
    hold no letter or digit (``*``, ``-``) contribute nothing.
    """
    text = query[:MAX_QUERY_CHARS].replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u201e", '"')
    pieces = text.split('"')
    if len(pieces) % 2 == 0:  # unbalanced: the last quote opens nothing
        pieces[-2:] = [pieces[-2] + " " + pieces[-1]]
    parts: list[QueryPart] = []
    for i, piece in enumerate(pieces):
        phrase = i % 2 == 1
        words = [piece] if phrase else piece.split()
        for word in words:
            tokens = tuple(_WORD.findall(_undj(fold(word).folded)))
            if tokens:
                stems = tuple(stem_words(word)) if stem else ()
                parts.append(QueryPart(tokens, prefix=not phrase, stems=stems))
    return parts


def _fts_string(tokens: Sequence[str]) -> str:
    # Tokens hold only letters and digits, but quoting doubles any quote all the same.
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


def match_expression(
    parts: Sequence[QueryPart],
    *,
    stem: bool = False,
    expand: Mapping[str, Sequence[str]] | None = None,
) -> str | None:
    """The FTS5 MATCH expression for parsed parts (all must match), or ``None`` if empty.

    ``expand`` maps a one-word prefix to every indexed term it starts (see
    :func:`prefix_terms`): the part then matches any of those terms exactly, which finds the
    same remarks as the prefix but lets FTS5 skip through a common word's long list instead
    of reading all of it (two words, one of them very common: 9 ms down to 1-2 ms).
    """
    if not parts:
        return None
    units = []
    for part in parts:
        terms = expand.get(part.tokens[0]) if expand and len(part.tokens) == 1 else None
        if part.prefix and terms:
            alternatives = " OR ".join(_fts_string((t,)) for t in terms)
            plain = "{text reworded} : (" + alternatives + ")"
        else:
            plain = "{text reworded} : " + _fts_string(part.tokens) + ("*" if part.prefix else "")
        if stem and part.stems:
            units.append(f"({plain} OR stems : {_fts_string(part.stems)}*)")
        else:
            units.append(f"({plain})")
    return " AND ".join(units)


# A prefix is replaced by its terms only when they are few: a short prefix of many terms is
# cheaper to read whole than to OR together, and its lookup would cost more than it saves.
MAX_EXPANSION = 32
MIN_EXPANDED_PREFIX = 3


def terms_exact(conn: sqlcipher.Connection) -> bool:
    """Whether ``search_terms`` is known to hold every word of the index."""
    row = conn.execute(f"SELECT terms_exact FROM {STATE_TABLE} WHERE id = 1").fetchone()
    return row is not None and bool(row[0])


def prefix_terms(conn: sqlcipher.Connection, prefix: str) -> tuple[str, ...] | None:
    """Every indexed word starting with ``prefix`` (so exactly what ``prefix*`` matches), or
    ``None`` when there are too many to be worth it. The caller checks :func:`terms_exact`.

    The words come from ``search_terms``, one B-tree range; FTS5's own vocabulary table
    (fts5vocab) would give the same words but reads each one's whole list to count it, which
    costs as much as the prefix query it is meant to spare.
    """
    rows = conn.execute(
        f"SELECT term FROM {TERMS_TABLE} WHERE term >= ? AND term <= ? ORDER BY term LIMIT ?",
        (prefix, prefix + "\U0010ffff", MAX_EXPANSION + 1),
    ).fetchall()
    terms = tuple(r[0] for r in rows if r[0].startswith(prefix))
    if len(rows) > MAX_EXPANSION or not terms:
        return None
    return terms


@lru_cache(maxsize=256)
def _part_pattern(tokens: tuple[str, ...], prefix: bool) -> re.Pattern[str]:
    body = r"[\W_]+".join(re.escape(t) for t in tokens)
    tail = f"{_WORD_CHAR}*" if prefix else f"(?!{_WORD_CHAR})"
    return re.compile(f"(?<!{_WORD_CHAR}){body}{tail}")


def match_spans(
    parts: Sequence[QueryPart], text: str, *, stem: bool = False
) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of ``text`` (code points) where the query's parts match, in
    order, overlapping spans joined."""
    if not parts or not text:
        return []
    folded, to_original = search_fold(text)
    spans: list[tuple[int, int]] = []
    for part in parts:
        for m in _part_pattern(part.tokens, part.prefix).finditer(folded):
            if m.end() > m.start():
                spans.append(to_original(m.start(), m.end()))
    if stem:
        wanted = [p.stems for p in parts if p.stems]
        if wanted:
            words = list(_WORD.finditer(text))
            stems = stem_words(" ".join(m.group() for m in words))
            if len(stems) == len(words):  # the stemmer keeps one stem per word
                for m, word_stem in zip(words, stems, strict=True):
                    if any(word_stem.startswith(s[0]) for s in wanted if len(s) == 1):
                        spans.append((m.start(), m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class SearchHit:
    """A remark that matched, and where in its current wording (code-point spans)."""

    remark: RemarkInfo
    matches: tuple[tuple[int, int], ...]


# ----------------------------------------------------------------- keeping the index


INDEX_BATCH = 5000  # remarks folded and inserted at a time (memory, and progress steps)
#: Told (done, total) while a migration indexes an existing vault's remarks; the app's unlock
#: path sets it to show how far the first open after an update has come.
index_progress: Callable[[int, int], None] | None = None


def exact_words(folded: str) -> bool:
    """Whether the words :data:`_WORD` finds in folded text are exactly the tokens FTS5's
    unicode61 tokenizer makes of it: true for ASCII, punctuation, spaces and symbols. Other
    letters (Greek, private-use characters, marks) may be folded or split differently by
    FTS5's older Unicode tables and its own diacritic removal."""
    if folded.isascii():
        return True
    return all(ord(ch) < 128 or unicodedata.category(ch)[0] in "PZS" for ch in set(folded))


def add_terms(
    run_many: Callable[[str, list[tuple[Any, ...]]], None],
    texts: Iterable[str],
) -> bool:
    """Record the words of folded ``texts`` in ``search_terms``; returns whether every text
    was one whose words are known exactly (else the caller clears ``terms_exact``)."""
    words: set[str] = set()
    exact = True
    for folded in texts:
        words.update(_WORD.findall(folded))
        exact = exact and exact_words(folded)
    if words:
        run_many(f"INSERT OR IGNORE INTO {TERMS_TABLE} (term) VALUES (?)", [(w,) for w in words])
    return exact


def refresh_rows(
    fetch: Callable[[str], list[Any]],
    run_many: Callable[[str, list[tuple[Any, ...]]], None],
    progress: Callable[[int, int], None] | None = None,
    *,
    terms: bool = True,
) -> int:
    """Fold every stale remark into the index; return how many rows were refreshed.

    Written against two callables so that the migration (SQLAlchemy connection) and the
    service (DB-API connection) share it. ``progress`` is told (done, total) after each batch.
    With ``terms`` the words are recorded in ``search_terms`` too (not by the migration that
    made the index, before that table existed).
    """
    rows = fetch(
        "SELECT d.id, r.text, r.reworded, r.deleted_at IS NOT NULL OR r.merged_into IS NOT NULL"
        " FROM search_docs d JOIN remarks r ON r.id = d.remark_id WHERE d.stale = 1"
    )
    if not rows:
        return 0
    ids = [(row[0],) for row in rows]
    # An empty index (the upgrade, a rebuild) has no old rows to take out: deleting 100,000
    # absent rows one by one took a fifth of the upgrade.
    if fetch(f"SELECT 1 FROM {FTS_TABLE} LIMIT 1"):
        run_many(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", ids)
    done = 0
    for start in range(0, len(rows), INDEX_BATCH):
        batch = rows[start : start + INDEX_BATCH]
        inserts = [(row[0], *index_values(row[1], row[2])) for row in batch if not row[3]]
        if inserts:
            run_many(
                f"INSERT INTO {FTS_TABLE} (rowid, text, reworded, stems) VALUES (?, ?, ?, ?)",
                inserts,
            )
            if terms and not add_terms(run_many, (v for row in inserts for v in row[1:3])):
                run_many(f"UPDATE {STATE_TABLE} SET terms_exact = 0 WHERE id = ?", [(1,)])
        done += len(batch)
        if progress is not None:
            progress(done, len(rows))
    # Every stale row was read above, in this transaction, under the vault's lock (nothing
    # else writes meanwhile): one statement clears them, not 100,000 one by one.
    run_many("UPDATE search_docs SET stale = 0 WHERE stale = 1", [()])
    return len(rows)


class SearchMixin(VaultBase):
    """Search over remarks: what Review, ``roundtable search`` and the duplicate finder use."""

    _search_ready = False
    # prefix -> its terms (None: too many), valid until the index gains terms
    _vocab: dict[str, tuple[str, ...] | None] | None = None
    # whether search_terms is complete (None: not read since the index last changed)
    _exact: bool | None = None

    def _search_conn(self) -> sqlcipher.Connection:
        conn = self._dbapi_or_fail()
        if not self._search_ready:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
            }
            # A table rebuilt by a later migration loses its triggers: put them back.
            missing = [sql for name, sql in TRIGGERS_SQL if name not in names]
            if missing:
                for sql in missing:
                    conn.execute(sql)
                conn.execute(
                    "INSERT OR IGNORE INTO search_docs (remark_id, stale) SELECT id, 1 FROM remarks"
                )
                conn.execute("UPDATE search_docs SET stale = 1")
                conn.commit()
            self._search_ready = True
        return conn

    def _refresh_locked(self, conn: sqlcipher.Connection) -> int:
        if conn.execute("SELECT 1 FROM search_docs WHERE stale = 1 LIMIT 1").fetchone() is None:
            return 0
        try:
            count = refresh_rows(
                lambda sql: conn.execute(sql).fetchall(),
                lambda sql, params: conn.executemany(sql, params) and None,
            )
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        self._vocab = self._exact = None  # new text may bring new terms
        return count

    def refresh_search_index(self) -> int:
        """Fold the remarks written since the last search into the index; returns how many."""
        with self._lock:
            conn = self._search_conn()
            try:
                return self._refresh_locked(conn)
            except sqlcipher.Error as exc:
                raise eng.map_db_error(exc, self.path) from None

    def rebuild_search_index(self) -> int:
        """Drop and rebuild the whole index (the repair ``verify`` runs); returns its size."""
        with self._lock:
            conn = self._search_conn()
            try:
                conn.execute(f"DELETE FROM {FTS_TABLE}")
                conn.execute("DELETE FROM search_docs")
                conn.execute(f"DELETE FROM {TERMS_TABLE}")
                conn.execute(f"UPDATE {STATE_TABLE} SET terms_exact = 1 WHERE id = 1")
                conn.execute(
                    "INSERT INTO search_docs (remark_id, stale) SELECT id, 1 FROM remarks"
                    " ORDER BY created_at, id"
                )
                conn.commit()
                self._refresh_locked(conn)
                conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
                conn.commit()
                self._vocab = self._exact = None
                return int(conn.execute(f"SELECT count(*) FROM {FTS_TABLE}").fetchone()[0])
            except sqlcipher.Error as exc:
                conn.rollback()
                raise eng.map_db_error(exc, self.path) from None

    def search_index_ok(self) -> bool:
        """FTS5's own integrity check of the index against its content."""
        with self._lock:
            conn = self._search_conn()
            try:
                conn.execute(
                    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
                )
            except Exception:  # noqa: BLE001 (any failure means: rebuild it)
                conn.rollback()
                return False
            return True

    def search_ids(
        self, query: str, theme_id: int | None = None, *, stem: bool = False
    ) -> list[str]:
        """Ids of the remarks (not deleted, not merged away) matching ``query``, in index
        order (which is the order they were written)."""
        if _expression(query, stem) is None:
            return []
        with self._lock:
            conn = self._search_conn()
            try:
                self._refresh_locked(conn)
                sql, params = search_sql(self._expression_locked(conn, query, stem), theme_id)
                return [row[0] for row in conn.execute(sql, params)]
            except sqlcipher.Error as exc:
                raise eng.map_db_error(exc, self.path) from None

    def search_expression(self, query: str, *, stem: bool = False) -> str | None:
        """The MATCH expression :meth:`search_ids` issues for ``query`` now (the benchmark
        runs that very query raw, to compare)."""
        if _expression(query, stem) is None:
            return None
        with self._lock:
            conn = self._search_conn()
            self._refresh_locked(conn)
            return self._expression_locked(conn, query, stem)

    def _expression_locked(self, conn: sqlcipher.Connection, query: str, stem: bool) -> str:
        parts = _parts(query, stem)
        if len(parts) < 2:  # one word: its prefix list is read once either way
            expression = _expression(query, stem)
            assert expression is not None
            return expression
        if self._exact is None:
            self._exact = terms_exact(conn)
        if not self._exact:
            expression = _expression(query, stem)
            assert expression is not None
            return expression
        if self._vocab is None:
            self._vocab = {}
        expand: dict[str, Sequence[str]] = {}
        for part in parts:
            token = part.tokens[0]
            if not part.prefix or len(part.tokens) != 1 or len(token) < MIN_EXPANDED_PREFIX:
                continue
            if token not in self._vocab:
                if len(self._vocab) > 1000:
                    self._vocab.clear()
                self._vocab[token] = prefix_terms(conn, token)
            terms = self._vocab[token]
            if terms:
                expand[token] = terms
        expression = match_expression(parts, stem=stem, expand=expand)
        assert expression is not None
        return expression

    def search(
        self, query: str, theme_id: int | None = None, *, stem: bool = False
    ) -> list[SearchHit]:
        """The remarks matching ``query`` in capture order, with the spans that matched in
        each one's current wording."""
        parts = parse_query(query, stem=stem)
        ids = set(self.search_ids(query, theme_id, stem=stem))
        if not ids:
            return []
        hits = []
        for remark in self._remarks_by_ids(ids):
            spans = match_spans(parts, remark.current_text, stem=stem)
            hits.append(SearchHit(remark, tuple(spans)))
        return hits

    def _remarks_by_ids(self, ids: Iterable[str]) -> list[RemarkInfo]:
        from sqlalchemy import select

        from roundtable_app.vault.models import Remark

        table = Remark.__table__
        wanted = list(ids)
        out: list[RemarkInfo] = []
        with self._session() as s:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                query = select(table).where(table.c.id.in_(chunk))
                out.extend(remark_info(r) for r in s.execute(query))
        out.sort(key=lambda r: (r.created_at, r.id))
        return out


@lru_cache(maxsize=512)
def _parts(query: str, stem: bool) -> tuple[QueryPart, ...]:
    # Typing a query searches once per key press, often the same prefixes again.
    return tuple(parse_query(query, stem=stem))


@lru_cache(maxsize=512)
def _expression(query: str, stem: bool) -> str | None:
    return match_expression(_parts(query, stem), stem=stem)


def clear_caches(vault: SearchMixin | None = None) -> None:
    """Forget every parsed query (and ``vault``'s prefix expansions), as if each query were
    typed for the first time (the benchmark's uncached figure)."""
    _parts.cache_clear()
    _expression.cache_clear()
    if vault is not None:
        vault._vocab = None


def search_sql(expression: str, theme_id: int | None) -> tuple[str, tuple[Any, ...]]:
    """The SQL (and parameters) a search issues: the benchmark runs it raw to compare."""
    sql = (
        f"SELECT d.remark_id FROM {FTS_TABLE} f JOIN search_docs d ON d.id = f.rowid"
        f" WHERE {FTS_TABLE} MATCH ?"
    )
    if theme_id is None:
        return sql + " ORDER BY f.rowid", (expression,)
    sql += " AND d.remark_id IN (SELECT id FROM remarks WHERE theme_id = ?) ORDER BY f.rowid"
    return sql, (expression, theme_id)
