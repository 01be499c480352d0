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

    static func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        var cycles = defaultCycles
        if let value = request.parameters["cycles"], value != .null {
            let number = try request.number("cycles")
            guard number == number.rounded(), number >= Double(cycleRange.lowerBound), number <= Double(cycleRange.upperBound) else {
                throw .invalidParameter("cycles", "give a whole number of breaths from \(cycleRange.lowerBound) to \(cycleRange.upperBound)")
            }
            cycles = Int(number)
        }
        var pattern = BreathingPattern.standard
        if let text = try request.optionalString("pattern") {
            guard let parsed = BreathingPattern(text.trimmingCharacters(in: .whitespaces)) else {
                throw .invalidParameter(
                    "pattern", "'\(text)' is not a breathing pattern; write seconds in-hold-out such as 4-2-6, or in-hold-out-rest such as 4-4-4-4 (in and out 1 to 10, hold and rest 0 to 10)")
            }
            pattern = parsed
        }
        context.emit("Let's breathe together: \(cycles) slow breaths (\(pattern)). Sit comfortably and let your shoulders drop.")
        for cycle in 1...cycles {
            context.emit("Breath \(cycle) of \(cycles)")
            for phase in pattern.phases {
                context.emit("\(phase.cue)… \(phase.seconds)")
                context.clock.sleep(seconds: 1)
                for remaining in stride(from: phase.seconds - 1, through: 1, by: -1) {
                    context.emit("\(remaining)")
                    context.clock.sleep(seconds: 1)
                }
            }
        }
        context.emit("Well done. Notice how your body feels now.")
        let seconds = cycles * pattern.seconds
        return ActionResult(
            outputs: ["cycles-done": .number(Double(cycles)), "seconds": .number(Double(seconds))],
            messages: ["\(cycles) breaths, \(seconds) seconds. You can come back to this whenever you need it."])
    }
}
