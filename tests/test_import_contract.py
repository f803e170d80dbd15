"""The architecture's walls, read from the source with ``ast`` (no module is imported):

- PySide6 (and shiboken6) is imported only inside ``roundtable_app/ui/``;
- the renderers (every export module that uses ReportLab or python-docx, and ``markdown``)
  reach nothing of the vault, the guard, the UI or the CLI: the summary model is their only gate;
- ``vault/`` imports nothing from ``ui/`` or from the renderers;
- no import circle inside a package (lazy imports in functions count: a circle broken only by
  import order is still a circle).

Imports under ``if TYPE_CHECKING:`` are left out: they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "roundtable_app"
ROOT = "roundtable_app"
RENDERER_LIBRARIES = ("reportlab", "docx")
QT = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    """``roundtable_app/vault/base.py`` -> ``roundtable_app.vault.base``; a package by its name."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST) -> Iterator[ast.AST]:
    """``ast.walk`` that skips the bodies of ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            yield from (n for stmt in child.orelse for n in [stmt, *_walk(stmt)])
            continue
        yield child
        yield from _walk(child)


@cache
def imports(name: str) -> frozenset[str]:
    """Dotted names a module imports; ``from pkg import sub`` counts as ``pkg.sub`` when ``sub``
    is a module, else as ``pkg``. Relative imports are resolved."""
    path = modules()[name]
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in _walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                anchor = anchor if is_package else anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in modules() else base)
    return frozenset(found)


def internal(name: str) -> set[str]:
    """The package's own modules that ``name`` imports."""
    return {target for target in imports(name) if target in modules()}


def reachable(name: str) -> set[str]:
    """Every module of the package reached from ``name`` through imports."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        for target in internal(current):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def renderers() -> set[str]:
    """Export modules that write a format: they use a document library, or are Markdown."""
    return {
        name
        for name in modules()
        if name.startswith(f"{ROOT}.export.")
        and (
            name.endswith(".markdown")
            or any(t.split(".")[0] in RENDERER_LIBRARIES for t in imports(name))
        )
    }


def under(name: str, *prefixes: str) -> bool:
    """Whether ``name`` is one of ``prefixes`` or inside one of them."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_the_walk_sees_the_package() -> None:
    # guards the test itself: a broken walk would find no import and pass everything
    assert {f"{ROOT}.vault.base", f"{ROOT}.ui.app", f"{ROOT}.export.pdf"} <= set(modules())
    assert f"{ROOT}.export.model" in internal(f"{ROOT}.export.pdf")
    assert any(t.startswith("PySide6") for t in imports(f"{ROOT}.ui.app"))
    assert {f"{ROOT}.export.pdf", f"{ROOT}.export.word", f"{ROOT}.export.markdown"} <= renderers()


def test_qt_is_imported_only_inside_ui() -> None:
    offenders = {
        name: sorted(t for t in imports(name) if t.split(".")[0] in QT)
        for name in modules()
        if not under(name, f"{ROOT}.ui")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_renderers_reach_only_the_summary_model() -> None:
    # Directly, a renderer imports the model and rendering helpers of export/ only; through
    # them it reaches no vault service, guard, UI or CLI (the model may use vault.types, the
    # plain value types, which is how it stays the one gate).
    walls = (f"{ROOT}.vault", f"{ROOT}.guard", f"{ROOT}.ui", f"{ROOT}.cli", f"{ROOT}.inputs")
    gates = (f"{ROOT}.export", f"{ROOT}.export.preflight")  # both read the vault
    for renderer in renderers():
        direct = internal(renderer)
        assert not [t for t in direct if under(t, *walls) or t in gates], (renderer, direct)
        beyond = [
            t
            for t in reachable(renderer)
            if (under(t, *walls) and t not in (f"{ROOT}.vault", f"{ROOT}.vault.types"))
            or t in gates
        ]
        assert beyond == [], (renderer, beyond)
    for fmt in ("pdf", "word", "markdown"):
        assert f"{ROOT}.export.model" in internal(f"{ROOT}.export.{fmt}"), fmt


def test_vault_imports_nothing_of_the_ui_or_the_renderers() -> None:
    bad = (f"{ROOT}.ui", *renderers())
    found = {
        name: sorted(t for t in imports(name) if under(t, *bad))
        for name in modules()
        if under(name, f"{ROOT}.vault")
    }
    assert {k: v for k, v in found.items() if v} == {}


def package_edges(package: str) -> dict[str, set[str]]:
    """Imports among the modules directly inside ``package`` (a subpackage is one node)."""
    depth = package.count(".") + 1

    def node(name: str) -> str | None:
        if not under(name, package) or name == package:
            return None
        return ".".join(name.split(".")[: depth + 1])

    edges: dict[str, set[str]] = {n: set() for n in map(node, modules()) if n}
    for name in modules():
        source = node(name)
        if source is None:
            continue
        for target in internal(name):
            dest = node(target)
            if dest and dest != source:
                edges[source].add(dest)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Circles in a graph, each as the path that closes it (depth-first search)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(current: str) -> None:
        state[current] = 1
        stack.append(current)
        for nxt in sorted(edges.get(current, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[current] = 2

    for member in sorted(edges):
        if member not in state:
            visit(member)
    return found


def test_the_circle_finder_finds_circles() -> None:
    # guards the test itself: a finder that never finds one would pass everything
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_no_import_circle_inside_any_package() -> None:
    packages = sorted({name for name, path in modules().items() if path.name == "__init__.py"})
    assert {f"{ROOT}", f"{ROOT}.vault", f"{ROOT}.ui.capture"} <= set(packages)
    found = {package: cycles(package_edges(package)) for package in packages}
    assert {k: v for k, v in found.items() if v} == {}
