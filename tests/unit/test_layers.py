"""The package layers, checked on the source: the arrows point one way.

core is plain Python (standard library only), so it runs and is tested without
Qt, files or a desktop; storage, files and platform build on core; shell glues
them to the Qt event loop; ui draws; only the composition root (app.py) and
the command line see everything. Every import counts, including the lazy ones
inside functions, since a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desk_mobility"

# What each layer may import from the app's own packages.
ALLOWED: dict[str, set[str]] = {
    "core": {"core"},
    "files": {"core", "files"},
    "storage": {"core", "storage"},
    "platform": {"core", "files", "platform", "i18n"},  # files: the atomic writer, for login items
    "shell": {"core", "files", "platform", "shell", "i18n"},
    "ui": {"core", "files", "platform", "shell", "ui", "i18n"},
    "i18n": {"core", "i18n"},
}
# Third-party packages core may never use: it is the standard library alone.
STDLIB = sys.stdlib_module_names


def modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def imports_of(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "desk_mobility":
                for alias in node.names:
                    yield node.lineno, f"desk_mobility.{alias.name}"
            else:
                yield node.lineno, node.module


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in ALLOWED) else None


def own_layer(target: str) -> str | None:
    parts = target.split(".")
    if parts[0] != "desk_mobility" or len(parts) < 2:
        return None
    return parts[1]


def test_every_module_lives_in_a_known_place() -> None:
    top_level = {
        "desk_mobility",
        "desk_mobility.__main__",
        "desk_mobility.cli",
        "desk_mobility.app",
    }
    strays = [
        name
        for name, _ in modules()
        if name not in top_level and layer_of(name) not in ALLOWED and ".assets" not in name
    ]
    assert strays == []


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_point_one_way(layer: str) -> None:
    wrong = []
    for name, path in modules():
        if layer_of(name) != layer:
            continue
        for line, target in imports_of(path):
            target_layer = own_layer(target)
            if target_layer is None:
                continue
            if target_layer in {"app", "cli", "__main__"} or (
                target_layer in ALLOWED and target_layer not in ALLOWED[layer]
            ):
                wrong.append(f"{path.relative_to(PACKAGE)}:{line} imports {target}")
    assert wrong == []


def test_core_uses_the_standard_library_alone() -> None:
    foreign = []
    for name, path in modules():
        if layer_of(name) != "core":
            continue
        for line, target in imports_of(path):
            root = target.split(".")[0]
            if root not in STDLIB and root != "desk_mobility" and root != "__future__":
                foreign.append(f"{path.relative_to(PACKAGE)}:{line} imports {target}")
    assert foreign == []


def test_no_import_cycles_between_modules() -> None:
    graph: dict[str, set[str]] = {}
    known = {name for name, _ in modules()}
    for name, path in modules():
        edges = set()
        for _, imported in imports_of(path):
            target = imported
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target not in {name, "desk_mobility"}:
                edges.add(target)
        graph[name] = edges
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []
