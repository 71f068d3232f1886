"""Bundled scenarios known to fail the authoring audit (rjsim check's "audit:" warnings) or
the naive strategies (rjsim test --strategies): their most restorative answers can be read
off their form, most often because they are the longest.

This is the ONE place the expectation is written. test_audit.py asserts that each listed
scenario still fails (so when one is rewritten, the test says to take it off this list) and
that each unlisted one passes; test_library.py allows audit warnings, and only those, on
the listed scenarios.
"""

# Issue #13 rewrote the library; every bundled scenario passes. A scenario added or changed
# that fails goes here, with the reason, until it is fixed.
EXPECTED_TO_FAIL = set()
