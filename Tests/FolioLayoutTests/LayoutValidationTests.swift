//! The bundled layouts pass validation for their purpose; mistakes are all reported, with lines.

import FolioCore
import FolioLayout
import FolioTestSupport
import XCTest

final class LayoutValidationTests: XCTestCase {
    func load(_ name: String, _ purpose: LayoutPurpose) throws -> LayoutSpec {
        try LayoutSpecLoader.load(path: TestResources.layoutPath(name), purpose: purpose)
    }

    func testBundledLayoutsAreValidForTheirPurpose() throws {
        XCTAssertEqual(try load("print.yaml", .report).name, "print")
        XCTAssertEqual(try load("letter.yaml", .report).name, "letter")
        XCTAssertEqual(try load("brief.yaml", .brief).name, "brief")
    }

    /// The brief layout has no cover template or body-level report styles: it is not a report layout.
    func testBriefLayoutIsNotAReportLayout() throws {
        XCTAssertThrowsError(try load("brief.yaml", .report)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("no \"cover\" template"), text)
        }
    }

    func testEveryProblemIsReportedAtOnceWithItsLine() throws {
        let yaml = """
        name: tiny
        page:
          size: Letter
          margins: { top: 1in, bottom: 1in, inner: 1in, outer: 1in }
        templates:
          body: { columns: 0, gutter: -2mm }
        theme:
          fonts: { text: Inter }
          colors: { text: "#111111", accent: red, muted: "#777777", rule: "#cccccc" }
          paragraphs:
            body: { font: text, size: 10, leading: 9, align: justfy }
          headings: {}
          tables: {}
        """
        XCTAssertThrowsError(try LayoutSpecLoader.parse(yaml, path: "tiny.yaml")) { error in
            guard let list = error as? DiagnosticList else { return XCTFail("\(error)") }
            let lines = list.diagnostics.map(\.description)
            XCTAssertEqual(lines.count, 5, lines.joined(separator: "\n"))
            XCTAssertTrue(lines.contains { $0.hasPrefix("tiny.yaml:6: templates.body.columns must be at least 1") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("tiny.yaml:6: templates.body.gutter must be 0 or more") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("tiny.yaml:9: theme.colors.accent: \"red\" is not a colour") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("tiny.yaml:11: theme.paragraphs.body.leading 9 is less than the size 10") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.contains("align \"justfy\" is not one of left, center, right, justify (did you mean \"justify\"?)") },
                          "\(lines)")
        }
    }

    /// The line-breaking choice of a paragraph style is checked like the other choices.
    func testBreakingIsOptimalOrGreedy() throws {
        let yaml = """
        name: tiny
        page:
          size: Letter
          margins: { top: 1in, bottom: 1in, inner: 1in, outer: 1in }
        templates:
          body: { columns: 1 }
        theme:
          fonts: { text: Inter }
          colors: { text: "#111111", accent: "#aa3300", muted: "#777777", rule: "#cccccc" }
          paragraphs:
            body: { font: text, size: 10, leading: 13, align: justify, breaking: optimum }
            caption: { font: text, size: 8, leading: 10, breaking: greedy }
          headings: {}
          tables: {}
        """
        XCTAssertThrowsError(try LayoutSpecLoader.parse(yaml, path: "tiny.yaml")) { error in
            let lines = (error as? DiagnosticList)?.diagnostics.map(\.description) ?? ["\(error)"]
            XCTAssertEqual(lines.count, 1, lines.joined(separator: "\n"))
            XCTAssertTrue(lines[0].hasPrefix("tiny.yaml:11:") && lines[0].contains("breaking \"optimum\" is not one of optimal, greedy"),
                          lines[0])
        }
    }

    func testBreakingRulesLetterStretchAndProtrusionAreChecked() throws {
        let yaml = """
        name: tiny
        page:
          size: Letter
          margins: { top: 1in, bottom: 1in, inner: 1in, outer: 1in }
        templates:
          body: { columns: 1 }
        theme:
          fonts: { text: Inter }
          colors: { text: "#111111", accent: "#aa3300", muted: "#777777", rule: "#cccccc" }
          hyphenation: { finalHyphen: sometimes }
          protrusion: { ".": [0, 0.7], "--": [0, 0.5], ",": [0.5] }
          paragraphs:
            body: { font: text, size: 10, leading: 13, align: justify, letterStretch: 0.5, hyphenateCapitalized: true, finalHyphen: false }
          headings: {}
          tables: {}
        """
        XCTAssertThrowsError(try LayoutSpecLoader.parse(yaml, path: "tiny.yaml")) { error in
            let lines = (error as? DiagnosticList)?.diagnostics.map(\.description) ?? ["\(error)"]
            let text = lines.joined(separator: "\n")
            XCTAssertEqual(lines.count, 4, text)
            XCTAssertTrue(text.contains("tiny.yaml:10:") && text.contains("finalHyphen"), text)
            XCTAssertTrue(text.contains("theme.protrusion.--"), text)
            XCTAssertTrue(text.contains("theme.protrusion.,"), text)
            XCTAssertTrue(text.contains("tiny.yaml:13:") && text.contains("letterStretch 0.5 is out of range"), text)
        }
    }

    func testCustomPageSizeAndLandscapeAreAccepted() throws {
        let yaml = """
        name: square
        page:
          size: custom
          width: 200mm
          height: 200mm
          orientation: landscape
          margins: { top: 15mm, bottom: 15mm, inner: 15mm, outer: 15mm }
        templates:
          body: { columns: 2, gutter: 5mm }
        theme:
          fonts: { text: Inter }
          colors: { text: "#111111", accent: "#aa3300", muted: "#777777", rule: "#cccccc" }
          paragraphs:
            body: { font: text, size: 10, leading: 13 }
          headings: {}
          tables: {}
        """
        let spec = try LayoutSpecLoader.parse(yaml, path: "square.yaml")
        XCTAssertEqual(spec.page.pageSize.width, 200 * 72 / 25.4, accuracy: 0.01)
    }

    /// Files of the wrong shape are errors with a line, never a crash or a decoding dump.
    func testWrongShapesAreLocatedErrors() {
        let inputs = ["- a\n- b\n", "just text\n", "name: [1, 2]\npage: 3\ntemplates: x\ntheme: y\n",
                      "name: x\npage:\n  size: A4\n  margins: { top: 1in, bottom: 1in, inner: 1in, outer: 1in }\ntemplates:\n  body: [1]\n"
                        + "theme:\n  fonts: { text: Inter }\n  colors: []\n  paragraphs: { body: 12 }\n  headings: {}\n  tables: {}\n"]
        for input in inputs {
            XCTAssertThrowsError(try LayoutSpecLoader.parse(input, path: "odd.yaml")) { error in
                let lines = (error as? DiagnosticList)?.diagnostics.map(\.description) ?? [(error as? Diagnostic)?.description ?? "\(error)"]
                XCTAssertFalse(lines.isEmpty)
                for line in lines {
                    XCTAssertTrue(line.hasPrefix("odd.yaml:") && line.dropFirst(9).first?.isNumber == true, "unlocated: \(line)")
                }
            }
        }
    }
}

final class ColorSystemValidationTests: XCTestCase {
    /// Too few dimension colours for an edition of 12 dimensions, or a tier colour used twice, is an error with its line.
    func testColourSystemPalettesAreChecked() throws {
        let yaml = """
        name: tiny
        page:
          size: Letter
          margins: { top: 1in, bottom: 1in, inner: 1in, outer: 1in }
        templates:
          body: { columns: 1 }
        theme:
          fonts: { text: Inter }
          colors: { text: "#111111", accent: "#b4461b", muted: "#777777", rule: "#cccccc" }
          paragraphs:
            body: { font: text, size: 10, leading: 12 }
          headings: {}
          tables: {}
          palettes:
            tiers: ["#f2b134", "#e07a3f", "#F2B134"]
            dimensions: ["#cc3311", "#66ccee"]
            correlations: ["#67001f", "#053061"]
        """
        XCTAssertThrowsError(try LayoutSpecLoader.parse(yaml, path: "tiny.yaml")) { error in
            guard let list = error as? DiagnosticList else { return XCTFail("\(error)") }
            let lines = list.diagnostics.map(\.description)
            XCTAssertEqual(lines.count, 3, lines.joined(separator: "\n"))
            XCTAssertTrue(lines.contains { $0.hasPrefix("tiny.yaml:15: theme.palettes.tiers: #f2b134 appears twice") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("tiny.yaml:16: theme.palettes.dimensions has 2 colour(s); it needs at least 12") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("tiny.yaml:17: theme.palettes.correlations has 2 colour(s); it needs at least 3") }, "\(lines)")
        }
    }
}
