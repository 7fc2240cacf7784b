"""The live view: the day's stage display and agenda in any browser on the venue's LAN,
and the chair's remote (HTTP controls with a token, and the `chair` command).

Pure parts (the snapshot a browser receives, the controls by name, tokens, rate limits)
are tested without a network; the server serves only what is listed in it.
"""
