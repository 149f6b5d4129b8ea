// Tests of load_authority_list: the publisher's TEI (bare div or whole document), TSV, and
// every error a list file can have, reported with its place and never printed by libxml2.
#include "authority/authority_list.hpp"

#include <gtest/gtest.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "text/phrase_index.hpp"

namespace cabletei {
namespace {

const std::string kData = CABLETEI_AUTHORITY_DATA;

// A directory of this process for the files the tests write, removed at the end.
const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    auto path = std::filesystem::path(testing::TempDir()) /
                ("authority_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    return path;
  }();
  return dir;
}

class RemoveScratchDir : public testing::Environment {
 public:
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(scratch_dir(), ignored);
  }
};
[[maybe_unused]] testing::Environment* const kRemoveScratchDir =
    testing::AddGlobalTestEnvironment(new RemoveScratchDir);

// Writes `content` to a file named `name` in the scratch directory and returns its path.
std::string write_file(const std::string& name, const std::string& content) {
  std::string path = (scratch_dir() / name).string();
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

AuthorityList load_ok(const std::string& path, AuthorityKind kind) {
  auto result = load_authority_list(path, kind);
  if (auto* error = std::get_if<AuthorityError>(&result)) {
    ADD_FAILURE() << error->to_string();
    return {};
  }
  return std::get<AuthorityList>(std::move(result));
}

AuthorityError load_error(const std::string& path, AuthorityKind kind) {
  auto result = load_authority_list(path, kind);
  if (auto* error = std::get_if<AuthorityError>(&result)) return *error;
  ADD_FAILURE() << path << " loaded without error";
  return {};
}

std::vector<std::string> ids(const AuthorityList& list) {
  std::vector<std::string> out;
  for (const AuthorityEntry& e : list.entries) out.push_back(e.id);
  return out;
}

const std::string kPersonsHead =
    "<div xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"persons\"><list>\n";

TEST(AuthorityList, ReadsABareDivOfPersons) {
  AuthorityList list = load_ok(kData + "/persons.xml", AuthorityKind::persons);
  EXPECT_EQ(list.kind, AuthorityKind::persons);
  EXPECT_EQ(list.file, kData + "/persons.xml");
  EXPECT_EQ(ids(list), (std::vector<std::string>{"p_BRDJ1", "p_CBP1", "p_HOT1", "p_PA1", "p_VZ1",
                                                 "p_VH1"}));  // editor's note skipped
  const AuthorityEntry* brackley = list.find("p_BRDJ1");
  ASSERT_NE(brackley, nullptr);
  EXPECT_EQ(brackley->name, "Brackley, R. Dorsey, Jr.");
  EXPECT_EQ(brackley->description, "Deputy Assistant Secretary for Lake Affairs until May 1961");
  EXPECT_EQ(brackley->forms.front(), "Brackley, R. Dorsey, Jr.");
  EXPECT_NE(std::find(brackley->forms.begin(), brackley->forms.end(), "Dorsey Brackley, Jr."),
            brackley->forms.end());
}

TEST(AuthorityList, NamesWithMarkupAndDescriptionsWithReferences) {
  AuthorityList list = load_ok(kData + "/persons.xml", AuthorityKind::persons);
  const AuthorityEntry* varkonyi = list.find("#p_VZ1");
  ASSERT_NE(varkonyi, nullptr);
  EXPECT_EQ(varkonyi->name, "Várkonyi, Zoltán Dénes");
  EXPECT_EQ(varkonyi->description, "Minister of Foreign Affairs of Osterland & of the Lakes");
  const AuthorityEntry* haldane = list.find("p_HOT1");
  ASSERT_NE(haldane, nullptr);
  EXPECT_EQ(haldane->description, "Ambassador to Osterland; adviser to Secretary Pellworth");
  EXPECT_EQ(list.find("p_VH1")->description, "");  // no hi, no description
  EXPECT_EQ(list.find("p_VH1")->forms[1], "de Vaucelles");
  EXPECT_EQ(list.find("p_XX1"), nullptr);
}

TEST(AuthorityList, ReadsBothListsFromAWholeTeiDocument) {
  const std::string path = kData + "/front_matter.xml";
  AuthorityList terms = load_ok(path, AuthorityKind::terms);
  EXPECT_EQ(ids(terms), (std::vector<std::string>{"t_ai1", "t_OstDel1", "t_Pasarbu1", "t_QofR1"}));
  EXPECT_EQ(terms.find("t_OstDel1")->description, "Osterland Delegation");
  EXPECT_EQ(terms.find("t_ai1")->forms, std::vector<std::string>{"a.i."});
  const AuthorityEntry* pasarbu = terms.find("t_Pasarbu1");
  EXPECT_EQ(pasarbu->name, "Pasarbu (Pasarboe)");
  EXPECT_EQ(pasarbu->description, "Lake Council (Osterland)");
  EXPECT_EQ(pasarbu->forms,
            (std::vector<std::string>{"Pasarbu (Pasarboe)", "Pasarbu", "Pasarboe"}));
  AuthorityList persons = load_ok(path, AuthorityKind::persons);
  EXPECT_EQ(ids(persons), std::vector<std::string>{"p_QTR1"});
  EXPECT_EQ(persons.find("p_QTR1")->forms,
            (std::vector<std::string>{"Quill, T.R.", "Quill", "T.R. Quill"}));
}

TEST(AuthorityList, ReadsTsv) {
  AuthorityList list = load_ok(kData + "/terms.tsv", AuthorityKind::terms);
  EXPECT_EQ(ids(list), (std::vector<std::string>{"t_ai1", "t_OstDel1", "t_QofR1"}));
  EXPECT_EQ(list.find("t_ai1")->description, "ad interim");  // CRLF
  EXPECT_EQ(list.find("t_OstDel1")->description, "Osterland Delegation");
  EXPECT_EQ(list.find("t_QofR1")->name, "Q of R");
  EXPECT_EQ(list.find("t_QofR1")->description, "");
  EXPECT_EQ(list.find("t_XX1"), nullptr);  // commented out
}

TEST(AuthorityList, TsvIsRecognisedByContentAndPersonsGetForms) {
  std::string path = write_file("persons.txt",
                                "\xEF\xBB\xBFp_PA1\tPellworth, Anna\tSecretary of State\n"
                                "p_HOT1\tHaldane, Oren T.\tAmbassador\n");
  AuthorityList list = load_ok(path, AuthorityKind::persons);
  ASSERT_EQ(list.entries.size(), 2u);
  EXPECT_EQ(list.entries[0].id, "p_PA1");
  EXPECT_EQ(list.entries[1].forms,
            (std::vector<std::string>{"Haldane, Oren T.", "Haldane", "Oren T. Haldane",
                                      "Oren Haldane", "O.T. Haldane"}));
  std::string xml_path = write_file("persons_xml.txt", kPersonsHead + "</list></div>");
  EXPECT_TRUE(load_ok(xml_path, AuthorityKind::persons).entries.empty());
}

TEST(AuthorityList, TsvErrorsNameTheLine) {
  std::string path = write_file("columns.tsv",
                                "# comment\n"
                                "t_A1\tA\tfirst\n"
                                "t_B1\tB\n"
                                "t_C1\tC\tthird\n");
  AuthorityError error = load_error(path, AuthorityKind::terms);
  EXPECT_EQ(error.line, 3u);
  EXPECT_EQ(error.column, 7u);
  EXPECT_EQ(error.to_string(),
            path + ":3:7: expected 3 tab-separated columns (id, name, description), found 2");
  error = load_error(write_file("extra.tsv", "t_A1\tA\tfirst\tfourth\n"), AuthorityKind::terms);
  EXPECT_EQ(error.line, 1u);
  EXPECT_EQ(error.column, 13u);
  EXPECT_NE(error.message.find("found 4"), std::string::npos);
  std::string noid = write_file("noid.tsv", "t_A1\tA\t\n\t B\tb\n");
  EXPECT_EQ(load_error(noid, AuthorityKind::terms).to_string(), noid + ":2:1: empty id");
  error = load_error(write_file("noname.tsv", "t_A1\t \ta\n"), AuthorityKind::terms);
  EXPECT_EQ(error.column, 6u);
  EXPECT_EQ(error.message, "empty name");
  error = load_error(write_file("utf8.tsv", "t_A1\tA\ta\nt_B1\tB\tb\xC3(\n"), AuthorityKind::terms);
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.column, 9u);
  EXPECT_EQ(load_error(write_file("empty.tsv", " \n"), AuthorityKind::terms).message,
            "the file is empty");
}

TEST(AuthorityList, MalformedXmlIsReportedWithLineAndColumnNotPrinted) {
  std::string path =
      write_file("malformed.xml", kPersonsHead +
                                      "<item><persName xml:id=\"p_A1\">A, B</persName>\n"
                                      "<item><hi>C, D</item>\n"
                                      "</list></div>\n");
  testing::internal::CaptureStderr();
  AuthorityError error = load_error(path, AuthorityKind::persons);
  std::string printed = testing::internal::GetCapturedStderr();
  EXPECT_EQ(printed, "");
  EXPECT_EQ(error.file, path);
  EXPECT_EQ(error.line, 3u);
  EXPECT_GT(error.column, 0u);
  EXPECT_NE(error.message.find("mismatch"), std::string::npos) << error.message;
  EXPECT_EQ(error.to_string().rfind(path + ":3:", 0), 0u) << error.to_string();
  EXPECT_EQ(load_error(write_file("notxml.xml", "p_A1\tA\tB\n"), AuthorityKind::persons).line,
            1u);  // .xml is always read as XML
}

int caller_errors = 0;
#if LIBXML_VERSION >= 21200
void count_caller_error(void*, const xmlError*) { ++caller_errors; }
#else
void count_caller_error(void*, xmlErrorPtr) { ++caller_errors; }
#endif

TEST(AuthorityList, EncodingErrorsAreNotPrintedAndTheCallersHandlerIsKept) {
  std::string path =
      write_file("encoding.xml", "<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?>\n" +
                                     kPersonsHead + "<item>\x1b$B\xff\xff</item></list></div>\n");
  xmlSetStructuredErrorFunc(nullptr, count_caller_error);
  testing::internal::CaptureStderr();
  AuthorityError error = load_error(path, AuthorityKind::persons);
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
  EXPECT_EQ(error.line, 3u);
  EXPECT_EQ(caller_errors, 0);
  EXPECT_EQ(xmlStructuredError, count_caller_error);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
}

TEST(AuthorityList, EntitiesAreNotExpandedNorFetched) {
  std::string secret = write_file("secret.txt", "SECRET-CONTENT");
  std::string path = write_file(
      "entities.xml", "<!DOCTYPE div [<!ENTITY ext SYSTEM \"file://" + secret +
                          "\"><!ENTITY in \"inner text\">]>\n" + kPersonsHead +
                          "<item><persName xml:id=\"p_A1\">A, B</persName>, &ext; &in;</item>"
                          "</list></div>\n");
  testing::internal::CaptureStderr();
  auto result = load_authority_list(path, AuthorityKind::persons);
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
  if (auto* list = std::get_if<AuthorityList>(&result)) {
    ASSERT_EQ(list->entries.size(), 1u);
    EXPECT_EQ(list->entries[0].description.find("SECRET"), std::string::npos);
  }
}

TEST(AuthorityList, MissingFile) {
  AuthorityError error = load_error(kData + "/no-such-list.xml", AuthorityKind::persons);
  EXPECT_EQ(error.line, 0u);
  EXPECT_EQ(error.to_string(),
            kData + "/no-such-list.xml: cannot open the file: No such file or directory");
  error = load_error(kData, AuthorityKind::persons);  // a directory
  EXPECT_NE(error.message.find("cannot"), std::string::npos) << error.message;
}

TEST(AuthorityList, WrongKindSaysWhichListItIs) {
  AuthorityError error = load_error(kData + "/persons.xml", AuthorityKind::terms);
  EXPECT_EQ(error.message,
            "this is the list of persons (div xml:id=\"persons\"), not of terms: give it as the "
            "persons list");
  std::string path = write_file("nolist.xml",
                                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div "
                                "xml:id=\"d1\"/></body></text></TEI>");
  EXPECT_EQ(load_error(path, AuthorityKind::terms).message,
            "no TEI div xml:id=\"terms\" in this file: expected the volume's list of terms");
  std::string other_ns = write_file("otherns.xml", "<div xmlns=\"urn:x\" xml:id=\"terms\"/>");
  EXPECT_EQ(load_error(other_ns, AuthorityKind::terms).message,
            "no TEI div xml:id=\"terms\" in this file: expected the volume's list of terms");
}

TEST(AuthorityList, DuplicateIdsAreErrors) {
  std::string path =
      write_file("duplicate.xml", kPersonsHead +
                                      "<item><persName xml:id=\"p_A1\">A, B</persName></item>\n"
                                      "<item><persName xml:id=\"p_C1\">C, D</persName></item>\n"
                                      "<item><persName xml:id=\"p_A1\">A, E</persName></item>\n"
                                      "</list></div>\n");
  AuthorityError error = load_error(path, AuthorityKind::persons);
  EXPECT_EQ(error.to_string(), path + ":4: duplicate id \"p_A1\" (first at line 2)");
  std::string tsv = write_file("duplicate.tsv", "t_A1\tA\ta\nt_A1\tA\tb\n");
  EXPECT_EQ(load_error(tsv, AuthorityKind::terms).to_string(),
            tsv + ":2: duplicate id \"t_A1\" (first at line 1)");
}

TEST(AuthorityList, FindWorksOnListsBuiltByHand) {
  AuthorityList list;
  list.entries.push_back({"p_A1", "A, B", "", {"A, B"}});
  EXPECT_NE(list.find("p_A1"), nullptr);  // not indexed: scanned
  list.index();
  list.entries.push_back({"p_C1", "C, D", "", {"C, D"}});
  EXPECT_NE(list.find("#p_C1"), nullptr);  // index out of step: scanned
  list.index();
  EXPECT_EQ(list.find("p_E1"), nullptr);
  EXPECT_EQ(list.find("p_C1")->name, "C, D");
}

TEST(AuthorityList, FormsFindThePersonsInText) {
  AuthorityList list = load_ok(kData + "/persons.xml", AuthorityKind::persons);
  PhraseIndex index;
  for (std::size_t i = 0; i < list.entries.size(); ++i)
    for (const std::string& form : list.entries[i].forms) index.add(form, static_cast<int>(i));
  std::string text =
      "General Corlan told Zoltan D.\nVarkonyi and Secretary Pellworth’s deputy, Dorsey Brackley, "
      "Jr., that Henri de Vaucelles and De Vaucelles agreed.";
  std::vector<std::string> found;
  for (const PhraseIndex::Match& m : index.find_all(text))
    for (int value : m.values)
      found.push_back(text.substr(m.begin, m.end - m.begin) + "=" + list.entries[value].id);
  EXPECT_EQ(found, (std::vector<std::string>{"General Corlan=p_CBP1", "Zoltan D.\nVarkonyi=p_VZ1",
                                             "Pellworth=p_PA1", "Dorsey Brackley, Jr.=p_BRDJ1",
                                             "Henri de Vaucelles=p_VH1", "De Vaucelles=p_VH1"}));
}

TEST(AuthorityError, Formats) {
  EXPECT_EQ((AuthorityError{"f.xml", 3, 7, "m"}).to_string(), "f.xml:3:7: m");
  EXPECT_EQ((AuthorityError{"f.xml", 3, 0, "m"}).to_string(), "f.xml:3: m");
  EXPECT_EQ((AuthorityError{"f.xml", 0, 0, "m"}).to_string(), "f.xml: m");
  EXPECT_EQ((AuthorityError{"", 0, 0, "m"}).to_string(), "m");
}

TEST(AuthorityList, LoadsConcurrently) {
  std::string bad = write_file("concurrent_bad.xml", kPersonsHead + "<item>\n</list></div>");
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        auto good = load_authority_list(kData + "/persons.xml", AuthorityKind::persons);
        auto error = load_authority_list(bad, AuthorityKind::persons);
        if (!std::holds_alternative<AuthorityList>(good) ||
            std::get<AuthorityList>(good).entries.size() != 6)
          ++failures[t];
        if (!std::holds_alternative<AuthorityError>(error) ||
            std::get<AuthorityError>(error).line != 3)
          ++failures[t];
      }
    });
  for (std::thread& thread : threads) thread.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

}  // namespace
}  // namespace cabletei
