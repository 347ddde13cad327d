"""deskdl: a desktop app that teaches deep learning by doing.

The package is split into three rings (see shared DESIGN.md): ``core`` is pure
Python, ``ml`` and ``rl`` hold the Keras and gymnasium sides without Qt, and
``qt`` holds every line of GUI code. Rings only point inward.
"""

__version__ = "0.1.0"
