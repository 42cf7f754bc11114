//! `folio bench`: times the build cases of the issue's targets, each in its own child
//! process so that its peak memory is its own.

import Foundation

public struct BenchmarkSuite: Sendable {
    public var editionDirectory: String
    public var jobs: Int
    public var repeats: Int
    public var scaleCities: Int
    public var scaleSample: Int
    public var executable: String
    /// Narrative saves timed while `folio watch` runs (0: no editor-loop case).
    public var watchSaves: Int
    /// Only the editor-loop cases (`folio bench --watch-only`).
    public var watchOnly = false

    public init(editionDirectory: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, repeats: Int = 3,
                scaleCities: Int = 2800, scaleSample: Int = 120, executable: String = ChildProcess.currentExecutable,
                watchSaves: Int = 9) {
        self.editionDirectory = editionDirectory; self.jobs = max(1, jobs); self.repeats = max(1, repeats)
        self.scaleCities = scaleCities; self.scaleSample = scaleSample; self.executable = executable
        self.watchSaves = max(0, watchSaves)
    }

    /// One measured case: the median of its runs, and the largest peak memory.
    public struct Case: Sendable, Codable {
        public var name: String
        public var seconds: Double
        public var fastest: Double
        public var peakMiB: Double
        /// Median CPU time (user + system) of the runs.
        public var cpuSeconds: Double
        public var runs: [Double]
        public var target: String
        public var note: String
    }

    public func run(log: (String) -> Void) throws -> [Case] {
        let root = FileManager.default.temporaryDirectory.path + "/folio-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let env = ["SOURCE_DATE_EPOCH": "1767225600", "CI": "1"]
        var counter = 0
        func fresh(_ name: String) -> String { counter += 1; return "\(root)/\(name)-\(counter)" }
        func build(_ args: [String]) throws -> ChildRun {
            let r = try ChildProcess.run(executable, ["build", "--edition", editionDirectory, "--quiet"] + args, environment: env)
            guard r.exitStatus == 0 else {
                throw CommandFailure.internalError("error: benchmark build \(args.joined(separator: " ")) failed (\(r.exitStatus)):\n\(r.standardError)")
            }
            return r
        }
        func measure(_ name: String, target: String, note: String = "", quiet: Bool = false, _ body: () throws -> ChildRun) throws -> Case {
            var runs: [ChildRun] = []
            for _ in 0..<repeats { runs.append(try body()) }
            let times = runs.map(\.seconds).sorted()
            let cpu = runs.map(\.cpuSeconds).sorted()
            let c = Case(name: name, seconds: times[times.count / 2], fastest: times[0], peakMiB: runs.map(\.peakMiB).max() ?? 0,
                         cpuSeconds: cpu[cpu.count / 2],
                         runs: runs.map(\.seconds), target: target, note: note)
            if !quiet { logCase(c) }
            return c
        }
        func logCase(_ c: Case) {
            log(String(format: "%-44@ %7.3f s (fastest %.3f s, CPU %.3f s)  peak %6.1f MiB", c.name as NSString, c.seconds, c.fastest,
                       c.cpuSeconds, c.peakMiB))
        }
        var cases: [Case] = []
        if watchOnly { return try watchCases(root: fresh("watch"), log: log) }
        cases.append(try measure("report PDF", target: "≤ 1.5 s") {
            try build(["--only", "report", "--formats", "pdf", "--no-cache", "--out", fresh("out"), "--jobs", "\(jobs)"])
        })
        cases.append(try measure("report PDF + PNG (all pages, 150 dpi)", target: "≤ 3 s") {
            try build(["--only", "report", "--formats", "pdf,png", "--no-cache", "--out", fresh("out"), "--jobs", "\(jobs)"])
        })
        // The briefs print the page of their city's observation in the report: a cache holding
        // only those page labels keeps the report's layout out of the brief timings.
        let labels = "\(root)/labels-cache"
        _ = try build(["--only", "report", "--formats", "pdf", "--cache", labels, "--out", fresh("out")])
        try? FileManager.default.removeItem(atPath: labels + "/entries")
        try? FileManager.default.removeItem(atPath: labels + "/blobs")
        for workers in Array(Set([1, jobs])).sorted() {
            cases.append(try measure("all briefs PDF + PNG, \(workers) worker\(workers == 1 ? "" : "s")", target: workers == 1 ? "" : "≤ 1.5 s with 2") {
                let cache = fresh("cache")
                try FileManager.default.copyItem(atPath: labels, toPath: cache)
                return try build(["--only", "briefs", "--formats", "pdf,png", "--cache", cache, "--out", fresh("out"), "--jobs", "\(workers)"])
            })
        }
        let fullCache = fresh("cache"), fullOut = fresh("out")
        let full = try measure("full build (report + briefs, PDF + PNG)", target: "") {
            try? FileManager.default.removeItem(atPath: fullCache)
            return try build(["--cache", fullCache, "--out", fullOut, "--jobs", "\(jobs)"])
        }
        cases.append(full)
        var noop = try measure("no-op rebuild (everything cached)", target: "≤ 5 % of full") {
            try build(["--cache", fullCache, "--out", fullOut, "--jobs", "\(jobs)"])
        }
        noop.note = String(format: "%.1f %% of the full build", 100 * noop.seconds / full.seconds)
        cases.append(noop)
        if watchSaves > 0 { cases += try watchCases(root: fresh("watch"), log: log) }
        if scaleCities > 0 {
            // Both editions run `repeats` times, alternating, so a slow spell of the machine
            // does not land on one of them only; rates are the medians of the runs.
            let editions = [0, scaleCities]
            var results: [Int: [ScaleBenchmark.Result]] = [:]
            var runs: [Int: [ChildRun]] = [:]
            for _ in 0..<repeats {
                for cities in editions {
                    let sample = cities == 0 ? 1_000_000 : min(scaleSample, 1_000_000)
                    let args = ["bench", "--scale-child", "\(cities)", "--scale-sample", "\(sample)", "--edition", editionDirectory, "--jobs", "\(jobs)"]
                    let r = try ChildProcess.run(executable, args, environment: env)
                    guard r.exitStatus == 0, let data = r.standardOutput.data(using: .utf8),
                          let decoded = try? JSONDecoder().decode(ScaleBenchmark.Result.self, from: data) else {
                        throw CommandFailure.internalError("error: scale benchmark failed (\(r.exitStatus)):\n\(r.standardError)")
                    }
                    results[cities, default: []].append(decoded)
                    runs[cities, default: []].append(r)
                }
            }
            func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
            let rate = { (cities: Int) in median(results[cities]!.map(\.briefsPerSecond)) }
            let steady = { (cities: Int) in median(results[cities]!.map(\.steadyBriefsPerSecond)) }
            for cities in editions {
                var queue = runs[cities]!
                var c = try measure(cities == 0 ? "scale: real edition briefs (in memory)" : "scale: \(scaleCities)-city synthetic edition",
                                    target: cities == 0 ? "" : "briefs/s within 10 % of real", quiet: true) { queue.removeFirst() }
                let r = results[cities]!.last!
                c.note = String(format: "%d of %d cities' briefs; median %.1f briefs/s, steady %.1f briefs/s after the first (%.2f s); resampling %.2f s",
                                r.briefs, r.cities, rate(cities), steady(cities), r.firstBriefSeconds, r.prepareSeconds)
                if cities != 0 {
                    c.note += String(format: "; %+.1f %% vs the real edition (steady %+.1f %%)",
                                     100 * (rate(cities) / rate(0) - 1), 100 * (steady(cities) / steady(0) - 1))
                }
                logCase(c)
                log("    " + c.note)
                cases.append(c)
            }
        }
        return cases
    }

    /// The editor loop: narrative saves to `report.pdf` and, when the edition has analyst notes,
    /// note saves to the city's brief, with the real `folio watch`.
    private func watchCases(root: String, log: (String) -> Void) throws -> [Case] {
        let watch = try WatchBenchmark(executable: executable, editionDirectory: editionDirectory,
                                       saves: max(1, watchSaves), jobs: jobs).run(root: root)
        func watchCase(_ name: String, _ times: [Double], target: String, note: String) -> Case {
            let sorted = times.sorted()
            let c = Case(name: name, seconds: sorted[sorted.count / 2], fastest: sorted[0], peakMiB: 0, cpuSeconds: 0, runs: times,
                         target: target, note: note + "; folio watch on inotify; memory and CPU not measured")
            log(String(format: "%-44@ %7.3f s (fastest %.3f s)", c.name as NSString, c.seconds, c.fastest))
            return c
        }
        var cases = [watchCase("watch: narrative edit, save to PDF", watch.narrativeSeconds,
                               target: "≤ Typst's incremental recompile (Benchmarks/typst/compare.py --edits)",
                               note: "median of \(watch.narrativeSeconds.count) saves of \(watch.narrative), each with a new word in its first sentence")]
        if let city = watch.noteCity, !watch.noteSeconds.isEmpty {
            cases.append(watchCase("watch: note edit, save to brief PDF", watch.noteSeconds, target: "≤ 0.1 s",
                                   note: "median of \(watch.noteSeconds.count) saves of city-notes.yaml, each with a new word in the note of \(city), timed to briefs/\(city).pdf"))
        }
        return cases
    }

    /// The cases as a Markdown table.
    public static func markdown(_ cases: [Case]) -> String {
        var lines = ["| case | median wall | fastest wall | median CPU | peak memory | target | note |", "|---|---:|---:|---:|---:|---|---|"]
        for c in cases {
            lines.append(String(format: "| %@ | %.3f s | %.3f s | %.3f s | %.0f MiB | %@ | %@ |", c.name as NSString, c.seconds, c.fastest,
                                c.cpuSeconds, c.peakMiB, c.target as NSString, c.note as NSString))
        }
        return lines.joined(separator: "\n")
    }
}
