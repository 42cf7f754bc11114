//! Locates test fixtures from this file's path and prepares temporary edition copies.

import Foundation

/// Paths of the fixture folders and the default edition, found from `#filePath` so the
/// tests run from any working directory.
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let root = testsFolder.appendingPathComponent("Fixtures")
    static let mini = root.appendingPathComponent("good/mini")
    static let bad = root.appendingPathComponent("bad")
    static let defaultEdition = testsFolder.deletingLastPathComponent().appendingPathComponent("Assets/editions/cities-2025")

    /// Names of the bad-input cases, sorted.
    static var badCases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: bad.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// A fresh copy of the mini edition in a temporary folder named `name` (messages then
    /// read `name/scores/…`).
    static func miniCopy(named name: String) throws -> URL {
        let parent = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-load-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let target = parent.appendingPathComponent(name)
        try FileManager.default.copyItem(at: mini, to: target)
        return target
    }

    /// Copies every file of `overlay` (recursively, except `expected.txt`) over `target`.
    static func overlay(_ overlay: URL, onto target: URL) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: overlay, includingPropertiesForKeys: [.isDirectoryKey]) else { return }
        for case let url as URL in walker {
            let relative = String(url.path.dropFirst(overlay.path.count + 1))
            if relative == "expected.txt" { continue }
            let isDir = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            let dest = target.appendingPathComponent(relative)
            if isDir {
                try fm.createDirectory(at: dest, withIntermediateDirectories: true)
            } else {
                if fm.fileExists(atPath: dest.path) { try fm.removeItem(at: dest) }
                try fm.copyItem(at: url, to: dest)
            }
        }
    }
}

/// `expected.txt` of a bad-input case: `exit N`, `remove <path>` and `expect <fragment>` lines;
/// `after-load` marks a problem the loader accepts and `folio check`/`folio build` reject
/// (composition, glyph coverage: tested in FolioBuildTests).
struct ExpectedOutcome {
    var exitCode = 1
    var afterLoad = false
    var removals: [String] = []
    var fragments: [String] = []

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("exit ") { exitCode = Int(line.dropFirst(5)) ?? -1 }
            if line == "after-load" { afterLoad = true }
            if line.hasPrefix("remove ") { removals.append(String(line.dropFirst(7))) }
            if line.hasPrefix("expect ") { fragments.append(String(line.dropFirst(7))) }
        }
    }
}
