//! Bad input that only shows when pages are made: raw HTML, uncovered characters, right-to-left
//! text, zero-width characters, huge words, rows taller than a page, empty charts.

import FolioBuild
import FolioCore
import FolioExport
import FolioPage
import FolioTestSupport
import Foundation
import Testing

@Suite(.serialized) struct RenderingInputTests {
    @Test func rawHTMLAndAmpersandsPrintLiterally() throws {
        let edition = try RobustEdition("html")
        defer { edition.remove() }
        // text/intro.md of the mini edition ends with "AT&T <b>not bold</b> stays literal."
        try edition.culture("Markup <i>stays</i> & so do <span size=\"9\">Pango tags</span>; CommonMark decodes &amp; to &.")
        let output = try edition.build()
        let pdf = edition.folder.appendingPathComponent("html.pdf").path
        try PDFExporter().export(output.pages, info: output.info, to: pdf)
        let text = try ExternalTools.run("pdftotext", [pdf, "-"]).stdout
        #expect(text.contains("AT&T <b>not bold</b> stays literal."))
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Markup <i>stays</i> & so do <span size=\"9\">Pango tags</span>; CommonMark decodes & to &."), "\(words.range(of: "Markup").map { String(words[$0.lowerBound...].prefix(120)) } ?? "no Markup")")
    }

    @Test func characterNoFontCoversIsALocatedError() throws {
        let edition = try RobustEdition("emoji")
        defer { edition.remove() }
        try edition.culture("Culture text.\n\nA smile 😀 here.")
        let failure = try #require(RobustEdition.failure { _ = try edition.build() })
        #expect(failure.code == 1)
        #expect(failure.lines == ["narratives/culture.md:6: no bundled font has the character U+1F600 '😀'; add a font that covers it to Fonts/ or remove the character"],
                "\(failure.lines)")
    }

    /// The bundled fonts cover Latin, Greek, Cyrillic and Simplified Chinese. Hebrew and Arabic
    /// are not covered: an error per character, never a tofu box or a reversed line.
    @Test func rightToLeftScriptsAreErrorsNotTofu() throws {
        let edition = try RobustEdition("rtl")
        defer { edition.remove() }
        try edition.culture("Hebrew שלום.\n\nArabic مرحبا.")
        let failure = try #require(RobustEdition.failure { _ = try edition.build() })
        #expect(failure.code == 1)
        #expect(failure.lines.contains { $0.hasPrefix("narratives/culture.md:4: no bundled font has the character U+05E9 'ש'") }, "\(failure.lines)")
        #expect(failure.lines.contains { $0.hasPrefix("narratives/culture.md:6: no bundled font has the character U+0627 'ا'") }, "\(failure.lines)")
        #expect(failure.lines.allSatisfy { $0.contains("no bundled font has the character") })
    }

    /// Zero-width characters are kept (joiners matter in some scripts; a zero-width space is
    /// a break opportunity) and draw nothing: no tofu, no diagnostics. C0 controls are
    /// refused by the loader (corpus cases csv-control-character, md-control-character).
    @Test func zeroWidthCharactersDrawNothing() throws {
        let edition = try RobustEdition("zero-width")
        defer { edition.remove() }
        try edition.culture("Joiner a\u{200D}b, non-joiner c\u{200C}d, space e\u{200B}f, word joiner g\u{2060}h, greek αβγ, cyrillic жз.")
        let output = try edition.build()
        #expect(output.layout.diagnostics.isEmpty, "\(output.layout.diagnostics)")
        let text = output.pages.flatMap(\.textLines).map(\.text).joined(separator: "\n")
        #expect(text.contains("greek αβγ"))
    }

    /// A 10,000-character word is broken inside the column (Pango's word-char wrapping):
    /// every line of every page stays within the column width.
    @Test func tenThousandCharacterWordBreaksWithinTheColumn() throws {
        let edition = try RobustEdition("long-word")
        defer { edition.remove() }
        try edition.culture("Start " + String(repeating: "x", count: 10_000) + " end.")
        let output = try edition.build()
        #expect(output.layout.diagnostics.isEmpty, "\(output.layout.diagnostics)")
        let xs = output.pages.flatMap(\.textLines).filter { $0.text.hasPrefix("xxxx") || $0.text.hasPrefix("Start xx") }
        #expect(xs.count > 20)
        // Print layout: A4 with two columns; the widest column is well under half the page.
        let widest = xs.map(\.width).max() ?? 0
        let pageWidth = output.pages[0].size.width
        #expect(widest > 100 && widest < pageWidth / 2, "widest line \(widest) pt on a \(pageWidth) pt page")
        for page in output.pages {
            for line in page.textLines {
                #expect(line.origin.x >= 0 && line.origin.x + line.width <= page.size.width, "line \"\(line.text.prefix(20))\" overflows the page")
            }
        }
        #expect(xs.map { $0.text.filter { $0 == "x" }.count }.reduce(0, +) == 10_000)
    }

    /// An empty narrative never reaches layout: the loader refuses it with the file and line
    /// (corpus case md-empty-narrative).
    @Test func emptyNarrativeIsRefused() throws {
        let edition = try RobustEdition("empty")
        defer { edition.remove() }
        try edition.write("narratives/culture.md", "---\ntitle: Culture\n---\n")
        let failure = try #require(RobustEdition.failure { _ = try edition.build() })
        #expect(failure.code == 1)
        #expect(failure.lines.contains { $0.hasPrefix("empty/narratives/culture.md:") && $0.contains("no text after the front matter") }, "\(failure.lines)")
    }

    /// A table row taller than a page is reported by layout; `--strict` turns it into an error.
    @Test func tableRowTallerThanAPageFailsInStrictMode() throws {
        let edition = try RobustEdition("tall-row")
        defer { edition.remove() }
        let cell = Array(repeating: "a long cell that keeps going", count: 250).joined(separator: " ")
        try edition.culture("Culture text.\n\n| City | Note |\n|---|---|\n| Aston | \(cell) |\n")
        let output = try edition.build()
        #expect(!output.layout.diagnostics.isEmpty)
        let failure = try #require(RobustEdition.failure { _ = try edition.build(strict: true) })
        #expect(failure.code == 1)
        #expect(failure.lines.allSatisfy { $0.hasSuffix("(strict mode)") }, "\(failure.lines)")
        #expect(failure.lines.contains { $0.hasPrefix("narratives/culture.md:") }, "\(failure.lines)")
    }

    /// A chart bound to nothing fails the build with a message that names the chart.
    @Test func chartWithNoDataIsAnError() throws {
        let edition = try RobustEdition("no-data", charts: "\"top:{dimension}:0\"")
        defer { edition.remove() }
        let failure = try #require(RobustEdition.failure { _ = try edition.build() })
        #expect(failure.code != 0)
        // One message per chapter chart, located at the chart's line of the structure file.
        #expect(failure.lines.count == 2, "\(failure.lines)")
        #expect(failure.lines.allSatisfy { $0.contains("structure.yaml:6: figure could not be drawn: ranked bar chart \"Leading cities: ") && $0.hasSuffix("has no data to show") }, "\(failure.lines)")
    }
}
