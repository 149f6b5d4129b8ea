// Historical UTC offsets of IANA time zones (from ICU's tz data), for the offset that FRUS
// appends to a dateline's local time: "Moscow, December 26, 1956—10 p.m." is +03:00.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cabletei {

// UTC offset in minutes of IANA zone `zone` ("Europe/Moscow") at the given LOCAL wall-clock
// time, or nullopt for an unknown zone id or an invalid date/time. Thread-safe.
//
// - `zone` is a tz database name or alias as ICU knows it ("America/New_York", "Asia/Saigon",
//   "US/Eastern", "Etc/GMT-3", "UTC"), matched case-sensitively; ICU's custom ids ("GMT+3")
//   and "Etc/Unknown" are refused.
// - The date is proleptic Gregorian: year 1800-2100, month 1-12, day within the month (leap
//   years included), hour 0-23, minute 0-59, second 0-59.
// - A local time that a transition skips (the spring-forward gap, 02:30 on 1969-04-27 in New
//   York) or repeats (the fall-back overlap, 01:30 on 1969-10-26) gets the offset in force
//   BEFORE the transition: -05:00 in that gap, -04:00 in that overlap (the earlier reading,
//   as Python's fold=0 and java.time's default).
// - Offsets with seconds (local mean time before a zone adopted standard time, New York's
//   -4:56:02 until 1883) are rounded to the nearest minute, as xs:dateTime has no seconds.
// The values are ICU's build of tzdata: where tzdata merged zones before 1970 (Europe/Oslo
// into Europe/Berlin), those years follow the merged zone.
std::optional<int> utc_offset_minutes(std::string_view zone, int year, int month, int day, int hour,
                                      int minute, int second = 0) noexcept;

// "+03:00" / "-05:00" / "+05:30" / "+00:00" (never "Z"); hours widen past two digits only
// for offsets beyond ±99:59, which no zone has.
std::string format_utc_offset(int minutes);

}  // namespace cabletei
