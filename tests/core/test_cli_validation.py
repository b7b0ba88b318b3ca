"""Bad arguments and manifests: one clear line, exit status 2, nothing stored (the store is not even opened)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import cli
from tests.conftest import SAMPLES
from tests.reliability.tally import record

ARTICLE = str(SAMPLES / "en-01-lumora-layoffs.txt")

CASES = [
    (["--published", "2025-02-30"], "Error: --published '2025-02-30': there is no day 30 in February 2025"),
    (["--published", "0000-01-01"], "Error: --published '0000-01-01': year must be between 1800 and 2200"),
    (["--published", "2025-13-45"], "Error: --published '2025-13-45': there is no month 13"),
    (["--published", "9999-99-99"], "Error: --published '9999-99-99': year must be between 1800 and 2200"),
    (["--published", "2025-02-29"], "Error: --published '2025-02-29': there is no day 29 in February 2025"),
    (["--published", "abc"], "Error: --published must be YYYY, YYYY-MM or YYYY-MM-DD, got 'abc'"),
    (["--language", "fr"], "Error: --language must be id or en, got 'fr'"),
    (["--url", "javascript:alert(1)"], "Error: --url must be an http(s) URL, got 'javascript:alert(1)'"),
]


def _run(args: list[str], db: Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["ingest", *args, "--db", str(db)])


@pytest.mark.parametrize(("extra", "message"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bad_options_are_one_line_and_exit_2(tmp_path: Path, extra: list[str], message: str) -> None:
    db = tmp_path / "cli.db"
    result = _run([ARTICLE, *extra], db)
    record("bad arguments", refusals=int(result.exit_code == 2), errors=int(db.exists()))
    assert (result.exit_code, result.stderr.strip()) == (2, message)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not db.exists()


@pytest.mark.parametrize("published", ["2025-02-30", "1999-1", "2025-00", "20250101"])
def test_a_manifest_with_a_bad_date_is_refused_before_anything_is_stored(tmp_path: Path, published: str) -> None:
    db = tmp_path / "cli.db"
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"file": "en-01-lumora-layoffs.txt", "language": "en", "published": published}]))
    result = _run([ARTICLE, "--manifest", str(manifest)], db)
    record("bad arguments", refusals=int(result.exit_code == 2), errors=int(db.exists()))
    assert result.exit_code == 2 and not db.exists()
    line = result.stderr.strip()
    assert line.startswith("Error: manifest.json entry 1 (en-01-lumora-layoffs.txt): published") and "\n" not in line


def test_odd_inputs_are_refused_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    for args, message in [
        ([""], "Error: an input is empty; give a file, a folder or an http(s) URL"),
        (["a" * 5000], "Error: an input is 5,000 characters long; the limit is 4,096"),
        ([ARTICLE, "--manifest", str(deep)], f"Error: manifest {deep} is nested too deeply to be a list of entries"),
    ]:
        result = _run(args, db)
        record("bad arguments", refusals=int(result.exit_code == 2), errors=int(db.exists()))
        assert (result.exit_code, result.stderr.strip()) == (2, message)
    assert not db.exists()
    result = CliRunner().invoke(cli, ["ingest", ARTICLE, "--db", "mysql://u@localhost/x"])
    assert result.exit_code == 2 and result.stderr.startswith("Cannot open the database mysql://u@localhost/x: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_name_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    """As an argument or inside a folder: one line, exit 2, nothing stored (the store is not opened)."""
    folder = tmp_path / "folder"
    folder.mkdir()
    body = (SAMPLES / "en-01-lumora-layoffs.txt").read_bytes()
    odd = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    Path(os.fsdecode(odd)).write_bytes(body)
    (folder / "good.txt").write_bytes(body)
    (folder / os.fsdecode(b"picture-\xe9.png")).write_bytes(b"")  # not an article: its name is no matter
    db = tmp_path / "cli.db"
    message = f"Error: the name '{folder}/caf\\xe9.txt' is not UTF-8; rename the file or folder"
    for args in ([os.fsdecode(odd)], [str(folder)], [str(SAMPLES / "en-02-halcyon-brightwave.txt"), str(folder)]):
        result = _run(args, db)
        record("bad arguments", refusals=int(result.exit_code == 2), errors=int(db.exists()))
        assert (result.exit_code, result.stderr.strip()) == (2, message), args
        assert not db.exists()
    os.remove(odd)
    result = _run([str(folder)], db)
    assert (result.exit_code, "1 new, 0 updated, 0 unchanged, 0 failed" in result.stdout) == (0, True), result.stderr


CANONICAL = """<html><head><title>Story {n}</title><link rel="canonical" href="https://news.example/story"></head>
<body><article><h1>Story {n}</h1><p>Acme Corp hired {n} engineers in Jakarta in March 2026, said Budi Santoso, the
chief executive of Acme Corp, in a statement long enough to be kept as the body of the article.</p>
<p>Another paragraph about Acme Corp and its plans for the year, version {n}, with more words in it.</p></article>
</body></html>"""


def test_files_that_would_be_one_article_are_refused_before_anything_is_stored(tmp_path: Path) -> None:
    """Two pages with one canonical URL would overwrite each other on every run (a folder would never settle to
    "unchanged"): refused up front, exit 2, nothing stored. Each given its own URL in the manifest, both are
    stored, and the folder settles."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in ("a", "b"):
        (folder / f"{n}.html").write_text(CANONICAL.format(n=n), encoding="utf-8")
    db = tmp_path / "cli.db"
    result = _run([str(folder)], db)
    record("bad arguments", refusals=int(result.exit_code == 2), errors=int(db.exists()))
    assert (result.exit_code, result.stderr.strip()) == (
        2, f"Error: {folder}/b.html and {folder}/a.html would be stored as one article (same URL "
           "https://news.example/story); leave one out or give each its own url in the manifest")
    assert not db.exists()

    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"file": "b.html", "url": "https://news.example/story-b"}]))
    first, again = (_run([str(folder), "--manifest", str(manifest)], db) for _ in range(2))
    assert (first.exit_code, again.exit_code) == (0, 0), first.stderr
    assert "2 new, 0 updated, 0 unchanged, 0 failed" in first.stdout
    assert "0 new, 0 updated, 2 unchanged, 0 failed" in again.stdout


@pytest.mark.parametrize(("make", "clash"), [
    (lambda d: [(d / "one" / "x.txt"), (d / "two" / "x.txt")], "name x.txt"),  # two folders, one file name
    (lambda d: [(d / "x.txt"), (d / "y.txt")], "URL https://news.example/same"),  # --url given to two files
])
def test_other_inputs_that_would_be_one_article_are_refused(tmp_path: Path, make, clash: str) -> None:  # type: ignore[no-untyped-def]
    paths = make(tmp_path)
    for path in paths:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes((SAMPLES / "en-01-lumora-layoffs.txt").read_bytes())
    args = [str(p.parent) for p in paths] if clash.startswith("name") else [*map(str, paths), "--url",
                                                                            "https://news.example/same"]
    db = tmp_path / "cli.db"
    result = _run(args, db)
    assert result.exit_code == 2 and not db.exists()
    assert f"would be stored as one article (same {clash})" in result.stderr and result.stderr.count("\n") == 1


def test_a_good_date_still_works(tmp_path: Path) -> None:
    result = _run([ARTICLE, "--published", "2024-02-29", "--language", "EN"], tmp_path / "cli.db")
    assert result.exit_code == 0, result.stderr
