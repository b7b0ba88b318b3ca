"""A name's events by article: each event actor row carries its event's article

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 11:00:00

``/who``'s key facts read the sentences of a name's events in its newest articles first (``db.queries.
event_sentences_of``: ``article_id DESC, id``). The article was on ``events`` only and the name on ``event_actors``
only, so a hot name's newest events were looked for by walking the store's newest events (``ix_events_article_id``,
up to 10,000 of them) and probing ``event_actors`` for each, and a quieter name's were all read and sorted. Here
``event_actors`` gets the event's ``article_id`` (filled from ``events`` for the rows stored, written with every new
row by ``db.queries._FactWriter``; an event never moves to another article) and ``ix_event_actors_entity_article``
is (entity, article newest first, event) in the read's own order, so a name's events in its newest articles are
one range of the index, read no further than the limit, on SQLite and PostgreSQL alike (the article is never NULL
for a row written or filled, so no NULL order to spell out). ``UPDATE ... FROM``: SQLite 3.33 and later; the
downgrade's ``DROP COLUMN``: 3.35.
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

NAME = "ix_event_actors_entity_article"


def upgrade() -> None:
    op.execute("ALTER TABLE event_actors ADD COLUMN article_id INTEGER")
    op.execute("UPDATE event_actors SET article_id = events.article_id FROM events WHERE events.id = event_actors.event_id")
    op.execute(f"CREATE INDEX {NAME} ON event_actors (entity_id, article_id DESC, event_id)")


def downgrade() -> None:
    op.drop_index(NAME, table_name="event_actors")
    # plain ALTER TABLE: a batch rebuild of the table on SQLite would not keep it WITHOUT ROWID
    op.execute("ALTER TABLE event_actors DROP COLUMN article_id")
