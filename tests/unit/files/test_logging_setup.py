from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_mobility.files.logging_setup import configure


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
