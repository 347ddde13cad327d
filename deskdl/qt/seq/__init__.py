"""Views of sequence-generation projects (issue 13): samples, the generation panel, tunes."""
