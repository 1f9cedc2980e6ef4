"""`casework`: the command line, mounting each service's sub-commands."""
