"""Weekly aggregation: days are where the user lived them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desk_mobility.core.week import (
    MONDAY,
    SUNDAY,
    CheckInRecord,
    HistoryRecords,
    NaturalBreakRecord,
    OfferRecord,
    SessionRecord,
    StretchRecord,
    build_week_report,
    current_streak,
    first_weekday_for,
    split_by_day,
    summarize_week,
    utc_window,
    week_start_for,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
HOUR = 3600.0


def local(year: int, month: int, day: int, hour: int, minute: int = 0, tz=BERLIN) -> datetime:
    """A wall time as the store hands it back: fixed offset of that moment."""
    moment = datetime(year, month, day, hour, minute, tzinfo=tz)
    offset = moment.utcoffset()
    assert offset is not None
    return moment.astimezone(timezone(offset))


def stretch(start: datetime, end: datetime, sat: float | None = None) -> StretchRecord:
    real = (end - start).total_seconds()
    return StretchRecord(start, end, real if sat is None else sat)


# --- week boundaries -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "first", "expected"),
    [
        (date(2026, 11, 26), MONDAY, date(2026, 11, 23)),  # Thursday
        (date(2026, 11, 23), MONDAY, date(2026, 11, 23)),  # Monday itself
        (date(2026, 11, 29), MONDAY, date(2026, 11, 23)),  # Sunday ends a Monday week
        (date(2026, 11, 29), SUNDAY, date(2026, 11, 29)),  # Sunday starts a Sunday week
        (date(2026, 11, 28), SUNDAY, date(2026, 11, 22)),  # Saturday ends it
        (date(2027, 1, 1), MONDAY, date(2026, 12, 28)),  # across the new year
        (date(2026, 11, 26), 5, date(2026, 11, 21)),  # Saturday-first locales
    ],
)
def test_week_start_for_each_first_weekday(day: date, first: int, expected: date) -> None:
    assert week_start_for(day, first) == expected


def test_week_start_setting_resolves_locale_only_when_asked() -> None:
    assert first_weekday_for("monday", SUNDAY) == MONDAY
    assert first_weekday_for("sunday", MONDAY) == SUNDAY
    assert first_weekday_for("locale", SUNDAY) == SUNDAY
    assert first_weekday_for("locale", 5) == 5
    assert first_weekday_for("locale", 9) == MONDAY
    assert first_weekday_for("bogus", SUNDAY) == MONDAY


def test_records_outside_the_week_are_left_out() -> None:
    monday = date(2026, 11, 23)
    records = HistoryRecords(
        stretches=(
            stretch(local(2026, 11, 22, 22), local(2026, 11, 22, 23)),  # Sunday before
            stretch(local(2026, 11, 23, 9), local(2026, 11, 23, 10)),
            stretch(local(2026, 11, 29, 22), local(2026, 11, 29, 23)),  # last Sunday
            stretch(local(2026, 11, 30, 0, 30), local(2026, 11, 30, 1)),  # Monday after
        ),
        offers=(OfferRecord(local(2026, 11, 30, 9), "taken"),),
    )
    week = summarize_week(records, monday)
    assert (week.days[0].day, week.days[-1].day) == (monday, date(2026, 11, 29))
    assert week.days[0].sitting_seconds == HOUR
    assert week.days[6].sitting_seconds == HOUR
    assert week.total_sitting_seconds == 2 * HOUR
    assert week.breaks_offered == 0


def test_sunday_first_week_holds_the_sunday() -> None:
    sunday = date(2026, 11, 22)
    records = HistoryRecords(stretches=(stretch(local(2026, 11, 22, 9), local(2026, 11, 22, 11)),))
    week = summarize_week(records, sunday)
    assert week.days[0].day == sunday
    assert week.days[0].sitting_seconds == 2 * HOUR
    assert summarize_week(records, date(2026, 11, 23)).total_sitting_seconds == 0


# --- per-day figures -----------------------------------------------------------------


def test_day_figures_from_every_kind_of_record() -> None:
    tue = date(2026, 11, 24)
    records = HistoryRecords(
        stretches=(
            stretch(local(2026, 11, 24, 9), local(2026, 11, 24, 9, 50), sat=45 * 60),
            stretch(local(2026, 11, 24, 10), local(2026, 11, 24, 11, 10), sat=65 * 60),
        ),
        offers=(
            OfferRecord(local(2026, 11, 24, 9, 50), "taken", snoozes=1),
            OfferRecord(local(2026, 11, 24, 11), "snoozed", snoozes=2),
            OfferRecord(local(2026, 11, 24, 12), "skipped"),
            OfferRecord(local(2026, 11, 24, 14), "natural"),
            OfferRecord(local(2026, 11, 24, 16), "expired"),
            OfferRecord(local(2026, 11, 24, 17), None),
        ),
        natural_breaks=(NaturalBreakRecord(local(2026, 11, 24, 13), 900),),
        sessions=(
            SessionRecord(local(2026, 11, 24, 9, 51), True, 60),
            SessionRecord(local(2026, 11, 24, 15), False, 12),
        ),
        check_ins=(
            CheckInRecord(local(2026, 11, 24, 9, 51), "before", 6),
            CheckInRecord(local(2026, 11, 24, 9, 56), "after", 3),
        ),
    )
    day = summarize_week(records, date(2026, 11, 23)).days[1]
    assert day.day == tue
    assert day.sitting_seconds == 110 * 60
    assert day.longest_stretch_seconds == 65 * 60
    assert day.stretches == 2
    assert day.breaks_offered == 6
    assert (day.offers_taken, day.offers_snoozed, day.offers_skipped) == (1, 1, 1)
    assert (day.offers_natural, day.offers_expired, day.offers_open) == (1, 1, 1)
    assert day.breaks_taken == 2  # taken, plus walked away when offered
    assert day.snooze_presses == 3
    assert day.natural_breaks == 1
    assert (day.routines_started, day.routines_completed, day.reps) == (2, 1, 72)
    assert day.mean_tightness == 4.5
    assert not day.is_empty


def test_empty_days_are_present_and_empty() -> None:
    records = HistoryRecords(stretches=(stretch(local(2026, 11, 25, 9), local(2026, 11, 25, 10)),))
    week = summarize_week(records, date(2026, 11, 23))
    assert len(week.days) == 7
    assert [d.is_empty for d in week.days] == [True, True, False, True, True, True, True]
    assert week.days[0].mean_tightness is None
    assert not week.is_empty
    assert summarize_week(HistoryRecords(), date(2026, 11, 23)).is_empty


# --- midnight, daylight saving, travel -----------------------------------------------


def test_stretch_across_midnight_is_split_between_days() -> None:
    # 23:00 to 01:00 with 100 min of it sitting: split in proportion, 50/50.
    late = stretch(local(2026, 11, 24, 23), local(2026, 11, 25, 1), sat=100 * 60)
    assert split_by_day(late) == [(date(2026, 11, 24), 50 * 60), (date(2026, 11, 25), 50 * 60)]
    week = summarize_week(HistoryRecords(stretches=(late,)), date(2026, 11, 23))
    assert week.days[1].sitting_seconds == 50 * 60
    assert week.days[2].sitting_seconds == 50 * 60
    assert week.days[1].longest_stretch_seconds == 50 * 60
    # The week's longest stretch is the whole stretch, not a half.
    assert week.longest_stretch_seconds == 100 * 60
    assert week.total_sitting_seconds == 100 * 60


def test_stretch_across_the_week_boundary_counts_only_its_part() -> None:
    late = stretch(local(2026, 11, 29, 23), local(2026, 11, 30, 1))
    this = summarize_week(HistoryRecords(stretches=(late,)), date(2026, 11, 23))
    following = summarize_week(HistoryRecords(stretches=(late,)), date(2026, 11, 30))
    assert this.days[6].sitting_seconds == HOUR
    assert following.days[0].sitting_seconds == HOUR


def test_spring_forward_day_has_23_hours() -> None:
    # Europe/Berlin, Sunday 29 March 2026: 02:00 becomes 03:00.
    start = local(2026, 3, 29, 0)
    end = local(2026, 3, 29, 23, 59) + timedelta(minutes=1)  # local midnight, +02:00
    assert (end - start).total_seconds() == 23 * HOUR
    whole_day = stretch(start, end)  # sat the whole (short) day
    night = stretch(local(2026, 3, 29, 1, 30), local(2026, 3, 29, 3, 30))  # one real hour
    week = summarize_week(HistoryRecords(stretches=(night,)), date(2026, 3, 23))
    assert week.days[6].sitting_seconds == HOUR
    assert split_by_day(whole_day) == [(date(2026, 3, 29), 23 * HOUR)]
    assert summarize_week(HistoryRecords(stretches=(whole_day,)), date(2026, 3, 23)).days[
        6
    ].sitting_seconds == pytest.approx(23 * HOUR)
    # Saturday 23:00 (+01:00) to Sunday 04:00 (+02:00) is 4 real hours: 1 + 3.
    late = stretch(local(2026, 3, 28, 23), local(2026, 3, 29, 4))
    assert split_by_day(late) == [(date(2026, 3, 28), HOUR), (date(2026, 3, 29), 3 * HOUR)]


def test_fall_back_day_has_25_hours_and_late_events_stay_on_it() -> None:
    # Europe/Berlin, Sunday 25 October 2026: 03:00 becomes 02:00 again.
    start = local(2026, 10, 25, 0)
    end = local(2026, 10, 26, 0)
    assert (end - start).total_seconds() == 25 * HOUR
    records = HistoryRecords(
        stretches=(stretch(start, end),),
        offers=(
            OfferRecord(local(2026, 10, 25, 23, 30), "taken"),  # +01:00, 22:30 UTC
            OfferRecord(local(2026, 10, 26, 0, 30), "taken"),  # next week
        ),
    )
    week = summarize_week(records, date(2026, 10, 19))
    assert week.days[6].sitting_seconds == 25 * HOUR
    assert week.days[6].breaks_offered == 1
    # A stretch from Saturday evening into the long Sunday splits at Berlin midnight.
    evening = stretch(local(2026, 10, 24, 23), local(2026, 10, 25, 4))  # 6 real hours
    assert split_by_day(evening) == [(date(2026, 10, 24), HOUR), (date(2026, 10, 25), 5 * HOUR)]


def test_utc_window_covers_every_offset_of_the_week() -> None:
    start, end = utc_window(date(2026, 11, 23), 7)
    earliest = datetime(2026, 11, 23, 0, tzinfo=timezone(timedelta(hours=14)))
    latest = datetime(2026, 11, 29, 23, 59, tzinfo=timezone(timedelta(hours=-12)))
    assert start <= earliest < end
    assert start <= latest < end


def test_timezone_change_mid_week_buckets_by_where_the_user_was() -> None:
    # Fly Berlin -> New York on Wednesday. Wednesday 20:00 in New York is
    # Thursday 02:00 in Berlin, but the user lived it on Wednesday.
    records = HistoryRecords(
        stretches=(
            stretch(local(2026, 11, 25, 8), local(2026, 11, 25, 10)),  # Berlin morning
            stretch(local(2026, 11, 25, 19, tz=NEW_YORK), local(2026, 11, 25, 21, tz=NEW_YORK)),
            stretch(local(2026, 11, 29, 21, tz=NEW_YORK), local(2026, 11, 29, 23, tz=NEW_YORK)),
        ),
        offers=(OfferRecord(local(2026, 11, 25, 20, tz=NEW_YORK), "taken"),),
        sessions=(SessionRecord(local(2026, 11, 29, 22, tz=NEW_YORK), True, 60),),
    )
    week = summarize_week(records, date(2026, 11, 23), today=date(2026, 11, 29))
    wednesday, thursday, sunday = week.days[2], week.days[3], week.days[6]
    assert wednesday.sitting_seconds == 4 * HOUR
    assert wednesday.breaks_offered == 1
    assert thursday.is_empty
    # Sunday 22:00 in New York is Monday 03:00 UTC: still this week's Sunday.
    assert sunday.sitting_seconds == 2 * HOUR
    assert sunday.routines_completed == 1
    assert week.streak_days == 1


def test_open_stretch_counts_until_now_but_crash_leftovers_do_not() -> None:
    now = local(2026, 11, 24, 11)
    open_now = StretchRecord(local(2026, 11, 24, 10, 15), None, None)
    leftover = StretchRecord(local(2026, 11, 23, 9), None, None)
    records = HistoryRecords(stretches=(open_now, leftover))
    week = summarize_week(records, date(2026, 11, 23), now=now)
    assert week.days[1].sitting_seconds == 45 * 60
    assert week.days[0].sitting_seconds == 0
    assert summarize_week(records, date(2026, 11, 23)).total_sitting_seconds == 0


# --- streaks and the report ----------------------------------------------------------


def test_streak_counts_back_and_forgives_today_until_it_is_over() -> None:
    days = {date(2026, 11, d) for d in (20, 21, 22, 23, 24)}
    assert current_streak(days, date(2026, 11, 24)) == 5
    assert current_streak(days, date(2026, 11, 25)) == 5  # today not done yet
    assert current_streak(days, date(2026, 11, 26)) == 0  # yesterday missed
    assert current_streak(set(), date(2026, 11, 26)) == 0
    assert current_streak(days - {date(2026, 11, 22)}, date(2026, 11, 24)) == 2


def test_report_compares_with_the_week_before() -> None:
    monday = date(2026, 11, 23)
    records = HistoryRecords(
        stretches=(
            stretch(local(2026, 11, 17, 9), local(2026, 11, 17, 11)),  # last week, 2 h
            stretch(local(2026, 11, 24, 9), local(2026, 11, 24, 10)),  # this week, 1 h
        ),
        offers=(
            OfferRecord(local(2026, 11, 17, 11), "skipped"),
            OfferRecord(local(2026, 11, 24, 10), "taken"),
            OfferRecord(local(2026, 11, 24, 12), "snoozed"),
        ),
        sessions=(SessionRecord(local(2026, 11, 24, 10, 5), True, 60),),
        check_ins=(
            CheckInRecord(local(2026, 11, 17, 9), "before", 7),
            CheckInRecord(local(2026, 11, 19, 9), "before", 9),  # after "today" last week
            CheckInRecord(local(2026, 11, 24, 10), "after", 4),
        ),
    )
    earlier_days = {date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23)}
    report = build_week_report(records, monday, earlier_days, today=date(2026, 11, 24))
    figures = {f.key: f for f in report.figures}
    assert report.is_current_week and not report.is_future
    assert report.compared_days == 2  # Monday and Tuesday of each week
    assert figures["sitting"].value == HOUR
    assert figures["sitting"].previous == 2 * HOUR
    assert figures["sitting"].improved is True  # less sitting is good news
    assert figures["longest"].change == -HOUR
    assert (figures["breaks"].value, figures["breaks"].total) == (1, 2)
    assert (figures["breaks"].previous, figures["breaks"].previous_total) == (0, 1)
    assert figures["breaks"].improved is True
    assert figures["routines"].value == 1
    assert figures["streak"].value == 4  # 21, 22, 23, 24
    assert figures["streak"].previous == 2  # 21, 22 as of last Sunday
    assert figures["tightness"].value == 4
    assert figures["tightness"].previous == 7
    assert figures["tightness"].improved is True


def test_future_week_has_no_streak_and_no_tightness_figure_without_check_ins() -> None:
    report = build_week_report(
        HistoryRecords(), date(2026, 12, 7), {date(2026, 11, 24)}, today=date(2026, 11, 24)
    )
    assert report.is_future
    assert report.this.streak_days == 0
    assert "tightness" not in {f.key for f in report.figures}
    assert all(f.improved is None for f in report.figures)


def test_a_stretch_left_open_by_a_crash_is_not_counted_again_beside_the_new_one() -> None:
    """The app crashed at 10:00 with a stretch open since 09:00 and was started again
    at 10:30. At 11:00 Tuesday shows the half hour since the relaunch, not the
    crashed stretch stretched out to two hours on top of it.
    """
    now = local(2026, 11, 24, 11)
    crashed = StretchRecord(local(2026, 11, 24, 9), None, None)
    current = StretchRecord(local(2026, 11, 24, 10, 30), None, None)
    week = summarize_week(HistoryRecords(stretches=(current, crashed)), date(2026, 11, 23), now=now)
    tuesday = week.days[1]
    assert tuesday.sitting_seconds == 30 * 60
    assert tuesday.longest_stretch_seconds == 30 * 60
    assert week.longest_stretch_seconds == 30 * 60


def test_quiet_time_is_counted_per_day_and_reason_split_at_midnight() -> None:
    from desk_mobility.core.week import QuietRecord

    records = HistoryRecords(
        quiet=(
            QuietRecord(local(2026, 11, 23, 10), local(2026, 11, 23, 10, 45), "call"),
            QuietRecord(local(2026, 11, 23, 23, 30), local(2026, 11, 24, 0, 30), "dnd"),
            # Cut short by a crash, and not the latest: its length is unknown.
            QuietRecord(local(2026, 11, 24, 9), None, "fullscreen"),
            # Still going on now.
            QuietRecord(local(2026, 11, 25, 15), None, "call"),
        )
    )
    week = summarize_week(
        records, date(2026, 11, 23), today=date(2026, 11, 25), now=local(2026, 11, 25, 15, 20)
    )
    monday, tuesday, wednesday = week.days[:3]
    assert monday.quiet_by_reason == (("call", 45 * 60.0), ("dnd", 30 * 60.0))
    assert monday.quiet_seconds == 75 * 60
    assert tuesday.quiet_by_reason == (("dnd", 30 * 60.0),)
    assert wednesday.quiet_by_reason == (("call", 20 * 60.0),)
