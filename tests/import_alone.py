"""Import each named module alone, in an interpreter where none of our modules is loaded yet.

Run as ``python -m tests.import_alone MODULE...``; prints one line per module that fails and exits 1.

``python -c "import X"`` per module is the plain way, but each interpreter spends ~0.6 s of CPU
loading SQLAlchemy, PTB, Bolt and pydantic, so ~90 modules take a minute and a half on two cores. Here
one parent loads only those third-party packages, then forks a child per module: the child starts
with no ``bot``/``db`` module in ``sys.modules``, so an import loop or a missing import in our code
shows exactly as it would in a fresh interpreter. ``--exec`` runs ``python -c`` per module instead.

Most of what is left of a child's time is compiling our regular expressions (~970 patterns, over a
second per module that reaches the extraction rules). So before forking, one survey child imports
every module once and reports the patterns ``re.compile`` was given; the parent compiles them into
``re``'s own cache (enlarged to hold them all) and every child inherits that cache. The children
still import every module of ours themselves; only the compiled patterns are shared, and a pattern
object is the same whoever compiled it. Where PYTHONDONTWRITEBYTECODE is set, the survey also leaves
our modules' bytecode in a temporary PYTHONPYCACHEPREFIX folder for the children (``_bytecode_cache``).
109 modules: ~85 s of the children's CPU -> ~30 s with the patterns warm -> ~15 s with the bytecode.

This module must not import ``bot``, ``db`` or ``tests.conftest``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

OURS = ("bot", "db")
# Third-party packages our modules import; loaded once in the parent.
PRELOAD = ("sqlalchemy", "sqlalchemy.orm", "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.sqlite",
           "alembic", "pydantic", "pydantic_settings", "httpx", "telegram", "telegram.ext", "slack_bolt",
           "slack_sdk", "starlette", "starlette.applications", "starlette.routing", "starlette.requests",
           "starlette.responses", "uvicorn", "aiohttp", "psycopg", "trafilatura", "feedparser", "rapidfuzz", "typer", "rich", "yaml")


def _ours_loaded() -> list[str]:
    return sorted(m for m in sys.modules if m.split(".")[0] in OURS)


def _child(module: str, write_fd: int) -> None:
    """In the forked child: import ``module``, report the error's last line on ``write_fd``, never return."""
    status = 0
    try:
        importlib.import_module(module)
    except BaseException:  # noqa: BLE001 - any failure to import is the finding
        status = 1
        lines = traceback.format_exc().strip().splitlines()
        os.write(write_fd, (lines[-1] if lines else "import failed").encode()[:4000])
    os.close(write_fd)
    os._exit(status)


def _survey_patterns(modules: list[str]) -> list[tuple[str | bytes, int]]:
    """The (pattern, flags) pairs given to ``re.compile`` while a forked child imports all ``modules``.

    Only a warm-up: a module that fails here is skipped (its own child reports it), and any trouble
    with the survey itself means no patterns, not a failure."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the survey child: import everything with re.compile watched, send the patterns, exit
        os.close(read_fd)
        seen: dict[tuple[str | bytes, int], None] = {}
        compile_ = re.compile

        def watched(pattern, flags=0):  # type: ignore[no-untyped-def]
            if isinstance(pattern, str | bytes):
                seen.setdefault((pattern, int(flags)), None)
            return compile_(pattern, flags)

        re.compile = watched  # type: ignore[assignment]
        for module in modules:
            try:
                importlib.import_module(module)
            except BaseException:  # noqa: BLE001 - its own child reports it
                pass
        with os.fdopen(write_fd, "wb") as out:
            out.write(pickle.dumps(list(seen)))
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as got:
        data = got.read()
    _, status = os.waitpid(pid, 0)
    try:
        return pickle.loads(data) if status == 0 else []
    except Exception:  # noqa: BLE001 - a warm-up only
        return []


def _warm_regex_cache(patterns: list[tuple[str | bytes, int]]) -> None:
    """Compile ``patterns`` into ``re``'s cache, made big enough to keep them all (children inherit it)."""
    if hasattr(re, "_MAXCACHE"):
        re._MAXCACHE = max(re._MAXCACHE, 2 * len(patterns) + 512)
    for pattern, flags in patterns:
        try:
            re.compile(pattern, flags)
        except re.error:
            pass  # the module's own child meets the same error


def import_forked(modules: list[str], parallel: int = 4) -> dict[str, str]:
    """{module: error} for the modules that fail to import alone, each in a child forked from this process."""
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # an optional extra: the child imports it itself
    if _ours_loaded():
        raise RuntimeError(f"our modules are loaded before forking: {_ours_loaded()}")
    with _bytecode_cache():
        _warm_regex_cache(_survey_patterns(modules))
        loaded = _ours_loaded()
        if loaded:
            raise RuntimeError(f"our modules are loaded before forking: {loaded}")
        return _fork_each(modules, parallel)


@contextlib.contextmanager
def _bytecode_cache() -> Iterator[None]:
    """Where PYTHONDONTWRITEBYTECODE is set, every child compiled our sources again (half its time once
    the patterns are warm): the survey writes their bytecode to a temporary PYTHONPYCACHEPREFIX folder
    that the children read, checked against the sources as always. Set after the third-party packages
    are loaded, so only what the survey imports is compiled there; nothing is written beside the code."""
    if not sys.dont_write_bytecode:
        yield  # bytecode is cached beside the sources as usual
        return
    folder, before = tempfile.mkdtemp(prefix="briefing-pyc-"), sys.pycache_prefix
    sys.pycache_prefix, sys.dont_write_bytecode = folder, False
    try:
        yield
    finally:
        sys.pycache_prefix, sys.dont_write_bytecode = before, True
        shutil.rmtree(folder, ignore_errors=True)


def _fork_each(modules: list[str], parallel: int) -> dict[str, str]:
    """{module: error}: each module imported in a child forked from this process, ``parallel`` at once."""
    failures: dict[str, str] = {}
    running: dict[int, tuple[str, int]] = {}
    queue = list(modules)
    while queue or running:
        while queue and len(running) < parallel:
            module = queue.pop(0)
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_fd)
                _child(module, write_fd)
            os.close(write_fd)
            running[pid] = (module, read_fd)
        pid, status = os.wait()
        module, read_fd = running.pop(pid)
        message = os.read(read_fd, 4000).decode(errors="replace")
        os.close(read_fd)
        if status != 0:
            failures[module] = message or f"exit status {status}"
    return failures


def import_exec(modules: list[str], parallel: int = 4) -> dict[str, str]:
    """{module: error} for the modules that fail ``python -c "import MODULE"``, one interpreter each."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "TELEGRAM_", "SLACK_"))}

    def run(module: str) -> tuple[str, str | None]:
        result = subprocess.run([sys.executable, "-c", f"import {module}"], env=env, capture_output=True, text=True,
                                timeout=120)
        lines = result.stderr.strip().splitlines()
        return module, None if result.returncode == 0 else (lines[-1] if lines else f"exit {result.returncode}")

    with ThreadPoolExecutor(max_workers=parallel) as pool:
        return {module: error for module, error in pool.map(run, modules) if error}


def main(argv: list[str]) -> int:
    exec_mode = "--exec" in argv
    modules = [a for a in argv if not a.startswith("--")]
    parallel = max(2, (os.cpu_count() or 2) * 2)
    failures = (import_exec if exec_mode else import_forked)(modules, parallel)
    for module, error in failures.items():
        print(f"{module}: {error}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
