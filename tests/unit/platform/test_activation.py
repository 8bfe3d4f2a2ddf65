"""Which activation token a window raised on Wayland gets, and what the log says."""

from __future__ import annotations

import logging

from desk_mobility.platform.activation import (
    TOKEN_LIFETIME_SECONDS,
    TOKEN_VARIABLE,
    ActivationTokens,
    process_getenv,
)


class Env:
    """The C environment as the toolkit sees it."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str:
        return self.values.get(name, "")

    def put(self, name: str, value: str) -> None:
        self.values[name] = value


def tokens(env: Env, clock: list[float], enabled: bool = True) -> ActivationTokens:
    return ActivationTokens(
        enabled=enabled, monotonic=lambda: clock[0], getenv=env.get, putenv=env.put
    )


def test_a_token_from_the_notification_is_spent_on_the_next_window(caplog) -> None:
    caplog.set_level(logging.INFO, logger="desk_mobility.platform.activation")
    env, clock = Env(), [100.0]
    activation = tokens(env, clock)
    activation.offer("kwin-7", "the notification")
    assert activation.spend("guide window") == "the notification"
    assert env.values[TOKEN_VARIABLE] == "kwin-7"
    assert "guide window brought to the front with an activation token from the notification" in (
        caplog.text
    )
    env.values.clear()  # Qt clears it once used
    assert activation.spend("guide window") == ""  # one token, one window
    assert "guide window opened without an activation token" in caplog.text


def test_a_stale_token_is_not_spent() -> None:
    env, clock = Env(), [100.0]
    activation = tokens(env, clock)
    activation.offer("kwin-8", "the notification")
    clock[0] += TOKEN_LIFETIME_SECONDS + 1
    assert activation.spend("history") == ""
    assert TOKEN_VARIABLE not in env.values


def test_a_token_the_tray_item_already_handed_to_qt_is_named(caplog) -> None:
    caplog.set_level(logging.INFO, logger="desk_mobility.platform.activation")
    env, clock = Env(), [5.0]
    env.values[TOKEN_VARIABLE] = "kwin-9"  # ProvideXdgActivationToken, handled inside Qt
    assert tokens(env, clock).spend("history") == "the tray host or launcher"
    assert "with an activation token from the tray host or launcher" in caplog.text


def test_outside_wayland_nothing_is_set_or_logged(caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="desk_mobility.platform.activation")
    env, clock = Env(), [0.0]
    activation = tokens(env, clock, enabled=False)
    activation.offer("x", "the notification")
    assert activation.spend("guide window") == ""
    assert env.values == {}
    assert "without an activation token" not in caplog.text


def test_the_process_environment_is_read_where_qt_reads_it() -> None:
    import os

    os.putenv("DESK_MOBILITY_TEST_TOKEN", "abc")  # not visible in os.environ
    try:
        assert process_getenv("DESK_MOBILITY_TEST_TOKEN") == "abc"
    finally:
        os.unsetenv("DESK_MOBILITY_TEST_TOKEN")
    assert process_getenv("DESK_MOBILITY_TEST_TOKEN") == ""
