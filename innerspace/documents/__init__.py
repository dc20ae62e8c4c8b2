"""Documents a person can print or share (PDF, and the text documents behind them).

QtGui only, never QtWidgets: the command line writes these with a ``QGuiApplication`` on the
offscreen platform, and the app shows the very same documents in its previews.
"""
