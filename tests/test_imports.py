"""No import loops: every module under bot/ and db/ imports on its own, in a fresh interpreter.

A loop often hides when the modules are imported in a lucky order (as the suite does); ``python -c
"import X"`` for each module alone finds it. One interpreter per module, a few at a time.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from tests.conftest import REPO


def all_modules() -> list[str]:
    """Every module of the ``bot`` and ``db`` packages, as dotted names."""
    names = []
    for package in ("bot", "db"):
        for path in sorted((REPO / package).rglob("*.py")):
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__main__":
                continue  # runs the CLI when imported
            if parts[-1] == "__init__":
                parts.pop()
            names.append(".".join(parts))
    return names


def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    """Each module is the first of ours to be imported (see tests/import_alone.py for how, and why forked).

    BRIEFING_IMPORT_EXEC=1 runs a real ``python -c "import X"`` per module instead (slow: ~0.6 s of CPU each).
    """
    modules = all_modules()
    assert {"bot.app", "bot.ingest", "bot.answers.registry", "bot.answers.commands", "db.queries"} <= set(modules)
    mode = ["--exec"] if os.environ.get("BRIEFING_IMPORT_EXEC") else []
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "TELEGRAM_", "SLACK_"))}
    result = subprocess.run([sys.executable, "-m", "tests.import_alone", *mode, *modules], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]


def imported_modules(module: str) -> set[str]:
    """Our modules that ``module`` imports, at its top or inside a function (not under TYPE_CHECKING)."""
    path = REPO / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = REPO / module.replace(".", "/") / "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(node) for stmt in ast.walk(tree) if isinstance(stmt, ast.If) and "TYPE_CHECKING" in ast.unparse(stmt.test)
               for node in ast.walk(stmt)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_import_cycles_even_through_deferred_imports() -> None:
    """A deferred import (inside a function) hides a loop from the test above; the graph shows it."""
    modules = set(all_modules())
    graph = {module: sorted(imported_modules(module) & modules - {module}) for module in modules}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in graph[module]:
            if state.get(target) == 1:
                cycles.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(modules):
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(" -> ".join(cycle) for cycle in cycles)


def test_rendering_loads_neither_the_commands_nor_the_store() -> None:
    """An answer carries what its renderers need (usage lines included): rendering imports no answer
    module, no database module and no SQLAlchemy."""
    code = ("import sys\n"
            "import bot.render.plain, bot.render.telegram_html, bot.render.slack_blocks, bot.render.json\n"
            "import bot.render.slack_home, bot.render.source_page\n"
            "print(sorted(m for m in sys.modules if m.startswith(('bot.answers', 'db', 'sqlalchemy'))))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
