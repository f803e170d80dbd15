"""``make ts``, first step: the English messages of the Qt-free layers, as translatable templates.

The vault, the inputs, the guard's term and participant readers and the exports speak English,
because their messages are also the CLI's contract. The UI translates them
(:mod:`roundtable_app.ui.error_words`), and the templates it translates with are extracted here
from the code itself, never copied by hand, so a message changed in the vault cannot drift from
its translation unnoticed (tests/ui/test_message_words.py re-runs the extraction).

What is extracted, by an AST walk over :data:`SOURCES`:

* the message of every call of a ``RoundtableError`` subclass (or what the module's one-line
  helper it calls returns) (those of ``roundtable_app.errors``
  and any subclass the scanned modules define): a string literal, an f-string, a concatenation,
  a conditional between two of those (each branch a template); every other expression inside
  (a name, a call, ``counted(n, ...)``) becomes a placeholder ``%1``, ``%2``...;
* the display lines the vault hands the UI: every argument of ``Conflict(...)`` (the lines of a
  bundle import's conflicts), every ``notices.append(...)`` (what opening a vault did);
* the English fragments that fill those placeholders: the values of ``files._WHY`` (why the
  disk refused a write) and ``engine._FOREIGN_MAGIC`` (what a file that is not a vault is),
  an export's ``notes``, bundle items' names (``where = f"remark {n}"``), the ``what`` names of
  ``clean_text`` and ``files.replace_atomic`` (given or by default), the forms of every
  ``plural(n, ("page fails", "pages fail"))``, and every ``counted(n, ("remark", "remarks"))``
  as the plural template ``%n remarks``.

A message with no words of its own (``InputError(str(exc))``, ``f"{path}: {why}"``) has nothing
to translate and is skipped; :func:`extract` reports how many.
"""

from __future__ import annotations

import ast
import itertools
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
CONTEXT = "Messages"
OUTPUT = PACKAGE / "ui" / "message_templates.py"

# The Qt-free modules whose messages the UI shows, relative to the package.
SOURCES: tuple[str, ...] = (
    "errors.py",
    "files.py",
    "inputs.py",
    "vault",
    "guard/terms.py",
    "guard/participants.py",
    "export",
)

_SLOT = "\x00"  # a placeholder while a message is assembled; numbered at the end
_LETTER = re.compile(r"[^\W\d_]")
# Conditional messages multiply; a message with more variants than this is not a sentence
# worth a template per variant, and its conditionals become placeholders.
_MAX_VARIANTS = 8
# Module-level dicts whose values are English words that fill messages' placeholders.
_FRAGMENT_TABLES = frozenset({"_WHY", "_FOREIGN_MAGIC"})


@dataclass
class Extraction:
    """What one run found: the templates (sorted, unique) and the raise sites skipped."""

    templates: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "path:line" of a message with no words
    # "%n remark" -> "%n remarks": a count of one is written in the singular, and must still
    # be recognised as the plural template Qt translates.
    singulars: dict[str, str] = field(default_factory=dict)


def source_files() -> list[Path]:
    """The Python files scanned, in a stable order."""
    out: list[Path] = []
    for entry in SOURCES:
        path = PACKAGE / entry
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return out


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def error_classes(trees: list[ast.Module]) -> set[str]:
    """``RoundtableError`` and every subclass defined in ``trees`` (by name, to a fixpoint)."""
    found = {"RoundtableError"}
    classes = [
        (node.name, {_name(b) for b in node.bases})
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    grew = True
    while grew:
        grew = False
        for name, bases in classes:
            if name not in found and bases & found:
                found.add(name)
                grew = True
    return found


def _variants(node: ast.expr) -> list[str]:
    """Every English text ``node`` can build, with ``_SLOT`` where a value goes."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = [
            [v.value] if isinstance(v, ast.Constant) and isinstance(v.value, str) else [_SLOT]
            for v in node.values
        ]
        return ["".join(p) for p in itertools.product(*parts)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _variants(node.left), _variants(node.right)
        if len(left) * len(right) <= _MAX_VARIANTS:
            return [a + b for a in left for b in right]
    if isinstance(node, ast.IfExp):
        both = _variants(node.body) + _variants(node.orelse)
        if len(both) <= _MAX_VARIANTS:
            return both
    return [_SLOT]


def _numbered(text: str) -> str:
    count = itertools.count(1)
    # Adjacent values are one value to a reader ("{a}{b}"), and to a pattern.
    text = re.sub(f"{_SLOT}+", _SLOT, text)
    return re.sub(_SLOT, lambda _m: f"%{next(count)}", text)


def _has_words(template: str) -> bool:
    return bool(_LETTER.search(re.sub(r"%\d+", "", template)))


def _counted_template(call: ast.Call) -> tuple[str, str] | None:
    # counted(n, ("remark", "remarks")): "%n remarks", translated with Serbian's three forms,
    # and "%n remark", how English writes a count of one.
    if len(call.args) < 2 or not isinstance(call.args[1], ast.Tuple | ast.List):
        return None
    forms = [
        f.value
        for f in call.args[1].elts
        if isinstance(f, ast.Constant) and isinstance(f.value, str)
    ]
    if len(forms) == 2:
        return f"%n {forms[1]}", f"%n {forms[0]}"
    return None


class _Walker(ast.NodeVisitor):
    def __init__(self, errors: set[str], where: str, out: Extraction, found: set[str]) -> None:
        self.errors, self.where, self.out, self.found = errors, where, out, found
        self.builders: dict[str, ast.expr] = {}

    def visit_Module(self, node: ast.Module) -> None:
        # Module functions whose whole body returns one text: messages built by a helper.
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and len(item.body) == 1:
                only = item.body[0]
                if isinstance(only, ast.Return) and only.value is not None:
                    self.builders[item.name] = only.value
        self.generic_visit(node)

    def _add(self, node: ast.expr, *, required: bool) -> None:
        for variant in _variants(node):
            template = _numbered(variant)
            if _has_words(template):
                self.found.add(template)
            elif required:
                self.out.skipped.append(f"{self.where}:{node.lineno}")

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in self.errors:
            message = node.args[0] if node.args else None
            for kw in node.keywords:
                if kw.arg == "message":
                    message = kw.value
            if isinstance(message, ast.Call) and _name(message.func) in self.builders:
                # InputError(_future(where)): the message is what the builder returns.
                message = self.builders[_name(message.func) or ""]
            if message is not None:
                self._add(message, required=True)
        elif name == "Conflict":
            for arg in node.args:
                self._add(arg, required=False)
        elif name == "append" and _name(getattr(node.func, "value", node.func)) == "notices":
            for arg in node.args:
                self._add(arg, required=False)
        elif name == "counted":
            counted_forms = _counted_template(node)
            if counted_forms is not None:
                self.found.add(counted_forms[0])
                self.out.singulars[counted_forms[1]] = counted_forms[0]
        elif name == "plural" and len(node.args) >= 2:
            # plural(n, ("page fails", "pages fail")): each form fills a placeholder.
            forms = node.args[1]
            if isinstance(forms, ast.Tuple | ast.List):
                for form in forms.elts:
                    self._add(form, required=False)
        for kw in node.keywords:
            if kw.arg == "what":
                self._add(kw.value, required=False)
        if name == "clean_text" and len(node.args) >= 2:  # clean_text(title, "the title")
            self._add(node.args[1], required=False)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        # def clean_text(text, what="the remark"): the default names the thing too.
        named = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
        last = named[len(named) - len(node.args.defaults) :]
        defaults = dict(zip(last, node.args.defaults, strict=True))
        defaults.update(
            (a.arg, d)
            for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
            if d is not None
        )
        if "what" in defaults:
            self._add(defaults["what"], required=False)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        # files._WHY (the reasons a write was refused) and engine._FOREIGN_MAGIC (what a file
        # that is not a vault is): the values fill many messages' placeholders.
        if any(isinstance(t, ast.Name) and t.id == "where" for t in node.targets):
            # bundle_format's item names ("remark 3"), which fill "the bundle's %2 is not valid";
            # a name that opens with a value is not one ("4 of 43 texts", the CLI's).
            for variant in _variants(node.value):
                if variant[:1].isalpha():
                    self.found.add(_numbered(variant))
        if any(isinstance(t, ast.Name) and t.id in _FRAGMENT_TABLES for t in node.targets):
            if isinstance(node.value, ast.Dict):
                for value in node.value.values:
                    self._add(value, required=False)
        self._notes(node.targets, node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._notes([node.target], node.value)
        self.generic_visit(node)

    def _notes(self, targets: list[ast.expr], value: ast.expr) -> None:
        # An export's notes (what transliteration changed), shown after "Exported to ...".
        if any(isinstance(t, ast.Name) and t.id == "notes" for t in targets):
            if isinstance(value, ast.Tuple):
                for element in value.elts:
                    self._add(element, required=False)


def extract() -> Extraction:
    """Walk :data:`SOURCES` and return every template, and the raise sites without words."""
    files = source_files()
    trees = [ast.parse(f.read_text(encoding="utf-8"), str(f)) for f in files]
    errors = error_classes(trees)
    out = Extraction()
    found: set[str] = set()
    for path, tree in zip(files, trees, strict=True):
        _Walker(errors, str(path.relative_to(PACKAGE.parent)), out, found).visit(tree)
    out.templates = sorted(found)
    return out


HEADER = '''# ruff: noqa: E501
"""GENERATED by ``make ts`` (roundtable_app/ui/message_sources.py): do not edit.

The English messages of the Qt-free layers (errors, conflict lines, notices) as templates,
marked for ``pyside6-lupdate`` under the context "Messages"; roundtable_app.ui.error_words
translates with them. Change the message in the code, then run ``make ts``.
"""

from __future__ import annotations

from roundtable_app.ui.i18n import QT_TRANSLATE_NOOP

# fmt: off
TEMPLATES: tuple[str, ...] = (
'''


def _quoted(text: str) -> str:
    # Double quotes, as ruff format writes them; lupdate reads the escapes Python does.
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def render(templates: list[str], singulars: dict[str, str] | None = None) -> str:
    """The text of the generated module holding ``templates`` (and the singular of each
    counted template)."""
    body = "".join(f"    QT_TRANSLATE_NOOP({_quoted(CONTEXT)}, {_quoted(t)}),\n" for t in templates)
    ones = "".join(
        f"    {_quoted(one)}: {_quoted(many)},\n" for one, many in sorted((singulars or {}).items())
    )
    return (
        HEADER
        + body
        + ")\n\n# A count of one, in the singular: the plural template that translates it.\n"
        + "SINGULARS: dict[str, str] = {\n"
        + ones
        + "}\n# fmt: on\n"
    )


def write(path: Path = OUTPUT) -> Extraction:
    """Extract and write the generated module; returns what was extracted."""
    found = extract()
    path.write_text(render(found.templates, found.singulars), encoding="utf-8")
    return found


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python -m roundtable_app.ui.message_sources`` (run by ``make ts``)."""
    del argv
    found = write()
    print(f"{OUTPUT}: {len(found.templates)} templates; {len(found.skipped)} messages skipped")
    for where in found.skipped:
        print(f"  no words of their own: {where}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
