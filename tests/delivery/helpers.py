"""Articles about one company told by several outlets, a simulated clock, and a recording sender."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.app import BriefingApp
from bot.delivery.dispatch import SendResult
from bot.domain import Answer, SourceDoc
from bot.ingest import store_doc

PROFILE = ("Nusantara Robotics Opens Factory\n\nJAKARTA – Nusantara Robotics, a robot maker, opened a factory in "
           "Surabaya in January 2026, its CEO Dewi Lestari said.\n")
LAYOFFS = ("Nusantara Robotics Lays Off Staff\n\nJAKARTA – Nusantara Robotics laid off 40 employees in May 2026, "
           "its CEO Dewi Lestari said on Tuesday.\n")
LAYOFFS_COPY = ("Robot Maker Cuts Jobs\n\nSURABAYA – Nusantara Robotics laid off 40 workers in May 2026, chief "
                "executive Dewi Lestari told reporters.\n")
FUNDING = ("Nusantara Robotics Raises Money\n\nJAKARTA – Nusantara Robotics raised $20 million in June 2026, its CEO "
           "Dewi Lestari said.\n")
FUNDING_CORRECTED = ("Nusantara Robotics Funding <Corrected>\n\nJAKARTA – Nusantara Robotics raised $25 million in June "
                     "2026, its CEO Dewi Lestari said.\n")


def put(app: BriefingApp, text: str, url: str, *, language: str = "en") -> int:
    title, _, body = text.partition("\n\n")
    doc = SourceDoc(text=body, title=title, url=url, language=language, published="2026-06-10", publisher=url.split("/")[2])
    status, article_id = store_doc(app.store, doc, label=url)
    assert status == "new"
    return article_id


@dataclass
class Clock:
    now: datetime = datetime(2026, 6, 1, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@dataclass
class Recorder:
    """A Sender that records what it would send; ``outcomes`` scripts the results."""

    platform: str = "telegram"
    global_interval: float = 0.0
    sent: list[tuple[str, Answer]] = field(default_factory=list)
    outcomes: list[SendResult] = field(default_factory=list)

    def chat_interval(self, chat_key: str) -> float:
        return 0.0

    async def send(self, chat_key: str, answer: Answer) -> SendResult:
        result = self.outcomes.pop(0) if self.outcomes else SendResult("sent")
        if result.status == "sent":
            self.sent.append((chat_key, answer))
        return result
