/// The files `playbook new` writes: a playbook with one step of each common kind, each
/// explained by a comment, and a test file that takes every branch. Both pass
/// `playbook lint` and `playbook test` as written, so an author starts from green.
public enum PlaybookScaffold {
    /// The playbook's text.
    public static func playbook(id: String, facet: String, reviewed: CalendarDate) -> String {
        """
        # A new playbook. Every key is explained in docs/playbook-format.md. Check it with
        # `playbook lint`, draw it with `playbook graph \(id)`, and keep its tests
        # (\(id).test.yaml, beside it) passing with `playbook test`.
        id: \(id)
        title: Replace this with a title a person in trouble recognises
        facet: \(facet)
        summary: >-
          Replace this with one or two sentences on when to use this playbook.
        reviewed: \(reviewed)                # the day the content was last checked
        start: situation                     # optional; default: the first step

        steps:
          # A question: the person picks one option, and the option's `next` decides where
          # they go. `value` is what is stored and compared; it stays the same when the
          # label is translated. `note` is for responders and never shown to the defender.
          situation:
            say: Take a breath. We will go through this one step at a time.
            ask: What is happening right now?
            options:
              - label: It started today
                value: today
                next: noticed-on
              - label: I am not sure yet
                value: unsure
                next: keep-calm
            note: Replace these options with the situations this playbook tells apart.

          # An input: a typed answer, asked again until it fits its type
          # (text, number, date, url or yes-no).
          noticed-on:
            ask: On which day did you first notice it?
            input: date
            next: first-steps

          # Information: text to read (Markdown), then on to `next`.
          keep-calm:
            say: You do not need to know everything now. The next steps help in any case.
            next: first-steps

          # A checklist: things to do, each reported done, not done or not applicable.
          # Item ids let answers and tests name the items.
          first-steps:
            say: Do these now, in this order.
            checklist:
              - id: write-down
                text: Write down what you saw, with the date and the time.
              - id: tell-someone
                text: Tell someone you trust what is happening.
                optional: true
                level: beginner
            next: which-end

          # Routing: nothing is asked; the first `when` that holds decides, else
          # `otherwise`. Conditions read earlier answers by step id (docs/expressions.md).
          # An action step (`action: <facet>.<name>`, parameters under `with`, and
          # `next`) is written like the other steps; docs/facets/ lists the actions.
          which-end:
            route:
              - when: situation == 'today'
                next: get-help
              - otherwise: watch

          # Ends: how things stand (resolved, referred, escalated or monitoring), and the
          # services of the responder directory to refer the person to.
          get-help:
            end: referred
            say: Contact one of the organisations listed below.
            refer: [digital_helpline]

          watch:
            end: monitoring
            say: Keep your notes, and come back to this playbook if anything changes.

        """
    }

    /// The test file's text, taking every branch of `playbook(id:facet:reviewed:)`.
    public static func test(id: String) -> String {
        """
        # Tests of the playbook \(id) (docs/playbook-tests.md); run them with `playbook test`.
        # Each case gives answers and says what must happen; together they take every
        # option and every route, so `playbook test` reports 100% branch coverage.
        playbook: \(id)
        cases:
          - name: It started today, so the person is referred
            answers:
              situation: today
              noticed-on: 2026-01-15
              first-steps: [write-down]
            expect:
              path: [situation, noticed-on, first-steps, which-end, get-help]
              end: get-help
              outcome: referred
              checklist: [write-down, tell-someone]
              refer: [digital_helpline]

          - name: Not sure yet, so the person keeps watch
            answers:
              situation: unsure
            expect:
              path: [situation, keep-calm, first-steps, which-end, watch]
              end: watch
              outcome: monitoring

        """
    }
}
