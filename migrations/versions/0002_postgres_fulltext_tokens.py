"""PostgreSQL: index passages with the same tokens as SQLite's FTS5 (unicode61, diacritics removed)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 05:30:00

0001 indexed ``to_tsvector('simple', text)``. PostgreSQL's parser keeps "scale.ai", "co-founder",
"14.3" and e-mail addresses as single tokens and keeps accents, while FTS5's unicode61 tokenizer
splits on every punctuation mark and folds diacritics. So "/search scale ai" found a passage on
SQLite and not on PostgreSQL. ``briefing_fts_text`` (unaccent, punctuation -> space) is applied to
the indexed column and to every query phrase (see db/fulltext.py), so both engines see the same
words. SQLite is unchanged.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# IMMUTABLE so that a generated column may use it; unaccent() itself is only STABLE because its
# dictionary could change, which we accept (the dictionary is fixed for a given server build).
FTS_TEXT_FUNCTION = """
CREATE OR REPLACE FUNCTION briefing_fts_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT regexp_replace(public.unaccent('public.unaccent'::regdictionary, value), '[[:punct:]]+', ' ', 'g') $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
    op.execute(FTS_TEXT_FUNCTION)
    op.execute("DROP INDEX IF EXISTS ix_passages_tsv")
    op.execute("ALTER TABLE passages DROP COLUMN IF EXISTS tsv")
    op.execute(
        "ALTER TABLE passages ADD COLUMN tsv tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, briefing_fts_text(text))) STORED"
    )
    op.execute("CREATE INDEX ix_passages_tsv ON passages USING gin (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_passages_tsv")
    op.execute("ALTER TABLE passages DROP COLUMN IF EXISTS tsv")
    op.execute(
        "ALTER TABLE passages ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED"
    )
    op.execute("CREATE INDEX ix_passages_tsv ON passages USING gin (tsv)")
    op.execute("DROP FUNCTION IF EXISTS briefing_fts_text(text)")
