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

    init(edition: Edition, layoutPath: String, structure: BriefStructure, observationPages: [String: String], jobs: Int) throws {
        spec = try LayoutSpecLoader.load(path: layoutPath, purpose: .brief,
                                         families: try FontSet(directory: FontSet.defaultDirectory()).familyNames)
        let heat = HeatColors(stops: (spec.theme.palettes?["scores"] ?? []).compactMap { Color(hex: $0) })
        var composer = BriefComposer(edition: edition, structure: structure, heat: heat, observationPages: observationPages,
                                 creationDate: BuildEnvironment.sourceDateEpoch, accent: spec.theme.color("accent"),
                                 colors: ColorSystem(palettes: spec.theme.palettes))
        protectedWords = Set(edition.cities.map(\.name))
        self.jobs = max(1, jobs)
        // Regions sized by the edition (`height: auto` or `fill`) are measured once, over every
        // city, before any brief is placed: the same grid for all of them.
        if let grid = structure.grid, grid.regions.contains(where: { $0.sizing != .fixed }) {
            let shaper = TextShaper(fontSet: try FontSet(directory: FontSet.defaultDirectory()))
            let fitter = BriefGridFitter(composer: composer, grid: grid, spec: spec, shaper: shaper,
                                         hyphenator: try Hyphenator(rules: HyphenationRules(protectedWords: Set(edition.cities.map(\.name)))))
            var sized = structure
            sized.grid = try fitter.resolvedGrid(over: edition.cities.map(\.slug))
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

/// Results gathered from the workers under a lock.
private final class WorkerResults<T>: @unchecked Sendable {
    let lock = NSLock()
    var results: [String: T] = [:]
    var errors: [String: Error] = [:]
    var done = 0
}
