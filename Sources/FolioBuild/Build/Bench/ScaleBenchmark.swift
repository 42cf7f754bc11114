//! The synthetic scale test: briefs per second of an edition resampled to many cities.

import FolioLoad
import FolioModel
import Foundation

public enum ScaleBenchmark {
    public struct Result: Sendable, Codable {
        public var cities: Int
        public var briefs: Int
        /// Resampling the edition (in memory).
        public var prepareSeconds: Double
        /// Laying out and writing the briefs (PDF and PNG), worker set-up included.
        public var renderSeconds: Double
        /// From the start of rendering to the first finished brief: set-up (fonts, per-edition
        /// figures, which grow with the number of cities) plus one brief.
        public var firstBriefSeconds: Double
        /// Briefs per second once every worker has finished its first brief: the rate a long
        /// run settles at, without the fixed set-up cost.
        public var steadyBriefsPerSecond: Double
        public var briefsPerSecond: Double { Double(briefs) / renderSeconds }
    }

    /// Renders `sample` briefs (every cities/sample-th city, or all when `sample` ≥ cities)
    /// of the edition resampled to `cities` cities, into a temporary folder that is removed.
    /// Observation page labels are left out (they need the report, which is not measured here).
    public static func run(editionDirectory: String, cities: Int, sample: Int, jobs: Int,
                           formats: [OutputFormat] = [.pdf, .png], dpi: Double = 150) throws -> Result {
        let base = try CommandFailure.wrap { try EditionLoader.load(directory: editionDirectory).0 }
        let t0 = ContinuousClock.now
        let edition = cities <= 0 || cities == base.cities.count ? base : SyntheticEdition.resample(base, to: cities)
        let prepare = (ContinuousClock.now - t0).seconds
        let step = max(1, edition.cities.count / max(1, sample))
        let slugs = stride(from: 0, to: edition.cities.count, by: step).prefix(sample).map { edition.cities[$0].slug }
        let root = FileManager.default.temporaryDirectory.path + "/folio-scale-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let structure = try CommandFailure.wrap { try BriefStructureLoader.load(path: LayoutPaths.path("brief-structure.yaml")) }
        let renderer = BriefRenderer(edition: edition, layoutPath: LayoutPaths.path("brief.yaml"), structure: structure,
                                     observationPages: [:], formats: formats, dpi: dpi, jobs: jobs)
        let clock = CompletionClock()
        _ = try renderer.render(slugs, root: root, progress: clock)
        let times = clock.times
        let render = clock.elapsed()
        // Skip each worker's first brief (it carries the set-up); the rest is the steady rate.
        let skip = min(max(1, jobs), times.count - 1)
        let steady = times.count > skip && times[times.count - 1] > times[skip - 1]
            ? Double(times.count - skip) / (times[times.count - 1] - times[skip - 1]) : Double(times.count) / render
        return Result(cities: edition.cities.count, briefs: slugs.count, prepareSeconds: prepare, renderSeconds: render,
                      firstBriefSeconds: times.first ?? render, steadyBriefsPerSecond: steady)
    }
}

/// Records when each brief finished, in seconds from its creation.
private final class CompletionClock: BuildProgress, @unchecked Sendable {
    private let start = ContinuousClock.now
    private let lock = NSLock()
    private var finished: [Double] = []

    func elapsed() -> Double { (ContinuousClock.now - start).seconds }
    var times: [Double] { lock.lock(); defer { lock.unlock() }; return finished.sorted() }

    func begin(_ stage: String, total: Int) {}
    func advance(_ stage: String, done: Int, total: Int) {
        let t = elapsed()
        lock.lock(); finished.append(t); lock.unlock()
    }
    func end(_ stage: String, detail: String, seconds: Double) {}
}
