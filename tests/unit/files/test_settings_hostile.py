"""Hostile settings files: start-up never crashes, never hangs, and says what it left out.

Each hand-made file is one a user's machine really produced (or a fuzzer
found); the fuzz then throws thousands of random documents at the loader.
"""

from __future__ import annotations

import contextlib
import os
import string
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_mobility.core.settings import SETTINGS, Settings, cross_check, interpret
from desk_mobility.files.paths import AppPaths
from desk_mobility.files.settings_file import MAX_BYTES, load, save

MESSAGE_LIMIT = 600  # characters: one message must fit a notification


def _settings_path(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir(exist_ok=True)
    return folder / "settings.toml"


def _sane(result_settings: Settings, problems: tuple[str, ...]) -> None:
    assert cross_check(result_settings) == []
    for spec in SETTINGS:
        value = getattr(result_settings, spec.key)
        if spec.minimum is not None:
            assert spec.minimum <= value <= spec.maximum
    for problem in problems:
        assert 0 < len(problem) <= MESSAGE_LIMIT, problem


def test_a_400_digit_number_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = _settings_path(tmp_path)
    path.write_text(f"[breaks]\nsit_minutes = {'9' * 400}\nsnooze_minutes = -{'7' * 400}\n")
    result = load(path)
    assert result.settings.sit_minutes == 50 and result.settings.snooze_minutes == 10
    assert any("sit_minutes" in p and "above the maximum" in p for p in result.problems)
    assert any("snooze_minutes" in p and "below the minimum" in p for p in result.problems)
    _sane(result.settings, result.problems)


def test_a_huge_float_and_an_infinite_one_are_refused(tmp_path: Path) -> None:
    path = _settings_path(tmp_path)
    path.write_text("[routine]\nturn_seconds = 1e400\nhold_seconds = -inf\nreturn_seconds = nan\n")
    result = load(path)
    assert (result.settings.turn_seconds, result.settings.hold_seconds) == (1.5, 0.5)
    assert len(result.problems) == 3


def test_settings_toml_as_a_folder_leaves_the_defaults_and_says_so(tmp_path: Path) -> None:
    path = _settings_path(tmp_path)
    path.mkdir()
    result = load(path)
    assert result.settings == Settings()
    assert result.problems == (
        f"The settings file {path} is a folder, not a file. The defaults are in use.",
    )
    with pytest.raises(OSError):
        save(path, Settings())  # the dialog reports this; the folder is left alone
    assert path.is_dir()


def test_the_config_folder_as_a_file_is_reported_not_raised(tmp_path: Path) -> None:
    paths = AppPaths(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        state_dir=tmp_path / "state",
        log_dir=tmp_path / "log",
    )
    paths.config_dir.write_text("not a folder")
    problems = paths.ensure()
    assert problems == [
        f"{paths.config_dir} is a file, so Desk Mobility cannot use it as a folder."
    ]
    assert paths.data_dir.is_dir()
    result = load(paths.settings_file)
    assert result.settings == Settings()
    assert "is a file, not a folder" in result.problems[0]


def test_a_fifo_in_place_of_the_file_does_not_hang_start_up(tmp_path: Path) -> None:
    path = _settings_path(tmp_path)
    os.mkfifo(path)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(load(path)), daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock the stuck reader so the test process can end
        with open(path, "w"):
            pass
        pytest.fail("loading a FIFO blocked")
    result = outcome[0]
    assert isinstance(result, type(load(tmp_path / "absent.toml")))
    assert result.settings == Settings()
    assert "not a regular file" in result.problems[0]


@contextlib.contextmanager
def _unprivileged() -> Iterator[None]:
    """Checks of file modes as an ordinary user: root reads and writes whatever the mode."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)  # nobody, for this block only
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder an ordinary user can reach (pytest's own are private to their owner)."""
    with tempfile.TemporaryDirectory(prefix="settings-") as name:
        os.chmod(name, 0o755)
        yield Path(name)


def test_an_unreadable_file_is_reported_and_left_alone(shared_folder: Path) -> None:
    path = _settings_path(shared_folder)
    path.write_text("[breaks]\nsit_minutes = 40\n")
    path.chmod(0)
    os.chmod(path.parent, 0o777)
    with _unprivileged():
        result = load(path)
    assert result.settings == Settings()
    assert result.problems == (
        f"The settings file {path} cannot be read: permission denied. The defaults are in use.",
    )
    path.chmod(0o600)
    assert path.read_text() == "[breaks]\nsit_minutes = 40\n"


def test_a_file_that_cannot_be_moved_aside_is_left_and_reported(shared_folder: Path) -> None:
    path = _settings_path(shared_folder)
    path.write_text("sit_minutes = = 3")
    os.chmod(path.parent, 0o555)
    path.chmod(0o644)
    try:
        with _unprivileged():
            result = load(path)
    finally:
        os.chmod(path.parent, 0o700)
    assert result.settings == Settings()
    assert "left as it is" in result.problems[0]
    assert path.read_text() == "sit_minutes = = 3"


def test_200000_unknown_keys_make_one_message_not_200000(tmp_path: Path) -> None:
    path = _settings_path(tmp_path)
    # Below the size limit on purpose: the interpretation itself must stay one message.
    keys = "".join(f"k{i} = 1\n" for i in range(20000))
    path.write_text("[breaks]\nsit_minutes = 40\n" + keys)
    result = load(path)
    assert result.settings.sit_minutes == 40
    assert len(result.problems) == 1
    assert "and 19,992 more" in result.problems[0]
    _, problems = interpret({"general": {f"x{i}": 1 for i in range(200_000)}})
    assert len(problems) == 1 and "and 199,992 more" in problems[0]


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = _settings_path(tmp_path)
    path.write_text("[breaks]\n" + "".join(f"k{i} = 1\n" for i in range(200_000)))
    assert path.stat().st_size > MAX_BYTES
    result = load(path)
    assert result.settings == Settings()
    assert result.problems and "too large" in result.problems[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[bogus]\nsit_minutes = 20\n", "Unknown section [bogus], not applied."),
        ("sit_minutes = 20\n", "sit_minutes (it belongs under [breaks])"),
        ("[[breaks]]\nsit_minutes = 20\n", "[[breaks]]"),
        ("breaks = 3\n", "[breaks] is written as a value"),
    ],
)
def test_keys_outside_their_section_are_reported_and_not_applied(
    tmp_path: Path, text: str, words: str
) -> None:
    path = _settings_path(tmp_path)
    path.write_text(text)
    result = load(path)
    assert result.settings.sit_minutes == 50
    assert len(result.problems) == 1 and words in result.problems[0], result.problems


def test_a_key_in_another_known_section_still_applies(tmp_path: Path) -> None:
    """Keys move between sections across versions; an older file keeps working."""
    path = _settings_path(tmp_path)
    path.write_text("[general]\nsit_minutes = 20\n")
    result = load(path)
    assert result.settings.sit_minutes == 20 and result.problems == ()


def test_deeply_nested_values_are_set_aside_not_a_crash(tmp_path: Path) -> None:
    path = _settings_path(tmp_path)
    path.write_text("[breaks]\nsit_minutes = " + "[" * 100_000 + "]" * 100_000 + "\n")
    result = load(path)
    assert result.settings == Settings()
    assert result.problems


# -- the fuzz --------------------------------------------------------------------------

KEYS = [spec.key for spec in SETTINGS] + ["bogus", "x y", "é", ""]
SECTIONS = ["breaks", "routine", "general", "bogus", "Breaks"]
_digits = st.builds(lambda n, d: d * n, st.integers(1, 450), st.sampled_from("123456789"))
VALUES = st.one_of(
    _digits,
    _digits.map(lambda d: "-" + d),
    st.floats(allow_nan=True, allow_infinity=True)
    .map(repr)
    .map(lambda t: t.replace("inf", "inf").replace("nan", "nan")),
    st.sampled_from(["true", "false", "inf", "-inf", "nan", "1e400", "-1e400", "0x7fffffff"]),
    st.sampled_from(['"08:30"', '"25:00"', '"9:99"', '"guided"', '"self-paced"', '"locale"']),
    st.text(string.printable, max_size=30).map(
        lambda t: '"' + t.replace("\\", "").replace('"', "") + '"'
    ),
    st.sampled_from(['["mon", "sat"]', '["funday"]', "[]", "[1, 2]", '[["mon"]]', "{a = 1}"]),
    st.sampled_from(["07:30:00", "1979-05-27T07:32:00Z", "1979-05-27", "'literal'"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
PAIRS = st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=6).map(
    lambda pairs: "".join(f'"{key}" = {value}\n' for key, value in pairs.items())
)
TABLE = st.tuples(st.sampled_from(["[{}]", "[[{}]]"]), PAIRS)
STRUCTURED = st.tuples(PAIRS, st.dictionaries(st.sampled_from(SECTIONS), TABLE, max_size=3)).map(
    lambda doc: (
        doc[0] + "".join(f"{form.format(name)}\n{body}" for name, (form, body) in doc[1].items())
    )
)
# Mostly documents that parse (the interpretation is what is under test), some garbage.
DOCUMENT = st.one_of(
    STRUCTURED,
    STRUCTURED,
    STRUCTURED,
    st.tuples(STRUCTURED, st.text(max_size=40)).map("\n".join),
)


@settings(
    max_examples=2200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
@given(text=DOCUMENT)
def test_no_settings_file_crashes_or_hangs_the_loader(tmp_path: Path, text: str) -> None:
    path = _settings_path(tmp_path)
    try:
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    except UnicodeEncodeError:
        path.write_bytes(text.encode("utf-8", errors="replace"))
    result = load(path)
    _sane(result.settings, result.problems)


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.binary(max_size=300))
def test_no_bytes_at_all_crash_the_loader(tmp_path: Path, data: bytes) -> None:
    path = _settings_path(tmp_path)
    path.write_bytes(data)
    result = load(path)
    _sane(result.settings, result.problems)
