//! `folio bench`: measures full, PNG, brief, incremental and scale builds (optional; not part of `make test`).

import ArgumentParser
import FolioBuild
import Foundation

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark folio build: report, report + PNG, briefs on 1 and all cores, no-op rebuild, watch save to PDF (narrative; a note when the edition has notes), 2,800-city scale.",
        discussion: "Run it on a release build. Each case runs in a child process; its peak memory is that process's own.")

    @Option(help: "Edition folder (default: the bundled cities-2025 edition).")
    var edition: String?

    @Option(help: "Worker threads for the parallel cases (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Runs per case; the median is reported.")
    var repeats: Int = 3

    @Option(help: "Cities of the synthetic scale edition (0 skips the scale test).")
    var scaleCities: Int = 2800

    @Option(help: "Briefs rendered from the synthetic edition (evenly spread over its cities).")
    var scaleSample: Int = 120

    @Option(help: "Narrative saves timed while folio watch runs, save to PDF (0 skips the editor loop).")
    var watchSaves: Int = 9

    @Flag(help: "Run the editor-loop cases only (folio watch: narrative saves, and note saves when the edition has notes).")
    var watchOnly = false

    @Option(help: .hidden)
    var scaleChild: Int?

    @Flag(help: "Print the results as JSON.")
    var json = false

    func run() async throws {
        let editionPath = EditionPaths.edition(edition)
        if let cities = scaleChild {
            // Child process of the scale test: 0 means the real edition.
            let result = try CommandFailure.wrap {
                try ScaleBenchmark.run(editionDirectory: editionPath, cities: cities == 0 ? -1 : cities, sample: scaleSample, jobs: jobs)
            }
            FileHandle.standardOutput.write(try JSONEncoder().encode(result))
            return
        }
        var suite = BenchmarkSuite(editionDirectory: editionPath, jobs: jobs, repeats: repeats,
                                   scaleCities: scaleCities, scaleSample: scaleSample, watchSaves: watchSaves)
        suite.watchOnly = watchOnly
        let cases = try CommandFailure.wrap {
            try suite.run { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try e.encode(cases))
        } else {
            print(BenchmarkSuite.markdown(cases))
        }
    }
}
