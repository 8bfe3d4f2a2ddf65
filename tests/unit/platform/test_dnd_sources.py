"""Do-not-disturb decided over the values each source reads."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pytestqt.qtbot import QtBot

from desk_mobility.platform.dnd.gnome import GnomeBannersSource, parse_banners, touches_key
from desk_mobility.platform.dnd.macos import MacFocusSource, focus_active
from desk_mobility.platform.dnd.windows import FocusAssistSource, is_quiet, profile_from


class Bytes:
    def __init__(self, data: bytes | None) -> None:
        self.data = data

    def read(self) -> bytes | None:
        return self.data


def test_focus_assist_priority_and_alarms_only_are_quiet_off_is_not() -> None:
    assert profile_from(b"\x02\x00\x00\x00") == 2
    assert profile_from(b"\x01") is None
    assert [is_quiet(p) for p in (0, 1, 2, None, 7)] == [False, True, True, False, False]
    assert FocusAssistSource(Bytes(b"\x01\x00\x00\x00")).read(True) == (  # type: ignore[arg-type]
        "Focus Assist: priority only"
    )
    assert FocusAssistSource(Bytes(b"\x00\x00\x00\x00")).read(True) is None  # type: ignore[arg-type]
    assert FocusAssistSource(Bytes(None)).read(True) is None  # type: ignore[arg-type]
    assert FocusAssistSource(Bytes(b"\x02\x00\x00\x00")).read(False) is None  # type: ignore[arg-type]


def test_macos_focus_is_on_while_a_store_holds_an_assertion(tmp_path: Path) -> None:
    on = {"data": [{"storeAssertionRecords": [{"assertionDetails": {"mode": "work"}}]}]}
    off = {"data": [{"storeAssertionRecords": []}]}
    assert focus_active(on) and not focus_active(off)
    assert not focus_active([]) and not focus_active({"data": "x"})
    path = tmp_path / "Assertions.json"
    source = MacFocusSource(path)
    assert source.read(True) is None  # unreadable (no Full Disk Access): not known, logged
    path.write_text(json.dumps(on))
    assert source.read(True) == "Focus"
    assert source.read(False) is None


def test_gnome_banners_off_is_do_not_disturb(qtbot: QtBot) -> None:
    assert parse_banners("false\n") is False and parse_banners("true") is True
    assert parse_banners("No such schema") is None and parse_banners(None) is None
    assert touches_key("/org/gnome/desktop/notifications/", ["show-banners"])
    assert touches_key("/org/gnome/desktop/notifications/show-banners", [""])
    assert touches_key("/org/gnome/", ["desktop/notifications/show-banners", "x"])
    assert not touches_key("/org/gnome/desktop/interface/", ["clock-format"])

    answers = ["true"]

    def gsettings(argv: Sequence[str]) -> str | None:
        assert list(argv) == ["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"]
        return answers[-1]

    source = GnomeBannersSource(run=gsettings)
    assert source.start()
    assert source.read(False) is None
    answers.append("false")
    with qtbot.waitSignal(source.signals.changed):
        source.reread()
    assert source.read(False) == "GNOME do not disturb"
    assert not GnomeBannersSource(run=lambda argv: None).start()  # no schema: not a source
