//! The worker pool behind `folio briefs` and `folio build`: one layouter per thread.

import Dispatch
import FolioCharts
import FolioCompose
import FolioCore
import FolioGraphics
import FolioLayout
import FolioModel
import FolioPage
import Foundation

/// Lays out briefs on `jobs` threads. Each worker owns its fonts, shaper and layouter
/// (Pango is per thread); each takes the next city from a shared queue, so a brief that
/// must be condensed (laid out twice) does not hold up the cities dealt after it. A brief
/// does not depend on which worker laid it out (tested against `--jobs 1`).
struct BriefWorkers {
    let composer: BriefComposer
    let spec: LayoutSpec
    let protectedWords: Set<String>
    let jobs: Int

    /// The watch session's shaper and hyphenator: a build of this few briefs lays them out on
    /// the calling thread with them (warm fonts and shaped text) instead of starting workers.
    private let inline: (shaper: TextShaper, hyphenator: Hyphenator)?
    static let inlineLimit = 2

    init(edition: Edition, layoutPath: String, structure: BriefStructure, observationPages: [String: String], jobs: Int,
         memory: BriefWorkerMemory? = nil) throws {
        let load = {
            try LayoutSpecLoader.load(path: layoutPath, purpose: .brief,
                                      families: try memory?.shaper.fontSet.familyNames ?? FontSet(directory: FontSet.defaultDirectory()).familyNames)
        }
        spec = try memory.map { try $0.setup.spec(key: $0.layoutKey, load) } ?? load()
        let heat = HeatColors(stops: (spec.theme.palettes?["scores"] ?? []).compactMap { Color(hex: $0) })
        var composer = BriefComposer(edition: edition, structure: structure, heat: heat, observationPages: observationPages,
                                 creationDate: BuildEnvironment.sourceDateEpoch, accent: spec.theme.color("accent"),
                                 colors: ColorSystem(palettes: spec.theme.palettes))
        protectedWords = Set(edition.cities.map(\.name))
        self.jobs = max(1, jobs)
        inline = try memory.map { ($0.shaper, try $0.setup.hyphenator(protecting: Set(edition.cities.map(\.name)))) }
        // Regions sized by the edition (`height: auto` or `fill`) are measured once, over every
        // city, before any brief is placed: the same grid for all of them.
        if let grid = structure.grid, grid.regions.contains(where: { $0.sizing != .fixed }) {
            let (spec, inline) = (spec, inline)
            let resolve = { () throws -> BriefGrid in
                let shaper = try inline?.shaper ?? TextShaper(fontSet: try FontSet(directory: FontSet.defaultDirectory()))
                let hyphenator = try inline?.hyphenator ?? Hyphenator(rules: HyphenationRules(protectedWords: Set(edition.cities.map(\.name))))
                let fitter = BriefGridFitter(composer: composer, grid: grid, spec: spec, shaper: shaper, hyphenator: hyphenator)
                return try fitter.resolvedGrid(over: edition.cities.map(\.slug))
            }
            var sized = structure
            sized.grid = try memory.map { try $0.setup.grid(key: $0.gridKey, resolve) } ?? resolve()
            composer = BriefComposer(edition: edition, structure: sized, heat: heat, observationPages: observationPages,
                                     creationDate: BuildEnvironment.sourceDateEpoch, accent: spec.theme.color("accent"),
                                     colors: ColorSystem(palettes: spec.theme.palettes))
        }
        self.composer = composer
    }

    /// Runs `body` for every slug (fitting the brief first); returns the results and the
    /// failures by slug. `finished` is called after each city with the count done so far.
    func run<T: Sendable>(_ slugs: [String],
                          finished: (@Sendable (Int) -> Void)? = nil,
                          _ body: @escaping @Sendable (_ slug: String, _ brief: BriefsJob.Brief) throws -> T)
        -> (results: [String: T], errors: [String: Error]) {
        let box = WorkerResults<T>()
        guard !slugs.isEmpty else { return ([:], [:]) }
        if let inline, slugs.count <= Self.inlineLimit {
            let fitter = BriefFitter(composer: composer, spec: spec, shaper: inline.shaper, hyphenator: inline.hyphenator)
            for (i, slug) in slugs.enumerated() {
                switch Result(catching: { try body(slug, try fitter.fit(slug)) }) {
                case .success(let value): box.results[slug] = value
                case .failure(let error): box.errors[slug] = error
                }
                finished?(i + 1)
            }
            return (box.results, box.errors)
        }
        let fontDirectory = FontSet.defaultDirectory()
        let workers = min(jobs, slugs.count)
        let (spec, composer, protected) = (spec, composer, protectedWords)
        let queue = WorkerThreads.IndexQueue(slugs.count)
        WorkerThreads.run(workers) { worker in
            do {
                let shaper = TextShaper(fontSet: try FontSet(directory: fontDirectory))
                let fitter = BriefFitter(composer: composer, spec: spec, shaper: shaper,
                                         hyphenator: try Hyphenator(rules: HyphenationRules(protectedWords: protected)))
                while let i = queue.next() {
                    let slug = slugs[i]
                    let result = Result { try body(slug, try fitter.fit(slug)) }
                    box.lock.lock()
                    switch result {
                    case .success(let value): box.results[slug] = value
                    case .failure(let error): box.errors[slug] = error
                    }
                    box.done += 1
                    let done = box.done
                    box.lock.unlock()
                    finished?(done)
                }
            } catch {
                box.lock.lock(); box.errors["(worker \(worker))"] = error; box.lock.unlock()
            }
        }
        return (box.results, box.errors)
    }
}

/// What a watch session lends to the brief workers (`BuildMemory`): the kept layout, grid
/// and hyphenator under their keys, and the session's shaper (used on the calling thread only).
struct BriefWorkerMemory {
    var setup: BriefSetupMemo
    /// Digest of the brief layout file.
    var layoutKey: String
    /// `BuildInputs.briefGridKey`.
    var gridKey: String
    var shaper: TextShaper
}

/// Results gathered from the workers under a lock.
private final class WorkerResults<T>: @unchecked Sendable {
    let lock = NSLock()
    var results: [String: T] = [:]
    var errors: [String: Error] = [:]
    var done = 0
}
