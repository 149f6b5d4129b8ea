// Historical UTC offsets from ICU: one BasicTimeZone per zone id, built once and kept in a
// locked map; lookups then run unlocked, as ICU's const time-zone methods are thread-safe.
#include "style/time_zones.hpp"

#include <unicode/basictz.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

namespace cabletei {
namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2100;
constexpr std::size_t kMaxZoneIdLength = 64;  // the longest tz name has 32 bytes
constexpr double kMillisPerDay = 86'400'000.0;

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool valid_date_time(int year, int month, int day, int hour, int minute, int second) {
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12) return false;
  if (day < 1 || day > days_in_month(year, month)) return false;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(int year, int month, int day) {
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// Whether `zone` is spelled like a tz database name ("America/Port-au-Prince", "Etc/GMT+5").
bool plausible_zone_id(std::string_view zone) {
  if (zone.empty() || zone.size() > kMaxZoneIdLength) return false;
  for (char c : zone) {
    const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && c != '/' && c != '_' && c != '-' && c != '+') return false;
  }
  return true;
}

// The zone for a tz database id, or null when ICU does not know it as one. ICU answers an
// unknown id with a GMT zone named "Etc/Unknown", so the id is checked before and after.
std::unique_ptr<const icu::BasicTimeZone> create_zone(std::string_view zone) {
  if (!plausible_zone_id(zone)) return nullptr;
  const icu::UnicodeString id = icu::UnicodeString::fromUTF8(zone);
  icu::UnicodeString canonical;
  UBool is_system_id = false;
  UErrorCode status = U_ZERO_ERROR;
  icu::TimeZone::getCanonicalID(id, canonical, is_system_id, status);
  if (U_FAILURE(status) || !is_system_id) return nullptr;
  std::unique_ptr<icu::TimeZone> created(icu::TimeZone::createTimeZone(id));
  icu::UnicodeString created_id;
  if (created == nullptr || created->getID(created_id) != id) return nullptr;
  auto* basic = dynamic_cast<icu::BasicTimeZone*>(created.get());
  if (basic == nullptr) return nullptr;
  created.release();
  return std::unique_ptr<const icu::BasicTimeZone>(basic);
}

// Zones by the id they were asked for. Only known ids are stored, so the map stays as small
// as the tz database; entries are never removed, so the pointers handed out stay valid.
class ZoneCache {
 public:
  const icu::BasicTimeZone* find(std::string_view zone) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = zones_.find(zone);
    if (it != zones_.end()) return it->second.get();
    std::unique_ptr<const icu::BasicTimeZone> created = create_zone(zone);
    if (created == nullptr) return nullptr;
    return zones_.emplace(std::string(zone), std::move(created)).first->second.get();
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<const icu::BasicTimeZone>, std::less<>> zones_;
};

const icu::BasicTimeZone* cached_zone(std::string_view zone) noexcept {
  try {
    static ZoneCache cache;
    return cache.find(zone);
  } catch (...) {  // std::bad_alloc or std::system_error from the mutex
    return nullptr;
  }
}

int round_to_minutes(std::int32_t millis) {
  const std::int32_t half = millis < 0 ? -30'000 : 30'000;
  return static_cast<int>((millis + half) / 60'000);
}

}  // namespace

std::optional<int> utc_offset_minutes(std::string_view zone, int year, int month, int day, int hour,
                                      int minute, int second) noexcept {
  if (!valid_date_time(year, month, day, hour, minute, second)) return std::nullopt;
  const icu::BasicTimeZone* tz = cached_zone(zone);
  if (tz == nullptr) return std::nullopt;
  // ICU reads a local time as milliseconds since the epoch as if the wall clock were UTC.
  const double local_millis =
      static_cast<double>(days_from_civil(year, month, day)) * kMillisPerDay +
      ((hour * 60.0 + minute) * 60.0 + second) * 1000.0;
  std::int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  tz->getOffsetFromLocal(local_millis, UCAL_TZ_LOCAL_FORMER, UCAL_TZ_LOCAL_FORMER, raw, dst,
                         status);
  if (U_FAILURE(status)) return std::nullopt;
  return round_to_minutes(raw + dst);
}

std::string format_utc_offset(int minutes) {
  const long long magnitude = std::llabs(static_cast<long long>(minutes));
  const long long hours = magnitude / 60, rest = magnitude % 60;
  std::string out(1, minutes < 0 ? '-' : '+');
  if (hours < 10) out += '0';
  out += std::to_string(hours);
  out += ':';
  out += static_cast<char>('0' + rest / 10);
  out += static_cast<char>('0' + rest % 10);
  return out;
}

}  // namespace cabletei
