//! What one load of an edition folder lends the next: the parsed form of every file it read.

import FolioCore
import Foundation

/// The parsed files of the last load of one edition folder, for `folio watch`: the next load
/// reads every file's bytes as a fresh load does, and a file whose bytes are those it had
/// when parsed is not decoded or parsed again; its parse result and the diagnostics the
/// parse reported come back from here. Everything that combines files (cities named by
/// tables, data references in texts, totals against totals, ranks, exceptions) runs on every
/// load, so a load with a memo returns what a load without one returns, diagnostics included.
///
/// Used by one load at a time (a watch session builds one after the other).
public final class EditionLoadMemo: @unchecked Sendable {
    /// A file's bytes when it was read, and what was made from them (by kind of parse).
    private struct File {
        let bytes: Data
        var parsed: [String: Parsed] = [:]
    }

    /// One parse's result and the diagnostics it reported, in order.
    struct Parsed {
        let value: Any
        let diagnostics: [Diagnostic]
    }

    /// A parse result of any type, kept as `Any` and cast back by the reader.
    struct Made<T> {
        let value: T
    }

    /// The folder the files were read from (absolute, links resolved).
    private var root: URL?
    private var files: [String: File] = [:]
    /// Files read during the load under way; the others are forgotten when it ends.
    private var read: Set<String> = []

    /// Parses made and reused in the last load (decoding, CSV, YAML, front matter and
    /// Markdown body count apart: a changed narrative is three parses).
    public private(set) var lastLoad = Counts()

    /// How many parses a load made, and how many it took from the memo.
    public struct Counts: Equatable, Sendable {
        public var parsed = 0
        public var reused = 0
    }

    public init() {}

    /// Starts a load of `root`; a memo of another folder is emptied first.
    func begin(_ root: URL) {
        if self.root != root { files = [:]; self.root = root }
        read = []
        lastLoad = Counts()
    }

    /// Ends a load: files it did not read (removed, or no longer named) are forgotten.
    func end() {
        files = files.filter { read.contains($0.key) }
    }

    /// Notes that `relative` was read with `bytes`; what was parsed from other bytes is dropped.
    func saw(_ relative: String, bytes: Data) {
        read.insert(relative)
        if files[relative]?.bytes != bytes { files[relative] = File(bytes: bytes) }
    }

    /// What `kind` made from the bytes last seen for `relative`, if anything.
    func parsed(_ relative: String, _ kind: String) -> Parsed? {
        guard let p = files[relative]?.parsed[kind] else { return nil }
        lastLoad.reused += 1
        return p
    }

    func remember(_ relative: String, _ kind: String, _ parsed: Parsed) {
        files[relative]?.parsed[kind] = parsed
        lastLoad.parsed += 1
    }
}
