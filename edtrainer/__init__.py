"""edtrainer: training administration for experience-expert programmes."""

__version__ = "0.1.0"
