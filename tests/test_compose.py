"""docker-compose.yml, Dockerfile and .env.example, checked statically (Docker does not run here)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from pydantic import ValidationError

from bot.cli import cli
from bot.config import Settings

REPO = Path(__file__).resolve().parents[1]
COMPOSE = REPO / "docker-compose.yml"
ENV_EXAMPLE = REPO / ".env.example"

# Variables that are not settings: read by compose itself (interpolation) and the postgres image.
COMPOSE_ONLY = {"POSTGRES_PASSWORD"}
POSTGRES_IMAGE_VARS = {"POSTGRES_USER", "POSTGRES_DB", "POSTGRES_PASSWORD", "POSTGRES_INITDB_ARGS"}
APP_SERVICES = {"migrate", "telegram", "slack", "watcher"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("services"), dict)
    return data


def setting_names() -> set[str]:
    return {str(f.validation_alias) for f in Settings.model_fields.values() if f.validation_alias}


def env_example() -> dict[str, str]:
    pairs = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.partition("=")[::2] for item in env)
    return {str(k): str(v) for k, v in env.items()}


def _resolve(command: list[str]) -> str:
    """The name of the CLI command a compose command runs, its arguments parsed (bad ones raise)."""
    node: Any = typer.main.get_command(cli)
    args, name = list(command), ""
    while hasattr(node, "commands"):  # a group (typer may vendor its own click)
        assert args, f"{command}: names a group, not a command"
        name = args.pop(0)
        assert name in node.commands, f"{command}: no command {name!r} (has {sorted(node.commands)})"
        node = node.commands[name]
    node.make_context(name, list(args))
    return name


def test_services_and_dependencies(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"postgres", "migrate", "telegram", "slack", "watcher"} <= set(services)
    pg = services["postgres"]
    assert "pg_isready" in " ".join(pg["healthcheck"]["test"])
    volume = pg["volumes"][0].split(":")[0]
    assert volume in (compose.get("volumes") or {}), "postgres needs a named volume"
    assert services["migrate"]["command"] == ["db", "upgrade"]
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in ("telegram", "slack", "watcher"):
        deps = services[name]["depends_on"]
        assert deps["migrate"]["condition"] == "service_completed_successfully", name
        assert deps["postgres"]["condition"] == "service_healthy", name


def test_every_command_is_a_real_cli_command(compose: dict[str, Any]) -> None:
    expected = {"migrate": "upgrade", "telegram": "serve", "slack": "serve", "watcher": "watch"}
    for name in APP_SERVICES:
        command = compose["services"][name]["command"]
        if isinstance(command, str):
            command = shlex.split(command)
        assert _resolve(command) == expected[name]
    with pytest.raises(AssertionError):
        _resolve(["serve-everything"])  # the check itself catches a wrong name


def test_every_environment_variable_is_a_setting(compose: dict[str, Any]) -> None:
    known = setting_names()
    text = COMPOSE.read_text(encoding="utf-8")
    for name in APP_SERVICES:
        service = compose["services"][name]
        assert service.get("env_file") in (".env", [".env"]), name
        unknown = set(_environment(service)) - known
        assert not unknown, f"{name}: not settings: {unknown}"
    assert set(_environment(compose["services"]["postgres"])) <= POSTGRES_IMAGE_VARS
    interpolated = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", text))
    assert interpolated <= COMPOSE_ONLY | known
    example = env_example()
    unknown = set(example) - known - COMPOSE_ONLY
    assert not unknown, f".env.example names variables that are not settings: {unknown}"
    assert COMPOSE_ONLY <= set(example) and COMPOSE_ONLY <= interpolated


def test_env_example_placeholders_are_refused_at_start_up() -> None:
    example = env_example()
    secrets = {k: v for k, v in example.items() if v.lower() == "changeme"}
    assert {"TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "POSTGRES_PASSWORD"} <= set(secrets)
    for key, value in secrets.items():
        if key == "POSTGRES_PASSWORD":  # reaches the app inside BRIEFING_DATABASE_URL
            key, value = "BRIEFING_DATABASE_URL", f"postgresql+psycopg://briefing:{value}@postgres:5432/briefing"
        with pytest.raises(ValidationError, match="placeholder"):
            Settings(**{key: value})
    # The file as a whole, as the app would read it.
    with pytest.raises(ValidationError):
        Settings(_env_file=str(ENV_EXAMPLE))  # type: ignore[call-arg]
    # And once filled in, it is accepted.
    filled = {k: ("real-" + k.lower() if v.lower() == "changeme" else v) for k, v in example.items() if k in setting_names()}
    assert Settings(**filled).telegram_enabled


def test_images_and_build_contexts_exist(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        build = service.get("build")
        assert build or service.get("image"), name
        if build:
            context = build if isinstance(build, str) else build.get("context", ".")
            dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
            assert (REPO / context / dockerfile).is_file(), name
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim", dockerfile, re.M)
    user = re.findall(r"^USER (\S+)", dockerfile, re.M)
    assert user and user[-1] not in ("root", "0")
    assert 'ENTRYPOINT ["briefing"]' in dockerfile
    # the code's bytecode is built into the image, which no running process may write to
    assert re.search(r"python -m compileall -q bot db", dockerfile) and "PYTHONDONTWRITEBYTECODE=1" in dockerfile
    for copied in re.findall(r"^COPY (\S+) ", dockerfile, re.M):
        assert (REPO / copied).exists(), copied
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").split()
    assert ".env" in ignored and ".venv" in ignored
