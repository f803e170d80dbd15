"""No English sentence reaches the screen without going through ``tr``.

An AST walk over ``roundtable_app/ui``: every string literal or f-string with letters handed to
a Qt text call (``setText``, ``setWindowTitle``, ``QLabel(...)``, ``QMessageBox.warning``,
``QFileDialog`` captions and filters, our ``PathField``/``show_message``/``ask_unsaved`` ...) or
returned from a model's ``data``/``headerData`` must be wrapped in ``tr(...)`` or
``QT_TRANSLATE_NOOP(...)``. Module-level constants handed to those calls count too (a file
filter kept in ``_FILTER``). The runtime test (tests/ui/test_i18n_every_dialog.py) catches what
a static walk cannot see: text assembled in tables and passed through variables.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "roundtable_app" / "ui"

# Methods whose first argument is shown text.
FIRST_ARG = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setWhatsThis",
    "setInformativeText",
    "setDetailedText",
    "setLabelText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "showMessage",
    "addItem",
    "insertItem",
    "setItemText",
    "addMenu",
    "addSection",
    "setHeaderText",
    "setWindowIconText",
    "addRow",
}
# Methods whose text may follow an icon or a widget: every positional string counts.
ANY_ARG = {
    "addAction",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "addButton",
    "drawText",
}
# Methods taking a list of shown strings.
LIST_ARG = {"setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "addItems"}
# Constructors whose positional strings are shown text.
CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QCommandLinkButton",
    "QMessageBox",
    "QProgressDialog",
    "QTreeWidgetItem",
    "QListWidgetItem",
    "QStandardItem",
    "QTableWidgetItem",
}
# Our own helpers: the argument positions (and keywords) that are shown text.
HELPERS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "PathField": ((1, 2, 3), ("caption", "name", "file_filter")),
    "show_message": ((1,), ("text",)),
    "ask_unsaved": ((1, 2), ("question", "detail")),
    "shortcut_action": ((1,), ("text",)),
    "message_box": ((1, 2, 3), ("title", "text", "detail")),
    # A hand-built plural ("remark", "remarks") cannot follow Serbian's three forms.
    "counted": ((1,), ("forms",)),
    "_say": ((0,), ("text",)),
    "_intro": ((0,), ("text",)),
    "_secret": ((0,), ("name",)),
    "_passphrase_field": ((0,), ("name",)),
    "_show_status": ((0,), ("text",)),
    "show_result": ((0,), ("text",)),
    "_action": ((0,), ("text",)),
}
# WorkDialog.__init__(title, button) and WorkDialog.run(what is being done, ...).
WORK_DIALOG_INIT = (0, 1)
# QMessageBox.information(parent, title, text, ...) and friends.
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
# QFileDialog.getSaveFileName(parent, caption, dir, filter, ...) and friends.
FILE_DIALOG = {
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
}
FILE_DIALOG_KEYWORDS = {"caption", "filter"}
WRAPPERS = {"tr", "QT_TRANSLATE_NOOP", "translate"}

# Text that reads the same in every language we ship, with the reason.
ALLOWED = {
    "PDF": "a file format's name",
    "DOCX": "a file format's name",
    "Markdown": "a file format's name",
    "Roundtable": "the product's name",
    "English": "the language picker names each language in itself",
    "Srpski (latinica)": "the language picker names each language in itself",
    "Српски (ћирилица)": "the language picker names each language in itself",
    "Language / Jezik / Језик": "asked before any language is chosen, so in all three",
    "Language · Jezik · Језик": "asked before any language is chosen, so in all three",
    "not the passphrase": "what the screenshot script types, as a user would",
    "interpret": "what the screenshot script types, as a user would",
}
# Key names (shown as keys, translated by Qt's QKeySequence where it does so).
KEY = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta|Cmd)\+)*(?:[A-Z0-9]|F\d{1,2}|Esc|Enter|Tab)$")
LETTER = re.compile(r"[^\W\d_]")
TAG = re.compile(r"</?[a-z][a-z0-9]*[^>]*>")


@dataclass(frozen=True)
class Raw:
    """A raw string found on its way to the screen."""

    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _shown_letters(text: str) -> bool:
    # Markup alone ("<h3>", "</ul>") is not text; what it wraps is.
    words = TAG.sub("", text)
    return bool(LETTER.search(words)) and text not in ALLOWED and not KEY.match(text)


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str, tree: ast.Module) -> None:
        self.path = path
        self.found: list[Raw] = []
        # Module- and class-level NAME = <expr>, so a constant handed to a text call is seen.
        self.constants: dict[str, ast.expr] = {}
        for statement in [*tree.body, *_class_bodies(tree)]:
            if isinstance(statement, ast.Assign):
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        self.constants[target.id] = statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                if isinstance(statement.target, ast.Name):
                    self.constants[statement.target.id] = statement.value
        self._function: list[str] = []
        self._class_bases: set[str] = set()

    # --------------------------------------------------------------- what counts as raw
    def raw(self, node: ast.expr | None, seen: frozenset[str] = frozenset()) -> Iterator[ast.AST]:
        """The literal nodes in ``node`` that would be shown untranslated."""
        if node is None:
            return
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str) and _shown_letters(node.value):
                yield node
        elif isinstance(node, ast.JoinedStr):
            text = "".join(
                v.value
                for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
            if _shown_letters(text):
                yield node
        elif isinstance(node, ast.BinOp):
            yield from self.raw(node.left, seen)
            if isinstance(node.op, ast.Add):
                yield from self.raw(node.right, seen)
        elif isinstance(node, ast.IfExp):
            yield from self.raw(node.body, seen)
            yield from self.raw(node.orelse, seen)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                yield from self.raw(value, seen)
        elif isinstance(node, ast.Tuple | ast.List):
            for element in node.elts:
                yield from self.raw(element, seen)
        elif isinstance(node, ast.Call):
            name = _call_name(node)
            if name in WRAPPERS:
                return
            func = node.func
            # "Text {}".format(x), " ".join([...]): the literal is the shown text.
            if isinstance(func, ast.Attribute) and name in {"format", "join"}:
                yield from self.raw(func.value, seen)
                if name == "join":
                    for arg in node.args:
                        yield from self.raw(arg, seen)
            elif name in {"list", "tuple"} and node.args:
                yield from self.raw(node.args[0], seen)
        elif isinstance(node, ast.Name):
            if node.id in self.constants and node.id not in seen:
                yield from self.raw(self.constants[node.id], seen | {node.id})
        elif isinstance(node, ast.Subscript):
            if isinstance(node.value, ast.Name):
                yield from self.raw(node.value, seen)

    def report(self, node: ast.expr | None) -> None:
        for literal in self.raw(node):
            self.found.append(Raw(self.path, literal.lineno, ast.unparse(literal)[:80]))

    # --------------------------------------------------------------- where text is shown
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        outer = self._class_bases
        self._class_bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
        self.generic_visit(node)
        self._class_bases = outer

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function.append(node.name)
        self.generic_visit(node)
        self._function.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]  # noqa: N815

    def visit_Return(self, node: ast.Return) -> None:
        # A model's data()/headerData() returning a literal shows it in a view.
        if self._function and self._function[-1] in {"data", "headerData"}:
            self.report(node.value)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        func = node.func
        args, keywords = node.args, {k.arg: k.value for k in node.keywords if k.arg}
        owner = (
            func.value.id
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            else ""
        )
        if owner == "QMessageBox" and name in MESSAGE_BOX:
            for arg in args[1:3]:
                self.report(arg)
            for key in ("title", "text"):
                self.report(keywords.get(key))
        elif owner == "QFileDialog" and name in FILE_DIALOG:
            if len(args) > 1:
                self.report(args[1])
            if len(args) > 3:
                self.report(args[3])
            for key in FILE_DIALOG_KEYWORDS:
                self.report(keywords.get(key))
        elif (
            name == "__init__"
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Call)
            and _call_name(func.value) == "super"
            and self._class_bases & {"WorkDialog"}
        ):
            for i in WORK_DIALOG_INIT:
                if i < len(args):
                    self.report(args[i])
        elif (
            name == "run"
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and self._class_bases & {"WorkDialog"}
        ):
            if args:
                self.report(args[0])
        elif name in HELPERS:
            positions, names = HELPERS[name]
            for i in positions:
                if i < len(args):
                    self.report(args[i])
            for key in names:
                self.report(keywords.get(key))
        elif name in CONSTRUCTORS and isinstance(func, ast.Name):
            for arg in args:
                self.report(arg)
            for key in ("text", "title"):
                self.report(keywords.get(key))
        elif name in FIRST_ARG and isinstance(func, ast.Attribute):
            if args:
                self.report(args[0])
        elif name in ANY_ARG and isinstance(func, ast.Attribute):
            for arg in args:
                self.report(arg)
            self.report(keywords.get("text"))
        elif name in LIST_ARG and isinstance(func, ast.Attribute):
            if args:
                self.report(args[0])
        self.generic_visit(node)


def _class_bodies(tree: ast.Module) -> Iterator[ast.stmt]:
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            yield from node.body


def raw_strings_in(source: str, path: str = "<snippet>") -> list[Raw]:
    """Every untranslated string the walk finds in ``source``."""
    tree = ast.parse(source)
    finder = _Finder(path, tree)
    finder.visit(tree)
    return sorted(set(finder.found), key=lambda r: (r.path, r.line, r.text))


def raw_strings_in_ui() -> list[Raw]:
    """Every untranslated string the walk finds in ``roundtable_app/ui``."""
    found: list[Raw] = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI.parents[1]).as_posix()
        found += raw_strings_in(path.read_text(encoding="utf-8"), relative)
    return found


def test_every_shown_string_in_the_ui_goes_through_tr() -> None:
    found = raw_strings_in_ui()
    assert not found, "untranslated UI strings:\n" + "\n".join(map(str, found))


# Every line ending in "# raw" must be reported (once per raw literal); no other line may be.
SNIPPET = """
from roundtable_app.ui.i18n import tr, QT_TRANSLATE_NOOP
_FILTER = "Event kits (*.rtkit)"  # raw
_HEADERS = ("When", "Kind")  # raw
_OK_FILTER = QT_TRANSLATE_NOOP("Join", "Vaults (*.roundtable)")
_KEYS = ("Ctrl+F",)

class Model:
    def headerData(self, section, orientation, role):
        if section == 0:
            return "Raw header"  # raw
        return tr("Model", "Wrapped header")

    def data(self, index, role):
        return _HEADERS[index.row()]

class KitDialog(WorkDialog):
    def __init__(self, parent):
        super().__init__("Raw title", tr("Ctx", "&Join"), parent)  # raw
        self.run("Raw progress…", work, done)  # raw
        self.run(tr("Ctx", "Wrapped progress…"), work, done)

def build(self, count, name):
    self.label.setText("Raw text")  # raw
    self.label.setText(tr("Ctx", "Wrapped text"))
    self.label.setToolTip(f"Raw {name} tip")  # raw
    self.label.setToolTip(tr("Ctx", "%1 tip").replace("%1", name))
    self.box = QLabel("Raw label", self)  # raw
    self.box = QLabel(tr("Ctx", "Wrapped label"), self)
    self.check = QCheckBox(tr("Ctx", "%n remarks", None, count))
    self.title.setText("Raw " + name)  # raw
    self.action = menu.addAction(icon, "Raw action")  # raw
    self.field = PathField("open", "Raw caption", tr("Ctx", "Kit"), _FILTER)  # raw
    self.field = PathField("open", tr("Ctx", "Kit"), tr("Ctx", "Kit"), tr("Ctx", _OK_FILTER))
    QMessageBox.warning(self, "Raw title", tr("Ctx", "Wrapped text"))  # raw
    QFileDialog.getSaveFileName(self, tr("Ctx", "Save"), "", "Raw files (*.x)")  # raw
    show_message(self.message, "Raw message" if count else tr("Ctx", "Wrapped"))  # raw
    self.table.setHorizontalHeaderLabels(list(_HEADERS))
    form.addRow("Raw &label:", self.edit)  # raw
    form.addRow(tr("Ctx", "Wrapped &label:"), self.edit)
    self.caption.setText(counted(count, ("remark", "remarks")))  # raw
    item = QTreeWidgetItem([name, "raw kind"])  # raw
    self.format.addItem("PDF", "pdf")
    self.keys.setText("Ctrl+F")
    self.intro.setText("<h3>" + tr("Ctx", "Wrapped") + "</h3>")
    self.edit.setObjectName("raw_object_name")
    self.label.setText(str(count))
    self.label.setText("{} raw".format(count))  # raw
"""


def test_the_walk_reports_raw_strings_and_passes_wrapped_ones() -> None:
    lines = SNIPPET.splitlines()
    wanted = [n for n, line in enumerate(lines, 1) if line.endswith("# raw")]
    found = raw_strings_in(SNIPPET)
    assert sorted({r.line for r in found}) == wanted
    # Both strings of a raw tuple, both forms of a hand-built plural, are listed.
    assert [r.text for r in found if r.line == wanted[1]] == ["'Kind'", "'When'"]
    assert [r.text for r in found if "remark" in r.text] == ["'remark'", "'remarks'"]
