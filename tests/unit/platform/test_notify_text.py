"""What a break notification says."""

from __future__ import annotations

from desk_mobility.platform.notify.chain import break_message, describe_routine


def test_routine_summary_rounds_to_whole_minutes() -> None:
    assert describe_routine("Seated thoracic rotation", 200) == (
        "Seated thoracic rotation, about 3 minutes"
    )
    assert describe_routine("Seated thoracic rotation", 40) == (
        "Seated thoracic rotation, about 1 minute"
    )


def test_message_says_how_long_and_what_the_break_is() -> None:
    message = break_message(52 * 60, 10, "Seated thoracic rotation, about 3 minutes")
    assert message.title == "Time to move"
    assert message.body == (
        "You have been sitting for 52 min.\nSeated thoracic rotation, about 3 minutes."
    )
    assert (message.start_label, message.snooze_label, message.skip_label) == (
        "Start",
        "Snooze 10 min",
        "Skip",
    )


def test_snooze_label_follows_the_setting() -> None:
    assert break_message(3000, 5).snooze_label == "Snooze 5 min"
