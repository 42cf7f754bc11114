//! Inputs generated at test time: oversized files, symlinks out of the folder, a missing folder.

import Foundation
import Testing
import FolioLoad

@Suite struct LoaderLimitsTests {
    @Test func fileAboveTheSizeLimitIsRefused() throws {
        let edition = try Fixtures.miniCopy(named: "too-big")
        defer { try? FileManager.default.removeItem(at: edition.deletingLastPathComponent()) }
        var text = "id,text\n"
        let line = "1," + String(repeating: "x", count: 1000) + "\n"
        while text.utf8.count <= LoadLimits.maxFileBytes { text += line }
        try text.write(to: edition.appendingPathComponent("references.csv"), atomically: true, encoding: .utf8)
        let result = EditionLoader.inspect(directory: edition.path)
        #expect(result.diagnostics.contains { $0.description.contains("too-big/references.csv: file is") && $0.message.contains("the limit is 5242880 bytes") })
    }

    @Test func symlinkOutOfTheFolderIsRefused() throws {
        let edition = try Fixtures.miniCopy(named: "symlink-escape")
        defer { try? FileManager.default.removeItem(at: edition.deletingLastPathComponent()) }
        let outside = edition.deletingLastPathComponent().appendingPathComponent("outside.csv")
        try "id,text\n1,Secret\n".write(to: outside, atomically: true, encoding: .utf8)
        let refs = edition.appendingPathComponent("references.csv")
        try FileManager.default.removeItem(at: refs)
        try FileManager.default.createSymbolicLink(at: refs, withDestinationURL: outside)
        // An image symlinked out of the folder is refused too.
        let image = edition.appendingPathComponent("figures/bars.png")
        try FileManager.default.removeItem(at: image)
        try FileManager.default.createSymbolicLink(at: image, withDestinationURL: outside)
        let lines = EditionLoader.inspect(directory: edition.path).diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("symlink-escape/references.csv: path leads outside the edition folder") }, "\(lines)")
        // Footnotes are not reported again when references.csv itself failed.
        #expect(!lines.contains { $0.contains("footnote") }, "\(lines)")
        #expect(lines.contains { $0.contains("symlink-escape/narratives/economy.md:14: image path \"../figures/bars.png\" leads outside") }, "\(lines)")
    }

    @Test func missingFolder() {
        let result = EditionLoader.inspect(directory: "/nonexistent/folio-edition")
        #expect(result.edition == nil)
        #expect(result.errors.first?.message.contains("edition folder not found") == true)
    }

    @Test func manyProblemsInOneFileAreCapped() throws {
        let edition = try Fixtures.miniCopy(named: "many-problems")
        defer { try? FileManager.default.removeItem(at: edition.deletingLastPathComponent()) }
        let rows = (0..<200).map { "x\($0),Text" }.joined(separator: "\n")
        try ("id,text\n" + rows + "\n").write(to: edition.appendingPathComponent("references.csv"), atomically: true, encoding: .utf8)
        let result = EditionLoader.inspect(directory: edition.path)
        let inFile = result.diagnostics.filter { $0.location?.file == "many-problems/references.csv" }
        #expect(inFile.count == LoadLimits.maxDiagnosticsPerFile + 1)
        #expect(inFile.last?.message.contains("more problems not shown") == true)
    }

    @Test func loadThrowsEveryDiagnostic() throws {
        let edition = try Fixtures.miniCopy(named: "throws")
        defer { try? FileManager.default.removeItem(at: edition.deletingLastPathComponent()) }
        try "".write(to: edition.appendingPathComponent("overall.csv"), atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try EditionLoader.load(directory: edition.path) }
    }

    @Test func hugeParagraphsAndWordsLoadQuickly() throws {
        let edition = try Fixtures.miniCopy(named: "huge-text")
        defer { try? FileManager.default.removeItem(at: edition.deletingLastPathComponent()) }
        let word = String(repeating: "x", count: 10_000)
        let sentence = "Aston ranks {{rank aston}} and cites[^1] a source. "
        let paragraph = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count)
        let braces = String(repeating: "{{", count: 40_000)
        let text = "---\ntitle: Economy\n---\n\n\(paragraph)\n\n\(word)\n\n\(braces)\n"
        try text.write(to: edition.appendingPathComponent("narratives/economy.md"), atomically: true, encoding: .utf8)
        let start = Date()
        let result = EditionLoader.inspect(directory: edition.path)
        #expect(Date().timeIntervalSince(start) < 20)
        let lines = result.diagnostics.map(\.description)
        // The 1 MB paragraph is over the paragraph limit (laying it out would take minutes);
        // the 10,000-character word is accepted (layout breaks it).
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("huge-text/narratives/economy.md:5: paragraph of ") == true, "\(lines)")
        #expect(lines.first?.hasSuffix(" characters; the limit is 100000, split it into paragraphs") == true, "\(lines)")
        #expect(lines.last == "huge-text/narratives/economy.md:9: unclosed data reference \"{{\"; write {{ … }} on one line, e.g. {{rank beijing}}")
    }

    @Test func longValuesAreShortenedInMessages() throws {
        let edition = try Fixtures.miniCopy(named: "long-value")
        defer { try? FileManager.default.removeItem(at: edition.deletingLastPathComponent()) }
        let name = String(repeating: "Dover", count: 20_000)
        try "rank,city,museums,parks,total\n1,\(name),4,3,7\n".write(
            to: edition.appendingPathComponent("scores/culture.csv"), atomically: true, encoding: .utf8)
        let lines = EditionLoader.inspect(directory: edition.path).diagnostics.map(\.description)
        let unknown = try #require(lines.first { $0.contains("unknown city") })
        #expect(unknown.count < 200)
        #expect(unknown.contains("…\""))
    }
}
