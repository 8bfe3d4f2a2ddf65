"""Write the desk-mobility(1) manual page from the command line's own parser.

    python packaging/man_page.py > desk-mobility.1

Built from ``desk_mobility.cli.build_parser`` so the page can never list an
option the program lacks, or miss one it has.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_mobility import APP_NAME, __version__  # noqa: E402
from desk_mobility.cli import build_parser  # noqa: E402

FILES = """\
.TP
.I ~/.config/desk\\-mobility/settings.toml
Settings, plain TOML with a comment on every key (follows \\fBXDG_CONFIG_HOME\\fR).
.TP
.I ~/.local/share/desk\\-mobility/history.db
The history, an SQLite file only you can read (follows \\fBXDG_DATA_HOME\\fR).
.TP
.I ~/.local/state/desk\\-mobility/
The sitting state and the log (follows \\fBXDG_STATE_HOME\\fR).
.TP
.I ~/.config/autostart/desk\\-mobility.desktop
Written while \\fIStart at login\\fR is on.
"""


def roff(text: str) -> str:
    """Escape text for roff: backslashes, hyphens, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def option_lines(parser: argparse.ArgumentParser) -> list[str]:
    lines = []
    for action in parser._actions:  # argparse keeps no public list of its options
        if not action.option_strings or action.help == argparse.SUPPRESS:
            continue
        flags = ", ".join(f"\\fB{roff(flag)}\\fR" for flag in action.option_strings)
        if action.choices:
            flags += " " + "|".join(f"\\fI{roff(str(c))}\\fR" for c in action.choices)
        help_text = (action.help or "") % {"default": action.default, "prog": parser.prog}
        lines += [".TP", flags, roff(help_text[:1].upper() + help_text[1:]) + "."]
    return lines


def man_page(today: date | None = None) -> str:
    parser = build_parser()
    stamp = (today or date.today()).isoformat()
    lines = [
        f'.TH DESK\\-MOBILITY 1 "{stamp}" "{roff(APP_NAME)} {__version__}" "User Commands"',
        ".SH NAME",
        "desk\\-mobility \\- track sitting time and take guided movement breaks",
        ".SH SYNOPSIS",
        ".B desk\\-mobility",
        "[\\fIOPTION\\fR]",
        ".SH DESCRIPTION",
        roff(parser.description or ""),
        ".PP",
        "A second launch hands its command to the running app over a user\\-only local",
        "socket and exits. The app never uses the network.",
        ".SH OPTIONS",
        *option_lines(parser),
        ".SH EXIT STATUS",
        "0 on success; 1 when \\fB\\-\\-status\\fR finds no running app; 2 for an unknown option.",
        ".SH FILES",
        FILES.rstrip("\n"),
        ".SH NOTES",
        "Desk Mobility is not medical advice. If you feel sharp or lasting pain, stop and",
        "see a physiotherapist or doctor.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(man_page())
