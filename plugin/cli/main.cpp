// The cabletei command line: `cabletei encode INPUT... [-o PATH] ...`, `cabletei render ...`.
// Parses arguments with CLI11 and hands each command to its own module.
#include <cabletei.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "encode_command.hpp"
#include "render_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"cabletei: raw diplomatic cables to FRUS-style TEI"};
  app.set_version_flag("--version", std::string(cabletei_version()));
  app.require_subcommand(1);

  cli::EncodeRequest encode;
  std::string diagnostics = "text";
  CLI::App* enc = app.add_subcommand("encode", "encode raw cables as TEI documents");
  enc->add_option("INPUT", encode.inputs, "cable text files ('-' for standard input)")->required();
  enc->add_option("-o,--output", encode.output,
                  "output file (one input; default stdout) or directory (several inputs)");
  enc->add_option("--persons", encode.persons, "the volume's list of persons (TEI or TSV)");
  enc->add_option("--terms", encode.terms, "the volume's list of abbreviations (TEI or TSV)");
  enc->add_option("--style", encode.styles,
                  "a Lua house-style script (repeatable, applied in order; default: the FRUS "
                  "style, " +
                      cli::default_style_dir() + "/frus.lua)");
  enc->add_option("--param", encode.params, "NAME=VALUE for the style scripts (cx.params)");
  enc->add_flag("--no-style", encode.no_style, "skip the house-style stage (lists are unused)");
  enc->add_option("-j,--jobs", encode.jobs, "parallel workers (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  enc->add_option("--diagnostics", diagnostics, "diagnostic format")
      ->check(CLI::IsMember({"text", "json"}));

  cli::RenderRequest render;
  CLI::App* ren = app.add_subcommand(
      "render", "render TEI as HTML (a page, or a volume's site), XSL-FO or PDF (through FOP)");
  ren->add_option("INPUT", render.input, "the TEI file (a volume renders to a folder in html)")
      ->required();
  ren->add_option("--to", render.format, "output format: html, fo or pdf")->capture_default_str();
  ren->add_option("-o,--output", render.output,
                  "output file or folder (a document, or any input in fo and pdf; default "
                  "stdout), folder (a volume in html)");
  ren->add_option("--fop", render.fop, "the FOP program for pdf (default: fop)");
  ren->add_option("--fop-config", render.fop_config,
                  "a FOP configuration file (default: the one the build wrote, DejaVu fonts)");
  ren->add_option("--param", render.params, "NAME=VALUE for the stylesheet (a literal string)");
  ren->add_option("--xsl", render.stylesheet,
                  "an XSLT 1.0 stylesheet to use instead of the installed ones");
  ren->add_option("--diagnostics", diagnostics, "diagnostic format")
      ->check(CLI::IsMember({"text", "json"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  if (enc->parsed()) {
    encode.diagnostics =
        diagnostics == "json" ? cli::DiagnosticStyle::json : cli::DiagnosticStyle::text;
    return cli::run_encode(encode);
  }
  if (ren->parsed()) {
    render.diagnostics =
        diagnostics == "json" ? cli::DiagnosticStyle::json : cli::DiagnosticStyle::text;
    return cli::run_render(render);
  }
  return 2;
}
