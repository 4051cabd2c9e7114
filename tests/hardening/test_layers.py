"""No import circle among kzvotes' modules, counting the imports made inside functions.

import-linter (``make lint``) holds the layers; this test reads every module's imports with
``ast`` (module level, inside functions and under ``TYPE_CHECKING`` alike) and looks for a
circle in the whole graph, so a lazy import cannot hide one.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[2] / "src"


def module_files(src: Path) -> dict[str, Path]:
    """Every module of the tree under ``src``, by dotted name (a package by its own name)."""
    modules = {}
    for path in sorted(src.rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of ``modules`` that ``name`` imports anywhere in its file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from pkg import mod` imports the module pkg.mod, `from mod import name` mod itself
            found.update(
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                for alias in node.names
            )
    return {m for m in found if m in modules and m != name}


def find_circle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (circle := visit(nxt)):
                return circle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (circle := visit(start)):
            return circle
    return None


def import_graph(src: Path) -> dict[str, set[str]]:
    modules = module_files(src)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def test_no_import_circle_among_kzvotes_modules() -> None:
    graph = import_graph(SRC)
    assert "kzvotes.pipeline" in graph and graph["kzvotes.cli.commands"]
    assert find_circle(graph) is None, " -> ".join(find_circle(graph) or [])


def test_a_circle_through_an_import_inside_a_function_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("def f():\n    from .. import a\n")
    assert find_circle(import_graph(tmp_path)) == ["pkg.a", "pkg.sub.b", "pkg.a"]


def test_the_cli_imports_nothing_back_from_the_module_that_wires_it() -> None:
    graph = import_graph(SRC)
    wired = {m for m in graph if m.startswith("kzvotes.cli.") and m != "kzvotes.cli.commands"}
    assert not {m for m in wired if "kzvotes.cli.commands" in graph[m]} - {"kzvotes.cli.main"}
    # the entry point: the wiring, and the fast path for plain build/validate lines
    assert graph["kzvotes.cli.main"] <= {"kzvotes", "kzvotes.cli.commands", "kzvotes.cli.fast"}
