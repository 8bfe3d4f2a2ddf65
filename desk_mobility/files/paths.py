"""Where the app keeps its files: the OS's standard per-user folders.

On Linux and the BSDs they follow the XDG Base Directory specification, so
``XDG_CONFIG_HOME``, ``XDG_DATA_HOME`` and ``XDG_STATE_HOME`` isolate an
instance (the tests rely on this). That takes a few lines here, where
platformdirs would keep 0.4 MB loaded all day in an idle tray app; Windows
and macOS get their usual places from platformdirs. A test checks that both
give the same folders on Linux.
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

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
        if sys.platform in ("win32", "darwin"):
            import platformdirs

            dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
            return cls(
                config_dir=Path(dirs.user_config_dir),
                data_dir=Path(dirs.user_data_dir),
                state_dir=Path(dirs.user_state_dir),
                log_dir=Path(dirs.user_log_dir),
            )
        state_dir = _xdg_folder("XDG_STATE_HOME", ".local/state")
        return cls(
            config_dir=_xdg_folder("XDG_CONFIG_HOME", ".config"),
            data_dir=_xdg_folder("XDG_DATA_HOME", ".local/share"),
            state_dir=state_dir,
            log_dir=state_dir / "log",
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
        digest = sha256_hex(str(self.data_dir.resolve()).encode())[:12]
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


def _xdg_folder(variable: str, default: str) -> Path:
    """The app's folder in one XDG base directory: the variable's, or the default under home.

    The specification ignores a variable that is unset, empty or not an
    absolute path.
    """
    base = os.environ.get(variable, "")
    return (Path(base) if os.path.isabs(base) else Path.home() / default) / APP_ID


def sha256_hex(data: bytes) -> str:
    """SHA-256 from CPython's own module, without the rest of ``hashlib``.

    The app leaves OpenSSL out (``platform.no_openssl``), and ``hashlib``
    without it loads CPython's MD5, SHA-1, SHA-3 and BLAKE2 modules at import:
    0.19 MB kept all day for one digest at start. Its SHA-256 comes from
    ``_sha256`` (``_sha2`` from Python 3.12) in any case, so the digest, and
    the socket name an older version of the app listens on, are the same.
    Elsewhere (another Python) ``hashlib`` answers.
    """
    for module in ("_sha2", "_sha256"):
        try:
            digest: str = importlib.import_module(module).sha256(data).hexdigest()
        except (ImportError, AttributeError):
            continue
        return digest
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _user_slug() -> str:
    return "".join(c for c in _user_name() if c.isalnum())[:16] or "user"


def _user_name() -> str:
    """The login name, looked up as ``getpass.getuser`` does, without loading its terminal code."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if name := os.environ.get(variable):
            return name
    try:
        import pwd
    except ImportError:  # Windows sets USERNAME
        return "user"
    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        return "user"


def asset_path(*parts: str) -> Path:
    """A file under desk_mobility/assets/, from a checkout, a wheel or a bundle alike.

    Assets ship as real files beside the package's modules (never zipped), so
    the package's own folder finds them. ``importlib.resources`` would too,
    for 3 ms more before the tray icon shows.
    """
    return Path(assets.__file__).parent.joinpath(*parts)
