//! Total-fit breaking on real shaping: lines fill the measure, hyphens, text and links survive.

import FolioGraphics
import FolioPage
import FolioTestSupport
import XCTest

final class OptimalLinesTests: XCTestCase {
    var shaper: TextShaper!
    var hyphenator: Hyphenator!

    override func setUpWithError() throws {
        shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        hyphenator = try Hyphenator()
    }

    let style = TextStyle(family: "Noto Serif", size: 9.4)
    let narrative = """
        Regional synergy measures how far a city draws strength from its neighbours: shared transport \
        corridors, integrated labour markets, joint innovation platforms and the everyday commuting that \
        turns separate municipalities into one metropolitan economy. Cities that coordinate infrastructure \
        investment, harmonise administrative procedures and open their public services to residents of \
        nearby places tend to attract more capital and talent than those that compete alone. The \
        dimension therefore rewards institutional cooperation as much as physical connection, and its \
        leaders are found in the three great city clusters of the east.
        """

    func shape(_ text: String, width: Double, breaking: LineBreaking, indent: Double = 0,
               maxHyphens: Int? = nil, spans: [TextSpan]? = nil) -> ShapedParagraph {
        shaper.shape(spans ?? [TextSpan(hyphenator.hyphenate(text: text), style: style)],
                     format: ParagraphFormat(width: width, alignment: .justify, firstLineIndent: indent,
                                             breaking: breaking, maxConsecutiveHyphens: maxHyphens))
    }

    func testJustifiedLinesFillTheMeasureAndKeepEveryCharacter() {
        let p = shape(narrative, width: 180, breaking: .optimal, indent: 11)
        XCTAssertGreaterThan(p.lines.count, 8)
        XCTAssertEqual(p.lines[0].x, 11, accuracy: 0.001)
        for line in p.lines.dropLast() {
            XCTAssertEqual(line.x + line.width, 180, accuracy: 0.6, line.text)
        }
        XCTAssertLessThan(p.lines.last!.width, 179)
        let joined = p.lines.map(\.text).joined().replacingOccurrences(of: " ", with: "")
        let hyphenated = p.lines.filter(\.endsWithHyphen).count
        XCTAssertGreaterThan(hyphenated, 0, "a narrow measure should use some hyphen")
        XCTAssertEqual(joined.count, narrative.replacingOccurrences(of: " ", with: "").count + hyphenated)
        for line in p.lines where line.endsWithHyphen { XCTAssertTrue(line.text.hasSuffix("-"), line.text) }
    }

    func testHyphenLimitAndLinksSurvive() {
        let text = hyphenator.hyphenate(text: narrative)
        let cut = text.index(text.startIndex, offsetBy: 200)
        let spans = [TextSpan(String(text[..<cut]), style: style),
                     TextSpan("linked words here", style: style, link: .destination("d")),
                     TextSpan(String(text[cut...]), style: style)]
        let p = shape("", width: 120, breaking: .optimal, maxHyphens: 1, spans: spans)
        var run = 0
        for line in p.lines {
            run = line.endsWithHyphen ? run + 1 : 0
            XCTAssertLessThanOrEqual(run, 1)
        }
        let links = p.lines.flatMap(\.links)
        XCTAssertFalse(links.isEmpty)
        for (line, link) in p.lines.flatMap({ l in l.links.map { (l, $0) } }) {
            XCTAssertGreaterThanOrEqual(link.minX, line.x - 0.01)
            XCTAssertLessThanOrEqual(link.maxX, line.x + line.width + 0.01)
            XCTAssertGreaterThan(link.maxX - link.minX, 5)
        }
    }

    /// Space ratios of the justified lines (every line but the last): each line's mean space
    /// over the natural space.
    func spaceRatios(_ p: ShapedParagraph, natural: Double) -> [Double] {
        p.lines.dropLast().compactMap { line in
            let spaces = line.runs.flatMap(spaceAdvances).filter { $0 > 0.01 }   // the trailing space has none
            return spaces.isEmpty ? nil : spaces.reduce(0, +) / Double(spaces.count) / natural
        }
    }

    /// Advance of every space glyph of a run: the distance to the next glyph.
    func spaceAdvances(_ run: GlyphRun) -> [Double] {
        let bytes = Array(run.text.utf8)
        var out: [Double] = [], byte = 0, glyph = 0
        for cluster in run.clusters {
            if cluster.bytes == 1, cluster.glyphs == 1, bytes[byte] == 0x20 {
                out.append((glyph + 1 < run.glyphs.count ? run.glyphs[glyph + 1].x : run.width) - run.glyphs[glyph].x)
            }
            byte += cluster.bytes; glyph += cluster.glyphs
        }
        return out
    }

    func testTotalFitBeatsGreedyOnANarrative() throws {
        let url = TestResources.repositoryRoot.appendingPathComponent("Assets/editions/cities-2025/narratives")
        let files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".md") }.sorted()
        var paragraphs: [String] = []
        for f in files.prefix(4) {
            let body = try String(contentsOf: url.appendingPathComponent(f), encoding: .utf8)
            paragraphs += body.components(separatedBy: "\n\n").filter { $0.count > 300 && !$0.hasPrefix("#") && !$0.contains("{{") }
        }
        XCTAssertGreaterThan(paragraphs.count, 10)
        let natural = shaper.width(of: "a a", style: style) - 2 * shaper.width(of: "a", style: style)
        var greedy: [Double] = [], optimal: [Double] = []
        for text in paragraphs {
            greedy += spaceRatios(shape(text, width: 232, breaking: .greedy), natural: natural)
            optimal += spaceRatios(shape(text, width: 232, breaking: .optimal, maxHyphens: 2), natural: natural)
        }
        func quantile(_ v: [Double], _ q: Double) -> Double { let s = v.sorted(); return s[min(s.count - 1, Int(q * Double(s.count)))] }
        func loose(_ v: [Double]) -> Double { Double(v.filter { $0 > 1.5 }.count) / Double(v.count) }
        XCTAssertLessThan(quantile(optimal, 0.5), quantile(greedy, 0.5))
        XCTAssertLessThan(quantile(optimal, 0.95), quantile(greedy, 0.95))
        XCTAssertLessThan(quantile(optimal, 0.99), quantile(greedy, 0.99))
        XCTAssertLessThan(loose(optimal), loose(greedy))
        print("space ratio p50/p95/p99/loose greedy", quantile(greedy, 0.5), quantile(greedy, 0.95), quantile(greedy, 0.99), loose(greedy),
              "optimal", quantile(optimal, 0.5), quantile(optimal, 0.95), quantile(optimal, 0.99), loose(optimal))
    }

    func testTheLastWordOfAParagraphStaysWholeUnlessTheFormatAllowsIt() {
        // Over a range of measures, TeX's finalhyphendemerits alone still leaves some paragraphs
        // ending on the stub of a split word; the rule leaves none.
        var stubs = 0
        for width in stride(from: 140.0, through: 260, by: 2) {
            for finalHyphen in [true, false] {
                let p = shaper.shape([TextSpan(hyphenator.hyphenate(text: narrative), style: style)],
                                     format: ParagraphFormat(width: width, alignment: .justify, breaking: .optimal,
                                                             maxConsecutiveHyphens: 2, finalHyphen: finalHyphen))
                let penultimate = p.lines[p.lines.count - 2]
                if finalHyphen { stubs += penultimate.endsWithHyphen ? 1 : 0 }
                else { XCTAssertFalse(penultimate.endsWithHyphen, "\(width): \(penultimate.text)") }
            }
        }
        XCTAssertGreaterThan(stubs, 0)
    }

    func testLetterStretchTakesSlackFromTheSpacesOfLinesOfNames() {
        // Long names that may not be hyphenated leave lines with few spaces and much slack.
        let names = "On Foreign Trade Dependence, Shenzhen, Dongguan, Xiamen, Suzhou, Shanghai, Guangzhou, "
            + "Chongqing, Shijiazhuang, Hangzhou, Nanjing and Zhengzhou lead, ahead of Qingdao and Changsha."
        var widest: [Double] = []
        for stretch in [0, 0.003] {
            let p = shaper.shape([TextSpan(names, style: style)],
                                 format: ParagraphFormat(width: 180, alignment: .justify, breaking: .optimal, letterStretch: stretch))
            XCTAssertEqual(p.lines.map(\.text).joined(), names)
            for line in p.lines.dropLast() { XCTAssertEqual(line.x + line.width, 180, accuracy: 0.05, line.text) }
            widest.append(p.lines.dropLast().flatMap { $0.runs.flatMap(spaceAdvances) }.max() ?? 0)
        }
        XCTAssertLessThan(widest[1], widest[0] * 0.9)
    }

    func testPunctuationHangsIntoTheMarginsByItsShare() {
        let text = "\u{201C}Quoted openings hang left.\u{201D} " + narrative
        let p = shaper.shape([TextSpan(hyphenator.hyphenate(text: text), style: style)],
                             format: ParagraphFormat(width: 180, alignment: .justify, breaking: .optimal,
                                                     maxConsecutiveHyphens: 2, protrusion: .standard))
        XCTAssertEqual(p.lines.map(\.text).joined().replacingOccurrences(of: "-", with: ""),
                       text.replacingOccurrences(of: "-", with: ""))
        // The opening quote starts left of the margin by 0.3 of its advance.
        let first = p.lines[0].runs[0]
        XCTAssertEqual(p.lines[0].x, -0.3 * (first.glyphs[1].x - first.glyphs[0].x), accuracy: 0.01)
        var hanging = 0
        for line in p.lines.dropLast() {
            let last = line.text.unicodeScalars.last(where: { $0 != " " })!
            let right = line.x + line.width - 180
            let share: Double = last == "." ? 0.7 : last == "," || last == "-" ? 0.5 : 0
            // An inserted hyphen is drawn as U+2010 (shown as "-" in the text layer).
            let glyph = last == "-" ? "\u{2010}" : String(last)
            XCTAssertEqual(right, share * shaper.width(of: glyph, style: style), accuracy: 0.05, line.text)
            if share > 0 { hanging += 1 }
        }
        XCTAssertGreaterThan(hanging, 2)
    }

    func testAWordWiderThanTheColumnStillBreaksInsideTheColumn() {
        let word = String(repeating: "x", count: 400)
        let p = shape("", width: 150, breaking: .optimal, spans: [TextSpan("Before " + word + " after.", style: style)])
        XCTAssertGreaterThan(p.lines.count, 3)
        for line in p.lines { XCTAssertLessThanOrEqual(line.x + line.width, 150.01) }
    }
}
