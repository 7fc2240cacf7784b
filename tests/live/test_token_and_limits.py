"""The control token (one per laptop, private, typed as shown) and the limits on each client."""
from __future__ import annotations

import os
import stat

from hypothesis import given
from hypothesis import strategies as st

from models.ground import appconfig
from models.live.limits import Lockout, RateLimit
from models.live.token import ALPHABET, TOKEN_FILE, control_token, new_control_token, token_matches


class Ticks:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_token_is_made_once_kept_private_and_replaced_on_demand():
    token = control_token()
    assert control_token() == token
    groups = token.split("-")
    assert len(groups) == 4 and all(len(group) == 4 and set(group) <= set(ALPHABET) for group in groups)
    path = appconfig.config_dir() / TOKEN_FILE
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fresh = new_control_token()
    assert fresh != token and control_token() == fresh
    path.write_text("", encoding="utf-8")  # an emptied file is not a token: a new one is made
    assert control_token() not in ("", fresh)


def test_a_token_matches_as_typed_and_never_when_empty():
    assert token_matches("ABCD EFGH-jkmn pqrs", "abcd-efgh-jkmn-pqrs")
    assert not token_matches("abcd-efgh-jkmn-pqrt", "abcd-efgh-jkmn-pqrs")
    assert not token_matches("", "")
    assert not token_matches("--", "-")


@given(st.text(max_size=40))
def test_no_other_text_matches_the_token(offered):
    token = "abcd-efgh-jkmn-pqrs"
    assert token_matches(offered, token) == ("".join(c for c in offered.lower() if c.isalnum()) == "abcdefghjkmnpqrs")


def test_a_client_gets_its_burst_then_its_rate_and_others_are_not_affected():
    ticks = Ticks()
    limit = RateLimit(rate=2, burst=3, clock=ticks)
    assert [limit.allow("10.0.0.5") for _ in range(4)] == [True, True, True, False]
    assert limit.allow("10.0.0.6")
    ticks.now = 0.5  # one more request earned
    assert [limit.allow("10.0.0.5") for _ in range(2)] == [True, False]
    ticks.now = 100
    assert [limit.allow("10.0.0.5") for _ in range(4)] == [True, True, True, False]  # never more than the burst


def test_wrong_tokens_lock_a_client_out_for_the_window_only():
    ticks = Ticks()
    lockout = Lockout(failures=3, window=60, clock=ticks)
    for _ in range(3):
        assert not lockout.locked("10.0.0.5")
        lockout.failed("10.0.0.5")
    assert lockout.locked("10.0.0.5") and not lockout.locked("10.0.0.6")
    ticks.now = 61
    assert not lockout.locked("10.0.0.5")
