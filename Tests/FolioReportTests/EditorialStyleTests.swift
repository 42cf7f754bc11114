//! The house style pass: units held to their figures, dashes and minus signs, one name case,
//! the one money style, and edition.yaml's `editorial:` block read with located errors.

@testable import FolioCompose
import FolioDocument
import FolioLoad
import FolioModel
import FolioTestSupport
import Foundation
import XCTest

final class EditorialStyleTests: XCTestCase {
    let nbsp = "\u{00A0}"
    var units: UnitSpacing { UnitSpacing(style: .english) }

    func testCurrencyAndScaleAreTiedToTheirFigure() {
        XCTAssertEqual(units.apply("worth RMB 472.34 billion by 2027"), "worth RMB\(nbsp)472.34\(nbsp)billion by 2027")
        XCTAssertEqual(units.apply("(USD 2.6 billion)."), "(USD\(nbsp)2.6\(nbsp)billion).")
        XCTAssertEqual(units.apply("rose by 21 percentage points to 75%"), "rose by 21\(nbsp)percentage\(nbsp)points to 75%")
        XCTAssertEqual(units.apply("about 47 km² of parks"), "about 47\(nbsp)km² of parks")
        XCTAssertEqual(units.apply("up 5 per cent, they said"), "up 5\(nbsp)per\(nbsp)cent, they said")
    }

    func testWordsThatAreNotAmountsKeepOrdinarySpaces() {
        // A currency before a word, a figure before an ordinary word, a unit word without a figure.
        XCTAssertEqual(units.apply("RMB bonds and 60 cities; a billion reasons"), "RMB bonds and 60 cities; a billion reasons")
        XCTAssertEqual(units.apply("in 2024 the city"), "in 2024 the city")
        XCTAssertEqual(units.apply("firm X1 million"), "firm X1 million")
    }

    func testEditionUnitsAreData() {
        var style = EditorialStyle.english
        style.units = ["leagues"]
        style.currencies = ["ducats"]
        let spacing = UnitSpacing(style: style)
        XCTAssertEqual(spacing.apply("ducats 40 over 3 leagues, 2 billion"), "ducats\(nbsp)40 over 3\(nbsp)leagues, 2 billion")
    }

    func testRangesTakeEnDashesAndNegativeFiguresTrueMinusSigns() {
        XCTAssertEqual(NumberPunctuation.apply("from 2020-2025, 3-5 times, 1,000-2,000 firms"), "from 2020–2025, 3–5 times, 1,000–2,000 firms")
        XCTAssertEqual(NumberPunctuation.apply("a change of -3.2% (-0.41)"), "a change of −3.2% (−0.41)")
        for kept in ["COVID-19 cases", "end-2024", "a 24-hour service", "on 2025-01-03", "H-1 visa", "5G-A networks"] {
            XCTAssertEqual(NumberPunctuation.apply(kept), kept)
        }
    }

    func testSentenceCaseRecasesNamesInRunningTextAndKeepsAcronyms() {
        let casing = NameCasing(style: .sentence, names: ["Economic aggregate potential", "R&D investment intensity", "AI industry activity"])
        XCTAssertEqual(casing.apply("On Economic Aggregate Potential, Beijing leads. R&D Investment Intensity is high.", after: nil),
                       "On economic aggregate potential, Beijing leads. R&D investment intensity is high.")
        XCTAssertEqual(casing.apply("economic aggregate potential looks at size", after: nil), "Economic aggregate potential looks at size")
        XCTAssertEqual(casing.apply("ai industry activity", after: "n"), "AI industry activity")
        // A longer word that begins with a name is not the name.
        XCTAssertEqual(casing.apply("Economic Aggregate Potentials", after: "n"), "Economic Aggregate Potentials")
        XCTAssertEqual(casing.label("per capita output"), "Per capita output")
        // Inside a longer proper noun (an institution, a report's title) a name stays as written.
        let proper = NameCasing(style: .sentence, names: ["Technological innovation", "Data element market"])
        for kept in ["its Greater Bay Area International Technological Innovation Centre links", "China City Data Element Market Development Report"] {
            XCTAssertEqual(proper.apply(kept, after: nil), kept)
        }
        XCTAssertEqual(proper.apply("On Technological Innovation, Beijing leads", after: nil), "On technological innovation, Beijing leads")
    }

    func testTitleCaseCapitalisesWordsButNotFunctionWords() {
        let casing = NameCasing(style: .title, names: ["Number of brand companies", "Green and low-carbon"])
        XCTAssertEqual(casing.label("Number of brand companies"), "Number of Brand Companies")
        XCTAssertEqual(casing.apply("the green and low-carbon score", after: nil), "the Green and Low-Carbon score")
    }

    func testTheSentenceStartIsKnownAcrossInlines() {
        var edition = Self.edition()
        edition.info.style.nameCase = .sentence
        let pass = EditorialPass(edition: edition)
        let out = pass.inlines([.text("It grew. "), .strong([.text("Output Per Person")]), .text(" and "), .emphasis([.text("Output per Person")])])
        XCTAssertEqual(out.plainText, "It grew. Output per person and output per person")
    }

    /// A memo kept between passes gives what a pass without one gives, keyed by the character
    /// before a text too, and is emptied by a pass of another style.
    func testAMemoKeptBetweenPassesStylesAsAPassWithoutOne() {
        var edition = Self.edition()
        edition.info.style.nameCase = .sentence
        let memo = EditorialMemo()
        let texts: [(String, Character?)] = [("Output Per Person rose 3-5 per cent", nil), ("Output Per Person rose 3-5 per cent", "n"),
                                             ("RMB 12 billion", nil), ("nothing to change", "."), ("", nil)]
        for _ in 0..<2 {
            let pass = EditorialPass(edition: edition, memo: memo)
            for (text, previous) in texts {
                XCTAssertEqual(pass.text(text, after: previous), EditorialPass(edition: edition).text(text, after: previous), text)
            }
        }
        XCTAssertTrue(EditorialPass(edition: edition, memo: memo).text("Output Per Person rose 3-5 per cent", after: nil)
                      .hasPrefix("Output per person rose 3\u{2013}5"))
        XCTAssertEqual(memo.count, 1, "a pass keeps only the texts it used")
        edition.info.style.nameCase = .title
        let title = EditorialPass(edition: edition, memo: memo)
        XCTAssertEqual(memo.count, 0, "another style empties the memo")
        XCTAssertEqual(title.text("output per person", after: nil), "Output Per Person")
    }

    func testOneMoneyStyleForTextAndTiles() {
        let f = FigureFormatter(style: .english)
        XCTAssertEqual(f.text(value: "210", unit: "RMB bn"), "RMB\(nbsp)210\(nbsp)billion")
        XCTAssertEqual(f.text(value: "33.17", unit: "RMB trillion"), "RMB\(nbsp)33.17\(nbsp)trillion")
        XCTAssertEqual(f.text(value: "6.1", unit: "%"), "6.1%")
        XCTAssertEqual(f.text(value: "-2.5", unit: "%"), "−2.5%")
        XCTAssertEqual(f.text(value: "17", unit: "million kW"), "17\(nbsp)million\(nbsp)kW")
        XCTAssertEqual(f.text(value: "7", unit: "standards"), "7\(nbsp)standards")
        XCTAssertEqual(f.text(value: "12", unit: ""), "12")
        XCTAssertTrue(f.tile(value: "210", unit: "RMB bn") == ("210", "RMB billion"))
        XCTAssertTrue(f.tile(value: "1.8", unit: "USD bn") == ("1.8", "USD billion"))
        XCTAssertTrue(f.tile(value: "70", unit: "countries and regions") == ("70", "countries and regions"))
        // A qualifier in parentheses at the end of a label belongs to the amount; other parentheses stay.
        XCTAssertTrue(f.text(value: "500", unit: "stores", label: "Chain outlets (Over)") == ("Chain outlets", "over 500\(nbsp)stores"))
        XCTAssertTrue(f.text(value: "3", unit: "", label: "Lines (planned)") == ("Lines (planned)", "3"))
    }

    func testTitleExpressionsNameTheFullAndTheShortTitle() throws {
        let analytics = Analytics(Self.edition())
        XCTAssertEqual(try DataExpression.parse("title").evaluate(in: analytics), "Test Cities of Opportunity 2030")
        XCTAssertEqual(try DataExpression.parse("short-title").evaluate(in: analytics), "Cities 2030")
        XCTAssertThrowsError(try DataExpression.parse("title extra"))
    }

    func testTheDefaultEditionPrintsNamesInSentenceCase() throws {
        let edition = try EditionLoader.load(directory: TestResources.repositoryRoot.appendingPathComponent("Assets/editions/cities-2025").path).0
        XCTAssertEqual(edition.info.style.nameCase, .sentence)
        XCTAssertTrue(edition.info.style.currencies.contains("RMB"))
    }

    func testAnEditorialBlockIsValidatedWithItsLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("editorial-\(UUID().uuidString)")
        let mini = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/good/mini")
        try FileManager.default.copyItem(at: mini, to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let yaml = dir.appendingPathComponent("edition.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        try (text + "editorial:\n  name_case: Sentence\n  colour: blue\n").write(to: yaml, atomically: true, encoding: .utf8)
        let messages = EditionLoader.inspect(directory: dir.path).diagnostics.map(\.description)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        XCTAssertTrue(messages.contains { $0.contains("edition.yaml:\(lines + 1):") && $0.contains("name_case") && $0.contains("sentence") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("edition.yaml:\(lines + 2):") && $0.contains("colour") }, "\(messages)")
    }

    static func edition() -> Edition {
        let dims = [Dimension(slug: "economy", name: "Economy", variables: [Variable(slug: "output", name: "Output per person")])]
        return Edition(info: EditionInfo(title: "Test Cities of Opportunity 2030", shortTitle: "Cities 2030", year: 2030, dataYear: 2029,
                                         publisher: "", language: "en", sourceNote: ""),
                       tiers: [], cities: [], dimensions: dims, scores: [], overall: OverallTable(rows: []))
    }
}
