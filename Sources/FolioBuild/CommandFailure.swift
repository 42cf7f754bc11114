//! The failures a command reports to its caller, with the process exit code each maps to.

import FolioCore
import FolioGraphics

/// A failure with a user-facing message and the exit code the CLI contract gives it:
/// 1 invalid input, 2 usage error, 70 internal error.
public struct CommandFailure: Error, CustomStringConvertible, Sendable {
    public var exitCode: Int32
    public var message: String
    public init(exitCode: Int32, message: String) { self.exitCode = exitCode; self.message = message }
    public var description: String { message }

    public static func invalidInput(_ message: String) -> CommandFailure { CommandFailure(exitCode: 1, message: message) }
    public static func usage(_ message: String) -> CommandFailure { CommandFailure(exitCode: 2, message: message) }
    public static func internalError(_ message: String) -> CommandFailure { CommandFailure(exitCode: 70, message: message) }

    /// Runs `body`, turning known error types into failures with the right exit code.
    public static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let f as CommandFailure {
            throw f
        } catch let list as DiagnosticList {
            throw invalidInput(list.description)
        } catch let d as Diagnostic {
            throw invalidInput(d.description)
        } catch let g as GraphicsError {
            throw internalError("error: \(g.description)")
        } catch {
            throw internalError("internal error: \(error)")
        }
    }
}
