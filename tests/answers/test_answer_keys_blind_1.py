"""Answer keys: the first half of the blind sets holds its floors (the sets and floors are in
test_answer_keys.py)."""

from __future__ import annotations

import pytest

from tests.answers.test_answer_keys import BLIND_HALVES, holds_its_scores


@pytest.mark.parametrize("name", BLIND_HALVES[0])
def test_blind_answers_hold_their_scores(name, show, tmp_path):
    holds_its_scores(name, show, tmp_path)
