// Deterministic, seeded generator of raw cables in the telegraphic form cabletei reads:
// head with marker, dateline, SUBJECT, paragraphs with glued markers and pages, signature, notes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bench {

// `count` varied cables; the same seed gives the same bytes on every platform.
std::vector<std::string> generate_cables(std::size_t count, std::uint64_t seed);

// A volume's lists of the usual size as TSV (id, name, description): 150 persons, the cables'
// signers among them, and 200 terms, the cables' abbreviations among them.
std::string generate_persons_tsv();
std::string generate_terms_tsv();

}  // namespace bench
