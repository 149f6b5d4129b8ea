// Tests of utc_offset_minutes and format_utc_offset against tzdata's values for FRUS datelines,
// and of lua/frus/places.lua: it loads in the sandbox, every zone is valid, no name repeats.
#include "style/time_zones.hpp"

#include <gtest/gtest.h>
#include <lauxlib.h>
#include <lua.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "style/lua_sandbox.hpp"

namespace cabletei {
namespace {

constexpr const char* kNewYork = "America/New_York";

std::optional<int> offset(const char* zone, int year, int month, int day, int hour = 12,
                          int minute = 0, int second = 0) {
  return utc_offset_minutes(zone, year, month, day, hour, minute, second);
}

TEST(UtcOffset, FrusWorkedExamples) {
  EXPECT_EQ(offset("Europe/Moscow", 1956, 12, 26, 22, 0), 180);  // Moscow, 10 p.m.
  EXPECT_EQ(offset(kNewYork, 1955, 3, 21, 13, 4), -300);         // Washington, 1:04 p.m.
  EXPECT_EQ(offset(kNewYork, 1956, 7, 4, 17, 0), -240);          // Washington, DST
  EXPECT_EQ(offset("Europe/Paris", 1946, 7, 4, 17, 45), 60);     // tzdata: no DST in 1946
  EXPECT_EQ(format_utc_offset(*offset("Europe/Moscow", 1956, 12, 26, 22, 0)), "+03:00");
  EXPECT_EQ(format_utc_offset(*offset(kNewYork, 1955, 3, 21, 13, 4)), "-05:00");
  EXPECT_EQ(format_utc_offset(*offset(kNewYork, 1956, 7, 4, 17, 0)), "-04:00");
}

// The offsets the publisher's own TEI gives these datelines (dev corpus).
TEST(UtcOffset, CorpusDatelines) {
  EXPECT_EQ(offset(kNewYork, 1949, 3, 21, 22, 25), -300);
  EXPECT_EQ(offset("Europe/Amsterdam", 1949, 3, 22, 21, 0), 60);  // The Hague
  EXPECT_EQ(offset("Asia/Jakarta", 1949, 3, 25, 16, 0), 480);     // Batavia
  EXPECT_EQ(offset("Europe/Warsaw", 1957, 1, 5, 10, 0), 60);
  EXPECT_EQ(offset("Europe/Rome", 1957, 1, 18, 14, 0), 60);
  EXPECT_EQ(offset("Europe/Budapest", 1957, 2, 13, 14, 0), 60);
  EXPECT_EQ(offset(kNewYork, 1957, 4, 24, 18, 11), -300);  // before the 1957 switch (Apr 28)
  EXPECT_EQ(offset(kNewYork, 1957, 6, 19, 11, 6), -240);
}

TEST(UtcOffset, Washington1969SummerTimeDates) {
  EXPECT_EQ(offset(kNewYork, 1969, 4, 26, 12, 0), -300);
  EXPECT_EQ(offset(kNewYork, 1969, 4, 27, 1, 59, 59), -300);
  EXPECT_EQ(offset(kNewYork, 1969, 4, 27, 3, 0), -240);
  EXPECT_EQ(offset(kNewYork, 1969, 7, 20, 22, 56), -240);
  EXPECT_EQ(offset(kNewYork, 1969, 10, 26, 0, 59), -240);
  EXPECT_EQ(offset(kNewYork, 1969, 10, 26, 2, 0), -300);
  EXPECT_EQ(offset(kNewYork, 1969, 12, 31, 23, 59, 59), -300);
}

TEST(UtcOffset, FractionalHourZones) {
  EXPECT_EQ(offset("Asia/Kolkata", 1956, 1, 1), 330);
  EXPECT_EQ(offset("Asia/Calcutta", 1956, 1, 1), 330);  // the old alias
  EXPECT_EQ(offset("Asia/Kathmandu", 1990, 7, 1), 345);
  EXPECT_EQ(offset("Asia/Tehran", 1976, 1, 1), 210);
  EXPECT_EQ(offset("America/St_Johns", 1957, 1, 15), -210);
  EXPECT_EQ(format_utc_offset(*offset("Asia/Kolkata", 1956, 1, 1)), "+05:30");
  EXPECT_EQ(format_utc_offset(*offset("America/St_Johns", 1957, 1, 15)), "-03:30");
}

// A skipped local time takes the offset before the transition (standard time here).
TEST(UtcOffset, SpringForwardGapUsesTheOffsetBeforeTheTransition) {
  EXPECT_EQ(offset(kNewYork, 1969, 4, 27, 2, 0), -300);
  EXPECT_EQ(offset(kNewYork, 1969, 4, 27, 2, 30), -300);
  EXPECT_EQ(offset(kNewYork, 1969, 4, 27, 2, 59, 59), -300);
  EXPECT_EQ(offset("Europe/Paris", 1976, 3, 28, 1, 30), 60);
}

// A repeated local time takes its first occurrence, still in summer time.
TEST(UtcOffset, FallBackOverlapUsesTheFirstOccurrence) {
  EXPECT_EQ(offset(kNewYork, 1969, 10, 26, 1, 0), -240);
  EXPECT_EQ(offset(kNewYork, 1969, 10, 26, 1, 30), -240);
  EXPECT_EQ(offset(kNewYork, 1969, 10, 26, 1, 59, 59), -240);
  EXPECT_EQ(offset("Europe/Paris", 1976, 9, 26, 0, 30), 120);
  EXPECT_EQ(offset("Europe/Paris", 1976, 9, 26, 1, 0), 60);
}

TEST(UtcOffset, InvalidDatesAndTimesAreRejected) {
  EXPECT_EQ(offset(kNewYork, 1956, 2, 30), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1957, 2, 29), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1900, 2, 29), std::nullopt);  // century, not a leap year
  EXPECT_EQ(offset(kNewYork, 1956, 4, 31), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 1, 0), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 1, 32), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 0, 1), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 13, 1), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 1, 1, 25, 0), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 1, 1, 24, 0), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 1, 1, -1, 0), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 1, 1, 12, 60), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1956, 1, 1, 12, 0, 60), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 1799, 12, 31), std::nullopt);
  EXPECT_EQ(offset(kNewYork, 2101, 1, 1), std::nullopt);
}

TEST(UtcOffset, ValidEdgeDatesAreAccepted) {
  EXPECT_EQ(offset(kNewYork, 1956, 2, 29), -300);
  EXPECT_EQ(offset(kNewYork, 2000, 2, 29), -300);  // divisible by 400: a leap year
  EXPECT_EQ(offset(kNewYork, 1956, 1, 1, 0, 0, 0), -300);
  EXPECT_EQ(offset(kNewYork, 1956, 12, 31, 23, 59, 59), -300);
  EXPECT_TRUE(offset(kNewYork, 1800, 1, 1, 0, 0).has_value());
  EXPECT_EQ(offset(kNewYork, 2100, 12, 31, 23, 59, 59), -300);
}

TEST(UtcOffset, UnknownZonesGiveNothingRatherThanZero) {
  EXPECT_EQ(offset("Nowhere/Atlantis", 1956, 1, 1), std::nullopt);
  EXPECT_EQ(offset("", 1956, 1, 1), std::nullopt);
  EXPECT_EQ(offset("Etc/Unknown", 1956, 1, 1), std::nullopt);
  EXPECT_EQ(offset("america/new_york", 1956, 1, 1), std::nullopt);  // ids are case-sensitive
  EXPECT_EQ(offset("Europe/Moscow ", 1956, 1, 1), std::nullopt);
  EXPECT_EQ(offset("GMT+05:30", 1956, 1, 1), std::nullopt);  // ICU custom id, not tzdata
  EXPECT_EQ(offset("Washington", 1956, 1, 1), std::nullopt);
  EXPECT_EQ(offset("Europe/Mos cow", 1956, 1, 1), std::nullopt);
  EXPECT_EQ(utc_offset_minutes(std::string_view("Europe/Moscow\0x", 15), 1956, 1, 1, 0, 0),
            std::nullopt);
  EXPECT_EQ(utc_offset_minutes(std::string(1000, 'A'), 1956, 1, 1, 0, 0), std::nullopt);
  // Asking twice gives the same answer (unknown ids are not cached as anything).
  EXPECT_EQ(offset("Nowhere/Atlantis", 1956, 1, 1), std::nullopt);
}

TEST(UtcOffset, AliasesAndFixedZonesAreAccepted) {
  EXPECT_EQ(offset("US/Eastern", 1956, 7, 1), -240);
  EXPECT_EQ(offset("UTC", 1956, 7, 1), 0);
  EXPECT_EQ(offset("Etc/GMT-3", 1956, 7, 1), 180);  // POSIX sign: GMT-3 is +03:00
  EXPECT_EQ(offset("Asia/Saigon", 1965, 1, 1), offset("Asia/Ho_Chi_Minh", 1965, 1, 1));
  EXPECT_EQ(offset("Europe/Kyiv", 1956, 1, 1), offset("Europe/Kiev", 1956, 1, 1));
}

// Local mean time before standard time had seconds; xs:dateTime offsets have minutes.
TEST(UtcOffset, OffsetsWithSecondsAreRoundedToTheNearestMinute) {
  EXPECT_EQ(offset(kNewYork, 1880, 7, 1), -296);          // -4:56:02
  EXPECT_EQ(offset("Africa/Monrovia", 1960, 1, 1), -45);  // -0:44:30, half away from zero
}

TEST(UtcOffset, ConcurrentLookupsAgreeWithSerialOnes) {
  struct Case {
    const char* zone;
    int year, month, day, hour;
    int expected;
  };
  const std::vector<Case> cases = {
      {"Europe/Moscow", 1956, 12, 26, 22, 180}, {kNewYork, 1956, 7, 4, 17, -240},
      {kNewYork, 1955, 3, 21, 13, -300},        {"Asia/Kolkata", 1960, 5, 1, 9, 330},
      {"Asia/Jakarta", 1949, 3, 25, 16, 480},   {"Europe/Paris", 1946, 7, 4, 17, 60},
      {"Asia/Tokyo", 1960, 1, 19, 10, 540},     {"Europe/London", 1956, 7, 1, 12, 60},
  };
  std::vector<int> failures(8, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < failures.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round)
        for (std::size_t i = 0; i < cases.size(); ++i) {
          const Case& c = cases[(i + t) % cases.size()];  // threads race to build each zone
          if (offset(c.zone, c.year, c.month, c.day, c.hour) != c.expected) ++failures[t];
        }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

TEST(UtcOffset, LookupsAreCheap) {
  const auto start = std::chrono::steady_clock::now();
  long long sum = 0;
  for (int i = 0; i < 20'000; ++i) sum += *offset(kNewYork, 1900 + i % 150, 1 + i % 12, 15);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("20000 lookups: %.1f ms\n", seconds * 1000);
  EXPECT_LT(sum, 0);
  EXPECT_LT(seconds, 2.0);  // ~1 µs each in a debug build; generous for sanitizers
}

TEST(FormatUtcOffset, SignHoursAndMinutes) {
  EXPECT_EQ(format_utc_offset(180), "+03:00");
  EXPECT_EQ(format_utc_offset(-300), "-05:00");
  EXPECT_EQ(format_utc_offset(330), "+05:30");
  EXPECT_EQ(format_utc_offset(345), "+05:45");
  EXPECT_EQ(format_utc_offset(0), "+00:00");  // never "Z"
  EXPECT_EQ(format_utc_offset(-45), "-00:45");
  EXPECT_EQ(format_utc_offset(-210), "-03:30");
  EXPECT_EQ(format_utc_offset(840), "+14:00");
  EXPECT_EQ(format_utc_offset(-720), "-12:00");
}

// ---------------------------------------------------------------------------------------
// lua/frus/places.lua

struct Place {
  std::vector<std::string> names;
  std::string zone;
};

struct PlacesFile {
  std::vector<Place> places;
  std::string problem;  // empty when the file has the expected shape
};

// Reads the string field `key` of the table on top of the stack; false if it is not a string.
bool string_field(lua_State* L, const char* key, std::string& out) {
  lua_getfield(L, -1, key);
  const bool ok = lua_type(L, -1) == LUA_TSTRING;
  if (ok) out = lua_tostring(L, -1);
  lua_pop(L, 1);
  return ok;
}

// Reads the names list of the entry on top of the stack.
bool names_field(lua_State* L, std::vector<std::string>& names) {
  lua_getfield(L, -1, "names");
  bool ok = lua_istable(L, -1);
  const lua_Integer count = ok ? luaL_len(L, -1) : 0;
  for (lua_Integer i = 1; ok && i <= count; ++i) {
    lua_rawgeti(L, -1, i);
    ok = lua_type(L, -1) == LUA_TSTRING;
    if (ok) names.push_back(lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return ok;
}

// Runs the file in the style sandbox and walks the table it returns.
PlacesFile load_places() {
  PlacesFile file;
  LuaSandbox sandbox;
  const std::string path = std::string(CABLETEI_SOURCE_DIR) + "/lua/frus/places.lua";
  if (auto error = sandbox.run_file(path, 1)) {
    file.problem = error->to_string();
    return file;
  }
  lua_State* L = sandbox.state();
  if (!lua_istable(L, -1)) {
    file.problem = "places.lua does not return a table";
    return file;
  }
  const lua_Integer count = luaL_len(L, -1);
  for (lua_Integer i = 1; i <= count && file.problem.empty(); ++i) {
    lua_rawgeti(L, -1, i);
    Place place;
    if (!lua_istable(L, -1) || !names_field(L, place.names) || !string_field(L, "zone", place.zone))
      file.problem = "entry " + std::to_string(i) + " is not { names = {...}, zone = \"...\" }";
    lua_pop(L, 1);
    file.places.push_back(std::move(place));
  }
  lua_pushnil(L);  // every key must be one of the list's indices
  lua_Integer keys = 0;
  while (lua_next(L, -2) != 0) {
    ++keys;
    lua_pop(L, 1);
  }
  if (file.problem.empty() && keys != count) file.problem = "the table has non-list keys";
  lua_pop(L, 1);
  return file;
}

const PlacesFile& places_file() {
  static const PlacesFile file = load_places();
  return file;
}

std::string zone_of(const std::string& name) {
  for (const Place& place : places_file().places)
    for (const std::string& n : place.names)
      if (n == name) return place.zone;
  return "";
}

TEST(PlacesLua, LoadsInTheSandboxAsAListOfEntries) {
  ASSERT_EQ(places_file().problem, "");
  std::size_t names = 0;
  for (const Place& place : places_file().places) names += place.names.size();
  std::printf("places.lua: %zu entries, %zu names\n", places_file().places.size(), names);
  EXPECT_GE(places_file().places.size(), 250u);
}

TEST(PlacesLua, EveryEntryHasNamesAndAZoneIcuKnows) {
  ASSERT_EQ(places_file().problem, "");
  for (const Place& place : places_file().places) {
    EXPECT_FALSE(place.names.empty()) << place.zone;
    for (const std::string& name : place.names) {
      EXPECT_FALSE(name.empty()) << place.zone;
      EXPECT_TRUE(!name.empty() && name.front() != ' ' && name.back() != ' ') << '"' << name << '"';
    }
    EXPECT_TRUE(utc_offset_minutes(place.zone, 1956, 1, 1, 12, 0).has_value())
        << place.zone << " (" << (place.names.empty() ? "" : place.names[0]) << ")";
  }
}

TEST(PlacesLua, NoNameAppearsTwice) {
  ASSERT_EQ(places_file().problem, "");
  std::set<std::string> seen;
  for (const Place& place : places_file().places)
    for (const std::string& name : place.names)
      EXPECT_TRUE(seen.insert(name).second) << name << " is listed twice";
}

TEST(PlacesLua, CoversTheCorpusDatelinePlaces) {
  ASSERT_EQ(places_file().problem, "");
  const std::map<std::string, std::string> expected = {
      {"Algiers", "Africa/Algiers"},
      {"Batavia", "Asia/Jakarta"},
      {"Bucharest", "Europe/Bucharest"},
      {"Budapest", "Europe/Budapest"},
      {"Madrid", "Europe/Madrid"},
      {"Moscow", "Europe/Moscow"},
      {"New York", kNewYork},
      {"Paris", "Europe/Paris"},
      {"Rome", "Europe/Rome"},
      {"The Hague", "Europe/Amsterdam"},
      {"Warsaw", "Europe/Warsaw"},
      {"Washington", kNewYork},
  };
  for (const auto& [name, zone] : expected) EXPECT_EQ(zone_of(name), zone) << name;
}

TEST(PlacesLua, HistoricalNamesAndVariantSpellingsShareTheirCitysZone) {
  ASSERT_EQ(places_file().problem, "");
  const std::vector<std::vector<std::string>> same_city = {
      {"Peking", "Peiping", "Beijing"},
      {"Saigon", "Ho Chi Minh City"},
      {"Batavia", "Djakarta", "Jakarta"},
      {"Léopoldville", "Leopoldville", "Kinshasa"},
      {"Bogotá", "Bogota"},
      {"Constantinople", "Istanbul"},
      {"Rangoon", "Yangon"},
      {"Bombay", "Mumbai"},
      {"Salisbury", "Harare"},
      {"Danzig", "Gdańsk", "Gdansk"},
      {"USUN", "New York", "United Nations"},
      {"Bonn", "Berlin"},
  };
  for (const auto& names : same_city)
    for (const std::string& name : names) {
      EXPECT_NE(zone_of(name), "") << name;
      EXPECT_EQ(zone_of(name), zone_of(names[0])) << name;
    }
}

TEST(PlacesLua, PresidentialDatelinesAndTheirOffsets) {
  ASSERT_EQ(places_file().problem, "");
  EXPECT_EQ(zone_of("Camp David"), kNewYork);
  EXPECT_EQ(zone_of("Key Biscayne"), kNewYork);
  EXPECT_EQ(zone_of("Augusta, Georgia"), kNewYork);
  EXPECT_EQ(zone_of("Gettysburg, Pennsylvania"), kNewYork);
  EXPECT_EQ(zone_of("Newport, Rhode Island"), kNewYork);
  EXPECT_EQ(utc_offset_minutes(zone_of("San Clemente"), 1973, 6, 30, 9, 0), -420);
  EXPECT_EQ(utc_offset_minutes(zone_of("Denver"), 1955, 9, 24, 2, 0), -420);
  EXPECT_EQ(utc_offset_minutes(zone_of("Batavia"), 1949, 4, 13, 20, 0), 480);
  EXPECT_EQ(utc_offset_minutes(zone_of("The Hague"), 1949, 4, 8, 18, 0), 60);
}

}  // namespace
}  // namespace cabletei
