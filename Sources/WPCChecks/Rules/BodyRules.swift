import Foundation
import WPCModel

/// A Responsible-body cell resolved against the registry.
struct ResolvedBodyCell: Sendable {
    var cell: WrittenText
    var resolution: BodyResolver.Resolution

    /// The body cells (tasks' and indicators') whose resolution leaves text
    /// that names no known body: all that the body rules report on. Empty
    /// without a registry.
    static func withLeftovers(in programme: Programme, registry: BodyRegistry?) -> [ResolvedBodyCell] {
        guard let registry else { return [] }
        var resolutions = BodyResolutionCache(BodyResolver(registry: registry))
        var cells: [ResolvedBodyCell] = []
        func resolve(_ cell: borrowing WrittenText?) {
            guard let cell = copy cell, !cell.isBlank else { return }
            let resolution = resolutions.resolution(of: cell.text)
            if !resolution.leftovers.isEmpty { cells.append(ResolvedBodyCell(cell: cell, resolution: resolution)) }
        }
        CheckContext.forEachTask(of: programme) { task, _ in
            resolve(task.pointer.pointee.bodies)
            CheckContext.forEachIndicator(of: task) { resolve($0.pointer.pointee.bodies) }
        }
        return cells
    }

    /// Whether a leftover reads as the name of a body (capitalised, not "etc.",
    /// not a parenthetical) rather than stray words.
    static func looksLikeName(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase || first.isNumber else { return false }
        let folded = text.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return folded != "etc"
    }
}

/// `body.unknown`: a name in a Responsible-body cell that the registry does not know.
public struct UnknownBodyRule: CheckRule {
    /// The rule's stable id.
    public let id = "body.unknown"
    public let severity = Severity.warning
    public let summary = "A responsible body is not in the registry of bodies."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let registry = context.registry else { return [] }
        var suggestions = BodySuggestions(registry)
        var result: [Diagnostic] = []
        for resolved in context.bodyCellsWithLeftovers {
            for leftover in resolved.resolution.leftovers where ResolvedBodyCell.looksLikeName(leftover.text) {
                let nearest = suggestions.nearest(to: leftover.text)?.map(\.displayName) ?? []
                result.append(diagnostic("unknown responsible body '\(leftover.text)'", in: resolved.cell,
                                         offset: leftover.offset, length: leftover.text.utf8.count,
                                         help: nearest.isEmpty ? "add it to the body registry"
                                             : "nearest known bodies: \(nearest.joined(separator: "; ")); or add it to the body registry",
                                         context: context))
            }
        }
        return result
    }
}

/// `body.leftover-text`: words in a Responsible-body cell that name no body ("etc.", a parenthetical).
public struct BodyLeftoverTextRule: CheckRule {
    /// The rule's stable id.
    public let id = "body.leftover-text"
    public let severity = Severity.warning
    public let summary = "Part of a responsible-body cell matches no body (\"etc.\", a remark in brackets)."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.bodyCellsWithLeftovers.flatMap { resolved in
            resolved.resolution.leftovers.filter { !ResolvedBodyCell.looksLikeName($0.text) }.map { leftover in
                diagnostic("'\(leftover.text)' in the responsible-body cell names no body", in: resolved.cell,
                           offset: leftover.offset, length: leftover.text.utf8.count,
                           help: "keep only body names in this cell; move remarks to the indicator or the progress column",
                           context: context)
            }
        }
    }
}
