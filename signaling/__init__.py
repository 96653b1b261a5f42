"""Signaling: rooms, tokens and the SDP relay that lets peers find each other."""
