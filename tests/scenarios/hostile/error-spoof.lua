-- expect: 3: /etc/passwd:1: look elsewhere
-- An error message that names another file does not move the error there.
error("/etc/passwd:1: look elsewhere")
