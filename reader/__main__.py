"""`python -m reader` runs the claim-reader command."""

import sys

from reader.cli import main

sys.exit(main())
