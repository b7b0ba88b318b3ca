"""SQLAlchemy 2 models. The schema itself is created and changed only by Alembic (migrations/)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    case,
    false,
    func,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship
from sqlalchemy.sql.elements import ColumnElement


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Identity of an article across re-ingests: its URL, else "file:<name>".
    source_key: Mapped[str] = mapped_column(String(1000), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(300))
    byline: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(2000))
    original_url: Mapped[str | None] = mapped_column(String(2000))
    published: Mapped[str | None] = mapped_column(String(10))  # YYYY[-MM[-DD]]
    published_precision: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str | None] = mapped_column(String(8))
    content_hash: Mapped[str] = mapped_column(String(64))  # compared once found by source_key: no index (0009)
    source_file: Mapped[str | None] = mapped_column(String(1000))
    # Deferred: answers cite passages, so a whole text is loaded only where it is asked for (reindex).
    # The body is stored once: as its passages plus ``body_gaps`` (the text around them where it is not the
    # usual blank line, ``db.queries.pack_gaps``), ``body_text`` then being ''; read it with
    # ``db.queries.article_text``. ``raw_text`` only when it differs from the body.
    raw_text: Mapped[str | None] = mapped_column(Text, deferred=True)
    body_text: Mapped[str] = mapped_column(Text, deferred=True)
    body_gaps: Mapped[str | None] = mapped_column(Text, deferred=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now(), index=True)

    passages: Mapped[list[Passage]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True, order_by="Passage.idx"
    )


class Passage(Base):
    __tablename__ = "passages"
    __table_args__ = (UniqueConstraint("article_id", "idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))  # unique (article_id, idx)
    idx: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    # 3 per event, 2 per role, 1 per amount and quote stored from it (db.queries.FACT_WEIGHTS): written
    # with the passage's facts, read by /who to rank the sentences naming an entity
    fact_weight: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    article: Mapped[Article] = relationship(back_populates="passages")


class Entity(Base):
    __tablename__ = "entities"
    __mapper_args__ = {"eager_defaults": False}  # an insert returns no server defaults (``kind_readings``'s below)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    norm: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    mention_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)
    # articles that name it (how rare a name is, for grouping stories); kept with mention_count
    article_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # how many articles read it as another kind than ``kind`` ("org:1", ``db.kinds``); "": none did
    # (read only when a reading disagrees; an insert leaves it out and takes the server's default, so that code of an
    # earlier revision writes to a store below 0021 as it did)
    kind_readings: Mapped[str | None] = mapped_column(String(120), nullable=True, deferred=True, server_default="")

    aliases: Mapped[list[EntityAlias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", passive_deletes=True
    )


class EntityAlias(Base):
    __tablename__ = "entity_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    norm: Mapped[str] = mapped_column(String(300), unique=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_entity_article", "entity_id", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    passage_id: Mapped[int] = mapped_column(ForeignKey("passages.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class _DatedFact:
    """Columns shared by facts that carry a date as resolved, its precision and its phrase."""

    date_year: Mapped[int | None] = mapped_column(Integer)
    date_month: Mapped[int | None] = mapped_column(Integer)
    date_day: Mapped[int | None] = mapped_column(Integer)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_text: Mapped[str | None] = mapped_column(String(200))


class Role(_DatedFact, Base):
    __tablename__ = "roles"
    # an organisation's roles by id, with what /who weighs of them (0014, in place of the index of org_id alone;
    # ``answers_queries.seat_titles_of``)
    __table_args__ = (Index("ix_roles_org_posts", "org_id", "id", "former", "title", "person_id", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    org_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))  # 0014: ix_roles_org_posts
    title: Mapped[str] = mapped_column(String(200))
    former: Mapped[bool] = mapped_column(Boolean, default=False)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    passage_id: Mapped[int] = mapped_column(ForeignKey("passages.id", ondelete="CASCADE"), index=True)  # 0011: the cascade


def passage_slice(own_text: Any, start: Any, end: Any, passage_id: Any) -> ColumnElement[str]:
    """A fact's text: the stored ``own_text`` (column ``text``), or, where the offsets are set, that slice of
    its passage (read by a primary-key look-up per row; SQLite and PostgreSQL count characters, as Python)."""
    # An alias of its own, so that a query already joining passages does not correlate it to those
    own = Passage.__table__.alias()
    sliced = select(func.substr(own.c.text, start + 1, end - start)).where(own.c.id == passage_id).scalar_subquery()
    return case((end.is_(None), own_text), else_=sliced)


def sliced(own_text: str, start: int | None, end: int | None, passage_text: str) -> str:
    """The value ``passage_slice`` gives, worked out from the row's columns and its passage's text: the stored text
    where no offsets are set, else that slice (SQLite's and PostgreSQL's ``substr`` count characters, as Python
    does). The writer sets both offsets or neither, within the passage (``_FactWriter.text_columns``); offsets
    that ``substr`` would read otherwise than a slice are refused rather than guessed at."""
    if end is None:
        return own_text
    if start is None or not 0 <= start <= end:
        raise ValueError(f"offsets {start}..{end} are not a slice of the passage")
    return passage_text[start:end]


def joined_slice(own_text: Any, start: Any, end: Any, passage_text: Any) -> ColumnElement[str]:
    """``passage_slice`` for a query that joins the fact's own passage already (``passage_text``: that row's
    ``text``): the same value, without a look-up of the passage a row."""
    return case((end.is_(None), own_text), else_=func.substr(passage_text, start + 1, end - start))


class Event(_DatedFact, Base):
    __tablename__ = "events"
    __table_args__ = (
        # PostgreSQL also has ix_events_newest (0015): the dated events in ``queries._by_date``'s order (NULLS LAST)
        Index("ix_events_date", "date_year", "date_month", "date_day"),
        # the departures alone, with what /who reads of them (0012; ``answers_queries.departures_of``)
        Index("ix_events_departures", "id", "date_year", "date_month", "date_day", "date_basis", "passage_id",
              "pending", sqlite_where=text("type = 'departure'"), postgresql_where=text("type = 'departure'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # no index on type (0009): the one query by type (departures of given people) has a partial index (0012)
    type: Mapped[str] = mapped_column(String(32))
    # The sentence stating it is kept as offsets into its passage (migration 0008): column ``text`` is then
    # '', and ``text`` below reads the slice. Written by ``db.queries._FactWriter.text_columns``.
    own_text: Mapped[str] = mapped_column("text", Text)
    text_start: Mapped[int | None] = mapped_column(Integer)
    text_end: Mapped[int | None] = mapped_column(Integer)
    # "stated" | "anchored" | "reported" | "planned": how the date was found (bot.domain.DateBasis)
    date_basis: Mapped[str] = mapped_column(String(10), default="stated", server_default="stated")
    anchor_type: Mapped[str | None] = mapped_column(String(32))  # type of the event this one is dated from
    # told as still to come ("will step down at the end of the year"; bot.domain.Event.pending, 0020)
    pending: Mapped[bool] = mapped_column(Boolean, server_default=false())
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    passage_id: Mapped[int] = mapped_column(ForeignKey("passages.id", ondelete="CASCADE"), index=True)  # 0011: the cascade
    text: Mapped[str] = column_property(passage_slice(own_text, text_start, text_end, passage_id))


class EventActor(Base):
    __tablename__ = "event_actors"
    __table_args__ = (
        # a name's events newest date first, read as one range (0018; ``queries._by_date`` order, read backwards on
        # SQLite, written in that order on PostgreSQL); it begins with entity_id, whose own index it replaced
        Index("ix_event_actors_entity_dated", "entity_id", "date_year", "date_month", "event_id"),
        # a name's events in its newest articles first, one range in ``queries.event_sentences_of``'s order (0019)
        Index("ix_event_actors_entity_article", "entity_id", text("article_id DESC"), "event_id"),
        {"sqlite_with_rowid": False},  # rows kept in the primary key (migration 0010)
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    # the event's date_year and date_month, copied when the row is written (0018): an event's date never changes
    date_year: Mapped[int | None] = mapped_column(Integer)
    date_month: Mapped[int | None] = mapped_column(Integer)
    # the event's article_id, copied when the row is written (0019): an event never moves to another article
    article_id: Mapped[int | None] = mapped_column(Integer)


class EventAnchor(Base):
    """An actor of the event that ``event_id`` is dated from (see Event.anchor_type)."""

    __tablename__ = "event_anchors"
    __table_args__ = {"sqlite_with_rowid": False}

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True)


class AmountEntity(Base):
    """A person or organisation an amount is about (every one named in its clause)."""

    __tablename__ = "amount_entities"
    __table_args__ = {"sqlite_with_rowid": False}

    amount_id: Mapped[int] = mapped_column(ForeignKey("amounts.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True, index=True)


class Amount(_DatedFact, Base):
    __tablename__ = "amounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    value: Mapped[float] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(8))
    unit: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(String(200))
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    passage_id: Mapped[int] = mapped_column(ForeignKey("passages.id", ondelete="CASCADE"), index=True)


class Quote(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    speaker_text: Mapped[str | None] = mapped_column(String(300))
    about_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    # The words quoted, as offsets into the passage where they are a slice of it (see Event)
    own_text: Mapped[str] = mapped_column("text", Text)
    text_start: Mapped[int | None] = mapped_column(Integer)
    text_end: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    passage_id: Mapped[int] = mapped_column(ForeignKey("passages.id", ondelete="CASCADE"), index=True)  # 0011: the cascade
    text: Mapped[str] = column_property(passage_slice(own_text, text_start, text_end, passage_id))


class Story(Base):
    """Articles that tell one story (a happening and its follow-ups, in any language), grouped at ingest.

    ``headline`` is the title of its earliest article (``headline_article_id``); ``first_day`` and
    ``last_day`` span its articles' publication periods. See ``bot.stories`` for how articles join.
    """

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    headline: Mapped[str] = mapped_column(Text)
    headline_article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class StoryArticle(Base):
    """The one story an article belongs to, with the article's publication period as days.

    ``day_from``..``day_to`` is the period its ``published`` names (a month is its first to last day;
    no date: the day it was stored), so windows of days find candidates and recent articles by index.
    """

    __tablename__ = "story_articles"
    __table_args__ = (Index("ix_story_articles_days", "day_to", "day_from"),
                      Index("ix_story_articles_story_days", "story_id", "day_from", "article_id"))

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    day_from: Mapped[date] = mapped_column(Date)
    day_to: Mapped[date] = mapped_column(Date)
    score: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")  # how well it matched when it joined


class ChatPref(Base):
    """Per-chat preferences (UI language), keyed "telegram:<chat_id>" or "slack:<team>:<channel>"."""

    __tablename__ = "chat_prefs"

    chat_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    lang: Mapped[str | None] = mapped_column(String(8))
    last_brief_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Set when the chat blocked or removed the bot: its alerts and digests wait until it comes back.
    paused_at: Mapped[datetime | None] = mapped_column(DateTime)
    paused_reason: Mapped[str | None] = mapped_column(String(200))


class Follow(Base):
    __tablename__ = "follows"
    __table_args__ = (UniqueConstraint("chat_key", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_key: Mapped[str] = mapped_column(String(200), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    last_seen_article_id: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Delivery(Base):
    """One alert or digest decided for a chat: pending -> sent, or failed / paused (see bot.delivery)."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("chat_key", "key", name="uq_deliveries_chat_key"),
                      Index("ix_deliveries_due", "platform", "status", "not_before"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_key: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))  # "alert" | "digest"
    key: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)  # the Answer as JSON (bot.delivery.payload)
    status: Mapped[str] = mapped_column(String(10), default="pending", server_default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    not_before: Mapped[datetime] = mapped_column(DateTime)  # also the lease of a claimed row
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(String(300))


class DeliveredFact(Base):
    """A fact told to a chat; the key is semantic, so another outlet's copy of it is the same fact."""

    __tablename__ = "delivered_facts"

    chat_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    fact_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"))


class Digest(Base):
    """A chat's digest schedule: daily or weekly at a local time; ``next_run_at`` is UTC."""

    __tablename__ = "digests"

    chat_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    frequency: Mapped[str] = mapped_column(String(8))  # "daily" | "weekly"
    weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday (weekly only)
    at_time: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    timezone: Mapped[str] = mapped_column(String(64))
    next_run_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    last_article_id: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_run_at: Mapped[datetime | None] = mapped_column(DateTime)


class Feed(Base):
    """A feed the watcher polls, with its conditional-GET validators and back-off state."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    interval_seconds: Mapped[int] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    next_poll_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    last_polled_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(String(300))
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_new: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ProcessedUpdate(Base):
    """Updates already answered (Telegram update_id, Slack retries): answered once across processes."""

    __tablename__ = "processed_updates"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class StoreMeta(Base):
    """Small key/value table; "version" is bumped by every write so caches know when to rebuild."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
