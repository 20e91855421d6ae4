import sys

from scp_ministry_server.cli import main

sys.exit(main())
