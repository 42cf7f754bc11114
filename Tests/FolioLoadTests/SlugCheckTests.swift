//! Slugs of names with diacritics: the folded slug is accepted silently, the raw one is refused with a hint.

import Foundation
import Testing
import FolioLoad
import FolioModel

@Suite struct SlugCheckTests {
    /// The mini edition with the city "Aston" renamed "Åston" in every table and `slug` as its slug.
    func renamed(slug: String) throws -> URL {
        let copy = try Fixtures.miniCopy(named: "mini-diacritics")
        for file in ["cities.csv", "overall.csv", "scores/culture.csv", "scores/economy.csv"] {
            let url = copy.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "Aston", with: "Åston")
            if file == "cities.csv" { text = text.replacingOccurrences(of: "aston,Åston", with: "\(slug),Åston") }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return copy
    }

    @Test func foldedSlugGivesNoWarning() throws {
        let (edition, diagnostics) = try EditionLoader.load(directory: try renamed(slug: "aston").path)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(edition.city("aston")?.name == "Åston")
    }

    @Test func slugWithDiacriticsIsRefusedWithTheFoldedOne() throws {
        let result = EditionLoader.inspect(directory: try renamed(slug: "åston").path)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("cities.csv:2: city slug \"åston\" is not a valid slug") && $0.contains("did you mean \"aston\"?") },
                "\(messages)")
    }

    @Test func slugUnlikeTheFoldedNameIsStillAWarning() throws {
        // The texts still name `aston`, so this copy has errors too; only the warning matters here.
        let diagnostics = EditionLoader.inspect(directory: try renamed(slug: "asten").path).diagnostics
        #expect(diagnostics.contains { $0.severity == .warning && $0.description.contains("slug \"asten\" differs from the slug of its name, \"aston\"") },
                "\(diagnostics)")
    }
}
