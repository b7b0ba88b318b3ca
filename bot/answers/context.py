"""What an answer function is given: the caller's session and the asker's circumstances.

Its own module so that answer functions, the command table and the registry's lookups can all use it
without importing one another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.domain import Answer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class Context:
    """What an answer function may use: the caller's session and the asker's circumstances."""

    session: Session
    lang: str = "en"
    limit: int = 50
    chat_key: str | None = None
    is_admin: bool = False
    public_url: str | None = None
    services: dict[str, object] = field(default_factory=dict)  # e.g. "ingest": callable for /ingest
    # what one answer works out once and reads several times (the name index: ``subject.index_of``)
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)


Handler = Callable[[Context, str], Answer]
