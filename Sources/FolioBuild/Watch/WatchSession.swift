//! One `folio watch` session: builds again and again from what it keeps in memory.

import Foundation

/// Rebuilds the outputs of `options` after each change, lending every build the fonts,
/// converted sections and drawn runs of pages kept from the builds before (`BuildMemory`).
///
/// What the memos cannot be sure of is built from nothing, still in this process: a change
/// to a font forgets the fonts too; a change to a layout or structure file, or to edition
/// data other than the narratives and city notes, forgets the report's sections and runs.
/// Outputs go through the same staged, cached `BuildJob` as `folio build`, so a failed
/// rebuild leaves the last good outputs in place, and `report.pdf` is the file a fresh
/// build of the same inputs writes.
public final class WatchSession {
    public let options: BuildOptions
    public let memory = BuildMemory()
    private var builds = 0

    public init(options: BuildOptions) { self.options = options }

    /// How much of the kept state a rebuild could use.
    public enum Scope: String, Sendable {
        /// The first build of the session.
        case first
        /// Sections and runs whose content did not change were reused.
        case incremental
        /// Layout, structure or edition data changed: laid out from nothing (fonts kept).
        case layout
        /// A font changed: fonts loaded again too.
        case fonts
    }

    /// One rebuild: its outcome, the files that caused it, and what was laid out and drawn.
    public struct Rebuild {
        public var result: Result<BuildJob.Outcome, Error>
        public var changed: [String]
        public var scope: Scope
        /// Seconds from the call to the outputs in place.
        public var seconds: Double
        /// Running titles of the report sections converted anew (empty when the report was reused).
        public var relaidSections: [String]
        public var reusedSections: Int
        /// Sections that cite page numbers (contents, cross-references): laid out in every build.
        public var pageCitingSections: Int
        /// Page ranges (1-based, inclusive) of the report drawn anew, and those kept.
        public var redrawnPages: [ClosedRange<Int>]
        public var keptPages: [ClosedRange<Int>]
        /// Whether the report was laid out in this build (false: restored from the cache or failed).
        public var reportRendered: Bool

        /// Lines for the terminal: what changed, what was redone, the build's own lines.
        public var lines: [String] {
            var lines: [String] = []
            if !changed.isEmpty { lines.append("changed: " + changed.joined(separator: ", ")) }
            switch result {
            case .success(let outcome):
                if reportRendered {
                    let sections = relaidSections.isEmpty ? "no section" : relaidSections.count == 1 ? "1 section" : "\(relaidSections.count) sections"
                    let named = relaidSections.count <= 3 && !relaidSections.isEmpty
                        ? " (" + relaidSections.map { $0.isEmpty ? "untitled" : $0 }.joined(separator: ", ") + ")" : ""
                    lines.append("report: \(scope.rawValue) rebuild; re-laid \(sections)\(named), reused \(reusedSections),"
                                 + " \(pageCitingSections) citing page numbers laid again;"
                                 + " pages drawn: \(Self.describe(redrawnPages)), kept: \(Self.describe(keptPages))")
                }
                lines += outcome.summary
            case .failure(let error):
                lines.append("build failed; the last good outputs are unchanged:\n\(error)")
            }
            lines.append(String(format: "rebuilt in %.3f s", seconds))
            return lines
        }

        static func describe(_ ranges: [ClosedRange<Int>]) -> String {
            ranges.isEmpty ? "none" : ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
        }
    }

    /// Builds after `changed` (absolute paths; empty for the first build).
    public func rebuild(changed: [String], progress: BuildProgress = SilentProgress()) -> Rebuild {
        let start = ContinuousClock.now
        let scope = builds == 0 ? Scope.first : scope(of: changed)
        switch scope {
        case .fonts: memory.forgetAll()
        case .layout: memory.forgetLayout()
        case .first, .incremental: break
        }
        builds += 1
        let result = Result { try BuildJob(options: options, memory: memory).run(progress: progress) }
        let seconds = (ContinuousClock.now - start).seconds
        let rendered = (try? result.get())?.manifest.run.rendered.contains("report") ?? false
        let uses = rendered ? memory.sections.lastUse : []
        let runs = rendered ? memory.runs.lastRuns : []
        func ranges(drawn: Bool) -> [ClosedRange<Int>] {
            runs.filter { $0.drawn == drawn && !$0.pages.isEmpty }.map { ($0.pages.lowerBound + 1)...$0.pages.upperBound }
        }
        return Rebuild(result: result, changed: changed.map(relative), scope: scope, seconds: seconds,
                       relaidSections: uses.filter { $0.remembered && !$0.reused }.map(\.runningTitle),
                       reusedSections: uses.filter(\.reused).count, pageCitingSections: uses.filter { !$0.remembered }.count,
                       redrawnPages: ranges(drawn: true), keptPages: ranges(drawn: false), reportRendered: rendered)
    }

    /// What the memos may keep after `changed`.
    func scope(of changed: [String]) -> Scope {
        let fonts = Self.folder(options.fontDirectory), edition = Self.folder(options.editionDirectory)
        var scope = Scope.incremental
        for path in changed.map(Self.folder) {
            if path.hasPrefix(fonts + "/") || path == fonts { return .fonts }
            if path.hasPrefix(edition + "/") {
                let inside = String(path.dropFirst(edition.count + 1))
                if BuildInputs.isText(inside) { continue }
            }
            scope = .layout
        }
        return scope
    }

    private static func folder(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// A path as the user knows it: relative to the edition folder when inside it.
    private func relative(_ path: String) -> String {
        let edition = Self.folder(options.editionDirectory), p = Self.folder(path)
        return p.hasPrefix(edition + "/") ? String(p.dropFirst(edition.count + 1)) : (p as NSString).lastPathComponent
    }
}
