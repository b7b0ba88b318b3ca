"""Citation links: a text fragment quotes the passage's words exactly as ``urllib.parse.quote`` does, with
"-" encoded by hand (the shortcut for plain words must not change a single link)."""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers.common import is_http_url, text_fragment
from tests.properties import examples

WORD = st.text(alphabet=st.sampled_from("aZ09_.~-,&%/#?é漢'\"() \t"), min_size=0, max_size=12)


def _expected(words: list[str]) -> str:
    def part(ws: list[str]) -> str:
        return quote(" ".join(ws), safe="").replace("-", "%2D")

    if not words:
        return ""
    if len(words) <= 10:
        return "#:~:text=" + part(words)
    return "#:~:text=" + part(words[:5]) + "," + part(words[-4:])


@settings(max_examples=examples(500))
@given(st.lists(WORD, max_size=14))
def test_text_fragment_quotes_like_quote(words: list[str]) -> None:
    passage = " ".join(words)
    assert text_fragment(passage) == _expected(passage.split())


def test_plain_and_escaped_words() -> None:
    assert text_fragment("PT Kencana-Mobility raised 1.5 ~ funds") == "#:~:text=PT%20Kencana%2DMobility%20raised%201.5%20~%20funds"
    assert text_fragment("Dana Rp1,2 miliar & \u201csaham\u201d") == \
        "#:~:text=Dana%20Rp1%2C2%20miliar%20%26%20%E2%80%9Csaham%E2%80%9D"
    assert is_http_url("https://example.com/a") and not is_http_url("ftp://example.com") and not is_http_url("http://[x")
