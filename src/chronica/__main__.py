"""`python -m chronica`: the same command line as `chronica`."""

from chronica.cli import app

app(prog_name="chronica")
