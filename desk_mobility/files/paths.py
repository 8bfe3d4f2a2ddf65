"""Where the app keeps its files: the OS's standard per-user folders.

Everything is resolved through platformdirs, so ``XDG_CONFIG_HOME``,
``XDG_DATA_HOME`` and ``XDG_STATE_HOME`` isolate an instance on Linux (the
tests rely on this) and Windows and macOS get their usual places.
"""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desk_mobility import APP_ID, assets


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders and files of one app instance."""

    config_dir: Path
    data_dir: Path
    state_dir: Path
    log_dir: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            state_dir=Path(dirs.user_state_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.db"

    @property
    def state_file(self) -> Path:
        """Sitting state kept across restarts."""
        return self.state_dir / "sitting-state.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "desk-mobility.log"

    @property
    def lock_file(self) -> Path:
        """Held by the running instance for its life: one app per data folder."""
        return self.data_dir / "desk-mobility.lock"

    @property
    def instance_name(self) -> str:
        """The single-instance socket name: per user and per data folder.

        Two instances with different data folders (tests, a second profile)
        must not find each other, and the name must stay short enough for a
        Unix socket path.
        """
        digest = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:12]
        return f"{APP_ID}-{_user_slug()}-{digest}"

    def ensure(self) -> list[str]:
        """Create the folders; what could not be made is returned for the user, never raised.

        A file where a folder should be, or a read-only parent, must not stop
        the app: each part copes with its own folder missing (settings fall
        back to defaults, the history to memory, the log to stderr).
        """
        problems: list[str] = []
        for folder in (self.config_dir, self.data_dir, self.state_dir, self.log_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except FileExistsError:
                problems.append(f"{folder} is a file, so Desk Mobility cannot use it as a folder.")
            except OSError as exc:
                problems.append(f"The folder {folder} cannot be created ({exc.strerror or exc}).")
        return problems


def _user_slug() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    return "".join(c for c in user if c.isalnum())[:16] or "user"


def asset_path(*parts: str) -> Path:
    """A file under desk_mobility/assets/, from a checkout, a wheel or a bundle alike.

    Assets ship as real files beside the package's modules (never zipped), so
    the package's own folder finds them. ``importlib.resources`` would too,
    for 3 ms more before the tray icon shows.
    """
    return Path(assets.__file__).parent.joinpath(*parts)
