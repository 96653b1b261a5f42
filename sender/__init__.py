"""The sending side: audio in, Opus and face motion out."""
