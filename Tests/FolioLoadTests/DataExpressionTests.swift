//! The data-bound text language: parsing, errors and how numbers and lists read.

import Testing
import FolioModel

@Suite struct DataExpressionTests {
    @Test func parsesEveryForm() throws {
        #expect(try DataExpression.parse("top 5 economic-strength") == .top(5, .dimension("economic-strength")))
        #expect(try DataExpression.parse("top  3   a.b") == .top(3, .variable(dimension: "a", variable: "b")))
        #expect(try DataExpression.parse("top 10 overall") == .top(10, .overall))
        #expect(try DataExpression.parse("score x d.v") == .score(["x"], .variable(dimension: "d", variable: "v")))
        #expect(try DataExpression.parse("score a|b d") == .score(["a", "b"], .dimension("d")))
        #expect(try DataExpression.parse("rank beijing") == .rank(["beijing"], .overall))
        #expect(try DataExpression.parse("rank x d") == .rank(["x"], .dimension("d")))
        #expect(try DataExpression.parse("total beijing") == .total(["beijing"]))
        #expect(try DataExpression.parse("count tier 1") == .countTier(1))
        #expect(try DataExpression.parse("cities") == .cities)
        #expect(try DataExpression.parse("dimensions") == .dimensions)
        #expect(try DataExpression.parse("variables") == .variables(nil))
        #expect(try DataExpression.parse("variables economy") == .variables("economy"))
        #expect(try DataExpression.parse("dimensions | words") == .spelled(.dimensions, capitalized: false))
        #expect(try DataExpression.parse(" cities|Words ") == .spelled(.cities, capitalized: true))
        #expect(try DataExpression.parse("score a|b d | words") == .spelled(.score(["a", "b"], .dimension("d")), capitalized: false))
    }

    @Test func reportsUnknownFilters() {
        #expect(throws: DataExpressionError.unknownFilter("word", hint: " (did you mean \"words\"?)")) {
            try DataExpression.parse("dimensions | word")
        }
        #expect(throws: DataExpressionError.unknownVerb("dimension", hint: " (did you mean \"dimensions\"?)")) {
            try DataExpression.parse("dimension | words")
        }
    }

    @Test(arguments: [
        (0, "zero"), (7, "seven"), (10, "ten"), (13, "thirteen"), (20, "twenty"), (23, "twenty-three"), (60, "sixty"),
        (100, "one hundred"), (105, "one hundred and five"), (342, "three hundred and forty-two"),
        (1_000, "one thousand"), (1_005, "one thousand and five"), (2_634, "two thousand six hundred and thirty-four"),
        (1_000_000, "1,000,000"), (-3, "\u{2212}3"),
    ])
    func numbersInWords(value: Int, words: String) {
        #expect(NumberText.words(value) == words)
    }

    @Test func reportsMalformedExpressions() {
        #expect(throws: DataExpressionError.empty) { try DataExpression.parse("  ") }
        #expect(throws: DataExpressionError.notANumber("five")) { try DataExpression.parse("top five x") }
        #expect(throws: DataExpressionError.badCount(0)) { try DataExpression.parse("top 0 x") }
        #expect(throws: DataExpressionError.unknownVerb("scroe", hint: " (did you mean \"score\"?)")) {
            try DataExpression.parse("scroe x y")
        }
        #expect(throws: (any Error).self) { try DataExpression.parse("count cities 1") }
        #expect(throws: (any Error).self) { try DataExpression.parse("cities 5") }
    }

    @Test func numbersAndLists() {
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.grouped(2634) == "2,634")
        #expect(NumberText.grouped(1_234_567) == "1,234,567")
        #expect(NumberText.grouped(-1500) == "\u{2212}1,500")
        #expect(NumberText.list([]) == "")
        #expect(NumberText.list(["A"]) == "A")
        #expect(NumberText.list(["A", "B"]) == "A and B")
        #expect(NumberText.list(["A", "B", "C"]) == "A, B and C")
    }

    @Test func slugs() {
        #expect(Slug.make("Xi'an") == "xian")
        #expect(Slug.make("Hong Kong") == "hong-kong")
        #expect(Slug.make("Green and low-carbon") == "green-and-low-carbon")
        #expect(Slug.make("R&D investment intensity") == "r-d-investment-intensity")
        #expect(Slug.make("  Per capita economic output ") == "per-capita-economic-output")
    }

    @Test(arguments: [
        ("Zürich", "zurich"), ("Łódź", "lodz"), ("İzmir", "izmir"), ("São Paulo", "sao-paulo"), ("Brașov", "brasov"),
        ("Plzeň", "plzen"), ("Las Palmas de Gran Canaria", "las-palmas-de-gran-canaria"), ("Tromsø", "tromso"),
        ("Đakovo", "dakovo"), ("Gießen", "giessen"), ("Ærøskøbing", "aeroskobing"), ("Reykjavík", "reykjavik"),
        ("Þórshöfn", "thorshofn"), ("L'Hospitalet de Llobregat", "lhospitalet-de-llobregat"), ("Paral·lel", "parallel"),
    ])
    func slugsFoldDiacritics(name: String, slug: String) {
        #expect(Slug.make(name) == slug)
        #expect(Slug.isFoldable(name))
    }

    @Test func namesInOtherScriptsHaveNoDerivedSlug() {
        #expect(!Slug.isFoldable("北京"))
        #expect(!Slug.isFoldable("Αθήνα"))
        #expect(Slug.isFoldable("Xi'an"))
    }
}
