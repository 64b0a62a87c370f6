"""Allow ``python -m cytokg``."""

from cytokg.cli import main

raise SystemExit(main())
