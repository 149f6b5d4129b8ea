// Names of TEI nodes and attributes as house styles see them: TEI local names, "xml:id",
// "frus:attachment"; and the namespaces behind those prefixes.
#pragma once

#include <string>
#include <string_view>

struct _xmlNode;
struct _xmlAttr;
struct _xmlNs;

namespace cabletei {

inline constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";
inline constexpr const char* kFrusNamespace = "http://history.state.gov/frus/ns/1.0";
inline constexpr const char* kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// "p" for a TEI element, "frus:attachment" in the frus namespace, "prefix:name" otherwise;
// "#text", "#comment" or "#node" for other node types.
std::string tag_of(const _xmlNode* node);

// "n", "xml:id", "frus:doc-dateTime-min": an attribute's name as styles write it.
std::string attr_name(const _xmlAttr* attr);

// True when the element's tag is `tag` (same spelling as tag_of), without allocating.
bool has_tag(const _xmlNode* node, std::string_view tag);

// The value of attribute `name` ("n", "xml:id", "frus:doc-dateTime-min") or nullptr when absent.
// The pointer is owned by the tree and valid until the attribute changes.
const _xmlAttr* find_attr(const _xmlNode* node, std::string_view name);
std::string attr_value(const _xmlNode* node, std::string_view name, bool* present = nullptr);

// Splits "prefix:local" into the namespace URI for prefix (xml, frus) and the local name.
// Returns false for an unknown prefix.
bool split_qualified(std::string_view name, const char** ns_uri, std::string_view* local);

}  // namespace cabletei
