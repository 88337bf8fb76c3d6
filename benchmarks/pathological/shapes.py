#!/usr/bin/env python3
"""Writes the pathological input shapes the benchmark times, each about SIZE bytes.

    shapes.py --outdir DIR --size BYTES --canonical-xml FILE --annex-text FILE

  every-row-finding.txt   the annex text of --annex-text (the bundled programme's shape)
                          with an error on every table row: an unrecognised timeline,
                          or a malformed plan code where a row has no timeline
  every-line-finding.txt  a topic on every line, each with an error (a malformed plan
                          code): the shape of the issue's 40 kB reproducer, SIZE bytes
  one-cell.txt            annex text with one Tasks cell of SIZE bytes
  one-line.xml            the canonical XML of FILE with the white space between tags removed
  remarks-one-line.xml    <remark>s, all on one line
  text-node.xml           one <remark> of SIZE bytes
  references.xml          one <remark> of character references (&#38;), SIZE bytes
  attributes.xml          the root element with ATTRIBUTES attributes (default 10,000):
                          refused, more than 256 on one element
  crowded-tags.xml        <remark>s of 256 attributes each (the most allowed; every
                          attribute breaks the schema), SIZE bytes
  deep.xml                elements nested DEPTH deep (default 200, under libxml2's
                          limit of 256), repeated until SIZE bytes
  too-deep.xml            elements nested 100,000 deep: refused at libxml2's limit
  unknown-codes.xml       a legend of thousands of codes and as many topics, each citing
                          a code of no group (its help names the nearest codes), SIZE bytes

Deterministic: the same arguments give the same bytes.
"""
import argparse
import os
import re

HEADER_ROW = "No\tTopic\tTasks\tWCO Strategic Plan \u00b9\tType of task \u00b2\tResponsible body \u00b3\tPerformance Indicators\tTimeline\tProgress\n"
FOOTNOTES = (
    "\n\u00b9 Strategic Goal (**SG**): Provide leadership; Strategic Objectives (SOs): **SO1** \u2013 Facilitation; "
    "Strategic Processes (SPs): **SP6** \u2013 Sharing of knowledge and best practices\n\n"
    "\u00b2 The Work Programme differentiates two types of tasks: 1. **M** for 'Maintenance'; and 2. **A** for 'Advanced'.\n\n"
    "\u00b3 Apart from the PTC itself, responsible bodies include only those reporting to or informing the PTC.\n"
)
PREAMBLE = "Draft PTC Work Programme 2019-2022\nSeptember 2019\n\n" + HEADER_ROW
ROOT = '<work-programme xmlns="urn:wpc:work-programme:1">'
WORDS = "review progress implementing action plan customs administrations guidance members facilitation".split()


def words(size):
    """Plain words separated by spaces, `size` bytes long."""
    out, index, length = [], 0, 0
    while length < size:
        word = WORDS[index % len(WORDS)]
        out.append(word)
        length += len(word) + 1
        index += 1
    return " ".join(out)[:size]


def every_line_finding(size):
    rows, number, length = [], 1, len(PREAMBLE)
    while length < size:
        row = f"{number}.\tTopic {number}\tTask {number} of the programme\tSG SO1 sp6\tA\tPTC\tIndicator {number}\tJune 2020\t\n"
        rows.append(row)
        length += len(row.encode())
        number += 1
    return PREAMBLE + "".join(rows) + FOOTNOTES


def every_row_finding(annex):
    lines, header_seen = annex.split("\n"), False
    for index, line in enumerate(lines):
        cells = line.split("\t")
        if len(cells) != 9:
            continue
        if cells[0] == "No":
            header_seen = True
            continue
        if not header_seen:
            continue
        if cells[7]:
            cells[7] = "Someday"
        elif cells[3]:
            cells[3] = cells[3].lower()
        lines[index] = "\t".join(cells)
    return "\n".join(lines)


def one_cell(size):
    return PREAMBLE + f"1.\tTransit\t{words(size)}\tSG SO1 SP6\tA\tPTC\tCompendium endorsed\tJune 2020\t\n" + FOOTNOTES


def one_line(canonical):
    return re.sub(r">\s+<", "><", canonical.strip()) + "\n"


def remarks_one_line(size):
    remark, count = "<remark>a remark kept outside the table</remark>", 0
    body = remark * max(1, size // len(remark))
    return f"{ROOT}<title>T</title><remarks>{body}</remarks></work-programme>\n"


def text_node(size):
    return f"{ROOT}\n<title>T</title>\n<remarks>\n<remark>{words(size)}</remark>\n</remarks>\n</work-programme>\n"


def references(size):
    return f"{ROOT}\n<title>T</title>\n<remarks>\n<remark>{'&#38;' * (size // 5)}</remark>\n</remarks>\n</work-programme>\n"


def crowded_tags(size):
    names = " ".join(f'a{index}="{index}"' for index in range(256))
    remark = f"<remark {names}>text</remark>\n"
    return f"{ROOT}\n<title>T</title>\n<remarks>\n" + remark * max(1, size // len(remark)) + "</remarks>\n</work-programme>\n"


def attributes(count):
    names = " ".join(f'a{index}="{index}"' for index in range(count))
    return f"{ROOT[:-1]} {names}>\n<title>T</title>\n</work-programme>\n"


def deep(size, depth):
    one = "<x>" * depth + "text" + "</x>" * depth
    body = "\n".join([one] * max(1, size // (len(one) + 1)))
    return f"{ROOT}\n<title>T</title>\n<remarks>\n<remark>\n{body}\n</remark>\n</remarks>\n</work-programme>\n"


def unknown_codes(size):
    count = max(1, size // 300)
    legend = "".join(f'<entry code="SP{index}" group="SP">Process {index}</entry>\n' for index in range(1, count + 1))
    topics = "".join(
        f"<topic><number>{index + 1}.</number><title>Topic {index + 1}</title><task><text>Task</text><plan>QX{index}</plan>"
        "<type>M</type><bodies>PTC</bodies><indicator><text>I</text><timeline>June 2020</timeline></indicator></task></topic>\n"
        for index in range(count))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{ROOT}\n<title>T</title>\n<period first="2019" last="2022"/>\n'
            f'<legend>\n<group prefix="SP" name="Strategic Processes"/>\n{legend}</legend>\n<topics>\n{topics}</topics>\n</work-programme>\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--outdir", required=True)
    parser.add_argument("--size", type=int, default=5_000_000)
    parser.add_argument("--canonical-xml", required=True)
    parser.add_argument("--annex-text", required=True)
    parser.add_argument("--attributes", type=int, default=10_000)
    parser.add_argument("--depth", type=int, default=200)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    with open(args.canonical_xml, encoding="utf-8") as handle:
        canonical = handle.read()
    with open(args.annex_text, encoding="utf-8") as handle:
        annex = handle.read()
    shapes = {
        "every-row-finding.txt": every_row_finding(annex),
        "every-line-finding.txt": every_line_finding(args.size),
        "one-cell.txt": one_cell(args.size),
        "one-line.xml": one_line(canonical),
        "remarks-one-line.xml": remarks_one_line(args.size),
        "text-node.xml": text_node(args.size),
        "references.xml": references(args.size),
        "attributes.xml": attributes(args.attributes),
        "crowded-tags.xml": crowded_tags(args.size),
        "deep.xml": deep(args.size, args.depth),
        "unknown-codes.xml": unknown_codes(args.size),
        "too-deep.xml": f"{ROOT}<title>T</title><remarks><remark>" + "<x>" * 100_000 + "</x>" * 100_000 + "</remark></remarks></work-programme>\n",
    }
    for name, text in shapes.items():
        with open(os.path.join(args.outdir, name), "w", encoding="utf-8", newline="") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
