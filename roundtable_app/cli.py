"""The ``roundtable`` command: every batch job of the desktop app, without a screen.

The contract (names, options, formats, exit codes) is ``shared/CLI.md``. Qt is imported only
for ``gui``. Expected failures print one line to stderr and exit with their code; nothing
here prints a traceback, a passphrase or remark text in an error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roundtable_app.errors import InputError, RoundtableError
from roundtable_app.language import LANGUAGES
from roundtable_app.language.plurals import counted
from roundtable_app.vault.types import REMARK_KINDS

if TYPE_CHECKING:
    from roundtable_app.vault import Vault

PASS_ENV = "ROUNDTABLE_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASS_ENV = "ROUNDTABLE_NEW_PASSPHRASE"  # noqa: S105
BUNDLE_PASS_ENV = "ROUNDTABLE_BUNDLE_PASSPHRASE"  # noqa: S105


class UsageError(InputError):
    """A command line that does not fit the contract (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would exit 2 itself; keep one path
        raise UsageError(f"{message} (see '{self.prog} --help')")


# ---------------------------------------------------------------- passphrases
def _prompt(label: str) -> str:
    try:
        return getpass.getpass(label)
    except (EOFError, OSError):
        raise UsageError(
            f"no passphrase: set {PASS_ENV}, use --passphrase-file, or run in a terminal"
        ) from None


def _env(name: str) -> str | None:
    """An environment variable as text; bytes that are not UTF-8 are refused (exit 2)."""
    value = os.environ.get(name)
    if value:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(
                f"{name} is not valid UTF-8; set it again in a UTF-8 terminal"
            ) from None
    return value


def read_passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    """The vault passphrase: environment, then ``--passphrase-file``, then a silent prompt
    (asked twice when ``new``)."""
    value = _env(PASS_ENV)
    if value:
        return value
    file = getattr(args, "passphrase_file", None)
    if file:
        try:
            raw = Path(file).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot be read ({exc.strerror})", file) from None
        try:
            lines = raw.decode("utf-8-sig").splitlines()
        except UnicodeDecodeError:
            raise InputError("is not valid UTF-8", file, 1) from None
        if not lines or not lines[0]:
            raise InputError("the first line is empty", file, 1)
        return lines[0]
    return _prompt_new("Passphrase: ") if new else _prompt("Passphrase: ")


def _prompt_new(label: str) -> str:
    first = _prompt(label)
    if _prompt("Repeat it: ") != first:
        raise UsageError("the two passphrases differ")
    return first


def read_new_passphrase() -> str:
    """The new passphrase for ``passwd``: environment or a prompt asked twice."""
    return _env(NEW_PASS_ENV) or _prompt_new("New passphrase: ")


def read_bundle_passphrase(*, new: bool = False) -> str:
    """The bundle passphrase: environment or a silent prompt (asked twice when ``new``)."""
    value = _env(BUNDLE_PASS_ENV)
    if value:
        return value
    if new:
        first = _prompt("Bundle passphrase: ")
        if _prompt("Repeat it: ") != first:
            raise UsageError("the two bundle passphrases differ")
        return first
    return _prompt("Bundle passphrase: ")


def _open(args: argparse.Namespace) -> Vault:
    from roundtable_app.vault import Vault

    return _told(Vault.open(args.vault, read_passphrase(args)))


def _told(vault: Vault) -> Vault:
    """Tell the user (on stderr, so stdout stays the command's output) what opening did."""
    for notice in vault.notices:
        sys.stderr.write(f"roundtable: {notice}\n")
    vault.notices.clear()
    return vault


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _theme_id(vault: Vault, name: str) -> int:
    theme = vault.theme_by_name(name)
    if theme is None:
        names = ", ".join(t.name for t in vault.themes()) or "none yet"
        raise UsageError(f"unknown theme {name!r} (themes: {names})")
    return theme.id


# ---------------------------------------------------------------- vault commands
def cmd_new(args: argparse.Namespace) -> int:
    from roundtable_app.guard.terms import read_terms_csv
    from roundtable_app.vault import Vault

    if args.from_bundle:
        return _new_from_kit(args)
    if not args.title:
        raise UsageError("the following arguments are required: --title (or --from-bundle KIT)")
    terms = read_terms_csv(args.terms) if args.terms else []
    themes_given = _theme_specs(args.theme or [])
    if Path(args.vault).exists():
        raise InputError("already exists; Roundtable never overwrites a file", args.vault)
    passphrase = read_passphrase(args, new=True)
    with Vault.create(
        args.vault,
        passphrase,
        title=args.title,
        subtitle=args.subtitle or "",
        venue=args.venue or "",
        dates=args.dates or "",
        conveners=args.convener or [],
        themes=[name for name, _ in themes_given],
        terms=terms,
        language=args.language or "en",
    ) as vault:
        for name, description in themes_given:
            theme = vault.theme_by_name(name)
            if description and theme is not None:
                vault.update_theme(theme.id, description=description)
        themes = vault.themes()
    _out(
        f"created {args.vault} with {counted(len(themes), ('theme', 'themes'))} and "
        f"{counted(len(terms), ('protected term', 'protected terms'))}"
    )
    return 0


def _new_from_kit(args: argparse.Namespace) -> int:
    from roundtable_app.vault.bundles import create_from_kit, read_bundle

    given = [
        f"--{name}"
        for name in ("title", "subtitle", "venue", "dates", "convener", "theme", "terms")
        if getattr(args, name)
    ]
    if given:
        raise UsageError(
            f"--from-bundle takes the event's details from the kit; leave out {', '.join(given)}"
        )
    if Path(args.vault).exists():
        raise InputError("already exists; Roundtable never overwrites a file", args.vault)
    # The kit is decrypted and checked before anything is created.
    kit = read_bundle(args.from_bundle, read_bundle_passphrase())
    passphrase = read_passphrase(args, new=True)
    with create_from_kit(args.vault, passphrase, kit) as vault:
        themes, sessions, terms = vault.themes(), vault.sessions(), vault.terms()
        people = len(vault.participants())
        strict = vault.strict_affiliation()
    _out(
        f"created {args.vault} from the event kit: {counted(len(themes), ('theme', 'themes'))}, "
        f"{counted(len(sessions), ('agenda session', 'agenda sessions'))}, "
        f"{counted(len(terms), ('protected term', 'protected terms'))}, "
        f"{counted(people, ('participant', 'participants'))}, {_strict_words(strict)}"
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from roundtable_app.vault.demo import create_demo

    if Path(args.vault).exists():
        raise InputError("already exists; Roundtable never overwrites a file", args.vault)
    with create_demo(args.vault, read_passphrase(args, new=True)) as vault:
        count = len(vault.remarks())
        themes = len(vault.themes())
    _out(f"created the demo event in {args.vault}: {themes} themes, {count} remarks")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    if args.text in (None, "-"):
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("standard input is not valid UTF-8") from None
    else:
        text = args.text
    with _open(args) as vault:
        theme_id = _theme_id(vault, args.theme)
        session_id = None
        if args.session:
            item = vault.session_by_title(args.session) or vault.add_session(args.session)
            session_id = item.id
        remark = vault.add_remark(text, theme_id, args.kind, session_id)
    _out(remark.id)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from roundtable_app.vault.imports import read_remarks_file

    rows = read_remarks_file(args.file)
    with _open(args) as vault:
        count = vault.add_remarks(rows, create_themes=args.create_themes, source=args.file)
    _out(f"added {counted(count, ('remark', 'remarks'))}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        themes = {t.id: t.name for t in vault.themes()}
        sessions = {s.id: s.title for s in vault.sessions()}
        theme_id = _theme_id(vault, args.theme) if args.theme else None
        remarks = vault.remarks(theme_id)
    rows = [
        {
            "id": r.id,
            "theme": themes[r.theme_id],
            "kind": r.kind,
            "session": sessions.get(r.session_id) if r.session_id else None,
            "text": r.current_text,
            "status": r.status,
        }
        for r in remarks
    ]
    if args.json:
        _out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in remarks:
        text = " ".join(r.current_text.split())
        theme = themes[r.theme_id][:28]
        _out(f"{r.id[:8]}  {theme:28}  {r.kind:14} {r.status:9} {text}")
    _out(counted(len(rows), ("remark", "remarks")))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        themes = {t.id: t.name for t in vault.themes()}
        sessions = {s.id: s.title for s in vault.sessions()}
        theme_id = _theme_id(vault, args.theme) if args.theme else None
        hits = vault.search(args.query, theme_id)
    if args.json:
        rows = [
            {
                "id": h.remark.id,
                "theme": themes[h.remark.theme_id],
                "kind": h.remark.kind,
                "session": sessions.get(h.remark.session_id) if h.remark.session_id else None,
                "text": h.remark.current_text,
                "status": h.remark.status,
                "matches": [list(span) for span in h.matches],
            }
            for h in hits
        ]
        _out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for h in hits:
        r = h.remark
        text = " ".join(r.current_text.split())
        _out(f"{r.id[:8]}  {themes[r.theme_id][:28]:28}  {r.kind:14} {r.status:9} {text}")
    _out(f"{counted(len(hits), ('remark matches', 'remarks match'))}")
    return 0


def cmd_terms(args: argparse.Namespace) -> int:
    if args.action == "import":
        from roundtable_app.guard.terms import read_terms_csv

        terms = read_terms_csv(args.csv)
        with _open(args) as vault:
            added, updated = vault.import_terms(terms)
        _out(f"added {counted(added, ('protected term', 'protected terms'))}, updated {updated}")
        return 0
    with _open(args) as vault:
        terms = vault.terms()
    if args.json:
        rows = [{"term": t.term, "kind": t.kind, "aliases": list(t.aliases)} for t in terms]
        _out(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for t in terms:
            aliases = f"  (also: {'; '.join(t.aliases)})" if t.aliases else ""
            _out(f"{t.kind:13} {t.term}{aliases}")
        _out(counted(len(terms), ("protected term", "protected terms")))
    return 0


def cmd_participants(args: argparse.Namespace) -> int:
    from roundtable_app.guard.participants import (
        final_terms,
        propose_terms,
        read_participants_csv,
    )

    # Counts only: the list is as confidential as the remarks, so no name is ever printed.
    participants = read_participants_csv(args.csv)
    proposals = propose_terms(participants)
    with _open(args) as vault:
        result = vault.import_participants(participants, final_terms(proposals))
    aliases = sum(len(p.generated) for p in proposals)
    _out(
        f"added {counted(result.added, ('participant', 'participants'))}, "
        f"updated {result.updated}; "
        f"added {counted(result.terms_added, ('protected term', 'protected terms'))}, "
        f"updated {result.terms_updated} "
        f"({counted(aliases, ('generated alias', 'generated aliases'))}; "
        "review them in Event setup → Protected terms)"
    )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from roundtable_app.vault import Vault, change_passphrase
    from roundtable_app.vault.engine import check_new_passphrase

    vault = _told(Vault.open(args.vault, read_passphrase(args)))
    try:
        new = read_new_passphrase()
        check_new_passphrase(new)
        vault = change_passphrase(vault, new)
    finally:
        vault.close()
    _out(f"changed the passphrase of {args.vault}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from roundtable_app.vault import verify

    with _open(args) as vault:
        report = verify(vault)
    _out(f"{args.vault}: ok")
    for line in report.checks:
        _out(f"  {line}")
    _out("  contents: " + ", ".join(f"{n} {label}" for label, n in report.counts.items()))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from roundtable_app.vault import backup

    with _open(args) as vault:
        dest = backup(vault, args.dest)
    _out(f"backed up to {dest} (encrypted, same passphrase)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from roundtable_app.vault.maintenance import restore

    aside = restore(args.backup, args.vault, read_passphrase(args))
    if aside is not None:
        _out(f"set the previous {args.vault} aside as {aside}")
    _out(f"restored {args.vault} from {args.backup}")
    return 0


def _strict_words(strict: bool) -> str:
    """The event kit's strict setting, as the kit summary lines say it."""
    return "sector-level affiliation flagged" if strict else "sector-level affiliation not flagged"


def cmd_bundle(args: argparse.Namespace) -> int:
    from roundtable_app.vault import Vault
    from roundtable_app.vault.bundles import (
        export_bundle,
        merge_bundles,
        read_bundle,
    )
    from roundtable_app.vault.engine import check_new_passphrase

    if args.action == "export":
        if Path(args.out).exists():
            raise InputError("already exists; a bundle never overwrites a file", args.out)
        passphrase = read_passphrase(args)
        bundle_passphrase = read_bundle_passphrase(new=True)
        check_new_passphrase(bundle_passphrase)
        with _told(Vault.open(args.vault, passphrase)) as vault:
            count = export_bundle(vault, args.out, bundle_passphrase, setup=args.setup)
            if args.setup:
                themes, sessions, terms = vault.themes(), vault.sessions(), vault.terms()
                people = len(vault.participants())
                strict = vault.strict_affiliation()
        if args.setup:
            _out(
                f"wrote the event kit to {args.out}: {counted(len(themes), ('theme', 'themes'))}, "
                f"{counted(len(sessions), ('agenda session', 'agenda sessions'))}, "
                f"{counted(len(terms), ('protected term', 'protected terms'))}, "
                f"{counted(people, ('participant', 'participants'))}, no remarks, "
                f"{_strict_words(strict)} (encrypted with the bundle passphrase)"
            )
        else:
            _out(
                f"wrote {counted(count, ('remark', 'remarks'))} to {args.out} "
                "(encrypted with the bundle passphrase)"
            )
        return 0
    passphrase = read_passphrase(args)
    # Every bundle is decrypted and checked before the vault is opened: a wrong bundle
    # passphrase or a damaged bundle leaves the vault untouched, byte for byte.
    bundle_passphrase = read_bundle_passphrase()
    contents = [read_bundle(path, bundle_passphrase) for path in args.bundles]
    with _told(Vault.open(args.vault, passphrase)) as vault:
        report = merge_bundles(vault, contents, dry_run=args.dry_run)
    saved = report.backup
    for line in report.lines():
        _out(line)
    if saved is not None:
        # a note, not the result: stdout stays the import's report alone
        sys.stderr.write(f"roundtable: backup taken before the import: {saved}\n")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from roundtable_app.ui.app import run_app

    return run_app(args.vault)


# ---------------------------------------------------------------- guard and export
def cmd_scan(args: argparse.Namespace) -> int:
    from roundtable_app.guard import Guard, read_terms_csv
    from roundtable_app.guard.texts import read_scan_inputs

    guard = Guard(read_terms_csv(args.terms) if args.terms else ())
    texts: list[tuple[str, str]] = []
    for file in args.files:
        texts.extend(read_scan_inputs(file))
    results = [(text_id, guard.scan(text)) for text_id, text in texts]
    return _print_findings(results, args.json)


def _print_findings(results: Sequence[tuple[str, Sequence[Any]]], as_json: bool) -> int:
    total = sum(len(f) for _, f in results)
    if as_json:
        payload = [{"id": i, "findings": [f.to_json() for f in fs]} for i, fs in results]
        _out(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        for text_id, findings in results:
            for f in findings:
                _out(f"{text_id}:{f.start}-{f.end}: {f.severity}: {f.category}: {f.reason}")
        flagged = sum(1 for _, f in results if f)
        from roundtable_app.export import findings_sentence

        _out(findings_sentence(total, flagged, len(results)))
    return 1 if total else 0


def cmd_check(args: argparse.Namespace) -> int:
    from roundtable_app.export.preflight import check_remarks

    with _open(args) as vault:
        results = check_remarks(vault)
    return _print_findings([(r.target_id, r.findings) for r in results], args.json)


def cmd_export(args: argparse.Namespace) -> int:
    from roundtable_app.export import export_summary
    from roundtable_app.export.formats import FORMAT_KEYS

    fmt, out = next((f, getattr(args, f)) for f in FORMAT_KEYS if getattr(args, f))
    if Path(out).exists() and not args.force:
        # Before the passphrase is asked for: nothing to unlock for a refusal.
        raise InputError("already exists; use --force to replace it", out)
    with _open(args) as vault:
        report = export_summary(
            vault,
            fmt,
            Path(out),
            accept_findings=args.accept_findings,
            include_sessions=args.with_sessions,
            language=args.language,
            transliterate=args.transliterate,
            replace=args.force,
        )
    # a refusal is an error: its findings go to stderr, so stdout stays empty
    write = _out if report.exit_code == 0 else (lambda line: sys.stderr.write(line + "\n"))
    for line in report.lines():
        write(line)
    return report.exit_code


# ---------------------------------------------------------------- parser
def _language(value: str) -> str:
    from roundtable_app.language import check_language

    try:
        return check_language(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _kind(value: str) -> str:
    """A remark kind as typed: any case, ``-`` or a space for ``_`` ("Good-practice")."""
    return value.strip().lower().replace("-", "_").replace(" ", "_")


def _passphrase_option(parser: Any) -> None:
    # SUPPRESS: a nested parser must not reset a --passphrase-file given before VAULT.
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase from FILE",
    )


def _theme_specs(values: Sequence[str]) -> list[tuple[str, str]]:
    """``NAME`` or ``NAME=DESCRIPTION`` (the first ``=`` splits) as (name, description)."""
    specs = []
    for value in values:
        name, _, description = value.partition("=")
        if not name.strip():
            raise UsageError(f"--theme {value!r}: the theme needs a name before '='")
        specs.append((name.strip(), description.strip()))
    return specs


def _vault_parser(sub: Any, name: str, help_text: str, fn: Callable[..., int]) -> Any:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("vault", metavar="VAULT", help="the event vault (NAME.roundtable)")
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.set_defaults(fn=fn)
    return p


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every ``roundtable`` command (subparsers in ``.commands``)."""
    parser = _Parser(
        prog="roundtable",
        description="Capture and publish unattributed summaries of Chatham House Rule meetings.",
    )
    from roundtable_app import __version__

    parser.add_argument("--version", action="version", version=f"roundtable {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    parser.commands = sub.choices  # type: ignore[attr-defined]

    p = sub.add_parser("gui", help="the desktop app")
    p.add_argument("vault", nargs="?", metavar="VAULT")
    p.set_defaults(fn=cmd_gui)

    p = _vault_parser(sub, "new", "create an event vault", cmd_new)
    p.add_argument("--title")
    p.add_argument(
        "--from-bundle", metavar="KIT", help="create a note-taker's vault from an event kit"
    )
    p.add_argument("--subtitle")
    p.add_argument("--venue")
    p.add_argument("--dates")
    p.add_argument("--convener", action="append", metavar="C")
    p.add_argument(
        "--theme",
        action="append",
        metavar="NAME[=DESCRIPTION]",
        help="a theme, optionally with the description the summary prints under its name",
    )
    p.add_argument("--terms", metavar="CSV", help="protected terms (term,kind,aliases)")
    p.add_argument(
        "--language", type=_language, metavar="/".join(LANGUAGES), help="the summary's language"
    )

    _vault_parser(sub, "demo", "create a vault holding a fictional demo event", cmd_demo)

    p = _vault_parser(sub, "add", "add one remark (TEXT, or - / nothing for stdin)", cmd_add)
    p.add_argument("--theme", required=True, metavar="NAME")
    p.add_argument("--kind", default="observation", type=_kind, choices=REMARK_KINDS)
    p.add_argument("--session", metavar="TITLE")
    p.add_argument("text", nargs="?", metavar="TEXT")

    p = _vault_parser(
        sub, "import", "add remarks from CSV or JSON Lines (all or nothing)", cmd_import
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--create-themes", action="store_true")

    p = _vault_parser(
        sub,
        "search",
        "full-text search (case, diacritics and script do not matter)",
        cmd_search,
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--theme", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = _vault_parser(sub, "list", "list remarks", cmd_list)
    p.add_argument("--theme", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = _vault_parser(sub, "terms", "protected terms: import CSV, or list", cmd_terms)
    actions = p.add_subparsers(dest="action", parser_class=_Parser, metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="add protected terms from a CSV")
    imp.add_argument("csv", metavar="CSV")
    lst = actions.add_parser("list", help="list protected terms")
    lst.add_argument("--json", action="store_true")
    for action in (imp, lst):
        _passphrase_option(action)  # `terms VAULT list --passphrase-file F` too

    p = _vault_parser(
        sub, "participants", "turn a participants list into protected terms", cmd_participants
    )
    actions = p.add_subparsers(dest="action", parser_class=_Parser, metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import name,organisation,role,email,phone")
    imp.add_argument("csv", metavar="CSV")
    _passphrase_option(imp)  # `participants VAULT import CSV --passphrase-file F` too

    p = sub.add_parser("scan", help="run the attribution guard over text files")
    p.add_argument("--terms", metavar="CSV")
    p.add_argument("--json", action="store_true")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(fn=cmd_scan)

    p = _vault_parser(
        sub, "check", "run the guard over every remark still to be exported", cmd_check
    )
    p.add_argument("--json", action="store_true")

    p = _vault_parser(sub, "export", "write the unattributed summary", cmd_export)
    from roundtable_app.export.formats import FORMATS

    fmt = p.add_mutually_exclusive_group(required=True)
    for f in FORMATS:
        fmt.add_argument(f"--{f.key}", metavar="OUT", help=f"write a {f.name} file")
    p.add_argument(
        "--language",
        type=_language,
        metavar="/".join(LANGUAGES),
        help="the summary's language for this export (default: the event's)",
    )
    p.add_argument(
        "--transliterate",
        action="store_true",
        help="Serbian: write remarks and syntheses in the summary's script (sr-Cyrl: Latin "
        "to Cyrillic, foreign words kept; sr-Latn: Cyrillic to Latin)",
    )
    p.add_argument("--force", action="store_true", help="replace an existing OUT")
    p.add_argument(
        "--accept-findings",
        action="store_true",
        help="export even with unresolved guard findings (says how many)",
    )
    p.add_argument(
        "--with-sessions",
        action="store_true",
        help="name the agenda session of each remark (titles only, never times)",
    )

    _vault_parser(sub, "passwd", "change the passphrase", cmd_passwd)
    _vault_parser(sub, "verify", "full integrity check", cmd_verify)
    p = _vault_parser(sub, "backup", "an encrypted, consistent copy", cmd_backup)
    p.add_argument("dest", metavar="DEST")
    help_text = "restore a vault from a backup; an existing VAULT is set aside, never overwritten"
    p = sub.add_parser("restore", help=help_text, description=help_text)
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--passphrase-file", metavar="FILE", help="the backup's passphrase")
    p.set_defaults(fn=cmd_restore)

    help_text = "move captured remarks between laptops in one encrypted file"
    p = sub.add_parser("bundle", help=help_text, description=help_text)
    p.set_defaults(fn=cmd_bundle)
    actions = p.add_subparsers(dest="action", parser_class=_Parser, metavar="ACTION", required=True)
    exp = actions.add_parser("export", help="write every remark into a new encrypted bundle")
    exp.add_argument("vault", metavar="VAULT")
    exp.add_argument("out", metavar="OUT", help="the new bundle file (never overwritten)")
    exp.add_argument(
        "--setup",
        action="store_true",
        help="write an event kit: event details, themes, agenda, protected terms, participants, "
        "no remarks",
    )
    imp = actions.add_parser(
        "import", help="merge bundles into the vault (idempotent, in any order)"
    )
    imp.add_argument("vault", metavar="VAULT")
    imp.add_argument("bundles", metavar="IN", nargs="+", help="bundle files (one passphrase)")
    imp.add_argument(
        "--dry-run", action="store_true", help="print what the import would do; write nothing"
    )
    for action in (exp, imp):
        action.add_argument("--passphrase-file", metavar="FILE", help="the vault's passphrase")
    return parser


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    # argparse alone cannot take `add VAULT --theme T TEXT` (an optional positional after
    # options); a subcommand without nested subcommands is parsed intermixed instead.
    command = parser.commands.get(argv[0]) if argv else None  # type: ignore[attr-defined]
    if command is None or argv[0] in ("terms", "bundle", "participants"):
        return parser.parse_args(argv)
    args = command.parse_intermixed_args(argv[1:])
    args.command = argv[0]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns (and, as a script, exits with) its exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    from roundtable_app.vault.hardening import disable_core_dumps

    disable_core_dumps()
    parser = build_parser()
    known = {*parser.commands, "-h", "--help", "--version"}  # type: ignore[attr-defined]
    if not args_list or args_list[0] not in known:
        args_list.insert(0, "gui")  # `roundtable [VAULT]` opens the desktop app
    try:
        args = _parse(parser, args_list)
        return int(args.fn(args))
    except RoundtableError as exc:
        sys.stderr.write(f"roundtable: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("roundtable: interrupted; nothing more was written\n")
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        sys.stderr.write("roundtable: out of memory; nothing more was written\n")
        return 2
    except Exception as exc:  # noqa: BLE001 — the last line of defence keeps text out
        sys.stderr.write(
            f"roundtable: unexpected internal error ({type(exc).__name__}); nothing more was "
            "written. Please report it with the command you ran (not your data).\n"
        )
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
