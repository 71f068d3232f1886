-- expect: 4: cleaned ?]52;c;cHduZWQ=? ?[2J
-- Control characters in what a file prints or raises never reach a terminal: each is '?'.
print("\27]52;c;cHduZWQ=\7 \27[2J")
error("cleaned \27]52;c;cHduZWQ=\7 \27[2J")
