import Foundation
import PlaybookKit

/// `care.breathe`: a paced breathing exercise counted out second by second, driven by
/// the context's clock so that tests and the trainer demo run it without waiting.
enum BreatheAction {
    /// Rounds when the playbook gives none.
    static let defaultCycles = 4
    /// Rounds allowed.
    static let cycleRange = 1...20

    static let descriptor = ActionDescriptor(
        name: "breathe",
        summary: "Guides a short paced-breathing exercise, counting each breath in, hold and out.",
        parameters: [
            ParameterDescriptor("cycles", .number, required: false, "How many breaths, 1 to 20 (default 4)."),
            ParameterDescriptor(
                "pattern", .string, required: false,
                "Seconds in-hold-out, optionally -rest: 4-2-6 (default) or 4-4-4-4; in and out 1 to 10, hold and rest 0 to 10."),
        ],
        outputs: [
            OutputDescriptor("cycles-done", .number, "Breaths guided."),
            OutputDescriptor("seconds", .number, "How long the exercise took, in seconds."),
        ])

    static func perform(_ request: ActionRequest, context: ActionContext, text: FacetText) throws(ActionError) -> ActionResult {
        var cycles = defaultCycles
        if let value = request.parameters["cycles"], value != .null {
            let number = try request.number("cycles")
            guard number == number.rounded(), number >= Double(cycleRange.lowerBound), number <= Double(cycleRange.upperBound) else {
                throw .invalidParameter("cycles", text("breathe.invalid-cycles", "\(cycleRange.lowerBound)", "\(cycleRange.upperBound)"))
            }
            cycles = Int(number)
        }
        var pattern = BreathingPattern.standard
        if let given = try request.optionalString("pattern") {
            guard let parsed = BreathingPattern(given.trimmingCharacters(in: .whitespaces)) else {
                throw .invalidParameter("pattern", text("breathe.invalid-pattern", given))
            }
            pattern = parsed
        }
        context.emit(text("breathe.start", "\(cycles)", pattern.description))
        for cycle in 1...cycles {
            context.emit(text("breathe.breath", "\(cycle)", "\(cycles)"))
            for phase in pattern.phases {
                context.emit(text("breathe.cue", text(phase.cue), "\(phase.seconds)"))
                context.clock.sleep(seconds: 1)
                for remaining in stride(from: phase.seconds - 1, through: 1, by: -1) {
                    context.emit("\(remaining)")
                    context.clock.sleep(seconds: 1)
                }
            }
        }
        context.emit(text("breathe.end"))
        let seconds = cycles * pattern.seconds
        return ActionResult(
            outputs: ["cycles-done": .number(Double(cycles)), "seconds": .number(Double(seconds))],
            messages: [text("breathe.done", "\(cycles)", "\(seconds)")])
    }
}
