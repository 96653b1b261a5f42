"""What both peers must agree on: the motion space and the wire protocol. No I/O here."""
