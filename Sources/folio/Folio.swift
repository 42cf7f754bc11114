//! The `folio` command: parses arguments, runs a subcommand, maps failures to exit codes.

import ArgumentParser
import FolioBuild
import Foundation

/// Exit codes: 0 success, 1 invalid input, 2 usage error, 70 internal error.
@main
struct Folio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Typesets data-driven city reports to PDF and PNG.",
        subcommands: [DemoCommand.self, InitCommand.self, CheckCommand.self, ScoresCommand.self, ReportCommand.self, BriefsCommand.self,
                      BuildCommand.self, WatchCommand.self, MergeManifestsCommand.self, BenchCommand.self])

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            Foundation.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            // ArgumentParser reports usage errors as EX_USAGE (64); Folio's contract says 2.
            if code.rawValue == ExitCode.validationFailure.rawValue { Foundation.exit(2) }
            Foundation.exit(70)
        }
    }
}
