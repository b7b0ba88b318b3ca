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
    """As an argument: one line, exit 2, nothing stored. Inside a folder: that file fails with the reason
    and the others are stored."""
    folder = tmp_path / "folder"
    folder.mkdir()
    body = (SAMPLES / "en-01-lumora-layoffs.txt").read_bytes()
    odd = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    Path(os.fsdecode(odd)).write_bytes(body)
    (folder / "good.txt").write_bytes(body)
    db = tmp_path / "cli.db"
    result = _run([os.fsdecode(odd)], db)
    assert (result.exit_code, result.stderr.strip()) == (
        2, f"Error: the name '{folder}/caf\\xe9.txt' is not UTF-8; rename the file or folder")
    assert not db.exists()
    result = _run([str(folder)], db)
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"failed: {folder}/caf\\xe9.txt: file name is not UTF-8; rename the file"
    assert "1 new, 0 updated, 0 unchanged, 1 failed" in result.stdout


CANONICAL = """<html><head><title>Story {n}</title><link rel="canonical" href="https://news.example/story"></head>
<body><article><h1>Story {n}</h1><p>Acme Corp hired {n} engineers in Jakarta in March 2026, said Budi Santoso, the
chief executive of Acme Corp, in a statement long enough to be kept as the body of the article.</p>
<p>Another paragraph about Acme Corp and its plans for the year, version {n}, with more words in it.</p></article>
</body></html>"""


def test_files_sharing_a_canonical_url_settle(tmp_path: Path) -> None:
    """The first file keeps the URL; the other fails with the reason every time, and the store settles."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in ("a", "b"):
        (folder / f"{n}.html").write_text(CANONICAL.format(n=n), encoding="utf-8")
    db = tmp_path / "cli.db"
    reason = f"failed: {folder}/b.html: same URL as {folder}/a.html (https://news.example/story); only the first is stored"
    first, again = _run([str(folder)], db), _run([str(folder)], db)
    assert (first.exit_code, first.stderr.strip()) == (1, reason)
    assert "1 new, 0 updated, 0 unchanged, 1 failed" in first.stdout
    assert (again.exit_code, again.stderr.strip()) == (1, reason)
    assert "0 new, 0 updated, 1 unchanged, 1 failed" in again.stdout


def test_a_good_date_still_works(tmp_path: Path) -> None:
    result = _run([ARTICLE, "--published", "2024-02-29", "--language", "EN"], tmp_path / "cli.db")
    assert result.exit_code == 0, result.stderr
