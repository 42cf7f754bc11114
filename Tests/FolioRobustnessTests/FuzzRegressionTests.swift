//! Inputs the fuzzers (Fuzz/) found, replayed as the fuzz targets run them, and the one-line
//! rule checked over the whole bad-input corpus.

import FolioCore
import FolioLoad
import FolioTestSupport
import Foundation
import Testing

@Suite struct FuzzRegressionTests {
    static let fixtures = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures")

    /// Files the fuzz targets replace, by the input's first byte (as in Fuzz/Sources/*/main.swift).
    static let targets: [String: [String]] = [
        "FuzzCSV": ["scores/economy.csv", "overall.csv", "cities.csv", "indicators.csv", "references.csv", "scores/culture.csv"],
        "FuzzYAML": ["edition.yaml", "dimensions.yaml", "exceptions.yaml", "city-notes.yaml"],
        "FuzzMarkdown": ["narratives/economy.md", "observations/xian.md", "text/intro.md"],
    ]

    /// `Tests/Fixtures/fuzz/<target>/<input>` for every saved crash input.
    static var inputs: [String] {
        let fm = FileManager.default
        let root = fixtures.appendingPathComponent("fuzz")
        return targets.keys.sorted().flatMap { target in
            ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(target).path)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
        }
    }

    @Test(arguments: inputs)
    func crashInputLoadsWithOneLineMessages(_ input: String) throws {
        let target = String(input.split(separator: "/")[0])
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("fuzz/\(input)"))
        let files = try #require(Self.targets[target])
        let edition = try RobustEdition("fuzz")
        defer { edition.remove() }
        if let first = data.first, target != "FuzzYAML" || Int(first) % 5 < 4 {
            try data.dropFirst().write(to: edition.directory.appendingPathComponent(files[Int(first) % files.count]))
        }
        let result = EditionLoader.inspect(directory: edition.directory.path)
        for d in result.diagnostics {
            #expect(!d.description.contains("\n"), "multi-line message: \(d.description)")
        }
    }

    /// Every message of every bad-input case is one line.
    @Test func corpusMessagesAreOneLine() throws {
        let bad = Self.fixtures.appendingPathComponent("bad")
        let cases = try FileManager.default.contentsOfDirectory(atPath: bad.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(cases.count >= 90)
        for name in cases {
            let edition = try RobustEdition(name)
            defer { edition.remove() }
            try overlay(bad.appendingPathComponent(name), onto: edition.directory)
            for d in EditionLoader.inspect(directory: edition.directory.path).diagnostics {
                #expect(!d.description.contains("\n"), "\(name): multi-line message: \(d.description)")
            }
        }
    }

    /// Copies a case's files (not expected.txt) over the edition; `remove` lines are applied.
    private func overlay(_ folder: URL, onto target: URL) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in walker {
            let relative = String(url.path.dropFirst(folder.path.count + 1))
            let dest = target.appendingPathComponent(relative)
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: url.path, isDirectory: &isDir)
            if relative == "expected.txt" {
                let text = try String(contentsOf: url, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("remove ") {
                    try? fm.removeItem(at: target.appendingPathComponent(String(line.dropFirst(7))))
                }
            } else if isDir.boolValue && (try? fm.destinationOfSymbolicLink(atPath: url.path)) == nil {
                try fm.createDirectory(at: dest, withIntermediateDirectories: true)
            } else {
                try? fm.removeItem(at: dest)
                try fm.copyItem(at: url, to: dest)
            }
        }
    }
}
