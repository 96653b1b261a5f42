"""The receiving side: packets in, audio and re-animated photo out."""
