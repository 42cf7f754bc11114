//! Hands control to libFuzzer with a Swift callback (our main, libFuzzer's driver).

import CFuzzer
import Foundation

/// Runs libFuzzer with the process arguments, calling `body` once per input.
public enum FuzzDriver {
    nonisolated(unsafe) private static var body: ((Data) -> Void)?

    public static func run(_ body: @escaping (Data) -> Void) -> Never {
        Self.body = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, size in
            let data = size == 0 || bytes == nil ? Data() : Data(bytes: bytes!, count: size)
            FuzzDriver.body!(data)
            return 0
        }
        exit(status)
    }
}
