"""The entity an answer is about: the name the asker typed, resolved, or the answer that says why not.

Every command about one name (/who, /timeline NAME, /numbers, /quotes, /follow, /unfollow) starts here,
so a name resolves the same way (and fails with the same "did you mean") whichever command asks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from bot.answers.context import Context
from bot.answers.matching import IndexedEntity, Match, NameIndex, name_index
from bot.domain import Answer, EntityInfo, MessageKey
from bot.extraction.roles import title_and_rest, titles_agree
from db import answers_queries as reads
from db.names import norm_name

# an answer function about one entity: (context, the query as typed, the entity it resolved to)
AboutEntity = Callable[[Context, str, IndexedEntity], Answer]


def index_of(ctx: Context) -> NameIndex:
    """The name index this answer reads: looked up once an answer (each look-up asks the store's version)."""
    index = ctx.memo.get("name_index")
    if not isinstance(index, NameIndex):
        index = ctx.memo["name_index"] = name_index(ctx.session)
    return index


def entity_info(ent: IndexedEntity) -> EntityInfo:
    return EntityInfo(name=ent.name, kind=ent.kind, aliases=sorted(ent.aliases, key=str.lower), id=ent.id,
                      mentions=ent.mentions)


def about_entity(command: str) -> Callable[[AboutEntity], Callable[[Context, str], Answer]]:
    """Make ``fn(ctx, query, entity)`` an answer function of ``(ctx, query)``: the query is resolved to
    an entity first, and a name that does not resolve is answered "not found" or "did you mean"."""

    def decorate(fn: AboutEntity) -> Callable[[Context, str], Answer]:
        @wraps(fn)
        def answer(ctx: Context, query: str) -> Answer:
            entity, problem = resolve(ctx, command, query)
            if problem is not None:
                return problem
            assert entity is not None
            return fn(ctx, query, entity)

        return answer

    return decorate


def unresolved(command: str, query: str, match: Match, ctx: Context) -> Answer:
    """The answer for a name that did not resolve: did-you-mean candidates or nearest names."""
    index = index_of(ctx)
    if match.status == "ambiguous":
        return Answer(command=command, query=query, status="ambiguous", message=MessageKey.AMBIGUOUS,
                      suggestions=[c.name for c in match.candidates])
    near = match.candidates or index.nearest(query)
    return Answer(command=command, query=query, status="not_found", message=MessageKey.NOT_FOUND,
                  suggestions=[c.name for c in near[:3]])


def resolve(ctx: Context, command: str, query: str) -> tuple[IndexedEntity | None, Answer | None]:
    """The entity ``query`` names (a name, or a title only one person holds), else the answer saying why not."""
    index = index_of(ctx)
    match = index.lookup(query)
    if match.status == "ok" and match.entity is not None and not (match.entity.kind != "person" and title_and_rest(query)):
        return match.entity, None
    holder = _holder_of(ctx, query)
    if holder is not None:
        return index.entities.get(holder, None), None
    if match.status == "ok" and match.entity is not None:
        return match.entity, None
    named = _named_after_a_title(index, query)
    if named is not None:
        return named, None
    return None, unresolved(command, query, match, ctx)


def _named_after_a_title(index: NameIndex, query: str) -> IndexedEntity | None:
    """"Presiden Yoon", "Presiden terpilih Donald Trump": a title, maybe a word saying which holder ("terpilih",
    "elect"), then a person's name that no role of the articles gives that title: the one person the name finds."""
    parsed = title_and_rest(query)
    rest = parsed[1].split() if parsed else []
    while rest and rest[0][:1].islower():
        rest = rest[1:]
    if not rest:
        return None
    match = index.lookup(" ".join(rest), kinds=("person",))
    return match.entity if match.status == "ok" else None


def _holder_of(ctx: Context, query: str) -> int | None:
    """The one person the articles give the title the query names ("Dirjen Minerba", "Menteri
    Komunikasi dan Digital", "Intel chairman"): the title agrees and every other word typed is in the role's
    organisation or its sentence. Of several, the one not told as a former holder."""
    parsed = title_and_rest(query) or _title_last(query)
    if parsed is None:
        return None
    title, rest = parsed
    words = [w for w in norm_name(rest).split() if len(w) > 2 and w not in ("dan", "and", "the", "of")]
    holders = _holders(ctx, title, words)
    if len(holders) == 1:
        return next(iter(holders))
    current = [p for p, was in holders.items() if not was]
    return current[0] if len(current) == 1 else None


def _holders(ctx: Context, title: str, words: list[str]) -> dict[int, bool]:
    """Each person given ``title`` where every one of ``words`` is in the organisation or the sentence, and whether
    every such telling calls them a former holder."""
    holders: dict[int, bool] = {}
    for person_id, _name, held, org, passage, former in reads.role_holders(session=ctx.session):
        if titles_agree(title, held) and all(w in norm_name(f"{org or ''} {held} {passage}") for w in words):
            holders[person_id] = holders.get(person_id, True) and former
    return holders


def _title_last(query: str) -> tuple[str, str] | None:
    """"Intel chairman", "BSI corporate secretary": a name, then the title (the longest the words end with)."""
    words = query.split()
    for k in range(1, len(words)):
        parsed = title_and_rest(" ".join(words[k:]))
        if parsed is not None and not parsed[1].strip():
            return parsed[0], " ".join(words[:k])
    return None
