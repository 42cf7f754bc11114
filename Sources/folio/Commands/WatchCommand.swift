//! `folio watch`: rebuilds, keeping the build's state in memory, whenever an input file is saved.

import ArgumentParser
import FolioBuild
import Foundation

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Rebuild what a saved file affects (kept in memory and the cache) and print what was redone.")

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

    @Option(help: "Seconds between two looks at the files when the kernel offers no file events.")
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
        watcher.run(progress: ConsoleProgress(style: .lines), events: emit) { rebuild in
            for line in rebuild.lines { emit(line) }
        }
    }
}
