//! Page snapshots: a two-column body page, a split table page, a contents page, two layouts.

import FolioDocument
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class LayoutSnapshotTests: XCTestCase {
    func body() -> Document {
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("Regional synergy")], id: "rs", spanAll: true))]
        for n in 0..<6 {
            blocks.append(.heading(Heading(level: 2, content: [.text("Section \(n + 1)")], id: "s\(n)")))
            blocks.append(.paragraph(Paragraph(content: [.text(LayoutFixtures.paragraphText(n, sentences: 4)), .footnoteMark(n + 1, destination: "refs")])))
            blocks.append(.paragraph(Paragraph(content: [.text(LayoutFixtures.paragraphText(n + 10, sentences: 3))])))
        }
        return LayoutFixtures.document(blocks)
    }

    func contents() -> Document {
        var sections = [Section(template: "front", runningTitle: "Contents", blocks: [.heading(Heading(level: 1, content: [.text("Contents")], id: "contents", inOutline: false, inContents: false)), .tableOfContents(TableOfContents())])]
        for c in 1...8 {
            sections.append(Section(template: "body", runningTitle: "Chapter \(c)", blocks: [
                .heading(Heading(level: 1, content: [.text("Chapter \(c): cities of opportunity")], id: "c\(c)", spanAll: true)),
                .heading(Heading(level: 2, content: [.text("Overview")], id: "c\(c)o")),
                .paragraph(Paragraph(content: [.text(LayoutFixtures.paragraphText(c, sentences: 20))])),
            ]))
        }
        return Document(info: DocumentInfo(title: "Contents test"), sections: sections)
    }

    func testSnapshots() throws {
        for layout in ["print", "letter"] {
            let layouter = try LayoutFixtures.layouter(layout + ".yaml")
            let bodyPages = layouter.layout(body()).pages
            try PageSnapshot.assert(bodyPages[0], named: "\(layout)-two-column-body")
            let tablePages = layouter.layout(LayoutFixtures.document([.table(LayoutFixtures.table(rows: 120))])).pages
            try PageSnapshot.assert(tablePages[1], named: "\(layout)-split-table")
            let tocPages = layouter.layout(contents()).pages
            try PageSnapshot.assert(tocPages[0], named: "\(layout)-contents")
        }
    }
}
