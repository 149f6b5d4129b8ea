#!/usr/bin/env python3
"""assemble_volume.py: builds one volume TEI from separate files, at test time, in the build
folder: lists (div xml:id="persons"/"terms") go to text/front, documents to text/body.

usage: assemble_volume.py OUT.xml --title TITLE [--list FILE]... DOC.xml...
A DOC may be a bare <div type="document"> (the dev corpus) or a whole TEI (cabletei's own
output), whose body's document divisions are taken."""
import argparse
import sys
import xml.etree.ElementTree as ET

TEI = "http://www.tei-c.org/ns/1.0"
NAMESPACES = {"": TEI, "frus": "http://history.state.gov/frus/ns/1.0",
              "xi": "http://www.w3.org/2001/XInclude"}


def documents(path):
    """The document divisions of one file."""
    root = ET.parse(path).getroot()
    if root.tag == f"{{{TEI}}}TEI":
        return root.findall(f".//{{{TEI}}}body//{{{TEI}}}div[@type='document']")
    return [root]


def header(title):
    tei_header = ET.Element(f"{{{TEI}}}teiHeader")
    file_desc = ET.SubElement(tei_header, f"{{{TEI}}}fileDesc")
    title_stmt = ET.SubElement(file_desc, f"{{{TEI}}}titleStmt")
    ET.SubElement(title_stmt, f"{{{TEI}}}title", {"type": "complete"}).text = title
    ET.SubElement(ET.SubElement(file_desc, f"{{{TEI}}}publicationStmt"), f"{{{TEI}}}p").text = \
        "Assembled for a test."
    ET.SubElement(ET.SubElement(file_desc, f"{{{TEI}}}sourceDesc"), f"{{{TEI}}}p").text = \
        "Test volume."
    return tei_header


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--title", required=True)
    parser.add_argument("--list", action="append", default=[])
    parser.add_argument("docs", nargs="+")
    args = parser.parse_args()
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix, uri)
    tei = ET.Element(f"{{{TEI}}}TEI")
    tei.append(header(args.title))
    text = ET.SubElement(tei, f"{{{TEI}}}text")
    front = ET.SubElement(text, f"{{{TEI}}}front")
    for path in args.list:
        front.append(ET.parse(path).getroot())
    body = ET.SubElement(text, f"{{{TEI}}}body")
    count = 0
    for path in args.docs:
        for div in documents(path):
            body.append(div)
            count += 1
    if count < 2:
        sys.exit(f"assemble_volume.py: a volume needs two documents or more, got {count}")
    ET.ElementTree(tei).write(args.out, encoding="UTF-8", xml_declaration=True)


if __name__ == "__main__":
    main()
