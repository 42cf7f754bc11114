//! `folio build`: the print edition and every brief in one deterministic, incremental,
//! parallel, atomic and shardable build, described by `manifest.json`.

import FolioCompose
import FolioCore
import FolioDocument
import FolioGraphics
import FolioLoad
import FolioModel
import Foundation

/// Runs one build. Outputs are staged beside the output folder and moved into place only
/// when everything succeeded; each output is restored from the cache when its key matches.
public struct BuildJob: Sendable {
    public var options: BuildOptions
    /// State kept from earlier builds (`folio watch`); nil: a build from nothing.
    public var memory: BuildMemory?
    public init(options: BuildOptions, memory: BuildMemory? = nil) { self.options = options; self.memory = memory }

    /// What a build did.
    public struct Outcome: Sendable {
        public var manifest: BuildManifest
        public var outputDirectory: String
        /// Human-readable lines: warnings, then one summary line.
        public var summary: [String]
    }

    public func run(progress: BuildProgress = SilentProgress()) throws -> Outcome {
        let started = ContinuousClock.now
        var timings: [String: Double] = [:]
        var lap = ContinuousClock.now
        func stage(_ name: String, _ detail: String) {
            let now = ContinuousClock.now
            let seconds = (now - lap).seconds
            timings[name, default: 0] += seconds
            progress.end(name, detail: detail, seconds: seconds)
            lap = now
        }
        let epoch = BuildEnvironment.sourceDateEpoch

        progress.begin("load", total: 1)
        let (edition, loadWarnings) = try CommandFailure.wrap { try EditionLoader.load(directory: options.editionDirectory, memo: memory?.edition) }
        let selected = options.targets.contains(.briefs) ? try BriefsJob.resolve(options.cities, in: edition) : []
        let slugs = options.shard.select(selected)
        // briefs/all.pdf holds every selected brief; the first shard writes it.
        let combined = AllBriefsPDF.wanted(options) ? selected : []
        // What `folio check` checks beyond loading, before anything is laid out: the same
        // messages, after the load warnings, as the check prints them. It runs before the first
        // output that is not in the cache (a cached output's key covers every input the check
        // reads, and they passed when it was stored), so a no-op rebuild composes nothing.
        var preflight = Preflight(options, report: options.targets.contains(.report) && options.shard.includesReport,
                                  briefs: combined.isEmpty ? slugs : combined)
        preflight.coverage = try memory?.coverage(fontDirectory: FontSet.defaultDirectory())
        // A watch session checks only the parts whose inputs changed (keys set once hashed).
        preflight.memo = memory?.preflight
        var preflightDone = false
        /// The report the preflight composed, laid out as it is (nil: the report job composes it).
        var composedReport: Preflight.Checked?
        func preflightOnce() throws {
            guard !preflightDone else { return }
            preflightDone = true
            let started = ContinuousClock.now
            let checked = preflight.check(edition)
            timings["preflight"] = (ContinuousClock.now - started).seconds
            composedReport = checked
            if !checked.errors.isEmpty { throw CommandFailure.invalidInput(DiagnosticList(loadWarnings + checked.errors).description) }
        }
        if options.cacheDirectory == nil { try preflightOnce() }
        // The brief structure (checked above with the layouts) for the briefs laid out here.
        let briefStructure = slugs.isEmpty && combined.isEmpty ? nil
            : try CommandFailure.wrap { try memory?.briefStructure(path: options.briefStructurePath) ?? BriefStructureLoader.load(path: options.briefStructurePath) }
        stage("load", "\(edition.cities.count) cities, \(edition.dimensions.count) dimensions" + (loadWarnings.isEmpty ? "" : ", \(loadWarnings.count) warning(s)"))

        let inputs = try BuildInputs.fingerprint(options, digests: memory?.digests)
        if memory != nil {
            preflight.keys = PreflightKeys(inputs, edition: edition, briefs: preflight.briefs, options: options, epoch: epoch)
        }
        let cache = options.cacheDirectory.map(BuildCache.init)
        let staging = try OutputStaging(outputDirectory: options.outputDirectory)
        let root = staging.stagingDirectory.path
        stage("fingerprint", "inputs hashed")

        var files: [OutputFile] = []
        var warnings = loadWarnings.map(ManifestWarning.init)
        var rendered: [String] = [], reused: [String] = []
        /// Briefs drawn by this build (not restored from the cache), relative to the output folder.
        var drawn: [String] = []
        var labels: [String: String]?
        var reportPages: Int?

        if options.targets.contains(.report), options.shard.includesReport {
            progress.begin("report", total: 1)
            let key = inputs.reportKey(options, epoch: epoch)
            if let cache, let entry = cache.entry(key, kind: "report") {
                try cache.restore(entry, into: root)
                files += entry.files; warnings += entry.warnings
                labels = entry.observationPages; reportPages = entry.pages
                reused.append("report")
                stage("report", "reused from the cache")
            } else {
                try preflightOnce()
                let entry = try renderReport(edition: edition, composed: composedReport, root: root, timings: &timings)
                // A watch session shows the new report at once; briefs whose "see page N" moved
                // and `briefs/all.pdf` may take longer (see `OutputStaging.publish`).
                if memory != nil { try staging.publish(entry.files.map(\.path)) }
                try cache?.store(entry, key: key, kind: "report", from: root)
                try cache?.storeLabels(entry.observationPages ?? [:], key: inputs.reportLayoutKey(options, epoch: epoch))
                files += entry.files; warnings += entry.warnings
                labels = entry.observationPages; reportPages = entry.pages
                rendered.append("report")
                lap = ContinuousClock.now
                progress.end("report", detail: "\(entry.pages ?? 0) pages rendered", seconds: timings.filter { $0.key.hasPrefix("report") || $0.key.hasPrefix("export report") }.values.reduce(0, +))
            }
        }

        if !slugs.isEmpty || !combined.isEmpty, let briefStructure {
            progress.begin("briefs", total: slugs.count)
            if labels == nil, (slugs + combined).contains(where: { s in edition.observations.contains { $0.city == s } }) {
                let key = inputs.reportLayoutKey(options, epoch: epoch)
                if let cached = cache?.labels(key) {
                    labels = cached
                } else {
                    try preflightOnce()
                    labels = try CommandFailure.wrap {
                        try BriefsJob.observationPages(editionDirectory: options.editionDirectory, layoutPath: options.reportLayoutPath,
                                                       structurePath: options.structurePath, edition: edition)
                    }
                    try cache?.storeLabels(labels!, key: key)
                    stage("page labels", "observation pages of the print edition laid out")
                }
            }
            var keys: [String: String] = [:]
            var missing: [String] = []
            for slug in slugs + combined where keys[slug] == nil {
                keys[slug] = inputs.briefKey(slug, edition: edition, observationPages: labels ?? [:], options: options, epoch: epoch)
            }
            for slug in slugs {
                let key = keys[slug]!
                if let cache, let entry = cache.entry(key, kind: "brief") {
                    try cache.restore(entry, into: root)
                    files += entry.files; warnings += entry.warnings
                    reused.append("brief:" + slug)
                } else {
                    missing.append(slug)
                }
            }
            var renderer = BriefRenderer(edition: edition, layoutPath: options.briefLayoutPath, structure: briefStructure,
                                         observationPages: labels ?? [:], formats: options.formats, dpi: options.dpi, jobs: options.jobs)
            if let memory, !missing.isEmpty {
                renderer.memory = BriefWorkerMemory(
                    setup: memory.briefSetup, layoutKey: inputs.briefLayout,
                    gridKey: inputs.briefGridKey(edition: edition, structure: briefStructure, observationPages: labels ?? [:],
                                                 options: options, epoch: epoch),
                    shaper: try memory.shaper(fontDirectory: FontSet.defaultDirectory()))
            }
            if !missing.isEmpty { try preflightOnce() }
            let written = try CommandFailure.wrap {
                try renderer.render(missing, root: root, progress: progress, keepPages: !combined.isEmpty)
            }
            var pages = written.compactMapValues(\.page)
            timings["briefs render"] = (ContinuousClock.now - lap).seconds
            for slug in missing {
                // A condensed brief's warnings are kept with it, so a cached rebuild reports them too.
                let entry = CacheEntry(files: written[slug]?.files ?? [], warnings: (written[slug]?.warnings ?? []).map(ManifestWarning.init),
                                       observationPages: nil, pages: 1)
                try cache?.store(entry, key: keys[slug]!, kind: "brief", from: root)
                files += entry.files; warnings += entry.warnings
                drawn += entry.files.map(\.path)
                rendered.append("brief:" + slug)
            }
            if !combined.isEmpty {
                let key = AllBriefsPDF.key(briefKeys: combined.map { keys[$0]! })
                if let cache, let entry = cache.entry(key, kind: "all-briefs") {
                    try cache.restore(entry, into: root)
                    files += entry.files
                    reused.append(AllBriefsPDF.runName)
                } else {
                    try preflightOnce()
                    // The combined file takes longest: a watch session shows what is drawn already
                    // (the saved note's brief) first. `briefs/all.pdf` and `manifest.json` follow
                    // with the commit, and stay the last good ones if the build fails.
                    if memory != nil, !drawn.isEmpty { try staging.publish(drawn) }
                    let started = ContinuousClock.now
                    // A brief's key covers all its inputs: a page kept under the same key is the same page.
                    for slug in combined where pages[slug] == nil {
                        if let kept = memory?.briefPages[slug], kept.key == keys[slug] { pages[slug] = kept.page }
                    }
                    let (entry, all) = try AllBriefsPDF.write(combined, pages: pages, edition: edition, options: options,
                                                              observationPages: labels ?? [:], root: root, runMemo: memory?.briefRuns)
                    memory?.briefPages = Dictionary(uniqueKeysWithValues: combined.compactMap { s in all[s].map { (s, (keys[s]!, $0)) } })
                    timings["briefs all.pdf"] = (ContinuousClock.now - started).seconds
                    try cache?.store(entry, key: key, kind: "all-briefs", from: root)
                    files += entry.files
                    rendered.append(AllBriefsPDF.runName)
                }
            }
            stage("briefs", "\(missing.count) rendered, \(slugs.count - missing.count) reused from the cache"
                  + (combined.isEmpty ? "" : ", all.pdf"))
        }

        let editionName = URL(fileURLWithPath: options.editionDirectory).standardizedFileURL.lastPathComponent
        let total = (ContinuousClock.now - started).seconds
        let manifest = BuildManifest(
            folioVersion: FolioVersion.current,
            edition: .init(name: editionName, title: edition.info.title, contentHash: inputs.editionHash),
            formats: options.formats.map(\.rawValue),
            shard: options.shard.isWhole ? nil : options.shard.description, mergedShards: nil,
            reportPages: reportPages, briefs: slugs,
            outputs: files.sorted { $0.path < $1.path },
            warnings: Array(Set(warnings)).sorted(),
            run: .init(jobs: options.jobs, rendered: rendered.sorted(), reused: reused.sorted(),
                       timings: timings.mapValues { ($0 * 1000).rounded() / 1000 }, totalSeconds: (total * 1000).rounded() / 1000))
        try manifest.encoded().write(to: URL(fileURLWithPath: root + "/manifest.json"))
        try staging.commit()
        stage("write", "\(files.count + 1) files moved into \(options.outputDirectory)")

        let out = (options.outputDirectory as NSString).standardizingPath
        let line = "built \(reportPages.map { "the report (\($0) pages) and " } ?? "")\(slugs.count) brief(s) into \(out)/"
            + " in \(String(format: "%.2f", total)) s: \(rendered.count) rendered, \(reused.count) reused from the cache"
            + (options.shard.isWhole ? "" : " (shard \(options.shard))")
        return Outcome(manifest: manifest, outputDirectory: out, summary: manifest.warnings.map(\.description) + [line])
    }

    /// Lays out and writes the report; its entry carries the layout's warnings and page labels.
    private func renderReport(edition: Edition, composed: Preflight.Checked?, root: String, timings: inout [String: Double]) throws -> CacheEntry {
        let job = ReportJob(editionDirectory: options.editionDirectory, layoutPath: options.reportLayoutPath,
                            structurePath: options.structurePath, outputDirectory: "", dpi: options.dpi,
                            png: options.formats.contains(.png), strict: options.strict, jobs: options.jobs)
        // The edition was loaded (and its warnings recorded) at the start of the build.
        let output = try CommandFailure.wrap {
            try job.build(shaper: try memory?.shaper(fontDirectory: FontSet.defaultDirectory())
                            ?? TextShaper(fontSet: try FontSet(directory: FontSet.defaultDirectory())),
                          loaded: (edition, []), composed: composed?.report, files: composed?.reportFiles, sectionMemo: memory?.sections)
        }
        for (name, seconds) in output.timings { timings["report " + name, default: 0] += seconds }
        let files = try CommandFailure.wrap {
            try OutputWriter.writeReport(output.pages, info: output.info, formats: options.formats, dpi: options.dpi,
                                         jobs: options.jobs, root: root, runMemo: memory?.runs, timings: &timings)
        }
        var labels: [String: String] = [:]
        for o in edition.observations { labels[o.slug] = output.layout.headingPages[ReportIDs.observation(o.slug)] }
        return CacheEntry(files: files, warnings: output.layout.diagnostics.map(ManifestWarning.init),
                          observationPages: labels, pages: output.pages.count)
    }
}
