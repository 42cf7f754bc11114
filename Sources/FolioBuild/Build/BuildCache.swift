//! A content-addressed cache: output files stored once by their SHA-256 (`blobs/`), and one
//! small JSON entry per cache key naming the files an output consists of (`entries/`).

import FolioCore
import Foundation

/// One file of an output: where it goes, its digest, size and page count.
public struct OutputFile: Hashable, Sendable, Codable {
    public var path: String
    public var bytes: Int
    public var sha256: String
    public var pages: Int
}

/// What the cache keeps for one output (the report or one brief).
public struct CacheEntry: Sendable, Codable {
    public var files: [OutputFile]
    public var warnings: [ManifestWarning]
    /// Page labels of the observations (report entries only).
    public var observationPages: [String: String]?
    /// Pages of the document (report entries only).
    public var pages: Int?
}

/// The cache folder. Writes go through a temporary file and a rename, so a build killed
/// half-way never leaves a truncated blob or entry behind.
public struct BuildCache: Sendable {
    public let directory: String
    public init(directory: String) { self.directory = directory }

    private func entryPath(_ key: String, kind: String) -> String { "\(directory)/entries/\(kind)-\(key).json" }
    private func blobPath(_ sha: String) -> String { "\(directory)/blobs/\(sha.prefix(2))/\(sha)" }

    /// The entry for `key`, when present and every blob it names exists.
    public func entry(_ key: String, kind: String) -> CacheEntry? {
        guard let data = FileManager.default.contents(atPath: entryPath(key, kind: kind)),
              let entry = try? JSONDecoder().decode(CacheEntry.self, from: data) else { return nil }
        for f in entry.files where !FileManager.default.fileExists(atPath: blobPath(f.sha256)) { return nil }
        return entry
    }

    /// Places the files of `entry` in `root` (their paths are relative to it).
    public func restore(_ entry: CacheEntry, into root: String) throws {
        let fm = FileManager.default
        for f in entry.files {
            let target = root + "/" + f.path
            try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Self.place(blobPath(f.sha256), at: target)
        }
    }

    /// Hard-links `source` at `target`, or copies it when the two are on different file
    /// systems: restoring a cached build then moves no bytes (copying the ~20 MB of a full
    /// build was most of a no-op rebuild's time). Blobs are made read-only, so an output that
    /// shares a blob's bytes is not edited in place into a corrupt cache (except by root).
    static func place(_ source: String, at target: String) throws {
        if link(source, target) == 0 { return }
        try FileManager.default.copyItem(atPath: source, toPath: target)
    }

    /// Stores the files of an output (already written below `root`) and its entry.
    public func store(_ entry: CacheEntry, key: String, kind: String, from root: String) throws {
        let fm = FileManager.default
        for f in entry.files {
            let blob = blobPath(f.sha256)
            if fm.fileExists(atPath: blob) { continue }
            try fm.createDirectory(atPath: (blob as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let temp = blob + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
            try Self.place(root + "/" + f.path, at: temp)
            chmod(temp, 0o444)
            if rename(temp, blob) != 0 { try? fm.removeItem(atPath: temp) }
        }
        try writeAtomically(try Self.encoder.encode(entry), to: entryPath(key, kind: kind))
    }

    /// Observation page labels remembered for a report layout key.
    public func labels(_ key: String) -> [String: String]? {
        guard let data = FileManager.default.contents(atPath: "\(directory)/labels/\(key).json") else { return nil }
        return try? JSONDecoder().decode([String: String].self, from: data)
    }

    public func storeLabels(_ labels: [String: String], key: String) throws {
        try writeAtomically(try Self.encoder.encode(labels), to: "\(directory)/labels/\(key).json")
    }

    private func writeAtomically(_ data: Data, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temp = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        try data.write(to: URL(fileURLWithPath: temp))
        if rename(temp, path) != 0 {
            try? FileManager.default.removeItem(atPath: temp)
            throw CommandFailure.internalError("error: cannot write \(path)")
        }
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()
}
