"""Which idle source the app picks, and what it does when none answers."""

from __future__ import annotations

import logging

import pytest

from desk_mobility.platform.idle.sources import (
    IdleSourceUnavailableError,
    UnknownIdleSource,
    X11IdleSource,
    candidate_names,
    choose_idle_source,
)


class Answering:
    def __init__(self, name: str, value: float | None) -> None:
        self.name = name
        self.value = value
        self.closed = False

    def idle_seconds(self) -> float | None:
        return self.value

    def close(self) -> None:
        self.closed = True


X11_SESSION = {"DISPLAY": ":0", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/bus"}
WAYLAND_SESSION = {**X11_SESSION, "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", X11_SESSION, ["x11", "gnome-mutter", "freedesktop-screensaver"]),
        (
            "linux",
            WAYLAND_SESSION,
            ["gnome-mutter", "ext-idle-notify", "freedesktop-screensaver"],
        ),
        ("linux", {"WAYLAND_DISPLAY": "wayland-1"}, ["ext-idle-notify"]),
        ("linux", {"DISPLAY": ":0"}, ["x11"]),
        ("linux", {}, []),
        ("win32", X11_SESSION, ["windows"]),
        ("darwin", {}, ["macos"]),
    ],
)
def test_the_candidates_suit_the_platform_and_session(
    platform: str, env: dict[str, str], expected: list[str]
) -> None:
    assert candidate_names(platform, env) == expected


def test_the_first_source_that_answers_is_taken_and_logged(caplog) -> None:
    built: list[Answering] = []

    def unavailable(env: object) -> Answering:
        raise IdleSourceUnavailableError("no display")

    def silent(env: object) -> Answering:
        built.append(Answering("gnome-mutter", None))
        return built[-1]

    def answering(env: object) -> Answering:
        built.append(Answering("freedesktop-screensaver", 4.5))
        return built[-1]

    caplog.set_level(logging.INFO, logger="desk_mobility.platform.idle.sources")
    source = choose_idle_source(
        "linux",
        X11_SESSION,
        {"x11": unavailable, "gnome-mutter": silent, "freedesktop-screensaver": answering},
    )
    assert source.name == "freedesktop-screensaver"
    assert built[0].closed and not built[1].closed
    assert "idle source x11 not available: no display" in caplog.text
    assert "idle source gnome-mutter does not answer here" in caplog.text
    assert "idle source: freedesktop-screensaver" in caplog.text


def test_when_nothing_answers_activity_is_unknown_and_the_app_says_so(caplog) -> None:
    caplog.set_level(logging.INFO, logger="desk_mobility.platform.idle.sources")
    source = choose_idle_source("linux", {}, {})
    assert isinstance(source, UnknownIdleSource)
    assert source.idle_seconds() is None
    assert "activity cannot be read" in caplog.text


def test_the_real_builders_degrade_without_a_desktop(caplog) -> None:
    caplog.set_level(logging.INFO, logger="desk_mobility.platform.idle.sources")
    # Windows and macOS libraries are absent here; the bus address points nowhere.
    assert choose_idle_source("win32", {}).name == "unknown"
    assert choose_idle_source("darwin", {}).name == "unknown"
    env = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}
    assert choose_idle_source("linux", env).name == "unknown"
    assert "cannot connect to the session bus" in caplog.text


def test_a_display_that_does_not_exist_is_unavailable() -> None:
    with pytest.raises(IdleSourceUnavailableError, match="cannot open display"):
        X11IdleSource(":987")
    with pytest.raises(IdleSourceUnavailableError, match="DISPLAY is not set"):
        X11IdleSource(None)


def test_a_source_that_stops_answering_returns_none_and_logs_once(caplog) -> None:
    from desk_mobility.platform.idle.sources import _Quietly

    class Flaky(_Quietly):
        name = "flaky"

        def __init__(self) -> None:
            super().__init__()
            self.fail = True

        def _read(self) -> float:
            if self.fail:
                raise OSError("service gone")
            return 1.0

    flaky = Flaky()
    caplog.set_level(logging.INFO, logger="desk_mobility.platform.idle.sources")
    assert flaky.idle_seconds() is None
    assert flaky.idle_seconds() is None
    assert caplog.text.count("stopped answering") == 1
    flaky.fail = False
    assert flaky.idle_seconds() == 1.0
    assert "answers again" in caplog.text
