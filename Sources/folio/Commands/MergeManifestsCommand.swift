//! `folio merge-manifests`: combines the manifests of shards 1…N into one.

import ArgumentParser
import FolioBuild
import Foundation

struct MergeManifestsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-manifests",
        abstract: "Combine the manifest.json files of shards 1…N of one build into the manifest of the whole build.")

    @Argument(help: "Shard manifests (or folders holding manifest.json).")
    var manifests: [String]

    @Option(help: "Where to write the merged manifest (default: standard output).")
    var output: String?

    func run() async throws {
        let paths = manifests.map { path -> String in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                ? path + "/manifest.json" : path
        }
        let merged = try CommandFailure.wrap { try BuildManifest.merge(try paths.map(BuildManifest.read)) }
        let data = try merged.encoded()
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
