//! `folio watch`: rebuilds through the cache whenever an edition, layout or font file changes.

import ArgumentParser
import FolioBuild
import Foundation

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Rebuild what a saved file affects (through the cache) and print the warnings.")

    @Option(help: "Edition folder (default: the bundled cities-2025 edition).")
    var edition: String?

    @Option(help: "Output folder.")
    var out: String = "out"

    @Option(help: "Comma-separated formats: pdf, png, svg (PDF only by default, for speed).")
    var formats: String = "pdf"

    @Option(help: "Cache folder.")
    var cache: String = ".folio-cache"

    @Option(help: "Worker threads (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds between two looks at the files.")
    var interval: Double = 0.2

    @Option(help: "Stop after this many seconds (default: run until interrupted).")
    var duration: Double?

    @Option(help: "Stop after this many builds, the first included.")
    var maxBuilds: Int?

    func run() async throws {
        let options = BuildOptions(editionDirectory: EditionPaths.edition(edition), outputDirectory: out, jobs: jobs,
                                   formats: try OutputFormat.parse(formats), cacheDirectory: cache)
        let watcher = BuildWatcher(options: options, interval: .milliseconds(Int(interval * 1000)), duration: duration, maxBuilds: maxBuilds)
        func emit(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        emit("watching \(options.editionDirectory) and the layouts; Ctrl-C to stop")
        watcher.run(progress: ConsoleProgress(style: .lines)) { result, changed in
            if !changed.isEmpty { emit("changed: " + changed.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")) }
            switch result {
            case .success(let outcome): for line in outcome.summary { emit(line) }
            case .failure(let error): emit("build failed; \(out)/ is unchanged:\n\(error)")
            }
        }
    }
}
