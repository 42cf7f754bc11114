//! Counts of the edition (`{{dimensions}}`, `{{variables}}`) and `| words`, evaluated on the mini edition.

import Testing
import FolioLoad
import FolioModel

@Suite struct CountExpressionTests {
    let analytics: Analytics

    init() throws {
        analytics = Analytics(try EditionLoader.load(directory: Fixtures.mini.path).0)
    }

    func text(_ expression: String) throws -> String { try DataExpression.parse(expression).evaluate(in: analytics) }

    @Test func countsComeFromTheEdition() throws {
        #expect(try text("cities") == "4")
        #expect(try text("dimensions") == "2")
        #expect(try text("variables") == "4")
        #expect(try text("variables economy") == "2")
        #expect(try text("cities | words") == "four")
        #expect(try text("dimensions | Words") == "Two")
        #expect(try text("count tier 1 | words") == "one")
    }

    @Test func wordsNeedOneNumberAndDimensionsMustExist() {
        #expect(throws: DataExpressionError.notSpellable("Xi'an")) { try text("top 1 overall | words") }
        #expect(throws: DataExpressionError.unknownDimension("economi", hint: " (did you mean \"economy\"?)")) {
            try text("variables economi")
        }
    }
}
