//! A scratch copy of the mini edition whose files a fuzz input replaces, one load per input.

import Foundation
import FolioLoad

/// The mini edition (Tests/Fixtures/good/mini) copied once per process into a temporary
/// folder. `load(_:as:)` writes the input over one file, runs the whole loader (as
/// `folio check` does) and puts the original file back, so every input meets a valid edition.
public final class FuzzEdition: @unchecked Sendable {
    public let root: URL
    private var originals: [String: Data] = [:]

    /// The repository root, found from this file's path (Fuzz/Sources/FuzzSupport/…).
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public init() {
        let fm = FileManager.default
        let parent = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("folio-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: parent)
        try! fm.createDirectory(at: parent, withIntermediateDirectories: true)
        root = parent.appendingPathComponent("mini")
        try! fm.copyItem(at: Self.repository.appendingPathComponent("Tests/Fixtures/good/mini"), to: root)
    }

    /// Loads the edition with `relative` replaced by `data`; returns the number of diagnostics.
    @discardableResult
    public func load(_ data: Data, as relative: String) -> Int {
        let url = root.appendingPathComponent(relative)
        if originals[relative] == nil { originals[relative] = (try? Data(contentsOf: url)) ?? Data() }
        try! data.write(to: url)
        let result = EditionLoader.inspect(directory: root.path)
        try! originals[relative]!.write(to: url)
        // Every message must be one line.
        for d in result.diagnostics where d.description.contains("\n") {
            fatalError("multi-line diagnostic: \(d.description)")
        }
        return result.diagnostics.count
    }
}
