"""PDF documents: renderers (ReportLab), signing (pyHanko) and offline verification.

Nothing here imports Qt or touches the database: the renderers take plain dataclasses
(:mod:`edtrainer.documents.data`) and return PDF bytes, so the services, the CLI and the desktop app
share them, and a test can render any document without a database.
"""
