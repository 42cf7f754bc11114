//! FolioMarkdown: cmark-gfm trees become values; tokens, lines and raw HTML come out right.

import Dispatch
import Foundation
import Testing
import FolioMarkdown

@Suite struct MarkdownTests {
    func blocks(_ text: String, offset: Int = 0) -> [MarkdownBlock] {
        MarkdownDocument(parsing: text, lineOffset: offset).blocks
    }

    @Test func splitsReferencesAndDataTokens() {
        let b = blocks("A claim[^3], {{ top  5  economic-strength }} and [a link](https://x.org)[^12].")
        #expect(b == [.paragraph([
            .text("A claim"), .reference(3), .text(", "), .data(expression: "top 5 economic-strength", line: 1),
            .text(" and "), .link(url: "https://x.org", content: [.text("a link")]), .reference(12), .text("."),
        ], line: 1)])
    }

    @Test func tokensInsideEmphasisAndNotInCode() {
        let b = blocks("*lead {{rank x}}* and `{{rank y}}` [^x]")
        #expect(b == [.paragraph([
            .emphasis([.text("lead "), .data(expression: "rank x", line: 1)]), .text(" and "),
            .code("{{rank y}}"), .text(" [^x]"),
        ], line: 1)])
    }

    @Test func tokensBetweenMultibyteTextAndUnclosedBraces() {
        // Text around tokens is copied whole; an unclosed "{{" stops the data search, not the
        // footnote search; "[^" and "{{" glued to a combining mark are not tokens.
        let b = blocks("Zhèngzhōu – 郑州[^4]{{rank x}}… [^5] and {{ open [^6] [\u{301}^7]")
        #expect(b == [.paragraph([
            .text("Zhèngzhōu – 郑州"), .reference(4), .data(expression: "rank x", line: 1), .text("… "),
            .reference(5), .text(" and {{ open "), .reference(6), .text(" [\u{301}^7]"),
        ], line: 1)])
    }

    @Test func rawHTMLIsLiteralText() {
        let b = blocks("AT&T <b>not bold</b> &amp; 1 < 2\n\n<div>block</div>\n")
        guard case .paragraph(let inlines, _) = b[0] else { Issue.record("expected paragraph"); return }
        #expect(inlines.plainText == "AT&T <b>not bold</b> & 1 < 2")
        #expect(inlines.contains(.html("<b>")))
        #expect(b[1] == .htmlBlock("<div>block</div>\n", line: 3))
    }

    @Test func unclosedEmphasisStaysText() {
        #expect(blocks("*unclosed and **also") == [.paragraph([.text("*unclosed and **also")], line: 1)])
    }

    @Test func fileLinesThroughFrontMatterAndSoftBreaks() throws {
        let file = "---\ntitle: T\n---\n# Head\n\nfirst line\nsecond {{cities}} line\n"
        let split = try FrontMatter.split(file)
        #expect(split.yaml == "title: T")
        #expect(split.yamlFirstLine == 2)
        #expect(split.bodyLineOffset == 3)
        let b = blocks(split.body, offset: split.bodyLineOffset)
        #expect(b[0] == .heading(level: 1, content: [.text("Head")], line: 4))
        #expect(b[1] == .paragraph([.text("first line"), .softBreak, .text("second "),
                                    .data(expression: "cities", line: 7), .text(" line")], line: 6))
    }

    @Test func frontMatterEdgeCases() throws {
        #expect(try FrontMatter.split("no front matter\n").yaml == nil)
        #expect(try FrontMatter.split("---\r\na: 1\r\n---\r\nbody").yaml == "a: 1")
        #expect(try FrontMatter.split("---\r\na: 1\r\n---\r\nbody\r\nmore").body == "body\nmore")
        #expect(throws: FrontMatterError.unterminated(openingLine: 1)) { try FrontMatter.split("---\na: 1\n") }
    }

    @Test func listsQuotesTablesCode() {
        let b = blocks("3. three\n4. four\n\n- a\n- b\n\n> quoted\n\n```\ncode\n```\n\n| L | R |\n|:--|--:|\n| 1 | 2 |\n\n---\n")
        #expect(b[0] == .orderedList(start: 3, items: [[.paragraph([.text("three")], line: 1)], [.paragraph([.text("four")], line: 2)]], line: 1))
        #expect(b[1] == .bulletList(items: [[.paragraph([.text("a")], line: 4)], [.paragraph([.text("b")], line: 5)]], line: 4))
        #expect(b[2] == .blockQuote([.paragraph([.text("quoted")], line: 7)], line: 7))
        #expect(b[3] == .codeBlock("code\n", line: 9))
        #expect(b[4] == .table(header: [[.text("L")], [.text("R")]], rows: [[[.text("1")], [.text("2")]]],
                               alignments: [.left, .right], line: 13))
        #expect(b[5] == .thematicBreak(line: 17))
    }

    @Test func strikethroughAndAutolink() {
        let b = blocks("~~gone~~ www.example.com")
        guard case .paragraph(let inlines, _) = b[0] else { Issue.record("expected paragraph"); return }
        #expect(inlines.first == .strikethrough([.text("gone")]))
        #expect(inlines.contains { if case .link = $0 { return true } else { return false } })
    }

    /// cmark-gfm 0.29 parses with global state (extension registration, special characters);
    /// parses on several threads at once must give what one thread gives, and not crash.
    @Test func parsesOnManyThreadsAtOnceMatchSerialParses() {
        let texts = (0..<8).map { i in
            "| a | b |\n|---|--:|\n| ~~x\(i)~~ | \(i) |\n\nSee www.example.org/\(i) and *this*[^\(i + 1)].\n"
        }
        let expected = texts.map { blocks($0) }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var mismatches = 0
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 400) { n in
            let i = n % texts.count
            if MarkdownDocument(parsing: texts[i]).blocks != expected[i] {
                results.lock.lock(); results.mismatches += 1; results.lock.unlock()
            }
        }
        #expect(results.mismatches == 0)
        if case .table = expected[0].first {} else { Issue.record("expected a table first: \(expected[0])") }
    }

    @Test func nestingIsMeasuredAndBounded() {
        let deep = MarkdownDocument(parsing: String(repeating: "> ", count: 500) + "x\n")
        #expect(deep.deepestNesting.depth >= 500)
        _ = deep.blocks // must not exhaust the stack
        #expect(MarkdownDocument(parsing: "plain\n").deepestNesting.depth <= 2)
    }
}
