//! A private copy of the bundled edition per test, and build options over a few cities.

import FolioBuild
import FolioTestSupport
import Foundation
import XCTest

/// A temporary folder with a copy of the bundled edition that a test may edit.
final class BuildFixture: @unchecked Sendable {
    let root: String
    var edition: String { root + "/edition" }
    var cache: String { root + "/cache" }

    /// A copy of the edition at `source` (relative to the repository; the bundled one by default).
    init(source: String = "Assets/editions/cities-2025") throws {
        root = FileManager.default.temporaryDirectory.path + "/folio-build-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let source = TestResources.repositoryRoot.appendingPathComponent(source).path
        try FileManager.default.copyItem(atPath: source, toPath: edition)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Options over `cities` at a low PNG resolution (the tests compare bytes, not looks).
    func options(out: String, cities: [String], formats: [OutputFormat] = [.pdf], jobs: Int = 2, cache: Bool = false,
                 shard: Shard = .whole) -> BuildOptions {
        BuildOptions(editionDirectory: edition, outputDirectory: root + "/" + out,
                     reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: TestResources.layoutPath("report.yaml"),
                     briefLayoutPath: TestResources.layoutPath("brief.yaml"), fontDirectory: TestResources.fontDirectory,
                     jobs: jobs, shard: shard, formats: formats, cacheDirectory: cache ? self.cache : nil, dpi: 24, cities: cities)
    }

    /// Writes `text` to a file of the edition copy.
    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: edition + "/" + relative, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: edition + "/" + relative, encoding: .utf8)
    }

    /// Relative path → bytes of every file below `folder`.
    static func tree(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
            }
        }
        return result
    }
}

/// Runs `body` with `SOURCE_DATE_EPOCH` set, restoring the previous value afterwards (tests
/// run one at a time in one process; other targets' snapshots must not see the date).
func withSourceDateEpoch<T>(_ value: String = "1767225600", _ body: () throws -> T) rethrows -> T {
    let previous = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
    setenv("SOURCE_DATE_EPOCH", value, 1)
    defer { if let previous { setenv("SOURCE_DATE_EPOCH", previous, 1) } else { unsetenv("SOURCE_DATE_EPOCH") } }
    return try body()
}
