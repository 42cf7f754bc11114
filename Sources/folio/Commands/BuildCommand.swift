//! `folio build`: the print edition and every brief, with a manifest, a cache and shards.

import ArgumentParser
import FolioBuild
import Foundation

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the print edition and every city brief into OUT/, with OUT/manifest.json.",
        discussion: """
        Deterministic with SOURCE_DATE_EPOCH, incremental through a content-addressed cache, \
        parallel (--jobs) and atomic: a failed build leaves OUT/ as it was and exits non-zero.
        """)

    @Option(help: "Edition folder (default: the bundled cities-2025 edition).")
    var edition: String?

    @Option(help: "Output folder.")
    var out: String = "out"

    @Option(help: "Layout file of the print edition (default: print.yaml).")
    var layout: String?

    @Option(help: "Layout file of the briefs (default: brief.yaml).")
    var briefLayout: String?

    @Option(help: "Report structure file (default: report.yaml).")
    var structure: String?

    @Option(help: "Worker threads (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Build shard I of N (e.g. 2/3): a deterministic 1/N of the briefs; the report only in shard 1.")
    var shard: String?

    @Option(help: "Comma-separated formats: pdf, png, svg.")
    var formats: String = "pdf,png"

    @Option(help: "Comma-separated documents to build: report, briefs.")
    var only: String = "report,briefs"

    @Option(help: "Structure file of the briefs: their blocks in order and how they condense.")
    var briefStructure: String = "brief-structure.yaml"

    @Option(name: .customLong("city"), help: "Build only these cities' briefs (slug or name; repeatable).")
    var cities: [String] = []

    @Flag(inversion: .prefixedNo, help: "Fail on any layout finding of the report (overflow, widow, orphan).")
    var strict = false

    @Option(help: "Cache folder.")
    var cache: String = ".folio-cache"

    @Flag(help: "Neither read nor write the cache: render everything.")
    var noCache = false

    @Option(help: "PNG resolution in dots per inch.")
    var dpi: Double = 150

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print a machine-readable summary (the manifest) on standard output.")
    var json = false

    func options() throws -> BuildOptions {
        var targets = Set<BuildTarget>()
        for part in only.split(separator: ",") {
            guard let t = BuildTarget(rawValue: part.trimmingCharacters(in: .whitespaces)) else {
                throw CommandFailure.usage("error: --only expects report, briefs or both, got \"\(part)\"")
            }
            targets.insert(t)
        }
        guard jobs >= 1 else { throw CommandFailure.usage("error: --jobs must be at least 1") }
        let editionDirectory = EditionPaths.edition(edition)
        var options = BuildOptions(editionDirectory: editionDirectory, outputDirectory: out,
                            briefStructurePath: LayoutPaths.path(briefStructure, edition: editionDirectory), jobs: jobs,
                            shard: try shard.map(Shard.init(parsing:)) ?? .whole, formats: try OutputFormat.parse(formats),
                            targets: targets, strict: strict, cacheDirectory: noCache ? nil : cache, dpi: dpi, cities: cities)
        if let layout { options.reportLayoutPath = LayoutPaths.path(layout, edition: editionDirectory) }
        if let briefLayout { options.briefLayoutPath = LayoutPaths.path(briefLayout, edition: editionDirectory) }
        if let structure { options.structurePath = LayoutPaths.path(structure, edition: editionDirectory) }
        return options
    }

    func run() async throws {
        let job = BuildJob(options: try options())
        let progress: BuildProgress = quiet ? SilentProgress() : ConsoleProgress.automatic()
        let outcome = try CommandFailure.wrap { try job.run(progress: progress) }
        if json {
            FileHandle.standardOutput.write(try outcome.manifest.encoded())
        } else if !quiet {
            for line in outcome.summary { print(line) }
        }
    }
}
