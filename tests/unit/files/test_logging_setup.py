from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_mobility.files.logging_setup import configure
from desk_mobility.files.rotating_log import RotatingLogFile


@pytest.fixture(autouse=True)
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_records_go_to_the_rotating_file(tmp_path: Path) -> None:
    log_file = tmp_path / "log" / "desk-mobility.log"
    configure(log_file, verbose=False)
    logging.getLogger("desk_mobility.test").info("tray icon docked")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "tray icon docked" in log_file.read_text()


def test_an_unwritable_log_folder_falls_back_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    configure(blocker / "desk-mobility.log", verbose=False)
    logging.getLogger("desk_mobility.test").error("history could not be saved")
    err = capsys.readouterr().err
    assert "cannot write the log file" in err
    assert "history could not be saved" in err


def test_a_full_log_moves_to_numbered_copies_and_the_oldest_goes(tmp_path: Path) -> None:
    log_file = tmp_path / "desk-mobility.log"
    handler = RotatingLogFile(log_file, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("desk_mobility.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(12):
            logger.warning("record %02d %s", n, "x" * 40)  # 51 bytes a line: 3 lines a file
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "desk-mobility.log",
        "desk-mobility.log.1",
        "desk-mobility.log.2",
    ]
    for path in tmp_path.iterdir():
        assert path.stat().st_size <= 200
    assert log_file.read_text().splitlines()[-1].startswith("record 11")
    assert (tmp_path / "desk-mobility.log.1").read_text().startswith("record 06")
    assert (tmp_path / "desk-mobility.log.2").read_text().startswith("record 03")


def test_the_log_continues_a_file_left_by_an_earlier_start(tmp_path: Path) -> None:
    log_file = tmp_path / "desk-mobility.log"
    log_file.write_text("an earlier start\n", encoding="utf-8")
    handler = RotatingLogFile(log_file, max_bytes=1_000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.handle(logging.makeLogRecord({"msg": "this start", "levelno": logging.INFO}))
    handler.close()
    assert log_file.read_text().splitlines() == ["an earlier start", "this start"]


def test_a_log_that_cannot_be_moved_keeps_the_app_running(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = tmp_path / "desk-mobility.log"
    log_file.write_text("x" * 100, encoding="utf-8")
    handler = RotatingLogFile(log_file, max_bytes=50, backups=1)

    def refuse(*_args: object) -> None:
        raise PermissionError("read-only folder")

    monkeypatch.setattr(os, "replace", refuse)
    handler.handle(logging.makeLogRecord({"msg": "after the disk filled", "levelno": 30}))
    handler.close()
    assert "read-only folder" in capsys.readouterr().err  # logging's own report
    assert log_file.read_text() == "x" * 100 + "after the disk filled\n"
