// Unit tests of the render stage's parts: the read allowlist (paths, file: URIs, escapes,
// symbolic links, other schemes), volume detection, format names, site results, HTML5 pages
// and the stylesheet cache.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "render/error_collector.hpp"
#include "render/html_output.hpp"
#include "render/read_policy.hpp"
#include "render/render_format.hpp"
#include "render/safe_input.hpp"
#include "render/site_result.hpp"
#include "render/stylesheet_cache.hpp"
#include "render/volume.hpp"

namespace fs = std::filesystem;
using cabletei::ReadPolicy;

namespace {

class ReadPolicyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root = fs::temp_directory_path() / ("cabletei-policy-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "allowed" / "sub");
    fs::create_directories(root / "other");
    std::ofstream(root / "allowed" / "sub" / "a b.xml") << "<a/>";
    std::ofstream(root / "other" / "secret.xml") << "<s/>";
    fs::create_symlink(root / "other", root / "allowed" / "link");
    policy.allow_tree(root / "allowed");
  }
  void TearDown() override { fs::remove_all(root); }
  bool allows(const fs::path& p) const { return policy.allows(p.string().c_str()); }

  fs::path root;
  ReadPolicy policy;
};

TEST_F(ReadPolicyTest, FilesUnderTheTreeAreAllowed) {
  EXPECT_TRUE(allows(root / "allowed" / "sub" / "a b.xml"));
  EXPECT_TRUE(allows(root / "allowed" / "not-yet-there.xml"));
  std::string uri = "file://" + (root / "allowed" / "sub" / "a%20b.xml").string();
  EXPECT_TRUE(policy.allows(uri.c_str()));
  std::string localhost = "file://localhost" + (root / "allowed" / "sub" / "a%20b.xml").string();
  EXPECT_TRUE(policy.allows(localhost.c_str()));
}

TEST_F(ReadPolicyTest, EscapesOutOfTheTreeAreRefused) {
  EXPECT_FALSE(allows(root / "other" / "secret.xml"));
  EXPECT_FALSE(allows(root / "allowed" / ".." / "other" / "secret.xml"));
  EXPECT_FALSE(allows(root / "allowed" / "link" / "secret.xml"));  // a symbolic link out
  EXPECT_FALSE(allows(root / "allowedx" / "f.xml"));               // a prefix is not a parent
  std::string escaped = "file://" + (root / "allowed").string() + "/%2E%2E/other/secret.xml";
  EXPECT_FALSE(policy.allows(escaped.c_str()));
  EXPECT_FALSE(policy.allows("/etc/passwd"));
  EXPECT_FALSE(policy.allows("file:///etc/passwd"));
}

TEST_F(ReadPolicyTest, OtherSchemesAndEmptyPolicyRefuse) {
  EXPECT_FALSE(policy.allows("http://127.0.0.1/x.xml"));
  EXPECT_FALSE(policy.allows("ftp://example.org/x.xml"));
  EXPECT_FALSE(policy.allows("file:relative.xml"));
  EXPECT_FALSE(policy.allows(""));
  EXPECT_FALSE(policy.allows(nullptr));
  EXPECT_FALSE(ReadPolicy().allows((root / "allowed" / "sub" / "a b.xml").c_str()));
}

TEST(ReadPolicyScope, TheGuardSetsAndRestoresTheThreadsPolicy) {
  ReadPolicy outer, inner;
  EXPECT_EQ(cabletei::current_read_policy(), nullptr);
  {
    cabletei::ScopedReadPolicy a(outer);
    {
      cabletei::ScopedReadPolicy b(inner);
      EXPECT_EQ(cabletei::current_read_policy(), &inner);
    }
    EXPECT_EQ(cabletei::current_read_policy(), &outer);
  }
  EXPECT_EQ(cabletei::current_read_policy(), nullptr);
}

bool volume(const char* xml) {
  xmlDoc* doc = xmlReadMemory(xml, static_cast<int>(std::strlen(xml)), "t.xml", nullptr, 0);
  bool result = cabletei::is_volume(doc);
  xmlFreeDoc(doc);
  return result;
}

TEST(Volume, MoreThanOneDocumentDivisionInTheBody) {
  const char* two =
      "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><div type='chapter'>"
      "<div type='document'/><div type='document'/></div></body></text></TEI>";
  const char* one =
      "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><front><div type='document'/></front>"
      "<body><div type='document'/></body></text></TEI>";
  const char* no_tei =
      "<TEI><text><body><div type='document'/><div type='document'/></body>"
      "</text></TEI>";
  const char* bare = "<div xmlns='http://www.tei-c.org/ns/1.0' type='document'/>";
  EXPECT_TRUE(volume(two));
  EXPECT_FALSE(volume(one));
  EXPECT_FALSE(volume(no_tei));
  EXPECT_FALSE(volume(bare));
}

TEST(RenderFormat, HtmlFoAndPdf) {
  std::string problem;
  EXPECT_EQ(cabletei::parse_render_format("html", problem), cabletei::RenderFormat::html);
  EXPECT_EQ(cabletei::parse_render_format("fo", problem), cabletei::RenderFormat::fo);
  EXPECT_EQ(cabletei::parse_render_format("pdf", problem), cabletei::RenderFormat::pdf);
  EXPECT_EQ(cabletei::format_folder(cabletei::RenderFormat::pdf), "fo");
  EXPECT_EQ(cabletei::format_extension(cabletei::RenderFormat::pdf), ".pdf");
  EXPECT_FALSE(cabletei::parse_render_format("HTML", problem));
  EXPECT_NE(problem.find("unknown output format"), std::string::npos);
}

cabletei::XmlDocPtr parse(const std::string& xml) {
  return cabletei::XmlDocPtr(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "r.xml", nullptr, 0));
}

TEST(SiteResult, PagesBecomeHtml5FilesAndFilesText) {
  auto doc = parse(
      "<s:site xmlns:s='urn:cabletei:site'><s:page href='index.html'><html><head><title>T"
      "</title></head><body><p>\xC3\xA9<br/></p><script>if (a &lt; b) x();</script></body></html>"
      "</s:page><s:file href='a.css'>p { }</s:file></s:site>");
  cabletei::Diagnostics diags;
  cabletei::ErrorCollector errors(diags, "r.xml");
  auto files = cabletei::site_files(doc.get(), errors);
  ASSERT_TRUE(files);
  ASSERT_EQ(files->size(), 2u);
  const std::string& page = (*files)[0].content;
  EXPECT_EQ((*files)[0].name, "index.html");
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html>", 0), 0u) << page;
  EXPECT_NE(page.find("<p>\xC3\xA9<br></p>"), std::string::npos) << page;
  EXPECT_NE(page.find("charset=UTF-8"), std::string::npos) << page;  // none in the page
  EXPECT_NE(page.find("if (a < b) x();"), std::string::npos) << page;
  EXPECT_EQ((*files)[1].name, "a.css");
  EXPECT_EQ((*files)[1].content, "p { }");
}

TEST(SiteResult, BadHrefsDuplicatesAndOtherRootsAreRefused) {
  for (const char* href : {"../x.html", ".x", "a/b.html", "", "a b.html", "x.html\n"}) {
    auto doc = parse(std::string("<s:site xmlns:s='urn:cabletei:site'><s:file href='") + href +
                     "'>x</s:file></s:site>");
    cabletei::Diagnostics diags;
    cabletei::ErrorCollector errors(diags, "r.xml");
    EXPECT_FALSE(cabletei::site_files(doc.get(), errors)) << href;
    EXPECT_TRUE(diags.has_errors());
  }
  auto twice = parse(
      "<s:site xmlns:s='urn:cabletei:site'><s:file href='a'>1</s:file><s:file href='a'>2"
      "</s:file></s:site>");
  auto html = parse("<html><body/></html>");
  cabletei::Diagnostics diags;
  cabletei::ErrorCollector errors(diags, "r.xml");
  EXPECT_FALSE(cabletei::site_files(twice.get(), errors));
  EXPECT_FALSE(cabletei::site_files(html.get(), errors));
  EXPECT_FALSE(cabletei::is_site_result(html.get()));
}

TEST(StylesheetCache, OneCompilationPerFileVersion) {
  fs::path dir = fs::temp_directory_path() / ("cabletei-cache-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path sheet = dir / "s.xsl";
  const char* text =
      "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'/>";
  std::ofstream(sheet) << text;
  cabletei::Diagnostics diags;
  auto first = cabletei::load_stylesheet(sheet.string(), "", diags);
  auto again = cabletei::load_stylesheet((dir / "." / "s.xsl").string(), "", diags);
  ASSERT_TRUE(first);
  EXPECT_EQ(first.get(), again.get());  // the same compiled stylesheet, shared
  fs::last_write_time(sheet, fs::last_write_time(sheet) + std::chrono::seconds(5));
  auto changed = cabletei::load_stylesheet(sheet.string(), "", diags);
  ASSERT_TRUE(changed);
  EXPECT_NE(first.get(), changed.get());  // the file changed: compiled anew
  EXPECT_FALSE(cabletei::load_stylesheet((dir / "missing.xsl").string(), "", diags));
  EXPECT_TRUE(diags.has_errors());
  fs::remove_all(dir);
}

}  // namespace
