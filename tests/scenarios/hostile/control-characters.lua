-- expect: 3: cleaned ?]52;c;cHduZWQ=? ?[2J
-- Control characters in what a file raises never reach a terminal: each is '?' (print's too).
error("cleaned \27]52;c;cHduZWQ=\7 \27[2J")
