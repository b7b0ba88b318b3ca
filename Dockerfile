# briefing: one image for every service in docker-compose.yml (the command picks the front end).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BRIEFING_HOST=0.0.0.0 \
    BRIEFING_PORT=3000

RUN groupadd --system --gid 10001 briefing \
 && useradd --system --uid 10001 --gid briefing --home-dir /app --shell /usr/sbin/nologin briefing

WORKDIR /app
# Dependencies first (cached while only the code changes); psycopg[binary] and lxml ship wheels.
COPY pyproject.toml README.md ./
RUN mkdir bot db && touch bot/__init__.py db/__init__.py && pip install . && pip uninstall -y briefing

# The code, with migrations/ beside db/ (db/migrate.py finds them there) and the sample articles.
COPY bot ./bot
COPY db ./db
COPY migrations ./migrations
COPY alembic.ini ./
COPY samples ./samples
# Bytecode compiled here: PYTHONDONTWRITEBYTECODE keeps a running process from writing it, so without this step
# every process would compile bot/ and db/ from source before its first answer (~0.1 s; BENCHMARKS.md "Cold start").
RUN pip install --no-deps -e . \
 && python -m compileall -q bot db migrations \
 && mkdir -p /app/data \
 && chown -R briefing:briefing /app/data

USER briefing
EXPOSE 3000
ENTRYPOINT ["briefing"]
CMD ["serve", "web"]
