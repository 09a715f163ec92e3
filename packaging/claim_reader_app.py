"""Entry point of the packaged app: the claim-reader command, or the analysis process it starts."""

import multiprocessing
import sys

from reader.cli import main

if __name__ == "__main__":
    # A frozen app starts its spawned analysis process by running its own executable again;
    # this turns that run into the worker instead of a second window.
    multiprocessing.freeze_support()
    sys.exit(main())
