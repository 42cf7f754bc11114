//! Small synthetic documents and a shared layouter for the layout tests.

import FolioDocument
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

enum LayoutFixtures {
    static func layouter(_ layout: String = "print.yaml") throws -> DocumentLayouter {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath(layout))
        return DocumentLayouter(spec: spec, shaper: shaper, hyphenator: try Hyphenator())
    }

    static let words = ["cities", "compete", "for", "talent", "capital", "and", "ideas", "while", "regional",
                        "networks", "spread", "investment", "across", "provinces", "with", "remarkable", "speed"]

    /// Deterministic filler prose: sentence `n` of paragraph `p` is unique, so order can be checked.
    static func paragraphText(_ p: Int, sentences: Int) -> String {
        (0..<sentences).map { s in
            let body = (0..<12).map { words[($0 * 7 + s * 3 + p) % words.count] }.joined(separator: " ")
            return "P\(p)S\(s) " + body + "."
        }.joined(separator: " ")
    }

    static func document(_ blocks: [Block], template: String = "body") -> Document {
        Document(info: DocumentInfo(title: "Test"), sections: [Section(template: template, runningTitle: "Tests", blocks: blocks)])
    }

    static func table(rows: Int) -> TableBlock {
        TableBlock(columns: [TableColumn(width: .fixed(30), numeric: true), TableColumn(width: .auto), TableColumn(width: .auto, numeric: true)],
                   headerRows: [TableRow(cells: [TableCell(text: "Rank"), TableCell(text: "City"), TableCell(text: "Score")])],
                   rows: (1...rows).map { TableRow(cells: [TableCell(text: "\($0)"), TableCell(text: "City \($0)"), TableCell(text: "\(1000 - $0)")]) },
                   caption: [.text("Long table")], id: "long-table", spanAll: true)
    }
}

extension Page {
    /// Text lines in reading order of columns: sorted by x band, then y.
    var linesByPosition: [TextLine] { textLines.sorted { ($0.origin.x, $0.origin.y) < ($1.origin.x, $1.origin.y) } }
}
