import Testing

@testable import PlaybookTerminal

private let plain = TerminalStyle(enabled: false)
private let styled = TerminalStyle(enabled: true)
private let escape = "\u{1B}"

private func render(_ markdown: String, width: Int = 80, style: TerminalStyle = plain, indent: String = "") -> String {
    TerminalMarkdown.render(markdown, width: width, style: style, indent: indent)
}

/// The text as shown, without the style's SGR sequences.
private func visible(_ text: String) -> String {
    var result = ""
    var inSequence = false
    for character in text {
        if character == "\u{1B}" {
            inSequence = true
        } else if inSequence {
            if character == "m" { inSequence = false }
        } else {
            result.append(character)
        }
    }
    return result
}

private func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

@Suite struct TerminalMarkdownTests {
    private let advice = """
        Before you change any password, make sure the device you use is not the one you \
        think is compromised: borrow a trusted phone or laptop if you can, then change the \
        password of your email account first, because it can reset all the others.
        """

    @Test func plainSentenceComesOutUnchanged() {
        let sentence = "Change the password of your email account from a device you trust."
        #expect(render(sentence) == sentence)
        #expect(render(sentence, style: styled) == sentence)
    }

    @Test(arguments: [20, 33, 47, 80])
    func wrapsToWidthKeepingEveryWord(width: Int) {
        for style in [plain, styled] {
            let output = render(advice, width: width, style: style)
            let shown = lines(visible(output))
            #expect(shown.count > 1)
            #expect(shown.allSatisfy { $0.count <= width })
            #expect(shown.joined(separator: " ").split(separator: " ") == advice.split(separator: " "))
        }
    }

    @Test func countsCharactersNotBytes() {
        #expect(render("Ça évite ça à côté", width: 18) == "Ça évite ça à côté")
        #expect(render("мой телефон украли вчера", width: 12) == "мой телефон\nукрали вчера")
    }

    @Test func joinsSoftLineBreaksAndKeepsHardOnes() {
        #expect(render("Keep calm\nand   breathe.") == "Keep calm and breathe.")
        #expect(render("Line one\\\nLine two") == "Line one\nLine two")
        #expect(render("Line one  \nLine two") == "Line one\nLine two")
    }

    @Test func separatesParagraphsWithOneBlankLine() {
        #expect(render("First.\n\n\n\nSecond.") == "First.\n\nSecond.")
    }

    @Test func prefixesEveryLineWithTheIndentWithinTheWidth() {
        let output = render("One two three four five six.\n\nSeven.", width: 12, indent: "  ")
        #expect(output == "  One two\n  three four\n  five six.\n\n  Seven.")
    }

    @Test func showsHeadingsBoldOrUnderlined() {
        #expect(render("# Your account", style: styled) == "\(escape)[1mYour account\(escape)[0m")
        #expect(render("# Your account\nWhat happened?") == "Your account\n============\n\nWhat happened?")
        #expect(render("## Next steps ##") == "Next steps\n----------")
        #expect(render("### Details") == "Details")
        #expect(render("Evidence\n--------\nKeep it.") == "Evidence\n--------\n\nKeep it.")
        #expect(render("#hashtag is text") == "#hashtag is text")
    }

    @Test func wrapsLongHeadingsAndLimitsTheUnderline() {
        let output = render("# Someone is impersonating you online", width: 16)
        #expect(output == "Someone is\nimpersonating\nyou online\n=============")
    }

    @Test func emphasisIsStyledOrPlain() {
        let markdown = "Do *not* pay, and __never__ reply."
        #expect(render(markdown) == "Do not pay, and never reply.")
        #expect(render(markdown, style: styled) == "Do \(escape)[3mnot\(escape)[0m pay, and \(escape)[1mnever\(escape)[0m reply.")
        #expect(render("***Now***", style: styled) == "\(escape)[3m\(escape)[1mNow\(escape)[0m\(escape)[0m")
        #expect(render("**stay on this page**", style: styled) == "\(escape)[1mstay on this page\(escape)[0m")
    }

    @Test func leavesLiteralStarsAndUnderscoresAlone() {
        #expect(render("5 * 3 = 15") == "5 * 3 = 15")
        #expect(render("check /var/log/auth_log_old and snake_case_name") == "check /var/log/auth_log_old and snake_case_name")
        #expect(render("**unclosed") == "**unclosed")
        #expect(render("*a **b** c*") == "a b c")
    }

    @Test func showsInlineCodeAsWritten() {
        #expect(render("Run `gpg --verify file.sig`.") == "Run gpg --verify file.sig.")
        #expect(render("Type `**` literally", style: styled) == "Type ** literally")
        #expect(render("`` a`b ``") == "a`b")
    }

    @Test func showsLinkTargetsInFull() {
        #expect(render("Ask [Access Now's helpline](https://www.accessnow.org/help/) for help.")
            == "Ask Access Now's helpline (https://www.accessnow.org/help/) for help.")
        #expect(render("Open <https://example.org/report?id=1>.") == "Open https://example.org/report?id=1.")
        #expect(render("[https://bank.example](https://bank.example)") == "https://bank.example")
        #expect(render("[https://bank.example](https://evil.example/login)")
            == "https://bank.example (https://evil.example/login)")
        #expect(render("Write to <help@example.org>") == "Write to help@example.org")
        #expect(render("[the form](<https://example.org/a form> \"title\")") == "the form (https://example.org/a form)")
        #expect(render("[see](https://example.org/a_(b)_c)") == "see (https://example.org/a_(b)_c)")
    }

    @Test func neverBreaksAURL() {
        let url = "https://example.org/a/very/long/path/that/does/not/fit?and=query"
        let output = render("Report it on [the reporting form](\(url)), today.", width: 30)
        #expect(lines(output).contains("(\(url)),"))
        #expect(lines(output).filter { !$0.contains(url) }.allSatisfy { $0.count <= 30 })
        #expect(render("<\(url)>", width: 20) == url)
    }

    @Test func leavesNonLinksAsText() {
        #expect(render("[not a link] (really)") == "[not a link] (really)")
        #expect(render("a <b> tag and <3") == "a <b> tag and <3")
    }

    @Test func bulletsGetAHangingIndent() {
        let markdown = """
            - Write down what happened, when, and who saw it.
            * Take screenshots
            + Keep the originals
            """
        #expect(render(markdown, width: 24) == """
            • Write down what
              happened, when, and
              who saw it.
            • Take screenshots
            • Keep the originals
            """)
    }

    @Test func nestedListsIndentFurther() {
        let markdown = """
            - Accounts
              - Email
                - Recovery address
              - Social media
            - Devices
            """
        #expect(render(markdown) == """
            • Accounts
              • Email
                • Recovery address
              • Social media
            • Devices
            """)
        #expect(render("1. Phone\n  - SIM lock\n2. Laptop") == "1. Phone\n   • SIM lock\n2. Laptop")
    }

    @Test func numberedListsKeepTheirNumbers() {
        #expect(render("1. Breathe.\n2. Unplug the router.") == "1. Breathe.\n2. Unplug the router.")
        #expect(render("3) Three\n4) Four") == "3) Three\n4) Four")
        let ten = (1...10).map { "\($0). Step" }.joined(separator: "\n")
        let output = lines(render(ten))
        #expect(output[8] == " 9. Step")
        #expect(output[9] == "10. Step")
        #expect(render("1. Call the helpline and describe what you see.", width: 20)
            == "1. Call the helpline\n   and describe what\n   you see.")
    }

    @Test func looseListsKeepBlankLinesBetweenItems() {
        #expect(render("- One\n\n- Two") == "• One\n\n• Two")
        #expect(render("- One\n\n  More on one.\n- Two") == "• One\n\n  More on one.\n\n• Two")
    }

    @Test func quotesAreMarkedWithABar() {
        #expect(render("> You are not alone.") == "│ You are not alone.")
        let output = render("> What they wrote to you\nmay be a threat; keep it.", width: 20)
        #expect(output == "│ What they wrote to\n│ you may be a\n│ threat; keep it.")
        #expect(render("> One\n>\n> Two") == "│ One\n│\n│ Two")
        #expect(render("> > nested") == "│ │ nested")
        #expect(render("> quoted", style: styled) == "\(escape)[2m│\(escape)[0m quoted")
    }

    @Test func codeBlocksStayVerbatim() {
        let markdown = """
            Run:

            ```sh
            gpg --verify  *file*.sig   # a line far longer than the narrow width chosen here
              indented
            ```
            """
        #expect(render(markdown, width: 20) == """
            Run:

                gpg --verify  *file*.sig   # a line far longer than the narrow width chosen here
                  indented
            """)
        #expect(render("~~~\nunclosed\n\n# not a heading") == "    unclosed\n\n    # not a heading")
    }

    @Test func rulesFillTheWidth() {
        #expect(render("Above\n\n---\n\nBelow", width: 12) == "Above\n\n────────────\n\nBelow")
        #expect(render("* * *", width: 5, indent: "  ") == "  ───")
        #expect(render("> ___", width: 6) == "│ ────")
    }

    @Test func backslashEscapesShowTheCharacter() {
        #expect(render("\\*not emphasis\\*", style: styled) == "*not emphasis*")
        #expect(render("\\# not a heading") == "# not a heading")
        #expect(render("1\\. not a list") == "1. not a list")
        #expect(render("\\[not\\](a link)") == "[not](a link)")
        #expect(render("C:\\Users\\me") == "C:\\Users\\me")
    }

    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m alert", "red alert"),
        ("\u{1B}]8;;https://evil.example\u{1B}\\click here\u{1B}]8;;\u{1B}\\", "click here"),
        ("\u{1B}]8;;https://evil.example\u{07}click\u{1B}]8;;\u{07}", "click"),
        ("\u{1B}]0;new title\u{07}text", "text"),
        ("ring\u{07}the bell", "ringthe bell"),
        ("\u{9B}31mcsi\u{9B}0m", "csi"),
        ("\u{9D}8;;https://evil.example\u{9C}osc", "osc"),
        ("nul\u{0}byte\u{7F}\u{85}", "nulbyte"),
        ("\u{1B}c\u{1B}7reset", "reset"),
        ("\u{1B}[2J\u{1B}[H\u{1B}[?25lclear", "clear"),
        ("a\u{1B}", "a"),
        ("\u{1B}]unterminated\nnext line", "\nnext line"),
        ("pay\u{202E}gpj.exe", "paygpj.exe"),
        ("a\tb\n\tc", "a   b\n    c"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("Ünïcödé — ✓ ok 🙂", "Ünïcödé — ✓ ok 🙂"),
    ])
    func sanitiseRemovesWhatCouldDriveTheTerminal(input: String, expected: String) {
        let output = TerminalMarkdown.sanitise(input)
        #expect(output == expected)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }

    @Test func renderSanitisesBeforeLayout() {
        let hostile = "# \u{1B}[31mAlert\u{07}\n\n[\u{1B}]8;;https://evil.example\u{1B}\\bank](https://evil.example) \u{9B}2J\u{0}done"
        #expect(render(hostile) == "Alert\n=====\n\nbank (https://evil.example) done")
        #expect(render("```\n\u{1B}[2Jcode\n```") == "    code")
        #expect(render("text", indent: "\u{1B}[31m> ") == "> text")
    }

    @Test func styledOutputHasOnlyTheStylesOwnSequences() {
        let markdown = "# Title\n\n*a* **b** \u{1B}[5mblink \u{9B}1m > quote\n\n> quoted\n\n- item"
        let output = render(markdown, style: styled)
        let sequences = output.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst()
        #expect(!sequences.isEmpty)
        for sequence in sequences {
            #expect(["[0m", "[1m", "[2m", "[3m"].contains { sequence.hasPrefix($0) })
        }
        #expect(!visible(output).contains("5m"))
    }

    @Test func disabledStyleWritesNoEscapeSequences() {
        let markdown = """
            # Heading with *emphasis*

            Paragraph with **bold**, _italic_, `code`, a [link](https://example.org) and <https://example.org>.

            > A quote with ***both***

            1. One
               - nested *item*
            2. Two

            ```
            code
            ```

            ---
            """
        let output = render(markdown, style: plain)
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("Paragraph with bold, italic, code, a link (https://example.org) and"))
        #expect(render(markdown, style: styled).contains("\u{1B}"))
    }

    @Test func survivesHostileNesting() {
        let quotes = String(repeating: ">", count: 5_000) + " deep"
        #expect(render(quotes).hasSuffix("deep"))
        let lists = (0..<200).map { String(repeating: "  ", count: $0) + "- level" }.joined(separator: "\n")
        #expect(render(lists, width: 80).contains("level"))
        let brackets = String(repeating: "[", count: 20_000) + "x" + String(repeating: "](u)", count: 20_000)
        #expect(render(brackets).contains("x"))
        let stars = String(repeating: "*a ", count: 20_000) + String(repeating: "b* ", count: 20_000)
        #expect(visible(render(stars, style: styled)).contains("a"))
        let destinations = String(repeating: "[a](b", count: 20_000)
        #expect(render(destinations).hasPrefix("[a](b[a](b"))
        let ticks = (1...400).map { String(repeating: "`", count: $0) }.joined(separator: "x")
        #expect(!render(ticks).isEmpty)
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(render("") == "")
        #expect(render("\n\n  \n") == "")
    }
}
