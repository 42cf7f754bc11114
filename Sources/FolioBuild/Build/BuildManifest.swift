//! `out/manifest.json`: what a build produced, byte-identical for the same input except the
//! `run` section (timings, what the cache reused, workers); and the merge of shard manifests.

import FolioCore
import Foundation

/// A warning with its source location (`path:line`), as printed by `folio check`.
public struct ManifestWarning: Hashable, Sendable, Codable, Comparable {
    public var severity: String
    public var location: String?
    public var message: String

    public init(_ d: Diagnostic) {
        severity = d.severity.rawValue; location = d.location?.description; message = d.message
    }

    public var description: String { (location.map { "\($0): " } ?? "") + "\(severity): \(message)" }

    public static func < (a: ManifestWarning, b: ManifestWarning) -> Bool {
        (a.location ?? "", a.message, a.severity) < (b.location ?? "", b.message, b.severity)
    }
}

/// The manifest of a build or of merged shards.
public struct BuildManifest: Sendable, Codable, Equatable {
    public struct EditionInfo: Sendable, Codable, Equatable {
        public var name: String
        public var title: String
        /// SHA-256 over every file of the edition folder (path and digest per line).
        public var contentHash: String
    }

    /// Varies from run to run; excluded from the determinism guarantee.
    public struct Run: Sendable, Codable, Equatable {
        public var jobs: Int
        /// Outputs rendered in this run (`report`, `brief:<slug>`), sorted.
        public var rendered: [String]
        /// Outputs restored from the cache, sorted.
        public var reused: [String]
        /// Seconds per stage: load, fingerprint, layout (report layout and compose), briefs, export, cache, write.
        public var timings: [String: Double]
        public var totalSeconds: Double
    }

    public var folioVersion: String
    public var edition: EditionInfo
    public var formats: [String]
    /// `I/N` for one shard; absent for a whole build or merged shards.
    public var shard: String?
    /// Shards merged into this manifest (absent unless merged).
    public var mergedShards: Int?
    public var reportPages: Int?
    public var briefs: [String]
    public var outputs: [OutputFile]
    public var warnings: [ManifestWarning]
    public var run: Run

    /// Pretty JSON with sorted keys: stable bytes for the same values.
    public func encoded() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try e.encode(self)
        data.append(0x0a)
        return data
    }

    public static func read(_ path: String) throws -> BuildManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.invalidInput("\(path): error: cannot read the manifest")
        }
        do { return try JSONDecoder().decode(BuildManifest.self, from: data) } catch {
            throw CommandFailure.invalidInput("\(path): error: not a Folio manifest (\(error))")
        }
    }

    /// The manifest without its `run` section, for comparing builds.
    public var deterministicPart: BuildManifest {
        var m = self
        m.run = Run(jobs: 0, rendered: [], reused: [], timings: [:], totalSeconds: 0)
        return m
    }

    /// Combines the manifests of shards 1…N of one build into the manifest a whole build
    /// would have written (outside `run`). Fails when the shards do not belong together.
    public static func merge(_ manifests: [BuildManifest]) throws -> BuildManifest {
        guard let first = manifests.first else { throw CommandFailure.usage("error: no manifests to merge") }
        var counts = Set<Int>(), seen = Set<Int>()
        for m in manifests {
            guard m.edition == first.edition, m.folioVersion == first.folioVersion, m.formats == first.formats else {
                throw CommandFailure.invalidInput("error: the manifests come from different editions, Folio versions or formats")
            }
            guard let s = m.shard, let shard = try? Shard(parsing: s) else {
                throw CommandFailure.invalidInput("error: a manifest without a shard (`I/N`) cannot be merged")
            }
            counts.insert(shard.count)
            guard seen.insert(shard.index).inserted else {
                throw CommandFailure.invalidInput("error: shard \(shard) appears twice")
            }
        }
        guard counts.count == 1, let n = counts.first, seen == Set(1...n) else {
            let missing = counts.count == 1 ? Set(1...counts.first!).subtracting(seen).sorted().map { "\($0)/\(counts.first!)" } : []
            throw CommandFailure.invalidInput("error: incomplete set of shards" + (missing.isEmpty ? "" : "; missing " + missing.joined(separator: ", ")))
        }
        var outputs: [String: OutputFile] = [:]
        for m in manifests { for o in m.outputs { outputs[o.path] = o } }
        var timings: [String: Double] = [:]
        for m in manifests { for (k, v) in m.run.timings { timings[k, default: 0] += v } }
        return BuildManifest(
            folioVersion: first.folioVersion, edition: first.edition, formats: first.formats, shard: nil, mergedShards: n,
            reportPages: manifests.compactMap(\.reportPages).first,
            briefs: sortBriefs(manifests.flatMap(\.briefs), order: manifests),
            outputs: outputs.values.sorted { $0.path < $1.path },
            warnings: Array(Set(manifests.flatMap(\.warnings))).sorted(),
            run: Run(jobs: manifests.map(\.run.jobs).max() ?? 1,
                     rendered: manifests.flatMap(\.run.rendered).sorted(), reused: manifests.flatMap(\.run.reused).sorted(),
                     timings: timings, totalSeconds: manifests.map(\.run.totalSeconds).max() ?? 0))
    }

    /// Briefs in report order: shards are round-robin, so brief i is the (i / N)-th of shard i mod N + 1.
    private static func sortBriefs(_ all: [String], order manifests: [BuildManifest]) -> [String] {
        let byShard = manifests.sorted { (try! Shard(parsing: $0.shard!)).index < (try! Shard(parsing: $1.shard!)).index }.map(\.briefs)
        var result: [String] = []
        var i = 0
        while result.count < all.count {
            let list = byShard[i % byShard.count]
            let k = i / byShard.count
            if k < list.count { result.append(list[k]) }
            i += 1
            if i > all.count * byShard.count + byShard.count { break }
        }
        return result
    }
}
